//! Golden files: docket's output on every fixture alone, and on all fixtures
//! together (cross-document dedup), compared byte for byte. On a mismatch the
//! test prints a line diff; `DOCKET_BLESS=1 cargo test --test golden` rewrites
//! the golden files (read the diff before committing them).

mod util;

use std::fs;
use std::path::Path;

use similar::{ChangeTag, TextDiff};

fn check(golden: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("DOCKET_BLESS").is_some() {
        fs::write(golden, actual).expect("golden file written");
        return;
    }
    let expected = fs::read_to_string(golden).unwrap_or_default();
    if expected == actual {
        return;
    }
    let mut report = format!("--- {} (expected)\n+++ docket output\n", golden.display());
    for change in TextDiff::from_lines(&expected, actual).iter_all_changes() {
        let sign = match change.tag() {
            ChangeTag::Delete => '-',
            ChangeTag::Insert => '+',
            ChangeTag::Equal => continue,
        };
        report.push(sign);
        report.push_str(change.as_str().unwrap_or(""));
        if !change.as_str().unwrap_or("").ends_with('\n') {
            report.push('\n');
        }
    }
    failures.push(report);
}

#[test]
fn fixtures_match_golden_files() {
    let root = util::root();
    let fixtures = root.join("fixtures");
    let golden = root.join("golden");
    let mut pages: Vec<_> = fs::read_dir(&fixtures)
        .expect("fixtures/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 5, "the seed pages are fixtures");
    let mut failures = Vec::new();
    for page in &pages {
        let out = util::run_on(&[page], &[]);
        assert!(
            out.status.success(),
            "{}: {}",
            page.display(),
            util::stderr(&out)
        );
        let stem = page.file_stem().expect("stem").to_string_lossy();
        check(
            &golden.join(format!("{stem}.jsonl")),
            &util::stdout(&out),
            &mut failures,
        );
    }
    let all = util::run_on(&[&fixtures], &[]);
    assert!(all.status.success(), "{}", util::stderr(&all));
    check(
        &golden.join("all.jsonl"),
        &util::stdout(&all),
        &mut failures,
    );
    assert!(
        failures.is_empty(),
        "golden mismatch (DOCKET_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}
