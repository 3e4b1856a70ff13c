"""Throughput of `newsevents code`, against spaCy's parser alone on the same text.

    python benchmarks/throughput.py                       # the bundled samples, repeated to 300 articles
    python benchmarks/throughput.py --corpus ../shared/data/corpus/guardian_249.jsonl

Prints, for one process and for N worker processes: articles and sentences per
second end to end, the parser-alone rate on the same texts (the floor that a
parse-based coder cannot beat) and the ratio ours / parser-alone, peak memory
per process, and the start-up time (import and model load) in a fresh process.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from newsevents.ingest import read_articles, sample_paths
from newsevents.nlp import load_pipeline
from newsevents.parallel import ProcessEngine
from newsevents.pipeline import Coder, CoderConfig, _story_text
from newsevents.records import Article, InputProblem

STARTUP = (
    "import time; t = time.perf_counter(); from newsevents.pipeline import Coder; Coder(); "
    "print(time.perf_counter() - t)"
)


def corpus(path: Path | None, size: int) -> list[Article]:
    sources = [str(path)] if path else [str(p) for p in sample_paths() if p.suffix == ".jsonl"]
    base = [a for a in read_articles(sources) if not isinstance(a, InputProblem)]
    if path:
        return base[:size] if size else base
    # the samples are few: repeat them under new ids up to the size asked for
    return [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(size)]


def startup_seconds() -> float:
    runs = [float(subprocess.run([sys.executable, "-c", STARTUP], capture_output=True, text=True, check=True).stdout)
            for _ in range(3)]
    return sorted(runs)[1]


def parser_alone(texts: list[str], batch_size: int) -> tuple[float, int]:
    nlp = load_pipeline()
    start = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=batch_size))
    return time.perf_counter() - start, sentences


def one_process(articles: list[Article], config: CoderConfig) -> tuple[float, int]:
    coder = Coder(config)
    start = time.perf_counter()
    events = sum(len(result.events) for result in coder.code_many(articles))
    return time.perf_counter() - start, events


def worker_processes(articles: list[Article], config: CoderConfig, workers: int) -> tuple[float, float]:
    """Seconds to code on ``workers`` ready processes, and their largest peak memory (MB)."""
    with ProcessEngine(config, workers) as pool:
        pool.start()
        start = time.perf_counter()
        for _ in pool.code_many(articles):
            pass
        elapsed = time.perf_counter() - start
        return elapsed, max(pool.peak_memory_mb().values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, help="JSON Lines articles (default: the bundled samples, repeated)")
    parser.add_argument("--articles", type=int, default=300, help="how many articles (default 300)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    articles = corpus(args.corpus, args.articles)
    config = CoderConfig()
    texts = [_story_text(article)[0] for article in articles]
    chars = sum(len(t) for t in texts)
    print(f"corpus: {len(articles)} articles, {chars / len(articles):,.0f} characters on average", flush=True)

    startup = startup_seconds()
    parser_alone(texts[:5], config.batch_size)  # warm-up: first calls pay one-time costs
    parse_time, sentences = parser_alone(texts, config.batch_size)
    ours_time, events = one_process(articles, config)
    self_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_time, worker_peak_mb = worker_processes(articles, config, args.workers)

    figures = {
        "articles": len(articles),
        "sentences": sentences,
        "events": events,
        "startup_s": round(startup, 2),
        "parser_alone_articles_per_s": round(len(articles) / parse_time, 1),
        "parser_alone_sentences_per_s": round(sentences / parse_time, 1),
        "one_process_articles_per_s": round(len(articles) / ours_time, 1),
        "one_process_sentences_per_s": round(sentences / ours_time, 1),
        "ratio_ours_to_parser": round(parse_time / ours_time, 2),
        f"{args.workers}_workers_articles_per_s": round(len(articles) / workers_time, 1),
        f"speedup_{args.workers}_workers_vs_one_process": round(ours_time / workers_time, 2),
        "peak_memory_one_process_mb": round(self_peak_mb),
        "peak_memory_per_worker_mb": round(worker_peak_mb),
    }
    width = max(map(len, figures))
    for name, value in figures.items():
        print(f"{name:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
