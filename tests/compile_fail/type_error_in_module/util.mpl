# Module Util: contains a type error in an annotated let.
pub fn label(n :: Int) -> String do
  let count :: Int = "many"
  "label ${n} ${count}"
end
