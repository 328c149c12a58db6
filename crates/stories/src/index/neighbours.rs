//! An article's nearest neighbours: the highest cosines seen between it and
//! other articles, each with the article it was seen with. Their mean is the
//! article's hubness (a generic article is close to many others, so its
//! cosines count for less). Scored against a story, at most
//! [`MATES_COUNTED`] of its neighbours in that story count, so that the many
//! close members of a big story do not make each other look generic and
//! break it apart.

/// Nearest articles whose cosines are averaged into an article's hubness.
pub(super) const HUB_NEIGHBOURS: usize = 5;

/// Story mates counted among an article's nearest.
const MATES_COUNTED: usize = 2;

/// Share of the mean cosine with a story's members at which a mate is close.
const CLOSE_SHARE: f32 = 0.5;

/// Neighbours kept, so that [`HUB_NEIGHBOURS`] are left once the mates
/// beyond [`MATES_COUNTED`] are passed over (in a bigger story the slots
/// beyond these count 0).
const KEPT: usize = 16;

/// No article (a slot not yet filled, or a prior).
const NOBODY: u32 = u32::MAX;

/// The highest cosines with other articles, best first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Neighbours([(f32, u32); KEPT]);

impl Neighbours {
    /// No neighbour yet: every slot holds `prior`.
    pub(super) fn new(prior: f32) -> Self {
        Neighbours([(prior, NOBODY); KEPT])
    }

    /// Notes cosine `c` with article `other`; an article seen again keeps its higher cosine.
    pub(super) fn push(&mut self, other: u32, c: f32) {
        let slots = &mut self.0;
        if let Some(i) = slots.iter().position(|e| e.1 == other) {
            if c <= slots[i].0 {
                return;
            }
            slots.copy_within(i + 1.., i);
            slots[KEPT - 1] = (f32::MIN, NOBODY);
        }
        if c > slots[KEPT - 1].0 {
            let at = slots.partition_point(|e| e.0 >= c);
            slots.copy_within(at..KEPT - 1, at + 1);
            slots[at] = (c, other);
        }
    }

    /// Mean of the [`HUB_NEIGHBOURS`] highest cosines.
    pub(super) fn hubness(&self) -> f32 {
        self.0[..HUB_NEIGHBOURS].iter().map(|e| e.0).sum::<f32>() / HUB_NEIGHBOURS as f32
    }

    /// Mean of the [`HUB_NEIGHBOURS`] highest cosines, of which at most
    /// [`MATES_COUNTED`] at `close` or above with articles for which `mate`
    /// is true (the members of the story being scored): further close mates
    /// are passed over, while mates further off still count (a story
    /// chained from two events is not one big story).
    pub(super) fn hubness_in(&self, mate: impl Fn(u32) -> bool, close: f32) -> f32 {
        let mut mates = 0;
        let counted = self.0.iter().filter(|e| {
            let close_mate = e.0 >= CLOSE_SHARE * close && e.1 != NOBODY && mate(e.1);
            mates += usize::from(close_mate);
            !close_mate || mates <= MATES_COUNTED
        });
        counted.take(HUB_NEIGHBOURS).map(|e| e.0).sum::<f32>() / HUB_NEIGHBOURS as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_highest_cosines_are_kept_best_first_once_per_article() {
        let mut n = Neighbours::new(0.0);
        for (o, c) in [(1, 0.1), (2, 0.5), (3, 0.3), (4, 0.05), (5, 0.9), (6, 0.2), (7, 0.4), (2, 0.45), (3, 0.35)] {
            n.push(o, c);
        }
        assert_eq!(n.0[..6].iter().map(|e| e.1).collect::<Vec<_>>(), [5, 2, 7, 3, 6, 1]);
        assert!((n.hubness() - (0.9 + 0.5 + 0.4 + 0.35 + 0.2) / 5.0).abs() < 1e-6);
        // two mates count, the third is passed over
        let in_story = n.hubness_in(|o| [5, 2, 7].contains(&o), 0.0);
        assert!((in_story - (0.9 + 0.5 + 0.35 + 0.2 + 0.1) / 5.0).abs() < 1e-6);
        assert_eq!(n.hubness_in(|o| o == 5, 0.0), n.hubness());
        // mates below half the mean cosine count however many there are
        assert_eq!(n.hubness_in(|o| [5, 2, 7].contains(&o), 0.9), n.hubness());
    }

    #[test]
    fn a_full_list_drops_its_lowest_and_a_prior_fills_empty_slots() {
        let mut n = Neighbours::new(0.7);
        assert!((n.hubness() - 0.7).abs() < 1e-6);
        for o in 0..40 {
            n.push(o, 0.71 + o as f32 / 1000.0);
        }
        assert_eq!(n.0[0].1, 39);
        assert_eq!(n.0[KEPT - 1].1, 40 - KEPT as u32);
        // every kept neighbour a mate: two count, nothing else is known
        assert!((n.hubness_in(|_| true, 0.0) - (0.749 + 0.748) / 5.0).abs() < 1e-6);
    }
}
