"""Event identity across articles: which mentions the store counts as one event."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace

import pytest

from newsevents.records import Actor, EventRecord, Location, Span, StoredEvent
from newsevents.store import EventStore
from newsevents.store.similarity import DUPLICATE_THRESHOLD, estimated_jaccard, minhash_signature
from synthetic_records import IDLIB, MOSUL, coded, record

WIRE_STORY = (
    "The two foreign ministers met in Vienna on Tuesday for four hours of talks on the prisoner exchange, "
    "the first meeting between the neighbours since the border clashes of the spring. Officials on both "
    "sides described the atmosphere as businesslike. A joint statement said working groups would meet "
    "again within a month to settle the lists of detainees, and that the crossing points closed in April "
    "would reopen for aid convoys. Neither minister took questions after the session, which ran an hour "
    "longer than planned. Diplomats said the hardest question, the fate of soldiers held since the clashes, "
    "had been left for the working groups. The talks were brokered by the host government."
)


@pytest.fixture
def store(tmp_path):
    with EventStore(tmp_path / "events.sqlite") as opened:
        yield opened


def events(store: EventStore) -> list[StoredEvent]:
    return list(store.events())


def meeting(article_id: str, actor=("ARM", "GOV"), recipient=("AZE", "GOV"), **changes) -> EventRecord:
    return replace(record(article_id, "CONSULT", actor, recipient, **changes), cameo="040")


def published_only(item: EventRecord, published: str) -> EventRecord:
    """The mention as the coder gives it when the sentence has no time words."""
    return replace(item, date=published, date_precision="published", date_text=None, published=published)


def test_a_government_and_its_country_are_one_party(store):
    store.add(coded("a1", record("a1", actor=("USA", None))))
    store.add(coded("a2", record("a2", actor=("USA", "GOV"))))
    (event,) = events(store)
    assert (event.num_articles, event.actor_code, event.actor_sector) == (2, "USAGOV", "GOV")


def test_different_countries_stay_different_events(store):
    store.add(coded("a1", record("a1", actor=("USA", "GOV"))))
    store.add(coded("a2", record("a2", actor=("GBR", "GOV"))))
    assert len(events(store)) == 2


def test_a_meeting_is_one_event_whichever_side_is_named_first(store):
    store.add(coded("a1", meeting("a1")))
    store.add(coded("a2", meeting("a2", actor=("AZE", "GOV"), recipient=("ARM", None))))
    (event,) = events(store)
    assert event.num_articles == 2


def test_an_assault_keeps_its_direction(store):
    store.add(coded("a1", record("a1", "ASSAULT", ("ARM", "MIL"), ("AZE", "MIL"))))
    store.add(coded("a2", record("a2", "ASSAULT", ("AZE", "MIL"), ("ARM", "MIL"))))
    assert sorted((e.actor_country, e.recipient_country) for e in events(store)) == [("ARM", "AZE"), ("AZE", "ARM")]


def test_mediation_is_not_folded_with_the_parties_meeting(store):
    store.add(coded("a1", replace(meeting("a1", actor=("FRA", "GOV")), cameo="045")))
    store.add(coded("a2", replace(meeting("a2", actor=("AZE", "GOV"), recipient=("FRA", "GOV")), cameo="045")))
    assert len(events(store)) == 2


def test_a_next_day_report_without_time_words_joins_yesterdays_event(store):
    store.add(coded("a1", meeting("a1", day="2021-09-29")))
    store.add(coded("a2", published_only(meeting("a2"), "2021-09-30")))
    (event,) = events(store)
    assert (event.date, event.date_precision, event.num_articles) == ("2021-09-29", "day", 2)


def test_the_day_a_later_report_names_replaces_the_publication_date(store):
    store.add(coded("a1", published_only(meeting("a1"), "2021-09-30")))
    store.add(coded("a2", meeting("a2", day="2021-09-29")))
    (event,) = events(store)
    assert (event.date, event.date_precision, event.num_articles) == ("2021-09-29", "day", 2)


def test_a_report_without_time_words_does_not_reach_back_two_days(store):
    store.add(coded("a1", meeting("a1", day="2021-09-28")))
    store.add(coded("a2", published_only(meeting("a2"), "2021-09-30")))
    assert len(events(store)) == 2


def test_two_reports_dated_on_different_days_are_two_events(store):
    store.add(coded("a1", meeting("a1", day="2021-09-28")))
    store.add(coded("a2", meeting("a2", day="2021-09-29")))
    assert len(events(store)) == 2


def test_a_this_week_mention_joins_the_dated_event_of_that_week(store):
    store.add(coded("a1", meeting("a1", day="2021-09-29")))  # a Wednesday
    store.add(coded("a2", replace(meeting("a2", day="2021-09-27"), date_precision="week", date_text="this week")))
    (event,) = events(store)
    assert (event.date, event.num_articles) == ("2021-09-29", 2)


def test_a_past_meeting_is_not_folded_into_todays(store):
    store.add(coded("a1", meeting("a1", day="2021-09-30")))
    store.add(coded("a2", replace(meeting("a2", day="2020-03"), date_precision="month", date_text="in March 2020")))
    assert sorted(e.date for e in events(store)) == ["2020-03", "2021-09-30"]


def test_a_mention_the_coder_could_not_date_is_not_stamped_with_the_publication_day(store):
    store.add(coded("a1", meeting("a1", day="2021-09-30")))
    store.add(coded("a2", replace(meeting("a2", day=None), date_precision="day", date_text="on Monday")))
    assert sorted((e.date or "", e.num_articles) for e in events(store)) == [("", 1), ("2021-09-30", 1)]


def test_a_mention_naming_one_party_joins_the_event_with_that_party(store):
    store.add(coded("a1", record("a1", "ASSAULT", ("IRN", "MIL"), ("USA", "MIL"), place=IDLIB)))
    store.add(coded("a2", record("a2", "ASSAULT", ("IRN", None), ("USA", "MIL"))))
    store.add(coded("a3", record("a3", "ASSAULT", ("IRN", None), None)))
    (event,) = events(store)
    assert event.num_articles == 3


def test_one_other_articles_report_is_not_enough_for_a_one_party_mention(store):
    # "Trump said" in one story and a Trump-Erdogan call in another: one report
    # of the call does not make the passing mention part of it
    store.add(coded("a1", record("a1", "ASSAULT", ("IRN", "MIL"), ("USA", "MIL"))))
    store.add(coded("a2", record("a2", "ASSAULT", ("IRN", None), None)))
    assert sorted(e.num_articles for e in events(store)) == [1, 1]


def test_a_mention_naming_one_party_stays_apart_when_two_events_could_be_it(store):
    store.add(coded("a1", record("a1", "ASSAULT", ("IRN", "MIL"), ("USA", "MIL"))))
    store.add(coded("a2", record("a2", "ASSAULT", ("IRN", "MIL"), ("ISR", "MIL"))))
    store.add(coded("a3", record("a3", "ASSAULT", ("IRN", None), None)))
    assert sorted(e.num_articles for e in events(store)) == [1, 1, 1]


def test_the_event_keeps_the_most_specific_cameo_code(store):
    store.add(coded("a1", meeting("a1")))
    store.add(coded("a2", replace(meeting("a2"), cameo="044")))
    store.add(coded("a3", meeting("a3")))
    assert events(store)[0].cameo == "044"


def test_every_mention_keeps_its_article_and_evidence(store):
    store.add(coded("a1", meeting("a1", sentence="The ministers met in Vienna.")))
    store.add(coded("a2", meeting("a2", actor=("AZE", "GOV"), recipient=("ARM", "GOV"), sentence="Baku's envoy met.")))
    (event,) = events(store)
    assert [(m.article_id, m.sentence) for m in store.mentions(event.event_id)] == [
        ("a1", "The ministers met in Vienna."),
        ("a2", "Baku's envoy met."),
    ]


def test_a_garbled_copy_counts_as_the_same_source(store):
    words = WIRE_STORY.split()
    garbled = " ".join("reportedly" if i % 6 == 3 else word for i, word in enumerate(words))
    garbled = "Skip to content. Advertisement. " + garbled
    first, second = minhash_signature(WIRE_STORY), minhash_signature(garbled)
    assert estimated_jaccard(first, second) >= DUPLICATE_THRESHOLD
    store.add(coded("a1", meeting("a1"), text=WIRE_STORY, source="Wire"))
    store.add(coded("a2", meeting("a2"), text=garbled, source="Content farm"))
    (event,) = events(store)
    assert (event.num_articles, event.num_sources) == (2, 1)


def results_for_order_test():
    texts = [f"Story {n} about {'alpha beta gamma delta epsilon zeta eta theta'.split()[n % 8]} {n}." for n in range(8)]
    return [
        coded("a1", meeting("a1", day="2021-09-29"), text=texts[0]),
        coded(
            "a2",
            published_only(meeting("a2", actor=("AZE", None), recipient=("ARM", "GOV")), "2021-09-30"),
            text=texts[1],
        ),
        coded("a3", record("a3", "ASSAULT", ("ARM", "MIL"), ("AZE", "MIL")), text=texts[2]),
        coded("a4", record("a4", "ASSAULT", ("ARM", None), ("AZE", "REB")), text=texts[3]),
        coded("a5", record("a5", "ASSAULT", ("AZE", "MIL"), ("ARM", "MIL")), text=texts[4]),
        coded("a6", replace(meeting("a6", day="2021-09-27"), date_precision="week"), text=texts[5]),
    ]


def summary(store: EventStore) -> list[tuple]:
    return sorted(
        (e.event, e.date, e.num_mentions, e.num_articles, tuple(sorted((e.actor_country, e.recipient_country))))
        for e in store.events()
    )


def test_the_same_events_whatever_order_articles_come_in_and_re_ingest_changes_nothing(tmp_path):
    results = results_for_order_test()
    with EventStore(tmp_path / "first.sqlite") as first:
        for result in results:
            first.add(result)
        expected = summary(first)
        assert not any(first.add(result) for result in reversed(results))
        assert summary(first) == expected
    shuffled = list(results)
    random.Random(16).shuffle(shuffled)
    with EventStore(tmp_path / "second.sqlite") as second:
        for result in shuffled:
            second.add(result)
        assert summary(second) == expected


def test_a_store_of_the_first_schema_is_upgraded_and_keeps_its_events(tmp_path):
    path = tmp_path / "old.sqlite"
    with EventStore(path) as store:
        store.add(coded("a1", record("a1", actor=("USA", None))))
    with sqlite3.connect(path) as db:  # as the first schema left it: full codes and the date in the key
        db.execute("UPDATE events SET dedup_key = 'USA|TURGOV|SANCTION|2021-09-28'")
        db.execute("DROP INDEX events_by_key_date")
        db.execute("CREATE INDEX events_by_key ON events (dedup_key)")
        db.execute("PRAGMA user_version=1")
    with EventStore(path) as store:
        store.add(coded("a2", record("a2", actor=("USA", "GOV"))))
        (event,) = events(store)
        assert event.num_articles == 2


def test_rebels_are_not_their_government(store):
    store.add(coded("a1", record("a1", "ASSAULT", ("SYR", "GOV"), None, place=IDLIB)))
    store.add(coded("a2", record("a2", "ASSAULT", ("SYR", "REB"), None, place=IDLIB)))
    store.add(coded("a3", record("a3", "ASSAULT", ("SYR", "MIL"), None, place=IDLIB)))
    assert sorted((e.actor_code, e.num_articles) for e in events(store)) == [("SYRGOV", 2), ("SYRREB", 1)]


def test_two_reports_naming_no_time_on_different_days_are_two_events(store):
    store.add(coded("a1", published_only(meeting("a1"), "2021-09-29")))
    store.add(coded("a2", published_only(meeting("a2"), "2021-09-30")))
    assert len(events(store)) == 2


VIENNA = Location("Vienna", resolved_name="Vienna", country="AUT", admin1="Vienna", feature="city", source="sentence")
# a place the coder took from elsewhere in the article (an earlier summit it recalls)
OSLO_FROM_ARTICLE = Location(
    "Oslo", resolved_name="Oslo", country="NOR", admin1="Oslo", feature="city", source="article"
)


def test_a_place_guessed_from_the_article_does_not_split_an_event(store):
    store.add(coded("a1", meeting("a1", place=OSLO_FROM_ARTICLE)))
    store.add(coded("a2", meeting("a2", place=VIENNA)))
    store.add(coded("a3", meeting("a3", place=OSLO_FROM_ARTICLE)))
    (event,) = events(store)
    assert (event.num_articles, event.location_name, event.location_source) == (3, "Vienna", "sentence")


def test_places_named_in_their_sentences_in_two_countries_stay_two_events(store):
    store.add(coded("a1", meeting("a1", place=VIENNA)))
    store.add(coded("a2", meeting("a2", place=replace(OSLO_FROM_ARTICLE, source="sentence"))))
    assert len(events(store)) == 2


def test_two_leaders_named_together_as_actor_are_a_meeting_of_both(store):
    store.add(coded("a0", meeting("a0", recipient=("KAZ", "GOV"))))  # so "Armenia met someone" is not clear
    store.add(coded("a1", meeting("a1")))
    together = meeting("a2", recipient=None)
    together = replace(together, co_actors=[Actor("Baku", Span(0, 4, "Baku"), "AZE", "GOV")])
    store.add(coded("a2", together))
    found = sorted((e.recipient_country, e.num_articles) for e in events(store))
    assert found == [("AZE", 2), ("KAZ", 1)]


def the_two_leaders_of(article_id: str, sentence_index: int = 0) -> EventRecord:
    leaders = Actor("the two leaders", Span(0, 15, "the two leaders"), None, "GOV")
    return replace(meeting(article_id, sentence_index=sentence_index), actor=leaders, recipient=None)


def test_the_two_leaders_join_the_meeting_their_own_article_reported(store):
    # "the two leaders" come in the article before the sentence that names them
    store.add(coded("a1", the_two_leaders_of("a1"), meeting("a1", sentence_index=1)))
    store.add(coded("a2", the_two_leaders_of("a2")))  # an article that names nobody
    found = sorted((e.actor_country or "", e.num_mentions, e.num_articles) for e in events(store))
    assert found == [("", 1, 1), ("ARM", 2, 1)]
    assert [r.sentence_index for r in store.article_records("a1")] == [0, 1]  # kept in the article's order


def test_reports_naming_no_time_on_two_days_become_one_event_once_a_report_names_the_day(store):
    store.add(coded("a1", published_only(meeting("a1"), "2021-09-30")))
    store.add(coded("a2", published_only(meeting("a2"), "2021-09-29")))
    store.add(coded("a3", meeting("a3", day="2021-09-29")))
    (event,) = events(store)
    assert (event.date, event.date_precision, event.num_articles, event.num_mentions) == ("2021-09-29", "day", 3, 3)
    assert {m.article_id for m in store.mentions(event.event_id)} == {"a1", "a2", "a3"}


def test_a_party_country_read_as_the_place_does_not_split_an_event(store):
    # "missiles at US bases": the coder took the target's country for the place
    targets_country = Location("US", resolved_name="United States", country="USA", feature="country", source="sentence")
    store.add(coded("a1", record("a1", "ASSAULT", ("IRN", "MIL"), ("USA", "MIL"), place=targets_country)))
    store.add(coded("a2", record("a2", "ASSAULT", ("IRN", "MIL"), ("USA", "MIL"), place=MOSUL)))
    (event,) = events(store)
    assert (event.num_articles, event.location_name) == (2, "Mosul")


def strike(article_id: str, day: str, time_words: str | None = None, **changes) -> EventRecord:
    item = record(article_id, "ASSAULT", ("ARM", "MIL"), ("AZE", "MIL"), day=day, **changes)
    return replace(item, date_text=time_words)


@pytest.mark.parametrize("evening_first", [True, False])
def test_an_evening_report_and_a_next_day_report_are_one_strike(tmp_path, evening_first):
    # 11:40 pm on Tuesday where one outlet is is the small hours of Wednesday where another is
    evening = strike("a1", "2021-09-28", "at 11:40 pm on Tuesday")
    next_day = strike("a2", "2021-09-29", "on Wednesday")
    with EventStore(tmp_path / "events.sqlite") as store:
        for item in (evening, next_day) if evening_first else (next_day, evening):
            store.add(coded(item.article_id, item))
        (event,) = events(store)
    assert (event.num_articles, event.date) == (2, "2021-09-29")


def test_strikes_on_consecutive_days_without_a_time_near_midnight_stay_apart(store):
    store.add(coded("a1", strike("a1", "2021-09-28", "at 2 pm on Tuesday")))
    store.add(coded("a2", strike("a2", "2021-09-29", "on Wednesday")))
    store.add(coded("a3", strike("a3", "2021-09-27", "in the early hours of Monday")))  # reaches back, not forward
    assert sorted(e.date for e in events(store)) == ["2021-09-27", "2021-09-28", "2021-09-29"]


def test_mentions_with_one_party_and_a_coarse_date_from_two_articles_stay_apart(store):
    last_year = {"day": "2020", "modality": "asserted"}
    store.add(coded("a1", replace(record("a1", "ASSAULT", ("ARM", "MIL"), None, **last_year), date_precision="year")))
    store.add(coded("a2", replace(record("a2", "ASSAULT", ("ARM", "MIL"), None, **last_year), date_precision="year")))
    assert sorted(e.num_articles for e in events(store)) == [1, 1]
    # with both parties named, the same year is evidence enough
    store.add(
        coded("a3", replace(record("a3", "ASSAULT", ("ARM", "MIL"), ("AZE", None), **last_year), date_precision="year"))
    )
    store.add(
        coded("a4", replace(record("a4", "ASSAULT", ("ARM", None), ("AZE", "MIL"), **last_year), date_precision="year"))
    )
    assert sorted(e.num_articles for e in events(store)) == [1, 1, 2]


def test_mentions_with_one_party_join_across_articles_only_when_both_name_the_day_and_place(store):
    store.add(coded("a1", record("a1", "ASSAULT", ("ARM", "MIL"), None, day="2021-09-29", place=IDLIB)))
    store.add(coded("a2", published_only(record("a2", "ASSAULT", ("ARM", "MIL"), None, place=IDLIB), "2021-09-30")))
    store.add(coded("a3", record("a3", "ASSAULT", ("ARM", None), None, day="2021-09-29")))
    store.add(coded("a4", record("a4", "ASSAULT", ("ARM", None), None, day="2021-09-29", place=IDLIB)))
    assert sorted(e.num_articles for e in events(store)) == [1, 1, 2]


def test_one_party_reports_that_came_first_join_the_event_once_it_has_both_parties(store):
    store.add(coded("a1", record("a1", "ASSAULT", ("ARM", "MIL"), None, day="2021-09-29")))
    store.add(coded("a2", published_only(record("a2", "ASSAULT", None, ("AZE", "MIL")), "2021-09-29")))
    store.add(coded("a3", record("a3", "ASSAULT", ("ARM", "MIL"), ("AZE", "MIL"), day="2021-09-29")))
    assert len(events(store)) == 3  # one report with both parties is not yet enough
    store.add(coded("a4", record("a4", "ASSAULT", ("ARM", None), ("AZE", None), day="2021-09-29")))
    (event,) = events(store)
    assert (event.num_articles, event.num_mentions) == (4, 4)
    assert {m.article_id for m in store.mentions(event.event_id)} == {"a1", "a2", "a3", "a4"}


def test_a_party_acting_on_its_own_country_counts_as_one_party(store):
    # "Trump" and "the White House" coded as actor and recipient are one party
    for article_id in ("a1", "a2"):
        store.add(coded(article_id, record(article_id, "REJECT", ("ARM", "GOV"), ("ARM", "GOV"), day="2021-09-28")))
    assert sorted(e.num_articles for e in events(store)) == [1, 1]
