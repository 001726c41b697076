# Checks: nested patterns: recursive user variants with nested constructors and or-patterns, tuples in cons patterns with a guard, tuples inside Options inside Results, string literals at depth.
type Expr do
  Num(Int)
  Add(Expr, Expr)
  Mul(Expr, Expr)
  Neg(Expr)
end

fn eval(e :: Expr) -> Int do
  case e do
    Num(n) -> n
    Add(a, b) -> eval(a) + eval(b)
    Mul(Num(0), _) | Mul(_, Num(0)) -> 0
    Mul(a, b) -> eval(a) * eval(b)
    Neg(Neg(inner)) -> eval(inner)
    Neg(x) -> 0 - eval(x)
  end
end

fn lookup(pairs :: List<(String, Int)>, key :: String) -> Option<Int> do
  case pairs do
    [] -> None
    (k, v) :: _ when k == key -> Some(v)
    _ :: rest -> lookup(rest, key)
  end
end

fn classify(r :: Result<Option<(Int, Int)>, String>) -> String do
  case r do
    Ok(Some((0, _))) -> "starts at zero"
    Ok(Some((a, b))) -> "pair ${a + b}"
    Ok(None) -> "nothing"
    Err("fatal") -> "fatal error"
    Err(msg) -> "error " <> msg
  end
end

fn main() do
  println("${eval(Add(Num(2), Mul(Num(3), Num(4))))}")
  println("${eval(Mul(Num(0), Add(Num(1), Num(1))))} ${eval(Neg(Neg(Num(5))))} ${eval(Neg(Num(5)))}")
  let table = [("a", 1), ("b", 2), ("c", 3)]
  println("${lookup(table, "b")} ${lookup(table, "z")}")
  println(classify(Ok(Some((0, 9)))))
  println(classify(Ok(Some((2, 3)))))
  println(classify(Ok(None)))
  println(classify(Err("fatal")))
  println(classify(Err("minor")))
end
