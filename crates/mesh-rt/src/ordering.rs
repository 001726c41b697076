//! `Ordering` values the runtime returns, and the prelude's `compare`
//! (stdlib.md §2).
//!
//! `Less`, `Equal` and `Greater` are nullary variants (tags 0, 1, 2 from
//! `stdlib/prelude.mpl`): one static object each, `{ header, tag }`.

use crate::object::{Header, TypeDesc, KIND_SUM, META_STATIC};
use crate::panic::runtime_error;
use crate::typeinfo;

static ORDERING_DESC: TypeDesc = TypeDesc {
    kind: KIND_SUM,
    n_fields: 1,
    ptr_mask: 0,
    name: c"Ordering".as_ptr().cast(),
};

#[repr(C, align(16))]
struct StaticVariant {
    header: Header,
    tag: u64,
}

// SAFETY: immutable, and the header points at a static descriptor.
unsafe impl Sync for StaticVariant {}

const fn variant(tag: u64) -> StaticVariant {
    StaticVariant {
        header: Header {
            desc: &ORDERING_DESC,
            meta: META_STATIC,
        },
        tag,
    }
}

static ORDERINGS: [StaticVariant; 3] = [variant(0), variant(1), variant(2)];

/// The `Ordering` value of a -1/0/1 comparison result (any negative is
/// `Less`, any positive `Greater`).
pub fn from_sign(sign: i64) -> i64 {
    let index = (sign.signum() + 1) as usize;
    &ORDERINGS[index] as *const StaticVariant as i64
}

/// `compare(a, b)`: `Less`, `Equal` or `Greater` by the ordering of the
/// type `info` describes.
///
/// # Safety
/// `info` must be a `TypeInfo` address; `a`, `b` values of its type.
#[no_mangle]
pub unsafe extern "C" fn mesh_compare(a: i64, b: i64, info: i64) -> i64 {
    let info = typeinfo::from_word(info);
    match info.cmp {
        Some(cmp) => from_sign(cmp(a, b)),
        None => runtime_error("compare", format_args!("{} has no ordering", info.name())),
    }
}
