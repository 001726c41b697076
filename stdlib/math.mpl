## The `Math` module (stdlib.md §5.3).

## Absolute value of an Int or a Float.
pub extern fn abs<T>(x :: T) -> T where T: Neg = "mesh_math_abs[T]"
## The smaller argument (the first when equal).
pub extern fn min<T>(a :: T, b :: T) -> T where T: Ord = "mesh_math_min[T]"
## The larger argument (the first when equal).
pub extern fn max<T>(a :: T, b :: T) -> T where T: Ord = "mesh_math_max[T]"
## The constant 3.141592653589793, written `Math.pi` without parentheses:
## a reference to this zero-parameter binding denotes its result.
pub extern fn pi() -> Float = "mesh_math_pi"
## IEEE power.
pub extern fn pow(base :: Float, exp :: Float) -> Float = "mesh_math_pow"
## Square root; NaN for negative input.
pub extern fn sqrt(x :: Float) -> Float = "mesh_math_sqrt"
## Rounded down, as an Int (NaN is 0, out-of-range values saturate).
pub extern fn floor(x :: Float) -> Int = "mesh_math_floor"
## Rounded up, as an Int (NaN is 0, out-of-range values saturate).
pub extern fn ceil(x :: Float) -> Int = "mesh_math_ceil"
## Rounded half away from zero, as an Int (NaN is 0, out-of-range values saturate).
pub extern fn round(x :: Float) -> Int = "mesh_math_round"
