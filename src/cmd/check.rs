//! `docket check FIXTURES GOLDEN`: extract every fixture (each alone, and all
//! together as `all.jsonl`) and compare with the golden files.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use serde_json::json;

use docket::documents::{Input, collect_inputs};
use docket::golden::{Comparison, compare, render};
use docket::pipeline::{self, Format, Options};

use crate::cli::{CheckArgs, ReportFormat};

/// The golden file for all fixtures together.
const ALL: &str = "all.jsonl";

pub fn run(args: CheckArgs) -> ExitCode {
    let (inputs, diags) = collect_inputs(std::slice::from_ref(&args.fixtures));
    for d in &diags {
        eprintln!("docket: {d}");
    }
    if inputs.is_empty() || diags.iter().any(|d| d.failure) {
        eprintln!(
            "docket: error: no fixtures to check in {}",
            args.fixtures.display()
        );
        return ExitCode::from(2);
    }
    let mut outputs: Vec<(PathBuf, String)> = Vec::new();
    for input in &inputs {
        match extract(std::slice::from_ref(input)) {
            Ok(out) => outputs.push((args.golden.join(golden_name(&input.name)), out)),
            Err(code) => return code,
        }
    }
    match extract(&inputs) {
        Ok(out) => outputs.push((args.golden.join(ALL), out)),
        Err(code) => return code,
    }
    if args.bless {
        for (path, out) in &outputs {
            if let Err(e) = path
                .parent()
                .map_or(Ok(()), fs::create_dir_all)
                .and_then(|()| fs::write(path, out))
            {
                eprintln!("docket: error: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        }
        eprintln!(
            "docket check: blessed {} golden files in {}",
            outputs.len(),
            args.golden.display()
        );
        return ExitCode::SUCCESS;
    }
    let mut reports: Vec<(PathBuf, Comparison, bool)> = Vec::new();
    for (path, out) in outputs {
        let (expected, exists) = match fs::read_to_string(&path) {
            Ok(text) => (text, true),
            Err(_) => (String::new(), false),
        };
        match compare(&expected, &out) {
            Ok(c) => reports.push((path, c, exists)),
            Err(e) => {
                eprintln!("docket: error: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        }
    }
    let differ = reports
        .iter()
        .filter(|(_, c, exists)| !c.is_match() || !exists)
        .count();
    let text = match args.format {
        ReportFormat::Text => text_report(&reports, differ),
        ReportFormat::Json => json_report(&reports, differ),
    };
    if let Err(code) = super::print_out(&text) {
        return code;
    }
    if differ == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Extracts inputs as `docket extract` would print them.
fn extract(inputs: &[Input]) -> Result<String, ExitCode> {
    let outcome = pipeline::run(inputs, None, &Options::default());
    for d in &outcome.diagnostics {
        eprintln!("docket: {d}");
    }
    let mut out = Vec::new();
    pipeline::write_records(&outcome.records, Format::Jsonl, &mut out)
        .map_err(|_| ExitCode::from(1))?;
    String::from_utf8(out).map_err(|_| ExitCode::from(1))
}

/// `sub/page.txt` -> `sub/page.jsonl`.
fn golden_name(document: &str) -> PathBuf {
    Path::new(document).with_extension("jsonl")
}

fn totals(reports: &[(PathBuf, Comparison, bool)]) -> (usize, usize, usize) {
    reports.iter().fold((0, 0, 0), |(c, m, e), (_, r, _)| {
        (c + r.changed.len(), m + r.missing.len(), e + r.extra.len())
    })
}

fn text_report(reports: &[(PathBuf, Comparison, bool)], differ: usize) -> String {
    let mut out = String::new();
    for (path, c, exists) in reports {
        if !exists {
            out += &format!(
                "{}: golden file missing ({} records in the output; --bless writes it)\n",
                path.display(),
                c.extra.len()
            );
            continue;
        }
        if c.is_match() {
            continue;
        }
        out += &format!(
            "{}: {} changed fields, {} missing records, {} extra records\n",
            path.display(),
            c.changed.len(),
            c.missing.len(),
            c.extra.len()
        );
        for line in render(c) {
            out += &line;
            out.push('\n');
        }
    }
    let (changed, missing, extra) = totals(reports);
    out += &if differ == 0 {
        format!("docket check: {} golden files match\n", reports.len())
    } else {
        format!(
            "docket check: {differ} of {} golden files differ ({changed} changed fields, {missing} missing records, {extra} extra records)\n",
            reports.len()
        )
    };
    out
}

fn json_report(reports: &[(PathBuf, Comparison, bool)], differ: usize) -> String {
    let (changed, missing, extra) = totals(reports);
    let files: Vec<serde_json::Value> = reports
        .iter()
        .map(|(path, c, exists)| {
            json!({
                "golden": path.display().to_string(),
                "exists": exists,
                "match": c.is_match() && *exists,
                "missing": c.missing,
                "extra": c.extra,
                "changed": c.changed,
                "layout_differs": c.layout_differs,
            })
        })
        .collect();
    let report = json!({
        "files": files,
        "summary": {"files": reports.len(), "differ": differ, "changed": changed, "missing": missing, "extra": extra},
    });
    serde_json::to_string_pretty(&report).expect("a report serializes") + "\n"
}
