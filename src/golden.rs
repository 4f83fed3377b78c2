//! Golden files: compare docket's output with the expected JSON Lines, record
//! by record, and say what differs in terms a reader can act on.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::record::Record;

/// A record named the way a reader finds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordRef {
    pub id: String,
    pub title: String,
    pub start_date: String,
}

/// One field of one record that differs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub record: RecordRef,
    pub field: String,
    pub expected: Value,
    pub actual: Value,
}

/// What differs between a golden file and the output it pins.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Comparison {
    /// Expected records the output lacks.
    pub missing: Vec<RecordRef>,
    /// Output records the golden file lacks.
    pub extra: Vec<RecordRef>,
    /// Fields that differ in records present in both (matched by id).
    pub changed: Vec<FieldChange>,
    /// The same records, but not the same bytes (order or layout).
    pub layout_differs: bool,
}

impl Comparison {
    pub fn is_match(&self) -> bool {
        self.missing.is_empty()
            && self.extra.is_empty()
            && self.changed.is_empty()
            && !self.layout_differs
    }
}

/// A line of JSON Lines that is not a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Reads records from JSON Lines (blank lines skipped).
pub fn parse_jsonl(text: &str) -> Result<Vec<Record>, ParseError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(k, l)| {
            serde_json::from_str(l).map_err(|e| ParseError {
                line: k + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

fn reference(r: &Record) -> RecordRef {
    RecordRef {
        id: r.id.clone(),
        title: r.title.clone(),
        start_date: r.start_date.clone(),
    }
}

/// Compares expected and actual JSON Lines.
///
/// # Example
/// ```
/// let line = r#"{"id":"0123456789abcdef","title":"T","start_date":"2024-05-05","end_date":"2024-05-05","year_inferred":false,"start_time":null,"end_time":null,"timezone":null,"utc_offset":null,"start":null,"end":null,"organizers":[],"partners":[],"location":null,"summary":null,"date_text":"5 May 2024","sources":[{"document":"a.txt","line":1}]}"#;
/// let changed = line.replace(r#""location":null"#, r#""location":"Geneva""#);
/// let c = docket::golden::compare(line, &changed).unwrap();
/// assert_eq!(c.changed[0].field, "location");
/// ```
pub fn compare(expected: &str, actual: &str) -> Result<Comparison, ParseError> {
    let want = parse_jsonl(expected)?;
    let got = parse_jsonl(actual).map_err(|e| ParseError {
        message: format!("docket output: {}", e.message),
        ..e
    })?;
    let want_by_id: BTreeMap<&str, &Record> = want.iter().map(|r| (r.id.as_str(), r)).collect();
    let got_by_id: BTreeMap<&str, &Record> = got.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut c = Comparison {
        missing: want
            .iter()
            .filter(|r| !got_by_id.contains_key(r.id.as_str()))
            .map(reference)
            .collect(),
        extra: got
            .iter()
            .filter(|r| !want_by_id.contains_key(r.id.as_str()))
            .map(reference)
            .collect(),
        ..Comparison::default()
    };
    for w in &want {
        let Some(g) = got_by_id.get(w.id.as_str()) else {
            continue;
        };
        c.changed.extend(field_changes(w, g));
    }
    c.layout_differs =
        c.missing.is_empty() && c.extra.is_empty() && c.changed.is_empty() && expected != actual;
    Ok(c)
}

/// The fields of two versions of a record that differ, in output order.
pub fn field_changes(before: &Record, after: &Record) -> Vec<FieldChange> {
    let (b, a) = (
        serde_json::to_value(before).unwrap_or_default(),
        serde_json::to_value(after).unwrap_or_default(),
    );
    let (Some(b), Some(a)) = (b.as_object(), a.as_object()) else {
        return Vec::new();
    };
    b.iter()
        .filter(|(k, v)| a.get(*k) != Some(*v))
        .map(|(k, v)| FieldChange {
            record: reference(after),
            field: k.clone(),
            expected: v.clone(),
            actual: a.get(k).cloned().unwrap_or(Value::Null),
        })
        .collect()
}

/// The comparison as lines a person reads: `~` a changed field, `-` a
/// missing record, `+` an extra one.
pub fn render(c: &Comparison) -> Vec<String> {
    let name = |r: &RecordRef| format!("{:?} ({})", r.title, r.start_date);
    let mut out: Vec<String> = c
        .missing
        .iter()
        .map(|r| format!("  - missing {}", name(r)))
        .collect();
    out.extend(c.extra.iter().map(|r| format!("  + extra {}", name(r))));
    out.extend(c.changed.iter().map(|f| {
        format!(
            "  ~ {}: {}: expected {}, got {}",
            name(&f.record),
            f.field,
            f.expected,
            f.actual
        )
    }));
    if c.layout_differs {
        out.push("  the same records in another order or layout".to_string());
    }
    out
}
