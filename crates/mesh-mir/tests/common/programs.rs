//! The hand-written HIR programs the MIR and LLVM snapshot tests and the
//! end-to-end tests share. Each comment shows the Mesh source it stands for
//! and what it prints.

#![allow(dead_code)]

use super::hir_builder::*;
use mesh_check::hir::{BinOp::*, ForSource, Program, Stmt};
use mesh_check::types::{TyVar, Type};

/// ```mesh
/// fn calc(a :: Int, b :: Int) -> Int do
///   (a + b) * (a - b) / b % 7            # line 3
/// end
/// fn main() do
///   println("${calc(7, 2)}")             # 1
///   println("${-7 / 2} ${-7 % 2}")       # -3 -1
///   println("${1.5 * 2.0 % 1.25} ${-(2.5)}")  # 0.5 -2.5
///   println("${9223372036854775807 + 1}")     # -9223372036854775808
///   let min = -9223372036854775807 - 1
///   println("${quot(min, -1)} ${modulo(min, -1)} ${quot(-7, 2)} ${modulo(-7, 2)}")
///   # -9223372036854775808 0 -3 -1
/// end
/// fn quot(a :: Int, b :: Int) -> Int do a / b end      # line 13
/// fn modulo(a :: Int, b :: Int) -> Int do a % b end    # line 14
/// ```
pub fn arithmetic() -> Program {
    let mut h = Hir::new();
    let calc = h.declare("Main", "calc");
    let main = h.declare("Main", "main");
    let quot = h.declare("Main", "quot");
    let modulo = h.declare("Main", "modulo");
    for (f, op, at) in [(quot, Div, 13), (modulo, Rem, 14)] {
        let mut d = FnDef::new();
        let a = d.param("a", Type::Int);
        let b = d.param("b", Type::Int);
        h.define(f, d, Type::Int, bin(op, a, b).at(at));
    }
    let mut d = FnDef::new();
    let a = d.param("a", Type::Int);
    let b = d.param("b", Type::Int);
    let body = bin(
        Rem,
        bin(
            Div,
            bin(Mul, bin(Add, a.clone(), b.clone()), bin(Sub, a, b.clone())),
            b,
        )
        .at(3),
        int(7),
    )
    .at(3);
    h.define(calc, d, Type::Int, body);
    let stmts = vec![
        h.print_value(call(calc, vec![], vec![int(7), int(2)], Type::Int)),
        h.println(interp(vec![
            h.show(bin(Div, neg(int(7)), int(2)).at(7)),
            string(" "),
            h.show(bin(Rem, neg(int(7)), int(2)).at(7)),
        ])),
        h.println(interp(vec![
            h.show(bin(Rem, bin(Mul, float(1.5), float(2.0)), float(1.25))),
            string(" "),
            h.show(neg(float(2.5))),
        ])),
        h.print_value(bin(Add, int(i64::MAX), int(1))),
    ];
    let mut d = FnDef::new();
    let min = d.local_id("min", Type::Int);
    let min_value = || local(min, Type::Int);
    let stmts = stmts
        .into_iter()
        .chain([
            let_(min, bin(Sub, neg(int(i64::MAX)), int(1))),
            h.println(interp(vec![
                h.show(call(
                    quot,
                    vec![],
                    vec![min_value(), neg(int(1))],
                    Type::Int,
                )),
                string(" "),
                h.show(call(
                    modulo,
                    vec![],
                    vec![min_value(), neg(int(1))],
                    Type::Int,
                )),
                string(" "),
                h.show(call(quot, vec![], vec![neg(int(7)), int(2)], Type::Int)),
                string(" "),
                h.show(call(modulo, vec![], vec![neg(int(7)), int(2)], Type::Int)),
            ])),
        ])
        .collect();
    h.define(main, d, Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn div(a :: Int, b :: Int) -> Int do
///   a / b                                # line 3
/// end
/// fn main() do
///   println("before")
///   println("${div(1, 0)}")              # panics: main.mpl:3: division by zero
/// end
/// ```
pub fn division_by_zero() -> Program {
    let mut h = Hir::new();
    let div = h.declare("Main", "div");
    let main = h.declare("Main", "main");
    let mut d = FnDef::new();
    let a = d.param("a", Type::Int);
    let b = d.param("b", Type::Int);
    h.define(div, d, Type::Int, bin(Div, a, b).at(3));
    let stmts = vec![
        h.println(string("before")),
        h.print_value(call(div, vec![], vec![int(1), int(0)], Type::Int)),
        h.println(string("after")),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn classify(n :: Int) -> String do
///   if n > 0 and n < 10 do "small"
///   else if n >= 10 or n < -100 do "big or very negative" else "other" end end
/// end
/// fn both(a :: Bool, b :: Bool) -> Bool do
///   (if a do b and a else false end) and not (a and not b)   # K7
/// end
/// fn main() do   # small / big or very negative / other / big or very negative / true false false
///   ...
/// end
/// ```
pub fn if_and_or() -> Program {
    let mut h = Hir::new();
    let classify = h.declare("Main", "classify");
    let both = h.declare("Main", "both");
    let main = h.declare("Main", "main");
    let mut d = FnDef::new();
    let n = d.param("n", Type::Int);
    let body = if_(
        bin(And, bin(Gt, n.clone(), int(0)), bin(Lt, n.clone(), int(10))),
        string("small"),
        if_(
            bin(Or, bin(Ge, n.clone(), int(10)), bin(Lt, n, neg(int(100)))),
            string("big or very negative"),
            string("other"),
        ),
    );
    h.define(classify, d, Type::String, body);
    let mut d = FnDef::new();
    let a = d.param("a", Type::Bool);
    let b = d.param("b", Type::Bool);
    let body = bin(
        And,
        if_(a.clone(), bin(And, b.clone(), a.clone()), boolean(false)),
        not(bin(And, a, not(b))),
    );
    h.define(both, d, Type::Bool, body);
    let classify_call = |n: i64| call(classify, vec![], vec![int(n)], Type::String);
    let both_call = |a: bool, b: bool| call(both, vec![], vec![boolean(a), boolean(b)], Type::Bool);
    let stmts = vec![
        h.println(classify_call(5)),
        h.println(classify_call(50)),
        h.println(classify_call(-5)),
        h.println(classify_call(-500)),
        h.println(interp(vec![
            h.show(both_call(true, true)),
            string(" "),
            h.show(both_call(true, false)),
            string(" "),
            h.show(both_call(false, true)),
        ])),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn describe(n :: Int) -> String do
///   case n do
///     0 -> "zero"
///     1 -> "one"
///     m when m < 0 -> "negative ${m}"
///     _ -> "many"
///   end
/// end
/// fn code(s :: String) -> Int do
///   case s do "hi" -> 1  "bye" -> 2  _ -> 0 end
/// end
/// fn flags(t :: (Bool, Int)) -> String do
///   case t do (true, 0) -> "t0"  (true, x) -> "t${x}"  (false, _) -> "f" end
/// end
/// fn main() do   # zero one negative -4 many / 1 2 0 / t0 t7 f
/// ```
pub fn case_literals() -> Program {
    let mut h = Hir::new();
    let describe = h.declare("Main", "describe");
    let code = h.declare("Main", "code");
    let flags = h.declare("Main", "flags");
    let main = h.declare("Main", "main");

    let mut d = FnDef::new();
    let n = d.param("n", Type::Int);
    let m = d.local_id("m", Type::Int);
    let body = case(
        n,
        vec![
            arm(p_int(0), string("zero")),
            arm(p_int(1), string("one")),
            guarded(
                p_bind(m, Type::Int),
                bin(Lt, local(m, Type::Int), int(0)),
                interp(vec![string("negative "), h.show(local(m, Type::Int))]),
            ),
            arm(p_wild(Type::Int), string("many")),
        ],
        Type::String,
    )
    .at(2);
    h.define(describe, d, Type::String, body);

    let mut d = FnDef::new();
    let s = d.param("s", Type::String);
    let body = case(
        s,
        vec![
            arm(p_str("hi"), int(1)),
            arm(p_str("bye"), int(2)),
            arm(p_wild(Type::String), int(0)),
        ],
        Type::Int,
    );
    h.define(code, d, Type::Int, body);

    let pair = Type::Tuple(vec![Type::Bool, Type::Int]);
    let mut d = FnDef::new();
    let t = d.param("t", pair.clone());
    let x = d.local_id("x", Type::Int);
    let body = case(
        t,
        vec![
            arm(p_tuple(vec![p_bool(true), p_int(0)]), string("t0")),
            arm(
                p_tuple(vec![p_bool(true), p_bind(x, Type::Int)]),
                interp(vec![string("t"), h.show(local(x, Type::Int))]),
            ),
            arm(p_tuple(vec![p_bool(false), p_wild(Type::Int)]), string("f")),
        ],
        Type::String,
    );
    h.define(flags, d, Type::String, body);

    let describe_call = |n: i64| call(describe, vec![], vec![int(n)], Type::String);
    let code_call = |s: &str| call(code, vec![], vec![string(s)], Type::Int);
    let flags_call = |b: bool, n: i64| {
        call(
            flags,
            vec![],
            vec![tuple(vec![boolean(b), int(n)])],
            Type::String,
        )
    };
    let space = || string(" ");
    let stmts = vec![
        h.println(interp(vec![
            describe_call(0),
            space(),
            describe_call(1),
            space(),
            describe_call(-4),
            space(),
            describe_call(9),
        ])),
        h.println(interp(vec![
            h.show(code_call("hi")),
            space(),
            h.show(code_call("bye")),
            space(),
            h.show(code_call("other")),
        ])),
        h.println(interp(vec![
            flags_call(true, 0),
            space(),
            flags_call(true, 7),
            space(),
            flags_call(false, 3),
        ])),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn unwrap_or(o :: Option<Int>, default :: Int) -> Int do
///   case o do
///     Some(x) when x > 100 -> 100
///     Some(x) -> x
///     None -> default
///   end
/// end
/// fn safe_div(a :: Int, b :: Int) -> Int!String do
///   if b == 0 do
///     return Err("zero divisor")
///   end
///   Ok(a / b)
/// end
/// fn show(r :: Int!String) -> String do
///   case r do Ok(v) -> "ok ${v}"  Err(e) -> "error: ${e}" end     # K2
/// end
/// fn main() do   # 5 100 7 / ok 3 / error: zero divisor
/// ```
pub fn case_option() -> Program {
    let mut h = Hir::new();
    let unwrap_or = h.declare("Main", "unwrap_or");
    let safe_div = h.declare("Main", "safe_div");
    let show = h.declare("Main", "show");
    let main = h.declare("Main", "main");
    let opt = option(Type::Int);
    let res = result(Type::Int, Type::String);

    let mut d = FnDef::new();
    let o = d.param("o", opt.clone());
    let default = d.param("default", Type::Int);
    let x1 = d.local_id("x", Type::Int);
    let x2 = d.local_id("x", Type::Int);
    let body = case(
        o,
        vec![
            guarded(
                p_variant(opt.clone(), 0, vec![p_bind(x1, Type::Int)]),
                bin(Gt, local(x1, Type::Int), int(100)),
                int(100),
            ),
            arm(
                p_variant(opt.clone(), 0, vec![p_bind(x2, Type::Int)]),
                local(x2, Type::Int),
            ),
            arm(p_variant(opt.clone(), 1, vec![]), default),
        ],
        Type::Int,
    );
    h.define(unwrap_or, d, Type::Int, body);

    let mut d = FnDef::new();
    let a = d.param("a", Type::Int);
    let b = d.param("b", Type::Int);
    let body = block(
        vec![mesh_check::hir::Stmt::Expr(if_(
            bin(Eq, b.clone(), int(0)),
            block(
                vec![],
                ret(construct(res.clone(), 1, vec![string("zero divisor")])),
            ),
            unit(),
        ))],
        construct(res.clone(), 0, vec![bin(Div, a, b).at(12)]),
    );
    h.define(safe_div, d, res.clone(), body);

    let mut d = FnDef::new();
    let r = d.param("r", res.clone());
    let v = d.local_id("v", Type::Int);
    let e = d.local_id("e", Type::String);
    let body = case(
        r,
        vec![
            arm(
                p_variant(res.clone(), 0, vec![p_bind(v, Type::Int)]),
                interp(vec![string("ok "), h.show(local(v, Type::Int))]),
            ),
            arm(
                p_variant(res.clone(), 1, vec![p_bind(e, Type::String)]),
                interp(vec![string("error: "), local(e, Type::String)]),
            ),
        ],
        Type::String,
    );
    h.define(show, d, Type::String, body);

    let unwrap_call =
        |o: mesh_check::hir::Expr| call(unwrap_or, vec![], vec![o, int(7)], Type::Int);
    let div_call = |a: i64, b: i64| call(safe_div, vec![], vec![int(a), int(b)], res.clone());
    let stmts = vec![
        h.println(interp(vec![
            h.show(unwrap_call(some(int(5)))),
            string(" "),
            h.show(unwrap_call(some(int(500)))),
            string(" "),
            h.show(unwrap_call(none(Type::Int))),
        ])),
        h.println(call(show, vec![], vec![div_call(7, 2)], Type::String)),
        h.println(call(show, vec![], vec![div_call(7, 0)], Type::String)),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn count(i :: Int, acc :: Int) -> Int do
///   if i == 0 do acc else count(i - 1, acc + i) end
/// end
/// fn count_case(i :: Int, acc :: Int) -> Int do
///   case i do
///     0 -> acc
///     _ -> count_case(i - 1, acc + 1)
///   end
/// end
/// fn swap_down(a :: Int, b :: Int) -> Int do     # arguments read the old parameters
///   if a <= 0 do b else return swap_down(b - 1, a) end
/// end
/// fn main() do   # 50000005000000 / 10000000 / 9999998
/// ```
/// (`swap_down(10000000, 3)` goes through (2, 10000000), (9999999, 2),
/// (1, 9999999), (9999998, 1), (0, 9999998).)
pub fn tail_loop() -> Program {
    let mut h = Hir::new();
    let count = h.declare("Main", "count");
    let count_case = h.declare("Main", "count_case");
    let swap_down = h.declare("Main", "swap_down");
    let main = h.declare("Main", "main");

    let mut d = FnDef::new();
    let i = d.param("i", Type::Int);
    let acc = d.param("acc", Type::Int);
    let body = if_(
        bin(Eq, i.clone(), int(0)),
        acc.clone(),
        call(
            count,
            vec![],
            vec![bin(Sub, i.clone(), int(1)), bin(Add, acc, i)],
            Type::Int,
        ),
    );
    h.define(count, d, Type::Int, body);

    let mut d = FnDef::new();
    let i = d.param("i", Type::Int);
    let acc = d.param("acc", Type::Int);
    let body = case(
        i.clone(),
        vec![
            arm(p_int(0), acc.clone()),
            arm(
                p_wild(Type::Int),
                call(
                    count_case,
                    vec![],
                    vec![bin(Sub, i, int(1)), bin(Add, acc, int(1))],
                    Type::Int,
                ),
            ),
        ],
        Type::Int,
    );
    h.define(count_case, d, Type::Int, body);

    let mut d = FnDef::new();
    let a = d.param("a", Type::Int);
    let b = d.param("b", Type::Int);
    let body = if_(
        bin(Le, a.clone(), int(0)),
        b.clone(),
        ret(call(
            swap_down,
            vec![],
            vec![bin(Sub, b, int(1)), a],
            Type::Int,
        )),
    );
    h.define(swap_down, d, Type::Int, body);

    let stmts = vec![
        h.print_value(call(
            count,
            vec![],
            vec![int(10_000_000), int(0)],
            Type::Int,
        )),
        h.print_value(call(
            count_case,
            vec![],
            vec![int(10_000_000), int(0)],
            Type::Int,
        )),
        h.print_value(call(
            swap_down,
            vec![],
            vec![int(10_000_000), int(3)],
            Type::Int,
        )),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn main() do
///   let x = 42
///   let f = 2.5
///   println("x = ${x}, f = ${f}, b = ${true}, unit = ${()}, atom = ${:ok}, whole = ${3.0}")
///   println("${Some(1)} ${None} ${Ok("a")} ${(1, "two", 3.5)} ${[1, 2, 3]} ${["a", "b"]} ${Some((1, [Some(2)]))} ${[]}")
/// end
/// ```
/// prints `x = 42, f = 2.5, b = true, unit = (), atom = ok, whole = 3` and
/// `Some(1) None Ok(a) (1, two, 3.5) [1, 2, 3] [a, b] Some((1, [Some(2)])) []`.
pub fn interpolation() -> Program {
    let mut h = Hir::new();
    let main = h.declare("Main", "main");
    let mut d = FnDef::new();
    let x = d.local_id("x", Type::Int);
    let f = d.local_id("f", Type::Float);
    let space = || string(" ");
    let nested = some(tuple(vec![
        int(1),
        list_of(option(Type::Int), vec![some(int(2))]),
    ]));
    let stmts = vec![
        let_(x, int(42)),
        let_(f, float(2.5)),
        h.println(interp(vec![
            string("x = "),
            h.show(local(x, Type::Int)),
            string(", f = "),
            h.show(local(f, Type::Float)),
            string(", b = "),
            h.show(boolean(true)),
            string(", unit = "),
            h.show(unit()),
            string(", atom = "),
            h.show(atom("ok")),
            string(", whole = "),
            h.show(float(3.0)),
        ])),
        h.println(interp(vec![
            h.show(some(int(1))),
            space(),
            h.show(none(Type::Int)),
            space(),
            h.show(construct(
                result(Type::String, Type::Int),
                0,
                vec![string("a")],
            )),
            space(),
            h.show(tuple(vec![int(1), string("two"), float(3.5)])),
            space(),
            h.show(list_of(Type::Int, vec![int(1), int(2), int(3)])),
            space(),
            h.show(list_of(Type::String, vec![string("a"), string("b")])),
            space(),
            h.show(nested),
            space(),
            h.show(list_of(Type::Int, vec![])),
        ])),
    ];
    h.define(main, d, Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn id(x) = x                       # id<T>
/// fn swap(a, b) = (b, a)             # swap<A, B>
/// fn main() do   # 1 / s / (x, 1)
///   println("${id(1)}")
///   println(id("s"))
///   println("${swap(1, "x")}")
/// end
/// ```
pub fn polymorphic() -> Program {
    let mut h = Hir::new();
    let id = h.declare("Main", "id");
    let swap = h.declare("Main", "swap");
    let main = h.declare("Main", "main");
    let t = TyVar(10);
    let mut d = FnDef::generic(vec![t]);
    let x = d.param("x", Type::Var(t));
    h.define(id, d, Type::Var(t), x);
    let (a_ty, b_ty) = (TyVar(20), TyVar(21));
    let mut d = FnDef::generic(vec![a_ty, b_ty]);
    let a = d.param("a", Type::Var(a_ty));
    let b = d.param("b", Type::Var(b_ty));
    h.define(
        swap,
        d,
        Type::Tuple(vec![Type::Var(b_ty), Type::Var(a_ty)]),
        tuple(vec![b, a]),
    );
    let stmts = vec![
        h.print_value(call(id, vec![Type::Int], vec![int(1)], Type::Int)),
        h.println(call(
            id,
            vec![Type::String],
            vec![string("s")],
            Type::String,
        )),
        h.print_value(call(
            swap,
            vec![Type::Int, Type::String],
            vec![int(1), string("x")],
            Type::Tuple(vec![Type::String, Type::Int]),
        )),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// ```mesh
/// fn is_even(n :: Int) -> Bool do if n == 0 do true else is_odd(n - 1) end end
/// fn is_odd(n :: Int) -> Bool do if n == 0 do false else is_even(n - 1) end end
/// fn main() do println("${is_even(10)} ${is_odd(7)} ${is_even(7)}") end   # true true false
/// ```
pub fn mutual_recursion() -> Program {
    let mut h = Hir::new();
    let is_even = h.declare("Main", "is_even");
    let is_odd = h.declare("Main", "is_odd");
    let main = h.declare("Main", "main");
    for (f, other, base) in [(is_even, is_odd, true), (is_odd, is_even, false)] {
        let mut d = FnDef::new();
        let n = d.param("n", Type::Int);
        let body = if_(
            bin(Eq, n.clone(), int(0)),
            boolean(base),
            call(other, vec![], vec![bin(Sub, n, int(1))], Type::Bool),
        );
        h.define(f, d, Type::Bool, body);
    }
    let stmts = vec![h.println(interp(vec![
        h.show(call(is_even, vec![], vec![int(10)], Type::Bool)),
        string(" "),
        h.show(call(is_odd, vec![], vec![int(7)], Type::Bool)),
        string(" "),
        h.show(call(is_even, vec![], vec![int(7)], Type::Bool)),
    ]))];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// Structural comparisons of tuples, options, lists and strings:
/// ```mesh
/// println("${(1, "a") == (1, "a")} ${(1, "a") != (1, "b")} ${Some(3) < Some(4)} ${None > Some(1)}")
/// println("${[1, 2] < [1, 2, 0]} ${[2] > [1, 5]} ${[1, 2] == [1, 2]} ${"abc" < "abd"} ${"b" >= "a"}")
/// println("${Some(2.5) == Some(2.5)} ${(0.0 / 0.0) == (0.0 / 0.0)} ${(0.0 / 0.0) != (0.0 / 0.0)}")
/// ```
/// prints `true true true true`, `true true true true true` and `true false true`.
pub fn structural() -> Program {
    let mut h = Hir::new();
    let main = h.declare("Main", "main");
    let pair = |n: i64, s: &str| tuple(vec![int(n), string(s)]);
    let ints = |xs: &[i64]| list_of(Type::Int, xs.iter().map(|x| int(*x)).collect());
    let nan = || bin(Div, float(0.0), float(0.0));
    let line = |h: &Hir, items: Vec<mesh_check::hir::Expr>| {
        let mut parts = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                parts.push(string(" "));
            }
            parts.push(h.show(item));
        }
        h.println(interp(parts))
    };
    let stmts = vec![
        line(
            &h,
            vec![
                bin(Eq, pair(1, "a"), pair(1, "a")),
                bin(Ne, pair(1, "a"), pair(1, "b")),
                bin(Lt, some(int(3)), some(int(4))),
                bin(Gt, none(Type::Int), some(int(1))),
            ],
        ),
        line(
            &h,
            vec![
                bin(Lt, ints(&[1, 2]), ints(&[1, 2, 0])),
                bin(Gt, ints(&[2]), ints(&[1, 5])),
                bin(Eq, ints(&[1, 2]), ints(&[1, 2])),
                bin(Lt, string("abc"), string("abd")),
                bin(Ge, string("b"), string("a")),
            ],
        ),
        line(
            &h,
            vec![
                bin(Eq, some(float(2.5)), some(float(2.5))),
                bin(Eq, nan(), nan()),
                bin(Ne, nan(), nan()),
            ],
        ),
    ];
    h.define(main, FnDef::new(), Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// Structs: construction, field reads, functional update, structural
/// comparison, Display and Debug text, a generic struct:
/// ```mesh
/// struct Point do x :: Int  y :: Int end
/// struct Tagged<T> do item :: T  label :: String end
/// fn main() do
///   let p = Point { x: 1, y: 2 }
///   let q = %{p | y: 5}
///   println("${p} ${q.y} ${p == q} ${p < q} ${p == Point { x: 1, y: 2 }}")
///   println(inspect(q))
///   let t = Tagged { item: "hi", label: "b" }
///   println("${t} ${inspect(t)} ${inspect("hi")} ${inspect(Some(1))}")
///   println(inspect(Tagged { item: [1, 2], label: "l" }))
/// end
/// ```
/// prints `Point(1, 2) 5 false true true`, `Point { x: 1, y: 5 }`,
/// `Tagged(hi, b) Tagged { item: hi, label: b } "hi" Some(1)` and
/// `Tagged { item: [1, 2], label: l }`.
pub fn structs() -> Program {
    let mut h = Hir::new();
    let t = TyVar(0);
    let inspect = h.add_generic_extern(
        "inspect",
        "@inspect",
        vec![t],
        vec![Type::Var(t)],
        Type::String,
    );
    let point_id = h.add_struct("Point", vec![], vec![("x", Type::Int), ("y", Type::Int)]);
    let tagged_id = h.add_struct(
        "Tagged",
        vec![t],
        vec![("item", Type::Var(t)), ("label", Type::String)],
    );
    let point = Type::Named(point_id, vec![]);
    let tagged = |arg: Type| Type::Named(tagged_id, vec![arg]);
    let main = h.declare("Main", "main");
    let mut d = FnDef::new();
    let p = d.local_id("p", point.clone());
    let q = d.local_id("q", point.clone());
    let tl = d.local_id("t", tagged(Type::String));
    let lp = || local(p, Type::Named(point_id, vec![]));
    let lq = || local(q, Type::Named(point_id, vec![]));
    let mk_point = |x: i64, y: i64| struct_(Type::Named(point_id, vec![]), vec![int(x), int(y)]);
    let insp = |e: mesh_check::hir::Expr| {
        let ty = e.ty.clone();
        ext(inspect, vec![ty], vec![e], Type::String)
    };
    let stmts = vec![
        let_(p, mk_point(1, 2)),
        let_(q, update(lp(), vec![(1, int(5))])),
        h.println(interp(vec![
            h.show(lp()),
            string(" "),
            h.show(field(lq(), 1, Type::Int)),
            string(" "),
            h.show(bin(Eq, lp(), lq())),
            string(" "),
            h.show(bin(Lt, lp(), lq())),
            string(" "),
            h.show(bin(Eq, lp(), mk_point(1, 2))),
        ])),
        h.println(insp(lq())),
        let_(
            tl,
            struct_(tagged(Type::String), vec![string("hi"), string("b")]),
        ),
        h.println(interp(vec![
            h.show(local(tl, tagged(Type::String))),
            string(" "),
            insp(local(tl, tagged(Type::String))),
            string(" "),
            insp(string("hi")),
            string(" "),
            insp(some(int(1))),
        ])),
        h.println(insp(struct_(
            tagged(list(Type::Int)),
            vec![list_of(Type::Int, vec![int(1), int(2)]), string("l")],
        ))),
    ];
    h.define(main, d, Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// Closures, function values and calls of them:
/// ```mesh
/// fn apply(f :: fn(Int) -> Int, x :: Int) -> Int = f(x)
/// fn double(x :: Int) -> Int = x * 2
/// fn twice<T>(f :: fn(T) -> T, x :: T) -> T = f(f(x))
/// fn adder<T>(suffix :: T) -> fn(String) -> String = fn s -> "${s}${suffix}" end
/// fn main() do
///   let k = 10
///   let add_k = fn x -> x + k end
///   println("${apply(add_k, 5)} ${apply(double, 4)}")
///   println(twice(fn s -> s <> "!" end, "hi"))
///   let greet = "hey"
///   let mk = fn n -> fn m -> "${greet} ${n + m}" end end
///   println(mk(1)(2))
///   let show = to_string
///   println(show(42))
///   println(adder(7)("x") <> adder(true)("y"))
/// end
/// ```
/// prints `15 8`, `hi!!`, `hey 3`, `42` and `x7ytrue`.
pub fn closures() -> Program {
    let mut h = Hir::new();
    let t = TyVar(0);
    let int_fn = fun(vec![Type::Int], Type::Int);
    let str_fn = fun(vec![Type::String], Type::String);
    let apply = h.declare("Main", "apply");
    let double = h.declare("Main", "double");
    let twice = h.declare("Main", "twice");
    let adder = h.declare("Main", "adder");
    let main = h.declare("Main", "main");

    let mut d = FnDef::new();
    let f = d.param("f", int_fn.clone());
    let x = d.param("x", Type::Int);
    h.define(apply, d, Type::Int, call_value(f, vec![x]));

    let mut d = FnDef::new();
    let x = d.param("x", Type::Int);
    h.define(double, d, Type::Int, bin(Mul, x, int(2)));

    let mut d = FnDef::generic(vec![t]);
    let tv = Type::Var(t);
    let f = d.param("f", fun(vec![tv.clone()], tv.clone()));
    let x = d.param("x", tv.clone());
    h.define(
        twice,
        d,
        tv.clone(),
        call_value(f.clone(), vec![call_value(f, vec![x])]),
    );

    let mut d = FnDef::generic(vec![t]);
    let suffix = d.param("suffix", tv.clone());
    let suffix_id = d.params[0];
    let s = d.local_id("s", Type::String);
    let body = lambda(
        vec![(s, Type::String)],
        vec![suffix_id],
        interp(vec![local(s, Type::String), h.show(suffix)]),
    );
    h.define(adder, d, str_fn.clone(), body);

    let mut d = FnDef::new();
    let k = d.local_id("k", Type::Int);
    let add_k = d.local_id("add_k", int_fn.clone());
    let lx = d.local_id("x", Type::Int);
    let ls = d.local_id("s", Type::String);
    let greet = d.local_id("greet", Type::String);
    let n = d.local_id("n", Type::Int);
    let m = d.local_id("m", Type::Int);
    let mk_ty = fun(vec![Type::Int], fun(vec![Type::Int], Type::String));
    let mk = d.local_id("mk", mk_ty.clone());
    let show_ty = fun(vec![Type::Int], Type::String);
    let show = d.local_id("show", show_ty.clone());
    let inner = lambda(
        vec![(m, Type::Int)],
        vec![greet, n],
        interp(vec![
            local(greet, Type::String),
            string(" "),
            h.show(bin(Add, local(n, Type::Int), local(m, Type::Int))),
        ]),
    );
    let adder_of = |ty: Type, arg: mesh_check::hir::Expr| {
        call(
            adder,
            vec![ty],
            vec![arg],
            fun(vec![Type::String], Type::String),
        )
    };
    let stmts = vec![
        let_(k, int(10)),
        let_(
            add_k,
            lambda(
                vec![(lx, Type::Int)],
                vec![k],
                bin(Add, local(lx, Type::Int), local(k, Type::Int)),
            ),
        ),
        h.println(interp(vec![
            h.show(call(
                apply,
                vec![],
                vec![local(add_k, int_fn.clone()), int(5)],
                Type::Int,
            )),
            string(" "),
            h.show(call(
                apply,
                vec![],
                vec![fn_ref(double, vec![], int_fn.clone()), int(4)],
                Type::Int,
            )),
        ])),
        h.println(call(
            twice,
            vec![Type::String],
            vec![
                lambda(
                    vec![(ls, Type::String)],
                    vec![],
                    bin(Concat, local(ls, Type::String), string("!")),
                ),
                string("hi"),
            ],
            Type::String,
        )),
        let_(greet, string("hey")),
        let_(mk, lambda(vec![(n, Type::Int)], vec![greet], inner)),
        h.println(call_value(
            call_value(local(mk, mk_ty), vec![int(1)]),
            vec![int(2)],
        )),
        let_(show, ext_ref(h.to_string, vec![Type::Int], show_ty.clone())),
        h.println(call_value(local(show, show_ty), vec![int(42)])),
        h.println(bin(
            Concat,
            call_value(adder_of(Type::Int, int(7)), vec![string("x")]),
            call_value(adder_of(Type::Bool, boolean(true)), vec![string("y")]),
        )),
    ];
    h.define(main, d, Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// Loops and list patterns:
/// ```mesh
/// fn describe(xs :: List<Int>) -> String do
///   case xs do
///     [] -> "empty"
///     [x] -> "one ${x}"
///     (1 | 2) :: _ as all -> "small first of ${all}"
///     h :: t when h > 100 -> "big ${h} then ${t}"
///     _ -> "other"
///   end
/// end
/// fn main() do
///   let evens = for x in [1, 2, 3, 4] when x % 2 == 0 do x * 10 end
///   let r = for i in 0..10 do
///     if i == 3 do continue end
///     if i == 6 do break end
///     i
///   end
///   while true do break end
///   let span = Range.new(5, 8)
///   println("${evens} ${r} ${for i in span do i end} ${for i in 3..1 do i end}")
///   println(describe([])) ... for [7], [2, 9], [200, 1], [5, 5]
///   println("${for (n, s) in [(1, "a"), (2, "b")] do "${s}${n}" end}")
/// end
/// ```
/// prints `[20, 40] [0, 1, 2, 4, 5] [5, 6, 7] []`, `empty`, `one 7`,
/// `small first of [2, 9]`, `big 200 then [1]`, `other` and `[a1, b2]`.
pub fn loops_and_list_patterns() -> Program {
    let mut h = Hir::new();
    let range_id = h.add_type(mesh_check::hir::TypeDef {
        derives: vec![],
        name: "Range".into(),
        module: "Prelude".into(),
        params: vec![],
        kind: mesh_check::hir::TypeDefKind::Builtin,
    });
    let range = Type::Named(range_id, vec![]);
    let range_new = h.add_extern(
        "new",
        "mesh_range_new",
        vec![Type::Int, Type::Int],
        range.clone(),
    );
    let describe = h.declare("Main", "describe");
    let main = h.declare("Main", "main");
    let ints = |xs: &[i64]| list_of(Type::Int, xs.iter().map(|x| int(*x)).collect());

    let mut d = FnDef::new();
    let xs = d.param("xs", list(Type::Int));
    let x = d.local_id("x", Type::Int);
    let all = d.local_id("all", list(Type::Int));
    let hd = d.local_id("h", Type::Int);
    let tl = d.local_id("t", list(Type::Int));
    let arms = vec![
        arm(p_list(Type::Int, vec![]), string("empty")),
        arm(
            p_list(Type::Int, vec![p_bind(x, Type::Int)]),
            interp(vec![string("one "), h.show(local(x, Type::Int))]),
        ),
        arm(
            p_as(
                p_cons(p_or(vec![p_int(1), p_int(2)]), p_wild(list(Type::Int))),
                all,
            ),
            interp(vec![
                string("small first of "),
                h.show(local(all, list(Type::Int))),
            ]),
        ),
        guarded(
            p_cons(p_bind(hd, Type::Int), p_bind(tl, list(Type::Int))),
            bin(Gt, local(hd, Type::Int), int(100)),
            interp(vec![
                string("big "),
                h.show(local(hd, Type::Int)),
                string(" then "),
                h.show(local(tl, list(Type::Int))),
            ]),
        ),
        arm(p_wild(list(Type::Int)), string("other")),
    ];
    h.define(describe, d, Type::String, case(xs, arms, Type::String));

    let mut d = FnDef::new();
    let evens = d.local_id("evens", list(Type::Int));
    let r = d.local_id("r", list(Type::Int));
    let span = d.local_id("span", range.clone());
    let lx = d.local_id("x", Type::Int);
    let li = d.local_id("i", Type::Int);
    let ln = d.local_id("n", Type::Int);
    let ls = d.local_id("s", Type::String);
    let range_of = |a: i64, b: i64| ext(range_new, vec![], vec![int(a), int(b)], range.clone());
    let var_i = || local(li, Type::Int);
    let pair_ty = Type::Tuple(vec![Type::Int, Type::String]);
    let stmts = vec![
        let_(
            evens,
            for_(
                p_bind(lx, Type::Int),
                ForSource::List(Box::new(ints(&[1, 2, 3, 4]))),
                Some(bin(Eq, bin(Rem, local(lx, Type::Int), int(2)), int(0))),
                bin(Mul, local(lx, Type::Int), int(10)),
            ),
        ),
        let_(
            r,
            for_(
                p_bind(li, Type::Int),
                ForSource::Range(Box::new(range_of(0, 10))),
                None,
                block(
                    vec![
                        Stmt::Expr(if_(bin(Eq, var_i(), int(3)), continue_(), unit())),
                        Stmt::Expr(if_(bin(Eq, var_i(), int(6)), break_(), unit())),
                    ],
                    var_i(),
                ),
            ),
        ),
        Stmt::Expr(while_(boolean(true), break_())),
        let_(span, range_of(5, 8)),
        h.println(interp(vec![
            h.show(local(evens, list(Type::Int))),
            string(" "),
            h.show(local(r, list(Type::Int))),
            string(" "),
            h.show(for_(
                p_bind(li, Type::Int),
                ForSource::Range(Box::new(local(span, range.clone()))),
                None,
                var_i(),
            )),
            string(" "),
            h.show(for_(
                p_bind(li, Type::Int),
                ForSource::Range(Box::new(range_of(3, 1))),
                None,
                var_i(),
            )),
        ])),
    ]
    .into_iter()
    .chain(
        [&[][..], &[7], &[2, 9], &[200, 1], &[5, 5]]
            .iter()
            .map(|xs| h.println(call(describe, vec![], vec![ints(xs)], Type::String))),
    )
    .chain([h.println(h.show(for_(
        p_tuple(vec![p_bind(ln, Type::Int), p_bind(ls, Type::String)]),
        ForSource::List(Box::new(list_of(
            pair_ty,
            vec![
                tuple(vec![int(1), string("a")]),
                tuple(vec![int(2), string("b")]),
            ],
        ))),
        None,
        interp(vec![local(ls, Type::String), h.show(local(ln, Type::Int))]),
    )))])
    .collect();
    h.define(main, d, Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// Runtime collections keyed by structs, through `TypeInfo`s:
/// ```mesh
/// fn main() do
///   let m = Map.new() |> Map.put(Point { x: 1, y: 2 }, "a")
///         |> Map.put(Point { x: 3, y: 4 }, "b") |> Map.put(Point { x: 1, y: 2 }, "c")
///   println("${m} ${Map.size(m)}")
///   println("${for (k, v) in m do "${k.x}${v}" end}")
///   println("${List.contains([Point { x: 3, y: 4 }], Point { x: 3, y: 4 })}")
///   let s = Set.new() |> Set.add((1, "a")) |> Set.add((1, "a")) |> Set.add((2, "b"))
///   println("${s} ${for p in s do p end}")
/// end
/// ```
/// prints `%{Point(1, 2) => c, Point(3, 4) => b} 2`, `[1c, 3b]`, `true`
/// and `#{(1, a), (2, b)} [(1, a), (2, b)]`.
pub fn collections_with_type_info() -> Program {
    let mut h = Hir::new();
    let (k, v) = (TyVar(0), TyVar(1));
    let builtin = |h: &mut Hir, name: &str, params: Vec<TyVar>| {
        h.add_type(mesh_check::hir::TypeDef {
            derives: vec![],
            name: name.into(),
            module: "Prelude".into(),
            params,
            kind: mesh_check::hir::TypeDefKind::Builtin,
        })
    };
    let map_id = builtin(&mut h, "Map", vec![k, v]);
    let set_id = builtin(&mut h, "Set", vec![k]);
    let map = |a: Type, b: Type| Type::Named(map_id, vec![a, b]);
    let set = |a: Type| Type::Named(set_id, vec![a]);
    let (kv, vv) = (Type::Var(k), Type::Var(v));
    let map_new = h.add_generic_extern(
        "new",
        "mesh_map_new[K,V]",
        vec![k, v],
        vec![],
        map(kv.clone(), vv.clone()),
    );
    let map_put = h.add_generic_extern(
        "put",
        "mesh_map_put",
        vec![k, v],
        vec![map(kv.clone(), vv.clone()), kv.clone(), vv.clone()],
        map(kv.clone(), vv.clone()),
    );
    let map_size = h.add_generic_extern(
        "size",
        "mesh_map_size",
        vec![k, v],
        vec![map(kv.clone(), vv.clone())],
        Type::Int,
    );
    let contains = h.add_generic_extern(
        "contains",
        "mesh_list_contains[T]",
        vec![k],
        vec![list(kv.clone()), kv.clone()],
        Type::Bool,
    );
    let set_new = h.add_generic_extern("new", "mesh_set_new[T]", vec![k], vec![], set(kv.clone()));
    let set_add = h.add_generic_extern(
        "add",
        "mesh_set_add",
        vec![k],
        vec![set(kv.clone()), kv.clone()],
        set(kv.clone()),
    );
    let point_id = h.add_struct("Point", vec![], vec![("x", Type::Int), ("y", Type::Int)]);
    let point = Type::Named(point_id, vec![]);
    let mk_point = |x: i64, y: i64| struct_(Type::Named(point_id, vec![]), vec![int(x), int(y)]);
    let main = h.declare("Main", "main");
    let mut d = FnDef::new();
    let pm = map(point.clone(), Type::String);
    let m = d.local_id("m", pm.clone());
    let lk = d.local_id("k", point.clone());
    let lv = d.local_id("v", Type::String);
    let pair = Type::Tuple(vec![Type::Int, Type::String]);
    let s = d.local_id("s", set(pair.clone()));
    let lp = d.local_id("p", pair.clone());
    let targs = vec![point.clone(), Type::String];
    let put = |base: mesh_check::hir::Expr, key, value| {
        ext(map_put, targs.clone(), vec![base, key, value], pm.clone())
    };
    let add = |base: mesh_check::hir::Expr, n: i64, text: &str| {
        ext(
            set_add,
            vec![pair.clone()],
            vec![base, tuple(vec![int(n), string(text)])],
            set(pair.clone()),
        )
    };
    let built = put(
        put(
            put(
                ext(map_new, targs.clone(), vec![], pm.clone()),
                mk_point(1, 2),
                string("a"),
            ),
            mk_point(3, 4),
            string("b"),
        ),
        mk_point(1, 2),
        string("c"),
    );
    let stmts = vec![
        let_(m, built),
        h.println(interp(vec![
            h.show(local(m, pm.clone())),
            string(" "),
            h.show(ext(
                map_size,
                targs.clone(),
                vec![local(m, pm.clone())],
                Type::Int,
            )),
        ])),
        h.println(h.show(for_(
            p_tuple(vec![p_bind(lk, point.clone()), p_bind(lv, Type::String)]),
            ForSource::Map(Box::new(local(m, pm.clone()))),
            None,
            interp(vec![
                h.show(field(local(lk, point.clone()), 0, Type::Int)),
                local(lv, Type::String),
            ]),
        ))),
        h.println(h.show(ext(
            contains,
            vec![point.clone()],
            vec![list_of(point.clone(), vec![mk_point(3, 4)]), mk_point(3, 4)],
            Type::Bool,
        ))),
        let_(
            s,
            add(
                add(
                    add(
                        ext(set_new, vec![pair.clone()], vec![], set(pair.clone())),
                        1,
                        "a",
                    ),
                    1,
                    "a",
                ),
                2,
                "b",
            ),
        ),
        h.println(interp(vec![
            h.show(local(s, set(pair.clone()))),
            string(" "),
            h.show(for_(
                p_bind(lp, pair.clone()),
                ForSource::Set(Box::new(local(s, set(pair.clone())))),
                None,
                local(lp, pair.clone()),
            )),
        ])),
    ];
    h.define(main, d, Type::Unit, block(stmts, unit()));
    h.set_main(main);
    h.program
}

/// Interface method calls and user impls:
/// ```mesh
/// struct Money do cents :: Int end
/// impl Add for Money do
///   fn add(self, other :: Money) -> Money do Money { cents: self.cents + other.cents } end
/// end
/// impl Display for Money do
///   fn to_string(self) -> String do "$${self.cents}" end
/// end
/// fn plus<T: Add>(a :: T, b :: T) -> T do a + b end       # TraitCall Add.add on T
/// fn show<T: Display>(x :: T) -> String do x.to_string() end
/// fn main() do
///   println(show(plus(Money { cents: 150 }, Money { cents: 250 })))
///   println(show(plus(40, 2)))
///   println("${Money { cents: 7 }} ${[Money { cents: 1 }]}")
///   println("${compare(3, 5)} ${compare("b", "a")} ${3.eq(3)} ${Hash.hash(7) == Hash.hash(7)}")
/// end
/// ```
/// prints `$400`, `42`, `$7 [$1]` and `Less Greater true true`.
pub fn trait_calls() -> Program {
    let mut h = Hir::new();
    let money_id = h.add_struct("Money", vec![], vec![("cents", Type::Int)]);
    let money = Type::Named(money_id, vec![]);
    let ordering = Type::Named(ORDERING, vec![]);
    let add = h.declare("Main", "add");
    let display = h.declare("Main", "to_string");
    let plus = h.declare("Main", "plus");
    let show = h.declare("Main", "show");
    let main = h.declare("Main", "main");

    let mut d = FnDef::new();
    let this = d.param("self", money.clone());
    let other = d.param("other", money.clone());
    let sum = bin(
        mesh_check::hir::BinOp::Add,
        field(this, 0, Type::Int),
        field(other, 0, Type::Int),
    );
    h.define(add, d, money.clone(), struct_(money.clone(), vec![sum]));

    let mut d = FnDef::new();
    let this = d.param("self", money.clone());
    let text = interp(vec![string("$"), h.show(field(this, 0, Type::Int))]);
    h.define(display, d, Type::String, text);

    h.program.impls = vec![
        mesh_check::hir::ImplInfo {
            interface: "Add".into(),
            interface_args: vec![],
            for_type: money.clone(),
            type_params: vec![],
            methods: vec![("add".into(), add)],
            assoc_types: vec![("Output".into(), money.clone())],
        },
        mesh_check::hir::ImplInfo {
            interface: "Display".into(),
            interface_args: vec![],
            for_type: money.clone(),
            type_params: vec![],
            methods: vec![("to_string".into(), display)],
            assoc_types: vec![],
        },
    ];

    let t = TyVar(0);
    let tv = Type::Var(t);
    let mut d = FnDef::generic(vec![t]);
    let a = d.param("a", tv.clone());
    let b = d.param("b", tv.clone());
    h.define(plus, d, tv.clone(), trait_call("Add", "add", tv.clone(), vec![a, b], tv.clone()));

    let mut d = FnDef::generic(vec![t]);
    let x = d.param("x", tv.clone());
    h.define(show, d, Type::String, trait_call("Display", "to_string", tv.clone(), vec![x], Type::String));

    let cents = |n: i64| struct_(money.clone(), vec![int(n)]);
    let shown = |value: mesh_check::hir::Expr| {
        let ty = value.ty.clone();
        call(show, vec![ty], vec![value], Type::String)
    };
    let plus_of = |x: mesh_check::hir::Expr, y: mesh_check::hir::Expr| {
        let ty = x.ty.clone();
        call(plus, vec![ty.clone()], vec![x, y], ty)
    };
    let hash = |n: i64| trait_call("Hash", "hash", Type::Int, vec![int(n)], Type::Int);
    let body = block(
        vec![
            h.println(shown(plus_of(cents(150), cents(250)))),
            h.println(shown(plus_of(int(40), int(2)))),
            h.println(interp(vec![
                h.show(cents(7)),
                string(" "),
                h.show(list_of(money.clone(), vec![cents(1)])),
            ])),
            h.println(interp(vec![
                h.show(trait_call("Ord", "compare", Type::Int, vec![int(3), int(5)], ordering.clone())),
                string(" "),
                h.show(trait_call("Ord", "compare", Type::String, vec![string("b"), string("a")], ordering.clone())),
                string(" "),
                h.show(trait_call("Eq", "eq", Type::Int, vec![int(3), int(3)], Type::Bool)),
                string(" "),
                h.show(bin(mesh_check::hir::BinOp::Eq, hash(7), hash(7))),
            ])),
        ],
        unit(),
    );
    h.define(main, FnDef::new(), Type::Unit, body);
    h.set_main(main);
    h.program
}

/// `deriving(Json)` and `deriving(Row)`:
/// ```mesh
/// struct Point do x :: Int  label :: String  score :: Float  tags :: List<String>  note :: Option<String> end deriving(Json)
/// type Shape do Circle(Float)  Dot end deriving(Json)
/// struct Rec do id :: Int  ok :: Bool  name :: Option<String> end deriving(Row)
/// fn main() do
///   println(Json.encode(Point { x: 1, label: "a\"b", score: 1.0, tags: ["t"], note: None }))
///   println(Json.encode([Circle(2.5), Dot]))
///   println(Json.encode(%{"k" => Some(0.1 + 0.2)}))
///   println("${Point.from_json("{\"x\":2.9,\"label\":\"q\",\"score\":3,\"tags\":[],\"extra\":1}")}")
///   println("${Point.from_json("{\"x\":1}")} ${Point.from_json("[1]")} ${Point.from_json("{\"x\":true}")}")
///   println("${Shape.from_json("{\"tag\":\"Circle\",\"fields\":[1]}")} ${Shape.from_json("{\"tag\":\"Square\",\"fields\":[]}")}")
///   println("${Rec.from_row(%{"id" => " 7", "ok" => "YES", "name" => ""})} ${Rec.from_row(%{"id" => "x"})} ${Rec.from_row(%{})}")
///   println("${Json.to_json(Some([1, 2]))}")
/// end
/// ```
pub fn json_and_rows() -> Program {
    use mesh_check::hir::{Expr, TypeDef, TypeDefKind, VariantDef};
    let mut h = Hir::new();
    let (k, v) = (TyVar(0), TyVar(1));
    let builtin = |h: &mut Hir, name: &str, params: Vec<TyVar>| {
        h.add_type(TypeDef {
            derives: vec![],
            name: name.into(),
            module: "Prelude".into(),
            params,
            kind: TypeDefKind::Builtin,
        })
    };
    let map_id = builtin(&mut h, "Map", vec![k, v]);
    let json_id = builtin(&mut h, "Json", vec![]);
    let map = |a: Type, b: Type| Type::Named(map_id, vec![a, b]);
    let json = Type::Named(json_id, vec![]);
    let (kv, vv) = (Type::Var(k), Type::Var(v));
    let map_new = h.add_generic_extern("new", "mesh_map_new[K,V]", vec![k, v], vec![], map(kv.clone(), vv.clone()));
    let map_put = h.add_generic_extern(
        "put",
        "mesh_map_put",
        vec![k, v],
        vec![map(kv.clone(), vv.clone()), kv.clone(), vv.clone()],
        map(kv.clone(), vv.clone()),
    );
    let encode = h.add_generic_extern("encode", "@json_encode", vec![k], vec![kv.clone()], Type::String);
    let to_json = h.add_generic_extern("to_json", "@to_json", vec![k], vec![kv.clone()], json.clone());
    let from_json = h.add_generic_extern(
        "from_json",
        "@from_json",
        vec![k],
        vec![Type::String],
        result(kv.clone(), Type::String),
    );
    let from_row = h.add_generic_extern(
        "from_row",
        "@from_row",
        vec![k],
        vec![map(Type::String, Type::String)],
        result(kv.clone(), Type::String),
    );
    let point_id = h.add_struct(
        "Point",
        vec![],
        vec![
            ("x", Type::Int),
            ("label", Type::String),
            ("score", Type::Float),
            ("tags", list(Type::String)),
            ("note", option(Type::String)),
        ],
    );
    let point = Type::Named(point_id, vec![]);
    let shape_id = h.add_type(TypeDef {
        derives: vec!["Json".into()],
        name: "Shape".into(),
        module: "Main".into(),
        params: vec![],
        kind: TypeDefKind::Sum {
            variants: vec![
                VariantDef {
                    name: "Circle".into(),
                    fields: vec![Type::Float],
                },
                VariantDef {
                    name: "Dot".into(),
                    fields: vec![],
                },
            ],
        },
    });
    let shape = Type::Named(shape_id, vec![]);
    let rec_id = h.add_struct(
        "Rec",
        vec![],
        vec![("id", Type::Int), ("ok", Type::Bool), ("name", option(Type::String))],
    );
    let rec = Type::Named(rec_id, vec![]);
    let main = h.declare("Main", "main");

    let encoded = |value: Expr| {
        let ty = value.ty.clone();
        ext(encode, vec![ty], vec![value], Type::String)
    };
    let decoded = |ty: &Type, text: &str| {
        ext(from_json, vec![ty.clone()], vec![string(text)], result(ty.clone(), Type::String))
    };
    let string_map = |entries: &[(&str, &str)]| {
        let mut m = ext(map_new, vec![Type::String, Type::String], vec![], map(Type::String, Type::String));
        for (key, value) in entries {
            m = ext(
                map_put,
                vec![Type::String, Type::String],
                vec![m, string(key), string(value)],
                map(Type::String, Type::String),
            );
        }
        m
    };
    let row = |entries: &[(&str, &str)]| {
        ext(from_row, vec![rec.clone()], vec![string_map(entries)], result(rec.clone(), Type::String))
    };
    let spaced = |h: &Hir, items: Vec<Expr>| {
        let mut parts = Vec::new();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                parts.push(string(" "));
            }
            parts.push(h.show(item));
        }
        interp(parts)
    };
    let float_map = ext(
        map_put,
        vec![Type::String, option(Type::Float)],
        vec![
            ext(map_new, vec![Type::String, option(Type::Float)], vec![], map(Type::String, option(Type::Float))),
            string("k"),
            some(bin(Add, float(0.1), float(0.2))),
        ],
        map(Type::String, option(Type::Float)),
    );
    let body = block(
        vec![
            h.println(encoded(struct_(
                point.clone(),
                vec![
                    int(1),
                    string("a\"b"),
                    float(1.0),
                    list_of(Type::String, vec![string("t")]),
                    none(Type::String),
                ],
            ))),
            h.println(encoded(list_of(
                shape.clone(),
                vec![construct(shape.clone(), 0, vec![float(2.5)]), construct(shape.clone(), 1, vec![])],
            ))),
            h.println(encoded(float_map)),
            h.println(spaced(
                &h,
                vec![decoded(&point, r#"{"x":2.9,"label":"q","score":3,"tags":["u"],"extra":1}"#)],
            )),
            h.println(spaced(
                &h,
                vec![
                    decoded(&point, r#"{"x":1}"#),
                    decoded(&point, "[1]"),
                    decoded(&point, r#"{"x":true}"#),
                    decoded(&point, r#"{"x":1,"label":"l","score":0.5,"tags":[1],"note":null}"#),
                ],
            )),
            h.println(spaced(
                &h,
                vec![
                    decoded(&shape, r#"{"tag":"Circle","fields":[1]}"#),
                    decoded(&shape, r#"{"tag":"Square","fields":[]}"#),
                    decoded(&option(list(Type::Int)), "[1, 2.5]"),
                    decoded(&option(Type::Int), "null"),
                ],
            )),
            h.println(spaced(
                &h,
                vec![
                    row(&[("id", " 7"), ("ok", "YES"), ("name", "")]),
                    row(&[("id", "3"), ("ok", "f"), ("name", "n")]),
                    row(&[("id", "x"), ("ok", "t")]),
                    row(&[]),
                ],
            )),
            h.println(spaced(
                &h,
                vec![ext(
                    to_json,
                    vec![option(list(Type::Int))],
                    vec![some(list_of(Type::Int, vec![int(1), int(2)]))],
                    json,
                )],
            )),
        ],
        unit(),
    );
    h.define(main, FnDef::new(), Type::Unit, body);
    h.set_main(main);
    h.program
}

/// User impls on a generic type and replacing the structural helpers:
/// ```mesh
/// struct Slot<T> do item :: T end
/// impl Display for Slot do
///   fn to_string(self) -> String do "<${self.item}>" end   # TraitCall Display.to_string on T
/// end
/// struct Ver do n :: Int end
/// impl Eq for Ver do fn eq(self, other :: Ver) -> Bool do true end end
/// impl Ord for Ver do   # reversed
///   fn compare(self, other :: Ver) -> Ordering do if self.n > other.n do Less else Greater end end
/// end
/// fn main() do
///   println("${Slot { item: 5 }} ${Slot { item: Slot { item: "s" } }}")
///   println("${Ver { n: 1 } == Ver { n: 2 }} ${Ver { n: 1 } < Ver { n: 2 }} ${Ver { n: 3 } < Ver { n: 2 }}")
///   println("${(Ver { n: 1 }, 0) == (Ver { n: 9 }, 0)}")
/// end
/// ```
/// prints `<5> <<s>>`, `true false true` and `true`.
pub fn user_impls_replace_helpers() -> Program {
    use mesh_check::hir::{BinOp as B, ImplInfo};
    let mut h = Hir::new();
    let t = TyVar(0);
    let tv = Type::Var(t);
    let slot_id = h.add_struct("Slot", vec![t], vec![("item", tv.clone())]);
    let slot = |a: Type| Type::Named(slot_id, vec![a]);
    let ver_id = h.add_struct("Ver", vec![], vec![("n", Type::Int)]);
    let ver = Type::Named(ver_id, vec![]);
    let ordering = Type::Named(ORDERING, vec![]);
    let slot_display = h.declare("Main", "to_string");
    let ver_eq = h.declare("Main", "eq");
    let ver_compare = h.declare("Main", "compare");
    let main = h.declare("Main", "main");

    let mut d = FnDef::generic(vec![t]);
    let this = d.param("self", slot(tv.clone()));
    let item = trait_call("Display", "to_string", tv.clone(), vec![field(this, 0, tv.clone())], Type::String);
    h.define(slot_display, d, Type::String, interp(vec![string("<"), item, string(">")]));

    let mut d = FnDef::new();
    d.param("self", ver.clone());
    d.param("other", ver.clone());
    h.define(ver_eq, d, Type::Bool, boolean(true));

    let mut d = FnDef::new();
    let this = d.param("self", ver.clone());
    let other = d.param("other", ver.clone());
    let body = if_(
        bin(B::Gt, field(this, 0, Type::Int), field(other, 0, Type::Int)),
        construct(ordering.clone(), 0, vec![]),
        construct(ordering.clone(), 2, vec![]),
    );
    h.define(ver_compare, d, ordering.clone(), body);

    let implementation = |interface: &str, for_type: Type, type_params, method: &str, func| ImplInfo {
        interface: interface.into(),
        interface_args: vec![],
        for_type,
        type_params,
        methods: vec![(method.to_string(), func)],
        assoc_types: vec![],
    };
    h.program.impls = vec![
        implementation("Display", slot(tv.clone()), vec![t], "to_string", slot_display),
        implementation("Eq", ver.clone(), vec![], "eq", ver_eq),
        implementation("Ord", ver.clone(), vec![], "compare", ver_compare),
    ];

    let v = |n: i64| struct_(ver.clone(), vec![int(n)]);
    let inner = struct_(slot(Type::String), vec![string("s")]);
    let pair = |n: i64| tuple(vec![v(n), int(0)]);
    let body = block(
        vec![
            h.println(interp(vec![
                h.show(struct_(slot(Type::Int), vec![int(5)])),
                string(" "),
                h.show(struct_(slot(slot(Type::String)), vec![inner])),
            ])),
            h.println(interp(vec![
                h.show(bin(B::Eq, v(1), v(2))),
                string(" "),
                h.show(bin(B::Lt, v(1), v(2))),
                string(" "),
                h.show(bin(B::Lt, v(3), v(2))),
            ])),
            h.println(h.show(bin(B::Eq, pair(1), pair(9)))),
        ],
        unit(),
    );
    h.define(main, FnDef::new(), Type::Unit, body);
    h.set_main(main);
    h.program
}
