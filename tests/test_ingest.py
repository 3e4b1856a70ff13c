"""Reading articles: text, HTML, JSON Lines, folders, stdin; problems; datelines; samples."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from newsevents.ingest import read_articles, sample_paths
from newsevents.ingest.dateline import find_dateline
from newsevents.records import Article, InputProblem

DEFAULT_DATE = date(2022, 3, 1)

PAGE = """<!DOCTYPE html><html><head>
<title>Ceasefire talks resume in Cairo | Example News</title>
<meta property="og:title" content="Ceasefire talks resume in Cairo">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example/2022/05/02/cairo-talks">
<meta property="article:published_time" content="2022-05-02T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Ceasefire talks resume in Cairo</h1>
<p>CAIRO (AP) — Egyptian mediators brought the two delegations back to the table on Monday, a week after the talks broke down over the exchange of prisoners.</p>
<p>The delegations will meet again on Wednesday, an Egyptian official said, and a draft agreement could be ready by the end of the month.</p>
</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body></html>"""


def read(*sources: str, **options) -> list[Article | InputProblem]:
    return list(read_articles(list(sources), **options))


def problems_of(items) -> list[str]:
    return [str(item) for item in items if isinstance(item, InputProblem)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- text files -------------------------------------------------------------


def test_text_file_is_one_article_named_after_the_file(tmp_path):
    path = write(tmp_path / "ankara.txt", "  Turkey and Russia signed a deal.\r\nBoth sides welcomed it.\n")
    [article] = read(str(path), default_date=DEFAULT_DATE)
    assert article == Article(
        id="ankara.txt",
        text="Turkey and Russia signed a deal.\nBoth sides welcomed it.",
        published=DEFAULT_DATE,
        origin=str(path),
    )


def test_text_that_is_not_utf8_is_read_as_latin1(tmp_path):
    path = write(tmp_path / "old.txt", "Le président a parlé à Bogotá.".encode("latin-1"))
    [article] = read(str(path))
    assert article.text == "Le président a parlé à Bogotá."


def test_utf16_with_byte_order_mark_is_text_not_binary(tmp_path):
    path = write(tmp_path / "wide.txt", "Kenya hosted the summit.".encode("utf-16"))
    [article] = read(str(path))
    assert article.text == "Kenya hosted the summit."


# --- folders ----------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_by_extension(tmp_path):
    write(tmp_path / "b.txt", "Second file.")
    write(tmp_path / "a.txt", "First file.")
    write(tmp_path / "sub" / "feed.ndjson", jsonl({"text": "From a feed."}, {"id": "x9", "text": "With an id."}))
    write(tmp_path / "sub" / "page.htm", PAGE)
    write(tmp_path / "sub" / "deeper" / "c.md", "A markdown note is read as text.")
    write(tmp_path / ".git" / "config.txt", "hidden folder")
    write(tmp_path / ".notes.txt", "hidden file")
    items = read(str(tmp_path))
    assert problems_of(items) == []
    assert [a.id for a in items] == ["a.txt", "b.txt", "sub/deeper/c.md", "sub/feed.ndjson:1", "x9", "sub/page.htm"]
    assert items[-1].title == "Ceasefire talks resume in Cairo"
    assert items[3].origin == str(tmp_path / "sub" / "feed.ndjson") + ":1"


def test_empty_folder_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    assert problems_of(read(str(tmp_path / "empty"))) == [f"{tmp_path / 'empty'}: folder holds no files to read"]


def test_broken_link_in_a_folder_is_reported_and_the_rest_read(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    write(tmp_path / "kept.txt", "Still read.")
    items = read(str(tmp_path))
    assert problems_of(items) == [f"{tmp_path / 'gone.txt'}: not a regular file (a broken link, a pipe or a device)"]
    assert [a.id for a in items if isinstance(a, Article)] == ["kept.txt"]


def test_folder_linked_into_itself_is_read_once(tmp_path):
    write(tmp_path / "a.txt", "Only once.")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [a.id for a in read(str(tmp_path))] == ["a.txt"]


# --- JSON Lines ---------------------------------------------------------------


def test_json_lines_fields_ids_and_dates(tmp_path):
    path = write(
        tmp_path / "feed.jsonl",
        jsonl(
            {
                "id": "a1",
                "text": "Chile and Peru agreed.",
                "title": "Deal",
                "url": "https://x.example/a1",
                "source": "Example Wire",
                "published": "2021-11-05",
            },
            {"id": 42, "text": "Numbers are ids too.", "published": "2021-11-06T23:10:00+05:00"},
            "",
            {"text": "No id, no date."},
            {"text": "Null date.", "published": None, "title": "  "},
        ),
    )
    items = read(str(path), default_date=DEFAULT_DATE)
    assert problems_of(items) == []
    first, second, third, fourth = items
    assert first == Article(
        id="a1",
        text="Chile and Peru agreed.",
        title="Deal",
        url="https://x.example/a1",
        source="Example Wire",
        published=date(2021, 11, 5),
        origin=f"{path}:1",
    )
    assert (second.id, second.published) == ("42", date(2021, 11, 6))
    assert (third.id, third.published, third.origin) == ("feed.jsonl:4", DEFAULT_DATE, f"{path}:4")
    assert (fourth.published, fourth.title) == (DEFAULT_DATE, None)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "unfinished" "id": 1}', "not valid JSON (Expecting ',' delimiter)"),
        ('["text", "in a list"]', "not a JSON object (a JSON list)"),
        ('{"title": "no text"}', 'no "text" (a string is required)'),
        ('{"text": 17}', 'a number as "text" (a string is required)'),
        ('{"text": "   "}', 'empty "text"'),
        (
            '{"text": "ok", "published": "last Tuesday"}',
            "\"published\" is not a date (YYYY-MM-DD or ISO date-time): 'last Tuesday'",
        ),
        ('{"text": "ok", "published": 20210930}', '"published" is not a date (YYYY-MM-DD or ISO date-time): 20210930'),
        ('{"text": "ok", "title": ["a", "b"]}', "\"title\" must be a string, not ['a', 'b']"),
        ('{"text": "ok", "id": ""}', "\"id\" must be a non-empty string or a whole number, not ''"),
    ],
)
def test_bad_json_line_is_reported_with_its_line_and_reading_goes_on(tmp_path, line, message):
    path = write(tmp_path / "x.jsonl", jsonl({"text": "Before."}, line, {"text": "After."}))
    items = read(str(path))
    assert problems_of(items) == [f"{path}:2: {message}"]
    assert [a.text for a in items if isinstance(a, Article)] == ["Before.", "After."]


def test_oversized_json_line_is_refused_but_not_the_file(tmp_path):
    path = write(tmp_path / "big.jsonl", jsonl({"text": "small"}, {"text": "x" * 500}, {"text": "after"}))
    items = read(str(path), max_bytes=100)
    assert problems_of(items) == [f"{path}:2: line too large (more than 100 bytes)"]
    assert [(a.text, a.origin) for a in items if isinstance(a, Article)] == [
        ("small", f"{path}:1"),
        ("after", f"{path}:3"),
    ]


def test_binary_file_named_jsonl_is_one_problem(tmp_path):
    path = write(tmp_path / "archive.jsonl", b"PK\x03\x04\x00\x00\n\x00\x01\n\x00\x02\n")
    assert problems_of(read(str(path))) == [f"{path}:1: binary file (not text)"]


def test_json_lines_are_read_lazily(tmp_path):
    path = write(tmp_path / "feed.jsonl", jsonl({"text": "one"}, {"text": "two"}))
    articles = read_articles([str(path)])
    assert next(articles).text == "one"
    # A record appended after the first was read still comes out: the file is streamed.
    with path.open("a", encoding="utf-8") as handle:
        handle.write(jsonl({"text": "three"}))
    assert [a.text for a in articles] == ["two", "three"]


# --- problems with whole files -----------------------------------------------


def test_file_problems_are_reported_and_the_next_file_is_read(tmp_path):
    binary = write(tmp_path / "a.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = write(tmp_path / "b.txt", "")
    blank = write(tmp_path / "c.txt", " \n\t\n")
    large = write(tmp_path / "d.txt", "word " * 100)
    good = write(tmp_path / "e.txt", "Still read.")
    missing = tmp_path / "missing.txt"
    items = read(*(str(p) for p in (binary, empty, blank, large, missing, good)), max_bytes=200)
    assert problems_of(items) == [
        f"{binary}: binary file (not text)",
        f"{empty}: empty (no text)",
        f"{blank}: empty (no text)",
        f"{large}: too large (more than 200 bytes)",
        f"{missing}: no such file or folder",
    ]
    assert items[-1].text == "Still read."


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_unreadable_file_is_reported():
    # /proc/self/mem is a regular file whose reading at offset 0 fails.
    [problem] = read("/proc/self/mem")
    assert isinstance(problem, InputProblem)
    assert problem.message.startswith("cannot read (")


# --- standard input -----------------------------------------------------------


def test_stdin_text_is_one_article():
    [article] = read("-", stdin=io.StringIO("\n\nLONDON — Britain recalled its envoy.\n"), default_date=DEFAULT_DATE)
    assert (article.id, article.origin, article.text, article.published) == (
        "stdin",
        "stdin",
        "LONDON — Britain recalled its envoy.",
        DEFAULT_DATE,
    )


def test_stdin_json_lines_when_the_first_line_is_an_object():
    stream = io.StringIO("\n" + jsonl({"text": "One."}, "{broken", {"id": "k", "text": "Three."}))
    items = read("-", stdin=stream)
    assert [getattr(i, "id", None) for i in items] == ["stdin:2", None, "k"]
    assert str(items[1]).startswith("stdin:3: not valid JSON (")


def test_stdin_bytes_get_the_latin1_fallback():
    stream = io.TextIOWrapper(io.BytesIO("Pérez habló en Caracas.".encode("latin-1")), encoding="utf-8")
    [article] = read("-", stdin=stream)
    assert article.text == "Pérez habló en Caracas."


def test_stdin_problems():
    assert problems_of(read("-", stdin=io.StringIO(""))) == ["stdin: empty (no text)"]
    assert problems_of(read("-", stdin=io.StringIO("a\x00b"))) == ["stdin: binary file (not text)"]
    assert problems_of(read("-", stdin=io.StringIO("line\n" * 50), max_bytes=100)) == [
        "stdin: too large (more than 100 bytes)"
    ]


# --- HTML -----------------------------------------------------------------------


def test_html_page_gives_text_title_url_site_and_date(tmp_path):
    path = write(tmp_path / "cairo.html", PAGE)
    [article] = read(str(path), default_date=DEFAULT_DATE)
    assert article.id == "cairo.html"
    assert article.title == "Ceasefire talks resume in Cairo"
    assert article.url == "https://news.example/2022/05/02/cairo-talks"
    assert article.source == "Example News"
    assert article.published == date(2022, 5, 2)
    # The story, without the headline or the page's navigation and footer.
    assert article.text.startswith("CAIRO (AP) — Egyptian mediators")
    assert "could be ready by the end of the month" in article.text
    assert "Sport" not in article.text and "Copyright" not in article.text


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        ('<meta charset="windows-1251">', "cp1251"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', "koi8_r"),
        ("", "utf-8"),
        ("", "latin-1"),
    ],
)
def test_html_is_decoded_as_the_page_declares_or_as_latin1(tmp_path, head, encoding):
    words = "Путин и Эрдоган встретились в Сочи." if encoding in ("cp1251", "koi8_r") else "Pérez habló en Bogotá."
    body = f"<p>{words} " + "The talks lasted for three hours and covered trade and security. " * 3 + "</p>"
    page = f"<html><head>{head}<title>Talks</title></head><body><article>{body}</article></body></html>"
    path = write(tmp_path / "page.html", page.encode(encoding))
    [article] = read(str(path))
    assert article.text.startswith(words)


def test_html_without_a_date_takes_the_default(tmp_path):
    page = re.sub(r'<meta property="article:published_time"[^>]*>', "", PAGE).replace("/2022/05/02", "")
    path = write(tmp_path / "page.html", page)
    [article] = read(str(path), default_date=DEFAULT_DATE)
    assert article.published == DEFAULT_DATE


def test_html_without_article_text_is_reported(tmp_path):
    path = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    assert problems_of(read(str(path))) == [f"{path}: no article text found in the HTML"]


# --- datelines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline", "place", "story"),
    [
        ("ANKARA, Turkey (AP) — Turkey will seek", "ANKARA, Turkey (AP) —", "ANKARA, Turkey", "Turkey will seek"),
        ("Turkey, Ankara (AP) Turkey will seek", "Turkey, Ankara (AP)", "Turkey, Ankara", "Turkey will seek"),
        ("WASHINGTON (Reuters) - The Senate voted", "WASHINGTON (Reuters) -", "WASHINGTON", "The Senate voted"),
        ("LONDON — Britain's envoy", "LONDON —", "LONDON", "Britain's envoy"),
        ("SAN FRANCISCO - Tech firms said", "SAN FRANCISCO -", "SAN FRANCISCO", "Tech firms said"),
        ("BEIRUT, Lebanon (AFP) -- Israeli jets", "BEIRUT, Lebanon (AFP) --", "BEIRUT, Lebanon", "Israeli jets"),
        ("MOSCOW, Sept. 29 (Reuters) - Russia said", "MOSCOW, Sept. 29 (Reuters) -", "MOSCOW", "Russia said"),
        ("PARIS, Jan 5, 2022 (AFP) - France", "PARIS, Jan 5, 2022 (AFP) -", "PARIS", "France"),
        ("RIO DE JANEIRO (AP) — Police", "RIO DE JANEIRO (AP) —", "RIO DE JANEIRO", "Police"),
        ("\nGAZA CITY, Gaza Strip (AP) — Crowds", "GAZA CITY, Gaza Strip (AP) —", "GAZA CITY, Gaza Strip", "Crowds"),
        ("KYIV, Ukraine—“We will", "KYIV, Ukraine—", "KYIV, Ukraine", "“We will"),
        ("NAIROBI, Kenya (AP) _ Kenya's", "NAIROBI, Kenya (AP) _", "NAIROBI, Kenya", "Kenya's"),
        ("KYIV/MOSCOW, Feb 24 (Reuters) - Russia", "KYIV/MOSCOW, Feb 24 (Reuters) -", "KYIV", "Russia"),
        ("NEW YORK (Associated Press) — The", "NEW YORK (Associated Press) —", "NEW YORK", "The"),
        ("SÃO PAULO (Reuters) - Brazil", "SÃO PAULO (Reuters) -", "SÃO PAULO", "Brazil"),
        ("KABUL (Pajhwok): The council", "KABUL (Pajhwok):", "KABUL", "The council"),
        ("Reuters CAIRO (Reuters) - Egypt", "Reuters CAIRO (Reuters) -", "CAIRO", "Egypt"),
        ("Harare, Zimbabwe - Zimbabwe's", "Harare, Zimbabwe -", "Harare, Zimbabwe", "Zimbabwe's"),
        ("Washington — The Senate", "Washington —", "Washington", "The Senate"),
    ],
)
def test_wire_datelines_are_found(text, dateline, place, story):
    found = find_dateline(text)
    assert found is not None
    assert (found.text, found.place, text[found.end :]) == (dateline, place, story)


@pytest.mark.parametrize(
    "text",
    [
        "Turkey will seek compensation for its withdrawal from the fighter jet programme.",
        "In Washington, officials said the talks would go on.",
        "U.S. President Joe Biden said on Monday that the sanctions would stay.",
        "NATO (the alliance) said it would respond.",
        "NATO — the alliance — said it would respond.",
        "Erdogan, Turkey's president (right), met Putin.",
        "Erdogan - Turkey's president since 2014 - met Putin.",
        "The Libyan National Army (LNA) agreed to lift the blockade.",
        "BREAKING — Parliament has been dissolved.",
        "ANALYSIS - Why the talks failed",
        "LONDON —",
        "",
    ],
)
def test_ordinary_openings_are_not_datelines(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place", "story"),
    [
        ("Army retakes the town\n\nTUNIS (AFP) - The army said", "TUNIS", "Army retakes the town\n\nThe army said"),
        ("Talks end in Vienna\nVIENNA, Austria (Reuters) — Iran", "VIENNA, Austria", "Talks end in Vienna\nIran"),
    ],
)
def test_a_dateline_after_a_headline_is_found_and_the_headline_kept(text, place, story):
    found = find_dateline(text)
    assert found is not None and found.place == place
    assert text[: found.start] + text[found.end :] == story


def test_a_first_sentence_is_no_headline_before_a_dateline():
    assert find_dateline("The army retook the town.\n\nTUNIS (AFP) - The army said") is None


def test_seed_article_dateline(shared_data):
    text = (shared_data / "seed" / "article.txt").read_text("utf-8")
    found = find_dateline(text)
    assert found is not None and found.place == "Turkey, Ankara"
    assert text[found.end :].startswith("Turkey will seek")


def test_no_datelines_found_in_paragraphs_of_a_corpus_without_them(shared_data):
    # The Guardian sets no wire datelines: every one found here would be a false positive.
    found = []
    with (shared_data / "corpus" / "guardian_249.jsonl").open(encoding="utf-8") as corpus:
        for line in corpus:
            text = json.loads(line)["text"]
            for paragraph in [text, *text.split("\n")]:
                if find_dateline(paragraph):
                    found.append(paragraph[:80])
    assert found == []


# --- bundled samples ---------------------------------------------------------------


def test_samples_are_bundled_and_read_cleanly():
    paths = sample_paths()
    assert {p.name for p in paths} == {"sample_articles.jsonl", "sample_page.html"}
    items = read(*(str(p) for p in paths))
    assert problems_of(items) == []
    assert len(items) == 6
    assert len({a.id for a in items}) == 6
    assert all(a.published and a.title and find_dateline(a.text) for a in items)


def test_sample_articles_are_short_wire_stories(nlp):
    [path] = [p for p in sample_paths() if p.suffix == ".jsonl"]
    for article in read(str(path)):
        sentences = list(nlp(article.text[find_dateline(article.text).end :]).sents)
        assert 4 <= len(sentences) <= 10, article.id
        assert date(2021, 1, 1) <= article.published <= date(2024, 12, 31)


def test_samples_show_the_constructions_the_coder_must_handle():
    text = " ".join(a.text for a in read(*(str(p) for p in sample_paths())))
    for construction in [
        r"\bmet\b",  # a meeting
        r"was expelled by",  # passive with its agent
        r"was expelled (?!by)",  # passive without one
        r"did not|has not",  # negation
        r"\bwill (?!not)",  # a plan
        r"could .* if",  # a hypothetical
        r"attacked|struck",  # an attack
        r"protest",  # a protest
        r"sanctions",
        r"aid\b",
        r"accused",
        r", [^.]* said\.",  # a statement attributed to someone
    ]:
        assert re.search(construction, text), construction
