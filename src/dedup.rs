//! The contract's dedup: records with the same start date whose normalized
//! titles are equal, or whose word sets overlap by 80 % of the smaller one,
//! are one record; chains of matches form one group. Then ids and the
//! output order.

use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Serialize, Serializer};
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
    id_of_key(start_date, &normalized_title(title))
}

/// The id from a start date and an already normalized title.
fn id_of_key(start_date: &str, normalized: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::new()
        .chain_update(start_date)
        .chain_update("|")
        .chain_update(normalized)
        .finalize();
    digest[..8]
        .iter()
        .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]])
        .map(char::from)
        .collect()
}

/// True when the smaller of two distinct-word sets (sorted) has at least
/// 80 % of its words in the other.
pub fn overlap_enough(a: &[&str], b: &[&str]) -> bool {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if small.is_empty() {
        return false;
    }
    let shared = small
        .iter()
        .filter(|w| large.binary_search(w).is_ok())
        .count();
    shared >= needed(small.len())
}

/// Words of a set of `n` that must be shared: ⌈0.8·n⌉, in integers.
fn needed(n: usize) -> usize {
    (4 * n).div_ceil(5)
}

/// Merges duplicates, assigns ids and sorts: the same set of input records
/// gives the same bytes whatever their order. Works in place: records are
/// put in start-date order once, each day is merged and sorted within its
/// own slice, on every core, and the records merged away are dropped.
pub fn dedup(records: Vec<Record>) -> Vec<Record> {
    dedup_days(vec![records]).into_vec()
}

/// [`dedup`] over parts that never share a start date (as
/// [`crate::findings::Findings::into_days`] gives): each part is deduplicated
/// where it stands, on every core, and its days are listed in output order.
pub fn dedup_days(mut parts: Vec<Vec<Record>>) -> Sorted {
    parts.par_iter_mut().for_each(dedup_part);
    let mut days: Vec<(&str, usize, Range<usize>)> = Vec::new();
    for (p, part) in parts.iter().enumerate() {
        let mut at = 0;
        for day in part.chunk_by(|a, b| a.start_date == b.start_date) {
            days.push((&day[0].start_date, p, at..at + day.len()));
            at += day.len();
        }
    }
    // Days are unique to a part, so the date alone orders them.
    days.sort_unstable_by_key(|d| d.0);
    debug_assert!(
        days.windows(2).all(|w| w[0].0 != w[1].0),
        "a day in two parts"
    );
    let runs = days.into_iter().map(|(_, p, r)| (p, r)).collect();
    Sorted { parts, runs }
}

/// Records in output order, left in the parts dedup worked in, with the runs
/// of each part in the order they are written: copying them into one vector
/// would hold every record twice at the run's peak of memory.
#[derive(Debug)]
pub struct Sorted {
    parts: Vec<Vec<Record>>,
    runs: Vec<(usize, Range<usize>)>,
}

impl Sorted {
    /// Runs of records, in output order.
    pub fn runs(&self) -> impl Iterator<Item = &[Record]> {
        self.runs.iter().map(|(p, r)| &self.parts[*p][r.clone()])
    }

    /// Every record, in output order.
    pub fn iter(&self) -> impl Iterator<Item = &Record> {
        self.runs().flatten()
    }

    pub fn len(&self) -> usize {
        self.runs.iter().map(|(_, r)| r.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The records in one vector, in output order.
    pub fn into_vec(mut self) -> Vec<Record> {
        // One part's runs are all of it, in its order.
        if self.parts.len() == 1 {
            return self.parts.pop().unwrap_or_default();
        }
        let mut out = Vec::with_capacity(self.len());
        for (p, r) in self.runs {
            out.extend(self.parts[p][r].iter_mut().map(std::mem::take));
        }
        out
    }
}

/// Records already in output order.
impl From<Vec<Record>> for Sorted {
    fn from(records: Vec<Record>) -> Self {
        let runs = vec![(0, 0..records.len())];
        Sorted {
            parts: vec![records],
            runs,
        }
    }
}

impl Serialize for Sorted {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// Dedups one part in place: its records, merged and in output order, are
/// all that is left in it.
fn dedup_part(records: &mut Vec<Record>) {
    // An input named twice (a directory and a file in it) lists a source twice.
    records.par_iter_mut().for_each(|r| {
        r.sources.sort_unstable();
        r.sources.dedup();
    });
    by_start_date(records);
    records
        .par_chunk_by_mut(|a, b| a.start_date == b.start_date)
        .for_each(merge_day);
    // Merged records have an id; the slots they were taken from have none.
    records.retain(|r| !r.id.is_empty());
}

/// Puts records in start-date order. The sort moves (key, index) pairs whose
/// key holds a date's bytes, so it never reads a record; then each record
/// moves once.
fn by_start_date(records: &mut [Record]) {
    /// The first bytes of a start date, zero-padded, and its length: with
    /// the length breaking ties, in string order for dates of up to 16 bytes
    /// (all that docket writes); longer ones are compared whole on a tie.
    fn key(date: &str) -> ([u8; 16], usize) {
        let mut k = [0; 16];
        let n = date.len().min(16);
        k[..n].copy_from_slice(&date.as_bytes()[..n]);
        (k, date.len())
    }
    let mut order: Vec<(([u8; 16], usize), usize)> = records
        .par_iter()
        .enumerate()
        .map(|(i, r)| (key(&r.start_date), i))
        .collect();
    order.par_sort_unstable_by(|((a, a_len), i), ((b, b_len), j)| {
        a.cmp(b).then_with(|| {
            if *a_len <= 16 && *b_len <= 16 {
                a_len.cmp(b_len)
            } else {
                records[*i].start_date.cmp(&records[*j].start_date)
            }
        })
    });
    permute(records, order.into_iter().map(|(_, i)| i).collect());
}

/// Puts `v[order[k]]` at `k` for every `k`, swapping along the
/// permutation's cycles, so no second buffer is needed.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..v.len() {
        let mut k = start;
        while order[k] != DONE {
            let from = std::mem::replace(&mut order[k], DONE);
            if from == start {
                break;
            }
            v.swap(k, from);
            k = from;
        }
    }
}

/// Merges one day's records in place: the merged records, sorted in output
/// order, fill the front of `day`; the rest is left empty (no id).
fn merge_day(day: &mut [Record]) {
    if let [one] = day {
        one.id = id_of_key(&one.start_date, &normalized_title(&one.title));
        return;
    }
    // Merging takes fields from the source that sorts first; a whole-record
    // tie-break keeps the order total whatever order records arrived in.
    let mut order: Vec<usize> = (0..day.len()).collect();
    order.sort_unstable_by(|&a, &b| {
        let (a, b) = (&day[a], &day[b]);
        a.sources.cmp(&b.sources).then_with(|| a.cmp(b))
    });
    permute(day, order);
    let mut keys: Vec<String> = day.iter().map(|r| normalized_title(&r.title)).collect();
    let mut groups = UnionFind::new(day.len());
    // Equal titles first, so each distinct title is compared once.
    let mut first_with: FxHashMap<&str, usize> = FxHashMap::default();
    let mut distinct: Vec<usize> = Vec::new();
    for (i, key) in keys.iter().enumerate() {
        match first_with.get(key.as_str()) {
            Some(&j) => groups.union(j, i),
            None => {
                first_with.insert(key, i);
                distinct.push(i);
            }
        }
    }
    let distinct_keys: Vec<&str> = distinct.iter().map(|&i| keys[i].as_str()).collect();
    let mut similar = if distinct.len() <= FEW_TITLES {
        link_all_pairs(&distinct_keys)
    } else {
        let sets: Vec<Vec<&str>> = distinct_keys.iter().map(|k| title_words(k)).collect();
        link_similar(&sets)
    };
    for (k, &i) in distinct.iter().enumerate() {
        groups.union(i, distinct[similar.root(k)]);
    }
    // A group is listed at its root, its first member in source order. The
    // g-th group's root is at or after `g`, and every member of an earlier
    // group was taken before, so the merged group can go to `day[g]`.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); day.len()];
    for i in 0..day.len() {
        members[groups.root(i)].push(i);
    }
    let groups = members.iter().filter(|m| !m.is_empty());
    let mut merged = 0;
    for (g, group) in groups.enumerate() {
        day[g] = merge_group(day, &mut keys, group);
        merged += 1;
    }
    day[..merged].sort_unstable_by(|a, b| {
        (&a.start_time, &a.title, &a.id).cmp(&(&b.start_time, &b.title, &b.id))
    });
}

/// Up to this many distinct titles in a day (nearly every day), every pair
/// is compared: as bit sets, a pair costs an AND and a popcount per 64 words
/// of the day, cheaper than the prefix filter's index.
const FEW_TITLES: usize = 256;

/// Links every pair of normalized titles whose word sets pass
/// [`overlap_enough`], comparing each pair as bit sets of the day's words.
fn link_all_pairs(keys: &[&str]) -> UnionFind {
    let mut ids: FxHashMap<&str, usize> = FxHashMap::default();
    let mut words: Vec<(usize, usize)> = Vec::new();
    for (k, key) in keys.iter().enumerate() {
        for w in key.split(' ').filter(|w| !w.is_empty()) {
            let next = ids.len();
            words.push((k, *ids.entry(w).or_insert(next)));
        }
    }
    let stride = ids.len().div_ceil(64);
    let mut bits = vec![0u64; keys.len() * stride];
    for (k, w) in words {
        bits[k * stride + w / 64] |= 1 << (w % 64);
    }
    let set = |k: usize| &bits[k * stride..(k + 1) * stride];
    let sizes: Vec<usize> = (0..keys.len())
        .map(|k| set(k).iter().map(|b| b.count_ones() as usize).sum())
        .collect();
    let mut groups = UnionFind::new(keys.len());
    for a in 0..keys.len() {
        for b in a + 1..keys.len() {
            let small = sizes[a].min(sizes[b]);
            let shared: usize = (set(a).iter().zip(set(b)))
                .map(|(x, y)| (x & y).count_ones() as usize)
                .sum();
            if small > 0 && shared >= needed(small) {
                groups.union(a, b);
            }
        }
    }
    groups
}

/// Links every pair of word sets that passes [`overlap_enough`], without
/// comparing every pair: with words ordered rarest first, a smaller set that
/// shares 80 % of its words with a larger one shares at least one of its first
/// `n - ⌈0.8·n⌉ + 1` words (its prefix) with it, so only sets that meet in a
/// prefix word are compared (the prefix filter of set-similarity joins).
///
/// Each word's candidates are kept in runs of one group: a run already in the
/// probing set's group is skipped whole, so a page of near-identical titles
/// costs a lookup per run, not a comparison per pair.
fn link_similar(sets: &[Vec<&str>]) -> UnionFind {
    let mut groups = UnionFind::new(sets.len());
    let mut frequency: FxHashMap<&str, usize> = FxHashMap::default();
    for w in sets.iter().flatten() {
        *frequency.entry(w).or_default() += 1;
    }
    let mut runs_by_word: FxHashMap<&str, Vec<Vec<usize>>> = FxHashMap::default();
    for (k, set) in sets.iter().enumerate() {
        let mut rare_first = set.clone();
        rare_first.sort_by_key(|w| (frequency[w], *w));
        for w in rare_first
            .iter()
            .take((set.len() + 1).saturating_sub(needed(set.len())))
        {
            runs_by_word.entry(w).or_default().push(vec![k]);
        }
    }
    // `checked[s] == large + 1` once `s` was compared with `large`.
    let mut checked = vec![0usize; sets.len()];
    for (large, set) in sets.iter().enumerate() {
        for w in set {
            let Some(runs) = runs_by_word.get_mut(w) else {
                continue;
            };
            let mut linked = false;
            for run in runs.iter() {
                if groups.root(run[0]) == groups.root(large) {
                    continue;
                }
                for &small in run {
                    if small == large
                        || sets[small].len() > set.len()
                        || checked[small] == large + 1
                    {
                        continue;
                    }
                    checked[small] = large + 1;
                    if overlap_enough(&sets[small], set) {
                        // The rest of the run joins with it.
                        groups.union(small, large);
                        linked = true;
                        break;
                    }
                }
            }
            if linked {
                merge_runs(runs, &mut groups);
            }
        }
    }
    groups
}

/// Joins runs whose members now share a group, moving the smaller run into
/// the larger so each member moves O(log n) times in all.
fn merge_runs(runs: &mut Vec<Vec<usize>>, groups: &mut UnionFind) {
    let mut at: FxHashMap<usize, usize> = FxHashMap::default();
    let mut kept: Vec<Vec<usize>> = Vec::with_capacity(runs.len());
    for mut run in runs.drain(..) {
        match at.get(&groups.root(run[0])) {
            Some(&k) => {
                if kept[k].len() < run.len() {
                    std::mem::swap(&mut kept[k], &mut run);
                }
                kept[k].extend(run);
            }
            None => {
                at.insert(groups.root(run[0]), kept.len());
                kept.push(run);
            }
        }
    }
    *runs = kept;
}

/// Union-find whose root is always a group's smallest index, so groups come
/// out in source order whatever order the unions happen in.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        self.0[ra.max(rb)] = ra.min(rb);
    }
}

/// One record from a group in source order: the longest title, every other
/// field from the first source, gaps filled from the rest in order.
fn merge_group(day: &mut [Record], keys: &mut [String], group: &[usize]) -> Record {
    let take = std::mem::take::<Record>;
    let mut merged = take(&mut day[group[0]]);
    let mut key = std::mem::take(&mut keys[group[0]]);
    let mut title_chars = merged.title.chars().count();
    for &i in &group[1..] {
        let r = take(&mut day[i]);
        let chars = r.title.chars().count();
        if chars > title_chars {
            merged.title = r.title;
            key = std::mem::take(&mut keys[i]);
            title_chars = chars;
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
    merged.id = id_of_key(&merged.start_date, &key);
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
            sources: vec![Source::new(doc, line)],
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
    fn days_come_out_in_string_order_whatever_their_length() {
        // Merged partial records can carry any start date; output is sorted
        // by the string, past the 16 bytes the sort key holds.
        let dates = [
            "2021-09-24",
            "2021-09-2",
            "2021-09-23-and-some-more-z",
            "2021-09-23-and-some-more-ab",
            "2021-09-23-and-some-more",
            "2021-09-23",
        ];
        let records = dates
            .iter()
            .enumerate()
            .map(|(k, d)| rec(&format!("Event {k}"), d, "a", k + 1))
            .collect();
        let out: Vec<String> = dedup(records).into_iter().map(|r| r.start_date).collect();
        let mut sorted: Vec<String> = dates.iter().map(|d| d.to_string()).collect();
        sorted.sort();
        assert_eq!(out, sorted);
    }

    #[test]
    fn overlap_is_80_percent_of_the_smaller_set() {
        assert!(overlap_enough(
            &["a", "b", "c", "d", "e"],
            &["a", "b", "c", "d", "x", "y"]
        ));
        assert!(!overlap_enough(
            &["a", "b", "c", "d", "e"],
            &["a", "b", "c", "x", "y"]
        ));
        assert!(!overlap_enough(&[], &["a"]));
    }

    #[test]
    fn prefix_filter_finds_every_pair_a_full_comparison_finds() {
        let titles = [
            "digital cooperation action today for future generations",
            "high level side event digital cooperation action today for future generations",
            "session 1",
            "session 2",
            "session",
            "a b c d e",
            "a b c d x y",
            "e d c b a z",
        ];
        let sets: Vec<Vec<&str>> = titles.iter().map(|t| title_words(t)).collect();
        // Linked groups equal the connected components of the full comparison.
        let mut fast = link_similar(&sets);
        let mut full = link_all_pairs(&titles);
        for (k, title) in titles.iter().enumerate() {
            assert_eq!(fast.root(k), full.root(k), "{title}");
        }
        assert_eq!(full.root(1), 0);
        assert_eq!(full.root(4), 2);
        // `session 1` and `session 2` do not match, but both match `session`.
        assert!(!overlap_enough(&sets[2], &sets[3]));
        assert_eq!(full.root(3), 2);
        assert_ne!(full.root(5), full.root(0));
    }

    #[test]
    fn bit_sets_span_many_words() {
        // 40 titles of 5 words from a vocabulary of 120: several u64 per set,
        // and titles that share 4 of 5 words at either end of it.
        let titles: Vec<String> = (0..40)
            .map(|k| {
                let words: Vec<String> =
                    (0..5).map(|w| format!("w{}", (k * 3 + w) % 120)).collect();
                words.join(" ")
            })
            .collect();
        let keys: Vec<&str> = titles.iter().map(String::as_str).collect();
        let sets: Vec<Vec<&str>> = keys.iter().map(|t| title_words(t)).collect();
        let mut full = link_all_pairs(&keys);
        let mut fast = link_similar(&sets);
        for (k, key) in keys.iter().enumerate() {
            assert_eq!(full.root(k), fast.root(k), "{key}");
        }
        // Titles 3 apart share 2 of 5 words: no title is linked.
        assert!((0..keys.len()).all(|k| full.root(k) == k));
        let mut near = keys.clone();
        near.push("w200 w201 w202 w203 w0");
        near.push("w200 w201 w202 w203 w1");
        let mut linked = link_all_pairs(&near);
        assert_eq!(linked.root(41), 40);
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

    #[test]
    fn days_in_parts_come_out_as_one_dedup() {
        let days = ["2021-03-02", "2020-12-31", "2021-03-01", "2021-01-15"];
        let rs: Vec<Record> = (0..40)
            .map(|k| {
                let title = format!("Session {} on water", k % 3);
                rec(&title, days[k % days.len()], "x", k + 1)
            })
            .collect();
        // Each day in one of three parts, as the table of findings keeps them.
        let mut parts = vec![Vec::new(); 3];
        for r in rs.clone() {
            let p = days.iter().position(|d| *d == r.start_date).unwrap_or(0) % 3;
            parts[p].push(r);
        }
        let sorted = dedup_days(parts);
        let whole = dedup(rs);
        assert_eq!(sorted.len(), whole.len());
        assert!(sorted.iter().eq(whole.iter()));
        assert_eq!(sorted.runs().count(), days.len());
        assert_eq!(sorted.into_vec(), whole);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "a day in two parts")]
    fn a_day_split_over_parts_is_a_bug() {
        let day = |doc| vec![rec("Launch", "2024-05-05", doc, 1)];
        dedup_days(vec![day("a"), day("b")]);
    }
}
