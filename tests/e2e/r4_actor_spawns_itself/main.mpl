# An actor spawning new instances of itself (a spawn inside the actor's
# own recursive group); each link prints, then starts the next one.
actor chain(n :: Int) do
  receive do
    k -> println("link ${n} got ${k + 0}")
  end
  if n > 0 do
    let next = spawn(chain, n - 1)
    send(next, n)
  end
end

fn main() do
  let c = spawn(chain, 3)
  send(c, 100)
end
