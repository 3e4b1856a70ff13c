"""Office holders coded at the event's own date: a 2019 article telling what a
president did in 2010 codes him as the president he then was, not as the former
official he is when the article is written."""

from __future__ import annotations

from datetime import date

from newsevents.records import Actor
from newsevents.resolve.dates import EventDate
from newsevents.resolve.event_date_terms import at_event_date, event_period

PUBLISHED = date(2019, 5, 1)


def obama(sector: str = "ELI") -> Actor:
    return Actor(text="Obama", country="USA", sector=sector, name="Barack Obama")


def test_a_former_president_is_the_president_at_a_year_of_his_term(resolver):
    dated = at_event_date(resolver, obama(), EventDate("2010-01-01", "in 2010", "year", "clause"), PUBLISHED)
    assert (dated.country, dated.sector) == ("USA", "GOV")


def test_the_recoded_party_is_a_copy(resolver):
    told = obama()
    at_event_date(resolver, told, EventDate("2010-01-01", "in 2010", "year", "clause"), PUBLISHED)
    assert told.sector == "ELI"  # the same phrase in another record keeps its own date


def test_a_paragraph_date_or_the_publication_date_changes_nothing(resolver):
    for when in (
        EventDate("2010-01-01", "in 2010", "year", "paragraph"),
        EventDate("2019-05-01", None, "published", "publication"),
    ):
        assert at_event_date(resolver, obama(), when, PUBLISHED).sector == "ELI"


def test_a_year_two_terms_share_is_left_alone(resolver):
    # Obama's term ended on 20 January 2017: "in 2017" may be either side of it
    dated = at_event_date(resolver, obama(), EventDate("2017-01-01", "in 2017", "year", "clause"), PUBLISHED)
    assert dated.sector == "ELI"


def test_a_sector_the_text_gave_is_kept(resolver):
    # "Senator Obama": the text's title, not the table's term, gave the sector
    dated = at_event_date(resolver, obama("LEG"), EventDate("2010-01-01", "in 2010", "year", "clause"), PUBLISHED)
    assert dated.sector == "LEG"


def test_the_periods_of_a_month_and_a_day():
    assert event_period(EventDate("2016-02-01", "in February 2016", "month", "clause")) == (
        date(2016, 2, 1),
        date(2016, 2, 29),
    )
    assert event_period(EventDate("2016-02-03", "on 3 February 2016", "day", "sentence")) == (
        date(2016, 2, 3),
        date(2016, 2, 3),
    )
    assert event_period(EventDate("2016-02-01", "that week", "week", "clause")) is None


def test_a_coded_article_tells_a_past_presidents_deed_by_his_office_then(coder):
    text = (
        "In 2003 George W Bush ordered the invasion of Iraq.\n\nBush met the Iraqi prime minister in Baghdad on Monday."
    )
    events = coder.code_text(text, published="2019-06-05")
    codes = {event.trigger.text: event.actor.code for event in events if event.actor is not None}
    assert codes["ordered"] == "USAGOV"
    assert codes.get("met") == "USAELI"  # on Monday, in 2019, he is a former president
