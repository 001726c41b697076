# Calling a method of an interface with associated types on a value of unknown type is not supported yet.
interface Container do
  type Item
  fn first(self) -> Self.Item
end

fn head_of<T>(c :: T) where T: Container do
  c.first()
end

fn main() do
  println("x")
end
