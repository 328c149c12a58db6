//! The weights and thresholds of clustering, with the values fitted on dev data
//! (see the crate README for how each was fitted).

/// Clustering weights and thresholds.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Weight of a term that occurs in the headline.
    pub title_boost: f32,
    /// Weight of a term that occurs in the lead (first 60 words).
    pub lead_boost: f32,
    /// Share of the text score that comes from the most similar member rather
    /// than the story centroid (1: single link, 0: centroid only).
    pub member_link: f32,
    /// Body terms kept per article in memory (most salient by tf-idf).
    pub article_terms: usize,
    /// Terms kept per story centroid.
    pub story_terms: usize,
    /// Virtual articles without a term added to the document count of its
    /// idf: in a small archive nothing shows yet which terms are common, so
    /// every term is about equally telling (the seeds' five articles stay
    /// one story).
    pub idf_prior_docs: usize,
    /// Weight of each named entity, as an extra term of the article vector
    /// (its idf discounts entities every story mentions).
    pub entity_weight: f32,
    /// Largest penalty for publication-time distance.
    pub time_weight: f32,
    /// Gap in days at which the time penalty reaches 63% of its largest value
    /// (it grows with the square of the gap, so a day or two costs little).
    pub time_scale_days: f32,
    /// Lowest score at which an article joins a story when the article or the
    /// story has no date (text alone must carry the decision).
    pub join: f32,
    /// Lowest score at which a dated article joins a dated story (the time
    /// penalty already keeps apart same-topic stories weeks apart).
    pub join_dated: f32,
    /// Lowest story-to-story score at which two stories merge.
    pub merge: f32,
    /// Below this similarity to the rest of its story a member is split off.
    pub split: f32,
    /// Lowest estimated shingle Jaccard of a duplicate.
    pub duplicate: f32,
    /// Share of a score that comes from sentence embeddings when both sides
    /// have one (the rest from the text terms); 0 ignores embeddings.
    pub embedding_weight: f32,
    /// Hubness discount: each side of a pair loses `hub_weight / 2` times the
    /// mean of its five highest cosines with other articles (an article close
    /// to many others is generic, so its cosines tell less); 0 turns it off.
    pub hub_weight: f32,
    /// Subtracted from an embedding cosine before blending (cosines of
    /// unrelated news texts sit well above 0, unlike tf-idf cosines).
    pub embedding_offset: f32,
    /// Hubness discount of the re-check (as [`Params::hub_weight`]; by then
    /// the neighbours have arrived, so the hubness is known better).
    pub recheck_hub_weight: f32,
    /// Lowest mean score with a story's members at which the re-check keeps
    /// an article in, or moves it to, that story.
    pub recheck_join: f32,
    /// [`Params::recheck_join`] when the article and the story are both dated.
    pub recheck_join_dated: f32,
    /// Lowest mean text cosine (before the hubness discount) at which the
    /// re-check keeps an article in a story: articles without neighbours
    /// have almost no hubness to discount, and their faint similarities must
    /// not join them to anything.
    pub recheck_floor: f32,
    /// Lowest mean text cosine with a big story's 16 newest members at which
    /// the re-check keeps an article in, or moves it to, that story (whose
    /// score then counts the 16 of its newest 128 closest to the article).
    /// The reports of one big event stay well above it (1% of them below
    /// 0.094 in `concord eval cluster --event 400`); a story chained from two
    /// events has its newest members in the later one, and the members of
    /// the earlier one fall below it and leave.
    pub recheck_newest_floor: f32,
    /// Lowest cosine of name keys (less the time penalty) at which an
    /// article that found no story in its own language joins the story of
    /// an article in another language.
    pub cross_join: f32,
    /// Lowest embedding score at which an article that found no story in
    /// its own language, nor one in another language by its names, joins the
    /// story of the closest recent article in another language. The score is
    /// the cosine less the mean of both sides' cross-language hubness (each
    /// side's five highest cosines with articles in other languages: a
    /// vector close to everything says little) and the time penalty. Only a
    /// multilingual model's vectors mean anything across languages, so it is
    /// off (`None`) by default; see [`Params::multilingual_embeddings`].
    pub cross_embedding_join: Option<f32>,
    /// The cross-language hubness assumed for neighbours not yet met: the
    /// model's typical cosine of unrelated articles in two languages.
    pub cross_embedding_prior: f32,
}

impl Default for Params {
    fn default() -> Params {
        Params {
            title_boost: 2.0,
            lead_boost: 0.5,
            member_link: 0.75,
            article_terms: 64,
            story_terms: 150,
            idf_prior_docs: 1000,
            entity_weight: 1.0,
            time_weight: 1.0,
            time_scale_days: 5.0,
            join: 0.225,
            join_dated: 0.15,
            merge: 0.6,
            split: 0.05,
            duplicate: 0.5,
            embedding_weight: 0.35,
            embedding_offset: 0.35,
            hub_weight: 0.75,
            recheck_hub_weight: 1.0,
            recheck_join: -0.02,
            recheck_join_dated: 0.02,
            recheck_floor: 0.15,
            recheck_newest_floor: 0.08,
            cross_join: 0.25,
            cross_embedding_join: None,
            cross_embedding_prior: 0.0,
        }
    }
}

impl Params {
    /// The weights for embeddings from multilingual-e5-small: they join
    /// stories across languages only. Blended into same-language scores they
    /// lowered the held-out roundups BCubed at every weight tried (0.8399
    /// text alone; 0.8390–0.8345 at weights 0.15–0.35, offsets 0.75–0.85).
    pub fn multilingual_embeddings() -> Params {
        Params {
            embedding_weight: 0.0,
            cross_embedding_join: Some(0.02),
            cross_embedding_prior: 0.77,
            ..Params::default()
        }
    }
}
