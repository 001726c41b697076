# Service-call throughput: main makes K synchronous calls to a counter
# service (each call a request and a reply), then prints the final count.
# K is the first command-line argument (default 1000000).

service Counter do
  fn init(start :: Int) -> Int do
    start
  end

  call Add(n :: Int) :: Int do |count|
    (count + n, count + n)
  end
end

fn call_many(counter, left :: Int, last :: Int) -> Int do
  if left == 0 do
    last
  else
    call_many(counter, left - 1, Counter.add(counter, 1))
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
  let counter = Counter.start(0)
  println("count ${call_many(counter, k, 0)}")
end
