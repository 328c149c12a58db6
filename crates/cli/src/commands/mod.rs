//! One module per command; [`run`] dispatches.

pub mod articles;
pub mod demo;
pub mod eval;
pub mod extract;
pub mod ingest;
pub mod search;
pub mod story;

use std::process::ExitCode;

use anyhow::Context;
use concord_store::Store;

use crate::{Cli, Command};

/// The date part (first ten characters) of an ISO date, or `-`.
fn day(date: Option<&str>) -> String {
    date.map(|d| d.chars().take(10).collect()).unwrap_or_else(|| "-".into())
}

fn open(cli: &Cli) -> anyhow::Result<Store> {
    Store::open(&cli.db).with_context(|| format!("opening store {}", cli.db.display()))
}

/// Runs the parsed command.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match &cli.command {
        Command::Ingest { format, quiet, inputs } => ingest::run(&mut open(&cli)?, inputs, *format, *quiet),
        Command::Articles { json } => articles::list(&open(&cli)?, *json),
        Command::Article { id, json } => articles::show(&open(&cli)?, id, *json),
        Command::Stories { json, since, min_articles } => {
            story::list(&open(&cli)?, *json, since.as_deref(), *min_articles)
        }
        Command::Story { id, format } => story::show(&open(&cli)?, id, *format),
        Command::Search { query, json, limit, meaning } => search::run(&open(&cli)?, query, *json, *limit, *meaning),
        Command::Serve { addr, allow_ingest } => {
            drop(open(&cli)?);
            concord_web::serve(&cli.db, addr, *allow_ingest)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract { file, format } => extract::extract(file, *format),
        Command::Analyze { published, language, file } => {
            extract::analyze(file, published.as_deref(), language.as_deref())
        }
        Command::Demo { keep } => demo::run(keep.as_deref()),
        Command::Eval(cmd) => eval::run(cmd),
    }
}
