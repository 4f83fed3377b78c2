//! Time zones as written after a time: `(ET)`, `(CEST)`, `(New York time, EDT)`,
//! `Estonian time`, `UTC+01:00`. The parser keeps the first zone of a list
//! (the contract's rule); [`crate::resolve`] turns it into an offset.

use super::ascii_no_case;
use nom::{
    IResult,
    branch::alt,
    bytes::complete::{tag, take_while_m_n, take_while1},
    character::complete::{char, one_of},
    combinator::{eof, map, not, opt, peek, recognize, verify},
    multi::{many_m_n, many0},
    sequence::{delimited, preceded, terminated, tuple},
};

/// Abbreviations docket knows, with their offsets; another in capitals
/// ending in `T` is kept as written, its offset unknown (see
/// `other_abbreviation`).
pub const ABBREVIATIONS: [&str; 56] = [
    "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC",
    "UCT", "BST", "IST", "CET", "CEST", "WET", "WEST", "EET", "EEST", "EAT", "CAT", "WAT", "SAST",
    "AST", "ADT", "GST", "PKT", "ICT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "NZST", "NZDT",
    "MSK", "HST", "BRT", "ART", "COT", "PET", "TRT", "AZT", "IRST", "NPT", "WIB", "PHT", "MYT",
    "AFT", "CLT", "CLST",
];

fn not_letter(i: &str) -> IResult<&str, ()> {
    not(peek(take_while_m_n(1, 1, char::is_alphanumeric)))(i)
}

// Offset ::: ("UTC/GMT" | "GMT/UTC" | "UTC" | "GMT") [" "] ("+" | "-" | "−") (4DIGIT | 1*2DIGIT [":" 2DIGIT])
fn offset_zone(i: &str) -> IResult<&str, &str> {
    recognize(tuple((
        alt((tag("UTC/GMT"), tag("GMT/UTC"), tag("UTC"), tag("GMT"))),
        opt(char(' ')),
        one_of("+-−"),
        alt((
            // `GMT+0100`: hours and minutes run together, as in a mail's
            // header.
            recognize(terminated(
                take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
                not_letter,
            )),
            recognize(tuple((
                take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
                opt(tuple((
                    char(':'),
                    take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
                ))),
                not_letter,
            ))),
        )),
    )))(i)
}

// Abbrev ::: one of ABBREVIATIONS, not followed by a letter
fn abbreviation(i: &str) -> IResult<&str, &str> {
    terminated(
        verify(take_while1(|c: char| c.is_ascii_uppercase()), |w: &str| {
            ABBREVIATIONS.contains(&w)
        }),
        not_letter,
    )(i)
}

fn capitalized_word(i: &str) -> IResult<&str, &str> {
    // "Time" ends a city time (`Geneva Time`), so it is never part of the city.
    verify(
        take_while1(|c: char| c.is_alphabetic() || c == '-' || c == '\''),
        |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w != "Time",
    )(i)
}

/// What says "the time of" before a city in French and Spanish, or before
/// a region in French (`heure d’Europe centrale`, with either apostrophe).
pub const CITY_TIME_LEADS: [&str; 4] = ["heure de ", "hora de ", "heure d'", "heure d’"];

// CityTime ::: ("local" | City) " " ("time" | "Time")
//            | ("heure de " | "hora de ") City     (French, Spanish)
//            | "heure d'Europe centrale"           (French, either apostrophe)
// City     ::: CapWord *2(" " CapWord)
fn city_time(i: &str) -> IResult<&str, &str> {
    let city = || {
        recognize(tuple((
            capitalized_word,
            many_m_n(0, 2, preceded(char(' '), capitalized_word)),
        )))
    };
    alt((
        recognize(tuple((
            alt((ascii_no_case("local"), city())),
            char(' '),
            alt((tag("time"), tag("Time"))),
            not_letter,
        ))),
        recognize(tuple((
            alt((
                ascii_no_case(CITY_TIME_LEADS[0]),
                ascii_no_case(CITY_TIME_LEADS[1]),
            )),
            city(),
            not_letter,
        ))),
        // A region's name in French is in lower case after its noun.
        recognize(tuple((
            alt((tag(CITY_TIME_LEADS[2]), tag(CITY_TIME_LEADS[3]))),
            tag("Europe centrale"),
            not_letter,
        ))),
    ))(i)
}

// Region ::: Area "/" Place ["/" Place]    (a tz database name chrono-tz knows)
/// A zone database name (`Europe/Zurich`, `America/Argentina/Buenos_Aires`,
/// the old link `US/Eastern`), as event platforms print it; a following
/// `timezone` or `time` is not kept.
fn region(i: &str) -> IResult<&str, &str> {
    // Most text after a time names no region: an area's slash comes within
    // its first ten bytes.
    if !i.bytes().take(10).any(|b| b == b'/') {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    let place = || take_while1(|c: char| c.is_ascii_alphabetic() || matches!(c, '_' | '-'));
    terminated(
        verify(
            recognize(tuple((
                alt((
                    tag("Africa"),
                    tag("America"),
                    tag("Asia"),
                    tag("Atlantic"),
                    tag("Australia"),
                    tag("Canada"),
                    tag("Europe"),
                    tag("Indian"),
                    tag("Pacific"),
                    tag("US"),
                )),
                char('/'),
                place(),
                opt(preceded(char('/'), place())),
            ))),
            |name: &str| name.parse::<chrono_tz::Tz>().is_ok(),
        ),
        opt(alt((tag(" timezone"), tag(" time zone"), tag(" time")))),
    )(i)
}

// ZoneName ::: Offset | ZeroOffset | ["US "] Abbrev | Region | CityTime | Eastern
pub fn zone_name(i: &str) -> IResult<&str, &str> {
    alt((
        offset_zone,
        zero_offset,
        // `3:00 pm US EST`: the country said before its zone, which the
        // abbreviation alone names.
        preceded(tag("US "), abbreviation),
        abbreviation,
        region,
        city_time,
        eastern,
    ))(i)
}

// ZeroOffset ::: ("UTC" | "GMT") "0"    (read as the abbreviation alone)
/// `15:00 - 16:00 UTC0`: an event platform's offset of nothing, no sign.
fn zero_offset(i: &str) -> IResult<&str, &str> {
    terminated(
        alt((tag("UTC"), tag("GMT"))),
        tuple((char('0'), not_letter)),
    )(i)
}

// Eastern ::: ["US "] ("Eastern" | "East Coast")    (no word after it)
/// `noon Eastern`, `Noon - 1400 US East Coast`: US pages name New York's
/// zone by its region alone; not `Eastern Africa …`, which goes on with a
/// name.
fn eastern(i: &str) -> IResult<&str, &str> {
    // Most text after a time opens with neither word: one test settles it.
    if !i.starts_with(['E', 'U']) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        )));
    }
    terminated(
        recognize(preceded(
            opt(tag("US ")),
            alt((tag("Eastern"), tag("East Coast"))),
        )),
        tuple((
            not_letter,
            not(peek(tuple((
                char(' '),
                take_while_m_n(1, 1, char::is_alphabetic),
            )))),
        )),
    )(i)
}

// City ::: CapWord *2(" " CapWord)    (a city the gazetteer knows: `New York`)
fn city(i: &str) -> IResult<&str, &str> {
    verify(
        recognize(tuple((
            capitalized_word,
            many_m_n(0, 2, preceded(char(' '), capitalized_word)),
        ))),
        |c: &str| crate::places::city_zone(c).is_some(),
    )(i)
}

// OtherAbbrev ::: 2*5UPPER ending in "T"
/// An abbreviation docket does not know after a time (`10:00 (AWST)`,
/// `10:00-11:30 CLT`): kept as written, its offset unknown, rather than
/// losing the line's time (or, ending a date line, the line's date).
fn other_abbreviation(i: &str) -> IResult<&str, &str> {
    verify(
        take_while_m_n(2, 5, |c: char| c.is_ascii_uppercase()),
        |w: &str| w.ends_with('T'),
    )(i)
}

/// What may follow a zone outside parentheses: the line's end, or a
/// separator before what the line says next (`10:00 CLT, Santiago`).
fn after_zone(i: &str) -> IResult<&str, ()> {
    map(
        alt((
            eof,
            tag(","),
            tag(";"),
            tag(" |"),
            tag(" -"),
            tag(" –"),
            tag(" ("),
        )),
        |_| (),
    )(i)
}

// Zone ::: [" "] ( "(" (ZoneName | City | OtherAbbrev) *(("," | "/" | ";" | " - " | " – ") [" "] (ZoneName | City)) ")" [" " ZoneName [UsCanada]]
//                | ["in "] ZoneName [" (" ZoneName ")" | "/" ZoneName | " (US and Canada)"]
//                | City " (" ZoneName ")"
//                | "[" ZoneName "]"
//                | City ([" "] "/" | " | " DIGIT) )
/// The first zone named after a time, as written.
///
/// # Example
/// ```
/// use docket::parse::zone::zone;
/// assert_eq!(zone(" (New York time, EDT)/3.00pm"), Ok(("/3.00pm", "New York time")));
/// assert_eq!(zone(" CEST -"), Ok((" -", "CEST")));
/// ```
pub fn zone(i: &str) -> IResult<&str, &str> {
    preceded(
        opt(char(' ')),
        alt((
            terminated(
                delimited(
                    char('('),
                    terminated(
                        alt((
                            zone_name,
                            city,
                            terminated(other_abbreviation, peek(char(')'))),
                        )),
                        // `(CEST/Vienna)`: a city after the zone says whose;
                        // `(Geneva time - CEST)`: the zone named again.
                        many0(tuple((
                            alt((recognize(one_of(",/;")), tag(" - "), tag(" – "))),
                            opt(char(' ')),
                            alt((zone_name, city)),
                        ))),
                    ),
                    char(')'),
                ),
                // Outlook's `(GMT-04:00) Eastern Time (US & Canada)`: the
                // zone named again after its offset.
                opt(preceded(
                    char(' '),
                    terminated(zone_name, opt(us_and_canada)),
                )),
            ),
            // `14:00 Geneva time (CET)`, `10:00 EST/EDT`: the zone named
            // twice, the first kept. Zoom writes `09:00 AM in Eastern Time
            // (US and Canada)`, Indico `UTC timezone`.
            preceded(
                opt(tag("in ")),
                terminated(
                    zone_name,
                    opt(alt((
                        delimited(tag(" ("), zone_name, char(')')),
                        preceded(char('/'), zone_name),
                        us_and_canada,
                        tag(" timezone"),
                        tag(" time zone"),
                    ))),
                ),
            ),
            // `09:00 Nairobi (EAT)`: a city, its zone in parentheses.
            terminated(city, delimited(tag(" ("), zone_name, char(')'))),
            // `10:00 – 11:00 [CET]`: in square brackets.
            delimited(char('['), zone_name, char(']')),
            terminated(other_abbreviation, peek(after_zone)),
            // `10:00 Geneva / 04:00 New York`, `10:00 New York | 16:00
            // Geneva`: a city heading a list of alternatives.
            terminated(
                city,
                peek(alt((
                    map(tuple((opt(char(' ')), char('/'))), |_| ()),
                    map(tuple((tag(" | "), one_of("0123456789"))), |_| ()),
                ))),
            ),
        )),
    )(i)
}

/// Zoom's and Outlook's note after `Eastern Time`.
fn us_and_canada(i: &str) -> IResult<&str, &str> {
    alt((tag(" (US and Canada)"), tag(" (US & Canada)")))(i)
}

/// The zone of a later alternative (`/ 04:00 New York`): a [`zone`], or a
/// known city on its own.
pub fn alternative_zone(i: &str) -> IResult<&str, &str> {
    alt((zone, preceded(char(' '), city)))(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones() {
        assert_eq!(zone(" (AST) - x"), Ok((" - x", "AST")));
        assert_eq!(zone(" (AZT) - x"), Ok((" - x", "AZT")));
        assert_eq!(zone(" (WAST) - x"), Ok((" - x", "WAST")));
        // Outside parentheses where the line ends or goes on after a
        // separator.
        assert_eq!(zone(" AWST"), Ok(("", "AWST")));
        assert_eq!(zone(" [CET] - x"), Ok((" - x", "CET")));
        assert_eq!(zone(" AWST, Perth"), Ok((", Perth", "AWST")));
        assert_eq!(zone(" CLT | Room 2"), Ok((" | Room 2", "CLT")));
        assert_eq!(zone("(ET)"), Ok(("", "ET")));
        assert_eq!(
            zone(" Estonian time/8.00pm"),
            Ok(("/8.00pm", "Estonian time"))
        );
        assert_eq!(zone(" (UTC+01:00)"), Ok(("", "UTC+01:00")));
        assert_eq!(zone(" GMT+2,"), Ok((",", "GMT+2")));
        assert_eq!(zone(" GMT+0100"), Ok(("", "GMT+0100")));
        assert_eq!(zone(" (UTC +0000)"), Ok(("", "UTC +0000")));
        assert_eq!(zone(" UTC0"), Ok(("", "UTC")));
        assert!(zone(" UTC02").is_err());
        assert_eq!(zone(" (UTC/GMT +3)"), Ok(("", "UTC/GMT +3")));
        assert_eq!(zone(" (local time)"), Ok(("", "local time")));
        assert_eq!(zone(" (Geneva Time)"), Ok(("", "Geneva Time")));
        assert_eq!(zone(" (Geneva time - CEST)"), Ok(("", "Geneva time")));
        assert_eq!(zone(" US EST, Room 4"), Ok((", Room 4", "EST")));
        assert_eq!(zone(" (heure de Genève)"), Ok(("", "heure de Genève")));
        assert_eq!(
            zone(" (heure d'Europe centrale)"),
            Ok(("", "heure d'Europe centrale"))
        );
        assert_eq!(
            zone(" (hora de Nueva York) |"),
            Ok((" |", "hora de Nueva York"))
        );
        // A city alone in parentheses names its time.
        assert_eq!(zone(" (New York) / 16:00"), Ok((" / 16:00", "New York")));
        assert_eq!(zone(" Geneva / 04:00"), Ok((" / 04:00", "Geneva")));
        assert_eq!(zone(" EST/EDT, Room 4"), Ok((", Room 4", "EST")));
        assert_eq!(zone(" Nairobi (EAT) -"), Ok((" -", "Nairobi")));
        assert!(zone(" Nairobi office").is_err());
        assert_eq!(zone(" NY time"), Ok(("", "NY time")));
        assert_eq!(zone(" Eastern, Room 4"), Ok((", Room 4", "Eastern")));
        assert!(zone(" Eastern Africa Forum").is_err());
        assert_eq!(zone(" US East Coast"), Ok(("", "US East Coast")));
        assert_eq!(zone(" (US Eastern)"), Ok(("", "US Eastern")));
        assert_eq!(
            zone(" Eastern European Time"),
            Ok(("", "Eastern European Time"))
        );
        assert_eq!(zone(" Geneva time (CET) - x"), Ok((" - x", "Geneva time")));
        assert_eq!(zone(" Europe/Zurich"), Ok(("", "Europe/Zurich")));
        assert_eq!(zone(" (CEST/Vienna) -"), Ok((" -", "CEST")));
        assert_eq!(
            zone(" (GMT-04:00) Eastern Time (US & Canada)"),
            Ok(("", "GMT-04:00"))
        );
        assert_eq!(
            zone(" in Eastern Time (US and Canada)"),
            Ok(("", "Eastern Time"))
        );
        assert_eq!(zone(" in CET, Room 2"), Ok((", Room 2", "CET")));
        assert_eq!(zone(" (Asia/Bangkok)"), Ok(("", "Asia/Bangkok")));
        // The old US and Canada links, as UN Headquarters' Indico prints them.
        assert_eq!(zone(" US/Eastern timezone"), Ok(("", "US/Eastern")));
        assert_eq!(zone(" UTC timezone"), Ok(("", "UTC")));
        assert_eq!(zone(" CET time zone, x"), Ok((", x", "CET")));
        assert_eq!(zone(" (Canada/Pacific)"), Ok(("", "Canada/Pacific")));
        assert_eq!(
            zone(" America/Argentina/Buenos_Aires timezone, x"),
            Ok((", x", "America/Argentina/Buenos_Aires"))
        );
    }

    #[test]
    fn non_zones() {
        assert!(zone(" (organizer: ITU)").is_err());
        assert!(zone(" UNDP").is_err());
        assert!(zone(" ETA").is_err());
        assert!(zone(" The Broadband").is_err());
        assert!(zone(" (Zoom)").is_err());
        assert!(zone(" (UNDP)").is_err());
        assert!(zone(" WAST dialogue").is_err());
        assert!(zone(" WASTE").is_err());
        assert!(zone(" Geneva").is_err());
        assert!(zone(" in Geneva").is_err());
        assert!(zone(" Europe/Atlantis").is_err());
        assert!(zone(" Europe/Asia dialogue").is_err());
        assert!(zone(" US/UN relations").is_err());
        assert_eq!(alternative_zone(" Geneva"), Ok(("", "Geneva")));
    }
}
