"""The word lists of the extract stage (``data/words.yaml``), one per concept.

Clauses, modality and event typing read the same lists, so a word cannot be a
reporting verb to one and an event to another.  The file's comments say where
earlier copies disagreed and which decision was taken (docs/knowledge.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from types import MappingProxyType

from newsevents.knowledge.files import read_data_yaml

WORDS_FILE = "words.yaml"
ORDERED_LISTS = ("recipient_prepositions", "agent_noun_endings", "action_noun_endings", "participle_endings")
MAPPINGS = ("speaker_pronouns",)


@dataclass(frozen=True)
class WordLists:
    reporting_verbs: frozenset[str]
    expectation_verbs: frozenset[str]
    evidence_verbs: frozenset[str]
    future_governors: frozenset[str]
    announcing_nouns: frozenset[str]
    undertaking_nouns: frozenset[str]  # "a campaign to oust": waged (extract/modality.py)
    verbal_fight_modifiers: frozenset[str]
    statement_nouns: frozenset[str]
    public_office_nouns: frozenset[str]
    departure_verbs: frozenset[str]
    civilian_nouns: frozenset[str]
    departure_objects: frozenset[str]
    chamber_nouns: frozenset[str]  # "took control of the House": no occupation
    post_nouns: frozenset[str]  # "she left office": a resignation, not a person going away
    personal_pronouns: frozenset[str]
    permission_verbs: frozenset[str]
    movement_verbs: frozenset[str]
    craft_nouns: frozenset[str]  # "refused to allow the plane to enter": a refused entry
    naming_verbs: frozenset[str]
    attempt_verbs: frozenset[str]  # "sought to limit": an attempt (extract/word_senses.py)
    anonymity_verbs: frozenset[str]  # "asked not to be named": no appeal
    backing_words: frozenset[str]  # "backed the militia": military aid (extract/word_senses.py)
    trading_verbs: frozenset[str]  # "bought a helmet": no trade without a seller, sum or goods
    traded_goods: frozenset[str]
    proof_nouns: frozenset[str]  # "evidence for the claim": shared with no one
    account_nouns: frozenset[str]  # "supported the account": corroborated, no support
    disputing_verbs: frozenset[str]  # "challenged the ruling" (extract/word_senses.py)
    aiming_verbs: frozenset[str]  # "targeted by the ban": aimed at by a policy
    record_nouns: frozenset[str]  # "destroyed the evidence": no attack
    publication_nouns: frozenset[str]  # "released a video": no release of captives
    visitor_nouns: frozenset[str]  # "received the delegation": a visit hosted
    need_verbs: frozenset[str]  # "the help they need": no demand (extract/figurative.py)
    showing_verbs: frozenset[str]  # "demonstrating its clout": no protest
    habitual_verbs: frozenset[str]  # "tend to": a habit (extract/modality.py)
    encounter_verbs: frozenset[str]
    unmet_objects: frozenset[str]
    reception_nouns: frozenset[str]
    acquaintance_modifiers: frozenset[str]
    habitual_adverbs: frozenset[str]
    manner_adverbs: frozenset[str]
    wish_verbs: frozenset[str]
    question_verbs: frozenset[str]
    question_markers: frozenset[str]
    military_kind_modifiers: frozenset[str]
    hedging_nouns: frozenset[str]
    hypothetical_adjectives: frozenset[str]  # "the possible withdrawal" (extract/speculation.py)
    completion_verbs: frozenset[str]
    fear_verbs: frozenset[str]
    warning_verbs: frozenset[str]
    warning_prepositions: frozenset[str]
    outcome_verbs: frozenset[str]  # "to ensure that ...": an outcome sought
    refusal_verbs: frozenset[str]  # verbs that refuse by themselves (extract/modality.py)
    response_verbs: frozenset[str]  # verbs whose negation, even past, is a refusal
    response_objects: frozenset[str]  # "did not give permission": a refusal too
    beneficiary_prepositions: frozenset[str]
    future_auxiliaries: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    conditional_markers: frozenset[str]
    hypothetical_determiners: frozenset[str]
    indefinite_determiners: frozenset[str]  # "a withdrawal would be a mistake" (extract/weighed_events.py)
    inverted_conditional_auxiliaries: frozenset[str]
    awaiting_markers: frozenset[str]
    threat_modals: frozenset[str]
    negation_words: frozenset[str]
    demand_modals: frozenset[str]
    demand_phrases: frozenset[str]
    appeal_modals: frozenset[str]
    appeal_phrases: frozenset[str]
    refusal_governors: frozenset[str]
    mandative_verbs: frozenset[str]
    future_adjectives: frozenset[str]
    future_date_words: frozenset[str]
    manner_purpose_modes: frozenset[str]
    event_nouns: frozenset[str]
    recipient_prepositions: tuple[str, ...]  # best first
    noun_complement_prepositions: frozenset[str]
    blame_prepositions: frozenset[str]
    background_prepositions: frozenset[str]
    shared_subject_prepositions: frozenset[str]
    sequence_prepositions: frozenset[str]  # "resigned after the arrest": another's deed
    subject_owner_prepositions: frozenset[str]  # "after the killing of its general": the subject's
    joint_act_nouns: frozenset[str]  # "retreated following clashes": the subject took part
    gathering_nouns: frozenset[str]  # "at the G20 meeting": the forum, not a party
    yielding_verbs: frozenset[str]  # "surrendered after the blockade": the subject suffered it
    suffering_verbs: frozenset[str]  # "died in an ambush": the subject suffered it
    relative_pronouns: frozenset[str]
    expletive_it_verbs: frozenset[str]  # "it emerged that ...": a dummy subject
    party_prepositions: frozenset[str]  # "talks with Egypt ... its": a referent of "it"
    accusation_verbs: frozenset[str]  # "alleged that X recruited": X is accused
    relation_nouns: frozenset[str]  # "Assad's backers": the owner is not the phrase's country
    state_body_nouns: frozenset[str]  # "the regime": a state named before (resolve/definite_bodies.py)
    organisation_nouns: frozenset[str]  # "the group": an organisation named before
    hosting_verbs: frozenset[str]
    relative_adverbs: frozenset[str]
    instrument_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    reciprocal_event_types: frozenset[str]
    pair_words: frozenset[str]
    pair_country_nouns: frozenset[str]
    uncoded_patient_types: frozenset[str]
    threat_types: frozenset[str]  # (hc5) "threatened to invade Afrin": its people
    vehicle_nouns: frozenset[str]
    carrier_nouns: frozenset[str]  # (hc5) "a convoy of fighters": the fighters are struck
    carrying_verbs: frozenset[str]  # (hc5) "a boat carrying migrants"
    occupying_verbs: frozenset[str]  # (hc5) "the car he was driving", "the house they lived in"
    crowd_event_types: frozenset[str]
    doer_needed_types: frozenset[str]  # no record without a doer
    crowd_nouns: frozenset[str]
    occurrence_verbs: frozenset[str]
    authority_modes: frozenset[str]
    people_demonstratives: frozenset[str]
    quantity_nouns: frozenset[str]
    convening_verbs: frozenset[str]
    departure_nouns: frozenset[str]
    self_moving_nouns: frozenset[str]  # "the withdrawal of Turkey": Turkey withdraws
    moving_verbs: frozenset[str]  # "withdraw US troops": the troops are moved
    holding_nouns: frozenset[str]  # "Isis positions": ground held by Isis
    holding_participles: frozenset[str]  # "areas controlled by the rebels": theirs
    topic_nouns: frozenset[str]  # "a resolution on Syria": Syria is the topic
    topic_prepositions: frozenset[str]
    raising_verbs: frozenset[str]
    body_nouns: frozenset[str]
    passive_occurrence_verbs: frozenset[str]
    speaker_pronouns: Mapping[str, str]  # pronoun -> what its speaker must be
    setting_prepositions: frozenset[str]
    setting_party_prepositions: frozenset[str]
    group_violence_nouns: frozenset[str]
    member_body_nouns: frozenset[str]
    expulsion_modes: frozenset[str]
    weapon_nouns: frozenset[str]
    agent_noun_endings: tuple[str, ...]
    action_noun_endings: tuple[str, ...]
    denial_verbs: frozenset[str]  # "denied that the army fired" (extract/denial.py)
    dismissal_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    contingent_markers: frozenset[str]  # "when the troops leave, ... will" (extract/speculation.py)
    contingent_time_nouns: frozenset[str]
    generic_determiners: frozenset[str]  # "all new recruits are asked to" (extract/generic.py)
    plan_verbs: frozenset[str]  # "plans to withdraw": CONCEDE (extract/event_context.py)
    negating_adjectives: frozenset[str]  # "is unable to provide" (extract/modality.py)
    ranking_modifiers: frozenset[str]  # "the first minister to visit": a fact
    supposition_verbs: frozenset[str]  # "to assume they have been talking" (extract/speculation.py)
    conditional_phrases: frozenset[str]  # "in case the army attacks"
    ending_verbs: frozenset[str]  # "the assault would finish within days": under way
    owned_people_nouns: frozenset[str]  # "her husband": people, not a thing of hers
    object_pronouns: frozenset[str]  # "not allowing them to leave": them, when the memory codes them
    requested_nouns: frozenset[str]  # "pleaded for help from the government": the government is asked
    asking_verbs: frozenset[str]  # "sought help from Washington": Washington is asked (extract/asked_parties.py)
    access_prepositions: frozenset[str]  # "access to the town from Damascus": Damascus is asked
    shelter_nouns: frozenset[str]  # "sought protection from the regime": the danger, not the one asked
    capacity_nouns: frozenset[str]  # "its ability to strike": possible (extract/speculation.py)
    dependence_verbs: frozenset[str]  # "will depend on talks": open (extract/speculation.py)
    removal_verbs: frozenset[str]  # "take troops out of": a withdrawal (extract/word_senses.py)
    arresting_nouns: frozenset[str]  # "picked up by police": an arrest (extract/word_senses.py)
    attack_nouns: frozenset[str]  # "killed in a Russian airstrike": its owner did it (extract/noun_parties.py)
    attack_setting_prepositions: frozenset[str]
    attack_series_nouns: frozenset[str]
    attack_period_nouns: frozenset[str]  # "in the first days of Turkey's offensive" (extract/noun_parties.py)
    campaign_nouns: frozenset[str]  # "killed in the offensive": the article's offensive (resolve/campaign_doers.py)
    campaign_verbs: frozenset[str]  # "Turkey launched an offensive": Turkey's (extract/noun_parties.py)
    answering_verbs: frozenset[str]  # "responded with strikes": the subject strikes (extract/response_doers.py)
    partner_prepositions: frozenset[str]  # "with whom the army fought" (extract/relative_gaps.py)
    reciprocal_verbs: frozenset[str]  # "Israel and Iran clashed": both sides (resolve/parties.py)
    joint_doer_cameo_codes: frozenset[str]  # "Russia and Turkey brokered": co-mediators
    receiving_verbs: frozenset[str]  # "received weapons from the US": the US gives (extract/received.py)
    addressee_prepositions: frozenset[str]  # "which the UK blamed on the Kremlin" (extract/relative_gaps.py)
    seizing_verbs: frozenset[str]  # "captured the town from the rebels": the rebels (extract/received.py)
    undergoing_verbs: frozenset[str]  # "had their homes confiscated": they (extract/missed_passives.py)
    participle_endings: tuple[str, ...]  # "taken" tagged a past tense is still a participle
    coming_under_verbs: frozenset[str]  # "came under attack from Turkey": the subject is attacked
    giving_verbs: frozenset[str]  # "provided arms for the militias" (extract/asked_parties.py)
    # Non-events: aims, exposure, standing states, goals sought (extract/speculation.py, word_senses.py)
    aim_nouns: frozenset[str]  # "its strategy of containing Iran": a goal, no act
    exposure_adjectives: frozenset[str]  # "vulnerable to attack": what could befall
    standing_state_verbs: frozenset[str]  # "troops stationed there": where forces are
    sought_goals: frozenset[str]  # "sought an outright victory": an aim, no appeal
    fear_adjectives: frozenset[str]  # "worried that an attack will come" (extract/speculation.py)
    aside_verbs: frozenset[str]  # "let's say", "let us suppose": an aside (extract/figurative.py)
    holding_verbs: frozenset[str]  # "still holds territory": a state told (extract/word_senses.py)
    change_adverbs: frozenset[str]  # "rebels now control the valley": control newly won
    held_ground_nouns: frozenset[str]  # what "hold" holds as ground ("holds territory")
    # Senses that decide an event's type (extract/planned.py, extract/word_senses.py)
    trip_verbs: frozenset[str]  # "flew to Sochi to discuss": the talks held there
    talk_verbs: frozenset[str]  # what a trip is made for that happens on arrival
    ally_prepositions: frozenset[str]  # "fought alongside the Kurds": an ally
    ally_verbs: frozenset[str]  # verbs whose "alongside" names the ally, their recipient
    policing_words: frozenset[str]  # "fought with police": the foe, even of a lone person
    foe_prepositions: frozenset[str]  # "fought with the Kurds against Isis": the foe apart
    attention_nouns: frozenset[str]  # "stole the show": attention won, nothing seized
    enactment_nouns: frozenset[str]  # "signed an executive order": enacted, agreed with no one
    broadcast_nouns: frozenset[str]  # "providing a live stream": coverage, no aid
    announcing_verbs: frozenset[str]  # "announced he was withdrawing": the plan declared
    defending_verbs: frozenset[str]  # "defended Kobane from Isis": a fight with the foe
    defence_prepositions: frozenset[str]  # who ground is defended from
    # Places and gatherings where a party stands (extract/non_parties.py)
    ground_nouns: frozenset[str]  # "on the Iraqi border": ground, never people
    site_prepositions: frozenset[str]  # "fought Isis in Idlib province": where, not whom
    seat_nouns: frozenset[str]  # "European capitals": their governments, a party
    # Non-events told as states, absences or prospects (extract/speculation.py, modality.py)
    envisaging_verbs: frozenset[str]  # "could envisage a force helping": pictured, not done
    danger_nouns: frozenset[str]  # "under threat from Turkey": a danger, no threat made
    reluctance_adjectives: frozenset[str]  # "reluctant to repatriate them": not done
    awaited_time_markers: frozenset[str]  # "could not be signed until X had withdrawn"
    awaiting_modals: frozenset[str]  # the modals of such a negated main clause
    # Withdrawals told as declared, CONCEDE (extract/event_context.py)
    withdrawal_ordering_verbs: frozenset[str]  # "ordered the withdrawal of the troops"
    withdrawal_declaring_nouns: frozenset[str]  # "the timetable for the pullout"
    # Statements and deliberations that look like events (extract/statements.py)
    arguer_verbs: frozenset[str]  # "allows that the deal has merits": a point granted
    deliberation_verbs: frozenset[str]  # "must decide whether to send troops": still open
    open_question_words: frozenset[str]  # "whether", "if" under a verb of deliberating
    belief_verbs: frozenset[str]  # "believe the militants would use ...": a guess
    belief_modals: frozenset[str]  # the modals of such a believed clause
    standing_adverbs: frozenset[str]  # "has long supported": a standing state
    negated_time_nouns: frozenset[str]  # "at no point have they accepted": denied
    paired_negation_words: frozenset[str]  # "neither Britain nor France has ratified"
    sourcing_nouns: frozenset[str]  # "requested anonymity": a source's terms, no event
    stated_intent_nouns: frozenset[str]  # "a promise that it would withdraw": stated, no conjecture
    # Things in a recipient's place (extract/things.py, h65)
    thing_nouns: frozenset[str]  # "bombed the hospital": a thing, its owner the party
    party_nouns: frozenset[str]  # "her husband", "the pair": people, though no sector list has them
    thing_compounds: frozenset[str]  # "a nerve agent": a thing, though its head is a role word
    # Event types by military sense (h75; extract/military_senses.py, extract/refusal.py)
    ground_taking_verbs: frozenset[str]  # "seized the town": an assault
    taken_ground_nouns: frozenset[str]  # what is taken as ground ("captured 41 positions")
    cyber_target_nouns: frozenset[str]  # "targeted the email accounts": cyber, no assault
    covert_backing_adverbs: frozenset[str]  # "covertly backed": military aid
    arming_verbs: frozenset[str]  # "armed and supported": the backing is in arms
    military_means_nouns: frozenset[str]  # "backed by artillery": military aid
    disclosure_verbs: frozenset[str]  # "refused to be named": no refusal, a source's terms
    stance_nouns_taken: frozenset[str]  # "took positions": no ground taken
    trained_force_nouns: frozenset[str]  # "trained the units": military aid
    force_sending_verbs: frozenset[str]  # "sent advisers to support": military aid
    armed_group_nouns: frozenset[str]  # "jihadist groups backed by": an armed party
    warring_side_nouns: frozenset[str]  # "backed the regime" in a war: military aid
    war_context_nouns: frozenset[str]  # "the war", "the battlefield": a sentence about a war
    # Non-events (h74; extract/caused.py, extract/generic.py)
    compelling_verbs: frozenset[str]  # "forced them to leave": done once the forcing is
    urging_verbs: frozenset[str]  # "pressed them to compromise": only wanted
    share_nouns: frozenset[str]  # "31% of voters support ...": a poll, no event
    narrator_encounter_verbs: frozenset[str]  # "I met one man who had fled": the reporting itself
    narrator_nouns: frozenset[str]  # "my colleague has been speaking to Syrians"
    # Recipients (h71)
    counting_nouns: frozenset[str]  # "arrested thousands of activists": the activists
    party_act_nouns: frozenset[str]  # "fought every UN attempt": the UN
    # Deeds told again by a definite noun (resolve/event_anaphora.py, h76)
    deed_anaphor_nouns: frozenset[str]  # "the attack": any deed of its type before
    strike_family_words: frozenset[str]  # "the strikes" after "jets bombed"
    killing_family_words: frozenset[str]
    arrest_family_words: frozenset[str]
    new_deed_modifiers: frozenset[str]  # "the second attack": a new deed
    responsibility_verbs: frozenset[str]  # "Isis claimed the bombing": Isis's
    harm_verbs: frozenset[str]  # "was killed during a raid": the one killed (resolve/victim_roles.py)
    combat_verbs: frozenset[str]  # "killed fighting Isis": Isis killed them
    death_verbs: frozenset[str]  # "died in the strike", "fell in an explosion": no doer of it
    armed_service_verbs: frozenset[str]  # "killed while serving with Kurdish forces": a combatant
    fighting_company_prepositions: frozenset[str]  # "serving *with* the YPG" (resolve/combatant_victims.py)
    combat_death_nouns: frozenset[str]  # "killed in action": a combatant (resolve/combatant_victims.py)
    # No doers and unmade threats (h83; extract/no_doers.py)
    course_of_action_nouns: frozenset[str]  # "relentless campaigns that targeted": the deed, no doer
    held_thing_nouns: frozenset[str]  # "would need a resident permit": a thing, no doer
    culprit_adjectives: frozenset[str]  # "is responsible for the bombing" (extract/culprits.py)
    culprit_prepositions: frozenset[str]  # "was behind the killings"
    # Event types and sides (h84)
    visit_hosting_verbs: frozenset[str]  # "Putin hosted Erdogan": Erdogan visits (extract/visits.py)
    # Outlooks and habits (h96; extract/outlooks.py, extract/generic.py)
    forecast_adjectives: frozenset[str]  # "it is possible that the army will attack"
    uncertain_adjectives: frozenset[str]  # "help from its ally is uncertain"
    conjecture_adverbs: frozenset[str]  # "presumably they will retake the town"
    fear_nouns: frozenset[str]  # "fears of a clash"
    stance_nouns: frozenset[str]  # "his stance on airstrikes"
    defining_verbs: frozenset[str]  # "a ceasefire means the rebels give up"
    frequency_adverbs: frozenset[str]  # "Moscow has occasionally cooperated with them"
    # Tolls (h92)
    toll_verbs: frozenset[str]  # "ten were killed" after "jets struck": the strike's (resolve/toll_doers.py)
    # Towns struck (ha1)
    place_entering_verbs: frozenset[str]  # "pushed into Raqqa": no harm to its people (resolve/struck_places.py)
    membership_bodies: frozenset[str]  # "left the EU", "withdrew from the treaty": SANCTION (extract/left_bodies.py)
    # Non-events and word senses (hb6; extract/set_phrases.py, extract/denial.py)
    idiom_phrases: frozenset[str]  # "held sway over": "verb noun" pairs that tell no event
    topic_talk_verbs: frozenset[str]  # "talked about the shutdown": no talks
    trace_nouns: frozenset[str]  # "barely a word of protest": none
    scant_adverbs: frozenset[str]
    report_nouns: frozenset[str]  # "denied reports that": no REJECT
    judging_verbs: frozenset[str]  # "will continue to find its veto a tool": a forecast judgment
    # Named doers (hb3; extract/culprits.py)
    culprit_nouns: frozenset[str]  # "Syria's responsibility for the attack": Syria's
    culprit_holding_verbs: frozenset[str]  # "holds the regime responsible for the attack"
    # Event types of real events (hb7)
    armed_operation_nouns: frozenset[str]  # "the offensive, backed by": AID; "the invasion toppled": ASSAULT
    operation_nouns: frozenset[str]  # "the ground campaign", "the militia's drive": armed with such words
    # Named forums (hc2; extract/forum_names.py)
    pact_nouns: frozenset[str]  # "the Minsk agreement": named after where it was made, no party
    # Standing states and roles (hc8; extract/standing_states.py)
    placement_verbs: frozenset[str]  # "where troops are deployed": where a force stands, no MOBILIZE
    event_time_adverbs: frozenset[str]  # "recently deployed": a time of the verb's own
    participle_complement_verbs: frozenset[str]  # "wants troops deployed": a deed wished, no state
    role_event_types: frozenset[str]  # "the group that rescues people": its work, no AID
    service_sectors: frozenset[str]  # the sectors whose help in a relative clause is their work
    # Word senses judged wrong (hc4)
    hindering_verbs: frozenset[str]  # "snipers held back the army": by weapons, ASSAULT
    marksman_nouns: frozenset[str]  # "snipers": named for their fire
    goal_fight_verbs: frozenset[str]  # "the minister fought to keep the tax": a campaign
    recognised_standing_nouns: frozenset[str]  # "recognised its independence": SUPPORT 054
    # A person's country told by a description (hc7; resolve/nationality.py)
    citizenship_nouns: frozenset[str]  # "a UK national": of the UK, not about it ("a Syria expert")
    # Event words that tell no event (hf4; extract/idle_events.py)
    private_act_verbs: frozenset[str]  # "refused to eat": no one's demand refused
    pledging_verbs: frozenset[str]  # "promised to release details": a word to the press
    publishing_verbs: frozenset[str]  # "release", "publish" what is told, with publication_nouns
    reflexive_pronouns: frozenset[str]  # "brought upon herself": the self as cause
    person_reflexive_pronouns: frozenset[str]  # "committed herself to fighting prejudice": a cause
    stance_verbs: frozenset[str]  # "who now opposes the Kremlin": a side, no act
    ruling_out_verbs: frozenset[str]  # "ruled out a war between India and Pakistan": a forecast
    protection_words: frozenset[str]  # "protection from an attack": a harm feared
    reaction_verbs: frozenset[str]  # "cheered at every explosion": not the doers
    figure_adverbs: frozenset[str]  # "figuratively stabbed": a figure of speech
    figure_nouns: frozenset[str]  # "in a sense, signed a death warrant"


@lru_cache(maxsize=1)
def load_word_lists() -> WordLists:
    raw = read_data_yaml(WORDS_FILE)
    names = [field.name for field in fields(WordLists)]
    missing = sorted(set(names) - set(raw))
    unknown = sorted(set(raw) - set(names))
    if missing or unknown:
        raise ValueError(f"{WORDS_FILE}: missing lists {missing}, unknown lists {unknown}")
    return WordLists(
        recipient_prepositions=tuple(raw["recipient_prepositions"]),
        agent_noun_endings=tuple(raw["agent_noun_endings"]),
        action_noun_endings=tuple(raw["action_noun_endings"]),
        participle_endings=tuple(raw["participle_endings"]),
        speaker_pronouns=MappingProxyType(dict(raw["speaker_pronouns"])),
        **{name: frozenset(raw[name]) for name in names if name not in ORDERED_LISTS + MAPPINGS},
    )
