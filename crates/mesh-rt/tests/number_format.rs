//! Display text of Int, Float and Bool (stdlib.md §2.1).

mod common;

use common::*;
use mesh_rt::number_format::{mesh_bool_to_string, mesh_float_to_string, mesh_int_to_string};

fn int(n: i64) -> String {
    text(mesh_int_to_string(n))
}

fn float(x: f64) -> String {
    text(mesh_float_to_string(x.to_bits() as i64))
}

#[test]
fn ints_are_decimal() {
    assert_eq!(int(0), "0");
    assert_eq!(int(42), "42");
    assert_eq!(int(-123), "-123");
    assert_eq!(int(i64::MAX), "9223372036854775807");
    assert_eq!(int(i64::MIN), "-9223372036854775808");
}

#[test]
fn integral_floats_have_no_fractional_part() {
    assert_eq!(float(2.0), "2");
    assert_eq!(float(42.0), "42");
    assert_eq!(float(1024.0), "1024");
    assert_eq!(float(0.0), "0");
    assert_eq!(float(-0.0), "-0");
    assert_eq!(float(-3.0), "-3");
}

#[test]
fn floats_are_shortest_round_trip_without_exponent() {
    assert_eq!(float(0.1 + 0.2), "0.30000000000000004");
    assert_eq!(float(2.75), "2.75");
    assert_eq!(float(-2.5), "-2.5");
    assert_eq!(float(1e21), "1000000000000000000000");
    assert_eq!(float(1e-7), "0.0000001");
    assert_eq!(float(1.5e300).len(), 301);
    assert_eq!(float(f64::MAX).parse::<f64>(), Ok(f64::MAX));
}

#[test]
fn non_finite_floats() {
    assert_eq!(float(f64::NAN), "NaN");
    assert_eq!(float(f64::INFINITY), "inf");
    assert_eq!(float(f64::NEG_INFINITY), "-inf");
}

#[test]
fn bools() {
    assert_eq!(text(mesh_bool_to_string(1)), "true");
    assert_eq!(text(mesh_bool_to_string(0)), "false");
}
