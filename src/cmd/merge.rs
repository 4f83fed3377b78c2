//! `docket merge [FILE]...`: partial runs in, the records of one run out.

use std::fs;
use std::io::{self, Read};
use std::process::ExitCode;

use docket::dedup::Sorted;
use docket::golden::parse_jsonl;
use docket::merge::{merge, partial_union};
use docket::pipeline::Format;
use docket::record::Record;

use crate::cli::MergeArgs;

pub fn run(args: MergeArgs) -> ExitCode {
    let mut records: Vec<Record> = Vec::new();
    let files = if args.files.is_empty() {
        vec!["-".into()]
    } else {
        args.files.clone()
    };
    for file in &files {
        let (name, text) = if file.as_os_str() == "-" {
            let mut text = String::new();
            (
                "<stdin>".to_string(),
                io::stdin().read_to_string(&mut text).map(|_| text),
            )
        } else {
            (file.display().to_string(), fs::read_to_string(file))
        };
        match text
            .map_err(|e| e.to_string())
            .and_then(|t| parse_jsonl(&t).map_err(|e| e.to_string()))
        {
            Ok(rs) => records.extend(rs),
            Err(e) => {
                eprintln!("docket: error: {name}: {e}");
                return ExitCode::from(1);
            }
        }
    }
    let merged = Sorted::from(if args.partial {
        partial_union(records)
    } else {
        merge(records)
    });
    match super::write_output(&merged, Format::Jsonl, args.output.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}
