#!/usr/bin/env python3
"""Actor benchmarks: Mesh beside Erlang and Go, in one run.

Four programs, each written in Mesh (mesh/<name>/main.mpl), Erlang
(erlang/<name>.erl) and Go (go/<name>.go) with the same shape:

  spawn     N actors blocked in receive, RSS printed with all alive, then one
            message each and all exit             -> time per actor, bytes per idle actor
  ring      N = 10,000 actors pass a token for LAPS laps -> time per hop
  pingpong  K round trips between two actors       -> time per round trip
  service   K synchronous calls to a counter service -> time per call

Nothing here has a clock inside Mesh, so every language is timed the same way
from outside: each program runs at a small and a large size and the
difference of the wall times is divided by the difference of the work
(start-up, VM boot and set-up cancel out). The median of --runs runs of each
size is used. Bytes per idle actor come from the VmRSS each spawn program
prints, (rss_large - rss_small) / (N_large - N_small). Prints a Markdown table
with the ratios Mesh/Erlang and Mesh/Go. Nothing is asserted.

Usage: bench/actors/run.sh [--runs N] [--only NAME...] [--work DIR]
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# name -> (small args, large args, units of work between them, unit label)
BENCHES = {
    "spawn": (["1000"], ["1000000"], 999_000, "actor"),
    "ring": (["10000", "1"], ["10000", "100"], 10_000 * 99, "hop"),
    "pingpong": (["1000"], ["1000000"], 999_000, "round trip"),
    "service": (["1000"], ["1000000"], 999_000, "call"),
}
EXPECT = {
    "spawn": "spawned",
    "ring": "ring done",
    "pingpong": "pingpong done",
    "service": "count",
}


def build(work: Path, meshc: str, names):
    """Compiles every program; returns name -> lang -> argv prefix (or an error string)."""
    work.mkdir(parents=True, exist_ok=True)
    beam = work / "beam"
    beam.mkdir(exist_ok=True)
    progs = {}
    for name in names:
        progs[name] = {}
        src = HERE / "mesh" / name
        dst = work / f"mesh-{name}"
        if dst.exists():
            shutil.rmtree(dst)
        shutil.copytree(src, dst)
        exe = work / f"{name}-mesh"
        r = subprocess.run([meshc, "build", "--opt-level", "2", str(dst), "-o", str(exe)],
                           capture_output=True, text=True)
        progs[name]["mesh"] = [str(exe)] if r.returncode == 0 else \
            "does not compile: " + (r.stderr.strip().splitlines() or ["?"])[0]
        if shutil.which("erlc"):
            r = subprocess.run(["erlc", "-o", str(beam), str(HERE / "erlang" / f"{name}.erl")],
                               capture_output=True, text=True)
            progs[name]["erlang"] = ["erl", "-noshell", "+P", "2000000", "-pa", str(beam),
                                     "-s", name, "main"] if r.returncode == 0 else "erlc failed"
        else:
            progs[name]["erlang"] = "erlang not installed"
        if shutil.which("go"):
            exe = work / f"{name}-go"
            r = subprocess.run(["go", "build", "-o", str(exe), str(HERE / "go" / f"{name}.go")],
                               capture_output=True, text=True, env={**os.environ, "GO111MODULE": "off"})
            progs[name]["go"] = [str(exe)] if r.returncode == 0 else "go build failed"
        else:
            progs[name]["go"] = "go not installed"
    return progs


def run_once(argv, limit):
    """Wall seconds and stdout of one run, or None on failure/timeout."""
    start = time.perf_counter()
    try:
        r = subprocess.run(argv, capture_output=True, text=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    wall = time.perf_counter() - start
    if r.returncode != 0:
        return None, f"exit {r.returncode}: {r.stderr.strip()[:200]}"
    return wall, r.stdout


def measure(name, prefix, runs, limit):
    small, large, units, _ = BENCHES[name]
    results = {}
    for label, args in (("small", small), ("large", large)):
        walls, rss = [], []
        for _ in range(runs):
            wall, out = run_once(prefix + args, limit)
            if wall is None:
                return f"failed ({label}): {out}"
            if EXPECT[name] not in out:
                return f"unexpected output ({label}): {out.strip()[:120]}"
            walls.append(wall)
            m = re.search(r"rss_kib=(\d+)", out)
            if m:
                rss.append(int(m.group(1)))
        results[label] = (statistics.median(walls), statistics.median(rss) if rss else None)
    per_unit = (results["large"][0] - results["small"][0]) / units
    per_actor_bytes = None
    if results["large"][1] is not None:
        n_small, n_large = int(small[0]), int(large[0])
        per_actor_bytes = (results["large"][1] - results["small"][1]) * 1024 / (n_large - n_small)
    return per_unit, per_actor_bytes, results["large"][0]


def fmt_time(seconds):
    ns = seconds * 1e9
    return f"{ns / 1000:.2f} us" if ns >= 1000 else f"{ns:.0f} ns"


def ratio(a, b):
    if isinstance(a, tuple) and isinstance(b, tuple) and b[0] > 0:
        return f"{a[0] / b[0]:.2f}"
    return "-"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--meshc", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--only", nargs="*", default=list(BENCHES))
    ap.add_argument("--work", default="/tmp/mesh-actor-bench")
    ap.add_argument("--limit", type=float, default=120)
    args = ap.parse_args()
    progs = build(Path(args.work), args.meshc, args.only)
    rows = []
    for name in args.only:
        res = {}
        for lang in ("mesh", "erlang", "go"):
            prefix = progs[name][lang]
            res[lang] = prefix if isinstance(prefix, str) else measure(name, prefix, args.runs, args.limit)
            print(f"{name} {lang}: {res[lang]}", file=sys.stderr)
        rows.append((name, res))
    unit = {n: BENCHES[n][3] for n in BENCHES}
    print(f"| benchmark | Mesh | Erlang | Go | Mesh/Erlang | Mesh/Go |")
    print(f"|---|---|---|---|---|---|")
    for name, res in rows:
        cells = [fmt_time(r[0]) + f"/{unit[name]}" if isinstance(r, tuple) else r for r in
                 (res["mesh"], res["erlang"], res["go"])]
        print(f"| {name} | {' | '.join(cells)} | {ratio(res['mesh'], res['erlang'])} | {ratio(res['mesh'], res['go'])} |")
        if name == "spawn":
            mem = [f"{r[1]:.0f} B" if isinstance(r, tuple) and r[1] is not None else "-"
                   for r in (res["mesh"], res["erlang"], res["go"])]
            mr = lambda a, b: f"{a[1] / b[1]:.2f}" if isinstance(a, tuple) and isinstance(b, tuple) and a[1] and b[1] else "-"
            print(f"| memory per idle actor | {' | '.join(mem)} | {mr(res['mesh'], res['erlang'])} | {mr(res['mesh'], res['go'])} |")


if __name__ == "__main__":
    main()
