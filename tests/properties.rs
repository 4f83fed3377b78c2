//! Property tests: dates and times rendered in every supported form parse
//! back to the same values; extraction never panics on arbitrary input; dedup
//! is idempotent and independent of document order.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use docket::dedup::dedup;
use docket::extract::extract;
use docket::input::decode;
use docket::parse::date::{DayMonth, MONTH_NAMES as MONTHS, date};
use docket::parse::time::{Clock, time_span};
use docket::record::{Record, Source};
use docket::text::fold_ws;

const ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec",
];

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1950i32..2090, 1u32..=12, 1u32..=31)
        .prop_filter_map("a real day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d))
}

fn ordinal(d: u32) -> String {
    let suffix = match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{d}{suffix}")
}

/// The date written in every form docket reads.
fn renderings(t: NaiveDate) -> Vec<String> {
    let (y, m, d) = (t.year(), t.month(), t.day());
    let month = MONTHS[m as usize - 1];
    let abbr = ABBREVIATIONS[m as usize - 1];
    let weekday = t.format("%A").to_string();
    let short_weekday = t.format("%a").to_string();
    let mut forms = vec![
        format!("{d} {month} {y}"),
        format!("{d} {abbr} {y}"),
        format!("{d} {abbr}. {y}"),
        format!("{month} {d}, {y}"),
        format!("{abbr}. {d}, {y}"),
        format!("{weekday}, {d} {month} {y}"),
        format!("{short_weekday} {d} {abbr} {y}"),
        format!("{weekday}, {month} {d}, {y}"),
        format!("{} {month} {y}", ordinal(d)),
        format!("{month} {}, {y}", ordinal(d)),
        format!("{y}-{m:02}-{d:02}"),
        format!("{d:02}.{m:02}.{y}"),
    ];
    if d > 12 || d == m {
        forms.push(format!("{d}/{m}/{y}"));
        forms.push(format!("{m:02}/{d:02}/{y}"));
    }
    forms
}

fn day(t: NaiveDate) -> DayMonth {
    DayMonth::new(t.day(), t.month(), Some(t.year()))
}

proptest! {
    #[test]
    fn every_rendering_of_a_date_parses_back(t in any_date()) {
        for text in renderings(t) {
            let parsed = date(&text);
            prop_assert!(parsed.is_ok(), "{text:?} did not parse");
            let (rest, span) = parsed.unwrap();
            prop_assert_eq!(rest, "", "{:?} left input", text);
            prop_assert_eq!((span.start, span.end), (day(t), day(t)), "{:?}", text);
        }
    }

    #[test]
    fn ranges_parse_back(t in any_date(), len in 1i64..40) {
        let e = t + chrono::Duration::days(len);
        let (tm, em) = (MONTHS[t.month0() as usize], MONTHS[e.month0() as usize]);
        let mut forms = vec![
            format!("{} {tm} {} – {} {em} {}", t.day(), t.year(), e.day(), e.year()),
            format!("from {} {tm} {} to {} {em} {}", t.day(), t.year(), e.day(), e.year()),
        ];
        if t.year() == e.year() {
            forms.push(format!("{} {tm} – {} {em} {}", t.day(), e.day(), e.year()));
            forms.push(format!("{tm} {} - {em} {}, {}", t.day(), e.day(), e.year()));
        }
        if t.year() == e.year() && t.month() == e.month() {
            forms.push(format!("{}-{} {tm} {}", t.day(), e.day(), t.year()));
            forms.push(format!("between {} and {} {tm} {}", t.day(), e.day(), t.year()));
            forms.push(format!("{tm} {}-{}, {}", t.day(), e.day(), t.year()));
        }
        for text in forms {
            let (rest, span) = date(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
            prop_assert_eq!(rest, "");
            prop_assert_eq!((span.start, span.end), (day(t), day(e)), "{:?}", text);
        }
    }

    #[test]
    fn time_ranges_round_trip(h1 in 0u32..24, m1 in 0u32..60, h2 in 0u32..24, m2 in 0u32..60) {
        let (a, b) = (Clock { hour: h1, minute: m1 }, Clock { hour: h2, minute: m2 });
        let twelve = |c: Clock| {
            let h = if c.hour.is_multiple_of(12) { 12 } else { c.hour % 12 };
            let ampm = if c.hour < 12 { "am" } else { "pm" };
            format!("{h}.{:02}{ampm}", c.minute)
        };
        for text in [
            format!("{a}-{b}"),
            format!("{a} – {b}"),
            format!("{a} to {b}"),
            format!("{:02}h{:02}-{:02}h{:02}", h1, m1, h2, m2),
            format!("{} - {}", twelve(a), twelve(b)),
        ] {
            let (rest, t) = time_span(&text).map_err(|e| TestCaseError::fail(format!("{text:?}: {e}")))?;
            prop_assert_eq!(rest, "");
            prop_assert_eq!((t.start, t.end), (a, Some(b)), "{:?}", text);
        }
    }

    #[test]
    fn lines_are_the_standard_librarys(text in "[a\r\n\u{85} ]{0,40}") {
        let ours: Vec<&str> = docket::text::lines(&text).collect();
        let std: Vec<&str> = text.lines().collect();
        prop_assert_eq!(ours, std);
    }

    #[test]
    fn extraction_never_panics_on_text(text in "(?s).{0,400}") {
        let _ = extract("any.txt", &text);
    }

    #[test]
    fn extraction_never_panics_on_page_like_text(
        lines in prop::collection::vec(
            prop_oneof![
                Just(String::new()),
                "[A-Z][a-z]{1,8}( [a-z]{1,8}){0,6}",
                "[0-9]{1,2}(-[0-9]{1,2})? (May|June|Sept\\.|October)( 20[0-9]{2})?(, [0-9]{1,2}[:.h][0-9]{2}( ?[ap]m)?)?( \\((ET|CEST|AST|local time)\\))?( - [A-Z][a-z]+)?",
                "[A-Z][a-z]+ \\((organizers?|co-organizers): [A-Z]{2,5}(, [A-Z][a-z]+)*( and [A-Z]+)?\\)",
                "(Week of|Date:|Time:|Venue:|On) [0-9]{1,2} (March|Dec) ?[0-9]{0,4}[,.]? ?[a-z ]{0,20}",
                "[\\(\\)\\[\\]:,.–— ]{1,20}",
            ],
            0..30,
        )
    ) {
        let page = lines.join("\n");
        let records = extract("page.txt", &page);
        for r in &records {
            prop_assert!(r.start_date <= r.end_date);
            prop_assert!(!r.sources.is_empty());
        }
        let _ = dedup(records);
    }

    #[test]
    fn decoding_and_extraction_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        if let (Some(text), _) = decode(bytes) {
            let _ = extract("bytes.bin", &text);
        }
    }

    #[test]
    fn dedup_is_idempotent_and_ignores_document_order(
        specs in prop::collection::vec((0usize..6, 0usize..3, 0usize..4, 1usize..50), 0..40),
        seed in any::<u64>(),
    ) {
        const WORDS: [&str; 6] = ["digital", "forum", "launch", "report", "youth", "data"];
        let records: Vec<Record> = specs
            .iter()
            .enumerate()
            .map(|(k, &(w, d, doc, line))| {
                let title = WORDS.iter().cycle().skip(w).take(1 + k % 4).copied().collect::<Vec<_>>().join(" ");
                record(&title, &format!("2024-05-0{}", d + 1), &format!("doc{doc}.txt"), line * 100 + k)
            })
            .collect();
        let once = dedup(records.clone());
        prop_assert_eq!(dedup(once.clone()), once.clone());
        let mut shuffled = records;
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut state = seed;
        for i in (1..shuffled.len()).rev() {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            shuffled.swap(i, (state >> 33) as usize % (i + 1));
        }
        prop_assert_eq!(dedup(shuffled), once);
    }
}

proptest! {
    #[test]
    fn folding_joins_the_words_between_whitespace_runs(
        // Lines whose only spaces are NBSPs and spaces take a path of their own.
        s in prop_oneof![
            "[ab’ \u{a0}]{0,16}",
            "[ab,–’ \u{a0}\u{85}\u{2009}\u{3000}\t\r\n]{0,24}",
        ],
    ) {
        let words: Vec<&str> = s.split(char::is_whitespace).filter(|w| !w.is_empty()).collect();
        prop_assert_eq!(fold_ws(&s), words.join(" "));
    }

    #[test]
    fn json_lines_are_the_bytes_serde_json_writes(
        text in "(\\PC|[\"\\\\\u{0}-\u{1f}\u{7f}\u{2028}])*",
        line in 1usize..1_000_000,
        flags in 0u8..16,
    ) {
        let mut r = record(&text, "2024-05-05", &text, line);
        r.year_inferred = flags & 1 == 1;
        r.partners = vec![text.clone(), "UNDP".to_string()];
        r.summary = (flags & 2 == 2).then(|| text.clone());
        if flags & 4 == 4 {
            r.sources.push(Source {
                uri: Some(format!("https://example.org/{text}").into()),
                captured_at: (flags & 8 == 8).then(|| "2024-05-05T10:00:00Z".into()),
                record_id: Some(text.as_str().into()),
                ..Source::new("a.warc.gz", line + 1)
            });
        }
        let mut fast = Vec::new();
        r.write_json_line(&mut fast);
        let mut expected = serde_json::to_vec(&r).unwrap();
        expected.push(b'\n');
        prop_assert_eq!(String::from_utf8(fast).unwrap(), String::from_utf8(expected).unwrap());
    }
}

fn record(title: &str, date: &str, doc: &str, line: usize) -> Record {
    Record {
        id: String::new(),
        title: title.to_string(),
        start_date: date.to_string(),
        end_date: date.to_string(),
        year_inferred: false,
        start_time: line.is_multiple_of(3).then(|| "10:00".to_string()),
        end_time: None,
        timezone: None,
        utc_offset: None,
        start: None,
        end: None,
        organizers: if line.is_multiple_of(2) {
            vec!["ITU".to_string()]
        } else {
            vec![]
        },
        partners: vec![],
        location: None,
        summary: line.is_multiple_of(5).then(|| format!("summary {line}")),
        date_text: date.to_string(),
        sources: vec![Source::new(doc, line)],
    }
}
