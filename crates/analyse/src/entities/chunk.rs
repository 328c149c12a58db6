//! Candidate name spans: listed names (longest match), runs of capitalised
//! words joined by name particles, "&" and "of"-style connectors, with titles
//! peeled off the front, sentence-initial common words dropped (unless they
//! open an organisation's name), currency codes ("US$") skipped, and a
//! model number kept with its maker ("Airbus A380").

use std::collections::HashSet;

use concord_model::EntityType;

use super::cues;
use super::gazetteer::{gazetteer, key, Entry, MAX_TOKENS};
use super::token::{Shape, Token};

/// A candidate name: a token range and what is known of it so far.
#[derive(Clone, Debug)]
pub struct Span {
    /// Index of the first token.
    pub first: usize,
    /// Index one past the last token.
    pub last: usize,
    /// The list entry it matched, if any.
    pub listed: Option<Entry>,
    /// True when a title ("President", "Mr.") stood before it.
    pub titled: bool,
}

/// A token that may continue a name.
fn continues(t: &Token<'_>) -> bool {
    t.is_capital() && !t.shouting && !cues::is_title(t.text) && !cues::is_never_name(t.text)
}

/// The longest listed name starting at token `i`. A threat actor named by
/// one word without digits ("Dragonfly", "Cardinal", "ALUMINUM") counts only
/// in a text about cyber attacks (`cyber`, see [`super::classify::is_cyber`]);
/// elsewhere it is the word it also is.
pub fn listed_at(tokens: &[Token<'_>], i: usize, cyber: bool) -> Option<(usize, Entry)> {
    let g = gazetteer();
    let mut k = String::new();
    let mut best = None;
    for n in 1..=MAX_TOKENS {
        let Some(t) = tokens.get(i + n - 1) else { break };
        if t.sentence != tokens[i].sentence || (t.shape == Shape::Punct && !matches!(t.text, "&" | "." | "-")) {
            break;
        }
        if n > 1 {
            k.push(' ');
        }
        k.push_str(&key([t.text]));
        let Some(entry) = g.get(&k) else { continue };
        let shouting = tokens[i].shouting;
        let cased = if shouting {
            !entry.acronym || entry.kind == EntityType::Place
        } else {
            t.is_capital() && (!entry.acronym || (n == 1 && tokens[i].shape == Shape::Upper))
        };
        let plain_word_actor = entry.actor.is_some() && n == 1 && !t.text.chars().any(|c| c.is_ascii_digit());
        if cased && (cyber || !plain_word_actor) {
            best = Some((n, *entry));
        }
    }
    best
}

/// Words that head a name continued by "on" ("Committee on Armed Services").
const ON_HEADS: &[&str] = &["Committee", "Subcommittee", "Council", "Commission", "Conference", "Panel", "Institute", "Center", "Centre", "Convention", "Forum", "Summit", "Board", "Office", "Group"];

/// One past the last token of the capitalised run that starts at `i`.
fn run_end(tokens: &[Token<'_>], i: usize) -> usize {
    let n = tokens.len();
    let same = |j: usize| j < n && tokens[j].sentence == tokens[i].sentence && !is_currency_code(tokens, j);
    let (mut j, mut end) = (i + 1, i + 1);
    while same(j) {
        let t = &tokens[j];
        // "Theresa May", "Brian May": the month as a surname after a given name
        let surname_may = t.text == "May" && gazetteer().is_given_name(tokens[j - 1].text) && !tokens.get(j + 1).is_some_and(|n| n.shape == Shape::Number);
        if continues(t) || surname_may || regnal_number(tokens, i, j) {
            j += 1;
            end = j;
            continue;
        }
        // Particles, one or more ("Charles de Gaulle", "Joost van der Westhuizen").
        let particles = if t.shape == Shape::Lower { tokens[j..].iter().take(3).take_while(|p| cues::is_particle(p.text)).count() } else { 0 };
        let k = j + particles;
        if particles > 0 && same(k) && tokens[k].shape == Shape::Cap && continues(&tokens[k]) {
            j = k + 1;
            end = j;
            continue;
        }
        // A title word as a surname after a given name ("John Major said").
        let surname = t.shape == Shape::Cap && !t.shouting && cues::is_title(t.text) && gazetteer().is_given_name(tokens[j - 1].text);
        if surname && !tokens.get(j + 1).is_some_and(|n| same(j + 1) && n.is_capital()) {
            end = j + 1;
            break;
        }
        // "&" always joins ("Douglas & Lomason"); the other connectors follow an
        // organisation word, and "and" never joins two complete names
        // ("Shanghai Airlines and Xiamen Airlines").
        let connector = matches!(t.text, "of" | "for" | "on" | "and");
        // ("Council on Foreign Relations"; not "the Port Ellery Water Authority on Ember Typhoon")
        let headed = connector && tokens[i..end].iter().any(|t| cues::is_org_head(t.text)) && (t.text != "on" || ON_HEADS.contains(&tokens[end - 1].text));
        let complete = t.text == "and" && cues::is_org_suffix(tokens[end - 1].text);
        // ("Center for Strategic and International Studies": after "for" or
        // "of", "and" joins two words of the field, not two names — unless a
        // head opens a second body: "Bank of England and Bank of France")
        let in_field = t.text == "and"
            && tokens[i..end].iter().any(|t| matches!(t.text, "for" | "of"))
            && gazetteer().is_common_word(&tokens[end - 1].text.to_lowercase())
            && same(j + 1)
            && !cues::is_org_prefix(tokens[j + 1].text)
            && !gazetteer().is_given_name(tokens[j + 1].text);
        // ("Fish and Game Department", "Parks and Recreation Department": two
        // common words of a field joined before the body's word)
        let common = |k: usize| same(k) && tokens[k].shape == Shape::Cap && gazetteer().is_common_word(&tokens[k].text.to_lowercase());
        let paired = t.text == "and" && common(j - 1) && {
            let body = |k: usize| cues::is_org_suffix(tokens[k].text) || cues::is_org_ending(tokens[k].text);
            let mut m = j + 1;
            while common(m) && !body(m) {
                m += 1;
            }
            m > j + 1 && same(m) && body(m)
        };
        // the end of the capitalised words from `k`
        let run_from = |k: usize| (k..n).find(|&m| !(same(m) && continues(&tokens[m]))).unwrap_or(n);
        // ("Freedom of Information Act": a law's or event's name through "of")
        let of_act = t.text == "of" && {
            let m = run_from(j + 1);
            m > j + 1 && cues::is_other_suffix(tokens[m - 1].text)
        };
        if (headed && !complete) || in_field || paired || of_act || t.text == "&" {
            let mut k = j + 1;
            // ("Bank of the West", "Committee for a Responsible Federal Budget",
            // a court's "for the Fifth Circuit"; not "Secretary of State
            // Hillary Clinton for the Democratic nomination")
            let court_for = same(k) && (t.text, tokens[k].text) == ("for", "the") && tokens[i..end].iter().any(|t| t.text == "Court");
            if same(k) && (matches!((t.text, tokens[k].text), ("of", "the") | ("for", "a")) || court_for) {
                k += 1;
            }
            let m = run_from(k);
            let district = |m: usize| matches!(tokens[m - 1].text, "Circuit" | "District");
            let ok = m > k && (t.text != "and" || in_field || cues::is_org_suffix(tokens[m - 1].text) || paired) && (!court_for || district(m));
            if ok {
                j = m;
                end = m;
                continue;
            }
        }
        break;
    }
    // an article opening a sentence glued on ("By Evan Blake The mayor …") is no part of it
    while end > i + 1 && matches!(tokens[end - 1].text, "The" | "A" | "An") {
        end -= 1;
    }
    // A headline's closing name glued to the lead's opening one ("… insists
    // Joe Root Joe Root believes"): the run ends after its first half
    // ("Walla Walla", one word twice, is a town).
    let half = (end - i) / 2;
    if half >= 2 && end - i == 2 * half && (0..half).all(|k| tokens[i + k].text == tokens[i + half + k].text) {
        return i + half;
    }
    end
}

/// Roman numbers of monarchs and popes.
const REGNAL: &[&str] = &["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII"];

/// A Roman number as monarchs, popes and wars are numbered ("II", "XIV").
pub fn is_roman_number(word: &str) -> bool {
    REGNAL.contains(&word)
}

/// Is token `j` the number of a monarch named by the run from `i` ("Queen
/// Elizabeth I", "Pedro I of Brazil", "Charles VI")? "I" only after a
/// royal title, or after a given name before punctuation or "of" (not
/// "told Pedro I was ill").
fn regnal_number(tokens: &[Token<'_>], i: usize, j: usize) -> bool {
    let t = &tokens[j];
    if j != i + 1 || !REGNAL.contains(&t.text) || tokens[i].shape != Shape::Cap {
        return false;
    }
    let royal = i > 0 && matches!(tokens[i - 1].text, "King" | "Queen" | "Emperor" | "Empress" | "Pope" | "Tsar" | "Czar" | "Tsarina" | "Kaiser" | "Shah" | "Sultan");
    // ("Pedro I, emperor of Brazil", "Pedro I of Brazil"; "the only Cyrus I see" speaks)
    let no_verb = tokens.get(j + 1).is_none_or(|n| n.shape == Shape::Punct || matches!(n.text, "of" | "'s" | "’s"));
    t.text != "I" || royal || gazetteer().is_given_name(tokens[i].text) && no_verb
}

/// True when the run `i..end`, opened by a word that is not a function word,
/// is an organisation's name: it ends in an organisation word or is a head
/// joined by "of" ("General Motors Corporation", "Bank of England"; not "The State Department").
fn opens_org_name(tokens: &[Token<'_>], i: usize, end: usize, last_is_suffix: bool) -> bool {
    let of_name = cues::is_org_head(tokens[i].text) && tokens[i..end].iter().any(|t| t.text == "of");
    let prefixed = cues::is_org_prefix(tokens[i].text) && end > i + 1;
    !cues::is_common(&tokens[i].text.to_lowercase()) && (last_is_suffix || of_name || prefixed)
}

/// An ordinal in digits ("9th", "1st", "22nd").
pub fn is_ordinal(word: &str) -> bool {
    ["st", "nd", "rd", "th"].iter().filter_map(|s| word.strip_suffix(s)).any(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// True when the run `[from, end)` opens with an organisation's head (one
/// of its first three words) with "of" or "for" after it ("Court of Human
/// Rights", "National Center of Meteorology", "District Court for the
/// Southern District of New York"; not a form's list of places).
fn headed_by_of(tokens: &[Token<'_>], from: usize, end: usize) -> bool {
    // (a second body after "and" is not: "Bank of England and Bank of France")
    from < end && tokens[from].is_capital() && (from..end.min(from + 3)).find(|&k| cues::is_org_head(tokens[k].text)).is_some_and(|h| tokens[h + 1..end].iter().any(|t| matches!(t.text, "of" | "for")))
}

/// True when the capitalised word at `i` is just a sentence-initial common word.
fn is_initial_common(tokens: &[Token<'_>], i: usize, vocabulary: &HashSet<String>) -> bool {
    let t = &tokens[i];
    if !t.initial || t.shape != Shape::Cap {
        return false;
    }
    let lower = t.text.to_lowercase();
    let common = cues::is_common(&lower) || vocabulary.contains(&lower) || gazetteer().is_common_word(&lower);
    let name_follows = tokens.get(i + 1).is_some_and(continues) && gazetteer().is_given_name(t.text) && !inverted_cue(tokens, i);
    // ("Hurricane Maria hit …": a storm's kind opens its name)
    let storm = matches!(t.text, "Hurricane" | "Typhoon" | "Cyclone") && tokens.get(i + 1).is_some_and(continues);
    common && !name_follows && !storm
}

/// True for "Said Comey, “…”" at token `i`: an inverted cue before its
/// speaker and the quotation, though "Said" is a given name too.
fn inverted_cue(tokens: &[Token<'_>], i: usize) -> bool {
    let end = run_end(tokens, i + 1);
    let text = |k: usize| tokens.get(k).map_or("", |t| t.text);
    matches!(tokens[i].text, "Said" | "Says") && matches!(text(end), "," | ":") && matches!(text(end + 1), "“" | "\"" | "'" | "‘" | "«")
}

/// True for the country code of a currency written against its sign ("US$", "HK$").
fn is_currency_code(tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| n.start == tokens[i].end && matches!(n.text, "$" | "£" | "€" | "¥"))
}

/// Nouns a model number may stand before ("Boeing 737 jets").
const PRODUCT_NOUNS: &[&str] = &["jet", "jets", "aircraft", "airliner", "airliners", "plane", "planes", "engine", "engines", "model", "models", "series", "car", "cars", "phone", "phones"];

/// True for the token at `k` as a model designation after a maker's name
/// ("A380", "VC-10", "737-800", "777s"; outside sports reports also a bare
/// "787" that no lower-case word follows, years excepted).
pub fn is_model_code(tokens: &[Token<'_>], k: usize, sports: bool) -> bool {
    let Some(t) = tokens.get(k) else { return false };
    let digits = t.text.chars().filter(char::is_ascii_digit).count();
    let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
    if digits == 0 || !t.text.chars().all(|c| c.is_alphanumeric() || c == '-') {
        return false;
    }
    if t.shape == Shape::Upper {
        return letters <= 3;
    }
    if t.shape != Shape::Number || sports {
        return false;
    }
    let lead: String = t.text.chars().take_while(char::is_ascii_digit).collect();
    let year = lead.len() == 4 && lead.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    let next = tokens.get(k + 1).filter(|n| n.sentence == t.sentence);
    let bare = lead.len() == t.text.len() && next.is_some_and(|n| n.shape == Shape::Lower && !PRODUCT_NOUNS.contains(&n.text));
    (3..=4).contains(&lead.len()) && !year && !bare
}

/// Words whose possessive belongs to a name: "People’s Bank of China",
/// "Women’s March", "Children’s Hospital of Philadelphia".
const POSSESSIVE_NAME_WORDS: &[&str] = &["People", "Women", "Men", "Children", "Workers", "Veterans", "Citizens", "Farmers", "Peoples"];

/// Companies whose name ends in a possessive: "Moody’s", "McDonald’s".
const POSSESSIVE_COMPANIES: &[&str] =
    &["Moody", "McDonald", "Macy", "Sotheby", "Christie", "Kellogg", "Domino", "Wendy", "Denny", "Applebee", "Hershey", "Lowe", "Sainsbury", "Dillard", "Kohl", "Lloyd"];

/// The end of the name whose run of capitalised words `[i, end)` may go on
/// through a possessive that belongs to it (the words above); else `end`.
fn possessive_name_end(tokens: &[Token<'_>], i: usize, end: usize) -> usize {
    let same = |k: usize| tokens.get(k).filter(|x| x.sentence == tokens[i].sentence);
    if end != i + 1 || !same(end).is_some_and(Token::is_possessive) {
        return end;
    }
    let owner = tokens[i].text;
    let next_capital = same(end + 1).is_some_and(Token::is_capital);
    if POSSESSIVE_NAME_WORDS.contains(&owner) && next_capital {
        run_end(tokens, end + 1)
    } else if POSSESSIVE_COMPANIES.contains(&owner) {
        if next_capital { run_end(tokens, end + 1) } else { end + 1 }
    } else {
        end
    }
}

/// The end of a title in quotation marks that starts at `i`: capitalised
/// words joined by lower-case function words ("“Face the Nation”", "'Fox
/// and Friends'", "“Rock the Vote,”") — a show's, a book's or a slogan's
/// name, not two names.
pub fn quoted_title_end(tokens: &[Token<'_>], i: usize) -> Option<usize> {
    let opened = i.checked_sub(1).is_some_and(|k| matches!(tokens[k].text, "\"" | "“" | "'" | "‘" | "`"));
    if !opened {
        return None;
    }
    let same = |k: usize| tokens.get(k).filter(|t| t.sentence == tokens[i].sentence);
    let (mut k, mut joined) = (i + 1, false);
    while k < i + 8 {
        let Some(t) = same(k) else { break };
        // (not "with" nor "for": "“Midday with Charlie Sykes”", "“Prayers
        // for Muller Steyn”" name a person too, as does a given name after
        // a joining word)
        let joins = matches!(t.text, "the" | "and" | "of" | "a" | "an" | "to" | "in" | "on" | "at");
        if joins && same(k + 1).is_some_and(|n| n.shape == Shape::Cap && !gazetteer().is_given_name(n.text)) {
            joined = true;
        } else if t.shape != Shape::Cap {
            break;
        }
        k += 1;
    }
    let close = if same(k).is_some_and(|t| t.text == ",") { k + 1 } else { k };
    let closed = same(close).is_some_and(|t| matches!(t.text, "\"" | "”" | "'" | "’"));
    // (a body's name quoted stays a body's: "“Bank of Ruritania”")
    let body = cues::is_org_suffix(tokens[k - 1].text) || headed_by_of(tokens, i, k);
    (joined && closed && !body).then_some(k)
}

/// Finds the candidate names of a text (not on shouting lines).
/// `vocabulary` holds the words the text also writes in lower case.
pub fn chunk(tokens: &[Token<'_>], vocabulary: &HashSet<String>) -> Vec<Span> {
    let sports = super::classify::is_sports(tokens);
    let cyber = super::classify::is_cyber(tokens);
    // A run of capitalised words written inside a sentence too ("by Judicial
    // Watch in 2013") is that name at a sentence's start, not a common word
    // and a name ("Judicial Watch said"; not "The Post said"). The runs are
    // collected on the first such start, and only those two words or longer
    // whose first word opens a sentence somewhere.
    let determiner = |k: usize| matches!(tokens[k].text.to_lowercase().as_str(), "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "his" | "her" | "their" | "our" | "my" | "your");
    let run_key = |k: usize, end: usize| key(tokens[k..end].iter().map(|t| t.text));
    let inner_runs: std::cell::OnceCell<HashSet<String>> = std::cell::OnceCell::new();
    let written_inside = |i: usize, end: usize| {
        let runs = inner_runs.get_or_init(|| {
            let opens = |k: usize| tokens[k].initial && tokens[k].shape == Shape::Cap && tokens.get(k + 1).is_some_and(|n| n.sentence == tokens[k].sentence && continues(n)) && !determiner(k);
            let openers: HashSet<&str> = (0..tokens.len()).filter(|&k| opens(k)).map(|k| tokens[k].text).collect();
            (1..tokens.len())
                .filter(|&k| tokens[k].shape == Shape::Cap && !tokens[k].initial && !tokens[k - 1].is_capital() && openers.contains(tokens[k].text) && continues(&tokens[k]) && !determiner(k))
                .filter_map(|k| Some(run_key(k, Some(run_end(tokens, k)).filter(|&end| end > k + 1)?)))
                .collect()
        });
        runs.contains(&run_key(i, end))
    };
    let mut out: Vec<Span> = Vec::new();
    let mut titled = false;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // ("Head of the agency": a title before "of" only)
        let head_of = t.text == "Head" && tokens.get(i + 1).is_some_and(|n| n.text == "of");
        if t.shouting || !t.is_capital() || cues::is_never_name(t.text) || is_currency_code(tokens, i) || head_of {
            // ("Mr Noxon": a title without its full stop is no name, but titles the next)
            titled = cues::is_title(t.text) && !t.shouting && tokens.get(i + 1).is_some_and(|n| n.sentence == t.sentence && n.is_capital());
            i += 1;
            continue;
        }
        if let Some(end) = quoted_title_end(tokens, i) {
            out.push(Span { first: i, last: end, listed: None, titled: false });
            titled = false;
            i = end;
            continue;
        }
        let end = possessive_name_end(tokens, i, run_end(tokens, i));
        // a holiday ("New Year's Day", "Valentine’s Day", "Presidents' Day") names no one
        let same = |k: usize| tokens.get(k).filter(|x| x.sentence == t.sentence);
        if same(end).is_some_and(Token::is_possessive) && same(end + 1).is_some_and(|d| matches!(d.text, "Day" | "Eve")) {
            titled = false;
            i = end + 2;
            continue;
        }
        let listed = listed_at(tokens, i, cyber);
        // "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Ana
        // Ruiz": the title's field, then the name (its last two words)
        // (also after a title in lower case when a given name opens the last
        // two words: "former secretary of State Hillary Clinton"; not
        // "president of Procter & Gamble")
        // (or a cabinet office's field then a surname: "former secretary of State Clinton")
        let field = matches!(t.text, "State" | "Defense" | "Defence" | "Energy" | "Labor" | "Labour" | "Commerce" | "Education" | "Agriculture" | "Health" | "Interior" | "Treasury" | "Justice" | "Finance" | "War");
        let named_last = end >= i + 3 && gazetteer().is_given_name(tokens[end - 2].text) || end == i + 2 && field && !gazetteer().is_common_word(&tokens[i + 1].text.to_lowercase());
        let title_before = |k: usize| cues::is_title(tokens[k].text) || named_last && tokens[k].shape == Shape::Lower && cues::is_title(&cues::title_case(tokens[k].text));
        // (and after "of the": "Head of the National Disaster Agency Doni
        // Monardo"; no field when no one's name can end the words, which
        // then name a body: "Secretary of Homeland Security", "Head of the
        // Church of Pentecost")
        let of_the = i >= 3 && tokens[i - 1].text == "the" && tokens[i - 2].text == "of" && matches!(tokens[i - 3].text, w if cues::is_title(w) || w == "Head");
        if (i >= 2 && tokens[i - 1].text == "of" && title_before(i - 2) || of_the) && listed.is_none() {
            let words = end - i;
            // (the name opens at its given name: "Secretary of State John F. Kerry")
            let given = (i + 1..end.saturating_sub(1)).find(|&k| gazetteer().is_given_name(tokens[k].text));
            let field = match words {
                1 => 1,
                2 if !gazetteer().is_given_name(t.text) => 1,
                2 => 0,
                _ => given.map_or(words - 2, |k| k - i),
            };
            let common = |t: &Token<'_>| gazetteer().is_common_word(&t.text.to_lowercase()) && !gazetteer().is_surname(t.text);
            let name = &tokens[i + field..end];
            let no_name = name.iter().all(common) || name.iter().any(|t| !t.is_capital()) || cues::is_org_suffix(tokens[end - 1].text);
            let field = if no_name && words > 1 { 0 } else { field };
            if field > 0 {
                titled = field < words;
                i += field;
                continue;
            }
        }
        // "Under Secretary for Management Patrick Kennedy": after "for", the
        // field ends where a given name opens the last two or three words
        if i >= 2 && tokens[i - 1].text == "for" && cues::is_title(tokens[i - 2].text) && listed.is_none() {
            let given = (i + 1..end).find(|&k| gazetteer().is_given_name(tokens[k].text)).filter(|&k| (2..=3).contains(&(end - k)));
            if let Some(k) = given {
                titled = true;
                i = k;
                continue;
            }
        }
        if cues::is_title(t.text) && listed.is_none() {
            let whole = (i + 1..end).last().map(|l| cues::is_org_suffix(tokens[l].text)).unwrap_or(false);
            if !whole {
                titled = tokens.get(i + 1).is_some_and(Token::is_capital);
                i += 1;
                continue;
            }
        }
        let last_is_suffix = end > i + 1 && {
            let last = tokens[end - 1].text;
            cues::is_org_suffix(last) || cues::is_org_ending(last) || cues::is_other_suffix(last) || cues::is_place_suffix(last)
        };
        // A given name that is also a town ("Mary Barra", "Vladimir Putin")
        // opens a person's name; one that is also a country only before a
        // lone surname-like word ("Chad Curtis", not "Jordan Valley" nor "Georgia Power")
        let surname_after = end == i + 2 && tokens[i + 1].shape == Shape::Cap && {
            let (next, lower) = (tokens[i + 1].text, tokens[i + 1].text.to_lowercase());
            !gazetteer().is_common_word(&lower) && !cues::is_common(&lower) && !cues::is_org_suffix(next) && !cues::is_place_suffix(next)
        };
        let given_name = listed.is_some_and(|(len, e)| len == 1 && e.kind == EntityType::Place && (e.country != Some(e.name) || surname_after))
            && end > i + 1
            && gazetteer().is_given_name(t.text)
            && listed_at(tokens, i + 1, cyber).is_none();
        // A country before a listed organisation is part of its name ("US Federal Reserve").
        let country_org = listed.filter(|(_, e)| e.kind == EntityType::Place && e.country == Some(e.name)).and_then(|(len, _)| {
            listed_at(tokens, i + len, cyber).filter(|(l, o)| o.kind == EntityType::Organisation && i + len + l <= end).map(|(l, o)| (len + l, o))
        });
        if let Some((len, entry)) = country_org {
            out.push(Span { first: i, last: i + len, listed: Some(entry), titled });
            i += len;
            titled = false;
            continue;
        }
        // ("Cleveland Indians": a town and its team's nickname in a sports report)
        let team = sports && super::classify::team_town(tokens, i, end).is_some();
        match listed {
            // (a listed word opening a body headed by "of" or "for" is part of it:
            // "European Court of Human Rights", "Texas Department of Health")
            Some((len, entry)) if (i + len >= end || !(last_is_suffix || headed_by_of(tokens, i + len, end))) && !given_name && !team => {
                out.push(Span { first: i, last: i + len, listed: Some(entry), titled });
                i += len;
            }
            // A common word opening a sentence is no name, unless it opens a
            // listed one or an organisation's ("General Motors Corporation", "Bank of England").
            _ if is_initial_common(tokens, i, vocabulary) && !(opens_org_name(tokens, i, end, last_is_suffix) || listed.is_some() || end > i + 1 && written_inside(i, end) || sports && tokens.get(end).is_some_and(|t| t.text == ":") && !super::classify::TABLE_LABELS.contains(&t.text)) => i += 1,
            // (nor is an article or a number opening a headline: "Two employees suspended")
            _ if end == i + 1 && (t.text.chars().filter(|c| c.is_alphabetic()).count() <= 1 || matches!(t.text, "The" | "An") || cues::is_number_word(t.text)) => i += 1,
            _ => {
                // ("the 9th Circuit", "the 9th Circuit Court of Appeals")
                let numbered = t.text == "Circuit" && i > 0 && tokens[i - 1].sentence == t.sentence && is_ordinal(tokens[i - 1].text);
                out.push(Span { first: i - usize::from(numbered), last: end, listed: None, titled });
                i = end;
            }
        }
        titled = false;
        // A maker's name before a model number names the product ("Airbus A380", "Boeing 787").
        if let Some(span) = out.last_mut().filter(|s| s.last == i && s.listed.is_none_or(|e| e.kind == EntityType::Organisation)) {
            let adjacent = tokens.get(i).is_some_and(|t| t.sentence == tokens[span.first].sentence);
            if adjacent && span.last - span.first <= 2 && !span.titled && is_model_code(tokens, i, sports) {
                span.last += 1;
                span.listed = None;
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenise;
    use super::*;

    fn spans(text: &str) -> Vec<String> {
        let tokens = tokenise(text, &[]);
        let vocabulary = tokens.iter().filter(|t| t.shape == Shape::Lower).map(|t| t.text.to_string()).collect();
        chunk(&tokens, &vocabulary)
            .iter()
            .map(|s| text[tokens[s.first].start..tokens[s.last - 1].end].to_string())
            .collect()
    }

    #[test]
    fn peels_titles_and_joins_connectors() {
        assert_eq!(spans("Then President Donald Trump met the University of Texas board."), ["Donald Trump", "University of Texas"]);
        assert_eq!(spans("The Office of the Director of National Intelligence (ODNI) said."), ["Office of the Director of National Intelligence", "ODNI"]);
        assert_eq!(spans("U.S. President Joe Biden spoke to Charles de Gaulle."), ["U.S.", "Joe Biden", "Charles de Gaulle"]);
        assert_eq!(spans("Pieter van der Berg met John Major and Prince Harry."), ["Pieter van der Berg", "John Major", "Harry"]);
        // ranks joined by hyphens, and a former something
        assert_eq!(spans("Then Major-General Ivo Brant met Lieutenant-Colonel Max Dorn and Ex-Yankee Randy Vell."), ["Ivo Brant", "Max Dorn", "Randy Vell"]);
        // "on" continues a committee's or council's name only
        assert_eq!(spans("The Council on Foreign Relations met the Study Group on Gambling Policy."), ["Council on Foreign Relations", "Study Group on Gambling Policy"]);
        assert_eq!(spans("It blamed the Port Ellery Water Authority on Ember Typhoon and Leicester City on Boxing Day."), ["Port Ellery Water Authority", "Ember Typhoon", "Leicester City", "Boxing Day"]);
    }

    #[test]
    fn chairs_editors_photo_credits_and_tributes_are_no_part_of_a_name() {
        assert_eq!(spans("Then Fed Chair Ben S. Bernanke met Post Editor-in-Chief Martin Baron."), ["Fed", "Ben S. Bernanke", "Post", "Martin Baron"]);
        assert_eq!(spans("Pic: Facebook. She wrote: RIP Gary McLaren."), ["Facebook", "Gary McLaren"]);
        assert_eq!(spans("Then Sens. John McCain and Lindsey Graham spoke."), ["John McCain", "Lindsey Graham"]);
    }

    #[test]
    fn a_given_name_that_is_also_a_town_opens_a_name() {
        assert_eq!(spans("Then Mary Quorn met Victoria officials in Mary."), ["Mary Quorn", "Victoria", "Mary"]);
    }

    #[test]
    fn a_headlines_name_glued_to_the_leads_is_two_names() {
        assert_eq!(spans("Form is near, insists Joe Root Joe Root believes he is back."), ["Joe Root", "Joe Root"]);
        assert_eq!(spans("He flew to Walla Walla on Monday."), ["Walla Walla"]);
    }

    #[test]
    fn auxiliaries_and_prepositions_in_capitals_end_a_name() {
        assert_eq!(spans("The crowd cheered as Heidi Klum Is Seen With Seal in Rome."), ["Heidi Klum", "Seen", "Seal", "Rome"]);
        assert_eq!(spans("By Evan Blake The mayor spoke."), ["Evan Blake"]);
        assert_eq!(spans("Fighters of IS attacked the town."), ["IS"]);
        assert_eq!(spans("We asked How Brovak changed and Why Telvan left."), ["Brovak", "Telvan"]);
    }

    #[test]
    fn a_titles_field_after_of_the_and_the_name_at_its_given_name() {
        assert_eq!(spans("Head of the National Flood Relief Agency Doni Marto has urged calm."), ["Doni Marto"]);
        assert_eq!(spans("Then Secretary of State John F. Kerry met the Head of the Church of Pentecost."), ["John F. Kerry", "Church of Pentecost"]);
        // (no one's name after the field: the words name a body)
        assert_eq!(spans("The Secretary of Homeland Security spoke."), ["Homeland Security"]);
    }

    #[test]
    fn common_words_of_a_field_joined_by_and_before_a_bodys_word() {
        assert_eq!(spans("The New Hampshire Fish and Game Department says so."), ["New Hampshire Fish and Game Department"]);
        assert_eq!(spans("Shares of Brovak and Telvan Airlines rose."), ["Brovak", "Telvan Airlines"]);
    }

    #[test]
    fn a_quoted_title_and_a_law_named_through_of_are_one_name() {
        assert_eq!(spans("He told CBS's \"Face the Nation,\" 'Fox and Friends' and “Midday with Ann Lee” about the Freedom of Information Act."), ["CBS", "Face the Nation", "Fox and Friends", "Ann Lee", "Freedom of Information Act"]);
        // (not a body's name in quotation marks, nor words with no marks)
        assert_eq!(spans("He joined “Bank of Ruritania” and then Face the Nation."), ["Bank of Ruritania", "Face", "Nation"]);
        // (nor through a word before a given name: "“Letters to Ann Lee”")
        assert_eq!(spans("She wrote “Letters to Ann Lee” then."), ["Ann Lee"]);
    }

    #[test]
    fn a_lower_case_titles_field_is_no_part_of_the_name_after_it() {
        assert_eq!(spans("The former secretary of State Hillary Clinton spoke."), ["Hillary Clinton"]);
        assert_eq!(spans("He is president of Procter & Gamble."), ["Procter & Gamble"]);
        assert_eq!(spans("Former secretary of State Clinton was for it, as the director of Sleeping Weazel was."), ["Clinton", "Sleeping Weazel"]);
    }

    #[test]
    fn a_monarchs_number_is_part_of_the_name() {
        assert_eq!(spans("Then Queen Elizabeth I was born, and Pedro I of Brazil ruled after Charles VI."), ["Elizabeth I", "Pedro I", "Brazil", "Charles VI"]);
        assert_eq!(spans("He told Pedro I was ill."), ["Pedro"]);
    }

    #[test]
    fn a_given_name_that_is_also_a_country_opens_a_name_before_a_surname() {
        assert_eq!(spans("Chad Ogea pitched as Jordan Valley farmers and Georgia Power watched Chad."), ["Chad Ogea", "Jordan Valley", "Georgia Power", "Chad"]);
        assert_eq!(spans("It was filed in Georgia JTA style."), ["Georgia", "JTA"]);
    }

    #[test]
    fn an_inverted_cue_opening_a_sentence_is_no_given_name() {
        assert_eq!(spans("It was late. Said Hale, “We are done.”"), ["Hale"]);
        assert_eq!(spans("It was late. Said Hamdan, a fisherman, left."), ["Said Hamdan"]);
    }

    #[test]
    fn a_sentence_may_open_with_an_organisation_named_by_common_words() {
        assert_eq!(spans("General Widgets Corporation said so.\nBank of Ruritania rates rose.\nOffice staff left."), ["General Widgets Corporation", "Bank of Ruritania"]);
        assert_eq!(spans("The Widget Department said so."), ["Widget Department"]);
        assert_eq!(spans("Two lines - Air Ruritania and Zed Aircraft - flew."), ["Air Ruritania", "Zed Aircraft"]);
    }

    #[test]
    fn a_name_written_inside_a_sentence_keeps_its_common_first_word_at_the_start() {
        assert_eq!(spans("The suit was brought by Judicial Watch in May. Judicial Watch said so. Federal Judge Ann Lee agreed."), ["Judicial Watch", "Judicial Watch", "Ann Lee"]);
    }

    #[test]
    fn a_maker_before_a_model_number_names_a_product() {
        assert_eq!(spans("Zentra A390 jets and two Zentra 797 planes flew to Oslo; Zentra 797 was late, and Zentra hired 300 workers in 2004."), ["Zentra A390", "Zentra 797", "Oslo", "Zentra", "Zentra"]);
    }

    #[test]
    fn currency_codes_are_no_places() {
        assert_eq!(spans("Brazil paid US$ 40 million and HK$5 to Norway, or 99 USD."), ["Brazil", "Norway"]);
        assert_eq!(spans("Chile's GDP grew as LCD sales rose."), ["Chile"]);
        assert_eq!(spans("The IP address in the PDF led Oslo police to a VPN and an SUV."), ["Oslo"]);
        assert_eq!(spans("Dorn Capital Management paid for US$ 4 billion."), ["Dorn Capital Management"]);
    }

    #[test]
    fn a_country_before_a_listed_organisation_is_part_of_its_name() {
        assert_eq!(spans("The US Federal Reserve and Peru met."), ["US Federal Reserve", "Peru"]);
    }

    #[test]
    fn keeps_organisations_that_start_with_a_title_word() {
        assert_eq!(spans("a Justice Department inquiry and General Motors"), ["Justice Department", "General Motors"]);
    }

    #[test]
    fn ampersands_join_and_complete_names_stay_apart() {
        assert_eq!(spans("Shares of Dorn & Lasko and of Kell Airlines and Vance Airlines rose."), ["Dorn & Lasko", "Kell Airlines", "Vance Airlines"]);
        assert_eq!(spans("The Bank of Tokyo and Kansai Group merged."), ["Bank of Tokyo and Kansai Group"]);
    }
}
