# String building: N = 20,000 times, build a small piece "item <i>;" and
# append it to an accumulator with `<>`, then print the byte length of the
# result. Mesh strings are immutable, so every `<>` allocates a new string and
# copies both sides: the accumulator is copied once per step (quadratic total
# copying, about 2 GB), and the garbage collector reclaims the old versions.
# Mesh side: one self-tail-recursive function. N comes from the first
# command-line argument.

fn build(i :: Int, n :: Int, acc :: String) -> String do
  if i >= n do
    acc
  else
    let piece = "item " <> String.from(i) <> ";"
    build(i + 1, n, acc <> piece)
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
  let n = arg_int(1, 20000)
  let text = build(0, n, "")
  println("${String.byte_size(text)}")
end
