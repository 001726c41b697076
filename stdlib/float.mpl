## The `Float` module (stdlib.md §5.2).

## Truncated toward zero; NaN is 0 and out-of-range values saturate.
pub extern fn to_int(f :: Float) -> Int = "mesh_float_to_int"
## The nearest Float of an Int (same as `Int.to_float`).
pub extern fn from(n :: Int) -> Float = "mesh_int_to_float"
