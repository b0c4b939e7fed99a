"""Run every benchmark in bench/ (bench_*.py), one after the other, and print their output.

Run:  .venv/bin/python bench/run_all.py [--quick] [--only NAME ...]   (also: make bench)

Each script runs in its own interpreter (so one's caches or imports do not flatter the
next), with full default sizes. `--quick` is passed on to the scripts that accept it;
the others run as usual. The exit status is non-zero when any script failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent


def accepts_quick(script: Path) -> bool:
    return '"--quick"' in script.read_text(encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="pass --quick to the benchmarks that support it")
    parser.add_argument("--only", nargs="*", default=None,
                        help="run only these (e.g. map geocode); default: all")
    args = parser.parse_args()

    scripts = sorted(BENCH.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in args.only
                   or s.stem in args.only]
    summary: list[tuple[str, int, float]] = []
    for script in scripts:
        command = [sys.executable, str(script.relative_to(ROOT))]
        if args.quick and accepts_quick(script):
            command.append("--quick")
        print(f"\n{'#' * 78}\n# {' '.join(command[1:])}\n{'#' * 78}", flush=True)
        started = time.perf_counter()
        code = subprocess.run(command, cwd=ROOT, check=False).returncode
        elapsed = time.perf_counter() - started
        summary.append((script.name, code, elapsed))
        print(f"# {script.name}: {'ok' if code == 0 else f'FAILED (exit {code})'} "
              f"in {elapsed:.0f} s", flush=True)

    print(f"\n{'#' * 78}\n# summary")
    for name, code, elapsed in summary:
        print(f"#   {name:<24}{'ok' if code == 0 else f'FAILED (exit {code})':<18}"
              f"{elapsed:7.0f} s")
    return 1 if any(code for _, code, _ in summary) else 0


if __name__ == "__main__":
    sys.exit(main())
