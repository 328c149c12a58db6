//! Coverage (the member articles as listed in a dossier) and the story's
//! entities merged across articles.

use std::collections::HashMap;

use concord_model::{opening_words, CoverageItem, EntitySummary, EntityType, QuoteGroup, Source, Speaker};

use crate::Member;

/// The member articles, oldest first (undated last).
pub fn articles(members: &[Member]) -> Vec<CoverageItem> {
    let mut items: Vec<CoverageItem> = members
        .iter()
        .map(|m| CoverageItem {
            id: m.article.id.clone(),
            outlet: m.article.outlet.clone(),
            title: m.article.title.clone(),
            published: m.article.published.clone(),
            url: m.article.url.clone(),
            duplicate_of: m.duplicate_of.clone(),
            opening: m.article.title.is_none().then(|| opening_words(&m.article.body)).flatten(),
        })
        .collect();
    items.sort_by(|a, b| (a.published.is_none(), &a.published).cmp(&(b.published.is_none(), &b.published)));
    items
}

/// Entities of the story merged by id, most cited first.
pub fn entities(members: &[Member]) -> Vec<EntitySummary> {
    let mut by_id: HashMap<&str, EntitySummary> = HashMap::new();
    // demonym id → the id of the country it names ("other:iranian" → "place:iran")
    let mut countries: HashMap<&str, &str> = HashMap::new();
    for m in members {
        // The entity rules read English: in another language (where every
        // German noun is capitalised, say) only what they would find in any
        // language is listed.
        let english = m.article.language.as_deref().is_none_or(|l| l == "en");
        let listed = m.analysis.entities.iter().filter(|e| english || concord_analyse::entities::known_in_any_language(e));
        for e in listed {
            if let Some(nation) = e.nation() {
                countries.insert(e.id.as_str(), nation.id.as_str());
            }
            let entry = by_id.entry(e.id.as_str()).or_insert_with(|| EntitySummary {
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: Vec::new(),
                sources: Vec::new(),
            });
            if e.name.len() > entry.name.len() {
                entry.name = e.name.clone();
            }
            for a in e.aliases.iter().chain(e.mentions.iter().map(|x| &x.text)) {
                if !entry.aliases.contains(a) {
                    entry.aliases.push(a.clone());
                }
            }
            entry.sources.extend(e.mentions.iter().map(|x| Source { article: m.article.id.clone(), sentence: x.sentence }));
        }
    }
    let mut out: Vec<EntitySummary> = by_id.into_values().collect();
    surnames_join_full_names(&mut out);
    demonyms_join_their_country(&mut out, &countries);
    for e in &mut out {
        e.sources.sort();
        e.sources.dedup();
        let name = e.name.clone();
        e.aliases.retain(|a| *a != name);
        e.aliases.sort();
    }
    // Ids break ties ("Biden" the person and "Biden" a mis-typed organisation),
    // so a dossier reads the same every time it is made.
    out.sort_by(|a, b| b.sources.len().cmp(&a.sources.len()).then(a.name.cmp(&b.name)).then(a.id.cmp(&b.id)));
    out
}

/// "Iranian hackers" speak of Iran: a demonym's mentions count for the
/// country it names, as an alias of it, when the story names that country.
fn demonyms_join_their_country(out: &mut Vec<EntitySummary>, countries: &HashMap<&str, &str>) {
    let joins: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let place = countries.get(e.id.as_str())?;
            Some((i, out.iter().position(|p| p.id == *place)?))
        })
        .collect();
    merge_into(out, &joins);
}

/// Moves each `(from, into)` entry's name, aliases and sources into the
/// other and drops it.
fn merge_into(out: &mut Vec<EntitySummary>, joins: &[(usize, usize)]) {
    for &(from, owner) in joins {
        let gone = std::mem::take(&mut out[from].aliases);
        let name = out[from].name.clone();
        let sources = std::mem::take(&mut out[from].sources);
        let into = &mut out[owner];
        for a in std::iter::once(name).chain(gone) {
            if !into.aliases.contains(&a) {
                into.aliases.push(a);
            }
        }
        into.sources.extend(sources);
    }
    let mut joined = vec![false; out.len()];
    for &(from, _) in joins {
        joined[from] = true;
    }
    let mut kept = joined.into_iter().map(|gone| !gone);
    out.retain(|_| kept.next().unwrap_or(true));
}

/// A person one article names by surname alone ("Trump") is the person
/// another names in full ("Donald Trump"), when the story names only one
/// such person in full (not with both "Donald Trump" and "Melania Trump").
fn surnames_join_full_names(out: &mut Vec<EntitySummary>) {
    let person = |e: &EntitySummary| e.kind == EntityType::Person;
    let mut by_surname: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, e) in out.iter().enumerate().filter(|(_, e)| person(e) && e.name.contains(' ')) {
        by_surname.entry(e.name.rsplit(' ').next().unwrap_or(&e.name)).or_default().push(j);
    }
    let joins: Vec<(usize, usize)> = out
        .iter()
        .enumerate()
        .filter(|(_, e)| person(e) && !e.name.contains(' '))
        .filter_map(|(i, e)| match by_surname.get(e.name.as_str()).map(Vec::as_slice) {
            Some(&[owner]) => Some((i, owner)),
            _ => None,
        })
        .collect();
    merge_into(out, &joins);
}

/// A quote's speaker whose entity was joined into another (a surname alone
/// into the one full name) speaks as the entity listed, so that one person
/// is not shown under two headings.
pub fn speakers_as_listed(quotes: &mut [QuoteGroup], entities: &[EntitySummary]) {
    for q in quotes {
        let Some(id) = q.speaker.entity.as_deref() else { continue };
        if entities.iter().any(|e| e.id == id) {
            continue;
        }
        let mut owners = entities
            .iter()
            .filter(|e| e.kind == EntityType::Person && e.aliases.contains(&q.speaker.name));
        if let (Some(owner), None) = (owners.next(), owners.next()) {
            q.speaker = Speaker { name: owner.name.clone(), entity: Some(owner.id.clone()) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{entity, member};

    #[test]
    fn entities_merge_by_id_across_articles() {
        let mut a = member("a", None, "2031-01-02", &["The Port Authority of Carrow closed the pier."]);
        entity(&mut a, "organisation:port-authority-of-carrow", "Port Authority of Carrow", EntityType::Organisation, 0, "Port Authority of Carrow");
        let mut b = member("b", None, "", &["The PAC said the pier stays shut.", "The PAC will review it."]);
        entity(&mut b, "organisation:port-authority-of-carrow", "PAC", EntityType::Organisation, 0, "PAC");
        entity(&mut b, "organisation:port-authority-of-carrow", "PAC", EntityType::Organisation, 1, "PAC");
        let e = entities(&[a.clone(), b.clone()]);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].name, "Port Authority of Carrow");
        assert_eq!(e[0].aliases, vec!["PAC"]);
        assert_eq!(e[0].sources.len(), 3);
        let items = articles(&[b, a]);
        assert_eq!(items[0].id, "a", "dated first");
    }

    #[test]
    fn a_demonym_counts_for_the_country_it_names_when_the_story_names_it() {
        let demonym = |m: &mut Member, id: &str, name: &str, place: &str, country: &str, s: usize| {
            entity(m, id, name, EntityType::Other, s, name);
            let e = m.analysis.entities.iter_mut().find(|e| e.id == id).expect("added");
            e.related.push(concord_model::Related { id: place.into(), name: country.into(), weight: 1.0 });
            e.country = Some(country.into());
        };
        let mut a = member("a", None, "2031-01-02", &["Valdorian hackers struck Carrow.", "Valdoria denied it.", "Ruritanian experts agreed."]);
        entity(&mut a, "place:valdoria", "Valdoria", EntityType::Place, 1, "Valdoria");
        demonym(&mut a, "other:valdorian", "Valdorian", "place:valdoria", "Valdoria", 0);
        demonym(&mut a, "other:ruritanian", "Ruritanian", "place:ruritania", "Ruritania", 2);
        let e = entities(&[a]);
        let valdoria = e.iter().find(|e| e.id == "place:valdoria").expect("listed");
        assert_eq!((valdoria.name.as_str(), valdoria.aliases.clone(), valdoria.sources.len()), ("Valdoria", vec!["Valdorian".to_string()], 2));
        assert!(!e.iter().any(|e| e.id == "other:valdorian"));
        assert!(e.iter().any(|e| e.id == "other:ruritanian"), "a country the story does not name is not made up");
    }

    #[test]
    fn a_surname_alone_joins_the_one_full_name_another_article_gives() {
        let mut a = member("a", None, "2031-01-02", &["Ada Lind and Omar Ekpo met.", "Ben Ekpo came too."]);
        entity(&mut a, "person:ada-lind", "Ada Lind", EntityType::Person, 0, "Ada Lind");
        entity(&mut a, "person:omar-ekpo", "Omar Ekpo", EntityType::Person, 0, "Omar Ekpo");
        entity(&mut a, "person:ben-ekpo", "Ben Ekpo", EntityType::Person, 1, "Ben Ekpo");
        let mut b = member("b", None, "", &["Lind spoke.", "Ekpo left."]);
        entity(&mut b, "person:lind", "Lind", EntityType::Person, 0, "Lind");
        entity(&mut b, "person:ekpo", "Ekpo", EntityType::Person, 1, "Ekpo");
        let e = entities(&[a, b]);
        let lind = e.iter().find(|e| e.id == "person:ada-lind").expect("listed");
        assert_eq!((lind.aliases.clone(), lind.sources.len()), (vec!["Lind".to_string()], 2));
        assert!(!e.iter().any(|e| e.id == "person:lind"));
        assert!(e.iter().any(|e| e.id == "person:ekpo"), "two Ekpos named in full: the lone one stays apart");
        let said = |name: &str, id: &str| QuoteGroup {
            speaker: Speaker { name: name.into(), entity: Some(id.into()) },
            text: "the pier stays shut".into(),
            variants: Vec::new(),
            sources: Vec::new(),
            direct: true,
        };
        let mut quotes = vec![said("Lind", "person:lind"), said("Ekpo", "person:ekpo")];
        speakers_as_listed(&mut quotes, &e);
        assert_eq!(quotes[0].speaker, Speaker { name: "Ada Lind".into(), entity: Some("person:ada-lind".into()) });
        assert_eq!(quotes[1].speaker.name, "Ekpo", "still listed as itself");
    }

    #[test]
    fn namesakes_of_two_types_list_in_one_order() {
        let mut a = member("a", None, "2031-01-02", &["Carrow spoke.", "Carrow sued."]);
        entity(&mut a, "person:carrow", "Carrow", EntityType::Person, 0, "Carrow");
        entity(&mut a, "organisation:carrow", "Carrow", EntityType::Organisation, 1, "Carrow");
        for _ in 0..8 {
            let ids: Vec<String> = entities(std::slice::from_ref(&a)).into_iter().map(|e| e.id).collect();
            assert_eq!(ids, vec!["organisation:carrow", "person:carrow"]);
        }
    }

    #[test]
    fn in_another_language_only_entities_known_in_any_language_are_listed() {
        let sentences = ["Der Regen traf Berlin.", "Anna Weber sagte es."];
        let mut de = member("de", None, "2031-01-02", &sentences);
        de.article.language = Some("de".into());
        entity(&mut de, "organisation:regen", "Regen", EntityType::Organisation, 0, "Regen");
        entity(&mut de, "place:berlin", "Berlin", EntityType::Place, 0, "Berlin");
        entity(&mut de, "person:anna-weber", "Anna Weber", EntityType::Person, 1, "Anna Weber");
        let ids = |m: &Member| entities(std::slice::from_ref(m)).into_iter().map(|e| e.id).collect::<Vec<_>>();
        let mut listed = ids(&de);
        listed.sort();
        assert_eq!(listed, vec!["person:anna-weber", "place:berlin"]);
        de.article.language = Some("en".into());
        assert_eq!(ids(&de).len(), 3, "English text keeps what the rules found");
    }
}
