//! The collector's marking and sweeping with explicit roots: objects are
//! built in a heap of their own (installed with `run_in_heap`, large
//! threshold, so nothing collects by itself), then the heap is collected
//! with exactly the words of an array as roots, and the test checks which
//! objects survived, that their contents are intact and that the dead ones
//! were freed.

mod common;

use common::*;
use mesh_rt::heap::{self, Heap};
use mesh_rt::object::{
    field_ptr, mesh_alloc, TypeDesc, HEADER_SIZE, KIND_STRUCT, KIND_SUM, KIND_TUPLE,
};
use mesh_rt::string::mesh_string_concat;

/// A minimum threshold no test reaches: no automatic collection.
const NEVER: usize = usize::MAX / 4;

fn quiet_heap() -> Heap {
    Heap::with_min_threshold(NEVER)
}

/// Collects `heap` with exactly the words of `roots` as roots.
fn collect_with_words(heap: &mut Heap, roots: &[i64]) {
    let start = roots.as_ptr() as usize;
    let range = start..start + std::mem::size_of_val(roots);
    unsafe { heap.collect_with_roots(std::slice::from_ref(&range)) }
}

/// Collects `heap` with the objects `values` as roots, each given by an
/// interior pointer: a root word equal to an object's start also counts as
/// one past the end of the object before it, which would keep that one too.
fn collect_with(heap: &mut Heap, values: &[i64]) {
    let interior: Vec<i64> = values.iter().map(|value| value + 8).collect();
    collect_with_words(heap, &interior);
}

fn owned(heap: &Heap, value: i64) -> bool {
    heap.owns_object(value as usize)
}

static INT_STRING: TypeDesc = TypeDesc {
    kind: KIND_TUPLE,
    n_fields: 2,
    ptr_mask: 0b10,
    name: c"(Int, String)".as_ptr().cast(),
};

/// `Some(String)` of a `Maybe(String, Int)`-like sum: tag, a String, an Int.
static SUM_STRING_INT: TypeDesc = TypeDesc {
    kind: KIND_SUM,
    n_fields: 3,
    ptr_mask: 0b010,
    name: c"Pair".as_ptr().cast(),
};

/// A tuple of two pointers.
static PTR_PTR: TypeDesc = TypeDesc {
    kind: KIND_TUPLE,
    n_fields: 2,
    ptr_mask: 0b11,
    name: c"(a, b)".as_ptr().cast(),
};

/// A struct of 70 fields whose mask marks only field 0.
static WIDE_STRUCT: TypeDesc = TypeDesc {
    kind: KIND_STRUCT,
    n_fields: 70,
    ptr_mask: 0b1,
    name: c"Wide".as_ptr().cast(),
};

fn new_object(desc: &'static TypeDesc, fields: &[i64]) -> i64 {
    let size = HEADER_SIZE + 8 * fields.len();
    let object = unsafe { mesh_alloc(size as i64, desc as *const TypeDesc as i64) };
    for (index, &value) in fields.iter().enumerate() {
        unsafe { field_ptr(object, index).write(value) };
    }
    object
}

fn field(object: i64, index: usize) -> i64 {
    unsafe { *field_ptr(object, index) }
}

#[test]
fn unreachable_strings_are_freed_and_reachable_ones_kept() {
    let mut heap = quiet_heap();
    let all: Vec<i64> = heap::run_in_heap(&mut heap, || {
        (0..1000)
            .map(|i| s(&format!("string number {i}")))
            .collect()
    });
    let kept = [all[3], all[500], all[999]];
    collect_with(&mut heap, &kept);
    for &value in &all {
        assert_eq!(owned(&heap, value), kept.contains(&value));
    }
    assert_eq!(text(kept[0]), "string number 3");
    assert_eq!(text(kept[1]), "string number 500");
    assert_eq!(text(kept[2]), "string number 999");
    let stats = heap.stats();
    assert_eq!(stats.collections, 1);
    // Each string (24 + 15..17 bytes) takes a 48-byte slot.
    assert_eq!(stats.live_bytes, 3 * 48);
    assert_eq!(stats.heap_bytes, 3 * 48);
    assert_eq!(stats.allocated_bytes, 1000 * 48);
}

#[test]
fn list_elements_keep_their_objects() {
    let mut heap = quiet_heap();
    let (list, strings, ints) = heap::run_in_heap(&mut heap, || {
        let strings: Vec<i64> = (0..50).map(|i| s(&format!("element {i}"))).collect();
        let mut elements = strings.clone();
        elements.push(s("")); // the static empty string
        elements.push(mesh_rt::list::empty());
        let ints = list_of(&[1, 2, 3, -4]);
        (list_of(&elements), strings, ints)
    });
    collect_with(&mut heap, &[list, ints]);
    assert!(strings.iter().all(|&value| owned(&heap, value)));
    assert!(owned(&heap, list) && owned(&heap, ints));
    let texts = texts_prefix(list, 50);
    assert_eq!(
        texts,
        (0..50).map(|i| format!("element {i}")).collect::<Vec<_>>()
    );
    assert_eq!(words(ints), [1, 2, 3, -4]);

    collect_with(&mut heap, &[]);
    assert!(!owned(&heap, list));
    assert!(strings.iter().all(|&value| !owned(&heap, value)));
    assert_eq!(heap.stats().live_bytes, 0);
}

fn texts_prefix(list: i64, n: usize) -> Vec<String> {
    words(list).into_iter().take(n).map(text).collect()
}

#[test]
fn tuple_fields_are_traced_by_the_pointer_mask() {
    let mut heap = quiet_heap();
    let (pair, scalar_target, string) = heap::run_in_heap(&mut heap, || {
        let scalar_target = s("only an Int points here");
        let string = s("the String field");
        (
            new_object(&INT_STRING, &[scalar_target, string]),
            scalar_target,
            string,
        )
    });
    collect_with(&mut heap, &[pair]);
    assert!(owned(&heap, pair));
    assert!(owned(&heap, string));
    assert!(!owned(&heap, scalar_target));
    assert_eq!(text(field(pair, 1)), "the String field");
}

#[test]
fn sum_tag_is_word_zero_and_fields_start_at_bit_one() {
    let mut heap = quiet_heap();
    let (value, string, int_target) = heap::run_in_heap(&mut heap, || {
        let string = s("payload");
        let int_target = s("not a pointer field");
        (
            new_object(&SUM_STRING_INT, &[0, string, int_target]),
            string,
            int_target,
        )
    });
    collect_with(&mut heap, &[value]);
    assert!(owned(&heap, string));
    assert!(!owned(&heap, int_target));
    assert_eq!(field(value, 0), 0);
    assert_eq!(text(field(value, 1)), "payload");
}

#[test]
fn words_past_the_mask_are_checked_against_the_heap() {
    let mut heap = quiet_heap();
    let (wide, first, unmasked, far) = heap::run_in_heap(&mut heap, || {
        let (first, unmasked, far) = (s("field 0"), s("field 10"), s("field 68"));
        let mut fields = [0i64; 70];
        fields[0] = first;
        fields[10] = unmasked;
        fields[68] = far;
        (new_object(&WIDE_STRUCT, &fields), first, unmasked, far)
    });
    collect_with(&mut heap, &[wide]);
    assert!(owned(&heap, first));
    assert!(!owned(&heap, unmasked));
    assert!(owned(&heap, far));
    assert_eq!(text(field(wide, 68)), "field 68");
}

#[test]
fn nested_structures_survive_reuse_of_freed_memory() {
    let mut heap = quiet_heap();
    let outer = heap::run_in_heap(&mut heap, || {
        let names = [s("ada"), s("grace"), s("barbara")];
        let list = unsafe { mesh_rt::list::mesh_list_from_array(names.as_ptr(), 3) };
        let some = new_object(&SUM_STRING_INT, &[0, s("inner"), 5]);
        let inner = new_object(&PTR_PTR, &[some, list]);
        new_object(&PTR_PTR, &[inner, s("outer")])
    });
    for round in 0..3 {
        collect_with(&mut heap, &[outer]);
        // Refill the freed slots with other data.
        heap::run_in_heap(&mut heap, || {
            for i in 0..5000 {
                let _ = unsafe { mesh_string_concat(s("garbage "), s(&i.to_string())) };
                let _ = list_of(&[i, i + 1, i + 2]);
            }
        });
        let inner = field(outer, 0);
        assert_eq!(text(field(outer, 1)), "outer", "round {round}");
        assert_eq!(text(field(field(inner, 0), 1)), "inner");
        assert_eq!(field(field(inner, 0), 2), 5);
        assert_eq!(texts(field(inner, 1)), ["ada", "grace", "barbara"]);
    }
    collect_with(&mut heap, &[outer]);
    // outer, inner (32-byte slots), some (48), list (48), five strings (32).
    assert_eq!(heap.stats().live_bytes, 2 * 32 + 48 + 48 + 5 * 32);
}

#[test]
fn interior_and_one_past_the_end_roots_keep_objects() {
    let mut heap = quiet_heap();
    let strings: Vec<i64> = heap::run_in_heap(&mut heap, || {
        (0..8)
            .map(|i| s(&format!("a 48-byte slot string {i}")))
            .collect()
    });
    // Slots are 48 bytes: 24 + 24 bytes of text.
    let roots = [
        strings[0] + 20,
        strings[2] + 47,
        strings[4] + 48,
        strings[6],
    ];
    collect_with_words(&mut heap, &roots);
    let survivors: Vec<usize> = (0..8).filter(|&i| owned(&heap, strings[i])).collect();
    // `strings[4] + 48` is both one past the end of strings[4] and the
    // start of the next slot, which holds strings[5].
    assert_eq!(survivors, [0, 2, 4, 5, 6]);
    assert_eq!(text(strings[2]), "a 48-byte slot string 2");

    // A pointer into a freed slot brings nothing back.
    let dead = strings[1];
    collect_with_words(&mut heap, &[dead + 8]);
    assert!(!owned(&heap, dead));
    assert_eq!(heap.stats().live_bytes, 0);
}

#[test]
fn field_values_must_be_object_starts() {
    let mut heap = quiet_heap();
    let (pair, target) = heap::run_in_heap(&mut heap, || {
        let target = s("pointed at from inside");
        (new_object(&PTR_PTR, &[target + 8, 0]), target)
    });
    collect_with(&mut heap, &[pair]);
    assert!(owned(&heap, pair));
    assert!(!owned(&heap, target));
}

#[test]
fn large_lists_are_traced_and_freed() {
    let mut heap = quiet_heap();
    let (list, strings) = heap::run_in_heap(&mut heap, || {
        let strings: Vec<i64> = (0..3000)
            .map(|i| s(&format!("large element {i}")))
            .collect();
        (list_of(&strings), strings)
    });
    let mapped_with_list = heap.stats().mapped_bytes;
    // An interior pointer in the middle of the 24 KB list object.
    collect_with_words(&mut heap, &[list + 12_000]);
    assert!(owned(&heap, list));
    assert!(strings.iter().all(|&value| owned(&heap, value)));
    assert_eq!(text(words(list)[2999]), "large element 2999");

    collect_with(&mut heap, &[]);
    assert!(!owned(&heap, list));
    let stats = heap.stats();
    assert_eq!(stats.live_bytes, 0);
    assert!(stats.mapped_bytes <= mapped_with_list - 24 * 1024);
}

#[test]
fn deep_chains_are_marked_without_recursion() {
    let mut heap = quiet_heap();
    const CELLS: i64 = 1_000_000;
    let head = heap::run_in_heap(&mut heap, || {
        let mut next = s("end");
        for i in 0..CELLS {
            next = new_object(&INT_STRING, &[i, next]);
        }
        next
    });
    collect_with(&mut heap, &[head]);
    assert_eq!(heap.stats().live_bytes, CELLS as u64 * 32 + 32);
    let mut cell = head;
    for i in (0..CELLS).rev() {
        assert_eq!(field(cell, 0), i);
        cell = field(cell, 1);
    }
    assert_eq!(text(cell), "end");
    collect_with(&mut heap, &[]);
    assert_eq!(heap.stats().live_bytes, 0);
}

#[test]
fn freed_memory_is_reused_and_spare_pages_returned() {
    let mut heap = Heap::with_min_threshold(1024 * 1024);
    for _ in 0..4 {
        for _ in 0..(32 << 20) / 64 {
            assert!(heap.alloc(64).is_some());
        }
        collect_with(&mut heap, &[]);
        let stats = heap.stats();
        assert_eq!(stats.live_bytes, 0);
        assert!(stats.mapped_bytes <= 1024 * 1024, "{stats:?}");
    }
    let stats = heap.stats();
    assert_eq!(stats.collections, 4);
    assert_eq!(stats.allocated_bytes, 4 * (32 << 20));
    // The second round onwards reused pages: the peak is one round's worth.
    assert!(
        stats.peak_mapped_bytes <= (32 << 20) + (1 << 20),
        "{stats:?}"
    );
}

#[test]
fn blocks_are_zeroed_and_aligned_after_reuse() {
    let mut heap = quiet_heap();
    let sizes = [16usize, 24, 100, 256, 300, 4000, 8192, 9000, 70_000];
    for round in 0..2 {
        for &size in &sizes {
            let block = heap.alloc(size).expect("memory").as_ptr();
            assert_eq!(block as usize % 16, 0);
            let bytes = unsafe { std::slice::from_raw_parts_mut(block, size) };
            assert!(bytes.iter().all(|&b| b == 0), "size {size}, round {round}");
            bytes.fill(0xAB);
        }
        collect_with(&mut heap, &[]);
    }
}
