//! The persistent hashed Map and Set: insertion order after puts, deletes
//! and re-puts, old versions left intact, keys colliding on a constant
//! hash, keys without a hash, thousands of keys while the heap collects,
//! and maps of maps — each checked against a plain Rust model.

mod common;

use common::*;
use mesh_rt::heap::{self, Heap};
use mesh_rt::map::*;
use mesh_rt::number_format::mesh_int_to_string;
use mesh_rt::set::*;
use mesh_rt::string::mesh_string_eq;
use mesh_rt::typeinfo::{self, TypeInfo, *};

fn int() -> i64 {
    typeinfo::word(&mesh_typeinfo_int)
}

extern "C" fn text_eq(a: i64, b: i64) -> i64 {
    unsafe { mesh_string_eq(a, b) }
}
extern "C" fn same_hash(_: i64) -> i64 {
    42
}
extern "C" fn text_itself(a: i64) -> i64 {
    a
}

/// Strings that all hash to 42: every key collides.
static COLLIDING_STRING: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: text_eq,
    cmp: None,
    hash: Some(same_hash),
    to_string: Some(text_itself),
    name: c"String".as_ptr().cast(),
    copy: mesh_rt::typeinfo::copy_word,
};

/// Strings without a hash: the slow path.
static UNHASHED_STRING: TypeInfo = TypeInfo {
    is_pointer: 1,
    eq: text_eq,
    cmp: None,
    hash: None,
    to_string: Some(text_itself),
    name: c"String".as_ptr().cast(),
    copy: mesh_rt::typeinfo::copy_word,
};

/// Integer keys whose hash keeps only 3 bits: many partial collisions,
/// deep tries never reached, and full collisions of different keys.
extern "C" fn coarse_hash(a: i64) -> i64 {
    a & 7
}
static COARSE_INT: TypeInfo = TypeInfo {
    is_pointer: 0,
    eq: mesh_typeinfo_int.eq,
    cmp: None,
    hash: Some(coarse_hash),
    to_string: mesh_typeinfo_int.to_string,
    name: c"Int".as_ptr().cast(),
    copy: mesh_rt::typeinfo::copy_word,
};

/// Checks every observable view of `map` against the ordered model.
unsafe fn assert_matches(map: i64, model: &[(i64, i64)]) {
    assert_eq!(mesh_map_size(map), model.len() as i64);
    let keys: Vec<i64> = model.iter().map(|&(k, _)| k).collect();
    let values: Vec<i64> = model.iter().map(|&(_, v)| v).collect();
    for (position, &(key, value)) in model.iter().enumerate() {
        assert_eq!(
            mesh_map_key_at(map, position as i64),
            key,
            "key at {position}"
        );
        assert_eq!(mesh_map_value_at(map, position as i64), value);
        assert_eq!(mesh_map_get(map, key), value, "get {key}");
    }
    assert_eq!(words(mesh_map_keys(map)), keys);
    assert_eq!(words(mesh_map_values(map)), values);
}

/// A tiny deterministic generator.
fn scatter(i: i64) -> i64 {
    (i.wrapping_mul(2_654_435_761) ^ (i >> 3)) % 100_000
}

/// Random puts, re-puts and deletes on Int keys with `info`, checked
/// against the model after every step (and old versions kept intact).
unsafe fn exercise(info: &'static TypeInfo, steps: i64) {
    let mut map = mesh_map_new(typeinfo::word(info), int());
    let mut model: Vec<(i64, i64)> = Vec::new();
    let mut versions = Vec::new();
    for step in 0..steps {
        let key = scatter(step) % 97;
        if step % 5 == 3 {
            map = mesh_map_delete(map, key);
            model.retain(|&(k, _)| k != key);
        } else {
            map = mesh_map_put(map, key, step);
            match model.iter_mut().find(|(k, _)| *k == key) {
                Some(entry) => entry.1 = step,
                None => model.push((key, step)),
            }
        }
        if step % 50 == 0 {
            versions.push((map, model.clone()));
        }
        assert_matches(map, &model);
        assert_eq!(mesh_map_has_key(map, 1000), 0);
    }
    for (old, old_model) in versions {
        assert_matches(old, &old_model);
    }
}

#[test]
fn order_after_puts_deletes_and_re_puts() {
    unsafe {
        let mut m = mesh_map_new(int(), int());
        for key in [5, 3, 9, 1] {
            m = mesh_map_put(m, key, key * 10);
        }
        let before = m;
        m = mesh_map_put(m, 3, 33);
        m = mesh_map_delete(m, 9);
        m = mesh_map_put(m, 7, 70);
        m = mesh_map_put(m, 9, 90);
        assert_matches(m, &[(5, 50), (3, 33), (1, 10), (7, 70), (9, 90)]);
        assert_matches(before, &[(5, 50), (3, 30), (9, 90), (1, 10)]);
        assert_eq!(
            text(mesh_map_to_string(m)),
            "%{5 => 50, 3 => 33, 1 => 10, 7 => 70, 9 => 90}"
        );
        assert_eq!(mesh_map_delete(m, 12345), m);
        let mut empty = m;
        for key in [5, 3, 1, 7, 9] {
            empty = mesh_map_delete(empty, key);
        }
        assert_matches(empty, &[]);
        assert_matches(mesh_map_put(empty, 4, 40), &[(4, 40)]);
    }
}

#[test]
fn random_updates_match_a_model_for_every_hash_quality() {
    unsafe {
        exercise(&mesh_typeinfo_int, 1500);
        exercise(&COARSE_INT, 1500);
    }
}

#[test]
fn colliding_and_unhashed_keys_compare_by_value() {
    for info in [&COLLIDING_STRING, &UNHASHED_STRING] {
        unsafe {
            let mut m = mesh_map_new(typeinfo::word(info), int());
            for i in 0..60 {
                m = mesh_map_put(m, mesh_int_to_string(i % 40), i);
            }
            assert_eq!(mesh_map_size(m), 40);
            assert_eq!(mesh_map_get(m, s("5")), 45);
            assert_eq!(mesh_map_get(m, s("25")), 25);
            m = mesh_map_delete(m, s("0"));
            m = mesh_map_delete(m, s("1"));
            assert_eq!(mesh_map_size(m), 38);
            assert_eq!(mesh_map_has_key(m, s("0")), 0);
            assert_eq!(text(mesh_map_key_at(m, 0)), "2");
            assert_eq!(mesh_map_value_at(m, 0), 42);
            assert_eq!(texts(mesh_map_keys(m))[37], "39");

            let mut set = mesh_set_new(typeinfo::word(info));
            for i in 0..30 {
                set = mesh_set_add(set, mesh_int_to_string(i % 12));
            }
            set = mesh_set_remove(set, s("3"));
            assert_eq!(mesh_set_size(set), 11);
            assert_eq!(mesh_set_contains(set, s("11")), 1);
            assert_eq!(mesh_set_contains(set, s("3")), 0);
            assert_eq!(text(mesh_set_at(set, 3)), "4");
        }
    }
}

#[test]
fn thousands_of_keys_survive_collections() {
    let mut heap = Heap::with_min_threshold(64 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let mut m = mesh_map_new(typeinfo::word(&mesh_typeinfo_string), int());
        let mut set = mesh_set_new(int());
        for i in 0..5000 {
            m = mesh_map_put(m, mesh_int_to_string(i), i);
            set = mesh_set_add(set, i % 1000);
            if i % 3 == 0 {
                m = mesh_map_delete(m, mesh_int_to_string(i / 2));
            }
        }
        heap::collect();
        let mut expected: Vec<i64> = (0..5000).collect();
        let deleted: std::collections::HashSet<i64> =
            (0..5000).filter(|i| i % 3 == 0).map(|i| i / 2).collect();
        expected.retain(|i| !deleted.contains(i));
        assert_eq!(mesh_map_size(m), expected.len() as i64);
        for (position, &i) in expected.iter().enumerate() {
            assert_eq!(text(mesh_map_key_at(m, position as i64)), i.to_string());
            assert_eq!(mesh_map_get(m, mesh_int_to_string(i)), i);
        }
        assert_eq!(mesh_set_size(set), 1000);
        assert_eq!(words(mesh_set_to_list(set)), (0..1000).collect::<Vec<_>>());
    });
    assert!(heap.stats().collections >= 5, "{:?}", heap.stats());
}

#[test]
fn positions_of_a_large_map_without_deletions() {
    let mut heap = Heap::with_min_threshold(1024 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let mut m = mesh_map_new(int(), int());
        for i in 0..40_000 {
            m = mesh_map_put(m, scatter(i) * 100_000 + i, i);
        }
        m = mesh_map_put(m, scatter(5) * 100_000 + 5, -5);
        assert_eq!(mesh_map_size(m), 40_000);
        for i in 0..40_000 {
            assert_eq!(mesh_map_key_at(m, i), scatter(i) * 100_000 + i);
            let expected = if i == 5 { -5 } else { i };
            assert_eq!(mesh_map_value_at(m, i), expected);
        }
    });
    assert!(heap.stats().collections >= 1, "{:?}", heap.stats());
}

#[test]
fn maps_of_maps() {
    let mut heap = Heap::with_min_threshold(64 * 1024);
    heap::run_in_heap(&mut heap, || unsafe {
        let outer_info = typeinfo::word(&mesh_typeinfo_int);
        let mut outer = mesh_map_new(outer_info, int());
        for row in 0..50 {
            let mut inner = mesh_map_new(int(), int());
            for column in 0..50 {
                inner = mesh_map_put(inner, column, row * 100 + column);
            }
            outer = mesh_map_put(outer, row, inner);
        }
        // Replace one inner map by an updated copy.
        let inner = mesh_map_put(mesh_map_get(outer, 7), 3, -1);
        outer = mesh_map_put(outer, 7, inner);
        heap::collect();
        for row in 0..50 {
            let inner = mesh_map_value_at(outer, row);
            for column in 0..50 {
                let expected = if (row, column) == (7, 3) {
                    -1
                } else {
                    row * 100 + column
                };
                assert_eq!(mesh_map_get(inner, column), expected);
            }
        }
        assert_eq!(mesh_map_key_at(outer, 7), 7);
    });
}
