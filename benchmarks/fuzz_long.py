"""A long fuzz run of the readers and the coder: the properties of the suite's
bounded fuzz test (tests/fuzz_cases.py), with many more examples.

    PYTHONPATH=src python benchmarks/fuzz_long.py                  # 5,000 examples per property
    PYTHONPATH=src python benchmarks/fuzz_long.py --examples 500 --seed 7

Without --seed the examples are derandomized (the same on every run); a seed
gives another fixed set.  Prints, per property, the examples tried, the time
taken and the first failure (hypothesis's smallest falsifying example), and
exits 1 when any property failed.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import fuzz_cases as cases  # noqa: E402  (the suite's strategies and properties)


def properties(coder, alone, tried: dict[str, int]):
    """(name, property) pairs; ``tried[name]`` counts the examples each ran."""

    def json_lines(bad, through_stdin, utf16):
        tried["json"] += 1
        cases.check_json_lines(bad, through_stdin, utf16)

    def folder(files, links):
        tried["folder"] += 1
        cases.check_folder(files, links)

    def stdin(data):
        tried["stdin"] += 1
        cases.check_stdin(data)

    def coded(odd):
        tried["coder"] += 1
        cases.check_coder(coder, odd, alone)

    return [
        (
            "json",
            "JSON Lines: bad lines among good ones (file or stdin, UTF-8 or UTF-16)",
            given(st.lists(cases.bad_lines, min_size=1, max_size=6), st.booleans(), st.booleans())(json_lines),
        ),
        (
            "folder",
            "a folder of random files and links",
            given(
                st.dictionaries(cases.file_names, cases.file_contents, max_size=4),
                st.dictionaries(cases.file_names, st.sampled_from(cases.LINK_TARGETS), max_size=3),
            )(folder),
        ),
        ("stdin", "random bytes on standard input", given(st.binary(max_size=cases.MAX_BYTES + 100))(stdin)),
        (
            "coder",
            "coder: good articles among hostile ones",
            given(st.lists(cases.hostile_articles, min_size=1, max_size=4))(coded),
        ),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5_000, help="examples per property (default 5,000)")
    parser.add_argument("--seed", type=int, help="a fixed seed instead of derandomized examples")
    args = parser.parse_args()

    from newsevents.pipeline import Coder

    coder = Coder()
    alone = cases.events_alone(coder)
    run_settings = settings(
        max_examples=args.examples,
        derandomize=args.seed is None,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    failed = 0
    tried: dict[str, int] = dict.fromkeys(("json", "folder", "stdin", "coder"), 0)
    print(f"{'property':<72} {'examples':>8} {'seconds':>8}  result")
    for key, name, prop in properties(coder, alone, tried):
        prop = run_settings(prop)
        if args.seed is not None:
            prop = seed(args.seed)(prop)
        started = time.perf_counter()
        try:
            prop()
            result = "held"
        except Exception as error:  # a property failed: report it and go on with the next
            failed += 1
            result = f"FAILED: {type(error).__name__}: {error}"
            traceback.print_exc()
        print(f"{name:<72} {tried[key]:>8,} {time.perf_counter() - started:>8.0f}  {result}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
