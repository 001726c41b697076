# Naive recursive fib(35): call overhead and integer arithmetic.
# Mesh side: a plain doubly recursive function (not a tail call).
# N comes from the first command-line argument (default 35), so fib(35) is
# not constant-folded.

fn fib(n :: Int) -> Int do
  if n < 2 do
    n
  else
    fib(n - 1) + fib(n - 2)
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
  let n = arg_int(1, 35)
  println("${fib(n)}")
end
