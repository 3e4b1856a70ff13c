"""Whether a named person can be what "he" or "she" stands for: the sex the text
shows for each (a title, a kin or role noun beside the name, a given name used for
one sex only; ``knowledge/data/actors/genders.yaml``).  Unknown agrees with both."""

from __future__ import annotations

from newsevents.knowledge.actors import tokenize
from newsevents.knowledge.genders import load_gender_cues


def pronoun_sex(text: str) -> str | None:
    """ "male" for he/him/his, "female" for she/her, None for any other word."""
    return load_gender_cues().pronouns.get(text.lower())


def named_sex(words: list[str]) -> str | None:
    """The sex a name's words show: a title in it ("Mrs May") or its first given name
    ("Theresa May"); None when they show none."""
    cues = load_gender_cues()
    lowered = [word.lower().rstrip(".") for word in words]
    for word in lowered[:-1]:
        if word in cues.titles:
            return cues.titles[word]
    return cues.given_names.get(lowered[0]) if len(lowered) > 1 else None


def entity_sex(entity) -> str | None:
    """The sex the text shows for a named entity: a title just before it ("Mr Aksoy"),
    in it, or a noun in apposition ("Aksoy, a British man"), else its given name."""
    cues = load_gender_cues()
    doc = entity.doc
    if entity.start > 0 and doc[entity.start - 1].lower_.rstrip(".") in cues.titles:
        return cues.titles[doc[entity.start - 1].lower_.rstrip(".")]
    for partner in entity.root.children:
        if partner.dep_ == "appos" and partner.lemma_.lower() in cues.titles:
            return cues.titles[partner.lemma_.lower()]
    return named_sex([token.text for token in entity])


def agrees(pronoun: str, *names: str | None) -> bool:
    """Whether a he/she may stand for a person known by these names (its text, its
    table name): False only when one of them shows the other sex."""
    wanted = pronoun_sex(pronoun)
    if wanted is None:
        return True
    return all(named_sex(tokenize(name)) in (None, wanted) for name in names if name)


def shows_sex(sex: str | None, entity, *names: str | None) -> bool:
    """Whether the text beside an entity (None: no entity), or one of a person's names
    (its text, its table name), shows this person to be of ``sex``."""
    if sex is None:
        return False
    if entity is not None and entity_sex(entity) == sex:
        return True
    return any(named_sex(tokenize(name)) == sex for name in names if name)
