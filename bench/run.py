#!/usr/bin/env python3
"""Runs the CPU benchmarks of bench/cpu/ side by side with their C versions.

For every bench/cpu/<name>/ (main.mpl and <name>.c): compiles the Mesh program
with `meshc build --opt-level 2` and the C program with `gcc -O2`, runs each
once and checks that both print the same checksum, times each several times
(hyperfine when it is installed, else a timing loop here), measures peak RSS
from a separate run (GNU time's %M), and prints a table with the
ratio Mesh/C. A program that meshc cannot compile yet is reported as
"not supported yet" with the first line of the compiler's error. Nothing is
asserted about timings.

Called by bench/run.sh, which builds meshc first; see bench/README.md.
"""

import argparse
import json
import os
import platform
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
CPU_DIR = BENCH_DIR / "cpu"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class Timing:
    """Wall times in seconds of several runs of one program."""

    median: float
    low: float
    high: float


@dataclass
class Outcome:
    """What happened to one benchmark."""

    name: str
    status: str = "ok"  # ok | unsupported | c-failed | mesh-failed | mismatch | too slow
    detail: str = ""
    checksum: str = ""
    mesh: Timing | None = None
    c: Timing | None = None
    mesh_rss_kib: int | None = None
    c_rss_kib: int | None = None


def first_error_line(text: str) -> str:
    """The first non-empty line of a compiler's error output, without colours."""
    for line in ANSI_ESCAPE.sub("", text).splitlines():
        if line.strip():
            return line.strip()
    return "(no error output)"


def compile_mesh(meshc: Path, source_dir: Path, output: Path) -> str | None:
    """Builds the Mesh program; returns None on success, else the first error line."""
    result = subprocess.run(
        [str(meshc), "build", str(source_dir), "--opt-level", "2", "--no-color", "-o", str(output)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0 or not output.exists():
        return first_error_line(result.stderr + result.stdout)
    return None


def compile_c(source: Path, output: Path) -> str | None:
    """Builds the C program with gcc -O2; returns None on success, else the first error line."""
    result = subprocess.run(
        ["gcc", "-O2", "-o", str(output), str(source)], capture_output=True, text=True
    )
    if result.returncode != 0:
        return first_error_line(result.stderr)
    return None


def pinned(command: list[str], cpu: str) -> list[str]:
    """The command prefixed with `taskset -c CPU` when a CPU is chosen."""
    return ["taskset", "-c", cpu, *command] if cpu else command


def run_once(command: list[str], limit: float) -> tuple[int, str] | None:
    """Runs a program; returns its exit status and its stdout without surrounding
    blanks, or None when it did not finish within `limit` seconds."""
    try:
        result = subprocess.run(command, capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return None
    return result.returncode, result.stdout.decode(errors="replace").strip()


def peak_rss_kib(command: list[str], work: Path) -> int | None:
    """Peak resident set size (KiB) of one run, from GNU time's %M; None without /usr/bin/time.

    (Measuring it from Python would count the forked interpreter's own memory:
    the kernel keeps the peak across exec.)"""
    if not Path("/usr/bin/time").exists():
        return None
    report = work / "time.out"
    subprocess.run(["/usr/bin/time", "-f", "%M", "-o", str(report), *command],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return int(report.read_text().split()[-1])


def time_with_hyperfine(commands: dict[str, list[str]], runs: int, work: Path) -> dict[str, Timing]:
    """Times the commands with hyperfine (no shell, one warm-up run)."""
    export = work / "hyperfine.json"
    arguments = ["hyperfine", "--shell=none", "--warmup", "1", "--runs", str(runs),
                 "--style", "basic", "--export-json", str(export)]
    for label, command in commands.items():
        arguments += ["--command-name", label, shlex.join(command)]
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL)
    results = json.loads(export.read_text())["results"]
    return {
        r["command"]: Timing(r["median"], r["min"], r["max"]) for r in results
    }


def time_with_loop(commands: dict[str, list[str]], runs: int) -> dict[str, Timing]:
    """Times the commands by running each one warm-up run plus `runs` times."""
    timings = {}
    for label, command in commands.items():
        subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, check=True)
            samples.append(time.perf_counter() - start)
        timings[label] = Timing(statistics.median(samples), min(samples), max(samples))
    return timings


def bench_one(name: str, meshc: Path, work: Path, runs: int, cpu: str, use_hyperfine: bool,
              limit: float) -> Outcome:
    """Builds, checks and times one benchmark."""
    outcome = Outcome(name)
    source_dir = CPU_DIR / name
    mesh_exe, c_exe = work / f"{name}-mesh", work / f"{name}-c"
    for stale in (mesh_exe, c_exe):
        stale.unlink(missing_ok=True)

    error = compile_c(source_dir / f"{name}.c", c_exe)
    if error:
        outcome.status, outcome.detail = "c-failed", error
        return outcome
    error = compile_mesh(meshc, source_dir, mesh_exe)
    if error:
        outcome.status, outcome.detail = "unsupported", error
        return outcome

    c_run = run_once([str(c_exe)], limit)
    mesh_run = run_once([str(mesh_exe)], limit)
    for side, run in (("C", c_run), ("Mesh", mesh_run)):
        if run is None:
            outcome.status = "too slow"
            outcome.detail = f"the {side} program did not finish within {limit:g} s"
            return outcome
    (c_code, c_out), (mesh_code, mesh_out) = c_run, mesh_run
    if c_code != 0:
        outcome.status, outcome.detail = "c-failed", f"exit status {c_code}"
        return outcome
    if mesh_code != 0:
        outcome.status, outcome.detail = "mesh-failed", f"exit status {mesh_code}"
        return outcome
    if mesh_out != c_out:
        outcome.status = "mismatch"
        outcome.detail = f"Mesh printed {mesh_out!r}, C printed {c_out!r}"
        return outcome
    outcome.checksum = c_out

    commands = {f"{name}-mesh": pinned([str(mesh_exe)], cpu), f"{name}-c": pinned([str(c_exe)], cpu)}
    timings = (time_with_hyperfine(commands, runs, work) if use_hyperfine
               else time_with_loop(commands, runs))
    outcome.mesh, outcome.c = timings[f"{name}-mesh"], timings[f"{name}-c"]
    outcome.mesh_rss_kib = peak_rss_kib([str(mesh_exe)], work)
    outcome.c_rss_kib = peak_rss_kib([str(c_exe)], work)
    return outcome


def milliseconds(timing: Timing) -> str:
    return f"{timing.median * 1000:.1f} ({timing.low * 1000:.1f}-{timing.high * 1000:.1f})"


def mebibytes(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f}"


def print_table(outcomes: list[Outcome]) -> None:
    """Prints the results as a Markdown table, then the benchmarks that did not run."""
    header = ["benchmark", "Mesh ms median (min-max)", "C ms median (min-max)", "Mesh/C",
              "Mesh peak RSS MiB", "C peak RSS MiB", "checksum"]
    rows = []
    for o in outcomes:
        if o.status == "ok":
            rows.append([o.name, milliseconds(o.mesh), milliseconds(o.c),
                         f"{o.mesh.median / o.c.median:.2f}",
                         mebibytes(o.mesh_rss_kib), mebibytes(o.c_rss_kib), o.checksum])
        else:
            label = "not supported yet" if o.status == "unsupported" else o.status
            rows.append([o.name, label, "", "", "", "", ""])
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    failures = [o for o in outcomes if o.status != "ok"]
    if failures:
        print()
        for o in failures:
            label = "not supported yet" if o.status == "unsupported" else o.status
            print(f"- {o.name}: {label}: {o.detail}")


def describe_machine(cpu: str, runs: int, tool: str) -> None:
    """Prints the date, the machine and the load, which matter for reading the figures."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()
    print(f"date: {time.strftime('%Y-%m-%d %H:%M %Z')}")
    print(f"machine: {model}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}")
    print(f"timing: {tool}, {runs} runs after 1 warm-up, "
          + (f"pinned with taskset -c {cpu}" if cpu else "not pinned"))
    print(f"load average at start: {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    if load[0] > 0.5:
        print("note: other work is running; these figures are noisy.")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all of bench/cpu/)")
    parser.add_argument("--meshc", required=True, type=Path, help="the meshc executable")
    parser.add_argument("--runs", type=int, default=10, help="timed runs per program (default 10)")
    parser.add_argument("--cpu", default="1", help="CPU to pin to with taskset ('' for none)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/mesh-bench"),
                        help="where executables are written")
    parser.add_argument("--limit", type=float, default=30,
                        help="seconds one run may take before the benchmark is skipped (default 30)")
    parser.add_argument("--no-hyperfine", action="store_true", help="use the built-in timing loop")
    args = parser.parse_args()

    available = sorted(p.name for p in CPU_DIR.iterdir() if (p / "main.mpl").exists())
    names = args.names or available
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}",
              file=sys.stderr)
        return 2
    if args.cpu and not shutil.which("taskset"):
        args.cpu = ""
    use_hyperfine = not args.no_hyperfine and shutil.which("hyperfine") is not None
    args.work.mkdir(parents=True, exist_ok=True)

    describe_machine(args.cpu, args.runs, "hyperfine" if use_hyperfine else "timing loop")
    outcomes = []
    for name in names:
        print(f"{name}...", file=sys.stderr, flush=True)
        outcomes.append(bench_one(name, args.meshc.resolve(), args.work, args.runs, args.cpu,
                                  use_hyperfine, args.limit))
    print_table(outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
