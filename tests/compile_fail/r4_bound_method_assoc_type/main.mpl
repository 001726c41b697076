# Calling, on a type parameter, a method whose signature names an associated type (`Self.Item`): the result is the associated type of each caller's impl (a use at another type is E0001), and a type without the impl is E0006.
interface Container do
  type Item
  fn first(self) -> Self.Item
end

struct Names do
  all :: List<String>
end

impl Container for Names do
  type Item = String
  fn first(self) -> String do
    List.head(self.all)
  end
end

struct Plain do
  n :: Int
end

fn head_of<T>(c :: T) where T: Container do
  c.first()
end

fn main() do
  let n :: Int = head_of(Names { all: ["ann"] })
  println("${n}")
  println("${head_of(Plain { n: 1 })}")
end
