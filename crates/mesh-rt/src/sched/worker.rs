//! The M:N scheduler (runtime.md §4.3, architecture.md decision 4): `N`
//! worker threads (`MESH_SCHEDULERS`, default the number of CPUs), each
//! with a crossbeam-deque local queue of processes that have not started,
//! a global injector, and stealing between workers. A process that has
//! started stays on its worker (compiled code polls its thread's preemption
//! flag): when woken it goes to that worker's ready queue.
//! `preempt.rs` makes a process that runs too long yield.
//!
//! Each loop of a worker resumes every ready process once, then starts at
//! most one new process; a worker with nothing to do looks again a few
//! times, then sleeps on its parker until a wake or a spawn unparks it.
//!
//! Switching into a process brings its frames into the worker's stack
//! region (`swap`), installs its heap, stack base and extra roots
//! (`heap::install_process`), records it as the thread's current process
//! and arms the stack-overflow trap for its stack; all of it is undone when
//! the process suspends.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use corosensei::CoroutineResult;
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use crossbeam_utils::sync::{Parker, Unparker};

use crate::heap;
use crate::stack_guard;

use super::pcb::{self, Process, ProcessCoroutine, Resume, State, Switch};
use super::{lifecycle, preempt, stack, swap, ExitReason};

/// Rounds an idle worker looks for work (yielding its thread in between)
/// before it sleeps: a wake that comes soon is taken without a futex
/// round trip.
const SPIN_ROUNDS: u32 = 64;

/// Environment variable overriding the number of workers.
pub const SCHEDULERS_VARIABLE: &str = "MESH_SCHEDULERS";

struct WorkerShared {
    /// Started processes ready to run again.
    ready: Mutex<VecDeque<Arc<Process>>>,
    unparker: Unparker,
    sleeping: AtomicBool,
}

struct Scheduler {
    injector: Injector<Arc<Process>>,
    stealers: Vec<Stealer<Arc<Process>>>,
    workers: Vec<WorkerShared>,
}

static SCHEDULER: OnceLock<Scheduler> = OnceLock::new();

thread_local! {
    /// This thread's index among the workers, if it is one.
    static WORKER_INDEX: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
    /// This worker's local queue of new processes.
    static LOCAL_QUEUE: std::cell::RefCell<Option<Worker<Arc<Process>>>> = const { std::cell::RefCell::new(None) };
}

/// The number of workers: `MESH_SCHEDULERS` when it is a positive number,
/// else the number of CPUs.
fn worker_count() -> usize {
    std::env::var(SCHEDULERS_VARIABLE)
        .ok()
        .and_then(|value| value.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Starts the workers (once).
pub fn start() {
    SCHEDULER.get_or_init(|| {
        let count = worker_count();
        preempt::start(count);
        let queues: Vec<Worker<Arc<Process>>> = (0..count).map(|_| Worker::new_fifo()).collect();
        let parkers: Vec<Parker> = (0..count).map(|_| Parker::new()).collect();
        let scheduler = Scheduler {
            injector: Injector::new(),
            stealers: queues.iter().map(Worker::stealer).collect(),
            workers: parkers
                .iter()
                .map(|parker| WorkerShared {
                    ready: Mutex::new(VecDeque::new()),
                    unparker: parker.unparker().clone(),
                    sleeping: AtomicBool::new(false),
                })
                .collect(),
        };
        for (index, (queue, parker)) in queues.into_iter().zip(parkers).enumerate() {
            std::thread::Builder::new()
                .name(format!("mesh-worker-{index}"))
                .spawn(move || worker_main(index, queue, parker))
                .unwrap_or_else(|_| crate::panic::crash("internal runtime error: cannot start a worker thread"));
        }
        scheduler
    });
}

fn scheduler() -> &'static Scheduler {
    SCHEDULER.get().unwrap_or_else(|| {
        start();
        SCHEDULER.get().expect("the scheduler was just started")
    })
}

/// Queues a process that has not started yet.
pub fn push_new(process: Arc<Process>) {
    let scheduler = scheduler();
    let pushed_locally = LOCAL_QUEUE.with(|queue| match queue.borrow().as_ref() {
        Some(queue) => {
            queue.push(process.clone());
            true
        }
        None => false,
    });
    if !pushed_locally {
        scheduler.injector.push(process);
    }
    // Pairs with the sleeper's store of `sleeping` before it looks at the
    // queues: one of the two sees the other.
    std::sync::atomic::fence(Ordering::SeqCst);
    let me = WORKER_INDEX.get();
    if let Some(sleeper) = scheduler
        .workers
        .iter()
        .enumerate()
        .find(|(index, worker)| Some(*index) != me && worker.sleeping.load(Ordering::SeqCst))
    {
        sleeper.1.unparker.unpark();
    }
}

/// Queues a started process on its worker.
pub fn push_ready(process: Arc<Process>, worker: usize) {
    let shared = &scheduler().workers[worker];
    shared
        .ready
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .push_back(process);
    if WORKER_INDEX.get() != Some(worker) {
        shared.unparker.unpark();
    }
}

fn worker_main(index: usize, queue: Worker<Arc<Process>>, parker: Parker) {
    WORKER_INDEX.set(Some(index));
    LOCAL_QUEUE.with(|local| *local.borrow_mut() = Some(queue));
    stack_guard::install_on_this_thread();
    swap::install_region();
    preempt::register_worker(index);
    let scheduler = scheduler();
    let me = &scheduler.workers[index];
    let mut idle_rounds = 0;
    // The ready processes of one round, taken out of `me.ready` by swapping
    // buffers (no allocation per round).
    let mut round = VecDeque::new();
    loop {
        let mut ran = false;
        std::mem::swap(&mut *me.ready.lock().unwrap_or_else(|poisoned| poisoned.into_inner()), &mut round);
        for process in round.drain(..) {
            ran = true;
            run(process, index);
        }
        if let Some(process) = find_new(scheduler, index) {
            ran = true;
            run(process, index);
        }
        if ran {
            idle_rounds = 0;
            continue;
        }
        if idle_rounds < SPIN_ROUNDS {
            idle_rounds += 1;
            std::thread::yield_now();
            continue;
        }
        idle_rounds = 0;
        me.sleeping.store(true, Ordering::SeqCst);
        let nothing_to_do = me
            .ready
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .is_empty()
            && scheduler.injector.is_empty()
            && scheduler.stealers.iter().all(Stealer::is_empty);
        if nothing_to_do {
            parker.park();
        }
        me.sleeping.store(false, Ordering::SeqCst);
    }
}

/// A new process from the local queue, the injector or another worker.
fn find_new(scheduler: &Scheduler, index: usize) -> Option<Arc<Process>> {
    if let Some(process) = LOCAL_QUEUE.with(|queue| queue.borrow().as_ref().and_then(Worker::pop)) {
        return Some(process);
    }
    loop {
        let mut retry = false;
        match LOCAL_QUEUE.with(|queue| {
            let queue = queue.borrow();
            let queue = queue.as_ref().expect("a worker has a local queue");
            scheduler.injector.steal_batch_and_pop(queue)
        }) {
            Steal::Success(process) => return Some(process),
            Steal::Retry => retry = true,
            Steal::Empty => {}
        }
        for (other, stealer) in scheduler.stealers.iter().enumerate() {
            if other == index {
                continue;
            }
            match stealer.steal() {
                Steal::Success(process) => return Some(process),
                Steal::Retry => retry = true,
                Steal::Empty => {}
            }
        }
        if !retry {
            return None;
        }
    }
}

/// Puts `process`'s frames where it runs: the main process on its own
/// stack (created at its first run), any other on this worker's region
/// (`swap::bring_in`).
fn prepare_stack(process: &Process, local: &mut pcb::Local) {
    let body = |stack| ProcessCoroutine::with_stack(stack, |yielder, _first: Resume| lifecycle::process_body(yielder));
    if process.pid != super::MAIN_PID {
        // SAFETY: this worker owns the process and every process resident
        // on its region; no process runs now.
        unsafe { swap::bring_in(process, local, body) };
    } else if local.coroutine.is_none() {
        let stack = stack::main_stack();
        local.stack_base = stack.top();
        local.guard = stack.guard();
        local.coroutine = Some(body(stack));
    }
}

/// Switches into `process` once, on worker `index`.
fn run(process: Arc<Process>, index: usize) {
    let input = {
        let mut shared = process.shared();
        if shared.state == State::Exited {
            return;
        }
        shared.state = State::Running;
        shared.worker = Some(index);
        match shared.pending_exit.take() {
            Some(reason) => Resume::Exit(reason),
            None => Resume::Continue,
        }
    };
    // SAFETY: this worker owns the process between switches.
    let local = unsafe { process.local() };
    if local.coroutine.is_none() {
        if let Resume::Exit(reason) = input {
            finish(process, reason);
            return;
        }
    }
    prepare_stack(&process, local);
    let heap_ptr: *mut heap::Heap = local.heap.as_deref_mut().map_or(std::ptr::null_mut(), |h| h as *mut _);
    let roots_start = local.roots.as_ptr() as usize;
    let roots = (roots_start, roots_start + std::mem::size_of_val(&local.roots));
    let (stack_base, guard) = (local.stack_base, local.guard);
    // Only the coroutine field stays borrowed while the process runs (and
    // uses the other fields of its local half).
    let coroutine: &mut ProcessCoroutine = local.coroutine.as_mut().expect("created above");
    let trap = coroutine.trap_handler();
    let previous_process = pcb::set_current(Arc::as_ptr(&process));
    let previous_memory = heap::install_process(heap_ptr, stack_base, roots);
    stack_guard::arm(trap, guard);
    preempt::on_resume(index);
    let result = coroutine.resume(input);
    preempt::on_suspend(index);
    stack_guard::disarm();
    heap::restore_context(previous_memory);
    pcb::set_current(previous_process);
    match result {
        CoroutineResult::Yield(Switch::Ready) => {
            process.shared().state = State::Ready;
            push_ready(process, index);
        }
        CoroutineResult::Yield(Switch::Park) => {}
        CoroutineResult::Yield(Switch::Exit(reason)) => {
            // SAFETY: the process suspended for good; nothing on its stack
            // needs dropping (it holds no guards or locks across a switch).
            unsafe { coroutine.force_reset() };
            finish(process, reason);
        }
        CoroutineResult::Return(reason) => finish(process, reason),
    }
}

/// Ends `process`: drops its coroutine, saved stack bytes and heap, then
/// notifies links and monitors (`lifecycle::notify_exit`).
fn finish(process: Arc<Process>, reason: ExitReason) {
    // SAFETY: this worker owns the process; it will never run again.
    let local = unsafe { process.local() };
    swap::forget(&process);
    if let Some(coroutine) = local.coroutine.take() {
        // It returned or was reset: dropping it touches no stack.
        debug_assert!(coroutine.done());
        drop(coroutine);
    }
    local.saved_stack = Vec::new();
    local.start = None;
    if let Some(ended) = local.heap.take() {
        if process.pid != super::MAIN_PID {
            heap::record_ended_heap(&ended.stats());
        }
    }
    lifecycle::notify_exit(&process, reason);
}
