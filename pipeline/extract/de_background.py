"""German background deals: a deal told in an attributive participle or a relative clause inside another deal's sentence.

"Velkor übernimmt die von Dastrel verkaufte Norvia", "Velkor, das 2012 Norvia gekauft hatte, übernimmt Dastrel":
``followups`` finds these background deals (``de_attributive_deals``, ``de_relative_deals``); the steps here set
them among the verbs' candidates (``de_with_attributive``) and check each German record next to them
(``de_background_checked``): whose sum and whose status cue is whose. ``deals`` calls both; the French
counterpart is ``fr_background``.
"""

from __future__ import annotations

import re

from pipeline.extract.candidates import Candidate
from pipeline.extract.kinds import normalize
from pipeline.extract.status import best_status, find_statuses, status_for_type
from pipeline.models import DealRecord, DealStatus, DealType, Evidence, PartyRole


def de_background_checked(
    text: str, cand: Candidate, record: DealRecord, merged: list[Candidate], attributive: list[Candidate],
    relative: list[tuple[Candidate, tuple[int, int]]],
) -> DealRecord:
    """de: a record read next to background deals: a later sentence's price that is another deal's goes; a verb's status
    is read outside the background phrases; a background deal told in a past form is completed (an attributive one
    keeps no sum either: the sentence's belong to its own verb). Public: ``deals.extract`` runs it on each German record."""
    if _de_price_of_other_deal(record, cand, merged):
        record = record.model_copy(update={"amount": None})
    record = _de_bid_received(text, cand, record)
    if not attributive and not relative:
        return record
    if any(cand is c for c, _ in relative):
        return record.model_copy(update={"status": DealStatus.COMPLETED})
    if any(cand is c for c in attributive):
        return record.model_copy(update={"status": DealStatus.COMPLETED, "status_evidence": None, "amount": None})
    return _de_status_outside(text, cand, record, [(c.trigger.start, c.trigger.end) for c in attributive] + [span for _, span in relative])


# "Norvia hat ein Angebot von Velkor erhalten", "Norvia erhielt von Velkor ein Angebot": a bid received (the passive
# reading of a bid); the verb of receiving says an order is won, a bid is only made
_DE_BID_RECEIVED = re.compile(r"\b(?:erhält|erhielt|erhielten|bekommt|bekam|bekamen|erhalten|bekommen)\b")
_DE_BID_WORD = re.compile(r"(?:Übernahme|Kauf|Gegen|Konkurrenz)?(?:[Aa]ngebot|[Oo]fferte|[Gg]ebot)")


def _de_bid_received(text: str, cand: Candidate, record: DealRecord) -> DealRecord:
    """de: a bid received is announced, whatever the verb of receiving would say of a contract (agreed, completed):
    the company named before the verb and the bid is bid for (a bid that won "den Zuschlag" stays as it is)."""
    evidence = record.status_evidence
    s_start, s_end = cand.sentence
    if record.deal_type is not DealType.ACQUISITION or record.status not in (DealStatus.AGREED, DealStatus.COMPLETED):
        return record
    verb = _DE_BID_RECEIVED.search(text, s_start, s_end)
    bid = _DE_BID_WORD.search(text, s_start, s_end)
    if verb is None or bid is None or "Zuschlag" in text[s_start:s_end]:
        return record
    if evidence is not None and not _DE_BID_RECEIVED.search(evidence.text):
        return record  # a cue of its own ("hat ... zugestimmt") tells where the deal stands
    first = min(verb.start(), bid.start())
    if not any(p.role is PartyRole.TARGET and p.evidence is not None and s_start <= p.evidence.start < first for p in record.parties):
        return record
    return record.model_copy(update={"status": DealStatus.ANNOUNCED})


def _de_status_outside(text: str, cand: Candidate, record: DealRecord, spans: list[tuple[int, int]]) -> DealRecord:
    """de: "Velkor übernimmt die an Dastrel verkaufte Norvia": a cue inside a background deal's participle or relative
    clause tells that deal's status, not the verb's; the verb's is read from the rest of its sentence."""
    evidence = record.status_evidence
    if evidence is None or not any(start <= evidence.start < end for start, end in spans):
        return record
    found = [m for m in find_statuses(text, "de", *cand.sentence) if not any(start <= m.start < end for start, end in spans)]
    best = best_status(found, cand.trigger.start)
    status = status_for_type(record.deal_type, best.status if best is not None else DealStatus.UNKNOWN, best, "de")
    span = {"text": best.text, "start": best.start, "end": best.end} if best is not None else None
    return record.model_copy(update={"status": status, "status_evidence": span and Evidence.model_validate(span)})


def de_with_attributive(candidates: list[Candidate], attributive: list[Candidate]) -> list[Candidate]:
    """de: the deals told in attributive participles join after the ones the verbs tell (background deals); the verb
    reading of the same participle goes, and the participle's agent is no side of the other deals of its sentence
    ("die von Velkor übernommene Norvia kauft Dastrel": Velkor does not sell Dastrel). Public: ``deals.extract`` runs it
    on the German candidates before merging them."""
    if not attributive:
        return candidates
    spans = {c.trigger.start for c in attributive}
    agents = {(c.sentence, c.parties[0].start) for c in attributive}
    kept = [c for c in candidates if c.trigger.start not in spans]
    for cand in kept:
        if any((cand.sentence, p.start) in agents for p in [*cand.parties, *cand.actors]):
            cand.parties = [p for p in cand.parties if (cand.sentence, p.start) not in agents]
            cand.actors = [p for p in cand.actors if (cand.sentence, p.start) not in agents]
    return [c for c in kept if c.parties] + attributive


def _de_price_of_other_deal(record: DealRecord, cand: Candidate, others: list[Candidate]) -> bool:
    """de: "Velkor übernimmt Norvia. Velkor hatte 2018 Dastrel für 200 Millionen Euro gekauft.": a price read from a
    later sentence that tells another deal (a verb trigger, another company bought or sold) is that deal's, not this one's."""
    evidence = record.amount.evidence if record.amount is not None else None
    if evidence is None or cand.sentence[0] <= evidence.start < cand.sentence[1]:
        return False
    targets = {normalize(p.name) for p in cand.parties if p.role is PartyRole.TARGET}
    for other in others:
        if other is cand or other.trigger.noun or not other.sentence[0] <= evidence.start < other.sentence[1]:
            continue
        theirs = {normalize(p.name) for p in other.parties if p.role is PartyRole.TARGET}
        if theirs and not theirs & targets:
            return True
    return False
