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
  one-to-one by name, FORMAT's rule: the predicted ``name`` equals the gold name
  or an alias after case folding and removing legal suffixes (``name_key``:
  nothing else, so "Foo-Bar" is not "Foo Bar"); roles and kinds are not compared.
* ``amount``/``unit_price`` agree when currencies are equal and values are within
  0.5 % of the gold value; when either side has no point value, the bounds
  (lower/upper) that either side carries must all be present on both and agree
  within 0.5 %. An undisclosed amount is no amount. ``quantity`` compares value
  (0.5 %) and unit (singular/plural and spaces aside); a gold quantity without a
  unit is compared on its value. ``status`` "unknown" and a null ``country``
  count as not predicted; deal types and statuses are compared as labels, so
  case and surrounding spaces do not count.
* TOTAL pools the counts of every field (micro average).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any

from cleanco import prepare_default_terms
from cleanco.clean import normalized, strip_punct

from pipeline.evaluation.dataset import decimal_of
from pipeline.evaluation.scores import Counts, max_matching
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

Gold = Mapping[str, Any]

# Legal forms FORMAT's "Inc, Corp, SA, AG, GmbH, plc, …" stands for: cleanco's list of legal terms of every
# country (the one the extractor's keys use too), as word tuples without accents and dots, without the few
# entries that are no legal form and would merge different parties ("Foo UK" is not "Foo"), and with the
# German forms it lacks ("mbH", "UG (haftungsbeschränkt)").
_NOT_LEGAL_FORMS = frozenset({("uk",), ("etat",), ("private",), ("ent",)})
_MORE_LEGAL_FORMS = frozenset({("mbh",), ("ug",), ("ug", "haftungsbeschrankt")})
_EDGE = " \t.,;:!?'\"()[]{}«»“”„‘’‹›-–—/"


@lru_cache(maxsize=1)
def _legal_forms() -> tuple[frozenset[tuple[str, ...]], int]:
    forms = {tuple(parts) for _, parts in prepare_default_terms()} - _NOT_LEGAL_FORMS
    forms |= _MORE_LEGAL_FORMS
    return frozenset(forms), max(len(f) for f in forms)


def _bare(word: str) -> str:
    """A word as legal forms are listed: case-folded, no accents, no dots, commas, hyphens or brackets."""
    return str(strip_punct(normalized(word))).strip("()[]")


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """FORMAT's party key: the case-folded name without its legal suffixes ("Foo, Inc." ~ "FOO"; "Foo Co Ltd" ~ "foo").

    Stacked suffixes all go ("GmbH & Co. KG", "Co Ltd"); the first word always stays. Whitespace and Unicode
    normalisation form do not count (text wraps, sources compose accents differently); other punctuation does.
    """
    words = unicodedata.normalize("NFC", name).casefold().split()
    bare = [_bare(w) for w in words]
    forms, longest = _legal_forms()
    while len(words) > 1:
        if not bare[-1]:  # a trailing comma or dash on its own ("Foo , Inc.")
            del words[-1], bare[-1]
            continue
        for size in range(min(longest, len(words) - 1), 0, -1):
            if tuple(bare[-size:]) in forms:
                del words[-size:], bare[-size:]
                break
        else:
            break
    return " ".join(words).strip(_EDGE) or " ".join(words)


def close(gold: Decimal, pred: Decimal, tolerance: Decimal = TOLERANCE) -> bool:
    """``pred`` within ``tolerance`` (0.5 %) of ``gold``, exact for a zero gold value."""
    return abs(gold - pred) <= tolerance * abs(gold)


# --- normalised views of gold and predictions ------------------------------------

_Amount = tuple[str | None, Decimal | None, Decimal | None, Decimal | None]  # currency, value, lower, upper


def gold_money(raw: Gold | None) -> _Amount | None:
    if not raw:
        return None
    value, lower, upper = decimal_of(raw.get("value")), decimal_of(raw.get("lower")), decimal_of(raw.get("upper"))
    if value is None and lower is None and upper is None:
        return None
    currency = raw.get("currency")
    return ((currency.strip().upper() or None) if isinstance(currency, str) else None, value, lower, upper)


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
    """"Wind turbines" ~ "wind_turbine": units are compared singular, lower case, words joined by "_"."""
    unit = "_".join(unit.casefold().replace("-", " ").split())
    return unit[:-1] if unit.endswith("s") and len(unit) > 3 else unit


_Qty = tuple[Decimal, str | None]


def gold_quantity(raw: Gold | None) -> _Qty | None:
    """Value and unit key; a quantity labelled without a unit (None) is compared on its value alone."""
    if not raw:
        return None
    value = decimal_of(raw.get("value"))
    unit = raw.get("unit")
    if value is None:
        return None
    return (value, (_unit_key(unit) or None) if isinstance(unit, str) else None)


def pred_quantity(quantity: Quantity | None) -> _Qty | None:
    return None if quantity is None else (quantity.value, _unit_key(quantity.unit))


def quantity_agrees(gold: _Qty, pred: _Qty) -> bool:
    return (gold[1] is None or gold[1] == pred[1]) and close(gold[0], pred[0])


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
    """One key per distinct predicted party, from its ``name`` only (FORMAT compares the predicted name, not the
    extractor's own ``normalized_name``, which may drop more than a legal suffix)."""
    keys = dict.fromkeys(key for party in record.parties if (key := name_key(party.name)))
    return [{key} for key in keys]


def party_hits(gold: Sequence[set[str]], pred: Sequence[set[str]]) -> int:
    """Size of a maximum one-to-one matching of gold to predicted parties (aliases may overlap between parties)."""
    return max_matching([[j for j, pkeys in enumerate(pred) if keys & pkeys] for keys in gold])


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
    status = _label(deal.get("status"))
    country = deal.get("country")
    return {
        "amount": gold_money(deal.get("amount")),
        "unit_price": gold_money(deal.get("unit_price")),
        "quantity": gold_quantity(deal.get("quantity")),
        "deal_type": _label(deal.get("deal_type")),
        "status": status if status != DealStatus.UNKNOWN.value else None,
        "country": (country.strip().upper() or None) if isinstance(country, str) else None,
    }


def _label(value: Any) -> str | None:
    """A deal type or status as labelled: "Acquisition " is "acquisition"; other values stay what they are."""
    return (value.strip().lower() or None) if isinstance(value, str) else None


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
                same_type = _label(deal.get("deal_type")) == record.deal_type.value
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
