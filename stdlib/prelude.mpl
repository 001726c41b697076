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

## The Debug text of any value that has one: strings quoted, structs as
## `Name { field: value }` (language.md §3.6.5).
pub extern fn inspect<T>(x :: T) -> String where T: Debug = "@inspect"

## The hash of any value that has one (language.md §3.6.6): equal values
## give equal hashes; a user `impl Hash` takes precedence.
pub extern fn hash<T>(x :: T) -> Int where T: Hash = "@hash"

## `f` applied to each element of `xs`, in order (same as `List.map`).
pub extern fn map<T, U>(xs :: List<T>, f :: Fun(T) -> U) -> List<U> = "mesh_list_map"

## The elements of `xs` for which `f` is true, in order (same as `List.filter`).
pub extern fn filter<T>(xs :: List<T>, f :: Fun(T) -> Bool) -> List<T> = "mesh_list_filter"

## Left fold `f(...f(f(init, x0), x1)..., xn)` (same as `List.reduce`).
pub extern fn reduce<T, U>(xs :: List<T>, init :: U, f :: Fun(U, T) -> U) -> U = "mesh_list_reduce"

## The first element; panics on the empty list (same as `List.head`).
pub extern fn head<T>(xs :: List<T>) -> T = "mesh_list_head"

## All but the first element; panics on the empty list (same as `List.tail`).
pub extern fn tail<T>(xs :: List<T>) -> List<T> = "mesh_list_tail"

## `Less`, `Equal` or `Greater` as `a` is smaller than, equal to or greater than `b`.
pub extern fn compare<T>(a :: T, b :: T) -> Ordering where T: Ord = "mesh_compare[T]"

## The built-in interfaces a user type may implement (language.md §3.7.3).
## The operators, interpolation, `to_string`, `inspect` and the `From`
## conversion of `?` use a type's impl; `where T: Add` names them.
pub interface Add do
  type Output
  fn add(self, other :: Self) -> Self.Output
end

pub interface Sub do
  type Output
  fn sub(self, other :: Self) -> Self.Output
end

pub interface Mul do
  type Output
  fn mul(self, other :: Self) -> Self.Output
end

pub interface Div do
  type Output
  fn div(self, other :: Self) -> Self.Output
end

pub interface Mod do
  type Output
  fn mod(self, other :: Self) -> Self.Output
end

pub interface Neg do
  type Output
  fn neg(self) -> Self.Output
end

pub interface Eq do
  fn eq(self, other :: Self) -> Bool
end

pub interface Ord do
  fn lt(self, other :: Self) -> Bool
  fn compare(self, other :: Self) -> Ordering do
    if self.lt(other) do
      Less
    else
      if other.lt(self) do
        Greater
      else
        Equal
      end
    end
  end
end

pub interface Display do
  fn to_string(self) -> String
end

pub interface Debug do
  fn inspect(self) -> String
end

pub interface Hash do
  fn hash(self) -> Int
end

pub interface From<S> do
  fn from(value :: S) -> Self
end

## `x.into()` converts through every `From` impl; an `impl Into<T>` for
## the source type adds a conversion of its own.
pub interface Into<T> do
  fn into(self) -> T
end

## The zero value of a type: `0`, `0.0`, `""`, `false` for the built-in
## scalars, or a user impl's (language.md §3.7.3).
pub interface Default do
  fn default() -> Self
end

## The zero value of the type the context expects (`let n :: Int = default()`).
pub fn default<T>() -> T do
  Default.default()
end

## `for x in v` over a user type: `v.iter()` is iterated (language.md §3.7.3, §4.14.1).
pub interface Iterable do
  type Item
  type Iter
  fn iter(self) -> Self.Iter
end

## A user iterator: `next` yields the items one by one.
pub interface Iterator do
  type Item
  fn next(self) -> Option<Self.Item>
end

## Builds a `T` deriving Row from a database row, column name to text
## (`T.from_row(row)`, language.md §3.6.8).
pub extern fn from_row<T>(row :: Map<String, String>) -> Result<T, String> where T: Row = "@from_row"
