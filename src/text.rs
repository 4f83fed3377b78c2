//! Text normalization shared by every stage: whitespace folding and the
//! contract's normalized title (the dedup and id key).

use std::borrow::Cow;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// Folds every run of whitespace (NBSP and other Unicode spaces included) to
/// one ASCII space and trims the ends.
///
/// # Example
/// ```
/// assert_eq!(docket::text::fold_ws("20\u{a0}September,\u{a0} 08:30 "), "20 September, 08:30");
/// ```
pub fn fold_ws(s: &str) -> String {
    folded(s).into_owned()
}

/// A page scraped with its HTML character references left in
/// (`12&nbsp;May&nbsp;2024`, `Oceans &amp; Seas`, `10:00&ndash;12:00`), read
/// as the browser showed it: each named reference of `ENTITIES` and each
/// numbered one (`&#8211;`, `&#x2013;`) becomes its character (a line break
/// or other control character stays written out, so every line stays in
/// its place). `None` for a page with none, as most pages are.
///
/// # Example
/// ```
/// let page = "Oceans &amp; Seas, 12&nbsp;May 2024 &#8211; R&D\n";
/// assert_eq!(docket::text::unescaped(page).as_deref(), Some("Oceans & Seas, 12\u{a0}May 2024 – R&D\n"));
/// assert_eq!(docket::text::unescaped("R&D and Q&A; AT&T\n"), None);
/// ```
pub fn unescaped(text: &str) -> Option<String> {
    let mut out: Option<String> = None;
    let mut copied = 0;
    // No reference read holds a `&`, so each `&` after one is its own.
    for amp in memchr::memchr_iter(b'&', text.as_bytes()) {
        let Some((len, c)) = reference(&text[amp + 1..]) else {
            continue;
        };
        let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
        out.push_str(&text[copied..amp]);
        out.push(c);
        copied = amp + 1 + len;
    }
    let mut out = out?;
    out.push_str(&text[copied..]);
    Some(out)
}

/// The character that a reference names, after its `&`, and the bytes it
/// takes up to its `;`.
fn reference(after: &str) -> Option<(usize, char)> {
    let head = &after.as_bytes()[..after.len().min(MAX_REFERENCE_BYTES + 1)];
    let semi = memchr::memchr(b';', head)?;
    let name = &after[..semi];
    let c = match name.strip_prefix('#') {
        Some(number) => {
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control())?
        }
        None => ENTITIES.iter().find(|(n, _)| *n == name)?.1,
    };
    Some((semi + 1, c))
}

/// The longest reference read, `#x1F4C5` or a name, before its `;`.
const MAX_REFERENCE_BYTES: usize = 8;

/// The named references read: spaces, punctuation and the accented letters
/// of names (`Jos&eacute;`).
const ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("eacute", 'é'),
    ("Eacute", 'É'),
    ("egrave", 'è'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ntilde", 'ñ'),
    ("ccedil", 'ç'),
    ("ocirc", 'ô'),
    ("ecirc", 'ê'),
    ("auml", 'ä'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
];

/// A page saved as Markdown, as some scrapers save pages, read as its
/// text: headings without their `#` marks, `**` emphasis marks left out, a
/// link read as its text (`[Register](https://…)` → `Register`) and an
/// image as nothing. Every line stays in its place. `None` for a page with
/// none of these, as most pages are.
///
/// # Example
/// ```
/// let page = "## Launch of the [Report](https://un.org/r)\n**Date:** 5 June 2024\n#Hashtag\n";
/// assert_eq!(docket::text::unmarked(page).as_deref(), Some("Launch of the Report\nDate: 5 June 2024\n#Hashtag\n"));
/// assert_eq!(docket::text::unmarked("#Hashtag\nNo marks (here)\n"), None);
/// ```
pub fn unmarked(text: &str) -> Option<String> {
    let b = text.as_bytes();
    let heading_at = |k: usize| {
        let marks = b[k..].iter().take_while(|&&c| c == b'#').count();
        (1..=6).contains(&marks) && b.get(k + marks) == Some(&b' ')
    };
    let marked = memmem::find(b, b"](").is_some()
        || memmem::find(b, b"**").is_some()
        || heading_at(0)
        || memmem::find_iter(b, b"\n#").any(|k| heading_at(k + 1));
    if !marked {
        return None;
    }
    let text = HEADING_MARKS.replace_all(text, "");
    let text = IMAGE.replace_all(&text, "");
    let text = LINK.replace_all(&text, "$text");
    Some(text.replace("**", ""))
}

static HEADING_MARKS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^#{1,6} +").expect("valid regex"));
// No part of a link spans lines: a line's bracket stays with its line.
static IMAGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"!\[[^\[\]\n]*\]\([^()\n]*\)").expect("valid regex"));
static LINK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[(?<text>[^\[\]\n]*)\]\([^()\n]*\)").expect("valid regex"));

/// A row of a table copied as text, its cells parted by tabs, as the
/// extractor reads cells: parted by ` | `. `None` for a line with fewer than
/// two cells (tabs that only indent it or end it).
///
/// # Example
/// ```
/// use docket::text::tabbed_cells;
/// assert_eq!(tabbed_cells("5 June 2024\tBoard\t Geneva").as_deref(), Some("5 June 2024 | Board | Geneva"));
/// assert_eq!(tabbed_cells("\tIndented prose"), None);
/// ```
pub fn tabbed_cells(line: &str) -> Option<String> {
    joined_cells(line.split('\t'))
}

/// The non-empty cells among `parts`, trimmed and joined by ` | `; `None`
/// for fewer than two.
fn joined_cells<'a>(parts: impl Iterator<Item = &'a str>) -> Option<String> {
    let cells: Vec<&str> = parts.map(str::trim).filter(|c| !c.is_empty()).collect();
    (cells.len() >= 2).then(|| cells.join(" | "))
}

/// A row whose cells are aligned by runs of two or more spaces, as a
/// table or a calendar copied as plain text gives them, with its cells
/// joined by ` | `; `None` for fewer than two cells.
///
/// # Example
/// ```
/// use docket::text::spaced_cells;
/// assert_eq!(spaced_cells("2–6 February  Commission  New York").as_deref(), Some("2–6 February | Commission | New York"));
/// assert_eq!(spaced_cells("  Indented prose"), None);
/// ```
pub fn spaced_cells(line: &str) -> Option<String> {
    // Bytes compared in pairs: a string pattern builds a searcher.
    if !line.trim().as_bytes().windows(2).any(|w| w == b"  ") {
        return None;
    }
    joined_cells(line.split("  ")).map(|row| fold_ws(&row))
}

/// [`fold_ws`] without a copy when the text is already folded, as most
/// lines are (or only has spaces at its ends). Text with no byte that may
/// start a space other than single inner spaces is checked in vectorized
/// passes; text whose only other spaces are NBSPs is cut at them; other
/// text is folded in one pass that jumps from one byte that may start a
/// space to the next and copies only from the first place the folded text
/// differs.
pub fn folded(s: &str) -> Cow<'_, str> {
    let bytes = s.as_bytes();
    match spaces_in(bytes) {
        Spaces::Folded => return Cow::Borrowed(s),
        Spaces::Nbsp => return Cow::Owned(fold_nbsp(s)),
        Spaces::Invisible => {
            let visible: String = s.chars().filter(|c| !INVISIBLE.contains(c)).collect();
            return Cow::Owned(folded(&visible).into_owned());
        }
        Spaces::Other => {}
    }
    // The folded text so far is `s[begin..end]`, until it differs: `out`.
    let (mut begin, mut end) = (None, 0);
    let mut out: Option<String> = None;
    let mut word: Option<usize> = None;
    let mut i = 0;
    while i <= bytes.len() {
        if word.is_some() {
            i += bytes[i..]
                .iter()
                .position(|&b| MAY_SPACE[usize::from(b)])
                .unwrap_or(bytes.len() - i);
        }
        let Some(len) = space_len(&bytes[i..]) else {
            word.get_or_insert(i);
            i += 1;
            continue;
        };
        if let Some(start) = word.take() {
            match (&mut out, begin) {
                (Some(o), _) => {
                    o.push(' ');
                    o.push_str(&s[start..i]);
                }
                (None, None) => (begin, end) = (Some(start), i),
                (None, Some(_)) if start == end + 1 && bytes[end] == b' ' => end = i,
                (None, Some(b)) => {
                    let mut o = String::with_capacity(s.len());
                    o.push_str(&s[b..end]);
                    o.push(' ');
                    o.push_str(&s[start..i]);
                    out = Some(o);
                }
            }
        }
        i += len;
    }
    match out {
        Some(o) => Cow::Owned(o),
        None => Cow::Borrowed(&s[begin.unwrap_or(0)..end]),
    }
}

/// What whitespace a line holds.
enum Spaces {
    /// Only single spaces between words, as most lines.
    Folded,
    /// Single spaces and NBSPs (U+00A0), as a third of the pages' text.
    Nbsp,
    /// Any other whitespace, or spaces in a row or at an end.
    Other,
    /// Characters that show nothing (see [`INVISIBLE`]), whatever else.
    Invisible,
}

/// Characters a page holds but does not show, left out of the folded text
/// as a reader sees it: a soft hyphen (`on\u{ad}line` reads `online`), a
/// zero-width space, a word joiner and a byte-order mark inside the text.
const INVISIBLE: [char; 4] = ['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];

/// Sorts a line by its whitespace. 0xC2, 0xE2 and 0xEF start NBSP, the
/// U+20xx spaces and the invisible characters but also common punctuation
/// (`’`, `–`), so each of those is looked at; the other two passes are
/// comparisons the compiler vectorizes.
fn spaces_in(bytes: &[u8]) -> Spaces {
    let (mut nbsp, mut other) = (false, false);
    for k in memchr::memchr3_iter(0xC2, 0xE2, 0xEF, bytes) {
        match &bytes[k..] {
            [0xC2, 0xA0, ..] => nbsp = true,
            [0xC2, 0xAD, ..]
            | [0xE2, 0x80, 0x8B, ..]
            | [0xE2, 0x81, 0xA0, ..]
            | [0xEF, 0xBB, 0xBF, ..] => return Spaces::Invisible,
            rest if space_len(rest).is_some() => other = true,
            _ => {}
        }
    }
    let rare = bytes.iter().fold(false, |any, &b| {
        any | matches!(b, 0x09..=0x0D | 0xE1 | 0xE3)
    });
    let pairs = bytes.iter().zip(bytes.get(1..).unwrap_or_default());
    let double = pairs.fold(false, |any, (&a, &b)| any | (a == b' ' && b == b' '));
    if other || rare || double || bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        Spaces::Other
    } else if nbsp {
        Spaces::Nbsp
    } else {
        Spaces::Folded
    }
}

/// Folds a line whose only whitespace is NBSPs and single spaces: the text
/// between NBSPs, each piece without the space at its ends, joined by one
/// space. Pieces are found with memchr and copied whole.
fn fold_nbsp(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for piece in s.split('\u{a0}').map(|p| p.trim_matches(' ')) {
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    out
}

/// The bytes a whitespace character can start with (see [`space_len`]).
static MAY_SPACE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = matches!(b, 0x09..=0x0D | 0x20 | 0xC2 | 0xE1..=0xE3);
        b += 1;
    }
    t
};

/// The length of the whitespace character (`char::is_whitespace`) that
/// `b` starts with, if it starts with one; the end of the text counts as one.
fn space_len(b: &[u8]) -> Option<usize> {
    match *b {
        [] => Some(1),
        [b'\t'..=b'\r' | b' ', ..] => Some(1),
        // U+0085, U+00A0
        [0xC2, 0x85 | 0xA0, ..] => Some(2),
        // U+1680; U+2000-200A, U+2028, U+2029, U+202F; U+205F; U+3000
        [0xE1, 0x9A, 0x80, ..]
        | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..]
        | [0xE2, 0x81, 0x9F, ..]
        | [0xE3, 0x80, 0x80, ..] => Some(3),
        _ => None,
    }
}

/// The contract's normalized title: NFKC, hashtags split at case changes,
/// lower case, apostrophes deleted, every run of non-alphanumerics replaced by
/// one space, trimmed.
///
/// # Example
/// ```
/// assert_eq!(
///     docket::text::normalized_title("#DigitalCooperation - Let’s Act!"),
///     "digital cooperation lets act"
/// );
/// ```
pub fn normalized_title(title: &str) -> String {
    // NFKC leaves ASCII as it is, and most titles are ASCII without hashtags:
    // they are read in place, byte by byte. Other titles are most often in
    // NFKC already (`’`, `–`), which a quick check tells without a copy.
    let nfkc: Cow<str> = if title.is_ascii()
        || unicode_normalization::is_nfkc_quick(title.chars())
            == unicode_normalization::IsNormalized::Yes
    {
        Cow::Borrowed(title)
    } else {
        Cow::Owned(title.nfkc().collect())
    };
    let split: Cow<str> = if nfkc.contains('#') {
        Cow::Owned(split_hashtags(&nfkc))
    } else {
        nfkc
    };
    if split.is_ascii() {
        return ascii_words(&split);
    }
    let mut out = String::with_capacity(split.len());
    let mut gap = false;
    for c in split.chars().flat_map(char::to_lowercase) {
        if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            continue;
        }
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out
}

/// [`normalized_title`]'s last steps for ASCII text, byte by byte (most
/// titles): lower case, apostrophes deleted, other runs of non-alphanumerics
/// one space.
fn ascii_words(s: &str) -> String {
    let mut out = Vec::with_capacity(s.len());
    let mut gap = false;
    for b in s.bytes() {
        match b {
            b'\'' => {}
            b if b.is_ascii_alphanumeric() => {
                if gap && !out.is_empty() {
                    out.push(b' ');
                }
                gap = false;
                out.push(b.to_ascii_lowercase());
            }
            _ => gap = true,
        }
    }
    String::from_utf8(out).expect("ASCII bytes are UTF-8")
}

/// A place written in capitals (`GENEVA`, `NEW YORK`, as press-release
/// datelines do) in the case a reader expects; other text is unchanged.
///
/// # Example
/// ```
/// assert_eq!(docket::text::unshout("NEW YORK"), "New York");
/// assert_eq!(docket::text::unshout("The Hague"), "The Hague");
/// assert_eq!(docket::text::unshout("GENEVA/NEW YORK"), "Geneva/New York");
/// assert_eq!(docket::text::unshout("ST. JOHN'S"), "St. John's");
/// ```
pub fn unshout(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    // A letter opens a word after anything but a letter or an apostrophe
    // (`GENEVA/NEW YORK`, `SHARM EL-SHEIKH`, `ST. JOHN'S`).
    let mut out = String::with_capacity(s.len());
    let mut in_word = false;
    for c in s.chars() {
        if in_word && c.is_alphabetic() {
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
        in_word = c.is_alphabetic() || matches!(c, '\'' | '’');
    }
    out
}

/// A dateline's place in the case of a name: each part between commas
/// unshouted, save a short abbreviation (`WASHINGTON, DC` → `Washington, DC`;
/// `NAIROBI, Kenya` → `Nairobi, Kenya`).
///
/// ```
/// assert_eq!(docket::text::unshout_place("Washington, DC"), "Washington, DC");
/// assert_eq!(docket::text::unshout_place("NAIROBI, Kenya"), "Nairobi, Kenya");
/// assert_eq!(docket::text::unshout_place("NEW YORK, USA"), "New York, USA");
/// ```
pub fn unshout_place(place: &str) -> String {
    const MAX_ABBREVIATION: usize = 3;
    place
        .split(", ")
        .map(|part| {
            if part.len() <= MAX_ABBREVIATION {
                part.to_string()
            } else {
                unshout(part)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` holds `part`, ASCII letters in either case.
pub fn contains_ignore_ascii_case(text: &str, part: &str) -> bool {
    // `windows(0)` panics.
    !part.is_empty()
        && text
            .as_bytes()
            .windows(part.len())
            .any(|w| w.eq_ignore_ascii_case(part.as_bytes()))
}

/// The distinct words of a normalized title, sorted.
pub fn title_words(normalized: &str) -> Vec<&str> {
    let mut words: Vec<&str> = normalized.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// `#ChangeTheFace` -> `Change The Face`: a hashtag is one word to a reader
/// but several to the dedup key, so split it where lower case meets upper case.
fn split_hashtags(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut in_tag = false;
    let mut prev_lower = false;
    for c in s.chars() {
        if c == '#' {
            in_tag = true;
            prev_lower = false;
            out.push(' ');
            continue;
        }
        if in_tag {
            if !c.is_alphanumeric() {
                in_tag = false;
            } else if prev_lower && c.is_uppercase() {
                out.push(' ');
            }
        }
        prev_lower = c.is_lowercase();
        out.push(c);
    }
    out
}

/// The lines of `s` as [`str::lines`] gives them (split at `\n`, a `\r`
/// before it dropped, no empty line after a final `\n`), found with memchr's
/// vectorized search: the standard library's looks at a word at a time.
pub fn lines(s: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', s.as_bytes());
    std::iter::from_fn(move || {
        let end = match ends.next() {
            Some(end) => end,
            None if start < s.len() => s.len(),
            None => return None,
        };
        let line = &s[start..end];
        start = end + 1;
        Some(if end < s.len() {
            line.strip_suffix('\r').unwrap_or(line)
        } else {
            line
        })
    })
}

/// `n` (under 100) as two digits: dates, times and offsets are written for
/// every record, without the formatting machinery.
pub fn push_two_digits(out: &mut String, n: u32) {
    out.push(char::from(b'0' + (n / 10 % 10) as u8));
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// The offset of the last ASCII digit in `bytes`. Blocks without one, most
/// of a line of prose, are passed over by a test the compiler vectorizes.
pub fn last_digit(bytes: &[u8]) -> Option<usize> {
    let blocks = bytes.rchunks_exact(32);
    let head = blocks.remainder();
    let mut end = bytes.len();
    for block in blocks {
        end -= 32;
        if block.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            return block.iter().rposition(u8::is_ascii_digit).map(|k| end + k);
        }
    }
    head.iter().rposition(u8::is_ascii_digit)
}

/// A set of ASCII bytes: the first letters or digits a scanner's matches can
/// start with.
#[derive(Debug, Clone, Copy)]
pub struct Firsts([bool; 128]);

impl Firsts {
    pub const fn of(bytes: &[u8]) -> Self {
        let mut set = [false; 128];
        let mut k = 0;
        while k < bytes.len() {
            set[bytes[k] as usize] = true;
            k += 1;
        }
        Firsts(set)
    }

    pub fn contains(&self, b: u8) -> bool {
        b < 128 && self.0[usize::from(b & 127)]
    }
}

/// Byte offsets, from `from` on, of the words that start with one of
/// `firsts` (ASCII letters or digits): positions where such a byte follows a
/// non-alphanumeric character (or the start). Dates and times start only
/// there, so parsers are tried there alone; the scan looks at bytes and
/// decodes a character only before a candidate that follows non-ASCII text.
pub fn word_starts<'a>(
    s: &'a str,
    from: usize,
    firsts: &'a Firsts,
) -> impl Iterator<Item = usize> + 'a {
    let bytes = s.as_bytes();
    // 64 bytes at a time: bit masks of alphanumeric bytes and of wanted
    // first bytes; a start is a wanted byte whose lower neighbour (the byte
    // before) is not alphanumeric. Words that cannot start a match never
    // reach the parsers.
    (from..bytes.len()).step_by(64).flat_map(move |start| {
        // A whole block (the last one padded with spaces) so that the
        // compiler turns the loop into vector compares.
        let mut block = [b' '; 64];
        let end = bytes.len().min(start + 64);
        block[..end - start].copy_from_slice(&bytes[start..end]);
        let alnum = alnum_mask(&block);
        let before = start
            .checked_sub(1)
            .map_or(0, |q| u64::from(bytes[q].is_ascii_alphanumeric()));
        let mut starts = alnum & !(alnum << 1 | before);
        std::iter::from_fn(move || {
            let i = starts.trailing_zeros();
            starts &= starts.wrapping_sub(1);
            (i < 64).then_some(start + i as usize)
        })
        .filter(move |&p| firsts.contains(bytes[p]) && after_word_end(s, p))
    })
}

/// Bit `i` set when `block[i]` is an ASCII letter or digit. One byte of
/// 0 or 1 per input byte (vector compares), then every 8 of them gathered
/// into 8 bits by one multiplication: byte `k` of the product's top byte
/// collects bit `k` from byte `k` of the flags.
fn alnum_mask(block: &[u8; 64]) -> u64 {
    let flags = block.map(|b| u8::from(b.is_ascii_alphanumeric()));
    flags.chunks_exact(8).enumerate().fold(0, |m, (k, eight)| {
        let eight = u64::from_le_bytes(eight.try_into().expect("8 bytes"));
        m | (eight.wrapping_mul(0x0102_0408_1020_4080) >> 56) << (8 * k)
    })
}

/// True unless the character before byte `p` is a letter or digit beyond
/// ASCII (`é` in `éb`): `p` then lies inside a word.
fn after_word_end(s: &str, p: usize) -> bool {
    p == 0
        || s.as_bytes()[p - 1].is_ascii()
        || !s[..p]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// Abbreviations after which a full stop ends no sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Ms", "Mrs", "Dr", "Prof", "St", "No", "Amb", "H.E", "e.g", "i.e", "etc", "vs", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.N", "U.S",
    // An address's street and building (`Av. Boa Esperança`, `Bldg. C`).
    "Av", "Ave", "Blvd", "Rd", "Bldg",
];

/// A full stop after `word` ends no sentence: `word` is an abbreviation
/// (`Mr`, `Sept`, `U.N`, also after a hyphen: `Regis-St. Michael's`) or an
/// initial (`J`), also in capitals (`Remarks by MS. Amina J. Mohammed`).
pub fn stops_no_sentence(word: &str) -> bool {
    let word = memchr::memrchr(b'-', word.as_bytes()).map_or(word, |k| &word[k + 1..]);
    let capitals = || word.bytes().all(|b| b.is_ascii_uppercase());
    ABBREVIATIONS.contains(&word)
        || (capitals() && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word)))
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

/// `52nd`, `38th`: a number written as an ordinal.
pub fn is_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && ["st", "nd", "rd", "th"].contains(&&word[digits..])
}

/// `SC/15678`, `S-237`: capitals, `sep`, then digits, as symbols and room
/// codes are written, each part's length within its bounds.
pub fn is_lettered_number(
    text: &str,
    sep: char,
    letters: RangeInclusive<usize>,
    digits: RangeInclusive<usize>,
) -> bool {
    text.split_once(sep).is_some_and(|(head, number)| {
        letters.contains(&head.len())
            && head.bytes().all(|b| b.is_ascii_uppercase())
            && digits.contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// `http://www.ohchr.org/…`, `www.un.org`: a web address (a listing's link
/// below its item, a paragraph's last word, a place's link to join).
pub fn is_web_address(text: &str) -> bool {
    text.starts_with("http") || text.starts_with("www.")
}

/// A text up to the end of its first sentence: `ECA and ODET. The
/// consultation will gather …` (a field cut short on a scraped page), `UN
/// Headquarters, in New York City. (See access information below.)`. A stop
/// ends it before a capital or a parenthesis, but not after an abbreviation
/// or an initial (`U.N. Women`, `St. Gallen`, `Amb. ZHANG`).
pub fn first_sentence(text: &str) -> &str {
    for (k, _) in text.match_indices(". ") {
        let word = text[..k].rsplit(' ').next().unwrap_or_default();
        let next_opens = text[k + 2..].starts_with(|c: char| c.is_uppercase() || c == '(');
        if next_opens && !word.contains('.') && !stops_no_sentence(word) {
            return &text[..k];
        }
    }
    text
}

/// The largest char boundary of `s` at or below `max`.
pub fn floor_boundary(s: &str, max: usize) -> usize {
    let mut k = max.min(s.len());
    while !s.is_char_boundary(k) {
        k -= 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_ends_with_its_first_sentence() {
        assert_eq!(
            first_sentence("UN Headquarters, in New York City. (See access information below.)"),
            "UN Headquarters, in New York City"
        );
        assert_eq!(first_sentence("Main Hall. Doors open at 9."), "Main Hall");
        assert_eq!(
            first_sentence("ECA and ODET. The consultation will gather"),
            "ECA and ODET"
        );
        // Abbreviations and initials go on.
        for place in [
            "Hotel, St. John's, Antigua",
            "12 Main St. Suite 4",
            "Myriad Crystal Center, Av. Boa Esperança 40101A, Lisbon",
            "Room 4. room B",
            "U.N. Women and UNDP",
            "Regis-St. Michael's Faculty; The Mary Ward Centre",
        ] {
            assert_eq!(first_sentence(place), place);
        }
    }

    #[test]
    fn space_len_knows_every_unicode_space() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let expected = c.is_whitespace().then_some(b.len());
            assert_eq!(space_len(b), expected, "{c:?}");
        }
    }

    #[test]
    fn folded_borrows_when_it_can() {
        assert!(matches!(folded(" a b  "), Cow::Borrowed("a b")));
        assert!(matches!(folded("a  b"), Cow::Owned(_)));
        assert!(matches!(folded("a\u{a0}b"), Cow::Owned(_)));
    }

    #[test]
    fn folds_nbsp_and_runs() {
        assert_eq!(fold_ws("  a\u{a0}\u{a0}b \t c "), "a b c");
        assert_eq!(fold_ws(""), "");
        // The same as splitting at every Unicode space, control bytes kept.
        for s in [
            "\u{2003}é\u{3000}x\r\n",
            "a\u{1}b  c\u{85}",
            "\u{a0}",
            "ü\u{202f}\u{a0} ü",
            "a\u{a0} b \u{a0}c\u{a0}",
            " \u{a0}a\u{a0}\u{a0}b – c\u{85}",
            "a\u{a0}b\u{2009}c",
        ] {
            let words: Vec<&str> = s
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(fold_ws(s), words.join(" "), "{s:?}");
        }
    }

    #[test]
    fn leaves_out_what_a_page_does_not_show() {
        assert_eq!(fold_ws("on\u{ad}line"), "online");
        assert_eq!(
            fold_ws("Launch of the\u{200b} Report"),
            "Launch of the Report"
        );
        assert_eq!(fold_ws("a\u{2060}b\u{feff}\tc\u{a0}d"), "ab c d");
        assert_eq!(fold_ws("\u{200b}"), "");
        // Lead bytes shared with punctuation and other text change nothing.
        assert!(matches!(folded("Let’s – ﬁ ¿"), Cow::Borrowed(_)));
    }

    #[test]
    fn normalizes_titles() {
        assert_eq!(
            normalized_title("Let's future-proof 2030 success"),
            "lets future proof 2030 success"
        );
        assert_eq!(
            normalized_title("Launch of the\u{a0}Coalition (CODES)"),
            "launch of the coalition codes"
        );
        assert_eq!(normalized_title("  ---  "), "");
        assert_eq!(normalized_title("Enestrém"), "enestrém");
        // Compatibility forms still go through NFKC; NFKC text is read as it is.
        assert_eq!(normalized_title("Ｇeneva ﬁnance ½"), "geneva finance 1 2");
        assert_eq!(normalized_title("Women’s Day – 2024"), "womens day 2024");
        assert_eq!(normalized_title("#UNIDOP2021 day"), "unidop2021 day");
    }

    #[test]
    fn word_starts_skip_inner_letters() {
        const ALNUM: Firsts =
            Firsts::of(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        let starts = |s, from| word_starts(s, from, &ALNUM).collect::<Vec<_>>();
        let s = "15-16 Sept. x";
        assert_eq!(starts(s, 0), vec![0, 3, 6, 12]);
        assert_eq!(starts(s, 4), vec![6, 12]);
        // Only ASCII words, and never inside a word that starts with a letter beyond ASCII.
        assert_eq!(starts("Éa 5 éb", 0), vec![4]);
        // Words across the 64-byte blocks the scan works in.
        let long = "ab ".repeat(50);
        let every_third: Vec<usize> = (0..150).step_by(3).collect();
        assert_eq!(starts(&long, 0), every_third);
        assert_eq!(starts(&long, 64).first(), Some(&66));
        assert!(starts(&"a".repeat(130), 1).is_empty());
    }

    #[test]
    fn alnum_mask_marks_letters_and_digits() {
        let mut block = [b' '; 64];
        for (i, b) in block.iter_mut().enumerate() {
            *b = b"a Z9-_@[`{/:\xC3\x80"[i % 14];
        }
        let want = block.iter().enumerate().fold(0u64, |m, (i, b)| {
            m | u64::from(b.is_ascii_alphanumeric()) << i
        });
        assert_eq!(alnum_mask(&block), want);
        assert_eq!(alnum_mask(&[b'x'; 64]), u64::MAX);
    }

    #[test]
    fn last_digit_across_blocks() {
        let digits_at = |s: &str| s.bytes().rposition(|b| b.is_ascii_digit());
        for s in [
            "",
            "no digits",
            "9",
            "a1b",
            &format!("7{}", "x".repeat(100)),
            &format!("{}3{}", "y".repeat(31), "z".repeat(32)),
        ] {
            assert_eq!(last_digit(s.as_bytes()), digits_at(s), "{s:?}");
        }
    }

    #[test]
    fn word_starts_keep_only_wanted_first_bytes() {
        const DIGITS: Firsts = Firsts::of(b"0123456789");
        let s = "on 5 May, 12-13 x7 a9 é3";
        let v: Vec<usize> = word_starts(s, 0, &DIGITS).collect();
        // `12` and `13` start words (after a space and a dash); the `7` of
        // `x7` and the `3` of `é3` do not.
        assert_eq!(v, vec![3, 10, 13]);
    }
}
