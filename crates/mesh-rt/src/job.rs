//! Jobs (stdlib.md §19): `Job.async` runs a function in a new process and
//! `Job.await` waits for that job's result only.
//!
//! The job sends its result to the caller as a system message tagged with
//! its pid; the caller monitors the job, so a crash reaches it only as the
//! DOWN that `await` turns into `Err(reason)`. The link goes one way, from
//! caller to job: a small guard process, linked to the caller and trapping
//! exits, stops the job with `linked(caller, reason)` when the caller
//! crashes, and ends when the job does (a normal end, which its link to the
//! caller ignores).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::closure;
use crate::sched::{
    self, receive_system, ExitReason, MessageValue, Pid, Spawn, SystemKind, SystemMessage,
};
use crate::sum;
use crate::typeinfo;

/// The jobs not awaited yet: (caller, job) -> the caller's monitor
/// reference on the job.
static JOBS: Mutex<Option<HashMap<(Pid, Pid), u64>>> = Mutex::new(None);

fn with_jobs<R>(body: impl FnOnce(&mut HashMap<(Pid, Pid), u64>) -> R) -> R {
    let mut jobs = JOBS.lock().unwrap_or_else(|e| e.into_inner());
    body(jobs.get_or_insert_with(HashMap::new))
}

/// `Job.async(f)`: runs `f()` in a new process and returns its pid; the
/// result (copied with `result_info`) is kept for `await`.
///
/// # Safety
/// `f` must be a closure of no parameters returning values of the type
/// `result_info` (a `TypeInfo` address) describes.
#[no_mangle]
pub unsafe extern "C" fn mesh_job_async(f: i64, result_info: i64) -> i64 {
    let caller = sched::current_pid();
    let info = typeinfo::from_word(result_info);
    let mut spawn = Spawn::new().monitored();
    let f = spawn.copy_argument(f, &typeinfo::FUNCTION_VALUE);
    let spawned = spawn.start(move || {
        // SAFETY: copied above into this process's heap.
        let result = unsafe { closure::call0(f) };
        let mut message = SystemMessage::new(SystemKind::JobResult, sched::current_pid());
        // SAFETY: `result` is a value of the type `info` describes, in
        // this process's heap.
        message.value = Some(unsafe { MessageValue::copy_from_current(result, info) });
        sched::send_system(caller, message);
    });
    let job = spawned.pid;
    if let Some(reference) = spawned.monitor {
        with_jobs(|jobs| jobs.insert((caller, job), reference));
        start_guard(job);
    }
    job as i64
}

/// Starts the process that stops `job` when the caller crashes.
fn start_guard(job: Pid) {
    Spawn::new().linked().trapping_exits().start(move || {
        sched::monitor(job);
        loop {
            let Some(signal) = receive_system(
                |m| m.kind == SystemKind::Exit || (m.kind == SystemKind::Down && m.from == job),
                None,
            ) else {
                continue;
            };
            if signal.kind == SystemKind::Down {
                return;
            }
            let reason = signal.reason.unwrap_or(ExitReason::Noproc);
            if !reason.is_ignored_by_links() {
                sched::send_exit(job, signal.from, ExitReason::Linked(signal.from, Box::new(reason)));
                return;
            }
        }
    });
}

/// `Job.await(job)`: `Ok(value)` once the job has returned, `Err(reason)`
/// when it crashed.
///
/// # Safety
/// Must run in the process that started the job (or gets `Err("noproc")`).
#[no_mangle]
pub unsafe extern "C" fn mesh_job_await(job: i64) -> i64 {
    await_job(job as Pid, None)
}

/// `Job.await_timeout(job, ms)`: as `Job.await`, or `Err("timeout")` after
/// `ms` milliseconds (the job carries on and may still be awaited).
///
/// # Safety
/// As [`mesh_job_await`].
#[no_mangle]
pub unsafe extern "C" fn mesh_job_await_timeout(job: i64, ms: i64) -> i64 {
    await_job(job as Pid, Some(Duration::from_millis(ms.max(0) as u64)))
}

fn await_job(job: Pid, timeout: Option<Duration>) -> i64 {
    let caller = sched::current_pid();
    let Some(reference) = with_jobs(|jobs| jobs.get(&(caller, job)).copied()) else {
        return sum::err_text(&ExitReason::Noproc.to_string());
    };
    let answer = receive_system(
        |m| {
            (m.kind == SystemKind::JobResult && m.from == job)
                || (m.kind == SystemKind::Down && m.reference == reference)
        },
        timeout,
    );
    let Some(answer) = answer else {
        return sum::err_text("timeout");
    };
    with_jobs(|jobs| jobs.remove(&(caller, job)));
    match answer.value {
        Some(result) if answer.kind == SystemKind::JobResult => {
            sched::demonitor(reference);
            let _ = receive_system(
                |m| m.kind == SystemKind::Down && m.reference == reference,
                Some(Duration::ZERO),
            );
            let value = result.copy_here();
            sum::ok(value)
        }
        _ => {
            let reason = answer.reason.unwrap_or(ExitReason::Noproc);
            sum::err_text(&reason.to_string())
        }
    }
}
