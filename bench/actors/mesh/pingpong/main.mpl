# Ping-pong: two actors exchange K round trips (the pinger sends its pid,
# the ponger answers with an Int). K is the first command-line argument
# (default 1000000). The pinger prints "pingpong done" at the end.

actor ponger() do
  receive do
    from -> send(from, 1)
  end
  ponger()
end

actor pinger(partner :: Pid<Pid<Int>>, left :: Int) do
  if left == 0 do
    println("pingpong done")
  else
    send(partner, self())
    receive do
      n -> n + 1
    end
    pinger(partner, left - 1)
  end
end

fn arg_int(index :: Int, default_val :: Int) -> Int do
  let args = Env.args()
  if List.length(args) > index do
    case String.to_int(List.get(args, index)) do
      Some(n) -> n
      None -> default_val
    end
  else
    default_val
  end
end

fn main() do
  let k = arg_int(1, 1000000)
  let partner = spawn(ponger)
  spawn(pinger, partner, k)
end
