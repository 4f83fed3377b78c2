//! The record of the contract (`schema v1`): field order here is output order.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use std::cmp::Ordering;
use std::sync::Arc;

/// Where a record was found: a document and the 1-based line of its title.
/// A document read from a WARC/WET archive is named by the archive, and its
/// capture is identified by `uri`, `captured_at` and `record_id`; these keys
/// are left out for plain files.
// The strings are shared (`Arc`): every record of a page carries its
// document's name, and a copy costs no allocation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// The file (path relative to the directory argument, or file name), `<stdin>`, or the archive.
    pub document: Arc<str>,
    /// 1-based line of the record's title line or event line.
    #[schemars(range(min = 1))]
    pub line: usize,
    /// WARC-Target-URI of the capture (archives only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<Arc<str>>,
    /// WARC-Date of the capture, as written (archives only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captured_at: Option<Arc<str>>,
    /// WARC-Record-ID of the capture (archives only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_id: Option<Arc<str>>,
}

impl Source {
    /// A place in a plain document.
    pub fn new(document: &str, line: usize) -> Self {
        Source {
            document: Arc::from(document),
            line,
            uri: None,
            captured_at: None,
            record_id: None,
        }
    }
}

/// Sorted by document, then by the capture within an archive, then by line:
/// for plain files exactly the contract's (document, line).
impl Ord for Source {
    fn cmp(&self, other: &Self) -> Ordering {
        (
            &self.document,
            &self.uri,
            &self.record_id,
            self.line,
            &self.captured_at,
        )
            .cmp(&(
                &other.document,
                &other.uri,
                &other.record_id,
                other.line,
                &other.captured_at,
            ))
    }
}

impl PartialOrd for Source {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// One dated happening. Every field is always present in the output: `null`
/// where unknown, `[]` for no organizers or partners.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[schemars(title = "docket record (schema v1)")]
pub struct Record {
    /// First 16 hex digits of SHA-256 over `start_date|normalized title`: stable across runs.
    #[schemars(extend("pattern" = "^[0-9a-f]{16}$"))]
    pub id: String,
    /// The happening's name as written, without date, time, zone, organizer parenthesis (or clause after a separator) or link text.
    pub title: String,
    /// First day.
    #[schemars(extend("format" = "date"))]
    pub start_date: String,
    /// Last day; equal to `start_date` for a one-day happening.
    #[schemars(extend("format" = "date"))]
    pub end_date: String,
    /// True when the page gave no year and it was taken from context.
    pub year_inferred: bool,
    /// Local 24-hour start time.
    #[schemars(extend("pattern" = "^[0-2][0-9]:[0-5][0-9]$"))]
    pub start_time: Option<String>,
    /// Local 24-hour end time.
    #[schemars(extend("pattern" = "^[0-2][0-9]:[0-5][0-9]$"))]
    pub end_time: Option<String>,
    /// The zone as written (`ET`, `CEST`, `New York time`, `Europe/Zurich`, `-04:00`); the first of several.
    pub timezone: Option<String>,
    /// The UTC offset in force on that date.
    #[schemars(extend("pattern" = "^[+-][0-9]{2}:[0-9]{2}$"))]
    pub utc_offset: Option<String>,
    /// RFC 3339 start, when date, time and offset are known.
    #[schemars(extend("format" = "date-time"))]
    pub start: Option<String>,
    /// RFC 3339 end, when end date, end time and offset are known.
    #[schemars(extend("format" = "date-time"))]
    pub end: Option<String>,
    /// Organizers, in the order written.
    pub organizers: Vec<String>,
    /// Partners (`in partnership with`, `with the support of`).
    pub partners: Vec<String>,
    /// A place from the header or announcement.
    pub location: Option<String>,
    /// The first body paragraph of the record's section.
    pub summary: Option<String>,
    /// The date (and time) expression as it stands in the page.
    pub date_text: String,
    /// Every place the record was found, sorted.
    #[schemars(extend("minItems" = 1))]
    pub sources: Vec<Source>,
}

impl Record {
    /// Appends the record as one line of JSON Lines: the bytes
    /// `serde_json::to_writer` writes, then `\n`. Written directly because
    /// output is a tenth of a run's time; strings that need no escaping (nearly
    /// all) are copied whole, others go through serde_json.
    pub fn write_json_line(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        json_str(out, &self.id);
        out.extend_from_slice(b",\"title\":");
        json_str(out, &self.title);
        out.extend_from_slice(b",\"start_date\":");
        json_str(out, &self.start_date);
        out.extend_from_slice(b",\"end_date\":");
        json_str(out, &self.end_date);
        out.extend_from_slice(if self.year_inferred {
            b",\"year_inferred\":true"
        } else {
            b",\"year_inferred\":false"
        });
        for (key, value) in [
            (&b",\"start_time\":"[..], &self.start_time),
            (b",\"end_time\":", &self.end_time),
            (b",\"timezone\":", &self.timezone),
            (b",\"utc_offset\":", &self.utc_offset),
            (b",\"start\":", &self.start),
            (b",\"end\":", &self.end),
        ] {
            out.extend_from_slice(key);
            json_opt_str(out, value);
        }
        out.extend_from_slice(b",\"organizers\":");
        json_strs(out, &self.organizers);
        out.extend_from_slice(b",\"partners\":");
        json_strs(out, &self.partners);
        out.extend_from_slice(b",\"location\":");
        json_opt_str(out, &self.location);
        out.extend_from_slice(b",\"summary\":");
        json_opt_str(out, &self.summary);
        out.extend_from_slice(b",\"date_text\":");
        json_str(out, &self.date_text);
        out.extend_from_slice(b",\"sources\":[");
        for (k, source) in self.sources.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"document\":");
            json_str(out, &source.document);
            out.extend_from_slice(b",\"line\":");
            out.extend_from_slice(itoa::Buffer::new().format(source.line).as_bytes());
            // Absent for plain files, as `skip_serializing_if` leaves them.
            for (key, value) in [
                (&b",\"uri\":"[..], &source.uri),
                (b",\"captured_at\":", &source.captured_at),
                (b",\"record_id\":", &source.record_id),
            ] {
                if let Some(v) = value {
                    out.extend_from_slice(key);
                    json_str(out, v);
                }
            }
            out.push(b'}');
        }
        out.extend_from_slice(b"]}\n");
    }
}

/// A JSON string: copied whole when serde_json would escape nothing in it
/// (no control character, quote or backslash).
fn json_str(out: &mut Vec<u8>, s: &str) {
    let plain = s
        .bytes()
        .fold(true, |ok, b| ok & (b >= 0x20 && b != b'"' && b != b'\\'));
    if plain {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        serde_json::to_writer(&mut *out, s).expect("a string serializes");
    }
}

fn json_opt_str(out: &mut Vec<u8>, s: &Option<String>) {
    match s {
        Some(s) => json_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

fn json_strs(out: &mut Vec<u8>, v: &[String]) {
    out.push(b'[');
    for (k, s) in v.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        json_str(out, s);
    }
    out.push(b']');
}

/// The JSON Schema (2020-12) of a record, as `docket schema` prints it.
///
/// # Example
/// ```
/// let schema = docket::record::schema();
/// assert!(schema.contains("https://json-schema.org/draft/2020-12/schema"));
/// ```
pub fn schema() -> String {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Record)).expect("a schema serializes");
    // Every key of a record is always written (`null` when unknown), so every
    // key is required, and no other key appears.
    let keys: Vec<serde_json::Value> = schema["properties"]
        .as_object()
        .map(|p| p.keys().cloned().map(Into::into).collect())
        .unwrap_or_default();
    schema["required"] = keys.into();
    schema["additionalProperties"] = false.into();
    serde_json::to_string_pretty(&schema).expect("a schema serializes") + "\n"
}
