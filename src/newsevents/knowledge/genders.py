"""The cues of a person's sex that a pronoun must agree with (``data/actors/genders.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsevents.knowledge.files import read_data_yaml

SEXES = ("male", "female")


@dataclass(frozen=True)
class GenderCues:
    pronouns: dict[str, str]  # "she" -> "female"
    titles: dict[str, str]  # "mrs", "woman" -> "female"
    given_names: dict[str, str]  # "theresa" -> "female"


@lru_cache(maxsize=1)
def load_gender_cues() -> GenderCues:
    raw = read_data_yaml("actors", "genders.yaml")

    def by_word(section: str) -> dict[str, str]:
        return {str(word).lower(): sex for sex in SEXES for word in raw[section][sex]}

    return GenderCues(by_word("pronouns"), by_word("titles"), by_word("given_names"))
