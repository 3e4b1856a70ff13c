"""The public Python API (docs/python.md) as a user calls it, and the record
contract (docs/record.md) pinned to the code."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import newsevents

RECORD_DOC = Path(__file__).resolve().parents[1] / "docs" / "record.md"
SHELLING = "Russian troops shelled Kharkiv on Monday."


def test_importing_the_package_does_not_load_the_parser():
    probe = "import sys, newsevents; newsevents.open_store; newsevents.EventRecord; print('spacy' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Koder'"):
        _ = newsevents.Koder


def test_code_a_text(nlp):
    [event] = newsevents.code(SHELLING, published="2023-05-02")
    assert isinstance(event, newsevents.EventRecord)
    assert (event.event, event.actor.code, event.recipient.country) == ("ASSAULT", "RUSMIL", "UKR")
    assert (event.date, event.date_text) == ("2023-05-01", "on Monday")
    assert event.location.resolved_name == "Kharkiv"
    assert newsevents.code(SHELLING, published=date(2023, 5, 2)) == [event]


def test_without_a_publication_date_relative_dates_give_no_date(nlp):
    [event] = newsevents.code(SHELLING)
    assert event.published is None and event.date is None
    [dated] = newsevents.code("Russian troops shelled Kharkiv on 3 May 2023.")
    assert dated.date == "2023-05-03"


def test_a_coder_codes_many_articles_in_order(nlp):
    coder = newsevents.Coder(newsevents.CoderConfig(max_events_per_sentence=1))
    articles = [
        newsevents.Article(id="one", text=SHELLING, published=date(2023, 5, 2)),
        newsevents.Article(id="two", text="Shares in the retailer rose four percent."),
        newsevents.Article(id="three", text="Canada imposed sanctions on Belarus over the crackdown."),
    ]
    results = list(coder.code_many(articles))
    assert [r.article.id for r in results] == ["one", "two", "three"]
    assert [len(r.events) for r in results] == [1, 0, 1]  # at most one per sentence, as configured
    assert [e.article_id for r in results for e in r.events] == ["one", "three"]
    assert coder.code_text("Canada imposed sanctions on Belarus.", "2023-05-02", article_id="x")[0].article_id == "x"


def test_open_store_reads_what_the_coder_wrote(tmp_path, nlp):
    path = tmp_path / "events.sqlite"
    with pytest.raises(newsevents.StoreError):
        newsevents.open_store(path)  # reading a store that is not there
    coder = newsevents.Coder()
    with newsevents.open_store(path, create=True) as store:
        for result in coder.code_many([newsevents.Article(id="a", text=SHELLING, published=date(2023, 5, 2))]):
            store.add(result)
    with newsevents.open_store(path) as store:
        [event] = store.events(newsevents.EventQuery(actor="RUS", event="ASSAULT"))
        assert isinstance(event, newsevents.StoredEvent)
        assert (event.date, event.recipient_country, event.num_mentions) == ("2023-05-01", "UKR", 1)
        [mention] = store.mentions(event.event_id)
        assert mention.sentence == SHELLING
        assert list(store.events(newsevents.EventQuery(actor="USA"))) == []


def _documented_fields(table_title: str) -> list[str]:
    """The backticked names in the first column of the table under ``table_title``."""
    text = RECORD_DOC.read_text(encoding="utf-8")
    section = text.split(table_title, 1)[1]
    names: list[str] = []
    for line in section.splitlines()[1:]:
        if line.startswith("#"):
            break
        if line.startswith("| `"):
            names += re.findall(r"`(\w+)`", line.split("|")[1])
    return names


def test_the_record_keys_are_the_documented_fields():
    record = _sample_record().to_dict()
    assert sorted(record) == sorted(_documented_fields("## Fields"))
    assert sorted(record["actor"]) == sorted(_documented_fields("### Actors"))
    location_line = re.search(r"^`\{([\w, ]+)\}`", RECORD_DOC.read_text(encoding="utf-8"), re.M)
    assert location_line is not None
    assert sorted(record["location"]) == sorted(location_line.group(1).split(", "))


def test_a_record_comes_back_from_its_dict():
    record = _sample_record()
    assert newsevents.EventRecord.from_dict(record.to_dict()) == record


def _sample_record() -> newsevents.EventRecord:
    from newsevents.records import Actor, EventRecord, Location, Span

    return EventRecord(
        article_id="a",
        sentence_index=0,
        sentence=SHELLING,
        event="ASSAULT",
        cameo="190",
        goldstein=-10.0,
        quad_class=4,
        trigger=Span(15, 22, "shelled"),
        actor=Actor("Russian troops", Span(0, 14, "Russian troops"), "RUS", "MIL"),
        recipient=Actor("Kharkiv", Span(23, 30, "Kharkiv"), "UKR", "CVL"),
        reported_by=Actor("Kyiv", None, "UKR", "GOV"),
        location=Location("Kharkiv", "Kharkiv", "UKR", lat=49.98, lon=36.25, geonameid=706483, feature="city"),
        date="2023-05-01",
    )
