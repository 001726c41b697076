# Checks: E0014: a Pid<Int> only accepts Int messages.
actor counter(n :: Int) do
  receive do
    k -> counter(n + k)
  end
end

fn main() do
  let p = spawn(counter, 0)
  send(p, "five")
end
