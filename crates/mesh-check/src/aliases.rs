//! Type aliases (language.md §3.5): transparent, possibly generic, exported
//! when `pub`. An alias is expanded at each use in its own module's scope;
//! a cycle is reported once at the alias (E0101) and expands to an error
//! type.

use crate::checker::Checker;
use crate::types::Type;
use mesh_syntax::{ast, codes, Diagnostic, Span};

pub struct AliasEntry<'a> {
    /// Declaring module.
    pub module: usize,
    pub def: &'a ast::TypeAliasDef,
    /// Set while the alias's own body is being expanded (cycle detection).
    pub expanding: bool,
}

impl Checker<'_> {
    /// Expands every alias of module `m` once, so that cycles and unknown
    /// names in alias bodies are reported even for unused aliases.
    pub fn check_aliases(&mut self, m: usize) {
        let mine: Vec<usize> = (0..self.aliases.len())
            .filter(|&i| self.aliases[i].module == m)
            .collect();
        for i in mine {
            let span = self.aliases[i].def.name.span;
            let _ = self.expand_alias(i, Vec::new(), span);
        }
    }

    /// The aliased type with `args` for the alias's parameters (fresh
    /// variables when none are written).
    pub fn expand_alias(&mut self, index: usize, args: Vec<Type>, span: Span) -> Type {
        let (module, def) = (self.aliases[index].module, self.aliases[index].def);
        if self.aliases[index].expanding {
            self.diags.push(Diagnostic::error(
                codes::UNKNOWN_TYPE,
                format!("type alias `{}` is cyclic", def.name.text),
                def.name.span,
            ));
            return self.table.error();
        }
        let want = def.generics.len();
        let args = if args.is_empty() {
            (0..want).map(|_| self.table.fresh()).collect()
        } else if args.len() != want {
            self.arg_count_error(&def.name.text, want, args.len(), span);
            return self.table.error();
        } else {
            args
        };
        let generics: Vec<(String, Type)> = def
            .generics
            .iter()
            .map(|g| g.text.clone())
            .zip(args)
            .collect();
        self.aliases[index].expanding = true;
        let ty = self.resolve_type(module, &generics, &def.ty);
        self.aliases[index].expanding = false;
        ty
    }
}
