# Checks: comparison operators on Int, Float, Bool and String (String ordering is bytewise lexicographic).
fn main() do
  println("${1 < 2} ${2 < 1} ${2 <= 2} ${3 >= 4} ${5 > 4}")
  println("${1 == 1} ${1 != 1} ${-1 == 0 - 1}")
  println("${1.5 < 1.25} ${2.0 == 2.0} ${0.5 != 0.25}")
  println("${"apple" < "banana"}")
  println("${"Zebra" < "apple"}")
  println("${"abc" < "abcd"}")
  println("${"b" > "abc"}")
  println("${"same" == "same"} ${"a" != "b"}")
  println("${"é" > "z"}")
  println("${"abc" <= "abc"} ${"abd" >= "abc"}")
  println("${true == true} ${true != false}")
  let name = "me" <> "sh"
  println("${name == "mesh"}")
end
