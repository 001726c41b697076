# Checks: Ackermann's function for small arguments, written with else-if and with a case on a tuple.
fn ack(m :: Int, n :: Int) -> Int do
  if m == 0 do
    n + 1
  else if n == 0 do
    ack(m - 1, 1)
  else
    ack(m - 1, ack(m, n - 1))
  end
end

fn ack_case(m, n) do
  case (m, n) do
    (0, _) -> n + 1
    (_, 0) -> ack_case(m - 1, 1)
    _ -> ack_case(m - 1, ack_case(m, n - 1))
  end
end

fn main() do
  println("${ack(0, 0)} ${ack(1, 2)} ${ack(2, 3)} ${ack(3, 3)}")
  println("${ack_case(0, 0)} ${ack_case(1, 2)} ${ack_case(2, 3)} ${ack_case(3, 3)}")
end
