# Checks: E0001: a self-call outside tail position has type () (language.md
# §3.8.1), whatever the actor's body gives.
actor counter(n :: Int) do
  let before :: Int = counter(n + 1)
  before + n
end

fn main() do
  spawn(counter, 1)
end
