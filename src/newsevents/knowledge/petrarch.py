"""PETRARCH/TABARI actor dictionaries, read into the project's actor entries.

``.actors`` files name actors: ``NAME [CODE]`` or ``NAME`` followed by ``+SYNONYM``
lines and ``[CODE date-restriction]`` lines (``< 950601``, ``> 20130119``,
``20080120 - 20121109``).  ``.agents`` files hold role words: ``WORD {PLURALS}
[~SEC]`` (no braces: regular plural; ``{}``: none) with ``!MACRO! = A, B``
substitutions.  A code is a country (or IGO, NGO, ...) followed by 3-letter
sector codes; only sectors this project knows are kept.  Underscores are
spaces.  Unlike PETRARCH, words match whole, not as stems.  These files are
often Latin-1: bytes that are not UTF-8 are replaced, not refused.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from newsevents.knowledge.actors import (
    ActorTableError,
    Entry,
    Role,
    RoleWord,
    TableEntry,
    known_sectors,
    make_entry,
    word_forms,
)

COMMENT_BLOCK = re.compile(r"<!--.*?-->", re.S)
CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
RESTRICTION = re.compile(r"^\s*([A-Za-z0-9\-+/]*)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$")
MACRO = re.compile(r"^(!\w+!)\s*=\s*(.+)$")


def _phrase(word: str) -> str:
    """'UNITED_NATIONS' -> 'United Nations'; words of up to 3 letters stay acronyms ('IMF')."""
    words = word.strip().strip("_").replace("_", " ").split()
    return " ".join(w if len(w) <= 3 or not w.isupper() else w.capitalize() for w in words)


def _split_code(code: str, sectors: frozenset[str]) -> tuple[str | None, str | None]:
    """'PSEREBHMS' -> ('PSE', 'REB'); '---' and '+++' name nobody; of 'A/B' alternatives the first."""
    code = code.split("/")[0].strip().upper()
    if not code or set(code) <= set("-+"):
        return None, None
    country = code[:3] if code[:3].isalpha() else None
    sector = next((code[i : i + 3] for i in range(3, len(code), 3) if code[i : i + 3] in sectors), None)
    return country, sector


def _petrarch_date(text: str, where: str) -> date:
    try:
        if len(text) == 6:  # YYMMDD, the TABARI form
            year = int(text[:2])
            return date(1900 + year if year >= 30 else 2000 + year, int(text[2:4]), int(text[4:]))
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise ActorTableError(f"{where}: {text!r} is not a date") from None


def _strip_comments(text: str) -> list[str]:
    text = COMMENT_BLOCK.sub(lambda block: "\n" * block.group(0).count("\n"), text)
    return [line.split("#", 1)[0].rstrip() for line in text.splitlines()]


def read_actors(path: Path) -> list[TableEntry]:
    sectors = known_sectors()
    # [entry without aliases, aliases], the entry replaced as its code blocks are read
    drafts: list[tuple[list[Entry], list[str]]] = []
    for number, line in enumerate(_strip_comments(path.read_text(encoding="utf-8", errors="replace")), start=1):
        where = f"{path}:{number}"
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("+"):
            if not drafts:
                raise ActorTableError(f"{where}: synonym {stripped!r} before any actor")
            drafts[-1][1].append(_phrase(stripped[1:]))
            continue
        codes = CODE_BLOCK.findall(stripped)
        name = CODE_BLOCK.sub("", stripped).strip()
        if name and not line[:1].isspace():
            drafts.append(([Entry(name=_phrase(name), kind="group")], []))
        elif not drafts:
            raise ActorTableError(f"{where}: code block before any actor")
        for code in codes:
            drafts[-1][0][0] = _with_code(drafts[-1][0][0], code, sectors, where)
    return [
        (make_entry(entry.name, entry.kind, aliases, entry.country, entry.sector, entry.roles), tuple(aliases))
        for (entry,), aliases in drafts
        if entry.country or entry.sector or entry.roles
    ]


def _with_code(entry: Entry, block: str, sectors: frozenset[str], where: str) -> Entry:
    match = RESTRICTION.match(block)
    if match is None:
        raise ActorTableError(f"{where}: cannot read code block [{block}]")
    code, direction, single, start, end = match.groups()
    country, sector = _split_code(code, sectors)
    if direction is None and start is None:
        return replace(entry, country=country, sector=sector)
    if direction == "<":
        role = Role(country, sector, end=_petrarch_date(single, where))
    elif direction == ">":
        role = Role(country, sector, start=_petrarch_date(single, where))
    else:
        role = Role(country, sector, start=_petrarch_date(start, where), end=_petrarch_date(end, where))
    return replace(entry, roles=(*entry.roles, role))


def read_agents(path: Path) -> tuple[list[TableEntry], list[RoleWord]]:
    """Role words (``[~GOV]``) and the odd prefix-coded agent (``[NGO~]``, an entry)."""
    sectors = known_sectors()
    macros: dict[str, list[str]] = {}
    words: list[RoleWord] = []
    entries: list[TableEntry] = []
    for number, line in enumerate(_strip_comments(path.read_text(encoding="utf-8", errors="replace")), start=1):
        where = f"{path}:{number}"
        stripped = line.strip()
        if not stripped:
            continue
        macro = MACRO.match(stripped)
        if macro:
            macros[macro.group(1)] = [_phrase(word) for word in macro.group(2).split(",") if word.strip()]
            continue
        codes = CODE_BLOCK.findall(stripped)
        if not codes:
            raise ActorTableError(f"{where}: agent without a [code]")
        head = CODE_BLOCK.sub("", stripped)
        plurals_block = re.search(r"\{([^}]*)\}", head)
        word = re.sub(r"\{[^}]*\}", "", head).strip()
        # no braces: the regular plural; "{}": no plural (POLICE); "{GEESE}": these plurals
        if plurals_block is None:
            forms = [word, word_forms(_phrase(word).lower())[1].replace(" ", "_")]
        else:
            forms = [word] + [p for p in plurals_block.group(1).split() if p.strip()]
        code = codes[0].strip().upper()
        for form in forms:
            for expanded in _expand_macros(form, macros):
                phrase = _phrase(expanded).lower()
                if code.startswith("~"):
                    words.append((phrase, _split_code("---" + code[1:], sectors)[1], False))
                elif code.endswith("~"):
                    entries.append((make_entry(phrase, "group", country=code[:-1][:3] or None), ()))
    return entries, words


def _expand_macros(word: str, macros: dict[str, list[str]]) -> list[str]:
    found = re.search(r"!\w+!", word)
    if found is None or found.group(0) not in macros:
        return [word]
    expanded = []
    for replacement in macros[found.group(0)]:
        expanded += _expand_macros(word.replace(found.group(0), replacement.replace(" ", "_"), 1), macros)
    return expanded
