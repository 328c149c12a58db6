//! `concord extract FILE` and `concord analyze FILE` (no store).

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use concord_model::{AnchorKind, InputFormat};

/// Prints the article(s) extracted from one file as a JSON array.
pub fn extract(file: &Path, format: InputFormat) -> anyhow::Result<ExitCode> {
    let opts = concord_sources::Options { format, ..Default::default() };
    let mut articles = Vec::new();
    let mut failed = false;
    for doc in concord_sources::read(&[file.display().to_string()], &opts) {
        match doc.map_err(|e| e.to_string()).and_then(|d| concord_extract::extract(&d).map_err(|e| e.to_string())) {
            Ok(found) => articles.extend(found),
            Err(reason) => {
                eprintln!("concord: refused {reason}");
                failed = true;
            }
        }
    }
    println!("{}", serde_json::to_string_pretty(&articles)?);
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Prints the analysis of a text as given.
pub fn analyze(file: &str, published: Option<&str>, language: Option<&str>) -> anyhow::Result<ExitCode> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin().read_to_end(&mut bytes).context("reading standard input")?;
    } else {
        bytes = std::fs::read(file).with_context(|| format!("{file}: cannot read"))?;
    }
    let text = String::from_utf8_lossy(&bytes);
    let anchor = concord_pipeline::anchor_of(published, AnchorKind::Published);
    if published.is_some() && anchor.is_none() {
        bail!("--published must be YYYY-MM-DD");
    }
    let analysis = concord_analyse::analyse(&text, anchor, language);
    println!("{}", serde_json::to_string_pretty(&analysis)?);
    Ok(ExitCode::SUCCESS)
}
