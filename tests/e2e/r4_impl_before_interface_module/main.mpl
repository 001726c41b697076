# Checks: an impl in a module checked before the module of its interface (Iface imports Shapes), whose signature names a type of a third module; a bound in Iface dispatches to it.
from Iface import show_all, sample
from Shapes import Circle

fn main() do
  println(show_all([Circle { r: 1 }, sample()]))
  println(sample().tag().text)
end
