"""A person the tables do not know takes the country the article gives with a
nationality word beside the name, for the name, its later "he"/"she", the surname
alone and the "I" of their quotes; a name with no such word stays without one."""

from __future__ import annotations


def event_in(events, word: str):
    found = [event for event in events if word in event.sentence]
    assert found, f"no event in a sentence with {word!r}"
    return found[0]


def coded(event) -> tuple[str | None, str | None]:
    return event.actor.country, event.actor.sector


def test_a_nationality_in_apposition_passes_to_the_later_he(coder):
    events = coder.code_text(
        "Marten Hoekstraat, a Dutch convert, joined the group in 2014."
        " He rejected the militants in a letter to his family.",
        "2024-05-02",
    )
    assert coded(event_in(events, "rejected")) == ("NLD", "CVL")


def test_a_role_with_a_nationality_before_the_name_keeps_its_sector_for_the_surname(coder):
    events = coder.code_text(
        "A Dutch jihadist, Marten Hoekstraat, attacked a checkpoint near the border."
        " Hoekstraat later surrendered to the police.",
        "2024-05-02",
    )
    assert coded(event_in(events, "surrendered")) == ("NLD", "REB")


def test_the_i_of_a_quoted_expert_is_the_expert(coder):
    events = coder.code_text(
        "The Iraqi expert Farid al-Moussawi criticised the government."
        " “I met the commanders last week,” al-Moussawi said.",
        "2024-05-02",
    )
    assert coded(event_in(events, "met")) == ("IRQ", "EDU")


def test_a_born_adjective_makes_a_civilian_of_that_country(coder):
    events = coder.code_text(
        "The British-born Samira Kadhim visited the camp on Sunday. She condemned the guards.",
        "2024-05-02",
    )
    assert coded(event_in(events, "condemned")) == ("GBR", "CVL")


def test_a_name_with_no_nationality_word_is_not_given_one(coder):
    events = coder.code_text(
        "Marten Hoekstraat, a convert, joined the group in Syria in 2014."
        " He rejected the militants in a letter to his family.",
        "2024-05-02",
    )
    assert coded(event_in(events, "rejected")) == (None, None)


def test_a_description_of_two_nationalities_gives_neither(coder):
    events = coder.code_text(
        "Marten Hoekstraat, a Dutch-Moroccan writer, visited Rabat in May. He criticised the ministers in a letter.",
        "2024-05-02",
    )
    assert event_in(events, "criticised").actor.country is None


def test_a_home_town_set_off_after_the_name_gives_its_country(coder):
    events = coder.code_text(
        "Thomas Whitcombe, 31, from Wigan, Lancashire, was arrested by Turkish police on Friday."
        " Whitcombe denied the charges in court.",
        "2024-05-02",
    )
    assert event_in(events, "arrested").recipient.country == "GBR"
    assert coded(event_in(events, "denied")) == ("GBR", "CVL")


def test_a_home_town_qualified_by_its_country_takes_that_country(coder):
    events = coder.code_text(
        "Omar Haddad, 27, from Homs, Syria, said he supported the ceasefire.",
        "2024-05-02",
    )
    assert coded(event_in(events, "supported")) == ("SYR", "CVL")


def test_a_from_phrase_that_is_no_town_gives_no_country(coder):
    events = coder.code_text(
        "Thomas Whitcombe, a spokesman from the charity, denied the charges in court.",
        "2024-05-02",
    )
    assert coded(event_in(events, "denied"))[0] is None


def test_he_in_a_relative_clause_is_the_person_who_stands_for(coder):
    events = coder.code_text(
        "Bashar Jaafari accused the envoy of bias on Monday. The plan now rests with"
        " President Vladimir Putin, who has said he will host a congress in March.",
        "2019-01-10",
    )
    assert coded(event_in(events, "host")) == ("RUS", "GOV")


def test_a_name_in_apposition_to_the_subject_is_the_subject_for_he(unrealised_coder):
    events = unrealised_coder.code_text(
        "Farah Haddad was stripped of her citizenship, but the foreign secretary, Jeremy Hunt,"
        " said on Sunday he was working to rescue her children.",
        "2019-03-01",
    )
    # the sentence also tells the stripping (SANCTION, no one named as its doer)
    rescue = next(event for event in events if event.trigger.text == "rescue")
    assert coded(rescue) == ("GBR", "GOV")
