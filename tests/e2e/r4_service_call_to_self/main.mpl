# Checks: a handler calling its own service panics with `service call
# failed: <Svc>.<fn>: call to self` instead of deadlocking; the service
# dies and its waiting caller panics too (runtime.md §10).
service Selfish do
  fn init() -> Int do
    7
  end

  call Get() :: Int do |n|
    (n, n)
  end

  call Ask() :: Int do |n|
    (n, Selfish.get(Process.whereis("selfish")))
  end
end

fn main() do
  let s = Selfish.start()
  Process.register("selfish", s)
  println("${Selfish.get(s)}")
  println("${Selfish.ask(s)}")
  println("not reached")
end
