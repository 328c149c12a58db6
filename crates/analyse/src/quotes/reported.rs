//! Reported speech: "X said (that) …", "…, the report said", "according to X, …",
//! "NAME: …" paragraphs of transcripts and headlines.
//!
//! Each cue outside quotation marks is tried in its sentence: a speaker
//! phrase before the cue with a clause after it, a clause before a comma
//! with the speaker after it, or "according to" on either side of its clause.

use super::attribution::{according_speaker, appositive_subject, cue_at, in_poll, inverted, is_according, is_close_mark, is_naming_cue, is_open_mark, is_pause, is_relative, negated, participle_speaker, quoted_object, speaker_after, speaker_before, subject, Attribution, SUBORDINATORS};
use super::cues::{is_auxiliary, is_boundary, is_clause_verb, is_cue, is_document, is_finite_verb, is_people, is_that_verb, is_determiner, is_kicker, is_opening_participle, is_org_word, is_passive, is_past, is_possessive, is_pronoun, is_role, is_skippable, is_subject_pronoun, is_verb, names_people};
use super::doc::Doc;

/// Fewest words a reported clause needs.
const MIN_WORDS: usize = 3;

/// Most tokens of trailing adjuncts ("in a statement on Monday") after a
/// speaker-after cue.
const MAX_TAIL: usize = 7;

/// Prepositions that open an adjunct after a cue or its speaker ("in a
/// statement", "on Tuesday", "in Yemen").
const ADJUNCTS: &[&str] = &["in", "on", "at", "during", "after", "before", "since", "by", "until", "from", "for", "with", "via"];

/// A reported clause and its attribution, as token ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reported {
    /// The reported content `[from, to)`.
    pub content: (usize, usize),
    /// Its cue and speaker.
    pub attribution: Attribution,
}

fn words(doc: &Doc, from: usize, to: usize) -> usize {
    (from..to).filter(|&k| doc.toks[k].word).count()
}

/// Drops punctuation at both ends of `[from, to)`.
fn trim(doc: &Doc, mut from: usize, mut to: usize) -> (usize, usize) {
    while from < to && !doc.toks[from].word && !matches!(doc.word(from), "“" | "\"" | "''" | "«" | "‘") {
        from += 1;
    }
    while to > from && !doc.toks[to - 1].word && !matches!(doc.word(to - 1), "”" | "\"" | "''" | "»" | "’") {
        to -= 1;
    }
    (from, to)
}

/// Where the clause after a cue starts: past an object of "told" and
/// adjuncts up to a "that" within a few words, else right after the cue.
fn clause_start(doc: &Doc, cue_end: usize, to: usize) -> usize {
    if doc.word(cue_end - 1) == "for" {
        // "called for new limits on the firms that …": a demand's object, no clause
        return cue_end;
    }
    let cue_end = past_time(doc, past_told(doc, cue_end, to), to);
    // ("said in a filing with the Securities and Exchange Commission that …":
    // a longer adjunct, with no verb, before the "that")
    let reach = if ADJUNCTS.iter().any(|p| doc.word(cue_end).eq_ignore_ascii_case(p)) { MAX_ADJUNCT } else { 8 };
    let near = (cue_end..to.min(cue_end + reach)).find(|&k| doc.word(k) == "," || doc.word(k).eq_ignore_ascii_case("that"));
    // (not past a title in quotation marks, an infinitive's "that" ("by
    // using the example to prove that") nor to the relative "that" of
    // "agreed on creating a commission to examine rules that could …", and
    // "at least 20 victims" is an object)
    let adjunct = |k: usize| {
        (cue_end..k).all(|j| doc.toks[j].word && !is_finite_verb(doc.word(j)) && doc.word(j) != "to")
            && !is_finite_verb(doc.word(k + 1))
            && !matches!(doc.word(cue_end + 1), "least" | "most")
    };
    // ("said the test could change that", "said it is clear that": a "that"
    // after the clause's own auxiliary is inside it; "said in a statement
    // released Monday that" still opens at it)
    // ("said the rules that apply to the port are unfair": a relative "that"
    // after the clause's subject, with its verb right after it)
    let relative = |k: usize| {
        let next = doc.word(k + 1);
        k > cue_end && is_determiner(doc.word(cue_end)) && (cue_end..k).all(|j| doc.toks[j].word) && next.starts_with(char::is_lowercase) && !is_determiner(next) && !is_pronoun(next) && !is_subject_pronoun(next)
    };
    let inside = |k: usize| doc.word(k).eq_ignore_ascii_case("that") && ((cue_end..k).any(|j| is_auxiliary(doc.word(j))) || relative(k));
    let near = near.filter(|&k| (k < cue_end + 8 || adjunct(k)) && !inside(k));
    // "insisted, however, that …": past an adverb set off by commas
    let aside = near.filter(|&k| k == cue_end && doc.word(k + 2) == "," && doc.word(k + 3).eq_ignore_ascii_case("that") && is_skippable_aside(doc.word(k + 1)));
    if let Some(k) = aside {
        return k + 4;
    }
    match near {
        Some(k) if doc.word(k).eq_ignore_ascii_case("that") => k + 1,
        Some(k) if k == cue_end && doc.word(k + 1).ends_with("ing") => {
            // "reported, citing two sources, that …": past the participle
            let that = (k + 2..to.min(k + 10)).find(|&j| doc.word(j).eq_ignore_ascii_case("that") && doc.word(j - 1) == ",");
            that.map_or(cue_end, |j| j + 1)
        }
        _ => cue_end,
    }
}

/// The longest credit after "According to" opening a sentence, in tokens.
const MAX_CREDIT: usize = 24;

/// The longest adjunct, in tokens, between a cue and its "that".
const MAX_ADJUNCT: usize = 16;

/// Adverbs set off by commas between a cue and its "that" ("insisted,
/// however, that").
fn is_skippable_aside(w: &str) -> bool {
    ["however", "though", "again", "repeatedly", "moreover", "nonetheless", "nevertheless", "instead", "meanwhile", "too", "also"].iter().any(|a| a.eq_ignore_ascii_case(w))
        || is_skippable(w)
}

/// The token after the person told, when the cue ending before token
/// `cue_end` tells someone something ("told reporters", "told the Verlo
/// Times", "urged Ruiz"); else `cue_end`.
fn past_told(doc: &Doc, cue_end: usize, to: usize) -> usize {
    let told = ["told", "tells", "telling", "asked", "urged", "warned"].iter().any(|w| doc.word(cue_end - 1).eq_ignore_ascii_case(w));
    if !told {
        return cue_end;
    }
    // a name ("the Verlo Times", a station's "8 News Now"), or one word ("reporters")
    let number = doc.word(cue_end).bytes().all(|b| b.is_ascii_digit());
    let the = usize::from(cue_end + 1 < to && (doc.word(cue_end).eq_ignore_ascii_case("the") || number) && doc.toks[cue_end + 1].capitalised(doc.text));
    let named = (cue_end + the..to).take_while(|&k| doc.toks[k].word && doc.toks[k].capitalised(doc.text)).count();
    if named > 0 {
        return cue_end + the + named;
    }
    // whom "told" or "asked" addresses is one word or an article and one
    // ("told reporters", "told the paper"); "urged" and "warned" address
    // only people ("urged them", not "urged greater momentum", "warned the
    // next crisis would …")
    let speaking = ["told", "tells", "telling", "asked"].iter().any(|w| doc.word(cue_end - 1).eq_ignore_ascii_case(w));
    let person = |w: &str| is_people(w) || ["him", "her", "them", "us", "me", "you", "reporters"].iter().any(|p| w.eq_ignore_ascii_case(p));
    // ("We're told the agency is monitoring": a subject and its verb, no one told)
    let then_verb = { let w = doc.word(cue_end + 2); is_verb(w) || is_passive(w) || is_past(w) };
    let opens = ["the", "a"].iter().any(|a| doc.word(cue_end).eq_ignore_ascii_case(a));
    if opens && then_verb {
        return cue_end;
    }
    let article = opens && doc.toks.get(cue_end + 1).is_some_and(|t| t.word && !t.capitalised(doc.text));
    let addressed = if article { cue_end + 1 } else { cue_end };
    let skips = addressed < to && doc.toks[addressed].word && (speaking || person(doc.word(addressed)));
    if skips { addressed + 1 } else { cue_end }
}

/// Days and parts of a day or calendar that date a cue ("said Monday",
/// "told reporters last week").
const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
    "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening",
];

/// Words that lead such a date ("on Monday", "late last week", "earlier this month").
const TIME_LEADS: &[&str] = &["on", "late", "early", "earlier", "later", "last", "this"];

/// Token `k` or, when a date of the cue starts there ("on Tuesday",
/// "yesterday", "earlier this week"), the token after it: the date is not
/// what was said.
fn past_time(doc: &Doc, k: usize, to: usize) -> usize {
    let mut j = k;
    while j < to && j < k + 3 && TIME_LEADS.iter().any(|w| doc.word(j).eq_ignore_ascii_case(w)) {
        j += 1;
    }
    let dated = j < to && TIME_WORDS.iter().any(|w| doc.word(j).eq_ignore_ascii_case(w));
    // "said this year's budget was too small", "said this week was hard": the date is the clause's
    let next = doc.word(j + 1);
    let owned = next.starts_with('\'') || next.starts_with('’') || is_verb(next) || is_passive(next);
    if !dated || owned {
        return k;
    }
    // "announced on Monday (17 June)": the date's parenthesis too
    let close = (doc.word(j + 1) == "(").then(|| (j + 2..to.min(j + 8)).find(|&c| doc.word(c) == ")")).flatten();
    close.unwrap_or(j) + 1
}

/// Words no clause ends on: what was said was cut before the clause they open
/// ("stepping down as party leader — for, as she also announced …").
const DANGLING: &[&str] = &["as", "for", "and", "but", "or", "because", "while", "with", "of", "to", "in", "on", "at", "by", "from", "when", "if", "than", "the", "a", "an"];

/// `to`, moved back past pauses and [`DANGLING`] words that end `[from, to)`
/// when the clause was cut inside its sentence ("the paper they're written
/// on." ends its sentence whole).
fn without_dangling(doc: &Doc, from: usize, mut to: usize) -> usize {
    let mut end = to;
    while end < doc.toks.len() && is_close_mark(doc.word(end)) {
        end += 1;
    }
    if end >= doc.toks.len() || matches!(doc.word(end), "." | "?" | "!") || doc.toks[end].new_paragraph {
        return to;
    }
    while to > from && (is_pause(doc.word(to - 1)) || DANGLING.iter().any(|w| doc.word(to - 1).eq_ignore_ascii_case(w))) {
        to -= 1;
    }
    to
}

fn reported(doc: &Doc, content: (usize, usize), cue: (usize, usize), speaker: (usize, usize)) -> Option<Reported> {
    let attribution = Attribution { cue, speaker: Some(speaker) };
    let content = (content.0, without_dangling(doc, content.0, content.1));
    (words(doc, content.0, content.1) >= MIN_WORDS).then_some(Reported { content, attribution })
}

/// Is the phrase more than determiners and time words ("this month")?
fn names_someone(doc: &Doc, s: (usize, usize)) -> bool {
    (s.0..s.1).any(|k| !is_skippable(doc.word(k)) && !is_determiner(doc.word(k)))
        && !doc.word(s.0).eq_ignore_ascii_case("that")
}

/// A verb of belief or finding at token `i` with a clause after it: "that",
/// or a pronoun, determiner or name with a verb in the next words ("they
/// believe the vote was fair"); not after "to" ("wants to know") nor passive.
fn clause_cue(doc: &Doc, i: usize) -> Option<(usize, usize)> {
    let w = doc.word(i);
    let that_verb = is_that_verb(w);
    if !(is_clause_verb(w) || that_verb) || !w.starts_with(char::is_lowercase) || i == 0 || i + 1 >= doc.toks.len() {
        return None;
    }
    let before = doc.word(i - 1);
    // "Let's hope we will see more": a wish, no one's view
    let wish = ["let's", "let’s", "us"].iter().any(|w| before.eq_ignore_ascii_case(w)) && (before != "us" || i >= 2 && doc.word(i - 2).eq_ignore_ascii_case("let"));
    // ("the ability to protect campaign information and maintain the integrity …": an infinitive's)
    let infinitive = matches!(before, "and" | "or") && (i.saturating_sub(8)..i - 1).rev().take_while(|&k| doc.toks[k].word).any(|k| doc.word(k) == "to");
    // ("to make every American feel that …": a feeling caused, no one's view)
    let caused = (i.saturating_sub(3)..i - 1).take_while(|&k| doc.toks[k].word).any(|k| matches!(doc.word(k), "make" | "makes" | "made" | "making" | "let" | "lets" | "letting"));
    // ("I have no doubts that …": a noun after "no" or "any")
    let noun = ["no", "any"].iter().any(|d| before.eq_ignore_ascii_case(d));
    if wish || infinitive || caused || noun || is_determiner(before) || is_passive(before) || before.eq_ignore_ascii_case("to") || negated(doc, i) || after_modal(doc, i, BELIEF_MODALS) {
        return None;
    }
    let next = doc.word(i + 1);
    // "…, the poll found.", "a poll out this week shows Clinton with a lead": a
    // document's finding, a clause or not (not "police found the body")
    let mut k = i;
    // ("The new study, published in …, has found an answer")
    while k > 1 && doc.toks[k - 1].word && (is_skippable(doc.word(k - 1)) || matches!(doc.word(k - 1), "has" | "have" | "had")) {
        k -= 1;
    }
    // (the subject is looked for only for a verb of finding after an aside)
    let document = || is_document(doc.word(k - 1)) || doc.word(k - 1) == "," && subject(doc, doc.clause(i).0, k - 1).is_some_and(|((_, e), _)| e > 0 && is_document(doc.word(e - 1)));
    let finding = FINDING_VERBS.contains(&w) && document();
    if finding && (next.is_empty() || matches!(next, "." | ";") || doc.toks[i + 1].word) {
        return Some((i, i + 1));
    }
    if that_verb {
        let complementiser = ["that", "whether", "if"].iter().any(|c| next.eq_ignore_ascii_case(c));
        return complementiser.then_some((i, i + 1));
    }
    let opens = is_pronoun(next) || is_determiner(next) || doc.toks[i + 1].capitalised(doc.text);
    // a clause has a verb of its own: "we expect the ships in May" has none,
    // nor has "suggest a coordinated effort to infiltrate" (an adjective, an infinitive)
    let own_verb = |k: usize| is_verb(doc.word(k)) && !["a", "an", "the", "to"].iter().any(|w| doc.word(k - 1).eq_ignore_ascii_case(w));
    let verb = (i + 2..doc.toks.len().min(i + 10)).take_while(|&k| doc.toks[k].word).any(own_verb);
    // "believes there are no good options"
    let existential = next.eq_ignore_ascii_case("there") && is_auxiliary(doc.word(i + 2));
    (next.eq_ignore_ascii_case("that") || opens && verb || existential).then_some((i, i + 1))
}

/// Verbs by which a poll, study or report reports what it found.
const FINDING_VERBS: &[&str] = &["found", "finds", "show", "shows", "showed", "shown", "suggests", "suggested", "indicates", "indicated"];

/// The subject of "was quoted as saying" at the cue `cue` ("Hale was quoted
/// as saying the ferries were unsafe").
fn quoted_as(doc: &Doc, cue: usize, from: usize) -> Option<(usize, usize)> {
    let quoted = cue >= from + 3 && doc.word(cue - 1).eq_ignore_ascii_case("as") && doc.word(cue - 2).eq_ignore_ascii_case("quoted");
    if !quoted || !doc.word(cue).ends_with("ing") {
        return None;
    }
    subject(doc, from, cue - 2).map(|(s, _)| s)
}

/// Modal verbs that make a verb of belief a supposition ("you can safely
/// assume", "one might think"), no one's stated view.
const BELIEF_MODALS: &[&str] = &["can", "could", "may", "might", "would", "should", "must"];

/// Modal verbs that make a speech verb only possible ("one could say", "you
/// might say"); "I can now say" and "he would say" report what was said.
const SPEECH_MODALS: &[&str] = &["may", "might", "could"];

/// Does one of `modals` stand before the verb at token `i`, past adverbs
/// ("can pretty much safely assume")? In lower case only: "Theresa May
/// said" names someone.
fn after_modal(doc: &Doc, i: usize, modals: &[&str]) -> bool {
    // (not past "but": "whether the group could question Clinton but said …";
    // "may listen and conclude" is still supposed)
    let joins = |k: usize| doc.word(k) == "but";
    (i.saturating_sub(4)..i).rev().take_while(|&k| doc.toks[k].word && !joins(k)).any(|k| modals.contains(&doc.word(k)))
}

/// Does `[from, to)` hold a verb: a known verb form or a form of "be"?
fn has_verb(doc: &Doc, from: usize, to: usize) -> bool {
    // (an infinitive is none, nor a noun after a determiner: "during his
    // campaign speech to be a delegate", "during her visit")
    let noun = |k: usize| k > 0 && (doc.word(k - 1) == "to" || is_determiner(doc.word(k - 1)));
    (from..to).any(|k| doc.toks[k].word && (is_verb(doc.word(k)) || is_passive(doc.word(k))) && !noun(k))
}

/// Does a verb that may take an object ("add", "post", "share", "respond",
/// "tweet") at token `cue` take one rather than a clause ("Malkin added an
/// assist", "she posted the statement on Twitter", "officers responded to
/// a report"): words follow it with no verb before the first preposition
/// or conjunction ("He added the plan would wait" and "adding he would"
/// have one)?
fn adds_an_object(doc: &Doc, cue: usize, to: usize) -> bool {
    const TAKE_OBJECTS: &[&str] = &["add", "adds", "added", "adding", "posted", "posts", "posting", "shared", "shares", "responded", "responds", "tweeted", "wrote", "writes"];
    let w = doc.word(cue);
    let next = cue + 1;
    if !TAKE_OBJECTS.iter().any(|a| w.eq_ignore_ascii_case(a)) || next >= to || !doc.toks[next].word || is_pronoun(doc.word(next)) {
        return false;
    }
    // "added warily: “…”", "adding later, “…”": the quotation is the content
    if (next..to).any(|k| matches!(doc.word(k), ":" | "“" | "\"" | "''" | "«")) {
        return false;
    }
    // a participle after the object qualifies it ("a video showing smoke")
    let participle = |v: &str| v.len() > 4 && v.ends_with("ing");
    let verb = |v: &str| is_verb(v) && !participle(v) || is_past(v) || is_auxiliary(&v.to_ascii_lowercase());
    for k in (next..to).take_while(|&k| doc.toks[k].word) {
        if verb(doc.word(k)) {
            return false;
        }
        if is_boundary(doc.word(k)) || k > next && participle(doc.word(k)) {
            break;
        }
    }
    true
}

/// Where an object of the cue ends when a second verb of the speaker
/// follows it: "denied the country's role in the hack and challenged
/// Washington to …" denied only the role. A clause ("said the plan failed
/// and officials left") has a verb before its "and", and runs on.
fn object_end(doc: &Doc, from: usize, to: usize) -> usize {
    // "she left the pizza behind and took …", "Pastor became …": a subject
    // opens a clause, whatever verbs the lists miss
    let first = doc.word(from);
    if from >= to || is_pronoun(first) || doc.toks[from].capitalised(doc.text) && !is_possessive(first) {
        return to;
    }
    let second_verb = |k: usize| {
        let mut v = k + 1;
        while v < to && is_skippable(doc.word(v)) && doc.toks[v].word {
            v += 1;
        }
        let w = doc.word(v);
        v < to && (is_verb(w) || is_past(w))
    };
    for k in from..to {
        if !doc.toks[k].word {
            continue;
        }
        if ["and", "but"].iter().any(|c| doc.word(k).eq_ignore_ascii_case(c)) && second_verb(k) {
            return k;
        }
        if is_verb(doc.word(k)) || is_passive(doc.word(k)) {
            return to;
        }
    }
    to
}

/// Where a name given in quotation marks ends ("called Clinton a “champion”
/// for its constituency, citing …"): after the quotation closes, at a
/// pause, a parenthesis, a relative word, or a conjunction that does not
/// open another quoted name ("“pathetic” and “dangerous”" go on).
fn naming_end(doc: &Doc, start: usize, end: usize) -> usize {
    let Some(open) = (start..end).find(|&k| is_open_mark(doc.word(k))) else { return end };
    let close = (open + 1..end).find(|&k| is_close_mark(doc.word(k))).unwrap_or(end);
    let stops = |k: usize| {
        let w = doc.word(k);
        let conjunction = matches!(w, "and" | "but" | "or") && !is_open_mark(doc.word(k + 1));
        is_pause(w) || matches!(w, ";" | "(") || is_relative(w) || conjunction
    };
    (close..end).find(|&k| stops(k)).unwrap_or(end)
}

/// Where what a speaker said in a relative clause ends: "Mark Tompkins,
/// who said he knew them, joined the campaign" said only "he knew them".
/// The clause ends at a comma before the sentence's own verb; `end`
/// when the cue is no relative clause's or no such comma follows.
fn relative_end(doc: &Doc, speaker: (usize, usize), cue: usize, start: usize, end: usize) -> usize {
    let relative = (speaker.1..cue).any(|k| is_relative(doc.word(k)) && !doc.word(k).eq_ignore_ascii_case("that") && matches!(doc.word(k - 1), "," | "—" | "–"));
    if !relative {
        return end;
    }
    (start..end).find(|&k| matches!(doc.word(k), "," | "—" | "–") && (is_finite_verb(doc.word(k + 1)) || doc.word(k) != "," && doc.word(k + 1).ends_with("ing"))).unwrap_or(end)
}

/// The subject of a cue coordinated with an earlier verb of its clause:
/// "the mayor defended the route and said …" (the mayor).
fn coordinated_subject(doc: &Doc, cue: usize, from: usize) -> Option<(usize, usize)> {
    let mut k = cue;
    while k > from && is_skippable(doc.word(k - 1)) {
        k -= 1;
    }
    // ("… offered the man a job, then says he'll welcome advice")
    let before = k.checked_sub(1).map_or("", |j| doc.word(j));
    let then = before == "," && doc.word(k) == "then";
    // ("when Rubio thanked Miami and said …": the subordinate clause's own subject)
    // (with no comma between: "…, after announcing it, he added" is the main clause's)
    // (a name or a noun phrase after it, not "since announcing", and not a
    // pronoun, which points back to the main clause's subject: "Wilkerson
    // started the rant when he brought up … and later said")
    let subordinate = (from..k.saturating_sub(1)).rev().take_while(|&j| doc.word(j) != ",").find(|&j| SUBORDINATORS.iter().any(|s| doc.word(j).eq_ignore_ascii_case(s)));
    let named = |j: usize| doc.toks.get(j).is_some_and(|t| t.word && (t.capitalised(doc.text) || is_determiner(doc.word(j))) && !is_pronoun(doc.word(j)));
    let from = subordinate.filter(|&j| named(j + 1)).map_or(from, |j| j + 1);
    let and = k > from + 2 && (["and", "but"].iter().any(|w| before.eq_ignore_ascii_case(w)) || then);
    if !and {
        return None;
    }
    // a sentence opening on a participle ("Speaking Sunday on “This Week,”
    // Carson admitted …, but said …"): the speaker of its earlier cue, not the
    // participle (nor a participle's cue: "… since announcing …, and suggested")
    let found = subject(doc, from, k - 1);
    let participle = found.is_none_or(|((s, _), _)| doc.word(s).ends_with("ing") && doc.toks[s].capitalised(doc.text) && is_opening_participle(doc.word(s)));
    let found = if participle {
        let earlier = (from..k - 1).rev().find(|&j| cue_at(doc, j).is_some_and(|c| c.1 < k) && !doc.word(j).ends_with("ing"));
        if let Some(speaker) = earlier.and_then(|j| speaker_before(doc, j, from)) {
            return Some(speaker);
        }
        // ("Walking to the next address, Ebeling reminisced …, and said": the subject past the participle's comma)
        let comma = (from..k - 1).find(|&j| doc.word(j) == ",")?;
        subject(doc, comma + 1, k - 1)
    } else {
        found
    };
    let ((s, e), _) = found?;
    // "The flyers were discovered … but first reported on Monday": a
    // participle after a passive subject is passive too, and no one's words
    let participle = |w: &str| w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"));
    if is_passive(doc.word(e)) && participle(doc.word(e + 1)) && doc.word(cue).ends_with("ed") {
        return None;
    }
    // the subject has a verb of its own before the conjunction
    (e + 1 < k && names_someone(doc, (s, e))).then_some((s, e))
}

/// Reported speech in the sentence `[from, to)` whose cue is the token
/// `cue`; `None` when the cue governs no clause there.
pub fn at_cue(doc: &Doc, cue: (usize, usize), from: usize, to: usize) -> Option<Reported> {
    // ("called it a “paperwork error” that was reported …": a naming takes no clause)
    let naming = is_naming_cue(doc, cue);
    let after_clause = |speaker| {
        let start = if naming { cue.1 } else { clause_start(doc, cue.1, to) };
        if start == cue.1 && adds_an_object(doc, cue.0, to) {
            return None;
        }
        let end = if start == cue.1 { object_end(doc, start, to) } else { to };
        let end = relative_end(doc, speaker, cue.0, start, end);
        // ("called for" is a demand, not a naming)
        let end = if naming { naming_end(doc, start, end) } else { end };
        reported(doc, trim(doc, start, end), cue, speaker)
    };
    if let Some(quoted) = quoted_object(doc, cue.0, to) {
        // "Reuters quoted a spokesman as saying (that) the talks failed": the spokesman's words
        let start = clause_start(doc, quoted.1 + 2, to);
        return reported(doc, trim(doc, start, to), cue, quoted);
    }
    if let Some(poll) = in_poll(doc, cue.0) {
        // "In a CNN national poll, Clinton held a 24-point lead": opening
        // its sentence only ("a house featured in the Harbour Times survey"
        // credits nothing), and not over a clause with a cue of its own
        // ("In a poll, 31 percent said …" is the respondents', through the poll)
        let poll_end = poll + 1;
        let comma = (poll_end..to.min(poll_end + 6)).find(|&k| doc.word(k) == ",")?;
        let cued = (comma..to).any(|k| is_cue(doc.word(k)) || is_clause_verb(doc.word(k)));
        return (cue.0 == from && !cued).then(|| reported(doc, trim(doc, comma + 1, to), cue, (cue.1, poll_end))).flatten();
    }
    if is_according(doc, cue) {
        // "according to X, …" or "…, according to X."
        // (with a document's author: "according to a report by Mandiant, …")
        let speaker = according_speaker(doc, cue.1, to)?;
        // "According to a Reuters/Ipsos poll, …", "According to the officer in
        // charge of the base that night, …": a credit opening its sentence runs
        // to the first comma before a clause, however its words end the phrase
        let credit_end = (cue.0 == from && doc.word(speaker.1) != ",")
            .then(|| (speaker.1..to.min(cue.1 + MAX_CREDIT)).find(|&k| doc.word(k) == "," && has_verb(doc, k + 1, to)))
            .flatten()
            .filter(|&k| !(speaker.1..k).any(|j| is_close_mark(doc.word(j)) || is_cue(doc.word(j))));
        let speaker = credit_end.map_or(speaker, |k| (speaker.0, k));
        // "according to a statement by the Command's spokesman, Abimbola Oyeyemi, …": the role's name
        let named = (speaker.1 + 1..to).take_while(|&k| doc.toks[k].word && doc.toks[k].capitalised(doc.text)).count();
        let role = is_role(&doc.word(speaker.1 - 1).to_lowercase());
        let speaker = if role && named > 0 && doc.word(speaker.1) == "," && doc.word(speaker.1 + 1 + named) == "," { (speaker.1 + 1, speaker.1 + 1 + named) } else { speaker };
        // "…, according to Abdul Naqeeb, a government official in al-Qatn": an apposition, not what was said
        let apposition = ["a", "an", "the"].iter().any(|d| doc.word(speaker.1 + 1).eq_ignore_ascii_case(d)) && !has_verb(doc, speaker.1 + 1, to);
        // "Crime fell by 12 percent, according to the FBI, which …": a clause before the credit is what it credits
        // (not "… stating that according to X, …", nor a capitalised "According" opening a sentence glued to a headline)
        let opens = doc.toks[cue.0].capitalised(doc.text) || ["that", "and", "but", "because"].iter().any(|w| doc.word(cue.0 - 1).eq_ignore_ascii_case(w));
        let verb = |k: usize| is_finite_verb(doc.word(k));
        let clause_before = words(doc, from, cue.0) >= 4 && !opens && (from..cue.0).any(verb);
        if cue.0 > from && !clause_before && !opens && doc.word(speaker.1) == "," && verb(speaker.1 + 1) {
            // "The top genres, according to the data, were classic rock": the sentence around the credit
            return reported(doc, trim(doc, from, to), cue, speaker);
        }
        let after = speaker.1 + 1;
        // "According to the mayor, who spoke on Tuesday, the port …": past the relative clause
        let relative = ["who", "which"].iter().any(|r| doc.word(after).eq_ignore_ascii_case(r));
        let after = if relative { (after..to).find(|&k| doc.word(k) == ",").map_or(to, |k| k + 1) } else { after };
        let content = if doc.word(speaker.1) == "," && after < to && !(apposition && cue.0 > from) && !clause_before {
            trim(doc, after, to)
        } else {
            trim(doc, from, cue.0)
        };
        return reported(doc, content, cue, speaker);
    }
    if let Some(pronoun) = inverted(doc, cue).filter(|p| p.1 < to) {
        // "Das sei falsch, sagte er." or "Danach sagte sie, …": the words before the comma, else after the pronoun
        let content = if cue.0 > from && doc.word(cue.0 - 1) == "," { trim(doc, from, cue.0 - 1) } else { trim(doc, clause_start(doc, pronoun.1, to), to) };
        return reported(doc, content, cue, pronoun);
    }
    if cue.0 > from + 1 && is_close_mark(doc.word(cue.0 - 1)) && doc.word(cue.0 - 2) == "," {
        // "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate …"
        if let Some(speaker) = appositive_subject(doc, from, cue.0) {
            return after_clause(speaker);
        }
    }
    if cue.0 > from && is_pause(doc.word(cue.0 - 1)) {
        if doc.word(cue.0).ends_with("ing") {
            // "Google released a report, saying …": the sentence's subject
            return after_clause(participle_speaker(doc, from, cue.0)?);
        }
        if let Some(speaker) = appositive_subject(doc, from, cue.0) {
            return after_clause(speaker);
        }
        // "…, said Pablo Majluf." The name ends the clause or meets a comma:
        // in "Lufthansa retires jets, says rebound could take years" the
        // words after the cue are what was said, by the sentence's subject
        // (a naming verb's object follows it: "Her aide, Jake Sullivan, calls her record a “blueprint”")
        let speaker = speaker_after(doc, cue.1, to).filter(|&s| names_someone(doc, s) && !naming);
        // (or ends in adjuncts: "…, said the Coalition to Restore Legitimacy in Yemen")
        // but not "…, shows Democratic groups outpacing Republicans in recent weeks": a clause
        let adjuncts = |(s, e): (usize, usize)| to - e <= MAX_TAIL && ADJUNCTS.iter().any(|p| doc.word(e).eq_ignore_ascii_case(p)) && !has_verb(doc, s, to);
        if let Some(speaker) = speaker.filter(|&(s, e)| e >= to || !doc.toks[e].word || adjuncts((s, e))) {
            // "The ferries, said Ruiz, are safe": a subject before the parenthesis, its verb after
            // (a short phrase with no verb: not "She died at the scene, say police, as …")
            let auxiliary = |k: usize| is_auxiliary(doc.word(k)) || is_finite_verb(doc.word(k));
            let subject_only = words(doc, from, cue.0 - 1) <= 6 && !has_verb(doc, from, cue.0 - 1) && !(from..cue.0 - 1).any(|k| auxiliary(k) || doc.word(k).ends_with("ed"));
            // and the verb opens the words after it, or after one aside set off by commas
            // ("said Ana Ruiz, the harbour master, are safe"; not "said X, director of a union that has …")
            let opens_verb = |k: usize| auxiliary(k) || doc.word(k) == "do" || doc.word(k).ends_with("n't") || doc.word(k).ends_with("n’t");
            let next_comma = (speaker.1 + 1..to).find(|&k| doc.word(k) == ",");
            let predicate = opens_verb(speaker.1 + 1) || next_comma.is_some_and(|c| opens_verb(c + 1));
            if doc.word(speaker.1) == "," && subject_only && predicate {
                return reported(doc, trim(doc, from, to), cue, speaker);
            }
            return reported(doc, trim(doc, from, cue.0 - 1), cue, speaker);
        }
        return after_clause(participle_speaker(doc, from, cue.0)?);
    }
    if after_modal(doc, cue.0, SPEECH_MODALS) {
        // "one could say immigrants integrate poorly": no one says it
        return None;
    }
    let beside = speaker_before(doc, cue.0, from);
    // ("Critics, including the opposition leader, have said …": the subject before an apposition)
    let apposed = || appositive_subject(doc, from, cue.0).filter(|_| !is_pause(doc.word(cue.0 - 1)));
    let speaker = beside.or_else(|| coordinated_subject(doc, cue.0, from)).or_else(|| quoted_as(doc, cue.0, from)).or_else(apposed)?;
    if speaker.0 > from && ["what", "whatever"].iter().any(|w| doc.word(speaker.0 - 1).eq_ignore_ascii_case(w)) {
        // "affected by what McNally had said to him": what was said is "what"
        return None;
    }
    // ("Sanders started out their ninth debate saying …": the object of a verb)
    let after_verb = speaker.0 > from && speaker.1 == cue.0 && {
        let before = doc.word(speaker.0 - 1);
        let verb = |w: &str| w.starts_with(char::is_lowercase) && is_finite_verb(w) && !is_auxiliary(w) && !is_passive(w);
        verb(before) || matches!(before, "out" | "up") && speaker.0 > from + 1 && verb(doc.word(speaker.0 - 2))
    };
    let object = ["a", "an"].iter().any(|d| doc.word(speaker.0).eq_ignore_ascii_case(d))
        || speaker.0 > from && doc.word(speaker.0 - 1).eq_ignore_ascii_case("to")
        || after_verb;
    if object && doc.word(cue.0).ends_with("ing") {
        // "the campaign released a statement saying …": the sentence's speaker
        return after_clause(participle_speaker(doc, from, cue.0)?);
    }
    // "…, sources told dpa on Wednesday, after …": past the person told and the date
    let mut next = past_time(doc, past_told(doc, cue.1, to), to);
    while next < to && is_skippable(doc.word(next)) {
        next += 1;
    }
    let quoted_tail = (cue.1..to).any(|k| matches!(doc.word(k), "“" | "\"" | "''" | "«"));
    // "…, the mission said in remarks published on Tuesday." ends in
    // adjuncts; "In a statement, the ministry said the ferries were safe" in
    // a clause
    let adjunct = ADJUNCTS.iter().any(|p| doc.word(next).eq_ignore_ascii_case(p));
    // ("Despite the sheen, officials said they welcome the attention": a subject pronoun opens a clause)
    let clause_tail = !adjunct && has_verb(doc, next, to) || is_subject_pronoun(&doc.word(next).to_lowercase()) && to - next > 2;
    // ("…, Wilkin said during his campaign speech to be a national delegate.": a longer adjunct with no verb)
    let long_adjunct = adjunct && !quoted_tail && to - cue.1 <= MAX_ADJUNCT && !has_verb(doc, next, to);
    let short_tail = doc.word(next) == "," && speaker.0 > from + 2 || !quoted_tail && to - cue.1 <= MAX_TAIL && !clause_tail || long_adjunct;
    // "According to Bloomberg, Cil said, “…”": a credit before the speaker
    // is not what was said, nor is a participle clause before a quotation
    // ("Emphasising Nepal’s appeal, she said, “…”", "Asked about it, he said")
    let first = (from..speaker.0).find(|&k| doc.toks[k].word);
    let credit = first.is_some_and(|k| is_according(doc, (k, k + 2)));
    let quotation_follows = (cue.1..to.min(cue.1 + 2)).find(|&k| !matches!(doc.word(k), "," | ":")).is_some_and(|k| matches!(doc.word(k), "“" | "\"" | "''" | "«"));
    let participle = first.is_some_and(|k| {
        let w = doc.word(k).to_lowercase();
        w.len() > 4 && w.ends_with("ing") || w == "asked" || w == "when" && doc.word(k + 1).eq_ignore_ascii_case("asked")
    });
    // (a speaker found before an earlier verb, "In his speech, Graham urged
    // … and criticized the party", has no parenthesis around its cue)
    if beside.is_some() && speaker.0 > from && doc.word(speaker.0 - 1) == "," && short_tail && !credit && !(quotation_follows && participle) {
        // "The ferries, Ruiz said, are fixed": a subject before the
        // parenthesis and its verb after it; the sentence is what was said
        // ("It was, he said, one of the bitterest failures": the verb before it, its complement after)
        let (verb_before, verb_after) = (has_verb(doc, from, speaker.0 - 1), has_verb(doc, next + 1, to));
        // ("If the demands are not met, Ruiz warned, the dockers will strike": a subordinate clause before it)
        let subordinate = ["if", "when", "although", "though", "because", "unless", "while", "once", "until"].iter().any(|w| doc.word(from).eq_ignore_ascii_case(w));
        let split = verb_after && (!verb_before || subordinate) || verb_before && !verb_after && words(doc, next + 1, to) >= 2;
        if doc.word(next) == "," && !quoted_tail && split {
            return reported(doc, trim(doc, from, to), cue, speaker);
        }
        // "…, the mission said in a statement."
        return reported(doc, trim(doc, past_earlier_credit(doc, from, speaker.0 - 1), speaker.0 - 1), cue, speaker);
    }
    after_clause(speaker)
}

/// Where the words credited by a cue ending the sentence start: past an
/// earlier credit set off in the same sentence ("In Seattle, marchers
/// honored the victims, KING-TV reported, while in Chicago the parade began
/// with a moment of silence, the Chicago Sun-Times reported": the second
/// report is the Chicago clause), else at `from`.
fn past_earlier_credit(doc: &Doc, from: usize, end: usize) -> usize {
    let credit = (from + 1..end).rev().find(|&k| doc.word(k + 1) == "," && doc.word(k - 1) != "," && cue_at(doc, k).is_some() && !doc.word(k).ends_with("ing"));
    let Some(k) = credit else { return from };
    let mut start = k + 2;
    while start < end && ["while", "and", "but", "whereas", "as"].iter().any(|w| doc.word(start).eq_ignore_ascii_case(w)) {
        start += 1;
    }
    if words(doc, start, end) >= MIN_WORDS { start } else { from }
}

/// Where the cue at token `cue` starts a second predicate of a speaker
/// named before it ("… and said it would reopen", "…, saying it will take
/// years"): at the "and" or "but" (and comma) before it, past adverbs, or at
/// the comma before a participle. `None` where the cue may as well continue
/// the reported clause itself: a verb of belief or finding ("the company
/// had completed a review and found that …"), a participle after "and"
/// ("were lighting candles and saying prayers"), or a passive participle
/// ("was found by a caretaker and reported to police").
fn second_predicate(doc: &Doc, cue: usize) -> Option<usize> {
    let w = doc.word(cue);
    if !is_cue(w) || ["to", "by"].iter().any(|p| doc.word(cue + 1).eq_ignore_ascii_case(p)) {
        return None;
    }
    let mut k = cue;
    while k > 0 && is_skippable(doc.word(k - 1)) && doc.toks[k - 1].word {
        k -= 1;
    }
    let conjunction = k > 0 && ["and", "but"].iter().any(|c| doc.word(k - 1).eq_ignore_ascii_case(c));
    if conjunction && w.ends_with("ing") {
        return None;
    }
    k -= usize::from(conjunction);
    if k > 0 && doc.word(k - 1) == "," {
        k -= 1;
    }
    (k < cue).then_some(k)
}

/// Where the attribution of `r` starts: its speaker or its cue.
fn start_of(r: &Reported) -> usize {
    r.attribution.speaker.map_or(r.attribution.cue.0, |s| s.0.min(r.attribution.cue.0))
}

/// All reported speech of `doc` whose cue lies outside the byte ranges in
/// `quoted` (sorted quotation spans).
pub fn find(doc: &Doc, quoted: &[(usize, usize)]) -> Vec<Reported> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.toks.len() {
        let Some(cue) = cue_at(doc, i).or_else(|| clause_cue(doc, i)).or_else(|| in_poll(doc, i).map(|_| (i, i + 1))) else {
            i += 1;
            continue;
        };
        let pos = doc.toks[i].start;
        let inside = quoted.partition_point(|q| q.1 <= pos);
        if quoted.get(inside).is_some_and(|q| q.0 <= pos) {
            i = cue.1;
            continue;
        }
        let (from, to) = doc.clause(i);
        if let Some(r) = at_cue(doc, cue, from, to) {
            out.push(r);
        }
        i = cue.1;
    }
    // "Beck asked the conservative …, D’Souza replied": a clause ends where
    // another attribution begins
    let mut starts: Vec<usize> = out.iter().map(start_of).collect();
    starts.sort_unstable();
    // "The ministry denied that it had closed the mine and said it would
    // reopen": a cue inside a clause whose speaker stands before the clause
    // is a second verb of that speaker, and ends the clause at its "and"
    // (where each second predicate starts, and its speaker; sorted by the former)
    let mut coordinated: Vec<(usize, usize)> = out.iter().filter_map(|r| Some((second_predicate(doc, r.attribution.cue.0)?, r.attribution.speaker?.0))).collect();
    coordinated.sort_unstable();
    for r in &mut out {
        // its own attribution inside it ("The ferries, Ruiz said, are fixed") does not cut it
        let own = start_of(r);
        let first = starts.partition_point(|&s| s <= r.content.0 + 1);
        let next_start = starts[first..].iter().copied().find(|&s| s != own);
        // the first second predicate inside the clause whose speaker stands before it
        let inside = coordinated.partition_point(|&(cut, _)| cut <= r.content.0);
        let second_verb = coordinated[inside..].iter().take_while(|&&(cut, _)| cut < r.content.1).find(|&&(_, speaker)| speaker < r.content.0).map(|&(cut, _)| cut);
        if let Some(cut) = next_start.into_iter().chain(second_verb).filter(|&s| s < r.content.1).min() {
            r.content = trim(doc, r.content.0, without_dangling(doc, r.content.0, cut));
        }
    }
    for r in &mut out {
        r.content = past_label(doc, r.content);
    }
    // ("if you feel that …", "you know that …": the generic reader, no speaker)
    let generic_you = |r: &Reported| r.attribution.speaker.is_some_and(|(s, e)| e == s + 1 && doc.word(s).eq_ignore_ascii_case("you"));
    out.retain(|r| words(doc, r.content.0, r.content.1) >= MIN_WORDS && !generic_you(r));
    let labelled = labelled(doc, &out);
    out.extend(labelled);
    out
}

/// First words of the labels of bylines, credits and page sections.
const PAGE_LABELS: &[&str] =
    &["by", "posted", "published", "updated", "photo", "photos", "image", "images", "credit", "credits", "source", "tags", "topics", "related", "filed", "share", "read", "listen", "subscribe", "sponsored", "advertisement", "more", "also", "next", "trending", "recommended",
      // section labels of features and listings ("GALLERY: …", "Pairings: …", "Weekend To Do List: …")
      "gallery", "galleries", "slideshow", "pairings", "recipe", "recipes", "quiz", "weekend", "events", "calendar", "weather", "horoscope", "obituary", "obituaries", "letters"];

/// Most capitalised words of a dateline or label before its colon.
const MAX_LABEL_WORDS: usize = 3;

/// `content` without the "Washington:" (a dateline, or a speaker's label)
/// that opens its paragraph: "Washington: Iran was behind the hack, US
/// agencies said" reports "Iran was behind the hack".
fn past_label(doc: &Doc, content: (usize, usize)) -> (usize, usize) {
    let (from, to) = content;
    if doc.paragraph(from).0 != from {
        return content;
    }
    match label_colon(doc, from, to, MAX_LABEL_WORDS).or_else(|| dateline_dash(doc, from, to)) {
        Some(end) => trim(doc, end + 1, to),
        None => content,
    }
}

/// The dash after a dateline in capitals that starts at token `from`:
/// "DETROIT –", "RALEIGH, N.C. —", "FRANKFURT, Germany (AP) —".
fn dateline_dash(doc: &Doc, from: usize, limit: usize) -> Option<usize> {
    const MAX_DATELINE: usize = 10;
    let shouted = |k: usize| doc.toks[k].word && !doc.word(k).chars().any(char::is_lowercase) && doc.word(k).chars().any(char::is_alphabetic);
    if !shouted(from) || doc.word(from).chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let dash = (from + 1..limit.min(from + MAX_DATELINE)).find(|&k| matches!(doc.word(k), "—" | "–" | "-" | "--"))?;
    // (between: more of the place, its state or country, an agency in parentheses)
    let place = |k: usize| doc.toks[k].capitalised(doc.text) || matches!(doc.word(k), "," | "(" | ")" | ".");
    (from + 1..dash).all(place).then_some(dash)
}

/// The colon after one to `max` capitalised words that start at token
/// `from` (not reaching `limit`): "Washington:", "KATE BOULDUAN:".
fn label_colon(doc: &Doc, from: usize, limit: usize, max: usize) -> Option<usize> {
    let name = (from..limit).take(max + 1).take_while(|&k| doc.toks[k].word && doc.toks[k].capitalised(doc.text)).count();
    ((1..=max).contains(&name) && doc.word(from + name) == ":").then_some(from + name)
}

/// Paragraphs that open with a name and a colon ("KATE BOULDUAN: Why not
/// debate?", "Cruz: Trump would put liberals on the court") and hold no
/// other attribution: the rest of the paragraph is the named speaker's.
/// Interview letters ("Q:", "A:") name no one; a headline kicker
/// ("Breaking:", "The Latest:") gives way to the subject after it.
fn labelled(doc: &Doc, found: &[Reported]) -> Vec<Reported> {
    let mut out = Vec::new();
    for &p in doc.paragraph_starts() {
        let Some(colon) = label_colon(doc, p, doc.toks.len(), 4) else { continue };
        let letter = colon == p + 1 && doc.word(p).chars().count() == 1;
        // "By: Ann Lee Posted on: …", "Photo: …", "Tags: …": page furniture, no one speaking
        let furniture = PAGE_LABELS.contains(&doc.word(p).to_lowercase().as_str());
        // ("SEE MORE: …", "The Implement Stage: …": a label of two common
        // words or more names no one, unless a word names people, a body or
        // a document, "Police Chiefs: …", "Gallup Poll: …"; one word may
        // be a surname, "Pence: …")
        let g = crate::entities::gazetteer::gazetteer();
        let words: Vec<String> = (p..colon).map(|k| doc.word(k).to_lowercase()).filter(|w| !is_determiner(w)).collect();
        let common = |w: &String| (g.is_common_word(w) || crate::entities::cues::is_common(w)) && !names_people(w) && !is_org_word(w) && !is_document(w);
        let generic = words.len() >= 2 && words.iter().all(common);
        if letter || furniture || generic {
            continue;
        }
        let (_, end) = doc.paragraph(p);
        if found.iter().any(|r| r.attribution.cue.0 >= p && r.attribution.cue.0 < end) {
            continue;
        }
        // "Breaking: Trump Campaign Just Made …", "The Latest: Cruz to give
        // away engraved shotgun": a kicker of common words names no one, and
        // the headline after it is the outlet's, unless its subject has a
        // cue ("Exclusive: Saudis insist they are fighting terror")
        let kicker = (p..colon).all(|k| is_determiner(doc.word(k)) || is_kicker(doc.word(k)));
        let speaker = if kicker { subject(doc, colon + 1, end).filter(|&(_, after)| is_cue(doc.word(after))).map(|s| s.0) } else { Some((p, colon)) };
        if let Some(r) = speaker.and_then(|s| reported(doc, trim(doc, colon + 1, end), (colon, colon + 1), s)) {
            out.push(r);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, String)> {
        let doc = Doc::new(text, &[]);
        find(&doc, &[])
            .iter()
            .map(|r| {
                let s = r.attribution.speaker.map_or("", |(a, b)| doc.slice(a, b));
                (doc.slice(r.content.0, r.content.1).to_string(), s.to_string())
            })
            .collect()
    }

    #[test]
    fn a_label_of_common_words_before_a_colon_names_no_speaker() {
        let found = reported("SEE MORE: Hong Kong protests grow\n\nThe Build Stage: Create a tangible online asset\n\nPolice Chiefs: The suspect fled the scene\n\nPence: Trump will win the debate");
        let speakers: Vec<&str> = found.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(speakers, ["Police Chiefs", "Pence"], "{found:?}");
    }

    #[test]
    fn finds_speaker_before_and_after_the_clause() {
        assert_eq!(
            reported("The harbour board said on Friday that the port would reopen soon."),
            vec![("the port would reopen soon".to_string(), "The harbour board".to_string())]
        );
        assert_eq!(
            reported("The port will reopen next week, the harbour board said in a statement."),
            vec![("The port will reopen next week".to_string(), "the harbour board".to_string())]
        );
        assert_eq!(
            reported("According to the harbour board, the port will reopen."),
            vec![("the port will reopen".to_string(), "the harbour board".to_string())]
        );
    }

    fn pair(content: &str, speaker: &str) -> Vec<(String, String)> {
        vec![(content.to_string(), speaker.to_string())]
    }

    #[test]
    fn plural_present_say_is_a_cue() {
        assert_eq!(reported("Harbour pilots say the channel is too shallow."), pair("the channel is too shallow", "Harbour pilots"));
    }

    #[test]
    fn a_cue_coordinated_with_an_earlier_verb_takes_the_clause_subject() {
        assert_eq!(
            reported("The harbour master inspected the pier and said the ferries would run again."),
            pair("the ferries would run again", "The harbour master")
        );
    }

    #[test]
    fn speaker_after_the_clause_before_a_quoted_addition() {
        let text = "The pier will reopen in May, Ms. Okafor said, adding, “We are ready.”";
        assert_eq!(reported(text)[0], ("The pier will reopen in May".to_string(), "Ms. Okafor".to_string()));
    }

    #[test]
    fn verbs_of_belief_and_finding_attribute_a_following_clause_only() {
        assert_eq!(reported("The ferry captains believe the new timetable is unworkable."), pair("the new timetable is unworkable", "The ferry captains"));
        assert_eq!(reported("The island survey shows that most residents want a bridge."), pair("most residents want a bridge", "The island survey"));
        assert!(reported("The captains believe in the new timetable.").is_empty());
        assert!(reported("The captains want to know more about the timetable.").is_empty());
    }

    #[test]
    fn skips_cues_without_a_clause_or_inside_quotes() {
        assert!(reported("The board said so.").is_empty());
        let text = "“The board said the port is shut,” she added.";
        let doc = Doc::new(text, &[]);
        assert!(find(&doc, &[(3, 40)]).is_empty());
    }
}
