//! List objects and the `List` module functions (stdlib.md §6). The
//! panicking cases are checked in `program.rs`, where a crash can end a
//! program.

mod common;

use common::*;
use mesh_rt::list::*;
use mesh_rt::number_format::mesh_int_to_string;

extern "C" fn string_itself(value: i64) -> i64 {
    value
}

#[test]
fn from_array_copies_the_words() {
    let mut source = [1i64, 2, 3];
    let list = unsafe { mesh_list_from_array(source.as_ptr(), 3) };
    source[0] = 99;
    assert_eq!(words(list), [1, 2, 3]);
    assert!(words(unsafe { mesh_list_from_array(std::ptr::null(), 0) }).is_empty());
    assert!(words(unsafe { mesh_list_from_array(source.as_ptr(), 0) }).is_empty());
}

#[test]
fn length_and_is_empty() {
    unsafe {
        assert_eq!(mesh_list_length(list_of(&[])), 0);
        assert_eq!(mesh_list_length(list_of(&[5, 6, 7])), 3);
        assert_eq!(mesh_list_is_empty(list_of(&[])), 1);
        assert_eq!(mesh_list_is_empty(list_of(&[0])), 0);
    }
}

#[test]
fn get_returns_elements_in_range() {
    let list = list_of(&[10, 20, 30]);
    unsafe {
        assert_eq!(mesh_list_get(list, 0), 10);
        assert_eq!(mesh_list_get(list, 1), 20);
        assert_eq!(mesh_list_get(list, 2), 30);
    }
}

#[test]
fn append_builds_a_new_list() {
    let original = list_of(&[1, 2]);
    let longer = unsafe { mesh_list_append(original, 3) };
    assert_eq!(words(longer), [1, 2, 3]);
    assert_eq!(words(original), [1, 2]);
    assert_eq!(words(unsafe { mesh_list_append(list_of(&[]), 7) }), [7]);
}

#[test]
fn head_and_tail() {
    let list = list_of(&[4, 5, 6]);
    unsafe {
        assert_eq!(mesh_list_head(list), 4);
        assert_eq!(words(mesh_list_tail(list)), [5, 6]);
        assert!(words(mesh_list_tail(list_of(&[4]))).is_empty());
    }
    assert_eq!(words(list), [4, 5, 6]);
}

#[test]
fn reverse_copies_backwards() {
    let list = list_of(&[1, 2, 3]);
    assert_eq!(words(unsafe { mesh_list_reverse(list) }), [3, 2, 1]);
    assert_eq!(words(list), [1, 2, 3]);
    assert!(words(unsafe { mesh_list_reverse(list_of(&[])) }).is_empty());
}

#[test]
fn concat_appends_lists() {
    unsafe {
        assert_eq!(
            words(mesh_list_concat(list_of(&[1, 2]), list_of(&[3]))),
            [1, 2, 3]
        );
        assert_eq!(words(mesh_list_concat(list_of(&[]), list_of(&[3]))), [3]);
        assert_eq!(words(mesh_list_concat(list_of(&[1]), list_of(&[]))), [1]);
        assert!(words(mesh_list_concat(list_of(&[]), list_of(&[]))).is_empty());
    }
}

#[test]
fn lists_of_strings_keep_their_elements() {
    let list = list_of_strings(&["hello", "wörld"]);
    let more = unsafe { mesh_list_append(list, s("!")) };
    assert_eq!(texts(more), ["hello", "wörld", "!"]);
    assert_eq!(
        texts(unsafe { mesh_list_reverse(more) }),
        ["!", "wörld", "hello"]
    );
}

#[test]
fn to_string_renders_each_element() {
    let render =
        |list: i64, f: extern "C" fn(i64) -> i64| text(unsafe { mesh_list_to_string(list, f) });
    assert_eq!(
        render(list_of(&[1, -2, 3]), mesh_int_to_string),
        "[1, -2, 3]"
    );
    assert_eq!(render(list_of(&[]), mesh_int_to_string), "[]");
    assert_eq!(render(list_of(&[7]), mesh_int_to_string), "[7]");
    assert_eq!(
        render(list_of_strings(&["hello", "world"]), string_itself),
        "[hello, world]"
    );
    assert_eq!(
        render(list_of_strings(&["a", "b", "c"]), string_itself),
        "[a, b, c]"
    );
}
