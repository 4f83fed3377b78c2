//! Documents to output: extract documents on every core as they are read,
//! keep one copy of each distinct record found, dedup at the end, write JSON.
//! Records and diagnostics never depend on the thread count: dedup is
//! independent of arrival order, and diagnostics are sorted by their place
//! in the input.

use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use indicatif::ProgressBar;
use rayon::prelude::*;
use serde::Serialize;

use crate::dedup::{Sorted, dedup_days};
use crate::documents::{self, Diagnostic, Event, Input, Opened};
use crate::extract::extract_page;
use crate::findings::Findings;
use crate::merge::partial_union;
use crate::record::{Record, Source};
use crate::repeats::{Page, PageRecords, Seen};

/// How a run reads its inputs and reports progress.
pub struct Options {
    /// The largest archive record read (see [`documents::DEFAULT_RECORD_CAP`]).
    pub record_cap: usize,
    /// Shown on a terminal; `ProgressBar::hidden()` otherwise.
    pub progress: ProgressBar,
    /// Write partial records (see [`crate::merge`]) instead of deduplicating.
    pub partial: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            record_cap: documents::DEFAULT_RECORD_CAP,
            progress: ProgressBar::hidden(),
            partial: false,
        }
    }
}

/// Counts of one run, for `--stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub documents: usize,
    /// Bytes of document text extracted (after decompression).
    pub bytes: u64,
    /// Records found, before dedup.
    pub records_found: usize,
    /// Records written, after dedup.
    pub records: usize,
    /// Archive records of other kinds, skipped.
    pub skipped_records: usize,
    pub warnings: usize,
    pub errors: usize,
}

/// The result of a run: deduplicated, sorted records, diagnostics in input
/// order, and counts.
pub struct Outcome {
    pub records: Sorted,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

/// Reads, extracts and dedups every input in the current rayon pool.
/// `stdin` holds standard input's bytes when an input is `-`.
pub fn run(inputs: &[Input], stdin: Option<&[u8]>, options: &Options) -> Outcome {
    let shared = Shared {
        findings: Findings::default(),
        seen: Seen::default(),
        shown: Shown {
            bar: &options.progress,
            documents: AtomicUsize::new(0),
            records: AtomicUsize::new(0),
        },
    };
    let stdin = stdin.unwrap_or_default();
    // Each worker reads whole inputs, so files are read on every core; an
    // archive's records are shared out as its reader delivers them.
    let counts = inputs
        .par_iter()
        .enumerate()
        .map(|(k, input)| {
            let step = |mut c: Counts, (j, event): (usize, Event)| {
                c.take((k, j), event, &shared);
                c
            };
            let on_read = |n| shared.shown.bar.inc(n);
            match documents::open(input, stdin, options.record_cap, &on_read) {
                Opened::Whole(events) => {
                    events.into_iter().enumerate().fold(Counts::default(), step)
                }
                Opened::Archive(events) => events
                    .enumerate()
                    .par_bridge()
                    .fold(Counts::default, step)
                    .reduce(Counts::default, Counts::merge),
            }
        })
        .reduce(Counts::default, Counts::merge);
    options.progress.finish_and_clear();
    let mut diagnostics = counts.diagnostics;
    diagnostics.sort_by_key(|(at, _)| *at);
    let diagnostics: Vec<Diagnostic> = diagnostics.into_iter().map(|(_, d)| d).collect();
    let found = shared.findings.into_days();
    let records = if options.partial {
        Sorted::from(partial_union(found.into_iter().flatten()))
    } else {
        dedup_days(found)
    };
    let stats = Stats {
        documents: counts.documents,
        bytes: counts.bytes,
        records_found: counts.found,
        records: records.len(),
        skipped_records: counts.skipped,
        warnings: diagnostics.iter().filter(|d| !d.failure).count(),
        errors: diagnostics.iter().filter(|d| d.failure).count(),
    };
    Outcome {
        records,
        diagnostics,
        stats,
    }
}

/// Where an event stands in the input: the input's index, then the event's.
type At = (usize, usize);

/// What the workers share: the distinct records found, the pages seen, and
/// progress.
struct Shared<'a> {
    findings: Findings,
    seen: Seen,
    shown: Shown<'a>,
}

/// What workers count while they extract, and the diagnostics they meet.
#[derive(Default)]
struct Counts {
    found: usize,
    documents: usize,
    bytes: u64,
    skipped: usize,
    diagnostics: Vec<(At, Diagnostic)>,
}

impl Counts {
    fn take(&mut self, at: At, event: Event, run: &Shared) {
        match event {
            Event::Document(doc) => {
                self.documents += 1;
                self.bytes += doc.text.len() as u64;
                let page = Page::of(&doc.text, doc.captured);
                let found = match run.seen.get(&page) {
                    Some(found) => {
                        for &(held, line) in &found {
                            let source = Source {
                                line,
                                ..doc.origin.clone()
                            };
                            run.findings.add_source(held, source);
                        }
                        found.len()
                    }
                    None => {
                        let records = extract_page(&doc.origin, doc.captured, &doc.text);
                        // Each record comes with the one source where it stands.
                        let found: PageRecords = records
                            .into_iter()
                            .map(|r| {
                                let line = r.sources.first().map_or(0, |s| s.line);
                                (run.findings.insert(r), line)
                            })
                            .collect();
                        let n = found.len();
                        // Pages without records are not remembered: memory
                        // follows records (and their sources), not pages.
                        if n > 0 {
                            run.seen.insert(page, found);
                        }
                        n
                    }
                };
                run.shown.document(found);
                self.found += found;
            }
            Event::Diagnostic(d) => self.diagnostics.push((at, d)),
            Event::SkippedRecord => self.skipped += 1,
        }
    }

    fn merge(mut self, other: Counts) -> Counts {
        self.found += other.found;
        self.documents += other.documents;
        self.bytes += other.bytes;
        self.skipped += other.skipped;
        self.diagnostics.extend(other.diagnostics);
        self
    }
}

/// Progress shared by the workers: the bar's message is refreshed every few
/// hundred documents, not on every one.
struct Shown<'a> {
    bar: &'a ProgressBar,
    documents: AtomicUsize,
    records: AtomicUsize,
}

impl Shown<'_> {
    fn document(&self, records: usize) {
        let n = self.documents.fetch_add(1, Ordering::Relaxed) + 1;
        let r = self.records.fetch_add(records, Ordering::Relaxed) + records;
        if n % 256 == 1 {
            self.bar
                .set_message(format!("{n} documents, {r} records found"));
        }
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    Jsonl,
    /// One pretty-printed JSON array.
    Json,
}

/// Records serialized per parallel task, and tasks per batch: the JSON is
/// built on every core while memory holds two batches at a time.
const RECORDS_PER_TASK: usize = 1024;
const TASKS_PER_BATCH: usize = 16;

/// Writes records in the given format. JSON Lines are serialized in
/// parallel batches, each written while the next one is serialized.
pub fn write_records(records: &Sorted, format: Format, mut w: impl Write + Send) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            let tasks = tasks(records);
            let mut ready: Vec<Vec<u8>> = Vec::new();
            for batch in tasks.chunks(TASKS_PER_BATCH) {
                let (written, next) = rayon::join(
                    || ready.iter().try_for_each(|part| w.write_all(part)),
                    || jsonl_parts(batch),
                );
                written?;
                ready = next;
            }
            ready.iter().try_for_each(|part| w.write_all(part))?;
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut w, records)?;
            w.write_all(b"\n")?;
        }
    }
    w.flush()
}

/// The records in tasks of about [`RECORDS_PER_TASK`], in output order: a
/// task takes whole runs (a day is a few dozen records) until it is full.
fn tasks(records: &Sorted) -> Vec<Vec<&[Record]>> {
    let mut tasks = Vec::new();
    let (mut task, mut size) = (Vec::new(), 0);
    for piece in records.runs().flat_map(|run| run.chunks(RECORDS_PER_TASK)) {
        task.push(piece);
        size += piece.len();
        if size >= RECORDS_PER_TASK {
            tasks.push(std::mem::take(&mut task));
            size = 0;
        }
    }
    if !task.is_empty() {
        tasks.push(task);
    }
    tasks
}

/// One batch as JSON Lines, in parts serialized on every core.
fn jsonl_parts(batch: &[Vec<&[Record]>]) -> Vec<Vec<u8>> {
    batch
        .par_iter()
        .map(|task| {
            let mut buf = Vec::with_capacity(RECORDS_PER_TASK * 700);
            for r in task.iter().copied().flatten() {
                r.write_json_line(&mut buf);
            }
            buf
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Source;

    fn day(date: &str, n: usize) -> Vec<Record> {
        (0..n)
            .map(|k| Record {
                title: format!("Event {k}"),
                start_date: date.to_string(),
                sources: vec![Source::new("a.txt", k + 1)],
                ..Record::default()
            })
            .collect()
    }

    #[test]
    fn runs_are_written_whole_and_in_order() {
        // Days of many sizes, some longer than a task, some shorter.
        let sizes = [3, RECORDS_PER_TASK + 5, 1, 700, 2 * RECORDS_PER_TASK, 40];
        let all: Vec<Record> = (0..sizes.len())
            .flat_map(|d| day(&format!("2024-01-{:02}", d + 1), sizes[d]))
            .collect();
        let mut parts = vec![Vec::new(), Vec::new()];
        for r in all.iter().cloned() {
            let d: usize = r.start_date[8..].parse().unwrap_or_default();
            parts[d % 2].push(r);
        }
        let sorted = crate::dedup::dedup_days(parts);
        let tasks = tasks(&sorted);
        let sizes: Vec<usize> = tasks
            .iter()
            .map(|t| t.iter().map(|p| p.len()).sum())
            .collect();
        let (last, full) = sizes.split_last().expect("tasks");
        assert!(
            full.iter()
                .all(|&n| (RECORDS_PER_TASK..2 * RECORDS_PER_TASK).contains(&n))
        );
        assert!(*last > 0 && *last < 2 * RECORDS_PER_TASK);
        let mut split = Vec::new();
        write_records(&sorted, Format::Jsonl, &mut split).expect("written");
        let mut whole = Vec::new();
        let one = Sorted::from(crate::dedup::dedup(all.clone()));
        write_records(&one, Format::Jsonl, &mut whole).expect("written");
        assert_eq!(split, whole);
        assert_eq!(whole.iter().filter(|&&b| b == b'\n').count(), all.len());
    }
}
