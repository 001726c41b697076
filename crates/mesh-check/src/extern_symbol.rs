//! The runtime symbol of an `extern fn` declaration and the type parameters
//! it lists in brackets (`"mesh_map_new[K,V]"`, hir.rs `ExternFn`): the
//! list is resolved against the declaration's generics into positions, and
//! a name that is not one of them is E0101 at the symbol string.

use mesh_syntax::{ast, codes, Diagnostic};

/// The symbol without its bracketed list, and the positions (in
/// `def.generics`) of the listed type parameters; `Err` when a listed name
/// is not a type parameter of the declaration.
pub fn resolve_extern_symbol(
    def: &ast::ExternFnDef,
) -> Result<(String, Vec<u32>), Box<Diagnostic>> {
    let Some((symbol, list)) = def.symbol.strip_suffix(']').and_then(|s| s.split_once('[')) else {
        return Ok((def.symbol.clone(), Vec::new()));
    };
    let mut positions = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match def.generics.iter().position(|g| g.text == name) {
            Some(i) => positions.push(i as u32),
            None => {
                let declared: Vec<&str> = def.generics.iter().map(|g| g.text.as_str()).collect();
                let message = if declared.is_empty() {
                    format!(
                        "the symbol of `{}` lists the type parameter `{name}`, but `{}` has no type parameters",
                        def.name.text, def.name.text
                    )
                } else {
                    format!(
                        "the symbol of `{}` lists `{name}`, which is not one of its type parameters ({})",
                        def.name.text,
                        declared.join(", ")
                    )
                };
                return Err(Box::new(Diagnostic::error(
                    codes::UNKNOWN_TYPE,
                    message,
                    def.symbol_span,
                )));
            }
        }
    }
    Ok((symbol.trim().to_string(), positions))
}
