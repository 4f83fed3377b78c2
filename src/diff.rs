//! The changeset between two outputs, keyed by `id`: what a nightly refresh
//! added, removed and changed.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::golden::field_changes;
use crate::record::Record;
use crate::text::normalized_title;

/// What happened to a record between two outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Remove,
    Add,
    Change,
}

/// A rescheduled happening: the same title under a new date (so a new id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Moved {
    pub from: String,
    pub to: String,
}

/// One entry of the changeset; every key is always present.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub op: Op,
    pub id: String,
    pub before: Option<Record>,
    pub after: Option<Record>,
    /// The fields that differ (for `change`).
    pub fields: Vec<String>,
    /// Pairs a `remove` and an `add` whose titles match: a move to a new date.
    pub moved: Option<Moved>,
}

/// Counts for the one-line summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "+{} added, -{} removed, ~{} changed",
            self.added, self.removed, self.changed
        )
    }
}

/// The changes from `old` to `new`, ordered by date, title and id.
///
/// # Example
/// ```
/// let s = docket::diff::summarize(&docket::diff::diff(&[], &[]));
/// assert_eq!(s.to_string(), "+0 added, -0 removed, ~0 changed");
/// ```
pub fn diff(old: &[Record], new: &[Record]) -> Vec<Change> {
    let old_by_id: BTreeMap<&str, &Record> = old.iter().map(|r| (r.id.as_str(), r)).collect();
    let new_by_id: BTreeMap<&str, &Record> = new.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut changes: Vec<Change> = Vec::new();
    for (id, before) in &old_by_id {
        match new_by_id.get(id) {
            None => changes.push(change(Op::Remove, Some(before), None, Vec::new())),
            Some(after) => {
                let fields: Vec<String> = field_changes(before, after)
                    .into_iter()
                    .map(|f| f.field)
                    .collect();
                if !fields.is_empty() {
                    changes.push(change(Op::Change, Some(before), Some(after), fields));
                }
            }
        }
    }
    for (id, after) in &new_by_id {
        if !old_by_id.contains_key(id) {
            changes.push(change(Op::Add, None, Some(after), Vec::new()));
        }
    }
    pair_moves(&mut changes);
    changes.sort_by_cached_key(sort_key);
    changes
}

fn change(op: Op, before: Option<&Record>, after: Option<&Record>, fields: Vec<String>) -> Change {
    let id = after.or(before).map(|r| r.id.clone()).unwrap_or_default();
    Change {
        op,
        id,
        before: before.cloned(),
        after: after.cloned(),
        fields,
        moved: None,
    }
}

fn record_of(c: &Change) -> Option<&Record> {
    c.after.as_ref().or(c.before.as_ref())
}

fn sort_key(c: &Change) -> (String, String, Op, String) {
    let r = record_of(c);
    (
        r.map(|r| r.start_date.clone()).unwrap_or_default(),
        r.map(|r| r.title.clone()).unwrap_or_default(),
        c.op,
        c.id.clone(),
    )
}

/// Marks each removed record whose normalized title equals an added one's
/// (each used once, in id order) as moved to it.
fn pair_moves(changes: &mut [Change]) {
    let title = |c: &Change| {
        record_of(c)
            .map(|r| normalized_title(&r.title))
            .unwrap_or_default()
    };
    let mut added: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (k, c) in changes.iter().enumerate().rev() {
        if c.op == Op::Add {
            added.entry(title(c)).or_default().push(k);
        }
    }
    for r in 0..changes.len() {
        if changes[r].op != Op::Remove {
            continue;
        }
        if let Some(a) = added.get_mut(&title(&changes[r])).and_then(Vec::pop) {
            let moved = Moved {
                from: changes[r].id.clone(),
                to: changes[a].id.clone(),
            };
            changes[r].moved = Some(moved.clone());
            changes[a].moved = Some(moved);
        }
    }
}

/// Counts of each kind of change.
pub fn summarize(changes: &[Change]) -> Summary {
    let count = |op| changes.iter().filter(|c| c.op == op).count();
    Summary {
        added: count(Op::Add),
        removed: count(Op::Remove),
        changed: count(Op::Change),
    }
}
