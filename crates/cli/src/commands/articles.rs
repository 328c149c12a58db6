//! `concord articles` and `concord article ID`.

use std::process::ExitCode;

use anyhow::bail;
use concord_model::{Analysis, Article};
use concord_store::{Store, StoredArticle};
use serde::Serialize;

/// The JSON shape of an article in `articles --json` and `article --json`.
#[derive(Serialize)]
struct ArticleJson<'a> {
    #[serde(flatten)]
    article: &'a Article,
    duplicate_of: Option<&'a str>,
    story_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none", flatten)]
    analysis: Option<&'a Analysis>,
}

fn to_json<'a>(s: &'a StoredArticle, with_analysis: bool) -> ArticleJson<'a> {
    ArticleJson {
        article: &s.article,
        duplicate_of: s.duplicate_of.as_deref(),
        story_id: s.story_id.as_deref(),
        analysis: if with_analysis { s.analysis.as_ref() } else { None },
    }
}

/// Lists articles, as JSONL or a table.
pub fn list(store: &Store, json: bool) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    for s in store.articles()? {
        if json {
            serde_json::to_writer(&mut out, &to_json(&s, false))?;
            std::io::Write::write_all(&mut out, b"\n")?;
        } else {
            let a = &s.article;
            println!(
                "{:<28} {:<10} {:<20} {}",
                a.id,
                super::day(a.published.as_deref()),
                a.outlet.as_deref().unwrap_or("-"),
                a.title.as_deref().unwrap_or("(untitled)")
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Shows one article with its analysis.
pub fn show(store: &Store, id: &str, json: bool) -> anyhow::Result<ExitCode> {
    let Some(s) = store.article(id)? else { bail!("no article {id}") };
    if json {
        println!("{}", serde_json::to_string_pretty(&to_json(&s, true))?);
        return Ok(ExitCode::SUCCESS);
    }
    let a = &s.article;
    println!("{}", a.title.as_deref().unwrap_or("(untitled)"));
    println!(
        "{} · {} · story {}\n",
        a.outlet.as_deref().unwrap_or("unknown outlet"),
        a.published.as_deref().unwrap_or("undated"),
        s.story_id.as_deref().unwrap_or("-")
    );
    println!("{}\n", a.body);
    if let Some(an) = &s.analysis {
        let names: Vec<String> = an.entities.iter().map(|e| format!("{} ({})", e.name, e.kind.as_str())).collect();
        println!("Entities: {}", names.join(", "));
        for t in &an.timexes {
            println!("Date: {:?} -> {}", t.text, t.value.as_deref().unwrap_or("?"));
        }
        for q in &an.quotes {
            let who = q.speaker.as_ref().map(|s| s.name.as_str()).unwrap_or("?");
            println!("Quote: {who}: {:?}", q.text);
        }
    }
    Ok(ExitCode::SUCCESS)
}
