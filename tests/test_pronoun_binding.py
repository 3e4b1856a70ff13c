"""Where a pronoun's referent may stand: a subject "it" takes the subject before it, a
pronoun inside a relative clause is not the noun the clause hangs on, "it" is none of
several subjects, and a "he" takes the nearer person the tables do not know."""

from __future__ import annotations

from resolved_words import resolve_word


def test_a_subject_it_takes_the_subject_before_not_a_nearer_possessor(resolver, nlp):
    doc = nlp("Norway backs the fishing treaty, though it dislikes Chile's quotas. It has set up a fund for boats.")
    assert resolve_word(resolver, doc, "it", occurrence=1).country == "NOR"


def test_an_it_in_a_relative_clause_is_not_the_noun_it_hangs_on(resolver, nlp):
    doc = nlp("Kenya sees the militia as a branch of al-Shabaab, with whom it has fought for a decade.")
    assert resolve_word(resolver, doc, "it").country == "KEN"


def test_the_sentence_after_the_relative_clause_keeps_the_subject(resolver, nlp):
    doc = nlp(
        "Kenya sees the militia as a branch of al-Shabaab, with whom it has fought for a decade. It vowed to close the border."
    )
    assert resolve_word(resolver, doc, "it", occurrence=1).country == "KEN"


def test_it_is_none_of_several_subjects(resolver, nlp):
    doc = nlp("Peru, Chile and Bolivia will shape the final treaty, though nobody knows if it will hold.")
    actor = resolve_word(resolver, doc, "it")
    assert actor is None or actor.country is None


def test_an_object_him_in_a_relative_clause_is_not_its_subject(resolver, nlp):
    doc = nlp("Vladimir Putin met Recep Tayyip Erdogan, who urged him to halt the bombing.")
    assert resolve_word(resolver, doc, "him").name == "Vladimir Putin"


def test_he_takes_the_nearer_person_the_tables_do_not_know(resolver, nlp):
    doc = nlp(
        "Recep Tayyip Erdogan visited the camp on Monday. The farmer John Mwangi stood by the gate. He said he had lost his home."
    )
    actor = resolve_word(resolver, doc, "he")
    assert (actor.country, actor.name) == (None, "John Mwangi")


def test_he_still_takes_a_known_person_who_is_the_subject(resolver, nlp):
    doc = nlp("Recep Tayyip Erdogan visited the camp on Monday. He said the army would stay.")
    assert resolve_word(resolver, doc, "he").name == "Recep Tayyip Erdogan"


def test_its_may_be_a_name_joined_to_its_own_part(resolver, nlp):
    doc = nlp("Hezbollah and its political arm want a seat in the cabinet, so its demands worry Israel.")
    assert resolve_word(resolver, doc, "its", occurrence=1).name is not None


def test_a_they_in_a_where_clause_may_be_the_noun_before(resolver, nlp):
    doc = nlp("The army avoided the Tuareg rebels where they fought beside French troops.")
    assert resolve_word(resolver, doc, "they").sector == "REB"


def test_the_writers_i_is_no_party(coder):
    events = coder.code_text(
        "Last spring I met the Lebanese foreign minister in Beirut to ask about the refugees.", "2024-05-02"
    )
    assert all(event.actor is None or event.actor.text != "I" for event in events)


def test_a_ministers_i_is_still_the_minister(coder):
    events = coder.code_text(
        "“I will meet the Lebanese president next week,” said the Jordanian foreign minister.", "2024-05-02"
    )
    meetings = [event for event in events if event.actor is not None and event.actor.text == "I"]
    assert meetings and meetings[0].actor.country == "JOR"


def test_a_his_in_a_fronted_phrase_is_the_main_subject_after_it(resolver, nlp):
    doc = nlp("Theresa May hosted the summit. In his talks with May, Vladimir Putin asked for the sanctions to end.")
    assert resolve_word(resolver, doc, "his").name == "Vladimir Putin"


def test_a_he_in_a_fronted_clause_is_the_main_subject_after_it(resolver, nlp):
    doc = nlp("Vladimir Putin spoke first. Although he denied the charge, Boris Johnson apologised to the victims.")
    assert resolve_word(resolver, doc, "he").name == "Boris Johnson"
