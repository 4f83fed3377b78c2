//! One document to its records (before dedup): lines are classified, grouped
//! into sections, and each section's header date found by the contract's four
//! rules; then years, offsets, organizers, place and summary are resolved.

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;
use rustc_hash::FxHashMap;

use crate::calendar;
use crate::dedup;
use crate::parse::date::{self, DateSpan, DayMonth};
use crate::parse::org::{self, Orgs};
use crate::parse::{self, TimeChain, When, time, zone};
use crate::places;
use crate::record::{Record, Source};
use crate::resolve;
use crate::segment::{self, Found, Kind, Label, YearContext, Years};
use crate::text::{
    contains_ignore_ascii_case, floor_boundary, fold_ws, folded, normalized_title, title_words,
    unshout_place,
};

/// How much of a first paragraph is read for its announcement sentence: the
/// first two sentences fit easily, and a page-long line costs no more.
const ANNOUNCEMENT_WINDOW: usize = 4096;

struct Line<'a> {
    no: usize,
    text: Cow<'a, str>,
    kind: Kind,
}

/// What a line is to the section it belongs to.
enum Role {
    Body,
    Date(Box<Found>),
    /// A line right below a date line: its venue (`Palais des Nations, Geneva`).
    Detail,
    /// `Time: …`, `Venue: …`, `Organizers: …` and the byte range of the value.
    Label(Label, Range<usize>),
    Other,
}

struct Section {
    header: usize,
    members: Vec<(usize, Role)>,
    /// The grouping heading in force (`Week of …`).
    group: Option<YearContext>,
    /// The nearest dated line above, which dates an agenda line: its line and date.
    day: Option<(usize, When)>,
}

/// A record found in a section, its year not yet settled.
struct Draft {
    line: usize,
    date_line: usize,
    title: String,
    when: When,
    date_text: String,
    organizers: Orgs,
    location: Option<String>,
    summary: Option<String>,
    group: Option<YearContext>,
    /// The section's lines (indices), read only to settle an ambiguous zone.
    section: Range<usize>,
}

/// Extracts the records of one document, in page order, undeduplicated.
///
/// # Example
/// ```
/// let page = "Week of 19-25 September 2021\n\n19 September, 09:00-12:30 (ET) - Broadband Session (organizer: ITU)\n\nCommissioners will meet.\n";
/// let records = docket::extract::extract("page.txt", page);
/// assert_eq!(records.len(), 1);
/// assert_eq!(records[0].start.as_deref(), Some("2021-09-19T09:00:00-04:00"));
/// assert_eq!(records[0].organizers, ["ITU"]);
/// ```
pub fn extract(document: &str, text: &str) -> Vec<Record> {
    extract_page(&Source::new(document, 0), None, text)
}

/// Extracts the records of one document: `origin` is copied into every
/// record's source (its `line` set per record), and `captured` — an archive's
/// capture date — is the last fallback for a year the page does not give.
pub fn extract_page(origin: &Source, captured: Option<NaiveDate>, text: &str) -> Vec<Record> {
    let breaks = memchr::memchr_iter(b'\n', text.as_bytes()).count();
    // A page saved with classic Mac line ends (`\r` alone) is read line by
    // line as an editor shows it.
    let mac: String;
    let text = if breaks == 0 && memchr::memchr(b'\r', text.as_bytes()).is_some() {
        mac = text.replace('\r', "\n");
        mac.as_str()
    } else {
        text
    };
    let unescaped: String;
    let text = match crate::text::unescaped(text) {
        Some(plain) => {
            unescaped = plain;
            unescaped.as_str()
        }
        None => text,
    };
    let marked: String;
    let text = match crate::text::unmarked(text) {
        Some(plain) => {
            marked = plain;
            marked.as_str()
        }
        None => text,
    };
    // Sized up front: a `Line` holds a classified header, and growing the
    // vector by doubling copied every line several times a page.
    let mut lines: Vec<Line> = Vec::with_capacity(breaks + 1);
    lines.extend(crate::text::lines(text).enumerate().map(|(k, raw)| {
        let (text, kind) = read_line(raw);
        Line {
            no: k + 1,
            text,
            kind,
        }
    }));
    // A page with no blank line (as Common Crawl's WET text is) shows no
    // blocks, which elsewhere blank lines part; the passes below may blank
    // lines they join.
    let dense = !lines.iter().any(|l| l.kind == Kind::Blank);
    table_cells(&mut lines, text);
    split_run_sessions(&mut lines);
    join_wrapped_lines(&mut lines, text);
    join_broken_phrases(&mut lines, text);
    person_lines(&mut lines);
    reading_stamps(&mut lines);
    deck(&mut lines);
    bulleted_headlines(&mut lines);
    bulleted_fields(&mut lines);
    translated_dates(&mut lines);
    join_flattened_tables(&mut lines);
    join_broken_date_times(&mut lines);
    join_bare_labels(&mut lines);
    listed_days(&mut lines);
    join_calendar_dates(&mut lines);
    join_stacked_times(&mut lines);
    machine_stamps(&mut lines);
    join_schedule_rows(&mut lines);
    join_barred_cells(&mut lines);
    join_split_titles(&mut lines);
    join_across_blank(&mut lines);
    join_entity_lists(&mut lines);
    stacked_rows(&mut lines);
    press_calendar(&mut lines);
    timelines(&mut lines);
    one_word_titles(&mut lines, dense);
    numbered_items(&mut lines);
    numbered_item_texts(&mut lines);
    punctuated_titles(&mut lines);
    menus(&mut lines);
    emptied_fields(&mut lines);
    venue_blocks(&mut lines);
    stamp_tags(&mut lines);
    tags_beside_titles(&mut lines);
    bracketed_days(&mut lines);
    document_lists(&mut lines);
    series_below_titles(&mut lines);
    typed_kickers(&mut lines);
    venues_after_hours(&mut lines);
    long_names_between_times(&mut lines);
    profile_fields(&mut lines);
    faq_questions(&mut lines);
    lift_card_titles(&mut lines);
    map_table_rows(&mut lines);
    untitled_announcements(&mut lines);
    days_over_listed_happenings(&mut lines);
    let sections = sections(&lines, Layout::of(&lines, dense));
    // At most one draft a section and one record a draft: sized up front
    // like `lines`.
    let mut drafts: Vec<Draft> = Vec::with_capacity(sections.len());
    drafts.extend(sections.iter().filter_map(|s| draft(&lines, s)));
    retold_happenings(&lines, &mut drafts);
    documents_of_happenings(&mut drafts);
    // `All times are Eastern Daylight Time.`: the page's zone, for times
    // that name none.
    let unzoned = |d: &Draft| d.when.time.is_some() && d.when.zone.is_none();
    if drafts.iter().any(unzoned)
        && let Some(zone) = page_zone(&lines)
    {
        for d in drafts.iter_mut().filter(|d| unzoned(d)) {
            d.when.zone = Some(zone.to_string());
        }
    }
    let years = written_years(&lines, &drafts);
    let fallbacks = Fallbacks::of(&lines, &years, &drafts, captured);
    let mut zones = PageZones::new(&lines);
    // Read only for pages with a date like `03/04/2025`.
    let order = drafts
        .iter()
        .any(|d| d.when.date.start.ambiguous || d.when.date.end.ambiguous)
        .then(|| date::page_order(text).or_else(|| regional_order(&drafts, text)))
        .flatten();
    let mut records = Vec::with_capacity(drafts.len());
    records.extend(drafts.into_iter().filter_map(|mut d| {
        // `Side event` above a date: the page's type names no happening.
        if names_a_type(&d.title) || names_a_part(&d.title) {
            return None;
        }
        settle_numeric(&mut d.when.date, order)?;
        finish(&lines, origin, d, &years, &fallbacks, &mut zones)
    }));
    records
}

/// Text that only names places, a town, a country or a way to attend among
/// them.
fn names_a_town(text: &str) -> bool {
    // Places are short and most titles are not: the length settles them.
    text.len() <= MAX_PLACE_TITLE_BYTES
        && text
            .split([' ', ','])
            .any(|w| places::is_place(w) || places::is_way_to_attend(w))
        && places::only_places(text)
}

/// The longest title line read as a place (`Vienna International Centre
/// and online`).
const MAX_PLACE_TITLE_BYTES: usize = 64;

/// A title that is only the kind of event a page is (`Side event`). Other
/// types name happenings of their own (`Press briefing`, `Statement`).
fn names_a_type(title: &str) -> bool {
    ["event", "side event", "special event", "parallel event"]
        .iter()
        .any(|t| title.eq_ignore_ascii_case(t))
}

/// `Background`, `1. Introduction`, `Objectives`: a document's part, no
/// happening. A day its text tells is the page's happening's, told again,
/// or another's (`… in conjunction with the Congress, which will take place
/// from 17 to 21 October 2005`).
fn names_a_part(title: &str) -> bool {
    // Parts' names are short, and most titles are not: asked of every one.
    if title.len() > MAX_PART_TITLE_BYTES {
        return false;
    }
    // `1. `, `IV. `, `A) `: the part's number.
    let part = segment::part_number(title).map_or(title, |k| &title[k..]);
    [
        "background",
        "introduction",
        "overview",
        "objective",
        "objectives",
        "context",
        "purpose",
        "rationale",
        "concept note",
    ]
    .iter()
    .any(|p| part.eq_ignore_ascii_case(p))
}

/// The longest title read as a document's part (`IV. Concept note`).
const MAX_PART_TITLE_BYTES: usize = 20;

/// A note that names the zone of all the page's times (`All times are
/// Eastern Daylight Time.`, `Times are in New York time (EDT)`), opening a
/// line or a sentence of it (`Below is a list of events. All times are …`);
/// `All times are local to the venue` names none.
fn page_zone<'l>(lines: &'l [Line]) -> Option<&'l str> {
    // No note's words before `times` run longer than this.
    const LEAD: usize = 40;
    // One searcher for the page: building it costs more than a short line's scan.
    let times = memchr::memmem::Finder::new(b"imes ");
    lines
        .iter()
        .find_map(|l| {
            let text = l.text.as_ref();
            times.find_iter(text.as_bytes()).find_map(|k| {
                let k = k.checked_sub(1)?;
                let mut lo = k.saturating_sub(LEAD);
                while !text.is_char_boundary(lo) {
                    lo += 1;
                }
                // The note opens a sentence, or a parenthesis after a heading
                // (`Programme (all times in EDT)`).
                let before = &text.as_bytes()[lo..k];
                let stop = before.windows(2).rposition(|w| w == b". ").map(|p| p + 2);
                let paren = memchr::memrchr(b'(', before).map(|p| p + 1);
                let start = match stop.max(paren) {
                    Some(at) => lo + at,
                    None if lo == 0 => 0,
                    None => return None,
                };
                segment::zone_note(&text[start..])
            })
        })
        .or_else(|| {
            lines
                .iter()
                .find_map(|l| time_column_zone(&l.text).or_else(|| zone_line(l)))
        })
}

/// `Time zone: CEST`, or `Europe/Zurich timezone` as event platforms print
/// it: a zone's line that says it is one, its section's or, where the time
/// is in another section, the page's. A zone alone (`(CET)`, or `OICT`
/// ending a wrapped line) zones only its section.
fn zone_line<'l>(line: &'l Line) -> Option<&'l str> {
    let Kind::Labeled(Label::Zone, value) = &line.kind else {
        return None;
    };
    let text = line.text.to_ascii_lowercase();
    let says = ["time zone", "timezone"];
    if !says
        .iter()
        .any(|s| text.starts_with(s) || text.ends_with(s))
    {
        return None;
    }
    zone::zone(&line.text[value.clone()]).ok().map(|(_, z)| z)
}

/// `Time (UTC+3) Agenda Item`, `Time (CET) | Session`: an agenda's time
/// column headed by its zone.
fn time_column_zone(line: &str) -> Option<&str> {
    let inner = ["Time (", "Times (", "TIME ("]
        .iter()
        .find_map(|h| line.strip_prefix(h))?;
    match zone::zone(inner) {
        Ok((rest, z)) if rest.starts_with(')') => Some(z),
        _ => None,
    }
}

/// `text` without its first `cut` bytes, borrowed if it was.
/// A line's kind depends on its text alone, and the pages of one site
/// repeat their menus, headings and footers line for line: each thread keeps
/// what it read of its last lines, up to `MEMO_LINES` of them.
const MEMO_LINES: usize = 4096;
/// Longer lines are prose that seldom repeats: not worth keeping.
const MAX_MEMO_BYTES: usize = 200;

/// What `read_line` made of a line's text: a part of the line (its byte
/// range: folding may trim either end, an icon's cut the front), or a new
/// text.
enum Read {
    Part(Range<usize>),
    New(Box<str>),
}

thread_local! {
    static MEMO: RefCell<FxHashMap<Box<str>, (Read, Kind)>> = RefCell::default();
}

/// One raw line, whitespace-folded and classified, remembered (see
/// `MEMO_LINES`).
fn read_line(raw: &str) -> (Cow<'_, str>, Kind) {
    if raw.len() > MAX_MEMO_BYTES {
        return read_new_line(raw);
    }
    MEMO.with_borrow_mut(|memo| {
        if let Some((read, kind)) = memo.get(raw) {
            let text = match read {
                Read::Part(part) => Cow::Borrowed(&raw[part.clone()]),
                Read::New(text) => Cow::Owned(text.to_string()),
            };
            return (text, kind.clone());
        }
        let (text, kind) = read_new_line(raw);
        let read = match &text {
            // A borrowed text is a part of the raw line: where it starts
            // is how far its first byte stands from the line's.
            Cow::Borrowed(t) => {
                let start = t.as_ptr() as usize - raw.as_ptr() as usize;
                Read::Part(start..start + t.len())
            }
            Cow::Owned(t) => Read::New(t.as_str().into()),
        };
        if memo.len() >= MEMO_LINES {
            memo.clear();
        }
        memo.insert(raw.into(), (read, kind.clone()));
        (text, kind)
    })
}

/// One raw line, whitespace-folded and classified.
fn read_new_line(raw: &str) -> (Cow<'_, str>, Kind) {
    let mut text = folded(raw);
    // `DATE Tuesday, 16 July 2019`: a field in capitals read as the
    // labelled field its lost colon made it.
    if let Some(at) = segment::colon_after_caps_label(&text) {
        text = Cow::Owned(format!("{}:{}", &text[..at], &text[at..]));
    }
    if let Some(cut) = segment::glued_alt_text(&text) {
        text = cut_front(text, cut);
    }
    if let Some(found) = segment::found_icons(&text) {
        text = Cow::Owned(found);
    }
    // `📅 5 June | 🕒 12:45–13:45 | 📍 Room 8`: read as the cells its icons
    // part, when that makes a date line (prose keeps its icons).
    if let Some(cells) = segment::cells_of_icons(&text) {
        let (cut, kind) = unmarked_kind(&cells);
        if matches!(
            kind,
            Kind::Event(_) | Kind::DateOnly(_) | Kind::DatedTitle(_)
        ) {
            return (Cow::Owned(cells[cut..].to_string()), kind);
        }
    }
    let (cut, mut kind) = unmarked_kind(&text);
    text = cut_front(text, cut);
    if matches!(kind, Kind::Body | Kind::Title)
        && let Some((cut, item)) = segment::bulleted_event(&text)
    {
        text = cut_front(text, cut);
        kind = item;
    }
    (text, kind)
}

/// A line's kind, and the length of the icons before a date, time or place
/// (`📅 12 March 2026`) that are left out of it.
fn unmarked_kind(text: &str) -> (usize, Kind) {
    segment::icon_prefix(text).unwrap_or_else(|| (0, segment::classify(text)))
}

fn cut_front(text: Cow<'_, str>, cut: usize) -> Cow<'_, str> {
    match text {
        Cow::Borrowed(t) => Cow::Borrowed(&t[cut..]),
        Cow::Owned(t) => Cow::Owned(t[cut..].to_string()),
    }
}

/// The order of a page's numeric dates that none of them says (no part
/// over 12), from where the page's happenings are: outside the Americas
/// dates are written day first (`03/04/2025, 10:00 CET` is 3 April). The
/// first zone written on a record says where, else the first known city
/// the page names. The Americas write either way: there the page does not
/// say.
fn regional_order(drafts: &[Draft], text: &str) -> Option<date::NumericOrder> {
    let region = match drafts
        .iter()
        .find_map(|d| d.when.zone.as_deref())
        .and_then(|z| resolve::zone_rule(z, &[]))
    {
        Some(resolve::ZoneRule::Fixed(east)) => {
            return (east >= 0).then_some(date::NumericOrder::DayFirst);
        }
        Some(resolve::ZoneRule::Region(tz)) => tz,
        None => places::first_city_zone(text)?,
    };
    (!region.name().starts_with("America/")).then_some(date::NumericOrder::DayFirst)
}

/// An ambiguous numeric date (`03/04/2025`) read as the page writes its
/// numeric dates; `None` when the page does not say.
fn settle_numeric(span: &mut DateSpan, order: Option<date::NumericOrder>) -> Option<()> {
    if !(span.start.ambiguous || span.end.ambiguous) {
        return Some(());
    }
    let order = order?;
    *span = DateSpan {
        start: span.start.read(order),
        end: span.end.read(order),
    };
    Some(())
}

/// A table flattened to a line per cell: its column names (`Date`,
/// `Meeting`, `Venue`) on lines of their own, then each row's cells. Each
/// row is joined with bars on its first line (the others left blank), as a
/// table read row by row, for [`map_table_rows`] to read. Rows go on while
/// their date cell holds a date.
fn join_flattened_tables(lines: &mut [Line]) {
    // No column's name is longer than `organizer(s):`: most lines skip the lookup.
    let is_column = |l: &Line| {
        (3..=13).contains(&l.text.len()) && column_of(l.text.trim_end_matches(':')).is_some()
    };
    let mut k = 0;
    while k < lines.len() {
        let n = lines[k..].iter().take_while(|l| is_column(l)).count();
        if n < 3 {
            k += n.max(1);
            continue;
        }
        let heading = lines[k..k + n]
            .iter()
            .map(|l| l.text.trim_end_matches(':'))
            .collect::<Vec<_>>()
            .join(" | ");
        let Some(columns) = table_columns(&heading) else {
            k += n;
            continue;
        };
        let date = columns.iter().position(|&c| c == Column::Date).unwrap_or(0);
        join_cells(&mut lines[k..k + n], heading);
        k += n;
        while let Some(row) = lines.get(k..k + n)
            && row.iter().all(|l| l.kind != Kind::Blank)
            && parse::find_when(&row[date].text, 0).is_some_and(|(r, _)| r.start == 0)
        {
            let joined = row
                .iter()
                .map(|l| l.text.as_ref())
                .collect::<Vec<_>>()
                .join(" | ");
            join_cells(&mut lines[k..k + n], joined);
            k += n;
        }
    }
}

/// A page wrapped at a fixed width (`lynx -dump`, e-mail archives) breaks
/// its paragraphs into lines: their sentences, announcements among them, are
/// read whole again. A line is broken when the next line's first word would
/// have made it longer than the page's longest line of words. A page is
/// taken as wrapped when that line is 40 to 100 characters long and a break
/// falls in mid-phrase; then each broken line is joined with the next, on
/// the first line of the paragraph (the others are left out).
fn join_wrapped_lines(lines: &mut Vec<Line>, page: &str) {
    // Most pages have a line of words longer than any wrap width: one pass
    // over the lines settles them.
    let long = |l: &Line| {
        l.text.len() > MAX_WRAP_WIDTH
            && l.text.contains(' ')
            && l.text.chars().count() > MAX_WRAP_WIDTH
    };
    if lines.iter().any(long) {
        return;
    }
    // Each line's width, its first word's, and whether it holds several
    // words, as written: a wrapper breaks at spaces, never at a no-break
    // space (`Dialogue\u{a0}(organizers:`).
    let measures: Vec<(usize, usize, bool)> = crate::text::lines(page)
        .map(|raw| {
            let raw = raw.trim_end();
            let lead = raw.trim_start();
            let word = lead.split([' ', '\t']).next().unwrap_or("");
            (
                raw.chars().count(),
                word.chars().count(),
                lead.contains(' '),
            )
        })
        .collect();
    // A word longer than the width (a web address) stands alone on a longer
    // line: only lines of several words show the width.
    let width = measures
        .iter()
        .filter(|m| m.2)
        .map(|m| m.0)
        .max()
        .unwrap_or(0);
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&width) {
        return;
    }
    // What goes on is no line of its own kind (a date line, a field, a
    // field's label alone: `Organizer`), unless the break falls in
    // mid-phrase. A title's last words may hold its date
    // (`Cooperation, 12 July 2018`), unless the line above has its own (a
    // listing's items, one a line).
    let goes_on = |above: &Line, l: &Line| {
        let dated = is_dated_kind(&above.kind);
        // A word alone (`Geneva.`) may end a sentence; other noise is a
        // line of its own (`13:00-15:00 | LUNCH BREAK`).
        let word = l.kind == Kind::Noise && !l.text.contains(' ');
        // A field's label alone (`Organizer`), or a media advisory's in
        // capitals before its value (`WHO: …`).
        let label = segment::is_bare_label(&l.text) || opens_with_caps_label(&l.text);
        // A title's year (`… on Food Crises` then `2024`).
        let year =
            matches!(l.kind, Kind::Grouping(_)) && above.kind == Kind::Title && l.text.len() == 4;
        // A sentence of its own below a field (`Organizers: …` then
        // `Panelists will discuss …`) is the section's text. A field opens
        // with a capital: `organized by UNDP, together with the …` is a
        // sentence's middle, its end on the next line.
        let own_sentence = matches!(above.kind, Kind::Labeled(..))
            && above.text.starts_with(char::is_uppercase)
            && reads_as_sentence(&l.text)
            && segment::has_finite_verb(&l.text);
        // A listing's row that ends with its date, or a status after it
        // (`… 10 to 11 April 2025 Postponed`), is whole: the next row's
        // name starts below it.
        let row_done = || dated && (ends_whole(&above.text, &above.kind) || ends_in_status(above));
        !label
            && (word
                || l.kind == Kind::Title && !row_done()
                || matches!(l.kind, Kind::Body | Kind::Fragment) && !own_sentence
                || matches!(l.kind, Kind::DatedTitle(_)) && !dated
                || year)
    };
    // `broken[k]`: line `k` goes on on line `k + 1`. The page is wrapped
    // when a break falls in mid-phrase.
    let mut in_phrase = false;
    let mut broken: Vec<bool> = lines
        .windows(2)
        .zip(measures.windows(2))
        .map(|(l, m)| {
            if l[0].kind == Kind::Blank
                || l[1].kind == Kind::Blank
                || m[0].0 + 1 + m[1].1 <= width
                // A web address alone (a listing's link) goes on no line.
                || crate::text::is_web_address(&l[1].text)
            {
                return false;
            }
            let mid = mid_phrase(&l[0].text, &l[1].text);
            in_phrase |= mid || runs_on(&l[0], &l[1]);
            mid || goes_on(&l[0], &l[1])
        })
        .collect();
    if !in_phrase {
        return;
    }
    let mut k = 0;
    while k < lines.len() {
        let n = 1 + broken[k.min(broken.len())..]
            .iter()
            .take_while(|&&b| b)
            .count();
        if n > 1 {
            let join = |m: usize| texts_joined(&lines[k..k + m]);
            let joined = join(n);
            let kind = segment::classify(&joined);
            // An item's dated line as long as the width, maybe wrapped
            // itself, then its text (`… 10:00 to 12:00 (Geneva time)` then
            // `Experts will discuss …`): joined whole, the item would turn to
            // prose. It ends where its date or a parenthesis ends.
            let item = (!is_dated_kind(&kind))
                .then(|| {
                    (1..n.min(MAX_ITEM_LINES + 1)).rev().find_map(|m| {
                        if mid_phrase(&lines[k + m - 1].text, &lines[k + m].text) {
                            return None;
                        }
                        // An event line may end with its name, when the
                        // lines after it read as its text (`Mon, 12 Feb
                        // 2024 - Webinar on open data` then `The webinar
                        // presents the portal.`).
                        let whole = |text: &str, kind: &Kind| {
                            ends_whole(text, kind)
                                || matches!(kind, Kind::Event(_))
                                    && opens_text(&lines[k + m..k + n])
                        };
                        // The first line alone stays as it is.
                        if m == 1 {
                            return whole(&lines[k].text, &lines[k].kind).then_some((1, None));
                        }
                        let text = join(m);
                        let kind = segment::classify(&text);
                        whole(&text, &kind).then_some((m, Some((text, kind))))
                    })
                })
                .flatten();
            let (m, head) = item.unwrap_or((n, Some((joined, kind))));
            if m < n {
                broken[k + m - 1] = false;
            }
            if let Some((text, kind)) = head {
                lines[k].kind = kind;
                lines[k].text = Cow::Owned(text);
            }
            k += m;
        } else {
            k += 1;
        }
    }
    // The lines joined on the one above are left out: blank, they would
    // part a title from its date line.
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        k == 1 || !broken.get(k - 2).copied().unwrap_or(false)
    });
}

/// The lines' texts as one line, parted by spaces.
fn texts_joined(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| l.text.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The most lines a dated line is wrapped on (an event line with its
/// organizers, at 40 characters): a longer run is looked at no further.
const MAX_ITEM_LINES: usize = 6;

fn is_dated_kind(kind: &Kind) -> bool {
    matches!(
        kind,
        Kind::DatedTitle(_) | Kind::Event(_) | Kind::DateOnly(_)
    )
}

/// A dated line that ends as its date, its place or a parenthesis does (`…
/// 2023`, `… 2023, Kyoto`, `… (Geneva time)`), not with a sentence's first
/// words.
fn ends_whole(text: &str, kind: &Kind) -> bool {
    match kind {
        Kind::DatedTitle(f) | Kind::Event(f) | Kind::DateOnly(f) => {
            f.span.end == text.len()
                // A place after a comma: one after a dash may be a
                // dateline's subject (`GENEVA, 3 March 2024 — The United
                // Nations …`).
                || f.place
                    .as_ref()
                    .is_some_and(|p| p.end == text.len() && text[..p.start].ends_with(", "))
                || text.ends_with([')', ']'])
        }
        _ => false,
    }
}

/// A dated line whose date only a status follows (`… 24 April 2025
/// Postponed`).
fn ends_in_status(l: &Line) -> bool {
    match &l.kind {
        Kind::DatedTitle(f) | Kind::Event(f) | Kind::DateOnly(f) => {
            segment::status_after(&l.text, f.span.end)
        }
        _ => false,
    }
}

/// `WHO: Secretary-General António Guterres`: a label in capitals, then a
/// colon and the value.
fn opens_with_caps_label(text: &str) -> bool {
    text.split_once(": ")
        .is_some_and(|(label, _)| label.len() >= 2 && label.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `Speakers present the open data portal.`: capitalized, three words or
/// more, and ended by a full stop (a name or a field's value is not).
fn reads_as_sentence(text: &str) -> bool {
    text.starts_with(char::is_uppercase)
        && text.ends_with(['.', '!', '?'])
        && text.split(' ').nth(2).is_some()
}

/// `lines` read as an item's text, not as its name's last words: a
/// sentence with a finite verb or opening as one does (`The Envoy
/// addressed …`; `Mukherjee, Director, DESA.` ends a name).
fn opens_text(lines: &[Line]) -> bool {
    const OPENERS: &[&str] = &["A", "An", "In", "It", "Its", "The", "This", "These", "We"];
    let text = texts_joined(lines);
    reads_as_sentence(&text)
        && (segment::has_finite_verb(&text)
            || OPENERS.contains(&text.split(' ').next().unwrap_or("")))
}

/// A line break inside a phrase: before a word in lower case (`week of the
/// seventy-ninth session…` heads no week) or a parenthesis (`… at 8.00am`
/// then `(New York time, EDT)/…`), inside one (`(organizers: Permanent`
/// then `Mission of Kenya)`), after a comma, a word that joins (`…
/// Rwanda and` then `Sweden, 16 January 2023.`) or a dash (`…, 30 December
/// 2024 –` then `2 January 2025`), a day before its month
/// (`… Wednesday, 1` then `July 2020.`; a number before a weekday is no
/// day: `…, Conference Room 2` then `Wednesday, 12 March`) or a month
/// before its year (`…, 12 July` then `2018`). A title may end with another
/// word in lower case (`… peace and security` above its date line).
fn mid_phrase(above: &str, next: &str) -> bool {
    let last = above.rsplit(' ').next().unwrap_or("");
    let first = next.split(' ').next().unwrap_or("");
    let day = |w: &str| w.len() <= 2 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    above.ends_with([',', '-', '–', '—'])
        || segment::opens_parenthesis(above.as_bytes())
        || next.starts_with(|c: char| c == '(' || c.is_lowercase())
            && segment::item_mark(next).is_none()
        || ends_on_joining_word(above)
        || (day(last) && date::is_month_word(first.trim_end_matches(['.', ','])))
        || (date::is_date_word(last) && first.starts_with(|c: char| c.is_ascii_digit()))
}

/// `text` ends on a joining word (see [`is_joining`]), but for `on` after
/// a span of time, which ends its phrase (`Global Digital Compact one year
/// on` above its date line).
fn ends_on_joining_word(text: &str) -> bool {
    // The last words found by a byte search: it is asked of every line.
    fn last_word(t: &str) -> Option<(&str, &str)> {
        memchr::memrchr(b' ', t.as_bytes()).map(|k| (&t[..k], &t[k + 1..]))
    }
    let (before, last) = last_word(text).unwrap_or(("", text));
    is_joining(last)
        && !(last == "on"
            && last_word(before).is_some_and(|(_, w)| {
                matches!(
                    w,
                    "year" | "years" | "decade" | "decades" | "months" | "weeks" | "later"
                )
            }))
}

/// A word that joins what goes before to what comes after: a line that
/// ends on one is broken in mid-phrase (French and Spanish ones too: `…
/// aprobaron hoy el` then `Pacto Digital Global …`). A `match`: it is asked
/// of every line's last word.
fn is_joining(word: &str) -> bool {
    matches!(
        word,
        "a" | "about"
            | "across"
            | "against"
            | "among"
            | "an"
            | "and"
            | "as"
            | "at"
            | "between"
            | "by"
            | "for"
            | "from"
            | "in"
            | "into"
            | "its"
            | "of"
            | "on"
            | "or"
            | "than"
            | "that"
            | "the"
            | "their"
            | "through"
            | "to"
            | "towards"
            | "under"
            | "which"
            | "with"
            | "within"
            | "without"
            | "à"
            | "au"
            | "aux"
            | "avec"
            | "con"
            | "dans"
            | "de"
            | "del"
            | "des"
            | "du"
            | "el"
            | "en"
            | "et"
            | "la"
            | "las"
            | "le"
            | "les"
            | "los"
            | "para"
            | "par"
            | "por"
            | "pour"
            | "sur"
            | "un"
            | "una"
            | "une"
            | "y"
    )
}

/// A line that ends on a joining word goes on on the next line, on any page,
/// wrapped or not: a title broken in two (`Launch of the report on the`
/// then `State of the World's Forests`, above its date line), a sentence
/// broken around its date (`Registration will start on` then `Sunday, 20
/// January 2008 from` then `noon to 6 p.m.`). So does a line above one that
/// opens with a comma (`11:00 hrs., Room XXVI, Palais des Nations` then `,
/// Switzerland`). Two words are a label or a
/// button (`Organized by`, `Sign in`), not a phrase; a row of cells ends
/// with its last cell (`Date | Event | Organized by`); a list's item below
/// (`Themes such as` then `• water`) is one of its own.
fn join_broken_phrases(lines: &mut Vec<Line>, page: &str) {
    // A line's bullet may be cut already (`• 12 May 2024 – Launch …` is an
    // event line): its raw line shows it. Read once, on the first page
    // that asks.
    let bullets: std::cell::OnceCell<Vec<bool>> = std::cell::OnceCell::new();
    let bulleted = |no: usize| {
        bullets.get_or_init(|| {
            crate::text::lines(page)
                .map(|raw| segment::list_item(folded(raw).trim_start()).is_some())
                .collect()
        })[no - 1]
    };
    // The last word first: few lines end on a joining word.
    let breaks = |above: &str, next: &Line| {
        (ends_on_joining_word(above) || next.text.starts_with(", "))
            && !matches!(next.kind, Kind::Blank)
            && segment::item_mark(&next.text).is_none()
            && above.split(' ').nth(2).is_some()
            && segment::first_bar(above).is_none()
            && !bulleted(next.no)
    };
    // Only words that end no phrase: `one year on`, `Count Me In` end on
    // a particle.
    let ends_unjoined = |line: &str| {
        let last = memchr::memrchr(b' ', line.as_bytes()).map_or(line, |k| &line[k + 1..]);
        matches!(
            last,
            "a" | "an" | "the" | "and" | "or" | "of" | "for" | "from" | "with" | "to" | "into"
        ) && line.split(' ').nth(2).is_some()
    };
    // Each line is asked as it was written, and a run of broken lines is
    // classified once, joined: a page of thousands stays linear.
    let mut joined: Vec<bool> = Vec::new();
    let mut run: Option<(usize, String)> = None;
    for n in 1..=lines.len() {
        let goes_on = n < lines.len()
            && !matches!(lines[n - 1].kind, Kind::Blank)
            && breaks(&lines[n - 1].text, &lines[n]);
        if goes_on {
            let (_, text) = run.get_or_insert_with(|| (n - 1, lines[n - 1].text.to_string()));
            if !lines[n].text.starts_with(',') {
                text.push(' ');
            }
            text.push_str(&lines[n].text);
            if joined.is_empty() {
                joined.resize(lines.len(), false);
            }
            joined[n] = true;
        } else if let Some((head, text)) = run.take() {
            lines[head].kind = segment::classify(&text);
            lines[head].text = Cow::Owned(text);
        } else if lines[n - 1].kind == Kind::Title && ends_unjoined(&lines[n - 1].text) {
            // `Organized in partnership with`, then a blank line: a phrase
            // cut short, no title.
            lines[n - 1].kind = Kind::Fragment;
        }
    }
    if !joined.is_empty() {
        take_out(lines, &joined);
    }
}

/// A sentence broken before a proper name (`… will be held … at United`
/// then `Nations Headquarters in New York.`), or any line broken before its
/// last word (`… with the International Telecommunication` then `Union.`):
/// it goes on to its full stop on the next line. Shows a page wrapped, as
/// [`mid_phrase`] does.
fn runs_on(above: &Line, next: &Line) -> bool {
    let open = !above
        .text
        .ends_with(['.', '!', '?', ':', ';', ')', '"', '”']);
    let last_word = !next.text.contains(' ') && next.text.ends_with('.');
    open && (last_word
        || segment::has_finite_verb(&above.text)
            && matches!(next.kind, Kind::Body | Kind::Fragment))
}

/// The widths a page may be wrapped at, in characters.
const MIN_WRAP_WIDTH: usize = 40;
const MAX_WRAP_WIDTH: usize = 100;

/// Puts a row's joined cells on its first line and blanks the others.
fn join_cells(row: &mut [Line], joined: String) {
    for l in &mut row[1..] {
        l.kind = Kind::Blank;
        l.text = Cow::Borrowed("");
    }
    row[0].kind = segment::classify(&joined);
    row[0].text = Cow::Owned(joined);
}

/// `Location` on a line and `Conference Room 4` on the next (a definition
/// list, flattened; a label with its colon may stand above blank lines):
/// the value is read as `Location: Conference Room 4`, the label's line is
/// left out. Below `Organizers:` a bulleted list (`• UNDP`,
/// `• ITU`) is the value, its names joined by semicolons (a name may hold a
/// comma); the items' lines are left out.
fn join_bare_labels(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if lines[k].kind == Kind::Blank {
            continue;
        }
        // `When :`, a blank line, then its value: a definition list saved
        // with blank lines between its parts; a label without its colon
        // stands right above its value, unless a verb's `by` waits for it
        // (`Organized jointly by`) or the value is a date line or a place,
        // which no heading heads (an event platform's `Date and time`, a
        // blank line, `Thu, Mar 14, 2024, 10:00 AM`; `Location`, `Online`).
        let value_alone =
            || matches!(lines[k].kind, Kind::DateOnly(_)) || places::only_places(&lines[k].text);
        // `Convenor`, a blank line, a sentence, then `Focal Point`: a card's
        // fields, spaced; past its last value, the next card's title may stand.
        let field_below = || {
            filled_after(lines, k).is_some_and(|n| {
                matches!(lines[n].kind, Kind::Labeled(..)) || segment::is_bare_label(&lines[n].text)
            })
        };
        let above = filled_before(lines, k).filter(|&j| {
            j + 1 == k
                || lines[j].text.ends_with(':')
                || lines[j].text.ends_with(" by")
                || segment::is_bare_label(&lines[j].text) && value_alone()
                || segment::is_nameless_field(&lines[j].text) && field_below()
        });
        // `Event type:` left empty, then `Start date: 24 January 2024`: a
        // field of its own is no value of the label above, nor is a label
        // left empty too (`When`, then `Where`).
        let own_field = || {
            matches!(lines[k].kind, Kind::Labeled(..))
                || matches!(&lines[k].kind, Kind::DateOnly(f) if f.labeled)
                || segment::is_bare_label(&lines[k].text)
        };
        // A menu's `Contact`, then `Webinar on oceans` right above its date
        // line: a title, no contact (but `Organizer`, then `UNEP`, then the
        // date, is a field).
        let titles_date = |label: &str| {
            lines[k].kind == Kind::Title
                && !segment::is_entity_label(label)
                && !places::only_places(&lines[k].text)
                && filled_after(lines, k)
                    .is_some_and(|n| matches!(lines[n].kind, Kind::DateOnly(_)))
        };
        // `… 2015 13:00Type of event :`: the scrape ran the value above and
        // the label together; the label still heads the line below.
        let glued = above.and_then(|j| glued_label(&lines[j].text));
        let label = |j: usize| {
            lines[j].text[glued.unwrap_or(0)..]
                .trim_end_matches(':')
                .trim_end()
        };
        if let Some(j) = above
            && (glued.is_some() || segment::is_bare_label(&lines[j].text))
            && !own_field()
            && !titles_date(label(j))
        {
            let label = label(j);
            let (taken, value) = segment::is_entity_label(label)
                .then(|| listed_names(&lines[k..]).or_else(|| stacked_entities(&lines[k..])))
                .flatten()
                .unwrap_or_else(|| (1, lines[k].text.to_string()));
            // `Paris, FranceThe Executive Board will …`: the page's text,
            // run into the field's value too, is no part of the field.
            let field = match glued.and_then(|_| glued_sentence(&value)) {
                Some(end) => label.len() + 2 + end,
                None => label.len() + 2 + value.len(),
            };
            let joined = format!("{label}: {value}");
            lines[k].kind = segment::classify(&joined[..field]);
            lines[k].text = Cow::Owned(joined);
            if let Some(label_at) = glued {
                let value = lines[j].text[..label_at].to_string();
                lines[j].kind = segment::classify(&value);
                lines[j].text = Cow::Owned(value);
            } else {
                lines[j].kind = Kind::Noise;
            }
            for l in &mut lines[k + 1..k + taken] {
                l.kind = Kind::Noise;
            }
        }
    }
}

/// Where a label glued to the value before it starts (`… 13:00Type of
/// event :`, `Executive BoardWhere :`): a small letter or digit, then the
/// label's capital. UNESCO's old event pages lost their fields' breaks so.
fn glued_label(text: &str) -> Option<usize> {
    if !text.ends_with(':') {
        return None;
    }
    let b = text.as_bytes();
    (1..b.len())
        .rev()
        .take(MAX_GLUED_LABEL_BYTES)
        .filter(|&k| {
            b[k].is_ascii_uppercase()
                && (b[k - 1].is_ascii_lowercase() || b[k - 1].is_ascii_digit())
        })
        .find(|&k| segment::is_bare_label(&text[k..]))
}

/// Where a sentence glued to a field's value starts (`Paris, FranceThe
/// Executive Board will have …`): a small letter, then `The`, `This` or
/// `On` and a space.
fn glued_sentence(value: &str) -> Option<usize> {
    ["The ", "This ", "On "].iter().find_map(|w| {
        memchr::memmem::find_iter(value.as_bytes(), w.as_bytes())
            .find(|&k| k > 0 && value.as_bytes()[k - 1].is_ascii_lowercase())
    })
}

/// The longest label read as glued to a value (see [`glued_label`]).
const MAX_GLUED_LABEL_BYTES: usize = 24;

/// The items of a bulleted list that opens `lines`, blank lines between
/// them allowed: how many lines they take, and their texts joined by `; `.
fn listed_names(lines: &[Line]) -> Option<(usize, String)> {
    let mut items = Vec::new();
    let mut taken = 0;
    for (n, l) in lines.iter().enumerate() {
        if l.kind == Kind::Blank {
            continue;
        }
        match segment::list_item(&l.text) {
            Some(item) => {
                items.push(item);
                taken = n + 1;
            }
            None => break,
        }
    }
    (!items.is_empty()).then(|| (taken, items.join("; ")))
}

/// `UNSD`, then `ILO` right below it, each an entity's short name (or a
/// government or mission): the names a label above them gives, one a line,
/// unbulleted. How many lines they take, and their texts joined by `; `.
fn stacked_entities(lines: &[Line]) -> Option<(usize, String)> {
    let taken = lines
        .iter()
        .take_while(|l| l.kind != Kind::Blank && org::lists_entities(&l.text))
        .count();
    (taken > 1).then(|| {
        let names: Vec<&str> = lines[..taken].iter().map(|l| l.text.as_ref()).collect();
        (taken, names.join("; "))
    })
}

/// A calendar widget's date, flattened to a line each for its parts (`Dec
/// 10` then `2024`; `10`, `DEC`, `2024`; `MAR`, `10`, `Tuesday`, its year
/// then taken from the page as for any date without one): read as one date
/// line, standing in the last part's place; the other parts are left out.
fn join_calendar_dates(lines: &mut [Line]) {
    let part = |l: &Line| {
        l.text.len() <= MAX_CALENDAR_PART
            && l.text.split(' ').all(|w| {
                let w = w.trim_end_matches([',', '.']);
                (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
                    || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
                    || date::is_date_word(w)
            })
    };
    let mut k = 0;
    while k + 1 < lines.len() {
        let run = lines[k..].iter().take(3).take_while(|l| part(l)).count();
        let joined = (2..=run).rev().find_map(|n| {
            let text = texts_joined(&lines[k..k + n]);
            let kind = segment::classify(&text);
            matches!(&kind, Kind::DateOnly(_)).then_some((n, text, kind))
        });
        let Some((n, text, kind)) = joined else {
            k += 1;
            continue;
        };
        for l in &mut lines[k..k + n - 1] {
            l.kind = Kind::Noise;
        }
        let last = &mut lines[k + n - 1];
        last.kind = kind;
        last.text = Cow::Owned(text);
        k += n;
    }
}

/// `Day 1: Tuesday, 26 December 2023, 15:00-18:40` right above `Day 2:
/// Wednesday, 27 December 2023, 15:00-18:50` (also bulleted, `- [Day 2]
/// …`, the first below a `Date and Time:` label): the days of one
/// happening, from the first day's start to the last day's end. Each later
/// day's line is left out of the items.
/// So are unnumbered date lines stacked right below a title, each more than
/// a bare day (`General debate`, then `Wednesday, 23 September
/// 2009-Saturday, 26 September 2009` and `Monday, 28 September
/// 2009-Wednesday, 30 September 2009`), each later than the one above and
/// within a month of it: a bare day there may be a post's stamp.
fn listed_days(lines: &mut [Line]) {
    // A date line's number in the list, if any, and its date.
    let day_of = |l: &Line| match &l.kind {
        Kind::DateOnly(f) if f.name.is_empty() => {
            Some((segment::listed_day(&l.text), f.when.clone()))
        }
        _ => None,
    };
    let stacked = |above: &When, below: &When| {
        let more = |w: &When| w.date.start != w.date.end || w.time.is_some();
        let (end, start) = (above.date.end, below.date.start);
        more(above)
            && more(below)
            && end.year == start.year
            && (end.month, end.day) < (start.month, start.day)
            && start.month <= end.month + 1
    };
    // The line the days are gathered on, and the last day's number and date.
    let mut first: Option<(usize, Option<u32>, When)> = None;
    for k in 0..lines.len() {
        match (first.take(), day_of(&lines[k])) {
            (Some((h, n, last)), Some((m, when)))
                if lines[h + 1..k].iter().all(|l| l.kind == Kind::Noise)
                    && match (n, m) {
                        (Some(n), Some(m)) => m == n + 1,
                        (None, None) => {
                            h > 0 && lines[h - 1].kind == Kind::Title && stacked(&last, &when)
                        }
                        _ => false,
                    } =>
            {
                // A list of days is no publication date: it belongs to the
                // title above, as a labelled date does.
                if let Kind::DateOnly(f) = &mut lines[h].kind {
                    f.when.through(&when);
                    f.labeled = true;
                }
                lines[k].kind = Kind::Noise;
                first = Some((h, m, when));
            }
            (_, day) => first = day.map(|(n, when)| (k, n, when)),
        }
    }
}

/// A date line broken after its dash (`Tuesday, 28 April 2015 -`, then
/// `7:00pm to 9:00pm`, or `02.06.2025 | 00:00 –`, then `06.06.2025 |
/// 23:59`), or before the end of its range (`from Monday 29 October,
/// 2018`, then `to Tuesday 30 October, 2018`): one date line, as written
/// before the break.
fn join_broken_date_times(lines: &mut Vec<Line>) {
    join_pairs(lines, |lines, k| {
        let (upper, lower) = (&lines[k], &lines[k + 1]);
        let broken = [" -", " –", " —"].iter().any(|d| upper.text.ends_with(d));
        let time_below = matches!(&lower.kind, Kind::Labeled(Label::Time, v) if v.start == 0);
        let day_below =
            matches!(upper.kind, Kind::DateOnly(_)) && matches!(lower.kind, Kind::DateOnly(_));
        let range_end_below = matches!(upper.kind, Kind::DateOnly(_))
            && lower.kind == Kind::Fragment
            && ["to ", "until ", "till "]
                .iter()
                .any(|w| lower.text.starts_with(w));
        if !((broken && (time_below || day_below)) || range_end_below) {
            return None;
        }
        let text = format!("{} {}", upper.text, lower.text);
        let kind = segment::classify(&text);
        is_dated_kind(&kind).then_some((text, kind))
    });
}

/// `Wednesday, 20 December 2023 at 14:00` then `access_time 2 min read`: a
/// news page's publication stamp beside its reading time, no date of the
/// happening its story tells of (`On 17 November 2023, a session …`).
fn reading_stamps(lines: &mut [Line]) {
    for k in 0..lines.len() {
        // `classify` made each reading time noise.
        if lines[k].kind != Kind::Noise || !segment::is_reading_time(&lines[k].text) {
            continue;
        }
        let beside = [k.checked_sub(1), Some(k + 1)];
        for j in beside.into_iter().flatten() {
            if lines
                .get(j)
                .is_some_and(|l| matches!(l.kind, Kind::DateOnly(_)))
            {
                lines[j].kind = Kind::Noise;
            }
        }
    }
}

/// Words of a date line in a language docket does not read, at most.
const MAX_TRANSLATED_DATE_WORDS: usize = 6;

/// `Jeudi, 15 septembre 2022 - 2:00pm` right above `15 September 2022,
/// 14:00 – 15:00, Room XXV`: a bilingual page's date line in the other
/// language, short and with the same day and year as the date below; no
/// title, so the date below stays the title's above. Read as a date line
/// (docket reads French), it gives way to the one below when that says
/// the same days and as much of the hours.
fn translated_dates(lines: &mut [Line]) {
    for k in 0..lines.len() {
        if let Kind::DateOnly(upper) = &lines[k].kind
            && let Some(Kind::DateOnly(lower)) = filled_after(lines, k).map(|j| &lines[j].kind)
            && upper.when.date == lower.when.date
            && (lower.when.time.is_some() || upper.when.time.is_none())
        {
            lines[k].kind = Kind::Noise;
            continue;
        }
        if lines[k].kind != Kind::Title
            || lines[k].text.split(' ').count() > MAX_TRANSLATED_DATE_WORDS
        {
            continue;
        }
        let Some(Kind::DateOnly(found)) = filled_after(lines, k).map(|j| &lines[j].kind) else {
            continue;
        };
        let start = &found.when.date.start;
        let Some(year) = start.year else {
            continue;
        };
        let numbers = || {
            lines[k]
                .text
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse::<i64>().ok())
        };
        if numbers().any(|n| n == i64::from(start.day)) && numbers().any(|n| n == i64::from(year)) {
            lines[k].kind = Kind::Noise;
        }
    }
}

/// Words a press release's headline has at least: shorter, the page's
/// first line is a listing's heading (`Upcoming events`), whose first item
/// may follow in lower case.
const MIN_HEADLINE_WORDS: usize = 6;

/// `General Assembly President To Shine Spotlight On Digital Divide`, then
/// `Bold commitments needed to make sure no one is left offline`: a press
/// release's headline and its deck (see [`segment::is_deck`]), which sums
/// the story up and names nothing. The deck is read as prose, so the
/// headline titles the release's happening.
fn deck(lines: &mut [Line]) {
    let Some(head) = lines
        .iter()
        .position(|l| !matches!(l.kind, Kind::Blank | Kind::Noise))
    else {
        return;
    };
    if lines[head].kind == Kind::Title
        && lines[head].text.split(' ').count() >= MIN_HEADLINE_WORDS
        && let Some(deck) = filled_after(lines, head)
        && lines[deck].kind == Kind::Title
        && segment::is_deck(&lines[deck].text)
    {
        lines[deck].kind = Kind::Body;
    }
}

/// `• ITU Council 2018: State of the Union Address`, then `17 April 2018,
/// Geneva, Switzerland: Welcome to …`: a list item in a title's words above
/// a paragraph that opens with its date heads that paragraph, as a
/// headline does (a list's items follow one another).
fn bulleted_headlines(lines: &mut [Line]) {
    for k in 0..lines.len() {
        if lines[k].kind != Kind::Body {
            continue;
        }
        let Some(item) = segment::list_item(&lines[k].text) else {
            continue;
        };
        let dated_below = filled_after(lines, k).is_some_and(|next| {
            lines[next].kind == Kind::Body && parse::when(&lines[next].text).is_ok()
        });
        if dated_below && segment::classify(item) == Kind::Title {
            lines[k].kind = Kind::Title;
        }
    }
}

/// `• Date: Thursday, 9 July 2024`, `• Time: 12:00 PM - 01:30 PM EST`: a
/// card's fields set as a list read as the fields they are, their marks
/// left out.
fn bulleted_fields(lines: &mut [Line]) {
    for l in lines.iter_mut() {
        if l.kind != Kind::Body {
            continue;
        }
        let Some(item) = segment::list_item(&l.text) else {
            continue;
        };
        // A field's label is short and ends with its colon (see
        // `MAX_FIELD_LABEL_BYTES`): most items are not asked.
        let head = &item.as_bytes()[..item.len().min(MAX_FIELD_LABEL_BYTES)];
        if memchr::memchr(b':', head).is_none() {
            continue;
        }
        let kind = segment::classify(item);
        let field = match &kind {
            Kind::Labeled(..) => true,
            Kind::DateOnly(f) => f.labeled,
            _ => false,
        };
        if field {
            l.text = Cow::Owned(item.to_string());
            l.kind = kind;
        }
    }
}

/// `Mr Jovan Kurbalija, Diplo Foundation` (see [`segment::is_person_line`]),
/// `Your Majesty, Queen Máxima`: a speech's salutations or a list of
/// speakers, no title, so no item the date line above could be the
/// publication date of.
fn person_lines(lines: &mut [Line]) {
    for l in lines.iter_mut() {
        if l.kind == Kind::Title
            && (segment::is_person_line(&l.text) || segment::is_salutation(&l.text))
        {
            l.kind = Kind::Noise;
        }
    }
}

/// UN Web TV's schedule: each item's time in machine form on its own line
/// (`2026-04-21T08:00:00-04:00`), the same time on the reader's clock below
/// it (`0400am`), then the item's name. The stamp, with its offset, heads
/// the name: read as one event line, `2026-04-21T08:00:00-04:00 - Consideration
/// of Gabon`, on the stamp's line, the other two taken out.
fn machine_stamps(lines: &mut Vec<Line>) {
    // Most pages have none: no sweep for them.
    let Some(first) = lines.iter().position(is_machine_stamp) else {
        return;
    };
    let mut taken = vec![false; lines.len()];
    for k in first..lines.len() {
        if !is_machine_stamp(&lines[k]) {
            continue;
        }
        let clock = usize::from(lines.get(k + 1).is_some_and(|l| is_reader_clock(&l.text)));
        let name = k + 1 + clock;
        if !lines
            .get(name)
            .is_some_and(|l| matches!(l.kind, Kind::Title | Kind::Body))
        {
            continue;
        }
        let text = format!("{} - {}", lines[k].text, lines[name].text);
        lines[k].kind = segment::classify(&text);
        lines[k].text = Cow::Owned(text);
        taken[k + 1..=name].fill(true);
    }
    take_out(lines, &taken);
}

/// A date line that is only a date-time in machine form, with its offset.
fn is_machine_stamp(line: &Line) -> bool {
    let t = line.text.as_bytes();
    matches!(line.kind, Kind::DateOnly(_))
        && t.len() >= "2026-04-21T08:00Z".len()
        && t[10] == b'T'
        && (t.ends_with(b"Z") || t[t.len() - 6] == b'+' || t[t.len() - 6] == b'-')
}

/// `0400am`: a time as the reader's clock shows it, run together.
fn is_reader_clock(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (3..=4).contains(&digits) && matches!(&text[digits..], "am" | "pm")
}

/// `10:00` then `12:30`, each alone on its line right below the other (an
/// agenda's card: its date, start, end, then its title): one time field
/// from the first to the second on the first line, the second's line
/// taken out, so the card reads as `10:00 - 12:30` would. Only a later time
/// ends the first: `14:00` then `10:00` are the times of two items. And
/// `7–7:45 a.m. EST`, then `(1–1:45 p.m. CET)`: the same hours in another
/// zone, read as part of the first line, whose zone is the one used; the
/// time then stands right above the item it heads. One pass joins both.
fn join_stacked_times(lines: &mut Vec<Line>) {
    join_pairs(lines, |lines, k| {
        stacked_end_below(lines, k).or_else(|| other_zone_below(lines, k))
    });
}

/// The line at `k` is a time alone and the line below ends it (see
/// [`join_stacked_times`]): their joined text and kind.
fn stacked_end_below(lines: &[Line], k: usize) -> Option<(String, Kind)> {
    let lone = |l: &Line| match &l.kind {
        Kind::Labeled(Label::Time, v) if v.start == 0 => time::time_span(&l.text)
            .ok()
            .filter(|(rest, t)| rest.is_empty() && t.end.is_none())
            .map(|(_, t)| t.start),
        _ => None,
    };
    // The upper line is read only above a lone time: each time is parsed
    // about once.
    let end = lone(&lines[k + 1])?;
    let start = lone(&lines[k])?;
    (end > start).then(|| {
        let text = format!("{} - {}", lines[k].text, lines[k + 1].text);
        let kind = Kind::Labeled(Label::Time, 0..text.len());
        (text, kind)
    })
}

/// The line at `k` is a time alone and the line below gives its hours in
/// another zone in brackets (see [`join_stacked_times`]): their joined text,
/// and the first line's kind.
fn other_zone_below(lines: &[Line], k: usize) -> Option<(String, Kind)> {
    let (upper, lower) = (&lines[k], &lines[k + 1]);
    let inner = lower.text.strip_prefix('(')?.strip_suffix(')')?;
    if !is_time_alone(upper, &upper.text) {
        return None;
    }
    let (rest, _) = parse::time_chain(inner).ok()?;
    rest.is_empty()
        .then(|| (format!("{} {}", upper.text, lower.text), upper.kind.clone()))
}

/// A media alert's day: its date line, then rows of three lines, maybe
/// parted by blank lines: the time, the room and the item (`9:45 am`,
/// `Security Council Stakeout`, `Press Encounter: …`). Each row is read as
/// one line, `9:45 am | Security Council Stakeout | Press Encounter: …`, on
/// the item's line (the others left blank), as a table's row is. Only under
/// a date line that heads two rows or more: cards (a title, its date, time
/// and venue) put the next card's title below a time and a venue once a date.
fn join_schedule_rows(lines: &mut [Line]) {
    // A table's cells flattened one a line keep their bars (`9:45 am |`).
    fn cell<'a>(l: &'a Line) -> &'a str {
        l.text.strip_suffix(" |").unwrap_or(&l.text)
    }
    let is_slot = |l: &Line| match &l.kind {
        Kind::Labeled(Label::Time, _) => is_time_alone(l, cell(l)),
        Kind::Title => segment::is_untimed_mark(cell(l)),
        _ => false,
    };
    // `Press Briefing Room,`: a room whose number the scrape lost.
    let is_room = |l: &Line| {
        matches!(l.kind, Kind::Title | Kind::Body | Kind::Noise)
            && places::only_places(cell(l).trim_end_matches(','))
    };
    // An item may give its own days (`… Segment (20 - 22 May)`).
    let is_item = |l: &Line| {
        matches!(l.kind, Kind::Title | Kind::Body | Kind::DatedTitle(_))
            && !places::only_places(cell(l))
    };
    let mut rows = Vec::new();
    // The rows under the last date line, if any.
    let mut day: Option<Vec<[usize; 3]>> = None;
    for k in 0..lines.len() {
        // A row's item may give its own days (`… Segment (20 - 22 May)`):
        // no new day.
        let in_row = day
            .as_ref()
            .and_then(|d| d.last())
            .is_some_and(|row| k <= row[2]);
        if in_row {
            continue;
        }
        if matches!(
            lines[k].kind,
            Kind::DateOnly(_) | Kind::DatedTitle(_) | Kind::Event(_)
        ) {
            rows.extend(
                day.replace(Vec::new())
                    .filter(|d| d.len() >= 2)
                    .into_iter()
                    .flatten(),
            );
        } else if let Some(day) = &mut day
            && is_slot(&lines[k])
            && let Some(p) = filled_after(lines, k).filter(|&p| is_room(&lines[p]))
            && let Some(n) = filled_after(lines, p).filter(|&n| is_item(&lines[n]))
        {
            day.push([k, p, n]);
        }
    }
    rows.extend(day.filter(|d| d.len() >= 2).into_iter().flatten());
    for [t, p, n] in rows {
        let joined = format!(
            "{} | {} | {}",
            cell(&lines[t]),
            cell(&lines[p]).trim_end_matches(','),
            cell(&lines[n])
        );
        for l in [t, p] {
            lines[l].kind = Kind::Blank;
            lines[l].text = Cow::Borrowed("");
        }
        lines[n].kind = segment::classify(&joined);
        lines[n].text = Cow::Owned(joined);
    }
}

/// A table flattened one cell to a line, each cell closed by a bar (`10:00-10:30
/// |`, then the item's lines, the last one ending in `|`): a time cell and
/// the first line of the cell after it are one agenda row, `10:00-10:30 |
/// Welcome from the Chair`, on the time's line, the item's line taken out.
/// A row's first column is its time, as in every agenda, so the cell above
/// a time (the end of the row before) is not its item.
fn join_barred_cells(lines: &mut Vec<Line>) {
    join_pairs(lines, |lines, k| {
        let time = lines[k].text.strip_suffix(" |")?;
        if !is_time_alone(&lines[k], time) {
            return None;
        }
        let below = &lines[k + 1];
        if !matches!(below.kind, Kind::Title | Kind::Body | Kind::Fragment) {
            return None;
        }
        let item = below.text.strip_suffix(" |").unwrap_or(&below.text);
        let item = segment::list_item(item).unwrap_or(item);
        let text = format!("{time} | {item}");
        let kind = segment::classify(&text);
        Some((text, kind))
    });
}

/// `Defending Our Voice:` then `Global South Participation in Digital
/// Governance`, then the item's time or date: a card's title that the page
/// broke after its colon (alone, a line ending with a colon introduces what
/// follows and names nothing). So is a title that goes on in lower case
/// (`… Session on Multilateral Diplomacy` then `and the Role of the United
/// Nations at Geneva`, then the date). Read as one
/// line, the second's line taken out. A label (`Organizers:`) stays one. So
/// is a paragraph broken mid-phrase, read as prose, a title given in two
/// languages, the first ending with a slash, and a name that goes on in a
/// parenthesis on the line below, above its days.
fn join_split_titles(lines: &mut Vec<Line>) {
    join_pairs(lines, |lines, k| {
        let head = &lines[k].text;
        let after_colon = head.ends_with(':')
            && head.contains(' ')
            && matches!(lines[k].kind, Kind::Body | Kind::Noise)
            && lines[k + 1].kind == Kind::Title
            && !segment::is_bare_label(head);
        // A web address below a title is its link, no part of it.
        let goes_on = lines[k].kind == Kind::Title
            && lines[k + 1].kind == Kind::Fragment
            && !crate::text::is_web_address(&lines[k + 1].text);
        // `Commission on Science and Technology for Development,` then
        // `tenth session`, then its days: a name broken after its comma.
        let comma = lines[k].kind == Kind::Body
            && head.ends_with(',')
            && lines[k + 1].kind == Kind::Fragment;
        let dated_below = lines
            .get(k + 2)
            .is_some_and(|l| matches!(l.kind, Kind::DateOnly(_) | Kind::Labeled(Label::Time, _)));
        // `Amidst the pandemic and the realities of ongoing wars, a new`
        // then `perception of Society has surfaced.`: a paragraph the page
        // broke mid-phrase, read whole as prose.
        let mid_phrase = goes_on
            && head.len() >= MIN_BROKEN_SENTENCE
            && head
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().all(char::is_lowercase));
        // `20 Years of the Geneva Environment Network /` then `20 ans du
        // Réseau environnement de Genève`: one title in two languages.
        let bilingual = lines[k].kind == Kind::Title
            && head.ends_with(" /")
            && lines[k + 1].kind == Kind::Title;
        // `Special Committee on the Situation …` then `(6-8 meetings per
        // week, up to 30 meetings), New York`, then the days: a name that
        // goes on in a parenthesis.
        let parenthesis = lines[k].kind == Kind::Title
            && lines[k + 1].kind == Kind::Title
            && lines[k + 1].text.starts_with('(')
            && filled_after(lines, k + 1)
                .is_some_and(|j| matches!(lines[j].kind, Kind::DateOnly(_)));
        // `31st Workshop on Space Technology for Socio-Economic Benefits:`
        // then `"Space Sustainability as a Game-Changer for Development"`:
        // a name and its theme in quotes, whatever follows.
        let themed = after_colon && is_quoted(&lines[k + 1].text);
        if !((after_colon || goes_on || comma) && dated_below
            || themed
            || mid_phrase
            || bilingual
            || parenthesis)
        {
            return None;
        }
        let text = format!("{head} {}", lines[k + 1].text);
        match segment::classify(&text) {
            Kind::Title if dated_below || themed || bilingual => Some((text, Kind::Title)),
            // A long name with its note reads as prose, but stays a name.
            Kind::Title | Kind::Body if parenthesis => Some((text, Kind::Title)),
            Kind::Body if mid_phrase => Some((text, Kind::Body)),
            _ => None,
        }
    });
}

/// Text all in one pair of quotes (`"…"`, `“…”`).
fn is_quoted(text: &str) -> bool {
    [('"', '"'), ('“', '”')].iter().any(|&(open, close)| {
        text.strip_prefix(open)
            .and_then(|t| t.strip_suffix(close))
            .is_some_and(|inner| !inner.is_empty() && !inner.contains([open, close]))
    })
}

/// The shortest line that [`join_split_titles`] reads as a sentence's first
/// part: a title's first line is shorter.
const MIN_BROKEN_SENTENCE: usize = 60;

/// `organized by the Permanent Missions of China,` then `Pakistan and
/// Zambia`: an organizer or partner field whose list the page broke after a
/// comma or `and` goes on on the next line, which names no item. Once
/// broken, it goes on up to the card's next field, whatever ends each line
/// (`… Intl Women's Health`, `Co, Intl Fed of …, UNAIDS`, then `Venue:
/// Hilton Hotel`). Read as one line, the lines taken in are taken out.
fn join_entity_lists(lines: &mut Vec<Line>) {
    let mut joined = vec![false; lines.len()];
    let mut k = 0;
    while k < lines.len() {
        let field = matches!(
            lines[k].kind,
            Kind::Labeled(Label::Organizers | Label::Partners, _)
        );
        let mut text = String::new();
        let mut n = 0;
        while field
            && let Some(next) = lines.get(k + n + 1)
            && matches!(next.kind, Kind::Title | Kind::Body | Kind::Fragment)
        {
            let so_far = if n == 0 {
                &lines[k].text
            } else {
                text.as_str()
            };
            let broken = so_far.ends_with(',') || so_far.ends_with(" and");
            let before_field = n > 0
                && matches!(lines.get(k + n + 2), Some(l) if matches!(l.kind, Kind::Labeled(..)));
            if !(broken || before_field) {
                break;
            }
            text = format!("{so_far} {}", next.text);
            n += 1;
        }
        if n > 0 {
            lines[k].kind = segment::classify(&text);
            lines[k].text = Cow::Owned(text);
            joined[k + 1..=k + n].fill(true);
        }
        k += n + 1;
    }
    take_out(lines, &joined);
}

/// Reads pairs of lines as one: where `join(lines, k)` gives the text and
/// kind of lines `k` and `k + 1` together, line `k` takes them and line
/// `k + 1` is taken out (in one sweep, see [`take_out`]). A joined line
/// starts no other pair.
fn join_pairs(lines: &mut Vec<Line>, join: impl Fn(&[Line], usize) -> Option<(String, Kind)>) {
    let mut joined = vec![false; lines.len()];
    let mut k = 0;
    while k + 1 < lines.len() {
        if let Some((text, kind)) = join(lines, k) {
            lines[k].kind = kind;
            lines[k].text = Cow::Owned(text);
            joined[k + 1] = true;
            k += 1;
        }
        k += 1;
    }
    take_out(lines, &joined);
}

/// `10.00 Bilateral meeting with the Secretary-General 10.30 High level
/// meeting on Libya`: a day's items run together on one line, each opened
/// by a later time written as the first is. Each becomes a line of its own,
/// numbered as the line they share.
fn split_run_sessions(lines: &mut Vec<Line>) {
    let runs: Vec<(usize, Vec<usize>)> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, l)| Some((k, run_session_starts(l)?)))
        .collect();
    for (k, starts) in runs.into_iter().rev() {
        let line = &lines[k];
        let ends = starts.iter().copied().chain([line.text.len()]);
        let parts: Vec<Line> = [0]
            .into_iter()
            .chain(starts.iter().copied())
            .zip(ends)
            .map(|(a, b)| {
                let text = match &line.text {
                    Cow::Borrowed(t) => Cow::Borrowed(t[a..b].trim_end()),
                    Cow::Owned(t) => Cow::Owned(t[a..b].trim_end().to_string()),
                };
                let kind = segment::classify(&text);
                Line {
                    no: line.no,
                    text,
                    kind,
                }
            })
            .collect();
        lines.splice(k..=k, parts);
    }
}

/// Where the later items of a session line start (see
/// [`split_run_sessions`]), when each reads as a session of its own.
fn run_session_starts(line: &Line) -> Option<Vec<usize>> {
    let Kind::Session(first) = &line.kind else {
        return None;
    };
    let mut last = first.time?.start;
    let text = line.text.as_ref();
    let b = text.as_bytes();
    let stop = *b[first.span.clone()]
        .iter()
        .find(|c| matches!(c, b'.' | b':'))?;
    let mut starts = Vec::new();
    // ` 10.30 H`: a space, the time written with the first's stop, a space
    // and a capital.
    for k in memchr::memchr_iter(stop, &b[first.name.start..]).map(|k| first.name.start + k) {
        let Some(at) = (k >= 3 && b[k - 3] == b' ')
            .then_some(k - 2)
            .or_else(|| (k >= 2 && b[k - 2] == b' ').then_some(k - 1))
        else {
            continue;
        };
        let time = b.get(at..k + 3).is_some_and(|t| {
            t[..t.len() - 3].iter().all(u8::is_ascii_digit)
                && t[t.len() - 2..].iter().all(u8::is_ascii_digit)
        });
        if !(time
            && b.get(k + 3) == Some(&b' ')
            && b.get(k + 4).is_some_and(u8::is_ascii_uppercase))
        {
            continue;
        }
        let Kind::Session(s) = segment::classify(&text[at..]) else {
            return None;
        };
        let start = s.time?.start;
        if start <= last {
            return None;
        }
        last = start;
        starts.push(at);
    }
    (!starts.is_empty()).then_some(starts)
}

/// `Sessions summary of IGF 2023 Readout` dated 26-27 December 2023, then
/// below `Opening Remarks`: `The IGF 2023 debriefing was held … over two
/// days on December 26 and 27, 2023.` A later part's paragraph that retells
/// the days of a happening a header above dates, first and last, tells of
/// that happening: its part's heading names none. So does one retelling the
/// page's first happening's days, however the page gave them.
fn retold_happenings(lines: &[Line], drafts: &mut Vec<Draft>) {
    let announced = |d: &Draft| numbered(lines, d.date_line).is_some_and(|l| l.kind == Kind::Body);
    // The page's first happening, however found, is the page's own: `The
    // next WIPO Conversation … will take place on September 21 and 22,
    // 2022`, below the page's title, then under `Sixth session of the
    // WIPO Conversation`, `The Sixth Session … taking place on September
    // 21-22, 2022 …`.
    let dated: Vec<_> = drafts
        .iter()
        .enumerate()
        .filter(|&(k, d)| (k == 0 || !announced(d)) && !d.when.date.start.same_day(d.when.date.end))
        .map(|(_, d)| (d.line, (d.when.date.start, d.when.date.end)))
        .collect();
    if dated.is_empty() {
        return;
    }
    drafts.retain(|d| {
        !(announced(d)
            && dated.iter().any(|&(line, (start, end))| {
                line < d.line && start.same_day(d.when.date.start) && end.same_day(d.when.date.end)
            }))
    });
}

/// What a link to a happening's document opens with (`Programme`, `COVID-19
/// Guide`), in its normalized words.
const DOCUMENT_WORDS: [&str; 9] = [
    "programme",
    "program",
    "agenda",
    "guide",
    "guidelines",
    "flyer",
    "brochure",
    "leaflet",
    "poster",
];
/// The most words before a document's word (`COVID-19 Guide`: two).
const MAX_DOCUMENT_LEAD_WORDS: usize = 2;

/// `Programme CND Special Event 19 November`, `COVID-19 Guide Special Event
/// of the CND 19 November 2021`, below the special event's own page: links
/// to a happening's documents, dated by its day. A title that opens with a
/// document's word, its other words the same title by the dedup rule as a
/// happening the page dates that first day, is no happening of its own.
fn documents_of_happenings(drafts: &mut Vec<Draft>) {
    // Most pages link no document: their titles' first words settle them
    // before any title is normalized.
    let may_name_document = |d: &Draft| {
        d.title
            .split(' ')
            .take(MAX_DOCUMENT_LEAD_WORDS + 1)
            .any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                DOCUMENT_WORDS.iter().any(|d| w.eq_ignore_ascii_case(d))
            })
    };
    if drafts.len() < 2 || !drafts.iter().any(may_name_document) {
        return;
    }
    let keys: Vec<String> = drafts.iter().map(|d| normalized_title(&d.title)).collect();
    let same_day = |a: &When, b: &When| {
        let (a, b) = (a.date.start, b.date.start);
        (a.day, a.month) == (b.day, b.month)
            && (a.year.is_none() || b.year.is_none() || a.year == b.year)
    };
    // Each title's document words and its own words, read once.
    let named: Vec<Option<Vec<&str>>> = keys.iter().map(|k| document_of(k)).collect();
    let words: Vec<Vec<&str>> = keys.iter().map(|k| title_words(k)).collect();
    let documents: Vec<bool> = (0..drafts.len())
        .map(|k| {
            named[k].as_ref().is_some_and(|rest| {
                (0..drafts.len()).any(|j| {
                    named[j].is_none()
                        && same_day(&drafts[k].when, &drafts[j].when)
                        && dedup::overlap_enough(rest, &words[j])
                })
            })
        })
        .collect();
    let mut kept = documents.iter().map(|&document| !document);
    drafts.retain(|_| kept.next().unwrap_or(true));
}

/// The distinct words after a document's word in a normalized title
/// (`covid 19 guide special event` → `event`, `special`), if it has one
/// and they are two or more: one word (`Programme Launch`) names too little.
fn document_of(key: &str) -> Option<Vec<&str>> {
    let mut rest = key;
    for _ in 0..=MAX_DOCUMENT_LEAD_WORDS {
        let (word, after) = rest.split_once(' ')?;
        if DOCUMENT_WORDS.contains(&word) {
            let words = title_words(after);
            return (words.len() >= 2).then_some(words);
        }
        rest = after;
    }
    None
}

/// `In light of …, the President of the General Assembly has decided to
/// convene a one-day High-level Thematic Debate on Digital Cooperation and
/// Connectivity on Tuesday, 27 April 2021, in the General Assembly Hall …`
/// opening a page that lost its title line, or `• The second thematic deep
/// dive on the Global Digital Compact was held on 13 April 2023 at …` in a
/// list under no title: the happening that the paragraph names right
/// before its date heads it, as a title line would have. The title line is
/// numbered as the paragraph.
fn untitled_announcements(lines: &mut Vec<Line>) {
    let first = lines.iter().position(|l| l.kind != Kind::Blank);
    let mut named = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        if l.kind != Kind::Body {
            continue;
        }
        let item = segment::list_item(&l.text);
        if !(Some(k) == first || item.is_some() && heads_no_list(lines, k)) {
            continue;
        }
        let text = item.unwrap_or(&l.text);
        // Every name read has its verb (`held`, `take place`, `convene`,
        // `host`, `hold`, `organize`): most paragraphs skip the sentences.
        let window = text.as_bytes();
        let window = &window[..floor_boundary(text, ANNOUNCEMENT_WINDOW)];
        let verb = [
            &b" held"[..],
            b" place",
            b"onven",
            b" host",
            b" hold",
            b"rgani",
        ]
        .iter()
        .any(|v| memchr::memmem::find(window, v).is_some());
        if !verb {
            continue;
        }
        if let Some(name) = sentences(opening(text, 2))
            .into_iter()
            .find_map(|r| named_before_date(&text[r]))
        {
            named.push((k, name.to_string()));
        }
    }
    for (k, name) in named.into_iter().rev() {
        let title = Line {
            no: lines[k].no,
            text: Cow::Owned(name),
            kind: Kind::Title,
        };
        lines.insert(k, title);
    }
}

/// `Monday – 19th April`, then `• High-level open debate on cooperation
/// between the UN and regional organisations. The President will chair
/// the meeting.` and more such items: a day heading over a list whose
/// items each name a happening in their first sentence. Each item reads as
/// an event line on that day (`19th April – High-level open debate on …`),
/// its further sentences as its text, on the item's line.
fn days_over_listed_happenings(lines: &mut Vec<Line>) {
    let mut events = Vec::new();
    let mut day: Option<&str> = None;
    for (k, l) in lines.iter().enumerate() {
        match &l.kind {
            Kind::DateOnly(f) if f.name.is_empty() && !f.labeled && f.when.time.is_none() => {
                day = l.text.get(f.span.clone());
            }
            Kind::Blank => {}
            Kind::Body => {
                let Some((date, item)) = day.zip(segment::list_item(&l.text)) else {
                    day = None;
                    continue;
                };
                let name_end = item.find(". ").unwrap_or(item.len());
                let name = item[..name_end].trim_end_matches('.');
                if !names_listed_happening(name) {
                    continue;
                }
                let text = format!("{date} – {name}");
                let kind = segment::classify(&text);
                if !matches!(kind, Kind::Event(_)) {
                    continue;
                }
                let rest = item.get(name_end + 2..).filter(|r| !r.is_empty());
                events.push((k, text, kind, rest.map(str::to_string)));
            }
            _ => day = None,
        }
    }
    for (k, text, kind, rest) in events.into_iter().rev() {
        let no = lines[k].no;
        lines[k] = Line {
            no,
            text: Cow::Owned(text),
            kind,
        };
        if let Some(rest) = rest {
            let body = Line {
                no,
                kind: segment::classify(&rest),
                text: Cow::Owned(rest),
            };
            lines.insert(k + 1, body);
        }
    }
}

/// A list item's first sentence that names a happening: capitalized, short,
/// with a kind of happening among its words (`Informal interactive dialogue
/// on Somalia`, `Quarterly meeting on Colombia`), and no denial of one
/// (`There are no events scheduled at UNHQ today`).
fn names_listed_happening(name: &str) -> bool {
    name.starts_with(|c: char| c.is_uppercase())
        && name.split(' ').count() <= MAX_NAMED_WORDS
        && name.split(' ').any(is_happening_word)
        && !name.split(' ').any(|w| matches!(w, "no" | "No" | "not"))
}

/// No title heads the list that the item at `k` stands in: above it (blank
/// lines aside) only other items, then the page's start or a line of
/// another kind than a title.
fn heads_no_list(lines: &[Line], k: usize) -> bool {
    let above = lines[..k].iter().rev().find(|l| {
        l.kind != Kind::Blank && !(l.kind == Kind::Body && segment::list_item(&l.text).is_some())
    });
    above.is_none_or(|l| matches!(l.kind, Kind::Body | Kind::Fragment | Kind::Noise))
}

/// The name a sentence gives its happening right before the happening's
/// date: `… to convene a one-day High-level Thematic Debate on … on
/// Tuesday, 27 April 2021`, `UNCTAD hosts the Global Forum on Commodities
/// from 3 to 5 June 2024` (a capitalized name, but for its joining words,
/// that holds a kind of happening), or the subject that was or will be held
/// (`The third thematic deep dive on the Global Digital Compact (GDC) was
/// held on 24 April 2023`: two words or more, a proper noun among them).
fn named_before_date(sentence: &str) -> Option<&str> {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?:\b(?:convene|convenes|convening|hold|holds|holding|host|hosts|hosting|organi[sz]e|organi[sz]es|organi[sz]ing) ",
            r"(?:a|an|the|its|their) (?:(?:one|two|three|four|five|half|full)-day |virtual |hybrid |special )?",
            r"([A-Z][^,;:.!?()]*)",
            r"|^(?:The )?([^,;:.!?]+?) (?:was held|were held|took place|will take place|will be held|will be convened|takes place|is scheduled to take place))",
            r" (?:on|from)$",
        ))
        .expect("valid regex")
    });
    let (r, _) = parse::find_when(sentence, 0)?;
    let before = sentence[..r.start].trim_end();
    let caps = NAMED.captures(before)?;
    let words = |name: &str| name.split(' ').count();
    if let Some(subject) = caps.get(2) {
        let name = subject.as_str();
        // `The resumed meeting will be held on …` names no happening of
        // its own: a name holds a proper noun.
        let proper = name.contains(|c: char| c.is_uppercase());
        // `UN chief calls for action as the Forum will take place …`: a
        // clause before the subject, which a name never holds.
        let clause = name.split(' ').any(|w| {
            matches!(
                w,
                "as" | "that"
                    | "which"
                    | "who"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "where"
            )
        });
        return ((2..=MAX_NAMED_WORDS).contains(&words(name)) && proper && !clause).then_some(name);
    }
    let name = caps.get(1)?.as_str();
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let fits = (2..=MAX_NAMED_WORDS).contains(&words(name))
        && name.rsplit(' ').next().is_some_and(capitalized)
        && name.split(' ').all(|w| capitalized(w) || is_joining(w))
        && name.split(' ').any(is_happening_word);
    fits.then_some(name)
}

/// The most words a name read from a sentence runs to.
const MAX_NAMED_WORDS: usize = 16;

/// `Regional Consultation for Major Groups and Stakeholders`, a blank line,
/// `in the European Region`, then (blank lines aside) the date: a title the
/// page set on two blocks, its second opening with a joining word. So is a
/// sentence broken after a comma. Read as one line, the blank and the
/// second line taken out.
fn join_across_blank(lines: &mut Vec<Line>) {
    let mut joined: Vec<bool> = Vec::new();
    for k in 0..lines.len().saturating_sub(2) {
        // `matches!`, not `==`: the derived comparison is a call, and every
        // line is asked.
        if !matches!(lines[k + 1].kind, Kind::Blank) {
            continue;
        }
        let first_word = |j: usize| lines[j].text.split_once(' ').map(|(first, _)| first);
        let goes_on = matches!(lines[k + 2].kind, Kind::Fragment)
            && first_word(k + 2).is_some_and(is_joining);
        // A banner in capitals may set more space between its parts: `THE
        // FIRST GLOBAL FORUM`, two blank lines, `ON THE ETHICS OF …`.
        let banner = || {
            let j = filled_after(lines, k)?;
            let capitals = |t: &str| !t.contains(|c: char| c.is_lowercase());
            (j - k <= 1 + MAX_BANNER_BLANKS
                && matches!((&lines[k].kind, &lines[j].kind), (Kind::Title, Kind::Title))
                && capitals(&lines[k].text)
                && lines[k].text.ends_with(|c: char| c.is_alphanumeric())
                && first_word(j)
                    .is_some_and(|w| capitals(w) && is_joining(&w.to_ascii_lowercase())))
            .then_some(j)
        };
        let Some(next) = goes_on.then_some(k + 2).or_else(banner) else {
            continue;
        };
        // A title goes on above its date; a sentence past its comma
        // (`Held at Headquarters, New York,`, a blank line, `on Monday, 20
        // November 1993, at 10 a.m.`: a page set double-spaced).
        let title = || {
            matches!(lines[k].kind, Kind::Title)
                && filled_after(lines, next).is_some_and(|j| {
                    matches!(
                        lines[j].kind,
                        Kind::DateOnly(_) | Kind::Labeled(Label::Time, _)
                    )
                })
        };
        let sentence = || matches!(lines[k].kind, Kind::Body) && lines[k].text.ends_with(',');
        if !(title() || sentence()) {
            continue;
        }
        let text = format!("{} {}", lines[k].text, lines[next].text);
        let kind = segment::classify(&text);
        if !matches!(
            (&lines[k].kind, &kind),
            (Kind::Title, Kind::Title) | (Kind::Body, Kind::Body)
        ) {
            continue;
        }
        lines[k].text = Cow::Owned(text);
        if joined.is_empty() {
            joined.resize(lines.len(), false);
        }
        joined[k + 1..=next].fill(true);
    }
    if !joined.is_empty() {
        take_out(lines, &joined);
    }
}

/// The most blank lines between two parts of a banner's title.
const MAX_BANNER_BLANKS: usize = 2;

/// Takes out the lines a pass joined to the line above, in one sweep (one
/// `remove` each would move the rest of the page every time).
fn take_out(lines: &mut Vec<Line>, joined: &[bool]) {
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !joined[k - 1]
    });
}

/// `2. How can the forum deal with new issues?` right below item `1.` (or
/// `1. Opening` right above item `2.`): a numbered list's item (a question
/// ends it as a stop would), text of the section, no title.
fn numbered_items(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if lines[k].kind != Kind::Title {
            continue;
        }
        let number = |j: Option<usize>| j.and_then(|j| list_number(&lines[j].text));
        if let Some(n) = list_number(&lines[k].text)
            && (n >= 2 && number(filled_before(lines, k)) == Some(n - 1)
                || number(filled_after(lines, k)) == Some(n + 1))
        {
            lines[k].kind = Kind::Body;
        }
    }
}

/// `3. Tripartite Experiences in Time of Global Crisis`, its date, then
/// `Interactive panel discussion with …` with no stop, then item `4.` (or
/// the page's end): in a numbered listing the text below an item's date
/// has no number of its own; it is the item's text, not the next title.
fn numbered_item_texts(lines: &mut [Line]) {
    for k in 0..lines.len() {
        if lines[k].kind != Kind::Title || list_number(&lines[k].text).is_some() {
            continue;
        }
        let Some(date) = filled_before(lines, k) else {
            continue;
        };
        let item = match &lines[date].kind {
            Kind::DateOnly(f) if f.name.is_empty() && !f.labeled => filled_before(lines, date),
            _ => None,
        };
        let Some(n) = item
            .filter(|&i| lines[i].kind == Kind::Title)
            .and_then(|i| list_number(&lines[i].text))
        else {
            continue;
        };
        // The next item's number, or the page's end, follows.
        if filled_after(lines, k).is_none_or(|j| list_number(&lines[j].text) == Some(n + 1)) {
            lines[k].kind = Kind::Body;
        }
    }
}

/// The number of a numbered list's item (`2. …`).
fn list_number(text: &str) -> Option<u32> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || !text[digits..].starts_with(". ") {
        return None;
    }
    text[..digits].parse().ok()
}

/// `Hackathon` or `COP29` opening a block (or, on a page with no blank
/// line, right below the text of the item above), its date line right
/// below, or between a card's date and its place or text, or below a
/// schedule's time: a title of one word. Elsewhere one word alone is a
/// menu's item or a button, and stays noise.
fn one_word_titles(lines: &mut [Line], dense: bool) {
    for k in 0..lines.len().saturating_sub(1) {
        // With no blank lines, the text of the item above ends a block.
        let opens =
            k == 0 || lines[k - 1].kind == Kind::Blank || dense && lines[k - 1].kind == Kind::Body;
        // `11-24 November`, `COP29`, `Baku (Azerbaijan)`: a card that opens
        // with its date names its happening between the date and the place.
        // So does a session's code between the date and the text (`15 to 19
        // May 2023 | Open meeting`, `CS79`, then `The seventy-ninth session
        // … will be held …`): a word with a digit, no place.
        let carded = || {
            filled_before(lines, k).is_some_and(|j| matches!(lines[j].kind, Kind::DateOnly(_)))
                && filled_after(lines, k).is_some_and(|j| {
                    lines[j].kind == Kind::Title && places::only_places(&lines[j].text)
                        || lines[j].kind == Kind::Body
                            && lines[k].text.bytes().any(|b| b.is_ascii_digit())
                })
        };
        // `6:00 PM`, then `Goalkeepers`: a schedule's slot names its item
        // below its time (blank lines may part them: `18:00 – 19:00`, then
        // `Reception`).
        let slotted =
            || filled_before(lines, k).is_some_and(|j| is_time_alone(&lines[j], &lines[j].text));
        if lines[k].kind == Kind::Noise
            && (opens && matches!(lines[k + 1].kind, Kind::DateOnly(_)) || carded() || slotted())
            && segment::may_name_alone(&lines[k].text)
        {
            lines[k].kind = Kind::Title;
        }
    }
}

/// `Will the Regional Forum 2020 still take place?`, `How can I
/// participate?`: a page of questions and answers asks two or more as
/// headings, each with its answer right below (text, not a date), and one
/// of them as a participant would (`I`, `you`, `we`). Each heads its
/// answer, no happening: the answers stay the text of the title above.
fn faq_questions(lines: &mut [Line]) {
    let asks = |k: usize, lines: &[Line]| {
        lines[k].kind == Kind::Title
            && segment::is_question(&lines[k].text)
            && filled_after(lines, k)
                .is_some_and(|j| matches!(lines[j].kind, Kind::Body | Kind::Title | Kind::Fragment))
    };
    let questions: Vec<usize> = (0..lines.len()).filter(|&k| asks(k, lines)).collect();
    let personal = |k: &usize| {
        lines[*k].text.split([' ', '?']).any(|w| {
            ["I", "you", "we", "my", "your", "our"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    };
    if questions.len() >= 2 && questions.iter().any(personal) {
        for k in questions {
            lines[k].kind = Kind::Noise;
        }
    }
}

/// A timeline: dated lines one right below another, some named by a short
/// sentence (`14 March 2023 – Thematic deep dive on digital inclusion.`, `1
/// April 2024 – Zero draft released.`), or by a name with no separator
/// (`27 January - 7 February 18th session of …`). Each is an item of its
/// own, read as an event line; alone, such a line is prose that opens with
/// its dateline, or a title.
fn timelines(lines: &mut [Line]) {
    let items: Vec<Option<(usize, Found)>> = lines
        .iter()
        .map(|l| match l.kind {
            // `27 January - 7 February 18th session of …`: no separator;
            // behind a bullet, the classifier took it for prose.
            Kind::Body => segment::timeline_item(&l.text).or_else(|| {
                segment::list_item(&l.text).and_then(|_| segment::listed_item(&l.text))
            }),
            Kind::Title => segment::listed_item(&l.text),
            _ => None,
        })
        .collect();
    let dated =
        |j: usize, lines: &[Line]| items[j].is_some() || matches!(lines[j].kind, Kind::Event(_));
    for (k, item) in items.iter().enumerate() {
        let Some((cut, found)) = item else {
            continue;
        };
        if (k > 0 && dated(k - 1, lines)) || (k + 1 < lines.len() && dated(k + 1, lines)) {
            let line = &mut lines[k];
            line.text = cut_front(std::mem::take(&mut line.text), *cut);
            line.kind = Kind::Event(Box::new(found.clone()));
        }
    }
}

/// The longest line read as a calendar widget's part (`Wednesday`, `Dec 10`).
const MAX_CALENDAR_PART: usize = 12;

/// `Launch of the Gender Snapshot 2024:` opening its block (or right below
/// a heading: `HIGH-LEVEL EVENT`), its date line right below: a title
/// written with a colon, not a lead-in to the line below, and the date is
/// the title's. A lead-in ends in a word that asks for more (`… will take
/// place on:`, `… are as follows:`) or follows prose, and stays prose.
///
/// So too a name ending in a slogan's short stopped words (`International
/// Women's Day 2025: For ALL women and girls: Rights. Equality.
/// Empowerment.`) when it has no finite verb and no title above could own
/// the date line instead; one stopped sentence (`The meeting took place in
/// Paris.`) stays prose. An invitation with one exclamation mark (`Join us
/// for the launch of the Data Report!`, its date line maybe past a blank
/// line) names the happening too, and so does
/// a name too long for the classifier's titles when it has no stop and no
/// finite verb (the Journal's `Informal meeting of the plenary on …`, or a
/// panel's name below `27th session of the Human Rights Council`).
fn punctuated_titles(lines: &mut [Line]) {
    for k in 0..lines.len().saturating_sub(1) {
        let text = &lines[k].text;
        // An invitation's date line may stand past a blank line.
        let dated = |j: usize| matches!(lines[j].kind, Kind::DateOnly(_));
        let date_below =
            dated(k + 1) || text.ends_with('!') && filled_after(lines, k).is_some_and(dated);
        if lines[k].kind != Kind::Body || !date_below {
            continue;
        }
        // Opening its block, with no title above that could own the date
        // line instead.
        // An organ's session right above names no happening (see
        // `is_session_of`).
        let alone = || {
            let above = filled_before(lines, k).map(|j| &lines[j]);
            (k == 0 || matches!(lines[k - 1].kind, Kind::Blank | Kind::Noise))
                && !above.is_some_and(|l| matches!(l.kind, Kind::Title | Kind::DatedTitle(_)))
                || k > 0 && lines[k - 1].kind == Kind::Title && is_session_of(&lines[k - 1].text)
        };
        let named = if let Some(name) = text.strip_suffix(':') {
            let last_word = name.rsplit(' ').next().unwrap_or_default();
            (k == 0
                || matches!(
                    lines[k - 1].kind,
                    Kind::Blank | Kind::Noise | Kind::Title | Kind::Grouping(_)
                ))
                && !LEAD_IN_END.contains(&last_word.to_ascii_lowercase().as_str())
                && segment::classify(name) == Kind::Title
        } else if let Some(name) = text.strip_suffix('.') {
            let mut parts = name.split(". ").skip(1).peekable();
            let slogan =
                parts.peek().is_some() && parts.all(|p| p.split(' ').count() <= MAX_SLOGAN_WORDS);
            slogan
                && alone()
                && !segment::has_finite_verb(name)
                && segment::classify(name) == Kind::Title
        } else if let Some(name) = text.strip_suffix('!') {
            // `Join us for the launch of the Data Report!` over its date: an
            // invitation naming the happening, one sentence long.
            !name.contains(['!', '?', '.']) && alone() && segment::classify(name) == Kind::Title
        } else {
            // The Journal's long names over their date (`Informal meeting of
            // the plenary on the overall review of … (convened by the
            // President of the General Assembly)`): many words, no sentence.
            let end = text.trim_end_matches(['"', '”', '’', ')', ' ']);
            text.len() <= segment::MAX_TITLE_BYTES
                && !end.ends_with(['.', '!', ':', ';', '…', ',', '?'])
                && !text.contains(". ")
                && alone()
                && !segment::has_finite_verb(text)
        };
        if named {
            lines[k].kind = Kind::Title;
            // The colon says the date below is the name's, as a label
            // does, whatever follows it.
            if let (true, Kind::DateOnly(f)) = (text.ends_with(':'), &mut lines[k + 1].kind) {
                f.labeled = true;
            }
        }
    }
}

/// A page's menu (`Overview`, `Timetable`, `Registration`, `Participant
/// list`): four or more short lines with no blank line between, then a
/// blank line and prose (or nothing) rather than a date. Its last entry is
/// no title for the dates further down. A heading right above its paragraph,
/// and stacked titles with their date below (`Second Committee`,
/// `Seventy-ninth session`, `General debate`, then the date), are no menu.
fn menus(lines: &mut [Line]) {
    // Lengths first: most titles are longer than any menu entry.
    let entry = |l: &Line| {
        matches!(l.kind, Kind::Title | Kind::Noise)
            && l.text.len() <= MAX_MENU_BYTES
            && memchr::memchr_iter(b' ', l.text.as_bytes()).count() < MAX_MENU_WORDS
    };
    let mut k = 0;
    while k < lines.len() {
        let run = lines[k..].iter().take_while(|l| entry(l)).count();
        let parted = || lines.get(k + run).is_none_or(|l| l.kind == Kind::Blank);
        let prose_after = || {
            lines[k + run..]
                .iter()
                .find(|l| l.kind != Kind::Blank)
                .is_none_or(|l| l.kind == Kind::Body)
        };
        if run >= MIN_MENU_ENTRIES && parted() && prose_after() {
            for line in &mut lines[k..k + run] {
                line.kind = Kind::Noise;
            }
        }
        k += run.max(1);
    }
}

/// `Event language(s)` alone, a blank line below it: a template's field
/// whose values the scrape lost. The block it ends, below a blank line, is
/// the rest of that template's fields (the event's type, its organizers'
/// names: `CoR NAT event`, `European Committee of the Regions`), no title; the
/// page's title stands above the block.
fn emptied_fields(lines: &mut [Line]) {
    let emptied = |l: &Line| {
        matches!(l.kind, Kind::Title)
            && l.text.len() <= MAX_FIELD_LABEL_BYTES
            && l.text.ends_with("(s)")
            && !l.text.contains(':')
    };
    for k in 0..lines.len() {
        if !emptied(&lines[k])
            || lines
                .get(k + 1)
                .is_some_and(|l| !matches!(l.kind, Kind::Blank))
        {
            continue;
        }
        let top = (0..k).rev().find(|&j| lines[j].kind == Kind::Blank);
        let from = top.map_or(k, |j| j + 1);
        for line in &mut lines[from..=k] {
            if line.kind == Kind::Title {
                line.kind = Kind::Noise;
            }
        }
    }
}

/// `Acronym: ODET`, `Established: 2022`, `Stakeholder group: …`: a
/// profile's fields, each a short label and its value, three or more with
/// no other label twice and nothing but blank lines or noise between. A
/// title with a colon (`Webinar: Data for all`) stands alone, repeats its
/// label down a listing, or ends a list of items above the date line that
/// dates it.
fn profile_fields(lines: &mut [Line]) {
    fn label<'t>(l: &'t Line) -> Option<&'t str> {
        if !matches!(l.kind, Kind::Title) {
            return None;
        }
        // The label's colon is searched for among the first bytes only.
        let head = &l.text.as_bytes()[..l.text.len().min(MAX_FIELD_LABEL_BYTES + 1)];
        let colon = memchr::memchr(b':', head)?;
        let label = &l.text[..colon];
        (l.text.as_bytes().get(colon + 1) == Some(&b' ')
            && label.split(' ').count() <= MAX_PROFILE_LABEL_WORDS
            && label.starts_with(char::is_uppercase))
        .then_some(label)
    }
    let mut k = 0;
    while k < lines.len() {
        // The kind is tested here first: most lines are no title.
        if !matches!(lines[k].kind, Kind::Title) || label(&lines[k]).is_none() {
            k += 1;
            continue;
        }
        let mut run = vec![k];
        let mut end = k + 1;
        while end < lines.len() {
            if label(&lines[end]).is_some() {
                run.push(end);
            } else if !matches!(lines[end].kind, Kind::Blank | Kind::Noise) {
                break;
            }
            end += 1;
        }
        let mut labels: Vec<&str> = run.iter().filter_map(|&j| label(&lines[j])).collect();
        labels.sort_unstable();
        labels.dedup();
        let dated_below = filled_after(lines, end - 1)
            .is_some_and(|j| matches!(lines[j].kind, Kind::DateOnly(_)));
        if labels.len() == run.len() && run.len() >= MIN_PROFILE_FIELDS && !dated_below {
            for j in run {
                lines[j].kind = Kind::Noise;
            }
        }
        k = end;
    }
}

/// The fewest fields of a profile, and the most words of one's label.
const MIN_PROFILE_FIELDS: usize = 3;
const MAX_PROFILE_LABEL_WORDS: usize = 3;

/// `ECOSOC Chamber, UN Headquarters, New York` alone between blank lines,
/// below a title's block and above a date line: where the happening above
/// is held (a speech's venue), no title of its own.
fn venue_blocks(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if !matches!(lines[k].kind, Kind::Title) {
            continue;
        }
        let alone = matches!(lines[k - 1].kind, Kind::Blank)
            && lines
                .get(k + 1)
                .is_some_and(|l| matches!(l.kind, Kind::Blank));
        if !alone {
            continue;
        }
        // A speaker's line may stand between (`ITU Secretary-General …`).
        let titled_above = written_before(lines, k)
            .is_some_and(|l| matches!(l.kind, Kind::Title | Kind::DatedTitle(_)));
        let dated_below = filled_after(lines, k)
            .is_some_and(|j| matches!(&lines[j].kind, Kind::DateOnly(f) if f.name.is_empty()));
        if titled_above && dated_below && places::only_places(&lines[k].text) {
            lines[k].kind = Kind::Labeled(Label::Place, 0..lines[k].text.len());
        }
    }
}

/// `Special Event: Biodiversity …`, then `(21 September 2021)`, then the
/// text: a bare day in brackets right below a title that opens its block,
/// with text below it, is the title's date line. Above a heading
/// (`(23-25 June 1998)`, then `I. INTRODUCTION`) it stays a note, and so
/// it does below a title under another (a document's numbered heading).
fn bracketed_days(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if lines[k].kind == Kind::Noise
            && lines[k].text.starts_with('(')
            && lines[k - 1].kind == Kind::Title
            && (k == 1 || lines[k - 2].kind == Kind::Blank)
            && filled_after(lines, k).is_some_and(|j| lines[j].kind == Kind::Body)
            && let Some(kind) = segment::bracketed_day(&lines[k].text)
        {
            lines[k].kind = kind;
        }
    }
}

/// `DOCUMENTS`, then `8 September 2017` over `Final report: …` and `21 July
/// 2017` over `Invitation`: a list of documents, each day the one it was
/// issued, which dates no happening. The list opens with a day right below
/// its heading (below `Documents` as a page's tab, the page's title comes
/// first) and runs while each day comes within a few names of the last, up
/// to the next part's heading or any text.
fn document_lists(lines: &mut [Line]) {
    // Names since the last day; `None` outside a list.
    let mut names: Option<usize> = None;
    let mut headed = false;
    for line in lines.iter_mut() {
        let heading = matches!(line.kind, Kind::Noise | Kind::Title);
        match line.kind {
            Kind::Blank => continue,
            _ if heading && segment::heads_documents(&line.text) => {
                headed = true;
                continue;
            }
            Kind::DateOnly(_) if headed || names.is_some() => {
                line.kind = Kind::Noise;
                names = Some(0);
            }
            _ if heading && names.is_some() && !segment::is_part_heading(&line.text) => {
                names = names
                    .map(|n| n + 1)
                    .filter(|&n| n <= MAX_DOCUMENT_NAME_LINES);
            }
            _ => names = None,
        }
        headed = false;
    }
}

/// The most lines a listed document's name and notes take between days.
const MAX_DOCUMENT_NAME_LINES: usize = 2;

/// `14 August 2024` over `Commission on Narcotic Drugs`, in a block of
/// their own between a page's title and the happening's labelled date
/// (`When? 12 - 14 November 2024`): the post's stamp and its topic tag.
/// The tag names no happening; the title above does.
fn stamp_tags(lines: &mut [Line]) {
    for k in 2..lines.len() {
        let below_day = matches!(lines[k].kind, Kind::Title)
            && matches!(&lines[k - 1].kind, Kind::DateOnly(f) if !f.labeled && f.name.is_empty());
        // `Side event` right below a card's date: its kind, which names no
        // happening (see `names_a_type`), so the date stays the title's above.
        if below_day && (names_a_type(&lines[k].text) || is_post_byline(lines, k)) {
            lines[k].kind = Kind::Noise;
            continue;
        }
        let tag = below_day && matches!(lines[k - 2].kind, Kind::Blank) && !block_goes_on(lines, k);
        if !tag {
            continue;
        }
        let titled_above =
            filled_before(lines, k - 1).is_some_and(|j| matches!(lines[j].kind, Kind::Title));
        let dated_below = filled_after(lines, k).is_some_and(|j| is_labelled_date(&lines[j]));
        if titled_above && dated_below {
            lines[k].kind = Kind::Noise;
        }
    }
}

/// Tags beside a headline that name nothing: `Security Council` right
/// above `9608th Meeting (AM)` (a meetings-coverage release's organ and
/// meeting, between its date and its headline, blank line or none), and a
/// speaker's byline right below the headline (`Children in Gaza need
/// urgent protection`, then `Statement by UNICEF Executive Director
/// Catherine Russell`), which on a page with no blank line would head the
/// text below it.
fn tags_beside_titles(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if lines[k - 1].kind == Kind::Title && is_release_meeting(&lines[k].text) {
            lines[k - 1].kind = Kind::Noise;
        } else if lines[k].kind == Kind::Title
            && lines[k - 1].kind == Kind::Title
            && segment::is_byline(&lines[k].text)
        {
            lines[k].kind = Kind::Noise;
        }
    }
}

/// `9608th Meeting (AM)`, `9610th Meeting (PM)`: a meeting's number and the
/// half of the day, as a meetings-coverage release tags it (a journal's
/// `51st meeting` has no half).
fn is_release_meeting(text: &str) -> bool {
    text.split_once(' ').is_some_and(|(number, rest)| {
        crate::text::is_ordinal(number)
            && ["Meeting (AM)", "Meeting (PM)", "Meeting (Night)"].contains(&rest)
    })
}

/// `Summit of the Future No 18: …`, then the post's stamp with its minute
/// (`Saturday, February 24, 2024 at 9:12AM`), then `Richard in SOTF,
/// Summit of the Future`: a blog's byline, its author's name and the
/// post's categories, which name no happening.
fn is_post_byline(lines: &[Line], k: usize) -> bool {
    let stamped = matches!(&lines[k - 1].kind,
        Kind::DateOnly(f) if f.when.time.is_some_and(|t| t.end.is_none()));
    let author = |name: &str| {
        let words: Vec<&str> = name.split(' ').collect();
        words.len() <= 2
            && words.iter().all(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
            })
    };
    stamped
        && matches!(lines[k - 2].kind, Kind::Title | Kind::DatedTitle(_))
        && lines[k]
            .text
            .split_once(" in ")
            .is_some_and(|(name, what)| author(name) && what.starts_with(char::is_uppercase))
}

/// `09.30 - 11.00 EAT`, then a side event's long name and its organizers
/// (`Reimagining waste management …: Pathways … by Climate and Clean Air
/// Coalition (CCAC) and …`), then the next slot's time: a name between two
/// times, however long, when it has no sentence's stop or finite verb.
fn long_names_between_times(lines: &mut [Line]) {
    let timed = |l: &Line| matches!(l.kind, Kind::Labeled(Label::Time, _));
    for k in 1..lines.len() {
        let named = || {
            lines[k].text.len() <= segment::MAX_TITLE_BYTES
                && !lines[k].text.ends_with(['.', '!', '?', ':', ';', ','])
                && !segment::has_finite_verb(&lines[k].text)
        };
        if matches!(lines[k].kind, Kind::Body)
            && filled_before(lines, k).is_some_and(|j| timed(&lines[j]))
            && filled_after(lines, k).is_some_and(|j| timed(&lines[j]))
            && named()
        {
            lines[k].kind = Kind::Title;
        }
    }
}

/// UN Web TV's `25 Feb 2020 - A Global Conversation -` right below the
/// video's title: the day, then the series it belongs to, cut off at a
/// dash (a name ends with no dash). The title above is the happening's.
fn series_below_titles(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if !matches!(lines[k - 1].kind, Kind::Title) {
            continue;
        }
        if let Kind::Event(f) = &lines[k].kind
            && [" -", " –"]
                .iter()
                .any(|d| lines[k].text[f.name.clone()].ends_with(d))
        {
            let end = lines[k].text.len();
            lines[k].kind = Kind::DateOnly(Box::new(Found {
                name: end..end,
                ..(**f).clone()
            }));
        }
    }
}

/// `Regional breakout sessions`, then `Tuesday, 16 April 2024, 3:00 p.m. –
/// 6:00 p.m., Main Building, Level 2`: after the hours a comma parts a name
/// (see `segment::date_led`) or, right below a title, the title's venue,
/// one that no place test knows. A list's items (another dated line right
/// below) keep their names.
fn venues_after_hours(lines: &mut [Line]) {
    for k in 1..lines.len() {
        if lines[k - 1].kind != Kind::Title {
            continue;
        }
        let Kind::Event(f) = &lines[k].kind else {
            continue;
        };
        let listed = lines.get(k + 1).is_some_and(|l| {
            matches!(
                l.kind,
                Kind::Event(_) | Kind::DateOnly(_) | Kind::DatedTitle(_)
            )
        });
        if f.when.time.is_some() && lines[k].text[..f.name.start].ends_with(", ") && !listed {
            let end = lines[k].text.len();
            lines[k].kind = Kind::DateOnly(Box::new(Found {
                place: Some(f.name.clone()),
                name: end..end,
                ..(**f).clone()
            }));
        }
    }
}

/// ILO's `Conference | 3 - 14 June 2024 | Geneva, Switzerland` right above
/// the headline: a kicker that gives the happening's kind, days and place.
/// The kind names nothing; the headline below is the title, and the kicker
/// is read as its date line (the two lines swap places, each keeping its
/// number). A blank line may stand between them when none above the kicker
/// is a title it would be the date line of (`Webinar | 20 June 2024`, a
/// blank line, `Launch of the report`).
fn typed_kickers(lines: &mut [Line]) {
    for k in 0..lines.len() {
        let Kind::DatedTitle(f) = &lines[k].kind else {
            continue;
        };
        let Some(title) = filled_after(lines, k).filter(|&j| lines[j].kind == Kind::Title) else {
            continue;
        };
        let opens_card = || k == 0 || lines[k - 1].kind != Kind::Title;
        let kind = lines[k].text[f.name.clone()]
            .trim_matches(|c: char| c == ' ' || c == '|' || c == ':' || date::is_dash_char(c));
        if segment::is_type_cell(kind) && (title == k + 1 || opens_card()) {
            let end = lines[k].text.len();
            lines[k].kind = Kind::DateOnly(Box::new(Found {
                name: end..end,
                labeled: true,
                ..(**f).clone()
            }));
            lines.swap(k, title);
        }
    }
}

/// The longest field label alone on its line (`Participating
/// organization(s)`).
const MAX_FIELD_LABEL_BYTES: usize = 40;

/// The fewest entries of a menu, and the most words and bytes of one entry.
const MIN_MENU_ENTRIES: usize = 4;
const MAX_MENU_WORDS: usize = 3;
const MAX_MENU_BYTES: usize = 40;

/// The most words of a slogan's stopped part (`Act now.`).
const MAX_SLOGAN_WORDS: usize = 3;

/// Tables copied as text: a Markdown row loses its outer bars, and tabs
/// between a row's cells part them as ` | ` does (the page is searched for a
/// tab once), so both read as rows with cells. A tabbed line that reads as
/// prose (`1.\tThe Council decided …`) keeps its folded text.
fn table_cells<'a>(lines: &mut [Line<'a>], page: &'a str) {
    // Each kind of separator is looked for once per page.
    let tabs = memchr::memchr(b'\t', page.as_bytes()).is_some();
    let spaces = memchr::memmem::find(page.as_bytes(), b"  ").is_some();
    if tabs || spaces {
        for (line, raw) in lines.iter_mut().zip(crate::text::lines(page)) {
            if tabs && let Some(row) = crate::text::tabbed_cells(raw) {
                let kind = segment::classify(&row);
                if !matches!(kind, Kind::Body | Kind::Fragment) {
                    line.kind = kind;
                    line.text = Cow::Owned(row);
                }
            }
            // `12–16 January  Committee on …  Geneva`: cells aligned by
            // spaces, read so only when they make an event line or an agenda
            // line, since prose and titles may hold double spaces too. A line
            // that already reads as one is read by its cells when they part
            // the name from a place (`10:00 – 11:30  Opening of the HLPF
            // Trusteeship Council Chamber`), not a name in two (`Launch of
            // the  report`).
            let lead = raw.trim_start();
            let unread = matches!(
                line.kind,
                Kind::Title | Kind::Body | Kind::Fragment | Kind::Noise
            );
            if spaces
                && line.kind != Kind::Blank
                && (lead.starts_with(|c: char| c.is_ascii_digit()) || date::may_start_date(lead))
                && let Some(row) = crate::text::spaced_cells(raw)
            {
                let kind = segment::classify(&row);
                let placed = match &kind {
                    Kind::Event(f) => f.place.is_some(),
                    Kind::Session(s) => s.room.is_some(),
                    _ => false,
                };
                if matches!(kind, Kind::Event(_) | Kind::Session(_)) && (unread || placed) {
                    line.kind = kind;
                    line.text = Cow::Owned(row);
                }
            }
        }
    }
    for line in lines.iter_mut() {
        let Some(inner) = line
            .text
            .strip_prefix("| ")
            .and_then(|r| r.strip_suffix(" |"))
        else {
            continue;
        };
        let row = inner.to_string();
        line.kind = segment::classify(&row);
        line.text = Cow::Owned(row);
    }
}

/// Words that end a lead-in, not a name.
const LEAD_IN_END: [&str; 16] = [
    "on", "at", "from", "by", "the", "of", "for", "to", "in", "and", "is", "are", "will",
    "follows", "below", "date",
];

/// A card of labelled fields names its happening in one of them (`Title:
/// …`, `Event: …`), in any order; there the title is read without its
/// label. A card that opens with its date (`Date: …`, `Time: …`, then the
/// name, then more of the card) is turned over: its title, labelled or not, is
/// moved to the card's top, where `sections` expects a title above its
/// date, time and venue. Each line keeps its number.
fn lift_card_titles(lines: &mut [Line]) {
    let is_field = |l: &Line| is_card_field(&l.kind) || l.kind == Kind::Noise;
    let above = fields_beside(lines, 0..lines.len());
    let below = fields_beside(lines, (0..lines.len()).rev());
    // The lines that titles were lifted to (or read in place), by their label.
    let mut labelled_at = vec![false; lines.len()];
    let mut top = 0;
    // The labelled date the block opens with, where it now stands.
    let mut opening = None;
    // The lines unlabelled titles were lifted to.
    let mut lifted_at = vec![false; lines.len()];
    for k in 0..lines.len() {
        // A listing's heading (`ITU Events`) ends a block as a blank line does.
        if matches!(lines[k].kind, Kind::Blank | Kind::Grouping(_)) {
            top = k + 1;
            opening = None;
            continue;
        }
        // Below a heading read as noise (`Events`) too.
        if opening.is_none()
            && is_labelled_date(&lines[k])
            && lines[top..k].iter().all(|l| l.kind == Kind::Noise)
        {
            opening = Some(k);
        }
        if !matches!(lines[k].kind, Kind::Title | Kind::DatedTitle(_)) {
            continue;
        }
        // `Side event: Financing water security` alone is a headline; in a
        // card, beside other fields, its first words are a label. `Title:`
        // is one anywhere.
        // A media advisory's `WHAT:`, a blank line, then `WHEN:`: its fields
        // parted by blank lines. (`Side event: …` there stays a headline.)
        // `WHO:` may stand between them.
        let date_field_below = || {
            segment::is_what_label(&lines[k].text) && {
                let next = filled_after(lines, k);
                let next = match next {
                    Some(j) if segment::is_who_label(&lines[j].text) => filled_after(lines, j),
                    _ => next,
                };
                next.is_some_and(|j| is_labelled_date(&lines[j]))
            }
        };
        let labelled = segment::title_label(&lines[k].text)
            .filter(|_| {
                above[k]
                    || below[k]
                    || !segment::may_open_headline(&lines[k].text)
                    || date_field_below()
            })
            .and_then(|start| {
                let value = lines[k].text[start..].to_string();
                let kind = segment::classify(&value);
                matches!(kind, Kind::Title | Kind::DatedTitle(_)).then_some((value, kind))
            });
        // Unlabelled, the name goes on to more of the card (fields or its
        // text): `Date: …` then `Register here` ending the block is the
        // date of the heading above and a link. The text may follow past a
        // blank line (`Date: 12 June 2024`, `Launch of the report`, a blank
        // line, its paragraph), below a name that is no link and no place.
        let text_below = || {
            filled_after(lines, k).is_some_and(|j| lines[j].kind == Kind::Body)
                && !segment::is_link_text(&lines[k].text)
                && !places::only_places(&lines[k].text)
        };
        let opens_dated = opening.is_some() && (block_goes_on(lines, k) || text_below());
        if labelled.is_none() && !opens_dated {
            continue;
        }
        // A labelled title goes above the fields right above it from its
        // card's date on, even below a page's heading (`OHCHR side events at
        // HRC58`, `Date & time: …`, `Title: …`) or the card before it; an
        // unlabelled one only tops a block of fields.
        // The first date below the card before's labelled title, with only
        // fields between them, is that card's (cards with no blank line
        // between them).
        let claimed = |j: usize| {
            (top..j)
                .rev()
                .find(|&i| labelled_at[i] || !is_field(&lines[i]) || is_labelled_date(&lines[i]))
                .is_some_and(|i| labelled_at[i])
        };
        let from = if labelled.is_some() {
            (top..k)
                .rev()
                .take_while(|&j| is_field(&lines[j]))
                .find(|&j| is_labelled_date(&lines[j]))
                .filter(|&j| !claimed(j))
                .unwrap_or(k)
        } else if lines[top..k].iter().all(is_field) {
            top
        } else {
            // Cards with no blank line between them: a later one opens with
            // the date field the block's first card opens with (`Start date:
            // …`), above its name with only fields between them. A date a
            // name was lifted above is that card's (the card's place below
            // its name is no name).
            opening
                .and_then(|o| {
                    (o + 2..k)
                        .rev()
                        .take_while(|&j| is_field(&lines[j]))
                        .find(|&j| same_date_label(&lines[o], &lines[j]))
                })
                .filter(|&j| !lifted_at[j - 1])
                .unwrap_or(k)
        };
        if let Some((value, kind)) = labelled {
            lines[k].kind = kind;
            lines[k].text = Cow::Owned(value);
            labelled_at[from] = true;
        } else if from < k {
            lifted_at[from] = true;
        }
        lines[from..=k].rotate_right(1);
        // The lines it passed moved down one.
        opening = opening.map(|o| if (from..k).contains(&o) { o + 1 } else { o });
    }
}

fn is_labelled_date(l: &Line) -> bool {
    matches!(&l.kind, Kind::DateOnly(f) if f.labeled)
}

/// Two labelled dates under the same label (`Start date: …`).
fn same_date_label(a: &Line, b: &Line) -> bool {
    fn label<'l>(l: &'l Line) -> Option<&'l str> {
        is_labelled_date(l)
            .then(|| l.text.split_once(':').map(|(label, _)| label))
            .flatten()
    }
    label(a).is_some_and(|x| label(b).is_some_and(|y| x.eq_ignore_ascii_case(y)))
}

/// For each line, whether a card's field (a label, not noise) stands before
/// it in its block, the lines visited in `order`: one pass, so a block of a
/// million title lines is not rescanned for each.
fn fields_beside(lines: &[Line], order: impl Iterator<Item = usize>) -> Vec<bool> {
    let mut beside = vec![false; lines.len()];
    let mut seen = false;
    for k in order {
        match &lines[k].kind {
            Kind::Blank => seen = false,
            kind => {
                beside[k] = seen;
                seen |= is_card_field(kind);
            }
        }
    }
    beside
}

/// A card's field: a label's line or a labelled date.
fn is_card_field(kind: &Kind) -> bool {
    match kind {
        Kind::DateOnly(f) => f.labeled,
        Kind::Labeled(..) => true,
        _ => false,
    }
}

/// `Chair, distinguished delegates,`: a short line ending in a comma, as a
/// speech opens.
fn is_salutation(text: &str) -> bool {
    text.len() <= MAX_SALUTATION_BYTES && text.ends_with(',') && !text.contains(". ")
}

/// The longest line read as a salutation.
const MAX_SALUTATION_BYTES: usize = 80;

/// `Meetings beginning in April:`: a short line that opens a list.
fn is_lead_in(text: &str) -> bool {
    text.len() <= MAX_LEAD_IN_BYTES && text.ends_with(':')
}

/// The longest line read as a lead-in.
const MAX_LEAD_IN_BYTES: usize = 80;

/// `MORNING`, `Afternoon`: the half of a day that an order of the day's
/// meetings below it fall in.
fn is_half_day(text: &str) -> bool {
    ["morning", "afternoon", "evening"]
        .iter()
        .any(|h| text.eq_ignore_ascii_case(h))
}

/// `69th session` opening a block, then the day, the time and the first
/// item (`Opening of the 69th session`): a session's number alone heads a
/// schedule, and names no item. Right below a body's name (`Committee on
/// the Rights of the Child`, `Ninety-sixth session`, the date) it is that
/// name's subtitle instead.
fn heads_schedule(lines: &[Line], k: usize) -> bool {
    (k == 0 || lines[k - 1].kind == Kind::Blank) && segment::is_session_number(&lines[k].text)
}

/// `Final Brief on …`, `WSIS`, `Session 116`, the date, then its time: an
/// event page's title, its site's name and the session's number above the
/// date. The date with its time below is the title's, as a card's; a press
/// release's symbol (`SG/SM/22501`) above its date alone still leaves the
/// date to the text below.
fn timed_below_noise(lines: &[Line], i: usize) -> bool {
    let timed = lines
        .get(i + 1)
        .is_some_and(|l| matches!(&l.kind, Kind::Labeled(Label::Time, v) if v.start == 0));
    timed
        && lines[..i]
            .iter()
            .rev()
            .find(|l| l.kind != Kind::Noise)
            .is_some_and(|l| l.kind == Kind::Title)
}

/// Nothing but blank lines (or none at all).
fn all_blank(lines: &[Line]) -> bool {
    lines.iter().all(|l| l.kind == Kind::Blank)
}

/// The first line after line `k` that is not blank.
fn filled_after(lines: &[Line], k: usize) -> Option<usize> {
    (k + 1..lines.len()).find(|&j| lines[j].kind != Kind::Blank)
}

/// The last line before line `k` that is not blank.
fn filled_before(lines: &[Line], k: usize) -> Option<usize> {
    (0..k).rev().find(|&j| lines[j].kind != Kind::Blank)
}

/// The last line before line `k` that is neither blank nor noise.
fn written_before<'l, 'a>(lines: &'l [Line<'a>], k: usize) -> Option<&'l Line<'a>> {
    lines[..k]
        .iter()
        .rfind(|l| !matches!(l.kind, Kind::Blank | Kind::Noise))
}

/// The first line after line `k` that is neither blank nor noise.
fn written_after<'l, 'a>(lines: &'l [Line<'a>], k: usize) -> Option<&'l Line<'a>> {
    lines[k + 1..]
        .iter()
        .find(|l| !matches!(l.kind, Kind::Blank | Kind::Noise))
}

/// The line holds a time and nothing else but what follows `text` (the
/// line's own text, or its cell before a closing bar).
fn is_time_alone(l: &Line, text: &str) -> bool {
    matches!(&l.kind, Kind::Labeled(Label::Time, v) if *v == (0..text.len()))
}

/// The block of `lines[k]` goes on after it (no blank line, not the end).
fn block_goes_on(lines: &[Line], k: usize) -> bool {
    lines.get(k + 1).is_some_and(|l| l.kind != Kind::Blank)
}

/// The line below line `k` only names a place: an event card's venue, which
/// a news item's headline does not have.
fn place_below(lines: &[Line], k: usize) -> bool {
    lines.get(k + 1).is_some_and(|l| {
        matches!(l.kind, Kind::Title | Kind::Noise) && places::only_places(&l.text)
    })
}

/// What a table's column holds, from its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Date,
    Time,
    Place,
    Title,
    Organizers,
    Partners,
    Other,
}

/// Column names a table's heading row may use, and what they hold.
const COLUMNS: &[(&str, Column)] = &[
    ("date", Column::Date),
    ("dates", Column::Date),
    ("day", Column::Date),
    ("time", Column::Time),
    ("times", Column::Time),
    ("hour", Column::Time),
    ("hours", Column::Time),
    ("room", Column::Place),
    ("venue", Column::Place),
    ("location", Column::Place),
    ("place", Column::Place),
    ("where", Column::Place),
    ("title", Column::Title),
    ("event", Column::Title),
    ("events", Column::Title),
    ("session", Column::Title),
    ("meeting", Column::Title),
    ("meetings", Column::Title),
    ("topic", Column::Title),
    ("name", Column::Title),
    ("side event", Column::Title),
    ("title of the session", Column::Title),
    // UNESCO's schedule of meetings: `Time | Organ | Room | Item`, the
    // organ meeting on an agenda item.
    ("organ", Column::Title),
    ("organizer", Column::Organizers),
    ("organizers", Column::Organizers),
    ("organiser", Column::Organizers),
    ("organisers", Column::Organizers),
    ("organizer(s)", Column::Organizers),
    ("organized by", Column::Organizers),
    ("host", Column::Organizers),
    ("hosts", Column::Organizers),
    ("hosted by", Column::Organizers),
    ("convener", Column::Organizers),
    ("conveners", Column::Organizers),
    ("partner", Column::Partners),
    ("partners", Column::Partners),
    ("type", Column::Other),
    ("format", Column::Other),
    ("language", Column::Other),
    ("languages", Column::Other),
    ("registration", Column::Other),
    ("link", Column::Other),
    ("contact", Column::Other),
    ("sector", Column::Other),
    ("item", Column::Other),
    ("items", Column::Other),
];

/// What a column named `cell` holds; a time column may name its zone.
fn column_of(cell: &str) -> Option<Column> {
    named_column(cell).or_else(|| column_zone(cell).map(|_| Column::Time))
}

fn named_column(cell: &str) -> Option<Column> {
    COLUMNS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(cell))
        .map(|&(_, c)| c)
}

/// The zone a time column's name gives all its cells (`Time (CET)`).
fn column_zone(cell: &str) -> Option<&str> {
    let (name, _) = cell.split_once(" (")?;
    let (rest, zone) = zone::zone(&cell[name.len()..]).ok()?;
    (rest.is_empty() && named_column(name) == Some(Column::Time)).then_some(zone)
}

/// `Date Event Title`: a table's heading row with its cells' bars lost, a
/// day's column first and a name's after it.
fn is_stacked_heading(text: &str) -> bool {
    let mut words = text.split(' ');
    text.len() <= MAX_STACKED_HEADING_BYTES
        && words.next().and_then(named_column) == Some(Column::Date)
        && text.contains(' ')
        && words.all(|w| named_column(w) == Some(Column::Title))
}

/// The longest heading row read by [`is_stacked_heading`].
const MAX_STACKED_HEADING_BYTES: usize = 32;

/// Below such a heading, each row's cells one to a line (`17 September`,
/// `High-level Meeting on Yemen`, the next day, …, blank lines between or
/// not): a bare day and the name below it are one event line, `17 September
/// – High-level Meeting on Yemen`, as a day alone above a name would
/// otherwise be the next item's publication date.
fn stacked_rows(lines: &mut Vec<Line>) {
    let heading = |l: &Line| matches!(l.kind, Kind::Title) && is_stacked_heading(&l.text);
    // Most pages have no such heading: they skip the bookkeeping.
    let Some(first) = lines.iter().position(heading) else {
        return;
    };
    let mut joined = vec![false; lines.len()];
    let mut k = first;
    while k < lines.len() {
        if !heading(&lines[k]) {
            k += 1;
            continue;
        }
        let mut last = k;
        while let Some(day) = filled_after(lines, last)
            && matches!(&lines[day].kind, Kind::DateOnly(f) if f.place.is_none() && !f.labeled)
            && let Some(name) = filled_after(lines, day)
            && lines[name].kind == Kind::Title
        {
            let text = format!("{} – {}", lines[day].text, lines[name].text);
            if !into_event_line(&mut lines[day], text) {
                break;
            }
            joined[name] = true;
            last = name;
        }
        k = last + 1;
    }
    take_out(lines, &joined);
}

/// Below a heading row run together (`DateOrgActivityCityContact`, see
/// [`crate::calendar`]), each row read back into an event line (`18 May –
/// Employment and Social Outlook 2026 | Geneva`) and its other lines (the
/// organization, contacts) made noise.
fn press_calendar(lines: &mut [Line]) {
    let Some(top) = lines
        .iter()
        .position(|l| calendar::is_glued_heading(&l.text))
    else {
        return;
    };
    // `18 May to 1 June 2026` above the heading row: the calendar's
    // fortnight, which groups its rows and gives their year.
    if let Some(j) = filled_before(lines, top)
        && let Kind::DateOnly(f) = &lines[j].kind
        && f.name.is_empty()
        && let Some(context) = segment::context_of(&f.when.date)
    {
        lines[j].kind = Kind::Grouping(Years::Given(context));
    }
    let starts: Vec<usize> = (top + 1..lines.len())
        .filter(|&k| {
            calendar::row_date(&lines[k].text).is_some_and(|at| {
                // A day alone right below a row's first day is that row's last.
                at < lines[k].text.len()
                    || !filled_before(lines, k).is_some_and(|j| {
                        j > top && calendar::row_date(&lines[j].text) == Some(lines[j].text.len())
                    })
            })
        })
        .collect();
    for (n, &k) in starts.iter().enumerate() {
        // The last row ends where the page goes on after the calendar.
        let end = starts
            .get(n + 1)
            .copied()
            .unwrap_or(lines.len())
            .min(k + MAX_ROW_LINES);
        let cells: Vec<&str> = lines[k + 1..end].iter().map(|l| l.text.as_ref()).collect();
        let Some(row) = calendar::row(&lines[k].text, &cells) else {
            continue;
        };
        let text = match &row.place {
            Some(place) => format!("{} – {} | {place}", row.day, row.name),
            None => format!("{} – {}", row.day, row.name),
        };
        if !into_event_line(&mut lines[k], text) {
            continue;
        }
        for l in &mut lines[k + 1..end] {
            if l.kind != Kind::Blank {
                l.kind = Kind::Noise;
            }
        }
    }
}

/// `line` rewritten as `text` (`18 May – Employment and Social Outlook`),
/// when that reads as an event line; whether it did.
fn into_event_line(line: &mut Line, text: String) -> bool {
    let kind = segment::classify(&text);
    let event = matches!(kind, Kind::Event(_));
    if event {
        line.text = Cow::Owned(text);
        line.kind = kind;
    }
    event
}

/// The most lines of one press calendar row, blank ones included (a contact
/// gives up to three).
const MAX_ROW_LINES: usize = 16;

/// The columns of a table's heading row flattened to one line, bars and
/// all (`Date | Time | Room | Title | Organizers`): every cell a column's
/// name, with a date or a time and a title among them.
fn table_columns(text: &str) -> Option<Vec<Column>> {
    // Heading rows are short: longer lines skip the lookups.
    if text.len() > 120 {
        return None;
    }
    let columns: Vec<Column> = text
        .split(" | ")
        .map(|cell| column_of(cell.trim()))
        .collect::<Option<_>>()?;
    let has = |c: Column| columns.contains(&c);
    (columns.len() >= 3 && (has(Column::Date) || has(Column::Time)) && has(Column::Title))
        .then_some(columns)
}

/// The rows below a table's heading row, rewritten in the order docket
/// reads (`18 June 2024 | 13:00-14:00 - Title | Venue: Room XXIV |
/// Organizer: …`), so the date's text stays as written. A row short of
/// cells lost its empty last ones, or, with no digit in its first cell,
/// shares the time or day of the row above (a cell that spans both rows:
/// `10 am | NOM Committee | Room IV | …`, then `CLT Commission | Room II |
/// …`). The table ends at the first line with more cells.
fn map_table_rows(lines: &mut [Line]) {
    let mut columns: Option<Vec<Column>> = None;
    let mut zone = None;
    // The first cell of the last row read, for a row below that it spans.
    let mut lead_above: Option<String> = None;
    for line in lines.iter_mut() {
        if memchr::memchr(b'|', line.text.as_bytes()).is_none() {
            if line.kind != Kind::Blank {
                columns = None;
            }
            continue;
        }
        // `|---|:---:|`: a Markdown table's rule below its heading row.
        if line
            .text
            .bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' '))
        {
            continue;
        }
        // `Hour | Title of the session | Sector | Contact |`: a row copied
        // with its last cell's closing bar (and empty cells' bars).
        let text = line.text.trim_end_matches(['|', ' ']);
        if let Some(c) = table_columns(text) {
            columns = Some(c);
            zone = text
                .split(" | ")
                .find_map(|cell| column_zone(cell.trim()))
                .map(str::to_string);
            lead_above = None;
            line.kind = Kind::Noise;
            continue;
        }
        let Some(cols) = &columns else { continue };
        let mut cells: Vec<&str> = text.split(" | ").map(str::trim).collect();
        if cells.len() > cols.len() {
            columns = None;
            continue;
        }
        if cells.len() + 1 == cols.len()
            && matches!(cols[0], Column::Time | Column::Date)
            && !cells[0].bytes().any(|b| b.is_ascii_digit())
            && let Some(lead) = &lead_above
        {
            cells.insert(0, lead);
        }
        cells.resize(cols.len(), "");
        let first_cell = cells[0].to_string();
        let cell = |c: Column| {
            cols.iter()
                .zip(&cells)
                .find(|(k, v)| **k == c && !v.is_empty())
                .map(|(_, v)| *v)
        };
        // A table of one day's sessions (`Hour | Title of the session |
        // Sector | Contact`, below the day) leads each row with its time.
        let date = cell(Column::Date);
        let (Some(lead), Some(_)) = (date.or_else(|| cell(Column::Time)), cell(Column::Title))
        else {
            lead_above = Some(first_cell);
            continue;
        };
        let mut row = lead.to_string();
        for (column, field) in [
            (Column::Time, ""),
            (Column::Title, ""),
            (Column::Place, "Venue: "),
            (Column::Organizers, "Organizer: "),
            (Column::Partners, "Partners: "),
        ] {
            if column == Column::Time && date.is_none() {
                continue;
            }
            let Some(value) = cell(column) else { continue };
            let sep = if column == Column::Title {
                " - "
            } else {
                " | "
            };
            row.push_str(sep);
            row.push_str(field);
            row.push_str(value);
        }
        line.kind = segment::classify(&row);
        // `Time (CET)` above `14:00-15:30`: the heading's zone is the cells'.
        match &mut line.kind {
            Kind::Event(f) | Kind::DatedTitle(f)
                if f.when.time.is_some() && f.when.zone.is_none() =>
            {
                f.when.zone.clone_from(&zone);
            }
            Kind::Session(s) if s.zone.is_none() => s.zone.clone_from(&zone),
            _ => {}
        }
        line.text = Cow::Owned(row);
        lead_above = Some(first_cell);
    }
}

static PAIR_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:co-|jointly )?(?:hosted|organi[sz]ed|convened|led) by|held|takes? place|took place)(?-u:\b)")
        .expect("valid regex")
});

/// What a page with no blank line shows of its blocks.
#[derive(Clone, Copy, Default)]
struct Layout {
    /// No line is blank.
    dense: bool,
    /// Dense, and its cards open with their date lines: more of them stand
    /// between a card's end (its text, link or place) and the next name
    /// (maybe below the date's time), or above a schedule's time and name,
    /// than between a name and what is not one.
    dates_first: bool,
}

impl Layout {
    fn of(lines: &[Line], dense: bool) -> Layout {
        if !dense {
            return Layout::default();
        }
        let text = |l: &Line| matches!(l.kind, Kind::Body | Kind::Labeled(..));
        // A name, not a place.
        let name = |l: &Line| l.kind == Kind::Title && !places::looks_like_place(&l.text);
        // A card may end with its link (`Read more`) or place (`Conference
        // Room 4`).
        let card_end = |l: &Line| {
            text(l) || segment::is_link_text(&l.text) || l.kind == Kind::Title && !name(l)
        };
        let (mut heads, mut closes) = (0, 0);
        for (k, date) in lines.iter().enumerate() {
            if !matches!(date.kind, Kind::DateOnly(_)) || k == 0 {
                continue;
            }
            let above = &lines[k - 1];
            // The name right below, or below the time: `15 April 2025`,
            // `10:00 a.m. EDT`, `Opening session`. A day over a schedule's
            // times heads it whatever stands above.
            let mut below = lines[k + 1..].iter();
            let (named_below, timed) = match below.next() {
                Some(l) if name(l) => (true, false),
                Some(Line {
                    kind: Kind::Labeled(Label::Time, _),
                    ..
                }) => (below.next().is_some_and(name), true),
                _ => (false, false),
            };
            heads += usize::from(named_below && (timed || card_end(above)));
            closes += usize::from(name(above) && !named_below);
        }
        Layout {
            dense: true,
            dates_first: heads > closes,
        }
    }
}

/// Where a line stands in a run of date and name lines, one below the
/// other and alternating, with two dates or more (`14-15 November 2016`,
/// `Fifth ISID Forum`, `30 November 2015`, …; a month alone, `February
/// 2015`, stands for a date).
#[derive(Clone, Copy, PartialEq, Eq)]
enum ListOrder {
    /// In no such run.
    None,
    /// A timeline: the run ends on a name, so each date stands above its
    /// name and none closes the block above.
    DatesFirst,
    /// A listing: the run opens on a name and ends on a date (`58th
    /// ISOCARP World Planning Congress`, `3rd – 6th October 2022 in
    /// Brussels, Belgium`, …, then text), so each date stands below its
    /// name, even with no blank line before the next name.
    NamesFirst,
}

/// Each line's [`ListOrder`], read in one pass over the page.
fn list_orders(lines: &[Line]) -> Vec<ListOrder> {
    let date = |k: usize| {
        matches!(
            lines[k].kind,
            Kind::DateOnly(_) | Kind::Grouping(Years::Given(_))
        )
    };
    // `Advisory Committee on … (ACABQ), New York`: a name may end with its
    // place; a line of places alone is a date's detail.
    let name = |k: usize| lines[k].kind == Kind::Title && !places::only_places(&lines[k].text);
    let mut orders = vec![ListOrder::None; lines.len()];
    // Two dates in a run have a title between them: a page with no date,
    // title and date lines in a row has no run, and skips the place tests.
    // Blank lines may part the run's lines (`21 November-2 December`, a
    // blank line, `International Maritime Organization (IMO), Assembly,
    // London`, a blank line, …): only the other lines are read.
    let title = |k: usize| lines[k].kind == Kind::Title;
    // `Committee on Economic, Social and Cultural Rights, 71st session`,
    // `Countries under review: …`, `14 February – 4 March`: a name's line
    // of text between it and its date stays out of the run, as blank lines
    // do.
    let detail = |k: usize| {
        lines[k].kind == Kind::Body
            && filled_before(lines, k).is_some_and(|j| lines[j].kind == Kind::Title)
            && filled_after(lines, k).is_some_and(|j| matches!(lines[j].kind, Kind::DateOnly(_)))
    };
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| lines[k].kind != Kind::Blank && !detail(k))
        .collect();
    if !filled
        .windows(3)
        .any(|w| date(w[0]) && title(w[1]) && date(w[2]))
    {
        return orders;
    }
    let (date, name) = (|j: usize| date(filled[j]), |j: usize| name(filled[j]));
    let mut start = 0;
    while start < filled.len() {
        // A run opens on a date, or on a name right above a date.
        let opens = date(start) || start + 1 < filled.len() && date(start + 1) && name(start);
        if !opens {
            start += 1;
            continue;
        }
        // The blank lines above each line of the run (up to a name's text
        // line, if any), the same all along it: a run ends where the
        // spacing changes.
        let gap = |j: usize| filled[j] - filled_before(lines, filled[j]).unwrap_or(filled[j - 1]);
        let spacing = filled.get(start + 1).map(|_| gap(start + 1));
        let mut end = start + 1;
        while end < filled.len()
            && Some(gap(end)) == spacing
            && (if date(end - 1) { name(end) } else { date(end) })
        {
            end += 1;
        }
        let dates = (start..end).filter(|&j| date(j)).count();
        // Parted by blank lines, a run that opens and ends on a name is a
        // calendar's when its dates are bare spans; dates with their place
        // (`Accra, 2-4 October`) are the details of the names above them.
        let spaced = spacing.is_some_and(|g| g > 1);
        let placed = || {
            (start..end)
                .any(|j| matches!(&lines[filled[j]].kind, Kind::DateOnly(f) if f.place.is_some()))
        };
        let order = match (date(start), date(end - 1)) {
            _ if dates < 2 => ListOrder::None,
            // `Meeting`, `Date` over a flattened table: its columns say
            // which comes first.
            _ if let Some(order) = column_order(lines, filled[start]) => order,
            (false, false) if spaced && placed() => ListOrder::None,
            (_, false) => ListOrder::DatesFirst,
            (false, true) => ListOrder::NamesFirst,
            (true, true) => ListOrder::None,
        };
        orders[filled[start]..=filled[end - 1]].fill(order);
        start = end;
    }
    orders
}

/// `Meeting` then `Date` (or `Date` then `Event`), each alone on its line
/// right above line `top`: a flattened table's column heads, which say
/// whether each name stands above its date or below it.
fn column_order(lines: &[Line], top: usize) -> Option<ListOrder> {
    const NAMES: [&str; 8] = [
        "meeting", "meetings", "event", "events", "title", "name", "session", "activity",
    ];
    let mut heads = lines[..top].iter().rev().filter(|l| l.kind != Kind::Blank);
    let (second, first) = (heads.next()?, heads.next()?);
    let names = |l: &Line| NAMES.iter().any(|n| l.text.eq_ignore_ascii_case(n));
    let dates = |l: &Line| {
        ["date", "dates"]
            .iter()
            .any(|d| l.text.eq_ignore_ascii_case(d))
    };
    if names(first) && dates(second) {
        Some(ListOrder::NamesFirst)
    } else if dates(first) && names(second) {
        Some(ListOrder::DatesFirst)
    } else {
        None
    }
}

/// The first day a paragraph gives with its year and hours, read from its
/// opening.
fn timed_day(line: &Line) -> Option<When> {
    if line.kind != Kind::Body {
        return None;
    }
    let opening = &line.text[..floor_boundary(&line.text, ANNOUNCEMENT_WINDOW)];
    parse::find_all_when(opening)
        .into_iter()
        .map(|(_, w)| w)
        .find(|w| w.time.is_some() && w.date.start.year.is_some())
}

/// Groups lines into sections: a header (title, dated title, event line or
/// grouping heading) and the lines below it up to the next header.
fn sections(lines: &[Line], layout: Layout) -> Vec<Section> {
    // Read only when a date line's block is in doubt: most pages never ask.
    let orders = std::cell::OnceCell::new();
    let order = |k: usize| orders.get_or_init(|| list_orders(lines))[k];
    let mut out: Vec<Section> = Vec::new();
    let mut group = None;
    // Whether the last grouping heading lists what is to come.
    let mut upcoming = false;
    let mut day = None;
    // Whether a title took its time from the line above it: the page's
    // schedule puts each time over its item.
    let mut times_head = false;
    // Whether the last date line continues a block (a title right above it).
    let mut date_in_block = false;
    // The last lines before the first header: no section's, but a time or
    // day there may head the first one (see `time_above`).
    let mut preamble: Vec<(usize, Role)> = Vec::new();
    // The line below which paragraphs were read for an agenda's day.
    let mut read_to = 0;
    for (i, line) in lines.iter().enumerate() {
        if let Kind::DateOnly(f) | Kind::DatedTitle(f) | Kind::Event(f) = &line.kind {
            day = Some((i, f.when.clone()));
        }
        // `… will organize a special event on Friday, 26 June 2015, from
        // 2:30 p.m. to 4:00 p.m.`, then `Agenda will be as follows:` and its
        // times, below a headline dated otherwise: the paragraph's day is
        // the agenda's.
        if matches!(line.kind, Kind::Session(_))
            && let Some((above, _)) = day
        {
            let from = above.max(read_to) + 1;
            if let Some(announced) = (from..i)
                .rev()
                .find_map(|k| Some((k, timed_day(&lines[k])?)))
            {
                day = Some(announced);
            }
            read_to = i;
        }
        // A document symbol (`SG/SM/22501`), prose or a grouping heading
        // (`Side events`) right above the date is no title: the date then
        // opens the next item's block.
        // So does a date line below an item that has its date: a listing's
        // cards (date, title, place) with no blank lines between them.
        // A dateline's place above the date (`New York/Geneva`, then `17
        // January 2014`, then the headline) heads no block: the date is
        // the headline's publication date. A date line that repeats the
        // item's own stays in its block, whatever stands above it.
        if let Kind::DateOnly(f) = &line.kind {
            let repeated = out.last().is_some_and(|s| repeats_date(s, &f.when));
            date_in_block = repeated
                || !layout.dates_first
                    && i > 0
                    && (!matches!(
                        lines[i - 1].kind,
                        Kind::Blank | Kind::Noise | Kind::Body | Kind::Grouping(_)
                    ) && !ends_with_link(lines, i - 1)
                        || timed_below_noise(lines, i))
                    && !out
                        .last()
                        .is_some_and(|s| is_dated(&lines[s.header], &s.members))
                    && !segment::is_dateline_place(&lines[i - 1].text)
                    && !heads_schedule(lines, i - 1)
                    && order(i) != ListOrder::DatesFirst;
        }
        // A title-like line right below a date line (or below its time, venue or
        // other details) belongs to that date block: a title, date, time, venue
        // block. A date line that opens a block (`12 March 2024` then a headline)
        // dates the headline below it, which starts its own section, unless the
        // line names a place.
        let details = details_end(&out);
        // Right below the header, no member between them.
        let below_header = out
            .last()
            .is_some_and(|s| s.header + 1 == i && s.members.iter().all(|(m, _)| *m < s.header));
        // `Additional session, 19-20 October 2023`, a blank line, then
        // `Geneva, Switzerland`: a dated header's place on a block of its
        // own, before anything else of the section. So is a headline's
        // above its text (`Executive Committee, 5th meeting`, a blank
        // line, `Beirut, Lebanon`, then the paragraph): no title of its own.
        // A release's number may stand between (`13/2019`, then `Vienna,
        // Austria`), and the page may set more blank lines than one.
        let below_dated_header = || {
            out.last().is_some_and(|s| {
                (s.header + 2..=s.header + 5).contains(&i)
                    && lines[s.header + 1].kind == Kind::Blank
                    && lines[s.header + 2..i]
                        .iter()
                        .all(|l| matches!(l.kind, Kind::Noise | Kind::Blank))
                    && s.members.iter().all(|(m, _)| *m > s.header)
                    && match lines[s.header].kind {
                        Kind::DatedTitle(_) | Kind::Event(_) => true,
                        Kind::Title => {
                            filled_after(lines, i).is_some_and(|j| lines[j].kind == Kind::Body)
                        }
                        _ => false,
                    }
            })
        };
        // A title with its own date line right below, or below its card's
        // fields (`Organizers: …`, `Date: …`), heads the next item. Only a
        // title asks: a run of fields is not rescanned for each of them.
        let dated_below = matches!(line.kind, Kind::Title)
            && (date_line_below(lines, i)
                || lines[i + 1..]
                    .iter()
                    .take_while(|l| is_card_field(&l.kind))
                    .any(is_labelled_date));
        // `09.30 - 11.00 EAT` alone on its line below the text (or the
        // time) of the item above, then a title: a schedule's time over its
        // item, not a detail of the block above. A card's first time, right
        // below its date, is the card's own.
        // So is one below the half of the day it opens (`MORNING`, then
        // `9.00 – 12.00`, then the meeting): an order of the day's.
        let below_time = i > 0
            && matches!(&lines[i - 1].kind, Kind::Labeled(Label::Time, v) if v.start == 0)
            && (i >= 2 && is_half_day(&lines[i - 2].text)
                || out.last().is_some_and(|s| {
                    let before = &s.members[..s.members.len().saturating_sub(1)];
                    before
                        .iter()
                        .any(|(_, r)| matches!(r, Role::Body | Role::Label(Label::Time, _)))
                }));
        // A place right below is `below_header`'s. The dear tests come last.
        let places_below_title = || {
            matches!(lines[i - 1].kind, Kind::Blank)
                && out.last().is_some_and(|s| {
                    matches!(lines[s.header].kind, Kind::Title)
                        && s.members
                            .iter()
                            .all(|(m, r)| *m > s.header && matches!(r, Role::Detail))
                        && places::only_places(&line.text)
                        && !segment::is_link_text(&lines[s.header].text)
                })
        };
        let below_date = matches!(line.kind, Kind::Title)
            && i > 0
            && (((matches!(lines[i - 1].kind, Kind::DateOnly(_))
                || details.is_some_and(|m| m + 1 == i))
                && ((date_in_block && !dated_below && !below_time)
                    || places::looks_like_place(&line.text)
                    // `25 November 2021`, then `Virtual Meeting`.
                    || places::is_way_to_attend(&line.text)))
                // Blocks parted by blank lines (`14 January 2025, 10:00`,
                // blank, `Conference Room 2`): a place still says where.
                || (details.is_some_and(|m| m + 1 < i) && places::only_places(&line.text))
                // `Bangkok, Thailand` or `UNCTAD, Palais des Nations, Room
                // XXV` right below a title: where it is.
                || below_header
                    && (places::only_places(&line.text)
                        || line.text.contains(", ") && places::looks_like_place(&line.text))
                || below_dated_header() && places::only_places(&line.text)
                // `36th session`, then its venue in blocks of their own
                // (`Palais des Nations, Geneva, Switzerland`, `Palais des
                // Nations`), blank lines between: where, no titles.
                || places_below_title());
        // `Committee on the Rights of the Child`, `Ninety-sixth session`, then
        // the date: a subtitle between a title and its date. On a page with
        // no blank line the line above is as often the page's heading or
        // its menu's last item (`Webinar series`, `Session 1: …`, the
        // date): there the line right above the date names the item, unless
        // it is a session's number, which names nothing alone.
        // A link (`Register now`) above a headline and its date is no title,
        // and a title lifted above its card's fields (see `lift_card_titles`:
        // it stands above lines that follow it in the page) no subtitle.
        let lifted = lines.get(i + 1).is_some_and(|next| next.no < line.no);
        // Two such lines may stack (`Second Committee`, `Seventy-ninth
        // session`, `General debate`, then the date): the top one titles.
        let dated = |k: usize| {
            lines
                .get(k)
                .is_some_and(|l| matches!(l.kind, Kind::DateOnly(_)))
        };
        let subtitle = matches!(line.kind, Kind::Title)
            && (!layout.dense || segment::is_session_number(&line.text))
            && !lifted
            && out.last().is_some_and(|s| {
                let stacked = s.members.len();
                s.header + 1 + stacked == i
                    && stacked < 2
                    && !(stacked == 0 && names_in_full(&lines[s.header].text, &line.text))
                    && s.members
                        .iter()
                        .all(|(m, r)| matches!(r, Role::Detail) && lines[*m].kind == Kind::Title)
                    && lines[s.header].kind == Kind::Title
                    && !segment::is_call_to_action(&lines[s.header].text)
                    && !segment::is_byline(&lines[s.header].text)
                    && (dated(i + 1)
                        || stacked == 0
                            && lines.get(i + 1).is_some_and(|l| l.kind == Kind::Title)
                            && dated(i + 2))
            });
        // `The Power of the Commons`, then `Digital Public Goods for a more
        // secure world`, then the paragraph that announces the day: a
        // page's title and its tagline, and the title names the happening.
        // On a page with no blank line the line above is as often a
        // listing's heading (`News from the Technology Bank`) over an item:
        // there only a page's first line that the announcement names is.
        // A picture's placeholder (`Image`) may stand between them.
        // Blank lines may part the two when the paragraph names the page's
        // title and not the line below it (`ECOSOC YOUTH FORUM 2022`, then
        // `COVID-19 Recovery: Youth Taking Action …`, then `The 2022 ECOSOC
        // Youth Forum is convened by …`).
        let tagline = matches!(line.kind, Kind::Title)
            && out.last().is_some_and(|s| {
                let top = &lines[s.header].text;
                let adjacent = s.header + 1 + s.members.len() == i;
                let parted = || {
                    !layout.dense
                        && i - s.header <= MAX_TAGLINE_GAP
                        && lines[s.header + 1..i]
                            .iter()
                            .all(|l| matches!(l.kind, Kind::Blank | Kind::Noise))
                };
                (adjacent || parted())
                    && s.members.iter().all(|&(m, _)| lines[m].kind == Kind::Noise)
                    && lines[s.header].kind == Kind::Title
                    && !segment::is_call_to_action(top)
                    && filled_after(lines, i).is_some_and(|j| {
                        let l = &lines[j];
                        if l.kind != Kind::Body {
                            return false;
                        }
                        // Parted lines are common and naming is dear: the
                        // paragraph must first hold the title's first long
                        // word.
                        if !adjacent && !mentions_first_long_word(&l.text, top) {
                            return false;
                        }
                        let first = lines[..s.header].iter().all(|l| l.kind == Kind::Noise);
                        let names_top = names_title(&l.text, top);
                        let names_lower = || names_title(&l.text, &line.text);
                        // `Wmo building` (a picture's text) above
                        // `Executive Council (EC-78)`, which the paragraph
                        // names: the lower line is the title.
                        if !adjacent {
                            return names_top && !names_lower();
                        }
                        (!layout.dense || first && names_top)
                            && announcement(&l.text).is_some()
                            && (names_top || !names_lower())
                    })
            });
        // `Human Rights Council holds its session from 27 May to 14 June
        // 2013`, its release's date, then `Council to Hear from … Experts`
        // over the paragraph that announces those very days: the line is
        // the headline's deck, and the paragraph is the headline's.
        let deck = matches!(line.kind, Kind::Title)
            && out.last().is_some_and(|s| {
                let Kind::DatedTitle(f) = &lines[s.header].kind else {
                    return false;
                };
                s.members
                    .iter()
                    .all(|(_, r)| matches!(r, Role::Other | Role::Date(_)))
                    && filled_after(lines, i).is_some_and(|j| {
                        lines[j].kind == Kind::Body
                            && announcement(&lines[j].text)
                                .is_some_and(|a| a.when.date == f.when.date)
                    })
            });
        // Above a labelled date (Indico's `Starts Jun 9, 2021 08:00`), a
        // card's field that no headline's date is, the place is the card's
        // whatever the section holds.
        let labeled_below = || {
            lines
                .get(i + 1)
                .is_some_and(|l| matches!(&l.kind, Kind::DateOnly(f) if f.labeled))
        };
        // `Remarks to the Council`, a blank line, then `New York` right
        // above the date: where the title's happening is, no title.
        let place_above_date = matches!(line.kind, Kind::Title)
            && dated_below
            && out.last().is_some_and(|s| {
                (s.members.is_empty() || labeled_below())
                    && lines[s.header].kind == Kind::Title
                    && !segment::is_call_to_action(&lines[s.header].text)
            })
            && places::only_places(&line.text);
        // `Register now` or `Watch the recording` right below the title's
        // own date or its hours (nothing but the title's lines above the
        // date): a link, no item, and nothing the date says more by (see
        // `says_more`).
        let link_below_date = matches!(line.kind, Kind::Title)
            && out.last().is_some_and(|s| {
                let hours = s
                    .members
                    .iter()
                    .rev()
                    .take_while(|(_, r)| matches!(r, Role::Label(Label::Time, _)))
                    .count();
                let (to_date, _) = s.members.split_at(s.members.len() - hours);
                matches!(to_date.split_last(), Some(((m, Role::Date(_)), above))
                    if *m > s.header
                        && above.iter().all(|(_, r)| matches!(r, Role::Other | Role::Detail)))
                    && lines[s.header].kind == Kind::Title
            })
            && segment::is_link_text(&line.text);
        // `Webinar on oceans`, then `Register here` or `Side event` above
        // the title's date, blank lines between: a link or the item's kind,
        // no title of its own.
        let note_above_date = matches!(line.kind, Kind::Title)
            && (segment::is_link_text(&line.text) || segment::is_type_cell(&line.text))
            && filled_after(lines, i).is_some_and(|j| matches!(lines[j].kind, Kind::DateOnly(_)))
            && out.last().is_some_and(|s| {
                s.members.is_empty()
                    && lines[s.header].kind == Kind::Title
                    && all_blank(&lines[s.header + 1..i])
                    && !segment::is_link_text(&lines[s.header].text)
            });
        // `More information: https://…` right below a title: the title's
        // link, no item of its own.
        let link_below_title = matches!(line.kind, Kind::Title)
            && out.last().is_some_and(|s| {
                s.header + 1 == i
                    && s.members.is_empty()
                    && lines[s.header].kind == Kind::Title
                    && !segment::is_link_text(&lines[s.header].text)
            })
            && segment::is_link_text(&line.text);
        // `Geneva Peace Talks 2024`, then `“The Future of Peace”`: the
        // theme in quotes below a happening's name (blank lines aside),
        // never a name of its own. Below a kind of item in a word or two
        // (`Side event`, `Launch event`) the quotes hold the name.
        let theme = matches!(line.kind, Kind::Title)
            && unquoted(&line.text).len() < line.text.len()
            && out.last().is_some_and(|s| {
                let head = &lines[s.header];
                s.members.is_empty()
                    && head.kind == Kind::Title
                    && head.text.split(' ').count() > 2
                    && all_blank(&lines[s.header + 1..i])
            });
        // A question right below a title's date (`Webinar | Protect
        // Nature`, its day and hours, then `How are health and nature
        // linked?` over the text) opens the text: no item of its own.
        let question_below_date = matches!(line.kind, Kind::Title)
            && segment::is_question(&line.text)
            && out.last().is_some_and(|s| {
                lines[s.header].kind == Kind::Title
                    && matches!(s.members.as_slice(), [(m, Role::Date(_))] if *m > s.header)
            })
            && filled_after(lines, i).is_some_and(|j| lines[j].kind == Kind::Body);
        let role = match &line.kind {
            Kind::Blank => continue,
            Kind::Title if question_below_date => Role::Body,
            Kind::Title if link_below_date || link_below_title || note_above_date => continue,
            Kind::Title
                if below_date || subtitle || tagline || deck || place_above_date || theme =>
            {
                Role::Detail
            }
            Kind::DatedTitle(f) if pairs_with_heading(&line.text, f, out.last(), lines) => {
                Role::Body
            }
            Kind::DatedTitle(f) if tags_title_above(&line.text, f, out.last(), lines, i) => {
                Role::Date(f.clone())
            }
            Kind::DatedTitle(f)
                if let Some(place) = address_above(&line.text, f, out.last(), lines) =>
            {
                // It belongs to the title, as a labelled date does.
                Role::Date(Box::new(Found {
                    place: Some(place),
                    labeled: true,
                    ..(**f).clone()
                }))
            }
            Kind::Title
            | Kind::DatedTitle(_)
            | Kind::Event(_)
            | Kind::Grouping(_)
            | Kind::Session(_) => {
                match line.kind {
                    Kind::Grouping(Years::Given(c)) => group = Some(c),
                    Kind::Grouping(Years::Unknown) => group = None,
                    _ => {}
                }
                if matches!(line.kind, Kind::Grouping(_)) {
                    upcoming = segment::lists_upcoming(&line.text);
                }
                // An item dated or timed before its last line ends above
                // that line (a schedule's items: time, title, room). Only a
                // title takes a time from above, so only a title asks.
                let ended_above = matches!(line.kind, Kind::Title)
                    && out.last().is_some_and(|s| {
                        let before = &s.members[..s.members.len().saturating_sub(1)];
                        is_dated(&lines[s.header], before)
                            || before
                                .iter()
                                .any(|(_, r)| matches!(r, Role::Label(Label::Time, _)))
                    });
                // An agenda line (`9:00 a.m. Press conference`) is a
                // block of its own: a time below it opens the next.
                // A listing's heading (`November 2024`) ends the block above
                // as a blank line does (on a page with none).
                // A date in a run whose names stand first closes the block
                // above it, whatever its spacing.
                let opens = |k: usize| {
                    let order = order(k);
                    order != ListOrder::NamesFirst
                        && (k == 0
                            || matches!(
                                lines[k - 1].kind,
                                Kind::Blank | Kind::Noise | Kind::Session(_) | Kind::Grouping(_)
                            )
                            || heads_schedule(lines, k - 1)
                            || ends_with_link(lines, k - 1)
                            || ended_above
                            || layout.dates_first
                            || order == ListOrder::DatesFirst)
                };
                // A day line may head the block: the day, then the first
                // item's time, then its title.
                let opens_block = |k: usize| {
                    opens(k) || (matches!(lines[k - 1].kind, Kind::DateOnly(_)) && opens(k - 1))
                };
                // A time or date opening a block heads the title below it
                // (see `heads_title`).
                let first = out.is_empty();
                let own_day = out.last().is_some_and(|s| restates_dated_header(lines, s));
                let listed = out.last().is_some_and(|s| ends_date_list(lines, s, i));
                let above = out.last_mut().map_or(&mut preamble, |s| &mut s.members);
                let heading = match line.kind {
                    // The dated title's own day again stays its own, and so
                    // does a list's last day.
                    Kind::Title if !own_day && !listed => {
                        let timeline = |k: usize| order(k) == ListOrder::DatesFirst;
                        let grouped = match (group, upcoming) {
                            (_, true) => Grouped::Upcoming,
                            (Some(_), false) => Grouped::Year,
                            (None, false) => Grouped::No,
                        };
                        let seen = Seen {
                            first_title: first,
                            times_head,
                        };
                        heads_title(above, lines, i, opens_block, timeline, seen, grouped)
                    }
                    _ => 0,
                };
                let time_above = above.split_off(above.len() - heading);
                times_head |= time_above
                    .iter()
                    .any(|(_, r)| matches!(r, Role::Label(Label::Time, _)));
                // A date line right above an agenda line or a title heads what
                // follows (the day's sessions, or the next item): it is not the
                // date of the title above it (unless, above a title, a label
                // says it is, or see `dates_block_above`). A date line above
                // its title's header stays that title's.
                // Above an agenda line, noise between them (a table's column
                // names, `Time |`, `Location |`) leaves the day line heading it.
                let is_session = matches!(line.kind, Kind::Session(_));
                if let Some(s) = out.last_mut()
                    && let Some((m, role)) = s
                        .members
                        .iter_mut()
                        .rev()
                        .find(|(_, r)| !(is_session && matches!(r, Role::Other)))
                        .filter(|(m, _)| *m > s.header)
                    && match (&line.kind, &role) {
                        (Kind::Session(_), Role::Date(_)) => true,
                        (Kind::Title, Role::Date(f)) => {
                            !(f.labeled
                                || listed
                                || dates_block_above(f, lines, s.header, *m, i, order))
                        }
                        _ => false,
                    }
                {
                    *role = Role::Other;
                }
                out.push(Section {
                    header: i,
                    members: time_above,
                    group,
                    day: day.clone(),
                });
                continue;
            }
            // `14 March – Deep dive`, `1 April – Zero draft` one below the
            // other, a blank line, then a paragraph: the list's closing
            // text, not its last item's.
            Kind::Body if out.last().is_some_and(|s| closes_list(lines, s, i)) => Role::Other,
            Kind::Body => Role::Body,
            Kind::DateOnly(f) => Role::Date(f.clone()),
            Kind::Labeled(label, value) => Role::Label(*label, value.clone()),
            // `Geneva` or `Virtual` alone below the date or the title (blank
            // lines may part it from the date): a one-word line is noise to
            // the classifier, but here it says where. So does `at the
            // Barcelona International Convention Centre (CCIB)` below `will
            // take place on`, `10-12 April 2024`: a sentence set as a card.
            Kind::Noise | Kind::Fragment
                if (details.is_some() || below_header)
                    && places::only_places(places::after_attendance_lead(&line.text)) =>
            {
                Role::Detail
            }
            Kind::Noise | Kind::Fragment => Role::Other,
        };
        match out.last_mut() {
            Some(s) => s.members.push((i, role)),
            // A day and its venue (`Tuesday, 19 September`, `General
            // Assembly Hall`) may head the first title together.
            None => {
                if preamble.len() == MAX_PREAMBLE {
                    preamble.remove(0);
                }
                preamble.push((i, role));
            }
        }
    }
    out
}

/// `Opening Ceremony`, `10:00-11:30 JST | Main Hall`, `High-level Leaders
/// Session I`, `12:00-13:30 JST | Main Hall`, with no blank line between
/// them: titles and times alternating, a title first and a time last. The
/// time at line `m` is the title's above it, not the next one's heading.
fn times_below_titles(lines: &[Line], m: usize) -> bool {
    let time = |k: usize| matches!(&lines[k].kind, Kind::Labeled(Label::Time, v) if v.start == 0);
    let title = |k: usize| lines[k].kind == Kind::Title;
    if m == 0 || !title(m - 1) {
        return false;
    }
    let mut first = m - 1;
    while first >= 2 && time(first - 1) && title(first - 2) {
        first -= 2;
    }
    let mut last = m;
    while last + 2 < lines.len() && title(last + 1) && time(last + 2) {
        last += 2;
    }
    // The run opens on a title (no time above its first) and ends on a
    // time (no title below its last).
    let opens_on_time = first >= 1 && time(first - 1);
    let ends_on_title = last + 1 < lines.len() && title(last + 1);
    !(opens_on_time || ends_on_title)
}

/// The lines before the first header that may head it: a day, then its
/// venue.
const MAX_PREAMBLE: usize = 2;

/// What the titles above the one [`heads_title`] asks for showed.
#[derive(Clone, Copy)]
struct Seen {
    /// No title stands above.
    first_title: bool,
    /// A title above took its time from the line over it.
    times_head: bool,
}

/// How many of the last `members` (of the section above, or the preamble)
/// head the title at `i`: `9:30 a.m.` or `28 Nov 2024 | 10:00 CET` opening
/// a block, then the title, is a schedule's time over the item below it;
/// a venue between them (`Room: Nairobi 3`) goes with it; a time right
/// below a labelled date (`Date: …`, `Time: …`) is that card's. A date goes on
/// only to a title its block goes on after (`… 10:00 CET` then `Register
/// here` ending the block is no item), unless it stands before the page's
/// first title with hours that no publication date has (`4 September 2020,
/// 15:00-17:00`, a blank line, then the title).
fn heads_title(
    members: &[(usize, Role)],
    lines: &[Line],
    i: usize,
    opens_block: impl Fn(usize) -> bool,
    timeline: impl Fn(usize) -> bool,
    seen: Seen,
    grouped: Grouped,
) -> usize {
    let first_title = seen.first_title;
    if let Some(n) = days_above(members, lines, i, grouped)
        .filter(|&n| opens_block(members[members.len() - n].0))
    {
        return n;
    }
    // `9.00 – 12.00`, `48th meeting`, then the title (an order of the
    // day): a meeting's number between the time and the title.
    let noise = members
        .iter()
        .rev()
        .zip((0..i).rev())
        .take_while(|((m, r), k)| {
            m == k && matches!(r, Role::Other) && segment::is_session_number(&lines[*m].text)
        })
        .count();
    // The line right above the title but for that noise.
    let (members, top) = (&members[..members.len() - noise], i - noise);
    let venues = members
        .iter()
        .rev()
        .zip((0..top).rev())
        .take_while(|((m, r), k)| m == k && matches!(r, Role::Label(Label::Place, _)))
        .count();
    // `Tuesday, 19 September 2017`, then `General Assembly Hall` alone, then
    // the title: a day opening its block (below a blank line) and its
    // venue, over the item. Right below a listing's heading (`Upcoming
    // events`), no item above can own them, and blank lines may part them
    // from the title; so may they in the listing's later blocks, which open
    // as its first did: its day lines are the items' own.
    let below_heading = |d: usize| d > 0 && matches!(lines[d - 1].kind, Kind::Grouping(_));
    let below_listing = |d: usize| {
        let from = d.saturating_sub(MAX_LISTING_LINES);
        lines[from..d]
            .iter()
            .rposition(|l| matches!(l.kind, Kind::Grouping(_)))
            .is_some_and(|h| matches!(lines[from + h + 1].kind, Kind::DateOnly(_)))
    };
    // `5 Jun, 2023`, `San José, Costa Rica` and the title, blank lines
    // between them, below the text of the item above: a listing's next
    // item, its day and place over its name.
    let below_text = |n: usize| members[..n].iter().any(|(_, r)| matches!(r, Role::Body));
    let venues = match members {
        [.., (d, Role::Date(f)), (v, Role::Detail)]
            if venues == 0
                && (d + 1 == *v
                    && (v + 1 == top || below_listing(*d) && all_blank(&lines[v + 1..top]))
                    || below_text(members.len() - 2)
                        && all_blank(&lines[d + 1..*v])
                        && all_blank(&lines[v + 1..top]))
                && f.place.is_none()
                && (*d == 0
                    || below_heading(*d)
                    || matches!(lines[d - 1].kind, Kind::Blank | Kind::Noise))
                && places::only_places(&lines[*v].text) =>
        {
            1
        }
        _ => venues,
    };
    let Some(at) = members.len().checked_sub(venues + 1) else {
        return 0;
    };
    let (m, r) = &members[at];
    // `Date: 12 March 2024` then `Time: 10:00`: the card's own time.
    let after_labelled_date = at
        .checked_sub(1)
        .is_some_and(|p| matches!(&members[p], (d, Role::Date(f)) if f.labeled && d + 1 == *m));
    // `09.30 - 11.00 EAT` alone between blank lines, below the text of the
    // item above (or its own time), or below an agenda line (`9:00 a.m.
    // Press conference`): a schedule's time over the title below the next
    // blank line. Right below a title with nothing else, it is that title's.
    // A day line with its venue (`Tuesday 3 May 2016 CICG, Room 1`) is a
    // card's, and so is the time below it.
    // Above the page's first title, the first slot's time may stand right
    // below the day of the schedule (`Monday, February 28, 2022`, then
    // `09.30 - 11.00 EAT`, then the title).
    let below_item = || {
        members[..at].iter().any(|(_, r)| match r {
            Role::Date(f) => f.place.is_none(),
            r => matches!(r, Role::Body | Role::Label(Label::Time, _)),
        }) || filled_before(lines, *m).is_some_and(|j| match lines[j].kind {
            Kind::Session(_) => true,
            Kind::DateOnly(_) => first_title,
            // `Side Event Programme` (maybe above its table's column
            // names, `TimeTitleOrganizersRoom`): the listing's first time.
            Kind::Grouping(_) => true,
            Kind::Noise => {
                filled_before(lines, j).is_some_and(|h| matches!(lines[h].kind, Kind::Grouping(_)))
            }
            _ => false,
        })
    };
    // Blank lines alone part the line from the title (and no venue).
    let blank_gap = venues == 0 && *m + 1 < i && all_blank(&lines[*m + 1..i]);
    // Once a time has headed a title, a time alone between blank lines
    // heads the title below it, a bare title above it too (the IGF's
    // agenda: `10:00 - 10:30`, `Opening of the meeting`, `Review and
    // adoption of the agenda`, then `10:30 - 11:30` over the next item).
    let apart =
        blank_gap && matches!(r, Role::Label(Label::Time, _)) && (below_item() || seen.times_head);
    // `2-3 and 6 March 2023 from 08:00 to 17:00`, a desk's next days in a
    // form the classifier leaves a title: no name for hours above it.
    let undated = || crate::parse::find_when(&lines[i].text, 0).is_none();
    // `Sunday, 21 May 2023 at 8:15 AM CEST` alone between blank lines above
    // a title that more than a date follows: a day with its hours, which
    // no publication date has.
    let timed_day_apart = blank_gap
        && matches!(r, Role::Date(f) if f.when.time.is_some() && !f.labeled)
        // Right below a dated title, it gives that title's hours.
        && !filled_before(lines, *m)
            .is_some_and(|j| matches!(lines[j].kind, Kind::DatedTitle(_) | Kind::Event(_)))
        && filled_after(lines, i).is_some_and(|j| {
            !matches!(
                lines[j].kind,
                Kind::DateOnly(_) | Kind::DatedTitle(_) | Kind::Event(_)
            )
        })
        && undated();
    // `21 November-2 December`, a blank line, `International Maritime
    // Organization (IMO), Assembly, London`, a blank line, the next span: a
    // timeline spaced by blank lines, each span or timed day over its item.
    let spaced_timeline = blank_gap && matches!(r, Role::Date(f) if !f.labeled) && timeline(*m);
    let page_top = first_title
        && venues == 0
        && matches!(r, Role::Date(f) if f.when.time.is_some_and(|t| t.end.is_some()))
        && all_blank(&lines[*m + 1..i])
        && !segment::is_call_to_action(&lines[i].text)
        && undated();
    // Right below a listing's heading or the text of the item above, blank
    // lines part the venue from the title (see `venues`).
    let listed_apart = venues > 0 && *m + venues + 1 < top && (below_listing(*m) || below_text(at));
    let field_of_title_above =
        |m: usize| written_before(lines, m).is_some_and(|l| l.kind == Kind::Title);
    let heads = page_top
        || (*m + venues + 1 == top || apart || timed_day_apart || spaced_timeline || listed_apart)
            && match r {
                Role::Label(Label::Time, _) => {
                    !after_labelled_date && !times_below_titles(lines, *m)
                }
                // A time, several days, a venue, or a place below the title
                // (`12 March 2025`, the title, `Nairobi, Kenya`): no
                // publication date.
                // A venue between a day line and the title (`p.m. - General
                // Assembly Hall`) makes the rows a schedule's, whatever ends the
                // title's block; a card's labelled date (`When: …`) stays its own.
                // A day with its place (`• Riga, Latvia  15 November 2019`)
                // is a card's too, whatever ends the title's block.
                // `Name`, the title, `Date & Time`, then the labelled date: a
                // card's field below its title heads nothing below it.
                Role::Date(f) if f.labeled && field_of_title_above(*m) => false,
                // `Dates : October 5th 2019 to March 1st 2020`, `Place: …`,
                // then a title whose own text ends in its labelled date: each
                // card's fields close it, so these are the card's above.
                Role::Date(f) if f.labeled && dated_after_text(lines, i) => false,
                Role::Date(f) => {
                    (f.when.time.is_some()
                        || segment::spans_days(f, &lines[*m].text)
                        || venues > 0
                        || f.place.is_some()
                        || place_below(lines, i))
                        && (block_goes_on(lines, i)
                            || timed_day_apart
                            || spaced_timeline
                            || (venues > 0 || f.place.is_some()) && !f.labeled
                            // `…, Room Popov:` introduces the title below.
                            || lines[*m].text.ends_with(':'))
                }
                _ => false,
            }
            && opens_block(*m);
    if heads { noise + venues + 1 } else { 0 }
}

/// The block of the title at `i` has its own date line below its text
/// (fields may stand between them).
fn dated_after_text(lines: &[Line], i: usize) -> bool {
    let mut text = false;
    for l in &lines[i + 1..] {
        match l.kind {
            Kind::Blank | Kind::Labeled(..) => {}
            Kind::Body => text = true,
            Kind::DateOnly(_) => return text,
            _ => return false,
        }
    }
    false
}

/// The most lines between a listing's heading and a block read as its
/// own: each block looks for the heading, and a page of thousands of blocks
/// with none must not read itself once for each.
const MAX_LISTING_LINES: usize = 1000;

/// What the grouping heading above the items says of their days.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouped {
    /// No heading, or one that says nothing of them.
    No,
    /// It gives their year: `February and March 2016`.
    Year,
    /// It lists what is to come: `Upcoming Press Conferences`.
    Upcoming,
}

/// `6 February 2018 - 6 February 2018`, maybe with its place or a one-word
/// tag right below it (`• Nairobi, Kenya`, `Global`), alone between blank
/// lines, then a title with its text: a calendar's days over its item, as
/// no publication date is written (as a span). So is one day with no year
/// (`5th February`) below a grouping heading (`February and March 2016`):
/// a press calendar's day, where a publication date gives its year; on a
/// page with no blank lines it stands right above its title. So is any day
/// below a heading of what is to come (`Upcoming Press Conferences`), where
/// nothing was published yet. How many of the last `members` they are.
fn days_above(
    members: &[(usize, Role)],
    lines: &[Line],
    i: usize,
    grouped: Grouped,
) -> Option<usize> {
    let details = members
        .iter()
        .rev()
        .take_while(|(_, r)| matches!(r, Role::Detail | Role::Other))
        .count();
    let at = members.len().checked_sub(details + 1)?;
    let (m, Role::Date(f)) = &members[at] else {
        return None;
    };
    let last = m + details;
    // Right below a title the days are that title's (`Trade and
    // Development Board, …`, `08 - 11 May 2006`, `Geneva`, then `Key
    // Issues`).
    let in_block = *m > 0 && lines[m - 1].kind == Kind::Title && !ends_with_link(lines, m - 1);
    let calendar_day = match grouped {
        Grouped::No => false,
        Grouped::Year => f.when.date.start.year.is_none(),
        Grouped::Upcoming => true,
    };
    // The title's text may follow a line of its own: its place (`• Beirut,
    // Lebanon`) or its series (`GHRP Annual Conference`), maybe then a
    // picture's caption. What is to come may be told in a line of names,
    // no sentence (`Media launch of the … Report (SOFI)`).
    let text_after = |k: usize| {
        filled_after(lines, k).is_some_and(|j| {
            lines[j].kind == Kind::Body
                || lines[j].kind == Kind::Title
                    && (grouped == Grouped::Upcoming
                        || written_after(lines, j).is_some_and(|l| l.kind == Kind::Body))
        })
    };
    ((segment::spans_days(f, &lines[*m].text) || calendar_day)
        && !in_block
        && !f.labeled
        && members[at..].iter().map(|(k, _)| *k).eq(*m..=last)
        && (last + 1 < i && all_blank(&lines[last + 1..i])
            // On a page with no blank lines the day adjoins its title.
            || calendar_day && last + 1 == i)
        && text_after(i))
    .then_some(details + 1)
}

/// Whether the paragraph at `i` follows a list of event lines with no text
/// of their own, after a blank line: the last item's section holds nothing
/// else yet.
fn closes_list(lines: &[Line], s: &Section, i: usize) -> bool {
    let event = |k: usize| matches!(lines[k].kind, Kind::Event(_));
    s.members.is_empty()
        && s.header > 0
        && event(s.header)
        && event(s.header - 1)
        && lines[i - 1].kind == Kind::Blank
}

/// A code (`SB 62`, `UNCTAD`) or an organ's name that the line below spells
/// out in a full name (`Human Rights Council` above `59th regular session of
/// the Human Rights Council`), or the page's title in the browser's tab
/// (`Launch of the Survey | Department of Economic and Social Affairs` above
/// `Launch of the Survey`): the line below is the title, not a subtitle.
fn names_in_full(top: &str, below: &str) -> bool {
    let code = top.len() <= MAX_CODE_BYTES
        && top.split(' ').count() <= 2
        && !top.chars().any(char::is_lowercase);
    let site_after = || {
        top.strip_prefix(below)
            .is_some_and(|site| [" | ", " - ", " – "].iter().any(|s| site.starts_with(s)))
    };
    code || (below.len() > top.len() && contains_ignore_ascii_case(below, top)) || site_after()
}

/// `27th session of the Human Rights Council`: an organ's session, which
/// names no happening of its own when one is named below it.
fn is_session_of(line: &str) -> bool {
    line.split_once(" of ")
        .is_some_and(|(session, _)| segment::is_session_number(session))
}

/// The longest heading read as a code (`COP29`, `SB 62`, `HLPF 2025`).
const MAX_CODE_BYTES: usize = 12;

/// The paragraph's first sentence names the title (`The World Summit on
/// the Information Society WSIS+20 High-Level Event 2025 will take place …`
/// below `World Summit on the Information Society (WSIS+20) High-Level Event
/// 2025`): four in five of the title's words stand in it.
/// The most lines from a page's title down to its tagline, blank lines
/// between included.
const MAX_TAGLINE_GAP: usize = 4;

/// The paragraph's opening holds the title's first word of four letters or
/// more, in any case: a cheap test that [`names_title`] may hold.
fn mentions_first_long_word(paragraph: &str, title: &str) -> bool {
    let opening = &paragraph[..floor_boundary(paragraph, ANNOUNCEMENT_WINDOW)];
    title
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| w.len() >= 4)
        .is_some_and(|w| contains_ignore_ascii_case(opening, w))
}

fn names_title(paragraph: &str, title: &str) -> bool {
    let said = crate::text::normalized_title(opening(paragraph, 1));
    let said: Vec<&str> = said.split(' ').collect();
    let title = crate::text::normalized_title(title);
    let words: Vec<&str> = title.split(' ').collect();
    let named = words.iter().filter(|w| said.contains(w)).count();
    named * 5 >= words.len() * 4
}

/// A date line's days are the title's: the same days, the line's year
/// added where the title writes none (`Welcome remarks | 31 May`, then `31
/// May 2024 09:25h - 09:30h`).
fn restates_days(title: &DateSpan, line: &DateSpan) -> bool {
    let same = |t: &DayMonth, l: &DayMonth| {
        (t.day, t.month) == (l.day, l.month) && (t.year.is_none() || t.year == l.year)
    };
    same(&title.start, &line.start) && same(&title.end, &line.end)
}

/// `Closing of the day 20 June 2023`, then `20 June 2023 | 17:45 - 18:15 EEST
/// | Main auditorium`: a dated title's day again right below it, with its
/// hours, and nothing else in the section yet.
fn restates_dated_header(lines: &[Line], s: &Section) -> bool {
    matches!(
        (&lines[s.header].kind, s.members.as_slice()),
        (Kind::DatedTitle(h), [(m, Role::Date(f))]) if *m == s.header + 1 && f.when.date == h.when.date
    )
}

/// A date line that gives the very day and time of the section's own date
/// line again, as an event platform's page does above the item's room
/// (`Monday December 16, 2024 09:00 - 09:45 GMT+03`, then `IGF Village
/// Stage`): the line below it is the item's, no new one.
fn repeats_date(s: &Section, when: &When) -> bool {
    when.time.is_some()
        && s.members
            .iter()
            .any(|(m, r)| *m > s.header && matches!(r, Role::Date(f) if f.when == *when))
}

/// Whether a section has its date: in its header or a date line.
fn is_dated(header: &Line, members: &[(usize, Role)]) -> bool {
    matches!(header.kind, Kind::DatedTitle(_) | Kind::Event(_))
        || members.iter().any(|(_, r)| matches!(r, Role::Date(_)))
}

/// The date line at `m` says more than a day (see [`says_more`]: a time,
/// several days, a place), continues its title's block (or, past blank
/// lines, stands in a run of titles and dates that ends with a date, see
/// [`ends_title_date_run`]), and a blank line parts it from the next title
/// at `next`: it dates the title above, for a publication date is a bare
/// day.
fn dates_block_above(
    f: &Found,
    lines: &[Line],
    header: usize,
    m: usize,
    next: usize,
    order: impl Fn(usize) -> ListOrder,
) -> bool {
    let in_block = || {
        lines[m - 1].kind != Kind::Blank
            || (all_blank(&lines[header + 1..m]) && ends_title_date_run(lines, m))
    };
    // `The International Year …`, `Conference Room 5, United Nations
    // Headquarters, New York`, then `24 May 2023, 10.00 am to 11.30 am`
    // right above the next title: a card's venue and hours below its title,
    // unless a date line stands right above that title (a listing that puts
    // each day first).
    let carded = || {
        m == header + 2
            && f.when.time.is_some()
            && places::only_places(&lines[header + 1].text)
            && !filled_before(lines, header)
                .is_some_and(|j| matches!(lines[j].kind, Kind::DateOnly(_)))
    };
    says_more(f, &[], lines)
        && (m + 1 < next && in_block() || order(m) == ListOrder::NamesFirst || carded())
        || leads_text(lines, header, m, f)
}

/// `LAUNCH: … at the Dubai Future Forum`, then `28 November 2023:`, as a
/// listing's other items open their text (`8 March 2023: Right now, …`):
/// the day at `m`, below the title at `header`, leads the title's text,
/// which this item lacks; so does `November 28, 2023:`. A day heading a
/// schedule names its weekday (`Monday, 20 May:`).
fn leads_text(lines: &[Line], header: usize, m: usize, f: &Found) -> bool {
    let text = &lines[m].text;
    text.ends_with(':')
        && (text.starts_with(|c: char| c.is_ascii_digit()) || date::month(text).is_ok())
        && f.when.date.start.year.is_some()
        && all_blank(&lines[header + 1..m])
}

/// `• Wednesday 10 July 2019 from 3 – 6pm Conference Room 3` and two more
/// such lines one below the other (blank lines aside) below a section's
/// text, then a title at `next`: the last line is the list's last item, not
/// the title's date, as the lines above it head no title either.
fn ends_date_list(lines: &[Line], s: &Section, next: usize) -> bool {
    let dated = |k: usize| matches!(&lines[k].kind, Kind::DateOnly(f) if !f.labeled);
    match s.members.as_slice() {
        [.., (p, _), (m, Role::Date(_))] => {
            *p > s.header
                && dated(*p)
                && dated(*m)
                && all_blank(&lines[p + 1..*m])
                && all_blank(&lines[m + 1..next])
        }
        _ => false,
    }
}

/// The line of the current section's last member when that is a date,
/// detail or labelled line. Only blank lines stand between it and the line
/// being read: every other line is a member or a header.
fn details_end(out: &[Section]) -> Option<usize> {
    out.last()
        .and_then(|s| s.members.last())
        .filter(|(_, r)| matches!(r, Role::Date(_) | Role::Detail | Role::Label(..)))
        .map(|&(m, _)| m)
}

/// `Security Council | 10 Dec 2024 - 10:00 AM` right below an undated
/// title: a short cell before the date files the item under its channel or
/// organ; the line is the title's date line, not an item named by the cell.
/// So is a body's session number before the date (`Working Group on …` then
/// `40th session, 22-26 July 2024`), as on a line of its own it is a subtitle.
/// A tag is a name in title case: `Briefing on AI governance | …` names its
/// own item.
fn tags_title_above(
    text: &str,
    found: &Found,
    current: Option<&Section>,
    lines: &[Line],
    i: usize,
) -> bool {
    current.is_some_and(|s| {
        s.header + 1 == i && s.members.is_empty() && lines[s.header].kind == Kind::Title
    }) && (found.name.len() <= MAX_TAG_BYTES
        && text[found.name.end..found.span.start] == *" | "
        && segment::in_title_case(&text[found.name.clone()])
        || found.name.start == 0 && segment::is_session_number(&text[found.name.clone()]))
}

/// `42 West 44th St., New York, 1 May 2012` right below an undated title
/// (blank lines aside): the title's venue and day, no item's name; so is a
/// session's number and its place (`13th meeting, Brussels, 29
/// September-3 October`). The place's range.
fn address_above(
    text: &str,
    found: &Found,
    current: Option<&Section>,
    lines: &[Line],
) -> Option<Range<usize>> {
    let s = current?;
    let name = text[found.name.clone()].trim_end_matches([',', ' ']);
    if !(s.members.is_empty() && lines[s.header].kind == Kind::Title && found.name.start == 0) {
        return None;
    }
    if let Some((number, place)) = name.split_once(", ")
        && segment::is_session_number(number)
    {
        return places::only_places(place).then(|| number.len() + 2..name.len());
    }
    places::is_address(name).then_some(0..name.len())
}

/// The longest cell taken for a tag before a date (`Economic and Social Council`).
const MAX_TAG_BYTES: usize = 40;

/// A dated line right below an undated heading, announcing it (`Informal
/// Discussion on …` then `… hosted by UNCTAD and OSET, 7 March 2024`): the
/// heading names the happening and the line is its announcement paragraph.
fn pairs_with_heading(
    text: &str,
    found: &Found,
    current: Option<&Section>,
    lines: &[Line],
) -> bool {
    let Some(s) = current else { return false };
    matches!(lines[s.header].kind, Kind::Title)
        && s.members.iter().all(|(_, r)| matches!(r, Role::Other))
        && PAIR_CUE.is_match(&text[found.name.clone()])
}

/// `Tuesday, 17 March 2015 1400 – 1700 ICAO Staff, Resident Delegations`
/// in a list below `… during the following on-site registration hours:`,
/// or `• Friday, 13 September 9.00 a.m. - 6.00 p.m.` below `… collect
/// their badges … at the Registration Desk … on the following days:`: a
/// desk's hours for some participants, no happening. So are the days of a
/// release schedule (`Part III – Thursday (DPI Day) – Monday, July 1` below
/// `Here's the full release schedule:`), and the days of a meeting's
/// transcripts (`30 October |` below `Transcripts … are available here:`).
/// The list's lines and the blank lines between them are passed over, up
/// to a bound.
fn lists_desk_hours(lines: &[Line], i: usize) -> bool {
    let mut above = lines[..i].iter().rev().take(MAX_LISTED_LINES).filter(|l| {
        !matches!(
            l.kind,
            Kind::Blank | Kind::Event(_) | Kind::DateOnly(_) | Kind::DatedTitle(_)
        )
    });
    match above.next() {
        Some(l)
            if segment::is_service_lead_in(&l.text) || segment::opens_records_by_day(&l.text) =>
        {
            true
        }
        // A release's undated part (`Part I – … – Published today`) is
        // listed too.
        Some(l) => std::iter::once(l)
            .chain(above)
            .find(|l| l.kind != Kind::Title)
            .is_some_and(|l| segment::opens_release_schedule(&l.text)),
        None => false,
    }
}

/// The most lines of a list read up for its lead-in.
const MAX_LISTED_LINES: usize = 40;

fn draft(lines: &[Line], s: &Section) -> Option<Draft> {
    let mut d = header_draft(lines, s)?;
    apply_labels(&mut d, lines, s);
    // `The webinar is organized by UNDP and …` opening the section's body
    // names the organizers that the header and fields do not.
    // Else a sentence about this happening further down does.
    if d.organizers.is_empty() {
        let opened = d
            .summary
            .as_deref()
            // Every such phrase holds ` by`: most bodies skip the sentence scan.
            .filter(|summary| memchr::memmem::find(summary.as_bytes(), b" by").is_some())
            .map(|summary| (summary, org::organizers_in(opening(summary, 2))))
            .filter(|(summary, o)| !o.is_empty() && !announces_other_days(summary, &d.when))
            .map(|(_, o)| o);
        d.organizers = opened
            .or_else(|| this_events_organizers(lines, s, &d.title))
            .unwrap_or_default();
    }
    Some(d)
}

/// `Pre-sessional meeting … will be held from 26 February to 3 March 2018 in
/// Sucre.` as the first paragraph below `Expert group meeting …, 23 to 25
/// January 2018`: a paragraph that announces another first day tells of
/// another happening, and of that one's organizers.
fn announces_other_days(summary: &str, when: &When) -> bool {
    announcement(summary).is_some_and(|a| !a.when.date.start.same_day(when.date.start))
}

/// The most paragraphs of a section's text read for a sentence about the
/// happening itself.
const MAX_TOLD_PARAGRAPHS: usize = 3;

/// `On the occasion of …, this HRC side event co-organized by our Geneva
/// Platform and OHCHR will discuss …`, `The event is hosted by …` in the
/// section's text below its first paragraph: a sentence about this
/// happening says who organizes it (others may tell of past editions: `The
/// first forum was organized by …`). So does one that names the title's
/// code (`The eighth session of the Global Platform (GP2025) will be
/// organized and convened by …` below `Global Platform for … (GP2025)`).
fn this_events_organizers(lines: &[Line], s: &Section, title: &str) -> Option<Orgs> {
    let code = title
        .strip_suffix(')')
        .and_then(|t| t.rfind('(').map(|k| &title[k..]))
        .filter(|code| code.len() > 3 && !code.contains(' '));
    let about_this = |sentence: &str| {
        THIS_HAPPENING.is_match(sentence) || code.is_some_and(|c| sentence.contains(c))
    };
    s.members
        .iter()
        .filter(|(_, r)| matches!(r, Role::Body))
        .take(MAX_TOLD_PARAGRAPHS)
        .skip(1)
        .map(|&(i, _)| &lines[i].text[..floor_boundary(&lines[i].text, ANNOUNCEMENT_WINDOW)])
        .filter(|t| memchr::memmem::find(t.as_bytes(), b" by").is_some())
        .flat_map(|t| sentences(t).into_iter().map(move |r| &t[r]))
        .filter(|sentence| about_this(sentence))
        .map(org::organizers_in)
        .find(|o| !o.organizers.is_empty())
}

/// `this side event`, `this HRC side event`, `The webinar`: the happening
/// the section is about (`the first forum` is another).
static THIS_HAPPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)\b(?:this (?:[\w-]+ ){0,3}|the )(?:event|webinar|meeting|session|workshop|dialogue|",
        r"forum|panel|briefing|conference|roundtable|seminar|consultation)\b",
    ))
    .expect("valid regex")
});

/// The first `n` sentences of a paragraph: an announcement stands in the
/// first two.
fn opening(paragraph: &str, n: usize) -> &str {
    let window = &paragraph[..floor_boundary(paragraph, ANNOUNCEMENT_WINDOW)];
    let end = sentences(window)
        .into_iter()
        .take(n)
        .map(|r| r.end)
        .max()
        .unwrap_or(0);
    &window[..end]
}

fn header_draft(lines: &[Line], s: &Section) -> Option<Draft> {
    let head = &lines[s.header];
    if matches!(head.kind, Kind::Event(_) | Kind::DatedTitle(_))
        && lists_desk_hours(lines, s.header)
    {
        return None;
    }
    // `Read more`, `Concert programme (available soon)`: a link's text
    // names no happening, whatever the paragraph below it announces.
    if head.kind == Kind::Title && segment::is_link_text(&head.text) {
        return None;
    }
    let bodies = || {
        s.members
            .iter()
            .filter(|(_, r)| matches!(r, Role::Body))
            .map(|&(i, _)| &lines[i])
    };
    // A speech's salutations (`Excellencies,`, `Ladies and gentlemen,`)
    // open its text but summarize nothing; nor does a lead-in closing the
    // section (`Meetings beginning in April:`), which heads the items below.
    let last_body = bodies().next_back().map(|l| l.no);
    let summary = bodies()
        .find(|l| !(is_salutation(&l.text) || Some(l.no) == last_body && is_lead_in(&l.text)))
        .map(|l| l.text.to_string());
    // A schedule's time may stand above its header (see `sections`).
    let lines_of = || s.members.iter().map(|&(i, _)| i).chain([s.header]);
    let section = lines_of().min().unwrap_or(s.header)..lines_of().max().unwrap_or(s.header) + 1;
    let labeled = || bodies().find_map(|l| places::labeled(&l.text));
    let base =
        |title: String, when: When, date_line: &Line, date_text: &str, organizers: Orgs| Draft {
            line: head.no,
            date_line: date_line.no,
            location: places::title_place(&title).or_else(labeled),
            title,
            when,
            date_text: date_text.to_string(),
            organizers,
            summary: summary.clone(),
            group: s.group,
            section: section.clone(),
        };
    match &head.kind {
        Kind::Event(f) | Kind::DatedTitle(f) => {
            let name = &head.text[f.name.clone()];
            let text = &head.text[f.span.clone()];
            // Who organizes may close the line after the date and place.
            let mut orgs = org::organizers_in(name);
            if orgs.is_empty() {
                orgs = org::organizers_in(&head.text[f.span.end.max(f.name.end)..]);
            }
            // A subtitle after the date goes on the name, the date left out.
            let title = match &f.subtitle {
                Some(sub) => clean_title(&format!("{name}{}", &head.text[sub.clone()])),
                None => clean_title(name),
            };
            let mut d = base(title, f.when.clone(), head, text, orgs);
            // `… (organizer: UNEP), Conference Room 4`: the place after the
            // organizers, cut from the name; `(organizer: ITU; venue: Room
            // 4)`: a venue's field among them.
            if d.location.is_none()
                && let Some((paren, list)) = org::find_org_paren(name)
            {
                d.location = org::note_after_org_paren(name, paren)
                    .filter(|note| places::only_places(note))
                    .map(str::to_string)
                    .or_else(|| places::labeled(list));
            }
            // The time and zone of a timed date line below of these days.
            // A date line above a title-like line heads that line (see
            // `sections`), but the title's own days with their hours restate
            // the title's date, not the next item's.
            // Also the line's place.
            let timed = |days: DateSpan| {
                s.members
                    .iter()
                    .find_map(|(m, r)| match (r, &lines[*m].kind) {
                        (Role::Date(g), _) | (_, Kind::DateOnly(g))
                            if restates_days(&days, &g.when.date) =>
                        {
                            let place = g.place.clone().map(|p| &lines[*m].text[p]);
                            g.when.time.map(|t| (t, &g.when.zone, place))
                        }
                        _ => None,
                    })
            };
            // `Hearing with Civil Society (16 Jan 2015)`, then `16 January
            // 2015 from 1:15pm - 2:45pm`: a date line below of the same day
            // gives the time (and a place after it, `… 18:15 EEST | Main
            // auditorium`, says where).
            let mut timed_place = None;
            if d.when.time.is_none()
                && let Some((time, zone, place)) = timed(f.when.date)
            {
                d.when.time = Some(time);
                d.when.zone = zone.clone();
                timed_place = place;
            }
            // `… Geneva 5–16 June 2023`, then `June 5, 2023 9:00 am` and
            // `June 16, 2023 5:00 pm`: a card's start and end below a title
            // that spans their days.
            if d.when.time.is_none()
                && f.when.date.start != f.when.date.end
                && let Some((first, zone, _)) = timed(DateSpan::day(f.when.date.start))
                && let Some((last, last_zone, _)) = timed(DateSpan::day(f.when.date.end))
            {
                d.when.time = Some(time::TimeSpan {
                    start: first.start,
                    end: Some(last.end.unwrap_or(last.start)),
                });
                d.when.zone = zone.clone().or_else(|| last_zone.clone());
            }
            // `… will be held on Friday, 19 November 2021, from 12 noon to 1
            // p.m., Vienna Time (CEST) … at the Vienna International
            // Centre.`: the first paragraph announces the same day, with its
            // time and venue.
            // Read only when the header lacks a time or a place, and once.
            // A start with no end (`… press briefing on 9 April 2019, 11:30
            // CEST`) takes the end the text gives from the same start (`…
            // on Tuesday 9 April 2019, 11:30 – 12:00 CEST.`).
            let announced = || same_day_announcement(bodies(), &f.when);
            let mut same_day = None;
            let open_start = d.when.time.filter(|t| t.end.is_none()).map(|t| t.start);
            if d.when.time.is_none() || open_start.is_some() {
                let read = announced();
                if let Some((_, a)) = &read
                    && let Some(time) = a.when.time
                    && open_start.is_none_or(|start| start == time.start && time.end.is_some())
                {
                    d.when.time = Some(time);
                    d.when.zone = d.when.zone.take().or_else(|| a.when.zone.clone());
                }
                same_day = Some(read);
            }
            time_told_today(&mut d, bodies().next());
            // The place on the line, else one on its own line below it
            // (`Santiago, Chile`) or on the timed date line, else the
            // announcement's.
            if let Some(place) = f.place.clone() {
                d.location = Some(head.text[place].to_string());
            } else if d.location.is_none() {
                let timed_place = timed_place.map(str::to_string);
                d.location = detail_place(lines, &s.members).or(timed_place).or_else(|| {
                    let (first, a) = same_day.unwrap_or_else(announced)?;
                    a.place
                        .or_else(|| places::venue_in(&first.text[a.sentence]))
                });
            }
            // `Third meeting (virtual) – 15 February 2024`: how it is held,
            // in brackets closing the name, which the title leaves out.
            if d.location.is_none() {
                d.location = way_in_brackets(name);
            }
            apply_cells(&mut d, &head.text, &f.cells);
            Some(d)
        }
        Kind::Session(session) => {
            // A date line right below the item, as below a title (`Webinar
            // on AI, 10:00 – 11:30 EDT`, then `4 June 2024` and its text),
            // else the day line heading the schedule, else a date line
            // further below. A day line past a blank line below a slot is
            // the next day's.
            // (Asked only when it may answer: a schedule's slots are many.)
            let right_below = s
                .members
                .first()
                .is_some_and(|(m, r)| *m == s.header + 1 && matches!(r, Role::Date(_)));
            let below = (right_below || s.day.is_none())
                .then(|| standalone_date(s, lines))
                .flatten()
                .map(|(k, f)| (s.members[k].0, f));
            // The record's date text is the date line's when it has one of
            // its own, else the slot's time.
            let slot = &head.text[session.span.clone()];
            let (day_line, date, zone, text) = match (below, &s.day) {
                (Some((i, f)), day) if i == s.header + 1 || day.is_none() => {
                    (i, f.when.date, &f.when.zone, &lines[i].text[f.span.clone()])
                }
                (_, Some((k, day))) => (*k, DateSpan::day(day.date.start), &day.zone, slot),
                (_, None) => return None,
            };
            // `4 June 2024, Geneva` below the item says where.
            let date_place = below
                .filter(|&(i, _)| i == day_line)
                .and_then(|(i, f)| Some(&lines[i].text[f.place.clone()?]));
            let when = When {
                date,
                time: session.time,
                zone: session.zone.clone().or_else(|| zone.clone()),
            };
            let name = &head.text[session.name.clone()];
            let (title, room_told) = told_session(name);
            // `Security Council Working Group on …`, then `15:00 Closed
            // meeting 1 Economic and Social Council Chamber`: the Journal
            // names the body on the line above, and the time's line only the
            // sitting.
            let title = match filled_before(lines, s.header) {
                Some(j) if lines[j].kind == Kind::Title && names_only_a_sitting(title) => {
                    lines[j].text.as_ref()
                }
                _ => title,
            };
            let mut d = base(
                clean_title(title),
                when,
                head,
                text,
                org::organizers_in(name),
            );
            // The room on the line, or in the last of its sentences, else
            // one on its own line below it (`Room A, CICG`).
            if let Some(room) = session.room.clone() {
                d.location = Some(head.text[room].to_string());
            } else if let Some(room) = room_told.or(date_place) {
                d.location = Some(room.to_string());
            } else if d.location.is_none() {
                d.location = detail_place(lines, &s.members);
            }
            apply_cells(&mut d, &head.text, &session.cells);
            d.date_line = lines[day_line].no;
            Some(d)
        }
        // `Nairobi, Kenya` above an event platform's `Starts …` label,
        // `Vienna International Centre and online`: a place that names a
        // town or a way to attend names no happening (a venue may: `Nature
        // for Life Hub`).
        Kind::Title if names_a_town(&head.text) => None,
        Kind::Title => {
            let title = clean_title(&head.text);
            // The first paragraph's announcement, read at most once.
            let first_told = OnceCell::new();
            let first_announced = || {
                first_told
                    .get_or_init(|| bodies().next().and_then(|b| announcement(&b.text)))
                    .as_ref()
            };
            // The first paragraph announces a happening on another day than
            // the date line's.
            let announces_other_day = |f: &Found| {
                first_announced().is_some_and(|a| a.when.date.start != f.when.date.start)
            };
            // `3 July 2024 Economic Development`, `Jun 2, 2024 |
            // Uncategorized`, `Media advisory | 29 May 2017`: a story's stamp
            // with its type or topic, the day it was posted. When its first
            // paragraph announces a happening on another day (`The Summit
            // will take place in Geneva from 9 to 12 July`), the record is
            // that happening's.
            // So is a dateline alone on its line (`Bangkok, 24 May 2022`).
            // So is a bare day right above a release's undated dateline
            // (`9 May 2024`, then `GENEVA (ILO News) – The ILO will hold …
            // from 3–14 June 2024.`) or right below its symbol (`SG/T/3456`).
            let stamp_yields = |k: usize, f: &Found| {
                let at = s.members[k].0;
                let line = &lines[at].text;
                let after = line[f.span.end..].trim_start_matches([' ', '|']);
                let tag = if after.is_empty() {
                    line[..f.span.start].trim_end_matches([' ', '|'])
                } else {
                    after
                };
                // A title that opens with its type (`Note to Correspondents:
                // Press Conference on …`) heads a release too.
                let typed_title = || {
                    head.text
                        .split_once(": ")
                        .is_some_and(|(kind, _)| segment::is_item_type(kind))
                };
                let released = || {
                    tag.is_empty()
                        && (s.members.get(k + 1).is_some_and(|(j, r)| {
                            matches!(r, Role::Body) && undated_dateline(&lines[*j].text).is_some()
                        }) || at > 0 && segment::is_document_symbol(&lines[at - 1].text)
                            || typed_title())
                };
                // `Bangkok and online, 24 May 2022` alone below a headline:
                // a story's dateline, its place before its day.
                let dateline =
                    || after.is_empty() && f.place.as_ref().is_some_and(|p| p.end <= f.span.start);
                // `September 28, 2022` alone below the headline, then `The
                // joint webinar … on Tuesday, 4 October 2022, from 09:30 to
                // 11:00 hrs (CEST)`: a later day with its hours is the
                // happening's, the bare day above it the post's.
                let posted_before = || {
                    tag.is_empty()
                        && first_announced().is_some_and(|a| {
                            a.when.time.is_some()
                                && a.when
                                    .date
                                    .start
                                    .date()
                                    .zip(f.when.date.start.date())
                                    .is_some_and(|(told, posted)| told > posted)
                        })
                };
                !f.labeled
                    && f.when.time.is_none()
                    && f.when.date.start == f.when.date.end
                    && (segment::is_item_type(tag) || released() || dateline() || posted_before())
                    && announces_other_day(f)
            };
            // `… through public dialogues on the following dates at Geneva
            // time:`, then `Chile`, `5 March 15:00 – 18:00`, …: the days of
            // a list that a lead-in opens below the first paragraph. When
            // that paragraph announces the happening on another day (`…
            // will hold its upcoming session from 4 to 28 March`), the
            // record is that happening's.
            // A labelled date below `Event Details:` is the card's own field.
            let listed_yields = |k: usize, f: &Found| {
                !f.labeled
                    && s.members[..k]
                        .iter()
                        .rev()
                        .find(|(_, r)| matches!(r, Role::Body))
                        .is_some_and(|&(j, _)| lines[j].text.ends_with(':'))
                    && announces_other_day(f)
            };
            if let Some((k, f)) = standalone_date(s, lines)
                .filter(|&(k, f)| !stamp_yields(k, f) && !listed_yields(k, f))
            {
                let (i, _) = s.members[k];
                let date_line = &lines[i];
                // The place on the date line, else a detail line below it,
                // else a subtitle that only names a place (a statement's
                // `New York` between its title and date) or a venue and its
                // address. Who organizes may follow the place (`in
                // Conference Room 6 (organized by …)`).
                let on_line = f.place.clone().map(|r| &date_line.text[r]);
                // `… | In-person`, then `United Nations HQ, Delegates Dining
                // Room` below: the venue says where, the way to attend only how.
                let venue_below = || detail_place(lines, &s.members[k + 1..]);
                // The text's announcement of this day, read at most once:
                // for the place, then for the hours.
                let announced = OnceCell::new();
                let same_day = || {
                    announced
                        .get_or_init(|| same_day_announcement(bodies(), &f.when))
                        .as_ref()
                };
                let place = on_line
                    .filter(|p| !places::is_way_to_attend(p))
                    .map(|p| org::before_org_phrase(p).to_string())
                    .or_else(venue_below)
                    .or_else(|| on_line.map(str::to_string))
                    .or_else(|| {
                        s.members[..k]
                            .iter()
                            .filter(|(_, r)| matches!(r, Role::Detail))
                            .map(|&(j, _)| &lines[j].text)
                            .find(|t| places::only_places(t) || places::is_venue_with_address(t))
                            .map(|t| t.to_string())
                    })
                    .or_else(|| {
                        let first = bodies().next()?;
                        // `… was held on 30 January 2024 at UN Headquarters
                        // in New York.`: the venue the announcement names;
                        // else the town of a day's text told `today`
                        // (`… remarks to the Forum, in Riyadh today:`).
                        dateline_city(first, same_day().map(|(_, a)| a))
                            .or_else(|| {
                                let (told, a) = same_day()?;
                                places::venue_in(&told.text[a.sentence.clone()])
                            })
                            .or_else(|| {
                                (f.when.date.start == f.when.date.end)
                                    .then(|| place_of_today(&first.text))
                                    .flatten()
                            })
                    });
                let mut orgs = org::organizers_in(&head.text);
                if orgs.is_empty()
                    && let Some(p) = on_line
                {
                    orgs = org::organizers_in(p);
                }
                let text = &date_line.text[f.span.clone()];
                let mut d = base(title, f.when.clone(), date_line, text, orgs);
                d.location = place.or(d.location);
                apply_cells(&mut d, &date_line.text, &f.cells);
                // Hours that end (`21 May 2018, 12:30 - 14:00`) fit the
                // happening in its day: the range the text gives is that
                // of a larger one (`… the Assembly, taking place from 21-26
                // May`).
                if d.when.date.start == d.when.date.end
                    && d.when.time.is_none_or(|t| t.end.is_none())
                    && let Some(end) = bodies()
                        .next()
                        .and_then(|b| last_day_from(&b.text, d.when.date.start))
                {
                    d.when.date.end = end;
                }
                // `1–5 Dec 2025` under the title, and further down Indico's
                // `Starts 1 Dec 2025, 09:00`: the same first day, timed.
                if d.when.time.is_none()
                    && let Some(timed) = s.members[k + 1..].iter().find_map(|(_, r)| match r {
                        Role::Date(g) if g.when.date.start == f.when.date.start => {
                            g.when.time.is_some().then_some(&g.when)
                        }
                        _ => None,
                    })
                {
                    d.when.time = timed.time;
                    d.when.zone = d.when.zone.take().or_else(|| timed.zone.clone());
                }
                // `… will be held on 9 September 2025, from 9:00 to 17:00`
                // in the text: the same day's hours, unless a time field
                // below the date gives the card's own (with its room:
                // `11:00 hrs., Room XXVI, Palais des Nations`).
                let timed_below = || {
                    s.members[k + 1..]
                        .iter()
                        .any(|(_, r)| matches!(r, Role::Label(Label::Time, _)))
                };
                if d.when.time.is_none()
                    && !timed_below()
                    && let Some((_, a)) = same_day()
                    && a.when.time.is_some()
                {
                    d.when.time = a.when.time;
                    d.when.zone = d.when.zone.take().or_else(|| a.when.zone.clone());
                }
                time_told_today(&mut d, bodies().next());
                return Some(d);
            }
            // `You're invited to the forthcoming webinar: "…"`, then the
            // paragraph that dates it: an invitation with no date of its own
            // leaves the announcement to the next paragraph, and so does a
            // headline's deck (`• UN meeting focuses on moving from …`). A
            // letter's `Dear Colleagues,` opens no paragraph.
            let paragraphs_of = || bodies().filter(|l| !is_salutation(&l.text));
            let mut paragraphs = paragraphs_of();
            let announced = paragraphs.next().and_then(|first| {
                let deck =
                    || segment::is_deck(segment::list_item(&first.text).unwrap_or(&first.text));
                let next = || {
                    (is_undated_invitation(&first.text) || deck())
                        .then(|| paragraphs.next())
                        .flatten()
                        .and_then(|p| Some((p, announcement(&p.text)?)))
                };
                announcement(&first.text).map(|a| (first, a)).or_else(next)
            });
            // `The Expert Group Meeting will take place … on 20-21 March
            // 2013.` in a later paragraph below `Expert Group Meeting on
            // Science and …`: a sentence that names the title's happening
            // announces it wherever it stands in the first paragraphs.
            // Only a paragraph that names it is read for its sentences.
            // An invitation to join, with its day, wherever it stands in
            // the first paragraphs: the page's happening.
            let announced = announced.or_else(|| {
                paragraphs_of()
                    .take(1 + MAX_LATER_PARAGRAPHS)
                    .find_map(|p| Some((p, invitation_to_join(&p.text)?)))
            });
            let announced = announced.or_else(|| {
                let mut later = paragraphs_of()
                    .skip(1)
                    .take(MAX_LATER_PARAGRAPHS)
                    .peekable();
                later.peek()?;
                // A title that is the name alone (`WSIS+20 Forum High-Level
                // Event 2024`) is named without its year (`Organized from
                // 27-31 May 2024 in Geneva, the WSIS+20 Forum High-Level Event
                // provided …`).
                let named = title_head(&title)
                    .or_else(|| headline_subject(&title))
                    .or_else(|| ends_in_happening(&title).map(without_year));
                let (head, subject) = match named {
                    Some(head) => (head, title_subject(&title, head)),
                    None => (held_kind(&title)?, None),
                };
                // `Multi-year Expert Meeting on …` is named `The expert
                // meeting on …`: a longer head by its kind and the word
                // before it.
                let kind = named.map(without_year).and_then(|h| {
                    let (k, _) = h.rmatch_indices(' ').nth(1)?;
                    Some(&h[k + 1..])
                });
                let names = |t: &str| {
                    [Some(head), subject, kind, bracketed_happening(&title)]
                        .into_iter()
                        .flatten()
                        .any(|n| contains_ignore_ascii_case(t, n))
                };
                later.filter(|p| names(&p.text)).find_map(|p| {
                    let a = announcement(&p.text)?;
                    names(&p.text[a.sentence.clone()]).then_some((p, a))
                })
            });
            let Some((first, a)) = announced else {
                // `Monday, 8 July 2024` heading a listing, then a title with
                // its time on a line below: the day dates the title. Without
                // a time the day is only the next item's publication date,
                // unless it is the release's date line right above the
                // headline and the release tells what happened `today` (`The
                // Security Council today decided …`).
                let timed = s
                    .members
                    .iter()
                    .any(|(_, r)| matches!(r, Role::Label(Label::Time, _)));
                let released_today = |day_line: usize| {
                    is_release_head(&lines[day_line + 1..s.header])
                        && bodies().next().is_some_and(|b| tells_today(&b.text))
                };
                let (day_line, _) = s
                    .day
                    .as_ref()
                    .filter(|(k, _)| timed || (*k < s.header && released_today(*k)))?;
                let day = &lines[*day_line];
                let Kind::DateOnly(f) = &day.kind else {
                    return None;
                };
                let text = &day.text[f.span.clone()];
                let orgs = org::organizers_in(&head.text);
                let mut d = base(title, f.when.clone(), day, text, orgs);
                d.location = detail_place(lines, &s.members)
                    .or_else(|| {
                        let first = bodies().next()?;
                        let same_day = same_day_announcement(bodies(), &f.when);
                        dateline_city(first, same_day.as_ref().map(|(_, a)| a))
                            .or_else(|| place_of_today(&first.text))
                    })
                    .or(d.location);
                return Some(d);
            };
            // `26 May 2016, 13.00 Launch of the Green is Gold report …`: a
            // heading that opens with a day of its own is no name for
            // another day a paragraph below announces.
            if parse::find_when(&head.text, 0).is_some_and(|(r, w)| {
                r.start == 0
                    && w.date.start.year.is_some()
                    && !w.date.start.same_day(a.when.date.start)
            }) {
                return None;
            }
            let sentence = &first.text[a.sentence.clone()];
            let own_part = before_other_day(sentence, &a);
            let mut orgs = org::organizers_in(&head.text);
            if orgs.organizers.is_empty() {
                orgs = org::organizers_in(sentence);
            }
            // `… will be held on Monday 12 February. This will be an
            // in-person meeting from 10 am to 1 pm (New York time) in the
            // ECOSOC Chamber.`: the next sentence, with no date of its own,
            // gives the hours and the room.
            // Read within the announcement's window: a paragraph may run to
            // megabytes.
            let after = &first.text[a.sentence.end..];
            let after = &after[..floor_boundary(after, ANNOUNCEMENT_WINDOW)];
            let next = sentences(after)
                .first()
                .map(|r| &after[r.clone()])
                .filter(|n| parse::find_when(n, 0).is_none());
            let mut when = a.when;
            if when.time.is_none()
                && let Some(t) = next.and_then(|n| parse::find_time(n, &[]))
            {
                when.time = Some(t.time);
                when.zone = when.zone.or(t.zone);
            }
            // `On Tuesday 9 November, MEPs will brief journalists …`, and a
            // later paragraph: `The briefing will be held on Tuesday, 9
            // November, from 13.00 to 14.00 CEST`: the same days again, with
            // their hours.
            let end = when.date.end;
            if when.time.is_none()
                && let Some((_, later)) =
                    same_day_announcement(bodies().filter(|p| p.no > first.no), &when)
                && later.when.date.end.same_day(end)
                && later.when.time.is_some()
            {
                when.time = later.when.time;
                when.zone = when.zone.or(later.when.zone);
            }
            Some(Draft {
                line: head.no,
                date_line: first.no,
                // The announcement's place, else the title's (`The first
                // Internet Governance Forum – in Athens`), else a venue's
                // line right below the title (`European Union Day`, `The
                // Partnerships Hub`).
                location: a
                    .place
                    .or_else(|| places::venue_in(own_part))
                    .or_else(|| places::title_place(&title))
                    .or_else(|| next.and_then(places::venue_in))
                    .or_else(labeled)
                    .or_else(|| {
                        let text = s.members.iter().position(|(_, r)| matches!(r, Role::Body));
                        detail_place(lines, &s.members[..text.unwrap_or(s.members.len())])
                    }),
                title,
                when,
                date_text: first.text[a.text_span].to_string(),
                organizers: orgs,
                summary,
                group: s.group,
                section,
            })
        }
        _ => None,
    }
}

/// The paragraphs after the first read for a sentence that names the
/// title's happening.
const MAX_LATER_PARAGRAPHS: usize = 2;

/// `UNCTAD eWeek 2023 kicks off to shape …`: a headline whose verb tells
/// that a happening begins or ends names it before the verb (two words or
/// more, capitalized), the verb in either case (`… 2025 Kicks Off With …`).
fn headline_subject(title: &str) -> Option<&str> {
    const VERBS: [&str; 6] = [
        " kicks off",
        " opens",
        " begins",
        " closes",
        " concludes",
        " gets under way",
    ];
    // ASCII case folding keeps every byte where it was.
    let folded = title.to_ascii_lowercase();
    let end = VERBS
        .iter()
        .filter_map(|v| {
            let at = folded.find(v)?;
            let after = &title[at + v.len()..];
            (after.is_empty() || after.starts_with(' ')).then_some(at)
        })
        .min()?;
    let subject = &title[..end];
    (subject.contains(' ') && subject.starts_with(|c: char| c.is_uppercase())).then_some(subject)
}

/// `ITU and UN to hold a series of webinars on …`: a headline that says a
/// kind of happening will be held, by which a later sentence names it (`The
/// first webinar is scheduled to take place on 22 April 2020.`). The kind,
/// in the singular.
fn held_kind(title: &str) -> Option<&str> {
    static HELD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"(?i)(?-u:\b)to (?:hold|host|organi[sz]e|convene) (?:an? |the )?(?:series of |new |first )?({HAPPENINGS})s?(?-u:\b)"
        ))
        .expect("valid regex")
    });
    HELD.captures(title)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// The name a title gives its happening before its subject (`Expert Group
/// Meeting` of `Expert Group Meeting on Science and …`): two words or more
/// before ` on `, ` of `, ` for ` or a colon or dash, the last a kind of
/// happening (not an organ: `Security Council: …`), maybe then its year.
fn title_head(title: &str) -> Option<&str> {
    // In capitals too (`EXPERT GROUP MEETING ON SCIENCE …`): ASCII case
    // folding keeps every byte where it was.
    let folded = title.to_ascii_lowercase();
    let end = [" on ", " of ", " for ", ": ", " – ", " - "]
        .iter()
        .filter_map(|sep| folded.find(sep))
        .min()?;
    let head = &title[..end];
    ends_in_happening(head)
}

/// `Conference on Capacity Building` of `UNESCO Conference on Capacity
/// Building on AI …`: the kind of happening that ends the title's head
/// (see [`title_head`]) and the first two words of its subject, by which a
/// sentence also names it (`UNESCO is organizing the Conference on Capacity
/// Building for AI …`).
fn title_subject<'t>(title: &'t str, head: &str) -> Option<&'t str> {
    // `Policy Forum 2010 on Trade`: the kind is the word before the year.
    let kind = without_year(head).rfind(' ')? + 1;
    let after = &title[head.len()..];
    let rest = [" on ", " of ", " for "]
        .iter()
        .find_map(|sep| parse::ascii_no_case(sep)(after).ok().map(|(rest, _)| rest))?;
    // Its first two words end at the second space.
    let len = rest
        .match_indices(' ')
        .nth(1)
        .map_or(rest.len(), |(k, _)| k);
    Some(&title[kind..title.len() - rest.len() + len])
}

/// `Coordination Segment` of UN Web TV's `Economic and Social Council: 10th
/// plenary meeting (Coordination Segment), 2023 session`: the happening a
/// sitting belongs to, named in brackets.
fn bracketed_happening(title: &str) -> Option<&str> {
    let open = memchr::memchr(b'(', title.as_bytes())?;
    let close = open + memchr::memchr(b')', &title.as_bytes()[open..])?;
    ends_in_happening(&title[open + 1..close])
}

/// `WSIS Forum` of `WSIS Forum 2010`: a name without the year that ends it.
fn without_year(name: &str) -> &str {
    match name.rsplit_once(' ') {
        Some((named, year)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => named,
        _ => name,
    }
}

/// `name` when its last word, or the word before its year (`WSIS Forum
/// 2010`), is a kind of happening and another word comes before it.
fn ends_in_happening(name: &str) -> Option<&str> {
    let (_, kind) = without_year(name).rsplit_once(' ')?;
    is_kind_of_happening(kind).then_some(name)
}

/// A word of [`HAPPENINGS`] or [`TITLED_HAPPENINGS`], as written there.
fn is_kind_of_happening(word: &str) -> bool {
    HAPPENINGS
        .split('|')
        .chain(TITLED_HAPPENINGS)
        .any(|h| word.eq_ignore_ascii_case(h))
}

/// A kind of happening, in the singular or the plural (`Debate`,
/// `consultations`, `Dialogues`).
fn is_happening_word(word: &str) -> bool {
    is_kind_of_happening(word) || word.strip_suffix('s').is_some_and(is_kind_of_happening)
}

/// Kinds of happening (`… meeting`, `… workshop`): a sentence announces
/// one `on` a date (see `CUE`), a title names one before its subject.
const HAPPENINGS: &str = "event|meeting|session|webinar|ceremony|dialogue|conference|forum|summit|workshop|briefing|panel|consultation|roundtable|debate|hearing|seminar|symposium";

/// Kinds only a title's name ends with (`… Consultations on …`, `Report
/// Launch: …`); before `on` in a sentence they announce nothing.
const TITLED_HAPPENINGS: [&str; 5] = [
    "consultations",
    "launch",
    "exhibition",
    "training",
    // ECOSOC's `Coordination Segment`, the General Assembly's `High-level
    // Segment`.
    "segment",
];

/// `You're invited to participate in the forthcoming webinar: …`, `We
/// invite you to join us for …`: an invitation that gives no day.
fn is_undated_invitation(paragraph: &str) -> bool {
    static INVITATION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:you(?:'|’)re|you are|we) (?:cordially |kindly )?invit(?:ed|e you) to ")
            .expect("valid regex")
    });
    INVITATION.is_match(paragraph) && parse::find_when(opening(paragraph, 1), 0).is_none()
}

/// `21 May 2012` under a release's title, then `At the 21-25 May session,
/// …` or `… is being held from 21-25 May 2012`: the release is dated the
/// happening's first day, and its opening sentences give its last.
fn last_day_from(paragraph: &str, first: DayMonth) -> Option<DayMonth> {
    parse::find_all_when(opening(paragraph, 2))
        .into_iter()
        .map(|(_, w)| w.date)
        .find(|d| {
            (d.start.day, d.start.month) == (first.day, first.month)
                && d.start.year.is_none_or(|y| Some(y) == first.year)
                && (d.end.day, d.end.month) != (first.day, first.month)
        })
        .map(|d| DayMonth {
            year: d.end.year.or(first.year),
            ..d.end
        })
}

/// The first detail line (one right below a date, time or other detail)
/// that names a place: `Conference Room 4, United Nations Headquarters`.
/// A field of another kind that names countries (`Co-sponsors: Norway,
/// Brazil`) says who, not where.
fn detail_place(lines: &[Line], members: &[(usize, Role)]) -> Option<String> {
    let other_field = |t: &str| {
        t.split_once(": ").is_some_and(|(label, _)| {
            label.split(' ').count() <= MAX_FIELD_LABEL_WORDS && !places::opens_with_modality(label)
        })
    };
    members
        .iter()
        .filter(|(_, r)| matches!(r, Role::Detail))
        .map(|&(j, _)| &lines[j].text)
        .find_map(|t| {
            // `In person: UNESCO Headquarters, Paris`: the place after the way.
            let p = places::after_attendance_lead(t);
            (!other_field(t) && (places::looks_like_place(p) || places::only_places(p)))
                .then(|| p.to_string())
        })
}

/// The most words a field's label has (`Name of the host:`).
const MAX_FIELD_LABEL_WORDS: usize = 4;

/// Labelled lines below a header fill what the header left out: the time,
/// organizers, partners and last day; a `Venue:` label names the place
/// outright.
fn apply_labels(d: &mut Draft, lines: &[Line], s: &Section) {
    let labels = || {
        s.members[..fields_end(s)]
            .iter()
            .filter_map(|(i, role)| match role {
                Role::Label(label, value) => Some((*label, &lines[*i].text, value.clone())),
                _ => None,
            })
    };
    // A zone's field after all others: it zones the times whichever line
    // gives them. Only the first end closes the span: a later one ends
    // another item's dates further down.
    // Only the first venue names the place outright: a later one (`Where:`
    // below the text) repeats it at more length or is another item's. A
    // way to attend (`Format: Hybrid`) still gives way to a venue.
    let (mut ended, mut placed) = (false, false);
    for (label, text, value) in labels().filter(|(l, ..)| *l != Label::Zone) {
        if label == Label::Until {
            if ended {
                continue;
            }
            ended = true;
        }
        if label == Label::Place {
            if placed
                && !d
                    .location
                    .as_deref()
                    .is_some_and(places::opens_with_modality)
            {
                continue;
            }
            placed = !places::names_no_place(&text[value.clone()]);
        }
        apply_label(d, label, text, value);
    }
    for (label, text, value) in labels().filter(|(l, ..)| *l == Label::Zone) {
        apply_label(d, label, text, value);
    }
}

/// How many of the section's members hold its own fields. A line that
/// opens with a time below a venue or organizer field, with such a field
/// of its own right below it (noise aside: `TBD` for a lost title), starts
/// the next slot of a schedule (`1:15-2:30 PM`, then `Organized by: …`):
/// its fields are that slot's, even when the slot has no title of its own
/// to head a section. A card's time below its venue (`Venue: Room 4`,
/// `10:00-12:00`) stays the card's.
fn fields_end(s: &Section) -> usize {
    let field = |r: &Role| {
        matches!(
            r,
            Role::Label(Label::Organizers | Label::Partners | Label::Place, _)
        )
    };
    let mut fielded = false;
    for (k, (m, role)) in s.members.iter().enumerate() {
        match role {
            r if field(r) => fielded = true,
            Role::Label(Label::Time, v)
                if v.start == 0
                    && fielded
                    && s.members[k + 1..]
                        .iter()
                        .find(|(_, r)| !matches!(r, Role::Other))
                        .is_some_and(|(n, r)| *n <= m + 2 && field(r)) =>
            {
                return k;
            }
            _ => {}
        }
    }
    s.members.len()
}

/// Fields in cells of the header or date line (`… | Organizer: ITU`), as
/// labelled lines below would give them.
fn apply_cells(d: &mut Draft, text: &str, cells: &[(Label, Range<usize>)]) {
    for (label, value) in cells {
        apply_label(d, *label, text, value.clone());
    }
}

/// `names` not in `list` yet, appended in their order.
fn add_new(list: &mut Vec<String>, names: Vec<String>) {
    for name in names {
        if !list.contains(&name) {
            list.push(name);
        }
    }
}

/// One labelled field, its value at `value` in `text`.
fn apply_label(d: &mut Draft, label: Label, text: &str, value: Range<usize>) {
    let (label_text, value) = (&text[..value.start], &text[value]);
    match label {
        Label::Time if d.when.time.is_none() => {
            // A time's field says its value is a time: `9.00 – 12.00` too.
            if let Ok((rest, time)) = time::time_slots(value).or_else(|_| time::dotted_range(value))
            {
                d.when.time = Some(time);
                // `09:00–17:00 daily (CEST)`: the same hours each day.
                let rest = [" daily", " each day", " every day"]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))
                    .unwrap_or(rest);
                let (mut rest, zone) = zone::zone(rest).map_or((rest, None), |(r, z)| (r, Some(z)));
                if let Some(t) = d.when.time.as_mut()
                    && t.end.is_none()
                    && let Some((r, end)) = zone.and_then(|z| parse::zoned_end(rest, z))
                {
                    t.end = Some(end);
                    rest = r;
                }
                // `Time (EDT): 10:00 - 11:30`: the zone in the label.
                let zone = zone.or_else(|| {
                    let open = label_text.find('(')?;
                    zone::zone(&label_text[open..]).ok().map(|(_, z)| z)
                });
                if d.when.zone.is_none() {
                    d.when.zone = zone.map(str::to_string);
                }
                // `10:00 a.m. Conference Room 4`: the place after the time;
                // `Conference Room 4 | 10:00 - 13:00`, before it.
                if d.location.is_none() {
                    let place = segment::place_after(rest, 0..rest.len());
                    d.location = place.map(|r| rest[r].to_string()).or_else(|| {
                        label_text
                            .strip_suffix(" | ")
                            .filter(|p| places::is_venue_cell(p))
                            .map(str::to_string)
                    });
                }
            }
        }
        // `Venue: Room XX` then `Format: Hybrid`: a way to attend names no
        // place in place of a venue; `Venue: TBC` names none at all, nor
        // does a link to join at.
        Label::Place if places::names_no_place(value) => {}
        Label::Place if d.location.is_none() || !places::opens_with_modality(value) => {
            let place = crate::text::first_sentence(value).trim_end_matches('.');
            // `… New York and online via webcastNote: A media badge is
            // required`: a field run into the place ends it.
            let place = glued_field(place).map_or(place, |k| &place[..k]);
            // `Press Room, Palais des Nations and Zoom [link and password
            // will be sent …]`: a note in square brackets is no part of it.
            let place = match place.strip_suffix(']').and_then(|p| p.rfind(" [")) {
                Some(k) if k > 0 => place[..k].trim_end_matches([',', ' ']),
                _ => place,
            };
            d.location = Some(place.to_string());
        }
        // `Organizer: DESA` then `Co-organizers: UNDP, UNEP`: each label adds
        // the entities not named yet.
        Label::Organizers => {
            let o = org::split_list(value);
            add_new(&mut d.organizers.organizers, o.organizers);
            add_new(&mut d.organizers.partners, o.partners);
        }
        Label::Partners => add_new(
            &mut d.organizers.partners,
            org::split_list(value).organizers,
        ),
        // `Time zone: Asia/Bangkok`: only times have a zone.
        Label::Zone if d.when.time.is_some() && d.when.zone.is_none() => {
            // `EST (New York)`: the zone opens the field.
            if let Ok((_, zone)) = zone::zone(value) {
                d.when.zone = Some(zone.to_string());
            }
        }
        // `Start date: 10 July 2024` then `End date: 12 July 2024`.
        Label::Until => {
            if let Ok((rest, until)) = parse::when(value) {
                d.when.date = DateSpan::between(d.when.date.start, until.date.end);
                if let Some(t) = d.when.time.as_mut()
                    && t.end.is_none()
                {
                    // `End date: 24 January 2024 | End time: 11:45 UTC`.
                    let time = until.time.or_else(|| segment::inline_time(rest));
                    t.end = time.map(|u| u.start);
                }
            } else if let Some(last) = last_of_days(d.when.date.start, value) {
                d.when.date = DateSpan::between(d.when.date.start, last);
            } else if let Some(t) = d.when.time.as_mut()
                && t.end.is_none()
                && let Ok((_, (end, zone))) = parse::time_chain(value)
            {
                // `Start time: 10:00 CEST`, then `End time: 11:30 CEST`.
                t.end = Some(end.start);
                if d.when.zone.is_none() {
                    d.when.zone = zone.map(str::to_string);
                }
            }
        }
        _ => {}
    }
}

/// `3 days` after `Duration:`, counted from `first`: the last day.
fn last_of_days(first: DayMonth, value: &str) -> Option<DayMonth> {
    let n = segment::days_of(value).filter(|n| (1..=MAX_DURATION_DAYS).contains(n))?;
    let last = first.date()? + chrono::Days::new(u64::from(n - 1));
    Some(DayMonth {
        day: chrono::Datelike::day(&last),
        month: chrono::Datelike::month(&last),
        year: Some(chrono::Datelike::year(&last)),
        ambiguous: false,
    })
}

/// The longest happening a duration or a `run until` gives (a course or a
/// session of some weeks).
const MAX_DURATION_DAYS: u32 = 60;

/// `Click here` below an item's text: the link ends the item, as its text
/// would, and is no title of a block.
fn ends_with_link(lines: &[Line], k: usize) -> bool {
    k > 0
        && lines[k - 1].kind == Kind::Body
        && lines[k].kind == Kind::Title
        && segment::is_link_text(&lines[k].text)
}

/// Rule 3: the first standalone date line of a title's section that has body
/// text before or after it, or that closes its title's block (see
/// [`ends_block`]) and says more than the day (see [`says_more`]), or a date
/// and time heading the title from above. Any
/// other date line is the publication date of the next item and makes no
/// record. A labelled date (`Date: …`) below a bare first one (a post's
/// stamp) says when the happening is, and wins.
fn standalone_date<'s>(s: &'s Section, lines: &[Line]) -> Option<(usize, &'s Found)> {
    let mut bodies = s
        .members
        .iter()
        .enumerate()
        .filter(|(_, (_, r))| matches!(r, Role::Body))
        .map(|(k, _)| k);
    let first_body = bodies.next();
    let last_body = bodies.next_back().or(first_body);
    // A schedule's item, its day and time above it: a date line past a
    // blank line below is the next day's.
    let timed_above = s.day.as_ref().is_some_and(|(k, _)| *k < s.header)
        && s.members
            .iter()
            .any(|(m, r)| *m < s.header && matches!(r, Role::Label(Label::Time, _)));
    let next_day =
        |i: usize| timed_above && lines[s.header + 1..i].iter().any(|l| l.kind == Kind::Blank);
    // So is one below the next slot's time (see `fields_end`).
    let own = fields_end(s);
    // `Host / Sponsor: UNFPA` right below the date names who holds the
    // item, as body text would tell of it: no publication date has one.
    let fielded = |k: usize, i: usize| {
        let entities = |r: &Role| matches!(r, Role::Label(Label::Organizers | Label::Partners, _));
        s.members
            .get(k + 1)
            .is_some_and(|(m, r)| *m == i + 1 && entities(r))
    };
    let dates = s
        .members
        .iter()
        .enumerate()
        .filter_map(|(k, (i, r))| match r {
            Role::Date(f)
                if !(*i > s.header && (next_day(*i) || lists_desk_hours(lines, *i))
                    || k >= own) =>
            {
                Some((k, *i, f))
            }
            _ => None,
        });
    let first = dates.clone().find(|&(k, i, f)| {
        f.labeled
            // A time above the title heads it (see `sections`).
            || i < s.header
            || fielded(k, i)
            || first_body.is_some_and(|b| b < k)
            || last_body.is_some_and(|b| b > k)
            || (ends_block(s, k, lines) && says_more(f, &s.members[k + 1..], lines))
            || i > s.header && leads_text(lines, s.header, i, f)
    })?;
    // `14 August 2024` (the post's stamp), then `Date: 12 - 14 November
    // 2024`: a labelled field below says when the happening is. So does a
    // date below a heading of the happening's details (`Event Details`).
    let detailed =
        |i: usize| filled_before(lines, i).is_some_and(|j| segment::heads_details(&lines[j].text));
    let (k, _, f) = match first {
        (_, _, f) if !f.labeled => dates
            .skip_while(|&(k, _, _)| k <= first.0)
            .find(|&(_, i, f)| f.labeled || detailed(i))
            .unwrap_or(first),
        first => first,
    };
    Some((k, f))
}

/// A date line that gives more than a day: several days (nothing is
/// published over a range), a time or a place on it, or any line of the
/// section below it but the page's chrome (a speech's `Excellencies,` is
/// its text). A bare day that ends its section is a listing's publication
/// date (`Guterres urges climate action`, `12 November 2024`, then the
/// page's end, or its `Follow us`, `Facebook`).
fn says_more(f: &Found, below: &[(usize, Role)], lines: &[Line]) -> bool {
    f.when.date.start != f.when.date.end
        || f.when.time.is_some()
        || f.place.is_some()
        || below.iter().any(|(m, r)| {
            let chrome = lines[*m].kind == Kind::Noise && !is_salutation(&lines[*m].text);
            !(chrome && matches!(r, Role::Other))
        })
}

/// The date line `s.members[k]` stands in its title's block, and a blank
/// line (or the page's end) closes that block inside the section
/// (`Permanent Forum … - 23rd Session` then `15-26 April 2024, UN
/// Headquarters`), or the next item has a date of its own right below its
/// title (cards with no blank lines between them), or the date, right
/// below the title, has its time and nothing but its details below it (a
/// card on a page with no blank line): no next item can claim the date.
/// Noise after the blank (`Resources`) changes nothing, and neither does
/// the title said again right below the block (a banner over its text).
/// A place line right above the date joins the block after a blank line.
fn ends_block(s: &Section, k: usize, lines: &[Line]) -> bool {
    let (i, _) = s.members[k];
    let last = s.members.last().map_or(i, |&(m, _)| m);
    let blank = |l: &Line| l.kind == Kind::Blank;
    let next_dated = || {
        lines.get(last + 1).is_some_and(|l| l.kind == Kind::Title)
            && date_line_below(lines, last + 1)
    };
    // `Remarks …`, a blank line, then `New York` and the date: the place
    // right above the date stands in the title's block. Past a blank line,
    // only such a place is the section's first detail (see `sections`).
    let place_above = || matches!(s.members.first(), Some(&(m, Role::Detail)) if m + 1 == i);
    // `Wednesday 6th of March 2019`, `Restaurant des délégués, Palais des
    // Nations`, `13.00 - 14.45`, then `Draft Agenda`: a day with its time
    // and where, right below the title (or below its place: `Conference
    // Room 5, …`, then `24 May 2023, 10.00 am to 11.30 am`), is no
    // publication date, whatever heading follows.
    let timed_card = || {
        let below = &s.members[k + 1..];
        let details = below
            .iter()
            .zip(i + 1..)
            .take_while(|((m, r), n)| {
                m == n && matches!(r, Role::Detail | Role::Label(Label::Time | Label::Place, _))
            })
            .count();
        let timed = matches!(&s.members[k].1, Role::Date(f) if f.when.time.is_some())
            || below[..details]
                .iter()
                .any(|(_, r)| matches!(r, Role::Label(Label::Time, _)));
        timed
            && below[details..]
                .iter()
                .all(|(_, r)| matches!(r, Role::Other))
    };
    // `Workshop on Statistics …`, a blank line, `Kiev, 7-9 October`, a
    // blank line, the next item the same way, and a date line last: a
    // listing that parts each title from its date by a blank line.
    // So does a flattened table whose column heads put names first.
    let paired = || {
        all_blank(&lines[s.header + 1..i])
            && (ends_title_date_run(lines, last) || under_names_first_heads(lines, s.header))
    };
    // The title, `19th April 2024`, `The Oak Room, Mansion House, Dublin`,
    // then `10:30 – 10:50 Words of welcome`: the day's programme follows the
    // title's day and place at once.
    let programme = || {
        i == s.header + 1
            && last == i + 1
            && places::looks_like_place(&lines[last].text)
            && lines
                .get(last + 1)
                .is_some_and(|l| matches!(l.kind, Kind::Session(_)))
    };
    // `[Virtual Series] Digital Public Infrastructural Possibilities`, a
    // blank line, then `October 20th, 2020 - 9:00 am to 10:30 am`: hours
    // from and to, which no publication date has, below the page's first
    // title.
    let page_title = || {
        lines[..s.header]
            .iter()
            .all(|l| matches!(l.kind, Kind::Blank | Kind::Noise))
    };
    let hours_below_page_title = || {
        matches!(&s.members[k].1, Role::Date(f) if f.when.time.is_some_and(|t| t.end.is_some()))
            && page_title()
    };
    // `77th Session of the UN General Assembly (UNGA 77)`, a blank line,
    // `13 Sep 2022 - 27 Sep 2022`, then `New York City, US`: several days
    // and the place below the page's first title, which no publication date
    // has.
    let days_and_place_below_page_title = || {
        matches!(&s.members[k].1, Role::Date(f) if f.when.date.start != f.when.date.end)
            && s.members.get(k + 1).is_some_and(|(m, r)| {
                matches!(r, Role::Detail) && places::looks_like_place(&lines[*m].text)
            })
            && page_title()
    };
    // `Bureau – 6th Meeting`, then, blank lines between them, `Strasbourg,
    // 27 April 2021`, `Online meeting` and `9.30 a.m.– 12 p.m. (CET)`: a
    // report's cover gives the meeting's place, day and hours, which no
    // publication date has.
    let cover = || {
        let below = &s.members[k + 1..];
        matches!(&s.members[k].1, Role::Date(f) if f.place.is_some())
            && below
                .iter()
                .any(|(_, r)| matches!(r, Role::Label(Label::Time, _)))
            && below.iter().all(|(_, r)| {
                matches!(
                    r,
                    Role::Detail | Role::Label(Label::Time | Label::Place, _) | Role::Other
                )
            })
    };
    // `Morning Briefing Nº3`, a blank line, its day and hours, then
    // `Facilitator: Angela Reed`: a card's fields follow its title, so a
    // field right below the date closes the title's card.
    let field_below = || {
        filled_after(lines, i).is_some_and(|j| {
            j <= last && lines[j].kind == Kind::Noise && segment::is_card_field(&lines[j].text)
        })
    };
    // `2024 Cyber Stability Conference …`, its place and days, then the
    // same title again (the page's banner over its text): a title said
    // twice heads no other item, in capitals once or not.
    let title_again = || {
        lines.get(last + 1).is_some_and(|l| {
            l.kind == Kind::Title && l.text.to_lowercase() == lines[s.header].text.to_lowercase()
        })
    };
    i > s.header
        && (!lines[s.header + 1..i].iter().any(blank)
            || place_above()
            || field_below()
            || paired()
            || hours_below_page_title()
            || days_and_place_below_page_title()
            || cover())
        && (lines[i + 1..=last].iter().any(blank)
            || lines.get(last + 1).is_none_or(blank)
            // A listing's heading (`Past events`) closes a card (its date
            // right below its title) as a blank line does.
            || i == s.header + 1
                && lines
                    .get(last + 1)
                    .is_some_and(|l| matches!(l.kind, Kind::Grouping(_)))
            || next_dated()
            || title_again()
            || programme()
            || (i == s.header + 1 || i == s.header + 2 && place_above()) && timed_card())
}

/// `Meeting`, `Date`, then each name above its date: the title at
/// `header` stands in a run of titles and date lines (blank lines between
/// them, maybe a line of a name's text above its date) that opens right
/// below column heads putting names first (see [`column_order`]).
fn under_names_first_heads(lines: &[Line], header: usize) -> bool {
    let mut title = header;
    for _ in 0..MAX_RUN_ITEMS {
        let Some(above) = filled_before(lines, title) else {
            return false;
        };
        if !matches!(lines[above].kind, Kind::DateOnly(_)) {
            return column_order(lines, title) == Some(ListOrder::NamesFirst);
        }
        // The item above: its title, maybe its text line between them.
        let Some(mut k) = filled_before(lines, above) else {
            return false;
        };
        if lines[k].kind == Kind::Body {
            let Some(j) = filled_before(lines, k) else {
                return false;
            };
            k = j;
        }
        if lines[k].kind != Kind::Title {
            return false;
        }
        title = k;
    }
    false
}

/// The most items of a title and date run looked at (a month's calendar
/// holds a few dozen): every date line of a run asks, and a page of
/// thousands of items must not read its run once for each.
const MAX_RUN_ITEMS: usize = 200;

/// From the date line `i` on, titles and date lines alternate (blank lines
/// between them, a detail maybe below each date: `Geneva`, `Virtual from
/// Geneva`) and a date line ends the run: each date stands below its title.
/// A run that ends with a title reads the other way (each date above its
/// item, see [`days_above`]); so does one longer than [`MAX_RUN_ITEMS`].
fn ends_title_date_run(lines: &[Line], mut i: usize) -> bool {
    let is_date = |k: usize| matches!(lines[k].kind, Kind::DateOnly(_) | Kind::DatedTitle(_));
    let is_title = |k: usize| lines[k].kind == Kind::Title;
    // A place, or a line between a date and the next title with its date.
    let is_detail = |k: usize| {
        matches!(lines[k].kind, Kind::Title | Kind::Noise)
            && (places::only_places(&lines[k].text)
                || filled_after(lines, k)
                    .is_some_and(|t| is_title(t) && filled_after(lines, t).is_some_and(is_date)))
    };
    for _ in 0..MAX_RUN_ITEMS {
        let next = match filled_after(lines, i) {
            Some(d) if is_detail(d) => filled_after(lines, d),
            next => next,
        };
        let Some(title) = next.filter(|&t| is_title(t)) else {
            return true;
        };
        match filled_after(lines, title).filter(|&d| is_date(d)) {
            Some(d) => i = d,
            None => return false,
        }
    }
    false
}

/// A date line right below line `i`, or below a session's number there
/// (`Conference of States Parties`, `Seventeenth session`, the date).
fn date_line_below(lines: &[Line], i: usize) -> bool {
    let numbered = lines
        .get(i + 1)
        .is_some_and(|l| l.kind == Kind::Title && segment::is_session_number(&l.text));
    lines
        .get(i + 1 + usize::from(numbered))
        .is_some_and(|l| matches!(l.kind, Kind::DateOnly(_)))
}

/// `Closed meeting`, `1940th meeting (closed)`, `208th meeting` (a
/// footnote's mark after it): a sitting, whose body another line names.
fn names_only_a_sitting(name: &str) -> bool {
    let name = name
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    let name = name.strip_suffix(" (closed)").unwrap_or(name);
    segment::is_access_note(name) || segment::is_session_number(name)
}

/// `Pre-session Briefing for Journalists. A special briefing will be given
/// by … Organized by the Department of Public Information. Room S-226.`:
/// an agenda item told in sentences, named by the first. Its title, and
/// the place that the last sentence names alone.
fn told_session(name: &str) -> (&str, Option<&str>) {
    let told = sentences(name);
    let [first, .., last] = told.as_slice() else {
        return (name, None);
    };
    let title = name[first.clone()].trim_end_matches('.');
    // `Session 4. Ministerial Roundtable …`: a number, not a sentence.
    if title.split(' ').count() < MIN_TOLD_TITLE_WORDS {
        return (name, None);
    }
    let place = name[last.clone()].trim_end_matches('.');
    let place = (places::only_places(place) || places::looks_like_place(place)).then_some(place);
    (title, place)
}

/// Where a guest field (`Guest:`, `Guests (virtual):`) starts in a title.
fn guest_field(title: &str) -> Option<usize> {
    let at = memchr::memmem::find(title.as_bytes(), b" Guest")?;
    let rest = &title[at + " Guest".len()..];
    let rest = rest.strip_prefix('s').unwrap_or(rest);
    let rest = match rest.strip_prefix(" (") {
        Some(note) => &note[note.find(')')? + 1..],
        None => rest,
    };
    rest.starts_with(':').then_some(at)
}

/// Where a field's label run into the text before it starts (`Note:` of
/// `… webcastNote: A badge is required`): a capitalized word and a colon
/// right after a lower-case letter.
fn glued_field(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    memchr::memchr_iter(b':', b).find_map(|colon| {
        let word = b[..colon]
            .iter()
            .rposition(|c| !c.is_ascii_alphabetic())
            .map_or(0, |k| k + 1);
        let label = &b[word..colon];
        let capital = label
            .iter()
            .rposition(u8::is_ascii_uppercase)
            .filter(|&k| k > 0 && label[k - 1].is_ascii_lowercase())?;
        label[capital + 1..]
            .iter()
            .all(u8::is_ascii_lowercase)
            .then_some(word + capital)
    })
}

/// The fewest words of an agenda item's first sentence read as its name.
const MIN_TOLD_TITLE_WORDS: usize = 3;

/// The title as the contract wants it: without organizer parenthesis, link
/// text and separators; whitespace folded.
fn clean_title(raw: &str) -> String {
    // `• Launch of the report`: the list's mark is no part of the name.
    let mut t = segment::list_item(raw).unwrap_or(raw).to_string();
    if let Some((r, _)) = org::find_org_paren(&t) {
        // `Digital Conference (organizer: UNEP) - virtual`: a place or a
        // note after the organizers is no part of the name.
        if org::note_after_org_paren(&t, r.clone()).is_some() {
            t.truncate(r.start);
        } else {
            t.replace_range(r, " ");
        }
    }
    let is_separator = |c: char| c == ' ' || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '|');
    // `Webinar on oceans »`: a link's arrow after the name; `Digital Day
    // *`: a footnote's mark.
    let mut t = t
        .trim_end_matches(['»', '›', '→', '*'])
        .trim_end_matches(is_separator);
    // `Opening of the session | N/a`: a table's empty cell after the name.
    let cut = t.len().saturating_sub(" n/a".len());
    if t.get(cut..)
        .is_some_and(|cell| cell.eq_ignore_ascii_case(" n/a"))
    {
        t = t[..cut].trim_end_matches(is_separator);
    }
    // Trailing parentheses or brackets of link text (`(click here)`,
    // `(listen )`, `[webcast]`), of organizers (`(organized by UN-Habitat)`)
    // or of a schedule's note on who takes part (`[Secretary-General will
    // make remarks]`).
    while let Some(open) = trailing_paren(t).filter(|&open| {
        segment::is_link_trailer(&t[open..])
            || org::opens_with_org_phrase(t[open + 1..].trim_start())
            || t[open..].starts_with('[') && t[open..].contains(" will ")
    }) {
        t = t[..open].trim_end_matches(is_separator);
    }
    // `… (organizer: DPGA) - Register here`: a link after a dash or bar,
    // looked for only in a link's length at the end.
    // A byte search: `–` and `—` both start with 0xE2.
    let tail = t.len().saturating_sub(MAX_LINK_BYTES);
    if let Some(k) = memchr::memrchr3(b'-', b'|', 0xE2, &t.as_bytes()[tail..]).map(|k| tail + k)
        && t[..k].ends_with(' ')
        && let Some(dash) = t[k..]
            .chars()
            .next()
            .filter(|c| matches!(c, '-' | '–' | '—' | '|'))
        && segment::is_call_to_action(t[k + dash.len_utf8()..].trim())
    {
        t = t[..k].trim_end_matches(is_separator);
    }
    // `Webinar on oceans: Register now`: a link after a colon, in the
    // name's last bytes.
    let tail = crate::text::floor_boundary(t, t.len().saturating_sub(MAX_LINK_BYTES));
    if let Some(k) = memchr::memrchr(b':', &t.as_bytes()[tail..]).map(|k| tail + k)
        && t[k + 1..].starts_with(' ')
        && segment::is_call_to_action(&t[k + 2..])
    {
        t = t[..k].trim_end_matches(is_separator);
    }
    // `Open data webinar – POSTPONED`, `… (cancelled)`: a note on the
    // happening's status, no part of its name (looked for in the last
    // bytes, where such a note stands).
    // Such notes end in `…ed`, `…change` or a bracket: other titles skip
    // the search.
    let tail = crate::text::floor_boundary(t, t.len().saturating_sub(MAX_STATUS_BYTES));
    if t.ends_with(['d', 'D', 'e', 'E', ')'])
        && let Some(k) = memchr::memchr_iter(b' ', &t.as_bytes()[tail..])
            .map(|k| tail + k)
            .find(|&k| t[k + 1..].starts_with(['-', '–', '|', '(']) && segment::is_status(&t[k..]))
    {
        t = t[..k].trim_end_matches(is_separator);
    }
    // `Secretary-General's remarks at the Summit [as delivered]`: the
    // text's note, no part of the name.
    if t.ends_with([']', ')'])
        && let Some(k) = memchr::memrchr2(b'[', b'(', t.as_bytes())
        && segment::is_delivery_note(&t[k + 1..t.len() - 1])
    {
        t = t[..k].trim_end_matches(is_separator);
    }
    if let Some(end) = org::trailing_org_clause(t) {
        t = &t[..end];
    }
    // `Noon Briefing by the Spokesperson … Guest (virtual): Angeli
    // Achrekar, …`: a media alert's guest field run into the name.
    if let Some(end) = guest_field(t) {
        t = t[..end].trim_end_matches(is_separator);
    }
    // `Webinar | Youth and peacebuilding`: a cell of the item's kind first.
    // Found by its bar (a char): a string pattern builds a searcher.
    if let Some(bar) = t.find('|')
        && let (Some(kind), Some(name)) =
            (t[..bar].strip_suffix(' '), t[bar + 1..].strip_prefix(' '))
        && segment::is_type_cell(kind)
    {
        t = name;
    }
    // `Previous: Statement on AI governance`: a pager's link names the item;
    // `Save the date: High-level meeting …`, `SAVE THE DATE – …`, `Upcoming:
    // …`, `Press release: …`, `Invitation: …`: a notice's label stands
    // before the name.
    // Asked only of titles that start as such a label does: a string
    // pattern builds a searcher.
    if t.starts_with([
        'P', 'p', 'N', 'n', 'S', 's', 'U', 'u', 'F', 'f', 'M', 'm', 'C', 'c', 'R', 'r', 'I', 'i',
    ]) && let Some(name) = LEAD_LABELS.iter().find_map(|l| {
        // Only the labels with the title's first letter are compared.
        if l.as_bytes()[0] != t.as_bytes()[0].to_ascii_lowercase() {
            return None;
        }
        let rest = t
            .get(l.len()..)
            .filter(|_| t[..l.len()].eq_ignore_ascii_case(l))?;
        [": ", " – ", " - "]
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
    }) {
        t = name;
    }
    // `Conference Room 12, Side Event on "…"`: the room a field gave first,
    // no part of the name.
    if let Some(name) = after_room(t) {
        t = name;
    }
    // `WEBCAST OCT 19-21 – High-level Meeting …`: a kicker in capitals and
    // the days before a dash, no part of the name.
    if let Some(name) = after_kicker_and_days(t) {
        t = name;
    }
    // `UN Photo/Eskinder Debebe Caribbean Leaders Discuss …`: a picture's
    // credit run into the headline below it.
    if let Some(name) = after_photo_credit(t) {
        t = name;
    }
    // `1. WSIS+20: Reclaiming …`: a numbered list's item, its number no
    // part of its name.
    if list_number(t).is_some()
        && let Some((_, name)) = t.split_once(". ")
    {
        t = name;
    }
    // `(ii) Realizing the right …`, `b) Roundtable …`: a list's mark (once
    // more where a page repeats it: `(iii) (iii) …`).
    for _ in 0..2 {
        if let Some(n) = segment::item_mark(t) {
            t = &t[n..];
        }
    }
    fold_ws(unquoted(t))
}

/// The longest room number or code read after `Room` (`XXIV`, `12`).
const MAX_ROOM_CODE: usize = 5;

/// The name after a room and a comma (`Conference Room 12, `, `Room XXI, `).
fn after_room(t: &str) -> Option<&str> {
    if !t.starts_with(['C', 'R']) {
        return None;
    }
    let (room, name) = t.split_once(", ")?;
    // `Room 12`, `Room XXI`, `Room A`: a room's number or letters after it.
    let words: Vec<&str> = room.split(' ').collect();
    let names_room = words.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case("room")
            && w[1].len() <= MAX_ROOM_CODE
            && w[1]
                .bytes()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    });
    (names_room
        && places::only_places(room)
        && name.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“'))
    .then_some(name)
}

/// The name after `WEBCAST OCT 19-21 – ` (a word in capitals, a date, a
/// dash).
fn after_kicker_and_days(t: &str) -> Option<&str> {
    // The kicker's space is looked for in its longest length only.
    let head = &t.as_bytes()[..t.len().min(MAX_KICKER_BYTES + 1)];
    let space = memchr::memchr(b' ', head)?;
    if space < MIN_KICKER_BYTES || !head[..space].iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let (after, _) = parse::when(&t[space + 1..]).ok()?;
    [" – ", " - ", " — "]
        .iter()
        .find_map(|dash| after.strip_prefix(dash))
        .filter(|name| !name.is_empty())
}

/// The headline after a picture's credit run into it: `UN Photo/` or
/// `Photos by IISD/ENB | `, then the photographer's first and last names
/// (`Eskinder Debebe`, `Kiara Worth`).
fn after_photo_credit(t: &str) -> Option<&str> {
    if !t.starts_with(['U', 'P']) {
        return None;
    }
    let named = t.strip_prefix("UN Photo/").or_else(|| {
        let by = t
            .strip_prefix("Photos by ")
            .or_else(|| t.strip_prefix("Photo by "))?;
        Some(by.split_once(" | ")?.1)
    })?;
    let mut words = named.splitn(3, ' ');
    let capitalized = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let (first, last, headline) = (words.next()?, words.next()?, words.next()?);
    (capitalized(first) && capitalized(last) && capitalized(headline)).then_some(headline)
}

/// The lengths of a kicker word before a title's days (`LIVE`, `WEBCAST`).
const MIN_KICKER_BYTES: usize = 3;
const MAX_KICKER_BYTES: usize = 10;

/// `"Women in STEM"`, `“Financing for equality”`: a name quoted whole, its
/// quotes left out (`"AI" and "data"` quotes two words of it, kept).
fn unquoted(t: &str) -> &str {
    // Most names end otherwise: one test passes them.
    if !t.ends_with(['"', '”', '’']) {
        return t;
    }
    [('"', '"'), ('“', '”'), ('‘', '’')]
        .iter()
        .find_map(|&(open, close)| {
            let inner = t.strip_prefix(open)?.strip_suffix(close)?;
            (!inner.contains([open, close]) && !inner.trim().is_empty()).then_some(inner)
        })
        .unwrap_or(t)
}

/// No link text after a title's dash (`Register here`, `Watch the
/// recording`) is longer.
const MAX_LINK_BYTES: usize = 32;

/// Labels before an item's name: of the links to the items before and after
/// a page's own, and of a notice.
/// The longest status note after a title (` – (subject to change)`).
const MAX_STATUS_BYTES: usize = 24;

const LEAD_LABELS: &[&str] = &[
    "press release",
    "news release",
    "media advisory",
    "media alert",
    "media invite",
    "media invitation",
    "invitation",
    "save the date",
    "mark your calendar",
    "mark your calendars",
    "upcoming",
    "upcoming event",
    "forthcoming",
    "previous",
    "next",
    "previous event",
    "next event",
    "previous story",
    "next story",
    "previous article",
    "next article",
    // `POSTPONED: Open data webinar`: the happening's status.
    "postponed",
    "cancelled",
    "canceled",
    "rescheduled",
];

/// Byte offset of the `(` or `[` that opens a parenthesis or bracket
/// closing at the end of `t` (`[webcast]`).
/// `Third meeting (virtual)`: a way to attend in brackets closing a name.
fn way_in_brackets(name: &str) -> Option<String> {
    let name = name.trim_end();
    let open = trailing_paren(name)?;
    let inner = name[open + 1..name.len() - 1].trim();
    places::is_way_to_attend(inner).then(|| inner.to_string())
}

fn trailing_paren(t: &str) -> Option<usize> {
    let (open, close) = match t.as_bytes().last() {
        Some(b')') => ('(', ')'),
        Some(b']') => ('[', ']'),
        _ => return None,
    };
    let mut depth = 0;
    for (k, c) in t.char_indices().rev() {
        match c {
            c if c == close => depth += 1,
            c if c == open => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// The date an announcement sentence gives, the span of its date (and time)
/// text, and a dateline's place.
struct Announcement {
    when: When,
    text_span: Range<usize>,
    sentence: Range<usize>,
    place: Option<String>,
}

/// What stands before a dateline's date: nothing, or a place and a comma
/// (`New York, 4 March 2024 –`) or an opening parenthesis (`GENEVA (4 March
/// 2024) –`).
static DATELINE_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    // A city of up to four words, or cities joined by slashes for a joint
    // release (`GENEVA/NEW YORK`, `GENEVA / NAIROBI`), maybe with its country (`NAIROBI,
    // Kenya,`) or its agency (`GENEVA (ITU),`). A particle in lower case may
    // join the city's words (`Rio de Janeiro`, `Dar es Salaam`, `Ciudad de
    // México`).
    // The pattern stays small: it runs with captures, whose engine costs
    // grow with its size.
    Regex::new(r"^(?:([A-Z][\p{L}'’./\-]*(?: (?:(?:de|es|da|do|del|/) )?[A-Z][\p{L}'’./\-]*){0,3}(?:, [A-Z][\p{L}'’.\-]*(?: [A-Z][\p{L}'’.\-]*){0,2})?)(?: \([A-Z][A-Za-z-]{1,15}\))?(, | \(| [-–—] ))?$")
        .expect("valid regex")
});
/// `Geneva – 16 September 2024 – …`: before a dash, a dateline's city is
/// one the gazetteer knows, a shouted one (`Human Rights Day – …` is a
/// name) or any town in a known country (`Chengdu, China – …`, `Chengdu
/// (China) – …`). Other separators hold any city.
fn known_city_before_dash(c: &regex::Captures) -> bool {
    let dashed = c
        .get(2)
        .is_some_and(|g| g.as_str().len() > 2 && g.as_str().ends_with(' '));
    let in_country = || {
        let bracketed = c.get(0).and_then(|m| {
            let (_, inner) = m.as_str().split_once(" (")?;
            inner.split_once(')').map(|(country, _)| country)
        });
        let after_comma = c
            .get(1)
            .and_then(|p| p.as_str().rsplit_once(", "))
            .map(|(_, country)| country);
        bracketed.or(after_comma).is_some_and(places::is_country)
    };
    !dashed
        || c.get(1).is_some_and(|p| {
            places::is_place(p.as_str()) || !p.as_str().contains(char::is_lowercase)
        })
        || in_country()
}

/// The city after a dateline's date (`29 April 2024, New York – …`), maybe
/// with its country (`3 March 2021, Geneva, Switzerland - …`), then the
/// dash or colon.
// Two towns may share the dateline (`11-13 November 2019, Madrid & Malaga,
// Spain – UNITAR convened …`).
static DATELINE_TOWN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^, ([A-Z][\p{L}'’./\-]*(?: [A-Z][\p{L}'’./\-]*){0,3}",
        r"(?: (?:&|and) [A-Z][\p{L}'’./\-]*(?: [A-Z][\p{L}'’./\-]*){0,2})?",
        r"(?:, [A-Z][\p{L}'’.\-]*(?: [A-Z][\p{L}'’.\-]*){0,2})?) ?[-–—|:] ",
    ))
    .expect("valid regex")
});
/// What follows a dateline's date: a parenthesis (closing the one before the
/// date, or naming a source: `(UN News)`, or a UN press release's office at
/// length: `(Department of Economic and Social Affairs)`) or a wire's name
/// between slashes (`/PRNewswire/`), then a dash or colon. A long source is
/// read in Latin letters: a class of every character, repeated 90 times,
/// builds a large automaton.
static DATELINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:\)|\s*\((?:[^()]{1,40}|[A-Za-z ,.&'’\-]{41,90})\)|\s+/[A-Za-z][A-Za-z -]{1,30}/)?",
        r"\s*[-–—|:]"
    ))
    .expect("valid regex")
});
/// Words before a date that say the sentence announces a happening.
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(concat!(
        r"(?-u:\b)(?:(?:co-|jointly )?(?:hosted|organi[sz]ed|convened|led) by|",
        r"[Hh]eld|[Hh]olds|[Hh]osts?|[Hh]osted|[Cc]onven(?:es|ed)|[Oo]rgani[sz](?:es|ed)|",
        // `… has decided to convene a one-day High-level Thematic Debate …`.
        r"(?:decided|decides|agreed|agrees|plans) to (?:convene|host|hold|organi[sz]e) |",
        r"(?:is|are|will be) (?:convening|organi[sz]ing|hosting|co-hosting|holding|launching)|",
        r"(?:[Ii]nvites?|[Ii]nviting) (?:you |all )?to|",
        // `UNOOSA invites interested individuals to register for its …
        // Symposium, …, between 12 – 14 September 2023`.
        r"[Ii]nvites? (?:[^ ]+ ){{1,3}}to (?:register for|attend|join|participate in)|",
        // A media advisory's `News media are invited to attend the launch …`.
        r"invited to (?:attend|join|participate|cover)|",
        // `… will beheld on the 22 – 23 June 2020`: a common typo.
        r"takes? place|took place|[Tt]aking place|happen(?:s|ing) on|(?:is|are|was|were) set for|[Ss]cheduled (?:for|on)|(?:will|would|is to|are to) (?:be in|beheld|open|meet|gather|convene|launch|hold|celebrate|commemorate|mark|observe|address|speak|brief|deliver|attend|travel|visit|participate|present|run|begin|start|be streamed)|",
        // `INDONESIA is ready to hold a … Forum … on 1-3 September 2024`.
        r"(?:expected|scheduled|set|due|planned|ready|poised) to (?:begin|start|run|convene|meet|open|hold|host)|runs|ran|streamed live|delivers|[Dd]elivered|",
        r"address(?:es|ed)|brief(?:s|ed)|[Ll]aunch(?:es|ed)|present(?:s|ed)|open(?:s|ed)|kick(?:s|ed)? off|",
        // A participle may open the sentence: `Celebrated annually on October 24, …`.
        r"[Cc]elebrat(?:es|ed)|[Cc]ommemorat(?:es|ed)|gather(?:s|ed)|met|webcast|livestreamed|",
        r"attend(?:s|ed)|participat(?:es|ed) in|spoke|speaks|visit(?:s|ed)|travel(?:s|led|ed|ling|ing) to|",
        r"(?:took|takes?) part in|br(?:ought|ings?) (?:[^ ,.]+ ){{0,5}}together|[Ii]naugurat(?:es|ed)|conclude[sd]|",
        // A timeline's steps: `The zero draft was released on 1 April 2024.`,
        // `… report, set to be released on 18 May 2022, …`.
        r"(?:was|were|will be|to be) (?:adopted|released|signed|launched)|",
        // `UNDP will on November 8 roll out a programme`: the verb after the day.
        r"(?:will|would) on|",
        r"(?:{happenings})s? on|",
        // `Get live updates on the upcoming UNESCO World Conference … from
        // 28 to 30 September 2022`.
        r"[Uu]pcoming|[Ff]orthcoming|",
        r"[Jj]oin us|[Ss]ave the date)(?-u:\b)"
    ), happenings = HAPPENINGS))
    .expect("valid regex")
});

/// The verbs of [`CUE`] in French and Spanish (`se tiendra le 12 juin`,
/// `tendrá lugar del 12 al 14 de junio`). Their last letters may be
/// accented, so no ASCII word boundary closes them.
static ROMANCE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?:se tiendr(?:a|ont)|aur(?:a|ont) lieu|(?:a|ont) eu lieu|s['’]est (?:tenue?s?|déroulée?s?)|",
        r"se (?:déroulera|tient|réunira)|accueill(?:e|era)|lancer?a|a lancé|organis(?:e|era)|",
        r"se (?:celebrar[áa]|celebr[óo]|realizar[áa]|realiz[óo]|reunir[áa])|se llev(?:ar[áa]|[óo]) a cabo|",
        r"tendr[áa] lugar|tuvo lugar|organiza(?:r[áa])?|inaugur(?:a|ar[áa]|[óo]))\s",
    ))
    .expect("valid regex")
});

/// `… in accordance with General Assembly resolution 32/40 B, of 2 December
/// 1977`, `a letter dated 5 May 2024`: the date of a document the sentence
/// cites, no happening's, whatever verb came before.
fn is_document_date(before: &str) -> bool {
    const DOCUMENTS: [&str; 5] = ["resolution", "decision", "letter", "note", "report"];
    let mut words = before.trim_end().trim_end_matches(',').rsplit(' ');
    match words.next() {
        Some("dated") => true,
        Some("of") => words
            .take(4)
            .any(|w| DOCUMENTS.iter().any(|d| w.eq_ignore_ascii_case(d))),
        _ => false,
    }
}

/// `Registration will open on Tuesday 9 May`, `Onsite registration for
/// EC-69 will take place …`: a sentence on signing up, whose day is a desk's,
/// no happening's.
fn tells_of_registration(sentence: &str) -> bool {
    sentence.split(' ').take(2).any(|w| {
        let w = w
            .strip_prefix("pre-")
            .or_else(|| w.strip_prefix("Pre-"))
            .unwrap_or(w);
        w.eq_ignore_ascii_case("registration") || w.eq_ignore_ascii_case("accreditation")
    })
}

/// Rule 4: a dateline (`New York, 4 March 2024 - …`) or a date announced by
/// `On …,`, `held … on …`, `will be presented … on …`, `hosted by X, …` in the
/// first or second sentence.
/// `Side events may take place during the week of the session (29 April –
/// 3 May 2024)`: a happening that may be held, on days allowed, is no
/// happening announced.
fn may_happen(before: &str) -> bool {
    static MAYBE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:may|might|could|can) (?:also )?(?:take place|be (?:held|organi[sz]ed|scheduled))(?-u:\b)")
            .expect("valid regex")
    });
    MAYBE.is_match(before)
}

/// `This side event, taking place ahead of the High-Level Meeting of the
/// General Assembly on 16–17 December, will …`: the days of the happening
/// that the announced one comes before, not its own. A verb after that
/// happening's name tells of the announced one again (`The briefing ahead
/// of the Council's meeting of 5 October will take place on 4 October`).
fn dates_another(before: &str) -> bool {
    const AHEAD: [&str; 4] = [
        " ahead of ",
        " prior to ",
        " in preparation for ",
        " in the run-up to ",
    ];
    const VERBS: [&str; 6] = [" will ", " takes ", " take ", " held ", " is ", " are "];
    let find = |hay: &str, needle: &str| memchr::memmem::find(hay.as_bytes(), needle.as_bytes());
    AHEAD
        .iter()
        .filter_map(|a| find(before, a).map(|k| k + a.len()))
        .max()
        .is_some_and(|k| !VERBS.iter().any(|v| find(&before[k..], v).is_some()))
}

/// `A summary of upcoming events, seminars and other activities throughout
/// ESCAP for 1-15 October 2014.`: the days of a digest of many happenings,
/// none of them announced.
fn lists_happenings(before: &str) -> bool {
    static DIGEST: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:upcoming|forthcoming) (?:events|meetings|activities|sessions|webinars)(?-u:\b)")
            .expect("valid regex")
    });
    DIGEST.is_match(before)
}

fn announcement(paragraph: &str) -> Option<Announcement> {
    if is_numbered_paragraph(paragraph) {
        return None;
    }
    let window = &paragraph[..floor_boundary(paragraph, ANNOUNCEMENT_WINDOW)];
    sentences(window).into_iter().take(2).find_map(|sr| {
        let s = &window[sr.clone()];
        if tells_of_registration(s) {
            return None;
        }
        let dates = parse::find_all_when(s);
        let at = |r: &Range<usize>| sr.start + r.start..sr.start + r.end;
        let announced = || {
            dates.iter().find(|(r, _)| {
                let before = &s[..r.start];
                // `… who will attend must register by 5 June 2024`: a deadline.
                let deadline = ["by", "before", "until", "till"]
                    .contains(&before.trim_end().rsplit(' ').next().unwrap_or(""));
                // `On 10 May 2024, …`, `On the 10th and 11th of June 2019,
                // …` and `From 27 to 29 May 2024, …`: the sentence opens with
                // its date.
                // French `Le 10 mai 2024, …` and Spanish `El 10 de mayo de
                // 2024, …` too.
                matches!(before.trim(), "On" | "On the" | "Le" | "El")
                    || (before.trim().is_empty() && s[r.end..].starts_with(", "))
                    || ((CUE.is_match(before) || ROMANCE_CUE.is_match(before))
                        && !deadline
                        && !is_document_date(before)
                        && !may_happen(before)
                        && !lists_happenings(before)
                        && !dates_another(before))
                    // `The upcoming WSIS Forum (10-14 May 2010, Geneva)
                    // will …`: the happening's name, its date in brackets.
                    || before
                        .strip_suffix(" (")
                        .is_some_and(|name| ends_in_happening(name).is_some() && !may_happen(name))
                    // `Join the Geneva Internet Platform, online, on Tuesday,
                    // 23rd June 2020, at 13:00 …`: an invitation to join.
                    || before.starts_with("Join ")
                    // `The United Nations Open Source Week 2025, scheduled
                    // from June 16 to 20 in New York, will …`: the days
                    // right after the sentence's subject (not another
                    // happening's, named further on: `…, ahead of CSW68
                    // scheduled from …`).
                    || before
                        .strip_suffix(", scheduled ")
                        .is_some_and(|subject| !subject.contains(','))
            })
        };
        // `NEW YORK, 5 March (UN News) – The Council will hold a debate on
        // 12 March 2024`: a dateline with no year yields to the happening
        // the sentence dates in full.
        // So does a release's own day, when the sentence announces a later
        // day with its hours, or one that something `will` happen on, and
        // tells of nothing done today (`NEW YORK (October 10, 2012) – The
        // Assembly announces a Panel, to be held … on Tuesday, 16 October
        // 2012, from 10:00 AM – 1:00 PM.`, `Lagos, April 29, 2024 – The
        // Expert Mechanism … will hold its ninth session on 1 and 2 May
        // 2024 …`).
        // `VIENNA, 20 January (UN Information Service) — A session … will
        // be held on the afternoon of 23 January`: a day with no year is in
        // the release's year or the next, so any other day is later.
        let later = |a: &DayMonth, w: &DayMonth| match a.year {
            Some(_) => a.date() > w.date(),
            None => (a.month, a.day) != (w.month, w.day),
        };
        let later_announced = |w: &When| {
            announced().is_some_and(|(r, a)| {
                later(&a.date.start, &w.date.start)
                    && (a.time.is_some()
                        || memchr::memmem::find(&s.as_bytes()[..r.start], b" will ").is_some()
                        || parse::find_time(s, std::slice::from_ref(r)).is_some())
            }) && !contains_ignore_ascii_case(s, "today")
        };
        let yields = |w: &When| {
            (w.date.start.year.is_none()
                && announced().is_some_and(|(_, a)| a.date.start.year.is_some()))
                || later_announced(w)
        };
        // `NEW YORK, 1 July (UN Headquarters) -- The following is a
        // tentative list of United Nations meetings …`: a release that
        // introduces a list has no happening of its own.
        if let Some((r, w)) = dates.first()
            && let Some(place) = dateline(s, r)
            && !yields(w)
            && memchr::memmem::find(s.as_bytes(), b"ollowing is a").is_none()
        {
            return Some(Announcement {
                when: w.clone(),
                text_span: at(r),
                sentence: sr.clone(),
                place,
            });
        }
        let (r, mut when) = announced()?.clone();
        let mut span = r.clone();
        if when.time.is_none()
            && let Some(TimeChain {
                span: ts,
                time,
                zone,
            }) = parse::find_time(s, std::slice::from_ref(&r))
        {
            span = span.start.min(ts.start)..span.end.max(ts.end);
            when.time = Some(time);
            when.zone = when.zone.or(zone);
        }
        // `10 June 2025, 10:00–13:00 and 11 June 2025, 14:00–17:00 CEST`;
        // `It will start on Monday, 19 June at 3:00 p.m and end on
        // Wednesday, 21 June 2023 at 6 p.m.`
        const THROUGH: [&str; 6] = [
            " and ",
            " and end on ",
            " and ends on ",
            " and will end on ",
            " and close on ",
            " and closes on ",
        ];
        if let Some((r2, last)) = dates.iter().find(|(r2, _)| r2.start >= span.end)
            && THROUGH.contains(&&s[span.end..r2.start])
            && last.date.start.year.is_some()
        {
            when.through(last);
            span.end = r2.end;
        }
        // `… opened on February 24, 2025, in Geneva. This session is
        // scheduled to run until April 4, 2025.`: the last day said apart.
        if when.date.start == when.date.end
            && let Some(last) = run_until(&window[sr.start..], when.date.start)
        {
            when.date.end = last;
        }
        // `… the Summit, 30 May 2024, Geneva.`: a place ends the sentence,
        // or the parenthesis that holds the date (`the Forum (10-14 May
        // 2010, Geneva, Switzerland) will …`).
        // Not past another day the sentence names: `… held the final
        // briefing on the hearings, which will take place on 8-9 May, 2023
        // in New York` places the hearings.
        let end = if s[..span.start].ends_with('(') {
            s[span.end..].find(')').map_or(s.len(), |k| span.end + k)
        } else {
            dates
                .iter()
                .find(|(r, _)| r.start >= span.end)
                .map_or(s.len(), |(r, _)| r.start)
        };
        Some(Announcement {
            place: segment::place_after(s, span.end..end).map(|p| s[p].to_string()),
            when,
            text_span: at(&span),
            sentence: sr,
        })
    })
}

/// The announcement's sentence up to another day it names after the
/// announced one: a place further on is that day's (`… held the final
/// briefing on the hearings, which will take place on 8-9 May, 2023 in New
/// York`).
fn before_other_day<'s>(sentence: &'s str, a: &Announcement) -> &'s str {
    let own = a.text_span.end.saturating_sub(a.sentence.start);
    let cut = parse::find_when(sentence, own).map_or(sentence.len(), |(r, _)| r.start);
    &sentence[..cut]
}

/// `What are the needs …? Join the Geneva Internet Platform, online, on
/// Tuesday, 23rd June 2020, at 13:00 – 15:00 CEST …`: a sentence that
/// invites to join, wherever it stands in the paragraph, read as an
/// announcement.
fn invitation_to_join(paragraph: &str) -> Option<Announcement> {
    // Most paragraphs hold no such sentence and skip the split.
    memchr::memmem::find(paragraph.as_bytes(), b"Join ")?;
    let window = &paragraph[..floor_boundary(paragraph, ANNOUNCEMENT_WINDOW)];
    let start = sentences(window)
        .into_iter()
        .find(|r| window[r.clone()].starts_with("Join "))?
        .start;
    let a = announcement(&window[start..])?;
    let shift = |r: Range<usize>| start + r.start..start + r.end;
    Some(Announcement {
        text_span: shift(a.text_span),
        sentence: shift(a.sentence),
        ..a
    })
}

/// `… will run until 4 April 2025`, `… continues until Friday, 7 June`,
/// in the first two sentences of `text`: the last day of a happening that
/// began on `first`, within [`MAX_DURATION_DAYS`] of it.
fn run_until(text: &str, first: DayMonth) -> Option<DayMonth> {
    static UNTIL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:run|runs|continue|continues|last|lasts) (?:until|till|through) ")
            .expect("valid regex")
    });
    // The sentences are parted only when the words are there.
    let m = UNTIL
        .find(text)
        .filter(|m| m.end() <= opening(text, 2).len())?;
    let (_, w) = parse::when(&text[m.end()..]).ok()?;
    let last = DayMonth {
        year: w.date.end.year.or(first.year),
        ..w.date.end
    };
    let span = (last.date()? - first.date()?).num_days();
    (1..=i64::from(MAX_DURATION_DAYS))
        .contains(&span)
        .then_some(last)
}

/// A headline dated by its own line, then the release's first paragraph
/// opening with its dateline: of the same day (`GENEVA (5 June 2025) – UN
/// experts today …`, see [`same_day_announcement`]), or with no date (`New York – UNDP today launched …`,
/// a city the gazetteer knows). The dateline's city says where.
fn dateline_city(first: &Line, same_day: Option<&Announcement>) -> Option<String> {
    if let Some(place) = same_day.and_then(|a| a.place.clone()) {
        return Some(place);
    }
    undated_dateline(&first.text)
}

/// `New York – UNDP today launched …`, `GENEVA (ILO News) – The …`: the
/// city of a release's dateline with no date (the agency in brackets left
/// out), one the gazetteer knows.
fn undated_dateline(text: &str) -> Option<String> {
    let (city, rest) = segment::DASHES
        .iter()
        .filter_map(|d| text.split_once(d))
        .min_by_key(|(city, _)| city.len())?;
    // A date in the brackets dates the dateline: another rule's.
    let city = city
        .strip_suffix(')')
        .and_then(|c| c.split_once(" ("))
        .filter(|(_, agency)| !agency.bytes().any(|b| b.is_ascii_digit()))
        .map_or(city, |(c, _)| c);
    let city = unshout_place(city);
    (city.len() <= MAX_DATELINE_CITY
        && rest.starts_with(char::is_uppercase)
        && places::is_place(&city))
    .then_some(city)
}

/// The paragraphs read for an announcement of the date line's day: an
/// overview may open with what the happening is.
const MAX_SAME_DAY_PARAGRAPHS: usize = 2;

/// The announcement of the day a date line gives in the first paragraphs
/// (`2024 ECOSOC Partnership Forum`, `30 January 2024`, then `The Forum
/// was held on 30 January 2024 at UN Headquarters in New York.`), with its
/// paragraph: read once for its dateline's city and its venue.
fn same_day_announcement<'l, 'a: 'l>(
    paragraphs: impl Iterator<Item = &'l Line<'a>>,
    when: &When,
) -> Option<(&'l Line<'a>, Announcement)> {
    // Most paragraphs name no day of their own: a byte search for the day's
    // digits settles them before the sentences are read.
    let day = when.date.start.day;
    let digits = [b'0' + (day / 10) as u8, b'0' + (day % 10) as u8];
    let digits = if day < 10 { &digits[1..] } else { &digits[..] };
    paragraphs.take(MAX_SAME_DAY_PARAGRAPHS).find_map(|p| {
        let window = &p.text[..floor_boundary(&p.text, ANNOUNCEMENT_WINDOW)];
        memchr::memmem::find(window.as_bytes(), digits)?;
        let a = announcement(&p.text).filter(|a| a.when.date.start.same_day(when.date.start))?;
        Some((p, a))
    })
}

/// The longest city a dateline opens with (`Sharm el-Sheikh`).
const MAX_DATELINE_CITY: usize = 32;

/// `1. On 22 September 2024, the General Assembly adopted …`: a report's
/// numbered paragraph tells what happened, it announces no happening of the
/// section's heading (`I. Introduction`).
fn is_numbered_paragraph(paragraph: &str) -> bool {
    let digits = paragraph.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && paragraph[digits..].starts_with(". ")
}

/// The date at `r` is the dateline of sentence `s` (`New York, 4 March 2024
/// – …`, `29 April 2024, New York – …`, `GENEVA (4 March 2024) – …`, `(New
/// York, 5 June 2025) – …`): the city it names, if any.
fn dateline(s: &str, r: &Range<usize>) -> Option<Option<String>> {
    // A release's text opens as a sentence does (`12 March 2024 – the
    // report was published.` is a list's item).
    let opens_text = |text: &str| !text.trim_start().starts_with(char::is_lowercase);
    let city = |c: &regex::Captures| c.get(1).map(|p| unshout_place(p.as_str()));
    let after = &s[r.end..];
    if r.start == 0
        && let Some(c) = DATELINE_TOWN_AFTER.captures(after)
        && opens_text(&after[c.get(0)?.end()..])
    {
        return Some(city(&c));
    }
    // `[Geneva, 28 September 2015] The GIP …`: the whole dateline in
    // brackets, which part it from the text.
    if let Some(inside) = s[..r.start].strip_prefix('[')
        && let Some(text) = after.strip_prefix("] ")
        && let Some(c) = DATELINE_PLACE.captures(inside)
        && c.get(2).is_some_and(|g| g.as_str() == ", ")
        && opens_text(text)
    {
        return Some(city(&c));
    }
    if let Some(place) = stopped_dateline(s, r) {
        return Some(Some(unshout_place(place)));
    }
    // `(New York, 5 June 2025) – …`: the whole dateline in parentheses.
    let before = without_source_tag(&s[..r.start]);
    // `NEW YORK (UN News) 4 March 2024 – …`: the source's name between the
    // city and the date; the city one the gazetteer knows, in capitals or
    // not.
    if let Some((city, _)) = before
        .strip_suffix(") ")
        .and_then(|b| b.rsplit_once(" ("))
        .filter(|(_, source)| {
            source.len() <= MAX_SOURCE_BYTES
                && source.starts_with(|c: char| c.is_ascii_uppercase())
                && source.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')
        })
    {
        let sep = DATELINE_AFTER.find(after)?;
        let city = unshout_place(city);
        return (opens_text(&after[sep.end()..]) && places::is_place(&city)).then_some(Some(city));
    }
    let (before, wrapped) = before
        .strip_prefix('(')
        .map_or((before, false), |b| (b, true));
    let c = DATELINE_PLACE.captures(before)?;
    let sep = DATELINE_AFTER.find(after)?;
    let opened = wrapped || c.get(2).is_some_and(|g| g.as_str() == " (");
    (opens_text(&after[sep.end()..])
        && opened == after.starts_with(')')
        && known_city_before_dash(&c))
    .then(|| city(&c))
}

/// The longest source named between a dateline's city and its date (`UN
/// Information Service`).
const MAX_SOURCE_BYTES: usize = 40;

/// `Geneva, Switzerland, 21 March 2017. Over 100 students …`, `Nairobi,
/// Kenya — 14 March 2024. The Envoy …`, `13 September
/// 2019; Geneva, Switzerland. ‘Many …`: a sentence of nothing but the date
/// and a place, ended by a stop instead of a dash. With no dash to tell it,
/// each part of the place is one the gazetteer knows. The place.
fn stopped_dateline<'s>(s: &'s str, r: &Range<usize>) -> Option<&'s str> {
    const MAX_PARTS: usize = 3;
    let after = s[r.end..].trim_end().strip_suffix('.')?;
    let place = if r.start == 0 {
        after
            .strip_prefix(", ")
            .or_else(|| after.strip_prefix("; "))?
    } else if after.is_empty() {
        // `Nairobi, Kenya — 14 March 2024. The Envoy …`: a dash may part
        // the place from the date.
        let before = &s[..r.start];
        std::iter::once(", ")
            .chain(segment::DASHES)
            .find_map(|sep| before.strip_suffix(sep))?
    } else {
        return None;
    };
    let mut parts = place.split(", ");
    (place.len() <= MAX_DATELINE_CITY * 2
        && parts.clone().count() <= MAX_PARTS
        && parts.all(places::is_place))
    .then_some(place)
}

/// `(MENAFN- Kuwait News Agency (KUNA)) GENEVA, ` without the syndicating
/// service's tag in brackets before the dateline.
fn without_source_tag(before: &str) -> &str {
    if !before.starts_with('(') {
        return before;
    }
    let mut depth = 0;
    for (k, c) in before.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 1 => {
                return before[k + 1..]
                    .strip_prefix(' ')
                    .filter(|rest| rest.starts_with(char::is_uppercase))
                    .unwrap_or(before);
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    before
}

/// The lines between a release's date and its headline: none but blank
/// lines, noise and up to two short tags (`Security Council`, `9647th
/// Meeting (AM)`).
fn is_release_head(between: &[Line]) -> bool {
    let tags = between.iter().filter(|l| l.kind == Kind::Title);
    between
        .iter()
        .all(|l| matches!(l.kind, Kind::Blank | Kind::Noise | Kind::Title))
        && tags.clone().count() <= 2
        && tags.clone().all(|l| l.text.len() <= MAX_TAG_BYTES)
}

/// The first sentence of `paragraph` tells what happened `today` (or
/// `tonight`, `this morning`: `The 64th session … began this morning in
/// Geneva`).
fn tells_today(paragraph: &str) -> bool {
    let first = opening(paragraph, 1);
    first.split(' ').any(|w| {
        matches!(
            w.trim_end_matches([',', '.', ';', ':']),
            "today" | "tonight"
        )
    }) || ["this morning", "this afternoon", "this evening"]
        .iter()
        .any(|p| memchr::memmem::find(first.as_bytes(), p.as_bytes()).is_some())
}

/// `… will hold an open debate today at 10 a.m. …` opening the text of a
/// single day's header with no hours: that day's hours.
fn time_told_today(d: &mut Draft, text: Option<&Line>) {
    if d.when.time.is_none()
        && d.when.date.start == d.when.date.end
        && let Some(t) = text.and_then(|l| hours_today(&l.text))
    {
        d.when.time = Some(t.time);
        d.when.zone = d.when.zone.take().or(t.zone);
    }
}

/// `The Council will hold an open debate today at 10 a.m.`, `… at 11:30
/// a.m. today`: the hours the first sentence gives beside its `today`.
fn hours_today(paragraph: &str) -> Option<TimeChain> {
    // Most texts never say `today`: a byte search settles them before the
    // sentences are parted.
    memchr::memmem::find(paragraph.as_bytes(), b" today")?;
    let first = opening(paragraph, 1);
    let today = memchr::memmem::find(first.as_bytes(), b" today")?;
    let t = parse::find_time(first, &[])?;
    // Beside the word: a few bytes apart, before or after it.
    const NEAR: usize = 24;
    let apart = if t.span.start > today {
        t.span.start - today
    } else {
        today.saturating_sub(t.span.end)
    };
    (apart <= NEAR).then_some(t)
}

/// `Following are the Secretary-General's remarks at the launch of the
/// report, in New York today:`: where the first sentence says it happened
/// `today`, a place the gazetteer knows.
fn place_of_today(paragraph: &str) -> Option<String> {
    let first = opening(paragraph, 1);
    let before = &first[..first.find(" today")?];
    let place = &before[before.rfind(" in ")? + 4..];
    places::is_place(place).then(|| place.to_string())
}

/// Sentence byte ranges: a stop, then a space, then an upper-case letter,
/// digit or quote; never after an abbreviation or an initial.
fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    for (k, c) in text.char_indices() {
        if !matches!(c, '.' | '!' | '?') || bytes.get(k + 1) != Some(&b' ') {
            continue;
        }
        let next = text[k + 2..].chars().next().unwrap_or(' ');
        if !(next.is_uppercase() || next.is_ascii_digit() || matches!(next, '"' | '“' | '‘' | '\''))
        {
            continue;
        }
        let word = text[start..k].rsplit(' ').next().unwrap_or("");
        if c == '.'
            && (crate::text::stops_no_sentence(word)
                || (segment::ends_in_meridiem(word) && zone::zone_name(&text[k + 2..]).is_ok()))
        {
            continue;
        }
        // `… Side Event "Preparing AI for the World. Preparing the World for
        // AI," organized …`: a stop in a quoted name ends no sentence, when
        // the quote closes soon after. Asked only where a sentence would end.
        if in_quote(&text[start..k]) && closes_quote(&text[k..]) {
            continue;
        }
        out.push(start..k + 1);
        start = k + 2;
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// A quote opened in the sentence so far and not closed.
fn in_quote(sentence: &str) -> bool {
    let straight = memchr::memchr_iter(b'"', sentence.as_bytes()).count() % 2 == 1;
    straight || sentence.rfind('“') > sentence.rfind('”')
}

/// A closing quote within a name's length of the text's start.
fn closes_quote(text: &str) -> bool {
    const MAX_QUOTED_TAIL: usize = 120;
    let window = &text[..crate::text::floor_boundary(text, MAX_QUOTED_TAIL)];
    window.contains(['"', '”'])
}

/// Lines and years of every date on the page that gives its year: the
/// fallback for a date without one.
fn written_years(lines: &[Line], drafts: &[Draft]) -> Vec<(usize, i32)> {
    let mut years: Vec<(usize, i32)> = lines
        .iter()
        .filter_map(|l| match &l.kind {
            Kind::DatedTitle(f) | Kind::Event(f) | Kind::DateOnly(f) => {
                f.when.date.start.year.map(|y| (l.no, y))
            }
            _ => None,
        })
        .chain(
            drafts
                .iter()
                .filter_map(|d| d.when.date.start.year.map(|y| (d.date_line, y))),
        )
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The year of the nearest dated header before `line`, else after it.
fn nearest_year(years: &[(usize, i32)], line: usize) -> Option<i32> {
    let k = years.partition_point(|&(l, _)| l < line);
    match k {
        0 => years.iter().find(|&&(l, _)| l > line),
        _ => years.get(k - 1),
    }
    .map(|&(_, y)| y)
}

/// The year a title names as its edition, when the page dates nothing
/// else: its last word (`Leaders Summit 2024`) or a word before a colon or
/// dash (`World Water Day 2025: Glacier Preservation`, `WSIS Forum 2025 –
/// Programme`); never `the 2030 Agenda`.
fn title_year(title: &str) -> Option<i32> {
    let words: Vec<&str> = title.split(' ').collect();
    let found = words.iter().enumerate().find_map(|(k, w)| {
        let next = words.get(k + 1);
        // `UN Open Source Week 2025. Part I: …`: a stop parts it as a colon does.
        let year = w
            .strip_suffix(':')
            .or_else(|| w.strip_suffix('.'))
            .filter(|_| next.is_some());
        // `2015 HLPF: …`, `2023 SDG Summit`: the year opening the name of
        // the happening it dates, as an acronym's (not `2030 Agenda`).
        let opens = k == 0 && next.is_some_and(|n| org::is_acronym(n.trim_end_matches(':')));
        let year = year
            .or((opens || next.is_none_or(|n| ["-", "–", "—", "|"].contains(n))).then_some(*w))?;
        let year = year.trim_start_matches('(').trim_end_matches(')');
        // `Towards 2015: Open Dialogue …`, `Vision 2021: What is …`: a
        // goal's year, not an edition's.
        let aims = k > 0
            && (YEAR_AIMS
                .iter()
                .any(|a| words[k - 1].eq_ignore_ascii_case(a))
                || GOAL_NAMES.contains(&words[k - 1]));
        (!aims && year.len() == 4 && (year.starts_with("19") || year.starts_with("20")))
            .then(|| year.parse().ok())
            .flatten()
    });
    // `UNCTAD eWeek 2023 kicks off …`: the year ending the headline's subject.
    found.or_else(|| headline_subject(title).and_then(title_year))
}

/// Names whose year is a goal's (`Agenda 2030`, `Vision 2030`, `Horizon
/// 2020`), not an edition's.
const GOAL_NAMES: [&str; 4] = ["Agenda", "Vision", "Horizon", "Strategy"];

/// Words before a year that make it a goal or limit, not an edition:
/// `Towards 2015`, `Beyond 2030`, `by 2025`.
const YEAR_AIMS: [&str; 7] = ["towards", "toward", "beyond", "by", "until", "post", "to"];

/// The most words of a heading that ends with a colon.
const MAX_COLON_HEADING_WORDS: usize = 8;

/// The years a page offers a date that writes none when no dated line of
/// the page writes one: built once a page, read for each such record.
struct Fallbacks {
    /// `Sessions of the Human Rights Council in 2014` above a list of days
    /// without a year, `WSIS Forum 2025 – Programme` heading the page above
    /// `Monday 7 July`: the headings that name their year, by line.
    headings: Vec<(usize, i32)>,
    /// The day a year is taken near when nothing else gives it: the page's
    /// stamp (`Published 11 May 2022` above `23 May, 10am: Opening`), else
    /// the day the last paragraph above every record announces with its
    /// year (`The Conference will take place in New York, 22-24 March
    /// 2023.` opening a page of side events on `22 March`), else the first
    /// full date on a line the classifier left a title (`DEADLINE TO APPLY:
    /// Tuesday, 5 September 2017 (CLOSED)` below a media page's schedule),
    /// else the day the page was captured.
    near: Option<NaiveDate>,
}

impl Fallbacks {
    fn of(
        lines: &[Line],
        years: &[(usize, i32)],
        drafts: &[Draft],
        captured: Option<NaiveDate>,
    ) -> Self {
        // Most pages write a year, or date nothing without one: they never look.
        if !years.is_empty() || drafts.iter().all(|d| d.when.date.start.year.is_some()) {
            return Fallbacks {
                headings: Vec::new(),
                near: captured,
            };
        }
        // A heading may open its part with a colon (`2020 UNDP Annual
        // Meeting:`), which reads as a lead-in sentence.
        let heading = |l: &&Line| {
            l.kind == Kind::Title
                || l.kind == Kind::Body
                    && l.text.ends_with(':')
                    && l.text.split(' ').count() <= MAX_COLON_HEADING_WORDS
        };
        let mut headings: Vec<(usize, i32)> = lines
            .iter()
            .filter(heading)
            .filter_map(|l| Some((l.no, title_year(l.text.trim_end_matches(':'))?)))
            .collect();
        headings.sort_unstable();
        // A record's own paragraphs are its text's to weigh (see
        // `year_in_text`): only the page's opening is read.
        let first = drafts.iter().map(|d| d.line).min().unwrap_or(0);
        let lead = || {
            lines
                .iter()
                .take_while(|l| l.no < first)
                .filter(|l| l.kind == Kind::Body)
                // The day it announces: not a cited resolution's (`resolution
                // 69/284 of 3 June 2015`).
                .filter_map(|l| announcement(&l.text)?.when.date.start.date())
                .last()
        };
        let titled = || {
            lines
                .iter()
                .filter(|l| l.kind == Kind::Title)
                .find_map(|l| crate::parse::find_when(&l.text, 0)?.1.date.start.date())
        };
        Fallbacks {
            headings,
            near: page_stamp(lines).or_else(lead).or_else(titled).or(captured),
        }
    }

    /// The year of the nearest heading at or above line `no` that names one.
    fn heading_year(&self, no: usize) -> Option<i32> {
        let k = self.headings.partition_point(|&(l, _)| l <= no);
        k.checked_sub(1).map(|k| self.headings[k].1)
    }

    /// The year of the nearest heading below line `no` that names one: a
    /// schedule's first item (`Monday 22 June`, `Fostering Digital
    /// Agriculture`) above the item that names its edition (`WSIS Forum
    /// 2020: Opening Ceremony`), as the nearest dated header after it.
    fn heading_year_below(&self, no: usize) -> Option<i32> {
        let k = self.headings.partition_point(|&(l, _)| l <= no);
        self.headings.get(k).map(|&(_, y)| y)
    }
}

/// Zone rules settled by a record's section, else by the whole page. The
/// page-wide answer is computed once per zone, so a page of many `AST` events
/// is read once, not once per event.
struct PageZones<'p> {
    lines: &'p [Line<'p>],
    /// The page's text, joined only when an ambiguous zone needs it.
    page: Option<String>,
    settled: HashMap<String, Option<resolve::ZoneRule>>,
}

impl<'p> PageZones<'p> {
    fn new(lines: &'p [Line<'p>]) -> Self {
        PageZones {
            lines,
            page: None,
            settled: HashMap::new(),
        }
    }

    fn rule(
        &mut self,
        zone: &str,
        place: Option<&str>,
        section: impl FnOnce() -> String,
    ) -> Option<resolve::ZoneRule> {
        if !resolve::needs_context(zone) {
            return resolve::zone_rule(zone, &[]);
        }
        resolve::zone_rule(zone, &[place.unwrap_or(""), &section()]).or_else(|| {
            if let Some(rule) = self.settled.get(zone) {
                return *rule;
            }
            let lines = self.lines;
            let page = self.page.get_or_insert_with(|| {
                lines
                    .iter()
                    .map(|l| l.text.as_ref())
                    .collect::<Vec<_>>()
                    .join("\n")
            });
            let rule = resolve::zone_rule(zone, &[page.as_str()]);
            self.settled.insert(zone.to_string(), rule);
            rule
        })
    }
}

/// `• 20 April-1 May: 14th Session of the Permanent Forum`, its text
/// saying `… will be held … from 20 April to 1 May 2015`: the year the
/// item's first paragraph writes for the same first day. With hours, the
/// day next to it also counts: `… from 4:40 AM AEST 27 June` over a
/// paragraph on the New York event of `Friday, 26 June 2015`.
fn year_in_text(text: &str, first: DayMonth, timed: bool) -> Option<i32> {
    // A leap year, so that any day and month is a date.
    let day = |d: DayMonth| NaiveDate::from_ymd_opt(2000, d.month, d.day);
    parse::find_all_when(text).into_iter().find_map(|(_, w)| {
        let d = w.date.start;
        let apart = day(d)
            .zip(day(first))
            .map(|(a, b)| (a - b).num_days().abs());
        (apart == Some(0) || timed && apart == Some(1))
            .then_some(d.year)
            .flatten()
    })
}

/// `The United Nations Open Source Week 2025, scheduled from June 16 to 20
/// in New York, …`: the edition year of the happening that the sentence
/// names before its days (a name's word, then the year, then no name: not
/// `the 2030 Agenda`, nor `June 2025`).
fn edition_year_before(text: &str, date_text: &str) -> Option<i32> {
    let opening = &text[..floor_boundary(text, ANNOUNCEMENT_WINDOW)];
    let at = memchr::memmem::find(opening.as_bytes(), date_text.as_bytes())?;
    let sentence = &opening[..at];
    let sentence = sentence
        .rfind(". ")
        .map_or(sentence, |k| &sentence[k + 2..]);
    let words: Vec<&str> = sentence.split(' ').collect();
    words.windows(3).rev().find_map(|w| {
        let year = w[1].trim_end_matches(',');
        // `Agenda 2030`, `Vision 2030`: a goal's year, no edition's.
        let named = w[0].starts_with(|c: char| c.is_ascii_uppercase())
            && date::month_number(w[0]).is_none()
            && !GOAL_NAMES.contains(&w[0]);
        let ends_name = w[1].ends_with(',') || !w[2].starts_with(|c: char| c.is_uppercase());
        let (rest, year) = date::year(year).ok()?;
        (named && ends_name && rest.is_empty()).then_some(year)
    })
}

/// `In his capacity as President of the Council in April 2021, …` below
/// `… open debate on April 19`: the year the item's first paragraph gives
/// the same month, named with its year and no day (another day's date is
/// [`year_in_text`]'s to weigh).
fn month_year_in_text(text: &str, month: u32) -> Option<i32> {
    let (mut before, mut named) = ("", None);
    // A paragraph may run to megabytes: its opening is read.
    let opening = &text[..floor_boundary(text, ANNOUNCEMENT_WINDOW)];
    for word in opening.split(' ') {
        let word = word.trim_end_matches([',', '.', ';', ':', ')']);
        if named == Some(month)
            && let Ok(("", year)) = date::year(word)
        {
            return Some(year);
        }
        // `May` with its capital (`may` is a verb), after no day.
        named = (word.starts_with(|c: char| c.is_ascii_uppercase())
            && !before.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| date::month_number(word))
        .flatten();
        before = word;
    }
    None
}

/// `VIENNA, 20 January 2004 (UN Information Service) — A session … will be
/// held on 23 January`: the occurrence of the day nearest the date of the
/// release whose dateline opens the summary.
fn release_year(summary: &str, first: DayMonth) -> Option<i32> {
    let opening = opening(summary, 1);
    let (r, w) = parse::find_all_when(opening).into_iter().next()?;
    dateline(opening, &r)?;
    year_nearest(w.date.start.date()?, first.month, first.day)
}

/// The day the page's first stamp gives (see [`segment::stamp_date`]).
fn page_stamp(lines: &[Line]) -> Option<NaiveDate> {
    lines
        .iter()
        .filter(|l| l.kind == Kind::Noise)
        .find_map(|l| segment::stamp_date(&l.text))
        .and_then(DayMonth::date)
}

/// The year of the occurrence of a day and month nearest the page's date
/// (its stamp's or its capture's): a page captured on 5 January 2025 that
/// announces "28 December" means 2024.
fn year_nearest(near: NaiveDate, month: u32, day: u32) -> Option<i32> {
    let year = chrono::Datelike::year(&near);
    (year - 1..=year + 1)
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .min_by_key(|d| (*d - near).num_days().abs())
        .map(|d| chrono::Datelike::year(&d))
}

/// The weekday a date's text opens with (`Tuesday, 9 November`).
fn written_weekday(date_text: &str) -> Option<chrono::Weekday> {
    date_text.split([',', ' ', '.']).next()?.parse().ok()
}

/// `On Tuesday 9 November, …` on a page stamped 2024, where 9 November is
/// a Saturday: the stamp is later than the page's news (a site's date of
/// today), and the year is the nearest in which that day is a Tuesday
/// (2021; the earlier of two as near). `None` when the text writes no
/// weekday or `year` fits it.
fn weekday_nearest(date_text: &str, first: DayMonth, year: i32) -> Option<i32> {
    let weekday = written_weekday(date_text)?;
    let falls = |y: i32| {
        NaiveDate::from_ymd_opt(y, first.month, first.day)
            .is_some_and(|d| chrono::Datelike::weekday(&d) == weekday)
    };
    if falls(year) {
        return None;
    }
    // A day comes back to its weekday within eleven years.
    (1..=11)
        .flat_map(|k| [year - k, year + k])
        .find(|&y| falls(y))
}

/// The line numbered `no` on the page (the first of the parts a line was
/// split into).
fn numbered<'a, 'p>(lines: &'a [Line<'p>], no: usize) -> Option<&'a Line<'p>> {
    lines
        .get(lines.partition_point(|l| l.no < no))
        .filter(|l| l.no == no)
}

/// The date as the dated line numbered `no` writes it.
fn written_date<'a>(lines: &'a [Line], no: usize) -> Option<&'a str> {
    let line = numbered(lines, no)?;
    match &line.kind {
        Kind::DateOnly(f) | Kind::DatedTitle(f) | Kind::Event(f) => line.text.get(f.span.clone()),
        _ => None,
    }
}

/// `… to be held on Wednesday, 23 January, at 10 a.m.` on a page that
/// names `the 2019 ECOSOC Programme of Work`: the one year the page writes
/// in which that day falls on that weekday.
fn weekday_year(lines: &[Line], date_text: &str, first: DayMonth) -> Option<i32> {
    let weekday = written_weekday(date_text)?;
    let mut found = None;
    for line in lines {
        for word in line.text.split(|c: char| !c.is_ascii_digit()) {
            // A year of the page's time, not a history's (`in 1945`).
            let Some(year) = word
                .parse::<i32>()
                .ok()
                .filter(|y| (2000..=2100).contains(y))
            else {
                continue;
            };
            let falls = NaiveDate::from_ymd_opt(year, first.month, first.day)
                .is_some_and(|d| chrono::Datelike::weekday(&d) == weekday);
            if !falls {
                continue;
            }
            match found {
                None => found = Some(year),
                Some(y) if y != year => return None,
                Some(_) => {}
            }
        }
    }
    found
}

/// Settles the year, dates, times and offsets of a draft.
fn finish(
    lines: &[Line],
    origin: &Source,
    d: Draft,
    years: &[(usize, i32)],
    fallbacks: &Fallbacks,
    zones: &mut PageZones,
) -> Option<Record> {
    let span = d.when.date;
    let year_inferred = span.start.year.is_none();
    let start_year = span
        .start
        .year
        .or_else(|| d.group.map(|g| g.year_for(span.start.month)))
        // `High Level Political Forum 2021` above `… during 6th to 15th
        // July`: the edition its own title names, before another item's.
        .or_else(|| title_year(&d.title))
        .or_else(|| edition_year_before(d.summary.as_deref()?, &d.date_text))
        .or_else(|| nearest_year(years, d.date_line))
        .or_else(|| fallbacks.heading_year(d.line))
        .or_else(|| {
            d.summary
                .as_deref()
                .and_then(|s| year_in_text(s, span.start, d.when.time.is_some()))
        })
        .or_else(|| release_year(d.summary.as_deref()?, span.start))
        .or_else(|| fallbacks.heading_year_below(d.line))
        // A weekday with its hours names the happening's own day; a bare
        // weekday more often heads a programme's day.
        .or_else(|| {
            d.when.time?;
            // A session's date text is its time: its weekday is on its day
            // line (`Programme Informal meetings, Tuesday, 9 February`).
            let text = Some(d.date_text.as_str())
                .filter(|t| written_weekday(t).is_some())
                .or_else(|| written_date(lines, d.date_line))?;
            weekday_year(lines, text, span.start)
        })
        .or_else(|| month_year_in_text(d.summary.as_deref()?, span.start.month))
        // `UN & ITU plan 'AI for Good' Summit in Sep 2020 …` above `… from
        // 21 to 25 September`.
        .or_else(|| month_year_in_text(&d.title, span.start.month))
        .or_else(|| {
            let near = fallbacks.near?;
            let year = year_nearest(near, span.start.month, span.start.day)?;
            Some(weekday_nearest(&d.date_text, span.start, year).unwrap_or(year))
        })?;
    let start_date = NaiveDate::from_ymd_opt(start_year, span.start.month, span.start.day)?;
    let end_year = span
        .end
        .year
        .unwrap_or(if span.end.month < span.start.month {
            start_year + 1
        } else {
            start_year
        });
    let end_date = NaiveDate::from_ymd_opt(end_year, span.end.month, span.end.day)
        .filter(|e| *e >= start_date)
        .unwrap_or(start_date);
    let time = d.when.time;
    // A `local time` is the venue's: the record's place first, then its section.
    let section = || {
        lines[d.section.clone()]
            .iter()
            .map(|l| l.text.as_ref())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let rule = d
        .when
        .zone
        .as_deref()
        .and_then(|z| zones.rule(z, d.location.as_deref(), section));
    let offset_at =
        |date, clock| rule.map(|r| resolve::format_offset(resolve::offset_seconds(r, date, clock)));
    let utc_offset = offset_at(start_date, time.map(|t| t.start));
    let start = time
        .zip(utc_offset.as_ref())
        .map(|(t, o)| resolve::rfc3339(start_date, t.start, o));
    let end = time
        .and_then(|t| t.end)
        .and_then(|e| offset_at(end_date, Some(e)).map(|o| resolve::rfc3339(end_date, e, &o)));
    Some(Record {
        id: String::new(),
        title: d.title,
        start_date: resolve::iso_date(start_date),
        end_date: resolve::iso_date(end_date),
        year_inferred,
        start_time: time.map(|t| t.start.to_string()),
        end_time: time.and_then(|t| t.end).map(|e| e.to_string()),
        timezone: d.when.zone,
        utc_offset,
        start,
        end,
        organizers: d.organizers.organizers,
        partners: d.organizers.partners,
        location: d.location.map(places::without_ways_to_attend),
        summary: d.summary,
        date_text: d.date_text,
        sources: vec![Source {
            line: d.line,
            ..origin.clone()
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's one record, asserting there is no other.
    fn only_record(page: &str) -> Record {
        let mut records = extract("p.txt", page);
        assert_eq!(records.len(), 1, "one record");
        records.remove(0)
    }

    /// The record's first day and its hours, as written in the output.
    fn day_and_hours(r: &Record) -> (&str, Option<&str>, Option<&str>) {
        (
            r.start_date.as_str(),
            r.start_time.as_deref(),
            r.end_time.as_deref(),
        )
    }

    /// One value per record found on `page`, in page order.
    fn each<T>(page: &str, value: impl FnMut(Record) -> T) -> Vec<T> {
        extract("p.txt", page).into_iter().map(value).collect()
    }

    /// Each record's title and start time, in page order.
    fn starts(page: &str) -> Vec<(String, Option<String>)> {
        each(page, |r| (r.title, r.start_time))
    }

    /// A title and its start time, as [`starts`] gives them.
    fn timed(title: &str, hour: &str) -> (String, Option<String>) {
        (title.to_string(), Some(hour.to_string()))
    }

    /// Each record's first day and location, in page order.
    fn places(page: &str) -> Vec<(String, Option<String>)> {
        each(page, |r| (r.start_date, r.location))
    }

    /// A first day and its location, as [`places`] gives them.
    fn placed(day: &str, place: &str) -> (String, Option<String>) {
        (day.to_string(), Some(place.to_string()))
    }

    #[test]
    fn a_pages_menu_and_footer_name_no_cards() {
        // No blank line: a menu's last word above the first card's title,
        // the footer's links below the last card's place.
        let page = "Home\nNews\nContact\nWebinar on oceans\n12 June 2024, 10:00-11:00 CEST\nOnline\n\
            Join us for a discussion on the oceans.\nForum on seas\n20 June 2024\nGeneva\n\
            Expert meeting on coasts\n25 June 2024\nNairobi, Kenya\nFollow us\n\
            \u{a9} 2024 United Nations\nTerms of use\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                ("Webinar on oceans", "2024-06-12", Some("Online")),
                ("Forum on seas", "2024-06-20", Some("Geneva")),
                (
                    "Expert meeting on coasts",
                    "2024-06-25",
                    Some("Nairobi, Kenya")
                ),
            ]
            .map(|(t, d, p)| (t.to_string(), d.to_string(), p.map(str::to_string)))
        );
    }

    #[test]
    fn sentences_skip_abbreviations() {
        let split =
            |t: &'static str| -> Vec<&str> { sentences(t).into_iter().map(|r| &t[r]).collect() };
        assert_eq!(
            split("H.E. Ms. Anna met on 26 Sept. 2021. Then Mr. B spoke. Done"),
            [
                "H.E. Ms. Anna met on 26 Sept. 2021.",
                "Then Mr. B spoke.",
                "Done"
            ]
        );
        // An abbreviation in capitals is one too; a word in capitals is not.
        assert_eq!(
            split("Remarks by MS. Anna J. Lee. Talks follow in the UN. The day ends."),
            [
                "Remarks by MS. Anna J. Lee.",
                "Talks follow in the UN.",
                "The day ends."
            ]
        );
        // A zone after a meridiem is the time's; another word starts a sentence.
        assert_eq!(
            split("It opens at 10:00 a.m. EDT in Room 1. It ends at 1 p.m. The talks follow."),
            [
                "It opens at 10:00 a.m. EDT in Room 1.",
                "It ends at 1 p.m.",
                "The talks follow."
            ]
        );
    }

    #[test]
    fn a_stop_in_a_quoted_name_ends_no_sentence() {
        let split =
            |t: &'static str| -> Vec<&str> { sentences(t).into_iter().map(|r| &t[r]).collect() };
        assert_eq!(
            split("Join the event \"Data for All. All for Data,\" held in Geneva. It is free."),
            [
                "Join the event \"Data for All. All for Data,\" held in Geneva.",
                "It is free."
            ]
        );
        // A quote left open holds no sentence back.
        assert_eq!(
            split("He said \"we met. Then we left. It was late"),
            ["He said \"we met.", "Then we left.", "It was late"]
        );
    }

    #[test]
    fn a_schedules_first_item_takes_the_year_of_the_edition_below() {
        // No date writes its year; the item below names its edition's.
        let page = "Monday 22 June\n\nFostering Digital Farming in Central Asia\n\n\
            10:00 – 11:30 CEST\nThis webinar looks at farms.\n\
            Policy Forum 2020: Opening Ceremony\n\n12:00 – 13:00 CEST\nThe opening of the forum.\n";
        let found = each(page, |r| (r.start_date, r.year_inferred));
        assert_eq!(
            found,
            [
                ("2020-06-22".to_string(), true),
                ("2020-06-22".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_happenings_name_dated_in_brackets_announces_it() {
        let page = "Policy Forum 2010: Turning targets into action\n\n\
            2010 is a turning point for the information society. The upcoming Policy Forum \
            (10-14 May 2010, Geneva, Switzerland) will review progress.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2010-05-10", "2010-05-14")
        );
        assert_eq!(r.location.as_deref(), Some("Geneva, Switzerland"));
    }

    #[test]
    fn a_later_paragraph_announces_a_titled_edition() {
        // The title's happening, `Policy Forum 2010`, named with its year.
        let page = "Policy Forum 2010: Turning targets into action\n\n\
            The year marks a turning point for the information society.\n\n\
            The Policy Forum 2010 will be held from 10 to 14 of May 2010 at the ITU Headquarters.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2010-05-10", "2010-05-14")
        );
    }

    #[test]
    fn an_agendas_time_column_names_the_zone() {
        let page = "Open Consultations\nDAY 1 | 27 February 2024\n\
            Time (UTC+3) Agenda Item\n09:00-11:00 Open exchange with the Panel\n\
            11:30-12:00 Opening statements and adoption of the agenda\n";
        let found = each(page, |r| (r.timezone, r.utc_offset));
        assert!(!found.is_empty());
        for (zone, offset) in found {
            assert_eq!(zone.as_deref(), Some("UTC+3"));
            assert_eq!(offset.as_deref(), Some("+03:00"));
        }
    }

    #[test]
    fn a_venue_and_its_address_between_title_and_date_is_where() {
        let page = "First Open Consultations and MAG meeting\n\
            Hilton Hotel & Residences | (6623 Eastern Ring Rd, Ghirnatah, Riyadh 13241, Saudi Arabia)\n\
            27-29 February 2024\n\nJoin the meeting through the link sent to participants.\n";
        let r = only_record(page);
        assert_eq!(
            r.location.as_deref(),
            Some(
                "Hilton Hotel & Residences | (6623 Eastern Ring Rd, Ghirnatah, Riyadh 13241, Saudi Arabia)"
            )
        );
    }

    #[test]
    fn a_commissions_page_with_its_agenda_below() {
        // Page chrome, a picture's alt text and a sentence that gives an
        // address are no titles; the agenda's first item is dated below.
        let page = "Skip to main content\n\n12th session of the Board\n\n4 to 6 May 2021\n\n\
            UNCC and via videoconferencing\nBangkok, Thailand\n\nPhoto for Board\n\n\
            The twelfth session of the Board will be held in Bangkok from 4 to 6 May 2021.\n\n\
            CREDENTIALS\n\nEach delegation is asked to send a letter of credentials, signed by \
            the proper authority, no later than 1 April 2021 to board@un.org.\n\n\
            pdf\n4 May 2021\n10:00\n10:30\nOpening of the session\n";
        assert_eq!(
            each(page, |r| (
                r.title,
                r.start_date,
                r.end_date,
                r.start_time,
                r.location
            )),
            [
                (
                    "12th session of the Board".to_string(),
                    "2021-05-04".to_string(),
                    "2021-05-06".to_string(),
                    None,
                    Some("UNCC".to_string())
                ),
                (
                    "Opening of the session".to_string(),
                    "2021-05-04".to_string(),
                    "2021-05-04".to_string(),
                    Some("10:00".to_string()),
                    None
                ),
            ]
        );
    }

    #[test]
    fn an_access_note_and_a_24_hour_pm_end_a_date_line() {
        let page = "Ninth Session of the Governing Council\n\n\
            09 November 2022, 13:30 PM - 16:30 PM | By invitation only\n\n\
            Seoul, Grand Hotel\n\nThe Council met in Seoul.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Ninth Session of the Governing Council");
        assert_eq!(
            day_and_hours(&r),
            ("2022-11-09", Some("13:30"), Some("16:30"))
        );
        assert_eq!(r.location.as_deref(), Some("Seoul, Grand Hotel"));
    }

    #[test]
    fn a_cards_start_and_end_below_a_title_that_spans_their_days() {
        let page = "Annual Conference of the Labour Body Geneva 5–16 June 2023\n\n\
            June 5, 2023 9:00 am\nTimezone: Europe/Berlin\n\nJune 16, 2023 5:00 pm\n\n\
            Geneva, Switzerland and online at https://example.org/live\n\n\
            The Conference takes place in Geneva from 5–16 June 2023.\n";
        let r = only_record(page);
        assert_eq!(
            day_and_hours(&r),
            ("2023-06-05", Some("09:00"), Some("17:00"))
        );
        assert_eq!(r.end_date, "2023-06-16");
        assert_eq!(r.utc_offset.as_deref(), Some("+02:00"));
        assert_eq!(r.location.as_deref(), Some("Geneva, Switzerland"));
    }

    #[test]
    fn a_pages_first_date_with_hours_heads_the_title_below_it() {
        // Hours from and to are no publication date; the alternative text
        // said twice is no title, so the announcement of another day in
        // the text does not date the page's happening.
        let page = "Event information\n\n4 September 2020, 15:00-17:00\n\n\
            Reactions to the Treaty Body Review\n\nEvent\n\n\
            The Review Process The Review Process\n\n\
            The co-facilitators are consulting States. The final consultation is \
            taking place on 28 August in Geneva.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Reactions to the Treaty Body Review");
        assert_eq!(
            day_and_hours(&r),
            ("2020-09-04", Some("15:00"), Some("17:00"))
        );
    }

    #[test]
    fn an_announcement_of_a_start_and_an_end_spans_both() {
        let page = "5th meeting of the Working Group on Water\n\n\
            The meeting of the Working Group will be held in Geneva and online. It will \
            start on Monday, 19 June at 3:00 p.m and end on Wednesday, 21 June 2023 at 6 p.m.\n";
        let r = only_record(page);
        assert_eq!(
            day_and_hours(&r),
            ("2023-06-19", Some("15:00"), Some("18:00"))
        );
        assert_eq!(r.end_date, "2023-06-21");
    }

    #[test]
    fn a_date_line_ending_in_a_colon_introduces_the_item_below() {
        let page = "21-31 March 2022: Council-22 (hybrid)\n\n\
            Thursday, 24 March, from 09:30-11:00 hours, Room Popov:\n\
            Continuation of the fourth meeting of the working group\n\n\
            Badges are issued at the desk.\n";
        let got = each(page, |r| (r.title, r.start_date, r.start_time, r.location));
        assert_eq!(
            got[1],
            (
                "Continuation of the fourth meeting of the working group".to_string(),
                "2022-03-24".to_string(),
                Some("09:30".to_string()),
                Some("Room Popov".to_string())
            )
        );
    }

    #[test]
    fn a_title_with_its_place_and_date_in_brackets() {
        let page = "Expert Group Meeting on Youth (New York, 12-14 June 2023)\n\n\
            The meeting brings together experts.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Expert Group Meeting on Youth");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2023-06-12", "2023-06-14")
        );
        assert_eq!(r.location.as_deref(), Some("New York"));
    }

    #[test]
    fn a_speakers_byline_above_a_speechs_title_is_no_title() {
        let page = "Statement by Mr. Ian Doe, Deputy Secretary-General of the Agency\n\
            The tenth anniversary of the Agency: A briefing on the preparations\n\
            13 Feb 2014\n\nMr. President,\n\nIt is a pleasure to say a few words.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "The tenth anniversary of the Agency: A briefing on the preparations"
        );
        assert_eq!(r.start_date, "2014-02-13");
    }

    #[test]
    fn a_statements_salutations_leave_its_date_to_its_title() {
        // The names a speech greets stand below its place and date: no
        // item whose publication date that could be.
        let page = "Trade Week 2023: Closing session\n\nStatement by the Secretary-General\n\n\
            Trade Week 2023: Closing session\n\nGeneva\n08 December 2023\n\n\
            Mr Hans Lang, Director, Ebert Foundation in Geneva\nMs. Ana Ruiz, Diplo Foundation\n\
            Excellencies,\n\nWe have arrived at the closing session of this week.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Trade Week 2023: Closing session");
        assert_eq!(r.start_date, "2023-12-08");
        assert_eq!(r.location.as_deref(), Some("Geneva"));
    }

    #[test]
    fn a_paragraph_broken_mid_phrase_is_the_cards_text() {
        // The card's date and place, how it is broadcast, then its text
        // broken after `a new`: read whole, it is the card's text, not the
        // title of an item the dates would belong to.
        let page = "World Conference on Digital Processes\n\nApril 12, 2023\n\n\
            UN Headquarters, New York – online\nLive streamed on UN Webcast\n\n\
            Amidst the pandemic and the harsh realities of ongoing wars, a new\n\
            perception of society has surfaced.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2023-04-12");
        assert_eq!(r.location.as_deref(), Some("UN Headquarters, New York"));
        assert_eq!(
            r.summary.as_deref(),
            Some(
                "Amidst the pandemic and the harsh realities of ongoing wars, a new \
                 perception of society has surfaced."
            )
        );
    }

    #[test]
    fn a_date_lines_record_takes_the_venue_its_text_announces() {
        let page = "2024 Partnership Forum\n30 January 2024\n\
            The Partnership Forum was held on 30 January 2024 at UN Headquarters in New York. \
            Member States discussed partnerships.\n\
            Orientation Course\n12 January 2024\n\
            The course was held on 10 January 2024 at UN Headquarters.\n";
        assert_eq!(
            places(page),
            [
                placed("2024-01-30", "UN Headquarters"),
                // A sentence of another day names no venue of this one.
                ("2024-01-12".to_string(), None)
            ]
        );
    }

    #[test]
    fn a_later_paragraph_names_the_happening_by_its_kind_and_subject() {
        // `UNESCO is organizing the Conference on Capacity Building …`: the
        // title's `Conference on Capacity Building`, not its whole head.
        let page = "UNESCO Conference on Capacity Building on AI in the Public Sector\n\n\
            The event will address the critical needs of public officials related to \
            artificial intelligence, digital technologies and data governance\n\n\
            Background\n\nDigital transformation in the public sector is essential.\n\n\
            About the Conference\n\nIn this context, UNESCO is organizing the Conference on \
            Capacity Building for AI in the Public Sector, to be held at UNESCO Headquarters \
            in Paris, France, on 4–5 June 2025.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "UNESCO Conference on Capacity Building on AI in the Public Sector"
        );
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2025-06-04", "2025-06-05")
        );
        // The title in capitals.
        let (title, rest) = page.split_once('\n').unwrap();
        let shouted = format!("{}\n{rest}", title.to_uppercase());
        assert_eq!(only_record(&shouted).start_date, "2025-06-04");
    }

    #[test]
    fn a_later_paragraph_names_the_happening_in_the_titles_brackets() {
        // UN Web TV's video page: its fields' values lost, the segment named
        // in the title's brackets and announced in the description.
        let page = "Economic and Social Council: 10th plenary meeting (Coordination Segment), \
            2031 session\nCategories\nProduction Date\nVideo Length\n02:00:23\nSummary\n\
            Theme: Accelerating the recovery at all levels.\nDescription\n\n\
            Theme: Accelerating the recovery at all levels.  The Economic and Social Council \
            Coordination Segment will take place on 1-2 February 2031.\n";
        let r = only_record(page);
        assert!(
            r.title
                .starts_with("Economic and Social Council: 10th plenary")
        );
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2031-02-01", "2031-02-02")
        );
    }

    #[test]
    fn a_stamp_beside_its_reading_time_leaves_the_story_its_day() {
        let page = "Culture and Digital Technologies at the General Conference\n\n\
            Wednesday, 20 December 2023 at 14:00\naccess_time 2 min read\n\n\
            On 17 November 2023, a session on culture and digital technologies was \
            organized by UNESCO in the Partnerships Hub.\n";
        let r = only_record(page);
        assert_eq!(day_and_hours(&r), ("2023-11-17", None, None));
    }

    #[test]
    fn a_cards_organization_and_glued_location_are_fields() {
        // `Organization:` names who organizes; `LocationMaison de la paix`
        // runs its label into its value. Neither is a title.
        let page = "Introduction to the World Health Assembly: A briefing for delegates\n\n\
            Date: 20 May 2018\n\nTime: 14:00 - 17:30\n\n\
            Organization: Global Health Centre and the United Nations Foundation\n\n\
            LocationMaison de la paix, Geneva\n\n\
            Description: The Assembly marks the anniversary of the Organization.\n";
        let r = only_record(page);
        assert_eq!(
            day_and_hours(&r),
            ("2018-05-20", Some("14:00"), Some("17:30"))
        );
        assert_eq!(
            r.organizers,
            ["Global Health Centre", "United Nations Foundation"]
        );
        assert_eq!(r.location.as_deref(), Some("Maison de la paix, Geneva"));
    }

    #[test]
    fn a_card_with_start_and_end_fields_and_an_image_name() {
        // UN Women's card: an image's name above the text, an empty `Event
        // type:`, then start and end, each with its time in a cell.
        let page = "Civil society online consultation ahead of the Commission\n\n\
            Banner_CSO consultations\nThe consultation is organized by the Regional Office.\n\
            Event type:\nStart date: 24 January 2024 | Start time: 09:00 UTC +00:00\n\
            End date: 24 January 2024 | End time: 11:45 UTC +00:00\nLocation: Online, Zoom\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Civil society online consultation ahead of the Commission"
        );
        assert_eq!(
            day_and_hours(&r),
            ("2024-01-24", Some("09:00"), Some("11:45"))
        );
        assert_eq!(r.utc_offset.as_deref(), Some("+00:00"));
    }

    #[test]
    fn a_releases_caption_and_contacts_are_no_titles() {
        let page = "Spotlight on social protection and public services\n\n\
            Date: Friday, March 8, 2019\n\nMedia Contacts:\n\
            Ana Ruiz, Ph: +1 646 781-4522; Email: ana.ruiz[at]unwomen.org\n\n\
            Opening of the 63rd Session of the Commission on the Status of Women on 11 March, \
            2019 in New York. Photo: UN Women/Ryan Brown\n\n\
            (New York, 8 March) – The Commission is set to begin next week at Headquarters.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Spotlight on social protection and public services"
        );
    }

    #[test]
    fn a_speechs_salutations_and_a_verb_after_the_day() {
        // Salutations below the date leave it to the speech above.
        let page = "The Future of Digital Cooperation\n\nSeptember 23, 2022\n\n\
            Your Majesty, Queen Máxima\n\nExcellencies, Ladies and Gentlemen\n\n\
            On behalf of the Programme, I would like to welcome you to this event.\n";
        assert_eq!(only_record(page).start_date, "2022-09-23");
        // `will on 8 November 2023 roll out`: the day of what will be done.
        let page = "Programme launching an initiative\n\n\
            The Programme will on 8 November 2023 roll out an initiative on public \
            infrastructure.\n";
        assert_eq!(only_record(page).start_date, "2023-11-08");
    }

    #[test]
    fn a_dated_headers_place_may_stand_past_a_blank_line() {
        let page = "Council\n\nAdditional session, 19-20 October 2023\n\nGeneva, Switzerland\n\n\
            The Council acts as the Union's governing body.\n";
        let r = only_record(page);
        assert_eq!(r.location.as_deref(), Some("Geneva, Switzerland"));
    }

    #[test]
    fn a_date_time_range_with_the_next_heading_run_into_it() {
        // sdgs.un.org: `… 6.30 pm` with `Background` glued to it, then
        // `Location of this meeting:`.
        let page = "Expert Group Meeting on Science and Technology for the SDGs\n\
            Wed 11 Jan 2023, 8.30 am — Fri 13 Jan 2023, 6.30 pmBackground\n\
            The Department is organizing a three-day Expert Group Meeting on Science.\n\
            Location of this meeting: United Nations Headquarters, New York, Flex Room 1522.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Expert Group Meeting on Science and Technology for the SDGs"
        );
        assert_eq!(
            (r.end_date.as_str(), r.end_time.as_deref()),
            ("2023-01-13", Some("18:30"))
        );
        assert_eq!(
            r.location.as_deref(),
            Some("United Nations Headquarters, New York, Flex Room 1522")
        );
    }

    #[test]
    fn a_meeting_reports_fields_date_its_meeting() {
        // A report of a meeting, then its fields: `Meeting:` names it across
        // a blank line from `Date/Location:`, whose parts semicolons part.
        let page = "Youth Briefing Programme\n\n\
            The programme introduced new youth representatives to the United Nations.\n\n\
            Meeting: Youth Briefing Programme\n\n\
            Date/Location: Friday, 10 March 2017; 11:30 to 1:00; UN Headquarters, Conference Room 1\n\n\
            Speakers: Ana Diaz, Youth Representative\n";
        let r = only_record(page);
        assert_eq!(r.title, "Youth Briefing Programme");
        assert_eq!(
            day_and_hours(&r),
            ("2017-03-10", Some("11:30"), Some("13:00"))
        );
        assert_eq!(
            r.location.as_deref(),
            Some("UN Headquarters, Conference Room 1")
        );
    }

    #[test]
    fn a_release_to_come_is_announced() {
        // `set to be released on`: a report's release, the happening; the
        // war the report is about is in a place, but the release is not.
        let page = "More from the Department\n\
            Upcoming report examines the economic fallout from the war\n\
            The Department's World Economic Situation mid-year update, set to be released on 18 May 2022, \
            will look into the consequences of the war in Ukraine.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2022-05-18");
        assert_eq!(r.location, None);
    }

    #[test]
    fn untitled_slots_keep_their_fields() {
        // A schedule's slot whose title is lost (a link's text the scrape
        // dropped) still owns its organizer: the titled slot above does not.
        let page = "Calendar of side events\nMonday\n6 May 2019\n10:00-11:30 AM\n\
            Water for rural schools\nOrganized by: Permanent Mission of Peru\nVenue: CR-4\n\
            1:15-2:30 PM\nTBD\nOrganized by: UNICEF\nVenue: CR-6\nTuesday\n7 May 2019\n\
            1:15-2:30 PM\nOrganized by: WHO\nVenue: CR-8\n";
        let r = only_record(page);
        assert_eq!(r.organizers, ["Permanent Mission of Peru"]);
        assert_eq!(r.location.as_deref(), Some("CR-4"));
        assert_eq!(
            day_and_hours(&r),
            ("2019-05-06", Some("10:00"), Some("11:30"))
        );
    }

    #[test]
    fn a_cards_time_below_its_venue_stays_the_cards() {
        let page = "Briefing on oceans\n12 March 2024\nVenue: Conference Room 4\n\
            10:00-11:30\n\nThe briefing reviews ocean data.\n";
        assert_eq!(
            day_and_hours(&only_record(page)),
            ("2024-03-12", Some("10:00"), Some("11:30"))
        );
    }

    #[test]
    fn a_place_above_a_labelled_start_is_the_cards() {
        // Indico's card below the description: the place, then `Starts`.
        let page = "Regional workshop on water statistics\n\n\
            The workshop gathers national statistical offices.\n\n\
            Bangkok, Thailand\nStarts Mar 4, 2024 09:00\nEnds Mar 6, 2024 17:00\n";
        let r = only_record(page);
        assert_eq!(r.title, "Regional workshop on water statistics");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2024-03-04", "2024-03-06")
        );
        assert_eq!(r.location.as_deref(), Some("Bangkok, Thailand"));
    }

    #[test]
    fn an_undated_invitation_leaves_the_date_to_the_next_paragraph() {
        let page = "Youth voices in water governance\n\n\
            You are cordially invited to our online dialogue on youth and water.\n\n\
            The dialogue looks back on a year of youth action. It will be held on \
            14 March 2024, from 10:00 to 11:30 CET.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2024-03-14");
        assert_eq!(r.start_time.as_deref(), Some("10:00"));
        // A first paragraph that is no invitation leaves no date to the next.
        let page = page.replace("You are cordially invited to", "Young people lead");
        assert!(extract("p.txt", &page).is_empty());
    }

    #[test]
    fn an_address_and_day_below_a_title_are_its_venue_and_date() {
        // A calendar's entries: the title, then where and when on one line,
        // then who hosts it; the last entry has no text of its own.
        let page = "Calendar of Events\n\nJune 2013\n\n\
            Mothers and the law\n\n\
            15 Park Avenue (3rd floor), New York, 4 June 2013\n\
            Host / Sponsor: Bar Association, UN Women\n\n\
            A panel on family law.\n\n\
            Photo exhibition: Rural women\n\n\
            Visitors Lobby, UN House, Nairobi, 10 - 28 June 2013\n\
            Host / Sponsor: UNEP\n";
        let got = each(page, |r| (r.title, r.start_date, r.location, r.organizers));
        assert_eq!(
            got,
            [
                (
                    "Mothers and the law".to_string(),
                    "2013-06-04".to_string(),
                    Some("15 Park Avenue (3rd floor), New York".to_string()),
                    vec!["Bar Association".to_string(), "UN Women".to_string()]
                ),
                (
                    "Photo exhibition: Rural women".to_string(),
                    "2013-06-10".to_string(),
                    Some("Visitors Lobby, UN House, Nairobi".to_string()),
                    vec!["UNEP".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn a_span_of_days_apart_above_a_title_dates_it() {
        // A calendar's cards: the days (as a span, even of one day), blank
        // lines, the title, its text. A bare day there would be the next
        // headline's publication date.
        let page = "Past events\n\n5 June 2019 - 5 June 2019\n\n\nWorld Environment Day\n\n\
            The day is observed every year on 5 June. Details\n\n\
            • 1 May 2019 - 3 May 2019\n• Nairobi, Kenya\n\nRegional dialogue on water\n\n\
            Ministers met for three days.\n\n\
            18 April 2019\n\nSecretary-General praises students\n\nHe spoke at a school.\n\n\
            Board of Trade, tenth session\n08 - 11 May 2019\nGeneva\n\nKey issues\n\n\
            The session reviews trade.\n";
        let got = each(page, |r| (r.title, r.start_date, r.end_date, r.location));
        assert_eq!(
            got,
            [
                (
                    "World Environment Day".to_string(),
                    "2019-06-05".to_string(),
                    "2019-06-05".to_string(),
                    None
                ),
                (
                    "Regional dialogue on water".to_string(),
                    "2019-05-01".to_string(),
                    "2019-05-03".to_string(),
                    Some("Nairobi, Kenya".to_string())
                ),
                // Days right below a title are its own, not the heading's below.
                (
                    "Board of Trade, tenth session".to_string(),
                    "2019-05-08".to_string(),
                    "2019-05-11".to_string(),
                    Some("Geneva".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_date_line_broken_after_its_dash_goes_on_with_its_time() {
        let page = "Concert for peace\n\nWhen, local time:\nFriday, 5 June 2015 -\n\
            6:00pm to 8:00pm\nFrance, Paris\n\nAn evening of music.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Concert for peace");
        assert_eq!(
            day_and_hours(&r),
            ("2015-06-05", Some("18:00"), Some("20:00"))
        );
        assert_eq!(r.location.as_deref(), Some("France, Paris"));
    }

    #[test]
    fn a_pull_quote_below_a_speechs_date_leaves_the_date_to_the_speech() {
        let page = "Statements\n\nGlobal Update to the 56th session of the Council\n\n\
            Geneva, June 18, 2024\n\n“We must urgently find our way back to peace”\n\n\
            Mr. President,\n\nIt pains me to start my Global Update with the cruelty of war.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.location.as_deref()
            ),
            (
                "Global Update to the 56th session of the Council",
                "2024-06-18",
                Some("Geneva")
            )
        );
    }

    #[test]
    fn a_bilingual_pages_other_date_line_leaves_the_date_to_the_title() {
        let page = "Human Rights and the Doha Programme - Council Side Event\n\n\
            Jeudi, 15 septembre 2022 - 2:00pm\n\n\
            15 September 2022, 14:00 – 15:00, Room XXV, in a hybrid format, Palais des Nations\n\n\
            This side event highlights human rights.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Human Rights and the Doha Programme - Council Side Event"
        );
        assert_eq!(
            day_and_hours(&r),
            ("2022-09-15", Some("14:00"), Some("15:00"))
        );
    }

    #[test]
    fn a_label_left_empty_takes_no_label_below_as_its_value() {
        let page = "Supplementary Meeting on tolerance and non-discrimination\nWhen\nWhere\n\
            The meeting will take place on 14 and 15 April 2016 in Vienna.\n";
        assert_eq!(
            only_record(page).title,
            "Supplementary Meeting on tolerance and non-discrimination"
        );
    }

    #[test]
    fn a_calendar_parting_titles_from_their_dates_by_blank_lines() {
        let page = "DESA News, October 2008\n\n\
            Expert Group Meeting on Crisis Prevention\n\nAccra, 2-4 October\n\n\
            Committee of Experts on Tax Matters\n\n4th session, Geneva, 20-24 October\n\n\
            Workshop on Census Data\n\nBamako, 3-7 November\n\n\
            International Day of Older Persons\n\n1 October\n\n\
            The theme of this year's Day is the rights of older persons.\n";
        let got = each(page, |r| (r.title, r.start_date, r.location));
        let item = |title: &str, day: &str, place: Option<&str>| {
            (
                title.to_string(),
                day.to_string(),
                place.map(str::to_string),
            )
        };
        assert_eq!(
            got,
            [
                item(
                    "Expert Group Meeting on Crisis Prevention",
                    "2008-10-02",
                    Some("Accra")
                ),
                item(
                    "Committee of Experts on Tax Matters",
                    "2008-10-20",
                    Some("Geneva")
                ),
                item("Workshop on Census Data", "2008-11-03", Some("Bamako")),
                item("International Day of Older Persons", "2008-10-01", None),
            ]
        );
        // A run that ends with a title: each date heads the item below.
        let above = "Events\n\nAccra, 2-4 October 2008\n\nWorkshop A\n\n\
            Bamako, 7-9 October 2008\n\nWorkshop B\n\nThe workshop trains statisticians.\n";
        assert!(!each(above, |r| r.title).contains(&"Events".to_string()));
    }

    #[test]
    fn a_listings_web_address_is_no_part_of_the_title_above() {
        let page = "Events calendar 2009\n\n\
            Committee on the Rights of the Child, 50th session\n\
            http://www.ohchr.org/english/bodies/crc/\n12 – 30 January 2009 (Geneva)\n\n\
            The Committee reviews reports.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.location.as_deref(), r.utc_offset),
            (
                "Committee on the Rights of the Child, 50th session",
                Some("Geneva"),
                None
            )
        );
    }

    #[test]
    fn a_dated_titles_time_may_stand_on_a_date_line_below() {
        let page = "Save the date: Interactive Hearing with Civil Society (16 Jan 2015)\n\n\
            SAVE THE DATE: 16 January 2015 from 1:15pm - 2:45pm\n\n\
            The President of the General Assembly\n\n\
            Venue: Trusteeship Council Chamber\n\n\
            The dialogue will take place in advance of the debates.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Interactive Hearing with Civil Society");
        assert_eq!(
            day_and_hours(&r),
            ("2015-01-16", Some("13:15"), Some("14:45"))
        );
    }

    #[test]
    fn a_dated_titles_announcement_gives_its_time_and_venue() {
        let page = "CND Special Event, Launch of the Drug Strategy, 19 November 2021\n\n\
            A special event of the Commission will be held on Friday, 19 November 2021, \
            from 12 noon to 1 p.m., Vienna Time, at the Vienna International Centre.\n";
        let r = only_record(page);
        assert_eq!(
            day_and_hours(&r),
            ("2021-11-19", Some("12:00"), Some("13:00"))
        );
        assert_eq!(
            (r.utc_offset.as_deref(), r.location.as_deref()),
            (Some("+01:00"), Some("Vienna International Centre"))
        );
    }

    #[test]
    fn a_sessions_format_tag_below_its_date_takes_no_title() {
        let page = "IGF 2022 Open Forum #35 The Digital Public Goods Charter\n\n\
            Tuesday, 29th November, 2022 (14:30 UTC) - Tuesday, 29th November, 2022 (15:30 UTC)\n\
            Press Briefing Room\n\nPanel - Auditorium - 60 Min\n\n\
            This session is for government officials.\n";
        assert_eq!(
            only_record(page).title,
            "IGF 2022 Open Forum #35 The Digital Public Goods Charter"
        );
    }

    #[test]
    fn a_date_range_broken_before_its_end_reads_whole() {
        let page = "Information meeting on biodiversity\n\nWhen :\n\n\
            from Monday 29 October, 2018\nto Tuesday 30 October, 2018\n\n\
            Where :\n\nUNESCO Headquarters, Room XI\n\nA meeting for delegations.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2018-10-29", "2018-10-30")
        );
        assert_eq!(
            r.date_text,
            "from Monday 29 October, 2018 to Tuesday 30 October, 2018"
        );
    }

    #[test]
    fn a_pictures_credit_is_no_paragraph_to_announce() {
        let page = "Opening of the Year of Light\n\n[Main hall] Photo © UN/Jane Doe.\n\n\
            The opening will take place in Room 2 on 19 January 2015. Speakers follow.\n";
        assert_eq!(only_record(page).start_date, "2015-01-19");
    }

    #[test]
    fn a_numbered_lists_item_is_no_title() {
        // The second item ends with a question mark, not a stop: still an
        // item of the list, and the card's date is the page title's.
        let page = "Forum on data\n\nThere will be three sessions:\n\n\
            1. Opening\n2. How can the forum help?\n3. Closing\n\n\
            Date: June 21st 2019\n\nTime 8:45 am to 1:00 pm\n";
        let r = only_record(page);
        assert_eq!(r.title, "Forum on data");
        assert_eq!(
            day_and_hours(&r),
            ("2019-06-21", Some("08:45"), Some("13:00"))
        );
    }

    #[test]
    fn a_later_sentence_naming_the_titles_happening_announces_it() {
        let page = "Regional Workshop on Water Accounts\n\n\
            Water accounts were first agreed in 2012.\n\n\
            UNSD and ESCAP invite experts. The Regional Workshop will take place \
            in Bangkok on 4-6 June 2024.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2024-06-04", "2024-06-06")
        );
        // A sentence that names another happening announces nothing here,
        // nor does one naming the organ that heads a title.
        let organ = "Security Council: situation in the region\n\nThe Council heard briefings.\n\n\
            Members spoke. The Security Council will meet again on 4 June 2024.\n";
        assert!(extract("p.txt", organ).is_empty());
        let page = page.replace("The Regional Workshop will", "A ministerial meeting will");
        assert!(extract("p.txt", &page).is_empty());
    }

    #[test]
    fn kickers_and_links_are_not_titles() {
        let page = "Media Advisory\nLaunch of the World Economic Situation and Prospects\n\
            Wednesday, January 8, 2025 at 11 a.m. EST\nThe report is launched.\n\n\
            Register now\nInternational Day of Women and Girls in Science\n\
            11 February 2025 | New York\nA high-level event.\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "Launch of the World Economic Situation and Prospects",
                "International Day of Women and Girls in Science"
            ]
        );
    }

    #[test]
    fn a_part_heading_below_the_date_is_no_next_title() {
        let page = "Digital Inclusion Week\n\nThu, Mar 6, 2025 9:00 AM - 5:00 PM GMT\n\n\
            About this event\nJoin us for a week of activities.\n";
        assert_eq!(
            each(page, |r| (r.title, r.summary)),
            [(
                "Digital Inclusion Week".to_string(),
                Some("Join us for a week of activities.".to_string())
            )]
        );
    }

    #[test]
    fn a_link_below_the_date_is_no_next_title() {
        let page = "Data forum\n\n12 March 2025, 10:00 CET\n\nRegister now\n\nThe forum meets.\n\n\
            Water forum\n\n13 March 2025, 10:00 CET\n\nShare this:\n\nThe water forum meets.\n\n\
            Related stories\n\nPanel on AI launched\n27 August 2025\n\nDownload the UN News app\n";
        assert_eq!(
            each(page, |r| (r.title, r.summary)),
            [
                (
                    "Data forum".to_string(),
                    Some("The forum meets.".to_string())
                ),
                (
                    "Water forum".to_string(),
                    Some("The water forum meets.".to_string())
                ),
            ]
        );
        // Nor right below the date, with no blank line between them.
        let page =
            "Related stories\nPanel on AI launched\n27 August 2025\nDownload the UN News app\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn cards_without_blank_lines_date_the_title_below() {
        // Date, title, place, and the next card's date: the range and the
        // timed date head the titles below them.
        let page = "Calendar\nNov 18, 2024 - Nov 22, 2024\nForum Open Consultations\n\
            Geneva, Switzerland\nDec 2, 2024 9:00 AM - 5:00 PM (GMT+1)\n\
            Workshop on Capacity Building\nOnline\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.start_time, r.location)),
            [
                (
                    "Forum Open Consultations".to_string(),
                    "2024-11-18".to_string(),
                    None,
                    Some("Geneva, Switzerland".to_string())
                ),
                (
                    "Workshop on Capacity Building".to_string(),
                    "2024-12-02".to_string(),
                    Some("09:00".to_string()),
                    Some("Online".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_day_below_a_grouping_heading_dates_the_timed_titles_below() {
        let page = "Side events\nTuesday, 10 September 2024\nThe right to development\n\
            13:00 - 14:00, Room XXII, Palais des Nations\nOrganized by the Mission of Pakistan\n\
            Protecting civic space online\n14:00 - 15:00, Room XXV\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.start_time, r.location)),
            [
                (
                    "The right to development".to_string(),
                    "2024-09-10".to_string(),
                    Some("13:00".to_string()),
                    Some("Room XXII, Palais des Nations".to_string())
                ),
                (
                    "Protecting civic space online".to_string(),
                    "2024-09-10".to_string(),
                    Some("14:00".to_string()),
                    Some("Room XXV".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_named_listing_heading_gives_its_year() {
        let page = "UN Ocean Conference 2025 side events\nMonday 9 June\n\
            10:00–11:15 | Room A | Blue finance for coastal cities\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.year_inferred)),
            [(
                "Blue finance for coastal cities".to_string(),
                "2025-06-09".to_string(),
                true
            )]
        );
    }

    #[test]
    fn a_year_alone_heads_its_items() {
        let page = "Past events\n\n2024\n\nAI governance webinar – 12 April\n\n\
            2023\n\nIGF 2023 Open Forum – 10 October, Kyoto\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.year_inferred)),
            [
                ("2024-04-12".to_string(), true),
                ("2023-10-10".to_string(), true)
            ]
        );
    }

    #[test]
    fn a_week_heading_with_no_year_keeps_the_year_above() {
        let page = "January 2025\n\nWeek of 27 January - 2 February\n\n\
            28 January, 15:00 (GMT) - Launch of the e-waste monitor (organizer: UNITAR)\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.year_inferred)),
            [("2025-01-28".to_string(), true)]
        );
        // No year anywhere: no record, rather than one in year 0.
        let page =
            "Week of 12-18 September\n\n15 September, 10:00 (ET) - Event A (organizer: ITU)\n";
        assert_eq!(each(page, |r| r.start_date), Vec::<String>::new());
    }

    #[test]
    fn a_programme_takes_its_year_from_the_page_heading() {
        let page = "WSIS Forum 2025 – Programme\n\nMonday 7 July\n\
            09:00–10:30 Opening ceremony, Room A\n\
            11:00–12:30 Digital inclusion, Popov Room\n";
        assert_eq!(
            each(page, |r| (
                r.title,
                r.start_date,
                r.year_inferred,
                r.location
            )),
            [
                (
                    "Opening ceremony".to_string(),
                    "2025-07-07".to_string(),
                    true,
                    Some("Room A".to_string())
                ),
                (
                    "Digital inclusion".to_string(),
                    "2025-07-07".to_string(),
                    true,
                    Some("Popov Room".to_string())
                )
            ]
        );
        // A heading that names no edition gives no year.
        assert!(each(&page.replace("2025 ", ""), |r| r.title).is_empty());
        // Nor does a sentence that opens a list; a heading with a colon does.
        let page = "2020 UNDP Annual Meeting:\n\nPartnership Meeting\n\nJune 24 & 25\n\n\
            On 24th and 25th of June the annual partnership meeting will take place.\n";
        let got = each(page, |r| (r.start_date, r.end_date, r.year_inferred));
        assert_eq!(
            got,
            [("2020-06-24".to_string(), "2020-06-25".to_string(), true)]
        );
        let lead_in = page.replace(
            "2020 UNDP Annual Meeting:",
            "In 2020 the partners met at the following meetings:",
        );
        assert!(each(&lead_in, |r| r.title).is_empty());
    }

    #[test]
    fn a_card_below_a_listing_heading_opens_with_its_dates() {
        let page = "ITU Events\nStart Date: 05 Jun 2024\nEnd Date: 07 Jun 2024\n\
            WSIS+20 Forum High-Level Event\nVenue: Geneva, Switzerland\nThe event takes stock.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.end_date, r.location)),
            [(
                "WSIS+20 Forum High-Level Event".to_string(),
                "2024-06-05".to_string(),
                "2024-06-07".to_string(),
                Some("Geneva, Switzerland".to_string())
            )]
        );
    }

    #[test]
    fn cards_with_no_blank_line_between_them_each_open_with_their_date() {
        let own = |x: &str| x.to_string();
        let fields = "Upcoming Events\nStart date: 16 June 2025\nEnd date: 20 June 2025\n\
            Open Source Week 2025\nNew York\nStart date: 8 July 2025\nEnd date: 11 July 2025\n\
            AI for Good Global Summit 2025\nGeneva\n";
        assert_eq!(
            each(fields, |r| (r.title, r.start_date, r.end_date)),
            [
                (
                    own("Open Source Week 2025"),
                    own("2025-06-16"),
                    own("2025-06-20")
                ),
                (
                    own("AI for Good Global Summit 2025"),
                    own("2025-07-08"),
                    own("2025-07-11")
                ),
            ]
        );
        // One date each, below a heading read as noise; the last card's text.
        let dates = "Events\nDate: 16 June 2025\nOpen Source Week\nNew York\n\
            Date: 8 July 2025\nAI for Good\nGeneva\nDate: 9 September 2025\nWSIS Forum\n\
            The forum will review progress.\n";
        assert_eq!(
            each(dates, |r| (r.title, r.start_date, r.location)),
            [
                (
                    own("Open Source Week"),
                    own("2025-06-16"),
                    Some(own("New York"))
                ),
                (own("AI for Good"), own("2025-07-08"), Some(own("Geneva"))),
                (own("WSIS Forum"), own("2025-09-09"), None),
            ]
        );
        // A venue below the name reads as a title line: it is the card's
        // place, not the next card's name.
        let venues = "Upcoming events\n\nStart date: 16 June 2025\nEnd date: 20 June 2025\n\
            Open Source Week\nUnited Nations Headquarters, New York\n\
            Start date: 8 July 2025\nEnd date: 11 July 2025\nAI for Good\n\
            Palais des Nations, Geneva\nStart date: 7 October 2025\nEnd date: 9 October 2025\n\
            Digital Public Goods Forum\nThe forum gathers open source communities.\n";
        assert_eq!(
            each(venues, |r| (r.title, r.start_date, r.location)),
            [
                (
                    own("Open Source Week"),
                    own("2025-06-16"),
                    Some(own("United Nations Headquarters, New York"))
                ),
                (
                    own("AI for Good"),
                    own("2025-07-08"),
                    Some(own("Palais des Nations, Geneva"))
                ),
                (own("Digital Public Goods Forum"), own("2025-10-07"), None),
            ]
        );
    }

    #[test]
    fn a_release_dates_what_happened_today_below_its_tags() {
        let page = "SC/15720\n6 June 2024\nSecurity Council\n9647th Meeting (AM)\n\
            Security Council Adopts Resolution 2735 (2024)\n\
            The Security Council today adopted a resolution.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [(
                "Security Council Adopts Resolution 2735 (2024)".to_string(),
                "2024-06-06".to_string()
            )]
        );
        // Three headlines between the date and the story: a listing.
        let listing = "6 June 2024\nOne headline\nAnother headline\nA third\n\
            Security Council Adopts Resolution 2735 (2024)\n\
            The Security Council today adopted a resolution.\n";
        assert!(each(listing, |r| r.title).is_empty());
    }

    #[test]
    fn tabbed_and_markdown_rows_are_tables() {
        let page = "Date\tMeeting\tVenue\n5 June 2024\tTrade Board\tGeneva\n\n\
            | 6 June 2024 | Investment Commission | Bangkok |\n\n\
            Forum on Trade\n7 June 2024\n1.\tThe forum meets.\n";
        assert_eq!(
            each(page, |r| (r.title, r.location, r.summary)),
            [
                ("Trade Board".to_string(), Some("Geneva".to_string()), None),
                (
                    "Investment Commission".to_string(),
                    Some("Bangkok".to_string()),
                    None
                ),
                (
                    "Forum on Trade".to_string(),
                    None,
                    Some("1. The forum meets.".to_string())
                ),
            ]
        );
    }

    #[test]
    fn cards_of_title_date_and_venue_follow_each_other() {
        let card =
            |t: &str, d: &str, v: &str| format!("{t}\n{d}\n{v}\nConvened by the President\n");
        let page = format!(
            "Events\n{}{}",
            card(
                "Meeting on resistance",
                "26 September 2024",
                "Trusteeship Council Chamber"
            ),
            card(
                "Meeting on sea-level rise",
                "25 September 2024",
                "General Assembly Hall"
            ),
        );
        assert_eq!(
            each(&page, |r| (r.title, r.start_date, r.location)),
            [
                (
                    "Meeting on resistance".to_string(),
                    "2024-09-26".to_string(),
                    Some("Trusteeship Council Chamber".to_string())
                ),
                (
                    "Meeting on sea-level rise".to_string(),
                    "2024-09-25".to_string(),
                    Some("General Assembly Hall".to_string())
                ),
            ]
        );
        // Headlines and their bare days: publication dates.
        let news = "Latest news\nGuterres urges action\n12 November 2024\n\
            UN chief visits Kenya\n10 November 2024\n";
        assert!(each(news, |r| r.title).is_empty());
    }

    #[test]
    fn organizers_after_the_place_on_a_date_line() {
        let page = "Panel on diplomacy\n24 June 2024 from 1:15 to 2:30 p.m. in Conference Room 6 \
            (organized by the Group of Friends of Gender Parity)\n";
        assert_eq!(
            each(page, |r| (r.location, r.organizers)),
            [(
                Some("Conference Room 6".to_string()),
                vec!["Group of Friends of Gender Parity".to_string()]
            )]
        );
    }

    #[test]
    fn organizers_after_the_place_on_a_dated_title() {
        let page = "Open Source Week, 16–20 June 2026, New York (organized by ODET and UNICEF)\n\n\
            Data Dialogue, 3 March 2026, Geneva (organizers: ITU, UNECE)\n";
        assert_eq!(
            each(page, |r| (r.title, r.location, r.organizers)),
            [
                (
                    "Open Source Week".to_string(),
                    Some("New York".to_string()),
                    vec!["ODET".to_string(), "UNICEF".to_string()]
                ),
                (
                    "Data Dialogue".to_string(),
                    Some("Geneva".to_string()),
                    vec!["ITU".to_string(), "UNECE".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn a_field_after_an_event_lines_last_dash() {
        let page = "22 September 2022, 8:00 – 9:30 a.m. EDT – Breakfast on AI (organizer: OHCHR) \
            – Venue: UN Headquarters, Conference Room 11\n\n\
            23 September 2022 - Where: the future of AI\n";
        assert_eq!(
            each(page, |r| (r.title, r.location)),
            [
                (
                    "Breakfast on AI".to_string(),
                    Some("UN Headquarters, Conference Room 11".to_string())
                ),
                ("Where: the future of AI".to_string(), None),
            ]
        );
    }

    #[test]
    fn a_schedule_times_each_item_below_its_day() {
        let page = "Schedule\nMonday, 16 December 2024\n10:00 - 13:00 EST\n\
            Security Council: The situation in the Middle East\nSecurity Council Chamber\n\
            15:00 - 16:00 EST\nPress conference: Launch of the Overview\nPress Briefing Room\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_time, r.location)),
            [
                (
                    "Security Council: The situation in the Middle East".to_string(),
                    Some("10:00".to_string()),
                    Some("Security Council Chamber".to_string())
                ),
                (
                    "Press conference: Launch of the Overview".to_string(),
                    Some("15:00".to_string()),
                    Some("Press Briefing Room".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_type_cell_before_the_name_leaves_the_title() {
        let page = "Webinar | Youth and peacebuilding | 9 October 2024 | 14:00 CEST\n\
            Security Council | Open debate on children | 10 October 2024\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "Youth and peacebuilding",
                "Security Council | Open debate on children"
            ]
        );
    }

    #[test]
    fn labelled_cards_below_a_heading_keep_their_titles() {
        let page = "OHCHR side events at HRC58\n\
            Date & time: 3 March 2025, 13:00-14:00 CET\nTitle: Protecting defenders online\n\
            Organizers: Permanent Mission of Norway\n\
            Date & time: 4 March 2025, 14:00-15:00 CET\nTitle: Climate and human rights\n\
            Organizers: CIEL\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.organizers)),
            [
                (
                    "Protecting defenders online".to_string(),
                    "2025-03-03".to_string(),
                    vec!["Permanent Mission of Norway".to_string()]
                ),
                (
                    "Climate and human rights".to_string(),
                    "2025-03-04".to_string(),
                    vec!["CIEL".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn places_written_after_dates_locate_records() {
        let page = "Asia-Pacific Forum\n6-8 March 2024 | Bangkok, Thailand\n\nThe forum meets.\n\n\
            Human Rights Council panel\n6 March 2024, 10.00–11.30 CET, Palais des Nations, Room XX\n\nA panel.\n\n\
            Summit on the Future, 22-23 September 2024, New York\n\nLeaders meet.\n\n\
            Informal meeting of the plenary\nThursday, 14 March 2024, at 10 a.m., in the Trusteeship Council Chamber\n\n\
            The President convenes it.\n\n\
            Conference on SIDS\n27–30 May 2024, St. John's, Antigua and Barbuda\n\nThe conference meets.\n\n\
            Stakeholder consultation, 18 April 2024, 9-10:30am EDT (virtual)\n\n\
            Youth dialogue\n7 May 2024 @ UN Headquarters, New York\n\nYouth meet.\n\n\
            Date | Event | Venue\n5 June 2024 | Launch of the Global Report | Geneva\n";
        let records = extract("p.txt", page);
        let got: Vec<(&str, Option<&str>, &str)> = records
            .iter()
            .map(|r| (r.title.as_str(), r.location.as_deref(), r.end_date.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Asia-Pacific Forum",
                    Some("Bangkok, Thailand"),
                    "2024-03-08"
                ),
                (
                    "Human Rights Council panel",
                    Some("Palais des Nations, Room XX"),
                    "2024-03-06"
                ),
                ("Summit on the Future", Some("New York"), "2024-09-23"),
                (
                    "Informal meeting of the plenary",
                    Some("Trusteeship Council Chamber"),
                    "2024-03-14"
                ),
                (
                    "Conference on SIDS",
                    Some("St. John's, Antigua and Barbuda"),
                    "2024-05-30"
                ),
                ("Stakeholder consultation", Some("virtual"), "2024-04-18"),
                (
                    "Youth dialogue",
                    Some("UN Headquarters, New York"),
                    "2024-05-07"
                ),
                ("Launch of the Global Report", Some("Geneva"), "2024-06-05"),
            ]
        );
        assert_eq!(
            records[1].start.as_deref(),
            Some("2024-03-06T10:00:00+01:00")
        );
    }

    #[test]
    fn a_way_to_attend_between_room_and_venue_is_no_part_of_the_place() {
        let page = "Launch of the Digital Report\n\n15 September 2022, 14:00 – 15:00, Room XXV, in a hybrid format, Palais des Nations, Geneva\n\nThe report will be presented by the Secretariat to delegates.\n";
        let r = only_record(page);
        assert_eq!(
            r.location.as_deref(),
            Some("Room XXV, Palais des Nations, Geneva")
        );
    }

    #[test]
    fn a_place_alone_on_its_line_below_the_date_locates_the_record() {
        let page = "Committee against Torture\n28 Oct 2024 - 22 Nov 2024\nGeneva\n\n\
            Data for SDGs\n1:15 PM - 2:30 PM EDT, 8 July 2024\nVirtual\nOrganizers: UNSD\n\nA talk.\n\n\
            Press briefing\n9 July 2024\nTranscript\n\nThe briefing.\n";
        let got: Vec<(String, Option<String>)> = each(page, |r| (r.title, r.location));
        assert_eq!(
            got,
            [
                ("Committee against Torture".into(), Some("Geneva".into())),
                ("Data for SDGs".into(), Some("Virtual".into())),
                ("Press briefing".into(), None),
            ]
        );
    }

    #[test]
    fn a_place_alone_below_a_dated_title_locates_the_record() {
        let page = "Calendar\n\nRegional consultation, 28 February – 1 March 2024\n\
            Santiago, Chile\nMember States of the region meet.\n\n\
            Expert meeting on ageing, 4 March 2024\nOnline\nExperts review the report.\n";
        let got: Vec<(String, Option<String>)> = each(page, |r| (r.title, r.location));
        assert_eq!(
            got,
            [
                (
                    "Regional consultation".into(),
                    Some("Santiago, Chile".into())
                ),
                ("Expert meeting on ageing".into(), Some("Online".into())),
            ]
        );
    }

    #[test]
    fn a_date_and_time_below_a_title_dates_it_though_a_title_follows() {
        // UN Web TV: a channel or organ before the date, the time after a dash.
        let page = "Security Council: Middle East - 9800th meeting\n\
            Security Council | 10 Dec 2024 - 10:00 AM - 01:00 PM\n\n\
            General Assembly: 58th plenary meeting\n10 Dec 2024, 03:00 PM\n\n\
            Launch of the Report\n04 Dec 2024\n\n\
            Press Conference on Gaza\nPress Conferences | 04 Dec 2024 - 12:30 PM\n";
        let got: Vec<(String, Option<String>)> = each(page, |r| (r.title, r.start_time));
        // A date without a time above the next title is its publication date.
        assert_eq!(
            got,
            [
                (
                    "Security Council: Middle East - 9800th meeting".into(),
                    Some("10:00".into())
                ),
                (
                    "General Assembly: 58th plenary meeting".into(),
                    Some("15:00".into())
                ),
                ("Press Conference on Gaza".into(), Some("12:30".into())),
            ]
        );
        // A name with words in lower case before the date names its own
        // item, below a heading with no blank line between them.
        let page = "Media schedule\n\
            Briefing on AI governance | 12:00 PM EDT | Tuesday, 14 May 2024\n\
            The Office briefs correspondents on the report.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_time)),
            [(
                "Briefing on AI governance".to_string(),
                Some("12:00".into())
            )]
        );
    }

    #[test]
    fn rows_with_the_title_first_are_items_each() {
        // A dated row below a dated row is its own item, not the one above's
        // channel; cells after the date name the place, then the organizers.
        let page = "Events\n\nLaunch of the World Drug Report | 26 June 2024 | Vienna\n\
            Expert meeting | 5 June 2024 | Online | UNODC\n";
        let got: Vec<(String, Option<String>, Vec<String>)> =
            each(page, |r| (r.title, r.location, r.organizers));
        assert_eq!(
            got,
            [
                (
                    "Launch of the World Drug Report".into(),
                    Some("Vienna".into()),
                    vec![]
                ),
                (
                    "Expert meeting".into(),
                    Some("Online".into()),
                    vec!["UNODC".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn a_date_above_its_title_stays_the_titles_when_a_title_follows() {
        // The date-time opens the page: it heads the title below it, and the
        // next title does not take it away (this once underflowed a line index).
        let page =
            "28 Nov 2024 | 10:00 - 12:00 CET\nBriefing on Sudan\nBriefing on Chad\n\nText.\n";
        let got: Vec<String> = each(page, |r| r.title);
        assert_eq!(got, ["Briefing on Sudan"]);
    }

    #[test]
    fn a_place_after_a_blank_line_below_the_date_locates_the_record() {
        let page = "Briefing on Sudan\n\n14 January 2025, 10:00 - 11:00 EST\n\n\
            Conference Room 2\n\nOCHA briefs Member States.\n\n\
            Webinar on water\n\nThursday, 16 January 2025\n\nOnline\n\nExperts meet.\n";
        let got: Vec<(String, Option<String>)> = each(page, |r| (r.title, r.location));
        assert_eq!(
            got,
            [
                ("Briefing on Sudan".into(), Some("Conference Room 2".into())),
                ("Webinar on water".into(), Some("Online".into())),
            ]
        );
    }

    #[test]
    fn a_statements_delivery_line_announces_it() {
        let page = "Speeches\n\nStatement to the Second Committee\n\
            Delivered by the Director, on 8 October 2025, in Conference Room 2\n\nThank you, Chair.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [(
                "Statement to the Second Committee".to_string(),
                "2025-10-08".to_string(),
                Some("Conference Room 2".to_string())
            )]
        );
    }

    #[test]
    fn a_page_with_classic_mac_line_ends_is_read_line_by_line() {
        let page = "Events\r\rLaunch of the report, 5 June 2025\rThe report is out.\r";
        assert_eq!(
            each(page, |r| (r.title, r.summary, r.sources[0].line)),
            [(
                "Launch of the report".to_string(),
                Some("The report is out.".to_string()),
                3
            )]
        );
    }

    #[test]
    fn an_agenda_item_of_the_whole_day_has_no_time() {
        let page = "Agenda\n\nDay 2 – Tuesday, 15 October 2024\n\n\
            09:00 – 10:30 Panel on digital public infrastructure\nAll day: Exhibition of digital solutions\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.start_time)),
            [
                (
                    "Panel on digital public infrastructure".to_string(),
                    "2024-10-15".to_string(),
                    Some("09:00".to_string())
                ),
                (
                    "Exhibition of digital solutions".to_string(),
                    "2024-10-15".to_string(),
                    None
                )
            ]
        );
        // So is an event line with `All day` before its date.
        let page = "Events 2025\n\nAll day, 26 September – Digital Cooperation Day\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.start_time, r.date_text)),
            [(
                "Digital Cooperation Day".to_string(),
                "2025-09-26".to_string(),
                None,
                "26 September".to_string()
            )]
        );
        // A zone after the note zones the day.
        let page = "Events 2023\n\n5-6 October, all day (GMT+3) - Regional forum on trade (organizer: ESCWA)\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_time, r.utc_offset)),
            [(
                "Regional forum on trade".to_string(),
                None,
                Some("+03:00".to_string())
            )]
        );
    }

    #[test]
    fn a_cards_fields_run_together_on_one_line() {
        let page = "Event: Launch of the World Social Report 2025\n\
            Date: Tuesday, 18 March 2025 Time: 10:00 - 11:30 EDT Location: Conference Room 6\n\
            The report examines trust.\n\n\
            Workshop on trade statistics\nDate: 13-14 March 2025; Venue: Palais des Nations\n\
            Statisticians compare methods.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                (
                    "Launch of the World Social Report 2025".to_string(),
                    "2025-03-18".to_string(),
                    Some("Conference Room 6".to_string())
                ),
                (
                    "Workshop on trade statistics".to_string(),
                    "2025-03-13".to_string(),
                    Some("Palais des Nations".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_date_lines_second_days_slot_ends_the_happening() {
        let page = "Events\n\nRegional consultation on AI\n\
            12 March 2024 (10:00-12:00) and 13 March 2024 (14:00-16:00) CET\n\
            Member States meet online.\n";
        assert_eq!(
            each(page, |r| (r.start, r.end)),
            [(
                Some("2024-03-12T10:00:00+01:00".to_string()),
                Some("2024-03-13T16:00:00+01:00".to_string())
            )]
        );
    }

    #[test]
    fn one_word_opening_a_block_above_its_date_titles_it() {
        let page = "Events\n\nCOP29\n11-22 November 2024\nBaku, Azerbaijan\n\nThe conference.\n\n\
            Home\nNews\n5 June 2025\nThe Office opened.\n\nAgenda\n6 June 2025\n\nThe day's items.\n";
        // A menu's word above a date, or a part of the page, titles nothing.
        assert_eq!(
            each(page, |r| (r.title, r.location)),
            [("COP29".to_string(), Some("Baku, Azerbaijan".to_string()))]
        );
        // With no blank lines, the item's text above ends its block.
        let page = "Events\nCOP29\n11-22 November 2024\nThe conference meets.\n\
            Datathon\n5 June 2025\nStudents analyse data.\nHome\nNews\n6 June 2025\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [("Datathon".to_string(), "2025-06-05".to_string())]
        );
    }

    #[test]
    fn a_timelines_items_named_by_short_sentences_are_records() {
        let page = "Global Digital Compact\n\nTimeline\n\n\
            14 March 2023 – Thematic deep dive on digital inclusion.\n\
            • 1 April 2024 – Zero draft released.\n\
            22 September 2024 – The Compact was adopted at the Summit.\n\n\
            Council session\n\n\
            26 February 2024 – Delegates from all regions met in Geneva to open the session.\n";
        // Alone below its heading, a dated sentence opens the section's
        // text; a sentence that tells what happened names no item.
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                (
                    "Thematic deep dive on digital inclusion".into(),
                    "2023-03-14".into()
                ),
                ("Zero draft released".into(), "2024-04-01".into()),
                ("Council session".into(), "2024-02-26".into()),
            ]
        );
        // The paragraph after the list closes it; an item with its own text
        // keeps it.
        let page = "Timeline\n\n14 March 2023 – Deep dive on inclusion (organizer: OSET)\n\
            1 April 2024 – Zero draft released\n\nThe Compact was adopted in September.\n\n\
            5 May 2024 – Consultation on the draft\n\nMember States commented.\n";
        assert_eq!(
            each(page, |r| r.summary),
            [None, None, Some("Member States commented.".to_string())]
        );
    }

    #[test]
    fn a_release_dated_above_its_headline_that_tells_of_today() {
        let page = "SC/15900\n10 December 2024\n\nCouncil Extends Mission Mandate\n\n\
            NEW YORK – The Security Council today decided to extend the mandate.\n\n\
            11 December 2024\n\nCouncil Hears Briefing\n\nThe Council heard a briefing.\n\n\
            12 December 2024\n\nRemarks at the launch of the report\n\n\
            Following are the remarks at the launch of the report, in Geneva today:\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.location));
        // Without `today` the date above is only the headline's publication
        // date. The release's dateline says where.
        assert_eq!(
            got,
            [
                (
                    "Council Extends Mission Mandate".to_string(),
                    "2024-12-10".to_string(),
                    Some("New York".to_string())
                ),
                (
                    "Remarks at the launch of the report".to_string(),
                    "2024-12-12".to_string(),
                    Some("Geneva".to_string())
                )
            ]
        );
        // `this morning` tells of today too.
        let page = "30 September 2013\n\n64th Session of EXCOM\n\n\
            The 64th session of the Executive Committee began this morning in Geneva.\n";
        assert_eq!(only_record(page).start_date, "2013-09-30");
    }

    #[test]
    fn labelled_first_and_last_days_make_one_record() {
        let page = "Global Forum on Migration\nStart date: 10 July 2024 10:00\nEnd date: 12 July 2024 17:00\n\
            Location: Geneva, Switzerland\n\nMember States review progress.\n\n\
            Expert meeting on youth\n2024-04-15 to 2024-04-17, Nairobi\n\nExperts meet.\n";
        let got: Vec<String> = extract("p.txt", page)
            .iter()
            .map(|r| {
                let (until, place) = (r.end_time.as_deref(), r.location.as_deref());
                format!(
                    "{} {}..{} {until:?} {place:?}",
                    r.title, r.start_date, r.end_date
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                "Global Forum on Migration 2024-07-10..2024-07-12 Some(\"17:00\") \
                 Some(\"Geneva, Switzerland\")",
                "Expert meeting on youth 2024-04-15..2024-04-17 None Some(\"Nairobi\")",
            ]
        );
    }

    #[test]
    fn labelled_start_and_end_times_make_the_hours() {
        let page = "Webinar on oceans\nDate: 12 June 2024\nStart time: 10:00 CEST\n\
            End time: 11:30 CEST\n\nJoin us.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_time, r.end_time, r.timezone),
            (
                Some("10:00".to_string()),
                Some("11:30".to_string()),
                Some("CEST".to_string())
            )
        );
    }

    #[test]
    fn datelines_date_the_headline_above() {
        let page = "Press releases\n\nUN experts call for protection of journalists\n\n\
            GENEVA (4 March 2024) – UN experts today called on States to protect journalists.\n\n\
            Human Rights Council opens session\n\n\
            26 February 2024 – The Human Rights Council today opened its fifty-fifth session.\n\n\
            AI dialogue launched\n\n\
            GENEVA (ITU), 5 June 2025 – The dialogue opened today.\n\n\
            UNEP launches coalition\n\n\
            NAIROBI, Kenya, 6 June 2025 – The coalition was launched today.\n\n\
            Office releases statement\n\n\
            (New York, 7 June 2025) – The Office today released a statement.\n\n\
            Lecture series opens\n\n\
            3 March 2021, Geneva, Switzerland - The series opened today.\n\n\
            Report on youth launched\n\n\
            NEW YORK, 8 June 2025 (Department of Economic and Social Affairs) — The report was launched today.\n\n\
            Experts end visit\n\n\
            GENEVA / NAIROBI (9 June 2025) – Two UN experts today ended their visit.\n";
        let got: Vec<(String, String, Option<String>)> =
            each(page, |r| (r.title, r.start_date, r.location));
        let own = |x: &str| x.to_string();
        assert_eq!(
            got,
            [
                (
                    own("UN experts call for protection of journalists"),
                    own("2024-03-04"),
                    Some(own("Geneva"))
                ),
                (
                    own("Human Rights Council opens session"),
                    own("2024-02-26"),
                    None
                ),
                // The agency after the city (`(ITU)`).
                (
                    own("AI dialogue launched"),
                    own("2025-06-05"),
                    Some(own("Geneva"))
                ),
                // The country after the city.
                (
                    own("UNEP launches coalition"),
                    own("2025-06-06"),
                    Some(own("Nairobi, Kenya"))
                ),
                // The whole dateline in parentheses.
                (
                    own("Office releases statement"),
                    own("2025-06-07"),
                    Some(own("New York"))
                ),
                // The city and its country after the date.
                (
                    own("Lecture series opens"),
                    own("2021-03-03"),
                    Some(own("Geneva, Switzerland"))
                ),
                // The issuing office after the date, at length.
                (
                    own("Report on youth launched"),
                    own("2025-06-08"),
                    Some(own("New York"))
                ),
                // Two cities, the slash between them spaced.
                (
                    own("Experts end visit"),
                    own("2025-06-09"),
                    Some(own("Geneva / Nairobi"))
                ),
            ]
        );
    }

    #[test]
    fn a_dateline_ended_by_a_stop_may_part_its_place_by_a_dash() {
        let page = "Press\n\nTech Envoy visits Nairobi\n\n\
            Nairobi, Kenya — 14 March 2024. The Envoy met with officials.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.location.as_deref()),
            ("2024-03-14", Some("Nairobi, Kenya"))
        );
        // Before a dash, only a place the gazetteer knows is a dateline's.
        let named = "Press\n\nObservance\n\n\
            Human Rights Day – 10 December 2024. The Day is marked.\n";
        assert!(extract("p.txt", named).is_empty());
    }

    #[test]
    fn a_place_and_date_line_dates_the_statement_above() {
        let page = "Statements\n\nSecretary-General's remarks to the General Assembly\n\n\
            New York, 5 June 2024\n\nMr. President, I thank you.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.location.as_deref()
            ),
            (
                "Secretary-General's remarks to the General Assembly",
                "2024-06-05",
                Some("New York")
            )
        );
    }

    #[test]
    fn a_date_in_its_titles_block_dates_it() {
        // A subtitle between title and date; a block closed by a blank line
        // or the page's end, with no body.
        let page = "Meetings\n\nCommittee on the Rights of the Child\nNinety-sixth session\n\
            13 May–7 June 2024\nPalais Wilson, Geneva\n\n\
            Permanent Forum on Indigenous Issues\n15-26 April 2024\n";
        let got: Vec<(String, String)> = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [
                (
                    "Committee on the Rights of the Child".into(),
                    "2024-05-13".into()
                ),
                (
                    "Permanent Forum on Indigenous Issues".into(),
                    "2024-04-15".into()
                ),
            ]
        );
        // A block's range, or its place, dates the title above even when the
        // next title follows after a blank line: nothing is published over
        // several days. A bare day there is the next item's.
        let page = "Commission on the Status of Women\n10–21 March 2025\n\n\
            Committee against Torture\nGeneva, 7 April 2025\n\n\
            Guterres urges climate action\n12 November 2024\n\n\
            Council opens session\n24 February 2025\n\nThe Council met.\n";
        let got: Vec<(String, String)> = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [
                (
                    "Commission on the Status of Women".into(),
                    "2025-03-10".into()
                ),
                ("Committee against Torture".into(), "2025-04-07".into()),
                ("Council opens session".into(), "2025-02-24".into()),
            ]
        );
        // Two subtitles may stack and the top line titles; a third line above
        // heads a section of its own.
        let page = "Second Committee\nSeventy-ninth session\nGeneral debate\n\
            7 October 2024, 10:00 - 13:00\n\nThe Committee opens its debate.\n";
        assert_eq!(each(page, |r| r.title), ["Second Committee"]);
        for above in ["Meetings\n", "Budget matters\n"] {
            assert_eq!(
                each(&format!("{above}{page}"), |r| r.title),
                ["Second Committee"]
            );
        }
    }

    #[test]
    fn a_code_or_organ_above_its_full_name_is_no_title() {
        for top in ["SB 62", "Human Rights Council"] {
            let page = format!(
                "{top}\n59th regular session of the Human Rights Council\n16 June to 9 July 2025\n\
                 Palais des Nations, Geneva\n\nThe Council meets.\n"
            );
            assert_eq!(
                each(&page, |r| r.title),
                ["59th regular session of the Human Rights Council"]
            );
        }
        // The page's title in the browser's tab, then its headline.
        let page = "Launch of the Survey | Department of Economic and Social Affairs\n\
            Launch of the Survey\n17 September 2024 | 10:00 - 11:30 EDT\n\nThe Survey is out.\n";
        assert_eq!(each(page, |r| r.title), ["Launch of the Survey"]);
        // A generic subtitle below an organ's name leaves the organ titling.
        let page =
            "Human Rights Council\nFifty-ninth session\n16 June to 9 July 2025\n\nIt meets.\n";
        assert_eq!(each(page, |r| r.title), ["Human Rights Council"]);
    }

    #[test]
    fn icons_before_a_posts_date_time_and_place_are_left_out() {
        let page = "UNGIS webinar on digital inclusion\n📅 12 March 2026\n🕙 10:00–11:30 CET\n\
            📍 Online (Zoom)\n\nThe webinar presents the statement.\n\n\
            🌍 Earth Day webinar\n⏰ 22 April 2026, 14:00 CEST\n\nExperts meet.\n";
        let got = each(page, |r| (r.title, r.date_text, r.start, r.location));
        let s = |t: &str| Some(t.to_string());
        assert_eq!(
            got,
            [
                (
                    "UNGIS webinar on digital inclusion".to_string(),
                    "12 March 2026".to_string(),
                    s("2026-03-12T10:00:00+01:00"),
                    s("Online (Zoom)")
                ),
                // A title's icon is written with it and stays.
                (
                    "🌍 Earth Day webinar".to_string(),
                    "22 April 2026, 14:00 CEST".to_string(),
                    s("2026-04-22T14:00:00+02:00"),
                    None
                ),
            ]
        );
    }

    #[test]
    fn a_tagline_below_a_picture_leaves_the_title_to_the_page() {
        let page = "Special day\nWorld Radio Day 2019 – Observance at UN headquarters\nImage\n\
            DIALOGUE: Radio for tolerance and peace\n\
            The Observance of World Radio Day was held on 13 February 2019 at UN Headquarters.\n\
            Speakers from the stations spoke.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "World Radio Day 2019 – Observance at UN headquarters"
        );
        assert_eq!(r.start_date, "2019-02-13");
    }

    #[test]
    fn a_headlines_deck_leaves_the_announcement_to_the_headline() {
        let page = "Council holds its regular session from 27 May to 14 June 2013\n\n\
            23 May 2013\n\n\
            Council to Hear from the Commission of Inquiry and to Hold Four Panel Discussions\n\n\
            The Council will hold its regular session from 27 May to 14 June 2013 at the \
            Palais des Nations in Geneva.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Council holds its regular session");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2013-05-27", "2013-06-14")
        );
        assert_eq!(r.location.as_deref(), Some("Palais des Nations"));
    }

    #[test]
    fn a_weekday_with_its_hours_picks_the_pages_year() {
        let page = |years: &str| {
            format!(
                "Briefing on the Council\n\
                 The President is convening a briefing, to be held on Wednesday, 23 January, \
                 at 10 a.m. in the Trusteeship Council Chamber.\n\
                 A preview of the {years} programme will be presented.\n"
            )
        };
        let r = only_record(&page("2019"));
        assert_eq!(
            (r.start_date.as_str(), r.year_inferred),
            ("2019-01-23", true)
        );
        // 23 January falls on a Wednesday in 2019 and in 2030, not in 2020.
        assert_eq!(only_record(&page("2019 and 2020")).start_date, "2019-01-23");
        assert!(extract("p.txt", &page("2019 and 2030")).is_empty());
    }

    #[test]
    fn a_meetings_number_may_stand_between_its_time_and_its_item() {
        let page = "Order of the day\nPlenary meetings – Room XX\nWednesday, 25 March 2015\n\
            MORNING\n9.00 – 12.00\n51st meeting\n\
            Annual thematic discussion on technical cooperation\n\
            Chair: H.E. Mr. Joachim Ruecker, President of the Council\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Annual thematic discussion on technical cooperation"
        );
        assert_eq!(
            day_and_hours(&r),
            ("2015-03-25", Some("09:00"), Some("12:00"))
        );
    }

    #[test]
    fn a_media_advisorys_when_may_give_its_time_first() {
        let page = "Media are invited to attend the launch of a new report.\n\
            WHAT: Launch of the World Report: Let Communities Lead\n\
            WHEN: 13:30-14:30 GMT, Tuesday 28 November 2023\n\
            WHERE: Central Hall Westminster, London, UK\n";
        let r = only_record(page);
        assert_eq!(r.title, "Launch of the World Report: Let Communities Lead");
        assert_eq!(
            day_and_hours(&r),
            ("2023-11-28", Some("13:30"), Some("14:30"))
        );
        assert_eq!(r.utc_offset.as_deref(), Some("+00:00"));
    }

    #[test]
    fn media_invited_to_attend_announce_the_happening() {
        let page = "Agency to launch its Global Update in Eshowe\n\n\
            News media are invited to attend the global launch of the Update, Communities at \
            the Centre, in Eshowe, on 16 July 2019.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2019-07-16");
        // `the Centre` alone names no venue.
        assert_eq!(r.location, None);
    }

    #[test]
    fn a_media_advisorys_fields_in_capitals_may_lack_their_colons() {
        let page = "Media advisory\n\n\
            EVENT      Press launch of the Global Update: The Urgency of Now\n\n\
            TIME/DATE     10:00–11:00 CET Monday, 22 July 2024\n\n\
            WHERE      Central Munich, Germany\n\n\
            Speakers include the Executive Director.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Press launch of the Global Update: The Urgency of Now"
        );
        assert_eq!(
            day_and_hours(&r),
            ("2024-07-22", Some("10:00"), Some("11:00"))
        );
        assert_eq!(r.location.as_deref(), Some("Central Munich, Germany"));
        // `WHEN` gives the hours of the `DATE` above it.
        let page = "Media advisory\n\n\
            EVENT Launch of the Global Update\n\n\
            DATE Tuesday, 16 July 2019\n\n\
            WHERE King Dinuzulu Stadium, Eshowe, South Africa\n\n\
            WHEN 11.00–12.30 (09:00-10:30 GMT)\n\n\
            SPEAKERS\n";
        let r = only_record(page);
        assert_eq!(r.title, "Launch of the Global Update");
        assert_eq!(
            day_and_hours(&r),
            ("2019-07-16", Some("11:00"), Some("12:30"))
        );
    }

    #[test]
    fn a_programme_right_below_the_day_and_place_keeps_the_titles_day() {
        let page = "Future Talks 2024\n\
            Artificial Intelligence – An Ethical Challenge\n\
            19th April 2024\n\
            The Oak Room, Mansion House, Dublin\n\
            10:30 – 10:50 Words of welcome\n\
            - Lord Mayor of Dublin\n\
            10:50 – 11:15 Keynote speech\n";
        let titles = each(page, |r| (r.title, r.location));
        assert_eq!(
            titles[0],
            (
                "Artificial Intelligence – An Ethical Challenge".to_string(),
                Some("The Oak Room, Mansion House, Dublin".to_string())
            )
        );
        assert_eq!(titles.len(), 3);
    }

    #[test]
    fn a_blogs_empty_category_beside_the_date_is_no_title() {
        let page = "Highlights of the Global Summit\n\n\
            Jun 2, 2024 | Uncategorized\n\n\
            The summit emphasised the role of AI in development.\n";
        assert_eq!(only_record(page).title, "Highlights of the Global Summit");
    }

    #[test]
    fn hours_below_the_pages_title_date_it_across_a_blank_line() {
        let page = "Digital Public Infrastructural Possibilities\n\n\
            October 20th, 2020 - 9:00 am to 10:30 am\n\n\
            Online Event\n\n\
            Event Series – Reclaiming Digital Infrastructure\n\n\
            Imagine a society in which most buildings were owned by a few.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Digital Public Infrastructural Possibilities");
        assert_eq!(
            day_and_hours(&r),
            ("2020-10-20", Some("09:00"), Some("10:30"))
        );
    }

    #[test]
    fn a_square_before_a_programmes_day_is_an_icon() {
        let page = "▢ DAY 1 | Tuesday, 1 October 2024\n\
            09:00 | Registration desk opens\n\
            10:00 – 12:00 | CSIR, Room Amethyst | Workshop 1 – Designing Public Infrastructure\n\
            19:00 – 20:00 | CSIR, Room Diamond | Opening Ceremony\n";
        let found = each(page, |r| (r.title, r.location));
        assert_eq!(
            found,
            [
                (
                    "Workshop 1 – Designing Public Infrastructure".to_string(),
                    Some("CSIR, Room Amethyst".to_string())
                ),
                (
                    "Opening Ceremony".to_string(),
                    Some("CSIR, Room Diamond".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_labelled_date_below_a_posts_stamp_dates_the_happening() {
        let page = "Intersessional meeting - Thematic sessions\n\n\
            14 August 2024\n\n\
            Date: 12 - 14 November 2024\n\
            Venue: Vienna International Centre\n\n\
            At its 67th session the Commission adopted a declaration.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2024-11-12", "2024-11-14")
        );
        assert_eq!(r.location.as_deref(), Some("Vienna International Centre"));
    }

    #[test]
    fn a_speakers_line_below_a_speechs_title_titles_nothing() {
        let page = "Remarks at the opening of the High-Level Event\n\n\
            Doreen Bogdan-Martin, ITU Secretary-General\n\n\
            Geneva, Switzerland, 27 May 2024\n\n\
            Good morning, excellencies.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Remarks at the opening of the High-Level Event");
        assert_eq!(r.location.as_deref(), Some("Geneva, Switzerland"));
    }

    #[test]
    fn a_storys_typed_stamp_yields_to_the_happening_it_announces() {
        let page = "AI summit to open in Geneva next week\n\n\
            3 July 2024 Economic Development\n\n\
            The AI for Good Global Summit will take place in Geneva from 9 to 12 July, \
            bringing together leaders from government and industry.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2024-07-09", "2024-07-12")
        );
        assert_eq!(r.location.as_deref(), Some("Geneva"));
        // A story that announces nothing keeps its stamp's day (rule 3).
        let page = "Agency publishes its annual report\n\n\
            3 July 2024 Economic Development\n\n\
            The report finds that trade grew last year.\n";
        assert_eq!(only_record(page).start_date, "2024-07-03");
    }

    #[test]
    fn a_meetings_notes_for_participants_date_its_title() {
        let page = "Fourth Economic Statistics Week and 8th Steering Group Meeting\n\n\
            Bangkok, 17-21 June 2019 Information for Participants\n\n\
            I. General\n\n\
            1. The Week is scheduled to be held at the United Nations Conference Centre.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Fourth Economic Statistics Week and 8th Steering Group Meeting"
        );
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2019-06-17", "2019-06-21")
        );
        assert_eq!(r.location.as_deref(), Some("Bangkok"));
    }

    #[test]
    fn a_storys_dateline_alone_yields_to_the_happening_it_announces() {
        let page = "78th session of the Commission\n\n\
            Bangkok and online, 24 May 2022\n\n\
            The seventy-eighth session will be held from 23 to 27 May 2022 at the \
            United Nations Conference Centre in Bangkok and online.\n";
        let r = only_record(page);
        assert_eq!(r.title, "78th session of the Commission");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2022-05-23", "2022-05-27")
        );
        // A story that announces nothing keeps its dateline's day (rule 3).
        let page = "Commission closes its session\n\n\
            Bangkok, 27 May 2022\n\n\
            The Commission adopted twelve resolutions.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2022-05-27");
        assert_eq!(r.location.as_deref(), Some("Bangkok"));
    }

    #[test]
    fn a_bare_day_yields_to_a_later_day_announced_with_its_hours() {
        let page = "Joint Webinar on Urban Resilience\n\nSeptember 28, 2022\n\n\
            The joint webinar on urban resilience will be co-organized by WHO and UfM on \
            Tuesday, 4 October 2022, from 09:30 to 11:00 hrs (CEST).\n";
        let r = only_record(page);
        assert_eq!(r.start.as_deref(), Some("2022-10-04T09:30:00+02:00"));
        // Without its hours the later day leaves the bare day the record's
        // (rule 3), as does an earlier day told with its hours.
        let bare = page.replace(", from 09:30 to 11:00 hrs (CEST)", "");
        assert_eq!(only_record(&bare).start_date, "2022-09-28");
        let earlier = page.replace("4 October", "4 September");
        assert_eq!(only_record(&earlier).start_date, "2022-09-28");
    }

    #[test]
    fn a_place_and_dates_in_brackets_alone_date_the_title_above() {
        let page = "Major outcomes of the sixty-first session\n\n\
            (Geneva, 3-12 June 2009)\n\n\
            The session was the second of the financial period.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Major outcomes of the sixty-first session");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2009-06-03", "2009-06-12")
        );
        assert_eq!(r.location.as_deref(), Some("Geneva"));
    }

    #[test]
    fn two_sentences_ending_in_a_date_are_a_paragraph() {
        let page = "Outcomes of the session\n\n\
            The Council emphasized its role in the response to climate change. The Council \
            welcomed the progress in preparing the World Climate Conference-3 (WCC-3), \
            31 August - 4 September 2009.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_short_sentence_with_a_day_and_no_stop_announces() {
        let page = "Welcome to the website of the 69th session of the Executive Council\n\n\
            The opening of EC-69 will take place on Wednesday, 10 May 2017 at 9.30 am\n\n\
            The annotated agenda is contained in Appendix 1.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Welcome to the website of the 69th session of the Executive Council"
        );
        assert_eq!(day_and_hours(&r), ("2017-05-10", Some("09:30"), None));
    }

    #[test]
    fn registration_opening_is_no_happening() {
        let page = "Registration of participants\n\n\
            Onsite registration for EC-69 will take place from 2 p.m. to 5.30 p.m. on \
            Tuesday, 9 May 2017. Registration will continue throughout the session.\n\n\
            Registration desk\n\n\
            A desk will be set up on the ground floor. Registration will open on Tuesday \
            9 May 2017 from 2 pm to 5.30 pm.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_line_above_the_heading_an_announcement_names_is_no_title() {
        let page = "Wmo building\n\
            Executive Council (EC-78)\n\
            The seventy-eighth session of the Executive Council (EC-78) is taking place in \
            Geneva, Switzerland, from 10 to 14 June 2024.\n\n\
            WMO Community\n\n\
            The Community Platform allows WMO to improve its working relationships.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Executive Council (EC-78)");
        assert_eq!(r.start_date, "2024-06-10");
    }

    #[test]
    fn faos_date_line_gives_the_place_and_way_to_attend_before_the_day() {
        let page = "World Food Day Ceremony\n\n\
            (Italy), Rome (Italy), Hybrid Event, 16/10/2023\n\n\
            The ceremony opens the global events.\n\n\
            World Food Day talks\n\n\
            Virtual event , 14/10/2020 - 14/10/2020\n\n\
            Speakers share why resilience matters.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                (
                    "World Food Day Ceremony".to_string(),
                    "2023-10-16".to_string(),
                    // The country in brackets opening the line is named
                    // again after the town.
                    Some("Rome (Italy)".to_string())
                ),
                (
                    "World Food Day talks".to_string(),
                    "2020-10-14".to_string(),
                    Some("Virtual event".to_string())
                )
            ]
        );
    }

    #[test]
    fn an_organizer_label_waiting_for_its_names_is_no_title() {
        // The label alone, blank lines below it, then the names: the date
        // line above stays the title's.
        let page = "World Space Forum 2023\n\n\
            Vienna International Centre (VIC), Vienna, Austria, 12 - 14 December 2023\n\n\
            Organized jointly by\n\n\
            The United Nations Office for Outer Space Affairs,\n\n\
            Note: The views expressed below are those of the authors.\n";
        let r = only_record(page);
        assert_eq!(r.title, "World Space Forum 2023");
        assert_eq!(
            r.organizers,
            ["United Nations Office for Outer Space Affairs"]
        );
        // Sponsors are no organizers (the contract), and their line no title.
        let page = "World Space Forum 2019\n\n\
            Vienna International Centre (VIC), Vienna, Austria, 18 – 22 November 2019\n\n\
            Co-sponsored by the European Space Agency (ESA)\n\n\
            The forum meets.\n";
        let r = only_record(page);
        assert_eq!(r.title, "World Space Forum 2019");
        assert!(r.organizers.is_empty() && r.partners.is_empty());
    }

    #[test]
    fn an_item_type_over_a_dated_headline_titles_nothing() {
        let page = "Human Rights Council to hold its fifty-seventh session from 9 September to 11 October 2024\n\n\
            Meeting summaries\n\n\
            6 September 2024\n\n\
            The Human Rights Council will hold its fifty-seventh regular session in Geneva.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Human Rights Council to hold its fifty-seventh session"
        );
        assert_eq!(r.start_date, "2024-09-09");
    }

    #[test]
    fn a_desks_hours_under_a_service_heading_are_no_happening() {
        let page = "World Press Freedom Day 2024\n\n\
            Media Accreditation\n\n\
            Saturday, 4 May 2024 12 noon to 8 p.m.\n\n\
            Journalists collect their badges at the media centre.\n\n\
            Badge collection\n\n\
            3 May 2024, 10:00-18:00\n\n\
            Participants collect badges at Gate 1.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn an_event_platforms_labels_stand_above_blank_lines() {
        let page = "Women in AI: Policy Roundtable\n\n\
            Join us for a roundtable on gender and AI governance.\n\n\
            By UN Women Innovation Unit\n\n\
            Date and time\n\n\
            Thu, Mar 14, 2024, 10:00 AM – 11:30 AM EDT\n\n\
            Location\n\n\
            Online\n\n\
            About this event\n\n\
            Experts discuss policy responses.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Women in AI: Policy Roundtable");
        assert_eq!(
            day_and_hours(&r),
            ("2024-03-14", Some("10:00"), Some("11:30"))
        );
        assert_eq!(r.location.as_deref(), Some("Online"));
    }

    #[test]
    fn a_calendar_of_date_name_place_cards() {
        let page = "Calendar 2024\n\
            18-24 May\n10th World Water Forum\nBali (Indonesia)\n\
            17-19 April\nUCLG Executive Bureau\nSan José (Costa Rica)\n\
            11-24 November\nCOP29\nBaku (Azerbaijan)\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                (
                    "10th World Water Forum".to_string(),
                    "2024-05-18".to_string(),
                    Some("Bali (Indonesia)".to_string())
                ),
                (
                    "UCLG Executive Bureau".to_string(),
                    "2024-04-17".to_string(),
                    Some("San José (Costa Rica)".to_string())
                ),
                (
                    "COP29".to_string(),
                    "2024-11-11".to_string(),
                    Some("Baku (Azerbaijan)".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_listing_of_meetings_named_in_capitals() {
        let page = "Upcoming Meetings\n\n\
            FORUM BARCELONA 2004:  9 May 2004 - 26 September 2004.  Barcelona, Spain. Embracing \
            the core themes of sustainable development, the Forum will run for 141 days.\n\n\
            SEVENTH ANNUAL CONFERENCE ON GLOBAL ECONOMIC ANALYSIS:  17 June 2004 - 19 June 2004.  \
            Washington, DC, USA. This conference will be organized by the World Bank.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.end_date, r.location)),
            [
                (
                    "FORUM BARCELONA 2004".to_string(),
                    "2004-05-09".to_string(),
                    "2004-09-26".to_string(),
                    Some("Barcelona, Spain".to_string())
                ),
                (
                    "SEVENTH ANNUAL CONFERENCE ON GLOBAL ECONOMIC ANALYSIS".to_string(),
                    "2004-06-17".to_string(),
                    "2004-06-19".to_string(),
                    Some("Washington, DC, USA".to_string())
                )
            ]
        );
    }

    #[test]
    fn an_event_platforms_zero_offset_and_french_organizer_label() {
        let page = "Forum of the Future: The Road to Summit of the Future\n\n\
            26 January 2024 - 15:00 - 16:00 UTC0\n\n\
            Organisé par KIDsforSDGs\n\n\
            Young people present their ideas.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Forum of the Future: The Road to Summit of the Future"
        );
        assert_eq!(r.start.as_deref(), Some("2024-01-26T15:00:00+00:00"));
        assert_eq!(r.organizers, ["KIDsforSDGs"]);
    }

    #[test]
    fn a_releases_masthead_titles_nothing() {
        let page = "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n\
            Department of Public Information . News and Media Division . New York\n\n\
            24 April 2015\n\n\
            The following is a near-verbatim transcript of today's noon briefing.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
        );
        assert_eq!(r.start_date, "2015-04-24");
    }

    #[test]
    fn a_meeting_reports_cover_page() {
        // Centred lines: the meeting, where and when, how, its hours, then
        // the document's kind, and the report's first heading.
        let page = "Bureau – 6th Meeting\n\n\
            Strasbourg, 27 April 2021\n\n\
            Online meeting\n\n\
            9.30 a.m.– 12 p.m. (CET)\n\n\
            ABRIDGED MEETING REPORT\n\n\
            1. Opening of the meeting\n\n\
            The Chair welcomed the members of the Bureau.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Bureau – 6th Meeting");
        assert_eq!(
            day_and_hours(&r),
            ("2021-04-27", Some("09:30"), Some("12:00"))
        );
        assert_eq!(r.location.as_deref(), Some("Strasbourg"));
    }

    #[test]
    fn a_days_item_that_tells_what_happened_is_no_title() {
        let page = "UN Open Source Week 2026: A Summary\n\
            UN Open Source Week 2026, held from June 22 to June 26 at the United Nations \
            Headquarters in New York, served as a global forum.\n\
            Event Overview\n\
            - June 23: Open Source x AI Sessions explored the potential of open hardware.\n\
            - June 24: DPI Day This day positioned Digital Public Infrastructure as an enabler.\n\
            - June 25: OSPOs for Good The program highlighted the value of Open Source Program \
            Offices (OSPOs).\n\
            - June 26: Community-Led Side Events Held at IBM, this final day showcased projects.\n";
        let r = only_record(page);
        assert_eq!(r.title, "UN Open Source Week 2026: A Summary");
    }

    #[test]
    fn a_list_of_documents_titles_no_announcement() {
        let page = "Trade and Development Board, twenty-third special session\n\
            08 - 11 May 2006\nGeneva\n\n\
            Documents\n\n\
            Sort by: Symbol | Title | Date\n\
            (TD/B(S-XXIII)/INF.1) - 16/05/2006 - 15 Pages - 109 KB\n\n\
            Notification\n\n\
            Part I of the special session will open at 10 a.m. on Monday, 8 May 2006, in Room \
            XXVI at the Palais des Nations, Geneva.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Trade and Development Board, twenty-third special session"
        );
    }

    #[test]
    fn a_calls_numbered_steps_are_key_dates() {
        let page = "9th GLTN Partners Meeting 2023\n\
            - Date: 2-4 May 2023\n\
            - Location: UN Gigiri Compound, Nairobi, Kenya\n\
            1. Request for sponsorship: 20th March 2023\n\
            2. Request to host a side event: 26th March 2023\n\
            3. Confirmation of attendance: 31st March 2023.\n\
            The meeting will focus on the lessons learnt.\n";
        let r = only_record(page);
        assert_eq!(r.title, "9th GLTN Partners Meeting 2023");
        assert_eq!(r.start_date, "2023-05-02");
    }

    #[test]
    fn an_invitation_to_register_announces_the_happening() {
        let page = "Attend the 2023 UN/Austria Symposium\n\n\
            The United Nations Office for Outer Space Affairs invites interested individuals to \
            register for its hybrid Symposium, between 12 – 14 September 2023, in Graz, Austria.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Attend the 2023 UN/Austria Symposium");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2023-09-12", "2023-09-14")
        );
    }

    #[test]
    fn a_title_cut_after_and_goes_on_below() {
        let page = "Human Rights Council\nTwenty-eighth session\nGeneva, 2 - 27 March 2015\n\
            Plenary meetings – Room XX\n\
            Wednesday, 25 March 2015\nMORNING\n9.00 – 12.00\n51th meeting\n\
            Annual thematic discussion on technical cooperation in the promotion and\n\
            protection of human rights\n\
            Theme: Technical cooperation to support inclusive and participatory development and\n\
            poverty eradication at the national level\n\
            Chair: H.E. Mr. Joachim Ruecker, President of the Human Rights Council\n";
        assert!(each(page, |r| r.title).contains(
            &"Annual thematic discussion on technical cooperation in the promotion and protection of human rights"
                .to_string()
        ));
    }

    #[test]
    fn a_letters_salutation_leaves_the_announcement_to_the_next_paragraph() {
        let page = "Peace Week 2031\n\nDear Colleagues,\n\n\
            It is our pleasure to invite you to the Week, which will take place online \
            from 3 to 7 November 2031. The Week is organized by the Peace Platform.\n\n\
            The full programme is online.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Peace Week 2031");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2031-11-03", "2031-11-07")
        );
        assert!(
            r.summary
                .is_some_and(|s| s.starts_with("It is our pleasure"))
        );
    }

    #[test]
    fn a_numbered_room_in_lower_case_ends_a_titles_place() {
        let page = "Side events\n\
            FORUM31 | 11–15 May 2031 | United Nations Headquarters, New York, conference room 4\n\
            Side events are organized in parallel with the Forum.\n";
        let r = only_record(page);
        assert_eq!(r.title, "FORUM31");
        assert_eq!(r.end_date, "2031-05-15");
        assert_eq!(
            r.location.as_deref(),
            Some("United Nations Headquarters, New York, conference room 4")
        );
    }

    #[test]
    fn a_timelines_dates_stand_above_their_names() {
        // Each date heads the name below it, the last one too: a span of
        // days dates its item, a single day is the item's publication date.
        let page = "Forum Timeline\n\n\
            14-15 November 2031\nFifth Forum\n30 November 2030\nFourth Forum\n\
            4-5 November 2029\nSecond Forum\n20 December 2028\nFounding Declaration\n\n\
            The forums brought partners together.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.end_date));
        let want = [
            ("Fifth Forum", "2031-11-14", "2031-11-15"),
            ("Second Forum", "2029-11-04", "2029-11-05"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((title, start, end), w) in got.iter().zip(want) {
            assert_eq!((title.as_str(), start.as_str(), end.as_str()), w);
        }
    }

    #[test]
    fn a_headlines_verb_before_its_span_of_days() {
        let page = "IMO: Safety Committee meets 12 to 21 June 2033\nNews\n\
            03 Jun 2033 - 18 Jan 2036\n\
            The Committee meets at the Organization's Headquarters for its 92nd session.\n";
        let r = only_record(page);
        assert_eq!(r.title, "IMO: Safety Committee meets");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2033-06-12", "2033-06-21")
        );
    }

    #[test]
    fn a_sentence_set_as_a_card_says_where() {
        let page = "On-site Satellite Events\n\nwill take place on\n\n10-12 April 2034\n\n\
            at the Barcelona International Convention Centre (CCIB)\n\n\
            The Conference will feature over 50 on-site Satellite Events.\n";
        let r = only_record(page);
        assert_eq!(r.title, "On-site Satellite Events");
        assert_eq!(
            r.location.as_deref(),
            Some("Barcelona International Convention Centre (CCIB)")
        );
    }

    #[test]
    fn a_desks_hours_below_their_lead_in_are_no_happenings() {
        let hours = "Registration\n\nParticipants are advised to collect their badges \
            during the following on-site registration hours:\n\n\
            Tuesday, 17 March 2037 10:00 – 17:00 - Staff, Resident Delegations\n\
            Wednesday, 18 March 2037 07:30 – 12:00 - All categories\n\n\
            Bring a photograph.\n";
        assert!(extract("p.txt", hours).is_empty());
        // A list of happenings open for registration stays one.
        let events = hours.replace(
            "Participants are advised to collect their badges \
            during the following on-site registration hours:",
            "The following side events are open for registration:",
        );
        assert_eq!(extract("p.txt", &events).len(), 2);
        // Bulleted bare days below a section's lead-in date nothing.
        let page = "General Conference\n\n16 - 20 September 2037, Vienna International Centre\n\n\
            Credentials\n\nHeads of Delegation will require credentials for the session.\n\n\
            Formalities on arrival\n\n\
            To avoid long queues during the morning of Monday, 16 September, registered \
            participants are strongly encouraged to collect their badges in advance upon \
            presentation of a valid photo ID card at the Registration Desk at Gate 1 on the \
            following days:\n\n\
            \u{2022} Thursday, 12 September 12.00 a.m. - 4.00 p.m.\n\
            \u{2022} Friday, 13 September 9.00 a.m. - 6.00 p.m.\n";
        assert_eq!(each(page, |r| r.title), ["General Conference"]);
    }

    #[test]
    fn a_day_with_its_hours_between_blank_lines_heads_the_title_below() {
        let page = "Events\n\nSunday, 21 May 2034 at 8:15 AM CEST\n\n\
            Walk the Talk Challenge\n\n\
            Please come and join us to promote universal health coverage.\n\n\
            Monday, 22 May 2034 at 17:30 – 19:30 CEST (TBC) - Restaurant Vieux-Bois, \
            Av. de la Paix 12, Geneva\n\n\
            Side event on social participation\n\n\
            Co-Hosts: Thailand, Norway\n\n\
            This event aims to demonstrate political support.\n";
        let got = each(page, |r| (r.title, r.start, r.location));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].0, "Walk the Talk Challenge");
        assert_eq!(got[0].1.as_deref(), Some("2034-05-21T08:15:00+02:00"));
        // An address after the hours says where; the title is below.
        assert_eq!(got[1].0, "Side event on social participation");
        assert_eq!(got[1].1.as_deref(), Some("2034-05-22T17:30:00+02:00"));
        assert_eq!(
            got[1].2.as_deref(),
            Some("Restaurant Vieux-Bois, Av. de la Paix 12, Geneva")
        );
        // A desk's next days in a form read as a title are no name.
        let page = "Working hours: 09:30-12:30\n\nBadge distribution for EBSS 6\n\n\
            1 March 2034 from 14:00 to 17:00\n\n\
            2-3 and 6 March 2034 from 08:00 to 17:00\n\n\
            Each delegate can register directly.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_listings_dates_stand_below_their_names() {
        // No blank line parts the items: the run opens on a name and ends on
        // a date, so each date is the name's above it.
        let page = "Partners plan these international events for October.\n\
            World Planning Congress\n3rd – 6th October 2032 in Brussels, Belgium\n\
            Cities World Congress\n10 - 14 October 2032 in Daejeon, Korea\n\
            Regions Forum 2032\n10th – 13th October Brussels, Belgium\n\
            World Metropolitan Day is a global campaign led by Metropolis.\n";
        let got = each(page, |r| (r.title, r.start_date, r.location));
        let want = [
            ("World Planning Congress", "2032-10-03", "Brussels, Belgium"),
            ("Cities World Congress", "2032-10-10", "Daejeon, Korea"),
            ("Regions Forum 2032", "2032-10-10", "Brussels, Belgium"),
        ];
        assert_eq!(got.len(), want.len(), "{got:?}");
        for ((title, start, place), w) in got.iter().zip(want) {
            assert_eq!(
                (title.as_str(), start.as_str(), place.as_deref()),
                (w.0, w.1, Some(w.2))
            );
        }
    }

    #[test]
    fn an_order_of_the_days_slot_after_a_slash() {
        // The day's month runs into its number; a slash parts the slot's
        // hours from its item.
        let page = "Order of the day\nPlenary meeting – Room XX\nFriday, 6October 2035\nMORNING\n\
            10.00 – 13.00 / Intersessional panel discussion on human rights\n\
            Chair: President of the Council\n";
        let r = only_record(page);
        assert_eq!(r.title, "Intersessional panel discussion on human rights");
        assert_eq!(
            day_and_hours(&r),
            ("2035-10-06", Some("10:00"), Some("13:00"))
        );
    }

    #[test]
    fn a_pages_questions_and_answers_leave_their_text_to_the_title() {
        let page = "Regional Forum (19 March 2036, Geneva)\nWhat's happening\n\
            Will the Regional Forum 2036 still take place?\n\
            The Regional Forum will take place on 19 March 2036, from 10:00-18:00, at the \
            Palais des Nations.\n\
            How can I participate?\nIf you are based in Geneva, you can join us in person.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Regional Forum");
        assert_eq!(
            day_and_hours(&r),
            ("2036-03-19", Some("10:00"), Some("18:00"))
        );
        // Questions that title webinars, each with its date line, stay titles.
        let page = "What next for cities?\n5 June 2036\nA webinar on cities.\n\n\
            How can we fund the goals?\n12 June 2036\nA webinar on finance.\n";
        assert_eq!(extract("p.txt", page).len(), 2);
    }

    #[test]
    fn a_bilingual_title_over_its_days_and_numbered_house() {
        let page = "20 Years of the Environment Network /\n20 ans du Réseau environnement\n\n\
            25 November - 26 November 2037\nInternational Environment House II\n\n\
            Monday 25 November - 6pm\n\nPechakuchanight @ Environment House\n\n\
            Celebrating 20 years of the Network\n\n\
            A fun and entertaining evening with stories from Geneva.\n";
        let got = extract("p.txt", page);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0].title,
            "20 Years of the Environment Network / 20 ans du Réseau environnement"
        );
        assert_eq!(got[0].end_date, "2037-11-26");
        assert_eq!(
            got[0].location.as_deref(),
            Some("International Environment House II")
        );
        // A day with its hours above a title and its tagline heads them.
        assert_eq!(got[1].title, "Pechakuchanight @ Environment House");
        assert_eq!(day_and_hours(&got[1]), ("2037-11-25", Some("18:00"), None));
    }

    #[test]
    fn a_media_invites_label_is_no_part_of_the_name() {
        let page = "Media advisory | 29 January 2038\n\n\
            Media invite: Governing Council 2038\n\nHero image\n\n\
            WHEN: 11-12 February, 2038\n\nWHERE: FAO Headquarters in Rome\n";
        let r = only_record(page);
        assert_eq!(r.title, "Governing Council 2038");
        assert_eq!(r.end_date, "2038-02-12");
    }

    #[test]
    fn a_sessions_code_between_its_days_and_its_text_titles() {
        let page = "Skip to main content\n\n15 to 19 May 2039 | Open meeting\n\nCS95\n\n\
            The ninety-fifth session of the Commission will be held from 15 to 19 May 2039 \
            at the United Nations Conference Centre in Bangkok.\n";
        let r = only_record(page);
        assert_eq!(r.title, "CS95");
        assert_eq!(r.end_date, "2039-05-19");
    }

    #[test]
    fn a_posts_icon_lines_below_its_text_are_its_time_and_place() {
        // The pin before a one-word place, and a link's icon, make no title.
        let page = "Drought Day webinar\n\nTo mark the day, GWP is organising a webinar.\n\n\
            📅 18 June 2039\n🕙 13:00 UCT | 15:00 CEST\n📍 Online\n🖥️ Zoom link\n\n\
            Experts shed light on drought.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Drought Day webinar");
        assert_eq!(r.start.as_deref(), Some("2039-06-18T13:00:00+00:00"));
        assert_eq!(r.location.as_deref(), Some("Online"));
    }

    #[test]
    fn a_way_to_attend_below_a_date_line_says_where() {
        let page = "Webinar on resilient cities\n\n  25 November 2039\n     Virtual Meeting\n\n\
            The Centre organised a webinar with its partners.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Webinar on resilient cities");
        assert_eq!(r.location.as_deref(), Some("Virtual Meeting"));
    }

    #[test]
    fn an_ordinal_day_with_a_comma_before_its_month_dates_an_announcement() {
        let page = "Webinar on urban resilience\n\n\
            The webinar will take place on 19th, April 2039 at 07:00 EDT via Zoom.\n";
        let r = only_record(page);
        assert_eq!(r.date_text, "19th, April 2039 at 07:00 EDT");
        assert_eq!(r.start.as_deref(), Some("2039-04-19T07:00:00-04:00"));
    }

    #[test]
    fn hours_before_a_titles_day_and_a_year_from_the_day_before_in_its_text() {
        // Sydney's morning is New York's afternoon of the day before.
        let page = "Charter Day live from New York, from 4:40 AM AEST 27 June\n\n\
            The Department will organize a special event at United Nations Headquarters \
            on Friday, 26 June 2039, from 2:30 p.m. to 4:00 p.m.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Charter Day live from New York");
        assert_eq!(r.start.as_deref(), Some("2039-06-27T04:40:00+10:00"));
        assert!(r.year_inferred);
        // Without hours, only the same day gives the year.
        let page = page.replace("from 4:40 AM AEST ", "");
        assert_eq!(extract("p.txt", &page), []);
    }

    #[test]
    fn a_datelines_town_unknown_to_the_gazetteer_stands_in_its_country() {
        let page = "China to host the Assembly\n\n\
            Chengdu (China) – September 6, 2039 (travelindex.com) – A unique opportunity, \
            said the Secretary-General of the Assembly that takes place on 11-16 September.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.location.as_deref()),
            ("2039-09-06", Some("Chengdu"))
        );
        let page = page.replace("Chengdu (China)", "Chengdu, China");
        let r = only_record(&page);
        assert_eq!(r.location.as_deref(), Some("Chengdu, China"));
        // A name before the dash is no town.
        let page = page.replace("Chengdu, China", "Tourism Day");
        assert_eq!(extract("p.txt", &page), []);
    }

    #[test]
    fn a_calendar_spaced_by_blank_lines_dates_the_name_below_each_span() {
        let page = "Meetings this month:\n\n21 November-2 December 2039\n\n\
            International Maritime Organization (IMO), Assembly, London\n\n\
            25 November-2 December 2039\n\nWorld Tourism Organization, General Assembly, Dakar\n\n\
            28 November-2 December 2039\n\nCommittee on Economic, Social and Cultural Rights\n";
        let got = each(page, |r| (r.start_date, r.title));
        let expected = [
            (
                "2039-11-21",
                "International Maritime Organization (IMO), Assembly, London",
            ),
            (
                "2039-11-25",
                "World Tourism Organization, General Assembly, Dakar",
            ),
            (
                "2039-11-28",
                "Committee on Economic, Social and Cultural Rights",
            ),
        ]
        .map(|(d, t)| (d.to_string(), t.to_string()));
        assert_eq!(got, expected);
        // Opened by a name whose own date the page lost, the run's bare
        // spans still head the names below them.
        let page = page.replace(
            "Meetings this month:\n\n",
            "Meetings this month:\n\nCommittee on Cities, Nairobi\n\n",
        );
        let page = page.replace(
            "\n\n28 November-2 December 2039\n\nCommittee on Economic, Social and Cultural Rights",
            "",
        );
        assert_eq!(each(&page, |r| r.start_date), ["2039-11-21", "2039-11-25"]);
    }

    #[test]
    fn a_tables_column_heads_put_each_name_above_its_date() {
        // UN Geneva's calendar: `Meeting`, `Date`, then each meeting and its
        // days below it; a line of text may stand between them, and the
        // last meeting's days are lost.
        let page = "Calendar of major meetings in 2039\n\nMeeting\n\nDate\n\n\
            Committee A, 89th session\n\n31 January – 11 February\n\n\
            Committee B, 43rd session\n\n7 – 11 February\n\n\
            Committee C, 81st session\n\nCountries under review: Gabon, Peru.\n\n\
            7 February – 27 February\n\nCommittee D, 71st session\n\n14 February – 4 March\n\n\
            Group of Experts, 2nd session\n";
        let got = each(page, |r| (r.title, r.start_date, r.end_date));
        let row = |t: &str, s: &str, e: &str| (t.to_string(), s.to_string(), e.to_string());
        assert_eq!(
            got,
            [
                row("Committee A, 89th session", "2039-01-31", "2039-02-11"),
                row("Committee B, 43rd session", "2039-02-07", "2039-02-11"),
                row("Committee C, 81st session", "2039-02-07", "2039-02-27"),
                row("Committee D, 71st session", "2039-02-14", "2039-03-04"),
            ]
        );
    }

    #[test]
    fn a_room_run_into_the_organizers_field_after_a_days_hours() {
        let page = "Launch of Weather Info for All\n\n\
            Thu 18 June 2039 (10:30-11:30) - Room 2 Organizers: Global Humanitarian Forum and WMO\n\
            Announcement of an initiative for African meteorology.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Launch of Weather Info for All");
        assert_eq!(r.location.as_deref(), Some("Room 2"));
        assert_eq!(r.organizers, ["Global Humanitarian Forum", "WMO"]);
    }

    #[test]
    fn a_headline_that_will_hold_a_session_over_days_is_dated_by_them() {
        let page = "ECLAC will hold its 39th session in Argentina from 24 to 26 October 2039\n\n\
            The meeting will be carried out in a hybrid way.\n";
        let r = only_record(page);
        assert_eq!(r.title, "ECLAC will hold its 39th session in Argentina");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2039-10-24", "2039-10-26")
        );
        // Other sentences over days name no happening.
        let page = "Registration will be open from 1 to 15 May 2039\n\nPlease fill in the form.\n";
        assert_eq!(extract("p.txt", page), []);
    }

    #[test]
    fn a_flyers_text_run_into_the_title_and_a_sponsors_field_are_left_out() {
        let page = "HLPF 2039: Recommended Events\n\n\
            Flyer for HLPF parallel event on Climate AnxietyResponding to Climate Anxiety\n\
            8 July 2039, 3:00PM-5:00PM (New York time)\n\nVirtual event held via Zoom\n \n\
            Sponsors: Institute of the Blessed Virgin Mary; Medical Mission Sisters\n\
            Partners: Regis-St. Michael's Faculty of Theology; The Mary Ward Centre\n \n\
            This webinar will raise awareness of climate anxiety in youth.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Responding to Climate Anxiety");
        assert_eq!(r.location.as_deref(), Some("Virtual event held via Zoom"));
        // Capitals inside a name (`GeNet`, `OurCSoc`) part no text from a title.
        let glued = page.replace(
            "HLPF parallel event on Climate AnxietyResponding",
            "GeNet's OurCSoc gatheringResponding",
        );
        assert_eq!(only_record(&glued).title, "Responding to Climate Anxiety");
        // The picture's text may end in an acronym's plural.
        let glued = page.replace(
            "HLPF parallel event on Climate AnxietyResponding",
            "HLPF side event on Localizing SDGsResponding",
        );
        assert_eq!(only_record(&glued).title, "Responding to Climate Anxiety");
        assert_eq!(r.organizers, Vec::<String>::new());
        assert_eq!(
            r.partners,
            [
                "Regis-St. Michael's Faculty of Theology",
                "Mary Ward Centre"
            ]
        );
    }

    #[test]
    fn a_headlines_to_before_its_days_and_an_event_happening_on_a_day() {
        let page = "Postponed Policy Lab – AIWS Summit to September 16-18, 2039\n\n\
            The Forum decided to postpone the Summit.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Postponed Policy Lab – AIWS Summit");
        assert_eq!(r.date_text, "September 16-18, 2039");
        let page = "AI Governance roundtable\n\n\
            AI governance is an online invitation-only roundtable event, happening on the \
            8th September 2039, focusing on AI regulation.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_date.as_str()),
            ("AI Governance roundtable", "2039-09-08")
        );
    }

    #[test]
    fn a_transcripts_slot_with_its_interpretation_is_the_cards_time() {
        let page = "Opening Segment:\n\nOpening Ceremony and High-Level Policy Dialogue\n\n\
            Tuesday 3 May 2039 CICG, Room 1\n\n09:00 – 12:15 Interpretation A/C/E/F/R/S\n\n\
            Captioning and Remote Participation\n\nThis text is provided in a rough-draft format.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Opening Ceremony and High-Level Policy Dialogue");
        assert_eq!(
            day_and_hours(&r),
            ("2039-05-03", Some("09:00"), Some("12:15"))
        );
        assert_eq!(r.location.as_deref(), Some("CICG, Room 1"));
    }

    #[test]
    fn a_date_label_over_a_list_of_days_spans_them() {
        let page = "Preliminary Domestic Meeting of IGF2039 Kyoto\n\nDate and Time:\n\n\
            \u{20}\u{20}• [Day 1] Thursday, September 7, 2039, 13:30-17:00 (hybrid)\n\
            \u{20}\u{20}• [Day 2] Friday, September 8, 2039, 11:10-14:30 (online only)\n\n\
            Meeting Opening\n\nIn his opening remarks, the Chair welcomed the participants.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Preliminary Domestic Meeting of IGF2039 Kyoto");
        // From the first day's start to the last day's end.
        assert_eq!(
            day_and_hours(&r),
            ("2039-09-07", Some("13:30"), Some("14:30"))
        );
        assert_eq!(r.end_date, "2039-09-08");
    }

    #[test]
    fn a_field_whose_values_were_lost_ends_a_block_of_fields() {
        // A template's type and organizers, then `Event language(s)` with
        // its values lost, stand between the page's title and its card.
        let page = "Planning for a Resilient Recovery\n\nSide event\n\
            Regional Office for Europe\nCommittee of the Regions\nEvent language(s)\n\n\
            Date: Wednesday, 13 October 2021\n\nTime: 16:30 - 18:00 CET\n\n\
            The session takes stock of the measures taken so far.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Planning for a Resilient Recovery");
        assert_eq!(
            day_and_hours(&r),
            ("2021-10-13", Some("16:30"), Some("18:00"))
        );
    }

    #[test]
    fn a_list_items_mark_is_no_part_of_its_title() {
        let page = "Dialogues\n\
            (i) Global agreements and the right to development (Wednesday 1 May 2024, 3 pm – 5:15 pm)\n\
            (ii) (ii) Climate financing tools (Thursday 2 May 2024, 10 am – 11 am)\n\
            b) Roundtable with key stakeholders (Thursday 2 May 2024, 3 pm – 5 pm)\n";
        assert_eq!(
            starts(page),
            [
                timed("Global agreements and the right to development", "15:00"),
                timed("Climate financing tools", "10:00"),
                timed("Roundtable with key stakeholders", "15:00"),
            ]
        );
    }

    #[test]
    fn a_venue_alone_between_a_speech_and_its_date_is_where_it_was_held() {
        let page = "Closing Remarks at the Digital Forum\n\n\
            ITU Secretary-General Doreen Bogdan-Martin\n\n\
            ECOSOC Chamber, UN Headquarters, New York\n\n17 September 2023\n\n\
            There are days that stay with us, and today is one of them.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Closing Remarks at the Digital Forum");
        assert_eq!(r.start_date, "2023-09-17");
        assert_eq!(
            r.location.as_deref(),
            Some("ECOSOC Chamber, UN Headquarters, New York")
        );
    }

    #[test]
    fn a_headline_that_a_happening_opens_names_it_for_a_later_paragraph() {
        // A deck, then the lead that dates the happening the headline names
        // before its verb; the year is the one ending that name.
        let page = "Digital Trade Week 2023 kicks off to shape a fairer economy\n\n\
            The week-long event will tackle pressing challenges of the digital transition.\n\
            Digital Trade Week 2023 kicked off on 4 December, gathering in Geneva more than 3,000 participants.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2023-12-04");
        assert!(r.year_inferred);
        assert_eq!(r.location.as_deref(), Some("Geneva"));
        // A paragraph that names another happening announces nothing.
        let other = page.replace("Digital Trade Week 2023 kicked", "The Council met");
        assert!(extract("p.txt", &other).is_empty());
    }

    #[test]
    fn a_tables_rows_stacked_one_cell_a_line_pair_each_day_with_its_name() {
        let page = "Media Kit — High-level events, September 2020\n\n\
            Date Event Title\n\n 17 September\n\nHigh-level Meeting on Yemen\n\n\
            18 September\n\nSDG Moment\n\n22-29 September\n\nGeneral Debate\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.end_date, r.title, r.date_text)),
            [
                (
                    "2020-09-17",
                    "2020-09-17",
                    "High-level Meeting on Yemen",
                    "17 September"
                ),
                ("2020-09-18", "2020-09-18", "SDG Moment", "18 September"),
                (
                    "2020-09-22",
                    "2020-09-29",
                    "General Debate",
                    "22-29 September"
                ),
            ]
            .map(|(a, b, c, d)| (
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.to_string()
            ))
        );
    }

    #[test]
    fn a_person_and_office_below_a_headline_title_nothing() {
        let page = "Slovenia Hosts the Second Forum on the Ethics of AI\n\n\
            Ana Novak, Minister for Digital Transformation, Slovenia\n\n\
            The Government of Slovenia will host the second Forum on the Ethics of AI on \
            February 5 and 6, 2024, at the Brdo Congress Centre.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Slovenia Hosts the Second Forum on the Ethics of AI"
        );
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2024-02-05", "2024-02-06")
        );
        assert_eq!(r.location.as_deref(), Some("Brdo Congress Centre"));
    }

    #[test]
    fn a_sentence_may_open_with_its_days_as_ordinals_of_the_month() {
        let page = "Workshop on Digital Diplomacy\n\n\
            On the 10th and 11th of June 2019, the Institute hosted a workshop for diplomats.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2019-06-10", "2019-06-11")
        );
        assert_eq!(r.date_text, "10th and 11th of June 2019");
    }

    #[test]
    fn a_press_calendars_rows_run_together_are_read_back() {
        let page = "Calendar of activities of interest to the Press\n\n\
            18 May to 1 June 2026\n\nDateOrgActivityCityContact\n\
            18 May ILOEmployment and Social Outlook 2026GenevaNEWSROOM@ilo.org\n\
            19 MayUN\n\nWorld Fair Play Day\n\n \n\
            29 May\n\n2 Jun\n\nUNECEUNECE Sustainable Energy Week 2026Geneva\n\n\
            Ana Lopez\n\n+41 (0)79 444 5081\n";
        assert_eq!(
            each(page, |r| (
                r.start_date,
                r.end_date,
                r.title,
                r.location,
                r.year_inferred
            )),
            [
                (
                    "2026-05-18",
                    "2026-05-18",
                    "Employment and Social Outlook 2026",
                    Some("Geneva"),
                    true
                ),
                (
                    "2026-05-19",
                    "2026-05-19",
                    "World Fair Play Day",
                    None,
                    true
                ),
                (
                    "2026-05-29",
                    "2026-06-02",
                    "UNECE Sustainable Energy Week 2026",
                    Some("Geneva"),
                    true
                ),
            ]
            .map(|(a, b, t, l, y)| (
                a.to_string(),
                b.to_string(),
                t.to_string(),
                l.map(str::to_string),
                y
            ))
        );
    }

    #[test]
    fn a_cards_duration_in_days_gives_the_last_day() {
        let card = |duration: &str| {
            let page = format!(
                "Conference on Data Protection\n\nDate: 30 May 2024\n\nTime: 07:30\n\n\
                 Duration: {duration}\n\nLocation: Brussels, Belgium\n\nThe conference opens.\n"
            );
            let r = only_record(&page);
            (r.start_date, r.end_date)
        };
        assert_eq!(
            card("3 days"),
            ("2024-05-30".to_string(), "2024-06-01".to_string())
        );
        assert_eq!(
            card("90 minutes"),
            ("2024-05-30".to_string(), "2024-05-30".to_string())
        );
    }

    #[test]
    fn a_title_with_a_call_to_register_after_a_dash_is_still_a_title() {
        let page = "Open data webinar – Register now!\n\n12 March 2024, 10:00-11:00 CET\n\n\
            The webinar presents the portal and its data.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Open data webinar");
        assert_eq!(
            day_and_hours(&r),
            ("2024-03-12", Some("10:00"), Some("11:00"))
        );
    }

    #[test]
    fn a_way_to_attend_in_brackets_closing_a_name_is_the_place() {
        for (line, way) in [
            ("Third meeting (virtual) – 15 February 2024", "virtual"),
            ("Third meeting [Online], 15 February 2024", "Online"),
        ] {
            let page = format!("Meetings\n\n{line}\n\nThe body met.\n");
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.location.as_deref()),
                ("Third meeting", Some(way)),
                "{line}"
            );
        }
        // Another note stays in the name and says nowhere.
        let page = "Meetings\n\nThird meeting (closed), 15 February 2024\n\nThe body met.\n";
        assert_eq!(only_record(page).location, None);
    }

    #[test]
    fn a_status_note_ending_a_title_is_no_part_of_it() {
        for title in [
            "Open data webinar - POSTPONED",
            "Open data webinar (Cancelled)",
        ] {
            let page = format!(
                "{title}\n\n12 March 2024, 10:00-11:00 CET\n\nThe webinar presents the portal.\n"
            );
            assert_eq!(only_record(&page).title, "Open data webinar", "{title}");
        }
        let page = "CANCELLED: Open data webinar\n\n12 March 2024\n\nThe webinar presents it.\n";
        assert_eq!(only_record(page).title, "Open data webinar");
        let page =
            "Webinar on postponed elections\n\n12 March 2024\n\nThe webinar discusses them.\n";
        assert_eq!(only_record(page).title, "Webinar on postponed elections");
        // A note on the day after a title's date: the whole day, no hours.
        for line in [
            "Forum on AI, 12 June 2024 (all day)",
            "Forum on AI – 12 June 2024 – All day",
            "Forum on AI, 12 June 2024 (all week)",
        ] {
            let page = format!("Events\n\n{line}\n\nThe forum reviews progress.\n");
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str(), r.start_time),
                ("Forum on AI", "2024-06-12", None),
                "{line}"
            );
        }
    }

    #[test]
    fn a_posts_topic_tag_below_its_stamp_is_no_title() {
        let page = "Intersessional meeting - Thematic sessions\n\n\
            14 August 2024\n\
            Commission on Narcotic Drugs\n\n\
            When? 12 - 14 November 2024\n\
            Where? Vienna International Centre\n\n\
            At its 67th session the Commission adopted a declaration.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Intersessional meeting - Thematic sessions");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2024-11-12", "2024-11-14")
        );
    }

    #[test]
    fn a_stop_may_part_a_date_fields_day_from_its_time_and_venue() {
        let page = "Regional Webinar on Early Warning\n\n\
            Date: Tuesday, 22 September 2020. Time: 10:00-12:00 EST. Venue: Panama City.\n\n\
            The webinar will discuss.\n";
        let r = only_record(page);
        assert_eq!(
            day_and_hours(&r),
            ("2020-09-22", Some("10:00"), Some("12:00"))
        );
        assert_eq!(
            (r.utc_offset.as_deref(), r.location.as_deref()),
            (Some("-05:00"), Some("Panama City"))
        );
    }

    #[test]
    fn an_announcement_may_open_with_its_day_or_name_it_in_a_clause() {
        for sentence in [
            "Taking place on 6 July 2026 in Geneva, the Dialogue brings together governments.",
            "Scheduled for 6 July 2026, the Dialogue brings together governments.",
            "This year's Dialogue, which runs from 6 to 7 July 2026, focuses on governments.",
            "The Dialogue opens today, 6 July 2026, in Geneva.",
            "Launched on 6 July 2026, the Dialogue brings together governments.",
            "Celebrated on 6 July 2026, the Dialogue brings together governments.",
        ] {
            let page = format!("Global Dialogue on AI Governance\n\n{sentence}\n\nMore.\n");
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str()),
                ("Global Dialogue on AI Governance", "2026-07-06"),
                "{sentence}"
            );
        }
    }

    #[test]
    fn a_listings_venue_then_hours_below_the_title_are_its_fields() {
        let page = "Upcoming events\n\n\
            10 Dec 2024\n\
            Human Rights Day 2024\n\
            Conference Room 4 | 10:00 - 13:00\n\n\
            12 Dec 2024\n\
            Universal Health Coverage Day\n\
            Online | 9:00 - 10:00 CET\n";
        let records = extract("p.txt", page);
        let got: Vec<_> = records
            .iter()
            .map(|r| (day_and_hours(r), r.location.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    ("2024-12-10", Some("10:00"), Some("13:00")),
                    Some("Conference Room 4")
                ),
                (("2024-12-12", Some("09:00"), Some("10:00")), Some("Online")),
            ]
        );
    }

    #[test]
    fn a_markdown_tables_rule_keeps_its_heading_over_the_rows() {
        let page = "Side events at HLPF 2025\n\n\
            | Date | Time | Title | Organizers | Room |\n\
            |---|:---:|---|---|---|\n\
            | 14 July | 08:00-09:15 | Financing the SDGs | UNDP, OECD | CR 6 |\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.location.as_deref()),
            ("Financing the SDGs", Some("CR 6"))
        );
        assert_eq!(r.organizers, ["UNDP", "OECD"]);
    }

    #[test]
    fn a_shortened_conference_room_ends_an_agenda_items_name() {
        let page = "Side events at HLPF 2025\n\n14 July 2025\n\
            08:00-09:15 Financing the SDGs (Organizers: UNDP, OECD) - CR 6\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.location.as_deref()),
            ("Financing the SDGs", Some("CR 6"))
        );
    }

    #[test]
    fn a_profiles_fields_title_nothing_and_colon_titles_still_do() {
        let profile = "Office for Digital Cooperation\n\n\
            Acronym: ODC\n\nEstablished: 2022\n\n\
            Stakeholder group: International organisation\n\n\
            On 1 January 2025, the Office opened its doors.\n";
        let titles: Vec<_> = extract("p.txt", profile)
            .into_iter()
            .map(|r| r.title)
            .collect();
        assert!(
            !titles.iter().any(|t| t.contains(':')),
            "no field titles a record: {titles:?}"
        );
        let items = "Programme\n\nPanel: Data for all\nWorkshop: AI for all\n\
            Keynote: Maps for all\n12 May 2025\n\nText about it.\n";
        assert_eq!(only_record(items).start_date, "2025-05-12");
    }

    #[test]
    fn a_bulleted_deck_leaves_the_announcement_to_the_paragraph_below() {
        let page = "Friday, October 18, 2024\n\n\
            ITU's AI for Good Global Summit hosts talks on AI governance\n\n\
            \u{2022} UN meeting focuses on moving from principles of artificial intelligence \
            guidelines to implementation for safe, sustainable use\n\n\
            GENEVA, Switzerland \u{2013} The AI for Good Global Summit 2024 will open in Geneva, \
            Switzerland on 29 May with the first AI Governance Day.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_date.as_str()),
            (
                "ITU's AI for Good Global Summit hosts talks on AI governance",
                "2024-05-29"
            )
        );
    }

    #[test]
    fn an_agenda_item_whose_time_is_not_set_is_the_days() {
        let page = "Our events\n\nMonday March 11, 2024:\n\n\
            8:30 a.m.: The Cornerstone of Gender Equality\n\n\
            Time TBD: Canadian Reception at the Permanent Mission\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.title, r.start_date, r.start_time))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "The Cornerstone of Gender Equality".to_string(),
                    "2024-03-11".to_string(),
                    Some("08:30".to_string())
                ),
                (
                    "Canadian Reception at the Permanent Mission".to_string(),
                    "2024-03-11".to_string(),
                    None
                ),
            ]
        );
    }

    #[test]
    fn an_announcements_next_sentence_may_say_until_when_it_runs() {
        let page = "Human Rights Council: the 58th regular session has started\n\n\
            The 58th regular session of the Council opened on February 24, 2025, in Geneva. \
            This session is scheduled to run until April 4, 2025.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2025-02-24", "2025-04-04")
        );
        // Months away, `until` dates something else.
        let page = "Council session opens\n\n\
            The session opened on February 24, 2025, in Geneva. \
            The mandate will run until December 31, 2025.\n";
        assert_eq!(only_record(page).end_date, "2025-02-24");
    }

    #[test]
    fn a_day_with_its_place_above_a_title_heads_it() {
        // A director's activities: each item's place and day, bulleted,
        // then its name and text.
        let page = "BDT Director's Corner: Activities\n\n\
            \u{2022} Riga, Latvia  15 November 2019\n\
            Digital Freedom Festival\n\n\
            I attended the annual Digital Freedom Festival held in Riga.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.location.as_deref()
            ),
            (
                "Digital Freedom Festival",
                "2019-11-15",
                Some("Riga, Latvia")
            )
        );
        // A calendar's day and city over each item.
        let page = "February 2009\n\n3 February (New York)\n\
            Civil Society Forum for the Commission for Social Development\n\
            4-13 February (New York)\nCommission for Social Development\n";
        let titles: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| r.title)
            .collect();
        assert!(
            titles.contains(
                &"Civil Society Forum for the Commission for Social Development".to_string()
            ),
            "{titles:?}"
        );
    }

    #[test]
    fn a_later_sentence_names_the_kind_a_headline_says_will_be_held() {
        let page = "ITU and UN to hold a series of webinars on digital cooperation\n\n\
            The ITU will hold webinars that tackle digital cooperation.\n\n\
            The first webinar is scheduled to take place on 22 April 2020.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2020-04-22");
        // A headline that holds nothing names no kind.
        let page = "ITU and UN publish a report on digital cooperation\n\n\
            The ITU published a report.\n\n\
            The first webinar is scheduled to take place on 22 April 2020.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_room_after_an_organizer_cell_is_the_rows_place() {
        let page = "Upcoming side events\n\n\
            15 September 2025, 10:00-11:30 (EDT) | Digital Public Infrastructure for All | \
            Organizer: UNDP | Conference Room 11\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.location.as_deref()),
            (
                "Digital Public Infrastructure for All",
                Some("Conference Room 11")
            )
        );
        assert_eq!(r.organizers, ["UNDP"]);
    }

    #[test]
    fn a_day_with_no_year_below_a_grouping_heading_heads_the_item_below() {
        let page = "Calendar for the press\n\nFebruary and March 2016 \u{2014}\u{2014}\n\n\
            5th February\n\nConference on the safety of journalists\n\n\
            UNESCO holds a conference for news organizations.\n\n\
            9th March\n\nWorld Water Forum\n\nThe Forum meets in Paris.\n";
        let days = each(page, |r| (r.title, r.start_date, r.year_inferred));
        assert_eq!(
            days,
            [
                (
                    "Conference on the safety of journalists".to_string(),
                    "2016-02-05".to_string(),
                    true
                ),
                (
                    "World Water Forum".to_string(),
                    "2016-03-09".to_string(),
                    true
                )
            ]
        );
        // With no grouping heading, a day above a title is its publication
        // date (rule 3), its year from the page's dated line.
        let page = "Tuesday, January 19, 2016\n\nCalendar for the press\n\n5th February\n\n\
            Conference on the safety of journalists\n\n\
            UNESCO holds a conference for news organizations.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_broken_organizer_list_goes_on_up_to_the_next_field() {
        // A paragraph longer than any wrap width: the page is not wrapped,
        // its lines are the page's own.
        let page = "Calendar of side events\n\n\
            The programme of side events, organized outside the formal programme of the \
            Commission, gives Member States and civil society a chance to discuss its themes.\n\n\
            8 April 2014\n10:00-12:00 PM\nYouth and HIV prevention\n\
            Organized by: STOP AIDS NOW!, HIV Alliance, ATHENA Network,\n\
            Global Youth Coalition on AIDS, Resurj, Women's Health\n\
            Coalition, Federation of Medical Students, UNAIDS\n\
            Venue: Hilton Hotel\n\
            1:15-2:30 PM\nAgeing societies\nOrganized by: Permanent Mission of Mexico\nVenue: NLB 7\n";
        let found = each(page, |r| (r.title, r.location, r.organizers.len()));
        assert_eq!(
            found,
            [
                (
                    "Youth and HIV prevention".to_string(),
                    Some("Hilton Hotel".to_string()),
                    8
                ),
                ("Ageing societies".to_string(), Some("NLB 7".to_string()), 1)
            ]
        );
    }

    #[test]
    fn a_row_of_cells_after_a_date_gives_its_hours_and_address() {
        let page = "Roundtable with the Smithsonian Institution\n\n\
            UNDP holds a series of roundtables on emerging issues.\n\
            20 April 2018 | Friday | 11:00 am - 12:30 pm | UNDP Rio Room | \
            304 East 45th Street | 9th floor | New York City\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), day_and_hours(&r), r.location.as_deref()),
            (
                "Roundtable with the Smithsonian Institution",
                ("2018-04-20", Some("11:00"), Some("12:30")),
                Some("UNDP Rio Room")
            )
        );
    }

    #[test]
    fn a_release_day_yields_to_the_later_day_its_sentence_announces() {
        let page = "Panel on Goals\n\n\
            NEW YORK (October 10, 2012) \u{2013} The Assembly announces a Panel discussion, to \
            be held at the ECOSOC Chamber on Tuesday, 16 October 2012, from 10:00 AM \u{2013} 1:00 PM.\n";
        assert_eq!(
            day_and_hours(&only_record(page)),
            ("2012-10-16", Some("10:00"), Some("13:00"))
        );
        // So does it to a later day that something will happen on.
        let page = "Expert Mechanism holds ninth session\n\n\
            Lagos, April 29, 2024 \u{2013} The Expert Mechanism will hold its ninth session on 1 \
            and 2 May 2024 at United Nations headquarters in New York.\n";
        assert_eq!(only_record(page).end_date, "2024-05-02");
        // What the release tells of today is dated by its dateline.
        let page = "Experts call for action\n\n\
            GENEVA, 5 June 2025 \u{2013} UN experts today called for action ahead of the \
            conference to be held on 20 June 2025 at 10:00.\n";
        assert_eq!(
            day_and_hours(&only_record(page)),
            ("2025-06-05", None, None)
        );
    }

    #[test]
    fn the_week_ahead_heading_only_groups_its_days() {
        let page = "The Week Ahead at the United Nations\n\n31 August - 6 September 2024\n\n\
            Saturday, 31 August\n\nToday is International Day for People of African Descent.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_half_days_time_heads_the_meeting_below_it() {
        let page = "Human Rights Council\nTwenty-fifth session\nGeneva, 3 - 28 March 2014\n\
            Order of the day\nPlenary meetings \u{2013} Room XX\nThursday, 13 March 2014\n\
            MORNING\n9.00 \u{2013} 12.00\n25th meeting / Annual meeting on the rights of the child\n\
            Chair: H.E. Mr. Baudelaire Ndong Ella, President of the Human Rights Council\n\
            AFTERNOON\n15.00 \u{2013} 18.00\n\
            26th meeting / Interactive dialogue with the Special Rapporteur on torture\n";
        let found = each(page, |r| {
            (r.title, r.start_date, r.start_time.unwrap_or_default())
        });
        assert_eq!(
            found,
            [
                (
                    "25th meeting / Annual meeting on the rights of the child".to_string(),
                    "2014-03-13".to_string(),
                    "09:00".to_string()
                ),
                (
                    "26th meeting / Interactive dialogue with the Special Rapporteur on torture"
                        .to_string(),
                    "2014-03-13".to_string(),
                    "15:00".to_string()
                )
            ]
        );
    }

    #[test]
    fn an_event_pages_tabs_leave_the_announcement_to_the_text_below() {
        let page = "Briefing for Kenyan NGOs\n\u{2022} Overview\n  \u{2022} Documents\n\n\
            On the 21st of February 2019, a briefing for the Kenyan NGOs was held at the UNON \
            grounds.\n";
        assert_eq!(only_record(page).start_date, "2019-02-21");
    }

    #[test]
    fn a_room_named_in_lower_case_after_the_hours_says_where() {
        let page = "Closing of the day 20 June 2023\n\
            20 June 2023 | 17:45 - 18:15 EEST | Main auditorium | |\n\
            Outlook to the IGF in Kyoto\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), day_and_hours(&r), r.location.as_deref()),
            (
                "Closing of the day",
                ("2023-06-20", Some("17:45"), Some("18:15")),
                Some("Main auditorium")
            )
        );
    }

    #[test]
    fn a_note_in_a_cell_after_an_items_day_is_no_part_of_its_name() {
        let page = "Provisional Schedule\n\
            - High-level meeting on universal health coverage: 21 September 2023 | Resolution A/RES/75/315\n\
            - Climate Ambition Summit: 20 September 2023 | Convened by the Secretary-General\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "High-level meeting on universal health coverage",
                "Climate Ambition Summit"
            ]
        );
    }

    #[test]
    fn days_above_a_title_and_its_series_line_date_the_title() {
        // No publication date is a span: the days head the title, whose
        // text follows its series' name and a picture's caption.
        let page = "Event information\n\n21-24 October 2023\n\n\
            2023 Annual Conference: Connecting Geneva and New York\n\n\
            GHRP Annual Conference\n\n\
            New York City with a view of UN Headquarters New York City with a view of UN Headquarters\n\n\
            The debates on human rights in New York and Geneva are linked in many ways.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_date.as_str(), r.end_date.as_str()),
            (
                "2023 Annual Conference: Connecting Geneva and New York",
                "2023-10-21",
                "2023-10-24"
            )
        );
    }

    #[test]
    fn a_place_between_a_headline_and_its_text_titles_nothing() {
        let page = "18-19 December 2018\n\nExecutive Committee, 5th meeting\n\n\
            \u{2022} Beirut, Lebanon\n\
            The Executive Committee held its fourth meeting in Beirut on 13 and 14 December 2017.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.location.as_deref()
            ),
            (
                "Executive Committee, 5th meeting",
                "2018-12-18",
                Some("Beirut, Lebanon")
            )
        );
        let page = "Executive Committee discusses the work of ESCWA\n\nBeirut, Lebanon\n\n\
            Beirut, 28 December 2018 \u{2013} Challenges to development were discussed.\n";
        assert_eq!(
            only_record(page).title,
            "Executive Committee discusses the work of ESCWA"
        );
        // A release's number may stand between the headline and its place.
        let page = "Board Meeting, 21-22 November 2019\n\n13/2019\nVienna, Austria\n\n\
            The Board will convene starting at 10:30 CET on Thursday, 21 November.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_time.as_deref(), r.location.as_deref()),
            (Some("10:30"), Some("Vienna, Austria"))
        );
        // Each blank line said twice.
        let r = only_record(&page.replace("\n\n", "\n\n\n"));
        assert_eq!(
            (r.start_time.as_deref(), r.location.as_deref()),
            (Some("10:30"), Some("Vienna, Austria"))
        );
    }

    #[test]
    fn an_invitation_to_join_announces_the_happening_wherever_it_stands() {
        let page = "Navigating the Digital Policy Landscape\n\n\
            Most institutions now tackle digital aspects.\n\n\
            Knowing how to navigate the landscape is crucial. What are the needs of each \
            group? Join the Geneva Internet Platform, online, on Tuesday, 23rd June 2020, at \
            13:00 \u{2013} 15:00 CEST for a timely discussion.\n";
        assert_eq!(
            day_and_hours(&only_record(page)),
            ("2020-06-23", Some("13:00"), Some("15:00"))
        );
    }

    #[test]
    fn a_dateline_in_brackets_dates_the_release() {
        let page = "GIP and ISOC launch Digital Watch\n\nPublished on 29 September 2015\n\n\
            [Geneva, 28 September 2015] The Geneva Internet Platform today announced the launch \
            of the Digital Watch.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.location.as_deref()),
            ("2015-09-28", Some("Geneva"))
        );
    }

    #[test]
    fn a_release_that_introduces_a_list_has_no_happening_of_its_own() {
        let page = "Tentative Schedule of Meetings in July 2005\n\n\
            NEW YORK, 1 July (UN Headquarters) -- The following is a tentative list of United \
            Nations meetings scheduled to be held in July.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn a_name_that_goes_on_in_a_parenthesis_keeps_its_days() {
        let page = "UN meetings in July 2005\n\nMeetings continued from previous month:\n\n\
            Special Committee on Decolonization\n(6-8 meetings per week), New York\n\n\
            17 May-15 July\n\n\
            Conference on Disarmament, second part, Geneva\n\n6 June-1 July\n";
        let found = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            found,
            [
                (
                    "Special Committee on Decolonization (6-8 meetings per week), New York"
                        .to_string(),
                    "2005-05-17".to_string()
                ),
                (
                    "Conference on Disarmament, second part, Geneva".to_string(),
                    "2005-06-06".to_string()
                )
            ]
        );
    }

    #[test]
    fn a_theme_in_quotes_below_a_name_titles_nothing() {
        let page = "Geneva Peace Talks 2024\n\n\u{201c}The Future of Peace\u{201d}\n\n\
            Thursday, 19 September 2024 at 3.00 p.m.\n\nRoom XVII, Palais des Nations\n\n\
            Welcome to the Geneva Peace Talks.\n";
        assert_eq!(only_record(page).title, "Geneva Peace Talks 2024");
        // Below a kind of item the quotes hold the name.
        let page = "Side event\n\n\u{201c}Women in AI: Closing the Gap\u{201d}\n\n\
            5 June 2024, 10:00-11:00 EDT\n\nThe event discusses women in AI.\n";
        assert_eq!(only_record(page).title, "Women in AI: Closing the Gap");
    }

    #[test]
    fn a_partners_cell_after_the_organizers_adds_partners() {
        let page = "Dialogue on Data Governance\n5 June 2024, 10:00-11:00 EDT\n\
            Organizers: UN DESA | Partners: ITU, UNCTAD\n\nThe dialogue brings together experts.\n";
        let r = only_record(page);
        assert_eq!(
            (r.organizers, r.partners),
            (
                vec!["UN DESA".to_string()],
                vec!["ITU".to_string(), "UNCTAD".to_string()]
            )
        );
    }

    #[test]
    fn hours_in_two_zones_joined_by_and_time_the_day_above() {
        let page = "Webinar on the International Day of Multilateralism\n\n24 April 2020\n\
            12:30 - 14:30 (EDT) and 18.30 - 20:30 (CEST)\n\
            The virtual panel will discuss multilateralism.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start.as_deref(), r.end.as_deref()),
            (
                Some("2020-04-24T12:30:00-04:00"),
                Some("2020-04-24T14:30:00-04:00")
            )
        );
    }

    #[test]
    fn a_link_below_the_hours_leaves_the_day_its_title_s() {
        let page = "Webinar on Multilateralism\n\n24 April 2020\n12:30 - 14:30 (EDT)\n\
            Join the conversation on https://us02web.zoom.us/j/83261541814\n\
            Meeting ID: 832 6154 1814 ; Password: 993375\n\
            The virtual panel will discuss multilateralism.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), day_and_hours(&r)),
            (
                "Webinar on Multilateralism",
                ("2020-04-24", Some("12:30"), Some("14:30"))
            )
        );
    }

    #[test]
    fn an_exhibits_days_on_display_below_its_text_date_it() {
        let page = "Now On View\n\nOur Beautiful Ocean\n\n\
            This exhibit highlights the beauty of the ocean.\n\n\
            On display 1 - 17  June 2019\n\nPlanet or Plastic?\n\n\
            This exhibition raises awareness about plastic pollution.\n\n\
            On display 24 May - 24 June 2019\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.end_date)),
            [
                (
                    "Our Beautiful Ocean".to_string(),
                    "2019-06-01".to_string(),
                    "2019-06-17".to_string()
                ),
                (
                    "Planet or Plastic?".to_string(),
                    "2019-05-24".to_string(),
                    "2019-06-24".to_string()
                )
            ]
        );
    }

    #[test]
    fn a_numbered_items_text_without_a_stop_is_no_next_title() {
        let page = "Past events\n\n\
            1. World Day Against Child Labour 2010\n\n11 June 2010\n\n\
            World Day 2010 events will be held in more than 60 countries.\n\n\
            2. Tripartite Experiences in Time of Global Crisis\n\n11 June 2010\n\n\
            Interactive panel discussion with High-Level Tripartite Representatives\n";
        assert_eq!(
            each(page, |r| (r.title, r.summary)),
            [
                (
                    "World Day Against Child Labour 2010".to_string(),
                    Some(
                        "World Day 2010 events will be held in more than 60 countries.".to_string()
                    )
                ),
                (
                    "Tripartite Experiences in Time of Global Crisis".to_string(),
                    Some(
                        "Interactive panel discussion with High-Level Tripartite Representatives"
                            .to_string()
                    )
                )
            ]
        );
    }

    #[test]
    fn a_calendars_name_broken_after_its_comma_goes_on_above_its_days() {
        let page = "UNCTAD calendar of meetings\n\
            The present note contains the calendar of meetings for the remainder of 2007.\n\
            Calendar of meetings for the remainder of 2007\n\
            ITC Joint Advisory Group, fortieth session\n25 – 27 April\n\
            Commission on Science and Technology for Development,\ntenth session\n21 – 25 May\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                (
                    "ITC Joint Advisory Group, fortieth session".to_string(),
                    "2007-04-25".to_string()
                ),
                (
                    "Commission on Science and Technology for Development, tenth session"
                        .to_string(),
                    "2007-05-21".to_string()
                )
            ]
        );
    }

    #[test]
    fn a_calendars_days_adjoin_their_titles_on_a_page_with_no_blank_lines() {
        let page = "High-level Week 2023\nSeptember 2023\nOverview\n\
            The session marks a crucial milestone.\n\
            19-23 and 26 September\nGeneral Debate\n\
            World leaders gather to engage in the annual debate.\n\
            Click here\n20 September\nClimate Ambition Summit\n\
            The Secretary-General will convene the summit.\n";
        assert_eq!(
            each(page, |r| (
                r.title,
                r.start_date,
                r.end_date,
                r.year_inferred
            )),
            [
                (
                    "General Debate".to_string(),
                    "2023-09-19".to_string(),
                    "2023-09-26".to_string(),
                    true
                ),
                (
                    "Climate Ambition Summit".to_string(),
                    "2023-09-20".to_string(),
                    "2023-09-20".to_string(),
                    true
                )
            ]
        );
        // With no grouping heading, a day above a headline is its
        // publication date.
        let page = page.replace("September 2023\n", "");
        assert!(
            each(&page, |r| r.title)
                .iter()
                .all(|t| t != "Climate Ambition Summit")
        );
    }

    #[test]
    fn a_list_of_days_below_its_lead_in_leaves_the_announcement_dating_the_page() {
        let page = "Committee to review Chile and Namibia\n\n\
            The Committee will hold its upcoming session from 4 to 28 March 2024, during \
            which it will review Chile and Namibia.\n\n\
            It will discuss a range of issues with the delegations through public \
            dialogues on the following dates at Geneva time:\n\n\
            Chile\n\n5 March 15:00 \u{2013} 18:00\n\n6 March 10:00 \u{2013} 13:00\n\n\
            Namibia\n\n6 March 15:00 \u{2013} 18:00\n\n\
            The above dialogues will take place in Palais Wilson, Geneva.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.start_date.as_str(),
                r.end_date.as_str(),
                r.start_time,
                r.location
            ),
            ("2024-03-04", "2024-03-28", None, None)
        );
    }

    #[test]
    fn a_listing_of_names_dates_and_places_dates_each_name() {
        let page = "Past meetings\n\nTwentieth Meeting of the States Parties\n\n\
            21 - 25 November 2022\n\nGeneva\n\n\
            Nineteenth Meeting of the States Parties\n\n15 - 19 November 2021\n\nThe Hague\n\n\
            Eighteenth Meeting of the States Parties\n\n16 - 20 November 2020\n\n\
            Virtual from Geneva\n\n\
            Seventeenth Meeting of the States Parties\n\n26 - 30 November 2018\n\nGeneva\n";
        let got = each(page, |r| r.start_date);
        assert_eq!(
            got,
            ["2022-11-21", "2021-11-15", "2020-11-16", "2018-11-26"]
        );
    }

    #[test]
    fn a_bulleted_titles_mark_is_no_part_of_it() {
        let page = "Media Advisories\n\n\u{2022} New Sites to be inscribed on the List\n\
            30-06-2005 1:15 pm - (Media Advisory N\u{b0}2005-46)\n\
            Forty-two new sites will be proposed for inscription.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), day_and_hours(&r)),
            (
                "New Sites to be inscribed on the List",
                ("2005-06-30", Some("13:15"), None)
            )
        );
    }

    #[test]
    fn a_day_above_a_title_under_a_heading_of_what_is_to_come_dates_it() {
        let page = "Upcoming Press Conferences\n\n22 Jul 2024\n\nUNODA Press Conference\n\n\
            The Chair of the Preparatory Committee will brief on its second session.\n\n\
            23 Jul 2024\n\nFAO Press Conference\n\n\
            Media launch of the State of Food Security and Nutrition in the World Report (SOFI)\n\n\
            View Past Events\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                (
                    "UNODA Press Conference".to_string(),
                    "2024-07-22".to_string()
                ),
                ("FAO Press Conference".to_string(), "2024-07-23".to_string())
            ]
        );
        // Under news, a day above a headline is its publication date.
        let news = page.replace("Upcoming Press Conferences", "Latest news");
        assert!(each(&news, |r| r.title).is_empty());
    }

    #[test]
    fn a_flattened_tables_room_cell_says_where_and_the_next_line_names() {
        let page = "UNICEF Executive Board calendar\nDate/Time |\nVenue |\nMeetings |\n\
            5\u{2013}8 Sept 2023 | CR-3 CB (TBC) |\nSecond regular session |\n\
            13\u{2013}16 June 2023 | ECOSOC Chamber CB (TBC) |\nAnnual session |\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                (
                    "Second regular session".to_string(),
                    "2023-09-05".to_string(),
                    Some("CR-3 CB (TBC)".to_string())
                ),
                (
                    "Annual session".to_string(),
                    "2023-06-13".to_string(),
                    Some("ECOSOC Chamber CB (TBC)".to_string())
                )
            ]
        );
    }

    #[test]
    fn an_upcoming_happening_with_its_days_is_announced() {
        let page = "MONDIACULT 2022\n\nGet live updates on the upcoming UNESCO World \
            Conference on Cultural Policies from 28 to 30 September 2022 hosted by the \
            Government of Mexico.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str(), r.organizers),
            (
                "2022-09-28",
                "2022-09-30",
                vec!["Government of Mexico".to_string()]
            )
        );
    }

    #[test]
    fn a_line_read_again_reads_as_it_did_the_first_time() {
        // An icon cut from the front (a part of the line) and a no-break
        // space folded (a new text): each comes back from the memo whole.
        // So does a title whose spaces at the end folding trimmed.
        let page = "Opening Ceremony  \n\u{1F4C5} Tuesday 5 November 2013\n\
            Room\u{a0}I\n";
        let first = extract("p.txt", page);
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].title, "Opening Ceremony");
        assert_eq!(first[0].start_date, "2013-11-05");
        assert_eq!(first[0].location.as_deref(), Some("Room I"));
        assert_eq!(extract("p.txt", page), first);
    }

    #[test]
    fn a_line_that_ends_on_a_joining_word_goes_on_on_the_next() {
        let page = "Events\n\nThird Meeting of the Parties to the\n\
            Minamata Convention, 12-14 June 2024\nThe meeting reviews progress.\n\n\
            Launch of the report on the\nState of the World Forests\n15 July 2024\n\
            The report shows progress.\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "Third Meeting of the Parties to the Minamata Convention",
                "Launch of the report on the State of the World Forests"
            ]
        );
        // `on` after a span of time ends the phrase.
        let page = "Events\n\nGlobal Digital Compact one year on\n\
            September 24, 2025 | 3:00 PM - 4:30 PM EDT\nUNHQ, Conference Room 11\n\n\
            AI Dialogue informal briefing\nOctober 2, 2025 | 10:00 AM - 11:00 AM EDT\nOnline\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                (
                    "Global Digital Compact one year on".into(),
                    "2025-09-24".into()
                ),
                ("AI Dialogue informal briefing".into(), "2025-10-02".into())
            ]
        );
        // A sentence broken around its days: no date line.
        let page = "Onsite registration will take place at the\nPregny Gate.\n\
            Registration will start on\nSunday, 20 January 2008 from\n\
            noon to 6 p.m., and will continue on\n\
            Monday, 21 January 2008, as of 8 a.m. Participants will receive a badge.\n";
        assert_eq!(extract("p.txt", page), []);
        // A list's item below is one of its own.
        let page = "Events\n\nThe week brings events such as the\n\
            • 12 May 2024 – Launch of the water report\n\
            • 14 May 2024 – Forum on oceans\n";
        assert_eq!(
            each(page, |r| r.title),
            ["Launch of the water report", "Forum on oceans"]
        );
        // A row of cells ends with its last cell.
        let page = "Calendar\n\nDate | Event | Organized by\n\
            12 May 2024 | Forum on oceans | UNEP\n13 May 2024 | Water dialogue | UNDP\n";
        assert_eq!(
            each(page, |r| r.title),
            ["Forum on oceans", "Water dialogue"]
        );
    }

    #[test]
    fn a_street_address_in_a_date_lines_cell_says_where() {
        let page = "Digital Cooperation Day\n\n\
            22 September 2025 | 9 a.m.–8 p.m. | 605 3rd Avenue, New York\n\n\
            Leaders meet to advance the Compact.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Digital Cooperation Day");
        assert_eq!(r.location.as_deref(), Some("605 3rd Avenue, New York"));
        assert_eq!(
            day_and_hours(&r),
            ("2025-09-22", Some("09:00"), Some("20:00"))
        );
    }

    #[test]
    fn a_series_cut_off_at_a_dash_below_a_title_names_nothing() {
        let page = "Available languages:\nDialogue with the Secretary-General\n\
            25 Feb 2020 -  A Global Conversation -\n\
            As part of this conversation, the UN holds dialogues around the world.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Dialogue with the Secretary-General");
        assert_eq!(r.start_date, "2020-02-25");
        assert_eq!(r.date_text, "25 Feb 2020");
    }

    #[test]
    fn a_long_name_between_two_times_is_a_slots_title() {
        let page = "Monday, February 28, 2022\n\nEvents in the Green Room\n\n\
            The Green Room is an open space for major groups.\n\n09.30 - 11.00 EAT\n\n\
            Animal welfare and sustainable development by Africa Network for Animal Welfare\n\n\
            11.00 - 12.30 EAT\n\n\
            Reimagining waste management to reduce open dumping and open burning in Africa: \
            Pathways to reduce climate pollutants and health hazards by Climate and Clean Air \
            Coalition (CCAC) and Stockholm Environment Institute (SEI)\n\n\
            12.30 - 14.00 EAT\n\nDialogue with the Chief Scientist by Major Groups\n";
        assert_eq!(
            each(page, |r| r.start_time),
            [
                Some("09:30".into()),
                Some("11:00".into()),
                Some("12:30".into())
            ]
        );
    }

    #[test]
    fn a_schedules_first_time_below_its_day_heads_the_first_title() {
        let page = "Monday, February 28, 2022\n\n09.30 - 11.00 EAT\n\n\
            Animal welfare and sustainable development\n\n11.00 - 12.30 EAT\n\n\
            Reimagining waste management in Africa\n\n12.30 - 14.00 EAT\n\n\
            Dialogue with the Chief Scientist\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_time)),
            [
                (
                    "Animal welfare and sustainable development".into(),
                    Some("09:30".into())
                ),
                (
                    "Reimagining waste management in Africa".into(),
                    Some("11:00".into())
                ),
                (
                    "Dialogue with the Chief Scientist".into(),
                    Some("12:30".into())
                )
            ]
        );
    }

    #[test]
    fn html_character_references_are_read_as_their_characters() {
        let page = "Events\n\nLaunch of the Water Report &ndash; 12&nbsp;May&nbsp;2024\n\n\
            The report shows progress.\n\nForum on Oceans &amp; Seas\n\n\
            14 May 2024, 10:00&ndash;12:00 CET\n\nThe forum meets.\n";
        assert_eq!(
            each(page, |r| (r.title, r.date_text, r.start_time)),
            [
                (
                    "Launch of the Water Report".into(),
                    "12 May 2024".into(),
                    None
                ),
                (
                    "Forum on Oceans & Seas".into(),
                    "14 May 2024, 10:00–12:00 CET".into(),
                    Some("10:00".into())
                )
            ]
        );
    }

    #[test]
    fn a_programme_after_a_titles_date_is_no_part_of_it() {
        let page = "Events\n\nOpen Day at UNOG on Saturday 24 October 2015 - Programme\n\n\
            Highlights of scheduled activities and performances.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Open Day at UNOG");
        assert_eq!(r.start_date, "2015-10-24");
    }

    #[test]
    fn icons_part_a_date_lines_cells_and_the_pin_says_where() {
        let page = "Our events at Ocean Week\n\nTime zone: CEST\n\n\
            📅 9 June 2039 | 🕒 10:00–11:30 hrs | 📍 Hall B, Palais des Festivals, Cannes\n\n\
            Reef Restoration Dialogue: Lessons from Small Islands\n\n\
            The dialogue brings coastal managers together.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Reef Restoration Dialogue: Lessons from Small Islands"
        );
        assert_eq!(
            day_and_hours(&r),
            ("2039-06-09", Some("10:00"), Some("11:30"))
        );
        assert_eq!(r.utc_offset.as_deref(), Some("+02:00"));
        assert_eq!(
            r.location.as_deref(),
            Some("Hall B, Palais des Festivals, Cannes")
        );
        // With no bars, the icons part the cells; in prose they stay.
        let page = "Launch of the Mangrove Atlas\n\
            🗓️ 3 April 2039 ⏰ 15:00–16:00 CET 📍 Online\n\
            Meet us 📍 at our booth after the launch.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Launch of the Mangrove Atlas");
        assert_eq!(
            day_and_hours(&r),
            ("2039-04-03", Some("15:00"), Some("16:00"))
        );
        assert_eq!(r.location.as_deref(), Some("Online"));
        assert_eq!(
            r.summary.as_deref(),
            Some("Meet us 📍 at our booth after the launch.")
        );
    }

    #[test]
    fn an_event_platforms_timezone_line_zones_the_pages_times() {
        let page = "Consultation on Water Law\n14–15 Mar 2039\nPalais des Nations\n\
            Europe/Zurich timezone\n\nMonday 14 March 2039\n\
            10:00 - 12:00 Opening of the consultation\n";
        let r = each(page, |r| r)
            .into_iter()
            .find(|r| r.title == "Opening of the consultation")
            .expect("the session");
        assert_eq!(r.timezone.as_deref(), Some("Europe/Zurich"));
        assert_eq!(r.start.as_deref(), Some("2039-03-14T10:00:00+01:00"));
        // A zone alone on its line zones only its own section.
        let page = page.replace("Europe/Zurich timezone", "(CET)");
        let r = each(&page, |r| r)
            .into_iter()
            .find(|r| r.title == "Opening of the consultation")
            .expect("the session");
        assert_eq!(r.timezone, None);
    }

    #[test]
    fn links_to_a_happenings_documents_are_no_happenings() {
        let page = "Special Event, Launch of the Water Strategy 2039-2045, 19 November 2039\n\n\
            A special event of the Commission will be held on Friday, 19 November 2039, online.\n\n\
            \u{a0} Programme Special Event 19 November\n\n\
            COVID-19 Guide Special Event of the Commission 19 November 2039\n";
        assert_eq!(
            each(page, |r| r.title),
            ["Special Event, Launch of the Water Strategy 2039-2045"]
        );
        // A programme of another happening that day is a record of its own.
        let page = page.replace("Programme Special Event", "Programme of the Youth Forum");
        assert_eq!(
            each(&page, |r| r.title),
            [
                "Special Event, Launch of the Water Strategy 2039-2045",
                "Programme of the Youth Forum"
            ]
        );
    }

    #[test]
    fn an_abbreviation_said_to_be_the_timezone_is_no_title() {
        // Indico below a meeting's days: `UTC timezone`, as it prints
        // `Europe/Zurich timezone`, is a field and not the next title.
        let page = "Webinar on Water Registers\nLog in with the link we sent you.\n\n\
            3 July 2039\nPalais des Nations\nUTC timezone\n\nHow to register:\n";
        let r = only_record(page);
        assert_eq!(r.title, "Webinar on Water Registers");
        assert_eq!(r.start_date, "2039-07-03");
    }

    #[test]
    fn a_field_below_a_cards_date_keeps_the_date_with_the_title_above() {
        let page = "Briefings\n\nBriefing No. 1\n\n\
            4th March, 2039 | Friday | 09:00 am – 09:20 am EST | Conference Room 6\n\n\
            Youth Caucus Facilitator: Ana Ruiz\n\nBriefing No. 2\n\n\
            7th March, 2039 | Monday | 09:00 am – 09:20 am EST | Conference Room 6\n\n\
            Youth Caucus Facilitator: Li Wei\n\nAbout the forum\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.title)),
            [
                ("2039-03-04".to_string(), "Briefing No. 1".to_string()),
                ("2039-03-07".to_string(), "Briefing No. 2".to_string()),
            ]
        );
    }

    #[test]
    fn a_sentence_about_this_happening_below_the_first_paragraph_names_organizers() {
        let page = "Side Event on Mountain Water\n18 June 2039, 13:00-14:00\n\
            Mountains hold much of the world's fresh water.\n\
            On World Water Day, this side event co-organized by our Alpine Water Platform \
            and UNEP will discuss glaciers.\n";
        assert_eq!(
            only_record(page).organizers,
            ["Alpine Water Platform", "UNEP"]
        );
        let hosted = page.replace("this side event co-organized", "the event, hosted");
        assert_eq!(
            only_record(&hosted).organizers,
            ["Alpine Water Platform", "UNEP"]
        );
        // A sentence about another happening names none.
        let page = page.replace("this side event", "the first forum");
        assert_eq!(only_record(&page).organizers, Vec::<String>::new());
    }

    #[test]
    fn an_agenda_item_told_in_sentences_is_named_by_the_first() {
        let page = "Programme\n\nTUESDAY, 7 JUNE 2039\n\
            10:30-12:00 Briefing for Civil Society Partners. The Chair will present the report. \
            Organized by the Department of Global Communications. Room S-226.\n\
            14:00-15:00 Session 4. Ministerial Roundtable on Oceans\n";
        assert_eq!(
            each(page, |r| (r.title, r.location, r.organizers)),
            [
                (
                    "Briefing for Civil Society Partners".to_string(),
                    Some("Room S-226".to_string()),
                    vec!["Department of Global Communications".to_string()]
                ),
                (
                    "Session 4. Ministerial Roundtable on Oceans".to_string(),
                    None,
                    vec![]
                ),
            ]
        );
    }

    #[test]
    fn a_bulleted_headline_above_its_dateline_heads_the_paragraph() {
        let page = "Speeches\n\n  • Water Council 2039: Opening Address\n\n\
            \x20   17 April 2039, Geneva, Switzerland: Welcome to the session of the Council.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Water Council 2039: Opening Address");
        assert_eq!(r.start_date, "2039-04-17");
        assert_eq!(r.location.as_deref(), Some("Geneva, Switzerland"));
        // Items of a list follow one another: the dated one is a list's.
        let page = "Highlights\n\n• Water Council 2039: Opening Address\n\
            • 17 April 2039, Geneva: the Council opened its session.\n";
        assert_eq!(extract("p.txt", page), []);
    }

    #[test]
    fn a_video_calls_room_after_the_hours_says_where() {
        let page = "Town Hall of the Executive Boards\n\
            Tuesday, 19 April 2039; 11:00a.m. - 2:00 p.m.; Zoom virtual room\n\
            - Provisional agenda\n";
        let r = only_record(page);
        assert_eq!(r.title, "Town Hall of the Executive Boards");
        assert_eq!(
            day_and_hours(&r),
            ("2039-04-19", Some("11:00"), Some("14:00"))
        );
        assert_eq!(r.location.as_deref(), Some("Zoom virtual room"));
    }

    #[test]
    fn a_town_alone_above_a_platforms_dates_titles_nothing() {
        let page = "Registration is open.\n\nGeneva, Switzerland\n\
            Starts Jun 9, 2039 08:00\nEnds Jun 10, 2039 18:00\n";
        assert_eq!(extract("p.txt", page), []);
        // Nor does a venue with its way to attend.
        let page = "Event Details\n\nVienna International Centre and online\n\n\
            From 13 to 17 March 2039, delegates will gather in Vienna for the Commission.\n";
        assert_eq!(extract("p.txt", page), []);
    }

    #[test]
    fn a_release_yields_to_the_later_day_it_announces_without_a_year() {
        // The release's own day is the dateline's; the happening's day has
        // no year and takes the one nearest the release.
        let page = "Space law seminar\n\nNAIROBI, 3 March 2011 (UN Information Service) \u{2014} \
            A seminar on space law for African experts will be held on the morning of 8 March \
            at the Gigiri complex.\n\n\
            Working group on debris\n\nGENEVA, 28 December 2010 (UN Information Service) \u{2014} \
            The working group will meet on 4 January in Room XII.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.year_inferred)),
            [
                (
                    "Space law seminar".to_string(),
                    "2011-03-08".to_string(),
                    true
                ),
                (
                    "Working group on debris".to_string(),
                    "2011-01-04".to_string(),
                    true
                ),
            ]
        );
        // A dateline with no year yields as well: the page's year is the
        // title's.
        let page = "Space law seminar 2011\n\nNAIROBI, 3 March (UN Information Service) \u{2014} \
            A seminar on space law will be held on 8 March at the Gigiri complex.\n";
        assert_eq!(only_record(page).start_date, "2011-03-08");
    }

    #[test]
    fn a_later_sentence_naming_the_titles_code_says_who_organizes() {
        let page = "Regional Forum on Water Security (RFWS-3)\n\nTue, 4 Mar - Thu, 6 Mar 2025\n\n\
            The Forum is where ministers review progress on water security.\n\n\
            The third meeting of the Regional Forum (RFWS-3) will be organized by the Water \
            Council, hosted by the Government of Jordan.\n\n\
            The second meeting was organized by UNEP.\n";
        assert_eq!(
            only_record(page).organizers,
            ["Water Council", "Government of Jordan"]
        );
        // No code in the title: a later edition's sentence names no one.
        let page = page.replace(" (RFWS-3)\n", "\n");
        assert!(only_record(&page).organizers.is_empty());
    }

    #[test]
    fn a_range_of_date_times_broken_after_its_dash_is_one_date_line() {
        for dates in [
            "14.10.2025 | 09:30 \u{2013}\n16.10.2025 | 18:00",
            "14.10.2025 | 09:30 - 16.10.2025 | 18:00",
            "14 October 2025, 09:30 \u{2014}\n16 October 2025, 18:00",
        ] {
            let page = format!("Training on soil mapping\n{dates}\n\nThe training is online.\n");
            let r = only_record(&page);
            assert_eq!(
                (r.start_date.as_str(), r.end_date.as_str()),
                ("2025-10-14", "2025-10-16"),
                "{dates}"
            );
            assert_eq!(
                day_and_hours(&r),
                ("2025-10-14", Some("09:30"), Some("18:00"))
            );
        }
    }

    #[test]
    fn the_second_paragraph_may_announce_the_date_lines_day() {
        // An overview opens with what the happening is; the next paragraph
        // tells when and where.
        let page = "Forum on Coastal Cities (FCC)\n\nTue, 9 Sep - Thu, 11 Sep 2025\n\n\
            The Forum is where mayors share what works against rising seas.\n\n\
            The third Forum will be held from 9 to 11 September 2025, 9:00 to 17:00, \
            in Valparaíso, Chile.\n\n\
            Earlier editions were held elsewhere.\n";
        let r = only_record(page);
        assert_eq!(r.location.as_deref(), Some("Valparaíso, Chile"));
        assert_eq!(
            day_and_hours(&r),
            ("2025-09-09", Some("09:00"), Some("17:00"))
        );
        // The third paragraph is past the overview: it names nothing.
        let page = page.replace(
            "rising seas.",
            "rising seas.\n\nMayors from 40 cities attend.",
        );
        let r = only_record(&page);
        assert_eq!((r.location, r.start_time), (None, None));
    }

    #[test]
    fn a_stamp_after_its_item_type_yields_to_the_announced_happening() {
        let page = "Congress opens in June\n\nPress release | 3 March 2026\n\
            GENEVA (WMO News) \u{2013} The Congress will take place at the International \
            Conference Centre in Geneva from June 1-5, 2026.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2026-06-01", "2026-06-05")
        );
        // A stamp whose text announces nothing dates its story.
        let page = page.replace("will take place", "took stock");
        assert_eq!(only_record(&page).start_date, "2026-03-03");
    }

    #[test]
    fn a_glued_post_stamp_gives_the_year() {
        let page = "Tuesday\nApr092024\n\nWebinar on open data, 12 April\n\n\
            The webinar presents the portal.\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.year_inferred)),
            [("2024-04-12".to_string(), true)]
        );
        // No month, or no day of it: no stamp.
        for stamp in ["Abc092024", "Apr322024", "Apr09202"] {
            assert!(date::glued_stamp(stamp).is_none(), "{stamp}");
        }
    }

    #[test]
    fn a_date_and_location_heading_titles_nothing() {
        let page = "Webinar on open data\n\nDate and Location\n\n\
            The webinar will be held on 5 June 2024 in Room 4, Palais des Nations, Geneva.\n";
        assert_eq!(only_record(page).title, "Webinar on open data");
    }

    #[test]
    fn a_subtitle_after_a_titles_date_goes_on_its_name() {
        let page = "Expert meeting, 5 June 2024: Data governance\n\nExperts review the rules.\n\n\
            Webinar (12 May 2024) \u{2013} Data for All\n\nThe webinar presents the portal.\n\n\
            Open Day at the Palais on Saturday 24 October 2015 - Programme\n\nThe doors open.\n\n\
            News, 3 May 2024 - UNDP and ITU sign an agreement\n\nThe agreement covers data.\n\n\
            Webinar on 14 May 2024: Open Maps\n\nThe webinar shows the maps.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                (
                    "Expert meeting: Data governance".to_string(),
                    "2024-06-05".to_string()
                ),
                (
                    "Webinar \u{2013} Data for All".to_string(),
                    "2024-05-12".to_string()
                ),
                (
                    "Open Day at the Palais".to_string(),
                    "2015-10-24".to_string()
                ),
                ("Webinar: Open Maps".to_string(), "2024-05-14".to_string()),
            ]
        );
    }

    #[test]
    fn listed_days_make_one_happening() {
        for days in [
            "Date and Time:\n- [Day 1] Tuesday, 26 March 2024, 15:00-18:40\n\
             - [Day 2] Wednesday, 27 March 2024, 15:00-18:50",
            "Date and Time:\nDay 1: Tuesday, 26 March 2024, 15:00-18:40\n\
             Day 2: Wednesday, 27 March 2024, 15:00-18:50",
            "\nDay 1: Tuesday, 26 March 2024, 15:00-18:40\n\
             Day 2: Wednesday, 27 March 2024, 15:00-18:50\n",
        ] {
            let page = format!("Readout of the Forum\n{days}\nSummary\nThe readout drew many.\n");
            let got = each(&page, |r| {
                (
                    r.title.clone(),
                    r.end_date.clone(),
                    day_and_hours(&r).1.map(str::to_string),
                    r.end_time,
                )
            });
            assert_eq!(
                got,
                [(
                    "Readout of the Forum".to_string(),
                    "2024-03-27".to_string(),
                    Some("15:00".to_string()),
                    Some("18:50".to_string())
                )],
                "{days}"
            );
        }
        // A programme's days, each above its sessions, stay apart.
        let page = "Programme\n\nDay 1 - Tuesday, 26 March 2024\n\n10:00 - 11:00 Opening\n\n\
            Day 2 - Wednesday, 27 March 2024\n\n10:00 - 11:00 Closing\n";
        assert_eq!(each(page, |r| r.start_date), ["2024-03-26", "2024-03-27"]);
    }

    #[test]
    fn a_bare_day_above_a_releases_dateline_yields_to_the_announced_days() {
        let page = "Congress on Water Data\n\n3 March 2026\n\n\
            NAIROBI (UNEP News) \u{2013} UNEP will hold its Congress on Water Data at the \
            Gigiri complex in Nairobi from 8-10 June 2026.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2026-06-08", "2026-06-10")
        );
        // Without the dateline, the day is the title's.
        let page = page.replace("NAIROBI (UNEP News) \u{2013} ", "");
        assert_eq!(only_record(&page).start_date, "2026-03-03");
    }

    #[test]
    fn add_to_calendar_below_the_date_titles_nothing() {
        let page = "Open Data Day 2024\n\nDate and time\nTue, May 14, 2024, 10:00 AM \u{2013} \
            11:30 AM EDT\nAdd to calendar\nLocation\nOnline event\nAbout this event\n\
            Join us for a discussion on open data.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Open Data Day 2024");
        assert_eq!(
            day_and_hours(&r),
            ("2024-05-14", Some("10:00"), Some("11:30"))
        );
        // Nor do the platform's other links (they lost the record), nor a
        // note on who may attend, nor the card's kind.
        for link in [
            "iCal export",
            "View on map",
            "Join the webinar",
            "Event recording",
            "By invitation only",
            "Side event",
        ] {
            let page = format!(
                "Open Data Day 2024\n\n14 May 2024, 10:00-11:30 EDT\n{link}\n\n\
                 Join us for a discussion on open data.\n"
            );
            assert_eq!(only_record(&page).title, "Open Data Day 2024", "{link}");
        }
    }

    #[test]
    fn a_releases_day_below_its_symbol_yields_to_the_announced_day() {
        let page = "Secretary-General to Visit Kenya\nSG/T/3456\n2 June 2024\n\n\
            The Secretary-General will travel to Nairobi, Kenya, on 3 June to attend the \
            Digital Summit.\n";
        assert_eq!(only_record(page).start_date, "2024-06-03");
        // So does a day below a title that opens with its type.
        let page = "Note to Correspondents: Press Conference on Data\n\n12 June 2024\n\n\
            The Secretary-General will hold a press conference at 11 a.m. on Friday, 14 June, \
            in Room S-237.\n";
        let r = only_record(page);
        assert_eq!(day_and_hours(&r), ("2024-06-14", Some("11:00"), None));
        // A release that announces nothing has no happening of its own.
        let page = "Secretary-General Welcomes Accord\nSG/SM/22501\n2 June 2024\n\n\
            The Secretary-General welcomes the accord signed by the parties.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn remarks_given_today_in_a_town_locate_the_releases_day() {
        let page = "Secretary-General Calls for an Open Internet\nSG/SM/22501\n15 December 2024\n\n\
            Following are the Secretary-General's remarks to the Forum, in Riyadh today:\n\n\
            I thank the Kingdom.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.location.as_deref()),
            ("2024-12-15", Some("Riyadh"))
        );
    }

    #[test]
    fn hours_said_beside_today_time_the_day() {
        for text in [
            "The Council will hold an open debate today at 10 a.m. on emerging technologies.",
            "A press conference will be held at 10:00 a.m. today in Room S-237.",
        ] {
            let page = format!("Open Debate on Technology\n\n5 March 2025\n\n{text}\n");
            let r = only_record(&page);
            assert_eq!(
                day_and_hours(&r),
                ("2025-03-05", Some("10:00"), None),
                "{text}"
            );
        }
        // Below a title dated on its own line too.
        let page = "Open Debate on Technology, 5 March 2025\n\n\
            The Council will hold an open debate today at 10 a.m.\n";
        assert_eq!(only_record(page).start_time.as_deref(), Some("10:00"));
        // Hours far from the word are another matter's.
        let page = "Open Debate on Technology\n\n5 March 2025\n\nThe Council met today to \
            hear the Envoy, who had briefed the members on Monday at 10 a.m.\n";
        assert_eq!(only_record(page).start_time, None);
    }

    #[test]
    fn a_triangle_before_a_date_line_is_an_icon() {
        let page = "Opening Ceremony\n▶▶ Tuesday 5 November 2013,\n10:00 a.m., Room I\n\
            The session will be opened in a formal ceremony by its President.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Opening Ceremony");
        assert_eq!(day_and_hours(&r), ("2013-11-05", Some("10:00"), None));
        assert_eq!(r.location.as_deref(), Some("Room I"));
    }

    #[test]
    fn a_listings_cells_run_together_still_part_at_the_year() {
        let page = "Press Conferences\n\
            27 March 2015Press Stakeout by the President of the CouncilConclusion of its session.\n\
            • Ambassador Joachim Ruecker, President of the CouncilUNOG\n\
            • 26 March 2015WHO Press ConferenceJournalists are invited to learn more. They will speak.\n\
            • 23 March 2015UNCTAD Press Conference[Publication of the Report\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.title)),
            [
                (
                    "2015-03-27".to_string(),
                    "Press Stakeout by the President of the Council".to_string()
                ),
                ("2015-03-26".to_string(), "WHO Press Conference".to_string()),
                (
                    "2015-03-23".to_string(),
                    "UNCTAD Press Conference".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_note_on_all_times_zones_the_pages_times() {
        let page = "Schedule\n\nMonday, 10 March 2025\n\n10:00 a.m.\nOpening of the session\n\
            General Assembly Hall\n\n3:00 p.m.\nTown hall with civil society\n\
            Conference Room 1\n\nAll times are in New York time (EDT).\n";
        let got = each(page, |r| r.start);
        let s = |t: &str| Some(t.to_string());
        assert_eq!(
            got,
            [
                s("2025-03-10T10:00:00-04:00"),
                s("2025-03-10T15:00:00-04:00")
            ]
        );
        // A note that names no zone leaves the times without one.
        let page = page.replace("in New York time (EDT)", "local to the venue");
        assert_eq!(each(&page, |r| r.start), [None, None]);
        // The note may be a later sentence of a paragraph; `sometimes` in
        // prose is none.
        let page = "Side events\n\nBelow is the list. All times are in New York time (EDT).\n\n\
            23 September 2024, 13:15-14:30 - Safeguards in action\n\nJoin us.\n";
        let got = each(page, |r| r.start);
        assert_eq!(got, [Some("2024-09-23T13:15:00-04:00".to_string())]);
        let page = page.replace("All times are", "It sometimes is");
        assert_eq!(each(&page, |r| r.start), [None]);
        // Or a heading's parenthesis.
        let page = "Programme (all times in EDT)\n\nMonday, 22 September 2025\n\n\
            09:00 – 10:00 Opening of the Digital Forum\n";
        let got = each(page, |r| r.start);
        assert_eq!(got, [Some("2025-09-22T09:00:00-04:00".to_string())]);
        // A note on its own line, with its place, names no slot.
        let page = "Agenda 2025\n\nAll times provided are local (Geneva, CET)\n\n\
            Monday 8 December 2025\n\n10:00 – 11:00\n\nOpening of the Forum\n";
        let got = each(page, |r| (r.title, r.start));
        let want = ("Opening of the Forum", "2025-12-08T10:00:00+01:00");
        assert_eq!(got, [(want.0.to_string(), Some(want.1.to_string()))]);
    }

    #[test]
    fn a_place_between_title_and_date_says_where() {
        let page = "Remarks to the General Assembly\nNew York\n15 January 2026\n\nExcellencies,\n";
        let want = [(
            "Remarks to the General Assembly".to_string(),
            Some("New York".to_string()),
        )];
        assert_eq!(each(page, |r| (r.title, r.location)), want);
        // A blank line may part the title from the place.
        let page = page.replace("Assembly\n", "Assembly\n\n");
        assert_eq!(each(&page, |r| (r.title, r.location)), want);
        // A card's place below its date, the way to join from afar first.
        let page = "Thematic Debate on Connectivity\n\n27 Apr 2031\n\n\
            Online and Washington, DC\n\nThe President will convene a debate.\n";
        let got = each(page, |r| (r.title, r.location));
        let want = ("Thematic Debate on Connectivity", "Washington, DC");
        assert_eq!(got, [(want.0.to_string(), Some(want.1.to_string()))]);
    }

    #[test]
    fn a_slogans_stopped_words_end_a_title() {
        let date = "Date: 7 March 2025, 10:00 EST\n\nUN Women marks the day.\n";
        let page = format!(
            "Event\nWomen's Day 2025: For ALL women: Rights. Equality. Empowerment.\n{date}"
        );
        assert_eq!(
            each(&page, |r| r.title),
            ["Women's Day 2025: For ALL women: Rights. Equality. Empowerment."]
        );
        // A stopped sentence stays prose; so does a slogan below a title.
        let page = format!("Event\nThe annual meeting of UNGIS took place in Paris.\n{date}");
        assert!(each(&page, |r| r.title).is_empty());
        let page = format!("Women's Day 2025\n\nRights. Equality. Empowerment.\n{date}");
        assert_eq!(each(&page, |r| r.title), ["Women's Day 2025"]);
    }

    #[test]
    fn an_invitation_over_its_date_titles_it() {
        let date = "12 March 2025, 10:00-11:30 EST\n\nThe authors present it.\n";
        let page = format!("Events\n\nJoin us for the launch of the Data Report!\n{date}");
        assert_eq!(
            each(&page, |r| r.title),
            ["Join us for the launch of the Data Report!"]
        );
        // Two exclamations are prose; so is one below a title.
        let page = format!("Events\n\nJoin us! The Data Report is out!\n{date}");
        assert!(each(&page, |r| r.title).is_empty());
        let page = format!("Data Report launch\nJoin us for the launch!\n{date}");
        assert_eq!(each(&page, |r| r.title), ["Data Report launch"]);
        // A blank line may part the invitation from its date.
        let page = format!("Launch of the Data Report!\n\n{date}");
        assert_eq!(each(&page, |r| r.title), ["Launch of the Data Report!"]);
    }

    #[test]
    fn a_format_field_says_where_unless_a_venue_did() {
        let page = "Launch of the Index\nDate: 12 September 2024\n\
            Format: Hybrid (ITU Headquarters, Geneva and online)\n\nThe index measures.\n\n\
            Working Group\nDates: 18–20 November 2025\nVenue: Room XX, Palais des Nations\n\
            Format: Hybrid\n\nThe group meets.\n\n\
            Expert panel\nDate: 5 December 2025\nFormat: Panel discussion\n\nThe panel.\n";
        assert_eq!(
            each(page, |r| r.location),
            [
                Some("Hybrid (ITU Headquarters, Geneva and online)".to_string()),
                Some("Room XX, Palais des Nations".to_string()),
                None
            ]
        );
    }

    #[test]
    fn the_first_venue_names_the_place_and_a_run_on_field_ends_at_the_next_label() {
        let page = "Expert meeting\nDate: 24 August 2023\nLocation: UNHQ New York\n\n\
            The meeting prepares the session.\n\nWhere: Conference Room 4, Secretariat Building\n\n\
            Science forum\n\nThe forum meets.\n\n\
            dates: 20 March 2013 venue: UN Headquarters location: New York, US contact: DSD\n";
        assert_eq!(
            each(page, |r| r.location),
            [
                Some("UNHQ New York".to_string()),
                Some("UN Headquarters".to_string())
            ]
        );
    }

    #[test]
    fn a_web_address_field_ends_a_run_on_place() {
        let page = "62nd Session of the Executive Council\n\nThe Council meets annually.\n\n\
            dates: 8-18 June 2010   location: Geneva, Switzerland   www: http://www.wmo.int/ec\n";
        assert_eq!(
            only_record(page).location.as_deref(),
            Some("Geneva, Switzerland")
        );
    }

    #[test]
    fn a_venue_to_be_confirmed_or_after_a_way_to_attend() {
        let page = "Data forum\n14 May 2025, 10:00 CEST\nIn person: UNESCO Headquarters, Paris\n\n\
            The forum meets.\n\nYouth forum\n15 May 2025, 10:00 CEST\nVenue: TBC\n\nThe youth meet.\n\n\
            Water forum\n16 May 2025, 10:00 CEST\nHybrid – Geneva and online\n\nThe forum meets.\n";
        assert_eq!(
            each(page, |r| r.location),
            [
                Some("UNESCO Headquarters, Paris".to_string()),
                None,
                Some("Geneva".to_string())
            ]
        );
        // A link to join at names no place either.
        let page = "Data forum\nDate: 14 May 2025\nLocation: https://unctad.org/meeting\n\n\
            The forum meets.\n";
        assert_eq!(only_record(page).location, None);
    }

    #[test]
    fn a_field_that_names_countries_is_no_place() {
        let page = "Side event: Privacy online\nDate: 12 March 2025\nTime: 14:30 - 15:30\n\
            Co-sponsors: Norway, Brazil, Access Now\n\nThe event.\n\n\
            Expert meeting\nDate: 13 March 2025\nPalais des Nations, Geneva\n\nThe meeting.\n";
        assert_eq!(
            each(page, |r| r.location),
            [None, Some("Palais des Nations, Geneva".to_string())]
        );
    }

    #[test]
    fn a_long_name_over_its_date_titles_it() {
        let name = "Informal meeting of the plenary on the overall review of the \
            implementation of the outcomes of the World Summit on the Information Society";
        let page = format!(
            "Forthcoming meetings\n\n{name} (convened by the President of the General \
            Assembly)\nTuesday, 14 January 2025, 10:00 to 13:00, \
            Conference Room 4\n\nThe meeting will be broadcast.\n"
        );
        assert_eq!(
            each(&page, |r| (r.title, r.organizers)),
            [(
                name.to_string(),
                vec!["President of the General Assembly".to_string()]
            )]
        );
    }

    #[test]
    fn a_listings_last_bare_day_is_its_publication_date() {
        // Each day heads the next item; the last one, closed by the page's
        // end, is a day like the others, not a happening's date.
        let page = "Related news\n\nGuterres urges climate action\n12 November 2024\n\n\
            Council opens session\n24 February 2025\n";
        assert!(extract("p.txt", page).is_empty());
        // So is one closed by the page's chrome.
        let page = format!("{page}\nFollow us\nFacebook\nShare this page\n");
        assert!(extract("p.txt", &page).is_empty());
        let page = "Related stories\n\nUN chief calls for global AI watchdog\n\
            18 July 2023 Peace and Security\n\nITU summit puts spotlight on AI\n\
            6 July 2023 Economic Development\n\n\
            Download the UN News App for your iOS or Android devices.\n";
        assert!(extract("p.txt", page).is_empty());
    }

    #[test]
    fn labels_above_their_values_are_fields() {
        let page = "Event\n\nLaunch of the Report\n\nDate\n5 June 2024\nTime:\n10:00 - 11:30 EDT\n\
            Location\nConference Room 4, UN Headquarters\nOrganizer\nUNCTAD\n\nThe report.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (
                r.title.as_str(),
                r.start.as_deref(),
                r.location.as_deref(),
                r.organizers.as_slice()
            ),
            (
                "Launch of the Report",
                Some("2024-06-05T10:00:00-04:00"),
                Some("Conference Room 4, UN Headquarters"),
                ["UNCTAD".to_string()].as_slice()
            )
        );
        // IGF's session pages: `Room` above its value.
        let page = "Open Forum #65 Effective Governance\n\nTime\n    \
            Tuesday, 10th October, 2023 (02:00 UTC) - Tuesday, 10th October, 2023 (03:30 UTC)\n\
            Room\n    WS 8 – Room C-2\n\nThe session discusses governance.\n";
        assert_eq!(
            each(page, |r| r.location),
            [Some("WS 8 – Room C-2".to_string())]
        );
    }

    #[test]
    fn a_session_number_before_the_date_subtitles_the_body_above() {
        let page = "Meetings\n\nWorking Group on Business and Human Rights\n\
            40th session, 22-26 July 2024\nGeneva\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.end_date.as_str(), r.sources[0].line),
            (
                "Working Group on Business and Human Rights",
                "2024-07-26",
                3
            )
        );
    }

    #[test]
    fn a_session_number_subtitles_on_a_page_without_blank_lines() {
        // There the line right above a date names its item, but a
        // session's number names nothing alone.
        let page = "Upcoming meetings\nCommittee against Torture\n89th session\n\
            7 - 25 October 2024\nPalais Wilson, Geneva\nThe Committee reviews reports.\n\
            Working Group on Business and Human Rights\n40th session, 22-26 July 2024\nGeneva\n\
            Conference of States Parties to the CRPD\nSeventeenth session\n\
            11-13 June 2024, UN Headquarters, New York\n";
        let mut titles: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.sources[0].line, r.title))
            .collect();
        titles.sort();
        assert_eq!(
            titles,
            [
                (2, "Committee against Torture".to_string()),
                (7, "Working Group on Business and Human Rights".to_string()),
                (10, "Conference of States Parties to the CRPD".to_string())
            ]
        );
    }

    #[test]
    fn a_sessions_room_below_it_is_its_place() {
        let page = "Programme\n\nDay 1 – Monday, 27 May 2024\n\n09:00 – 10:30 Opening ceremony\n\
            Room A, CICG\n\n11:00 – 12:30 Policy session (Room B)\nRoom C, CICG\n";
        let places: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.title, r.location))
            .collect();
        assert_eq!(
            places,
            [
                (
                    "Opening ceremony".to_string(),
                    Some("Room A, CICG".to_string())
                ),
                (
                    "Policy session (Room B)".to_string(),
                    Some("Room B".to_string())
                )
            ]
        );
    }

    #[test]
    fn start_and_end_date_labels_above_their_days_are_fields() {
        // No blank line parts the title from its fields.
        let page = "Events\n\nRegional Forum 2024\nStart date\n14 May 2024\nEnd date\n\
            16 May 2024\nLocation\nBangkok, Thailand\n\nThe Forum meets.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.end_date.as_str(),
                r.location.as_deref()
            ),
            (
                "Regional Forum 2024",
                "2024-05-14",
                "2024-05-16",
                Some("Bangkok, Thailand")
            )
        );
    }

    #[test]
    fn a_wrapped_sentence_goes_on_past_its_organizer_phrase() {
        // `organized by …` in lower case opens no field: the sentence's
        // last line is no sentence of its own below one.
        let page = "Digital Public Goods Forum\n\n7 October 2025\n\n\
            The forum gathers governments and open source communities. It is\n\
            organized by UNDP, together with the Digital Public Goods\n\
            Alliance, and is open to all.\n";
        let r = only_record(page);
        assert_eq!(r.organizers, ["UNDP", "Digital Public Goods Alliance"]);
        assert!(
            r.summary
                .is_some_and(|s| s.ends_with("and is open to all."))
        );
    }

    #[test]
    fn a_wrapped_listings_row_ends_at_its_status() {
        // Wrapped at 72: the second row's date runs onto the next line;
        // the first row, whole with its status, goes on no further.
        let page = "List of Events\n\nTitle Dates Status\n\
            Capacity Workshop of the Data Network 10 to 11 April 2025 Postponed\n\
            Award Ceremony of the Prize for digital skills in education 24 April\n\
            2025 Postponed\n\n\
            The ceremony honours teachers who brought digital skills into their\n\
            schools, and the workshop trains the network's new members.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                (
                    "Capacity Workshop of the Data Network".to_string(),
                    "2025-04-10".to_string()
                ),
                (
                    "Award Ceremony of the Prize for digital skills in education".to_string(),
                    "2025-04-24".to_string()
                )
            ]
        );
    }

    #[test]
    fn a_day_goes_on_with_its_month_not_a_weekday() {
        assert!(mid_phrase("on Wednesday, 1", "July 2020."));
        assert!(mid_phrase("on 12 July", "2018"));
        assert!(!mid_phrase(
            "14:00 Keynote, Conference Room 2",
            "Wednesday, 12 March"
        ));
    }

    #[test]
    fn on_a_page_without_blank_lines_the_line_above_the_date_names_the_item() {
        let page = "Webinar series\nSession 1: Data for all\n1 October 2024, 10:00-11:00 CET\n\
            The session covers data.\nSession 2: AI for all\n2 October 2024, 10:00-11:00 CET\n\
            The session covers AI.\n";
        let titles: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| r.title)
            .collect();
        assert_eq!(titles, ["Session 1: Data for all", "Session 2: AI for all"]);
        // With blank lines, a line between a title and its date is its subtitle.
        let page = format!("Note\n\n{}", page.replacen("CET\n", "CET\n\n", 2));
        let titles: Vec<_> = extract("p.txt", &page)
            .into_iter()
            .map(|r| r.title)
            .collect();
        assert_eq!(titles, ["Webinar series", "Session 2: AI for all"]);
    }

    #[test]
    fn on_a_page_without_blank_lines_cards_may_open_with_their_dates() {
        let page = "Side events at the session\n\
            Tuesday, 12 March 2024, 13:15 EDT\nWomen in leadership\nVenue: Room 11\n\
            The event shows leaders.\n\
            Wednesday, 13 March 2024, 10:00 EDT\nData for gender equality\n\
            The event shows data.\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.title, r.start_date))
            .collect();
        assert_eq!(
            got,
            [
                ("Women in leadership".to_string(), "2024-03-12".to_string()),
                (
                    "Data for gender equality".to_string(),
                    "2024-03-13".to_string()
                )
            ]
        );
        // A card may end with its link. A bare day above a title with
        // nothing more is still its publication date (rule 3).
        let page = "Events\n25 Sep 2025\nGlobal Dialogue launch\nRead more\n\
            03 Jun 2025\nBreakfast at the Summit\nGeneva\nRead more\n\
            12 May 2025\nOSPO roundtable\nOnline\nRead more\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| r.title)
            .collect();
        assert_eq!(got, ["Breakfast at the Summit", "OSPO roundtable"]);
        // A programme's day, its time, the session, its room.
        let page = "Programme\nApril 15, 2025\n10:00 a.m. - 1:00 p.m. EDT\nOpening session\n\
            Trusteeship Council Chamber\nApril 16, 2025\n3:00 p.m. - 6:00 p.m. EDT\n\
            Regional breakout sessions\nConference Room 4\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.title, r.start_date, r.location))
            .collect();
        let session =
            |t: &str, d: &str, l: &str| (t.to_string(), d.to_string(), Some(l.to_string()));
        assert_eq!(
            got,
            [
                session(
                    "Opening session",
                    "2025-04-15",
                    "Trusteeship Council Chamber"
                ),
                session(
                    "Regional breakout sessions",
                    "2025-04-16",
                    "Conference Room 4"
                )
            ]
        );
        // Days over a schedule's times, each item a title below its time.
        let page = "Schedule\nTuesday, 14 October 2025\n10:00 AM\nSecond Committee\n\
            3:00 PM\nSecurity Council\nWednesday, 15 October 2025\n10:00 AM\nThird Committee\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.title, r.start_date))
            .collect();
        let item = |t: &str, d: &str| (t.to_string(), d.to_string());
        assert_eq!(
            got,
            [
                item("Second Committee", "2025-10-14"),
                item("Security Council", "2025-10-14"),
                item("Third Committee", "2025-10-15")
            ]
        );
        // Cards that close with their dates keep them.
        let page = "Events\nWomen in leadership\n12 March 2024\nThe event shows leaders.\n\
            Data for gender equality\n13 March 2024\nThe event shows data.\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| r.title)
            .collect();
        assert_eq!(got, ["Women in leadership", "Data for gender equality"]);
    }

    #[test]
    fn a_bulleted_list_below_organizers_names_them_all() {
        let page = "Side event on data\nDate: 15 November 2024, 13:00-14:30 GST\n\n\
            Organizers:\n  • UNDP\n\n  • Ministry of Digital Development, Azerbaijan\n\n\
            The event shows how data helps.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            r.organizers,
            ["UNDP", "Ministry of Digital Development, Azerbaijan"]
        );
        assert_eq!(
            r.summary.as_deref(),
            Some("The event shows how data helps.")
        );
        // Below another label, a list stays the page's text.
        let page = "Side event on data\nDate: 15 November 2024\n\nSpeakers:\n  • Ana Lee\n\n\
            The event shows how data helps.\n";
        assert!(extract("p.txt", page)[0].organizers.is_empty());
        // Short names one a line, unbulleted, up to a line of another kind.
        let page = "Side event on data\nDate: 15 November 2024\nOrganizers:\nUNSD\nILO\n\
            Permanent Mission of Kenya\nLocation: Geneva\n\nThe event shows how data helps.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (r.organizers.as_slice(), r.location.as_deref()),
            (
                &["UNSD", "ILO", "Permanent Mission of Kenya"].map(String::from)[..],
                Some("Geneva")
            )
        );
    }

    #[test]
    fn a_date_below_the_card_befores_title_is_that_cards() {
        // Cards with no blank line between them: the second card's title
        // field keeps below it, and the first card's date stays the first's.
        let page = "Briefings\nEvent: Press conference on Gaza\n\
            Date/Time: 21 June 2024 at 12:30 p.m.\nSpeakers: OCHA\n\
            Event: Launch of the Report\nDate/Time: 28 June 2024 at 11:00 a.m.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date));
        let row = |t: &str, d: &str| (t.to_string(), d.to_string());
        assert_eq!(
            got,
            [
                row("Press conference on Gaza", "2024-06-21"),
                row("Launch of the Report", "2024-06-28")
            ]
        );
        // So is one below the card's other fields, and so are its time
        // and place below its date.
        let page = "Side events\nSide event: Alpha meeting\nOrganizer: UNDP\n\
            Date: 12 March 2024\nTime: 10:00 - 11:15 AM EST\nLocation: Room 11\n\
            Side event: Beta meeting\nOrganizer: ITU\nDate: 13 March 2024\nTime: 1:15 PM EST\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.start_time, r.location));
        let card = |t: &str, d: &str, s: &str, l: Option<&str>| {
            (
                t.to_string(),
                d.to_string(),
                Some(s.to_string()),
                l.map(str::to_string),
            )
        };
        assert_eq!(
            got,
            [
                card("Alpha meeting", "2024-03-12", "10:00", Some("Room 11")),
                card("Beta meeting", "2024-03-13", "13:15", None)
            ]
        );
        // A title field in its card's middle still goes above its date.
        let page = "Side events\nDate: 12 March 2024\nTitle: Alpha meeting\nOrganizer: UNDP\n\
            Date: 13 March 2024\nTitle: Beta meeting\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [
                row("Alpha meeting", "2024-03-12"),
                row("Beta meeting", "2024-03-13")
            ]
        );
    }

    #[test]
    fn a_list_of_dated_names_without_separators() {
        // Among other dated lines a date and a name are an item; the
        // heading's year dates them, as the page writes no other.
        let page = "Calendars\n\nSessions of the Council in 2014\n\n\
            27 January - 7 February 18th session of the Review\n\
            3 March - 28 March 25th session of the Council\n\n\
            Annual Programme of Work\n\nA tool for planning.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.end_date));
        let row = |t: &str, s: &str, e: &str| (t.to_string(), s.to_string(), e.to_string());
        assert_eq!(
            got,
            [
                row("18th session of the Review", "2014-01-27", "2014-02-07"),
                row("25th session of the Council", "2014-03-03", "2014-03-28")
            ]
        );
        // Alone, such a line is a title with no date of its own.
        assert!(
            extract(
                "p.txt",
                "News\n\n12 March 2024 Peace and Security\n\nText.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_schedules_day_and_venue_head_the_meeting_below() {
        // Day, half day and venue, then the meeting; the title's block
        // may end right after it.
        let page = "Schedule of plenary meetings\n\nSome dates are tentative.\n\n\
            Tuesday, 12 September 2017\np.m. - General Assembly Hall\nOpening of the session\n\
            Wednesday, 13 September 2017\na.m. - Venue to be confirmed\nMeeting of the Committee\n\n\
            Tuesday, 26 September 2017\na.m. - Trusteeship Council Chamber\nHigh-level meeting\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.location));
        let row = |t: &str, d: &str, l: Option<&str>| {
            (t.to_string(), d.to_string(), l.map(str::to_string))
        };
        assert_eq!(
            got,
            [
                row(
                    "Opening of the session",
                    "2017-09-12",
                    Some("General Assembly Hall")
                ),
                row("Meeting of the Committee", "2017-09-13", None),
                row(
                    "High-level meeting",
                    "2017-09-26",
                    Some("Trusteeship Council Chamber")
                )
            ]
        );
    }

    #[test]
    fn a_time_field_reads_dotted_times() {
        // Alone, `9.00 – 12.00` could be any two numbers; a time's field or
        // a schedule's time line says they are times.
        let page = "Programme\n\nPanel discussion\nDate: 9 September 2014\nTime: 9.00 – 12.00\n\n\
            Text.\n\nTuesday, 16 September 2014\n15.00 – 18.00\nInteractive dialogue\n";
        let times: Vec<_> = each(page, |r| (r.start_time, r.end_time));
        let slot = |s: &str, e: &str| (Some(s.to_string()), Some(e.to_string()));
        assert_eq!(times, [slot("09:00", "12:00"), slot("15:00", "18:00")]);
    }

    #[test]
    fn a_schedules_times_between_blank_lines_head_the_titles_below() {
        let page = "Side events\n\nMonday, 28 February 2022\n\nEvents in the Blue Room\n\n\
            The room is open to all.\n\n09.30 - 11.00 EAT\n\nOcean literacy by UNESCO\n\n\
            11.00 - 12.30 EAT\n\nWaste in cities by UN-Habitat\n";
        let item = |t: &str, s: &str| (t.to_string(), Some(s.to_string()));
        let expected = [
            item("Ocean literacy by UNESCO", "09:30"),
            item("Waste in cities by UN-Habitat", "11:00"),
        ];
        assert_eq!(each(page, |r| (r.title, r.start_time)), expected);
        // With no blank line, a title right below such a time is its item,
        // not a detail of the block above, also below a heading that titles
        // the day's block (`Side event`), which names no record of its own.
        let dense = page
            .replace("Side events", "Side event")
            .replace("\n\n", "\n");
        assert_eq!(each(&dense, |r| (r.title, r.start_time)), expected);
    }

    #[test]
    fn a_definition_list_with_blank_lines_between_its_parts() {
        // Labels with their colon, each value below a blank line; a contact
        // and an event type name nothing.
        let page = "Launch of the Literacy Report\n\nWhen :\n\n12 March 2025, 10:00\n\n\
            Type of event :\n\nCategory 2-Conference\n\nWhere :\n\nRoom IV, Paris, France\n\n\
            Contact :\n\nA. Smith (Ms), a.smith@example.org\n\nThe report is launched.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_time.as_deref(),
                r.location.as_deref(),
                r.summary.as_deref()
            ),
            (
                "Launch of the Literacy Report",
                Some("10:00"),
                Some("Room IV, Paris, France"),
                Some("The report is launched.")
            )
        );
    }

    #[test]
    fn a_plain_title_label_is_a_label_with_no_field_beside_it() {
        // Blank lines part the card's fields; `Event:` still labels.
        let page = "Events in 2024\n\nEvent: ECOSOC Youth Forum\n\nDescription: Young leaders meet.\n\n\
            When: April 16th - April 18th\n\nWhere: New York\n\n\
            Side event: Water security\n\nDate: 6 May 2024\n\nSpeakers meet.\n";
        let titles: Vec<_> = each(page, |r| r.title);
        assert_eq!(titles, ["ECOSOC Youth Forum", "Side event: Water security"]);
    }

    #[test]
    fn a_cards_title_field_names_it_wherever_it_stands() {
        let page = "Side events\n\nDate: 28/11/2024\nTime: 13:15-14:30\n\
            Title: Financing the SDGs in small island states\nOrganizer: UNDP\n\n\
            Title: Voluntary local reviews\nDate: Monday, 2 December 2024\nVenue: Room 12\n\n\
            Starts: 3 Dec 2024 10:00\nEnds: 3 Dec 2024 12:00\nLaunch of the Report\nVenue: Room 3\n\n\
            Side event: Water security, hosted by Kenya\n6 December 2024\nSpeakers met.\n\n\
            Forum on Forests\n\nDate: 9 December 2024\nRegister here\n\nThe forum meets.\n";
        let got: Vec<_> = each(page, |r| {
            (
                r.title,
                r.start_date,
                r.start_time,
                r.end_time,
                r.sources[0].line,
            )
        });
        let row = |t: &str, d: &str, s: Option<&str>, e: Option<&str>, line| {
            let s = s.map(str::to_string);
            (t.to_string(), d.to_string(), s, e.map(str::to_string), line)
        };
        assert_eq!(
            got,
            [
                row(
                    "Financing the SDGs in small island states",
                    "2024-11-28",
                    Some("13:15"),
                    Some("14:30"),
                    5
                ),
                row("Voluntary local reviews", "2024-12-02", None, None, 8),
                row(
                    "Launch of the Report",
                    "2024-12-03",
                    Some("10:00"),
                    Some("12:00"),
                    14
                ),
                // Alone above its date, a headline keeps its first words.
                row("Side event: Water security", "2024-12-06", None, None, 17),
                // No field below it: a link under the heading's date.
                row("Forum on Forests", "2024-12-09", None, None, 21),
            ]
        );
    }

    #[test]
    fn a_date_and_time_opening_the_page_heads_its_first_title() {
        let page = "Tuesday 10 December 2024 • 10:00–11:30 CET • Online\n\
            Digital Cooperation Day\nPartners review progress.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (
                r.title.as_str(),
                r.start.as_deref(),
                r.location.as_deref(),
                r.summary.as_deref(),
                r.sources[0].line
            ),
            (
                "Digital Cooperation Day",
                Some("2024-12-10T10:00:00+01:00"),
                Some("Online"),
                Some("Partners review progress."),
                2
            )
        );
    }

    #[test]
    fn the_page_settles_numeric_dates_that_read_either_way() {
        let dates =
            |page: &str| -> Vec<(String, String)> { each(page, |r| (r.start_date, r.end_date)) };
        let listing = "Launch of the Report\nDate: 03/04/2025\n\n\
            Forum on Forests\nDate: 03/04/2025 - 03/06/2025\n";
        // In page order. Nothing says which part is the day: no record
        // rather than a guess.
        assert_eq!(dates(listing), []);
        let month_first = format!("{listing}\nPanel on Oceans\nDate: 09/16/2024\n");
        let day = |d: &str| (d.to_string(), d.to_string());
        assert_eq!(
            dates(&month_first),
            [
                day("2025-03-04"),
                ("2025-03-04".to_string(), "2025-03-06".to_string()),
                day("2024-09-16"),
            ]
        );
        let day_first = format!("{listing}\nPanel on Oceans\nDate: 16/09/2024\n");
        assert_eq!(
            dates(&day_first),
            [
                day("2025-04-03"),
                ("2025-04-03".to_string(), "2025-06-03".to_string()),
                day("2024-09-16"),
            ]
        );
        // Where the happenings are says it, outside the Americas.
        let geneva = format!("{listing}\nVenue: Palais des Nations, Geneva\n");
        assert_eq!(
            dates(&geneva),
            [
                day("2025-04-03"),
                ("2025-04-03".to_string(), "2025-06-03".to_string())
            ]
        );
        let cet = "Launch of the Report\nDate: 03/04/2025, 10:00 CET\n";
        assert_eq!(dates(cet), [day("2025-04-03")]);
        let new_york = format!("{listing}\nVenue: UN Headquarters, New York\n");
        assert_eq!(dates(&new_york), []);
    }

    #[test]
    fn a_date_with_its_time_above_a_title_dates_it() {
        let page = "Meetings coverage\n\n28 Nov 2024 | 10:00 - 12:00 CET | Online\n\
            Briefing on Sudan\nMember States will be briefed.\n\n\
            29 November 2024\nSecurity Council Open Debate\nThe Council will meet.\n\n\
            30 Nov 2024, 10:00 CET\nRegister here\n\nThe forum meets.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start, r.location, r.sources[0].line));
        // A date alone above a headline is its publication date (rule 3); a
        // link alone below a date is no item.
        assert_eq!(
            got,
            [(
                "Briefing on Sudan".to_string(),
                Some("2024-11-28T10:00:00+01:00".to_string()),
                Some("Online".to_string()),
                4
            )]
        );
    }

    #[test]
    fn a_venue_between_a_date_and_its_title_stays_with_them() {
        let page = "Side events\n\nTuesday, 17 June 2025, 13:15 - 14:45 CEST\nRoom: Nairobi 3\n\
            Enhancing transparency\nThe event presents tools.\n\n\
            Wednesday, 18 June 2025, 18:30 - 20:00 CEST\nRoom: Bonn 2\n\
            Loss and damage\nPanelists discuss funding.\n";
        // The second date heads the next card, not the first card's body.
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                (
                    "Enhancing transparency".to_string(),
                    "2025-06-17".to_string(),
                    Some("Nairobi 3".to_string())
                ),
                (
                    "Loss and damage".to_string(),
                    "2025-06-18".to_string(),
                    Some("Bonn 2".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_bare_day_above_a_title_and_its_place_dates_it() {
        let page = "Events\n\n12 March 2025\nRegional workshop on e-waste\nNairobi, Kenya\n\n\
            The workshop trains statisticians.\n\n\
            20 March 2025\nUN launches e-waste monitor\n\nThe monitor shows a rise.\n";
        // The headline with no place below keeps its day as its publication date.
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [(
                "Regional workshop on e-waste".to_string(),
                "2025-03-12".to_string(),
                Some("Nairobi, Kenya".to_string())
            )]
        );
    }

    #[test]
    fn a_tables_heading_row_says_what_its_cells_are() {
        let page = "Side events\n\nDate | Time | Room | Title | Organizers\n\
            18 June 2024 | 13:00-14:00 | Room XXIV | Civic space online | Norway, Article 19\n\
            19 June 2024 | 15:00-16:00 | Room XXV | Business and rights | Netherlands\n\n\
            Both events are open to all.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.date_text, r.location, r.organizers));
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            (
                "Civic space online".to_string(),
                "18 June 2024 | 13:00-14:00".to_string(),
                Some("Room XXIV".to_string()),
                vec!["Norway".to_string(), "Article 19".to_string()]
            )
        );
        assert_eq!(got[1].0, "Business and rights");
    }

    #[test]
    fn a_pagers_or_notices_label_is_no_part_of_the_title() {
        let page = "Previous: Statement on AI governance, 3 May 2025\n\
            Next event: Youth forum on data, 12 May 2025\n\
            Next steps: the roadmap, 20 May 2025\n\
            Save the date: High-level meeting on AMR, 26 September 2024\n\
            SAVE THE DATE – Ocean Forum, 3 June 2025\n\
            Save the date for the ocean, 4 June 2025\n\
            Upcoming: Data Forum, 5 June 2025\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "Statement on AI governance",
                "Youth forum on data",
                "Next steps: the roadmap",
                "High-level meeting on AMR",
                "Ocean Forum",
                "Save the date for the ocean",
                "Data Forum"
            ]
        );
    }

    #[test]
    fn a_time_columns_zone_is_its_cells() {
        let page = "Date | Time (CET) | Event | Organizer\n\
            3 March 2025 | 14:00-15:30 | Data webinar | UNSD\n\
            4 March 2025 | 10:00 EST | Trade talk | UNCTAD\n";
        assert_eq!(
            each(page, |r| (r.timezone, r.utc_offset, r.date_text)),
            [
                (
                    Some("CET".to_string()),
                    Some("+01:00".to_string()),
                    "3 March 2025 | 14:00-15:30".to_string()
                ),
                // A cell's own zone wins.
                (
                    Some("EST".to_string()),
                    Some("-05:00".to_string()),
                    "4 March 2025 | 10:00 EST".to_string()
                )
            ]
        );
        assert_eq!(column_of("Time (New York time)"), Some(Column::Time));
        assert_eq!(column_of("Time (approx.)"), None);
    }

    #[test]
    fn the_bodys_opening_names_organizers_the_header_does_not() {
        let page = "Webinar on public goods\n5 December 2024\n\n\
            The webinar is organized by UNDP and the Digital Public Goods Alliance. It presents research.\n\n\
            Launch of the youth report\n6 December 2024\n\n\
            Hosted by UNICEF, the launch will feature young speakers.\n\n\
            Forum on data (organizer: UNSD)\n9 December 2024\n\nIt is hosted by ITU.\n";
        let got: Vec<Vec<String>> = each(page, |r| r.organizers);
        assert_eq!(
            got,
            [
                vec![
                    "UNDP".to_string(),
                    "Digital Public Goods Alliance".to_string()
                ],
                vec!["UNICEF".to_string()],
                vec!["UNSD".to_string()],
            ]
        );
    }

    #[test]
    fn each_organizer_label_adds_its_entities() {
        let page = "Launch of the Report\nDate: 2 December 2024\nOrganizer: DESA\n\
            Co-organizers: UNDP, DESA and UNEP\nPartners: ITU\nIn partnership with: ILO\n\n\
            The report is launched.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(r.organizers, ["DESA", "UNDP", "UNEP"]);
        assert_eq!(r.partners, ["ITU", "ILO"]);
    }

    #[test]
    fn french_and_spanish_pages_give_their_records() {
        let fr = "Événements\n\nForum sur la gouvernance de l'Internet\nDu 12 au 14 juin 2024\n\
            Palais des Nations, Genève\n\nLe Forum réunit des représentants des gouvernements.\n\n\
            Atelier sur l'intelligence artificielle\nMardi 18 juin 2024, de 10h00 à 12h00 (CEST)\n\
            Salle XX, Palais des Nations\n\nLes participants examineront les principes.\n\n\
            Lancement du rapport\n1er juillet 2024 | 14h30 – 16h00 | En ligne\n";
        let es = "Eventos\n\nTaller sobre inteligencia artificial\n\
            Martes, 18 de junio de 2024, de 10:00 a 12:00 horas (hora de Nueva York)\n\
            Sede de las Naciones Unidas, Nueva York\n\nLos participantes examinarán los principios.\n\n\
            Foro Regional sobre Cooperación Digital\nDel 12 al 14 de junio de 2024\nSantiago, Chile\n\n\
            El Foro reúne a representantes de gobiernos.\n";
        let row = |r: Record| {
            (
                r.title,
                r.start_date,
                r.end_date,
                r.start.or(r.start_time),
                r.location.unwrap_or_default(),
            )
        };
        let want = |title: &str, first: &str, last: &str, start: Option<&str>, place: &str| {
            (
                title.to_string(),
                first.to_string(),
                last.to_string(),
                start.map(str::to_string),
                place.to_string(),
            )
        };
        assert_eq!(
            each(fr, row),
            [
                want(
                    "Forum sur la gouvernance de l'Internet",
                    "2024-06-12",
                    "2024-06-14",
                    None,
                    "Palais des Nations, Genève"
                ),
                want(
                    "Atelier sur l'intelligence artificielle",
                    "2024-06-18",
                    "2024-06-18",
                    Some("2024-06-18T10:00:00+02:00"),
                    "Salle XX, Palais des Nations"
                ),
                want(
                    "Lancement du rapport",
                    "2024-07-01",
                    "2024-07-01",
                    Some("14:30"),
                    "En ligne"
                ),
            ]
        );
        assert_eq!(
            each(es, row),
            [
                want(
                    "Taller sobre inteligencia artificial",
                    "2024-06-18",
                    "2024-06-18",
                    Some("2024-06-18T10:00:00-04:00"),
                    "Sede de las Naciones Unidas, Nueva York"
                ),
                want(
                    "Foro Regional sobre Cooperación Digital",
                    "2024-06-12",
                    "2024-06-14",
                    None,
                    "Santiago, Chile"
                ),
            ]
        );
    }

    #[test]
    fn french_and_spanish_sentences_announce_their_happenings() {
        let page = "Forum mondial sur la gouvernance de l'IA\n\n\
            Le Forum se tiendra le 12 juin 2024 à Genève. Il réunira des représentants.\n\n\
            Dialogue régional sur la transformation numérique\n\n\
            Le dialogue a eu lieu du 3 au 5 mars 2024 à Dakar.\n\n\
            Conferencia sobre datos abiertos\n\n\
            La Conferencia tendrá lugar del 12 al 14 de junio de 2024 en Santiago.\n\n\
            Seminario web sobre inclusión digital\n\n\
            El 10 de mayo de 2024, la CEPAL organizó un seminario web.\n\n\
            Informe anual\n\nEl informe cubre el período hasta el 31 de diciembre de 2023.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.end_date)),
            [
                (
                    "Forum mondial sur la gouvernance de l'IA",
                    "2024-06-12",
                    "2024-06-12"
                ),
                (
                    "Dialogue régional sur la transformation numérique",
                    "2024-03-03",
                    "2024-03-05"
                ),
                (
                    "Conferencia sobre datos abiertos",
                    "2024-06-12",
                    "2024-06-14"
                ),
                (
                    "Seminario web sobre inclusión digital",
                    "2024-05-10",
                    "2024-05-10"
                ),
            ]
            .map(|(t, a, b)| (t.to_string(), a.to_string(), b.to_string()))
        );
        // The place after the date, led by `à` or `en`.
        assert_eq!(
            each(page, |r| r.location),
            [Some("Genève"), Some("Dakar"), Some("Santiago"), None].map(|p| p.map(str::to_string))
        );
        // A labelled date may open with its article.
        for (field, last) in [
            ("Dates : les 3 et 4 juillet 2024", "2024-07-04"),
            ("Fechas: del 3 al 5 de julio de 2024", "2024-07-05"),
            // A weekday in lower case may open the line.
            ("jeudi 3 juillet 2024, 9h30-11h", "2024-07-03"),
        ] {
            let page =
                format!("Atelier régional\n{field}\n\nLes participants examinent les principes.\n");
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str(), r.end_date.as_str()),
                ("Atelier régional", "2024-07-03", last),
                "{field}"
            );
        }
    }

    #[test]
    fn a_second_verb_in_an_organizer_field_adds_its_entities() {
        for field in [
            "Organized by ITU and hosted by the Uganda Communications Commission",
            "Organized by ITU, hosted by the Uganda Communications Commission",
        ] {
            let page = format!(
                "Global Symposium for Regulators\n1–4 July 2024 | Kampala, Uganda\n{field}\n\n\
                 Regulators meet to discuss digital transformation.\n"
            );
            assert_eq!(
                only_record(&page).organizers,
                ["ITU", "Uganda Communications Commission"],
                "{field}"
            );
        }
    }

    #[test]
    fn a_bar_inside_the_organizer_parenthesis_parts_no_cells() {
        let page = "19 June 2024 - Gender data (Organizers: UN Women | Partners: Data2X, Open Data Watch)\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (r.title.as_str(), &r.organizers[..], &r.partners[..]),
            (
                "Gender data",
                &["UN Women".to_string()][..],
                &["Data2X".to_string(), "Open Data Watch".to_string()][..]
            )
        );
    }

    #[test]
    fn a_note_after_the_organizer_parenthesis_leaves_the_name() {
        let page = "Week of 12-18 September 2021\n\n\
            15 September, 10:00-14:00 (ET) - Data forum (organizer: UNEP), Conference Room 4\n\n\
            16 September, 10:00-14:00 (ET) - Open source day (organizer: ITU) - virtual\n\n\
            17 September, 10:00-14:00 (ET) - AI panel (organizer: OSET) | Register\n\n\
            18 September, 10:00-14:00 (ET) - Data day (organizer: DESA; venue: Room 4)\n";
        let got: Vec<(String, Vec<String>, Option<String>)> =
            each(page, |r| (r.title, r.organizers, r.location));
        let row = |title: &str, org: &str, place: Option<&str>| {
            (
                title.to_string(),
                vec![org.to_string()],
                place.map(str::to_string),
            )
        };
        assert_eq!(
            got,
            [
                row("Data forum", "UNEP", Some("Conference Room 4")),
                row("Open source day", "ITU", Some("virtual")),
                row("AI panel", "OSET", None),
                row("Data day", "DESA", Some("Room 4")),
            ]
        );
    }

    #[test]
    fn fields_after_an_event_names_stop_are_no_part_of_it() {
        let page = "Week of 18-22 September 2023\n\n\
            18 September, 10:00-11:00 (ET) - Dr. Smith on AI. Venue: Room 4. Organizers: ITU, UNDP\n\n\
            Text.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.location.as_deref(), &r.organizers[..]),
            (
                "Dr. Smith on AI",
                Some("Room 4"),
                &["ITU".to_string(), "UNDP".to_string()][..]
            )
        );
    }

    #[test]
    fn fields_in_cells_fill_organizers_and_place() {
        let page = "Side events\n\n\
            Monday, 23 September 2024 | 09:00-10:30 EDT | Digital inclusion | Organizer: ITU\n\n\
            Open source for the SDGs\n\
            24 September 2024, 13:00-14:30 (ET) | Organizer: OSET | Venue: Room 4\n\n\
            A conversation.\n";
        let got: Vec<(String, Vec<String>, Option<String>)> =
            each(page, |r| (r.title, r.organizers, r.location));
        assert_eq!(
            got,
            [
                (
                    "Digital inclusion".to_string(),
                    vec!["ITU".to_string()],
                    None
                ),
                (
                    "Open source for the SDGs".to_string(),
                    vec!["OSET".to_string()],
                    Some("Room 4".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_schedule_time_heads_the_item_below_it() {
        let page = "Daily schedule\n\nMonday, 10 June 2024\n\n9:30 a.m.\nSenior Management Group\n\n\
            11:00 a.m.\nMeeting with the Permanent Representative of Kenya\n";
        let got: Vec<(String, Option<String>)> = each(page, |r| (r.title, r.start_time));
        let own = |t: &str, at: &str| (t.to_string(), Some(at.to_string()));
        assert_eq!(
            got,
            [
                own("Senior Management Group", "09:30"),
                own(
                    "Meeting with the Permanent Representative of Kenya",
                    "11:00"
                )
            ]
        );
    }

    #[test]
    fn a_session_number_heads_a_schedule_whose_next_day_is_not_its_items() {
        // The stamp in parentheses gives the year; `69th session` names no
        // item; the next day, past a blank line, dates no item above it.
        let page = "Schedule of meetings\n\n(Updated on 5 September 2014)\n\nSome meetings are \
            tentative and will be announced when they are scheduled.\n\n69th session\n\
            Tuesday, 16 September\n3 p.m.\nOpening of the 69th session\n\n\
            Friday, 19 September\n10 a.m\nGeneral Assembly Hall\n\nThe Assembly adopts its agenda.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.start_time));
        assert_eq!(
            got,
            [(
                "Opening of the 69th session".to_string(),
                "2014-09-16".to_string(),
                Some("15:00".to_string())
            )]
        );
    }

    #[test]
    fn an_event_platforms_repeated_date_line_is_above_the_items_room() {
        let page = "Monday, December 16\n\n09:00 GMT+03\n\nNewcomers Session\n\
            Monday December 16, 2024 09:00 - 09:45 GMT+03\nAn overview of the Forum for newcomers.\n\n\
            Monday December 16, 2024 09:00 - 09:45 GMT+03\nIGF Village Stage\n\n10:00 GMT+03\n\n\
            Opening Ceremony\nMonday December 16, 2024 10:00 - 10:30 GMT+03\n\
            Monday December 16, 2024 10:00 - 10:30 GMT+03\n-Plenary Hall\n";
        let got: Vec<_> = each(page, |r| (r.title, r.location));
        assert_eq!(
            got,
            [
                ("Newcomers Session".to_string(), None),
                (
                    "Opening Ceremony".to_string(),
                    Some("Plenary Hall".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_day_with_its_time_and_place_below_a_title_is_its_own_without_blank_lines() {
        let page = "The Permanent Mission of Switzerland and the\nUniversal Rights Group are \
            pleased to invite you to the launch of the report:\n\
            Vision 2021:\nWhat might the Council contribute?\nWednesday 6th of March 2019\n\
            Restaurant des délégués, Palais des Nations\n13.00 - 14.45\nDraft Agenda\n\
            Welcome Remarks\nIntroduction of the report\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_time, r.location));
        assert_eq!(
            got,
            [(
                "Vision 2021: What might the Council contribute?".to_string(),
                Some("13:00".to_string()),
                Some("Restaurant des délégués, Palais des Nations".to_string())
            )]
        );
    }

    #[test]
    fn a_links_text_names_no_happening_its_paragraph_announces() {
        let page = "UN Day Concert 2023\nDate: Tuesday, 24 October 2023, 6:30 - 8 p.m. (ET)\n\
            How to watch: on UN Web TV.\nRead more\nIn commemoration of United Nations Day, a \
            concert will be held in the General Assembly Hall on Tuesday, 24 October 2023.\n";
        assert_eq!(each(page, |r| r.title), ["UN Day Concert 2023"]);
    }

    #[test]
    fn an_items_type_and_date_below_its_text_date_it() {
        let page = "Appears in:\n\nHigh-Level Political Forum (HLPF 2023)\n\n\
            Participants acknowledged that we are offtrack.\nEvent 10 July 2023 - 19 July 2023\n\n\
            2022 SDG Moment\n\nThe Secretary-General said the moment arrived.\nEvent 19 September 2022\n";
        let got: Vec<_> = each(page, |r| (r.title, r.start_date, r.end_date));
        let day = |t: &str, a: &str, b: &str| (t.to_string(), a.to_string(), b.to_string());
        assert_eq!(
            got,
            [
                day(
                    "High-Level Political Forum (HLPF 2023)",
                    "2023-07-10",
                    "2023-07-19"
                ),
                day("2022 SDG Moment", "2022-09-19", "2022-09-19"),
            ]
        );
    }

    #[test]
    fn a_venue_below_says_where_a_way_to_attend_on_the_date_line_does_not() {
        let page = "Delivering the SDGs (SDG16+)\n\
            Wednesday, September 20, 2023 | 6:00 – 7:30 PM (ET) | In-person\n\
            United Nations HQ, Delegates Dining Room\n\nThe event brings together representatives.\n\n\
            Data dialogue\nThursday, September 21, 2023 | 9:00 – 10:00 AM (ET) | Online\n\n\
            The dialogue meets.\n";
        assert_eq!(
            each(page, |r| r.location),
            [
                Some("United Nations HQ, Delegates Dining Room".to_string()),
                Some("Online".to_string())
            ]
        );
    }

    #[test]
    fn an_organizer_list_broken_after_a_comma_goes_on_below() {
        let page = "Opening of the Geneva Dialogue\norganized by the Permanent Missions of China,\n\
            Pakistan and Zambia\nTuesday, 25 November 2025, at 3.30 p.m.\nRoom XI, Palais des Nations\n\n\
            Welcome to the Palais des Nations.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.organizers));
        // The plural heads all three countries: one name.
        let names = ["Permanent Missions of China, Pakistan and Zambia"];
        assert_eq!(
            got,
            [(
                "Opening of the Geneva Dialogue".to_string(),
                names.map(String::from).to_vec()
            )]
        );
    }

    #[test]
    fn a_title_that_goes_on_in_lower_case_above_its_date_is_one() {
        let page = "Calendar\n\nTrade and Development Board, forty-second\nexecutive session (Africa)\n\
            27 June 2007\n\nThe Board meets.\n";
        assert_eq!(
            each(page, |r| r.title),
            ["Trade and Development Board, forty-second executive session (Africa)"]
        );
    }

    #[test]
    fn a_speech_below_its_note_is_dated_and_summarized_past_its_salutations() {
        let page = "Statements\n\nRemarks by the Envoy at the Forum Opening Ceremony\n\n\
            Kyoto, Japan\n9 October 2023\n\nAs prepared for delivery\n\n\
            Excellencies,\nLadies and gentlemen,\n\nIt is an honour to be with you in Kyoto.\n";
        let got: Vec<_> = each(page, |r| (r.title, r.location, r.summary));
        assert_eq!(
            got,
            [(
                "Remarks by the Envoy at the Forum Opening Ceremony".to_string(),
                Some("Kyoto, Japan".to_string()),
                Some("It is an honour to be with you in Kyoto.".to_string())
            )]
        );
    }

    #[test]
    fn a_media_alert_rows_time_room_and_item() {
        // Each line its own block, as the alert's page gives them.
        let page = "Attendance is limited to accredited journalists.\n\n\
            FRIDAY, 28 JUNE 2024\n\n9:45 am\n\nSecurity Council Stakeout\n\n\
            Press Encounter: the Ambassador of Malta\n\n10:00 am\n\n\
            Security Council Chamber\n\nSecurity Council meeting: Protection of civilians\n\n\
            Following above\n\nSecurity Council Chamber\n\nSecurity Council consultations\n";
        let got = each(page, |r| (r.sources[0].line, r.start_time, r.location));
        let row = |line: usize, time: Option<&str>, room: &str| {
            (line, time.map(str::to_string), Some(room.to_string()))
        };
        assert_eq!(
            got,
            [
                row(9, Some("09:45"), "Security Council Stakeout"),
                row(15, Some("10:00"), "Security Council Chamber"),
                row(21, None, "Security Council Chamber"),
            ]
        );
        assert_eq!(
            each(page, |r| r.title)[0],
            "Press Encounter: the Ambassador of Malta"
        );
        // Cards: a title, its date, time and room, then the next card's
        // title. Under each date one row at most: no schedule.
        let cards = "Events\n\nForum A\n12 March 2024\n10:00\nConference Room 4\n\
            Forum B\n13 March 2024\n11:00\nConference Room 5\n\nThe forum meets.\n";
        let got = each(cards, |r| {
            format!("{} {:?} {:?}", r.title, r.start_time, r.location)
        });
        assert_eq!(
            got,
            [
                r#"Forum A Some("10:00") Some("Conference Room 4")"#,
                r#"Forum B Some("11:00") Some("Conference Room 5")"#
            ]
        );
    }

    #[test]
    fn a_titles_list_number_and_release_label_are_no_part_of_it() {
        let page = "Key discussions\n\n1. Data Justice in the Digital Age\n\n\
            Date: 29 May 2024\n\nThe session discussed data.\n\n\
            2. Reclaiming a People-centred Information Society\n\n\
            Date: 30 May 2024\n\nThe session discussed rights.\n\n\
            Press release: UN Women opens its largest meeting\n\n\
            Date: Friday, March 8, 2019\n\nThe Commission meets next week.\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "Data Justice in the Digital Age",
                "Reclaiming a People-centred Information Society",
                "UN Women opens its largest meeting"
            ]
        );
    }

    #[test]
    fn a_release_is_titled_by_its_headline_not_its_deck() {
        let page = "Assembly President To Shine Spotlight On The Digital Divide\n\n\
            Bold commitments needed to make sure no one is left offline\n\n\
            What: The President is convening a one-day debate on connectivity.\n\n\
            When: Tuesday, 27 April 2021, 10:00 a.m. – 6:00 p.m. EDT\n";
        assert_eq!(
            each(page, |r| r.title),
            ["Assembly President To Shine Spotlight On The Digital Divide"]
        );
        // Below a listing's heading, an item in lower case is an item.
        let listing = "Upcoming events\n\n\
            Building bridges for all the older persons in the digital world\n\n\
            12 May 2021\n\nThe dialogue meets online.\n";
        assert_eq!(
            each(listing, |r| r.title),
            ["Building bridges for all the older persons in the digital world"]
        );
    }

    #[test]
    fn a_media_alert_row_takes_its_organizers_and_a_room_cut_after_its_comma() {
        let page = "Wednesday, 22 February 2017 (SUBJECT TO CHANGE)\n\n\
            1:15 pm\n\nConference Room 3\n\nInformation session on the Repertoire\n\n\
            (co-organized by the Department of Political Affairs and the Office of Legal Affairs)\n\n\
            2:00 pm\n\nPress Briefing Room,\n\nPress Briefing on humanitarian crises\n\n\
            Following the above meeting\n\nSecurity Council Consultations Room\n\n\
            Security Council consultations (closed)\n";
        let got = each(page, |r| (r.start_time, r.title, r.location, r.organizers));
        let row = |time: Option<&str>, title: &str, room: &str, orgs: &[&str]| {
            (
                time.map(str::to_string),
                title.to_string(),
                Some(room.to_string()),
                orgs.iter().map(|o| o.to_string()).collect::<Vec<_>>(),
            )
        };
        assert_eq!(
            got,
            [
                row(
                    Some("13:15"),
                    "Information session on the Repertoire",
                    "Conference Room 3",
                    &["Department of Political Affairs", "Office of Legal Affairs"]
                ),
                row(
                    Some("14:00"),
                    "Press Briefing on humanitarian crises",
                    "Press Briefing Room",
                    &[]
                ),
                row(
                    None,
                    "Security Council consultations (closed)",
                    "Security Council Consultations Room",
                    &[]
                ),
            ]
        );
    }

    #[test]
    fn an_event_page_names_its_site_and_session_above_the_date() {
        let page = "Final Brief on the Forum\nWSIS\nSession 116\nThursday, 15 February 2024\n\
            14:00–15:00 (UTC+01:00)\nPhysical (on-site) and Virtual (remote) participation\n\
            Room L, ITU Montbrillant Building\nInteractive Session\n\
            This session gives the latest updates on the Forum.\n\nPanellists\n\nMs. Chan\n";
        let got = each(page, |r| (r.title, r.start_time, r.location));
        assert_eq!(
            got,
            [(
                "Final Brief on the Forum".to_string(),
                Some("14:00".to_string()),
                Some("Room L, ITU Montbrillant Building".to_string())
            )]
        );
        // A press release's symbol above its date alone: the date is the
        // headline's below it.
        let release = "Press releases\n\nOld news\nSG/SM/22501\n12 March 2024\n\
            Secretary-General hails the accord\n\nThe Secretary-General hailed it.\n";
        assert!(extract("p.txt", release).is_empty());
    }

    #[test]
    fn a_link_below_the_date_leaves_it_to_the_title_above() {
        let page = "Establishment of the Office\n\n20 Jan 2021\n\nLink to resource\n\
            The Office is established.\n";
        assert_eq!(each(page, |r| r.start_date), ["2021-01-20"]);
    }

    #[test]
    fn bulleted_dated_titles_are_records() {
        let page = "Key events\n\n• Webinar on oceans (12 June 2024)\n– Forum on data, 14 June 2024\n\
            • Deadline for submissions (1 May 2024)\n\nThe office engaged with stakeholders.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [
                ("Webinar on oceans".to_string(), "2024-06-12".to_string()),
                ("Forum on data".to_string(), "2024-06-14".to_string())
            ]
        );
    }

    #[test]
    fn a_link_or_kind_above_the_date_leaves_it_to_the_title_above() {
        for note in ["Register here", "Side event"] {
            let page = format!(
                "Events\n\nWebinar on oceans\n\n{note}\n\n12 June 2024, 10:00-11:00 CEST\n\n\
                Join us for a discussion on oceans.\n"
            );
            assert_eq!(only_record(&page).title, "Webinar on oceans", "{note}");
        }
    }

    #[test]
    fn a_page_title_over_its_tagline_names_the_announced_happening() {
        let announce = "Join us at United Nations Headquarters on Saturday, Sep 21, 2024 \
            ┃11:15 AM – 12:30 PM EDT";
        for page in [
            format!("The Power of the Commons\nDigital goods for a secure world\n\n{announce}\n"),
            format!(
                "Events\n\nThe Power of the Commons\nDigital goods for a secure world\n\n{announce}\n"
            ),
        ] {
            let got = each(&page, |r| (r.title, r.start_time, r.end_time, r.timezone));
            assert_eq!(
                got,
                [(
                    "The Power of the Commons".to_string(),
                    Some("11:15".to_string()),
                    Some("12:30".to_string()),
                    Some("EDT".to_string())
                )],
                "{page}"
            );
        }
        // No blank line: the page's first line, when the announcement names
        // it; a listing's heading over an item's title is not.
        let page = "World Forum on Data 2025\nDigital goods for a secure world\n\
            The World Forum on Data 2025 will take place on 3 May 2025 in Geneva.\nMore.\n";
        assert_eq!(each(page, |r| r.title), ["World Forum on Data 2025"]);
        let page = "News from the Bank\nRegional workshop for Asia\n\
            The workshop was held in Bangkok from 4 to 6 March 2024.\nMore.\n";
        assert_eq!(each(page, |r| r.title), ["Regional workshop for Asia"]);
    }

    #[test]
    fn a_daily_schedule_times_its_items_inline_or_above() {
        let page = "Daily schedule - 20 November 2023\n\n\
            9:00 a.m. Press conference to launch the Gap Report\n10:00 a.m.\n\n\
            Security Council Open Debate on Sustaining Peace\n\n\
            11:15 a.m. Meeting with the President of the Committee\n";
        let got = each(page, |r| (r.start_date, r.start_time.unwrap_or_default()));
        let day = |t: &str| ("2023-11-20".to_string(), t.to_string());
        assert_eq!(got, [day("09:00"), day("10:00"), day("11:15")]);
        assert_eq!(
            each(page, |r| r.title)[1],
            "Security Council Open Debate on Sustaining Peace"
        );
    }

    #[test]
    fn a_venue_below_an_announced_title_says_where() {
        let page = "Article\nEuropean Union Day\nThe Partnerships Hub (Halle Saxe)\n\
            Organized on 13 November 2023, the European Union Day offers an opportunity.\n";
        assert_eq!(
            each(page, |r| r.location),
            [Some("The Partnerships Hub (Halle Saxe)".to_string())]
        );
    }

    #[test]
    fn a_release_dated_the_first_day_takes_the_last_from_its_text() {
        let page = "News\n\nCommission meets in Geneva for week-long meeting\n\n21 May 2012\n\n\
            At the 21-25 May session, ministers will seek new ways to harness science.\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.end_date)),
            [("2012-05-21".to_string(), "2012-05-25".to_string())]
        );
        // A range that starts another day is another happening's.
        let page = "News\n\nCommission meets in Geneva\n\n21 May 2012\n\n\
            The forum held from 14 to 16 May 2012 prepared the session.\n";
        assert_eq!(each(page, |r| r.end_date), ["2012-05-21"]);
        // Hours that end keep the happening in its day: the range is that
        // of the larger happening it prepares.
        let page = "News\n\nBriefing for delegates\n\n21 May 2012, 12:30 - 14:00\n\n\
            The Assembly, taking place from 21-25 May in Geneva, opens today.\n";
        assert_eq!(each(page, |r| r.end_date), ["2012-05-21"]);
    }

    #[test]
    fn a_media_alert_table_flattened_one_cell_a_line() {
        let page = "Media Alert (subject to change) -- Subscribe\n\
            Attendance at briefings is limited to accredited journalists.\n\
            THURSDAY, 22 MAY 2025\nTime |\nLocation |\nEvent |\n\
            9:45 am |\nSecurity Council Stakeout |\nJoint Press Encounter by the Minister |\n\
            10:00 am |\nEconomic and Social Council Chamber |\n\
            Operational Activities for Development Segment (20 - 22 May) |\n\
            11:00 am |\nGeneral Assembly Hall |\nCommemoration of World Football Day (25 May) |\n";
        let got = each(page, |r| {
            (r.start_date, r.start_time.unwrap_or_default(), r.location)
        });
        let row = |time: &str, room: &str| {
            (
                "2025-05-22".to_string(),
                time.to_string(),
                Some(room.to_string()),
            )
        };
        // The rows only: the day line heads them, not the page's title.
        assert_eq!(
            got,
            [
                row("09:45", "Security Council Stakeout"),
                row("10:00", "Economic and Social Council Chamber"),
                row("11:00", "General Assembly Hall"),
            ]
        );
        // The heading's note on its day leaves it the rows' day.
        let page = "Media Alert for 3 June 2025 (subject to change)\n\n10:00 am\n\n\
            General Assembly Hall\n\nGeneral Assembly: 73rd plenary meeting\n\n\
            12:00 pm\n\nPress Briefing Room, S-237\n\nNoon Briefing by the Spokesperson\n";
        assert_eq!(each(page, |r| r.start_date), ["2025-06-03", "2025-06-03"]);
    }

    #[test]
    fn the_sentence_after_an_announcement_gives_its_hours_and_room() {
        let page = "News\n\nConsultation for Member States\n\n\
            The first consultation will be held on Monday 12 February 2024. This will be an \
            in-person meeting from 10 am to 1 pm (New York time) in the ECOSOC Chamber.\n";
        let got = each(page, |r| {
            (r.start_time, r.end_time, r.utc_offset, r.location)
        });
        let some = |s: &str| Some(s.to_string());
        assert_eq!(
            got,
            [(
                some("10:00"),
                some("13:00"),
                some("-05:00"),
                some("ECOSOC Chamber")
            )]
        );
        // A sentence with a date of its own tells another day's hours.
        let page = "News\n\nConsultation for Member States\n\n\
            The first consultation will be held on Monday 12 February 2024. The second \
            follows on 13 February from 10 am to 1 pm.\n";
        assert_eq!(each(page, |r| r.start_time), [None]);
    }

    #[test]
    fn a_lead_in_closing_a_section_is_not_its_summary() {
        let page = "Meetings in April\n\n28 March 2002\n\n\
            18 March-5 April   Human Rights Committee, New York\n\n\
            Meetings beginning in April:\n\n\
            1-5 April   Commission on Population and Development, New York\n\n\
            The Commission meets.\n";
        let got: Vec<_> = each(page, |r| (r.start_date, r.summary));
        assert_eq!(
            got,
            [
                ("2002-03-18".to_string(), None),
                (
                    "2002-04-01".to_string(),
                    Some("The Commission meets.".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_time_after_an_event_name_is_its_time() {
        let page =
            "Events\n\nMar 20, 2024 – Forum on Forests, 10 a.m.–1 p.m.\n\nForests are discussed.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (
                r.title.as_str(),
                r.start_time.as_deref(),
                r.end_time.as_deref()
            ),
            ("Forum on Forests", Some("10:00"), Some("13:00"))
        );
        assert_eq!(r.date_text, "Mar 20, 2024");
        // In brackets too.
        let page = "Events\n\n5 June: Opening ceremony (11.00 a.m.)\n\nThe Conference opens.\n\n\
            Conference 2017\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (r.title.as_str(), r.start_time.as_deref()),
            ("Opening ceremony", Some("11:00"))
        );
    }

    #[test]
    fn an_unknown_zone_ending_a_date_line_keeps_the_record() {
        let page = "Events\n\nRegional dialogue\n13 June 2024, 10:00-11:30 AWST\n\n\
            Experts meet.\n\nECLAC seminar\n14 June 2024, 10:00 CLT\n\nA seminar.\n";
        let zones: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.title, r.timezone, r.utc_offset))
            .collect();
        assert_eq!(
            zones,
            [
                (
                    "Regional dialogue".to_string(),
                    Some("AWST".to_string()),
                    None
                ),
                (
                    "ECLAC seminar".to_string(),
                    Some("CLT".to_string()),
                    Some("-04:00".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_cards_fields_set_as_a_list_are_its_fields() {
        let page = "HLPF 2024 Side-Event: Imagine a post-COVID-19 city\n\n\
            This panel discussion will challenge us to imagine the city.\n\n\
            Event Details:\n\n  • Date: Thursday, 9 July 2024\n\
            \x20 • Time: 12:00 PM - 01:30 PM EST\n  • Venue: Church Center, 777 UN Plaza\n";
        let r = only_record(page);
        assert_eq!(r.start.as_deref(), Some("2024-07-09T12:00:00-05:00"));
        assert_eq!(r.location.as_deref(), Some("Church Center, 777 UN Plaza"));
        assert_eq!(r.date_text, "Thursday, 9 July 2024");
        // Below a paragraph that opens with the day it was posted, the
        // labelled date below `Event Details:` is still the card's.
        let posted = page.replace("\n\nThis panel", "\n08 July 2024 - This panel");
        assert_eq!(only_record(&posted).start_date, "2024-07-09");
    }

    #[test]
    fn a_time_label_may_name_its_zone() {
        let page = "Webinar on AI governance\nDate: 5 June 2024\nTime (EDT): 10:00 - 11:30\n\nExperts discuss AI.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(r.start.as_deref(), Some("2024-06-05T10:00:00-04:00"));
        // The same hours each day, then the zone.
        let page = "Training on open data\nDate: 16–18 June 2025\nTime: 09:00–17:00 daily (CEST)\n\nA course.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(r.end.as_deref(), Some("2025-06-18T17:00:00+02:00"));
        // Each end with its zone, on a line of its own below the title.
        let page = "Regional Events\n\n1 July 2020\nEurope and Central Asia regional event\n\
            09:00 GMT-3 - 12:30 GMT-3\n\nSpeakers: A, B\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (r.start.as_deref(), r.end.as_deref()),
            (
                Some("2020-07-01T09:00:00-03:00"),
                Some("2020-07-01T12:30:00-03:00")
            )
        );
    }

    #[test]
    fn a_zone_field_zones_the_cards_times() {
        let page = "Regional consultation\nTime zone: Asia/Bangkok\nStart: 18 March 2026, 10:00\n\
            End: 18 March 2026, 12:30\n\nMember States give input.\n\n\
            Launch of the Youth Report\nDate: 5 March 2026\nTimezone: CET\n\nThe report is presented.\n";
        let got: Vec<_> = extract("p.txt", page)
            .into_iter()
            .map(|r| (r.timezone, r.start, r.end))
            .collect();
        let s = |t: &str| Some(t.to_string());
        assert_eq!(
            got,
            [
                (
                    s("Asia/Bangkok"),
                    s("2026-03-18T10:00:00+07:00"),
                    s("2026-03-18T12:30:00+07:00")
                ),
                // No time: the zone zones nothing.
                (None, None, None),
            ]
        );
    }

    #[test]
    fn indico_dates_its_event_below_the_title_and_the_menu_titles_nothing() {
        let page = "Workshop on AI Governance\nStarts 10 Nov 2025, 09:00\nEnds 12 Nov 2025, 17:00\n\
            Europe/Zurich\nPalais des Nations\n\nThe workshop meets.\n";
        let r = &extract("p.txt", page)[0];
        assert_eq!(
            (r.start.as_deref(), r.end.as_deref(), r.location.as_deref()),
            (
                Some("2025-11-10T09:00:00+01:00"),
                Some("2025-11-12T17:00:00+01:00"),
                Some("Palais des Nations")
            )
        );
        // The menu's last entry (`Participant list`) titles no record, and
        // the paragraph below the menu is the event's summary.
        let page = "UNCTAD eWeek 2025\n1-5 Dec 2025\nPalais des Nations, Geneva\n\n\
            Overview\nTimetable\nRegistration\nParticipant list\n\nExperts meet.\n\n\
            Starts 1 Dec 2025, 09:00\nEnds 5 Dec 2025, 18:00\nEurope/Zurich\n";
        let got: Vec<_> = each(page, |r| (r.title, r.summary, r.start, r.end));
        assert_eq!(
            got,
            [(
                "UNCTAD eWeek 2025".to_string(),
                Some("Experts meet.".to_string()),
                // The timed lines further down give the same days' hours.
                Some("2025-12-01T09:00:00+01:00".to_string()),
                Some("2025-12-05T18:00:00+01:00".to_string())
            )]
        );
        // Only the first end closes the span.
        let page = "Retreat of the Bureau\nStart date: 10 July 2024\nEnd date: 12 July 2024\n\
            Room 4\n\nThe Bureau meets.\nEnd date: 20 July 2024\n";
        assert_eq!(each(page, |r| r.end_date), ["2024-07-12"]);
    }

    #[test]
    fn a_time_line_may_say_where() {
        let page = "Monday, 11 March 2024\n\nSecurity Council\n10:00 a.m. Security Council Chamber\n\
            The situation in the Middle East\n\nEconomic and Social Council\n10 a.m. – 1 p.m., Conference Room 4\n";
        let got: Vec<String> = extract("p.txt", page)
            .iter()
            .map(|r| {
                let (at, place) = (r.start_time.as_deref(), r.location.as_deref());
                format!("{} {} {at:?} {place:?}", r.title, r.start_date)
            })
            .collect();
        assert_eq!(
            got,
            [
                "Security Council 2024-03-11 Some(\"10:00\") Some(\"Security Council Chamber\")",
                "Economic and Social Council 2024-03-11 Some(\"10:00\") Some(\"Conference Room 4\")",
            ]
        );
    }

    #[test]
    fn a_day_heading_dates_the_timed_titles_below_it() {
        let page = "Side events\n\nMonday, 8 July 2024\n\nFinancing for LDCs\n8:00 AM - 9:15 AM EDT\n\
            Conference Room 11\nOrganizers: UN-OHRLLS\n\nA discussion.\n\nData for SDGs\n1:15 PM - 2:30 PM EDT\n\n\
            A talk.\n\nTuesday, 9 July 2024\n\nYouth and the SDGs\n10:00 - 11:15 EDT\n\nYoung people speak.\n\n\
            Wednesday, 10 July 2024\n\nA headline with no time\n\nNews text.\n";
        let records = extract("p.txt", page);
        let got: Vec<(&str, &str, Option<&str>, Option<&str>)> = records
            .iter()
            .map(|r| {
                let start = r.start.as_deref();
                (
                    r.title.as_str(),
                    r.start_date.as_str(),
                    start,
                    r.location.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Financing for LDCs",
                    "2024-07-08",
                    Some("2024-07-08T08:00:00-04:00"),
                    Some("Conference Room 11")
                ),
                (
                    "Data for SDGs",
                    "2024-07-08",
                    Some("2024-07-08T13:15:00-04:00"),
                    None
                ),
                (
                    "Youth and the SDGs",
                    "2024-07-09",
                    Some("2024-07-09T10:00:00-04:00"),
                    None
                ),
            ]
        );
    }

    #[test]
    fn titles_lose_organizers_and_links() {
        // A link's arrow, or its words after a colon; a name's own words
        // after a colon stay.
        assert_eq!(clean_title("Webinar on oceans \u{bb}"), "Webinar on oceans");
        // A footnote's mark; a note that it is not yet confirmed.
        assert_eq!(clean_title("Digital Day *"), "Digital Day");
        assert_eq!(clean_title("Digital Day (TBC)"), "Digital Day");
        assert_eq!(clean_title("Digital Day - to be confirmed"), "Digital Day");
        // A speech's note on its text.
        for note in [
            "[as delivered]",
            "(Check against delivery)",
            "[bilingual, as delivered]",
        ] {
            assert_eq!(
                clean_title(&format!("Remarks at the Summit {note}")),
                "Remarks at the Summit"
            );
        }
        assert_eq!(
            clean_title("Webinar on oceans: Register now"),
            "Webinar on oceans"
        );
        assert_eq!(
            clean_title("Webinar on oceans: Data for All"),
            "Webinar on oceans: Data for All"
        );
        // The tail looked at may start inside a wide character.
        for pad in ["", "a", "ab"] {
            let title = format!("{pad}{}", "\u{20ac}".repeat(40));
            assert_eq!(clean_title(&title), title);
        }
        // A schedule's note on who takes part; a bracket that names stays.
        assert_eq!(
            clean_title("Open Debate on Peace [Secretary-General will make remarks]"),
            "Open Debate on Peace"
        );
        assert_eq!(
            clean_title("Open Debate on Peace [Arria formula]"),
            "Open Debate on Peace [Arria formula]"
        );
        // An invitation's label; `Invitation to …` names the happening.
        assert_eq!(
            clean_title("Invitation: Cities in the Global Agenda"),
            "Cities in the Global Agenda"
        );
        assert_eq!(
            clean_title("Invitation to the Launch of the Report"),
            "Invitation to the Launch of the Report"
        );
        // A kicker in capitals and the days before a dash.
        assert_eq!(
            clean_title("WEBCAST OCT 19-21 – High-level Meeting on the Decade, 2013-2022"),
            "High-level Meeting on the Decade, 2013-2022"
        );
        // A picture's credit run into the headline.
        assert_eq!(
            clean_title("UN Photo/Eskinder Debebe Caribbean Leaders Discuss Debt Swap"),
            "Caribbean Leaders Discuss Debt Swap"
        );
        assert_eq!(
            clean_title("Photos by IISD/ENB | Kiara Worth UNGA, ECOSOC Launch Preparations"),
            "UNGA, ECOSOC Launch Preparations"
        );
        // The room a field named before the name.
        assert_eq!(
            clean_title("Conference Room 4, Side Event on \"Fish Stocks\""),
            "Side Event on \"Fish Stocks\""
        );
        assert_eq!(
            clean_title("Room Booking, Catering and Other Services"),
            "Room Booking, Catering and Other Services"
        );
        // A name in capitals keeps its words.
        assert_eq!(
            clean_title("UNGA Week - Side events"),
            "UNGA Week - Side events"
        );
        assert_eq!(
            clean_title("Let's future-proof 2030 success\u{a0}(organizers: Facebook)"),
            "Let's future-proof 2030 success"
        );
        assert_eq!(
            clean_title("Remarks at GESDA Summit, Geneva (click , for more click ) -"),
            "Remarks at GESDA Summit, Geneva"
        );
        assert_eq!(
            clean_title("Working group on ageing, fourteenth session [webcast]"),
            "Working group on ageing, fourteenth session"
        );
        // So does how to attend, in brackets; a name's own words stay.
        assert_eq!(
            clean_title("2020 Spring Meetings of the World Bank Group [Virtual]"),
            "2020 Spring Meetings of the World Bank Group"
        );
        assert_eq!(
            clean_title("Virtual Reality and the SDGs"),
            "Virtual Reality and the SDGs"
        );
        assert_eq!(
            clean_title("\u{201c}Financing for gender equality\u{201d}"),
            "Financing for gender equality"
        );
        assert_eq!(clean_title("\"AI\" and \"data\""), "\"AI\" and \"data\"");
        assert_eq!(
            clean_title("Launch of CODES (CODES)"),
            "Launch of CODES (CODES)"
        );
        assert_eq!(
            clean_title("Launch: World Cities Report (organized by UN-Habitat and UNDP)"),
            "Launch: World Cities Report"
        );
        assert_eq!(
            clean_title("Report (hosted by the fund) (click here)"),
            "Report"
        );
        // An organizer clause after a separator goes; without one it is the name's.
        assert_eq!(
            clean_title("Ocean fund: next steps, organized by UNFCCC"),
            "Ocean fund: next steps"
        );
        assert_eq!(
            clean_title("Ocean fund – co-hosted by UNEP and FAO"),
            "Ocean fund"
        );
        assert_eq!(
            clean_title("Dialogue hosted by UNEP"),
            "Dialogue hosted by UNEP"
        );
        // A name in capitals and a field run into it: the field goes.
        assert_eq!(
            clean_title("HEARING OF THE NETWORK Organized by UNODC and WHO"),
            "HEARING OF THE NETWORK"
        );
        assert_eq!(
            clean_title("DIALOGUE HOSTED BY UNEP"),
            "DIALOGUE HOSTED BY UNEP"
        );
        // A link after a dash or bar goes; a name's own dash stays.
        assert_eq!(
            clean_title("DPGs for the SDGs (organizer: DPGA) - Register here"),
            "DPGs for the SDGs"
        );
        assert_eq!(
            clean_title("Open source - the next steps"),
            "Open source - the next steps"
        );
    }

    #[test]
    fn a_modality_before_an_event_lines_separator_says_where() {
        let page = "22 September 2022, 08:00-09:00 (EDT) (hybrid) - Data for Now (organizer: UNSD)
";
        let got = each(page, |r| (r.title, r.start_time, r.location));
        assert_eq!(
            got,
            [(
                "Data for Now".to_string(),
                Some("08:00".to_string()),
                Some("hybrid".to_string())
            )]
        );
    }

    #[test]
    fn a_reports_numbered_paragraph_announces_nothing() {
        // (A heading that names a document's part gives no record either:
        // `I. Introduction`.)
        let page = "I. The Pact\n\n1. On 22 September 2024, the General Assembly adopted \
            the Pact for the Future.\n";
        assert!(extract("p.txt", page).is_empty());
        let page = page.replace("1. On", "On");
        assert_eq!(each(&page, |r| r.start_date), ["2024-09-22"]);
    }

    #[test]
    fn announcements() {
        // A timeline's step.
        let a = announcement("The zero draft was released on 1 April 2024.").unwrap();
        assert_eq!(a.when.date.start.day, 1);
        assert!(announcement("The zero draft was drafted on 1 April 2024.").is_none());
        // A visit is a happening.
        let a = announcement(
            "The Envoy visited Nairobi, Kenya from 4 to 6 March 2024, meeting officials.",
        );
        assert_eq!(a.map(|a| a.when.date.end.day), Some(6));
        let a = announcement("New York, 29 April – The initiative released its report.").unwrap();
        assert_eq!(a.place.as_deref(), Some("New York"));
        let a = announcement("GENEVA, 3 March 2024 — The Council opened.").unwrap();
        assert_eq!(a.place.as_deref(), Some("Geneva"));
        let a = announcement("New York, 21 September 2024 | Leaders met.").unwrap();
        assert_eq!(a.place.as_deref(), Some("New York"));
        // Datelines with the date in parentheses, a news source, or no place.
        let p = "GENEVA (4 March 2024) – UN experts today called on States to act.";
        let a = announcement(p).unwrap();
        assert_eq!(
            (a.place.as_deref(), &p[a.text_span]),
            (Some("Geneva"), "4 March 2024")
        );
        let a = announcement("NEW YORK, 5 March 2024 (UN News) – The envoy spoke.").unwrap();
        assert_eq!(a.place.as_deref(), Some("New York"));
        // A city whose words a particle joins; French and Spanish names.
        for (p, city) in [
            (
                "Rio de Janeiro, 12 June 2024 – The Forum opened.",
                "Rio de Janeiro",
            ),
            (
                "Dar es Salaam, 12 June 2024 – The Forum opened.",
                "Dar es Salaam",
            ),
            (
                "Ciudad de México, 12 de junio de 2024 – El Foro abrió.",
                "Ciudad de México",
            ),
            ("VIENNE, 12 juin 2024 – Le Forum s'est ouvert.", "Vienne"),
            ("Ginebra, 5 dic 2024 – El Foro abrió.", "Ginebra"),
        ] {
            assert_eq!(
                announcement(p).and_then(|a| a.place).as_deref(),
                Some(city),
                "{p}"
            );
        }
        // A wire's name between slashes.
        let p = "NEW YORK, May 3, 2023 /PRNewswire/ -- The Alliance announced a milestone.";
        let a = announcement(p).unwrap();
        assert_eq!(
            (a.place.as_deref(), &p[a.text_span]),
            (Some("New York"), "May 3, 2023")
        );
        // The source may stand between the city and the date.
        for p in [
            "NEW YORK (UN News) 5 March 2024 – The envoy spoke.",
            "GENEVA (UN Information Service) 5 March 2024 – The envoy spoke.",
        ] {
            let a = announcement(p).unwrap();
            assert_eq!(&p[a.text_span], "5 March 2024", "{p}");
            assert!(
                a.place.is_some_and(|c| c == "New York" || c == "Geneva"),
                "{p}"
            );
        }
        assert!(announcement("Workshop (Hybrid) 5 March 2024 – The envoy spoke.").is_none());
        let a = announcement("GENEVA/NEW YORK, 6 June 2024 – UNEP and UNDP issued a statement.");
        assert_eq!(a.unwrap().place.as_deref(), Some("Geneva/New York"));
        // A dateline with no year yields to a happening dated in full.
        let p = "NEW YORK, 5 March (UN News) – The Council will hold a debate on 12 March 2024.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "12 March 2024");
        let p = "NEW YORK, 5 March (UN News) – The Council held a debate today.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "5 March");
        let a = announcement("26 February 2024 – The Council opened its session.").unwrap();
        assert_eq!(a.place, None);
        // The city after the date, or before it and a dash when it is known.
        let a = announcement("29 April 2024, New York – The Office launched it.").unwrap();
        assert_eq!(a.place.as_deref(), Some("New York"));
        let p = "11-13 May 2027, Madrid & Malaga, Spain – The Institute convened its network.";
        let a = announcement(p).unwrap();
        assert_eq!(a.place.as_deref(), Some("Madrid & Malaga, Spain"));
        let a = announcement("Geneva – 16 September 2024 – The Commission released it.");
        assert_eq!(a.unwrap().place.as_deref(), Some("Geneva"));
        assert!(announcement("Peace Day – 21 September 2024 – The Council met.").is_none());
        assert!(announcement("GENEVA (4 March 2024 – UN experts today called.").is_none());
        assert!(announcement("Geneva, 4 March 2024) – UN experts today called.").is_none());
        let p =
            "The report is out. Held at the UN Headquarters on 21 June 2023, the conference met.";
        let a = announcement(p).unwrap();
        assert_eq!(&p[a.text_span], "21 June 2023");
        assert!(
            announcement("The Office was established on January 1, 2025, as a result.").is_none()
        );
        assert!(announcement("One. Two. It will be held on 5 May 2024.").is_none());
        // An invitation announces the happening, its time found after the date.
        let p = "The United Nations will celebrate the Day on 31 October 2024 in Izmir.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "31 October 2024");
        let p = "Join us on Tuesday, 4 June 2024, at 1:15 p.m. EDT for the launch.";
        let a = announcement(p).unwrap();
        assert_eq!(&p[a.text_span], "Tuesday, 4 June 2024, at 1:15 p.m. EDT");
        let p = "Consultations are held on 10 June 2025, 10:00–13:00 and 11 June 2025, 14:00–17:00 CEST.";
        let a = announcement(p).unwrap();
        assert_eq!(
            &p[a.text_span],
            "10 June 2025, 10:00–13:00 and 11 June 2025, 14:00–17:00 CEST"
        );
        let (first, last) = (a.when.date.start, a.when.date.end);
        assert_eq!(
            ((first.day, first.month), (last.day, last.month)),
            ((10, 6), (11, 6))
        );
        assert_eq!(a.when.zone.as_deref(), Some("CEST"));
        for p in [
            "The week will run from 16 to 20 June 2025 at United Nations Headquarters.",
            "The Forum is expected to convene on 3 November 2025 in Medellín.",
            "UN DESA is convening an expert group meeting in Geneva on 3-4 June 2025.",
            "ESCWA will be hosting the Eleventh Meeting of the Group on 19-20 June 2006.",
            "UNDP holds its annual review on 5 June 2025.",
            "UNCTAD invites you to the launch of the report on 3 April 2025.",
            "The dialogue is scheduled on 5 June 2025 in Bonn.",
            "The webinar will be streamed live on 22 May 2025 at 15:00 CEST.",
            "The workshop brought together 50 diplomats on 4 May 2024 in Addis Ababa.",
            "The Lab was inaugurated on 12 February 2024 by the Deputy Secretary-General.",
        ] {
            assert!(announcement(p).is_some(), "{p}");
        }
        let p = "Save the date: 10–11 July 2025, Geneva. The forum meets.";
        let a = announcement(p).unwrap();
        assert_eq!(
            (&p[a.text_span], a.place.as_deref()),
            ("10–11 July 2025", Some("Geneva"))
        );
        let p = "The Envoy will speak at the Summit, 30 May 2024, Geneva.";
        assert_eq!(announcement(p).unwrap().place.as_deref(), Some("Geneva"));
        let p = "From 27 to 29 May 2024, the Envoy attended the Forum in Geneva.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "From 27 to 29 May 2024"
        );
        let p = "In a virtual event on 5 June 2024, the Envoy discussed cooperation.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "5 June 2024");
        let p = "The co-facilitators invite all to a virtual consultation on Thursday, 8 February 2024, from 9:00 to 11:00 a.m. (EST).";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "Thursday, 8 February 2024, from 9:00 to 11:00 a.m. (EST)"
        );
        assert!(announcement("The report, published on 5 June 2024, finds a rise.").is_none());
        // A statement is a happening: its speaker addresses a meeting.
        let p = "The Secretary-General will address the debate on Tuesday, 24 September 2024, at 9 a.m. in the Hall.";
        let a = announcement(p).unwrap();
        assert_eq!(&p[a.text_span], "Tuesday, 24 September 2024, at 9 a.m.");
        assert!(
            announcement("Delegations that will attend must register by 5 June 2024.").is_none()
        );
        // A visit, or a journey to a meeting, is announced too.
        let p = "The Secretary-General will travel to Baku to attend COP29 from 11 to 22 November 2024.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "from 11 to 22 November 2024"
        );
        let p =
            "The Secretary-General will deliver remarks at the opening on Monday, 9 December 2024.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "Monday, 9 December 2024"
        );
        let p = "The Panel will present its first report in Geneva on 6 July 2026.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "6 July 2026");
        let p = "Delivered on 7 April 2025 at the 28th session of the Commission.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "7 April 2025");
        let p = "The Forum is set for 25-28 February 2025 at the Conference Centre.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "25-28 February 2025"
        );
        let p = "A press conference is scheduled for 24 October 2024 at 11:00 a.m.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "24 October 2024 at 11:00 a.m."
        );
        let p = "The Deputy Secretary-General will be in Nairobi from 2 to 4 December 2024.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "from 2 to 4 December 2024"
        );
        // A briefing's reported future: `would`, `would be travelling`.
        let p = "The spokesperson said that the Secretary-General would be travelling to \
            Geneva, where he would speak to students on 24 May 2018.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "24 May 2018");
        let p = "She said that the Office would hold a press conference on 3 June 2018.";
        assert_eq!(&p[announcement(p).unwrap().text_span], "3 June 2018");
        // A note's plan: `is to visit`, `are to meet`.
        let p = "The Prime Minister is to visit United Nations Headquarters on Tuesday and \
            Wednesday, 24 and 25 September.";
        assert_eq!(
            &p[announcement(p).unwrap().text_span],
            "Tuesday and Wednesday, 24 and 25 September"
        );
    }

    #[test]
    fn a_programme_day_heading_dates_its_items_not_the_title_above() {
        let page = "Side events at the Forum 2024\n\nDay 1 - Monday, 16 December 2024\n\n\
            Open Forum on digital public goods\nTime: 10:30 - 11:30 (CET)\nRoom: Workshop Room 3\n\n\
            The session discusses open-source solutions.\n";
        let got = each(page, |r| (r.title, r.start_date, r.start_time, r.location));
        assert_eq!(
            got,
            [(
                "Open Forum on digital public goods".to_string(),
                "2024-12-16".to_string(),
                Some("10:30".to_string()),
                Some("Workshop Room 3".to_string())
            )]
        );
    }

    #[test]
    fn a_title_may_end_in_a_colon_above_its_date_line() {
        let page = "Launch of the Gender Snapshot 2024:\n10 September 2024, 10:00 – 11:00 EDT\n\n\
            Join UN Women for the launch.\n\nThe forum will take place on:\n12 September 2024\n\n\
            Delegates meet in Geneva.\n";
        let got = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [(
                "Launch of the Gender Snapshot 2024".to_string(),
                "2024-09-10".to_string()
            )]
        );
    }

    #[test]
    fn a_long_name_below_an_organs_session_titles_its_labelled_date() {
        // A report's cover: the session, the panel's name (too long for a
        // heading), then its date and venue with no colon after the label.
        let page = "41st session of the Commission on Population\n\
            Panel discussion on ageing populations and the care economy in the decade ahead of us\n\
            Date and venue 12 April 2027, 10:00-13:00, Conference Room 4, United Nations Headquarters\n\
            The panel follows resolution 2026/1.\n";
        let got = each(page, |r| (r.title, r.start_time, r.location));
        assert_eq!(
            got,
            [(
                "Panel discussion on ageing populations and the care economy in the decade ahead of us"
                    .to_string(),
                Some("10:00".to_string()),
                Some("Conference Room 4, United Nations Headquarters".to_string())
            )]
        );
    }

    #[test]
    fn a_cards_time_field_with_its_room_wins_over_the_texts_hours() {
        // The room's country broken onto a line of its own after a comma.
        let page = "Preparatory Committee (Third Meeting)\n\n03 March 2027\n\
            10:00 hrs., Room XIX, Palais des Nations\n, Switzerland\n\n\
            The Committee will meet on Wednesday, 3 March 2027 from 3 p.m. to 5 p.m.\n";
        let got = each(page, |r| (r.start_time, r.end_time, r.location));
        assert_eq!(
            got,
            [(
                Some("10:00".to_string()),
                None,
                Some("Room XIX, Palais des Nations, Switzerland".to_string())
            )]
        );
    }

    #[test]
    fn a_blogs_byline_below_its_stamp_titles_nothing() {
        let page = "Forum Notes No 7: Second consultations – 4 and 5 March\n\
            Saturday, February 24, 2029 at 9:12AM\nAnna in Forum, Digital Compact\n\n\
            The co-facilitators will convene the consultations on Monday 4 March with Member States.\n";
        let got = each(page, |r| (r.title, r.summary.is_some()));
        assert_eq!(
            got,
            [("Forum Notes No 7: Second consultations".to_string(), true)]
        );
    }

    #[test]
    fn a_later_paragraph_names_a_bare_titles_happening_without_its_year() {
        let page = "Data Commons Global Summit 2031\n\n\
            Ten years ago, the first Summit set the course for open data.\n\n\
            Held from 12-14 May 2031 in Lisbon, the Data Commons Global Summit gathered 900 experts.\n";
        let got = each(page, |r| (r.title, r.start_date, r.end_date));
        assert_eq!(
            got,
            [(
                "Data Commons Global Summit 2031".to_string(),
                "2031-05-12".to_string(),
                "2031-05-14".to_string()
            )]
        );
    }

    #[test]
    fn icons_lost_to_question_marks_still_part_a_date_lines_cells() {
        let page = "Webinar on Soil and Health\n\n? 17 June 2027 ? 17:00 – 18:30 (CEST)\n\n\
            The webinar links soil and health.\n";
        let got = each(page, |r| {
            (r.start_date, r.start_time, r.end_time, r.date_text)
        });
        assert_eq!(
            got,
            [(
                "2027-06-17".to_string(),
                Some("17:00".to_string()),
                Some("18:30".to_string()),
                "17 June 2027 | 17:00 – 18:30 (CEST)".to_string()
            )]
        );
    }

    #[test]
    fn a_note_with_no_stop_below_the_date_is_no_title() {
        let page = "Soil Solutions Webinar Series\n\n9 June 2027, 18:30-20:00 CEST\n\
            The session will be streamed at example.org/soil and will be recorded\n\n\
            The series shares lessons on soil health.\n";
        let got = each(page, |r| (r.title, r.start_time));
        assert_eq!(
            got,
            [(
                "Soil Solutions Webinar Series".to_string(),
                Some("18:30".to_string())
            )]
        );
    }

    #[test]
    fn what_may_take_place_is_not_announced() {
        for may in [
            "Side events may take place during the week of the session (12 – 16 April 2027).",
            "Side events may take place from 12 to 16 April 2027.",
        ] {
            let page = format!("General information for organizers\n\n{may}\n");
            assert!(each(&page, |r| r.title).is_empty(), "{may}");
        }
        let page = "General information for organizers\n\n\
            Side events will take place from 12 to 16 April 2027.\n";
        assert_eq!(each(page, |r| r.start_date), ["2027-04-12"]);
    }

    #[test]
    fn the_days_of_the_happening_announced_one_comes_ahead_of_are_not_its_own() {
        let page = "Side Event: UN in Action for Digital Cooperation 2027\n\n\
            This side event, taking place ahead of the High-Level Meeting of the \
            General Assembly on 16–17 December, will highlight digital cooperation.\n";
        assert!(each(page, |r| r.title).is_empty());
        let page = "Press briefing ahead of the informal meeting\n\n\
            The press briefing ahead of the informal meeting of 5 October 2027 \
            will take place via video conference on Monday 4 October 2027 at 16.00\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.start_time)),
            [("2027-10-04".to_string(), Some("16:00".to_string()))]
        );
    }

    #[test]
    fn a_news_archives_heading_titles_no_item() {
        let page = "Society News Archive\n\n7 January 2027\n\n\
            The Agency has announced a Conference on Security of Radioactive \
            Sources to be held in Vienna, Austria, March 10 - 13, 2027.\n";
        assert!(each(page, |r| r.title).is_empty());
    }

    #[test]
    fn a_blogs_byline_titles_nothing() {
        for byline in ["Submitted by Efua Halm on", "Posted by admin on"] {
            let page = format!(
                "Assemblies of the Member States: Sixty-Third Series of Meetings\n\n\
                 {byline}\n\nJuly 14 - 22, 2027\n\n\
                 The Assemblies open today at the headquarters in Geneva.\n"
            );
            assert_eq!(
                each(&page, |r| r.title),
                ["Assemblies of the Member States: Sixty-Third Series of Meetings"],
                "{byline}"
            );
        }
    }

    #[test]
    fn a_videos_channel_and_upload_day_make_no_record() {
        let page = "United Nations\nUnited Nations 30 Sep 2027\n\n\
            Accelerating Gender Equality\n\n\
            The meeting will be a key opportunity to move the needle.\n";
        assert!(each(page, |r| r.title).is_empty());
    }

    #[test]
    fn a_digest_of_upcoming_events_announces_none() {
        for digest in [
            "A summary of upcoming events, seminars and other activities for 1-15 October 2027.",
            "Forthcoming meetings from 1 to 15 October 2027 are listed below.",
        ] {
            let page = format!("Photo of the conference hall\n\n{digest}\n");
            assert!(each(&page, |r| r.title).is_empty(), "{digest}");
        }
        let page = "Photo of the conference hall\n\n\
            The upcoming Forum will take place from 1 to 3 October 2027.\n";
        assert_eq!(each(page, |r| r.start_date), ["2027-10-01"]);
    }

    #[test]
    fn a_room_then_its_owners_acronym_ends_a_date_line() {
        let page = "Additional session of the Board 2027\n\
            19-20 October 2027, Popov Room, ITU\nGeneva, Switzerland\n\n\
            Register here\n";
        let got = each(page, |r| (r.title, r.end_date, r.location));
        assert_eq!(
            got,
            [(
                "Additional session of the Board 2027".to_string(),
                "2027-10-20".to_string(),
                Some("Popov Room, ITU".to_string())
            )]
        );
    }

    #[test]
    fn an_event_lines_name_ending_in_a_capitalized_word_drops_its_stop() {
        let page = "Key dates\n\n- 10 June 2027: Day of the Mediterranean.\n\
            - 13 June 2027: Adoption of the Ocean Action Plan.\n\
            - 14 June 2027: Launch by Acme Corp.\n";
        let got = each(page, |r| r.title);
        assert_eq!(
            got,
            [
                "Day of the Mediterranean",
                "Adoption of the Ocean Action Plan",
                "Launch by Acme Corp."
            ]
        );
    }

    #[test]
    fn a_link_below_a_date_in_its_own_block_takes_no_date() {
        // The title, a blank line, its day and hours, a blank line, then a
        // call to register: the day stays the title's.
        let page = "Consultation of Youth Networks

Thursday 9 March, 14:00 – 16:30 CET

Please Register Here

The network invites you to the Consultation of Youth Networks on Thursday 9 March 2028, 14:00-16:30 (CET) online.
";
        let r = only_record(page);
        assert_eq!(r.title, "Consultation of Youth Networks");
        assert_eq!(
            day_and_hours(&r),
            ("2028-03-09", Some("14:00"), Some("16:30"))
        );
    }

    #[test]
    fn a_mail_archive_message_gives_its_webinar_once() {
        // The subject names the webinar; the sender, the stamp and a note
        // to the reader stand between it and the labelled date.
        let page = "[OCEANS] WEBINAR: Tides of Change; March 3; 7:00 AM ET

Doe, Jane A jane_doe at example.gov
Tue Mar 2 10:01:12 EST 2027

This webinar is held in Lima, please check your time zone

Webinar date/time: March 3, 2027; 7:00 AM EST

The webinar looks at coastal law.
";
        let got = each(page, |r| (r.title, r.start_date, r.start_time));
        assert_eq!(
            got,
            [(
                "[OCEANS] WEBINAR: Tides of Change".to_string(),
                "2027-03-03".to_string(),
                Some("07:00".to_string())
            )]
        );
    }

    #[test]
    fn a_link_below_a_title_and_a_cut_phrase_head_nothing() {
        // A registration page: the title, its link, the text, the
        // sessions' times, then the widget's cut words.
        let page = "Warm up to the Ocean Conference
More information: https://example.org/warm-up/

The series prepares delegates for the conference.

Mar 2, 2027 01:00 PM
Times shown in the zone of
* Required information
";
        let r = only_record(page);
        assert_eq!(r.title, "Warm up to the Ocean Conference");
        assert_eq!(day_and_hours(&r), ("2027-03-02", Some("13:00"), None));
    }

    #[test]
    fn a_month_with_its_year_in_the_text_gives_the_titles_day_its_year() {
        let page = "Minister to chair Council's open debate on May 4
As President of the Council in May 2027, the Minister will chair an open debate on mine action.
The meeting will be held on May 4 in New York.
";
        let r = only_record(page);
        assert_eq!(r.title, "Minister to chair Council's open debate");
        assert_eq!(r.start_date, "2027-05-04");
        assert!(r.year_inferred);
    }

    #[test]
    fn a_lists_last_day_does_not_date_the_title_below() {
        // Days listed below a lead-in, then the next heading and its text.
        let page = "Room Changes

The hall serves as the overflow room save for the following sessions:

  • Wednesday 7 July 2027 from 3 – 6pm Conference Room 3

  • Monday 12 July 2027 from 3 – 5pm Conference Room 1

Daily Coordination Meeting

The daily coordination meeting takes place every day of the forum.
";
        let got = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [("Room Changes".to_string(), "2027-07-07".to_string())]
        );
    }

    #[test]
    fn a_question_below_a_titles_date_opens_its_text() {
        let page = "Webinar: Protect Nature

17 June 2027, 17:00 – 18:30 (CET)

How are human health and nature linked?

To answer this question, the agencies invite you to a webinar on biodiversity.
";
        let r = only_record(page);
        assert_eq!(r.title, "Webinar: Protect Nature");
        assert_eq!(
            day_and_hours(&r),
            ("2027-06-17", Some("17:00"), Some("18:30"))
        );
    }

    #[test]
    fn a_later_paragraph_gives_the_announced_days_hours() {
        let page = "Press briefing on the data report

On Tuesday 9 November 2027, the rapporteurs will brief journalists on the report.

The briefing will be held on Tuesday, 9 November, from 13.00 to 14.00 CET, online.
";
        let r = only_record(page);
        assert_eq!(
            day_and_hours(&r),
            ("2027-11-09", Some("13:00"), Some("14:00"))
        );
        assert_eq!(r.utc_offset.as_deref(), Some("+01:00"));
        // Another day's hours are not the announced day's.
        let page = page.replace("Tuesday, 9 November", "Wednesday, 10 November");
        let r = only_record(&page);
        assert_eq!(day_and_hours(&r), ("2027-11-09", None, None));
    }

    #[test]
    fn a_cited_documents_date_announces_nothing() {
        let page = "SOLEMN MEETING OF THE COMMITTEE

Today the Committee is holding a solemn meeting to mark the Day, in accordance with General Assembly resolution 32/40 B, of 2 December 1977.
";
        assert_eq!(extract("p.txt", page), []);
        let page = page.replace("resolution 32/40 B, of", "the letter dated");
        assert_eq!(extract("p.txt", &page), []);
        // The day the meeting is held on still announces it.
        let page = page.replace("the letter dated", "its session on");
        assert_eq!(only_record(&page).start_date, "1977-12-02");
    }

    #[test]
    fn fields_run_together_with_their_labels_are_read_apart() {
        // An old event page whose fields lost their line breaks: each value
        // runs into the next field's label, the last into the text.
        let page = "Youth and the Sea

When :
from Monday 8 March, 2027 11:00 to Monday 8 March, 2027 13:00Type of event :
Executive BoardWhere :
Headquarters, Room X, Paris, FranceThe Board will receive the Secretary-General.
";
        let r = only_record(page);
        assert_eq!(r.title, "Youth and the Sea");
        assert_eq!(
            day_and_hours(&r),
            ("2027-03-08", Some("11:00"), Some("13:00"))
        );
        assert_eq!(
            r.location.as_deref(),
            Some("Headquarters, Room X, Paris, France")
        );
    }

    #[test]
    fn a_title_set_on_two_blocks_is_read_whole() {
        let page = "Consultation of Youth Networks

in the Pacific Region

Thursday 9 March, 14:00 – 16:30 CET

The networks meet online on Thursday 9 March 2028 to prepare the assembly.
";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "Consultation of Youth Networks in the Pacific Region"
        );
        // A line that opens with no joining word is no part of the title.
        let page = page.replace("in the Pacific Region", "online meeting, open to all");
        assert_eq!(only_record(&page).title, "Consultation of Youth Networks");
    }

    #[test]
    fn a_titles_venue_in_blocks_of_its_own_titles_nothing() {
        let page = "12th session

Vienna International Centre, Vienna, Austria

Vienna International Centre

The Working Group will hold its 12th session from 2 to 6 March 2027 in Conference Room 3.
";
        let r = only_record(page);
        assert_eq!(r.title, "12th session");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2027-03-02", "2027-03-06")
        );
    }

    #[test]
    fn a_sentence_broken_across_a_blank_line_is_read_whole() {
        // A record set double-spaced: the sentence that dates the meeting
        // goes on past a blank line.
        let page = "SUMMARY RECORD OF THE 310TH MEETING

Held at Headquarters, New York,

on Monday, 22 November 2027, at 10 a.m.

The meeting was called to order at 10.45 a.m.
";
        let r = only_record(page);
        assert_eq!(day_and_hours(&r), ("2027-11-22", Some("10:00"), None));
        assert_eq!(r.location.as_deref(), Some("Headquarters, New York"));
    }

    #[test]
    fn a_titles_own_edition_year_comes_before_another_items() {
        let page = "Ocean Dialogue 2023 recap\n\
            The dialogue was held on 3-4 May 2023 in Lisbon.\n\n\
            Ocean Dialogue 2022\n\n\
            The dialogue took place in Nairobi during 9th to 11th June.\n";
        let starts = each(page, |r| r.start_date);
        assert_eq!(starts, ["2023-05-03", "2022-06-09"]);
    }

    #[test]
    fn a_host_ready_to_hold_a_forum_announces_it() {
        let page = "Island Forum Set to Open in Suva\n\n\
            FIJI is ready to hold the Pacific Resilience Forum on 4-6 March 2025 in Suva. \
            Ministers from fourteen countries are expected.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2025-03-04", "2025-03-06")
        );
        assert_eq!(r.location.as_deref(), Some("Suva"));
    }

    #[test]
    fn a_media_advisorys_who_may_stand_between_its_what_and_when() {
        let page = "Report Launch on Monday 5th June\n\n\
            WHAT: Launch of the Regional Water Report\n\n\
            WHO: Jane Doe, Minister of Water, John Roe, Lead Author of the Report and Director, \
            Ann Poe UNEP Country Representative and other panelists\n\n\
            WHEN: 5th June 2023, 10AM\n\n\
            WHERE: Serena Hotel\n\n\
            The report looks at water.\n";
        // The headline's own record is the same day's, merged at dedup.
        let found = each(page, |r| (r.title, r.start_date, r.start_time));
        let what = found.iter().find(|(_, _, time)| time.is_some());
        assert_eq!(
            what.map(|(title, date, _)| (title.as_str(), date.as_str())),
            Some(("Launch of the Regional Water Report", "2023-06-05"))
        );
    }

    #[test]
    fn a_weekday_that_misses_the_capture_year_picks_the_nearest_that_fits() {
        // 9 November is a Tuesday in 2021, a Saturday in 2024.
        let page = "Press briefing on the new report\n\n\
            Tuesday 9 November, 13.00 - 14.00 CET: Briefing on the report\n";
        let captured = NaiveDate::from_ymd_opt(2024, 9, 19);
        let records = extract_page(&Source::new("p.txt", 0), captured, page);
        let dates: Vec<&str> = records.iter().map(|r| r.start_date.as_str()).collect();
        assert_eq!(dates, ["2021-11-09"]);
        // A day with no weekday stays in the capture's year.
        let bare = page.replace("Tuesday ", "");
        let records = extract_page(&Source::new("p.txt", 0), captured, &bare);
        let dates: Vec<&str> = records.iter().map(|r| r.start_date.as_str()).collect();
        assert_eq!(dates, ["2024-11-09"]);
    }

    #[test]
    fn a_document_hosts_viewer_stands_between_the_title_and_its_text() {
        let page = "Report of the Working Group on its third session\n\n\
            Size: px\nStart display at page:\n\n\
            Download \"Report of the Working Group on its third session\"\n\n\
            Transcription\n\n\
            The Working Group held its third session in Nairobi on 4 and 5 May 2011. \
            The agenda is attached.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Report of the Working Group on its third session");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2011-05-04", "2011-05-05")
        );
    }

    #[test]
    fn the_sentence_names_its_happenings_edition_year_before_the_days() {
        let page = "Data week highlights\n\n\
            The Open Data Week 2023, held in Nairobi from June 5 to 9, brought together \
            statisticians from forty countries.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2023-06-05", "2023-06-09")
        );
        assert!(r.year_inferred);
    }

    #[test]
    fn an_edition_year_is_a_names_last_word() {
        let text = "The Forum 2023, held from June 5 to 9, met.";
        assert_eq!(edition_year_before(text, "June 5 to 9"), Some(2023));
        // A goal's year names more after it; a month's year is no edition's.
        let agenda = "The 2030 Agenda Summit was held from June 5 to 9.";
        assert_eq!(edition_year_before(agenda, "June 5 to 9"), None);
        let goal = "Under Agenda 2030, a review was held from June 5 to 9.";
        assert_eq!(edition_year_before(goal, "June 5 to 9"), None);
        let month = "Planned in May 2023, it was held from June 5 to 9.";
        assert_eq!(edition_year_before(month, "June 5 to 9"), None);
        // Another sentence's year is not read.
        let other = "The Forum 2023 closed. A meeting was held from June 5 to 9.";
        assert_eq!(edition_year_before(other, "June 5 to 9"), None);
    }

    #[test]
    fn a_headlines_month_and_year_date_the_days_of_that_month() {
        let page = "Agencies plan Ocean Summit in Oct 2021 for coastal cities\n\n\
            Mayors will convene at the Ocean Summit from 4 to 6 October to share plans.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2021-10-04", "2021-10-06")
        );
    }

    #[test]
    fn a_headlines_verb_in_title_case_still_names_its_happening() {
        let page = "Water Forum 2024 Opens In Dakar\n\
            DAKAR, 3 May (UN) -- The Water Forum opened with ministers from twenty countries.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.location.as_deref()),
            ("2024-05-03", Some("Dakar"))
        );
    }

    #[test]
    fn a_syndicating_services_tag_may_open_the_dateline() {
        let page = "Assembly opens its session\n\
            (Reuters) NAIROBI, 4 March 2024 - The Assembly opened its session on Monday.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.location.as_deref()),
            ("2024-03-04", Some("Nairobi"))
        );
    }

    #[test]
    fn a_day_and_its_venue_alone_head_the_title_below() {
        let page = "Schedule\n\n\
            Tuesday, 19 September 2017\nGeneral Assembly Hall\nGeneral Debate\n\n\
            Tuesday, 26 September 2017\nTrusteeship Council Chamber\n\
            High-level plenary meeting on nuclear weapons\n";
        let found = each(page, |r| (r.title, r.start_date, r.location));
        assert_eq!(
            found,
            [
                (
                    "General Debate".to_string(),
                    "2017-09-19".to_string(),
                    Some("General Assembly Hall".to_string())
                ),
                (
                    "High-level plenary meeting on nuclear weapons".to_string(),
                    "2017-09-26".to_string(),
                    Some("Trusteeship Council Chamber".to_string())
                ),
            ]
        );
    }

    #[test]
    fn days_scheduled_right_after_the_subject_announce_it() {
        let page = "In Nairobi this week\n\n\
            The Regional Data Forum 2024, scheduled from May 6 to 8 in Nairobi, will bring \
            together statisticians.\n\n\
            Consultation ahead of the Forum\n\n\
            The consultation, ahead of the 9th session of the Commission (CSC9) scheduled \
            from May 20 to 24, 2024, is organized by the regional office.\n";
        let found = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            found,
            [("In Nairobi this week".to_string(), "2024-05-06".to_string())]
        );
    }

    #[test]
    fn a_wsis_agenda_sessions_time_in_the_readers_zone_is_left_out() {
        let page = "Side Event: Data in Action\n\n\
            ITU, UNDP, UNESCO, in collaboration with UNGIS members\n\n\
            Session 512\n\n\
            Monday, 15 December 2025 16:15–17:15 (UTC+01:00) Eastern Standard Time \
            10:15–11:15 (UTC-05:00) Physical (on-site) and Virtual (remote) participation \
            Data Corner 2 Images\n\n\
            The side event shows how agencies share data.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Side Event: Data in Action");
        assert_eq!(r.start.as_deref(), Some("2025-12-15T16:15:00+01:00"));
    }

    #[test]
    fn a_room_in_brackets_in_its_own_cell_is_the_room() {
        let page = "Regional dialogues\n\nTuesday 24 April 2018\n\n\
            10 am – 1 pm: Pacific  (Conference Room 8)\n";
        let r = only_record(page);
        assert_eq!(r.title, "Pacific");
        assert_eq!(r.location.as_deref(), Some("Conference Room 8"));
    }

    #[test]
    fn a_paragraphs_day_gives_the_year_of_days_without_one() {
        let page = "The Ocean Conference will take place in Lisbon, 27 June - 1 July 2022.\n\n\
            Blue finance for island states |\n\
            28 June, 9:30 - 10:45, Side Event Room 7 |\n\
            Portugal | ||\n";
        let r = only_record(page);
        assert_eq!(r.title, "Blue finance for island states");
        assert_eq!(
            (r.start_date.as_str(), r.year_inferred),
            ("2022-06-28", true)
        );
        assert_eq!(r.location.as_deref(), Some("Side Event Room 7"));
        // A cited resolution's date announces nothing.
        let cited = page.replace(
            "The Ocean Conference will take place in Lisbon, 27 June - 1 July 2022.",
            "In its resolution 73/292 of 9 May 2019, the Assembly convened the Conference.",
        );
        assert_eq!(extract("p.txt", &cited), []);
    }

    #[test]
    fn empty_cells_end_no_row() {
        let page = "Side events\n\n\
            Water and peace | 22 March 2023, 13:15-14:30, Conference Room 2 | Germany | ||\n";
        let r = only_record(page);
        assert_eq!(r.title, "Water and peace");
        assert_eq!(r.location.as_deref(), Some("Conference Room 2"));
    }

    #[test]
    fn an_agenda_takes_the_day_its_paragraph_announces() {
        let page = "Ocean Day live from Lisbon, from 3:00 AM AEST 9 June\n\n\
            The Department will hold a special event at Headquarters on Thursday, 8 June \
            2023, from 1:00 p.m. to 3:00 p.m.\n\n\
            The programme:\n\
            1:10 p.m. Opening remarks by the President\n\
            2:00 p.m. Panel on ocean science\n\
            3:00 p.m. Event ends\n";
        let found = each(page, |r| (r.title, r.start_date, r.utc_offset));
        let session = |t: &str| (t.to_string(), "2023-06-08".to_string(), None);
        // The headline's record first; `Event ends` is none.
        assert_eq!(
            found[1..],
            [
                session("Opening remarks by the President"),
                session("Panel on ocean science")
            ]
        );
    }

    #[test]
    fn a_paragraph_announcing_other_days_names_no_organizers_of_the_title() {
        let page = "Meetings of the Forum\n\n\
            Expert group meeting on indigenous languages, UNHQ New York, 23 to 25 January 2018.\n\
            The pre-sessional meeting will be held from 26 February to 3 March 2018 in Sucre. \
            It will be hosted by the Government of Bolivia.\n";
        let r = only_record(page);
        assert_eq!(r.start_date, "2018-01-23");
        assert_eq!(r.location.as_deref(), Some("UNHQ New York"));
        assert!(r.organizers.is_empty(), "{:?}", r.organizers);
        // Its own days announced, the paragraph names its organizers.
        let page = page.replace(
            "from 26 February to 3 March 2018 in Sucre",
            "on 23 January 2018",
        );
        assert_eq!(only_record(&page).organizers, ["Government of Bolivia"]);
    }

    #[test]
    fn a_date_below_the_event_details_heading_wins_over_the_posts_stamp() {
        let page = "Island Finance Forum 2026\n\nMarch 3, 2026\nForum banner_final.jpg\n\
            Event Details\n\n14 - 16 May 2026\n\nSuva, Fiji and online\n\n\
            The forum brings together finance ministers of island states.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Island Finance Forum 2026");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2026-05-14", "2026-05-16")
        );
    }

    #[test]
    fn bulleted_days_with_names_and_no_separator_are_a_list() {
        let page = "Key dates 2027\n\n\
            • 14 September   Opening of the regular session              N/a\n\
            • 20 September   Youth Climate Forum                [registration closed 19 July]\n\
            • 23 September   Climate Action Summit\n";
        let found = each(page, |r| (r.start_date, r.title));
        let item = |d: &str, t: &str| (d.to_string(), t.to_string());
        assert_eq!(
            found,
            [
                item("2027-09-14", "Opening of the regular session"),
                item("2027-09-20", "Youth Climate Forum"),
                item("2027-09-23", "Climate Action Summit"),
            ]
        );
    }

    #[test]
    fn a_note_in_square_brackets_ends_a_place_field() {
        let page = "Press conference on the trade report\n\n\
            Date/time: Wednesday, 20 March 2024 at 3 p.m.\n\n\
            Place: Press Room, Palais des Nations [the link will be sent after your confirmation]\n";
        let r = only_record(page);
        assert_eq!(
            r.location.as_deref(),
            Some("Press Room, Palais des Nations")
        );
    }

    #[test]
    fn a_release_schedules_days_are_no_happenings() {
        let page = "Data Week 2026. Part I: Opening days\n\
            Last week I attended Data Week 2026 in Nairobi from 4 to 8 May.\n\
            Here is the full release schedule:\n\
            Part I – Days 1 and 2 – Published today\n\
            Part II – Wednesday (Open data) – Coming Friday, May 15\n\
            Part III – Thursday (Statistics Day) – Monday, May 18\n\
            Let's start.\n";
        let found = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            found,
            [(
                "Data Week 2026. Part I: Opening days".to_string(),
                "2026-05-04".to_string()
            )]
        );
    }

    #[test]
    fn a_schedules_numbered_meeting_in_lower_case_names_its_item() {
        let page = "Schedule of plenary meetings\n\n\
            Wednesday, 16 September 2026\n10:00 a.m. - General Assembly Hall\n\n\
            1st meeting of the General Committee\n\n\
            Organization of the session: memorandum by the Secretary-General\n\n\
            Friday, 18 September 2026\n11:00 a.m. - General Assembly Hall\n\n\
            2nd plenary meeting\n\nOrganization of work\n";
        let found = each(page, |r| (r.title, r.start_date, r.start_time));
        let item = |t: &str, d: &str, h: &str| (t.to_string(), d.to_string(), Some(h.to_string()));
        assert_eq!(
            found,
            [
                item(
                    "1st meeting of the General Committee",
                    "2026-09-16",
                    "10:00"
                ),
                item("2nd plenary meeting", "2026-09-18", "11:00"),
            ]
        );
    }

    #[test]
    fn a_day_and_its_venue_below_a_listing_heading_head_the_title_past_a_blank() {
        let page = "Meetings\n\nUpcoming events\nTuesday, 15 September 2026\n\
            General Assembly Hall\n\nDebate on oceans\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_date.as_str()),
            ("Debate on oceans", "2026-09-15")
        );
        assert_eq!(r.location.as_deref(), Some("General Assembly Hall"));
    }

    #[test]
    fn a_time_cell_closed_by_a_bar_heads_the_cell_below_it() {
        let page = "Open consultations\n\nDAY 1 | 26 June 2024\nTime (CET) |\nAgenda Item |\n\
            10:00-10:30 |\n● Welcome from the Chair\n● Adoption of the agenda\n|\n\
            10:30 - 12:30 |\nExchange on the outcomes\n● Update on the process |\n\
            12:30-13:00 |\nIGF improvements: what to do in 2024?\n● Outputs |\n";
        assert_eq!(
            starts(page),
            [
                timed("Welcome from the Chair", "10:00"),
                timed("Exchange on the outcomes", "10:30"),
                timed("IGF improvements: what to do in 2024?", "12:30"),
            ]
        );
    }

    #[test]
    fn a_listings_later_day_and_venue_head_the_title_past_a_blank() {
        let page = "Meetings\n\nUpcoming events\nTuesday, 15 September 2026\n\
            General Assembly Hall\n\nDebate on oceans\n\nThe Assembly debates the report.\n\n\
            Wednesday, 16 September 2026\nConference Room 4\n\nPanel on water\n\n\
            Thursday, 17 September 2026\nTrusteeship Council Chamber\n\nBriefing on forests\n";
        let found = each(page, |r| (r.title, r.start_date, r.location));
        let item = |t: &str, d: &str, v: &str| (t.to_string(), d.to_string(), Some(v.to_string()));
        assert_eq!(
            found,
            [
                item("Debate on oceans", "2026-09-15", "General Assembly Hall"),
                item("Panel on water", "2026-09-16", "Conference Room 4"),
                item(
                    "Briefing on forests",
                    "2026-09-17",
                    "Trusteeship Council Chamber"
                ),
            ]
        );
    }

    #[test]
    fn web_tvs_machine_stamps_head_the_names_below() {
        let page = "Live Schedule\n\nPreviously\n2031-04-21T08:00:00-04:00\n0400am\n\
            Consideration of Gabon\n2031-04-21T13:00:00Z\n0900am\n\
            UN Geneva press briefing\n";
        assert_eq!(
            each(page, |r| (r.title, r.start)),
            [
                (
                    "Consideration of Gabon".to_string(),
                    Some("2031-04-21T08:00:00-04:00".to_string())
                ),
                (
                    "UN Geneva press briefing".to_string(),
                    Some("2031-04-21T13:00:00+00:00".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_journal_sitting_is_named_by_its_body_above() {
        let page = "Journal of the United Nations\n\nFriday, 9 August 2019\n\n\
            Security Council Military Staff Committee\n\n\
            11:00 - 13:00 1940th meeting (closed) Conference Room 8\n\n\
            Security Council Working Group on Peacekeeping Operations\n\n\
            15:00 Closed meeting 1 Economic and Social Council Chamber\n\n\
            1 All troop-contributing countries are invited to attend this meeting.\n";
        assert_eq!(
            each(page, |r| (r.title, r.location)),
            [
                (
                    "Security Council Military Staff Committee".to_string(),
                    Some("Conference Room 8".to_string())
                ),
                (
                    "Security Council Working Group on Peacekeeping Operations".to_string(),
                    Some("Economic and Social Council Chamber".to_string())
                )
            ]
        );
        // A sitting with a name of its own keeps it.
        let page = page.replace("1940th meeting (closed)", "Briefing on staff matters");
        assert_eq!(each(&page, |r| r.title)[0], "Briefing on staff matters");
    }

    #[test]
    fn a_word_alone_below_a_schedules_time_names_its_item() {
        let page = "Programme, 18 September 2017\n\n2:30 PM\nGlobal Mayors summit\n\n\
            6:00 PM\nGoalkeepers\n\nAn evening of awards.\n";
        assert_eq!(
            starts(page),
            [
                timed("Global Mayors summit", "14:30"),
                timed("Goalkeepers", "18:00")
            ]
        );
        // A blank line may part the word from its time, and a day line head
        // each slot.
        let page = "Agenda 2031\n\nTuesday 7 October\n\n18:00 – 19:00\n\nReception\n\n\
            Co-hosted by the Forum\n\nTuesday 7 October\n\n19:00 – 19:30\n\n\
            Welcome and introductions\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_time)),
            [
                ("Reception".to_string(), Some("18:00".to_string())),
                (
                    "Welcome and introductions".to_string(),
                    Some("19:00".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_cards_venue_and_hours_below_its_title_stay_its_own_above_the_next_title() {
        let item = |t: &str, d: &str| (t.to_string(), d.to_string());
        let names_first = "News\n\nBriefing on oceans\nConference Room 1\n10 May 2023, 10:00-11:00\n\
            Panel on water\nConference Room 2\n11 May 2023, 10:00-11:00\n";
        let dates_first = "Events\n\n10 May 2023, 10:00-11:00\nBriefing on oceans\nConference Room 1\n\
            11 May 2023, 10:00-11:00\nPanel on water\nConference Room 2\n";
        for page in [names_first, dates_first] {
            assert_eq!(
                each(page, |r| (r.title, r.start_date)),
                [
                    item("Briefing on oceans", "2023-05-10"),
                    item("Panel on water", "2023-05-11")
                ],
                "{page}"
            );
        }
    }

    #[test]
    fn dense_cards_with_their_fields_below_their_text_keep_them() {
        let page = "Exhibition \"War and Peace\"\n\
            The exhibition is dedicated to the realities of war.\n\
            Dates : October 5th 2031 to March 1st 2032\nPlace: Fondation Martin Bodmer\n\
            Exhibition \"100 Years of Multilateralism\"\n\
            The exhibition explores the multilateral system.\n\
            Dates : October 8th 2031 to April 30th 2032\nPlace: Palais des Nations\n";
        let item = |t: &str, d: &str, p: &str| (t.to_string(), d.to_string(), Some(p.to_string()));
        assert_eq!(
            each(page, |r| (r.title, r.start_date, r.location)),
            [
                item(
                    "Exhibition \"War and Peace\"",
                    "2031-10-05",
                    "Fondation Martin Bodmer"
                ),
                item(
                    "Exhibition \"100 Years of Multilateralism\"",
                    "2031-10-08",
                    "Palais des Nations"
                )
            ]
        );
    }

    #[test]
    fn a_labelled_date_below_its_title_heads_no_line_of_names_below() {
        let page = "Name\nOpening Dialogue: Half-way to 2030, where are we?\nDate & Time\n\
            Tuesday, July 18, 2023, 9:30 AM - 10:00 AM\nJAYATHMA WICKRAMANAYAKE IMME SCHOLZ\n\
            Description\n\nApproaching the midpoint of SDG implementation, how far are we?\n";
        let r = only_record(page);
        assert_eq!(r.title, "Opening Dialogue: Half-way to 2030, where are we?");
        assert_eq!(
            day_and_hours(&r),
            ("2023-07-18", Some("09:30"), Some("10:00"))
        );
    }

    #[test]
    fn sessions_take_the_year_their_day_lines_weekday_falls_in() {
        // 9 February is a Tuesday in 2016, not in 2015.
        let page = "Informal meetings on the ECOSOC programme\n\n\
            The Council adopted its programme of work for 2016, as decided in 2015.\n\n\
            Programme Informal meetings, Tuesday, 9 February\n\
            10:00 - 11:00 Opening of the meetings\n11:00 - 13:00 Panel on data\n";
        let found = each(page, |r| (r.title, r.start_date, r.year_inferred));
        let item = |t: &str| (t.to_string(), "2016-02-09".to_string(), true);
        assert_eq!(
            found,
            [item("Opening of the meetings"), item("Panel on data")]
        );
    }

    #[test]
    fn a_later_paragraph_names_a_long_head_by_its_kind_and_the_word_before() {
        let page = "Multi-year Expert Meeting on Transport and Trade Facilitation\n\n\
            The Board approved the terms of reference for the meeting.\n\n\
            The expert meeting on challenges and policy options will be held from 7 to \
            9 December 2011 at the Palais des Nations in Geneva.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2011-12-07", "2011-12-09")
        );
    }

    #[test]
    fn a_days_table_of_sessions_leads_each_row_with_its_time() {
        let page = "Thursday 16 November 2023\n\nPartners' Forum Sessions\n\
            Hour | Title of the session | Sector | Contact |\n---|---|---|---|\n\
            9h-9h45 | UNESCO Cities Platform | CLT | d.bax@unesco.org |\n\
            13h-13h45 | Marine World Heritage | SC | f.douvere@unesco.org |\n";
        let found = each(page, |r| (r.title, r.start_time, r.location));
        let item = |t: &str, h: &str| (t.to_string(), Some(h.to_string()), None);
        assert_eq!(
            found,
            [
                item("UNESCO Cities Platform", "09:00"),
                item("Marine World Heritage", "13:00")
            ]
        );
    }

    #[test]
    fn a_spaced_cards_nameless_field_keeps_its_value_past_a_blank_line() {
        let page = "Side Events\n\nConvenor\n\n\
            Side events are co-convened by multi-stakeholder coalitions\n\n\
            Focal Point\n\nFor questions, please contact the secretariat.\n\n\
            Where\n\nUN Headquarters\n\nWhen\n\n20 September 2027\n\n\
            Discover additional events.\n";
        assert!(each(page, |r| r.title).is_empty());
        // Past a card's last field, the next card's title stands.
        let page = "Contact\n\nWorld Water Forum\n\n20 September 2027\n\n\
            The Forum meets in Geneva.\n";
        assert_eq!(each(page, |r| r.title), ["World Water Forum"]);
    }

    #[test]
    fn a_bare_day_in_brackets_below_its_title_dates_it_when_text_follows() {
        let page = "Special Event: Biodiversity for Food\n(21 September 2027)\n\
            On that day, a special event on biodiversity will be held virtually.\n\n\
            Report of the meeting\n(23-25 June 2027)\n\nI. INTRODUCTION\n\n\
            The meeting opened.\n";
        assert_eq!(
            each(page, |r| (r.title, r.start_date)),
            [(
                "Special Event: Biodiversity for Food".to_string(),
                "2027-09-21".to_string()
            )]
        );
    }

    #[test]
    fn a_listings_first_time_heads_the_title_below_it() {
        let page = "Side Events\n\nWhen\n\n20 September 2027, (all times EDT)\n\n\
            Side Event Programme\n\nTimeTitleOrganizersRoom\n\n15:00 - 16:15\n\n\
            Empowering Youth for a Sustainable Future\n\n\
            This session will bring together esteemed partners.\n\n\
            Government of Namibia, One Economy Foundation\n\nConference Room 1\n\n\
            16:30 - 17:45\n\nSkills for a Just Transition\n\n\
            With young people at the heart of the discussion.\n";
        let got = each(page, |r| (r.title, r.start_time));
        let item = |t: &str, h: &str| (t.to_string(), Some(h.to_string()));
        assert_eq!(
            got,
            [
                item("Empowering Youth for a Sustainable Future", "15:00"),
                item("Skills for a Just Transition", "16:30")
            ]
        );
    }

    #[test]
    fn a_tables_row_below_shares_the_time_its_first_cell_spans() {
        let page = "Thursday 16 November 2023\n\nSchedule of meetings\n\
            Time | Organ | Room | Item |\n---|---|---|---|\n\
            10 am | NOM Committee | Room IV | Other elections |\n\
            CLT Commission | Room II | Items 4.22, 4.10 | |\n\
            3 pm | Legal Committee | Room XI | |\n";
        let found = each(page, |r| (r.title, r.start_time, r.location));
        let item = |t: &str, h: &str, room: &str| {
            (t.to_string(), Some(h.to_string()), Some(room.to_string()))
        };
        assert_eq!(
            found,
            [
                item("NOM Committee", "10:00", "Room IV"),
                item("CLT Commission", "10:00", "Room II"),
                item("Legal Committee", "15:00", "Room XI"),
            ]
        );
    }

    #[test]
    fn a_listings_one_day_span_heads_its_name_below() {
        let page = "Event Listing\n\n\n22 Sep 2022 to 22 Sep 2022\n\nWorld Water Congress\n\n\
            05 Jul 2022 to 12 Jul 2022\n\nHigh-Level Political Forum (HLPF)\n\n\
            26 Jun 2022 to 30 Jun 2022\n\nWorld Urban Forum\n\nThe Forum looks at cities.\n";
        let found = each(page, |r| (r.title, r.start_date));
        let item = |t: &str, d: &str| (t.to_string(), d.to_string());
        assert_eq!(
            found,
            [
                item("World Water Congress", "2022-09-22"),
                item("High-Level Political Forum (HLPF)", "2022-07-05"),
                item("World Urban Forum", "2022-06-26"),
            ]
        );
    }

    #[test]
    fn a_heading_that_opens_with_its_own_day_names_no_later_day() {
        let page = "23 May 2016, 13.00 Launch of Healthy Environment, Healthy People finds that \
            premature deaths from environmental degradation far outstrip those of conflicts.\n\n\
            26 May 2016, 13.00 Launch of the Green is Gold report looks at China’s bid to build\n\n\
            On May 27th the assembly will pass a raft of resolutions.\n";
        assert!(
            each(page, |r| r.title)
                .iter()
                .all(|t| !t.starts_with("26 May"))
        );
        let page = "March 2024 Webinar on oceans\n\nThe webinar will be held on 12 March 2024.\n";
        assert_eq!(only_record(page).start_date, "2024-03-12");
    }

    #[test]
    fn an_item_named_before_its_time_in_brackets_is_an_agenda_line() {
        let page = "Live: UN General Assembly, 19 September 2023\n\nPlenary (10:00 AM ET)\n\n\
            Statements will be delivered by Heads of State.\n\nSDG Summit (3:00 PM ET)\n\n\
            Leaders review the goals.\n\nLunch (1:00 PM)\n";
        let found = each(page, |r| (r.title, r.start_time, r.utc_offset));
        let item = |t: &str, h: &str| (t.to_string(), Some(h.to_string()), Some("-04:00".into()));
        assert_eq!(
            found[1..],
            [item("Plenary", "10:00"), item("SDG Summit", "15:00")]
        );
    }

    #[test]
    fn a_dated_links_text_names_nothing() {
        for link in [
            "Watch the webcast (10 February 2025)",
            "Read the statement, 10 February 2025",
            "10 February 2025 \u{2013} Watch the webcast",
        ] {
            // Its day is the title's above it.
            let page = format!("High-level meeting on AI\n{link}\n\nThe meeting discusses AI.\n");
            assert_eq!(
                only_record(&page).title,
                "High-level meeting on AI",
                "{link}"
            );
            // Below a listing's heading it names nothing.
            let page = format!("Events\n\n{link}\n\nThe meeting discusses AI.\n");
            assert_eq!(extract("p.txt", &page), [], "{link}");
        }
    }

    #[test]
    fn a_symbol_beside_a_release_date_names_nothing() {
        for stamp in [
            "26 October 2023 | SG/SM/22001",
            "Press Release | SG/SM/22001 | 26 October 2023",
            "26 October 2023 | GA/12596",
        ] {
            let page = format!(
                "Secretary-General Calls for Global Cooperation on AI\n\n{stamp}\n\n\
                Following are the remarks at the launch in New York today:\n"
            );
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str()),
                (
                    "Secretary-General Calls for Global Cooperation on AI",
                    "2023-10-26"
                ),
                "{stamp}"
            );
        }
    }

    #[test]
    fn an_item_named_before_its_hours_after_a_comma_is_an_agenda_line() {
        let page = "Programme\n\nTuesday, 4 June 2024\n\nOpening session, 10:00 \u{2013} 11:30\n\
            Panel on data governance - 11:30-13:00 CEST\n";
        let found = each(page, |r| (r.start_date, r.title, r.start_time, r.end_time));
        let item = |t: &str, s: &str, e: &str| {
            let hour = |h: &str| Some(h.to_string());
            ("2024-06-04".to_string(), t.to_string(), hour(s), hour(e))
        };
        assert_eq!(
            found,
            [
                item("Opening session", "10:00", "11:30"),
                item("Panel on data governance", "11:30", "13:00")
            ]
        );
    }

    #[test]
    fn a_numbered_slot_is_named_after_its_colon() {
        let page = "Programme\n\nTuesday, 4 June 2024\n\n\
            Session 1 (10:00 \u{2013} 11:30): Opening session\n\
            Session 2 (11:30 \u{2013} 13:00 CEST): Panel on AI governance\n";
        assert_eq!(
            each(page, |r| (r.title, r.start)),
            [
                ("Opening session".to_string(), None),
                (
                    "Panel on AI governance".to_string(),
                    Some("2024-06-04T11:30:00+02:00".to_string())
                )
            ]
        );
    }

    #[test]
    fn a_date_line_right_below_a_timed_item_dates_it() {
        // Each card's own day, not the one above it.
        let page = "Webinar on AI, 10:00 \u{2013} 11:30 CEST\n4 June 2024, Geneva\n\n\
            The webinar explores AI.\n\nTalk on data (12:00 \u{2013} 13:00 CEST)\n5 June 2024\n\n\
            The talk explores data.\n";
        let found = each(page, |r| {
            (
                r.title,
                r.start,
                r.date_text,
                r.location.unwrap_or_default(),
            )
        });
        let card = |t: &str, start: &str, day: &str, place: &str| {
            let start = Some(start.to_string());
            (t.to_string(), start, day.to_string(), place.to_string())
        };
        assert_eq!(
            found,
            [
                card(
                    "Webinar on AI",
                    "2024-06-04T10:00:00+02:00",
                    "4 June 2024",
                    "Geneva"
                ),
                card(
                    "Talk on data",
                    "2024-06-05T12:00:00+02:00",
                    "5 June 2024",
                    ""
                )
            ]
        );
        // Past a blank line in a programme, a day line is the next day's.
        let page = "Programme\n\n4 June 2024\n\n10:00 Opening\n\n12:00 Panel on data\n\n\
            5 June 2024\n\nThe second day is for workshops.\n\n10:00 Workshop on AI\n";
        assert_eq!(
            each(page, |r| r.start_date),
            ["2024-06-04", "2024-06-04", "2024-06-05"]
        );
    }

    #[test]
    fn hours_in_another_zone_below_a_time_leave_it_heading_its_item() {
        let page = "8 December 2021\nAgenda Day 2\nDaily agendas\n\
            7 December | 8 December | 9 December\n7–7:45 a.m. EST\n(1–1:45 p.m. CET)\nCommunity Session - Youth and climate\n\
            Organized by: VOCAL\nInsight into policy frameworks on climate change.\n\
            8–8:45 a.m. EST\n(2-2:45 p.m. CET)\nCommunity Session - Health futures\n\
            Organized by: WHO Foundation\nHear how data should be governed.\n";
        let found = each(page, |r| (r.title, r.start_time, r.utc_offset));
        let item = |t: &str, h: &str| (t.to_string(), Some(h.to_string()), Some("-05:00".into()));
        assert_eq!(
            found,
            [
                item("Community Session - Youth and climate", "07:00"),
                item("Community Session - Health futures", "08:00")
            ]
        );
    }

    #[test]
    fn a_tagline_parted_from_the_title_by_a_blank_line_titles_nothing() {
        let page = "ECOSOC YOUTH FORUM 2022\n\nCOVID-19 Recovery: Youth Taking Action\n\n\
            The 2022 ECOSOC Youth Forum is convened by the President of ECOSOC.\n\n\
            Date: April 19 \u{2013} 20, 2022\n";
        assert_eq!(only_record(page).title, "ECOSOC YOUTH FORUM 2022");
        // A paragraph that names the lower line makes it the title.
        let page = "Upcoming\n\nYouth Taking Action\n\n\
            Youth Taking Action brings young people together.\n\n\
            Date: April 19 \u{2013} 20, 2022\n";
        assert_eq!(only_record(page).title, "Youth Taking Action");
    }

    #[test]
    fn a_date_line_below_gives_its_hours_to_a_title_of_the_same_day_without_year() {
        let page = "Welcome remarks | 31 May\n\n31 May 2024 09:25h - 09:30h\n\n\
            The mayor welcomed the participants.\n";
        assert_eq!(
            day_and_hours(&only_record(page)),
            ("2024-05-31", Some("09:25"), Some("09:30"))
        );
    }

    #[test]
    fn a_name_and_its_theme_in_quotes_over_a_covers_venue_and_days() {
        let page = "12th Symposium on Satellite Data for Agriculture:\n\
            \"Seeing Crops from Orbit\"\n\n\
            In partnership with the Space Agency of Kenya\n\n\
            at Kenyatta International Convention Centre, Nairobi, Kenya, on 4 - 6 March 2025\n\
            in conjunction with the African Space Week\n\n\
            The symposium gathers agronomists.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "12th Symposium on Satellite Data for Agriculture: \"Seeing Crops from Orbit\""
        );
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2025-03-04", "2025-03-06")
        );
        assert_eq!(
            r.location.as_deref(),
            Some("Kenyatta International Convention Centre, Nairobi, Kenya")
        );
    }

    #[test]
    fn a_title_said_again_below_its_days_leaves_them_its_own() {
        let page = "Forum on Digital Trust: Building Safer Networks\n\n\
            Hybrid Event (Geneva and online)\n14-15 October 2025\nPast\n\
            Forum on Digital Trust: Building Safer Networks\n\n\
            The Institute welcomes you to the forum.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Forum on Digital Trust: Building Safer Networks");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2025-10-14", "2025-10-15")
        );
        // The banner in capitals.
        let page = "FORUM ON DIGITAL TRUST: BUILDING SAFER NETWORKS\n\n\
            Hybrid Event (Geneva and online)\n14-15 October 2025\nPast\n\
            Forum on Digital Trust: Building Safer Networks\n\n\
            The Institute welcomes you to the forum.\n";
        assert_eq!(only_record(page).start_date, "2025-10-14");
    }

    #[test]
    fn a_way_to_attend_with_its_venue_in_brackets_says_where() {
        let page = "Summit on Data Stewardship\n\n\
            In-person (Maison de la Paix, Chemin Eugène-Rigot 2, Geneva) and online\n\
            8 May 2025\n\nThe summit gathers experts.\n";
        let r = only_record(page);
        assert_eq!(r.title, "Summit on Data Stewardship");
        assert_eq!(
            r.location.as_deref(),
            Some("In-person (Maison de la Paix, Chemin Eugène-Rigot 2, Geneva)")
        );
    }

    #[test]
    fn a_listings_day_and_place_below_the_text_above_head_the_next_name() {
        let page = "Past events\n\nEvents the network held with its partners.\n\n\
            12 Sep, 2024\n\nNairobi, Kenya\n\nRegional Dialogue on Cyber Capacity\n\n\
            The dialogue brings together agencies of the region.\n\n\
            3 Sep, 2024\n\nHybrid (Vienna and Online)\n\nWorkshop on Incident Response\n\n\
            The workshop trains national teams.\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.title, r.location)),
            [
                (
                    "2024-09-12".to_string(),
                    "Regional Dialogue on Cyber Capacity".to_string(),
                    Some("Nairobi, Kenya".to_string())
                ),
                (
                    "2024-09-03".to_string(),
                    "Workshop on Incident Response".to_string(),
                    Some("Hybrid (Vienna and Online)".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_title_lines_full_date_gives_a_schedules_days_their_year() {
        let page = "Schedule\n\n12 September: Opening of the Session\n\n\
            19-25 September: General Debate\n\nAccreditation\n\n\
            DEADLINE TO APPLY: Tuesday, 5 September 2017 (CLOSED)\n\n\
            The media pass covers the period.\n";
        assert_eq!(each(page, |r| r.start_date), ["2017-09-12", "2017-09-19"]);
    }

    #[test]
    fn a_day_leading_text_the_item_lacks_stays_its_titles() {
        let page = "Events\n\n\
            LAUNCH: The Data Playbook at the Future Forum\n\n28 November 2023:\n\n\
            Children in the Polycrisis\n\n8 March 2023:\n\n\
            This webinar will unpack the pressing challenges facing children.\n";
        assert_eq!(
            each(page, |r| (r.start_date, r.title)),
            [
                (
                    "2023-11-28".to_string(),
                    "LAUNCH: The Data Playbook at the Future Forum".to_string()
                ),
                (
                    "2023-03-08".to_string(),
                    "Children in the Polycrisis".to_string()
                ),
            ]
        );
        // The month first, as US pages write it.
        let page = "Events\n\nLAUNCH: The Data Playbook\n\nNovember 28, 2023:\n\n\
            Children in the Polycrisis\n\nMarch 8, 2023:\n\nThis webinar will meet.\n";
        assert_eq!(each(page, |r| r.start_date), ["2023-11-28", "2023-03-08"]);
        // A weekday heads the schedule's day below it.
        let page = "Programme\n\nOpening of the Forum\n\nMonday, 20 May 2024:\n\n\
            Plenary on Data\n\nThe plenary meets.\n";
        assert!(
            each(page, |r| r.title)
                .iter()
                .all(|t| t != "Opening of the Forum")
        );
    }

    #[test]
    fn a_later_part_retelling_the_pages_first_happenings_days_is_no_new_one() {
        let page = "The Dialogue on Data and Frontier Technologies\n\n\
            The next Dialogue, \"Data Spaces\", will take place on May 6 and 7, 2026.\n\n\
            Fourth session of the Dialogue\n\n\
            The Fourth Session of the Dialogue taking place on May 6-7, 2026 will gather experts.\n";
        assert_eq!(
            only_record(page).title,
            "The Dialogue on Data and Frontier Technologies"
        );
    }

    #[test]
    fn a_later_part_retelling_the_headers_days_is_no_new_happening() {
        let page = "Readout of the Regional Data Forum\n\n\
            Date: 26-27 March 2024, 15:00-18:00\n\nOpening Remarks\n\n\
            The forum was held in a hybrid format over two days on March 26 and 27, 2024. \
            The Chair welcomed the participants.\n";
        assert_eq!(
            only_record(page).title,
            "Readout of the Regional Data Forum"
        );
    }

    #[test]
    fn a_field_run_into_the_place_ends_it() {
        let page = "SDG Digital Day\n\nDate: 21 September 2024, 10:30 to 13:45\n\
            Location: ECOSOC Chamber, UN Headquarters, New YorkNote: A media badge is required\n\n\
            The track meets.\n";
        assert_eq!(
            only_record(page).location.as_deref(),
            Some("ECOSOC Chamber, UN Headquarters, New York")
        );
        assert_eq!(glued_field("McLean Hall, Room 4"), None);
    }

    #[test]
    fn a_days_items_run_together_on_a_line_part_at_their_times() {
        let page = "Programme of the President\n\nTuesday, 20 September 2011\n\n\
            10.00 Bilateral meeting with the Secretary-General 10.30 High level meeting on Libya\n";
        assert_eq!(
            starts(page),
            [
                timed("Bilateral meeting with the Secretary-General", "10:00"),
                timed("High level meeting on Libya", "10:30"),
            ]
        );
    }

    #[test]
    fn a_media_alerts_guest_field_is_no_part_of_the_title() {
        let page = "Media Alert for 14 March 2025 (subject to change)\n\
            Time | Location | Event |\n\
            12:00 pm | Press Briefing Room, S-237 | Noon Briefing by the Spokesperson for the \
            Secretary-General Guest (virtual): Jane Doe, UNFPA Director, on the report |\n";
        assert_eq!(
            only_record(page).title,
            "Noon Briefing by the Spokesperson for the Secretary-General"
        );
        assert_eq!(guest_field("Briefing Guests: Jane Doe"), Some(8));
        assert_eq!(guest_field("Briefing with Guest Speakers"), None);
    }

    #[test]
    fn a_banners_title_goes_on_past_blank_lines() {
        let page = "THE SECOND REGIONAL DIALOGUE\n\n\nON DATA GOVERNANCE IN AFRICA\n\
            14 March 2023\n09:00 – 17:00\n\nThe dialogue gathers regulators.\n";
        assert_eq!(
            only_record(page).title,
            "THE SECOND REGIONAL DIALOGUE ON DATA GOVERNANCE IN AFRICA"
        );
    }

    #[test]
    fn a_list_of_documents_dates_no_happening() {
        let page = "Stocktaking of the Decade\n\n\
            The President will convene an informal meeting on the status of the review.\n\n\
            DOCUMENTS\n\n4 October 2019\n\nChair's summary: stocktaking of the Decade\n\n\
            12 August 2019\n\nInvitation\n";
        assert_eq!(extract("p.txt", page), []);
    }

    #[test]
    fn a_documents_tab_above_the_title_leaves_its_date() {
        let page = "Overview\nDocuments\n\nExpert Group Meeting on Youth\n\
            4 October 2019\n\nThe meeting reviews the report.\n";
        assert_eq!(only_record(page).start_date, "2019-10-04");
    }

    #[test]
    fn a_goals_year_in_the_title_dates_no_day_without_a_year() {
        let page = "Vision 2025: How might the Council contribute to the review?\n\
            Wednesday 6th of March\nRoom XXIV, Palais des Nations\n13.00 - 14.45\n\n\
            The report will be launched at the event.\n";
        assert_eq!(extract("p.txt", page), []);
    }

    #[test]
    fn a_meeting_dates_label_alone_titles_nothing() {
        let page = "Regional Review Meeting on Digital Inclusion\n\nMeeting dates\n\
            Thursday, 30 September 2021\nHosted by the ESCAP secretariat\n\n\
            The meeting reviews progress.\n";
        assert_eq!(
            only_record(page).title,
            "Regional Review Meeting on Digital Inclusion"
        );
    }

    #[test]
    fn igfs_event_calendar_date_labels_the_line_below() {
        let page = "Third Open Consultations and MAG Meeting - Day 2\n\nEvent Calendar Date\n\
            Thursday, 30th September, 2021 (02:30 UTC) - Thursday, 30th September, 2021 (10:30 UTC)\n\
            Hosted by IGF Secretariat\n\nThe meeting advances the preparations.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_time.as_deref()),
            (
                "Third Open Consultations and MAG Meeting - Day 2",
                Some("02:30")
            )
        );
    }

    #[test]
    fn a_practical_pages_conference_dates_label_the_line_below() {
        let page = "Information for COP 28 participants (A-Z)\n\nBackground\n\n\
            The Government of the United Arab Emirates will host COP 28.\n\n\
            Logistical information for participants\n\n\
            Conference dates\nThursday, 30 November to Tuesday, 12 December 2023\n\n\
            Location\nExpo City Dubai, United Arab Emirates\n";
        let r = only_record(page);
        assert_eq!(r.title, "Information for COP 28 participants (A-Z)");
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2023-11-30", "2023-12-12")
        );
        assert_eq!(
            r.location.as_deref(),
            Some("Expo City Dubai, United Arab Emirates")
        );
    }

    #[test]
    fn once_a_time_heads_its_item_later_times_apart_head_theirs() {
        let page = "MAG Meeting agenda\n\nThursday, 30 September 2021\n\n10:00 - 10:30\n\n\
            Opening of the meeting by the MAG Chair\n\nReview and adoption of the agenda\n\n\
            10:30 - 11:30\n\nBriefing on the preparations\n\n15:00 - 17:30\n\n\
            Planning the main sessions\n";
        assert_eq!(
            starts(page),
            [
                timed("Opening of the meeting by the MAG Chair", "10:00"),
                timed("Briefing on the preparations", "10:30"),
                timed("Planning the main sessions", "15:00"),
            ]
        );
    }

    #[test]
    fn a_label_that_promises_a_place_vouches_for_an_unknown_venue() {
        // The hotel's name is in no gazetteer, and its typos keep it out of
        // one; the label says that a place follows the date.
        let page = "Annual Conference of the Baltic Youth Network\n\n\
            The network meets for a day of workshops on the future we want.\n\n\
            Date and place: 21th February 2027 in Harbour Spa & Conferense Hotell, Tallinn, Estonia.\n";
        assert_eq!(
            places(page),
            [placed(
                "2027-02-21",
                "Harbour Spa & Conferense Hotell, Tallinn, Estonia"
            )]
        );
    }

    #[test]
    fn a_datelines_abbreviated_state_keeps_its_capitals() {
        let page = "Envoy holds talks on digital cooperation\n\n\
            WASHINGTON, DC, 8 September 2027 – The Envoy met officials this week.\n";
        assert_eq!(places(page), [placed("2027-09-08", "Washington, DC")]);
    }

    #[test]
    fn a_dateline_may_end_with_a_stop() {
        // The place before the date or after it, a stop instead of a dash.
        for line in [
            "Geneva, Switzerland, 21 March 2027. Over 100 students gathered for a discussion.",
            "21 March 2027; Geneva, Switzerland. Over 100 students gathered for a discussion.",
        ] {
            let page = format!("Shaping our digital future\n\n{line}\n");
            let got = each(&page, |r| (r.title, r.start_date, r.location));
            assert_eq!(
                got,
                [(
                    "Shaping our digital future".to_string(),
                    "2027-03-21".to_string(),
                    Some("Geneva, Switzerland".to_string())
                )],
                "{line}"
            );
        }
    }

    #[test]
    fn a_tag_of_news_stories_below_the_stamp_titles_nothing() {
        let page = "New event series on our digital future launched\n\n\
            22/09/2027\nNews stories\n\n\
            The delegation launched the series on Wednesday, 22 September.\n";
        let got = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [(
                "New event series on our digital future launched".to_string(),
                "2027-09-22".to_string()
            )]
        );
    }

    #[test]
    fn the_text_ends_a_titles_time_from_the_same_start() {
        let page = "Virtual and on-site press briefing on 9 April 2027, 11:30 CEST\n\n\
            The Forum will hold a press briefing on Friday 9 April 2027, 11:30 – 12:00 CEST.\n";
        let got = each(page, |r| (r.start_time, r.end_time, r.utc_offset));
        assert_eq!(
            got,
            [(
                Some("11:30".to_string()),
                Some("12:00".to_string()),
                Some("+02:00".to_string())
            )]
        );
        // Another start in the text is another happening's: no end.
        let page = page.replace("11:30 – 12:00", "14:00 – 15:00");
        let got = each(&page, |r| (r.start_time, r.end_time));
        assert_eq!(got, [(Some("11:30".to_string()), None)]);
    }

    #[test]
    fn a_page_parts_tab_run_into_a_dated_title_is_no_part_of_it() {
        let page = "Regional Forum on Sustainable Development (19 March 2027, Geneva)    What's happening\n\n\
            The Forum brings together stakeholders from the region.\n";
        let got = each(page, |r| (r.title, r.start_date, r.location));
        assert_eq!(
            got,
            [(
                "Regional Forum on Sustainable Development".to_string(),
                "2027-03-19".to_string(),
                Some("Geneva".to_string())
            )]
        );
    }

    #[test]
    fn bringing_people_together_announces_the_days() {
        let page = "Standards assembly in New Delhi\n\n\
            The Union brought countries and technical experts together in New Delhi, India, \
            between 14 and 24 October 2027, to set priorities for the years ahead.\n";
        let got = each(page, |r| (r.start_date, r.end_date, r.location));
        assert_eq!(
            got,
            [(
                "2027-10-14".to_string(),
                "2027-10-24".to_string(),
                Some("New Delhi, India".to_string())
            )]
        );
    }

    #[test]
    fn a_headings_place_after_a_dash_says_where_its_paragraph_announces() {
        let page = "The first Youth Forum – in Athens\n\n\
            Between Oct. 29, 2027 and November 3, 2027, the city hosts the first Youth Forum.\n";
        assert_eq!(places(page), [placed("2027-10-29", "Athens")]);
    }

    #[test]
    fn a_format_or_langue_value_below_its_label_titles_nothing() {
        // An event platform's card: each label alone above its value.
        let page = "Forum of the Future: The Road to the Summit\n\n\
            26 January 2027 - 15:00 - 16:00 UTC\n\n\
            Format\nParticipatory workshop\nLangue\nAnglais\n\
            Venue\nConference Room 4, United Nations Headquarters\n\n\
            The forum prepares young people for the Summit.\n";
        let got = each(page, |r| (r.title, r.location));
        assert_eq!(
            got,
            [(
                "Forum of the Future: The Road to the Summit".to_string(),
                Some("Conference Room 4, United Nations Headquarters".to_string())
            )]
        );
    }

    #[test]
    fn a_dotted_time_heads_its_agenda_item() {
        let page = "Programme\n\nTuesday, 20 September 2011\n\n09.30 Opening session\n\
            10.00 Panel discussion on data\n14.00 - 15.30 Closing\n";
        assert_eq!(
            starts(page),
            [
                timed("Opening session", "09:30"),
                timed("Panel discussion on data", "10:00"),
                timed("Closing", "14:00"),
            ]
        );
    }

    #[test]
    fn will_beheld_is_a_typo_of_will_be_held() {
        let page = "Ninth Plenary of the Regional Committee (Webinar)\n            The Ninth Plenary of the Regional Committee will beheld on the 14 – 15 June 2027.\n            The meeting moved online.\n";
        let got = each(page, |r| (r.title, r.start_date, r.end_date));
        assert_eq!(
            got,
            [(
                "Ninth Plenary of the Regional Committee (Webinar)".to_string(),
                "2027-06-14".to_string(),
                "2027-06-15".to_string()
            )]
        );
    }

    #[test]
    fn a_title_ending_in_a_colon_below_a_heading_names_the_date_below() {
        // A booklet's key dates: each name ends in a colon right below a
        // heading, and its date follows.
        let page = "Key dates of the session
Opening of the 80th session:
            Tuesday, 9 September 2025 at 3 p.m.
SPECIAL EVENTS
            Summit on water convened by the President:
Monday, 22 September 2025
            QUESTIONS
Where do I register?
";
        let got = each(page, |r| (r.title, r.start_date, r.start_time));
        assert_eq!(
            got,
            [
                (
                    "Opening of the 80th session".to_string(),
                    "2025-09-09".to_string(),
                    Some("15:00".to_string())
                ),
                (
                    "Summit on water convened by the President".to_string(),
                    "2025-09-22".to_string(),
                    None
                ),
            ]
        );
        // A lead-in after prose stays prose.
        let page = "The Assembly meets often.\nIts next meeting is on:\n22 September 2025\n";
        assert!(
            each(page, |r| r.title)
                .iter()
                .all(|t| !t.starts_with("Its next"))
        );
    }

    #[test]
    fn ranges_stacked_below_a_title_are_its_days() {
        let page = "Key dates
HIGH-LEVEL WEEK
Tuesday, 23 September 2025-Friday, 26 September 2025
            Monday, 29 September 2025-Tuesday, 30 September 2025
QUESTIONS
Where do I register?
";
        let got = each(page, |r| (r.title, r.start_date, r.end_date));
        assert_eq!(
            got,
            [(
                "HIGH-LEVEL WEEK".to_string(),
                "2025-09-23".to_string(),
                "2025-09-30".to_string()
            )]
        );
        // A post's bare stamp above the happening's days is no list of days.
        let page = "Forum on Data
14 August 2025
12 - 14 November 2025

            The Forum meets in Bern.
";
        let got = each(page, |r| (r.start_date, r.end_date));
        assert!(!got.is_empty());
        assert!(
            got.iter()
                .all(|(start, end)| start == end || start != "2025-08-14")
        );
    }

    #[test]
    fn a_range_above_a_title_dates_it_and_a_place_below_says_where() {
        let page = "Events\n\n3 December 2024 - 5 December 2024\nGlobal Forum on Population Data\n\
            Bangkok, Thailand\n\nThe Forum discusses census innovations.\n\n10 December 2024\n\
            Human Rights Day 2024\nThe Office marks the day.\n";
        let got = each(page, |r| {
            (r.title, r.end_date, r.location, r.sources[0].line)
        });
        assert_eq!(
            got,
            [(
                "Global Forum on Population Data".to_string(),
                "2024-12-05".to_string(),
                Some("Bangkok, Thailand".to_string()),
                4
            )]
        );
    }

    #[test]
    fn a_document_symbol_above_a_date_opens_the_next_release() {
        let page = "Statements\n\n12 December 2024\n\nMessage on the Day of Neutrality\n\n\
            Neutrality remains a vital tool for peace.\n\nSG/SM/22501\n11 December 2024\n\
            Secretary-General, at event marking Mountain Day, calls for action\n\n\
            Following are the Secretary-General's remarks, in New York today:\n";
        let got = each(page, |r| (r.title, r.start_date));
        assert_eq!(
            got,
            [(
                "Secretary-General, at event marking Mountain Day, calls for action".to_string(),
                "2024-12-11".to_string()
            )]
        );
    }

    #[test]
    fn a_media_advisory_and_a_bare_date_and_time_label_are_cards() {
        let page = "Media advisory\n\nWHAT: Launch of the World Drug Report 2024\n\
            WHEN: Wednesday, 26 June 2024, 10:00 a.m. CEST\nWHERE: Vienna International Centre\n\n\
            Journalists are invited.\n\nGlobal Digital Compact: one year on\n\nDate and Time\n\
            Tuesday, December 10, 2024 9:00 AM - 10:30 AM (EST)\n\nA briefing.\n";
        let got = each(page, |r| (r.title, r.start_date, r.location));
        assert_eq!(
            got,
            [
                (
                    "Launch of the World Drug Report 2024".to_string(),
                    "2024-06-26".to_string(),
                    Some("Vienna International Centre".to_string())
                ),
                (
                    "Global Digital Compact: one year on".to_string(),
                    "2024-12-10".to_string(),
                    None
                )
            ]
        );
    }

    #[test]
    fn a_place_in_parentheses_after_a_date_line_says_where() {
        let page = "Webinar on data\n12 December 2024 (Online)\n\nA webinar.\n\n\
            Expert meeting\n13 December 2024 (All day)\n\nExperts meet.\n\n\
            Women in STEM\n16 December 2024, 15:00–16:30 CET (hybrid: Palais des Nations, Room XXIV & Zoom)\n\n\
            Panelists meet.\n";
        let got = each(page, |r| r.location);
        assert_eq!(
            got,
            [
                Some("Online".to_string()),
                None,
                Some("Palais des Nations, Room XXIV".to_string())
            ]
        );
    }

    #[test]
    fn a_calendar_widgets_date_parts_make_one_date_line() {
        let page = "Events\n\nDec 10\n2024\nHuman Rights Day celebration\n10:00 AM - 12:00 PM EST\n\
            UN Headquarters, New York\n\n10\nDEC\n2024\nWebinar on statistics\n14:00 - 15:00 CET\n\n\
            Top 10\n2024\nReport\n\nFigures.\n";
        let got = each(page, |r| {
            (r.title, r.start_date, r.date_text, r.sources[0].line)
        });
        assert_eq!(
            got,
            [
                (
                    "Human Rights Day celebration".to_string(),
                    "2024-12-10".to_string(),
                    "Dec 10 2024".to_string(),
                    5
                ),
                (
                    "Webinar on statistics".to_string(),
                    "2024-12-10".to_string(),
                    "10 DEC 2024".to_string(),
                    12
                )
            ]
        );
        // No year in the widget (`MAR`, `10`, `Tuesday`): the listing's
        // heading gives it.
        let page = "Events 2026\n\nMAR\n10\nTuesday\nLaunch of the Digital Economy Report\n\
            10:00 - 11:30 CET\nPalais des Nations, Room XXVI\n";
        let got = each(page, |r| (r.start_date, r.year_inferred, r.date_text));
        assert_eq!(
            got,
            [("2026-03-10".to_string(), true, "MAR 10".to_string())]
        );
    }

    #[test]
    fn list_items_that_open_with_a_date_are_event_lines() {
        let page = "Process\n\n• 24 January 2023 – Launch of the deep dives\n\
            - 14 February 2023: Deep dive on connectivity\n• 5 June 2024: Deadline for submissions\n\
            • 12 March 2024 – the report was published.\n• Member States met often.\n\n\
            1. 20 March 2023: Expert meeting on data flows\n\
            1. On 22 March 2023, the Assembly adopted the report.\n";
        let got = each(page, |r| (r.title, r.start_date, r.date_text));
        assert_eq!(
            got,
            [
                (
                    "Launch of the deep dives".to_string(),
                    "2023-01-24".to_string(),
                    "24 January 2023".to_string()
                ),
                (
                    "Deep dive on connectivity".to_string(),
                    "2023-02-14".to_string(),
                    "14 February 2023".to_string()
                ),
                (
                    "Expert meeting on data flows".to_string(),
                    "2023-03-20".to_string(),
                    "20 March 2023".to_string()
                )
            ]
        );
        // A day's agenda as a list: each item opens with its time.
        let page = "Side events\n\n12 July 2023\n\
            • 08:00-09:15 (EDT) - Data for the SDGs (organizer: UN Statistics Division)\n\
            • 13:15-14:30 (EDT) - Digital cooperation and the SDGs (organizers: ODET, DESA)\n";
        let got = each(page, |r| (r.title, r.start, r.organizers));
        assert_eq!(
            got,
            [
                (
                    "Data for the SDGs".to_string(),
                    Some("2023-07-12T08:00:00-04:00".to_string()),
                    vec!["UN Statistics Division".to_string()]
                ),
                (
                    "Digital cooperation and the SDGs".to_string(),
                    Some("2023-07-12T13:15:00-04:00".to_string()),
                    vec!["ODET".to_string(), "DESA".to_string()]
                )
            ]
        );
    }

    #[test]
    fn a_days_title_has_its_place_and_time_below_it() {
        let page = "Events calendar — November 2024\n\nMon 25 Nov\nLaunch of the LDC Report 2024\n\
            UNCTAD, Palais des Nations, Room XXV\n10:00–11:30\n\nWed 27 Nov\nExpert meeting on statistics\n\
            Online\n14:00–16:00 CET\n";
        let got = each(page, |r| {
            (r.title, r.start_date, r.year_inferred, r.location)
        });
        assert_eq!(
            got,
            [
                (
                    "Launch of the LDC Report 2024".to_string(),
                    "2024-11-25".to_string(),
                    true,
                    Some("UNCTAD, Palais des Nations, Room XXV".to_string())
                ),
                (
                    "Expert meeting on statistics".to_string(),
                    "2024-11-27".to_string(),
                    true,
                    Some("Online".to_string())
                )
            ]
        );
    }

    #[test]
    fn cells_aligned_by_spaces_make_event_lines() {
        let page = "Calendar 2026\n\nJanuary\n\
            19–30 January  Committee on the Rights of the Child, 99th session  Geneva\n\
            The Committee met.  It adopted its report on 30 January 2026.\n\
            Launch of the  youth report\n";
        let got = each(page, |r| (r.title, r.start_date, r.location));
        assert_eq!(
            got,
            [(
                "Committee on the Rights of the Child, 99th session".to_string(),
                "2026-01-19".to_string(),
                Some("Geneva".to_string())
            )]
        );
        // An agenda line read either way: its three cells part the name
        // from the room.
        let page = "Monday, 14 July 2025\n\
            10:00 – 11:30  Opening of the HLPF  Trusteeship Council Chamber\n\
            15:00 – 18:00  Launch of the  report\n";
        let got = each(page, |r| (r.title, r.location));
        assert_eq!(
            got,
            [
                (
                    "Opening of the HLPF".to_string(),
                    Some("Trusteeship Council Chamber".to_string())
                ),
                ("Launch of the report".to_string(), None)
            ]
        );
    }

    #[test]
    fn a_table_flattened_to_a_line_per_cell_is_read_row_by_row() {
        let page = "Calendar of meetings 2024\n\nDate\nMeeting\nVenue\n5 June 2024\n\
            Launch of the Global Report\nGeneva\n12 June 2024\nExpert group meeting\nNew York\n\
            Contact\nUN DESA\nNew York\n";
        let got = each(page, |r| {
            (r.title, r.start_date, r.location, r.sources[0].line)
        });
        assert_eq!(
            got,
            [
                (
                    "Launch of the Global Report".to_string(),
                    "2024-06-05".to_string(),
                    Some("Geneva".to_string()),
                    6
                ),
                (
                    "Expert group meeting".to_string(),
                    "2024-06-12".to_string(),
                    Some("New York".to_string()),
                    9
                )
            ]
        );
    }

    #[test]
    fn capture_date_gives_the_nearest_occurrence() {
        let c = NaiveDate::from_ymd_opt(2025, 1, 5).unwrap();
        assert_eq!(year_nearest(c, 12, 28), Some(2024));
        assert_eq!(year_nearest(c, 3, 1), Some(2025));
        assert_eq!(year_nearest(c, 2, 29), Some(2024));
    }

    #[test]
    fn a_dateline_place_above_the_date_titles_nothing() {
        // A page with no blank line: the place, the publication date, the
        // headline, then the announcement.
        for place in ["New York/Geneva", "Geneva"] {
            let page = format!(
                "{place}\n17 January 2014\nNote to correspondents on the Secretary-General's travel\n\
                On Monday, 20 January, the Secretary-General will depart for Montreux.\n\
                He will return on Friday, 24 January.\n"
            );
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str(), r.sources[0].line),
                (
                    "Note to correspondents on the Secretary-General's travel",
                    "2014-01-20",
                    3
                ),
                "{place}"
            );
        }
    }

    #[test]
    fn a_title_broken_after_its_colon_is_one_title() {
        let page = "Our sessions at the Forum\n\nFind below the sessions we organize.\n\n\
            Tuesday, 8 July 2025\n\nDefending Our Voice:\nGlobal South Participation\n\
            9:00-9:45 AM CEST\nVenue: Room F, Palexpo\n\nOur Director will speak.\n\n\
            Speakers of the day:\nAmina Diallo\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.start_time.as_deref(),
                r.sources[0].line
            ),
            (
                "Defending Our Voice: Global South Participation",
                "2025-07-08",
                Some("09:00"),
                7
            )
        );
    }

    #[test]
    fn a_programme_session_page_is_titled_by_its_heading() {
        // A session's page: its title, organizers' acronyms, its number,
        // then the date, time, zone, how to take part and the room.
        let page = "Second Open Consultation Meeting on the Forum\n\nITU, UNDP\n\nSession 104\n\n\
            Tuesday, 11 February 2025 13:30–14:30 (UTC+01:00) Physical (on-site) and Virtual \
            (remote) participation Room L, Palais des Nations, Geneva Interactive Session\n\n\
            The consultation gathers inputs from stakeholders.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start.as_deref(),
                r.end.as_deref(),
                r.location.as_deref()
            ),
            (
                "Second Open Consultation Meeting on the Forum",
                Some("2025-02-11T13:30:00+01:00"),
                Some("2025-02-11T14:30:00+01:00"),
                Some("Room L, Palais des Nations")
            )
        );
    }

    #[test]
    fn a_media_advisorys_fields_parted_by_blank_lines() {
        let page = "Media Advisory\n\nAgency to launch its report\n\n\
            WHAT: Launch of the Progress Report\n\n\
            WHEN: Tuesday, 12 March 2024, 1:15 – 2:30 p.m. EDT\n\n\
            WHERE: Conference Room 11, United Nations Headquarters\n\n\
            WHO: The Executive Director; a Minister\n\n\
            The report looks at the digital divide.\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start.as_deref(),
                r.sources[0].line,
                r.summary.as_deref()
            ),
            (
                "Launch of the Progress Report",
                Some("2024-03-12T13:15:00-04:00"),
                5,
                Some("The report looks at the digital divide.")
            )
        );
    }

    #[test]
    fn stacked_start_and_end_times_time_the_card_below() {
        let page = "Registration\n\nEach delegation registers online.\n\n\
            15 May 2023\n10:00\n12:30\nOpening of the session\nESCAP Hall\n\n\
            Election of officers\n";
        let records = extract("a.txt", page);
        let got: Vec<_> = records
            .iter()
            .map(|r| {
                (
                    r.title.as_str(),
                    r.start_time.as_deref(),
                    r.end_time.as_deref(),
                    r.sources[0].line,
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![("Opening of the session", Some("10:00"), Some("12:30"), 8)]
        );
        // An earlier time below is another item's, not an end.
        let apart = page.replace("12:30", "09:00");
        let records = extract("a.txt", &apart);
        assert!(records.iter().all(|r| r.end_time.is_none()));
    }

    #[test]
    fn an_items_text_gives_the_year_its_line_does_not() {
        let page = "Upcoming events\n\n\
            • 20-24 April: Session of the Committee of Experts\n\n\
            The session will be held from 20 to 24 April 2015 at Headquarters.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str(), r.year_inferred),
            ("2015-04-20", "2015-04-24", true)
        );
        // Another day in the text gives no year.
        let other = page.replace("from 20 to 24 April 2015", "on 3 March 2015");
        assert!(extract("a.txt", &other).is_empty());
    }

    #[test]
    fn a_page_stamp_settles_years_before_the_capture_date() {
        let page = "Leaders convene in Bangkok\n\nPublished: 28 December 2021\n\n\
            The session brings together Heads of State.\n\n\
            4 January, 10am - 12.30pm: Opening of the session\n\n\
            5 January, 2pm - 4pm: Closing of the session\n";
        let captured = NaiveDate::from_ymd_opt(2023, 6, 1);
        let dates = |records: Vec<Record>| -> Vec<(String, bool)> {
            records
                .into_iter()
                .map(|r| (r.start_date, r.year_inferred))
                .collect()
        };
        let read = |c| dates(extract_page(&Source::new("p.txt", 0), c, page));
        let expected = vec![
            ("2022-01-04".to_string(), true),
            ("2022-01-05".to_string(), true),
        ];
        assert_eq!(read(captured), expected);
        assert_eq!(read(None), expected);
        // Without the stamp, the capture date alone settles them.
        let unstamped = page.replace("Published: 28 December 2021", "");
        let records = extract_page(&Source::new("p.txt", 0), captured, &unstamped);
        assert_eq!(
            dates(records),
            vec![
                ("2023-01-04".to_string(), true),
                ("2023-01-05".to_string(), true)
            ]
        );
    }

    #[test]
    fn titles_name_their_edition_year() {
        assert_eq!(title_year("Leaders Summit 2024"), Some(2024));
        assert_eq!(
            title_year("World Water Day 2025: Glacier Preservation"),
            Some(2025)
        );
        assert_eq!(title_year("Forum on the 2030 Agenda"), None);
        assert_eq!(title_year("2015 HLPF: General information"), Some(2015));
        assert_eq!(title_year("2023 SDG Summit"), Some(2023));
        assert_eq!(title_year("2030 Agenda for Sustainable Development"), None);
        assert_eq!(title_year("WSIS Forum 2025 – Programme"), Some(2025));
        assert_eq!(title_year("Towards 2015: Open Dialogue"), None);
        assert_eq!(title_year("Vision 2021: What is the review?"), None);
        assert_eq!(
            title_year("Open Source Week 2025. Part I: Hackathons"),
            Some(2025)
        );
        assert_eq!(title_year("High Level Political Forum 2021"), Some(2021));
        assert_eq!(title_year("IGF 2025 | Day 1"), Some(2025));
        assert_eq!(title_year("Summit 20245"), None);
        assert_eq!(
            title_year("UNCTAD eWeek 2023 kicks off to shape the future"),
            Some(2023)
        );
        assert_eq!(title_year("Digital Week opens with 2030 in view"), None);
    }

    #[test]
    fn nearest_year_prefers_before() {
        let years = [(3, 2020), (10, 2024)];
        assert_eq!(nearest_year(&years, 5), Some(2020));
        assert_eq!(nearest_year(&years, 2), Some(2020));
        assert_eq!(nearest_year(&years, 3), Some(2024));
        assert_eq!(nearest_year(&[], 3), None);
    }

    #[test]
    fn untitled_paragraphs_take_the_name_they_announce() {
        let page = "In light of the digital divide, the President of the General Assembly has decided to convene a one-day High-level Thematic Debate on Digital Cooperation and Connectivity on Tuesday, 27 April 2021, in the General Assembly Hall.\n\nThe official event page can be accessed here.\n";
        let r = only_record(page);
        assert_eq!(
            r.title,
            "High-level Thematic Debate on Digital Cooperation and Connectivity"
        );
        assert_eq!(
            (r.start_date.as_str(), r.sources[0].line),
            ("2021-04-27", 1)
        );
        assert_eq!(r.location.as_deref(), Some("General Assembly Hall"));
        let subject =
            "\n\nThe Global Forum on Commodities will take place on 3 June 2024 in Geneva.\n";
        assert_eq!(only_record(subject).title, "Global Forum on Commodities");
        // A name not capitalized names no happening: the page keeps no title.
        let lower =
            "The Council decided to convene a debate on the digital divide on 5 May 2024.\n";
        assert!(extract("p.txt", lower).is_empty());
        // A list's items under no title, each a held happening's subject.
        let listed = "bulletins: digital compact\n\n  • The second deep dive on the Global Digital Compact was held on 13 April 2023 at the Trusteeship Council Chamber. It opened with briefings.\n  • The third deep dive on the GDC was held on 24 April 2023.\n";
        assert_eq!(
            each(listed, |r| (r.title, r.start_date)),
            [
                (
                    "second deep dive on the Global Digital Compact".to_string(),
                    "2023-04-13".to_string()
                ),
                (
                    "third deep dive on the GDC".to_string(),
                    "2023-04-24".to_string()
                )
            ]
        );
        // A clause before the subject is no name.
        let clause =
            "UN chief calls for action as the Digital Forum will take place on 5 May 2024.\n";
        assert!(extract("p.txt", clause).is_empty());
        // A subject with no proper noun names no happening of its own.
        let resumed = "The resumed meeting will be held on 10 December 2024 in Geneva.\n";
        assert!(extract("p.txt", resumed).is_empty());
        // Below a title line the paragraph is that title's.
        let titled = format!(
            "Digital Day\n\n{}",
            &page[page.find("The President").unwrap_or(0)..]
        );
        assert_eq!(only_record(&titled).title, "Digital Day");
    }

    #[test]
    fn transcripts_by_day_and_a_label_in_its_own_cell() {
        // The days of a meeting's transcripts, each a link, are no happening.
        let page = "First IGF Meeting: Athens, Greece\nThe Inaugural Meeting of the IGF took place in Athens, Greece, from 30 October - 2 November.\nThe theme was: Development\nTranscripts from all the main sessions are available here:\n30 October |\n31 October |\nThe summing-up of the sessions is available.\nThe Preparatory Process\nConsultations were held in Geneva on 16-17 February 2006.\n";
        assert_eq!(
            each(page, |r| r.title),
            [
                "First IGF Meeting: Athens, Greece",
                "The Preparatory Process"
            ]
        );
        let row = "IGF 2006\nDate: | October 24-26, 2006 |\nLocation: | Athens, Greece |\n\nThe first IGF meeting was held in Athens.\n";
        assert_eq!(only_record(row).location.as_deref(), Some("Athens, Greece"));
    }

    #[test]
    fn a_day_heading_dates_the_happenings_its_list_names() {
        let page = "Week 16: 19 – 23 April 2021\n\nMonday – 19th April\n\n  • High-level open debate on regional organisations. The President will chair the meeting.\n\nWednesday – 21st April\n\n  • Briefing on the Mission in Western Sahara (MINURSO). Envoys will brief.\n  • Quarterly meeting on Colombia.\n";
        let records = extract("p.txt", page);
        let got: Vec<_> = records
            .iter()
            .map(|r| {
                (
                    r.title.as_str(),
                    r.start_date.as_str(),
                    r.summary.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    "High-level open debate on regional organisations",
                    "2021-04-19",
                    Some("The President will chair the meeting.")
                ),
                (
                    "Briefing on the Mission in Western Sahara (MINURSO)",
                    "2021-04-21",
                    Some("Envoys will brief.")
                ),
                ("Quarterly meeting on Colombia", "2021-04-21", None)
            ]
        );
        assert_eq!(records[0].date_text, "Monday – 19th April");
        // An item that tells of no happening stays the heading's text.
        let told = "Week 16: 19 – 23 April 2021\n\nMonday – 19th April\n\n  • The Secretary-General appointed a new envoy.\n";
        assert!(
            extract("p.txt", told)
                .iter()
                .all(|r| !r.title.contains("appointed"))
        );
        // Nor does one that says none is held.
        let none = "The Week Ahead: 1-5 July 2019\n\nWednesday 3 July\n\
            - There are no events scheduled at UNHQ today.\n";
        assert!(extract("p.txt", none).is_empty());
    }

    #[test]
    fn a_place_after_another_day_is_that_days() {
        let later = "Briefing Session 3\n\nOn April 24, 2023 the Coalition held a virtual briefing on the hearings, which will take place on 8-9 May, 2023 in New York.\n";
        assert_eq!(only_record(later).location, None);
        let own = "Briefing Session 3\n\nOn April 24, 2023 the Coalition held a briefing in Geneva, ahead of the hearings on 8-9 May, 2023.\n";
        assert_eq!(only_record(own).location.as_deref(), Some("Geneva"));
    }

    #[test]
    fn a_room_between_an_event_lines_time_and_name_says_where() {
        let page = "Side events 2019\n\n29th June, 10:00 – 11:00 – Room 4 – Data for Development\n\nText.\n\n30th June, 09:00 – 10:00 – Online – Webinar on water\n\nText.\n\n18-22 September 2019 | SDG Media Zone - UNGA74\n\nText.\n";
        assert_eq!(
            each(page, |r| (r.title, r.location)),
            [
                (
                    "Data for Development".to_string(),
                    Some("Room 4".to_string())
                ),
                ("Webinar on water".to_string(), Some("Online".to_string())),
                ("SDG Media Zone - UNGA74".to_string(), None)
            ]
        );
        // After a comma, the place before the dash.
        let page = "Week of 12-18 September 2022\n\n\
            19 September, 09:00-10:30 (ET), Geneva - Digital Day (organizer: ITU)\n\nText.\n\n\
            20 September, 09:00-10:30 (ET), Conference Room 1 - Data Day\n\nText.\n";
        assert_eq!(
            each(page, |r| (r.title, r.location)),
            [
                ("Digital Day".to_string(), Some("Geneva".to_string())),
                (
                    "Data Day".to_string(),
                    Some("Conference Room 1".to_string())
                )
            ]
        );
    }

    #[test]
    fn days_and_place_below_the_page_title_are_its_own() {
        let page = "77th Session of the UN General Assembly (UNGA 77)\n\n13 Sep 2022 - 27 Sep 2022\n\nNew York City, US\n\nSession reports\n\nRead the final report.\n";
        let r = only_record(page);
        assert_eq!(
            (r.start_date.as_str(), r.end_date.as_str()),
            ("2022-09-13", "2022-09-27")
        );
        assert_eq!(r.location.as_deref(), Some("New York City, US"));
    }

    #[test]
    fn a_documents_part_names_no_happening() {
        let page = "Workshop on Space Education, Kitakyushu, 14-15 October 2005\n\n1. Background\n\nThe Workshop will be held with the Congress, which will take place from 17 to 21 October 2005 in Fukuoka, Japan.\n";
        assert_eq!(
            each(page, |r| r.title),
            ["Workshop on Space Education, Kitakyushu"]
        );
        assert!(names_a_part("Objectives") && names_a_part("IV. Introduction"));
        assert!(names_a_part("a) Background") && names_a_part("2. Objectives"));
        assert!(!names_a_part("Background briefing on Syria"));
    }

    #[test]
    fn a_note_cut_open_after_the_place_is_left_out() {
        let page = "General Assembly, sixty-second session\n\nThe 109th plenary meeting will be held on Wednesday, 18 June 2008, at 10 a.m. in the General Assembly Hall (see p. 6).\n";
        assert_eq!(
            places(page),
            [placed("2008-06-18", "General Assembly Hall")]
        );
    }

    #[test]
    fn a_sessions_rooms_listed_are_its_place() {
        let page = "Programme\n\nRegional breakout sessions\nTuesday, 16 April 2024, 3:00 p.m. – 6:00 p.m., Conference Rooms 1, 2 and 3\n\nEach region meets apart.\n";
        assert_eq!(
            places(page),
            [placed("2024-04-16", "Conference Rooms 1, 2 and 3")]
        );
    }

    #[test]
    fn a_comma_after_the_hours_parts_the_name() {
        let page = "HLPF 2024\n\nMonday, 15 July 2024, 10:00 – 13:00, Opening of the ministerial segment\n\nMonday, 15 July 2024, 15:00 – 18:00, Voluntary National Reviews\n\n16 July 2024, 09:00, The Forum will hear statements by ministers.\n";
        assert_eq!(
            starts(page),
            [
                timed("Opening of the ministerial segment", "10:00"),
                timed("Voluntary National Reviews", "15:00")
            ]
        );
    }

    #[test]
    fn a_kicker_with_the_kind_and_days_dates_the_headline_below() {
        let page = "Events and meetings\n\nConference | 3 - 14 June 2024 | Geneva, Switzerland\n112th Session of the International Labour Conference\n\nThe Conference meets in Geneva.\n\nWebinar | 20 June 2024 | 14:00 - 15:30 CEST\nLaunch of the World Employment and Social Outlook\n\nThe ILO presents its projections.\n";
        let records = extract("p.txt", page);
        let got: Vec<_> = records
            .iter()
            .map(|r| (r.title.as_str(), r.location.as_deref(), r.sources[0].line))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "112th Session of the International Labour Conference",
                    Some("Geneva, Switzerland"),
                    4
                ),
                ("Launch of the World Employment and Social Outlook", None, 9)
            ]
        );
    }

    #[test]
    fn a_card_opening_with_its_date_may_have_its_text_past_a_blank_line() {
        let page = "Events\n\nDate: 12 June 2024\nLaunch of report A\n\nText about report A.\n\n\
            Date: 20 June 2024\nVenue: Geneva\nWebinar on topic B\n\nText about webinar B.\n";
        assert_eq!(
            places(page),
            [
                ("2024-06-12".to_string(), None),
                placed("2024-06-20", "Geneva")
            ]
        );
        assert_eq!(
            each(page, |r| r.title),
            ["Launch of report A", "Webinar on topic B"]
        );
        // A link's text or a place below the date names no card.
        for below in ["Register here", "Geneva"] {
            let page = format!(
                "Launch of the report\n\nDate: 12 June 2024\n{below}\n\nThe report presents new data.\n"
            );
            assert_eq!(only_record(&page).title, "Launch of the report", "{below}");
        }
    }

    #[test]
    fn times_alternating_below_titles_on_a_dense_page_are_theirs() {
        // Below a day's card whose text ends it, as IGF's schedule runs.
        let page = "Day 0 - Sunday, 8 October 2023\nYouth Summit\n13:00-15:00 JST | Annex Hall 1\n\
            Young people discuss internet governance.\n\
            Day 1 - Monday, 9 October 2023\nOpening Ceremony\n10:00-11:30 JST | Main Hall\n\
            High-level Leaders Session I\n12:00-13:30 JST | Main Hall\n";
        assert_eq!(
            starts(page),
            [
                timed("Youth Summit", "13:00"),
                timed("Opening Ceremony", "10:00"),
                timed("High-level Leaders Session I", "12:00")
            ]
        );
        // Times first and a title last: each time heads the title below.
        let page = "Monday, 9 October 2023\n10:00-11:30 JST\nOpening Ceremony\n\
            12:00-13:30 JST\nHigh-level Leaders Session I\n";
        assert_eq!(
            starts(page),
            [
                timed("Opening Ceremony", "10:00"),
                timed("High-level Leaders Session I", "12:00")
            ]
        );
    }

    #[test]
    fn a_kicker_with_the_kind_and_days_dates_the_headline_past_a_blank_line() {
        let page = "Events\n\nWebinar | 20 June 2024\n\nLaunch of the report\n\n\
            Join us for the launch of the annual report.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_date.as_str(), r.sources[0].line),
            ("Launch of the report", "2024-06-20", 5)
        );
        // Below a title, the kicker is that title's line, and no headline's.
        let page = "Forum on data\nWebinar | 20 June 2024\n\nLaunch of the report\n\n\
            Join us for the launch of the annual report.\n";
        assert!(
            extract("p.txt", page)
                .iter()
                .all(|r| r.title != "Launch of the report" && r.title != "Webinar")
        );
    }

    #[test]
    fn a_releases_stamp_right_above_its_headline_dates_it() {
        let page = "Meetings Coverage and Press Releases\n\n15 April 2024 | SC/15678\n\
            Security Council Extends Mandate of Panel of Experts on Libya\n\n\
            The Security Council today extended the mandate of the Panel of Experts.\n";
        let r = only_record(page);
        assert_eq!(
            (r.title.as_str(), r.start_date.as_str()),
            (
                "Security Council Extends Mandate of Panel of Experts on Libya",
                "2024-04-15"
            )
        );
    }

    #[test]
    fn a_releases_organ_tag_names_nothing() {
        let head = "Meetings Coverage and Press Releases\n\n15 April 2024\nSecurity Council\n9608th Meeting (AM)\n";
        let story = "Security Council Extends Mandate of Panel of Experts on Libya\n\n\
            The Security Council today extended the mandate of the Panel of Experts.\n";
        // A blank line between the tags and the headline, or none.
        for page in [format!("{head}\n{story}"), format!("{head}{story}")] {
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str()),
                (
                    "Security Council Extends Mandate of Panel of Experts on Libya",
                    "2024-04-15"
                ),
                "{page}"
            );
        }
        assert!(
            is_release_meeting("9608th Meeting (AM)") && is_release_meeting("1st Meeting (Night)")
        );
        assert!(!is_release_meeting("51st meeting") && !is_release_meeting("Meeting (AM)"));
    }

    #[test]
    fn a_quoted_first_sentence_after_the_dateline_dates_the_headline() {
        let page = "Press releases\n\nChildren in Gaza need urgent protection\n\n\
            NEW YORK, 12 June 2024 \u{2013} \"The situation for children in Gaza remains catastrophic.\"\n\n\
            Media contacts\n";
        let r = only_record(page);
        assert_eq!(
            (
                r.title.as_str(),
                r.start_date.as_str(),
                r.location.as_deref()
            ),
            (
                "Children in Gaza need urgent protection",
                "2024-06-12",
                Some("New York")
            )
        );
    }

    #[test]
    fn a_byline_below_the_headline_names_nothing() {
        let story = "Children in Gaza need urgent protection\n\
            Statement by UNICEF Executive Director Catherine Russell\n";
        let text = "NEW YORK, 12 June 2024 \u{2013} The situation for children in Gaza remains catastrophic.\n";
        // With no blank line, as WET text is, or with one.
        for page in [format!("{story}{text}"), format!("{story}\n{text}")] {
            let r = only_record(&page);
            assert_eq!(
                (r.title.as_str(), r.start_date.as_str()),
                ("Children in Gaza need urgent protection", "2024-06-12"),
                "{page}"
            );
        }
    }

    #[test]
    fn a_listings_heading_parts_cards_on_a_page_with_no_blank_line() {
        // The month's heading right above the first card's day.
        let page = "Upcoming events\nNovember 2024\n18 Nov\nWorkshop on climate diplomacy\nOnline\n\
            20-22 Nov\nTraining of trainers on road safety\nGeneva, Switzerland\n\
            December 2024\n2 Dec\nWebinar: Cyber diplomacy for small states\nOnline\n";
        assert_eq!(
            places(page),
            [
                placed("2024-11-18", "Online"),
                placed("2024-11-20", "Geneva, Switzerland"),
                placed("2024-12-02", "Online")
            ]
        );
        // The next heading right below a card's place.
        let page = "Upcoming events\nWorkshop on climate diplomacy\n18 November 2024\nOnline\n\
            Training of trainers on road safety\n20-22 November 2024\nGeneva, Switzerland\n\
            Past events\nWebinar on cyber diplomacy\n2 October 2024\nOnline\n";
        assert_eq!(
            places(page),
            [
                placed("2024-11-18", "Online"),
                placed("2024-11-20", "Geneva, Switzerland"),
                placed("2024-10-02", "Online")
            ]
        );
    }

    #[test]
    fn a_footer_below_the_last_card_leaves_it_its_date() {
        let page = "Related events\nWorkshop on SIDS data partnerships\n20 February 2025\nApia, Samoa\n\
            SIDS Partnership Dialogue\n5 - 6 June 2025\nNew York\nBack to top\nFollow us on\nFacebook\n\
            Contact | Copyright | Fraud Alert | Privacy Notice | Terms of Use\n";
        assert_eq!(
            places(page),
            [
                placed("2025-02-20", "Apia, Samoa"),
                placed("2025-06-05", "New York")
            ]
        );
    }

    #[test]
    fn a_comma_after_the_hours_right_below_a_title_parts_its_venue() {
        let page = "Programme\n\nRegional breakout sessions\n\
            Tuesday, 16 April 2024, 3:00 p.m. \u{2013} 6:00 p.m., Main Building, Level 2\n\n\
            Each region meets apart.\n";
        assert_eq!(
            each(page, |r| (r.title, r.location)),
            [(
                "Regional breakout sessions".to_string(),
                Some("Main Building, Level 2".to_string())
            )]
        );
        // Items listed one below another keep their names.
        let page = "Sessions\nTuesday, 16 April 2024, 10:00, Opening session\n\
            Tuesday, 16 April 2024, 15:00, Closing session\n";
        assert_eq!(
            starts(page),
            [
                timed("Opening session", "10:00"),
                timed("Closing session", "15:00")
            ]
        );
    }
}
