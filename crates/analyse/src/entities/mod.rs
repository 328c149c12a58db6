//! Named entities: mentions found, typed and merged into canonical entities.
//!
//! No statistical model: a tokenizer ([`token`]) feeds a chunker of
//! capitalised runs and listed names ([`chunk`], [`gazetteer`], [`cues`]);
//! [`classify`] types each candidate from lists, titles, head words, shape and
//! context and makes types consistent over the document; [`compound`] finds
//! owner-named organisations ("Iran's UN mission"); [`canon`] merges mentions
//! into entities with stable `type:slug` ids.

pub mod canon;
pub mod chunk;
pub mod classify;
pub mod compound;
pub mod cues;
pub mod gazetteer;
pub mod languages;
pub mod token;

use std::collections::HashSet;

use concord_model::{Entity, Sentence};

use crate::Language;

use token::Shape;

/// Longest text analysed, in bytes; the rest is ignored (bounds time on hostile input).
const MAX_TEXT: usize = 2_000_000;

/// Finds the entities of `text`, whose `sentences` give mentions their sentence index.
pub fn recognise(text: &str, sentences: &[Sentence], language: Language) -> Vec<Entity> {
    let mut cut = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let tokens = token::tokenise(text, sentences);
    let vocabulary: HashSet<String> =
        tokens.iter().filter(|t| t.shape == Shape::Lower && !t.shouting).map(|t| t.text.to_string()).collect();
    let spans = chunk::chunk(&tokens, &vocabulary);
    let named = languages::filter(language, &tokens, classify::classify(&tokens, spans));
    let compounds = compound::find(&tokens, &named);
    canon::merge(text, &tokens, &named, &compounds)
}

/// Whether an entity is one the rules find in any language: listed by its
/// name or an alias (places, organisations, threat actors), a group, or a
/// person of two words or more whose first is a listed given name.
pub fn known_in_any_language(e: &Entity) -> bool {
    let g = gazetteer::gazetteer();
    let listed = |name: &str| g.get(&gazetteer::key(name.split_whitespace())).is_some();
    let person = e.kind == concord_model::EntityType::Person && {
        let mut words = e.name.split_whitespace();
        words.next().is_some_and(|first| g.is_given_name(first)) && words.next().is_some()
    };
    e.kind == concord_model::EntityType::Group || person || listed(&e.name) || e.aliases.iter().any(|a| listed(a))
}

#[cfg(test)]
mod tests {
    use super::*;
    use concord_model::EntityType;

    fn entities(text: &str) -> Vec<Entity> {
        recognise(text, &crate::sentences::split(text), Language::English)
    }

    fn find<'a>(all: &'a [Entity], name: &str) -> &'a Entity {
        all.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("no entity {name:?} in {:?}", all.iter().map(|e| &e.name).collect::<Vec<_>>()))
    }

    #[test]
    fn acronym_with_expansion_is_one_entity_named_by_the_long_form() {
        let all = entities("The Office of the Director of National Intelligence (ODNI) issued a warning. Later the ODNI repeated it.");
        let odni = find(&all, "Office of the Director of National Intelligence");
        assert_eq!(odni.id, "organisation:office-of-the-director-of-national-intelligence");
        assert!(odni.aliases.contains(&"ODNI".to_string()));
        assert_eq!(odni.mentions.len(), 3);
    }

    #[test]
    fn known_acronym_alone_gets_its_long_form() {
        let all = entities("Agents of the FBI met staff from CISA on Tuesday.");
        let fbi = find(&all, "Federal Bureau of Investigation");
        assert_eq!(fbi.aliases, ["FBI"]);
        assert_eq!(find(&all, "Cybersecurity and Infrastructure Security Agency").kind, EntityType::Organisation);
    }

    #[test]
    fn unlisted_acronym_in_brackets_joins_its_expansion() {
        let all = entities("The Maritime Safety Bureau (MSB) opened an inquiry. The MSB declined to comment.");
        let msb = find(&all, "Maritime Safety Bureau");
        assert_eq!((msb.kind, msb.mentions.len()), (EntityType::Organisation, 3));
    }

    #[test]
    fn an_organisation_with_and_without_its_article_is_one_entity() {
        // no full stop before the second mention: its "The" is mid-sentence
        let all = entities("Staff of the PHA [port authority] The PHA believes the pier is safe.");
        let pha = find(&all, "PHA");
        assert_eq!((pha.kind, pha.mentions.len()), (EntityType::Organisation, 2), "{all:?}");
        assert!(all.iter().all(|e| e.kind != EntityType::Person), "{all:?}");
    }

    #[test]
    fn a_lawmakers_party_and_state_name_no_one() {
        let all = entities("Sen. Rand Paul (R-Ky.) and Rep. Adam Schiff, D-Calif., met Sen. Lindsey Graham (R-S.C.) and Rep. Ana Ruiz (D-NY).");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names.len(), 4, "{names:?}");
        assert!(["Rand Paul", "Adam Schiff", "Lindsey Graham", "Ana Ruiz"].iter().all(|n| names.contains(n)), "{names:?}");
        assert!(cues::is_party_tag("I-Vt") && cues::is_party_tag("R-TX") && !cues::is_party_tag("D-Day") && !cues::is_party_tag("R-Rated"));
    }

    #[test]
    fn surnames_and_titles_resolve_to_full_names() {
        let all = entities("Campaign spokesman Steven Cheung rejected the claim.\nMr. Cheung said the files were stolen. Cheung added more.");
        let cheung = find(&all, "Steven Cheung");
        assert_eq!((cheung.kind, cheung.mentions.len()), (EntityType::Person, 3));
        assert_eq!(cheung.id, "person:steven-cheung");
    }

    #[test]
    fn lone_surnames_take_the_person_type_from_full_names_and_lists() {
        let all = entities("Voters heard Muttiah Muralitharan speak. Later Muralitharan left.");
        assert_eq!(find(&all, "Muttiah Muralitharan").mentions.len(), 2);
        let all = entities("Hackers targeted people affiliated with Biden, Harris and Trump, the report said.");
        assert_eq!(find(&all, "Biden").kind, EntityType::Person);
    }

    #[test]
    fn spelling_variants_of_initials_merge() {
        let all = entities("Senator J.D. Vance spoke first. Later JD Vance spoke again, and Vance left.");
        let people: Vec<&Entity> = all.iter().filter(|e| e.kind == EntityType::Person).collect();
        assert_eq!(people.len(), 1, "{people:?}");
        assert_eq!(people[0].mentions.len(), 3);
    }

    #[test]
    fn possessive_organisations_merge_and_keep_the_short_reference() {
        let all = entities("Iran’s mission to the United Nations denied it.\nA statement from Iran's UN mission followed. The mission called it baseless.");
        let mission = find(&all, "Iran's mission to the United Nations");
        assert_eq!(mission.kind, EntityType::Organisation);
        assert_eq!(mission.mentions.len(), 3, "{:?}", mission.mentions);
        assert!(mission.mentions.iter().any(|m| m.text == "The mission"));
        assert!(all.iter().any(|e| e.name == "Iran" && e.kind == EntityType::Place));
    }

    #[test]
    fn a_possessive_that_belongs_to_a_name_stays_in_it() {
        let all = entities("The People’s Bank of China cut its rates. Moody's downgraded the bonds. Iran's mission denied it.");
        assert_eq!(find(&all, "People’s Bank of China").kind, EntityType::Organisation);
        assert_eq!(find(&all, "Moody's").kind, EntityType::Organisation);
        assert!(all.iter().all(|e| e.name != "Bank of China" && e.name != "Moody"), "{all:?}");
        assert!(all.iter().any(|e| e.name == "Iran" && e.kind == EntityType::Place), "an owner is still its own name");
    }

    #[test]
    fn may_after_a_given_name_is_a_surname() {
        let all = entities("Theresa May spoke on Tuesday. The vote is on May 5.");
        assert_eq!(find(&all, "Theresa May").kind, EntityType::Person);
        assert!(all.iter().all(|e| e.name != "Theresa"), "{all:?}");
    }

    #[test]
    fn filipino_particles_stay_inside_a_name() {
        let all = entities("Senator Ronaldo dela Cruz lost his visa on Friday.");
        assert_eq!(find(&all, "Ronaldo dela Cruz").kind, EntityType::Person);
    }

    #[test]
    fn arabic_particles_and_hyphenated_given_names_stay_inside_a_name() {
        let all = entities("President Bashar al-Assad met Kim Jong-un on Friday. Assad said the talks went well, and Kim agreed. A Swiss-born envoy and a Mexico City-based bank watched.");
        let assad = find(&all, "Bashar al-Assad");
        assert_eq!((assad.kind, assad.mentions.len()), (EntityType::Person, 2), "{all:?}");
        assert_eq!(find(&all, "Kim Jong-un").mentions.len(), 2, "{all:?}");
        assert!(all.iter().all(|e| !e.name.contains("born") && !e.name.contains("based")), "{all:?}");
    }

    #[test]
    fn a_long_title_case_headline_names_only_whom_the_text_names() {
        let text = "Top Harbour Stories: Ferry Crisis, Dock Challenges, Landmark Pier Moves, Gov Reyes Says More Is Coming\nGovernor Tomas Reyes said the port would reopen.\nREYES: We will be ready.";
        let all = entities(text);
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert!(names.iter().all(|n| !n.contains("Landmark") && !n.contains("Crisis") && !n.contains("Challenges")), "{names:?}");
        let reyes = find(&all, "Tomas Reyes");
        assert_eq!((reyes.kind, reyes.mentions.len()), (EntityType::Person, 3), "{all:?}");
    }

    #[test]
    fn a_common_word_in_capitals_is_emphasis_not_an_organisation() {
        let all = entities("Ferry tickets are FREE this week. RELATED: the pier. The FBI and NATO said so. THE mayor spoke. The ferry ran on Christmas Eve.");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.contains(&"FREE") && !names.contains(&"RELATED") && !names.contains(&"THE"), "{names:?}");
        assert_eq!(find(&all, "Christmas Eve").kind, EntityType::Other, "{names:?}");
        assert!(all.iter().any(|e| e.aliases.contains(&"FBI".to_string())), "{names:?}");
    }

    #[test]
    fn a_town_that_is_a_surname_or_follows_a_title_names_the_person() {
        let all = entities("Rick Tyler spoke first. Later Tyler said the port was safe. Queen Elizabeth visited New South Wales and Tamil Nadu.");
        let tyler = find(&all, "Rick Tyler");
        assert_eq!((tyler.kind, tyler.mentions.len()), (EntityType::Person, 2), "{all:?}");
        assert_eq!(find(&all, "Elizabeth").kind, EntityType::Person, "{all:?}");
        assert_eq!(find(&all, "New South Wales").kind, EntityType::Place, "{all:?}");
        assert_eq!(find(&all, "Tamil Nadu").kind, EntityType::Place, "{all:?}");
    }

    #[test]
    fn a_field_after_for_is_no_part_of_the_name() {
        let all = entities("The port's Undersecretary for Management Patrick Kennedy wrote to the board.");
        assert_eq!(find(&all, "Patrick Kennedy").kind, EntityType::Person, "{all:?}");
    }

    #[test]
    fn and_inside_a_bodys_field_joins_but_not_two_bodies_or_a_person() {
        let text = "The Center for Strategic and International Studies and the Department of Housing and Urban Development said so. The Bank of England and Bank of France agreed, as did the Court of Appeals for the Seventh Circuit and William Landes. Islam was discussed.";
        let all = entities(text);
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        for name in ["Center for Strategic and International Studies", "Department of Housing and Urban Development", "Bank of England", "Bank of France"] {
            assert_eq!(find(&all, name).kind, EntityType::Organisation, "{names:?}");
        }
        assert!(names.iter().all(|n| !n.contains("Landes") || *n == "William Landes"), "{names:?}");
        assert_eq!(find(&all, "Islam").kind, EntityType::Other, "{names:?}");
    }

    #[test]
    fn a_place_or_demonym_opening_a_body_of_something_is_part_of_its_name() {
        let text = "The case went to the European Court of Human Rights.\nIt was heard by the Karvonia Department of Ferries in May.\nThe judges of the U.S. District Court for the Southern District of New York ruled on it.\nThe 9th Circuit Court of Appeals agreed with them.\nThe U.S. Court of Appeals for the Second Circuit said the case was moot.\nFields: Alabama Alaska Arizona Georgia United States of America Zambia";
        let all = entities(text);
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        for name in ["European Court of Human Rights", "Karvonia Department of Ferries", "U.S. District Court for the Southern District of New York", "9th Circuit Court of Appeals", "U.S. Court of Appeals for the Second Circuit"] {
            assert_eq!(find(&all, name).kind, EntityType::Organisation, "{names:?}");
        }
        assert_eq!(find(&all, "Alaska").kind, EntityType::Place, "a form's list of places is no body: {names:?}");
    }

    #[test]
    fn a_lawmakers_bracketed_state_a_stretch_and_a_pac_are_typed() {
        let all = entities("Sen. Ana Ruiz (Tex.) spoke. The fight from Varnello to Quorbin goes on. The Principles PAC ran ads. Money went from Right to Rise to the party.");
        assert_eq!(find(&all, "Tex").kind, EntityType::Place, "{all:?}");
        assert_eq!(find(&all, "Varnello").kind, EntityType::Place, "{all:?}");
        assert_eq!(find(&all, "Principles PAC").kind, EntityType::Organisation, "{all:?}");
        assert!(all.iter().all(|e| !(e.name == "Right" && e.kind == EntityType::Place)), "{all:?}");
    }

    #[test]
    fn a_title_case_headline_may_end_in_a_full_stop() {
        let all = entities("Ana Ruiz Endorses Tomas Reyes For Harbour Master After Long Debate.\n\nAna Ruiz said Tomas Reyes would keep the port open.");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert!(names.iter().all(|n| !n.contains("Endorses") && !n.contains("Debate")), "{names:?}");
        assert_eq!(find(&all, "Ana Ruiz").mentions.len(), 2, "{names:?}");
    }

    #[test]
    fn football_clubs_named_like_people_or_towns_are_organisations() {
        let all = entities("Aston Villa beat Manchester United on Sunday, and Bayern Munich lost. Dortmund is a city.");
        for club in ["Aston Villa", "Manchester United", "Bayern Munich"] {
            assert_eq!(find(&all, club).kind, EntityType::Organisation, "{all:?}");
        }
        assert_eq!(find(&all, "Dortmund").kind, EntityType::Place, "{all:?}");
    }

    #[test]
    fn a_party_supremo_is_a_person() {
        let all = entities("BSP supremo Mayawati on Wednesday accused the government of weakening the harbour board.");
        assert_eq!(find(&all, "Mayawati").kind, EntityType::Person, "{all:?}");
    }

    #[test]
    fn demonyms_point_to_their_country() {
        let all = entities("Iranian hackers targeted the campaign, officials said.");
        let iranian = find(&all, "Iranian");
        assert_eq!(iranian.country.as_deref(), Some("Iran"));
        assert_eq!(iranian.related[0].id, "place:iran");
        // an unlisted one takes the text's name it is formed from
        let all = entities("Officials in Karvonia denied it. The Karvonian embassy said so.");
        let karvonian = find(&all, "Karvonian");
        assert_eq!(karvonian.country.as_deref(), Some("Karvonia"));
        assert_eq!(karvonian.related[0].name, "Karvonia");
    }

    #[test]
    fn campaigns_are_organisations() {
        let all = entities("Donald Trump spoke on Monday. The Trump campaign said it was hacked, and the Biden-Harris campaign said it was targeted. Kamala Harris agreed, Joe Biden did not, and the Harris campaign declined to comment.");
        for name in ["Trump campaign", "Biden-Harris campaign", "Harris campaign"] {
            assert_eq!(find(&all, name).kind, EntityType::Organisation);
        }
        assert_eq!(find(&all, "Trump campaign").id, "organisation:trump-campaign");
    }

    #[test]
    fn threat_actor_synonyms_are_related_not_merged() {
        let all = entities("Google said APT42, a group it ties to Iran, ran the operation. Others call it Charming Kitten, and Storm-2035 helped.");
        let apt42 = find(&all, "APT42");
        assert_eq!(apt42.kind, EntityType::Group);
        assert!(apt42.related.iter().any(|r| r.name == "Charming Kitten" && r.weight > 0.0));
        assert_eq!(find(&all, "Charming Kitten").kind, EntityType::Group);
        assert_eq!(find(&all, "Storm-2035").kind, EntityType::Group);
    }

    #[test]
    fn a_threat_actor_named_by_an_everyday_word_is_one_only_in_cyber_news() {
        let plain = entities("Watchdog groups complained on Monday. Prices of aluminum rose.\n\nALUMINUM PRICES SURGE\n\nThe Dragonfly probe will fly on Titan.");
        assert!(plain.iter().all(|e| e.kind != EntityType::Group), "{plain:?}");
        let cyber = entities("Hackers linked to Dragonfly breached the grid operator, a cyber security firm said.");
        assert_eq!(find(&cyber, "Dragonfly").kind, EntityType::Group);
    }

    #[test]
    fn contractions_and_shouted_page_labels_are_no_names() {
        let all = entities("I’m not sure, the coach said. Don't worry. We’ve seen worse.\n\nREAD MORE: Harbour pier reopens\n\nIran’s envoy met the coach.");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains('’') && !n.ends_with("’s") || n.contains("Don") || n.contains("READ")), "{names:?}");
        assert!(names.contains(&"Iran"), "a possessive keeps its name: {names:?}");
    }

    #[test]
    fn an_institution_named_by_its_head_word_alone_is_an_organisation() {
        let all = entities("The House voted on Monday. House Speaker Ana Ruiz said the vote was close.");
        assert_eq!(find(&all, "House").kind, EntityType::Organisation, "{all:?}");
    }

    #[test]
    fn an_acronym_before_its_own_noun_is_no_person_after_an_adjective() {
        let all = entities("The official KPNA news agency reported the launch.");
        assert_eq!(find(&all, "KPNA").kind, EntityType::Organisation, "{all:?}");
    }

    #[test]
    fn pronouns_and_prepositions_glued_to_a_credit_are_no_names() {
        let all = entities("Harbour town (Wire)In torn boots, the fishermen waited. When they asked, He did not answer. Photo: Reuters via Getty.");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.iter().any(|n| matches!(*n, "In" | "He")), "{names:?}");
        assert!(names.contains(&"Getty Images"), "{names:?}");
    }

    #[test]
    fn company_and_event_words_type_a_name() {
        let all = entities("Harbour Crane International said on Monday that Vigo Brewery and Green Valley Farms will sponsor the Lisbon Rose Parade.");
        for (name, kind) in [
            ("Harbour Crane International", EntityType::Organisation),
            ("Vigo Brewery", EntityType::Organisation),
            ("Green Valley Farms", EntityType::Organisation),
        ] {
            assert_eq!(find(&all, name).kind, kind, "{name}: {all:?}");
        }
        assert!(all.iter().all(|e| e.kind != EntityType::Person), "{all:?}");
    }

    #[test]
    fn a_titles_field_is_not_part_of_the_name() {
        let all = entities("Secretary of State Ana Ruiz met Minister of Foreign Affairs Rui Costa in Vigo.");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Ana Ruiz", "Rui Costa", "Vigo"], "{all:?}");
    }

    #[test]
    fn holidays_are_no_names() {
        let all = entities("Three boats sank on New Year's Day. Valentine’s Day sales rose in Vigo.");
        let names: Vec<&str> = all.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Vigo"], "{all:?}");
    }

    #[test]
    fn no_two_entities_share_an_id() {
        let all = entities("Mississippi Wants Court Redo of 15-Week Abortion Ban Challenge\nMississippi is asking the court again. Mississippi’s law stands.");
        let ids: Vec<&str> = all.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["place:mississippi"], "{all:?}");
        assert_eq!(all[0].mentions.len(), 3, "the headline's mention joins the others: {all:?}");
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let long = "Ab ".repeat(5000);
        for text in ["", "’s", "(A) (", "É’s Ünïcödé Straße — «Zoë» J.", "U.S.", "‑‑‑", "\u{feff}FBI (", long.as_str(), "A.B.C.D.E.F.G.H. Smith’s’s"] {
            let all = entities(text);
            for e in &all {
                for m in &e.mentions {
                    assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()));
                }
            }
        }
    }
}
