"""Per-field scoring of DealRecords against deal-labelled articles.

How an article is scored:

* ``detection`` is per article: an article with at least one gold deal and at
  least one predicted record is a hit; records for an article without deals
  are a false positive; no record for an article with deals is a miss.
* Predicted records are aligned to gold deals greedily: every (gold, predicted)
  pair gets the number of gold parties the record names; the pair with the most
  shared parties is taken first (ties: same deal type first, then article order),
  both sides leave the pool, and so on. Pairs sharing no party are never aligned,
  so a record only earns field credit for a deal it identifies by a party.
* For an aligned pair, each field present on both sides is a hit when it agrees
  and a false positive plus a false negative when it does not; a field present
  on one side only is a miss or a false positive. Unaligned gold deals count a
  miss, unaligned records a false positive, for every field they carry.
* ``parties`` counts parties, not deals: gold and predicted parties are matched
  one-to-one by name (gold name or alias, after case folding and removing legal
  suffixes with cleanco); roles are not compared.
* ``amount``/``unit_price`` agree when currencies are equal and values are within
  0.5 %; when either side has no point value, the bounds (lower/upper) that
  either side carries must all be present on both and agree within 0.5 %.
  An undisclosed amount is no amount. ``quantity`` compares value (0.5 %) and unit.
  ``status`` "unknown" and a null ``country`` count as not predicted.
* TOTAL pools the counts of every field (micro average).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from cleanco import basename

from pipeline.evaluation.scores import Counts
from pipeline.models import DealRecord, DealStatus, Money, Quantity

FIELDS: tuple[str, ...] = (
    "detection",
    "parties",
    "amount",
    "quantity",
    "unit_price",
    "deal_type",
    "status",
    "country",
)
TOLERANCE = Decimal("0.005")

_PUNCT = re.compile(r"[^\w]+")

Gold = Mapping[str, Any]


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Case-folded name without legal suffix or punctuation: "Foo Corp." ~ "FOO"."""
    folded = " ".join(name.casefold().split())
    stripped = basename(folded) or folded
    return _PUNCT.sub(" ", stripped).strip()


def _dec(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def close(a: Decimal, b: Decimal, tolerance: Decimal = TOLERANCE) -> bool:
    """Relative agreement within ``tolerance`` (0.5 %), exact for zero."""
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return abs(a - b) <= tolerance * scale


# --- normalised views of gold and predictions ------------------------------------

_Amount = tuple[str | None, Decimal | None, Decimal | None, Decimal | None]  # currency, value, lower, upper


def gold_money(raw: Gold | None) -> _Amount | None:
    if not raw:
        return None
    value, lower, upper = _dec(raw.get("value")), _dec(raw.get("lower")), _dec(raw.get("upper"))
    if value is None and lower is None and upper is None:
        return None
    currency = raw.get("currency")
    return (currency.upper() if isinstance(currency, str) else None, value, lower, upper)


def pred_money(money: Money | None) -> _Amount | None:
    if money is None or not money.disclosed:
        return None
    if money.value is None and money.lower is None and money.upper is None:
        return None
    return (money.currency, money.value, money.lower, money.upper)


def money_agrees(gold: _Amount, pred: _Amount) -> bool:
    if gold[0] != pred[0]:
        return False
    if gold[1] is not None and pred[1] is not None:
        return close(gold[1], pred[1])
    for g, p in ((gold[2], pred[2]), (gold[3], pred[3])):
        if g is None and p is None:
            continue
        if g is None or p is None or not close(g, p):
            return False
    return any(b is not None for b in (gold[2], gold[3]))


def _unit_key(unit: str) -> str:
    unit = unit.casefold().strip()
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


_Qty = tuple[Decimal, str]


def gold_quantity(raw: Gold | None) -> _Qty | None:
    if not raw:
        return None
    value = _dec(raw.get("value"))
    unit = raw.get("unit")
    if value is None or not isinstance(unit, str):
        return None
    return (value, _unit_key(unit))


def pred_quantity(quantity: Quantity | None) -> _Qty | None:
    return None if quantity is None else (quantity.value, _unit_key(quantity.unit))


def quantity_agrees(gold: _Qty, pred: _Qty) -> bool:
    return gold[1] == pred[1] and close(gold[0], pred[0])


def gold_party_keys(deal: Gold) -> list[set[str]]:
    """One set of acceptable keys per gold party (its name and aliases)."""
    parties = []
    for party in deal.get("parties") or []:
        names = [party.get("name") or ""] + list(party.get("aliases") or [])
        keys = {name_key(n) for n in names if n and name_key(n)}
        if keys:
            parties.append(keys)
    return parties


def pred_party_keys(record: DealRecord) -> list[set[str]]:
    """One key set per distinct predicted party (name and normalised name)."""
    seen: dict[str, set[str]] = {}
    for party in record.parties:
        keys = {k for k in (name_key(party.name), name_key(party.normalized_name)) if k}
        if keys and not any(keys & other for other in seen.values()):
            seen[name_key(party.name) or next(iter(keys))] = keys
    return list(seen.values())


def party_hits(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> int:
    """Greedy one-to-one matching of parties; sizes are tiny, order is stable."""
    used: set[int] = set()
    hits = 0
    for keys in gold:
        for j, pkeys in enumerate(pred):
            if j not in used and keys & pkeys:
                used.add(j)
                hits += 1
                break
    return hits


# --- per-field comparison ----------------------------------------------------------


def _compare(counts: Counts, gold: Any, pred: Any, agrees: bool) -> None:
    if gold is not None and pred is not None:
        if agrees:
            counts.tp += 1
        else:
            counts.fp += 1
            counts.fn += 1
    elif gold is not None:
        counts.fn += 1
    elif pred is not None:
        counts.fp += 1


def _gold_scalars(deal: Gold) -> dict[str, Any]:
    status = deal.get("status")
    return {
        "amount": gold_money(deal.get("amount")),
        "unit_price": gold_money(deal.get("unit_price")),
        "quantity": gold_quantity(deal.get("quantity")),
        "deal_type": deal.get("deal_type") or None,
        "status": status if status and status != DealStatus.UNKNOWN.value else None,
        "country": (deal.get("country") or None) and str(deal["country"]).upper(),
    }


def _pred_scalars(record: DealRecord) -> dict[str, Any]:
    return {
        "amount": pred_money(record.amount),
        "unit_price": pred_money(record.unit_price),
        "quantity": pred_quantity(record.quantity),
        "deal_type": record.deal_type.value,
        "status": None if record.status is DealStatus.UNKNOWN else record.status.value,
        "country": record.country,
    }


def _agrees(field: str, gold: Any, pred: Any) -> bool:
    if gold is None or pred is None:
        return False
    if field in ("amount", "unit_price"):
        return money_agrees(gold, pred)
    if field == "quantity":
        return quantity_agrees(gold, pred)
    return bool(gold == pred)


def align(deals: Sequence[Gold], records: Sequence[DealRecord]) -> list[tuple[int, int]]:
    """Greedy (gold index, record index) pairs by shared parties, best first."""
    gold_keys = [gold_party_keys(d) for d in deals]
    pred_keys = [pred_party_keys(r) for r in records]
    candidates = []
    for gi, deal in enumerate(deals):
        for pi, record in enumerate(records):
            shared = party_hits(gold_keys[gi], pred_keys[pi])
            if shared:
                same_type = deal.get("deal_type") == record.deal_type.value
                candidates.append((-shared, not same_type, gi, pi))
    candidates.sort()
    pairs: list[tuple[int, int]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            pairs.append((gi, pi))
            used_gold.add(gi)
            used_pred.add(pi)
    return sorted(pairs)


def score_article(deals: Sequence[Gold], records: Sequence[DealRecord]) -> dict[str, Counts]:
    """Counts per field for one article."""
    counts = {name: Counts() for name in FIELDS}
    _compare(counts["detection"], True if deals else None, True if records else None, True)

    pairs = align(deals, records)
    aligned_gold = {gi for gi, _ in pairs}
    aligned_pred = {pi for _, pi in pairs}

    for gi, pi in pairs:
        gkeys, pkeys = gold_party_keys(deals[gi]), pred_party_keys(records[pi])
        hits = party_hits(gkeys, pkeys)
        counts["parties"].add(Counts(tp=hits, fp=len(pkeys) - hits, fn=len(gkeys) - hits))
        gold, pred = _gold_scalars(deals[gi]), _pred_scalars(records[pi])
        for field, g in gold.items():
            _compare(counts[field], g, pred[field], _agrees(field, g, pred[field]))

    for gi, deal in enumerate(deals):
        if gi in aligned_gold:
            continue
        counts["parties"].fn += len(gold_party_keys(deal))
        for field, g in _gold_scalars(deal).items():
            _compare(counts[field], g, None, False)
    for pi, record in enumerate(records):
        if pi in aligned_pred:
            continue
        counts["parties"].fp += len(pred_party_keys(record))
        for field, p in _pred_scalars(record).items():
            _compare(counts[field], None, p, False)
    return counts
