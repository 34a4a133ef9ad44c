#!/usr/bin/env python3
"""Check identify-schools' context-adjusted results against the numpy peer on make-region regions.

    python3 Benchmarks/compare_context.py [--sizes 3000,40000] [--seed 1] [--bin DIR]
        [--work DIR] [--fresh] [--tolerance 1e-9] [--k K] [--context-share S] [--results-share S]

For each size it makes a region with the release make-region (cached in --work; --fresh makes it
anew), runs the release identify-schools (`--pack krasnoyarsk --format json`, cohort all, default
year) and Benchmarks/peer/context_peer.py on it, and checks every number of the report-level
"context_model" and of every school's "context_adjusted" to the tolerance, and every band and
resilient flag exactly (Benchmarks/peer/compare_context.py). It prints, per size, the fitted
schools, the agreement counts and the largest absolute difference, and exits 1 on any mismatch.

The binaries are taken from --bin (default: .build/release of this repository); it does not build
them: `swift build -c release` first. Needs pandas and numpy (Benchmarks/peer/requirements.txt).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PEER_DIR = os.path.join(ROOT, "Benchmarks", "peer")
PEER = os.path.join(PEER_DIR, "context_peer.py")
sys.path.insert(0, PEER_DIR)

import compare_context as cc  # noqa: E402


def run(command: list[str]) -> float:
    start = time.monotonic()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    return time.monotonic() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="3000,40000")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release"))
    ap.add_argument("--work", default=os.path.join(ROOT, ".build", "context-compare"),
                    help="where the regions and reports go (default: .build/context-compare)")
    ap.add_argument("--fresh", action="store_true", help="make the regions anew")
    ap.add_argument("--tolerance", type=float, default=1e-9)
    ap.add_argument("--k", type=float, help="passed to both sides (identify-schools --set context_adjusted.k=…)")
    ap.add_argument("--context-share", type=float, help="likewise context_adjusted.context_share")
    ap.add_argument("--results-share", type=float, help="likewise context_adjusted.results_share")
    args = ap.parse_args()
    lib_set: list[str] = []
    peer_set: list[str] = []
    for name, value in (("k", args.k), ("context_share", args.context_share), ("results_share", args.results_share)):
        if value is not None:
            lib_set += ["--set", f"context_adjusted.{name}={value!r}"]
            peer_set += [f"--{name.replace('_', '-')}", repr(value)]

    make_region = os.path.join(args.bin, "make-region")
    identify = os.path.join(args.bin, "identify-schools")
    for tool in (make_region, identify):
        if not os.access(tool, os.X_OK):
            sys.exit(f"no {tool}: run `swift build -c release` or pass --bin")
    os.makedirs(args.work, exist_ok=True)

    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        data = os.path.join(args.work, f"make-region-{size}-seed{args.seed}")
        if args.fresh or not os.path.exists(os.path.join(data, "values.csv")):
            run([make_region, data, "--schools", str(size), "--seed", str(args.seed)])
        inputs = ["--schools", f"{data}/schools.csv", "--values", f"{data}/values.csv",
                  "--benchmarks", f"{data}/benchmarks.csv"]
        lib_out = os.path.join(args.work, f"library-{size}.json")
        peer_out = os.path.join(args.work, f"context-peer-{size}.json")
        lib_s = run([identify] + inputs + ["--pack", "krasnoyarsk", "--format", "json", "--out", lib_out] + lib_set)
        peer_s = run([sys.executable, PEER] + inputs + ["--out", peer_out] + peer_set)
        lib, peer = cc.load(lib_out), cc.load(peer_out)
        indices = cc.check_indices(lib, peer)
        print(f"== {size} schools ({data})")
        cc.print_indices(indices)
        try:
            summary = cc.compare(lib, peer, args.tolerance)
        except cc.Unreadable as exc:
            print(f"error: {exc}")
            return 2
        cc.print_summary(summary, lib_out, peer_out)
        rows.append((size, summary, indices, lib_s, peer_s))

    print()
    print(f"{'schools':>8} {'fitted n':>8} {'printed':>8} {'suppr.':>6} {'numbers':>8} {'max |Δ|':>9}"
          f" {'bands':>13} {'resilient':>13} {'resil.':>6} {'r2':>6} {'lib s':>6} {'peer s':>6}  result")
    failed = False
    for size, s, ix, lib_s, peer_s in rows:
        bad = bool(s["mismatches"] or ix["mismatches"])
        failed |= bad
        r2 = s["model_library"].get("r2")
        print(f"{size:>8} {s['n']:>8} {s['printed']:>8} {s['suppressed']:>6} {s['numbers']:>8}"
              f" {s['max_abs_diff']:>9.2g} {s['bands_agree']:>6}/{s['printed']:<6}"
              f" {s['resilient_agree']:>6}/{s['printed']:<6} {s['resilient']:>6}"
              f" {r2 if r2 is None else format(r2, '.3f'):>6} {lib_s:>6.2f} {peer_s:>6.2f}"
              f"  {'MISMATCH' if bad else 'agree'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
