//! A file of embeddings keyed by a hash of their text, for evaluation runs
//! that embed the same dev texts again and again (never used by ingest).
//! Records are appended: 8-byte FNV-1a hash of the text, 2-byte dimension
//! count, the values as little-endian `f32`; a torn last record is ignored.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

/// Embeddings by text, backed by an append-only file.
pub struct Cache {
    vectors: HashMap<u64, Vec<f32>>,
    file: std::fs::File,
}

impl Cache {
    /// Opens (creating it and its folder if needed) the cache file at `path`.
    pub fn open(path: &Path) -> std::io::Result<Cache> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let data = std::fs::read(path).unwrap_or_default();
        let mut vectors = HashMap::new();
        let mut rest = &data[..];
        while rest.len() >= 10 {
            let key = u64::from_le_bytes(rest[..8].try_into().expect("8 bytes"));
            let dim = usize::from(u16::from_le_bytes([rest[8], rest[9]]));
            let Some(values) = rest.get(10..10 + 4 * dim) else { break };
            vectors.insert(key, values.chunks_exact(4).map(|c| f32::from_le_bytes(c.try_into().expect("4 bytes"))).collect());
            rest = &rest[10 + 4 * dim..];
        }
        let file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
        Ok(Cache { vectors, file })
    }

    /// The cached embedding of `text`.
    pub fn get(&self, text: &str) -> Option<&[f32]> {
        self.vectors.get(&key(text)).map(Vec::as_slice)
    }

    /// Records the embedding of `text`.
    pub fn put(&mut self, text: &str, vector: Vec<f32>) -> std::io::Result<()> {
        let k = key(text);
        let mut record = Vec::with_capacity(10 + 4 * vector.len());
        record.extend(k.to_le_bytes());
        record.extend((vector.len().min(usize::from(u16::MAX)) as u16).to_le_bytes());
        vector.iter().take(usize::from(u16::MAX)).for_each(|v| record.extend(v.to_le_bytes()));
        self.file.write_all(&record)?;
        self.vectors.insert(k, vector);
        Ok(())
    }
}

/// FNV-1a of the text (stable across builds, unlike the std hasher).
fn key(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vectors_survive_reopening_and_a_torn_tail_is_ignored() {
        let dir = std::env::temp_dir().join(format!("concord-embed-cache-{}", std::process::id()));
        let path = dir.join("v.bin");
        let _ = std::fs::remove_file(&path);
        let mut c = Cache::open(&path).unwrap();
        c.put("a", vec![1.0, 2.0]).unwrap();
        c.put("b", vec![3.0]).unwrap();
        drop(c);
        std::fs::OpenOptions::new().append(true).open(&path).unwrap().write_all(&[1, 2, 3]).unwrap();
        let c = Cache::open(&path).unwrap();
        assert_eq!(c.get("a"), Some(&[1.0, 2.0][..]));
        assert_eq!(c.get("b"), Some(&[3.0][..]));
        assert_eq!(c.get("c"), None);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
