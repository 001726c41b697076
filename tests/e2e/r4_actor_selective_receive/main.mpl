# Selective receive (§4.18.3): the first receive only accepts a big number,
# so 1 and 2 stay in the mailbox, in order, for the later receives.
actor sel() do
  receive do
    n when n > 100 -> println("big ${n}")
  end
  receive do
    n -> println("then ${n}")
  end
  receive do
    n -> println("then ${n}")
  end
end

fn main() do
  let p = spawn(sel)
  send(p, 1)
  send(p, 2)
  send(p, 500)
end
