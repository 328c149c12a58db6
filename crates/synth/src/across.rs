//! Statements across languages. Sentences in different languages share
//! almost no stems, so their word similarity never says they state the same
//! thing; they do share the names and figures of what they state. Two
//! sentences of articles in different languages are taken for one statement
//! when they share at least [`MIN_SHARED`] such keys, a figure among them,
//! and the keys' cosine reaches [`MIN_COSINE`]. These pairs group facts
//! only: quotations and discrepancies, whose rules read English words
//! (negations, counted nouns), never compare sentences across languages.

use rustc_hash::FxHashMap;

use crate::desk::Desk;

/// Name and figure keys two sentences must share.
const MIN_SHARED: usize = 3;
/// Lowest cosine of the two sentences' key sets.
const MIN_COSINE: f32 = 0.5;
/// Letters of a capitalised word its key keeps ("Haldersens" and "Haldersen" meet).
const NAME_LETTERS: usize = 5;

/// The name and figure keys of line `l`: its capitalised words after the
/// first, cut to [`NAME_LETTERS`] lower-case letters, and its numbers.
fn keys(desk: &Desk, l: usize) -> Vec<String> {
    let line = &desk.lines[l];
    let words = line.text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).skip(1);
    let names = words.filter(|w| w.starts_with(char::is_uppercase)).map(|w| w.to_lowercase().chars().take(NAME_LETTERS).collect());
    let mut keys: Vec<String> = names.chain(line.numbers.iter().map(|n| format!("#{n}"))).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// `pairs` (as [`Desk::alike_pairs`] gives them) with the pairs of lines
/// in different languages that state one thing, most similar first; `pairs`
/// itself when the story is told in one language.
pub fn with_pairs_across_languages(desk: &Desk, pairs: &[(usize, usize, f32)]) -> Vec<(usize, usize, f32)> {
    if desk.main_language.is_none() {
        return pairs.to_vec();
    }
    let keys: Vec<Vec<String>> = (0..desk.lines.len()).map(|l| keys(desk, l)).collect();
    let mut postings: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (l, ks) in keys.iter().enumerate() {
        for k in ks {
            postings.entry(k.as_str()).or_default().push(l);
        }
    }
    let mut merged: FxHashMap<(usize, usize), f32> = pairs.iter().map(|&(a, b, s)| ((a, b), s)).collect();
    for (a, ka) in keys.iter().enumerate() {
        let Some(la) = desk.language(a) else { continue };
        // Per later line in another language: shared keys, and whether a figure is among them.
        let mut shared: FxHashMap<usize, (usize, bool)> = FxHashMap::default();
        for k in ka {
            for &b in &postings[k.as_str()] {
                if b > a && desk.language(b).is_some_and(|lb| lb != la) {
                    let entry = shared.entry(b).or_default();
                    entry.0 += 1;
                    entry.1 |= k.starts_with('#');
                }
            }
        }
        for (b, (n, figure)) in shared {
            let cosine = n as f32 / ((ka.len() * keys[b].len()) as f32).sqrt();
            if n >= MIN_SHARED && figure && cosine >= MIN_COSINE {
                let sim = merged.entry((a, b)).or_insert(0.0);
                *sim = sim.max(cosine);
            }
        }
    }
    let mut out: Vec<(usize, usize, f32)> = merged.into_iter().map(|((a, b), s)| (a, b, s)).collect();
    out.sort_by(|x, y| y.2.total_cmp(&x.2).then((x.0, x.1).cmp(&(y.0, y.1))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::{facts, statements};
    use crate::testkit::member;
    use crate::Member;

    fn in_language(mut m: Member, lang: &str) -> Member {
        m.article.language = Some(lang.into());
        m
    }

    #[test]
    fn a_fact_is_corroborated_across_languages_by_its_names_and_figures() {
        let en = |id: &str, outlet: &str| {
            let sentences = [
                "Mayor Ingrid Haldersen said 2350 homes in the Marrow valley were evacuated and 17 bridges closed.",
                "Shops stayed open in the old town.",
            ];
            in_language(member(id, Some(outlet), "2031-03-10", &sentences), "en")
        };
        let de = in_language(
            member("d", Some("Beispielzeitung"), "2031-03-10", &[
                "Bürgermeisterin Ingrid Haldersen sagte, 2350 Häuser im Marrow-Tal seien geräumt und 17 Brücken gesperrt.",
                "Ingrid Haldersen besuchte 2019 die Schule.",
            ]),
            "de",
        );
        let members = vec![en("a", "Ledger"), en("b", "Courier"), de];
        let desk = Desk::new(&members);
        let pairs = with_pairs_across_languages(&desk, &desk.alike_pairs(0.2));
        let all = facts(&desk, &statements(&desk, &pairs));
        let evacuated = all.iter().find(|f| f.text.contains("evacuated")).expect("the evacuation fact");
        assert_eq!(evacuated.outlets.len(), 3, "{evacuated:#?}");
        assert!(evacuated.text.starts_with("Mayor"), "worded in the main language");
        // Two shared names and no shared figure: no statement across languages.
        let school = all.iter().find(|f| f.text.contains("Schule"));
        assert!(school.is_none_or(|f| f.outlets.len() == 1), "{school:#?}");
        // One language: the pairs are left as they are.
        let english = vec![en("a", "Ledger"), en("b", "Courier")];
        let desk = Desk::new(&english);
        let pairs = desk.alike_pairs(0.2);
        assert_eq!(with_pairs_across_languages(&desk, &pairs), pairs);
    }
}
