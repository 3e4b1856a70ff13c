"""`newsevents eval` and `newsevents classify` on tiny sets written for these tests."""
from __future__ import annotations

import json

import pytest

from newsevents import evaluate
from newsevents.cli import main


def write_jsonl(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture()
def data_dir(tmp_path):
    root = tmp_path / "data"
    write_jsonl(root / "plover" / "plv_train.jsonl", [
        {"id": "1", "text": "Fiji police arrested two reporters in Suva.", "source": "Fiji police",
         "target": "two reporters", "event": "COERCE"},
        {"id": "2", "text": "The regime freed the detained monks on Friday.", "source": "The regime",
         "target": "the detained monks", "event": "YIELD"},
        {"id": "3", "text": "Mali condemned the raid on the village.", "source": "Mali",
         "target": "the raid", "event": "SANCTION"},
    ])
    write_jsonl(root / "plover" / "plover_gsr.jsonl", [
        {"id": "g1", "text": "Laos and Vietnam held talks in Hanoi.", "event": "CONSULT",
         "actor": [{"text": "Laos"}], "recipient": [{"text": "Vietnam"}]},
    ])
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
    precision, recall, f1, support = scores.per_label()["B"]
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
        json.dumps({"id": "a", "text": "The junta released the jailed students.", "source": "The junta"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "c", "text": "The bakery sold out of bread by noon."}) + "\n"
        + json.dumps({"id": "d"}) + "\n",
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
