//! Tone shifts in quoted answers: one outlet quotes a party's answer in
//! charged words ("a fabrication", "lies", "a smear") that no other outlet's
//! quotation of the same party's answer carries ("rejects these groundless
//! accusations"). The party is the speaker, or the body a spokesman speaks
//! for ("Pavel Dorn, a spokesman for the Karvonian embassy"), so the
//! spokesman's words and the embassy's statement are compared.
//!
//! Paraphrase raises nothing: only answers are compared (the quotation or
//! the sentence before it rejects, denies or dismisses something), each
//! side's answer must be one statement (all of that party's quotations in
//! its article within two sentences, so two remarks of a much-quoted speaker
//! are never set against each other), and the calmer outlet must not use the
//! charged word anywhere, quoted or not.

use std::collections::BTreeSet;

use concord_model::{Discrepancy, DiscrepancyKind, Quote, Side, Source};

use crate::desk::Desk;
use crate::text;

/// Words that charge a denial: the speaker attacks the claim or its authors
/// instead of rejecting it.
const CHARGED: &[&str] = &[
    "fabrication", "fabrications", "fabricated", "fabricate", "concocted", "lie", "lies", "liar",
    "liars", "lying", "smear", "smears", "smeared", "slander", "slanderous", "libel", "libellous",
    "libelous", "defamatory", "hoax", "propaganda", "hysteria", "hysterical", "absurd", "ridiculous",
    "nonsense", "preposterous", "ludicrous", "outrageous", "disgraceful", "shameful", "despicable",
    "farce", "sham", "paranoid", "paranoia", "witch-hunt", "russophobia", "provocation",
];

/// Words after "lie"/"lies" that make it the verb of place ("lies in", "lie ahead").
const LIE_OF_PLACE: &[&str] = &[
    "in", "on", "at", "ahead", "behind", "within", "with", "beneath", "below", "low", "dormant",
    "down", "between", "outside", "beyond", "there", "here", "across", "along", "under", "near",
];

/// Words that make a quotation, or the sentence setting it up, an answer
/// that rejects something (and so do the charged words that call a claim
/// untrue: "a fabrication", "lies", "a smear").
const DENIAL: &[&str] = &[
    "deny", "denies", "denied", "denying", "denial", "reject", "rejects", "rejected", "rejecting",
    "dismiss", "dismisses", "dismissed", "dismissing", "refute", "refutes", "refuted", "rebuff",
    "rebuffed", "repudiate", "repudiated", "groundless", "baseless", "unfounded", "unsubstantiated",
    "untrue", "false",
];

/// Charged words that call a claim untrue.
const UNTRUE: &[&str] = &[
    "fabrication", "fabrications", "fabricated", "concocted", "lie", "lies", "liar", "liars", "lying",
    "smear", "smears", "slander", "slanderous", "libel", "hoax",
];

/// Words naming the role of someone who speaks for a body.
const SPOKESMEN: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "representative", "ambassador", "envoy", "official",
];

/// Party names too generic to tell two parties apart on their own.
const GENERIC: &[&str] = &["offici", "spokesman", "spokeswoman", "spokesperson", "sourc", "aid", "advis", "statement"];

/// Most sentences between the first and last quotation of one answer.
const ONE_STATEMENT: usize = 1;

/// One party's answer in one article.
struct Answer<'a> {
    article: usize,
    /// Stem sets naming the party: the speaker's names, the bodies it speaks for.
    party: Vec<Vec<String>>,
    /// Whether the speaker was resolved to an entity.
    resolved: bool,
    who: String,
    quotes: Vec<&'a Quote>,
    /// Charged words in its quotations.
    charged: BTreeSet<String>,
}

/// Lowercase words of a text that charge it.
fn charged_words(text: &str) -> BTreeSet<String> {
    let words = text::words(text);
    words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            CHARGED.contains(&w.as_str())
                && !(matches!(w.as_str(), "lie" | "lies") && words.get(i + 1).is_some_and(|n| LIE_OF_PLACE.contains(&n.as_str())))
        })
        .map(|(_, w)| w.clone())
        .collect()
}

fn denies(text: &str) -> bool {
    let words = text::words(text);
    words.iter().any(|w| DENIAL.contains(&w.as_str()))
        || words.windows(3).any(|w| w == ["nothing", "to", "do"])
        || charged_words(text).iter().any(|w| UNTRUE.contains(&w.as_str()))
}

fn sorted_stems(text: &str) -> Vec<String> {
    let mut v = text::content_stems(text);
    v.sort();
    v.dedup();
    v
}

/// Does every stem of `small` appear in `big` (a demonym matching its
/// country: "karvonian" / "karvonia")?
fn covers(big: &[String], small: &[String]) -> bool {
    let alike = |a: &str, b: &str| a == b || a.len().min(b.len()) >= 5 && (a.starts_with(b) || b.starts_with(a));
    !small.is_empty() && small.iter().all(|s| big.iter().any(|b| alike(b, s)))
}

/// Do two answers come from the same party? A name of one lies within a name
/// of the other, and the shorter is not a bare role ("officials").
fn same_party(x: &Answer, y: &Answer) -> bool {
    x.party.iter().any(|a| {
        y.party.iter().any(|b| {
            let (big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
            covers(big, small) && !(small.len() == 1 && GENERIC.contains(&small[0].as_str()))
        })
    })
}

/// The bodies a person speaks for, from a sentence of the article naming
/// him beside a spokesman's role ("Pavel Dorn, a spokesman for the
/// Karvonian embassy, …", "embassy spokesman Pavel Dorn said"): the words of
/// the clause holding the role, less the role and his name.
fn speaks_for(desk: &Desk, a: usize, name: &str) -> Vec<Vec<String>> {
    let Some(surname) = name.split_whitespace().next_back() else { return Vec::new() };
    let own = sorted_stems(name);
    let mut out = Vec::new();
    for line in desk.lines_of(a).map(|l| &desk.lines[l]).filter(|l| l.text.split(|c: char| !c.is_alphanumeric()).any(|w| w == surname)) {
        let clauses: Vec<&str> = line.text.split([',', ';', '(', ')', '—']).collect();
        let named: Vec<usize> = (0..clauses.len()).filter(|&i| clauses[i].contains(surname)).collect();
        for (i, clause) in clauses.iter().enumerate() {
            let words = text::words(clause);
            if !words.iter().any(|w| SPOKESMEN.contains(&w.as_str())) || !named.iter().any(|&n| n.abs_diff(i) <= 1) {
                continue;
            }
            let body: Vec<String> = sorted_stems(clause)
                .into_iter()
                .filter(|s| !own.contains(s) && !SPOKESMEN.iter().any(|r| text::stem(r) == *s))
                .collect();
            if !body.is_empty() {
                out.push(body);
            }
        }
    }
    out
}

/// The answers of one article: its quotations by party, kept when they form
/// one statement set in a denial.
fn answers<'a>(desk: &'a Desk, a: usize) -> Vec<Answer<'a>> {
    let m = &desk.members[a];
    let n = m.analysis.sentences.len();
    let mut by_speaker: Vec<(String, Vec<&'a Quote>)> = Vec::new();
    for q in m.analysis.quotes.iter().filter(|q| q.sentence < n) {
        let Some(s) = &q.speaker else { continue };
        let key = s.entity.clone().unwrap_or_else(|| s.name.to_lowercase());
        match by_speaker.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => v.push(q),
            None => by_speaker.push((key, vec![q])),
        }
    }
    let line = |s: usize| desk.lines[desk.first_line[a] + s].text;
    let mut out = Vec::new();
    for (_, quotes) in by_speaker {
        let first = quotes.iter().map(|q| q.sentence).min().unwrap_or(0);
        let last = quotes.iter().map(|q| q.last_sentence.max(q.sentence)).max().unwrap_or(0);
        if last - first > ONE_STATEMENT {
            continue;
        }
        let denial = quotes.iter().any(|q| denies(&q.text)) || (first.saturating_sub(1)..=last.min(n - 1)).any(|s| denies(line(s)));
        if !denial {
            continue;
        }
        let Some(speaker) = quotes[0].speaker.as_ref() else { continue };
        let entity = speaker.entity.as_deref().and_then(|id| m.analysis.entities.iter().find(|e| e.id == id));
        let mut party: Vec<Vec<String>> = Vec::new();
        let names = std::iter::once(&speaker.name).chain(entity.into_iter().flat_map(|e| std::iter::once(&e.name).chain(&e.aliases)));
        for name in names {
            let stems = sorted_stems(name);
            if !stems.is_empty() && !party.contains(&stems) {
                party.push(stems);
            }
        }
        party.extend(speaks_for(desk, a, entity.map_or(&speaker.name, |e| &e.name)));
        let charged = quotes.iter().flat_map(|q| charged_words(&q.text)).collect();
        out.push(Answer { article: a, party, resolved: entity.is_some(), who: speaker.name.clone(), quotes, charged });
    }
    out
}

/// Does article `a` use any of `words`, quoted or not?
fn uses(desk: &Desk, a: usize, words: &BTreeSet<String>) -> bool {
    desk.lines_of(a).any(|l| charged_words(desk.lines[l].text).iter().any(|w| words.contains(w)))
}

/// Citations of an answer's quotations.
fn cite(desk: &Desk, x: &Answer) -> Vec<Source> {
    let id = &desk.members[x.article].article.id;
    let mut v: Vec<Source> = x
        .quotes
        .iter()
        .flat_map(|q| (q.sentence..=q.last_sentence.clamp(q.sentence, q.sentence + 9)).map(|s| Source { article: id.clone(), sentence: s }))
        .collect();
    v.sort();
    v.dedup();
    v
}

fn wording(x: &Answer) -> String {
    let quoted: Vec<String> = x.quotes.iter().map(|q| format!("“{}”", text::clip(q.text.trim(), 200))).collect();
    format!("{}: {}", x.who, quoted.join(" … "))
}

/// Answers quoted in charged words by one outlet and in calm ones by others.
pub fn shifts(desk: &Desk) -> Vec<Discrepancy> {
    let all: Vec<Answer> = (0..desk.members.len()).filter(|&a| desk.members[a].duplicate_of.is_none()).flat_map(|a| answers(desk, a)).collect();
    let mut out = Vec::new();
    for x in all.iter().filter(|x| !x.charged.is_empty()) {
        let key = &desk.articles[x.article].source_key;
        let mut calm: Vec<&Answer> = all
            .iter()
            .filter(|y| &desk.articles[y.article].source_key != key && y.charged.is_empty())
            .filter(|y| (x.resolved || y.resolved) && same_party(x, y) && !uses(desk, y.article, &x.charged))
            .collect();
        // the side is shown in its own words where an outlet quotes it directly
        calm.sort_by_key(|y| !y.quotes.iter().all(|q| q.direct));
        let Some(first) = calm.first() else { continue };
        let mut outlets: Vec<&str> = calm.iter().map(|y| desk.articles[y.article].outlet.as_str()).collect();
        outlets.sort_unstable();
        outlets.dedup();
        let mut sources: Vec<Source> = calm.iter().flat_map(|y| cite(desk, y)).collect();
        sources.sort();
        sources.dedup();
        let words: Vec<&str> = x.charged.iter().map(String::as_str).collect();
        out.push(Discrepancy {
            kind: DiscrepancyKind::Wording,
            description: format!(
                "{} quotes the answer of {} in charged words (“{}”); {} quote{} the same side's answer without them.",
                desk.articles[x.article].outlet,
                x.who,
                words.join("”, “"),
                outlets.join(", "),
                if outlets.len() == 1 { "s" } else { "" },
            ),
            sides: vec![Side { text: wording(x), sources: cite(desk, x) }, Side { text: wording(first), sources }],
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{entity, member, quote};
    use concord_model::EntityType;

    /// An embassy's denial in two outlets; `charged` is the spokesman's wording in the second.
    fn story(charged: &str) -> Vec<crate::Member> {
        let mut a = member("a", Some("Ledger"), "2031-05-02", &[
            "Ostland's embassy rejected the accusation.",
            "\"Ostland has nothing to do with this incident,\" the embassy said in a statement.",
        ]);
        entity(&mut a, "organisation:ostlands-embassy", "Ostland's embassy", EntityType::Organisation, 0, "Ostland's embassy");
        quote(&mut a, 1, "Ostland has nothing to do with this incident,", "Ostland's embassy", Some("organisation:ostlands-embassy"), true);
        let mut b = member("b", Some("Courier"), "2031-05-02", &[
            "Karl Brant, a spokesman for the Ostlandic embassy, dismissed the findings.",
            &format!("He called them \"{charged}\"."),
        ]);
        entity(&mut b, "person:karl-brant", "Karl Brant", EntityType::Person, 0, "Karl Brant");
        quote(&mut b, 1, charged, "Karl Brant", Some("person:karl-brant"), true);
        vec![a, b]
    }

    #[test]
    fn a_spokesman_quoted_in_charged_words_against_his_embassy_calm_statement() {
        let members = story("a fabrication meant to poison relations");
        let desk = Desk::new(&members);
        let d = shifts(&desk);
        assert_eq!(d.len(), 1, "{d:#?}");
        assert_eq!(d[0].kind, DiscrepancyKind::Wording);
        assert!(d[0].description.contains("fabrication"), "{}", d[0].description);
        assert_eq!(d[0].sides[0].sources[0].article, "b");
        assert_eq!(d[0].sides[1].sources[0].article, "a");
    }

    #[test]
    fn calm_paraphrase_and_a_lie_of_place_raise_nothing() {
        for calm in ["a finding without any foundation", "wrong, and the truth lies in the logs"] {
            let members = story(calm);
            let desk = Desk::new(&members);
            assert!(shifts(&desk).is_empty(), "{calm}");
        }
    }

    #[test]
    fn a_remark_that_answers_nothing_is_not_compared() {
        let mut members = story("a fabrication meant to poison relations");
        let m = &mut members[0];
        m.analysis.sentences[0].text = "Ostland's embassy read the report.".into();
        m.analysis.sentences[1].text = "\"We will study this incident,\" the embassy said in a statement.".into();
        m.analysis.quotes[0].text = "We will study this incident,".into();
        let desk = Desk::new(&members);
        assert!(shifts(&desk).is_empty());
    }

    #[test]
    fn remarks_of_a_much_quoted_speaker_are_not_one_answer() {
        let mut members = story("a fabrication meant to poison relations");
        // the embassy's calm words are now two remarks far apart
        let m = &mut members[0];
        m.analysis.quotes[0].sentence = 1;
        let mut far = m.analysis.quotes[0].clone();
        far.sentence = 5;
        far.last_sentence = 5;
        m.analysis.sentences.extend((2..6).map(|i| concord_model::Sentence { start: 0, end: 0, text: format!("Filler {i}.") }));
        m.analysis.quotes.push(far);
        let desk = Desk::new(&members);
        assert!(shifts(&desk).is_empty());
    }
}
