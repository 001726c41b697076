//! `Json` values and the `Json` module (stdlib.md §14.1): parsing in
//! document order, the inspection functions, encoding, the simple
//! encoders and `Json.get`/`get_nested`.

mod common;

use common::*;
use mesh_rt::heap::{self, Heap};
use mesh_rt::json::*;
use mesh_rt::json_doc::{self, Doc};
use mesh_rt::map::{mesh_map_new, mesh_map_put};
use mesh_rt::sum;
use mesh_rt::tuple::pair_elements;
use mesh_rt::json_encode::{mesh_json_encode, Shape};
use mesh_rt::typeinfo::{self, mesh_typeinfo_float, mesh_typeinfo_int, mesh_typeinfo_string, TypeInfo};

/// The `Ok` payload of a `Json.parse` result (panics on `Err`).
fn parsed(text: &str) -> i64 {
    let (tag, payload) = unsafe { sum::tag_and_payload(mesh_json_parse(s(text))) };
    assert_eq!(tag, sum::TAG_OK, "{text}");
    payload
}

fn parse_error(text: &str) -> String {
    let (tag, payload) = unsafe { sum::tag_and_payload(mesh_json_parse(s(text))) };
    assert_eq!(tag, sum::TAG_ERR, "{text}");
    common::text(payload)
}

extern "C" fn json_eq(a: i64, b: i64) -> i64 {
    unsafe { mesh_json_eq(a, b) }
}

/// The info the compiler would emit for type `name` (only the name
/// matters to `Json.encode`).
macro_rules! info_named {
    ($name:literal) => {{
        static INFO: TypeInfo = TypeInfo {
            is_pointer: 1,
            eq: json_eq,
            cmp: None,
            hash: None,
            to_string: None,
            name: $name.as_ptr().cast(),
            copy: mesh_rt::typeinfo::copy_word,
        };
        typeinfo::word(&INFO)
    }};
}

fn encoded(json: i64) -> String {
    text(unsafe { mesh_json_encode(json, info_named!(c"Json")) })
}

#[test]
fn parse_then_encode_reproduces_the_document_without_whitespace() {
    let document = r#"{ "z": 1, "a": [true, false, null, -5, 1.5, 1.0, 12345678901234567890],
        "s": "h\u00e9\"llo\n", "nested": {"b": {}, "a": []} }"#;
    assert_eq!(
        encoded(parsed(document)),
        r#"{"z":1,"a":[true,false,null,-5,1.5,1.0,1.2345678901234567e19],"s":"hé\"llo\n","nested":{"b":{},"a":[]}}"#
    );
    assert_eq!(encoded(parsed(r#"{"k": 1, "j": 2, "k": 3}"#)), r#"{"k":3,"j":2}"#);
    assert_eq!(text(unsafe { mesh_json_to_string(parsed("[1, 2]")) }), "[1,2]");
}

#[test]
fn parse_errors_carry_the_parser_message() {
    assert_eq!(parse_error(""), "EOF while parsing a value at line 1 column 0");
    assert_eq!(parse_error("x"), "expected value at line 1 column 1");
    assert!(parse_error("[1,").contains("line 1"));
}

#[test]
fn kinds_and_accessors() {
    let doc = parsed(r#"{"n": null, "b": true, "i": 42, "f": 2.5, "e": 1e3, "s": "hi", "a": [1], "o": {}}"#);
    unsafe {
        let field = |name: &str| option(mesh_json_field(doc, s(name))).expect(name);
        let kinds: Vec<String> = ["n", "b", "i", "f", "s", "a", "o"]
            .iter()
            .map(|name| text(mesh_json_kind(field(name))))
            .collect();
        assert_eq!(kinds, ["null", "bool", "number", "number", "string", "array", "object"]);
        assert_eq!(option(mesh_json_field(doc, s("missing"))), None);
        assert_eq!(option(mesh_json_field(field("a"), s("x"))), None, "not an object");
        assert_eq!(option(mesh_json_as_int(field("i"))), Some(42));
        assert_eq!(option(mesh_json_as_int(field("f"))), None);
        assert_eq!(option(mesh_json_as_int(field("e"))), None, "exponent form");
        assert_eq!(option(mesh_json_as_float(field("i"))).map(|b| f64::from_bits(b as u64)), Some(42.0));
        assert_eq!(option(mesh_json_as_float(field("f"))).map(|b| f64::from_bits(b as u64)), Some(2.5));
        assert_eq!(option(mesh_json_as_float(field("s"))), None);
        assert_eq!(option(mesh_json_as_bool(field("b"))), Some(1));
        assert_eq!(option(mesh_json_as_bool(field("n"))), None);
        assert_eq!(option(mesh_json_as_string(field("s"))).map(text), Some("hi".to_owned()));
        assert_eq!(option(mesh_json_as_string(field("i"))), None);
        assert_eq!(words(mesh_json_elements(field("a"))).len(), 1);
        assert!(words(mesh_json_elements(field("o"))).is_empty());
        let entries = mesh_json_entries(doc);
        let keys: Vec<String> = words(entries).iter().map(|&p| text(pair_elements(p).0)).collect();
        assert_eq!(keys, ["n", "b", "i", "f", "e", "s", "a", "o"]);
        assert!(words(mesh_json_entries(field("a"))).is_empty());
    }
}

#[test]
fn simple_encoders() {
    unsafe {
        assert_eq!(text(mesh_json_encode_string(s("he said \"hi\"\té"))), r#""he said \"hi\"\té""#);
        assert_eq!(text(mesh_json_encode_int(-42)), "-42");
        assert_eq!(text(mesh_json_encode_bool(1)), "true");
        assert_eq!(text(mesh_json_encode_bool(0)), "false");
        let string = typeinfo::word(&mesh_typeinfo_string);
        let map = mesh_map_put(mesh_map_put(mesh_map_new(string, string), s("z"), s("1")), s("a"), s("\""));
        assert_eq!(text(mesh_json_encode_map(map)), r#"{"z":"1","a":"\""}"#);
        assert_eq!(text(mesh_json_encode_list(list_of_strings(&["a", "b"]))), r#"["a","b"]"#);
    }
}

#[test]
fn floats_encode_as_json_numbers() {
    let mut out = String::new();
    for value in [1.0, 2.75, 1e21, 1.5e-7, -0.5, f64::NAN, f64::INFINITY] {
        json_doc::write_float(&mut out, value);
        out.push(' ');
    }
    assert_eq!(out, "1.0 2.75 1e21 1.5e-7 -0.5 null null ");
}

#[test]
fn get_and_get_nested_flatten_to_text() {
    let doc = r#"{"s": "text", "n": 42, "f": 1.5, "b": true, "z": null, "a": [1, "x"], "o": {"k": "v", "m": 7}}"#;
    let get = |key: &str| text(unsafe { mesh_json_get(s(doc), s(key)) });
    assert_eq!(get("s"), "text");
    assert_eq!(get("n"), "42");
    assert_eq!(get("f"), "1.5");
    assert_eq!(get("b"), "true");
    assert_eq!(get("z"), "");
    assert_eq!(get("missing"), "");
    assert_eq!(get("a"), r#"[1,"x"]"#);
    assert_eq!(get("o"), r#"{"k":"v","m":7}"#);
    unsafe {
        assert_eq!(text(mesh_json_get(s("not json"), s("s"))), "");
        assert_eq!(text(mesh_json_get(s("[1]"), s("s"))), "");
        assert_eq!(text(mesh_json_get_nested(s(doc), s("o"), s("k"))), "v");
        assert_eq!(text(mesh_json_get_nested(s(doc), s("o"), s("m"))), "7");
        assert_eq!(text(mesh_json_get_nested(s(doc), s("s"), s("k"))), "");
        assert_eq!(text(mesh_json_get_nested(s(doc), s("q"), s("k"))), "");
    }
}

#[test]
fn documents_are_ordered_trees() {
    assert_eq!(
        json_doc::parse(r#"{"b": [1, 2.0], "a": "x"}"#),
        Ok(Doc::Object(vec![
            ("b".to_owned(), Doc::Array(vec![Doc::Int(1), Doc::Float(2.0)])),
            ("a".to_owned(), Doc::Str("x".to_owned())),
        ]))
    );
}

#[test]
fn big_documents_parse_while_the_heap_collects() {
    let items: Vec<String> = (0..20000).map(|i| format!(r#"{{"id": {i}, "name": "item {i}"}}"#)).collect();
    let document = format!("[{}]", items.join(","));
    let mut heap = Heap::with_min_threshold(256 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let first = parsed(&document);
        let second = parsed(&document);
        let elements = words(mesh_json_elements(first));
        assert_eq!(elements.len(), 20000);
        let name = option(mesh_json_field(elements[12345], s("name"))).unwrap();
        assert_eq!(option(mesh_json_as_string(name)).map(text), Some("item 12345".to_owned()));
        let compact = document.replace(", \"", ",\"").replace(": ", ":");
        assert!(encoded(second) == compact, "re-encoded document differs");
    });
    assert!(heap.stats().collections >= 1, "{:?}", heap.stats());
}

#[test]
fn type_names_give_shapes() {
    use Shape::*;
    assert_eq!(Shape::parse("Int"), Some(Int));
    assert_eq!(
        Shape::parse("Map<String, List<Option<Json>>>"),
        Some(Map(Box::new(String), Box::new(List(Box::new(Option(Box::new(Json)))))))
    );
    assert_eq!(Shape::parse("Option<Float>"), Some(Option(Box::new(Float))));
    assert_eq!(Shape::parse("List<Bool> extra"), None);
    assert_eq!(Shape::parse("Main.User"), None);
    assert_eq!(Shape::parse("(Int, Int)"), None);
    assert_eq!(Shape::parse("List<Int"), None);
    assert_eq!(Shape::parse("Option<Int, Int>"), None);
}

#[test]
fn encode_of_encodable_values() {
    let string = typeinfo::word(&mesh_typeinfo_string);
    unsafe {
        let int = typeinfo::word(&mesh_typeinfo_int);
        assert_eq!(text(mesh_json_encode(-7, int)), "-7");
        let float = typeinfo::word(&mesh_typeinfo_float);
        assert_eq!(text(mesh_json_encode((0.1f64 + 0.2).to_bits() as i64, float)), "0.30000000000000004");
        assert_eq!(text(mesh_json_encode(1f64.to_bits() as i64, float)), "1.0");
        assert_eq!(text(mesh_json_encode(f64::NAN.to_bits() as i64, float)), "null");
        assert_eq!(text(mesh_json_encode(s("he said \"hi\"\n"), string)), r#""he said \"hi\"\n""#);
        assert_eq!(text(mesh_json_encode(1, info_named!(c"Bool"))), "true");
        let options = list_of(&[sum::some(s("s")), sum::none()]);
        assert_eq!(text(mesh_json_encode(options, info_named!(c"List<Option<String>>"))), r#"["s",null]"#);
        let nested = list_of(&[list_of(&[1]), list_of(&[])]);
        assert_eq!(text(mesh_json_encode(nested, info_named!(c"List<List<Int>>"))), "[[1],[]]");
        let map = mesh_map_put(mesh_map_put(mesh_map_new(string, string), s("x"), list_of(&[1, 2])), s("a"), list_of(&[]));
        assert_eq!(text(mesh_json_encode(map, info_named!(c"Map<String, List<Int>>"))), r#"{"x":[1,2],"a":[]}"#);
        let int_keys = mesh_map_put(mesh_map_new(int, int), 3, 4);
        assert_eq!(text(mesh_json_encode(int_keys, info_named!(c"Map<Int, Int>"))), r#"{"3":4}"#);
        let doc = parsed(r#"{"k": [1, {"z": null}]}"#);
        assert_eq!(text(mesh_json_encode(list_of(&[doc]), info_named!(c"List<Json>"))), r#"[{"k":[1,{"z":null}]}]"#);
    }
}

#[test]
fn json_equality_is_structural() {
    unsafe {
        assert_eq!(mesh_json_eq(parsed(r#"{"a": [1, "x"]}"#), parsed(r#"{ "a" : [1,"x"] }"#)), 1);
        assert_eq!(mesh_json_eq(parsed(r#"{"a": 1}"#), parsed(r#"{"a": 2}"#)), 0);
        assert_eq!(mesh_json_eq(parsed("1"), parsed("1.0")), 0);
    }
}
