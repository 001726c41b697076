# Map workload: insert N = 200,000 Int keys (key(i) = i * 7919 mod 1,000,003,
# all distinct, scattered) with value i, then look every key up and sum the
# values, then test the keys 0..N-1 with Map.has_key (about a fifth are
# present) and count the hits; print size, sum and hit count.
# Mesh side: Map is immutable, so every Map.put returns a new map; the loops
# are self-tail-recursive functions. N comes from the first command-line
# argument.

fn key(i :: Int) -> Int do
  i * 7919 % 1000003
end

fn insert_all(m :: Map<Int, Int>, i :: Int, n :: Int) -> Map<Int, Int> do
  if i >= n do
    m
  else
    insert_all(Map.put(m, key(i), i), i + 1, n)
  end
end

fn sum_values(m :: Map<Int, Int>, i :: Int, n :: Int, total :: Int) -> Int do
  if i >= n do
    total
  else
    sum_values(m, i + 1, n, total + Map.get(m, key(i)))
  end
end

fn count_present(m :: Map<Int, Int>, i :: Int, n :: Int, hits :: Int) -> Int do
  if i >= n do
    hits
  else if Map.has_key(m, i) do
    count_present(m, i + 1, n, hits + 1)
  else
    count_present(m, i + 1, n, hits)
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
  let n = arg_int(1, 200000)
  let m = insert_all(Map.new(), 0, n)
  let total = sum_values(m, 0, n, 0)
  let hits = count_present(m, 0, n, 0)
  println("${Map.size(m)} ${total} ${hits}")
end
