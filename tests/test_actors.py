"""Actor resolution: countries, sectors, people by date, article memory, user tables, the command."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsevents.cli import main
from newsevents.knowledge.actors import ActorTableError
from newsevents.resolve.actors import ActorResolver


def coding(actor):
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Turkish troops", ("TUR", "MIL")),
        ("the Kremlin", ("RUS", "GOV")),
        ("U.S. lawmakers", ("USA", "LEG")),
        ("Brazilian police", ("BRA", "COP")),
        ("Ghana's supreme court", ("GHA", "JUD")),
        ("Britain", ("GBR", None)),
        ("Russian and Turkish troops", ("RUS", "MIL")),
        ("the Indian ambassador to Japan", ("IND", "GOV")),
        ("riot police in Lagos", ("NGA", "COP")),
        ("hundreds of Kenyan farmers", ("KEN", "AGR")),
        ("NATO", ("IGO", None)),
        ("the European Parliament", ("EUR", "LEG")),
        ("a spokesman for the Polish defence ministry", ("POL", "GOV")),
        ("Hezbollah fighters", ("LBN", "REB")),
        ("the Peruvian Senate", ("PER", "LEG")),
        ("former Chilean ministers", ("CHL", "ELI")),
    ],
)
def test_countries_and_sectors(resolver, phrase, expected):
    assert coding(resolver.resolve_phrase(phrase)) == expected


@pytest.mark.parametrize(
    "phrase",
    [
        "the S-400 system",
        "F-35 fighters",
        "compensation",
        "the agreement",
        "talks",
        "the missile defense system",
        "the use of the Russian system",
        "yesterday",
    ],
)
def test_things_are_not_actors(resolver, phrase):
    assert resolver.resolve_phrase(phrase) is None


def test_owned_equipment_is_the_owners_military(resolver):
    assert coding(resolver.resolve_phrase("Russian warplanes")) == ("RUS", "MIL")


@pytest.mark.parametrize(
    "phrase", ["a Chinese-made drone", "US-built fighter jets", "the Russian-designed missile system"]
)
def test_where_equipment_was_made_does_not_make_it_an_actor(resolver, phrase):
    assert resolver.resolve_phrase(phrase) is None


@pytest.mark.parametrize("phrase", ["Tobias Quennell-Marsh", "Dr. Amara Okonkwo-Birch", "Jackson Pollinger"])
def test_unknown_names_claim_nothing(resolver, phrase):
    actor = resolver.resolve_phrase(phrase)
    assert actor is not None and coding(actor) == (None, None)


def test_a_known_surname_inside_an_unknown_name_is_not_that_person(resolver):
    assert coding(resolver.resolve_phrase("Farida Imran Khan")) == (None, None)


def test_lower_case_words_are_never_names(resolver):
    # "gang" must not be a surname, "labour" not the Labour Party
    assert coding(resolver.resolve_phrase("gang members")) == (None, "CRM")
    assert coding(resolver.resolve_phrase("Nigerian labour unions")) == ("NGA", "LAB")


def test_title_with_country_adjective_codes_an_unknown_name(resolver):
    actor = resolver.resolve_phrase("Armenian Prime Minister Nikol Xyzzy")
    assert coding(actor) == ("ARM", "GOV") and actor.name == "Nikol Xyzzy"


@pytest.mark.parametrize(
    "when, expected",
    [(date(2019, 6, 1), ("USA", "GOV")), (date(2022, 6, 1), ("USA", "ELI")), (date(2025, 6, 1), ("USA", "GOV"))],
)
def test_the_date_decides_whether_a_leader_is_in_office(resolver, when, expected):
    assert coding(resolver.resolve_phrase("Trump", when=when)) == expected


def test_a_person_can_change_sector_between_offices(resolver):
    assert coding(resolver.resolve_phrase("Vladimir Putin", when=date(1998, 10, 1))) == ("RUS", "SPY")
    assert coding(resolver.resolve_phrase("Vladimir Putin", when=date(2010, 1, 1))) == ("RUS", "GOV")


def test_context_places_a_bare_name_only(resolver):
    assert coding(resolver.resolve_phrase("Tomasz Wielkopolny", context="the Polish foreign ministry")) == ("POL", None)
    assert coding(resolver.resolve_phrase("Kenyan police", context="in Uganda")) == ("KEN", "COP")


def test_article_memory_links_names_and_pronouns(resolver, nlp):
    doc = nlp(
        "Armenian Prime Minister Nikol Xyzzy met Bolivian protesters on Monday. "
        "Xyzzy said he would return. They cheered."
    )
    article = resolver.for_article(date(2022, 3, 1))
    first = article.resolve(doc[0:5])
    protesters = article.resolve(doc[6:8])
    surname = article.resolve(doc[11:12])
    pronoun = article.resolve(doc[13:14])
    they = article.resolve(doc[17:18])
    assert [doc[11].text, doc[13].text, doc[17].text] == ["Xyzzy", "he", "They"]
    assert (first.country, first.sector, first.name) == ("ARM", "GOV", "Nikol Xyzzy")
    assert (surname.country, surname.sector, surname.name) == ("ARM", "GOV", "Nikol Xyzzy")
    assert (pronoun.text, pronoun.country, pronoun.sector) == ("he", "ARM", "GOV")
    assert coding(protesters) == coding(they) == ("BOL", "CVL")
    assert pronoun.span.text == "he"


def test_pronoun_without_antecedent_claims_nothing(resolver, nlp):
    doc = nlp("She left.")
    assert coding(resolver.for_article(None).resolve(doc[0:1])) == (None, None)


def test_callers_cannot_change_the_memory(resolver, nlp):
    doc = nlp("Chilean police arrived. Chilean police left.")
    article = resolver.for_article(None)
    article.resolve(doc[0:2]).sector = "XXX"
    assert article.resolve(doc[0:2]).sector == "COP"


def test_user_yaml_table_adds_people_with_terms(tmp_path):
    table = tmp_path / "mine.yaml"
    table.write_text(
        "- name: Ilse Brakvoort\n"
        "  aliases: [Brakvoort]\n"
        "  kind: person\n"
        "  country: NLD\n"
        "  roles:\n"
        "    - {sector: GOV, start: 2030-01-01, end: 2034-12-31}\n"
        "- name: Order of the Grey Lantern\n"
        "  country: NGO\n"
        "  sector: REL\n",
        encoding="utf-8",
    )
    resolver = ActorResolver(extra_tables=[table])
    assert coding(resolver.resolve_phrase("Brakvoort", when=date(2031, 5, 1))) == ("NLD", "GOV")
    assert coding(resolver.resolve_phrase("Brakvoort", when=date(2036, 5, 1))) == ("NLD", "ELI")
    assert coding(resolver.resolve_phrase("the Order of the Grey Lantern")) == ("NGO", "REL")


def test_user_csv_table_overrides_builtin_knowledge(tmp_path):
    table = tmp_path / "mine.csv"
    table.write_text("name,aliases,country,sector,start,end\nKremlin,,XYZ,GOV,,\n", encoding="utf-8")
    assert coding(ActorResolver(extra_tables=[table]).resolve_phrase("the Kremlin")) == ("XYZ", "GOV")


def test_petrarch_dictionaries_are_read(tmp_path):
    actors = tmp_path / "fantasy.actors"
    actors.write_text(
        "<!-- a small dictionary for the test -->\n"
        "VALDORIA [VLD]  # a country\n"
        "+VALDORIAN\n"
        "QUEEN_MIRELLE  # dated codes\n"
        "\t[VLDGOV 20100101 - 20151231]\n"
        "\t[VLDELI > 20160101]\n",
        encoding="utf-8",
    )
    agents = tmp_path / "fantasy.agents"
    agents.write_text("!CREW! = SAILOR, MARINER\nHARBOUR_!CREW! {} [~MIL]\nLAMPLIGHTER [~LAB]\n", encoding="utf-8")
    resolver = ActorResolver(extra_tables=[actors, agents])
    assert coding(resolver.resolve_phrase("Valdorian lamplighters")) == ("VLD", "LAB")
    assert coding(resolver.resolve_phrase("Queen Mirelle", when=date(2012, 1, 1))) == ("VLD", "GOV")
    assert coding(resolver.resolve_phrase("Queen Mirelle", when=date(2020, 1, 1))) == ("VLD", "ELI")
    assert coding(resolver.resolve_phrase("a harbour mariner")) == (None, "MIL")


def test_bad_user_table_names_the_file_and_line(tmp_path):
    table = tmp_path / "bad.csv"
    table.write_text("name,country,start\nSomebody,FRA,not-a-date\n", encoding="utf-8")
    with pytest.raises(ActorTableError, match=r"bad.csv:2"):
        ActorResolver(extra_tables=[table])


def test_actors_command_keeps_line_alignment(tmp_path, capsys):
    phrases = tmp_path / "phrases.jsonl"
    phrases.write_text(
        '{"text": "Egyptian police", "date": "today"}\n'
        "not json\n"
        '{"text": "Trump", "date": "2019-05-01"}\n'
        '{"text": "Trump", "date": "2022-05-01"}\n'
        '{"text": "the agreement"}\n',
        encoding="utf-8",
    )
    status = main(["actors", str(phrases)])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    assert [line.get("code") for line in lines] == ["EGYCOP", None, "USAGOV", "USAELI", None]
    assert "error" in lines[1] and "error" not in lines[0]
    assert captured.err.count("phrases.jsonl:2") == 1 and "Traceback" not in captured.err


def test_actors_command_reports_a_bad_table_in_one_line(tmp_path, capsys):
    phrases = tmp_path / "phrases.jsonl"
    phrases.write_text('{"text": "Egyptian police"}\n', encoding="utf-8")
    table = tmp_path / "bad.yaml"
    table.write_text("- aliases: [nobody]\n", encoding="utf-8")
    assert main(["actors", str(phrases), "--actors", str(table)]) == 2
    assert "bad.yaml" in capsys.readouterr().err


def test_dev_cases_meet_the_accuracy_targets(shared_data):
    from newsevents.cli.actors import parse_when

    resolver = ActorResolver()
    cases = [json.loads(line) for line in (shared_data / "actors" / "actor_cases_dev.jsonl").read_text().splitlines()]
    country = sector = 0
    for case in cases:
        actor = resolver.resolve_phrase(case["text"], case.get("context") or "", parse_when(case.get("date")))
        got = coding(actor) or (None, None)
        country += got[0] == (case.get("country") or None)
        sector += got[1] == (case.get("sector") or None)
    assert country / len(cases) >= 0.90
    assert sector / len(cases) >= 0.80


def test_it_refers_to_a_singular_group_and_they_to_any(resolver, nlp):
    doc = nlp("The Egyptian ministry warned Chilean protesters. It said they must leave.")
    article = resolver.for_article(None)
    article.resolve(doc[0:3])
    article.resolve(doc[4:6])
    assert [doc[7].text, doc[9].text] == ["It", "they"]
    assert coding(article.resolve(doc[7:8])) == ("EGY", "GOV")
    assert coding(article.resolve(doc[9:10])) == ("CHL", "CVL")


def test_a_town_the_parser_calls_a_person_is_no_place(resolver, nlp):
    # "Kennedy" is also a district of Bogota; here the parser says it is a person
    doc = nlp("Kennedy told reporters he would resign.")
    assert doc[0].ent_type_ == "PERSON"
    assert coding(resolver.for_article(None).resolve(doc[0:1])) == (None, None)


def _bad_tables() -> list[tuple[str, bytes, str]]:
    """(file name, contents, what the one-line error must say) for tables users get wrong."""
    # the classic "billion laughs": nine levels of nine aliases, 9**9 strings once expanded
    laughs = (
        b'- name: lol\n  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        + b"".join(
            b"  %c: &%c [*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c,*%c]\n" % ((ord("a") + i + 1,) * 2 + (ord("a") + i,) * 9)
            for i in range(8)
        )
        + b"  aliases: *i\n"
    )
    return [
        ("roles.yaml", b"- name: Somebody\n  roles: 5\n", r"roles.yaml: entry 1: 'roles' is a list"),
        (
            "month.yaml",
            b"- name: Somebody\n  roles:\n    - {sector: GOV, start: 2020-13-01}\n",
            r"month.yaml: entry 1: '2020-13-01' is not a date",
        ),
        ("latin1.yaml", "- name: Jos\u00e9\n".encode("latin-1"), r"latin1.yaml:1: not UTF-8"),
        ("latin1.csv", "name,country\nSomebody,FRA\nJos\u00e9,ESP\n".encode("latin-1"), r"latin1.csv:3: not UTF-8"),
        ("long.csv", b"name,aliases\nSomebody," + b"x" * 131_073 + b"\n", r"long.csv:2: not readable as CSV"),
        ("laughs.yaml", laughs, r"laughs.yaml: not valid YAML \(line 3: YAML aliases"),
    ]


@pytest.mark.parametrize("name, contents, message", _bad_tables(), ids=[case[0] for case in _bad_tables()])
def test_a_bad_user_table_is_one_error_line_naming_file_and_entry(tmp_path, name, contents, message):
    table = tmp_path / name
    table.write_bytes(contents)
    assert len(contents) < 600 or name == "long.csv"  # the billion laughs are under 400 bytes
    with pytest.raises(ActorTableError, match=message) as raised:
        ActorResolver(extra_tables=[table])
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize("name, contents, message", _bad_tables()[:2], ids=["roles", "month"])
def test_code_reports_a_bad_table_without_a_traceback(tmp_path, monkeypatch, capsys, name, contents, message):
    table = tmp_path / name
    table.write_bytes(contents)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("Somebody left.\n"))
    assert main(["code", "-", "--actors", str(table)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and name in err and "Traceback" not in err


def test_yaml_anchors_without_aliases_and_plain_words_still_load(tmp_path):
    table = tmp_path / "ok.yaml"
    table.write_text(
        "- &who\n  name: Order of the Quiet Lamp\n  aliases: [no, yes]\n  country: NGO\n", encoding="utf-8"
    )
    resolver = ActorResolver(extra_tables=[table])
    assert coding(resolver.resolve_phrase("the Order of the Quiet Lamp")) == ("NGO", None)


def _person_table(tmp_path, roles: str, extra: str = ""):
    table = tmp_path / "people.yaml"
    table.write_text(
        f"- name: Ilse Brakvoort\n  kind: person\n  country: NLD\n{extra}  roles:\n{roles}", encoding="utf-8"
    )
    return ActorResolver(extra_tables=[table])


def test_without_a_date_an_ended_term_is_not_picked_by_the_clock(tmp_path, nlp):
    resolver = _person_table(tmp_path, "    - {sector: GOV, start: 2001-01-01, end: 2004-12-31}\n")
    doc = nlp("Ilse Brakvoort spoke.")
    # neither GOV (during the term) nor ELI (after it): the country alone
    assert coding(resolver.for_article(None).resolve(doc[0:2])) == ("NLD", None)
    assert coding(resolver.resolve_phrase("Ilse Brakvoort")) == ("NLD", None)
    assert coding(resolver.for_article(date(2003, 1, 1)).resolve(doc[0:2])) == ("NLD", "GOV")
    assert coding(resolver.for_article(date(2006, 1, 1)).resolve(doc[0:2])) == ("NLD", "ELI")


def test_without_a_date_a_term_decides_only_when_no_date_could_change_it(tmp_path):
    open_term = _person_table(tmp_path, "    - {sector: GOV, start: 2001-01-01}\n")
    assert coding(open_term.resolve_phrase("Ilse Brakvoort")) == ("NLD", "GOV")
    two_offices = _person_table(
        tmp_path, "    - {sector: GOV, start: 2001-01-01}\n    - {sector: MIL, start: 1990-01-01}\n"
    )
    assert coding(two_offices.resolve_phrase("Ilse Brakvoort")) == ("NLD", None)
    party_leader = _person_table(tmp_path, "    - {sector: GOV, start: 2001-01-01}\n", extra="  sector: PTY\n")
    assert coding(party_leader.resolve_phrase("Ilse Brakvoort")) == ("NLD", "PTY")


# -- insurgent groups of South Asia, and unnamed actors placed by the article ----


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("CPI Maoist cadres", ("IND", "REB")),
        ("cadres of the Communist Party of India (Maoist)", ("IND", "REB")),
        ("suspected Maoists", ("IND", "REB")),
        ("Naxalites", ("IND", "REB")),
        ("Tehreek-e-Taliban Pakistan", ("PAK", "REB")),
        ("militants of Tehreek e Taliban Pakistan", ("PAK", "REB")),
        ("the Garo National Liberation Army", ("IND", "REB")),
        ("Jamaat-ul-Mujahideen Bangladesh", ("BGD", "REB")),
    ],
)
def test_insurgent_groups_are_rebels_of_their_country(resolver, phrase, expected):
    assert coding(resolver.resolve_phrase(phrase)) == expected


def test_an_unnamed_home_actor_takes_the_article_country():
    from newsevents.records import Actor
    from newsevents.resolve.actors import place_in_country

    militants, gunmen = Actor("militants", sector="REB"), Actor("gunmen", sector="UAF")
    group = Actor("the Front", sector="REB", name="Some Front")
    for actor in (militants, gunmen, group):
        place_in_country(actor, "IND")
    assert (militants.country, gunmen.country, group.country) == ("IND", None, None)


def test_generic_actors_in_an_article_about_one_country(coder_for_context):
    events = coder_for_context.code_text(
        "Militants attacked a police post in Bandipora district of Jammu and Kashmir on Monday. "
        "Police said the security forces returned fire.",
        "2016-07-20",
    )
    attack = next(event for event in events if event.trigger.text == "attacked")
    assert attack.actor.code == "INDREB"


def test_in_an_article_about_several_countries_only_a_stated_place_places_them(coder_for_context):
    events = coder_for_context.code_text(
        "Police arrested protesters in Paris. Rebels attacked a convoy in Mali. Troops shelled a town in Syria. "
        "Later, militants attacked a bus.",
        "2016-07-20",
    )
    countries = {event.actor.text: event.actor.country for event in events if event.actor is not None}
    assert countries["Rebels"] == "MLI"
    assert countries["militants"] is None


@pytest.fixture(scope="module")
def coder_for_context():
    from newsevents.pipeline import Coder

    return Coder()
