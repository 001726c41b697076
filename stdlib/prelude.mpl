## The prelude: types and functions in scope in every module without import.
## The declaration order of variants fixes their run-time tags, which the
## runtime relies on (see crates/mesh-rt/ABI.md).

pub type Option<T> do
  Some(T)
  None
end

pub type Result<T, E> do
  Ok(T)
  Err(E)
end

pub type Ordering do
  Less
  Equal
  Greater
end

## Writes `s` and a newline to stdout, atomically.
pub extern fn println(s :: String) -> () = "mesh_println"

## Writes `s` to stdout.
pub extern fn print(s :: String) -> () = "mesh_print"

## The Display text of any value that has one (stdlib.md §2.1).
pub extern fn to_string<T>(x :: T) -> String where T: Display = "@to_string"
