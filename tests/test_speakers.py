"""Who speaks a quote or a report: first-person pronouns take the speaker (or the
speaker's side), an official's reported "it" the state, and known offices the one
country the article named."""

from __future__ import annotations

from newsevents.knowledge.words import load_word_lists
from newsevents.resolve.speakers import QuoteSpeakers


def resolve_word(article_actors, doc, word: str, occurrence: int = 0):
    positions = [token.i for token in doc if token.lower_ == word]
    position = positions[occurrence]
    return article_actors.resolve(doc[position : position + 1])


def speaker_text(nlp, text: str, word: str, occurrence: int = 0) -> str | None:
    doc = nlp(text)
    token = [token for token in doc if token.lower_ == word][occurrence]
    speaker = QuoteSpeakers(doc, load_word_lists()).speaker_of_first_person(token)
    return speaker.text if speaker is not None else None


def test_a_quote_is_spoken_by_the_subject_of_its_reporting_verb(nlp):
    text = "“We will reopen the crossing tomorrow,” said the Moldovan interior minister."
    assert speaker_text(nlp, text, "we") == "the Moldovan interior minister"


def test_a_quote_in_the_next_sentence_of_the_run_keeps_its_speaker(nlp):
    text = (
        "“We have sent two planes,” the Icelandic minister told reporters. “Our crews will land tonight.”"
        " Farmers in the valley were waiting."
    )
    assert speaker_text(nlp, text, "our") == "the Icelandic minister"


def test_a_quote_attributed_after_it_is_that_speakers(nlp):
    text = "“We are not afraid.” “We will stay until the vote,” said the Uruguayan senator."
    assert speaker_text(nlp, text, "we", occurrence=0) == "the Uruguayan senator"


def test_a_quote_far_from_any_attribution_has_no_speaker(nlp):
    text = (
        "The Icelandic minister spoke on Monday. Farmers waited in the rain. Trucks came late."
        " A sign on the road read “We are closed”."
    )
    assert speaker_text(nlp, text, "we") is None


def test_we_is_the_speakers_side_not_the_person(resolver, nlp):
    doc = nlp("“We will deploy engineers to the dam,” said Finland's defence minister.")
    actor = resolve_word(resolver.for_article(None), doc, "we")
    assert (actor.country, actor.sector, actor.name) == ("FIN", "GOV", None)


def test_i_is_the_speaker_itself(resolver, nlp):
    doc = nlp("“I will not resign,” said the Peruvian prime minister.")
    actor = resolve_word(resolver.for_article(None), doc, "i")
    assert (actor.country, actor.sector) == ("PER", "GOV")


def test_our_body_takes_the_speakers_country(resolver, nlp):
    doc = nlp("“Our army will leave the border villages,” the Armenian foreign minister told reporters.")
    actor = resolver.for_article(None).resolve(doc[1:3])
    assert (actor.text, actor.country, actor.sector) == ("Our army", "ARM", "MIL")


def test_we_with_no_speaker_stays_uncoded(resolver, nlp):
    doc = nlp("We drove through the night to reach the border.")
    actor = resolve_word(resolver.for_article(None), doc, "we")
    assert actor is None or actor.code is None


def test_an_officials_reported_it_is_the_state_they_speak_for(resolver, nlp):
    doc = nlp("The Chilean ambassador said it would expel two diplomats.")
    actor = resolve_word(resolver.for_article(None), doc, "it")
    assert (actor.country, actor.sector) == ("CHL", "GOV")


def test_a_citizens_reported_it_is_not_a_state(resolver, nlp):
    doc = nlp("A Chilean farmer said it would ruin the harvest.")
    actor = resolve_word(resolver.for_article(None), doc, "it")
    assert actor is not None and actor.country is None


def test_a_roles_reported_she_is_that_role(resolver, nlp):
    doc = nlp("Britain faced criticism. The British home secretary said she would deport the men.")
    actor = resolve_word(resolver.for_article(None), doc, "she")
    assert (actor.country, actor.sector) == ("GBR", "GOV")


def test_the_minister_is_the_one_titled_so_before(coder):
    events = coder.code_text(
        "Kenya's foreign minister arrived in Oslo on Monday. The minister signed a trade deal with Norway.",
        "2024-05-02",
    )
    signing = [event for event in events if "signed" in event.sentence]
    assert signing and signing[0].actor.country == "KEN"


def test_the_minister_of_two_countries_is_left_unplaced(resolver, nlp):
    doc = nlp("Kenya's foreign minister met the Somali foreign minister. The minister condemned the raid.")
    article_actors = resolver.for_article(None)
    assert article_actors.resolve(doc[0:4]).country == "KEN"
    assert article_actors.resolve(doc[5:9]).country == "SOM"
    actor = article_actors.resolve(doc[10:12])
    assert (actor.text, actor.country) == ("The minister", None)


def test_an_unknown_name_takes_the_country_of_its_role_in_apposition(coder):
    events = coder.code_text(
        "The Brazilian foreign minister, Carla Ventosa, spoke on Tuesday."
        " “We will not allow foreign troops on our soil,” she said.",
        "2024-05-02",
    )
    refusal = [event for event in events if "allow" in event.sentence]
    assert refusal and (refusal[0].actor.country, refusal[0].actor.sector) == ("BRA", "GOV")


def test_the_home_secretary_is_british_when_the_story_named_britain(resolver, nlp):
    doc = nlp("The British government faced criticism. The home secretary deported the men.")
    article_actors = resolver.for_article(None)
    article_actors.resolve(doc[0:3])
    actor = article_actors.resolve(doc[6:9])
    assert (actor.text, actor.country) == ("The home secretary", "GBR")


def test_the_home_secretary_gets_no_country_by_a_guess(resolver, nlp):
    doc = nlp("The home secretary deported the men.")
    actor = resolver.for_article(None).resolve(doc[0:3])
    assert actor.country is None and actor.sector == "GOV"


def test_the_capitalised_us_is_the_country_not_the_pronoun(resolver, nlp):
    doc = nlp("Iran warned US on Monday.")
    actor = resolver.for_article(None).resolve(doc[2:3])
    assert actor.country == "USA"


def test_a_citizens_we_is_not_coded_as_a_side(resolver, nlp):
    doc = nlp("“We fled at night,” said a Syrian farmer.")
    actor = resolve_word(resolver.for_article(None), doc, "we")
    assert actor is None or actor.country is None


def test_the_president_is_not_the_vice_president(resolver, nlp):
    doc = nlp("Vice President Mike Pence of the United States visited Seoul. The president spoke.")
    article_actors = resolver.for_article(None)
    assert article_actors.resolve(doc[0:4]).country == "USA"
    actor = article_actors.resolve(doc[11:13])
    assert (actor.text, actor.name) == ("The president", None)
