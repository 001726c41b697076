//! Reuse of freed large-object memory: growing objects allocated over and
//! over take the mappings of dead ones instead of mapping new memory, the
//! reused blocks are zeroed, and the cache gives its memory back once the
//! program stops allocating large objects.

use std::ops::Range;

use mesh_rt::heap::Heap;

/// Collects `heap` with no roots: every object dies.
fn collect_all(heap: &mut Heap) {
    let roots: [Range<usize>; 0] = [];
    unsafe { heap.collect_with_roots(&roots) }
}

#[test]
fn growing_large_objects_reuse_freed_mappings() {
    let mut heap = Heap::with_min_threshold(1 << 20);
    let mut size = 10_000;
    let mut addresses = std::collections::HashSet::new();
    for round in 0..400 {
        let block = heap.alloc(size).expect("memory").as_ptr();
        let bytes = unsafe { std::slice::from_raw_parts_mut(block, size) };
        assert!(bytes.iter().all(|&b| b == 0), "round {round}");
        bytes.fill(0xCD);
        addresses.insert(block as usize);
        size += 100;
        if round % 4 == 3 {
            collect_all(&mut heap);
        }
    }
    // Four objects per cycle, each the same mapping length as many others:
    // only a few distinct mappings were ever needed.
    assert!(addresses.len() < 60, "{} distinct blocks", addresses.len());
    assert!(
        heap.stats().peak_mapped_bytes < 1 << 20,
        "{:?}",
        heap.stats()
    );
}

#[test]
fn the_cache_is_emptied_when_large_allocation_stops() {
    let mut heap = Heap::with_min_threshold(1 << 20);
    let blocks: Vec<usize> = (0..8)
        .map(|_| heap.alloc(100_000).expect("memory").as_ptr() as usize)
        .collect();
    collect_all(&mut heap);
    assert!(blocks.iter().all(|&block| !heap.owns_object(block)));
    assert!(
        heap.stats().mapped_bytes >= 100_000,
        "the mappings stay cached"
    );
    // A cycle without large allocations: the cache is trimmed to nothing.
    assert!(heap.alloc(64).is_some());
    collect_all(&mut heap);
    collect_all(&mut heap);
    assert!(heap.stats().mapped_bytes < 100_000, "{:?}", heap.stats());
}
