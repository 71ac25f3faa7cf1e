"""The JSON Schemas of the data contract, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from pipeline.models import DealRecord, RawItem

SCHEMA_FILES: dict[str, type[BaseModel]] = {
    "raw_item.v1.json": RawItem,
    "deal_record.v1.json": DealRecord,
}


def schema_json(model: type[BaseModel]) -> str:
    """Serialised schema, stable byte for byte so drift shows up in a diff."""
    schema = model.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://dealwire.dev/schemas/{model.__name__}.v1.json"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def export_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for filename, model in SCHEMA_FILES.items():
        path = directory / filename
        path.write_text(schema_json(model), encoding="utf-8")
        written.append(path)
    return written
