# Module Generic: functions whose parameter types are left to inference.
pub fn identity(x) = x

pub fn pair_up(a, b) = (a, b)

pub fn choose(flag :: Bool, a, b) = if flag do a else b end

pub fn wrap_some(x) = Some(x)
