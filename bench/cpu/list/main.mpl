# List workload: build the list of the N = 1,000,000 Ints 0..N-1, then for
# each of R = 20 rounds map it with a closure that captures the round number
# (3x + r), filter the even results and sum them with List.reduce; print the
# total. Mesh lists are immutable arrays, so map and filter each build a new
# list per round and the old ones become garbage. Rounds are a
# self-tail-recursive function. N and R come from the first two
# command-line arguments.

fn round_total(xs :: List<Int>, r :: Int) -> Int do
  let shifted = List.map(xs, fn(x) -> x * 3 + r end)
  let even = List.filter(shifted, fn(x) -> x % 2 == 0 end)
  List.reduce(even, 0, fn(acc, x) -> acc + x end)
end

fn rounds(xs :: List<Int>, r :: Int, count :: Int, total :: Int) -> Int do
  if r >= count do
    total
  else
    rounds(xs, r + 1, count, total + round_total(xs, r))
  end
end

# Command-line argument `index` as an Int, or `default_val` when it is absent
# or not a number.
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
  let n = arg_int(1, 1000000)
  let count = arg_int(2, 20)
  let xs = Range.to_list(0..n)
  println("${List.length(xs)} ${rounds(xs, 0, count, 0)}")
end
