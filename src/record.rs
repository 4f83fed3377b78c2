//! The record of the contract (`schema v1`): field order here is output order.

use serde::{Deserialize, Serialize};

/// Where a record was found: a document and the 1-based line of its title.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    pub document: String,
    pub line: usize,
}

/// One dated happening. Every field is always present in the output: `null`
/// where unknown, `[]` for no organizers or partners.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
