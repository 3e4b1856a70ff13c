"""Opening the package's own data files: the one place that does.

Every lexicon, code book, word list and table ships in ``knowledge/data/``.
Code elsewhere asks this module (or the typed loaders of ``knowledge``) for
their contents and never builds a path to them itself.

YAML 1.1, which PyYAML follows, reads the words ``on``, ``off``, ``yes`` and
``no`` as booleans: in a list of prepositions or negation words that silently
turns "on" into ``True``.  Word lists are read with YAML 1.2's rule instead, where
only ``true`` and ``false`` are booleans.  A key given twice in one mapping is an
error: YAML would silently keep the second list and drop the first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from typing import IO, Any

import yaml


class _WordListLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]  # the C parser when PyYAML has it
    pass


_WordListLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_WordListLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _mapping_without_repeats(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    counts = Counter(loader.construct_object(key, deep=deep) for key, _ in node.value)
    repeated = sorted(str(key) for key, count in counts.items() if count > 1)
    if repeated:
        raise ValueError(f"line {node.start_mark.line + 1}: keys given twice: {', '.join(repeated)}")
    return loader.construct_mapping(node, deep=deep)


_WordListLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_repeats)


def load_yaml(text: str) -> Any:
    """Parse YAML where only true/false are booleans."""
    return yaml.load(text, Loader=_WordListLoader)  # noqa: S506 - a safe loader subclass


def data_path(*parts: str) -> Traversable:
    """The shipped data file ``knowledge/data/<parts>``."""
    return resources.files("newsevents.knowledge").joinpath("data", *parts)


def read_data_text(*parts: str) -> str:
    return data_path(*parts).read_text(encoding="utf-8")


def read_data_yaml(*parts: str) -> Any:
    """Load a YAML data file shipped in ``knowledge/data/``."""
    return load_yaml(read_data_text(*parts))


@contextmanager
def open_data_text(*parts: str) -> Iterator[IO[str]]:
    """A shipped text file (CSV, SQL) opened for reading, closed on exit."""
    with resources.as_file(data_path(*parts)) as path, path.open(encoding="utf-8", newline="") as handle:
        yield handle
