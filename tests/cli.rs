//! The binary end to end: options, determinism across thread counts, and bad
//! input (each bad document is reported by name, the others still extracted,
//! and the exit code says something failed).

mod util;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;

use util::{records, run, run_on, stderr, stdout};

const GOOD: &str = "fixtures/004_3461837687bf0dde.txt";

/// A temp dir holding one good page (one record) and `name` with `bytes`.
fn dir_with(name: &str, bytes: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(util::root().join(GOOD), dir.path().join("good.txt")).unwrap();
    fs::write(dir.path().join(name), bytes).unwrap();
    dir
}

/// The expected output for all fixtures together (see tests/golden.rs).
fn golden_all() -> String {
    fs::read_to_string(util::root().join("golden/all.jsonl")).unwrap()
}

fn titles(out: &str) -> Vec<String> {
    out.lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["title"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn output_is_identical_for_any_thread_count() {
    let one = run(&["extract", "fixtures", "--jobs", "1"], b"");
    let two = run(&["extract", "fixtures", "--jobs", "2"], b"");
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(stdout(&one), golden_all());
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let dir = dir_with(
        "bad.txt",
        b"Launch of the Report, 5 May 2024\n\nIt was caf\xE9 time.\n",
    );
    let out = run_on(&[dir.path()], &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("bad.txt") && err.contains("line 3") && err.contains("invalid UTF-8"),
        "{err}"
    );
    let t = titles(&stdout(&out));
    assert_eq!(
        t,
        [
            "Launch of the Report",
            "UNGIS meeting with the WSIS+20 Co-Facilitators"
        ]
    );
    assert!(stdout(&out).contains("caf\u{FFFD} time"));
}

#[test]
fn binary_files_are_skipped_with_a_warning() {
    let dir = dir_with("image.txt", b"GIF89a\0\0\x01Launch, 5 May 2024\n");
    let out = run_on(&[dir.path()], &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("image.txt") && err.contains("binary file (NUL byte at offset 6)"),
        "{err}"
    );
    assert_eq!(titles(&stdout(&out)).len(), 1);
}

#[test]
fn empty_files_give_no_records_and_no_error() {
    let dir = dir_with("empty.txt", b"");
    let out = run_on(&[dir.path()], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(titles(&stdout(&out)).len(), 1);
    assert!(!stderr(&out).contains("error"));
}

#[test]
fn an_enormous_line_is_read_with_a_warning_naming_file_and_line() {
    // A page whose line breaks were lost: one line of 1 MB, after a title.
    let line = "The report is launched on 5 June 2024 in Geneva. ".repeat(20_000);
    let dir = dir_with(
        "flat.txt",
        format!("Launch of the report\n{line}").as_bytes(),
    );
    let out = run_on(&[dir.path()], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    let warning = format!("flat.txt: line 2: {} bytes on one line", line.len());
    assert!(err.contains("warning: ") && err.contains(&warning), "{err}");
    // The good page and the long page's own record are both written.
    assert_eq!(titles(&stdout(&out)).len(), 2);
}

#[test]
fn missing_paths_are_errors_but_the_rest_is_extracted() {
    let out = run(&["extract", "no/such/page.txt", GOOD], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("error: no/such/page.txt:"),
        "{}",
        stderr(&out)
    );
    assert_eq!(titles(&stdout(&out)).len(), 1);
}

#[test]
fn unreadable_entries_are_errors_but_the_rest_is_extracted() {
    let dir = dir_with("note.txt", b"");
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("dangling.txt"))
        .unwrap();
    let out = run_on(&[dir.path()], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("dangling.txt"), "{}", stderr(&out));
    assert_eq!(titles(&stdout(&out)).len(), 1);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["extract"], b"").status.code(), Some(2));
    assert_eq!(
        run(&["extract", "--jobs", "0", GOOD], b"").status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["extract", "--format", "xml", GOOD], b"")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(run(&["frobnicate"], b"").status.code(), Some(2));
}

#[test]
fn standard_input_is_a_document() {
    let page = fs::read(util::root().join(GOOD)).unwrap();
    let out = run(&["extract", "-"], &page);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    assert_eq!(v["sources"][0]["document"], "<stdin>");
    assert_eq!(v["sources"][0]["line"], 8);
}

#[test]
fn json_array_and_output_file_hold_the_same_records() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("out.jsonl");
    let out = run(&["extract", "fixtures", "-o", file.to_str().unwrap()], b"");
    assert!(out.status.success() && out.stdout.is_empty());
    let lines: Vec<serde_json::Value> = fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let json = run(&["extract", "fixtures", "--format", "json"], b"");
    let array: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(lines, array);
    assert_eq!(array.len(), golden_all().lines().count());
}

#[test]
fn unwritable_output_is_an_error() {
    let out = run(&["extract", GOOD, "-o", "/no/such/dir/out.jsonl"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("/no/such/dir/out.jsonl"));
}

#[test]
fn help_explains_every_option_with_examples() {
    let top = stdout(&run(&["--help"], b""));
    assert!(
        top.contains("extract") && top.contains("Examples:"),
        "{top}"
    );
    let help = stdout(&run(&["extract", "--help"], b""));
    for needle in [
        "--output",
        "--format",
        "--jobs",
        "PATH",
        "standard input",
        "Examples:",
    ] {
        assert!(
            help.contains(needle),
            "extract --help lacks {needle}:\n{help}"
        );
    }
}

#[test]
fn crlf_and_bom_do_not_change_records() {
    let page = fs::read_to_string(util::root().join(GOOD)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let windows = format!("\u{FEFF}{}", page.replace('\n', "\r\n"));
    fs::write(dir.path().join("004_3461837687bf0dde.txt"), windows).unwrap();
    let a = run_on(&[Path::new(GOOD)], &[]);
    let b = run_on(&[&dir.path().join("004_3461837687bf0dde.txt")], &[]);
    assert!(b.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // Enough distinct records to overflow a pipe buffer.
    let mut page = String::from("Week of 1-7 March 2021\n\n");
    for k in 0..3000 {
        page += &format!(
            "{} March, 10:00-11:00 (CET) - Session {k}\n\nBody.\n\n",
            k % 28 + 1
        );
    }
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("big.txt"), page).unwrap();
    let mut child = util::docket()
        .args(["extract", dir.path().to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe closes while docket still writes.
    let out = child.wait_with_output().unwrap();
    assert!(first.starts_with("{\"id\""));
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_page_captured_again_gets_the_same_records_and_its_own_sources() {
    let page = fs::read(util::root().join("fixtures/000_d8550ba7dfabd0ff.txt")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt"] {
        fs::write(dir.path().join(name), &page).unwrap();
    }
    let once = records(&stdout(&run_on(&[&dir.path().join("a.txt")], &[])));
    let twice = records(&stdout(&run_on(&[dir.path()], &["--jobs", "1"])));
    assert!(once.len() > 10);
    assert_eq!(once.len(), twice.len());
    for (a, b) in once.iter().zip(&twice) {
        let (mut a, mut b) = (a.clone(), b.clone());
        let a_sources = a.as_object_mut().unwrap().remove("sources").unwrap();
        let b_sources = b.as_object_mut().unwrap().remove("sources").unwrap();
        assert_eq!(a, b);
        let in_b = a_sources
            .as_array()
            .unwrap()
            .iter()
            .map(|s| serde_json::json!({"document": "b.txt", "line": s["line"]}));
        let expected: Vec<serde_json::Value> = a_sources
            .as_array()
            .unwrap()
            .iter()
            .cloned()
            .chain(in_b)
            .collect();
        assert_eq!(b_sources.as_array().unwrap(), &expected);
    }
}

#[test]
fn an_input_named_twice_lists_each_source_once() {
    let page = "fixtures/001_e24d582a0b195a18.txt";
    let once = run(&["extract", page], b"");
    let twice = run(&["extract", page, page, "--jobs", "1"], b"");
    assert!(once.status.success() && twice.status.success());
    assert!(!stdout(&once).is_empty());
    assert_eq!(stdout(&twice), stdout(&once));
}
