//! Map, Set, Range, Queue and Tuple (stdlib.md §7-§9): insertion order,
//! value equality through the `TypeInfo`s the collections keep (String,
//! Int, and tuple keys described by a hand-made info), zero values of
//! `Map.get`, Display texts, the iteration entry points, and collections
//! built while the heap collects.

mod common;

use std::hint::black_box;

use common::*;
use mesh_rt::closure;
use mesh_rt::heap::{self, Heap};
use mesh_rt::map::*;
use mesh_rt::number_format::mesh_int_to_string;
use mesh_rt::queue::*;
use mesh_rt::range::*;
use mesh_rt::set::*;
use mesh_rt::string::{self, mesh_string_concat, mesh_string_eq};
use mesh_rt::tuple::{self, *};
use mesh_rt::typeinfo::{self, TypeInfo, *};

fn int() -> i64 {
    typeinfo::word(&mesh_typeinfo_int)
}
fn string_info() -> i64 {
    typeinfo::word(&mesh_typeinfo_string)
}
fn float_info() -> i64 {
    typeinfo::word(&mesh_typeinfo_float)
}
fn bool_info() -> i64 {
    typeinfo::word(&mesh_typeinfo_bool)
}

/// A `(Int, String)` key type, as the compiler would describe it.
extern "C" fn pair_eq(a: i64, b: i64) -> i64 {
    unsafe {
        let ((a0, a1), (b0, b1)) = (pair_elements(a), pair_elements(b));
        i64::from(a0 == b0 && mesh_string_eq(a1, b1) == 1)
    }
}
extern "C" fn pair_to_string(a: i64) -> i64 {
    let (x, y) = unsafe { pair_elements(a) };
    string::from_str(&format!("({x}, {})", text(y)))
}
static PAIR_INFO: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: pair_eq,
    cmp: None,
    hash: None,
    to_string: Some(pair_to_string),
    name: c"(Int, String)".as_ptr().cast(),
    copy: mesh_rt::typeinfo::copy_word,
};

fn key_texts(map: i64) -> Vec<String> {
    texts(unsafe { mesh_map_keys(map) })
}

/// A new String object holding `text`: equal to, never the same object
/// as, the other strings with that text.
fn fresh(text: &str) -> i64 {
    s(text)
}

#[test]
fn map_with_string_keys_keeps_insertion_order_and_compares_contents() {
    unsafe {
        let mut m = mesh_map_new(string_info(), int());
        for (key, value) in [("b", 1), ("a", 2), ("c", 3)] {
            m = mesh_map_put(m, s(key), value);
        }
        let m = mesh_map_put(m, fresh("a"), 20);
        assert_eq!(key_texts(m), ["b", "a", "c"]);
        assert_eq!(words(mesh_map_values(m)), [1, 20, 3]);
        assert_eq!(mesh_map_get(m, fresh("a")), 20);
        assert_eq!(mesh_map_size(m), 3);
        assert_eq!(mesh_map_has_key(m, fresh("c")), 1);
        assert_eq!(mesh_map_has_key(m, s("z")), 0);
        let without = mesh_map_delete(m, fresh("b"));
        assert_eq!(key_texts(without), ["a", "c"]);
        assert_eq!(key_texts(m), ["b", "a", "c"], "argument unchanged");
        assert_eq!(mesh_map_delete(m, s("zz")), m);
        assert_eq!(text(mesh_map_to_string(m)), "%{b => 1, a => 20, c => 3}");
        assert_eq!(text(mesh_map_key_at(m, 1)), "a");
        assert_eq!(mesh_map_value_at(m, 2), 3);
        assert_eq!(option(mesh_map_fetch(m, s("a"))), Some(20));
        assert_eq!(option(mesh_map_fetch(m, s("q"))), None);
        assert_eq!(mesh_map_get_or(m, s("q"), 99), 99);
    }
}

#[test]
fn map_get_of_a_missing_key_gives_the_zero_value() {
    unsafe {
        let ints = mesh_map_new(string_info(), int());
        assert_eq!(mesh_map_get(ints, s("x")), 0);
        let floats = mesh_map_new(int(), float_info());
        assert_eq!(f64::from_bits(mesh_map_get(floats, 1) as u64), 0.0);
        let bools = mesh_map_new(int(), bool_info());
        assert_eq!(mesh_map_get(bools, 1), 0);
        let strings = mesh_map_new(int(), string_info());
        assert_eq!(text(mesh_map_get(strings, 1)), "");
    }
}

#[test]
fn map_with_int_and_tuple_keys() {
    unsafe {
        let m = mesh_map_put(mesh_map_put(mesh_map_new(int(), string_info()), 7, s("seven")), 3, s("three"));
        assert_eq!(text(mesh_map_get(m, 3)), "three");
        assert_eq!(text(mesh_map_to_string(m)), "%{7 => seven, 3 => three}");

        let info = typeinfo::word(&PAIR_INFO);
        let mut m = mesh_map_new(info, int());
        m = mesh_map_put(m, tuple::pair(1, s("a")), 10);
        m = mesh_map_put(m, tuple::pair(1, s("b")), 11);
        m = mesh_map_put(m, tuple::pair(1, fresh("a")), 12);
        assert_eq!(mesh_map_size(m), 2);
        assert_eq!(mesh_map_get(m, tuple::pair(1, fresh("a"))), 12);
        assert_eq!(mesh_map_has_key(m, tuple::pair(2, s("a"))), 0);
        assert_eq!(text(mesh_map_to_string(m)), "%{(1, a) => 12, (1, b) => 11}");
    }
}

#[test]
fn map_merge_to_list_from_list() {
    unsafe {
        let a = mesh_map_put(mesh_map_put(mesh_map_new(string_info(), int()), s("x"), 1), s("y"), 2);
        let b = mesh_map_put(mesh_map_put(mesh_map_new(string_info(), int()), s("z"), 3), fresh("x"), 10);
        let merged = mesh_map_merge(a, b);
        assert_eq!(key_texts(merged), ["x", "y", "z"]);
        assert_eq!(words(mesh_map_values(merged)), [10, 2, 3]);
        let entries: Vec<(String, i64)> = words(mesh_map_to_list(merged))
            .iter()
            .map(|&p| {
                let (k, v) = pair_elements(p);
                (text(k), v)
            })
            .collect();
        assert_eq!(entries, [("x".to_owned(), 10), ("y".to_owned(), 2), ("z".to_owned(), 3)]);
        let pairs = list_of(&[
            tuple::pair(s("k"), 1),
            tuple::pair(s("j"), 2),
            tuple::pair(fresh("k"), 3),
        ]);
        let from = mesh_map_from_list(pairs, string_info(), int());
        assert_eq!(key_texts(from), ["k", "j"]);
        assert_eq!(words(mesh_map_values(from)), [3, 2]);
    }
}

#[test]
fn sets_deduplicate_by_value_in_insertion_order() {
    unsafe {
        let mut set = mesh_set_new(string_info());
        for name in ["b", "a", "b"] {
            set = mesh_set_add(set, fresh(name));
        }
        assert_eq!(mesh_set_size(set), 2);
        assert_eq!(texts(mesh_set_to_list(set)), ["b", "a"]);
        assert_eq!(mesh_set_contains(set, fresh("a")), 1);
        assert_eq!(mesh_set_contains(set, s("c")), 0);
        assert_eq!(text(mesh_set_to_string(set)), "#{b, a}");
        assert_eq!(texts(mesh_set_to_list(mesh_set_remove(set, fresh("b")))), ["a"]);
        assert_eq!(mesh_set_remove(set, s("zz")), set);
        assert_eq!(text(mesh_set_at(set, 1)), "a");

        let a = mesh_set_from_list(list_of(&[1, 2, 3, 2]), int());
        let b = mesh_set_from_list(list_of(&[3, 4]), int());
        assert_eq!(words(mesh_set_to_list(a)), [1, 2, 3]);
        assert_eq!(words(mesh_set_to_list(mesh_set_union(a, b))), [1, 2, 3, 4]);
        assert_eq!(words(mesh_set_to_list(mesh_set_intersection(a, b))), [3]);
        assert_eq!(words(mesh_set_to_list(mesh_set_difference(a, b))), [1, 2]);
        assert_eq!(text(mesh_set_to_string(a)), "#{1, 2, 3}");

        let tuples = mesh_set_from_list(
            list_of(&[tuple::pair(1, s("a")), tuple::pair(1, fresh("a"))]),
            typeinfo::word(&PAIR_INFO),
        );
        assert_eq!(mesh_set_size(tuples), 1);
    }
}

extern "C" fn square(_closure: i64, x: i64) -> i64 {
    x * x
}

extern "C" fn is_odd(_closure: i64, x: i64) -> i64 {
    i64::from(x % 2 != 0)
}

#[test]
fn ranges() {
    let r = mesh_range_new(2, 6);
    unsafe {
        assert_eq!((mesh_range_start(r), mesh_range_end(r)), (2, 6));
        assert_eq!(mesh_range_length(r), 4);
        assert_eq!(words(mesh_range_to_list(r)), [2, 3, 4, 5]);
        assert_eq!(words(mesh_range_map(r, closure::new(square as *const (), &[]))), [4, 9, 16, 25]);
        assert_eq!(words(mesh_range_filter(r, closure::new(is_odd as *const (), &[]))), [3, 5]);
        assert_eq!(text(mesh_range_to_string(r)), "2..6");
        let empty = mesh_range_new(5, 1);
        assert_eq!(mesh_range_length(empty), 0);
        assert!(words(mesh_range_to_list(empty)).is_empty());
        assert_eq!(mesh_range_length(mesh_range_new(i64::MIN, i64::MIN + 3)), 3);
    }
}

#[test]
fn queues_are_fifo() {
    unsafe {
        let empty = mesh_queue_new(int());
        assert_eq!(mesh_queue_is_empty(empty), 1);
        let q = mesh_queue_push(mesh_queue_push(mesh_queue_push(empty, 1), 2), 3);
        assert_eq!(mesh_queue_size(q), 3);
        assert_eq!(mesh_queue_peek(q), 1);
        let (front, rest) = pair_elements(mesh_queue_pop(q));
        assert_eq!(front, 1);
        assert_eq!(mesh_queue_size(rest), 2);
        assert_eq!(mesh_queue_peek(rest), 2);
        assert_eq!(mesh_queue_size(q), 3, "argument unchanged");
        assert_eq!(mesh_queue_is_empty(q), 0);
        assert_eq!(text(mesh_queue_to_string(q)), "Queue[1, 2, 3]");
    }
}

#[test]
fn tuple_helpers_read_any_arity() {
    unsafe {
        let p = tuple::pair(s("a"), 5);
        assert_eq!(text(mesh_tuple_first(p)), "a");
        assert_eq!(mesh_tuple_second(p), 5);
        assert_eq!(mesh_tuple_nth(p, 1), 5);
        assert_eq!(mesh_tuple_size(p), 2);
    }
}

/// Allocates garbage, then returns `x` as a new String.
extern "C" fn allocating_text(x: i64) -> i64 {
    for i in 0..400 {
        black_box(mesh_int_to_string(i));
    }
    mesh_int_to_string(x)
}

extern "C" fn text_eq(a: i64, b: i64) -> i64 {
    unsafe { mesh_string_eq(a, b) }
}

/// String keys whose Display allocates a lot (to collect during
/// `Map.to_string`).
static NOISY_STRING: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: text_eq,
    cmp: None,
    hash: None,
    to_string: Some(noisy_string_text),
    name: c"String".as_ptr().cast(),
    copy: mesh_rt::typeinfo::copy_word,
};

extern "C" fn noisy_string_text(s: i64) -> i64 {
    for i in 0..400 {
        black_box(mesh_int_to_string(i));
    }
    unsafe { mesh_string_concat(s, mesh_rt::string::EMPTY_STRING.value()) }
}

#[test]
fn maps_and_sets_survive_collections() {
    let mut heap = Heap::with_min_threshold(256 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let mut m = mesh_map_new(typeinfo::word(&NOISY_STRING), int());
        let mut set = mesh_set_new(string_info());
        for i in 0..300 {
            let key = allocating_text(i);
            m = mesh_map_put(m, key, i);
            set = mesh_set_add(set, allocating_text(i % 50));
        }
        assert_eq!(mesh_map_size(m), 300);
        assert_eq!(mesh_map_get(m, mesh_int_to_string(123)), 123);
        assert_eq!(mesh_set_size(set), 50);
        let text_of_map = text(mesh_map_to_string(m));
        assert!(text_of_map.starts_with("%{0 => 0, 1 => 1,"), "{text_of_map}");
        assert!(text_of_map.ends_with("299 => 299}"));
        assert_eq!(texts(mesh_set_to_list(set))[49], "49");
    });
    assert!(heap.stats().collections >= 3, "{:?}", heap.stats());
}
