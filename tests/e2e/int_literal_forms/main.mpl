# Checks: hex, binary, octal and underscored Int literals (any prefix case) print their decimal values; i64::MIN literal.
fn main() do
  println("${0xFF}")
  println("${0Xff}")
  println("${0b1010}")
  println("${0B1111_0000}")
  println("${0o17}")
  println("${0O777}")
  println("${1_000_000}")
  println("${0x7FFF_FFFF_FFFF_FFFF}")
  println("${-9223372036854775808}")
  println("${007}")
  println("${0x10 + 0b10 + 0o10 + 10}")
  println("${-0x10}")
  println("${0b0}")
end
