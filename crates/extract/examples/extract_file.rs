//! Prints the articles extracted from one file as JSON, without the rest of
//! the workspace: `cargo run --release -p concord-extract --example extract_file -- FILE [html|text]`.

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().ok_or_else(|| anyhow::anyhow!("usage: extract_file FILE [html|text]"))?;
    let format = match args.get(1).map(String::as_str) {
        Some("html") => concord_model::InputFormat::Html,
        Some("text") => concord_model::InputFormat::Text,
        _ => concord_model::InputFormat::Auto,
    };
    let stem = std::path::Path::new(path).file_name().and_then(|n| n.to_str()).unwrap_or("doc");
    let doc = concord_model::RawDocument {
        origin: path.clone(),
        id: stem.split('.').next().unwrap_or(stem).to_string(),
        format,
        bytes: std::fs::read(path)?,
        hints: Default::default(),
    };
    let articles = concord_extract::extract(&doc)?;
    println!("{}", serde_json::to_string_pretty(&articles)?);
    Ok(())
}
