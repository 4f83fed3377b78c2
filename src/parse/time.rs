//! Clock times and time ranges: `10:00-14:00`, `11:30–12:30`, `8.00am`,
//! `10:00 am`, `3 p.m.`, `15h30`, `noon`.

use super::ascii_no_case;
use nom::{
    IResult,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, one_of, satisfy},
    combinator::{consumed, map, map_opt, not, opt, peek, value},
    sequence::{pair, preceded, terminated, tuple},
};

use super::date::{not_digit, range_dash};

/// Hours and minutes on a 24-hour clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Clock {
    pub hour: u32,
    pub minute: u32,
}

impl Clock {
    /// `HH:MM` pushed to `out`: times are written for every record.
    pub fn push_to(&self, out: &mut String) {
        crate::text::push_two_digits(out, self.hour);
        out.push(':');
        crate::text::push_two_digits(out, self.minute);
    }
}

impl std::fmt::Display for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut hhmm = String::with_capacity(5);
        self.push_to(&mut hhmm);
        f.write_str(&hhmm)
    }
}

/// A start time and, when written, an end time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeSpan {
    pub start: Clock,
    pub end: Option<Clock>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meridiem {
    Am,
    Pm,
}

/// A time as written, before the meridiem is applied.
#[derive(Debug, Clone, Copy)]
struct RawTime {
    hour: u32,
    minute: u32,
    meridiem: Option<Meridiem>,
    written: Written,
}

/// How a time is written: whether it says by itself that it is a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    /// `10:00`, `15h00`, `3 pm`, `noon`: a clock time.
    Clock,
    /// `10.00`: a time with `hrs` after it or a clock-time partner.
    Dotted,
    /// `10`: a time only beside a clock-time partner (`10–11:30 a.m.`).
    Bare,
    /// `1000`: a time only with `hrs` after it (`1000–1200 hrs`).
    Hhmm,
}

fn digits(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i| {
        map_opt(
            terminated(
                take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
                not(peek(one_of("0123456789"))),
            ),
            |d: &str| d.parse().ok(),
        )(i)
    }
}

/// Nothing alphabetic next: the word before is whole (`noon`, not `noontime`).
fn word_end(i: &str) -> IResult<&str, ()> {
    not(peek(take_while_m_n(1, 1, char::is_alphabetic)))(i)
}

// Meridiem ::: [" "] ("am" | "a.m." | "a.m" | "pm" | "p.m." | "p.m" | "noon" | "midday")   not followed by a letter, but for a capital after a lower-case one
fn meridiem(i: &str) -> IResult<&str, Meridiem> {
    let (rest, (written, m)) = preceded(
        opt(char(' ')),
        consumed(alt((
            value(
                Meridiem::Am,
                // `10 a.m` loses its last period on some pages.
                alt((
                    ascii_no_case("a.m."),
                    ascii_no_case("a.m"),
                    ascii_no_case("am"),
                )),
            ),
            // `12:00 noon` is midday: a PM hour.
            value(
                Meridiem::Pm,
                alt((
                    ascii_no_case("p.m."),
                    ascii_no_case("p.m"),
                    ascii_no_case("pm"),
                    ascii_no_case("noon"),
                    ascii_no_case("midday"),
                )),
            ),
        ))),
    )(i)?;
    // `6.30 pmBackground`: the page's next heading run into the time.
    let glued = written.starts_with(|c: char| c.is_ascii_lowercase())
        && rest.starts_with(|c: char| c.is_uppercase());
    if glued {
        return Ok((rest, m));
    }
    let (rest, ()) = word_end(rest)?;
    Ok((rest, m))
}

// RawTime ::: Hour (":" | "." | "h") Minute [":00"] [Meridiem] | Hour Meridiem | Hour "h" | ("noon" | "midday") not before " briefing" | "midnight"
fn raw_time(i: &str) -> IResult<&str, RawTime> {
    alt((
        map(
            tuple((
                digits(1, 2),
                one_of(":.h"),
                digits(2, 2),
                // `10:00:00 GMT`: a feed's time with its seconds, always
                // none (a video's length, `1:02:33`, has some, and is no
                // time of day).
                opt(terminated(tag(":00"), not_digit)),
                // `12.06.2025`: a dotted date, not the time 12:06.
                not(peek(tuple((one_of("./"), satisfy(|c| c.is_ascii_digit()))))),
                opt(meridiem),
            )),
            |(hour, sep, minute, _, (), meridiem)| RawTime {
                hour,
                minute,
                // `13:30 PM`: a 24-hour clock with its afternoon said twice.
                meridiem: meridiem.filter(|&m| !(m == Meridiem::Pm && (13..=23).contains(&hour))),
                written: if sep == '.' && meridiem.is_none() {
                    Written::Dotted
                } else {
                    Written::Clock
                },
            },
        ),
        map(tuple((digits(1, 2), meridiem)), |(hour, m)| RawTime {
            hour,
            minute: 0,
            meridiem: Some(m),
            written: Written::Clock,
        }),
        // `10h–12h`: an hour with its `h` attached.
        map(
            terminated(
                digits(1, 2),
                tuple((
                    char('h'),
                    not(peek(take_while_m_n(1, 1, char::is_alphanumeric))),
                )),
            ),
            |hour| RawTime {
                hour,
                minute: 0,
                meridiem: None,
                written: Written::Clock,
            },
        ),
        value(
            RawTime {
                hour: 12,
                minute: 0,
                meridiem: None,
                written: Written::Clock,
            },
            // `12:00 pm - Noon Briefing by the Spokesperson`: the briefing's
            // name, no time.
            terminated(
                alt((ascii_no_case("noon"), ascii_no_case("midday"))),
                pair(word_end, not(ascii_no_case(" briefing"))),
            ),
        ),
        value(
            RawTime {
                hour: 0,
                minute: 0,
                meridiem: None,
                written: Written::Clock,
            },
            terminated(ascii_no_case("midnight"), word_end),
        ),
    ))(i)
}

fn to_clock(t: RawTime, carried: Option<Meridiem>) -> Option<Clock> {
    let hour = match t.meridiem.or(carried) {
        None => t.hour,
        // `18:30 pm-20pm`: a 24-hour clock's afternoon, its `pm` said twice.
        Some(Meridiem::Pm) if (13..=23).contains(&t.hour) => t.hour,
        Some(_) if !(1..=12).contains(&t.hour) => return None,
        Some(Meridiem::Am) => t.hour % 12,
        Some(Meridiem::Pm) => t.hour % 12 + 12,
    };
    (hour <= 23 && t.minute <= 59).then_some(Clock {
        hour,
        minute: t.minute,
    })
}

// Hours ::: [" "] ("hrs." | "hrs" | "hours" | "horas" | "hr" | "h" not before "." Letter)   not followed by a letter
fn hours(i: &str) -> IResult<&str, ()> {
    // `10:40 a.m. H.E. Mr. …`: an initial opens the name after the time.
    let lone_h = terminated(
        ascii_no_case("h"),
        not(tuple((char('.'), satisfy(char::is_alphabetic)))),
    );
    let word = alt((
        ascii_no_case("hrs."),
        ascii_no_case("hrs"),
        ascii_no_case("hours"),
        // Spanish: `de 10:00 a 12:00 horas`.
        ascii_no_case("horas"),
        ascii_no_case("hr"),
        lone_h,
    ));
    let (i, _) = terminated(preceded(opt(char(' ')), word), word_end)(i)?;
    Ok((i, ()))
}

// TimeRange ::: (RawTime | BareHour | Hhmm) [Hours] [Dash (RawTime | Hhmm) | OpenEnd] [Hours]
/// A time or time range; a meridiem written once at the end applies to the
/// start too (`10–11:30 a.m.`). A bare `10.30` or `10` is no time: it reads
/// as a number unless a meridiem, a clock-time partner or, for a range, a
/// zone after it (`10.00–11.30 CET`) says otherwise; `hrs` after it makes
/// `10.30` and `1030` times.
///
/// # Example
/// ```
/// use docket::parse::time::{time_span, Clock};
/// let (rest, t) = time_span("10–11:30 a.m. (EDT)").unwrap();
/// assert_eq!(rest, " (EDT)");
/// assert_eq!(t.start, Clock { hour: 10, minute: 0 });
/// assert_eq!(t.end, Some(Clock { hour: 11, minute: 30 }));
/// ```
pub fn time_span(i: &str) -> IResult<&str, TimeSpan> {
    let fail = || super::rejected(i);
    // Asked only where an hour is spaced from its `h`: most times are not.
    let spaced = |i: &str| {
        let digits = i.bytes().take_while(u8::is_ascii_digit).count();
        i[digits..].starts_with(" h")
    };
    if spaced(i) {
        if let Ok((rest, (a, b))) = spaced_h_range(i) {
            let start = to_clock(a, None).ok_or_else(fail)?;
            let end = to_clock(b, None).ok_or_else(fail)?;
            return Ok((
                rest,
                TimeSpan {
                    start,
                    end: Some(end),
                },
            ));
        }
        // `14 h 30`: minutes after the `h` make it a time of day alone.
        if let Ok((rest, (a, true))) = spaced_h(i) {
            let start = to_clock(a, None).ok_or_else(fail)?;
            return Ok((rest, TimeSpan { start, end: None }));
        }
    }
    // `10:00 hrs – 12:00 hrs`: `hrs` may follow each time.
    // `between 10:00 and 12:00`: after `between`, `and` joins a range;
    // elsewhere two times joined by `and` are two sittings.
    let (i, between) = opt(ascii_no_case("between "))(i)?;
    let and = |i| value((), tag(" and "))(i);
    let to = |i| match between {
        Some(_) => alt((range_dash, and))(i),
        None => range_dash(i),
    };
    let (rest, (a, a_hrs, b)) = tuple((
        alt((raw_time, hhmm, bare_hour)),
        opt(hours),
        opt(preceded(to, consumed(alt((raw_time, hhmm))))),
    ))(i)?;
    let (b_text, b) = b.unzip();
    let (rest, hrs) = match b {
        Some(_) => opt(hours)(rest)?,
        // `18:30 – late`, `10:00 – TBC`: an end not given.
        None => (opt(open_end)(rest)?.0, a_hrs),
    };
    let hrs = hrs.or(a_hrs);
    let written = |t: &RawTime| t.written;
    let hhmm = written(&a) == Written::Hhmm || b.as_ref().map(written) == Some(Written::Hhmm);
    // `10.00–11.30 CET`, `1500-1630 (UTC+03:00)`: a range with a zone after
    // it is a time too. Four-digit times also keep to a schedule's
    // five-minute steps, which years (`2023-2024 EDT`) seldom do.
    let zoned_range = || b.is_some() && super::zone::zone(rest).is_ok();
    let says_time = |t: &RawTime| t.written == Written::Clock || t.meridiem.is_some();
    // `Noon - 1400 EDT`: the other end may say it is a time.
    let on_the_five =
        |t: &RawTime| t.written == Written::Hhmm && t.minute.is_multiple_of(5) || says_time(t);
    let zoned_hhmm = on_the_five(&a) && b.as_ref().is_some_and(on_the_five) && zoned_range();
    if hhmm && hrs.is_none() && !zoned_hhmm {
        return Err(fail());
    }
    let with_hours = hrs.is_some() && written(&a) != Written::Bare;
    if !says_time(&a) && !b.as_ref().is_some_and(says_time) && !zoned_range() && !with_hours {
        return Err(fail());
    }
    let carried = match (a.meridiem, b.and_then(|b| b.meridiem)) {
        (None, Some(m)) if b.is_some_and(|b| a.hour <= b.hour % 12 || m == Meridiem::Am) => Some(m),
        _ => None,
    };
    let start = to_clock(a, carried).ok_or_else(fail)?;
    let end = match b {
        Some(b) => Some(afternoon_end(&a, b, b_text.unwrap_or_default()).ok_or_else(fail)?),
        None => None,
    };
    Ok((rest, TimeSpan { start, end }))
}

/// `11:30 to 1:00`, `9:00 - 5:00`: with no meridiem written, an end hour
/// of one digit below a start of the morning or noon is in the afternoon,
/// as a 12-hour clock reads it (`22:00 - 1:00` stays a night's span, and
/// `02:00-01:00` or `1130-0100` a 24-hour clock's).
fn afternoon_end(start: &RawTime, end: RawTime, end_text: &str) -> Option<Clock> {
    let clock = to_clock(end, None)?;
    let one_digit = end_text
        .as_bytes()
        .get(1)
        .is_some_and(|b| !b.is_ascii_digit());
    let twelve_hour = one_digit
        && start.meridiem.is_none()
        && end.meridiem.is_none()
        && start.hour <= 12
        && (1..start.hour).contains(&end.hour);
    let hour = if twelve_hour {
        clock.hour + 12
    } else {
        clock.hour
    };
    Some(Clock { hour, ..clock })
}

// OpenEnd ::: Dash ("late" | "TBC" | "TBD" | "onwards" | "close")   not followed by a letter
fn open_end(i: &str) -> IResult<&str, ()> {
    let word = alt((
        ascii_no_case("late"),
        ascii_no_case("tbc"),
        ascii_no_case("tbd"),
        ascii_no_case("onwards"),
        ascii_no_case("close"),
    ));
    let (i, _) = preceded(range_dash, terminated(word, word_end))(i)?;
    Ok((i, ()))
}

// SlotSep ::: " and " | ", " | " & " | "; "
fn slot_sep(i: &str) -> IResult<&str, &str> {
    alt((tag(" and "), tag(", "), tag(" & "), tag("; ")))(i)
}

// TimeSlots ::: TimeSpan *(SlotSep TimeRange)
/// One or more time slots; several make one span from the start of the first
/// to the end of the last range (`10:30 to 13:45 and 14:30 to 17:00`).
///
/// # Example
/// ```
/// use docket::parse::time::{time_slots, Clock};
/// let (rest, t) = time_slots("10:30 to 13:45 and 14:30 to 17:00 (CET)").unwrap();
/// assert_eq!(rest, " (CET)");
/// assert_eq!((t.start, t.end), (Clock { hour: 10, minute: 30 }, Some(Clock { hour: 17, minute: 0 })));
/// ```
pub fn time_slots(i: &str) -> IResult<&str, TimeSpan> {
    let (mut rest, first) = time_span(i)?;
    let mut end = first.end;
    while let Ok((r, slot)) = preceded(slot_sep, time_span)(rest) {
        // `at 10:00 and 15:00 (EST)`: a later sitting's start moves no end,
        // but the zone after it is the first one's too.
        rest = r;
        end = slot.end.or(end);
    }
    Ok((
        rest,
        TimeSpan {
            start: first.start,
            end,
        },
    ))
}

/// `11.00–12.30`: a range of dotted times, which alone could be any two
/// numbers; a caller that knows the place is an agenda's time column takes it.
pub fn dotted_range(i: &str) -> IResult<&str, TimeSpan> {
    let fail = || super::rejected(i);
    let (rest, (a, _, b)) = tuple((raw_time, range_dash, raw_time))(i)?;
    if a.written != Written::Dotted || b.written != Written::Dotted {
        return Err(fail());
    }
    let start = to_clock(a, None).ok_or_else(fail)?;
    let end = to_clock(b, None).ok_or_else(fail)?;
    Ok((
        rest,
        TimeSpan {
            start,
            end: Some(end),
        },
    ))
}

/// `at 16.00` after a date (`on Monday 4 October 2021 at 16.00`): one
/// dotted time, which `at` says is the day's hour.
pub fn dotted_time(i: &str) -> IResult<&str, TimeSpan> {
    let fail = || super::rejected(i);
    let (rest, t) = raw_time(i)?;
    if t.written != Written::Dotted || rest.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return Err(fail());
    }
    let start = to_clock(t, None).ok_or_else(fail)?;
    Ok((rest, TimeSpan { start, end: None }))
}

/// `09.30 Opening session`: one dotted time of two-digit hours, then a
/// capitalized name, as a European agenda's time column sets it. Section
/// numbers (`2.10 Data sources`) take one digit before their dot, and a
/// dotted number alone on its line could be any figure.
pub fn dotted_agenda_time(i: &str) -> IResult<&str, TimeSpan> {
    let fail = || super::rejected(i);
    if i.as_bytes().get(2) != Some(&b'.') {
        return Err(fail());
    }
    let (rest, t) = dotted_time(i)?;
    let named = rest
        .strip_prefix(' ')
        .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase()));
    if !named {
        return Err(fail());
    }
    Ok((rest, t))
}

// SpacedHRange ::: SpacedH Dash SpacedH
/// `10 h - 12 h`, `9 h 30 – 11 h`, `de 10 heures à 11 heures`: French pages
/// space an hour from its `h`. Alone, `10 h` may count hours; a range
/// whose ends both say `h` is a time.
fn spaced_h_range(i: &str) -> IResult<&str, (RawTime, RawTime)> {
    map(
        tuple((spaced_h, range_dash, spaced_h)),
        |((a, _), (), (b, _))| (a, b),
    )(i)
}

// SpacedH ::: Hour (" heures" | " heure" | " h") [" " Minute]   not followed by a letter
/// An hour spaced from its `h` (or `heures`), and whether minutes follow.
fn spaced_h(i: &str) -> IResult<&str, (RawTime, bool)> {
    map(
        tuple((
            digits(1, 2),
            alt((tag(" heures"), tag(" heure"), tag(" h"))),
            opt(preceded(char(' '), digits(2, 2))),
            word_end,
        )),
        |(hour, _, minute, ())| {
            let time = RawTime {
                hour,
                minute: minute.unwrap_or(0),
                meridiem: None,
                written: Written::Clock,
            };
            (time, minute.is_some())
        },
    )(i)
}

// BareHour ::: Hour    (a time only when its range partner says so: "10–11:30 a.m.")
fn bare_hour(i: &str) -> IResult<&str, RawTime> {
    map(digits(1, 2), |hour| RawTime {
        hour,
        minute: 0,
        meridiem: None,
        written: Written::Bare,
    })(i)
}

// Hhmm ::: 4DIGIT    (a time only with Hours after it: "1000–1200 hrs")
fn hhmm(i: &str) -> IResult<&str, RawTime> {
    map(digits(4, 4), |n| RawTime {
        hour: n / 100,
        minute: n % 100,
        meridiem: None,
        written: Written::Hhmm,
    })(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(hour: u32, minute: u32) -> Clock {
        Clock { hour, minute }
    }

    #[test]
    fn a_dotted_time_heads_an_agenda_name_only_with_two_digit_hours() {
        let start = |i| dotted_agenda_time(i).ok().map(|(rest, t)| (rest, t.start));
        assert_eq!(start("09.30 Opening"), Some((" Opening", c(9, 30))));
        assert_eq!(start("16.00 Closing"), Some((" Closing", c(16, 0))));
        // A section's number, a figure alone, a figure before lower case.
        assert_eq!(start("2.10 Data sources"), None);
        assert_eq!(start("10.00"), None);
        assert_eq!(start("10.00 per cent"), None);
        assert_eq!(start("31.75 Totals"), None);
    }

    #[test]
    fn clock_forms() {
        assert_eq!(
            time_span("8.00am (New").unwrap(),
            (
                " (New",
                TimeSpan {
                    start: c(8, 0),
                    end: None
                }
            )
        );
        assert_eq!(time_span("10:00 am.").unwrap().1.start, c(10, 0));
        assert_eq!(time_span("3.00pm Estonian").unwrap().1.start, c(15, 0));
        assert_eq!(time_span("3 p.m.").unwrap().1.start, c(15, 0));
        assert_eq!(time_span("15h30").unwrap().1.start, c(15, 30));
        // A feed's time with no seconds to it; a video's length is no time.
        let t = time_span("10:00:00 - 12:00:00 GMT").unwrap();
        assert_eq!(
            (t.0, t.1.start, t.1.end),
            (" GMT", c(10, 0), Some(c(12, 0)))
        );
        assert_eq!(time_span("1:02:33").unwrap().0, ":33");
        let spaced = |i| time_span(i).ok().map(|(rest, t)| (rest, t.start, t.end));
        assert_eq!(
            spaced("10 h - 12 h (CET)"),
            Some((" (CET)", c(10, 0), Some(c(12, 0))))
        );
        assert_eq!(
            spaced("9 h 30 – 11 h."),
            Some((".", c(9, 30), Some(c(11, 0))))
        );
        assert_eq!(
            spaced("10 heures à 11 heures"),
            Some(("", c(10, 0), Some(c(11, 0))))
        );
        // Minutes after the `h` say it is a time, alone too.
        assert_eq!(
            spaced("14 h 30, salle XX"),
            Some((", salle XX", c(14, 30), None))
        );
        // Hours counted, not a clock's.
        assert_eq!(spaced("10 h of training"), None);
        assert_eq!(spaced("10 h - 12 hours"), None);
        assert_eq!(spaced("10 heures de formation"), None);
        assert_eq!(spaced("10 h"), None);
        let t = time_span("10h-12h (CET)").unwrap();
        assert_eq!(
            t,
            (
                " (CET)",
                TimeSpan {
                    start: c(10, 0),
                    end: Some(c(12, 0))
                }
            )
        );
        assert!(time_span("10hrs").is_err());
        assert_eq!(time_span("12 noon").unwrap().1.start, c(12, 0));
        assert_eq!(time_span("12:00 noon").unwrap().1.start, c(12, 0));
        assert_eq!(time_span("noon").unwrap().1.start, c(12, 0));
        let (rest, t) = time_span("12:00 pm - Noon Briefing").unwrap();
        assert_eq!((rest, t.end), (" - Noon Briefing", None));
        let (rest, t) = time_span("18:30 – late, Geneva").unwrap();
        assert_eq!((rest, t.start, t.end), (", Geneva", c(18, 30), None));
        assert_eq!(time_span("10:00 - TBC").unwrap().0, "");
        assert_eq!(
            time_span("10:00 - latest news").unwrap().0,
            " - latest news"
        );
        assert_eq!(time_span("12pm").unwrap().1.start, c(12, 0));
        let t = time_span("midday to 2 p.m.").unwrap().1;
        assert_eq!((t.start, t.end), (c(12, 0), Some(c(14, 0))));
        let t = time_span("13:30 PM - 16:30 PM").unwrap().1;
        assert_eq!((t.start, t.end), (c(13, 30), Some(c(16, 30))));
        assert_eq!(time_span("12am").unwrap().1.start, c(0, 0));
    }

    #[test]
    fn ranges() {
        let t = time_span("10:00-14:00 (AST)").unwrap();
        assert_eq!(
            t,
            (
                " (AST)",
                TimeSpan {
                    start: c(10, 0),
                    end: Some(c(14, 0))
                }
            )
        );
        assert_eq!(time_span("11:30–12:30").unwrap().1.end, Some(c(12, 30)));
        assert_eq!(time_span("10:30 to 13:45").unwrap().1.end, Some(c(13, 45)));
        // Event platforms' arrow.
        assert_eq!(time_span("09:00 → 17:00").unwrap().1.end, Some(c(17, 0)));
        let t = time_span("10–11:30 a.m.").unwrap().1;
        assert_eq!((t.start, t.end), (c(10, 0), Some(c(11, 30))));
        let t = time_span("11 am – 1 pm").unwrap().1;
        assert_eq!((t.start, t.end), (c(11, 0), Some(c(13, 0))));
        let t = time_span("11–1 pm").unwrap().1;
        assert_eq!(t.start, c(11, 0));
        // The last period lost: `10 a.m`, `3 p.m`.
        let (rest, t) = time_span("10 a.m").unwrap();
        assert_eq!((rest, t.start, t.end), ("", c(10, 0), None));
        assert_eq!(time_span("3 p.m, Hall").unwrap().1.start, c(15, 0));
    }

    #[test]
    fn a_heading_run_into_a_lower_case_meridiem() {
        let (rest, t) = time_span("6.30 pmBackground").unwrap();
        assert_eq!((rest, t.start), ("Background", c(18, 30)));
        // A word that goes on in lower case is no meridiem.
        assert!(time_span("6 amends").is_err());
    }

    #[test]
    fn an_end_below_a_morning_start_is_in_the_afternoon() {
        let end = |t: &str| time_span(t).unwrap().1.end;
        assert_eq!(end("11:30 to 1:00"), Some(c(13, 0)));
        assert_eq!(end("9:00 - 5:00"), Some(c(17, 0)));
        assert_eq!(end("12:00-1:30"), Some(c(13, 30)));
        // A night's span, a meridiem written, and four digits stay as written.
        assert_eq!(end("22:00 - 1:00"), Some(c(1, 0)));
        assert_eq!(end("11:30 a.m. - 1:00 a.m."), Some(c(1, 0)));
        assert_eq!(end("1130-0100 hrs"), Some(c(1, 0)));
        assert_eq!(end("02:00-01:00"), Some(c(1, 0)));
    }

    #[test]
    fn times_joined_by_and_are_sittings_unless_between() {
        // Two sittings: the first time, and the zone past the second.
        let (rest, t) = time_slots("10:00 and 15:00 (EST), Room 4").unwrap();
        assert_eq!((rest, t.start, t.end), (" (EST), Room 4", c(10, 0), None));
        let (rest, t) = time_span("10 a.m. & 3 p.m.").unwrap();
        assert_eq!((rest, t.end), (" & 3 p.m.", None));
        let (rest, t) = time_span("between 10:00 and 12:00 CET").unwrap();
        assert_eq!((rest, t.start, t.end), (" CET", c(10, 0), Some(c(12, 0))));
        assert_eq!(
            time_span("Between 2 and 4 p.m.").unwrap().1.end,
            Some(c(16, 0))
        );
        // A range then a sitting: the range's end stays.
        let t = time_slots("10:00–13:00 and 15:00").unwrap().1;
        assert_eq!(t.end, Some(c(13, 0)));
    }

    #[test]
    fn numbers_are_not_times() {
        assert!(time_span("10.30").is_err());
        assert!(time_span("12.06.2025").is_err());
        assert_eq!(
            time_span("09:00 - 12.06.2025").map(|(r, t)| (r, t.end)),
            Ok((" - 12.06.2025", None))
        );
        assert!(time_span("12 October").is_err());
        assert!(time_span("25:00").is_err());
        assert!(time_span("13am").is_err());
        assert!(time_span("0pm").is_err());
        // A 24-hour afternoon with `pm` as well.
        let t = time_span("18:30 pm-20pm").unwrap().1;
        assert_eq!((t.start, t.end), (c(18, 30), Some(c(20, 0))));
        assert!(time_span("8 people").is_err());
        assert!(time_span("10 hours of training").is_err());
        assert!(time_span("2023-2024 EDT").is_err());
        assert!(time_span("2030 Agenda").is_err());
    }

    #[test]
    fn hours_after_a_time() {
        let t = time_span("1000-1200 hrs EDT").unwrap();
        assert_eq!(
            t,
            (
                " EDT",
                TimeSpan {
                    start: c(10, 0),
                    end: Some(c(12, 0))
                }
            )
        );
        assert_eq!(
            time_span("10.30 hrs.").unwrap(),
            (
                "",
                TimeSpan {
                    start: c(10, 30),
                    end: None
                }
            )
        );
        assert_eq!(time_span("10:00 h (UTC-4)").unwrap().0, " (UTC-4)");
        assert_eq!(time_span("15:00 h. Closing").unwrap().0, ". Closing");
        // An initial after the time opens the name (`H.E.`, His Excellency).
        assert_eq!(
            time_span("10:40 a.m. H.E. Mr. Mahama").unwrap().0,
            " H.E. Mr. Mahama"
        );
        assert_eq!(time_span("14:00 hours CET").unwrap().0, " CET");
        assert!(time_span("2460 hrs").is_err());
        // A zone after a range of four-digit times, as after dotted ones.
        let (rest, t) = time_span("1500-1630 (UTC+03:00)").unwrap();
        assert_eq!(
            (rest, t.start, t.end),
            (" (UTC+03:00)", c(15, 0), Some(c(16, 30)))
        );
        assert!(time_span("1500-1630 people").is_err());
        // Or after one that says it is a time.
        let (rest, t) = time_span("Noon - 1400 EDT").unwrap();
        assert_eq!((rest, t.start, t.end), (" EDT", c(12, 0), Some(c(14, 0))));
        assert!(!time_span("Noon - 1400 people").is_ok_and(|(_, t)| t.end.is_some()));
        // `hrs` after each time of a range.
        let (rest, t) = time_span("10:00 hrs – 12:00 hrs (EAT)").unwrap();
        assert_eq!((rest, t.start, t.end), (" (EAT)", c(10, 0), Some(c(12, 0))));
        let (rest, t) = time_span("1000 hrs-1200 hrs").unwrap();
        assert_eq!((rest, t.end), ("", Some(c(12, 0))));
    }
}
