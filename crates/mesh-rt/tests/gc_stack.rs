//! Collections whose roots are the thread's own stack and registers:
//! automatic collections while a heap is installed with `run_in_heap`,
//! explicit `heap::collect()` on a thread's fallback heap, interior
//! pointers held on the stack, and the no-collection guard that protects
//! runtime functions holding objects outside their frames.

mod common;

use std::hint::black_box;

use common::*;
use mesh_rt::heap::{self, Heap};
use mesh_rt::list::mesh_list_from_array;
use mesh_rt::number_format::mesh_int_to_string;
use mesh_rt::object::{field_ptr, mesh_alloc, TypeDesc, HEADER_SIZE, KIND_TUPLE};
use mesh_rt::string::mesh_string_concat;
use mesh_rt::string_ops::mesh_string_split;

static PAIR: TypeDesc = TypeDesc {
    kind: KIND_TUPLE,
    n_fields: 2,
    ptr_mask: 0b11,
    name: c"(String, List)".as_ptr().cast(),
};

fn pair(first: i64, second: i64) -> i64 {
    let object = unsafe { mesh_alloc(HEADER_SIZE as i64 + 16, &PAIR as *const TypeDesc as i64) };
    unsafe {
        field_ptr(object, 0).write(first);
        field_ptr(object, 1).write(second);
    }
    object
}

fn field(object: i64, index: usize) -> i64 {
    unsafe { *field_ptr(object, index) }
}

/// Allocates about `bytes` of short-lived strings and lists, as a loop in
/// compiled code would.
fn make_garbage(bytes: usize) {
    let padding = s(" of garbage text that takes some room");
    for i in 0..bytes / 200 {
        let number = mesh_int_to_string(i as i64);
        let line = unsafe { mesh_string_concat(number, padding) };
        let items = [line, number, line];
        black_box(unsafe { mesh_list_from_array(items.as_ptr(), 3) });
    }
}

/// Overwrites the stack below the caller, so that no stale copy of a value
/// a returned callee held stays where the next collection scans.
#[inline(never)]
fn wipe_stack() {
    let mut area = [0u64; 8192];
    black_box(&mut area);
}

#[test]
fn automatic_collections_keep_what_the_stack_holds() {
    let mut heap = Heap::with_min_threshold(256 * 1024);
    heap::run_in_heap(&mut heap, || {
        let kept = unsafe { mesh_string_concat(s("kept "), mesh_int_to_string(42)) };
        let names = [s("ada"), s("grace"), kept];
        let list = unsafe { mesh_list_from_array(names.as_ptr(), 3) };
        let both = pair(unsafe { mesh_string_concat(kept, s("!")) }, list);
        for round in 0..20 {
            make_garbage(1 << 20);
            assert_eq!(text(kept), "kept 42", "round {round}");
            assert_eq!(texts(list), ["ada", "grace", "kept 42"]);
            assert_eq!(text(field(both, 0)), "kept 42!");
            assert_eq!(field(both, 1), list);
        }
    });
    let stats = heap.stats();
    assert!(stats.collections >= 20, "{stats:?}");
    assert!(stats.allocated_bytes >= 10 << 20, "{stats:?}");
    assert!(stats.live_bytes < 64 * 1024, "{stats:?}");
    assert!(stats.peak_mapped_bytes < 4 << 20, "{stats:?}");
}

#[test]
fn explicit_collection_of_the_fallback_heap_frees_garbage() {
    let kept = unsafe { mesh_string_concat(s("still "), s("here")) };
    make_garbage(8 << 20);
    wipe_stack();
    unsafe { heap::collect() };
    assert!(heap::owns_object(kept));
    assert_eq!(text(kept), "still here");
    let stats = heap::stats();
    assert_eq!(stats.collections, 1);
    assert!(stats.live_bytes < 64 * 1024, "{stats:?}");
    make_garbage(1 << 20);
    assert_eq!(text(kept), "still here");
}

/// A new string, returned only as a pointer 20 bytes into it.
#[inline(never)]
fn string_behind_interior_pointer() -> usize {
    let value = unsafe { mesh_string_concat(s("reached from "), s("inside")) };
    value as usize + 20
}

/// A new string, returned only as its address with every bit flipped,
/// which no scan recognises.
#[inline(never)]
fn string_behind_hidden_pointer() -> usize {
    let value = unsafe { mesh_string_concat(s("reached from "), s("nowhere")) };
    !(value as usize)
}

#[test]
fn interior_pointers_on_the_stack_keep_objects() {
    let interior = black_box(string_behind_interior_pointer());
    let hidden = black_box(string_behind_hidden_pointer());
    wipe_stack();
    unsafe { heap::collect() };
    let object = (interior - 20) as i64;
    assert!(heap::owns_object(object));
    // Control: the same kind of object without a recognisable pointer is
    // freed, so the scan found `interior` itself, not a stale copy.
    assert!(!heap::owns_object(!hidden as i64));
    make_garbage(1 << 20);
    assert_eq!(text(black_box(interior) as i64 - 20), "reached from inside");
}

#[test]
fn split_never_collects_while_building_its_pieces() {
    let mut heap = Heap::with_min_threshold(64 * 1024);
    heap::run_in_heap(&mut heap, || {
        let source = (0..20_000)
            .map(|i| format!("piece {i}"))
            .collect::<Vec<_>>()
            .join(",");
        let whole = s(&source);
        let pieces = unsafe { mesh_string_split(whole, s(",")) };
        make_garbage(1 << 20);
        let texts = texts(pieces);
        assert_eq!(texts.len(), 20_000);
        for (i, piece) in texts.iter().enumerate() {
            assert_eq!(piece, &format!("piece {i}"));
        }
    });
    assert!(heap.stats().collections >= 2, "{:?}", heap.stats());
}

#[test]
fn no_collection_guard_defers_the_collection() {
    let mut heap = Heap::with_min_threshold(64 * 1024);
    heap::run_in_heap(&mut heap, || {
        let guard = heap::no_collection();
        make_garbage(1 << 20);
        assert_eq!(heap::stats().collections, 0);
        drop(guard);
        let _ = mesh_int_to_string(1);
        assert_eq!(heap::stats().collections, 1);
    });
}
