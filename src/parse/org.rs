//! Organizer headers: `(organizer: X)`, `(organizers: A, B and C)`, and the
//! phrases `hosted by`, `organized by`, `jointly led by` in running text.
//! Lists are split per the contract: at commas and at the ` and ` that joins
//! the last two items, never inside a name; entities after `in partnership
//! with` / `with (the) support of` are partners, and so are those after `in
//! collaboration with` and its kin, which the contract does not name.

use std::ops::Range;

use super::ascii_no_case;
use nom::{
    IResult,
    branch::alt,
    character::complete::{char, space0},
    combinator::{opt, recognize},
    sequence::tuple,
};
use regex::Regex;
use std::sync::LazyLock;

/// Organizers and partners of one happening, in the order written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Orgs {
    pub organizers: Vec<String>,
    pub partners: Vec<String>,
}

impl Orgs {
    /// No organizer and no partner named.
    pub fn is_empty(&self) -> bool {
        self.organizers.is_empty() && self.partners.is_empty()
    }
}

// OrgLabel ::: ("(" | "[") ["lead " | "co-"]
//              ("organizer" | "organiser" | "host" | "convener" | "convenor"
//               | "organizadores" | "organizador" | "organisateur") ["s" | "(s)"] ":"
//              (French and Spanish too: `(organizador: CEPAL)`)
fn org_label(i: &str) -> IResult<&str, &str> {
    recognize(tuple((
        alt((char('('), char('['))),
        space0,
        opt(alt((ascii_no_case("lead "), ascii_no_case("co-")))),
        alt((
            ascii_no_case("organizer"),
            ascii_no_case("organiser"),
            ascii_no_case("host"),
            ascii_no_case("convener"),
            ascii_no_case("convenor"),
            ascii_no_case("organizadores"),
            ascii_no_case("organizador"),
            ascii_no_case("organisateur"),
        )),
        opt(alt((ascii_no_case("(s)"), ascii_no_case("s")))),
        space0,
        char(':'),
    )))(i)
}

/// The first `(organizer: …)` parenthesis in `s`: its byte range and the list
/// inside it. Inner parentheses (`Initiative (GeSI)`) are kept balanced.
pub fn find_org_paren(s: &str) -> Option<(Range<usize>, &str)> {
    // Every label ends with a colon and names `organizer`, `host` or
    // `convener`, maybe after `co-` or `lead`:
    // most lines fail these tests and never reach the case-blind grammar.
    memchr::memchr(b':', s.as_bytes())?;
    memchr::memchr2_iter(b'(', b'[', s.as_bytes()).find_map(|p| {
        let word = s[p + 1..].trim_start_matches([' ', '\t']);
        if !word.starts_with(['o', 'O', 'c', 'C', 'h', 'H', 'l', 'L']) {
            return None;
        }
        let (rest, _) = org_label(&s[p..]).ok()?;
        let body_start = s.len() - rest.len();
        let close = if s.as_bytes()[p] == b'[' {
            rest.find(']')
        } else {
            unmatched_close(rest)
        };
        Some(match close {
            Some(k) => (p..body_start + k + 1, rest[..k].trim()),
            // Unclosed: the list runs to the end of the line.
            None => (p..s.len(), rest.trim()),
        })
    })
}

/// The note after a name's `(organizer: …)` parenthesis at `paren` (see
/// [`find_org_paren`]), past its separator: `Digital Conference
/// (organizer: UNEP), Conference Room 4` gives `Conference Room 4`. The
/// name ends at its organizers; `None` when no name stands before them or
/// no separator follows them.
pub fn note_after_org_paren(s: &str, paren: Range<usize>) -> Option<&str> {
    let after = s[paren.end..].trim_start();
    let note = after.strip_prefix([',', ';', '-', '–', '—', '|'])?;
    (!s[..paren.start].trim().is_empty()).then(|| note.trim())
}

/// `organized by`, `co-hosted by`, `organized and convened by`: the verbs
/// that say who organizes, one or two of them.
static ORG_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:(?:co-|jointly )?(?:hosted|organi[sz]ed|convened)",
        r"(?: and (?:co-)?(?:hosted|organi[sz]ed|convened))?(?: jointly)?|jointly led) by(?::\s*|\s+)",
    ))
    .expect("valid regex")
});

/// `s` before the organizer phrase in it: `Conference Room 6 (organized by
/// the Group of Friends)` is a place, then who organizes.
pub fn before_org_phrase(s: &str) -> &str {
    if !s.contains(" by") {
        return s;
    }
    match ORG_VERB.find(s) {
        Some(m) => s[..m.start()].trim_end_matches([' ', '(', ',', ';', '-', '–', '—']),
        None => s,
    }
}

/// Where an organizer list in running text stops: a sentence stop, a dash,
/// the date or time that follows it (`… by UNDP on 5 May`, `… by UNDP, 7
/// March`), the place it is held at (`… by UNESCO at its headquarters`,
/// `… in the Palais`; a name goes on before a capital: `United Nations
/// Office at Geneva`), or the verb of the sentence it is the subject's tail of (`An
/// event co-organized by UN-Habitat will take place …`, `… by ITU and UNDP
/// and will be held …`).
static CLAUSE_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        concat!(
        r"[.;?!–—]|,?\s(?:on|from|between|at)\s+(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|,\s*\d",
        // `… by UNEP in Jakarta, Indonesia, on October 30–31`: a date, its
        // month first.
        r"|,?\s(?:on|from|between)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d",
        r"|,?\s(?:at|in)\s+(?:the|its|their|a|an)\s",
        // `hosted by UN City agencies in November`: when, not who.
        r"|,?\sin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?-u:\b)",
        r"|,?\s(?:and\s+)?(?:co-|jointly )?(?:hosted|organi[sz]ed|convened|led) by(?-u:\b)",
        r"|,?\s(?:and\s+)?(?:{auxiliaries})(?-u:\b)",
        // `… by UNDRR and Switzerland on the theme of …`: what, not who.
        r"|,?\s(?:on|under)\s+the\s+(?:theme|occasion|sidelines|margins|topic)(?-u:\b)",
        // `… organized by UNEP on the future of oceans`: what it is on, in
        // lower case (a name's words after `on` have capitals: `Committee on
        // the Rights of the Child`).
        r"|\son\s+[a-z]",
        ),
        auxiliaries = AUXILIARIES.join("|")
    ))
    .expect("valid regex")
});

/// `the Environment` after `on`: a name's words, with their capitals.
fn names_after_the(after_on: &str) -> bool {
    after_on
        .strip_prefix("the ")
        .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase()))
}

/// The words that head a name whose remit follows `on` in lower case
/// (`Special Rapporteur on the right to food`, `Working Group on the use of
/// mercenaries`).
const MANDATES: [&str; 8] = [
    "Rapporteur",
    "Group",
    "Committee",
    "Commission",
    "Panel",
    "Envoy",
    "Expert",
    "Experts",
];

/// The verbs a sentence's subject runs into (`… by UN-Habitat will take
/// place`): where an organizer list in running text ends.
const AUXILIARIES: [&str; 10] = [
    "will", "is", "are", "was", "were", "has", "have", "had", "would", "shall",
];

/// The lists after every `hosted by` / `organized by` / `jointly led by` in
/// running text. Each ends at its clause's end: a sentence stop, a semicolon,
/// the next such verb (`… UNCTAD and co-hosted by …`), or the first comma-item
/// that starts lower-case (`…(UNDP), released its report`).
pub fn find_org_phrases(s: &str) -> Vec<&str> {
    if !has_by(s) {
        return Vec::new();
    }
    ORG_VERB
        .find_iter(s)
        .filter_map(|m| {
            let list = list_after(&s[m.end()..])?;
            Some(if opens_sentence(&s[..m.start()]) {
                before_subject(list, &s[m.end() + list.len()..])
            } else {
                list
            })
        })
        .collect()
}

/// Nothing but a finished sentence stands before the cue.
fn opens_sentence(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':'])
}

/// `Co-hosted by Kenya and Portugal, the UN Ocean Conference will be held
/// …`: a list that opens its sentence and runs into the sentence's verb
/// ends at its last comma, where the sentence's subject starts.
fn before_subject<'a>(list: &'a str, after: &str) -> &'a str {
    let verb = after
        .trim_start_matches([',', ' '])
        .split(' ')
        .next()
        .is_some_and(|w| AUXILIARIES.contains(&w));
    match list.rfind(", ") {
        Some(k) if verb => &list[..k],
        _ => list,
    }
}

/// The entity list that opens `tail` (the text after an organizer or partner
/// cue), up to its clause's end; None when it names no entity.
fn list_after(tail: &str) -> Option<&str> {
    // A stop after an abbreviation or an initial (`Amb. ZHANG Jun`, `U.N.
    // Women`) ends no clause.
    let clause_end = |from: usize| {
        let mut at = from;
        while let Some(m) = CLAUSE_END.find(&tail[at..]) {
            let k = at + m.start();
            let word = tail[..k].rsplit(' ').next().unwrap_or_default();
            let next = match m.as_str() {
                "." if crate::text::stops_no_sentence(word)
                    || tail[k + 1..].starts_with(|c: char| c.is_alphanumeric()) =>
                {
                    Some(k + 1)
                }
                // `Special Rapporteur on the right to food`: a mandate's
                // name goes on in lower case.
                // A verb's `on` (`… Day 2025 focuses on ending …`) is the
                // sentence's, whose verb ends the list below.
                on if on.starts_with(" on")
                    && (MANDATES.contains(&word)
                        || names_after_the(&tail[k + on.len() - 1..])
                        || !word
                            .trim_start_matches(['(', '"', '“'])
                            .starts_with(|c: char| c.is_uppercase())) =>
                {
                    Some(k + on.len())
                }
                // `ITU – the UN specialized agency for ICT –, UNESCO`: an
                // aside between dashes, the list going on after it.
                dash @ ("–" | "—") => {
                    aside_end(&tail[at + m.end()..], dash).map(|e| at + m.end() + e)
                }
                _ => None,
            };
            match next {
                Some(n) => at = n,
                None => return k,
            }
        }
        tail.len()
    };
    // `hosted by the UK in partnership with UN75 and Project Everyone -
    // offers …`: a spaced hyphen closes the aside the list stands in (one
    // inside a parenthesis, `(For information - non-GA meeting)`, does not).
    let mut end = clause_end(0);
    end = dash_outside_parentheses(&tail[..end]).unwrap_or(end);
    // `co-organized by Portugal and Kenya; supported by UN-Oceans`:
    // partners after a semicolon go on with the list.
    if tail[end..].starts_with(';')
        && let Some(cue) = PARTNER_CUE.find(&tail[end..]).filter(|c| c.start() == 0)
    {
        end = clause_end(end + cue.end());
    }
    // `(organized by UN-Habitat and UNDP)`: the parenthesis closes the list.
    let end = unmatched_close(tail).map_or(end, |k| k.min(end));
    let clause = &tail[..end];
    let clause = &clause[..place_after_list(clause).unwrap_or(clause.len())];
    let mut kept = 0;
    for item in split_top_level(clause, ',') {
        let t = item.trim();
        let first = t.split(' ').next().unwrap_or("");
        // `the United Nations`, `our Geneva Platform`, but not `the
        // webinar will …`.
        let the_name = DETERMINERS
            .iter()
            .find_map(|d| t.strip_prefix(d))
            .is_some_and(|n| n.starts_with(|c: char| !c.is_lowercase()));
        let cue = [
            "in partnership with",
            "in collaboration with",
            "in cooperation with",
            "in association with",
            "with ",
        ]
        .iter()
        .chain(&CO_ORGANIZER_CUES)
        .any(|c| t.starts_with(c));
        let starts_name = first.chars().next().is_some_and(|c| !c.is_lowercase())
            || the_name
            || first == "and"
            || cue;
        // `Hosted by Korea, World Environment Day 2025 focuses on
        // ending plastic pollution`: the sentence goes on after the
        // list, and a name has few lower-case words but particles.
        // Partners after a cue are read apart (`ITU in partnership with 40
        // UN sister agencies`): only the words before it count.
        let head = PARTNER_CUE.find(t).map_or(t, |m| &t[..m.start()]);
        let head = without_aside(head);
        let prose = head
            .split(' ')
            .filter(|w| w.starts_with(char::is_lowercase) && !PARTICLES.contains(w))
            .count()
            >= 3;
        if !starts_name || (prose && !cue) {
            break;
        }
        kept = item_end(clause, item);
    }
    let list = clause[..kept].trim();
    (!list.is_empty()).then_some(list)
}

/// Where ` in Vienna` (` in Paris, France`) closes a list: `hosted by UNIDO
/// in Vienna` says where, while an office's or a mission's place is part of
/// its name (`UNESCO Office in Bangkok`, `Permanent Mission of Kenya in
/// Nairobi`).
fn place_after_list(clause: &str) -> Option<usize> {
    const OFFICES: [&str; 9] = [
        "Office",
        "Mission",
        "Embassy",
        "Centre",
        "Center",
        "Bureau",
        "Delegation",
        "Consulate",
        "Representation",
    ];
    memchr::memmem::find_iter(clause.as_bytes(), b" in ").find(|&k| {
        let name = clause[..k].rsplit([',', ';']).next().unwrap_or_default();
        crate::places::only_places(&clause[k + 4..])
            && !name.split(' ').any(|w| OFFICES.contains(&w))
    })
}

/// Lower-case words inside names (`Permanent Mission of Norway to the United
/// Nations`, `Organisation internationale de la Francophonie`).
const PARTICLES: &[&str] = &[
    "of", "for", "and", "the", "on", "in", "to", "at", "de", "des", "du", "la", "le", "et", "y",
    "del",
];

/// The byte offset of the first `)` in `s` that closes a parenthesis opened
/// before it.
/// Where the first spaced hyphen (` - `) outside parentheses stands.
fn dash_outside_parentheses(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut depth = 0u32;
    for k in 0..b.len() {
        match b[k] {
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b' ' if depth == 0 && b[k..].starts_with(b" - ") => return Some(k),
            _ => {}
        }
    }
    None
}

pub(crate) fn unmatched_close(s: &str) -> Option<usize> {
    let mut depth = 0i32;
    for (k, b) in s.bytes().enumerate() {
        match b {
            b'(' => depth += 1,
            b')' if depth == 0 => return Some(k),
            b')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Where the parenthesis that closes `s` opens, when it says who organizes
/// (`(organizer: ITU)`, `(organized by ODET and UNICEF)`): `… 16–20 June
/// 2026, New York (organized by …)` names the place before it.
pub fn closing_org_paren(s: &str) -> Option<usize> {
    let s = s.trim_end();
    if !s.ends_with(')') {
        return None;
    }
    // The `(` that the last `)` closes, inner parentheses (`(GeSI)`) skipped.
    let last = s.len() - 1;
    let open = memchr::memrchr_iter(b'(', s.as_bytes())
        .find(|&k| unmatched_close(&s[k + 1..]).map(|c| k + 1 + c) == Some(last))?;
    let paren = &s[open..];
    let labeled = find_org_paren(paren).is_some_and(|(r, _)| r.start == 0);
    (labeled || opens_with_org_phrase(&paren[1..])).then_some(open)
}

/// True when `text` opens with `organized by`, `hosted by` or the like: a
/// parenthesis of such text names organizers, as `(organizer: …)` does.
pub fn opens_with_org_phrase(text: &str) -> bool {
    ORG_VERB.find(text).is_some_and(|m| m.start() == 0)
}

/// Every organizer phrase ends in `by`: most text has none, and skips the
/// regex.
fn has_by(s: &str) -> bool {
    s.as_bytes()
        .windows(2)
        .any(|w| w[0] | 0x20 == b'b' && w[1] | 0x20 == b'y')
}

/// Where a title's trailing organizer clause starts (`Ocean finance, organized
/// by UNEP`, `Ocean finance – hosted by UNEP`): after a comma or dash, it
/// names organizers as a parenthesis does. A clause without one (`Dialogue
/// hosted by UNEP`) is part of the name as written, but for a name in
/// capitals that the clause does not share (`HEARING OF THE NETWORK
/// Organized by UNODC`, a card's field run into its title).
pub fn trailing_org_clause(title: &str) -> Option<usize> {
    if !has_by(title) {
        return None;
    }
    ORG_VERB.find_iter(title).find_map(|m| {
        let before = &title[..m.start()];
        let shouted = || {
            title[m.start()..].starts_with(|c: char| c.is_ascii_uppercase())
                && title[m.start()..m.end()]
                    .bytes()
                    .any(|b| b.is_ascii_lowercase())
                && before.ends_with(' ')
                && before.bytes().any(|b| b.is_ascii_uppercase())
                && !before.bytes().any(|b| b.is_ascii_lowercase())
        };
        [", ", " - ", " – ", " — "]
            .iter()
            .find_map(|sep| before.strip_suffix(sep))
            .or_else(|| shouted().then(|| before.trim_end()))
            .map(str::len)
    })
}

/// Organizers and partners named in a header or sentence: an `(organizer: …)`
/// parenthesis, else every `hosted by …`-style phrase, names kept once each.
///
/// # Example
/// ```
/// let s = "took place in Geneva, co-organized by ITU, UNESCO and UNDP and co-hosted by ITU and the Swiss Confederation.";
/// let o = docket::parse::org::organizers_in(s);
/// assert_eq!(o.organizers, ["ITU", "UNESCO", "UNDP", "Swiss Confederation"]);
/// ```
pub fn organizers_in(text: &str) -> Orgs {
    if let Some((_, list)) = find_org_paren(text) {
        return split_list(list);
    }
    let mut all = Orgs::default();
    let phrases = find_org_phrases(text);
    if phrases.is_empty() {
        // `UNDP, in partnership with the Government of Japan, will hold …`:
        // no organizer is named by the contract's verbs, but the partners are.
        for list in PARTNER_CUE
            .find_iter(text)
            .filter_map(|m| list_after(&text[m.end()..]))
        {
            for name in names(list) {
                if !all.partners.contains(&name) {
                    all.partners.push(name);
                }
            }
        }
        return all;
    }
    for o in phrases.into_iter().map(split_list) {
        for name in o.organizers {
            if !all.organizers.contains(&name) {
                all.organizers.push(name);
            }
        }
        for name in o.partners {
            if !all.partners.contains(&name) {
                all.partners.push(name);
            }
        }
    }
    all
}

/// Byte offset in `whole` just past `part` (a sub-slice of it).
fn item_end(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize + part.len()
}

/// Splits at `sep` outside parentheses.
fn split_top_level(s: &str, sep: char) -> Vec<&str> {
    split_outside(s, sep, &[])
}

/// Splits at `sep` outside parentheses and outside the byte ranges `keep`.
fn split_outside<'a>(s: &'a str, sep: char, keep: &[Range<usize>]) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (k, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if c == sep && depth <= 0 && !keep.iter().any(|r| r.contains(&k)) => {
                parts.push(&s[start..k]);
                start = k + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// A second organizer field on the line (`. Co-organizers: …`, `; Co-hosts:
/// …`), or a second verb that says who organizes (`Organized by ITU and
/// hosted by the Uganda Communications Commission`), whose names go on
/// with the list.
static ORG_FIELD_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)[.;|]\s*(?:(?:co-)?organi[sz]ers?|co-hosts?)\s*:\s*",
        r"|(?:,|\s+and)\s+(?:co-|jointly )?(?:hosted|organi[sz]ed|convened) by\s+(?:the\s+)?",
    ))
    .expect("valid regex")
});

/// Another card field after the list (`; co-sponsors: Estonia`), which
/// ends it.
static OTHER_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[;|]\s*[a-z][a-z-]*(?: [a-z-]+){0,2}\s*:").expect("valid regex")
});

/// The cues of partners on French and Spanish pages, read in partner lists
/// here and in partner fields (`segment`'s labels) alike.
macro_rules! foreign_partner_cues {
    () => {
        "en partenariat avec|avec le soutien de|en colaboración con|con el apoyo de"
    };
}
pub(crate) use foreign_partner_cues;

static PARTNER_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        concat!(
            r"(?i)(?:[,;|]\s*)?(?-u:\b)(?:(?:in (?:partnership|collaboration|cooperation|association) with|with (?:the )?(?:(?:financial )?support|contribution|funding) (?:of|from)|supported by|",
            foreign_partner_cues!(),
            r")(?:\s*:)?\s+|partners?\s*:\s*)",
        ),
    )
    .expect("valid regex")
});
static LIST_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i),?\s(?:on behalf of|on assignment from|with the participation of)(?-u:\b)")
        .expect("valid regex")
});

/// True for a cell that only lists entities: acronyms (`UNEP, FAO`,
/// `UN-Habitat and ITU`), permanent missions and governments.
pub fn lists_entities(cell: &str) -> bool {
    let entity = |name: &str| {
        let upper = name.bytes().filter(u8::is_ascii_uppercase).count();
        (!name.contains(' ') && upper >= 2 && name.starts_with(|c: char| c.is_ascii_uppercase()))
            || ["Permanent Mission of ", "Government of ", "Mission of "]
                .iter()
                .any(|p| name.starts_with(p))
    };
    !cell.is_empty()
        && cell
            .split(", ")
            .flat_map(|part| part.split(" and "))
            .all(|name| entity(name.trim()))
}

/// Splits an organizer list into organizers and partners.
///
/// # Example
/// ```
/// let o = docket::parse::org::split_list("Devex, in partnership with the American Association of Retired Persons");
/// assert_eq!(o.organizers, ["Devex"]);
/// assert_eq!(o.partners, ["American Association of Retired Persons"]);
/// let o = docket::parse::org::split_list("UN Women | Partners: Data2X, Open Data Watch");
/// assert_eq!(o.partners, ["Data2X", "Open Data Watch"]);
/// let o = docket::parse::org::split_list("UNEP; supported by UN-Oceans");
/// assert_eq!((o.organizers, o.partners), (vec!["UNEP".to_string()], vec!["UN-Oceans".to_string()]));
/// let o = docket::parse::org::split_list("Internet Society. Co-organizers: APNIC, RIPE NCC");
/// assert_eq!(o.organizers, ["Internet Society", "APNIC", "RIPE NCC"]);
/// let o = docket::parse::org::split_list("ITU and hosted by the Uganda Communications Commission");
/// assert_eq!(o.organizers, ["ITU", "Uganda Communications Commission"]);
/// let o = docket::parse::org::split_list("l’UIT, le PNUD et l’UNESCO");
/// assert_eq!(o.organizers, ["UIT", "PNUD", "UNESCO"]);
/// let o = docket::parse::org::split_list("la CEPAL y el PNUD, en colaboración con la UIT");
/// assert_eq!((o.organizers, o.partners), (vec!["CEPAL".to_string(), "PNUD".to_string()], vec!["UIT".to_string()]));
/// let o = docket::parse::org::split_list("le Secrétariat du FGI et l’UIT");
/// assert_eq!(o.organizers, ["Secrétariat du FGI", "UIT"]);
/// let o = docket::parse::org::split_list("le Ministère de l’Europe et des Affaires étrangères");
/// assert_eq!(o.organizers, ["Ministère de l’Europe et des Affaires étrangères"]);
/// let o = docket::parse::org::split_list("Permanent Mission of Japan; Co-hosts: UNDP, OECD");
/// assert_eq!(o.organizers, ["Permanent Mission of Japan", "UNDP", "OECD"]);
/// let o = docket::parse::org::split_list("ECA and ODET. The consultation will gather");
/// assert_eq!(o.organizers, ["ECA", "ODET"]);
/// let o = docket::parse::org::split_list("UNDP, with funding from the European Union");
/// assert_eq!((o.organizers, o.partners), (vec!["UNDP".to_string()], vec!["European Union".to_string()]));
/// let o = docket::parse::org::split_list("Stakeholder Forum on assignment from UNEP");
/// assert_eq!((o.organizers, o.partners.len()), (vec!["Stakeholder Forum".to_string()], 0));
/// ```
pub fn split_list(list: &str) -> Orgs {
    // `Internet Society. Co-organizers: APNIC, RIPE NCC`: a second organizer
    // field on the line goes on with the list.
    if let Some(m) = ORG_FIELD_INSIDE.find(list) {
        let mut orgs = split_list(&list[..m.start()]);
        let more = split_list(&list[m.end()..]);
        for name in more.organizers {
            if !orgs.organizers.contains(&name) {
                orgs.organizers.push(name);
            }
        }
        orgs.partners.extend(more.partners);
        return orgs;
    }
    // `ECA and ODET. The consultation will gather …` (a field cut short on
    // a scraped page): the list ends with its sentence.
    let list = crate::text::first_sentence(list);
    // `Stakeholder Forum on assignment from UNEP`, `UNDP on behalf of the UN
    // system`, `UNESCO with the participation of UNICEF`: who the
    // organizers act for or are joined by neither organizes nor partners.
    let list = LIST_END.find(list).map_or(list, |m| &list[..m.start()]);
    // `OSET and UNDP; co-sponsors: Estonia`: a field other than the
    // partners' ends the list (co-sponsoring names no organizer).
    let list = OTHER_FIELD
        .find_iter(list)
        .find(|m| {
            PARTNER_CUE
                .find(&list[m.start()..])
                .is_none_or(|p| p.start() > 0)
        })
        .map_or(list, |m| &list[..m.start()]);
    match PARTNER_CUE.find(list) {
        // `… in partnership with France and with the support of Microsoft`:
        // each cue opens more partners.
        Some(m) => Orgs {
            organizers: names(&list[..m.start()]),
            partners: PARTNER_CUE
                .split(&list[m.end()..])
                .flat_map(|part| {
                    let part = part.trim_end();
                    names(part.strip_suffix(" and").unwrap_or(part))
                })
                .collect(),
        },
        None => Orgs {
            organizers: names(list),
            partners: Vec::new(),
        },
    }
}

/// The parts of official names that hold a comma and an ` and `, which a
/// list must not split there ("never inside a name"), matched in any case.
static LISTS_IN_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        "(?i)",
        // United Nations Educational, Scientific and Cultural Organization (UNESCO)
        "educational, scientific and cultural organi",
        // Office of the High Representative for the Least Developed Countries,
        // Landlocked Developing Countries and Small Island Developing States
        "|least developed countries, landlocked developing countries and small island developing states",
        // A ministry of several portfolios: `Ministry of Cultures, Arts and
        // Heritage`, `Ministry for Transport, Innovation and Technology`,
        // also a state's (`Federal Ministry of the Republic of Austria for
        // Europe, Integration and Foreign Affairs`).
        r"|(?-i:Ministry (?:of|for) (?:the [A-Z][a-z]+(?: of [A-Z][a-z]+)? (?:for )?)?[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)+ and [A-Z][a-z]+(?: [A-Z][a-z]+)?)",
    ))
    .expect("valid regex")
});

/// A plural that heads several countries (`Permanent Missions of Chile,
/// Kenya and Spain`), as `joins_two_names` reads two: one name.
static COUNTRIES_OF_PLURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:Governments|Missions|Ministries|Embassies|Delegations) of (?:the )?",
        r"[A-Z][a-z]\w*(?: [A-Z][a-z]\w*)*(?:, (?:the )?[A-Z][a-z]\w*(?: [A-Z][a-z]\w*)*)+",
        r",? and (?:the )?[A-Z][a-z]\w*(?: [A-Z][a-z]\w*)*",
    ))
    .expect("valid regex")
});

/// Where `list` holds one of [`LISTS_IN_NAMES`] or [`COUNTRIES_OF_PLURAL`].
fn lists_in_names(list: &str) -> Vec<Range<usize>> {
    // Each of them holds a comma: most lists of one or two names have none.
    if memchr::memchr(b',', list.as_bytes()).is_none() {
        return Vec::new();
    }
    let mut found: Vec<Range<usize>> = LISTS_IN_NAMES.find_iter(list).map(|m| m.range()).collect();
    // Its plural ends in `s of `: a test cheaper than the regex, with one
    // searcher for every list.
    static PLURAL_OF: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("s of "));
    if PLURAL_OF.find(list.as_bytes()).is_some() {
        found.extend(COUNTRIES_OF_PLURAL.find_iter(list).map(|m| m.range()));
    }
    found
}

/// What names more organizers after the first (`the Permanent Missions of
/// Estonia and Kenya, together with UNDP`): read as a list's separator in
/// [`names`], and as going on with a list in running text.
const CO_ORGANIZER_CUES: [&str; 2] = ["together with ", "jointly with "];

fn names(list: &str) -> Vec<String> {
    // `the Permanent Missions of Estonia and Kenya, together with UNDP`:
    // who organizes with them organizes too. Searchers built once: building
    // one costs more than a list's search.
    static JOINERS: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| CO_ORGANIZER_CUES.map(memchr::memmem::Finder::new));
    for joiner in JOINERS.iter() {
        if let Some(at) = joiner.find(list.as_bytes()) {
            let mut out = names(&list[..at]);
            out.extend(names(&list[at + joiner.needle().len()..]));
            return out;
        }
    }
    let keep = lists_in_names(list);
    // A list that separates its names by semicolons may hold commas inside
    // them (`Ministry of Health, Chile; UNDP`).
    let sep = if list.contains(';') { ';' } else { ',' };
    let mut items: Vec<&str> = split_outside(list, sep, &keep)
        .into_iter()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    // `… (MGCY) and the International … (ICMYO), with technical input from
    // …`: a clause after the names, which the ` and ` of the last two
    // precedes.
    while items.last().is_some_and(|i| names_no_entity(i)) {
        items.pop();
    }
    let mut out = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let item = item.strip_prefix("and ").unwrap_or(item);
        let last = k + 1 == items.len();
        let at = item_end(list, item) - item.len();
        let pair = || split_last_and(item, at, &keep).or_else(|| romance_pair(item));
        match last.then(pair).flatten() {
            Some((a, b)) => {
                out.push(clean_name(a));
                out.push(clean_name(b));
            }
            None => out.push(clean_name(item)),
        }
    }
    out.retain(|n| !names_no_entity(n));
    with_countries_kept(without_offices(out))
}

/// `with the support of remote participation`, `supported by …`: words all
/// in lower case, or a clause, name no entity (`members of the
/// #ChangeTheFace alliance` do).
fn names_no_entity(item: &str) -> bool {
    opens_clause(item) || !item.chars().any(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// `Amb. ZHANG Jun of China, President of the Security Council for the
/// Month of November`: the office of the person named before it, no second
/// organizer; nor is the person named after an office (`the President of
/// the Economic and Social Council, Her Excellency Paula Narváez`).
fn without_offices(names: Vec<String>) -> Vec<String> {
    const OFFICES: [&str; 16] = [
        "President",
        "Vice-President",
        "Chair",
        "Co-Chair",
        "Chairperson",
        "Minister",
        "Deputy",
        "Director",
        "Director-General",
        "Secretary-General",
        "Under-Secretary-General",
        "Permanent",
        "Ambassador",
        "Special",
        "Head",
        "Mayor",
    ];
    let person = |n: &str| crate::segment::HONORIFICS.iter().any(|h| n.starts_with(h));
    // `UN President of …`: an office may follow its body's acronym.
    let office = |n: &str| n.split(' ').take(2).any(|w| OFFICES.contains(&w)) && !person(n);
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    for name in names {
        let apposed = out
            .last()
            .is_some_and(|p| person(p) && office(&name) || office(p) && person(&name));
        if !apposed {
            out.push(name);
        }
    }
    out
}

/// `Ministry of Electronics and IT, India`: a country after a ministry,
/// mission or embassy that names none says whose it is, and stays in its
/// name (`Permanent Mission of Fiji, Chile` are two).
fn with_countries_kept(names: Vec<String>) -> Vec<String> {
    let is_country = |s: &str| crate::places::is_country(s.strip_prefix("the ").unwrap_or(s));
    let mut out: Vec<String> = Vec::with_capacity(names.len());
    for name in names {
        let whose = out.last().is_some_and(|body| {
            body.split(' ')
                .any(|w| matches!(w, "Ministry" | "Mission" | "Embassy"))
                && !body.contains(", ")
                && !body.split(" of ").skip(1).any(is_country)
        }) && is_country(&name);
        match out.last_mut() {
            Some(body) if whose => {
                body.push_str(", ");
                body.push_str(&name);
            }
            _ => out.push(name),
        }
    }
    out
}

/// `co-convened with Switzerland` (after `… and`): a participle in lower
/// case opens a clause, not a name (`members of the … alliance` is one).
fn opens_clause(item: &str) -> bool {
    let word = item.split(' ').next().unwrap_or_default();
    word.ends_with("ed") && word.chars().all(|c| c.is_lowercase() || c == '-')
}

/// The ` and ` joining two names, unless it sits inside one name: a single
/// ordinary word before it (`Food and Agriculture Organization`), or a word
/// after `of`/`for`/`on`/`in` continued by a short tail without its own `of`
/// (`Department of Economic and Social Affairs`, `President of the Economic
/// and Social Council`, `Partners in Population and Development`), nor
/// inside one of
/// `keep`: byte ranges of the list in which `item` starts at byte `at`.
/// Of several, an ` and ` right after a word that ends names (`Stockholm
/// Environment Institute and Climate and Development Knowledge Network`)
/// goes first.
fn split_last_and<'a>(
    item: &'a str,
    at: usize,
    keep: &[Range<usize>],
) -> Option<(&'a str, &'a str)> {
    // `Central Asian Research and Education Network (CAREN)`: the
    // acronym spells words on both sides of the ` and `.
    if spelled_across_and(item) {
        return None;
    }
    let split = |k: usize| {
        if keep.iter().any(|r| r.contains(&(at + k))) {
            return None;
        }
        let (left, right) = (&item[..k], &item[k + 5..]);
        joins_two_names(left, right).then_some((left, right))
    };
    let ends_name = |k: &usize| {
        let word = item[..*k].rsplit(' ').next().unwrap_or_default();
        is_acronym(word) || NAME_ENDS.contains(&word)
    };
    let ands = || AND.rfind_iter(item.as_bytes());
    ands()
        .filter(ends_name)
        .find_map(split)
        .or_else(|| ands().find_map(split))
}

/// A name ending in its acronym in brackets, the initials of its words on
/// both sides of its last ` and ` (`Central Asian Research and Education
/// Network Portal (CAREN)`; `UN Women and United Nations Population Fund
/// (UNFPA)` are two): one name.
fn spelled_across_and(item: &str) -> bool {
    let Some((words, acronym)) = item
        .strip_suffix(')')
        .and_then(|i| i.rsplit_once(" ("))
        .filter(|(_, a)| is_acronym(a))
    else {
        return false;
    };
    let initials = |t: &str| -> String {
        t.split(' ')
            .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
            .collect()
    };
    initials(words).starts_with(acronym)
        && words
            .rsplit_once(" and ")
            .is_some_and(|(_, right)| !initials(right).starts_with(acronym))
}

/// One searcher for every list's ` and `: building one per item costs more
/// than its search.
static AND: LazyLock<memchr::memmem::FinderRev<'static>> =
    LazyLock::new(|| memchr::memmem::FinderRev::new(" and "));

/// Adjectives that open the remit in an organization's name (`Economic and
/// Social`, `Scientific and Cultural`): none ends a name.
const NAME_ADJECTIVES: &[&str] = &[
    "Economic",
    "Social",
    "Political",
    "Cultural",
    "Scientific",
    "Educational",
    "Environmental",
    "Technical",
    "Technological",
    "Statistical",
    "Financial",
    "Industrial",
    "Agricultural",
    "Legal",
];

/// Words that end an organization's name: an ` and ` after one of them
/// joins two names.
const NAME_ENDS: &[&str] = &[
    "Institute",
    "Organization",
    "Organisation",
    "Network",
    "Alliance",
    "Foundation",
    "Centre",
    "Center",
    "Programme",
    "Commission",
    "Union",
    "Bank",
    "Agency",
    "Office",
    "Council",
    "Forum",
    "Initiative",
    "Partnership",
    "Fund",
    "Coalition",
    "Association",
    "Society",
    "University",
    "Secretariat",
];

/// `ITU`, `UNDP`, `G20`: capitals (and digits), two or more.
pub(crate) fn is_acronym(w: &str) -> bool {
    w.len() > 1 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// `Data2X`, `GitHub`, `UN-Habitat`: a word made as a name, with a digit or
/// a capital inside it, never an ordinary word of one (`Food`).
fn is_coined(w: &str) -> bool {
    w.chars()
        .skip(1)
        .any(|c| c.is_ascii_digit() || c.is_uppercase())
}

fn joins_two_names(left: &str, right: &str) -> bool {
    // `Governments of Kenya and Portugal`, `Permanent Missions of Chile and
    // Spain`: a plural that heads both countries is one name.
    const PLURALS: [&str; 5] = [
        "Governments",
        "Missions",
        "Ministries",
        "Embassies",
        "Delegations",
    ];
    // The missions' posting may follow (`… of Chile and Spain to the
    // United Nations`).
    let posted = right
        .split_once(" to ")
        .map_or(right, |(country, _)| country);
    if crate::places::is_country(posted.strip_prefix("the ").unwrap_or(posted))
        && left.rsplit_once(" of ").is_some_and(|(head, country)| {
            PLURALS.iter().any(|p| head.ends_with(p)) && crate::places::is_country(country)
        })
    {
        return false;
    }
    // `France and Costa Rica`: two countries (or cities).
    if crate::places::is_place(left) && crate::places::is_place(right) {
        return true;
    }
    // `Saint Vincent and the Grenadines`: one country's name ends the item
    // (also after another name: `UNDP and Saint Vincent and the Grenadines`).
    if right.starts_with("the ") {
        let starts = left.match_indices(' ').map(|(k, _)| k + 1);
        if [0]
            .into_iter()
            .chain(starts)
            .any(|k| crate::places::is_country(&format!("{} and {right}", &left[k..])))
        {
            return false;
        }
    }
    let left_words: Vec<&str> = left.split(' ').collect();
    // `Food and Agriculture Organization` (also after `the`, and after an
    // earlier name: `UN Environment and the Food and Agriculture
    // Organization`), but `Kenya and Finland` and `UN-Habitat and the
    // Government of Egypt`.
    let last = left.rsplit(" and ").next().unwrap_or(left);
    let word = ["the ", "The "]
        .iter()
        .find_map(|the| last.strip_prefix(the))
        .unwrap_or(last);
    if !word.contains(' ')
        && !is_acronym(word)
        && !is_coined(word)
        && !crate::places::is_place(word)
        && right.contains(' ')
        && !right.starts_with("the ")
    {
        return false;
    }
    // `United Nations Economic and Social Commission for Western Asia`: no
    // name ends in an adjective, so the ` and ` joins two of them in one name.
    if left_words
        .last()
        .is_some_and(|w| NAME_ADJECTIVES.contains(w))
        && right.starts_with(char::is_uppercase)
    {
        return false;
    }
    // `Asia and the Pacific`, `Latin America and the Caribbean`: regions
    // inside a name (`Statistical Institute for Asia and the Pacific`).
    if ["the Pacific", "the Caribbean"]
        .iter()
        .any(|region| right.starts_with(region))
    {
        return false;
    }
    // `Permanent Mission of Hungary and International Federation …`: a
    // country closes the name before the ` and ` (one named with an `and`,
    // `Trinidad and Tobago`, is no country at `Trinidad`).
    if left
        .match_indices(" of ")
        .any(|(k, of)| crate::places::is_country(&left[k + of.len()..]))
    {
        return true;
    }
    // `of Economic`, also `of the Economic` (`President of the Economic
    // and Social Council`), but not `of the Netherlands`, a country.
    let last = left_words[left_words.len() - 1];
    let mut before = left_words[..left_words.len() - 1].iter().rev();
    let before_last = before.next().map(|w| match *w {
        "the" if !crate::places::is_place(last) => before.next().copied().unwrap_or(w),
        _ => w,
    });
    let right_is_name = right.starts_with("the ")
        || right.starts_with("The ")
        || right
            .split(' ')
            .next()
            .is_some_and(|w| is_acronym(w) || is_coined(w))
        || right.contains(" of ");
    // `Office of Intergovernmental Support and Coordination for Sustainable
    // Development`, `Ministry of Foreign Affairs and International
    // Cooperation`: an office's remit goes on after ` and `, unless a name
    // follows (`… and World Health Organization`, `… and Oxfam`).
    let remit_goes_on = left_words.iter().rev().take(3).any(|w| *w == "of")
        && right.contains(' ')
        && !right.split(' ').any(|w| NAME_ENDS.contains(&w));
    !(matches!(before_last, Some("of" | "for" | "on" | "in")) || remit_goes_on) || right_is_name
}

/// Drops a leading article, stray punctuation and a sentence's full stop
/// (kept after an abbreviation: `Ltd.`, `U.N.`; an acronym's is a full stop:
/// `… with UNESCO and ITU.`).
/// The most bytes an aside between dashes in a list holds.
const MAX_ASIDE_BYTES: usize = 120;

/// After a dash that opens an aside: where the same dash closes it, right
/// before the list's next comma, within [`MAX_ASIDE_BYTES`] and the
/// sentence.
fn aside_end(after: &str, dash: &str) -> Option<usize> {
    let window = &after[..crate::text::floor_boundary(after, MAX_ASIDE_BYTES)];
    let k = window.find(&format!(" {dash},"))?;
    (!window[..k].contains(['.', ';'])).then_some(k + 1 + dash.len())
}

/// `International Telecommunication Union (ITU) – the UN specialized
/// agency for ICT –`: a name and, between dashes, what it is. The name.
fn without_aside(item: &str) -> &str {
    let item = item.trim_end();
    ["–", "—"]
        .iter()
        .find_map(|d| {
            let open = item.strip_suffix(d)?.trim_end().find(&format!(" {d} "))?;
            Some(&item[..open])
        })
        .unwrap_or(item)
}

/// `Geneva Internet Platform (@genevagip)`: the name without its social
/// media handle.
fn without_handle(name: &str) -> &str {
    name.strip_suffix(')')
        .and_then(|n| n.rsplit_once(" (@"))
        .filter(|(_, handle)| !handle.contains([' ', '(']))
        .map_or(name, |(n, _)| n)
}

/// `UNEP (lead)`, `FAO (TBC)`: the name without a note on its part or on
/// whether it is confirmed.
fn without_role(name: &str) -> &str {
    name.strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .filter(|(_, note)| ROLE_NOTES.iter().any(|r| note.eq_ignore_ascii_case(r)))
        .map_or(name, |(n, _)| n.trim_end())
}

const ROLE_NOTES: [&str; 10] = [
    "lead",
    "co-lead",
    "lead organizer",
    "lead organiser",
    "host",
    "co-host",
    "convener",
    "tbc",
    "tbd",
    "to be confirmed",
];

fn clean_name(name: &str) -> String {
    let name = without_role(without_handle(without_aside(
        name.trim()
            .trim_matches(|c: char| c == ',' || c == ';' || c == ':')
            .trim(),
    )));
    let name = match name.strip_suffix('.') {
        Some(head)
            if head
                .rsplit(' ')
                .next()
                .is_some_and(|w| (w.len() > 3 || is_acronym(w)) && !w.contains('.')) =>
        {
            head
        }
        _ => name,
    };
    let name = DETERMINERS
        .iter()
        .chain(&["The "])
        .find_map(|d| name.strip_prefix(d))
        .unwrap_or(name);
    without_town(without_article(name.trim())).to_string()
}

/// `l’UIT et le PNUD`, `la CEPAL y el PNUD`, `la France et le Kenya`,
/// `le Secrétariat du FGI et l’UIT`: two names a French or Spanish list
/// joins, the first ending in an acronym or a country, the second a name
/// after its article (`Ministère de l'Europe et des Affaires étrangères`
/// is one name).
fn romance_pair(item: &str) -> Option<(&str, &str)> {
    let ends_name = |n: &str| {
        let n = without_article(n);
        let last = n.rsplit(' ').next().unwrap_or(n);
        is_acronym(without_article(last)) || crate::places::is_country(n)
    };
    let names = |n: &str| without_article(n).starts_with(char::is_uppercase);
    [" et ", " y "].iter().find_map(|join| {
        let (a, b) = item.rsplit_once(join)?;
        (ends_name(a) && names(b)).then_some((a, b))
    })
}

/// `l’UNESCO`, `le PNUD`, `la France`: a French or Spanish article in lower
/// case before a name, which is no part of it, as `the` is not (`La Via
/// Campesina` keeps its own capital).
fn without_article(name: &str) -> &str {
    const ARTICLES: [&str; 8] = ["l’", "l'", "le ", "la ", "les ", "el ", "los ", "las "];
    ARTICLES
        .iter()
        .find_map(|a| name.strip_prefix(a))
        .filter(|n| n.starts_with(char::is_uppercase))
        .unwrap_or(name)
}

/// The words before a name in a sentence that are no part of it (`the
/// United Nations`, `our Geneva Platform`; `Our World in Data` keeps its
/// capital).
const DETERMINERS: [&str; 4] = ["the ", "our ", "its ", "their "];

/// `Government of Norway in Lillestrøm`: a name that ends in a country,
/// then ` in ` and a town, names the host, not the town (`Partners in
/// Population and Development` keeps its ` in `).
fn without_town(name: &str) -> &str {
    let Some((host, town)) = name.rsplit_once(" in ") else {
        return name;
    };
    let country = host.rsplit(" of ").next().unwrap_or(host);
    if crate::places::is_country(country) && crate::places::is_town(town) {
        host
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_parenthesis_may_name_organizers() {
        for (text, open) in [
            (", New York (organized by ODET and UNICEF)", Some(11)),
            (", Geneva (organizer: Global Initiative (GeSI)) ", Some(9)),
            (", Geneva (Palais des Nations)", None),
            (", Geneva (organizer: ITU) online", None),
        ] {
            assert_eq!(closing_org_paren(text), open, "{text}");
        }
    }

    #[test]
    fn who_organizes_together_with_them_organizes_too() {
        let o = split_list("the Permanent Missions of Estonia and Kenya, together with UNDP");
        assert_eq!(
            o.organizers,
            ["Permanent Missions of Estonia and Kenya", "UNDP"]
        );
        // In running text, between commas.
        let o = organizers_in("The webinar is organized by UNDP, together with ITU, and will run.");
        assert_eq!(o.organizers, ["UNDP", "ITU"]);
        let o =
            organizers_in("It is organized by UNDP, together with partners from civil society.");
        assert_eq!(o.organizers, ["UNDP"]);
        let o = split_list("UNDP jointly with the World Bank, in partnership with Microsoft");
        assert_eq!(
            (o.organizers, o.partners),
            (
                vec!["UNDP".to_string(), "World Bank".to_string()],
                vec!["Microsoft".to_string()]
            )
        );
    }

    #[test]
    fn a_parenthesis_closes_an_organizer_phrase() {
        let o = organizers_in("Launch (organized by UN-Habitat and UNDP) in Nairobi");
        assert_eq!(o.organizers, ["UN-Habitat", "UNDP"]);
        let o = organizers_in("Forum organized by the Global Partnership (GPSDD) and ITU.");
        assert_eq!(o.organizers, ["Global Partnership (GPSDD)", "ITU"]);
        // Collaborators are named as partners are.
        let o = split_list("ITU in collaboration with UNESCO");
        assert_eq!(
            (o.organizers, o.partners),
            (vec!["ITU".to_string()], vec!["UNESCO".to_string()])
        );
        // Each cue opens more partners.
        let o = split_list(
            "UNESCO in partnership with the Government of France and with the support of Microsoft",
        );
        assert_eq!(o.partners, ["Government of France", "Microsoft"]);
        // Partners may follow the organizer inside one item, and a clause
        // after them is no partner.
        let o = organizers_in(
            "The Summit is organized by ITU in partnership with 40 UN agencies and co-convened with Switzerland.",
        );
        assert_eq!(
            (o.organizers, o.partners),
            (vec!["ITU".to_string()], vec!["40 UN agencies".to_string()])
        );
        let o = split_list(
            "Stockholm Environment Institute and Climate and Development Knowledge Network",
        );
        assert_eq!(
            o.organizers,
            [
                "Stockholm Environment Institute",
                "Climate and Development Knowledge Network"
            ]
        );
        // A country's name holds its ` and `.
        let o = split_list("Saint Kitts and Nevis, UNDP and Saint Vincent and the Grenadines");
        assert_eq!(
            o.organizers,
            [
                "Saint Kitts and Nevis",
                "UNDP",
                "Saint Vincent and the Grenadines"
            ]
        );
        let o = split_list("the Permanent Mission of India to the United Nations.");
        assert_eq!(
            o.organizers,
            ["Permanent Mission of India to the United Nations"]
        );
        let o = split_list("UNDP and Acme Co.");
        assert_eq!(o.organizers, ["UNDP", "Acme Co."]);
        // A stop after a title or an initial ends no list.
        let o = organizers_in("Luncheon hosted by Amb. ZHANG Jun of China. More text.");
        assert_eq!(o.organizers, ["Amb. ZHANG Jun of China"]);
        // Nor is the person after an office.
        let o = organizers_in(
            "The Forum will be convened by the President of the Assembly, Her Excellency Ana Ruiz.",
        );
        assert_eq!(o.organizers, ["President of the Assembly"]);
        // The office after the person's name is no second organizer.
        let o = organizers_in(
            "Luncheon hosted by Amb. ZHANG Jun of China, President of the Security Council",
        );
        assert_eq!(o.organizers, ["Amb. ZHANG Jun of China"]);
        let o = organizers_in("Dinner hosted by UNDP, President of the Council and FAO.");
        assert_eq!(o.organizers.len(), 3);
        let o = organizers_in("Dialogue organized by U.N. Women and UNDP.");
        assert_eq!(o.organizers, ["U.N. Women", "UNDP"]);
    }

    #[test]
    fn org_paren_is_balanced() {
        let s = "A business perspective (organizer: Global Enabling Sustainability Initiative (GeSI), with the support of ITU)";
        let (r, list) = find_org_paren(s).unwrap();
        assert_eq!(r.end, s.len());
        let o = split_list(list);
        assert_eq!(
            o.organizers,
            ["Global Enabling Sustainability Initiative (GeSI)"]
        );
        assert_eq!(o.partners, ["ITU"]);
        assert!(find_org_paren("Title (CODES)").is_none());
        // A lead organizer or a convener, named so.
        for label in ["Lead organizer", "Convener", "co-conveners"] {
            let s = format!("Digital Day ({label}: ITU)");
            assert_eq!(find_org_paren(&s).map(|(_, l)| l), Some("ITU"), "{label}");
        }
        assert!(find_org_paren("Digital Day (Lead: ITU)").is_none());
        assert_eq!(
            find_org_paren("Talk [Organizer: ITU], 5 June").map(|(_, l)| l),
            Some("ITU")
        );
        assert_eq!(
            find_org_paren("Talk (Host: UN-Habitat)").map(|(_, l)| l),
            Some("UN-Habitat")
        );
        let o = organizers_in("Talk (Organised by: UNEP and UNDP)");
        assert_eq!(o.organizers, ["UNEP", "UNDP"]);
        // French and Spanish labels.
        for (s, list) in [
            ("Datos para el desarrollo (organizador: CEPAL)", "CEPAL"),
            ("Datos (organizadores: CEPAL, PNUD)", "CEPAL, PNUD"),
            ("Atelier (organisateurs : HCDH)", "HCDH"),
        ] {
            assert_eq!(find_org_paren(s).map(|(_, l)| l), Some(list), "{s}");
        }
    }

    #[test]
    fn a_sentences_full_stop_ends_no_name() {
        assert_eq!(split_list("UNESCO and ITU.").organizers, ["UNESCO", "ITU"]);
        assert_eq!(
            split_list("UNDP, Acme Ltd.").organizers,
            ["UNDP", "Acme Ltd."]
        );
        assert_eq!(split_list("the World Bank.").organizers, ["World Bank"]);
    }

    #[test]
    fn lists_split_between_names_only() {
        // A clause after the names leaves the ` and ` of the last two
        // joining them.
        let o = split_list(
            "the Major Group for Children and Youth (MGCY) and the International Coordination Meeting of Youth Organizations (ICMYO), with technical input from youth organizations",
        );
        assert_eq!(
            o.organizers,
            [
                "Major Group for Children and Youth (MGCY)",
                "International Coordination Meeting of Youth Organizations (ICMYO)"
            ]
        );
        let o = split_list(
            "The Permanent mission of Denmark to the UN, Global Focus and Action 4 Sustainable Development",
        );
        assert_eq!(
            o.organizers,
            [
                "Permanent mission of Denmark to the UN",
                "Global Focus",
                "Action 4 Sustainable Development"
            ]
        );
        let o = split_list(
            "International Telecommunication Union, Food and Agriculture Organization, with support of Mission of Andorra and Mission of San Marino",
        );
        assert_eq!(
            o.organizers,
            [
                "International Telecommunication Union",
                "Food and Agriculture Organization"
            ]
        );
        assert_eq!(o.partners, ["Mission of Andorra", "Mission of San Marino"]);
        let o = split_list("the Food and Agriculture Organization of the United Nations (FAO)");
        assert_eq!(
            o.organizers,
            ["Food and Agriculture Organization of the United Nations (FAO)"]
        );
        let o = split_list("UN Environment and the Food and Agriculture Organization");
        assert_eq!(
            o.organizers,
            ["UN Environment", "Food and Agriculture Organization"]
        );
        let o = split_list("the Government of Kenya and the European Union");
        assert_eq!(o.organizers.len(), 2);
        let o = split_list("the Netherlands and Costa Rica");
        assert_eq!(o.organizers, ["Netherlands", "Costa Rica"]);
        let o = split_list(
            "Digital Public Goods Alliance, UN Office of Information and Communications Technology",
        );
        assert_eq!(
            o.organizers[1],
            "UN Office of Information and Communications Technology"
        );
        let o = split_list(
            "Digital Public Goods Alliance, UNDP, and Office of the Envoy on Technology",
        );
        assert_eq!(o.organizers.len(), 3);
        assert_eq!(
            split_list("Kenya and Finland").organizers,
            ["Kenya", "Finland"]
        );
        // A coined name alone before ` and ` is a name of its own.
        assert_eq!(
            split_list("UN Women; co-organizers: Data2X and Open Data Watch").organizers,
            ["UN Women", "Data2X", "Open Data Watch"]
        );
        assert_eq!(
            split_list(
                "the United Nations Economic and Social Commission for Western Asia (ESCWA) \
                 and UNESCO"
            )
            .organizers,
            [
                "United Nations Economic and Social Commission for Western Asia (ESCWA)",
                "UNESCO"
            ]
        );
        assert_eq!(
            split_list("UN Department of Economic and Social Affairs")
                .organizers
                .len(),
            1
        );
        assert_eq!(
            split_list("the President of the Economic and Social Council and UNDP").organizers,
            ["President of the Economic and Social Council", "UNDP"]
        );
        assert_eq!(
            split_list("Permanent Mission of the Netherlands and UN-Water").organizers,
            ["Permanent Mission of the Netherlands", "UN-Water"]
        );
        assert_eq!(
            split_list("UN-DESA Office of Intergovernmental Support and Coordination for Sustainable Development").organizers.len(),
            1
        );
        assert_eq!(
            split_list("Ministry of Foreign Affairs and World Health Organization")
                .organizers
                .len(),
            2
        );
        assert_eq!(
            split_list("Institute of Development Studies and Oxfam").organizers,
            ["Institute of Development Studies", "Oxfam"]
        );
        // A country after `of` closes its name: a plain name follows.
        assert_eq!(
            split_list("Permanent Mission of Hungary and International Federation for Family Development (IFFD)").organizers,
            ["Permanent Mission of Hungary", "International Federation for Family Development (IFFD)"]
        );
        assert_eq!(
            split_list("Permanent Mission of Trinidad and Tobago").organizers,
            ["Permanent Mission of Trinidad and Tobago"]
        );
        // A plural heads both countries, or all of a list, also before
        // the missions' posting.
        assert_eq!(
            split_list("the Governments of Kenya and Portugal").organizers,
            ["Governments of Kenya and Portugal"]
        );
        assert_eq!(
            split_list("the Permanent Missions of Chile and Spain to the United Nations")
                .organizers,
            ["Permanent Missions of Chile and Spain to the United Nations"]
        );
        assert_eq!(
            split_list("the Permanent Missions of Chile, Kenya and Spain, and UNDP").organizers,
            ["Permanent Missions of Chile, Kenya and Spain", "UNDP"]
        );
        // Agencies listed after them are no countries of the plural.
        assert!(
            split_list("the Permanent Missions of Chile, Kenya, UNDP and UNICEF")
                .organizers
                .ends_with(&["UNDP".to_string(), "UNICEF".to_string()])
        );
        assert_eq!(
            split_list("the Government of Norway in Lillestrøm").organizers,
            ["Government of Norway"]
        );
        assert_eq!(
            split_list("ESCAP and Statistical Institute for Asia and the Pacific").organizers,
            ["ESCAP", "Statistical Institute for Asia and the Pacific"]
        );
        assert_eq!(
            split_list("UNFPA, Partners in Population and Development").organizers,
            ["UNFPA", "Partners in Population and Development"]
        );
        assert_eq!(
            split_list("UNESCO and the UN Office on the Prevention of Genocide")
                .organizers
                .len(),
            2
        );
        assert_eq!(
            split_list("Permanent Mission of Canada; Ministry of Health, Chile; and UNDP")
                .organizers,
            [
                "Permanent Mission of Canada",
                "Ministry of Health, Chile",
                "UNDP"
            ]
        );
    }

    #[test]
    fn official_names_keep_their_commas() {
        assert_eq!(
            split_list(
                "United Nations Educational, Scientific and Cultural Organization (UNESCO) and ITU"
            )
            .organizers,
            [
                "United Nations Educational, Scientific and Cultural Organization (UNESCO)",
                "ITU"
            ]
        );
        let ohrlls = "Office of the High Representative for the Least Developed Countries, \
                      Landlocked Developing Countries and Small Island Developing States";
        assert_eq!(
            split_list(&format!("UNDP, the {ohrlls}, and Kenya")).organizers,
            ["UNDP", ohrlls, "Kenya"]
        );
        // A ministry of several portfolios.
        assert_eq!(
            split_list(
                "the UNESCO Office in Chile and the Ministry of Cultures, Arts and Heritage"
            )
            .organizers,
            [
                "UNESCO Office in Chile",
                "Ministry of Cultures, Arts and Heritage"
            ]
        );
        assert_eq!(
            split_list("UNOOSA and the Federal Ministry for Transport, Innovation and Technology")
                .organizers,
            [
                "UNOOSA",
                "Federal Ministry for Transport, Innovation and Technology"
            ]
        );
        // A state's ministry, named before its portfolios.
        assert_eq!(
            split_list(
                "UNIDO and the Ministry of the Republic of Chile for Energy, Mining and Industry"
            )
            .organizers,
            [
                "UNIDO",
                "Ministry of the Republic of Chile for Energy, Mining and Industry"
            ]
        );
        assert_eq!(
            split_list("Ministry of Health, UNDP and WHO").organizers,
            ["Ministry of Health", "UNDP", "WHO"]
        );
        assert_eq!(
            split_list("UN EDUCATIONAL, SCIENTIFIC AND CULTURAL ORGANISATION, WHO").organizers,
            [
                "UN EDUCATIONAL, SCIENTIFIC AND CULTURAL ORGANISATION",
                "WHO"
            ]
        );
        // A country says whose ministry it is; after other names it is one.
        assert_eq!(
            split_list("Ministry of Electronics and IT, India, UNDP and Kenya").organizers,
            ["Ministry of Electronics and IT, India", "UNDP", "Kenya"]
        );
        assert_eq!(
            split_list("Permanent Mission of Fiji, Chile and UNEP").organizers,
            ["Permanent Mission of Fiji", "Chile", "UNEP"]
        );
        assert_eq!(
            split_list("Federal Ministry for Digital Affairs, Germany").organizers,
            ["Federal Ministry for Digital Affairs, Germany"]
        );
        assert_eq!(
            split_list("UNDP, Kenya and Japan").organizers,
            ["UNDP", "Kenya", "Japan"]
        );
        // UNESCO's words in another name are no UNESCO; a ministry of
        // several portfolios is one name, whatever they are.
        assert_eq!(
            split_list("Ministry of Education, Science and Culture").organizers,
            ["Ministry of Education, Science and Culture"]
        );
        assert_eq!(
            split_list("Department of Education, Science and Culture").organizers[0],
            "Department of Education"
        );
    }

    #[test]
    fn a_list_opening_its_sentence_ends_before_the_subject() {
        assert_eq!(
            organizers_in(
                "Co-hosted by UNEP and FAO, the Ocean Conference will be held in Lisbon."
            )
            .organizers,
            ["UNEP", "FAO"]
        );
        // Inside the sentence, the list is the subject's tail.
        assert_eq!(
            organizers_in("An event co-organized by UNEP, FAO will take place.").organizers,
            ["UNEP", "FAO"]
        );
    }

    #[test]
    fn an_acronym_spelling_words_across_and_keeps_one_name() {
        assert_eq!(
            split_list("the Central Asian Research and Education Network (CAREN)").organizers,
            ["Central Asian Research and Education Network (CAREN)"]
        );
        assert_eq!(
            split_list("UN Women and United Nations Population Fund (UNFPA)").organizers,
            ["UN Women", "United Nations Population Fund (UNFPA)"]
        );
    }

    #[test]
    fn a_possessive_before_a_name_is_no_part_of_it() {
        assert_eq!(
            organizers_in("This forum, co-organized by our Water Platform and FAO, opens today.")
                .organizers,
            ["Water Platform", "FAO"]
        );
        // A name may start with the word, in capitals.
        assert_eq!(
            organizers_in("A panel organized by Our World in Data.").organizers,
            ["Our World in Data"]
        );
    }

    #[test]
    fn org_phrases_end_before_the_theme() {
        assert_eq!(
            organizers_in(
                "It was organized by UNDRR and the Government of Switzerland on the theme of \
                 “Resilience Dividend: Towards Sustainable and Inclusive Societies.”"
            )
            .organizers,
            ["UNDRR", "Government of Switzerland"]
        );
    }

    #[test]
    fn org_phrases_end_before_the_verb() {
        let s = "An event co-organized by UN-Habitat and the Government of Egypt will take place on 5 June.";
        assert_eq!(
            organizers_in(s).organizers,
            ["UN-Habitat", "Government of Egypt"]
        );
        let s = "The Conference, co-hosted by France and Costa Rica, will take place in Nice.";
        assert_eq!(organizers_in(s).organizers, ["France", "Costa Rica"]);
        let s = "The Event is co-organized by ITU and UNDP and will be held in Geneva.";
        assert_eq!(organizers_in(s).organizers, ["ITU", "UNDP"]);
        let s = "The Platform will be organized and convened by UNDRR, hosted by Norway.";
        assert_eq!(organizers_in(s).organizers, ["UNDRR", "Norway"]);
        let s = "Organized jointly by Estonia and ITU, with support from the European Union.";
        let o = organizers_in(s);
        assert_eq!(
            (o.organizers, o.partners),
            (
                vec!["Estonia".to_string(), "ITU".to_string()],
                vec!["European Union".to_string()]
            )
        );
        let s = "Organized by ESCAP in partnership with the Asian Development Bank, the webinar is open.";
        let o = organizers_in(s);
        assert_eq!(
            (o.organizers, o.partners),
            (
                vec!["ESCAP".to_string()],
                vec!["Asian Development Bank".to_string()]
            )
        );
    }

    #[test]
    fn partners_without_an_organizer_phrase() {
        let s = "UNDP, in partnership with the Government of Japan, will hold a dialogue on 14 March 2025.";
        let o = organizers_in(s);
        assert!(o.organizers.is_empty());
        assert_eq!(o.partners, ["Government of Japan"]);
        let s = "The forum is held with the support of the European Union and ITU on 3 May.";
        assert_eq!(organizers_in(s).partners, ["European Union", "ITU"]);
        // The cue may be a label (`in partnership with: …`).
        let o = split_list("OSET; in partnership with: Microsoft");
        assert_eq!(
            (o.organizers, o.partners),
            (vec!["OSET".to_string()], vec!["Microsoft".to_string()])
        );
        // A cue followed by no name gives none.
        assert!(
            organizers_in("A talk in partnership with young people.")
                .partners
                .is_empty()
        );
    }

    #[test]
    fn another_field_ends_the_list() {
        let o = split_list("OSET and UNDP; co-sponsors: Estonia");
        assert_eq!(o.organizers, ["OSET", "UNDP"]);
        assert!(o.partners.is_empty());
        let o = split_list("UNEP | Partners: ITU; Media partner: Devex");
        assert_eq!(
            (o.organizers, o.partners),
            (vec!["UNEP".to_string()], vec!["ITU".to_string()])
        );
    }

    #[test]
    fn an_aside_between_dashes_stays_out_of_the_list() {
        let s = "The Forum will be held in Geneva, co-organized by the International \
            Telecommunication Union (ITU) – the UN agency for digital technologies –, UNESCO \
            and UNDP, with the support of remote participation.";
        let o = organizers_in(s);
        assert_eq!(
            o.organizers,
            [
                "International Telecommunication Union (ITU)",
                "UNESCO",
                "UNDP"
            ]
        );
        // Words in lower case name no partner.
        assert!(o.partners.is_empty());
    }

    #[test]
    fn a_list_ends_before_what_the_happening_is_on() {
        let o = organizers_in("A webinar organized by UNEP on the future of oceans.");
        assert_eq!(o.organizers, ["UNEP"]);
        let o = organizers_in("A talk organized by the UN Environment Programme (UNEP) on oceans.");
        assert_eq!(o.organizers, ["UN Environment Programme (UNEP)"]);
        // A name's own `on`: capitals after it, or a mandate's remit.
        for name in [
            "Committee on the Rights of the Child",
            "Intergovernmental Panel on Climate Change",
            "Special Rapporteur on the right to food",
        ] {
            let o = organizers_in(&format!("The talk is organized by the {name}."));
            assert_eq!(o.organizers, [name]);
        }
    }

    #[test]
    fn a_note_on_an_organizers_part_is_no_part_of_its_name() {
        let o = organizers_in("(organizers: UNEP (lead), FAO (TBC), Friends of the Earth (Host))");
        assert_eq!(o.organizers, ["UNEP", "FAO", "Friends of the Earth"]);
        let o = organizers_in("(organizer: Digital Public Goods Alliance (DPGA))");
        assert_eq!(o.organizers, ["Digital Public Goods Alliance (DPGA)"]);
    }

    #[test]
    fn a_social_handle_is_no_part_of_the_name() {
        let s = "The briefing, organised by the Geneva Internet Platform (@genevagip) \
            and the Swiss Mission, met on Monday.";
        assert_eq!(
            organizers_in(s).organizers,
            ["Geneva Internet Platform", "Swiss Mission"]
        );
    }

    #[test]
    fn cells_that_list_entities() {
        assert!(lists_entities("UNEP, FAO and UN-Habitat"));
        assert!(lists_entities("Permanent Mission of Fiji and UNDP"));
        assert!(!lists_entities("Launch of the report"));
        assert!(!lists_entities("SDG 13"));
        assert!(!lists_entities("Geneva"));
        assert!(!lists_entities(""));
    }

    #[test]
    fn org_phrases_end_with_the_clause() {
        let s = "The DPI Safeguards initiative, jointly led by the Office (OSET) and the United Nations Development Programme (UNDP), released its Interim Report today.";
        assert_eq!(
            find_org_phrases(s),
            ["the Office (OSET) and the United Nations Development Programme (UNDP)"]
        );
        assert_eq!(
            find_org_phrases("opportunities? hosted by UNCTAD and OSET, 7 March 2024"),
            ["UNCTAD and OSET"]
        );
        // A spaced hyphen closes the aside, but not inside a parenthesis.
        assert_eq!(
            find_org_phrases(
                "this event - hosted by the UK in partnership with UN75 - offers a chance"
            ),
            ["the UK in partnership with UN75"]
        );
        assert_eq!(
            find_org_phrases("hosted by OSET (with UNDP - tbc) and ITU"),
            ["OSET (with UNDP - tbc) and ITU"]
        );
        // The place where it is held is no part of the list; a name's own
        // `at` is.
        assert_eq!(
            find_org_phrases("was hosted by UNESCO at its headquarters in Paris on 28 May"),
            ["UNESCO"]
        );
        assert_eq!(
            find_org_phrases("organized by ITU in the framework of the WSIS Forum"),
            ["ITU"]
        );
        assert_eq!(
            find_org_phrases("hosted by the United Nations Office at Geneva on 3 May"),
            ["the United Nations Office at Geneva"]
        );
        // So is a city or country after `in`, but for an office's own.
        assert_eq!(
            find_org_phrases("at a ceremony hosted by UNIDO in Vienna."),
            ["UNIDO"]
        );
        assert_eq!(
            find_org_phrases("organized by UNDP and UNICEF in Nairobi, Kenya"),
            ["UNDP and UNICEF"]
        );
        assert_eq!(
            find_org_phrases("hosted by the UNESCO Office in Bangkok on 3 May"),
            ["the UNESCO Office in Bangkok"]
        );
        assert_eq!(
            find_org_phrases("organized by ITU in the Asia-Pacific region"),
            ["ITU"]
        );
        assert!(find_org_phrases("OSET moderated the event").is_empty());
        // A month after the list says when.
        assert_eq!(
            find_org_phrases("Online events hosted by UN City agencies in November"),
            ["UN City agencies"]
        );
        // So does a date with its month first, after the town.
        assert_eq!(
            find_org_phrases(
                "a forum co-hosted by the EAT Foundation and the Ministry of Health in \
                 Jakarta, Indonesia, on October 30–31, 2017."
            ),
            ["the EAT Foundation and the Ministry of Health"]
        );
        assert_eq!(
            find_org_phrases("co-organized by ITU and UNDP and co-hosted by Switzerland"),
            ["ITU and UNDP", "Switzerland"]
        );
        // Partners after a semicolon go on with the list; another clause does not.
        let o = organizers_in("(co-organized by Portugal and Kenya; supported by UN-Oceans)");
        assert_eq!(
            (o.organizers, o.partners),
            (
                vec!["Portugal".to_string(), "Kenya".to_string()],
                vec!["UN-Oceans".to_string()]
            )
        );
        assert_eq!(
            find_org_phrases("organized by UNEP; the event is open to all"),
            ["UNEP"]
        );
        // A capitalized sentence after the list's comma is no name.
        assert_eq!(
            find_org_phrases(
                "Hosted by Korea, World Environment Day 2025 focuses on ending plastic pollution."
            ),
            ["Korea"]
        );
        assert_eq!(
            find_org_phrases(
                "organized by UNDP, Permanent Mission of Norway to the United Nations"
            ),
            ["UNDP, Permanent Mission of Norway to the United Nations"]
        );
    }
}
