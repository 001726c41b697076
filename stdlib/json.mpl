## The `Json` module, also named `JSON` (stdlib.md §14.1): parsing JSON
## into `Json` values, inspecting them, and encoding.

## Compact JSON text of an encodable value: Int, Float (NaN/inf as null), Bool, String, Json, Option, List, Map<String, V> and types deriving Json (language §3.6.7).
pub extern fn encode<T>(x :: T) -> String where T: Json = "@json_encode"
## Parses a JSON document; `Err` carries the parser's message.
pub extern fn parse(text :: String) -> Result<Json, String> = "mesh_json_parse"
## `"null"`, `"bool"`, `"number"`, `"string"`, `"array"` or `"object"`.
pub extern fn kind(j :: Json) -> String = "mesh_json_kind"
## The member `key` of an object; `None` if absent or not an object.
pub extern fn field(j :: Json, key :: String) -> Option<Json> = "mesh_json_field"
## The members of an object in document order; `[]` for other kinds.
pub extern fn entries(j :: Json) -> List<(String, Json)> = "mesh_json_entries"
## The elements of an array; `[]` for other kinds.
pub extern fn elements(j :: Json) -> List<Json> = "mesh_json_elements"
## The text of a JSON string; `None` for other kinds.
pub extern fn as_string(j :: Json) -> Option<String> = "mesh_json_as_string"
## A number without fraction or exponent that fits in 64 bits; `None` otherwise.
pub extern fn as_int(j :: Json) -> Option<Int> = "mesh_json_as_int"
## Any number as a Float; `None` for other kinds.
pub extern fn as_float(j :: Json) -> Option<Float> = "mesh_json_as_float"
## `true`/`false`; `None` for other kinds.
pub extern fn as_bool(j :: Json) -> Option<Bool> = "mesh_json_as_bool"
## A JSON string literal with quotes.
pub extern fn encode_string(s :: String) -> String = "mesh_json_encode_string"
## Decimal text.
pub extern fn encode_int(n :: Int) -> String = "mesh_json_encode_int"
## `true` / `false`.
pub extern fn encode_bool(b :: Bool) -> String = "mesh_json_encode_bool"
## A JSON object whose values are all strings, in insertion order.
pub extern fn encode_map(m :: Map<String, String>) -> String = "mesh_json_encode_map"
## A JSON array of strings.
pub extern fn encode_list(xs :: List<String>) -> String = "mesh_json_encode_list"
## The top-level member `key` of the document as text ("" for null, a missing key or invalid JSON).
pub extern fn get(json :: String, key :: String) -> String = "mesh_json_get"
## As `get` for `json[k1][k2]`.
pub extern fn get_nested(json :: String, k1 :: String, k2 :: String) -> String = "mesh_json_get_nested"
## The same value as a `Json` tree (`v.to_json()` for a type deriving Json, language §3.6.7).
pub extern fn to_json<T>(x :: T) -> Json where T: Json = "@to_json"
## Decodes JSON text into a `T` deriving Json (`T.from_json(text)`, language §3.6.7, stdlib §14.2).
pub extern fn from_json<T>(text :: String) -> Result<T, String> where T: Json = "@from_json"
