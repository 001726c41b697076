from Tags import Tag

pub struct Circle do
  r :: Int
end

impl Describe for Circle do
  fn describe(self) -> String do
    "circle ${self.r}"
  end
  fn tag(self) -> Tag do
    Tag { text: "round" }
  end
end
