# Module Helpers: contains a syntax error.
pub fn helper() -> String do
  let s = "a" <> <> "b"
  s
end
