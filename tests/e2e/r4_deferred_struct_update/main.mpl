# Checks: a functional update `%{s | f: v}` whose receiver's type is unknown when checked (a let-bound closure's parameter) is decided once the type is known (language.md §3.3, §6.5.5), alongside field accesses on the same receiver, for plain and generic structs.
struct Counter do
  count :: Int
  label :: String
end

struct Boxed<T> do
  item :: T
  tag :: String
end

fn main() do
  let bump = fn c -> %{c | count: c.count + 1} end
  let c = bump(bump(Counter { count: 1, label: "clicks" }))
  println("${c.label} ${c.count}")
  let rename = fn b, t -> %{b | tag: t, item: b.item} end
  let b = rename(Boxed { item: [1, 2], tag: "old" }, "new")
  println("${b.tag} ${b.item}")
  let reset = fn(r) do
    %{r | count: 0, label: "reset"}
  end
  let r = reset(c)
  println("${r.label} ${r.count} ${c.count}")
end
