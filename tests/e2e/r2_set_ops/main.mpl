# Checks: Set.new/add/remove/contains/size/union/intersection/difference/to_list/from_list on Int sets: insertion order, duplicates dropped, Display `#{...}`; sets are immutable.
fn main() do
  let s = Set.add(Set.add(Set.add(Set.new(), 3), 1), 3)
  println("${s} ${Set.size(s)}")
  println("${Set.contains(s, 1)} ${Set.contains(s, 2)}")
  let t = Set.from_list([1, 5, 1, 7])
  println("${Set.to_list(t)}")
  println("${Set.union(s, t)}")
  println("${Set.intersection(s, t)}")
  println("${Set.difference(s, t)} ${Set.difference(t, s)}")
  let r = Set.remove(t, 5)
  println("${r} ${t}")
  println("${Set.remove(r, 42)}")
  let e = Set.remove(Set.from_list([9]), 9)
  println("${Set.size(e)} ${e}")
end
