# Float loop: the Leibniz series for pi, 4 * sum(-1^k / (2k + 1)) over
# N = 50,000,000 terms. Mesh side: one self-tail-recursive function (compiled
# to a loop) carrying the sign, the denominator and the sum as Floats; the
# additions happen in the same order as in the C version, so both print the
# same digits. N comes from the first command-line argument.

fn leibniz(k :: Int, n :: Int, sign :: Float, denom :: Float, acc :: Float) -> Float do
  if k >= n do
    acc
  else
    leibniz(k + 1, n, -sign, denom + 2.0, acc + sign / denom)
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
  let n = arg_int(1, 50000000)
  println("${4.0 * leibniz(0, n, 1.0, 1.0, 0.0)}")
end
