//! Self-written sentences per language, against Tuesday 2024-08-20.

use concord_model::{Anchor, AnchorKind, Granularity};

use crate::timex::tag;
use crate::Language;

fn tags(text: &str, language: Language) -> Vec<(String, Option<String>, Option<Granularity>)> {
    let anchor = Some(Anchor { year: 2024, month: 8, day: 20, kind: AnchorKind::Published });
    let sentences = crate::sentences::split(text);
    tag(text, &sentences, anchor, language).into_iter().map(|t| (t.text, t.value, t.granularity)).collect()
}

/// Each sentence tags `phrase` with `value` at `granularity`.
fn check(language: Language, cases: &[(&str, &str, &str, Granularity)]) {
    for &(text, phrase, value, granularity) in cases {
        let found = tags(text, language);
        let hit = found.iter().find(|(t, _, _)| t == phrase);
        assert_eq!(
            hit.map(|(_, v, g)| (v.as_deref(), *g)),
            Some((Some(value), Some(granularity))),
            "{text:?}: {found:?}"
        );
    }
}

/// Nothing is tagged in these sentences.
fn none(language: Language, texts: &[&str]) {
    for text in texts {
        assert!(tags(text, language).is_empty(), "{text:?}: {:?}", tags(text, language));
    }
}

use Granularity::{Day, Duration, Month, Time, Week, Year};

#[test]
fn german() {
    let de = Language::German;
    check(de, &[
        ("Der Vertrag wurde am 19. August 2024 unterzeichnet.", "19. August 2024", "2024-08-19", Day),
        ("Die Polizei kam am 3. August zum Haus.", "3. August", "2024-08-03", Day),
        ("Die Frist endete am 02.08.2024 um Mitternacht.", "02.08.2024", "2024-08-02", Day),
        ("Die Frist endete am 2.8. um Mitternacht.", "2.8.", "2024-08-02", Day),
        ("Im Juni stiegen die Preise.", "Juni", "2024-06", Month),
        ("Anfang März begann der Streik.", "Anfang März", "2024-03", Month),
        ("Die Firma wurde im Jahr 2016 gegründet.", "2016", "2016", Year),
        ("Gestern sagte der Minister nichts.", "Gestern", "2024-08-19", Day),
        ("Der Minister sprach gestern Abend im Fernsehen.", "gestern Abend", "2024-08-19TEV", Time),
        ("Vorgestern brannte die Scheune.", "Vorgestern", "2024-08-18", Day),
        ("Die Gespräche gehen morgen weiter.", "morgen", "2024-08-21", Day),
        ("Letzte Woche demonstrierten Tausende.", "Letzte Woche", "2024-W33", Week),
        ("Die Inflation fiel im vergangenen Jahr.", "vergangenen Jahr", "2023", Year),
        ("Die Zahlen vom letzten Monat waren schlecht.", "letzten Monat", "2024-07", Month),
        ("Vor zwei Wochen brach das Feuer aus.", "Vor zwei Wochen", "2024-W32", Week),
        ("Am Montag trat der Kanzler zurück.", "Montag", "2024-08-19", Day),
        ("Am Freitagabend wurde gewählt.", "Freitagabend", "2024-08-16TEV", Time),
        // Forward: "nächsten", "kommende", "wird".
        ("Das Parlament stimmt nächsten Montag ab.", "nächsten Montag", "2024-08-26", Day),
        ("Kommende Woche beginnt der Prozess.", "Kommende Woche", "2024-W35", Week),
        ("Der Minister wird am Freitag nach Paris reisen.", "Freitag", "2024-08-23", Day),
        ("Der Streik dauerte drei Tage.", "drei Tage", "P3D", Duration),
        ("Im 19. Jahrhundert lebten hier Bauern.", "19. Jahrhundert", "18", Year),
    ]);
    none(de, &[
        "Der Morgen war kalt.",
        "August Bebel gründete die Partei.",
        "Der Mann ist 45 Jahre alt.",
        "Sie kamen am letzten Tag des Gipfels.",
        "Jan Böhmermann moderiert die Sendung.",
        "Das sagte er der Bild am Sonntag.",
        "Er stahl 2000 Euro.",
        "Er starb im Alter von 89 Jahren.",
    ]);
}

#[test]
fn french() {
    let fr = Language::French;
    check(fr, &[
        ("L'accord a été signé le 19 août 2024 à Paris.", "le 19 août 2024", "2024-08-19", Day),
        ("Le décret entre en vigueur le 1er août.", "le 1er août", "2024-08-01", Day),
        ("La loi a été votée le 02/08/2024 par les députés.", "02/08/2024", "2024-08-02", Day),
        ("Les prix ont augmenté en juin.", "juin", "2024-06", Month),
        ("Le pacte a été conclu en mars.", "mars", "2024-03", Month),
        ("Le ministre a démissionné hier.", "hier", "2024-08-19", Day),
        ("Avant-hier, la grève a commencé.", "Avant-hier", "2024-08-18", Day),
        ("Il a parlé aujourd'hui devant la presse.", "aujourd'hui", "2024-08-20", Day),
        ("Le président a parlé ce matin.", "ce matin", "2024-08-20TMO", Time),
        ("La police a arrêté trois suspects la semaine dernière.", "la semaine dernière", "2024-W33", Week),
        ("Le chômage a baissé l'an dernier.", "l'an dernier", "2023", Year),
        ("L'année dernière, les ventes ont chuté.", "L'année dernière", "2023", Year),
        ("Le bâtiment a brûlé il y a deux semaines.", "il y a deux semaines", "2024-W32", Week),
        ("Le ministre a parlé lundi.", "lundi", "2024-08-19", Day),
        // Forward: "prochain", "prochaine", "va".
        ("Le sommet aura lieu lundi prochain.", "lundi prochain", "2024-08-26", Day),
        ("Le procès s'ouvrira la semaine prochaine.", "la semaine prochaine", "2024-W35", Week),
        ("Le ministre va se rendre à Berlin vendredi.", "vendredi", "2024-08-23", Day),
        ("La grève a duré trois jours.", "trois jours", "P3D", Duration),
    ]);
    none(fr, &[
        "La sonde s'est posée sur Mars.",
        "Un homme de 45 ans a été arrêté.",
        "Il a demandé à mon père.",
    ]);
}

#[test]
fn spanish() {
    let es = Language::Spanish;
    check(es, &[
        ("El acuerdo se firmó el 19 de agosto de 2024 en Madrid.", "el 19 de agosto de 2024", "2024-08-19", Day),
        ("La ley entró en vigor el 1 de agosto.", "el 1 de agosto", "2024-08-01", Day),
        ("El decreto se publicó el 02/08/2024 en el boletín.", "02/08/2024", "2024-08-02", Day),
        ("Los precios subieron en junio.", "junio", "2024-06", Month),
        ("El ministro dimitió ayer.", "ayer", "2024-08-19", Day),
        ("Hoy se reúne el gobierno.", "Hoy", "2024-08-20", Day),
        ("El juicio sigue mañana.", "mañana", "2024-08-21", Day),
        ("El presidente habló esta mañana.", "esta mañana", "2024-08-20TMO", Time),
        ("La policía detuvo a tres hombres la semana pasada.", "la semana pasada", "2024-W33", Week),
        ("El paro bajó el año pasado.", "el año pasado", "2023", Year),
        ("El edificio ardió hace dos semanas.", "hace dos semanas", "2024-W32", Week),
        ("El ministro habló el lunes.", "el lunes", "2024-08-19", Day),
        ("Los hechos ocurrieron la mañana del lunes.", "lunes", "2024-08-19", Day),
        // Forward: "próximo", "próxima", "será".
        ("La cumbre será el próximo lunes.", "el próximo lunes", "2024-08-26", Day),
        ("El juicio empezará la próxima semana.", "la próxima semana", "2024-W35", Week),
        ("La huelga duró tres días.", "tres días", "P3D", Duration),
    ]);
    none(es, &[
        "La mañana era fría.",
        "Un joven de 23 años murió.",
        "Julio Iglesias cantó en Miami.",
    ]);
}

#[test]
fn italian() {
    let it = Language::Italian;
    check(it, &[
        ("L'accordo è stato firmato il 19 agosto 2024 a Roma.", "il 19 agosto 2024", "2024-08-19", Day),
        ("La legge è stata approvata il 02/08/2024 dal Senato.", "02/08/2024", "2024-08-02", Day),
        ("I prezzi sono saliti a giugno.", "giugno", "2024-06", Month),
        ("Il ministro si è dimesso ieri.", "ieri", "2024-08-19", Day),
        ("Oggi il governo si riunisce.", "Oggi", "2024-08-20", Day),
        ("Ieri sera è scoppiato un incendio.", "Ieri sera", "2024-08-19TEV", Time),
        ("La polizia ha arrestato tre uomini la settimana scorsa.", "la settimana scorsa", "2024-W33", Week),
        ("La disoccupazione è calata l'anno scorso.", "l'anno scorso", "2023", Year),
        ("L'edificio è bruciato due settimane fa.", "due settimane fa", "2024-W32", Week),
        ("Il ministro ha parlato lunedì.", "lunedì", "2024-08-19", Day),
        // Forward: "prossimo", "prossima", "sarà".
        ("Il vertice si terrà lunedì prossimo.", "lunedì prossimo", "2024-08-26", Day),
        ("Il processo inizierà la prossima settimana.", "la prossima settimana", "2024-W35", Week),
        ("Lo sciopero è durato tre giorni.", "tre giorni", "P3D", Duration),
    ]);
    none(it, &["Un uomo di 45 anni è stato arrestato.", "Il domani è incerto.", "Ha vinto Domenica Rossi."]);
}

#[test]
fn portuguese() {
    let pt = Language::Portuguese;
    check(pt, &[
        ("O acordo foi assinado em 19 de agosto de 2024 em Lisboa.", "19 de agosto de 2024", "2024-08-19", Day),
        ("A lei foi publicada no dia 02/08/2024 no diário.", "02/08/2024", "2024-08-02", Day),
        ("Os preços subiram em junho.", "junho", "2024-06", Month),
        ("O ministro demitiu-se ontem.", "ontem", "2024-08-19", Day),
        ("Hoje o governo reúne-se.", "Hoje", "2024-08-20", Day),
        ("A polícia prendeu três homens na semana passada.", "semana passada", "2024-W33", Week),
        ("O desemprego caiu o ano passado.", "o ano passado", "2023", Year),
        ("O prédio ardeu há duas semanas.", "há duas semanas", "2024-W32", Week),
        ("O ministro falou na segunda-feira.", "segunda-feira", "2024-08-19", Day),
        // Forward: "próxima", "vai".
        ("A cimeira vai realizar-se na próxima segunda-feira.", "próxima segunda-feira", "2024-08-26", Day),
        ("O julgamento começa amanhã.", "amanhã", "2024-08-21", Day),
        ("A greve durou três dias.", "três dias", "P3D", Duration),
    ]);
    none(pt, &["Um homem de 45 anos foi preso."]);
}

#[test]
fn a_weekday_with_its_date_is_one_expression() {
    let t = tags("Das Treffen fand am Montag, 19. August 2024, statt.", Language::German);
    assert_eq!(t, [("Montag, 19. August 2024".to_string(), Some("2024-08-19".to_string()), Some(Day))]);
}

#[test]
fn every_weekday_is_a_set_and_ages_are_no_durations() {
    let set = tags("Il mercato apre ogni mercoledì.", Language::Italian);
    assert_eq!(set, [("mercoledì".to_string(), Some("XXXX-WXX-3".to_string()), None)]);
    none(Language::French, &["Michael (47 ans) est ruiné."]);
    none(Language::Italian, &["Ha colpito Joseph Seals, 40 anni, alla testa."]);
    let merged = tags("Le lundi 4 mai, ils ont voté.", Language::French);
    assert_eq!(merged, [("Le lundi 4 mai".to_string(), Some("2024-05-04".to_string()), Some(Day))]);
}

#[test]
fn english_words_are_not_read_in_other_languages() {
    none(Language::German, &["Er sagte: \"Last week was hard.\""]);
    assert!(tags("Yesterday the minister resigned.", Language::French).is_empty());
}

#[test]
fn hostile_input_does_not_panic() {
    let junk = "99.99.9999 31/02/2024 le 45 août hace 999 años 1. l'’ mañana mañana… 2.8.";
    for language in [Language::German, Language::French, Language::Spanish, Language::Italian, Language::Portuguese] {
        let _ = tags(junk, language);
    }
}
