"""Fault campaigns at the issue's sizes: broken input files, killed saves, concurrent writers.

Run from the repository root (Linux or macOS: the campaigns use SIGKILL and select on pipes):

    .venv/bin/python tools/fuzz.py                       # everything, at the issue's sizes
    .venv/bin/python tools/fuzz.py --fuzz 500 --kills 50 --saves 30   # a quicker look
    .venv/bin/python tools/fuzz.py --only fuzz --kind grid --kind staff

It prints, per campaign, how many inputs were tried and how each ended:

- fuzzing (``tests/reliability/fuzzing.py``): clean (the command ran or refused the input with
  a message), traceback (anything else escaped), hang (no answer within the timeout), changed
  (the input file was written to); then the most frequent causes and a few examples;
- kills during save (``tests/reliability/crashing.py``): how many kills landed inside a save,
  plans kept as the last or the in-flight save, unopenable plans, lost commits, plans half old
  and half new, temporary files left beside the plan;
- concurrent writers: acknowledged saves, saves refused and retried, acknowledged saves lost;
- window kills (``tests/reliability/window_kills.py``): the real window killed while being
  edited; whether the next start offered back exactly the last autosave, and the work lost.

The script measures; it exits 0 whatever it finds.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability.crashing import kill_campaign, writers_campaign
from tests.reliability.fuzzing import KINDS, TIMEOUT_SECONDS, Tally, campaign


def _report(tally: Tally, seconds: float) -> None:
    print(f"{tally.line()}  ({seconds:.0f} s)")
    for cause, count in tally.causes.most_common(8):
        print(f"    {count:>6}  {cause}")
    for outcome, examples in tally.examples.items():
        for example in examples[:3]:
            print(f"    e.g. {outcome}: {example}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the campaigns chosen on the command line and print their counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", choices=["fuzz", "kills", "writers", "windows"], action="append", help="campaigns to run"
    )
    parser.add_argument("--kind", choices=KINDS, action="append", help="fuzzed input kinds (default: all)")
    parser.add_argument("--fuzz", type=int, default=2_000, help="inputs per kind (default 2,000)")
    parser.add_argument("--no-pdf", action="store_true", help="do not print the fuzzed plans that open")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="seconds per input before a hang")
    parser.add_argument("--kills", type=int, default=300, help="saving processes killed (default 300)")
    parser.add_argument("--writers", type=int, default=3, help="concurrent writing processes (default 3)")
    parser.add_argument("--saves", type=int, default=100, help="saves per writer (default 100)")
    parser.add_argument("--windows", type=int, default=100, help="windows killed (default 100)")
    parser.add_argument("--seed", type=int, default=0, help="makes a campaign repeatable")
    args = parser.parse_args(argv)
    chosen = set(args.only or ["fuzz", "kills", "writers", "windows"])
    if "fuzz" in chosen:
        print(f"Fuzzed inputs through the real commands, {args.timeout:.0f} s each before a hang:")
        for kind in args.kind or KINDS:
            started = time.perf_counter()
            tally = campaign(kind, args.fuzz, seed=args.seed, timeout=args.timeout, pdf=not args.no_pdf)
            _report(tally, time.perf_counter() - started)
    if "kills" in chosen:
        started = time.perf_counter()
        kills = kill_campaign(args.kills, seed=args.seed)
        seconds = time.perf_counter() - started
        print(f"\nKills during save (SIGKILL after a random delay):\n  {kills.line()}  ({seconds:.0f} s)")
        for example in kills.examples[:5]:
            print(f"    e.g. {example}")
    if "writers" in chosen:
        started = time.perf_counter()
        writers = writers_campaign(args.writers, args.saves, seed=args.seed)
        print(
            f"\nConcurrent writers ({args.writers} processes x {args.saves} saves):\n  {writers.line()}  "
            f"({time.perf_counter() - started:.0f} s)"
        )
        for failure in writers.failures[:3]:
            print(f"    {failure}")
    if "windows" in chosen:
        from tests.reliability.window_kills import window_campaign  # noqa: PLC0415 - imports Qt

        started = time.perf_counter()
        windows = window_campaign(args.windows, seed=args.seed)
        print(f"\nWindow kills (SIGKILL while editing):\n  {windows.line()}  ({time.perf_counter() - started:.0f} s)")
        for example in windows.examples[:5]:
            print(f"    e.g. {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
