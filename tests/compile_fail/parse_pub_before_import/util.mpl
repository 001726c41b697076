# Module Util: valid helper module.
pub fn present() -> Int = 1
