# Module Util: `secret` is private.
pub fn reveal() -> String = secret()

fn secret() -> String = "s"
