# Checks: a built-in interface (Display) implemented for a generic struct under a where bound (interpolation, to_string, inside a list), and a user interface implemented for Map (parameters K, V).
struct Box<T> do
  item :: T
end

impl Display for Box where T: Display do
  fn to_string(self) -> String do
    "Box(${self.item})"
  end
end

interface Size do
  fn size(self) -> Int
end

impl Size for Map where K: Display do
  fn size(self) -> Int do
    Map.size(self)
  end
end

fn main() do
  let b = Box { item: 3 }
  println("${b} ${Box { item: "s" }}")
  println(b.to_string())
  println("${[b]}")
  let m = Map.put(Map.new(), "a", 1)
  println("${m.size()}")
end
