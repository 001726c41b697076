## The `String` module (stdlib.md §4). Lengths and indices count Unicode
## scalar values; none of these functions panic.

pub extern fn length(s :: String) -> Int = "mesh_string_length"
pub extern fn byte_size(s :: String) -> Int = "mesh_string_byte_size"
pub extern fn slice(s :: String, start :: Int, stop :: Int) -> String = "mesh_string_slice"
pub extern fn contains(s :: String, needle :: String) -> Bool = "mesh_string_contains"
pub extern fn starts_with(s :: String, prefix :: String) -> Bool = "mesh_string_starts_with"
pub extern fn ends_with(s :: String, suffix :: String) -> Bool = "mesh_string_ends_with"
pub extern fn trim(s :: String) -> String = "mesh_string_trim"
pub extern fn to_upper(s :: String) -> String = "mesh_string_to_upper"
pub extern fn to_lower(s :: String) -> String = "mesh_string_to_lower"
pub extern fn replace(s :: String, pattern :: String, replacement :: String) -> String = "mesh_string_replace"
pub extern fn split(s :: String, sep :: String) -> List<String> = "mesh_string_split"
pub extern fn join(parts :: List<String>, sep :: String) -> String = "mesh_string_join"
pub extern fn to_int(s :: String) -> Option<Int> = "mesh_string_to_int"
pub extern fn to_float(s :: String) -> Option<Float> = "mesh_string_to_float"

## Display conversion of any value that has one (`String.from(42)` is "42").
pub extern fn from<T>(x :: T) -> String where T: Display = "@to_string"

## The concatenation of every string the iterator yields.
pub extern fn collect(it :: Iter<String>) -> String = "mesh_string_collect"
