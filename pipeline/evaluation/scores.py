"""Counts of hits and misses, and the precision/recall/F1 they give.

Every scorer in this package reduces to true positives, false positives and
false negatives, so per-slot scores and the micro-averaged TOTAL are computed
the same way and can be summed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
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


def max_matching(edges: Sequence[Sequence[int]]) -> int:
    """Size of a maximum one-to-one matching; ``edges[i]`` lists the right-hand items left item ``i`` may take.

    "Each filler (or party) counts once" needs the best pairing, not the first: a greedy pass can give a
    shared alternative to the wrong side and score a hit as a miss. Sizes are a few per article.
    """
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(edges)) if augment(i, set()))


def micro_total(parts: Iterable[Counts]) -> Counts:
    """Pool the counts of every slot, so frequent slots weigh more (micro average)."""
    total = Counts()
    for part in parts:
        total.add(part)
    return total


# What happened to a line with a problem (the report lists each one).
SKIPPED = "not scored"  # the line is not an article of the file's kind: left out of every count
NO_RECORDS = "scored with no records"  # the article could not be extracted: its gold deals count as misses
READ_AS = "scored"  # an oddity read one documented way (the message says how)


@dataclass(frozen=True)
class Problem:
    """One named problem of one line: ``line`` is the physical line number in the file (1-based)."""

    line: int
    id: Any
    message: str
    effect: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "id": self.id, "problem": self.message, "effect": self.effect}

    def __str__(self) -> str:
        named = f" (id {self.id!r})" if self.id is not None else ""
        return f"line {self.line}{named}: {self.message} [{self.effect}]"


@dataclass
class Report:
    """One scored run: ``kind`` is "template" or "deals", ``parts`` per slot/field.

    ``articles`` counts the articles scored; ``problems`` names every line that was left out, scored without
    records, or read in a documented way.
    """

    kind: str
    set_name: str
    articles: int
    parts: dict[str, Counts]
    problems: list[Problem] = field(default_factory=list)

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
            "lines_not_scored": sum(1 for p in self.problems if p.effect == SKIPPED),
            "problems": [p.as_dict() for p in self.problems],
        }
