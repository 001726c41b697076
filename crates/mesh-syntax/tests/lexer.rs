//! Lexer tests: token-stream snapshots for every token form (language.md §1),
//! exact diagnostics for every lexical error, and a sweep over random input
//! that checks the lexer never panics and always returns a well-formed
//! token stream.

use mesh_syntax::{codes, lex, Diagnostic, FileId, Span, Token};

const FILE: FileId = FileId(7);

/// One line per token: its span, then the token's `Debug` form.
fn render(tokens: &[(Token, Span)]) -> String {
    tokens
        .iter()
        .map(|(token, span)| format!("{span:?} {token:?}\n"))
        .collect()
}

/// Lexes input that must be free of errors and renders its tokens.
fn tokens_of(source: &str) -> String {
    let (tokens, diagnostics) = lex(FILE, source);
    assert!(
        diagnostics.is_empty(),
        "unexpected diagnostics for {source:?}: {diagnostics:#?}"
    );
    render(&tokens)
}

/// Lexes input and returns only the token values.
fn token_values(source: &str) -> Vec<Token> {
    lex(FILE, source)
        .0
        .into_iter()
        .map(|(token, _)| token)
        .collect()
}

/// Lexes input that must produce errors; returns (message, start..end).
fn errors_of(source: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let (_, diagnostics) = lex(FILE, source);
    for diagnostic in &diagnostics {
        assert_eq!(diagnostic.code, codes::PARSE);
        assert!(diagnostic.is_error());
        assert_eq!(diagnostic.primary.span.file, FILE);
    }
    diagnostics
        .iter()
        .map(|d: &Diagnostic| (d.message.clone(), d.primary.span.range()))
        .collect()
}

fn error_at(message: &str, start: usize, end: usize) -> (String, std::ops::Range<usize>) {
    (message.to_owned(), start..end)
}

// ---------------------------------------------------------------- snapshots

#[test]
fn program_with_every_keyword_and_operator() {
    let source = r#"from Math import add
pub fn main() -> Int do
  let xs = [1, 2, 3] |> List.map(fn x -> x * 2 end)
  case xs do
    [h | _] when h >= 2 and not false -> h
    _ -> 0
  end
end
actor after alias and break call case cast cond continue def do
else end false fn for if impl import in interface let link match
module monitor nil not or pub receive return self send service
spawn struct supervisor terminate trait trap true type when where
while with
+ - * / % == != < > <= >= && || ! |> <> ++ .. ? = -> => :: : | %{ ( ) [ ] { } , . ;
"#;
    insta::assert_snapshot!("every_keyword_and_operator", tokens_of(source));
}

#[test]
fn longest_match_and_adjacent_operators() {
    insta::assert_snapshot!(
        "adjacent_operators",
        tokens_of("a<>b|>c::d..e->f=>g<=h>=i!=j==k&&l||m++n%o%{p}valid?!x")
    );
}

#[test]
fn every_keyword_lexes_to_its_token() {
    let words = "actor after alias and break call case cast cond continue def do else end false fn for \
                 if impl import in interface let link match module monitor nil not or pub receive \
                 return self send service spawn struct supervisor terminate trait trap true type when \
                 where while with";
    let tokens = token_values(words);
    assert_eq!(tokens.len(), 48);
    for (word, token) in words.split_whitespace().zip(&tokens) {
        assert_eq!(token.keyword_text(), Some(word));
    }
    // Keywords are whole words only.
    assert_eq!(
        token_values("ends do_it Self"),
        vec![
            Token::Ident("ends".into()),
            Token::Ident("do_it".into()),
            Token::Ident("Self".into()),
        ]
    );
}

#[test]
fn identifiers() {
    insta::assert_snapshot!(
        "identifiers",
        tokens_of("_ _x x1 Ünïcödé naïve_2 日本 valid? ok! αβγ")
    );
}

#[test]
fn numeric_literals() {
    let source = "0 007 1_000_000 9223372036854775807 9223372036854775808 18446744073709551615\n\
                  0xFF 0Xff_ff 0b1010 0B1_1 0o17 0O7_7\n\
                  1.5 0.25 1_000.000_1 1e9 1E9 2e-3 2.5E+10 1_0e1_0\n\
                  1..5 3.abs() 1.5.x -7 x.0";
    insta::assert_snapshot!("numeric_literals", tokens_of(source));
}

#[test]
fn number_values() {
    assert_eq!(
        token_values("0xFF 0b1010 0o17 1_000 18446744073709551615"),
        vec![
            Token::Int(255),
            Token::Int(10),
            Token::Int(15),
            Token::Int(1000),
            Token::Int(u64::MAX),
        ]
    );
    assert_eq!(
        token_values("1.5 1e9 2e-3 1_0.2_5"),
        vec![
            Token::Float(1.5),
            Token::Float(1e9),
            Token::Float(0.002),
            Token::Float(10.25),
        ]
    );
}

#[test]
fn every_escape() {
    let source = r#""\n|\t|\r|\0|\\|\"|\$|\u|\{|\q|\é" "\${x}" "\
""#;
    insta::assert_snapshot!("every_escape", tokens_of(source));
    let contents: Vec<Token> = token_values(source)
        .into_iter()
        .filter(|t| matches!(t, Token::StringContent(_)))
        .collect();
    assert_eq!(
        contents,
        vec![
            Token::StringContent("\n|\t|\r|\0|\\|\"|$|u|{|q|é".into()),
            Token::StringContent("${x}".into()),
            Token::StringContent("\n".into()),
        ]
    );
}

#[test]
fn string_pieces() {
    let source = r#""" "plain" "n = ${x + 1}!" "${a}${b}" "$ $x #{y} 100$" "a
b""#;
    insta::assert_snapshot!("string_pieces", tokens_of(source));
}

#[test]
fn interpolation_tracks_braces_and_newlines() {
    let source = "\"${ %{\"a\" => 1} } ${ {1, {2}} }${\n  x\n}\"";
    insta::assert_snapshot!("interpolation_braces", tokens_of(source));
}

#[test]
fn nested_interpolation_three_deep() {
    let source = r#""a ${f("b ${g("c ${h + 1} d")} e")} f""#;
    insta::assert_snapshot!("nested_interpolation", tokens_of(source));
}

#[test]
fn triple_quoted_strings() {
    let source = "\"\"\"\"\"\"\n\"\"\"say \"hi\" and \"\"twice\"\"\n  ${name}\\n\"\"\"\n\"\"\"a\"\"\"\"\n\"\"\"b\"\"\" \"\"";
    insta::assert_snapshot!("triple_quoted", tokens_of(source));
}

#[test]
fn atoms_and_colons() {
    let source =
        ":name :asc :org_id :_x :a1é Item { name: value } x :: Int a::b :Upper :1 name:value :::c";
    insta::assert_snapshot!("atoms_and_colons", tokens_of(source));
}

#[test]
fn comments_of_every_kind() {
    let source = "##! module doc\n## item doc\nfn f() do # trailing\n  #\n  x #= inline =# y\n  #= a\n  #= nested\n  =# still comment\n  =# z\n#=##==#=# after\n# #= not a block\nend # \"no string\" ${}";
    insta::assert_snapshot!("comments", tokens_of(source));
}

#[test]
fn newline_variants() {
    let source = "a\nb\r\nc\rd\n\n\r\r\ne\t \tf\n";
    insta::assert_snapshot!("newline_variants", tokens_of(source));
}

#[test]
fn newlines_inside_interpolation_and_brackets_are_emitted() {
    assert_eq!(
        token_values("(\n)\"${\r\n}\""),
        vec![
            Token::LParen,
            Token::Newline,
            Token::RParen,
            Token::StringStart,
            Token::InterpStart,
            Token::Newline,
            Token::InterpEnd,
            Token::StringEnd,
        ]
    );
}

#[test]
fn byte_order_mark_is_skipped() {
    let (tokens, diagnostics) = lex(FILE, "\u{FEFF}x");
    assert!(diagnostics.is_empty());
    assert_eq!(
        tokens,
        vec![(Token::Ident("x".into()), Span::new(FILE, 3, 4))]
    );
    // Only a leading one.
    assert_eq!(
        errors_of("x \u{FEFF}"),
        vec![error_at("unexpected character `\u{FEFF}`", 2, 5)]
    );
}

#[test]
fn empty_and_blank_input() {
    assert_eq!(token_values(""), vec![]);
    assert_eq!(token_values("\u{FEFF}"), vec![]);
    assert_eq!(token_values(" \t "), vec![]);
    assert_eq!(token_values("\r"), vec![Token::Newline]);
    assert_eq!(token_values("# only a comment"), vec![]);
}

// ------------------------------------------------------------------- errors

#[test]
fn unexpected_characters() {
    for c in ["'", "@", "$", "\\", "~", "^", "&", "§", "😀"] {
        let source = format!("a {c} b");
        let len = c.len();
        assert_eq!(
            errors_of(&source),
            vec![error_at(&format!("unexpected character `{c}`"), 2, 2 + len)],
            "for {c:?}"
        );
        // The character is skipped and lexing goes on.
        assert_eq!(
            token_values(&source),
            vec![Token::Ident("a".into()), Token::Ident("b".into())]
        );
    }
    assert_eq!(
        errors_of("a\u{c}b"),
        vec![error_at("unexpected character `\\u{c}`", 1, 2)]
    );
    assert_eq!(
        errors_of("a`b"),
        vec![error_at("unexpected character `` ` ``", 1, 2)]
    );
}

#[test]
fn every_error_in_a_file_is_reported() {
    assert_eq!(
        errors_of("x = @y ~ 1\n'z' & \"${ ` }\""),
        vec![
            error_at("unexpected character `@`", 4, 5),
            error_at("unexpected character `~`", 7, 8),
            error_at("unexpected character `'`", 11, 12),
            error_at("unexpected character `'`", 13, 14),
            error_at("unexpected character `&`", 15, 16),
            error_at("unexpected character `` ` ``", 21, 22),
        ]
    );
}

#[test]
fn unterminated_block_comment() {
    assert_eq!(
        errors_of("x #= a #= b =# c"),
        vec![error_at("unterminated block comment", 2, 4)]
    );
    assert_eq!(
        errors_of("#="),
        vec![error_at("unterminated block comment", 0, 2)]
    );
    assert_eq!(
        errors_of("#=="),
        vec![error_at("unterminated block comment", 0, 2)]
    );
    assert_eq!(token_values("x #= a"), vec![Token::Ident("x".into())]);
}

#[test]
fn integer_too_large() {
    assert_eq!(
        errors_of("x = 18446744073709551616"),
        vec![error_at("integer literal is too large", 4, 24)]
    );
    assert_eq!(
        errors_of("0x1_0000_0000_0000_0000"),
        vec![error_at("integer literal is too large", 0, 23)]
    );
    let binary = format!("0b1_{}", "0".repeat(64));
    assert_eq!(
        errors_of(&binary),
        vec![error_at("integer literal is too large", 0, binary.len())]
    );
    assert_eq!(
        errors_of("99999999999999999999999999999 + 1"),
        vec![error_at("integer literal is too large", 0, 29)]
    );
    // u64::MAX itself is fine; the i64 range is the parser's business.
    assert_eq!(
        token_values("18446744073709551615"),
        vec![Token::Int(u64::MAX)]
    );
    // The literal is replaced by 0 so that the parser sees an expression.
    assert_eq!(
        token_values("99999999999999999999999999999 + 1"),
        vec![Token::Int(0), Token::Plus, Token::Int(1)]
    );
}

#[test]
fn malformed_number_literals() {
    for (source, len) in [
        ("0b102", 5),
        ("0x", 2),
        ("0xZ1", 4),
        ("0o8", 3),
        ("12px", 4),
        ("1e", 2),
        ("1.5e", 4),
        ("3_x", 3),
    ] {
        let full = format!("{source} + 1");
        assert_eq!(
            errors_of(&full),
            vec![error_at(
                &format!("invalid number literal `{source}`"),
                0,
                len
            )],
            "for {source:?}"
        );
        let values = token_values(&full);
        assert_eq!(values.len(), 3, "for {source:?}");
        assert!(
            matches!(values[0], Token::Int(0) | Token::Float(_)),
            "for {source:?}"
        );
    }
}

#[test]
fn unterminated_strings() {
    assert_eq!(
        errors_of("x = \"abc"),
        vec![error_at("unterminated string", 4, 5)]
    );
    assert_eq!(
        errors_of("x = \"\"\"abc\"\""),
        vec![error_at("unterminated string", 4, 7)]
    );
    assert_eq!(
        errors_of("\"abc\\"),
        vec![error_at("unterminated string", 0, 1)]
    );
    assert_eq!(errors_of("\""), vec![error_at("unterminated string", 0, 1)]);
    // An inner string is the innermost open construct.
    assert_eq!(
        errors_of("\"a ${ f(\"b) }"),
        vec![error_at("unterminated string", 8, 9)]
    );
    // The stream is still balanced: text, then an empty-span StringEnd.
    let (tokens, _) = lex(FILE, "\"ab\ncd");
    assert_eq!(
        tokens,
        vec![
            (Token::StringStart, Span::new(FILE, 0, 1)),
            (Token::StringContent("ab\ncd".into()), Span::new(FILE, 1, 6)),
            (Token::StringEnd, Span::new(FILE, 6, 6)),
        ]
    );
}

#[test]
fn unterminated_interpolations() {
    assert_eq!(
        errors_of("\"${"),
        vec![error_at("unterminated interpolation", 1, 3)]
    );
    assert_eq!(
        errors_of("\"a ${ %{1 => 2} "),
        vec![error_at("unterminated interpolation", 3, 5)]
    );
    assert_eq!(
        errors_of("\"${ \"${ x }\" "),
        vec![error_at("unterminated interpolation", 1, 3)]
    );
    assert_eq!(
        token_values("\"${x"),
        vec![
            Token::StringStart,
            Token::InterpStart,
            Token::Ident("x".into()),
            Token::InterpEnd,
            Token::StringEnd,
        ]
    );
}

// ------------------------------------------------------------ random input

/// xorshift64*: a small deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Checks the properties every lexer result has, whatever the input.
fn check_well_formed(source: &str) {
    let (tokens, diagnostics) = lex(FILE, source);
    let mut previous_end = 0;
    let mut open = Vec::new();
    for (token, span) in &tokens {
        let (start, end) = (span.start as usize, span.end as usize);
        assert!(
            previous_end <= start && start <= end && end <= source.len(),
            "{source:?}: {token:?} at {span:?}"
        );
        assert!(
            source.is_char_boundary(start) && source.is_char_boundary(end),
            "{source:?}: {span:?}"
        );
        previous_end = end;
        match token {
            Token::StringStart | Token::InterpStart => open.push(token.clone()),
            Token::StringEnd => assert_eq!(open.pop(), Some(Token::StringStart), "{source:?}"),
            Token::InterpEnd => assert_eq!(open.pop(), Some(Token::InterpStart), "{source:?}"),
            Token::StringContent(text) => assert!(!text.is_empty(), "{source:?}"),
            _ => {}
        }
    }
    assert!(open.is_empty(), "{source:?}: unbalanced string pieces");
    for diagnostic in &diagnostics {
        let span = diagnostic.primary.span;
        assert!(
            span.start < span.end && span.end as usize <= source.len(),
            "{source:?}: {diagnostic:?}"
        );
    }
}

#[test]
fn random_input_never_panics_and_stays_well_formed() {
    const FRAGMENTS: &[&str] = &[
        "\"",
        "\"\"\"",
        "${",
        "}",
        "{",
        "%{",
        "%",
        "\\",
        "$",
        "#",
        "#=",
        "=#",
        "##!",
        "\n",
        "\r",
        "\r\n",
        " ",
        "\t",
        "x",
        "fn",
        "end",
        "_",
        ":",
        "::",
        ":a",
        "0",
        "0x",
        "0b",
        "1.",
        ".5",
        "e",
        "1e",
        "_1",
        "9",
        ".",
        "..",
        "<>",
        "|>",
        "&",
        "@",
        "é",
        "😀",
        "\u{FEFF}",
        "\0",
        "18446744073709551616",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..4000 {
        let len = rng.below(24);
        let source: String = (0..len)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect();
        check_well_formed(&source);
    }
    for _ in 0..3000 {
        let len = rng.below(40);
        let ascii: String = (0..len).map(|_| char::from(rng.below(128) as u8)).collect();
        check_well_formed(&ascii);
    }
    for _ in 0..3000 {
        let len = rng.below(40);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check_well_formed(&String::from_utf8_lossy(&bytes));
    }
}
