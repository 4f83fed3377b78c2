//! Inputs to output: collect documents (files, directories, stdin), extract
//! each in parallel, dedup everything, write JSON. Parallel results are
//! collected in input order, so output and diagnostics never depend on the
//! thread count.

use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::dedup::dedup;
use crate::extract::extract;
use crate::input::decode;
use crate::record::Record;

/// Where a document's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    File(PathBuf),
    Stdin,
}

/// One document to extract, with the name its records' `sources` will carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub origin: Origin,
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

/// Expands paths into documents: a directory gives every file below it in
/// sorted order (hidden entries skipped), named relative to it; a file is
/// named by its file name; `-` is standard input.
pub fn collect_inputs(paths: &[PathBuf]) -> (Vec<Input>, Vec<Diagnostic>) {
    let mut inputs = Vec::new();
    let mut diags = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input {
                name: STDIN_NAME.to_string(),
                origin: Origin::Stdin,
            });
            continue;
        }
        match fs::metadata(path) {
            Err(e) => diags.push(failure(path, &e.to_string())),
            Ok(m) if m.is_dir() => walk(path, path, &mut inputs, &mut diags),
            Ok(_) => {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into_owned(),
                );
                inputs.push(Input {
                    name,
                    origin: Origin::File(path.clone()),
                });
            }
        }
    }
    (inputs, diags)
}

fn failure(path: &Path, message: &str) -> Diagnostic {
    Diagnostic {
        subject: path.display().to_string(),
        message: message.to_string(),
        failure: true,
    }
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
    for entry in entries {
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        // Symlinks are followed to files only, so a link cycle cannot recurse forever.
        let is_link = entry.file_type().map(|t| t.is_symlink()).unwrap_or(false);
        match fs::metadata(&path) {
            Err(e) => diags.push(failure(&path, &e.to_string())),
            Ok(m) if m.is_dir() && is_link => diags.push(Diagnostic {
                subject: path.display().to_string(),
                message: "symbolic link to a directory, not followed".to_string(),
                failure: false,
            }),
            Ok(m) if m.is_dir() => walk(root, &path, inputs, diags),
            Ok(_) => {
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                inputs.push(Input {
                    name,
                    origin: Origin::File(path),
                });
            }
        }
    }
}

/// The result of a run: deduplicated, sorted records and every diagnostic in
/// input order.
pub struct Outcome {
    pub records: Vec<Record>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Extracts every input (in the current rayon pool) and dedups the lot.
/// `stdin` holds standard input's bytes when an input is `-`.
pub fn run(inputs: &[Input], stdin: Option<&[u8]>) -> Outcome {
    let per_doc: Vec<(Vec<Record>, Option<Diagnostic>)> = inputs
        .par_iter()
        .map(|input| {
            let bytes = match &input.origin {
                Origin::Stdin => Ok(stdin.unwrap_or_default().to_vec()),
                Origin::File(p) => fs::read(p),
            };
            let subject = match &input.origin {
                Origin::Stdin => STDIN_NAME.to_string(),
                Origin::File(p) => p.display().to_string(),
            };
            let bytes = match bytes {
                Ok(b) => b,
                Err(e) => {
                    return (
                        Vec::new(),
                        Some(Diagnostic {
                            subject,
                            message: e.to_string(),
                            failure: true,
                        }),
                    );
                }
            };
            let (text, problem) = decode(&bytes);
            let diag = problem.map(|p| Diagnostic {
                subject,
                message: p.to_string(),
                failure: p.is_failure(),
            });
            (
                text.map(|t| extract(&input.name, &t)).unwrap_or_default(),
                diag,
            )
        })
        .collect();
    let mut records = Vec::new();
    let mut diagnostics = Vec::new();
    for (rs, d) in per_doc {
        records.extend(rs);
        diagnostics.extend(d);
    }
    Outcome {
        records: dedup(records),
        diagnostics,
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

/// Writes records in the given format.
pub fn write_records(records: &[Record], format: Format, mut w: impl Write) -> io::Result<()> {
    match format {
        Format::Jsonl => {
            for r in records {
                serde_json::to_writer(&mut w, r)?;
                w.write_all(b"\n")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut w, records)?;
            w.write_all(b"\n")?;
        }
    }
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn missing_paths_are_failures() {
        let (inputs, diags) = collect_inputs(&[PathBuf::from("/no/such/docket/path")]);
        assert!(inputs.is_empty());
        assert!(diags[0].failure && diags[0].subject == "/no/such/docket/path");
    }
}
