## The `Int` module (stdlib.md §5.1).

## The nearest Float (exact up to 2^53).
pub extern fn to_float(n :: Int) -> Float = "mesh_int_to_float"
