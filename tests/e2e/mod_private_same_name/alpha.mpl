# Module Alpha: a private helper named like Beta's.
pub fn alpha_value() -> String = "alpha: " <> helper()

fn helper() -> String = "A-helper"
