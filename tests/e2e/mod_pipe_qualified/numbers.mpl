# Module Numbers.
pub fn inc(n :: Int) -> Int = n + 1

pub fn scale(n :: Int, factor :: Int) -> Int = n * factor
