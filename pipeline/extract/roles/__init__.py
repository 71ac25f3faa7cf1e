"""Who does what in a deal: the roles (buyer, seller, target, supplier, customer, ...) of the names around a trigger.

``assign_roles`` reads the trigger's sentence in steps: the clause's subject and object (``clause``), the
parties its voice names (``voices``), then the sellers, lists and bystanders around them (here). French and
German sentence shapes live in ``fr`` and ``de`` (packages, one module per concern), English-only ones in
``en``, what the steps share in ``common``; imports run one way: common, then en/fr/de, then clause/voices, then
this module. It is the largest and most language-specific part of the extractor, which is why it lives apart from
the assembly of records in ``deals``. Only ``assign_roles`` is exported: ``deals``, ``coref`` and the follow-ups
import the French and German helpers they reuse from their modules.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from pipeline.extract.candidates import Candidate, Role, dedupe, role_of
from pipeline.extract.kinds import EU_SEAT, normalize
from pipeline.extract.names import REGULATOR, NameSpan, is_legal_suffix, is_place, mentions
from pipeline.extract.ordered import starting_within
from pipeline.extract.roles.clause import find_object, find_subject, lead_as_object, object_window_names, target_of_object
from pipeline.extract.roles.common import WITH_BEFORE, RoleState, after_prep, company_of_person, coordinated, listed_before
from pipeline.extract.roles.de.bystanders import de_company_of_chief, de_person, de_place_genitive
from pipeline.extract.roles.de.contracts import de_contract_other_side
from pipeline.extract.roles.de.lists import de_co_actors, de_coordinated, de_listed_sides
from pipeline.extract.roles.de.object import de_find_object
from pipeline.extract.roles.de.patterns import (
    DE_BUYER_NOUN,
    DE_DEAL_NOUN_OPENS,
    DE_GENITIVE_BEFORE,
    DE_LIST_GLUE,
    DE_THROUGH_BEFORE,
)
from pipeline.extract.roles.de.role_nouns import de_named_parties
from pipeline.extract.roles.de.sales import de_passive_agents, de_vehicle_founder, de_without_merger_result
from pipeline.extract.roles.de.sellers import de_own_sale, de_sellers, de_stake_held
from pipeline.extract.roles.de.subject import de_attributive_agent
from pipeline.extract.roles.en import en_parent_of_target, en_stake_target
from pipeline.extract.roles.fr.after_voice import fr_after_voice, fr_born_of_deal
from pipeline.extract.roles.fr.bystanders import bystander
from pipeline.extract.roles.fr.lists import fr_group_leader
from pipeline.extract.roles.fr.patterns import FR_LIST_GLUE, FR_THROUGH, FR_VEHICLE_OF
from pipeline.extract.roles.fr.subject import fr_one_passive_target, fr_owner_named, fr_owner_of_side
from pipeline.extract.roles.links import listed_sides
from pipeline.extract.roles.voices import EXTRA_ROLE, FR_SHARED_OF, parties_by_voice
from pipeline.extract.triggers import Trigger
from pipeline.models import DealType, PartyKind, PartyRole


__all__ = [
    "assign_roles",
]

# the deals where a company changes hands, and the sides of them
_CHANGES_HANDS = frozenset({DealType.ACQUISITION, DealType.MERGER, DealType.DIVESTITURE})
_HANDS = frozenset({PartyRole.BUYER, PartyRole.SELLER, PartyRole.TARGET})

# fr: the verb between a blocker and the deal it stops ("a bloqué la vente", "a interdit le rachat", "a mis son veto à la fusion")
_FR_BLOCKS = re.compile(
    r"\s+(?:(?:a|ont|avait|avaient|aurait|auraient|va|vont|pourrait|pourraient|menace de|menacent de)\s+)?(?:(?:finalement|officiellement|déjà)\s+)?"
    r"(?:bloqu(?:é|e|ent|er)|interdi(?:t|sent|re)|empêch(?:é|e|ent|er)|(?:mis|mettre|met|opposé|opposer|oppose) son veto (?:à|au)|retoqu(?:é|e|ent|er))"
    r"\s+(?:(?:l['’]|la|le|les|cette|ce)\s*)?(?:[a-zà-ÿ-]+\s+)?$"
)
_DATELINE = re.compile(r"\s+[–—-]\s")


def _names_in(names: list[NameSpan], start: int, end: int, text: str = "") -> list[NameSpan]:
    """The names within [start, end), without regulators and without the place of a dateline ("Wien – Die ...")."""
    return [
        n
        for n in names
        if n.start >= start
        and n.end <= end
        and not _is_regulator(n.text)
        and not (text and n.start == start and _DATELINE.match(text, n.end))  # "Wien – Die ...": a dateline
        and not (text and n.text == "AMF" and text[max(0, n.start - 2) : n.start] in ("l'", "l’"))  # fr: "auprès de l'AMF", the market regulator
    ]


@lru_cache(maxsize=4096)  # pure, and asked for every name of a sentence on each of its candidates
def _is_regulator(name: str) -> bool:
    """Whether the name is a regulator's, a news outlet's or an exchange's: named around deals, never a party."""
    return REGULATOR.match(" ".join(name.split())) is not None


def assign_roles(text: str, names: list[NameSpan], cand: Candidate, lang: str, lead: NameSpan | None, company: NameSpan | None = None) -> None:
    """Set ``cand.parties`` (and ``cand.actors``) from the trigger's sentence: the subject, the object, then the
    parties each voice reads, then the sellers, lists and bystanders around them. The steps run in this order."""
    s_start, s_end = cand.sentence
    index = _index_of(names)
    if index is None:
        in_sentence = [_full(n, names, lang) if n.start >= s_start else n for n in _names_in(names, s_start, s_end, text)]
    else:  # many names: the sentence's and the spelled-out ones are looked up, not read through per trigger
        in_sentence = [index.full(n, lang) if n.start >= s_start else n for n in _names_in(index.between(s_start, s_end), s_start, s_end, text)]
    st = RoleState(text, names, cand, cand.trigger, lang, lead, company, s_start, s_end, in_sentence, cand.trigger.voice, [])
    if lang == "de":
        de_without_merger_result(st)
    find_subject(st)
    object_window_names(st)
    find_object(st)
    if lang == "en":
        en_stake_target(st)
    lead_as_object(st)
    if lang == "de":
        de_find_object(st)
    target_of_object(st)
    if lang == "de":
        de_named_parties(st)
    parties_by_voice(st)
    if lang == "de":
        de_passive_agents(st)
        de_vehicle_founder(st)  # "Velkor gründet Dastrel, um Norvia zu übernehmen": the founder buys too
    if lang == "fr":
        fr_after_voice(st)
    _add_sellers(st)
    _finish(st)


def _add_sellers(st: RoleState) -> None:
    """The seller, when the voice did not name it: "from X" (en), "von X" after the target (de), the first name of
    "übernimmt von X die Y", a parent in a compound ("Dastrel-Tochter") or an apposition ("a unit of X"), the owner
    of what is bought, the German counterpart, and who a purchase is negotiated "avec"/"mit"."""
    text, trigger, lang, in_sentence, voice, parties = st.text, st.trigger, st.lang, st.in_sentence, st.voice, st.parties
    s_start, s_end = st.s_start, st.s_end
    if voice in ("buy",) and lang == "en":
        seller = after_prep(text, in_sentence, "from", trigger.end, s_end, lang)  # "acquire X from Y"
        if seller is not None and all(p.start != seller.start for p in parties):
            parties.append(role_of(seller, PartyRole.SELLER, text))
    if lang == "de":
        de_sellers(st)
    if st.de_counterpart is not None and st.subject is not None and all(p.start != st.de_counterpart.start for p in parties):
        parties.append(role_of(st.de_counterpart, PartyRole.BUYER if voice == "sell" else PartyRole.SELLER, text))
    owner = st.owner
    if owner is None and lang == "en" and voice in ("buy", "passive") and not any(p.role is PartyRole.SELLER for p in parties):
        owner = en_parent_of_target(text, st.names, parties)
    if owner is not None and all(p.start != owner.start for p in parties):
        parties.append(role_of(owner, PartyRole.SELLER, text))
    if voice == "buy" and lang != "en":
        # "négocie avec Delmaro pour racheter Vidlo": who you negotiate a purchase with sells
        negotiator = next(
            (n for n in in_sentence if n.end <= trigger.start and WITH_BEFORE.search(text, max(s_start, n.start - 12), n.start) and not is_place(n)),
            None,
        )
        if negotiator is not None and parties and all(p.start != negotiator.start for p in parties):
            parties.append(role_of(negotiator, PartyRole.SELLER, text))


def _finish(st: RoleState) -> None:
    """The names listed with a party share its role; then (fr, de) the organisations the article keeps naming join as
    actors, (de) a chief stands for his company and a stake's company is sold, not a buyer."""
    text, trigger, lang, in_sentence, subject, parties, cand = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties, st.cand
    for party in list(parties):
        if party.role in (PartyRole.TARGET, PartyRole.BUYER) and party.kind is not PartyKind.OTHER:
            for extra in coordinated(text, in_sentence, party.end):
                parties.append(role_of(extra, party.role, text))
        if lang == "de" and (other_side := de_contract_other_side(text, in_sentence, trigger, party)) is not None:
            parties.append(other_side)  # "Velkor und Norvia haben einen Liefervertrag unterzeichnet": the contract's two sides
        if lang == "de" and party.role is PartyRole.TARGET and trigger.voice in ("buy", "sell") and not trigger.noun:
            parties.extend(role_of(extra, PartyRole.TARGET, text) for extra in de_coordinated(text, in_sentence, party))
    if lang == "de":
        parties.extend(de_listed_sides(text, in_sentence, parties))  # "an Norvia und Tarvo verkauft": both buy
        parties.extend(de_co_actors(text, in_sentence, parties, subject))  # "übernimmt gemeinsam mit Norvia"
    if lang in ("fr", "de"):
        parties.extend(listed_sides(text, in_sentence, parties, lang, subject))
    apart: set[str] = set()  # fr: names listed with the one subject of a singular passive, no side of its deal
    if lang != "en" and subject is not None:
        listed = listed_before(text, in_sentence, subject, parties, FR_LIST_GLUE if lang == "fr" else DE_LIST_GLUE)
        if lang == "fr" and fr_one_passive_target(text, trigger):
            apart = {normalize(p.name) for p in listed}
        else:
            parties.extend(listed)
        own = next((p for p in parties if p.start == subject.start), None)
        if lang == "fr" and own is not None and (leader := fr_group_leader(text, in_sentence, subject)) is not None:
            parties.append(role_of(leader, own.role, text))  # "un consortium mené par Velkor et comprenant Norvia"
    if lang in ("fr", "de") and trigger.deal_type in _CHANGES_HANDS:
        # "Bruxelles" (the Commission, or the city) approves a takeover or blocks it; it never buys, sells or is sold
        parties = [p for p in parties if not (p.role in _HANDS and EU_SEAT.fullmatch(p.name.strip()))]
    if lang == "fr" and trigger.deal_type in _CHANGES_HANDS:
        # "Washington a bloqué la vente de Norvia à Velkor": who blocks a deal (a state, a regulator) is no side of it
        parties = [p for p in parties if not (p.end <= trigger.start and _FR_BLOCKS.fullmatch(text, p.end, trigger.start))]
    cand.parties = dedupe(parties)
    # ("der Norvia-Käufer Velkor": a background deal in an apposition, the sentence's other names tell something else)
    if lang != "en" and parties and not (lang == "de" and trigger.noun and DE_BUYER_NOUN.search(text, trigger.start, trigger.end)):
        cand.actors = _actors(text, [n for n in in_sentence if normalize(n.text) not in apart], cand.parties, trigger, lang)
        if trigger.deal_type in _CHANGES_HANDS:
            cand.actors = [p for p in cand.actors if not (p.role in _HANDS and EU_SEAT.fullmatch(p.name.strip()))]
    if lang == "de":
        # "Velkor-Chef Ivo Brenn kündigte eine Kapitalerhöhung an": the chief speaks for his company, which deals
        cand.parties = [de_company_of_chief(text, p) for p in cand.parties]
    if st.voice == "sell" and lang == "de":
        # "verkauft ihren Anteil an der Velkor AG an die Norvia": the stake's company is sold, not a buyer
        s_start = st.s_start
        cand.parties, cand.actors = (
            [de_stake_held(text, p, s_start) for p in cand.parties], [de_stake_held(text, p, s_start) for p in cand.actors]
        )
        cand.parties = de_own_sale(text, trigger.start, trigger.end, cand.parties)


def _actors(text: str, names: list[NameSpan], parties: list[Role], trigger: Trigger, lang: str = "fr") -> list[Role]:
    """fr/de: an organisation the article keeps naming, named again in the deal's sentence, takes part in it."""
    if lang == "fr" and trigger.voice == "partner" and FR_SHARED_OF.search(text, trigger.start, trigger.end):
        return []  # "une filiale commune de Velkor et Norvia": the owners are all named after "de"
    taken = {normalize(p.name) for p in parties}
    found: list[Role] = []
    for name in names:
        if is_place(name) or name.possessive or normalize(name.text) in taken or len(found) >= 2:
            continue
        # fr: "X, via sa filiale Y, a investi": the one named before "via" and the one after act on the same side
        through = next(
            (p for p in parties if lang == "fr" and (FR_THROUGH.fullmatch(text, name.end, p.start) or FR_THROUGH.fullmatch(text, p.end, name.start))),
            None,
        )
        if through is not None and through.role is PartyRole.TARGET:
            # "Velkor rachète Norvia via sa filiale Dastrel": what is bought acts through nothing; the vehicle is the
            # acting side's, named before the target (none named: the vehicle takes no part)
            through = next((p for p in parties if p.role is not PartyRole.TARGET and p.start < through.start), None)
            if through is None:
                continue
        if through is None and lang == "fr":
            # "racheté par Velkor, la holding de l'entrepreneur Paul Dastrel": the owner of the dealing vehicle is on its side
            through = next(
                (p for p in parties if p.role is not PartyRole.TARGET and FR_VEHICLE_OF.fullmatch(text, p.end, name.start)), None
            )
        if through is None and not (name.suffixed or name.text.isupper() and len(name.text) >= 2 or mentions(text, name.text) >= 3):
            continue
        if through is None and company_of_person(text, name) is not None:
            continue  # "le PDG de X, Marten Caul" ... "Caul": an executive speaks, he is no party
        if lang == "de" and (DE_GENITIVE_BEFORE.search(text, max(0, name.start - 40), name.start) or de_person(text, name)):
            continue  # "nach einem Bericht des Senders XYZ": the genitive belongs to another noun; "Konzernchef X" speaks
        if lang == "de" and de_place_genitive(name):
            continue  # "Lorvaniens größte Bank": the country's genitive describes a noun
        if lang == "de" and de_attributive_agent(text, name):
            continue  # "der vom Verband XYZ unterstützte Kläger": who backs the buyer takes no side
        if bystander(text, name, lang):
            continue
        if lang == "fr" and fr_born_of_deal(text, name.end, trigger):
            continue  # "le groupe VKN, né du rachat de Norvia par Velkor": what the deal made is no side of it
        if lang == "fr" and fr_owner_of_side(text, name, parties):
            continue  # "racheté par Velkor, une holding détenue par la ville de Brenmark": the buyer's owner is no side
        role = EXTRA_ROLE.get(trigger.voice, PartyRole.CUSTOMER)
        if through is not None:
            role = through.role  # "Paul Dastrel a décroché, via sa société Velkor, un contrat": both act on the same side
        elif role is PartyRole.SELLER and any(p.role is PartyRole.SELLER for p in parties):
            continue  # the sentence already says who sells; another name the article repeats is a bystander
        elif lang == "fr" and role is PartyRole.SELLER and trigger.voice == "buy" and any(p.role is PartyRole.BUYER for p in parties) and not fr_owner_named(text, name):
            # "Velkor a envoyé un message à son rival Norvia en rachetant Dastrel": the buyer is named, a rival is no
            # seller (the owner of what is bought is: "la société Norvia, détenue par Dastrel")
            continue
        elif lang == "fr" and role is PartyRole.CUSTOMER and any(p.role is PartyRole.CUSTOMER for p in parties):
            continue  # "Velkor va construire une usine en Norlande, et Norvia s'y intéresse": the customer is named already
        elif lang == "fr" and role is PartyRole.SELLER and trigger.noun and not any(p.role is PartyRole.BUYER for p in parties):
            role = PartyRole.BUYER  # "le rachat de Norvia donne à Velkor ...": with no buyer named, the company the article follows buys
        elif lang == "de" and role is PartyRole.SELLER and _DE_LED_BY_BEFORE.search(text, max(0, name.start - 12), name.start) and _DE_LED_AFTER.match(text, name.end):
            role = PartyRole.INVESTOR  # "die Finanzierungsrunde wurde von Velkor angeführt, auch Dastrel beteiligte sich": the lead invests
        elif lang == "de" and role is PartyRole.SELLER and DE_THROUGH_BEFORE.search(text, max(0, name.start - 60), name.start):
            role = PartyRole.BUYER  # "will Norvia über die Tochter Dastrel kaufen": the company it buys through buys
        elif (
            lang == "de" and role is PartyRole.SELLER and text[trigger.start].isupper() and name.start > trigger.end
            and not any(p.role is PartyRole.BUYER for p in parties) and DE_DEAL_NOUN_OPENS.search(text, max(0, trigger.start - 20), trigger.start)
        ):
            role = PartyRole.BUYER  # "Mit der Übernahme der Norvia stärkt Velkor sein Geschäft": the main clause's subject buys
        elif (
            lang == "de" and role is PartyRole.SELLER and text[trigger.start].isupper() and name.start > trigger.end
            and trigger.voice != "sell" and not any(p.role is PartyRole.BUYER for p in parties) and _DE_STRENGTHENS.search(text[trigger.end : name.start]) is not None
        ):
            role = PartyRole.BUYER  # "Die Übernahme von Norvia stärkt die Velkor AG": the company a deal strengthens buys
        elif lang == "de" and role is PartyRole.BUYER and trigger.voice == "sell" and text[trigger.start].isupper() and any(p.role is PartyRole.BUYER for p in parties):
            role = PartyRole.SELLER  # "Nach dem Verkauf der Sparte an Norvia hat Velkor ...": the buyer is named, the other company sold
        found.append(role_of(name, role, text))
        taken.add(normalize(name.text))
    return found


# de: a deal noun as the subject of a verb that strengthens its object ("Die Übernahme von Norvia stärkt Velkor"), no
# sentence end in between
_DE_STRENGTHENS = re.compile(r"^[^.!?;]*\b(?:stärkt|stärkte|stärken|verstärkt|verstärkte|festigt|festigte|erweitert|erweiterte|ergänzt|ergänzte)\b[^.!?;]*$")

# "wurde von Velkor angeführt", "von Velkor geleitet": a round's lead named as the passive's agent
_DE_LED_BY_BEFORE = re.compile(r"\b(?:von|vom)\s+(?:der\s+|dem\s+)?$")
_DE_LED_AFTER = re.compile(r"\s+(?:angeführt|geleitet|angeführte|geleitete|angeführten|geleiteten)\b")

_INITIALS = re.compile(r"(?:[A-Z]\.)+")


class _NameIndex:
    """An article's names sorted by start, indexed once for the questions each trigger asks of them: which lie in its
    sentence (``_names_in``) and which suffixed name spells a name out (``_full``). The answers are those of the scans."""

    def __init__(self, names: list[NameSpan]) -> None:
        self.names = names
        self.size = len(names)
        self.starts = [n.start for n in names]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))  # else bisect cannot answer
        # the suffixed names by the first word of theirs that _full compares, in the names' order
        self.by_first: dict[str, list[int]] = {}
        self.by_bare_first: dict[str, list[int]] = {}
        self.by_initials: dict[str, list[int]] = {}
        self.words: dict[int, list[str]] = {}
        for i, other in enumerate(names):
            if not other.suffixed:
                continue
            other_words = other.text.split()
            self.words[i] = other_words
            if other_words:
                self.by_first.setdefault(other_words[0], []).append(i)
                if _INITIALS.fullmatch(other_words[0]) and len(other_words) > 1:
                    self.by_bare_first.setdefault(other_words[1], []).append(i)
            self.by_initials.setdefault(_initials_of(other_words), []).append(i)

    def between(self, start: int, end: int) -> list[NameSpan]:
        """The names starting in [start, end] (a superset of those within it), in order."""
        return starting_within(self.names, start, end + 1)

    def full(self, name: NameSpan, lang: str) -> NameSpan:
        """``_full(name, self.names, lang)``: the first suffixed name before it that spells it out."""
        words = name.text.split()
        if name.suffixed or not words:
            return name if name.suffixed else _full(name, self.names, lang)
        before = bisect.bisect_left(self.starts, name.start)  # _full reads the names up to the first at or after it
        lists = [self.by_first.get(words[0], []), self.by_bare_first.get(words[0], [])]
        if lang == "en" and _ACRONYM.fullmatch(name.text):
            lists.append(self.by_initials.get(name.text, []))
        first = min((i for found in lists if (i := self._first_spelling(found, before, words, name, lang)) is not None), default=None)
        if first is None:
            return name
        return dataclasses.replace(name, suffixed=True, full=self.names[first].text)

    def _first_spelling(self, found: list[int], before: int, words: list[str], name: NameSpan, lang: str) -> int | None:
        for i in found:
            if i >= before:
                break
            if self._spells(i, words, name, lang):
                return i
        return None

    def _spells(self, i: int, words: list[str], name: NameSpan, lang: str) -> bool:
        other_words = self.words[i]
        if len(other_words) > len(words) and other_words[: len(words)] == words:
            return True
        bare = other_words[1:] if other_words and _INITIALS.fullmatch(other_words[0]) else []
        if len(bare) > len(words) and bare[: len(words)] == words:
            return True
        return lang == "en" and _ACRONYM.fullmatch(name.text) is not None and _initials_of(other_words) == name.text


_INDEX_FROM = 200  # names; fewer are read through, as before
_last_index: _NameIndex | None = None


def _index_of(names: list[NameSpan]) -> _NameIndex | None:
    """The index of the article's names, built once for all its triggers (``deals.extract`` hands each the same list),
    or None: few names, or names out of order."""
    global _last_index
    if len(names) < _INDEX_FROM:
        return None
    index = _last_index
    if index is None or index.names is not names or index.size != len(names):
        index = _NameIndex(names)
        _last_index = index
    return index if index.ordered else None


def _full(name: NameSpan, names: list[NameSpan], lang: str = "en") -> NameSpan:
    """"Brisco" → "Brisco Development Corp" when the article spelled it out first."""
    if name.suffixed:
        return name
    words = name.text.split()
    for other in names:
        if other.start >= name.start:
            break
        if not other.suffixed:
            continue  # only a suffixed name spells another out: skip splitting the rest
        other_words = other.text.split()
        if other.suffixed and len(other_words) > len(words) and other_words[: len(words)] == words:
            return dataclasses.replace(name, suffixed=True, full=other.text)
        bare = other_words[1:] if other_words and _INITIALS.fullmatch(other_words[0]) else []
        if other.suffixed and len(bare) > len(words) and bare[: len(words)] == words:
            return dataclasses.replace(name, suffixed=True, full=other.text)  # "Lorimer" → "R.T. Lorimer Co Group"
        if lang == "en" and _ACRONYM.fullmatch(name.text) and other.suffixed and _initials_of(other_words) == name.text:
            return dataclasses.replace(name, suffixed=True, full=other.text)  # "HVC" → "Harlow Valve Corp"
    return name


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _initials_of(words: list[str]) -> str:
    """'Harlow Valve Corp' → 'HVC': the capitals of the words before the legal suffix."""
    kept = [w for w in words if w[:1].isupper() and not is_legal_suffix(w)]
    return "".join(w[0] for w in kept)
