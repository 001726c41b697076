//! Deep copy between heaps (runtime.md §6, ABI.md "Messages and type
//! tags"): values of every kind are built in one heap, copied into a
//! second one, checked to reach no object of the first, and read back
//! after the first heap is freed.

mod common;

use common::*;
use mesh_rt::copy::{self, mesh_list_copy, mesh_object_copy, mesh_string_copy, mesh_value_copy};
use mesh_rt::heap::{self, Heap};
use mesh_rt::json::{mesh_json_parse, mesh_json_to_string};
use mesh_rt::list;
use mesh_rt::map::{mesh_map_get, mesh_map_new, mesh_map_put, mesh_map_size};
use mesh_rt::object::{field_ptr, header, HEADER_SIZE, KIND_LIST, KIND_STRING};
use mesh_rt::queue::{mesh_queue_new, mesh_queue_push, mesh_queue_to_string};
use mesh_rt::range::{mesh_range_end, mesh_range_new, mesh_range_start};
use mesh_rt::set::{mesh_set_add, mesh_set_contains, mesh_set_new, mesh_set_size};
use mesh_rt::sum;
use mesh_rt::typeinfo::{self, mesh_typeinfo_int, mesh_typeinfo_string, TypeInfo};

/// A minimum threshold no test reaches: nothing collects by itself.
const NEVER: usize = usize::MAX / 4;

extern "C" fn same(a: i64, b: i64) -> i64 {
    i64::from(a == b)
}

extern "C" fn copy_string_list(list: i64) -> i64 {
    unsafe { mesh_list_copy(list, typeinfo::word(&mesh_typeinfo_string)) }
}

/// `List<String>`.
static STRING_LIST_INFO: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: same,
    cmp: None,
    hash: None,
    to_string: None,
    name: c"List<String>".as_ptr().cast(),
    copy: copy_string_list,
};

/// As a generated helper copies `(Int, String, List<String>)`.
extern "C" fn copy_triple(value: i64) -> i64 {
    unsafe {
        let copy = mesh_object_copy(value);
        if copy == value {
            return value;
        }
        field_ptr(copy, 1).write(mesh_string_copy(*field_ptr(value, 1)));
        field_ptr(copy, 2).write(copy_string_list(*field_ptr(value, 2)));
        copy
    }
}

/// As a generated helper copies `Option<String>` (tag 0 `Some`).
extern "C" fn copy_option_string(value: i64) -> i64 {
    unsafe {
        let copy = mesh_object_copy(value);
        if copy == value {
            return value;
        }
        if *field_ptr(value, 0) == 0 {
            field_ptr(copy, 1).write(mesh_string_copy(*field_ptr(value, 1)));
        }
        copy
    }
}

static TRIPLE_INFO: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: same,
    cmp: None,
    hash: None,
    to_string: None,
    name: c"(Int, String, List<String>)".as_ptr().cast(),
    copy: copy_triple,
};

static OPTION_STRING_INFO: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: same,
    cmp: None,
    hash: None,
    to_string: None,
    name: c"Option<String>".as_ptr().cast(),
    copy: copy_option_string,
};

extern "C" fn copy_map(value: i64) -> i64 {
    unsafe { copy::mesh_map_copy(value) }
}
extern "C" fn copy_set(value: i64) -> i64 {
    unsafe { copy::mesh_set_copy(value) }
}
extern "C" fn copy_queue(value: i64) -> i64 {
    unsafe { copy::mesh_queue_copy(value) }
}
extern "C" fn copy_json(value: i64) -> i64 {
    unsafe { copy::mesh_json_copy(value) }
}
extern "C" fn copy_function(value: i64) -> i64 {
    unsafe { mesh_value_copy(value) }
}

macro_rules! runtime_info {
    ($name:ident, $copy:ident, $text:literal) => {
        static $name: TypeInfo = TypeInfo {
            is_pointer: 1,
            eq: same,
            cmp: None,
            hash: None,
            to_string: None,
            name: $text.as_ptr().cast(),
            copy: $copy,
        };
    };
}
runtime_info!(MAP_INFO, copy_map, c"Map<String, List<String>>");
runtime_info!(SET_INFO, copy_set, c"Set<String>");
runtime_info!(QUEUE_INFO, copy_queue, c"Queue<String>");
runtime_info!(JSON_INFO, copy_json, c"Json");
runtime_info!(FUNCTION_INFO, copy_function, c"fn() -> String");

/// Code of the test closure (never called).
extern "C" fn closure_code(_closure: i64) -> i64 {
    0
}

/// Builds every kind of value in the current heap: `(value, info)`.
fn build_values() -> Vec<(i64, &'static TypeInfo)> {
    let string = s("héllo, world");
    let names = list_of_strings(&["ada", "grace", "barbara"]);
    let big_ints = list_of(&[1, -7, 1 << 40, 0x7fff_ffff_ffff_fff0]);
    let triple = {
        let t = mesh_rt::object::new_object(HEADER_SIZE + 24, tuple_desc()) as i64;
        unsafe {
            field_ptr(t, 0).write(42);
            field_ptr(t, 1).write(s("in a tuple"));
            field_ptr(t, 2).write(list_of_strings(&["x", "y"]));
        }
        t
    };
    let some = sum::some(s("payload"));
    let none = sum::none();
    let map = unsafe {
        let mut m = mesh_map_new(
            typeinfo::word(&mesh_typeinfo_string),
            typeinfo::word(&STRING_LIST_INFO),
        );
        for (key, items) in [("one", vec!["a"]), ("two", vec!["b", "c"]), ("three", vec![])] {
            m = mesh_map_put(m, s(key), list_of_strings(&items));
        }
        m
    };
    let set = unsafe {
        let mut x = mesh_set_new(typeinfo::word(&mesh_typeinfo_string));
        for item in ["red", "green", "blue"] {
            x = mesh_set_add(x, s(item));
        }
        x
    };
    let queue = unsafe {
        let q = mesh_queue_new(typeinfo::word(&mesh_typeinfo_string));
        let q = mesh_queue_push(q, s("first"));
        mesh_queue_push(q, s("second"))
    };
    let json = unsafe {
        let parsed = mesh_json_parse(s(r#"{"a":[1,2.5,"x",null,true],"b":{"c":"d"}}"#));
        sum::option_payload(parsed).unwrap_or(parsed)
    };
    let closure = mesh_rt::closure::new(
        closure_code as *const (),
        &[s("captured"), 12345, list_of_strings(&["p", "q"])],
    );
    let range = mesh_range_new(3, 9);
    vec![
        (string, &mesh_typeinfo_string),
        (mesh_rt::string::EMPTY_STRING.value(), &mesh_typeinfo_string),
        (names, &STRING_LIST_INFO),
        (big_ints, &BIG_INT_LIST_INFO),
        (triple, &TRIPLE_INFO),
        (some, &OPTION_STRING_INFO),
        (none, &OPTION_STRING_INFO),
        (map, &MAP_INFO),
        (set, &SET_INFO),
        (queue, &QUEUE_INFO),
        (json, &JSON_INFO),
        (closure, &FUNCTION_INFO),
        (range, &FUNCTION_INFO),
        (77, &mesh_typeinfo_int),
    ]
}

extern "C" fn copy_int_list(list: i64) -> i64 {
    unsafe { mesh_list_copy(list, typeinfo::word(&mesh_typeinfo_int)) }
}

static BIG_INT_LIST_INFO: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: same,
    cmp: None,
    hash: None,
    to_string: None,
    name: c"List<Int>".as_ptr().cast(),
    copy: copy_int_list,
};

fn tuple_desc() -> &'static mesh_rt::object::TypeDesc {
    static DESC: mesh_rt::object::TypeDesc = mesh_rt::object::TypeDesc {
        kind: mesh_rt::object::KIND_TUPLE,
        n_fields: 3,
        ptr_mask: 0b110,
        name: c"(Int, String, List<String>)".as_ptr().cast(),
    };
    &DESC
}

/// Fails when an object reachable from `value` (through descriptors and
/// list elements) belongs to `old`; descends into objects of `new`.
fn assert_only_in(value: i64, old: &Heap, new: &Heap, path: &str) {
    assert!(!old.owns_object(value as usize), "{path} points into the first heap");
    if !new.owns_object(value as usize) {
        return;
    }
    unsafe {
        let desc = &*header(value).desc;
        match desc.kind {
            KIND_STRING => {}
            KIND_LIST => {
                for (i, &element) in list::elements(value).iter().enumerate() {
                    assert_only_in(element, old, new, &format!("{path}[{i}]"));
                }
            }
            _ => {
                for i in 0..desc.n_fields as usize {
                    assert_only_in(*field_ptr(value, i), old, new, &format!("{path}.{i}"));
                }
            }
        }
    }
}

fn copy_all(values: &[(i64, &'static TypeInfo)], old: &Heap, new: &mut Heap) -> Vec<i64> {
    values
        .iter()
        .map(|&(value, info)| copy::copy_into(value, info, Some(old), new))
        .collect()
}

#[test]
fn values_of_every_kind_survive_their_first_heap() {
    let mut old = Heap::with_min_threshold(NEVER);
    let mut new = Heap::with_min_threshold(NEVER);
    let values = heap::run_in_heap(&mut old, build_values);
    let copies = copy_all(&values, &old, &mut new);
    for (i, &copy) in copies.iter().enumerate() {
        assert_only_in(copy, &old, &new, &format!("value {i}"));
    }
    // Heap values were rebuilt, static ones and scalars kept.
    assert_ne!(copies[0], values[0].0);
    assert_eq!(copies[1], values[1].0, "a static string is shared");
    assert_eq!(copies[6], values[6].0, "a static None is shared");
    assert_eq!(copies[13], 77);
    drop(old);

    heap::run_in_heap(&mut new, || unsafe {
        assert_eq!(text(copies[0]), "héllo, world");
        assert_eq!(text(copies[1]), "");
        assert_eq!(texts(copies[2]), ["ada", "grace", "barbara"]);
        assert_eq!(words(copies[3]), [1, -7, 1 << 40, 0x7fff_ffff_ffff_fff0]);
        let triple = copies[4];
        assert_eq!(*field_ptr(triple, 0), 42);
        assert_eq!(text(*field_ptr(triple, 1)), "in a tuple");
        assert_eq!(texts(*field_ptr(triple, 2)), ["x", "y"]);
        assert_eq!(option(copies[5]).map(text), Some("payload".to_string()));
        assert_eq!(option(copies[6]), None);

        let map = copies[7];
        assert_eq!(mesh_map_size(map), 3);
        assert_eq!(texts(mesh_map_get(map, s("one"))), ["a"]);
        assert_eq!(texts(mesh_map_get(map, s("two"))), ["b", "c"]);
        assert!(texts(mesh_map_get(map, s("three"))).is_empty());
        let keys: Vec<String> = (0..3).map(|i| text(mesh_rt::map::mesh_map_key_at(map, i))).collect();
        assert_eq!(keys, ["one", "two", "three"], "insertion order is kept");

        let set = copies[8];
        assert_eq!(mesh_set_size(set), 3);
        for item in ["red", "green", "blue"] {
            assert_eq!(mesh_set_contains(set, s(item)), 1, "{item}");
        }
        assert_eq!(mesh_set_contains(set, s("mauve")), 0);

        assert_eq!(text(mesh_queue_to_string(copies[9])), "Queue[first, second]");
        assert_eq!(
            text(mesh_json_to_string(copies[10])),
            r#"{"a":[1,2.5,"x",null,true],"b":{"c":"d"}}"#
        );

        let closure = copies[11];
        assert_eq!(*field_ptr(closure, 0), closure_code as *const () as i64);
        assert_eq!(text(*field_ptr(closure, 1)), "captured");
        assert_eq!(*field_ptr(closure, 2), 12345, "a scalar capture is kept as it is");
        assert_eq!(texts(*field_ptr(closure, 3)), ["p", "q"]);

        assert_eq!((mesh_range_start(copies[12]), mesh_range_end(copies[12])), (3, 9));
    });
}

#[test]
fn copies_are_traced_by_the_collector_of_their_new_heap() {
    let mut old = Heap::with_min_threshold(NEVER);
    let mut new = Heap::with_min_threshold(NEVER);
    let values = heap::run_in_heap(&mut old, build_values);
    let copies = copy_all(&values, &old, &mut new);
    drop(old);
    // Every copy is rooted by `copies` (interior pointers, as in the
    // collector's own tests); everything they reach must survive.
    let interior: Vec<i64> = copies.iter().map(|c| c + 8).collect();
    let start = interior.as_ptr() as usize;
    let roots = start..start + std::mem::size_of_val(interior.as_slice());
    unsafe { new.collect_with_roots(std::slice::from_ref(&roots)) };
    heap::run_in_heap(&mut new, || unsafe {
        assert_eq!(texts(copies[2]), ["ada", "grace", "barbara"]);
        assert_eq!(texts(mesh_map_get(copies[7], s("two"))), ["b", "c"]);
        assert_eq!(
            text(mesh_json_to_string(copies[10])),
            r#"{"a":[1,2.5,"x",null,true],"b":{"c":"d"}}"#
        );
        assert_eq!(texts(*field_ptr(copies[11], 3)), ["p", "q"]);
    });
    drop(interior);
}

#[test]
fn copying_into_the_current_heap_reads_the_source_heap() {
    let mut old = Heap::with_min_threshold(NEVER);
    let mut new = Heap::with_min_threshold(NEVER);
    let names = heap::run_in_heap(&mut old, || list_of_strings(&["kept", "apart"]));
    let copy = heap::run_in_heap(&mut new, || {
        let copy = copy::copy_here(names, &STRING_LIST_INFO, Some(&old));
        assert!(heap::owns_object(copy));
        copy
    });
    assert!(new.owns_object(copy as usize));
    drop(old);
    heap::run_in_heap(&mut new, || assert_eq!(texts(copy), ["kept", "apart"]));
}
