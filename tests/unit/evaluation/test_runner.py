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
from pipeline.models import DealRecord, DealStatus, Evidence, PartyRole, RawItem

from tests.unit.evaluation.records import party, record

TEMPLATE_LINES = [
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


def test_evidence_outside_the_text_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "tiny-acq" / "dev.jsonl", TEMPLATE_LINES[:1])

    def lying(item: RawItem, *, extracted_at: datetime | None = None) -> Sequence[DealRecord]:
        rec = fake_extract(item)[0]
        return [rec.model_copy(update={"status_evidence": Evidence(text="bought", start=0, end=6)})]

    with pytest.raises(ValueError, match="evidence"):
        evaluate(path, extractor=lying)


def test_cli_json_for_deal_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.cli import app

    lines = [
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
