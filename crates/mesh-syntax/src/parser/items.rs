//! Declarations (language.md §2-§3, Appendix A): imports, functions,
//! `extern fn` bindings, structs, sum types, type aliases, interfaces,
//! impls, actors, services, supervisors and `module` blocks, plus the file
//! itself (top-level statements are reported and dropped).
//!
//! Declaration bodies list their members one per line (or separated by
//! `,` in structs and `|` in sum types); a broken member is skipped to the
//! end of its line, and a broken declaration to the next line that is
//! back at the top level.

use chumsky::input::Emitter;
use chumsky::prelude::*;

use super::base::{
    closing, kw, lower_name, missing_end, name, path, plain_string, seps, skip_item, skip_line,
    terminator, upper_name, word, Close, Opener, P,
};
use super::error::SyntaxError;
use super::exprs::member;
use super::functions::{generics, params, where_clause};
use super::patterns::typed_param;
use super::stmts::stmt;
use super::Grammar;
use crate::ast::{
    ActorDef, ChildClause, ChildDef, ExternFnDef, FieldDef, FnDef, FromImportDecl, Handler,
    ImplDef, ImportDecl, InterfaceDef, Item, MethodSig, ModuleDef, Name, Relationship,
    RelationshipKind, ServiceDef, ServiceItem, Shutdown, StructDef, SumTypeDef, SupClause,
    SupervisorDef, TypeAliasDef, TypeExpr, VariantDef, VariantField,
};
use crate::diagnostic::{codes, Diagnostic};
use crate::span::Span;
use crate::token::Token;

/// Reports a missing `end` of a declaration body opened at `opened`.
fn check_end(emitter: &mut Emitter<SyntaxError>, opened: Span, close: &Close) {
    if let Some(error) = missing_end(Opener::Do, opened, close) {
        emitter.emit(error);
    }
}

/// Members of a declaration body: each is followed by a separator (one of
/// `extra_sep` too); a broken member is skipped to the end of its line.
fn members<'s, O: 's>(member: impl P<'s, O>, extra_sep: Option<Token>) -> impl P<'s, Vec<O>> {
    member
        .map(Some)
        .then_ignore(terminator(extra_sep))
        .recover_with(via_parser(skip_line().then_ignore(seps()).map(|_| None)))
        .repeated()
        .collect::<Vec<_>>()
        .map(|members| members.into_iter().flatten().collect())
}

/// `do` members `end`, with a missing `end` reported against the `do`.
fn body<'s, O: 's>(members: impl P<'s, Vec<O>>) -> impl P<'s, Vec<O>> {
    kw(Token::Do)
        .then_ignore(seps())
        .then(members)
        .then(closing())
        .validate(|((opened, members), close), _, emitter| {
            check_end(emitter, opened, &close);
            members
        })
}

fn int_literal<'s>() -> impl P<'s, (i64, Span)> {
    select! { Token::Int(v) = e => (v as i64, e.span()) }.labelled("integer")
}

// ---------------------------------------------------------------- imports

fn glob<'s>() -> impl P<'s, ()> {
    just(Token::Star).validate(|_, e, emitter| {
        let span = e.span();
        emitter.emit(SyntaxError::custom(Diagnostic::syntax(
            "glob imports are not allowed; import names explicitly",
            span,
        )));
    })
}

/// `import A.B` (`None` for a rejected glob import).
fn import_decl<'s>() -> impl P<'s, Option<Item>> {
    let target = choice((
        glob().to(None),
        path()
            .then(just(Token::Dot).ignore_then(glob()).or_not())
            .map(|(path, globbed)| globbed.is_none().then_some(path)),
    ));
    just(Token::Import).ignore_then(target).map_with(|path, e| {
        path.map(|path| {
            Item::Import(ImportDecl {
                path,
                span: e.span(),
            })
        })
    })
}

/// `from A.B import x, y` (also parenthesized or braced lists).
fn from_import<'s>() -> impl P<'s, Option<Item>> {
    let enclosed = |open, close| {
        name()
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(open), just(close))
    };
    let names = choice((
        glob().to(Vec::new()),
        enclosed(Token::LParen, Token::RParen),
        enclosed(Token::LBrace, Token::RBrace),
        name()
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    word("from", "`from`")
        .ignore_then(path())
        .then_ignore(just(Token::Import))
        .then(names)
        .map_with(|(path, names), e| {
            Some(Item::FromImport(FromImportDecl {
                path,
                names,
                span: e.span(),
            }))
        })
}

// ---------------------------------------------------------------- functions

/// `extern fn name(...) -> T = "symbol"`. A binding is only reached as a
/// member of its module (`Process.monitor(pid)`), so its name may be any
/// keyword, as any member name after `.` may (language.md §1.5).
fn extern_fn<'s>(g: &Grammar<'s>) -> impl P<'s, ExternFnDef> {
    word("extern", "`extern`")
        .ignore_then(just(Token::Fn))
        .ignore_then(member())
        .then(generics().or_not())
        .then(params(typed_param(g.ty.clone())))
        .then_ignore(just(Token::Arrow))
        .then(g.ty.clone())
        .then(where_clause().or_not())
        .then_ignore(just(Token::Eq))
        .then(plain_string())
        .map_with(
            |(((((name, generics), params), ret), where_clause), (symbol, symbol_span)), e| ExternFnDef {
                is_pub: false,
                name,
                generics: generics.unwrap_or_default(),
                params,
                ret,
                where_clause: where_clause.unwrap_or_default(),
                symbol,
                symbol_span,
                span: e.span(),
            },
        )
}

// ---------------------------------------------------------------- structs and types

/// `deriving(A, B)` right after `end` (on the same line).
fn deriving<'s>() -> impl P<'s, Vec<Name>> {
    word("deriving", "`deriving`").ignore_then(
        name()
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen)),
    )
}

enum StructMember {
    Field(FieldDef),
    Table(String, Span),
    PrimaryKey(Name),
    Timestamps(bool, Span),
    Relationship(Relationship),
}

fn struct_member<'s>(g: &Grammar<'s>) -> impl P<'s, StructMember> {
    let atom = select! { Token::Atom(text) = e => Name { text, span: e.span() } }.labelled("atom");
    let table = word("table", "`table`")
        .ignore_then(plain_string())
        .map(|(text, span)| StructMember::Table(text, span));
    let primary_key = word("primary_key", "`primary_key`")
        .ignore_then(atom)
        .map(StructMember::PrimaryKey);
    let timestamps = word("timestamps", "`timestamps`")
        .ignore_then(
            select! { Token::True = e => (true, e.span()), Token::False = e => (false, e.span()) },
        )
        .map(|(on, span)| StructMember::Timestamps(on, span));
    let kind = select! {
        Token::Ident(w) if w == "belongs_to" => RelationshipKind::BelongsTo,
        Token::Ident(w) if w == "has_many" => RelationshipKind::HasMany,
        Token::Ident(w) if w == "has_one" => RelationshipKind::HasOne,
    };
    let relationship = kind
        .then(atom)
        .then_ignore(just(Token::Comma))
        .then(name())
        .map_with(|((kind, name), target), e| {
            StructMember::Relationship(Relationship {
                kind,
                name,
                target,
                span: e.span(),
            })
        });
    let field = lower_name()
        .then(just(Token::ColonColon).ignore_then(g.ty.clone()).or_not())
        .map_with(|(name, ty), e| {
            StructMember::Field(FieldDef {
                name,
                ty,
                span: e.span(),
            })
        });
    choice((table, primary_key, timestamps, relationship, field)).labelled("field")
}

fn struct_def<'s>(g: &Grammar<'s>) -> impl P<'s, StructDef> {
    just(Token::Struct)
        .ignore_then(upper_name())
        .then(generics().or_not())
        .then(body(members(struct_member(g), Some(Token::Comma))))
        .then(deriving().or_not())
        .map_with(|(((name, generics), members), deriving), e| {
            let mut def = StructDef {
                is_pub: false,
                name,
                generics: generics.unwrap_or_default(),
                fields: Vec::new(),
                table: None,
                primary_key: None,
                timestamps: None,
                relationships: Vec::new(),
                deriving,
                span: e.span(),
            };
            for member in members {
                match member {
                    StructMember::Field(field) => def.fields.push(field),
                    StructMember::Table(text, span) => def.table = Some((text, span)),
                    StructMember::PrimaryKey(column) => def.primary_key = Some(column),
                    StructMember::Timestamps(on, span) => def.timestamps = Some((on, span)),
                    StructMember::Relationship(rel) => def.relationships.push(rel),
                }
            }
            def
        })
}

fn variant<'s>(g: &Grammar<'s>) -> impl P<'s, VariantDef> {
    let field = choice((
        lower_name()
            .then_ignore(just(Token::ColonColon))
            .then(g.ty.clone())
            .map_with(|(name, ty), e| VariantField {
                name: Some(name),
                ty,
                span: e.span(),
            }),
        g.ty.clone().map_with(|ty, e| VariantField {
            name: None,
            ty,
            span: e.span(),
        }),
    ));
    upper_name()
        .then(
            field
                .separated_by(just(Token::Comma))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LParen), just(Token::RParen))
                .or_not(),
        )
        .map_with(|(name, fields), e| VariantDef {
            name,
            fields: fields.unwrap_or_default(),
            span: e.span(),
        })
        .labelled("variant")
}

/// `type Name<T> do variants end` or `type Name<T> = type`.
fn type_def<'s>(g: &Grammar<'s>) -> impl P<'s, Item> {
    enum Rest {
        Alias(TypeExpr),
        Sum(Vec<VariantDef>, Option<Vec<Name>>),
    }
    let rest = choice((
        just(Token::Eq).ignore_then(g.ty.clone()).map(Rest::Alias),
        body(members(variant(g), Some(Token::Pipe)))
            .then(deriving().or_not())
            .map(|(variants, deriving)| Rest::Sum(variants, deriving)),
    ));
    just(Token::Type)
        .ignore_then(upper_name())
        .then(generics().or_not())
        .then(rest)
        .map_with(|((name, generics), rest), e| {
            let generics = generics.unwrap_or_default();
            match rest {
                Rest::Alias(ty) => Item::TypeAlias(TypeAliasDef {
                    is_pub: false,
                    name,
                    generics,
                    ty,
                    span: e.span(),
                }),
                Rest::Sum(variants, deriving) => Item::SumType(SumTypeDef {
                    is_pub: false,
                    name,
                    generics,
                    variants,
                    deriving,
                    span: e.span(),
                }),
            }
        })
}

// ---------------------------------------------------------------- interfaces and impls

fn interface_def<'s>(g: &Grammar<'s>) -> impl P<'s, InterfaceDef> {
    enum Member {
        Assoc(Name),
        Method(MethodSig),
    }
    let method = one_of([Token::Fn, Token::Def])
        .ignore_then(name())
        .then(params(g.param.clone()))
        .then(just(Token::Arrow).ignore_then(g.ty.clone()).or_not())
        .then(g.do_block.clone().or_not())
        .map_with(|(((name, params), ret), default_body), e| MethodSig {
            name,
            params,
            ret,
            default_body,
            span: e.span(),
        });
    let member = choice((
        just(Token::Type)
            .ignore_then(upper_name())
            .map(Member::Assoc),
        method.map(Member::Method),
    ))
    .labelled("method signature");
    just(Token::Interface)
        .ignore_then(upper_name())
        .then(generics().or_not())
        .then(body(members(member, None)))
        .map_with(|((name, generics), members), e| {
            let mut def = InterfaceDef {
                is_pub: false,
                name,
                generics: generics.unwrap_or_default(),
                assoc_types: Vec::new(),
                methods: Vec::new(),
                span: e.span(),
            };
            for member in members {
                match member {
                    Member::Assoc(name) => def.assoc_types.push(name),
                    Member::Method(sig) => def.methods.push(sig),
                }
            }
            def
        })
}

fn impl_def<'s>(g: &Grammar<'s>) -> impl P<'s, ImplDef> {
    enum Member {
        Assoc(Name, TypeExpr),
        Method(Box<FnDef>),
    }
    let member = choice((
        just(Token::Type)
            .ignore_then(upper_name())
            .then_ignore(just(Token::Eq))
            .then(g.ty.clone())
            .map(|(name, ty)| Member::Assoc(name, ty)),
        g.fn_def.clone().map(|def| Member::Method(Box::new(def))),
    ))
    .labelled("impl member");
    let type_args =
        g.ty.clone()
            .separated_by(just(Token::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::Lt), just(Token::Gt));
    just(Token::Impl)
        .ignore_then(path())
        .then(type_args.or_not())
        .then_ignore(just(Token::For))
        .then(path())
        .then(where_clause().or_not())
        .then(body(members(member, None)))
        .map_with(
            |((((interface, interface_args), for_type), where_clause), members), e| {
                let mut def = ImplDef {
                    interface,
                    interface_args: interface_args.unwrap_or_default(),
                    for_type,
                    where_clause: where_clause.unwrap_or_default(),
                    assoc_types: Vec::new(),
                    methods: Vec::new(),
                    span: e.span(),
                };
                for member in members {
                    match member {
                        Member::Assoc(name, ty) => def.assoc_types.push((name, ty)),
                        Member::Method(method) => def.methods.push(*method),
                    }
                }
                def
            },
        )
}

// ---------------------------------------------------------------- processes

fn actor_def<'s>(g: &Grammar<'s>) -> impl P<'s, ActorDef> {
    just(Token::Actor)
        .ignore_then(name())
        .then(params(g.param.clone()).or_not())
        .then(g.do_block.clone())
        .map_with(|((name, params), body), e| ActorDef {
            is_pub: false,
            name,
            params: params.unwrap_or_default(),
            body,
            span: e.span(),
        })
}

/// `call Name(params) :: R do |state| ... end` / `cast Name(params) do |state| ... end`
fn handler<'s>(g: &Grammar<'s>) -> impl P<'s, ServiceItem> {
    let state = lower_name().delimited_by(just(Token::Pipe), just(Token::Pipe));
    one_of([Token::Call, Token::Cast])
        .then(upper_name())
        .then(params(g.param.clone()).or_not())
        .then(just(Token::ColonColon).ignore_then(g.ty.clone()).or_not())
        .then(kw(Token::Do))
        .then(state.or_not())
        .then(g.block.clone())
        .then(closing())
        .validate(
            |(((((((which, name), params), reply_ty), opened), state), block), close),
             e,
             emitter| {
                check_end(emitter, opened, &close);
                let handler = Handler {
                    name,
                    params: params.unwrap_or_default(),
                    reply_ty,
                    state,
                    body: block,
                    span: e.span(),
                };
                if which == Token::Cast {
                    if let Some(ty) = &handler.reply_ty {
                        emitter.emit(SyntaxError::custom(Diagnostic::syntax(
                        "a `cast` handler has no reply type; only `call` handlers take `:: Type`",
                        ty.span,
                    )));
                    }
                    ServiceItem::Cast(handler)
                } else {
                    ServiceItem::Call(handler)
                }
            },
        )
}

fn service_def<'s>(g: &Grammar<'s>) -> impl P<'s, ServiceDef> {
    let member =
        choice((g.fn_def.clone().map(ServiceItem::Fn), handler(g))).labelled("service member");
    just(Token::Service)
        .ignore_then(upper_name())
        .then(body(members(member, None)))
        .map_with(|(name, items), e| ServiceDef {
            is_pub: false,
            name,
            items,
            span: e.span(),
        })
}

fn supervisor_def<'s>(g: &Grammar<'s>) -> impl P<'s, SupervisorDef> {
    let colon = || just(Token::Colon);
    let child_clause = choice((
        word("start", "`start`")
            .ignore_then(colon())
            .ignore_then(g.expr_stmt.clone())
            .map(ChildClause::Start),
        word("restart", "`restart`")
            .ignore_then(colon())
            .ignore_then(lower_name())
            .map(ChildClause::Restart),
        word("shutdown", "`shutdown`")
            .ignore_then(colon())
            .ignore_then(choice((
                int_literal().map(|(ms, span)| ChildClause::Shutdown(Shutdown::Millis(ms, span))),
                lower_name().map(|w| ChildClause::Shutdown(Shutdown::Word(w))),
            ))),
    ))
    .labelled("child clause");
    let child = word("child", "`child`")
        .ignore_then(lower_name())
        .then(body(members(child_clause, None)))
        .map_with(|(name, clauses), e| {
            SupClause::Child(ChildDef {
                name,
                clauses,
                span: e.span(),
            })
        });
    let clause = choice((
        word("strategy", "`strategy`")
            .ignore_then(colon())
            .ignore_then(lower_name())
            .map(SupClause::Strategy),
        word("max_restarts", "`max_restarts`")
            .ignore_then(colon())
            .ignore_then(int_literal())
            .map(|(n, span)| SupClause::MaxRestarts(n, span)),
        word("max_seconds", "`max_seconds`")
            .ignore_then(colon())
            .ignore_then(int_literal())
            .map(|(n, span)| SupClause::MaxSeconds(n, span)),
        child,
    ))
    .labelled("supervisor clause");
    just(Token::Supervisor)
        .ignore_then(upper_name())
        .then(body(members(clause, None)))
        .map_with(|(name, clauses), e| SupervisorDef {
            is_pub: false,
            name,
            clauses,
            span: e.span(),
        })
}

// ---------------------------------------------------------------- items and files

/// Words that may follow `pub`.
fn pub_target(token: &Token) -> bool {
    matches!(
        token,
        Token::Fn
            | Token::Def
            | Token::Module
            | Token::Struct
            | Token::Interface
            | Token::Type
            | Token::Supervisor
            | Token::Service
            | Token::Actor
    ) || matches!(token, Token::Ident(w) if w == "extern")
}

/// Marks a declaration public and extends its span over `pub`.
fn set_pub(item: &mut Item, pub_span: Span) {
    let (is_pub, span) = match item {
        Item::Fn(d) => (&mut d.is_pub, &mut d.span),
        Item::Extern(d) => (&mut d.is_pub, &mut d.span),
        Item::Struct(d) => (&mut d.is_pub, &mut d.span),
        Item::SumType(d) => (&mut d.is_pub, &mut d.span),
        Item::TypeAlias(d) => (&mut d.is_pub, &mut d.span),
        Item::Interface(d) => (&mut d.is_pub, &mut d.span),
        Item::Actor(d) => (&mut d.is_pub, &mut d.span),
        Item::Service(d) => (&mut d.is_pub, &mut d.span),
        Item::Supervisor(d) => (&mut d.is_pub, &mut d.span),
        Item::Module(d) => (&mut d.is_pub, &mut d.span),
        Item::Import(_) | Item::FromImport(_) | Item::Impl(_) => return,
    };
    *is_pub = true;
    *span = pub_span.to(*span);
}

/// One declaration (`None` for a rejected one that produced an error).
fn item<'s>(g: &Grammar<'s>) -> impl P<'s, Option<Item>> {
    recursive(|item| {
        let module = just(Token::Module)
            .ignore_then(upper_name())
            .then(body(
                item.then_ignore(terminator(None))
                    .recover_with(via_parser(skip_line().then_ignore(seps()).to(None)))
                    .repeated()
                    .collect::<Vec<_>>(),
            ))
            .map_with(|(name, items), e| ModuleDef {
                is_pub: false,
                name,
                items: items.into_iter().flatten().collect(),
                span: e.span(),
            });
        let declaration = choice((
            g.fn_def.clone().map(Item::Fn),
            extern_fn(g).map(Item::Extern),
            struct_def(g).map(Item::Struct),
            type_def(g),
            interface_def(g).map(Item::Interface),
            impl_def(g).map(Item::Impl),
            actor_def(g).map(Item::Actor),
            service_def(g).map(Item::Service),
            supervisor_def(g).map(Item::Supervisor),
            module.map(Item::Module),
        ))
        .map(Some);
        // After `pub`: a declaration; anything else is reported (an import
        // is still kept, other text is skipped to the end of the line).
        let next = any().map_with(|token: Token, e| (token, e.span())).rewind();
        let after_pub = choice((
            declaration.clone(),
            import_decl(),
            from_import(),
            skip_line().to(None),
        ));
        let public = kw(Token::Pub).then(next).then(after_pub).validate(
            |((pub_span, (next, next_span)), mut item), _, emitter| {
                if !pub_target(&next) {
                    emitter.emit(SyntaxError::custom(
                        Diagnostic::syntax(
                            "expected `fn`, `module`, `struct`, `interface`, `type`, or `supervisor` after `pub`",
                            next_span,
                        )
                        .with_primary_label(format!("found {next}")),
                    ));
                } else if let Some(item) = item.as_mut() {
                    set_pub(item, pub_span);
                }
                item
            },
        );
        choice((import_decl(), from_import(), public, declaration)).labelled("declaration")
    })
}

/// A statement where only declarations are allowed: parsed, reported, dropped.
fn top_level_statement<'s>(g: &Grammar<'s>) -> impl P<'s, Option<Item>> {
    stmt(g).validate(|_, e, emitter| {
        let span = e.span();
        emitter.emit(SyntaxError::custom(Diagnostic::error(
            codes::TOP_LEVEL_STATEMENT,
            "only declarations are allowed at the top level",
            span,
        )));
        None
    })
}

/// The whole file: declarations separated by newlines.
pub(super) fn source_file<'s>(g: &Grammar<'s>) -> impl P<'s, Vec<Item>> {
    let entry = choice((item(g), top_level_statement(g)))
        .labelled("declaration")
        .then_ignore(terminator(None))
        .recover_with(via_parser(skip_item().then_ignore(seps()).to(None)));
    seps()
        .ignore_then(entry.repeated().collect::<Vec<_>>())
        .map(|items| items.into_iter().flatten().collect())
}
