# Checks: E0040 when an impl does not bind an associated type declared by the interface; reported at the impl.
interface Container do
  type Item
  fn size(self) -> Int
end

struct Bag do
  items :: List<Int>
end

impl Container for Bag do
  fn size(self) -> Int do
    List.length(self.items)
  end
end

fn main() do
  let b = Bag { items: [1] }
  println("${b.size()}")
end
