"""`newsevents code` and `newsevents demo` as a user runs them."""

from __future__ import annotations

import io
import json
import subprocess
import sys

from newsevents.cli import main

ARTICLE = "Kenyan police arrested twelve opposition supporters in Nairobi on Monday.\n"


def test_code_writes_one_json_record_per_event(tmp_path, capsys, nlp):
    source = tmp_path / "story.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    assert main(["code", str(source), "--date", "2023-05-10"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert records and records[0]["article_id"] == "story.txt"
    assert records[0]["published"] == "2023-05-10"
    assert records[0]["actor"]["code"] == "KENCOP"


def test_bad_records_are_reported_and_the_good_ones_still_coded(tmp_path, capsys, nlp):
    stories = tmp_path / "stories.jsonl"
    stories.write_text(
        json.dumps({"id": "good-1", "text": ARTICLE})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "no-text", "title": "x"})
        + "\n"
        + json.dumps({"id": "good-2", "text": "Protesters in Lima blocked a highway on Friday."})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "events.jsonl"
    assert main(["code", str(tmp_path), "--out", str(out)]) == 1
    errors = capsys.readouterr().err.splitlines()
    assert any("stories.jsonl:2" in line for line in errors)
    assert any("stories.jsonl:3" in line for line in errors)
    assert any("blob.txt" in line for line in errors)
    assert not any("Traceback" in line for line in errors)
    coded = {json.loads(line)["article_id"] for line in out.read_text().splitlines()}
    assert coded == {"good-1", "good-2"}


def test_unrealised_events_are_kept_when_asked_for(tmp_path, capsys, nlp):
    source = tmp_path / "story.txt"
    source.write_text("Kenya did not send troops to Somalia.\n", encoding="utf-8")
    assert main(["code", str(source)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["code", str(source), "--keep-unrealised"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["modality"] for r in records] == ["negated"]


def test_code_reads_standard_input(monkeypatch, capsys, nlp):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    assert main(["code", "-", "--date", "2023-05-10"]) == 0
    assert '"article_id": "stdin"' in capsys.readouterr().out


def test_a_missing_input_is_an_error_not_a_crash(tmp_path, capsys, nlp):
    assert main(["code", str(tmp_path / "nowhere.txt")]) == 1
    err = capsys.readouterr().err
    assert "nowhere.txt" in err and "Traceback" not in err


def test_demo_codes_the_bundled_samples(capsys, nlp):
    assert main(["demo", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len({r["article_id"] for r in records}) >= 3
    assert {r["modality"] for r in records} >= {"asserted", "future"}


def test_the_installed_command_runs():
    done = subprocess.run(["newsevents", "--help"], capture_output=True, text=True)
    assert done.returncode == 0 and "code" in done.stdout


def test_a_users_actor_table_is_used_and_its_mistakes_reported(tmp_path, monkeypatch, capsys, nlp):
    table = tmp_path / "mine.yaml"
    table.write_text(
        "- name: Rudolf Rassendyll\n  kind: person\n  country: RUR\n  roles:\n    - {sector: GOV, start: 2020-01-01}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys, "stdin", io.StringIO("Rudolf Rassendyll arrested the Kenyan ambassador.\n"))
    assert main(["code", "-", "--date", "2023-01-01", "--actors", str(table)]) == 0
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["actor"]["code"] == "RURGOV"

    table.write_text("- name: Rudolf Rassendyll\n  kind: alien\n", encoding="utf-8")
    assert main(["code", "-", "--actors", str(table)]) == 2
    err = capsys.readouterr().err
    assert "mine.yaml" in err and "Traceback" not in err
