"""The event lexicon's schema: every entry is checked when the lexicon is read,
and a bad one is named with its file."""

from __future__ import annotations

import contextlib
import copy
import io

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
        # a mode must be one of PLOVER's for the entry's type (a context is not a mode)
        (
            "nouns",
            "salvo",
            {"class": "force", "cameo": "190", "mode": "pro_autocracy"},
            "nouns entry 'salvo': 'pro_autocracy' is not a PLOVER mode of ASSAULT",
        ),
        (
            "classes",
            "barrage",
            {"polarity": "conflict", "do": "190", "mode": "demo"},
            "classes entry 'barrage': 'demo' is not a PLOVER mode of ASSAULT",
        ),
        ("verbs", "bombard", {"op": "do", "mode": "sideways"}, "'sideways' is not a PLOVER mode of any type"),
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


def test_every_shipped_mode_is_a_plover_mode_of_its_type():
    """cameo.csv, the lexicon's entries and classes: each mode belongs to its type."""
    ontology = load_ontology()
    for code in ontology.cameo_codes.values():
        assert ontology.is_mode_of(code.plover_mode, code.plover_event), code
    lexicon = load_event_lexicon()
    for content_class in lexicon.classes.values():
        event = content_class.event or (
            ontology.cameo_codes[content_class.do].plover_event if content_class.do else None
        )
        if event:
            assert ontology.is_mode_of(content_class.mode, event), content_class.name


def test_a_contradictory_codebook_row_is_refused(monkeypatch):
    from newsevents.knowledge import codebooks

    original = codebooks.open_data_text

    @contextlib.contextmanager
    def with_bad_row(name):
        with original(name) as handle:
            yield io.StringIO(handle.read() + "999,Bad row,0,ASSAULT,pro_autocracy,\n")

    monkeypatch.setattr(codebooks, "open_data_text", with_bad_row)
    codebooks.load_ontology.cache_clear()
    try:
        with pytest.raises(codebooks.CodebookError, match="code 999: 'pro_autocracy' is not a PLOVER mode of ASSAULT"):
            codebooks.load_ontology()
    finally:
        codebooks.load_ontology.cache_clear()
