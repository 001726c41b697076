//! The module graph (language.md §2.2-2.4): module names, imports between
//! user modules, self-imports and cycles (project errors), unknown modules
//! (E0031), and the order in which modules are checked (standard library
//! first, then user modules with dependencies first).

use crate::{ModuleSource, Origin, ProjectError};
use mesh_syntax::{ast, codes, Diagnostic, Span};
use std::collections::HashMap;

/// Every standard-library module name (§2.4.2); only some have a file yet.
pub const STDLIB_MODULE_NAMES: &[&str] = &[
    "String",
    "IO",
    "Env",
    "File",
    "List",
    "Map",
    "Set",
    "Tuple",
    "Range",
    "Queue",
    "HTTP",
    "Request",
    "JSON",
    "Json",
    "Job",
    "Math",
    "Int",
    "Float",
    "Timer",
    "Sqlite",
    "Pg",
    "Pool",
    "Node",
    "Process",
    "Global",
    "Ws",
    "Iter",
    "Orm",
    "Query",
    "Repo",
    "Changeset",
    "Migration",
    // Internal: the process runtime bindings generated code calls
    // (synth.rs); no program can spell the name.
    "Runtime#",
];

pub fn is_stdlib_name(name: &str) -> bool {
    STDLIB_MODULE_NAMES.contains(&name)
}

/// An import as written, resolved against the module table.
#[derive(Clone, Debug)]
pub struct ImportRef {
    /// The imported module, when it is a known module (user or stdlib with a file).
    pub target: Option<usize>,
    /// Dotted path as written.
    pub path: String,
    pub path_span: Span,
    /// `from ... import names`; `None` for `import M`.
    pub names: Option<Vec<ast::Name>>,
}

pub struct ModuleGraph {
    /// Indices into the module list, in checking order.
    pub order: Vec<usize>,
    /// Resolved imports of every module (same indexing as the module list).
    pub imports: Vec<Vec<ImportRef>>,
    pub diagnostics: Vec<Diagnostic>,
}

fn dotted(path: &[ast::Name]) -> String {
    path.iter()
        .map(|n| n.text.as_str())
        .collect::<Vec<_>>()
        .join(".")
}

fn path_span(path: &[ast::Name], fallback: Span) -> Span {
    match (path.first(), path.last()) {
        (Some(a), Some(b)) => a.span.to(b.span),
        _ => fallback,
    }
}

pub fn build(modules: &[ModuleSource]) -> Result<ModuleGraph, ProjectError> {
    let mut user: HashMap<&str, usize> = HashMap::new();
    let mut stdlib: HashMap<&str, usize> = HashMap::new();
    for (i, m) in modules.iter().enumerate() {
        let table = if m.origin == Origin::User {
            &mut user
        } else {
            &mut stdlib
        };
        if table.insert(m.name.as_str(), i).is_some() {
            return Err(ProjectError(format!("Duplicate module name '{}'", m.name)));
        }
    }

    let mut diagnostics = Vec::new();
    let mut imports = Vec::new();
    let mut edges: Vec<Vec<usize>> = Vec::new();
    for m in modules {
        let mut refs = Vec::new();
        let mut deps = Vec::new();
        for item in &m.ast.items {
            let (path, names, span) = match item {
                ast::Item::Import(i) => (&i.path, None, i.span),
                ast::Item::FromImport(i) => (&i.path, Some(i.names.clone()), i.span),
                _ => continue,
            };
            if path.is_empty() {
                continue;
            }
            let text = dotted(path);
            let pspan = path_span(path, span);
            if text == m.name {
                return Err(ProjectError(format!(
                    "Module '{}' cannot import itself",
                    m.name
                )));
            }
            let target = if m.origin == Origin::User {
                if let Some(&t) = user.get(text.as_str()) {
                    deps.push(t);
                    Some(t)
                } else if is_stdlib_name(&path[0].text) {
                    stdlib.get(text.as_str()).copied()
                } else {
                    diagnostics.push(Diagnostic::error(
                        codes::MODULE_NOT_FOUND,
                        format!("module `{}` not found", text),
                        pspan,
                    ));
                    continue;
                }
            } else {
                stdlib.get(text.as_str()).copied()
            };
            refs.push(ImportRef {
                target,
                path: text,
                path_span: pspan,
                names,
            });
        }
        imports.push(refs);
        edges.push(deps);
    }

    // Depth-first search: standard library first, then user modules in the
    // given order; a grey node reached again closes a cycle.
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        White,
        Grey,
        Black,
    }
    let mut mark = vec![Mark::White; modules.len()];
    let mut order = Vec::new();
    let mut roots: Vec<usize> = (0..modules.len())
        .filter(|&i| modules[i].origin == Origin::Stdlib)
        .collect();
    roots.sort_by_key(|&i| modules[i].name != "Prelude");
    roots.extend((0..modules.len()).filter(|&i| modules[i].origin == Origin::User));
    for root in roots {
        if mark[root] != Mark::White {
            continue;
        }
        // Iterative DFS with an explicit path.
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        mark[root] = Mark::Grey;
        while let Some(&mut (node, ref mut next)) = stack.last_mut() {
            if let Some(&dep) = edges[node].get(*next) {
                *next += 1;
                match mark[dep] {
                    Mark::White => {
                        mark[dep] = Mark::Grey;
                        stack.push((dep, 0));
                    }
                    Mark::Grey => {
                        let start = stack.iter().position(|(n, _)| *n == dep).unwrap_or(0);
                        let mut names: Vec<&str> = stack[start..]
                            .iter()
                            .map(|(n, _)| modules[*n].name.as_str())
                            .collect();
                        names.push(modules[dep].name.as_str());
                        return Err(ProjectError(format!(
                            "Circular dependency: {}",
                            names.join(" -> ")
                        )));
                    }
                    Mark::Black => {}
                }
            } else {
                mark[node] = Mark::Black;
                order.push(node);
                stack.pop();
            }
        }
    }
    Ok(ModuleGraph {
        order,
        imports,
        diagnostics,
    })
}
