//! One page of small objects: [`PAGE_SIZE`] bytes aligned to their size,
//! cut into equal slots of one size class, with an allocation bitmap and a
//! mark bitmap kept beside the page (object memory holds only objects).
//!
//! A slot is allocated when its allocation bit is set. Allocation takes the
//! lowest free slot at or after a cursor; sweeping makes the mark bitmap the
//! new allocation bitmap, so freeing costs one pass over the bitmap words,
//! not over the objects.

/// Size and alignment of a page.
pub const PAGE_SIZE: usize = 64 * 1024;

/// A page of slots of one size class.
pub struct Page {
    base: usize,
    class: usize,
    slot_size: usize,
    slots: usize,
    allocated: Box<[u64]>,
    marked: Box<[u64]>,
    used: usize,
    /// Index of the first bitmap word that may have a free slot.
    cursor: usize,
}

impl Page {
    /// An empty page at `base` (aligned to [`PAGE_SIZE`]) for slots of
    /// `slot_size` bytes of size class `class`.
    pub fn new(base: usize, class: usize, slot_size: usize) -> Page {
        let slots = PAGE_SIZE / slot_size;
        let words = slots.div_ceil(64);
        Page {
            base,
            class,
            slot_size,
            slots,
            allocated: vec![0; words].into_boxed_slice(),
            marked: vec![0; words].into_boxed_slice(),
            used: 0,
            cursor: 0,
        }
    }

    pub fn base(&self) -> usize {
        self.base
    }

    pub fn class(&self) -> usize {
        self.class
    }

    pub fn slot_size(&self) -> usize {
        self.slot_size
    }

    pub fn is_full(&self) -> bool {
        self.used == self.slots
    }

    /// The bits of bitmap word `word` that stand for existing slots.
    fn slot_bits(&self, word: usize) -> u64 {
        let first_slot = word * 64;
        if self.slots - first_slot >= 64 {
            u64::MAX
        } else {
            (1u64 << (self.slots - first_slot)) - 1
        }
    }

    /// Allocates the lowest free slot at or after the cursor and returns its
    /// address (its memory is not cleared), or `None` when the page is full.
    pub fn take_slot(&mut self) -> Option<usize> {
        while self.cursor < self.allocated.len() {
            let free = !self.allocated[self.cursor] & self.slot_bits(self.cursor);
            if free != 0 {
                let bit = free.trailing_zeros() as usize;
                self.allocated[self.cursor] |= 1 << bit;
                self.used += 1;
                return Some(self.base + (self.cursor * 64 + bit) * self.slot_size);
            }
            self.cursor += 1;
        }
        None
    }

    fn is_allocated(&self, slot: usize) -> bool {
        self.allocated[slot / 64] & (1 << (slot % 64)) != 0
    }

    /// The allocated slot whose memory contains `address` (which must lie
    /// in this page).
    pub fn slot_containing(&self, address: usize) -> Option<usize> {
        let slot = (address - self.base) / self.slot_size;
        (slot < self.slots && self.is_allocated(slot)).then_some(slot)
    }

    /// The allocated slot starting exactly at `address` (which must lie in
    /// this page).
    pub fn slot_starting_at(&self, address: usize) -> Option<usize> {
        let offset = address - self.base;
        if !offset.is_multiple_of(self.slot_size) {
            return None;
        }
        self.slot_containing(address)
    }

    /// The address of slot `slot`.
    pub fn slot_address(&self, slot: usize) -> usize {
        self.base + slot * self.slot_size
    }

    /// Sets the mark bit of `slot`; `true` when it was not set yet.
    pub fn mark(&mut self, slot: usize) -> bool {
        let (word, bit) = (slot / 64, 1u64 << (slot % 64));
        let newly = self.marked[word] & bit == 0;
        self.marked[word] |= bit;
        newly
    }

    /// Frees every slot that is not marked, clears the marks and returns
    /// the number of slots still allocated.
    pub fn sweep(&mut self) -> usize {
        let mut used = 0;
        for (allocated, marked) in self.allocated.iter_mut().zip(self.marked.iter_mut()) {
            *allocated = *marked;
            *marked = 0;
            used += allocated.count_ones() as usize;
        }
        self.used = used;
        self.cursor = 0;
        used
    }
}
