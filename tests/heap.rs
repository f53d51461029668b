//! Heap held by the embedded data once built, measured with a counting
//! allocator (one test in this binary, so nothing else allocates meanwhile).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size() as isize, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(
            new_size as isize - layout.size() as isize,
            Ordering::Relaxed,
        );
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn live() -> isize {
    LIVE.load(Ordering::Relaxed)
}

#[test]
fn built_data_fits_the_heap_budget() {
    let before = live();
    let gazetteer = warta::GazetteerBuilder::new().build().unwrap();
    let gazetteer_bytes = live() - before;

    let before = live();
    let analyzer = warta::AnalyzerBuilder::new().build().unwrap();
    let analyzer_bytes = live() - before;

    eprintln!(
        "heap held: gazetteer {:.1} MiB ({} regions, automaton {:.1} MiB); whole analyzer {:.1} MiB",
        gazetteer_bytes as f64 / 1048576.0,
        gazetteer.len(),
        gazetteer.automaton_heap_bytes() as f64 / 1048576.0,
        analyzer_bytes as f64 / 1048576.0,
    );
    assert!(
        gazetteer_bytes <= 16 << 20,
        "gazetteer holds {gazetteer_bytes} bytes, over the 16 MiB budget"
    );
    assert!(
        analyzer_bytes <= 24 << 20,
        "analyzer holds {analyzer_bytes} bytes"
    );
    drop(analyzer);
}
