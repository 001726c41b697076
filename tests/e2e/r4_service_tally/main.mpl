# Checks: the Tally service of language.md §3.9.1: init runs with start's
# argument, calls reply `(new_state, reply)` (annotated and inferred reply
# types), a cast replaces the state, requests of one caller run in order.
struct TallyState do
  counts :: Map<String, Int>
  limit :: Int
end

service Tally do
  fn init(limit :: Int) -> TallyState do
    TallyState { counts: Map.new(), limit: limit }
  end

  call Bump(key :: String) :: Bool do |st|
    let n = Map.get(st.counts, key) + 1
    let next = %{st | counts: Map.put(st.counts, key, n)}
    (next, n <= st.limit)
  end

  call Total(key :: String) do |st|
    (st, Map.get(st.counts, key))
  end

  cast ResetAll() do |st|
    %{st | counts: Map.new()}
  end
end

fn main() do
  let t = Tally.start(2)
  println("${Tally.bump(t, "a")}")
  println("${Tally.bump(t, "a")}")
  println("${Tally.bump(t, "a")}")
  println("${Tally.bump(t, "b")}")
  println("${Tally.total(t, "a")} ${Tally.total(t, "b")}")
  Tally.reset_all(t)
  println("${Tally.total(t, "a")}")
  println("${Tally.bump(t, "a")}")
end
