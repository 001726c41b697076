# Checks: `when` filters on for loops over ranges, lists and maps; filters may call functions and use captured variables; an always-false filter gives [].
fn is_prime(n :: Int) -> Bool do
  if n < 2 do
    false
  else
    List.all(Range.to_list(2..n), fn d -> n % d != 0 end)
  end
end

fn main() do
  let odd_squares = for n in 1..6 when n % 2 == 1 do n * n end
  println("${odd_squares}")
  let primes = for n in 0..30 when is_prime(n) do n end
  println("${primes}")
  let min_len = 4
  let long = for w in ["a", "abcd", "xyz", "hello"] when String.length(w) >= min_len do String.to_upper(w) end
  println("${long}")
  let m = %{"a" => 1, "b" => 20, "c" => 3}
  let small = for {k, v} in m when v < 10 do k end
  println("${small}")
  let none = for n in 0..5 when false do n end
  println("${none}")
end
