# Module Containers.Box: a generic struct deriving Display and generic functions over it.
pub struct Box<T> do
  value :: T
  label :: String
end deriving(Display)

pub fn wrap<T>(v :: T) -> Box<T> = Box { value: v, label: "wrapped" }

pub fn map_box<A, B>(b :: Box<A>, f :: Fun(A) -> B) -> Box<B> do
  Box { value: f(b.value), label: b.label <> "+" }
end
