# Checks: String.length counts Unicode scalar values, byte_size counts UTF-8 bytes; Unicode case mapping and slicing.
fn main() do
  println("${String.length("café")}")
  println("${String.byte_size("café")}")
  println("${String.length("日本語")}")
  println("${String.byte_size("日本語")}")
  println("${String.length("😀")}")
  println("${String.byte_size("😀")}")
  println("${String.length("")}")
  println("${String.byte_size("")}")
  println(String.to_upper("café"))
  println(String.to_lower("ÀÉÎ"))
  println(String.slice("café au lait", 2, 4))
  println(String.slice("日本語", 1, 3))
  println("${String.contains("naïve", "ï")}")
  println(String.replace("día", "í", "i"))
  println("${String.length("café" <> "日本")}")
end
