//! The `extern "C"` entry points of processes, timers and the `Process`
//! module (ABI.md "Processes (actors, services, supervisors, timers,
//! jobs)"). Pids are `i64` words; `()` is 0 and a Bool is 0 or 1.

use std::time::{Duration, Instant};

use crate::closure;
use crate::string;
use crate::typeinfo;

use super::pcb::{self, TERMINATE_SLOT};
use super::{lifecycle, receive, signals, table, timer, MessageValue, Spawn};

/// `spawn`: a new process running `entry(copy of args)`.
///
/// # Safety
/// `entry` must be a closure of one parameter; `args` a value of the type
/// `args_info` (a `TypeInfo` address) describes.
#[no_mangle]
pub unsafe extern "C" fn mesh_spawn(entry: i64, args: i64, args_info: i64) -> i64 {
    let mut spawn = Spawn::new();
    let entry = spawn.copy_argument(entry, &typeinfo::FUNCTION_VALUE);
    let args = spawn.copy_argument(args, typeinfo::from_word(args_info));
    let spawned = spawn.start(move || {
        // SAFETY: copied above into this process's heap.
        unsafe { closure::call1(entry, args) };
    });
    spawned.pid as i64
}

/// `self()`: the running process's pid.
#[no_mangle]
pub extern "C" fn mesh_self() -> i64 {
    super::current_pid() as i64
}

/// `link(pid)`.
#[no_mangle]
pub extern "C" fn mesh_link(pid: i64) -> i64 {
    signals::link(pid as u64);
    0
}

/// Records the running process's terminate block.
///
/// # Safety
/// `closure` must be a closure of no parameters.
#[no_mangle]
pub unsafe extern "C" fn mesh_set_terminate(closure: i64) -> i64 {
    let process = pcb::expect_current("terminate");
    process.local().roots[TERMINATE_SLOT] = closure;
    0
}

/// The preemption flag was set: let the other ready processes run.
#[no_mangle]
pub extern "C" fn mesh_yield() -> i64 {
    super::preempt::clear_own_flag();
    lifecycle::yield_now();
    0
}

/// `send(pid, msg)`.
///
/// # Safety
/// `msg` must be a value of the type `info` (a `TypeInfo` address)
/// describes.
#[no_mangle]
pub unsafe extern "C" fn mesh_send(pid: i64, msg: i64, info: i64) -> i64 {
    let Some(process) = (pid > 0).then(|| table::get(pid as u64)).flatten() else {
        return 0;
    };
    let message = MessageValue::copy_from_current(msg, typeinfo::from_word(info));
    signals::deliver_user_to(&process, message);
    0
}

/// Starts a `receive` of messages tagged `info`.
#[no_mangle]
pub extern "C" fn mesh_receive_begin(info: i64, timeout_ms: i64) -> i64 {
    receive::begin(info, timeout_ms);
    0
}

/// Moves to the next candidate message; 0 when the deadline passed.
#[no_mangle]
pub extern "C" fn mesh_receive_next() -> i64 {
    i64::from(receive::next())
}

/// The candidate message, copied into the process's heap.
#[no_mangle]
pub extern "C" fn mesh_receive_value() -> i64 {
    receive::value()
}

/// Removes the candidate message from the mailbox.
#[no_mangle]
pub extern "C" fn mesh_receive_accept() -> i64 {
    receive::accept();
    0
}

/// `Timer.sleep(ms)`.
#[no_mangle]
pub extern "C" fn mesh_timer_sleep(ms: i64) -> i64 {
    if ms > 0 {
        super::sleep(Duration::from_millis(ms as u64));
    }
    0
}

/// `Timer.send_after(pid, ms, msg)`.
///
/// # Safety
/// As [`mesh_send`].
#[no_mangle]
pub unsafe extern "C" fn mesh_timer_send_after(pid: i64, ms: i64, msg: i64, info: i64) -> i64 {
    if pid <= 0 {
        return 0;
    }
    let message = MessageValue::copy_from_current(msg, typeinfo::from_word(info));
    let deadline = Instant::now() + Duration::from_millis(ms.max(0) as u64);
    let _armed = timer::arm(deadline, timer::TimerAction::Send(pid as u64, message));
    0
}

/// `Process.register(name, pid)`: 0 on success, 1 otherwise.
///
/// # Safety
/// `name` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_register(name: i64, pid: i64) -> i64 {
    i64::from(!(pid > 0 && table::register(string::as_str(name), pid as u64)))
}

/// `Process.whereis(name)`: the pid, or 0.
///
/// # Safety
/// `name` must be a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_process_whereis(name: i64) -> i64 {
    table::whereis(string::as_str(name)) as i64
}

/// `Process.monitor(pid)`: a positive monitor reference.
#[no_mangle]
pub extern "C" fn mesh_process_monitor(pid: i64) -> i64 {
    signals::monitor(pid.max(0) as u64) as i64
}

/// `Process.demonitor(ref)`: 0 when removed, 1 when unknown.
#[no_mangle]
pub extern "C" fn mesh_process_demonitor(reference: i64) -> i64 {
    i64::from(!(reference > 0 && signals::demonitor(reference as u64)))
}

/// `Process.is_alive(pid)`.
#[no_mangle]
pub extern "C" fn mesh_process_is_alive(pid: i64) -> i64 {
    i64::from(pid > 0 && table::is_alive(pid as u64))
}

/// `Process.halt(status)`: flushes stdout and ends the program at once.
#[no_mangle]
pub extern "C" fn mesh_process_halt(status: i64) -> ! {
    crate::entry::exit_program(status as i32)
}
