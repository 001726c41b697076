# Checks: String.from and to_string of Int/Float/Bool/String; String.to_int / to_float results printed as Options.
fn main() do
  println(String.from(42))
  println(String.from(-7))
  println(String.from(2.0))
  println(String.from(0.25))
  println(String.from(true))
  println(String.from("same"))
  println(to_string(123) <> to_string(false))
  println("${String.to_int("12")}")
  println("${String.to_int("x12")}")
  println("${String.to_int("  -3  ")}")
  println("${String.to_float("2.5")}")
  println("${String.to_float("nope")}")
  println("${String.to_float("4")}")
  println("n=" <> String.from(String.length("four")))
end
