//! Documents to output: extract each document in parallel as the stream
//! delivers it, keep one copy of each distinct record found, dedup at the end,
//! write JSON. Records and diagnostics never depend on the thread count:
//! dedup is independent of arrival order, and diagnostics are sorted by their
//! place in the input.

use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};

use indicatif::ProgressBar;
use rayon::iter::{ParallelBridge, ParallelIterator};
use rayon::slice::ParallelSlice;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::dedup::dedup;
use crate::documents::{self, Diagnostic, Event, Input};
use crate::extract::extract_page;
use crate::merge::partial_union;
use crate::record::{Record, Source};

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
    pub records: Vec<Record>,
    pub diagnostics: Vec<Diagnostic>,
    pub stats: Stats,
}

/// Reads, extracts and dedups every input in the current rayon pool.
/// `stdin` holds standard input's bytes when an input is `-`.
pub fn run(inputs: &[Input], stdin: Option<&[u8]>, options: &Options) -> Outcome {
    let shown = Shown {
        bar: &options.progress,
        documents: AtomicUsize::new(0),
        records: AtomicUsize::new(0),
    };
    let collected = documents::events(inputs, stdin, options.record_cap)
        .enumerate()
        .par_bridge()
        .fold(Collector::default, |mut c, (seq, event)| {
            c.take(seq, event, &shown);
            c
        })
        .reduce(Collector::default, Collector::merge);
    options.progress.finish_and_clear();
    let mut diagnostics = collected.diagnostics;
    diagnostics.sort_by_key(|(seq, _)| *seq);
    let diagnostics: Vec<Diagnostic> = diagnostics.into_iter().map(|(_, d)| d).collect();
    let found = collected.records.into_iter().map(|(mut record, sources)| {
        record.sources = sources;
        record
    });
    let records = if options.partial {
        partial_union(found)
    } else {
        dedup(found.collect())
    };
    let stats = Stats {
        documents: collected.documents,
        bytes: collected.bytes,
        records_found: collected.found,
        records: records.len(),
        skipped_records: collected.skipped,
        warnings: diagnostics.iter().filter(|d| !d.failure).count(),
        errors: diagnostics.iter().filter(|d| d.failure).count(),
    };
    Outcome {
        records,
        diagnostics,
        stats,
    }
}

/// One worker's share of a run. A record found again with every field equal
/// (a page captured twice, a teaser and its entry) is kept once with all its
/// sources: dedup merges such copies to the same result, and memory grows
/// with distinct records, not with the input.
#[derive(Default)]
struct Collector {
    records: FxHashMap<Record, Vec<Source>>,
    found: usize,
    documents: usize,
    bytes: u64,
    skipped: usize,
    diagnostics: Vec<(usize, Diagnostic)>,
}

impl Collector {
    fn take(&mut self, seq: usize, event: Event, shown: &Shown) {
        match event {
            Event::Document(doc) => {
                self.documents += 1;
                self.bytes += doc.text.len() as u64;
                let records = extract_page(&doc.origin, doc.captured, &doc.text);
                shown.document(records.len());
                for mut record in records {
                    self.found += 1;
                    let sources = std::mem::take(&mut record.sources);
                    self.records.entry(record).or_default().extend(sources);
                }
            }
            Event::Diagnostic(d) => self.diagnostics.push((seq, d)),
            Event::SkippedRecord => self.skipped += 1,
            Event::InputDone(size) => shown.bar.inc(size),
        }
    }

    fn merge(mut self, other: Collector) -> Collector {
        let (mut big, small) = if self.records.len() >= other.records.len() {
            (std::mem::take(&mut self.records), other.records)
        } else {
            (other.records, std::mem::take(&mut self.records))
        };
        for (record, sources) in small {
            big.entry(record).or_default().extend(sources);
        }
        self.records = big;
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

/// Records serialized per parallel task, and tasks per batch written: the
/// JSON is built on every core while memory holds one batch at a time.
const RECORDS_PER_TASK: usize = 2048;
const TASKS_PER_BATCH: usize = 32;

/// Writes records in the given format.
pub fn write_records(records: &[Record], format: Format, mut w: impl Write) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            for batch in records.chunks(RECORDS_PER_TASK * TASKS_PER_BATCH) {
                let parts: Vec<Vec<u8>> = batch
                    .par_chunks(RECORDS_PER_TASK)
                    .map(|chunk| {
                        let mut buf = Vec::with_capacity(chunk.len() * 700);
                        for r in chunk {
                            serde_json::to_writer(&mut buf, r).expect("records serialize");
                            buf.push(b'\n');
                        }
                        buf
                    })
                    .collect();
                for part in parts {
                    w.write_all(&part)?;
                }
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut w, records)?;
            w.write_all(b"\n")?;
        }
    }
    w.flush()
}
