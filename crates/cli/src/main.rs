//! `concord`: turn overlapping news coverage into one cross-checked,
//! source-attributed account per event.
//!
//! This binary only parses arguments and wires the stage crates together; each
//! command lives in its own module under `commands/`.

mod commands;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::builder::TypedValueParser;
use clap::{Parser, Subcommand};
use concord_model::InputFormat;

/// Turn overlapping news coverage into one cross-checked, source-attributed
/// account per event: which outlets covered it, the facts they agree on, who
/// said what, a dated timeline, and where they contradict each other.
///
/// Typical use: `concord ingest pages/` then `concord stories`, then
/// `concord story ID --format md`. Try `concord demo` first.
#[derive(Parser)]
#[command(name = "concord", version, propagate_version = true, after_help = ENVIRONMENT)]
struct Cli {
    /// The store (one SQLite file; created if missing).
    #[arg(long, global = true, default_value = "concord.db", env = "CONCORD_DB")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

/// The environment variables, listed under `--help`.
const ENVIRONMENT: &str = "Environment:
  CONCORD_DB                the store (as --db)
  CONCORD_LOG               log filter (tracing's EnvFilter syntax; default warn)
  CONCORD_EMBEDDING_MODEL   builds with the `embeddings` feature: all-minilm-l6-v2 (default, English)
                            or multilingual-e5-small (joins stories across languages)
  CONCORD_MODEL_DIR         that model's folder (default target/models/<name>; scripts/fetch-model fills it)
  CONCORD_SHARED            the shared dev data for `concord eval` (default: the first shared/data above here)";

/// Parses `--format`, listing the possible values in `--help`.
fn format_arg() -> impl TypedValueParser<Value = InputFormat> {
    clap::builder::PossibleValuesParser::new(InputFormat::ALL.map(InputFormat::as_str))
        .map(|name| InputFormat::from_name(&name).unwrap_or_default())
}

#[derive(Subcommand)]
enum Command {
    /// Read files, directories, JSONL, WARC, feeds or URLs into the store,
    /// then update stories and their dossiers.
    Ingest {
        /// Input format; `auto` sniffs each input. `jsonl` is one object per line
        /// with any of id, url, outlet, title, published, text, html; `warc` may be
        /// gzipped; `feed` is RSS or Atom.
        #[arg(long, default_value = "auto", value_parser = format_arg())]
        format: InputFormat,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
        /// Files, directories (read recursively), or http(s) URLs.
        #[arg(required = true)]
        inputs: Vec<String>,
    },
    /// List stored articles.
    Articles {
        /// One JSON object per line (id, source, segment, outlet, url, title,
        /// published, language, byline, dateline, body, duplicate_of, story_id).
        #[arg(long)]
        json: bool,
    },
    /// Show one article with its analysis (sentences, entities, dates, quotes).
    Article {
        /// Article id.
        id: String,
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
    /// List stories, newest first.
    Stories {
        /// One JSON object per line (id, title, article_ids, first_seen, last_updated).
        #[arg(long)]
        json: bool,
        /// Only stories updated on or after this date (YYYY-MM-DD).
        #[arg(long)]
        since: Option<String>,
        /// Only stories with at least this many articles.
        #[arg(long, default_value_t = 1)]
        min_articles: usize,
    },
    /// Show one story's dossier: coverage, summary, facts, quotes, timeline, discrepancies.
    Story {
        /// Story id (a merged story's old id still works).
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value = "md")]
        format: commands::story::StoryFormat,
    },
    /// Full-text search over titles and bodies.
    Search {
        /// Words to find.
        query: String,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
        /// Most results.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Rank articles by closeness in meaning of their headline and lead
        /// instead of by shared words (builds with the `embeddings` feature;
        /// with the multilingual model, across languages).
        #[arg(long)]
        meaning: bool,
    },
    /// Serve the web UI and JSON API over the store.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: String,
        /// Accept POST /api/ingest.
        #[arg(long)]
        allow_ingest: bool,
    },
    /// Extract the article(s) from one file and print them as a JSON array (no store).
    Extract {
        /// The file.
        file: PathBuf,
        /// Input format.
        #[arg(long, default_value = "auto", value_parser = format_arg())]
        format: InputFormat,
    },
    /// Analyse text exactly as given: sentences, entities, time expressions,
    /// quotes, as JSON with byte offsets (no store, no extraction).
    #[command(alias = "analyse")]
    Analyze {
        /// Publication date that relative dates resolve against.
        #[arg(long)]
        published: Option<String>,
        /// Language of the text (ISO 639-1, e.g. `de`); English rules when left out.
        #[arg(long)]
        language: Option<String>,
        /// File to read, or `-` for standard input.
        file: String,
    },
    /// Ingest the bundled example corpus into a fresh store and print its stories.
    Demo {
        /// Keep the demo store here instead of a temporary file.
        #[arg(long)]
        keep: Option<PathBuf>,
    },
    /// Measure quality on labelled data (see README for each figure).
    #[command(subcommand)]
    Eval(commands::eval::EvalCommand),
}

fn main() -> ExitCode {
    // Like other Unix tools, end quietly when the reader of our output goes
    // away (`concord articles --json | head`) instead of panicking on EPIPE.
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any other thread exists.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("CONCORD_LOG").unwrap_or_else(|_| "warn,html5ever=error".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    match commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("concord: {err:#}");
            ExitCode::FAILURE
        }
    }
}
