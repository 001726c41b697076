# Module Unused: imported by nobody, compiled anyway.
pub fn never_called() -> Int = 1
