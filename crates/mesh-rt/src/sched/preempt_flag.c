/* The preemption flag of each worker thread (ABI.md "Preemption").
 * Compiled code polls `mesh_preempt_flag` at every function entry and loop
 * back-edge and calls `mesh_yield()` when it is not 0; the runtime's
 * preemption ticker sets it (through the address below) on a worker whose
 * process has run for a whole time slice. */

__thread volatile long mesh_preempt_flag = 0;

/* The address of the calling thread's flag. */
volatile long *mesh_preempt_flag_address(void) { return &mesh_preempt_flag; }
