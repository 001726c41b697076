# Checks: two independent syntax errors in one file are both reported (parser recovery).
fn first() -> Int do
  let a = * 2
  a
end

fn second() -> Int do
  let = 4
  4
end

fn main() do
  println("${first() + second()}")
end
