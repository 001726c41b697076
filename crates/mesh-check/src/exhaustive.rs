//! Exhaustiveness and redundancy of `case` arms and function clauses
//! (language.md §5.4), by Maranget's usefulness algorithm. `Bool`, `()`,
//! tuples (one constructor, K14), sum types and lists (`[]` and `h :: t`;
//! a list pattern `[a, b]` is `a :: b :: []`) have finite constructor
//! sets; every other type is infinite (literals never cover it). An
//! or-pattern is expanded into one row per alternative; `p as x` is `p`.
//! Guarded arms never cover anything (K20).

use crate::hir::{Pattern, PatternKind, TypeDef, TypeDefKind, TypeId};
use crate::types::Type;

#[derive(Clone, Debug, PartialEq)]
enum Ctor {
    Bool(bool),
    Unit,
    Tuple(usize),
    Variant(TypeId, u32),
    Int(i64),
    Float(u64),
    Str(String),
    /// The empty list.
    Nil,
    /// A non-empty list: head and tail.
    Cons,
}

#[derive(Clone, Debug)]
enum Pat {
    Wild,
    Ctor(Ctor, Vec<Pat>),
    Or(Vec<Pat>),
}

/// The result of analysing one match.
pub struct MatchReport {
    /// Printed patterns that no arm covers (empty when exhaustive).
    pub missing: Vec<String>,
    /// Indices of arms covered by earlier unguarded arms.
    pub redundant: Vec<usize>,
}

/// Analyses arms `(pattern, covers)` over a scrutinee of type `ty`; an arm
/// that does not cover (guarded) can be redundant but never makes others
/// so. Types must already be resolved.
pub fn analyse(ty: &Type, arms: &[(&Pattern, bool)], defs: &[TypeDef]) -> MatchReport {
    let cx = Cx { defs };
    let tys = vec![ty.clone()];
    let mut rows: Vec<Vec<Pat>> = Vec::new();
    let mut redundant = Vec::new();
    for (i, (pat, covers)) in arms.iter().enumerate() {
        let row = vec![lower(pat)];
        if !cx.useful(&rows, &row, &tys) {
            redundant.push(i);
        }
        if *covers {
            rows.push(row);
        }
    }
    let missing = cx
        .missing(&rows, &tys)
        .into_iter()
        .filter_map(|w| w.first().map(|p| cx.show(p)))
        .collect();
    MatchReport { missing, redundant }
}

fn lower(p: &Pattern) -> Pat {
    match &p.kind {
        PatternKind::Wildcard | PatternKind::Bind(_) => Pat::Wild,
        PatternKind::Int(n) => Pat::Ctor(Ctor::Int(*n), vec![]),
        PatternKind::Float(f) => Pat::Ctor(Ctor::Float(f.to_bits()), vec![]),
        PatternKind::Str(s) => Pat::Ctor(Ctor::Str(s.clone()), vec![]),
        PatternKind::Bool(b) => Pat::Ctor(Ctor::Bool(*b), vec![]),
        PatternKind::Unit => Pat::Ctor(Ctor::Unit, vec![]),
        PatternKind::Tuple(ps) => Pat::Ctor(Ctor::Tuple(ps.len()), ps.iter().map(lower).collect()),
        PatternKind::Variant { ty, variant, args } => Pat::Ctor(
            Ctor::Variant(*ty, *variant),
            args.iter().map(lower).collect(),
        ),
        PatternKind::Cons { head, tail } => Pat::Ctor(Ctor::Cons, vec![lower(head), lower(tail)]),
        PatternKind::List(ps) => ps.iter().rev().fold(Pat::Ctor(Ctor::Nil, vec![]), |tail, p| {
            Pat::Ctor(Ctor::Cons, vec![lower(p), tail])
        }),
        PatternKind::Or(ps) => Pat::Or(ps.iter().map(lower).collect()),
        PatternKind::As { pat, .. } => lower(pat),
    }
}

/// The rows with every or-pattern in the first column replaced by one row
/// per alternative.
fn expand_or(rows: &[Vec<Pat>]) -> Vec<Vec<Pat>> {
    let mut out = Vec::new();
    for row in rows {
        match row.split_first() {
            Some((Pat::Or(alts), rest)) => {
                let alt_rows: Vec<Vec<Pat>> = alts
                    .iter()
                    .map(|a| {
                        let mut r = vec![a.clone()];
                        r.extend_from_slice(rest);
                        r
                    })
                    .collect();
                out.extend(expand_or(&alt_rows));
            }
            _ => out.push(row.clone()),
        }
    }
    out
}

fn is_list(defs: &[TypeDef], id: TypeId) -> bool {
    defs.get(id.0 as usize)
        .is_some_and(|d| d.name == "List" && d.module == "Prelude" && matches!(d.kind, TypeDefKind::Builtin))
}

const MAX_WITNESSES: usize = 8;

struct Cx<'a> {
    defs: &'a [TypeDef],
}

impl Cx<'_> {
    /// The complete constructor set of `ty`, or `None` when infinite.
    fn signature(&self, ty: &Type) -> Option<Vec<Ctor>> {
        match ty {
            Type::Bool => Some(vec![Ctor::Bool(true), Ctor::Bool(false)]),
            Type::Unit => Some(vec![Ctor::Unit]),
            Type::Tuple(ts) => Some(vec![Ctor::Tuple(ts.len())]),
            Type::Named(id, _) if is_list(self.defs, *id) => Some(vec![Ctor::Nil, Ctor::Cons]),
            Type::Named(id, _) => match self.defs.get(id.0 as usize).map(|d| &d.kind) {
                Some(TypeDefKind::Sum { variants }) => Some(
                    (0..variants.len() as u32)
                        .map(|i| Ctor::Variant(*id, i))
                        .collect(),
                ),
                _ => None,
            },
            _ => None,
        }
    }

    /// Field types of constructor `c` at type `ty`.
    fn fields(&self, c: &Ctor, ty: &Type) -> Vec<Type> {
        match (c, ty) {
            (Ctor::Tuple(_), Type::Tuple(ts)) => ts.clone(),
            (Ctor::Tuple(n), _) => vec![Type::Unit; *n],
            (Ctor::Cons, Type::Named(_, args)) => {
                let elem = args.first().cloned().unwrap_or(Type::Unit);
                vec![elem, ty.clone()]
            }
            (Ctor::Cons, _) => vec![Type::Unit, Type::Unit],
            (Ctor::Variant(id, v), _) => {
                let Some(def) = self.defs.get(id.0 as usize) else {
                    return vec![];
                };
                let TypeDefKind::Sum { variants } = &def.kind else {
                    return vec![];
                };
                let Some(var) = variants.get(*v as usize) else {
                    return vec![];
                };
                let args: Vec<Type> = match ty {
                    Type::Named(j, args) if j == id => args.clone(),
                    _ => vec![Type::Unit; def.params.len()],
                };
                var.fields
                    .iter()
                    .map(|f| f.substitute(&def.params, &args))
                    .collect()
            }
            _ => vec![],
        }
    }

    fn specialize(&self, rows: &[Vec<Pat>], c: &Ctor, arity: usize) -> Vec<Vec<Pat>> {
        let mut out = Vec::new();
        for row in &expand_or(rows) {
            let Some((head, rest)) = row.split_first() else {
                continue;
            };
            match head {
                Pat::Wild => {
                    let mut r = vec![Pat::Wild; arity];
                    r.extend_from_slice(rest);
                    out.push(r);
                }
                Pat::Ctor(c2, args) if c2 == c => {
                    let mut r: Vec<Pat> = args.iter().take(arity).cloned().collect();
                    r.resize(arity, Pat::Wild);
                    r.extend_from_slice(rest);
                    out.push(r);
                }
                Pat::Ctor(..) | Pat::Or(_) => {}
            }
        }
        out
    }

    fn default_rows(&self, rows: &[Vec<Pat>]) -> Vec<Vec<Pat>> {
        expand_or(rows)
            .iter()
            .filter_map(|row| match row.split_first() {
                Some((Pat::Wild, rest)) => Some(rest.to_vec()),
                _ => None,
            })
            .collect()
    }

    fn heads(&self, rows: &[Vec<Pat>]) -> Vec<Ctor> {
        let mut used = Vec::new();
        for row in &expand_or(rows) {
            if let Some(Pat::Ctor(c, _)) = row.first() {
                if !used.contains(c) {
                    used.push(c.clone());
                }
            }
        }
        used
    }

    /// The complete signature of the first column when every constructor
    /// of it appears in `rows`.
    fn complete(&self, rows: &[Vec<Pat>], ty: &Type) -> Option<Vec<Ctor>> {
        let used = self.heads(rows);
        match self.signature(ty) {
            Some(all) if !used.is_empty() && all.iter().all(|c| used.contains(c)) => Some(all),
            _ => None,
        }
    }

    fn useful(&self, rows: &[Vec<Pat>], v: &[Pat], tys: &[Type]) -> bool {
        let (Some(head), Some(ty)) = (v.first(), tys.first()) else {
            return rows.is_empty();
        };
        match head {
            Pat::Or(alts) => alts.iter().any(|a| {
                let mut nv = vec![a.clone()];
                nv.extend_from_slice(&v[1..]);
                self.useful(rows, &nv, tys)
            }),
            Pat::Ctor(c, args) => {
                let fields = self.fields(c, ty);
                let arity = args.len();
                let mut nv = args.clone();
                nv.extend_from_slice(&v[1..]);
                let mut nt = fields;
                nt.resize(arity, Type::Unit);
                nt.extend_from_slice(&tys[1..]);
                self.useful(&self.specialize(rows, c, arity), &nv, &nt)
            }
            Pat::Wild => match self.complete(rows, ty) {
                Some(all) => all.iter().any(|c| {
                    let fields = self.fields(c, ty);
                    let mut nv = vec![Pat::Wild; fields.len()];
                    nv.extend_from_slice(&v[1..]);
                    let arity = fields.len();
                    let mut nt = fields;
                    nt.extend_from_slice(&tys[1..]);
                    self.useful(&self.specialize(rows, c, arity), &nv, &nt)
                }),
                None => self.useful(&self.default_rows(rows), &v[1..], &tys[1..]),
            },
        }
    }

    /// Value vectors (as patterns) matched by no row.
    fn missing(&self, rows: &[Vec<Pat>], tys: &[Type]) -> Vec<Vec<Pat>> {
        let Some(ty) = tys.first() else {
            return if rows.is_empty() {
                vec![vec![]]
            } else {
                vec![]
            };
        };
        let mut out = Vec::new();
        if let Some(all) = self.complete(rows, ty) {
            for c in all {
                let fields = self.fields(&c, ty);
                let arity = fields.len();
                let mut nt = fields;
                nt.extend_from_slice(&tys[1..]);
                for w in self.missing(&self.specialize(rows, &c, arity), &nt) {
                    let (args, rest) = w.split_at(arity.min(w.len()));
                    let mut row = vec![Pat::Ctor(c.clone(), args.to_vec())];
                    row.extend_from_slice(rest);
                    out.push(row);
                    if out.len() >= MAX_WITNESSES {
                        return out;
                    }
                }
            }
            return out;
        }
        let sub = self.missing(&self.default_rows(rows), &tys[1..]);
        if sub.is_empty() {
            return out;
        }
        let used = self.heads(rows);
        let heads: Vec<Pat> = match self.signature(ty) {
            Some(all) if !used.is_empty() => all
                .into_iter()
                .filter(|c| !used.contains(c))
                .map(|c| {
                    let n = self.fields(&c, ty).len();
                    Pat::Ctor(c, vec![Pat::Wild; n])
                })
                .collect(),
            _ => vec![Pat::Wild],
        };
        for h in heads {
            for w in &sub {
                let mut row = vec![h.clone()];
                row.extend_from_slice(w);
                out.push(row);
                if out.len() >= MAX_WITNESSES {
                    return out;
                }
            }
        }
        out
    }

    fn show(&self, p: &Pat) -> String {
        match p {
            Pat::Wild => "_".into(),
            Pat::Or(alts) => alts
                .iter()
                .map(|a| self.show(a))
                .collect::<Vec<_>>()
                .join(" | "),
            Pat::Ctor(Ctor::Cons, args) if args.len() == 2 => {
                format!("{} :: {}", self.show(&args[0]), self.show(&args[1]))
            }
            Pat::Ctor(c, args) => {
                let list = || {
                    args.iter()
                        .map(|a| self.show(a))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                match c {
                    Ctor::Bool(b) => b.to_string(),
                    Ctor::Unit => "()".into(),
                    Ctor::Tuple(_) => format!("({})", list()),
                    Ctor::Variant(id, v) => {
                        let name = match self.defs.get(id.0 as usize).map(|d| &d.kind) {
                            Some(TypeDefKind::Sum { variants }) => variants
                                .get(*v as usize)
                                .map(|x| x.name.clone())
                                .unwrap_or_default(),
                            _ => String::new(),
                        };
                        if args.is_empty() {
                            name
                        } else {
                            format!("{}({})", name, list())
                        }
                    }
                    Ctor::Int(n) => n.to_string(),
                    Ctor::Float(bits) => f64::from_bits(*bits).to_string(),
                    Ctor::Str(s) => format!("{:?}", s),
                    Ctor::Nil => "[]".into(),
                    Ctor::Cons => "_ :: _".into(),
                }
            }
        }
    }
}
