"""A "he" is no woman named before it and a "she" no man: the sex the text shows for
a name (a title, a noun beside it, a given name used for one sex) must agree."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.resolve.genders import agrees, named_sex


def code_in_order(resolver, doc, word: str):
    """Resolve every person-like entity and pronoun in order, as the pipeline does, and return ``word``'s actor."""
    actors = resolver.for_article(date(2018, 3, 20))
    found = None
    for token in doc:
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            entity = next(entity for entity in doc.ents if entity.start == token.i)
            actors.resolve(entity)
        if token.lower_ == word and found is None:
            found = actors.resolve(doc[token.i : token.i + 1])
    return found


def test_she_passes_over_a_man_named_after_the_woman(resolver, nlp):
    doc = nlp(
        "Angela Merkel spoke to Vladimir Putin by telephone on Monday. "
        "Later she accused Moscow of lying about the attack."
    )
    actor = code_in_order(resolver, doc, "she")
    assert actor.country == "DEU"


def test_he_passes_over_a_woman_named_as_subject(resolver, nlp):
    doc = nlp("Angela Merkel met Emmanuel Macron in Berlin. He later said France would send troops.")
    actor = code_in_order(resolver, doc, "he")
    assert actor is not None and actor.country == "FRA"


def test_a_title_before_a_name_shows_its_sex(resolver, nlp):
    doc = nlp("Mrs Okafor, a Nigerian nurse, met Mr Adeyemi at the border. She was arrested by police.")
    actor = code_in_order(resolver, doc, "she")
    assert actor is None or actor.text != "Mr Adeyemi" and actor.name != "Mr Adeyemi"


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Theresa May", "female"),
        ("Mrs May", "female"),
        ("Sir Alan Duncan", "male"),
        ("Okafor", None),
        ("Ali", None),
        ("Yasmin Haddad", "female"),
        ("Tariq Haddad", "male"),
    ],
)
def test_the_sex_a_name_shows(name, sex):
    assert named_sex(name.split()) == sex


def test_a_name_of_no_known_sex_agrees_with_both():
    assert agrees("she", "Ngozi Okafor") and agrees("he", "Ngozi Okafor")
    assert not agrees("she", "Vladimir Putin") and agrees("they", "Vladimir Putin")


def test_a_noun_in_apposition_shows_the_sex(nlp):
    from newsevents.resolve.genders import entity_sex

    doc = nlp("Ngozi Okafor, a mother of three, was detained at the airport.")
    entity = next(entity for entity in doc.ents if entity.label_ == "PERSON")
    assert entity_sex(entity) == "female"


def test_she_after_only_men_is_not_given_to_the_last_named_man(resolver, nlp):
    doc = nlp("Vladimir Putin met Emmanuel Macron in Moscow on Friday. She said the talks had failed.")
    actor = code_in_order(resolver, doc, "she")
    assert actor is not None and actor.code is None
