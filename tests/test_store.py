"""The event store: idempotent ingest, resume after a kill, deduplication, queries."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from newsevents.records import CodingResult, InputProblem, StoredEvent
from newsevents.store import EventQuery, EventStore, StoreError
from newsevents.store.similarity import DUPLICATE_THRESHOLD, estimated_jaccard, minhash_signature
from synthetic_records import IDLIB, MOSUL, article, coded, record

WIRE_STORY = (
    "ANKARA, Turkey (Wire) - Turkey's foreign minister said on Tuesday that Ankara would not "
    "cancel its order for a second batch of air defence missiles from Russia, despite new "
    "warnings from Washington that it could face further sanctions. Speaking to journalists "
    "after a cabinet meeting, the minister said the purchase was a sovereign decision and that "
    "Turkey had already paid for most of the equipment. The United States removed Turkey from "
    "its joint fighter jet programme two years ago over the first delivery, and last year it "
    "sanctioned the country's defence procurement agency. Officials in Washington said on Monday "
    "that any new delivery would trigger additional measures under a law that targets arms "
    "deals with Moscow. The minister said he expected to discuss the matter with his American "
    "counterpart at a meeting of alliance ministers in Brussels next week."
)
# The same story after a synonym-swapping rewriter, as content farms publish it.
REWRITTEN_COPY = (
    "Ankara, Turkey (Wire) Turkey's overseas minister stated on Tuesday that Ankara will not "
    "cancel its order for a 2nd batch of air protection missiles from Russia, regardless of fresh "
    "warnings from Washington that it may face further sanctions. Talking to reporters "
    "after a cabinet assembly, the minister said the acquisition was a sovereign choice and that "
    "Turkey had previously paid for most of the gear. The United States eliminated Turkey from "
    "its joint fighter plane programme two years in the past over the first supply, and last year "
    "it sanctioned the nation's defence procurement company. Officials in Washington said on "
    "Monday that any new supply would set off extra measures under a legislation that targets "
    "arms offers with Moscow. The minister said he anticipated to talk about the issue with his "
    "American counterpart at a gathering of alliance ministers in Brussels subsequent week."
)
INDEPENDENT_REPORT = (
    "Turkish officials on Tuesday rejected American pressure over a planned second purchase of "
    "Russian surface-to-air missiles. In remarks broadcast by state television, the foreign "
    "minister told reporters in Ankara that the deal would go ahead. Washington has warned it "
    "could impose new penalties on Turkey, a NATO member, under legislation aimed at Russian "
    "arms sales. Relations between the two allies have been strained since Turkey took delivery "
    "of the first missile batteries, which led to its exclusion from the F-35 jet project. The "
    "minister is expected to meet the US secretary of state in Brussels next week."
)


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "events.sqlite") as opened:
        yield opened


def only_event(store: EventStore) -> StoredEvent:
    events = list(store.events())
    assert len(events) == 1, events
    return events[0]


def test_the_store_is_sqlite_in_wal_mode(tmp_path):
    path = tmp_path / "events.sqlite"
    EventStore(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with EventStore(path, create=False) as reopened:
        assert reopened.counts() == {"articles": 0, "mentions": 0, "events": 0}


def test_recoding_an_article_adds_nothing(store):
    result = coded("a1", record("a1"), record("a1", "CONSULT", sentence_index=1))
    assert store.add(result) is True
    before = store.counts()
    assert store.add(result) is False
    assert store.has_article(result.article)
    assert store.counts() == before == {"articles": 1, "mentions": 2, "events": 2}


def test_the_same_text_under_another_id_is_the_same_article(store):
    store.add(coded("a1", record("a1"), text="Ankara  rejected the\nwarning."))
    again = coded("a1-copy", record("a1-copy"), text="Ankara rejected the warning.")
    assert store.has_article(again.article)
    assert store.add(again) is False
    assert only_event(store).num_mentions == 1


def test_mentions_of_one_event_are_counted_once_per_article_and_source(store):
    store.add(coded("a1", record("a1"), record("a1", sentence_index=4), source="Daily A"))
    store.add(coded("a2", record("a2"), source="Daily B"))
    store.add(coded("a3", record("a3"), source="Daily B"))
    event = only_event(store)
    assert (event.num_mentions, event.num_articles, event.num_sources) == (4, 3, 2)
    assert [m.article_id for m in store.mentions(event.event_id)] == ["a1", "a1", "a2", "a3"]


def test_the_evidence_comes_back_as_the_records_that_were_stored(store):
    first = record("a1", place=IDLIB)
    second = record("a2", place=IDLIB, sentence_index=2)
    second.reported_by = second.recipient
    store.add(coded("a1", first))
    store.add(coded("a2", second))
    event = only_event(store)
    assert store.mentions(event.event_id) == [first, second]
    assert (event.actor_code, event.recipient_code, event.location_geonameid) == ("USAGOV", "TURGOV", 169389)
    assert (event.source_url, event.first_article_id) == ("https://news.example/a1", "a1")


def test_a_rewritten_copy_of_a_story_is_not_another_source(store):
    store.add(coded("wire", record("wire"), text=WIRE_STORY, source="Wire"))
    store.add(coded("farm", record("farm"), text=REWRITTEN_COPY, source="Content Farm"))
    event = only_event(store)
    assert (event.num_articles, event.num_sources) == (2, 1)
    store.add(coded("paper", record("paper"), text=INDEPENDENT_REPORT, source="Paper"))
    event = only_event(store)
    assert (event.num_articles, event.num_sources) == (3, 2)


def test_copy_detection_separates_a_rewrite_from_an_independent_report():
    wire, copy, other = (minhash_signature(t) for t in (WIRE_STORY, REWRITTEN_COPY, INDEPENDENT_REPORT))
    assert estimated_jaccard(wire, copy) >= DUPLICATE_THRESHOLD
    assert estimated_jaccard(wire, other) < DUPLICATE_THRESHOLD
    assert estimated_jaccard(copy, other) < DUPLICATE_THRESHOLD
    assert minhash_signature("Too short to judge.") is None


def test_events_differ_by_actor_recipient_type_and_date(store):
    store.add(coded("a1", record("a1")))
    store.add(coded("a2", record("a2", actor=("GBR", "GOV"))))
    store.add(coded("a3", record("a3", recipient=("RUS", "GOV"))))
    store.add(coded("a4", record("a4", "THREATEN")))
    store.add(coded("a5", record("a5", day="2021-09-29")))
    assert store.counts()["events"] == 5


def test_an_undated_mention_falls_back_on_the_publication_day(store):
    store.add(coded("a1", record("a1", day="2021-09-30")))
    store.add(coded("a2", record("a2", day=None)))
    assert only_event(store).num_mentions == 2


def test_places_in_different_countries_are_different_events(store):
    store.add(coded("a1", record("a1", place=IDLIB)))
    store.add(coded("a2", record("a2", place=MOSUL)))
    store.add(coded("a3", record("a3")))  # no place: joins the first that fits
    events = list(store.events())
    assert [(e.location_country, e.num_mentions) for e in events] == [("SYR", 2), ("IRQ", 1)]


def test_events_without_parties_merge_only_in_the_same_country(store):
    anonymous = {"actor": None, "recipient": None}
    store.add(coded("a1", record("a1", "PROTEST", **anonymous)))
    store.add(coded("a2", record("a2", "PROTEST", **anonymous)))
    store.add(coded("a3", record("a3", "PROTEST", place=IDLIB, **anonymous)))
    store.add(coded("a4", record("a4", "PROTEST", place=IDLIB, **anonymous)))
    assert sorted(e.num_mentions for e in store.events()) == [1, 1, 2]


def test_a_place_learnt_later_is_kept(store):
    store.add(coded("a1", record("a1")))
    store.add(coded("a2", record("a2", place=IDLIB)))
    event = only_event(store)
    assert (event.location_country, event.location_lat) == ("SYR", 35.93)


def test_only_asserted_mentions_become_events(store):
    store.add(coded("a1", record("a1", modality="negated"), record("a1", "THREATEN", modality="future")))
    assert store.counts() == {"articles": 1, "mentions": 2, "events": 0}


def test_an_article_that_failed_is_remembered(store):
    result = CodingResult(article("broken", text=""), [], InputProblem("in.jsonl:3", "no text"))
    store.add(result)
    assert store.has_article(result.article)
    assert store.counts()["articles"] == 1


def test_query_conditions(store):
    store.add(coded("a1", record("a1", day="2021-03-02")))
    store.add(coded("a2", record("a2", "ASSAULT", ("TUR", "MIL"), ("SYR", "REB"), "2021-05-10", IDLIB)))
    store.add(coded("a3", record("a3", "CONSULT", ("TUR", "GOV"), ("USA", "GOV"), "2021-06-01")))
    store.add(coded("a4", record("a4", "CONSULT", ("TUR", "GOV"), ("USA", "GOV"), "2021-06")))

    def dates(**conditions) -> list[str]:
        return [e.date for e in store.events(EventQuery(**conditions))]

    assert dates(actor="TUR") == ["2021-05-10", "2021-06", "2021-06-01"]
    assert dates(actor="TURMIL") == ["2021-05-10"]
    assert dates(recipient="USA", event="CONSULT") == ["2021-06", "2021-06-01"]
    assert dates(event="16") == ["2021-03-02"]  # CAMEO prefix: 16x are sanctions
    assert dates(place_country="SYR") == ["2021-05-10"]
    assert dates(since="2021-05-10", until="2021-05-31") == ["2021-05-10"]
    assert dates(since="2021-06-01") == ["2021-06", "2021-06-01"]  # June as a whole may be after


def test_opening_a_missing_store_for_reading_fails(tmp_path):
    with pytest.raises(StoreError, match="no such file"):
        EventStore(tmp_path / "absent.sqlite", create=False)
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_text("this is not a database at all, just some words" * 100)
    with pytest.raises(StoreError, match="not a usable event store"):
        EventStore(garbage)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE accounts (id INTEGER)")
    with pytest.raises(StoreError, match="not a newsevents event store"):
        EventStore(other)


# -- resume after a killed run ------------------------------------------------------------

WRITER = textwrap.dedent(
    """
    import random
    import sys
    sys.path.insert(0, sys.argv[3])
    from synthetic_records import IDLIB, coded, record
    from newsevents.store import EventStore

    COUNTRIES = ["TUR", "USA", "RUS", "SYR", "IRQ", "IRN"]
    TYPES = ["SANCTION", "CONSULT", "ASSAULT", "ACCUSE"]

    def story_text(story):
        words = random.Random(story)
        return " ".join(f"word{words.randrange(500)}" for _ in range(40))

    def result(i):
        # Every tenth article republishes the one before it: a copy, not a new source.
        text = story_text(i - 1) + f" Republished as item {i}." if i % 10 == 1 else story_text(i)
        records = [
            record(f"n{i}", TYPES[(i + j) % 4], (COUNTRIES[i % 6], "GOV"),
                   (COUNTRIES[(i + 1 + j) % 6], "MIL"), f"2021-0{1 + i % 3}-1{j}",
                   IDLIB if (i + j) % 5 == 0 else None, sentence_index=j)
            for j in range(3)
        ]
        return coded(f"n{i}", *records, text=text, source=f"outlet{i % 4}")

    with EventStore(sys.argv[1]) as store:
        for i in range(int(sys.argv[2])):
            item = result(i)
            if store.has_article(item.article):
                continue
            store.add(item)
            print(i, flush=True)
    """
)
ARTICLES = 300


def snapshot(path: Path) -> dict[str, list]:
    """Everything a user could see in the store, without row ids."""
    with sqlite3.connect(path) as db:
        return {
            "articles": db.execute(
                "SELECT a.article_id, s.article_id, a.source_key FROM articles a"
                " JOIN articles s ON s.id = a.story ORDER BY a.article_id"
            ).fetchall(),
            "mentions": db.execute(
                "SELECT a.article_id, m.sentence_index, e.dedup_key, m.record FROM mentions m"
                " JOIN articles a ON a.id = m.article JOIN events e ON e.id = m.event_id"
                " ORDER BY a.article_id, m.sentence_index"
            ).fetchall(),
            "events": db.execute(
                "SELECT dedup_key, location_country, num_mentions, num_articles, num_sources"
                " FROM events ORDER BY dedup_key, location_country"
            ).fetchall(),
        }


def run_writer(script: Path, db: Path, kill_after: int | None = None) -> int:
    """Run the writer; with ``kill_after``, SIGKILL it once that many articles are in."""
    tests = str(Path(__file__).parent)
    process = subprocess.Popen(
        [sys.executable, str(script), str(db), str(ARTICLES), tests],
        stdout=subprocess.PIPE,
        text=True,
    )
    written = 0
    for _ in process.stdout:
        written += 1
        if kill_after is not None and written == kill_after:
            process.kill()
            break
    process.wait()
    process.stdout.close()
    return process.returncode


@pytest.mark.slow
def test_a_killed_run_resumed_equals_an_uninterrupted_run(tmp_path):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    assert run_writer(script, tmp_path / "whole.sqlite") == 0

    interrupted = tmp_path / "interrupted.sqlite"
    assert run_writer(script, interrupted, kill_after=40) != 0
    with EventStore(interrupted, create=False) as store:
        assert 40 <= store.counts()["articles"] < ARTICLES  # really stopped mid-run
    assert run_writer(script, interrupted) == 0

    whole, resumed = snapshot(tmp_path / "whole.sqlite"), snapshot(interrupted)
    assert len(whole["articles"]) == ARTICLES
    assert len(whole["mentions"]) == 3 * ARTICLES
    assert any(article_id != story for article_id, story, _ in whole["articles"])  # copies found
    assert resumed == whole


# -- the same through `newsevents code --db` ---------------------------------------------

LEADERS = [("Turkish", "Ankara"), ("Greek", "Athens"), ("French", "Paris"), ("Egyptian", "Cairo"),
           ("Japanese", "Tokyo"), ("Kenyan", "Nairobi")]  # fmt: skip


def news_articles(count: int) -> list[dict]:
    """Short invented reports of meetings, aid and protests, each its own story."""
    articles = []
    for n in range(count):
        (first, city), (second, _) = LEADERS[n % 6], LEADERS[(n // 6 + n + 1) % 6]
        text = (
            f"{city.upper()} (Example News) - The {first} foreign minister met his {second} counterpart "
            f"in {city} on Monday to discuss trade routes number {n}. "
            f"The {first} government said it would send food aid to {second} farmers hit by floods. "
            f"Hundreds of {second} students protested outside the {first} embassy on day {n}."
        )
        articles.append(
            {
                "id": f"report-{n}",
                "published": f"2023-0{1 + n % 9}-1{n % 10}",
                "source": f"Outlet {n % 3}",
                "text": text,
            }
        )
    return articles


def store_articles(path: Path) -> int:
    if not path.exists():
        return 0
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        try:
            return db.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # the schema is not written yet
            return 0


def code_command(inputs: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "newsevents",
        "code",
        str(inputs),
        "--db",
        str(db),
        "--out",
        os.devnull,
        "--no-progress",
    ]


@pytest.mark.slow
def test_code_command_resumes_a_killed_run_without_loss_or_duplicates(tmp_path):
    count = 60
    inputs = tmp_path / "news.jsonl"
    inputs.write_text("\n".join(json.dumps(a) for a in news_articles(count)) + "\n", encoding="utf-8")
    whole, interrupted = tmp_path / "whole.sqlite", tmp_path / "interrupted.sqlite"
    subprocess.run(code_command(inputs, whole), check=True)

    process = subprocess.Popen(code_command(inputs, interrupted))
    while process.poll() is None and store_articles(interrupted) < 5:
        time.sleep(0.02)
    process.kill()
    process.wait()
    assert 5 <= store_articles(interrupted) < count  # killed mid-run
    subprocess.run(code_command(inputs, interrupted), check=True)

    expected = snapshot(whole)
    assert len(expected["articles"]) == count and len(expected["mentions"]) > count
    assert snapshot(interrupted) == expected


def test_a_version_1_store_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old.sqlite"
    with EventStore(path) as store:
        store.add(coded("a1", record("a1", place=IDLIB)))
    # what a store written before date_source and location_source looked like
    database = sqlite3.connect(path)
    database.execute("ALTER TABLE events DROP COLUMN date_source")
    database.execute("ALTER TABLE events DROP COLUMN location_source")
    database.execute("PRAGMA user_version=1")
    database.commit()
    database.close()
    with pytest.raises(StoreError, match="older newsevents"):
        EventStore(path, create=False)  # a reader cannot upgrade it, and says how to
    with EventStore(path) as reopened:
        (event,) = reopened.events()
        assert (event.location_name, event.location_source, event.date_source) == ("Idlib", None, None)
        reopened.add(coded("a2", record("a2", place=IDLIB, day="2021-09-29")))
        assert {e.location_source for e in reopened.events()} == {None, "sentence"}
