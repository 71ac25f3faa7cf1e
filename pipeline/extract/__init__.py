"""Deal extraction: RawItem text → DealRecords with evidence (issue 4)."""

from __future__ import annotations

from pipeline.extract.deals import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
