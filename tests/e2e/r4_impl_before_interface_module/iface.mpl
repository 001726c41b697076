from Shapes import Circle
from Tags import Tag

pub interface Describe do
  fn describe(self) -> String
  fn tag(self) -> Tag
end

pub fn show_all<T>(xs :: List<T>) -> String where T: Describe do
  String.join(List.map(xs, fn x -> x.describe() <> "/" <> x.tag().text end), ", ")
end

pub fn sample() -> Circle do
  Circle { r: 2 }
end
