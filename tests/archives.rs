//! Archived captures through the binary: gzip, WARC and WET (multi-member
//! gzip, records of other kinds, a truncated record, a record over the cap),
//! provenance in sources, the capture date as the year of last resort, and
//! output equal to the same pages read as plain files.

mod util;

use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::{Compression, write::GzEncoder};
use serde_json::Value;

use util::{records, run, run_on, stderr, stdout};

fn warc_record(kind: &str, uri: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        body.len()
    )
    .into_bytes();
    r.extend_from_slice(body);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// Each record its own gzip member, as Common Crawl writes WET files.
fn gzip_members(records: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in records {
        let mut e = GzEncoder::new(Vec::new(), Compression::fast());
        e.write_all(r).unwrap();
        out.extend(e.finish().unwrap());
    }
    out
}

const PAGE: &str =
    "Expert meeting on data\n\nDate: 5 May 2024, 10:00 (CET)\n\nExperts meet in Geneva.\n";

#[test]
fn wet_archive_with_every_kind_of_record() {
    let dir = tempfile::tempdir().unwrap();
    let archive = gzip_members(&[
        warc_record("warcinfo", "", "application/warc-fields", b"software: test\r\n"),
        warc_record("conversion", "https://example.org/a", "text/plain", PAGE.as_bytes()),
        warc_record(
            "response",
            "https://example.org/b",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nLaunch of the report, 7 June 2024\n",
        ),
        warc_record(
            "response",
            "https://example.org/c",
            "application/http; msgtype=response",
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Launch, 8 June 2024</p>",
        ),
        warc_record("conversion", "https://example.org/big", "text/plain", "Big page, 9 June 2024\n".repeat(100).as_bytes()),
    ]);
    // Named without .warc: the content, not the name, says what it is.
    let path = dir.path().join("crawl-00001.gz");
    fs::write(&path, archive).unwrap();
    let out = run_on(&[&path], &["--max-record-bytes", "1000", "--stats=json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "the record over the cap is a failure"
    );
    let err = stderr(&out);
    assert!(
        err.contains("crawl-00001.gz: WARC record 5 has 2200 bytes, over the 1000-byte cap"),
        "{err}"
    );
    let stats: Value = serde_json::from_str(err.lines().last().unwrap()).unwrap();
    assert_eq!(
        (
            stats["documents"].as_u64(),
            stats["skipped_records"].as_u64()
        ),
        (Some(2), Some(2))
    );
    let rs = records(&stdout(&out));
    assert_eq!(rs.len(), 2);
    let meeting = rs
        .iter()
        .find(|r| r["title"] == "Expert meeting on data")
        .unwrap();
    let source = &meeting["sources"][0];
    assert_eq!(source["document"], "crawl-00001.gz");
    assert_eq!(source["uri"], "https://example.org/a");
    assert_eq!(source["captured_at"], "2024-03-05T10:00:00Z");
    assert_eq!(source["record_id"], "<urn:uuid:conversion-21>");
    assert_eq!(source["line"], 1);
    assert_eq!(meeting["start"], "2024-05-05T10:00:00+01:00");
}

#[test]
fn a_truncated_last_record_is_reported_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let whole = warc_record(
        "conversion",
        "https://example.org/a",
        "text/plain",
        PAGE.as_bytes(),
    );
    let cut = warc_record(
        "conversion",
        "https://example.org/b",
        "text/plain",
        b"Launch of the report, 7 June 2024\n",
    );
    let mut archive = whole.clone();
    archive.extend_from_slice(&cut[..cut.len() - 20]);
    let path = dir.path().join("cut.warc");
    fs::write(&path, archive).unwrap();
    let out = run_on(&[&path], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cut.warc: WARC record 2 is truncated"),
        "{}",
        stderr(&out)
    );
    assert_eq!(records(&stdout(&out)).len(), 1);
}

#[test]
fn gzip_text_is_read_whole_with_every_member() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = PAGE.split_at(30);
    let path = dir.path().join("page.txt.gz");
    fs::write(
        &path,
        gzip_members(&[a.as_bytes().to_vec(), b.as_bytes().to_vec()]),
    )
    .unwrap();
    let out = run_on(&[&path], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rs = records(&stdout(&out));
    assert_eq!(rs[0]["summary"], "Experts meet in Geneva.");
    assert_eq!(
        rs[0]["sources"][0],
        serde_json::json!({"document": "page.txt.gz", "line": 1})
    );
}

#[test]
fn the_capture_date_gives_a_missing_year() {
    let dir = tempfile::tempdir().unwrap();
    let page =
        "Winter meeting\n\n28 December, 10:00 (CET)\n\nDelegates meet before the new year.\n";
    let mut record = warc_record(
        "conversion",
        "https://example.org/w",
        "text/plain",
        page.as_bytes(),
    );
    let text = String::from_utf8(record.clone())
        .unwrap()
        .replace("2024-03-05T10:00:00Z", "2025-01-05T08:00:00Z");
    record = text.into_bytes();
    let path = dir.path().join("w.warc");
    fs::write(&path, record).unwrap();
    let rs = records(&stdout(&run_on(&[&path], &[])));
    assert_eq!(
        (
            rs[0]["start_date"].as_str(),
            rs[0]["year_inferred"].as_bool()
        ),
        (Some("2024-12-28"), Some(true))
    );
}

/// Drops what only archives carry, and the document names that differ.
fn without_provenance(mut rs: Vec<Value>) -> Vec<Value> {
    for r in &mut rs {
        for s in r["sources"].as_array_mut().unwrap() {
            let s = s.as_object_mut().unwrap();
            for key in ["document", "uri", "captured_at", "record_id"] {
                s.remove(key);
            }
        }
    }
    rs
}

#[test]
fn archived_pages_give_the_records_of_the_plain_files() {
    let fixtures = util::root().join("fixtures");
    let mut names: Vec<String> = fs::read_dir(&fixtures)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let packed: Vec<Vec<u8>> = names
        .iter()
        .map(|n| {
            let body = fs::read(fixtures.join(n)).unwrap();
            warc_record(
                "conversion",
                &format!("https://fixtures.example/{n}"),
                "text/plain",
                &body,
            )
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fixtures.warc.gz");
    fs::write(&path, gzip_members(&packed)).unwrap();
    let plain = run(&["extract", "fixtures"], b"");
    let archived = run_on(&[Path::new(&path)], &[]);
    assert!(archived.status.success(), "{}", stderr(&archived));
    let (plain, archived) = (records(&stdout(&plain)), records(&stdout(&archived)));
    assert_eq!(plain.len(), archived.len());
    assert_eq!(without_provenance(plain), without_provenance(archived));
}

#[test]
fn paths_can_come_from_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list.txt");
    fs::write(
        &list,
        "fixtures/004_3461837687bf0dde.txt\n\nfixtures/003_5bfb55fa4b295fe3.txt\n",
    )
    .unwrap();
    let from_file = run(&["extract", "--paths-from", list.to_str().unwrap()], b"");
    let from_stdin = run(
        &["extract", "--paths-from", "-"],
        b"fixtures/004_3461837687bf0dde.txt\nfixtures/003_5bfb55fa4b295fe3.txt\n",
    );
    assert!(from_file.status.success() && from_stdin.status.success());
    assert_eq!(records(&stdout(&from_file)).len(), 2);
    assert_eq!(from_file.stdout, from_stdin.stdout);
    let missing = run(&["extract", "--paths-from", "no/such/list"], b"");
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn stats_and_quiet() {
    let out = run(&["extract", "fixtures", "--stats"], b"");
    let err = stderr(&out);
    assert!(
        err.starts_with("docket: 18 documents,") && err.contains("after dedup"),
        "{err}"
    );
    // A path after a bare `--stats` is a path, not the stats format.
    let before_path = run(&["extract", "--stats", "fixtures"], b"");
    assert_eq!(before_path.stdout, out.stdout);
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let quiet = run_on(&[dir.path()], &["--quiet"]);
    assert_eq!(
        (stderr(&quiet).as_str(), quiet.status.code()),
        ("", Some(0)),
        "warnings are silenced"
    );
    fs::write(dir.path().join("bad.txt"), b"caf\xe9\n").unwrap();
    let quiet = run_on(&[dir.path()], &["--quiet"]);
    assert!(
        stderr(&quiet).contains("error: ") && stderr(&quiet).contains("bad.txt"),
        "errors are not"
    );
    assert_eq!(quiet.status.code(), Some(1));
}
