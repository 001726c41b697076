# Module Beta: a private helper named like Alpha's, with another signature.
pub fn beta_value() -> String = "beta: ${helper(40)}"

fn helper(n :: Int) -> String = "B-helper ${n + 2}"
