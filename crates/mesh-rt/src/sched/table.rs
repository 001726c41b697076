//! The process table: pid allocation (runtime.md §4.1: 0 is the null pid,
//! the main process is 1, others count up from 2), the live processes by
//! pid, and the node-local name registry (`Process.register`).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock, Mutex, MutexGuard};

use super::pcb::{Process, State};
use super::{Pid, MAIN_PID};

/// Shards of the table (processes are spread by pid).
const SHARDS: usize = 64;

static NEXT_PID: AtomicU64 = AtomicU64::new(MAIN_PID + 1);

/// Hashes a pid by one multiplication: pids are dense counters, so a
/// keyed hash would only cost time.
#[derive(Default)]
struct PidHasher(u64);

impl Hasher for PidHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(byte)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_u64(&mut self, pid: u64) {
        // The shard already took `pid % SHARDS`; spread the rest.
        self.0 = (pid / SHARDS as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Shard = Mutex<HashMap<Pid, Arc<Process>, BuildHasherDefault<PidHasher>>>;

static TABLE: LazyLock<Vec<Shard>> = LazyLock::new(|| (0..SHARDS).map(|_| Mutex::new(HashMap::default())).collect());

static NAMES: Mutex<Option<HashMap<String, Pid>>> = Mutex::new(None);

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn shard(pid: Pid) -> &'static Shard {
    &TABLE[(pid as usize) % SHARDS]
}

/// A fresh pid for a process other than main.
pub fn next_pid() -> Pid {
    NEXT_PID.fetch_add(1, Ordering::Relaxed)
}

/// Adds a new process.
pub fn insert(process: Arc<Process>) {
    lock(shard(process.pid)).insert(process.pid, process);
}

/// Removes an exited process.
pub fn remove(pid: Pid) {
    lock(shard(pid)).remove(&pid);
}

/// The live process `pid`, if any.
pub fn get(pid: Pid) -> Option<Arc<Process>> {
    lock(shard(pid)).get(&pid).cloned()
}

/// Whether `pid` is a process that exists and whose exit has not been
/// fully signalled (an exiting process leaves the table only after its
/// links and monitors were notified, `lifecycle::notify_exit`).
pub fn is_alive(pid: Pid) -> bool {
    lock(shard(pid)).contains_key(&pid)
}

/// Binds `name` to `pid`: false when the name is empty or taken, or `pid`
/// is not a live process.
pub fn register(name: &str, pid: Pid) -> bool {
    if name.is_empty() {
        return false;
    }
    let Some(process) = get(pid) else {
        return false;
    };
    let mut names = lock(&NAMES);
    let names = names.get_or_insert_with(HashMap::new);
    if names.contains_key(name) {
        return false;
    }
    let mut shared = process.shared();
    if shared.state == State::Exited {
        return false;
    }
    shared.names.push(name.to_owned());
    names.insert(name.to_owned(), pid);
    true
}

/// The pid bound to `name`, or the null pid 0.
pub fn whereis(name: &str) -> Pid {
    lock(&NAMES).as_ref().and_then(|names| names.get(name).copied()).unwrap_or(0)
}

/// Releases the names an exited process held.
pub fn unregister_all(names: &[String]) {
    if names.is_empty() {
        return;
    }
    if let Some(table) = lock(&NAMES).as_mut() {
        for name in names {
            table.remove(name);
        }
    }
}
