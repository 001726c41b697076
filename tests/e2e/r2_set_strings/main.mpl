# Checks: sets of strings compare elements by content: equal strings built at run time are one element; contains works with computed strings.
fn main() do
  let a = "ab"
  let s = Set.from_list(["ab", a, "a" <> "b", "cd"])
  println("${Set.size(s)} ${s}")
  println("${Set.contains(s, "c" <> "d")} ${Set.contains(s, "x")}")
  let words = String.split("the cat the dog the end", " ")
  let uniq = Set.from_list(words)
  println("${Set.to_list(uniq)}")
  let tags = Set.add(Set.add(Set.new(), "x"), "x")
  println("${Set.size(tags)}")
end
