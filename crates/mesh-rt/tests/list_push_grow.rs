//! `mesh_list_push_grow`: the appending of `for` loops that cannot count
//! their elements first (ABI.md "Support for loops"), in place while the
//! list has room and into a larger copy when it is full, also while
//! allocations force collections.

mod common;

use std::hint::black_box;

use common::*;
use mesh_rt::heap::{self, Heap};
use mesh_rt::list::*;
use mesh_rt::number_format::mesh_int_to_string;

/// Allocates about `bytes` of garbage.
fn make_garbage(bytes: usize) {
    for i in 0..bytes / 64 {
        black_box(mesh_int_to_string(i as i64));
    }
}

#[test]
fn appends_in_place_while_there_is_room_then_into_a_copy() {
    let list = mesh_list_alloc(2);
    unsafe {
        assert_eq!(mesh_list_push_grow(list, 0), list);
        assert_eq!(mesh_list_push_grow(list, 1), list);
        // The allocation may hold more than asked for: push until full.
        let mut current = list;
        let mut pushed = 2;
        while current == list {
            current = mesh_list_push_grow(current, pushed);
            pushed += 1;
            assert!(pushed < 10_000, "the list never grew");
        }
        assert_eq!(words(current), (0..pushed).collect::<Vec<_>>());
        assert_eq!(words(list), (0..pushed - 1).collect::<Vec<_>>());
    }
}

#[test]
fn grows_from_an_empty_list_to_many_elements() {
    let mut list = mesh_list_alloc(0);
    for i in 0..1000 {
        list = unsafe { mesh_list_push_grow(list, i) };
    }
    assert_eq!(words(list), (0..1000).collect::<Vec<_>>());
}

#[test]
fn keeps_every_element_across_collections() {
    let mut heap = Heap::with_min_threshold(256 * 1024);
    heap::run_in_heap(&mut heap, || {
        let mut list = mesh_list_alloc(1);
        let mut expected = Vec::new();
        for i in 0..300 {
            let label = s(&format!("n={i}"));
            list = unsafe { mesh_list_push_grow(list, label) };
            expected.push(format!("n={i}"));
            make_garbage(16 * 1024);
        }
        assert_eq!(texts(list), expected);
    });
    assert!(heap.stats().collections >= 3, "{:?}", heap.stats());
}
