"""Whose government, country or ruler a name or a bare noun is (hc2): the opposition's
own government, a country a surname shares its name with, a town an agreement is
named after, a former ruler's deed in office and letters that Unicode cannot fold."""

from __future__ import annotations

from dataclasses import replace

from newsevents.extract.forum_names import names_forum
from newsevents.knowledge.actors import tokenize
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Actor


def codes(coder, text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    """Trigger -> (actor code, recipient code) of the coded text."""
    return {
        event.trigger.text: (
            event.actor.code if event.actor is not None else None,
            event.recipient.code if event.recipient is not None else None,
        )
        for event in coder.code_text(text, published=published)
    }


def test_an_opposition_leader_accuses_his_own_government(coder):
    text = (
        "The Venezuelan government has denied that its troops fired on the crowd. "
        "The Venezuelan government blamed foreign agents. "
        "Canada's opposition leader Pierre Poilievre accused the government of bowing to pressure."
    )
    assert codes(coder, text, "2023-05-04")["accused"] == ("CANOPP", "CANGOV")


def test_the_regime_an_opposition_names_stays_the_one_named_before(coder):
    text = (
        "The Venezuelan regime has denied that its troops fired on the crowd. "
        "Canada's opposition leader Pierre Poilievre condemned the regime."
    )
    assert codes(coder, text, "2023-05-04")["condemned"][1] == "VENGOV"


def test_a_country_is_no_surname_of_a_person_the_article_never_named(resolver):
    jordan = resolver.resolve_phrase("Jordan", context="", when=None)
    assert (jordan.country, jordan.name) == ("JOR", None)
    assert resolver.resolve_phrase("Montenegro", context="", when=None).country == "MNE"


def test_a_person_named_in_full_keeps_a_surname_that_is_a_country(coder):
    text = "Congressman Jim Jordan met the speaker on Monday. Jordan later criticised the White House."
    assert codes(coder, text, "2023-05-04")["criticised"][0] == "USALEG"


def test_the_town_an_agreement_or_process_is_named_after_is_no_party(coder):
    found = codes(coder, "Ukraine rejected the Tbilisi agreement. Britain backs the Almaty process.", "2023-05-04")
    assert found.get("rejected") == ("UKR", None)
    assert found.get("backs") == ("GBR", None)


def test_two_capitals_naming_talks_are_their_sides_and_one_alone_the_venue(nlp):
    words = load_word_lists()
    paired = nlp("The Nairobi-Kampala talks collapsed.")
    alone = nlp("The Nairobi talks collapsed.")
    kenya = Actor(text="Nairobi", country="KEN", sector="GOV")
    assert not names_forum(paired[3:4], replace(kenya, text="Kampala", country="UGA"), words)
    assert names_forum(alone[1:2], kenya, words)
    assert not names_forum(alone[1:2], Actor(text="Kenya", country="KEN"), words)  # a country is a side


def test_a_former_rulers_deed_is_told_in_office(coder):
    found = codes(coder, "Saddam Hussein invaded Kuwait, and Robert Mugabe resigned as president.", "2019-06-05")
    assert found["invaded"][0] == "IRQGOV"
    assert found["resigned"][0] == "ZWEGOV"


def test_a_former_rulers_words_or_a_deed_dated_before_his_term_stay_as_they_were(coder):
    found = codes(coder, "Robert Mugabe criticised the new president on Monday.", "2019-06-05")
    assert found["criticised"][0] == "ZWEELI"
    before = codes(coder, "In 1963 Jalal Talabani attacked an army garrison.", "2019-06-05")
    assert before["attacked"][0] != "IRQGOV"


def test_the_turkish_dotless_i_folds_as_the_tables_write_it(resolver):
    assert tokenize("Yıldırım") == ["Yildirim"]
    assert resolver.resolve_phrase("Binali Yıldırım", context="", when=None).country == "TUR"
