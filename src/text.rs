//! Text normalization shared by every stage: whitespace folding and the
//! contract's normalized title (the dedup and id key).

use std::borrow::Cow;

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

/// True when `s` has no whitespace but single inner spaces. Each test is one
/// branch-free pass the compiler vectorizes; non-ASCII text (NBSP and other
/// spaces) gets a closer look.
fn is_folded(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    let control = bytes.iter().fold(false, |any, &b| any | (b < 0x20));
    if control || s.contains("  ") {
        return false;
    }
    s.is_ascii() || !s.contains(|c: char| c.is_whitespace() && c != ' ')
}

/// [`fold_ws`] without a copy when the text is already folded, as most
/// lines are.
pub fn folded(s: &str) -> Cow<'_, str> {
    if is_folded(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
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
    // they are read in place, byte by byte.
    let nfkc: Cow<str> = if title.is_ascii() {
        Cow::Borrowed(title)
    } else {
        Cow::Owned(title.nfkc().collect())
    };
    let split: Cow<str> = if nfkc.contains('#') {
        Cow::Owned(split_hashtags(&nfkc))
    } else {
        nfkc
    };
    let mut out = String::with_capacity(split.len());
    let mut gap = false;
    let mut push = |c: char| {
        if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            return;
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
    };
    if split.is_ascii() {
        split
            .bytes()
            .for_each(|b| push(char::from(b.to_ascii_lowercase())));
    } else {
        split.chars().flat_map(char::to_lowercase).for_each(push);
    }
    out
}

/// A place written in capitals (`GENEVA`, `NEW YORK`, as press-release
/// datelines do) in the case a reader expects; other text is unchanged.
///
/// # Example
/// ```
/// assert_eq!(docket::text::unshout("NEW YORK"), "New York");
/// assert_eq!(docket::text::unshout("The Hague"), "The Hague");
/// ```
pub fn unshout(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    s.split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|c| {
                    c.to_uppercase()
                        .chain(cs.flat_map(char::to_lowercase))
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
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

/// Byte offsets, from `from` on, of the words that start with an ASCII letter
/// or digit: positions where such a byte follows a non-alphanumeric character
/// (or the start). Dates and times start only there, so parsers are tried
/// there alone; the scan looks at bytes and decodes a character only before a
/// candidate that follows non-ASCII text.
pub fn word_starts(s: &str, from: usize) -> impl Iterator<Item = usize> + '_ {
    let bytes = s.as_bytes();
    (from..bytes.len()).filter(move |&p| {
        bytes[p].is_ascii_alphanumeric()
            && match p.checked_sub(1).map(|q| bytes[q]) {
                None => true,
                Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
                Some(_) => !s[..p]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric),
            }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_nbsp_and_runs() {
        assert_eq!(fold_ws("  a\u{a0}\u{a0}b \t c "), "a b c");
        assert_eq!(fold_ws(""), "");
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
        assert_eq!(normalized_title("#UNIDOP2021 day"), "unidop2021 day");
    }

    #[test]
    fn word_starts_skip_inner_letters() {
        let s = "15-16 Sept. x";
        let v: Vec<usize> = word_starts(s, 0).collect();
        assert_eq!(v, vec![0, 3, 6, 12]);
        assert_eq!(word_starts(s, 4).collect::<Vec<_>>(), vec![6, 12]);
        // Only ASCII words, and never inside a word that starts with a letter beyond ASCII.
        assert_eq!(word_starts("Éa 5 éb", 0).collect::<Vec<_>>(), vec![4]);
    }
}
