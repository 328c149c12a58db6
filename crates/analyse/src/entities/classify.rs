//! Typing of candidate names from lists, titles, head words, shapes and
//! context (organisation nouns around a name, team words and scores in
//! sports reports, model numbers after a maker, market-index words), then
//! made consistent over the document: a name typed once is typed the same
//! everywhere, surnames follow their full names (even over a town of that
//! name), a lone word follows the organisation whose full name it opens,
//! and names on all-capitals headlines are recognised from the rest of the
//! text.

use std::collections::HashMap;

use concord_model::EntityType;

use super::chunk::{listed_at, Span};
use super::cues;
use super::gazetteer::{gazetteer, key};
use super::token::{Shape, Token};

/// A typed candidate; `strength` is 0 (a guess) to 3 (listed or cued).
#[derive(Clone, Debug)]
pub struct Named {
    /// The candidate.
    pub span: Span,
    /// Its type.
    pub kind: EntityType,
    /// How sure the type is.
    pub strength: u8,
}

/// True for a threat-actor code name (APT42, UNC1151, Storm-0501, TA453).
pub fn is_actor_code(word: &str) -> bool {
    let digits_after = |prefix: &str| {
        word.strip_prefix(prefix).is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
    };
    ["APT", "UNC", "TA", "FIN", "Storm-", "DEV-", "TEMP.", "G"].iter().any(|p| digits_after(p) && (*p != "G" || word.len() == 5))
}

fn is_initial(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (word.ends_with('.') && letters <= 2) || (letters == 2 && word.len() == 2 && word.chars().all(|c| c.is_uppercase()))
}

/// Words that say a text is a sports report.
const SPORTS: &[&str] = &[
    "soccer", "football", "cricket", "tennis", "golf", "baseball", "basketball", "rugby", "athletics", "cycling",
    "boxing", "hockey", "skiing", "swimming", "rowing", "sailing", "squash", "badminton", "volleyball",
    "handball", "racing", "motorcycling", "league", "championship", "cup",
];

/// Words around a team name in a sports report ("Lazio beat Roma", "Kent v Surrey").
const MATCH_WORDS: &[&str] = &["beat", "beats", "drew", "lost", "won", "v", "vs", "vs.", "defeated", "edged", "routed", "thrashed", "against", "draw", "at"];

/// Lower-case words after a town that make it its team ("Surrey captain", "Newcastle team mate").
const TEAM_ROLES: &[&str] = &[
    "captain", "coach", "manager", "team", "squad", "striker", "midfielder", "defender", "goalkeeper", "keeper",
    "winger", "forward", "bowler", "batsman", "player", "players", "skipper", "fans", "supporters",
];

/// True when the opening of the text is about sport.
pub fn is_sports(tokens: &[Token<'_>]) -> bool {
    tokens.iter().take(12).any(|t| SPORTS.contains(&t.text.to_lowercase().as_str()))
}

/// Words that end a team's nickname though they are no plurals ("Chicago White Sox", "Miami Heat").
const NICKNAME_ENDS: &[&str] = &["Sox", "Heat", "Magic", "Jazz", "Lightning", "Avalanche", "Wild"];

/// True when `word` is shaped like the last word of a team's nickname: a
/// plural ("Orioles", "Blue Jays") or one of [`NICKNAME_ENDS`] ("Sox");
/// not a possessive, nor a name ending in "ss", "us" or "is" ("Gauss", "Marcus", "Davis").
fn is_nickname_word(word: &str) -> bool {
    NICKNAME_ENDS.contains(&word)
        || (word.chars().count() > 3 && word.ends_with('s') && !["ss", "us", "is", "'s", "’s"].iter().any(|e| word.ends_with(e)))
}

/// In a sports report, the length of the town or state that opens the
/// capitalised run `[first, end)` when the rest of the run, one or two
/// words, is its team's nickname ("Cleveland Indians", "Kansas City Royals",
/// "Chicago White Sox"); `None` otherwise. A country before a plural is left
/// alone: national sides are named by their country.
pub fn team_town(tokens: &[Token<'_>], first: usize, end: usize) -> Option<usize> {
    let (len, entry) = listed_at(tokens, first, false)?;
    let nickname = end - first > len && end - first - len <= 2 && is_nickname_word(tokens[end - 1].text);
    (nickname && entry.kind == EntityType::Place && entry.country != Some(entry.name)).then_some(len)
}

/// Words that say a text is about cyber attacks (as prefixes: "hack"
/// covers hackers and hacking, "cyber" cyberattack).
const CYBER: &[&str] = &["hack", "cyber", "malware", "ransomware", "phishing", "spyware", "botnet", "espionage", "backdoor", "exploit"];

/// True when at least two words of the text are about cyber attacks.
pub fn is_cyber(tokens: &[Token<'_>]) -> bool {
    let about = |t: &&Token<'_>| {
        let lower = t.text.to_lowercase();
        CYBER.iter().any(|c| lower.starts_with(c))
    };
    tokens.iter().filter(about).nth(1).is_some()
}

/// Words that say a text is about space ("Jupiter" is a planet there, a
/// town in Florida elsewhere).
const SPACE: &[&str] = &["planet", "planets", "moon", "moons", "orbit", "spacecraft", "astronomers", "astronaut", "astronauts", "telescope", "probe", "rover", "asteroid", "comet", "solar", "nasa"];

/// True when at least two words of the text are about space.
fn is_space(tokens: &[Token<'_>]) -> bool {
    tokens.iter().filter(|t| SPACE.contains(&t.text.to_lowercase().as_str())).nth(1).is_some()
}

/// True for the ISO date after a dateline's place ("NEW YORK 1996-08-30"): the
/// place is where the report was filed, whatever team bears its name.
fn is_dateline_date(t: Option<&Token<'_>>) -> bool {
    t.is_some_and(|t| t.text.len() == 10 && t.text.bytes().enumerate().all(|(k, b)| if k == 4 || k == 7 { b == b'-' } else { b.is_ascii_digit() }))
}

/// A team named after its town in a sports report: followed by a score or a match verb.
fn is_team(tokens: &[Token<'_>], span: &Span) -> bool {
    let country = span.listed.is_some_and(|e| e.country == Some(e.name));
    let after = tokens.get(span.last).filter(|t| t.sentence == tokens[span.first].sentence);
    let before = span.first.checked_sub(1).map(|i| &tokens[i]).filter(|t| t.sentence == tokens[span.first].sentence);
    // A dateline's date ("MILWAUKEE , Wisconsin 1996-08-29") is no score.
    let date = |t: &Token<'_>| is_dateline_date(Some(t));
    // In a schedule ("KANSAS CITY AT DETROIT") the visiting team comes first; the other name is where they play.
    let visiting = |t: &Token<'_>| t.text == "AT";
    !country
        && (after.is_some_and(|t| (t.shape == Shape::Number && !date(t)) || MATCH_WORDS.contains(&t.text) || visiting(t) || TEAM_ROLES.contains(&t.text))
            || before.is_some_and(|t| matches!(t.text, "v" | "vs" | "vs." | "beat" | "defeated" | "against" | "joined" | "champions" | "rivals" | "hosts" | "visitors" | "leaders")))
}

/// Is the name a cricketer's on a scorecard: after a dismissal ("c Ranatunga
/// b Muralitharan 22", "st Kaluwitharana", "lbw b Wasim") or before bowling
/// figures ("Muralitharan 10-0-41-2")?
fn in_scorecard(tokens: &[Token<'_>], span: &Span) -> bool {
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == tokens[span.first].sentence);
    let dismissed = span.first.checked_sub(1).and_then(same).is_some_and(|t| matches!(t.text, "b" | "c" | "st" | "lbw"));
    let figures = same(span.last).is_some_and(|t| {
        let parts: Vec<&str> = t.text.split('-').collect();
        parts.len() == 4 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit() || b == b'.'))
    });
    span.last - span.first <= 3 && (dismissed || figures)
}

/// Labels of the lines of a sports report's tables ("Bowling : …", "Scorers : …").
pub const TABLE_LABELS: &[&str] = &[
    "Bowling", "Batting", "Scores", "Scorers", "Score", "Penalties", "Goals", "Attendance", "Result", "Results",
    "Teams", "Team", "Referee", "Half-time", "Halftime", "Fall", "Extras", "Total", "Note", "Leading", "Standings",
    "Points", "Sent-off", "Substitutes", "Replacements", "Tries", "Conversions", "Umpires", "Toss",
];

/// Is the name the ground that opens a line of results: "Hove : Sussex 363
/// ( W. Athey 111 ) , Lancashire 197-8", "Tunbridge Wells : Nottinghamshire 214"?
fn is_venue(tokens: &[Token<'_>], span: &Span) -> bool {
    if span.last - span.first == 1 && TABLE_LABELS.contains(&tokens[span.first].text) {
        return false;
    }
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == tokens[span.first].sentence);
    let colon = same(span.last).is_some_and(|t| t.text == ":");
    let team = same(span.last + 1).is_some_and(Token::is_capital);
    let score = (span.last + 2..span.last + 4).any(|k| same(k).is_some_and(|t| t.shape == Shape::Number));
    opens_line(tokens, span) && colon && team && score
}

/// Does the name open its line (its sentence)?
fn opens_line(tokens: &[Token<'_>], span: &Span) -> bool {
    span.first == 0 || tokens[span.first - 1].sentence != tokens[span.first].sentence
}

/// Lower-case nouns of places that a name stands before ("Stansted airport",
/// "the Kosevo stadium", "the al-Ram checkpoint").
const PLACE_NOUNS_AFTER: &[&str] = &[
    "airport", "stadium", "mountains", "checkpoint", "sanatorium", "prison", "jail", "region", "port",
    "mosque", "church", "cathedral", "temple", "shrine", "monastery", "palace", "border", "crossing", "valley",
    "enclave", "settlement", "refinery", "dam", "highway", "motorway", "suburb", "neighbourhood", "neighborhood",
];

/// Lower-case words that may stand between such a name and its noun ("Qalandia refugee camp").
const PLACE_NOUN_MODIFIERS: &[&str] = &["refugee", "presidential", "air", "military", "naval", "border", "international", "main", "old", "royal"];

/// Faiths and regions' adjectives, whose church or border is no place's name
/// ("the Baptist church", "the Southern border").
const NOT_PLACES: &[&str] = &[
    "Baptist", "Methodist", "Lutheran", "Anglican", "Catholic", "Mormon", "Episcopal", "Orthodox", "Presbyterian",
    "Evangelical", "Pentecostal", "Protestant", "Unitarian", "Adventist", "Coptic", "Shia", "Shiite", "Sunni",
    "Hindu", "Sikh", "Buddhist", "Jewish", "Muslim", "Islamic", "Christian", "Quaker", "Southern", "Northern",
    "Eastern", "Western", "Central",
];

/// Does a lower-case noun of places follow the name, perhaps after one
/// modifier ("the Qalandia refugee camp"; a camp only so: "the Clinton camp"
/// is her campaign)?
fn before_place_noun(tokens: &[Token<'_>], span: &Span) -> bool {
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == tokens[span.first].sentence);
    let noun = |k: usize| same(k).is_some_and(|t| PLACE_NOUNS_AFTER.contains(&t.text));
    let modified = |k: usize| same(k).is_some_and(|t| PLACE_NOUNS_AFTER.contains(&t.text) || matches!(t.text, "camp" | "base"));
    let name = &tokens[span.first..span.last];
    let adjective = name.iter().any(|t| NOT_PLACES.contains(&t.text) || t.text.ends_with("ern"));
    !adjective && (noun(span.last) || same(span.last).is_some_and(|t| PLACE_NOUN_MODIFIERS.contains(&t.text)) && modified(span.last + 1))
}

/// Does the name open a dateline: at the start of its sentence, then a
/// comma and a listed country or state, then the date or the agency
/// ("LONGYEAR , Norway 1996-08-30", "ESCHEN, Liechtenstein (Reuters)")?
fn opens_dateline(tokens: &[Token<'_>], span: &Span) -> bool {
    let comma = tokens.get(span.last).is_some_and(|t| t.text == ",");
    if !(opens_line(tokens, span) && comma) {
        return false;
    }
    let region = listed_at(tokens, span.last + 1, false).filter(|(_, e)| e.kind == EntityType::Place && e.country.is_some());
    let after = region.and_then(|(len, _)| tokens.get(span.last + 1 + len));
    after.is_some_and(|t| is_dateline_date(Some(t)) || t.text == "(")
}

/// Nouns an acronym names when it stands before them ("KCNA news agency").
const ACRONYM_NOUNS: &[&str] = &["news", "agency", "newspaper", "television", "tv", "radio", "channel", "network", "website", "report", "statement", "poll", "survey", "data"];

/// A name introduced by an organisation noun ("news agency Tanjug") or
/// followed, directly or through its possessive, by something only an
/// organisation has ("Magna shares", "Cofinec 's shareholders").
fn org_context(tokens: &[Token<'_>], span: &Span) -> bool {
    let same = |t: &&Token<'_>| t.sentence == tokens[span.first].sentence;
    let before = span.first.checked_sub(1).map(|i| &tokens[i]).filter(same);
    let mut after = tokens[span.last..].iter().take(2).filter(same);
    let next = after.next();
    let owned = if next.is_some_and(Token::is_possessive) { after.next() } else { next };
    before.is_some_and(|t| t.shape == Shape::Lower && cues::is_org_cue(t.text)) || owned.is_some_and(|t| cues::is_org_after(t.text))
}

/// True for an unlisted word shaped like a demonym ("Zairean", "Chechens").
fn is_demonym_shaped(tokens: &[Token<'_>], span: &Span) -> bool {
    let word = tokens[span.first].text;
    let plural = word.ends_with('s');
    let stem = word.strip_suffix('s').unwrap_or(word);
    let shaped = word.len() > 5
        && !word.contains('-')
        && ["ian", "ean", "ese", "ish", "ic", "i"].iter().any(|e| stem.ends_with(e))
        && (!stem.ends_with('i') || stem.ends_with("ni") || stem.ends_with("qi") || stem.ends_with("di") || stem.ends_with("li"));
    let before_noun = tokens.get(span.last).is_some_and(|t| t.shape == Shape::Lower);
    // (an unlisted word in "i" before a noun is more often a company or a
    // surname, "Pirelli cables", "Hyundai cars", than a people: those are listed)
    let before_noun = before_noun && !stem.ends_with('i');
    // ("Ohioans", "Iowans": the people of a listed place, named after it)
    let of_place = |place: Option<&str>| place.is_some_and(|p| p.len() > 2 && gazetteer().get(&p.to_lowercase()).is_some_and(|e| e.kind == EntityType::Place));
    let resident = stem.strip_suffix('n').is_some_and(|s| of_place(Some(s)) || of_place(s.strip_suffix('a')));
    span.last - span.first == 1 && (shaped || resident) && (plural || before_noun) && !gazetteer().is_given_name(word)
}

/// A capitalised word for a faith or doctrine ("Jainism", "Thatcherism").
fn is_doctrine(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ism") && word.chars().next().is_some_and(char::is_uppercase) && word.chars().skip(1).all(char::is_lowercase)
}

/// A listed people of a country ("Chinese", "Americans").
fn is_demonym(word: &str) -> bool {
    gazetteer().get(&word.to_lowercase()).is_some_and(|e| e.kind == EntityType::Other && e.country.is_some())
}

/// A listed people, of a country or not ("Americans", "African", "Jews").
fn is_listed_people(word: &str) -> bool {
    gazetteer().get(&word.to_lowercase()).is_some_and(|e| e.kind == EntityType::Other)
}

/// Two listed peoples joined by a hyphen ("Chinese-American"), also of a
/// continent or region ("African-American", "Asian-American").
fn is_joint_demonym(word: &str) -> bool {
    // (a people's combining form opening it: "Franco-Algerian", "Sino-Soviet")
    let combining = |w: &str| matches!(w, "Franco" | "Anglo" | "Sino" | "Russo" | "Indo" | "Afro" | "Euro" | "Austro" | "Italo" | "Judeo" | "Greco" | "Hispano" | "Luso");
    let mut parts = word.split('-');
    let first = parts.next().unwrap_or("");
    word.contains('-') && (is_listed_people(first) || combining(first)) && parts.all(is_listed_people)
}

/// Whether the token at `k` is a capitalised title ("Minister", "Secretary"):
/// a name just before it is the title's field ("Defence Minister").
fn title_at(tokens: &[Token<'_>], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.shape == Shape::Cap && cues::is_title(t.text))
}

/// Words after a lone unknown name that make it a person ("Olukoya urged
/// Nigerians to pray", "Zelensky thanked"): "who" and verbs of speech and
/// stance that a company's name seldom takes before the listed ones.
const PERSON_VERBS: &[&str] = &[
    "said", "told", "says", "added", "wrote", "who", "warned", "thanked", "vowed", "insisted", "argued", "urged",
    "praised", "criticised", "criticized", "denied", "admitted", "stressed", "replied", "promised",
];

/// `space` holds, once asked, whether the text is about space ([`is_space`],
/// a scan of the whole text done at most once per text).
fn type_span(tokens: &[Token<'_>], span: &Span, sports: bool, space: &std::cell::OnceCell<bool>) -> (EntityType, u8) {
    use EntityType::*;
    let words = &tokens[span.first..span.last];
    let (first, last) = (words[0].text, words[words.len() - 1].text);
    // a given name or an initial opens it ("Leander Paes", "J. Smith")
    let personal = gazetteer().is_given_name(first) || is_initial(first);
    if sports && span.listed.is_none() && in_scorecard(tokens, span) {
        return (Person, 2);
    }
    if sports && is_venue(tokens, span) {
        return (Place, 3);
    }
    if sports && words.len() <= 3 && matches!(span.listed.map(|e| e.kind), Some(Place) | None) && is_team(tokens, span) {
        if span.listed.is_some() {
            return (Organisation, 4);
        }
        // A name of several words opening a row of a standings table ("Greenock Morton 3 2 0 1") is a team.
        let row = tokens[span.last..].iter().take(3).filter(|t| t.shape == Shape::Number && t.sentence == words[0].sentence).count() == 3;
        // So is one in a line of results ("Greenock Morton 1 Falkirk 0",
        // "Partick 1 St Mirren 1"), or paired by "v" ("East Fife v Clydebank")
        let same = |k: usize| tokens.get(k).filter(|t| t.sentence == words[0].sentence);
        let goals = |k: usize| same(k).is_some_and(|t| t.shape == Shape::Number && t.text.len() <= 2);
        let result = goals(span.last) && (same(span.last + 1).is_some_and(Token::is_capital) || span.first.checked_sub(1).is_some_and(goals));
        let paired = same(span.last).is_some_and(|t| matches!(t.text, "v" | "vs" | "vs.")) || span.first.checked_sub(1).and_then(same).is_some_and(|t| matches!(t.text, "v" | "vs" | "vs."));
        if words.len() == 1 || ((row || result || paired) && !personal) {
            return (Organisation, 1);
        }
    }
    if sports && span.listed.is_none() && team_town(tokens, span.first, span.last).is_some() {
        return (Organisation, 3);
    }
    let mut after = tokens[span.last..].iter().take_while(|t| t.sentence == words[0].sentence);
    // "the Nasdaq composite", "FTSE 100 index"; not "the UK index" nor "the Stock Exchange index".
    let indexable = span.listed.is_none_or(|e| e.kind != Place) && !cues::is_org_suffix(last);
    let index = indexable && after.next().is_some_and(|t| cues::is_index_word(t.text) || (t.shape == Shape::Number && after.next().is_some_and(|t| cues::is_index_word(t.text))));
    if index || (words.len() <= 4 && cues::is_other_name(&span_key(tokens, span))) {
        return (Other, 3);
    }
    // "Charleston, S.C.", "Fulton, Mo.": a US state after its town, and the town
    // (not on a headline in capitals: "THE CRISIS, IN VIRTUAL REALITY")
    let state_at = |k: usize| {
        k >= 2 && k < tokens.len() && tokens[k - 1].text == "," && tokens[k - 2].is_capital() && tokens[k].sentence == tokens[k - 2].sentence && !tokens[k].shouting && cues::is_state_abbreviation(tokens[k].text)
    };
    // "Sen. Ted Cruz (Tex.)": a lawmaker's state in brackets
    let bracketed = |k: usize| {
        let close = if tokens.get(k + 1).is_some_and(|t| t.text == ".") { k + 2 } else { k + 1 };
        k > 0 && tokens[k - 1].text == "(" && tokens.get(close).is_some_and(|t| t.text == ")")
    };
    if words.len() == 1 && (state_at(span.first) || bracketed(span.first) && cues::is_state_abbreviation(first)) {
        return (Place, 3);
    }
    if let Some(entry) = span.listed {
        // ("Queen Elizabeth", "President Lincoln": a title before a town that is a name too)
        let g = gazetteer();
        let named_town = entry.kind == Place && entry.country != Some(entry.name) && (g.is_given_name(first) || g.is_surname(first));
        return if span.titled && words.len() == 1 && named_town { (Person, 3) } else { (entry.kind, 3) };
    }
    // a title in quotation marks ("“Face the Nation”"; see the chunker)
    if super::chunk::quoted_title_end(tokens, span.first) == Some(span.last) {
        return (Other, 3);
    }
    if words.iter().any(|t| super::token::linked_name(t.text)) {
        return (Person, 2);
    }
    // A listed body closing the name is its head ("the Obama White House",
    // "the Clinton State Department"; not "Michael Bloomberg", "Gerald Ford")
    // (a body of two words or more heads it even after a given name: "the Clinton White House")
    let body_last = (!personal || words.len() >= 3) && (span.first + 1..span.last).any(|k| listed_body_closing(tokens, k, span.last).is_some_and(|len| !personal || len >= 2));
    if body_last {
        return (Organisation, 2);
    }
    if words.iter().any(Token::is_possessive) {
        // the chunker keeps a possessive inside a name only for
        // organisations ("Moody’s", "People’s Bank of China")
        return (Organisation, 3);
    }
    // (not a person whose surname is such a word: "Jude Law", "Nathan Deal",
    // "Doris Day"; "Paris Masters" and "Gay Games" are events)
    let surnamed = words.len() == 2 && gazetteer().is_given_name(first) && gazetteer().is_surname(last) && !matches!(last, "Games" | "Masters");
    // (nor a body headed by "of": "Government of National Accord")
    let headed = cues::is_org_head(first) && words.get(1).is_some_and(|t| t.text == "of");
    // (also numbered: "World War II", "Super Bowl 50")
    let numbered = words.len() > 2 && (super::chunk::is_roman_number(last) || last.chars().all(|c| c.is_ascii_digit())) && cues::is_other_suffix(words[words.len() - 2].text);
    if words.len() > 1 && (cues::is_other_suffix(last) || numbered) && !surnamed && !headed {
        return (Other, 3);
    }
    // A storm ("Hurricane Maria", "Typhoon Haiyan") is an event; an Arabic
    // armed group is named by its kind ("Kataib Hezbollah", "Jaish al-Adl",
    // "Hayat Tahrir al-Sham"); a people qualified ("Hasidic Jews", "Black
    // Americans", after a party's members) is a people
    if words.len() == 2 && matches!(first, "Hurricane" | "Typhoon" | "Cyclone") {
        return (Other, 3);
    }
    let armed = |w: &str| matches!(w.trim_end_matches(['\'', '’']), "Kataib" | "Kata'ib" | "Liwaa" | "Jaish" | "Jabhat" | "Harakat" | "Ansar" | "Lashkar" | "Hayat" | "Hay'at" | "Hay’at" | "Hashd" | "Hashed" | "Tehreek" | "Tehrik" | "Saraya" | "Asaib" | "Asa'ib");
    if words.len() > 1 && armed(first) {
        return (Group, 3);
    }
    // A party's members in a body or place ("House Democrats", "Iowa
    // Republicans"; "League of Social Democrats" is a party)
    if words.len() > 1 && matches!(last, "Democrats" | "Republicans" | "Conservatives" | "Liberals" | "Socialists" | "Tories") && !words.iter().any(|t| t.text == "of") {
        return (Group, 2);
    }
    // One of a party's members ("her Social Democrat partners"), like
    // "Democrat" alone; with the party's acronym, the party ("a liberal
    // Free Democrat (FDP)")
    if words.len() > 1 && matches!(last, "Democrat" | "Republican" | "Socialist" | "Conservative") && !personal {
        return if defines_acronym(tokens, span) { (Organisation, 2) } else { (Other, 2) };
    }
    let people = is_listed_people(last) && last.ends_with('s');
    if words.len() > 1 && people && !gazetteer().is_given_name(first) && !cues::is_org_prefix(first) && !words.iter().any(|t| t.text == "of") {
        return (Other, 2);
    }
    // A faith or doctrine ("Jainism", "Zionism"; not the rest of "Western
    // Journalism") and a people of two origins ("Chinese-American") are
    // neither bodies nor places.
    let after_capital = span.first.checked_sub(1).is_some_and(|k| tokens[k].is_capital() && tokens[k].sentence == words[0].sentence);
    if words.len() == 1 && (is_doctrine(first) && !after_capital || is_joint_demonym(first)) {
        return (Other, 2);
    }
    // (a guess a person's full name elsewhere outranks: "Grealish fires Villa"
    // beside "Jack Grealish", "Mars said" beside "Bruno Mars")
    if is_demonym_shaped(tokens, span) || words.len() == 1 && cues::is_celestial(first) && *space.get_or_init(|| is_space(tokens)) {
        return (Other, 1);
    }
    // A brand written in one word with a capital inside ("EgyptAir",
    // "JetBlue"; not a surname's prefix: "McDonald", "DeSantis", "LeBron")
    let inner_capital = first.char_indices().skip(2).any(|(_, c)| c.is_uppercase()) && first.chars().all(char::is_alphabetic);
    let prefixed = ["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "Fitz", "St", "Al", "El"].iter().any(|p| first.starts_with(p));
    if words.len() == 1 && words[0].shape == Shape::Cap && inner_capital && !prefixed {
        return (Organisation, 1);
    }
    if words.len() == 1 && is_actor_code(first) {
        return (Group, 3);
    }
    // Words after a brand written in lower camel case name its product ("iTunes Music Store").
    let brand = span.first.checked_sub(1).map(|i| &tokens[i]).is_some_and(|t| {
        t.end == words[0].start.saturating_sub(1) && t.shape == Shape::Lower && t.text.chars().all(char::is_alphanumeric) && t.text.chars().skip(1).any(char::is_uppercase)
    });
    if brand {
        return (Other, 3);
    }
    // A product's name after its model number and maker ("Boeing 787
    // Dreamliner"; not a count: "Some 400 Mummers", "the 100 Senators")
    let model = span.first.checked_sub(1).filter(|&k| tokens[k].sentence == tokens[span.first].sentence && super::chunk::is_model_code(tokens, k, sports));
    let made = model.is_some_and(|k| tokens[k].shape == Shape::Upper || k > 0 && tokens[k - 1].shape == Shape::Cap && !tokens[k - 1].initial && tokens[k - 1].sentence == tokens[k].sentence);
    if made && words.len() <= 2 && span.listed.is_none() {
        return (Other, 2);
    }
    // A product ("Airbus A380", "Vickers VC-10"), or a bare code ("A320s", "H1").
    if super::chunk::is_model_code(tokens, span.last - 1, sports) {
        return if words.len() > 1 { (Other, 3) } else { (Other, 0) };
    }
    // "Chechen Republic", "Federal Republic of Yugoslavia", "Kingdom of Bahrain":
    // a state (not the papers "The Arizona Republic", "New Republic")
    // (a town's or state's "Republic" is its paper: "Arizona Republic")
    let town = || listed_at(tokens, span.first, false).is_some_and(|(len, e)| span.first + len + 1 == span.last && e.kind == Place && e.country != Some(e.name));
    if last == "Republic" && (matches!(first, "The" | "New") || town()) {
        return (Organisation, 2);
    }
    let state = words.len() > 1
        && (last == "Republic" || words.windows(2).any(|w| matches!(w[0].text, "Republic" | "Kingdom" | "Emirate" | "Sultanate" | "Principality") && w[1].text == "of"));
    if state {
        return (Place, 3);
    }
    // ("Department of Health"; "U.S. Court of Appeals for the Second Circuit",
    // "European Court of Human Rights": a head inside, joined by "of" or "for")
    let of_org = words.len() > 2 && words.windows(2).any(|w| cues::is_org_head(w[0].text) && matches!(w[1].text, "of" | "for"));
    // the chunker joins "on" only after a body's head ("Panel on Climate Change")
    let on_org = words.len() > 2 && words.iter().any(|t| t.text == "on");
    let ampersand = words.iter().any(|t| t.text == "&");
    // "Korean Air", "Carrow Air": an airline (but "Air" opens names too,
    // "Air Ruritania", so it is no suffix that ends a name while chunking)
    let airline = words.len() > 1 && last == "Air";
    // "Scottburgh High": a school (no suffix, which would end "United Nations High Commissioner" early)
    let school = words.len() > 1 && last == "High";
    // A federal appeals court ("the Fifth Circuit", "the 9th Circuit", "the D.C. Circuit").
    if last == "Circuit" {
        const ORDINALS: [&str; 13] = ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Federal", "D.C."];
        let ordinal = |w: &str| ORDINALS.contains(&w) || super::chunk::is_ordinal(w);
        let before = span.first.checked_sub(1).is_some_and(|k| ordinal(tokens[k].text) && tokens[k].sentence == words[0].sentence);
        if words.len() == 2 && ordinal(first) || words.len() == 1 && before {
            return (Organisation, 3);
        }
    }
    // ("Park City, Utah", "Quezon City, Philippines": a town whose name ends
    // in a club's suffix, before its state or country)
    let before_place = tokens.get(span.last).is_some_and(|t| t.text == ",")
        && tokens.get(span.last + 1).is_some_and(|t| t.sentence == words[0].sentence)
        && listed_at(tokens, span.last + 1, false).is_some_and(|(_, e)| e.kind == Place);
    if matches!(last, "City" | "Town") && (state_at(span.last + 1) || before_place) {
        return (Place, 3);
    }
    let ending = words.len() > 1 && cues::is_org_ending(last);
    if cues::is_org_suffix(last) || ending || cues::is_org_prefix(first) || of_org || on_org || ampersand || airline || school {
        return (Organisation, 3);
    }
    if state_at(span.last + 1) {
        return (Place, 2);
    }
    if span.titled {
        return (Person, 3);
    }
    // (not someone named in full after the noun of the body named before
    // it: "Bulgartransgaz operator Vladimir Malinov")
    let owner_before = personal && words.len() >= 2 && span.first >= 2 && {
        let owner = &tokens[span.first - 2];
        owner.is_capital() && owner.sentence == words[0].sentence && !is_demonym(owner.text)
    };
    if org_context(tokens, span) && !owner_before {
        return (Organisation, 2);
    }
    if words.len() > 1 && (cues::is_place_suffix(last) || cues::is_place_prefix(first) && !gazetteer().is_given_name(first)) {
        return (Place, 2);
    }
    if before_place_noun(tokens, span) {
        return (Place, 1);
    }
    // A region of a listed place ("Northern Virginia", "East Texas", "Eastern
    // Michigan"), and its people ("Middle Eastern", "North American")
    let compass = matches!(first, "Northern" | "Southern" | "Eastern" | "Western" | "Central" | "North" | "South" | "East" | "West");
    let region = compass || matches!(first, "Middle" | "Southeast" | "Southwest" | "Northeast" | "Northwest" | "Native");
    if region && words.len() == 2 && (is_demonym(last) || last.ends_with("ern")) {
        return (Other, 2);
    }
    if compass && listed_at(tokens, span.first + 1, false).is_some_and(|(len, e)| span.first + 1 + len == span.last && e.kind == Place) {
        return (Place, 2);
    }
    // ("the South", "a South Florida-based president": a region, unless it is
    // the surname of someone named in full, "Cornel West … West said")
    // (not the close of a region: "the Deep South", "the Solid South")
    let surname = || {
        let named = |t: &Token<'_>| t.shape == Shape::Cap && !gazetteer().is_common_word(&t.text.to_lowercase());
        tokens.iter().enumerate().any(|(k, t)| t.text == first && k > 0 && named(&tokens[k - 1]) && tokens[k - 1].sentence == t.sentence)
    };
    // (a region's adjective alone names nothing: "Southern states", "8 p.m. Eastern")
    if compass && words.len() == 1 && first.ends_with("ern") {
        return (Other, 0);
    }
    if compass && words.len() == 1 && !surname() {
        return (Place, 1);
    }
    // ("the Solid South", "the Global South", "the Far East")
    if words.len() == 2 && matches!(last, "North" | "South" | "East" | "West") && !personal && gazetteer().is_common_word(&first.to_lowercase()) {
        return (Place, 1);
    }
    if opens_dateline(tokens, span) {
        return (Place, 3);
    }
    let g = gazetteer();
    if words.len() > 1 && (g.is_given_name(first) || is_initial(first)) && words[1..].iter().all(|t| t.shape == Shape::Cap || is_initial(t.text)) {
        // ("the Houston Rockets", "the Dallas Cowboys": a team, no one's name)
        let the = span.first.checked_sub(1).is_some_and(|k| tokens[k].text.eq_ignore_ascii_case("the"));
        let plural = last.len() > 3 && last.ends_with('s') && !last.ends_with("ss") && g.is_common_word(&last.to_lowercase());
        return if the && plural && listed_at(tokens, span.first, false).is_some_and(|(_, e)| e.kind == Place) { (Organisation, 2) } else { (Person, 2) };
    }
    let before = span.first.checked_sub(1).map(|i| &tokens[i]);
    let after = tokens.get(span.last);
    // ("the official KCNA news agency": an acronym before a noun of its own is the noun's name)
    let names_a_noun = words.len() == 1 && words[0].shape == Shape::Upper && after.is_some_and(|t| ACRONYM_NOUNS.contains(&t.text));
    if before.is_some_and(|t| t.shape == Shape::Lower && cues::is_person_cue(t.text)) && !names_a_noun {
        return (Person, 2);
    }
    let place_noun = span.first >= 2
        && tokens[span.first - 1].text == "of"
        && matches!(tokens[span.first - 2].text, "town" | "city" | "village" | "province" | "region" | "district" | "port" | "island" | "capital" | "suburb" | "outskirts");
    let compass = before.is_some_and(|t| matches!(t.text, "northern" | "southern" | "eastern" | "western" | "central" | "northeastern" | "northwestern" | "southeastern" | "southwestern"));
    if place_noun || compass {
        return (Place, 2);
    }
    // "in Leeds"; in a sports report also the ground a match is played at ("at Headingley").
    let at_ground = sports && before.is_some_and(|t| t.text == "at");
    // ("from Raqqa to Mosul": a stretch between two places)
    // (not "from Right to Rise", a common word)
    let stretch = before.is_some_and(|t| t.text == "from")
        && after.is_some_and(|t| t.text == "to")
        && tokens.get(span.last + 1).is_some_and(Token::is_capital)
        && !gazetteer().is_common_word(&first.to_lowercase());
    if (at_ground || stretch || before.is_some_and(|t| matches!(t.text, "in" | "near" | "outside" | "across" | "throughout"))) && words.len() <= 2 {
        return (Place, 1);
    }
    if words.len() == 1 && words[0].shape == Shape::Upper {
        // ("LIBERTY", "JUST", "HERE": a word set in capitals for emphasis names no one)
        let lower = first.to_lowercase();
        let function_word = matches!(lower.as_str(), "the" | "and" | "for" | "but" | "not" | "all" | "are" | "was" | "has" | "how" | "why" | "now" | "you" | "our" | "its");
        let emphasis = function_word || lower.chars().count() >= 4 && g.is_common_word(&lower) && !g.is_surname(first) && lower.chars().all(char::is_alphabetic);
        return if emphasis { (Other, 0) } else { (Organisation, 1) };
    }
    if after.is_some_and(|t| PERSON_VERBS.contains(&t.text)) {
        return (Person, 1);
    }
    let common = words.iter().all(|t| g.is_common_word(&t.text.to_lowercase()));
    // ("German Defence Minister Volker Ruehe": a lone word before a title is
    // its field, as are two words ending in a common one: "House Majority
    // Leader Kevin McCarthy", "Homeland Security Secretary Jeh Johnson")
    let lone = words.len() == 1 && !g.is_surname(first) && !g.is_given_name(first);
    let pair = words.len() == 2 && !g.is_given_name(first) && g.is_common_word(&last.to_lowercase());
    let field = title_at(tokens, span.last) && (lone || pair);
    if field {
        return (Other, 0);
    }
    // ("Springboks", "the All Blacks": in a sports report a plural name of one
    // unlisted word, or of two opened by a common word, is a team's; not
    // "Leander Paes")
    let opened_by_word = words.len() == 2 && g.is_common_word(&first.to_lowercase());
    let plural_team = sports && (words.len() == 1 && !common || opened_by_word) && is_nickname_word(last) && !g.is_surname(last) && !g.is_given_name(first);
    if plural_team && !is_demonym_shaped(tokens, span) {
        return (Organisation, 1);
    }
    // ("the Bulls", "the Giants": a plural common word written as a name after
    // "the" in a sports report is a team; "the Ashes", "the Masters" are contests)
    let contest = matches!(last, "Ashes" | "Games" | "Olympics" | "Paralympics" | "Championships" | "Finals" | "Playoffs" | "Masters" | "Nationals" | "Worlds" | "Series" | "Classics");
    if sports && common && !contest && words.len() <= 2 && is_nickname_word(last) && before.is_some_and(|t| t.text.eq_ignore_ascii_case("the")) {
        return (Organisation, 1);
    }
    match words.len() {
        1 if common => (Other, 0),
        // "the House voted", "the Court ruled": an institution's head word alone
        1 if cues::is_org_head(first) => (Organisation, 1),
        1 if g.is_surname(first) => (Person, 1),
        // "a resident named Caroline": a given name alone
        1 if g.is_given_name(first) => (Person, 0),
        // no one's name opens with "The" ("The IC", "The Hague Group")
        2 | 3 if !common && first != "The" => (Person, 0),
        // (nor do common words alone in a title-case headline: "Why Trump is
        // Winding Up Tensions with North Korea From …"; unless an acronym
        // defines them: "Strategic Petroleum Reserve (SPR)")
        _ if common && in_title_case(tokens, span) && !defines_acronym(tokens, span) => (Other, 0),
        // a long name joined by a family particle ("Joost van der Westhuizen", "Osama bin Laden")
        // (or an Arabic name's: "Zine El Abidine Ben Ali")
        _ if words.len() > 1 && words.iter().any(|t| matches!(t.text, "van" | "von" | "der" | "den" | "ter" | "ten" | "bin" | "ibn" | "El" | "Ben" | "Bin" | "Ibn" | "Abu" | "Ould")) => (Person, 0),
        _ => (Organisation, 0),
    }
}

/// Function words that only a title-case headline capitalises inside a line.
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "To", "From", "With", "Is", "Are", "Was", "Were", "Be", "Been", "How", "Why", "What", "Who", "As", "Into", "About", "Than", "That", "Over",
    "After", "In", "On", "At", "By", "Of", "And", "For", "Your", "Their", "Its", "Not", "Can",
];

/// Is the name in a title-case line: does a function word written with a
/// capital stand near it in its sentence, not opening it ("… Made Illegal
/// This Year", "Winding Up Tensions with North Korea From Strategic Culture")?
fn in_title_case(tokens: &[Token<'_>], span: &Span) -> bool {
    let sentence = tokens[span.first].sentence;
    let near = tokens[span.first.saturating_sub(40)..span.first].iter().chain(tokens[span.last..].iter().take(40));
    near.filter(|t| t.sentence == sentence).any(|t| !t.initial && HEADLINE_FUNCTION_WORDS.contains(&t.text))
}

/// The length of a listed organisation that starts at token `k` and ends
/// where a name does, at `last` ("White House" in "the Obama White House").
fn listed_body_closing(tokens: &[Token<'_>], k: usize, last: usize) -> Option<usize> {
    listed_at(tokens, k, false).filter(|&(len, e)| k + len == last && e.kind == EntityType::Organisation).map(|(len, _)| len)
}

/// Is the name followed by an acronym in brackets ("Patient Health Questionnaire (PHQ)")?
fn defines_acronym(tokens: &[Token<'_>], span: &Span) -> bool {
    let at = |k: usize| tokens.get(k).filter(|t| t.sentence == tokens[span.first].sentence);
    at(span.last).is_some_and(|t| t.text == "(") && at(span.last + 1).is_some_and(|t| t.shape == Shape::Upper) && at(span.last + 2).is_some_and(|t| t.text == ")")
}

/// Names listed together with people only ("Biden, Harris and Trump") are
/// people, and with organisations only ("Boeing and Lockheed Martin")
/// organisations: a guessed member takes that kind (lists that mix kinds,
/// of places and clubs, are left alone).
fn coordinate(tokens: &[Token<'_>], named: &mut [Named]) {
    let joined = |a: &Named, b: &Named| {
        a.span.last < b.span.first
            && tokens[a.span.first].sentence == tokens[b.span.first].sentence
            && tokens[a.span.last..b.span.first].iter().all(|t| matches!(t.text, "," | "and" | "or"))
    };
    let mut start = 0;
    while start < named.len() {
        let mut end = start + 1;
        while end < named.len() && joined(&named[end - 1], &named[end]) {
            end += 1;
        }
        let evidenced: Vec<EntityType> = named[start..end].iter().filter(|n| n.strength >= 1).map(|n| n.kind).collect();
        let shared = evidenced.first().copied().filter(|&k| evidenced.iter().all(|&e| e == k));
        if let Some(kind) = shared.filter(|k| matches!(k, EntityType::Person | EntityType::Organisation)) {
            // (not a title's field: "Defense" in "Mike Pompeo, Defense Secretary Mark Esper")
            for n in named[start..end].iter_mut().filter(|n| n.strength == 0 && !title_at(tokens, n.span.last)) {
                n.kind = kind;
                n.strength = 1;
            }
        }
        start = end;
    }
}

/// The lower-cased key of a span's words.
pub fn span_key(tokens: &[Token<'_>], span: &Span) -> String {
    key(tokens[span.first..span.last].iter().map(|t| t.text))
}

/// Types every candidate, then makes the types consistent over the document.
pub fn classify(tokens: &[Token<'_>], spans: Vec<Span>) -> Vec<Named> {
    let sports = is_sports(tokens);
    let space = std::cell::OnceCell::new();
    let mut named: Vec<Named> = spans
        .into_iter()
        .map(|span| {
            let (kind, strength) = type_span(tokens, &span, sports, &space);
            Named { span, kind, strength }
        })
        .collect();
    coordinate(tokens, &mut named);
    // Surnames and given names of people named in full; the surname of
    // any full name, however weakly typed, outranks a guess.
    let mut parts: HashMap<&str, u8> = HashMap::new();
    for n in &named {
        if n.kind == EntityType::Person && n.span.last - n.span.first >= 2 {
            let words = &tokens[n.span.first..n.span.last];
            let surname = words[words.len() - 1].text;
            let slot = parts.entry(surname).or_insert(0);
            *slot = (*slot).max(n.strength.max(1));
            if n.strength >= 2 {
                for t in words {
                    parts.insert(t.text, n.strength);
                }
            }
        }
    }
    // (a transcript's "FALLIN:" is Mary Fallin's surname too)
    for n in &mut named {
        let t = &tokens[n.span.first];
        let shouted = (t.shape == Shape::Upper).then(|| parts.get(cues::title_case(t.text).as_str()).copied()).flatten();
        let part = parts.get(t.text).copied().or(shouted).unwrap_or(0);
        if n.span.last - n.span.first == 1 && n.strength < 2 && (part >= 2 || part >= 1 && n.strength == 0) {
            n.kind = EntityType::Person;
            n.strength = part.min(2);
        }
    }
    // The plural of the surname of someone named in full ("the Clintons",
    // "the Kennedys") names the family: people.
    for n in named.iter_mut().filter(|n| n.span.last - n.span.first == 1 && n.strength < 3) {
        let word = tokens[n.span.first].text;
        // (not "Catholics" after a mistyped "Roman Catholic": a listed word names no family)
        let family = word.strip_suffix('s').filter(|stem| stem.len() > 2 && parts.get(stem).is_some_and(|&s| s >= 2) && gazetteer().get(&stem.to_lowercase()).is_none());
        if family.is_some() {
            n.kind = EntityType::Person;
            n.strength = 2;
        }
    }
    // Surnames of people named in full joined by a hyphen ("the Biden-Harris
    // campaign" beside Joe Biden and Kamala Harris) name a ticket, no person.
    for n in named.iter_mut().filter(|n| n.span.last - n.span.first == 1) {
        let word = tokens[n.span.first].text;
        let mut halves = word.split('-');
        let joined = word.contains('-') && halves.all(|h| h.starts_with(char::is_uppercase) && parts.contains_key(h));
        if joined {
            n.kind = EntityType::Other;
            n.strength = 2;
        }
    }
    // A lone word that opens an organisation's full name ("Magna" after
    // "Magna International Inc") is that organisation.
    let org_heads: std::collections::HashSet<&str> = named
        .iter()
        .filter(|n| n.kind == EntityType::Organisation && n.strength >= 2 && n.span.last - n.span.first >= 2)
        // (not the owner of a listed body: "Obama" of "the Obama White House")
        .filter(|n| listed_body_closing(tokens, n.span.first + 1, n.span.last).is_none())
        .map(|n| tokens[n.span.first].text)
        .filter(|w| !cues::is_org_prefix(w) && !cues::is_org_head(w))
        .collect();
    // (not the field before a title: "Foreign Minister" beside "Foreign Ministry")
    for n in named.iter_mut().filter(|n| n.span.last - n.span.first == 1 && n.strength < 2 && !title_at(tokens, n.span.last)) {
        if org_heads.contains(tokens[n.span.first].text) {
            n.kind = EntityType::Organisation;
            n.strength = 2;
        }
    }
    // A team's nickname alone ("the Orioles", "White Sox") after its full
    // name ("Baltimore Orioles") in a sports report is that team.
    if sports {
        // (each team named in full: where its name starts, ends, and its town ends)
        let teams: Vec<(usize, usize, usize)> = named.iter().filter_map(|n| Some((n.span.first, n.span.last, n.span.first + team_town(tokens, n.span.first, n.span.last)?))).collect();
        let words = |from: usize, to: usize| key(tokens[from..to].iter().map(|t| t.text));
        let nicknames: std::collections::HashSet<String> = teams.iter().map(|&(_, last, town)| words(town, last)).collect();
        let towns: std::collections::HashSet<String> = teams.iter().map(|&(first, _, town)| words(first, town)).collect();
        for n in named.iter_mut().filter(|n| nicknames.contains(&span_key(tokens, &n.span))) {
            n.kind = EntityType::Organisation;
            n.strength = 3;
        }
        // and so is its town alone ("homered for Cleveland", "Baltimore's
        // Eddie Murray"), but not where a game is played ("In Seattle ,")
        // nor a dateline's
        for n in named.iter_mut().filter(|n| n.kind == EntityType::Place && towns.contains(&span_key(tokens, &n.span))) {
            let before = n.span.first.checked_sub(1).map(|k| tokens[k].text.to_lowercase());
            let placed = before.is_some_and(|w| matches!(w.as_str(), "in" | "at" | "near" | "from" | "to" | "of"));
            if !placed && !is_dateline_date(tokens.get(n.span.last)) {
                n.kind = EntityType::Organisation;
                n.strength = 3;
            }
        }
    }
    // One type per name in a document: the best-evidenced one.
    let mut best: HashMap<String, (u8, EntityType)> = HashMap::new();
    for n in &named {
        let slot = best.entry(span_key(tokens, &n.span)).or_insert((0, n.kind));
        if n.strength > slot.0 {
            *slot = (n.strength, n.kind);
        }
    }
    for n in &mut named {
        // (a dateline's place stays a place: "MILAN 1996-08-30" above "Milan striker")
        let dateline = n.kind == EntityType::Place && is_dateline_date(tokens.get(n.span.last));
        if let Some(&(strength, kind)) = best.get(&span_key(tokens, &n.span)).filter(|_| !dateline) {
            if strength > n.strength {
                n.kind = kind;
                n.strength = strength;
            }
        }
    }
    surnames_over_places(tokens, &mut named);
    // Unlisted single common words ("Forests") are no names at all.
    named.retain(|n| !(n.kind == EntityType::Other && n.strength == 0));
    let shouted = shouting_names(tokens, &named, &best, sports);
    named.extend(shouted);
    press_digest(tokens, &mut named);
    named.sort_by_key(|n| n.span.first);
    named
}

/// In a press digest ("PRESS DIGEST - Tunisia - Aug 31"), a line of one to
/// four capitalised words heads a newspaper's stories: it names the paper
/// ("LA PRESSE", "KOMPAS", "Zycie Warszawy"). The kicker itself names nothing.
fn press_digest(tokens: &[Token<'_>], named: &mut Vec<Named>) {
    let digest = tokens.windows(2).take(6).any(|w| w[0].text.eq_ignore_ascii_case("press") && w[1].text.eq_ignore_ascii_case("digest"));
    if !digest {
        return;
    }
    named.retain(|n| !(n.span.last - n.span.first == 2 && tokens[n.span.first].text.eq_ignore_ascii_case("press") && tokens[n.span.first + 1].text.eq_ignore_ascii_case("digest")));
    let mut start = 0;
    while start < tokens.len() {
        let end = start + tokens[start..].iter().take_while(|t| t.sentence == tokens[start].sentence).count();
        let line = &tokens[start..end];
        let paper = start > 0 && (1..=4).contains(&line.len()) && line.iter().all(|t| t.is_capital() && !t.text.chars().any(|c| c.is_ascii_digit()));
        if paper {
            named.retain(|n| n.span.last <= start || n.span.first >= end);
            named.push(Named { span: Span { first: start, last: end, listed: None, titled: false }, kind: EntityType::Organisation, strength: 3 });
        }
        start = end;
    }
}

/// A listed place written alone that is the surname of someone the text
/// names in full ("director Neil Jordan … Jordan said") is that person,
/// except after a word that introduces a place ("in Jordan").
fn surnames_over_places(tokens: &[Token<'_>], named: &mut [Named]) {
    let surnames = full_name_surnames(tokens, named);
    for n in named.iter_mut().filter(|n| n.kind == EntityType::Place && n.span.last - n.span.first == 1) {
        let before = n.span.first.checked_sub(1).map(|i| tokens[i].text);
        let place_word = before.is_some_and(|w| matches!(w, "in" | "at" | "from" | "to" | "into" | "near" | "of" | "across" | "outside" | "throughout" | "via" | "towards" | "toward"));
        if surnames.contains(tokens[n.span.first].text) && !place_word {
            n.kind = EntityType::Person;
        }
    }
}

/// The surnames of the people the text names in full, with good evidence.
fn full_name_surnames<'a>(tokens: &[Token<'a>], named: &[Named]) -> std::collections::HashSet<&'a str> {
    named
        .iter()
        .filter(|n| n.kind == EntityType::Person && n.strength >= 2 && n.span.last - n.span.first >= 2)
        .map(|n| tokens[n.span.last - 1].text)
        .collect()
}

/// Names on all-capitals and title-case lines: listed names, names the rest
/// of the text types, and the surnames of people it names in full ("OK Gov
/// Fallin: Trump Is …" after "Governor Mary Fallin").
fn shouting_names(tokens: &[Token<'_>], named: &[Named], best: &HashMap<String, (u8, EntityType)>, sports: bool) -> Vec<Named> {
    let mut out = Vec::new();
    let cyber = is_cyber(tokens);
    let longest = named.iter().map(|n| n.span.last - n.span.first).max().unwrap_or(0).min(4);
    let surnames = full_name_surnames(tokens, named);
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].shouting || !tokens[i].is_capital() || cues::is_never_name(tokens[i].text) {
            i += 1;
            continue;
        }
        let known = (1..=longest).rev().find_map(|n| {
            let words = tokens.get(i..i + n)?;
            if words.iter().any(|t| !t.shouting || t.sentence != tokens[i].sentence) {
                return None;
            }
            let &(strength, kind) = best.get(&key(words.iter().map(|t| t.text)))?;
            Some((n, kind, strength))
        });
        let listed = listed_at(tokens, i, cyber);
        let surname = tokens[i].shape == Shape::Cap && surnames.contains(tokens[i].text);
        let take = match (known, listed) {
            (Some((n, kind, strength)), l) if l.is_none_or(|(len, _)| len <= n) => Some((n, kind, strength, None)),
            (_, Some((len, entry))) => Some((len, entry.kind, 3, Some(entry))),
            _ if surname => Some((1, EntityType::Person, 2, None)),
            _ => None,
        };
        match take {
            Some((n, mut kind, strength, listed)) => {
                let span = Span { first: i, last: i + n, listed, titled: false };
                let dated = tokens.get(i + n).is_some_and(|t| t.text.contains('-') || t.text.contains('/'));
                if sports && kind == EntityType::Place && !dated && is_team(tokens, &span) {
                    kind = EntityType::Organisation;
                }
                if listed_at(tokens, i, cyber).is_some_and(|(len, e)| len == n && e.kind == EntityType::Place) && is_dateline_date(tokens.get(i + n)) {
                    kind = EntityType::Place;
                }
                out.push(Named { span, kind, strength });
                i += n;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, EntityType)> {
        let sentences = crate::sentences::split(text);
        let tokens = super::super::token::tokenise(text, &sentences);
        let vocabulary = tokens.iter().filter(|t| t.shape == Shape::Lower).map(|t| t.text.to_string()).collect();
        let spans = super::super::chunk::chunk(&tokens, &vocabulary);
        classify(&tokens, spans).iter().map(|n| (span_key(&tokens, &n.span), n.kind)).collect()
    }

    #[test]
    fn a_guessed_name_listed_with_organisations_is_one() {
        let found = kinds("The contract went to Microsoft and Tarvel Brinmoor, not to Google.");
        assert_eq!(found[1], ("tarvel brinmoor".into(), EntityType::Organisation));
    }

    #[test]
    fn holidays_and_market_indices_are_other() {
        let found = kinds("The zPad Media Hub sold well, a pro-Labour Kalmar Union spoke, and the Kalmar Industrial Average rose.");
        assert_eq!(found, [("media hub".into(), EntityType::Other), ("kalmar union".into(), EntityType::Organisation), ("kalmar industrial average".into(), EntityType::Other)]);
        let found = kinds("Shops in Leeds did well over Easter, while the Zenbu composite and the Kalmar 50 index fell and the Nikkei rose.");
        assert_eq!(found, [("leeds".into(), EntityType::Place), ("easter".into(), EntityType::Other), ("zenbu".into(), EntityType::Other), ("kalmar".into(), EntityType::Other), ("nikkei".into(), EntityType::Other)]);
        let found = kinds("The Carrow Panel on Tidal Change said so.");
        assert_eq!(found, [("carrow panel on tidal change".into(), EntityType::Organisation)]);
        let found = kinds("Happy New Years from Leeds.");
        assert_eq!(found[0], ("new years".into(), EntityType::Other));
        let found = kinds("The main Norway index and the Ruritania Stock Exchange index rose.");
        assert_eq!(found, [("norway".into(), EntityType::Place), ("ruritania stock exchange".into(), EntityType::Organisation)]);
    }

    #[test]
    fn organisation_nouns_around_a_name_make_it_an_organisation() {
        let found = kinds("The news agency Brovak reported it. Later Brovak said more, and Tellmar shares fell while Quorin 's shareholders met Anna Quist.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!(kind("brovak"), Some(EntityType::Organisation));
        assert!(found.iter().filter(|f| f.0 == "brovak").all(|f| f.1 == EntityType::Organisation));
        assert_eq!(kind("tellmar"), Some(EntityType::Organisation));
        assert_eq!(kind("quorin"), Some(EntityType::Organisation));
        assert_eq!(kind("anna quist"), Some(EntityType::Person));
        let found = kinds("Shares in Dalvex Holdings Inc rose. Dalvex said profits grew.");
        assert_eq!(found.last(), Some(&("dalvex".into(), EntityType::Organisation)));
    }

    #[test]
    fn a_lone_unknown_name_before_a_verb_of_speech_is_a_person() {
        let found = kinds("Brovanik thanked the crowd. Later Telvosk warned that the talks would fail.");
        assert_eq!(found, [("brovanik".into(), EntityType::Person), ("telvosk".into(), EntityType::Person)]);
        assert_eq!(kinds("Telvosk announced a merger."), [("telvosk".into(), EntityType::Organisation)]);
        // an adverb opening a sentence is no one ("Rather" is a surname too)
        assert!(kinds("Rather than wait, the crowd left.").is_empty());
    }

    #[test]
    fn common_words_in_a_title_case_headline_name_nothing() {
        // (a headline glued to its lead)
        let found = kinds("Why Leeds is Winding Up Tensions with Norway From Strategic Culture After months of talks the mayor left.");
        assert_eq!(found, [("leeds".into(), EntityType::Place), ("norway".into(), EntityType::Place)]);
        // (but in running text they may be a body's name, or one an acronym defines)
        assert_eq!(kinds("Funding for Planned Parenthood was cut."), [("planned parenthood".into(), EntityType::Organisation)]);
        let found = kinds("Leeds is Running Down Its Strategic Petroleum Reserve (SPR) With Haste as prices rose.");
        assert_eq!(found[1], ("strategic petroleum reserve".into(), EntityType::Organisation));
        // (bodies and papers named by common words are listed: "Reporters Without Borders", "Daily Mail")
        let found = kinds("The Holy See told Reporters Without Borders and the Daily Mail.");
        assert_eq!(found, [("holy see".into(), EntityType::Place), ("reporters without borders".into(), EntityType::Organisation), ("daily mail".into(), EntityType::Organisation)]);
    }

    #[test]
    fn party_members_peoples_awards_and_canadian_provinces() {
        // a party's member, and the party when its acronym follows
        let found = kinds("Her Social Democrat partners balked, and a Free Democrat (FDP) won.");
        assert_eq!(found, [("social democrat".into(), EntityType::Other), ("free democrat".into(), EntityType::Organisation), ("fdp".into(), EntityType::Organisation)]);
        // peoples of a continent joined by a hyphen, and awards
        let found = kinds("African-American voters watched the Golden Globes and the Grammys.");
        assert!(found.iter().all(|f| f.1 == EntityType::Other), "{found:?}");
        assert_eq!(kinds("Langford, B.C., is near Vancouver.")[1], ("b.c.".into(), EntityType::Place));
        assert_eq!(kinds("They met at Madison Square Garden."), [("madison square garden".into(), EntityType::Place)]);
        assert_eq!(kinds("The West Indies met Nazi sympathisers."), [("west indies".into(), EntityType::Place), ("nazi".into(), EntityType::Other)]);
    }

    #[test]
    fn people_named_after_a_bodys_noun_or_with_arabic_particles() {
        let found = kinds("Executive Director of the Varnik operator Vladimir Tolsky announced it.");
        assert_eq!(found.last(), Some(&("vladimir tolsky".into(), EntityType::Person)));
        assert_eq!(kinds("The news agency Brovak Tarlo reported it.")[0], ("brovak tarlo".into(), EntityType::Organisation));
        assert_eq!(kinds("Tunisia's Zine El Abidine Ben Ali, who fled, died.")[1], ("zine el abidine ben ali".into(), EntityType::Person));
    }

    #[test]
    fn regions_eras_and_the_owner_of_a_listed_body() {
        let found = kinds("Clinton struck a deal with the Obama White House. Obama said no.");
        assert_eq!(found.last(), Some(&("obama".into(), EntityType::Person)));
        let found = kinds("After the Great Recession, God help the Solid South, said Brovak.");
        assert_eq!(found[..3], [("great recession".into(), EntityType::Other), ("god".into(), EntityType::Other), ("solid south".into(), EntityType::Place)]);
        // (a region's adjective alone names nothing)
        assert!(kinds("Most Southern states vote at 8 p.m. Eastern.").is_empty());
        // (a quoted title, and a government headed by "of")
        assert_eq!(kinds("He joined “Bank of Ruritania” today."), [("bank of ruritania".into(), EntityType::Organisation)]);
        let found = kinds("He told 'Fox and Friends' of the Government of National Accord (GNA).");
        assert_eq!(found[..2], [("fox and friends".into(), EntityType::Other), ("government of national accord".into(), EntityType::Organisation)]);
        // (programmes, laws and wars, also numbered)
        let found = kinds("Under the Constitution, Medicare and the Second Amendment outlived World War II.");
        assert!(found.len() == 4 && found.iter().all(|f| f.1 == EntityType::Other), "{found:?}");
        // (a brand with a capital inside, peoples, and a body named after someone's first name)
        assert_eq!(kinds("Then EgyptAir said a flight was lost."), [("egyptair".into(), EntityType::Organisation)]);
        // (a surname with a capital inside, as the census writes it otherwise: "Mcconnell")
        assert_eq!(kinds("The lost vote angered McConnell."), [("mcconnell".into(), EntityType::Person)]);
        let found = kinds("Talks between EgyptAir, a Franco-Algerian firm, a Frenchman and the Clinton White House stalled.");
        assert_eq!(found, [("egyptair".into(), EntityType::Organisation), ("franco-algerian".into(), EntityType::Other), ("frenchman".into(), EntityType::Other), ("clinton white house".into(), EntityType::Organisation)]);
        // (a pollster's poll, and pollsters listed)
        assert_eq!(kinds("A new Brovak Poll found more, as Gallup did."), [("brovak poll".into(), EntityType::Organisation), ("gallup".into(), EntityType::Organisation)]);
    }

    #[test]
    fn a_given_name_alone_is_a_person() {
        assert_eq!(kinds("The caller was a resident named Caroline."), [("caroline".into(), EntityType::Person)]);
    }

    #[test]
    fn a_us_state_after_its_town_and_the_town_are_places() {
        let found = kinds("Police in Varnell, S.C., and Quorby, Mo., and Tiverstone, NY, said so. Mo Kestrel left.");
        let kinds: Vec<EntityType> = found.iter().take(6).map(|f| f.1).collect();
        assert_eq!(kinds, [EntityType::Place; 6], "{found:?}");
        assert_eq!(found[6], ("mo kestrel".into(), EntityType::Person));
    }

    #[test]
    fn airline_and_company_words_make_organisations() {
        let found = kinds("Two lines - Air Ruritania and Zed Aircraft - flew.");
        assert_eq!(found, [("air ruritania".into(), EntityType::Organisation), ("zed aircraft".into(), EntityType::Organisation)]);
        let found = kinds("Fares on Carrow Air rose.");
        assert_eq!(found, [("carrow air".into(), EntityType::Organisation)], "a name ending in Air is an airline");
        let found = kinds("Analysts at Hollis & Brandt praised Zed Computer at the Ruritania Air Show.");
        let types: Vec<EntityType> = found.iter().map(|f| f.1).collect();
        assert_eq!(types, [EntityType::Organisation, EntityType::Organisation, EntityType::Other]);
        let found = kinds("She was one of Scottburgh High's top pupils.");
        assert_eq!(found, [("scottburgh high".into(), EntityType::Organisation)]);
        // an industry's word ends a company's name
        let found = kinds("Orders at Tarvik Cables fell, Morlan Copper gained and Osaka Electric Power held.");
        assert!(found.iter().all(|f| f.1 == EntityType::Organisation), "{found:?}");
    }

    #[test]
    fn several_words_before_a_score_in_a_sports_report_are_a_team() {
        let found = kinds("SOCCER - LEAGUE TABLE .\nGlenvarra Rovers 3 2 0 1\nKestrel Vale 3 1 2 0\nJohn Smith 2 1 1 0");
        let kinds: Vec<EntityType> = found.iter().filter(|f| f.0 != "league table").map(|f| f.1).collect();
        assert_eq!(kinds, [EntityType::Organisation, EntityType::Organisation, EntityType::Person]);
        // a line of results, and a pairing by "v"
        let found = super::tests::kinds("SOCCER - RESULTS .\nKestrel Vale 1 Morton Glen 0\nPostponed : East Fenwick v Clydeford Athletic");
        assert!(found.iter().filter(|f| f.0 != "results").all(|f| f.1 == EntityType::Organisation), "{found:?}");
    }

    #[test]
    fn towns_with_team_words_in_a_sports_report_are_teams() {
        let found = kinds("SOCCER - DERBY TONIGHT .\nLeeds captain Tom Hale joined Derby , and fans of Leeds cheered .\nKANSAS CITY AT DETROIT");
        let kind = |name: &str| found.iter().filter(|f| f.0 == name).map(|f| f.1).collect::<Vec<_>>();
        assert_eq!(kind("leeds"), [EntityType::Organisation, EntityType::Organisation]);
        assert_eq!(kind("derby"), [EntityType::Organisation, EntityType::Organisation]);
        assert_eq!(kind("kansas city"), [EntityType::Organisation]);
        let found = kinds("CRICKET - TITLE RACE .\nTitle rivals Essex closed in on victory .");
        assert_eq!(found.iter().find(|f| f.0 == "essex").map(|f| f.1), Some(EntityType::Organisation), "a team named after its title: {found:?}");
        assert_eq!(kind("detroit"), [EntityType::Place]);
    }

    #[test]
    fn names_joined_by_a_linking_particle_are_people() {
        let found = kinds("Inzamam-ul-Haq and Ata-ur-Rehman bowled while Salah-ud-Din watched.");
        let kinds: Vec<EntityType> = found.iter().map(|f| f.1).collect();
        assert_eq!(kinds, [EntityType::Person, EntityType::Person, EntityType::Person], "{found:?}");
        assert!(!super::super::token::linked_name("Jean-Paul") && !super::super::token::linked_name("Stratford-upon-Avon"));
    }

    #[test]
    fn a_town_and_a_nickname_in_a_sports_report_are_one_team() {
        let found = kinds("BASEBALL - RESULTS .\nThe Toledo Otters beat the Kansas City Royals 5-3 and the Chicago White Sox lost .\nThe Otters lead the White Sox ; the Royals trail .");
        let kind = |name: &str| found.iter().filter(|f| f.0 == name).map(|f| f.1).collect::<Vec<_>>();
        for team in ["toledo otters", "kansas city royals", "chicago white sox", "otters", "white sox", "royals"] {
            assert!(!kind(team).is_empty() && kind(team).iter().all(|k| *k == EntityType::Organisation), "{team}: {found:?}");
        }
        assert!(kind("toledo").is_empty() && kind("chicago").is_empty(), "{found:?}");
        // a plural name of one unlisted word, or opened by a common word, is a team's; a player's is not
        let found = kinds("RUGBY UNION - TEST .\nSpringboks coach Andre Markgraaff said the All Blacks were strong . Leander Paes watched .");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!((kind("springboks"), kind("all blacks"), kind("leander paes")), (Some(EntityType::Organisation), Some(EntityType::Organisation), Some(EntityType::Person)), "{found:?}");
        // its town alone is the team too, but not where a game is played
        let found = kinds("BASEBALL - RESULTS .\nThe Toledo Otters won again . Tom Hale homered for Toledo . In Toledo , fans cheered .");
        let toledo: Vec<EntityType> = found.iter().filter(|f| f.0 == "toledo").map(|f| f.1).collect();
        assert_eq!(toledo, [EntityType::Organisation, EntityType::Place], "{found:?}");
        // a plural common word after "the" is a team too, but not a contest
        let found = kinds("BASEBALL - RESULTS .\nFans cheered the Braves and the Cubs on Sunday after the Ashes .");
        let kind = |name: &str| found.iter().filter(|f| f.0 == name).map(|f| f.1).collect::<Vec<_>>();
        assert_eq!((kind("braves"), kind("cubs"), kind("ashes")), (vec![EntityType::Organisation], vec![EntityType::Organisation], vec![]), "{found:?}");
        // a country and a plural stay apart; outside sport a town stays a town
        let found = kinds("RUGBY - TOUR .\nFrance Legends lost.");
        assert_eq!(found.iter().find(|f| f.0 == "france").map(|f| f.1), Some(EntityType::Place), "{found:?}");
        let found = kinds("The Toledo Otters were seen near the lake.");
        assert_eq!(found.iter().find(|f| f.0 == "toledo").map(|f| f.1), Some(EntityType::Place), "{found:?}");
    }

    #[test]
    fn sports_grounds_and_datelines_are_places() {
        let found = kinds("CRICKET - ENGLAND WIN .\nAKRON , Ohio 1996-08-30\nKent beat Surrey by two runs at Fennimore on Friday .");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!(kind("ohio"), Some(EntityType::Place));
        assert_eq!(kind("fennimore"), Some(EntityType::Place));
        // a dateline's town stays a place though its club is an organisation
        use EntityType::{Organisation, Place};
        for (text, kinds_of_milan) in [
            ("SOCCER - MILAN SIGN STRIKER .\nMILAN 1996-08-30\nMilan striker Tom Hale signed .", &[Organisation, Place, Organisation][..]),
            ("SOCCER - RESULTS .\nMilan 1996-08-30\nMilan striker Tom Hale signed .", &[Place, Organisation][..]),
        ] {
            let found = kinds(text);
            let milan: Vec<EntityType> = found.iter().filter(|f| f.0 == "milan").map(|f| f.1).collect();
            assert_eq!(milan, kinds_of_milan, "{found:?}");
        }
    }

    #[test]
    fn an_unlisted_word_in_i_before_a_noun_is_no_people() {
        let found = kinds("Mayor Rudy Vannelli spoke. Vannelli aides said Yazidi families and Bengali speakers left.");
        let kind = |name: &str| found.iter().filter(|f| f.0 == name).map(|f| f.1).collect::<Vec<_>>();
        assert_eq!(kind("vannelli"), [EntityType::Person], "{found:?}");
        assert_eq!(kind("yazidi"), [EntityType::Other], "{found:?}");
        assert_eq!(kind("bengali"), [EntityType::Other], "{found:?}");
    }

    #[test]
    fn a_long_name_joined_by_a_family_particle_is_a_person() {
        let found = kinds("The minister Ilse Marta von der Leyden met Pieter Joost van der Walt.");
        assert!(found.iter().all(|f| f.1 == EntityType::Person), "{found:?}");
    }

    #[test]
    fn the_ground_opening_a_line_of_results_is_a_place() {
        let found = kinds("CRICKET - COUNTY SCORES .\nHove : Sussex 363 ( W. Athey 111 ) , Lancashire 197-8 .\nTunbridge Wells : Nottinghamshire 214 , Kent 108-3 .");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!((kind("hove"), kind("tunbridge wells"), kind("sussex")), (Some(EntityType::Place), Some(EntityType::Place), Some(EntityType::Organisation)), "{found:?}");
    }

    #[test]
    fn a_press_digest_names_its_papers() {
        let found = kinds("PRESS DIGEST - Ruritania - Aug 31 .\nThese are the leading stories in the press .\nLA GAZETTE\n- Exports rose .\n- - - -\nZycie Warszawy\nPresident Ivo Brant spoke .");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert!(names.contains(&("la gazette", EntityType::Organisation)) && names.contains(&("zycie warszawy", EntityType::Organisation)), "{found:?}");
        assert!(!names.iter().any(|n| n.0 == "press digest"), "{found:?}");
    }

    #[test]
    fn a_town_ending_in_a_clubs_suffix_before_its_state_is_a_place() {
        let found = kinds("Skiers came to Park City, Utah, and to Quezon City, Philippines, said Vail Resorts, while Stoke City lost.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!((kind("park city"), kind("quezon city")), (Some(EntityType::Place), Some(EntityType::Place)), "{found:?}");
        assert_eq!((kind("vail resorts"), kind("stoke city")), (Some(EntityType::Organisation), Some(EntityType::Organisation)), "{found:?}");
    }

    #[test]
    fn a_title_without_its_full_stop_titles_the_name() {
        let found = kinds("Police met Mr Noxon and Dr Vantor.");
        assert_eq!(found, [("noxon".into(), EntityType::Person), ("vantor".into(), EntityType::Person)]);
    }

    #[test]
    fn managers_and_editors_are_titles_and_a_new_yorker_a_resident() {
        let found = kinds("Police Superintendent Dane Orwell and Planning Manager Ilse Varga said New Yorkers were safe.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert!(names.contains(&("dane orwell", EntityType::Person)) && names.contains(&("ilse varga", EntityType::Person)), "{found:?}");
        assert!(names.contains(&("new yorkers", EntityType::Other)), "{found:?}");
    }

    #[test]
    fn landmarks_and_places_named_by_their_first_word_are_places() {
        let found = kinds("Crowds filled Plaza Italia, Fort Bragg and the banks of the Thames below Big Ben, Monte Shaw said.\nA bus hit a car on Hertel Ave near Darby Creek, far from Scheels Arena and Amalienborg Palace.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        for name in ["plaza italia", "fort bragg", "thames", "big ben", "hertel ave", "darby creek", "scheels arena", "amalienborg palace"] {
            assert_eq!(kind(name), Some(EntityType::Place), "{name}: {found:?}");
        }
        assert_eq!(kind("monte shaw"), Some(EntityType::Person), "{found:?}");
    }

    #[test]
    fn diseases_residents_and_local_officials() {
        let found = kinds("Cases of COVID-19 rose, Councilwoman Sue Lee Loy and Sheriff Dan Orr said, and Ohioans worried.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names, [("covid-19", EntityType::Other), ("sue lee loy", EntityType::Person), ("dan orr", EntityType::Person), ("ohioans", EntityType::Other)], "{found:?}");
    }

    #[test]
    fn clergy_constables_and_players_positions_are_titles() {
        let found = kinds("Pastor Enoch Adebayo and Constable Mara Finch spoke, as did Karvonia DL Oskar Vale.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names[..2], [("enoch adebayo", EntityType::Person), ("mara finch", EntityType::Person)], "{found:?}");
        assert_eq!(names.last(), Some(&("oskar vale", EntityType::Person)), "{found:?}");
    }

    #[test]
    fn doctrines_and_joint_peoples_are_other_and_numbers_no_names() {
        let found = kinds("The message Two employees left.\nVoters of Jainism and Chinese-American voters met Ana Ruiz.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names, [("jainism", EntityType::Other), ("chinese-american", EntityType::Other), ("ana ruiz", EntityType::Person)], "{found:?}");
    }

    #[test]
    fn the_team_of_a_town_named_like_a_person_is_a_team() {
        let found = kinds("Fans of the Houston Rockets cheered as Dallas Roberts sang.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names, [("houston rockets", EntityType::Organisation), ("dallas roberts", EntityType::Person)], "{found:?}");
    }

    #[test]
    fn museums_channels_and_observatories_are_bodies_but_not_alone() {
        let found = kinds("Staff of the Whitney Museum, the Keck Observatory and Harbour Channel met.\nBoats crossed the Channel.\nThe Brookings Institution and the Congressional Black Caucus met.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names[..3], [("whitney museum", EntityType::Organisation), ("keck observatory", EntityType::Organisation), ("harbour channel", EntityType::Organisation)], "{found:?}");
        assert!(!names.contains(&("channel", EntityType::Organisation)), "{found:?}");
        assert!(names.contains(&("brookings institution", EntityType::Organisation)) && names.contains(&("congressional black caucus", EntityType::Organisation)), "{found:?}");
    }

    #[test]
    fn a_partys_members_in_a_body_are_a_group() {
        let found = kinds("Votes of House Democrats and Hoosier Republicans decided it, said the League of Social Democrats.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names, [("house democrats", EntityType::Group), ("hoosier republicans", EntityType::Group), ("league of social democrats", EntityType::Organisation)], "{found:?}");
    }

    #[test]
    fn planets_in_a_text_about_space_are_other() {
        let found = kinds("The probe left orbit and flew past Jupiter and Saturn, the spacecraft team said.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!((kind("jupiter"), kind("saturn")), (Some(EntityType::Other), Some(EntityType::Other)), "{found:?}");
        let found = kinds("Trump flew to his club in Jupiter on Sunday.");
        assert_ne!(found.iter().find(|f| f.0 == "jupiter").map(|f| f.1), Some(EntityType::Other), "{found:?}");
    }

    #[test]
    fn a_region_of_a_listed_place_is_a_place_and_its_people_other() {
        let found = kinds("Voters in Northern Virginia, East Texas and Central America waited, and Middle Eastern voters in the South.\nActivist Cornel West spoke. West said no.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names[..5], [("northern virginia", EntityType::Place), ("east texas", EntityType::Place), ("central america", EntityType::Place), ("middle eastern", EntityType::Other), ("south", EntityType::Place)], "{found:?}");
        assert!(!names.contains(&("west", EntityType::Place)), "{found:?}");
    }

    #[test]
    fn two_words_before_a_title_are_its_field() {
        let found = kinds("Then House Majority Leader Tom DeLay and Border Security Secretary Jeh Johnson spoke.");
        let named: Vec<(&str, EntityType)> = found.iter().filter(|f| f.1 != EntityType::Other).map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(named, [("tom delay", EntityType::Person), ("jeh johnson", EntityType::Person)], "{found:?}");
    }

    #[test]
    fn a_listed_body_closing_a_name_heads_it_unless_a_person_is_named() {
        let found = kinds("Aides in the Obama White House met Michael Bloomberg.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        assert_eq!(names, [("obama white house", EntityType::Organisation), ("michael bloomberg", EntityType::Person)], "{found:?}");
    }

    #[test]
    fn storms_armed_groups_peoples_and_people_named_like_events() {
        let found = kinds("Hurricane Maria hit.\nAfter it, Kataib Hezbollah and Hasidic Jews met Jude Law at the Paris Masters.\nFans of RB Leipzig and FC Dallas came.");
        let names: Vec<(&str, EntityType)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
        let want = [
            ("hurricane maria", EntityType::Other),
            ("kataib hezbollah", EntityType::Group),
            ("hasidic jews", EntityType::Other),
            ("jude law", EntityType::Person),
            ("paris masters", EntityType::Other),
            ("rb leipzig", EntityType::Organisation),
            ("fc dallas", EntityType::Organisation),
        ];
        assert_eq!(names, want, "{found:?}");
    }

    #[test]
    fn currency_codes_name_no_one() {
        let found = kinds("The campaign raised 300,000 PLN and 2 million UAH for Nordwell.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["nordwell"], "{found:?}");
    }

    #[test]
    fn appeals_courts_and_a_listed_titles_field() {
        let found = kinds("The Fifth Circuit and the 9th Circuit ruled, after Mike Pompeo, Defense Secretary Mark Esper and Ana Ruiz met.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!(kind("fifth circuit"), Some(EntityType::Organisation), "{found:?}");
        assert_eq!(kind("9th circuit"), Some(EntityType::Organisation), "{found:?}");
        assert_ne!(kind("defense"), Some(EntityType::Person), "{found:?}");
    }

    #[test]
    fn plural_acronyms_and_clause_openers_are_no_names() {
        let found = kinds("Exports of CDs and GPUs rose, the Navy SEALs said in a report by Ravi Kumar During the year, as AS reported.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["navy seals", "ravi kumar", "as"], "{found:?}");
    }

    #[test]
    fn the_faithful_are_no_family() {
        let found = kinds("Roman Catholics and Mormons met. Catholics prayed.");
        assert!(found.iter().all(|f| f.1 == EntityType::Other), "{found:?}");
    }

    #[test]
    fn a_surname_shaped_like_a_demonym_is_the_persons_named_in_full() {
        let found = kinds("On Saturday Dorvish fires Villa clear. Winger Jack Dorvish scored twice, and Malawian officials cheered.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!(kind("dorvish"), Some(EntityType::Person), "{found:?}");
        assert_eq!(kind("malawian"), Some(EntityType::Other), "{found:?}");
    }

    #[test]
    fn a_name_after_a_makers_model_number_is_a_product() {
        let found = kinds("Airlines ordered the Zentra 797 Skyliner, while some 400 Mummers and the 100 Senators watched.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!(kind("skyliner"), Some(EntityType::Other), "{found:?}");
        assert_ne!(kind("mummers"), Some(EntityType::Other), "{found:?}");
    }

    #[test]
    fn the_field_of_a_title_is_no_name() {
        let found = kinds("Then German Defence Minister Volker Ruehe met Poland's Foreign Minister Adam Rosa, the Foreign Ministry said.");
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(names, ["german", "volker ruehe", "poland", "adam rosa", "foreign ministry"], "{found:?}");
    }

    #[test]
    fn names_on_a_cricket_scorecard_are_players() {
        let found = kinds("CRICKET - SCOREBOARD .\nS. Waugh b Tharangal 22\nI. Healy c Ranatoma b Tharangal 8\nBowling : Tharangal 10-0-41-2 , Jayasiri 10-0-43-2");
        assert!(found.iter().filter(|f| f.0 != "scoreboard").all(|f| f.1 == EntityType::Person), "{found:?}");
    }

    #[test]
    fn a_name_before_a_noun_of_places_or_opening_a_dateline_is_a_place() {
        let found = kinds("VORSKEL , Norway 1996-08-30\nThe plane landed at Quarnby airport near the Tessaly refugee camp, while Hillary Dorne's camp and the Baptist church stayed away.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!((kind("vorskel"), kind("quarnby"), kind("tessaly")), (Some(EntityType::Place), Some(EntityType::Place), Some(EntityType::Place)), "{found:?}");
        assert_eq!(kind("hillary dorne"), Some(EntityType::Person), "{found:?}");
        assert_ne!(kind("baptist"), Some(EntityType::Place), "{found:?}");
    }

    #[test]
    fn a_republic_or_kingdom_is_a_state_but_a_paper_named_so_is_not() {
        let found = kinds("Troops of the Federal Republic of Ruritania entered the Chechen Republic and the Kingdom of Zembla, The Arizona Republic reported.");
        assert_eq!(kinds("Troops left, the Arizona Republic reported."), [("arizona republic".into(), EntityType::Organisation)]);
        let kinds: Vec<(String, EntityType)> = found.into_iter().collect();
        use EntityType::{Organisation, Place};
        assert_eq!(kinds, [("federal republic of ruritania".into(), Place), ("chechen republic".into(), Place), ("kingdom of zembla".into(), Place), ("the arizona republic".into(), Organisation)]);
    }

    #[test]
    fn the_plural_of_a_full_named_persons_surname_is_her_family() {
        let found = kinds("Hillary Vantrell spoke. The Vantrells own a house, and Bill Orvane joined the Orvanes there.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!((kind("vantrells"), kind("orvanes")), (Some(EntityType::Person), Some(EntityType::Person)), "{found:?}");
    }

    #[test]
    fn a_place_named_like_a_full_named_person_is_that_person() {
        let found = kinds("Director Anna Paris spoke. Paris said the film was shot in Paris.");
        let kinds: Vec<EntityType> = found.iter().map(|f| f.1).collect();
        assert_eq!(kinds, [EntityType::Person, EntityType::Person, EntityType::Place]);
    }

    #[test]
    fn surnames_joined_by_a_hyphen_name_a_ticket_not_a_person() {
        let found = kinds("Ada Lind and Omar Ekpo ran. The Lind-Ekpo campaign won, and Maria Ruiz-Vega spoke.");
        let kind = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        assert_eq!(kind("lind-ekpo"), Some(EntityType::Other), "{found:?}");
        assert_eq!(kind("maria ruiz-vega"), Some(EntityType::Person), "{found:?}");
    }

    #[test]
    fn recognises_threat_actor_codes() {
        assert!(is_actor_code("APT42") && is_actor_code("Storm-0501") && is_actor_code("UNC1151"));
        assert!(!is_actor_code("APT") && !is_actor_code("TAX") && !is_actor_code("G7"));
    }
}
