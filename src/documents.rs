//! Paths to documents: files and directories (sorted, recursive), standard
//! input, gzip files and WARC/WET archives, each read only when a worker
//! reaches it, so memory does not grow with the input.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use flate2::bufread::MultiGzDecoder;
use rayon::prelude::*;

use crate::archive::{self, Item, WarcReader};
use crate::input::decode;
use crate::record::Source;

/// The largest WARC record body read as a document (a bigger one is skipped
/// with a warning): the memory one record may take.
pub const DEFAULT_RECORD_CAP: usize = 64 * 1024 * 1024;

/// Large enough for sequential reads, small enough to stay below the
/// allocator's mmap threshold: one buffer per small file must not cost page
/// faults.
const READ_BUFFER: usize = 64 * 1024;

/// The smallest read buffer: enough to tell gzip and WARC from text.
const SNIFF_BYTES: usize = 4096;

/// Where a document's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

/// One input path, with the name its records' `sources` will carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub origin: Origin,
    /// Size on disk, for progress; `None` for standard input.
    pub size: Option<u64>,
}

/// A warning or error about one input, printed as `PATH: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub subject: String,
    pub message: String,
    /// The input failed or lost data: the run exits non-zero.
    pub failure: bool,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = if self.failure { "error" } else { "warning" };
        write!(f, "{level}: {}: {}", self.subject, self.message)
    }
}

/// The document name used for standard input.
pub const STDIN_NAME: &str = "<stdin>";

/// Expands paths into inputs: a directory gives every file below it in
/// sorted order (hidden entries skipped), named relative to it; a file is
/// named by its file name; `-` is standard input. Directories are read on
/// the current rayon pool.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<Diagnostic>) {
    let mut inputs = Vec::new();
    let mut diags = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input {
                name: STDIN_NAME.to_string(),
                origin: Origin::Stdin,
                size: None,
            });
            continue;
        }
        match fs::metadata(path) {
            Err(e) => diags.push(failure(path, &e.to_string())),
            Ok(m) if m.is_dir() => walk(path, path, &mut inputs, &mut diags),
            Ok(m) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                inputs.push(Input {
                    name,
                    origin: Origin::File(path.clone()),
                    size: Some(m.len()),
                });
            }
        }
    }
    (inputs, diags)
}

/// The paths listed one per line in `list` (blank lines skipped).
pub fn read_path_list(list: impl BufRead) -> io::Result<Vec<PathBuf>> {
    list.lines()
        .filter(|l| l.as_ref().map_or(true, |l| !l.trim().is_empty()))
        .map(|l| l.map(|l| PathBuf::from(l.trim_end_matches('\r'))))
        .collect()
}

fn failure(path: &Path, message: &str) -> Diagnostic {
    Diagnostic {
        subject: path.display().to_string(),
        message: message.to_string(),
        failure: true,
    }
}

/// Entries of one directory looked at together on the current rayon pool:
/// few enough that their results stay small (no large buffer is freed
/// mid-run, which would raise glibc's mmap threshold and the peak RSS).
const WALK_CHUNK: usize = 1024;

/// What one directory entry holds.
enum Visit {
    File(Input),
    Dir(Vec<Input>, Vec<Diagnostic>),
    Problem(Diagnostic),
    Hidden,
}

fn walk(root: &Path, dir: &Path, inputs: &mut Vec<Input>, diags: &mut Vec<Diagnostic>) {
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd.collect::<Result<Vec<_>, _>>(),
        Err(e) => Err(e),
    };
    let mut entries = match entries {
        Ok(es) => es,
        Err(e) => return diags.push(failure(dir, &e.to_string())),
    };
    entries.sort_by_key(|e| e.file_name());
    // Each entry costs a system call or a subdirectory's walk: entries are
    // visited on every core, and their results taken in sorted order.
    for chunk in entries.chunks(WALK_CHUNK) {
        let visits: Vec<Visit> = chunk.par_iter().map(|e| visit(root, e)).collect();
        for v in visits {
            match v {
                Visit::File(input) => inputs.push(input),
                Visit::Dir(found, problems) => {
                    inputs.extend(found);
                    diags.extend(problems);
                }
                Visit::Problem(d) => diags.push(d),
                Visit::Hidden => {}
            }
        }
    }
}

fn visit(root: &Path, entry: &fs::DirEntry) -> Visit {
    if entry.file_name().to_string_lossy().starts_with('.') {
        return Visit::Hidden;
    }
    let path = entry.path();
    // Symlinks are followed to files only, so a link cycle cannot recurse forever.
    let is_link = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false);
    match fs::metadata(&path) {
        Err(e) => Visit::Problem(failure(&path, &e.to_string())),
        Ok(m) if m.is_dir() && is_link => Visit::Problem(Diagnostic {
            subject: path.display().to_string(),
            message: "symbolic link to a directory, not followed".to_string(),
            failure: false,
        }),
        Ok(m) if m.is_dir() => {
            let (mut inputs, mut diags) = (Vec::new(), Vec::new());
            walk(root, &path, &mut inputs, &mut diags);
            Visit::Dir(inputs, diags)
        }
        Ok(m) => {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let name = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            Visit::File(Input {
                name,
                origin: Origin::File(path),
                size: Some(m.len()),
            })
        }
    }
}

/// A document to extract: where it came from (its records' source, line
/// unset), its capture date if archived, and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub origin: Source,
    pub captured: Option<NaiveDate>,
    pub text: String,
}

/// What reading an input yields, in input order.
#[derive(Debug)]
pub enum Event {
    Document(Document),
    Diagnostic(Diagnostic),
    /// An archive record of another kind (`warcinfo`, `request`, HTML…), skipped.
    SkippedRecord,
}

/// The events of an archive, read as they are pulled.
pub type Events<'a> = Box<dyn Iterator<Item = Event> + Send + 'a>;

/// An opened input: a plain or gzip file is read at once (its document and
/// any warning about it); an archive streams its records, so memory holds one
/// record at a time.
pub enum Opened<'a> {
    Whole(Vec<Event>),
    Archive(Events<'a>),
}

/// Told the size of every read, so progress moves through a large archive
/// as it is read, not when it ends.
pub type OnRead<'a> = &'a (dyn Fn(u64) + Sync);

/// A file that reports the size of each read.
struct Counted<'a> {
    file: File,
    on_read: OnRead<'a>,
}

impl Read for Counted<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.file.read(buf)?;
        (self.on_read)(n as u64);
        Ok(n)
    }
}

/// Opens one input (`stdin` holds standard input's bytes when it is `-`).
pub fn open<'a>(
    input: &'a Input,
    stdin: &'a [u8],
    record_cap: usize,
    on_read: OnRead<'a>,
) -> Opened<'a> {
    let subject = match &input.origin {
        Origin::Stdin => STDIN_NAME.to_string(),
        Origin::File(p) => p.display().to_string(),
    };
    let reader: Box<dyn BufRead + Send + 'a> = match &input.origin {
        Origin::Stdin => {
            on_read(stdin.len() as u64);
            Box::new(Cursor::new(stdin))
        }
        Origin::File(p) => match File::open(p) {
            // A buffer no larger than the file: the reader zeroes it first.
            Ok(file) => Box::new(BufReader::with_capacity(
                input
                    .size
                    .map_or(READ_BUFFER, |n| usize::try_from(n).unwrap_or(READ_BUFFER))
                    .clamp(SNIFF_BYTES, READ_BUFFER),
                Counted { file, on_read },
            )),
            Err(e) => return one(diagnostic(&subject, &e.to_string(), true)),
        },
    };
    match sniff(reader) {
        Ok(Sniffed::Warc(reader)) => {
            Opened::Archive(Box::new(archive_events(input, subject, reader, record_cap)))
        }
        Ok(Sniffed::Text(mut reader)) => {
            // Sized to the file, and a byte more for read_to_end's probe for the
            // end, so reading never grows and copies the buffer.
            let size = input.size.and_then(|n| usize::try_from(n).ok());
            let mut bytes = Vec::with_capacity(size.unwrap_or_default().saturating_add(1));
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return one(diagnostic(&subject, &e.to_string(), true));
            }
            let (text, problems) = decode(bytes);
            let diag = problems
                .into_iter()
                .map(|p| Event::Diagnostic(diagnostic(&subject, &p.to_string(), p.is_failure())));
            let doc = text.map(|text| {
                Event::Document(Document {
                    origin: Source::new(&input.name, 0),
                    captured: None,
                    text,
                })
            });
            Opened::Whole(diag.into_iter().chain(doc).collect())
        }
        Err(e) => one(diagnostic(&subject, &e.to_string(), true)),
    }
}

fn one<'a>(e: Diagnostic) -> Opened<'a> {
    Opened::Whole(vec![Event::Diagnostic(e)])
}

fn diagnostic(subject: &str, message: &str, failure: bool) -> Diagnostic {
    Diagnostic {
        subject: subject.to_string(),
        message: message.to_string(),
        failure,
    }
}

enum Sniffed<'a> {
    Warc(Box<dyn BufRead + Send + 'a>),
    Text(Box<dyn BufRead + Send + 'a>),
}

/// Gzip is recognized by its magic bytes and unpacked (every member); WARC by
/// its version line, whatever the file's name.
fn sniff<'a>(mut reader: Box<dyn BufRead + Send + 'a>) -> io::Result<Sniffed<'a>> {
    if archive::is_gzip(reader.fill_buf()?) {
        reader = Box::new(BufReader::with_capacity(
            READ_BUFFER,
            MultiGzDecoder::new(reader),
        ));
    }
    Ok(if archive::is_warc(reader.fill_buf()?) {
        Sniffed::Warc(reader)
    } else {
        Sniffed::Text(reader)
    })
}

fn archive_events<'a>(
    input: &'a Input,
    subject: String,
    reader: Box<dyn BufRead + Send + 'a>,
    record_cap: usize,
) -> impl Iterator<Item = Event> + Send + 'a {
    WarcReader::new(reader, record_cap).flat_map(move |item| -> Vec<Event> {
        match item {
            Ok(Item::Document(c)) => {
                let at = format!(
                    "{subject}: record {} ({})",
                    c.ordinal,
                    c.uri.as_deref().unwrap_or("no URI")
                );
                let (text, problems) = decode(c.body);
                let diag = problems
                    .into_iter()
                    .map(|p| Event::Diagnostic(diagnostic(&at, &p.to_string(), p.is_failure())));
                let captured = c
                    .date
                    .as_deref()
                    .and_then(|d| NaiveDate::parse_from_str(d.get(..10)?, "%Y-%m-%d").ok());
                let origin = Source {
                    uri: c.uri.map(Arc::from),
                    captured_at: c.date.map(Arc::from),
                    record_id: c.record_id.map(Arc::from),
                    ..Source::new(&input.name, 0)
                };
                let doc = text.map(|text| {
                    Event::Document(Document {
                        origin,
                        captured,
                        text,
                    })
                });
                diag.into_iter().chain(doc).collect()
            }
            Ok(Item::Skipped { .. }) => vec![Event::SkippedRecord],
            Ok(Item::TooLarge {
                ordinal,
                length,
                cap,
            }) => vec![Event::Diagnostic(diagnostic(
                &subject,
                &format!(
                    "WARC record {ordinal} has {length} bytes, over the {cap}-byte cap: skipped"
                ),
                true,
            ))],
            Err(e) => vec![Event::Diagnostic(diagnostic(
                &subject,
                &e.to_string(),
                true,
            ))],
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::path::PathBuf;

    #[test]
    fn directories_are_walked_sorted_and_relative() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("b")).unwrap();
        fs::write(dir.path().join("b/z.txt"), "x").unwrap();
        fs::write(dir.path().join("a.txt"), "x").unwrap();
        fs::write(dir.path().join(".hidden"), "x").unwrap();
        let (inputs, diags) = collect_inputs(&[dir.path().to_path_buf()]);
        let names: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b/z.txt"]);
        assert!(diags.is_empty());
    }

    #[test]
    fn a_walk_keeps_sorted_order_across_chunks_and_levels() {
        let dir = tempfile::tempdir().unwrap();
        let files =
            |sub: &'static str| (0..WALK_CHUNK + 5).map(move |k| format!("{sub}/{k:05}.txt"));
        for sub in ["m", "c"] {
            fs::create_dir(dir.path().join(sub)).unwrap();
            files(sub).for_each(|f| fs::write(dir.path().join(f), "x").unwrap());
        }
        fs::write(dir.path().join("d.txt"), "x").unwrap();
        let (inputs, diags) = collect_inputs(&[dir.path().to_path_buf()]);
        let names: Vec<String> = inputs.into_iter().map(|i| i.name).collect();
        let expected: Vec<String> = files("c")
            .chain(["d.txt".to_string()])
            .chain(files("m"))
            .collect();
        assert_eq!(names, expected);
        assert!(diags.is_empty());
    }

    #[test]
    fn every_byte_read_is_reported_for_progress() {
        use std::sync::atomic::{AtomicU64, Ordering};
        let dir = tempfile::tempdir().unwrap();
        let body = "Launch, 5 May 2024\n".repeat(20_000);
        let warc = format!(
            "WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        );
        fs::write(dir.path().join("a.warc"), &warc).unwrap();
        fs::write(dir.path().join("b.txt"), "Launch, 5 May 2024\n").unwrap();
        let (inputs, _) = collect_inputs(&[dir.path().to_path_buf()]);
        for input in &inputs {
            let read = AtomicU64::new(0);
            let on_read = |n| {
                read.fetch_add(n, Ordering::Relaxed);
            };
            let documents = match open(input, b"", DEFAULT_RECORD_CAP, &on_read) {
                Opened::Whole(events) => events.len(),
                Opened::Archive(events) => events.count(),
            };
            assert_eq!(documents, 1, "{}", input.name);
            assert_eq!(Some(read.into_inner()), input.size, "{}", input.name);
        }
    }

    #[test]
    fn missing_paths_are_failures() {
        let (inputs, diags) = collect_inputs(&[PathBuf::from("/no/such/docket/path")]);
        assert!(inputs.is_empty());
        assert!(diags[0].failure && diags[0].subject == "/no/such/docket/path");
    }
}
