//! Services (language.md §3.9, runtime.md §10, stdlib.md §17): starting a
//! service process and waiting for its `init`, and the call/cast protocol
//! over system messages (ABI.md "Processes ...", entry points
//! `mesh_service_*`).
//!
//! - A **call** carries the caller's pid, a unique reference (the caller's
//!   monitor reference on the service, so the service's death and its reply
//!   carry the same reference) and the request copied out of the caller's
//!   heap. The caller takes only the reply or the DOWN with that reference;
//!   everything else stays in its mailbox.
//! - A **cast** carries the request only.
//! - The service loop (compiled code) takes requests with
//!   [`mesh_service_next`], which discards user messages and requests of
//!   another type on the way, and answers the last call with
//!   [`mesh_service_reply`].

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use crate::closure;
use crate::panic::crash;
use crate::sched::{
    self, discard_user_messages, receive_system, ExitReason, MessageValue, Pid, Spawn, SystemKind,
    SystemMessage,
};
use crate::string;
use crate::typeinfo;

/// Processes starting as services, with the process waiting for each to
/// be ready.
static STARTERS: Mutex<Vec<(Pid, Pid)>> = Mutex::new(Vec::new());

/// The call each service process answers next: service pid -> (caller,
/// reference). Absent for a cast.
static PENDING: Mutex<Option<HashMap<Pid, (Pid, u64)>>> = Mutex::new(None);

/// Removes and returns the system message with `reference` and one of
/// `kinds` right now, if it is there.
fn take_now(reference: u64, kinds: &[SystemKind]) -> Option<SystemMessage> {
    receive_system(
        |m| m.reference == reference && kinds.contains(&m.kind),
        Some(Duration::ZERO),
    )
}

/// Stops the monitor `reference` and drops its DOWN if it already came.
fn forget_monitor(reference: u64) {
    sched::demonitor(reference);
    let _ = take_now(reference, &[SystemKind::Down]);
}

fn reason_of(message: &SystemMessage) -> String {
    message
        .reason
        .as_ref()
        .map_or_else(|| ExitReason::Noproc.to_string(), ToString::to_string)
}

/// `Name.start(args...)`: spawns a process running `entry(copy of args)`
/// (which runs `init`, calls `mesh_service_ready`, then loops) and waits
/// until it is ready. Crashes the caller with `service start failed:
/// <name>: <reason>` when the service exits before that.
///
/// # Safety
/// `entry` must be a closure of one parameter, `args` a value of the type
/// `args_info` describes, `name` a String object.
#[no_mangle]
pub unsafe extern "C" fn mesh_service_start(entry: i64, args: i64, name: i64, args_info: i64) -> i64 {
    let name = string::as_str(name).to_owned();
    let mut spawn = Spawn::new().monitored();
    let entry = spawn.copy_argument(entry, &typeinfo::FUNCTION_VALUE);
    let args = spawn.copy_argument(args, typeinfo::from_word(args_info));
    let caller = sched::current_pid();
    // Registered before the process can run, under the lock it reads.
    let mut starters = STARTERS.lock().unwrap_or_else(|e| e.into_inner());
    let spawned = spawn.start(move || {
        // SAFETY: copied above into this process's heap.
        unsafe { closure::call1(entry, args) };
    });
    starters.push((spawned.pid, caller));
    drop(starters);
    let Some(reference) = spawned.monitor else {
        crash(&format!("service start failed: {name}: not started from a process"))
    };
    let pid = spawned.pid;
    let answer = receive_system(
        |m| {
            (m.kind == SystemKind::ServiceReady && m.from == pid)
                || (m.kind == SystemKind::Down && m.reference == reference)
        },
        None,
    );
    match answer {
        Some(m) if m.kind == SystemKind::ServiceReady => {
            forget_monitor(reference);
            pid as i64
        }
        Some(m) => {
            STARTERS
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .retain(|&(service, _)| service != pid);
            crash(&format!("service start failed: {name}: {}", reason_of(&m)))
        }
        None => crash(&format!("service start failed: {name}: noproc")),
    }
}

/// In a service process: `init` has finished; wakes the process waiting in
/// `mesh_service_start`.
#[no_mangle]
pub extern "C" fn mesh_service_ready() -> i64 {
    let me = sched::current_pid();
    let starter = {
        let mut starters = STARTERS.lock().unwrap_or_else(|e| e.into_inner());
        let position = starters.iter().position(|&(service, _)| service == me);
        position.map(|i| starters.remove(i).1)
    };
    if let Some(starter) = starter {
        sched::send_system(starter, SystemMessage::new(SystemKind::ServiceReady, me));
    }
    0
}

/// A call helper (`Name.variant(pid, args...)`): sends `request` and waits
/// for its reply, returned copied into the caller's heap. Crashes the
/// caller with `service call failed: <service>.<function>: <reason>` when
/// `pid` is null, dead or unknown (`noproc`), when the service exits
/// before replying (its exit reason), or when a process calls itself
/// (`call to self`).
///
/// # Safety
/// `request` must be a value of the type `request_info` describes;
/// `service_name` and `function_name` String objects.
#[no_mangle]
pub unsafe extern "C" fn mesh_service_call(
    pid: i64,
    request: i64,
    service_name: i64,
    function_name: i64,
    request_info: i64,
) -> i64 {
    let fail = |reason: &str| -> ! {
        crash(&format!(
            "service call failed: {}.{}: {reason}",
            string::as_str(service_name),
            string::as_str(function_name)
        ))
    };
    if pid <= 0 || !sched::is_alive(pid as Pid) {
        fail("noproc")
    }
    let me = sched::current_pid();
    if pid as Pid == me {
        fail("call to self")
    }
    let service = pid as Pid;
    let reference = sched::monitor(service);
    let mut call = SystemMessage::new(SystemKind::ServiceCall, me);
    call.reference = reference;
    call.value = Some(MessageValue::copy_from_current(request, typeinfo::from_word(request_info)));
    sched::send_system(service, call);
    let answer = receive_system(
        |m| {
            m.reference == reference
                && (m.kind == SystemKind::ServiceReply || m.kind == SystemKind::Down)
        },
        None,
    );
    let Some(answer) = answer else { fail("noproc") };
    match (answer.kind, answer.value) {
        (SystemKind::ServiceReply, Some(reply)) => {
            forget_monitor(reference);
            reply.copy_here()
        }
        (SystemKind::ServiceReply, None) => {
            forget_monitor(reference);
            fail(&answer.reason.map_or_else(String::new, |r| r.to_string()))
        }
        (_, _) => {
            // The service is gone: so is the call it may have been answering.
            if let Some(table) = pending().as_mut() {
                table.remove(&service);
            }
            fail(
                &answer
                    .reason
                    .map_or_else(|| ExitReason::Noproc.to_string(), |r| r.to_string()),
            )
        }
    }
}

/// A cast helper: sends `request` to `pid` (dropped when it is not a
/// live process).
///
/// # Safety
/// `request` must be a value of the type `request_info` describes.
#[no_mangle]
pub unsafe extern "C" fn mesh_service_cast(pid: i64, request: i64, request_info: i64) -> i64 {
    if pid <= 0 || !sched::is_alive(pid as Pid) {
        return 0;
    }
    let mut cast = SystemMessage::new(SystemKind::ServiceCast, sched::current_pid());
    cast.value = Some(MessageValue::copy_from_current(request, typeinfo::from_word(request_info)));
    sched::send_system(pid as Pid, cast);
    0
}

fn pending() -> std::sync::MutexGuard<'static, Option<HashMap<Pid, (Pid, u64)>>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// The reason a call of the wrong type is refused with.
const WRONG_SERVICE: &str = "request of another service";

/// In a service process: the oldest request tagged `request_info`, copied
/// into the service's heap, parking while there is none. User messages and
/// requests of another type are discarded on the way (a call of another
/// type is answered with a failure, so that its caller crashes).
#[no_mangle]
pub extern "C" fn mesh_service_next(request_info: i64) -> i64 {
    let me = sched::current_pid();
    loop {
        discard_user_messages();
        let request = receive_system(
            |m| matches!(m.kind, SystemKind::ServiceCall | SystemKind::ServiceCast),
            Some(Duration::ZERO),
        );
        let Some(request) = request else {
            sched::park();
            continue;
        };
        let is_call = request.kind == SystemKind::ServiceCall;
        let value = request
            .value
            .filter(|value| value.tag() == request_info);
        let Some(value) = value else {
            if is_call {
                let mut refusal = SystemMessage::new(SystemKind::ServiceReply, me);
                refusal.reference = request.reference;
                refusal.reason = Some(ExitReason::Error(WRONG_SERVICE.to_owned()));
                sched::send_system(request.from, refusal);
            }
            continue;
        };
        let mut pending = pending();
        let table = pending.get_or_insert_with(HashMap::new);
        if is_call {
            table.insert(me, (request.from, request.reference));
        } else {
            table.remove(&me);
        }
        drop(pending);
        return value.copy_here();
    }
}

/// In a service process: answers the call `mesh_service_next` returned
/// last with `reply` (nothing for a cast).
///
/// # Safety
/// `reply` must be a value of the type `reply_info` describes.
#[no_mangle]
pub unsafe extern "C" fn mesh_service_reply(reply: i64, reply_info: i64) -> i64 {
    let me = sched::current_pid();
    let call = pending().as_mut().and_then(|table| table.remove(&me));
    if let Some((caller, reference)) = call {
        let mut answer = SystemMessage::new(SystemKind::ServiceReply, me);
        answer.reference = reference;
        answer.value = Some(MessageValue::copy_from_current(reply, typeinfo::from_word(reply_info)));
        sched::send_system(caller, answer);
    }
    0
}
