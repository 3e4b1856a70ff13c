"""The grammar of pronoun reference: where a pronoun's referent may stand in the
text before it, and which phrases there could be it (used by resolve/actors.py;
docs/actors.md, "Inside an article")."""

from __future__ import annotations

from newsevents.extract.phrases import noun_phrase
from newsevents.ingest.letters import last_signature_end
from newsevents.knowledge.words import load_word_lists

PRONOUN_WINDOW_SENTENCES = 2  # how many sentences back a pronoun looks for its referent
OBLIGATION_MODALS = frozenset({"must", "should"})


def window_before(span, sentences: int = PRONOUN_WINDOW_SENTENCES):
    """The text a pronoun looks back over: its sentence up to it and the two (``sentences``) before."""
    doc = span.doc
    window_start = span.start
    for _ in range(sentences + 1):
        window_start = sentence_start(doc, window_start - 1) if window_start > 0 else 0
    # not past a letter's signature: what is before it is another writer's letter
    return doc[max(window_start, last_signature_end(doc, span.start)) : span.start]


def sentence_start(doc, position: int) -> int:
    """The first token of the sentence holding ``position`` (cheaper than ``token.sent``)."""
    while position > 0 and not doc[position].is_sent_start:
        position -= 1
    return max(position, 0)


def relative_clause_owner(pronoun):
    """For a pronoun inside a relative clause on a noun ("Putin, who has said he will
    ...", "the minister who said she ..."): that noun, the one "who" stands for; None
    elsewhere, and for the clause's own object ("Erdogan, who urged him": not Erdogan)."""
    verb = pronoun.head
    if verb.dep_ == "relcl" and pronoun.dep_ != "poss":
        return None
    for _ in range(4):
        if verb.dep_ == "relcl":
            relative = any(
                child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in ("who", "whom") for child in verb.children
            )
            return verb.head if relative and verb.head.i < pronoun.i else None
        if verb.head is verb:
            return None
        verb = verb.head
    return None


def fronted_clause_subject(pronoun):
    """For a subject or possessive pronoun in a phrase or clause put before its
    sentence's main clause ("In his talks with May, Erdogan said ...", "Although he
    denied it, Tillerson acknowledged ..."): the named subject of the main clause that
    follows, whom the pronoun looks ahead to; None elsewhere."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "poss"):
        return None
    root = pronoun.sent.root
    branch = pronoun
    while branch.head.i != root.i and branch.head.i != branch.i:
        branch = branch.head
    if branch.i == root.i or branch.dep_ not in ("prep", "advcl") or branch.i > root.i:
        return None
    subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i < branch.right_edge.i:
        return None
    return subject


def governing_subject(pronoun):
    """For a subject pronoun in a clause under another verb ("Farah was told that she
    ...", "Ali said he ..."): the named subject of the nearest verb above that has one."""
    verb = pronoun.head
    for _ in range(3):
        if verb.head is verb or verb.dep_ not in ("ccomp", "advcl", "conj", "xcomp"):
            return None
        verb = verb.head
        subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.pos_ != "PRON":
            return subject  # a pronoun subject ("that she will ..., because she ...") passes on up
    return None


def told_addressee(pronoun):
    """For a subject pronoun of what one party tells another it must do ("Trump told
    the EU it must ...", "Moscow warned Kyiv it should ..."): the one told, not the
    teller; None elsewhere ("told Ankara it would retaliate" is the teller's own word)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp":
        return None
    if not any(child.dep_ == "aux" and child.lower_ in OBLIGATION_MODALS for child in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("dobj", "dative") and c.tag_ in ("NN", "NNP")), None)


def is_dummy_it(span) -> bool:
    """Whether "it" is a dummy subject: "it is clear that", "it was reported that",
    "it emerged that" (a clause follows a copula, a passive or a raising verb)."""
    try:
        token = span[0]
    except (TypeError, IndexError):
        return False
    if getattr(token, "lower_", "") != "it":
        return False
    if token.dep_ == "expl":
        return True
    if token.dep_ == "dobj" and any(child.dep_ == "prt" and child.lower_ == "out" for child in token.head.children):
        return True  # "fighting it out", "slug it out": no thing fought
    head = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or head.i < token.i:
        return False
    clause_follows = any(child.dep_ in ("ccomp", "xcomp", "csubj") and child.i > head.i for child in head.children)
    if not clause_follows:
        return False
    passive = token.dep_ == "nsubjpass" or any(child.dep_ == "auxpass" for child in head.children)
    # "It’s fine to ...": the contraction with a curly apostrophe is not lemmatised "be"
    be = head.lemma_ == "be" or head.lower_.replace("’", "'") in ("'s", "'re")
    copula = be and any(child.dep_ in ("acomp", "attr") for child in head.children)
    return passive or copula or head.lemma_ in load_word_lists().expletive_it_verbs


def subjects_above(pronoun) -> set[int]:
    """For an object "it": the subjects (and their conjuncts) of the verbs above it,
    which it cannot name ("Chile and Peru blamed Bolivia, accusing it": it is not
    Peru, that would be "themselves")."""
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss"):
        return set()
    found: set[int] = set()
    verb = pronoun.head
    for _ in range(3):
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                found.add(child.i)
                found.update(conjunct.i for conjunct in child.conjuncts)
        if verb.head is verb:
            break
        verb = verb.head
    return found


def clause_subjects(pronoun) -> set[int]:
    """For an object pronoun: the subject of its own clause (and its conjuncts), which it
    cannot name ("Trump criticised him": not Trump, that would be "himself"); for a
    clause with no subject of its own, the one who does its deed: the object of the verb
    above for "asked Trump to call him", else that verb's subject ("Chile and Peru blamed
    Bolivia, accusing them": not Peru).  A reporting verb's subject above a clause with
    its own subject stays a referent ("the Kurds said Turkish troops had shelled them":
    the Kurds); "it", more often a thing than a party, keeps ``subjects_above``."""
    if pronoun.dep_ in ("nsubj", "nsubjpass", "poss") or pronoun.lower_.endswith(("self", "selves")):
        return set()  # "Lock shot himself": a reflexive is its clause's subject
    verb = pronoun.head
    for _ in range(2):  # "spoke to him", "talks with him": the verb the preposition hangs on
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    for _ in range(3):
        subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return {token.i for subject in subjects for token in (subject, *subject.conjuncts)}
        if verb.head is verb or verb.dep_ not in ("xcomp", "advcl", "conj", "acl"):
            return set()
        controller = next((child for child in verb.head.children if child.dep_ == "dobj"), None)
        if verb.dep_ == "xcomp" and controller is not None:
            return {controller.i, *(conjunct.i for conjunct in controller.conjuncts)}
        verb = verb.head
    return set()


def own_subject_words(span) -> set[str]:
    """The words of the subjects an object pronoun cannot name (``clause_subjects``)."""
    try:
        pronoun = span[0]
    except (TypeError, IndexError):
        return set()
    if not hasattr(pronoun, "dep_") or pronoun.doc is None:
        return set()
    doc = pronoun.doc
    return {doc[i].lower_ for i in clause_subjects(pronoun) if doc[i].pos_ in ("PROPN", "NOUN")}


def can_be_it(phrase) -> bool:
    """Whether a phrase could be what "it" refers back to: a singular subject, object,
    possessor or object of a non-place preposition ("disputes with the US over its
    support"); not a pronoun, a predicate noun, a name modifying another noun
    ("Syrian Kurds", "a Nato member") or a place an action is in ("in Syria")."""
    root = phrase.root
    if root.tag_ in ("NNS", "NNPS") or root.pos_ == "PRON" or _in_coordinated_subject(root):
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ in load_word_lists().party_prepositions
    if root.dep_ == "appos":  # "one of the hosts, Chile, said it ...": the party the subject is
        return root.head.dep_ in ("nsubj", "nsubjpass", "dobj") or root.head.lower_ == "one"
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "conj") or (root.dep_ == "poss" and root.head.dep_ != "attr")


def _in_coordinated_subject(root) -> bool:
    """Whether a noun is one of several subjects of one verb ("Russia, Iran and Turkey
    hold the reins"): together they are "they", and "it" is none of them; but "the YPG
    and its political arm" is one party with a part of it."""
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ not in ("nsubj", "nsubjpass") or not head.conjuncts:
        return False
    return not any(
        child.dep_ == "poss" and child.lower_ == "its" for member in head.conjuncts for child in member.children
    )


def relative_clause_heads(pronoun) -> set[int]:
    """For a pronoun that is a subject or object of a relative clause's own verb ("the
    PKK, with whom it has fought", "the YPG, which it backs", "Erdogan, who urged him"):
    the noun the clause hangs on, which the pronoun cannot stand for (that would be
    "itself", "himself"); with its "of" complement, where the parse may hang the clause
    instead ("a branch of al-Shabaab, with whom it ...")."""
    verb = pronoun.head
    if pronoun.dep_ == "poss" or verb.dep_ != "relcl":
        return set()
    if not any(token.tag_ in ("WDT", "WP") for token in pronoun.doc[verb.left_edge.i : pronoun.i]):
        return set()  # "the Kurds, where they fought": "where" is a place, the pronoun may be the noun
    phrase = noun_phrase(verb.head)
    return set(range(phrase.start, phrase.end))


def previous_main_subject(pronoun):
    """For a subject pronoun that no subject noun precedes in its sentence ("It has
    vowed ..."): the subject of the main verb of the sentence before, or the name in
    apposition to it ("one of the hosts, Chile,"); None when there is none.  The
    subject a text has just been about is what its next subject pronoun continues."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or start == 0 or last_signature_end(doc, start) == start:
        return None
    if any(token.dep_ in ("nsubj", "nsubjpass") and token.pos_ != "PRON" for token in doc[start : pronoun.i]):
        return None
    root = doc[start - 1].sent.root
    subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = next((child for child in subject.children if child.dep_ == "appos" and child.pos_ == "PROPN"), None)
    return named or subject


def continued_pronoun(pronoun):
    """For a subject pronoun that no subject precedes in its sentence ("He returned to
    Syria. In a call, he described ..."): the same pronoun as the main subject of the
    sentence before, whose referent it goes on with; None elsewhere."""
    doc = pronoun.doc
    start = pronoun.sent.start
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or start == 0 or last_signature_end(doc, start) == start:
        return None
    if any(token.dep_ in ("nsubj", "nsubjpass") for token in doc[start : pronoun.i]):
        return None
    root = doc[start - 1].sent.root
    subject = next((child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.lower_ == pronoun.lower_ else None


def can_be_group(phrase) -> bool:
    """Whether a phrase could be what "they"/"them" refer back to: a plural subject,
    object, possessor or party-preposition object of one side; not a pronoun, a
    predicate noun ("they are key participants"), a modifier or a place."""
    root = phrase.root
    if root.tag_ not in ("NNS", "NNPS") or root.pos_ == "PRON" or _several_sides(root):
        return False
    if root.dep_ == "pobj":
        return root.head.lower_ in load_word_lists().party_prepositions
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss")


def _several_sides(root) -> bool:
    """Whether a plural noun is shared by the people of several sides ("Turkish and
    US leaders"): "they" may be all of them or either, so the phrase is no referent.
    Of coordinated nouns ("Russian troops and Iranian militias") the first named is."""
    if root.dep_ == "conj":
        return True
    return any(child.dep_ in ("amod", "compound") and child.conjuncts for child in root.children)


# the links from a possessed noun up to the preposition that hangs its phrase on a verb
_ADJUNCT_LINKS = ("pobj", "prep", "pcomp", "dobj")


def adjunct_owners(pronoun) -> list:
    """For a possessive "its" in a verb's adjunct of time or circumstance ("Iran
    condemned Israel after the killing of its general"): who does that verb, whose
    the owned thing usually is, not the nearer object's: its named subject, or for a
    subject-less "to" verb the object told to do it ("urged Turkey to withdraw its
    troops during ...") then the subject above ("Russia sent aircraft to attack Idlib
    in its first assault"); none elsewhere (an "its" in a conjunct, "Israel and its
    allies", is the conjunct's)."""
    if pronoun.dep_ != "poss" or pronoun.lower_ != "its":
        return []
    token = pronoun.head
    for _ in range(6):
        if token.dep_ not in _ADJUNCT_LINKS or token.head is token:
            return []
        if token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    else:
        return []
    if token.lower_ not in load_word_lists().subject_owner_prepositions:
        return []
    verb = token.head
    owners = _subjects_of(verb)
    for _ in range(2):
        if owners or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head is verb:
            break
        told = (
            [child for child in verb.head.children if child.dep_ in ("dobj", "dative")] if verb.dep_ == "xcomp" else []
        )
        verb = verb.head
        owners = told + _subjects_of(verb)
    return [owner for owner in owners if owner.pos_ != "PRON" and owner.i < pronoun.i]


def _subjects_of(verb) -> list:
    return [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
