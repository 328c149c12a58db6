//! `concord ingest`: read inputs into the store with a progress bar and a
//! one-line summary; the exit status is non-zero if anything was refused.

use std::process::ExitCode;

use concord_model::InputFormat;
use concord_pipeline::Event;
use concord_store::Store;
use indicatif::{ProgressBar, ProgressStyle};

/// Ingests `inputs`; prints refusals as they happen and the summary at the end.
pub fn run(store: &mut Store, inputs: &[String], format: InputFormat, quiet: bool) -> anyhow::Result<ExitCode> {
    let bar = if quiet { ProgressBar::hidden() } else { ProgressBar::new_spinner() };
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} documents  {per_sec}  {wide_msg}").expect("valid template"),
    );
    let opts = concord_sources::Options { format, ..Default::default() };
    let summary = concord_pipeline::ingest(store, inputs, &opts, &mut |event| match event {
        Event::Document(origin) => {
            bar.inc(1);
            bar.set_message(origin.to_string());
        }
        Event::Refused(reason) => bar.suspend(|| eprintln!("concord: refused {reason}")),
    })?;
    bar.finish_and_clear();
    eprintln!("{summary}");
    Ok(if summary.failed > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
