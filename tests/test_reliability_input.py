"""Hostile and careless input (issue 14): each case gives one line naming the
record, and every good record around it is still read and coded."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from newsevents import pipeline
from newsevents.cli import build_parser, main
from newsevents.ingest import read_articles
from newsevents.records import Article, InputProblem

STORY = "Kenyan police arrested twelve opposition supporters in Nairobi on Monday."
OTHER_STORY = "Protesters in Lima blocked a highway on Friday."


def read(*sources: str, **options) -> list:
    return list(read_articles(list(sources), **options))


def articles_of(items) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def messages(items, notes: bool = False) -> list[str]:
    """The problems (rejections), or with ``notes`` the notes."""
    from newsevents.ingest.notes import InputNote

    return [str(item) for item in items if isinstance(item, InputProblem) and isinstance(item, InputNote) == notes]


def jsonl(*lines) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)


# --- JSON lines that broke the run -------------------------------------------------


def test_a_json_line_nested_a_thousand_deep_is_one_problem_and_the_rest_is_read(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl({"id": "a", "text": STORY}, "[" * 1000 + "]" * 1000, {"id": "b", "text": OTHER_STORY}))
    items = read(str(path))
    assert messages(items) == [f"{path}:2: not valid JSON here (nested too deeply)"]
    assert [a.id for a in articles_of(items)] == ["a", "b"]


def test_a_number_too_long_to_convert_is_a_bad_line_not_a_crash(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl('{"text": "x", "id": ' + "9" * 5000 + "}", {"id": "b", "text": OTHER_STORY}))
    items = read(str(path))
    assert [m.split(": ")[1] for m in messages(items)] == [
        "not valid JSON (Exceeds the limit (4300 digits) for integer string conversion"
    ]
    assert [a.id for a in articles_of(items)] == ["b"]


def test_a_huge_wrong_field_is_quoted_short_in_its_problem_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl({"text": STORY, "title": list(range(100_000))}))
    [problem] = messages(read(str(path)))
    assert problem.startswith(f'{path}:1: "title" must be a string, not [0, 1, 2,') and problem.endswith("...")
    assert len(problem) < len(str(path)) + 120


def test_lone_surrogates_in_json_fields_are_replaced_and_said_once(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        jsonl(
            {"id": "a", "text": STORY},
            '{"id": "bad", "title": "T\\udc00", "text": "Police arrested \\ud800 men."}',
            '{"id": "pair", "text": "A smile \\ud83d\\ude00 is one character."}',
            {"id": "b", "text": OTHER_STORY},
        )
    )
    items = read(str(path))
    assert messages(items) == []
    assert messages(items, notes=True) == [
        f'{path}:2: lone surrogate(s) (\\ud800-\\udfff, half a UTF-16 pair) in "text", "title" replaced by U+FFFD'
    ]
    coded = articles_of(items)
    assert [a.id for a in coded] == ["a", "bad", "pair", "b"]
    assert (coded[1].text, coded[1].title) == ("Police arrested \ufffd men.", "T\ufffd")
    assert coded[2].text == "A smile \U0001f600 is one character."
    for article in coded:
        article.text.encode("utf-8")  # every text can be written out


def test_an_article_the_parser_cannot_take_does_not_take_its_batch_with_it(coder):
    # A library caller can hand the coder any string: the guard covers the parser.
    articles = [Article(id=f"good-{i}", text=STORY) for i in range(20)]
    articles.insert(3, Article(id="surrogate", text="Police arrested \ud800 men."))
    results = list(coder.code_many(articles))
    assert [r.article.id for r in results] == [a.id for a in articles]
    failed = [r for r in results if r.problem is not None]
    assert [r.article.id for r in failed] == ["surrogate"]
    assert failed[0].problem.message.startswith("could not be coded (UnicodeEncodeError")
    assert all(r.events for r in results if r.problem is None)


def test_a_batch_that_fails_gives_the_same_events_as_one_that_does_not(coder):
    good = [Article(id=f"g{i}", text=text) for i, text in enumerate([STORY, OTHER_STORY] * 3)]
    spoilt = good[:2] + [Article(id="bad", text="\udfff")] + good[2:]

    def events(results):
        return [[e.to_dict() for e in r.events] for r in results if r.article.id != "bad"]

    assert events(coder.code_many(spoilt)) == events(coder.code_many(good))


# --- folders: link loops and links that lead out ----------------------------------------


def test_a_link_that_leads_back_to_itself_is_one_problem_and_the_folder_is_read(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY)
    (folder / "self").symlink_to("self")  # `ln -s self d/self`
    (folder / "up").symlink_to(".")  # `ln -s . d/up`: a cycle, read once
    items = read(str(folder))
    assert messages(items) == [f"{folder / 'self'}: cannot be read (a link that leads back to itself)"]
    assert [a.id for a in articles_of(items)] == ["a.txt"]


def test_links_leading_outside_the_folder_are_followed_only_when_asked(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(OTHER_STORY)
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_text(STORY)
    (folder / "elsewhere").symlink_to(outside)
    (folder / "leak.txt").symlink_to(outside / "secret.txt")
    (folder / "within").symlink_to("sub")  # inside: followed (and read once)
    items = read(str(folder))
    assert messages(items) == []
    assert messages(items, notes=True) == [
        f"{folder / 'elsewhere'}: a link to outside the folder, not followed (--follow-links follows it)",
        f"{folder / 'leak.txt'}: a link to outside the folder, not followed (--follow-links follows it)",
    ]
    assert [a.id for a in articles_of(items)] == ["sub/a.txt"]
    followed = read(str(folder), follow_links=True)
    assert [a.id for a in articles_of(followed)] == ["elsewhere/secret.txt", "leak.txt", "sub/a.txt"]


def test_code_follow_links_option(tmp_path, capsys, nlp):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "story.txt").write_text(STORY)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "link.txt").symlink_to(outside / "story.txt")
    assert main(["code", str(folder), "--date", "2023-05-10"]) == 1  # nothing else to code
    captured = capsys.readouterr()
    assert captured.out == "" and "--follow-links" in captured.err
    assert main(["code", str(folder), "--date", "2023-05-10", "--follow-links"]) == 0
    assert '"article_id": "link.txt"' in capsys.readouterr().out


# --- encodings ----------------------------------------------------------------------------


def binary_stdin(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_reads_on_stdin_as_in_a_file(tmp_path, encoding):
    text = f"{STORY}\nPérez habló en Bogotá.\n"
    data = (b"" if encoding == "utf-16" else "\ufeff".encode(encoding)) + text.encode(encoding)
    path = tmp_path / "wide.txt"
    path.write_bytes(data)
    [from_file] = read(str(path))
    [from_stdin] = read("-", stdin=binary_stdin(data))
    assert from_stdin.text == from_file.text == text.strip()


def test_utf16_json_lines_read_on_stdin_and_from_a_file(tmp_path):
    data = jsonl({"id": "a", "text": STORY}, {"id": "b", "text": "Erdoğan met Putin."}).encode("utf-16")
    path = tmp_path / "wide.jsonl"
    path.write_bytes(data)
    for items in (read(str(path)), read("-", stdin=binary_stdin(data))):
        assert messages(items) == []
        assert [(a.id, a.text) for a in items] == [("a", STORY), ("b", "Erdoğan met Putin.")]


def test_json_lines_with_a_utf8_byte_order_mark_on_stdin_are_json_lines():
    data = b"\xef\xbb\xbf" + jsonl({"id": "a", "text": STORY}).encode()
    assert [a.id for a in read("-", stdin=binary_stdin(data))] == ["a"]


def test_bad_bytes_in_a_utf8_file_are_replaced_there_and_said_in_one_line(tmp_path):
    good = "Erdoğan met Putin in Sochi.\n" * 3
    data = good.encode() + b"The talks were \xe9 cordial.\n" + good.encode()
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    for origin, items in ((str(path), read(str(path))), ("stdin", read("-", stdin=binary_stdin(data)))):
        [note] = messages(items, notes=True)
        assert (
            note
            == f"{origin}: not valid text throughout: 1 invalid byte sequence(s) replaced by U+FFFD (the first on line 4)"
        )
        [article] = articles_of(items)
        assert "Erdoğan" in article.text and "Ã" not in article.text
        assert "The talks were \ufffd cordial." in article.text


def test_bad_bytes_in_a_json_line_are_said_for_that_line_only(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "Erdoğan met Putin."}, ensure_ascii=False).encode(),
        b'{"id": "b", "text": "S\xc3\xa3o Paulo \xff voted."}',
        json.dumps({"id": "c", "text": "Kyiv"}).encode(),
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read(str(path))
    assert messages(items, notes=True) == [
        f"{path}:2: not valid text throughout: 1 invalid byte sequence(s) replaced by U+FFFD"
    ]
    assert [a.text for a in articles_of(items)] == ["Erdoğan met Putin.", "São Paulo \ufffd voted.", "Kyiv"]


def test_a_latin1_file_is_still_read_as_latin1_without_a_note(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Le président a parlé à Bogotá.".encode("latin-1"))
    items = read(str(path))
    assert messages(items, notes=True) == []
    assert articles_of(items)[0].text == "Le président a parlé à Bogotá."


# --- what `code` says ------------------------------------------------------------------


def test_a_cut_article_is_coded_and_not_counted_as_rejected(tmp_path, capsys, monkeypatch, nlp):
    monkeypatch.setattr(pipeline, "MAX_ARTICLE_CHARS", len(STORY) + 1)
    path = tmp_path / "long.txt"
    path.write_text(STORY + " " + OTHER_STORY)
    assert main(["code", str(path), "--date", "2023-05-10"]) == 0
    captured = capsys.readouterr()
    assert f"{path}: longer than {len(STORY) + 1:,} characters" in captured.err
    assert "rejected" not in captured.err
    assert '"article_id": "long.txt"' in captured.out


def test_the_summary_says_what_was_coded(tmp_path, capsys, nlp):
    assert main(["code", str(tmp_path / "nonexistent.txt")]) == 1
    err = capsys.readouterr().err
    assert err.splitlines()[-1] == "newsevents: 1 input record(s) rejected; nothing was coded"
    good = tmp_path / "good.txt"
    good.write_text(STORY)
    assert main(["code", str(tmp_path / "nonexistent.txt"), str(good), "--date", "2023-05-10"]) == 1
    assert capsys.readouterr().err.splitlines()[-1] == "newsevents: 1 input record(s) rejected; 1 article(s) coded"


def test_an_undated_input_is_told_once_how_to_give_a_date(tmp_path, capsys, nlp):
    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl({"id": "a", "text": STORY}, {"id": "b", "text": OTHER_STORY}))
    assert main(["code", str(path)]) == 0
    hints = [line for line in capsys.readouterr().err.splitlines() if "--date" in line]
    assert hints == [
        f'newsevents: {path}:1 has no publication date, so events dated by it or by words like "on Monday"'
        ' get no date; give it with --date YYYY-MM-DD or a "published" field (said once for all such articles)'
    ]
    assert main(["code", str(path), "--date", "2023-05-10"]) == 0
    assert "--date" not in capsys.readouterr().err


def test_a_date_field_is_the_publication_date(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        jsonl(
            {"text": "a", "date": "2021-09-30"},
            {"text": "b", "date": "2021-09-30", "published": "2021-10-01"},
            {"text": "c", "date": "yesterday"},
        )
    )
    items = read(str(path), default_date=date(2000, 1, 1))
    assert [a.published for a in articles_of(items)] == [date(2021, 9, 30), date(2021, 10, 1)]
    assert messages(items) == [f"{path}:3: \"date\" is not a date (YYYY-MM-DD or ISO date-time): 'yesterday'"]


# --- the progress bar ------------------------------------------------------------------------


def test_records_are_counted_for_the_progress_bar(tmp_path):
    from newsevents.ingest.folders import count_records

    (tmp_path / "feed.jsonl").write_text(jsonl({"text": "a"}, {"text": "b"}, {"text": "c"}))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text("x")
    (tmp_path / "sub" / "y.html").write_text("<p>y</p>")
    (tmp_path / "empty").mkdir()
    assert count_records([str(tmp_path / "feed.jsonl")]) == 3
    assert count_records([str(tmp_path), str(tmp_path / "missing.txt")]) == 6
    assert count_records([str(tmp_path / "empty")]) == 1
    assert count_records([str(tmp_path), "-"]) is None


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_the_progress_bar_shows_total_and_time_left_even_in_a_zero_column_terminal(tmp_path, nlp):
    import fcntl
    import struct
    import subprocess
    import termios

    path = tmp_path / "feed.jsonl"
    path.write_text(jsonl(*({"text": STORY, "published": "2023-05-10"} for _ in range(3))))
    controller, terminal = os.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 0, 0, 0))  # 24 rows, 0 columns
    env = {key: value for key, value in os.environ.items() if key not in ("COLUMNS", "LINES")}
    env["PYTHONPATH"] = str(Path(pipeline.__file__).parents[1])
    done = subprocess.run(
        [sys.executable, "-m", "newsevents", "code", str(path)],
        stderr=terminal,
        stdout=subprocess.DEVNULL,
        env=env,
        timeout=120,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 1 << 16)
        except OSError:  # the terminal's other end is closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    assert done.returncode == 0
    final = shown.decode().replace("\r\n", "\r").split("\r")[-2]
    assert "100%|" in final and "3/3 [" in final and "<00:00" in final  # done, of a total, with the time left
    assert len(final) == 80  # the whole bar, at the common width of a terminal that reports none


# --- messages ---------------------------------------------------------------------------------


def test_every_option_of_every_command_has_help():
    commands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    missing = [
        f"{name} {action.option_strings or action.dest}"
        for name, parser in commands.items()
        for action in parser._actions
        if not action.help
    ]
    assert missing == []


@pytest.fixture
def empty_store(tmp_path) -> Path:
    from newsevents.store import EventStore

    path = tmp_path / "events.sqlite"
    EventStore(path).close()
    return path


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("TURKEY", "--actor 'TURKEY': a country's name, not a code: give TUR"),
        (
            "TURXYZ",
            "--actor 'TURXYZ': not an actor code: it would be country TUR with sector XYZ, and no actor in the"
            " store has sector XYZ (for all of TUR's actors give TUR)",
        ),
        ("Russia", "--actor 'Russia': a country's name, not a code: give RUS"),
        ("japan", "--actor 'japan': a country's name, not a code: give JPN"),
    ],
)
def test_a_country_name_for_actor_gets_a_message_that_names_the_code(empty_store, capsys, given, said):
    assert main(["query", "--db", str(empty_store), "--actor", given]) == 2
    assert capsys.readouterr().err.strip() == f"newsevents query: {said}"
