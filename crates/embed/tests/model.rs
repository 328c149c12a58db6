//! The real models: paraphrases land closer than unrelated text, and the
//! multilingual one puts a story told in two languages close together.

use concord_embed::{cosine, model_dir, Embedder, ModelKind, DIM};

/// The model of `kind`, or `None` (with a visible note) when it was not fetched.
fn model(kind: ModelKind) -> Option<Embedder> {
    let dir = model_dir(kind);
    if !kind.present_in(&dir) {
        eprintln!("skipping: embedding model {} absent from {} (run scripts/fetch-model)", kind.name(), dir.display());
        return None;
    }
    Some(Embedder::load(kind, &dir).expect("model loads"))
}

#[test]
fn paraphrases_score_higher_than_unrelated_text() {
    for kind in ModelKind::ALL {
        let Some(model) = model(kind) else { continue };
        let v = model
            .embed(&[
                "US officials blame Iran for hacking the Trump campaign",
                "American agencies say Iranian hackers broke into Trump's campaign emails",
                "Heavy rain floods the village football pitch before the cup final",
            ])
            .expect("embeds");
        assert_eq!(v.len(), 3);
        assert!(v.iter().all(|x| x.len() == DIM && (cosine(x, x) - 1.0).abs() < 1e-4));
        let (para, other) = (cosine(&v[0], &v[1]), cosine(&v[0], &v[2]));
        // e5's cosines sit higher overall (unrelated news about 0.75), so its margin is smaller.
        let margin = if kind == ModelKind::MiniLm { 0.3 } else { 0.08 };
        assert!(para > other + margin, "{}: paraphrase {para} vs unrelated {other}", kind.name());
        // A batch pads shorter texts; the padding must not change a text's vector.
        let alone = model.embed(&["US officials blame Iran for hacking the Trump campaign"]).expect("embeds");
        assert!(cosine(&alone[0], &v[0]) > 0.999, "{}", kind.name());
    }
}

#[test]
fn the_multilingual_model_matches_a_story_across_languages() {
    let Some(model) = model(ModelKind::MultilingualE5) else { return };
    let v = model
        .embed(&[
            "Flooding closes the main railway line between Lyon and Geneva after two days of storms",
            "Hochwasser: Die Bahnstrecke zwischen Lyon und Genf ist nach zwei Sturmtagen gesperrt",
            "Inondations : la ligne ferroviaire entre Lyon et Genève fermée après deux jours de tempête",
            "Der Stadtrat beschließt neue Öffnungszeiten für die Bibliothek im kommenden Jahr",
        ])
        .expect("embeds");
    let (de, fr, other) = (cosine(&v[0], &v[1]), cosine(&v[0], &v[2]), cosine(&v[0], &v[3]));
    assert!(de > other + 0.05 && fr > other + 0.05, "de {de}, fr {fr}, unrelated German {other}");
}

#[test]
fn hostile_text_gives_finite_vectors() {
    for kind in ModelKind::ALL {
        let Some(model) = model(kind) else { continue };
        let one_long_word = "x".repeat(200_000);
        let controls = "\u{0}\u{1}\u{202e}😀 \u{feff}ＡＢＣ \t\r\n".repeat(50);
        let v = model.embed(&[&one_long_word, &controls, "", " "]).expect("embeds");
        assert_eq!(v.len(), 4, "{}", kind.name());
        assert!(v.iter().all(|x| x.len() == DIM && x.iter().all(|f| f.is_finite())), "{}", kind.name());
    }
}
