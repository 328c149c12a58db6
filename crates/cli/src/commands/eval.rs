//! `concord eval …`: quality and speed figures on labelled data. Each stage
//! crate owns its evaluation (`concord_X::eval`); this only dispatches.

use std::process::ExitCode;

use clap::Subcommand;

/// Evaluations; each takes its own arguments (see `concord eval NAME --help`).
#[derive(Subcommand)]
pub enum EvalCommand {
    /// Extraction F1 (4-gram shingles), date accuracy and pages/s on ../shared/data/extraction.
    Extract(Args),
    /// Entity mention P/R/F1 on CoNLL-2003 dev and MEANTIME.
    Ner(Args),
    /// Time expression span and value F1 on TimeBank + AQUAINT.
    Timex(Args),
    /// Quote recall, F1 and speaker accuracy on PolNeAR.
    Quotes(Args),
    /// Clustering P/R/F1 and BCubed on a labelled JSONL, roundups or SemEval pairs.
    Cluster(Args),
    /// Summary ROUGE against AllSides roundups, with baselines.
    Summary(Args),
    /// Actor and technique detection P/R on the annotated cyber articles.
    Cyber(Args),
    /// Speed of each stage (pages/s, MB/s, articles/s).
    Bench(Args),
}

/// Arguments passed through to the evaluation.
#[derive(clap::Args)]
pub struct Args {
    /// Arguments of the evaluation (`--help` lists them).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

/// Runs an evaluation.
pub fn run(cmd: &EvalCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        EvalCommand::Extract(a) => concord_extract::eval::main(&a.args)?,
        EvalCommand::Ner(a) => concord_analyse::eval::ner(&a.args)?,
        EvalCommand::Timex(a) => concord_analyse::eval::timex(&a.args)?,
        EvalCommand::Quotes(a) => concord_analyse::eval::quotes(&a.args)?,
        EvalCommand::Cluster(a) => concord_pipeline::eval_cluster::main(&a.args)?,
        EvalCommand::Summary(a) => concord_synth::eval::main(&a.args)?,
        EvalCommand::Cyber(a) => concord_export::eval::main(&a.args)?,
        EvalCommand::Bench(a) => concord_pipeline::bench::main(&a.args)?,
    }
    Ok(ExitCode::SUCCESS)
}
