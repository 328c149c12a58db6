//! The real model: paraphrases land closer than unrelated text.

use concord_embed::{cosine, model_dir, Embedder, DIM};

#[test]
fn paraphrases_score_higher_than_unrelated_text() {
    let dir = model_dir();
    if !dir.join("model.safetensors").is_file() {
        eprintln!("skipping: embedding model absent from {} (run scripts/fetch-model)", dir.display());
        return;
    }
    let model = Embedder::load(&dir).expect("model loads");
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
    assert!(para > other + 0.3, "paraphrase {para} vs unrelated {other}");
    // A batch pads shorter texts; the padding must not change a text's vector.
    let alone = model.embed(&["US officials blame Iran for hacking the Trump campaign"]).expect("embeds");
    assert!(cosine(&alone[0], &v[0]) > 0.999);
}
