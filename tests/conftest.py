"""Shared fixtures.  Tests that read ../shared/data skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def nlp():
    from newsevents.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def classifier():
    from newsevents.extract.event_type import EventTypeClassifier

    return EventTypeClassifier()


@pytest.fixture(scope="session")
def resolver():
    from newsevents.resolve.actors import ActorResolver

    return ActorResolver()


@pytest.fixture(scope="session")
def coder(nlp):
    from newsevents.pipeline import Coder

    return Coder()


@pytest.fixture(scope="session")
def unrealised_coder(coder):
    """The coder keeping negated and hypothetical events too, to test how they are marked."""
    import copy
    from dataclasses import replace

    keeping = copy.copy(coder)
    keeping.config = replace(coder.config, keep_unrealised=True)
    return keeping


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
