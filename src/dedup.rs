//! The contract's dedup: records with the same start date whose normalized
//! titles are equal, or whose word sets overlap by 80 % of the smaller one,
//! are one record; chains of matches form one group. Then ids and the
//! output order.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use crate::record::Record;
use crate::text::{normalized_title, title_words};

/// The stable id: the first 16 hex digits of SHA-256 over
/// `start_date|normalized title`.
///
/// # Example
/// ```
/// let id = docket::dedup::record_id("2021-06-07", "10th Anniversary of RightsCon");
/// assert_eq!(id.len(), 16);
/// assert_eq!(id, docket::dedup::record_id("2021-06-07", "10TH anniversary of rightscon!"));
/// ```
pub fn record_id(start_date: &str, title: &str) -> String {
    let digest = Sha256::digest(format!("{start_date}|{}", normalized_title(title)).as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// True when two normalized titles name the same happening.
fn same_title(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (wa, wb) = (title_words(a), title_words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let shared = wa.iter().filter(|w| wb.binary_search(w).is_ok()).count();
    // At least 80 % of the distinct words of the smaller set, in integers.
    5 * shared >= 4 * wa.len().min(wb.len())
}

/// Merges duplicates, assigns ids and sorts: the same set of input records
/// gives the same bytes whatever their order.
pub fn dedup(mut records: Vec<Record>) -> Vec<Record> {
    records.iter_mut().for_each(|r| r.sources.sort());
    records.sort_by(|a, b| a.sources.cmp(&b.sources));
    let mut by_date: BTreeMap<String, Vec<Record>> = BTreeMap::new();
    for r in records {
        by_date.entry(r.start_date.clone()).or_default().push(r);
    }
    let mut out: Vec<Record> = by_date.into_values().flat_map(merge_day).collect();
    out.sort_by(|a, b| {
        (&a.start_date, &a.start_time, &a.title, &a.id).cmp(&(
            &b.start_date,
            &b.start_time,
            &b.title,
            &b.id,
        ))
    });
    out
}

/// Groups one day's records (already in source order) and merges each group.
fn merge_day(records: Vec<Record>) -> Vec<Record> {
    let keys: Vec<String> = records.iter().map(|r| normalized_title(&r.title)).collect();
    let mut parent: Vec<usize> = (0..records.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for a in 0..records.len() {
        for b in a + 1..records.len() {
            if same_title(&keys[a], &keys[b]) {
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
                // The smaller index stays the root, so a group's root is its first source.
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<Record>> = BTreeMap::new();
    for (i, r) in records.into_iter().enumerate() {
        groups.entry(root(&mut parent, i)).or_default().push(r);
    }
    groups.into_values().map(merge_group).collect()
}

/// One record from a group in source order: the longest title, every other
/// field from the first source, gaps filled from the rest in order.
fn merge_group(group: Vec<Record>) -> Record {
    let mut iter = group.into_iter();
    let mut merged = iter.next().expect("groups are never empty");
    for r in iter {
        if r.title.chars().count() > merged.title.chars().count() {
            merged.title = r.title;
        }
        fill(&mut merged.start_time, r.start_time);
        fill(&mut merged.end_time, r.end_time);
        fill(&mut merged.timezone, r.timezone);
        fill(&mut merged.utc_offset, r.utc_offset);
        fill(&mut merged.start, r.start);
        fill(&mut merged.end, r.end);
        fill(&mut merged.location, r.location);
        fill(&mut merged.summary, r.summary);
        if merged.organizers.is_empty() {
            merged.organizers = r.organizers;
        }
        if merged.partners.is_empty() {
            merged.partners = r.partners;
        }
        merged.sources.extend(r.sources);
    }
    merged.sources.sort();
    merged.sources.dedup();
    merged.id = record_id(&merged.start_date, &merged.title);
    merged
}

fn fill<T>(slot: &mut Option<T>, other: Option<T>) {
    if slot.is_none() {
        *slot = other;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Source;

    fn rec(title: &str, date: &str, doc: &str, line: usize) -> Record {
        Record {
            id: String::new(),
            title: title.into(),
            start_date: date.into(),
            end_date: date.into(),
            year_inferred: false,
            start_time: None,
            end_time: None,
            timezone: None,
            utc_offset: None,
            start: None,
            end: None,
            organizers: vec![],
            partners: vec![],
            location: None,
            summary: None,
            date_text: date.into(),
            sources: vec![Source {
                document: doc.into(),
                line,
            }],
        }
    }

    #[test]
    fn merges_contained_titles_and_keeps_the_longer() {
        let mut b = rec(
            "#DigitalCooperation - Action Today for Future Generations",
            "2020-09-23",
            "a",
            155,
        );
        b.summary = Some("later".into());
        let a = rec(
            "High-Level Side-Event: Digital Cooperation: Action Today for Future Generations",
            "2020-09-23",
            "a",
            153,
        );
        let out = dedup(vec![b, a]);
        assert_eq!(out.len(), 1);
        assert!(out[0].title.starts_with("High-Level"));
        assert_eq!(out[0].summary.as_deref(), Some("later"));
        assert_eq!(out[0].sources.len(), 2);
        assert_eq!(out[0].id, record_id("2020-09-23", &out[0].title));
    }

    #[test]
    fn keeps_apart_other_days_and_titles() {
        let out = dedup(vec![
            rec("Securing our Digital Future", "2021-09-23", "a", 1),
            rec("Shaping an inclusive digital age", "2021-09-23", "a", 5),
            rec("Securing our Digital Future", "2021-09-24", "a", 9),
        ]);
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn order_of_input_does_not_matter() {
        let rs = vec![
            rec("A b c d", "2021-01-01", "x", 3),
            rec("A b c d e", "2021-01-01", "y", 1),
            rec("Z", "2020-01-01", "x", 1),
        ];
        let mut rev = rs.clone();
        rev.reverse();
        assert_eq!(dedup(rs), dedup(rev));
    }
}
