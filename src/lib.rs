//! docket: dated happenings from the raw text of scraped UN web pages, as
//! clean, deduplicated JSON records (see `README.md` and the record contract).
//!
//! Data flows one way: bytes -> [`documents::Document`] -> lines and sections
//! ([`segment`], a press calendar's rows by [`calendar`]) -> header pieces
//! ([`parse`]) -> records ([`extract`], with [`resolve`] and [`places`]) ->
//! [`dedup`] -> sorted JSON Lines ([`pipeline`]).

pub mod archive;
pub mod calendar;
pub mod dedup;
pub mod diff;
pub mod documents;
pub mod extract;
pub mod findings;
pub mod golden;
pub mod input;
pub mod merge;
pub mod parse;
pub mod pipeline;
pub mod places;
pub mod record;
pub mod repeats;
pub mod resolve;
pub mod segment;
pub mod text;
