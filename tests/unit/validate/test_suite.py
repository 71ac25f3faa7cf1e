"""The real, checked-in suite run by the real GX: an upgrade that breaks it fails here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pipeline.models import DealRecord
from pipeline.validate import rules
from pipeline.validate.rules import Candidate
from pipeline.validate.suite import SUITE_PATH, SuiteError, SuiteRunner, remove_orphaned_projects, render_suite
from tests.unit.validate.factory import deal_record, future

KAFKA_MS = 1_746_180_000_000


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SuiteRunner]:
    suite_runner = SuiteRunner(root=tmp_path_factory.mktemp("gx"))
    yield suite_runner
    suite_runner.close()


def _frame(records: list[DealRecord]):  # type: ignore[no-untyped-def]
    return rules.frame([Candidate(record=r, offset=i, timestamp_ms=KAFKA_MS) for i, r in enumerate(records)])


def test_checked_in_suite_matches_the_model_enums_and_iso_lists() -> None:
    assert SUITE_PATH.read_text(encoding="utf-8") == render_suite(), "run `python -m pipeline.validate.suite`"


def test_every_expectation_is_named_by_a_rule() -> None:
    document = json.loads(SUITE_PATH.read_text(encoding="utf-8"))
    names = [e["meta"]["rule"] for e in document["expectations"]]
    assert len(names) == len(set(names)) >= 16


def test_valid_batch_passes(runner: SuiteRunner) -> None:
    records = [deal_record(n) for n in range(5)] + [deal_record(9, quantity="4000", unit_price="30000")]
    verdict = runner.validate(_frame(records), "valid")
    assert verdict.failures == {}
    assert not verdict.counts


def _amount(**update: object) -> Callable[[DealRecord], DealRecord]:
    return lambda r: r.model_copy(update={"amount": r.amount.model_copy(update=update)})  # type: ignore[union-attr]


def _party(**update: object) -> Callable[[DealRecord], DealRecord]:
    return lambda r: r.model_copy(update={"parties": [r.parties[0].model_copy(update=update), *r.parties[1:]]})


def _source(**update: object) -> Callable[[DealRecord], DealRecord]:
    return lambda r: r.model_copy(update={"source": r.source.model_copy(update=update)})


# model_copy(update=...) skips pydantic, which is how a loosened model would let these through.
BREAKAGES: dict[str, Callable[[DealRecord], DealRecord]] = {
    "amount_currency_iso4217": _amount(currency="XYZ"),
    "value_usd_range": _amount(value_usd=__import__("decimal").Decimal("5e13")),
    "confidence_range": lambda r: r.model_copy(update={"confidence": 1.2}),
    "country_iso3166": lambda r: r.model_copy(update={"country": "XX"}),
    "party_country_iso3166": _party(country="QQ"),
    "deal_type_enum": lambda r: r.model_copy(update={"deal_type": "takeover"}),
    "status_enum": lambda r: r.model_copy(update={"status": "whispered"}),
    "party_role_enum": _party(role="landlord"),
    "party_kind_enum": _party(kind="club"),
    "has_party": lambda r: r.model_copy(update={"parties": []}),
    "evidence_end_in_text": _source(text_length=20),
    "published_not_future": _source(published_at=future(3)),
}


@pytest.mark.parametrize("rule", sorted(BREAKAGES))
def test_each_rule_names_the_one_bad_record(runner: SuiteRunner, rule: str) -> None:
    records = [deal_record(n) for n in range(3)]
    records[1] = BREAKAGES[rule](records[1])
    verdict = runner.validate(_frame(records), rule)
    assert set(verdict.failures) == {1}
    assert [f.rule for f in verdict.failures[1]] == [rule]
    assert verdict.counts == {rule: 1}


def test_inconsistent_quantity_times_price_is_caught_only_when_all_three_exist(runner: SuiteRunner) -> None:
    records = [
        deal_record(0, quantity="400", unit_price="30000", approximate=False),  # 10x off
        deal_record(1, quantity="4000", unit_price="30000", approximate=False),  # exact
        deal_record(2, quantity="400"),  # no unit price: nothing to compare
    ]
    verdict = runner.validate(_frame(records), "consistency")
    assert {i: [f.rule for f in fs] for i, fs in verdict.failures.items()} == {0: ["quantity_price_consistent"]}
    assert "consistency_deviation=9.0" in verdict.failures[0][0].message


def test_duplicate_mention_ids_flag_every_copy(runner: SuiteRunner) -> None:
    records = [deal_record(0), deal_record(1), deal_record(0, confidence=0.5)]
    verdict = runner.validate(_frame(records), "dupes")
    assert {i: [f.rule for f in fs] for i, fs in verdict.failures.items()} == {
        0: ["mention_id_unique"], 2: ["mention_id_unique"]
    }


def test_loading_refuses_a_suite_gx_would_silently_thin_out(tmp_path: Path) -> None:
    document = json.loads(SUITE_PATH.read_text(encoding="utf-8"))
    document["expectations"].append(
        {"type": "expect_column_values_to_be_made_up", "kwargs": {"column": "status"}, "meta": {"rule": "bogus"}}
    )
    path = tmp_path / "suite.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(SuiteError, match="dropped"):
        SuiteRunner(suite_path=path, root=tmp_path / "gx")


def test_data_docs_site_lists_the_validations(runner: SuiteRunner) -> None:
    runner.validate(_frame([deal_record(0)]), "docs-check")
    site = runner.build_docs()
    assert (site / "index.html").is_file()
    assert "docs-check" in (site / "index.html").read_text(encoding="utf-8")


def _project(folder: Path, pid: int, age_seconds: float, suffix: str = "abc123") -> Path:
    project = folder / f"dealwire-gx-{pid}-{suffix}"
    (project / "gx").mkdir(parents=True)
    (project / "gx" / "great_expectations.yml").write_text("x", encoding="utf-8")
    stamp = time.time() - age_seconds
    for path in (project, project / "gx", project / "gx" / "great_expectations.yml"):
        os.utime(path, (stamp, stamp))
    return project


def test_projects_of_killed_runs_are_removed_and_live_or_recent_ones_kept(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    dead_pid = int(dead.stdout)  # that process has exited: its pid no longer answers (unless reused, very unlikely)
    orphan = _project(tmp_path, dead_pid, age_seconds=7200)
    recent_orphan = _project(tmp_path, dead_pid, age_seconds=0, suffix="new")
    live = _project(tmp_path, os.getpid(), age_seconds=7200)
    unrelated = tmp_path / "dealwire-gx-oldstyle"
    unrelated.mkdir()

    removed = remove_orphaned_projects(tmp_path, idle_seconds=3600)

    assert removed == [orphan]
    assert not orphan.exists()
    assert recent_orphan.exists() and live.exists() and unrelated.exists()


def test_a_run_cleans_its_project_on_close() -> None:
    suite_runner = SuiteRunner()
    assert suite_runner.root.name.startswith(f"dealwire-gx-{os.getpid()}-") and suite_runner.root.is_dir()
    suite_runner.close()
    assert not suite_runner.root.exists()
