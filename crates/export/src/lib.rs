//! Exports of a dossier: JSON, Markdown and STIX 2.1.

use concord_model::Dossier;

/// The dossier as pretty JSON.
pub fn json(dossier: &Dossier) -> String {
    serde_json::to_string_pretty(dossier).expect("dossier serialises")
}

/// The dossier as a Markdown brief.
pub fn markdown(dossier: &Dossier) -> String {
    format!("# {}\n", dossier.title.as_deref().unwrap_or("Untitled story"))
}
pub mod eval;

/// The dossier as a STIX 2.1 bundle.
pub fn stix(dossier: &Dossier, members: &[concord_synth::Member]) -> serde_json::Value {
    let _ = members;
    serde_json::json!({"type": "bundle", "id": format!("bundle--{}", dossier.id), "objects": []})
}
