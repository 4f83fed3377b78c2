//! `docket check`, `docket diff` and `docket schema` through the binary.

mod util;

use std::fs;
use std::path::Path;

use serde_json::Value;

use util::{run, stderr, stdout};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

fn lines(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn write_lines(path: &Path, records: &[Value]) {
    let text: String = records
        .iter()
        .map(|r| serde_json::to_string(r).unwrap() + "\n")
        .collect();
    fs::write(path, text).unwrap();
}

#[test]
fn check_names_a_changed_field_and_a_missing_record_then_bless_fixes_them() {
    let dir = tempfile::tempdir().unwrap();
    let golden = dir.path().join("golden");
    copy_dir(&util::root().join("golden"), &golden);
    let file = golden.join("004_3461837687bf0dde.jsonl");
    let mut rs = lines(&file);
    rs[0]["location"] = "Vienna".into();
    write_lines(&file, &rs);
    let file = golden.join("006_press_releases.jsonl");
    let mut rs = lines(&file);
    let gone = rs.remove(0);
    rs.push(gone.clone()); // keep the count: remove one, then add a changed copy
    let last = rs.len() - 1;
    rs[last]["id"] = "ffffffffffffffff".into();
    write_lines(&file, &rs);

    let out = run(&["check", "fixtures", golden.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let report = stdout(&out);
    assert!(
        report.contains(r#"~ "UNGIS meeting with the WSIS+20 Co-Facilitators" (2025-11-17): location: expected "Vienna", got "Palais des Nations, Geneva, Switzerland""#),
        "{report}"
    );
    let title = gone["title"].as_str().unwrap();
    assert!(report.contains(&format!("- missing {title:?}")), "{report}");
    assert!(report.contains(&format!("+ extra {title:?}")), "{report}");
    assert!(report.contains("docket check: 2 of 19 golden files differ (1 changed fields, 1 missing records, 1 extra records)"), "{report}");

    let json = run(
        &[
            "check",
            "fixtures",
            golden.to_str().unwrap(),
            "--format",
            "json",
        ],
        b"",
    );
    let report: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["summary"]["differ"], 2);
    let changed = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| !f["changed"].as_array().unwrap().is_empty())
        .unwrap();
    assert_eq!(changed["changed"][0]["field"], "location");
    assert_eq!(changed["changed"][0]["expected"], "Vienna");

    let bless = run(
        &["check", "fixtures", golden.to_str().unwrap(), "--bless"],
        b"",
    );
    assert!(bless.status.success(), "{}", stderr(&bless));
    let again = run(&["check", "fixtures", golden.to_str().unwrap()], b"");
    assert!(again.status.success(), "{}", stdout(&again));
    assert!(stdout(&again).contains("19 golden files match"));
}

#[test]
fn check_reports_a_missing_golden_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check", "fixtures", dir.path().to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("golden file missing"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        run(&["check", "no/such/fixtures", "golden"], b"")
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn diff_reports_exactly_the_changes() {
    let dir = tempfile::tempdir().unwrap();
    let old = util::root().join("golden/all.jsonl");
    let mut rs = lines(&old);
    // One record removed, one time changed, one date moved, one record added.
    let removed = rs.remove(3);
    let timed = rs.iter().position(|r| r["start_time"].is_string()).unwrap();
    rs[timed]["start_time"] = "23:59".into();
    let moved = rs
        .iter()
        .position(|r| r["title"] == "Summit of the Future")
        .unwrap();
    let old_moved_id = rs[moved]["id"].clone();
    rs[moved]["start_date"] = "2030-01-01".into();
    rs[moved]["end_date"] = "2030-01-02".into();
    rs[moved]["id"] = docket::dedup::record_id("2030-01-01", "Summit of the Future").into();
    let mut added = rs[0].clone();
    added["title"] = "A brand new forum".into();
    added["id"] =
        docket::dedup::record_id(added["start_date"].as_str().unwrap(), "A brand new forum").into();
    rs.push(added.clone());
    let new = dir.path().join("new.jsonl");
    write_lines(&new, &rs);

    let out = run(&["diff", old.to_str().unwrap(), new.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert_eq!(stderr(&out).trim(), "+2 added, -2 removed, ~1 changed");
    let ops: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let find = |op: &str, id: &Value| {
        ops.iter()
            .find(|o| o["op"] == op && &o["id"] == id)
            .cloned()
    };
    assert!(
        find("remove", &removed["id"])
            .is_some_and(|o| o["after"].is_null() && o["moved"].is_null())
    );
    assert!(find("add", &added["id"]).is_some());
    let change = find("change", &rs[timed]["id"]).unwrap();
    assert_eq!(change["fields"], serde_json::json!(["start_time"]));
    let from = find("remove", &old_moved_id).unwrap();
    let to = find("add", &rs[moved]["id"]).unwrap();
    assert_eq!(from["moved"], to["moved"]);
    assert_eq!(from["moved"]["to"], rs[moved]["id"]);
    assert_eq!(ops.len(), 5);

    let fail = run(
        &[
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--fail-on-change",
        ],
        b"",
    );
    assert_eq!(fail.status.code(), Some(1));
    let same = run(
        &[
            "diff",
            old.to_str().unwrap(),
            old.to_str().unwrap(),
            "--fail-on-change",
        ],
        b"",
    );
    assert_eq!(
        (same.status.code(), stderr(&same).trim()),
        (Some(0), "+0 added, -0 removed, ~0 changed")
    );
}

#[test]
fn schema_matches_the_committed_file() {
    let printed = stdout(&run(&["schema"], b""));
    let committed = fs::read_to_string(util::root().join("schema/record.schema.json")).unwrap();
    assert_eq!(
        printed, committed,
        "schema/record.schema.json is stale: run `docket schema > schema/record.schema.json`"
    );
    let schema: Value = serde_json::from_str(&printed).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let first: Value = serde_json::from_str(
        fs::read_to_string(util::root().join("golden/all.jsonl"))
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    let keys: Vec<&String> = first.as_object().unwrap().keys().collect();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k.as_str().unwrap())
        .collect();
    assert_eq!(
        keys, required,
        "every key of a record is required, in output order"
    );
}
