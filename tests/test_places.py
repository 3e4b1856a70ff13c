"""Where events happened: place phrases attached to the event, resolved offline."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.resolve.dates import resolve_event_date
from newsevents.resolve.gazetteer import load_gazetteer, name_key
from newsevents.resolve.places import PlaceResolver


@pytest.fixture(scope="module")
def places():
    return PlaceResolver()


def locate(nlp, places, text, trigger_word, dateline=None):
    doc = nlp(text)
    trigger = next(token for token in doc if token.text == trigger_word)
    return places.for_article(doc, dateline_place=dateline).locate(trigger.sent, trigger)


def test_place_attached_to_the_verb(nlp, places):
    location = locate(nlp, places, "The two presidents met in Sochi on Friday.", "met")
    assert (location.name, location.country, location.feature) == ("Sochi", "RUS", "city")
    assert location.geonameid == 491422
    assert location.lat == pytest.approx(43.6, abs=0.1)
    assert location.source == "sentence"


def test_place_attached_to_an_event_noun(nlp, places):
    location = locate(nlp, places, "Ministers hope to sign the deal at the summit in Rome.", "summit")
    assert (location.resolved_name, location.country) == ("Rome", "ITA")


def test_place_reached_through_the_event_noun_object(nlp, places):
    location = locate(nlp, places, "He hopes to meet Biden at the G20 meeting in Rome.", "meet")
    assert (location.resolved_name, location.country) == ("Rome", "ITA")


def test_area_noun_gives_the_administrative_area(nlp, places):
    text = "Rebel fighters regrouped in Idlib province in northwestern Syria."
    location = locate(nlp, places, text, "regrouped")
    assert (location.name, location.country, location.feature) == ("Idlib", "SYR", "admin1")
    assert location.admin1 == "Idlib"


def test_bare_city_name_gives_the_city(nlp, places):
    location = locate(nlp, places, "Artillery shelled a market in Idlib.", "shelled")
    assert (location.country, location.feature) == ("SYR", "city")


def test_resort_of_gives_the_town(nlp, places):
    location = locate(nlp, places, "Erdogan met Putin in the Russian resort of Sochi.", "met")
    assert location.resolved_name == "Sochi"


def test_place_object_of_a_visit(nlp, places):
    location = locate(nlp, places, "The foreign minister visited Ankara last week.", "visited")
    assert (location.resolved_name, location.country) == ("Ankara", "TUR")


def test_travel_destination(nlp, places):
    location = locate(nlp, places, "The envoy flew to Nairobi on Monday.", "flew")
    assert (location.resolved_name, location.country) == ("Nairobi", "KEN")


def test_place_of_the_verb_that_says_the_event_noun_happened(nlp, places):
    location = locate(nlp, places, "The next round of talks will be held in Doha.", "talks")
    assert (location.resolved_name, location.country) == ("Doha", "QAT")


def test_purpose_clause_happens_where_the_trip_went(nlp, places):
    location = locate(nlp, places, "The president flew to Nairobi to discuss the drought.", "discuss")
    assert location.resolved_name == "Nairobi"


def test_place_of_a_topic_is_not_the_event_place(nlp, places):
    assert locate(nlp, places, "Diplomats discussed the situation in Yemen.", "discussed") is None


def test_area_named_with_its_noun_inside_the_entity(nlp, places):
    location = locate(nlp, places, "Gunmen ambushed a convoy in Kandahar province overnight.", "ambushed")
    assert (location.country, location.feature) == ("AFG", "admin1")


def test_area_known_by_another_spelling_is_found_through_its_capital(nlp, places):
    location = locate(nlp, places, "Jets bombed villages in Homs province.", "bombed")
    assert (location.country, location.feature) == ("SYR", "admin1")


def test_a_passing_mention_of_a_country_does_not_move_a_famous_city(nlp, places):
    text = (
        "US officials and US diplomats praised the deal struck by Britain. "
        "The minister spoke at a conference in Manchester on Monday."
    )
    assert locate(nlp, places, text, "spoke").country == "GBR"
    text = "US officials praised the deal. The minister signed it in Paris on Monday."
    assert locate(nlp, places, text, "signed").country == "FRA"


def test_washington_is_the_capital_city(nlp, places):
    location = locate(nlp, places, "Envoys from Turkey held talks in Washington.", "held")
    assert (location.country, location.feature) == ("USA", "city")
    assert location.admin1 != "Washington"


def test_demonym_on_an_ordinary_noun_is_not_a_place(nlp, places):
    text = "The US launched yet another Middle Eastern adventure."
    assert locate(nlp, places, text, "launched") is None


def test_small_namesake_in_a_country_the_article_never_names(nlp, places):
    text = (
        "Congo's army and Congolese police fought militias across Congo this year. "
        "Violence erupted in the Kasai region."
    )
    assert locate(nlp, places, text, "erupted").country == "COD"  # the Kasai province, not Kasai, Japan


def test_demonym_qualifier_keeps_the_place_in_its_country(nlp, places):
    text = "The army rebuilt a bridge in the Turkish province of Hatay."
    location = locate(nlp, places, text, "rebuilt")
    assert location.country == "TUR"


def test_direction_word_before_a_known_place(nlp, places):
    text = "Floods hit farms across southern Texas. Rangers rescued a family in Paris."
    assert locate(nlp, places, text, "rescued").admin1 == "Texas"


def test_place_hung_on_the_object_of_a_material_event(nlp, places):
    location = locate(nlp, places, "Drones struck fuel depots near Benghazi.", "struck")
    assert location.resolved_name == "Benghazi"


def test_town_taken_is_the_place_but_a_country_attacked_is_not(nlp, places):
    assert locate(nlp, places, "Rebels captured Kidal after a week of fighting.", "captured").country == "MLI"
    assert locate(nlp, places, "The militia bombed Chad.", "bombed") is None


def test_on_the_outskirts_is_a_place_but_sanctions_on_are_not(nlp, places):
    location = locate(nlp, places, "Shells landed on the outskirts of Kharkiv overnight.", "landed")
    assert (location.resolved_name, location.country) == ("Kharkiv", "UKR")
    assert locate(nlp, places, "The EU imposed sanctions on Belarus.", "imposed") is None


def test_a_list_of_places_gives_the_first(nlp, places):
    text = "A rebel delegation has been touring Washington, Paris and London."
    location = locate(nlp, places, text, "touring")
    assert (location.country, location.feature) == ("USA", "city")


def test_place_of_a_group_talked_about_is_not_the_event_place(nlp, places):
    assert locate(nlp, places, "Turkey has been threatening the Kurds in Syria.", "threatening") is None
    assert locate(nlp, places, "The president ordered US forces in Syria to leave.", "ordered") is None


def test_recipient_is_not_a_location(nlp, places):
    assert locate(nlp, places, "Russian forces attacked Ukraine.", "attacked") is None


def test_place_in_an_actor_phrase_is_not_a_location(nlp, places):
    assert locate(nlp, places, "The Syrian President criticised the sanctions.", "criticised") is None
    text = "Police in Lagos arrested three journalists."
    assert locate(nlp, places, text, "arrested") is None


def test_place_of_another_clause_is_not_the_event_place(nlp, places):
    text = "Speaking in Geneva, the envoy said rebels attacked a convoy."
    assert locate(nlp, places, text, "attacked") is None


def test_paris_is_france_by_default(nlp, places):
    location = locate(nlp, places, "Protesters marched in Paris on Saturday.", "marched")
    assert location.country == "FRA"


def test_paris_in_a_story_about_texas(nlp, places):
    text = "A tornado damaged homes across northeast Texas overnight. Police arrested two looters in Paris on Tuesday."
    location = locate(nlp, places, text, "arrested")
    assert (location.country, location.admin1) == ("USA", "Texas")


def test_qualifier_after_a_comma_decides(nlp, places):
    location = locate(nlp, places, "Voters queued in Paris, Texas, for hours.", "queued")
    assert (location.country, location.admin1) == ("USA", "Texas")
    location = locate(nlp, places, "Delegates met in Glasgow, Scotland, in November.", "met")
    assert (location.country, location.admin1) == ("GBR", "Scotland")


def test_dateline_decides_an_ambiguous_name(nlp, places):
    text = "Firefighters battled a blaze in Rome overnight."
    assert locate(nlp, places, text, "battled").country == "ITA"
    location = locate(nlp, places, text, "battled", dateline="ROME, Ga.")
    assert (location.country, location.admin1) == ("USA", "Georgia")
    location = locate(nlp, places, text, "battled", dateline="ATLANTA, Georgia")
    assert (location.country, location.admin1) == ("USA", "Georgia")


def test_dateline_is_only_a_fallback(nlp, places):
    doc = nlp("Soldiers clashed with protesters in Mosul. Officials condemned the violence.")
    article = places.for_article(doc, dateline_place="BAGHDAD, Iraq (AP)")
    clash, condemn = (next(t for t in doc if t.text == word) for word in ("clashed", "condemned"))
    assert article.locate(clash.sent, clash).resolved_name == "Mosul"
    assert article.locate(condemn.sent, condemn) is None
    assert article.fallback().source == "article"  # the article is about Mosul
    doc = nlp("Officials condemned the violence.")
    fallback = places.for_article(doc, dateline_place="BAGHDAD, Iraq (AP)").fallback()
    assert (fallback.country, fallback.feature, fallback.source) == ("IRQ", "country", "dateline")


def test_no_dateline_no_fallback(nlp, places):
    assert places.for_article(nlp("Talks resumed."), dateline_place=None).fallback() is None


def test_encounter_without_a_place_takes_the_place_of_the_same_encounter(nlp, places):
    text = (
        "The prime minister returned home after a meeting with President Lula. "
        "His talks with Lula in Brasilia covered trade."
    )
    doc = nlp(text)
    article = places.for_article(doc)
    meeting = next(t for t in doc if t.text == "meeting")
    location = article.locate(meeting.sent, meeting)
    assert (location.resolved_name, location.source) == ("Brasília", "article")


def test_country_aliases_and_accents():
    gazetteer = load_gazetteer()
    assert {p.country3 for p, _ in gazetteer.candidates("U.S.")} == {"USA"}
    assert {p.country3 for p, _ in gazetteer.candidates("Britain")} == {"GBR"}
    assert name_key("Türkiye") == "turkiye"
    assert any(p.country3 == "TUR" for p, _ in gazetteer.candidates("Türkiye"))


def test_seed_article_places_and_dates(nlp, places, shared_data):
    """The mission's checks on its own example article (published 2021-09-30)."""
    doc = nlp((shared_data / "seed" / "article.txt").read_text(encoding="utf-8"))
    article = places.for_article(doc, dateline_place="ANKARA, Turkey")
    published = date(2021, 9, 30)

    def event(word, sentence_words):
        return next(t for t in doc if t.text == word and sentence_words in t.sent.text)

    putin_meeting = event("meeting", "Vladimir Putin")
    location = article.locate(putin_meeting.sent, putin_meeting)
    assert (location.resolved_name, location.country) == ("Sochi", "RUS")
    when = resolve_event_date(putin_meeting.sent, putin_meeting, published, future=False)
    assert (when.date, when.precision) == ("2021-09-29", "day")

    g20 = event("meeting", "G20")
    location = article.locate(g20.sent, g20)
    assert (location.resolved_name, location.country) == ("Rome", "ITA")

    joint_work = event("worked", "Idlib")
    location = article.locate(joint_work.sent, joint_work)
    assert (location.name, location.country) == ("Idlib", "SYR")


# -- districts, provinces and small towns; attachment in the clause; fallbacks --


def place_of(nlp, places, text, trigger_word, occurrence=0):
    """The place the pipeline gives the event of the ``occurrence``-th ``trigger_word``,
    asking for the article's events in text order as the pipeline does."""
    doc = nlp(text)
    article = places.for_article(doc)
    triggers = [token for token in doc if token.text == trigger_word]
    found = None
    for token in doc:
        if token.pos_ == "VERB" or token in triggers:
            location = article.place_event(token.sent, token)
            if token == triggers[occurrence]:
                found = location
    return found


def test_a_district_is_a_second_level_area(nlp, places):
    location = locate(nlp, places, "Militants attacked a police post in Bandipora district on Monday.", "attacked")
    assert (location.country, location.feature) == ("IND", "admin2")
    assert location.admin1.startswith("Jammu and Kashm")


def test_a_province_is_a_first_level_area(nlp, places):
    location = locate(nlp, places, "Two policemen were shot dead in Khyber Pakhtunkhwa.", "shot")
    assert (location.resolved_name, location.country, location.feature) == ("Khyber Pakhtunkhwa", "PAK", "admin1")


def test_a_town_under_15000_people(nlp, places):
    location = locate(nlp, places, "Rebels ambushed a patrol near Sukma.", "ambushed")
    assert (location.resolved_name, location.country) == ("Sukma", "IND")


def test_the_place_at_the_end_of_a_chain_of_prepositions(nlp, places):
    text = "Gunmen opened fire near a checkpoint on the main road of the old town in Bandipora district."
    location = locate(nlp, places, text, "opened")
    assert (location.country, location.feature) == ("IND", "admin2")


def test_the_place_of_a_when_clause(nlp, places):
    text = "Two soldiers were injured when militants attacked their camp in Khyber Pakhtunkhwa."
    assert locate(nlp, places, text, "injured").country == "PAK"


def test_the_place_on_the_modifiers_of_an_event_noun(nlp, places):
    text = "Three soldiers died in an ambush in the forests of Sukma."
    assert locate(nlp, places, text, "died").resolved_name == "Sukma"


def test_police_is_not_the_polish_town(nlp, places):
    assert locate(nlp, places, "Militants opened fire at Police near the market.", "opened") is None


def test_a_district_namesake_abroad_gives_way_to_the_article_country(nlp, places):
    text = "Militants ambushed a convoy in Bara tehsil of Khyber Agency in Pakistan."
    assert locate(nlp, places, text, "ambushed").country == "PAK"


def test_the_next_sentence_takes_the_running_place_of_its_paragraph(nlp, places):
    text = "Militants attacked a police station in Sukma district. Two constables were wounded in the attack."
    location = place_of(nlp, places, text, "wounded")
    assert (location.resolved_name, location.source) == ("Sukma", "paragraph")


def test_a_new_paragraph_takes_the_main_place_of_an_article_about_one_place(nlp, places):
    text = "Police arrested five Maoists in Sukma district.\n\nThe men were later released on bail."
    location = place_of(nlp, places, text, "released")
    assert (location.resolved_name, location.source) == ("Sukma", "article")


def test_no_fallback_in_an_article_about_several_countries(nlp, places):
    text = (
        "France and Germany signed a deal in Berlin. Italy joined talks in Rome. "
        "Spain hosted a summit in Madrid. The ministers praised the agreement."
    )
    assert place_of(nlp, places, text, "praised") is None


def test_where_someone_spoke_is_no_fallback(nlp, places):
    text = "Speaking in Geneva, the envoy said rebels had attacked an aid convoy."
    assert place_of(nlp, places, text, "attacked") is None


# -- how far a place carries; capitals that stand for their governments ---------

FILLER = (
    "Aid agencies said food prices had doubled since the spring. "
    "Many families now live on a single meal a day. "
    "Schools have been closed for most of the year. "
    "Doctors warned that winter would bring more disease. "
)


def test_a_town_named_long_before_does_not_place_a_later_event(nlp, places):
    # Text without blank lines is one paragraph: Idlib must not run on to the
    # end of the article, the event keeps only the article's country.
    text = "Government jets bombed a market in Idlib, in Syria. " + FILLER * 3 + "Rebels later shot down a jet."
    location = place_of(nlp, places, text, "shot")
    assert location is None or location.source == "article"


def test_a_town_named_in_the_sentence_before_still_carries(nlp, places):
    text = "Government jets bombed a market in Idlib, in Syria. Rebels later shot down a jet."
    location = place_of(nlp, places, text, "shot")
    assert (location.resolved_name, location.source) == ("Idlib", "paragraph")


def test_a_town_the_sentence_names_beats_the_one_carried(nlp, places):
    text = (
        "Government jets bombed a market in Idlib, in Syria. "
        "Elsewhere, fighters entered the town of Afrin, where Turkish troops have been on the offensive."
    )
    location = place_of(nlp, places, text, "offensive")
    assert location.resolved_name.endswith("Afrīn")


def test_a_town_named_far_later_is_no_running_place_of_an_earlier_event(nlp, places):
    text = "Rebels shot down a jet, officials in Syria said. " + FILLER * 3 + "Jets later bombed a market in Idlib."
    assert place_of(nlp, places, text, "shot").source == "article"  # the article's main place, no more


def test_a_word_of_a_longer_name_is_not_a_town(nlp, places):
    doc = nlp("Dozens of people were killed in Khan Sheikhun in Syria.")
    article = places.for_article(doc)
    khan = next(token for token in doc if token.text == "Khan")
    assert khan.idx in article.name_parts  # never the running place of the next event
    assert "Khan Sheikhun" in [written for _, _, _, written in article.mentions]


def test_a_capital_something_comes_from_stands_for_its_government(nlp, places):
    text = "The coalition must help because resources from Washington will be limited."
    assert locate(nlp, places, text, "help") is None


def test_a_capital_agreed_to_stands_for_its_government(nlp, places):
    text = "The president agreed to Moscow taking charge of the weapons."
    assert locate(nlp, places, text, "agreed") is None


def test_a_capital_travelled_to_is_a_place(nlp, places):
    text = "The rebel leader fled to Damascus and met the exiled leaders there."
    location = locate(nlp, places, text, "fled")
    assert (location.resolved_name, location.country) == ("Damascus", "SYR")


def test_a_village_that_is_no_town_here_does_not_pull_a_capital_abroad(nlp, places):
    # "the Middle East" is only a Maryland village in the gazetteer; it must not
    # move Damascus to Maryland in a story about Syria.
    text = (
        "Syria has rebuilt its army, and Syrian officials say the Syrian war is over. "
        "Leaders met at a summit on the Middle East. The Emirates reopened an embassy in Damascus."
    )
    location = locate(nlp, places, text, "reopened")
    assert (location.resolved_name, location.country) == ("Damascus", "SYR")


def test_a_village_in_a_country_named_in_passing_is_a_namesake(nlp, places):
    text = (
        "Iraq and Syria fought Isis for years. Iraqi and Syrian forces took back the north of Iraq, "
        "and Iraqi officials thanked US advisers. Syrian rebels said she had served tea to Baghdadi in Omar."
    )
    location = locate(nlp, places, text, "served")
    assert location is None or location.country != "USA"
