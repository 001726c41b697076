# Checks: a handler that panics crashes the service; the waiting caller
# panics with `service call failed: <Svc>.<fn>: <reason>` instead of
# hanging (language.md §3.9.4).
service Calc do
  fn init() -> Int do
    100
  end

  call Divide(d :: Int) :: Int do |n|
    (n, n / d)
  end
end

fn main() do
  let c = Calc.start()
  println("${Calc.divide(c, 4)}")
  println("${Calc.divide(c, 0)}")
  println("not reached")
end
