"""CPU time of the work after the parse (``Coder.code_doc``) on parses made once.

    PYTHONPATH=src python benchmarks/after_parse.py --articles 60
    PYTHONPATH=src python benchmarks/after_parse.py --articles 60 --profile 40   # and the top 40 by own time

The articles are parsed first, outside the clock; then ``code_doc`` runs over the
same Docs ``--rounds`` times and the best round's CPU time (``time.process_time``)
is reported, which a shared machine disturbs far less than wall time.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from argparse import ArgumentParser
from pathlib import Path

from spacy.tokens import Doc

from newsevents.ingest import read_articles
from newsevents.pipeline import Coder, _story_text
from newsevents.records import Article, InputProblem

GUARDIAN = Path("../shared/data/corpus/guardian_249.jsonl")


def main() -> None:
    options = ArgumentParser(description=__doc__)
    options.add_argument("--corpus", type=Path, default=GUARDIAN)
    options.add_argument("--articles", type=int, default=60)
    options.add_argument("--rounds", type=int, default=3)
    options.add_argument("--profile", type=int, default=0, help="print the top N functions by own time")
    args = options.parse_args()
    articles = [a for a in read_articles([str(args.corpus)]) if not isinstance(a, InputProblem)][: args.articles]
    coder = Coder()
    stories = [_story_text(article) for article in articles]
    start = time.process_time()
    docs = list(coder.nlp.pipe((body for body, _ in stories), batch_size=coder.config.batch_size))
    parse = time.process_time() - start
    # each round codes fresh copies: what a Doc keeps in its user_data must be paid again
    saved = [doc.to_bytes(exclude=["user_data"]) for doc in docs]

    def fresh() -> list[tuple[Article, Doc, str | None]]:
        copies = [Doc(coder.nlp.vocab).from_bytes(data) for data in saved]
        return [(article, doc, dateline) for article, doc, (_, dateline) in zip(articles, copies, stories, strict=True)]

    def code_all(parsed: list[tuple[Article, Doc, str | None]]) -> int:
        return sum(len(coder.code_doc(article, doc, dateline)) for article, doc, dateline in parsed)

    code_all(fresh())  # warm the caches that live for the process (tables, gazetteer pages)
    rounds = []
    for _ in range(args.rounds):
        parsed = fresh()
        start = time.process_time()
        events = code_all(parsed)
        rounds.append(time.process_time() - start)
    best = min(rounds)
    print(f"{len(parsed)} articles, {events} events; parse {parse:.2f} s CPU")
    print(f"after the parse: best {best:.2f} s CPU, rounds {', '.join(f'{r:.2f}' for r in rounds)}")
    print(f"share after the parse: {best / (best + parse):.1%}")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(code_all, fresh())
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.profile)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(args.profile * 2)


if __name__ == "__main__":
    main()
