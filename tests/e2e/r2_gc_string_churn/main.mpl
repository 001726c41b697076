# Checks: a 10-million-iteration tail-recursive loop that builds and discards strings (several gigabytes allocated in total, little kept alive) completes, and values created before the loop stay intact.
fn churn(i :: Int, n :: Int, acc :: Int) -> Int do
  if i >= n do
    acc
  else
    let s = "record-number-" <> String.from(i)
    let t = s <> ":" <> s <> ":" <> s
    churn(i + 1, n, acc + String.length(t))
  end
end

fn main() do
  let kept = "kept-" <> String.from(12345)
  let kept_list = [kept, "second", String.from(678)]
  let total = churn(0, 10000000, 0)
  println("${total}")
  println(kept)
  println("${kept_list}")
end
