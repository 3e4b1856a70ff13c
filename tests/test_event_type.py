"""The event-type classifier on sentences written for these tests: one or more per
PLOVER type, controlling verbs, tense and negation, and sentences with no event."""

from __future__ import annotations

import pytest

from newsevents.extract.clauses import find_clauses
from newsevents.extract.event_type import relabel


def guess_for(nlp, classifier, text, source=None, target=None):
    return classifier.classify_sentence(next(nlp(text).sents), source, target)


@pytest.mark.parametrize(
    "text, event",
    [
        ("The two foreign ministers met in Geneva on Tuesday.", "CONSULT"),
        ("The Chilean president visited Buenos Aires last week.", "CONSULT"),
        ("Norway praised the new government in Bogota for its reforms.", "SUPPORT"),
        ("Ghana and Togo signed a border treaty on Friday.", "SUPPORT"),
        ("The two navies held joint exercises in the Baltic Sea.", "COOPERATE"),
        ("Canada sent humanitarian aid to the flooded provinces of Pakistan.", "AID"),
        ("The junta released forty political prisoners on Sunday.", "RETREAT"),
        ("The interior minister resigned after the scandal.", "RETREAT"),
        ("The king pardoned the jailed opposition leader.", "CONCEDE"),
        ("The mayor demanded that the army leave the town.", "REQUEST"),
        ("The senator criticized the ministry for the delays.", "ACCUSE"),
        ("Prosecutors opened an investigation into the former governor.", "ACCUSE"),
        ("Peru rejected the proposal from Bolivia.", "REJECT"),
        ("The rebels warned that they would attack the capital.", "THREATEN"),
        ("Thousands of nurses protested outside parliament in Lisbon.", "PROTEST"),
        ("Washington imposed an arms embargo on the regime.", "SANCTION"),  # PLOVER: sanctions
        ("Hungary expelled two Russian diplomats.", "SANCTION"),
        ("The government suspended military aid to the junta.", "SANCTION"),
        ("The army deployed tanks along the northern border.", "MOBILIZE"),
        ("Police arrested twelve students in Dhaka.", "COERCE"),
        ("Government troops shelled rebel positions near the city.", "ASSAULT"),
    ],
)
def test_each_type_from_its_verb(nlp, classifier, text, event):
    guess = guess_for(nlp, classifier, text)
    assert guess is not None and guess.event == event, (text, guess)


@pytest.mark.parametrize(
    "text, event, cameo",
    [
        ("Iran threatened to impose sanctions on the two companies.", "THREATEN", "1312"),
        ("The militia agreed to withdraw from the port.", "AGREE", "0356"),
        ("The Pope called for the release of the kidnapped nuns.", "REQUEST", "0253"),
        ("Russia accused Georgia of shelling its peacekeepers.", "ACCUSE", "1123"),
        ("The ministry denied the accusation.", "REJECT", "016"),
        ("The government refused to lift the curfew.", "REJECT", "1241"),
        ("The cabinet decided to lift the sanctions on steel.", "CONCEDE", "085"),
    ],
)
def test_controlling_verb_decides_over_its_complement(nlp, classifier, text, event, cameo):
    guess = guess_for(nlp, classifier, text)
    assert guess is not None and (guess.event, guess.cameo) == (event, cameo), (text, guess)


def test_future_cooperation_is_agree_and_future_force_is_threaten(nlp, classifier):
    assert guess_for(nlp, classifier, "The Japanese premier will visit Seoul next month.").event == "AGREE"
    assert guess_for(nlp, classifier, "The president said the army will attack the rebel camps.").event == "THREATEN"


def test_negated_cooperation_is_a_refusal(nlp, classifier):
    guess = guess_for(nlp, classifier, "The opposition will not attend the talks with the government.")
    assert guess.event == "REJECT"


def test_must_in_reported_speech_is_a_demand(nlp, classifier):
    guess = guess_for(nlp, classifier, "The envoy said the militias must release the hostages.")
    assert (guess.event, guess.cameo) == ("REQUEST", "1053")


def test_source_and_target_pick_the_clause_that_links_them(nlp, classifier):
    text = "After the border clash, Kenya met Somali officials, while Ethiopia condemned the raid."
    assert guess_for(nlp, classifier, text, "Kenya", "Somali officials").event == "CONSULT"
    assert guess_for(nlp, classifier, text, "Ethiopia", "the raid").event == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        "Liverpool beat Everton 2-0 at Anfield on Saturday.",
        "Stocks rallied after the central bank held rates steady.",
        "The storm killed four people and flooded hundreds of homes.",
        "The zoo welcomed two panda cubs this spring.",
        "The poet died at her home in Cork at the age of 91.",
        "Rain is forecast for most of the country tomorrow.",
    ],
)
def test_sentences_without_a_political_event(nlp, classifier, text):
    assert guess_for(nlp, classifier, text) is None


def test_a_guess_carries_scores_cameo_mode_and_trigger(nlp, classifier):
    guess = guess_for(nlp, classifier, "Rebels abducted two aid workers near Goma.")
    assert (guess.event, guess.cameo, guess.mode) == ("ASSAULT", "181", "abduct")
    assert guess.trigger.text == "abducted"
    assert 0 < guess.confidence <= 1
    assert abs(sum(guess.scores.values()) - 1) < 0.01 and max(guess.scores, key=guess.scores.get) == "ASSAULT"


def test_classify_reads_a_clause_from_the_clause_finder(nlp, classifier):
    sentence = next(nlp("Chad agreed to hold talks with the rebels.").sents)
    guesses = [classifier.classify(clause) for clause in find_clauses(sentence)]
    assert any(g is not None and (g.event, g.cameo) == ("AGREE", "036") for g in guesses)


def test_plv15_merges_concede_and_retreat_as_yield():
    assert relabel("RETREAT", "plv15") == "YIELD"
    assert relabel("CONCEDE", "plv15") == "YIELD"
    assert relabel("ASSAULT", "plv15") == "ASSAULT"
    assert relabel("RETREAT", "plover16") == "RETREAT"


def test_a_reporting_clause_leaves_the_reported_event_to_its_own_clause(nlp, classifier):
    sentence = next(nlp("The minister said that rebels attacked the convoy.").sents)
    by_predicate = {clause.predicate.lemma_: classifier.classify(clause) for clause in find_clauses(sentence)}
    assert by_predicate.get("say") is None
    assert by_predicate["attack"].event == "ASSAULT"


@pytest.mark.parametrize(
    "text, event",
    [
        ("The two governments reached an agreement on fishing rights.", "SUPPORT"),
        ("The senator pledged her support for the new administration in Kabul.", "SUPPORT"),
        ("The court ordered the magazine to suspend publication for a month.", "COERCE"),
        ("Rebel fighters seized the main oil terminal on Sunday.", "ASSAULT"),
        ("Customs officers seized a shipment of cigarettes at the port.", "COERCE"),
        ("The premier telephoned the Kenyan president to congratulate him on his victory.", "SUPPORT"),
        ("Farmers blocked the highway to the capital with tractors.", "PROTEST"),
        ("The cabinet granted the opposition permission to hold a rally.", "CONCEDE"),
        ("The two sides failed to reach an agreement on the border.", "REJECT"),
        ("Turkey was kicked out of the fighter jet programme.", "SANCTION"),
        ("Soldiers from both countries worked together along the river.", "COOPERATE"),
        ("The Peruvian cabinet cancelled the planned visit to Quito.", "REJECT"),
        ("Japan sent rescue teams and medical supplies to the flooded region.", "AID"),
    ],
)
def test_operators_compose_with_their_content(nlp, classifier, text, event):
    guess = guess_for(nlp, classifier, text)
    assert guess is not None and guess.event == event, (text, guess)


def test_statements_are_no_event(nlp, classifier):
    for text in (
        "The embassy declined to comment on the report.",
        "The prime minister expressed condolences to the families of the victims.",
        "The finance minister said she is optimistic about the talks.",
    ):
        assert guess_for(nlp, classifier, text) is None, text


def test_classify_returns_for_a_clause_whose_event_is_its_complement(nlp, classifier):
    sentence = next(nlp("The rebels vowed to attack the capital.").sents)
    guesses = [classifier.classify(clause) for clause in find_clauses(sentence)]
    assert any(g is not None and g.event == "THREATEN" for g in guesses)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry is considering sending aid to the flooded region.",
        "The rebels claimed that they had attacked the airbase.",
        "The envoy said he hoped the talks would resume soon.",
        "The president attended a ceremony marking the anniversary of independence.",
    ],
)
def test_considering_claiming_hoping_and_ceremonies_are_statements(nlp, classifier, text):
    assert guess_for(nlp, classifier, text) is None


@pytest.mark.parametrize(
    "text, event",
    [
        # evidence verbs: what is shown is the event
        ("Satellite images show Russian troops massing near the border.", "MOBILIZE"),
        # expectation verbs: what is expected is read as it is, not as a promise
        ("The envoy said the two sides expected to meet in Geneva.", "CONSULT"),
        # intention: a plan to cooperate is a promise (PLOVER AGREE)
        ("The two ministers plan to meet in Geneva.", "AGREE"),
    ],
)
def test_verbs_read_through_to_what_they_govern(nlp, classifier, text, event):
    guess = guess_for(nlp, classifier, text)
    assert guess is not None and guess.event == event, (text, guess)


# -- issue 11: events on real news ---------------------------------------------------


@pytest.mark.parametrize(
    "text, event",
    [
        # light verbs and multi-word predicates
        ("The soldiers opened fire on the crowd near the bridge.", "ASSAULT"),
        ("Turkish troops set up a new observation post near the town.", "MOBILIZE"),
        # taken by force: ASSAULT (PLOVER COERCE seize is searches, raids and confiscations;
        # holding ground, "occupied the village", stays COERCE 192)
        ("The army took control of the village after two days.", "ASSAULT"),
        ("Police rounded up dozens of opposition supporters.", "COERCE"),
        ("The dockers went on strike on Monday.", "PROTEST"),
        ("Thousands of teachers took to the streets of the capital.", "PROTEST"),
        # weapons under the verbs that use them
        ("Militants lobbed a grenade at the police station.", "ASSAULT"),
        ("A helicopter dropped barrel bombs on the northern villages.", "ASSAULT"),
        ("Rebels fired rockets at the air base.", "ASSAULT"),
        # arrests in the words of police reports, lowercased
        ("about a dozen looters were nabbed by the police last night.", "COERCE"),
        ("the activist was picked up by police from his home.", "COERCE"),
        ("forty party workers were taken into custody on monday.", "COERCE"),
        ("the police have booked sixty people under the new law.", "COERCE"),
        ("the police had to fire tear gas at the mob.", "ASSAULT"),
        # an event carried by a noun
        ("Four soldiers died in the ambush.", "ASSAULT"),
        ("Soldiers engaged in a firefight with the gunmen.", "ASSAULT"),
        ("The raid left nine people dead.", "ASSAULT"),
        ("The militia committed mass rape in the province.", "ASSAULT"),
    ],
)
def test_real_news_predicates(nlp, classifier, text, event):
    guess = guess_for(nlp, classifier, text)
    assert guess is not None and guess.event == event, (text, guess)


def test_sanctions_and_expulsions_are_sanction(nlp, classifier):
    imposed = guess_for(nlp, classifier, "The European Union imposed new sanctions on Belarus.")
    assert (imposed.event, imposed.cameo, imposed.mode) == ("SANCTION", "163", "discontinue")
    expelled = guess_for(nlp, classifier, "Poland expelled 45 Russian diplomats.")
    assert (expelled.event, expelled.mode) == ("SANCTION", "expel")
    out = guess_for(nlp, classifier, "Qatar was expelled from the council.")
    assert out.event == "SANCTION"


def test_a_claim_of_responsibility_codes_the_attack(nlp, classifier):
    guess = guess_for(nlp, classifier, "The group claimed responsibility for the bombing of the market.")
    assert guess.event == "ASSAULT"
    credit = guess_for(nlp, classifier, "The insurgents took credit for the attack on the convoy.")
    assert credit.event == "ASSAULT"  # not aid: no credit was given to anyone


def test_what_protesters_denounce_is_their_protest(nlp, classifier):
    guess = guess_for(nlp, classifier, "Protesters denounced the election result outside parliament.")
    assert guess.event == "PROTEST"
    # the same verb by a government is an accusation
    assert guess_for(nlp, classifier, "The government denounced the election result.").event == "ACCUSE"


def test_a_vow_to_crush_is_a_threat(nlp, classifier):
    assert guess_for(nlp, classifier, "The junta vowed to crush the separatist movement.").event == "THREATEN"


def test_a_need_to_do_something_unknown_is_no_demand(nlp, classifier):
    assert guess_for(nlp, classifier, "We needed to move on for the sake of the children.") is None
    # a need stated asks no one (extract/figurative.py, states_a_need): no REQUEST either
    assert guess_for(nlp, classifier, "The refugees in the camp need food and medicine.") is None


def test_military_backing_is_aid_and_words_of_backing_stay_support(nlp, classifier):
    for text in (
        "The rebels depend on Turkish air support.",
        "The Iranian soldiers backing the regime shelled the town.",
    ):
        guesses = [classifier.classify(clause) for clause in find_clauses(next(nlp(text).sents))]
        assert "AID" in {g.event for g in guesses if g is not None}
    assert guess_for(nlp, classifier, "Norway backed the peace deal.").event == "SUPPORT"


def test_exchanging_views_is_a_consultation(nlp, classifier):
    assert guess_for(nlp, classifier, "The two envoys exchanged views on the border dispute.").event == "CONSULT"


def test_announced_withdrawals_and_resignations_are_concessions(nlp, classifier):
    assert guess_for(nlp, classifier, "The minister said he will resign next month.").event == "CONCEDE"
    assert guess_for(nlp, classifier, "Russia said it would withdraw its troops from the border.").event == "CONCEDE"
    # a decision told as made announces the step: CONCEDE, not a RETREAT to come
    decided = "The cabinet welcomed the general's decision to pull his soldiers out of the valley."
    guesses = [classifier.classify(clause) for clause in find_clauses(next(nlp(decided).sents))]
    assert "CONCEDE" in {g.event for g in guesses if g is not None}
    assert "RETREAT" not in {g.event for g in guesses if g is not None}
    # a decision to attack stays the attack it plans
    planned = "The decision to bomb the bridge worried the villagers."
    guesses = [classifier.classify(clause) for clause in find_clauses(next(nlp(planned).sents))]
    assert "CONCEDE" not in {g.event for g in guesses if g is not None}
    # willingness is a promise (AGREE), as the PLOVER sentence sets code it
    assert guess_for(nlp, classifier, "Egypt is willing to withdraw its troops from the zone.").event == "AGREE"


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister left for Brussels on Sunday.",
        "The new law comes into force in March.",
        "Crews were called to the scene of the collision on the motorway.",
        "Twelve people were killed when the earthquake struck the coast.",
        "Several workers were injured after a chemical plant exploded.",
        "Forty residents were evacuated as floods swept through the valley.",
        "Sixty people sought medical attention after the gas leak.",
        "After the cyclone hit the coast, local volunteers provided food and blankets to stranded villagers.",
        "Dozens of houses were damaged in the disaster, and hundreds of people were hurt.",
    ],
)
def test_everyday_senses_and_disasters_are_no_event(nlp, classifier, text):
    guess = guess_for(nlp, classifier, text)
    assert guess is None, (text, guess)


def test_a_named_donor_in_a_disaster_is_still_aid(nlp, classifier):
    guess = guess_for(nlp, classifier, "After the cyclone, Japan sent medical supplies to the stricken islands.")
    assert guess is not None and guess.event == "AID", guess


@pytest.mark.parametrize(
    "text", ["Three girls were raped near the school last week.", "Gunmen raped two women in the village."]
)
def test_a_verb_the_lemmatizer_misreads_keeps_its_entry(nlp, classifier, text):
    guess = guess_for(nlp, classifier, text)  # the small model lemmatizes "raped" as "rap"
    assert guess is not None and guess.event == "ASSAULT" and guess.cameo == "1821", (text, guess)


def test_month_march_is_no_protest(nlp, classifier):
    guess = guess_for(nlp, classifier, "Thousands of students protested in the capital in March.")
    assert guess.event == "PROTEST" and guess.trigger.lower_ == "protested"
