//! Size classes of small objects: the slot sizes a [`super::page::Page`]
//! is cut into.
//!
//! Requests are rounded up to the next class: steps of 16 bytes up to 256
//! (16 classes), then four classes per power of two (`320, 384, 448, 512,
//! 640, ...`) up to [`MAX_SMALL_SIZE`], so rounding wastes at most a
//! quarter of an object. Larger objects are large objects with their own
//! mapping.

/// The largest object size served from size-class pages.
pub const MAX_SMALL_SIZE: usize = 8192;

/// Number of size classes.
pub const CLASS_COUNT: usize = 36;

/// Classes below this index are 16 bytes apart.
const LINEAR_CLASSES: usize = 16;

/// The class whose slots hold `size` bytes, or `None` for a large object.
pub fn class_of(size: usize) -> Option<usize> {
    if size > MAX_SMALL_SIZE {
        return None;
    }
    if size <= 16 * LINEAR_CLASSES {
        return Some(size.max(1).div_ceil(16) - 1);
    }
    // `size` is in (2^log, 2^(log+1)] with log >= 8; that range has four
    // classes, 2^(log-2) bytes apart.
    let last_byte = size - 1;
    let log = (usize::BITS - 1 - last_byte.leading_zeros()) as usize;
    Some(LINEAR_CLASSES + (log - 8) * 4 + ((last_byte >> (log - 2)) & 3))
}

/// The slot size of class `class`.
pub fn slot_size(class: usize) -> usize {
    if class < LINEAR_CLASSES {
        return 16 * (class + 1);
    }
    let (doubling, step) = ((class - LINEAR_CLASSES) / 4, (class - LINEAR_CLASSES) % 4);
    (256 << doubling) + (step + 1) * (64 << doubling)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_small_size_gets_the_smallest_class_that_fits() {
        for size in 1..=MAX_SMALL_SIZE {
            let class = class_of(size).expect("small size");
            assert!(class < CLASS_COUNT, "size {size}");
            assert!(slot_size(class) >= size, "size {size}");
            assert!(class == 0 || slot_size(class - 1) < size, "size {size}");
            assert_eq!(slot_size(class) % 16, 0);
        }
        assert_eq!(slot_size(CLASS_COUNT - 1), MAX_SMALL_SIZE);
        assert_eq!(class_of(MAX_SMALL_SIZE + 1), None);
    }
}
