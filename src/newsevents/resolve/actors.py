"""Actor resolution: which country and sector an actor phrase names, said only when sure.

``ActorResolver`` is built once per run (it reads the tables once);
``resolver.for_article(published)`` gives an :class:`ArticleActors` that
remembers who is who inside one article ("Turkish President Recep Tayyip
Erdogan" ... "Erdogan" ... "he"); ``resolve(span)`` codes one phrase.  How a
phrase is read is documented in docs/actors.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from newsevents.extract.phrases import noun_phrase
from newsevents.knowledge.actor_tables import read_user_table
from newsevents.knowledge.actors import RoleWord, TableEntry, load_sector_words, tokenize
from newsevents.knowledge.words import load_word_lists
from newsevents.records import Actor
from newsevents.resolve.actor_lexicon import builtin_lexicon, user_lexicon
from newsevents.resolve.actor_reading import PhraseReader, Reading
from newsevents.resolve.actor_rules import after, long_title_case
from newsevents.resolve.antecedents import is_dummy_it, own_subject_words
from newsevents.resolve.armed_sides import names_other_side, sole_armed_group
from newsevents.resolve.definite_bodies import body_named_before
from newsevents.resolve.nationality import PERSON_SECTOR, adjective_countries, described_country, described_elsewhere
from newsevents.resolve.office_holders import holds_title, names_holder, office_holder_in_text
from newsevents.resolve.phrase_core import without_clause
from newsevents.resolve.pronoun_memory import PronounMemory
from newsevents.resolve.referents import Remembered, TextReferents
from newsevents.resolve.span_facts import has_proper_noun, is_person_entity, is_person_name, sentence_span
from newsevents.resolve.spoken_referents import SpokenReferents


class ActorResolver(PhraseReader):
    """Resolves actor phrases to (country, sector, name); build once, use for many articles."""

    def __init__(self, extra_tables: Sequence[Path] = ()) -> None:
        entries: list[TableEntry] = []
        words: list[RoleWord] = []
        for path in extra_tables:
            table_entries, table_words = read_user_table(Path(path))
            entries += table_entries
            words += table_words
        super().__init__(builtin_lexicon(), user_lexicon(entries, words) if (entries or words) else None)

    def for_article(self, published: date | None) -> ArticleActors:
        """The resolver of one article.  Without a publication date no office
        term is picked by today's date (see docs/actors.md, "People and dates")."""
        return ArticleActors(self, published)

    def resolve_phrase(self, text: str, context: str = "", when: date | None = None) -> Actor | None:
        """Code a stand-alone phrase.  ``context`` (words around it) may supply the country of a bare name."""
        reading = self.read(text, when)
        if reading is None:
            return None
        if reading.country is None and context and not reading.known and reading.name_tokens:
            reading.country = self._first_country(context)
        return Actor(text=text, country=reading.country, sector=reading.sector, name=reading.name)

    def _first_country(self, text: str) -> str | None:
        tokens = tokenize(text)
        for match in self.scan(tokens):
            if match.lexeme.countries and not after(
                tokens, match, self.phrase_words.not_owner_after, self.phrase_words.determiners
            ):
                return match.lexeme.countries[0][0]
        return None

    def names_something(self, word: str) -> bool:
        """Whether a capitalised word is a name in the tables (a person, group, country or place)."""
        lexeme = self.lookup("words", word.lower())
        if (lexeme is None or not (lexeme.entries or lexeme.countries)) and (word.isupper() or long_title_case(word)):
            lexeme = self.lookup("acronyms", word.upper())  # "Isis fighters" opening a sentence
        return lexeme is not None and bool(lexeme.entries or lexeme.countries)

    def pronoun_kind(self, text: str) -> str | None:
        tokens = tokenize(text)
        if len(tokens) != 1:
            return None
        kind = self.builtin.pronouns.get(tokens[0].lower())
        if kind in ("speaker", "side") and len(tokens[0]) > 1 and tokens[0].isupper():
            return None  # "US" is the country, not "us"
        return kind


class ArticleActors(SpokenReferents, PronounMemory, TextReferents):
    """Actor resolution inside one article: remembers who has been named, for names and pronouns."""

    def __init__(self, resolver: ActorResolver, when: date | None) -> None:
        super().__init__(resolver, when)

    def resolve(self, span) -> Actor | None:
        """Code a spaCy span (or anything with ``.text``); None when it names no actor."""
        text = span.text
        location = sentence_span(span)
        pronoun = self.resolver.pronoun_kind(text)
        if pronoun in ("speaker", "side"):
            spoken = self._first_person(span, side=pronoun == "side")
            if spoken is not None:
                return spoken
            return None  # the writer's "I", or a "we" no speaker places: no party an analyst counts
        if pronoun == "thing":
            if is_dummy_it(span):
                return None  # "it is clear that ...": no party at all
            antecedent = self._reporting_official(span) or self._organisation_in_text_before(span)
            return (
                Actor(text=text, span=location) if antecedent is None else replace(antecedent, text=text, span=location)
            )
        if pronoun is not None:
            if pronoun == "person":
                antecedent = self._person_in_text_before(span) or self._reporting_role(span)
            else:
                antecedent = self._group_in_text_before(span)
                if antecedent is not None and antecedent.code is None:
                    self._note_referent(span, antecedent)  # "the Kurds ... they": placed with the event
                    return Actor(text=text, span=location)  # "the defenders ... they": not coded, not guessed
            antecedent = antecedent or self._continued(span) or self._antecedent(pronoun, own_subject_words(span), text)
            if antecedent is None:
                return Actor(text=text, span=location)
            self._note_referent(span, antecedent)
            return replace(antecedent, text=text, span=location)
        reading = self._read(span)
        core = without_clause(span) if reading is not None and reading.country is not None else None
        if core is not None:  # "a British soldier arrested in Turkey": GBR, not TUR
            core_reading = self._read(core)
            if core_reading is not None and core_reading.country not in (None, reading.country):
                reading = core_reading
        if reading is None or (reading.country is None and not reading.name_tokens):
            earlier_group = self._same_head(span) or body_named_before(self.resolver, span, self.when)
            if earlier_group is not None:
                return replace(earlier_group, text=text, span=location)
        if reading is None:
            return None
        earlier = self._same_name(reading) or self._surname_named_before(reading, text)
        if earlier is not None:
            return replace(earlier.actor, text=text, span=location)
        holder = self._title_holder(span) if reading.country is None and not reading.name_tokens else None
        if holder is not None:
            return replace(holder, text=text, span=location)
        actor = Actor(text=text, span=location, country=reading.country, sector=reading.sector, name=reading.name)
        if actor.country is None and reading.name_tokens:
            self._role_in_apposition(span, actor)  # "the Brazilian minister, Carla Ventosa": BRA GOV
        if actor.country is None and reading.name_tokens and not reading.known and has_proper_noun(span):
            described = self._described(span, reading.name_tokens)  # "Marten Hoekstraat, a Dutch convert"
            if described is not None:
                actor.country, actor.sector = described[0], actor.sector or described[1]
        elif actor.sector is None and reading.name_tokens and is_person_entity(span):
            if adjective_countries(self.resolver, text) == {actor.country}:
                actor.sector = PERSON_SECTOR  # "the British-born Samira Kadhim": a civilian of GBR
        if reading.members_only and actor.country is None:  # "the jihadists" of the one group named
            group = sole_armed_group([earlier.actor for earlier in self.remembered if earlier.kind == "group"])
            if group is not None and not names_other_side(self.resolver.scan(_rest_of_sentence(span))):
                actor.country, actor.name = group.country, group.name
        if actor.country is None:
            relative = self._kin_of_named(span)
            if relative is not None:
                actor.country, actor.sector = relative.country, "CVL"
            elif actor.sector is not None:
                # "its delegation", "their troops"; "the home secretary" in a story that named Britain
                actor.country = self._pronoun_owner_country(span) or self._office_country(text)
        if reading.kind is None and is_person_entity(span):
            reading.kind = "person"
        self.remembered.append(
            Remembered(
                actor=actor,
                kind=reading.kind,
                name_tokens=frozenset(t.lower() for t in reading.name_tokens),
                plural=reading.plural,
            )
        )
        return replace(actor)  # the caller may change its copy; the memory keeps the original

    def _surname_named_before(self, reading: Reading, text: str) -> Remembered | None:
        """A country's name that is the last name of a person the tables know and the
        article named in full ("Jim Jordan ... Jordan said"): that person (a surname is
        no alias of its own where it names a country, resolve/actor_lexicon.py)."""
        words = tokenize(text)
        if reading.kind != "group" or reading.country is None or reading.name_tokens or len(words) != 1:
            return None
        surname = words[0].lower()
        for earlier in reversed(self.remembered):
            name = earlier.actor.name
            if earlier.kind == "person" and earlier.actor.country and name and name.lower().endswith(f" {surname}"):
                return earlier
        return None

    def recent_parties(self, count: int, people: bool) -> list[Actor]:
        """The last ``count`` actors named so far, each of a different country, latest
        last: who "the two leaders" (``people``) or "the two countries" are."""
        found: list[Actor] = []
        countries: set[str] = set()
        for earlier in reversed(self.remembered):
            country = earlier.actor.country
            if country is None or country in countries or (people and earlier.kind != "person"):
                continue
            countries.add(country)
            found.insert(0, replace(earlier.actor))
            if len(found) == count:
                break
        return found if len(found) == count else []

    def _read(self, span):
        """The tables' reading of a span, as a name when the parser tags one."""
        return self.resolver.read(
            self._uncapitalised_start(span), self.when, proper=has_proper_noun(span), person_name=is_person_name(span)
        )

    def _uncapitalised_start(self, span) -> str:
        """The span's text, its first letter lowered when only the sentence start capitalised it ("Courts").

        Not for words the tables know as names ("Lula"), whatever the tagger says.
        """
        text = span.text
        try:
            first = span[0]
            capitalised_word = first.is_sent_start and text[:1].isupper() and text[1:2].islower()
            if not capitalised_word or first.pos_ == "PROPN" or first.ent_type_:
                return text
        except (TypeError, IndexError, AttributeError):
            return text
        if self.resolver.names_something(first.text):
            return text
        return text[0].lower() + text[1:]

    def _kin_of_named(self, span) -> Actor | None:
        """For "Begum's family", "his parents": the person whose kin they are, when coded."""
        root = getattr(span, "root", None)
        kin = load_sector_words().kin_nouns
        if root is None or (root.lemma_.lower() not in kin and root.lower_ not in kin):
            return None
        owner = next((child for child in root.children if child.dep_ == "poss"), None)
        if owner is None or (owner.pos_ == "PRON" and self.resolver.pronoun_kind(owner.text) != "person"):
            return None  # "their father": the parents of a group's children may be of anywhere
        person = self.resolve(owner.doc[owner.left_edge.i : owner.i + 1])
        return person if person is not None and person.country is not None else None

    def _pronoun_owner_country(self, span) -> str | None:
        """The country of the one "its"/"their" stands for, for a body or role it
        owns ("Syria ... its delegation"); not for those tied to it ("their allies",
        "their families")."""
        root = getattr(span, "root", None)
        tied = load_word_lists().relation_nouns | set(load_sector_words().kin_nouns)  # kin: ``_kin_of_named``
        if root is None or root.lower_ in tied or root.lemma_.lower() in tied:
            return None
        owner = next((child for child in root.children if child.dep_ == "poss" and child.pos_ == "PRON"), None)
        if owner is None or self.resolver.pronoun_kind(owner.text) not in ("thing", "group", "side", "speaker"):
            return None  # "his government": whose a "his" is, is too often misread to pass on
        found = self.resolve(owner.doc[owner.i : owner.i + 1])
        return found.country if found is not None else None

    def _title_holder(self, span) -> Actor | None:
        """For "the minister", "the foreign minister": the one the article gave that title
        with a country, when all it gave it are of one country."""
        words = [token.lower() for token in tokenize(span.text)]
        if not 2 <= len(words) <= 3 or words[0] != "the" or words[-1] not in load_sector_words().person_titles:
            return None
        if names_holder(span):
            return None  # "the prime minister, Theresa May": the name beside it says who
        title = words[1:]
        holders = [
            earlier.actor
            for earlier in self.remembered
            if earlier.actor.country is not None and holds_title(tokenize(earlier.actor.text), title)
        ]
        if len({holder.country for holder in holders}) > 1:
            return None  # "the Kenyan minister" and "the Somali minister": which one?
        # the text's nearest holder, often named in no event of its own, unless the memory's is of its country
        in_text = office_holder_in_text(self.resolver, span, self.when)
        if holders and (in_text is None or in_text.country == holders[-1].country):
            return holders[-1]
        return in_text

    def _office_country(self, text: str) -> str | None:
        """The country of an office known by its lower-case name in few countries ("the
        home secretary", "the state department"), when the article named just one of
        them before."""
        words = [word.lower() for word in tokenize(text)]
        named = {earlier.actor.country for earlier in self.remembered}
        for office, countries in load_sector_words().national_offices.items():
            if _holds(words, office.split()):
                found = [country for country in countries if country in named]
                return found[0] if len(found) == 1 else None
        return None

    def _role_in_apposition(self, span, actor: Actor) -> None:
        """A name the tables do not place takes the country (and, lacking one, the
        sector) of the role beside it in apposition ("Carla Ventosa, Brazil's
        foreign minister")."""
        root = getattr(span, "root", None)
        if root is None:
            return
        partners = [child for child in root.children if child.dep_ == "appos"]
        if root.dep_ == "appos":
            partners.append(root.head)
        for partner in partners:
            role = noun_phrase(partner).text
            if len(adjective_countries(self.resolver, role)) > 1:
                continue  # "a Dutch-Moroccan writer": of which?
            reading = self.resolver.read(role, self.when)
            if reading is not None and reading.country is None and not reading.name_tokens:
                # "Jane Doe, the shadow home secretary": an office of the one country the story named
                reading.country = self._office_country(role)
            if reading is not None and reading.country is not None and not reading.name_tokens:
                actor.country, actor.sector = reading.country, actor.sector or reading.sector
                return

    def _described(self, span, name_tokens: Sequence[str]) -> tuple[str, str] | None:
        """The (country, sector) a nationality word beside this name, or beside another
        mention of it in the article, gives a person the tables do not know (``resolve/nationality.py``)."""
        tokens = frozenset(token.lower() for token in name_tokens)
        described = described_country(self.resolver, span, self.when) if is_person_entity(span) else None
        return described or described_elsewhere(self.resolver, span, tokens, self.when)  # "Hoekstraat", untagged

    def _same_head(self, span) -> Actor | None:
        """For "the coalition" (or "coalition" modifying a noun: "coalition airstrikes"):
        the last group the article named with that head and a country ("the US-led
        coalition").  Only a bare definite singular noun for a body, which points back to
        one named before; plurals ("the forces") and one person's titles do not."""
        words = [token.lower() for token in tokenize(span.text)]
        definite = len(words) == 2 and words[0] == "the"
        modifier = len(words) == 1 and getattr(span[0], "dep_", "") == "compound" if len(span) == 1 else False
        if not (definite or modifier):
            return None
        head = words[-1]
        if head.endswith("s") or head in load_sector_words().person_titles:
            return None  # "the forces", "the children", "the ambassador": too loose to point back
        for earlier in reversed(self.remembered):
            earlier_words = [token.lower() for token in tokenize(earlier.actor.text)]
            if (
                earlier.kind != "person"
                and earlier.actor.country is not None
                and len(earlier_words) > 1
                and earlier_words[-1] == head
            ):
                return earlier.actor
        return None


def _rest_of_sentence(span) -> list[str]:
    """The words of the span's sentence outside the span (none for a stand-alone phrase)."""
    sentence = getattr(span, "sent", None)
    if sentence is None:
        return []
    return (
        tokenize(sentence[: span.start - sentence.start].text)
        + [","]
        + tokenize(sentence[span.end - sentence.start :].text)
    )


def _holds(words: list[str], title: list[str]) -> bool:
    """Whether a phrase's words hold a title's words in a row ("Kenya's foreign minister": "minister")."""
    lowered = [word.lower() for word in words]
    return any(lowered[i : i + len(title)] == title for i in range(len(lowered) - len(title) + 1))


def place_in_country(actor: Actor | None, country: str | None) -> None:
    """Give an unnamed actor of a home sector ("militants", "the police") the
    country the article is about, where the phrase itself names none."""
    if actor is None or country is None or actor.country is not None or actor.name is not None:
        return
    sector_words = load_sector_words()
    words = [word.lower() for word in tokenize(actor.text)]
    phrase = f" {' '.join(words)} "
    if any(f" {foreign} " in phrase for foreign in sector_words.foreign_role_words):
        return
    if actor.sector in sector_words.context_country_sectors:
        actor.country = country
    elif actor.sector == "UAF" and any(word in sector_words.peoples_without_state for word in words):
        actor.country = country  # "Kurdish militias" in Afrin: SYR; "gunmen" stay unplaced


def names_better(by_name: Actor, actor: Actor | None) -> bool:
    """Whether a name in apposition says better who a phrase is: when the phrase gives
    no code or no country, or the name is a known person of the phrase's country."""
    if actor is None or actor.code is None:
        return True
    if actor.country is None:
        return by_name.country is not None
    return by_name.name is not None and by_name.country == actor.country
