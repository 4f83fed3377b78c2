//! A small gazetteer: UN duty stations and frequent venues with their IANA
//! zones, and country names. It decides whether a phrase names a place and
//! which zone rules a city's "local time" follows.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono_tz::Tz;
use regex::Regex;

/// Cities and their zones. Lookups compare case-insensitively.
const CITIES: &[(&str, Tz)] = &[
    ("New York", Tz::America__New_York),
    ("New York City", Tz::America__New_York),
    ("NY", Tz::America__New_York),
    ("NYC", Tz::America__New_York),
    ("Washington", Tz::America__New_York),
    ("Geneva", Tz::Europe__Zurich),
    ("Genève", Tz::Europe__Zurich),
    // The duty stations and nearby capitals as French and Spanish pages
    // name them.
    ("Ginebra", Tz::Europe__Zurich),
    ("Nueva York", Tz::America__New_York),
    ("Viena", Tz::Europe__Vienna),
    ("Vienne", Tz::Europe__Vienna),
    ("Addis-Abeba", Tz::Africa__Addis_Ababa),
    ("Addis Abeba", Tz::Africa__Addis_Ababa),
    ("Beyrouth", Tz::Asia__Beirut),
    ("Le Caire", Tz::Africa__Cairo),
    ("El Cairo", Tz::Africa__Cairo),
    ("Bruxelles", Tz::Europe__Brussels),
    ("Bruselas", Tz::Europe__Brussels),
    ("Londres", Tz::Europe__London),
    ("Ciudad de México", Tz::America__Mexico_City),
    ("Vienna", Tz::Europe__Vienna),
    ("Nairobi", Tz::Africa__Nairobi),
    ("Bangkok", Tz::Asia__Bangkok),
    ("Addis Ababa", Tz::Africa__Addis_Ababa),
    ("Santiago", Tz::America__Santiago),
    ("Beirut", Tz::Asia__Beirut),
    ("Rome", Tz::Europe__Rome),
    ("Paris", Tz::Europe__Paris),
    ("Bonn", Tz::Europe__Berlin),
    ("Berlin", Tz::Europe__Berlin),
    ("The Hague", Tz::Europe__Amsterdam),
    ("Amsterdam", Tz::Europe__Amsterdam),
    ("Brussels", Tz::Europe__Brussels),
    ("London", Tz::Europe__London),
    ("Madrid", Tz::Europe__Madrid),
    ("Barcelona", Tz::Europe__Madrid),
    ("Lisbon", Tz::Europe__Lisbon),
    ("Copenhagen", Tz::Europe__Copenhagen),
    ("Stockholm", Tz::Europe__Stockholm),
    ("Oslo", Tz::Europe__Oslo),
    ("Helsinki", Tz::Europe__Helsinki),
    ("Tallinn", Tz::Europe__Tallinn),
    ("Warsaw", Tz::Europe__Warsaw),
    ("Katowice", Tz::Europe__Warsaw),
    ("Prague", Tz::Europe__Prague),
    ("Budapest", Tz::Europe__Budapest),
    ("Athens", Tz::Europe__Athens),
    ("Istanbul", Tz::Europe__Istanbul),
    ("Ankara", Tz::Europe__Istanbul),
    ("Moscow", Tz::Europe__Moscow),
    ("Turin", Tz::Europe__Rome),
    ("Montreal", Tz::America__Toronto),
    ("Ottawa", Tz::America__Toronto),
    ("Toronto", Tz::America__Toronto),
    ("Mexico City", Tz::America__Mexico_City),
    ("Panama City", Tz::America__Panama),
    ("Bogotá", Tz::America__Bogota),
    ("Bogota", Tz::America__Bogota),
    ("Lima", Tz::America__Lima),
    ("Buenos Aires", Tz::America__Argentina__Buenos_Aires),
    ("Brasília", Tz::America__Sao_Paulo),
    ("Brasilia", Tz::America__Sao_Paulo),
    ("Rio de Janeiro", Tz::America__Sao_Paulo),
    ("São Paulo", Tz::America__Sao_Paulo),
    ("Port of Spain", Tz::America__Port_of_Spain),
    ("Bridgetown", Tz::America__Barbados),
    ("Kingston", Tz::America__Jamaica),
    ("Dakar", Tz::Africa__Dakar),
    ("Abuja", Tz::Africa__Lagos),
    ("Lagos", Tz::Africa__Lagos),
    ("Accra", Tz::Africa__Accra),
    ("Kigali", Tz::Africa__Kigali),
    ("Kampala", Tz::Africa__Kampala),
    ("Dar es Salaam", Tz::Africa__Dar_es_Salaam),
    ("Johannesburg", Tz::Africa__Johannesburg),
    ("Pretoria", Tz::Africa__Johannesburg),
    ("Cape Town", Tz::Africa__Johannesburg),
    ("Cairo", Tz::Africa__Cairo),
    ("Sharm El-Sheikh", Tz::Africa__Cairo),
    ("Tunis", Tz::Africa__Tunis),
    ("Rabat", Tz::Africa__Casablanca),
    ("Marrakech", Tz::Africa__Casablanca),
    ("Riyadh", Tz::Asia__Riyadh),
    ("Doha", Tz::Asia__Qatar),
    ("Dubai", Tz::Asia__Dubai),
    ("Abu Dhabi", Tz::Asia__Dubai),
    ("Kuwait City", Tz::Asia__Kuwait),
    ("Manama", Tz::Asia__Bahrain),
    ("Muscat", Tz::Asia__Muscat),
    ("Amman", Tz::Asia__Amman),
    ("Baghdad", Tz::Asia__Baghdad),
    ("Tehran", Tz::Asia__Tehran),
    ("Baku", Tz::Asia__Baku),
    ("Tashkent", Tz::Asia__Tashkent),
    ("Astana", Tz::Asia__Almaty),
    ("Almaty", Tz::Asia__Almaty),
    ("New Delhi", Tz::Asia__Kolkata),
    ("Delhi", Tz::Asia__Kolkata),
    ("Mumbai", Tz::Asia__Kolkata),
    ("Dhaka", Tz::Asia__Dhaka),
    ("Kathmandu", Tz::Asia__Kathmandu),
    ("Islamabad", Tz::Asia__Karachi),
    ("Colombo", Tz::Asia__Colombo),
    ("Jakarta", Tz::Asia__Jakarta),
    ("Bali", Tz::Asia__Makassar),
    ("Kuala Lumpur", Tz::Asia__Kuala_Lumpur),
    ("Singapore", Tz::Asia__Singapore),
    ("Manila", Tz::Asia__Manila),
    ("Hanoi", Tz::Asia__Bangkok),
    ("Beijing", Tz::Asia__Shanghai),
    ("Shanghai", Tz::Asia__Shanghai),
    ("Hong Kong", Tz::Asia__Hong_Kong),
    ("Seoul", Tz::Asia__Seoul),
    ("Busan", Tz::Asia__Seoul),
    ("Tokyo", Tz::Asia__Tokyo),
    ("Kyoto", Tz::Asia__Tokyo),
    ("Sydney", Tz::Australia__Sydney),
    ("Canberra", Tz::Australia__Sydney),
    ("Suva", Tz::Pacific__Fiji),
    ("Apia", Tz::Pacific__Apia),
    // Hosts of recent UN conferences.
    ("Nice", Tz::Europe__Paris),
    ("Seville", Tz::Europe__Madrid),
    ("Sevilla", Tz::Europe__Madrid),
    ("Belém", Tz::America__Belem),
    ("Belem", Tz::America__Belem),
    ("Cali", Tz::America__Bogota),
    ("Montevideo", Tz::America__Montevideo),
    ("Quito", Tz::America__Guayaquil),
    ("Samarkand", Tz::Asia__Samarkand),
    ("Bishkek", Tz::Asia__Bishkek),
    ("Ulaanbaatar", Tz::Asia__Ulaanbaatar),
    ("Awaza", Tz::Asia__Ashgabat),
    ("Incheon", Tz::Asia__Seoul),
    ("Kunming", Tz::Asia__Shanghai),
    ("Glasgow", Tz::Europe__London),
    ("Windhoek", Tz::Africa__Windhoek),
    // Capitals and other cities meetings are held in.
    ("Dublin", Tz::Europe__Dublin),
    ("Reykjavik", Tz::Atlantic__Reykjavik),
    ("Riga", Tz::Europe__Riga),
    ("Vilnius", Tz::Europe__Vilnius),
    ("Minsk", Tz::Europe__Minsk),
    ("Kyiv", Tz::Europe__Kyiv),
    ("Kiev", Tz::Europe__Kyiv),
    ("Chisinau", Tz::Europe__Chisinau),
    ("Bucharest", Tz::Europe__Bucharest),
    ("Sofia", Tz::Europe__Sofia),
    ("Belgrade", Tz::Europe__Belgrade),
    ("Zagreb", Tz::Europe__Zagreb),
    ("Ljubljana", Tz::Europe__Ljubljana),
    ("Sarajevo", Tz::Europe__Sarajevo),
    ("Skopje", Tz::Europe__Skopje),
    ("Tirana", Tz::Europe__Tirane),
    ("Podgorica", Tz::Europe__Podgorica),
    ("Bratislava", Tz::Europe__Bratislava),
    ("Valletta", Tz::Europe__Malta),
    ("Nicosia", Tz::Asia__Nicosia),
    ("Bern", Tz::Europe__Zurich),
    ("Zurich", Tz::Europe__Zurich),
    ("Zürich", Tz::Europe__Zurich),
    ("Davos", Tz::Europe__Zurich),
    ("Milan", Tz::Europe__Rome),
    ("Florence", Tz::Europe__Rome),
    ("Munich", Tz::Europe__Berlin),
    ("Hamburg", Tz::Europe__Berlin),
    ("Frankfurt", Tz::Europe__Berlin),
    ("Strasbourg", Tz::Europe__Paris),
    ("Lyon", Tz::Europe__Paris),
    ("Marseille", Tz::Europe__Paris),
    ("Edinburgh", Tz::Europe__London),
    ("Manchester", Tz::Europe__London),
    ("Rotterdam", Tz::Europe__Amsterdam),
    ("Luxembourg", Tz::Europe__Luxembourg),
    ("Tbilisi", Tz::Asia__Tbilisi),
    ("Yerevan", Tz::Asia__Yerevan),
    ("Bamako", Tz::Africa__Bamako),
    ("Niamey", Tz::Africa__Niamey),
    ("Ouagadougou", Tz::Africa__Ouagadougou),
    ("Abidjan", Tz::Africa__Abidjan),
    ("Freetown", Tz::Africa__Freetown),
    ("Monrovia", Tz::Africa__Monrovia),
    ("Conakry", Tz::Africa__Conakry),
    ("Banjul", Tz::Africa__Banjul),
    ("Nouakchott", Tz::Africa__Nouakchott),
    ("Algiers", Tz::Africa__Algiers),
    ("Tripoli", Tz::Africa__Tripoli),
    ("Khartoum", Tz::Africa__Khartoum),
    ("Juba", Tz::Africa__Juba),
    ("Mogadishu", Tz::Africa__Mogadishu),
    ("Asmara", Tz::Africa__Asmara),
    ("Kinshasa", Tz::Africa__Kinshasa),
    ("Brazzaville", Tz::Africa__Brazzaville),
    ("Libreville", Tz::Africa__Libreville),
    ("Yaoundé", Tz::Africa__Douala),
    ("Yaounde", Tz::Africa__Douala),
    ("Douala", Tz::Africa__Douala),
    ("N'Djamena", Tz::Africa__Ndjamena),
    ("Bangui", Tz::Africa__Bangui),
    ("Luanda", Tz::Africa__Luanda),
    ("Lusaka", Tz::Africa__Lusaka),
    ("Harare", Tz::Africa__Harare),
    ("Maputo", Tz::Africa__Maputo),
    ("Lilongwe", Tz::Africa__Blantyre),
    ("Gaborone", Tz::Africa__Gaborone),
    ("Maseru", Tz::Africa__Maseru),
    ("Mbabane", Tz::Africa__Mbabane),
    ("Antananarivo", Tz::Indian__Antananarivo),
    ("Port Louis", Tz::Indian__Mauritius),
    ("Bujumbura", Tz::Africa__Bujumbura),
    ("Dodoma", Tz::Africa__Dar_es_Salaam),
    ("Arusha", Tz::Africa__Dar_es_Salaam),
    ("Mombasa", Tz::Africa__Nairobi),
    ("Lomé", Tz::Africa__Lome),
    ("Lome", Tz::Africa__Lome),
    ("Cotonou", Tz::Africa__PortoNovo),
    ("Praia", Tz::Atlantic__Cape_Verde),
    ("Bissau", Tz::Africa__Bissau),
    ("Malabo", Tz::Africa__Malabo),
    ("Casablanca", Tz::Africa__Casablanca),
    ("Durban", Tz::Africa__Johannesburg),
    ("Kabul", Tz::Asia__Kabul),
    ("Dushanbe", Tz::Asia__Dushanbe),
    ("Ashgabat", Tz::Asia__Ashgabat),
    ("Thimphu", Tz::Asia__Thimphu),
    ("Malé", Tz::Indian__Maldives),
    ("Vientiane", Tz::Asia__Vientiane),
    ("Phnom Penh", Tz::Asia__Phnom_Penh),
    ("Yangon", Tz::Asia__Yangon),
    ("Ho Chi Minh City", Tz::Asia__Ho_Chi_Minh),
    ("Dili", Tz::Asia__Dili),
    ("Bandar Seri Begawan", Tz::Asia__Brunei),
    ("Pyongyang", Tz::Asia__Pyongyang),
    ("Osaka", Tz::Asia__Tokyo),
    ("Damascus", Tz::Asia__Damascus),
    ("Jerusalem", Tz::Asia__Jerusalem),
    ("Tel Aviv", Tz::Asia__Jerusalem),
    ("Ramallah", Tz::Asia__Hebron),
    ("Gaza", Tz::Asia__Gaza),
    ("Sana'a", Tz::Asia__Aden),
    ("Sanaa", Tz::Asia__Aden),
    ("Aden", Tz::Asia__Aden),
    ("Jeddah", Tz::Asia__Riyadh),
    ("Karachi", Tz::Asia__Karachi),
    ("Lahore", Tz::Asia__Karachi),
    ("Bengaluru", Tz::Asia__Kolkata),
    ("Bangalore", Tz::Asia__Kolkata),
    ("Kolkata", Tz::Asia__Kolkata),
    ("Chennai", Tz::Asia__Kolkata),
    ("Macao", Tz::Asia__Macau),
    ("Macau", Tz::Asia__Macau),
    ("Caracas", Tz::America__Caracas),
    ("La Paz", Tz::America__La_Paz),
    ("Asunción", Tz::America__Asuncion),
    ("Asuncion", Tz::America__Asuncion),
    ("Havana", Tz::America__Havana),
    ("Santo Domingo", Tz::America__Santo_Domingo),
    ("Port-au-Prince", Tz::America__PortauPrince),
    ("Guatemala City", Tz::America__Guatemala),
    ("San Salvador", Tz::America__El_Salvador),
    ("Tegucigalpa", Tz::America__Tegucigalpa),
    ("Managua", Tz::America__Managua),
    ("Paramaribo", Tz::America__Paramaribo),
    ("Nassau", Tz::America__Nassau),
    ("Belmopan", Tz::America__Belize),
    ("Castries", Tz::America__St_Lucia),
    ("Roseau", Tz::America__Dominica),
    ("Kingstown", Tz::America__St_Vincent),
    ("Basseterre", Tz::America__St_Kitts),
    ("Chicago", Tz::America__Chicago),
    ("Los Angeles", Tz::America__Los_Angeles),
    ("San Francisco", Tz::America__Los_Angeles),
    ("Boston", Tz::America__New_York),
    ("Miami", Tz::America__New_York),
    ("Atlanta", Tz::America__New_York),
    ("Houston", Tz::America__Chicago),
    ("Seattle", Tz::America__Los_Angeles),
    ("Vancouver", Tz::America__Vancouver),
    ("Cartagena", Tz::America__Bogota),
    ("Medellín", Tz::America__Bogota),
    ("Medellin", Tz::America__Bogota),
    ("Cancún", Tz::America__Cancun),
    ("Cancun", Tz::America__Cancun),
    ("Wellington", Tz::Pacific__Auckland),
    ("Auckland", Tz::Pacific__Auckland),
    ("Melbourne", Tz::Australia__Melbourne),
    ("Brisbane", Tz::Australia__Brisbane),
    ("Perth", Tz::Australia__Perth),
    ("Port Moresby", Tz::Pacific__Port_Moresby),
    ("Nuku'alofa", Tz::Pacific__Tongatapu),
    ("Port Vila", Tz::Pacific__Efate),
    ("Honiara", Tz::Pacific__Guadalcanal),
    ("Majuro", Tz::Pacific__Majuro),
    ("Tarawa", Tz::Pacific__Tarawa),
    ("Funafuti", Tz::Pacific__Funafuti),
    ("Nadi", Tz::Pacific__Fiji),
];

/// Countries, for `City, Country` and for a country alone: every UN Member
/// State and observer State as the UN writes it, and common short forms.
const COUNTRIES: &[&str] = &[
    "Afghanistan",
    "Albania",
    "Algeria",
    "Andorra",
    "Angola",
    "Antigua and Barbuda",
    "Argentina",
    "Armenia",
    "Australia",
    "Austria",
    "Azerbaijan",
    "Bahamas",
    "Bahrain",
    "Bangladesh",
    "Barbados",
    "Belarus",
    "Belgium",
    "Belize",
    "Benin",
    "Bhutan",
    "Bolivia",
    "Bosnia and Herzegovina",
    "Botswana",
    "Brazil",
    "Brunei Darussalam",
    "Bulgaria",
    "Burkina Faso",
    "Burundi",
    "Cabo Verde",
    "Cambodia",
    "Cameroon",
    "Canada",
    "Central African Republic",
    "Chad",
    "Chile",
    "China",
    "Colombia",
    "Comoros",
    "Congo",
    "Costa Rica",
    "Croatia",
    "Cuba",
    "Cyprus",
    "Czechia",
    "Côte d'Ivoire",
    "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo",
    "Denmark",
    "Djibouti",
    "Dominica",
    "Dominican Republic",
    "Ecuador",
    "Egypt",
    "El Salvador",
    "Equatorial Guinea",
    "Eritrea",
    "Estonia",
    "Eswatini",
    "Ethiopia",
    "Fiji",
    "Finland",
    "France",
    "Gabon",
    "Gambia",
    "Georgia",
    "Germany",
    "Ghana",
    "Greece",
    "Grenada",
    "Guatemala",
    "Guinea",
    "Guinea-Bissau",
    "Guyana",
    "Haiti",
    "Holy See",
    "Honduras",
    "Hungary",
    "Iceland",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Jamaica",
    "Japan",
    "Jordan",
    "Kazakhstan",
    "Kenya",
    "Kiribati",
    "Korea",
    "Kuwait",
    "Kyrgyzstan",
    "Lao People's Democratic Republic",
    "Latvia",
    "Lebanon",
    "Lesotho",
    "Liberia",
    "Libya",
    "Liechtenstein",
    "Lithuania",
    "Luxembourg",
    "Madagascar",
    "Malawi",
    "Malaysia",
    "Maldives",
    "Mali",
    "Malta",
    "Marshall Islands",
    "Mauritania",
    "Mauritius",
    "Mexico",
    "Micronesia",
    "Monaco",
    "Mongolia",
    "Montenegro",
    "Morocco",
    "Mozambique",
    "Myanmar",
    "Namibia",
    "Nauru",
    "Nepal",
    "Netherlands",
    "New Zealand",
    "Nicaragua",
    "Niger",
    "Nigeria",
    "North Macedonia",
    "Norway",
    "Oman",
    "Pakistan",
    "Palau",
    "Palestine",
    "Panama",
    "Papua New Guinea",
    "Paraguay",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Qatar",
    "Republic of Korea",
    "Republic of Moldova",
    "Romania",
    "Russia",
    "Russian Federation",
    "Rwanda",
    "Saint Kitts and Nevis",
    "Saint Lucia",
    "Saint Vincent and the Grenadines",
    "Samoa",
    "San Marino",
    "Sao Tome and Principe",
    "Saudi Arabia",
    "Senegal",
    "Serbia",
    "Seychelles",
    "Sierra Leone",
    "Singapore",
    "Slovakia",
    "Slovenia",
    "Solomon Islands",
    "Somalia",
    "South Africa",
    "South Sudan",
    "Spain",
    "Sri Lanka",
    "State of Palestine",
    "Sudan",
    "Suriname",
    "Sweden",
    "Switzerland",
    "Syrian Arab Republic",
    "Tajikistan",
    "Tanzania",
    "Thailand",
    "Timor-Leste",
    "Togo",
    "Tonga",
    "Trinidad and Tobago",
    "Tunisia",
    "Turkey",
    "Turkmenistan",
    "Tuvalu",
    "Türkiye",
    "UAE",
    "Uganda",
    "UK",
    "Ukraine",
    "United Arab Emirates",
    "United Kingdom",
    "United Republic of Tanzania",
    "United States",
    "United States of America",
    "Uruguay",
    "US",
    "USA",
    "Uzbekistan",
    "Vanuatu",
    "Venezuela",
    "Viet Nam",
    "Vietnam",
    "Yemen",
    "Zambia",
    "Zimbabwe",
];

/// Words that end the name of a venue (`Trusteeship Council Chamber`), and
/// `UNHQ`, a venue's whole name (`Conference Room 6, UNHQ`).
const VENUE_NOUNS: &[&str] = &[
    "Headquarters",
    // `WHO headquarters`, `FAO headquarters`: an agency's seat.
    "headquarters",
    "UNHQ",
    // `UNESCO HQ`, `UN HQ`.
    "HQ",
    "Chamber",
    "Hall",
    "Room",
    "Centre",
    "Center",
    "Building",
    "Auditorium",
    "Theatre",
    "Theater",
    "Hotel",
    "Campus",
    "Complex",
    "Palais",
    "Pavilion",
    "Plaza",
    "Library",
    "Museum",
    "Restaurant",
    "Lobby",
    "House",
    "Hub",
    "Arena",
    "Stadium",
    // A conference's areas: `Blue Zone`, `SDG Media Zone`.
    "Zone",
    "Nations",
    // `Security Council Stakeout`: where the press meets speakers.
    "Stakeout",
    // The UN's conference centres by their acronyms (Bangkok, Vienna, Geneva).
    "UNCC",
    "VIC",
    "CICG",
];

/// The zone of a known city, by its name as written.
pub fn city_zone(name: &str) -> Option<Tz> {
    match GAZETTEER.get(name.to_lowercase().as_str()) {
        Some(Place::City(tz)) => Some(*tz),
        _ => None,
    }
}

/// Countries that keep one zone across their land, so that their name
/// before `time` (`10:00 a.m. (Panama time)`, `Kenya time`) gives it. A
/// country with several zones (Mexico, Brazil, Chile) is left out.
const COUNTRY_ZONES: &[(&str, Tz)] = &[
    ("Panama", Tz::America__Panama),
    ("Colombia", Tz::America__Bogota),
    ("Peru", Tz::America__Lima),
    ("Costa Rica", Tz::America__Costa_Rica),
    ("Guatemala", Tz::America__Guatemala),
    ("El Salvador", Tz::America__El_Salvador),
    ("Honduras", Tz::America__Tegucigalpa),
    ("Dominican Republic", Tz::America__Santo_Domingo),
    ("Jamaica", Tz::America__Jamaica),
    ("Trinidad and Tobago", Tz::America__Port_of_Spain),
    ("Argentina", Tz::America__Argentina__Buenos_Aires),
    ("Uruguay", Tz::America__Montevideo),
    ("Bolivia", Tz::America__La_Paz),
    ("Switzerland", Tz::Europe__Zurich),
    ("Austria", Tz::Europe__Vienna),
    ("Germany", Tz::Europe__Berlin),
    ("France", Tz::Europe__Paris),
    ("Italy", Tz::Europe__Rome),
    ("Netherlands", Tz::Europe__Amsterdam),
    ("Belgium", Tz::Europe__Brussels),
    ("Poland", Tz::Europe__Warsaw),
    ("Greece", Tz::Europe__Athens),
    ("Türkiye", Tz::Europe__Istanbul),
    ("Turkey", Tz::Europe__Istanbul),
    ("Kenya", Tz::Africa__Nairobi),
    ("Ethiopia", Tz::Africa__Addis_Ababa),
    ("Egypt", Tz::Africa__Cairo),
    ("Nigeria", Tz::Africa__Lagos),
    ("Ghana", Tz::Africa__Accra),
    ("Senegal", Tz::Africa__Dakar),
    ("South Africa", Tz::Africa__Johannesburg),
    ("Rwanda", Tz::Africa__Kigali),
    ("Uganda", Tz::Africa__Kampala),
    ("Thailand", Tz::Asia__Bangkok),
    ("Japan", Tz::Asia__Tokyo),
    ("India", Tz::Asia__Kolkata),
    ("China", Tz::Asia__Shanghai),
    ("Korea", Tz::Asia__Seoul),
    ("Philippines", Tz::Asia__Manila),
    ("Bangladesh", Tz::Asia__Dhaka),
    ("Pakistan", Tz::Asia__Karachi),
    ("Nepal", Tz::Asia__Kathmandu),
    ("Sri Lanka", Tz::Asia__Colombo),
    ("Lebanon", Tz::Asia__Beirut),
    ("Jordan", Tz::Asia__Amman),
    ("Qatar", Tz::Asia__Qatar),
    ("Fiji", Tz::Pacific__Fiji),
];

/// The zone of a one-zone country (`Panama`, `the Philippines`).
pub fn country_zone(name: &str) -> Option<Tz> {
    let name = without_the(name);
    COUNTRY_ZONES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(name))
        .map(|&(_, tz)| tz)
}

/// A country's name without the `the` before it (`the Netherlands`).
fn without_the(name: &str) -> &str {
    ["the ", "The "]
        .iter()
        .find_map(|the| name.strip_prefix(the))
        .unwrap_or(name)
}

/// FAO's `(Italy), Rome (Italy), Hybrid Event`: a country in brackets
/// opening a list of places that names it again after its town. The length
/// of that first part and its comma, or 0.
pub fn repeated_country(text: &str) -> usize {
    let Some((first, rest)) = text.split_once(", ") else {
        return 0;
    };
    let Some(country) = first.strip_prefix('(').and_then(|f| f.strip_suffix(')')) else {
        return 0;
    };
    let again = rest.contains(first);
    if again && is_country(country) {
        first.len() + 2
    } else {
        0
    }
}

/// True for a known city or country.
pub fn is_place(name: &str) -> bool {
    // Places are capitalized: most candidates fail here, before any lookup.
    name.starts_with(char::is_uppercase)
        && (GAZETTEER.contains_key(name.to_lowercase().as_str())
            || name.starts_with("The ") && is_country(name))
}

/// True for a known country, maybe after `the` (`the Netherlands`, `The
/// Gambia`, `The USA`).
pub fn is_country(name: &str) -> bool {
    let name = without_the(name);
    name.starts_with(char::is_uppercase)
        && matches!(
            GAZETTEER.get(name.to_lowercase().as_str()),
            Some(Place::Country)
        )
}

enum Place {
    City(Tz),
    Country,
}

/// Cities and countries by lower-case name, for lookups in one step.
static GAZETTEER: LazyLock<HashMap<String, Place>> = LazyLock::new(|| {
    let countries = COUNTRIES.iter().map(|c| (c.to_lowercase(), Place::Country));
    // Cities last: a name that is both (Singapore) keeps its zone.
    countries
        .chain(
            CITIES
                .iter()
                .map(|(c, tz)| (c.to_lowercase(), Place::City(*tz))),
        )
        .collect()
});

/// The length of the number (` 4`, ` 12B`) that follows a room or hall at
/// the start of `rest`, or 0.
fn room_number(phrase: &str, rest: &str) -> usize {
    if !(phrase.ends_with("Room") || phrase.ends_with("Hall")) {
        return 0;
    }
    let Some(after) = rest.strip_prefix(' ') else {
        return 0;
    };
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let letter = usize::from(
        after
            .as_bytes()
            .get(digits)
            .is_some_and(u8::is_ascii_uppercase),
    );
    let end = digits + letter;
    let ends_word = !after
        .as_bytes()
        .get(end)
        .is_some_and(u8::is_ascii_alphanumeric);
    if (1..=3).contains(&digits) && ends_word {
        1 + end
    } else {
        0
    }
}

/// True for a phrase whose last word names a kind of venue, unless with
/// the word before it it names an activity (`Workshop on Capacity Building`).
pub fn is_venue(phrase: &str) -> bool {
    // `International Environment House II`: a building by its number.
    let phrase = phrase
        .rsplit_once(' ')
        .filter(|(_, last)| {
            is_roman_numeral(last) || last.len() <= 2 && last.bytes().all(|b| b.is_ascii_digit())
        })
        .map_or(phrase, |(head, _)| head);
    let mut words = phrase.rsplit(' ');
    let noun = words.next();
    noun.is_some_and(|w| VENUE_NOUNS.contains(&w))
        && !words.next().is_some_and(|before| {
            ACTIVITIES
                .iter()
                .any(|a| a.eq_ignore_ascii_case(before.trim_end_matches('-')))
                // `United Nations` is the organization, no building.
                || before == "United" && noun == Some("Nations")
        })
}

/// Words that make a venue noun an activity: `Capacity Building`, `Peace
/// Building`, a `Town Hall` meeting.
const ACTIVITIES: &[&str] = &[
    "capacity",
    "peace",
    "confidence",
    "institution",
    "nation",
    "state",
    "team",
    "consensus",
    "trust",
    "coalition",
    "community",
    "resilience",
    "town",
];

/// True for a line that names a place: a known city or country, a name
/// ending in a venue word (`ITU Montbrillant Building`), or a `Room`, in one
/// of its comma parts.
pub fn looks_like_place(line: &str) -> bool {
    line.split(", ")
        .any(|part| names_place(part.split(" (").next().unwrap_or(part)))
}

/// A known city or country, a name ending in a venue word, a room (`Room
/// XX`, `Boardroom B`, `Salle XXIV`), a building by its letter, or a site's
/// capitalized name before its city (`UN City Copenhagen`).
fn names_place(part: &str) -> bool {
    // The gazetteer lookups, which lower-case, come last.
    is_venue(part)
        // `Palais des Nations`, `Restaurant Vieux-Bois`: a venue's noun first
        // (found by a byte search: a string pattern builds a searcher).
        || VENUE_NOUNS.contains(&&part[..memchr::memchr(b' ', part.as_bytes()).unwrap_or(0)])
            && is_name(part)
        || part.split(' ').any(is_room)
        || is_room_in_lower_case(part)
        || is_conference_room_code(part)
        || is_lettered_building(part)
        || is_floor(part)
        || (part.len() <= MAX_PLACE_BYTES && is_place(part))
        || site_in_city(part)
        || room_in_building(part)
}

/// `CR-3 CB`, `ECOSOC Chamber CB`, `Conference Room 4 GA`: a room at UN
/// Headquarters, then its building's code (the Conference Building, the
/// General Assembly Building, the North Lawn Building).
fn room_in_building(part: &str) -> bool {
    part.rsplit_once(' ').is_some_and(|(room, building)| {
        matches!(building, "CB" | "GA" | "NLB") && names_place(room)
    })
}

/// `Room` (`Salle` in Geneva), or a capitalized compound of it
/// (`Boardroom`, `Ballroom`).
fn is_room(word: &str) -> bool {
    word == "Room"
        || word == "Salle"
        || word.starts_with(char::is_uppercase) && word.ends_with("room")
}

/// `Main auditorium`, `Plenary hall`: a room named by a capitalized word and
/// its kind in lower case.
fn is_room_in_lower_case(part: &str) -> bool {
    // The kind first: this runs on every part of every place candidate.
    ["auditorium", "hall", "room", "chamber"]
        .iter()
        .any(|kind| {
            part.strip_suffix(kind)
                .and_then(|name| name.strip_suffix(' '))
                .is_some_and(|name| {
                    name.starts_with(|c: char| c.is_ascii_uppercase()) && !name.contains(' ')
                })
        })
}

/// `Salle de presse`, `Salle de conférence 1`, `Sala de conferencias 2`: a
/// room as French and Spanish name it, its kind in lower case after `de`
/// (and maybe its number).
fn is_romance_room(part: &str) -> bool {
    const MAX_KIND_WORDS: usize = 3;
    let Some(kind) = ["Salle de ", "Salle des ", "Sala de ", "Sala del "]
        .iter()
        .find_map(|lead| part.strip_prefix(lead))
    else {
        return false;
    };
    let lower = |w: &str| !w.is_empty() && w.chars().all(char::is_lowercase);
    // The kind's words, then maybe the room's number.
    let kind = match kind.rsplit_once(' ') {
        Some((words, number)) if is_room_number(number) => words,
        _ => kind,
    };
    kind.split(' ').count() <= MAX_KIND_WORDS && kind.split(' ').all(lower)
}

/// `38th Floor`, `2nd floor`: a floor by its ordinal.
fn is_floor(part: &str) -> bool {
    part.split_once(' ').is_some_and(|(nth, floor)| {
        floor.eq_ignore_ascii_case("floor") && crate::text::is_ordinal(nth)
    })
}

/// `conference room 4`, `room XII`: a room by its number, in whatever case
/// (after a place: alone, `room 4` may be a sentence's end).
fn is_numbered_room(part: &str) -> bool {
    part.rsplit_once(' ').is_some_and(|(head, number)| {
        head.rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("room"))
            && is_room_number(number)
    })
}

/// `4`, `XII`: a room's number, in digits or Roman numerals.
fn is_room_number(number: &str) -> bool {
    (1..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
        || is_roman_numeral(number)
}

/// `Conference Rooms 1, 2 and 3`, `Rooms A & B`, `Halls XIX and XX`: rooms
/// that share one name, their numbers listed. (The list's commas would part
/// it into places for [`written_places`], so it is read whole.)
fn is_room_list(text: &str) -> bool {
    // Bytes first: this runs on every place candidate, and a list ends with
    // its last room's number or letter.
    if !text.ends_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) {
        return false;
    }
    let Some((name, numbers)) = ["Rooms ", "Room ", "Halls ", "Hall "]
        .iter()
        .find_map(|room| text.split_once(room))
    else {
        return false;
    };
    let words = || name.split(' ').filter(|w| !w.is_empty());
    let named = name.is_empty()
        || name.ends_with(' ')
            && words().count() <= SHORT_ROOM_WORDS - 2
            && words().all(|w| w.starts_with(char::is_uppercase));
    // A number, or a letter (`Rooms A & B`).
    let number =
        |n: &str| is_room_number(n) || n.len() == 1 && n.bytes().all(|b| b.is_ascii_uppercase());
    named
        && numbers
            .rsplit_once(" and ")
            .or_else(|| numbers.rsplit_once(" & "))
            .is_some_and(|(list, last)| number(last) && list.split(", ").all(number))
}

/// `Side event Room 7`: first in a place, a short name ending in `Room` (with
/// its capital: `room 4` may end a sentence) and its number.
fn is_short_numbered_room(part: &str) -> bool {
    // Bytes first: this runs on every first part of every place candidate.
    part.ends_with(|c: char| c.is_ascii_digit())
        && memchr::memmem::find(part.as_bytes(), b" Room ").is_some()
        && part.starts_with(|c: char| c.is_ascii_uppercase())
        && part.split(' ').count() <= SHORT_ROOM_WORDS
        // Words of a name (not a label's `Venue: Room 12`).
        && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ' || b == b'-')
        && part.rsplit(' ').nth(1) == Some("Room")
        && is_numbered_room(part)
}

/// The most words of a room's name with its number (`Side Event Room 7`).
const SHORT_ROOM_WORDS: usize = 4;

/// `II`, `XXIV`: a building's or room's number in Roman numerals.
fn is_roman_numeral(word: &str) -> bool {
    (1..=4).contains(&word.len()) && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// `S-237`, `CR-4`: a room by its code, after the room's name (`Press
/// Briefing Room, S-237`).
fn is_room_code(part: &str) -> bool {
    crate::text::is_lettered_number(part, '-', 1..=3, 1..=4)
}

/// `CR 6`, `CR.2`, `CR-11`: UN Headquarters' conference rooms, as its
/// listings shorten them.
fn is_conference_room_code(part: &str) -> bool {
    part.strip_prefix("CR")
        .map(|n| n.strip_prefix([' ', '.', '-']).unwrap_or(n))
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A building of a campus named by its letter (`E building`, `Building E`).
fn is_lettered_building(part: &str) -> bool {
    let is_letter = |w: &str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
    match part.split_once(' ') {
        Some((a, b)) => {
            is_letter(a) && b.eq_ignore_ascii_case("building") || a == "Building" && is_letter(b)
        }
        None => false,
    }
}

/// `UNHQ New York`, `UN Headquarters Geneva`: a venue, then its city with
/// no comma.
fn venue_in_city(part: &str) -> bool {
    part.len() <= MAX_PLACE_BYTES
        && part
            .match_indices(' ')
            .any(|(k, _)| is_venue(&part[..k]) && city_zone(&part[k + 1..]).is_some())
}

/// `UN City Copenhagen`, `UN House Beirut`: two or three capitalized words
/// naming a site, then a known city.
fn site_in_city(part: &str) -> bool {
    let words = part.split(' ').count();
    (3..=4).contains(&words)
        && part.len() <= MAX_PLACE_BYTES
        && part.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && part
            .rsplit(' ')
            .next()
            .is_some_and(|city| city_zone(city).is_some())
}

/// No city or country in the gazetteer has a longer name, and no venue.
const MAX_PLACE_BYTES: usize = 64;

/// `42 West 44th St., New York`, `Marshall Center Auditorium, US Department
/// of State, Washington, DC`: an address, which opens with its street
/// number or its venue and ends with a known city or country (or one
/// before a state's code).
pub fn is_address(text: &str) -> bool {
    let parts: Vec<&str> = text
        .split(", ")
        .map(|p| p.split(" (").next().unwrap_or(p))
        .collect();
    let first = parts[0];
    parts.len() >= 2
        && parts[parts.len() - 2..]
            .iter()
            .any(|p| p.len() <= MAX_PLACE_BYTES && is_place(p))
        && (first.starts_with(|c: char| c.is_ascii_digit()) || names_place(first))
}

/// `605 3rd Avenue, New York`: an address that opens with a street, its
/// number first and its kind last, so no name (`2030 Agenda, New York`).
pub fn is_street_address(text: &str) -> bool {
    const STREETS: &[&str] = &[
        "Avenue",
        "Ave",
        "Ave.",
        "Street",
        "St",
        "St.",
        "Road",
        "Rd",
        "Rd.",
        "Boulevard",
        "Blvd",
        "Blvd.",
        "Plaza",
        "Square",
        "Lane",
        "Drive",
        "Way",
    ];
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let street = text.split(", ").next().unwrap_or(text);
    street
        .rsplit(' ')
        .next()
        .is_some_and(|w| STREETS.contains(&w))
        && is_address(text)
}

/// `Hilton Riyadh Hotel | (6623 Eastern Ring Rd, Riyadh 13241, Saudi
/// Arabia)`: a venue's name, then its address or city in a cell or a
/// bracket.
pub fn is_venue_with_address(text: &str) -> bool {
    text.split_once(" | ")
        .or_else(|| text.split_once(" ("))
        .is_some_and(|(name, rest)| {
            let address = rest.trim_start_matches('(').trim_end_matches(')');
            !name.is_empty() && (only_places(address) || is_address(address))
        })
}

/// True for text that only says where: each comma part a known city or
/// country, a venue (`ITU Montbrillant Building`, `Palais des Nations`,
/// `Room XX`) or a way to attend from afar (`Virtual`, `Online`), a
/// parenthesis after it allowed (`Virtual (Zoom)`).
pub fn only_places(text: &str) -> bool {
    written_places(text) || is_shouted(text) && written_places(&name_cased(text))
}

/// Letters, all in capitals (`PALAIS DES NATIONS`, `UN HEADQUARTERS, NEW
/// YORK`): a heading's place, which the venue tests read in a name's case.
fn is_shouted(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_uppercase()) && !text.chars().any(char::is_lowercase)
}

/// `Palais des Nations`, `UN Headquarters, New York`, `Room XXV`: each
/// word in a name's case, save an abbreviation of two letters and a room's
/// number in Roman numerals; particles and the words that join a phrase in
/// lower case (`… BRIEFING BY UNAIDS DIRECTOR` names no venue).
fn name_cased(text: &str) -> String {
    const JOINING: [&str; 6] = ["by", "in", "at", "on", "to", "with"];
    text.split(' ')
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            let lower = bare.to_lowercase();
            if PARTICLES.contains(&lower.as_str()) || JOINING.contains(&lower.as_str()) {
                w.to_lowercase()
            } else if bare.len() <= 2 || is_roman_numeral(bare) {
                w.to_string()
            } else {
                crate::text::unshout(w)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// [`only_places`] on the text as written.
fn written_places(text: &str) -> bool {
    if way_with_venue(text) || is_room_list(text) {
        return true;
    }
    // `St. John's, Antigua and Barbuda`: right before a country, any short
    // name is a place (cities the gazetteer lacks); not further on
    // (`Workshop, Bucharest, Romania` names a workshop first).
    let in_country = |k: usize| {
        k + 2 == text.split(',').count()
            && text
                .rsplit(',')
                .next()
                .is_some_and(|c| is_country(c.trim()) || is_us_state(c.trim()))
    };
    // `CSIR, Room Amethyst`: right before a room, a building's acronym.
    // The part's own test first: the text is split again only for an
    // acronym.
    let acronym =
        |part: &str| (2..=6).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_uppercase());
    let before_room = |k: usize, part: &str| {
        acronym(part)
            && k + 2 == text.split(',').count()
            && text
                .rsplit(',')
                .next()
                .and_then(|r| r.trim().split(' ').next())
                .is_some_and(is_room)
    };
    // `Popov Room, ITU`: right after a room, the acronym of whose it is.
    let after_room = |k: usize, part: &str| {
        acronym(part)
            && k > 0
            && text
                .split(',')
                .nth(k - 1)
                .and_then(|r| r.split('(').next()?.trim().rsplit(' ').next())
                .is_some_and(is_room)
    };
    !text.is_empty()
        && text.split(',').enumerate().all(|(k, part)| {
            let part = part.trim();
            // `San José (Costa Rica)`: a country in brackets after a town.
            let bracketed = part
                .strip_suffix(')')
                .and_then(|p| p.rsplit_once(" ("))
                .is_some_and(|(_, country)| is_country(country));
            // FAO's `(Italy), Rome (Italy), Hybrid Event`: a part all in
            // brackets is the place inside them. Split at chars, not
            // strings: a string pattern builds a searcher.
            let part = match part.strip_prefix('(').and_then(|p| p.strip_suffix(')')) {
                Some(inner) => inner,
                None => part.split('(').next().unwrap_or(part).trim(),
            };
            let part = without_remote(part);
            // `Online and in-person`: ways to attend, joined.
            part.split(" and ").all(is_way_to_attend)
                || is_lettered_building(part)
                // `the Netherlands`: a country's article, in lower case.
                || part.starts_with("the ") && is_country(part)
                || k > 0
                    && (is_room_code(part)
                        || is_numbered_room(part)
                        || is_us_state(part)
                        // `…, 2nd floor`: a floor in lower case after a place.
                        || is_floor(part))
                || k == 0 && is_short_numbered_room(part)
                || before_room(k, part)
                || after_room(k, part)
                || is_room_in_lower_case(part)
                || is_romance_room(part)
                || (is_name(part)
                    && (part
                        .split(' ')
                        .next()
                        .is_some_and(|w| VENUE_NOUNS.contains(&w))
                        || names_place(part)
                        || (is_town(part) && (in_country(k) || bracketed) && !body_acronym(part))))
        })
}

/// `ACABQ, Sierra Leone`: a town the gazetteer lacks is not all in
/// capitals; that is a body's acronym, meeting in the country after it.
/// (`GENEVA, SWITZERLAND` has no gazetteer need: Geneva is known.)
fn body_acronym(part: &str) -> bool {
    part.len() >= 2 && part.bytes().all(|b| b.is_ascii_uppercase()) && city_zone(part).is_none()
}

/// `DC`, `MA`, `D.C.`: a US state's (or the capital's district's) postal
/// code, as US pages write it after a town (`Washington, DC`, `Boston, MA`).
fn is_us_state(part: &str) -> bool {
    const STATES: [&str; 52] = [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN",
        "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
        "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
        "VT", "VA", "WA", "WV", "WI", "WY", "D.C.",
    ];
    STATES.contains(&part)
}

/// `In-person (Campus Biotech, Chemin des Mines 9, Geneva) and online`: a
/// way to attend with the venue in brackets, whose commas part no places
/// (maybe joined by a second way).
fn way_with_venue(text: &str) -> bool {
    // A byte search: this runs on every place candidate.
    let Some(open) = memchr::memchr(b'(', text.as_bytes()) else {
        return false;
    };
    let Some((way, rest)) = text[..open]
        .strip_suffix(' ')
        .map(|w| (w, &text[open + 1..]))
    else {
        return false;
    };
    let Some((_, after)) = rest.split_once(')') else {
        return false;
    };
    let second_way = || {
        ["and ", "& "]
            .iter()
            .find_map(|j| after.trim_start().strip_prefix(j))
            .is_some_and(is_way_to_attend)
    };
    is_way_to_attend(way) && (after.is_empty() || second_way())
}

/// `Palais des Nations and online`, `Room XXIV & Zoom`, `New York –
/// online`: a hybrid meeting's venue, without the way to join from afar
/// (also with its address: `Switzerland and online at https://…`).
fn without_remote(part: &str) -> &str {
    // Byte tests: this runs on every part of every place candidate.
    let part = memchr::memrchr(b' ', part.as_bytes())
        .filter(|&k| crate::text::is_web_address(&part[k + 1..]))
        .and_then(|k| {
            let way = &part[..k];
            way.strip_suffix(" at").or_else(|| way.strip_suffix(" via"))
        })
        .unwrap_or(part);
    // `New York and online via UN Web TV`: how to follow it online.
    let part = memchr::memmem::find(part.as_bytes(), b" and online via ")
        .map_or(part, |k| &part[..k + " and online".len()]);
    const REMOTE: [&str; 11] = [
        "online",
        "virtual",
        "virtual room",
        "virtually",
        // `Geneva, Switzerland and remotely`.
        "remotely",
        "zoom",
        "webex",
        "microsoft teams",
        "via videoconferencing",
        "via videoconference",
        "via video link",
    ];
    // `Online and New York, NY`: the way to join from afar said first.
    let part = ["Online and ", "Online & ", "Virtual and "]
        .iter()
        .find_map(|w| part.strip_prefix(w))
        .unwrap_or(part);
    REMOTE
        .iter()
        .find_map(|w| {
            let k = part.len().checked_sub(w.len())?;
            part.get(k..).filter(|way| way.eq_ignore_ascii_case(w))?;
            // `UN Headquarters, New York – online`: also after a dash.
            [" and ", " & ", " – ", " - "]
                .iter()
                .find_map(|sep| part[..k].strip_suffix(sep))
        })
        .unwrap_or(part)
}

/// `Hybrid (ITU Headquarters, Geneva and online)`, `Online via Zoom`: the
/// text opens with a way to attend.
pub fn opens_with_modality(text: &str) -> bool {
    WAYS_TO_ATTEND.iter().any(|m| {
        text.get(..m.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(m))
    })
}

/// `Conference Room 4`, `Online`: a cell that says where, or how to attend.
pub fn is_venue_cell(text: &str) -> bool {
    is_way_to_attend(text) || only_places(text)
}

/// `Online`, `Virtual event`, `Online via Microsoft Teams`: a way to attend
/// alone, maybe with the platform after `via`.
pub fn is_way_to_attend(text: &str) -> bool {
    // Every way opens with one of these letters: most places fail here.
    if !text
        .bytes()
        .next()
        .is_some_and(|b| b"vohizwme".contains(&(b | 0x20)))
    {
        return false;
    }
    let way = |t: &str| WAYS_TO_ATTEND.iter().any(|w| t.eq_ignore_ascii_case(w));
    way(text)
        || opens_with_modality(text)
            && text.split_once(" via ").is_some_and(|(how, platform)| {
                // `Virtual event held via Zoom`.
                let how = how.strip_suffix(" held").unwrap_or(how);
                way(how) && platform.split(' ').count() <= MAX_PLATFORM_WORDS && is_town(platform)
            })
}

/// `Room XXV, in a hybrid format, Palais des Nations`, `UNCC and via
/// videoconferencing`: the place without the ways to attend, unless nothing
/// else is left (`Online` alone is the place a virtual meeting has).
pub fn without_ways_to_attend(location: String) -> String {
    // `…, New York, and UN Web TV`: the list's last part after its comma,
    // and a webcast is a way to follow it.
    let way = |p: &str| {
        let p = p.trim();
        let p = p.strip_prefix("and ").unwrap_or(p);
        is_way_to_attend(p)
            || ["UN Web TV", "webcast"]
                .iter()
                .any(|w| p.eq_ignore_ascii_case(w))
    };
    // Most places name no way to attend: those are kept as they are.
    let plain = |p: &str| !way(p) && without_remote(p).len() == p.len();
    if location.split(", ").all(plain) {
        return location;
    }
    let kept: Vec<&str> = location
        .split(", ")
        .filter(|p| !way(p))
        .map(without_remote)
        .collect();
    if kept.is_empty() {
        return location;
    }
    kept.join(", ")
}

/// The most words of a platform's name (`Microsoft Teams`, `UN Web TV`).
const MAX_PLATFORM_WORDS: usize = 3;

/// A place field's value that names no place: none yet (see
/// [`is_unknown`]), or a web address to join at (`Location:
/// https://unctad.org/meeting`).
pub fn names_no_place(value: &str) -> bool {
    is_unknown(value) || crate::text::is_web_address(value)
}

/// Where a place's field names none yet (`Venue: TBC`, `Location: To be
/// announced`).
pub fn is_unknown(value: &str) -> bool {
    const UNKNOWN: [&str; 6] = [
        "tbc",
        "tbd",
        "tba",
        "to be confirmed",
        "to be determined",
        "to be announced",
    ];
    // `Venue to be confirmed`, `Venue: TBC`.
    let value = value.trim_end_matches('.');
    let value = value
        .get(..6)
        .filter(|v| v.eq_ignore_ascii_case("venue "))
        .map_or(value, |_| &value[6..]);
    UNKNOWN.iter().any(|u| value.eq_ignore_ascii_case(u))
}

/// How a meeting is attended, named where a place would be.
const WAYS_TO_ATTEND: [&str; 29] = [
    "virtual",
    "virtual event",
    "virtual meeting",
    "online",
    "online event",
    "online meeting",
    "hybrid",
    "hybrid event",
    "hybrid meeting",
    // `Room XXV, in a hybrid format, Palais des Nations`.
    "hybrid format",
    "in a hybrid format",
    "virtual format",
    "in a virtual format",
    "videoconference",
    "in person",
    "in-person",
    "zoom",
    "webex",
    "microsoft teams",
    // `Tuesday, 21 April 2020; 11:00a.m. - 2:00 p.m.; Zoom virtual room`.
    "virtual room",
    "zoom virtual room",
    "zoom meeting",
    "zoom webinar",
    "webex meeting",
    "microsoft teams meeting",
    // French and Spanish pages: `En ligne`, `En línea`, `Hybride`, `Híbrido`.
    "en ligne",
    "en línea",
    "hybride",
    "híbrido",
];

/// `hybrid: Palais des Nations`, `Hybrid – Geneva and online`: where, after
/// the ways to attend (or after `at the`, a sentence's words broken over a
/// card's lines); the text after such a lead, or all of it.
pub fn after_attendance_lead(text: &str) -> &str {
    const LEADS: [&str; 10] = [
        "at the ",
        "hybrid:",
        "in person:",
        "in-person:",
        "online:",
        "virtual:",
        "hybrid –",
        "hybrid -",
        "in person –",
        "in-person –",
    ];
    LEADS
        .iter()
        .find_map(|lead| {
            let rest = text.get(lead.len()..)?;
            text[..lead.len()]
                .eq_ignore_ascii_case(lead)
                .then(|| rest.trim_start())
        })
        .unwrap_or(text)
}

/// Up to four capitalized words, no particle: the shape of a town's name.
pub fn is_town(part: &str) -> bool {
    part.split(' ').count() <= 4 && part.split(' ').all(|w| w.starts_with(char::is_uppercase))
}

/// Words that may stand in lower case inside a name (`Palais des Nations`).
const PARTICLES: &[&str] = &[
    "of", "the", "and", "for", "de", "des", "du", "la", "le", "al", "el",
];

/// A name, not a sentence that ends in `Hall`: short, each word capitalized,
/// a number or a particle.
fn is_name(part: &str) -> bool {
    part.len() <= MAX_PLACE_BYTES
        && !part.contains(':')
        && part.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || PARTICLES.contains(&w)
                || w == "headquarters"
        })
}

/// Every city's name, longest first, as one pattern: one pass over a text
/// instead of a search per city.
static CITY_NAMES: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = CITIES.iter().map(|c| c.0).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let names: Vec<String> = names.into_iter().map(regex::escape).collect();
    Regex::new(&format!("(?-u:\\b)(?:{})", names.join("|"))).expect("valid regex")
});

/// The zone of the first known city named in `text`, for a `local time`.
pub fn first_city_zone(text: &str) -> Option<Tz> {
    // A whole word: `Rome`, not the start of `Romeo`.
    CITY_NAMES
        .find_iter(text)
        .find(|m| !text[m.end()..].starts_with(char::is_alphabetic))
        .and_then(|m| city_zone(m.as_str()))
}

static LABELED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:venue|location|where|in[- ]person at)\s*:\s*([^;\n]+)")
        .expect("valid regex")
});

/// `at`/`in`, an optional `the`, then the capitalized name (see [`venue_name`]).
static VENUE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)(?:at|in|travel(?:s|ling|led|ed)? to|visit(?:s|ed)?)\s+(?:the\s+)?[A-Z][\p{L}'’\-]*(?:\s+(?:of|des|de|du|for|the|and|[A-Z][\p{L}'’\-]*))*")
        .expect("valid regex")
});

/// Nouns whose `in` names where a subject is (`the war in Ukraine`).
const SUBJECT_NOUNS: [&str; 12] = [
    "war",
    "conflict",
    "conflicts",
    "crisis",
    "situation",
    "violence",
    "fighting",
    "hostilities",
    "peace",
    "occupation",
    "invasion",
    "elections",
];

/// Nouns of entities named after the city they sit in (`Office at Geneva`).
const NAMED_AT: [&str; 4] = ["Office", "Offices", "Mission", "Missions"];

/// The name in a [`VENUE_PHRASE`] match: it starts at the first capital
/// letter, as `at`, `in` and `the` have none. Found by hand rather than with
/// a capture group, which would run a slower engine on every match.
fn venue_name(phrase: &str) -> usize {
    phrase.find(|c: char| c.is_ascii_uppercase()).unwrap_or(0)
}

/// The capitalized words after a comma at the start of `rest`: `Thailand`
/// in `, Thailand from 4 …`.
fn next_part(rest: &str) -> Option<&str> {
    let next = rest.strip_prefix(", ")?;
    // Capitalized words, and particles between them (`Republic of Korea`,
    // `Bosnia and Herzegovina`): the part ends after its last capital word.
    let (mut len, mut at) = (0, 0);
    for w in next.split(' ') {
        if w.starts_with(char::is_uppercase) {
            len = at + w.len();
        } else if !PARTICLES.contains(&w) {
            break;
        }
        at += w.len() + 1;
    }
    let part = next[..len].trim_end_matches([',', '.', ';']);
    (!part.is_empty()).then_some(part)
}

/// A happening held from afar: `by videoconference`, `will take place
/// online`, `held online` (an `online` elsewhere, `online registration`,
/// says nothing of where).
static REMOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:video[- ]?conference|(?:place|held) online)(?-u:\b)")
        .expect("valid regex")
});

/// A place given by a label: `Venue: …`, `Location: …`, `in-person at: …`.
///
/// # Example
/// ```
/// let s = "Online and in-person at: SohoWorks, 875 Washington St, New York 10014, USA; RSVP to:";
/// assert_eq!(docket::places::labeled(s).as_deref(), Some("SohoWorks, 875 Washington St, New York 10014, USA"));
/// ```
pub fn labeled(text: &str) -> Option<String> {
    // Every label ends in a colon; most paragraphs have none.
    if !text.contains(':') {
        return None;
    }
    let c = LABELED.captures(text)?;
    let place = c[1].trim().trim_end_matches('.').trim();
    (!place.is_empty()).then(|| place.to_string())
}

/// A venue named in a sentence: `at the United Nations Headquarters`, `in
/// Katowice, Poland`, `at a videoconference`, `will travel to Abuja,
/// Nigeria`, `will visit Kenya`. Only names the gazetteer knows or
/// that end in a venue noun count, so `in the Roadmap` is no place.
pub fn venue_in(sentence: &str) -> Option<String> {
    venue_at(sentence).map(|(_, place)| place)
}

/// [`venue_in`] with the byte where the venue starts in `sentence`.
fn venue_at(sentence: &str) -> Option<(usize, String)> {
    let named = VENUE_PHRASE.find_iter(sentence).find_map(|m| {
        // `the consequences of the war in Ukraine`, `the situation in the
        // Sudan`: a place a subject is in, not where the happening is.
        let noun = sentence[..m.start()].trim_end().rsplit(' ').next();
        if m.as_str().starts_with("in ") && noun.is_some_and(|w| SUBJECT_NOUNS.contains(&w)) {
            return None;
        }
        // `the United Nations Office at Geneva`, `the Permanent Mission at
        // Vienna`: the city is in an entity's name, not where it meets.
        if m.as_str().starts_with("at ") && noun.is_some_and(|w| NAMED_AT.contains(&w)) {
            return None;
        }
        let start = m.start() + venue_name(m.as_str());
        let mut phrase = &sentence[start..m.end()];
        while let Some(p) = ["of", "des", "de", "du", "for", "the", "and"]
            .iter()
            .find_map(|w| phrase.strip_suffix(w).and_then(|p| p.strip_suffix(' ')))
        {
            phrase = p;
        }
        // `at the Economic and Social Council Chamber`: one venue; `in
        // Geneva and Nairobi`: the first of two places.
        let before_in = m
            .as_str()
            .starts_with("in ")
            .then(|| &sentence[..m.start()]);
        let names_venue = |p: &str| venue_phrase(p, &sentence[start + p.len()..], before_in);
        // `at the United Nations Office at Nairobi`: an office named after
        // its city (see [`NAMED_AT`]) is where the happening is.
        let office_city = phrase
            .rsplit_once(' ')
            .is_some_and(|(_, w)| NAMED_AT.contains(&w))
            .then(|| {
                let after = sentence[start + phrase.len()..].strip_prefix(" at ")?;
                after
                    .split([' ', ',', '.', '(', ';'])
                    .next()
                    .filter(|city| is_place(city))
            })
            .flatten();
        if let Some(city) = office_city {
            phrase = &sentence[start..start + phrase.len() + " at ".len() + city.len()];
        } else if !names_venue(phrase) {
            phrase = phrase
                .split_once(" and ")
                .map(|(first, _)| first)
                .filter(|first| names_venue(first))?;
        }
        let mut rest = &sentence[start + phrase.len()..];
        // `Conference Room 1`, `Hall 2B`: the number is part of the venue.
        let number = room_number(phrase, rest);
        let phrase = &sentence[start..start + phrase.len() + number];
        rest = &rest[number..];
        let mut place = phrase.to_string();
        // Extend with `, Country` / `, City` while the gazetteer knows the next part.
        while let Some(part) = next_part(rest).filter(|p| is_place(p)) {
            place = format!("{place}, {part}");
            rest = &rest[2 + part.len()..];
        }
        Some((start, place))
    });
    let remote = REMOTE.find(sentence).map(|m| {
        let online = m.len() - "online".len();
        match m.as_str().get(online..) {
            Some(way) if way.eq_ignore_ascii_case("online") => {
                (m.start() + online, way.to_string())
            }
            _ => (m.start(), "videoconference".to_string()),
        }
    });
    // The first named; on a tie, the named venue.
    [named, remote]
        .into_iter()
        .flatten()
        .min_by_key(|&(k, _)| k)
}

/// True when `phrase`, the name a `VENUE_PHRASE` gives before `rest`,
/// names where a happening is. `before_in` is the text before the phrase's
/// `in`, if it has one.
fn venue_phrase(phrase: &str, rest: &str, before_in: Option<&str>) -> bool {
    // `in Izmir, Türkiye`: a town the gazetteer lacks, before a country;
    // `hosted by the Government of Norway in Lillestrøm`: after its host
    // country's name.
    let in_country = || {
        is_town(phrase)
            && (next_part(rest).is_some_and(is_country) || before_in.is_some_and(ends_in_country))
    };
    // `in Nairobi Kenya from …`: a city and its country, no comma
    // between; `at the International Conference Center Geneva`: a venue
    // and its city.
    let site_and_place = || {
        phrase.rsplit_once(' ').is_some_and(|(site, place)| {
            is_place(site) && is_country(place) || is_venue(site) && is_place(place)
        })
    };
    // `at the Centre`, `in the Hall`: a venue noun alone names no venue,
    // but `at Headquarters`, the centres' acronyms and a numbered room
    // (`in Room 1`) do.
    let named_venue = || {
        is_venue(phrase)
            && (phrase.contains(' ')
                || ["Headquarters", "UNHQ", "UNCC", "VIC", "CICG"].contains(&phrase)
                || room_number(phrase, rest) > 0)
    };
    is_place(phrase) || named_venue() || in_country() || site_and_place()
}

/// True when `text` ends with a country's name (`… the Government of
/// Norway `), of up to four words.
fn ends_in_country(text: &str) -> bool {
    let text = text.trim_end();
    let mut start = text.len();
    for _ in 0..4 {
        let Some(k) = text[..start].rfind(' ') else {
            return is_country(text);
        };
        if is_country(&text[k + 1..]) {
            return true;
        }
        start = k;
    }
    false
}

/// A place written in a title before its date: a city or venue after `at`
/// or `held in` (`… held in Bangkok, Thailand`, `… at UN Headquarters`; a
/// bare `in` more often names a subject: `preparations for IGF 2025 in
/// Riyadh`), else places alone in the last cell (`Remarks at the Forum |
/// Kyoto, Japan`), else the last comma-separated part when it is a known
/// place (with the part before it for `City, Country`: `…with UN News,
/// Geneva`), else places alone in a closing parenthesis or after a closing
/// dash (`Workshop (Nairobi, Kenya)`, `Dialogue - New York`).
pub fn title_place(title: &str) -> Option<String> {
    // One pass over the words says which readings can apply: most titles
    // have none of these words and skip the scans below.
    let (mut at, mut dash) = (false, None);
    for w in title.split(' ') {
        at |= w == "at" || w == "held";
        if matches!(w, "-" | "–" | "—") {
            dash = Some(w);
        }
    }
    if at
        && let Some((k, v)) = venue_at(title)
        && let before = title[..k].trim_end_matches(' ')
        && let before = before.strip_suffix(" the").unwrap_or(before)
        && [" at", " held in", " held at"]
            .iter()
            .any(|w| before.ends_with(w))
        && v.split(", ")
            .next()
            .is_some_and(|first| city_zone(first).is_some() || is_venue(first))
    {
        return Some(v);
    }
    // Places alone after the last `sep` in `text`, maybe after `in` (`The
    // first Internet Governance Forum – in Athens`).
    let places_after = |text: &str, sep: &str| {
        let k = memchr::memmem::rfind(text.as_bytes(), sep.as_bytes())?;
        let part = &text[k + sep.len()..];
        let part = part.strip_prefix("in ").unwrap_or(part);
        only_places(part).then(|| part.to_string())
    };
    // `Remarks at the Forum | Geneva`: a place in the last cell.
    let bar = || memchr::memchr(b'|', title.as_bytes()).and_then(|_| places_after(title, " | "));
    bar()
        .or_else(|| comma_place(title))
        .or_else(|| places_after(title.strip_suffix(')')?, " ("))
        .or_else(|| places_after(title, &format!(" {} ", dash?)))
}

/// The last comma-separated part of a title, when it is a known place
/// (also with the space after the comma lost: `…, fourteenth session,New
/// York`).
fn comma_place(title: &str) -> Option<String> {
    let parts: Vec<&str> = title.split(',').map(str::trim_start).collect();
    if parts.len() < 2 {
        return None;
    }
    let last = parts[parts.len() - 1];
    // `…, Geneva`; also a venue or room (`…, Conference Room 4`).
    // `Conference Room 4`, `Room XXIII`, `Popov Room`: a short name whose
    // last word is a room's number or `Room`.
    let room = || {
        let id = last.rsplit(' ').next().unwrap_or_default();
        last.split(' ').count() <= 4
            && last.split(' ').any(|w| w == "Room")
            && (id == "Room"
                || id
                    .bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'))
    };
    if !(is_place(last) || is_venue(last) || room() || venue_in_city(last)) {
        return None;
    }
    // `…, Bucharest, Romania`: a town the gazetteer lacks before a country.
    let town = |city: &str| city_zone(city).is_some() || (is_town(city) && is_country(last));
    // `Opening remarks at the IGF 2023 in Kyoto, Japan`: a city the
    // gazetteer knows after `in`, before its country (a bare `in` may name
    // a region a subject is in: `… on data in Africa, Kenya`).
    let before = parts[parts.len() - 2];
    if is_country(last)
        && !town(before)
        && let Some((_, city)) = before.rsplit_once(" in ")
        && city_zone(city).is_some()
    {
        return Some(format!("{city}, {last}"));
    }
    match parts.len().checked_sub(2).map(|k| parts[k]) {
        Some(city) if parts.len() > 2 && town(city) && city_zone(last).is_none() => {
            Some(format!("{city}, {last}"))
        }
        // `…, UNESCO HQ, Paris`: a venue before its city.
        Some(venue) if parts.len() > 2 && city_zone(last).is_some() && is_venue(venue) => {
            Some(format!("{venue}, {last}"))
        }
        _ => Some(last.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_places_and_venues() {
        assert!(is_place("Geneva"));
        assert!(is_place("POLAND"));
        assert_eq!(city_zone("Belém"), Some(Tz::America__Belem));
        assert!(only_places("Nice"));
        // French and Spanish rooms, their kind in lower case.
        for room in [
            "Salle de presse",
            "Salle de presse 1",
            "Sala de conferencias 2",
            "Salle de presse, Palais des Nations",
        ] {
            assert!(only_places(room), "{room}");
        }
        assert!(!only_places(
            "Salle de presse et de conférence des Nations Unies à Genève"
        ));
        assert!(only_places("Online and in-person"));
        assert!(only_places("UN Headquarters, New York – online"));
        assert!(only_places("In person"));
        assert!(!only_places("Online and more"));
        assert!(only_places(
            "UN Headquarters, The United States of America and online"
        ));
        assert!(only_places("Geneva, Switzerland and remotely"));
        // The way to join from afar said first; a US town and its state.
        assert!(only_places("Online and New York, NY"));
        assert!(!only_places("Online and more"));
        assert!(only_places("Washington, DC"));
        assert!(only_places("Boston, MA, USA"));
        assert!(!only_places("Boston, Massachusetts Avenue"));
        // A town the gazetteer lacks, before its country; not a body's
        // acronym.
        assert!(only_places("Kumasi, Ghana"));
        assert!(!only_places("ACABQ, Sierra Leone"));
        assert!(only_places("GENEVA, Switzerland"));
        // A heading's place in capitals, read as the name it is.
        assert!(only_places("PALAIS DES NATIONS"));
        assert!(only_places("CONFERENCE ROOM XXV, PALAIS DES NATIONS"));
        assert!(only_places("UN HEADQUARTERS, NEW YORK"));
        assert!(!only_places(
            "HEADQUARTERS PRESS BRIEFING BY UNAIDS DIRECTOR"
        ));
        // A way to attend with its venue in brackets, commas and all.
        assert!(only_places(
            "In-person (Campus North, Rue du Lac 4, Geneva) and online"
        ));
        assert!(!only_places(
            "In-person (Campus North, Rue du Lac 4, Geneva) and lunch"
        ));
        // A building's acronym right before a room.
        assert!(only_places("CSIR, Room Amethyst"));
        // A short name with its room's number; not a sentence's `room 4`.
        assert!(only_places("Side event Room 7"));
        // A venue, then its city with no comma, ending a title.
        for (title, place) in [
            ("Expert meeting, UNHQ New York", Some("UNHQ New York")),
            (
                "Expert meeting, UN Headquarters Geneva",
                Some("UN Headquarters Geneva"),
            ),
            ("Gala, Youth Hall of Fame New York", None),
        ] {
            assert_eq!(title_place(title).as_deref(), place, "{title}");
        }
        assert!(!only_places("Book a room 4"));
        assert!(!only_places("Youth voices from every region Room 7"));
        assert!(only_places("Popov Room, ITU"));
        assert!(only_places("Popov Room, ITU, Geneva"));
        assert!(!only_places("Popov Room, ITU, UNDP"));
        assert!(only_places("Popov Room (TBC), ITU"));
        assert!(!only_places("Workshop, Room 3"));
        // A street, its number first and its kind last, in a known city.
        assert!(is_street_address("605 3rd Avenue, New York"));
        assert!(!is_street_address("2030 Agenda, New York"));
        assert!(!is_street_address("605 3rd Avenue, Somewhere"));
        // A room at UN Headquarters, then its building's code.
        assert!(only_places("CR-3 CB (TBC)"));
        assert!(only_places("ECOSOC Chamber CB"));
        assert!(only_places("CR-8 GA and virtual room (UN Zoom)"));
        assert!(!only_places("Second regular session CB"));
        // A numbered room in lower case, after the building it is in.
        assert!(only_places(
            "United Nations Headquarters, New York, conference room 4"
        ));
        assert!(!only_places("conference room 4"));
        assert!(!only_places("Geneva, room for debate"));
        assert!(!only_places("CSIR, UNDP"));
        // UN Headquarters' conference rooms, shortened.
        assert!(only_places("CR 6"));
        assert!(only_places("CR.11"));
        assert!(!only_places("CR 2024"));
        assert!(!is_place("poland"), "places are capitalized");
        assert!(!is_place("UNDP"));
        assert!(is_venue("United Nations Headquarters"));
        assert!(!is_venue("Mobile World Congress"));
        assert!(!is_venue("Workshop on Capacity Building"));
        assert!(!is_venue("Youth Town Hall"));
        // The Organization is no building; its palace in Geneva is.
        assert!(!is_venue("United Nations"));
        assert!(is_venue("Palais des Nations"));
        assert!(is_venue("Secretariat Building"));
        assert!(is_venue("International Environment House II"));
        assert!(!is_venue("Chapter II"));
        assert!(only_places("WHO headquarters Auditorium"));
        assert!(only_places("FAO headquarters, Rome"));
        assert!(only_places("UNESCO HQ, Paris"));
        assert!(looks_like_place(
            "Conference Room 4, United Nations Headquarters"
        ));
        assert!(looks_like_place("Press Briefing Room (S-237)"));
        assert!(looks_like_place("UN City Copenhagen"));
        assert!(!looks_like_place("UN Copenhagen"));
        assert!(!looks_like_place("Youth forum in Copenhagen"));
        assert!(!looks_like_place(
            "Physical (on-site) and virtual (remote) participation"
        ));
        assert_eq!(
            first_city_zone("held in Nairobi, Kenya"),
            Some(Tz::Africa__Nairobi)
        );
        assert_eq!(
            first_city_zone("Romeo and Juliet, staged in Bangkok"),
            Some(Tz::Asia__Bangkok)
        );
        assert_eq!(first_city_zone("in NYC"), Some(Tz::America__New_York));
        assert_eq!(first_city_zone("in Bogotá"), Some(Tz::America__Bogota));
    }

    #[test]
    fn venues_in_sentences() {
        let cases = [
            (
                "Held at the United Nations Headquarters on 21 June 2023",
                Some("United Nations Headquarters"),
            ),
            (
                "in-person in Katowice, Poland, from 6 to 10 December",
                Some("Katowice, Poland"),
            ),
            (
                "held in Bangkok, Thailand from 4 to 6 March",
                Some("Bangkok, Thailand"),
            ),
            (
                "launched at a videoconference at the level of Foreign Ministers",
                Some("videoconference"),
            ),
            ("in the Secretary-General's Roadmap", None),
            (
                "will travel to Abuja, Nigeria, on 3 July 2024",
                Some("Abuja, Nigeria"),
            ),
            ("will visit Kenya from 3 to 5 July", Some("Kenya")),
            // A venue's name may hold an `and`; two places joined by one
            // give the first.
            (
                "to be held at the Economic and Social Council Chamber on Tuesday",
                Some("Economic and Social Council Chamber"),
            ),
            ("held in Geneva and New York on 3 May", Some("Geneva")),
            // An office named after its city is where it meets.
            (
                "held at the United Nations Office at Nairobi (UNON) on 3 May",
                Some("United Nations Office at Nairobi"),
            ),
            ("held at the Office at Geneva on 3 May", None),
            ("meets at UNHQ and online on 3 May", Some("UNHQ")),
            (
                "will take place in Nairobi Kenya from 15th to 16 of September 2018",
                Some("Nairobi Kenya"),
            ),
            ("in Geneva Peace Week", None),
            (
                "convened at the UN House in Beirut on 1 February 2007",
                Some("UN House"),
            ),
            (
                "will take place online from 1 to 5 November. It is organized by \
                 the United Nations Office at Geneva",
                Some("online"),
            ),
            ("hosted by the United Nations Office at Geneva", None),
            ("after online registration", None),
            (
                "visited Nairobi, Kenya from 4 to 6 March",
                Some("Nairobi, Kenya"),
            ),
            ("travelled to Bonn for the talks", Some("Bonn")),
            ("will speak to Member States on 3 July", None),
            (
                "launched at 10:00 EDT in Conference Room 1.",
                Some("Conference Room 1"),
            ),
            ("held in Hall 12B, Geneva", Some("Hall 12B, Geneva")),
            // A year after a room is no room number.
            ("in Conference Room 2024 style", Some("Conference Room")),
            ("celebrated in Izmir, Türkiye, with", Some("Izmir, Türkiye")),
            (
                "held in Incheon, Republic of Korea.",
                Some("Incheon, Republic of Korea"),
            ),
            (
                "held in Sarajevo, Bosnia and Herzegovina and online",
                Some("Sarajevo, Bosnia and Herzegovina"),
            ),
            ("held in Geneva, and the report", Some("Geneva")),
            ("set out in Annex, Part Two", None),
            // A town after its host country's name.
            (
                "hosted by the Government of Norway in Lillestrøm from 23 June",
                Some("Lillestrøm"),
            ),
            ("hosted by Costa Rica in Puntarenas", Some("Puntarenas")),
            ("hosted by UNEP in Sustainable Finance", None),
            // A venue noun alone is no venue.
            ("the Update, Communities at the Centre, in Eshowe", None),
            // A venue and its city, then its street address.
            (
                "at the International Conference Center Geneva (CICG), 17 rue de Varembé",
                Some("International Conference Center Geneva"),
            ),
        ];
        for (sentence, venue) in cases {
            assert_eq!(venue_in(sentence).as_deref(), venue, "{sentence}");
        }
    }

    #[test]
    fn lines_that_only_say_where() {
        for text in [
            "Bangkok, Thailand",
            "Palais des Nations, Room XX",
            "Conference Room 4, United Nations Headquarters",
            "Conference Room 6, UNHQ",
            "Virtual (Zoom)",
            "online",
            "St. John's, Antigua and Barbuda",
            "Sharm El-Sheikh, Egypt",
            "Palais des Nations, Lillestrøm, Norway",
            "Palais des Nations and online",
            "Palais des Nations, Room XXIV & Zoom",
            "Room 4 and Microsoft Teams",
            "Zoom",
            "Microsoft Teams",
            "Vienna International Centre, Boardroom B",
            "Salle XXIV, E building, Palais des Nations, Geneva, Switzerland",
            "New York, The USA",
            "New York City, US",
            "The Hague, the Netherlands",
            "Banjul, The Gambia",
            "Press Briefing Room, S-237",
            "38th Floor",
            "Security Council Stakeout",
            "UNCC and via videoconferencing",
            "Geneva, Switzerland and online at https://bit.ly/3IXhVnd",
            "VIC, Board Room D",
            "Blue Zone, SDG Media Zone",
            "Main Committee Room, Altice Arena",
            "Main auditorium",
            "Conference Rooms 1, 2 and 3",
            "Conference Room 1, 2 and 3",
            "Rooms A & B",
            "Halls XIX and XX",
            "UN Secretariat Building, 2nd floor",
        ] {
            assert!(only_places(text), "{text}");
        }
        for text in [
            "",
            "Launch of the report",
            "Geneva Peace Week",
            "Bangkok, the forum",
            "Bangkok, The Summit",
            "Launch of the Report, Egypt",
            "Workshop, Bucharest, Romania",
            "St. John's",
            "The Secretary-General spoke to Member States in the General Assembly Hall",
            "Leaders gathered at Headquarters",
            "Palais des Nations & friends",
            "hybrid: Palais des Nations",
            "S-237",
            "Mapping the Ocean Floor",
            "Floor debate",
            "Town hall meeting",
            "Sessions 1, 2 and 3",
            "Debate in the Rooms 1 and 2",
            "Rooms 1 and online",
        ] {
            assert!(!only_places(text), "{text}");
        }
        // A way to attend may lead the venue.
        assert_eq!(
            after_attendance_lead("Hybrid: Palais des Nations"),
            "Palais des Nations"
        );
        assert_eq!(after_attendance_lead("hybrid"), "hybrid");
        let longest = CITIES.iter().map(|c| c.0).chain(COUNTRIES.iter().copied());
        assert!(longest.map(str::len).max() <= Some(MAX_PLACE_BYTES));
    }

    #[test]
    fn a_bracketed_country_named_again_after_its_town_opens_nothing() {
        let text = "(Italy), Rome (Italy), Hybrid Event";
        assert_eq!(
            &text[repeated_country(text)..],
            "Rome (Italy), Hybrid Event"
        );
        assert_eq!(repeated_country("(Kenya), Nairobi"), 0);
        assert_eq!(repeated_country("(Global), Online (Global)"), 0);
        assert_eq!(repeated_country("Rome (Italy)"), 0);
    }

    #[test]
    fn a_way_to_attend_is_dropped_from_a_place_it_stands_in() {
        let place = |t: &str| without_ways_to_attend(t.to_string());
        assert_eq!(
            place("Room XXV, in a hybrid format, Palais des Nations, Geneva"),
            "Room XXV, Palais des Nations, Geneva"
        );
        assert_eq!(place("Palais des Nations, Online"), "Palais des Nations");
        assert_eq!(
            place("UN headquarters' press room, New York, and UN Web TV"),
            "UN headquarters' press room, New York"
        );
        assert_eq!(place("Room 4, webcast"), "Room 4");
        assert_eq!(place("UNCC and via videoconferencing"), "UNCC");
        assert_eq!(
            place("UN Headquarters, New York and online via UN Web TV"),
            "UN Headquarters, New York"
        );
        assert_eq!(
            place("Palais des Nations, Room XXIV & Zoom"),
            "Palais des Nations, Room XXIV"
        );
        assert_eq!(place("Online"), "Online");
        assert_eq!(place("Virtual, Zoom"), "Virtual, Zoom");
        assert_eq!(place("Geneva, Switzerland"), "Geneva, Switzerland");
    }

    #[test]
    fn addresses_open_with_a_venue_or_number_and_end_in_a_city() {
        for (text, address) in [
            ("12 Rue de Lausanne (2nd floor), Geneva", true),
            ("Delegates Lobby, UN House, Nairobi", true),
            ("Ford Foundation Center, 320 E 43rd St, New York, NY", true),
            // A name first is an item's, however it ends.
            ("Youth Forum, Geneva", false),
            ("Conference on Water, Room XX, Geneva", false),
            // A venue with no town says where, but is no address.
            ("Room XX, Palais des Nations", false),
        ] {
            assert_eq!(is_address(text), address, "{text}");
        }
    }

    #[test]
    fn capitals_are_places_with_their_zones() {
        for city in [
            "Bamako",
            "Kyiv",
            "Kiev",
            "Yerevan",
            "Port-au-Prince",
            "Nuku'alofa",
        ] {
            assert!(is_place(city), "{city}");
        }
        assert!(only_places("Bamako, Mali"));
        assert!(!is_place("Male"));
    }

    #[test]
    fn ways_to_attend_and_unknown_venues() {
        for (text, only) in [
            ("Virtual event", true),
            ("Online via Microsoft Teams", true),
            ("Virtual event held via Zoom", true),
            ("Online via the platform of the organizers", false),
            ("Geneva via Paris", false),
            (
                "Room XXV, in a hybrid format, Palais des Nations, Geneva",
                true,
            ),
        ] {
            assert_eq!(only_places(text), only, "{text}");
        }
        assert!(
            is_unknown("TBC")
                && is_unknown("To be announced.")
                && is_unknown("Venue to be confirmed")
        );
        assert!(!is_unknown("TBC Hall"));
        assert!(names_no_place("https://unctad.org/meeting") && names_no_place("www.un.org/webtv"));
        assert!(!names_no_place("Palais des Nations"));
    }

    #[test]
    fn places_in_titles() {
        assert_eq!(
            title_place("Interview with UN News, Geneva").as_deref(),
            Some("Geneva")
        );
        assert_eq!(
            title_place("Summit, Nairobi, Kenya").as_deref(),
            Some("Nairobi, Kenya")
        );
        assert_eq!(
            title_place("Dialogue: Building the Future, UNESCO HQ, Paris").as_deref(),
            Some("UNESCO HQ, Paris")
        );
        assert_eq!(
            title_place("Dialogue, WHO headquarters, Geneva").as_deref(),
            Some("WHO headquarters, Geneva")
        );
        assert_eq!(
            title_place("The first Internet Governance Forum – in Athens").as_deref(),
            Some("Athens")
        );
        // A known city after `in`, before its country; not a region.
        assert_eq!(
            title_place("Opening remarks at the IGF 2023 in Kyoto, Japan").as_deref(),
            Some("Kyoto, Japan")
        );
        assert_eq!(
            title_place("Workshop on data in Africa, Kenya").as_deref(),
            Some("Kenya")
        );
        assert_eq!(title_place("UN Chief, Melinda Gates and Jack Ma"), None);
        assert_eq!(
            title_place("Committee on Cooperation, fourteenth session,New York").as_deref(),
            Some("New York")
        );
        assert_eq!(title_place("Forum of 1,000 Cities"), None);
        assert_eq!(
            title_place("Launch of the AI report – Conference Room 2").as_deref(),
            Some("Conference Room 2")
        );
        assert_eq!(title_place("Launch – the next steps"), None);
        for (title, place) in [
            (
                "Regional Forum held in Bangkok, Thailand",
                Some("Bangkok, Thailand"),
            ),
            ("Expert meeting at UN Headquarters", Some("UN Headquarters")),
            ("Workshop (Nairobi, Kenya)", Some("Nairobi, Kenya")),
            ("High-level dialogue - New York", Some("New York")),
            ("MAG meeting: preparations for IGF 2025 in Riyadh", None),
            ("Talk (Sponsors: Norway, Ghana)", None),
            (
                "Conference (PP-22), Bucharest, Romania",
                Some("Bucharest, Romania"),
            ),
            (
                "Launch of the SDG Report (DESA), Conference Room 4",
                Some("Conference Room 4"),
            ),
            ("Dialogue, Room XXIII governance", None),
            ("Remarks at the Forum | Kyoto, Japan", Some("Kyoto, Japan")),
            ("Data | AI | Ethics", None),
        ] {
            assert_eq!(title_place(title).as_deref(), place, "{title}");
        }
    }
}
