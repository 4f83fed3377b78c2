//! Header grammar: nom parsers for the date, time, zone and organizer pieces
//! of a header, and scanners that find them inside a line.
//!
//! Every parser is anchored; the scanners try them at word starts only.

pub mod date;
pub mod org;
pub mod time;
pub mod zone;

use std::ops::Range;

use nom::{
    IResult,
    branch::alt,
    bytes::complete::tag,
    character::complete::char,
    character::complete::one_of,
    combinator::{fail, map, opt, peek, recognize},
    sequence::{delimited, preceded, terminated, tuple},
};

use crate::text::{Firsts, word_starts};
use date::DateSpan;
use time::TimeSpan;

/// The loose pieces of a header's "when", as written (years may be missing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    pub date: DateSpan,
    pub time: Option<TimeSpan>,
    pub zone: Option<String>,
}

impl When {
    /// This slot through a later day's (`10 June 2025, 10:00–13:00 and 11
    /// June 2025, 14:00–17:00 CEST`): the later slot ends the happening, and
    /// a zone written once is both slots'.
    pub fn through(&mut self, last: &When) {
        self.date = DateSpan::between(self.date.start, last.date.end);
        if let (Some(t), Some(l)) = (self.time.as_mut(), last.time) {
            t.end = l.end.or(Some(l.start));
            self.zone = self.zone.take().or_else(|| last.zone.clone());
        }
    }
}

/// The error of a parser whose input parsed but failed a check after it.
fn rejected(i: &str) -> nom::Err<nom::error::Error<&str>> {
    nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify))
}

/// nom's `tag_no_case` for an ASCII tag, comparing bytes: nom's lower-cases
/// each character of both sides, and these tags are tried at many word starts.
/// The same matches, as no character beyond ASCII lower-cases to one of the
/// tags' letters.
pub fn ascii_no_case<'a>(tag: &'static str) -> impl Fn(&'a str) -> IResult<&'a str, &'a str> {
    move |i: &'a str| match i.as_bytes().get(..tag.len()) {
        Some(head) if head.eq_ignore_ascii_case(tag.as_bytes()) => {
            Ok((&i[tag.len()..], &i[..tag.len()]))
        }
        _ => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

// TimeLead ::: ", at " | ", à " | " à " | ", a las " | " a las " | ", from " | ", starting at " | " at " | " from " | " starting at " | " @ " | " | " | " • " | " · " | " ⋅ " | " ∙ " | " ● " | " ┃ " | " ┃" | " / " | " – " | " — " | " - " | ", " | "; " | ". " | ": " | " " | "," (before a clock)
fn time_lead(i: &str) -> IResult<&str, &str> {
    alt((
        // French and Spanish `at` too: `18 juin 2024 à 10h`, `18 de junio
        // de 2024, a las 10:00` (before `, `, which would take the comma).
        alt((
            tag(", at "),
            tag(", à "),
            tag(", a las "),
            tag(", from "),
            tag(", starting at "),
        )),
        tag(" starting at "),
        tag(" at "),
        tag(" à "),
        tag(" a las "),
        tag(" from "),
        tag(" @ "),
        tag(" | "),
        // `Tuesday 10 December 2024 • 10:00–11:30 CET • Online`.
        tag(" • "),
        tag(" · "),
        tag(" ● "),
        // `Sep 21, 2024 ┃11:15 AM` (a heavy bar, as event pages print it).
        tag(" ┃ "),
        tag(" ┃"),
        tag(" / "),
        tag(" – "),
        tag(" — "),
        // `10 Dec 2024 - 10:00 AM - 01:00 PM` (UN Web TV).
        tag(" - "),
        tag(", "),
        // `Friday, 10 March 2017; 11:30 to 1:00; UN Headquarters`,
        // `Tuesday, 22 September 2020. 10:00 a.m. (Panama time)`, `22
        // March,11:00` (nested: `alt` takes at most 21 parsers).
        // `2 July 2024 ⋅ 9:00am – 10:30am EDT` (a calendar's dot).
        alt((
            tag("; "),
            tag(". "),
            comma_before_clock,
            tag(" ⋅ "),
            tag(" ∙ "),
        )),
        // `Monday, 23 September: 12 noon – 1:30 p.m. (ET) – Title`.
        tag(": "),
        tag(" "),
    ))(i)
}

/// `22 March,11:00-12:15`: a comma with its space left out, before a clock
/// (its hour and a colon), never before other numbers (`May,2024`).
fn comma_before_clock(i: &str) -> IResult<&str, &str> {
    let clock = |rest: &[u8]| {
        let hour = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        (1..=2).contains(&hour) && rest.get(hour) == Some(&b':')
    };
    match i.as_bytes().split_first() {
        Some((b',', rest)) if clock(rest) => Ok((&i[1..], &i[..1])),
        _ => fail(i),
    }
}

// TimeOfDate ::: [WeekdayCell] TimeLead ["from " | "daily " | "de "] TimeChain | " (" (TimeChain | DottedRange | DottedTime Zone) ")" | TimeLead (DottedRange | DottedTime &Zone) | " at " DottedTime
fn time_of_date(i: &str) -> IResult<&str, (TimeSpan, Option<&str>)> {
    alt((
        iso_clock,
        // `Friday, 10 October 2025 | From 16.00 to 18.00 (CEST)`: a cell
        // may open its hours with `From` (French and Spanish `de`: `de
        // 10h00 à 12h00`); a span of days with `daily` (`12-14 June 2024,
        // daily 09:00-17:00 CEST`).
        preceded(
            tuple((
                opt(date::weekday_cell),
                time_lead,
                opt(alt((
                    ascii_no_case("from "),
                    ascii_no_case("daily "),
                    ascii_no_case("de "),
                ))),
            )),
            time_chain,
        ),
        // `(09.00 UTC)`, `(14.00 - 15.00)`: in brackets, a dotted time with
        // its zone, or two joined by a dash, are the day's hours too.
        delimited(
            tag(" ("),
            alt((
                time_chain,
                map(time::dotted_range, |t| (t, None)),
                tuple((time::dotted_time, map(zone::zone, Some))),
            )),
            char(')'),
        ),
        // `9 December 2024, 10.00-12.00`: right after a date, two dotted
        // numbers joined by a dash are its times; `10 April 2025, 09.00
        // (UTC-05:00)`: so is one with a zone after it (read by `when`).
        map(
            preceded(
                time_lead,
                alt((
                    time::dotted_range,
                    terminated(time::dotted_time, peek(zone::zone)),
                )),
            ),
            |t| (t, None),
        ),
        // `Monday 4 October 2021 at 16.00`: `at` makes one dotted number
        // the day's time.
        map(
            preceded(alt((tag(", at "), tag(" at "))), time::dotted_time),
            |t| (t, None),
        ),
    ))(i)
}

// IsoClock ::: "T" 2DIGIT ":" 2DIGIT [":" 2DIGIT] ["Z" | ("+" | "-") 2DIGIT ":" 2DIGIT]
/// `2026-04-21T08:00:00-04:00`: a schedule's time in machine form right
/// after its day, and the offset it is in (`Z` for UTC).
fn iso_clock(i: &str) -> IResult<&str, (TimeSpan, Option<&str>)> {
    let digits = |i| date::two_digits(i);
    let (i, (_, hour, _, minute, _)) = tuple((
        char('T'),
        digits,
        char(':'),
        digits,
        opt(preceded(char(':'), digits)),
    ))(i)?;
    if hour > 23 || minute > 59 {
        return fail(i);
    }
    let offset = recognize(tuple((one_of("+-"), digits, char(':'), digits)));
    let (i, zone) = opt(alt((tag("Z"), offset)))(i)?;
    let start = time::Clock { hour, minute };
    Ok((i, (TimeSpan { start, end: None }, zone)))
}

// When ::: Date [TimeLead TimeChain [Dash Date TimeLead TimeChain] | " (" TimeChain ")"] [Zone]
/// A date with the time and zone that follow it, the time also in
/// parentheses (`12 March 2024 (10:00-13:00 GMT)`), or a range of two
/// date-times (`5 June 2024, 10:00 – 6 June 2024, 17:00`).
///
/// # Example
/// ```
/// use docket::parse::when;
/// let (rest, w) = when("15-16 September, 10:00-14:00 (AST) - Title").unwrap();
/// assert_eq!(rest, " - Title");
/// assert_eq!(w.zone.as_deref(), Some("AST"));
/// assert_eq!(w.time.unwrap().end.unwrap().to_string(), "14:00");
/// let (rest, w) = when("12 March 2024 (10:00 - 13:00 GMT): Title").unwrap();
/// assert_eq!(rest, ": Title");
/// assert_eq!(w.zone.as_deref(), Some("GMT"));
/// ```
pub fn when(i: &str) -> IResult<&str, When> {
    let (i, mut date) = date::date(i)?;
    let (mut i, mut time_and_zone) = opt(time_of_date)(i)?;
    // `5 June 2024, 10:00 – 6 June 2024, 17:00 (CEST)`, `3 June 2024 (10:00)
    // – 5 June 2024 (18:00)`, `12 December 2024, 10:00 (EST) - 13 December
    // 2024, 18:00 (EST)`: two date-times.
    if let Some((t, first_zone)) = time_and_zone
        && t.end.is_none()
        && let Ok((rest, (_, last, (end, zone)))) = tuple((date::dash, date::date, time_of_date))(i)
    {
        date = DateSpan::between(date.start, last.end);
        let end = Some(end.start);
        time_and_zone = Some((
            TimeSpan {
                start: t.start,
                end,
            },
            first_zone.or(zone),
        ));
        i = rest;
    }
    let (i, zone) = match time_and_zone {
        Some((_, Some(z))) => (i, Some(z)),
        // `12 – 30 January (Geneva)`: with no time, a city alone says where,
        // not whose clock.
        None => match zone::zone(i) {
            Ok((rest, z)) if crate::places::city_zone(z).is_none() => (rest, Some(z)),
            _ => (i, None),
        },
        _ => opt(zone::zone)(i)?,
    };
    let time = time_and_zone.map(|(t, _)| t);
    Ok((
        i,
        When {
            date,
            time,
            zone: zone.map(str::to_string),
        },
    ))
}

/// The first [`when`] in `s` at or after byte `from`, with its byte range.
pub fn find_when(s: &str, from: usize) -> Option<(Range<usize>, When)> {
    // Every date holds a digit (its day or year): no start after the last
    // digit can begin one, and most lines of prose have none.
    let last_digit = crate::text::last_digit(s.as_bytes().get(from..)?)? + from;
    word_starts(&s[..=last_digit], from, &date::FIRSTS)
        .filter(|&p| date::may_start_date(&s[p..]))
        .find_map(|p| {
            when(&s[p..])
                .ok()
                .map(|(rest, w)| (p..s.len() - rest.len(), w))
        })
}

/// Every [`when`] in `s`, left to right, not overlapping.
pub fn find_all_when(s: &str) -> Vec<(Range<usize>, When)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some((r, w)) = find_when(s, from) {
        from = r.end;
        found.push((r, w));
    }
    found
}

/// A time with the zone written after it and the span of the whole chain,
/// alternatives included (`8.00am (New York time, EDT)/3.00pm Estonian time`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeChain {
    pub span: Range<usize>,
    pub time: TimeSpan,
    pub zone: Option<String>,
}

// Daily ::: " daily" | " each day" | " every day"
fn daily(i: &str) -> IResult<&str, &str> {
    alt((tag(" daily"), tag(" each day"), tag(" every day")))(i)
}

// Slash ::: [" "] "/" [" "]
fn slash(i: &str) -> IResult<&str, ()> {
    let (i, _) = tuple((opt(tag(" ")), tag("/"), opt(tag(" "))))(i)?;
    Ok((i, ()))
}

/// `10:00 (CEST) - 11:30 (CEST)`, `09:00 GMT-3 - 12:30 GMT-3`: after a
/// time and its zone `zone`, the end of its range with the same zone again.
pub fn zoned_end<'a>(rest: &'a str, zone: &str) -> Option<(&'a str, time::Clock)> {
    let (rest, end) = delimited(
        date::range_dash,
        time::time_span,
        alt((
            preceded(tag(" "), tag(zone)),
            delimited(tag(" ("), tag(zone), tag(")")),
        )),
    )(rest)
    .ok()?;
    end.end.is_none().then_some((rest, end.start))
}

// TimeChain ::: TimeSlots [Daily] [Zone] [Daily]
//               *(Slash TimeSpan [AlternativeZone]
//                 | (" | " | " and " | " & ") TimeSpan AlternativeZone
//                 | " (" TimeSpan AlternativeZone ")"
//                 | " " TimeSpan AlternativeZone)   -- after a Zone only
/// A time, its zone and the alternatives after slashes (`9am EST / 3pm CET`)
/// or, each with its zone, after bars (`10:00 New York | 16:00 Geneva`),
/// after `and` or `&` (`12:30 (EDT) and 18:30 (CEST)`), in parentheses
/// (`10:00 EST (16:00 CET)`) or, after a zoned time, a space alone (the
/// WSIS agenda's `16:15–17:15 (UTC+01:00) Eastern Standard Time 10:15–11:15
/// (UTC-05:00)`, whose second zone's name reads as the first's other
/// name): the first time and zone.
pub fn time_chain(i: &str) -> IResult<&str, (TimeSpan, Option<&str>)> {
    // `09:00–17:00 daily (CEST)`, `(10:00-17:00 CET each day)`; after a
    // comma only a zone's name (`12 noon to 1 p.m., Vienna Time`), not a
    // city alone, which says where.
    let zone = alt((zone::zone, preceded(tag(", "), zone::zone_name)));
    let (mut rest, (mut t, _, z, _)) =
        tuple((time::time_slots, opt(daily), opt(zone), opt(daily)))(i)?;
    if t.end.is_none()
        && let Some(z) = z
        && let Some((r, end)) = zoned_end(rest, z)
    {
        t.end = Some(end);
        rest = r;
    }
    let zoned = |i| map(tuple((time::time_span, zone::alternative_zone)), |_| ())(i);
    let after_slash = |i| {
        map(
            tuple((time::time_span, opt(zone::alternative_zone))),
            |_| (),
        )(i)
    };
    let after_zone = |i| match z {
        Some(_) => preceded(tag(" "), zoned)(i),
        None => fail(i),
    };
    while let Ok((r, _)) = alt((
        preceded(slash, after_slash),
        preceded(tag(" | "), zoned),
        preceded(alt((tag(" and "), tag(" & "))), zoned),
        delimited(tag(" ("), zoned, tag(")")),
        after_zone,
    ))(rest)
    {
        rest = r;
    }
    Ok((rest, (t, z)))
}

/// The first time in `s` that is not inside one of the `skip` ranges (dates).
pub fn find_time(s: &str, skip: &[Range<usize>]) -> Option<TimeChain> {
    // A time starts with a digit, or is `noon`, `midnight` or `between`
    // two times.
    const TIME_FIRSTS: Firsts = Firsts::of(b"0123456789nNmMbB");
    word_starts(s, 0, &TIME_FIRSTS)
        .filter(|p| !skip.iter().any(|r| r.contains(p)))
        .find_map(|p| {
            time_chain(&s[p..])
                .ok()
                // A bare `noon` in prose is often a noun (`the noon briefing`):
                // it is a time when it opens a span or follows `at`.
                .filter(|(_, (time, _))| {
                    s.as_bytes()[p].is_ascii_digit()
                        || time.end.is_some()
                        || s[..p]
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| w.eq_ignore_ascii_case("at"))
                })
                .map(|(rest, (time, zone))| TimeChain {
                    span: p..s.len() - rest.len(),
                    time,
                    zone: zone.map(str::to_string),
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dates_in_lines() {
        let s = "Updates on the GDC Process (15 December 2023)";
        let (r, w) = find_when(s, 0).unwrap();
        assert_eq!(&s[r], "15 December 2023");
        assert_eq!(w.date.start.year, Some(2023));
        assert!(find_when("The 76th Session of the 2030 Agenda", 0).is_none());
        // Dotted numbers right after a date are its times, alone they are not.
        let (rest, w) = when("9 December 2024, 10.00-12.30 - Review").unwrap();
        let t = w.time.unwrap();
        assert_eq!(
            (rest, t.start.hour, t.end.map(|e| e.minute)),
            (" - Review", 10, Some(30))
        );
        // Dots between the cells of a card's line.
        let (rest, w) = when("12 June 2023 ● 10:00 - 12:00 EDT ● Room 6").unwrap();
        assert_eq!(
            (rest, w.time.map(|t| t.start.hour), w.zone.as_deref()),
            (" ● Room 6", Some(10), Some("EDT"))
        );
        let (rest, w) = when("9 December 2024, 10.00 items").unwrap();
        assert_eq!((rest, w.time), (", 10.00 items", None));
        // A calendar's dot.
        let (rest, w) = when("2 July 2024 ⋅ 9:00am – 10:30am EDT").unwrap();
        assert_eq!(
            (rest, w.time.map(|t| t.start.hour), w.zone.as_deref()),
            ("", Some(9), Some("EDT"))
        );
        // A colon may part a date from its time, not from other numbers.
        let (rest, w) = when("Monday, 23 September: 12 noon – 1:30 p.m. (ET) – Launch").unwrap();
        assert_eq!(
            (rest, w.time.map(|t| t.start.hour)),
            (" – Launch", Some(12))
        );
        let (rest, w) = when("23 September: 10 participants").unwrap();
        assert_eq!((rest, w.time), (": 10 participants", None));
        // A table gives the weekday a cell of its own, before or after the date.
        for row in [
            "20 April 2018 | Friday | 11:00 am - 12:30 pm | Rio Room",
            "Friday | 20 April 2018 | 11:00 am - 12:30 pm | Rio Room",
        ] {
            let (rest, w) = when(row).unwrap();
            assert_eq!(
                (rest, w.date.start.day, w.time.map(|t| t.start.hour)),
                (" | Rio Room", 20, Some(11)),
                "{row}"
            );
        }
        // The hyphens a page may print for `-` join a range's ends.
        let (rest, w) = when("5\u{2011}6 June 2025, 10:00\u{2212}11:00 CEST").unwrap();
        assert_eq!(
            (
                rest,
                w.date.end.day,
                w.time.and_then(|t| t.end).map(|e| e.hour)
            ),
            ("", 6, Some(11))
        );
        // A month in lower case after its day, when its year follows.
        let (_, w) = when("22 september 2020").unwrap();
        assert_eq!((w.date.start.month, w.date.start.year), (9, Some(2020)));
        let (_, w) = when("7-11 june 2021").unwrap();
        assert_eq!(w.date.end.day, 11);
        assert!(when("5 may be discussed").is_err());
        // So may a stop, which ends a sentence before other numbers.
        let (rest, w) = when("22 September 2020. 10:00 a.m. (Panama time)").unwrap();
        assert_eq!((rest, w.time.map(|t| t.start.hour)), ("", Some(10)));
        let (rest, w) = when("22 September 2020. 10 countries took part.").unwrap();
        assert_eq!((rest, w.time), (". 10 countries took part.", None));
        // With no time, a city alone in parentheses says where; after a
        // time it names the clock.
        let (rest, w) = when("12 – 30 January (Geneva)").unwrap();
        assert_eq!((rest, w.zone), (" (Geneva)", None));
        let (_, w) = when("12 January, 10:00 (Geneva)").unwrap();
        assert_eq!(w.zone.as_deref(), Some("Geneva"));
        let (_, w) = when("12 January (CET)").unwrap();
        assert_eq!(w.zone.as_deref(), Some("CET"));
        // A comma with its space left out parts a date from its clock only.
        let (rest, w) = when("22 March,11:00-12:15, Side Event Room").unwrap();
        assert_eq!(
            (rest, w.time.map(|t| t.start.hour)),
            (", Side Event Room", Some(11))
        );
        let (rest, w) = when("22 March,2023 items").unwrap();
        assert_eq!((rest, w.time), (",2023 items", None));
    }

    #[test]
    fn ascii_no_case_matches_as_nom_does() {
        let nom_tag = |i| nom::bytes::complete::tag_no_case::<_, _, ()>("p.m.")(i);
        for i in ["P.M. x", "p.M.", "p.m", "", "pé.m.", "Ｐ.m.", "\u{212a}.m."] {
            assert_eq!(ascii_no_case("p.m.")(i).ok(), nom_tag(i).ok(), "{i:?}");
        }
        assert_eq!(ascii_no_case("from ")("FROM 5 May"), Ok(("5 May", "FROM ")));
    }

    #[test]
    fn a_zone_may_follow_its_time_after_a_comma() {
        fn chain(s: &str) -> IResult<&str, Option<&str>> {
            time_chain(s).map(|(rest, (_, z))| (rest, z))
        }
        assert_eq!(
            chain("12 noon to 1 p.m., Vienna Time (CEST) online"),
            Ok((" (CEST) online", Some("Vienna Time")))
        );
        assert_eq!(chain("10:00, CET"), Ok(("", Some("CET"))));
        assert_eq!(chain("10:00, Geneva"), Ok((", Geneva", None)));
        assert_eq!(chain("10:00, Eastern Africa Forum").map(|c| c.1), Ok(None));
    }

    #[test]
    fn a_machine_forms_time_and_offset_follow_its_day() {
        let (rest, w) = when("2026-04-21T08:30:00-04:00").unwrap();
        let t = w.time.unwrap();
        assert_eq!((rest, t.start.hour, t.start.minute), ("", 8, 30));
        assert_eq!(w.zone.as_deref(), Some("-04:00"));
        let (_, w) = when("2026-04-21T12:00Z").unwrap();
        assert_eq!(w.zone.as_deref(), Some("Z"));
        // Midnight is a platform's day alone; an hour past 23 is none.
        assert_eq!(when("2024-02-26T00:00:00").unwrap().1.time, None);
        assert_eq!(when("2024-02-26T25:00").unwrap().1.time, None);
    }

    #[test]
    fn at_makes_a_dotted_number_the_days_time() {
        let (rest, w) = when("Monday 4 October 2021 at 16.00").unwrap();
        assert_eq!((rest, w.time.map(|t| t.start.hour)), ("", Some(16)));
        // Without `at`, or as a figure, it stays out.
        assert_eq!(when("4 October 2021 16.00").unwrap().1.time, None);
        assert_eq!(when("4 October 2021 at 16.00%").unwrap().1.time, None);
    }

    #[test]
    fn a_zone_or_brackets_make_dotted_numbers_the_days_time() {
        let (rest, w) = when("10 April 2025, 09.00 (UTC-05:00) - Data").unwrap();
        assert_eq!(
            (rest, w.time.map(|t| t.start.hour), w.zone.as_deref()),
            (" - Data", Some(9), Some("UTC-05:00"))
        );
        let (_, w) = when("30 November 2022 (09.00 UTC)").unwrap();
        assert_eq!(
            (w.time.map(|t| t.start.hour), w.zone.as_deref()),
            (Some(9), Some("UTC"))
        );
        let t = when("17 June 2009 (14.00 - 15.00)")
            .unwrap()
            .1
            .time
            .unwrap();
        assert_eq!((t.start.hour, t.end.map(|e| e.hour)), (14, Some(15)));
        // A figure alone in brackets is no time.
        assert_eq!(when("17 June 2009 (2.10)").unwrap().1.time, None);
    }

    #[test]
    fn a_cell_may_open_its_hours_with_from() {
        let (rest, w) = when("Friday, 10 October 2025 | From 16.00 to 18.00 (CEST)").unwrap();
        let t = w.time.unwrap();
        assert_eq!(
            (rest, t.start.hour, t.end.map(|e| e.hour)),
            ("", 16, Some(18))
        );
        assert_eq!(w.zone.as_deref(), Some("CEST"));
        // A span of days with `daily` before its hours.
        let (rest, w) = when("12-14 June 2024, daily 09:00-17:00 CEST").unwrap();
        let t = w.time.unwrap();
        assert_eq!(
            (rest, t.start.hour, t.end.map(|e| e.hour)),
            ("", 9, Some(17))
        );
    }

    #[test]
    fn french_and_spanish_hours_follow_their_day() {
        for (written, hours, zone) in [
            (
                "Mardi 18 juin 2024, de 10h00 à 12h00 (CEST)",
                (10, Some(12)),
                Some("CEST"),
            ),
            ("18 juin 2024 à 10h", (10, None), None),
            ("18 juin 2024, à 10h", (10, None), None),
            (
                "Mercredi 3 juillet 2024 de 15 h à 16 h 30",
                (15, Some(16)),
                None,
            ),
            (
                "Martes, 18 de junio de 2024, de 10:00 a 12:00 horas (hora de Nueva York)",
                (10, Some(12)),
                Some("hora de Nueva York"),
            ),
            ("18 de junio de 2024 a las 10:00", (10, None), None),
            ("18 de junio de 2024, a las 10:00", (10, None), None),
        ] {
            let (rest, w) = when(written).unwrap();
            let t = w.time.unwrap();
            assert_eq!(
                (
                    rest,
                    (t.start.hour, t.end.map(|e| e.hour)),
                    w.zone.as_deref()
                ),
                ("", hours, zone),
                "{written}"
            );
        }
    }

    #[test]
    fn time_chain_spans_alternatives() {
        let s = "at 8.00am (New York time, EDT)/3.00pm Estonian time/8.00pm Singapore time on Wednesday";
        let c = find_time(s, &[]).unwrap();
        assert_eq!(
            &s[c.span.clone()],
            "8.00am (New York time, EDT)/3.00pm Estonian time/8.00pm Singapore time"
        );
        assert_eq!(c.zone.as_deref(), Some("New York time"));
        // After a zoned time, the same session in the reader's zone.
        let s = "16:15–17:15 (UTC+01:00) Eastern Standard Time 10:15–11:15 (UTC-05:00) Physical";
        let c = find_time(s, &[]).unwrap();
        assert_eq!(&s[c.span.end..], " Physical");
        assert_eq!(c.zone.as_deref(), Some("UTC+01:00"));
        // Each end with its zone.
        for s in ["10:00 (CEST) - 11:30 (CEST) x", "10:00 CEST – 11:30 CEST x"] {
            let c = find_time(s, &[]).unwrap();
            assert_eq!(
                (&s[c.span.end..], c.time.end.map(|e| e.hour)),
                (" x", Some(11)),
                "{s}"
            );
        }
        // Two sittings, each with its zone: the first one.
        let s = "09:00-10:30 (ET) & 14:00-15:30 (ET) - Digital Day";
        let c = find_time(s, &[]).unwrap();
        assert_eq!(
            (&s[c.span.end..], c.zone.as_deref()),
            (" - Digital Day", Some("ET"))
        );
        // Without a zone first, a space parts nothing.
        let s = "10:00 12:00 (CET)";
        assert_eq!(&s[find_time(s, &[]).unwrap().span], "10:00");
        let s = "The noon briefing is held from 12 noon to 12:30 p.m. on 3 June";
        let c = find_time(s, &[]).unwrap();
        assert_eq!(&s[c.span], "12 noon to 12:30 p.m.");
        let s = "Lunch at noon; the noon break";
        assert_eq!(find_time(s, &[]).map(|c| c.span), Some(9..13));
        let (rest, w) = when("5 June 2024, 10:00 – 6 June 2024, 17:00 (CEST)").unwrap();
        let t = w.time.unwrap();
        assert_eq!(
            (rest, w.date.end.day, t.start.hour, t.end.map(|e| e.hour)),
            ("", 6, 10, Some(17))
        );
        assert_eq!(w.zone.as_deref(), Some("CEST"));
        let (rest, w) = when("3 June 2024 (10:00) – 5 June 2024 (18:00)").unwrap();
        let t = w.time.unwrap();
        assert_eq!(
            (rest, w.date.end.day, t.start.hour, t.end.map(|e| e.hour)),
            ("", 5, 10, Some(18))
        );
        let s = "5 June 2024, 10:00-11:00 (New York) / 16:00-17:00 (Geneva)";
        let (rest, w) = when(s).unwrap();
        assert_eq!((rest, w.zone.as_deref()), ("", Some("New York")));
        let (rest, w) = when("5 June 2024, 10:00 Geneva / 04:00 New York").unwrap();
        assert_eq!((rest, w.zone.as_deref()), ("", Some("Geneva")));
        // Alternatives after bars each name their zone; other cells stay.
        let s = "5 June 2024 | 10:00 New York | 16:00 Geneva | 22:00 Bangkok";
        let (rest, w) = when(s).unwrap();
        assert_eq!((rest, w.zone.as_deref()), ("", Some("New York")));
        let (rest, _) = when("5 June 2024 | 10:00 CET | 14:00 Opening").unwrap();
        assert_eq!(rest, " | 14:00 Opening");
        let (rest, (_, zone)) = time_chain("9am EST / 3pm CET / 9pm ICT").unwrap();
        assert_eq!((rest, zone), ("", Some("EST")));
        // An em dash leads a time; two date-times may each name the zone.
        let (_, w) = when("December 12, 2024 — 10:00 a.m. ET").unwrap();
        assert_eq!(
            (w.time.map(|t| t.start.hour), w.zone.as_deref()),
            (Some(10), Some("ET"))
        );
        let (rest, w) =
            when("12 December 2024, 10:00 (EST) - 13 December 2024, 18:00 (EST)").unwrap();
        assert_eq!(rest, "");
        assert_eq!(
            (
                w.date.end.day,
                w.time.and_then(|t| t.end).map(|e| e.hour),
                w.zone.as_deref()
            ),
            (13, Some(18), Some("EST"))
        );
        // An alternative in parentheses names its own zone.
        let (rest, (_, zone)) =
            time_chain("10:00 - 11:00 New York time (16:00 - 17:00 Geneva time), x").unwrap();
        assert_eq!((rest, zone), (", x", Some("New York time")));
        let (rest, _) = time_chain("10:00 EST (16:00 - 17:00)").unwrap();
        assert_eq!(rest, " (16:00 - 17:00)");
        // So does one after `and`.
        let s = "12:30 - 14:30 (EDT) and 18.30 - 20:30 (CEST).";
        let (rest, (t, zone)) = time_chain(s).unwrap();
        assert_eq!(
            (rest, t.end.map(|e| e.hour), zone),
            (".", Some(14), Some("EDT"))
        );
    }
}
