"""The checked-in JSON Schemas are the contract downstream teams read: they must
never drift from the pydantic models."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.contract import SCHEMA_FILES, schema_json

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("filename", sorted(SCHEMA_FILES))
def test_checked_in_schema_matches_model(filename: str) -> None:
    checked_in = (SCHEMAS / filename).read_text(encoding="utf-8")
    assert checked_in == schema_json(SCHEMA_FILES[filename]), (
        f"schemas/{filename} drifted from the models: run `dealwire schemas export`"
    )


def test_money_is_a_string_in_the_schema() -> None:
    import json

    schema = json.loads((SCHEMAS / "deal_record.v1.json").read_text())
    money = schema["$defs"]["Money"]["properties"]["value"]
    assert {"type": "string"} in [{"type": t.get("type")} for t in money["anyOf"]]
    assert all(t.get("type") != "number" for t in money["anyOf"])
