"""Who "it" and "its" are: the nearest country or organisation named before, never a dummy subject."""

from __future__ import annotations

import pytest

from resolved_words import resolve_word


def test_its_is_the_nearest_country_not_the_predicate_noun(resolver, nlp):
    doc = nlp("Although Norway is a Nato member, its new arms deal with Beijing worried allies.")
    assert resolve_word(resolver, doc, "its").country == "NOR"


def test_its_is_the_possessor_just_before_not_the_earlier_subject(resolver, nlp):
    doc = nlp("Germany said Chile had proof, and condemned China's use of its veto at the council.")
    assert resolve_word(resolver, doc, "its").country == "CHN"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Chile protested to Peru after the arrest of its fishermen near the islands.", "CHL"),
        ("Norway recalled its envoy from Sweden during a row over its fishing quotas.", "NOR"),
        ("Egypt sent jets to bomb Libya in its first strike for months.", "EGY"),
        ("Canada urged Mexico to recall its envoy during talks in its capital.", "MEX"),
    ],
)
def test_its_in_an_adjunct_of_time_is_the_subjects_not_the_nearer_object(resolver, nlp, sentence, country):
    doc = nlp(sentence)
    assert resolve_word(resolver, doc, "its", occurrence=-1).country == country


def test_its_after_a_blamed_object_stays_the_objects(resolver, nlp):
    doc = nlp("Chile criticised Peru over its treatment of the fishermen.")
    assert resolve_word(resolver, doc, "its").country == "PER"


def test_it_looks_back_to_the_sentences_before(resolver, nlp):
    doc = nlp("The Egyptian army moved north on Monday. By evening it had shelled the camp.")
    actor = resolve_word(resolver, doc, "it")
    assert (actor.country, actor.sector) == ("EGY", "MIL")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru sent envoys. It is clear that the talks have stalled.",
        "Peru sent envoys. It was reported that the militia had withdrawn.",
        "Peru sent envoys. It emerged that the ministry had paid the militia.",
        "Peru sent envoys. “It’s fine to ask questions about the militia,” she said.",
    ],
)
def test_a_dummy_it_is_no_party(resolver, nlp, sentence):
    doc = nlp(sentence)
    assert resolve_word(resolver, doc, "it") is None


def test_it_with_no_country_before_stays_unresolved(resolver, nlp):
    doc = nlp("The villagers met the doctors. Then it rained on the tents and it spoilt the harvest.")
    actor = resolve_word(resolver, doc, "it", occurrence=1)
    assert actor is not None and actor.country is None


def test_an_object_it_is_not_the_subject_of_its_own_verb(resolver, nlp):
    doc = nlp("Chile and Peru imposed a boycott on the small nation, accusing it of hosting the rebels.")
    actor = resolve_word(resolver, doc, "it")
    assert actor is not None and actor.country is None


def test_it_after_an_unnamed_thing_is_that_thing_not_a_party(resolver, nlp):
    doc = nlp("Kenya released a report on Friday. The report said it had found no mass graves.")
    actor = resolve_word(resolver, doc, "it")
    assert actor is not None and actor.country is None


def test_they_is_the_nearest_plural_group_the_first_conjunct_first(resolver, nlp):
    doc = nlp(
        "Egypt sent envoys to Khartoum. Russian troops and Iranian militias entered the city. They arrested dozens."
    )
    actor = resolve_word(resolver, doc, "they")
    assert (actor.country, actor.sector) == ("RUS", "MIL")


def test_a_group_of_several_sides_is_not_the_referent_of_they(resolver, nlp):
    doc = nlp("Talks between Turkish and Greek leaders ended. They gave no statement.")
    article = resolver.for_article(None)
    article.resolve(doc[2:6])  # the memory has seen the leaders, as the pipeline's would
    they = next(token for token in doc if token.lower_ == "they")
    actor = article.resolve(doc[they.i : they.i + 1])
    assert actor is not None and actor.country != "TUR"


def test_them_is_not_the_subject_of_its_verb_and_an_unknown_group_stays_uncoded(resolver, nlp):
    doc = nlp("Peru sent troops. The defenders held the pass for a week. The Bolivian rebels vowed to crush them.")
    article = resolver.for_article(None)
    article.resolve(doc[0:1])  # the memory has seen Peru and the rebels, as the pipeline's would
    rebels = next(chunk for chunk in doc.noun_chunks if chunk.root.lower_ == "rebels")
    assert article.resolve(rebels).country == "BOL"
    them = next(token for token in doc if token.lower_ == "them")
    actor = article.resolve(doc[them.i : them.i + 1])
    assert actor is not None and actor.country is None


def test_a_generic_plural_before_they_gives_way_to_the_group_of_its_sector_named_earlier(resolver, nlp):
    doc = nlp(
        "Isis fighters stormed the town. Witnesses said the extremists went from house to house. Later they shot men."
    )
    actor = resolve_word(resolver, doc, "they")
    assert (actor.country, actor.sector) == ("IMG", "REB")


def test_a_generic_plural_of_another_sector_stays_the_referent(resolver, nlp):
    doc = nlp("Isis fighters stormed the town. Residents fled to the hills. They said the raid lasted all night.")
    actor = resolve_word(resolver, doc, "they")
    assert (actor.country, actor.sector) == (None, "CVL")


def test_a_generic_plural_takes_the_group_of_its_sector_the_article_remembers(resolver, nlp):
    doc = nlp(
        "Isis fighters stormed the town in May. The siege lasted weeks. Food ran out. Water ran out. "
        "The militants then left the town, and they burned the fields."
    )
    article = resolver.for_article(None)
    article.resolve(doc[0:2])
    they = next(token.i for token in doc if token.lower_ == "they")
    actor = article.resolve(doc[they : they + 1])
    assert (actor.country, actor.sector) == ("IMG", "REB")


def test_a_generic_plural_object_pronoun_is_not_the_subject_of_its_verb(resolver, nlp):
    doc = nlp(
        "The American military watched the border. Days passed. Nothing moved. Then the militants sent drones, "
        "and the American military shot them down."
    )
    article = resolver.for_article(None)
    article.resolve(doc[0:3])
    them = next(token.i for token in doc if token.lower_ == "them")
    actor = article.resolve(doc[them : them + 1])
    assert actor.country != "USA"


def test_a_generic_plural_stays_a_sector_when_the_article_named_rebels_of_two_countries(resolver, nlp):
    doc = nlp(
        "Isis fighters stormed the town in May. Syrian rebels retook it in June. The siege lasted weeks. "
        "Food ran out. The militants then left the town, and they burned the fields."
    )
    article = resolver.for_article(None)
    article.resolve(doc[0:2])
    article.resolve(doc[8:10])
    they = next(token.i for token in doc if token.lower_ == "they")
    actor = article.resolve(doc[they : they + 1])
    assert (actor.country, actor.sector) == (None, "REB")


def test_it_after_an_appositive_subject_is_the_party_it_names(resolver, nlp):
    doc = nlp("The summit faces trouble since one of the hosts, Chile, has insisted it will not allow observers.")
    assert resolve_word(resolver, doc, "it").country == "CHL"


def test_she_is_the_named_subject_above_her_clause_not_a_known_name_after_it(resolver, nlp):
    doc = nlp(
        "Farah Haddad, 19, has been told by the home secretary, Sajid Javid, that she will face charges"
        " because she attacked the guards."
    )
    for occurrence in (0, 1):
        assert resolve_word(resolver, doc, "she", occurrence).country is None
