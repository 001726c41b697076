//! Test helper: parses a project (user files plus the embedded standard
//! library, each with its own `FileId`) and runs `mesh_check::check`.

#![allow(dead_code)]

use mesh_check::{check, stdlib, CheckOutput, ModuleSource, Origin, ProjectError};
use mesh_syntax::{parse_file, Diagnostic, FileId, SourceFile};

pub struct Checked {
    pub result: Result<CheckOutput, ProjectError>,
    pub files: Vec<SourceFile>,
}

/// Parses `user` (`(path, module name, text)`) and the stdlib, then checks.
/// Panics on a syntax error in a user file (the tests use valid syntax).
pub fn check_project(user: &[(&str, &str, &str)]) -> Checked {
    check_project_with(user, true)
}

/// Like `check_project`; syntax errors are tolerated when `strict` is false.
pub fn check_project_with(user: &[(&str, &str, &str)], strict: bool) -> Checked {
    let mut files = Vec::new();
    let mut modules = Vec::new();
    let all = user
        .iter()
        .map(|(p, m, t)| (*p, *m, *t, Origin::User))
        .chain(
            stdlib::SOURCES
                .iter()
                .map(|(p, m, t)| (*p, *m, *t, Origin::Stdlib)),
        );
    for (i, (path, name, text, origin)) in all.enumerate() {
        let id = FileId(i as u32);
        let (ast, errors) = parse_file(id, text);
        if strict || origin == Origin::Stdlib {
            assert!(errors.is_empty(), "syntax errors in {}: {:?}", path, errors);
        }
        files.push(SourceFile {
            id,
            path: path.to_string(),
            text: text.to_string(),
        });
        modules.push(ModuleSource {
            name: name.to_string(),
            file: id,
            origin,
            ast,
        });
    }
    let result = check(modules, &files);
    Checked { result, files }
}

/// A one-file project (`main.mpl`, module `Main`).
pub fn check_main(text: &str) -> Checked {
    check_project(&[("main.mpl", "Main", text)])
}

impl Checked {
    pub fn output(&self) -> &CheckOutput {
        match &self.result {
            Ok(out) => out,
            Err(e) => panic!("project error: {}", e.0),
        }
    }

    /// `CODE path:line:col message` for every diagnostic.
    pub fn diagnostics(&self) -> Vec<String> {
        self.output()
            .diagnostics
            .iter()
            .map(|d| self.render(d))
            .collect()
    }

    pub fn render(&self, d: &Diagnostic) -> String {
        let file = &self.files[d.primary.span.file.0 as usize];
        let (line, col) = file.line_col(d.primary.span.start);
        format!("{} {}:{}:{} {}", d.code, file.path, line, col, d.message)
    }

    /// The signatures, asserting there was no error.
    pub fn signatures(&self) -> String {
        let out = self.output();
        let errors: Vec<String> = out
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| self.render(d))
            .collect();
        assert!(errors.is_empty(), "unexpected errors: {:#?}", errors);
        assert!(
            out.program.is_some(),
            "no program although there were no errors"
        );
        out.signatures.clone()
    }

    /// The only diagnostic, asserting there is exactly one.
    pub fn single(&self) -> &Diagnostic {
        let out = self.output();
        assert_eq!(
            out.diagnostics.len(),
            1,
            "diagnostics: {:#?}",
            self.diagnostics()
        );
        &out.diagnostics[0]
    }
}

/// Checks the invariants documented at the top of `hir.rs` that a test can
/// observe: type variables only among the enclosing function's
/// `type_params`, type-argument counts matching the callee, locals and
/// constructors in range, `Never` only on `return` (and blocks ending in one).
pub fn assert_hir_invariants(p: &mesh_check::hir::Program) {
    use mesh_check::hir::{Callee, Expr, ExprKind, Pattern, PatternKind, Stmt, TypeDefKind};
    use mesh_check::types::Type;

    fn ty_ok(t: &Type, n: usize) -> bool {
        match t {
            Type::Var(v) => (v.0 as usize) < n,
            Type::Named(_, a) | Type::Tuple(a) => a.iter().all(|t| ty_ok(t, n)),
            Type::Fun(ps, r) => ps.iter().all(|t| ty_ok(t, n)) && ty_ok(r, n),
            _ => true,
        }
    }
    struct V<'p> {
        p: &'p mesh_check::hir::Program,
        n: usize,
        locals: usize,
        f: String,
    }
    impl V<'_> {
        fn pat(&self, pat: &Pattern) {
            assert!(
                ty_ok(&pat.ty, self.n),
                "{}: pattern type {:?}",
                self.f,
                pat.ty
            );
            match &pat.kind {
                PatternKind::Bind(l) => assert!((l.0 as usize) < self.locals, "{}: local", self.f),
                PatternKind::Tuple(ps) | PatternKind::List(ps) | PatternKind::Or(ps) => {
                    ps.iter().for_each(|p| self.pat(p))
                }
                PatternKind::Cons { head, tail } => {
                    self.pat(head);
                    self.pat(tail);
                }
                PatternKind::As { pat, local } => {
                    assert!((local.0 as usize) < self.locals, "{}: local", self.f);
                    self.pat(pat);
                }
                PatternKind::Variant { ty, variant, args } => {
                    self.variant(*ty, *variant, args.len());
                    args.iter().for_each(|p| self.pat(p));
                }
                _ => {}
            }
        }
        fn variant(&self, ty: mesh_check::hir::TypeId, variant: u32, arity: usize) {
            match &self.p.types[ty.0 as usize].kind {
                TypeDefKind::Sum { variants } => {
                    assert_eq!(variants[variant as usize].fields.len(), arity, "{}", self.f)
                }
                k => panic!("{}: variant of {:?}", self.f, k),
            }
        }
        fn expr(&self, e: &Expr) {
            assert!(
                ty_ok(&e.ty, self.n),
                "{}: type {:?} of {:?}",
                self.f,
                e.ty,
                e.kind
            );
            if e.ty == Type::Never {
                let returns = match &e.kind {
                    ExprKind::Return(_) | ExprKind::Break | ExprKind::Continue => true,
                    ExprKind::Block { value, .. } => value.ty == Type::Never,
                    _ => false,
                };
                assert!(returns, "{}: Never on {:?}", self.f, e.kind);
            }
            match &e.kind {
                ExprKind::Local(l) => assert!((l.0 as usize) < self.locals, "{}: local", self.f),
                ExprKind::Call {
                    callee,
                    type_args,
                    args,
                } => {
                    let (params, want) = match callee {
                        Callee::Fn(id) => {
                            let f = &self.p.functions[id.0 as usize];
                            (f.params.len(), f.type_params.len())
                        }
                        Callee::Extern(id) => {
                            let x = &self.p.externs[id.0 as usize];
                            (x.params.len(), x.type_params.len())
                        }
                    };
                    assert_eq!(
                        type_args.len(),
                        want,
                        "{}: type args of {:?}",
                        self.f,
                        callee
                    );
                    assert_eq!(args.len(), params, "{}: args of {:?}", self.f, callee);
                    type_args
                        .iter()
                        .for_each(|t| assert!(ty_ok(t, self.n), "{}: type arg {:?}", self.f, t));
                    args.iter().for_each(|a| self.expr(a));
                }
                ExprKind::Binary { lhs, rhs, .. } => {
                    self.expr(lhs);
                    self.expr(rhs);
                }
                ExprKind::Unary { operand, .. } => self.expr(operand),
                ExprKind::StringConcat(es) => es.iter().for_each(|x| {
                    assert_eq!(x.ty, Type::String, "{}", self.f);
                    self.expr(x)
                }),
                ExprKind::Tuple(es) | ExprKind::List(es) => es.iter().for_each(|x| self.expr(x)),
                ExprKind::Construct { ty, variant, args } => {
                    self.variant(*ty, *variant, args.len());
                    args.iter().for_each(|x| self.expr(x));
                }
                ExprKind::Block { stmts, value } => {
                    for s in stmts {
                        match s {
                            Stmt::Let { pat, value } => {
                                self.pat(pat);
                                self.expr(value);
                            }
                            Stmt::Expr(x) => self.expr(x),
                        }
                    }
                    self.expr(value);
                }
                ExprKind::If {
                    cond,
                    then_branch,
                    else_branch,
                } => {
                    assert_eq!(cond.ty, Type::Bool, "{}", self.f);
                    self.expr(cond);
                    self.expr(then_branch);
                    self.expr(else_branch);
                }
                ExprKind::Case { scrutinee, arms } => {
                    self.expr(scrutinee);
                    for a in arms {
                        self.pat(&a.pat);
                        if let Some(g) = &a.guard {
                            self.expr(g);
                        }
                        self.expr(&a.body);
                    }
                }
                ExprKind::Return(x) => self.expr(x),
                ExprKind::FnRef { func, type_args } => {
                    let f = &self.p.functions[func.0 as usize];
                    assert_eq!(type_args.len(), f.type_params.len(), "{}: FnRef", self.f);
                    assert!(matches!(e.ty, Type::Fun(..)), "{}: FnRef type", self.f);
                }
                ExprKind::ExternRef { func, type_args } => {
                    let x = &self.p.externs[func.0 as usize];
                    assert_eq!(
                        type_args.len(),
                        x.type_params.len(),
                        "{}: ExternRef",
                        self.f
                    );
                }
                ExprKind::Lambda {
                    params,
                    captures,
                    body,
                } => {
                    let Type::Fun(ps, _) = &e.ty else {
                        panic!("{}: lambda type {:?}", self.f, e.ty)
                    };
                    assert_eq!(ps.len(), params.len(), "{}: lambda params", self.f);
                    for l in params.iter().chain(captures) {
                        assert!((l.0 as usize) < self.locals, "{}: local", self.f);
                    }
                    self.expr(body);
                }
                ExprKind::CallValue { callee, args } => {
                    let Type::Fun(ps, _) = &callee.ty else {
                        panic!("{}: callee type {:?}", self.f, callee.ty)
                    };
                    assert_eq!(ps.len(), args.len(), "{}: CallValue args", self.f);
                    self.expr(callee);
                    args.iter().for_each(|a| self.expr(a));
                }
                ExprKind::Struct { ty, fields } => {
                    self.struct_fields(*ty, fields.len());
                    fields.iter().for_each(|x| self.expr(x));
                }
                ExprKind::Field { base, index } => {
                    let Type::Named(ty, _) = &base.ty else {
                        panic!("{}: field of {:?}", self.f, base.ty)
                    };
                    assert!(
                        (*index as usize) < self.struct_len(*ty),
                        "{}: field index",
                        self.f
                    );
                    self.expr(base);
                }
                ExprKind::UpdateStruct { base, fields } => {
                    let Type::Named(ty, _) = &base.ty else {
                        panic!("{}: update of {:?}", self.f, base.ty)
                    };
                    let n = self.struct_len(*ty);
                    self.expr(base);
                    for (i, x) in fields {
                        assert!((*i as usize) < n, "{}: update index", self.f);
                        self.expr(x);
                    }
                }
                ExprKind::While { cond, body } => {
                    assert_eq!(cond.ty, Type::Bool, "{}", self.f);
                    self.expr(cond);
                    self.expr(body);
                }
                ExprKind::For {
                    pat,
                    source,
                    filter,
                    body,
                } => {
                    use mesh_check::hir::ForSource;
                    match source {
                        ForSource::Range(x)
                        | ForSource::List(x)
                        | ForSource::Map(x)
                        | ForSource::Set(x) => self.expr(x),
                    }
                    self.pat(pat);
                    if let Some(g) = filter {
                        assert_eq!(g.ty, Type::Bool, "{}", self.f);
                        self.expr(g);
                    }
                    self.expr(body);
                }
                _ => {}
            }
        }
        fn struct_len(&self, ty: mesh_check::hir::TypeId) -> usize {
            match &self.p.types[ty.0 as usize].kind {
                TypeDefKind::Struct { fields } => fields.len(),
                k => panic!("{}: struct expected, found {:?}", self.f, k),
            }
        }
        fn struct_fields(&self, ty: mesh_check::hir::TypeId, n: usize) {
            assert_eq!(self.struct_len(ty), n, "{}: struct fields", self.f);
        }
    }
    for f in &p.functions {
        let n = f.type_params.len();
        let v = V {
            p,
            n,
            locals: f.locals.len(),
            f: format!("{}.{}", f.module, f.name),
        };
        assert!(ty_ok(&f.ret, n));
        f.locals
            .iter()
            .for_each(|l| assert!(ty_ok(&l.ty, n), "{}: local {} {:?}", v.f, l.name, l.ty));
        f.params
            .iter()
            .for_each(|l| assert!((l.0 as usize) < f.locals.len()));
        v.expr(&f.body);
    }
}
