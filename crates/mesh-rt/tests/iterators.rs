//! Lazy iterators and the collectors (stdlib.md §11): laziness (sources
//! are pulled only as far as needed), each adapter and terminal operation,
//! iteration over Lists, Maps, Sets and Ranges, and collecting while the
//! heap collects.

mod common;

use std::cell::Cell;
use std::hint::black_box;

use common::*;
use mesh_rt::closure;
use mesh_rt::heap::{self, Heap};
use mesh_rt::iter::*;
use mesh_rt::map::{mesh_map_new, mesh_map_put};
use mesh_rt::number_format::mesh_int_to_string;
use mesh_rt::range::mesh_range_new;
use mesh_rt::set::{mesh_set_from_list, mesh_set_size, mesh_set_to_list};
use mesh_rt::tuple::pair_elements;
use mesh_rt::typeinfo::{self, mesh_typeinfo_int, mesh_typeinfo_string};

thread_local! {
    static CALLS: Cell<usize> = const { Cell::new(0) };
}

extern "C" fn counted_double(_closure: i64, x: i64) -> i64 {
    CALLS.set(CALLS.get() + 1);
    x * 2
}

extern "C" fn is_even(_closure: i64, x: i64) -> i64 {
    i64::from(x % 2 == 0)
}

extern "C" fn greater_than_three(_closure: i64, x: i64) -> i64 {
    i64::from(x > 3)
}

extern "C" fn add(_closure: i64, a: i64, b: i64) -> i64 {
    a + b
}

extern "C" fn allocating_text(_closure: i64, x: i64) -> i64 {
    for i in 0..300 {
        black_box(mesh_int_to_string(i));
    }
    mesh_int_to_string(x)
}

fn f(code: *const ()) -> i64 {
    closure::new(code, &[])
}

fn from(words: &[i64]) -> i64 {
    unsafe { mesh_iter_from(list_of(words)) }
}

#[test]
fn adapters_are_lazy() {
    CALLS.set(0);
    let it = mesh_iter_map(from(&[1, 2, 3, 4, 5]), f(counted_double as *const ()));
    let first_two = mesh_iter_take(it, 2);
    assert_eq!(CALLS.get(), 0, "no work before a pull");
    assert_eq!(words(unsafe { mesh_list_collect(first_two) }), [2, 4]);
    assert_eq!(CALLS.get(), 2, "the source is not pulled after the n-th item");
}

#[test]
fn adapters() {
    unsafe {
        let evens = mesh_iter_filter(from(&[1, 2, 3, 4, 6]), f(is_even as *const ()));
        assert_eq!(words(mesh_list_collect(evens)), [2, 4, 6]);
        assert_eq!(words(mesh_list_collect(mesh_iter_skip(from(&[1, 2, 3]), 2))), [3]);
        assert!(words(mesh_list_collect(mesh_iter_skip(from(&[1]), 5))).is_empty());
        let numbered = mesh_list_collect(mesh_iter_enumerate(from(&[7, 8])));
        let pairs: Vec<(i64, i64)> = words(numbered).iter().map(|&p| pair_elements(p)).collect();
        assert_eq!(pairs, [(0, 7), (1, 8)]);
        let zipped = mesh_list_collect(mesh_iter_zip(from(&[1, 2, 3]), from(&[10, 20])));
        let pairs: Vec<(i64, i64)> = words(zipped).iter().map(|&p| pair_elements(p)).collect();
        assert_eq!(pairs, [(1, 10), (2, 20)]);
        assert!(words(mesh_list_collect(mesh_iter_take(from(&[1]), -2))).is_empty());
    }
}

#[test]
fn terminal_operations() {
    unsafe {
        assert_eq!(mesh_iter_count(from(&[1, 2, 3])), 3);
        assert_eq!(mesh_iter_sum(from(&[1, 2, 3])), 6);
        assert_eq!(mesh_iter_sum(from(&[])), 0);
        assert_eq!(mesh_iter_any(from(&[1, 5]), f(greater_than_three as *const ())), 1);
        assert_eq!(mesh_iter_any(from(&[]), f(greater_than_three as *const ())), 0);
        assert_eq!(mesh_iter_all(from(&[4, 5]), f(greater_than_three as *const ())), 1);
        assert_eq!(mesh_iter_all(from(&[4, 1]), f(greater_than_three as *const ())), 0);
        assert_eq!(option(mesh_iter_find(from(&[1, 5, 6]), f(greater_than_three as *const ()))), Some(5));
        assert_eq!(option(mesh_iter_find(from(&[1]), f(greater_than_three as *const ()))), None);
        assert_eq!(mesh_iter_reduce(from(&[1, 2, 3]), 10, f(add as *const ())), 16);
        let it = from(&[1]);
        assert_eq!(option(mesh_iter_next(it)), Some(1));
        assert_eq!(option(mesh_iter_next(it)), None);
    }
}

#[test]
fn sources_other_than_lists() {
    let int = typeinfo::word(&mesh_typeinfo_int);
    let string = typeinfo::word(&mesh_typeinfo_string);
    unsafe {
        assert_eq!(words(mesh_list_collect(mesh_iter_from(mesh_range_new(3, 6)))), [3, 4, 5]);
        let set = mesh_set_from_list(list_of(&[3, 1, 3]), int);
        assert_eq!(words(mesh_list_collect(mesh_iter_from(set))), [3, 1]);
        let map = mesh_map_put(mesh_map_put(mesh_map_new(string, int), s("a"), 1), s("b"), 2);
        let entries = mesh_list_collect(mesh_iter_from(map));
        let pairs: Vec<(String, i64)> = words(entries)
            .iter()
            .map(|&p| {
                let (k, v) = pair_elements(p);
                (text(k), v)
            })
            .collect();
        assert_eq!(pairs, [("a".to_owned(), 1), ("b".to_owned(), 2)]);
        let copy = mesh_map_collect(mesh_iter_from(map), string, int);
        assert_eq!(texts(mesh_rt::map::mesh_map_keys(copy)), ["a", "b"]);
    }
}

#[test]
fn collectors() {
    let string = typeinfo::word(&mesh_typeinfo_string);
    unsafe {
        let texts_it = mesh_iter_from(list_of_strings(&["ab", "c", "ab"]));
        let set = mesh_set_collect(texts_it, string);
        assert_eq!(mesh_set_size(set), 2);
        assert_eq!(texts(mesh_set_to_list(set)), ["ab", "c"]);
        let joined = mesh_string_collect(mesh_iter_from(list_of_strings(&["x", "y", "z"])));
        assert_eq!(text(joined), "xyz");
        assert_eq!(text(mesh_string_collect(from(&[]))), "");
        let many: Vec<i64> = (0..1000).collect();
        assert_eq!(words(mesh_list_collect(from(&many))), many);
    }
}

#[test]
fn collecting_while_the_heap_collects() {
    let mut heap = Heap::with_min_threshold(256 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let numbers: Vec<i64> = (0..500).collect();
        let it = mesh_iter_map(
            mesh_iter_filter(mesh_iter_from(list_of(&numbers)), f(is_even as *const ())),
            f(allocating_text as *const ()),
        );
        let collected = mesh_list_collect(it);
        let expected: Vec<String> = (0..500).filter(|i| i % 2 == 0).map(|i| i.to_string()).collect();
        assert_eq!(texts(collected), expected);
        let joined = mesh_string_collect(mesh_iter_map(
            mesh_iter_from(list_of(&[1, 2, 3])),
            f(allocating_text as *const ()),
        ));
        assert_eq!(text(joined), "123");
    });
    assert!(heap.stats().collections >= 3, "{:?}", heap.stats());
}
