//! End-to-end tests of [`super::find`] on constructed text and entities.

use concord_model::{Entity, EntityType, Mention, Quote, Sentence};

use super::find;
use crate::Language;

/// Sentences split at ". " and line breaks, enough for these texts.
fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        let boundary = c == '\n' || (c == '.' && text[end..].starts_with(' '));
        if boundary || end == text.len() {
            let s = text[start..end].trim();
            if !s.is_empty() {
                let lead = text[start..end].len() - text[start..end].trim_start().len();
                out.push(Sentence { start: start + lead, end: start + lead + s.len(), text: s.into() });
            }
            start = end;
        }
    }
    out
}

fn entity(id: &str, name: &str, kind: EntityType, aliases: &[&str], text: &str, surfaces: &[&str]) -> Entity {
    let mentions = surfaces
        .iter()
        .flat_map(|s| text.match_indices(s).map(|(i, m)| Mention { start: i, end: i + m.len(), text: m.into(), sentence: 0 }))
        .collect();
    Entity {
        id: id.into(),
        name: name.into(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        mentions,
        related: vec![],
        country: None,
    }
}

fn quotes(text: &str, entities: &[Entity]) -> Vec<Quote> {
    find(text, &sentences(text), entities, Language::English)
}

fn speaker_of<'a>(qs: &'a [Quote], words: &str) -> &'a str {
    qs.iter()
        .find(|q| q.text.contains(words))
        .and_then(|q| q.speaker.as_ref())
        .map_or("", |s| s.name.as_str())
}

#[test]
fn attributes_a_quote_split_around_its_cue_to_one_speaker() {
    let text = "“The bridge is safe,” harbour spokesman Tomas Reyes said. “We checked it twice.”\nNothing else.";
    let qs = quotes(text, &[]);
    assert_eq!(qs.len(), 2);
    assert!(qs.iter().all(|q| q.direct));
    assert_eq!(qs[0].text, "The bridge is safe,");
    assert_eq!(&text[qs[0].start..qs[0].end], "The bridge is safe,");
    assert_eq!(speaker_of(&qs, "bridge"), "Tomas Reyes");
    assert_eq!(speaker_of(&qs, "twice"), "Tomas Reyes");
}

#[test]
fn continues_a_quote_over_paragraphs_and_keeps_its_speaker() {
    let text = "“First we saw smoke,” the fire service said in a statement.\n“Then the roof fell in.\n“Nobody was hurt.”\nAfter that, the road opened.";
    let qs = quotes(text, &[]);
    let long = qs.iter().find(|q| q.text.contains("roof")).unwrap();
    assert!(long.text.contains("Nobody was hurt."));
    assert!(long.last_sentence > long.sentence);
    assert_eq!(speaker_of(&qs, "roof"), "the fire service");
}

#[test]
fn resolves_nominal_and_pronoun_speakers_from_the_text() {
    let text = "In reply, Norway’s mission to the United Nations rejected the claim.\n“Such claims are baseless and false,” the mission said.\nThe report named Ana Ruiz.\n“We will appeal the ruling soon,” Ana Ruiz said. “It is unfair to all of us,” she added.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "baseless"), "Norway’s mission to the United Nations");
    assert_eq!(speaker_of(&qs, "unfair"), "Ana Ruiz");
}

#[test]
fn names_agencies_speaking_together_as_one_group() {
    let text = "The statement came from the Port Office (PO), the Coast Guard (CG) and the Navy Board (NB).\n“We see more attacks on ships than last year,” the agencies said.\n“They come from the north,” they said.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "attacks"), "CG, NB and PO");
    assert_eq!(speaker_of(&qs, "north"), "CG, NB and PO");
}

#[test]
fn maps_speakers_to_entities_by_mention_and_alias() {
    let text = "“The bridge is safe,” harbour spokesman Tomas Reyes said.\nLater Reyes said the bridge would reopen on Monday.\n“Nothing is wrong with the ships,” a Port Authority official told reporters.";
    let reyes = entity("person:tomas-reyes", "Tomas Reyes", EntityType::Person, &["Reyes"], text, &["Tomas Reyes"]);
    let port = entity("organisation:port-authority", "Port Authority of Vigo", EntityType::Organisation, &["Port Authority"], text, &["Port Authority"]);
    let qs = quotes(text, &[reyes, port]);
    let first = qs[0].speaker.clone().unwrap();
    assert_eq!(first.entity.as_deref(), Some("person:tomas-reyes"));
    let reported = qs.iter().find(|q| !q.direct && q.text.contains("reopen")).unwrap();
    assert_eq!(reported.speaker.as_ref().unwrap().name, "Tomas Reyes");
    assert_eq!(reported.text, "the bridge would reopen on Monday");
    let official = qs.iter().find(|q| q.text.contains("ships")).unwrap().speaker.clone().unwrap();
    assert_eq!(official.entity.as_deref(), Some("organisation:port-authority"));
    assert_eq!(official.name, "Port Authority of Vigo");
}

#[test]
fn finds_partial_quotes_and_reported_speech_in_one_sentence() {
    let text = "The harbour board said on Monday it was “confident” that the ships would sail by June.";
    let qs = quotes(text, &[]);
    // the clause holds the quoted word, so it stands for both
    let clause = qs.iter().find(|q| !q.direct).unwrap();
    assert_eq!(clause.text, "it was “confident” that the ships would sail by June");
    assert_eq!(clause.speaker.as_ref().unwrap().name, "The harbour board");
    assert_eq!(clause.cue.as_deref(), Some("said"));
    let text = "The plan, the harbour board said, was “a triumph of planning.”";
    let qs = quotes(text, &[]);
    let partial = qs.iter().find(|q| q.direct).unwrap();
    assert_eq!(partial.text, "a triumph of planning.");
    assert_eq!(partial.speaker.as_ref().unwrap().name, "the harbour board");
}

#[test]
fn ignores_scare_quotes_and_survives_odd_input() {
    assert!(quotes("They call it the “new normal” now.", &[]).is_empty());
    for odd in ["“", "”", "\"", "“ ”", "said", ", said", "according to", "«a» ‘", "he said “", "\n\n“\n“"] {
        let _ = quotes(odd, &[]);
    }
}

#[test]
fn takes_the_name_before_an_apposition() {
    let text = "Ana Ruiz, who has run the harbour since 2010, said the port “will not close this winter.”\nIn an interview, Tomas Reyes, a former pilot, said, “The channel is too shallow for them.”";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "will not close"), "Ana Ruiz");
    assert_eq!(speaker_of(&qs, "too shallow"), "Tomas Reyes");
}

#[test]
fn attributes_quotes_introduced_by_a_colon_or_a_participle() {
    let text = "The harbour board issued a statement on Friday:\n“We regret the delays and will refund every ticket.”\nThe ferry company cancelled its crossings, saying: “The sea is too rough for our boats.”\nAs the captain put it: ''Nobody sails in this weather at all.''";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "refund"), "The harbour board");
    assert_eq!(speaker_of(&qs, "too rough"), "The ferry company");
    let doubled = qs.iter().find(|q| q.text.contains("Nobody sails")).unwrap();
    assert_eq!(doubled.text, "Nobody sails in this weather at all.");
    assert_eq!(doubled.speaker.as_ref().unwrap().name, "the captain");
}

#[test]
fn reads_labelled_paragraphs_as_the_label_speaking() {
    let text = "HOST: Will the port reopen before the summer season?\nANA RUIZ: We expect the first ships in May.";
    let ruiz = entity("person:ana-ruiz", "ANA RUIZ", EntityType::Person, &[], text, &["ANA RUIZ"]);
    let qs = quotes(text, &[ruiz]);
    assert_eq!(qs.len(), 2);
    assert_eq!(speaker_of(&qs, "first ships"), "ANA RUIZ");
    assert!(qs.iter().all(|q| !q.direct));
    assert!(qs.iter().filter(|q| q.speaker.is_some()).all(|q| q.cue.as_deref() == Some(":")));
}

#[test]
fn skips_datelines_and_sentences_after_a_closing_full_stop() {
    let text = "LISBON (Reuters) — The port authority said on Monday that the new quay would open in June.\n“The ships are ready.” The crews arrived later that week.";
    let qs = quotes(text, &[]);
    let reported = qs.iter().find(|q| !q.direct).unwrap();
    assert_eq!(reported.speaker.as_ref().unwrap().name, "The port authority");
    let direct = qs.iter().find(|q| q.direct).unwrap();
    assert!(direct.speaker.as_ref().is_none_or(|s| !s.name.contains("crews")));
}

#[test]
fn a_quotation_ending_in_nested_marks_closes_its_sentence_too() {
    let text = "“I said, ‘Buy larger tractors.’” The cabinet members gathered around him.";
    let qs = quotes(text, &[]);
    assert!(qs.iter().all(|q| q.speaker.as_ref().is_none_or(|s| !s.name.contains("cabinet"))), "{qs:?}");
}

#[test]
fn never_panics_on_scrambled_text() {
    // a fixed pseudo-random mix of quote marks, cues, names and multi-byte letters
    let pieces = [
        "“", "”", "\"", "''", "‘", "’", "«", "»", " said", " told", " according to", ", ", ". ", ":", "\n", "\n\n",
        " Ana Ruiz", " the mission", " he", " they", " (AP)", " —", "É", "ß", "日本", " Gov.", " U.S.", " saying",
        " the", " the company", " the report", " a report from", " by", " the spokesperson", " campaign of", " This includes",
        "The fight", " in", " at", " Nevada", " underscored", " who", " whose", " lives", " In his words", " own words",
        " tweets", " notes", " someone", " Officials", " 8", " News Now", " quoted", " him", " as", " a poll of", " released",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..1000 {
        let mut text = String::new();
        for _ in 0..40 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let ruiz = entity("person:ana-ruiz", "Ana Ruiz", EntityType::Person, &[], &text, &["Ana Ruiz"]);
        let mission = entity("organisation:the-mission", "The Mission", EntityType::Organisation, &[], &text, &["the mission"]);
        for q in quotes(&text, &[ruiz, mission]) {
            assert!(q.start <= q.end && q.end <= text.len());
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        }
    }
}

#[test]
fn credits_a_name_after_a_dash_and_skips_headline_kickers() {
    let text = "“The port must reopen before the summer.” ― Ana Ruiz\n“Ships wait at anchor for weeks now.”\n\n- Pablo Majluf, Lisbon.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "summer"), "Ana Ruiz");
    assert_eq!(speaker_of(&qs, "anchor"), "Pablo Majluf");
    let text = "Breaking: Harbour Board Reopens The Port After Storm\nIn July, Ana Ruiz, the harbour master, told reporters that the quay was safe.\nThe Latest: Mayor to open the new pier\nExclusive: Dock workers insist they are still on strike";
    let qs = quotes(text, &[]);
    // after a kicker the headline is the outlet's words, unless its subject has a cue
    assert!(qs.iter().all(|q| !q.text.contains("Reopens") && !q.text.contains("new pier")), "{qs:#?}");
    assert_eq!(speaker_of(&qs, "quay"), "Ana Ruiz");
    assert_eq!(speaker_of(&qs, "still on strike"), "Dock workers", "{qs:#?}");
}

#[test]
fn he_and_she_take_the_nearest_person_of_their_gender() {
    // the woman is the speaker of the paragraph and the man only named, yet
    // "he" is his; and "she" skips the man a title marks ("Mr. Osk")
    let text = "“The levee held,” Maria Lund said. Jonas Berg, a spokesman for the river board, dismissed the report. \
He called them “a story made up to sell papers” and said the board “has never ignored a warning.”\nMr. Osk left. Lund went on: she said “the levee held all night long.”";
    let entities = [
        entity("person:maria-lund", "Maria Lund", EntityType::Person, &["Lund"], text, &["Maria Lund", "Lund"]),
        entity("person:jonas-berg", "Jonas Berg", EntityType::Person, &[], text, &["Jonas Berg"]),
        entity("person:osk", "Osk", EntityType::Person, &[], text, &["Osk"]),
    ];
    let qs = quotes(text, &entities);
    assert_eq!(speaker_of(&qs, "made up"), "Jonas Berg", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "all night"), "Maria Lund", "{qs:#?}");
    // with no woman named, "she" is no man whose given name tells his gender
    let text = "Jonas Berg spoke at the rally. “The levee will hold all night,” she said.";
    let berg = entity("person:jonas-berg", "Jonas Berg", EntityType::Person, &[], text, &["Jonas Berg"]);
    assert_eq!(speaker_of(&quotes(text, &[berg]), "levee"), "she");
    // a man opening a sentence after his title outranks the paragraph's speaker too
    let text = "Founder Ivo Prane said the paper would tell the truth. Mr Dunmore died on Saturday. He had recounted that the presses never stopped.";
    let entities = [
        entity("person:ivo-prane", "Ivo Prane", EntityType::Person, &[], text, &["Ivo Prane"]),
        entity("person:dunmore", "Dunmore", EntityType::Person, &[], text, &["Dunmore"]),
    ];
    assert_eq!(speaker_of(&quotes(text, &entities), "presses never stopped"), "Dunmore");
}

#[test]
fn an_earlier_pronoun_tells_the_gender_of_a_name_no_list_knows() {
    // "Quarn" is in no name list: "she said" right after her own quotation
    // makes her a woman, so the later "he" is the man named after her
    let text = "“We will rebuild,” Quarn Vell said.\n“Soon,” she said.\nThe mayor, Tolo Brix, spoke later and Quarn Vell listened. He said “the money is there.”";
    let entities = [
        entity("person:quarn-vell", "Quarn Vell", EntityType::Person, &[], text, &["Quarn Vell"]),
        entity("person:tolo-brix", "Tolo Brix", EntityType::Person, &[], text, &["Tolo Brix"]),
    ];
    let qs = quotes(text, &entities);
    assert_eq!(speaker_of(&qs, "Soon"), "Quarn Vell", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "money"), "Tolo Brix", "{qs:#?}");
}

#[test]
fn a_body_located_in_a_place_speaks_not_the_place() {
    let text = "The Ostlandic embassy in Valmont denied any involvement in the attack.";
    let entities = [entity("place:valmont", "Valmont", EntityType::Place, &[], text, &["Valmont"])];
    let qs = quotes(text, &entities);
    assert_eq!(speaker_of(&qs, "involvement"), "Ostlandic embassy", "{qs:#?}");
}

#[test]
fn a_person_opening_the_next_sentence_outranks_the_paragraphs_speaker() {
    // no list knows these names: the pronoun goes to the person the
    // sentence before it opens with, not to the paragraph's earlier speaker,
    // unless that person is only a possessive
    let text = "“The levee held,” Quarn Lund said. Tolo Berg, a spokesman for the river board, dismissed the report. \
He called them “a story made up to sell papers.”\n“The levee held,” Quarn Lund said. Tolo Berg's report was read out. \
He said “nobody was hurt at all last night.”";
    let entities = [
        entity("person:quarn-lund", "Quarn Lund", EntityType::Person, &[], text, &["Quarn Lund"]),
        entity("person:tolo-berg", "Tolo Berg", EntityType::Person, &[], text, &["Tolo Berg"]),
    ];
    let qs = quotes(text, &entities);
    assert_eq!(speaker_of(&qs, "made up"), "Tolo Berg", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "nobody"), "Quarn Lund", "{qs:#?}");
}

#[test]
fn a_bare_surname_of_the_wrong_gender_goes_to_the_namesake_who_fits() {
    // the bare "Stone" was merged into Bill Stone's mentions; "she" is Mary's,
    // though she is named in full only later
    let text = "Bill Stone arrived with his wife. Stone, who spoke first, was brief: she said “we are glad to be home again.” Mary Stone had flown in.";
    let entities = [
        entity("person:bill-stone", "Bill Stone", EntityType::Person, &[], text, &["Bill Stone", "Stone"]),
        entity("person:mary-stone", "Mary Stone", EntityType::Person, &[], text, &["Mary Stone"]),
    ];
    let qs = quotes(text, &entities);
    assert_eq!(speaker_of(&qs, "glad"), "Mary Stone", "{qs:#?}");
}

fn quotes_in(text: &str, language: Language) -> Vec<(String, String, String)> {
    let sentences = crate::sentences::split(text);
    let entities = crate::entities::recognise(text, &sentences, language);
    find(text, &sentences, &entities, language)
        .into_iter()
        .map(|q| (q.text, q.speaker.map(|s| s.name).unwrap_or_default(), q.cue.unwrap_or_default()))
        .collect()
}

fn quoted(found: &[(String, String, String)], text: &str, speaker: &str, cue: &str) -> bool {
    found.iter().any(|(t, s, c)| t == text && s == speaker && c == cue)
}

#[test]
fn german_quotes_with_so_and_sagte() {
    let text = "Bürgermeisterin Ingrid Haldersen eröffnete die Brücke. „Wir sind stolz auf diese Stadt“, so Haldersen.\n»Die Brücke ist sicher«, sagte Karl Brandt.";
    let found = quotes_in(text, Language::German);
    assert!(quoted(&found, "Wir sind stolz auf diese Stadt", "Ingrid Haldersen", "so"), "{found:?}");
    assert!(quoted(&found, "Die Brücke ist sicher", "Karl Brandt", "sagte"), "{found:?}");
    // English rules read "so" as no cue
    assert!(!quotes_in(text, Language::English).iter().any(|q| q.2 == "so"));
}

#[test]
fn french_spanish_italian_portuguese_cues() {
    let found = quotes_in("« Nous sommes prêts », a déclaré Marcel Vautrin.", Language::French);
    assert!(quoted(&found, "Nous sommes prêts", "Marcel Vautrin", "a déclaré"), "{found:?}");
    let found = quotes_in("Según Lucía Martínez, la presa resistirá las lluvias. «Estamos preparados», dijo Lucía Martínez.", Language::Spanish);
    assert!(quoted(&found, "la presa resistirá las lluvias", "Lucía Martínez", "Según"), "{found:?}");
    assert!(quoted(&found, "Estamos preparados", "Lucía Martínez", "dijo"), "{found:?}");
    let found = quotes_in("“Siamo pronti”, ha detto Paolo Ferraresi.", Language::Italian);
    assert!(quoted(&found, "Siamo pronti", "Paolo Ferraresi", "ha detto"), "{found:?}");
    let found = quotes_in("“Estamos prontos”, afirmou Rui Tavares.", Language::Portuguese);
    assert!(quoted(&found, "Estamos prontos", "Rui Tavares", "afirmou"), "{found:?}");
}

#[test]
fn german_pronouns_take_the_nearest_person_of_their_gender() {
    let text = "Karl Brandt und Ingrid Haldersen eröffneten die Brücke. „Wir sind stolz“, sagte er am Dienstag. „Die Brücke ist sicher“, sagte sie.\nDanach erklärte er: „Wir feiern am Abend.“";
    let found = quotes_in(text, Language::German);
    assert!(quoted(&found, "Wir sind stolz", "Karl Brandt", "sagte"), "{found:?}");
    assert!(quoted(&found, "Die Brücke ist sicher", "Ingrid Haldersen", "sagte"), "{found:?}");
    assert!(quoted(&found, "Wir feiern am Abend.", "Karl Brandt", "erklärte"), "{found:?}");
}

#[test]
fn german_sie_in_the_plural_or_polite_takes_no_one() {
    let text = "Ingrid Haldersen und Karl Brandt eröffneten die Brücke. „Wir sind stolz“, sagten sie.";
    let found = quotes_in(text, Language::German);
    assert!(quoted(&found, "Wir sind stolz", "sie", "sagten"), "they, not Haldersen: {found:?}");
}

#[test]
fn romance_pronouns_take_the_nearest_person_of_their_gender() {
    let found = quotes_in("Marcel Vautrin a rencontré Claire Dubosc. « Nous sommes prêts », a-t-il déclaré. « Moi aussi », estime-t-elle.", Language::French);
    assert!(quoted(&found, "Nous sommes prêts", "Marcel Vautrin", "a-t-il déclaré"), "{found:?}");
    assert!(quoted(&found, "Moi aussi", "Claire Dubosc", "estime-t-elle"), "{found:?}");
    let found = quotes_in("Lucía Martínez habló con Tomás Arribas. «Estamos preparados», dijo ella.", Language::Spanish);
    assert!(quoted(&found, "Estamos preparados", "Lucía Martínez", "dijo"), "{found:?}");
    let found = quotes_in("Andrea Ferraresi ha incontrato Giulia Conti. Lui ha detto: “Siamo pronti”.", Language::Italian);
    assert!(quoted(&found, "Siamo pronti", "Andrea Ferraresi", "ha detto"), "Andrea is a man in Italian: {found:?}");
    let found = quotes_in("Rui Tavares falou com Ana Lopes. “Estamos prontos”, afirmou ela.", Language::Portuguese);
    assert!(quoted(&found, "Estamos prontos", "Ana Lopes", "afirmou"), "{found:?}");
}

#[test]
fn a_verb_that_carries_its_subject_takes_the_last_person() {
    let found = quotes_in("El alcalde Tomás Arribas visitó la presa. «Estamos preparados», dijo. «La presa resistirá», añadió.", Language::Spanish);
    assert!(quoted(&found, "Estamos preparados", "Tomás Arribas", "dijo"), "{found:?}");
    assert!(quoted(&found, "La presa resistirá", "Tomás Arribas", "añadió"), "{found:?}");
    let found = quotes_in("Il sindaco Paolo Ferraresi ha visitato la diga. “Siamo pronti”, ha detto.", Language::Italian);
    assert!(quoted(&found, "Siamo pronti", "Paolo Ferraresi", "ha detto"), "{found:?}");
    // no one named: no speaker rather than a guess
    let found = quotes_in("«Estamos preparados», dijo.", Language::Spanish);
    assert!(found.iter().all(|q| q.1.is_empty()), "{found:?}");
    // a quotation closing the text, or a cue past its end, is no trouble
    for text in ["«Estamos preparados»,", "«Estamos preparados», dijo", "“Siamo pronti”, ha"] {
        let _ = quotes_in(text, Language::Spanish);
        let _ = quotes_in(text, Language::Italian);
    }
}

#[test]
fn a_quoted_word_run_into_its_sentence_is_not_credited_to_the_next_noun() {
    let text = "The leaks were part of a “hack-and-leak” operation aimed at the harbour board.";
    let qs = quotes(text, &[]);
    assert!(qs.iter().all(|q| q.speaker.as_ref().is_none_or(|s| s.name != "operation")), "{qs:?}");
    // a speech verb still credits a quotation with no comma before it
    let qs = quotes("“We will rebuild the pier” Mayor Ana Ruiz said.", &[]);
    assert_eq!(speaker_of(&qs, "rebuild the pier"), "Ana Ruiz");
    let qs = quotes("“Never,” the harbour master retorted.", &[]);
    assert_eq!(speaker_of(&qs, "Never"), "the harbour master");
}

#[test]
fn those_accused_of_something_are_not_speakers() {
    let qs = quotes("The port is one of several ports accused of dumping silt in the bay.", &[]);
    assert!(qs.is_empty(), "{qs:?}");
    let qs = quotes("The union accused the port of dumping silt in the bay.", &[]);
    assert_eq!(speaker_of(&qs, "dumping silt"), "The union");
    let qs = quotes("It is the port whom she has accused of dumping silt.", &[]);
    assert_eq!(speaker_of(&qs, "dumping silt"), "she");
}

#[test]
fn a_dateline_is_not_part_of_the_reported_words() {
    let qs = quotes("LISBON: The pier was closed after the storm, harbour officials said Monday.", &[]);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].text, "The pier was closed after the storm");
}

#[test]
fn a_quoted_word_inside_reported_speech_is_not_a_quote_of_its_own() {
    let qs = quotes("The mayor said the pier was a “landmark” of the old harbour.", &[]);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(!qs[0].direct && qs[0].text.contains("“landmark”"), "{qs:?}");
    // kept when the clause around it is too short to be reported on its own
    let qs = quotes("The mayor said “never.”", &[]);
    assert_eq!(speaker_of(&qs, "never"), "The mayor");
}

#[test]
fn participles_and_adjectives_that_look_like_cues_credit_no_one() {
    for text in [
        "The new rules match another announced by the ministry in March, which aimed to cut fees.",
        "Guards had checked on accused smuggler Rui Costa in the hours before he escaped.",
        "Her main hobby was sailing, and nothing indicated that she was planning to leave.",
        "This includes recently reported thefts from the harbour office, which the port office linked to raiders.",
    ] {
        let qs = quotes(text, &[]);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    // "it is worth noting" is no one's speech; the mayor's promise is the mayor's
    let qs = quotes("(The mayor, it is worth noting, repeatedly promised to reopen the pier before the vote.)", &[]);
    assert!(qs.iter().all(|q| q.cue.as_deref() == Some("promised") && q.speaker.as_ref().is_some_and(|s| s.name == "The mayor")), "{qs:?}");
    // a cue with "by" that is no agent keeps its speaker
    let qs = quotes("The harbour master said by phone that the pier was closed.", &[]);
    assert_eq!(speaker_of(&qs, "the pier was closed"), "The harbour master");
}

#[test]
fn a_quotation_run_into_its_sentence_takes_the_speaker_after_the_comma() {
    let qs = quotes("“Nobody here is buying” the plan, Mayor Ana Ruiz said at a meeting last week.", &[]);
    assert_eq!(speaker_of(&qs, "Nobody here is buying"), "Ana Ruiz");
}

#[test]
fn present_tense_verbs_after_a_quotation_credit_it() {
    let qs = quotes("“We are thrilled to sail again,” comments Ana Ruiz in a statement.", &[]);
    assert_eq!(speaker_of(&qs, "thrilled to sail"), "Ana Ruiz");
    let qs = quotes("“Oh, the harbour was ours,” she sings. “The tide was ours.”", &[]);
    assert_eq!(speaker_of(&qs, "the harbour was ours"), "she");
}

#[test]
fn the_noun_before_of_heads_the_speaker_phrase() {
    let qs = quotes("Backers of the new quay say that it will bring more ferries to the harbour.", &[]);
    assert_eq!(speaker_of(&qs, "more ferries"), "Backers of the new quay");
}

#[test]
fn byline_and_credit_labels_are_no_speakers() {
    let text = "By: Ana Ruiz Posted on: March 04, 2031\nPhoto: Harbour Ledger archive and staff\nREAD MORE: Ferry fares rise again in the spring\nMore: What the new quay tells us about the old one\nOpinion: why the pier matters to all of us\nGALLERY: Baby seals as the harbour celebrates new arrivals\nWeekend To Do List: Ferry rides and a pier festival for everyone\nRuiz: The pier stays closed until the inspectors are done.";
    let ruiz = entity("person:ana-ruiz", "Ruiz", EntityType::Person, &[], text, &["Ruiz"]);
    let qs = quotes(text, &[ruiz]);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(speaker_of(&qs, "pier stays closed"), "Ruiz");
}

#[test]
fn imperatives_and_negated_nouns_introduce_no_quote() {
    let qs = quotes("I have no doubts that these words were harmful to the port, said Mayor Hale.", &[]);
    assert_eq!(qs.iter().map(|q| q.cue.as_deref().unwrap_or("")).collect::<Vec<_>>(), ["said"], "{qs:?}");
    let qs = quotes("For details, click here “The harbour in winter” opens at the town museum.", &[]);
    assert!(qs.iter().all(|q| q.speaker.is_none()), "{qs:?}");
    let qs = quotes("There is no suggested limit on the number of boats, the harbour master said.", &[]);
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(speaker_of(&qs, "no suggested limit"), "the harbour master");
}

#[test]
fn a_clause_after_the_cue_is_what_was_said_not_who_said_it() {
    let qs = quotes("Nordhafen retires its old cranes, says demand could take years to return.", &[]);
    assert_eq!(speaker_of(&qs, "demand could take years"), "Nordhafen");
    let qs = quotes("The pier will stay closed until May, said harbour master Ana Ruiz.", &[]);
    assert_eq!(speaker_of(&qs, "The pier will stay closed"), "harbour master Ana Ruiz");
}

#[test]
fn a_plural_possessive_stays_in_the_speaker_phrase() {
    let qs = quotes("The dockers’ union said the strike would go ahead on Monday.", &[]);
    assert_eq!(speaker_of(&qs, "strike would go ahead"), "The dockers’ union");
}

fn entity_of<'a>(qs: &'a [Quote], words: &str) -> Option<&'a str> {
    qs.iter().find(|q| q.text.contains(words)).and_then(|q| q.speaker.as_ref()).and_then(|s| s.entity.as_deref())
}

#[test]
fn a_document_speaks_for_its_author_and_the_company_for_the_business_before() {
    let text = "Ferrovia said on Friday that a report released by Dunmore Labs researchers found the breach.\n\
                The report revealed that the intruders used a stolen password.\n\
                A Dunmore Labs spokesperson declined to comment. However, the company confirmed that the attack matched the ones it had seen last year. \
                The spokesperson also stressed the need for vigilance.\n\
                According to a report from Dunmore Labs, the intruders came back in May.\n\
                A new report showed that the damage was small.";
    let labs = entity("organisation:dunmore-labs", "Dunmore Labs", EntityType::Organisation, &[], text, &["Dunmore Labs"]);
    let qs = quotes(text, &[labs]);
    let labs = Some("organisation:dunmore-labs");
    assert_eq!(entity_of(&qs, "stolen password"), labs, "the report: its author");
    assert_eq!(entity_of(&qs, "seen last year"), labs, "the company: the business named before");
    assert_eq!(entity_of(&qs, "vigilance"), labs, "the spokesperson: the body the earlier spokesperson speaks for");
    assert_eq!(entity_of(&qs, "came back"), labs, "a report from X: X");
    let new_report = qs.iter().find(|q| q.text.contains("damage")).expect("found");
    assert_eq!(new_report.speaker.as_ref().map(|s| (s.name.as_str(), s.entity.is_none())), Some(("A new report", true)), "a new report points back to no one");
    let mention = qs.iter().find(|q| q.text.contains("seen last year")).and_then(|q| q.speaker_mention.clone()).expect("phrase kept");
    assert_eq!((mention.text.as_str(), &text[mention.start..mention.end]), ("the company", "the company"));
}

#[test]
fn a_leads_agencies_are_the_group_named_after_and_a_campaign_of_a_person_is_theirs() {
    let text = "Valmont was behind the attack, Carrow security agencies said on Monday.\n\
                In a joint statement, the Port Office (PO), the Coast Guard (CG) and the Navy Board (NB) said the ships were safe.\n\
                The campaign of Democratic nominee Ada Lind said it had not been hacked.\n\
                Valmont’s mission to the Carrow Council said the claims were false.";
    let carrow = entity("place:carrow", "Carrow", EntityType::Place, &[], text, &["Carrow"]);
    let lind = entity("person:ada-lind", "Ada Lind", EntityType::Person, &[], text, &["Ada Lind"]);
    let mission = entity("organisation:valmonts-mission", "Valmont's mission", EntityType::Organisation, &[], text, &["Valmont’s mission"]);
    let qs = quotes(text, &[carrow, lind, mission]);
    assert_eq!(speaker_of(&qs, "behind the attack"), "CG, NB and PO");
    assert_eq!(speaker_of(&qs, "not been hacked"), "Lind campaign");
    assert_eq!(entity_of(&qs, "claims were false"), Some("organisation:valmonts-mission"), "the body speaks, not its complement");
}

#[test]
fn a_document_read_by_someone_is_not_theirs_and_a_study_researcher_is_a_person() {
    let text = "Valmont shipped arms to the rebels, according to a Carrow Council report seen by Harbour Post.\n\
                “We can slow the growth of tumours,” said study researcher Lena Hale from the Ellery University.\n\
                The funds arrived in May, a Lind campaign official from Ohio told reporters.";
    let council = entity("organisation:carrow-council", "Carrow Council", EntityType::Organisation, &[], text, &["Carrow Council"]);
    let post = entity("organisation:harbour-post", "Harbour Post", EntityType::Organisation, &[], text, &["Harbour Post"]);
    let qs = quotes(text, &[council, post]);
    assert_eq!(entity_of(&qs, "shipped arms"), Some("organisation:carrow-council"), "{qs:#?}");
    assert_eq!(speaker_of(&qs, "tumours"), "Lena Hale");
    assert_eq!(speaker_of(&qs, "funds arrived"), "Lind campaign");
}

#[test]
fn negated_cues_dates_and_bare_titles_credit_no_wrong_speaker() {
    let qs = quotes("The harbour master did not say that the pier was safe for ships. He doesn't think the captain can remember the route.", &[]);
    assert!(qs.is_empty(), "{qs:?}");
    let qs = quotes("The guard who stopped the van in January 2019 admitted in court that he had no reason to.", &[]);
    assert_ne!(speaker_of(&qs, "no reason"), "January 2019", "{qs:?}");
    let qs = quotes("“The fees will fall,” the Chief Minister said on Monday.", &[]);
    assert_eq!(speaker_of(&qs, "fees"), "Chief Minister");
}

#[test]
fn an_opening_adverb_is_no_subject_of_a_participle_cue() {
    let qs = quotes("Elsewhere in his remarks, Ruiz described the ferries as “safe again,” adding that the pier would reopen in May.", &[]);
    assert_eq!(speaker_of(&qs, "safe again"), "Ruiz", "{qs:?}");
}

#[test]
fn a_nationality_speaks_as_its_state_only_through_those_who_speak_for_it() {
    let text = "“The border stays shut,” the Valdorian leader said.\n“The border is safe,” the Valdorian expert said.\n“Talks resume in May,” the Valdorian vice president said.";
    let mut demonym = entity("other:valdorian", "Valdorian", EntityType::Other, &[], text, &["Valdorian"]);
    demonym.related.push(concord_model::Related { id: "place:valdoria".into(), name: "Valdoria".into(), weight: 1.0 });
    demonym.country = Some("Valdoria".into());
    let qs = quotes(text, &[demonym]);
    assert_eq!(entity_of(&qs, "stays shut"), Some("place:valdoria"));
    assert_eq!(speaker_of(&qs, "is safe"), "the Valdorian expert");
    assert_eq!(entity_of(&qs, "Talks resume"), Some("place:valdoria"), "{qs:?}");
}

#[test]
fn a_title_named_in_a_sentence_is_no_quote_of_its_subject() {
    let qs = quotes("Production stopped in March. Filming on “The Harbour Nights” stopped too. Fans of “Ferry Tales” waited.", &[]);
    assert!(qs.iter().all(|q| !q.text.contains("Harbour Nights")), "{qs:?}");
    let qs = quotes("The crews finished filming “the last harbour scenes” in May.", &[]);
    assert_eq!(speaker_of(&qs, "harbour scenes"), "The crews", "words in lower case are no title");
}

#[test]
fn a_plural_time_adjunct_stands_between_a_speaker_and_its_cue() {
    let qs = quotes("The harbour board had over the years confirmed its promise to keep the ferries running.", &[]);
    assert_eq!(speaker_of(&qs, "keep the ferries"), "The harbour board", "{qs:?}");
}

#[test]
fn suppositions_and_raised_subjects_are_no_quotes_and_a_first_minister_is_titled() {
    for text in [
        "Those are some of the dishes predicted to be among the most popular in Carrow next year.",
        "You can pretty much safely assume that a new shipment of ferries just came in.",
    ] {
        let qs = quotes(text, &[]);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    let qs = quotes("“The harbour is safe,” the Valdorian First Minister stated.", &[]);
    assert_eq!(speaker_of(&qs, "harbour is safe"), "Valdorian First Minister");
}

#[test]
fn a_person_named_after_a_title_with_its_own_of_is_the_speaker() {
    let text = "Carrow Secretary of State Ana Ruiz said on Friday that the ferries would run again.\nA friend of Omar Ekpo said the ferries were late.";
    let ruiz = entity("person:ana-ruiz", "Ana Ruiz", EntityType::Person, &[], text, &["Ana Ruiz"]);
    let ekpo = entity("person:omar-ekpo", "Omar Ekpo", EntityType::Person, &[], text, &["Omar Ekpo"]);
    let qs = quotes(text, &[ruiz, ekpo]);
    assert_eq!(entity_of(&qs, "run again"), Some("person:ana-ruiz"), "{qs:?}");
    assert_ne!(entity_of(&qs, "were late"), Some("person:omar-ekpo"), "{qs:?}");
}

#[test]
fn someone_is_no_antecedent_of_a_later_pronoun() {
    let text = "Ana Ruiz was at the pier.\nSomeone called and said a dog was in danger in a backyard. She said the dog was barking all night.";
    let ruiz = entity("person:ana-ruiz", "Ana Ruiz", EntityType::Person, &[], text, &["Ana Ruiz"]);
    let qs = quotes(text, &[ruiz]);
    assert_eq!(speaker_of(&qs, "barking"), "Ana Ruiz", "{qs:?}");
}

#[test]
fn a_sentence_subject_that_cannot_speak_credits_no_one_with_a_quotation() {
    for text in [
        "The theme for the parade is “The Power of Hope and of Light” this year.",
        "Slogans like “we will not show our papers” echoed in the square.",
    ] {
        let qs = quotes_in(text, Language::English);
        assert!(qs.iter().all(|q| q.1.is_empty()), "{text}: {qs:?}");
    }
    let qs = quotes_in("The senator called the deal “a very bad bargain for everyone” on Monday.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("The senator"), "a role speaks: {qs:?}");
    let qs = quotes_in("Mayor Ines Valdor praised the crews for “working all through the night”.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("Ines Valdor"), "a name speaks: {qs:?}");
}

#[test]
fn adding_an_object_is_no_speech() {
    for text in ["Tomas Keel scored twice and added an assist on Monday as the Harbour Hawks won.", "She added splashes of colour with a purple belt."] {
        let qs = quotes(text, &[]);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    let qs = quotes("Tomas Keel added the plan would wait until the spring.", &[]);
    assert_eq!(speaker_of(&qs, "plan would wait"), "Tomas Keel", "{qs:?}");
}

#[test]
fn a_credit_before_the_speaker_is_not_what_was_said() {
    let qs = quotes("According to the Harbour Times, Cil said, “We work closely with every franchisee.”", &[]);
    assert!(qs.iter().all(|q| !q.text.contains("Harbour Times")), "{qs:?}");
    assert_eq!(speaker_of(&qs, "work closely"), "Cil", "{qs:?}");
}

#[test]
fn who_goes_on_to_say_something_says_it() {
    for text in [
        "Aisha Bello spoke at the summit. She then goes on to say that she keeps studying every night.",
        "Aisha Bello spoke at the summit. She then goes onto say that she keeps studying every night.",
    ] {
        let qs = quotes_in(text, Language::English);
        assert_eq!(qs.first().map(|q| q.1.as_str()), Some("Aisha Bello"), "{text}: {qs:?}");
    }
}

#[test]
fn a_document_named_after_a_quotation_mark_does_not_break_the_lookup() {
    // "”" is one byte longer than "ad": comparing it with "ads" must not cut the mark
    let qs = quotes("Voters saw “Hope for all” on a poster. The ad said the vote would be close.", &[]);
    assert_eq!(speaker_of(&qs, "vote would be close"), "The ad", "{qs:?}");
}

#[test]
fn a_name_in_apposition_after_another_speaks() {
    let qs = quotes_in("Another respected theologian, Father Tomas Veyne, warned that the church was becoming divided.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("Tomas Veyne"), "{qs:?}");
}

#[test]
fn what_someone_said_is_no_clause_of_theirs() {
    let qs = quotes("The judge said the officer had been hurt by what Keel had said to him on the quay that night.", &[]);
    assert!(qs.iter().all(|q| !q.text.starts_with("to him")), "{qs:?}");
    assert_eq!(speaker_of(&qs, "officer had been hurt"), "The judge", "{qs:?}");
}

#[test]
fn a_participle_clause_before_a_quotation_is_not_what_was_said() {
    let qs = quotes("Praising the harbour’s new ferries, she said, “We can carry everyone who comes.”", &[]);
    assert!(qs.iter().all(|q| !q.text.contains("Praising")), "{qs:?}");
    // a clause split around its cue is still what was said
    let qs = quotes("The streets were deserted, he added, “but the ferries kept running.”", &[]);
    assert!(qs.iter().any(|q| q.text.contains("streets were deserted")), "{qs:?}");
}

#[test]
fn a_title_standing_alone_is_whoever_it_last_named() {
    let text = "Gov. Mara Ostrander spoke on Friday. The governor said the schools would close.\n\nPresident Ilse Varga extended the deadline. The President said: “We are postponing it.”";
    let qs = quotes_in(text, Language::English);
    let speaker = |words: &str| qs.iter().find(|q| q.0.contains(words)).map(|q| q.1.clone()).unwrap_or_default();
    assert_eq!(speaker("schools would close"), "Mara Ostrander", "{qs:?}");
    assert_eq!(speaker("postponing"), "Ilse Varga", "{qs:?}");
    // no titled name before: the title stays as written
    let qs = quotes_in("The senator said the vote would wait until May.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("The senator"), "{qs:?}");
}

#[test]
fn an_anonymous_source_keeps_its_whole_phrase() {
    for (text, speaker) in [
        ("People familiar with the matter said the ferry deal was off.", "People familiar with the matter"),
        ("A person close to the talks said the ferry deal was off.", "A person close to the talks"),
        ("Two officials briefed on the plan said the ferry deal was off.", "Two officials briefed on the plan"),
        ("Seven sources with knowledge of the matter told the Harbour Times the ferry deal was off.", "Seven sources with knowledge of the matter"),
    ] {
        let qs = quotes(text, &[]);
        assert_eq!(speaker_of(&qs, "ferry deal was off"), speaker, "{qs:?}");
    }
}

#[test]
fn sourcing_phrases_name_their_source() {
    let text = "The Harbour Ministry opened an office.\n\nA spokeswoman for the Harbour Ministry said the ferry deal was off.\n\nAccording to people familiar with the matter, the ferry talks had stalled.\n\nOfficials speaking on condition of anonymity said the ferry line would close.\n\nThe Harbour Times reported, citing two sources, that the ferry fares would rise.";
    let qs = quotes_in(text, Language::English);
    let find = |words: &str| qs.iter().find(|q| q.0.contains(words)).cloned().unwrap_or_default();
    assert_eq!(find("ferry deal was off").1, "Harbour Ministry", "a spokeswoman speaks for her body: {qs:?}");
    assert_eq!(find("talks had stalled").1, "people familiar with the matter", "{qs:?}");
    assert_eq!(find("line would close").1, "Officials", "{qs:?}");
    assert_eq!(find("fares would rise").0, "the ferry fares would rise", "the citation is no content: {qs:?}");
}

#[test]
fn fronted_adjuncts_and_parentheses_leave_the_clause_after_the_cue() {
    let text = "The Harbour Ministry spoke first. Ana Ruiz runs the port. Tom Hale is her lawyer.\n\nIn a statement, the ministry said the ferries were safe.\n\nSpeaking to reporters, Ruiz said the fares would fall.\n\nRuiz's lawyer, Tom Hale, said the case was weak.\n\nRuiz — who runs the port — said the ferries would sail again.\n\nNATO Secretary-General Jens Stoltenberg said the alliance was united.";
    let qs = quotes_in(text, Language::English);
    let find = |words: &str| qs.iter().find(|q| q.0.contains(words)).cloned().unwrap_or_default();
    assert!(qs.iter().all(|q| !q.0.contains("In a statement") && !q.0.contains("Speaking to")), "{qs:?}");
    assert_eq!(find("ferries were safe").1, "Harbour Ministry", "{qs:?}");
    assert_eq!(find("fares would fall").1, "Ana Ruiz", "{qs:?}");
    assert_eq!(find("case was weak").1, "Tom Hale", "{qs:?}");
    assert_eq!(find("sail again").1, "Ana Ruiz", "{qs:?}");
    assert_eq!(find("alliance was united").1, "Jens Stoltenberg", "{qs:?}");
}

#[test]
fn a_cue_inside_its_sentence_reports_the_whole_sentence() {
    let qs = quotes_in("Ana Ruiz runs the port.\n\nThe ferries, Ruiz said, are fixed and ready for winter.", Language::English);
    assert_eq!(qs.first().map(|q| (q.0.as_str(), q.1.as_str())), Some(("The ferries, Ruiz said, are fixed and ready for winter", "Ana Ruiz")), "{qs:?}");
    // a clause before the parenthesis is what was said, up to it
    let qs = quotes("The ferries are fixed, Ruiz said on Monday, adding that fares would fall.", &[]);
    assert!(qs.iter().any(|q| q.text == "The ferries are fixed"), "{qs:?}");
}

#[test]
fn quoted_as_saying_is_speech_and_could_say_is_not() {
    let qs = quotes("Tom Hale was quoted as saying the ferries were unsafe.", &[]);
    assert_eq!(speaker_of(&qs, "ferries were unsafe"), "Tom Hale", "{qs:?}");
    for text in ["By some standards one could say the ferries were unsafe.", "You might say the harbour was shell-shocked."] {
        let qs = quotes(text, &[]);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
    let qs = quotes_in("Prime Minister Theresa May said the ferries were unsafe.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("Theresa May"), "a name is no modal: {qs:?}");
}

#[test]
fn a_former_holder_of_a_title_is_not_the_title_alone() {
    let qs = quotes_in("Former President Ilse Varga played golf. In 2016, Tomas Keel criticised her. “She played more golf than anyone,” the president said at a rally.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("the president"), "{qs:?}");
}

#[test]
fn adjuncts_after_the_cue_leave_the_clause_before_it() {
    let qs = quotes("Valdoria opposes looser budget rules, its new finance minister said in remarks published on Tuesday.", &[]);
    assert_eq!(qs.first().map(|q| q.text.as_str()), Some("Valdoria opposes looser budget rules"), "{qs:?}");
}

#[test]
fn a_label_that_names_no_one_speaks_for_no_one() {
    let qs = quotes_in("Weather Blog: Snow showers give way to sunshine on Thursday across the harbour.\n\nAna Ruiz: The pier stays closed until the inspectors are done.", Language::English);
    assert!(qs.iter().filter(|q| q.0.contains("Snow showers")).all(|q| q.1.is_empty()), "{qs:?}");
    assert_eq!(qs.iter().find(|q| q.0.contains("pier stays closed")).map(|q| q.1.as_str()), Some("Ana Ruiz"), "{qs:?}");
}

#[test]
fn posting_responding_or_writing_for_something_is_no_speech() {
    for text in [
        "Ana Ruiz posted the statement on her Twitter account on Tuesday evening.",
        "Officers responded to a report of people using fire pits in the park.",
        "Tomas Keel once wrote for the harbour's oldest newspaper.",
    ] {
        let qs = quotes(text, &[]);
        assert!(qs.is_empty(), "{text}: {qs:?}");
    }
}

#[test]
fn a_name_in_apposition_after_the_quotation_speaks_and_one_asked_says_nothing_yet() {
    let qs = quotes("“I have never seen anything like it,” one resident, Maria Lopes, told the Harbour Times.", &[]);
    assert_eq!(speaker_of(&qs, "never seen"), "Maria Lopes", "{qs:?}");
    let qs = quotes("Ruiz, asked whether she would resign, said: “No, not today.”", &[]);
    assert!(qs.iter().all(|q| !q.text.contains("would resign")), "she was asked, she did not ask: {qs:?}");
    assert_eq!(speaker_of(&qs, "not today"), "Ruiz", "{qs:?}");
}

#[test]
fn a_pronoun_that_found_no_one_is_no_antecedent() {
    let qs = quotes("The study came out on Friday. It said ferries pollute less than cars.\n\nThe harbour police arrested two men. They said the men had stolen a boat.", &[]);
    assert_eq!(speaker_of(&qs, "stolen a boat"), "They", "{qs:?}");
}

#[test]
fn they_after_bodies_named_together_is_the_group() {
    let qs = quotes_in("The Harbour Board and the Port Authority met on Monday. They said the port would stay open all winter.", Language::English);
    assert_eq!(qs.first().map(|q| q.1.as_str()), Some("Harbour Board and Port Authority"), "{qs:?}");
}

/// The reported words of each quote in `text`, with its speaker.
fn reported_words(text: &str) -> Vec<(String, String)> {
    quotes(text, &[]).into_iter().map(|q| (q.text, q.speaker.map(|s| s.name).unwrap_or_default())).collect()
}

/// Each text reports its content, by a speaker whose name ends with the
/// given words (any speaker for "").
fn assert_reports(cases: &[(&str, &str, &str)]) {
    for &(text, content, speaker) in cases {
        let all = reported_words(text);
        assert!(all.iter().any(|(t, s)| t == content && s.ends_with(speaker)), "{text:?}: {all:?}");
    }
}

#[test]
fn a_second_verb_of_the_speaker_ends_what_the_first_reports() {
    let denied = reported_words("The Harbour Ministry denied the agency's role in the leak and challenged the board to publish its evidence.");
    assert_eq!(denied, vec![("the agency's role in the leak".to_string(), "Harbour Ministry".to_string())]);
    let said = reported_words("The ministry denied that it had closed the mine and said it would reopen in spring.");
    assert!(said.iter().any(|(t, _)| t == "it had closed the mine"), "{said:?}");
    assert!(said.iter().any(|(t, _)| t == "it would reopen in spring"), "{said:?}");
    let saying = reported_words("Carrow Air said it was retiring six jets and cutting routes, saying demand would take years to return.");
    assert!(saying.iter().any(|(t, _)| t == "it was retiring six jets and cutting routes"), "{saying:?}");
    let criticized = reported_words("In her speech, Ruiz urged voters to back the ferry plan, and criticized the council's lack of ambition.");
    assert!(criticized.iter().any(|(t, s)| t == "the council's lack of ambition" && s == "Ruiz"), "the fronted adjunct is not what she criticized: {criticized:?}");
}

#[test]
fn verbs_the_reported_clause_shares_do_not_end_it() {
    for text in [
        "Officer Hale said the graffiti was found by a caretaker at the camp and reported to police on Friday.",
        "She said she left the pizza behind and took her sons out to eat.",
        "Police say Pastor became argumentative and got close to the officers.",
        "A manager told the staff that the company had completed a review of the papers and found that they were forged.",
        "Prosecutors say the suspect entered the hall where people were lighting candles and saying prayers.",
    ] {
        let all = reported_words(text);
        let last = text.trim_end_matches('.').rsplit(' ').next().unwrap();
        assert!(all.iter().any(|(t, _)| t.ends_with(last)), "the clause runs to its end in {text:?}: {all:?}");
    }
}

#[test]
fn a_business_named_by_its_kind_is_the_business_of_that_kind() {
    let text = "Carrow Air and Verlo Bank met the United Nations on Monday.\n\
                The airline said the fees would double ticket prices.\n\
                The bank said inflation had not yet peaked.\n\
                The company said it would appeal the ruling in May.\n\
                The Port Authority opened the pier. The authority added that inspections would continue weekly.";
    let org = |id: &str, name: &str| entity(id, name, EntityType::Organisation, &[], text, &[name]);
    let ents = [org("organisation:carrow-air", "Carrow Air"), org("organisation:verlo-bank", "Verlo Bank"), org("organisation:un", "United Nations"), org("organisation:port-authority", "Port Authority")];
    let qs = quotes(text, &ents);
    assert_eq!(speaker_of(&qs, "double ticket prices"), "Carrow Air", "the airline is the business named as an airline, not the bank named since");
    assert_eq!(speaker_of(&qs, "inflation had not"), "Verlo Bank");
    assert_ne!(speaker_of(&qs, "appeal the ruling"), "United Nations", "a public body is not 'the company'");
    assert_eq!(speaker_of(&qs, "inspections would continue"), "Port Authority");
}

#[test]
fn the_date_of_a_cue_and_the_person_told_are_not_what_was_said() {
    for (text, said) in [
        ("Ruiz said Monday the port would reopen within weeks.", "the port would reopen within weeks"),
        ("Hale said on Tuesday he would not resign.", "he would not resign"),
        ("Hale announced early Wednesday his campaign had raised $2 million.", "his campaign had raised $2 million"),
        ("Ruiz told the Verlo Times last week she had been misled by her advisers.", "she had been misled by her advisers"),
        ("Hale announced on Monday (17 June) he will remain in the party.", "he will remain in the party"),
        ("Ruiz said this week was the hardest of her career.", "this week was the hardest of her career"),
    ] {
        let all = reported_words(text);
        assert!(all.iter().any(|(t, _)| t == said), "{text:?}: {all:?}");
    }
    let before = reported_words("The minister has set up a task force to study the ferries, sources told Verlo Radio on Wednesday, after a number of cases made headlines.");
    assert!(before.iter().any(|(t, s)| t.starts_with("The minister has set up a task force") && s == "sources"), "{before:?}");
}

#[test]
fn a_word_or_two_quoted_in_a_reported_clause_leave_the_clause_whole() {
    let all = reported_words("A senior official said the review was \"well advanced.\"");
    assert_eq!(all, vec![("the review was \"well advanced.\"".to_string(), "A senior official".to_string())]);
    let all = reported_words("The flyers were discovered in the square earlier this month, but first reported on Monday after the attack.");
    assert!(all.is_empty(), "a passive participle reports no one's words: {all:?}");
}

#[test]
fn people_who_speak_together_are_one_speaker() {
    let text = "Tom Hale and Maria Ruiz said in a joint statement that the port would reopen on Friday.\n\
                Hale and Ruiz met the board on Monday. They said the talks had gone well.";
    let person = |id: &str, name: &str, surfaces: &[&str]| entity(id, name, EntityType::Person, &[], text, surfaces);
    let ents = [person("person:tom-hale", "Tom Hale", &["Tom Hale", "Hale "]), person("person:maria-ruiz", "Maria Ruiz", &["Maria Ruiz", "Ruiz "])];
    let qs = quotes(text, &ents);
    assert_eq!(speaker_of(&qs, "the port would reopen"), "Maria Ruiz and Tom Hale", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "the talks had gone well"), "Maria Ruiz and Tom Hale", "'They' after people named together");
}

#[test]
fn a_spokesman_speaks_for_whom_he_serves_and_an_official_for_the_body_not_its_adjectives() {
    let text = "Maria Ruiz met the board on Monday. Ruiz's spokesman said the minister had not been consulted.\n\
                The Pentagon press secretary said the talks had gone well.\n\
                In an interview, Ruiz conceded that mistakes had been made.";
    let ents = [
        entity("person:maria-ruiz", "Maria Ruiz", EntityType::Person, &[], text, &["Maria Ruiz", "Ruiz"]),
        entity("organisation:pentagon", "Pentagon", EntityType::Organisation, &[], text, &["Pentagon"]),
    ];
    let qs = quotes(text, &ents);
    assert_eq!(speaker_of(&qs, "had not been consulted"), "Maria Ruiz");
    assert_eq!(speaker_of(&qs, "the talks had gone well"), "Pentagon", "not 'Pentagon press'");
    assert_eq!(speaker_of(&qs, "mistakes had been made"), "Maria Ruiz", "'conceded' is a cue");
}

#[test]
fn a_role_is_someone_a_pronoun_points_back_to_and_a_name_used_as_a_modifier_is_not() {
    let text = "Stephen Colbert mocked the attorney general.\n\
                The Late Show host accused him of lying about the Mueller report and said on his show, “Happy Barr Day, everybody!”\n\
                “It was incredibly frustrating to watch,” he continued.";
    let person = |id: &str, name: &str, surfaces: &[&str]| entity(id, name, EntityType::Person, &[], text, surfaces);
    let ents = [person("person:stephen-colbert", "Stephen Colbert", &["Stephen Colbert"]), person("person:robert-mueller", "Mueller", &["Mueller"])];
    let qs = quotes(text, &ents);
    assert_eq!(speaker_of(&qs, "incredibly frustrating"), "Late Show host", "{qs:#?}");
}

#[test]
fn an_apposition_after_according_to_and_an_agent_after_a_participle_are_not_speech() {
    let all = reported_words("The children were swept away by torrential rain, according to Abdul Naqeeb, a government official in the district.");
    assert_eq!(all, vec![("The children were swept away by torrential rain".to_string(), "Abdul Naqeeb".to_string())]);
    let qs = quotes("Nothing else here.\n“It is a profanation of God, born of a woman,” a position underscored by several Twitter users.", &[]);
    assert!(qs.iter().all(|q| q.speaker.as_ref().is_none_or(|s| s.name != "a position")), "{qs:#?}");
}

#[test]
fn a_noun_in_ly_and_an_ampersand_stay_in_the_speaker_phrase() {
    let all = reported_words("The man’s family insists that he should not be buried without the ritual.");
    assert_eq!(all[0].1, "The man’s family", "'family' is no adverb: {all:?}");
    let qs = quotes("Nothing else here.\n“We will rebuild the clinics,” says the Harbour & Valley Foundation.", &[]);
    assert_eq!(speaker_of(&qs, "rebuild the clinics"), "Harbour & Valley Foundation", "{qs:#?}");
}

#[test]
fn a_wish_is_no_ones_view() {
    assert!(reported_words("Let's hope we will finally see more West African restaurants in the city.").is_empty());
    assert!(reported_words("Let us hope the talks will succeed soon.").is_empty());
    assert_eq!(reported_words("We hope the talks will succeed soon.").len(), 1);
}

#[test]
fn a_speaker_after_the_cue_may_end_in_adjuncts_but_not_a_clause() {
    let all = reported_words("Six war prisoners have arrived at the airbase, said the Coalition to Restore Order in Valdoria.");
    assert!(all.iter().any(|(t, s)| t == "Six war prisoners have arrived at the airbase" && s.starts_with("Coalition to Restore Order")), "{all:?}");
    let all = reported_words("An analysis of the funds raised since Jan. 1, 2015, shows Democratic groups outpacing Republicans in recent weeks.");
    assert!(all.iter().any(|(t, _)| t == "Democratic groups outpacing Republicans in recent weeks"), "{all:?}");
}

#[test]
fn a_participle_after_an_object_qualifies_it() {
    assert!(reported_words("She posted a video showing thick smoke over the glacier.").is_empty());
    let all = reported_words("The ministry posted a statement saying the port was safe.");
    assert_eq!(all, vec![("the port was safe".to_string(), "The ministry".to_string())], "the statement says it, the posting does not");
}

#[test]
fn a_family_named_by_a_surname_is_no_he_or_she() {
    let text = "Sen. Elizabeth Varro said Donald Quell was a failure.\n\nListing several of Quells business ventures she added, “Donald Quell is a proven failure.”";
    let analysis = crate::analyse(text, None, Some("en"));
    assert_eq!(speaker_of(&analysis.quotes, "proven failure"), "Elizabeth Varro", "{:#?}", analysis.quotes);
}

#[test]
fn a_lawmaker_speaks_with_her_party_and_state_after_her_name() {
    let text = "Sen. Rand Paul (R-Ky.) said the plan would give money to undocumented immigrants.\n\
                “We will win,” Sen. Lindsey Graham (R-S.C.) said.\n\
                Sen. Bob Corker, R-Tenn., and Sen. Ana Ruiz, D-N.Y., met on Monday. They said the bill should be changed.";
    let analysis = crate::analyse(text, None, Some("en"));
    let qs = &analysis.quotes;
    assert_eq!(speaker_of(qs, "undocumented immigrants"), "Rand Paul", "{qs:#?}");
    assert_eq!(speaker_of(qs, "We will win"), "Lindsey Graham");
    assert_eq!(speaker_of(qs, "should be changed"), "Ana Ruiz and Bob Corker", "names with their labels are one group");
    // a comma after the label, before the cue
    let text = "At a rally in Berea, OH, after the vote, Gov. Tom Quill (R-OH), said, “I’m getting ready to rent a wagon.”";
    let analysis = crate::analyse(text, None, Some("en"));
    assert_eq!(speaker_of(&analysis.quotes, "rent a wagon"), "Tom Quill", "{:#?}", analysis.quotes);
}

#[test]
fn who_said_in_a_relative_clause_is_the_antecedent_and_ends_at_the_main_verb() {
    let all = reported_words("Mark Tompkins, who said he knew the family, joined the campaign in May.");
    assert_eq!(all, vec![("he knew the family".to_string(), "Mark Tompkins".to_string())]);
    let all = reported_words("Residents of the town, who said they had not been warned, left their homes.");
    assert_eq!(all, vec![("they had not been warned".to_string(), "Residents of the town".to_string())]);
    // a clause is no antecedent, and a name ending in a common head ("Post") is no adjunct ("in a post")
    assert!(reported_words("Once the video was released, which showed the officer firing, the protests began.").is_empty());
    let all = reported_words("The silence comes two days after the Huffington Post, which originally said it would cover the race as entertainment, changed course.");
    assert_eq!(all, vec![("it would cover the race as entertainment".to_string(), "Huffington Post".to_string())]);
}
#[test]
fn according_to_a_document_by_its_author_credits_the_words_after_the_comma() {
    assert_reports(&[
        ("According to a report by Mandiant, the group used fake login pages.", "the group used fake login pages", "Mandiant"),
        ("According to a memo seen by Reuters, the plant will close.", "the plant will close", "Reuters"),
        // a role's name in apposition is the speaker
        ("According to a police spokesman, John Dube, the road will reopen on Monday.", "the road will reopen on Monday", "John Dube"),
    ]);
    assert_reports(&[("According to police, Smith, 34, was arrested on Monday.", "Smith, 34, was arrested on Monday", "police")]);
}

#[test]
fn a_station_told_and_someone_unnamed_are_no_part_of_the_words_or_speaker() {
    assert_reports(&[
        ("Andrew Bennett of the Nevada Office of Traffic Safety told 8 News Now too many people still drove impaired.", "too many people still drove impaired", "Andrew Bennett of the Nevada Office of Traffic Safety"),
    ]);
    let all = reported_words("If in the throes of this market's recovery someone told you to forgo stocks, you would laugh.");
    assert!(all.iter().all(|(_, s)| s == "someone"), "an indefinite pronoun is a whole phrase: {all:?}");
    // a nickname in quotation marks is no one's words
    let qs = quotes("He oversaw a turnaround at Renault that won him the nickname “Le Cost Killer” and a fortune.", &[]);
    assert!(qs.iter().all(|q| !q.text.contains("Cost Killer")), "{qs:#?}");
}

#[test]
fn people_in_a_place_speak_not_the_place() {
    assert_reports(&[
        ("Officials in Nevada said the count was fair.", "the count was fair", "Officials"),
        ("The Karvonian mission to the UN in the United States has denied any attempt to interfere.", "any attempt to interfere", "Karvonian mission to the UN"),
        ("But the sponsor of a ferry bill in the House said he still planned to pursue it this year.", "he still planned to pursue it this year", "the sponsor of a ferry bill"),
        ("It was backed by Sen. Ana Ruiz of Varnell, the ranking Democrat on the Harbour Committee, who said none of the ferries had failed.", "none of the ferries had failed", "Ana Ruiz of Varnell"),
        ("Clinton's biggest boosters in New Hampshire insisted it was a temporary dip.", "it was a temporary dip", "Clinton's biggest boosters"),
        ("Some delegates at the convention in Philadelphia said they welcomed attention to the issue.", "they welcomed attention to the issue", "Some delegates at the convention"),
        ("The embassy in Valmont said the claims were false.", "the claims were false", "The embassy"),
        ("The man who lives in Iowa said he was angry.", "he was angry", "The man"),
        ("The woman whose son died in Iraq said the war was a mistake.", "the war was a mistake", "The woman"),
    ]);
    // a thing in a place is no speaker
    assert!(reported_words("The fight in Nevada underscored the determination of the supporters.").is_empty());
    // nor is the sentence's opening place ("Inside the hotel, Trump …, arguing"), nor what a subject urged
    assert_reports(&[
        ("Inside the hotel conference center, Trump dismissed Walker as a poor leader, arguing that the governor had failed.", "the governor had failed", "Trump"),
        ("Rahm Emanuel, his chief of staff, urged a strong stand, saying that otherwise Netanyahu would walk all over us.", "otherwise Netanyahu would walk all over us", "Rahm Emanuel"),
    ]);
}

#[test]
fn a_demonyms_embassy_is_its_states_embassy() {
    let text = "Karvonia's embassy called the claims groundless. The Karvonian embassy in Valmont denied any involvement in the attack.";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    let q = qs.iter().find(|q| q.text.contains("any involvement")).expect("the denial");
    assert_eq!(q.speaker.as_ref().and_then(|s| s.entity.as_deref()), Some("organisation:karvonias-embassy"), "{qs:#?}");
    // with no such body named, the one another article would name
    let qs = crate::analyse("Officials in Karvonia were silent. The Karvonian embassy in Valmont denied any involvement in the attack.", None, Some("en")).quotes;
    let speaker = qs[0].speaker.as_ref().expect("a speaker");
    assert_eq!((speaker.name.as_str(), speaker.entity.as_deref()), ("Karvonia's embassy", Some("organisation:karvonias-embassy")));
}

#[test]
fn owners_named_together_speak_as_their_bodies_group() {
    let text = "The Trump campaign said it was hacked. The Harris campaign was also targeted.\n\
                The country votes on November 5, with both Trump’s and Democratic rival Kamala Harris’s campaigns saying they had been targeted.";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    let q = qs.iter().find(|q| q.text.contains("they had been targeted")).expect("the campaigns' words");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.name, "Harris campaign and Trump campaign");
    assert_eq!(speaker.entity.as_deref(), Some("group:harris-campaign-trump-campaign"));
}

#[test]
fn a_verb_of_belief_or_finding_needs_a_clause_not_an_object() {
    for text in [
        "The timing and nature of the attack suggest a coordinated effort to infiltrate the process.",
        "The ability to protect campaign information and maintain the integrity of the process will remain a priority.",
        "Hillary Clinton maintains a commanding lock on the party's leadership.",
    ] {
        assert!(reported_words(text).is_empty(), "{text:?}: {:?}", reported_words(text));
    }
    // a document finds what it finds, also after an aside and an auxiliary
    assert_reports(&[
        ("The new study, published in the journal Nature, has found an answer to this problem.", "an answer to this problem", "The new study"),
        ("Analysts suggest the attack was coordinated.", "the attack was coordinated", "Analysts"),
    ]);
}

#[test]
fn it_in_a_clause_on_a_named_group_is_the_sentences_subject() {
    let text = "Valdoria's National Cyber Security Directorate on Thursday attributed the attack to Ember Typhoon, a hacking group it said works for Karvonia's military.";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    assert_eq!(speaker_of(&qs, "works for"), "National Cyber Security Directorate", "{qs:#?}");
}

#[test]
fn the_owner_of_a_claim_speaks() {
    let text = "Donald Trump spoke in Iowa. He cited his followers as the source for his recent claim that crime had doubled.";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    assert_eq!(speaker_of(&qs, "crime had doubled"), "Donald Trump", "{qs:#?}");
    // a noun after the possessive is the speaker ("her lawyer said")
    assert_reports(&[("Her lawyer said the case was weak.", "the case was weak", "Her lawyer")]);
}

#[test]
fn a_verb_before_a_colon_is_the_cue_not_part_of_the_speaker() {
    let text = "Ted Cruz spoke last.\n\nCruz continued:\n\n“You look at the questions.”";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    assert_eq!(speaker_of(&qs, "You look"), "Ted Cruz", "{qs:#?}");
    assert_eq!(qs[0].cue.as_deref(), Some("continued"));
}

#[test]
fn a_headline_or_columns_present_tense_cue_credits_the_name_around_it() {
    assert_reports(&[
        ("The plan is dead, tweets US Secretary of State Mike Pompeo", "The plan is dead", "Mike Pompeo"),
        ("Bush cannot expect to advance in Texas politics without Cruz's support, O'Keefe notes.", "Bush cannot expect to advance in Texas politics without Cruz's support", "O'Keefe"),
        ("The movement plans to protest the debate, the Daily Caller reports.", "The movement plans to protest the debate", "Daily Caller"),
    ]);
    // a noun after an owner is no cue
    assert!(reported_words("The party has responded with attacks, including Friday's tweets.").is_empty());
    assert!(reported_words("Ken Starr praises, laments Bill Clinton's legacy").is_empty());
}

#[test]
fn in_his_words_credits_the_owner_of_the_words() {
    let text = "Ana Ruiz spoke first. In her words, “the port is safe.”\nIn the words of Tomas Reyes, “we are done.”\nIn Reyes’s own words: “never again.”";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    assert_eq!(speaker_of(&qs, "the port is safe"), "Ana Ruiz", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "we are done"), "Tomas Reyes");
    assert_eq!(speaker_of(&qs, "never again"), "Tomas Reyes");
    // with no one to point to, the pronoun is named as a subject
    let qs = quotes("The crowd cheered. In his words, “it was a fine day.”", &[]);
    assert_eq!(qs[0].speaker.as_ref().map(|s| s.name.as_str()), Some("he"), "{qs:#?}");
}

#[test]
fn the_utility_is_the_water_or_power_body_named_before() {
    let text = "The Port Ellery Water Authority was hit. The hackers work for Karvonia's military intelligence.\n\
                The utility, which serves about 410,000 people, said water supply was never affected.";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    assert_eq!(speaker_of(&qs, "never affected"), "Port Ellery Water Authority", "{qs:#?}");
}

#[test]
fn a_pronoun_points_back_to_someone_new_named_by_a_noun() {
    let all = reported_words("A woman reported that her vehicle had been stolen. She told the officers she had slept in it.");
    assert_eq!(all[1], ("she had slept in it".to_string(), "A woman".to_string()), "{all:?}");
    let all = reported_words("A police officer said the road was closed. He told reporters it would reopen on Monday.");
    assert_eq!(all[1].1, "A police officer", "{all:?}");
    // a noun's gender is kept: "he" is not the woman
    let all = reported_words("A woman said her car had been stolen. He said he saw nothing.");
    assert_eq!(all[1].1, "He", "{all:?}");
}

#[test]
fn a_name_in_apposition_before_the_cue_speaks_for_its_title() {
    assert_reports(&[
        ("On his part, the Chairman House of Representatives Committee on Army, Abdulrazak Namdas, said that the base was safe.", "the base was safe", "Abdulrazak Namdas"),
        ("One delegate, Kelly Schmidt, told reporters she was leaning toward Cruz.", "she was leaning toward Cruz", "Kelly Schmidt"),
    ]);
    // a place's state is no name in apposition
    let all = reported_words("The timeline of events in the massacre in San Bernardino, California, shows that the name was known.");
    assert!(all.iter().all(|(_, s)| s != "California"), "{all:?}");
}

#[test]
fn an_irregular_past_ends_the_subject_before_a_participle_cue() {
    let all = reported_words("Adelson met with Trump in May, declaring that he found him charming.");
    assert_eq!(all, vec![("he found him charming".to_string(), "Adelson".to_string())]);
}

#[test]
fn a_passive_verbs_agent_is_no_part_of_the_speaker() {
    let all = reported_words("The hack was first reported by Politico, which said it had received the documents.");
    assert_eq!(all, vec![("it had received the documents".to_string(), "Politico".to_string())]);
    // a document's participle keeps its author
    assert_reports(&[("A study commissioned by Pew said most voters were undecided.", "most voters were undecided", "study commissioned by Pew")]);
}

#[test]
fn a_long_adjunct_between_the_cue_and_its_that_is_not_what_was_said() {
    assert_reports(&[
        ("The company said in a filing with the Securities and Exchange Commission that revenue fell 12 percent.", "revenue fell 12 percent", "The company"),
        ("Omar Mateen said in a 911 call from the scene of the shooting in a nightclub that his actions were revenge.", "his actions were revenge", "Omar Mateen"),
    ]);
    // a relative "that", an infinitive's "that" and a quantity are no adjunct's end
    let all = reported_words("The two camps also agreed on creating a commission to examine changes to party rules that could reduce the role of superdelegates.");
    assert!(all.iter().all(|(t, _)| !t.starts_with("could reduce")), "{all:?}");
    let all = reported_words("Authorities reported at least 20 victims at a nonprofit center that works with individuals with disabilities.");
    assert!(all.iter().all(|(t, _)| !t.starts_with("works with")), "{all:?}");
}

#[test]
fn a_name_inside_a_restrictive_relative_clause_is_not_the_speaker() {
    assert_reports(&[
        ("A retired general who served under Bush said the plan was flawed.", "the plan was flawed", "A retired general"),
        ("The company that owns Fox News said the report was false.", "the report was false", "The company"),
        ("The lawyer who represents Michael Cohen said his client would testify.", "his client would testify", "The lawyer"),
        ("The woman whose son died in Iraq said the war was a mistake.", "the war was a mistake", "The woman"),
        ("Officials who spoke to reporters said the talks failed.", "the talks failed", "Officials"),
        // nested clauses: the outer antecedent
        ("A woman who sat near the man who killed two men at the West Freeway Church said he made her uneasy.", "he made her uneasy", "A woman"),
        // no phrase ends at the cue
        ("Investors who bought the shares in 2019 said they had lost money.", "they had lost money", "Investors"),
    ]);
    // an infinitive, a preposition or a passive before the cue is no relative clause's end
    let all = reported_words("It's a good bet that tax returns would have more to say on these topics.");
    assert!(all.iter().all(|(_, s)| s != "a good bet"), "{all:?}");
    let all = reported_words("He ran against the candidate who launched his campaign by declaring that immigrants were criminals.");
    assert!(all.iter().all(|(_, s)| s != "the candidate"), "{all:?}");
    // the subject of an object relative speaks: Trump, news reports
    assert_reports(&[
        ("A man who Trump said was a thief denied the charge.", "was a thief denied the charge", "Trump"),
        ("In Cleveland, a man who news reports said was firing off rounds killed his girlfriend.", "was firing off rounds killed his girlfriend", "news reports"),
    ]);
}
#[test]
fn a_plural_noun_after_a_capitalised_word_is_a_subject_not_a_verb() {
    let all = reported_words("Democratic economists, like Republicans, say the tax encourages savings.");
    assert_eq!(all, vec![("the tax encourages savings".to_string(), "Democratic economists".to_string())]);
    let all = reported_words("Proponents of more controls on hate speech here say there is a direct link to the attacks.");
    assert!(all.iter().any(|(t, s)| t.starts_with("there is a direct link") && s.starts_with("Proponents of more controls")), "{all:?}");
}

#[test]
fn she_is_one_person_not_people_named_together_and_they_the_whole_phrase() {
    let text = "Ana Ruiz spoke first.\nCyber security experts and U.S. officials said they believed the leak was deliberate. Asked if she believed Putin wanted a deal, Ruiz said she would wait.";
    let qs = crate::analyse(text, None, Some("en")).quotes;
    assert_eq!(speaker_of(&qs, "Putin wanted a deal"), "Ana Ruiz", "{qs:#?}");
    let believed = qs.iter().find(|q| q.text == "the leak was deliberate").and_then(|q| q.speaker.as_ref()).map(|s| s.name.as_str());
    assert_eq!(believed, Some("Cyber security experts and U.S. officials"), "not the mention inside the phrase");
}
#[test]
fn people_counted_speak_as_counted() {
    let all = reported_words("Most of them said they had loved working at the plant.");
    assert_eq!(all, vec![("they had loved working at the plant".to_string(), "Most of them".to_string())]);
    let all = reported_words("About four in 10 said they were angry with the way the government is operating.");
    assert_eq!(all.first().map(|a| a.1.as_str()), Some("four in 10"), "{all:?}");
    let all = reported_words("Nearly nine out of 10 say they will need new skills to advance.");
    assert_eq!(all.first().map(|a| a.1.as_str()), Some("Nearly nine out of 10"), "{all:?}");
}

#[test]
fn progressives_pointing_out_and_verbs_before_that_or_whether_report() {
    let cases = [
        ("She is claiming that the vote was rigged.", "the vote was rigged", "She"),
        ("The senator is warning that the bill will fail.", "the bill will fail", "The senator"),
        ("Politifact then pointed out that one shooting may have more than one victim.", "one shooting may have more than one victim", "Politifact"),
        ("The court ruled that the law was unconstitutional.", "the law was unconstitutional", "The court"),
        ("A memorable ad questioned whether the senator was prepared to lead.", "whether the senator was prepared to lead", "A memorable ad"),
        ("Aid groups urged a swift evacuation, warning that the risk of disease is high.", "the risk of disease is high", "Aid groups"),
    ];
    assert_reports(&cases);
    // a participle right after a noun describes it; a plural noun before "that" is no verb
    assert!(reported_words("Small gatherings of protesters demanding the government's resignation have become a daily occurrence.").is_empty());
    assert!(reported_words("She said little. The nonstop demands that come with the job erase the barriers.").iter().all(|(_, s)| s != "the nonstop"));
}

#[test]
fn according_to_credits_the_clause_before_it_or_around_it() {
    assert_reports(&[
        ("Crime fell by 12 percent last year, according to the bureau, which released its figures on Monday.", "Crime fell by 12 percent last year", "bureau"),
        ("Ruiz has the best odds, according to three recent polls, including one from Harbour University.", "Ruiz has the best odds", "polls"),
        ("According to the mayor, who spoke on Tuesday, the port will reopen in May.", "the port will reopen in May", "mayor"),
        ("The plant will close in March, according to a memo seen by the Verlo Times.", "The plant will close in March", "seen by the Verlo Times"),
        ("The top genres for buyers, according to the data, were classic rock and jazz.", "The top genres for buyers, according to the data, were classic rock and jazz", "data"),
    ]);
}

#[test]
fn a_demand_and_a_characterisation_report_what_was_said() {
    let cases = [
        ("Ruiz called for a special prosecutor to investigate the foundation.", "a special prosecutor to investigate the foundation", "Ruiz"),
        ("The bill calls for new limits on the firms that may make such calls.", "new limits on the firms that may make such calls", "The bill"),
        ("She has long been calling for the ratification of the amendment.", "the ratification of the amendment", "She"),
        ("Governor Hale described the senator as a disgrace.", "the senator as a disgrace", "Hale"),
    ];
    assert_reports(&cases);
    for text in [
        "The witness described the scene in detail.",
        "The meeting was called for Tuesday.",
        "Flyers described by police as hateful were found on cars.",
        "Thousands joined demonstrations calling for action on climate change.",
    ] {
        assert!(reported_words(text).is_empty(), "{text:?}: {:?}", reported_words(text));
    }
}

#[test]
fn a_name_given_in_quotation_marks_is_the_namers_words() {
    let cases = [
        ("Ruiz called the council’s suspension “arbitrary” on Monday, and left.", "the council’s suspension “arbitrary” on Monday", "Ruiz"),
        ("The union called Hale a “champion” for its members, citing her work after the storm.", "Hale a “champion” for its members", "The union"),
        ("Tomas Reyes attacked the mayor on Sunday, calling him a “loser.”", "him a “loser.”", "Tomas Reyes"),
        ("Later, he branded the new ferry timetable ''a disgrace.''", "the new ferry timetable ''a disgrace.''", "he"),
        ("Her chief aide, Jake Sullivan, calls her record a “blueprint” for the port.", "her record a “blueprint” for the port", "Jake Sullivan"),
    ];
    assert_reports(&cases);
    for text in [
        "They joined a group called the “Harbour Watch” last year.",
        "Ruiz called on the council to “act now” before the winter.",
        "The ferry was called “the Gull” by the crews.",
        "They call it the “new normal” now.",
    ] {
        assert!(quotes(text, &[]).is_empty(), "{text:?}: {:?}", quotes(text, &[]));
    }
    // a phrase of its own: the quotation is introduced by the subject, no name given
    let qs = quotes("The letter called attention to crews caught up in “storms and strikes.”", &[]);
    assert_eq!(qs.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(), ["storms and strikes."]);
}

#[test]
fn a_participle_with_a_quotation_between_speaker_and_cue_keeps_the_speaker() {
    let text = "Nothing else here.\nMr. Hale, citing “the unique magic of the port,” said the harbour could be competitive in three states.";
    let qs = quotes(text, &[entity("person:tom-hale", "Tom Hale", EntityType::Person, &[], text, &["Hale"])]);
    assert_eq!(speaker_of(&qs, "the harbour could be competitive"), "Tom Hale", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "the unique magic of the port"), "Tom Hale", "not 'the harbour', which a clause follows");
}

#[test]
fn whos_after_a_dash_and_a_date_between_subject_and_cue() {
    let all = reported_words("It became an issue, with Ana Ruiz — who’s called for big tax hikes on the rich — lambasting the plan.");
    assert!(all.iter().any(|(t, s)| t == "big tax hikes on the rich" && s == "Ana Ruiz"), "{all:?}");
    let all = reported_words("A Harbour University poll released in late August found that 74 percent of voters wanted the returns.");
    assert!(all.iter().any(|(t, s)| t.starts_with("74 percent") && s.contains("Harbour University")), "{all:?}");
    // the date's phrase follows another preposition's object: no speaker there
    let all = reported_words("The sergeant who threatened him during a confrontation in a parking lot in January admitted he had no basis.");
    assert!(all.iter().all(|(_, s)| !s.contains("parking lot")), "{all:?}");
}

#[test]
fn a_named_poll_opening_its_sentence_credits_the_finding() {
    let all = reported_words("In the latest Harbour/ORC poll released Wednesday, Ruiz fell to 10 percent.");
    assert!(all.iter().any(|(t, s)| t == "Ruiz fell to 10 percent" && s.contains("poll")), "{all:?}");
    for text in [
        "Ruiz continues to lead in polls.",
        "She lives in a house that was featured in the Harbour Times survey of homes.",
        "Only 3.5 percent of respondents in the poll for “Rzeczpospolita” believe the situation is urgent.",
    ] {
        assert!(reported_words(text).iter().all(|(_, s)| !s.contains("poll") && !s.contains("survey")), "{text:?}: {:?}", reported_words(text));
    }
}

#[test]
fn a_poll_or_study_reports_what_it_found() {
    assert_reports(&[
        ("Eighty-four percent of voters in Florida view the plan badly, the poll found.", "Eighty-four percent of voters in Florida view the plan badly", "poll"),
        ("A recent Harbour survey found 90 percent support for background checks.", "90 percent support for background checks", ""),
        ("Early polls show voters in the area rejecting the plan.", "voters in the area rejecting the plan", "polls"),
    ]);
    assert!(reported_words("Police found the body of a man near the harbour.").is_empty());
}

#[test]
fn an_aside_an_apposition_and_plural_present_verbs_keep_what_was_said() {
    assert_reports(&[
        ("The minister insisted, however, that the budget was balanced.", "the budget was balanced", "The minister"),
        ("Critics, including the opposition leader, have said the law is unconstitutional.", "the law is unconstitutional", "Critics"),
        ("Prosecutors allege that Hale stole $2 million from the charity.", "Hale stole $2 million from the charity", "Prosecutors"),
    ]);
}

#[test]
fn whom_a_speaker_addresses_is_not_what_was_said() {
    assert_reports(&[
        ("A witness told the paper she had seen him light the firework twice.", "she had seen him light the firework twice", "A witness"),
        ("We're told the agency is continuing to monitor the cases.", "the agency is continuing to monitor the cases", ""),
        ("Bill Gates warned the next catastrophe would be caused by a virus.", "the next catastrophe would be caused by a virus", "Bill Gates"),
        ("Tom Hale and Ana Ruiz both said the plant would stay open.", "the plant would stay open", "Ana Ruiz"),
    ]);
}

#[test]
fn an_adjective_in_ly_and_a_document_of_results_keep_the_credit_whole() {
    assert_reports(&[
        ("According to a yearly Harbour poll, Ruiz is the most admired mayor.", "Ruiz is the most admired mayor", "yearly Harbour poll"),
        ("According to early results of exit polls, Ruiz led in both districts.", "Ruiz led in both districts", "results of exit polls"),
        ("According to the findings of the Carrow Institute, the river is cleaner.", "the river is cleaner", "Carrow Institute"),
    ]);
    // a poll "of" its respondents, and the pollster past them
    assert_reports(&[
        ("According to a poll of 400 voters, Ruiz leads by five points.", "Ruiz leads by five points", "a poll of 400 voters"),
        ("According to a poll of 400 voters released on Friday by Harbour University, Ruiz leads by five points.", "Ruiz leads by five points", "by Harbour University"),
    ]);
}

#[test]
fn whom_a_report_quotes_as_saying_speaks() {
    assert_reports(&[
        ("Reuters quoted a harbour spokesman as saying that the talks had failed.", "the talks had failed", "a harbour spokesman"),
        ("The agency quoted Ana Ruiz as saying the plant would reopen.", "the plant would reopen", "Ana Ruiz"),
    ]);
    let qs = quotes("An early tweet quoted the mayor as saying “We will rebuild the pier!”", &[]);
    assert_eq!(speaker_of(&qs, "rebuild"), "the mayor");
    // an object pronoun is the person named before it
    let text = "Ana Ruiz spoke on Monday. State media quoted her as saying the plant would reopen.";
    let ruiz = entity("e1", "Ana Ruiz", EntityType::Person, &[], text, &["Ana Ruiz"]);
    assert_eq!(speaker_of(&quotes(text, &[ruiz]), "plant"), "Ana Ruiz");
    assert!(reported_words("He quoted Lincoln in his speech on Monday.").is_empty());
}
#[test]
fn those_who_speak_on_a_topic_or_from_a_place_speak_not_the_topic_or_place() {
    assert_reports(&[
        ("Experts on North Korea said the latest test could change everything.", "the latest test could change everything", "Experts on North Korea"),
        ("Investigators working on the case say the man had taken refuge in the hall.", "the man had taken refuge in the hall", "Investigators working on the case"),
        ("Lawyers for the family said the ferry was unsafe.", "the ferry was unsafe", "Lawyers for the family"),
        ("Some in the crowd booed when Ruiz thanked the crews and said the pier would reopen.", "the pier would reopen", "Ruiz"),
        ("Last July 1,409 members said they wanted a strike.", "they wanted a strike", "1,409 members"),
        // a clause cut before the next cue's speaker ends on no dangling word; one ending its sentence keeps it
        ("Hale said she would step down as harbour master — for, as she told the board later, the port needs a new start.", "she would step down as harbour master", "Hale"),
        ("Ruiz says the new rules aren’t worth the paper they’re written on.", "the new rules aren’t worth the paper they’re written on", "Ruiz"),
        // a dateline in capitals before a dash is no part of what was said
        ("Ferry news\nVARNELL, Karvonia (AP) — The bridge will reopen in May, officials said.", "The bridge will reopen in May", "officials"),
        ("A report on Valmont said the sanctions had failed.", "the sanctions had failed", "A report"),
        ("The Senate Committee on Armed Services said the plan would fail.", "the plan would fail", "Senate Committee on Armed Services"),
        // a name the text writes again, before the place it speaks in
        ("Ruiz spoke for an hour. Ruiz in Leeds said the plant would reopen.", "the plant would reopen", "Ruiz"),
        // "rally" is a noun in "-ly", no adverb
        ("Ruiz at the rally said the plant would reopen.", "the plant would reopen", "Ruiz"),
    ]);
    // a fact-check on someone's claim leaves the claim theirs
    assert_reports(&[("Politifact did a fact-check on Ana Ruiz’s claim that there have been thousands of shootings.", "there have been thousands of shootings", "Ana Ruiz’s")]);
}

#[test]
fn a_that_after_the_clauses_own_auxiliary_is_inside_what_was_said() {
    assert_reports(&[
        ("Ruiz said the latest test could change that.", "the latest test could change that", "Ruiz"),
        ("Ruiz said it is clear that the port will reopen.", "it is clear that the port will reopen", "Ruiz"),
        ("Ruiz said in a statement released Monday that the port will reopen.", "the port will reopen", "Ruiz"),
    ]);
}

#[test]
fn a_noun_after_a_determiner_or_an_infinitive_is_no_verb_of_the_clause_around_the_cue() {
    assert_reports(&[
        ("In his state, Ruiz said, first offenders are sent to treatment.", "In his state, Ruiz said, first offenders are sent to treatment", "Ruiz"),
        ("The breaking point, Ruiz wrote, came on Friday.", "The breaking point, Ruiz wrote, came on Friday", "Ruiz"),
        ("The first step to better relations, his allies say, will be to help them keep their seats.", "The first step to better relations, his allies say, will be to help them keep their seats", "his allies"),
        // "during" is no participle, and an adjunct after the cue is no part of what was said
        ("The port will reopen in May, Ruiz said during her visit to the old harbour.", "The port will reopen in May", "Ruiz"),
        ("The port has shifted from coal to grain to, now, oil, Ruiz said during her campaign speech to be a delegate.", "The port has shifted from coal to grain to, now, oil", "Ruiz"),
    ]);
}

#[test]
fn a_credit_opening_its_sentence_runs_to_the_comma_before_the_clause() {
    assert_reports(&[
        ("According to a Harbour/Ipsos poll, the two candidates are in a dead heat.", "the two candidates are in a dead heat", "Ipsos poll"),
        ("According to the book and the film, the crew assembled their gear and left.", "the crew assembled their gear and left", "the book and the film"),
        ("According to the officer in charge of the base that night, the scene is untrue.", "the scene is untrue", "officer in charge of the base that night"),
        ("According to port cables that were later released by Carrow Leaks, Ruiz pressed the diplomats.", "Ruiz pressed the diplomats", "Carrow Leaks"),
        // a superlative after the determiner is part of the phrase
        ("In 2014, the town had 115 thefts, according to the most recent data available from the police.", "In 2014, the town had 115 thefts", "the most recent data available"),
    ]);
}

#[test]
fn a_cue_with_its_own_clause_past_a_run_on_quotation_reports_that_clause() {
    let text = "Though he said it brought in a “handful of people unknown to the party” filing papers, Ana Ruiz said none were added to the slate.";
    let found = reported_words(text);
    assert!(found.iter().any(|(t, s)| t == "none were added to the slate" && s == "Ana Ruiz"), "{found:?}");
    // a quotation after the cue is no clause of its own: the cue still credits the first
    let text = "“If there had not been that intervention” by the allies, Ruiz said on Monday, “we would see a war.”";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "intervention"), "Ruiz");
}

#[test]
fn a_headline_in_title_case_credits_the_name_before_its_cue() {
    assert_reports(&[
        ("Ana Ruiz Says The Harbour Will Reopen In May", "The Harbour Will Reopen In May", "Ana Ruiz"),
        ("Port Strike: Union Chief Warns Ships Will Stay Idle", "Ships Will Stay Idle", "Union Chief"),
        ("The Harbour Will Reopen In May, Ana Ruiz Says.", "The Harbour Will Reopen In May", "Ana Ruiz"),
    ]);
    // a condition, a capitalised word inside a sentence, and a short line are none
    assert!(reported_words("If Ruiz Says It, It Must Be True About The Harbour").iter().all(|(_, s)| s != "Ruiz"));
    assert!(reported_words("Mayor Says No.").is_empty());
}

#[test]
fn a_cue_set_off_inside_its_sentence_and_a_clause_after_it() {
    assert_reports(&[
        ("It was, she said, one of the worst storms of the decade.", "It was, she said, one of the worst storms of the decade", "she"),
        ("If the demands are not met, Ruiz warned, the dockers will strike.", "If the demands are not met, Ruiz warned, the dockers will strike", "Ruiz"),
        // a subject pronoun after the cue opens what was said, past a fronted adjunct
        ("Despite the rain, local officials said they welcome the visitors.", "they welcome the visitors", "local officials"),
        // a name before a clause joined by "and" is no apposition to the speaker after it
        ("The talks went badly for the unions, and the meeting ended early, said one source in the room.", "The talks went badly for the unions, and the meeting ended early", "one source"),
    ]);
}

#[test]
fn a_second_predicate_after_then_or_past_a_modal_of_another_clause_reports() {
    assert_reports(&[
        ("Ruiz offered the man a job, then said he will welcome advice from anyone.", "he will welcome advice from anyone", "Ruiz"),
        ("Ruiz put off deciding whether the group could question the mayor but said it could come back later.", "it could come back later", "Ruiz"),
    ]);
    // a modal before verbs joined by "and" still makes the cue a supposition
    assert!(reported_words("Without a defence, voters may listen and conclude that the plan failed badly.").is_empty());
}

#[test]
fn a_parenthesis_or_a_spaced_hyphen_between_speaker_and_cue_is_passed_over() {
    assert_reports(&[
        ("Sen. Ana Ruiz (a harbour Democrat so young she has been mistaken for an intern) says she was adrift after the vote.", "she was adrift after the vote", "Ana Ruiz"),
        ("A representative for the brand - a small business based in Leeds - noted that the company offers eight weeks of leave.", "the company offers eight weeks of leave", "A representative for the brand"),
    ]);
}

#[test]
fn an_inverted_cue_set_off_between_a_subject_and_its_verb_reports_the_sentence() {
    assert_reports(&[
        ("The ferries, said Ana Ruiz, the harbour master, are safe to sail.", "The ferries, said Ana Ruiz, the harbour master, are safe to sail", "Ana Ruiz"),
        ("And the mayor, said Lund, who remains friendly with her, doesn't forgive or forget.", "And the mayor, said Lund, who remains friendly with her, doesn't forgive or forget", "Lund"),
        // a clause before the cue, and an apposition with a clause of its own, keep the words before it
        ("She died at the scene, say Carrow Police, as officers appealed for witnesses.", "She died at the scene", "Carrow Police"),
        ("The pay rise is welcome news, said Ana Ruiz, director of a union that has backed the strike.", "The pay rise is welcome news", "Ana Ruiz"),
    ]);
}

#[test]
fn a_cue_after_a_quotation_with_a_clause_of_its_own_leaves_the_quotation_to_its_cue_before() {
    let text = "But even as Lund claimed on Tuesday that “the port got in trouble for far less,” one of the former prosecutors said the two cases were quite different.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "far less"), "Lund", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "two cases"), "one of the former prosecutors", "{qs:#?}");
    // an adjunct, an object told or an adverb after the cue keep the quotation the cue's
    for text in ["“We wanted the land,” Ana Ruiz said in an interview that ran Monday.", "“We will win,” Ana Ruiz told reporters as she left.", "“We will win,” Ana Ruiz said happily on the radio."] {
        assert_eq!(speaker_of(&quotes(text, &[]), "We "), "Ana Ruiz", "{text}");
    }
}

#[test]
fn a_second_credit_in_one_sentence_takes_the_words_after_the_first_and_there_opens_a_clause() {
    let found = reported_words("In Leeds, marchers carried white roses, Harbour TV reported, while in York the parade began with a silence, the York Post reported.");
    assert!(found.iter().any(|(t, s)| t == "In Leeds, marchers carried white roses" && s == "Harbour TV"), "{found:?}");
    assert!(found.iter().any(|(t, s)| t == "in York the parade began with a silence" && s.ends_with("York Post")), "{found:?}");
    assert_reports(&[("Ruiz believes there are no good options for the port.", "there are no good options for the port", "Ruiz")]);
}

#[test]
fn a_second_predicate_after_an_opening_participle_is_the_speakers_not_the_participles() {
    assert_reports(&[
        ("Speaking Sunday on “This Week,” Ruiz admitted that the name in her book was wrong, but said her campaign had found the record.", "her campaign had found the record", "Ruiz"),
        ("Walking to the next address, Ana Ruiz reminisced about her days at school, and said their views were changed by the war.", "their views were changed by the war", "Ana Ruiz"),
    ]);
}

#[test]
fn a_feeling_or_thought_caused_by_make_or_let_is_no_ones_view() {
    assert!(reported_words("We have more work to do to make every resident feel that the port is safe.").is_empty());
    assert_reports(&[("Ruiz is letting them know she believes they are wrong about the port.", "they are wrong about the port", "she")]);
}

#[test]
fn a_relative_that_after_the_clauses_subject_does_not_open_what_was_said() {
    assert_reports(&[
        ("Ruiz said the rules that apply to the port are unfair.", "the rules that apply to the port are unfair", "Ruiz"),
        ("The board announced a deal that includes a ban on night shifts.", "a deal that includes a ban on night shifts", "The board"),
    ]);
    // a complementiser "that" still opens it
    assert_reports(&[("Ruiz said in a statement that the port will reopen.", "the port will reopen", "Ruiz")]);
}

#[test]
fn a_body_named_with_another_place_is_not_the_one_before() {
    let text = "The man robbed a bank on Friday, Varnell County police said.\nQuorby County police said Tuesday the man had robbed a store.\nThe police said he was armed.";
    let places = [
        entity("place:varnell-county", "Varnell County", EntityType::Place, &[], text, &["Varnell County"]),
        entity("place:quorby-county", "Quorby County", EntityType::Place, &[], text, &["Quorby County"]),
    ];
    let qs = quotes(text, &places);
    assert_eq!(speaker_of(&qs, "robbed a bank"), "Varnell County police");
    assert_eq!(speaker_of(&qs, "robbed a store"), "Quorby County police", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "he was armed"), "Quorby County police");
}

#[test]
fn they_opening_a_sentence_takes_the_plural_subject_before_it() {
    let text = "The Harbour Board said it was hacked.\nPort officials expressed confidence that the attackers aimed at both ferries. They noted that such attacks were meant to disrupt the season.";
    let board = entity("org:harbour-board", "Harbour Board", EntityType::Organisation, &[], text, &["Harbour Board"]);
    assert_eq!(speaker_of(&quotes(text, &[board]), "disrupt the season"), "Port officials");
}

#[test]
fn that_body_points_back_to_the_nearest_one_even_unnamed() {
    let text = "Varnell District Court Judge Ana Ruiz blocked the rule.\nShe said it was like a 2013 rule that a federal appeals court struck down. That court said the rule was unfair to ferry crews.";
    let court = entity("org:varnell-district-court", "Varnell District Court", EntityType::Organisation, &[], text, &["Varnell District Court"]);
    assert_eq!(speaker_of(&quotes(text, &[court]), "unfair to ferry crews"), "a federal appeals court");
}

#[test]
fn a_cue_in_a_subordinate_clause_after_a_quotation_is_not_its_cue() {
    let text = "Sims says he was “kind of riding the fence” until Hale said she was backing the senator.\n“He had a lot of supporters,” Blunt, after a long pause, said of Ruiz.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "riding the fence"), "Sims", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "a lot of supporters"), "Blunt", "{qs:#?}");
}

#[test]
fn whom_one_thanks_after_a_quoted_title_says_nothing() {
    let text = "Ana Ruiz spoke first.\nRuiz, star of the radio show “Harbour,” thanked Hale for “making the pier safer for all of us.”";
    let qs = quotes(text, &[entity("person:ana-ruiz", "Ana Ruiz", EntityType::Person, &[], text, &["Ana Ruiz", "Ruiz"])]);
    assert!(qs.iter().all(|q| !q.text.contains("Harbour")), "{qs:#?}");
    assert_eq!(speaker_of(&qs, "pier safer"), "Ana Ruiz", "{qs:#?}");
}

#[test]
fn a_capitalised_past_in_a_headline_and_an_attributive_participle_are_no_cues() {
    let text = "‘Pier-Keeper-In-Chief’: Mayor Gets Mocked After Harbour Board Says Someone Must ‘Keep Watch’ Of Him\nThe organiser of the planned march called on Friday for the port to pay “at least five percent more to every crew member”.";
    let qs = quotes(text, &[]);
    assert!(qs.iter().all(|q| q.cue.as_deref() != Some("Mocked")), "{qs:#?}");
    let pay = qs.iter().find(|q| q.text.contains("five percent")).expect("the demand");
    assert_eq!(pay.cue.as_deref(), Some("called"), "{qs:#?}");
}

#[test]
fn a_nickname_inside_a_name_is_no_quotation_and_no_wall() {
    let text = "“Where are you,” Tomas “The Anchor” Reyes asked the harbour board.\nFormer boxer Pablo “Marvelous” Majluf retired on Saturday, his wife said.";
    let qs = quotes(text, &[]);
    assert!(qs.iter().all(|q| !q.text.contains("The Anchor") && q.text != "Marvelous"), "{qs:#?}");
    assert_eq!(speaker_of(&qs, "Where are you"), "Reyes", "{qs:#?}");
}

#[test]
fn the_object_before_a_participle_and_a_state_before_a_noun_do_not_speak() {
    let text = "Ruiz started out the ninth debate saying the port would reopen soon.\n“The pier is safe,” Tomas Reyes, the head of the Varnell state dockworkers union, said of the crews.\nA harbour group says the mayor’s telling of an old story about the storm could scare tourists.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "would reopen soon"), "Ruiz", "{qs:#?}");
    let pier = qs.iter().find(|q| q.text.contains("pier is safe")).expect("the quotation");
    assert_eq!(pier.cue.as_deref(), Some("said"), "{qs:#?}");
    assert!(qs.iter().all(|q| !q.text.starts_with("of the crews") && q.cue.as_deref() != Some("telling")), "{qs:#?}");
}

#[test]
fn a_time_and_a_place_before_the_subject_are_openers() {
    let text = "The day before, at a rally in Varnell, Ohio, Tomas Reyes was just as blunt, claiming without evidence that the port would close for good. “You would have to be blind,” he said.";
    let reyes = entity("person:tomas-reyes", "Tomas Reyes", EntityType::Person, &[], text, &["Tomas Reyes"]);
    let qs = quotes(text, &[reyes]);
    assert_eq!(speaker_of(&qs, "close for good"), "Tomas Reyes", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "have to be blind"), "Tomas Reyes", "{qs:#?}");
}

#[test]
fn people_in_a_place_named_by_a_common_noun_speak_not_the_place() {
    let text = "Voters in each state say the harbour matters most.\nResidents in every town said the ferry was late.\nVoters in all three towns said the catch was poor.";
    let qs = quotes(text, &[]);
    assert_eq!(speaker_of(&qs, "harbour matters"), "Voters", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "ferry was late"), "Residents", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "catch was poor"), "Voters", "{qs:#?}");
}

#[test]
fn a_price_a_charge_faced_and_the_generic_you_say_nothing() {
    let text = "Passengers will pay more for the card fee charged for ferry tickets starting in May.\nThree dockers charged with theft appeared in court on Monday.\nIf you feel that the pier is unsafe, call the harbour office.\nProsecutors charged that the harbour master had lied about the pier.";
    let qs = quotes(text, &[]);
    assert!(qs.iter().all(|q| !q.text.contains("ferry tickets") && !q.text.contains("theft") && !q.text.contains("pier is unsafe")), "{qs:#?}");
    assert_eq!(speaker_of(&qs, "had lied"), "Prosecutors", "{qs:#?}");
}

#[test]
fn the_leader_of_a_nation_named_with_its_demonym_is_that_person() {
    let text = "Karvonian leader Tomas Reyes met officials on Monday. Addressing them, the Karvonian leader said the port would reopen.\nThe Karvonian vice president said the ferries would wait.";
    let karvonia = Entity { country: Some("Karvonia".into()), related: vec![concord_model::Related { id: "place:karvonia".into(), name: "Karvonia".into(), weight: 1.0 }], ..entity("other:karvonian", "Karvonian", EntityType::Other, &[], text, &["Karvonian"]) };
    let place = entity("place:karvonia", "Karvonia", EntityType::Place, &[], text, &[]);
    let reyes = entity("person:tomas-reyes", "Tomas Reyes", EntityType::Person, &[], text, &["Tomas Reyes"]);
    let qs = quotes(text, &[karvonia, place, reyes]);
    assert_eq!(speaker_of(&qs, "port would reopen"), "Tomas Reyes", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "ferries would wait"), "Karvonia", "{qs:#?}");
}

#[test]
fn one_described_by_age_or_origin_alone_is_the_person_last_named() {
    let text = "Tomas Reyes, 29, rowed across the bay. \"The water was cold,\" the 29-year-old said. \"I will go again,\" the Karvonian said.\n\"We doubt it,\" the Karvonians said.";
    let karvonian = Entity { country: Some("Karvonia".into()), related: vec![concord_model::Related { id: "place:karvonia".into(), name: "Karvonia".into(), weight: 1.0 }], ..entity("other:karvonian", "Karvonian", EntityType::Other, &[], text, &["Karvonian", "Karvonians"]) };
    let place = entity("place:karvonia", "Karvonia", EntityType::Place, &[], text, &[]);
    let reyes = entity("person:tomas-reyes", "Tomas Reyes", EntityType::Person, &[], text, &["Tomas Reyes"]);
    let qs = quotes(text, &[karvonian, place, reyes]);
    assert_eq!(speaker_of(&qs, "water was cold"), "Tomas Reyes", "{qs:#?}");
    assert_eq!(speaker_of(&qs, "go again"), "Tomas Reyes", "{qs:#?}");
    assert_ne!(speaker_of(&qs, "doubt it"), "Tomas Reyes", "a people is no one person: {qs:#?}");
}

#[test]
fn the_one_a_participle_describes_speaks_not_its_place() {
    let text = "Family of man stabbed in harbour attack says he is recovering.\nA report released by the Harbour Board said the pier was safe.";
    let board = entity("org:harbour-board", "Harbour Board", EntityType::Organisation, &[], text, &["Harbour Board"]);
    let qs = quotes(text, &[board]);
    assert_eq!(speaker_of(&qs, "is recovering"), "Family of man", "{qs:#?}");
    assert_ne!(speaker_of(&qs, "pier was safe"), "A report released", "{qs:#?}");
}

#[test]
fn a_person_of_a_body_speaks_not_the_body() {
    let text = "Amy Reyes of the Karvonia Department of Ferries said the pier would reopen.";
    let reyes = entity("person:amy-reyes", "Amy Reyes", EntityType::Person, &[], text, &["Amy Reyes"]);
    let body = entity("org:karvonia-department-of-ferries", "Karvonia Department of Ferries", EntityType::Organisation, &[], text, &["Karvonia Department of Ferries"]);
    let qs = quotes(text, &[reyes, body]);
    assert_eq!(speaker_of(&qs, "pier would reopen"), "Amy Reyes", "{qs:#?}");
}

#[test]
fn a_described_title_is_its_holder_but_the_other_one_is_not() {
    let text = "Veteran senator Tomas Reyes spoke first. The longtime senator said the port should close. The other senator said it should stay open.";
    let reyes = entity("person:tomas-reyes", "Tomas Reyes", EntityType::Person, &[], text, &["Tomas Reyes"]);
    let qs = quotes(text, &[reyes]);
    assert_eq!(speaker_of(&qs, "port should close"), "Tomas Reyes", "{qs:#?}");
    assert_ne!(speaker_of(&qs, "should stay open"), "Tomas Reyes", "{qs:#?}");
}

#[test]
fn a_name_ending_like_a_participle_is_a_subject() {
    for (text, speaker) in [
        ("Boeing built more planes and said that demand was strong.", "Boeing"),
        ("Beijing deployed ships and warned that surrender was the only option.", "Beijing"),
        ("Speaking on Sunday, Ana Ruiz visited the port and said that demand was strong.", "Ana Ruiz"),
    ] {
        let all = reported_words(text);
        assert!(all.iter().any(|(_, s)| s == speaker), "{text:?}: {all:?}");
    }
}

#[test]
fn a_title_in_marks_with_the_comma_inside_is_no_one_s_words() {
    let text = "Ana Ruiz, who had worked for the network since 2010 and most recently offered analysis on “Monday Night Harbour,” was dismissed.";
    let reyes = entity("person:ana-ruiz", "Ana Ruiz", EntityType::Person, &[], text, &["Ana Ruiz"]);
    let qs = quotes(text, &[reyes]);
    assert!(qs.iter().all(|q| q.speaker.is_none()), "{qs:#?}");
}

#[test]
fn a_headlines_kicker_before_a_colon_is_no_subject() {
    let all = reported_words("Port chaos: Karvonia deploys troops and warns that surrender is the only option.");
    assert!(all.iter().any(|(t, s)| t == "surrender is the only option" && s == "Karvonia"), "{all:?}");
}
