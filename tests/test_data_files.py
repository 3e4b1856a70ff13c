"""The knowledge files are read so that a list given twice is an error, not a silent
loss of the first (knowledge/files.py)."""

from __future__ import annotations

import pytest

from newsevents.knowledge.files import data_path, load_yaml


def test_a_key_given_twice_is_refused_naming_it():
    with pytest.raises(ValueError, match="keys given twice: negation_words"):
        load_yaml("negation_words: [no]\nother: [a]\nnegation_words: [never]\n")


def test_a_key_given_twice_in_a_nested_table_is_refused():
    with pytest.raises(ValueError, match="keys given twice: raid"):
        load_yaml("nouns:\n  raid: {class: force}\n  raid: {class: kill}\n")


def test_every_shipped_yaml_file_has_each_key_once():
    def yaml_files(folder):
        for entry in folder.iterdir():
            if entry.is_dir():
                yield from yaml_files(entry)
            elif entry.name.endswith(".yaml"):
                yield entry

    files = list(yaml_files(data_path()))
    assert files
    for file in files:
        load_yaml(file.read_text(encoding="utf-8"))
