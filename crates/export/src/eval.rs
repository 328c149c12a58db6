//! Evaluation on labelled data.
/// Runs this evaluation with its command-line arguments.
pub fn main(args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet (args: {args:?})")
}
