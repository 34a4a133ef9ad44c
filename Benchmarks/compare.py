#!/usr/bin/env python3
"""Run identify-schools and the pandas peer side by side on make-region regions.

    python3 Benchmarks/compare.py [--sizes 4000,40000] [--runs 3] [--seed 1] [--work /tmp/qk-bench]

For each size it generates a region with the release build of make-region (cached in --work), runs the
release build of identify-schools and Benchmarks/peer/krasnoyarsk_peer.py --runs times each as whole
processes (interpreter start-up included for the peer, process start for the binary), keeps the best
wall time and the largest peak RSS (from /usr/bin/time), cross-checks that both give the same
statuses and categories (Benchmarks/peer/compare.py), and prints the ratios and how each grows from
the smallest to the largest size. Exits 1 if the results disagree.

The peer runs twice per size: writing the same document as the library, explanations included and
checked sentence by sentence ("peer"), and with empty explanations (--no-explanations, "light"),
which is less work than the library does.

Needs pandas (pip install -r Benchmarks/peer/requirements.txt) and GNU time (/usr/bin/time).
"""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAKE_REGION = os.path.join(ROOT, ".build", "release", "make-region")
PEER = os.path.join(ROOT, "Benchmarks", "peer", "krasnoyarsk_peer.py")
COMPARE = os.path.join(ROOT, "Benchmarks", "peer", "compare.py")
BINARY = os.path.join(ROOT, ".build", "release", "identify-schools")


def timed(command):
    """Wall seconds and peak RSS in MB of one process run."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr}")
    wall, rss = result.stderr.strip().splitlines()[-1].split()
    return float(wall), int(rss) / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="4000,40000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", default="/tmp/qk-bench")
    args = parser.parse_args()

    for product in ("identify-schools", "make-region"):
        subprocess.run(["swift", "build", "-c", "release", "--product", product],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        # Named after the generator, so that a region cached by an earlier generator is not reused.
        data = os.path.join(args.work, f"make-region-{size}-seed{args.seed}")
        if not os.path.exists(os.path.join(data, "values.csv")):
            subprocess.run([MAKE_REGION, data, "--schools", str(size), "--seed", str(args.seed)],
                           check=True)
        inputs = ["--schools", f"{data}/schools.csv", "--values", f"{data}/values.csv",
                  "--benchmarks", f"{data}/benchmarks.csv"]
        swift_out = os.path.join(args.work, f"swift-{size}.json")
        peer_out = os.path.join(args.work, f"peer-{size}.json")
        light_out = os.path.join(args.work, f"peer-light-{size}.json")
        swift = [timed([BINARY] + inputs + ["--pack", "krasnoyarsk", "--format", "json", "--out", swift_out])
                 for _ in range(args.runs)]
        peer = [timed([sys.executable, PEER] + inputs + ["--out", peer_out]) for _ in range(args.runs)]
        light = [timed([sys.executable, PEER] + inputs + ["--no-explanations", "--out", light_out])
                 for _ in range(args.runs)]
        # The library alone: all four default packs side by side (the peer encodes krasnoyarsk only).
        four_out = os.path.join(args.work, f"swift-four-{size}.json")
        four = [timed([BINARY] + inputs + ["--pack", "amur,khabarovsk,krasnoyarsk,krasnodar",
                                            "--format", "json", "--out", four_out])
                for _ in range(args.runs)]
        check = subprocess.run([sys.executable, COMPARE, swift_out, peer_out], capture_output=True, text=True)
        check_light = subprocess.run([sys.executable, COMPARE, swift_out, light_out], capture_output=True, text=True)
        agree = check.returncode == 0 and check_light.returncode == 0
        rows.append(dict(size=size, swift=min(w for w, _ in swift), swift_rss=max(r for _, r in swift),
                         peer=min(w for w, _ in peer), peer_rss=max(r for _, r in peer), agree=agree,
                         light=min(w for w, _ in light), light_rss=max(r for _, r in light),
                         four=min(w for w, _ in four), four_rss=max(r for _, r in four),
                         swift_mb=os.path.getsize(swift_out) / 1e6, peer_mb=os.path.getsize(peer_out) / 1e6))
        if not agree:
            print(check.stdout, check_light.stdout)

    print(f"{'schools':>8} {'swift s':>8} {'peer s':>8} {'speed-up':>8} {'swift MB':>9} {'peer MB':>8}"
          f" {'light s':>8} {'speed-up':>8} {'light MB':>9}"
          f" {'JSON MB swift/peer':>19} {'4 packs s':>10} {'4 packs MB':>11}  results")
    for r in rows:
        print(f"{r['size']:>8} {r['swift']:>8.3f} {r['peer']:>8.3f} {r['peer'] / r['swift']:>7.1f}x"
              f" {r['swift_rss']:>9.0f} {r['peer_rss']:>8.0f}"
              f" {r['light']:>8.3f} {r['light'] / r['swift']:>7.1f}x {r['light_rss']:>9.0f}"
              f" {r['swift_mb']:>9.0f} / {r['peer_mb']:<7.0f}"
              f" {r['four']:>10.3f} {r['four_rss']:>11.0f}  {'agree' if r['agree'] else 'DISAGREE'}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        factor = last["size"] / first["size"]
        print(f"growth {first['size']} -> {last['size']} schools (x{factor:g}): "
              f"swift x{last['swift'] / first['swift']:.1f}, peer x{last['peer'] / first['peer']:.1f}, "
              f"light peer x{last['light'] / first['light']:.1f}, "
              f"swift four packs x{last['four'] / first['four']:.1f}")
    sys.exit(0 if all(r["agree"] for r in rows) else 1)


if __name__ == "__main__":
    main()
