"""Run an extractor over an eval set and score it; what ``dealwire eval`` calls."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

from pipeline.evaluation import fields, template
from pipeline.evaluation.dataset import DEALS, TEMPLATE, EvalSet, iter_articles, load, raw_item
from pipeline.evaluation.scores import NO_RECORDS, Counts, Problem, Report
from pipeline.models import DealRecord, RawItem

Extractor = Callable[..., Sequence[DealRecord]]


def default_extractor() -> Extractor:
    """The production extractor, imported late so scoring works without it."""
    from pipeline.extract import extract

    return extract


def score(
    eval_set: EvalSet,
    predictions: Sequence[Sequence[DealRecord]],
    *,
    all_records: bool = False,
    problems: Sequence[Problem] = (),
) -> Report:
    """Score ready-made predictions (one list of records per article, in order)."""
    if len(predictions) != len(eval_set.lines):
        raise ValueError(f"{len(predictions)} predictions for {len(eval_set.lines)} articles")
    names = (eval_set.slots or template.SLOTS) if eval_set.kind == TEMPLATE else fields.FIELDS
    parts = {name: Counts() for name in names}
    for line, records in zip(eval_set.lines, predictions, strict=True):
        if eval_set.kind == TEMPLATE:
            chosen = list(records) if all_records else template.main_records(records)
            article = template.score_article(chosen, line.get("template") or {}, names)
        else:
            article = fields.score_article(line.get("deals") or [], records)
        for name, counts in article.items():
            parts[name].add(counts)
    named = sorted([*eval_set.problems, *problems], key=lambda p: p.line)
    return Report(kind=eval_set.kind, set_name=eval_set.name, articles=len(eval_set.lines), parts=parts, problems=named)


def evaluate(
    path: Path,
    *,
    extractor: Extractor | None = None,
    predictions_out: IO[str] | None = None,
    all_records: bool = False,
    max_chars: int | None = None,
) -> Report:
    """Extract every article of ``path`` and score the records against its labels.

    An article the pipeline would not turn into records (longer than ``max_chars``, the extract stage's cap;
    the extractor failing on it; evidence outside its text) is scored with no records, as production would
    deliver none, and named in the report: one bad article neither stops the run nor disappears from it.
    """
    eval_set = load(path)
    extract = extractor or default_extractor()
    if max_chars is None:
        from pipeline.settings import get_settings

        max_chars = get_settings().text_max_chars
    extracted_at = datetime.now(timezone.utc)
    predictions: list[list[DealRecord]] = []
    problems: list[Problem] = []
    for number, line, lang in iter_articles(eval_set):
        error_text: str | None = None
        try:
            item = raw_item(line, eval_set.name, lang)
            if len(item.text) > max_chars:
                raise ValueError(
                    f"text of {len(item.text)} characters is over the extract stage's cap of {max_chars} "
                    "(DEALWIRE_TEXT_MAX_CHARS)"
                )
            records = list(extract(item, extracted_at=extracted_at))
            _check_evidence(item, records)
        except Exception as error:  # noqa: BLE001 - one article's failure is named, the run goes on
            error_text = f"{type(error).__name__}: {error}"[:500]
            problems.append(Problem(number, line["id"], error_text, NO_RECORDS))
            records = []
        predictions.append(records)
        if predictions_out is not None:
            predictions_out.write(prediction_line(line["id"], records, error=error_text) + "\n")
    return score(eval_set, predictions, all_records=all_records, problems=problems)


def _check_evidence(item: RawItem, records: Sequence[DealRecord]) -> None:
    """An eval must not reward spans that are not in the article."""
    for record in records:
        for name, span in record.evidences():
            if item.text[span.start : span.end] != span.text:
                raise ValueError(f"{name} evidence does not match the text")


def prediction_line(article_id: Any, records: Sequence[DealRecord], *, error: str | None = None) -> str:
    """One article's records as JSON (each a DealRecord in its JSON form); ``error`` when none could be made."""
    payload: dict[str, Any] = {"id": article_id, "records": [r.model_dump(mode="json") for r in records]}
    if error is not None:
        payload["error"] = error
    return json.dumps(payload, ensure_ascii=False)


__all__ = ["DEALS", "TEMPLATE", "default_extractor", "evaluate", "prediction_line", "score"]
