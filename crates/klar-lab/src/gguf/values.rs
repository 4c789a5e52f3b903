//! Metadata values as the reader keeps them: scalars, strings, and arrays in their on-disk width
//! (string arrays share one buffer), so a header never takes much more memory than its bytes.

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
    pub(super) text: String,
    /// Where each string ends in `text`.
    pub(super) ends: Vec<u32>,
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
