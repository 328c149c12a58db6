//! Sentence embeddings as the clusterer keeps them: one signed byte per
//! dimension and a scale (a 384-value vector costs 388 bytes in memory and in
//! the feature blob), with the dot products the scores need. The vectors come
//! from the caller (the `embeddings` feature of the pipeline runs the model);
//! this crate never loads one.

/// Longest embedding accepted (hostile input stays bounded).
pub const MAX_DIM: usize = 4096;

/// A quantised unit-length embedding.
#[derive(Clone, Debug, PartialEq)]
pub struct Embedding {
    scale: f32,
    values: Box<[i8]>,
}

impl Embedding {
    /// Quantises `v` (scaled to unit length first); `None` when it is empty,
    /// too long, zero or not finite.
    pub fn quantise(v: &[f32]) -> Option<Embedding> {
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        if v.is_empty() || v.len() > MAX_DIM || !norm.is_finite() || norm == 0.0 {
            return None;
        }
        let largest = v.iter().fold(0f32, |m, x| m.max(x.abs())) / norm;
        let scale = largest / 127.0;
        let values = v.iter().map(|x| (x / norm / scale).round().clamp(-127.0, 127.0) as i8).collect();
        Some(Embedding { scale, values })
    }

    /// Dot product with a dense vector of the same length (0 when the lengths differ).
    pub fn dot_dense(&self, dense: &[f32]) -> f32 {
        if dense.len() != self.values.len() {
            return 0.0;
        }
        self.scale * self.values.iter().zip(dense).map(|(&a, b)| f32::from(a) * b).sum::<f32>()
    }

    /// Cosine with another embedding (both are unit length up to rounding).
    pub fn cosine(&self, other: &Embedding) -> f32 {
        if other.values.len() != self.values.len() {
            return 0.0;
        }
        let dot: i32 = self.values.iter().zip(other.values.iter()).map(|(&a, &b)| i32::from(a) * i32::from(b)).sum();
        self.scale * other.scale * dot as f32
    }

    /// Adds `sign` times this vector to a dense sum (resized to fit when empty).
    pub fn add_to(&self, sum: &mut Vec<f32>, sign: f32) {
        if sum.is_empty() {
            sum.resize(self.values.len(), 0.0);
        }
        if sum.len() == self.values.len() {
            sum.iter_mut().zip(self.values.iter()).for_each(|(s, &v)| *s += sign * self.scale * f32::from(v));
        }
    }

    /// Appends the encoding: dimension count (u16), scale (f32), the values.
    pub fn encode_into(&self, out: &mut Vec<u8>) {
        out.extend((self.values.len() as u16).to_le_bytes());
        out.extend(self.scale.to_le_bytes());
        out.extend(self.values.iter().map(|&v| v as u8));
    }

    /// Reads [`Embedding::encode_into`]'s output from the front of `data`; returns it and the rest.
    pub fn decode_from(data: &[u8]) -> Option<(Embedding, &[u8])> {
        let n = usize::from(u16::from_le_bytes(data.get(..2)?.try_into().ok()?));
        let scale = f32::from_le_bytes(data.get(2..6)?.try_into().ok()?);
        let values = data.get(6..6 + n)?.iter().map(|&b| b as i8).collect();
        if n == 0 || n > MAX_DIM || !scale.is_finite() || scale <= 0.0 {
            return None;
        }
        Some((Embedding { scale, values }, &data[6 + n..]))
    }
}

/// Length of a dense vector.
pub fn norm(v: &[f32]) -> f32 {
    v.iter().map(|x| x * x).sum::<f32>().sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantised_cosines_stay_close_and_round_trip() {
        let a: Vec<f32> = (0..384).map(|i| ((i * 7 % 13) as f32 - 6.0) / 10.0).collect();
        let b: Vec<f32> = (0..384).map(|i| ((i * 5 % 11) as f32 - 5.0) / 10.0).collect();
        let exact = a.iter().zip(&b).map(|(x, y)| x * y).sum::<f32>() / (norm(&a) * norm(&b));
        let (qa, qb) = (Embedding::quantise(&a).unwrap(), Embedding::quantise(&b).unwrap());
        assert!((qa.cosine(&qb) - exact).abs() < 0.01, "{} vs {exact}", qa.cosine(&qb));
        assert!((qa.cosine(&qa) - 1.0).abs() < 0.01);
        let mut buf = Vec::new();
        qa.encode_into(&mut buf);
        buf.push(9);
        let (back, rest) = Embedding::decode_from(&buf).unwrap();
        assert_eq!((back, rest), (qa, &[9u8][..]));
        assert!(Embedding::decode_from(&buf[..100]).is_none());
        assert!(Embedding::quantise(&[0.0, 0.0]).is_none());
        assert!(Embedding::quantise(&[f32::NAN]).is_none());
    }
}
