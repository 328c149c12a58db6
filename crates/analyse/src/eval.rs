//! Evaluation on labelled data: NER, time expressions, quotations.

mod ner;
mod quotes;
mod timex;
mod timex_meantime;

/// Entity mention P/R/F1.
pub fn ner(args: &[String]) -> anyhow::Result<()> {
    ner::run(args)
}

/// Time expression F1 (strict, relaxed, value) on TimeML corpora.
pub fn timex(args: &[String]) -> anyhow::Result<()> {
    timex::run(args)
}

/// Quotation recall, F1, speaker accuracy on PolNeAR.
pub fn quotes(args: &[String]) -> anyhow::Result<()> {
    quotes::run(args)
}
