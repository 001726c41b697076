//! Function values called from the runtime (`closure::call0..call3`) and
//! the `List` functions of this round: the closure-taking ones (also with
//! callbacks that allocate enough to force collections while the result
//! is being built), the in-place building of `for` loops, and the rest of
//! stdlib.md §6.

mod common;

use std::hint::black_box;

use common::*;
use mesh_rt::closure::{self, call0, call1, call2, call3};
use mesh_rt::heap::{self, Heap};
use mesh_rt::list::*;
use mesh_rt::list_callbacks::*;
use mesh_rt::number_format::mesh_int_to_string;
use mesh_rt::string::mesh_string_concat;
use mesh_rt::tuple::pair_elements;
use mesh_rt::typeinfo::{self, mesh_typeinfo_int, mesh_typeinfo_string};

extern "C" fn constant_seven(_closure: i64) -> i64 {
    7
}

extern "C" fn add_capture(closure: i64, x: i64) -> i64 {
    x + unsafe { closure::capture(closure, 0) }
}

extern "C" fn subtract(_closure: i64, a: i64, b: i64) -> i64 {
    a - b
}

extern "C" fn weighted(closure: i64, a: i64, b: i64, c: i64) -> i64 {
    let weight = unsafe { closure::capture(closure, 1) };
    a * weight + b * 10 + c
}

extern "C" fn double(_closure: i64, x: i64) -> i64 {
    x * 2
}

extern "C" fn is_even(_closure: i64, x: i64) -> i64 {
    i64::from(x % 2 == 0)
}

extern "C" fn greater_than_capture(closure: i64, x: i64) -> i64 {
    i64::from(x > unsafe { closure::capture(closure, 0) })
}

extern "C" fn ascending(_closure: i64, a: i64, b: i64) -> i64 {
    a - b
}

/// Compares pairs by their first element only (to observe stability).
extern "C" fn by_first(_closure: i64, a: i64, b: i64) -> i64 {
    let (x, y) = unsafe { (pair_elements(a).0, pair_elements(b).0) };
    x - y
}

extern "C" fn repeat_twice(_closure: i64, x: i64) -> i64 {
    list_of(&[x, x])
}

extern "C" fn string_itself(value: i64) -> i64 {
    value
}

/// Allocates about 40 KiB of garbage, then returns `"n=<x>"`.
extern "C" fn allocating_label(_closure: i64, x: i64) -> i64 {
    make_garbage(40 * 1024);
    unsafe { mesh_string_concat(s("n="), mesh_int_to_string(x)) }
}

/// Allocates garbage, then tells whether `x` is even.
extern "C" fn allocating_is_even(_closure: i64, x: i64) -> i64 {
    make_garbage(40 * 1024);
    i64::from(x % 2 == 0)
}

/// Allocates garbage, then compares two Strings by length, then content.
extern "C" fn allocating_by_length(_closure: i64, a: i64, b: i64) -> i64 {
    make_garbage(8 * 1024);
    let (x, y) = (text(a), text(b));
    (x.len(), x).cmp(&(y.len(), y)) as i64
}

/// Allocates garbage, then concatenates accumulator and element.
extern "C" fn allocating_concat(_closure: i64, acc: i64, x: i64) -> i64 {
    make_garbage(40 * 1024);
    unsafe { mesh_string_concat(acc, x) }
}

fn make_garbage(bytes: usize) {
    for i in 0..bytes / 64 {
        black_box(mesh_int_to_string(i as i64));
    }
}

fn f(code: *const ()) -> i64 {
    closure::new(code, &[])
}

#[test]
fn closures_are_called_with_themselves_first() {
    unsafe {
        assert_eq!(call0(f(constant_seven as *const ())), 7);
        assert_eq!(call1(closure::new(add_capture as *const (), &[100]), 5), 105);
        assert_eq!(call2(f(subtract as *const ()), 10, 3), 7);
        assert_eq!(call3(closure::new(weighted as *const (), &[0, 100]), 1, 2, 3), 123);
    }
    assert!(closure::truthy(1) && !closure::truthy(0) && !closure::truthy(2));
}

#[test]
fn map_filter_reduce() {
    let xs = list_of(&[1, 2, 3, 4]);
    unsafe {
        assert_eq!(words(mesh_list_map(xs, f(double as *const ()))), [2, 4, 6, 8]);
        assert_eq!(words(mesh_list_filter(xs, f(is_even as *const ()))), [2, 4]);
        assert_eq!(words(mesh_list_filter(xs, closure::new(greater_than_capture as *const (), &[9]))), [] as [i64; 0]);
        assert_eq!(mesh_list_reduce(xs, 100, f(subtract as *const ())), 90);
        assert!(words(mesh_list_map(list_of(&[]), f(double as *const ()))).is_empty());
        assert_eq!(mesh_list_reduce(list_of(&[]), 5, f(subtract as *const ())), 5);
    }
}

#[test]
fn find_any_all() {
    let xs = list_of(&[1, 3, 4, 6]);
    let even = f(is_even as *const ());
    unsafe {
        assert_eq!(option(mesh_list_find(xs, even)), Some(4));
        assert_eq!(option(mesh_list_find(list_of(&[1, 3]), even)), None);
        assert_eq!(mesh_list_any(xs, even), 1);
        assert_eq!(mesh_list_any(list_of(&[1]), even), 0);
        assert_eq!(mesh_list_any(list_of(&[]), even), 0);
        assert_eq!(mesh_list_all(xs, even), 0);
        assert_eq!(mesh_list_all(list_of(&[2, 8]), even), 1);
        assert_eq!(mesh_list_all(list_of(&[]), even), 1);
    }
}

#[test]
fn sort_is_stable_and_follows_the_comparison() {
    unsafe {
        let xs = list_of(&[5, 3, 9, 1, 3, 7, 2]);
        assert_eq!(words(mesh_list_sort(xs, f(ascending as *const ()))), [1, 2, 3, 3, 5, 7, 9]);
        assert_eq!(words(xs), [5, 3, 9, 1, 3, 7, 2], "argument unchanged");
        let pairs: Vec<i64> = [(2, 0), (1, 1), (2, 2), (1, 3), (0, 4)]
            .iter()
            .map(|&(key, tag)| mesh_rt::tuple::pair(key, tag))
            .collect();
        let sorted = mesh_list_sort(list_of(&pairs), f(by_first as *const ()));
        let tags: Vec<i64> = words(sorted).iter().map(|&p| pair_elements(p).1).collect();
        assert_eq!(tags, [4, 1, 3, 0, 2]);
        assert!(words(mesh_list_sort(list_of(&[]), f(ascending as *const ()))).is_empty());
    }
}

#[test]
fn merge_sort_of_many_indices() {
    let keys: Vec<i64> = (0..1000).map(|i| (i * 7919) % 1009).collect();
    let order = merge_sort_indices(keys.len(), |a, b| keys[a] > keys[b]);
    let sorted: Vec<i64> = order.iter().map(|&i| keys[i]).collect();
    let mut expected = keys.clone();
    expected.sort();
    assert_eq!(sorted, expected);
}

#[test]
fn flat_map_flatten_zip_enumerate() {
    unsafe {
        assert_eq!(words(mesh_list_flat_map(list_of(&[1, 2]), f(repeat_twice as *const ()))), [1, 1, 2, 2]);
        let nested = list_of(&[list_of(&[1]), list_of(&[]), list_of(&[2, 3])]);
        assert_eq!(words(mesh_list_flatten(nested)), [1, 2, 3]);
        let zipped = mesh_list_zip(list_of(&[1, 2, 3]), list_of_strings(&["a", "b"]));
        let pairs: Vec<(i64, String)> = words(zipped)
            .iter()
            .map(|&p| {
                let (a, b) = pair_elements(p);
                (a, text(b))
            })
            .collect();
        assert_eq!(pairs, [(1, "a".to_owned()), (2, "b".to_owned())]);
        let numbered = mesh_list_enumerate(list_of_strings(&["x", "y"]));
        let pairs: Vec<(i64, String)> = words(numbered)
            .iter()
            .map(|&p| {
                let (a, b) = pair_elements(p);
                (a, text(b))
            })
            .collect();
        assert_eq!(pairs, [(0, "x".to_owned()), (1, "y".to_owned())]);
    }
}

#[test]
fn take_drop_last_new() {
    let xs = list_of(&[1, 2, 3]);
    unsafe {
        assert_eq!(words(mesh_list_take(xs, 2)), [1, 2]);
        assert_eq!(words(mesh_list_take(xs, 10)), [1, 2, 3]);
        assert!(words(mesh_list_take(xs, -1)).is_empty());
        assert_eq!(words(mesh_list_drop(xs, 1)), [2, 3]);
        assert!(words(mesh_list_drop(xs, 5)).is_empty());
        assert_eq!(words(mesh_list_drop(xs, -3)), [1, 2, 3]);
        assert_eq!(mesh_list_last(xs), 3);
        assert_eq!(mesh_list_nth(xs, 1), 2);
        assert_eq!(mesh_list_length(mesh_list_new()), 0);
    }
}

#[test]
fn contains_compares_by_value() {
    let names = list_of_strings(&["fatal", "error", "warning"]);
    let int = typeinfo::word(&mesh_typeinfo_int);
    let string = typeinfo::word(&mesh_typeinfo_string);
    unsafe {
        // A String built at run time is a different object with equal text.
        let error = mesh_string_concat(s("err"), s("or"));
        assert_eq!(mesh_list_contains(names, error, string), 1);
        assert_eq!(mesh_list_contains(names, s("info"), string), 0);
        assert_eq!(mesh_list_contains(list_of(&[1, 2]), 2, int), 1);
        assert_eq!(mesh_list_contains(list_of(&[1, 2]), 3, int), 0);
    }
}

#[test]
fn alloc_and_push_build_in_place() {
    let list = mesh_list_alloc(3);
    unsafe {
        assert!(words(list).is_empty());
        mesh_list_push(list, 10);
        mesh_list_push(list, 20);
        assert_eq!(words(list), [10, 20]);
        mesh_list_push(list, 30);
        assert_eq!(words(list), [10, 20, 30]);
    }
    assert!(words(mesh_list_alloc(0)).is_empty());
}

#[test]
fn callbacks_that_collect_keep_the_result_being_built() {
    let mut heap = Heap::with_min_threshold(256 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let numbers: Vec<i64> = (0..200).collect();
        let xs = mesh_list_from_array(numbers.as_ptr(), 200);
        let labels = mesh_list_map(xs, f(allocating_label as *const ()));
        let evens = mesh_list_filter(labels, f(allocating_is_even_label as *const ()));
        let sorted = mesh_list_sort(evens, f(allocating_by_length as *const ()));
        let joined = mesh_list_reduce(mesh_list_take(sorted, 4), s(""), f(allocating_concat as *const ()));
        let kept_evens = mesh_list_filter(xs, f(allocating_is_even as *const ()));
        make_garbage(1 << 20);
        let expected: Vec<String> = (0..200).map(|i| format!("n={i}")).collect();
        assert_eq!(texts(labels), expected);
        assert_eq!(texts(evens).len(), 100);
        assert_eq!(texts(sorted)[..4], ["n=0", "n=2", "n=4", "n=6"]);
        assert_eq!(text(joined), "n=0n=2n=4n=6");
        assert_eq!(words(kept_evens), (0..200).filter(|i| i % 2 == 0).collect::<Vec<_>>());
        let found = mesh_list_find(labels, f(allocating_is_even_label as *const ()));
        assert_eq!(option(found).map(text), Some("n=0".to_owned()));
    });
    assert!(heap.stats().collections >= 10, "{:?}", heap.stats());
}

/// Allocates garbage, then tells whether the label `"n=<x>"` has an even `x`.
extern "C" fn allocating_is_even_label(_closure: i64, label: i64) -> i64 {
    make_garbage(40 * 1024);
    let number: i64 = text(label)[2..].parse().unwrap();
    i64::from(number % 2 == 0)
}

#[test]
fn to_string_of_a_list_of_strings() {
    let list = list_of_strings(&["hello", "world"]);
    assert_eq!(text(unsafe { mesh_list_to_string(list, string_itself) }), "[hello, world]");
}
