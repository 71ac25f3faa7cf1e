from __future__ import annotations

import io
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from pipeline.models import DealRecord, mention_id_for
from pipeline.store import curated
from tests.unit.validate.factory import deal_record


def test_names_follow_topic_partition_and_offset_range() -> None:
    stem = curated.range_stem("deals.candidates.v1", 0, 42, 57)
    assert stem == "deals.candidates.v1+p0+o000000000042-000000000057"
    assert curated.data_key(date(2025, 5, 2), stem, "jsonl") == (
        "deals/v1/dt=2025-05-02/deals.candidates.v1+p0+o000000000042-000000000057.jsonl"
    )
    assert curated.claim_key("t", 2, 7) == "validate/v1/t/p2/claims/o000000000007.json"


def test_partition_date_is_publication_date_else_extraction_date() -> None:
    assert curated.record_date(deal_record()) == date(2025, 5, 2)
    assert curated.record_date(deal_record(published_at=None)) == date(2025, 5, 2)
    late = deal_record(published_at=None, extracted_at=deal_record().extracted_at.replace(day=9))
    assert curated.record_date(late) == date(2025, 5, 9)


def test_jsonl_round_trips_records() -> None:
    records = [deal_record(n) for n in range(3)]
    body = curated.jsonl([r.model_dump_json() for r in records])
    assert body.endswith(b"\n")
    assert [DealRecord.model_validate_json(line) for line in body.splitlines()] == records


def test_parquet_bytes_are_deterministic_and_money_is_never_float() -> None:
    records = [deal_record(n, quantity="4000", unit_price="30000") for n in range(4)]
    first, second = curated.parquet(records), curated.parquet(list(records))
    assert first == second
    table = pq.read_table(io.BytesIO(first))
    assert table.schema.equals(curated.ARROW_SCHEMA, check_metadata=False)
    floats = [f.name for f in table.schema if pa.types.is_floating(f.type)]
    assert floats == ["confidence"]
    rows = table.to_pylist()
    assert [r["mention_id"] for r in rows] == [r.mention_id for r in records]
    assert rows[0]["amount"]["value"] == "120000000"
    assert rows[0]["unit_price"]["value_usd"] == "33000.00"
    assert rows[0]["parties"][0]["role"] == "buyer"
    assert rows[0]["source"]["published_at"].isoformat() == "2025-05-02T09:30:00+00:00"


def test_parquet_holds_the_same_rows_as_jsonl() -> None:
    records = [deal_record(n) for n in range(3)]
    from_parquet = pq.read_table(io.BytesIO(curated.parquet(records))).to_pylist()
    from_jsonl = [json.loads(r.model_dump_json()) for r in records]
    assert [r["mention_id"] for r in from_parquet] == [r["mention_id"] for r in from_jsonl]
    assert [r["amount"]["value_usd"] for r in from_parquet] == [r["amount"]["value_usd"] for r in from_jsonl]


def _versions() -> list[DealRecord]:
    """Two articles: one stored twice by a replay, one edited (v2 dropped a deal, kept another)."""
    v1_time = deal_record().extracted_at
    v2_time = v1_time.replace(hour=12)
    replayed = deal_record(0)
    edited_item = deal_record(1).source
    kept_v1 = deal_record(1)
    deal_id = f"{2:032x}"
    dropped_v1 = deal_record(
        2, source=edited_item.model_dump(mode="json"), mention_id=mention_id_for(deal_id, edited_item.item_id)
    )
    kept_v2 = deal_record(1, extracted_at=v2_time, status="completed")
    return [replayed, kept_v1, dropped_v1, replayed, kept_v2]


def test_latest_keeps_each_articles_newest_extraction_once() -> None:
    records = _versions()
    chosen = curated.latest(records)
    assert [(r.mention_id, r.status.value) for r in chosen] == [
        (records[0].mention_id, "agreed"),
        (records[1].mention_id, "completed"),
    ]


def test_latest_sql_agrees_with_latest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    records = _versions()
    part = tmp_path / "deals" / "v1" / "dt=2025-05-02"
    part.mkdir(parents=True)
    (part / "a.parquet").write_bytes(curated.parquet(records[:3]))
    (part / "b.parquet").write_bytes(curated.parquet(records[3:]))
    rows = duckdb.connect().sql(curated.latest_rows_sql(f"{tmp_path}/deals/v1/*/*.parquet")).fetchall()
    columns = [f.name for f in curated.ARROW_SCHEMA] + ["dt"]
    got = sorted((dict(zip(columns, row))["mention_id"], dict(zip(columns, row))["status"]) for row in rows)
    assert got == sorted((r.mention_id, r.status.value) for r in curated.latest(records))


def _upgrade() -> list[DealRecord]:
    """One article (one raw message) extracted by 0.9.0, then again by 0.10.0 after an extract reset.

    The same message keeps its ``extracted_at``; 0.10.0 finds deal 1 again, a
    second buyer for the other deal (a new deal id, so a new mention) and no
    longer the deal 0.9.0 read as 2.
    """
    item = deal_record(1).source
    def on_item(deal: int, version: str) -> DealRecord:
        deal_id = f"{deal:032x}"
        return deal_record(deal, source=item.model_dump(mode="json"), extractor_version=version,
                           mention_id=mention_id_for(deal_id, item.item_id))
    return [on_item(1, "deals-0.9.0"), on_item(2, "deals-0.9.0"), on_item(1, "deals-0.10.0"),
            on_item(3, "deals-0.10.0")]


def test_latest_keeps_only_the_newest_extractor_versions_rows_of_a_reextracted_message() -> None:
    records = _upgrade()
    chosen = curated.latest(records)
    assert sorted((r.deal_id[-1], r.extractor_version) for r in chosen) == [
        ("1", "deals-0.10.0"), ("3", "deals-0.10.0")
    ]
    assert sorted(r.mention_id for r in curated.latest(records[::-1])) == sorted(r.mention_id for r in chosen)


def test_extractor_versions_compare_by_number_not_by_text() -> None:
    assert curated.version_key("deals-0.10.0") > curated.version_key("deals-0.9.0")
    assert curated.version_key("deals-1.0.0") > curated.version_key("deals-0.12.3")
    assert curated.version_key("unversioned") == (0, 0, 0)


def test_latest_sql_agrees_with_latest_after_an_extractor_upgrade(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import duckdb

    records = _upgrade()
    part = tmp_path / "dt=2025-05-02"
    part.mkdir(parents=True)
    (part / "old.parquet").write_bytes(curated.parquet(records[:2]))
    (part / "new.parquet").write_bytes(curated.parquet(records[2:]))
    table = duckdb.connect().sql(curated.latest_rows_sql(f"{tmp_path}/*/*.parquet"))
    assert table.columns == [f.name for f in curated.ARROW_SCHEMA] + ["dt"]
    got = sorted((row[table.columns.index("mention_id")], row[table.columns.index("extractor_version")])
                 for row in table.fetchall())
    assert got == sorted((r.mention_id, r.extractor_version) for r in curated.latest(records))
    assert {version for _, version in got} == {"deals-0.10.0"}


def _arrow_mismatches(model: type[BaseModel], struct: pa.StructType | pa.Schema, where: str) -> list[str]:
    """Where the Arrow layout and the pydantic model disagree on a field's name, order or kind of value."""
    fields = list(struct) if isinstance(struct, pa.Schema) else [struct.field(i) for i in range(struct.num_fields)]
    arrow = {f.name: f.type for f in fields}
    if list(arrow) != list(model.model_fields):
        return [f"{where}: Arrow {list(arrow)} vs model {list(model.model_fields)}"]
    problems: list[str] = []
    for name, info in model.model_fields.items():
        kind, arrow_type = _plain(info.annotation), arrow[name]
        if isinstance(kind, list):
            (kind,) = kind
            if not pa.types.is_list(arrow_type):
                problems.append(f"{where}.{name}: a list in the model, {arrow_type} in Arrow")
                continue
            arrow_type = arrow_type.value_type
        expected = {Decimal: pa.types.is_string, str: pa.types.is_string, bool: pa.types.is_boolean,
                    int: pa.types.is_integer, float: pa.types.is_floating, date: pa.types.is_date32,
                    datetime: lambda t: pa.types.is_timestamp(t) and t.tz == "UTC"}
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if not pa.types.is_struct(arrow_type):
                problems.append(f"{where}.{name}: a {kind.__name__} in the model, {arrow_type} in Arrow")
            else:
                problems.extend(_arrow_mismatches(kind, arrow_type, f"{where}.{name}"))
        elif isinstance(kind, type) and issubclass(kind, Enum):
            if not pa.types.is_string(arrow_type):
                problems.append(f"{where}.{name}: an enum in the model, {arrow_type} in Arrow")
        elif not any(isinstance(kind, type) and issubclass(kind, python) and check(arrow_type)
                     for python, check in expected.items() if python is not bool or kind is bool):
            problems.append(f"{where}.{name}: {kind} in the model, {arrow_type} in Arrow")
    return problems


def _plain(annotation: Any) -> Any:
    """The value type under Optional/Annotated/Literal; ``[inner]`` for a list."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _plain(get_args(annotation)[0])
    if origin is list:
        return [_plain(get_args(annotation)[0])]
    if origin is Literal:
        return type(get_args(annotation)[0])
    if origin in (Union, UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return _plain(inner)
    return annotation


def test_the_parquet_layout_carries_every_contract_field() -> None:
    """pa.Table.from_pylist drops what the schema does not name: a field added to the model without its
    column would be in the JSONL copy and silently missing from the Parquet one."""
    assert _arrow_mismatches(DealRecord, curated.ARROW_SCHEMA, "DealRecord") == []


def test_a_mention_version_ignores_extraction_time_and_changes_with_the_article_or_the_extractor() -> None:
    record = deal_record(3)
    again = record.model_copy(update={"extracted_at": datetime(2025, 5, 2, 11, 0, tzinfo=record.extracted_at.tzinfo)})
    longer = record.model_copy(update={"source": record.source.model_copy(update={"text_length": 999})})
    upgraded = record.model_copy(update={"extractor_version": "9.1.0+local/x"})
    assert curated.owner_key(again) == curated.owner_key(record)
    assert curated.owner_key(longer) != curated.owner_key(record)
    assert curated.owner_key(upgraded) != curated.owner_key(record)
    assert curated.owner_key(upgraded).startswith(f"validate/v1/mentions/{record.mention_id}/9.1.0%2Blocal%2Fx/")
    assert curated.owner_key(deal_record(4)) != curated.owner_key(record)


def test_an_owner_names_its_claims_range() -> None:
    claim = curated.Claim(topic="t", partition=1, start=10, first=12, last=20, count=9, objects=["a/b"])
    owner = curated.Owner.of(claim)
    assert owner == curated.Owner.model_validate_json(owner.model_dump_json())
    assert owner.stem == curated.range_stem("t", 1, 12, 20)
    assert owner != curated.Owner.of(claim.model_copy(update={"last": 21}))
