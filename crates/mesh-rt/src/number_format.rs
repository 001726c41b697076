//! Display text of the scalar types (stdlib.md §2.1): what `to_string`,
//! `String.from` and string interpolation produce for Int, Float and Bool.

use crate::string::{self, StaticString};

static TRUE_STRING: StaticString<4> = StaticString::new(*b"true");
static FALSE_STRING: StaticString<5> = StaticString::new(*b"false");

/// Display text of a Float: the shortest decimal text that reads back as the
/// same number, never in exponent notation, integral values without a
/// fractional part (`2`, `1000000000000000000000`, `0.30000000000000004`),
/// and `NaN`, `inf`, `-inf` for the non-finite values. This is exactly
/// Rust's `{}` formatting of `f64`.
pub fn float_text(value: f64) -> String {
    format!("{value}")
}

/// Display text of an Int: decimal with a leading `-` for negatives.
#[no_mangle]
pub extern "C" fn mesh_int_to_string(n: i64) -> i64 {
    string::from_str(&n.to_string())
}

/// Display text of a Float given as its bit pattern (see [`float_text`]).
#[no_mangle]
pub extern "C" fn mesh_float_to_string(bits: i64) -> i64 {
    string::from_str(&float_text(f64::from_bits(bits as u64)))
}

/// `true` or `false`.
#[no_mangle]
pub extern "C" fn mesh_bool_to_string(b: i64) -> i64 {
    if b == 0 {
        FALSE_STRING.value()
    } else {
        TRUE_STRING.value()
    }
}
