//! The periodic re-check: recent articles are placed again once their
//! neighbours have arrived. An article's hubness (how close it is to
//! everything) is only known once the articles like it are indexed, so an
//! early placement under-discounts generic articles and chains stories
//! together; the re-check scores each article against each candidate story
//! by the mean of its hubness-discounted cosines with the story's members
//! (average linkage, which does not chain), and moves it where that mean is
//! highest, or into a story of its own when no mean reaches the threshold.
//! It scores text alone: sentence embeddings count in the first placement,
//! and blending them here too (with its own fitted offset) gained nothing.
//! Only members in the article's language count in a mean; an article that
//! no story in its language takes may stay with, or go to, a story in
//! another language as in its first placement.

use rustc_hash::FxHashSet;

use super::*;

/// Candidate stories scored per article.
const RECHECK_CANDIDATES: usize = 16;
/// How many of a big story's newest members are searched for the
/// [`LINKED_MEMBERS`] closest to the article: a big event is told in many
/// selections of its facts, and the newest sixteen reports are a random
/// sample of them, which a report on other facts of the event is far from.
const RECHECK_WINDOW: usize = 128;

/// The stories as they were when the re-check began.
struct Before<'a> {
    /// Each member's story.
    story: &'a [u32],
    /// The first story opened since (stories are numbered in opening order).
    opened_from: u32,
}

impl StoryIndex {
    /// Re-checks the newest `window` articles (see the module doc) in arrival
    /// order; returns the moves, and each story left empty (its id then
    /// resolves to the story that took its last member).
    pub fn recheck(&mut self, window: usize) -> Vec<Change> {
        let mut changes = Vec::new();
        let window = self.members.len().saturating_sub(window) as u32..self.members.len() as u32;
        let roots: Vec<u32> = window.filter(|&m| !self.is_duplicate[m as usize]).collect();
        // Who is whose mate is read from the stories as they were before
        // the re-check: otherwise each member leaving a big story would
        // count as an outside neighbour of the rest and push them out too.
        let before: Vec<u32> = (0..self.members.len()).map(|o| self.resolve(self.members[o].story)).collect();
        let before = Before { story: &before, opened_from: self.stories.len() as u32 };
        let mut changed = FxHashSet::default();
        for &m in &roots {
            changed.extend(self.replace(m, &before, &mut changes).into_iter().flatten());
        }
        // A second pass over the stories the first one changed settles most
        // of what is left (a third moves a tenth as many again).
        for m in roots {
            if changed.contains(&self.resolve(self.members[m as usize].story)) {
                self.replace(m, &before, &mut changes);
            }
        }
        changes
    }

    /// Places member `m` (with its duplicates) again; a member that stays
    /// (most do) is left as it is. Returns the stories it left and joined
    /// when it moved.
    fn replace(&mut self, m: u32, before: &Before, changes: &mut Vec<Change>) -> Option<[u32; 2]> {
        let s = self.resolve(self.members[m as usize].story);
        let to = match self.best_by_mean(m, s, before).or_else(|| self.story_across_languages(m)) {
            Some(to) => to,
            None if self.stories[s as usize].members.iter().all(|&x| x == m || self.is_duplicate[x as usize]) => s,
            None => self.open_story_of(m),
        };
        if to == s {
            return None;
        }
        self.move_member(m, s, to, changes);
        if self.stories[s as usize].members.is_empty() {
            self.merged_into[s as usize] = to;
            self.stories[s as usize].set_centroid(Vector::default());
            let (from, into) = (self.stories[s as usize].id.clone(), self.stories[to as usize].id.clone());
            changes.push(Change::Emptied { from, into });
        }
        Some([s, to])
    }

    /// The story whose members are closest to member `m` on average (all of
    /// a small story; of a bigger one, the [`LINKED_MEMBERS`] of its newest
    /// [`RECHECK_WINDOW`] closest to `m`), in text cosines net of both
    /// sides' hubness, less the time penalty (the
    /// story `current` it is in always competes, the member left out of its
    /// mean), if that mean reaches
    /// [`Params::recheck_join`] (or [`Params::recheck_join_dated`] when the
    /// article and the story are both dated). `before` holds each member's
    /// story when the re-check began, which says who counts as a mate in
    /// the hubness (`Neighbours::hubness_in`), and which stories were opened
    /// since.
    fn best_by_mean(&mut self, m: u32, current: u32, before: &Before) -> Option<u32> {
        let terms = self.members[m as usize].terms.clone();
        let query = self.query(&terms);
        let half_hub = 0.5 * self.params.recheck_hub_weight;
        let mut best: Option<(u32, f32)> = None;
        let when = Span::at(self.members[m as usize].hours);
        let mut candidates = self.candidates(&terms, &query, None, (when, self.params.recheck_join_dated));
        candidates.truncate(RECHECK_CANDIDATES);
        if !candidates.contains(&current) {
            candidates.push(current);
        }
        let (linked, starts) = self.newest(&candidates, RECHECK_WINDOW);
        self.warm(&candidates, &linked);
        let member = &self.members[m as usize];
        for (&s, at) in candidates.iter().zip(starts.windows(2)) {
            // The member itself does not count in its own story's mean, nor
            // do members in other languages (their words cannot match).
            let mut near: Vec<(u32, f32)> = linked[at[0]..at[1]]
                .iter()
                .copied()
                .filter(|&o| o != m && self.same_language(m, o))
                .map(|o| (o, query.cosine(&self.members[o as usize].terms, self.members[o as usize].norm)))
                .collect();
            if near.is_empty() {
                continue;
            }
            // A story bigger than the linked members is judged by those
            // closest to the article, so long as the newest of them are not
            // all but unrelated to it (a story chained from two events keeps
            // its newest members in the later one).
            if near.len() > LINKED_MEMBERS {
                let newest = &near[..LINKED_MEMBERS];
                if newest.iter().map(|p| p.1).sum::<f32>() / (LINKED_MEMBERS as f32) < self.params.recheck_newest_floor {
                    continue;
                }
                near.sort_unstable_by(|a, b| b.1.total_cmp(&a.1));
                near.truncate(LINKED_MEMBERS);
            }
            let linked: Vec<u32> = near.iter().map(|p| p.0).collect();
            let n = linked.len();
            let cosine = near.iter().map(|p| p.1).sum::<f32>() / n as f32;
            if cosine < self.params.recheck_floor {
                continue;
            }
            // Mates as the stories were when the re-check began. A story
            // opened since holds members that left one story together (the
            // earlier event of a chained story): its members' old mates are
            // mates too, or each leaver would count those still outside as
            // neighbours and the event could not come together again.
            let was = |o: u32| before.story.get(o as usize).map(|&b| self.resolve(b));
            let (was_m, fresh) = (was(m), s >= before.opened_from);
            let mate = |o: u32| o != m && (was(o) == Some(s) || (fresh && was_m.is_some() && was(o) == was_m));
            let own = member.nearest.hubness_in(mate, cosine);
            let hubs: f32 = linked.iter().map(|&o| own + self.members[o as usize].nearest.hubness_in(mate, cosine)).sum();
            let score = cosine - half_hub * hubs / n as f32
                - self.time_penalty(self.spans[s as usize], Span::at(member.hours));
            let join = if member.hours.is_some() && self.spans[s as usize].is_dated() {
                self.params.recheck_join_dated
            } else {
                self.params.recheck_join
            };
            if score >= join && best.is_none_or(|b| score > b.1) {
                best = Some((s, score));
            }
        }
        best.map(|b| b.0)
    }
}

#[cfg(test)]
mod tests {
    use concord_model::Analysis;

    use crate::{Change, Params, StoryIndex};

    #[test]
    fn a_chained_story_comes_apart_and_the_moves_say_so() {
        // Joining at any score chains every article into the first story;
        // the re-check's average linkage takes the budget articles out.
        let params = Params { join: -1.0, join_dated: -1.0, merge: 2.0, ..Params::default() };
        let mut index = StoryIndex::new(params);
        let articles = crate::fixtures::chained_stories();
        for article in &articles {
            index.add(article, &Analysis::default());
        }
        let story = |index: &StoryIndex, id: &str| index.placements().find(|p| p.0 == id).unwrap().1.to_string();
        assert!(articles.iter().all(|a| story(&index, &a.id) == story(&index, "b1")), "chained at first");
        let chained = story(&index, "s1");
        let changes = index.recheck(articles.len());
        assert_eq!(story(&index, "b1"), story(&index, "b2"));
        assert_ne!(story(&index, "b1"), story(&index, "s1"));
        for s in ["s1", "s2", "s3", "s4"] {
            assert_eq!(story(&index, s), chained, "{s} stays in the story it had");
        }
        let moved: Vec<&str> = changes
            .iter()
            .filter_map(|c| match c {
                Change::Move { article, from, to } if from == &chained && to == &story(&index, "b1") => Some(article.as_str()),
                _ => None,
            })
            .collect();
        assert!(moved.contains(&"b2"), "{changes:?}");
        assert_eq!(index.recheck(articles.len()), vec![], "a second re-check finds nothing to move");
    }
}
