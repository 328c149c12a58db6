//! Evaluation on labelled data: NER, time expressions, quotations.

/// Entity mention P/R/F1.
pub fn ner(args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet (args: {args:?})")
}

/// Time expression F1.
pub fn timex(args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet (args: {args:?})")
}

/// Quotation recall, F1, speaker accuracy.
pub fn quotes(args: &[String]) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet (args: {args:?})")
}
