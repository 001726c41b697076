# Checks: E0041 when an impl binds an associated type the interface does not declare; reported at the binding's name.
interface Container do
  fn size(self) -> Int
end

struct Bag do
  items :: List<Int>
end

impl Container for Bag do
  type Extra = Int
  fn size(self) -> Int do
    List.length(self.items)
  end
end

fn main() do
  let b = Bag { items: [1] }
  println("${b.size()}")
end
