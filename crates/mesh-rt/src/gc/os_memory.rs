//! Memory from the operating system: anonymous mappings for heap pages and
//! large objects, and giving them back.
//!
//! Fresh mappings are zero-filled and only cost resident memory once
//! touched.

use std::sync::OnceLock;

/// The operating system's page size.
pub fn os_page_size() -> usize {
    static SIZE: OnceLock<usize> = OnceLock::new();
    *SIZE.get_or_init(|| {
        // SAFETY: sysconf has no preconditions.
        let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
        usize::try_from(size)
            .ok()
            .filter(|&s| s > 0)
            .unwrap_or(4096)
    })
}

/// Maps `len` bytes of zeroed read-write memory (`len` a multiple of the
/// OS page size); `None` when the system refuses.
pub fn map(len: usize) -> Option<usize> {
    // SAFETY: an anonymous private mapping at an address of the kernel's
    // choosing touches no existing memory.
    let address = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    (address != libc::MAP_FAILED).then_some(address as usize)
}

/// Maps `len` bytes of zeroed memory starting at a multiple of `align`
/// (both multiples of the OS page size): maps `len + align` bytes and
/// unmaps the unaligned head and the tail.
pub fn map_aligned(len: usize, align: usize) -> Option<usize> {
    let raw = map(len + align)?;
    let start = raw.next_multiple_of(align);
    // SAFETY: both pieces lie inside the mapping just made and are not in
    // use.
    unsafe {
        if start > raw {
            unmap(raw, start - raw);
        }
        let tail = raw + len + align - (start + len);
        if tail > 0 {
            unmap(start + len, tail);
        }
    }
    Some(start)
}

/// Returns `len` bytes at `address` to the system.
///
/// # Safety
/// The range must have been mapped by [`map`] or [`map_aligned`] and must
/// no longer be used.
pub unsafe fn unmap(address: usize, len: usize) {
    libc::munmap(address as *mut libc::c_void, len);
}
