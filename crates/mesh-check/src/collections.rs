//! Literals of the runtime's collection types, desugared into calls of the
//! standard library (language.md §4.10, §4.4.6): `%{k => v, ...}` is
//! `Map.put(... Map.put(Map.new(), k1, v1) ..., kn, vn)` (keys and values
//! evaluated left to right), keyword arguments are such a map with
//! `String` keys, and `a..b` outside a `for` is `Range.new(a, b)`.

use crate::call::ArgSrc;
use crate::checker::Checker;
use crate::hir;
use crate::locals::FnCtx;
use mesh_syntax::{ast, Span};

impl Checker<'_> {
    /// `%{k => v, ...}`
    pub fn check_map_literal(
        &mut self,
        ctx: &mut FnCtx,
        entries: &[(ast::Expr, ast::Expr)],
        span: Span,
    ) -> hir::Expr {
        let entries = entries
            .iter()
            .map(|(k, v)| (ArgSrc::Ast(k), ArgSrc::Ast(v)))
            .collect();
        self.build_map(ctx, entries, span)
    }

    /// A map of `entries`, built by `Map.new` and `Map.put`.
    pub fn build_map(&mut self, ctx: &mut FnCtx, entries: Vec<(ArgSrc, ArgSrc)>, span: Span) -> hir::Expr {
        let (Some(new), Some(put)) = (self.stdlib_value("Map", "new"), self.stdlib_value("Map", "put"))
        else {
            self.unsupported("maps without the standard library's `Map.new` and `Map.put` are", span);
            for (k, v) in entries {
                self.skip_args(ctx, vec![k, v]);
            }
            return self.error_expr(span);
        };
        let mut acc = self.call_known(ctx, new, Vec::new(), span);
        for (k, v) in entries {
            acc = self.call_known(ctx, put, vec![ArgSrc::Checked(acc), k, v], span);
        }
        acc
    }

    /// `a..b` as a `Range` value.
    pub fn range_value(&mut self, ctx: &mut FnCtx, lhs: &ast::Expr, rhs: &ast::Expr, span: Span) -> hir::Expr {
        let Some(new) = self.stdlib_value("Range", "new") else {
            self.unsupported("ranges without the standard library's `Range.new` are", span);
            self.skip_args(ctx, vec![ArgSrc::Ast(lhs), ArgSrc::Ast(rhs)]);
            return self.error_expr(span);
        };
        self.call_known(ctx, new, vec![ArgSrc::Ast(lhs), ArgSrc::Ast(rhs)], span)
    }
}
