"""The Great Expectations suite: checked in as JSON, loaded at run time, run per batch.

The JSON under ``schemas/expectations/`` is the contract ops read and review;
``suite_document()`` regenerates it from the enums and ISO lists so the two can
be diffed (``dealwire schemas export`` rewrites it). Loading refuses
a suite GX would silently thin out (GX drops unknown expectation types with a
log line only), and a verdict refuses results it cannot attribute to records,
so a GX, pandas or marshmallow upgrade cannot quietly stop validating.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.models import DealStatus, DealType, PartyKind, PartyRole
from pipeline.stack.process import alive
from pipeline.validate import rules

SUITE_NAME = "deal_records.v1"
SUITE_PATH = Path(__file__).resolve().parents[2] / "schemas" / "expectations" / f"{SUITE_NAME}.json"

log = logging.getLogger(__name__)

# each run's GX project lives in <tmp>/dealwire-gx-<pid>-<random>; a run killed before it could clean up (a task
# timed out with SIGKILL, an OOM kill) leaves its few MB behind, which the next run on the machine removes
_PROJECT_PREFIX = "dealwire-gx-"


class SuiteError(RuntimeError):
    """The suite could not be loaded or run as written: never curate on a half-run suite."""


def _expectation(rule: str, message: str, type_: str, **kwargs: Any) -> dict[str, Any]:
    return {"type": type_, "kwargs": kwargs, "meta": {"rule": rule, "message": message}, "description": message}


def suite_document() -> dict[str, Any]:
    """The suite as GX 1.x JSON, built from the same enums and ISO lists as the model."""
    expectations = [
        _expectation("mention_id_present", "mention_id is missing",
                     "expect_column_values_to_not_be_null", column="mention_id"),
        _expectation("mention_id_unique", "mention_id appears more than once in the batch",
                     "expect_column_values_to_be_unique", column="mention_id"),
        _expectation("deal_type_enum", "deal_type is not a known deal type",
                     "expect_column_values_to_be_in_set", column="deal_type",
                     value_set=rules.enum_values(DealType)),
        _expectation("status_enum", "status is not a known deal status",
                     "expect_column_values_to_be_in_set", column="status",
                     value_set=rules.enum_values(DealStatus)),
        _expectation("confidence_present", "confidence is missing",
                     "expect_column_values_to_not_be_null", column="confidence"),
        _expectation("confidence_range", "confidence is outside [0, 1]",
                     "expect_column_values_to_be_between", column="confidence", min_value=0.0, max_value=1.0),
        _expectation("amount_currency_iso4217", "amount currency is not an ISO 4217 code",
                     "expect_column_values_to_be_in_set", column="amount_currency",
                     value_set=rules.currency_codes()),
        _expectation("unit_price_currency_iso4217", "unit price currency is not an ISO 4217 code",
                     "expect_column_values_to_be_in_set", column="unit_price_currency",
                     value_set=rules.currency_codes()),
        _expectation("value_usd_range", "amount in USD is outside [1e3, 1e13]",
                     "expect_column_values_to_be_between", column="amount_value_usd",
                     min_value=float(rules.VALUE_USD_MIN), max_value=float(rules.VALUE_USD_MAX)),
        _expectation("country_iso3166", "deal country is not an ISO 3166-1 alpha-2 code",
                     "expect_column_values_to_be_in_set", column="country", value_set=rules.country_codes()),
        _expectation("party_country_iso3166", "a party country is not an ISO 3166-1 alpha-2 code",
                     "expect_column_values_to_match_regex", column="party_countries",
                     regex=rules.list_regex(rules.country_codes(), allow_empty=True)),
        _expectation("has_party", "the record names no party",
                     "expect_column_values_to_be_between", column="party_count", min_value=1),
        _expectation("party_role_enum", "a party role is not a known role",
                     "expect_column_values_to_match_regex", column="party_roles",
                     regex=rules.list_regex(rules.enum_values(PartyRole))),
        _expectation("party_kind_enum", "a party kind is not a known kind",
                     "expect_column_values_to_match_regex", column="party_kinds",
                     regex=rules.list_regex(rules.enum_values(PartyKind))),
        _expectation("evidence_start_in_text", "an evidence span starts before the text",
                     "expect_column_values_to_be_between", column="min_evidence_start", min_value=0),
        _expectation("evidence_end_in_text", "an evidence span ends past the text",
                     "expect_column_pair_values_a_to_be_greater_than_b", column_A="text_length",
                     column_B="max_evidence_end", or_equal=True, ignore_row_if="either_value_is_missing"),
        _expectation("quantity_price_consistent", "quantity × unit price disagrees with the amount beyond tolerance",
                     "expect_column_pair_values_a_to_be_greater_than_b", column_A="consistency_tolerance",
                     column_B="consistency_deviation", or_equal=True, ignore_row_if="either_value_is_missing"),
        _expectation("published_not_future", "published_at is later than the record reached the pipeline",
                     "expect_column_values_to_be_between", column="published_ahead_s",
                     max_value=float(rules.CLOCK_SKEW_S)),
    ]
    return {"name": SUITE_NAME, "expectations": expectations, "meta": {"contract": "DealRecord v1"}}


def render_suite() -> str:
    return json.dumps(suite_document(), indent=2, ensure_ascii=False) + "\n"


def load_suite_document(path: Path = SUITE_PATH) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    for expectation in document["expectations"]:
        if not expectation.get("meta", {}).get("rule"):
            raise SuiteError(f"{path}: expectation {expectation.get('type')} has no meta.rule to report failures by")
    return document


@dataclass(frozen=True)
class Failure:
    rule: str
    expectation: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "expectation": self.expectation, "message": self.message}


@dataclass
class Verdict:
    """Per-row failures (row = position in the frame) and failure counts per rule."""

    failures: dict[int, list[Failure]] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)


def _rule(meta: dict[str, Any] | None) -> str:
    """The Dealwire rule an expectation checks: the key of its failures in the run report."""
    if not meta or not meta.get("rule"):
        raise SuiteError("an expectation of the suite has no meta.rule")
    return str(meta["rule"])


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


class SuiteRunner:
    """One file-mode GX context per stage run, so the run's Data Docs can be built and shipped."""

    def __init__(self, suite_path: Path = SUITE_PATH, root: Path | None = None) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import great_expectations as gx
            from great_expectations.data_context.types.base import ProgressBarsConfig
        self._gx = gx
        if root is None:
            remove_orphaned_projects(Path(tempfile.gettempdir()))
        self._tmp = tempfile.TemporaryDirectory(prefix=f"{_PROJECT_PREFIX}{os.getpid()}-") if root is None else None
        self.root = Path(self._tmp.name) if self._tmp is not None else root
        self.document = load_suite_document(suite_path)
        self.context = gx.get_context(mode="file", project_root_dir=str(self.root))
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        suite = gx.ExpectationSuite(
            name=self.document["name"], expectations=self.document["expectations"], meta=self.document.get("meta")
        )
        loaded = [e.expectation_type for e in suite.expectations]
        wanted = [e["type"] for e in self.document["expectations"]]
        if loaded != wanted:
            missing = sorted(set(wanted) - set(loaded))
            raise SuiteError(f"GX dropped expectations while loading {suite_path.name}: {missing}")
        self.rules = {_rule(e.meta): e.expectation_type for e in suite.expectations}
        suite = self.context.suites.add(suite)
        asset = self.context.data_sources.add_pandas("deal_candidates").add_dataframe_asset("batch")
        self.validation = self.context.validation_definitions.add(
            gx.ValidationDefinition(name="deal_records", data=asset.add_batch_definition_whole_dataframe("all"),
                                    suite=suite)
        )

    def validate(self, df: pd.DataFrame, label: str) -> Verdict:
        """Run the suite over ``df`` and say which row failed which rule, and why."""
        from great_expectations.core.run_identifier import RunIdentifier

        verdict = Verdict()
        if df.empty:
            return verdict
        result = self.validation.run(
            batch_parameters={"dataframe": df},
            result_format={"result_format": "COMPLETE", "unexpected_index_column_names": [rules.ROW_ID]},
            run_id=RunIdentifier(run_name=label),
        )
        if len(result.results) != len(self.rules):
            raise SuiteError(f"suite ran {len(result.results)} expectations, {len(self.rules)} expected")
        for outcome in result.results:
            config = outcome.expectation_config
            if config is None:
                raise SuiteError("GX returned a result without its expectation")
            rule = _rule(config.meta)
            if outcome.exception_info and outcome.exception_info.get("raised_exception"):
                raise SuiteError(f"expectation {rule} raised: {outcome.exception_info.get('exception_message')}")
            if outcome.success:
                continue
            found = outcome.result.get("unexpected_index_list") or []
            expected = outcome.result.get("unexpected_count")
            if not found or (expected is not None and expected != len(found)):
                raise SuiteError(f"expectation {rule} failed but names {len(found)} of {expected} rows")
            message = (config.meta or {}).get("message", rule)
            for entry in found:
                index = int(_plain(entry[rules.ROW_ID]))
                shown = ", ".join(f"{k}={_plain(v)!r}" for k, v in sorted(entry.items()) if k != rules.ROW_ID)
                verdict.failures.setdefault(index, []).append(
                    Failure(rule=rule, expectation=config.type, message=f"{message} ({shown})")
                )
                verdict.counts[rule] += 1
        return verdict

    def build_docs(self) -> Path:
        """Build the Data Docs site for every batch validated so far; return its folder."""
        urls = self.context.build_data_docs()
        index = Path(urls["local_site"].removeprefix("file://"))
        return index.parent

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()


def _last_written(path: Path) -> float:
    return max((entry.stat().st_mtime for entry in path.rglob("*")), default=path.stat().st_mtime)


def remove_orphaned_projects(folder: Path, *, idle_seconds: float = 3600) -> list[Path]:
    """Remove the GX projects of runs whose process is gone and that nothing wrote to for ``idle_seconds``.

    The idle time guards a /tmp shared between PID namespaces (containers), where a live run's pid may not answer here.
    """
    removed = []
    now = time.time()
    for path in folder.glob(f"{_PROJECT_PREFIX}*-*"):
        pid = path.name.removeprefix(_PROJECT_PREFIX).split("-", 1)[0]
        if not pid.isdigit() or not path.is_dir() or alive(int(pid)):
            continue
        try:
            if now - _last_written(path) < idle_seconds:
                continue
        except OSError:
            continue  # removed under our feet by another run
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    if removed:
        log.info("removed %d Great Expectations project(s) left by killed validate runs", len(removed))
    return removed


def write_suite(path: Path = SUITE_PATH) -> Path:
    """Regenerate the checked-in suite after the enums or ISO lists changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_suite(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write_suite()}")
