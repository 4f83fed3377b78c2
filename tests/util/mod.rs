//! Helpers shared by the integration tests: run the real binary, or read
//! the fixtures' pages and their records through the library.

#![allow(dead_code)] // each test crate uses a different subset

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn docket() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_docket"));
    c.current_dir(root());
    c
}

/// Runs `docket ARGS` with `stdin` as standard input.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = docket()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("docket starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("stdin written");
    child.wait_with_output().expect("docket finishes")
}

pub fn run_on(paths: &[&Path], extra: &[&str]) -> Output {
    let mut args: Vec<String> = vec!["extract".into()];
    args.extend(paths.iter().map(|p| p.display().to_string()));
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&refs, b"")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

/// The JSON Lines of an output, one value per record.
pub fn records(out: &str) -> Vec<serde_json::Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every fixture's file name and text, sorted by name.
pub fn fixture_pages() -> Vec<(String, String)> {
    let mut paths: Vec<_> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures/ is readable")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 10, "the fixtures are found");
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (
                name,
                std::fs::read_to_string(p).expect("a fixture is UTF-8"),
            )
        })
        .collect()
}

/// The deduplicated records of a page, their sources left out.
pub fn records_without_sources(name: &str, page: &str) -> Vec<docket::record::Record> {
    let mut records = docket::dedup::dedup(docket::extract::extract(name, page));
    for r in &mut records {
        r.sources.clear();
    }
    records
}
