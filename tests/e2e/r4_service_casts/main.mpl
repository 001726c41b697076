# Checks: casts return at once and are handled in order before a later
# call from the same caller; casts from another service's handler reach
# their target (language.md §3.9.4).
service Store do
  fn init() -> List<String> do
    []
  end

  cast Put(entry) do |entries|
    List.append(entries, entry)
  end

  call All() do |entries|
    (entries, entries)
  end
end

service Front do
  fn init(store :: Pid) -> Pid do
    store
  end

  call Forward(text :: String) :: Bool do |store|
    Store.put(store, "via front: ${text}")
    (store, true)
  end
end

fn main() do
  let s = Store.start()
  Store.put(s, "one")
  Store.put(s, "two")
  let f = Front.start(s)
  println("${Front.forward(f, "three")}")
  Store.put(s, "four")
  for e in Store.all(s) do
    println(e)
  end
end
