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

- ``nowhere``: NER on no sentence at all.

For each: the share of sentences and of tokens NER would run on, the events that
change, and the fields that change most; and the same again with the entities
outside the selection guessed by cheap matchers instead of left out (what
"replace NER by the project's own matchers" would give): dates from the time-word
lists and four-digit years, countries, capitals and their adjectives from the
country table, other capitalised proper-noun runs as a place when the gazetteer
knows them, an organisation when they hold an organisation word or are an
acronym, else a person; numbers as CARDINAL.
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
from spacy.util import filter_spans

from newsevents.entities import ENTITY_ROWS
from newsevents.ingest import read_articles
from newsevents.knowledge.actors import load_country_table
from newsevents.knowledge.dates import load_time_words
from newsevents.knowledge.lexicon import load_event_lexicon
from newsevents.pipeline import Coder, _story_text
from newsevents.records import Article, InputProblem
from newsevents.resolve.gazetteer import Gazetteer, load_gazetteer

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


ORGANISATION_WORDS = frozenset(
    "party council ministry army forces front organisation organization union committee agency department"
    " nations office court group brigade police guard corps movement coalition alliance university bank"
    " company government parliament assembly".split()
)


class MatcherEntities:
    """Cheap guesses of the entities NER would find, from the project's own lists."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        words = load_time_words()
        self.date_words = frozenset(w.lower() for w in (*words.months, *words.weekdays, *words.day_words))
        self.relative = frozenset(w.lower() for w in (*words.previous_words, *words.next_words, *words.current_words))
        self.units = frozenset(w.lower() for w in words.units)
        countries = load_country_table().countries.values()
        self.countries = frozenset(n.lower() for forms in countries for n in (*forms.names, *forms.capitals))
        self.adjectives = frozenset(n.lower() for forms in countries for n in forms.adjectives)
        self.gazetteer = gazetteer

    def _starts_date(self, doc: Doc, i: int) -> bool:
        token = doc[i]
        year = token.like_num and len(token.text) == 4 and token.text[:2] in ("19", "20")
        relative = token.lower_ in self.relative and i + 1 < len(doc) and doc[i + 1].lower_ in self.units
        return token.lower_ in self.date_words or year or relative

    def _name_label(self, run: Span) -> str | None:
        text = run.text.lower()
        if text in self.adjectives:
            return "NORP"
        proper = [token.pos_ == "PROPN" for token in run]
        if text in self.countries or (all(proper) and self.gazetteer.candidates(text)):
            return "GPE"
        if not any(proper) or (len(run) == 1 and run.start == run.sent.start):
            return None
        if any(t.lower_ in ORGANISATION_WORDS for t in run) or (len(run) == 1 and run.text.isupper()):
            return "ORG"
        return "PERSON"

    def __call__(self, doc: Doc, inside: set[int]) -> list[Span]:
        """The guessed entities of ``doc`` that start at no token of ``inside``."""

        def outside(i: int) -> bool:
            return i not in inside

        found, i = [], 0
        while i < len(doc):
            token, end = doc[i], i + 1
            if not outside(i):
                i = end
                continue
            if self._starts_date(doc, i):
                while (
                    end < len(doc)
                    and outside(end)
                    and (doc[end].lower_ in self.date_words or doc[end].like_num or doc[end].lower_ in self.units)
                ):
                    end += 1
                found.append(Span(doc, i, end, label="DATE"))
            elif token.is_alpha and token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN"):
                while end < len(doc) and outside(end) and doc[end].is_alpha and doc[end].text[:1].isupper():
                    end += 1
                label = self._name_label(doc[i:end])
                if label:
                    found.append(Span(doc, i, end, label=label))
            elif token.like_num:
                found.append(Span(doc, i, end, label="CARDINAL"))
            i = end
        return found


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
        "nowhere": lambda _, __, ___: set(),
    }
    guess = MatcherEntities(load_gazetteer())
    figures = {}
    total_events = sum(map(len, full))
    for (name, select), matchers in ((item, m) for item in selections.items() for m in (False, True)):
        if name == "entities" and matchers:
            continue  # nothing is outside the entities' sentences to guess
        sentences = tokens = kept_sentences = kept_tokens = changed = 0
        fields: Counter[str] = Counter()
        for (article, parsed, dateline), before in zip(parses, full, strict=True):
            doc = parsed.copy()
            doc.user_data.pop(ENTITY_ROWS, None)
            spans = list(doc.sents)
            kept = select(article.id, spans, {key[1] for key in before})
            inside = {i for index in kept for i in range(spans[index].start, spans[index].end)}
            entities = [entity for entity in doc.ents if entity.start in inside]
            if matchers:
                entities = filter_spans(entities + guess(doc, inside))
            doc.ents = entities
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
        name = f"{name}, matchers outside" if matchers else name
        figures[name] = {
            "sentences_pct": round(100 * kept_sentences / sentences, 1),
            "tokens_pct": round(100 * kept_tokens / tokens, 1),
            "events_changed": changed,
            "events_changed_pct": round(100 * changed / total_events, 2),
            "fields": dict(fields.most_common(5)),
        }
        shown = figures[name]
        print(f"{name:<28} NER on {shown['sentences_pct']:5.1f}% of sentences, {shown['tokens_pct']:5.1f}% of tokens:"
              f" {changed} of {total_events} events change ({shown['events_changed_pct']}%); fields {shown['fields']}",
              flush=True)  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
