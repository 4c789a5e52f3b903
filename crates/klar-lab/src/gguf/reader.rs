//! The bounded reader under `GgufFile::open`: every count and length is checked against the bytes
//! left in the file and charged to a memory budget (`Limits`) before anything is allocated.

use super::values::{Array, StrArray, Value};
use crate::error::{Error, Result};
use std::io::Read;
use std::path::PathBuf;

/// Most memory the metadata and tensor directory of one file may take.
pub const METADATA_BUDGET: u64 = 256 << 20;

/// What a file's header may make the reader hold. The defaults leave room for every real model
/// we know: Gemma 3 has 262,144 tokens, Llama 3 about 280,000 merges, large models a few
/// thousand tensors and a few dozen metadata entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Memory for all metadata and the tensor directory together, in bytes.
    pub budget: u64,
    /// Elements of one metadata array.
    pub array_len: u64,
    /// Elements of one `tokenizer.ggml.*` array (tokens, merges, types, scores).
    pub vocab_len: u64,
    /// Metadata entries.
    pub entries: u64,
    /// Tensors.
    pub tensors: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            budget: METADATA_BUDGET,
            array_len: 2 << 20,
            vocab_len: 1 << 20,
            entries: 1 << 16,
            tensors: 1 << 16,
        }
    }
}

/// Memory counted for one metadata entry besides its key and value (map slot, key and value
/// headers), and for one tensor besides its name (info, dimensions).
pub(super) const ENTRY_COST: u64 = 96;
pub(super) const TENSOR_COST: u64 = 128;

pub(super) const MAX_DIMS: usize = 4;
const MAX_STRING: u64 = 1 << 20;

/// A reader that knows how many bytes are left and how much memory the header has taken.
pub(super) struct Bounded<R> {
    pub(super) inner: R,
    pub(super) pos: u64,
    pub(super) len: u64,
    pub(super) path: PathBuf,
    pub(super) limits: Limits,
    /// Bytes of memory taken so far, counted against `limits.budget` before each allocation.
    pub(super) spent: u64,
}

impl<R: Read> Bounded<R> {
    pub(super) fn bad(&self, reason: impl Into<String>) -> Error {
        Error::BadGguf {
            path: self.path.clone(),
            reason: reason.into(),
        }
    }
    fn remaining(&self) -> u64 {
        self.len.saturating_sub(self.pos)
    }
    /// Refuses before allocating when `count` items of at least `min_each` bytes cannot fit.
    pub(super) fn check_fits(&self, count: u64, min_each: u64, what: &str) -> Result<()> {
        match count.checked_mul(min_each) {
            Some(n) if n <= self.remaining() => Ok(()),
            _ => Err(self.bad(format!(
                "{what} says {count} entries, more than the file can hold (truncated or corrupt)"
            ))),
        }
    }
    /// Refuses a count above its limit.
    pub(super) fn check_count(&self, count: u64, limit: u64, what: &str) -> Result<()> {
        if count > limit {
            return Err(self.bad(format!("{what} has {count} entries (limit {limit})")));
        }
        Ok(())
    }
    /// Counts `bytes` against the budget; called before the memory is reserved.
    pub(super) fn charge(&mut self, bytes: u64) -> Result<()> {
        match self.spent.checked_add(bytes) {
            Some(s) if s <= self.limits.budget => {
                self.spent = s;
                Ok(())
            }
            _ => Err(self.bad(format!(
                "its header would need more than {} MiB of memory (limit)",
                self.limits.budget >> 20
            ))),
        }
    }
    fn fill(&mut self, buf: &mut [u8]) -> Result<()> {
        if buf.len() as u64 > self.remaining() {
            return Err(self.bad(format!("file ends early at byte {} (truncated)", self.pos)));
        }
        let path = self.path.clone();
        self.inner
            .read_exact(buf)
            .map_err(|source| Error::Io { path, source })?;
        self.pos += buf.len() as u64;
        Ok(())
    }
    pub(super) fn bytes<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut b = [0u8; N];
        self.fill(&mut b)?;
        Ok(b)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.bytes::<1>()?[0])
    }
    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.bytes()?))
    }
    pub(super) fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }
    pub(super) fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.bytes()?))
    }
    /// The length of the next string, checked before its bytes are reserved.
    fn string_len(&mut self) -> Result<u64> {
        let n = self.u64()?;
        if n > MAX_STRING {
            return Err(self.bad(format!("a string claims {n} bytes (limit {MAX_STRING})")));
        }
        self.check_fits(n, 1, "a string length")?;
        self.charge(n)?;
        Ok(n)
    }
    pub(super) fn string(&mut self) -> Result<String> {
        let n = self.string_len()?;
        let mut buf = vec![0u8; n as usize];
        self.fill(&mut buf)?;
        String::from_utf8(buf).map_err(|_| self.bad("a string is not valid UTF-8"))
    }
    fn scalar(&mut self, ty: u32) -> Result<Value> {
        Ok(match ty {
            0 => Value::UInt(self.u8()? as u64),
            1 => Value::Int(self.u8()? as i8 as i64),
            2 => Value::UInt(self.u16()? as u64),
            3 => Value::Int(self.u16()? as i16 as i64),
            4 => Value::UInt(self.u32()? as u64),
            5 => Value::Int(self.u32()? as i32 as i64),
            6 => Value::Float(f32::from_bits(self.u32()?) as f64),
            7 => Value::Bool(self.u8()? != 0),
            8 => Value::Str(self.string()?),
            10 => Value::UInt(self.u64()?),
            11 => Value::Int(self.u64()? as i64),
            12 => Value::Float(f64::from_bits(self.u64()?)),
            _ => return Err(self.bad(format!("unknown metadata value type {ty}"))),
        })
    }
    pub(super) fn value(&mut self, key: &str, ty: u32) -> Result<Value> {
        if ty != 9 {
            return self.scalar(ty);
        }
        let elem = self.u32()?;
        let n = self.u64()?;
        let width = match elem {
            0 | 1 | 7 => 1,
            2 | 3 => 2,
            4..=6 => 4,
            8 | 10..=12 => 8,
            9 => return Err(self.bad("nested metadata arrays are not supported")),
            _ => return Err(self.bad(format!("unknown metadata array type {elem}"))),
        };
        self.check_fits(n, width, "a metadata array")?;
        let limit = if key.starts_with("tokenizer.ggml.") {
            self.limits.vocab_len
        } else {
            self.limits.array_len
        };
        self.check_count(n, limit, &format!("the metadata array {key}"))?;
        // A string costs its end offset here; its text is counted as it is read.
        let in_memory = if elem == 8 { 4 } else { width };
        self.charge(n * in_memory)?;
        let n = n as usize;
        Ok(Value::Array(match elem {
            0 => {
                let mut v = vec![0u8; n];
                self.fill(&mut v)?;
                Array::U8(v)
            }
            1 => Array::I8(self.elements(n, |b: [u8; 1]| b[0] as i8)?),
            2 => Array::U16(self.elements(n, u16::from_le_bytes)?),
            3 => Array::I16(self.elements(n, i16::from_le_bytes)?),
            4 => Array::U32(self.elements(n, u32::from_le_bytes)?),
            5 => Array::I32(self.elements(n, i32::from_le_bytes)?),
            6 => Array::F32(self.elements(n, f32::from_le_bytes)?),
            7 => Array::Bool(self.elements(n, |b: [u8; 1]| b[0] != 0)?),
            8 => Array::Str(self.strings(n)?),
            10 => Array::U64(self.elements(n, u64::from_le_bytes)?),
            11 => Array::I64(self.elements(n, i64::from_le_bytes)?),
            _ => Array::F64(self.elements(n, f64::from_le_bytes)?),
        }))
    }
    fn elements<T, const N: usize>(&mut self, n: usize, from: impl Fn([u8; N]) -> T) -> Result<Vec<T>> {
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(from(self.bytes()?));
        }
        Ok(v)
    }
    fn strings(&mut self, n: usize) -> Result<StrArray> {
        let mut ends = Vec::with_capacity(n);
        let mut text: Vec<u8> = Vec::new();
        for _ in 0..n {
            let len = self.string_len()? as usize;
            let start = text.len();
            if text.capacity() - start < len {
                // Grow by doubling, but never beyond what the rest of the file could still add.
                let remaining = usize::try_from(self.remaining()).unwrap_or(usize::MAX);
                text.reserve_exact(len.max(text.capacity().min(remaining)));
            }
            text.resize(start + len, 0);
            self.fill(&mut text[start..])?;
            if std::str::from_utf8(&text[start..]).is_err() {
                return Err(self.bad("a string is not valid UTF-8"));
            }
            let end = u32::try_from(text.len()).map_err(|_| self.bad("a string array is too large"))?;
            ends.push(end);
        }
        let text = String::from_utf8(text).map_err(|_| self.bad("a string is not valid UTF-8"))?;
        Ok(StrArray { text, ends })
    }
}
