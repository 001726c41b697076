# Module Left: exports `label`.
pub fn label() -> String = "left"
