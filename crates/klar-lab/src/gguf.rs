//! A bounded reader for GGUF model files: header, metadata and tensor directory.
//! Every count and length is checked against the bytes left in the file and against a memory
//! budget before anything is allocated, and values are kept in their on-disk width.

use crate::error::{Error, Result};
use std::collections::HashMap;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// Tensor element types this engine knows (GGML type ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DType {
    F32,
    F16,
    BF16,
    Q4_0,
    Q4_1,
    Q5_0,
    Q5_1,
    Q8_0,
    Q2K,
    Q3K,
    Q4K,
    Q5K,
    Q6K,
}

impl DType {
    fn from_id(id: u32) -> Option<Self> {
        Some(match id {
            0 => Self::F32,
            1 => Self::F16,
            2 => Self::Q4_0,
            3 => Self::Q4_1,
            6 => Self::Q5_0,
            7 => Self::Q5_1,
            8 => Self::Q8_0,
            10 => Self::Q2K,
            11 => Self::Q3K,
            12 => Self::Q4K,
            13 => Self::Q5K,
            14 => Self::Q6K,
            30 => Self::BF16,
            _ => return None,
        })
    }
    /// Elements per block.
    pub fn block_elems(self) -> usize {
        match self {
            Self::F32 | Self::F16 | Self::BF16 => 1,
            Self::Q4_0 | Self::Q4_1 | Self::Q5_0 | Self::Q5_1 | Self::Q8_0 => 32,
            _ => 256,
        }
    }
    /// Bytes per block.
    pub fn block_bytes(self) -> usize {
        match self {
            Self::F32 => 4,
            Self::F16 | Self::BF16 => 2,
            Self::Q4_0 => 18,
            Self::Q4_1 => 20,
            Self::Q5_0 => 22,
            Self::Q5_1 => 24,
            Self::Q8_0 => 34,
            Self::Q2K => 84,
            Self::Q3K => 110,
            Self::Q4K => 144,
            Self::Q5K => 176,
            Self::Q6K => 210,
        }
    }
    pub(crate) fn to_candle(self) -> candle_core::quantized::GgmlDType {
        use candle_core::quantized::GgmlDType as G;
        match self {
            Self::F32 => G::F32,
            Self::F16 => G::F16,
            Self::BF16 => G::BF16,
            Self::Q4_0 => G::Q4_0,
            Self::Q4_1 => G::Q4_1,
            Self::Q5_0 => G::Q5_0,
            Self::Q5_1 => G::Q5_1,
            Self::Q8_0 => G::Q8_0,
            Self::Q2K => G::Q2K,
            Self::Q3K => G::Q3K,
            Self::Q4K => G::Q4K,
            Self::Q5K => G::Q5K,
            Self::Q6K => G::Q6K,
        }
    }
}

/// One metadata value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    Str(String),
    Array(Array),
}

/// A metadata array, kept in the width it has in the file: a hostile file cannot make the
/// reader hold more than about the bytes it actually contains.
#[derive(Debug, Clone, PartialEq)]
pub enum Array {
    U8(Vec<u8>),
    I8(Vec<i8>),
    U16(Vec<u16>),
    I16(Vec<i16>),
    U32(Vec<u32>),
    I32(Vec<i32>),
    U64(Vec<u64>),
    I64(Vec<i64>),
    F32(Vec<f32>),
    F64(Vec<f64>),
    Bool(Vec<bool>),
    Str(StrArray),
}

impl Array {
    pub fn len(&self) -> usize {
        match self {
            Array::U8(v) => v.len(),
            Array::I8(v) => v.len(),
            Array::U16(v) => v.len(),
            Array::I16(v) => v.len(),
            Array::U32(v) => v.len(),
            Array::I32(v) => v.len(),
            Array::U64(v) => v.len(),
            Array::I64(v) => v.len(),
            Array::F32(v) => v.len(),
            Array::F64(v) => v.len(),
            Array::Bool(v) => v.len(),
            Array::Str(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Element `i` of an integer array (None for other arrays, a missing index or a u64 that
    /// does not fit).
    pub fn int(&self, i: usize) -> Option<i64> {
        match self {
            Array::U8(v) => v.get(i).map(|&x| i64::from(x)),
            Array::I8(v) => v.get(i).map(|&x| i64::from(x)),
            Array::U16(v) => v.get(i).map(|&x| i64::from(x)),
            Array::I16(v) => v.get(i).map(|&x| i64::from(x)),
            Array::U32(v) => v.get(i).map(|&x| i64::from(x)),
            Array::I32(v) => v.get(i).map(|&x| i64::from(x)),
            Array::U64(v) => v.get(i).and_then(|&x| i64::try_from(x).ok()),
            Array::I64(v) => v.get(i).copied(),
            _ => None,
        }
    }

    /// Element `i` of a number array as f64.
    pub fn float(&self, i: usize) -> Option<f64> {
        match self {
            Array::F32(v) => v.get(i).map(|&x| f64::from(x)),
            Array::F64(v) => v.get(i).copied(),
            _ => self.int(i).map(|x| x as f64),
        }
    }
}

/// Many strings in one buffer: per string 4 bytes plus its text, less than in the file
/// (a `Vec<String>` would take 24 bytes per string besides the text).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StrArray {
    text: String,
    /// Where each string ends in `text`.
    ends: Vec<u32>,
}

impl StrArray {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// String `i`, or None past the end.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = match i {
            0 => 0,
            _ => *self.ends.get(i - 1)? as usize,
        };
        self.text.get(start..end)
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i).unwrap_or(""))
    }
}

impl<S: AsRef<str>> FromIterator<S> for StrArray {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Self {
        let mut a = StrArray::default();
        for s in iter {
            a.text.push_str(s.as_ref());
            a.ends.push(u32::try_from(a.text.len()).unwrap_or(u32::MAX));
        }
        a
    }
}

impl Value {
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Value::UInt(v) => Some(*v),
            Value::Int(v) => u64::try_from(*v).ok(),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Float(v) => Some(*v),
            Value::UInt(v) => Some(*v as f64),
            Value::Int(v) => Some(*v as f64),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&Array> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_str_array(&self) -> Option<&StrArray> {
        match self {
            Value::Array(Array::Str(a)) => Some(a),
            _ => None,
        }
    }
}

/// Where one tensor lives in the file.
#[derive(Debug, Clone)]
pub struct TensorInfo {
    pub name: String,
    /// GGML order: dims[0] is the row length (contiguous), dims[1] the number of rows.
    pub dims: Vec<usize>,
    pub dtype: DType,
    /// Absolute offset in the file.
    pub offset: u64,
    pub n_bytes: usize,
}

impl TensorInfo {
    pub fn n_elems(&self) -> usize {
        self.dims.iter().product()
    }
}

/// The parsed header of a GGUF file.
#[derive(Debug)]
pub struct GgufFile {
    pub path: PathBuf,
    pub metadata: HashMap<String, Value>,
    pub tensors: Vec<TensorInfo>,
    pub file_len: u64,
}

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
const ENTRY_COST: u64 = 96;
const TENSOR_COST: u64 = 128;

const MAX_DIMS: usize = 4;
const MAX_STRING: u64 = 1 << 20;

struct Bounded<R> {
    inner: R,
    pos: u64,
    len: u64,
    path: PathBuf,
    limits: Limits,
    /// Bytes of memory taken so far, counted against `limits.budget` before each allocation.
    spent: u64,
}

impl<R: Read> Bounded<R> {
    fn bad(&self, reason: impl Into<String>) -> Error {
        Error::BadGguf {
            path: self.path.clone(),
            reason: reason.into(),
        }
    }
    fn remaining(&self) -> u64 {
        self.len.saturating_sub(self.pos)
    }
    /// Refuses before allocating when `count` items of at least `min_each` bytes cannot fit.
    fn check_fits(&self, count: u64, min_each: u64, what: &str) -> Result<()> {
        match count.checked_mul(min_each) {
            Some(n) if n <= self.remaining() => Ok(()),
            _ => Err(self.bad(format!(
                "{what} says {count} entries, more than the file can hold (truncated or corrupt)"
            ))),
        }
    }
    /// Refuses a count above its limit.
    fn check_count(&self, count: u64, limit: u64, what: &str) -> Result<()> {
        if count > limit {
            return Err(self.bad(format!("{what} has {count} entries (limit {limit})")));
        }
        Ok(())
    }
    /// Counts `bytes` against the budget; called before the memory is reserved.
    fn charge(&mut self, bytes: u64) -> Result<()> {
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
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N]> {
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
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.bytes()?))
    }
    fn u64(&mut self) -> Result<u64> {
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
    fn string(&mut self) -> Result<String> {
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
    fn value(&mut self, key: &str, ty: u32) -> Result<Value> {
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

impl GgufFile {
    /// Reads and validates the header of `path` within the default [`Limits`]; tensor data are
    /// not read.
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_with_limits(path, &Limits::default())
    }

    /// Like [`GgufFile::open`] with other limits.
    pub fn open_with_limits(path: &Path, limits: &Limits) -> Result<Self> {
        let file = std::fs::File::open(path).map_err(|source| {
            if source.kind() == std::io::ErrorKind::NotFound {
                Error::ModelMissing {
                    path: path.to_path_buf(),
                }
            } else {
                Error::Io {
                    path: path.to_path_buf(),
                    source,
                }
            }
        })?;
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = file.metadata().map_err(io)?;
        if !meta.is_file() {
            return Err(Error::BadGguf {
                path: path.to_path_buf(),
                reason: "not a regular file".into(),
            });
        }
        let mut r = Bounded {
            inner: BufReader::with_capacity(1 << 16, file),
            pos: 0,
            len: meta.len(),
            path: path.to_path_buf(),
            limits: limits.clone(),
            spent: 0,
        };
        let magic = r.bytes::<4>().map_err(|_| r.bad("too short to be a GGUF file"))?;
        if &magic != b"GGUF" {
            return Err(r.bad("it does not start with the GGUF magic bytes"));
        }
        let version = r.u32()?;
        if version != 2 && version != 3 {
            return Err(r.bad(format!("GGUF version {version} (only 2 and 3 are read)")));
        }
        let n_tensors = r.u64()?;
        let n_kv = r.u64()?;
        // A tensor entry takes at least 8+4+8+4+8 bytes, a metadata entry at least 8+4+1.
        r.check_fits(n_tensors, 32, "the tensor count")?;
        r.check_fits(n_kv, 13, "the metadata count")?;
        r.check_count(n_tensors, r.limits.tensors, "the tensor directory")?;
        r.check_count(n_kv, r.limits.entries, "the metadata")?;
        let mut metadata = HashMap::new();
        for _ in 0..n_kv {
            r.charge(ENTRY_COST)?;
            let key = r.string()?;
            let ty = r.u32()?;
            let v = r.value(&key, ty)?;
            metadata.insert(key, v);
        }
        let alignment = match metadata.get("general.alignment") {
            None => 32,
            Some(v) => match v.as_u64() {
                Some(a) if a > 0 && a.is_power_of_two() && a <= (1 << 20) => a,
                _ => return Err(r.bad(format!("alignment {v:?} is not a power of two"))),
            },
        };
        // One pass reads and checks each entry; its offset is relative to the data section,
        // which starts after the directory, and is made absolute in a second pass.
        r.charge(n_tensors * TENSOR_COST)?;
        let mut tensors = Vec::with_capacity(n_tensors as usize);
        for _ in 0..n_tensors {
            let name = r.string()?;
            let n_dims = r.u32()? as usize;
            if n_dims == 0 || n_dims > MAX_DIMS {
                return Err(r.bad(format!("tensor {name} has {n_dims} dimensions")));
            }
            let mut dims = Vec::with_capacity(n_dims);
            let mut n: u64 = 1;
            for _ in 0..n_dims {
                let d = r.u64()?;
                n = n.checked_mul(d).filter(|&n| n <= (1 << 40)).ok_or_else(|| {
                    r.bad(format!("tensor {name} has absurd dimensions (a dimension of {d})"))
                })?;
                dims.push(usize::try_from(d).map_err(|_| r.bad(format!("tensor {name} has absurd dimensions")))?);
            }
            let ty = r.u32()?;
            let offset = r.u64()?;
            let dtype = DType::from_id(ty)
                .ok_or_else(|| r.bad(format!("tensor {name} has unknown data type {ty}")))?;
            let be = dtype.block_elems();
            if n == 0 || dims[0] % be != 0 {
                return Err(r.bad(format!(
                    "tensor {name} has dimensions {dims:?} that do not fit {dtype:?} blocks"
                )));
            }
            if offset % alignment != 0 {
                return Err(r.bad(format!("tensor {name} is not aligned to {alignment} bytes")));
            }
            let n_bytes = n / be as u64 * dtype.block_bytes() as u64;
            tensors.push(TensorInfo {
                name,
                dims,
                dtype,
                offset,
                n_bytes: usize::try_from(n_bytes).map_err(|_| r.bad("a tensor is too large"))?,
            });
        }
        let data_start = r.pos.div_ceil(alignment) * alignment;
        for t in &mut tensors {
            match data_start.checked_add(t.offset) {
                Some(start) if start.checked_add(t.n_bytes as u64).is_some_and(|end| end <= r.len) => {
                    t.offset = start;
                }
                _ => {
                    return Err(r.bad(format!(
                        "tensor {} lies past the end of the file (truncated or corrupt)",
                        t.name
                    )))
                }
            }
        }
        Ok(GgufFile {
            path: path.to_path_buf(),
            metadata,
            tensors,
            file_len: r.len,
        })
    }

    pub fn get(&self, key: &str) -> Option<&Value> {
        self.metadata.get(key)
    }

    /// Takes a value out of the metadata, so a large array is moved rather than copied.
    pub fn take(&mut self, key: &str) -> Option<Value> {
        self.metadata.remove(key)
    }

    pub fn tensor(&self, name: &str) -> Option<&TensorInfo> {
        self.tensors.iter().find(|t| t.name == name)
    }

    /// Reads one tensor's bytes (bounds were validated at open).
    pub fn read_tensor(&self, file: &mut std::fs::File, info: &TensorInfo) -> Result<Vec<u8>> {
        let io = |source| Error::Io {
            path: self.path.clone(),
            source,
        };
        let mut buf = vec![0u8; info.n_bytes];
        file.seek(SeekFrom::Start(info.offset)).map_err(io)?;
        file.read_exact(&mut buf).map_err(io)?;
        Ok(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_arrays_keep_every_string_in_one_buffer() {
        let a: StrArray = ["", "Ġthe", "", "ü🙂"].into_iter().collect();
        assert_eq!(a.len(), 4);
        assert_eq!(a.iter().collect::<Vec<_>>(), ["", "Ġthe", "", "ü🙂"]);
        assert_eq!(a.get(3), Some("ü🙂"));
        assert_eq!(a.get(4), None);
    }

    #[test]
    fn integer_arrays_read_in_every_width() {
        assert_eq!(Array::U8(vec![200]).int(0), Some(200));
        assert_eq!(Array::I8(vec![-3]).int(0), Some(-3));
        assert_eq!(Array::I32(vec![1, 3]).int(1), Some(3));
        assert_eq!(Array::U64(vec![u64::MAX]).int(0), None);
        assert_eq!(Array::F32(vec![0.5]).int(0), None);
        assert_eq!(Array::F32(vec![0.5]).float(0), Some(0.5));
        assert_eq!(Array::U16(vec![7]).float(0), Some(7.0));
    }
}
