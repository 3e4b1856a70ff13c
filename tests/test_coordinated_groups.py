"""Who a subject "they" is after names given together: all of them, the first as the actor."""

from __future__ import annotations

from newsevents.resolve.coordinated_groups import coordinated_members


def members_of(resolver, doc, word: str = "they"):
    position = [token.i for token in doc if token.lower_ == word][-1]
    return coordinated_members(resolver.for_article(None), doc[position : position + 1])


def test_they_after_two_named_leaders_is_both(resolver, nlp):
    doc = nlp(
        "Angela Merkel and Emmanuel Macron spoke by phone on Friday. "
        "The chancellor later met her ministers. They agreed to send more aid."
    )
    members = members_of(resolver, doc)
    assert [member.country for member in members] == ["DEU", "FRA"]
    assert all(member.text == "They" for member in members)


def test_they_after_a_leader_along_with_two_others_is_all_three(resolver, nlp):
    doc = nlp(
        "Vladimir Putin, along with Recep Tayyip Erdogan and Hassan Rouhani, met in Sochi. They condemned the strikes."
    )
    assert [member.country for member in members_of(resolver, doc)] == ["RUS", "TUR", "IRN"]


def test_a_plural_noun_nearer_than_the_names_is_what_they_is(resolver, nlp):
    doc = nlp("Angela Merkel and Emmanuel Macron met in Paris. The protesters said they would march again.")
    assert members_of(resolver, doc) == []


def test_names_the_tables_cannot_place_give_no_group(resolver, nlp):
    doc = nlp("Jane Quimby and Rolf Odegaard met the mayor. They agreed to build a school.")
    assert members_of(resolver, doc) == []


def test_an_object_them_is_not_read_as_the_group(resolver, nlp):
    doc = nlp("Angela Merkel and Emmanuel Macron met in Paris. Protesters booed them.")
    assert members_of(resolver, doc, "them") == []


def test_they_agreed_after_two_named_leaders_codes_both_in_the_record(coder):
    text = "Angela Merkel and Emmanuel Macron spoke by phone on Friday. They agreed to send more aid to Lebanon."
    events = [event for event in coder.code_text(text) if event.actor is not None and event.actor.text == "They"]
    assert events
    assert events[0].actor.country == "DEU"
    assert [party.country for party in events[0].co_actors] == ["FRA"]
