# Checks: functions without annotations get their (monomorphic) types inferred from their bodies.
fn double(x) = x * 2

fn greet(name) = "Hello, " <> name <> "!"

fn shout(s) = String.to_upper(s) <> "!"

fn is_small(n) = n < 10

fn describe(n) do
  let kind = if is_small(n) do "small" else "large" end
  "${n} is ${kind}"
end

fn avg(a, b) = (a + b) / 2.0

fn count_chars(words, i, acc) do
  if i < List.length(words) do
    count_chars(words, i + 1, acc + String.length(List.get(words, i)))
  else
    acc
  end
end

fn main() do
  println("${double(21)}")
  println(greet("Mesh"))
  println(shout("hey"))
  println(describe(3))
  println(describe(30))
  println("${avg(1.0, 2.0)}")
  println("${count_chars(["ab", "cde", ""], 0, 0)}")
end
