# Checks: E0001: `==` needs both operands of one type (language.md §4.4.2);
# `Pid<Int>` and `Pid<String>` are different types. Through the untyped
# `Pid`, which unifies with both (§6.7), any two pids compare.
actor ints() do
  receive do
    k -> println("${k + 1}")
  end
end

actor texts() do
  receive do
    t -> println("got " <> t)
  end
end

fn main() do
  let a = spawn(ints)
  let b = spawn(texts)
  let untyped :: Pid = b
  println("${a == untyped}")
  println("${a == b}")
end
