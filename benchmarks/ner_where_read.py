"""What running spaCy's NER on fewer sentences would change in the coded events.

    python benchmarks/ner_where_read.py --corpus ../shared/data/corpus/guardian_249.jsonl

NER is about 45% of the parse's CPU, so the first idea for a faster coder is to
run it only on the sentences whose records read entities.  This measures what
that would cost before building it: the articles are parsed once with the
coder's pipeline and coded; then, for each selection of sentences below, coded
again from the same parse with the entities removed outside the selection (what
NER on those sentences alone would give at best: NER on a sentence cut out of
its article may also find other entities), and the events compared with the
full run's (article, sentence, trigger; any field).

Selections:

- ``lexicon``: the cheap pass of issue 15 -- sentences holding a word of the
  event lexicon (the classifier's own, ``knowledge.lexicon``: a token whose
  lowered form or lemma is the first word of an entry; the lemma makes it a
  generous upper bound for a pass that has only the tokenizer);
- ``events``, ``events+-1``: the sentences that hold an event in the full run
  (an oracle no cheap pass can beat), alone and with their neighbours;
- ``names-numbers-times``: a cheap guess of where NER finds something -- a
  capitalised word after the sentence's first, a number, or a word of the
  time-word lists (``knowledge.dates``);
- ``entities``: the sentences where NER finds anything, which changes nothing
  by construction: the most that NER on demand could ever save.

For each: the share of sentences and of tokens NER would run on, the events that
change, and the fields that change most.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser, RawDescriptionHelpFormatter
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from compare_outputs import identity
from spacy.tokens import Doc, Span

from newsevents.ingest import read_articles
from newsevents.knowledge.dates import load_time_words
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.pipeline import Coder, _story_text
from newsevents.records import Article, InputProblem

# (article id, its sentences, the sentences with events) -> the sentences NER runs on
Selection = Callable[[str, list[Span], set[int]], set[int]]


def lexicon_words() -> frozenset[str]:
    lexicon = load_event_lexicon()
    return frozenset(entry.split()[0].split("-")[0] for entry in [*lexicon.verbs, *lexicon.nouns])


def with_lexicon_word(words: frozenset[str]) -> Selection:
    def select(_: str, sentences: list[Span], __: set[int]) -> set[int]:
        return {
            index
            for index, sentence in enumerate(sentences)
            if any(token.lower_ in words or token.lemma_.lower() in words for token in sentence)
        }

    return select


def with_events(window: int) -> Selection:
    def select(_: str, sentences: list[Span], with_events: set[int]) -> set[int]:
        return {i for e in with_events for i in range(e - window, e + window + 1) if 0 <= i < len(sentences)}

    return select


def time_words() -> frozenset[str]:
    words = load_time_words()
    return frozenset().union(
        words.months, words.weekdays, words.day_words, words.previous_words, words.next_words,
        words.current_words, words.units, words.numbers, words.ago_words, words.duration_units,
    )  # fmt: skip


def with_names_numbers_or_times(times: frozenset[str]) -> Selection:
    def select(_: str, sentences: list[Span], __: set[int]) -> set[int]:
        return {
            index
            for index, sentence in enumerate(sentences)
            if any(
                (token.i > sentence.start and token.text[:1].isupper()) or token.like_num or token.lower_ in times
                for token in sentence
            )
        }

    return select


def with_entities(_: str, sentences: list[Span], __: set[int]) -> set[int]:
    return {index for index, sentence in enumerate(sentences) if sentence.ents}


def coded(coder: Coder, article: Article, doc: Doc, dateline: str | None) -> dict[tuple, dict]:
    events = {}
    for event in coder.code_doc(article, doc, dateline):
        record = event.to_dict()
        events[identity(record)] = record
    return events


def main() -> None:
    parser = ArgumentParser(description=__doc__, formatter_class=RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="JSON Lines articles")
    parser.add_argument("--articles", type=int, default=0, help="only the first N articles")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()

    articles = [a for a in read_articles([str(args.corpus)]) if not isinstance(a, InputProblem)]
    articles = articles[: args.articles] if args.articles else articles
    coder = Coder()
    stories = [_story_text(article) for article in articles]
    docs = list(coder.nlp.pipe((text for text, _ in stories), batch_size=coder.config.batch_size))
    parses = list(zip(articles, docs, (dateline for _, dateline in stories), strict=True))
    full = [coded(coder, article, doc.copy(), dateline) for article, doc, dateline in parses]
    selections: dict[str, Selection] = {
        "lexicon": with_lexicon_word(lexicon_words()),
        "events": with_events(0),
        "events+-1": with_events(1),
        "names-numbers-times": with_names_numbers_or_times(time_words()),
        "entities": with_entities,
    }
    figures = {}
    total_events = sum(map(len, full))
    for name, select in selections.items():
        sentences = tokens = kept_sentences = kept_tokens = changed = 0
        fields: Counter[str] = Counter()
        for (article, parsed, dateline), before in zip(parses, full, strict=True):
            doc = parsed.copy()
            spans = list(doc.sents)
            kept = select(article.id, spans, {key[1] for key in before})
            inside = {i for index in kept for i in range(spans[index].start, spans[index].end)}
            doc.ents = [entity for entity in doc.ents if entity.start in inside]
            sentences += len(spans)
            tokens += len(doc)
            kept_sentences += len(kept)
            kept_tokens += len(inside)
            after = coded(coder, article, doc, dateline)
            for key in before.keys() | after.keys():
                old, new = before.get(key, {}), after.get(key, {})
                if old != new:
                    changed += 1
                    fields.update(f for f in old.keys() | new.keys() if old.get(f) != new.get(f))
        figures[name] = {
            "sentences_pct": round(100 * kept_sentences / sentences, 1),
            "tokens_pct": round(100 * kept_tokens / tokens, 1),
            "events_changed": changed,
            "events_changed_pct": round(100 * changed / total_events, 2),
            "fields": dict(fields.most_common(5)),
        }
        shown = figures[name]
        print(f"{name:<10} NER on {shown['sentences_pct']:5.1f}% of sentences, {shown['tokens_pct']:5.1f}% of tokens:"
              f" {changed} of {total_events} events change ({shown['events_changed_pct']}%); fields {shown['fields']}",
              flush=True)  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
