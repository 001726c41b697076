# Module Lib.Helpers: contains a syntax error.
pub fn twice(n :: Int) -> Int do
  n * * 2
end
