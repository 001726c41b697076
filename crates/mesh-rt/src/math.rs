//! The numeric modules `Math`, `Int` and `Float` (stdlib.md §5).
//!
//! Floats travel as their bit patterns. Float-to-Int conversions truncate
//! toward zero, map NaN to 0 and saturate at the Int bounds (Rust's `as`).
//! `Math.abs` works on Int or Float, told apart by the `TypeInfo` of its
//! type parameter; `Math.min`/`Math.max` use the type's ordering.

use crate::panic::runtime_error;
use crate::typeinfo::{self, ZeroKind};

fn float(bits: i64) -> f64 {
    f64::from_bits(bits as u64)
}

fn bits(x: f64) -> i64 {
    x.to_bits() as i64
}

/// `Math.abs(x)` for an Int or a Float (`info` says which); Int
/// `abs(min)` wraps to `min`.
///
/// # Safety
/// `info` must be a `TypeInfo` address.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_abs(x: i64, info: i64) -> i64 {
    let info = typeinfo::from_word(info);
    match info.zero_kind() {
        Some(ZeroKind::Int) => x.wrapping_abs(),
        Some(ZeroKind::Float) => bits(float(x).abs()),
        _ => runtime_error("Math.abs", format_args!("expected an Int or a Float, got {}", info.name())),
    }
}

/// `a` compared to `b` by the ordering of `info`'s type.
///
/// # Safety
/// `info` must be a `TypeInfo` address.
unsafe fn compare(function: &str, a: i64, b: i64, info: i64) -> i64 {
    let info = typeinfo::from_word(info);
    match info.cmp {
        Some(cmp) => cmp(a, b),
        None => runtime_error(function, format_args!("{} has no ordering", info.name())),
    }
}

/// `Math.min(a, b)`: the smaller argument (`a` when equal).
///
/// # Safety
/// `info` must be a `TypeInfo` address.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_min(a: i64, b: i64, info: i64) -> i64 {
    if compare("Math.min", b, a, info) < 0 {
        b
    } else {
        a
    }
}

/// `Math.max(a, b)`: the larger argument (`a` when equal).
///
/// # Safety
/// `info` must be a `TypeInfo` address.
#[no_mangle]
pub unsafe extern "C" fn mesh_math_max(a: i64, b: i64, info: i64) -> i64 {
    if compare("Math.max", b, a, info) > 0 {
        b
    } else {
        a
    }
}

/// `Math.pi`: 3.141592653589793.
#[no_mangle]
pub extern "C" fn mesh_math_pi() -> i64 {
    bits(std::f64::consts::PI)
}

/// `Math.pow(base, exp)`: IEEE power.
#[no_mangle]
pub extern "C" fn mesh_math_pow(base: i64, exp: i64) -> i64 {
    bits(float(base).powf(float(exp)))
}

/// `Math.sqrt(x)`: square root; NaN for negative input.
#[no_mangle]
pub extern "C" fn mesh_math_sqrt(x: i64) -> i64 {
    bits(float(x).sqrt())
}

/// `Math.floor(x)`: rounded down, as an Int.
#[no_mangle]
pub extern "C" fn mesh_math_floor(x: i64) -> i64 {
    float(x).floor() as i64
}

/// `Math.ceil(x)`: rounded up, as an Int.
#[no_mangle]
pub extern "C" fn mesh_math_ceil(x: i64) -> i64 {
    float(x).ceil() as i64
}

/// `Math.round(x)`: rounded half away from zero, as an Int.
#[no_mangle]
pub extern "C" fn mesh_math_round(x: i64) -> i64 {
    float(x).round() as i64
}

/// `Int.to_float(n)` and `Float.from(n)`: the nearest Float.
#[no_mangle]
pub extern "C" fn mesh_int_to_float(n: i64) -> i64 {
    bits(n as f64)
}

/// `Float.to_int(f)`: truncated toward zero (NaN → 0, saturating).
#[no_mangle]
pub extern "C" fn mesh_float_to_int(x: i64) -> i64 {
    float(x) as i64
}
