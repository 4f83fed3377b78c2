//! `docket diff OLD NEW`: the changeset between two outputs, keyed by id.

use std::fs;
use std::process::ExitCode;

use docket::diff::{diff, summarize};
use docket::golden::parse_jsonl;
use docket::record::Record;

use crate::cli::DiffArgs;

pub fn run(args: DiffArgs) -> ExitCode {
    let read = |path: &std::path::Path| -> Result<Vec<Record>, String> {
        let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if text.trim_start().starts_with('[') {
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
        } else {
            parse_jsonl(&text).map_err(|e| format!("{}: {e}", path.display()))
        }
    };
    let (old, new) = match (read(&args.old), read(&args.new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("docket: error: {e}");
            return ExitCode::from(2);
        }
    };
    let changes = diff(&old, &new);
    let mut out = String::new();
    for c in &changes {
        out += &serde_json::to_string(c).expect("changes serialize");
        out.push('\n');
    }
    if let Err(code) = super::print_out(&out) {
        return code;
    }
    let summary = summarize(&changes);
    eprintln!("{summary}");
    if args.fail_on_change && !changes.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
