"""The event lexicon's schema: every entry is checked when the lexicon is read,
and a bad one is named with its file."""

from __future__ import annotations

import copy

import pytest

from newsevents.knowledge.files import read_data_yaml
from newsevents.knowledge.lexicon import (
    LEXICON_FILE,
    LexiconError,
    NewContent,
    load_event_lexicon,
    parse_event_lexicon,
)
from newsevents.ontology import load_ontology


@pytest.fixture(scope="module")
def raw():
    return read_data_yaml(LEXICON_FILE)


def parse(data):
    return parse_event_lexicon(data, "my_lexicon.yaml", load_ontology())


def test_the_shipped_lexicon_reads_into_named_fields():
    lexicon = load_event_lexicon()
    sanctions = lexicon.classes["sanctions"]
    assert sanctions.polarity == "conflict"
    assert sanctions.value("end") == NewContent("ease_sanctions")
    assert lexicon.operator_defaults["threaten"].coop == "1313"
    assert lexicon.verbs["agree"].complement_prepositions == ("to", "on", "upon")
    with pytest.raises(TypeError):
        lexicon.classes["spam"] = sanctions  # type: ignore[index]  # read-only


@pytest.mark.parametrize(
    "section, key, spec, message",
    [
        ("verbs", "bombard", {"clas": "force"}, "verbs entry 'bombard': unknown field 'clas'"),
        ("verbs", "bombard", {"class": "forse"}, "verbs entry 'bombard': unknown class 'forse'"),
        ("verbs", "bombard", {"op": "thretaen"}, "verbs entry 'bombard': unknown operator 'thretaen'"),
        ("nouns", "salvo", {"class": "force", "cameo": "999"}, "nouns entry 'salvo': '999' is not a CAMEO code"),
        (
            "nouns",
            "salvo",
            {"class": "force", "event": "ATTACK"},
            "nouns entry 'salvo': 'ATTACK' is not a PLOVER event type",
        ),
        ("nouns", "salvo", {"class": "force", "weak": "yes"}, "nouns entry 'salvo': weak must be true or false"),
        ("classes", "barrage", {"polarity": "hostile", "do": "190"}, "classes entry 'barrage': polarity 'hostile'"),
        (
            "classes",
            "barrage",
            {"polarity": "conflict", "do": "190", "refuze": "120"},
            "classes entry 'barrage': unknown field or operator 'refuze'",
        ),
        (
            "classes",
            "barrage",
            {"polarity": "conflict", "do": "190", "end": {"class": "nowhere"}},
            "classes entry 'barrage': unknown class 'nowhere'",
        ),
    ],
)
def test_a_malformed_entry_names_the_file_and_the_entry(raw, section, key, spec, message):
    data = copy.deepcopy(raw)
    data[section][key] = spec
    with pytest.raises(LexiconError) as error:
        parse(data)
    assert str(error.value).startswith("my_lexicon.yaml: ")
    assert message in str(error.value)


def test_operator_defaults_need_all_three_cases(raw):
    data = copy.deepcopy(raw)
    data["operator_defaults"]["threaten"] = {"coop": "1313", "conflict": "130"}
    with pytest.raises(LexiconError, match=r"my_lexicon.yaml: operator_defaults entry 'threaten': needs exactly"):
        parse(data)
