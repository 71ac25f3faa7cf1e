"""The run report every stage returns: counts, and every problem named.

Bad input never disappears silently: each malformed feed, undecodable message
or rejected record becomes a ``Problem`` with where it happened and why.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timezone
from typing import Any

from pydantic import BaseModel, Field

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Problem(BaseModel):
    where: str = Field(description="source id, topic/partition/offset or object key")
    kind: str = Field(description="short machine-readable class, e.g. malformed_xml, timeout, undecodable")
    message: str


class StageReport(BaseModel):
    stage: str
    started_at: datetime = Field(default_factory=_now)
    finished_at: datetime | None = None
    counts: Counter[str] = Field(default_factory=Counter)
    problems: list[Problem] = Field(default_factory=list)
    details: list[dict[str, Any]] = Field(default_factory=list, description="per-source or per-batch rows")

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] += n

    def problem(self, where: str, kind: str, message: str) -> None:
        self.problems.append(Problem(where=where, kind=kind, message=message))

    def finish(self) -> StageReport:
        """Stamp the end and log the run's numbers once, for whoever reads the logs rather than the return value."""
        self.finished_at = _now()
        kinds = Counter(problem.kind for problem in self.problems)
        seconds = round((self.finished_at - self.started_at).total_seconds(), 3)
        fields = {"stage": self.stage, "seconds": seconds, "counts": dict(self.counts), "problems": dict(kinds)}
        (log.warning if self.problems else log.info)("stage finished", extra=fields)
        return self

    @property
    def ok(self) -> bool:
        return not self.problems
