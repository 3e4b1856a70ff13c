"""Reading the package's own data files (lexicons, tables, word lists).

YAML 1.1, which PyYAML follows, reads the words ``on``, ``off``, ``yes`` and
``no`` as booleans: in a list of prepositions or negation words that silently
turns "on" into ``True``.  Word lists are read with YAML 1.2's rule instead, where
only ``true`` and ``false`` are booleans.
"""
from __future__ import annotations

import re
from importlib import resources
from typing import Any

import yaml


class _WordListLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # the C parser when PyYAML has it
    pass


_WordListLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordListLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(text: str) -> Any:
    """Parse YAML where only true/false are booleans."""
    return yaml.load(text, Loader=_WordListLoader)  # noqa: S506 - a safe loader subclass


def read_package_yaml(package: str, *parts: str) -> Any:
    """Load a YAML data file shipped inside a package of newsevents."""
    return load_yaml(resources.files(package).joinpath(*parts).read_text(encoding="utf-8"))
