//! Hand-built story members for the unit tests (invented text only).

use concord_model::{
    AnchorKind, Analysis, Article, Entity, EntityType, Granularity, Mention, Quote, Sentence, Speaker,
    Timex, TimexType,
};

use crate::Member;

/// A member whose body is `sentences` joined by spaces, one analysis sentence each.
pub fn member(id: &str, outlet: Option<&str>, published: &str, sentences: &[&str]) -> Member {
    let mut body = String::new();
    let mut spans = Vec::new();
    for s in sentences {
        if !body.is_empty() {
            body.push(' ');
        }
        let start = body.len();
        body.push_str(s);
        spans.push(Sentence { start, end: body.len(), text: s.to_string() });
    }
    Member {
        article: Article {
            id: id.into(),
            outlet: outlet.map(str::to_string),
            published: (!published.is_empty()).then(|| published.to_string()),
            body,
            ..Article::default()
        },
        analysis: Analysis { sentences: spans, ..Analysis::default() },
        duplicate_of: None,
    }
}

/// Byte span of `needle` inside sentence `s` of `m`.
fn span(m: &Member, s: usize, needle: &str) -> (usize, usize) {
    let sent = &m.analysis.sentences[s];
    let at = sent.text.find(needle).unwrap_or_else(|| panic!("{needle:?} not in sentence {s}"));
    (sent.start + at, sent.start + at + needle.len())
}

/// Adds a dated time expression found in sentence `s`.
pub fn timex(m: &mut Member, s: usize, text: &str, value: &str, granularity: Granularity, anchor: Option<AnchorKind>) {
    let (start, end) = span(m, s, text);
    m.analysis.timexes.push(Timex {
        start,
        end,
        text: text.into(),
        value: Some(value.into()),
        kind: TimexType::Date,
        granularity: Some(granularity),
        anchor,
        sentence: s,
    });
}

/// Adds a quotation found in sentence `s`.
pub fn quote(m: &mut Member, s: usize, text: &str, speaker: &str, entity: Option<&str>, direct: bool) {
    let (start, end) = span(m, s, text);
    m.analysis.quotes.push(Quote {
        start,
        end,
        text: text.into(),
        speaker: Some(Speaker { name: speaker.into(), entity: entity.map(str::to_string) }),
        speaker_mention: None,
        cue: Some("said".into()),
        direct,
        sentence: s,
        last_sentence: s,
    });
}

/// Adds an entity mentioned as `text` in sentence `s`.
pub fn entity(m: &mut Member, id: &str, name: &str, kind: EntityType, s: usize, text: &str) {
    let (start, end) = span(m, s, text);
    let mention = Mention { start, end, text: text.into(), sentence: s };
    if let Some(e) = m.analysis.entities.iter_mut().find(|e| e.id == id) {
        e.mentions.push(mention);
        return;
    }
    m.analysis.entities.push(Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: vec![text.into()],
        mentions: vec![mention],
        related: Vec::new(),
        country: None,
    });
}
