#!/usr/bin/env python3
"""Time every tool in every format on make-region regions: the whole-process table of Benchmarks/.

    python3 Benchmarks/formats.py [--sizes 4000,40000] [--runs 3] [--seed 1] [--work /tmp/qk-bench]
                                  [--tools identify-schools,plan-support,track-indicators]
                                  [--formats text,markdown,json,csv,html,xlsx] [--json OUT.json] [--bin DIR]

For each size it generates a region with the release build of make-region (cached in --work), then
runs each release tool in each format it accepts, with one pack (`krasnoyarsk`) and with all four
(`krasnoyarsk,amur,khabarovsk,krasnodar`; track-indicators reports one programme, so it runs with one
pack only), --runs times as a whole process writing to a file (--out), and keeps the best wall time
and the largest peak RSS (GNU time). It prints one Markdown table: time, peak memory, the ratio to
`identify-schools --format json` with the same packs on the same region, and the growth of time
from the smallest to the largest size. A format a tool does not accept is reported as such, not
skipped silently.

The ratios are measured in one run of this script, on one region, one tool after the other: the
machine's load moves all of them alike only if it stays the same, so run it on an idle machine and
read the load average it prints.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE = os.path.join(ROOT, ".build", "release")
TOOLS = ["identify-schools", "plan-support", "track-indicators"]
FORMATS = ["text", "markdown", "json", "csv", "html", "xlsx"]
ONE = "krasnoyarsk"
ALL = "krasnoyarsk,amur,khabarovsk,krasnodar"


def timed(command):
    """(wall seconds, peak RSS MB), or None when the tool refused the arguments (exit 2)."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode == 2:
        return None
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    wall, rss = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024


def arguments(tool, data, packs, fmt, out):
    inputs = ["--schools", f"{data}/schools.csv", "--values", f"{data}/values.csv",
              "--benchmarks", f"{data}/benchmarks.csv", "--pack", packs, "--format", fmt,
              "--out", out]
    if tool == "track-indicators":
        inputs += ["--reported", f"{data}/reported.csv", "--records",
                   f"{data}/monitoring-records.csv"]
    return [os.path.join(RELEASE, tool)] + inputs


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="4000,40000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default="/tmp/qk-bench")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--formats", default=",".join(FORMATS))
    parser.add_argument("--json", help="also write the measurements to this JSON file")
    parser.add_argument("--bin", help="take the tools from this folder instead of building them "
                        "(e.g. a copy of .build/release made before a change)")
    args = parser.parse_args()

    global RELEASE
    if args.bin:
        RELEASE = os.path.abspath(args.bin)
    else:
        for product in TOOLS + ["make-region"]:
            subprocess.run(["swift", "build", "-c", "release", "--product", product],
                           cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    sizes = [int(s) for s in args.sizes.split(",")]
    tools = args.tools.split(",")
    formats = args.formats.split(",")
    print(f"load average at start: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    results = {}  # (size, tool, packs, format) -> (seconds, MB) or None
    for size in sizes:
        data = os.path.join(args.work, f"make-region-{size}-seed{args.seed}")
        if not os.path.exists(os.path.join(data, "values.csv")):
            subprocess.run([os.path.join(RELEASE, "make-region"), data, "--schools", str(size),
                            "--seed", str(args.seed)], check=True, stdout=subprocess.DEVNULL)
        out_dir = os.path.join(args.work, f"out-{size}")
        os.makedirs(out_dir, exist_ok=True)
        for tool in tools:
            for packs in ([ONE] if tool == "track-indicators" else [ONE, ALL]):
                for fmt in formats:
                    out = os.path.join(out_dir, f"{tool}-{len(packs.split(','))}.{fmt}")
                    best = None
                    for _ in range(args.runs):
                        measured = timed(arguments(tool, data, packs, fmt, out))
                        if measured is None:
                            break
                        best = measured if best is None else (min(best[0], measured[0]),
                                                              max(best[1], measured[1]))
                    results[(size, tool, packs, fmt)] = best
                    shown = "not accepted" if best is None else f"{best[0]:.2f} s, {best[1]:.0f} MB"
                    print(f"{size} {tool} {packs} {fmt}: {shown}", file=sys.stderr)
    print(f"load average at end: {os.getloadavg()[0]:.2f}", file=sys.stderr)

    print("| schools | tool | packs | format | time | peak memory | × identify JSON time | "
          "× identify JSON memory | growth from the smallest size |")
    print("| ---: | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for size in sizes:
        for tool in tools:
            for packs in ([ONE] if tool == "track-indicators" else [ONE, ALL]):
                base = results.get((size, "identify-schools", packs, "json"))
                for fmt in formats:
                    measured = results[(size, tool, packs, fmt)]
                    label = "1" if packs == ONE else "4"
                    if measured is None:
                        print(f"| {size:,} | {tool} | {label} | {fmt} | not accepted | | | | |")
                        continue
                    ratio_t = f"{measured[0] / base[0]:.1f}×" if base and base[0] > 0 else ""
                    ratio_m = f"{measured[1] / base[1]:.1f}×" if base else ""
                    first = results.get((sizes[0], tool, packs, fmt))
                    growth = (f"×{measured[0] / first[0]:.1f}"
                              if size != sizes[0] and first and first[0] > 0 else "")
                    print(f"| {size:,} | {tool} | {label} | {fmt} | {measured[0]:.2f} s | "
                          f"{measured[1]:.0f} MB | {ratio_t} | {ratio_m} | {growth} |")
    if args.json:
        with open(args.json, "w") as handle:
            json.dump([{"schools": k[0], "tool": k[1], "packs": k[2], "format": k[3],
                        "seconds": v[0] if v else None, "peak_mb": v[1] if v else None}
                       for k, v in results.items()], handle, indent=1)


if __name__ == "__main__":
    main()
