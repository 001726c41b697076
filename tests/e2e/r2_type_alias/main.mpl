# Checks: type aliases are transparent: simple, generic (Pairs<T>), function-type and Result aliases in annotations, interchangeable with the aliased types.
type Score = Int
type Name = String
type Pairs<T> = List<(T, T)>
type Transform = Fun(Int) -> Int
type Outcome = Result<Int, String>

struct Player do
  name :: Name
  score :: Score
end

fn total(xs :: List<Score>) -> Score = List.reduce(xs, 0, fn acc, x -> acc + x end)

fn sums(ps :: Pairs<Int>) -> List<Int> do
  List.map(ps, fn p -> case p do
    (a, b) -> a + b
  end end)
end

fn apply_all(fs :: List<Transform>, x :: Int) -> List<Int> = List.map(fs, fn f -> f(x) end)

fn check(n :: Int) -> Outcome do
  if n >= 0 do Ok(n) else Err("negative") end
end

fn main() do
  let s :: Score = 10
  let plain :: Int = s + 5
  println("${plain}")
  let p = Player { name: "ada", score: 99 }
  let n :: String = p.name
  println(n <> " ${p.score}")
  println("${total([1, 2, 3])}")
  let ps :: Pairs<Int> = [(1, 2), (3, 4)]
  println("${sums(ps)}")
  let double :: Transform = fn x -> x * 2 end
  println("${apply_all([double, fn x -> x + 1 end], 5)}")
  println("${check(3)} ${check(-1)}")
  let r :: Result<Int, String> = check(7)
  println("${r}")
end
