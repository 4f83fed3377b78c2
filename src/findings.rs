//! The distinct records of a run, filled by every worker at once.
//!
//! A record found again with every field equal (a page captured twice, a
//! teaser and its entry) is kept once with all its sources: dedup merges such
//! copies to the same result, so memory follows distinct records, not the
//! input. Records are kept in shards by start date, so workers seldom wait
//! on one lock and dedup, which only joins records of one day, can run on
//! each shard as it stands.

use std::hash::BuildHasher;
use std::sync::Mutex;

use hashbrown::HashTable;
use hashbrown::hash_table::Entry;
use rustc_hash::FxBuildHasher;

use crate::record::{Record, Source};

/// Enough shards that workers rarely want the same one.
const SHARDS: usize = 64;

/// Distinct records with the sources of every copy found.
pub struct Findings {
    shards: Vec<Mutex<Shard>>,
}

/// Records are stored once, in insertion order, with their sources beside
/// them; the hash table holds only each record's hash and index, so growing
/// it moves 16 bytes per record, not the record.
#[derive(Default)]
struct Shard {
    records: Vec<Record>,
    sources: Vec<Vec<Source>>,
    index: HashTable<(u64, u32)>,
}

impl Default for Findings {
    fn default() -> Self {
        Findings {
            shards: (0..SHARDS).map(|_| Mutex::default()).collect(),
        }
    }
}

/// Where a distinct record is held: its shard and its place there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    shard: u32,
    at: u32,
}

impl Findings {
    /// Adds one found record (its `sources` are where it was found) and says
    /// where it is held.
    pub fn insert(&self, mut record: Record) -> Held {
        let sources = std::mem::take(&mut record.sources);
        let hash = FxBuildHasher.hash_one(&record);
        // Middle bits of the date's hash: Fx mixes the last bytes hashed
        // into the top bits, and the low bits of short keys vary little.
        let shard_no = (FxBuildHasher.hash_one(&record.start_date) >> 32) as usize % SHARDS;
        let mut shard = self.shards[shard_no]
            .lock()
            .expect("no worker panics while holding a shard");
        let Shard {
            records,
            sources: all_sources,
            index,
        } = &mut *shard;
        let entry = index.entry(
            hash,
            |&(h, i)| h == hash && records[i as usize] == record,
            |&(h, _)| h,
        );
        let at = match entry {
            Entry::Occupied(e) => {
                let at = e.get().1;
                all_sources[at as usize].extend(sources);
                at
            }
            Entry::Vacant(e) => {
                let at = u32::try_from(records.len()).expect("under 2^32 distinct records a shard");
                e.insert((hash, at));
                records.push(record);
                all_sources.push(sources);
                at
            }
        };
        Held {
            shard: shard_no as u32,
            at,
        }
    }

    /// Adds a source to a record already held.
    pub fn add_source(&self, held: Held, source: Source) {
        let mut shard = self.shards[held.shard as usize]
            .lock()
            .expect("no worker panics while holding a shard");
        shard.sources[held.at as usize].push(source);
    }

    /// The distinct records, each with every source where it was found, in
    /// parts that never share a start date.
    pub fn into_days(self) -> Vec<Vec<Record>> {
        self.shards
            .into_iter()
            .map(|s| {
                let shard = s.into_inner().expect("no worker panicked");
                let found = shard.records.into_iter().zip(shard.sources);
                found
                    .map(|(record, sources)| Record { sources, ..record })
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(title: &str, date: &str, doc: &str) -> Record {
        Record {
            title: title.to_string(),
            start_date: date.to_string(),
            end_date: date.to_string(),
            sources: vec![Source::new(doc, 1)],
            ..Record::default()
        }
    }

    #[test]
    fn equal_copies_pool_their_sources() {
        let f = Findings::default();
        let held = f.insert(found("Launch", "2024-05-05", "a.txt"));
        assert_eq!(f.insert(found("Launch", "2024-05-05", "b.txt")), held);
        assert_ne!(f.insert(found("Launch", "2024-05-06", "a.txt")), held);
        f.add_source(held, Source::new("c.txt", 2));
        let days = f.into_days();
        let parts_with = |date: &str| {
            days.iter()
                .filter(|d| d.iter().any(|r| r.start_date == date))
                .count()
        };
        assert_eq!(parts_with("2024-05-05"), 1);
        let mut all: Vec<Record> = days.into_iter().flatten().collect();
        all.sort();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].sources.len(), 3);
        assert_eq!(all[1].sources, [Source::new("a.txt", 1)]);
    }
}
