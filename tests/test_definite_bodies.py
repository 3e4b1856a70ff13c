"""Who "the regime", "the government" and "the group" are: the body named just before, or nobody."""

from __future__ import annotations


def resolve_phrase(resolver, doc, phrase: str, occurrence: int = -1):
    words = phrase.split()
    starts = [token.i for token in doc if doc[token.i : token.i + len(words)].text.lower() == phrase]
    start = starts[occurrence]
    return resolver.for_article(None).resolve(doc[start : start + len(words)])


def test_the_regime_is_the_government_of_the_country_named_with_it_before(resolver, nlp):
    doc = nlp(
        "The Syrian government's decision to use chemical weapons was condemned on Monday. "
        "Aid workers said the siege had cut off food. The regime also bombed a clinic."
    )
    actor = resolve_phrase(resolver, doc, "the regime")
    assert (actor.country, actor.sector) == ("SYR", "GOV")


def test_the_regime_after_two_countries_governments_stays_uncoded(resolver, nlp):
    doc = nlp(
        "The Syrian government blamed the Iraqi government for the border closures. The regime then shelled the crossing."
    )
    actor = resolve_phrase(resolver, doc, "the regime")
    assert actor is None or actor.country is None


def test_the_regime_with_no_government_named_before_stays_uncoded(resolver, nlp):
    doc = nlp("Farmers in the valley lost their harvest. The regime then shelled the crossing.")
    actor = resolve_phrase(resolver, doc, "the regime")
    assert actor is None or actor.country is None


def test_the_group_is_the_organisation_named_before(resolver, nlp):
    doc = nlp("Hezbollah fighters crossed into the valley last week. The group attacked an army post on Tuesday.")
    actor = resolve_phrase(resolver, doc, "the group")
    assert (actor.country, actor.name) == ("LBN", "Hezbollah")


def test_the_group_is_not_the_foe_of_a_campaign(resolver, nlp):
    doc = nlp(
        "The YPG led the offensive against Islamic State in the north. "
        "Washington armed the group with rifles and trucks."
    )
    actor = resolve_phrase(resolver, doc, "the group")
    assert actor.country == "SYR"


def test_the_group_after_two_coordinated_organisations_stays_uncoded(resolver, nlp):
    doc = nlp("Hezbollah and Hamas held a rally in the square. The group then fired rockets.")
    actor = resolve_phrase(resolver, doc, "the group")
    assert actor is None or actor.country is None


def test_it_after_the_group_is_the_organisation_named_before_it(resolver, nlp):
    doc = nlp("Hezbollah fighters crossed into the valley. The group said it had captured six soldiers.")
    position = [token.i for token in doc if token.lower_ == "it"][0]
    actor = resolver.for_article(None).resolve(doc[position : position + 1])
    assert (actor.country, actor.name) == ("LBN", "Hezbollah")


def test_it_in_a_countrys_announcement_is_that_country(resolver, nlp):
    doc = nlp("Fighting resumed in the north. A Canadian announcement that it would send trainers surprised Ankara.")
    position = [token.i for token in doc if token.lower_ == "it"][0]
    assert resolver.for_article(None).resolve(doc[position : position + 1]).country == "CAN"


def test_it_in_a_persons_remark_is_not_the_person(resolver, nlp):
    doc = nlp("Fighting resumed in the north. Justin Trudeau's remark that it would end soon surprised Ankara.")
    position = [token.i for token in doc if token.lower_ == "it"][0]
    actor = resolver.for_article(None).resolve(doc[position : position + 1])
    assert actor is None or actor.country is None
