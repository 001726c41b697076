//! `Math`, `Int`, `Float` (stdlib.md §5), the ready-made `TypeInfo`s and
//! `compare`, `Env.get` (§12), `File` (§13) and `IO.read_line` (§3) on a
//! closed stdin.

mod common;

use common::*;
use mesh_rt::env::mesh_env_get;
use mesh_rt::file::*;
use mesh_rt::math::*;
use mesh_rt::ordering::mesh_compare;
use mesh_rt::sum;
use mesh_rt::typeinfo::{self, *};

fn bits(x: f64) -> i64 {
    x.to_bits() as i64
}

fn float(word: i64) -> f64 {
    f64::from_bits(word as u64)
}

fn int() -> i64 {
    typeinfo::word(&mesh_typeinfo_int)
}

fn float_info() -> i64 {
    typeinfo::word(&mesh_typeinfo_float)
}

fn string_info() -> i64 {
    typeinfo::word(&mesh_typeinfo_string)
}

/// The tag of an `Ordering` value (Less 0, Equal 1, Greater 2).
fn ordering_tag(value: i64) -> u64 {
    unsafe { *mesh_rt::object::field_ptr(value, 0) as u64 }
}

#[test]
fn math_on_ints_and_floats() {
    unsafe {
        assert_eq!(mesh_math_abs(-5, int()), 5);
        assert_eq!(mesh_math_abs(i64::MIN, int()), i64::MIN);
        assert_eq!(float(mesh_math_abs(bits(-2.5), float_info())), 2.5);
        assert_eq!(mesh_math_min(3, -4, int()), -4);
        assert_eq!(mesh_math_max(3, -4, int()), 3);
        assert_eq!(float(mesh_math_min(bits(1.5), bits(0.5), float_info())), 0.5);
        assert_eq!(float(mesh_math_max(bits(1.5), bits(0.5), float_info())), 1.5);
        assert_eq!(text(mesh_math_max(s("apple"), s("pear"), string_info())), "pear");
    }
    assert_eq!(float(mesh_math_pi()), std::f64::consts::PI);
    assert_eq!(float(mesh_math_pow(bits(2.0), bits(10.0))), 1024.0);
    assert_eq!(float(mesh_math_sqrt(bits(9.0))), 3.0);
    assert!(float(mesh_math_sqrt(bits(-1.0))).is_nan());
    assert_eq!(mesh_math_floor(bits(-2.3)), -3);
    assert_eq!(mesh_math_ceil(bits(-2.7)), -2);
    assert_eq!(mesh_math_round(bits(3.5)), 4);
    assert_eq!(mesh_math_round(bits(-2.5)), -3);
    assert_eq!(mesh_math_round(bits(0.5)), 1);
    assert_eq!(mesh_math_floor(bits(f64::NAN)), 0);
    assert_eq!(mesh_math_ceil(bits(1e300)), i64::MAX);
}

#[test]
fn int_and_float_conversions() {
    assert_eq!(float(mesh_int_to_float(-3)), -3.0);
    assert_eq!(mesh_float_to_int(bits(3.99)), 3);
    assert_eq!(mesh_float_to_int(bits(-2.7)), -2);
    assert_eq!(mesh_float_to_int(bits(f64::NAN)), 0);
    assert_eq!(mesh_float_to_int(bits(-1e300)), i64::MIN);
}

#[test]
fn ready_made_type_infos() {
    let (i, f, b, st, u) = (
        &mesh_typeinfo_int,
        &mesh_typeinfo_float,
        &mesh_typeinfo_bool,
        &mesh_typeinfo_string,
        &mesh_typeinfo_unit,
    );
    assert_eq!([i.name(), f.name(), b.name(), st.name(), u.name()], ["Int", "Float", "Bool", "String", "()"]);
    assert_eq!([i.is_pointer, f.is_pointer, b.is_pointer, st.is_pointer, u.is_pointer], [0, 0, 0, 1, 0]);
    assert!(i.equal(4, 4) && !i.equal(4, 5));
    assert!(f.equal(bits(0.0), bits(-0.0)) && !f.equal(bits(f64::NAN), bits(f64::NAN)));
    assert!(st.equal(s("ab"), s("ab")) && !st.equal(s("ab"), s("b")));
    assert_eq!((i.cmp.unwrap())(1, 2), -1);
    assert_eq!((f.cmp.unwrap())(bits(2.0), bits(1.0)), 1);
    assert_eq!((st.cmp.unwrap())(s("b"), s("a")), 1);
    assert_eq!((st.hash.unwrap())(s("key")), (st.hash.unwrap())(s("key")));
    assert_ne!((i.hash.unwrap())(1), (i.hash.unwrap())(2));
    let float_hash = f.hash.expect("Float is a Hash type (language.md §3.7.3)");
    assert_eq!(float_hash(bits(0.0)), float_hash(bits(-0.0)));
    assert_eq!(float_hash(bits(1.5)), float_hash(bits(1.5)));
    assert_ne!(float_hash(bits(1.5)), float_hash(bits(2.5)));
    assert_eq!(i.display(-7), "-7");
    assert_eq!(f.display(bits(2.0)), "2");
    assert_eq!(b.display(1), "true");
    assert_eq!(st.display(s("x")), "x");
    assert_eq!(u.display(0), "()");
    assert_eq!(i.zero_kind(), Some(ZeroKind::Int));
    assert_eq!(u.zero_kind(), None);
}

#[test]
fn compare_returns_ordering_values() {
    unsafe {
        assert_eq!(ordering_tag(mesh_compare(1, 2, int())), 0);
        assert_eq!(ordering_tag(mesh_compare(2, 2, int())), 1);
        assert_eq!(ordering_tag(mesh_compare(s("b"), s("a"), string_info())), 2);
    }
}

#[test]
fn env_get() {
    std::env::set_var("MESH_RT_TEST_SET", "value");
    std::env::set_var("MESH_RT_TEST_EMPTY", "");
    unsafe {
        assert_eq!(option(mesh_env_get(s("MESH_RT_TEST_SET"))).map(text), Some("value".to_owned()));
        assert_eq!(option(mesh_env_get(s("MESH_RT_TEST_EMPTY"))).map(text), Some(String::new()));
        assert_eq!(option(mesh_env_get(s("MESH_RT_TEST_UNSET_VARIABLE"))), None);
        assert_eq!(option(mesh_env_get(s(""))), None);
        assert_eq!(option(mesh_env_get(s("A=B"))), None);
    }
}

fn result(value: i64) -> Result<i64, String> {
    let (tag, payload) = unsafe { sum::tag_and_payload(value) };
    if tag == sum::TAG_OK {
        Ok(payload)
    } else {
        Err(text(payload))
    }
}

#[test]
fn files() {
    let dir = std::env::temp_dir().join(format!("mesh-rt-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("notes.txt");
    let p = s(path.to_str().unwrap());
    unsafe {
        assert_eq!(mesh_file_exists(p), 0);
        let missing = result(mesh_file_read(p)).unwrap_err();
        assert_eq!(missing, "No such file or directory (os error 2)");
        assert_eq!(result(mesh_file_write(p, s("héllo\n"))), Ok(0));
        assert_eq!(mesh_file_exists(p), 1);
        assert_eq!(result(mesh_file_append(p, s("more"))), Ok(0));
        assert_eq!(result(mesh_file_read(p)).map(text), Ok("héllo\nmore".to_owned()));
        assert_eq!(result(mesh_file_write(p, s("new"))), Ok(0));
        assert_eq!(result(mesh_file_read(p)).map(text), Ok("new".to_owned()));
        assert_eq!(result(mesh_file_delete(p)), Ok(0));
        assert_eq!(mesh_file_exists(p), 0);
        assert!(result(mesh_file_delete(p)).is_err());
        let appended = dir.join("created.txt");
        let a = s(appended.to_str().unwrap());
        assert_eq!(result(mesh_file_append(a, s("x"))), Ok(0));
        assert_eq!(result(mesh_file_read(a)).map(text), Ok("x".to_owned()));
        assert_eq!(mesh_file_exists(s(dir.to_str().unwrap())), 1);
        assert!(result(mesh_file_delete(s(dir.to_str().unwrap()))).is_err(), "not a directory");
        std::fs::write(dir.join("bad.bin"), [0xff, 0xfe]).unwrap();
        assert!(result(mesh_file_read(s(dir.join("bad.bin").to_str().unwrap()))).is_err());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
