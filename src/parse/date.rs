//! Calendar dates as written on the pages: single days, ranges and their
//! connectives. Every parser is anchored at the start of its input; callers
//! scan word starts (see [`crate::text::word_starts`]).

use crate::text::Firsts;
use chrono::Datelike;
use nom::{
    IResult,
    branch::alt,
    bytes::complete::{tag, take_while_m_n, take_while1},
    character::complete::{char, one_of, satisfy},
    combinator::{consumed, map, map_opt, not, opt, peek, recognize, value, verify},
    multi::many0_count,
    sequence::{pair, preceded, terminated, tuple},
};

/// A day as written: the year is `None` when the expression gives none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DayMonth {
    pub day: u32,
    pub month: u32,
    pub year: Option<i32>,
    /// Written as two numbers that read either way (`03/04/2025`): read
    /// day first here, and settled by the page ([`page_order`]).
    pub ambiguous: bool,
}

impl DayMonth {
    /// The same day, its year written once or twice (`9 November` and `9
    /// November 2027`), not two different ones.
    pub fn same_day(self, other: DayMonth) -> bool {
        (self.day, self.month) == (other.day, other.month)
            && (self.year.is_none() || other.year.is_none() || self.year == other.year)
    }

    pub const fn new(day: u32, month: u32, year: Option<i32>) -> Self {
        DayMonth {
            day,
            month,
            year,
            ambiguous: false,
        }
    }

    /// The calendar day, when the year is known and the day exists.
    pub fn date(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year?, self.month, self.day)
    }

    /// The calendar day in its year, or in a leap year when none is written
    /// (so that 29 February stands): `None` when no such day exists.
    fn in_year_or_leap(self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::from_ymd_opt(self.year.unwrap_or(2000), self.month, self.day)
    }

    /// The other reading of an ambiguous day: month first.
    pub const fn month_first(self) -> Self {
        DayMonth {
            day: self.month,
            month: self.day,
            ..self
        }
    }

    /// The day `order` reads an ambiguous day as, settled; any other day as
    /// it is.
    pub const fn read(self, order: NumericOrder) -> Self {
        match (self.ambiguous, order) {
            (false, _) => self,
            (true, NumericOrder::DayFirst) => DayMonth {
                ambiguous: false,
                ..self
            },
            (true, NumericOrder::MonthFirst) => DayMonth {
                ambiguous: false,
                ..self.month_first()
            },
        }
    }
}

/// Which part of a numeric date (`09/16/2024`) a page writes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumericOrder {
    DayFirst,
    MonthFirst,
}

/// A first and last day; equal for a one-day date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateSpan {
    pub start: DayMonth,
    pub end: DayMonth,
}

impl DateSpan {
    /// One day.
    pub fn day(d: DayMonth) -> Self {
        DateSpan { start: d, end: d }
    }

    /// From `start` to `end`. Ranges share the year written once at their
    /// end; a range that runs into a new year (`30 December – 2 January
    /// 2025`) starts a year earlier.
    pub fn between(mut start: DayMonth, end: DayMonth) -> Self {
        if start.year.is_none() {
            start.year = end
                .year
                .map(|y| if start.month > end.month { y - 1 } else { y });
        }
        let (start, end) = match (start.ambiguous, end.ambiguous) {
            (true, false) => (nearest_reading(start, end, false), end),
            (false, true) => (start, nearest_reading(end, start, true)),
            _ => (start, end),
        };
        DateSpan { start, end }
    }
}

/// The reading of the ambiguous end `d` of a range whose other end is
/// known: the one that makes the shortest range (`Mon, 02/12/2024 - 09:00 to
/// Wed, 04/12/2024`: 2 December, not 12 February); left ambiguous when
/// neither reading makes a range.
fn nearest_reading(d: DayMonth, other: DayMonth, d_is_end: bool) -> DayMonth {
    let days = |x: DayMonth| {
        let (a, b) = (x.date()?, other.date()?);
        let span = if d_is_end { a - b } else { b - a }.num_days();
        (span >= 0).then_some(span)
    };
    let readings = [NumericOrder::DayFirst, NumericOrder::MonthFirst].map(|o| d.read(o));
    readings
        .into_iter()
        .filter_map(|r| Some((days(r)?, r)))
        .min_by_key(|&(span, _)| span)
        .map_or(d, |(_, r)| r)
}

/// The months' names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `w` in lower case, if it is ASCII and no longer than `N` bytes: month and
/// weekday names are matched on it without a loop over the names.
fn lower<'b, const N: usize>(w: &str, buf: &'b mut [u8; N]) -> Option<&'b [u8]> {
    let out = buf.get_mut(..w.len())?;
    out.copy_from_slice(w.as_bytes());
    out.make_ascii_lowercase();
    Some(out)
}

/// A month's name or abbreviation, in any case, also as pages often misspell
/// it (`Septembr`, `Febuary`); a French or Spanish name too (`juin`,
/// `junio`).
pub fn month_number(w: &str) -> Option<u32> {
    // Lowered once for both languages: this runs on many words.
    let mut buf = [0; 10];
    let w = lower(w, &mut buf)?;
    english_month(w).or_else(|| foreign_month(w))
}

/// An English month's name or abbreviation, in lower case.
fn english_month(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"january" | b"jan" | b"janaury" | b"januray" => 1,
        b"february" | b"feb" | b"febuary" | b"feburary" => 2,
        b"march" | b"mar" => 3,
        b"april" | b"apr" | b"apirl" => 4,
        b"may" => 5,
        b"june" | b"jun" => 6,
        b"july" | b"jul" => 7,
        b"august" | b"aug" | b"agust" => 8,
        b"september" | b"sep" | b"sept" | b"septembr" | b"setpember" | b"septmber" => 9,
        b"october" | b"oct" | b"ocotber" | b"octber" => 10,
        b"november" | b"nov" | b"novemeber" | b"novmber" => 11,
        b"december" | b"dec" | b"decemeber" | b"decmber" => 12,
        _ => return None,
    })
}

/// A French or Spanish month's name (`février`, `septiembre`), or an
/// abbreviation (`janv`, `déc`, `dic`), in any case. UN pages come in those
/// languages too, and their months are written in lower case.
fn is_foreign_month(w: &str) -> bool {
    lower(w, &mut [0; 10]).and_then(foreign_month).is_some()
}

/// [`is_foreign_month`]'s names, in lower case: the month's number.
fn foreign_month(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"janvier" | b"janv" | b"enero" | b"ene" => 1,
        b"f\xc3\xa9vrier" | b"fevrier" | b"f\xc3\xa9vr" | b"fevr" | b"febrero" => 2,
        b"mars" | b"marzo" => 3,
        b"avril" | b"avr" | b"abril" | b"abr" => 4,
        b"mai" | b"mayo" => 5,
        b"juin" | b"junio" => 6,
        b"juillet" | b"juil" | b"julio" => 7,
        b"ao\xc3\xbbt" | b"aout" | b"agosto" | b"ago" => 8,
        b"septembre" | b"septiembre" | b"setiembre" => 9,
        b"octobre" | b"octubre" => 10,
        b"novembre" | b"noviembre" => 11,
        b"d\xc3\xa9cembre" | b"decembre" | b"d\xc3\xa9c" | b"diciembre" | b"dic" => 12,
        _ => return None,
    })
}

/// `Apr092024`: a blog's post stamp, its month, day and year run together
/// on a line of their own (Squarespace's), never a happening's date.
pub fn glued_stamp(line: &str) -> Option<DayMonth> {
    let (month, digits) = (line.get(..3)?, line.get(3..)?);
    if digits.len() != 6 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day = digits[..2].parse().ok()?;
    let year = digits[2..].parse().ok()?;
    let stamp = DayMonth::new(day, month_number(month)?, Some(year));
    stamp.date().map(|_| stamp)
}

/// A month's or a weekday's name or abbreviation (`Dec`, `Tuesday`).
pub fn is_date_word(w: &str) -> bool {
    is_month_word(w) || is_weekday(w)
}

/// A month's name or abbreviation (`Dec`, `March`).
pub fn is_month_word(w: &str) -> bool {
    month_number(w).is_some()
}

fn is_weekday(w: &str) -> bool {
    weekday_number(w).is_some()
}

/// A French or Spanish weekday's name, in any case.
fn is_foreign_weekday(w: &str) -> bool {
    lower(w, &mut [0; 10]).and_then(foreign_weekday).is_some()
}

/// [`is_foreign_weekday`]'s names, in lower case: days since Monday.
fn foreign_weekday(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"lundi" | b"lunes" => 0,
        b"mardi" | b"martes" => 1,
        b"mercredi" | b"mi\xc3\xa9rcoles" | b"miercoles" => 2,
        b"jeudi" | b"jueves" => 3,
        b"vendredi" | b"viernes" => 4,
        b"samedi" | b"s\xc3\xa1bado" | b"sabado" => 5,
        b"dimanche" | b"domingo" => 6,
        _ => return None,
    })
}

/// A weekday's name or abbreviation, in any case, a French or Spanish name
/// too: days since Monday.
fn weekday_number(w: &str) -> Option<u32> {
    let mut buf = [0; 10];
    let w = lower(w, &mut buf)?;
    english_weekday(w).or_else(|| foreign_weekday(w))
}

/// An English weekday's name or abbreviation, in lower case.
fn english_weekday(w: &[u8]) -> Option<u32> {
    Some(match w {
        b"monday" | b"mon" => 0,
        b"tuesday" | b"tue" | b"tues" => 1,
        b"wednesday" | b"wed" | b"weds" | b"wendesday" | b"wednesay" => 2,
        b"thursday" | b"thu" | b"thur" | b"thurs" | b"thrusday" => 3,
        b"friday" | b"fri" => 4,
        b"saturday" | b"sat" => 5,
        b"sunday" | b"sun" => 6,
        _ => return None,
    })
}

/// What a date's first word starts with: a digit, the capital a month or
/// weekday name (French and Spanish too: `Lundi`, `Viernes`, `Enero`),
/// `From`, `Between`, `Du`, `Del`, `Le`, `Les` or `El` starts with, or
/// `from`/`between`.
pub const FIRSTS: Firsts = Firsts::of(b"0123456789ABDEFJLMNOSTVWbf");

/// A cheap test before the date grammar runs: a date starts with a digit, a
/// capitalized month or weekday name, or `from`/`between`. Scanning a line
/// tries the grammar only where this holds.
pub fn may_start_date(i: &str) -> bool {
    let Some(&first) = i.as_bytes().first() else {
        return false;
    };
    if first.is_ascii_digit() {
        return number_may_start_date(i);
    }
    let word = leading_word(i);
    // No month or weekday name, nor `Between`, is longer than `Septiembre`.
    if word.len() > 10 {
        return false;
    }
    if first.is_ascii_uppercase() {
        // The letters months, weekdays, `From` and `Between` start with:
        // most capitalized words of a title are rejected here.
        FIRSTS.contains(first)
            && (month_number(word).is_some() || is_weekday(word) || is_date_lead(word))
    } else {
        // Scans pass no lower-case word but `from` and `between` (see
        // [`FIRSTS`]); a line or a labelled date may open with the other
        // leads or a weekday (`Dates : les 3 et 4 juillet 2024`, `jeudi 4
        // juillet 2024, 9h30`).
        is_date_lead(word) || is_foreign_weekday(word)
    }
}

/// The words a date may open with before its day: `from`, `between`, and
/// French and Spanish `du`, `del` (from) or an article (`le`, `les`, `el`:
/// `Dates : les 3 et 4 juillet 2024`).
const DATE_LEADS: [&str; 7] = ["from", "between", "du", "del", "le", "les", "el"];

fn is_date_lead(word: &str) -> bool {
    DATE_LEADS.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The letters `i` opens with (`juin`, `février`): ASCII letters are read
/// as bytes, and a word goes on by characters only past an accent.
fn leading_word(i: &str) -> &str {
    match i.bytes().position(|b| !b.is_ascii_alphabetic()) {
        Some(k) if i.as_bytes()[k] >= 0x80 => {
            let end = i[k..]
                .find(|c: char| !c.is_alphabetic())
                .map_or(i.len(), |e| k + e);
            &i[..end]
        }
        Some(k) => &i[..k],
        None => i,
    }
}

/// A date that starts with a number goes on, after its digits, as a day
/// (`15 June`, `15th of`, `15-16`, `15 to 16`, `16/09/2024`, `16.09.2024`) or
/// as an ISO year (`2024-05-07`): other numbers (`2030 Agenda`, `17
/// countries`, `3 p.m.`) start none, and the grammar is not tried on them.
fn number_may_start_date(i: &str) -> bool {
    let digits = i.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &i[digits..];
    match digits {
        1 | 2 => {
            let suffixed = ordinal_suffix(rest).ok().map(|(after, _)| after);
            let rest = suffixed.unwrap_or(rest);
            let dash = |s: &str| s.starts_with(is_dash_char);
            match rest.strip_prefix(' ') {
                // A month, `of`, a dash, or `to`/`through`/`till`/`until`/`and`
                // (French and Spanish `au`, `al`, `a`, `à`, `et`, `y`, `de`).
                Some(next) => {
                    next.starts_with(|c: char| {
                        c.is_ascii_uppercase() || matches!(c, 'o' | 't' | 'u' | 'a' | '&')
                    }) || dash(next)
                        || ["de ", "et ", "y ", "à "]
                            .iter()
                            .any(|w| next.starts_with(w))
                        || {
                            let word = leading_word(next);
                            is_lower_month_name(word) || is_foreign_month(word)
                        }
                }
                // `28, 29 and 30 November`: a list of days; `19th, April
                // 2023`, a day and its month.
                None if rest.starts_with(", ") => rest[2..].starts_with(|c: char| {
                    c.is_ascii_digit() || suffixed.is_some() && c.is_ascii_uppercase()
                }),
                // `11March 2024`: a scrape ran the month into its day.
                None => {
                    dash(rest)
                        || rest.starts_with(['/', '.'])
                        || rest.starts_with(|c: char| c.is_ascii_uppercase())
                            && month_number(leading_word(rest)).is_some()
                }
            }
        }
        4 => rest.starts_with(['-', '/']),
        _ => false,
    }
}

fn capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

// sp ::: " "
fn sp(i: &str) -> IResult<&str, char> {
    char(' ')(i)
}

// Month ::: MonthName ["."]   (capitalized, so "may" the verb is no month;
//                              a French or Spanish name in any case)
pub fn month(i: &str) -> IResult<&str, u32> {
    let (rest, word) = verify(take_while1(char::is_alphabetic), |w: &str| {
        capitalized(w) || is_foreign_month(w)
    })(i)?;
    let n = month_number(word)
        .ok_or_else(|| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::MapOpt)))?;
    // The period of `Sept.`; after a whole name it is the date's only when
    // the date goes on (`May. 5, 2024`), and otherwise ends the sentence
    // (`held on 12 February. This …`).
    match rest.strip_prefix('.') {
        Some(after) if is_abbreviation(word) || goes_on(after) => Ok((after, n)),
        _ => Ok((rest, n)),
    }
}

/// Text that carries on a date: a space, then a digit.
fn goes_on(after: &str) -> bool {
    after
        .strip_prefix(' ')
        .is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()))
}

/// A month word shorter than the month's name (`Feb`, `Sept`); `May`,
/// `June` and `July` are whole names.
fn is_abbreviation(w: &str) -> bool {
    w.len() <= 4 && !matches!(lower(w, &mut [0; 9]), Some(b"may" | b"june" | b"july"))
}

// WeekdayName ::: a capitalized weekday name or abbreviation, or a French
//                 or Spanish one in any case
fn weekday_name(i: &str) -> IResult<&str, &str> {
    verify(take_while1(char::is_alphabetic), |w: &str| {
        capitalized(w) && is_weekday(w) || is_foreign_weekday(w)
    })(i)
}

// WeekdayCell ::: " | " WeekdayName
/// A table's cell that names the day after its date (`20 April 2018 |
/// Friday | 11:00 am`).
pub fn weekday_cell(i: &str) -> IResult<&str, &str> {
    preceded(tag(" | "), weekday_name)(i)
}

// Weekday ::: WeekdayName (["."] [","] sp | " | " | " " Dash " ")
pub fn weekday(i: &str) -> IResult<&str, &str> {
    recognize(weekday_name_of)(i)
}

/// A [`weekday`] before a date: its name. A table may give it a cell of its
/// own (`Friday | 20 April 2018`), a heading a dash (`Monday – 19th April`),
/// a sentence `the` (`Thursday the 12th of September, 2024`); a template
/// may set a space before the comma (`Monday , June 27, 2022`), a scrape
/// lose the one after it (`Tuesday,19 September`).
fn weekday_name_of(i: &str) -> IResult<&str, &str> {
    terminated(
        weekday_name,
        alt((
            tag(" | "),
            tag(" , "),
            recognize(terminated(char(','), peek(satisfy(|c| c.is_ascii_digit())))),
            recognize(tuple((char(' '), one_of("-–—"), char(' ')))),
            recognize(tuple((
                opt(char('.')),
                opt(char(',')),
                sp,
                opt(tuple((tag("the"), sp))),
            ))),
        )),
    )(i)
}

// WeekdayRange ::: WeekdayName ["."] Dash Weekday   (`Monday to Wednesday, `)
fn weekday_range(i: &str) -> IResult<&str, &str> {
    recognize(tuple((weekday_name, opt(char('.')), dash, weekday)))(i)
}

pub fn not_digit(i: &str) -> IResult<&str, ()> {
    not(peek(one_of("0123456789")))(i)
}

// ShortNumber ::: 1*2DIGIT    (no digit after it)
fn short_number(i: &str) -> IResult<&str, u32> {
    map_opt(
        terminated(
            take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
            not_digit,
        ),
        |d: &str| d.parse().ok(),
    )(i)
}

// Day ::: ShortNumber ["st" | "nd" | "rd" | "th" | "er"]    (1..=31)
pub fn day(i: &str) -> IResult<&str, u32> {
    terminated(
        verify(short_number, |d| (1..=31).contains(d)),
        opt(ordinal_suffix),
    )(i)
}

/// `st`, `nd`, `rd`, `th` after a day's digits, in either case (`21ST`),
/// and French `er` (`1er juin`).
fn ordinal_suffix(i: &str) -> IResult<&str, &str> {
    match i.as_bytes().get(..2).map(|b| b.to_ascii_lowercase()) {
        Some(b) if matches!(b.as_slice(), b"st" | b"nd" | b"rd" | b"th" | b"er") => {
            Ok((&i[2..], &i[..2]))
        }
        _ => Err(no_tag(i)),
    }
}

/// The error of a word or suffix not found at `i`.
fn no_tag(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag))
}

/// The word at the start of `i` when it is one of `words`, in either case
/// (`TO` in a heading in capitals: `21 JUNE TO 13 JULY 2021`).
fn one_of_words<'a>(
    words: &'static [&'static str],
) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| {
        // Most text after a date opens no such word: its first letter says so.
        let first = i.as_bytes().first().map(u8::to_ascii_lowercase);
        let n = if words.iter().any(|w| w.as_bytes().first() == first.as_ref()) {
            i.bytes().take_while(u8::is_ascii_alphabetic).count()
        } else {
            0
        };
        if n > 0 && words.iter().any(|w| i[..n].eq_ignore_ascii_case(w)) {
            Ok((&i[n..], &i[..n]))
        } else {
            Err(no_tag(i))
        }
    }
}

// Year ::: 4DIGIT    (1900..=2100), not followed by a digit or letter
pub fn year(i: &str) -> IResult<&str, i32> {
    terminated(
        verify(
            map_opt(
                take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                |d: &str| d.parse().ok(),
            ),
            |y| (1900..=2100).contains(y),
        ),
        // `27 March 2015WHO Press Conference`: a capital may follow at once
        // where a scrape ran a table's cells together.
        not(peek(take_while_m_n(1, 1, |c: char| {
            c.is_alphanumeric() && !c.is_uppercase()
        }))),
    )(i)
}

// Dash ::: RangeDash | [","] sp ("and" | "et" | "y" | "&") sp
/// What joins the ends of a date range, `and` too (`30 September and 1
/// October`, French `et`, Spanish `y`).
pub fn dash(i: &str) -> IResult<&str, ()> {
    alt((
        range_dash,
        value(
            (),
            tuple((
                opt(char(',')),
                sp,
                alt((one_of_words(&["and", "et", "y"]), tag("&"))),
                sp,
            )),
        ),
    ))(i)
}

// DashChar ::: "-" | "–" | "—" | "‐" | "‑" | "‒" | "−"
/// What a range's ends are joined by: a hyphen or a dash, also the
/// hyphens a page may print for `-` (U+2010 hyphen, U+2011 non-breaking
/// hyphen, U+2012 figure dash, U+2212 minus: `10:00‑11:00`, `5‒6 June`).
pub fn is_dash_char(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '\u{2010}'..='\u{2012}' | '\u{2212}')
}

// RangeDash ::: [sp] (DashChar | "→") [sp]
//             | [","] sp ("to" | "through" | "until" | "till" | "au" | "al" | "a" | "à") sp
/// What joins the ends of any range, also in French and Spanish (`12 au
/// 14 juin`, `12 al 14 de junio`, `10h00 à 12h00`). Two times joined by
/// `and` are two sittings (`at 10:00 and 15:00`), so times take this one.
pub fn range_dash(i: &str) -> IResult<&str, ()> {
    let (i, _) = alt((
        // `→`: event platforms print `09:00 → 17:00`.
        recognize(tuple((
            opt(sp),
            satisfy(|c| is_dash_char(c) || c == '→'),
            opt(sp),
        ))),
        recognize(tuple((
            opt(char(',')),
            sp,
            alt((
                one_of_words(&["to", "through", "until", "till", "au", "al", "a"]),
                tag("à"),
            )),
            sp,
        ))),
    ))(i)?;
    Ok((i, ()))
}

// YearSuffix ::: [","] sp ["de" sp] Year    (Spanish `12 de junio de 2024`)
//              | "," Year !(sp LowerLetter)  (`March 11,2024`, its space lost)
fn year_suffix(i: &str) -> IResult<&str, i32> {
    alt((
        preceded(tuple((opt(char(',')), sp, opt(tag("de ")))), year),
        // Not `22 March,2023 items`: a count goes on with its noun.
        preceded(
            char(','),
            terminated(year, not(peek(pair(sp, satisfy(char::is_lowercase))))),
        ),
    ))(i)
}

// Of ::: " of" | " de"    (`15th of June`, Spanish `15 de junio`)
fn of(i: &str) -> IResult<&str, &str> {
    alt((tag(" of"), tag(" de")))(i)
}

// DayFirst ::: [Weekday] Day [Of] [sp] Month (Year | Tail)
//              (a scrape may run the year into the month, `28 April2023`,
//              or the month into the day, `Friday, 6October 2017`)
//            | [Weekday] Day Ordinal ", " Month YearSuffix
//            | [Weekday] Day ". " Month sp Year
pub fn day_first(i: &str) -> IResult<&str, DayMonth> {
    let (i, _) = opt(weekday)(i)?;
    let (i, (written, day)) = consumed(day)(i)?;
    // `19th, April 2023`: a comma after an ordinal day, read only with the
    // year after the month, which a clause's comma lacks. (German pages'
    // `19. April 2023` is left alone: there a tag before the bar, `Tipp |
    // 20. September 2019`, would name it.)
    if written.ends_with(char::is_alphabetic)
        && let Some(marked) = i.strip_prefix(", ")
        && let Ok((rest, (month, year))) = tuple((month, year_suffix))(marked)
    {
        return Ok((rest, DayMonth::new(day, month, Some(year))));
    }
    // `19. April 2023`: a German page's day, its point marking the
    // ordinal; read only with its year, as a list's number (`1. March
    // for peace`) has none.
    if let Some(marked) = i.strip_prefix(". ")
        && let Ok((rest, (month, _, year))) = tuple((month, sp, year))(marked)
    {
        return Ok((rest, DayMonth::new(day, month, Some(year))));
    }
    let (i, (_, _, month)) = tuple((opt(of), opt(sp), month_after_day))(i)?;
    let (i, year) = alt((map(year, Some), year_and_weekday))(i)?;
    Ok((i, DayMonth::new(day, month, year)))
}

// MonthAfterDay ::: Month | LowerMonthName &YearSuffix
/// A month after its day, also a whole name in lower case when its year
/// follows (`22 september 2020`): after a day and before a year, `may` is no
/// verb.
fn month_after_day(i: &str) -> IResult<&str, u32> {
    alt((month, terminated(lower_month, peek(year_suffix))))(i)
}

/// A month's whole name in lower case (`september`, not `sept`).
fn lower_month(i: &str) -> IResult<&str, u32> {
    map_opt(
        verify(take_while1(char::is_alphabetic), |w: &str| {
            is_lower_month_name(w)
        }),
        month_number,
    )(i)
}

/// `september`, `may`: a month's whole name, all in lower case.
fn is_lower_month_name(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase()) && month_number(w).is_some() && !is_abbreviation(w)
}

// MonthFirst ::: [Weekday] Month sp Day Tail
pub fn month_first(i: &str) -> IResult<&str, DayMonth> {
    let (i, _) = opt(weekday)(i)?;
    let (i, (month, _, day)) = tuple((month, sp, day))(i)?;
    let (i, year) = year_and_weekday(i)?;
    Ok((i, DayMonth::new(day, month, year)))
}

// Tail ::: [YearSuffix] [WeekdayAfter] | WeekdayAfter YearSuffix
/// The year and the weekday after a day and month, in either order (`3
/// December 2024 (Tuesday)`, `7 June (Friday) 2024`).
fn year_and_weekday(i: &str) -> IResult<&str, Option<i32>> {
    let (i, (year, weekday)) = tuple((opt(year_suffix), opt(weekday_after)))(i)?;
    match (year, weekday) {
        (None, Some(_)) => opt(year_suffix)(i),
        _ => Ok((i, year)),
    }
}

// WeekdayAfter ::: " (" WeekdayName ")" | " " WeekdayName &YearSuffix
/// A weekday after its day and month, in brackets (`3 December 2024
/// (Tuesday)`), or bare before the year (`3rd December Friday 2021`).
fn weekday_after(i: &str) -> IResult<&str, &str> {
    alt((
        recognize(tuple((tag(" ("), weekday_name, char(')')))),
        recognize(terminated(
            preceded(char(' '), weekday_name),
            peek(year_suffix),
        )),
    ))(i)
}

/// Two digits, not followed by a third.
pub fn two_digits(i: &str) -> IResult<&str, u32> {
    terminated(
        map_opt(
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
            |d: &str| d.parse::<u32>().ok(),
        ),
        not_digit,
    )(i)
}

// Iso ::: Year "-" 2DIGIT "-" 2DIGIT ["T00:00" [":00"] ["Z"]] | Year "/" 2DIGIT "/" 2DIGIT
pub fn iso(i: &str) -> IResult<&str, DayMonth> {
    let (i, (y, sep)) = tuple((year, one_of("-/")))(i)?;
    let (i, (month, _, day)) = tuple((two_digits, char(sep), two_digits))(i)?;
    // `2024-02-26T00:00:00`: an event platform's day in machine form, its
    // midnight no hour of the happening.
    let (i, _) = opt(tuple((tag("T00:00"), opt(tag(":00")), opt(char('Z')))))(i)?;
    Ok((i, DayMonth::new(day, month, Some(y))))
}

// Dashed ::: Day "-" Month "-" Year    (`28-Nov-2024`)
fn dashed(i: &str) -> IResult<&str, DayMonth> {
    let (i, (day, _, month, _, y)) = tuple((day, char('-'), month, char('-'), year))(i)?;
    Ok((i, DayMonth::new(day, month, Some(y))))
}

// DayDayMonth ::: [Weekday] Day *((", " | RangeDash) Day &(", " | " and " | " & "))
//                 (Dash | "/") [Weekday] Day [Of] sp Month [YearSuffix | Year]
//                 (7-11 June 2021, 28, 29 and 30 November 2024, 5/6 May 2025,
//                 10 to 14 of May 2010, 19-23 and 26 September)
fn day_day_month(i: &str) -> IResult<&str, DateSpan> {
    // Days listed before the last: each a day, or a range's end, that
    // another day follows.
    let listed = terminated(
        // `Friday 16, Saturday 17 and Monday 19 September`: each day may
        // name its weekday.
        preceded(
            alt((value((), tag(", ")), range_dash)),
            preceded(opt(weekday), day),
        ),
        peek(alt((tag(", "), tag(" and "), tag(" & ")))),
    );
    let (i, (_, d1, _, _, _, _, d2, _, m, y)) = tuple((
        opt(weekday),
        day,
        many0_count(listed),
        // `5/6 May`: a slash joins two days only here, where a month
        // follows (never in `5/6/2025`, nor between times).
        alt((dash, map(char('/'), |_| ()))),
        opt(weekday),
        // `from the 9th to the 24th of November`.
        opt(tag("the ")),
        terminated(day, opt(of)),
        // `7 - 11March 2024`: the month run into the last day, as
        // [`day_first`] takes it.
        opt(sp),
        month_after_day,
        opt(alt((year_suffix, year))),
    ))(i)?;
    Ok((i, days_of_month(d1, d2, m, y)))
}

// MonthDayDay ::: Month sp Day Dash Day [YearSuffix]   (September 21-23, 2024)
fn month_day_day(i: &str) -> IResult<&str, DateSpan> {
    let (i, (_, m, _, d1, _, d2, y)) =
        tuple((opt(weekday), month, sp, day, dash, day, opt(year_suffix)))(i)?;
    Ok((i, days_of_month(d1, d2, m, y)))
}

// FullRange ::: DayFirst Dash DayFirst | MonthFirst Dash MonthFirst
//             | Digits Dash Digits      (2024-04-15 to 2024-04-17)
//             | Iso "/" 2DIGIT          (2024-11-28/29)
// Digits    ::: WeekdayDigits
// Single    ::: Digits | DayFirst | MonthFirst
/// A full range or a single date. Their alternatives exclude each other (a
/// digit or a month name follows the weekday; `Iso` and `Numeric` go on
/// with `-`, `/` or `.` where a day goes on with a space), so the first date
/// is parsed once and a range is a dash and a second date of its kind after it.
fn range_or_single(i: &str) -> IResult<&str, DateSpan> {
    if let Ok((rest, (first, order))) = weekday_digits(i) {
        return Ok(match preceded(dash, weekday_digits)(rest) {
            // A weekday that settles one end's order settles the other's.
            Ok((rest, (last, other))) => match order.or(other) {
                Some(o) => (rest, DateSpan::between(first.read(o), last.read(o))),
                None => (rest, DateSpan::between(first, last)),
            },
            Err(_) => last_day_after_slash(rest, first).unwrap_or((rest, DateSpan::day(first))),
        });
    }
    let (rest, (first, kind)) = alt((
        map(day_first, |d| {
            (d, day_first as fn(&str) -> IResult<&str, DayMonth>)
        }),
        map(month_first, |d| {
            (d, month_first as fn(&str) -> IResult<&str, DayMonth>)
        }),
    ))(i)?;
    Ok(match preceded(dash, kind)(rest) {
        // `Tuesday, 19 September to Saturday, 23 September & Monday, 25
        // September`: a day more, a few days on, ends the span.
        Ok((rest, last)) => match preceded(dash, kind)(rest) {
            Ok((more_rest, more)) if days_on(last, more) => {
                (more_rest, DateSpan::between(first, more))
            }
            _ => (rest, DateSpan::between(first, last)),
        },
        Err(_) => (rest, DateSpan::day(first)),
    })
}

/// Whether `later` comes a week at most after `day`, in the same year.
fn days_on(day: DayMonth, later: DayMonth) -> bool {
    later.year == day.year
        && day
            .in_year_or_leap()
            .zip(later.in_year_or_leap())
            .is_some_and(|(a, b)| (1..=7).contains(&(b - a).num_days()))
}

// Numeric ::: 1*2DIGIT ("/" | ".") 1*2DIGIT ("/" | ".") Year
//           | 1*2DIGIT "-" 1*2DIGIT "-" Year     (`30-06-2005`)
fn numeric_parts(i: &str) -> IResult<&str, (u32, char, u32, i32)> {
    let part = short_number;
    let (rest, (a, sep, b, _, y)) = alt((
        tuple((part, one_of("/."), part, one_of("/."), year)),
        tuple((part, char('-'), part, char('-'), year)),
    ))(i)?;
    if !rest.starts_with(|c: char| !c.is_ascii_digit()) && !rest.is_empty() {
        return Err(super::rejected(i));
    }
    Ok((rest, (a, sep, b, y)))
}

/// `16/09/2024` or `09/16/2024` (also with hyphens, `30-06-2005`), the day
/// being the part over 12; `16.09.2024` is always day first. `03/04/2025`
/// reads either way: it is read day first and marked ambiguous, for the
/// page to settle.
pub fn numeric(i: &str) -> IResult<&str, DayMonth> {
    let (rest, (a, sep, b, y)) = numeric_parts(i)?;
    let day = match (sep, a > 12, b > 12) {
        ('/' | '-', false, true) => DayMonth::new(b, a, Some(y)),
        ('/' | '-', false, false) if a != b => DayMonth {
            ambiguous: true,
            ..DayMonth::new(a, b, Some(y))
        },
        _ => DayMonth::new(a, b, Some(y)),
    };
    Ok((rest, day))
}

/// The order a page writes its numeric dates in, when one of them says it
/// (a part over 12) and none says the other: only then are its ambiguous
/// ones read (`03/04/2025` is 4 March on a page that also writes
/// `09/16/2024`).
pub fn page_order(text: &str) -> Option<NumericOrder> {
    let bytes = text.as_bytes();
    let (mut day_first, mut month_first) = (false, false);
    for slash in memchr::memchr_iter(b'/', bytes) {
        // The first part's digits, at a word start, end at this slash.
        let digits = bytes[..slash]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let start = slash - digits;
        if !(1..=2).contains(&digits) || start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        if let Ok((_, (a, '/', b, _))) = numeric_parts(&text[start..]) {
            day_first |= a > 12 && b <= 12;
            month_first |= b > 12 && a <= 12;
        }
    }
    match (day_first, month_first) {
        (true, false) => Some(NumericOrder::DayFirst),
        (false, true) => Some(NumericOrder::MonthFirst),
        _ => None,
    }
}

// WeekdayDigits ::: [Weekday] (Iso | Numeric | Dashed) [" (" WeekdayName ")" | ", " WeekdayName]
/// A date in digits, its weekday (`Mon, 02/12/2024`; also after it, left
/// unread: `06/12/2025 (Thursday)`) settling the order of an ambiguous one
/// when only one reading falls on it (2 December 2024 and 12 February 2024
/// are both Mondays; 4 December 2024 is a Wednesday and 12 April a Friday):
/// the date, and the order the weekday settled.
fn weekday_digits(i: &str) -> IResult<&str, (DayMonth, Option<NumericOrder>)> {
    let (i, (before, d)) = tuple((opt(weekday_name_of), alt((iso, numeric, dashed))))(i)?;
    let after = || {
        peek(preceded(alt((tag(" ("), tag(", "))), weekday_name))(i)
            .ok()
            .map(|(_, w)| w)
    };
    let name = before.or_else(|| d.ambiguous.then(after).flatten());
    let falls_on = |d: DayMonth, w: u32| {
        d.year
            .and_then(|y| chrono::NaiveDate::from_ymd_opt(y, d.month, d.day))
            .is_some_and(|date| date.weekday().num_days_from_monday() == w)
    };
    let order = name
        .and_then(weekday_number)
        .filter(|_| d.ambiguous)
        .and_then(|w| match (falls_on(d, w), falls_on(d.month_first(), w)) {
            (true, false) => Some(NumericOrder::DayFirst),
            (false, true) => Some(NumericOrder::MonthFirst),
            _ => None,
        });
    Ok((i, (order.map_or(d, |o| d.read(o)), order)))
}

/// `2024-11-28/29`: a later day of the month after a slash ends the range.
fn last_day_after_slash(rest: &str, first: DayMonth) -> Option<(&str, DateSpan)> {
    let (rest, day) = preceded(char('/'), two_digits)(rest).ok()?;
    (day > first.day && (rest.is_empty() || rest.starts_with([' ', ',', ')']))).then(|| {
        let last = DayMonth::new(day, first.month, first.year);
        (rest, DateSpan::between(first, last))
    })
}

// DottedDays ::: Day ["."] Dash Numeric   (`28-29.11.2024`, `28.-29.11.2024`)
/// Days of one month before a dotted date, which is always day first.
fn dotted_days(i: &str) -> IResult<&str, DateSpan> {
    let (i, (first, _, _)) = tuple((day, opt(char('.')), dash))(i)?;
    let (rest, (last, _, month, y)) = verify(numeric_parts, |&(last, sep, _, _)| {
        sep == '.' && last > first
    })(i)?;
    Ok((rest, days_of_month(first, last, month, Some(y))))
}

// DottedMonths ::: Day "." MonthNumber "." Dash Numeric   (`30.09.–02.10.2024`)
/// A day and its month in digits before a dotted date: a range into a later
/// month, its year written once (a range over New Year's Day starts the year
/// before).
fn dotted_months(i: &str) -> IResult<&str, DateSpan> {
    let month_number = verify(short_number, |m| (1..=12).contains(m));
    let (i, (first, _, month, _, _)) = tuple((day, char('.'), month_number, char('.'), dash))(i)?;
    let (rest, (last, _, last_month, y)) =
        verify(numeric_parts, |&(_, sep, m, _)| sep == '.' && m != month)(i)?;
    let start_year = if month > last_month { y - 1 } else { y };
    Ok((
        rest,
        DateSpan {
            start: DayMonth::new(first, month, Some(start_year)),
            end: DayMonth::new(last, last_month, Some(y)),
        },
    ))
}

/// Two days of one month, its year written once (`7-11 June 2021`).
fn days_of_month(first: u32, last: u32, month: u32, year: Option<i32>) -> DateSpan {
    let day = |day| DayMonth::new(day, month, year);
    DateSpan {
        start: day(first),
        end: day(last),
    }
}

// Date ::: [DateLead sp] [WeekdayRange]    (DateLead: one of DATE_LEADS)
//          (DayDayMonth | MonthDayDay | DottedDays | DottedMonths | DayListedOn
//           | FullRange | Single)
/// Any date or date range, anchored at the start of `i`.
///
/// # Example
/// ```
/// use docket::parse::date::{date, DayMonth};
/// let (rest, d) = date("26 Sept. to 2 Oct. 2021 & beyond").unwrap();
/// assert_eq!(rest, " & beyond");
/// assert_eq!(d.start, DayMonth::new(26, 9, Some(2021)));
/// assert_eq!(d.end, DayMonth::new(2, 10, Some(2021)));
/// ```
pub fn date(i: &str) -> IResult<&str, DateSpan> {
    // Most dates open with their day's digits: no lead word to look for.
    let (i, _) = if i.starts_with(|c: char| c.is_ascii_digit()) {
        (i, None)
    } else {
        opt(terminated(one_of_words(&DATE_LEADS), sp))(i)?
    };
    let (i, _) = opt(weekday_range)(i)?;
    let (rest, d) = alt((
        day_day_month,
        month_day_day,
        dotted_days,
        dotted_months,
        day_listed_on,
        range_or_single,
    ))(i)?;
    let (rest, d) = days_listed_on(rest, d);
    if valid(&d.start) && valid(&d.end) {
        Ok((rest, d))
    } else {
        Err(super::rejected(i))
    }
}

/// `30 June, 1 and 2 July 2024`, `30 June and 1-2 July 2024`: days of
/// one month listed on into the next, the year given once at the end. The
/// span runs to the last day listed when the days listed on start within a
/// week of the first ones.
fn days_listed_on(rest: &str, d: DateSpan) -> (&str, DateSpan) {
    if d.end.year.is_some() || !rest.starts_with([',', ' ']) {
        return (rest, d);
    }
    let on = preceded(
        alt((value((), tag(", ")), dash)),
        alt((day_day_month, range_or_single)),
    )(rest);
    match on {
        Ok((more, next))
            if next.start.year.is_some()
                && days_on(
                    DayMonth {
                        year: next.start.year,
                        ..d.end
                    },
                    next.start,
                ) =>
        {
            (more, DateSpan::between(d.start, next.end))
        }
        _ => (rest, d),
    }
}

// DayListedOn ::: Day ", " (DayDayMonth | Single) DaysListedOn
//                 (`29, 30 June and 1 July 2024`)
/// A day before a month's days that are listed on into the next month: the
/// list's first day. (Alone, `29, 30 June` may be a number before a date,
/// `Session 29, 30 June`: the list must run on into the next month.)
fn day_listed_on(i: &str) -> IResult<&str, DateSpan> {
    let (mut i, first) = terminated(day, tag(", "))(i)?;
    // `28, 29, 30 June …`: more days before the month's.
    let mut before = first;
    while let Ok((rest, next)) = terminated(day, tag(", "))(i) {
        if next <= before {
            break;
        }
        (i, before) = (rest, next);
    }
    let (rest, d) = alt((day_day_month, range_or_single))(i)?;
    let (rest, listed) = days_listed_on(rest, d);
    if listed.end.month == d.start.month || before >= d.start.day {
        return Err(super::rejected(i));
    }
    Ok((
        rest,
        DateSpan {
            start: DayMonth {
                day: first,
                ..listed.start
            },
            end: listed.end,
        },
    ))
}

/// A day that exists (29 February only in leap years, when the year is known).
fn valid(d: &DayMonth) -> bool {
    d.in_year_or_leap().is_some()
}

// MonthYear ::: Month [(RangeDash | " and ") Month] sp Year
//               (a month-only heading: "September 2023", "February and March 2016";
//               the first month is the one given)
pub fn month_year(i: &str) -> IResult<&str, (u32, i32)> {
    // Each month is parsed once: this runs on every line.
    let (i, first) = month(i)?;
    let (i, _) = opt(preceded(alt((range_dash, value((), tag(" and ")))), month))(i)?;
    let (i, y) = preceded(sp, year)(i)?;
    Ok((i, (first, y)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dm(day: u32, month: u32, year: Option<i32>) -> DayMonth {
        DayMonth::new(day, month, year)
    }

    #[test]
    fn small_parsers_report_rest() {
        assert_eq!(day("15-16"), Ok(("-16", 15)));
        assert_eq!(day("7th December"), Ok((" December", 7)));
        assert!(day("2025").is_err());
        assert!(day("0 x").is_err());
        assert_eq!(month("Sept. 21"), Ok((" 21", 9)));
        // As pages misspell them.
        assert_eq!(month("Septembr 21"), Ok((" 21", 9)));
        assert_eq!(month("Febuary"), Ok(("", 2)));
        assert!(is_date_word("Thrusday"));
        assert_eq!(month("Feb. 21"), Ok((" 21", 2)));
        assert_eq!(month("February. This"), Ok((". This", 2)));
        assert_eq!(month("July. The"), Ok((". The", 7)));
        assert_eq!(month("May. 5, 2024"), Ok((" 5, 2024", 5)));
        assert!(month("may 5").is_err());
        assert!(month("Mayor").is_err());
        assert_eq!(year("2021 & beyond"), Ok((" & beyond", 2021)));
        assert!(year("2021s").is_err());
        // A table's next cell run into the year.
        assert_eq!(year("2015WHO Press"), Ok(("WHO Press", 2015)));
        assert_eq!(weekday("Wednesday, 1 July"), Ok(("1 July", "Wednesday, ")));
    }

    #[test]
    fn single_days() {
        assert_eq!(
            date("January 1, 2025,").unwrap(),
            (
                ",",
                DateSpan {
                    start: dm(1, 1, Some(2025)),
                    end: dm(1, 1, Some(2025))
                }
            )
        );
        assert_eq!(
            date("Wednesday, 1 July 2020.").unwrap().1.start,
            dm(1, 7, Some(2020))
        );
        // A bare weekday between month and year.
        assert_eq!(
            date("3rd December Friday 2021 from").unwrap(),
            (
                " from",
                DateSpan {
                    start: dm(3, 12, Some(2021)),
                    end: dm(3, 12, Some(2021))
                }
            )
        );
        assert_eq!(date("3 December Friday").unwrap().0, " Friday");
        // A day heading's dash after its weekday.
        assert_eq!(
            date("Monday – 19th April").unwrap().1.start,
            dm(19, 4, None)
        );
        assert_eq!(
            date("Friday - May 3, 2024").unwrap().1.start,
            dm(3, 5, Some(2024))
        );
        // A sentence's `the` after it.
        assert_eq!(
            date("Thursday the 12th of September, 2024").unwrap(),
            ("", DateSpan::day(dm(12, 9, Some(2024))))
        );
        // A template's space before the comma.
        assert_eq!(
            date("Monday , June 27, 2022 - Friday , July 01, 2022").unwrap(),
            (
                "",
                DateSpan {
                    start: dm(27, 6, Some(2022)),
                    end: dm(1, 7, Some(2022)),
                }
            )
        );
        assert_eq!(
            date("29 April –").unwrap(),
            (
                " –",
                DateSpan {
                    start: dm(29, 4, None),
                    end: dm(29, 4, None)
                }
            )
        );
        assert_eq!(date("2024-09-16").unwrap().1.start, dm(16, 9, Some(2024)));
        // An event platform's midnight is part of its day; another hour is not.
        let (rest, d) = date("2024-02-26T00:00:00 - 2024-03-01T00:00:00").unwrap();
        assert_eq!(
            (rest, d.start, d.end),
            ("", dm(26, 2, Some(2024)), dm(1, 3, Some(2024)))
        );
        assert_eq!(date("2024-02-26T10:30:00").unwrap().0, "T10:30:00");
        assert_eq!(date("09/16/2024").unwrap().1.start, dm(16, 9, Some(2024)));
        assert_eq!(date("16/09/2024").unwrap().1.start, dm(16, 9, Some(2024)));
        assert_eq!(date("16.09.2024").unwrap().1.start, dm(16, 9, Some(2024)));
        // Hyphens part the numbers too, both alike.
        assert_eq!(date("30-06-2005").unwrap().1.start, dm(30, 6, Some(2005)));
        assert!(date("30-06.2005").is_err());
        // Year first with slashes, the month's name between dashes, a weekday
        // before digits.
        assert_eq!(date("2024/11/28").unwrap().1.start, dm(28, 11, Some(2024)));
        let (rest, d) =
            date("3 December 2024 (Tuesday) - 4 December 2024 (Wednesday), Rome").unwrap();
        assert_eq!((rest, d.end), (", Rome", dm(4, 12, Some(2024))));
        // The weekday may stand before the year.
        let d = date("3 June (Monday) – 7 June (Friday) 2024").unwrap().1;
        assert_eq!(
            (d.start, d.end),
            (dm(3, 6, Some(2024)), dm(7, 6, Some(2024)))
        );
        assert_eq!(date("28-Nov-2024").unwrap().1.start, dm(28, 11, Some(2024)));
        // A scrape ran the year into the month.
        assert_eq!(
            date("28 April2023,").unwrap().1.start,
            dm(28, 4, Some(2023))
        );
        assert_eq!(
            date("Friday, 6October 2017").unwrap().1.start,
            dm(6, 10, Some(2017))
        );
        // The month run into a day, first or last; the space after a comma
        // lost.
        assert!(may_start_date("11March 2024"));
        assert!(!may_start_date("11Members"));
        let d = date("7 - 11March 2024").unwrap().1;
        assert_eq!(
            (d.start, d.end),
            (dm(7, 3, Some(2024)), dm(11, 3, Some(2024)))
        );
        assert_eq!(
            date("March 11,2024").unwrap(),
            ("", DateSpan::day(dm(11, 3, Some(2024))))
        );
        // A comma after an ordinal day, with the year only.
        assert_eq!(
            date("19th, April 2023 at 07:00").unwrap(),
            (" at 07:00", DateSpan::day(dm(19, 4, Some(2023))))
        );
        assert!(date("19th, April and May").is_err());
        assert!(date("19, April 2023").is_err());
        // A weekday's comma with its space lost.
        assert_eq!(
            date("Tuesday,19 September 2023").unwrap(),
            ("", DateSpan::day(dm(19, 9, Some(2023))))
        );
        // A German page's day, with its year.
        assert_eq!(
            date("19. April 2023, 10:00").unwrap(),
            (", 10:00", DateSpan::day(dm(19, 4, Some(2023))))
        );
        assert!(date("1. March for peace").is_err());
        let d = date("26 to 28 April2023, under").unwrap().1;
        assert_eq!(
            (d.start, d.end),
            (dm(26, 4, Some(2023)), dm(28, 4, Some(2023)))
        );
        assert_eq!(
            date("Thu 28/11/2024 10:00").unwrap(),
            (" 10:00", DateSpan::day(dm(28, 11, Some(2024))))
        );
    }

    #[test]
    fn ranges() {
        let (rest, d) = date("15-16 September, 10:00").unwrap();
        assert_eq!(rest, ", 10:00");
        assert_eq!((d.start, d.end), (dm(15, 9, None), dm(16, 9, None)));
        let (_, d) = date("30 September and 1 October -").unwrap();
        assert_eq!((d.start, d.end), (dm(30, 9, None), dm(1, 10, None)));
        // Days listed on into the next month, the year given once.
        for listed in ["30 June, 1 and 2 July 2024 -", "30 June, 1-2 July 2024 -"] {
            let (rest, d) = date(listed).unwrap();
            assert_eq!(
                (rest, d.start, d.end),
                (" -", dm(30, 6, Some(2024)), dm(2, 7, Some(2024))),
                "{listed}"
            );
        }
        // Also with days listed before the month's.
        for (listed, first) in [
            ("29, 30 June and 1 July 2024 -", 29),
            ("28, 29, 30 June and 1 July 2024 -", 28),
            ("29, 30 June – 1 July 2024 -", 29),
        ] {
            let (rest, d) = date(listed).unwrap();
            assert_eq!(
                (rest, d.start, d.end),
                (" -", dm(first, 6, Some(2024)), dm(1, 7, Some(2024))),
                "{listed}"
            );
        }
        // A number before a date is no day of it (`Session 29, 30 June`).
        assert!(date("29, 30 June 2024").is_err());
        assert!(date("30, 29 June and 1 July 2024").is_err());
        // Not a month apart, nor before an hour.
        let (rest, d) = date("12 June, 14 July 2024").unwrap();
        assert_eq!((rest, d.end), (", 14 July 2024", dm(12, 6, None)));
        assert_eq!(date("30 June, 1 p.m.").unwrap().0, ", 1 p.m.");
        let (_, d) = date("from 6 to 10 December 2021.").unwrap();
        assert_eq!(
            (d.start, d.end),
            (dm(6, 12, Some(2021)), dm(10, 12, Some(2021)))
        );
        // A heading in capitals.
        for heading in [
            "FROM 21 JUNE TO 13 JULY 2021",
            "21ST JUNE TO 13TH JULY 2021",
        ] {
            assert!(may_start_date(heading), "{heading}");
            let (rest, d) = date(heading).unwrap();
            assert_eq!(
                (rest, d.start, d.end),
                ("", dm(21, 6, Some(2021)), dm(13, 7, Some(2021))),
                "{heading}"
            );
        }
        // `of` before the month, as after a single day.
        let (rest, d) = date("9th to the 24th of November 2021.").unwrap();
        assert_eq!(
            (rest, d.start, d.end),
            (".", dm(9, 11, Some(2021)), dm(24, 11, Some(2021)))
        );
        let (rest, d) = date("from 10 to 14 of May 2010 at").unwrap();
        assert_eq!(rest, " at");
        assert_eq!(
            (d.start, d.end),
            (dm(10, 5, Some(2010)), dm(14, 5, Some(2010)))
        );
        let (_, d) = date("30 December – 2 January 2025").unwrap();
        assert_eq!(d.start, dm(30, 12, Some(2024)));
        let (_, d) = date("Monday to Wednesday, 10–12 June 2024").unwrap();
        assert_eq!(
            (d.start, d.end),
            (dm(10, 6, Some(2024)), dm(12, 6, Some(2024)))
        );
        let (rest, d) = date("from Monday, 8 July, to Wednesday, 17 July 2024, under").unwrap();
        assert_eq!(rest, ", under");
        assert_eq!(
            (d.start, d.end),
            (dm(8, 7, Some(2024)), dm(17, 7, Some(2024)))
        );
        assert_eq!(
            date("Monday, 8 July, to discuss").unwrap().0,
            ", to discuss"
        );
        // A day more after the range ends it; a later month is another date.
        let (rest, d) =
            date("Tuesday, 19 September to Saturday, 23 September & Monday, 25 September").unwrap();
        assert_eq!(rest, "");
        assert_eq!((d.start, d.end), (dm(19, 9, None), dm(25, 9, None)));
        let (rest, _) = date("1 May to 3 May and 24 June").unwrap();
        assert_eq!(rest, " and 24 June");
        let (_, d) = date("Mon–Wed 10–12 June").unwrap();
        assert_eq!((d.start, d.end), (dm(10, 6, None), dm(12, 6, None)));
        let (_, d) = date("September 21-23, 2024").unwrap();
        assert_eq!(
            (d.start, d.end),
            (dm(21, 9, Some(2024)), dm(23, 9, Some(2024)))
        );
        let (rest, d) = date("2024-04-15 to 2024-04-17, Nairobi").unwrap();
        assert_eq!(rest, ", Nairobi");
        assert_eq!(
            (d.start, d.end),
            (dm(15, 4, Some(2024)), dm(17, 4, Some(2024)))
        );
        let (_, d) = date("30.12.2024 – 02.01.2025").unwrap();
        assert_eq!(
            (d.start, d.end),
            (dm(30, 12, Some(2024)), dm(2, 1, Some(2025)))
        );
        // Days listed, the last joined by `and` or `&`: the first to the last.
        let (_, d) = date("28, 29 and 30 November 2024").unwrap();
        assert_eq!(
            (d.start, d.end),
            (dm(28, 11, Some(2024)), dm(30, 11, Some(2024)))
        );
        let (_, d) = date("28 & 29 November").unwrap();
        assert_eq!((d.start, d.end), (dm(28, 11, None), dm(29, 11, None)));
        // Each day with its weekday.
        let (_, d) = date("Friday 16, Saturday 17 and Monday 19 September").unwrap();
        assert_eq!((d.start, d.end), (dm(16, 9, None), dm(19, 9, None)));
        // A range may be one of them: `19-23 and 26 September`.
        let (rest, d) = date("19-23 and 26 September - General Debate").unwrap();
        assert_eq!(
            (rest, d.start, d.end),
            (" - General Debate", dm(19, 9, None), dm(26, 9, None))
        );
        assert!(date("28, 29 November").is_err());
        let (_, d) = date("2024-11-28/29").unwrap();
        assert_eq!(d.end, dm(29, 11, Some(2024)));
        let (_, d) = date("28-Nov-2024 to 2-Dec-2024").unwrap();
        assert_eq!(d.end, dm(2, 12, Some(2024)));
        // A slash and an earlier day, or more digits, end no range.
        assert_eq!(date("2024-11-28/27").unwrap().0, "/27");
        assert_eq!(date("2024-11-28/2930").unwrap().0, "/2930");
        // A dash and no second date: the one day, the dash left.
        assert_eq!(date("2024-04-15 - Opening").unwrap().0, " - Opening");
        // Days before a dotted date, which is day first.
        let (rest, d) = date("28-29.11.2024, Bangkok").unwrap();
        assert_eq!(rest, ", Bangkok");
        assert_eq!(
            (d.start, d.end),
            (dm(28, 11, Some(2024)), dm(29, 11, Some(2024)))
        );
        assert_eq!(date("3.-5.06.2024").unwrap().1.end, dm(5, 6, Some(2024)));
        assert!(date("29-28.11.2024").is_err());
        assert!(date("28-29/11/2024").is_err());
        // A day and month before a dotted date in a later month; over New
        // Year's Day, the first day in the year before.
        for (text, start, end) in [
            (
                "30.09.–02.10.2024",
                dm(30, 9, Some(2024)),
                dm(2, 10, Some(2024)),
            ),
            (
                "30.09. - 2.10.2024",
                dm(30, 9, Some(2024)),
                dm(2, 10, Some(2024)),
            ),
            (
                "30.12.-02.01.2025",
                dm(30, 12, Some(2024)),
                dm(2, 1, Some(2025)),
            ),
        ] {
            let d = date(text).unwrap().1;
            assert_eq!((d.start, d.end), (start, end), "{text}");
        }
        assert!(date("30.13.-02.10.2024").is_err());
        assert!(date("30.09.-02/10/2024").is_err());
    }

    #[test]
    fn near_misses() {
        assert!(date("76th Session").is_err());
        assert!(date("2030 Agenda").is_err());
        assert!(date("2025–2026").is_err());
        assert!(date("31 February 2024").is_err());
        assert!(date("8 people").is_err());
        assert!(date("2.10.3 released").is_err());
        assert!(date("2024/25 budget").is_err());
        assert!(date("28-Novel-2024").is_err());
    }

    #[test]
    fn french_and_spanish_dates() {
        for (written, rest, start, end) in [
            (
                "12 juin 2024 -",
                " -",
                dm(12, 6, Some(2024)),
                dm(12, 6, Some(2024)),
            ),
            (
                "1er février 2024",
                "",
                dm(1, 2, Some(2024)),
                dm(1, 2, Some(2024)),
            ),
            (
                "Mardi 18 juin 2024,",
                ",",
                dm(18, 6, Some(2024)),
                dm(18, 6, Some(2024)),
            ),
            (
                "Du 12 au 14 juin 2024",
                "",
                dm(12, 6, Some(2024)),
                dm(14, 6, Some(2024)),
            ),
            (
                "Les 3 et 4 juillet 2024",
                "",
                dm(3, 7, Some(2024)),
                dm(4, 7, Some(2024)),
            ),
            (
                "30 juin - 2 juillet 2024",
                "",
                dm(30, 6, Some(2024)),
                dm(2, 7, Some(2024)),
            ),
            (
                "12 août 2024",
                "",
                dm(12, 8, Some(2024)),
                dm(12, 8, Some(2024)),
            ),
            (
                "7 déc. 2023",
                "",
                dm(7, 12, Some(2023)),
                dm(7, 12, Some(2023)),
            ),
            (
                "12 de junio de 2024.",
                ".",
                dm(12, 6, Some(2024)),
                dm(12, 6, Some(2024)),
            ),
            (
                "Del 12 al 14 de junio de 2024",
                "",
                dm(12, 6, Some(2024)),
                dm(14, 6, Some(2024)),
            ),
            (
                "3 y 4 de julio de 2024",
                "",
                dm(3, 7, Some(2024)),
                dm(4, 7, Some(2024)),
            ),
            (
                "Miércoles, 5 de septiembre de 2024",
                "",
                dm(5, 9, Some(2024)),
                dm(5, 9, Some(2024)),
            ),
            ("12 junio", "", dm(12, 6, None), dm(12, 6, None)),
            (
                "le 3 juillet 2024",
                "",
                dm(3, 7, Some(2024)),
                dm(3, 7, Some(2024)),
            ),
            (
                "el 3 de julio de 2024",
                "",
                dm(3, 7, Some(2024)),
                dm(3, 7, Some(2024)),
            ),
        ] {
            let (left, d) = date(written).unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!((left, d.start, d.end), (rest, start, end), "{written}");
        }
        // A labelled date may open with its article.
        assert!(may_start_date("les 3 et 4 juillet 2024"));
        assert!(may_start_date("jeudi 4 juillet 2024"));
        // English words that French or Spanish months are not.
        assert!(date("5 marshals").is_err());
        assert!(date("10 de facto").is_err());
    }

    #[test]
    fn numeric_dates_that_read_either_way_wait_for_the_page() {
        let d = date("05/06/2024").unwrap().1.start;
        assert_eq!((d.day, d.month, d.ambiguous), (5, 6, true));
        assert_eq!(
            d.month_first(),
            DayMonth {
                ambiguous: true,
                ..dm(6, 5, Some(2024))
            }
        );
        assert!(!date("05.06.2024").unwrap().1.start.ambiguous);
        assert!(!date("06/06/2024").unwrap().1.start.ambiguous);
        assert_eq!(
            page_order("Held 09/16/2024; next 03/04/2025"),
            Some(NumericOrder::MonthFirst)
        );
        assert_eq!(
            page_order("Held 16/09/2024; next 03/04/2025"),
            Some(NumericOrder::DayFirst)
        );
        assert_eq!(page_order("03/04/2025 and 05/06/2025"), None);
        assert_eq!(page_order("16/09/2024 and 09/16/2024"), None);
        // Parts of longer numbers say nothing: `A/78/123`, `2024/16/09`.
        assert_eq!(page_order("A/78/1234, 1/16/20245, 123/16/2024"), None);
    }

    #[test]
    fn a_weekday_or_a_ranges_other_end_settles_a_numeric_date() {
        // 4 December 2024 is a Wednesday, 12 April 2024 a Friday.
        assert_eq!(
            date("Wed, 04/12/2024").unwrap().1.start,
            dm(4, 12, Some(2024))
        );
        assert_eq!(
            date("Fri, 04/12/2024").unwrap().1.start,
            dm(12, 4, Some(2024))
        );
        // 2 December and 12 February 2024 are both Mondays: the weekday
        // settles nothing, the range's other end does.
        assert!(date("Mon, 02/12/2024").unwrap().1.start.ambiguous);
        let (_, d) = date("Mon, 02/12/2024 to Wed, 04/12/2024").unwrap();
        assert_eq!(
            (d.start, d.end),
            (dm(2, 12, Some(2024)), dm(4, 12, Some(2024)))
        );
        // A weekday after the date, left for the text after it.
        let (rest, d) = date("06/12/2025 (Thursday)").unwrap();
        assert_eq!((rest, d.start), (" (Thursday)", dm(12, 6, Some(2025))));
        assert_eq!(
            date("04/12/2024, Wednesday").unwrap().1.start,
            dm(4, 12, Some(2024))
        );
        assert!(date("04/12/2024 (Sunday)").unwrap().1.start.ambiguous);
        let (_, d) = date("03/04/2025 - 16/04/2025").unwrap();
        assert_eq!(d.start, dm(3, 4, Some(2025)));
        let (_, d) = date("03/04/2025 - 05/04/2025").unwrap();
        assert!(d.start.ambiguous && d.end.ambiguous);
    }

    #[test]
    fn every_month_and_weekday_name_may_start_a_date() {
        let names = "January Jan February Feb March Mar April Apr May June Jun July Jul \
            August Aug September Sep Sept October Oct November Nov December Dec Monday \
            Mon Tuesday Tue Tues Wednesday Wed Thursday Thu Thurs Friday Fri Saturday Sat \
            Sunday Sun From Between Lundi Vendredi Viernes Enero Du Del Septiembre Miércoles";
        for name in names.split_whitespace().chain(["from", "between"]) {
            assert!(may_start_date(&format!("{name} 5")), "{name}");
            assert!(FIRSTS.contains(name.as_bytes()[0]), "{name}");
        }
        assert!(!may_start_date("Global 5"));
        assert!(!may_start_date("Launch"));
    }
}
