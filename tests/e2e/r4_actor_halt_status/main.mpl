# Process.halt ends the program with the status at once; its result type
# is whatever the context needs (stdlib §16).
fn pick(n :: Int) -> String do
  case n do
    1 -> "one"
    _ -> Process.halt(3)
  end
end

fn main() do
  println(pick(1))
  println(pick(2))
  println("not reached")
end
