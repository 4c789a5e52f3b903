//! A bounded reader for GGUF model files: header, metadata and tensor directory.
//! Every count and length is checked against the bytes left in the file before anything is allocated.

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

/// One metadata value. Arrays are typed so a huge array costs at most a few times its bytes on disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Int(i64),
    UInt(u64),
    Float(f64),
    Bool(bool),
    Str(String),
    IntArray(Vec<i64>),
    FloatArray(Vec<f64>),
    StrArray(Vec<String>),
    BoolArray(Vec<bool>),
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

const MAX_DIMS: usize = 4;
const MAX_STRING: u64 = 1 << 20;

struct Bounded<R> {
    inner: R,
    pos: u64,
    len: u64,
    path: PathBuf,
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
    fn bytes<const N: usize>(&mut self) -> Result<[u8; N]> {
        if (N as u64) > self.remaining() {
            return Err(self.bad(format!("file ends early at byte {} (truncated)", self.pos)));
        }
        let mut b = [0u8; N];
        let path = self.path.clone();
        self.inner
            .read_exact(&mut b)
            .map_err(|source| Error::Io { path, source })?;
        self.pos += N as u64;
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
    fn string(&mut self) -> Result<String> {
        let n = self.u64()?;
        if n > MAX_STRING {
            return Err(self.bad(format!("a string claims {n} bytes (limit {MAX_STRING})")));
        }
        self.check_fits(n, 1, "a string length")?;
        let mut buf = vec![0u8; n as usize];
        let path = self.path.clone();
        self.inner
            .read_exact(&mut buf)
            .map_err(|source| Error::Io { path, source })?;
        self.pos += n;
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
    fn value(&mut self, ty: u32) -> Result<Value> {
        if ty != 9 {
            return self.scalar(ty);
        }
        let elem = self.u32()?;
        let n = self.u64()?;
        let min_each = match elem {
            0 | 1 | 7 => 1,
            2 | 3 => 2,
            4..=6 => 4,
            8 | 10..=12 => 8,
            9 => return Err(self.bad("nested metadata arrays are not supported")),
            _ => return Err(self.bad(format!("unknown metadata array type {elem}"))),
        };
        self.check_fits(n, min_each, "a metadata array")?;
        let n = n as usize;
        Ok(match elem {
            8 => {
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.string()?);
                }
                Value::StrArray(v)
            }
            7 => {
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.u8()? != 0);
                }
                Value::BoolArray(v)
            }
            6 | 12 => {
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(self.scalar(elem)?.as_f64().unwrap_or(0.0));
                }
                Value::FloatArray(v)
            }
            _ => {
                let mut v = Vec::with_capacity(n);
                for _ in 0..n {
                    v.push(match self.scalar(elem)? {
                        Value::Int(i) => i,
                        Value::UInt(u) => i64::try_from(u).unwrap_or(i64::MAX),
                        _ => 0,
                    });
                }
                Value::IntArray(v)
            }
        })
    }
}

impl GgufFile {
    /// Reads and validates the header of `path`; tensor data are not read.
    pub fn open(path: &Path) -> Result<Self> {
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
        let mut metadata = HashMap::new();
        for _ in 0..n_kv {
            let key = r.string()?;
            let ty = r.u32()?;
            let v = r.value(ty)?;
            metadata.insert(key, v);
        }
        let alignment = match metadata.get("general.alignment") {
            None => 32,
            Some(v) => match v.as_u64() {
                Some(a) if a > 0 && a.is_power_of_two() && a <= (1 << 20) => a,
                _ => return Err(r.bad(format!("alignment {v:?} is not a power of two"))),
            },
        };
        let mut raw = Vec::with_capacity(n_tensors as usize);
        for _ in 0..n_tensors {
            let name = r.string()?;
            let n_dims = r.u32()? as usize;
            if n_dims == 0 || n_dims > MAX_DIMS {
                return Err(r.bad(format!("tensor {name} has {n_dims} dimensions")));
            }
            let mut dims = Vec::with_capacity(n_dims);
            for _ in 0..n_dims {
                dims.push(r.u64()?);
            }
            let ty = r.u32()?;
            let offset = r.u64()?;
            raw.push((name, dims, ty, offset));
        }
        let data_start = r.pos.div_ceil(alignment) * alignment;
        let mut tensors = Vec::with_capacity(raw.len());
        for (name, dims, ty, offset) in raw {
            let dtype = DType::from_id(ty)
                .ok_or_else(|| r.bad(format!("tensor {name} has unknown data type {ty}")))?;
            let mut n: u64 = 1;
            for &d in &dims {
                n = n
                    .checked_mul(d)
                    .filter(|&n| n <= (1 << 40))
                    .ok_or_else(|| r.bad(format!("tensor {name} has absurd dimensions {dims:?}")))?;
            }
            let be = dtype.block_elems() as u64;
            if n == 0 || dims[0] % be != 0 {
                return Err(r.bad(format!(
                    "tensor {name} has dimensions {dims:?} that do not fit {dtype:?} blocks"
                )));
            }
            let n_bytes = n / be * dtype.block_bytes() as u64;
            if offset % alignment != 0 {
                return Err(r.bad(format!("tensor {name} is not aligned to {alignment} bytes")));
            }
            let end = data_start
                .checked_add(offset)
                .and_then(|s| s.checked_add(n_bytes));
            match end {
                Some(end) if end <= r.len => {}
                _ => {
                    return Err(r.bad(format!(
                        "tensor {name} lies past the end of the file (truncated or corrupt)"
                    )))
                }
            }
            tensors.push(TensorInfo {
                name,
                dims: dims.iter().map(|&d| d as usize).collect(),
                dtype,
                offset: data_start + offset,
                n_bytes: n_bytes as usize,
            });
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
