# Checks: a method whose signature names an associated type (`fn first(self) -> Self.Item`) called on a type parameter bounded by its interface, on an unannotated parameter (an inferred bound) and on a let-bound closure's parameter (language.md §3.1.5, §3.7): the result has the associated type of each caller's impl (String, Int, Float, and a generic impl's parameter), also through another generic function and through `Container.first(c)`.
interface Container do
  type Item
  fn first(self) -> Self.Item
  fn size(self) -> Int
end

struct Names do
  all :: List<String>
end

impl Container for Names do
  type Item = String
  fn first(self) -> String do
    List.head(self.all)
  end
  fn size(self) -> Int do
    List.length(self.all)
  end
end

struct Scores do
  points :: List<Int>
end

impl Container for Scores do
  type Item = Int
  fn first(self) -> Int do
    List.head(self.points)
  end
  fn size(self) -> Int do
    List.length(self.points)
  end
end

struct Stack<T> do
  items :: List<T>
end

impl Container for Stack do
  type Item = T
  fn first(self) -> T do
    List.last(self.items)
  end
  fn size(self) -> Int do
    List.length(self.items)
  end
end

fn head_of<T>(c :: T) where T: Container do
  c.first()
end

fn head_qualified<T>(c :: T) where T: Container do
  Container.first(c)
end

fn describe<T>(c :: T) -> String where T: Container do
  let h = head_of(c)
  "${c.size()} items, first ${h}"
end

fn main() do
  let n = head_of(Names { all: ["ann", "bob"] })
  println("${String.length(n)} ${n}")
  let s = head_of(Scores { points: [40, 2] })
  println("${s + 1}")
  println(describe(Names { all: ["x", "y", "z"] }))
  println(describe(Scores { points: [7] }))
  let top = head_of(Stack { items: [1.5, 2.5] })
  println("${top * 2.0}")
  println(describe(Stack { items: ["p", "q"] }))
  println(second_way(Names { all: ["zed"] }))
  println("${head_qualified(Scores { points: [20] }) * 2}")
  let f = fn c -> c.first() end
  println("${f(Scores { points: [9] }) + 1}")
end

fn second_way(c) = c.first()
