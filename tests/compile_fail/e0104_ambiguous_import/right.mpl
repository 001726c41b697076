# Module Right: also exports `label`.
pub fn label() -> String = "right"
