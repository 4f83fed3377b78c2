//! Pages already extracted in this run. A page captured again with the same
//! text (and the same capture date, which can settle a year) gives the same
//! records, so it is not extracted again: its records get the new sources.
//! Repeated captures are common in archives of one site taken over time.
//! Only pages with records are remembered, each for about 100 bytes plus 16
//! per record, so memory follows records and their sources, not pages.
//!
//! Pages are known by the SHA-256 of their text: unlike a fast hash, a page
//! cannot be crafted to pass for another and take its records.

use std::sync::Mutex;

use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use sha2::{Digest, Sha256};

use crate::findings::Held;

/// A page's text digest and capture date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Page([u8; 32], Option<NaiveDate>);

impl Page {
    pub fn of(text: &str, captured: Option<NaiveDate>) -> Self {
        Page(Sha256::digest(text).into(), captured)
    }
}

/// Each record of a page: where it is held, and its line in the page.
pub type PageRecords = Box<[(Held, usize)]>;

/// Pages seen so far, in shards so that workers seldom wait on one lock.
pub struct Seen {
    shards: Vec<Mutex<FxHashMap<Page, PageRecords>>>,
}

const SHARDS: usize = 16;

impl Default for Seen {
    fn default() -> Self {
        Seen {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }
}

impl Seen {
    fn shard(&self, page: &Page) -> &Mutex<FxHashMap<Page, PageRecords>> {
        &self.shards[usize::from(page.0[0]) % SHARDS]
    }

    /// The records of a page seen before.
    pub fn get(&self, page: &Page) -> Option<PageRecords> {
        let shard = self.shard(page).lock().expect("no worker panicked");
        shard.get(page).cloned()
    }

    /// Remembers a page's records.
    pub fn insert(&self, page: Page, records: PageRecords) {
        let mut shard = self.shard(&page).lock().expect("no worker panicked");
        shard.insert(page, records);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_known_by_text_and_capture_date() {
        let day = NaiveDate::from_ymd_opt(2024, 6, 1);
        assert_eq!(Page::of("a", None), Page::of("a", None));
        assert_ne!(Page::of("a", None), Page::of("b", None));
        assert_ne!(Page::of("a", None), Page::of("a", day));
        let seen = Seen::default();
        assert_eq!(seen.get(&Page::of("a", None)), None);
        seen.insert(Page::of("a", None), Box::new([]));
        assert_eq!(seen.get(&Page::of("a", None)).as_deref(), Some(&[][..]));
    }
}
