"""Throughput of `newsevents code`, against spaCy's stock pipeline on the same texts.

    python benchmarks/throughput.py                       # the bundled samples, repeated to 300 articles
    python benchmarks/throughput.py --corpus ../shared/data/corpus/guardian_249.jsonl

On a shared machine absolute rates move with the load, so everything that is
compared is measured side by side in one run, in interleaved chunks, and in CPU
time (``time.process_time``) where one process does the work:

- end to end (``Coder.code_many``) against spaCy's stock pipeline (``spacy.load``
  of the same model, ``nlp.pipe`` with the same batch size): the ratio is how many
  times the stock pipeline's CPU time ours takes less;
- the share of CPU of each spaCy component, in the stock pipeline and in ours;
- one worker process against two, chunk by chunk on two ready pools (wall time:
  it is the only clock for parallel work), and the peak memory of each worker;
- start-up of the real command, `newsevents code` on a one-line input, and
  `newsevents --help`: median of 5 fresh processes, wall and CPU time.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from argparse import ArgumentParser, RawDescriptionHelpFormatter
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import spacy

from newsevents.ingest import read_articles, sample_paths
from newsevents.nlp import load_pipeline
from newsevents.parallel import ProcessEngine
from newsevents.pipeline import Coder, CoderConfig, _story_text
from newsevents.records import Article, InputProblem

ONE_LINE = "Turkish troops shelled Kurdish positions near Afrin on Monday.\n"


def corpus(path: Path | None, size: int) -> list[Article]:
    sources = [str(path)] if path else [str(p) for p in sample_paths() if p.suffix == ".jsonl"]
    base = [a for a in read_articles(sources) if not isinstance(a, InputProblem)]
    if path:
        return base[:size] if size else base
    # the samples are few: repeat them under new ids up to the size asked for
    return [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(size)]


def chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def command_seconds(arguments: list[str], stdin: str = "", runs: int = 5) -> tuple[float, float]:
    """Median wall and CPU seconds of ``python -m newsevents ARGUMENTS`` in fresh processes."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsevents", *arguments], input=stdin, text=True,
                       capture_output=True, check=True)  # fmt: skip
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def component_seconds(nlp: spacy.Language, texts: list[str], batch_size: int, into: dict[str, float]) -> None:
    """Add the CPU seconds of the tokenizer and of each component on ``texts`` to ``into``."""
    start = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    into["tokenizer"] += time.process_time() - start
    for name, component in nlp.pipeline:
        start = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:  # a plain function component
            docs = [component(doc) for doc in docs]
        into[name] += time.process_time() - start


def shares(seconds: dict[str, float]) -> dict[str, float]:
    total = sum(seconds.values())
    return {name: round(100 * value / total, 1) for name, value in seconds.items()}


def main() -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="JSON Lines articles (default: the bundled samples, repeated)")
    parser.add_argument("--articles", type=int, default=300, help="how many articles (default 300)")
    parser.add_argument("--chunk", type=int, default=16, help="articles per interleaved chunk (default 16)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    articles = corpus(args.corpus, args.articles)
    config = CoderConfig()
    texts = [_story_text(article)[0] for article in articles]
    print(f"corpus: {len(articles)} articles, {sum(map(len, texts)) / len(texts):,.0f} characters on average;"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)  # fmt: skip

    help_wall, help_cpu = command_seconds(["--help"])
    code_wall, code_cpu = command_seconds(["code", "-", "--date", "2021-09-30"], stdin=ONE_LINE)

    stock, coder = spacy.load(config.model), Coder(config)
    ours = load_pipeline(config.model)
    for warm in (lambda: list(stock.pipe(texts[:4])), lambda: list(coder.code_many(articles[:4]))):
        warm()  # first calls pay one-time costs
    stock_cpu = ours_cpu = 0.0
    events = sentences = 0
    stock_parts: dict[str, float] = defaultdict(float)
    ours_parts: dict[str, float] = defaultdict(float)
    for part, part_texts in zip(chunks(articles, args.chunk), chunks(texts, args.chunk), strict=True):
        start = time.process_time()
        sentences += sum(len(list(doc.sents)) for doc in stock.pipe(part_texts, batch_size=config.batch_size))
        stock_cpu += time.process_time() - start
        start = time.process_time()
        events += sum(len(result.events) for result in coder.code_many(part))
        ours_cpu += time.process_time() - start
        component_seconds(stock, part_texts, config.batch_size, stock_parts)
        component_seconds(ours, part_texts, config.batch_size, ours_parts)
    self_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    ours_spacy_cpu = sum(ours_parts.values())

    with ProcessEngine(config, 1) as one, ProcessEngine(config, args.workers) as many:
        one.start()
        many.start()
        wall = {1: 0.0, args.workers: 0.0}
        for part in chunks(articles, args.chunk * args.workers):
            for engine, workers in ((one, 1), (many, args.workers)):
                start = time.perf_counter()
                for _ in engine.code_many(part):
                    pass
                wall[workers] += time.perf_counter() - start
        worker_peak_mb = max([*one.peak_memory_mb().values(), *many.peak_memory_mb().values()])

    figures = {
        "articles": len(articles),
        "sentences": sentences,
        "events": events,
        "stock_spacy_cpu_s": round(stock_cpu, 1),
        "ours_end_to_end_cpu_s": round(ours_cpu, 1),
        "ratio_stock_cpu_to_ours": round(stock_cpu / ours_cpu, 3),
        "ours_articles_per_cpu_s": round(len(articles) / ours_cpu, 2),
        "ours_after_parse_share_pct": round(100 * (ours_cpu - ours_spacy_cpu) / ours_cpu, 1),
        "stock_component_cpu_pct": shares(stock_parts),
        "ours_component_cpu_pct": shares(ours_parts),
        "ratio_stock_spacy_to_our_spacy": round(sum(stock_parts.values()) / ours_spacy_cpu, 3),
        f"speedup_{args.workers}_workers_vs_1_wall": round(wall[1] / wall[args.workers], 2),
        "peak_memory_one_process_mb": round(self_peak_mb),
        "peak_memory_per_worker_mb": round(worker_peak_mb),
        "help_median_wall_s": round(help_wall, 2),
        "help_median_cpu_s": round(help_cpu, 2),
        "code_one_line_median_wall_s": round(code_wall, 2),
        "code_one_line_median_cpu_s": round(code_cpu, 2),
        "load_average_at_end": round(os.getloadavg()[0], 1),
    }
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
