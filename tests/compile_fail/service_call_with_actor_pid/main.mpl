# Checks: E0001: a service function takes `Pid<()>` (language.md §3.9.3);
# the pid of an actor receiving Strings is not one.
actor echo() do
  receive do
    text -> println(text)
  end
end

service Counter do
  fn init() -> Int do
    0
  end

  call Get() :: Int do |n|
    (n, n)
  end
end

fn main() do
  let e = spawn(echo)
  println("${Counter.get(e)}")
end
