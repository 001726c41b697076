# Module MathUtils: public functions built on a private helper defined below them.
pub fn square(n :: Int) -> Int = multiply(n, n)

pub fn cube(n :: Int) -> Int = multiply(n, square(n))

fn multiply(a :: Int, b :: Int) -> Int = a * b
