"""MUC-style template scoring (the Utah IE course rule) for DealRecords.

Our reading of the rule "exact match, each filler counts once":

* A slot's gold is a list of *fillers*; a filler is a list of acceptable strings.
* The prediction for a slot is the **set** of distinct strings the records give
  (the same string predicted twice is one prediction, not one hit plus one
  false positive: the template has no notion of a repeated filler).
* A predicted string is correct when it equals one acceptable string of a filler.
  Predictions and fillers are matched one-to-one (maximum bipartite matching),
  so a filler counts once: predicting two variants of the same filler yields one
  hit and one false positive.
* Strings are compared after collapsing runs of whitespace (spaces, tabs,
  newlines, also inside or around a key) to one space and trimming the ends,
  because the keys were written on one line while the Reuters texts wrap names
  across lines; and in Unicode NFC, so an accent composed differently in key and
  text is the same character. Nothing else is normalised (case, punctuation,
  articles and a trailing period count).
* recall = hits / fillers, precision = hits / distinct predictions, per slot;
  TOTAL pools the counts of FORMAT's seven slots and of any other slot the file
  labels (micro average): a slot we never fill counts its fillers as misses, a
  slot a line leaves out has no fillers there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from pipeline.evaluation.scores import Counts, max_matching
from pipeline.models import DealRecord, PartyRole

SLOTS: tuple[str, ...] = ("PURCHASER", "ACQUIRED", "SELLER", "DLRAMT", "STATUS", "ACQLOC", "ACQBUS")


def squash(text: str) -> str:
    """Collapse whitespace (and compose accents), the only normalisation the exact-match rule tolerates."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def slot_fillers(records: Iterable[DealRecord]) -> dict[str, list[str]]:
    """Map records onto template slots, keeping first-seen order and dropping duplicates."""
    slots: dict[str, list[str]] = {slot: [] for slot in SLOTS}

    def put(slot: str, value: str | None) -> None:
        if value is None:
            return
        value = squash(value)
        if value and value not in slots[slot]:
            slots[slot].append(value)

    for record in records:
        for party in record.parties:
            if party.role in (PartyRole.BUYER, PartyRole.INVESTOR):
                put("PURCHASER", party.name)
            elif party.role is PartyRole.SELLER:
                put("SELLER", party.name)
            elif party.role is PartyRole.TARGET:
                put("ACQUIRED", party.name)
                put("ACQLOC", party.location_text)
                put("ACQBUS", party.business)
        if record.amount is not None and record.amount.evidence is not None:
            put("DLRAMT", record.amount.evidence.text)
        if record.status_evidence is not None:
            put("STATUS", record.status_evidence.text)
    return slots


def _matching(predicted: Sequence[str], fillers: Sequence[Sequence[str]]) -> int:
    """Size of a maximum one-to-one matching of predictions to fillers they hit."""
    options = [{squash(alt) for alt in filler} for filler in fillers]
    return max_matching([[j for j, alts in enumerate(options) if guess in alts] for guess in predicted])


def score_slot(predicted: Sequence[str], fillers: Sequence[Sequence[str]]) -> Counts:
    """Counts for one slot of one article; ``predicted`` is deduplicated first."""
    distinct = list(dict.fromkeys(squash(p) for p in predicted if squash(p)))
    hits = _matching(distinct, fillers)
    return Counts(tp=hits, fp=len(distinct) - hits, fn=len(fillers) - hits)


def score_article(
    records: Sequence[DealRecord],
    template: Mapping[str, Sequence[Sequence[str]]],
    slots: Sequence[str] = SLOTS,
) -> dict[str, Counts]:
    """Score one article's records against its answer key, slot by slot (a slot the line lacks has no fillers)."""
    predicted = slot_fillers(records)
    return {slot: score_slot(predicted.get(slot, []), template.get(slot, [])) for slot in slots}


def main_records(records: Sequence[DealRecord]) -> list[DealRecord]:
    """The record the template describes: the extractor's most confident one.

    A Reuters acquisition key describes one deal; background deals the
    extractor also reports would only add false positives to every slot.
    Ties keep the extractor's order (it lists the main deal first).
    """
    if not records:
        return []
    best = max(range(len(records)), key=lambda i: (records[i].confidence, -i))
    return [records[best]]
