//! Evaluation on labelled data: NER, time expressions, quotations.

mod quotes;

/// Entity mention P/R/F1.
pub fn ner(args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet (args: {args:?})")
}

/// Time expression F1.
pub fn timex(args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet (args: {args:?})")
}

/// Quotation recall, F1, speaker accuracy on PolNeAR.
pub fn quotes(args: &[String]) -> anyhow::Result<()> {
    quotes::run(args)
}
