//! The standard library written in Mesh (`stdlib/*.mpl` at the repository
//! root), embedded at build time.

/// `(path shown in diagnostics, module name, source text)` of every stdlib file.
pub const SOURCES: &[(&str, &str, &str)] = &[
    ("<stdlib>/prelude.mpl", "Prelude", include_str!("../../../stdlib/prelude.mpl")),
    ("<stdlib>/string.mpl", "String", include_str!("../../../stdlib/string.mpl")),
    ("<stdlib>/list.mpl", "List", include_str!("../../../stdlib/list.mpl")),
    ("<stdlib>/map.mpl", "Map", include_str!("../../../stdlib/map.mpl")),
    ("<stdlib>/set.mpl", "Set", include_str!("../../../stdlib/set.mpl")),
    ("<stdlib>/range.mpl", "Range", include_str!("../../../stdlib/range.mpl")),
    ("<stdlib>/queue.mpl", "Queue", include_str!("../../../stdlib/queue.mpl")),
    ("<stdlib>/tuple.mpl", "Tuple", include_str!("../../../stdlib/tuple.mpl")),
    ("<stdlib>/iter.mpl", "Iter", include_str!("../../../stdlib/iter.mpl")),
    ("<stdlib>/math.mpl", "Math", include_str!("../../../stdlib/math.mpl")),
    ("<stdlib>/int.mpl", "Int", include_str!("../../../stdlib/int.mpl")),
    ("<stdlib>/float.mpl", "Float", include_str!("../../../stdlib/float.mpl")),
    ("<stdlib>/env.mpl", "Env", include_str!("../../../stdlib/env.mpl")),
    ("<stdlib>/file.mpl", "File", include_str!("../../../stdlib/file.mpl")),
    ("<stdlib>/io.mpl", "IO", include_str!("../../../stdlib/io.mpl")),
    ("<stdlib>/timer.mpl", "Timer", include_str!("../../../stdlib/timer.mpl")),
    ("<stdlib>/process.mpl", "Process", include_str!("../../../stdlib/process.mpl")),
    ("<stdlib>/json.mpl", "Json", include_str!("../../../stdlib/json.mpl")),
    ("<stdlib>/json.mpl", "JSON", include_str!("../../../stdlib/json.mpl")),
    ("<stdlib>/job.mpl", "Job", include_str!("../../../stdlib/job.mpl")),
    ("<stdlib>/runtime_processes.mpl", "Runtime#", include_str!("../../../stdlib/runtime_processes.mpl")),
];
