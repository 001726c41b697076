# Checks: Queue.new/push/peek/pop/size/is_empty: FIFO order; pop returns the front and the remaining queue; queues are immutable values.
fn drain(q :: Queue) -> List<Int> do
  if Queue.is_empty(q) do
    []
  else
    let (front, rest) = Queue.pop(q)
    [front] ++ drain(rest)
  end
end

fn main() do
  let q = Queue.push(Queue.push(Queue.push(Queue.new(), 10), 20), 30)
  println("${Queue.size(q)} ${Queue.peek(q)}")
  let (first, rest) = Queue.pop(q)
  println("${first} ${Queue.size(rest)} ${Queue.peek(rest)}")
  println("${Queue.size(q)}")
  println("${drain(q)}")
  println("${Queue.is_empty(Queue.new())} ${Queue.is_empty(q)}")
  let q2 = Queue.push(rest, 40)
  println("${drain(q2)}")
end
