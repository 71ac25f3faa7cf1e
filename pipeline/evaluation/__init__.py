"""Scoring the extractor on labelled articles (``dealwire eval``).

Two label formats: MUC-style templates (exact-string slots) and deal labels
(per-field comparison of aligned records). See ``template`` and ``fields`` for
the exact rules.
"""

from __future__ import annotations

from pipeline.evaluation.dataset import EvalSet, load, raw_item
from pipeline.evaluation.runner import evaluate, prediction_line, score
from pipeline.evaluation.scores import Counts, Report

__all__ = ["Counts", "EvalSet", "Report", "evaluate", "load", "prediction_line", "raw_item", "score"]
