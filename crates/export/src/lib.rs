//! Exports of a dossier: JSON, Markdown and STIX 2.1.

use concord_model::Dossier;

pub mod eval;
mod markdown;
pub mod stix;

pub use markdown::{coverage, markdown};

/// The dossier as pretty JSON (field names per DESIGN.md).
pub fn json(dossier: &Dossier) -> String {
    serde_json::to_string_pretty(dossier).unwrap_or_else(|e| serde_json::json!({ "error": e.to_string() }).to_string())
}

/// The dossier as a STIX 2.1 bundle.
pub fn stix(dossier: &Dossier, members: &[concord_synth::Member]) -> serde_json::Value {
    stix::bundle(dossier, members)
}
