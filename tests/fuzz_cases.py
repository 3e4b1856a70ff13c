"""Random hostile input for the readers and the coder, and what must hold for it.

Shared by tests/test_fuzz.py (a bounded, seeded run in the suite) and
benchmarks/fuzz_long.py (a long run).  What must hold: nothing raises; every
item read is an article or a one-line problem naming its record; every article
can be written out (its text, id and fields are valid Unicode, no lone
surrogates); and every good record placed among bad ones is still read, and
coded exactly as it is when coded alone.
"""

from __future__ import annotations

import io
import json
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import strategies as st

from newsevents.ingest import read_articles
from newsevents.records import Article, InputProblem

GOOD_STORIES = (
    "Kenyan police arrested twelve opposition supporters in Nairobi on Monday.",
    "ANKARA, Turkey (AP) — Turkey will seek compensation from the United States, its foreign minister said.",
    "Protesters in Lima blocked a highway on Friday.",
)
FIELDS = ("text", "id", "title", "url", "source", "published", "date")
# Readers are fuzzed with a small size bound so that oversized lines and files come up.
MAX_BYTES = 4_000

# Text with what breaks encoders and parsers: lone surrogates, NUL and other
# controls, byte-order marks, joiners, right-to-left marks, line separators.
_ODD_CHARACTERS = st.sampled_from(
    ["\ud800", "\udfff", "\x00", "\x1b", "\ufeff", "\u200d", "\u202e", "\u2028", "\r", "\ufffd"]
)
hostile_text = st.text(alphabet=st.one_of(st.characters(), _ODD_CHARACTERS), max_size=300)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=5), inner, max_size=5)
    ),
    max_leaves=12,
)


def _escaped(value) -> bytes:
    # json.dumps writes lone surrogates as \ud800 escapes, as a careless producer would
    return json.dumps(value, ensure_ascii=True).encode()


def _encoded(text: str, encoding: str) -> bytes:
    """``text`` as a producer that ignores encoding errors would write it."""
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


bad_lines = st.one_of(
    st.binary(max_size=300),  # random bytes (NUL, invalid UTF-8, stray BOMs, newlines)
    json_values.map(_escaped),  # any JSON: not an object, wrong field kinds
    st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=7).map(_escaped),
    # nesting beyond the parser's recursion limit, within the size bound
    st.builds(lambda depth: b"[" * depth, st.integers(1, 50) | st.integers(800, MAX_BYTES - 1)),
    st.builds(lambda depth: b'{"":' * depth, st.integers(1, 50) | st.integers(800, MAX_BYTES // 4 - 1)),
    # a record that would be good but for what its strings hold
    st.fixed_dictionaries(
        {"text": hostile_text},
        optional={
            "id": hostile_text | st.integers(),
            "title": hostile_text,
            "source": hostile_text,
            "published": hostile_text,
            "date": st.dates().map(str),
        },
    ).map(_escaped),
    st.builds(
        lambda text, encoding: _encoded(json.dumps({"text": text}, ensure_ascii=False), encoding),
        hostile_text,
        st.sampled_from(["utf-8", "utf-16", "latin-1"]),
    ),
    st.integers(MAX_BYTES - 10, MAX_BYTES * 2).map(lambda size: b'{"text": "' + b"x" * size + b'"}'),
)


html_pages = st.lists(
    st.sampled_from(
        [
            "<html>",
            "<head>",
            "<title>",
            "</title>",
            "<meta charset='koi8-r'>",
            "<meta charset='nope'>",
            "<body>",
            "<article>",
            "</article>",
            "<p>",
            "</p>",
            "<script>",
            "</script>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&#xD800;",
            "&#0;",
            "&amp;",
            "&nosuch;",
            "<h1>",
            "</h1>",
            "<time datetime='2021-13-45'>",
            "<br/>",
            "\x00",
            "Police arrested twelve men in Nairobi.",
            "<" * 50,
            "<div " + "a='b' " * 20 + ">",
        ]
    )
    | hostile_text,
    max_size=40,
).map("".join)

file_contents = st.one_of(
    st.binary(max_size=MAX_BYTES + 100),
    st.builds(_encoded, hostile_text, st.sampled_from(["utf-8", "utf-16", "latin-1"])),
    st.builds(_encoded, html_pages, st.sampled_from(["utf-8", "latin-1"])),
    st.lists(bad_lines, max_size=5).map(b"\n".join),
)
file_names = st.builds(
    lambda stem, suffix: stem + suffix,
    st.text(alphabet="abcdefghij", min_size=1, max_size=6),
    st.sampled_from([".txt", ".html", ".htm", ".jsonl", ".ndjson", ".md", ""]),
)


def good_record(index: int) -> dict:
    return {"id": f"good-{index}", "text": GOOD_STORIES[index % len(GOOD_STORIES)], "published": "2021-09-30"}


def check_item(item) -> None:
    """An item from the readers is an article that can be written out, or a one-line problem."""
    assert isinstance(item, Article | InputProblem), item
    if isinstance(item, InputProblem):
        assert item.origin and item.message and "\n" not in str(item) and "\r" not in str(item), item
        return
    assert item.text.strip() and item.id
    for value in (item.text, item.id, item.title, item.url, item.source):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate survives reading


def check_json_lines(bad: list[bytes], through_stdin: bool, utf16: bool = False) -> None:
    """Good records (the first line, and one after every bad line) all come
    through, from a file or stdin, in UTF-8 or UTF-16 (bad lines then become
    whatever characters their bytes are in Latin-1)."""
    lines = [json.dumps(good_record(0)).encode()]
    for index, line in enumerate(bad, start=1):
        lines += [line, json.dumps(good_record(index)).encode()]
    data = b"\n".join(lines) + b"\n"
    if utf16:
        data = data.decode("latin-1").encode("utf-16")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_bytes(data)
        source = "-" if through_stdin else str(path)
        stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        items = list(read_articles([source], stdin=stdin, max_bytes=MAX_BYTES))
    for item in items:
        check_item(item)
    good = [(item.id, item.text) for item in items if isinstance(item, Article) and item.id.startswith("good-")]
    assert good == [(f"good-{i}", good_record(i)["text"]) for i in range(len(bad) + 1)]


# Where links in a fuzzed folder lead: itself, round in a circle, up and out, nowhere.
LINK_TARGETS = (".", "self-loop", "..", "../..", "/", "nowhere", "sub", "sub/..")


def check_folder(files: dict[str, bytes], links: dict[str, str] | None = None) -> None:
    """A folder of random files and links: every item is sound, and a good file after them is read."""
    with tempfile.TemporaryDirectory() as parent:
        root = Path(parent) / "corpus"
        (root / "sub").mkdir(parents=True)
        (root / "sub" / "self-loop").symlink_to("self-loop")
        for name, content in files.items():
            (root / name).write_bytes(content)
        for name, target in (links or {}).items():
            if not (root / name).exists() and not (root / name).is_symlink():
                (root / name).symlink_to(target)
        folder = str(root)
        (root / "zzzz-good.txt").write_text(GOOD_STORIES[0], encoding="utf-8")
        items = list(read_articles([folder, str(root / "zzzz-good.txt")], max_bytes=MAX_BYTES))
    for item in items:
        check_item(item)
    assert [item.id for item in items if isinstance(item, Article)][-2:] == ["zzzz-good.txt"] * 2


def check_stdin(data: bytes) -> None:
    items = list(read_articles(["-"], stdin=io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"), max_bytes=MAX_BYTES))
    for item in items:
        check_item(item)


hostile_articles = st.builds(
    lambda text, prefix, published, index: Article(id=f"odd-{index}", text=prefix + text, published=published),
    hostile_text,
    st.sampled_from(["", "ANKARA (AP) — ", "WASHINGTON, Jan. 5 (Reuters) - ", "LONDON — ", "\n\n"]),
    st.none() | st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.integers(0, 10**6),
)


def check_coder(coder, odd: list[Article], alone: dict[int, list[dict]]) -> None:
    """Good articles among hostile ones: one result each, in order, nothing
    raised, problems in one line, and the good ones coded as when alone
    (``alone``: see :func:`events_alone`)."""
    good = [good_article(i) for i in range(len(odd) + 1)]
    articles = [good[0]]
    for index, article in enumerate(odd, start=1):
        articles += [article, good[index]]
    results = list(coder.code_many(articles))
    assert [result.article for result in results] == articles
    for result in results:
        for event in result.events:
            json.dumps(event.to_dict(), ensure_ascii=False).encode("utf-8")  # can be written out
        if result.problem is not None:
            assert "\n" not in str(result.problem), result.problem
        if result.article.id.startswith("good-"):
            assert result.problem is None
            story = GOOD_STORIES.index(result.article.text)
            assert [_without_id(event.to_dict()) for event in result.events] == alone[story]


def good_article(index: int) -> Article:
    return Article(id=f"good-{index}", text=GOOD_STORIES[index % len(GOOD_STORIES)], published=date(2021, 9, 30))


def events_alone(coder) -> dict[int, list[dict]]:
    """The events of each good story coded on its own, by its index in GOOD_STORIES."""
    return {
        index: [_without_id(event.to_dict()) for event in coder.code_one(good_article(index))]
        for index in range(len(GOOD_STORIES))
    }


def _without_id(event: dict) -> dict:
    return {key: value for key, value in event.items() if key != "article_id"}
