//! Stories and what synthesis makes of them: the [`Dossier`] behind
//! `concord story ID --format json`. Every item cites [`Source`] sentences.

use serde::{Deserialize, Serialize};

use crate::wording::untitled;

/// A group of articles about one real-world event. Field names follow `stories --json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id; an id retired by a merge still resolves through the store.
    pub id: String,
    /// Headline chosen for the story.
    pub title: Option<String>,
    /// Member articles, oldest first.
    pub article_ids: Vec<String>,
    /// Earliest publication (or ingest) time of a member.
    pub first_seen: Option<String>,
    /// Latest publication (or ingest) time of a member.
    pub last_updated: Option<String>,
}

/// A pointer to one sentence of one article.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Source {
    /// Article id.
    pub article: String,
    /// 0-based sentence index in that article's analysis.
    pub sentence: usize,
}

/// One article of the story as listed in its coverage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CoverageItem {
    /// Article id.
    pub id: String,
    /// Outlet, if known.
    pub outlet: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publication date.
    pub published: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// The article this one duplicates (wire copy, re-publication), if any.
    pub duplicate_of: Option<String>,
    /// For an article without a headline, its opening words, shown in its
    /// place (see [`CoverageItem::headline`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening: Option<String>,
}

impl CoverageItem {
    /// The headline, or "(untitled)" and the article's opening words.
    pub fn headline(&self) -> String {
        self.title.clone().unwrap_or_else(|| untitled(self.opening.as_deref()))
    }
}

/// A summary sentence with its citations.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// The sentence.
    pub text: String,
    /// The sentences it was taken or fused from.
    pub sources: Vec<Source>,
}

/// A statement made by one or more articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Canonical wording (the clearest, most complete variant).
    pub text: String,
    /// Every sentence that states it.
    pub sources: Vec<Source>,
    /// Outlets that state it (an unknown outlet is listed by article id).
    pub outlets: Vec<String>,
    /// Independent support: outlets, with a duplicate group counted once.
    pub support: usize,
    /// True when only one outlet reports it.
    pub single_source: bool,
}

/// One wording of a quote, as an outlet ran it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteVariant {
    /// The wording.
    pub text: String,
    /// Where it appears.
    pub sources: Vec<Source>,
    /// True when an outlet ran this wording in quotation marks.
    #[serde(default)]
    pub direct: bool,
    /// True when this wording is reported as what the speaker denied
    /// ("denied the country's role in the hack"): the speaker rejects it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub denied: bool,
}

/// A statement by one speaker, merged across outlets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// Who said it.
    pub speaker: crate::Speaker,
    /// The canonical (longest, most complete) wording.
    pub text: String,
    /// Every wording, with its sources.
    pub variants: Vec<QuoteVariant>,
    /// All sources of all variants.
    pub sources: Vec<Source>,
    /// True when every variant is a direct quotation.
    pub direct: bool,
}

impl QuoteGroup {
    /// The wordings other than the canonical one, for displays that show
    /// the canonical wording already.
    pub fn other_wordings(&self) -> Vec<&QuoteVariant> {
        self.variants.iter().filter(|v| v.text != self.text).collect()
    }

    /// True when `wording` (the canonical text or a variant's) ran in
    /// quotation marks: a group of direct quotes and reported paraphrases
    /// shows each wording as what it is.
    pub fn quoted(&self, wording: &str) -> bool {
        self.direct || self.variants.iter().any(|v| v.direct && v.text == wording)
    }

    /// True when `wording` is reported only as something the speaker denied.
    pub fn denied(&self, wording: &str) -> bool {
        !self.quoted(wording) && self.variants.iter().any(|v| v.denied && v.text == wording)
    }

    /// True when `other` is by the same speaker: the same resolved entity,
    /// or the same name whatever its case ("Analysts told …", "… analysts said").
    pub fn same_speaker(&self, other: &QuoteGroup) -> bool {
        match (&self.speaker.entity, &other.speaker.entity) {
            (Some(a), Some(b)) => a == b,
            _ => self.speaker.name.to_lowercase() == other.speaker.name.to_lowercase(),
        }
    }
}

impl Dossier {
    /// The quote groups gathered under their speakers: each speaker where its
    /// first group stands, named as there, its groups in their own order.
    pub fn quotes_by_speaker(&self) -> Vec<(&str, Vec<&QuoteGroup>)> {
        let mut out: Vec<(&str, Vec<&QuoteGroup>)> = Vec::new();
        for q in &self.quotes {
            match out.iter_mut().find(|(_, groups)| groups[0].same_speaker(q)) {
                Some((_, groups)) => groups.push(q),
                None => out.push((&q.speaker.name, vec![q])),
            }
        }
        out
    }
}

/// A dated event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// TimeML value, or a `START/END` span.
    pub date: String,
    /// What happened.
    pub text: String,
    /// Supporting sentences.
    pub sources: Vec<Source>,
}

/// What two accounts disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscrepancyKind {
    /// Different dates for the same event.
    Date,
    /// Different numbers.
    Number,
    /// A different actor or speaker.
    Actor,
    /// One side negates what the other asserts.
    Negation,
    /// A quote worded so differently that its meaning shifts.
    Wording,
    /// An article telling an earlier stage of the story.
    EarlierStage,
    /// An article updated long after it was published.
    Updated,
}

impl DiscrepancyKind {
    /// The kind in words, for a reader ("earlier stage").
    pub fn label(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Number => "number",
            Self::Actor => "actor",
            Self::Negation => "negation",
            Self::Wording => "wording",
            Self::EarlierStage => "earlier stage",
            Self::Updated => "updated",
        }
    }
}

/// One side of a discrepancy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Side {
    /// What this side says.
    pub text: String,
    /// Where it says it.
    pub sources: Vec<Source>,
}

/// Accounts that disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// What kind of disagreement.
    pub kind: DiscrepancyKind,
    /// One line explaining it.
    pub description: String,
    /// The sides, each with its sources.
    pub sides: Vec<Side>,
}

/// An entity as it appears across the story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntitySummary {
    /// Store-wide entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Type.
    #[serde(rename = "type")]
    pub kind: crate::EntityType,
    /// All aliases seen across the story.
    pub aliases: Vec<String>,
    /// Sentences mentioning it.
    pub sources: Vec<Source>,
}

/// The cross-checked account of one story (`story ID --format json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dossier {
    /// Story id.
    pub id: String,
    /// Story title.
    pub title: Option<String>,
    /// Coverage: the member articles.
    pub articles: Vec<CoverageItem>,
    /// Cited summary, in chronological order.
    pub summary: Vec<SummarySentence>,
    /// Facts, corroborated first.
    pub facts: Vec<Fact>,
    /// Quotes grouped by speaker and statement.
    pub quotes: Vec<QuoteGroup>,
    /// Dated events in order.
    pub timeline: Vec<TimelineEntry>,
    /// Where outlets disagree.
    pub discrepancies: Vec<Discrepancy>,
    /// Entities of the story, most mentioned first.
    pub entities: Vec<EntitySummary>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_discrepancy_kind_reads_as_its_json_name_in_words() {
        use DiscrepancyKind::*;
        for kind in [Date, Number, Actor, Negation, Wording, EarlierStage, Updated] {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(kind.label(), json.as_str().unwrap().replace('_', " "));
        }
    }

    use crate::Speaker;

    fn said(name: &str, entity: Option<&str>, text: &str) -> QuoteGroup {
        let speaker = Speaker { name: name.into(), entity: entity.map(str::to_string) };
        QuoteGroup { speaker, text: text.into(), variants: Vec::new(), sources: Vec::new(), direct: true }
    }

    #[test]
    fn quotes_gather_under_one_speaker_whatever_the_case_of_its_name() {
        let d = Dossier {
            id: "s1".into(),
            title: None,
            articles: Vec::new(),
            summary: Vec::new(),
            facts: Vec::new(),
            quotes: vec![
                said("analysts", None, "it was an attempt to show support"),
                said("Ada Lind", Some("person:ada-lind"), "we close the year"),
                said("Analysts", None, "she faces scrutiny"),
                said("Lind", Some("person:ada-lind"), "defend the gains"),
                said("Lind", None, "a third one"),
            ],
            timeline: Vec::new(),
            discrepancies: Vec::new(),
            entities: Vec::new(),
        };
        let by: Vec<(&str, usize)> = d.quotes_by_speaker().iter().map(|(n, g)| (*n, g.len())).collect();
        assert_eq!(by, vec![("analysts", 2), ("Ada Lind", 2), ("Lind", 1)]);
    }
}
