# spawn + send + print; main returns while the actor still works (§7.11):
# the actor still receives and prints.
actor greeter(name :: String) do
  receive do
    msg -> println(name <> " got " <> msg)
  end
end

fn main() do
  println("start")
  let p = spawn(greeter, "g")
  send(p, "hello")
end
