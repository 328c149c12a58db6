//! Quotations and their speakers.
//!
//! [`find`] collects direct quotations in marks ([`marks`]) and reported
//! speech around cue verbs ([`reported`]), attributes each to a speaker
//! phrase beside its cue ([`attribution`]), and resolves the phrases in text
//! order to names and entities ([`resolve`]). A quotation with no cue of its
//! own that follows a quotation of the same paragraph, or opens the paragraph
//! after one, is the same speaker's ("“X,” he said. “Y.”"); one that opens a
//! paragraph after a paragraph whose last quotation has a speaker is that
//! speaker's too.

mod attribution;
mod cues;
mod doc;
mod gender;
mod groups;
mod marks;
mod reported;
mod resolve;
mod surveys;
mod tokens;

use concord_model::{Entity, EntityType, Mention, Quote, Sentence, Speaker};

pub use cues::is_denial;

use crate::Language;

use attribution::Attribution;
use doc::Doc;
use resolve::Resolver;

/// Most quotations reported for one text (bounds the work on hostile input).
const MAX_QUOTES: usize = 2000;

/// Fewest words an unattributed quotation in marks needs (shorter ones are
/// titles and scare quotes).
const MIN_UNATTRIBUTED_WORDS: usize = 4;

/// Fewest words a quotation in marks needs to take the subject of its
/// sentence as speaker when no cue is beside it ("Moore thanked him for
/// “stepping up”" but not "they call it the “new normal”").
const MIN_INTRODUCED_WORDS: usize = 3;

/// A quotation before its speaker is resolved.
struct Found {
    start: usize,
    end: usize,
    text: String,
    direct: bool,
    attribution: Option<Attribution>,
    /// Takes the speaker of the previous direct quotation.
    continues: bool,
    /// Opens its paragraph with no cue: takes the speaker of the previous
    /// paragraph's last attributed quotation, if any.
    opens_paragraph: bool,
    /// Its speaker is only inferred, from the subject of its sentence with
    /// no cue beside it ("Moore thanked him for “…”") or from a label before
    /// a colon ("Ruiz: …"): kept only for a speaker that can speak.
    inferred: bool,
    /// A quoted word or two inside this reported clause (an index of the
    /// reported clauses found): dropped when that clause is kept.
    partial_of: Option<usize>,
}

/// Finds the quotations of `text`, in text order, with speakers resolved
/// against `entities` where they match.
pub fn find(text: &str, sentences: &[Sentence], entities: &[Entity], language: Language) -> Vec<Quote> {
    let mut doc = Doc::new(text, sentences);
    doc.language = language;
    let marked = marks::find(text);
    // sorted, disjoint spans: a quotation nested in another is inside it
    let mut quoted: Vec<(usize, usize)> = Vec::with_capacity(marked.len());
    for m in &marked {
        if quoted.last().is_none_or(|q| q.1 <= m.open) {
            quoted.push((m.open, m.close));
        }
    }
    let reported = reported::find(&doc, &quoted);
    let reported_spans: Vec<(usize, usize)> = reported.iter().map(|r| doc.span(r.content.0, r.content.1)).collect();
    let mut found = Vec::new();
    let mut after_cues = Vec::new();
    let mut previous_close: Option<usize> = None;
    for (m, label) in marked.iter().flat_map(|m| marks::by_speaker(text, m)) {
        let m = &m;
        let open = doc.token_at(m.open);
        let close = doc.token_at(m.close);
        let parts: Vec<&str> = m.parts.iter().filter_map(|&(s, e)| text.get(s..e)).collect();
        let content = parts.join(" ");
        let words = content.split_whitespace().count();
        if attribution::nickname_end(&doc, open).is_some() {
            // no one's words: Dwayne “The Rock” Johnson
            continue;
        }
        let labelled = label.map(|(s, e)| {
            let (from, to) = (doc.token_at(s), doc.token_at(e));
            Attribution { cue: (to, to + 1), speaker: Some((from, to)) }
        });
        let after = attribution::after_quote(&doc, close).filter(|_| labelled.is_none());
        let dropped = attribution::dropped_subject(&doc, close).filter(|_| labelled.is_none() && after.is_none());
        if let Some(a) = after.or(dropped) {
            after_cues.push(a.cue.0);
        }
        let within = reported_spans.iter().position(|&(s, e)| s <= m.open && m.close <= e);
        let mut attribution = labelled.or(after).or(dropped).or_else(|| attribution::before_quote(&doc, open)).or_else(|| {
            // a partial quotation inside a reported clause: "…, his endorsements will carry “weight”, X said."
            within.map(|i| reported[i].attribution)
        });
        // a quoted word or two ("an Iranian “hack-and-leak” operation") is
        // said by the reported clause around it, if that clause is kept
        // (the clause of its own cue, where clauses nest: "responded, calling the charge “pathetic”")
        let same_cue = |r: &reported::Reported| attribution.is_some_and(|a| a.cue == r.attribution.cue);
        let partial_of = reported_spans.iter().zip(&reported).position(|(&(s, e), r)| s <= m.open && m.close <= e && same_cue(r)).filter(|_| words < MIN_UNATTRIBUTED_WORDS);
        let mut continues = attribution.is_none() && previous_close.is_some_and(|p| follows(&doc, p, open));
        // "filming on “The Walking Dead”", "a website called “…”": a title, no one's words
        let named_before = open > 0 && NAMING_WORDS.contains(&doc.word(open - 1));
        let title = named_before && titled(&content);
        let mut inferred = false;
        if attribution.is_none() && words >= MIN_INTRODUCED_WORDS && !title && (!continues || own_sentence(&doc, previous_close, open)) {
            attribution = attribution::introduced(&doc, open);
            inferred = attribution.is_some();
            continues &= attribution.is_none();
        }
        let opens_paragraph = attribution.is_none() && !continues && doc.paragraph(open).0 == open;
        let outer = found.last().filter(|f: &&Found| f.direct && f.start <= m.open && m.close <= f.end + 3);
        if after.is_some() && outer.is_some() {
            // a quotation with its own speaker inside a quoted passage: the
            // passage quotes a report of it, and the quotation is the news
            found.pop();
        }
        // a word or two run on from a quoted word of a reported clause belong
        // to that clause too ("called her “disgusting” and referred to her “sex tape”")
        let run_on = found.last().and_then(|f: &Found| f.partial_of).filter(|_| continues && attribution.is_none() && words < MIN_UNATTRIBUTED_WORDS);
        let partial_of = partial_of.or(run_on);
        if attribution.is_some() || continues || words >= MIN_UNATTRIBUTED_WORDS {
            let start = m.start();
            found.push(Found { start, end: m.end(), text: content, direct: true, attribution, continues, opens_paragraph, inferred, partial_of });
            previous_close = Some(close);
        }
    }
    let mut kept = vec![false; reported.len()];
    for (i, r) in reported.into_iter().enumerate() {
        if after_cues.contains(&r.attribution.cue.0) || dateline(&doc, entities, &r) {
            continue;
        }
        let (start, end) = doc.span(r.content.0, r.content.1);
        // a clause that is mostly a quotation is that quotation; a word or
        // two quoted in it ("the review was “well advanced.”") leave it whole
        // (the quotations overlapping the clause: `quoted` is sorted and disjoint)
        let inside = &quoted[quoted.partition_point(|q| q.1 <= start)..quoted.partition_point(|q| q.0 < end)];
        let overlap = |q: &(usize, usize)| end.min(q.1).saturating_sub(start.max(q.0));
        let long = |q: &&(usize, usize)| text.get(q.0..q.1).is_some_and(|t| t.split_whitespace().take(MIN_UNATTRIBUTED_WORDS).count() >= MIN_UNATTRIBUTED_WORDS);
        let covered: usize = inside.iter().filter(long).map(overlap).sum();
        let outside = (r.content.0..r.content.1).filter(|&k| doc.toks[k].word && !inside.iter().any(|q| q.0 <= doc.toks[k].start && doc.toks[k].end <= q.1)).count();
        if covered * 2 >= end - start || outside < 2 {
            continue;
        }
        let content = text.get(start..end).unwrap_or("").to_string();
        // "Ruiz: …" (a label before a colon) but not "Weekend To Do List: …"
        let inferred = doc.word(r.attribution.cue.0) == ":";
        let attribution = Some(r.attribution);
        found.push(Found { start, end, text: content, direct: false, attribution, continues: false, opens_paragraph: false, inferred, partial_of: None });
        kept[i] = true;
    }
    found.retain(|f| f.partial_of.is_none_or(|i| !kept[i]));
    found.sort_by_key(|f| (f.start, f.end));
    found.truncate(MAX_QUOTES);
    speak(&doc, entities, &quoted, found)
}

/// Words before a quoted title: prepositions and verbs of naming.
const NAMING_WORDS: &[&str] = &[
    "on", "in", "of", "for", "from", "about", "with", "to", "at", "by", "called", "named", "titled", "entitled", "dubbed",
    "branded", "labelled", "labeled", "nickname", "nicknamed", "moniker", "slogan", "motto", "hashtag", "headline",
];

/// Is the quoted text a title ("The Walking Dead", "Fear the Walking
/// Dead"): a few words, every long one capitalised, no sentence end (a
/// comma inside the marks is American punctuation: “Monday Night Baseball,”)?
fn titled(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    let long: Vec<&&str> = words.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let ends = content.trim_end().ends_with(['.', '!', '?', ':', ';']);
    words.len() <= 8 && !long.is_empty() && long.iter().all(|w| w.starts_with(char::is_uppercase)) && !ends
}

/// Is a "NAME: …" paragraph a dateline ("Mexico City: …") rather than a
/// speaker's words? It is when the name is a place.
fn dateline(doc: &Doc, entities: &[Entity], r: &reported::Reported) -> bool {
    let Some((s, e)) = r.attribution.speaker.filter(|_| doc.word(r.attribution.cue.0) == ":") else { return false };
    let (start, end) = doc.span(s, e);
    entities
        .iter()
        .filter(|x| x.kind == EntityType::Place)
        .any(|x| x.mentions.iter().any(|m| m.start < end && start < m.end))
}

/// Does the quotation opening at token `open` sit inside a sentence of its
/// own, after words of that sentence ("He called them “…”"), rather than in
/// the sentence of the previous quotation (closed at token `close`) or
/// opening its sentence? Then that sentence's subject introduces it.
fn own_sentence(doc: &Doc, close: Option<usize>, open: usize) -> bool {
    let sentence = |k: usize| doc.toks.get(k).map(|t| doc.sentence_of(t.start));
    close.is_some_and(|c| sentence(c.saturating_sub(1)) != sentence(open)) && doc.clause(open).0 < open
}

/// Does a quotation opening at token `open` follow the one that closed at
/// token `close`, in the same paragraph or opening the next?
fn follows(doc: &Doc, close: usize, open: usize) -> bool {
    let before = doc.paragraph(close.saturating_sub(1));
    let here = doc.paragraph(open);
    here == before || here.0 == open && here.0 == before.1
}

/// Can the inferred speaker `phrase`, resolved to `speaker`, say something? It can
/// when the resolver finds one who can in it ([`Resolver::can_speak`]);
/// when a personal pronoun opens it ("She became"); or when it has a word
/// for people, a role, a body or a document ("the narrator", "voters",
/// "the agencies", "the email"). "Homelessness is “…”", "The theme is
/// “…”" and "Slogans like “…”" name no one who speaks.
fn can_speak(doc: &Doc, resolver: &Resolver, phrase: Option<(usize, usize)>, speaker: Option<&Speaker>) -> bool {
    let Some((s, e)) = phrase.filter(|(s, e)| s < e) else { return speaker.is_some_and(|sp| resolver.can_speak(sp, None)) };
    if speaker.is_some_and(|sp| resolver.can_speak(sp, Some((s, e)))) {
        return true;
    }
    let word = |k: usize| doc.word(k);
    let listed = |w: &str| cues::names_people(w) || cues::is_group_head(w) || cues::is_org_word(w) || cues::is_document(w);
    let pronoun = word(s).split(['\'', '’']).next().is_some_and(|w| cues::is_pronoun(w) && !w.eq_ignore_ascii_case("it"));
    pronoun || (s..e).any(|k| listed(word(k)))
}

/// Who a quotation is credited to: the speaker, the words naming it, the cue.
#[derive(Clone)]
struct Attributed {
    speaker: Option<Speaker>,
    mention: Option<Mention>,
    cue: Option<String>,
}

/// Resolves the speakers in text order and builds the quotations.
fn speak(doc: &Doc, entities: &[Entity], quoted: &[(usize, usize)], found: Vec<Found>) -> Vec<Quote> {
    let mut resolver = Resolver::new(doc, entities, quoted);
    let paragraph = |pos: usize| doc.paragraph(doc.token_at(pos).min(doc.toks.len().saturating_sub(1)));
    let mut last_direct: Option<Attributed> = None;
    let mut last_attributed: Option<(Attributed, usize)> = None;
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let cue = f.attribution.map(|a| doc.slice(a.cue.0, a.cue.1).to_string());
        let phrase = f.attribution.and_then(|a| a.speaker).map(|s| surveys::pollster(doc, s).unwrap_or(s));
        // an empty phrase: the verb carries its subject ("«…», dijo.")
        let speaker = phrase.and_then(|(s, e)| if s == e { resolver.dropped(s) } else { Some(resolver.resolve(s, e)) });
        let mention = phrase.filter(|(s, e)| s < e).map(|(s, e)| {
            let (start, end) = doc.span(s, e);
            Mention { start, end, text: doc.slice(s, e).to_string(), sentence: doc.sentence_of(start) }
        });
        let previous_paragraph = last_attributed.as_ref().filter(|l| paragraph(l.1.saturating_sub(1)).1 == paragraph(f.start).0);
        let said = match (&last_direct, previous_paragraph) {
            (Some(last), _) if f.continues => last.clone(),
            (_, Some(last)) if f.opens_paragraph => last.0.clone(),
            _ if f.inferred && !can_speak(doc, &resolver, phrase, speaker.as_ref()) => Attributed { speaker: None, mention: None, cue: None },
            _ => Attributed { speaker, mention, cue },
        };
        if f.direct {
            last_direct = Some(said.clone());
        }
        if said.speaker.is_some() {
            last_attributed = Some((said.clone(), f.end));
        }
        let Attributed { speaker, mention, cue } = said;
        out.push(Quote {
            start: f.start,
            end: f.end,
            text: f.text,
            speaker,
            speaker_mention: mention,
            cue,
            direct: f.direct,
            sentence: doc.sentence_of(f.start),
            last_sentence: doc.sentence_of(f.end.saturating_sub(1).max(f.start)),
        });
    }
    out
}

#[cfg(test)]
mod tests;
