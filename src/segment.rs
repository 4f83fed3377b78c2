//! Line classification: what each line of a page is (a title, an event line,
//! a standalone date, body prose…) before lines are grouped into sections.

use std::ops::Range;
use std::sync::LazyLock;

use nom::combinator::opt;
use nom::sequence::tuple;
use regex::Regex;

use crate::parse::date::DayMonth;
use crate::parse::time::{self, TimeSpan};
use crate::parse::{self, When, date, org, zone};
use crate::places;

/// Lines longer than this are prose, never a title: it also bounds the work
/// spent scanning a line for a trailing date.
pub const MAX_TITLE_BYTES: usize = 320;

/// How far from the end of a title line its date may start: the longest
/// date-time and link text the pages write.
const TRAILING_WINDOW: usize = 200;

/// An event line carries a title and an organizer list after its date; longer
/// lines are paragraphs that open with a date.
pub const MAX_EVENT_BYTES: usize = 2000;

/// A header date found in a line: where it stands, what it says, and where the
/// happening's name stands in the same line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub span: Range<usize>,
    pub when: When,
    pub name: Range<usize>,
    /// Announced by a label (`Date: …`): it belongs to the title above, body or not.
    pub labeled: bool,
    /// The place a date line names after its date (`6-8 March 2024 |
    /// Bangkok, Thailand`).
    pub place: Option<Range<usize>>,
    /// Fields in cells at the end of the line (`… | Organizer: ITU`): each
    /// label and its value's range.
    pub cells: Vec<(Label, Range<usize>)>,
    /// A title's subtitle after its date, with the separator before it
    /// (`: Data for All` of `Webinar (12 May 2024): Data for All`).
    pub subtitle: Option<Range<usize>>,
}

impl Found {
    /// The same finding with its date, place and cells `by` bytes further
    /// on: one found in a line's tail, placed in the whole line. The name is
    /// the caller's to set.
    fn shifted(self, by: usize) -> Found {
        let shift = |r: Range<usize>| r.start + by..r.end + by;
        Found {
            span: shift(self.span),
            place: self.place.map(shift),
            subtitle: self.subtitle.map(shift),
            cells: self.cells.into_iter().map(|(l, r)| (l, shift(r))).collect(),
            ..self
        }
    }
}

/// `(21 September 2021)` alone on its line: a date line in brackets. With
/// its place (`(Geneva, 3-12 June 2009)`) [`classify`] reads it so; a bare
/// day it leaves a note, read as a date line where its place on the page
/// says it is one (see `extract::bracketed_days`).
pub fn bracketed_day(line: &str) -> Option<Kind> {
    let inner = line.strip_prefix('(')?.strip_suffix(')')?;
    match classify(inner) {
        Kind::DateOnly(found) => Some(Kind::DateOnly(Box::new(Found {
            name: line.len()..line.len(),
            ..found.shifted(1)
        }))),
        _ => None,
    }
}

/// `25 – APR`, `26 - APR`: a calendar card's day and month parted by a
/// dash, alone on the line: a date line.
fn dashed_day(line: &str) -> Option<Kind> {
    if line.len() > MAX_DASHED_DAY_BYTES || !line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (day, month) = line.split_once(" – ").or_else(|| line.split_once(" - "))?;
    if day.len() > 2 || !day.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    date::month_number(month)?;
    match classify(&format!("{day} {month}")) {
        Kind::DateOnly(found) => Some(Kind::DateOnly(Box::new(Found {
            span: 0..line.len(),
            name: line.len()..line.len(),
            ..*found
        }))),
        _ => None,
    }
}

/// The longest card day with its dash (`25 – September`).
const MAX_DASHED_DAY_BYTES: usize = 18;

/// What a labelled line (`Time: …`, `Venue: …`, `Organized by …`) gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Time,
    Place,
    Organizers,
    Partners,
    /// The last day (`End date: …`, `Until: …`) of a happening whose first
    /// day a date line gives.
    Until,
    /// The zone of the happening's times (`Time zone: Asia/Bangkok`).
    Zone,
}

/// `text` without the stop or spaces at its end.
fn tail_of(text: &str) -> &str {
    text.trim_end_matches([' ', '.', ';'])
}

/// The prepositions that may lead a place after a date (`…, in the
/// Trusteeship Council Chamber`; French and Spanish `à Genève`, `en
/// Santiago`), and the sign that stands for `at` (`12 June 2024 @ UN
/// Headquarters`).
const PLACE_LEADS: [&str; 7] = ["in the ", "at the ", "in ", "at ", "@ ", "à ", "en "];

/// Where `text[rest]`, the text after a date or time, says the happening
/// is: all of it but separators before, a preposition (`…, at 10 a.m., in
/// the Trusteeship Council Chamber`) and a stop after, when that only names
/// places. The place's range in `text`.
pub fn place_after(text: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let after = text[rest.clone()]
        .trim_start_matches([' ', ',', ';', '|', '-', '–', '—', '•', '·', '●', '/']);
    // `…, Room Popov:` above the item it introduces.
    let tail = tail_of(after).trim_end_matches(':');
    let place = PLACE_LEADS
        .iter()
        .find_map(|p| tail.strip_prefix(p))
        .unwrap_or(tail);
    // `Pacific | (Conference Room 8)`: a room in brackets is the room.
    let (place, close) = match place.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
        Some(inner) => (inner, 1),
        None => (place, 0),
    };
    // `in the General Assembly Hall (see p. 6).`: a bracket the sentence's
    // split left open is a note cut short, not the place's.
    let open_note = place
        .rfind(" (")
        .filter(|&k| !place[k..].contains(')'))
        .map_or(0, |k| place.len() - k);
    let place = &place[..place.len() - open_note];
    let end = rest.end - after.len() + tail.len() - close - open_note;
    (places::only_places(place) || places::is_street_address(place))
        .then_some(end - place.len()..end)
}

/// The most words of a venue's name after a time (`Economic and Social
/// Council Chamber`), up to its address's first comma (`Room XXVI, Palais
/// des Nations, Switzerland`).
const MAX_VENUE_WORDS: usize = 5;

/// `3 days`: a duration counted in days, their number.
pub fn days_of(value: &str) -> Option<u32> {
    let (n, unit) = value.trim_end_matches('.').split_once(' ')?;
    matches!(unit, "days" | "day").then(|| n.parse().ok())?
}

/// `Type: Conference`: a card's field, its key among the first words.
fn is_field(line: &str) -> bool {
    let head = &line.as_bytes()[..line.len().min(24)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    // `Website: https://…` is no sentence for the colon before its address.
    (!is_prose(line) || crate::text::is_web_address(line[colon + 1..].trim_start()))
        && FIELD.is_match(line)
}

/// `Type: Conference`, `Moderator: …`, `NGO CSocD Facilitator: …`: a card's
/// field that names no happening.
pub fn is_card_field(line: &str) -> bool {
    starts_with_any(line, b"acdefiklmoprstuvw") && is_field(line) || is_role_field(line)
}

/// `NGO CSocD Facilitator: Angela Reed`, `Youth Panel Moderator: …`: the
/// people of a role, named after a few words (a field of the [`FIELD`]
/// kind that other words lead).
fn is_role_field(line: &str) -> bool {
    const ROLES: [&str; 3] = ["facilitator", "moderator", "speaker"];
    let head = &line.as_bytes()[..line.len().min(40)];
    let Some(colon) = memchr::memchr(b':', head) else {
        return false;
    };
    let Some((lead, role)) = line[..colon].rsplit_once(' ') else {
        return false;
    };
    let role = role.strip_suffix('s').unwrap_or(role);
    ROLES.iter().any(|r| role.eq_ignore_ascii_case(r))
        && line[colon + 1..].starts_with(' ')
        && lead.split(' ').count() <= 3
}

/// A page item's type or topic (`News`, `Press release`, `Human Rights`):
/// short, so tested on few lines.
pub fn is_item_type(text: &str) -> bool {
    text.len() <= 32 && ITEM_TYPE.is_match(text)
}

/// `Upcoming events`, `Daily schedule`, `ITU Events`, `Economic and Social
/// Council Meetings Coverage` (no heading of the kind is longer; past 32
/// bytes, only an organ's coverage or an officer's schedule is, which its
/// last letters tell).
fn is_listing_heading(text: &str) -> bool {
    let coverage = || {
        let b = text.as_bytes();
        b.ends_with(b"overage") || b.ends_with(b"eleases") || b.ends_with(b"chedule")
    };
    (text.len() <= 32 || text.len() <= 48 && coverage()) && LISTING_HEADING.is_match(text)
}

/// `Upcoming Press Conferences`, `Forthcoming events`: a listing of what is
/// to come, whose days are no publication dates.
pub fn lists_upcoming(heading: &str) -> bool {
    starts_with_word(heading, &["upcoming", "forthcoming"]) && is_listing_heading(heading)
}

/// `Media Alert for`, `Schedule for`, `Upcoming events for`: a listing's
/// heading before the day it lists.
fn is_listing_for(name: &str) -> bool {
    name.strip_suffix(" for").is_some_and(|listing| {
        is_listing_heading(listing)
            || ["media alert", "media advisory"]
                .iter()
                .any(|a| listing.eq_ignore_ascii_case(a))
    })
}

/// A cell that only says what kind of item follows (`Webinar | Youth and
/// peacebuilding`, `News | …`): no part of the name.
pub fn is_type_cell(cell: &str) -> bool {
    const EVENT_TYPES: &[&str] = &[
        "webinar",
        "workshop",
        "expert group meeting",
        "side event",
        "special event",
        "high-level event",
        "virtual event",
        "event",
        "meeting",
        "conference",
        "seminar",
        "training",
        "course",
        "panel",
        "briefing",
    ];
    let singular = cell.strip_suffix('s').unwrap_or(cell);
    EVENT_TYPES
        .iter()
        .any(|t| t.eq_ignore_ascii_case(cell) || t.eq_ignore_ascii_case(singular))
        || is_item_type(cell)
}

/// `SG/SM/22001`, `Press Release | SG/SM/22001`, `SC/15678`: a release's
/// symbol, with its type or not, beside its date: a stamp, no name.
fn is_stamp_tag(name: &str) -> bool {
    let symbol = |cell: &str| is_document_symbol(cell) || is_release_symbol(cell);
    // A symbol has slashes: most names are settled by a byte search.
    memchr::memchr(b'/', name.as_bytes()).is_some()
        && name.split(" | ").any(symbol)
        && name
            .split(" | ")
            .all(|cell| symbol(cell) || is_item_type(cell))
}

/// `SC/15678`, `GA/12596`: a press release's symbol, its organ's letters
/// and its number (a document's symbol has more parts, `A/78/123`).
fn is_release_symbol(cell: &str) -> bool {
    crate::text::is_lettered_number(cell, '/', 1..=6, 3..=6)
}

/// `By invitation only`, `Open meeting`: who may attend, in a date line's
/// cell; it names no happening.
pub fn is_access_note(cell: &str) -> bool {
    const ACCESS: [&str; 9] = [
        "by invitation only",
        "invitation only",
        "open meeting",
        "closed meeting",
        "private meeting",
        "public meeting",
        "open to the public",
        "open to all",
        "public event",
    ];
    ACCESS.iter().any(|a| cell.eq_ignore_ascii_case(a))
}

/// A link's text alone on a line (`Register now`, `Read more »`): it names
/// no happening. It stays a title-like line, as it ends the block above.
pub fn is_call_to_action(line: &str) -> bool {
    line.len() <= 32 && CALL_TO_ACTION.is_match(line)
}

/// A link's text (`Register now`), also one to download, hear or watch
/// something (`Download the concept note (PDF, 250 KB)`, `Listen to the
/// interview (5 min)`): it names no happening.
pub fn is_link_text(line: &str) -> bool {
    is_call_to_action(line)
        || line.len() <= MAX_LINK_BYTES
            && (starts_with_word(
                line,
                &["download ", "listen to ", "watch ", "view ", "read "],
            ) && LINK_LINE.is_match(line)
                || is_placeholder(line)
                || is_named_link(line))
        || leads_to_address(line)
}

/// A document host's viewer above a PDF's text: `Size: px`, `Start display
/// at page:`, and its button to download the PDF, its name in quotes
/// (`Download "Report of the High-Level Committee …"`).
fn is_document_viewer(line: &str) -> bool {
    matches!(line, "Size: px" | "Start display at page:")
        || line
            .strip_prefix("Download \"")
            .is_some_and(|name| name.ends_with('"') && !name[..name.len() - 1].contains('"'))
}

/// `Distr.: For participants only (13/05/2019)`, `Distr.: General`: a UN
/// document's distribution note, dated when the document was issued.
/// `Document: WSIS-05/TUNIS/DOC/6(Rev.1)-E` and `ORIGINAL: ENGLISH`: the same
/// masthead's symbol and language.
fn is_masthead_field(line: &str) -> bool {
    const LANGUAGES: [&str; 6] = [
        "English", "French", "Spanish", "Arabic", "Chinese", "Russian",
    ];
    let original = line
        .get(..10)
        .is_some_and(|head| head.eq_ignore_ascii_case("original: "))
        && line[10..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| LANGUAGES.iter().any(|l| l.eq_ignore_ascii_case(word)));
    line.starts_with("Distr.")
        || original
        || line
            .strip_prefix("Document: ")
            .is_some_and(|symbol| !symbol.contains(' ') && symbol.contains('/'))
}

/// `LUNCH BREAK`, `Coffee break` alone on a line: a schedule's slot with no
/// happening of its own, as after a time (see [`BREAK`]). Only a line that
/// ends in `break` is tested: most lines skip the regex.
fn is_break_slot(line: &str) -> bool {
    const MAX_WORDS: usize = 3;
    let b = line.as_bytes();
    b.len() >= 5
        && b[b.len() - 5..].eq_ignore_ascii_case(b"break")
        && line.splitn(MAX_WORDS + 1, ' ').count() <= MAX_WORDS
        && BREAK.is_match(line)
}

/// `ACCESSIBILITY AT UNOG A A A A The United Nations in the Heart of
/// Europe`: a site's banner with its buttons that size the text, a letter
/// each.
fn has_text_size_buttons(line: &str) -> bool {
    // Built once: a finder built for each of millions of lines costs more
    // than its search.
    static BUTTONS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" A A A "));
    BUTTONS.find(line.as_bytes()).is_some()
}

/// `Source: International Atomic Energy Agency – IAEA`, `Official Source:
/// La República Newspaper`: a syndicated story's credit, which heads nothing.
fn is_source_credit(line: &str) -> bool {
    let line = ["Official ", "Original "]
        .iter()
        .find_map(|w| line.strip_prefix(w))
        .unwrap_or(line);
    line.strip_prefix("Source: ")
        .is_some_and(|who| who.starts_with(char::is_uppercase))
}

/// `Join the conversation on https://…`, `Livestream: www.un.org/live`: a
/// few words, then the web address they lead to.
fn leads_to_address(line: &str) -> bool {
    const MAX_WORDS: usize = 6;
    line.rsplit_once(' ').is_some_and(|(words, last)| {
        crate::text::is_web_address(last) && words.split(' ').count() <= MAX_WORDS
    })
}

/// `Zoom link`, `Registration link`: what a link leads to, then `link`.
fn is_named_link(line: &str) -> bool {
    const LEADS_TO: [&str; 8] = [
        "zoom",
        "webex",
        "teams",
        "meeting",
        "webinar",
        "event",
        "registration",
        "livestream",
    ];
    // Byte tests first: most lines end otherwise.
    let Some(to) = line
        .strip_suffix(" link")
        .or_else(|| line.strip_suffix(" Link"))
    else {
        return false;
    };
    LEADS_TO.iter().any(|w| to.eq_ignore_ascii_case(w))
}

/// `Concert programme (available soon)`: a link to come.
fn is_placeholder(line: &str) -> bool {
    line.strip_suffix(')')
        .and_then(|l| l.rsplit_once(" ("))
        .is_some_and(|(_, note)| {
            ["available soon", "coming soon", "forthcoming", "to come"]
                .iter()
                .any(|n| note.eq_ignore_ascii_case(n))
        })
}

/// `Download the UN News App for your iOS or Android devices.`, `Subscribe
/// to our newsletter`: the site's call to its app or mailing list, below
/// any page's text.
fn is_promotion(line: &str) -> bool {
    static PROMOTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            // ASCII words: a repeated class of every character builds slowly.
            r"(?i)^(?:(?:download|get|install) (?:the |our )?(?:[a-zA-Z0-9-]+ ){0,3}(?:mobile )?app|",
            r"(?:subscribe|sign up|register) (?:to|for) (?:our |the )?(?:[a-zA-Z0-9-]+ ){0,3}(?:newsletters?|mailing list))",
            r"(?-u:\b)"
        ))
        .expect("valid regex")
    });
    // Its first word tells most lines apart without the pattern.
    const VERBS: [&str; 6] = [
        "download ",
        "get ",
        "install ",
        "subscribe ",
        "sign up ",
        "register ",
    ];
    line.len() <= MAX_PROMOTION_BYTES && starts_with_word(line, &VERBS) && PROMOTION.is_match(line)
}

/// The longest line read as the site's call to its app or mailing list.
const MAX_PROMOTION_BYTES: usize = 90;

/// `Share this:`, `Share on Facebook Share on X`, or a picture's credit
/// (`© UNICEF/UN0123456/Smith`).
fn is_share_or_credit(line: &str) -> bool {
    // `[UNESCO HQ] Photo © UNESCO/Michel Ravassard.`: a caption's credit
    // holds the sign anywhere.
    line.len() <= MAX_CREDIT_BYTES && line.contains('©')
        || line.len() <= MAX_LINK_BYTES
            && (line.starts_with('©')
                || line
                    .get(..5)
                    .is_some_and(|w| w.eq_ignore_ascii_case("share"))
                    && SHARE.is_match(line))
}

/// `Banner_CSO consultations`: an image's name or alternative text (its
/// file's name, words joined by underscores), no title. So is a short
/// text that says what a picture is for (`Photo for Commission`), or a
/// web page's name for its picture's place (`Hero image`), or a logo's or
/// banner's text in capitalized words (`ECLAC's 39 Session logo`, `Banner
/// PSES 37 ENG`; `Launch of the new logo` is a name).
fn is_image_name(line: &str) -> bool {
    const PICTURES: [&str; 3] = ["image", "photo", "picture"];
    const SLOTS: [&str; 7] = [
        "hero",
        "banner",
        "featured",
        "header",
        "cover",
        "teaser",
        "thumbnail",
    ];
    let first = &line.as_bytes()[..memchr::memchr(b' ', line.as_bytes()).unwrap_or(line.len())];
    memchr::memchr(b'_', first).is_some() && line.starts_with(char::is_alphabetic)
        || FOR.iter().any(|f| line.starts_with(f)) && line.split(' ').count() <= MAX_ALT_WORDS
        // Short: most lines are settled by their length.
        || line.len() <= MAX_SLOT_BYTES && line.split_once(' ').is_some_and(|(slot, image)| {
            PICTURES.iter().any(|i| image.eq_ignore_ascii_case(i))
                && SLOTS.iter().any(|s| slot.eq_ignore_ascii_case(s))
                // `Image Title`, `Photo caption`: the label of a picture's
                // field, left where its text was not scraped.
                || PICTURES.iter().any(|i| slot.eq_ignore_ascii_case(i))
                    && ["title", "caption", "description"]
                        .iter()
                        .any(|f| image.eq_ignore_ascii_case(f))
        })
        || is_logo_or_banner(line)
}

/// `ECLAC's 39 Session logo`, `Banner PSES 37 ENG`, `COVID-19: What's Next
/// Banner`: `logo` or `banner` last or `Banner` first, every other word
/// capitalized or a number.
fn is_logo_or_banner(line: &str) -> bool {
    let rest = line
        .strip_suffix(" logo")
        .or_else(|| line.strip_suffix(" Logo"))
        .or_else(|| line.strip_suffix(" banner"))
        .or_else(|| line.strip_suffix(" Banner"))
        .or_else(|| line.strip_prefix("Banner "));
    rest.is_some_and(|rest| {
        line.split(' ').count() <= MAX_ALT_WORDS
            && rest
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    })
}

/// How a picture's text says what it is for (`Photo for Commission`).
const FOR: [&str; 5] = [
    "Photo for ",
    "Image for ",
    "Picture for ",
    "Flyer for ",
    "Poster for ",
];

/// `Flyer for HLPF parallel event on Climate AnxietyResponding to Climate
/// Anxiety: …`: a picture's text run into the title after it, a capital
/// right after a word's small letters where they meet (`JCoR`, `CSocD`
/// and `McKinsey` hold capitals among two small letters or fewer), or
/// after an acronym's plural (`… on Localizing SDGsLocalizing the …`).
/// Where the title starts.
pub fn glued_alt_text(line: &str) -> Option<usize> {
    let prefix = FOR.iter().find(|f| line.starts_with(*f))?;
    let b = line.as_bytes();
    (prefix.len() + 3..b.len()).find(|&k| {
        b[k].is_ascii_uppercase()
            && (b[k - 3..k].iter().all(u8::is_ascii_lowercase)
                || b[k - 1] == b's' && b[k - 3..k - 1].iter().all(u8::is_ascii_uppercase))
    })
}

/// The longest name of a picture's slot (`Thumbnail picture`).
const MAX_SLOT_BYTES: usize = 17;

/// The most words of a picture's alternative text read as such.
const MAX_ALT_WORDS: usize = 6;

/// `The General Assembly The General Assembly`: a picture's alternative
/// text and its caption run together, the same words twice (short, as
/// titles are: a page of one sentence repeated is text).
fn is_said_twice(line: &str) -> bool {
    let half = line.len() / 2;
    line.len() <= MAX_TITLE_BYTES
        && line.len() % 2 == 1
        && line.as_bytes()[half] == b' '
        && line[..half].contains(' ')
        && line[..half] == line[half + 1..]
}

/// `Opening of the 63rd Session … on 11 March, 2019 in New York. Photo: UN
/// Women/Ryan Brown`: a picture's caption, its credit after its sentence.
/// So is a news picture's, its credit in brackets at its end: `… parked in
/// the ITDC Nusa Dua Central Parking area, Badung, Bali, Monday
/// (8/26/2024). … (ANTARA/Fikri Yusuf)`.
fn is_credited_caption(line: &str) -> bool {
    const CREDIT: &[u8] = b". Photo: ";
    // The credit is short: only the line's last bytes are searched.
    let tail = line.len().saturating_sub(MAX_CREDIT_BYTES + CREDIT.len());
    // An agency's credit holds a slash: most lines lack one and skip the search.
    line.len() > MAX_CREDIT_BYTES
        && memchr::memchr(b'/', &line.as_bytes()[tail..]).is_some()
        && (memchr::memmem::rfind(&line.as_bytes()[tail..], CREDIT)
            .is_some_and(|k| line.as_bytes()[tail + k + CREDIT.len()..].contains(&b'/'))
            || ends_in_bracketed_credit(line))
}

/// `(ANTARA/Fikri Yusuf)`, `(UN Photo/Mark Garten)`: an agency, a slash and
/// a name of two to four capitalized words, in brackets ending the line
/// (not a pair of bodies, `(UNDP/UNEP)`).
fn ends_in_bracketed_credit(line: &str) -> bool {
    let Some(inner) = line.trim_end_matches('.').strip_suffix(')') else {
        return false;
    };
    let Some((agency, name)) = inner.rsplit_once('(').and_then(|(_, c)| c.split_once('/')) else {
        return false;
    };
    let mut words = name.split(' ');
    agency.starts_with(|c: char| c.is_uppercase())
        && (2..=4).contains(&words.clone().count())
        && words.all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains('/'))
}

/// `2 min read`, `access_time 5 minute read`: a news page's reading time,
/// beside its publication stamp.
pub fn is_reading_time(line: &str) -> bool {
    line.len() <= MAX_READING_TIME
        && ["min read", "mins read", "minute read", "minutes read"]
            .iter()
            .any(|end| {
                line.strip_suffix(end).is_some_and(|n| {
                    n.trim_end()
                        .rsplit(' ')
                        .next()
                        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                })
            })
}

/// The longest reading time's line (with an icon's name before it).
const MAX_READING_TIME: usize = 32;

/// `Live streamed on UN Webcast`, `Webcast live on UN Web TV`: how the
/// happening is broadcast, below its date and place; no title.
fn is_broadcast_note(line: &str) -> bool {
    const NOTES: [&str; 7] = [
        "live streamed ",
        "live-streamed ",
        "livestreamed ",
        "streamed live ",
        "webcast live ",
        "broadcast live ",
        "live webcast ",
    ];
    line.len() <= MAX_BROADCAST_NOTE
        && NOTES.iter().any(|n| {
            starts_with_word(line, &[n])
                && ["on ", "via ", "at "]
                    .iter()
                    .any(|p| line[n.len()..].starts_with(p))
        })
}

/// The longest note on how a happening is broadcast.
const MAX_BROADCAST_NOTE: usize = 48;

/// `Your Majesty, Queen Máxima`, `Excellencies, Ladies and Gentlemen`,
/// `Distinguished delegates,`: a speech's salutation, no title.
pub fn is_salutation(line: &str) -> bool {
    const OPENINGS: [&str; 8] = [
        "your majesty",
        "your excellenc",
        "your royal highness",
        "excellencies",
        "excellency",
        "ladies and gentlemen",
        "distinguished delegates",
        "distinguished guests",
    ];
    line.len() <= MAX_SALUTATION && starts_with_word(line, &OPENINGS)
}

/// The longest salutation line.
const MAX_SALUTATION: usize = 80;

/// `Mr Jovan Kurbalija, Diplo Foundation`, `H.E. Ms. Anna Berg, Minister of
/// Trade`: a person by title and name (two words or more: `Mr. President,
/// I thank you.` opens a speech), then a role, as a statement's
/// salutations or a list of speakers write them; no happening's name. (A
/// wrapped paragraph's line may read so too: asked after lines are joined.)
pub fn is_person_line(line: &str) -> bool {
    let Some(titled) = HONORIFICS.iter().find_map(|h| line.strip_prefix(h)) else {
        return is_speaker_line(line) || is_office_and_name(line);
    };
    let Some((mut name, _)) = titled.split_once(", ") else {
        return false;
    };
    // `H.E. Ms. Anna Berg`: titles stack.
    while let Some(rest) = HONORIFICS.iter().find_map(|h| name.strip_prefix(h)) {
        name = rest;
    }
    name.split(' ').count() >= 2 && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// The titles before a person's name.
pub const HONORIFICS: [&str; 16] = [
    "His Excellency ",
    "Her Excellency ",
    "Mr ",
    "Mr. ",
    "Ms ",
    "Ms. ",
    "Mrs ",
    "Mrs. ",
    "Dr ",
    "Dr. ",
    "H.E. ",
    "HE ",
    "Prof. ",
    "Prof ",
    "Amb. ",
    "Ambassador ",
];

/// `ITU Secretary-General Doreen Bogdan-Martin`, `Deputy Secretary-General
/// Amina Mohammed` below a speech's title: the speaker's office (maybe after
/// an organization's acronym), then a name of two to four words and nothing
/// else; `Secretary-General Video Message` names what was said, no one.
fn is_office_and_name(line: &str) -> bool {
    const SAID: [&str; 6] = [
        "Message",
        "Remarks",
        "Statement",
        "Speech",
        "Address",
        "Video",
    ];
    if line.len() > MAX_SPEAKER_BYTES {
        return false;
    }
    // Most titles fail on their first word: neither an office nor what may
    // stand before one.
    let mut words = line.split(' ');
    for before in 0.. {
        let Some(w) = words.next() else {
            return false;
        };
        if OFFICES.contains(&w) {
            break;
        }
        let qualifies = w == "Deputy" || w.len() <= 6 && w.bytes().all(|b| b.is_ascii_uppercase());
        if before == 2 || !qualifies {
            return false;
        }
    }
    let mut name = 0;
    for w in words {
        let in_name = w.starts_with(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && !HAPPENING_WORDS.contains(&w)
            && !SAID.contains(&w);
        if !in_name {
            return false;
        }
        name += 1;
    }
    (2..=4).contains(&name)
}

/// The longest line of a speaker's office and name.
const MAX_SPEAKER_BYTES: usize = 64;

/// The word that names a speaker's office (`ITU Secretary-General`,
/// `Executive Director of UNAIDS`, `Minister for Digital Transformation`).
const OFFICES: [&str; 14] = [
    "Secretary-General",
    "Director",
    "Director-General",
    "President",
    "Vice-President",
    "Minister",
    "Ambassador",
    "Chair",
    "Chairperson",
    "Envoy",
    "Commissioner",
    "Administrator",
    "Rapporteur",
    "CEO",
];

/// `Doreen Bogdan-Martin, ITU Secretary-General`: a speech's speaker below
/// its title, with no honorific: a name of two to four capitalized words
/// that names no happening, then an office.
fn is_speaker_line(line: &str) -> bool {
    // The name before the first comma (a byte search: a string pattern
    // builds a searcher), then the office: ending the line, or opening the
    // role after the name (`Emilija Stojmenova Duh, Minister for Digital
    // Transformation, Slovenia`).
    let Some(comma) = memchr::memchr(b',', line.as_bytes()) else {
        return false;
    };
    let Some(role) = line[comma + 1..].strip_prefix(' ') else {
        return false;
    };
    let office_last = line
        .rsplit(' ')
        .next()
        .is_some_and(|w| OFFICES.contains(&w));
    let office_first = || {
        let mut words = role.split([' ', ',']);
        let first = words.next().filter(|w| !OFFICE_QUALIFIERS.contains(w));
        first
            .or_else(|| words.next())
            .is_some_and(|w| OFFICES.contains(&w))
    };
    let name = &line[..comma];
    let words = name.split(' ').count();
    // `By Yu Ping Chan, …`: a post's byline, which dates the post.
    (office_last || office_first())
        && !name.starts_with("By ")
        && (2..=4).contains(&words)
        && name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && !HAPPENING_WORDS.contains(&w))
}

/// Words before an office in a role (`Deputy Director`, `Special Envoy`).
const OFFICE_QUALIFIERS: [&str; 8] = [
    "Deputy",
    "Assistant",
    "Executive",
    "Special",
    "Vice",
    "Permanent",
    "Chief",
    "Regional",
];

/// `Hackathon`, `COP29`: one word that may name a happening when its date
/// line follows it; not a listing's heading (`Events`), an item's type
/// (`News`), a field's label, a day or a month, or the page's buttons.
pub fn may_name_alone(word: &str) -> bool {
    // The page's buttons and the headings of its parts, and the marks of a
    // name not given yet.
    const CHROME: &str = concat!(
        "Home Menu Search Share Print Email Facebook Twitter LinkedIn Instagram YouTube ",
        "Back Next Previous More Contact Contacts About Login Register Subscribe Agenda ",
        "Overview Documents Resources Summary Introduction Details Description Outcome ",
        "Outcomes Highlights Recap Transcript Participants Speakers Moderator Partners ",
        "Organizers Sponsors Downloads TBD TBC TBA"
    );
    (3..=MAX_ONE_WORD_NAME).contains(&word.len())
        && word.starts_with(char::is_uppercase)
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '+'))
        && !CHROME.split(' ').any(|w| w.eq_ignore_ascii_case(word))
        && !date::is_date_word(word)
        && !LISTING_HEADING.is_match(word)
        && !KICKER.is_match(word)
        && !is_bare_label(word)
}

/// The longest word read as a name (`Transformationsforum`).
const MAX_ONE_WORD_NAME: usize = 30;

/// The most words of a line that gives a contact (`For more information,
/// please contact Ms. Jane Doe at jane.doe@un.org.`).
const MAX_CONTACT_WORDS: usize = 15;

/// `Tram Nguyen (Ms), t.nguyen@unesco.org`: a contact, never a title.
fn has_email(line: &str) -> bool {
    // `Ph: +1 646 781-4522; Email: name[at]unwomen.org`: a contact's
    // fields, its address hidden from robots.
    // Each field's label is the word before a colon: most lines hold none.
    let contact_field = memchr::memchr_iter(b':', line.as_bytes()).any(|k| {
        let label = &line[memchr::memrchr(b' ', &line.as_bytes()[..k]).map_or(0, |s| s + 1)..k];
        line[k + 1..].starts_with(' ')
            && k > label.len()
            && ["Email", "E-mail", "Tel", "Tel.", "Phone", "Ph"].contains(&label)
    });
    if contact_field {
        return true;
    }
    let is_part = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
    let address = |user: &str, host: &str| {
        let user = user
            .rsplit(|c: char| !is_part(c))
            .next()
            .unwrap_or_default();
        let host = host.split(|c: char| !is_part(c)).next().unwrap_or_default();
        !user.is_empty() && host.trim_end_matches('.').contains('.')
    };
    memchr::memchr_iter(b'@', line.as_bytes()).any(|k| address(&line[..k], &line[k + 1..]))
        // A mail archive's sender, `Krone, Elizabeth C elizabeth_krone at
        // fws.gov`: the address written out, its user's name in small
        // letters with a mark between its words. Such a line is short:
        // a paragraph is not searched.
        || line.len() <= MAX_SENDER_BYTES
            && memchr::memmem::find_iter(line.as_bytes(), b" at ").any(|k| {
            let user = line[..k].rsplit(' ').next().unwrap_or_default();
            user.contains(['_', '.'])
                && !user.contains(|c: char| c.is_ascii_uppercase())
                && address(user, &line[k + 4..])
        })
}

/// The longest line read as a mail archive's sender (see [`has_email`]).
const MAX_SENDER_BYTES: usize = 100;

/// `Home › Events › Launch of the Survey`, `You are here: Home / News`: the
/// page's trail of links; its last crumb repeats the headline below.
/// A trail in another language (`Главная » Библиотека » Human Rights »
/// …`) has its arrows twice or more, after a short first crumb.
fn is_breadcrumb(line: &str) -> bool {
    let trail = line.strip_prefix("You are here: ").unwrap_or(line);
    // `»` and `›` end in bytes 0xBB and 0xBA, which most lines lack: one
    // byte search settles those before the arrows are counted.
    let arrows = || {
        memchr::memchr2(0xBB, 0xBA, trail.as_bytes()).is_some()
            && [" » ", " › "].iter().any(|arrow| {
                let mut crumbs = trail.split(arrow);
                crumbs
                    .next()
                    .is_some_and(|home| home.len() <= MAX_HOME_CRUMB)
                    && crumbs.count() >= 2
            })
    };
    trail
        .strip_prefix("Home ")
        .is_some_and(|rest| rest.starts_with(['›', '>', '»', '/', '|', '→']))
        || arrows()
}

/// The longest first crumb of a trail (`Home`, `Главная`, `Accueil`).
const MAX_HOME_CRUMB: usize = 24;

/// The longest line read as a link's text.
const MAX_LINK_BYTES: usize = 80;

/// A field's label alone on its line (`Date`, `Location:`, `Start date`),
/// its value below.
pub fn is_bare_label(line: &str) -> bool {
    is_nameless_field(line)
        || line.len() <= MAX_BARE_LABEL_BYTES
            && starts_with_any(line, b"dtwvlohpseucrmf")
            && BARE_LABEL.is_match(line)
}

/// A label alone whose value titles nothing (`Contact`, `Format`, `Focal
/// Point`): its value may stand past a blank line.
pub fn is_nameless_field(line: &str) -> bool {
    line.len() <= MAX_BARE_LABEL_BYTES
        && starts_with_any(line, b"teclfpv")
        && NAMELESS_FIELD.is_match(line)
}

/// The longest label alone on its line (`Co-organized jointly by:`).
const MAX_BARE_LABEL_BYTES: usize = 24;

/// `(TD/B(S-XXIII)/INF.1) - 16/05/2006 - 15 Pages - 109 KB`: a document in
/// a page's list of documents, its size last; or the list's sorting links.
fn is_document_entry(line: &str) -> bool {
    // `Sort by: Symbol | Title | Date`: the list's sorting links above it.
    if starts_with_word(line, &["sort by", "order by", "filter by"]) {
        return true;
    }
    let Some(number) = line
        .strip_suffix(" KB")
        .or_else(|| line.strip_suffix(" MB"))
        .or_else(|| line.strip_suffix(" kB"))
    else {
        return false;
    };
    number
        .rsplit(' ')
        .next()
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
}

/// `Department of Public Information • News and Media Division • New York`:
/// a release's masthead, the office that issued it and its city, parted by
/// bullets or spaced stops.
fn is_masthead(line: &str) -> bool {
    // The last separator is found by a byte search from the end: most lines
    // have no stop, or end with theirs.
    let b = line.as_bytes();
    let Some(k) = memchr::memrchr2(b'.', 0xA2, b) else {
        return false;
    };
    let sep = if b[k] == b'.' { " . " } else { " • " };
    // `•` is three bytes, its last at `k`.
    let start = if b[k] == b'.' { k } else { k.saturating_sub(2) };
    if !(line.is_char_boundary(start.saturating_sub(1))
        && line[start.saturating_sub(1)..].starts_with(sep))
    {
        return false;
    }
    let parts: Vec<&str> = line.split(sep).collect();
    parts.len() >= 3
        && parts.iter().all(|p| p.len() <= MAX_MASTHEAD_PART_BYTES)
        && parts.last().is_some_and(|city| places::only_places(city))
}

/// The longest part of a masthead (`News and Media Division`).
const MAX_MASTHEAD_PART_BYTES: usize = 48;

/// `By UN Women Innovation Unit` below an event platform's blurb: who
/// posted the page, a credit in capitals with no comma (a post's byline,
/// `By Yu Ping Chan, Senior Programme Officer`, names a person and an
/// office, and stays the line a post's date goes with).
fn is_credit_line(line: &str) -> bool {
    line.strip_prefix("By ").is_some_and(|who| {
        !who.contains(',')
            && who.split(' ').count() <= MAX_CREDIT_WORDS
            && who
                .split(' ')
                .all(|w| w.starts_with(|c: char| c.is_uppercase()) || w.len() <= 3)
    })
}

/// The most words of a credit's name.
const MAX_CREDIT_WORDS: usize = 8;

/// `Submitted by Efua Halm on`, a blog's byline whose date the scrape put
/// on a line of its own (or lost): who posted the page, no title.
fn is_submitter_line(line: &str) -> bool {
    ["Submitted by ", "Posted by "]
        .iter()
        .any(|by| line.starts_with(by))
        && line.split(' ').count() <= MAX_SUBMITTER_WORDS
}

/// The most words of a byline: `Submitted by`, a credit's name and `on`.
const MAX_SUBMITTER_WORDS: usize = MAX_CREDIT_WORDS + 3;

/// `Co-sponsored by the European Space Agency (ESA)`, `Brought to you by
/// UNEP and FAO`: who backs or presents the happening, whom the contract
/// counts neither organizers nor partners: a field, no title.
fn is_sponsor_line(line: &str) -> bool {
    starts_with_any(line, b"csbpa")
        && (starts_with_word(
            line,
            &["co-sponsored by ", "cosponsored by ", "sponsored by "],
        ) || starts_with_word(
            line,
            &[
                "brought to you by ",
                "presented by ",
                "powered by ",
                "an event by ",
            ],
        )
            // `Presented by UNCTAD, the report shows …` is a sentence.
            && !line.contains(", the ")
            && line.split(' ').count() <= MAX_PRESENTER_WORDS)
}

/// The most words of a line that says who presents the happening.
const MAX_PRESENTER_WORDS: usize = 12;

/// `Français | Español | Русский | عربي | 中文`: the links to a page's or a
/// document's versions in other languages.
fn is_language_bar(line: &str) -> bool {
    const LANGUAGES: [&str; 14] = [
        "English",
        "Français",
        "French",
        "Español",
        "Spanish",
        "Русский",
        "Russian",
        "عربي",
        "العربية",
        "Arabic",
        "中文",
        "Chinese",
        "Português",
        "Portuguese",
    ];
    // `Available in: EnglishEspañol`: the bar after its label, its links
    // run together by the scrape (`Read in: Arabic`).
    if let Some(rest) = line
        .strip_prefix("Available in:")
        .or_else(|| line.strip_prefix("Read in:"))
    {
        let rest = rest.trim_start();
        return line.len() <= MAX_LANGUAGE_BAR_BYTES
            && LANGUAGES.iter().any(|l| rest.starts_with(l));
    }
    // The first cell's test (its first byte first) settles most lines
    // before the split, whose searcher costs more.
    let first = line.as_bytes().first();
    line.len() <= MAX_LANGUAGE_BAR_BYTES
        && LANGUAGES
            .iter()
            .any(|l| l.as_bytes().first() == first && line.starts_with(l))
        && line.contains(" | ")
        && line.split(" | ").all(|c| LANGUAGES.contains(&c.trim()))
}

const MAX_LANGUAGE_BAR_BYTES: usize = 120;

/// `Contact | Copyright | Fraud Alert | Privacy Notice | Terms of Use`: a
/// footer's links in cells, most of them the page's chrome.
fn is_footer_bar(line: &str) -> bool {
    if line.len() > MAX_FOOTER_BAR_BYTES || first_bar(line).is_none() {
        return false;
    }
    let cells: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let chrome = cells.iter().filter(|c| is_part_heading(c)).count();
    cells.len() >= MIN_FOOTER_CELLS
        && 2 * chrome > cells.len()
        && cells.iter().all(|c| {
            c.split(' ').count() <= MAX_FOOTER_CELL_WORDS
                && !c.contains(|ch: char| ch.is_ascii_digit())
        })
}

const MAX_FOOTER_BAR_BYTES: usize = 160;
/// The fewest cells of a footer's bar, and the most words of one.
const MIN_FOOTER_CELLS: usize = 3;
const MAX_FOOTER_CELL_WORDS: usize = 4;

/// `1-6 of 6`, `Showing 1 - 10 of 45 results`, `Page 2 of 5`: a listing's
/// pager, no name.
fn is_pager(line: &str) -> bool {
    line.len() <= MAX_PAGER_BYTES && line.contains(" of ") && PAGER.is_match(line)
}

const MAX_PAGER_BYTES: usize = 40;
static PAGER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:showing |page |results )?\d+(?: ?[-–] ?\d+)? of \d+",
        r"(?: (?:results|items|events|entries|pages))?$",
    ))
    .expect("valid regex")
});

/// `Session 323`: a programme's number for a session, above its date; no
/// name.
fn is_session_id(line: &str) -> bool {
    line.strip_prefix("Session ")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `ITU, UNESCO, UNDP, UNCTAD`: a session's organizers by their acronyms,
/// listed on their own line (maybe with their partners: `…, UNESCWA, in
/// collaboration with UNGIS members`); no name.
fn is_acronym_list(line: &str) -> bool {
    // Most lines fail on their first word: the rest is read only after it.
    let first_is_acronym = line
        .split(' ')
        .next()
        .and_then(|w| w.strip_suffix(','))
        .is_some_and(org::is_acronym);
    first_is_acronym
        && line
            .split_once(", in collaboration with ")
            .map_or(line, |(organizers, _)| organizers)
            .split(", ")
            .flat_map(|part| part.split(" and "))
            .all(org::is_acronym)
}

/// `Statement by Mr. Petko Draganov, Deputy Secretary-General of UNCTAD`:
/// who speaks, above the speech's own title; it names no subject (`Remarks
/// by the Envoy at the Forum Opening Ceremony` does).
pub fn is_byline(line: &str) -> bool {
    const SPEECHES: [&str; 7] = [
        "Statement by ",
        "Remarks by ",
        "Speech by ",
        "Address by ",
        "Message by ",
        "Message from ",
        "Keynote address by ",
    ];
    SPEECHES.iter().any(|s| {
        line.strip_prefix(s).is_some_and(|who| {
            ![" on ", " at ", " to ", " for ", " before ", ": "]
                .iter()
                .any(|subject| who.contains(subject))
        })
    })
}

/// A body's session or meeting named by its number alone (`40th session`,
/// `Seventeenth session`, `Resumed seventy-eighth session`, `13th
/// meeting`): a subtitle of the body's name, no name of its own.
pub fn is_session_number(name: &str) -> bool {
    const ORDINALS: [&str; 12] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth",
    ];
    let name = name.to_ascii_lowercase();
    let mut words: Vec<&str> = name.split(' ').collect();
    if words.len() > 1 && ["resumed", "special", "organizational"].contains(&words[0]) {
        words.remove(0);
    }
    let [number, "session" | "meeting"] = words.as_slice() else {
        return false;
    };
    let digits = number.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let spelled = number.rsplit('-').next().unwrap_or_default();
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && number.len() - digits.len() == 2
        || ORDINALS.contains(&spelled)
        || spelled.ends_with("teenth")
        || spelled.ends_with("ieth")
}

/// A label whose value names entities (`Organizers`, `Hosted by`,
/// `Partners`), which may be listed on the lines below it.
pub fn is_entity_label(label: &str) -> bool {
    let label = label.to_ascii_lowercase();
    ["organi", "hosted", "partner"]
        .iter()
        .any(|w| label.starts_with(w))
}

/// The text of a numbered list's item (`3. Confirmation of attendance` →
/// `Confirmation of attendance`, `2) …`): one or two digits, a stop or a
/// bracket, a space.
fn numbered_item(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    line[digits..].strip_prefix(['.', ')'])?.strip_prefix(' ')
}

/// The length of a list item's mark before a capital (`(i) `, `(iv) `,
/// `a) `, `(b) `, `12) `): a number, a letter or a small roman numeral in
/// brackets (or closed by one), then a space.
pub fn item_mark(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let open = usize::from(b.first() == Some(&b'('));
    let close = open + b.iter().skip(open).take(5).position(|&c| c == b')')?;
    let mark = &line[open..close];
    let roman = |m: &str| m.bytes().all(|c| matches!(c, b'i' | b'v' | b'x'));
    let fits = match mark.len() {
        1 => mark.as_bytes()[0].is_ascii_alphanumeric(),
        2 => mark.bytes().all(|c| c.is_ascii_digit()) || roman(mark),
        3 | 4 => roman(mark),
        _ => false,
    };
    let next = b.get(close + 2).copied().unwrap_or(b' ');
    (fits && b.get(close + 1) == Some(&b' ') && (next.is_ascii_uppercase() || next == b'('))
        .then_some(close + 2)
}

/// `• Overview`, `• Documents`: an event page's tabs, as a scrape lists
/// them above the page's text; no text of their own.
fn is_page_tab(item: &str) -> bool {
    const TABS: [&str; 12] = [
        "Overview",
        "Documents",
        "Programme",
        "Agenda",
        "Speakers",
        "Resources",
        "Background",
        "Media",
        "Photos",
        "Videos",
        "Outcomes",
        "Presentations",
    ];
    TABS.contains(&item)
}

/// The text of a bulleted list item (`• UNDP` → `UNDP`).
pub fn list_item(line: &str) -> Option<&str> {
    line.strip_prefix(BULLETS)?.strip_prefix(' ')
}

/// Where the value of a card's title field (`Title: Financing the SDGs`)
/// starts.
pub fn title_label(line: &str) -> Option<usize> {
    if !starts_with_any(line, b"tesamnw") {
        return None;
    }
    TITLE_LABEL.find(line).map(|m| m.end())
}

/// A title field's label that may also open a headline as its kicker
/// (`Side event: Financing water security`, `What: …`), unlike `Title:`,
/// `Event:` or `Event name:`, which label a title even with no field
/// right beside it.
pub fn may_open_headline(label: &str) -> bool {
    starts_with_word(label, &["side", "what", "meeting:"])
}

/// A media advisory's `WHAT:` or a meeting report's `Meeting:`, which
/// labels the title above its `WHEN:` or `Date/Location:` even across a
/// blank line.
pub fn is_what_label(label: &str) -> bool {
    starts_with_word(label, &["what", "meeting:"])
}

/// A media advisory's `WHO:`, which may stand between its `WHAT:` and its
/// `WHEN:`.
pub fn is_who_label(line: &str) -> bool {
    starts_with_word(line, &["who:"])
}

/// A press release's symbol alone on its line (`SG/SM/22501`, `SG/T/3456`).
pub fn is_document_symbol(line: &str) -> bool {
    !line.contains(' ') && starts_with_symbol(line)
}

/// A UN document symbol first (`A/78/123 – Report of the Secretary-General,
/// 5 June 2024`): a list of documents, dated when they were issued.
fn starts_with_symbol(line: &str) -> bool {
    // An organ's letters, then two parts or more, one with a number (not
    // `COP28/CMA5`, `UNEP/UNDP`).
    let word = line.split(' ').next().unwrap_or_default();
    let organ = word.split('/').next().unwrap_or_default();
    !organ.is_empty()
        && organ.bytes().all(|b| b.is_ascii_uppercase())
        && word.matches('/').count() >= 2
        && word.contains(|c: char| c.is_ascii_digit())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b"/.-()".contains(&b))
}

/// `[2] Report of the Secretary-General, 11 June 2020.`: a footnote, whose
/// date is a source's, not a happening's.
fn is_footnote(line: &str) -> bool {
    line.strip_prefix('[')
        .and_then(|l| l.split_once("] "))
        .is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The value's range in `cell`, a line's first cell, when the cell is a
/// place's field (`Venue: ECOSOC Chamber`).
fn place_field(cell: &str) -> Option<Range<usize>> {
    let (Label::Place, start) = field(cell)? else {
        return None;
    };
    let value = tail_of(&cell[start..]);
    (!value.is_empty()).then_some(start..start + value.len())
}

/// An agenda line: a time slot, then a session's name (`09:00–10:30 Opening`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub span: Range<usize>,
    /// `None` for an item of the whole day (`All day: …`).
    pub time: Option<TimeSpan>,
    pub zone: Option<String>,
    pub name: Range<usize>,
    /// Where: a UN meeting room ending the line (`… plenary meeting General
    /// Assembly Hall`), as the UN Journal lists them, or a cell that only
    /// names places (`10:00–11:30 | Room 3 | Climate finance`).
    pub room: Option<Range<usize>>,
    /// Fields and entities in cells (`… | Organizers: AOSIS, UNDP`), as
    /// [`Found::cells`].
    pub cells: Vec<(Label, Range<usize>)>,
}

/// Year context from a grouping heading: `Week of 26 Sept. to 2 Oct. 2021`,
/// `Key events, 2021`, `September 2023`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearContext {
    pub start_month: u32,
    pub start_year: i32,
    pub end_year: i32,
}

impl YearContext {
    /// The year a month without one falls in, under this heading.
    pub fn year_for(&self, month: u32) -> i32 {
        if month >= self.start_month {
            self.start_year
        } else {
            self.end_year
        }
    }
}

/// What a grouping heading says of the years of the items below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Years {
    /// `Week of 26 Sept. to 2 Oct. 2021`, `Key events, 2021`.
    Given(YearContext),
    /// `Upcoming events`, `Events 2024-2025`: no one year; the heading's
    /// above no longer holds.
    Unknown,
    /// `Week of 27 January - 2 February` under `January 2025`: days with no
    /// year, so the heading above still gives it.
    Kept,
}

/// A line's kind. Dated kinds are boxed: most lines are prose or titles,
/// and every line's kind is moved and cloned several times a page, so a
/// small `Kind` (24 bytes, not 208) saves copying.
#[derive(Debug, Clone)]
pub enum Kind {
    Blank,
    /// A single token such as an avatar label: neither title nor body.
    Noise,
    /// A line starting in lower case: a subtitle or wrapped fragment.
    Fragment,
    /// Prose: sentences, list items.
    Body,
    /// A short title-like line with no date.
    Title,
    /// A heading that groups records and may give a year.
    Grouping(Years),
    /// Rule 1: a title with its date at the end.
    DatedTitle(Box<Found>),
    /// Rule 2: a line that starts with the date, then the title.
    Event(Box<Found>),
    /// Rule 3: a line holding nothing but a date, time and zone.
    DateOnly(Box<Found>),
    /// A labelled field and the byte range of its value.
    Labeled(Label, Range<usize>),
    /// An agenda line, dated by the nearest date above it.
    Session(Box<Session>),
}

// Compared by hand so that the passes' many tests against a kind with no
// data (`l.kind == Kind::Blank`) are inlined to a tag comparison: the
// derived `eq` was a call (1 % of a run).
impl PartialEq for Kind {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other) && self.same_data_as(other)
    }
}

impl Eq for Kind {}

impl Kind {
    /// Whether two kinds of the same variant hold the same data.
    fn same_data_as(&self, other: &Self) -> bool {
        match (self, other) {
            (Kind::Grouping(a), Kind::Grouping(b)) => a == b,
            (Kind::DatedTitle(a), Kind::DatedTitle(b))
            | (Kind::Event(a), Kind::Event(b))
            | (Kind::DateOnly(a), Kind::DateOnly(b)) => a == b,
            (Kind::Labeled(a, r), Kind::Labeled(b, s)) => a == b && r == s,
            (Kind::Session(a), Kind::Session(b)) => a == b,
            // The variants with no data.
            _ => true,
        }
    }
}

/// `Week of 12-18 September 2021`, `The Week Ahead at the United Nations:
/// 1-5 July 2019`, `Week 16: 19 – 23 April 2021`: a heading over the days
/// it groups; so is a blog's
/// `Daily Archives: August 21, 2017` over the posts of that day.
static GROUPING_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:the )?(?:(?:weeks?|months?|days?) of|week ahead)(?-u:\b)|week \d{1,2}:|",
        // French and Spanish: `Semaine du …`, `Semana del …`.
        r"semaine du |semana del? |",
        r"(?:daily|monthly|yearly) archives?:|archives? for )"
    ))
    .expect("valid regex")
});
/// A listing's heading with its year (`Events in 2024`, `2024 Calendar`,
/// `Upcoming meetings 2025`, `UN Ocean Conference 2025 side events`): it
/// groups records and gives their year.
const LISTING: &str = r"(?:(?:upcoming|forthcoming|past|recent|latest|key|main|major|other|side|featured|related|calendar of|list of|event|events|meetings|daily|weekly|official|live|regional|global|special|parallel|high-level|online|virtual) ){0,2}(?:events|calendar|meetings|schedule|programme|program|activities|webinars|conferences|side events|listing)";
static LISTING_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:{LISTING}(?: (?:in|for|of))? (?:19|20)\d\d|(?:\S+ ){{0,5}}(?:19|20)\d\d {LISTING})$"
    ))
    .expect("valid regex")
});
/// A listing's heading with no year (`Upcoming events`, `Latest news`,
/// `ITU Events`): it groups the items below and names none of them.
static LISTING_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    // `Past Executive Committees`, `Previous sessions`: a time, then what
    // was (or will be) held, in the plural.
    Regex::new(&format!(
        concat!(
            r"(?i)^(?-i:[A-Z][A-Z0-9-]{{1,9}} )?(?:{LISTING}|(?:(?:latest|recent) )?(?:news|press releases|news and events|events and news)",
            // The Human Rights Council's `Order of the day` of each day;
            // a digest's `What's Ahead @ ESCAP`.
            r"|order of the day|what(?:'|’)s (?:ahead|coming up)(?: (?:@|at|in) [^ ]+)?",
            // UN press's `General Assembly Meetings Coverage`: summaries of
            // meetings, each under its day.
            r"|(?:[^ ]+ ){{0,4}}meetings coverage(?: and press releases)?",
            // `António Guterres Daily schedule`, `Secretary-General's daily
            // schedule`: an officer's appointments, each under its time.
            r"|(?:[^ ]+ ){{0,4}}daily schedule",
            // `Society News Archive`, `Press releases archive`: past items.
            r"|(?:[^ ]+ ){{0,2}}(?:news|press releases?|events|media) archives?",
            r"|(?:past|previous|upcoming|forthcoming|recent) (?:[^ ]+ ){{0,2}}[^ ]+s)$"
        ),
        LISTING = LISTING
    ))
    .expect("valid regex")
});
static YEAR_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r", ((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?$").expect("valid regex")
});
/// The most words of a grouping heading before its year (`Key events,
/// 2021`).
const MAX_GROUPING_WORDS: usize = 6;
static EVENT_SEPARATOR: LazyLock<Regex> =
    // `--` and `>>` stand for a dash and an arrow in plain text.
    LazyLock::new(|| Regex::new(r"^\s*(?:--|>>|[-–—|:•·/»›]|\s-)\s+").expect("valid regex"));
/// After a date, a note that it has no time (yet).
static NO_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // `Sep 6 – Oct 6 all-day`: an events calendar's note sets no comma.
        r"(?i)^(?:(?:, ?| \()(?:all[- ](?:day|week)|full day|(?:time )?(?:tbc|tbd|to be (?:confirmed|determined|announced)))| all[- ]day)",
        r"(?-u:\b)\)?",
    ))
    .expect("valid regex")
});
static DATE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Indico writes `Starts 10 Nov 2025, 09:00`, with no colon.
        // A page that asks: `When? 12 - 14 November 2024`. An exhibit's
        // `On display 1 - 17 June 2019`. A report's `Date and venue 18
        // September 2014, 12:00-15:00, Room XX`.
        // Spanish `Fecha:`, `Fechas:`.
        r"(?i)^(?:starts\s|when\?\s|on (?:display|view)\s|dates? (?:and|&) (?:times?|venue|place|location)\s|(?:date(?:s|\(s\))?|fechas?|when|start(?:ing)?(?: date)?|starts|from|scheduled(?: for)?",
        // `Event dates:`, `Course dates:`, `Meeting date:`, `Event date(s):`,
        // `Webinar date/time:`.
        r"|(?:event(?: calendar)?|course|training|meeting|session|conference|workshop|forum|webinar) ",
        r"(?:date(?:s|\(s\))?|dates? ?(?:and|&|/) ?times?)",
        // `Date and time:`, `Time & date:`, `Date/Time:`, `Date and venue:`,
        // `When & where:`.
        r"|(?:dates?|times?) ?(?:and|&|/) ?(?:dates?|times?|venue|place|location)",
        r"|when ?(?:and|&|/) ?where",
        // French and Spanish: `Date et heure :`, `Fecha y hora:`, `Fecha y lugar:`.
        r"|dates? et (?:heures?|lieu)|fechas? y (?:hora|horario|lugar)",
        // IGF's `Time: Tuesday, 24 June, 2025 - 09:00 to 10:30`: a time's
        // label before a date (before a bare time it stays a time field).
        r"|time|timing",
        // `Day:`, `Day and time:`, `Event time:`, `Event starts:`.
        r"|day(?: (?:and|&) time)?|(?:event|session|meeting|webinar) (?:time|starts?)",
        // A course's `Period: 12-14 June 2024`, `Duration: …`.
        r"|period|duration",
        // UNESCO's `When, local time:`; the zone in brackets, `Date/time
        // (CET):` (ASCII only: a class of every character, repeated,
        // builds slowly); a colon and a dash, `Date:-`.
        r")(?:,? local time)?(?:\s*\([a-zA-Z0-9 +\-/:.,]{1,24}\))?\s*:-?",
        // `Day 2 - …`, and `[Day 2] …` in a list of days below a label.
        // Also spelt out: `DAY ZERO – 17 November 2014`, `Day One: …`.
        r"|day (?:\d{1,2}|zero|one|two|three|four|five|six|seven)\s*[-–—:,|]|\[day \d{1,2}\]",
        // A table's cells run together: `Dates 12-14 June 2024`, `When 12
        // June 2024`. Last, so that a label with its colon is read whole.
        r"|(?:dates?|when) )\s*",
        // `Date and Time: • [Day 1] Thursday, September 7, 2023, 13:30-17:00`,
        // `Date and Time: Day 1: …`: the first of the days listed below the
        // label.
        r"(?:[•\-–] \[day \d{1,2}\] |day \d{1,2}\s*[-–—:,|]\s*)?",
    ))
    .expect("valid regex")
});
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // `Start time: 10:00 CEST`, `Start: 10:00` (a date after `Start:`
        // makes a date line first).
        // French and Spanish `Heure :`, `Horario:`, `Hora:`.
        r"(?i)^(?:(times?|timing|hours|when|start(?:ing)?(?: time| at)?|starts|heures?|horario|hora)(?:\s*\([^()]{1,24}\))?\s*:",
        // `Location of this meeting:` (sdgs.un.org).
        // A page that asks: `Where? Vienna International Centre`.
        // `Meeting venue:`, `Event location:`, `Location/Venue:`, `Venue
        // details:`, `Location (in-person):`.
        r"|((?:(?:meeting|event|physical|session|conference) )?(?:venue|location)(?: details| of (?:the|this) (?:meeting|event))?|where|place|meeting point|rooms?|modality|mode|format|lieu|lugar|sede|(?:venue|location) ?(?:and|&|/) ?(?:format|venue|location))(?:\s*\([a-zA-Z0-9 +\-/:.,]{1,24}\))?(?:\s*:|\?\s)",
        // A noun names its field only with a colon (`Partners review the
        // plan.` is a sentence); a verb's phrase may go on without one.
        // `Organization: Global Health Centre`: who organizes, on a card.
        // French and Spanish `Organisateurs :`, `Organizadores:`.
        r"|((?:(?:co-)?organi[sz]er\(s\)|(?:lead |main |event )?organi[sz]ers?|organi[sz]ations?|organi[sz]ing partners?|co-organi[sz]ers?|hosts?(?: ?/ ?sponsors?)?|co-hosts?|conven[eo]rs?",
        r"|(?:co-?)?organisat(?:eur|rice)s?|(?:co-?)?organizador(?:es|as?)?",
        // `Organizing entities:`, `Host organization:`, `Lead entity:`.
        r"|(?:organi[sz]ing|host|lead) (?:entit(?:y|ies)|organi[sz]ations?|agenc(?:y|ies)|institutions?))\s*:",
        // A French page's `Organisé par`, as event platforms print it.
        // `Jointly organized by`, `Jointly led by`: the adverb first.
        // Spanish `Organizado por`.
        r"|(?:(?:jointly )?(?:(?:co-)?organi[sz]ed(?: jointly)?|(?:co-)?hosted(?: jointly)?|convened)|jointly led) by(?-u:\b)\s*:?",
        r"|(?:co-?)?organisée?s? par(?-u:\b)\s*:?|(?:co-?)?organizad[oa]s? por(?-u:\b)\s*:?)",
        r"|((?:partner (?:entit(?:y|ies)|organi[sz]ations?|agenc(?:y|ies)|institutions?)|partners?)\s*:|(?:(?:organi[sz]ed )?in (?:partnership|collaboration|cooperation|association) with|with the (?:support|contribution) (?:of|from)|supported by|",
        crate::parse::org::foreign_partner_cues!(),
        r")(?-u:\b)\s*:?)",
        // `Duration: 3 days`: the last day, counted from the first.
        r"|((?:end(?:ing)?(?: date| time)?|ends|until|to|duration)\s*:|ends\s)",
        r"|(time ?zone)\s*:)\s*"
    ))
    .expect("valid regex")
});
/// What kind of page item a date stamps (`5 June 2024 | News`, `Press
/// Release | 9 June 2025`) or its topic (`5 June 2024 Climate and
/// Environment`): a tag, not a happening's name.
static ITEM_TYPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{KICKERS}|{WEB_TV_CHANNELS})$")).expect("valid regex")
});
/// Item types and topics that, alone on a line, only tag the headline below,
/// and the headings of an event page's parts.
static KICKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:{KICKERS}|{PAGE_PARTS}|{PAGE_CHROME})$")).expect("valid regex")
});
/// `Documents`, `Related documents`, `DOCUMENTATION`: the heading of a list
/// of documents, each dated when it was issued.
pub fn heads_documents(line: &str) -> bool {
    line.len() <= MAX_DOCUMENTS_HEADING_BYTES && DOCUMENTS_HEADING.is_match(line)
}

/// The longest heading of a list of documents (`Background documents and
/// reports`).
const MAX_DOCUMENTS_HEADING_BYTES: usize = 40;

static DOCUMENTS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:related|meeting|session|official|background|key|other|outcome|reference|event) )?",
        r"(?:documents|documentation)(?: and (?:reports|resources|publications|statements))?\s*:?$",
    ))
    .expect("valid regex")
});

/// `Objectives`, `Background`, `Media Advisory`: a page part's heading or
/// an item's type, alone on its line.
pub fn is_part_heading(line: &str) -> bool {
    line.len() <= MAX_PART_HEADING_BYTES
        && KICKER.is_match(part_number(line).map_or(line, |k| &line[k..]))
}

/// The longest heading of a page's part (`Logistical information for
/// participants`).
const MAX_PART_HEADING_BYTES: usize = 40;

/// Where the name of a document's numbered part starts (`I. General`, `2.
/// Background`, `a) Objectives`): after a roman numeral, a number or a
/// letter, its stop or bracket and a space.
pub fn part_number(line: &str) -> Option<usize> {
    let (number, _) = line
        .split_once(". ")
        .into_iter()
        .chain(line.split_once(") "))
        .min_by_key(|(number, _)| number.len())?;
    let roman = number.len() <= 4
        && number
            .bytes()
            .all(|b| matches!(b.to_ascii_uppercase(), b'I' | b'V' | b'X'));
    let arabic = number.len() <= 2 && number.bytes().all(|b| b.is_ascii_digit());
    let letter = number.len() == 1 && number.bytes().all(|b| b.is_ascii_alphabetic());
    (!number.is_empty() && (roman || arabic || letter)).then_some(number.len() + 2)
}

/// `Event Details`, `Date and Location`: a page part's heading whose
/// lines tell when and where the page's happening is.
pub fn heads_details(line: &str) -> bool {
    static DETAILS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:(?:event|meeting|session|webinar|conference|workshop|forum|summit) details|",
            r"(?:dates?|time|venue|location|place) (?:and|&) (?:dates?|times?|venue|location|place)|",
            r"(?:key )?dates(?: of the (?:event|meeting|session|webinar|conference|forum|workshop|summit))?|",
            r"when (?:and|&) where)$"
        ))
        .expect("valid regex")
    });
    line.len() <= MAX_DETAILS_HEADING_BYTES && DETAILS.is_match(line)
}

/// No heading of [`heads_details`] is longer.
const MAX_DETAILS_HEADING_BYTES: usize = 40;

/// The site's links around the page's text (`Skip to main content`), kept
/// by a scrape: nothing of the page's own.
const PAGE_CHROME: &str = concat!(
    r"skip to (?:the )?(?:main )?(?:content|navigation)|jump to (?:content|navigation)|",
    r"back to top|toggle navigation|main navigation|you are here:?|",
    // SharePoint's link past its ribbon.
    r"skip ribbon commands|",
    // An event platform's links below the date (`Add to calendar`, `iCal
    // export`, `View on map`, `Join the webinar`, `Event website`).
    r"add (?:this |the )?(?:event )?to (?:my |your )?(?:google |outlook |apple |ical )?calendar|",
    r"(?:ical|ics|outlook|google|apple)(?: calendar)?(?: export)?|export to (?:my |your )?calendar|",
    r"(?:view|show) (?:on )?(?:the )?map|map|share this (?:event|page|post)|",
    r"join (?:the |this |our )?(?:webinar|meeting|event|session|livestream|zoom)(?: here| now| online)?|",
    r"(?:event |official )?website|event page|(?:event |session )?recording|",
    // A footer's links, which would name a card with no text of its own.
    r"follow us(?: on(?: social media| twitter| x| facebook| linkedin)?)?|follow un news|connect with us|stay connected|",
    r"terms of use|terms and conditions|privacy (?:policy|notice)|(?:fraud|scam) alert|contact(?: us)?|site ?map|",
    r"copyright|accessibility|faqs?|careers|cookies?(?: policy)?|",
    r"sign up for (?:our |the )?newsletter|(?:see|view) all(?: events| news)?|related content",
);
/// The headings of an event page's parts (`About this event`, `Event
/// details`, `Concept note`) below its date: no item's title, so the date
/// above them stays the page's happening's.
const PAGE_PARTS: &str = concat!(
    r"about (?:this|the) (?:event|meeting|webinar|session|conference|forum|workshop|summit|dialogue)|",
    r"(?:event|meeting|session|webinar|conference|workshop|forum|summit|course|opportunity) (?:details|description|overview|information|summary|objectives|agenda|programme|program)|",
    r"(?:general|additional|further|more) information|general|",
    // `Additional Resources` above the programme's days.
    r"(?:additional|further|related|more) (?:resources|documents|links|materials)|",
    r"(?:(?:the )?(?:event|meeting|session|webinar) )?at a glance|",
    r"concept note|background(?: information)?|key (?:messages|objectives|questions|takeaways)|",
    r"guiding questions|expected outcomes?|objectives(?: of the (?:event|meeting|session))?|",
    r"introduction(?: and contact details)?|contact details|(?:practical|logistical) (?:information|arrangements)(?: for participants)?|",
    // `Date and Location` heading the paragraph that tells them.
    r"(?:dates?|time|venue|location|place) (?:and|&) (?:dates?|times?|venue|location|place)|",
    r"(?:key )?dates(?: of the (?:event|meeting|session|webinar|conference|forum|workshop|summit))?|",
    r"what(?:'|’)s (?:happening|on|new)|",
    // A session report's parts (dig.watch).
    r"table of contents|full session report",
);
const KICKERS: &str = concat!(
    r"news|(?:press|news|background) releases?|media advisor(?:y|ies)|(?:news |top )?stor(?:y|ies)|news items?|statements?|features?|",
    r"notes? to (?:correspondents|editors)|",
    // OHCHR's item types.
    r"meeting summar(?:y|ies)|interviews?|",
    r"articles?|blog(?: post)?|speech(?:es)?|videos?|audio|podcasts?|photos?|op-ed|",
    r"announcements?|updates?|briefing notes?|meetings coverage|news in brief|save the date|mark your calendars?|",
    r"special day|",
    // A meeting's notes for those who attend.
    r"information (?:note )?for participants|information notes?|",
    // A card's access below its date (`Open to the public`, `By
    // invitation only`).
    r"public event|past event|(?:open|closed) to the public|",
    // Its state (`Upcoming event`, `Event ended`, `Sold out`).
    r"upcoming event|open to all|event ended|(?:recording|video) available|sold out|",
    // The goals it serves (`SDG 14`, `Goal 14: Life below water`).
    r"related sdgs|(?:sdg|goal) \d{1,2}(?:: [a-z ,\-]{1,48})?|",
    r"(?:by )?invitation only|by invitation|registration required|members only|",
    // A blog's post filed under no category.
    r"uncategori[sz]ed|",
    // ENB's reports of a meeting: `Summary report, 13–17 May 2019`.
    r"(?:abridged )?(?:summary|daily|final|meeting|event) reports?|curtain raiser|",
    // UN News files its stories under these topics.
    r"climate (?:and environment|change)|peace and security|human rights|sdgs|health|women|",
    r"migrants and refugees|economic development|law and crime prevention|humanitarian aid|",
    r"culture and education|un affairs|",
    // A meetings-coverage release's meeting (`9647th Meeting (AM)`), or an
    // order of the day's above its item (`51st meeting`); a plenary meeting
    // in lower case (`1st plenary meeting`) is a schedule's item itself.
    r"\d{1,5}(?:st|nd|rd|th) (?:meeting|(?-i:Plenary Meeting))(?: \((?:am|pm|night)\))?",
);
static LINK_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:download|listen to|watch|view|read)(?: the| our| a| an| this)?(?: \S+){0,2} ",
        r"(?:video|recording|webcast|livestream|replay|interview|statement|report|concept note|",
        r"programme|program|agenda|presentation|slides|app|brochure|publication|document|podcast|episode|",
        r"flyer|invitation|poster|infographic|press release|release|photo gallery|gallery|photos|album)s?",
        // `Download the Press Release in PDF format`, `View the photo
        // gallery from the event`.
        r"(?: (?:in|as) (?:pdf|word|html)(?: format)?| from the (?:event|meeting|session|conference|ceremony))?",
        // `Watch the webcast on UN Web TV`.
        r"(?: on (?:un )?web ?tv| on youtube)?",
        r"(?: \([^()]{1,30}\))?[.!:]?$",
    ))
    .expect("valid regex")
});
static SHARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^share(?: this(?: page| article| story)?| on(?: .*)?)?:?$")
        .expect("valid regex")
});
static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // `Please register here`, `Click here to register`.
        r"(?i)^(?:please )?(?:(?:register|read|learn|find out|see|view|watch|(?:live ?)?stream|join|apply|download|click|sign up|rsvp)",
        r"(?: (?:now|here|more|online|live|details|info|information|all|the recording|the webcast|(?:the |full )?story))*",
        r"(?: to (?:register|join|attend|watch|participate))?",
        r"|details|more (?:info|information|details)|registration link",
        // `Link to resource`, `Visit the website`: a link to the item's page.
        r"|link to (?:the )?(?:resource|event|website|page|source)|visit (?:the )?(?:event )?(?:website|page)",
        // A page's tools: `Printer Friendly and PDF`.
        r"|printer[- ]friendly(?: version| page)?(?: (?:and|&) pdf)?)",
        r"[.!:]?(?: ?[›»→>])?$",
    ))
    .expect("valid regex")
});
/// UN Web TV's channels: alone on a line in a day's schedule (`3:00 p.m.`,
/// `Press briefing`) they name the happening.
const WEB_TV_CHANNELS: &str = concat!(
    r"press conferences?|(?:noon |press )briefings?|(?:informal )?press stakeouts?|",
    r"meetings (?:&|and) events|conferences (?:&|and) events",
);
static BARE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:dates?|times?|when(?:, local time)?|where|venue|location|place|rooms?|organi[sz]ers?|organi[sz]er\(s\)",
        r"|(?:dates?|times?) ?(?:and|&|/) ?(?:dates?|times?)",
        // An event page's `Start date` and `End date`, each above its day.
        // IGF's `Event Calendar Date`.
        r"|(?:start|end)(?:ing)? date|until|(?:event(?: calendar)?|meeting|session) dates?",
        // `Conference dates` above the days of a conference's practical page.
        r"|(?:conference|summit|forum|workshop|course) dates?",
        r"|(?:co-)?organi[sz]ed(?: jointly)? by|(?:co-)?hosted(?: jointly)? by|partners?)\s*:?$",
    ))
    .expect("valid regex")
});
/// Fields that title nothing: the value below is no name.
static NAMELESS_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        // Event platforms print `Format` and `Langue` too.
        r"(?i)^(?:type(?: of event)?|event type|category|contacts?|languages?|langues?|format",
        // The Summit of the Future's side-event pages: `Convenor` and
        // `Focal Point`, each above a sentence.
        r"|conven[eo]rs?|focal points?",
        // UN Web TV's video pages: `Categories`, `Production Date`, `Video
        // Length`, their values maybe lost.
        r"|categories|production date|video length)\s*:?$",
    ))
    .expect("valid regex")
});
/// A card's field that names the happening (`Title: …`, `Event: …`).
static TITLE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:event|session|activity|side[- ]event|meeting) (?:title|name)|title|event|",
        // A media advisory's `WHAT:` beside its `WHEN:` and `WHERE:`.
        // A meeting report's `Meeting:` above its `Date/Location:`.
        r"side[- ]event|what|meeting|name of (?:the )?(?:event|activity))\s*:\s*",
    ))
    .expect("valid regex")
});
/// The rooms of UN Headquarters, the Palais des Nations and conference
/// venues (`Room C1`, `Workshop Room 3`), ending a line; a named room
/// (`Popov Room`) only after a comma.
static ROOM_AT_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r" ((?:General Assembly Hall|Security Council Chamber|",
        r"(?:ECOSOC|Economic and Social Council|Trusteeship Council) Chamber|",
        r"(?:Conference |Workshop |Meeting )?Room (?:\d{1,2}[A-Z]?|[IVXL]{1,6}|[A-Z]-?\d{0,2})|",
        // UN Headquarters' listings shorten a conference room (`CR 6`).
        r"CR[ .-]?\d{1,2}))$",
        r"|, ([A-Z][a-z]+ Room)$",
    ))
    .expect("valid regex")
});
static SESSION_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-–—|:/]\s*)?").expect("valid regex"));
static BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:(?:coffee|tea|health|comfort|lunch|networking)\s+)?break(?-u:\b)|^lunch(?-u:\b)|^welcome coffee(?-u:\b)|^(?:(?:on-?site |online )?registration|arrival of participants)(?-u:\b)|^(?:the )?(?:event|meeting|session|programme|program) (?:ends|closes|adjourns)(?-u:\b)|^end of (?:the )?(?:event|meeting|session|day|programme|program)(?-u:\b)|^adjournment(?-u:\b)",
    )
    .expect("valid regex")
});
/// The last day's label after a first day's (`Start Date: 2 December 2024
/// End Date: 4 December 2024`, `From: … To: …`).
static INLINE_END_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*[|,;–-]?\s*(?:end(?:ing)?(?: date)?|ends|until|to)\s*:\s*")
        .expect("valid regex")
});
static INLINE_TIME_LABEL: LazyLock<Regex> =
    // `Start date: 24 January 2024 | Start time: 09:00 UTC +00:00` (UN Women),
    // and its `End date: … | End time: …`.
    LazyLock::new(|| {
        Regex::new(r"(?i)^\s*[|,;.–-]?\s*(?:(?:start |end )?time|hours)\s*:\s*")
            .expect("valid regex")
    });
/// The time a label gives after a date (`| End time: 11:45 UTC`).
pub fn inline_time(rest: &str) -> Option<time::TimeSpan> {
    let m = INLINE_TIME_LABEL.find(rest)?;
    time::time_slots(&rest[m.end()..]).ok().map(|(_, t)| t)
}

/// Names before a date that say the date is the page's, a picture's or a
/// deadline's, not a happening's: `Page last updated`, `UN Photo/Mark
/// Garten`, `Photo: UNICEF/Smith`, `Copyright 2024 United Nations`, `Share
/// this page`, `Deadline for applications`, `Registration deadline`.
/// The words of a page's stamp before its date (`Page last updated`,
/// `Posted`), shared by [`STAMP`] and [`STAMP_ON`].
const STAMP_WORDS: &str = concat!(
    r"(?:(?:page )?(?:first |last )?(?:updated|modified|published|posted|revised|reviewed|issued)",
    // `As of 20 September 2020` atop a media kit: the day it was current.
    r"|(?:page )?last update|as of",
    // A syndicated release's `Distributed by Public on 09/16/2024 09:37`.
    r"|distributed by [^ ]+(?: [^ ]+){0,3})",
);
/// What a picture's credit opens with after its agency (`Photo:`, `Photo/`,
/// `Photo credit`, `Photo by`), shared by [`STAMP`] and [`PHOTO_CREDIT`].
const PHOTO_WORDS: &str = r"photo ?(?::|/|credits?(?-u:\b)|by(?-u:\b)|(?-i:[A-Z]{2,})(?-u:\b))";
static STAMP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?i)^(?:{STAMP_WORDS}(?: on| at)?|(?:.* )?{PHOTO_WORDS}.*{}",
        concat!(
            r"|(?:date of |release )?(?:publication|issue|release)(?: date)?",
            // A document host's `Date post: 28-Jun-2020`, `Upload date`.
            r"|(?:date )?(?:post|posting|upload|uploaded)(?: date)?",
            // A blog's byline: `Submitted by Efua Halm on 14 July 2022`.
            r"|(?:submitted|posted) by .+ on",
            r"|share(?: this(?: page| article| story)?)?|print(?: this page)?|(?:copyright|©).*",
            r"|(?:\S+ )?deadlines?(?: .*)?",
            // A job's or a call's dates: no happening.
            r"|(?:posting|application|submission|nomination|registration) (?:period|window)(?: .*)?|closing date",
            r"|(?:\S+ )?(?:applications?|submissions?|nominations?|registration|calls? for \S+) (?:opens?|close|closes|ends|due)(?: on| by)?",
            // A call's steps: `Request for sponsorship`, `Request to host a
            // side event`, `Submission of proposals`, `Notification of
            // acceptance`, `Confirmation of attendance`.
            r"|(?:requests? (?:for|to)|submissions? of|notifications? of|confirmations? of) .*)$",
        )
    ))
    .expect("valid regex")
});
/// A page's stamp before its date, with `on` or nothing between (`Posted
/// on`, `Last updated on`, `Modified`).
static STAMP_ON: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)^{STAMP_WORDS} (?:on )?")).expect("valid regex"));
/// A page's stamp, whole: what stands before its date.
static STAMP_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^{STAMP_WORDS}(?: on| at)?$")).expect("valid regex")
});
/// `Join us at … on 21 September 2024`, `Please join us on …`: an
/// invitation holding a number (its day), a sentence whatever ends it.
fn is_dated_invitation(line: &str) -> bool {
    (line.starts_with("Join us ") || line.starts_with("Please join us "))
        && line.bytes().any(|b| b.is_ascii_digit())
}

/// `As prepared for delivery`, `Check against delivery.`: a speech's note
/// on its text, below its title and date; it names nothing (in brackets,
/// `[as delivered]`, it is an editor's note anyway).
pub fn is_delivery_note(line: &str) -> bool {
    let note = line.trim_end_matches(['.', ' ']);
    // The SG's `[bilingual, as delivered]`.
    let note = ["bilingual, ", "trilingual, ", "multilingual, "]
        .iter()
        .find_map(|l| {
            note.get(..l.len())
                .filter(|head| head.eq_ignore_ascii_case(l))
                .map(|_| &note[l.len()..])
        })
        .unwrap_or(note);
    note.len() <= 32
        && [
            "as prepared for delivery",
            "check against delivery",
            "as delivered",
        ]
        .iter()
        .any(|n| note.eq_ignore_ascii_case(n))
}

/// `Panel - Auditorium - 60 Min`: a session's format, room and length,
/// below its date on IGF's pages; its length (a duration in minutes) is its
/// last cell. No title.
fn is_format_tag(line: &str) -> bool {
    // The last bytes are compared first: most lines end otherwise.
    let Some(head) = [" min", " mins", " minutes"].iter().find_map(|unit| {
        let cut = line.len().checked_sub(unit.len())?;
        line.as_bytes()[cut..]
            .eq_ignore_ascii_case(unit.as_bytes())
            .then(|| &line[..cut])
    }) else {
        return false;
    };
    head.rsplit_once(" - ").is_some_and(|(_, minutes)| {
        (1..=3).contains(&minutes.len()) && minutes.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The longest release disclaimer read as one.
const MAX_DISCLAIMER_BYTES: usize = 64;

/// `For information only - not an official document`, `For information
/// media. Not an official record.`: a release's disclaimer above its date
/// and headline, no title.
fn is_disclaimer(line: &str) -> bool {
    line.len() <= MAX_DISCLAIMER_BYTES
        && starts_with_word(line, &["for information", "not an official"])
        && memchr::memmem::find(line.as_bytes(), b"ot an official").is_some()
}

/// `Geneva, Switzerland`, `New York/Geneva`: a dateline's place, one or
/// several joined by slashes.
pub fn is_dateline_place(text: &str) -> bool {
    // Most lines asked are titles, longer than a dateline.
    text.len() <= MAX_DATELINE_BYTES && text.split('/').all(|p| places::only_places(p.trim()))
}

/// The longest text read as a dateline's places.
const MAX_DATELINE_BYTES: usize = 64;
/// The longest line read as a page's stamp.
const MAX_STAMP_BYTES: usize = 80;

/// `Day 2: Wednesday, 27 December 2023`, `Date and Time: - [Day 1] …`: the
/// number a list of a happening's days gives a date line.
pub fn listed_day(line: &str) -> Option<u32> {
    static LISTED_DAY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:[^:]{1,30}:\s*)?(?:[-•–]\s*)?\[?day (\d{1,2})(?:\]|\s*[-–—:,|])")
            .expect("valid regex")
    });
    LISTED_DAY.captures(line)?[1].parse().ok()
}

/// The day a page's stamp dates it (`Posted on 10 July 2025`, `Published:
/// 11 May 2022`, `Last updated | 3 June 2025`, `Apr092024`), year included:
/// the page's own date, which settles the year of days it announces
/// without one.
pub fn stamp_date(line: &str) -> Option<DayMonth> {
    if let Some(day) = date::glued_stamp(line) {
        return Some(day);
    }
    let line = unbracketed(line);
    if line.len() > MAX_STAMP_BYTES || !starts_with_any(line, b"plurmifd") {
        return None;
    }
    let (at, w) = parse::find_when(line, 0)?;
    let words = line[..at.start].trim_end_matches([' ', ':', '|', '-', '–']);
    let day = w.date.start;
    (STAMP_NAME.is_match(words) && day.year.is_some() && ends_stamp(&line[at.end..])).then_some(day)
}

/// What follows a stamp's date: nothing, or a second stamp (`First
/// published on 10/12/2017, and last updated on 01/06/2018`).
fn ends_stamp(rest: &str) -> bool {
    let rest = rest.trim();
    rest.is_empty()
        || rest
            .strip_prefix(", and ")
            .is_some_and(|next| stamp_date(next).is_some())
}
/// `8:45 AM EDT, October 9, 2024` after `Updated`: a stamp's time, maybe
/// zoned, before its date, and nothing after.
fn time_then_date(rest: &str) -> bool {
    let Ok((after, _)) = time::time_span(rest) else {
        return false;
    };
    let after = zone::zone(after).map_or(after, |(r, _)| r);
    after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(' '))
        .and_then(|day| parse::when(day).ok())
        .is_some_and(|(r, _)| ends_stamp(r))
}

/// The text inside the parentheses or brackets that enclose a whole line
/// (`(Updated on 5 September 2014)`), else the line.
fn unbracketed(line: &str) -> &str {
    line.strip_prefix('(')
        .and_then(|l| l.strip_suffix(')'))
        .or_else(|| line.strip_prefix('[')?.strip_suffix(']'))
        .map_or(line, str::trim)
}

/// A picture's credit: `UN Photo/Mark Garten`, `Photo: UNICEF/Smith`,
/// `UNDP Photo by J. Doe`.
static PHOTO_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)^(?:\S+ ){{0,2}}{PHOTO_WORDS}")).expect("valid regex")
});
/// The longest line read as a picture's credit.
const MAX_CREDIT_BYTES: usize = 80;
/// Fields of an event's card that neither name nor date it (`Type:
/// Conference`, `Language: English`): no titles, so they end no section.
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:event |session |summit |meeting |conference |activity |opportunity )?(?:type(?: of (?:the )?event)?|category|categories|(?:sub-?)?themes?|topics?|tags?|languages?|langues?|format|",
        // An IGF session's `Speaker 1:`, `Onsite Moderator:`, `Rapporteur:`;
        // its `Organizer 1:` gives a stakeholder group and region, no name.
        r"contacts?(?: person)?|e-?mail|phone|tel|registration|(?:speakers?|organi[sz]ers?) \d{1,2}|speakers?|",
        r"(?:on-?site |online )?moderators?|rapporteurs?|panell?ists?|facilitators?|discussants?|",
        r"(?:co-)?chair(?:person)?s?|",
        r"(?:target )?audience|focal points?|website|www|url|sectors?|regions?|countr(?:y|ies)|status|",
        // Sponsors are neither organizers nor partners.
        r"(?:co-)?sponsors?|(?:co-)?sponsored by|",
        r"cost|fees?|keywords?|subjects?|attendance|participation|interpretation|",
        // A media advisory's `WHO:` (its speakers) and `WHY:`.
        r"platform|duration|who|why|",
        // UN Web TV's `Video Length: 02:00:23`.
        r"video length|",
        // A video call's way in: `Meeting ID: 832 6154 1814 ; Password: …`.
        r"id|passcode|password)\s*:\s*\S",
    ))
    .expect("valid regex")
});
static PROGRAMME_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:provisional |draft |tentative |detailed |full )?(?:programme|program|agenda)",
        r"(?: of (?:the )?[^.:]+)?$",
    ))
    .expect("valid regex")
});
/// The longest heading read as a schedule's.
const MAX_PROGRAMME_HEADING_BYTES: usize = 80;
static FINITE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:was|were|is|are|will|has|have|had)(?-u:\b)").expect("valid regex")
});
/// Words of link text after a title's date, and of notes on the listing
/// (`(postponed)`, `– CANCELLED`, `(in English)`), which are no part of it.
static LINK_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)(?-u:\b)(?:click|here|listen|watch|read|more|details|info|rsvp|join|register|registration|download|video|recording|webcast|livestream|photos?|link|agenda|programm?e|website|pdf|slides|transcript",
        r"|postponed|cancell?ed|rescheduled|english|french|spanish|arabic|chinese|russian)(?-u:\b)",
    ))
    .expect("valid regex")
});

/// True when `text` holds a finite verb (`is`, `will`, `were`…): a sentence,
/// not a name.
pub fn has_finite_verb(text: &str) -> bool {
    FINITE_VERB.is_match(text)
}

/// `Previous versions: Oct 06 | Nov 01 - 16 | Nov 16 - 30 | Jan 1 - 16`:
/// links to a page's earlier issues, a date alone in each cell (after the
/// first cell's label), no happening. A day's tab may be misspelt
/// (`Wednesday, 7 June | Thrusday, 8 June | Friday, 9 June`): one cell of
/// four or more may be no date.
fn is_dated_pager(line: &str) -> bool {
    let (mut cells, mut others) = (0, 0);
    for cell in line.split(" | ") {
        cells += 1;
        let cell = match cell.rsplit_once(": ") {
            Some((_, day)) if cells == 1 => day,
            _ => cell,
        };
        if !parse::when(cell).is_ok_and(|(rest, _)| rest.trim().is_empty()) {
            others += 1;
            if others > 1 {
                return false;
            }
        }
    }
    cells >= MIN_PAGER_CELLS + others
}

/// The fewest cells of a pager of dated issues.
const MIN_PAGER_CELLS: usize = 3;

/// `BigLogo.gif UN Member States on the Record`: an image's file name,
/// given as its text, opens a site's banner, no title. So does a short
/// line's last word (`UNDP Ocean conference_original.jpg`): the picture's
/// caption run into its name.
fn opens_with_image_file(line: &str) -> bool {
    // Bytes, not a `split`: every line that reaches here is asked.
    let bytes = line.as_bytes();
    let first = &bytes[..memchr::memchr(b' ', bytes).unwrap_or(bytes.len())];
    // The extensions' last letters first: most lines end otherwise.
    let last = || &bytes[memchr::memrchr(b' ', bytes).map_or(0, |k| k + 1)..];
    is_image_file(first)
        || line.ends_with(['f', 'g', 'p', 'F', 'G', 'P'])
            && is_image_file(last())
            && line.split(' ').count() <= MAX_ALT_WORDS
}

/// `logo.png`: a file name with a picture's extension.
fn is_image_file(word: &[u8]) -> bool {
    memchr::memrchr(b'.', word).is_some_and(|dot| {
        dot > 0
            && [&b"gif"[..], b"png", b"jpg", b"jpeg", b"svg", b"webp"]
                .iter()
                .any(|e| word[dot + 1..].eq_ignore_ascii_case(e))
    })
}

/// `Mon Feb 27 15:46:02 CST 2023`: a mail archive's stamp of when a
/// message was sent (the C library's date format), no happening's date.
fn is_mail_stamp(line: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d (?:[A-Z]{2,5} )?\d{4}$")
            .expect("valid regex")
    });
    // Bytes first: the weekday's and the month's words end at fixed places.
    let b = line.as_bytes();
    b.len() <= 34 && b.get(3) == Some(&b' ') && b.get(7) == Some(&b' ') && STAMP.is_match(line)
}

/// Classifies one whitespace-folded line.
pub fn classify(line: &str) -> Kind {
    if line.is_empty() {
        return Kind::Blank;
    }
    // `13 May 2025 | 11:30 - 12:30 CEST | Room 10 |`: a closing bar ends
    // no cell, nor do empty cells (`| Germany | ||`). Ranges into the
    // shorter line hold in the whole one. A loop, not a call per bar: a
    // line of bars would overflow the stack.
    let mut cells = line;
    while !cells.starts_with('|')
        && let Some(rest) = cells
            .strip_suffix(" |")
            .or_else(|| cells.strip_suffix("||").map(|r| &cells[..=r.len()]))
    {
        cells = rest.trim_end();
    }
    if cells.len() < line.len() {
        return classify(cells);
    }
    if is_masthead_field(line)
        || is_document_viewer(line)
        || is_source_credit(line)
        || is_break_slot(line)
        || has_text_size_buttons(line)
    {
        return Kind::Noise;
    }
    // `UNDP | Updated: 24-09-2020 08:42 IST | Created: …`: a story's
    // stamps in cells.
    if first_bar(line).is_some()
        && (line.split(" | ").any(|cell| stamp_date(cell).is_some()) || is_dated_pager(line))
    {
        return Kind::Noise;
    }
    if let Some(day) = dashed_day(line) {
        return day;
    }
    // Each regex below is tried only on lines that start (or end) as its
    // matches must: most lines are prose, and a regex call costs more than
    // the test.
    if starts_with_any(line, b"twmdays") && GROUPING_PREFIX.is_match(line) {
        return Kind::Grouping(match parse::find_when(line, 0) {
            Some((_, w)) => context_of(&w.date).map_or(Years::Kept, Years::Given),
            None => Years::Unknown,
        });
    }
    if let Some(kind) = leading_date(line)
        .or_else(|| session(line))
        .or_else(|| timed_name(line))
    {
        return kind;
    }
    // A rule of dashes may underline it (`February and March 2016 ————`).
    if let Ok((rest, (month, year))) = date::month_year(line)
        && rest
            .trim_matches(|c: char| c.is_ascii_punctuation() || c == ' ' || date::is_dash_char(c))
            .is_empty()
    {
        return Kind::Grouping(Years::Given(YearContext {
            start_month: month,
            start_year: year,
            end_year: year,
        }));
    }
    if let Some(kind) = labeled(line) {
        return kind;
    }
    if let Some(kind) = half_day_venue(line)
        .or_else(|| dash_venue(line))
        .or_else(|| venue_then_time(line))
    {
        return kind;
    }
    if is_zone_line(line) {
        return Kind::Labeled(Label::Zone, 0..line.len());
    }
    // `All times provided are local (Ottawa, EST)` over a schedule: the
    // page's zone (read from the text), not the name of its first slot.
    if is_zone_note_line(line) {
        return Kind::Noise;
    }
    if is_card_field(line) {
        return Kind::Noise;
    }
    if is_reading_time(line) || opens_with_image_file(line) || is_mail_stamp(line) {
        return Kind::Noise;
    }
    let first = line.chars().next().unwrap_or(' ');
    // `eWeek 2025: …`, `iLibrary`, `e-Debate on …`: a name that starts in
    // lower case.
    let after = &line[first.len_utf8()..];
    let camel = after
        .strip_prefix('-')
        .unwrap_or(after)
        .starts_with(|c: char| c.is_uppercase());
    // `a) Roundtable with stakeholders (Thursday 2 May, …)`: a list's item.
    if first.is_lowercase() && !camel && item_mark(line).is_none() {
        // `at MICO Convention Centre, Milan, Italy, on 11 - 13 October
        // 2024`: a cover's venue and days, set as a phrase.
        let placed = |rest: &str| match classify(rest) {
            Kind::DateOnly(f) if f.place.is_some() => Some(*f),
            Kind::DatedTitle(f) if places::looks_like_place(&rest[f.name.clone()]) => {
                let place = rest[f.name.clone()].trim_end_matches([',', ' ']);
                Some(Found {
                    place: Some(f.name.start..f.name.start + place.len()),
                    ..*f
                })
            }
            _ => None,
        };
        if let Some(f) = line.strip_prefix("at ").and_then(placed) {
            return Kind::DateOnly(Box::new(Found {
                name: line.len()..line.len(),
                ..f.shifted(3)
            }));
        }
        return Kind::Fragment;
    }
    // `[as delivered]`, `[Check against delivery]`, `(This document is
    // for planning purposes only)`: an editor's note.
    // The `(` that opens the line closes at its end.
    let parenthesized =
        || line.ends_with(')') && org::unmatched_close(&line[1..]) == Some(line.len() - 2);
    if first == '(' && parenthesized() {
        // `(co-organized by the Department of Political Affairs)` below a
        // media alert's item: a field in brackets.
        // `(Geneva, 3-12 June 2009)` below a title: its date line, which
        // says where (a bare day in brackets stays a note).
        let inner = &line[1..line.len() - 1];
        return match labeled(inner) {
            Some(Kind::Labeled(label, value)) => {
                Kind::Labeled(label, value.start + 1..value.end + 1)
            }
            _ => match bracketed_day(line) {
                Some(Kind::DateOnly(found)) if found.place.is_some() => Kind::DateOnly(found),
                _ => Kind::Noise,
            },
        };
    }
    if first == '[' && line.ends_with(']') {
        return Kind::Noise;
    }
    if first == '[' && is_footnote(line) {
        return Kind::Body;
    }
    if BULLETS.contains(&first) {
        return match list_item(line) {
            // `• Overview`; `- Dates and times` above the days.
            Some(item) if is_page_tab(item) || is_bare_label(item) => Kind::Noise,
            _ => Kind::Body,
        };
    }
    if !line.contains(' ') {
        // `2024` alone heads a listing's items of that year (`Past events`,
        // `2024`, `AI webinar – 12 April`).
        return match lone_year(line) {
            Some(year) => Kind::Grouping(Years::Given(YearContext {
                start_month: 1,
                start_year: year,
                end_year: year,
            })),
            None => Kind::Noise,
        };
    }
    // `Share this:`, `© UNICEF/UN0123456/Smith`: the page's buttons and a
    // picture's credit, neither title nor prose.
    if is_share_or_credit(line)
        || is_promotion(line)
        || is_image_name(line)
        || is_said_twice(line)
        || is_credited_caption(line)
        || is_broadcast_note(line)
        || is_breadcrumb(line)
        // A long sentence that gives an address (`… no later than 26 March
        // 2021 to oes@un.org.`) is still the text.
        || has_email(line) && (line.split(' ').count() <= MAX_CONTACT_WORDS || !is_prose(line))
        || is_session_id(line)
        || is_pager(line)
        || is_language_bar(line)
        || is_footer_bar(line)
        || is_acronym_list(line)
        || is_delivery_note(line)
        || is_disclaimer(line)
        || is_format_tag(line)
        || is_sponsor_line(line)
        || is_credit_line(line)
        || is_submitter_line(line)
        // `Focal Point`, `Event type`: a card's label alone, whatever
        // stands below it.
        || is_bare_label(line)
        || is_masthead(line)
        || is_document_entry(line)
    {
        return Kind::Noise;
    }
    // `Delivered by the Director on 8 October 2025, in Conference Room 2`
    // below a statement's title: a sentence on when and where it was given,
    // no title of its own. So is an invitation with its day (`Join us at
    // Headquarters on Saturday, Sep 21, 2024 ┃11:15 AM`), with no stop.
    if line.starts_with("Delivered ") || is_dated_invitation(line) {
        return Kind::Body;
    }
    // `Posted on 10 July 2025`, `Last updated on 3 June 2025`, `Modified 5
    // May 2024`, `(Updated on 5 September 2014)`, `As of 20 September
    // 2020`, `First published on 10/12/2017, and last updated on
    // 01/06/2018`: the page's stamp (with a colon or a bar the date rule
    // below finds it).
    let inner = unbracketed(line);
    if inner.len() <= MAX_STAMP_BYTES
        && inner.ends_with(|c: char| c.is_ascii_digit())
        && starts_with_any(inner, b"plurmiaf")
        && let Some(m) = STAMP_ON.find(inner)
        && (parse::when(&inner[m.end()..]).is_ok_and(|(rest, _)| ends_stamp(rest))
            || time_then_date(&inner[m.end()..]))
    {
        return Kind::Noise;
    }
    let title_like = line.len() <= MAX_TITLE_BYTES;
    let bar = title_like.then(|| first_bar(line)).flatten();
    if title_like
        && let Some(found) = bar
            .and_then(|k| labeled_card(line, k))
            .or_else(|| trailing_date(line))
            .or_else(|| card_after(line, bar?))
    {
        // `Last updated: 3 March 2024` dates the page, not a happening; a
        // photo credit dates its picture; `1. Request for sponsorship: 20th
        // March 2023` is a call's step, numbered.
        let named = &line[found.name.clone()];
        if STAMP.is_match(numbered_item(named).unwrap_or(named)) || starts_with_symbol(line) {
            return Kind::Noise;
        }
        // `Press Release | 9 June 2025`: the item's date, with its type.
        // `Event 10 July 2023`: a type and a space alone before the date.
        let name = &line[found.name.clone()];
        let spaced = &line[found.name.end..found.span.start] == " ";
        // `What's Ahead @ ESCAP: 1-15 October 2014`: a listing over a span of
        // days groups its items, as `Week of …` does.
        if found.when.date.start != found.when.date.end
            && is_listing_heading(name)
            && let Some(context) = context_of(&found.when.date)
        {
            return Kind::Grouping(Years::Given(context));
        }
        // `Media Alert for 20 February 2025`, `Daily schedule - 20 November
        // 2023`: the day of the items below. `United Nations 30 Sep 2020`
        // (a video's channel, then its upload day): the Organization
        // alone names no happening.
        if is_item_type(name)
            || is_listing_heading(name)
            || matches!(name, "United Nations" | "UNITED NATIONS" | "UN")
            || is_stamp_tag(name)
            // `Watch the webcast (10 February 2025)`: a link's text names
            // nothing; the day is its title's.
            || is_link_text(name)
            || spaced && (is_type_cell(name) || is_listing_for(name))
        {
            return Kind::DateOnly(Box::new(Found {
                name: line.len()..line.len(),
                ..found
            }));
        }
        // `Date – 12 June 2024`, `When - …`: a date's label before a dash
        // (a programme's `Day 2 – …` heads its day's items instead).
        if name.len() <= MAX_DASHED_LABEL_BYTES
            && !spaced
            && !heads_a_day(name)
            && DATE_LABEL.is_match(&format!("{name}:"))
        {
            return Kind::DateOnly(Box::new(Found {
                name: line.len()..line.len(),
                labeled: true,
                ..found
            }));
        }
        // `The Council stressed its role. It welcomed the Conference (WCC-3),
        // 31 August - 4 September 2009.`: a paragraph, its last clause dated.
        // `The Dialogue opens today, 6 July 2026, in Geneva.`: a sentence
        // that names its day twice.
        if holds_sentence(name)
            || is_long_sentence(line, name, &line[found.span.end..])
            || [" today", " tomorrow", " yesterday"]
                .iter()
                .any(|w| name.ends_with(w))
        {
            return Kind::Body;
        }
        // A time before the date and nothing else: a date line.
        if found.name.is_empty() {
            return Kind::DateOnly(Box::new(Found {
                name: line.len()..line.len(),
                ..found
            }));
        }
        // `New York, 5 June 2024` below a statement's title: a date line
        // that says where, with no name of its own.
        if found.place.is_none() && places::only_places(&line[found.name.clone()]) {
            let skip = places::repeated_country(&line[found.name.clone()]);
            // `Geneva, 19 February 2018 – Trade: Headwinds or Maelstrom?`:
            // the name follows the dateline (a press release's dateline
            // runs into a sentence, which no subtitle is).
            let subtitle = found
                .subtitle
                .clone()
                .and_then(|sub| Some((sub.clone(), subtitle_text(&line[sub])?)));
            // `NEW YORK, 12 June 2024 – "The situation … is catastrophic."`:
            // the release's first sentence, quoted, after its dateline.
            if subtitle.as_ref().is_some_and(|(_, name)| {
                name.starts_with(['"', '“']) && name.trim_end_matches(['"', '”']).ends_with('.')
            }) {
                return Kind::Body;
            }
            if let Some((sub, name)) = subtitle.filter(|(_, n)| !is_clause(n)) {
                let name = name.len();
                return Kind::Event(Box::new(Found {
                    place: Some(found.name.start + skip..found.name.end),
                    name: sub.end - name..sub.end,
                    subtitle: None,
                    ..found
                }));
            }
            return Kind::DateOnly(Box::new(Found {
                place: Some(found.name.start + skip..found.name.end),
                name: line.len()..line.len(),
                ..found
            }));
        }
        // `GLOBAL | 18 – 20 APRIL 2022 | VIRTUAL`, `AFRICA | … | NAIROBI`:
        // an event card's cells say how widely and where, around the days;
        // they name no happening.
        if found.place.is_some()
            && first_bar(line).is_some()
            && (is_scope(&line[found.name.clone()])
                || places::only_places(&line[found.name.clone()]))
        {
            return Kind::DateOnly(Box::new(Found {
                name: line.len()..line.len(),
                ..found
            }));
        }
        return Kind::DatedTitle(Box::new(found));
    }
    if let Some(found) = listed_meeting(line) {
        return Kind::DatedTitle(Box::new(found));
    }
    if line.len() > MAX_TITLE_BYTES
        || is_prose(line)
        || is_pull_quote(line)
        || is_dated_sentence(line)
        || is_unstopped_sentence(line)
    {
        return Kind::Body;
    }
    // `Key events, 2021`, `Key milestones, 2018-2020`: a few words that
    // group what follows; a longer name keeps its years (`… Meeting on the
    // Final Review of the Asian and Pacific Decade of Persons with
    // Disabilities, 2013-2022`).
    if line.ends_with(|c: char| c.is_ascii_digit())
        && let Some(c) = YEAR_SUFFIX.captures(line)
        && line[..c.get(0).map_or(0, |m| m.start())].split(' ').count() <= MAX_GROUPING_WORDS
    {
        let start: i32 = c[1].parse().unwrap_or_default();
        let end: Option<i32> = c.get(2).and_then(|m| m.as_str().parse().ok());
        return Kind::Grouping(match end {
            None => Years::Given(YearContext {
                start_month: 1,
                start_year: start,
                end_year: start,
            }),
            Some(_) => Years::Unknown,
        });
    }
    if is_listing_heading(line) {
        return Kind::Grouping(Years::Unknown);
    }
    // `Media Advisory` or `Press Release` above a headline: the item's type,
    // never its title; nor is `About this event` below a date.
    if is_part_heading(line) {
        return Kind::Noise;
    }
    // `Media Accreditation`, `Badge collection` above a desk's hours: a
    // service, no happening. It ends the section above, as a listing's
    // heading does, and dates nothing.
    if is_service_heading(line) {
        return Kind::Grouping(Years::Kept);
    }
    // `Provisional programme of UNESCO Headquarters event` above its
    // times: the heading of the page's schedule.
    if line.len() <= MAX_PROGRAMME_HEADING_BYTES
        && starts_with_any(line, b"pdtfa")
        && PROGRAMME_HEADING.is_match(line)
    {
        return Kind::Noise;
    }
    // `UN Photo/Mark Garten`, `Photo: UNICEF/Smith`: a picture's credit
    // between a headline and its story, no title of its own.
    // `Photo` stands among the first words: only their bytes are searched.
    if line.len() <= MAX_CREDIT_BYTES
        && memchr::memmem::find(&line.as_bytes()[..line.len().min(32)], b"hoto").is_some()
        && PHOTO_CREDIT.is_match(line)
    {
        return Kind::Noise;
    }
    // `Events calendar — November 2024`: a listing's heading with its month.
    if line.len() <= 60
        && line.ends_with(|c: char| c.is_ascii_digit())
        && let Some(context) = listing_month(line)
    {
        return Kind::Grouping(Years::Given(context));
    }
    // Matched without captures (a slower engine): the year is the line's
    // last four-digit run.
    if line.len() <= 60
        && LISTING_YEAR.is_match(line)
        && let Some(year) = line
            .split(|c: char| !c.is_ascii_digit())
            .rfind(|w| w.len() == 4)
            .and_then(|w| w.parse::<i32>().ok())
    {
        return Kind::Grouping(Years::Given(YearContext {
            start_month: 1,
            start_year: year,
            end_year: year,
        }));
    }
    if is_figures(line) {
        return Kind::Noise;
    }
    // `ITU and the Swiss Confederation, and co-organized by ITU, UNESCO, …`:
    // a deck's sentence wrapped onto the line, past its subject; no name
    // goes on with `, and organized by`.
    if let Some(k) = memchr::memmem::find(line.as_bytes(), b", and ")
        && org::opens_with_org_phrase(&line[k + 6..])
    {
        return Kind::Fragment;
    }
    Kind::Title
}

/// `0830-1200 and 1330-1700 hours`: figures and the words that join or
/// count them, which name nothing (a desk's opening hours, a table's
/// numbers).
fn is_figures(line: &str) -> bool {
    const JOINS: [&str; 5] = ["and", "to", "hours", "hrs", "h"];
    // Most titles open with a letter: a byte test settles them.
    !line.starts_with(|c: char| c.is_alphabetic())
        && line
            .split(' ')
            .all(|w| JOINS.contains(&w) || !w.contains(|c: char| c.is_alphabetic()))
}

/// `2024` or `2024:` alone on its line: a year of this century or the last.
fn lone_year(line: &str) -> Option<i32> {
    let digits = line.strip_suffix(':').unwrap_or(line);
    let year = (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<i32>().ok())
        .flatten()?;
    (1900..2100).contains(&year).then_some(year)
}

/// A list item that opens with a date or a time (`• 24 January 2023 –
/// Launch of the deep dives`, `• 08:00-09:15 (EDT) - Data for the SDGs`, `1.
/// 20 March 2024: Expert meeting`): an event or agenda line behind its
/// bullet or number. The bullet's length, with the
/// space after it, and the item's kind.
pub fn bulleted_event(line: &str) -> Option<(usize, Kind)> {
    let mut bulleted = false;
    let item = match line.chars().next()? {
        c if BULLETS.contains(&c) => {
            bulleted = true;
            line[c.len_utf8()..].strip_prefix(' ')?
        }
        // A numbered item: `1. 20 March 2024: Expert meeting`, `2) …`.
        c if c.is_ascii_digit() => numbered_item(line)?,
        _ => return None,
    };
    match classify(item) {
        kind @ (Kind::Event(_) | Kind::Session(_)) => Some((line.len() - item.len(), kind)),
        // A calendar's card as a list (`• 23 May 2022 - 23 May 2022`, `•
        // Nairobi, Kenya`, then the title): its date and place lines.
        // A bare day stays a list's item (`Key dates:`, `• 5 May 2024`); a
        // day with its hours (`• 5 November 2013, 10:00-12:00`) or its place
        // (`• Riga, Latvia  15 November 2019`) is a card's.
        Kind::DateOnly(f)
            if bulleted && (spans_days(&f, item) || f.when.time.is_some() || f.place.is_some()) =>
        {
            Some((line.len() - item.len(), Kind::DateOnly(f)))
        }
        kind @ Kind::Title if bulleted && places::only_places(item) => {
            Some((line.len() - item.len(), kind))
        }
        // `• Launch of the report (12 June 2024)`: a list of dated
        // happenings; a key date (`• Deadline for submissions (1 May
        // 2024)`) names none.
        Kind::DatedTitle(f) if bulleted && !is_key_date(&item[f.name.clone()]) => {
            Some((line.len() - item.len(), Kind::DatedTitle(f)))
        }
        _ => None,
    }
}

/// `Day 2 – Thursday, 27 June 2024` heads a programme's day: the sessions
/// or items below are its own, so `Day` is no label tying the date to the
/// title above.
fn heads_a_day(text: &str) -> bool {
    text.get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("day "))
}

/// A date written as a span of days, even of one (`6 February 2018 - 6
/// February 2018`): never a publication date.
pub fn spans_days(f: &Found, line: &str) -> bool {
    let text = &line[f.span.clone()];
    // A time's `from 14:00 to 17:00` spans hours, not days.
    f.when.date.start != f.when.date.end
        || f.when.time.is_none() && [" - ", "–", "—", " to "].iter().any(|d| text.contains(d))
}

/// `DATE Tuesday, 16 July 2019`, `EVENT Launch of the report`: a media
/// advisory's field in capitals whose colon (a tab between two cells) the
/// scrape dropped. Where the colon goes, when the value fits the label: a
/// day or hours after a date's label, a place after a place's, a name in
/// mixed case after a title's (`WHERE WE WORK` is a heading).
pub fn colon_after_caps_label(line: &str) -> Option<usize> {
    const DATED: [&str; 7] = [
        "DATE",
        "DATES",
        "WHEN",
        "TIME",
        "TIME/DATE",
        "DATE/TIME",
        "DATE AND TIME",
    ];
    const PLACES: [&str; 3] = ["WHERE", "VENUE", "LOCATION"];
    const NAMES: [&str; 2] = ["EVENT", "WHAT"];
    let first = *line.as_bytes().first()?;
    if !matches!(first, b'D' | b'E' | b'L' | b'T' | b'V' | b'W')
        || !line.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase)
    {
        return None;
    }
    let fits = |labels: &[&str], value_fits: fn(&str) -> bool| {
        labels.iter().find_map(|l| {
            let value = line.strip_prefix(l)?;
            let trimmed = value.trim_start_matches(' ');
            (trimmed.len() < value.len() && value_fits(trimmed)).then_some(l.len())
        })
    };
    fits(&DATED, |v| {
        v.starts_with(|c: char| c.is_ascii_digit()) || date::may_start_date(v)
    })
    .or_else(|| fits(&PLACES, places::looks_like_place))
    .or_else(|| {
        fits(&NAMES, |v| {
            v.starts_with(char::is_uppercase) && v.contains(char::is_lowercase)
        })
    })
}

/// The icons that open a social post's date, time or place line (`📅 12
/// March 2026`, `🕙 10:00–11:30 CET`, `📍 Online`), with the spaces after
/// them: their length and the kind of the line without them, when that is
/// such a line. Other lines keep their icons as written.
pub fn icon_prefix(line: &str) -> Option<(usize, Kind)> {
    // Triangles (`▶▶ Tuesday 5 November 2013,`) and squares (`▢ DAY 1 |
    // Tuesday, 1 October 2024`) point at a line as icons do; the shapes
    // that mark list items (`▪`, `◦`) stay bullets.
    let is_icon = |c: char| {
        matches!(c, '\u{25A0}'..='\u{25FF}' | '\u{2300}'..='\u{23FF}' | '\u{2600}'..='\u{27BF}' | '\u{2B50}'..='\u{2B55}' | '\u{1F300}'..='\u{1FAFF}')
            && !BULLETS.contains(&c)
    };
    if !line.chars().next().is_some_and(is_icon) {
        return None;
    }
    let rest =
        line.trim_start_matches(|c: char| is_icon(c) || matches!(c, ' ' | '\u{FE0F}' | '\u{200D}'));
    let kind = match classify(rest) {
        kind @ (Kind::DateOnly(_) | Kind::Event(_) | Kind::Labeled(..) | Kind::Session(_)) => kind,
        // The pin labels its place as `Venue:` does, a one-word place
        // (`📍 Online`) too.
        Kind::Title | Kind::Noise if places::only_places(rest) => {
            Kind::Labeled(Label::Place, 0..rest.len())
        }
        // `🖥️ Zoom link`: the way in, no name.
        Kind::Title if is_named_link(rest) => Kind::Noise,
        _ => return None,
    };
    Some((line.len() - rest.len(), kind))
}

/// `? 17 June 2020 ? 17:00 – 18:30 (CET)`: a line whose icons a page lost in
/// its encoding, each now `?` (or U+FFFD) standing alone, the first opening
/// the line. Each lost icon is read as a calendar's (see
/// [`cells_of_icons`]); a question never opens with its mark.
pub fn found_icons(line: &str) -> Option<String> {
    if !(line.starts_with("? ") || line.starts_with("\u{FFFD} ")) {
        return None;
    }
    let lost = |w: &str| matches!(w, "?" | "\u{FFFD}");
    let words: Vec<&str> = line
        .split(' ')
        .map(|w| if lost(w) { "\u{1F4C5}" } else { w })
        .collect();
    Some(words.join(" "))
}

/// `📅 5 June | 🕒 12:45–13:45 hrs | 📍 Room 8, Nice`, `📅 12 March 🕙 10:00
/// CET 📍 Online`: a date line whose later parts open with the icon of a
/// day, a time or a place. Each such icon parts a cell, as a bar does; the
/// pin labels its place as `Venue:` does; the others are left out. The
/// line as so read, when it has such an icon past its first character.
///
/// ```
/// use docket::segment::cells_of_icons;
/// assert_eq!(
///     cells_of_icons("📅 5 June | 🕒 12:45 | 📍Room 8").as_deref(),
///     Some("📅 5 June | 12:45 | Venue: Room 8")
/// );
/// assert_eq!(
///     cells_of_icons("📅 5 June 🕒 12:45 CET 📍").as_deref(),
///     Some("📅 5 June | 12:45 CET")
/// );
/// assert_eq!(cells_of_icons("Great day 🎉 at the summit"), None);
/// ```
pub fn cells_of_icons(line: &str) -> Option<String> {
    let is_cell_icon = |c: char| {
        matches!(c, '\u{1F4C5}' | '\u{1F4C6}' | '\u{1F5D3}' | '\u{1F550}'..='\u{1F567}' | '\u{23F0}'..='\u{23F2}' | '\u{231A}' | '\u{1F570}')
            || is_pin(c)
    };
    let first = line.chars().next()?;
    let rest = &line[first.len_utf8()..];
    // Every such icon's first byte is 0xF0 or 0xE2 (as dashes' and quotes'
    // are): a vectorized scan for them, and a look at the character each
    // starts, settle most lines before anything is copied.
    let opens_cell = |k: usize| {
        rest[..k].ends_with([' ', '|']) && rest[k..].chars().next().is_some_and(is_cell_icon)
    };
    if !memchr::memchr2_iter(0xF0, 0xE2, rest.as_bytes()).any(opens_cell) {
        return None;
    }
    let mut out = String::with_capacity(line.len() + 8);
    out.push(first);
    let mut chars = rest.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        let after_space = out.ends_with(' ') || out.ends_with('|');
        if !(is_cell_icon(c) && after_space) {
            out.push(c);
            continue;
        }
        while chars
            .next_if(|&(_, c)| matches!(c, ' ' | '\u{FE0F}'))
            .is_some()
        {}
        let kept = out.trim_end_matches([' ', '|']).len();
        out.truncate(kept);
        out.push_str(" | ");
        if is_pin(c) {
            out.push_str("Venue: ");
        }
    }
    // An icon that ends the line opens no cell.
    let kept = out
        .trim_end_matches(' ')
        .trim_end_matches("Venue:")
        .trim_end_matches([' ', '|'])
        .len();
    out.truncate(kept);
    Some(out)
}

/// The pins that mark a place (`📍`, `📌`).
fn is_pin(c: char) -> bool {
    matches!(c, '\u{1F4CD}' | '\u{1F4CC}')
}

/// Marks that open a list item.
const BULLETS: [char; 11] = ['•', '●', '·', '*', '▪', '■', '◦', '○', '►', '-', '–'];

/// The month and year that end a listing's heading (`Events calendar —
/// November 2024`).
fn listing_month(line: &str) -> Option<YearContext> {
    let (rest, _) = line.rsplit_once(' ')?;
    let (head, _) = rest.rsplit_once(' ')?;
    let (tail, (month, year)) = date::month_year(&line[head.len() + 1..]).ok()?;
    let head = head.trim_end_matches([' ', '—', '–', '-', ':', '|']);
    (tail.is_empty() && LISTING_HEADING.is_match(head)).then_some(YearContext {
        start_month: month,
        start_year: year,
        end_year: year,
    })
}

/// The years a span of days (`18 May to 1 June 2026`) gives the items it
/// groups.
pub fn context_of(d: &date::DateSpan) -> Option<YearContext> {
    let end_year = d.end.year.or(d.start.year)?;
    Some(YearContext {
        start_month: d.start.month,
        start_year: d.start.year.unwrap_or(end_year),
        end_year,
    })
}

/// A line that starts with a date (after a `Date:` label, if any): a
/// standalone date line or an event line. Longer lines are prose that happens
/// to open with a date, and so is a line named by a full sentence (see
/// [`timeline_item`]).
fn leading_date(line: &str) -> Option<Kind> {
    date_led(line, Named::NotBySentence)
}

/// `WHEN: 13:30-14:30 GMT, Tuesday 28 November 2023`: a labelled date
/// line (its value from `from`) that gives its time first.
fn time_first(line: &str, from: usize) -> Option<Kind> {
    let f = trailing_date(&line[from..]).filter(|f| f.name.is_empty())?;
    Some(Kind::DateOnly(Box::new(Found {
        name: line.len()..line.len(),
        labeled: true,
        ..f.shifted(from)
    })))
}

/// What may name an event line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Named {
    NotBySentence,
    BySentence,
    /// No sentence, and maybe no separator after the date: a list's item.
    Listed,
}

/// `27 January - 7 February 18th session of the Universal Periodic Review`:
/// a date, a space and a name, no separator between them, maybe behind a
/// bullet (`• 25 September SDG Summit`). Alone it is a title; among other
/// dated lines, a list's item read as an event line. The bullet's length,
/// with the space after it, and the item.
pub fn listed_item(line: &str) -> Option<(usize, Found)> {
    let item = list_item(line).unwrap_or(line);
    match date_led(item, Named::Listed)? {
        Kind::Event(found) => Some((line.len() - item.len(), *found)),
        _ => None,
    }
}

/// `14 March 2023 – Thematic deep dive on digital inclusion.`, maybe behind
/// a bullet: a dated line named by one short sentence. Alone it opens a
/// paragraph with its dateline (`26 February 2024 – The Council today
/// opened its session.`); in a timeline, among other dated lines, it is an
/// item of its own. The bullet's length, with the space after it, and the
/// item read as an event line.
pub fn timeline_item(line: &str) -> Option<(usize, Found)> {
    let item = list_item(line).unwrap_or(line);
    match date_led(item, Named::BySentence)? {
        Kind::Event(found) if !is_clause(&item[found.name.clone()]) => {
            Some((line.len() - item.len(), *found))
        }
        _ => None,
    }
}

/// `The Global Digital Compact was adopted at the Summit.`, `The Council
/// met. It heard …`: a sentence with a subject and its verb, or more than
/// one sentence, tells what happened; it names nothing.
fn is_clause(name: &str) -> bool {
    const AUXILIARIES: [&str; 7] = [
        " was ", " were ", " is ", " are ", " has ", " have ", " will ",
    ];
    name.contains(". ")
        || name
            .split(' ')
            .next()
            .is_some_and(|w| matches!(w, "The" | "A" | "An"))
        || AUXILIARIES.iter().any(|a| name.contains(a))
        || has_past_verb(name)
}

/// `ECLAC will hold its 39th session in Argentina`: a headline that
/// announces a happening in a sentence's words, its days after it.
fn will_hold(name: &str) -> bool {
    [" will hold ", " will host ", " will convene "]
        .iter()
        .any(|v| name.contains(v))
        && !name.contains(". ")
}

/// Words that join others and end no name: prepositions, articles, `and`.
pub const JOINING_WORDS: [&str; 10] = [
    "of", "on", "in", "for", "and", "the", "a", "to", "with", "by",
];

/// `Open Source x AI Sessions explored the potential of …`, `DPI Day This
/// day positioned Digital Public Infrastructure …`: a verb in the past,
/// before its object's article, or between its subject's noun and a name,
/// which no name has (`Workshop on selected Topics` has a preposition).
fn has_past_verb(name: &str) -> bool {
    // Most names hold no word ending in `ed`: one search settles them.
    let b = name.as_bytes();
    let ed = || {
        memchr::memchr_iter(b'd', b)
            .any(|k| k > 0 && b[k - 1] == b'e' && b.get(k + 1) == Some(&b' '))
    };
    if name.len() > MAX_TITLE_BYTES || !ed() {
        return false;
    }
    let lower = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase());
    let mut words = name.split(' ');
    let (Some(mut before), Some(mut verb)) = (words.next(), words.next()) else {
        return false;
    };
    words.any(|after| {
        let past = verb.len() > 4
            && verb.ends_with("ed")
            && lower(verb)
            && (matches!(after, "the" | "a" | "an" | "its" | "their")
                || lower(before)
                    && !JOINING_WORDS.contains(&before)
                    && after.starts_with(|c: char| c.is_uppercase()));
        (before, verb) = (verb, after);
        past
    })
}

fn date_led(line: &str, named_by: Named) -> Option<Kind> {
    if line.len() > MAX_EVENT_BYTES {
        return None;
    }
    // `Venue: ECOSOC Chamber | Date: 16-18 April 2024`: a card's fields in
    // cells, the place first.
    let (place_first, cell) = (starts_with_any(line, b"vlwp")
        || starts_with_word(line, PLACE_LABELS_RM))
    .then(|| line.find(" | "))
    .flatten()
    .and_then(|k| Some((place_field(&line[..k])?, k + 3)))
    .unzip();
    let cell = cell.unwrap_or(0);
    let from = if starts_with_any(&line[cell..], b"dwtsfeo[")
        || starts_with_word(&line[cell..], &["course", "conference", "meeting"])
    {
        DATE_LABEL
            .find(&line[cell..])
            .map_or(cell, |m| cell + m.end())
    } else {
        cell
    };
    // `All day, 26 September – Youth summit`: the whole day, no time, said
    // before the date.
    let at = after_whole_day(&line[from..])
        .and_then(|rest| rest.strip_prefix(", "))
        .map_or(from, |date| line.len() - date.len());
    // `On Oct 28th 2020 at 3 pm`: a card's day in a sentence's words, with
    // nothing after it.
    // (A sentence's `On 10 May 2024, OSET moderated …` is longer: most are
    // settled by their length.)
    let at = match line[at..].strip_prefix("On ") {
        Some(date)
            if date.len() <= MAX_ON_DATE_BYTES
                && parse::when(date).is_ok_and(|(rest, _)| rest.trim_end().is_empty()) =>
        {
            line.len() - date.len()
        }
        _ => at,
    };
    if !date::may_start_date(&line[at..]) {
        return (from > cell).then(|| time_first(line, from)).flatten();
    }
    let (mut rest, mut when) = parse::when(&line[at..]).ok()?;
    // `Date: 5 May 2024 | Time: 10:00-11:00 (CET)`: the time's label on the same line.
    if when.time.is_none()
        && let Some(m) = INLINE_TIME_LABEL.find(rest)
        && let Ok((r, time)) = time::time_slots(&rest[m.end()..])
    {
        let (r, zone) = zone::zone(r).map_or((r, None), |(r, z)| (r, Some(z.to_string())));
        when.time = Some(time);
        when.zone = when.zone.or(zone);
        rest = r;
    }
    // `Start Date: 2 December 2024 End Date: 4 December 2024`: both days
    // labelled on one line.
    if from > 0
        && when.date.start == when.date.end
        && let Some(m) = INLINE_END_LABEL.find(rest)
        && let Ok((r, last)) = parse::when(&rest[m.end()..])
    {
        when.date = date::DateSpan::between(when.date.start, last.date.end);
        when.time = match (when.time, last.time) {
            (Some(t), Some(l)) if t.end.is_none() => Some(time::TimeSpan {
                start: t.start,
                end: Some(l.start),
            }),
            (t, l) => t.or(l),
        };
        when.zone = when.zone.or(last.zone);
        rest = r;
    }
    // `12 March 2024 (10:00-12:00) and 13 March 2024 (14:00-16:00) CET`:
    // a later day's slot ends the happening.
    if let Some(r) = rest
        .strip_prefix(" and ")
        .or_else(|| rest.strip_prefix(" & "))
        && date::may_start_date(r)
        && let Ok((r, last)) = parse::when(r)
        && last.date.start.year.is_some()
    {
        when.through(&last);
        rest = r;
    }
    let span = at..line.len() - rest.len();
    let labeled = from > 0 && !heads_a_day(&line[cell..]);
    // A label with its colon (or question mark) may have notes after its
    // date; one without (`Date 14 June 2024 is the deadline.`) opens a
    // sentence.
    let noted = labeled && line[cell..from].contains([':', '?']);
    // `… | Organizer: OSET | Venue: Room 4`: fields in cells end the line.
    let (end, mut cells) = label_cells(line, span.end);
    // `19 September (Time TBC) - …`, `20 September, All day - …`, `19-23
    // September, all week - …`: no time.
    let after = &line[span.end..end];
    // Each note starts `, A`, `, F`, `, T`, ` (` or ` all`: most lines skip
    // the regex.
    let may_note = after.starts_with(" (")
        || after.starts_with(" all")
        || after
            .strip_prefix(',')
            .map(|a| a.trim_start())
            .is_some_and(|a| a.starts_with(['A', 'a', 'F', 'f', 'T', 't']));
    let no_time = may_note
        .then(|| NO_TIME.find(after))
        .flatten()
        .map_or(0, |m| m.end());
    let mut rest = &line[span.end + no_time..end];
    // `5-6 October, all day (GMT+3) - …`: the zone after the note.
    if no_time > 0
        && when.zone.is_none()
        && let Ok((r, z)) = zone::zone(rest)
    {
        when.zone = Some(z.to_string());
        rest = r;
    }
    let place_cell = cells
        .iter()
        .find(|(label, _)| *label == Label::Place)
        .map(|(_, r)| r.clone());
    // Nothing after the date but punctuation or a parenthesis (`(14:00 UTC)`),
    // or a place (`6 March 2024, 10.00–11.30 CET, Palais des Nations`): a
    // date line, not an event line named after a place.
    // A colon at the end introduces the item below (`Thursday, 24 March,
    // from 09:30-11:00 hours, Room Popov:`).
    // A footnote's star may follow (`10:00 - 11:00 CET*`).
    let tail = rest
        .trim_matches(|c: char| matches!(c, ' ' | '.' | ',' | ';' | '*'))
        .trim_end_matches(':');
    // A note after the separator: the item's type, or who may attend.
    let note = tail.trim_start_matches(['|', '-', '–', '—', ':', ' ', '·', '•']);
    // Also after a dash: `30-06-2005 4:00 pm - (Media Advisory N°2005-47)`.
    // `October 28 to October 29, 2025 (Geneva, Switzerland) Hybrid`: also
    // before a way to attend.
    let parenthesis = (note.starts_with('(') && note.ends_with(')') && !note.contains(" - "))
        .then(|| &note[1..note.len() - 1])
        .or_else(|| {
            let (inner, way) = note.strip_prefix('(')?.split_once(')')?;
            places::is_way_to_attend(way.trim_start()).then_some(inner)
        });
    // `12 December 2024 (Online)`: the parenthesis says where, also after a
    // way to attend (`(hybrid: Palais des Nations, Room XXIV & Zoom)`).
    let place_in_parenthesis = || {
        let venue = parenthesis.map(places::after_attendance_lead);
        venue.filter(|p| places::only_places(p)).map(|p| {
            let start = p.as_ptr() as usize - line.as_ptr() as usize;
            start..start + p.len()
        })
    };
    let date_only = if tail.is_empty()
        // `28 February 2019 -`: a dash whose other end the page left out;
        // `Tuesday, 22 March and onwards`: an end left open.
        || matches!(tail, "-" | "--" | "–" | "—" | "and onwards" | "onwards")
        // `…, 6.30 pmBackground`: the page's next heading run into the time,
        // with no space between (a name after a date is parted from it).
        || when.time.is_some() && rest.starts_with(char::is_uppercase) && !rest.contains(' ')
        || parenthesis.is_some()
        || is_item_type(note)
        || is_stamp_tag(note)
        // `12 June 2024 | 3 min read`: a story's stamp.
        || is_reading_time(note)
        // `10 February 2025 – Watch the webcast`: a link's text.
        || is_link_text(note)
        // `09 November 2022, 13:30 - 16:30 | By invitation only`.
        || is_access_note(note)

        // `Date: Thu, Aug 24 - Fri, Aug 25 2023 | Expert Group Meetings`.
        || tail
            .strip_prefix(['|', '·', '•'])
            .is_some_and(|t| is_type_cell(t.trim()))
        // `Date and Time: Monday 19 April 2021 at 17:00 CET (Geneva time)
        // and will update if needed.`: a field's note in lower case.
        || noted && lower_case_note(tail)
        // `WHEN: Wednesday 25 March 2020. Opening remarks … from 1000-1030.`:
        // a field's sentences after its day.
        || noted && rest.starts_with(". ")
    {
        Some(
            place_first
                .or(place_cell.clone())
                .or_else(place_in_parenthesis)
                .or_else(|| promised_place(line, cell..from, span.end..end)),
        )
    } else {
        place_after(line, span.end..end)
            .or_else(|| place_cells(line, span.end..end))
            .or_else(|| town_after(line, span.end..end))
            .or_else(|| venue_in_town_after(line, span.end..end))
            .or_else(|| typed_place(line, span.end..end))
            // `Option::and` would run the test on every line: only a line
            // with a time asks it.
            .or_else(|| when.time.and_then(|_| venue_first(line, span.end..end)))
            .or_else(|| when.time.and_then(|_| address_after(line, span.end..end)))
            .map(Some)
            // The WSIS agenda's `… (UTC+01:00) Physical (on-site) and
            // Virtual (remote) participation WSIS&SDG TalkX 2 Images`: how
            // to attend, then a room no gazetteer knows and the page's tabs.
            .or_else(|| {
                ["Physical (on-site)", "Virtual (remote)"]
                    .iter()
                    .any(|mode| note.starts_with(mode))
                    .then_some(None)
            })
            // `12 June 2024, 10:00 - 11:00 via Zoom`, `… at the UN`: a note
            // in lower case after the hours, where a name would open with
            // its separator or a capital.
            .or_else(|| (when.time.is_some() && is_lower_case_note(rest)).then_some(None))
    };
    if let Some(place) = date_only {
        return Some(Kind::DateOnly(Box::new(Found {
            span,
            when,
            name: line.len()..line.len(),
            labeled,
            place,
            cells,
            subtitle: None,
        })));
    }
    // `22 September, 08:00-09:00 (EDT) (hybrid) - Data for Now`: how or
    // where it is held, in parentheses before the separator.
    let (rest, paren_place) = match rest
        .strip_prefix(" (")
        .and_then(|r| Some((r, r.find(')')?)))
    {
        Some((inner, close)) if places::only_places(&inner[..close]) => {
            let start = end - inner.len();
            (&inner[close + 1..], Some(start..start + close))
        }
        _ => (rest, None),
    };
    // After the hours, text that opens as a name does names the item
    // unless it is a sentence (`18 September 2024 10:00 The meeting opens
    // with statements.`).
    let named_after_hours = |name: &str| {
        when.time.is_some()
            && name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !name.ends_with('.')
            && !has_finite_verb(name)
    };
    // A list's item may name its happening after a space alone, from a
    // capital or a number (`… 7 February 18th session of …`); any line may
    // from a quotation mark (`Tuesday, 23 September "Climate Summit 2014"
    // convened by …`).
    // `27 March 2015WHO Press Conference…`: a scrape ran the table's cells
    // together; the name starts at once after the year.
    let glued = rest.starts_with(|c: char| c.is_uppercase())
        && line[..end - rest.len()]
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()
            .is_some_and(|digits| digits.len() == 4);
    let unparted = || {
        if glued {
            return Some(0);
        }
        let name = rest.strip_prefix(' ')?;
        // `15 September 2021 (10:00 - 11:30 CET) Forum on ethics`: a time in
        // brackets parts the name as a separator would, and so does one
        // that ends its date (`18 September 10:00-11:00 ET Digital Day`).
        let bracketed = line[..end - rest.len()].ends_with(')');
        (name.starts_with(['"', '“'])
            || (named_by == Named::Listed || bracketed)
                && name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || named_after_hours(name))
        .then_some(1)
    };
    // `19 September, 09:00-10:30 (ET), Geneva - Digital Day`: a place
    // after a comma, then the dash before the name (read below).
    let comma_place = || {
        rest.strip_prefix(", ")
            .filter(|r| leading_place(r).is_some())
            .map(|_| 2)
    };
    // `16 April 2024, 15:00-18:00, Regional breakout sessions`: after the
    // hours a comma may part the name as a dash would (a place after the
    // hours was read above).
    let comma_name = || {
        rest.strip_prefix(", ")
            .filter(|name| named_after_hours(name))
            .map(|_| 2)
    };
    let sep = EVENT_SEPARATOR
        .find(rest)
        .map(|m| m.end())
        .or_else(comma_place)
        .or_else(comma_name)
        .or_else(unparted)?;
    let mut name = end - rest.len() + sep..end;
    // `17 September – All day – Youth summit`: the whole day, no time.
    if let Some(after) = after_whole_day(&line[name.clone()])
        && let Some(sep) = EVENT_SEPARATOR.find(after)
    {
        name.start = end - after.len() + sep.end();
    }
    // `28th June, 13:00 – 15:00 – Room 4 – Financing water security`: the
    // room, then the name.
    let lead_place = leading_place(&line[name.clone()]).map(|(place, rest)| {
        let place = name.start..name.start + place;
        name.start += rest;
        place
    });
    // The next cell run into the name (`WHO Press ConferenceJournalists are
    // invited …`) ends it, as the date's cell did.
    if glued && let Some(k) = glued_cell(&line[name.clone()]) {
        name.end = name.start + k;
    }
    // `26 February 2024 – The Council today opened its session.`: a dateline
    // opening a paragraph (the heading above names the happening), not an
    // event line named by a sentence.
    let named = &line[name.clone()];
    if (named_by != Named::BySentence && (is_sentence(named) || has_past_verb(named)))
        || is_caption(named)
        || named.split(' ').next().is_some_and(is_lowercase_word)
    {
        return None;
    }
    // `5 June 2024: Deadline for submissions`, `1 July 2024 - Registration
    // opens`: a key date, no happening.
    if is_key_date(named) {
        return Some(Kind::Noise);
    }
    let (mut name, place) = row_cells(line, name, &mut cells);
    // `… - Digital Day. Organizer: ITU`: fields after the name's stop.
    // Found by its stop (a byte): a string pattern builds a searcher.
    if let Some((end, first)) = memchr::memchr_iter(b'.', line[name.clone()].as_bytes())
        .filter(|&stop| line.as_bytes().get(name.start + stop + 1) == Some(&b' '))
        .find_map(|stop| run_on_field(line, name.start + stop))
    {
        let mut field = Some(first);
        while let Some((label, value)) = field {
            let next = value.end;
            cells.push((label, value));
            field = run_on_field(line, next).map(|(_, f)| f);
        }
        name.end = end;
    }
    // `March 16 - Horizon Summit, an all-day event dedicated to …`: the
    // description after the name is no part of it.
    if let Some(k) = appositive(&line[name.clone()]) {
        name.end = name.start + k;
    }
    // `Mar 20, 2024 – Forum on Forests, 10 a.m.–1 p.m.`: the time after the name.
    if when.time.is_none()
        && let Some((comma, t)) = time_ending(line, name.clone())
    {
        when.time = Some(t.time);
        when.zone = when.zone.or(t.zone);
        name.end = comma;
    }
    // `March 13 - Parallel Event on the family from 12:30 to 2pm at 4 West
    // 43rd Street`: the hours, then where, close the name.
    let mut place = place;
    if when.time.is_none()
        && let Some(hours) = hours_ending(line, name.clone())
    {
        when.time = Some(hours.time);
        when.zone = when.zone.or(hours.zone.map(str::to_string));
        name.end = hours.from;
        place = place.or(hours.place);
    }
    name.end -= sentence_stop(&line[name.clone()]);
    Some(Kind::Event(Box::new(Found {
        span,
        when,
        name,
        labeled: false,
        place: place.or(place_cell).or(paren_place).or(lead_place),
        cells,
        subtitle: None,
    })))
}

/// A place before a dash that opens an event line's name (`Room 4 – Data
/// for Development`, `Geneva – …`, `Online – …`): where the place ends and
/// where the name starts. A venue must give its number: `SDG Media Zone -
/// UNGA78` names a series.
fn leading_place(name: &str) -> Option<(usize, usize)> {
    // Rooms and towns are short: a dash further on parts the name's own
    // words. The dashes are `-` or open with the byte 0xE2 (`–`, `—`).
    let head = &name.as_bytes()[..name.len().min(MAX_LEAD_PLACE_BYTES + 1)];
    let (k, dash) = memchr::memchr2_iter(b'-', 0xE2, head).find_map(|k| {
        let dash = name.get(k..)?.chars().next()?;
        matches!(dash, '–' | '—' | '-').then_some((k, dash))
    })?;
    let place = name[..k].strip_suffix(' ')?;
    let rest = name[k + dash.len_utf8()..].strip_prefix(' ')?;
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let numbered = place.rsplit(' ').next().is_some_and(|w| {
        w.bytes().all(|b| b.is_ascii_digit()) || w.bytes().all(|b| b"IVXL".contains(&b))
    });
    let where_ = numbered && places::only_places(place)
        || places::is_place(place)
        || places::is_way_to_attend(place);
    where_.then(|| (place.len(), name.len() - rest.len()))
}

/// The longest place read before an event line's name.
const MAX_LEAD_PLACE_BYTES: usize = 40;

/// `and will update if needed.`, `(Geneva time) to be confirmed`: a note in
/// lower case after a field's date, maybe past a parenthesis.
/// `Date and place: 21 February 2020 in Tallink Hotel, Tallinn, Estonia.`:
/// a label that promises a place after the date (`Date and venue:`, `When &
/// where:`) vouches for a name that no gazetteer knows. Its range in `line`.
fn promised_place(line: &str, label: Range<usize>, rest: Range<usize>) -> Option<Range<usize>> {
    // Most date lines have no `in …` after the date: that test comes first,
    // and the label is read only then.
    let after = line[rest].trim_start_matches([' ', ',', ';', '|', '-', '–', '—']);
    let place = tail_of(PLACE_LEADS.iter().find_map(|p| after.strip_prefix(p))?);
    let label = &line[label];
    let promises = ["place", "venue", "location", "where"]
        .iter()
        .any(|w| crate::text::contains_ignore_ascii_case(label, w));
    let start = place.as_ptr() as usize - line.as_ptr() as usize;
    (promises && place.starts_with(char::is_uppercase)).then_some(start..start + place.len())
}

/// ` via Zoom`: a short note after a space, in lower case, that no
/// separator parts from a name after it.
fn is_lower_case_note(rest: &str) -> bool {
    rest.len() <= MAX_NOTE_BYTES
        && rest
            .strip_prefix(' ')
            .is_some_and(|note| note.starts_with(|c: char| c.is_lowercase()))
        && !NAME_SEPARATORS.iter().any(|sep| rest.contains(sep))
}

/// The longest note read after a date line's hours.
const MAX_NOTE_BYTES: usize = 60;

fn lower_case_note(tail: &str) -> bool {
    tail.strip_prefix('(')
        .and_then(|t| t.split_once(')'))
        .map_or(tail, |(_, after)| after)
        .trim_start()
        .starts_with(|c: char| c.is_lowercase())
}

/// Words that end a happening's name (`Peace Week`, `Press Briefing`).
const HAPPENING_WORDS: &[&str] = &[
    "Week",
    "Day",
    "Days",
    "Forum",
    "Summit",
    "Conference",
    "Meeting",
    "Session",
    "Dialogue",
    "Webinar",
    "Workshop",
    "Launch",
    "Briefing",
    "Event",
    "Festival",
    "Expo",
];

/// `Media Accreditation`, `Registration desk`, `Badge collection`: a short
/// heading naming a service to participants and no kind of happening
/// (`Accreditation Briefing` is one); or a desk's `Opening hours of …`.
fn is_service_heading(line: &str) -> bool {
    // `Opening hours of the badging desk for the Council`.
    if starts_with_word(line, &["opening hours "]) {
        return true;
    }
    line.len() <= MAX_SERVICE_HEADING_BYTES
        && line.split(' ').any(service)
        && !line
            .split(' ')
            .any(|w| HAPPENING_WORDS.iter().any(|h| w.eq_ignore_ascii_case(h)))
}

/// `How can I participate?`, `Will side events take place?`: a short
/// question, opened by the word that asks.
pub fn is_question(line: &str) -> bool {
    const ASKING: [&str; 17] = [
        "Will", "How", "What", "When", "Where", "Who", "Why", "Which", "Can", "Could", "Do",
        "Does", "Is", "Are", "Should", "Must", "Has",
    ];
    line.ends_with('?')
        && line.len() <= MAX_QUESTION_BYTES
        && line
            .split_once(' ')
            .is_some_and(|(first, _)| ASKING.contains(&first))
}

/// The longest line read as a question heading.
const MAX_QUESTION_BYTES: usize = 120;

/// The longest heading read as a service's.
const MAX_SERVICE_HEADING_BYTES: usize = 40;

/// Services a meeting offers its participants.
const SERVICES: [&str; 5] = [
    "registration",
    "accreditation",
    "badge",
    "badges",
    "credentials",
];

/// A word naming a service. Each starts with one of these letters: most
/// words are settled by their first byte.
fn service(word: &str) -> bool {
    starts_with_any(word, b"rabc") && SERVICES.iter().any(|s| word.eq_ignore_ascii_case(s))
}

/// `… during the following on-site registration hours:`, `Registration
/// will be available at ICAO Headquarters as follows:`: a sentence that
/// opens a desk's hours (a list of days below it), no list of happenings
/// (`The following events are open for registration:`).
pub fn is_service_lead_in(line: &str) -> bool {
    const HOURS: [&str; 5] = ["hours:", "hours", "desk", "follows:", "available"];
    line.ends_with(':')
        && line.len() <= MAX_LEAD_IN_BYTES
        && line.split(' ').any(service)
        && line
            .split(' ')
            .any(|w| HOURS.iter().any(|h| w.eq_ignore_ascii_case(h)))
}

/// `Transcripts from all the main sessions are available here:` above `30
/// October |`, `31 October |`: a sentence that opens a list of a meeting's
/// records by day, each day a link, no list of happenings.
pub fn opens_records_by_day(line: &str) -> bool {
    const RECORDS: [&str; 12] = [
        "transcripts",
        "transcription",
        "recordings",
        "records",
        "videos",
        "webcasts",
        "audio",
        "summaries",
        "minutes",
        "statements",
        "presentations",
        "photos",
    ];
    let said = |set: &[&str]| {
        line.split(' ')
            .any(|w| set.iter().any(|r| w.eq_ignore_ascii_case(r)))
    };
    line.ends_with(':') && line.len() <= MAX_LEAD_IN_BYTES && said(&["available"]) && said(&RECORDS)
}

/// `Here's the full release schedule:`: a sentence that opens the days a
/// series of posts comes out (`Part II – Wednesday (OSPOs for Good) –
/// Coming Friday, June 28`), no list of happenings.
pub fn opens_release_schedule(line: &str) -> bool {
    line.ends_with("schedule:")
        && line.len() <= MAX_LEAD_IN_BYTES
        && line.split(' ').rev().nth(1).is_some_and(|w| {
            ["release", "publication", "publishing", "posting"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// The longest sentence read as a lead-in to a desk's hours.
const MAX_LEAD_IN_BYTES: usize = 300;

/// `, Milan` after a date: a town the gazetteer lacks, one or two
/// capitalized words after a comma, ending the line, the last no word that
/// names a happening (`, Peace Week`). Its range.
fn town_after(line: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let town = line[rest.clone()].strip_prefix(", ")?;
    (town.split(' ').count() <= 2 && is_plain_name(town)).then(|| rest.end - town.len()..rest.end)
}

/// A short name no gazetteer may know (`Milan`, `Digital Business Space`):
/// capitalized words of letters, the last no word that names a happening
/// (`Peace Week`).
fn is_plain_name(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    places::is_town(name)
        && !HAPPENING_WORDS.contains(&last)
        && name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '\''))
}

/// The longest venue read after a town (see [`venue_in_town_after`]).
const MAX_TOWN_VENUE_BYTES: usize = 48;

/// `November 27, 2020 Moscow, Digital Business Space`: after a date, a
/// town the gazetteer knows, then a venue no gazetteer does (a short name,
/// capitalized, that names no happening). Its range.
fn venue_in_town_after(line: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let place = &line[rest.clone()];
    let place = place
        .strip_prefix(", ")
        .or_else(|| place.strip_prefix(' '))?;
    // Byte tests: this runs on every event line's name.
    let comma = memchr::memchr(b',', place.as_bytes())?;
    let (town, venue) = (&place[..comma], place[comma + 1..].strip_prefix(' ')?);
    if venue.len() > MAX_TOWN_VENUE_BYTES || !venue.starts_with(char::is_uppercase) {
        return None;
    }
    // The venue's test first: the town's lookup lower-cases it.
    (is_plain_name(venue) && places::is_place(town)).then(|| rest.end - place.len()..rest.end)
}

/// Where the first ` | ` of `line` starts.
pub fn first_bar(line: &str) -> Option<usize> {
    first_separator(line, " | ")
}

/// Where the first `sep` (a space, a mark, a space) of `line` starts. A
/// byte search for the mark: a substring searcher built on every
/// title-like line would cost more than the test.
fn first_separator(line: &str, sep: &str) -> Option<usize> {
    let (bytes, sep) = (line.as_bytes(), sep.as_bytes());
    memchr::memchr_iter(sep[1], bytes)
        .find(|&k| k > 0 && bytes[k - 1..].starts_with(sep))
        .map(|k| k - 1)
}

/// [`card_after`] when the date's cell has its label: then it is read
/// first, so that `Date` never ends the name (`Panel | Date: 11 March
/// 2025`).
fn labeled_card(line: &str, k: usize) -> Option<Found> {
    let cell = &line[k + 3..];
    (starts_with_any(cell, b"dwtsfeo") && DATE_LABEL.is_match(cell))
        .then(|| card_after(line, k))
        .flatten()
}

/// `Briefing on cyber norms | Date: 11 March 2025 | Time: 10:00 EST |
/// Venue: Room 12`, `Panel | 11 March 2025 | Venue: Room 12`: a name in the
/// first cell, then, after the bar at `k`, a card's date line in the others
/// (fields may follow the date, so the date does not end the line as
/// [`trailing_date`] wants).
fn card_after(line: &str, k: usize) -> Option<Found> {
    let from = k + 3;
    let Some(Kind::DateOnly(found)) = leading_date(&line[from..]) else {
        return None;
    };
    Some(Found {
        labeled: false,
        name: 0..k,
        ..found.shifted(from)
    })
}

/// `… 17:30 – 19:30 CEST - Restaurant Vieux-Bois, Av. de la Paix 12,
/// Geneva` after a date and its hours, past a dash: a venue's address (its
/// street unknown to the gazetteer), no happening's name. Its range.
fn address_after(line: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let mut text = &line[rest.clone()];
    // `18:30 – 20:30 CEST (TBC) – IFRC Headquarters, …`: hours not settled.
    if let Some((note, after)) = text.strip_prefix(" (").and_then(|t| t.split_once(')'))
        && (places::is_unknown(note) || note.eq_ignore_ascii_case("tentative"))
    {
        text = after;
    }
    let after = [" - ", " – ", " — "]
        .iter()
        .find_map(|d| text.strip_prefix(d))?;
    let address = after.trim_end_matches(['.', ' ']);
    let start = rest.end - after.len();
    // An address has a comma between its parts: most names after a dash
    // have none and skip the gazetteer.
    (memchr::memchr(b',', address.as_bytes()).is_some() && places::is_address(address))
        .then_some(start..start + address.len())
}

/// `| News release | Geneva` after a date: the item's type, then where it
/// was issued. The place's range.
fn typed_place(line: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let text = &line[rest.clone()];
    let cells = text.trim_start_matches([' ', '|']);
    let bar = first_bar(cells)?;
    let start = rest.end - cells.len();
    is_item_type(&cells[..bar])
        .then(|| place_after(line, start + bar + 3..rest.end))
        .flatten()
}

/// `Friday, 17 March 2023 10:00–10:45 (UTC+01:00) Room 9, CICG, 2nd Floor
/// Open Space Talks`, `… Physical (on-site) and Virtual (remote)
/// participation Room A, ITU Tower Building …`: after a date and its time,
/// how to take part, then a room and the session's format, with no
/// separator. No name follows a room: the line is a date line, and the
/// room (with the places after it) says where.
fn venue_first(line: &str, rest: Range<usize>) -> Option<Range<usize>> {
    let text = line[rest.clone()].trim_start();
    // `Physical (on-site) and Virtual (remote) participation `.
    let venue = text
        .find(" participation ")
        .filter(|&k| {
            text[..k]
                .split([' ', '(', ')'])
                .filter(|w| !w.is_empty())
                .all(|w| PARTICIPATION_WORDS.contains(&w.to_ascii_lowercase().as_str()))
        })
        .map_or(text, |k| &text[k + " participation ".len()..]);
    let room = venue.split(", ").next()?;
    if !(room.starts_with("Room ") && places::only_places(room)) {
        return None;
    }
    // The places after the room (`Palais des Nations`), up to the first
    // part that is not one.
    let len = venue
        .split(", ")
        .take_while(|p| places::only_places(p))
        .map(|p| p.len() + 2)
        .sum::<usize>()
        - 2;
    let start = rest.end - venue.len();
    Some(start..start + len)
}

/// The words of how one takes part in a session, before `participation`.
const PARTICIPATION_WORDS: &[&str] = &[
    "physical",
    "on-site",
    "onsite",
    "in-person",
    "and",
    "virtual",
    "remote",
    "online",
    "hybrid",
];

/// `| Geneva | Hybrid` after a date: two cells or more, each naming a place
/// (or a way to attend, which gives way to a place in a later cell), or
/// together an address (`| UNDP Rio Room | 304 East 45th Street | 9th
/// floor | New York City`). The first one's range. An event page's dots
/// part such cells too (`· Nairobi, Kenya · In person`).
fn place_cells(line: &str, rest: Range<usize>) -> Option<Range<usize>> {
    CELL_SEPARATORS
        .iter()
        .find_map(|sep| place_cells_by(line, rest.clone(), sep))
}

/// What parts a date line's cells: bars, or an event page's dots.
const CELL_SEPARATORS: [&str; 3] = [" | ", " · ", " • "];

/// [`place_cells`] with the cells parted by `sep`.
fn place_cells_by(line: &str, rest: Range<usize>, sep: &str) -> Option<Range<usize>> {
    let text = &line[rest.clone()];
    let lead = text.len() - text.trim_start_matches([' ', ',', '|', '·', '•']).len();
    let cells = rest.start + lead..rest.end;
    let bar = first_separator(&line[cells.clone()], sep)?;
    let mut first = None;
    let mut only_places = true;
    for r in cells_parted(line, cells.clone(), sep) {
        match place_after(line, r) {
            // `| Hybrid | Geneva`: where it is, past the way to attend.
            Some(place) => {
                let way = || places::is_way_to_attend(&line[place.clone()]);
                if first.as_ref().is_none_or(|f: &Range<usize>| {
                    places::is_way_to_attend(&line[f.clone()]) && !way()
                }) {
                    first = Some(place);
                }
            }
            None => {
                only_places = false;
                break;
            }
        }
    }
    if only_places {
        return first;
    }
    // An address ends with its town (`| Geneva | Launch of the report`
    // names the item last).
    let ends_in_place = cells_parted(line, cells.clone(), sep)
        .last()
        .is_some_and(|r| place_after(line, r).is_some());
    (ends_in_place && places::is_address(&line[cells.clone()].replace(sep, ", ")))
        .then(|| cells.start..cells.start + bar)
}

/// The ranges of the cells of `line[within]`, split at ` | `.
fn cell_ranges(line: &str, within: Range<usize>) -> impl Iterator<Item = Range<usize>> + '_ {
    cells_parted(line, within, " | ")
}

/// The ranges of the cells of `line[within]`, split at `sep`.
fn cells_parted<'a>(
    line: &'a str,
    within: Range<usize>,
    sep: &'a str,
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut start = within.start;
    line[within].split(sep).map(move |part| {
        let r = start..start + part.len();
        start = r.end + sep.len();
        r
    })
}

/// The cells of a table row with no heading row, after its date: `5 June
/// 2024 | Launch of the report | Geneva`, `… | 10:00 | Room 4 | Launch of
/// the report | UNEP, FAO`. When every cell but one only names places, a
/// time or, after that one, entities (acronyms, missions, governments),
/// that one is the title, the first place cell says where, and the time and
/// entities, added to `cells`, time and organize it; else a last cell that
/// names places says where. The title's range and the place's.
fn row_cells(
    line: &str,
    name: Range<usize>,
    cells: &mut Vec<(Label, Range<usize>)>,
) -> (Range<usize>, Option<Range<usize>>) {
    let Some(last) = line[name.clone()].rfind(" | ").map(|k| name.start + k) else {
        return (name, None);
    };
    let mut title = None;
    let mut place = None;
    let mut fields = Vec::new();
    for r in cell_ranges(line, name.clone()) {
        if let Some(p) = place_after(line, r.clone()) {
            place = place.or(Some(p));
        } else if parse::find_time(&line[r.clone()], &[]).is_some_and(|t| t.span == (0..r.len())) {
            // `10 March 2025 | Opening | 10:00-13:00 | Room XX`.
            fields.push((Label::Time, r));
        } else if title.is_some() && org::lists_entities(&line[r.clone()]) {
            // After the title: before it, `HLPF` tags a series.
            fields.push((Label::Organizers, r));
        } else if title.is_none() {
            title = Some(r);
        } else {
            title = None;
            break;
        }
    }
    if let Some(title) = title {
        cells.extend(fields);
        return (title, place);
    }
    match place_after(line, last..name.end) {
        Some(place) => (name.start..last, Some(place)),
        None => (name, None),
    }
}

/// Labelled values in a line: each label with its value's range.
type Cells = Vec<(Label, Range<usize>)>;

/// The fields in cells that end `line` after byte `from` (`… | Organizer:
/// ITU | Venue: Room 4`): where the first starts, and each label (a place,
/// organizers or partners) with its value's range.
fn label_cells(line: &str, from: usize) -> (usize, Cells) {
    let mut cells = Vec::new();
    let mut end = line.len();
    // Most lines have no bar: one byte search settles them.
    if memchr::memchr(b'|', &line.as_bytes()[from..]).is_none() {
        return dashed_field(line, from)
            .or_else(|| run_on_field(line, from).map(|(k, cell)| (k, vec![cell])))
            .unwrap_or((end, cells));
    }
    while let Some(k) = memchr::memmem::rfind(&line.as_bytes()[from..end], b" | ") {
        let cell = from + k + 3;
        // `(Organizers: UN Women | Partners: Data2X)`: a bar inside a
        // parenthesis parts no cells.
        if opens_parenthesis(&line.as_bytes()[..from + k]) {
            break;
        }
        // `| Type: Meeting`, `| Language: English`: a field that names no
        // happening, passed over.
        if is_field(&line[cell..end]) {
            end = from + k;
            continue;
        }
        let Some((label @ (Label::Place | Label::Organizers | Label::Partners), at)) =
            (starts_with_any(&line[cell..end], b"vlwpocih")
                || starts_with_word(&line[cell..end], PLACE_LABELS_RM))
            .then(|| field(&line[cell..end]))
            .flatten()
        else {
            // `… | Organizer: UNDP | Conference Room 11`: a room with no
            // label after a labelled cell is the row's place.
            let text = &line[cell..end];
            if cells.is_empty()
                && memchr::memmem::find(&line.as_bytes()[from..cell], b": ").is_some()
                && places::only_places(text)
            {
                cells.push((Label::Place, cell..end));
                end = from + k;
                continue;
            }
            break;
        };
        let value = cell + at;
        let value_end = value + tail_of(&line[value..end]).len();
        if value == value_end {
            break;
        }
        cells.push((label, value..value_end));
        end = from + k;
    }
    cells.reverse();
    (end, cells)
}

/// `text` leaves a parenthesis open: a separator after it stands inside
/// (`(Organizers: UN Women | Partners: Data2X)`).
pub fn opens_parenthesis(text: &[u8]) -> bool {
    memchr::memchr_iter(b'(', text).count() > memchr::memchr_iter(b')', text).count()
}

/// `Date: 18 March 2025 Time: 10:00 EDT Location: Conference Room 6`: a
/// card's fields run together on one line, a place's or organizers' label
/// right after the date or time (or after a semicolon, comma or stop:
/// `Date: 13-14 March 2024; Venue: Geneva`). Where the field starts, and the
/// field.
fn run_on_field(line: &str, from: usize) -> Option<(usize, (Label, Range<usize>))> {
    let rest = &line[from..];
    let cell = ["; ", ", ", ". ", " "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    // Tested on cells that start as such a label does: most are a name.
    if !(starts_with_any(cell, b"vlwpocih") || starts_with_word(cell, PLACE_LABELS_RM)) {
        return None;
    }
    let start = line.len() - cell.len();
    let (label @ (Label::Place | Label::Organizers | Label::Partners), at) = field(cell)? else {
        return None;
    };
    let value = start + at;
    let value_end = value + before_next_label(tail_of(&line[value..])).len();
    (cell[..at].contains(':') && value < value_end).then_some((from, (label, value..value_end)))
}

/// `UN Headquarters location: New York, US contact: …`: a run-on field's
/// value ends where a one-word label opens the next field.
fn before_next_label(value: &str) -> &str {
    memchr::memmem::find_iter(value.as_bytes(), b": ")
        .filter_map(|colon| value[..colon].rfind(' ').map(|k| k + 1))
        .find(|&k| opens_field(&value[k..]))
        .map_or(value, |k| value[..k].trim_end())
}

/// `Venue: …`, `Contact: …`: the text opens with a label and its colon, of a
/// field that says when, where or who, or of one that names nothing.
fn opens_field(text: &str) -> bool {
    field(text).is_some_and(|(_, at)| text[..at].contains(':')) || is_field(text)
}

/// `… (organizer: OHCHR) – Venue: UN Headquarters, Conference Room 11`: a
/// place's or organizers' field with its colon after the line's last dash.
/// Where the dash starts, and the field (with the place before it, when a
/// room ran into it: `– Room 2 Organizers: IFRC`).
fn dashed_field(line: &str, from: usize) -> Option<(usize, Cells)> {
    // The field's colon is the line's last, and its label a few words.
    let colon = from + memchr::memrchr(b':', &line.as_bytes()[from..])?;
    let lo = colon.saturating_sub(MAX_LABEL_BYTES).max(from);
    let bytes = line.as_bytes();
    let (k, dash) = (lo..colon)
        .rev()
        .filter(|&j| bytes[j] == b' ')
        .find_map(|j| {
            let rest = &bytes[j..colon];
            DASHES
                .iter()
                .find(|d| rest.starts_with(d.as_bytes()))
                .map(|d| (j, d.len()))
        })?;
    let cell = &line[k + dash..];
    let closed = !opens_parenthesis(&bytes[..k]);
    // `Room 2 Organizers: …`: the page lost the break between a room and
    // the organizers' field; the label is the colon's last word.
    let (place, cell, found) = match field(cell) {
        Some(found) => (None, cell, found),
        None => {
            let sp = cell[..colon - k - dash].rfind(' ')?;
            let room = &cell[..sp];
            let place = places::only_places(room).then_some(k + dash..k + dash + sp)?;
            let label = &cell[sp + 1..];
            (Some(place), label, field(label)?)
        }
    };
    // A name stands before the field (`5 May – Where: the future of AI`
    // is a name), or the room does.
    let name = line[from..k].trim_start_matches([' ', ',', '-', '–', '—', '|', ':']);
    if place.is_none() && !name.contains(' ') {
        return None;
    }
    let (label @ (Label::Place | Label::Organizers | Label::Partners), at) = found else {
        return None;
    };
    let value = line.len() - cell.len() + at;
    let value_end = value + tail_of(&line[value..]).len();
    let fields = place
        .map(|p| (Label::Place, p))
        .into_iter()
        .chain([(label, value..value_end)])
        .collect();
    (closed && cell[..at].contains(':') && value < value_end).then_some((k, fields))
}

/// The dashes, spaced, that part a line's name from a field or a
/// dateline's city from its text.
pub const DASHES: [&str; 3] = [" – ", " — ", " - "];

/// The longest label of a field after a dash (`Organizing partners:`).
const MAX_LABEL_BYTES: usize = 24;

/// A time (and zone) that ends `line[name]` after a comma (`Forum, 10 a.m.–1
/// p.m. EST`) or in brackets (`Opening ceremony (11.00 a.m.)`), with the
/// position of the comma or of the space before the bracket.
fn time_ending(line: &str, name: Range<usize>) -> Option<(usize, parse::TimeChain)> {
    let text = &line[name.clone()];
    if let Some(inner) = text.strip_suffix(')')
        && let Some(open) = memchr::memrchr(b'(', inner.as_bytes())
        && inner[..open].ends_with(' ')
        && let Some(t) = parse::find_time(&inner[open + 1..], &[])
        && t.span == (0..inner.len() - open - 1)
    {
        return Some((name.start + open - 1, t));
    }
    // A byte scan: a `&str` pattern would build a searcher on every line.
    let comma = name.start
        + line[name.clone()]
            .as_bytes()
            .windows(2)
            .rposition(|w| w == b", ")?;
    // `…, from 4:40 AM AEST 27 June`: the hours' start.
    let lead = if line[comma..].starts_with(", from ") {
        ", from "
    } else {
        ", "
    };
    let at = comma + lead.len();
    let t = parse::find_time(&line[at..name.end], &[])?;
    (t.span == (0..name.end - at)).then_some((comma, t))
}

/// A time (and zone) that ends `line[..name_end]` after `sep`, the
/// separator of the line's cells, with the separator's position. The first
/// such separator: a range of hours may hold one (`12:00 - 12:30`).
fn time_cell_ending(line: &str, name_end: usize, sep: &str) -> Option<(usize, parse::TimeChain)> {
    let text = &line[..name_end];
    memchr::memmem::find_iter(text.as_bytes(), sep.as_bytes())
        .filter(|&k| k > 0)
        .find_map(|k| {
            let t = parse::find_time(&text[k + sep.len()..], &[])?;
            (t.span == (0..text.len() - k - sep.len())).then_some((k, t))
        })
}

/// Hours closing an event line's name (see [`hours_ending`]).
struct Hours<'a> {
    /// Where ` from` starts.
    from: usize,
    time: TimeSpan,
    zone: Option<&'a str>,
    place: Option<Range<usize>>,
}

/// `… from 12:30 to 2pm at 4 West 43rd Street` ending `line[name]`: a range
/// of hours after `from`, maybe a place after `at`, and nothing more. The
/// position of ` from`, the time and its zone, and the place's range.
fn hours_ending(line: &str, name: Range<usize>) -> Option<Hours<'_>> {
    let from = name.start + memchr::memmem::rfind(line[name.clone()].as_bytes(), b" from ")?;
    let start = from + " from ".len();
    let (rest, (time, zone)) = parse::time_chain(&line[start..name.end]).ok()?;
    // Hours have an end: `from 10 countries` is no time.
    time.end?;
    let after = rest.trim_end_matches('.');
    let at = match after.strip_prefix(" at ") {
        Some(place) if place.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) => {
            let k = name.end - rest.len() + " at ".len();
            Some(k..k + place.len())
        }
        _ if after.is_empty() => None,
        _ => return None,
    };
    Some(Hours {
        from,
        time,
        zone,
        place: at,
    })
}

/// An agenda line: a time slot (and zone) at the start, or `All day` and a
/// separator, then a capitalized name. Breaks (`Coffee break`, `Lunch`) are
/// no happenings.
fn session(line: &str) -> Option<Kind> {
    if line.len() > MAX_EVENT_BYTES {
        return None;
    }
    let (rest, time, zone) = match all_day(line) {
        Some(rest) => (rest, None, None),
        None => {
            // `From 10:00 to 11:30 – Opening session`: the hours in words.
            let hours = line.strip_prefix("From ").unwrap_or(line);
            if !hours.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            // A time in other zones after slashes (`9am EST / 3pm CET`) is
            // the first one; an agenda's time column may be dotted
            // (`11.00–12.30 Closing`).
            let (rest, (time, zone)) = parse::time_chain(hours)
                .or_else(|_| tuple((time::dotted_range, opt(zone::zone)))(hours))
                .or_else(|_| tuple((time::dotted_agenda_time, opt(zone::zone)))(hours))
                .ok()?;
            if hours.len() < line.len() && time.end.is_none() {
                return None;
            }
            // A time alone on its line (below a date line) is that date's
            // time, also with where after it (`10:00 a.m. Security Council
            // Chamber`).
            let alone = rest
                .trim_matches(|c: char| matches!(c, ' ' | '.' | ',' | ';'))
                .is_empty();
            // A long phrase is an item's name that ends with its room
            // (`15:00 - 17:00 Youth4Capacity Decoding UNFCCC Language AH
            // Upper Conference Room`).
            let place_alone = || {
                place_after(line, line.len() - rest.len()..line.len()).is_some_and(|p| {
                    let name = line[p].split(", ").next().unwrap_or_default();
                    name.split(' ').count() <= MAX_VENUE_WORDS
                })
            };
            if alone || place_alone() || is_interpretation_note(rest) {
                return Some(Kind::Labeled(Label::Time, 0..line.len()));
            }
            // `10:00 AM EDT Wednesday, July 17, 2024`: a date line that gives
            // its time first; no session's name.
            if let Some((after, day)) = rest.strip_prefix(' ').and_then(|d| parse::when(d).ok())
                && after.trim_end().is_empty()
            {
                return Some(Kind::DateOnly(Box::new(Found {
                    span: 0..line.len() - after.len(),
                    when: When {
                        time: Some(time),
                        zone: zone.map(str::to_string).or(day.zone),
                        ..day
                    },
                    name: line.len()..line.len(),
                    labeled: false,
                    place: None,
                    cells: Vec::new(),
                    subtitle: None,
                })));
            }
            (rest, Some(time), zone.map(str::to_string))
        }
    };
    let span = 0..line.len() - rest.len();
    let sep = SESSION_SEPARATOR.find(rest)?;
    // `10:00–11:30 | Blue Zone, Room 3 | Climate finance | Organizers: UNDP`:
    // cells, read as an event line's.
    let (end, mut cells) = label_cells(line, span.end + sep.end());
    let (name, place) = row_cells(line, span.end + sep.end()..end, &mut cells);
    let text = &line[name.clone()];
    // A name starts with a capital or an ordinal (`52nd plenary meeting`),
    // or is a campaign's hashtag (`#ConnectedByITU`).
    let ordinal = || {
        text.split_once(' ')
            .is_some_and(|(first, _)| crate::text::is_ordinal(first))
    };
    let capital = |t: &str| t.starts_with(|c: char| c.is_uppercase());
    if !capital(text) && !text.strip_prefix('#').is_some_and(capital) && !ordinal() {
        return None;
    }
    // `12:00 pm | Room 4 | Speakers:`, the list below it: a label, no name.
    if BREAK.is_match(text) || text.ends_with(':') && !text.contains(' ') {
        return Some(Kind::Noise);
    }
    // Tested on lines that end as a room's name does, a digit, a capital
    // (numeral or letter) or `Hall`/`Chamber`/`Room`.
    let room = line
        .ends_with(|c: char| {
            c.is_ascii_digit() || c.is_ascii_uppercase() || matches!(c, 'l' | 'r' | 'm')
        })
        .then(|| ROOM_AT_END.captures(text))
        .flatten()
        .and_then(|c| c.get(1).or(c.get(2)))
        // `Visit to the Security Council Chamber` names the room in its title.
        .filter(|m| {
            let before = text[..m.start() - 1].rsplit(' ').next().unwrap_or("");
            !before.is_empty() && !["the", "to", "in", "at", "of", "and", "for"].contains(&before)
        })
        .map(|m| name.start + m.start()..name.start + m.end());
    let name = room
        .as_ref()
        .map_or(name.clone(), |r| name.start..r.start - 1);
    Some(Kind::Session(Box::new(Session {
        span,
        time,
        zone,
        name,
        room: room.or(place),
        cells,
    })))
}

/// `Plenary (10:00 AM ET)`: a live blog's or a programme's item named
/// before its time in brackets, with nothing after them, is an agenda line
/// as `10:00 AM ET Plenary` would be. So is an item named before its hours
/// after a comma or dash (`Opening session, 10:00 – 11:30`).
fn timed_name(line: &str) -> Option<Kind> {
    if let Some((name, span, time, zone)) = numbered_slot(line) {
        return named_slot(line, name, span, time, zone);
    }
    let (name, span, time, zone) = bracketed_hours(line).or_else(|| trailing_hours(line))?;
    // `When: 11.00–12.30 (09:00-10:30 GMT)`: the same hours in another
    // zone, after the field's own: a name ends with a word, not a number.
    let numbered = line[name.clone()]
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    if numbered {
        return None;
    }
    named_slot(line, name, span, time, zone)
}

/// The agenda line of an item named `line[name]`, at the hours
/// `line[span]`, unless the name is no item's (see [`timed_name`]).
fn named_slot(
    line: &str,
    name: Range<usize>,
    span: Range<usize>,
    time: TimeSpan,
    zone: Option<&str>,
) -> Option<Kind> {
    let text = &line[name.clone()];
    if !text.starts_with(|c: char| c.is_uppercase())
        || text.split(' ').count() > MAX_TIMED_NAME_WORDS
        || parse::find_when(text, 0).is_some()
    {
        return None;
    }
    if BREAK.is_match(text) {
        return Some(Kind::Noise);
    }
    Some(Kind::Session(Box::new(Session {
        span,
        time: Some(time),
        zone: zone.map(str::to_string),
        name,
        room: None,
        cells: Vec::new(),
    })))
}

/// `Session 1 (10:00 – 11:30): Opening session`: a numbered slot's label
/// (a word and its number or letter), its hours in brackets, then its
/// name after a colon. The name's range, and the hours' span and zone.
fn numbered_slot(line: &str) -> Option<NamedHours<'_>> {
    // Found by its bracket (a byte): a string pattern builds a searcher.
    let open = memchr::memchr(b'(', line.as_bytes())?
        .checked_sub(1)
        .filter(|&k| line.as_bytes()[k] == b' ')?;
    let (word, number) = line[..open].split_once(' ')?;
    if !word.starts_with(|c: char| c.is_ascii_uppercase())
        || !(1..=3).contains(&number.len())
        || !number.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let at = open + " (".len();
    let (rest, (time, zone)) = parse::time_chain(&line[at..]).ok()?;
    let name = rest.strip_prefix("): ")?;
    Some((
        line.len() - name.len()..line.len(),
        at..line.len() - rest.len(),
        time,
        zone,
    ))
}

/// Where an item's name stands, and the span, hours and zone of its time.
type NamedHours<'a> = (Range<usize>, Range<usize>, TimeSpan, Option<&'a str>);

/// The name and the hours in brackets that end `line`: `Plenary
/// (10:00 AM ET)`.
fn bracketed_hours(line: &str) -> Option<NamedHours<'_>> {
    let inner = line.strip_suffix(')')?;
    let open = memchr::memmem::rfind(inner.as_bytes(), b" (")?;
    let at = open + " (".len();
    let (rest, (time, zone)) = parse::time_chain(&inner[at..]).ok()?;
    rest.is_empty()
        .then_some((0..open, at..inner.len(), time, zone))
}

/// The same for hours after a comma or dash: `Opening session, 10:00 –
/// 11:30`. Only a span of hours: a single time after a comma ends many a
/// sentence (`Registration closes on Friday, 17:00`).
fn trailing_hours(line: &str) -> Option<NamedHours<'_>> {
    if !line.ends_with(|c: char| c.is_ascii_alphanumeric() || c == ')') {
        return None;
    }
    // Only a space before a digit may open the hours: most lines have few.
    let bytes = line.as_bytes();
    memchr::memchr_iter(b' ', bytes)
        .filter(|&k| bytes.get(k + 1).is_some_and(u8::is_ascii_digit))
        .find_map(|k| {
            let before = &line[..k];
            let name = before.strip_suffix(',').or_else(|| {
                [" –", " -", " —"]
                    .iter()
                    .find_map(|d| before.strip_suffix(d))
            })?;
            let (rest, (time, zone)) = parse::time_chain(&line[k + 1..]).ok()?;
            (rest.is_empty() && time.end.is_some()).then_some((
                0..name.len(),
                k + 1..line.len(),
                time,
                zone,
            ))
        })
}

/// The most words of an item named before its time (see [`timed_name`]).
const MAX_TIMED_NAME_WORDS: usize = 10;

/// `09:00 – 12:15 Interpretation A/C/E/F/R/S`: the languages a slot is
/// interpreted into, no name.
fn is_interpretation_note(text: &str) -> bool {
    text.trim_start()
        .strip_prefix("Interpretation")
        .is_some_and(|codes| {
            codes
                .bytes()
                .all(|b| b.is_ascii_uppercase() || matches!(b, b'/' | b' ' | b',' | b':'))
        })
}

/// The longest date and time read after `On` as a date line.
const MAX_ON_DATE_BYTES: usize = 64;

/// What follows `All day`, `All-day` or `Full day` opening `text`.
fn after_whole_day(text: &str) -> Option<&str> {
    ["All day", "All-day", "Full day"]
        .iter()
        .find_map(|w| text.strip_prefix(w))
}

/// Marks that stand in a schedule's time column for an item with no time
/// of its own: a media alert's `Following above` (it starts when the item
/// above ends), or a time not set yet (`Time TBD: Canadian Reception`).
const UNTIMED_MARKS: [&str; 6] = [
    "Following above",
    "Following the above",
    "Following the above meeting",
    "Time TBD",
    "Time TBC",
    "Time to be confirmed",
];

/// `Following above`: the mark alone.
pub fn is_untimed_mark(text: &str) -> bool {
    UNTIMED_MARKS.contains(&text)
}

/// `All day: Exhibition of digital solutions`, `All-day – Youth hub`,
/// `Following above | Room 4 | Briefing`: the line after its whole-day (or
/// untimed) mark, from the separator on.
fn all_day(line: &str) -> Option<&str> {
    let parted = |rest: &&str| {
        [":", " –", " -", " —", " |"]
            .iter()
            .any(|sep| rest.starts_with(sep))
    };
    // `Following the above meeting |` also opens with `Following the above`.
    // Each mark opens with `F` or `T` (any case, as `starts_with_any` tests):
    // most lines skip the comparisons.
    after_whole_day(line).filter(parted).or_else(|| {
        starts_with_any(line, b"ft")
            .then(|| {
                UNTIMED_MARKS
                    .iter()
                    .find_map(|w| line.strip_prefix(w).filter(parted))
            })
            .flatten()
    })
}

/// `Time: …`, `Venue: …`, `Organizers: …`, `Organized by …`, `In partnership
/// with …`, `End date: …`: a field of the title above. Other labels on a line
/// that ends in a date are left to the title rules (`Organized by UNDP, 5 May
/// 2024` announces a heading).
/// The field `text` opens with (`Venue: Room 4`, `Organized by UNDP`): its
/// label and where its value starts.
fn field(text: &str) -> Option<(Label, usize)> {
    // `Time 8:45 am to 1:00 pm`: with no colon, only a time after it makes
    // `Time` a label (`Time for action` is a name).
    if let Some(value) = text.strip_prefix("Time ")
        && value.starts_with(|c: char| c.is_ascii_digit())
    {
        return Some((Label::Time, "Time ".len()));
    }
    // `LocationMaison de la paix, Geneva`: a card's label and its value run
    // together (the page set them in cells the scrape did not part). Only
    // a place's value follows, whose capital shows where it starts.
    if let Some(label) = ["Location", "Venue"].iter().find(|l| {
        text.strip_prefix(**l).is_some_and(|v| {
            v.starts_with(|c: char| c.is_uppercase()) && places::looks_like_place(v)
        })
    }) {
        return Some((Label::Place, label.len()));
    }
    let c = LABEL.captures(text)?;
    let end = c.get(0)?.end();
    // `Location: | Athens, Greece |`: a table's row, its label in a cell of
    // its own.
    let end = end + text[end..].strip_prefix("| ").map_or(0, |_| 2);
    let label = match (1..=6).find(|&k| c.get(k).is_some())? {
        1 => Label::Time,
        2 => Label::Place,
        3 => Label::Organizers,
        4 => Label::Partners,
        5 => Label::Until,
        _ => Label::Zone,
    };
    // `Duration: 3 days` ends a span; `Duration: 2 hours` says nothing of
    // the days, a field of no use.
    if label == Label::Until && c[0].starts_with(['D', 'd']) && days_of(&text[end..]).is_none() {
        return None;
    }
    // `Ends 12 Nov 2025, 17:00` (Indico) has no colon: only a date after it
    // makes `Ends` a label (`Ends with a reception` is a sentence).
    if label == Label::Until && !c[0].contains(':') && !date::may_start_date(&text[end..]) {
        return None;
    }
    // `Format: Hybrid (ITU Headquarters, Geneva and online)` says how and
    // where; `Format: Panel discussion` says neither.
    if c.get(2)
        .is_some_and(|m| m.as_str().eq_ignore_ascii_case("format"))
        && !places::opens_with_modality(&text[end..])
    {
        return None;
    }
    Some((label, end))
}

/// More text than this after an organizer list is a clause of its own.
const MIN_CLAUSE_BYTES: usize = 12;

fn labeled(line: &str) -> Option<Kind> {
    if !(starts_with_any(line, b"thvlwpocisuefj")
        || starts_with_word(line, PLACE_LABELS_RM)
        || line.starts_with("Duration:"))
    {
        return None;
    }
    let (label, start) = field(line)?;
    // `Venue: UN Headquarters | Organizer: OSET`: the value ends at the
    // next field's cell; but the list goes on through a partners' cell
    // (`Organizers: UN DESA | Partners: ITU, UNCTAD`), which the list's
    // reading parts.
    let end = match memchr::memchr(b'|', &line.as_bytes()[start..]) {
        Some(_) => {
            let (end, cells) = label_cells(line, start);
            match label {
                Label::Organizers => cells
                    .iter()
                    .filter(|(l, _)| *l == Label::Partners)
                    .map(|(_, r)| r.end)
                    .max()
                    .unwrap_or(end),
                _ => end,
            }
        }
        None => line.len(),
    };
    let value = start..end;
    let dated = matches!(label, Label::Time | Label::Until | Label::Zone);
    if value.is_empty() || (!dated && trailing_date(line).is_some()) {
        return None;
    }
    // `Organized by ESCAP, the webinar will be held on 7 June 2024.`, `Hosted
    // by UNICEF, the launch will feature young speakers.`: a sentence that
    // opens with its organizers, not a field.
    if !dated
        && (is_sentence(&line[value.clone()])
            || matches!(label, Label::Organizers) && clause_after_list(&line[value.clone()]))
        && (parse::find_when(line, 0).is_some()
            || org::find_org_phrases(line)
                .first()
                .is_some_and(|list| list.len() + MIN_CLAUSE_BYTES < value.len()))
    {
        return None;
    }
    Some(Kind::Labeled(label, value))
}

/// `the ECOSOC Youth Envoy and UN DESA, the Forum will take place on …`:
/// after an organizer's label, names (which make a value look like no
/// sentence) and then, past a comma, a clause with its verb.
fn clause_after_list(value: &str) -> bool {
    value.ends_with('.')
        && memchr::memmem::find_iter(value.as_bytes(), b", ").any(|k| is_clause(&value[k + 2..]))
}

/// `Conference Room 4 | 10:00 - 13:00`, `Online | 9:00 - 10:00 CET` below
/// a listing's title: where, then the hours. A field of its time, the
/// place in the label's stead.
fn venue_then_time(line: &str) -> Option<Kind> {
    // Most lines have no bar: one byte search settles them.
    memchr::memchr(b'|', line.as_bytes())?;
    let k = memchr::memmem::find(line.as_bytes(), b" | ")?;
    let hours = &line[k + 3..];
    let (rest, _) = hours
        .starts_with(|c: char| c.is_ascii_digit())
        .then(|| parse::time_chain(hours).ok())
        .flatten()?;
    (rest.trim().is_empty() && places::is_venue_cell(&line[..k]))
        .then_some(Kind::Labeled(Label::Time, k + 3..line.len()))
}

/// `-Plenary Hall` below an event platform's date line: the item's room,
/// a field of its place.
fn dash_venue(line: &str) -> Option<Kind> {
    let venue = line.strip_prefix('-')?;
    (venue.starts_with(char::is_uppercase) && places::looks_like_place(venue))
        .then_some(Kind::Labeled(Label::Place, 1..line.len()))
}

/// `p.m. - General Assembly Hall` below a day in a schedule: the half day
/// and the venue of the meeting below, a field of its place; `a.m. and
/// p.m.` alone says no more than the day.
fn half_day_venue(line: &str) -> Option<Kind> {
    let halves = ["a.m. and p.m.", "a.m.", "p.m."];
    let rest = halves.iter().find_map(|h| line.strip_prefix(h))?;
    if rest.is_empty() {
        return Some(Kind::Noise);
    }
    let venue = [" - ", " – ", " — "]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?;
    Some(Kind::Labeled(
        Label::Place,
        line.len() - venue.len()..line.len(),
    ))
}

/// The longest line that is only a zone (`Europe/Zurich timezone`).
/// A [`zone_note`] alone on its line, one sentence. Every note says
/// `times`, and is short: most lines are settled by a byte search.
fn is_zone_note_line(line: &str) -> bool {
    const MAX_NOTE_BYTES: usize = 100;
    line.len() <= MAX_NOTE_BYTES
        && starts_with_any(line, b"atpnmes")
        && memchr::memmem::find(line.as_bytes(), b"imes ").is_some()
        && !line.contains(". ")
        && zone_note(line).is_some()
}

/// `All times are Eastern Daylight Time`, `All times provided are local
/// (Ottawa, EST)`: a note on the zone of a page's times, and that zone.
pub fn zone_note(note: &str) -> Option<&str> {
    let m = ALL_TIMES.find(note)?;
    zone::zone(&note[m.end()..]).ok().map(|(_, z)| z)
}

static ALL_TIMES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:(?:please )?note:? )?(?:all )?(?:the )?(?:meeting |event |session )?times ",
        r"(?:(?:are|listed|shown|indicated|given|provided|below|above) )*(?:in |local )?",
    ))
    .expect("valid regex")
});

const MAX_ZONE_LINE_BYTES: usize = 40;

/// A line that names only a zone (`Europe/Zurich`, `(CET)`, `Geneva
/// time`), as event pages print it below their date and time: a field that
/// zones those times, like `Time zone: …`.
fn is_zone_line(line: &str) -> bool {
    // Shaped as a zone first, as few titles are: in parentheses, a zone
    // database name, a city's `… time`, or an abbreviation (`CET`, `UTC+1`).
    let shaped = || {
        let first = &line[..memchr::memchr(b' ', line.as_bytes()).unwrap_or(line.len())];
        line.starts_with('(')
            || memchr::memchr(b'/', line.as_bytes()).is_some()
            || line.ends_with(" time")
            || line.eq_ignore_ascii_case("local time")
            || first.len() >= 2
                && first.starts_with(|c: char| c.is_ascii_uppercase())
                && !first.bytes().any(|b| b.is_ascii_lowercase())
    };
    line.len() <= MAX_ZONE_LINE_BYTES
        && shaped()
        && zone::zone(line).is_ok_and(|(rest, _)| rest.trim_end().is_empty())
}

/// `Global`, `REGIONAL`, `AFRICA`: how widely a happening reaches, or the
/// region it is held for, as a card's cell gives it.
fn is_scope(cell: &str) -> bool {
    [
        "global",
        "regional",
        "interregional",
        "international",
        "national",
        "worldwide",
        "africa",
        "americas",
        "arab states",
        "asia",
        "asia-pacific",
        "asia and the pacific",
        "caribbean",
        "europe",
        "latin america",
        "latin america and the caribbean",
        "middle east",
        "pacific",
    ]
    .iter()
    .any(|s| cell.eq_ignore_ascii_case(s))
}

/// Every word of more than three letters opens with a capital (`Informal
/// Interactive Hearing`, `Meeting of the Committee`).
pub fn in_title_case(name: &str) -> bool {
    name.split(' ').all(|w| {
        w.chars().count() <= 3 || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Rule 1: the last date of a title-like line, when only a separator stands
/// before it and only link text (`(click here)`, `. Find out more here.`)
/// or a note of the larger happening (see [`context_note`]) after.
fn trailing_date(line: &str) -> Option<Found> {
    date_ending(line).or_else(|| date_ending(&line[..context_note(line)?]))
}

/// `Milan, Italy, 11 - 13 October 2024, in conjunction with the 75th
/// International Astronautical Congress`: a note of the larger happening
/// this one goes with may close a line after its date (its comma lost
/// where the page's lines were joined). Where it starts.
fn context_note(line: &str) -> Option<usize> {
    const NOTES: [&str; 7] = [
        " in conjunction with ",
        " on the margins of ",
        " in the margins of ",
        " on the sidelines of ",
        " back-to-back with ",
        " back to back with ",
        " alongside ",
    ];
    // Searchers built once: building one costs more than a line's search.
    static FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
        LazyLock::new(|| NOTES.iter().map(memchr::memmem::Finder::new).collect());
    // A date holds a digit: most title lines skip the searches.
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let at = FINDERS
        .iter()
        .filter_map(|f| f.find(line.as_bytes()))
        .min()?;
    Some(line[..at].strip_suffix(',').map_or(at, str::len))
}

/// [`trailing_date`] on the whole line.
fn date_ending(line: &str) -> Option<Found> {
    // The date ends the line but for link text: only the tail is scanned, from
    // a word boundary.
    let mut tail = line.len().saturating_sub(TRAILING_WINDOW);
    while !line.is_char_boundary(tail) {
        tail -= 1;
    }
    let from = match tail {
        0 => 0,
        _ => memchr::memchr(b' ', &line.as_bytes()[tail..]).map_or(line.len(), |k| tail + k),
    };
    let (span, when) = parse::find_all_when(&line[from..])
        .pop()
        .map(|(r, w)| (from + r.start..from + r.end, w))?;
    let (span, when) = numbered_name(line, span.clone()).unwrap_or((span, when));
    let before = &line[..span.start];
    // `… Meeting, Starting 23 November 2006`: the word that leads the date
    // is the date's, not the name's; so is a status note's that gives the
    // happening's new date (`Launch of the report (postponed to 12 June
    // 2024)`).
    let before = [
        "Starting ",
        "starting ",
        "Beginning ",
        "beginning ",
        "postponed to ",
        "Postponed to ",
        "rescheduled to ",
        "Rescheduled to ",
        "new date: ",
        "New date: ",
    ]
    .iter()
    .find_map(|lead| before.strip_suffix(lead))
    .filter(|name| name.ends_with([' ', '(', '[']))
    .unwrap_or(before);
    // The separator before the date, and the bracket that closes after it.
    // `Expert Group Meeting on Youth (New York, 12-14 June 2023)`: the place
    // before the date in the brackets.
    let place_first = || {
        let open = before.strip_suffix(", ")?.rfind(" (")?;
        places::only_places(&before[open + 2..before.len() - 2]).then_some((open, ")"))
    };
    let (name_end, close) = place_first()
        .or_else(|| {
            [
                (", ", ""),
                (" (", ")"),
                (" [", "]"),
                (" - ", ""),
                (" – ", ""),
                (" — ", ""),
                (" -- ", ""),
                (" >> ", ""),
                (" » ", ""),
                (": ", ""),
                // `International Day for Disarmament … 2023; March 5th.`
                ("; ", ""),
                (" | ", ""),
                (" · ", ""),
                (" / ", ""),
                // `Anniversary ,12-14 June`: a comma typed against the date.
                (" ,", ""),
            ]
            .iter()
            .find_map(|(sep, close)| before.strip_suffix(sep).map(|n| (n.len(), *close)))
        })
        // `Geneva, Switzerland  12 May 2025` below a speech's title: a dateline
        // with spaces alone before its date.
        .or_else(|| {
            let place = before.strip_suffix(' ')?;
            (line[span.end..].trim_end().is_empty() && is_dateline_place(place))
                .then_some((place.len(), ""))
        })
        // `Informal Consultations on 3 June 2014`: a name in title case, then
        // `on` and its day (a sentence's `… will be held on` is in lower case,
        // a headline's `Results of the Elections Held on …` tells of a past day).
        .or_else(|| {
            let name = before.strip_suffix(" on ")?;
            let last = name.rsplit(' ').next().unwrap_or(name);
            // `Virtual and on-site press briefing on 9 April 2019, 11:30 CEST`:
            // a happening named in lower case, with no verb; or by its kind
            // alone (`Webinar on 12 May 2024: Data for All`). Another word
            // alone is no name (`Deadline on 5 May`).
            // `Webinar on oceans on 12 June 2024`: or by its kind, then
            // what it is on (not a headline's `Meeting held in …`).
            let kind_first = || {
                let mut words = name.split(' ');
                let kind = words.next().unwrap_or(name);
                HAPPENING_WORDS.iter().any(|h| kind.eq_ignore_ascii_case(h))
                    && words
                        .next()
                        .is_some_and(|w| matches!(w, "on" | "of" | "for" | "about"))
            };
            let happening = || {
                (HAPPENING_WORDS.iter().any(|h| last.eq_ignore_ascii_case(h)) || kind_first())
                    && !is_clause(name)
            };
            // A news headline's future (`State President to chair open
            // debate on April 19`) announces the day, as `will hold` does.
            let to_hold = || {
                [" to hold ", " to host ", " to convene ", " to chair "]
                    .iter()
                    .any(|v| name.contains(v))
                    && !is_clause(name)
            };
            // `Opening remarks at the IGF 2023 in Kyoto, Japan on 9 October
            // 2023`: a speech, named by its kind anywhere in the name.
            let speech = || {
                name.split(' ').any(|w| {
                    [
                        "remarks",
                        "statement",
                        "address",
                        "speech",
                        "keynote",
                        "message",
                    ]
                    .iter()
                    .any(|s| w.eq_ignore_ascii_case(s))
                }) && !is_clause(name)
            };
            ((in_title_case(name) && name.contains(' ') || happening() || to_hold() || speech())
                && !(last.ends_with("ed") || last == "Held")
                && !line.trim_end().ends_with('.'))
            .then_some((name.len(), ""))
        })
        // A space alone before the date: after an item's type (`Event 10 July
        // 2023 - 19 July 2023`), or after a name in a table's row run together
        // (`Mobile Learning Week 03 to 07 March 2020`). A name's last word has
        // a capital (not a sentence's `held on`, `as of`) and no stop (not
        // `Vol. 13, No. 5 May`); a row ends with no stop of a sentence.
        .or_else(|| {
            let name = before.strip_suffix(' ')?;
            if (!name.contains(' ') && is_type_cell(name)) || is_listing_for(name) {
                return Some((name.len(), ""));
            }
            // `Human Rights Council holds twenty-third regular session from
            // 27 May to 14 June 2013`, `IMO: Maritime Safety Committee meets
            // 12 to 21 June 2013`: a span of days says how long the
            // happening lasts, whatever the name's case.
            // (`Paris • Tuesday 5 – …`: a place, then a sign parting it.)
            if (line[span.clone()].starts_with("from ") || when.date.start != when.date.end)
                && name
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last.starts_with(char::is_alphanumeric))
                && !line.trim_end().ends_with('.')
                && (!is_clause(name) || will_hold(name))
            {
                // `Postponed Policy Lab – AIWS Summit to September 16-18,
                // 2020`: the `to` that leads to the days is no part of the name.
                return Some((name.strip_suffix(" to").unwrap_or(name).len(), ""));
            }
            let (_, last) = name.rsplit_once(' ')?;
            // `… What Role for Cities? 20 June`: a name that asks.
            let last = last.strip_suffix('?').unwrap_or(last);
            // `ACT-Accelerator anniversary event 23 April 2021`, `Closing
            // of the day 20 June 2023`: a kind of happening in lower case
            // ends a name, before a day with its year.
            let happening = || {
                when.date.start.year.is_some()
                    && HAPPENING_WORDS.iter().any(|h| last.eq_ignore_ascii_case(h))
            };
            // `Award Ceremony of the Prize for the use of ICT in education 25
            // March 2020 Postponed`: a status after the date marks a listing's
            // row, whatever case its name ends in.
            let status_row = || status_after(line, span.end);
            ((last.starts_with(|c: char| c.is_uppercase()) || happening() || status_row())
                && last
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, ')' | '-' | '\''))
                && !ends_in_field(name)
                && !matches!(
                    last.to_ascii_lowercase().as_str(),
                    "and" | "or" | "of" | "on" | "in" | "at" | "to" | "from" | "by" | "for" | "the"
                )
                && !line.trim_end().ends_with('.')
                && !is_clause(name)
                && !is_item_type(name))
            .then_some((name.len(), ""))
        })?;
    // `Virtual event , 14/10/2020`: the space typed before the comma is no
    // part of the name.
    let name_end = line[..name_end].trim_end().len();
    if name_end == 0 {
        return None;
    }
    // `Panel, 10 a.m. to 1 p.m. EST, Jan. 15, 2025`: a time before the date;
    // `10:00 – 13:00 CET, 28 November 2024`, `10:00–11:00 CET Monday, 22
    // July 2024`: a date line, its time first.
    let (mut span, mut when, mut name_end) = (span, when, name_end);
    let sep = &line[name_end..span.start];
    // `Press briefing | 12:00 PM EDT | Tuesday, 14 May 2024`, `Briefing -
    // 12:00 - 12:30 EDT - 14 May 2024`: the time a cell of its own, parted
    // from the name as from the date.
    let cells = sep == " | " || DASHES.contains(&sep);
    // `Webinar (12:00 EDT, 14 May 2024)`: the time first in the brackets.
    let mut close = close;
    let bracketed = || {
        let open = line.as_bytes()[..name_end]
            .windows(2)
            .rposition(|w| w == b" (")?;
        let t = parse::find_time(&line[open + 2..name_end], &[])?;
        (t.span == (0..name_end - open - 2)).then_some((open, t))
    };
    if when.time.is_none()
        && (sep == ", " || sep == " " || cells)
        && let Some((comma, t)) = if cells {
            time_cell_ending(line, name_end, sep)
        } else {
            time_ending(line, 0..name_end)
        }
        .or_else(|| {
            let t = parse::find_time(&line[..name_end], &[])?;
            (t.span == (0..name_end)).then_some((0, t))
        })
        .or_else(|| {
            let (open, t) = (sep == ", " && close.is_empty()).then(bracketed)??;
            close = ")";
            Some((open, t))
        })
    {
        span.start = match comma {
            0 => 0,
            _ if cells => comma + sep.len(),
            _ => comma + 2,
        };
        when.time = Some(t.time);
        when.zone = when.zone.or(t.zone);
        name_end = comma;
    }
    let mut after = &line[span.end..];
    // A place after the date: inside the brackets (`Climate Week (8–12 July
    // 2024, Panama City)`), else after a comma, bar or dash (`Summit on the
    // Future, 22-23 September 2024, New York`, `SB 60 | 3 - 13 June 2024 |
    // Bonn, Germany`).
    let place_in = |from: usize, to: usize| {
        let text = &line[from..to];
        [", ", " | ", " – ", " - ", " — "]
            .iter()
            .any(|sep| text.starts_with(sep))
            .then(|| place_after(line, from..to))
            .flatten()
    };
    let mut place = None;
    if !close.is_empty() {
        let k = after.find(close)?;
        // `(6 April 2015 TBC)`: a note that the day may yet change, as a
        // venue not settled is noted (see `places::is_unknown`).
        let note = after[..k].trim_start_matches([',', ' ']);
        if k > 0 && !(places::is_unknown(note) || note.eq_ignore_ascii_case("tentative")) {
            place = Some(place_in(span.end, span.end + k)?);
        }
        after = &after[k + close.len()..];
        // `(New York, 12-14 June 2023)`: the place came first.
        let inner = &line[name_end..span.start];
        if place.is_none()
            && let Some(p) = inner.strip_prefix(" (").and_then(|p| p.strip_suffix(", "))
        {
            place = Some(name_end + 2..name_end + 2 + p.len());
        }
    }
    // `…, 16–20 June 2026, New York (organized by ODET and UNICEF)`: who
    // organizes closes the line, and the place stands before it.
    let line = match org::closing_org_paren(after) {
        Some(open) => {
            let from = line.len() - after.len();
            let kept = line[..from + open].trim_end();
            after = &kept[from.min(kept.len())..];
            kept
        }
        None => line,
    };
    if place.is_none() {
        let rest = line.len() - after.len()..line.len();
        // `Third meeting, 17-19 January 2024, Davos`: also a town the
        // gazetteer lacks.
        place = place_in(rest.start, rest.end).or_else(|| town_after(line, rest));
        if place.is_some() {
            after = "";
        }
    }
    // `…, 18 April 2024, 9-10:30am EDT (virtual)`: a place in parentheses.
    if place.is_none()
        && let Some(inner) = after.strip_prefix(" (").and_then(|a| a.strip_suffix(')'))
        && places::only_places(inner)
    {
        let start = line.len() - after.len() + 2;
        place = Some(start..start + inner.len());
        after = "";
    }
    // `Expert meeting | 5 June 2024 | Online | UNODC`: cells after the date
    // that name places, then entities (the organizers).
    let mut cells = Vec::new();
    if place.is_none() && after.starts_with(" | ") {
        let from = line.len() - after.len() + 3;
        let mut read = Vec::new();
        for r in cell_ranges(line, from..line.len()) {
            match place_after(line, r.clone()) {
                Some(p) if read.is_empty() => place = Some(p),
                _ if place.is_some() && org::lists_entities(&line[r.clone()]) => {
                    read.push((Label::Organizers, r));
                }
                _ => {
                    place = None;
                    read.clear();
                    break;
                }
            }
        }
        if place.is_some() {
            cells = read;
            after = "";
        }
    }
    // `… was held in Katowice, from 6 to 10 December 2021.` and `The Envoy
    // will speak at the Summit, 30 May 2024, Geneva.` are sentences, not
    // titles, whatever sentence follows (`The agenda includes …` reads as
    // a link's words).
    let stop = after.trim_start().starts_with('.') || (after.is_empty() && line.ends_with('.'));
    let sentence = stop && has_finite_verb(&line[..name_end]);
    // `High-level meeting on universal health coverage: 21 September 2023
    // | Resolution A/RES/75/315`: a schedule's item, its name and its day
    // as a field, then a note in a cell of its own.
    let noted_cell = after.starts_with(" | ") && line[name_end..span.start].starts_with(": ");
    let trailer = is_link_trailer(after) || is_status(after) || is_run_in_part(after) || noted_cell;
    // `Webinar (12 May 2024): Data for All`: the name goes on after its
    // date (read only when no link or status ends the line).
    let subtitle = (!trailer && is_subtitle(after) && !is_item_type(&line[..name_end]))
        .then(|| line.len() - after.len()..line.len());
    ((trailer || subtitle.is_some()) && !sentence).then_some(Found {
        labeled: false,
        place,
        span,
        when,
        name: 0..name_end,
        cells,
        subtitle,
    })
}

/// `Regional Forum (19 March 2020, Geneva) What's happening`: the heading
/// of a page's part (or its tab) run into the title after its date, a
/// space alone between them.
fn is_run_in_part(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .is_some_and(|part| part.len() <= MAX_DETAILS_HEADING_BYTES && KICKER.is_match(part))
}

/// The longest date label read before a dash (`Date and time – …`).
const MAX_DASHED_LABEL_BYTES: usize = 24;

/// The longest subtitle read after a title's date.
const MAX_SUBTITLE_BYTES: usize = 100;

/// `: Data for All`, ` - Data for All`: a name's subtitle after its date,
/// short, opening with a capital, and no sentence, place, field or list of
/// cells, nor a page's part (`Open Day at UNOG on Saturday 24 October 2015 -
/// Programme`).
fn is_subtitle(after: &str) -> bool {
    let Some(text) = subtitle_text(after) else {
        return false;
    };
    text.len() <= MAX_SUBTITLE_BYTES
        && text.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'))
        && !text.ends_with('.')
        && !text.contains(" | ")
        && !has_finite_verb(text)
        && !places::only_places(text)
        && !KICKER.is_match(text)
        && !PROGRAMME_HEADING.is_match(text)
        && !opens_field(text)
}

/// What parts a name from the words before it: a subtitle from its
/// title's date, a note's end from a name.
const NAME_SEPARATORS: [&str; 5] = [": ", " - ", " – ", " — ", " | "];

/// A subtitle's words, past the separator that opens it.
fn subtitle_text(after: &str) -> Option<&str> {
    NAME_SEPARATORS
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
}

/// `… –Venue: TBC`: the text ends in a field (its label, then its value).
fn ends_in_field(text: &str) -> bool {
    text.rfind(": ").is_some_and(|colon| {
        let label = text[..colon].rfind(' ').map_or(0, |k| k + 1);
        opens_field(text[label..].trim_start_matches(['–', '-', '|']))
    })
}

/// A status, and only a status, after a date that ends at `date_end` (`…
/// 24 April 2025 Postponed`).
pub fn status_after(line: &str, date_end: usize) -> bool {
    let after = line[date_end..].trim();
    !after.is_empty() && is_status(after)
}

/// `Postponed` or `(Cancelled)` after a listing's date: the happening's
/// status, no part of its name or place.
pub fn is_status(after: &str) -> bool {
    let status = after.trim().trim_start_matches(['-', '–', '|']).trim();
    let status = status
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(status);
    [
        "postponed",
        "cancelled",
        "canceled",
        "rescheduled",
        // A schedule's note on its day (`Media Alert for 3 June 2025
        // (subject to change)`).
        "subject to change",
        // `Forum, 12 June 2024 (all day)`: the whole day, no hours.
        "all day",
        "all-day",
        "full day",
        "all week",
        // `Digital Day (TBC)`: not yet confirmed.
        "tbc",
        "tbd",
        "to be confirmed",
    ]
    .iter()
    .any(|w| status.eq_ignore_ascii_case(w))
}

/// `Rev. 1 – 15 May 2024`, `Part 2 - 3 June 2025`: the number ends a
/// numbered name, it does not open a range of days. Returns the date after
/// the dash, which must end where the range did.
fn numbered_name(line: &str, span: Range<usize>) -> Option<(Range<usize>, When)> {
    let number_start = span.start;
    let label = line[..number_start].strip_suffix(' ')?;
    let word = label.rsplit(' ').next()?.trim_end_matches('.');
    if !NUMBERED.iter().any(|n| n.eq_ignore_ascii_case(word)) {
        return None;
    }
    let digits = line[number_start..].find(|c: char| !c.is_ascii_digit())?;
    let rest = &line[number_start + digits..span.end];
    let sep = [" – ", " - ", " — "]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let start = number_start + digits + sep.len();
    let (left, when) = parse::when(&line[start..span.end]).ok()?;
    left.is_empty().then_some((start..span.end, when))
}

/// Words that a number follows to name one of a series.
const NUMBERED: [&str; 14] = [
    "rev", "part", "phase", "module", "round", "episode", "session", "no", "issue", "vol",
    "volume", "chapter", "draft", "version",
];

/// Text that only points elsewhere: empty, a stop, parentheses or brackets
/// of link text (`(listen )`, `(click , for more information … click )`,
/// `[Watch on UN Web TV]`), a short sentence of it (`. Find out more here.`)
/// or a short link after a dash (`– Register here`).
pub fn is_link_trailer(s: &str) -> bool {
    // A loop, not recursion: `()()()…` must neither overflow the stack nor rescan.
    let mut s = s.trim();
    while let Some((inner, close)) = s
        .strip_prefix('(')
        .map(|i| (i, ')'))
        .or_else(|| s.strip_prefix('[').map(|i| (i, ']')))
    {
        let Some(k) = inner.find(close) else {
            return false;
        };
        let content = &inner[..k];
        // `[Virtual]`: how to attend, in brackets, is a note too.
        if !(content.trim().is_empty()
            || LINK_WORDS.is_match(content)
            || places::is_way_to_attend(content))
        {
            return false;
        }
        s = inner[k + 1..].trim();
    }
    if s.is_empty() || s == "." {
        return true;
    }
    // `– Register here`, `| Watch`, `» Read more`: a short link after a dash,
    // bar or arrow.
    if let Some(link) = ["- ", "– ", "— ", "| ", "» ", "› ", "→ "]
        .iter()
        .find_map(|d| s.strip_prefix(d))
    {
        return link.len() <= 40 && LINK_WORDS.is_match(link) && !link.contains(". ");
    }
    match s.strip_prefix('.') {
        Some(sentence) => {
            let sentence = sentence.trim();
            sentence.len() <= 80
                && LINK_WORDS.is_match(sentence)
                && !sentence.trim_end_matches('.').contains(". ")
        }
        None => false,
    }
}

/// The place labels whose first letters no other label shares: a test of
/// the whole word spares most lines the label regex.
const PLACE_LABELS_RM: &[&str] = &[
    "room",
    "modality",
    "mode",
    "meeting point",
    "meeting venue",
    "meeting location",
];

/// `line` starts with one of `words`, in any case.
fn starts_with_word(line: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        line.as_bytes()
            .get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// True when `line` starts with one of `letters` (lower-case ASCII) in
/// either case, the first letters a pattern's matches can start with, or
/// with a non-ASCII character (case folding maps `ſ` to `s`).
fn starts_with_any(line: &str, letters: &[u8]) -> bool {
    line.as_bytes()
        .first()
        .is_some_and(|b| !b.is_ascii() || letters.contains(&b.to_ascii_lowercase()))
}

/// `a.m` or `p.m` (its stop cut off) at the end of `word`: a zone after it
/// (`10:00 a.m. EDT`) belongs to the time, and the stop ends no sentence.
pub fn ends_in_meridiem(word: &str) -> bool {
    let w = word.as_bytes();
    w.len() >= 3
        && [b"a.m", b"p.m"]
            .iter()
            .any(|m| w[w.len() - 3..].eq_ignore_ascii_case(*m))
}

/// An event line's name that only says what is due (`Deadline for
/// submissions`, `Registration opens`, `Request for sponsorship`): the
/// words [`STAMP`] needs are tested first, so most names skip the regex.
fn is_key_date(name: &str) -> bool {
    let mut words = name.split(' ');
    let is = |w: Option<&str>, list: &[&str]| {
        w.is_some_and(|w| list.iter().any(|l| w.eq_ignore_ascii_case(l)))
    };
    let deadline = ["deadline", "deadlines"];
    let first = words.next();
    let steps = [
        "request",
        "requests",
        "submission",
        "submissions",
        "notification",
        "notifications",
        "confirmation",
        "confirmations",
    ];
    (is(first, &deadline)
        || is(first, &steps)
        || is(words.next(), &deadline)
        || is(
            name.rsplit(' ').next(),
            &["open", "opens", "close", "closes", "ends", "due"],
        ))
        && STAMP.is_match(name)
}

/// Where a cell run into the text starts: a capital or a bracket right
/// after a word's lower-case letters (`ConferenceJournalists`,
/// `ConferenceWMO`, `Conference[Publication`).
fn glued_cell(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (2..b.len()).find(|&k| {
        (b[k].is_ascii_uppercase() || b[k] == b'[')
            && b[k - 1].is_ascii_lowercase()
            && b[k - 2].is_ascii_lowercase()
    })
}

/// `Press conference by Jane Doe, Director, DESA.`, `Agenda item 31,
/// Report of the Security Council.`: a video's or document's caption after
/// its date, its clauses parted by commas and closed by a full stop, as no
/// happening's name is.
fn is_caption(text: &str) -> bool {
    text.strip_suffix('.').is_some_and(|t| {
        !ends_in_meridiem(t)
            && memchr::memmem::find(t.as_bytes(), b", ").is_some()
            && appositive(t).is_none()
    })
}

/// `Horizon Summit, an all-day event dedicated to …`: where a description
/// of the happening after its name starts (the name's comma), which a
/// caption's clauses (`…, Director, DESA`) do not open with an article.
fn appositive(name: &str) -> Option<usize> {
    let k = memchr::memmem::find(name.as_bytes(), b", ")?;
    let after = &name[k + 2..];
    (after.starts_with("a ") || after.starts_with("an ")).then_some(k)
}

/// `the`, `was`: a word of prose, which no name opens with (`eWeek` and
/// `e-Government` may).
fn is_lowercase_word(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())
}

/// A full sentence: words enough, half of them in lower case, and a full
/// stop at the end. Names of happenings are shorter, capitalized or end
/// otherwise.
fn is_sentence(text: &str) -> bool {
    // `… 10 a.m.–1 p.m.` ends with a time's stop, not a sentence's.
    match text.trim_end().strip_suffix('.') {
        Some(end) if !ends_in_meridiem(end) => {}
        _ => return false,
    }
    let words = text.split(' ').count();
    let lower = text
        .split(' ')
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    // A sentence full of names still has its verb: `UN General Assembly
    // (UNGA) President … will soon launch … (HLPF).`
    words >= 6 && 2 * lower >= words || words >= MIN_NAMED_SENTENCE_WORDS && has_finite_verb(text)
}

/// The fewest words of a sentence told by its verb among capitalized names.
const MIN_NAMED_SENTENCE_WORDS: usize = 10;

/// `Zero draft released.`, `Day of the Mediterranean.`: the full stop of a
/// name written as a sentence, after a word in lower case or a capitalized
/// one of four letters or more; `U.N.`, `Inc.` or `Corp.` keep theirs. Its
/// length.
fn sentence_stop(name: &str) -> usize {
    const ABBREVIATIONS: [&str; 9] = [
        "Corp", "Dept", "Govt", "Assn", "Intl", "Prof", "Univ", "Mgmt", "Bros",
    ];
    let capitalized = |w: &str| {
        w.len() >= 4
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && is_lowercase_word(&w[1..])
            && !ABBREVIATIONS.contains(&w)
    };
    name.strip_suffix('.')
        .and_then(|n| n.rsplit(' ').next())
        .is_some_and(|w| w.len() >= 3 && is_lowercase_word(w) || capitalized(w))
        .into()
}

/// `The session will be livestreamed at bit.ly/… and will be recorded`: a
/// sentence with no stop, which a subject of a word or two after `The`,
/// `This` or `These`, then a modal verb, shows; a title says no such thing.
/// Nor does it ask the reader anything (`This webinar is held in Kenya,
/// please check your time zone`).
fn is_unstopped_sentence(line: &str) -> bool {
    static SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:The|This|These) (?:[^ ]+ ){1,2}(?:will|would|can|must|should|may) [a-z]")
            .expect("valid regex")
    });
    starts_with_any(line, b"t") && SENTENCE.is_match(line)
        || memchr::memmem::find(line.as_bytes(), b", please ").is_some()
}

/// Prose ends like a sentence or runs long; a title does neither.
fn is_prose(line: &str) -> bool {
    let mut end = line.trim_end_matches(['"', '”', '’', ')', ' ']);
    // `… initiatives. Learn more: https://…`: the paragraph ends with a
    // link's address; `Register here: https://…` alone is a link.
    if let Some(space) = memchr::memrchr(b' ', end.as_bytes())
        && crate::text::is_web_address(&end[space + 1..])
    {
        let text = end[..space].trim_end();
        if is_call_to_action(text.trim_end_matches(':')) {
            return false;
        }
        end = text;
    }
    // `… proclaimed 10 December as Human Rights Day in 1950. Details`: a
    // link's text (short: only the line's last bytes are searched) after
    // the paragraph's last sentence.
    let tail = end.len().saturating_sub(MAX_LINK_BYTES + 2);
    if let Some(stop) = memchr::memrchr(b'.', &end.as_bytes()[tail..]).map(|k| tail + k)
        && let Some(link) = end[stop + 1..].strip_prefix(' ')
        && is_call_to_action(link)
    {
        end = &end[..=stop];
    }
    // `Open data webinar – Register now!`: a title, then a dash and a link's
    // text, whose stop ends no sentence.
    // Only the line's last bytes are searched, as a link's text is short;
    // for a dash's bytes first (`-`, or the last byte of `–`): most lines
    // have none.
    let tail = || crate::text::floor_boundary(end, end.len().saturating_sub(MAX_LINK_BYTES / 2));
    if end.ends_with(['!', '.'])
        && let tail = tail()
        && memchr::memchr2(b'-', 0x93, &end.as_bytes()[tail..]).is_some()
    {
        let dashed = [" – ", " - "].iter().find_map(|dash| {
            let k = tail + memchr::memmem::rfind(&end.as_bytes()[tail..], dash.as_bytes())?;
            // `The Council met. It adopted … – Read more.` stays prose.
            (is_call_to_action(&end[k + dash.len()..]) && !end[..k].contains(". ")).then_some(k)
        });
        if let Some(k) = dashed {
            end = &end[..k];
        }
    }
    // A photo caption's note after its sentence (`… speaks to the press.
    // (file)`): the sentence ends the line.
    if line.ends_with(')')
        && let Some(open) = memchr::memrchr(b'(', line.as_bytes())
        && line[..open].ends_with(". ")
    {
        end = &line[..open - 1];
    }
    // More than 30 words: 30 spaces or more (lines are folded).
    // A comma ends a salutation (`Excellencies, ladies and gentlemen,`), never a title.
    // `…, Washington, D.C.`: a stop that ends an abbreviation ends no
    // sentence.
    const ABBREVIATIONS: [&str; 6] = [" D.C.", " U.S.", " U.K.", " U.N.", " Inc.", " Ltd."];
    let abbreviated = || ABBREVIATIONS.iter().any(|a| end.ends_with(a));
    if end.ends_with(['!', ':', ';', ','])
        || end.ends_with('.') && !abbreviated()
        || end.ends_with('…') && !is_cut_name(end)
    {
        return true;
    }
    let spaces = line.bytes().filter(|&b| b == b' ').count();
    spaces >= 30 || spaces >= 15 && is_subject_sentence(line)
}

/// `Plenary - 2nd session of the UN Habitat Assembly…`: a listing cut a
/// short name at a capitalized word; a cut sentence stops after any word
/// (`The Forum brings together the…`).
fn is_cut_name(text: &str) -> bool {
    let name = text.trim_end_matches('…');
    name.split(' ').count() <= MAX_CUT_NAME_WORDS
        && !text.contains(". ")
        && name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
}

/// Words a cut name has at most: a listing cuts its card's title short.
const MAX_CUT_NAME_WORDS: usize = 12;

/// Words a pull quote has at least: a quoted name may be shorter
/// (`“Securing our Digital Future”`).
const MIN_QUOTE_WORDS: usize = 5;

/// `“We must urgently find our way back to peace”` below a speech's date:
/// a line the page quotes from the speech, a speaker's words in the first
/// person, no title of an item of its own.
fn is_pull_quote(line: &str) -> bool {
    const FIRST_PERSON: [&str; 9] = ["I", "I'm", "We", "we", "us", "our", "Our", "my", "me"];
    let Some(inner) = line
        .strip_prefix(['“', '"'])
        .and_then(|l| l.strip_suffix(['”', '"']))
    else {
        return false;
    };
    !inner.contains(['“', '”', '"'])
        && inner.split(' ').count() >= MIN_QUOTE_WORDS
        && inner.split(' ').any(|w| FIRST_PERSON.contains(&w))
}

/// Words a deck has at least: happenings' names in lower case are shorter.
const MIN_DECK_WORDS: usize = 10;

/// `Bold commitments needed to make sure no one is left offline`: a long
/// line in lower case but for its first word and acronyms (`UN`), with no
/// stop: the deck below a headline, no happening's name, which capitalizes
/// its nouns, runs shorter or parts its kind from its subject (`Special
/// event - UNESCO: 70 years in the service of human dignity`).
pub fn is_deck(line: &str) -> bool {
    let capitalized = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
    };
    !line.ends_with('.')
        && line.split(' ').count() >= MIN_DECK_WORDS
        && !line.split(' ').skip(1).any(capitalized)
        && !line.contains(':')
        && !DASHES.iter().any(|d| line.contains(d))
}

/// `The Council emphasized its role in the response. The Council …`: a
/// sentence of some words ended by a stop, then the next one's capital. A
/// title's abbreviations (`Remarks by H.E. Mr. …`, `Vol. 13`) end no word in
/// lower case.
fn holds_sentence(text: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), b". ").any(|k| {
        let before = &text[..k];
        let last = before.rsplit(' ').next().unwrap_or(before);
        text[k + 2..].starts_with(|c: char| c.is_uppercase())
            && last.len() > 3
            && last.bytes().all(|b| b.is_ascii_lowercase())
            && before.bytes().filter(|&b| b == b' ').count() + 1 >= MIN_SENTENCE_WORDS
    })
}

/// `The United Nations Office for Outer Space Affairs (UNOOSA) invites
/// interested individuals to register for its Symposium, …, between 12 – 14
/// September 2023, in Graz, Austria.`: a sentence's subject (or words mostly
/// in lower case) in a long line that ends with a stop, the date's sentence
/// the last (`after` the date: a dated title may end with a link's sentence,
/// `… Sweden, 16 January 2023. Find out more here.`).
fn is_long_sentence(line: &str, name: &str, after: &str) -> bool {
    const SUBJECTS: [&str; 4] = ["The ", "This ", "These ", "We "];
    // The stop after the date, not the one of its month (`12 to 27 Nov.`).
    after.trim_end().ends_with('.')
        && !after.contains(". ")
        && name.split(' ').count() >= MIN_LONG_SENTENCE_WORDS
        // `GP2019 comprised two preparatory days followed by several days of
        // …, from 15-17 May.`: most words in lower case, as prose writes.
        && (SUBJECTS.iter().any(|s| name.starts_with(s)) || is_sentence(line))
}

/// Words a sentence with no verb the test knows has at least.
const MIN_LONG_SENTENCE_WORDS: usize = 12;

/// Words a sentence in a title-like line has at least.
const MIN_SENTENCE_WORDS: usize = 8;

/// `FORUM BARCELONA 2004:  9 May 2004 - 26 September 2004.  Barcelona,
/// Spain. Embracing …`: a listing of meetings (IISD's) that opens each
/// paragraph with the meeting's name in capitals, a colon, its dates and
/// its place, then describes it.
fn listed_meeting(line: &str) -> Option<Found> {
    let b = line.as_bytes();
    if !(b.len() > 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase()) {
        return None;
    }
    let colon = memchr::memchr(b':', &b[..b.len().min(MAX_TITLE_BYTES)])?;
    let name = &line[..colon];
    // `DEADLINE FOR SUBMISSIONS: 15 May 2024.`, `LAST UPDATED: …`, `EVENT
    // DATES: …`: a field in capitals, no meeting.
    if !name.contains(' ')
        || name.bytes().any(|c| c.is_ascii_lowercase())
        || is_key_date(name)
        || is_bare_label(name)
        || STAMP.is_match(name)
    {
        return None;
    }
    let start = colon + 1 + line[colon + 1..].len() - line[colon + 1..].trim_start().len();
    let (rest, when) = parse::when(&line[start..]).ok()?;
    let end = line.len() - rest.len();
    // The place is the next sentence, when it only says where; the
    // description follows.
    let text = rest.strip_prefix('.')?.trim_start();
    if text.is_empty() {
        return None;
    }
    let from = line.len() - text.len();
    let place = memchr::memmem::find(text.as_bytes(), b". ")
        .filter(|&k| places::only_places(&text[..k]))
        .map(|k| from..from + k);
    Some(Found {
        span: start..end,
        when,
        name: 0..colon,
        labeled: false,
        place,
        cells: Vec::new(),
        subtitle: None,
    })
}

/// `The opening of EC-69 will take place on Wednesday, 10 May 2017 at 9.30
/// am`: a sentence's subject, its verb and a day, with no stop, however
/// short: a paragraph that says when, no title.
fn is_dated_sentence(line: &str) -> bool {
    is_subject_sentence(line) && parse::find_when(line, 0).is_some()
}

/// `The event will address the critical needs of …`: a long line that
/// opens with a sentence's subject and goes on with its verb is a sentence
/// whose stop the page left out.
fn is_subject_sentence(line: &str) -> bool {
    const SUBJECTS: [&str; 6] = ["The ", "This ", "These ", "It ", "We ", "Our "];
    SUBJECTS.iter().any(|s| line.starts_with(s)) && has_finite_verb(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_name(line: &str) -> &'static str {
        match classify(line) {
            Kind::Blank => "blank",
            Kind::Noise => "noise",
            Kind::Fragment => "fragment",
            Kind::Body => "body",
            Kind::Title => "title",
            Kind::Grouping(_) => "grouping",
            Kind::DatedTitle(_) => "dated-title",
            Kind::Event(_) => "event",
            Kind::DateOnly(_) => "date-only",
            Kind::Labeled(..) => "labeled",
            Kind::Session(_) => "session",
        }
    }

    #[test]
    fn capital_labels_without_colons() {
        for (line, at) in [
            ("DATE Tuesday, 16 July 2019", Some(4)),
            ("TIME/DATE     10:00–11:00 CET", Some(9)),
            ("EVENT Launch of the report", Some(5)),
            ("WHERE King Dinuzulu Stadium, Eshowe", Some(5)),
            // Headings and names in capitals.
            ("WHERE WE WORK", None),
            ("EVENT CALENDAR 2024", None),
            ("TIME Magazine names its person of the year", None),
            ("WHEN Women Lead", None),
            ("Date Tuesday, 16 July 2019", None),
            ("DATES", None),
        ] {
            assert_eq!(colon_after_caps_label(line), at, "{line}");
        }
    }

    #[test]
    fn a_caption_with_its_credit_is_noise() {
        let caption = "Opening of the 63rd Session of the Commission on the Status of Women \
            on 11 March, 2019 in New York. Photo: UN Women/Ryan Brown";
        assert_eq!(kind_name(caption), "noise");
    }

    #[test]
    fn kinds_are_equal_when_variant_and_data_are() {
        assert_eq!(Kind::Blank, Kind::Blank);
        assert_ne!(Kind::Blank, Kind::Noise);
        assert_eq!(classify("5 May 2024"), classify("5 May 2024"));
        assert_ne!(classify("5 May 2024"), classify("6 May 2024"));
        assert_ne!(
            Kind::Labeled(Label::Place, 0..3),
            Kind::Labeled(Label::Place, 0..4)
        );
        assert_ne!(
            Kind::Labeled(Label::Place, 0..3),
            Kind::Labeled(Label::Time, 0..3)
        );
    }

    #[test]
    fn a_news_pictures_caption_with_its_credit_in_brackets_is_noise() {
        let caption = "Delegates leave the conference centre in Nusa Dua, Bali, after the \
            opening session on Monday. (ANTARA/Dewi Lestari)";
        assert_eq!(kind_name(caption), "noise");
        let joint = "The programme is run jointly by both agencies in twelve countries of \
            the region since its start (UNDP/UNEP)";
        assert_eq!(kind_name(joint), "body");
    }

    #[test]
    fn an_image_name_is_noise() {
        assert_eq!(kind_name("Banner_CSO consultations"), "noise");
        assert_eq!(kind_name("Banner for CSO consultations"), "title");
        assert_eq!(kind_name("Photo for Commission"), "noise");
        assert_eq!(
            kind_name("The General Assembly The General Assembly"),
            "noise"
        );
        assert_eq!(kind_name("Bora Bora"), "title");
        assert_eq!(kind_name("The General Assembly"), "title");
    }

    #[test]
    fn a_reading_time_is_noise() {
        assert_eq!(kind_name("access_time 2 min read"), "noise");
        assert_eq!(kind_name("5 minute read"), "noise");
        assert_eq!(kind_name("Learn to read"), "title");
    }

    #[test]
    fn a_broadcast_note_is_no_title() {
        assert_eq!(kind_name("Live streamed on UN Webcast"), "noise");
        assert_eq!(kind_name("Webcast live on UN Web TV"), "noise");
        assert_eq!(kind_name("Live streamed concerts for peace"), "title");
    }

    #[test]
    fn a_byline_names_the_speaker_alone() {
        assert!(is_byline(
            "Statement by Mr. Petko Draganov, Deputy Secretary-General of UNCTAD"
        ));
        assert!(is_byline("Message from the Secretary-General"));
        assert!(!is_byline(
            "Remarks by the Envoy at the Forum Opening Ceremony"
        ));
        assert!(!is_byline("Statement by the President on World Water Day"));
        assert!(!is_byline("Statements"));
    }

    #[test]
    fn a_speechs_salutation() {
        assert!(is_salutation(
            "Your Majesty, Queen Máxima [of the Netherlands]"
        ));
        assert!(is_salutation("Excellencies, Ladies and Gentlemen"));
        assert!(!is_salutation("Distinguished Lecture Series on Peace"));
    }

    #[test]
    fn a_person_and_role() {
        assert!(is_person_line("Mr Jovan Kurbalija, Diplo Foundation"));
        assert!(is_person_line("H.E. Ms. Anna Berg, Minister of Trade"));
        // A speech's opening words are not.
        assert!(!is_person_line("Mr. President, I thank you."));
        assert!(!is_person_line("Anna Berg, who chairs the Council"));
        // With no honorific, a name then an office ending the line.
        assert!(is_person_line(
            "Doreen Bogdan-Martin, ITU Secretary-General"
        ));
        assert!(!is_person_line(
            "Digital Cooperation Day, UN Secretary-General"
        ));
        assert!(!is_person_line(
            "By Yu Ping Chan, Office of the Secretary-General"
        ));
        // The office may open the role after the name.
        assert!(is_person_line("Anna Berg, Minister of Trade"));
        assert!(is_person_line(
            "Emilija Stojmenova Duh, Minister for Digital Transformation, Slovenia"
        ));
        assert!(is_person_line(
            "Winnie Byanyima, Executive Director of UNAIDS"
        ));
        assert!(!is_person_line(
            "Digital Cooperation Forum, Director of the Office"
        ));
        // Or an office, then the name alone.
        assert!(is_person_line("ITU Secretary-General Doreen Bogdan-Martin"));
        assert!(is_person_line("UN Deputy Secretary-General Amina Mohammed"));
        assert!(!is_person_line("Secretary-General Video Message"));
        assert!(!is_person_line("President Kagame Opens Summit"));
        assert!(!is_person_line("Youth Envoy Dialogue on Digital Rights"));
    }

    #[test]
    fn a_date_with_a_dangling_dash_is_a_date_line() {
        assert_eq!(kind_name("28 February 2019 -"), "date-only");
        assert_eq!(kind_name("Thursday, 28 February 2019 –"), "date-only");
    }

    #[test]
    fn a_sentence_dated_in_brackets_is_prose_whatever_follows() {
        // The next sentence's `agenda` reads as a link's word, yet the
        // first is a sentence: its verb says so.
        let line = "The first meeting of the Committee has begun this morning \
            (18-20 November 2019). The agenda includes an exchange of views.";
        assert_eq!(kind_name(line), "body");
    }

    #[test]
    fn a_quotation_after_a_date_names_the_happening() {
        let line =
            "Tuesday, 23 September \"Climate Summit 2014\" convened by the Secretary-General";
        let Kind::Event(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(
            &line[f.name],
            "\"Climate Summit 2014\" convened by the Secretary-General"
        );
        // Outside a list, a capital after a space alone names nothing.
        assert!(!matches!(
            classify("Tuesday, 23 September Climate Summit convened"),
            Kind::Event(_)
        ));
    }

    #[test]
    fn a_room_after_a_date_and_time_says_where() {
        for (line, place) in [
            (
                "Friday, 17 March 2023 10:00–10:45 (UTC+01:00) Room 9, CICG, 2nd Floor Talks",
                "Room 9, CICG",
            ),
            (
                "Thursday, 3 April 2025 14:00–15:00 (UTC+02:00) Physical (on-site) and \
                 Virtual (remote) participation Room A, Geneva Interactive Session",
                "Room A",
            ),
        ] {
            let Kind::DateOnly(f) = classify(line) else {
                panic!("{line}")
            };
            assert_eq!(&line[f.place.unwrap()], place);
        }
        // Without a time, or without a room first, the words may name.
        assert!(!matches!(
            classify("Friday, 17 March 2023 Room 9 Talks on data"),
            Kind::DateOnly(_)
        ));
        assert!(!matches!(
            classify("Friday, 17 March 2023 10:00 Roundtable on data, Room 9"),
            Kind::DateOnly(_)
        ));
    }

    #[test]
    fn session_numbers_and_acronym_lists_name_nothing() {
        for line in [
            "Session 323",
            "ITU, UNESCO, UNDP and UNCTAD",
            "ITU, UNCTAD, UNESCWA, in collaboration with UNGIS members",
        ] {
            assert_eq!(classify(line), Kind::Noise, "{line}");
        }
        for line in ["Session 3: Data for all", "ITU, UNESCO and partners"] {
            assert_ne!(classify(line), Kind::Noise, "{line}");
        }
    }

    #[test]
    fn stamps_date_their_page() {
        let day = |l: &str| stamp_date(l).map(|d| (d.year, d.month, d.day));
        assert_eq!(day("Published: 11 May 2022"), Some((Some(2022), 5, 11)));
        assert_eq!(day("Posted on 10 July 2025"), Some((Some(2025), 7, 10)));
        assert_eq!(day("Last updated | 3 June 2025"), Some((Some(2025), 6, 3)));
        assert_eq!(
            day("(Updated on 5 September 2014)"),
            Some((Some(2014), 9, 5))
        );
        assert_eq!(day("[Last updated: 3 June 2025]"), Some((Some(2025), 6, 3)));
        assert_eq!(classify("(Updated on 5 September 2014)"), Kind::Noise);
        assert_eq!(classify("As of 20 September 2020"), Kind::Noise);
        assert_eq!(classify("Date post: 28-Jun-2020"), Kind::Noise);
        assert_eq!(classify("Upload date: 28 June 2020"), Kind::Noise);
        // No year, other words, a deadline, or more after the date.
        assert_eq!(day("Published 11 May"), None);
        assert_eq!(day("Published report, 11 May 2022"), None);
        assert_eq!(day("Registration deadline: 11 May 2022"), None);
        assert_eq!(day("Posted on 10 July 2025 in Geneva"), None);
    }

    #[test]
    fn type_cells() {
        for cell in ["Webinar", "Side events", "News", "Press release"] {
            assert!(is_type_cell(cell), "{cell}");
        }
        for cell in ["Security Council", "Youth and peacebuilding"] {
            assert!(!is_type_cell(cell), "{cell}");
        }
    }

    #[test]
    fn calls_to_action() {
        for link in [
            "Register now",
            "Read more »",
            "Watch the recording",
            "More information",
            "Link to resource",
            "Visit the website",
            "Details",
            "Read story",
            "Please Register Here",
            "Click here to register",
            "Livestream here",
            "Join now",
            "Apply here",
        ] {
            assert!(is_call_to_action(link), "{link}");
        }
        for title in [
            "Register of Conventional Arms",
            "Watch Party for the Summit",
            "Youth Forum (to be confirmed)",
            "Visit to the Security Council Chamber",
            "The Missing Link",
            "Join the Summit",
            "Streaming Services Forum",
        ] {
            assert!(!is_call_to_action(title), "{title}");
            assert!(!is_link_text(title), "{title}");
        }
        assert!(is_link_text("Concert programme (available soon)"));
        for link in [
            "Download the concept note (PDF, 250 KB)",
            "Listen to the interview (5 min)",
            "Download the UN News app",
            "Zoom link",
            "Registration link",
            "Join the conversation on https://us02web.zoom.us/j/83261541814",
            "Livestream: www.un.org/live",
            "Download the Press Release in PDF format",
            "View the photo gallery from the event",
            "Printer Friendly and PDF",
        ] {
            assert!(is_link_text(link), "{link}");
        }
    }

    #[test]
    fn a_bulleted_date_or_place_is_a_date_or_place_line() {
        let kind = |l| bulleted_event(l).map(|(cut, k)| (cut, format!("{k:?}")));
        assert!(
            kind("• 23 May 2022 - 24 May 2022")
                .is_some_and(|(cut, k)| cut == 4 && k.starts_with("DateOnly"))
        );
        assert_eq!(kind("• Nairobi, Kenya"), Some((4, "Title".to_string())));
        assert!(
            kind("• 5 November 2013, 10:00-12:00")
                .is_some_and(|(cut, k)| cut == 4 && k.starts_with("DateOnly"))
        );
        // Other items stay list items; a number is no bullet for a bare date.
        assert_eq!(kind("• Opening remarks"), None);
        assert_eq!(kind("1. 23 May 2022"), None);
        assert_eq!(kind("• 23 May 2022"), None);
    }

    #[test]
    fn kinds() {
        let table = [
            ("Week of 12-18 September 2021", "grouping"),
            ("Semana del 23 al 27 de septiembre de 2024", "grouping"),
            ("Semaine du 17 au 21 juin 2024", "grouping"),
            ("Week 16: 19 – 23 April 2021", "grouping"),
            (
                "The General Conference: a laboratory of ideas to map future multilateral cooperation, 12 to 27 Nov.",
                "dated-title",
            ),
            (
                "The General Conference: a laboratory of ideas to map future multilateral cooperation, 12 to 27 Nov. 2019.",
                "body",
            ),
            ("10:00 AM EDT Wednesday, July 17, 2024", "date-only"),
            ("9:00 a.m. EDT Wednesday, July 17, 2024", "date-only"),
            ("10:00 AM EDT Opening, July 17, 2024", "session"),
            ("Daily Archives: August 21, 2017", "grouping"),
            ("Archives for June 2016", "grouping"),
            ("Key events, 2021", "grouping"),
            ("Launch event 20 June 2023", "dated-title"),
            // Spaces a scrape lost, and an offset run together: still
            // date lines.
            ("7 - 11March 2024", "date-only"),
            ("11March 2024", "date-only"),
            ("March 11,2024", "date-only"),
            ("19. April 2023", "date-only"),
            ("12 March 2024, 15:00-17:00 GMT+0100", "date-only"),
            // An events calendar's whole days, with no comma.
            ("Sep 6, 2018 – Oct 6, 2018 all-day", "date-only"),
            ("12 June 2024 all day long we meet", "title"),
            ("Closing of the day 20 June", "title"),
            (
                "The Week Ahead at the United Nations: 1-5 July 2019",
                "grouping",
            ),
            ("February and March 2016 \u{2014}\u{2014}", "grouping"),
            ("January\u{2013}March 2021", "grouping"),
            ("UN Ocean Conference 2025 side events", "grouping"),
            ("ITU Events", "grouping"),
            ("Official meetings", "grouping"),
            ("Video Length: 02:00:23", "noise"),
            (
                "November 27, 2020 Moscow, Digital Business Space",
                "date-only",
            ),
            ("27 November 2020, Geneva, Digital Forum", "title"),
            ("Production Date", "noise"),
            ("Economic and Social Council Meetings Coverage", "grouping"),
            ("Event date(s): 20 - 22 May 2024", "date-only"),
            ("United Nations 30 Sep 2020", "date-only"),
            (
                "WHEN: Wednesday 25 March 2020. Opening remarks from 1000-1030. EST",
                "date-only",
            ),
            ("25 March 2020. Opening remarks from 1000-1030.", "body"),
            ("Submitted by Efua Halm on 14 July 2022", "noise"),
            ("Submitted by Efua Halm on", "noise"),
            ("All times provided are local (Ottawa, EST)", "noise"),
            ("All times are in New York time (EDT)", "noise"),
            (
                "MICO Convention Centre, Milan, Italy, on 11 - 13 October 2024",
                "dated-title",
            ),
            (
                "at MICO Convention Centre, Milan, Italy, on 11 - 13 October 2024",
                "date-only",
            ),
            (
                "October 28 to October 29, 2025 (Geneva, Switzerland) Hybrid",
                "date-only",
            ),
            (
                "Milan, Italy, 11 - 13 October 2024, in conjunction with the 75th Congress",
                "date-only",
            ),
            (
                "Space Law Forum, 11 October 2024, on the margins of the Fourth Committee",
                "dated-title",
            ),
            ("25 – APR", "date-only"),
            ("26 - April", "date-only"),
            (
                "09/16/2024 | Press release | Distributed by Public on 09/16/2024 09:37",
                "noise",
            ),
            ("Posted by admin on Mon, 05/16/2022 - 10:12", "noise"),
            (
                "Event Calendar Date: Thursday, 30th September, 2021 (02:30 UTC)",
                "date-only",
            ),
            ("Webinar date/time: March 3, 2026; 7:00 AM EST", "date-only"),
            ("When & where: 19-21 March 2024, Bangkok", "date-only"),
            ("When? 12 - 14 November 2024", "date-only"),
            ("Date/time (CET): 12 June 2024, 10:00-11:00", "date-only"),
            ("Day and time: 12 June 2024, 10:00-11:00 CET", "date-only"),
            ("Event time: 12 June 2024, 10:00-11:00 CET", "date-only"),
            ("Date:- 12 June 2024", "date-only"),
            // A table's label and value run together, with no colon.
            ("Dates 12-14 June 2024", "date-only"),
            ("When 12 June 2024, 10:00-11:00 CET", "date-only"),
            ("When the Council met, it decided.", "body"),
            ("Date 14 June 2024 is the deadline.", "body"),
            ("Timing: 10:00-11:00 CET, 12 June 2024", "date-only"),
            ("Period: 12-14 June 2024", "date-only"),
            ("Duration: 12-14 June 2024", "date-only"),
            ("On display 1 - 17 June 2019", "date-only"),
            (
                "Date and Time: Monday 19 April 2021 at 17:00 CET (Geneva time) and will update if needed.",
                "date-only",
            ),
            ("Where? Vienna International Centre - Austria", "labeled"),
            ("Venue & format: Online (Zoom)", "labeled"),
            ("Meeting venue: Vienna International Centre", "labeled"),
            ("Event location: Bangkok, Thailand", "labeled"),
            ("Location/Venue: Addis Ababa", "labeled"),
            ("Location (in-person): Geneva", "labeled"),
            ("Organized in partnership with UNESCO", "labeled"),
            ("Time 8:45 am to 1:00 pm", "labeled"),
            ("Time for action on climate", "title"),
            ("Key milestones, 2018-2020", "grouping"),
            (
                "Meeting on the Final Review of the Asian and Pacific Decade of Persons with Disabilities, 2013-2022",
                "title",
            ),
            ("Upcoming events", "grouping"),
            ("Event Listing", "grouping"),
            ("Latest news", "grouping"),
            ("Society News Archive", "grouping"),
            ("Focal Point", "noise"),
            ("Type of event", "noise"),
            ("Press releases archive", "grouping"),
            ("Upcoming events at the Forum", "title"),
            ("Main events calendar", "grouping"),
            ("Major upcoming events", "grouping"),
            // How it is held, then its day, below the title.
            ("Hybrid Event, 30/05/2024", "date-only"),
            ("Table of contents", "noise"),
            ("Summary report, 13–17 May 2019", "date-only"),
            ("1-6 of 6", "noise"),
            ("Français | Español | Русский | عربي | 中文", "noise"),
            ("Showing 1 - 10 of 45 results", "noise"),
            // A headline's span of days.
            (
                "Human Rights Council holds its session from 27 May to 14 June 2013",
                "dated-title",
            ),
            // A listing cut the name short, or the sentence.
            ("Plenary - 2nd session of the Habitat Assembly…", "title"),
            ("The Forum brings together the…", "body"),
            ("Introduction and contact details", "noise"),
            ("Practical information", "noise"),
            ("Logistical information for participants", "noise"),
            ("Additional Resources", "noise"),
            ("Related documents", "noise"),
            // A sentence with no stop.
            (
                "The session will be livestreamed at bit.ly/forum and will be recorded",
                "body",
            ),
            ("These events will not be recorded", "body"),
            (
                "This forum is held in Lima, please check your time zone",
                "body",
            ),
            ("The Future We Want", "title"),
            ("The Sea Will Rise: A Youth Forum", "title"),
            // An image's file name opens a site's banner.
            ("BigLogo.gif UN Member States on the Record", "noise"),
            ("banner_2024.JPG Events", "noise"),
            // A mail archive's stamp.
            ("Tue Mar 3 09:12:45 EST 2026", "noise"),
            ("Wed Nov 11 17:02:33 2026", "noise"),
            ("Report.pdf launch", "title"),
            ("Add to calendar", "noise"),
            ("Add event to Google Calendar", "noise"),
            ("iCal export", "noise"),
            ("View on map", "noise"),
            ("Join the webinar", "noise"),
            ("Event website", "noise"),
            ("Share this event", "noise"),
            ("By invitation only", "noise"),
            ("Upcoming event", "noise"),
            ("Goal 14: Life below water", "noise"),
            ("SDG 14", "noise"),
            ("Open to the public", "noise"),
            ("Date and Location", "noise"),
            ("Venue & dates", "noise"),
            ("Opportunity Description", "noise"),
            ("General Information", "noise"),
            // A sentence that the page left without its stop.
            (
                "The event will address the critical needs of public officials \
                 related to artificial intelligence, digital technologies and data",
                "body",
            ),
            (
                "Informal Interactive Hearing on 17-18 June 2014",
                "dated-title",
            ),
            ("Results of the Elections Held on 17 June 2020", "title"),
            ("Update on 5 May 2024", "title"),
            // A sentence with no stop: a paragraph, though short.
            ("The informal meeting will be held on 3 June 2014", "body"),
            // A paragraph's last sentence, then a link's text.
            (
                "The Assembly proclaimed 10 December as the Day in 1950. Details",
                "body",
            ),
            ("World Soil Day is observed every year. Read story", "body"),
            ("Media Advisory", "noise"),
            ("BACKGROUND RELEASE", "noise"),
            ("Save the date", "noise"),
            ("Mark Your Calendar", "noise"),
            ("Hero image", "noise"),
            (
                "International Day for Disarmament Awareness 2023; March 5th.",
                "dated-title",
            ),
            ("09:00 – 12:15 Interpretation A/C/E/F/R/S", "labeled"),
            ("Conference Details", "noise"),
            ("ECLAC's 39 Session logo", "noise"),
            ("Banner PSES 37 ENG", "noise"),
            ("Distr.: For participants only (13/05/2019)", "noise"),
            ("ORIGINAL: ENGLISH", "noise"),
            ("LUNCH BREAK", "noise"),
            ("Coffee break", "noise"),
            ("Lunch with the Secretary-General", "title"),
            ("Original: English/French", "noise"),
            (
                "Source: International Atomic Energy Agency \u{2013} IAEA",
                "noise",
            ),
            ("Official Source: La Prensa Newspaper", "noise"),
            (
                "ACCESSIBILITY AT UNOG A A A A The United Nations in the Heart of Europe",
                "noise",
            ),
            // A role's people, after a few words, and a meeting's chairs.
            ("Youth Caucus Facilitator: Ana Ruiz", "noise"),
            ("Co-chairs: Norway and Indonesia", "noise"),
            ("Youth Caucus Facilitators and Partners", "title"),
            ("Document: WSIS-05/TUNIS/DOC/6(Rev.1)-E", "noise"),
            ("Document: Concept note for the forum", "title"),
            (
                "Previous versions: Oct 06 | Nov 01 - 16 | Nov 16 - 30 | Jan 1 - 16",
                "noise",
            ),
            // A day's tab misspelt: one cell of four may be no date.
            (
                "Monday, 5 June 2039 | Tuesday, 6 June | Wensday, 7 June | Thursday, 8 June",
                "noise",
            ),
            (
                "First published on 10/12/2017, and last updated on 01/06/2018",
                "noise",
            ),
            ("First published on 10 December 2017", "noise"),
            (
                "UNDP | Updated: 24-09-2020 08:42 IST | Created: 24-09-2020 08:42 IST",
                "noise",
            ),
            (
                "30-06-2005 4:00 pm - (Media Advisory N°2005-47)",
                "date-only",
            ),
            ("Meeting ID: 832 6154 1814 ; Password: 993375", "noise"),
            ("Passcode: 12345", "noise"),
            ("\u{2022} Overview", "noise"),
            // A field's label alone, bulleted above its value.
            ("- Dates and times", "noise"),
            ("\u{2022} Venue", "noise"),
            ("\u{2022} UNDP", "body"),
            ("COVID-19: What's Next Banner", "noise"),
            ("Launch of the new UN80 logo", "title"),
            ("On Oct 28th 2020 at 3 pm", "date-only"),
            ("On 10 May 2024, OSET moderated the side event.", "body"),
            ("Order of the day, 27 February 2017", "date-only"),
            ("What's Ahead @ ESCAP: 1-15 October 2014", "grouping"),
            ("Dates of the Summit", "noise"),
            ("What's happening", "noise"),
            ("Summit type: Event", "noise"),
            ("Mode: online", "labeled"),
            ("Meeting point: Place des Nations", "labeled"),
            (
                "153rd session of the Board, 31 May–1 June 2023, WHO headquarters Auditorium",
                "dated-title",
            ),
            ("Featured Image", "noise"),
            ("Body image", "title"),
            ("Session at a Glance", "noise"),
            ("Daily schedule - 20 November 2023", "date-only"),
            (
                "António Guterres Daily schedule - 24 September 2025",
                "date-only",
            ),
            (
                "Secretary-General's daily schedule - 24 September 2025",
                "date-only",
            ),
            ("As prepared for delivery", "noise"),
            ("Check against delivery.", "noise"),
            (
                "Simon Stiell, Executive Secretary of UNFCCC, speaks at a press conference. (file)",
                "body",
            ),
            ("Launch of the Report (click here)", "title"),
            ("UN Photo/Mark Garten", "noise"),
            ("Posted on 10 July 2025", "noise"),
            ("Last updated on Monday, 3 June 2025", "noise"),
            ("LAST UPDATE: 11 September 2017", "noise"),
            ("Last update 5 May 2024", "noise"),
            ("Posted on 10 July 2025 by the Secretariat", "title"),
            ("Published 3 June 2025", "noise"),
            ("Photo: UNICEF/Smith", "noise"),
            ("Image Title", "noise"),
            ("Regional Events", "grouping"),
            ("High-level events", "grouping"),
            // A document's numbered part.
            ("I. General", "noise"),
            ("2. Background", "noise"),
            ("I. General Assembly", "title"),
            ("Photo caption", "noise"),
            ("Image of the Year", "title"),
            ("[UN HQ] Photo © UN Photo/Jane Doe.", "noise"),
            ("Photo UN", "noise"),
            // A table's row run together: the name, a space, the date.
            ("Mobile Learning Week 03 to 07 March 2020", "dated-title"),
            // A headline's verb, then the span of days it lasts.
            (
                "IMO: Maritime Safety Committee meets 12 to 21 June 2013",
                "dated-title",
            ),
            ("The report was released 12 June 2013", "body"),
            ("Paris • Tuesday 5 – Wednesday 20 November 2013", "title"),
            // A date line that gives its time first, with no comma.
            (
                "Time/date: 10:00–11:00 CET Monday, 22 July 2024",
                "date-only",
            ),
            ("When: 11.00–12.30 (09:00-10:30 GMT)", "labeled"),
            (
                "Preparatory Group of the Executive Board 05 to 06 March 2020 Postponed",
                "dated-title",
            ),
            // The row's status, not the case of its last word, marks it.
            (
                "Award Ceremony of the Prize for the use of ICT in education 25 March 2020 Postponed",
                "dated-title",
            ),
            (
                "Award Ceremony of the Prize for ICT in education 25 March 2020",
                "title",
            ),
            (
                "The Envoy attended the session in Geneva from 15 to 19 April 2024.",
                "body",
            ),
            (
                "Webinar: Towards a Sustainable Ocean Economy: What Role for Cities? 20 June 2024",
                "dated-title",
            ),
            ("Are you ready? 20 June 2024", "title"),
            (
                "Expert Group Meeting on Youth (New York, 12-14 June 2023)",
                "dated-title",
            ),
            ("Report of the Council (Part 2, 12 June 2023)", "title"),
            (
                "UNCTAD Celebrates its 60th Anniversary ,12-14 June (Geneva)",
                "dated-title",
            ),
            ("DESA News Vol. 13, No. 05 May 2009", "title"),
            ("News in Brief 14 July 2021", "title"),
            // The item's type, a space, its date.
            ("Event 10 July 2023 - 19 July 2023", "date-only"),
            (
                "09 November 2022, 13:30 PM - 16:30 PM | By invitation only",
                "date-only",
            ),
            ("15 to 19 May 2023 | Open meeting", "date-only"),
            (
                "Thursday, 24 March, from 09:30-11:00 hours, Room Popov:",
                "date-only",
            ),
            ("Thursday, 24 March:", "date-only"),
            ("15 to 19 May 2023 | Open Budget Forum", "event"),
            (
                "15 September 2021 (10:00 - 11:30 CET) Forum on ethics",
                "event",
            ),
            // The time ends the date as a separator would, before a name
            // that is no sentence.
            ("18 September 10:00-11:00 ET Digital Day", "event"),
            (
                "18 September 10:00-11:00 Youth Forum on Climate Action",
                "event",
            ),
            (
                "18 September 2024 10:00 The meeting opens with statements.",
                "body",
            ),
            // A numbered slot's hours in brackets, then its name.
            ("Session 1 (10:00 – 11:30): Opening session", "session"),
            // An agenda's hours in words.
            ("From 10:00 to 11:30 – Opening session", "session"),
            ("From 10 to 11 people attended.", "body"),
            ("Launch of Cyber –Venue: TBC 5 June 2025", "title"),
            ("-Plenary Hall", "labeled"),
            ("-Hall of fame inductees", "body"),
            (
                "Date: Thu, Aug 24 - Fri, Aug 25 2023 | Expert Group Meetings",
                "date-only",
            ),
            ("Photo exhibition on ocean life", "title"),
            ("Climate and Environment", "noise"),
            ("Press briefing", "title"),
            ("September 2023", "grouping"),
            ("10 June 2019", "date-only"),
            ("17 November 2025, 11:30–12:30 (CET)", "date-only"),
            (
                "19 September, 09:00-12:30 (ET) - The Broadband Commission",
                "event",
            ),
            (
                "10th Anniversary of RightsCon, 7-11 June 2021",
                "dated-title",
            ),
            (
                "Updates on the GDC Process (15 December 2023)",
                "dated-title",
            ),
            (
                "Roadmap announced by Rwanda and Sweden, 16 January 2023. Find out more here.",
                "dated-title",
            ),
            (
                "Forum on Financing, 11 June 2024 [Watch on UN Web TV]",
                "dated-title",
            ),
            (
                "Youth Dialogue, 12 June 2024 – Register here",
                "dated-title",
            ),
            (
                "Data governance in Africa – 16 June 2025 | Details",
                "dated-title",
            ),
            ("Launch of the Digital Report · 12 May 2024", "dated-title"),
            ("Launch of the Digital Report / 12 May 2024", "dated-title"),
            ("12 May 2024 / Launch of the Digital Report", "event"),
            (
                "Youth Dialogue, 12 June 2024 – with youth of Geneva and the world",
                "title",
            ),
            // A subtitle after the date: the name goes on.
            (
                "Youth Dialogue, 12 June 2024 – Geneva and the World",
                "dated-title",
            ),
            (
                "Ocean finance – 6 June 2024, 13:15 EDT – Conference Room 4",
                "dated-title",
            ),
            ("17 September – All day – Youth summit", "event"),
            ("Internet Governance Forum 2021", "title"),
            ("UNGISavatar", "noise"),
            (
                "on the sidelines of the CSTD Inter-sessional Panel 2025–2026",
                "fragment",
            ),
            ("eWeek 2025: Shaping the digital economy", "title"),
            ("e-Debate on Adversity and Urban Planning", "title"),
            ("e-mail us for details", "fragment"),
            ("Watch it live on our YouTube or Facebook.", "body"),
            ("• Lacina Koné, Director General, Smart Africa", "body"),
            (
                "The meeting took place on 7 March 2024, in Geneva and online.",
                "body",
            ),
            (
                "The Forum was held in Katowice, Poland, from 6 to 10 December 2021.",
                "body",
            ),
            ("Last updated: 3 March 2024", "noise"),
            ("Date of publication: 11 July 2024", "noise"),
            ("Release date: 5 June 2024", "noise"),
            ("Page last updated: 5 June 2024", "noise"),
            ("Updated 8:45 AM EDT, October 9, 2024", "noise"),
            ("UN Photo/Mark Garten, 5 June 2024", "noise"),
            ("Photo: UNICEF/Smith, 4 May 2024", "noise"),
            ("Copyright 2024 United Nations, 5 June 2024", "noise"),
            ("Share this page: 5 June 2024", "noise"),
            ("Deadline for applications: 15 June 2024", "noise"),
            (
                "Application period for CND side-events: 2 January - 20 January 2017",
                "noise",
            ),
            ("Type: Conference", "noise"),
            ("[2] Report of the Secretary-General, 11 June 2020.", "body"),
            // A document's release is a record, as in the dev set.
            ("Concept note (PDF), 3 June 2024", "dated-title"),
            ("[Virtual] Dialogue on AI, 3 June 2024", "dated-title"),
            ("Time zone: Europe/Geneva", "labeled"),
            ("Duration: 2 hours", "noise"),
            ("Subtheme: Harnessing innovation", "noise"),
            (
                "Organizer 1: Civil Society, Western European and Others Group (WEOG)",
                "noise",
            ),
            ("Onsite Moderator: Jane Doe, Civil Society", "noise"),
            ("Organizer: ITU", "labeled"),
            ("Lead organizer: Internet Society", "labeled"),
            (
                "Format: Hybrid (ITU Headquarters, Geneva and online)",
                "labeled",
            ),
            ("Format: Panel discussion", "noise"),
            ("Events in 2024", "grouping"),
            ("2024 Calendar", "grouping"),
            ("Upcoming meetings 2025", "grouping"),
            ("SDG Report 2024", "title"),
            ("5 June 2024 | News", "date-only"),
            ("Jun 2, 2024 | Uncategorized", "date-only"),
            // A release's symbol beside its date, with its type or not.
            ("26 October 2023 | SG/SM/22001", "date-only"),
            ("15 April 2024 | SC/15678", "date-only"),
            ("15 April 2024 | COP28/CMA5", "event"),
            // A link's text beside a date.
            ("Watch the webcast (10 February 2025)", "date-only"),
            ("Read the statement, 10 February 2025", "date-only"),
            (
                "10 February 2025 – Watch the webcast on UN Web TV",
                "date-only",
            ),
            // A story's stamp with its reading time.
            ("12 June 2024 | 3 min read", "date-only"),
            ("June 12, 2024 • 4 min read", "date-only"),
            // The item's type after an event page's dot.
            ("Jun 12, 2024 · Webinar", "date-only"),
            ("Press Release | SG/SM/22001 | 26 October 2023", "date-only"),
            ("5 June 2024 Climate and Environment", "date-only"),
            ("6 June 2024 | Peace and Security", "date-only"),
            ("Press Release | 9 June 2025", "date-only"),
            ("12 September 2024, Milan", "date-only"),
            (
                "Co-facilitators' letter - 8 December 2023 (PDF)",
                "dated-title",
            ),
            (
                "Stakeholder consultation, 18 April 2024, 9-10:30am EDT (virtual)",
                "dated-title",
            ),
            ("12 September 2024, Peace Week", "title"),
            (
                "Posting period: 28 November 2024 - 27 December 2024",
                "noise",
            ),
            ("Applications close: 15 January 2025", "noise"),
            ("Press Conferences | 04 Dec 2024 - 12:30 PM", "date-only"),
            ("10 Dec 2024 - 10:00 AM - 01:00 PM", "date-only"),
            ("9am EST / 3pm CET / 9pm ICT", "labeled"),
            ("5 June 2024 | Newsroom launch", "event"),
            ("[as delivered]", "noise"),
            ("Excellencies, ladies and gentlemen,", "body"),
            (
                "The Envoy will speak at the Summit, 30 May 2024, Geneva.",
                "body",
            ),
            (
                "A/78/123 – Report of the Secretary-General, 5 June 2024",
                "noise",
            ),
            ("A/HRC/56/L.1 - Draft resolution, 5 June 2024", "noise"),
            ("UNEP/UNDP joint event, 5 June 2024", "dated-title"),
            (
                "COP28/CMA5 closing plenary, 12 December 2023",
                "dated-title",
            ),
            ("S/RES/2735 (2024), 10 June 2024", "noise"),
            ("Theme: land restoration. The year is 2024.", "body"),
            ("Languages: English, French", "noise"),
            ("Event type: Side event", "noise"),
            ("Panel: Women in peacekeeping", "title"),
            ("Registration deadline: 1 June 2024", "noise"),
            (
                "Photo exhibition on women in science, 5 June 2024",
                "dated-title",
            ),
            ("Date: 5 May 2024, 10:00 (CET)", "date-only"),
            (
                "When: Tuesday 7 May 2024, 10:00–11:30 EDT (14:00–15:30 UTC)",
                "date-only",
            ),
            ("12 December 2024 (Online)", "date-only"),
            ("Course dates: 3–7 March 2025", "date-only"),
            ("5 June 2024: Deadline for submissions", "noise"),
            // A call's steps and the end of a registration.
            ("20 March 2023: Request for sponsorship", "noise"),
            ("1 April 2023 - Submission of proposals", "noise"),
            ("15 May 2023: Notification of acceptance", "noise"),
            ("30 June 2023: Early-bird registration ends", "noise"),
            ("Request for sponsorship: 20th March 2023", "noise"),
            ("1 July 2024 - Registration opens", "noise"),
            ("12 March 2024 – the report was published.", "body"),
            ("Third meeting, 17-19 January 2024, Davos", "dated-title"),
            ("Events calendar — November 2024", "grouping"),
            (
                "19 September (Time TBC) - Digital Public Infrastructure",
                "event",
            ),
            (
                "20 September, All day - Global Digital Compact Forum",
                "event",
            ),
            ("20 September 2024, All day", "date-only"),
            (
                "19-23 September, all week - Digital Cooperation exhibition",
                "event",
            ),
            ("Day 2 - Tuesday, 16 December 2025", "date-only"),
            (
                "[Day 2] Wednesday, 27 December 2023, 15:00-18:50",
                "date-only",
            ),
            ("Venue: Palais des Nations, Geneva", "labeled"),
            ("Room: Conference Room 4", "labeled"),
            ("Modality: Online", "labeled"),
            ("Organized by UNDP and ITU", "labeled"),
            ("Organisé par KIDsforSDGs", "labeled"),
            // French and Spanish fields.
            ("Lieu : Salle XX, Palais des Nations", "labeled"),
            ("Lugar: Sede de la CEPAL, Santiago", "labeled"),
            ("Heure : 10h00 – 12h00", "labeled"),
            ("Organisateurs : UIT, UNESCO", "labeled"),
            ("Organizado por la CEPAL y el PNUD", "labeled"),
            ("En partenariat avec l’UNESCO", "labeled"),
            ("Fecha: 18 de junio de 2024", "date-only"),
            ("Fecha y hora: 18 de junio de 2024, 10:00", "date-only"),
            ("Date et heure : 18 juin 2024, 10h00", "date-only"),
            ("Mardi 18 juin 2024, de 10h00 à 12h00 (CEST)", "date-only"),
            ("In collaboration with UNESCO", "labeled"),
            ("Partnership signed with Türkiye", "title"),
            ("DAY 1 | Wednesday, 26 June 2024", "date-only"),
            ("Organized by UNDP, 5 May 2024", "dated-title"),
            ("Launch of the Global Report [7 June 2024]", "dated-title"),
            ("Launch of the Global Report [7 June 2024", "title"),
            ("SB 60 | 3 - 13 June 2024 | Bonn, Germany", "dated-title"),
            ("Climate Week (8–12 July 2024, Panama City)", "dated-title"),
            ("Climate Week (8–12 July 2024, then more)", "title"),
            ("09:00–10:30 Opening session", "session"),
            ("11.00–12.30 Session 4: Closing", "session"),
            (
                "10 a.m. 52nd plenary meeting (General Assembly Hall)",
                "session",
            ),
            ("10:00 17 countries met", "title"),
            ("1.2–3.4 Version notes", "title"),
            ("14:00–15:00 (UTC+01:00)", "labeled"),
            ("10:30 - 11:00 Coffee break", "noise"),
            ("09:00 – 10:00 Registration and welcome coffee", "noise"),
            ("10:00 a.m. Security Council Chamber", "labeled"),
            ("10 a.m. – 1 p.m., Conference Room 4", "labeled"),
            (
                "Organized by ESCAP, the webinar will be held on 7 June 2024 at 14:00.",
                "body",
            ),
            // Names in capitals, then the clause: still a sentence.
            (
                "Organized by the ECOSOC Youth Envoy and UN DESA, the Forum will take place on 15-17 April 2025 at UN Headquarters.",
                "body",
            ),
            ("Organized by: UNDP, the Government of Japan.", "labeled"),
            ("The Dialogue opens today, 6 July 2026, in Geneva.", "body"),
            ("New York, 5 June 2024", "date-only"),
            // An event card's cells around its days: how widely, where.
            ("GLOBAL | 18 – 20 APRIL 2022 | VIRTUAL", "date-only"),
            ("Africa | 18 – 20 April 2022 | Nairobi", "date-only"),
            ("Youth Forum | 18 – 20 April 2022 | Nairobi", "dated-title"),
            ("Jointly organized by UNEP and FAO", "labeled"),
            ("Organising entities: UNEP, FAO", "labeled"),
            ("Host organization: UNEP", "labeled"),
            ("Jointly led by UNEP and FAO", "labeled"),
            // A note in lower case after the hours.
            ("12 June 2024, 10:00 - 11:00 via Zoom", "date-only"),
            ("12 June 2024 --", "date-only"),
            ("Date \u{2013} 12 June 2024", "date-only"),
            ("Date and time - 12 June 2024, 10:00 CET", "date-only"),
            ("Webinar on oceans -- 12 June 2024", "dated-title"),
            ("Webinar on oceans » 12 June 2024", "dated-title"),
            // Named by its kind and what it is on, then `on` and the day.
            ("Webinar on oceans on 12 June 2024", "dated-title"),
            // A speech named by its kind anywhere before `on`.
            (
                "Opening remarks at the IGF 2023 in Kyoto, Japan on 9 October 2023",
                "dated-title",
            ),
            (
                "Envoy's remarks to the Second Committee on 10 October 2023",
                "dated-title",
            ),
            ("Statement issued on 10 October 2023", "title"),
            ("Meeting held in Geneva on 12 June 2024", "title"),
            ("12 June 2024 -- Webinar on oceans", "event"),
            ("12 June 2024 >> Webinar on oceans", "event"),
            ("12 June 2024, 10:00 - 11:00 CET*", "date-only"),
            ("12 June 2024, 10:00 - 11:00*", "date-only"),
            ("12 June 2024, 10:00 - 11:00 US East Coast", "date-only"),
            ("Nice, France, 9 June 2025", "date-only"),
            ("Geneva, Switzerland 12 May 2025", "date-only"),
            ("Launch of the report 12 May 2025", "title"),
            ("Time (EDT): 10:00 - 11:30", "labeled"),
            ("Start date: 10 July 2024", "date-only"),
            ("Date/Time: 4 June 2024, 10:00 EDT", "date-only"),
            ("Date and venue: 4 June 2024, Geneva", "date-only"),
            // A programme's day, its number spelt out.
            ("DAY ZERO – 17 November 2014", "date-only"),
            ("Day One: 18 November 2014", "date-only"),
            ("Scheduled for: 4 June 2024", "date-only"),
            (
                "Venue: ECOSOC Chamber | Date: 16-18 April 2024",
                "date-only",
            ),
            (
                "24 September, 13:00-14:30 (ET) | Organizer: OSET",
                "date-only",
            ),
            ("24 September | Launch | Organizer: OSET", "event"),
            (
                "Date: 16-18 April 2024 | Venue: ECOSOC Chamber",
                "date-only",
            ),
            ("End date: 12 July 2024", "labeled"),
            ("End: 12 November 2025, 17:00", "labeled"),
            ("Start: 10 November 2025, 09:00", "date-only"),
            // Indico's labels have no colon; only a date makes them labels.
            ("Starts 10 Nov 2025, 09:00", "date-only"),
            ("Ends 12 Nov 2025, 17:00", "labeled"),
            ("Ends with a reception", "title"),
            // A line that is only a zone, as below a date and time.
            ("Europe/Zurich", "labeled"),
            ("Europe/Zurich timezone", "labeled"),
            ("(CET)", "labeled"),
            ("Europe in the world", "title"),
            ("To: all staff of the mission", "labeled"),
            (
                "26 February 2024 – The Council today opened its fifty-fifth session.",
                "body",
            ),
            ("26 February 2024 – Launch of the report", "event"),
            // A sentence full of names is told by its verb.
            (
                "10 October 2019: UN General Assembly (UNGA) President Tijjani Muhammad-Bande \
                 will soon launch consultations on the 2020 theme for the UN High-level \
                 Political Forum on Sustainable Development (HLPF).",
                "body",
            ),
            // A paragraph may end with a link's address; a link is no prose.
            (
                "The session will showcase initiatives. Learn more: https://www.un.org/en",
                "body",
            ),
            ("Register here: https://bit.ly/3xyz", "title"),
            ("Session Type: Workshop", "noise"),
            ("Share this:", "noise"),
            ("Share on", "noise"),
            ("Published at: 19 June 2020", "noise"),
            // The site's call to its app or mailing list; a link to a
            // document or a meeting's registration stays a title.
            (
                "Download the UN News App for your iOS or Android devices.",
                "noise",
            ),
            ("Subscribe to our newsletter.", "noise"),
            ("Download the report", "title"),
            ("Register for the webinar", "title"),
            ("Skip to main content", "noise"),
            ("UNDP Ocean conference_original.jpg", "noise"),
            ("Download the full report in one.pdf", "title"),
            ("4:00 p.m. Event ends", "noise"),
            ("9647th Meeting (AM)", "noise"),
            // A footer's links.
            ("Follow us on", "noise"),
            (
                "Contact | Copyright | Fraud Alert | Privacy Notice | Terms of Use",
                "noise",
            ),
            ("Panel | Gender Equality | UN Women", "title"),
            ("2nd plenary meeting", "title"),
            ("17:30 End of the meeting", "noise"),
            ("Size: px", "noise"),
            ("Start display at page:", "noise"),
            (
                "Download \"Report of the Committee on its fifth session\"",
                "noise",
            ),
            // A site's chrome, a release's masthead, a list of documents,
            // an item's type, a credit or sponsors: no titles.
            ("Skip Ribbon Commands", "noise"),
            ("You are here", "noise"),
            ("Available in: EnglishEspañol", "noise"),
            ("Read in: Arabic", "noise"),
            ("Plenary (10:00 AM ET)", "session"),
            ("Opening session, 10:00 – 11:30", "session"),
            ("Panel on data governance - 11:30-13:00 CEST", "session"),
            // One time after a comma ends a sentence, not an item's name.
            ("Doors open at the main entrance, 17:00", "title"),
            ("21:10 #ConnectedByITU", "session"),
            ("Lunch (1:00 PM)", "noise"),
            ("Annex (2)", "title"),
            (
                "Department of Public Information . News and Media Division . New York",
                "noise",
            ),
            (
                "Department of Public Information • News and Media Division • New York",
                "noise",
            ),
            ("Sort by: Symbol | Title | Date", "noise"),
            (
                "(TD/B(S-XXIII)/INF.1) - 16/05/2006 - 15 Pages - 109 KB",
                "noise",
            ),
            ("ABRIDGED MEETING REPORT", "noise"),
            ("Meeting summaries", "noise"),
            ("Media advisories", "noise"),
            ("By UN Women Innovation Unit", "noise"),
            ("By the Numbers: Digital Development in 2024", "title"),
            ("Co-sponsored by the European Space Agency (ESA)", "noise"),
            ("Brought to you by UNEP and FAO", "noise"),
            ("Presented by UNEP", "noise"),
            (
                "Presented by UNCTAD, the report shows that investment fell in 2023.",
                "body",
            ),
            (
                "Sponsors: Institute of Mary; Medical Mission Sisters",
                "noise",
            ),
            // Key dates, and an agenda's registration and coffee.
            ("1. Request for sponsorship: 20th March 2023", "noise"),
            ("3. Confirmation of attendance: 31st March 2023.", "noise"),
            (
                "09:00 – 09:30 Welcome Coffee / Time slot to log in",
                "noise",
            ),
            (
                "08:30 - 09:00 Onsite Registration, NEOM Hall, Hilton Riyadh Hotel",
                "noise",
            ),
            // Headings that group or serve, and head no record.
            ("Past Executive Committees", "grouping"),
            ("Previous sessions", "grouping"),
            ("Media Accreditation", "grouping"),
            ("Badge collection", "grouping"),
            (
                "Opening hours of the badging desk for the Council",
                "grouping",
            ),
            ("Accreditation Briefing for Journalists", "title"),
            // Prose that ends with a date, and a dated title that ends with
            // a link's sentence.
            (
                "GP2019 comprised two preparatory days followed by several days of high-level dialogues, ministerial roundtables and side events, from 15-17 May.",
                "body",
            ),
            (
                "The United Nations Office for Outer Space Affairs invites interested individuals to register for its hybrid Symposium, between 12 – 14 September 2023, in Graz, Austria.",
                "body",
            ),
            (
                "Roadmap for the intergovernmental process on the Global Digital Compact announced by the Co-facilitators Rwanda and Sweden, 16 January 2023. Find out more here.",
                "dated-title",
            ),
            // IISD's meetings in capitals; a field in capitals is no meeting.
            (
                "FORUM BARCELONA 2004: 9 May 2004. Barcelona, Spain. The Forum runs.",
                "dated-title",
            ),
            (
                "DEADLINE FOR SUBMISSIONS: 15 May 2024. Send papers to the secretariat.",
                "body",
            ),
            // A bare day in brackets: a note; with its place, a date line.
            ("(23-25 June 1998)", "noise"),
            ("(Geneva, 3-12 June 2009)", "date-only"),
            ("Back to top", "noise"),
            ("Share on Facebook Share on X", "noise"),
            (
                "ITU and the Swiss Confederation, and co-organized by ITU, UNESCO and UNDP",
                "fragment",
            ),
            ("© UNICEF/UN0123456/Smith", "noise"),
            ("Home › Events › Launch of the Survey, 5 June 2024", "noise"),
            (
                "Accueil » Actualités » Launch of the Survey, 5 June 2024",
                "noise",
            ),
            ("You are here: Home / News", "noise"),
            ("Delivered by the Director on 8 October 2025", "body"),
            ("All day, 26 September – Digital Cooperation Day", "event"),
            ("Home and Away: Migration Film Night", "title"),
            ("2024", "grouping"),
            ("2024:", "grouping"),
            ("1200", "noise"),
            (
                "26 February 2024 – Launch of the Global Report on Food Crises.",
                "event",
            ),
        ];
        for (line, kind) in table {
            assert_eq!(kind_name(line), kind, "{line}");
        }
        let line = "Date: 15 December 2025 | Time: 10:00-11:00 (CET)";
        let Kind::DateOnly(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(
            (
                f.when.time.map(|t| t.start.to_string()),
                f.when.zone.as_deref()
            ),
            (Some("10:00".into()), Some("CET"))
        );
        assert_ne!(kind_name("10:00 am is the start"), "session");
        for line in [
            "Venue: ECOSOC Chamber | Date: 16-18 April 2024",
            "Date: 16-18 April 2024 | Venue: ECOSOC Chamber.",
            "Venue: ECOSOC Chamber | 16-18 April 2024",
        ] {
            let Kind::DateOnly(f) = classify(line) else {
                panic!("{line}")
            };
            assert_eq!(&line[f.place.unwrap()], "ECOSOC Chamber", "{line}");
            assert_eq!(&line[f.span], "16-18 April 2024", "{line}");
        }
        // Who organizes, or partners.
        for (line, label, value) in [
            ("Organizer(s): UN DESA", Label::Organizers, 14..21),
            ("Co-organizer(s): IDA", Label::Organizers, 17..20),
            ("Convenors: UNECE and IOM", Label::Organizers, 11..24),
            ("Lead entity: UNSD", Label::Organizers, 13..17),
            ("Partner organizations: ILO, FAO", Label::Partners, 23..31),
            (
                "Organized jointly by Estonia and ITU.",
                Label::Organizers,
                21..37,
            ),
        ] {
            assert_eq!(classify(line), Kind::Labeled(label, value), "{line}");
        }
        // Without a colon a noun opens a sentence, not a field.
        assert_eq!(classify("Partners review progress."), Kind::Body);
        assert_eq!(
            classify("Organizers will announce the programme."),
            Kind::Body
        );
    }

    #[test]
    fn cells_after_a_date_that_only_say_where() {
        for (line, place) in [
            (
                "Date: 10–12 December 2024 | Location: Geneva, Switzerland | Type: Meeting",
                "Geneva, Switzerland",
            ),
            ("20 – 28 May 2025 | Geneva | Hybrid", "Geneva"),
            // The way to attend gives way to the place after it.
            ("20 – 28 May 2025 | Hybrid | Geneva", "Geneva"),
            // An event page's dots part the cells too.
            (
                "12 June 2024 · Nairobi, Kenya · In person",
                "Nairobi, Kenya",
            ),
            ("12 June 2024 • Hybrid • Geneva", "Geneva"),
        ] {
            let Kind::DateOnly(f) = classify(line) else {
                panic!("{line}")
            };
            assert_eq!(&line[f.place.unwrap()], place);
        }
        assert!(matches!(
            classify("20 May 2025 | Geneva | Launch of the report"),
            Kind::Event(_)
        ));
        // A closing bar after the last cell.
        let line = "13 May 2025 | 11:30 - 12:30 CEST | Room 10 |";
        let Kind::DateOnly(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[f.place.unwrap()], "Room 10");
    }

    #[test]
    fn a_rows_cells_without_a_heading_row() {
        let cells_of = |line: &str| {
            let Kind::Event(f) = classify(line) else {
                panic!("{line}")
            };
            let text = |r: Range<usize>| line[r].to_string();
            let cells: Vec<_> = f.cells.into_iter().map(|(l, r)| (l, text(r))).collect();
            (text(f.name), f.place.map(text), cells)
        };
        assert_eq!(
            cells_of("5 June 2024 | 10:00-11:00 | Room 4 | Launch of the report | UNEP, FAO"),
            (
                "Launch of the report".to_string(),
                Some("Room 4".to_string()),
                vec![(Label::Organizers, "UNEP, FAO".to_string())]
            )
        );
        // Before the title an acronym tags a series; two titles are no row.
        assert_eq!(
            cells_of("5 June 2024 | HLPF | Side event on water | Geneva").0,
            "HLPF | Side event on water"
        );
        assert_eq!(
            cells_of("5 June 2024 | Launch | Second part | UNDP").0,
            "Launch | Second part | UNDP"
        );
        // A time's cell after the title times it.
        assert_eq!(
            cells_of("10 March 2025 | Opening of the session | 10:00-13:00 CET | Room XX"),
            (
                "Opening of the session".to_string(),
                Some("Room XX".to_string()),
                vec![(Label::Time, "10:00-13:00 CET".to_string())]
            )
        );
    }

    #[test]
    fn first_and_last_days_labelled_on_one_line() {
        let line = "Start Date: Monday, 2 December 2024 End Date: Wednesday, 4 December 2024";
        let Kind::DateOnly(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!((f.when.date.start.day, f.when.date.end.day), (2, 4));
        assert_eq!(
            &line[f.span],
            "Monday, 2 December 2024 End Date: Wednesday, 4 December 2024"
        );
        let line = "Starts: 3 Dec 2024 10:00 | Ends: 3 Dec 2024 12:00 CET";
        let Kind::DateOnly(f) = classify(line) else {
            panic!("{line}")
        };
        let t = f.when.time.unwrap();
        assert_eq!((t.start.hour, t.end.map(|e| e.hour)), (10, Some(12)));
        assert_eq!(f.when.zone.as_deref(), Some("CET"));
        // Unlabelled, a date and `to:` is no range.
        assert!(!matches!(
            classify("2 December 2024 To: the delegates"),
            Kind::DateOnly(_)
        ));
    }

    #[test]
    fn a_journal_line_ends_with_its_room() {
        let line = "10:00 90th plenary meeting General Assembly Hall";
        let Kind::Session(s) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(
            (&line[s.name], s.room.map(|r| &line[r])),
            ("90th plenary meeting", Some("General Assembly Hall"))
        );
        let line = "13:15 Briefing (organized by Brazil) Conference Room 6";
        let Kind::Session(s) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[s.name], "Briefing (organized by Brazil)");
        let Kind::Session(s) = classify("15:00 Visit to the Security Council Chamber") else {
            panic!()
        };
        assert_eq!(s.room, None);
        let line = "14:00 Side event on water Room XXIV";
        let Kind::Session(s) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(s.room.map(|r| &line[r]), Some("Room XXIV"));
    }

    #[test]
    fn an_agenda_line_in_cells() {
        let line = "13:15–14:45 | Pavilion 2 | Youth voices on adaptation | YOUNGO";
        let Kind::Session(s) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[s.name], "Youth voices on adaptation");
        assert_eq!(s.room.map(|r| &line[r]), Some("Pavilion 2"));
        assert_eq!(
            s.cells
                .iter()
                .map(|(l, r)| (*l, &line[r.clone()]))
                .collect::<Vec<_>>(),
            [(Label::Organizers, "YOUNGO")]
        );
        let line = "10:00–11:30 | Climate finance for SIDS | Organizers: AOSIS, UNDP";
        let Kind::Session(s) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[s.name], "Climate finance for SIDS");
        assert_eq!(s.cells.len(), 1);
    }

    #[test]
    fn a_description_after_a_listed_name_is_no_part_of_it() {
        let line = "March 16 - Horizon Summit, an all-day event dedicated to peace leadership.";
        let (_, found) = timeline_item(line).unwrap();
        assert_eq!(&line[found.name], "Horizon Summit");
        // A caption's clauses after its date still name nothing.
        assert!(
            timeline_item("5 May 2024 - Press conference by Jane Doe, Director, DESA.").is_none()
        );
    }

    #[test]
    fn hours_and_a_place_may_close_an_event_lines_name() {
        let line =
            "March 13 - Parallel Event on the family from 12:30 to 2pm at 4 West 43rd Street";
        let Kind::Event(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[f.name.clone()], "Parallel Event on the family");
        assert_eq!(f.place.map(|p| &line[p]), Some("4 West 43rd Street"));
        let t = f.when.time.unwrap();
        assert_eq!((t.start.hour, t.end.map(|e| e.hour)), (12, Some(14)));
        // `from` before no hours stays in the name.
        let line = "March 13 - Voices from 12 countries at the Forum";
        let Kind::Event(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[f.name], "Voices from 12 countries at the Forum");
    }

    #[test]
    fn a_name_after_a_datelines_date_is_the_events() {
        let line = "Geneva, 19 February 2018 \u{2013} Trade: Headwinds or Maelstrom?";
        let Kind::Event(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[f.name.clone()], "Trade: Headwinds or Maelstrom?");
        assert_eq!(f.place.map(|p| &line[p]), Some("Geneva"));
        // A press release's dateline runs into its first sentence.
        let line = "Geneva, 19 February 2018 \u{2013} The Council opened its session";
        assert!(!matches!(classify(line), Kind::Event(_)), "{line}");
        // Also a quoted one: the line is the paragraph's, not a date line.
        // A quoted name with no stop is still the name.
        for line in [
            "NEW YORK, 12 June 2024 \u{2013} \"The situation for children remains catastrophic.\"",
            "NEW YORK, 12 June 2024 \u{2013} \u{201c}Children remain at risk.\u{201d}",
        ] {
            assert_eq!(classify(line), Kind::Body, "{line}");
        }
        let line =
            "Geneva, 19 February 2018 \u{2013} \u{201c}Trade: Headwinds or Maelstrom?\u{201d}";
        assert!(matches!(classify(line), Kind::Event(_)), "{line}");
    }

    #[test]
    fn media_alert_rows_and_their_day() {
        // The heading's day heads the rows below it.
        for line in [
            "Media Alert for 20 February 2025",
            "Schedule for Monday, 3 March 2025",
        ] {
            assert!(matches!(classify(line), Kind::DateOnly(_)), "{line}");
        }
        // A happening for a day keeps its name.
        for line in ["Noon Briefing for 3 March 2025", "Call for 3 March 2025"] {
            assert_eq!(classify(line), Kind::Title, "{line}");
        }
        let line = "Following above | Press Briefing Room, S-237 | Noon Briefing";
        let Kind::Session(s) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!((s.time, &line[s.name]), (None, "Noon Briefing"));
        // A label's cell names nothing: its list stands below it.
        assert_eq!(
            classify("12:00 pm | Press Briefing Room, S-237 | Speakers:"),
            Kind::Noise
        );
    }

    #[test]
    fn one_word_may_name_a_happening() {
        for word in ["COP29", "Hackathon", "WSIS+20", "Datathon"] {
            assert!(may_name_alone(word), "{word}");
        }
        for word in [
            "Events",
            "News",
            "Statements",
            "SUMMARY",
            "Share",
            "Monday",
            "June",
            "Date",
            "UN",
        ] {
            assert!(!may_name_alone(word), "{word}");
        }
    }

    #[test]
    fn a_list_items_mark_is_a_number_letter_or_roman_numeral() {
        for (line, len) in [
            ("(i) Global agreements", 4),
            ("(iv) Roundtable", 5),
            ("b) Roundtable", 3),
            ("(b) Roundtable", 4),
            ("12) Closing", 4),
            ("(iii) (iii) Development", 6),
        ] {
            assert_eq!(item_mark(line), Some(len), "{line}");
        }
        // Brackets that hold a word, and a mark before lower case, are none.
        for line in [
            "(UN) Women",
            "(2024) Report",
            "a) the committee shall",
            "i) ",
            "(i)",
        ] {
            assert_eq!(item_mark(line), None, "{line}");
        }
        assert_eq!(classify("a) Roundtable with stakeholders"), Kind::Title);
        assert_eq!(classify("a) the committee shall meet"), Kind::Fragment);
    }

    #[test]
    fn numbered_name_is_no_range_of_days() {
        for (line, name, date) in [
            ("Rev. 1 – 15 May 2024", "Rev. 1", "15 May 2024"),
            ("Part 2 - 3 June 2025", "Part 2", "3 June 2025"),
        ] {
            let Kind::DatedTitle(f) = classify(line) else {
                panic!("{line}")
            };
            assert_eq!((&line[f.name], &line[f.span]), (name, date));
        }
        // Any other word before the days leaves them a range.
        let line = "Regional forum 10 – 12 May 2024";
        let Kind::DatedTitle(f) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[f.span], "10 – 12 May 2024");
    }

    #[test]
    fn dated_title_name_excludes_date() {
        let line = "Interview with UN News, Geneva, 16 May 2023 (listen )";
        let Kind::DatedTitle(f) = classify(line) else {
            panic!("not a dated title")
        };
        assert_eq!(&line[f.name.clone()], "Interview with UN News, Geneva");
        assert_eq!(&line[f.span.clone()], "16 May 2023");
        let line = "Press Arrangements for Board Meeting, Starting 23 November 2006";
        let Kind::DatedTitle(f) = classify(line) else {
            panic!("not a dated title")
        };
        assert_eq!(
            &line[f.name.clone()],
            "Press Arrangements for Board Meeting"
        );
        // A status note that gives the new date.
        for line in [
            "Launch of the report (postponed to 12 June 2024)",
            "Launch of the report [Rescheduled to 12 June 2024]",
            "Launch of the report - postponed to 12 June 2024",
            "Launch of the report (new date: 12 June 2024)",
        ] {
            let Kind::DatedTitle(f) = classify(line) else {
                panic!("not a dated title: {line}")
            };
            assert_eq!(&line[f.name.clone()], "Launch of the report", "{line}");
            assert_eq!(&line[f.span.clone()], "12 June 2024", "{line}");
        }
        let line = "Panel: Women in peacekeeping, 10 a.m. to 1 p.m. EST, Jan. 15, 2025";
        let Kind::DatedTitle(f) = classify(line) else {
            panic!("not a dated title")
        };
        assert_eq!(&line[f.name.clone()], "Panel: Women in peacekeeping");
        assert_eq!(
            &line[f.span.clone()],
            "10 a.m. to 1 p.m. EST, Jan. 15, 2025"
        );
        assert_eq!(
            (f.when.time.map(|t| t.start.hour), f.when.zone.as_deref()),
            (Some(10), Some("EST"))
        );
        // The time a cell of its own, after a bar or a dash, a range of
        // hours with its own dash.
        for (line, time) in [
            (
                "Briefing on AI governance | 12:00 PM EDT | Tuesday, 14 May 2024",
                "12:00 PM EDT | Tuesday, 14 May 2024",
            ),
            (
                "Briefing on AI governance - 12:00 - 12:30 EDT - 14 May 2024",
                "12:00 - 12:30 EDT - 14 May 2024",
            ),
            // First in the date's brackets.
            (
                "Briefing on AI governance (12:00 EDT, 14 May 2024)",
                "12:00 EDT, 14 May 2024",
            ),
        ] {
            let Kind::DatedTitle(f) = classify(line) else {
                panic!("not a dated title: {line}")
            };
            assert_eq!(&line[f.name.clone()], "Briefing on AI governance", "{line}");
            assert_eq!(&line[f.span.clone()], time, "{line}");
            assert_eq!(f.when.zone.as_deref(), Some("EDT"), "{line}");
        }
    }

    #[test]
    fn a_time_before_the_date_makes_a_date_line() {
        for line in [
            "10:00 – 13:00 CET, 28 November 2024",
            "1:15 PM - 2:30 PM EDT, 8 July 2024",
            "14:00 – 15:30 EST | 5 December 2024",
        ] {
            let Kind::DateOnly(f) = classify(line) else {
                panic!("{line}: not a date line")
            };
            assert_eq!(f.span, 0..line.len(), "{line}");
            assert!(f.when.time.is_some() && f.when.zone.is_some(), "{line}");
        }
        // Words before the time keep the line a title.
        assert!(matches!(
            classify("Opening at 10:00 CET, 28 November 2024"),
            Kind::DatedTitle(_)
        ));
    }

    #[test]
    fn session_numbers() {
        for name in [
            "40th session",
            "Seventeenth session",
            "Ninety-sixth session",
            "Resumed seventy-eighth session",
            "1st Session",
        ] {
            assert!(is_session_number(name), "{name}");
        }
        for name in [
            "Session 3",
            "Opening session",
            "40 sessions",
            "Plenary session",
        ] {
            assert!(!is_session_number(name), "{name}");
        }
    }

    #[test]
    fn figures_name_nothing() {
        assert_eq!(kind_name("0830-1200 and 1330-1700 hours"), "noise");
        assert_eq!(kind_name("12.5 - 14"), "noise");
        assert_eq!(kind_name("G20 and 2030"), "title");
    }

    #[test]
    fn a_date_with_its_end_left_open_is_a_date_line() {
        assert_eq!(kind_name("Tuesday, 22 March and onwards"), "date-only");
        assert_eq!(kind_name("Tuesday, 22 March and Youth Day"), "title");
    }

    #[test]
    fn a_stop_ending_an_abbreviation_or_a_links_text_ends_no_sentence() {
        assert_eq!(
            classify("International Monetary Fund (IMF), joint annual meetings, Washington, D.C."),
            Kind::Title
        );
        assert_eq!(
            classify("World leaders mark the 75th anniversary of U.N."),
            Kind::Title
        );
        assert_eq!(
            classify("The meetings were held in Washington."),
            Kind::Body
        );
        // Nor does a link's text after a dash.
        assert_eq!(classify("Open data webinar – Register now!"), Kind::Title);
        assert_eq!(
            classify("The Council met. It adopted a text - Read more."),
            Kind::Body
        );
    }

    #[test]
    fn a_pull_quote_is_prose() {
        assert_eq!(
            kind_name("“We must urgently find our way back to peace”"),
            "body"
        );
        assert_eq!(kind_name("“Securing our Digital Future”"), "title");
        assert_eq!(
            kind_name("“Millennial development goals: a generation worried sick”"),
            "title"
        );
    }

    #[test]
    fn a_deck_is_a_long_clause_in_lower_case() {
        assert!(is_deck(
            "Bold commitments needed to make sure no one is left offline"
        ));
        assert!(is_deck(
            "Spotlight on improving UN social protection and public services; identifying actions"
        ));
        for name in [
            "Overcoming barriers to digital inclusion for older persons",
            "Setting priorities for an inclusive digital transformation in Least Developed Countries",
            "Special event - UNESCO: 70 years in the service of human dignity",
            // A sentence, with its stop.
            "Media are invited to attend the launch of a new report by UNAIDS which shows that the world can end AIDS.",
        ] {
            assert!(!is_deck(name), "{name}");
        }
    }

    #[test]
    fn a_bracketed_date_may_be_noted_as_tentative() {
        let line = "Thematic Debate on Promoting Tolerance (6 April 2015 TBC)";
        let Kind::DatedTitle(found) = classify(line) else {
            panic!("{line}: {:?}", classify(line));
        };
        assert_eq!(
            (&line[found.name], &line[found.span]),
            ("Thematic Debate on Promoting Tolerance", "6 April 2015")
        );
    }

    #[test]
    fn a_releases_disclaimer_is_noise() {
        for line in [
            "For information only - not an official document",
            "For information media. Not an official record.",
        ] {
            assert_eq!(kind_name(line), "noise", "{line}");
        }
        assert_eq!(kind_name("For information on the Forum"), "title");
    }

    #[test]
    fn a_sessions_format_tag_is_noise() {
        assert_eq!(kind_name("Panel - Auditorium - 60 Min"), "noise");
        assert_eq!(kind_name("Round Table - Circle - 90 minutes"), "noise");
        assert_eq!(kind_name("Climate Action in 90 Minutes"), "title");
    }

    #[test]
    fn a_time_then_a_long_name_ending_in_a_room_is_an_agenda_line() {
        assert_eq!(
            kind_name(
                "15:00 - 17:00 Youth4Capacity Decoding UNFCCC Language AH Upper Conference Room"
            ),
            "session"
        );
        assert_eq!(kind_name("10:00 a.m. Security Council Chamber"), "labeled");
    }

    #[test]
    fn a_happening_named_in_lower_case_is_dated_by_on() {
        assert_eq!(
            kind_name("Virtual and on-site press briefing on 9 April 2019, 11:30 CEST"),
            "dated-title"
        );
        assert_ne!(
            kind_name("The briefing will be given on 9 April 2019"),
            "dated-title"
        );
        // A headline's future.
        assert_eq!(
            kind_name("Minister to chair Council's open debate on May 4"),
            "dated-title"
        );
        assert_ne!(
            kind_name("The Minister was invited to chair the debate on May 4"),
            "dated-title"
        );
    }

    #[test]
    fn a_field_in_brackets_is_a_field() {
        assert_eq!(
            classify("(co-organized by the Department of Political Affairs)"),
            Kind::Labeled(Label::Organizers, 17..52)
        );
    }

    #[test]
    fn a_fields_value_ends_at_the_next_fields_cell() {
        let line = "Venue: UN Headquarters, Room 4 | Organizer: OSET";
        let Kind::Labeled(Label::Place, value) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[value], "UN Headquarters, Room 4");
        let line = "Venue: Room A | Room B";
        let Kind::Labeled(Label::Place, value) = classify(line) else {
            panic!("{line}")
        };
        assert_eq!(&line[value], "Room A | Room B");
    }

    #[test]
    fn a_note_in_parentheses_is_noise() {
        assert_eq!(
            classify("(This document is for planning purposes only and is subject to change)"),
            Kind::Noise
        );
        assert_eq!(classify("[Check against delivery]"), Kind::Noise);
        assert_eq!(classify("(Postponed) Forum on oceans"), Kind::Title);
        assert_eq!(classify("(UNDP) and (UNICEF) briefing"), Kind::Title);
        assert_eq!(classify("("), Kind::Noise);
    }

    #[test]
    fn contacts_and_schedule_headings_are_noise() {
        for line in [
            "Tram Nguyen (Ms), t.nguyen@unesco.org",
            "Contact: media@un.org.",
            "Doe, Jane A jane_doe at example.gov",
            "For more information, please contact Ms. Jane Doe at jane.doe@un.org.",
            "Provisional programme of the Headquarters event",
            "Agenda",
            "Draft agenda of the twelfth session",
        ] {
            assert_eq!(classify(line), Kind::Noise, "{line}");
        }
        for line in [
            "Digital@UN: a dialogue",
            "Follow @UNMediaLiaison for updates",
            "Summit at UN.org and in Geneva",
        ] {
            assert_ne!(classify(line), Kind::Noise, "{line}");
        }
        assert_eq!(
            classify(
                "Each delegation is asked to send a letter of credentials, signed by the \
                 proper authority, no later than 1 April 2021 to board@un.org."
            ),
            Kind::Body
        );
    }

    #[test]
    fn a_line_naming_only_a_zone_is_a_zone_field() {
        for line in [
            "Europe/Zurich",
            "(CET)",
            "Geneva time",
            "Local Time",
            "UTC+1",
            "UTC timezone",
        ] {
            assert!(
                matches!(classify(line), Kind::Labeled(Label::Zone, _)),
                "{line}"
            );
        }
        // A title may end in `Time`.
        assert!(!matches!(
            classify("Question Time"),
            Kind::Labeled(Label::Zone, _)
        ));
    }

    #[test]
    fn a_half_day_and_its_venue_are_a_place_field() {
        let line = "p.m. - General Assembly Hall";
        let Kind::Labeled(Label::Place, value) = classify(line) else {
            panic!("{line}: no place field")
        };
        assert_eq!(&line[value], "General Assembly Hall");
        assert_eq!(classify("a.m. and p.m."), Kind::Noise);
        assert!(!matches!(
            classify("p.m. sessions continue"),
            Kind::Labeled(..)
        ));
    }
}
