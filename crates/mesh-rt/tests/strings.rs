//! String objects: `<>`, `==`, ordering and the `String` module
//! (stdlib.md §4), including every example of the specification.

mod common;

use common::*;
use mesh_rt::string::{mesh_string_cmp, mesh_string_concat, mesh_string_eq};
use mesh_rt::string_ops::*;

fn length(t: &str) -> i64 {
    unsafe { mesh_string_length(s(t)) }
}
fn byte_size(t: &str) -> i64 {
    unsafe { mesh_string_byte_size(s(t)) }
}
fn slice(t: &str, start: i64, end: i64) -> String {
    text(unsafe { mesh_string_slice(s(t), start, end) })
}
fn contains(t: &str, needle: &str) -> bool {
    unsafe { mesh_string_contains(s(t), s(needle)) == 1 }
}
fn starts_with(t: &str, prefix: &str) -> bool {
    unsafe { mesh_string_starts_with(s(t), s(prefix)) == 1 }
}
fn ends_with(t: &str, suffix: &str) -> bool {
    unsafe { mesh_string_ends_with(s(t), s(suffix)) == 1 }
}
fn trim(t: &str) -> String {
    text(unsafe { mesh_string_trim(s(t)) })
}
fn upper(t: &str) -> String {
    text(unsafe { mesh_string_to_upper(s(t)) })
}
fn lower(t: &str) -> String {
    text(unsafe { mesh_string_to_lower(s(t)) })
}
fn replace(t: &str, from: &str, to: &str) -> String {
    text(unsafe { mesh_string_replace(s(t), s(from), s(to)) })
}
fn split(t: &str, sep: &str) -> Vec<String> {
    texts(unsafe { mesh_string_split(s(t), s(sep)) })
}
fn join(parts: &[&str], sep: &str) -> String {
    text(unsafe { mesh_string_join(list_of_strings(parts), s(sep)) })
}
fn to_int(t: &str) -> Option<i64> {
    option(unsafe { mesh_string_to_int(s(t)) })
}
fn to_float(t: &str) -> Option<f64> {
    option(unsafe { mesh_string_to_float(s(t)) }).map(|bits| f64::from_bits(bits as u64))
}

#[test]
fn concat_joins_texts() {
    let c = |a: &str, b: &str| text(unsafe { mesh_string_concat(s(a), s(b)) });
    assert_eq!(c("foo", "bar"), "foobar");
    assert_eq!(c("", "bar"), "bar");
    assert_eq!(c("foo", ""), "foo");
    assert_eq!(c("", ""), "");
    assert_eq!(c("caf", "é ☕"), "café ☕");
}

#[test]
fn eq_compares_contents() {
    let eq = |a: &str, b: &str| unsafe { mesh_string_eq(s(a), s(b)) };
    assert_eq!(eq("abc", "abc"), 1);
    assert_eq!(eq("abc", "abd"), 0);
    assert_eq!(eq("abc", "ab"), 0);
    assert_eq!(eq("", ""), 1);
    assert_eq!(eq("é", "e\u{301}"), 0);
    let same = s("x");
    assert_eq!(unsafe { mesh_string_eq(same, same) }, 1);
}

#[test]
fn cmp_is_bytewise() {
    let cmp = |a: &str, b: &str| unsafe { mesh_string_cmp(s(a), s(b)) };
    assert_eq!(cmp("a", "b"), -1);
    assert_eq!(cmp("b", "a"), 1);
    assert_eq!(cmp("abc", "abc"), 0);
    assert_eq!(cmp("ab", "abc"), -1);
    assert_eq!(cmp("abc", "ab"), 1);
    assert_eq!(cmp("", ""), 0);
    assert_eq!(cmp("", "a"), -1);
    assert_eq!(cmp("Z", "a"), -1);
    assert_eq!(cmp("é", "z"), 1);
}

#[test]
fn length_counts_characters_and_byte_size_bytes() {
    assert_eq!(length("café"), 4);
    assert_eq!(byte_size("café"), 5);
    assert_eq!(length(""), 0);
    assert_eq!(byte_size(""), 0);
    assert_eq!(length("hello"), 5);
    assert_eq!(length("日本語"), 3);
    assert_eq!(byte_size("日本語"), 9);
    assert_eq!(length("😀!"), 2);
    assert_eq!(byte_size("😀!"), 5);
}

#[test]
fn slice_takes_character_ranges() {
    assert_eq!(slice("hello", 1, 3), "el");
    assert_eq!(slice("hello", 0, 5), "hello");
    assert_eq!(slice("café!", 2, 4), "fé");
    assert_eq!(slice("日本語", 1, 2), "本");
    assert_eq!(slice("😀a😀", 1, 3), "a😀");
}

#[test]
fn slice_clamps_bounds() {
    assert_eq!(slice("hello", -3, 2), "he");
    assert_eq!(slice("hello", 3, 100), "lo");
    assert_eq!(slice("hello", 4, 2), "");
    assert_eq!(slice("hello", 10, 20), "");
    assert_eq!(slice("hello", -10, -5), "");
    assert_eq!(slice("hello", i64::MIN, i64::MAX), "hello");
    assert_eq!(slice("", 0, 1), "");
    assert_eq!(slice("café", 3, 99), "é");
}

#[test]
fn contains_starts_with_ends_with() {
    assert!(contains("hello world", "o w"));
    assert!(!contains("hello", "z"));
    assert!(contains("hello", ""));
    assert!(contains("", ""));
    assert!(!contains("", "a"));
    assert!(contains("café", "é"));
    assert!(starts_with("hello", "he"));
    assert!(starts_with("hello", ""));
    assert!(!starts_with("hello", "lo"));
    assert!(!starts_with("he", "hello"));
    assert!(starts_with("éa", "é"));
    assert!(ends_with("hello", "lo"));
    assert!(ends_with("hello", ""));
    assert!(!ends_with("hello", "he"));
    assert!(ends_with("café", "fé"));
}

#[test]
fn trim_removes_unicode_whitespace() {
    assert_eq!(trim("  hi  "), "hi");
    assert_eq!(trim("\t\n hi there \r\n"), "hi there");
    assert_eq!(trim("\u{3000}\u{a0}x\u{2003}"), "x");
    assert_eq!(trim("   "), "");
    assert_eq!(trim(""), "");
    assert_eq!(trim("a b"), "a b");
}

#[test]
fn case_conversion_is_unicode() {
    assert_eq!(upper("hello"), "HELLO");
    assert_eq!(upper("café"), "CAFÉ");
    assert_eq!(upper("straße"), "STRASSE");
    assert_eq!(upper(""), "");
    assert_eq!(lower("HELLO World"), "hello world");
    assert_eq!(lower("ÉCOLE"), "école");
    assert_eq!(lower("ΟΔΟΣ"), "οδος");
    assert_eq!(lower("123-_"), "123-_");
}

#[test]
fn replace_replaces_every_occurrence() {
    assert_eq!(replace("a-b-c", "-", "+"), "a+b+c");
    assert_eq!(replace("aaaa", "aa", "b"), "bb");
    assert_eq!(replace("aaa", "aa", "b"), "ba");
    assert_eq!(replace("hello", "xyz", "!"), "hello");
    assert_eq!(replace("hello", "l", ""), "heo");
    assert_eq!(replace("café café", "é", "e"), "cafe cafe");
    assert_eq!(replace("", "a", "b"), "");
}

#[test]
fn replace_with_empty_pattern_inserts_everywhere() {
    assert_eq!(replace("abc", "", "-"), "-a-b-c-");
    assert_eq!(replace("é", "", "."), ".é.");
    assert_eq!(replace("", "", "x"), "x");
}

#[test]
fn split_keeps_empty_pieces() {
    assert_eq!(split("a,b,c", ","), ["a", "b", "c"]);
    assert_eq!(split("a,,b", ","), ["a", "", "b"]);
    assert_eq!(split("", ","), [""]);
    assert_eq!(split(",a,", ","), ["", "a", ""]);
    assert_eq!(split("abc", ","), ["abc"]);
    assert_eq!(split("x|||y|||z", "|||"), ["x", "y", "z"]);
    assert_eq!(split("/api/v1/", "/"), ["", "api", "v1", ""]);
    assert_eq!(split("α→β→γ", "→"), ["α", "β", "γ"]);
}

#[test]
fn split_on_empty_separator_gives_characters_between_empty_pieces() {
    assert_eq!(split("abc", ""), ["", "a", "b", "c", ""]);
    assert_eq!(split("é😀", ""), ["", "é", "😀", ""]);
}

#[test]
fn join_puts_separator_between_parts() {
    assert_eq!(join(&["a", "b", "c"], ", "), "a, b, c");
    assert_eq!(join(&[], ", "), "");
    assert_eq!(join(&["only"], "-"), "only");
    assert_eq!(join(&["", ""], "-"), "-");
    assert_eq!(join(&["a", "b"], ""), "ab");
    assert_eq!(join(&["é", "ü"], "→"), "é→ü");
}

#[test]
fn split_then_join_round_trips() {
    let parts = unsafe { mesh_string_split(s("a||b||||c"), s("||")) };
    assert_eq!(
        text(unsafe { mesh_string_join(parts, s("||")) }),
        "a||b||||c"
    );
}

#[test]
fn to_int_parses_optionally_signed_decimals() {
    assert_eq!(to_int("42"), Some(42));
    assert_eq!(to_int("-17"), Some(-17));
    assert_eq!(to_int("+5"), Some(5));
    assert_eq!(to_int("  12 \n"), Some(12));
    assert_eq!(to_int("007"), Some(7));
    assert_eq!(to_int("9223372036854775807"), Some(i64::MAX));
    assert_eq!(to_int("-9223372036854775808"), Some(i64::MIN));
}

#[test]
fn to_int_rejects_everything_else() {
    for bad in [
        "",
        "   ",
        "abc",
        "12a",
        "1.5",
        "1e3",
        "--1",
        "+-1",
        "-",
        "+",
        "1 2",
        "0x10",
        "1_000",
        "9223372036854775808",
        "-9223372036854775809",
        "٣",
    ] {
        assert_eq!(to_int(bad), None, "{bad:?}");
    }
}

#[test]
fn to_float_parses_decimal_and_scientific() {
    assert_eq!(to_float("2.75"), Some(2.75));
    assert_eq!(to_float(" -2.5 "), Some(-2.5));
    assert_eq!(to_float("42"), Some(42.0));
    assert_eq!(to_float("1e3"), Some(1000.0));
    assert_eq!(to_float("1.5E-2"), Some(0.015));
    assert_eq!(to_float(".5"), Some(0.5));
    assert_eq!(to_float("+7"), Some(7.0));
    assert_eq!(to_float("inf"), Some(f64::INFINITY));
    assert_eq!(to_float("-inf"), Some(f64::NEG_INFINITY));
    assert!(to_float("NaN").is_some_and(f64::is_nan));
}

#[test]
fn to_float_rejects_other_text() {
    for bad in ["", "abc", "1.2.3", "1e", "e5", "0x1p3", "1,5", "- 1"] {
        assert_eq!(to_float(bad), None, "{bad:?}");
    }
}

#[test]
fn unchanged_results_reuse_the_argument() {
    let value = s("hello");
    unsafe {
        assert_eq!(mesh_string_trim(value), value);
        assert_eq!(mesh_string_slice(value, 0, 5), value);
        assert_eq!(mesh_string_replace(value, s("z"), s("y")), value);
    }
}
