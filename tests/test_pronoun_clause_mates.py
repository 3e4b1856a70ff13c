"""An object pronoun is not the subject of its own clause ("Trump criticised him": not
Trump), nor the one an infinitive's deed falls to ("asked Trump to call him"); a
reporting verb's subject above a clause with its own subject still is a referent; and
a "they" the text does not name nearby takes no sector guessed from the article."""

from __future__ import annotations

from resolved_words import resolve_word


def test_an_object_him_is_not_the_subject_of_its_verb(resolver, nlp):
    doc = nlp("Erdogan phoned on Monday. Donald Trump criticised him sharply.")
    assert resolve_word(resolver, doc, "him").country == "TUR"


def test_an_object_him_is_not_the_one_an_infinitive_is_asked_of(resolver, nlp):
    doc = nlp("When Erdogan called, officials said they expected Donald Trump to tell him to back off.")
    assert resolve_word(resolver, doc, "him").country == "TUR"


def test_a_him_after_a_conjoined_verb_is_not_the_shared_subject(resolver, nlp):
    doc = nlp("Donald Trump met Erdogan on Monday and praised him.")
    assert resolve_word(resolver, doc, "him").country == "TUR"


def test_the_reporting_subject_above_another_subject_is_a_referent(resolver, nlp):
    doc = nlp("Erdogan said Donald Trump had betrayed him.")
    assert resolve_word(resolver, doc, "him").country == "TUR"


def test_a_reflexive_is_the_subject_of_its_verb(resolver, nlp):
    doc = nlp("Donald Trump met Ryan Lock in 2016. Ryan Lock shot himself to avoid capture.")
    assert resolve_word(resolver, doc, "himself").name == "Ryan Lock"


def test_an_object_them_may_be_the_group_that_reports(resolver, nlp):
    doc = nlp("Syrian rebels said the army had shelled them overnight.")
    actor = resolve_word(resolver, doc, "them")
    assert (actor.country, actor.sector) == ("SYR", "REB")


def test_a_they_named_nowhere_near_takes_no_sector_from_the_article(resolver, nlp):
    doc = nlp(
        "The families fled the village in June. The road was long. The rain did not stop. "
        "The river was high. Nobody spoke. Then they opened fire on the bus."
    )
    articles = resolver.for_article(None)
    articles.resolve(doc[0:2])  # "The families": remembered, a sector without a country
    pronoun = next(token for token in doc if token.lower_ == "they")
    actor = articles.resolve(doc[pronoun.i : pronoun.i + 1])
    assert actor is not None and actor.code is None


def test_an_it_done_to_is_the_definite_thing_named_nearer_than_a_party(resolver, nlp):
    doc = nlp("Kenya backed the council for years. Uganda urged it to attend the talks.")
    actor = resolve_word(resolver, doc, "it")
    assert actor is None or actor.country is None


def test_a_subject_it_that_acts_still_goes_on_with_the_party(resolver, nlp):
    doc = nlp("Kenya changed the plan in July. It has deployed troops to the border since then.")
    assert resolve_word(resolver, doc, "it").country == "KEN"
