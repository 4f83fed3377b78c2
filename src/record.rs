//! The record of the contract (`schema v1`): field order here is output order.

use serde::{Deserialize, Serialize};

use std::cmp::Ordering;

/// Where a record was found: a document and the 1-based line of its title.
/// A document read from a WARC/WET archive is named by the archive, and its
/// capture is identified by `uri`, `captured_at` and `record_id`; these keys
/// are left out for plain files.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Source {
    pub document: String,
    pub line: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captured_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_id: Option<String>,
}

impl Source {
    /// A place in a plain document.
    pub fn new(document: &str, line: usize) -> Self {
        Source {
            document: document.to_string(),
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub title: String,
    pub start_date: String,
    pub end_date: String,
    pub year_inferred: bool,
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub timezone: Option<String>,
    pub utc_offset: Option<String>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub organizers: Vec<String>,
    pub partners: Vec<String>,
    pub location: Option<String>,
    pub summary: Option<String>,
    pub date_text: String,
    pub sources: Vec<Source>,
}
