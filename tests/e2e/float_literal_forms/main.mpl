# Checks: float literal forms (fraction, exponent with sign, upper-case E, underscores) and their printed values.
fn main() do
  println("${1.5e2}")
  println("${2.5E-1}")
  println("${1e0}")
  println("${5e+2}")
  println("${1_000.5}")
  println("${0.000_1}")
  println("${6.02e23}")
  println("${0.5}")
  println("${12.0}")
end
