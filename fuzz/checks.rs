//! What each fuzz target checks, shared with `tests/fuzz_regressions.rs` so
//! saved crash and slow inputs are replayed by an ordinary `cargo test`.

use docket::dedup::dedup;
use docket::extract::extract;
use docket::input::decode;
use docket::parse::{self, org, time, zone};
use docket::segment::{Kind, classify};
use docket::text::fold_ws;

/// Every header parser on every line: no panic, and every span it reports
/// lies inside the line on character boundaries.
pub fn header(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for raw in text.lines() {
        let line = fold_ws(raw);
        let inside = |r: &std::ops::Range<usize>| {
            assert!(
                r.start <= r.end && r.end <= line.len(),
                "span {r:?} outside {line:?}"
            );
            assert!(line.is_char_boundary(r.start) && line.is_char_boundary(r.end));
        };
        match classify(&line) {
            Kind::DatedTitle(f) | Kind::Event(f) | Kind::DateOnly(f) => {
                inside(&f.span);
                inside(&f.name);
            }
            Kind::Labeled(_, value) => inside(&value),
            Kind::Session(s) => {
                inside(&s.span);
                inside(&s.name);
            }
            _ => {}
        }
        for (r, w) in parse::find_all_when(&line) {
            inside(&r);
            assert!(w.date.start.month >= 1 && w.date.start.month <= 12);
        }
        if let Some(chain) = parse::find_time(&line, &[]) {
            inside(&chain.span);
        }
        let _ = org::organizers_in(&line);
        let _ = time::time_slots(&line);
        let _ = zone::zone(&line);
    }
}

/// Whole documents: decoding, extraction and dedup never panic, and records
/// keep their invariants.
pub fn document(data: &[u8]) {
    let (text, _) = decode(data.to_vec());
    let Some(text) = text else { return };
    let records = extract("fuzz.txt", &text);
    for r in &records {
        assert!(r.start_date <= r.end_date, "{r:?}");
        assert_eq!(r.sources.len(), 1);
    }
    let merged = dedup(records);
    assert_eq!(dedup(merged.clone()), merged);
}
