"""Pronoun doers the article names: a run of the same pronoun, a name spaCy calls an
organisation, a known person beside a misread name, and a referent placed only once
its event's place is known (docs/actors.md, "Inside an article")."""

from __future__ import annotations

from datetime import date

from coded_events import code_article, on_trigger

WHEN = date(2024, 3, 5)


def _word(doc, word: str, occurrence: int = -1):
    positions = [token.i for token in doc if token.lower_ == word]
    position = positions[occurrence]
    return doc[position : position + 1]


def test_a_run_of_the_same_subject_pronoun_keeps_its_person(resolver, nlp):
    doc = nlp(
        "Emmanuel Macron flew to Nairobi on Monday. He met officials at the airport. "
        "He then toured a factory. He visited the port. At a dinner, he signed a trade deal."
    )
    actor = resolver.for_article(WHEN).resolve(_word(doc, "he"))
    assert (actor.country, actor.sector) == ("FRA", "GOV")


def test_the_run_stops_where_the_sentence_before_has_another_subject(resolver, nlp):
    doc = nlp(
        "Emmanuel Macron flew to Nairobi on Monday. He met officials at the airport. "
        "The port was closed. The mayor was ill. At a dinner, he signed a trade deal."
    )
    actor = resolver.for_article(WHEN).resolve(_word(doc, "he"))
    assert actor is not None and actor.country is None


def test_a_fronted_he_looks_ahead_to_a_known_name_tagged_as_an_organisation(resolver, nlp):
    doc = nlp("Although he denied the report, Lavrov acknowledged that the talks had stalled.")
    actor = resolver.for_article(WHEN).resolve(_word(doc, "he"))
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def test_a_bare_surname_is_the_known_person_not_a_misread_name_holding_it(resolver, nlp):
    article = resolver.for_article(WHEN)
    article.resolve(nlp("Foreign Minister Sergei Lavrov")[:])
    misread = article.resolve(nlp("Baxter Lavrov")[:])  # "On Baxter Lavrov said": a parse joining two words
    assert misread is not None and misread.country is None
    actor = article.resolve(nlp("Lavrov")[:])
    assert (actor.country, actor.sector) == ("RUS", "GOV")


def test_she_is_never_a_plural_named_before(resolver, nlp):
    article = resolver.for_article(WHEN)
    article.resolve(nlp("Kenyan women")[:])
    doc = nlp("Relatives waited for hours outside the court. Later she shouted at the guards.")
    actor = article.resolve(_word(doc, "she"))
    assert actor is not None and actor.code is None


def test_they_take_the_country_their_referents_record_got_in_its_place(coder):
    # a story of several countries: the shelling has no place of its own, the storming has
    events = code_article(
        coder,
        "Turkish-backed rebels stormed the town of Azaz in Syria on Monday. In Ankara, Turkey's president "
        "praised the operation. In Moscow, Russia's foreign minister met Iran's foreign minister. "
        "They shelled the clinic.",
    )
    shelling = on_trigger(events, "shelled")
    assert shelling.actor.text == "They"
    assert (shelling.actor.country, shelling.actor.sector) == ("SYR", "REB")


def test_they_after_a_people_are_placed_as_that_people_would_be(coder):
    events = code_article(
        coder,
        "Turkish jets bombed villages around Afrin in Syria on Sunday. "
        "The Kurds said they had attacked a Turkish convoy near Afrin.",
    )
    shooting = on_trigger(events, "attacked")
    assert shooting.actor.text == "they"
    assert shooting.actor.country == "SYR"
