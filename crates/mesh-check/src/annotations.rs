//! Type expressions in annotations (language.md §6.1): built-in names,
//! `Unit` = `()`, generic parameters in scope, the runtime's opaque types
//! (`List`, `Map`, `Set`, `Range`, `Queue`, `Json`, `Iter`, `Pid` and the iterator
//! names, which mean `Iter<_>`), visible structs, sum types and aliases
//! (expanded), bare generic names with fresh arguments; unknown names are
//! E0101, library types without support yet are E0100.

use crate::checker::Checker;
use crate::scope::TypeRef;
use crate::suggest;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic};

/// Library type names (§6.2) this checker does not support yet.
const UNSUPPORTED_TYPES: &[&str] = &[
    "Request",
    "Response",
    "Router",
    "PoolHandle",
    "PgConn",
    "SqliteConn",
    "Query",
    "Changeset",
];

/// Names of `Iter<T>` with the element type inferred (language.md §6.2).
const ITERATOR_NAMES: &[&str] = &["ListIterator", "MapIterator", "SetIterator", "RangeIterator"];

const BUILTIN_NAMES: &[&str] = &[
    "Int", "Float", "Bool", "String", "Atom", "Unit", "List", "Map", "Set", "Range", "Queue",
    "Json", "Iter", "Pid",
];

/// Whether `name` is a built-in type name (`Int`, `List`, `ListIterator`, ...).
pub fn is_builtin_type_name(name: &str) -> bool {
    BUILTIN_NAMES.contains(&name) || ITERATOR_NAMES.contains(&name)
}

impl Checker<'_> {
    /// Resolves `te` in `module`; `generics` maps type-parameter names.
    /// Missing arguments of a generic type become fresh variables.
    pub fn resolve_type(
        &mut self,
        module: usize,
        generics: &[(String, Type)],
        te: &ast::TypeExpr,
    ) -> Type {
        match &te.kind {
            ast::TypeExprKind::Unit => Type::Unit,
            ast::TypeExprKind::Tuple(ts) => Type::Tuple(
                ts.iter()
                    .map(|t| self.resolve_type(module, generics, t))
                    .collect(),
            ),
            ast::TypeExprKind::Fun { params, ret } => Type::Fun(
                params
                    .iter()
                    .map(|t| self.resolve_type(module, generics, t))
                    .collect(),
                Box::new(self.resolve_type(module, generics, ret)),
            ),
            ast::TypeExprKind::Named { path, args } => {
                let resolved_args: Vec<Type> = args
                    .iter()
                    .map(|t| self.resolve_type(module, generics, t))
                    .collect();
                if let [first, assoc] = path.as_slice() {
                    if first.text == "Self" {
                        return self.associated_type(generics, assoc, te.span);
                    }
                }
                let [name] = path.as_slice() else {
                    self.diags.push(Diagnostic::error(
                        codes::UNSUPPORTED,
                        "qualified type names are not supported yet",
                        te.span,
                    ));
                    return self.table.error();
                };
                if let Some((_, t)) = generics.iter().find(|(g, _)| *g == name.text) {
                    if !args.is_empty() {
                        self.arg_count_error(&name.text, 0, args.len(), te.span);
                    }
                    return t.clone();
                }
                let simple = match name.text.as_str() {
                    "Int" => Some(Type::Int),
                    "Float" => Some(Type::Float),
                    "Bool" => Some(Type::Bool),
                    "String" => Some(Type::String),
                    "Atom" => Some(Type::Atom),
                    "Unit" => Some(Type::Unit),
                    _ => None,
                };
                if let Some(t) = simple {
                    if !args.is_empty() {
                        self.arg_count_error(&name.text, 0, args.len(), te.span);
                    }
                    return t;
                }
                if name.text == "List" {
                    return self.apply_args(self.list_type, &name.text, resolved_args, te.span);
                }
                if name.text == "Pid" && args.is_empty() {
                    return self.untyped_pid();
                }
                if let Some(id) = self.builtin_type(&name.text) {
                    return self.apply_args(id, &name.text, resolved_args, te.span);
                }
                if ITERATOR_NAMES.contains(&name.text.as_str()) {
                    if !args.is_empty() {
                        self.arg_count_error(&name.text, 0, args.len(), te.span);
                    }
                    let elem = self.table.fresh();
                    let iter = self.builtin_type("Iter");
                    return iter.map_or_else(|| self.table.error(), |id| Type::Named(id, vec![elem]));
                }
                match self.lookup_type(module, &name.text, name.span) {
                    Ok(Some(TypeRef::Def(id))) => {
                        self.apply_args(id, &name.text, resolved_args, te.span)
                    }
                    Ok(Some(TypeRef::Alias(index))) => {
                        self.expand_alias(index, resolved_args, te.span)
                    }
                    Err(()) => self.table.error(),
                    Ok(None) if UNSUPPORTED_TYPES.contains(&name.text.as_str()) => {
                        self.diags.push(Diagnostic::error(
                            codes::UNSUPPORTED,
                            format!("type `{}` is not supported yet", name.text),
                            name.span,
                        ));
                        self.table.error()
                    }
                    Ok(None) => {
                        let mut candidates: Vec<String> =
                            BUILTIN_NAMES.iter().map(|s| s.to_string()).collect();
                        candidates.extend(generics.iter().map(|(g, _)| g.clone()));
                        candidates.extend(self.visible_type_names(module));
                        let mut d = Diagnostic::error(
                            codes::UNKNOWN_TYPE,
                            format!("unknown type `{}`", name.text),
                            name.span,
                        );
                        if let Some(s) =
                            suggest::closest(&name.text, candidates.iter().map(|s| s.as_str()))
                        {
                            d = d.with_help(format!("did you mean `{}`?", s));
                        }
                        self.diags.push(d);
                        self.table.error()
                    }
                }
            }
        }
    }

    fn apply_args(
        &mut self,
        id: crate::hir::TypeId,
        name: &str,
        args: Vec<Type>,
        span: mesh_syntax::Span,
    ) -> Type {
        let want = self.types[id.0 as usize].params.len();
        if args.is_empty() {
            let fresh = (0..want).map(|_| self.table.fresh()).collect();
            return Type::Named(id, fresh);
        }
        if args.len() != want {
            self.arg_count_error(name, want, args.len(), span);
            return self.table.error();
        }
        Type::Named(id, args)
    }

    pub fn arg_count_error(&mut self, name: &str, want: usize, found: usize, span: mesh_syntax::Span) {
        self.diags.push(Diagnostic::error(
            codes::UNKNOWN_TYPE,
            format!(
                "type `{}` expects {} type argument(s), found {}",
                name, want, found
            ),
            span,
        ));
    }

    fn visible_type_names(&self, module: usize) -> Vec<String> {
        let scope = &self.scopes[module];
        let mut names: Vec<String> = scope
            .types
            .keys()
            .chain(scope.imported_types.keys())
            .cloned()
            .collect();
        if let Some(p) = self.prelude {
            names.extend(self.scopes[p].types.keys().cloned());
        }
        names
    }
}
