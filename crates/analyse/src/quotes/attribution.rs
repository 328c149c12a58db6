//! Attribution: the cue that introduces a quotation and the phrase naming
//! its speaker, found by walking tokens from the cue ("…,” the mission said",
//! "Trump campaign spokesman Steven Cheung said", "according to Google,").

use super::cues::{
    is_auxiliary, is_boundary, is_cue, is_cue_after_quote, is_determiner, is_document, is_foreign_according, is_foreign_auxiliary, is_foreign_cue, is_company, is_finite_verb, is_group_head, is_indefinite_pronoun, is_irregular_past, is_kicker, is_ly_adverb, is_org_word, names_people, is_opening_participle, is_participle_cue, is_passive, is_past, is_people, is_possessive, is_role, is_spokes_role, is_pronoun, is_skippable, is_subject_pronoun, is_verb,
};
use super::doc::Doc;
use crate::entities::gazetteer::gazetteer;
use super::gender::of_foreign_pronoun;
use crate::Language;

/// Most words a speaker phrase may have.
const MAX_SPEAKER: usize = 14;

/// Most tokens between a quotation's closing mark and its cue.
const MAX_AFTER: usize = 32;

/// Most tokens between a closing mark and its cue when no comma sets off an
/// apposition ("…,” a staffer in the room wondered).
const MAX_PLAIN_AFTER: usize = 12;

/// Most tokens between a cue and the opening mark of the quotation it introduces.
const MAX_BEFORE: usize = 40;

/// A cue and its speaker phrase, as token ranges `[from, to)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// The cue ("said", "according to").
    pub cue: (usize, usize),
    /// The speaker phrase, when one was found.
    pub speaker: Option<(usize, usize)>,
}

/// Does the cue take the person addressed after it ("told reporters")?
fn addresses(w: &str) -> bool {
    ["told", "tells", "telling", "asked", "asks", "urged", "urges", "warned", "warns"].iter().any(|c| c.eq_ignore_ascii_case(w))
}

pub fn is_relative(w: &str) -> bool {
    ["that", "which", "who", "who's", "who’s"].iter().any(|r| r.eq_ignore_ascii_case(w))
}

pub fn is_open_mark(w: &str) -> bool {
    matches!(w, "“" | "\"" | "''" | "«" | "‘" | "„")
}

pub fn is_close_mark(w: &str) -> bool {
    matches!(w, "”" | "\"" | "''" | "»" | "’")
}

fn ends_sentence(w: &str) -> bool {
    matches!(w, "." | "?" | "!" | ";")
}

/// Is the cue "according to", whose speaker follows it?
pub fn is_according(doc: &Doc, cue: (usize, usize)) -> bool {
    let w = doc.word(cue.0);
    w.eq_ignore_ascii_case("according") || doc.language != Language::English && foreign_source(doc, cue.0).is_some()
}

/// An auxiliary of the progressive ("is claiming", "has been calling").
fn is_progressive_auxiliary(w: &str) -> bool {
    matches!(w, "is" | "are" | "was" | "were" | "been" | "'s" | "’s")
}

/// Does a participle after the word `before` report as a clause of its own
/// (after a comma, a dash, "and" or a progressive's auxiliary) rather than
/// describe the noun before it ("protesters demanding his resignation")?
fn opens_participle_clause(before: &str) -> bool {
    matches!(before, "," | "—" | "and") || is_progressive_auxiliary(before)
}

/// The poll or survey word of a named poll that token `i`, "in", opens
/// and that credits the clause beside it ("In a CNN national poll, Clinton held a 24-point
/// lead", "… in the latest CNN/ORC poll released Wednesday")? The poll must
/// be a particular one, opened by a determiner or a name ("Clinton leads
/// in polls" names none), within six words.
pub fn in_poll(doc: &Doc, i: usize) -> Option<usize> {
    const POLLS: &[&str] = &["poll", "polls", "survey", "surveys"];
    if doc.language != Language::English || !doc.word(i).eq_ignore_ascii_case("in") {
        return None;
    }
    let first = i + 1;
    let particular = doc.toks.get(first).is_some_and(|t| t.word) && (is_determiner(doc.word(first)) || doc.toks[first].capitalised(doc.text));
    let mut phrase = (first..doc.toks.len().min(first + 6)).take_while(|&k| doc.toks[k].word || doc.word(k) == "/");
    phrase.find(|&k| POLLS.iter().any(|p| doc.word(k).eq_ignore_ascii_case(p))).filter(|_| particular)
}

/// A cue of another language whose speaker follows it, at token `i`:
/// "selon X", "según X", "laut X", "nach Angaben von X", and the German
/// postposed "…, so X" (a comma before, a name after).
fn foreign_source(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let w = doc.word(i);
    if is_foreign_according(doc.language, w) {
        return Some((i, i + 1));
    }
    if doc.language != Language::German {
        return None;
    }
    if w.eq_ignore_ascii_case("nach") && doc.word(i + 1) == "Angaben" {
        let of = matches!(doc.word(i + 2), "von" | "der" | "des");
        return Some((i, i + 2 + usize::from(doc.word(i + 2) == "von"))).filter(|_| of);
    }
    let named = doc.toks.get(i + 1).is_some_and(|t| t.capitalised(doc.text));
    (w == "so" && i > 0 && doc.word(i - 1) == "," && named).then_some((i, i + 1))
}

/// Documents that speak for their authors ("an analysis by the Pew Research Center").
const DOCUMENTS: &[&str] = &[
    "analysis", "study", "report", "review", "estimate", "estimates", "calculations", "data", "figures", "count",
    "tally", "account", "summary", "transcript", "memo", "letter", "statement", "interview", "readout",
    "results", "findings", "poll", "polls", "survey", "surveys", "records", "documents",
];

/// The speaker after "according to", from token `from` up to `limit`: a
/// document with its author when one follows ("a study by economists at
/// Duke", "an analysis by the Pew Research Center").
pub fn according_speaker(doc: &Doc, from: usize, limit: usize) -> Option<(usize, usize)> {
    let (s, mut e) = speaker_after(doc, from, limit)?;
    // "a memo seen by Reuters", "a report obtained by the Times": the document's participle
    let handled = ["seen", "obtained", "reviewed", "published", "released", "commissioned", "conducted", "prepared", "filed"];
    if e > s + 1 && handled.contains(&doc.word(e - 1)) && doc.word(e) == "by" && DOCUMENTS.iter().any(|d| doc.word(e - 2).eq_ignore_ascii_case(d)) {
        e -= 1;
    }
    let document = DOCUMENTS.iter().any(|d| doc.word(e - 1).eq_ignore_ascii_case(d));
    // the author's preposition: after the participle "by" alone
    let participle = handled.contains(&doc.word(e));
    let by_at = e + usize::from(participle);
    let by = by_at + 1 < limit && if participle { doc.word(by_at) == "by" } else { ["by", "from", "of"].contains(&doc.word(by_at)) };
    let Some((_, end)) = speaker_after(doc, by_at + 1, limit).filter(|_| document && by) else {
        return Some((s, e));
    };
    // "a poll of 400 voters (released on Friday by X)": who was asked, and the pollster after them
    let asked = doc.word(by_at) == "of" && ["poll", "polls", "survey", "surveys"].iter().any(|d| doc.word(e - 1).eq_ignore_ascii_case(d));
    if asked && end - 1 > by_at + 1 && handled.contains(&doc.word(end - 1)) {
        let by = (end..limit.min(end + 4)).take_while(|&k| doc.toks[k].word).find(|&k| doc.word(k) == "by");
        let pollster = by.and_then(|k| speaker_after(doc, k + 1, limit));
        return Some((s, pollster.map_or(end - 1, |p| p.1)));
    }
    Some((s, end))
}

/// The cue at token `i`, as a token range: a speech verb used actively, or
/// "according to".
pub fn cue_at(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    if i >= doc.toks.len() {
        return None;
    }
    let w = doc.word(i);
    if w.eq_ignore_ascii_case("according") && doc.word(i + 1).eq_ignore_ascii_case("to") {
        return Some((i, i + 2));
    }
    if doc.language != Language::English {
        if let Some(cue) = foreign_source(doc, i) {
            return Some(cue);
        }
        if is_foreign_auxiliary(doc.language, w) && is_foreign_cue(doc.language, doc.word(i + 1)) {
            // "a déclaré", "ha detto", "ha dicho"
            return Some((i, i + 2));
        }
        if let Some(verb) = w.split_once('-').map(|(v, _)| v).filter(|_| of_foreign_pronoun(doc.language, w).is_some()) {
            // "déclare-t-il", "a-t-elle ajouté": the verb and its subject in one word
            if is_foreign_cue(doc.language, verb) {
                return Some((i, i + 1));
            }
            if is_foreign_auxiliary(doc.language, verb) && is_foreign_cue(doc.language, doc.word(i + 1)) {
                return Some((i, i + 2));
            }
        }
    }
    if matches!(w, "pointed" | "points" | "pointing" | "point") && doc.word(i + 1) == "out" && doc.word(i + 2).eq_ignore_ascii_case("that") {
        // "Politifact then pointed out that …"
        return (!negated(doc, i) && !is_determiner(doc.word(i.saturating_sub(1)))).then_some((i, i + 2));
    }
    let before = i.checked_sub(1).map_or("", |k| doc.word(k));
    // (closures: most tokens are no such verb, and a negation is looked for only for one)
    let active = || (!is_passive(before) || w.ends_with("ing")) && !is_determiner(before) && !negated(doc, i);
    // ("demonstrations calling for a revolt": a participle after a noun describes it)
    let clause_participle = || !w.ends_with("ing") || opens_participle_clause(before);
    if matches!(w, "called" | "calls" | "calling") && doc.word(i + 1) == "for" && active() && clause_participle() {
        // "Trump called for a special prosecutor": a demand, what he said he wants
        return Some((i, i + 2));
    }
    if matches!(w, "described" | "describes" | "describing") && active() && clause_participle() && doc.word(i + 1) != "by" && (i + 2..i + 10).take_while(|&k| doc.toks.get(k).is_some_and(|t| t.word)).any(|k| doc.word(k) == "as") {
        // "Christie described Clinton as a disgrace": a characterisation; "described the scene" is none
        return Some((i, i + 1));
    }
    if is_naming_verb(w) && active() && clause_participle() && names_in_quotes(doc, i) {
        // "Sanders called the suspension “arbitrary”": the speaker's word for it
        return Some((i, i + 1));
    }
    if quoted_object(doc, i, doc.toks.len()).is_some() && !negated(doc, i) {
        // "IRNA quoted Ali Vaezi as saying …"
        return Some((i, i + 1));
    }
    if matches!(w, "put" | "puts") && doc.word(i + 1) == "it" {
        // "as Professor Foner put it: “…"
        return Some((i, i + 2));
    }
    if i > 0 && is_foreign_auxiliary(doc.language, doc.word(i - 1)) && is_foreign_cue(doc.language, w) {
        // the participle of "ha detto": the cue opens at its auxiliary
        return None;
    }
    let opens = i == 0 || doc.toks[i].new_paragraph || matches!(doc.word(i - 1), "." | "—");
    let inverted = opens && ["Said", "Says", "Added", "Asked", "Wrote"].contains(&w);
    let title = title_case_cue(doc, i);
    if !(is_cue(w) || is_foreign_cue(doc.language, w) || headline_cue(doc, i) || title) || doc.toks[i].capitalised(doc.text) && !inverted && !title {
        return None;
    }
    let before = i.checked_sub(1).map_or("", |k| doc.word(k));
    let attributive = is_determiner(before) && !is_relative(before)
        || is_ly_adverb(before) && i >= 2 && is_determiner(doc.word(i - 2));
    // ("Trump’s telling of a discredited story": a noun after its owner)
    // ("he's saying", "who's telling": a verb after a contraction)
    let owner = w.ends_with("ing") && is_possessive(before) && {
        let contracted = before.to_lowercase().replace('’', "'");
        !is_pronoun(contracted.trim_end_matches("'s")) && !matches!(contracted.as_str(), "that's" | "who's" | "there's" | "what's")
    };
    let passive = is_passive(before) && !w.ends_with("ing") || owner || state_noun(doc, i);
    // "nations accused of interference": the subject is the accused, not a
    // speaker; "whom she has accused of …" keeps its speaker before the verb
    let active_before = is_pronoun(&before.to_lowercase()) || matches!(before, "has" | "have" | "had");
    let accused_of = matches!(w, "accused" | "accuses" | "charged") && doc.word(i + 1) == "of" && !active_before;
    let by_agent = by_agent(doc, i);
    // "checked on accused trafficker X", "it is worth noting", "no suggested quota", "nothing indicated"
    let adjective = matches!(before, "on" | "of" | "with" | "against" | "about") && !w.ends_with("ing") || matches!(before, "worth" | "no");
    let no_one = matches!(before.to_lowercase().as_str(), "nothing" | "nobody" | "everything" | "something" | "anything");
    // "the foods predicted to be popular", "a man said to have fled": whoever is said to be something says nothing
    let raised = doc.word(i + 1) == "to" && matches!(doc.word(i + 2), "be" | "have");
    // "Ruiz, asked whether she would resign, said": she was asked
    let asked = w == "asked" && before == "," && matches!(doc.word(i + 1), "whether" | "if" | "about" | "how" | "why" | "what" | "when" | "to");
    // "protesters demanding his resignation": a participle after a noun describes it
    let describes = is_participle_cue(w) && !opens_participle_clause(before);
    // "the flood claimed three lives", "accidents claimed the lives of 20 people": deaths, not words
    let near = |words: &[&str]| (i + 1..i + 4).take_while(|&k| doc.toks.get(k).is_some_and(|t| t.word)).any(|k| words.contains(&doc.word(k)));
    let deaths = w.starts_with("claim") && near(&["life", "lives"]);
    // "the fee charged for tickets", "men charged with murder", "charged into
    // the fray", "charged the campaign $3.7 million": a price, a charge faced or
    // a rush, not words ("prosecutors charged Van Dyke with murder" accuses)
    let next = doc.word(i + 1);
    let price = matches!(w, "charged" | "charges")
        && (matches!(next, "for" | "into" | "at" | "in" | "through" | "toward" | "towards" | "ahead" | "up" | "down" | "forward" | "with")
            || next.starts_with(['$', '£', '€']) || next.starts_with(|c: char| c.is_ascii_digit())
            || (i + 2..i + 5).take_while(|&k| doc.toks.get(k).is_some_and(|t| t.word || doc.word(k).starts_with('$'))).any(|k| doc.word(k).starts_with('$')));
    // "patients admitted in the hospital", "was admitted to intensive care": care, not a confession
    let patients = w.starts_with("admit") && near(&["hospital", "hospitals", "clinic", "ward", "care", "ICU", "emergency"]);
    (!passive && !attributive && !accused_of && !by_agent && !adjective && !no_one && !raised && !asked && !describes && !deaths && !price && !patients && !negated(doc, i)).then_some((i, i + 1))
}

/// Verbs that give their object a name: with the name in quotation marks
/// ("called the deal “a disaster”") the name is the subject's words. The
/// base form is left out: "they call it the “new normal”" is anyone's.
fn is_naming_verb(w: &str) -> bool {
    matches!(
        w,
        "called" | "calls" | "calling" | "dubbed" | "dubs" | "dubbing" | "labeled" | "labelled" | "labels" | "labeling" | "labelling" | "branded" | "brands" | "branding" | "termed" | "terming" | "deemed" | "deems"
    )
}

/// Is `cue` a naming verb on its own ("called", not "called for")?
pub fn is_naming_cue(doc: &Doc, cue: (usize, usize)) -> bool {
    cue.1 == cue.0 + 1 && is_naming_verb(doc.word(cue.0))
}

/// Most tokens between a naming verb and the quotation that names its object.
const MAX_NAMED: usize = 14;

/// Does a quotation open a few words after the naming verb at token `i`,
/// past an object that is more than an article ("called Trump “unhinged”",
/// "calling him a “loser”")? "A group called the “Proud Boys”" names a
/// title; "called on Congress to “act”" and "called for" are no naming.
fn names_in_quotes(doc: &Doc, i: usize) -> bool {
    let next = doc.word(i + 1);
    // ("called attention to …", "called elections for …": a phrase of its own)
    let phrasal = matches!(next, "attention" | "time" | "elections" | "election" | "meeting" | "vote" | "strike" | "halt" | "truce" | "recess");
    if PREPOSITIONS.contains(&next) || phrasal || matches!(next, "to" | "off" | "up" | "out" | "into" | "back") {
        return false;
    }
    let limit = (i + 1 + MAX_NAMED).min(doc.toks.len());
    // ("a company called Cambridge Analytica, which builds what it calls
    // “psychographic” profiles": a verb or a relative between, the name is another's)
    let stops = |k: usize| {
        let w = doc.word(k);
        ends_sentence(w) || matches!(w, ":" | "—" | "(") || is_close_mark(w) || is_relative(w) || is_verb(w) || is_naming_verb(w)
    };
    let open = (i + 1..limit).find(|&k| is_open_mark(doc.word(k)) || stops(k)).filter(|&k| is_open_mark(doc.word(k)));
    open.is_some_and(|o| (i + 1..o).any(|k| doc.toks[k].word && !is_determiner(doc.word(k))))
}

/// Cue verbs of headlines written in title case.
const TITLE_CUES: &[&str] = &["Says", "Said", "Tells", "Told", "Warns", "Claims", "Insists", "Admits", "Denies", "Urges", "Predicts", "Vows"];

/// Is token `i` the cue of a headline in title case ("Obama Says Museum
/// Will Tell of Suffering", "Trump’s Son Says The Battle Will Be
/// Unprecedented"): one of [`TITLE_CUES`] after a name, in a sentence of
/// at least five words nearly all capitalised?
fn title_case_cue(doc: &Doc, i: usize) -> bool {
    if !TITLE_CUES.contains(&doc.word(i)) {
        return false;
    }
    let (from, to) = doc.clause(i);
    // the speaker is a name of a few capitalised words before it, opening
    // the headline or after a comma, colon or dash ("Fight Between
    // Ideologies: Rahul Gandhi Says …", "…, Lindsey Graham Says."); not
    // "‘No Idea’ If I Would Have Told …", nor "If Obama Says It"
    let mut start = i;
    while start > from && i - start < 6 && (doc.toks[start - 1].word && doc.toks[start - 1].capitalised(doc.text) || matches!(doc.word(start - 1), "’" | "'")) {
        start -= 1;
    }
    let set_off = start == from || matches!(doc.word(start - 1), "," | ":" | "—" | "–" | "-");
    let condition = ["If", "When", "Why", "How", "What", "Whether", "Unless"].contains(&doc.word(start));
    if start == i || !set_off || condition {
        return false;
    }
    let minor = |w: &str| matches!(w, "a" | "an" | "the" | "of" | "to" | "in" | "on" | "for" | "and" | "or" | "at" | "by" | "with" | "as");
    let words: Vec<usize> = (from..to).filter(|&k| doc.toks[k].word && !minor(doc.word(k))).collect();
    let capitalised = words.iter().filter(|&&k| doc.toks[k].capitalised(doc.text)).count();
    words.len() >= 5 && capitalised * 10 >= words.len() * 9
}

/// Is the present tense at token `i`, a cue only after a quotation
/// elsewhere, a headline's or column's cue: "…, tweets Mike Pompeo",
/// "…, writes Paul Krugman" (a comma before, a name after), or "…, Pompeo
/// tweets." (a name and the sentence's end around it)?
fn headline_cue(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    if !(w.ends_with('s') && is_cue_after_quote(w)) || matches!(w, "continues" | "reads" | "offers" | "sings" | "laughs") || i == 0 {
        return false;
    }
    // ("including Friday's tweets", "laments Bill Clinton's legacy": an owner, no speaker)
    let named = |k: usize| doc.toks.get(k).is_some_and(|t| t.capitalised(doc.text)) && !is_determiner(doc.word(k)) && !is_possessive(doc.word(k));
    let owner_after = (i + 1..doc.toks.len()).take_while(|&k| doc.toks[k].capitalised(doc.text)).any(|k| is_possessive(doc.word(k)) || doc.word(k + 1) == "’s" || doc.word(k + 1) == "'s");
    let ends = doc.toks.get(i + 1).is_none_or(|t| ends_sentence(doc.word(i + 1)) || t.new_paragraph);
    doc.word(i - 1) == "," && named(i + 1) && !owner_after || ends && named(i - 1) && (i.saturating_sub(5)..i - 1).any(|k| doc.word(k) == ",")
}

/// Is the cue at token `i` negated ("he doesn't think that …", "did not
/// say", "never claimed")? What follows is then what the speaker did not
/// say or believe, no words of theirs.
pub fn negated(doc: &Doc, i: usize) -> bool {
    let negation = |w: &str| w.eq_ignore_ascii_case("not") || w.eq_ignore_ascii_case("never") || w.ends_with("n't") || w.ends_with("n’t");
    let mut k = i;
    for _ in 0..3 {
        let Some(before) = k.checked_sub(1) else { return false };
        let w = doc.word(before);
        if negation(w) {
            return true;
        }
        if !doc.toks[before].word || !is_skippable(w) {
            return false;
        }
        k = before;
    }
    false
}

/// The pronoun that names the speaker inside or right after a cue in
/// another language than English, where the subject follows its verb:
/// "…“, sagte er", "Danach erklärte sie: „…", "…», a-t-il déclaré".
pub fn inverted(doc: &Doc, cue: (usize, usize)) -> Option<(usize, usize)> {
    let pronoun = |k: usize| doc.language != Language::English && of_foreign_pronoun(doc.language, doc.word(k)).is_some();
    if pronoun(cue.0) && doc.word(cue.0).contains('-') {
        return Some((cue.0, cue.0 + 1));
    }
    pronoun(cue.1).then_some((cue.1, cue.1 + 1))
}

/// The cue right after a quotation and its speaker: the cues of [`cue_at`]
/// and any verb in the past tense or a form that is also a noun ("notes").
fn cue_after_quote(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    cue_at(doc, i).or_else(|| {
        let w = doc.word(i);
        let before = i.checked_sub(1).map_or("", |k| doc.word(k));
        // (a capitalised word is a cue only as `cue_at` takes it, opening a
        // sentence or in a headline's title case: "‘Toddler-In-Chief’:
        // Trump Gets Trolled After GOP Sen Suggests …" has none)
        let cue = w.starts_with(char::is_lowercase) && is_cue_after_quote(w);
        (cue && !is_passive(before) && !is_determiner(before) && !by_agent(doc, i) && !state_noun(doc, i)).then_some((i, i + 1))
    })
}

/// Is "state" at token `i` a noun between a name and another noun ("the
/// Indiana state firefighters union"), no verb ("the Saudis state in the
/// paper", "… state that")?
fn state_noun(doc: &Doc, i: usize) -> bool {
    if !matches!(doc.word(i), "state" | "states") {
        return false;
    }
    let next = doc.word(i + 1);
    let noun_next = doc.toks.get(i + 1).is_some_and(|t| t.word)
        && next.starts_with(char::is_lowercase)
        && !is_determiner(next)
        && !is_pronoun(next)
        && !PREPOSITIONS.contains(&next)
        && !matches!(next, "that" | "to" | "with" | "as" | "how" | "what" | "why" | "whether");
    noun_next && doc.toks.get(i.wrapping_sub(1)).is_some_and(|t| t.word && t.capitalised(doc.text))
}

/// Is the verb at token `i` a participle with its agent after it: "a plan
/// announced by the ministry", "a position underscored by several users"?
fn by_agent(doc: &Doc, i: usize) -> bool {
    const QUANTIFIERS: &[&str] = &["several", "many", "some", "most", "all", "both", "few", "numerous", "dozens", "hundreds", "thousands", "various", "other", "others"];
    let agent = doc.word(i + 2);
    !doc.word(i).ends_with("ing")
        && doc.word(i + 1) == "by"
        && doc.toks.get(i + 2).is_some_and(|t| t.capitalised(doc.text) || is_determiner(agent) || QUANTIFIERS.iter().any(|q| agent.eq_ignore_ascii_case(q)))
}

/// May token `k` of a speaker phrase be a word joining two capitalised parts
/// ("Office of the Director", "FBI and CISA")?
pub fn joins_names(doc: &Doc, k: usize) -> bool {
    let w = doc.word(k);
    // "a study commissioned by Pew"; not a passive verb's agent ("was first
    // reported by Politico, which said": Politico speaks)
    let passive = || (0..k - 1).rev().take(3).find(|&j| !is_skippable(doc.word(j)) && doc.word(j) != "first").is_some_and(|j| is_passive(doc.word(j)));
    let agent = w == "by" && k > 0 && doc.word(k - 1).ends_with("ed") && !passive();
    let joiner = agent || ["of", "to", "for", "from", "and", "at", "the", "&", "de"].iter().any(|j| w.eq_ignore_ascii_case(j));
    let next_cap = doc.toks.get(k + 1).is_some_and(|t| t.capitalised(doc.text))
        || doc.word(k + 1).eq_ignore_ascii_case("the") && doc.toks.get(k + 2).is_some_and(|t| t.capitalised(doc.text));
    joiner && next_cap && k > 0 && doc.toks[k - 1].word
}

/// The longest parenthesis, in tokens, between a speaker and its cue.
const MAX_ASIDE: usize = 40;

/// The speaker phrase that ends just before token `cue`, not reaching back
/// past token `floor`.
pub fn speaker_before(doc: &Doc, cue: usize, floor: usize) -> Option<(usize, usize)> {
    let at = went_on_to(doc, cue, floor);
    // "Sen. Chris Murphy (a Connecticut Democrat so boyish …) says": past the
    // parenthesis, and past a comma after it ("Gov. John Kasich (R-OH), said")
    let close = if at > floor + 2 && doc.word(at - 1) == "," && doc.word(at - 2) == ")" { at - 1 } else { at };
    let at = match (close > floor + 1 && doc.word(close - 1) == ")").then(|| (close.saturating_sub(MAX_ASIDE).max(floor + 1)..close - 1).rev().find(|&k| doc.word(k) == "(")).flatten() {
        Some(open) if doc.toks[open - 1].word => open,
        _ => at,
    };
    // ("Investors who bought the shares in 2019 said": no phrase ends at the
    // cue, and the relative clause's antecedent speaks; not after "to", "by
    // declaring", "and say", "was widely criticized")
    let last = (floor..at).rev().find(|&k| !is_skippable(doc.word(k)) || doc.word(k).bytes().all(|b| b.is_ascii_digit()));
    let clause_ends = last.is_some_and(|k| doc.toks[k].word && !is_boundary(doc.word(k)) && !is_passive(doc.word(k)));
    let mut phrase = phrase_before(doc, at, floor).or_else(|| relative_antecedent(doc, (at, at), floor).filter(|_| clause_ends))?;
    let mut thing_subject = false;
    for _ in 0..3 {
        // "Trump at the time said", "Ruiz in a statement on Monday said": an adjunct
        // ("after the Huffington Post, which said": a name is no adjunct)
        let head = doc.word(phrase.1 - 1).to_lowercase();
        let head = if doc.toks[phrase.1 - 1].capitalised(doc.text) && !CALENDAR.contains(&head.as_str()) { String::new() } else { head };
        let preposition = phrase.0 > floor && ADJUNCT_PREPOSITIONS.contains(&doc.word(phrase.0 - 1));
        // "the embassy in Valmont said", "Officials in Nevada said": the body
        // or the people speak, not the place they are in; in "The fight in
        // Nevada underscored …" a thing is the subject, and no one speaks
        // ("The Iranian mission to the UN in the United States has denied": past its article)
        let named_from = phrase.0 + usize::from(doc.word(phrase.0) == "the");
        let capitalised = || named_from < phrase.1 && (named_from..phrase.1).all(|k| doc.toks[k].capitalised(doc.text) && !CALENDAR.contains(&doc.word(k).to_lowercase().as_str()));
        // ("Voters in each state say": a place named by a quantified common
        // noun; "in all three towns", whose "all" the phrase left out)
        if phrase.0 > floor + 2 && matches!(doc.word(phrase.0 - 1), "all" | "both") && PLACE_NOUNS.contains(&doc.word(phrase.1 - 1)) {
            phrase.0 -= 1;
        }
        let some_place = || {
            let first = doc.word(phrase.0).to_lowercase();
            phrase.1 > phrase.0 + 1 && PLACE_NOUNS.contains(&doc.word(phrase.1 - 1)) && (is_quantifier(&first) || matches!(first.as_str(), "all" | "both" | "their" | "its" | "many" | "several"))
        };
        let preposition_before = |ps: &[&str]| phrase.0 > floor + 1 && ps.contains(&doc.word(phrase.0 - 1)) && doc.toks[phrase.0 - 2].word && (capitalised() || some_place());
        let in_place = preposition_before(&["in", "at"]);
        let speaking = |k: usize| speaks_as_noun(doc.word(k));
        // "Experts on North Korea said", "A report on Iran said": those who
        // speak on a topic; "The Senate Committee on Armed Services said": one name
        // ("Trump on Twitter said", "fact-check on Donald Trump’s claim": left alone)
        let on_topic = preposition_before(&["on"]);
        let body = || {
            let head = doc.word(phrase.0 - 2).to_lowercase();
            doc.toks[phrase.0 - 2].capitalised(doc.text) && (is_org_word(&head) || matches!(head.as_str(), "panel" | "subcommittee" | "board" | "forum" | "center" | "centre" | "conference"))
        };
        if on_topic && body() {
            if let Some(np) = phrase_before(doc, phrase.0 - 1, floor) {
                phrase = (np.0, phrase.1);
            }
            break;
        }
        // ("Trump in Iowa said": a name before the place speaks too)
        let located = (in_place || on_topic) && speaking(phrase.0 - 2) || in_place && doc.is_name(phrase.0 - 2);
        let noun = doc.word(phrase.0.saturating_sub(2));
        let thing = in_place && !located && noun.starts_with(char::is_lowercase) && !is_boundary(noun) && !is_verb(noun) && !is_skippable(noun) && !is_finite_verb(noun) && !noun.ends_with("ed") && !noun.ends_with("en");
        if thing {
            // "Some delegates at the convention in Philadelphia said": the
            // people at the thing speak; "The fight in Nevada underscored": no one
            let np = phrase_before(doc, phrase.0 - 1, floor)?;
            let people = np.0 > floor + 1 && ["at", "in", "of", "from"].contains(&doc.word(np.0 - 1)) && speaking(np.0 - 2);
            // ("the sponsor of a lottery bill in the House said", "Some delegates
            // at the convention in Philadelphia said": the one of or at the thing)
            let of_thing = (np.0..np.1).any(|k| matches!(doc.word(k + 1), "of" | "for" | "on" | "at" | "from") && speaking(k));
            if of_thing {
                phrase = np;
                break;
            }
            if !people {
                // (unless a relative clause holds it: "The man who lives in Iowa said")
                thing_subject = true;
                break;
            }
            phrase = phrase_before(doc, np.0 - 1, floor)?;
            continue;
        }
        // "Family of man stabbed in Hanukkah attack says", "A man arrested in
        // Ohio said": the one the participle describes, not its place (a
        // participle's agent, "a report released by the agency", is left alone)
        // (a date after it is the calendar rule's below: "a poll released in late August found")
        let participle = phrase.0 > floor + 2
            && matches!(doc.word(phrase.0 - 1), "in" | "at" | "during" | "near")
            && !CALENDAR.contains(&head.as_str())
            && is_past(doc.word(phrase.0 - 2))
            && !is_cue(doc.word(phrase.0 - 2));
        if let Some(np) = participle.then(|| phrase_before(doc, phrase.0 - 2, floor)).flatten().filter(|np| np.1 == phrase.0 - 2) {
            phrase = np;
            break;
        }
        if !(preposition && (ADJUNCT_HEADS.contains(&head.as_str()) || CALENDAR.contains(&head.as_str())) || located) {
            break;
        }
        // "a poll released in late August found": a date is an adjunct when a
        // subject stands before it, not another preposition's object ("a
        // confrontation in a parking lot in January admitted")
        let object = |p: (usize, usize)| p.0 > floor && (ADJUNCT_PREPOSITIONS.contains(&doc.word(p.0 - 1)) || ["of", "to", "from", "by"].contains(&doc.word(p.0 - 1)));
        match phrase_before(doc, phrase.0 - 1, floor) {
            Some(p) if !(CALENDAR.contains(&head.as_str()) && object(p)) => phrase = p,
            _ => break,
        }
    }
    // ("A woman who sat near the man who killed two men said": the outer one)
    let mut relative = false;
    for _ in 0..3 {
        match relative_antecedent(doc, phrase, floor) {
            Some(antecedent) => (phrase, relative) = (antecedent, true),
            None => break,
        }
    }
    if thing_subject && !relative {
        return None;
    }
    // "Armin Laschet, the leader of the opposition in …, who suggested": the
    // name the apposition describes speaks
    let who = (phrase.1..at).any(|k| doc.word(k) == "who");
    if who && phrase.0 > floor + 1 && doc.word(phrase.0 - 1) == "," && is_determiner(doc.word(phrase.0)) {
        let name = |&(s, e): &(usize, usize)| doc.toks[s].capitalised(doc.text) && (s..e).all(|k| doc.toks[k].capitalised(doc.text) || matches!(doc.word(k), "of" | "de" | "van" | "von" | "bin" | "al"));
        if let Some(named) = phrase_before(doc, phrase.0 - 1, floor).filter(name) {
            phrase = named;
        }
    }
    // "his recent claim that …", "her earlier claims": the owner of the claim, not "his recent"
    let adjective = |w: &str| {
        ["new", "own", "false", "first", "last", "many", "earlier", "previous", "latest", "recent"].contains(&w)
            || w.len() > 4 && ["ent", "est", "ous", "ive", "al", "ic", "ed"].iter().any(|e| w.ends_with(e))
    };
    let owner = ["his", "her", "their"].iter().any(|p| doc.word(phrase.0).eq_ignore_ascii_case(p))
        && phrase.1 > phrase.0 + 1
        && (phrase.0 + 1..phrase.1).all(|k| adjective(doc.word(k)) && !speaks_as_noun(doc.word(k)));
    if owner {
        phrase = (phrase.0, phrase.0 + 1);
    }
    (!clause_subject(doc, phrase) && !dated(doc, phrase)).then_some(phrase)
}

/// Is `word`, or its singular, a body, people, a role, a group or a business?
fn names_speakers(word: &str) -> bool {
    let kinds: [fn(&str) -> bool; 5] = [is_role, is_people, is_org_word, is_group_head, is_company];
    kinds.iter().any(|f| f(word) || f(word.trim_end_matches('s')))
}

/// Is `word` a noun for those who may speak: one that [`names_speakers`],
/// a document, or an agent noun ("boosters", "backers")?
fn speaks_as_noun(word: &str) -> bool {
    let noun = word.to_lowercase();
    names_speakers(&noun) || is_document(&noun) || is_document(noun.trim_end_matches('s')) || noun.len() > 5 && ["ers", "ors", "ists"].iter().any(|e| noun.ends_with(e))
}

/// The longest restrictive relative clause, in words, that may stand
/// between a speaker and its cue.
const MAX_RELATIVE: usize = 12;

/// When the phrase `(start, end)` before a cue is, or ends in, the object
/// of a restrictive relative clause ("A retired general who served under
/// Bush said", "The company that owns Fox News said", "The woman whose son
/// died in Iraq said"), the clause's antecedent, which is the speaker. The
/// clause has no comma, and a lowercase word that is no determiner or
/// pronoun follows the relative: in "a man who Trump said was a thief",
/// "the official who he said", Trump and he speak.
fn relative_antecedent(doc: &Doc, (start, end): (usize, usize), floor: usize) -> Option<(usize, usize)> {
    let relative = (start.saturating_sub(MAX_RELATIVE).max(floor + 1)..end)
        .rev()
        .take_while(|&k| doc.toks[k].word)
        .find(|&k| ["who", "whose", "which", "that"].iter().any(|r| doc.word(k).eq_ignore_ascii_case(r)))?;
    let verb = doc.word(relative + 1);
    let subject = |w: &str| !w.starts_with(char::is_lowercase) || is_determiner(w) || is_pronoun(w) || is_boundary(w);
    // ("a man who news reports said was firing": when the phrase follows the
    // relative, only a name after its verb makes it the clause's object)
    let object_name = relative + 1 < start || doc.toks[end - 1].capitalised(doc.text);
    if relative + 2 >= end || subject(verb) || !object_name || is_pronoun(doc.word(start)) {
        return None;
    }
    let before = doc.word(relative - 1);
    // ("officials said that Bush …": "that" after a verb opens what was said)
    if doc.word(relative).eq_ignore_ascii_case("that") && (is_verb(before) || !doc.toks[relative - 1].word) {
        return None;
    }
    phrase_before(doc, relative, floor).filter(|&(_, end)| end == relative)
}

/// Where "goes on to" before the cue at token `cue` starts ("She then goes
/// on to say", "went onto write"), or the auxiliary of a progressive ("is
/// claiming"), so that the subject before it is the speaker; else `cue`.
fn went_on_to(doc: &Doc, cue: usize, floor: usize) -> usize {
    let go = |k: usize| ["go", "goes", "went", "going", "gone"].iter().any(|g| doc.word(k).eq_ignore_ascii_case(g));
    let word = |back: usize| cue.checked_sub(back).filter(|&k| k > floor).map_or("", |k| doc.word(k));
    if doc.word(cue).ends_with("ing") && is_progressive_auxiliary(word(1)) && cue >= floor + 2 {
        // "She is claiming that …": the progressive's subject
        return cue - 1;
    }
    if word(1) == "to" && word(2) == "on" && cue >= floor + 4 && go(cue - 3) {
        cue - 3
    } else if word(1) == "onto" && cue >= floor + 3 && go(cue - 2) {
        cue - 2
    } else {
        cue
    }
}

/// Is the phrase a date ("January 1, 2020", "Monday")? A date says nothing.
fn dated(doc: &Doc, (from, to): (usize, usize)) -> bool {
    let calendar = |w: &str| CALENDAR.iter().any(|c| w.eq_ignore_ascii_case(c));
    (from..to).any(|k| calendar(doc.word(k)))
        && (from..to).all(|k| calendar(doc.word(k)) || doc.word(k) == "," || doc.word(k).bytes().all(|b| b.is_ascii_digit()))
}

/// Is the phrase a demonstrative and a verb ("This includes recently
/// reported activities", "That means"): "this" or "that" before a
/// lowercase word in -s that no singular noun would be (not "this news",
/// "this process", "this analysis").
fn clause_subject(doc: &Doc, (from, to): (usize, usize)) -> bool {
    let verb = doc.word(from + 1);
    to == from + 2
        && ["this", "that"].iter().any(|d| doc.word(from).eq_ignore_ascii_case(d))
        && verb.starts_with(char::is_lowercase)
        && verb.ends_with('s')
        && !["ss", "is", "us", "ws"].iter().any(|e| verb.ends_with(e))
}

/// Prepositions that open an adjunct between a speaker and its cue.
const ADJUNCT_PREPOSITIONS: &[&str] = &["at", "on", "in", "during", "after", "before", "over", "for", "with"];

/// Months and weekdays: a date says nothing, and "in late August" between
/// a speaker and its cue is an adjunct.
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Heads of adjuncts between a speaker and its cue ("at the time", "in a statement").
const ADJUNCT_HEADS: &[&str] = &[
    "time", "moment", "weekend", "week", "month", "year", "day", "years", "months", "weeks", "days", "decades",
    "night", "morning", "evening", "interview",
    "statement", "speech", "rally", "event", "conference", "debate", "appearance", "briefing", "post", "tweet",
    "email", "letter", "release", "hearing", "meeting", "call", "remarks", "address", "show", "program",
    "past", "particular", "general", "fact", "turn", "response", "part", "private", "public", "person",
];

/// The phrase that ends just before token `cue`, not reaching back past `floor`.
fn phrase_before(doc: &Doc, cue: usize, floor: usize) -> Option<(usize, usize)> {
    // ("four in 10 said": the count, not a date's figure)
    let counted = |k: usize| k > floor + 1 && counting(doc, k - 1, true);
    let skip = |mut end: usize| {
        while end > floor && doc.toks[end - 1].word && is_skippable(doc.word(end - 1)) && !modal_name(doc, end - 1, floor) && !counted(end - 1) {
            end -= 1;
        }
        end
    };
    let mut end = skip(anonymously(doc, skip(cue), floor));
    if end > floor && is_relative(doc.word(end - 1)) {
        // "a report from Microsoft that said": the antecedent speaks, as
        // does "Mark Tompkins" in "Mark Tompkins, who said"
        end = skip(end - 1);
        if end > floor + 1 && matches!(doc.word(end - 1), "," | "—" | "–") && !doc.word(end).eq_ignore_ascii_case("that") {
            // ("Once the video was released, which showed …": a clause is no speaker)
            // the head noun: the last word, or the one before an "of" ("Residents of the town")
            let of = (floor + 1..end - 1).rev().take(4).take_while(|&k| doc.toks[k].word).find(|&k| doc.word(k) == "of");
            let head = of.map_or(end - 2, |k| k - 1);
            let speaks = doc.toks[end - 2].capitalised(doc.text) || names_speakers(doc.word(head));
            if !speaks {
                return None;
            }
            end -= 1;
        }
    }
    // "backers of tariffs say", "the head of the agency said": the lower-case
    // noun before the "of" at token `of` heads the phrase
    let noun_before = |of: usize| {
        of > floor && doc.toks[of - 1].word && {
            let w = doc.word(of - 1);
            (w.starts_with(char::is_lowercase) || of - 1 == floor) && !is_boundary(w) && !is_verb(&w.to_lowercase())
        }
    };
    let mut start = end;
    let mut words = 0;
    while start > floor && words < MAX_SPEAKER {
        let k = start - 1;
        let w = doc.word(k);
        if w == ")" {
            // a parenthesised acronym belongs to the name before it
            match (k.saturating_sub(3).max(floor)..k).rev().find(|&j| doc.word(j) == "(") {
                Some(j) => {
                    start = j;
                    continue;
                }
                None => break,
            }
        }
        if matches!(w, "’" | "'") && k > floor && doc.toks[k - 1].word && doc.word(k - 1).ends_with('s') && start < end {
            // a plural possessive: "the teachers' union said"
            start = k;
            continue;
        }
        // "Bill & Melinda Gates Foundation"
        let ampersand = w == "&" && k > floor && start < end && doc.toks[k - 1].capitalised(doc.text);
        // "1,409 teachers said": a thousands separator
        let digits = |j: usize| doc.toks.get(j).is_some_and(|t| t.word) && doc.word(j).bytes().all(|b| b.is_ascii_digit());
        let thousands = w == "," && k > floor && start < end && digits(k - 1) && digits(k + 1) && doc.word(k + 1).len() == 3;
        if !doc.toks[k].word && !ampersand && !thousands {
            break;
        }
        // a capitalised function word inside a name ("CBS This Morning") is part of it
        let inside_name = k > floor && doc.toks[k].capitalised(doc.text);
        // determiners open the phrase (below); "that" is a boundary
        let opens_phrase = is_determiner(w) && !w.eq_ignore_ascii_case("that");
        let of_noun = w == "of" && start < end && noun_before(k);
        let sourcing = || start < end && sourcing_preposition(doc, k, floor);
        // "proponents of more controls say": a quantifier after "of" is inside the phrase
        let quantified = matches!(w, "more" | "most" | "many" | "such") && k > floor && doc.word(k - 1) == "of" && start < end;
        if is_boundary(w) && !inside_name && !joins_names(doc, k) && !opens_phrase && !of_noun && !sourcing() && !quantified && !counting(doc, k, start < end) {
            break;
        }
        start = k;
        words += 1;
        if is_pronoun(w) || is_indefinite_pronoun(w) {
            // a pronoun opens its phrase: "the senator she has accused", "in the throes of recovery someone told you"
            break;
        }
        let of_before = k > floor && doc.word(k - 1) == "of" && noun_before(k - 1);
        // a determiner opens the phrase unless a name, an "of" or a source's preposition runs through it
        let runs_on = || k > floor && (joins_names(doc, k - 1) || sourcing_preposition(doc, k - 1, floor)) || of_before;
        if is_determiner(w) && !runs_on() {
            break;
        }
    }
    trim_phrase(doc, start, end)
}

/// Words that count people: "most of them", "all of those", "a third of
/// them"; and the numbers written as words ("four in 10").
const QUANTIFIERS: &[&str] = &["most", "many", "some", "all", "few", "half", "none", "both", "several", "each", "majority", "third", "quarter"];
const NUMBER_WORDS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// Is the word at token `k` part of a phrase that counts people, walking
/// back from a cue (`inside`: words of the phrase follow it): "Most of
/// them said", "About four in 10 said", "nine out of 10 say"?
fn counting(doc: &Doc, k: usize, inside: bool) -> bool {
    let number = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()) || NUMBER_WORDS.iter().any(|q| q.eq_ignore_ascii_case(x));
    let quantifier = |x: &str| number(x) || QUANTIFIERS.iter().any(|q| q.eq_ignore_ascii_case(x));
    let before = if k > 0 { doc.word(k - 1) } else { "" };
    let (w, next) = (doc.word(k).to_lowercase(), doc.word(k + 1));
    match w.as_str() {
        "in" => inside && number(before) && number(next),
        "out" => inside && next == "of" && number(before),
        "of" => inside && (before.eq_ignore_ascii_case("out") || quantifier(before) && matches!(next, "them" | "those" | "us")),
        "them" | "those" => !inside && before == "of" && k >= 2 && quantifier(doc.word(k - 2)),
        _ => inside && quantifier(&w) && (next == "of" || next == "in" || next == "out"),
    }
}

/// Where "speaking on condition of anonymity" (or "speaking anonymously")
/// ending at token `end` starts, so that the speaker before it is found:
/// "Officials speaking on condition of anonymity said"; else `end`.
fn anonymously(doc: &Doc, end: usize, floor: usize) -> usize {
    let ends_with = |words: &[&str]| end >= floor + words.len() && words.iter().enumerate().all(|(i, w)| doc.word(end - words.len() + i).eq_ignore_ascii_case(w));
    let start = if ends_with(&["on", "condition", "of", "anonymity"]) {
        end - 4
    } else if ends_with(&["speaking", "anonymously"]) {
        end - 1
    } else {
        return end;
    };
    if start > floor && ["speaking", "spoke"].iter().any(|w| doc.word(start - 1).eq_ignore_ascii_case(w)) {
        start - 1
    } else {
        start
    }
}

/// Words before a preposition that keep an anonymous source's phrase
/// whole: "people familiar with the matter", "a person close to the talks",
/// "officials briefed on the plan", "sources with knowledge of it".
const SOURCING: &[(&str, &str)] = &[
    ("familiar", "with"), ("close", "to"), ("briefed", "on"), ("knowledgeable", "about"), ("privy", "to"), ("involved", "in"),
];

/// Does the preposition at token `k` belong to an anonymous source's
/// phrase (see [`SOURCING`]; "with" after a word for people, "for" after
/// a spokesperson, too)?
fn sourcing_preposition(doc: &Doc, k: usize, floor: usize) -> bool {
    if k <= floor {
        return false;
    }
    let (before, w) = (doc.word(k - 1), doc.word(k));
    let serves = ["for", "at"].iter().any(|p| w.eq_ignore_ascii_case(p)) && is_spokes_role(before);
    // "Lawyers for the family", "Experts on the matter", "Investigators
    // working on the case": people named by what they work on or for
    // ("the source for his recent claim": a source is no one working for it)
    let people = |x: &str| names_people(x) && !x.starts_with("source");
    let working = before.ends_with("ing") && k >= floor + 2 && people(doc.word(k - 2));
    let serves = serves || ["for", "on", "at", "from"].iter().any(|p| w.eq_ignore_ascii_case(p)) && (people(before) || working);
    SOURCING.iter().any(|&(b, p)| before.eq_ignore_ascii_case(b) && w.eq_ignore_ascii_case(p)) || w.eq_ignore_ascii_case("with") && is_people(before) || serves
}

/// The speaker phrase that starts at token `from`, not reaching token `limit`.
pub fn speaker_after(doc: &Doc, from: usize, limit: usize) -> Option<(usize, usize)> {
    if from < limit && doc.language != Language::English && of_foreign_pronoun(doc.language, doc.word(from)).is_some() {
        // "selon elle, …", "según él": the pronoun is the whole phrase
        return Some((from, from + 1));
    }
    let mut end = from;
    while end < limit && end - from < MAX_SPEAKER {
        let w = doc.word(end);
        if w == "(" {
            match (end + 1..limit.min(end + 4)).find(|&j| doc.word(j) == ")") {
                Some(j) => {
                    end = j + 1;
                    continue;
                }
                None => break,
            }
        }
        let ampersand = w == "&" && end > from && doc.toks.get(end + 1).is_some_and(|t| t.capitalised(doc.text));
        if !doc.toks[end].word && !ampersand {
            break;
        }
        let first = end == from;
        let lowercase = w.starts_with(char::is_lowercase);
        let sourcing = || !first && sourcing_preposition(doc, end, from);
        // ("the most recent data": a superlative after the determiner)
        let superlative = !first && matches!(w, "most" | "least") && is_determiner(doc.word(end - 1));
        if is_boundary(w) && (first || lowercase) && !joins_names(doc, end) && !(first && is_determiner(w)) && !sourcing() && !superlative {
            break;
        }
        // ("a yearly Gallup poll": after a determiner an "-ly" word is an adjective)
        let adjective = w.ends_with("ly") && is_determiner(doc.word(end - 1));
        if !first && lowercase && is_skippable(w) && !adjective && !joins_names(doc, end) {
            // "Clinton emphatically", "officials this week"
            break;
        }
        end += 1;
    }
    trim_phrase(doc, from, end)
}

/// Is token `k` a modal written as a surname after a capitalised word
/// ("Theresa May said")? Not when it opens the phrase at `floor`.
fn modal_name(doc: &Doc, k: usize, floor: usize) -> bool {
    k > floor && doc.word(k) == "May" && doc.toks[k - 1].capitalised(doc.text)
}

/// Drops leading joiners and trailing joiners; `None` when nothing but
/// determiners is left.
fn trim_phrase(doc: &Doc, mut start: usize, mut end: usize) -> Option<(usize, usize)> {
    while start < end && (is_boundary(doc.word(start)) && !is_determiner(doc.word(start)) && !counting(doc, start, true) || !doc.toks[start].word) {
        start += 1;
    }
    let kept = |k: usize| modal_name(doc, k, start) || counting(doc, k, false);
    while end > start && (is_boundary(doc.word(end - 1)) && !kept(end - 1) || !doc.toks[end - 1].word && doc.word(end - 1) != ")") {
        end -= 1;
    }
    (start..end).any(|k| !is_determiner(doc.word(k))).then_some((start, end))
}

/// Words that open a subordinate clause.
pub const SUBORDINATORS: &[&str] = &["until", "when", "after", "before", "because", "while", "since", "unless", "although", "though"];

/// The attribution after a closing mark: `,” the mission said` or
/// `,” said Pablo Majluf`. `close` is the token after the closing mark.
pub fn after_quote(doc: &Doc, close: usize) -> Option<Attribution> {
    if let Some(credit) = dash_credit(doc, close) {
        return Some(credit);
    }
    let (_, para_end) = doc.paragraph(close.saturating_sub(1));
    let mut j = close;
    while j < para_end && matches!(doc.word(j), "," | "—" | "–" | "-" | ":" | "'" | "’") {
        j += 1;
    }
    // (past nested marks too: "… tractors.’”")
    let last_word = (close.saturating_sub(4)..close).rev().find(|&k| !is_close_mark(doc.word(k)));
    let full_stop = last_word.is_some_and(|k| k + 1 < close && doc.word(k) == ".");
    if j >= para_end {
        return None;
    }
    if full_stop && doc.toks[j].capitalised(doc.text) {
        // “… done.” The next sentence starts, unless it is only “…” Ruiz said.
        let cue = (j + 1..(j + 4).min(para_end)).find(|&k| cue_at(doc, k).is_some())?;
        let ends = matches!(doc.word(cue + 1), "." | ",") || cue + 1 >= para_end;
        let speaker = speaker_before(doc, cue, j).filter(|s| s.0 == j && ends)?;
        return Some(Attribution { cue: (cue, cue + 1), speaker: Some(speaker) });
    }
    // a quoted word run into its sentence (an "Iranian “hack-and-leak”
    // operation aimed at …"): only a speech verb may credit it, not any verb
    // in the past tense
    let run_on = j == close && doc.toks.get(close.wrapping_sub(2)).is_none_or(|t| t.word);
    // (a naming verb credits the quotation after it, not one before: "found
    // the ''debt stack'' confusing and called the venture ''a great example''")
    let cue_after = |k: usize| if run_on { cue_at(doc, k).filter(|&c| !is_naming_cue(doc, c)) } else { cue_after_quote(doc, k) };
    if let Some(cue) = cue_after(j) {
        let speaker = if is_according(doc, cue) {
            // “…,” according to the ministry
            according_speaker(doc, cue.1, para_end)
        } else if doc.word(j).ends_with("ing") {
            // “…,” telling reporters: the sentence's speaker
            participle_speaker(doc, doc.clause(j).0, j)
        } else if ["told", "tells"].contains(&doc.word(j)) {
            None
        } else {
            // "…,'' said the candidate could be …": a clause follows the cue, no speaker
            let clause = |&(_, e): &(usize, usize)| e < para_end && doc.toks[e].word && !is_cue(doc.word(e)) && (is_verb(doc.word(e)) || is_passive(doc.word(e)));
            // ("“Scandal,” thanked Obama for …": whom one thanks says nothing;
            // "“…?” asked Manafort" is the asker)
            let addressed = matches!(doc.word(cue.0), "thanked" | "thanks" | "thanking");
            inverted(doc, cue).or_else(|| speaker_after(doc, cue.1, para_end).filter(|p| !clause(p) && !addressed)).or_else(|| statement(doc, cue.1))
        };
        return speaker.map(|s| Attribution { cue, speaker: Some(s) });
    }
    let limit = (j + MAX_AFTER).min(para_end);
    let mut k = j;
    let mut subordinate = false;
    while k < limit {
        let w = doc.word(k);
        if let Some(end) = nickname_end(doc, k) {
            k = end;
            continue;
        }
        if ends_sentence(w) || is_open_mark(w) {
            return None;
        }
        // ("he was “riding the fence” until Haley said she backed him": a cue
        // past a subordinator is its own clause's; "Blunt, after a long
        // pause, said" is set off by a comma)
        if SUBORDINATORS.contains(&w) {
            subordinate = true;
        } else if w == "," {
            subordinate = false;
        }
        if let Some(cue) = cue_after(k).filter(|_| k > j) {
            if subordinate {
                return None;
            }
            // ("a “handful of people” filing papers, John said none were added":
            // past a quotation run into its sentence, a cue with a clause of
            // its own after a comma reports that clause, not the quotation)
            // (what a quotation after the cue says is no clause of the cue's own)
            let end = (cue.1..para_end).find(|&e| ends_sentence(doc.word(e)) || is_open_mark(doc.word(e))).unwrap_or(para_end);
            let run_on_clause = run_on && (j..k).any(|x| doc.word(x) == ",") && (cue.1..end).any(|e| is_finite_verb(doc.word(e)) && !is_cue(doc.word(e)));
            if run_on_clause || clause_after(doc, cue, para_end) {
                return None;
            }
            return phrase_before_cue(doc, j, k, run_on).map(|s| Attribution { cue, speaker: Some(s) });
        }
        k += 1;
    }
    None
}

/// Most words of a nickname quoted inside a name.
const MAX_NICKNAME_WORDS: usize = 3;

/// When an opening mark at token `open` quotes a nickname inside a name
/// (Dwayne “The Rock” Johnson, Marvin “Marvelous” Hagler): the token after
/// its closing mark. A given name stands before it: in a headline "Trump
/// ‘Sicced’ Police" the quoted word is someone's.
pub fn nickname_end(doc: &Doc, open: usize) -> Option<usize> {
    let name_word = |k: usize| doc.toks.get(k).is_some_and(|t| t.word && t.capitalised(doc.text)) && !is_determiner(doc.word(k));
    if open == 0 || !is_open_mark(doc.word(open)) || !gazetteer().is_given_name(doc.word(open - 1)) {
        return None;
    }
    let close = (open + 1..(open + 2 + MAX_NICKNAME_WORDS).min(doc.toks.len())).find(|&k| is_close_mark(doc.word(k)))?;
    let nickname = (open + 1..close).all(|k| doc.toks[k].word && doc.toks[k].capitalised(doc.text));
    (close > open + 1 && nickname && name_word(close + 1)).then_some(close + 1)
}

/// Does a clause of the cue's own follow it at once: "that", or a subject
/// and its verb with no comma between ("… far less,” one of the
/// prosecutors said the two cases were quite different")? Not an adjunct
/// ("said in an interview that ran Monday") nor words after a comma.
fn clause_after(doc: &Doc, cue: (usize, usize), limit: usize) -> bool {
    let first = doc.word(cue.1);
    if first.eq_ignore_ascii_case("that") {
        return true;
    }
    // a subject opens it (not "told reporters as she left", "said happily on MSNBC",
    // "said when asked whether …", "said, adding that …")
    let subject = is_determiner(first) && !is_possessive(first) || is_subject_pronoun(first);
    if addresses(doc.word(cue.0)) || cue.1 >= limit || !subject {
        return false;
    }
    let stop = |w: &str| PREPOSITIONS.contains(&w) || matches!(w, "as" | "when" | "while" | "who" | "which" | "that" | "to" | "because" | "if");
    let verb = |w: &str| is_finite_verb(w) && !is_cue(w) || is_auxiliary(w);
    (cue.1 + 1..limit.min(cue.1 + 5)).take_while(|&k| doc.toks[k].word && !stop(doc.word(k))).any(|k| verb(doc.word(k)))
}

/// For a language whose verbs carry their subject (Spanish, Italian,
/// Portuguese): the cue right after a closing mark with no subject after it
/// ("«…», dijo.", "“…”, ha aggiunto."). Its speaker is the empty range at
/// the cue, which the resolver reads as the last person named.
pub fn dropped_subject(doc: &Doc, close: usize) -> Option<Attribution> {
    if !matches!(doc.language, Language::Spanish | Language::Italian | Language::Portuguese) {
        return None;
    }
    let (_, para_end) = doc.paragraph(close.saturating_sub(1));
    let j = if doc.word(close) == "," { close + 1 } else { close };
    let cue = cue_at(doc, j).filter(|c| c.0 == j && c.1 <= para_end && is_foreign_cue(doc.language, doc.word(c.1 - 1)))?;
    let next = doc.word(cue.1);
    let lower_after = doc.toks.get(cue.1 + 1).is_some_and(|t| t.text(doc.text).starts_with(char::is_lowercase));
    let bare = cue.1 >= para_end || matches!(next, "." | ";") || next == "," && lower_after;
    bare.then_some(Attribution { cue, speaker: Some((cue.0, cue.0)) })
}

/// Most words of a name credited after a dash.
const MAX_CREDIT: usize = 6;

/// A credit line after a closing mark, in its paragraph or opening the
/// next: `…” ― Ana Ruiz` or `…”¶- Ana Ruiz, Lisbon.` The name is the
/// speaker and the dash the cue; the name must end the paragraph or be
/// followed only by a comma-set description.
fn dash_credit(doc: &Doc, close: usize) -> Option<Attribution> {
    let dash = close;
    if !matches!(doc.word(dash), "―" | "—" | "–" | "-") {
        return None;
    }
    let (_, para_end) = doc.paragraph(dash);
    let name = (dash + 1..para_end.min(dash + 1 + MAX_CREDIT)).take_while(|&k| doc.toks[k].word && doc.toks[k].capitalised(doc.text)).count();
    let end = dash + 1 + name;
    let closes = end >= para_end || matches!(doc.word(end), "," | ".") && (end + 1 >= para_end || doc.word(end) == ",");
    (name > 0 && closes).then_some(Attribution { cue: (dash, dash + 1), speaker: Some((dash + 1, end)) })
}

/// The speaker between a closing mark (token `from`) and its cue: a name
/// with an apposition ("Ana Ruiz, the harbour master,"), the phrase after
/// an adverbial ("for the victory, Sanders said"), or a phrase with a
/// trailing modifier ("a staffer in the room wondered"). After a quotation
/// `run_on` into its sentence ("“…” impeachment, Trump said") the words up
/// to the comma finish the sentence, and the speaker is the phrase after it.
fn phrase_before_cue(doc: &Doc, from: usize, cue: usize, run_on: bool) -> Option<(usize, usize)> {
    // (or its surname after a given name and a nickname: “…,” Dwayne “The Rock” Johnson asked)
    let covering = |s: usize, e: usize| speaker_before(doc, e, s).filter(|p| p.0 == s || nickname_end(doc, s + 1) == Some(p.0));
    let first_comma = (from..cue).find(|&k| doc.word(k) == ",");
    let last_comma = (from..cue).rev().find(|&k| doc.word(k) == ",");
    match (first_comma, last_comma) {
        (Some(_), Some(last)) if run_on => covering(last + 1, cue),
        (Some(first), Some(last)) => match covering(from, first) {
            // "“…,” one resident, Maria Lopes, told the paper": the name in apposition
            Some(phrase) if names_in_apposition(doc, phrase, (first + 1, last)) => Some((first + 1, last)),
            phrase => phrase.or_else(|| covering(last + 1, cue)),
        },
        _ if cue - from > MAX_PLAIN_AFTER => None,
        _ => covering(from, cue).or_else(|| speaker_after(doc, from, cue).filter(|&(_, e)| is_boundary(doc.word(e)))),
    }
}
/// For a cue with no subject ("…,” said in the statement."): the word
/// "statement", whose author the resolver finds.
fn statement(doc: &Doc, from: usize) -> Option<(usize, usize)> {
    let k = (from..from + 3).find(|&k| doc.word(k).eq_ignore_ascii_case("statement"))?;
    (doc.word(from).eq_ignore_ascii_case("in")).then_some((k, k + 1))
}

/// The attribution before an opening mark in the same sentence:
/// `X said: “`, `X said it was “confident”`, `according to X, “`.
/// `open` is the token of the opening mark.
/// "In his words, “…”", "In her own words: “…”", "In the words of Ana
/// Ruiz, “…”": the owner of the words speaks; the cue is "In … words".
fn in_words(doc: &Doc, open: usize) -> Option<Attribution> {
    let (floor, _) = doc.clause(open);
    let start = (floor..open).find(|&k| doc.toks[k].word)?;
    if !doc.word(start).eq_ignore_ascii_case("in") || open < start + 4 || !matches!(doc.word(open - 1), "," | ":") {
        return None;
    }
    let words = (start + 2..open).find(|&k| doc.word(k) == "words")?;
    if words == start + 2 && doc.word(start + 1) == "the" && doc.word(words + 1) == "of" {
        // "In the words of Ana Ruiz,"
        let speaker = speaker_after(doc, words + 2, open - 1).filter(|s| s.1 + 1 == open)?;
        return Some(Attribution { cue: (start, words + 2), speaker: Some(speaker) });
    }
    // "In his words", "In her own words", "In Ruiz's words"
    let owner = (start + 1, words - usize::from(doc.word(words - 1) == "own"));
    let possessive = owner.1 == owner.0 + 1 && (matches!(doc.word(owner.0), "his" | "her" | "their") || is_possessive(doc.word(owner.0)));
    (possessive && words + 2 == open).then_some(Attribution { cue: (start, words + 1), speaker: Some(owner) })
}

pub fn before_quote(doc: &Doc, open: usize) -> Option<Attribution> {
    if let Some(words) = in_words(doc, open) {
        return Some(words);
    }
    let (floor, _) = doc.clause(open);
    let low = open.saturating_sub(MAX_BEFORE).max(floor);
    let mut k = open;
    while k > low {
        k -= 1;
        let w = doc.word(k);
        if is_close_mark(w) && k + 1 < open && doc.word(k + 1) != "," {
            // another quotation closes in between: its attribution is its own
            return None;
        }
        let adjacent = (k + 1..open).all(|j| !doc.toks[j].word) && k + 1 < open;
        let verb_form = w.ends_with("ed") || w.ends_with("es");
        let cue = cue_at(doc, k)
            .or_else(|| (k > 0).then(|| cue_at(doc, k - 1)).flatten().filter(|c| c.1 == k + 1))
            .or_else(|| cue_after_quote(doc, k).filter(|_| adjacent && verb_form));
        let Some(cue) = cue else { continue };
        if let Some(pronoun) = inverted(doc, cue).filter(|p| p.1 < open) {
            return Some(Attribution { cue, speaker: Some(pronoun) });
        }
        if let Some(quoted) = quoted_object(doc, cue.0, open) {
            return Some(Attribution { cue, speaker: Some(quoted) });
        }
        let mut speaker = speaker_before(doc, cue.0, floor);
        let object = speaker.is_some_and(|s| ["a", "an"].iter().any(|d| doc.word(s.0).eq_ignore_ascii_case(d)));
        let participle = doc.word(cue.0).ends_with("ing");
        if participle && (object || matches!(doc.word(cue.0.wrapping_sub(1)), "," | "”" | "\"" | "''")) {
            // "…, saying: “": the speaker of the sentence's main verb
            speaker = participle_speaker(doc, floor, cue.0);
        } else if is_according(doc, cue) {
            speaker = according_speaker(doc, cue.1, open);
        } else if speaker.is_none() {
            // "Ana Ruiz, the harbour master, said “…" or "said Ana Ruiz: “…"
            speaker = appositive_subject(doc, floor, cue.0).or_else(|| {
                speaker_after(doc, cue.1, open)
                    .filter(|s| {
                        // "Said Ana Ruiz, who runs the port, “…": an inverted cue names its speaker at once
                        let inverted = doc.toks[cue.0].capitalised(doc.text) && s.0 == cue.1;
                        (s.1 + 1 == open || inverted) && matches!(doc.word(s.1), ":" | ",") && !addresses(doc.word(cue.0))
                    })
            });
        }
        return speaker.map(|s| Attribution { cue, speaker: Some(s) });
    }
    None
}

/// The person whose words a report passes on when the cue at token `q`
/// is "quoted" with "as saying" after its object ("IRNA quoted Ali Vaezi as
/// saying", "an early tweet quoted the president as saying “…”"): the object,
/// not the outlet or the tweet that quotes.
pub fn quoted_object(doc: &Doc, q: usize, limit: usize) -> Option<(usize, usize)> {
    if !matches!(doc.word(q), "quoted" | "quotes" | "quoting") {
        return None;
    }
    let pronoun = matches!(doc.word(q + 1), "him" | "her" | "them");
    let object = if pronoun { (q + 1, q + 2) } else { speaker_after(doc, q + 1, limit)? };
    let as_saying = doc.word(object.1).eq_ignore_ascii_case("as") && doc.word(object.1 + 1).ends_with("ing");
    (object.0 == q + 1 && as_saying && object.1 + 2 <= limit).then_some(object)
}

/// The speaker of a participle cue at token `cue` ("…, adding that"): the
/// speaker of an earlier cue in the sentence ("Ruiz said, adding"), else
/// the sentence's subject.
pub fn participle_speaker(doc: &Doc, floor: usize, cue: usize) -> Option<(usize, usize)> {
    let earlier = (floor..cue.saturating_sub(1)).rev().find(|&k| cue_at(doc, k).is_some());
    match earlier {
        // ("Rahm Emanuel, his chief of staff, urged a strong stand, saying":
        // the subject set off before the verb, not whom or what it urged)
        Some(k) => speaker_before(doc, k, floor)
            .or_else(|| appositive_subject(doc, floor, k))
            .or_else(|| speaker_after(doc, k + 1, cue - 1).filter(|_| !addresses(doc.word(k)))),
        None => subject(doc, floor, cue - 1).map(|s| s.0),
    }
}

/// Prepositions that make the name after them a complement.
const PREPOSITIONS: &[&str] = &["in", "on", "at", "during", "after", "before", "since", "by", "until", "from", "of", "for"];

/// Does `w` set off a parenthesis: a comma, or a dash ("Ruiz — who runs the
/// port — said")?
pub fn is_pause(w: &str) -> bool {
    // (a hyphen standing alone between spaces is a dash: words keep theirs)
    matches!(w, "," | "—" | "–" | "--" | "-")
}

/// For a cue after a comma ("Ana Ruiz, who runs the port, said"): the
/// subject that opens the sentence when a comma follows it and no
/// quotation lies between.
pub fn appositive_subject(doc: &Doc, floor: usize, cue: usize) -> Option<(usize, usize)> {
    let mut end = cue;
    while end > floor && doc.toks[end - 1].word && is_skippable(doc.word(end - 1)) {
        end -= 1;
    }
    // "Mr. Manafort, citing ''the unique magic of Trump,'' said": a participle's quotation before the cue
    let closing = end > floor + 1 && is_close_mark(doc.word(end - 1)) && doc.word(end - 2) == ",";
    if end <= floor || !(is_pause(doc.word(end - 1)) || closing) || end - floor > 40 {
        return None;
    }
    let mark = |k: usize| is_open_mark(doc.word(k)) || is_close_mark(doc.word(k));
    let first_comma = (floor..end).find(|&k| doc.word(k) == ",");
    let participle = first_comma.is_some_and(|c| c > floor && doc.word(c + 1).len() > 4 && doc.word(c + 1).ends_with("ing") && !(floor..c).any(mark));
    if !participle && (closing || (floor..end).any(mark)) {
        return None;
    }
    // "In an interview, Steve Huhn, a former vice president, said": the first
    // name set off by a comma
    let named = |(s, e): (usize, usize)| {
        let function = |w: &str| {
            let lower = w.to_lowercase();
            is_determiner(&lower) || is_boundary(&lower) || is_skippable(&lower)
        };
        (s..e).all(|k| doc.toks[k].capitalised(doc.text) && !function(doc.word(k)))
    };
    let commas = (floor..end - 1).filter(|&k| doc.word(k) == ",");
    // (not a name before a clause joined to it: "… well with Republicans, and the meeting deteriorated, said …")
    let person_apposition = |c: usize| !["which", "and", "but", "or", "so", "yet", "while"].iter().any(|w| doc.word(c + 1).eq_ignore_ascii_case(w));
    // a name after a preposition completes a phrase: "In July, Ana Ruiz, …"
    // (an adverbial) or "a woman in Lisbon, Portugal, said" (the subject)
    let complement = |p: (usize, usize)| p.0 > floor && PREPOSITIONS.iter().any(|w| doc.word(p.0 - 1).eq_ignore_ascii_case(w));
    let mut names = commas.filter(|&c| person_apposition(c)).filter_map(|c| speaker_before(doc, c, floor)).filter(|&p| named(p));
    let subject = subject(doc, floor, end - 1);
    // "his campaign manager, Jeff Weaver, says", "the Chairman House of
    // Representatives Committee on Army, Abdulrazak Namdas, said": the name
    // in apposition to the subject just before the cue
    let last_pause = (floor..end - 1).rev().find(|&k| is_pause(doc.word(k)));
    // (not a place's state or country: "the massacre in San Bernardino, California, shows")
    let located = |c: usize| (floor..c).rev().take_while(|&k| doc.toks[k].capitalised(doc.text)).last().is_some_and(|k| k > floor && ["in", "at", "near", "from", "outside"].contains(&doc.word(k - 1)));
    let apposed = subject.zip(last_pause).filter(|&((s, _), c)| s.0 < c && !located(c) && (s.0..c).all(|k| !is_pause(doc.word(k)) && !mark(k)) && names_in_apposition(doc, (s.0, c), (c + 1, end - 1)));
    if let Some((_, c)) = apposed {
        return Some((c + 1, end - 1));
    }
    if let Some(name) = names.find(|&p| !complement(p) || subject.is_some_and(|(s, _)| s.1 + 1 == p.0)) {
        return match subject {
            Some((s, _)) if complement(name) => Some(s),
            _ => Some(name),
        };
    }
    let (s, _) = subject?;
    (is_pause(doc.word(s.1)) && s.1 + 1 < end).then_some(s)
}

/// Does `name`, set off by commas after the phrase `phrase`, name whom the
/// phrase describes: a name of one to four capitalised words after a
/// common-noun phrase ("his campaign manager, Jeff Weaver", "Another
/// respected theologian, Father Thomas Weinandy", "Ruiz's lawyer, Tom
/// Hale", "one resident, Maria Lopes")?
fn names_in_apposition(doc: &Doc, phrase: (usize, usize), name: (usize, usize)) -> bool {
    let named = (1..=4).contains(&(name.1.saturating_sub(name.0))) && (name.0..name.1).all(|k| doc.toks[k].word && doc.toks[k].capitalised(doc.text));
    let first = doc.word(phrase.0);
    let common_head = !doc.toks[phrase.1 - 1].capitalised(doc.text);
    named && (!doc.toks[phrase.0].capitalised(doc.text) || is_determiner(first) || is_quantifier(first) || common_head)
}

/// Is `word` a quantifier that opens a nominal phrase ("another", "one")?
fn is_quantifier(word: &str) -> bool {
    ["another", "one", "each", "some", "every", "any"].iter().any(|q| word.eq_ignore_ascii_case(q))
}

/// Where a sentence's subject starts: past a dateline ("WASHINGTON (AP) —")
/// a headline kicker ("Breaking:") and an opening adverbial or participle clause ("On Wednesday,",
/// "Speaking at a rally,", "Hours later,").
fn subject_start(doc: &Doc, from: usize, limit: usize) -> usize {
    let mut start = from;
    while start < limit && !doc.toks[start].word {
        start += 1;
    }
    let capitals = |k: usize| doc.word(k).len() >= 2 && doc.word(k).chars().all(|c| !c.is_lowercase());
    // "LA CROSSE, Wis. —": a short word in capitals opens a dateline when more capitals or a comma follow
    let shouted = |k: usize| capitals(k) && (doc.word(k).len() > 2 || capitals(k + 1) || doc.word(k + 1) == ",");
    if shouted(start) {
        // "PHILADELPHIA, July 25 (UPI) —": up to the dash
        if let Some(dash) = (start..limit.min(start + 12)).find(|&k| matches!(doc.word(k), "—" | "–" | "-" | ":")) {
            start = dash + 1;
        }
    }
    // "The Latest: Trump delivers …", "Hong Kong chaos: China deploys …": a
    // headline's kicker, no verb's subject, when a name follows it
    let colon = (start..limit.min(start + 4)).find(|&k| doc.word(k) == ":");
    let kicker = |c: usize| (start..c).all(|k| is_determiner(doc.word(k)) || is_kicker(doc.word(k))) || doc.toks.get(c + 1).is_some_and(|t| t.capitalised(doc.text));
    if let Some(c) = colon.filter(|&c| c > start && c + 1 < limit && kicker(c)) {
        start = c + 1;
    }
    // ("Days later, …", "The day before, at a rally in Beaumont, Tex., Mr. Trump …": a time before the subject)
    let relative_time = |w: &str| ["later", "ago", "earlier", "before"].iter().any(|t| w.eq_ignore_ascii_case(t));
    let time_unit = |w: &str| matches!(w, "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "night" | "hours" | "minutes");
    for round in 0..MAX_OPENERS {
        let lower = doc.word(start).to_lowercase();
        let participle = is_opening_participle(doc.word(start)) && doc.toks.get(start + 1).is_some_and(|t| !t.capitalised(doc.text));
        let time = time_unit(doc.word(start + 1)) && relative_time(doc.word(start + 2)) && doc.word(start + 3) == ",";
        // "Shortly after …,", "Amid …,", "Inside the hotel …,": the adverb or preposition in lower case;
        // after a time, a place in lower case ("…, at a rally in Beaumont, Tex., Mr. Trump")
        let opener = if round == 0 {
            is_boundary(&lower) || is_skippable(&lower) || participle || OPENING_PREPOSITIONS.contains(&lower.as_str())
                || doc.word(start + 1).eq_ignore_ascii_case("later") || doc.word(start + 1).eq_ignore_ascii_case("ago")
                || time
        } else {
            PREPOSITIONS.contains(&doc.word(start))
        };
        let Some(comma) = (start..limit).find(|&k| doc.word(k) == ",").filter(|_| opener) else { break };
        start = comma + 1;
        // "Speaking in Salem, New Hampshire, Trump …": a place continues the opener
        let place = (start..limit).take_while(|&k| doc.toks[k].word && doc.toks[k].capitalised(doc.text)).count();
        if (1..=3).contains(&place) && doc.word(start + place) == "," && !is_verb(doc.word(start + place + 1)) {
            start += place + 1;
        }
        if !time {
            break;
        }
    }
    start
}

/// Common nouns for a place that people are in ("voters in each state").
const PLACE_NOUNS: &[&str] = &["state", "states", "country", "countries", "city", "cities", "town", "towns", "county", "counties", "district", "districts", "region", "regions", "province", "provinces", "nation", "nations"];

/// Most openers set off by commas before a sentence's subject.
const MAX_OPENERS: usize = 2;

/// Prepositions that open a sentence with a place or circumstance before
/// its subject ("Inside the hotel, Trump …") and that are no boundary words.
const OPENING_PREPOSITIONS: &[&str] = &[
    "inside", "outside", "across", "along", "amid", "amidst", "behind", "beyond", "despite", "near", "toward", "towards",
    "around", "following", "throughout", "beside", "beneath", "above", "below", "atop", "opposite",
];

/// The subject at the start of the sentence `[from, limit)` and the token
/// after it.
pub fn subject(doc: &Doc, from: usize, limit: usize) -> Option<((usize, usize), usize)> {
    let start = subject_start(doc, from, limit);
    let (s, mut e) = speaker_after(doc, start, limit)?;
    let third_person = |k: usize| {
        let w = doc.word(k);
        // ("Democratic economists, like …": a noun of people, or a word before a comma, is no verb)
        let noun = is_people(w) || is_role(w.trim_end_matches('s')) || doc.word(k + 1) == ",";
        w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w.starts_with(char::is_lowercase) && doc.toks[k - 1].capitalised(doc.text) && !noun
    };
    // "Another respected theologian": a participle after a determiner describes
    // ("Maas met with his counterpart": an irregular past after a name)
    let irregular = |k: usize| is_irregular_past(doc.word(k)) && doc.toks[k - 1].capitalised(doc.text);
    let verb = |k: usize| (is_verb(doc.word(k)) || third_person(k) || irregular(k)) && !is_determiner(doc.word(k - 1)) && !is_quantifier(doc.word(k - 1));
    if let Some(k) = (s + 1..e).find(|&k| verb(k)) {
        // the subject ends at its verb: "Google released a report"
        e = k;
    }
    Some(((s, e), e))
}

/// A sentence that ends in its cue just before the quotation opens in the
/// same paragraph: "Sam Lau, a party spokesman, said in a statement. “…”".
fn said_before(doc: &Doc, open: usize) -> Option<Attribution> {
    if open == 0 || doc.word(open - 1) != "." || doc.toks[open].new_paragraph {
        return None;
    }
    let (floor, _) = doc.clause(open - 1);
    let cue = (floor..open - 1).rev().take(6).find_map(|k| cue_at(doc, k))?;
    let speaker = speaker_before(doc, cue.0, floor).or_else(|| appositive_subject(doc, floor, cue.0))?;
    Some(Attribution { cue, speaker: Some(speaker) })
}

/// For a quotation that opens a sentence inside a paragraph with no cue
/// of its own: the subject of the sentence before, when that sentence
/// holds no quotation and its subject is a name or a pronoun ("Ruiz
/// praised the crews. “They worked all night.”").
fn previous_subject(doc: &Doc, open: usize) -> Option<Attribution> {
    if open == 0 || doc.toks[open].new_paragraph {
        return None;
    }
    let (from, _) = doc.clause(open - 1);
    if from >= open || (from..open).any(|k| is_open_mark(doc.word(k)) || is_close_mark(doc.word(k))) {
        return None;
    }
    let (speaker, after) = subject(doc, from, open - 1)?;
    let first = doc.word(speaker.0);
    let named = doc.toks[speaker.0].capitalised(doc.text) && !is_determiner(first) && !is_boundary(first);
    if !(named || speaker.1 == speaker.0 + 1 && is_pronoun(first)) || !doc.toks.get(after).is_some_and(|t| t.word && is_verb(doc.word(after))) {
        return None;
    }
    Some(Attribution { cue: (after, after + 1), speaker: Some(speaker) })
}

/// The speaker of a quotation with no cue beside it: the subject of a
/// sentence that introduces it with a colon (in the same paragraph or at
/// the end of the previous one), else the subject of its own sentence
/// ("Moore thanked him for “…”"). The cue is the word after the subject.
pub fn introduced(doc: &Doc, open: usize) -> Option<Attribution> {
    if let Some(before) = said_before(doc, open) {
        return Some(before);
    }
    let colon = open > 0 && doc.word(open - 1) == ":";
    let (from, limit) = if colon && doc.toks[open].new_paragraph {
        let (floor, _) = doc.clause(open - 1);
        (floor, open - 1)
    } else {
        let (floor, _) = doc.clause(open);
        (floor, open)
    };
    if from >= limit {
        return previous_subject(doc, open);
    }
    if colon {
        // "… surprise Republican pollster Daron Shaw: “"
        let named = speaker_before(doc, open - 1, from)
            .filter(|&(s, e)| (s..e).any(|k| doc.toks[k].capitalised(doc.text) && !is_determiner(doc.word(k))))
            .filter(|&(s, _)| s == from || !is_boundary(doc.word(s - 1)));
        if let Some((s, e)) = named {
            // "Cruz continued: “…”": the verb is the cue
            let verb = e > s + 1 && doc.word(e - 1).starts_with(char::is_lowercase) && is_cue_after_quote(doc.word(e - 1));
            let (speaker, cue) = if verb { ((s, e - 1), (e - 1, e)) } else { ((s, e), (open - 1, open)) };
            return Some(Attribution { cue, speaker: Some(speaker) });
        }
    }
    let (speaker, after) = subject(doc, from, limit)?;
    // ("The organiser of the planned rally … called for …": a participle
    // after a determiner describes its noun)
    let verb = (after..limit).find(|&k| doc.toks[k].word && is_verb(doc.word(k)) && !is_determiner(doc.word(k - 1)));
    // with no verb known, only a name or a pronoun introduces ("he just
    // interrupts with “bu, bu”"): "For details, click here “…”" names no one
    let named = (speaker.0..speaker.1).any(|k| doc.toks[k].capitalised(doc.text) || is_pronoun(doc.word(k)));
    let cue = verb.or((after < limit && doc.toks[after].word && named).then_some(after)).map(|k| (k, k + 1))?;
    Some(Attribution { cue, speaker: Some(speaker) })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc<'_> {
        Doc::new(text, &[])
    }

    fn phrase(d: &Doc, a: Option<Attribution>) -> String {
        a.and_then(|a| a.speaker).map_or(String::new(), |(s, e)| d.slice(s, e).to_string())
    }

    #[test]
    fn finds_the_speaker_after_a_closing_mark() {
        let d = doc("“We are ready,” the port authority said on Tuesday.");
        assert_eq!(phrase(&d, after_quote(&d, 6)), "the port authority");
        let d = doc("“We are ready,” said harbour master Ana Ruiz, who runs it.");
        assert_eq!(phrase(&d, after_quote(&d, 6)), "harbour master Ana Ruiz");
        let d = doc("“We are ready,” Ana Ruiz, the harbour master, told reporters.");
        assert_eq!(phrase(&d, after_quote(&d, 6)), "Ana Ruiz");
        let d = doc("“We are ready.” The ships sail at noon.");
        assert_eq!(after_quote(&d, 6), None);
    }

    #[test]
    fn finds_the_speaker_before_an_opening_mark() {
        let d = doc("The Port of Lisbon has also said it was “confident” about it.");
        let open = d.toks.iter().position(|t| t.text(d.text) == "“").unwrap();
        assert_eq!(phrase(&d, before_quote(&d, open)), "The Port of Lisbon");
        let d = doc("According to the ministry, “nothing changed.”");
        assert_eq!(phrase(&d, before_quote(&d, 5)), "the ministry");
    }

    #[test]
    fn ignores_passive_and_attributive_participles() {
        let d = doc("He was told to leave by the recently reported storm.");
        assert_eq!(cue_at(&d, 2), None);
        assert_eq!(cue_at(&d, 9), None);
    }

    #[test]
    fn lives_claimed_are_deaths_and_patients_admitted_are_in_care() {
        assert_eq!(cue_at(&doc("The flood claimed three lives."), 2), None);
        assert_eq!(cue_at(&doc("Accidents claimed the lives of 20 people."), 1), None);
        assert_eq!(cue_at(&doc("He claimed the vote was rigged."), 1), Some((1, 2)));
        assert_eq!(cue_at(&doc("Patients admitted in the hospital then recovered."), 1), None);
        assert_eq!(cue_at(&doc("He admitted the vote was rigged."), 1), Some((1, 2)));
    }
}
