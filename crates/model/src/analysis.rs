//! What language analysis finds in an article body: sentences, entities with
//! their mentions, time expressions and quotations. Every `start`/`end` is a
//! UTF-8 byte offset into the analysed text, end exclusive.

use serde::{Deserialize, Serialize};

/// The analysis of one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Sentences in text order; their index is the `sentence` of a [`crate::Source`].
    pub sentences: Vec<Sentence>,
    /// Canonical entities with their mentions in this text.
    pub entities: Vec<Entity>,
    /// Time expressions with normalised values.
    pub timexes: Vec<Timex>,
    /// Direct and reported quotations.
    pub quotes: Vec<Quote>,
}

/// A sentence span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The sentence text (`body[start..end]`).
    pub text: String,
}

/// Entity types (DESIGN.md): group covers threat actors, militias, parties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A person.
    Person,
    /// A company, agency, outlet, campaign or other organisation.
    Organisation,
    /// A country, city, region or other place.
    Place,
    /// A threat actor, militia, party or other group.
    Group,
    /// Anything else that is named.
    Other,
}

impl EntityType {
    /// The lowercase name used in JSON and in the store.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organisation => "organisation",
            EntityType::Place => "place",
            EntityType::Group => "group",
            EntityType::Other => "other",
        }
    }
}

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// Index of the sentence holding it.
    pub sentence: usize,
}

/// A weighted link to another entity that is related but not the same
/// (threat-actor synonyms that vendors dispute, for instance).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Related {
    /// The other entity's id.
    pub id: String,
    /// Its canonical name.
    pub name: String,
    /// Strength of the link, 0..1.
    pub weight: f32,
}

/// A canonical entity and its mentions in one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Store-wide id derived from type and canonical name (`organisation:fbi`),
    /// so that the same entity in two articles gets the same id.
    pub id: String,
    /// Canonical name (the longest full form seen).
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Other names that refer to it (acronyms, short forms, spellings).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Where it is mentioned.
    #[serde(default)]
    pub mentions: Vec<Mention>,
    /// Related but distinct entities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// For a place: the country it belongs to, or for a demonym the country it names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

impl Entity {
    /// For a demonym ("Iranian"), its link to the country it names.
    pub fn nation(&self) -> Option<&Related> {
        if self.kind != EntityType::Other {
            return None;
        }
        let country = self.country.as_deref()?;
        self.related.iter().find(|r| r.name == country && r.weight >= 1.0)
    }
}

/// TimeML TIMEX3 types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimexType {
    /// A calendar date or period (`2024-08-19`, `2024-W33`, `2024`).
    Date,
    /// A time of day.
    Time,
    /// A length of time (`P1M`).
    Duration,
    /// A recurring time (`every Monday`).
    Set,
}

/// How precise a normalised value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    /// A time of day.
    Time,
    /// A day.
    Day,
    /// An ISO week.
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A year (or decade, century).
    Year,
    /// A duration.
    Duration,
}

/// Which date relative expressions were resolved against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AnchorKind {
    /// The article's own publication date.
    Published,
    /// The story's date, for an undated article (weaker evidence).
    Story,
}

/// The reference date for resolving relative time expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    /// Year.
    pub year: i32,
    /// Month 1..=12.
    pub month: u32,
    /// Day 1..=31.
    pub day: u32,
    /// Where the date came from.
    pub kind: AnchorKind,
}

/// A time expression.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Timex {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// TimeML value (`2024-08-19`, `2024-W33`, `P1M`, `PRESENT_REF`); null when
    /// it needs an anchor and none was known.
    pub value: Option<String>,
    /// TIMEX3 type.
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// Precision of the value.
    pub granularity: Option<Granularity>,
    /// What a relative expression was resolved against; null for absolute ones.
    pub anchor: Option<AnchorKind>,
    /// Index of the sentence holding it.
    pub sentence: usize,
}

/// Who said a quote.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker as resolved (canonical entity name, or the phrase used).
    pub name: String,
    /// The entity id, when the speaker resolved to one.
    pub entity: Option<String>,
}

/// A quotation, direct ("…" marks) or reported ("X said that …").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Byte offset of the first character of the quoted content.
    pub start: usize,
    /// Byte offset one past its last character.
    pub end: usize,
    /// The quoted content, without the quotation marks.
    pub text: String,
    /// Who said it.
    pub speaker: Option<Speaker>,
    /// The words of the text that name the speaker ("the company", "he",
    /// "a Harris campaign official"), which `speaker` resolves; that of
    /// the quote it continues for a quote that follows another. Absent
    /// when the text names no one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_mention: Option<Mention>,
    /// The cue verb or phrase ("said", "according to").
    pub cue: Option<String>,
    /// True for a direct quotation in quotation marks.
    pub direct: bool,
    /// Index of the sentence where the quote starts.
    pub sentence: usize,
    /// Index of the sentence where it ends (multi-sentence quotes).
    pub last_sentence: usize,
}
