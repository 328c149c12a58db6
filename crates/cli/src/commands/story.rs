//! `concord stories` and `concord story ID`.

use std::process::ExitCode;

use anyhow::bail;
use concord_store::Store;

/// Output formats of `concord story`.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum StoryFormat {
    /// A Markdown brief.
    Md,
    /// The dossier as JSON.
    Json,
    /// A STIX 2.1 bundle.
    Stix,
}

/// Lists stories, newest first, as JSONL or a table.
pub fn list(store: &Store, json: bool, since: Option<&str>, min_articles: usize) -> anyhow::Result<ExitCode> {
    let rows = store.stories()?.into_iter().filter(|r| {
        r.story.article_ids.len() >= min_articles
            && since.is_none_or(|s| r.story.last_updated.as_deref().is_some_and(|u| u >= s))
    });
    if !json {
        println!("{:<14} {:>4}  {:<10}  {:<10}  {:<40}  TITLE", "STORY", "ARTS", "FIRST", "LAST", "OUTLETS");
    }
    for r in rows {
        if json {
            println!("{}", serde_json::to_string(&r.story)?);
        } else {
            let outlets = r.outlets.join(", ");
            // a story no article of which is dated was only ever seen on the day it was stored
            let (first, last) = if r.dated {
                (super::day(r.story.first_seen.as_deref()), super::day(r.story.last_updated.as_deref()))
            } else {
                ("undated".into(), "-".into())
            };
            println!(
                "{:<14} {:>4}  {:<10}  {:<10}  {:<40}  {}",
                r.story.id,
                r.story.article_ids.len(),
                first,
                last,
                if outlets.len() > 40 { format!("{}…", &outlets[..outlets.floor_char_boundary(39)]) } else { outlets },
                concord_pipeline::story_title(store, &r.story)?
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints one story's dossier.
pub fn show(store: &Store, id: &str, format: StoryFormat) -> anyhow::Result<ExitCode> {
    let Some(row) = store.story(id)? else { bail!("no story {id}") };
    let id = &row.story.id;
    let dossier = concord_pipeline::dossier(store, &row.story)?;
    let out = match format {
        StoryFormat::Md => concord_export::markdown(&dossier),
        StoryFormat::Json => concord_export::json(&dossier),
        StoryFormat::Stix => {
            let members = concord_pipeline::members(store, id)?;
            serde_json::to_string_pretty(&concord_export::stix(&dossier, &members))?
        }
    };
    println!("{out}");
    Ok(ExitCode::SUCCESS)
}
