"""`newsevents eval` and `newsevents classify` on tiny sets written for these tests,
and the real-text scorers' arithmetic on hand-made events."""

from __future__ import annotations

import json
from datetime import date

import pytest

from newsevents.cli import main
from newsevents.evaluation import multisource, real, satp
from newsevents.evaluation import sentences as evaluate
from newsevents.records import Actor, EventRecord, Location, Span


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture()
def data_dir(tmp_path):
    root = tmp_path / "data"
    write_jsonl(
        root / "plover" / "plv_train.jsonl",
        [
            {
                "id": "1",
                "text": "Fiji police arrested two reporters in Suva.",
                "source": "Fiji police",
                "target": "two reporters",
                "event": "COERCE",
            },
            {
                "id": "2",
                "text": "The regime freed the detained monks on Friday.",
                "source": "The regime",
                "target": "the detained monks",
                "event": "YIELD",
            },
            {
                "id": "3",
                "text": "Mali condemned the raid on the village.",
                "source": "Mali",
                "target": "the raid",
                "event": "SANCTION",
            },
        ],
    )
    write_jsonl(
        root / "plover" / "plover_gsr.jsonl",
        [
            {
                "id": "g1",
                "text": "Laos and Vietnam held talks in Hanoi.",
                "event": "CONSULT",
                "actor": [{"text": "Laos"}],
                "recipient": [{"text": "Vietnam"}],
            },
        ],
    )
    (root / "penta").mkdir()
    (root / "penta" / "conflibert_penta_dev.tsv").write_text(
        "text\tpenta\nThe minister said the economy is recovering.\t0\nArtillery shelled the town.\t4\n",
        encoding="utf-8",
    )
    write_jsonl(tmp_path / "no_event.jsonl", [{"text": "The bakery sold out of bread by noon."}])
    return root


def test_scores_count_accuracy_per_type_and_confusion():
    scores = evaluate.score("demo", ["A", "A", "B", "B"], ["A", "B", "B", "B"])
    assert scores.accuracy == 0.75
    precision, recall, _f1, support = scores.per_label()["B"]
    assert (precision, recall, support) == (2 / 3, 1.0, 2)
    assert scores.confusion["A"]["B"] == 1
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0.8) / 2)


def test_penta_maps_statements_and_appeals_to_zero(nlp):
    from newsevents.extract.event_type import EventTypeClassifier, classify_text

    classifier = EventTypeClassifier()
    assert evaluate.penta_class(None) == "0"
    appeal = classify_text(classifier, nlp("The bishops urged the government to resume talks."))
    assert evaluate.penta_class(appeal) == "0"
    shelling = classify_text(classifier, nlp("Artillery units shelled the rebel-held town."))
    assert evaluate.penta_class(shelling) == "4"


def test_eval_prints_tables_for_every_set(data_dir, tmp_path, capsys):
    status = main(["eval", "--data", str(data_dir), "--no-event-file", str(tmp_path / "no_event.jsonl")])
    out = capsys.readouterr().out
    assert status == 0
    assert "== plv (with source/target spans): 3 sentences" in out
    assert "accuracy: 0.667" in out  # the third gold label is deliberately wrong
    assert "== gsr" in out and "== penta" in out
    assert "false-event rate: 0.000" in out
    assert "confusion (rows gold, columns predicted)" in out


def test_eval_without_data_folder_is_one_clear_error(tmp_path, capsys):
    status = main(["eval", "--data", str(tmp_path / "missing"), "--set", "plv"])
    err = capsys.readouterr().err
    assert status == 2
    assert err.strip().count("\n") == 0 and "data folder not found" in err


def test_classify_writes_a_line_per_input_and_reports_a_bad_line(tmp_path, capsys):
    path = tmp_path / "sentences.jsonl"
    path.write_text(
        json.dumps({"id": "a", "text": "The junta released the jailed students.", "source": "The junta"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "The bakery sold out of bread by noon."})
        + "\n"
        + json.dumps({"id": "d"})
        + "\n",
        encoding="utf-8",
    )
    status = main(["classify", str(path), "--labels", "plv15"])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    assert [line["id"] for line in lines] == ["a", "c"]
    assert lines[0]["event"] == "YIELD" and lines[0]["scores"]["YIELD"] > 0.5
    assert lines[1]["event"] is None and lines[1]["scores"] == {}
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert f"{path}:2" in errors[0] and f"{path}:4" in errors[1] and "text" in errors[1]


def test_shared_plv_set_loads_with_spans(shared_data):
    examples = evaluate.load_plv(shared_data)
    assert len(examples) > 100
    assert all(example.gold for example in examples)
    assert sum(example.source is not None for example in examples) > len(examples) / 2


# -- the real-text scorers, on events made by hand ------------------------------------


def event(
    kind="ASSAULT",
    cameo="190",
    actor=None,
    recipient=None,
    modality="asserted",
    mode=None,
    date=None,
    location=None,
    precision=None,
):
    return EventRecord(
        article_id="a",
        sentence_index=0,
        sentence="",
        event=kind,
        cameo=cameo,
        goldstein=0.0,
        quad_class=4,
        trigger=Span(0, 1, "x"),
        actor=actor,
        recipient=recipient,
        mode=mode,
        modality=modality,
        date=date,
        location=location,
        date_precision=precision,
    )


def test_case_hit_needs_an_asserted_event_of_a_gold_type_and_disasters_count_false_events():
    rows = [
        {"subtype": "ARMED_CLASH", "gold_types": ["ASSAULT"]},
        {"subtype": "ARMED_CLASH", "gold_types": ["ASSAULT"]},
        {"subtype": "ARREST", "gold_types": ["COERCE"]},
        {"subtype": "NATURAL_DISASTER", "gold_types": []},
        {"subtype": "NATURAL_DISASTER", "gold_types": []},
        {"subtype": "OTHER", "gold_types": "any"},
    ]
    coded = [
        [event("ASSAULT")],
        [event("ASSAULT", modality="future"), event("CONSULT", "040")],  # not asserted: no hit
        [event("COERCE", "173")],
        [event("AID", "070")],
        [],
        [event("CONSULT", "040")],
    ]
    scores = real.score_case(rows, coded)
    assert scores.scored()["ARMED_CLASH"].hits == 1
    assert scores.macro_hit_rate == pytest.approx((0.5 + 1.0) / 2)  # a mean over subtypes, not snippets
    assert scores.false_event_rate == 0.5
    assert set(scores.unscored()) == {"OTHER"}
    text = real.format_case(scores)
    assert "macro hit rate: 0.750 over 2 scored subtypes" in text and "OTHER 1/1 with an event" in text


def test_police_labels_follow_the_mapping_and_the_actor_rule():
    sectors = frozenset({"COP", "MIL", "SPY", "GOV"})
    police = Actor("police", country="IND", sector="COP")
    mob = Actor("the mob", country="IND", sector="CVL")
    assert real.police_labels([event("ASSAULT", actor=police)], sectors) == {"KILL", "FORCE"}
    assert real.police_labels([event("COERCE", "173", mode="arrest")], sectors) == {"ARREST"}  # no actor: counted
    assert real.police_labels([event("COERCE", "171")], sectors) == {"FORCE"}
    assert real.police_labels([event("ASSAULT", actor=mob)], sectors) == set()
    assert real.police_labels([event("COERCE", "173", modality="negated")], sectors) == set()


def test_police_precision_weights_false_positives_by_neg_weight():
    rows = [
        {"labels": ["ARREST"], "neg_weight": 1.0},
        {"labels": ["ARREST"], "neg_weight": 1.0},
        {"labels": [], "neg_weight": 4.0},
    ]
    arrest = [event("COERCE", "173")]
    scores = real.score_police(rows, [arrest, [], arrest])
    weighted, raw = scores.weighted["ARREST"], scores.unweighted["ARREST"]
    assert weighted.precision == pytest.approx(1 / 5) and raw.precision == pytest.approx(1 / 2)
    assert weighted.recall == raw.recall == 0.5
    assert scores.macro_f1 == pytest.approx(weighted.f1 / 3)  # KILL and FORCE have no support: F1 0


def test_satp_place_names_generic_actors_and_attackers():
    assert satp.place_matches(["Kandhamal District"], ["Kandhamal"])
    assert not satp.place_matches(["Kandla"], ["Kandhamal"])
    assert satp.generic_term("the Security Forces", ("militants", "security forces")) == "security forces"
    assert satp.generic_term("Forces", ("security forces",)) is None
    knowledge = satp.load_evaluation_knowledge()
    assert satp.source_sector("Jharkhand Police", knowledge) == "COP"
    assert satp.source_sector("Jan Morcha cadres", knowledge) == "REB"
    rebels = Actor("the Jan Morcha cadres", country="IND", sector="REB")
    assert satp.actor_right(rebels, ["Jan Morcha"], "IND", knowledge) == (True, True)
    assert satp.actor_right(Actor("the Jan Morcha", sector="REB"), ["Jan Morcha"], "IND", knowledge) == (True, False)
    assert satp.actor_right(Actor("the villagers"), ["Jan Morcha"], "IND", knowledge) == (False, False)


def test_satp_scores_paragraphs_with_an_event():
    here = Location("Kandhamal District", country="IND", source="sentence")
    rows = [
        {
            "gold_country": "IND",
            "gold_locations": ["Kandhamal"],
            "gold_dates": ["04-02"],
            "gold_sources": ["militants"],
        },
        {"gold_country": "IND", "gold_locations": ["Tura"], "gold_dates": ["05-09"], "gold_sources": []},
        {"gold_country": "PAK", "gold_locations": ["Kohat"], "gold_dates": ["01-01"], "gold_sources": []},
    ]
    coded = [
        [
            event(
                "ASSAULT",
                actor=Actor("militants", country="IND", sector="REB"),
                date="2014-04-02",
                location=here,
                precision="day",
            )
        ],
        [event("CONSULT", "040", actor=Actor("police", sector="COP"), date="2014-12-31", precision="published")],
        [],
    ]
    scores = satp.score_satp(rows, coded)
    assert (scores.assault_or_coerce.right, scores.assault_or_coerce.of) == (1, 3)
    assert (scores.country.right, scores.country.of) == (1, 2)  # the third paragraph has no event
    assert (scores.country_when_placed.right, scores.country_when_placed.of) == (1, 1)
    assert scores.place.right == 1 and scores.day.right == 1
    assert (scores.actor_right.right, scores.actor_right.of) == (1, 1)
    assert (scores.generic["militants"].right, scores.generic["police"].right, scores.generic["police"].of) == (1, 0, 1)
    assert scores.location_sources == {"sentence": 1, "none": 1}
    assert scores.date_sources == {"day": 1, "published": 1}


def stored(event_id, actor, recipient, kind, day, place, articles, num_sources=None, cameo="040"):
    return {
        "event_id": event_id,
        "actor_country": actor,
        "recipient_country": recipient,
        "event": kind,
        "cameo": cameo,
        "date": day,
        "location_country": place,
        "articles": set(articles),
        "num_articles": len(articles),
        "num_sources": len(articles) if num_sources is None else num_sources,
    }


def test_multisource_folds_directions_and_copies_and_counts_fragments():
    expected = multisource.ExpectedEvent(
        "summit", "AAA", "BBB", "CONSULT", "04", "CCC", date(2030, 5, 2), symmetric=True
    )
    clusters = {"s1": "summit", "s2": "summit", "s3": "summit", "s4": "summit", "d1": "distractor"}
    originals = {"s2": "s1"}
    events = [
        stored(1, "AAA", "BBB", "CONSULT", "2030-05-02", "CCC", ["s1", "s2"], num_sources=2),
        stored(2, "BBB", "AAA", "CONSULT", "2030-05-02", "CCC", ["s3"]),
        stored(3, "AAA", "BBB", "CONSULT", "2030-05-03", "CCC", ["s4", "d1"]),
        stored(4, "AAA", "BBB", "CONSULT", "2030-05-02", "DDD", ["s4"]),  # another place: no candidate
    ]
    strict = multisource.score_cluster(events, expected, 0, clusters, originals)
    assert len(strict.candidates) == 2 and strict.one_event  # one per direction, folded
    assert (strict.support, strict.cluster_size) == (3, 4)
    assert (strict.num_sources, strict.expected_sources) == (3, 2)  # the copy s2 counted as a source
    assert strict.impure == []
    lenient = multisource.score_cluster(events, expected, 1, clusters, originals)
    assert len(lenient.candidates) == 3 and not lenient.one_event
    directed = multisource.ExpectedEvent(
        "summit", "AAA", "BBB", "CONSULT", "04", "CCC", date(2030, 5, 2), symmetric=False
    )
    assert len(multisource.score_cluster(events, directed, 0, clusters, originals).candidates) == 1


def test_multisource_matches_the_type_by_cameo_root_and_reports_distractor_merges():
    rows = [
        {"id": "s1", "cluster": "ain-al-asad-2020-01-08", "copy_of": None, "text": "one two three"},
        {"id": "d1", "cluster": "distractor", "copy_of": None, "text": "four five six"},
    ]
    events = [stored(1, "IRN", "USA", "COERCE", "2020-01-08", "IRQ", ["s1", "d1"], cameo="195")]
    scores = multisource.score_store(rows, events, {"events": 1, "mentions": 2}, True, 0)
    strike = scores.clusters["ain-al-asad-2020-01-08"]["strict"]
    assert len(strike.candidates) == 1 and strike.impure == ["d1"]
    assert scores.distractor_merges == ["d1 on ain-al-asad-2020-01-08"]
    assert "distractor merges: 1 (d1 on ain-al-asad-2020-01-08)" in multisource.format_multisource(scores)


def test_real_sets_are_skipped_in_all_and_refused_alone_when_their_folder_is_absent(data_dir, tmp_path, capsys):
    status = main(["eval", "--data", str(data_dir), "--no-event-file", str(tmp_path / "no_event.jsonl")])
    out = capsys.readouterr().out
    assert status == 0
    for name in ("case2021", "india-police", "satp", "multisource"):
        assert sum(line.startswith(f"== {name}: skipped") for line in out.splitlines()) == 1
    status = main(["eval", "--data", str(data_dir), "--set", "satp"])
    err = capsys.readouterr().err
    assert status == 2 and err.strip().count("\n") == 0 and "satp" in err and "not found" in err


def test_eval_codes_a_real_set_through_the_coder(tmp_path, capsys):
    write_jsonl(
        tmp_path / "real" / "case2021_dev.jsonl",
        [
            {
                "id": "c1",
                "text": "Soldiers shelled the rebel positions near the border on Monday.",
                "subtype": "ARMED_CLASH",
                "gold_types": ["ASSAULT"],
            },
            {
                "id": "c2",
                "text": "Heavy rain flooded the valley and three houses collapsed.",
                "subtype": "NATURAL_DISASTER",
                "gold_types": [],
            },
        ],
    )
    status = main(["eval", "--data", str(tmp_path), "--set", "case2021"])
    out = capsys.readouterr().out
    assert status == 0
    assert "== case2021: 2 snippets" in out and "over 1 scored subtypes" in out
    assert "of 1 given an asserted event" in out


def test_shared_real_sets_have_the_fields_the_scorers_read(shared_data):
    from newsevents.evaluation.common import read_jsonl

    case = list(read_jsonl(shared_data / "real" / "case2021_dev.jsonl"))
    assert all({"id", "text", "subtype", "gold_types"} <= row.keys() for row in case)
    police = list(read_jsonl(shared_data / "real" / "india_police_dev.jsonl"))
    assert all({"text", "published", "labels", "neg_weight"} <= row.keys() for row in police)
    paragraphs = list(read_jsonl(shared_data / "real" / "satp_dev.jsonl"))
    assert all({"gold_country", "gold_locations", "gold_dates", "gold_sources"} <= row.keys() for row in paragraphs)
    articles = list(read_jsonl(shared_data / "multisource" / "articles.jsonl"))
    clusters = {row["cluster"] for row in articles}
    assert {expected.cluster for expected in multisource.EXPECTED_EVENTS} <= clusters
