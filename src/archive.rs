//! Reading what archived captures come in: gzip (every member) and WARC/WET
//! archives, streamed record by record with a nom parser for the headers.
//!
//! Every `conversion` record (WET) and every `resource`/`response` record with
//! a plain-text body is a document; other record types are skipped and
//! counted. A record larger than the cap is skipped with a warning, and a
//! truncated last record is reported; nothing stops the other records.

use std::io::{self, BufRead, Read};

use nom::{
    IResult,
    bytes::complete::{tag, take_while, take_while1},
    character::complete::{digit1, space0},
    multi::many0,
    sequence::{terminated, tuple},
};

/// The largest WARC header block read; past it the archive is corrupt.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// True when `head` starts like gzip data.
pub fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// True when `head` starts like a WARC archive.
pub fn is_warc(head: &[u8]) -> bool {
    head.starts_with(b"WARC/")
}

/// A WARC record docket reads as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capture {
    /// 1-based position of the record in its archive.
    pub ordinal: usize,
    pub uri: Option<String>,
    pub date: Option<String>,
    pub record_id: Option<String>,
    pub body: Vec<u8>,
}

/// What one step through an archive found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Document(Capture),
    /// A record of another type, or without a plain-text body.
    Skipped {
        ordinal: usize,
        kind: String,
    },
    /// A record over the size cap; its body was read past, not kept.
    TooLarge {
        ordinal: usize,
        length: u64,
        cap: usize,
    },
}

/// Why reading an archive stopped early.
#[derive(Debug)]
pub enum ArchiveError {
    /// The archive ends inside this record.
    Truncated {
        ordinal: usize,
    },
    /// Not a WARC header where one must start.
    Malformed {
        ordinal: usize,
        reason: String,
    },
    Io(io::Error),
}

impl std::fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ArchiveError::Truncated { ordinal } => write!(f, "WARC record {ordinal} is truncated"),
            ArchiveError::Malformed { ordinal, reason } => {
                write!(f, "WARC record {ordinal}: {reason}")
            }
            ArchiveError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// Streams the records of a WARC archive.
pub struct WarcReader<R> {
    inner: R,
    cap: usize,
    ordinal: usize,
    done: bool,
}

impl<R: BufRead> WarcReader<R> {
    /// Reads records from `inner`, keeping bodies of at most `cap` bytes.
    pub fn new(inner: R, cap: usize) -> Self {
        WarcReader {
            inner,
            cap,
            ordinal: 0,
            done: false,
        }
    }

    fn next_item(&mut self) -> Result<Option<Item>, ArchiveError> {
        let Some(block) = self.header_block()? else {
            return Ok(None);
        };
        self.ordinal += 1;
        let ordinal = self.ordinal;
        let malformed = |reason: &str| ArchiveError::Malformed {
            ordinal,
            reason: reason.to_string(),
        };
        let (_, headers) = warc_headers(&block).map_err(|_| malformed("unreadable header"))?;
        let header = |name: &str| {
            headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name.as_bytes()))
                .map(|(_, v)| String::from_utf8_lossy(v).trim().to_string())
        };
        let length: u64 = header("Content-Length")
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| malformed("no Content-Length"))?;
        if length > self.cap as u64 {
            let skipped = io::copy(&mut (&mut self.inner).take(length), &mut io::sink())
                .map_err(ArchiveError::Io)?;
            if skipped < length {
                return Err(ArchiveError::Truncated { ordinal });
            }
            self.record_end()?;
            return Ok(Some(Item::TooLarge {
                ordinal,
                length,
                cap: self.cap,
            }));
        }
        let mut body = Vec::with_capacity(length as usize);
        (&mut self.inner)
            .take(length)
            .read_to_end(&mut body)
            .map_err(ArchiveError::Io)?;
        if (body.len() as u64) < length {
            return Err(ArchiveError::Truncated { ordinal });
        }
        self.record_end()?;
        let kind = header("WARC-Type").unwrap_or_default();
        let content_type = header("Content-Type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let text = match kind.as_str() {
            "conversion" => Some(body),
            "resource" if content_type.starts_with("text/plain") => Some(body),
            "response" => plain_http_body(body),
            _ => None,
        };
        Ok(Some(match text {
            Some(body) => Item::Document(Capture {
                ordinal,
                uri: header("WARC-Target-URI"),
                date: header("WARC-Date"),
                record_id: header("WARC-Record-ID"),
                body,
            }),
            None => Item::Skipped {
                ordinal,
                kind: if kind.is_empty() {
                    "untyped".into()
                } else {
                    kind
                },
            },
        }))
    }

    /// The header block of the next record, or `None` at the end of the archive.
    fn header_block(&mut self) -> Result<Option<Vec<u8>>, ArchiveError> {
        let mut block = Vec::new();
        loop {
            let start = block.len();
            let n = (&mut self.inner)
                .take((MAX_HEADER_BYTES + 1 - start.min(MAX_HEADER_BYTES)) as u64)
                .read_until(b'\n', &mut block)
                .map_err(ArchiveError::Io)?;
            if n == 0 {
                // End of input: clean between records, truncated inside a header.
                return if block.iter().all(u8::is_ascii_whitespace) {
                    Ok(None)
                } else {
                    Err(ArchiveError::Truncated {
                        ordinal: self.ordinal + 1,
                    })
                };
            }
            let line = &block[start..];
            if line == b"\r\n" || line == b"\n" {
                if block[..start].iter().all(u8::is_ascii_whitespace) {
                    // Blank lines between records.
                    block.clear();
                    continue;
                }
                return Ok(Some(block));
            }
            if block.len() > MAX_HEADER_BYTES {
                return Err(ArchiveError::Malformed {
                    ordinal: self.ordinal + 1,
                    reason: format!("header longer than {MAX_HEADER_BYTES} bytes"),
                });
            }
        }
    }

    /// The CRLF CRLF after a body. Archives written with bare LF, or with
    /// none at the end, are read all the same.
    fn record_end(&mut self) -> Result<(), ArchiveError> {
        loop {
            let buf = self.inner.fill_buf().map_err(ArchiveError::Io)?;
            match buf.first() {
                Some(b'\r' | b'\n') => self.inner.consume(1),
                _ => return Ok(()),
            }
        }
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<Item, ArchiveError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.next_item().transpose();
        if !matches!(item, Some(Ok(_))) {
            self.done = true;
        }
        item
    }
}

// The body of an HTTP response when its Content-Type is text/plain.
fn plain_http_body(body: Vec<u8>) -> Option<Vec<u8>> {
    let split = body
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|k| (k, k + 4))
        .or_else(|| {
            body.windows(2)
                .position(|w| w == b"\n\n")
                .map(|k| (k, k + 2))
        })?;
    let head = String::from_utf8_lossy(&body[..split.0]).to_ascii_lowercase();
    let plain = head.lines().any(|l| {
        l.strip_prefix("content-type:")
            .is_some_and(|v| v.trim().starts_with("text/plain"))
    });
    plain.then(|| body[split.1..].to_vec())
}

fn crlf(i: &[u8]) -> IResult<&[u8], &[u8]> {
    nom::branch::alt((tag("\r\n"), tag("\n")))(i)
}

// Version ::: "WARC/" DIGIT+ "." DIGIT+ CRLF
fn version(i: &[u8]) -> IResult<&[u8], &[u8]> {
    terminated(
        nom::combinator::recognize(tuple((tag("WARC/"), digit1, tag("."), digit1))),
        crlf,
    )(i)
}

/// A header field: name and value, as bytes.
pub type Field<'a> = (&'a [u8], &'a [u8]);

// Field ::: Name ":" OWS Value CRLF
fn field(i: &[u8]) -> IResult<&[u8], Field<'_>> {
    let (i, (name, _, _, value, _)) = tuple((
        take_while1(|c: u8| c.is_ascii_graphic() && c != b':'),
        tag(":"),
        space0,
        take_while(|c: u8| c != b'\r' && c != b'\n'),
        crlf,
    ))(i)?;
    Ok((i, (name, value)))
}

// Headers ::: Version Field* CRLF
/// The named fields of a WARC header block.
///
/// # Example
/// ```
/// let block = b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 5\r\n\r\n";
/// let (_, fields) = docket::archive::warc_headers(block).unwrap();
/// assert_eq!(fields[0], (&b"WARC-Type"[..], &b"conversion"[..]));
/// ```
pub fn warc_headers(i: &[u8]) -> IResult<&[u8], Vec<Field<'_>>> {
    let (i, _) = version(i)?;
    terminated(many0(field), crlf)(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, content_type: &str, body: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: http://example.org/{kind}\r\nWARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{kind}>\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n{body}\r\n\r\n",
            body.len()
        )
    }

    #[test]
    fn reads_documents_and_skips_the_rest() {
        let archive = [
            record("warcinfo", "application/warc-fields", "software: x\r\n"),
            record("conversion", "text/plain", "Page one"),
            record(
                "response",
                "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPage two",
            ),
            record(
                "response",
                "application/http; msgtype=response",
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>",
            ),
        ]
        .concat();
        let items: Vec<Item> = WarcReader::new(archive.as_bytes(), 1 << 20)
            .map(Result::unwrap)
            .collect();
        assert_eq!(items.len(), 4);
        assert!(matches!(&items[0], Item::Skipped { kind, .. } if kind == "warcinfo"));
        let Item::Document(c) = &items[1] else {
            panic!("{:?}", items[1])
        };
        assert_eq!(
            (c.body.as_slice(), c.uri.as_deref()),
            (&b"Page one"[..], Some("http://example.org/conversion"))
        );
        let Item::Document(c) = &items[2] else {
            panic!("{:?}", items[2])
        };
        assert_eq!(c.body, b"Page two");
        assert!(matches!(&items[3], Item::Skipped { .. }));
    }

    #[test]
    fn caps_and_truncation() {
        let big = record("conversion", "text/plain", &"x".repeat(100));
        let small = record("conversion", "text/plain", "ok");
        let archive = format!("{big}{small}");
        let items: Vec<_> = WarcReader::new(archive.as_bytes(), 50).collect();
        assert!(matches!(items[0], Ok(Item::TooLarge { length: 100, .. })));
        assert!(matches!(items[1], Ok(Item::Document(_))));
        let cut = &small[..small.len() - 6];
        let items: Vec<_> = WarcReader::new(cut.as_bytes(), 50).collect();
        assert!(matches!(
            items[0],
            Err(ArchiveError::Truncated { ordinal: 1 })
        ));
        assert_eq!(items.len(), 1);
    }

    #[test]
    fn malformed_headers_stop_the_archive() {
        let items: Vec<_> =
            WarcReader::new(&b"WARC/1.0\r\nno colon here\r\n\r\n"[..], 50).collect();
        assert!(matches!(items[0], Err(ArchiveError::Malformed { .. })));
    }
}
