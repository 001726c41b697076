pub fn lex(_f: crate::FileId, _t: &str) -> (Vec<(crate::Token, crate::Span)>, Vec<crate::Diagnostic>) { (vec![], vec![]) }
