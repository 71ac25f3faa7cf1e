"""Counts of hits and misses, and the precision/recall/F1 they give.

Every scorer in this package reduces to true positives, false positives and
false negatives, so per-slot scores and the micro-averaged TOTAL are computed
the same way and can be summed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass
class Counts:
    """Mutable tallies for one slot or field (summed over articles)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = self.tp + self.fn
        return self.tp / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


def micro_total(parts: Iterable[Counts]) -> Counts:
    """Pool the counts of every slot, so frequent slots weigh more (micro average)."""
    total = Counts()
    for part in parts:
        total.add(part)
    return total


@dataclass
class Report:
    """One scored run: ``kind`` is "template" or "deals", ``parts`` per slot/field."""

    kind: str
    set_name: str
    articles: int
    parts: dict[str, Counts]

    @property
    def total(self) -> Counts:
        return micro_total(self.parts.values())

    def as_dict(self) -> dict[str, Any]:
        key = "slots" if self.kind == "template" else "fields"
        return {
            "set": self.set_name,
            "kind": self.kind,
            "articles": self.articles,
            "total": self.total.as_dict(),
            key: {name: counts.as_dict() for name, counts in self.parts.items()},
        }
