"""French lists: the names listed after a party or an order's maker, and the split of a candidate into one deal per
company listed or per supplier. Apart because ``deals`` and three rule modules read the same lists."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, role_of, trigger_text
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.ordered import first_at, starting_within
from pipeline.extract.roles.common import T, listed_after
from pipeline.extract.roles.fr.patterns import FR_CONTRACT_ELLIPSIS, FR_LIST_GLUE, FR_MADE_BY
from pipeline.models import PartyKind, PartyRole


# the word a list needs: "Velkor, Norvia" without an "et" is no list
FR_LIST_AND = re.compile(r"\b(?:et|ainsi que)\b")
_FR_LIST_AND_OR = re.compile(r"\b(?:et|ou|ainsi que)\b")


def fr_listed_after(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """fr: "par Velkor, Norvia et le laboratoire suédois Dastrel": the names listed after a party share its role."""
    return listed_after(text, names, first, FR_LIST_GLUE, through_places=True, conjunction=_FR_LIST_AND_OR)


# fr: between two makers of one order: ", 20 à", " et 10 millions de doses auprès de", " et 30 millions de doses d'", ", le laboratoire"
_FR_MAKER_GLUE = re.compile(
    r"(?:\s*\([^()]{0,60}\))?\)?\s*(?:,|,?\s*(?:et|ainsi que|puis))\s+(?:(?:encore|aussi|enfin)\s+)?"
    r"(?:(?:(?:près de |plus de |environ |jusqu'à |au moins )?\d[\d\s.,]*(?:\s(?:millions?|milliards?))?\s+(?:(?:de |d['’])?[a-zà-ÿ][\w'’-]*\s+){0,2}?"
    r"(?:(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez|de|du|des|d['’])\s*)?)|(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez|de|d['’])\s*)?"
    r"(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|fabricant|société|chantier|biotech|alliance|américain|britannique|allemand|chinois|russe|français|suédois|suisse|japonais)\s+){0,2}"
)

# fr: a second order told by ellipsis: "à Velkor pour 3 milliards d'euros et 20 hélicoptères à Norvia"
_FR_MAKER_ELLIPSIS = re.compile(
    r"\s+(?:pour|d'un montant de|de)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?\s+et\s+(?:(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,50}?\s)?"
    r"(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez)\s+(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|fabricant|société|chantier|biotech)\s+)?"
)


def fr_makers_listed(text: str, names: list[NameSpan], first: NameSpan, end: int) -> list[NameSpan]:
    """fr: the makers listed after an order's first one, each maybe with its own count ("30 à Velkor, 20 à Norvia et 10 à Dastrel")."""
    listed: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or name.start >= end or is_place(name):
            continue
        if not _FR_MAKER_GLUE.fullmatch(text, left.end, name.start) and not _FR_MAKER_ELLIPSIS.fullmatch(text, left.end, name.start):
            break
        listed.append(name)
        left = name
    if listed and not re.search(r"\b(?:et|ainsi que|puis)\b|\d", text[first.end : listed[-1].start]):
        # "Velkor, Norvia" without an "et" or a count is no list, unless in brackets: "de quatre groupes (Velkor, Norvia, Dastrel)"
        if not (text.endswith("(", 0, first.start) and text.startswith(")", listed[-1].end)):
            return []
    return listed


# --- one deal per party --------------------------------------------------------------------------------------------

_FR_OWN_SHARE = re.compile(r"\d|\b(?:à|au|aux|auprès|chez)\b")

_FR_PLURAL_CONTRACTS = re.compile(r"\b(?:des|de|les|ces|plusieurs|multiples|deux|trois|quatre|cinq|six) (?:\S+ )?(?:contrats|accords|commandes|précommandes|marchés)\b")


def _fr_one_per_supplier(cand: Candidate) -> list[Candidate]:
    """fr: "a signé des contrats avec Velkor, Norvia et Dastrel": contracts in the plural with several suppliers
    are one contract per supplier, each with the same customers ("un contrat avec Velkor et Norvia" stays one)."""
    if cand.trigger.deal_type is not T.SUPPLY_CONTRACT or not cand.text_window:
        return [cand]
    suppliers = [p for p in cand.parties if p.role is PartyRole.SUPPLIER]
    customers = [p for p in cand.parties if p.role is PartyRole.CUSTOMER]
    if len(suppliers) == 1 and len(customers) >= 2 and _FR_PLURAL_CONTRACTS.search(trigger_text(cand)) and all(p.kind is PartyKind.GOVERNMENT for p in customers):
        # "Velkor a signé des contrats avec le Japon, le Canada et le Brésil": one contract per state
        return [dataclasses.replace(cand, parties=[suppliers[0], customer]) for customer in customers]
    if len(suppliers) < 2:
        return [cand]
    # an order placed with makers listed one by one ("30 à Velkor, 20 à Norvia") is one order each, but not
    # a product made by several ("des doses du vaccin mis au point par Velkor et Norvia")
    ordered = cand.trigger.voice == "order" and not re.search(FR_MADE_BY, cand.text_window) and (
        len(suppliers) >= 3 or _FR_OWN_SHARE.search(cand.text_window, suppliers[0].end - cand.sentence[0], suppliers[1].start - cand.sentence[0]) is not None
    )  # ("à Velkor et Norvia" alone may be two makers of one product: one order)
    elided = FR_CONTRACT_ELLIPSIS.fullmatch(cand.text_window, suppliers[0].end - cand.sentence[0], suppliers[1].start - cand.sentence[0]) is not None
    if not ordered and not elided and not _FR_PLURAL_CONTRACTS.search(trigger_text(cand)):
        return [cand]
    others = [p for p in cand.parties if p.role is not PartyRole.SUPPLIER]
    starts = tuple(s.start for s in suppliers)
    return [
        dataclasses.replace(cand, parties=[*others, supplier], siblings=tuple(at for at in starts if at != supplier.start)) for supplier in suppliers
    ]


_FR_INVEST_ELLIPSIS = re.compile(
    r"\s+et\s+(?:(?:près de |plus de |environ )?\d[\d\s.,]*(?:\s(?:millions?|milliards?))?(?:\s(?:d['’]euros|de dollars|d['’]euros?|€|\$))?\s+)"
    r"(?:dans|au capital d[eu']|au capital de l['’])\s*(?:l['’]|la |le |les )?(?:(?:groupe|société|start-up|startup|jeune pousse|entreprise|biotech)\s+)?"
)


def fr_one_per_party(text: str, names: list[NameSpan], cand: Candidate) -> list[Candidate]:
    """fr: "a investi dans Velkor, Norvia et Dastrel", "a racheté Velkor et Norvia": the companies listed after
    the one bought or invested in are one deal each with the same buyer; contracts, one per supplier."""
    if cand.trigger.deal_type is T.SUPPLY_CONTRACT:
        return _fr_one_per_supplier(cand)
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if cand.trigger.voice not in ("buy", "invest") or len(targets) != 1:
        return [cand]
    first = first_at(names, targets[0].start)  # per trigger: bisected in a long list
    if first is None:
        return [cand]
    in_sentence = starting_within(names, cand.sentence[0], cand.sentence[1])
    known = {p.start for p in cand.parties}
    listed = [n for n in fr_listed_after(text, in_sentence, first) if n.start not in known]
    if not listed and cand.trigger.voice == "invest":
        # "20 millions d'euros dans Velkor et 10 millions dans Norvia": a second stake told by ellipsis
        listed = [n for n in in_sentence if n.start > first.end and not is_place(n) and _FR_INVEST_ELLIPSIS.fullmatch(text, first.end, n.start)][:1]
    others = [p for p in cand.parties if p.role is not PartyRole.TARGET]
    if not listed and cand.trigger.voice == "buy" and not cand.trigger.noun:
        dated = _fr_dated_after(text, in_sentence, first, known)
        if dated:
            # "a racheté Norvia en 2014 pour 100 millions, puis Dastrel en 2016": each purchase keeps its own part of the sentence
            starts = [first.start, *(n.start for n in dated), cand.sentence[1]]
            parts = [(starts[k], starts[k + 1]) for k in range(len(starts) - 1)]
            bought = [first, *dated]
            return [
                dataclasses.replace(
                    cand, parties=[*others, role_of(n, PartyRole.TARGET, text)] if k else cand.parties,
                    foreign=tuple(part for j, part in enumerate(parts) if j != k),
                )
                for k, n in enumerate(bought)
            ]
    return [cand] + [dataclasses.replace(cand, parties=[*others, role_of(n, PartyRole.TARGET, text)]) for n in listed]


# "Norvia en 2014 pour 100 millions d'euros, puis Dastrel": a date (and price) told after each company bought
_FR_DATED_THEN = re.compile(
    r"(?:\s+(?:en \d{4}|l['’]an dernier|l['’]année dernière|il y a \S+ ans?|pour (?:environ |près de |plus de )?[\d.,]+ (?:millions?|milliards?) (?:d['’]euros|de dollars|de livres|de francs)))+"
    r"\s*,?\s+(?:et|puis|ainsi que|avant|après)\s+(?:(?:l['’]|la |le |les |son |sa )(?:[a-zà-ÿ][\w-]*\s+){0,3})?"
)
_FR_DATED = re.compile(r"\s+(?:en \d{4}|l['’]an dernier|l['’]année dernière|il y a \S+ ans?|pour (?:environ |près de |plus de )?[\d.,]+ (?:millions?|milliards?))")


def _fr_dated_after(text: str, names: list[NameSpan], first: NameSpan, known: set[int]) -> list[NameSpan]:
    """fr: "a racheté Norvia en 2014, puis Dastrel en 2016": the companies bought one after the other, each told
    with its own date or price, after the first one."""
    found: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or name.start in known:
            continue
        if is_place(name) or not _FR_DATED_THEN.fullmatch(text, left.end, name.start) or not _FR_DATED.match(text, name.end):
            break
        found.append(name)
        left = name
    return found


# fr: "un consortium mené par Velkor et comprenant Norvia": the leader named before the members of a group that deals
_FR_GROUP_LED_BY = re.compile(
    r"\b(?:consortium|groupement|alliance|coalition|groupe d['’]investisseurs|pool)\s+(?:[a-zà-ÿ-]+\s+){0,2}?"
    r"(?:mené|emmené|conduit|piloté|dirigé|formé|constitué|composé)e?\s+(?:par|de)\s+(?:l['’]|la |le |les )?(?:(?:groupe|société|fonds)\s+)?$"
)
_FR_GROUP_MEMBER_GLUE = re.compile(
    r"\s*,?\s*(?:et|ainsi que)\s+(?:comprenant|incluant|associant|réunissant|regroupant|rassemblant|auquel participe|dont fait partie)\s+"
    r"(?:(?:l['’]|la |le |les )(?:[a-zà-ÿ][\w'’-]*\s+){0,3})?"
)


def fr_group_leader(text: str, names: list[NameSpan], subject: NameSpan) -> NameSpan | None:
    """fr: "Un consortium mené par Velkor et comprenant Norvia rachète Dastrel": the member read as the subject has
    the group's leader before it, who deals as well."""
    before = [n for n in names if n.end <= subject.start]
    if not before:
        return None
    leader = before[-1]
    if not _FR_GROUP_MEMBER_GLUE.fullmatch(text, leader.end, subject.start):
        return None
    return leader if _FR_GROUP_LED_BY.search(text, max(0, leader.start - 80), leader.start) else None
