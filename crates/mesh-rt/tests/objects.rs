//! Object layout: `mesh_alloc`, descriptors, static objects.

mod common;

use common::*;
use mesh_rt::object::{
    self, mesh_alloc, mesh_desc_list, mesh_desc_string, TypeDesc, KIND_LIST, KIND_STRING,
    KIND_TUPLE, META_STATIC,
};
use mesh_rt::{list, string, sum};

static PAIR_DESC: TypeDesc = TypeDesc {
    kind: KIND_TUPLE,
    n_fields: 2,
    ptr_mask: 0b10,
    name: c"(Int, String)".as_ptr().cast(),
};

#[test]
fn alloc_fills_header_zeroes_fields_and_aligns() {
    for size in [16, 24, 32, 40, 100, 4096] {
        let object = unsafe { mesh_alloc(size, &PAIR_DESC as *const TypeDesc as i64) };
        assert_eq!(object % 16, 0, "size {size}");
        let header = unsafe { object::header(object) };
        assert_eq!(header.desc, &PAIR_DESC as *const TypeDesc);
        assert_eq!(header.meta, 0);
        let bytes = unsafe {
            std::slice::from_raw_parts((object as *const u8).add(16), size as usize - 16)
        };
        assert!(bytes.iter().all(|&b| b == 0), "size {size}");
    }
}

#[test]
fn alloc_fields_are_writable_words() {
    let object = unsafe { mesh_alloc(32, &PAIR_DESC as *const TypeDesc as i64) };
    unsafe {
        object::field_ptr(object, 0).write(7);
        object::field_ptr(object, 1).write(s("x"));
        assert_eq!(*object::field_ptr(object, 0), 7);
        assert_eq!(text(*object::field_ptr(object, 1)), "x");
    }
    let other = unsafe { mesh_alloc(32, &PAIR_DESC as *const TypeDesc as i64) };
    assert_ne!(object, other);
}

#[test]
fn descriptors_describe_their_kinds() {
    assert_eq!(mesh_desc_string.kind, KIND_STRING);
    assert_eq!(mesh_desc_string.name(), "String");
    assert_eq!(mesh_desc_list.kind, KIND_LIST);
    assert_eq!(mesh_desc_list.name(), "List");
    assert_eq!(PAIR_DESC.name(), "(Int, String)");
}

#[test]
fn strings_have_the_abi_layout() {
    let value = s("héllo");
    let header = unsafe { object::header(value) };
    assert_eq!(header.desc, &mesh_desc_string as *const TypeDesc);
    assert_eq!(header.meta & META_STATIC, 0);
    assert_eq!(unsafe { *((value + 16) as *const u64) }, 6);
    assert_eq!(
        unsafe { std::slice::from_raw_parts((value + 24) as *const u8, 6) },
        "héllo".as_bytes()
    );
}

#[test]
fn empty_results_are_static_objects() {
    let empty = s("");
    assert_eq!(
        unsafe { object::header(empty) }.meta & META_STATIC,
        META_STATIC
    );
    assert_eq!(text(empty), "");
    let empty_list = list::empty();
    assert_eq!(
        unsafe { object::header(empty_list) }.desc,
        &mesh_desc_list as *const TypeDesc
    );
    assert_eq!(
        unsafe { object::header(empty_list) }.meta & META_STATIC,
        META_STATIC
    );
    assert!(words(empty_list).is_empty());
    assert_eq!(
        unsafe { object::header(sum::none()) }.meta & META_STATIC,
        META_STATIC
    );
}

#[test]
fn compiler_style_static_literal_is_a_string() {
    #[repr(C, align(16))]
    struct Literal {
        desc: *const TypeDesc,
        meta: u64,
        len: u64,
        bytes: [u8; 2],
    }
    let literal = Literal {
        desc: &mesh_desc_string,
        meta: META_STATIC,
        len: 2,
        bytes: *b"hi",
    };
    let value = &literal as *const Literal as i64;
    assert_eq!(text(value), "hi");
    assert_eq!(
        text(unsafe { string::mesh_string_concat(value, s("!")) }),
        "hi!"
    );
}

#[test]
fn option_objects_have_tag_and_payload() {
    let some = sum::some_scalar(-5);
    assert_eq!(unsafe { *object::field_ptr(some, 0) }, 0);
    assert_eq!(unsafe { *object::field_ptr(some, 1) }, -5);
    assert_eq!(option(some), Some(-5));
    assert_eq!(unsafe { *object::field_ptr(sum::none(), 0) }, 1);
    assert_eq!(option(sum::none()), None);
}
