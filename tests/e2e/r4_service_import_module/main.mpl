# Checks: `import Services.Counter` also makes the service's generated
# functions usable (language.md §9 K3), from several functions.
import Services.Counter

fn hit_twice(pid) -> Int do
  Hits.hit(pid, 1)
  Hits.hit(pid, 2)
end

fn main() do
  let h = Hits.start()
  println("${hit_twice(h)}")
  println("${Hits.hit(h, 10)}")
end
