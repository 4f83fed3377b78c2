//! Mergeable partial results, for runs split across processes or machines.
//!
//! A *partial record* is one distinct record as extraction found it, before
//! dedup: every field of that finding, its id computed from its own title, and
//! every source where exactly that finding occurred. A set of partial records
//! is merged by union (equal findings pool their sources); the final output is
//! the dedup of the union. Union is associative, commutative and idempotent,
//! and dedup does not depend on order, so any split of the input, extracted
//! with `--partial` and merged in any grouping, gives the bytes one
//! `docket extract` over everything gives. Dedup only merges records with the
//! same `start_date`, the blocking key an engine partitions by.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::dedup::{dedup, record_id};
use crate::record::{Record, Source};

/// Pools equal findings and returns them in canonical order: by start date,
/// first source, then the whole record.
///
/// # Example
/// ```
/// use docket::merge::partial_union;
/// let found = docket::extract::extract("a.txt", "Launch of the report, 5 May 2024\n");
/// let twice = partial_union(found.iter().cloned().chain(found.iter().cloned()));
/// assert_eq!(twice, partial_union(found));
/// ```
pub fn partial_union(records: impl IntoIterator<Item = Record>) -> Vec<Record> {
    let mut pooled: FxHashMap<Record, BTreeSet<Source>> = FxHashMap::default();
    for mut r in records {
        let sources = std::mem::take(&mut r.sources);
        r.id = record_id(&r.start_date, &r.title);
        pooled.entry(r).or_default().extend(sources);
    }
    let mut out: Vec<Record> = pooled
        .into_iter()
        .map(|(mut r, sources)| {
            r.sources = sources.into_iter().collect();
            r
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.start_date, a.sources.first(), &a.title)
            .cmp(&(&b.start_date, b.sources.first(), &b.title))
            .then_with(|| {
                serde_json::to_string(a)
                    .ok()
                    .cmp(&serde_json::to_string(b).ok())
            })
    });
    out
}

/// Merges partial records into the final output: the union, deduplicated.
pub fn merge(partials: impl IntoIterator<Item = Record>) -> Vec<Record> {
    dedup(partial_union(partials))
}
