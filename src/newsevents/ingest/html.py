"""The article in an HTML page: main text, title, address and date, by trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PageArticle:
    text: str
    title: str | None
    url: str | None
    source: str | None
    published: date | None


def extract_page(html: str) -> PageArticle | None:
    """The article the page carries, or None when trafilatura finds no main text."""
    import trafilatura  # here, not at the top: it takes 0.2 s to load and only HTML input needs it

    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Only the date the page states for itself: no guessing from the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if document is None or isinstance(document, dict) or not (document.text or "").strip():
        return None  # bare_extraction gives a dict only when asked to (as_dict), which we never do
    title = (document.title or "").strip() or None
    text = _without_headline((document.text or "").strip(), title)
    if not text:
        return None
    return PageArticle(
        text=text,
        title=title,
        url=document.url or None,
        source=document.sitename or None,
        published=_iso_date(document.date),
    )


def _without_headline(text: str, title: str | None) -> str:
    """The text without a first line that repeats the title: the page's <h1>
    is not the story, and the wire dateline must open the text to be found."""
    first_line, _, rest = text.partition("\n")
    if title and first_line.strip().casefold() == title.casefold():
        return rest.strip()
    return text


def _iso_date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None
