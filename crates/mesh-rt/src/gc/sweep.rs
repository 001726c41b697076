//! The sweep phase: frees every object the mark phase did not reach, clears
//! the marks, recomputes the page bookkeeping and the statistics, and gives
//! memory back to the system.
//!
//! Pages left without objects become spare pages, reused by any size
//! class; spare pages beyond what the next collection cycle can use (the
//! next threshold's worth) are unmapped; the mappings of dead large
//! objects go to the large-object cache, trimmed to what the cycle just
//! ended allocated (`large_cache`). So the memory held stays near `live + threshold` however much was allocated.

use super::heap::Heap;
use super::os_memory;
use super::page::PAGE_SIZE;
use super::page_pool;

impl Heap {
    /// Frees the unmarked objects (see the module docs).
    pub(super) fn sweep(&mut self) {
        let mut live_bytes = 0;
        let mut kept = Vec::with_capacity(self.pages.len());
        for mut page in std::mem::take(&mut self.pages) {
            let used = page.sweep();
            if used == 0 {
                self.empty_pages.push(page.base());
            } else {
                live_bytes += used * page.slot_size();
                kept.push(page);
            }
        }
        self.pages = kept;
        self.page_index.clear();
        self.available.iter_mut().for_each(Vec::clear);
        for (index, page) in self.pages.iter().enumerate() {
            self.page_index.insert(page.base(), index);
            if !page.is_full() {
                self.available[page.class()].push(index);
            }
        }

        let large_cache = &mut self.large_cache;
        self.large.retain(|&start, object| {
            if std::mem::replace(&mut object.marked, false) {
                live_bytes += object.len;
                true
            } else {
                // Nothing reaches the object any more.
                large_cache.put(start, object.len);
                false
            }
        });

        self.stats.collections += 1;
        self.stats.live_bytes = live_bytes as u64;
        self.stats.heap_bytes = live_bytes as u64;
        self.allocated_since_collection = 0;

        let large_demand = std::mem::take(&mut self.large_allocated_since_collection);
        let mut unmapped = self.large_cache.trim(large_demand.min(self.threshold()));

        let spare_pages = self
            .threshold()
            .div_ceil(PAGE_SIZE)
            .min(self.empty_pages.len());
        for base in self.empty_pages.drain(spare_pages..) {
            if !page_pool::give(base) {
                // SAFETY: the page holds no object.
                unsafe { os_memory::unmap(base, PAGE_SIZE) };
            }
            unmapped += PAGE_SIZE;
        }
        self.stats.mapped_bytes -= unmapped as u64;
        self.recompute_bounds();
    }

    /// Narrows `[lowest, highest)` to the pages and large objects left.
    fn recompute_bounds(&mut self) {
        let pages = self
            .pages
            .iter()
            .map(|page| (page.base(), page.base() + PAGE_SIZE));
        let large = self
            .large
            .iter()
            .map(|(&start, object)| (start, start + object.len));
        let (lowest, highest) = pages
            .chain(large)
            .fold((usize::MAX, 0), |(low, high), (start, end)| {
                (low.min(start), high.max(end))
            });
        self.lowest = lowest;
        self.highest = highest;
    }
}
