# Checks: E0017: receive is only valid inside an actor body.
fn wait() -> Int do
  receive do
    n -> n
  end
end

fn main() do
  println("${wait()}")
end
