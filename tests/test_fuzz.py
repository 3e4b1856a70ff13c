"""Bounded, seeded fuzzing of the readers and the coder (what must hold: see
tests/fuzz_cases.py).  A longer run: benchmarks/fuzz_long.py."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fuzz_cases as cases

# derandomize: the same examples on every run, so that a failure is reproducible
READER_RUN = settings(
    max_examples=100,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@READER_RUN
@given(st.lists(cases.bad_lines, min_size=1, max_size=6), st.booleans(), st.booleans())
def test_json_lines_with_bad_lines_lose_no_good_record(bad, through_stdin, utf16):
    cases.check_json_lines(bad, through_stdin, utf16)


@READER_RUN
@given(
    st.dictionaries(cases.file_names, cases.file_contents, max_size=4),
    st.dictionaries(cases.file_names, st.sampled_from(cases.LINK_TARGETS), max_size=3),
)
def test_a_folder_of_random_files_and_links_is_read_to_the_end(files, links):
    cases.check_folder(files, links)


@READER_RUN
@given(st.binary(max_size=cases.MAX_BYTES + 100))
def test_random_bytes_on_standard_input(data):
    cases.check_stdin(data)


@pytest.fixture(scope="module")
def alone(coder):
    return cases.events_alone(coder)


@settings(
    max_examples=50,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(odd=st.lists(cases.hostile_articles, min_size=1, max_size=4))
def test_the_coder_codes_good_articles_among_hostile_ones(coder, alone, odd):
    cases.check_coder(coder, odd, alone)
