# Checks: deriving(Eq) on a sum type: equal when same variant and equal fields; different variants are unequal even with equal payloads; a generic sum type with derived Eq.
type Shape do
  Circle(Int)
  Square(Int)
  Rect(w :: Int, h :: Int)
  Dot
end deriving(Eq)

type Maybe2<T> do
  Nothing2
  Just2(T)
end deriving(Eq)

fn main() do
  println("${Circle(1) == Circle(1)} ${Circle(1) == Circle(2)} ${Circle(1) == Square(1)}")
  println("${Rect(2, 3) == Rect(2, 3)} ${Rect(2, 3) == Rect(3, 2)} ${Dot == Dot} ${Dot != Circle(0)}")
  let none2 :: Maybe2<Int> = Maybe2.Nothing2
  println("${Just2("a") == Just2("a")} ${Just2(1) == Nothing2} ${none2 == Nothing2} ${Just2(3) != Just2(4)}")
  let xs = [Circle(5), Dot]
  println("${xs == [Circle(5), Dot]} ${xs == [Dot, Circle(5)]}")
end
