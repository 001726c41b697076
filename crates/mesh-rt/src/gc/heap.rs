//! [`Heap`]: the memory of one Mesh process — size-class pages, large
//! objects, the lookup from an address to the object holding it, the
//! collection trigger and the statistics.
//!
//! Small objects (up to 8 KiB) live in slots of 64 KiB pages of their size
//! class; every page is aligned to its size, so the page of an address is
//! the address with its low bits cleared, looked up in a hash map of this
//! heap's pages. Larger objects each get their own mapping, kept in an
//! ordered map by start address, taken from the cache of dead large
//! objects' mappings when one fits. Objects never move.
//!
//! Accounting counts the memory objects occupy (slot sizes, mapped lengths
//! of large objects), not the sizes requested.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::ptr::NonNull;

use super::large_cache::{self, LargeCache};
use super::large_pool;
use super::os_memory;
use super::page::{Page, PAGE_SIZE};
use super::page_pool;
use super::size_class::{self, CLASS_COUNT, MAX_SMALL_SIZE};
use super::{mark, roots};

/// The least number of bytes allocated between two automatic collections.
pub const DEFAULT_MIN_THRESHOLD: usize = 4 * 1024 * 1024;

/// Objects are at least this big (a header).
const MIN_OBJECT_SIZE: usize = 16;

/// Hashes page addresses (multiples of [`PAGE_SIZE`]) by multiplying their
/// page number with an odd constant.
#[derive(Default)]
pub(super) struct PageHasher(u64);

impl Hasher for PageHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_usize(&mut self, address: usize) {
        self.0 = ((address / PAGE_SIZE) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type PageMap = HashMap<usize, usize, BuildHasherDefault<PageHasher>>;

/// An object too big for the size-class pages, in its own mapping.
pub(super) struct LargeObject {
    /// Mapped bytes (the requested size rounded up to OS pages).
    pub len: usize,
    pub marked: bool,
}

/// Where an object lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum Location {
    /// Slot `slot` of `pages[page]`.
    Small { page: usize, slot: usize },
    /// The large object starting at `start`.
    Large { start: usize },
}

/// An allocated object found by address.
#[derive(Clone, Copy, Debug)]
pub(super) struct FoundObject {
    /// Its start.
    pub address: usize,
    /// Bytes of memory it owns (its slot or mapping); at least its size.
    pub capacity: usize,
    pub location: Location,
}

/// Statistics of one heap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HeapStats {
    /// Completed collections.
    pub collections: u64,
    /// Bytes allocated since the heap was created.
    pub allocated_bytes: u64,
    /// Bytes of the objects that survived the last collection.
    pub live_bytes: u64,
    /// Bytes of the objects allocated now (survivors of the last collection
    /// plus everything allocated since).
    pub heap_bytes: u64,
    /// Bytes mapped from the system now (pages, spare empty pages, large
    /// objects, cached mappings of dead large objects).
    pub mapped_bytes: u64,
    /// The most bytes ever mapped at once.
    pub peak_mapped_bytes: u64,
}

/// The heap of one Mesh process. Dropping it frees all its memory.
pub struct Heap {
    /// Pages holding objects.
    pub(super) pages: Vec<Page>,
    /// Page base address -> index in `pages`.
    pub(super) page_index: PageMap,
    /// Per size class, indices of pages that may have free slots; the last
    /// one is allocated from first. Empty until the first small object (a
    /// process that never allocates pays nothing for it).
    pub(super) available: Vec<Vec<usize>>,
    /// Mapped pages without objects, ready for any size class.
    pub(super) empty_pages: Vec<usize>,
    /// Large objects by start address.
    pub(super) large: BTreeMap<usize, LargeObject>,
    /// Mappings of dead large objects, ready for new ones.
    pub(super) large_cache: LargeCache,
    /// Bytes of large objects allocated since the last collection.
    pub(super) large_allocated_since_collection: usize,
    /// Every object lies in `[lowest, highest)`.
    pub(super) lowest: usize,
    pub(super) highest: usize,
    pub(super) min_threshold: usize,
    pub(super) allocated_since_collection: usize,
    pub(super) stats: HeapStats,
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap collected after [`DEFAULT_MIN_THRESHOLD`] bytes at the
    /// least. It maps no memory until the first allocation.
    pub fn new() -> Heap {
        Heap::with_min_threshold(DEFAULT_MIN_THRESHOLD)
    }

    /// An empty heap whose automatic collections come after at least
    /// `min_threshold` bytes of allocation (see [`Heap::collection_due`]).
    pub fn with_min_threshold(min_threshold: usize) -> Heap {
        Heap {
            pages: Vec::new(),
            page_index: PageMap::default(),
            available: Vec::new(),
            empty_pages: Vec::new(),
            large: BTreeMap::new(),
            large_cache: LargeCache::default(),
            large_allocated_since_collection: 0,
            lowest: usize::MAX,
            highest: 0,
            min_threshold,
            allocated_since_collection: 0,
            stats: HeapStats::default(),
        }
    }

    /// A zeroed block of at least `size` bytes, 16-byte aligned, in this
    /// heap; `None` when the system has no memory left. Never collects.
    pub fn alloc(&mut self, size: usize) -> Option<NonNull<u8>> {
        let size = size.max(MIN_OBJECT_SIZE);
        let (address, occupied) = match size_class::class_of(size) {
            Some(class) => {
                let address = self.alloc_small(class)?;
                // SAFETY: the slot is ours, at least `size` bytes, unused.
                unsafe { std::ptr::write_bytes(address as *mut u8, 0, size) };
                (address, size_class::slot_size(class))
            }
            None => self.alloc_large(size)?,
        };
        self.allocated_since_collection += occupied;
        self.stats.allocated_bytes += occupied as u64;
        self.stats.heap_bytes += occupied as u64;
        NonNull::new(address as *mut u8)
    }

    fn alloc_small(&mut self, class: usize) -> Option<usize> {
        if self.available.is_empty() {
            self.available = vec![Vec::new(); CLASS_COUNT];
        }
        while let Some(&index) = self.available[class].last() {
            if let Some(address) = self.pages[index].take_slot() {
                return Some(address);
            }
            self.available[class].pop();
        }
        let base = match self.empty_pages.pop() {
            Some(base) => base,
            None => self.map_page()?,
        };
        let index = self.pages.len();
        self.pages
            .push(Page::new(base, class, size_class::slot_size(class)));
        self.page_index.insert(base, index);
        self.available[class].push(index);
        self.include(base, base + PAGE_SIZE);
        self.pages[index].take_slot()
    }

    fn map_page(&mut self) -> Option<usize> {
        let base = page_pool::take_or_map()?;
        self.add_mapped(PAGE_SIZE);
        Some(base)
    }

    fn alloc_large(&mut self, size: usize) -> Option<(usize, usize)> {
        let len = large_cache::mapping_len(size)?;
        let reused = self.large_cache.take(len).or_else(|| {
            let pooled = large_pool::take(len);
            if let Some((_, pooled_len)) = pooled {
                self.add_mapped(pooled_len);
            }
            pooled
        });
        let (start, len) = match reused {
            Some((start, cached_len)) => {
                // SAFETY: the cached mapping is ours, unused and at least
                // `size` bytes long.
                unsafe { std::ptr::write_bytes(start as *mut u8, 0, size) };
                (start, cached_len)
            }
            None => {
                let start = os_memory::map(len)?;
                self.add_mapped(len);
                (start, len)
            }
        };
        self.large_allocated_since_collection += len;
        self.large.insert(start, LargeObject { len, marked: false });
        self.include(start, start + len);
        Some((start, len))
    }

    fn add_mapped(&mut self, len: usize) {
        self.stats.mapped_bytes += len as u64;
        self.stats.peak_mapped_bytes = self.stats.peak_mapped_bytes.max(self.stats.mapped_bytes);
    }

    /// Widens the address range known to hold objects.
    fn include(&mut self, start: usize, end: usize) {
        self.lowest = self.lowest.min(start);
        self.highest = self.highest.max(end);
    }

    /// The bytes to allocate after the last collection before the next
    /// automatic one: twice the live bytes, at least the minimum threshold.
    pub fn threshold(&self) -> usize {
        self.min_threshold.max(2 * self.stats.live_bytes as usize)
    }

    /// Whether more than [`Heap::threshold`] bytes were allocated since the
    /// last collection.
    pub fn collection_due(&self) -> bool {
        self.allocated_since_collection > self.threshold()
    }

    pub fn stats(&self) -> HeapStats {
        self.stats
    }

    /// Whether `address` is the start of an object allocated in this heap
    /// (and not freed).
    pub fn owns_object(&self, address: usize) -> bool {
        self.object_at(address).is_some()
    }

    /// The usable size in bytes (header included) of the block of the
    /// object starting at `address`, or `None` when no object of this heap
    /// starts there.
    pub fn object_capacity(&self, address: usize) -> Option<usize> {
        self.object_at(address).map(|object| object.capacity)
    }

    /// The allocated object whose memory contains `address` (any byte of
    /// its slot or mapping).
    pub(super) fn object_containing(&self, address: usize) -> Option<FoundObject> {
        if address < self.lowest || address >= self.highest {
            return None;
        }
        let base = address & !(PAGE_SIZE - 1);
        if let Some(&index) = self.page_index.get(&base) {
            let page = &self.pages[index];
            let slot = page.slot_containing(address)?;
            return Some(FoundObject {
                address: page.slot_address(slot),
                capacity: page.slot_size(),
                location: Location::Small { page: index, slot },
            });
        }
        let (&start, object) = self.large.range(..=address).next_back()?;
        (address < start + object.len).then_some(FoundObject {
            address: start,
            capacity: object.len,
            location: Location::Large { start },
        })
    }

    /// The allocated object starting exactly at `address`.
    pub(super) fn object_at(&self, address: usize) -> Option<FoundObject> {
        if address < self.lowest || address >= self.highest || !address.is_multiple_of(16) {
            return None;
        }
        let base = address & !(PAGE_SIZE - 1);
        if let Some(&index) = self.page_index.get(&base) {
            let page = &self.pages[index];
            let slot = page.slot_starting_at(address)?;
            return Some(FoundObject {
                address,
                capacity: page.slot_size(),
                location: Location::Small { page: index, slot },
            });
        }
        let object = self.large.get(&address)?;
        Some(FoundObject {
            address,
            capacity: object.len,
            location: Location::Large { start: address },
        })
    }

    /// Marks the object at `location`; `true` when it was not marked yet.
    pub(super) fn set_mark(&mut self, location: Location) -> bool {
        match location {
            Location::Small { page, slot } => self.pages[page].mark(slot),
            Location::Large { start } => match self.large.get_mut(&start) {
                Some(object) => !std::mem::replace(&mut object.marked, true),
                None => false,
            },
        }
    }

    /// Collects this heap: marks every object reachable from a word in one
    /// of the `roots` ranges (conservatively, interior pointers included)
    /// and frees the rest.
    ///
    /// # Safety
    /// Every range must be readable memory. Every object still needed must
    /// be reachable from the roots; the others are freed.
    #[inline(never)]
    pub unsafe fn collect_with_roots(&mut self, roots: &[Range<usize>]) {
        mark::mark_from_roots(self, roots);
        self.sweep();
    }

    /// Collects this heap with the current thread's stack from `stack_base`
    /// down (and its callee-saved registers) as the roots.
    ///
    /// # Safety
    /// `stack_base` must be an address of the current thread's stack above
    /// every frame that holds objects of this heap, and every object still
    /// needed must be reachable from those frames.
    pub unsafe fn collect_from_stack(&mut self, stack_base: usize) {
        roots::collect_from_stack(self, stack_base);
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // SAFETY: the heap is going away; nothing may use its objects.
        unsafe {
            let pages = self.pages.iter().map(Page::base).chain(self.empty_pages.iter().copied());
            for base in pages {
                if !page_pool::give(base) {
                    os_memory::unmap(base, PAGE_SIZE);
                }
            }
            for (&start, object) in &self.large {
                large_pool::give_or_unmap(start, object.len);
            }
        }
    }
}

// Checked at compile time: the largest small object fits a page.
const _: () = assert!(MAX_SMALL_SIZE <= PAGE_SIZE);
