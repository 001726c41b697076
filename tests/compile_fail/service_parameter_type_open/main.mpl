# Checks: E0110: an unannotated handler parameter whose type the handler
# leaves open (here only interpolated) needs an annotation, since requests
# travel with their exact type.
service Greeter do
  fn init() -> Int do
    0
  end

  call Greet(who) do |n|
    (n + 1, "hello ${who}")
  end
end

fn main() do
  let g = Greeter.start()
  println(Greeter.greet(g, "you"))
end
