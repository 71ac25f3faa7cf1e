"""End to end on tiny hand-written eval files with a stand-in extractor, plus the CLI."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from pipeline.evaluation import evaluate, load, raw_item
from pipeline.evaluation import runner as runner_module
from pipeline.evaluation.scores import NO_RECORDS, Counts
from pipeline.models import DealRecord, DealStatus, Evidence, PartyRole, RawItem

from tests.unit.evaluation.records import party, record

TEMPLATE_LINES: list[dict[str, Any]] = [
    {"id": "1", "text": "Heron Corp agreed to acquire Egret Inc.",
     "template": {"PURCHASER": [["Heron Corp"]], "ACQUIRED": [["Egret Inc"]], "SELLER": [],
                  "DLRAMT": [], "STATUS": [["agreed to acquire"]], "ACQLOC": [], "ACQBUS": []}},
    {"id": "2", "text": "Wren Ltd reported higher profits.",
     "template": {"PURCHASER": [], "ACQUIRED": [], "SELLER": [], "DLRAMT": [], "STATUS": [],
                  "ACQLOC": [], "ACQBUS": []}},
]


def fake_extract(item: RawItem, *, extracted_at: datetime | None = None) -> Sequence[DealRecord]:
    """A stand-in: any text saying "acquire" yields one Heron-buys-Egret record."""
    if "acquire" not in item.text:
        return []
    phrase = "agreed to acquire" if "agreed to acquire" in item.text else None
    return [record(item.text, [party("Heron Corp", PartyRole.BUYER), party("Egret", PartyRole.TARGET)],
                   status=DealStatus.AGREED, status_phrase=phrase, item_id=item.item_id)]


def write(path: Path, lines: list[dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_load_detects_kind_and_names_the_set(tmp_path: Path) -> None:
    eval_set = load(write(tmp_path / "tiny-acq" / "dev.jsonl", TEMPLATE_LINES))
    assert (eval_set.name, eval_set.kind, len(eval_set.lines)) == ("tiny-acq", "template", 2)


def test_raw_item_is_valid_and_stable() -> None:
    line = {"id": "x9", "lang": "de", "title": "Kopf", "text": "Rumpf", "published": "2021-06-30", "deals": []}
    first, second = raw_item(line, "demo"), raw_item(line, "demo")
    assert first.item_id == second.item_id
    assert (first.lang, first.title, first.text) == ("de", "Kopf", "Rumpf")
    assert first.published_at is not None and first.published_at.isoformat().startswith("2021-06-30")
    assert raw_item({"id": "1", "text": "t", "template": {}}, "demo").lang == "en"


def test_evaluate_template_set_with_predictions(tmp_path: Path) -> None:
    path = write(tmp_path / "tiny-acq" / "dev.jsonl", TEMPLATE_LINES)
    out = tmp_path / "pred.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        report = evaluate(path, extractor=fake_extract, predictions_out=handle)
    result = report.as_dict()
    assert result["slots"]["PURCHASER"]["f1"] == 1.0
    assert result["slots"]["ACQUIRED"]["tp"] == 0 and result["slots"]["ACQUIRED"]["fp"] == 1
    assert result["total"]["recall"] == pytest.approx(2 / 3, abs=1e-3)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["1", "2"]
    assert len(lines[0]["records"]) == 1 and lines[1]["records"] == []
    DealRecord.model_validate(lines[0]["records"][0])


def test_evidence_outside_the_text_earns_nothing_and_is_named(tmp_path: Path) -> None:
    path = write(tmp_path / "tiny-acq" / "dev.jsonl", TEMPLATE_LINES)

    def lying(item: RawItem, *, extracted_at: datetime | None = None) -> Sequence[DealRecord]:
        recs = fake_extract(item)
        return [r.model_copy(update={"status_evidence": Evidence(text="bought", start=0, end=6)}) for r in recs]

    report = evaluate(path, extractor=lying)
    assert report.total.tp == 0 and report.parts["PURCHASER"].fn == 1
    assert [(p.line, p.effect) for p in report.problems] == [(1, NO_RECORDS)]
    assert "evidence" in report.problems[0].message


def test_extractor_failure_on_one_article_is_named_and_scored_as_no_records(tmp_path: Path) -> None:
    lines = [*TEMPLATE_LINES, {**TEMPLATE_LINES[0], "id": "3", "text": "Heron Corp agreed to acquire Egret Inc. BOOM"}]
    path = write(tmp_path / "tiny-acq" / "dev.jsonl", lines)

    def fragile(item: RawItem, *, extracted_at: datetime | None = None) -> Sequence[DealRecord]:
        if "BOOM" in item.text:
            raise RuntimeError("cannot read this one")
        return fake_extract(item)

    out = tmp_path / "pred.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        report = evaluate(path, extractor=fragile, predictions_out=handle)
    assert report.articles == 3
    assert report.parts["PURCHASER"] == Counts(tp=1, fn=1)
    assert [(p.line, p.id, p.effect) for p in report.problems] == [(3, "3", NO_RECORDS)]
    written = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in written] == ["1", "2", "3"]
    assert written[2]["records"] == [] and "cannot read this one" in written[2]["error"]
    assert "error" not in written[0]


def test_article_over_the_extract_cap_is_not_extracted(tmp_path: Path) -> None:
    long_text = "Heron Corp agreed to acquire Egret Inc. " + "Filler words. " * 200
    path = write(tmp_path / "tiny-acq" / "dev.jsonl", [{**TEMPLATE_LINES[0], "text": long_text}, TEMPLATE_LINES[1]])
    seen: list[str] = []

    def counting(item: RawItem, *, extracted_at: datetime | None = None) -> Sequence[DealRecord]:
        seen.append(item.text)
        return fake_extract(item)

    report = evaluate(path, extractor=counting, max_chars=1_000)
    assert len(seen) == 1
    assert report.parts["PURCHASER"] == Counts(fn=1)
    assert [(p.line, p.effect) for p in report.problems] == [(1, NO_RECORDS)]
    assert "cap of 1000" in report.problems[0].message


def test_skipped_lines_are_in_the_report_and_not_in_the_counts(tmp_path: Path) -> None:
    path = tmp_path / "tiny-acq" / "dev.jsonl"
    write(path, TEMPLATE_LINES)
    path.write_text(path.read_text(encoding="utf-8") + '{"id": "9", "text": "x", "template": \n', encoding="utf-8")
    report = evaluate(path, extractor=fake_extract)
    result = report.as_dict()
    assert result["articles"] == 2 and result["lines_not_scored"] == 1
    assert result["problems"][0]["line"] == 3 and result["problems"][0]["effect"] == "not scored"


def test_extra_slot_counts_in_the_total(tmp_path: Path) -> None:
    line = {**TEMPLATE_LINES[0], "template": {**TEMPLATE_LINES[0]["template"], "ACQABR": [["Egret"]]}}
    report = evaluate(write(tmp_path / "tiny-acq" / "dev.jsonl", [line]), extractor=fake_extract)
    assert report.parts["ACQABR"] == Counts(fn=1)
    assert report.total.fn == sum(c.fn for c in report.parts.values())


def test_slot_left_out_of_every_line_has_no_fillers(tmp_path: Path) -> None:
    line = {**TEMPLATE_LINES[0], "template": {"PURCHASER": [["Heron Corp"]]}}
    report = evaluate(write(tmp_path / "tiny-acq" / "dev.jsonl", [line]), extractor=fake_extract)
    assert len(report.parts) == 7
    assert report.parts["STATUS"] == Counts(fp=1)
    assert report.total == Counts(tp=1, fp=2)


def test_cli_refuses_an_empty_file_with_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.cli import app

    path = tmp_path / "tiny" / "dev.jsonl"
    path.parent.mkdir()
    path.write_text("\n", encoding="utf-8")
    monkeypatch.setattr(runner_module, "default_extractor", lambda: fake_extract)
    result = CliRunner().invoke(app, ["eval", "--set", str(path), "--json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "cannot score this file" in result.stderr and "no articles" in result.stderr


def test_cli_table_lists_problem_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.cli import app

    path = tmp_path / "tiny-acq" / "dev.jsonl"
    write(path, TEMPLATE_LINES)
    path.write_text(path.read_text(encoding="utf-8") + "oops\n", encoding="utf-8")
    monkeypatch.setattr(runner_module, "default_extractor", lambda: fake_extract)
    result = CliRunner().invoke(app, ["eval", "--set", str(path)])
    assert result.exit_code == 0, result.output
    assert "line 3" in result.output and "not JSON" in result.output


def test_cli_json_for_deal_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.cli import app

    lines: list[dict[str, Any]] = [
        {"id": "a", "lang": "fr", "title": "", "text": "Heron Corp va acquire Egret.", "published": None,
         "deals": [{"deal_type": "acquisition", "status": "agreed",
                    "parties": [{"name": "Heron", "aliases": [], "role": "buyer", "kind": "company"}],
                    "amount": None, "quantity": None, "unit_price": None, "country": None}]},
        {"id": "b", "lang": "fr", "title": "", "text": "Rien.", "published": None, "deals": []},
    ]
    path = write(tmp_path / "tiny-deals" / "dev.jsonl", lines)
    monkeypatch.setattr(runner_module, "default_extractor", lambda: fake_extract)
    result = CliRunner().invoke(app, ["eval", "--set", str(path), "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert set(payload["fields"]) == {"detection", "parties", "amount", "quantity", "unit_price",
                                      "deal_type", "status", "country"}
    assert payload["fields"]["detection"]["f1"] == 1.0
    assert payload["fields"]["parties"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "tp": 1, "fp": 1, "fn": 0}
    assert set(payload["total"]) >= {"precision", "recall", "f1"}
