"""The curated and quarantine layout, its byte-exact encodings, and the validate stage's state.

Object names come from the Kafka topic, partition and offset range, the way
Kafka Connect's S3 sink names files, e.g.
``deals/v1/dt=2025-05-02/deals.candidates.v1+p0+o000000000042-000000000057.jsonl``.
Bytes depend only on the records (no wall clock, stable key and row order),
so a rerun over the same range writes the same names with the same bytes, and
``If-None-Match`` keeps concurrent runs from clobbering each other.

The state bucket holds, per partition, a *claim* for every batch (its offset
range, written before any data object) and a *marker* for the last range fully
written. A rerun re-cuts a claimed range exactly and skips past a marked one,
so batches come out the same whatever a crash interrupted.

It also holds an *owner* object per curated version of a mention, naming the
batch that curates it (written with ``If-None-Match`` before that batch's data
objects): a copy of the mention in another batch (ingest publishing the same
items twice, an extract replay) finds the owner and goes to quarantine instead
of the curated bucket a second time.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Literal
from urllib.parse import quote, urlsplit

import pyarrow as pa
import pyarrow.parquet as pq
from botocore.client import BaseClient
from botocore.exceptions import ClientError
from pydantic import BaseModel

from pipeline.contract import schema_json
from pipeline.models import DealRecord
from pipeline.settings import Settings
from pipeline.store.s3 import error_code, put_if_absent, s3_client, store_answering

PREFIX = "deals/v1"
SCHEMA_KEY = "_schema/deal_record.v1.json"
STATE_PREFIX = "validate/v1"
JSONL = "application/x-ndjson"
PARQUET = "application/vnd.apache.parquet"


class ObjectConflict(RuntimeError):
    """An object already holds other bytes under a name this run derived: never overwrite it."""


# --- names -----------------------------------------------------------------------


def range_stem(topic: str, partition: int, first: int, last: int) -> str:
    return f"{topic}+p{partition}+o{first:012d}-{last:012d}"


def data_key(dt: date | str, stem: str, extension: str) -> str:
    day = dt.isoformat() if isinstance(dt, date) else dt
    return f"{PREFIX}/dt={day}/{stem}.{extension}"


def record_date(record: DealRecord) -> date:
    """Publication date, else extraction date (both UTC): the ``dt=`` partition."""
    moment = record.source.published_at or record.extracted_at
    return moment.date()


def claim_key(topic: str, partition: int, start: int) -> str:
    return f"{STATE_PREFIX}/{topic}/p{partition}/claims/o{start:012d}.json"


def marker_key(topic: str, partition: int) -> str:
    return f"{STATE_PREFIX}/{topic}/p{partition}/written.json"


def mention_version(record: DealRecord) -> str:
    """What makes two records the same curated row: everything but ``extracted_at``, hashed.

    A record carries no hash of its article's bytes; the same bytes read by the same extractor give the same record
    up to ``extracted_at`` (the raw message's Kafka timestamp, new for each copy ingest publishes), while a changed
    article or another extractor version changes the record (text length, title, evidence spans, version).
    """
    body = record.model_dump(mode="json", exclude={"extracted_at"})
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()[:32]


def owner_key(record: DealRecord) -> str:
    version = quote(record.extractor_version, safe="")
    return f"{STATE_PREFIX}/mentions/{record.mention_id}/{version}/{mention_version(record)}.json"


# --- encodings ----------------------------------------------------------------------


def jsonl(lines: list[str]) -> bytes:
    return "".join(line + "\n" for line in lines).encode("utf-8")


def canonical_json(payload: Any) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


_EVIDENCE = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
_MONEY = pa.struct(
    [
        ("value", pa.string()),
        ("currency", pa.string()),
        ("approximate", pa.bool_()),
        ("lower", pa.string()),
        ("upper", pa.string()),
        ("disclosed", pa.bool_()),
        ("value_usd", pa.string()),
        ("fx_rate", pa.string()),
        ("fx_date", pa.date32()),
        ("evidence", _EVIDENCE),
    ]
)
_PARTY = pa.struct(
    [
        ("name", pa.string()),
        ("normalized_name", pa.string()),
        ("role", pa.string()),
        ("kind", pa.string()),
        ("country", pa.string()),
        ("location_text", pa.string()),
        ("business", pa.string()),
        ("evidence", _EVIDENCE),
    ]
)
_QUANTITY = pa.struct(
    [
        ("value", pa.string()),
        ("unit", pa.string()),
        ("item", pa.string()),
        ("approximate", pa.bool_()),
        ("evidence", _EVIDENCE),
    ]
)
_CONSISTENCY = pa.struct(
    [
        ("product_usd", pa.string()),
        ("amount_usd", pa.string()),
        ("ratio", pa.string()),
        ("tolerance", pa.string()),
        ("consistent", pa.bool_()),
    ]
)
_SOURCE = pa.struct(
    [
        ("item_id", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("lang", pa.string()),
        ("published_at", pa.timestamp("us", tz="UTC")),
        ("text_length", pa.int64()),
    ]
)
ARROW_SCHEMA = pa.schema(
    [
        ("schema_version", pa.int16()),
        ("deal_id", pa.string()),
        ("mention_id", pa.string()),
        ("deal_type", pa.string()),
        ("status", pa.string()),
        ("status_evidence", _EVIDENCE),
        ("parties", pa.list_(_PARTY)),
        ("amount", _MONEY),
        ("unit_price", _MONEY),
        ("quantity", _QUANTITY),
        ("country", pa.string()),
        ("location_text", pa.string()),
        ("consistency", _CONSISTENCY),
        ("source", _SOURCE),
        ("evidence", _EVIDENCE),
        ("confidence", pa.float64()),
        ("extractor_version", pa.string()),
        ("extracted_at", pa.timestamp("us", tz="UTC")),
    ],
    metadata={b"dealwire.contract": b"DealRecord v1", b"dealwire.money": b"decimal strings, exact"},
)
"""DealRecord v1 as Parquet: decimals stay exact strings (cast in SQL), never floats."""


def _arrow_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _arrow_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_arrow_value(v) for v in value]
    return value


def parquet(records: list[DealRecord]) -> bytes:
    """The same rows as the JSON Lines object, with an explicit, float-free money schema."""
    rows = [_arrow_value(r.model_dump(mode="python")) for r in records]
    table = pa.Table.from_pylist(rows, schema=ARROW_SCHEMA)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd", use_dictionary=True, write_statistics=True)
    return sink.getvalue()


# --- objects --------------------------------------------------------------------------


def write_once(
    client: BaseClient, bucket: str, key: str, body: bytes, content_type: str
) -> Literal["written", "present"]:
    """Put ``key`` unless it exists; an existing object must hold exactly ``body``."""
    if put_if_absent(client, bucket, key, body, ContentType=content_type):
        return "written"
    existing = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    if hashlib.sha256(existing).digest() != hashlib.sha256(body).digest():
        raise ObjectConflict(f"s3://{bucket}/{key} exists with different bytes ({len(existing)} vs {len(body)})")
    return "present"


def read_json(client: BaseClient, bucket: str, key: str) -> dict[str, Any] | None:
    try:
        body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
    except ClientError as error:
        if error_code(error) in {"NoSuchKey", "404", "NotFound"}:
            return None
        raise
    payload: dict[str, Any] = json.loads(body)
    return payload


class Claim(BaseModel):
    """One batch's offset range and the objects it yields, fixed before any of them is written."""

    topic: str
    partition: int
    start: int
    first: int
    last: int
    count: int
    objects: list[str]

    @property
    def next_offset(self) -> int:
        return self.last + 1


class Owner(BaseModel):
    """The batch that curates a mention version: its claim's identity (a rerun re-cuts the same range)."""

    topic: str
    partition: int
    start: int
    first: int
    last: int

    @classmethod
    def of(cls, claim: Claim) -> Owner:
        return cls(topic=claim.topic, partition=claim.partition, start=claim.start, first=claim.first, last=claim.last)

    @property
    def stem(self) -> str:
        return range_stem(self.topic, self.partition, self.first, self.last)


def own_mention(client: BaseClient, settings: Settings, key: str, owner: Owner) -> Owner:
    """Record ``owner`` as the batch curating the mention version at ``key`` unless one is recorded; return it."""
    if put_if_absent(client, settings.bucket_state, key, owner.model_dump_json().encode(), ContentType="application/json"):
        return owner
    payload = read_json(client, settings.bucket_state, key)
    if payload is None:
        raise ObjectConflict(f"owner {key} refused but unreadable")
    return Owner.model_validate(payload)


def claim_batch(client: BaseClient, settings: Settings, claim: Claim) -> Claim:
    """Record ``claim`` unless another run already claimed this start offset; return the winner."""
    key = claim_key(claim.topic, claim.partition, claim.start)
    if put_if_absent(client, settings.bucket_state, key, claim.model_dump_json().encode(), ContentType="application/json"):
        return claim
    existing = read_claim(client, settings, claim.topic, claim.partition, claim.start)
    if existing is None:
        raise ObjectConflict(f"claim {key} refused but unreadable")
    return existing


def read_claim(client: BaseClient, settings: Settings, topic: str, partition: int, start: int) -> Claim | None:
    payload = read_json(client, settings.bucket_state, claim_key(topic, partition, start))
    return Claim.model_validate(payload) if payload is not None else None


def read_marker(client: BaseClient, settings: Settings, topic: str, partition: int) -> Claim | None:
    payload = read_json(client, settings.bucket_state, marker_key(topic, partition))
    return Claim.model_validate(payload) if payload is not None else None


def mark_written(client: BaseClient, settings: Settings, claim: Claim) -> None:
    """Move the partition's marker forward to ``claim`` (never back: a late run cannot rewind it)."""
    current = read_marker(client, settings, claim.topic, claim.partition)
    if current is not None and current.last >= claim.last:
        return
    client.put_object(
        Bucket=settings.bucket_state,
        Key=marker_key(claim.topic, claim.partition),
        Body=claim.model_dump_json().encode(),
        ContentType="application/json",
    )


def publish_schema(client: BaseClient, settings: Settings) -> Literal["written", "present", "updated"]:
    """``_schema/deal_record.v1.json`` beside the data, so readers need nothing but the bucket.

    Unlike data objects it may be replaced: a doc-only change to the model must
    not stop the stage, and the latest v1 schema is what readers should see.
    """
    body = schema_json(DealRecord).encode()
    try:
        return write_once(client, settings.bucket_curated, SCHEMA_KEY, body, "application/json")
    except ObjectConflict:
        client.put_object(Bucket=settings.bucket_curated, Key=SCHEMA_KEY, Body=body, ContentType="application/json")
        return "updated"


# --- reading back -------------------------------------------------------------------------


def curated_keys(client: BaseClient, bucket: str, *, since: date | None = None, extension: str = "jsonl") -> list[str]:
    """Data objects under ``deals/v1/``, oldest partition first, optionally from ``since`` on."""
    keys: list[str] = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=f"{PREFIX}/"):
        for item in page.get("Contents", []):
            key = item["Key"]
            if not key.endswith(f".{extension}"):
                continue
            day = key.removeprefix(f"{PREFIX}/dt=").split("/", 1)[0]
            if since is not None and day < since.isoformat():
                continue
            keys.append(key)
    return sorted(keys)


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def duckdb_connection(settings: Settings) -> Any:
    """DuckDB reading ``s3://<curated>/…`` with the downstream (read-only) identity.

    DuckDB normally downloads httpfs at first use; offline, the
    ``duckdb-extension-httpfs`` wheel ships DuckDB's signed binary for the
    pinned DuckDB version, loaded here by path with signature checks on.
    """
    import duckdb

    con = duckdb.connect()
    try:
        import duckdb_extension_httpfs
    except ImportError:
        con.execute("LOAD httpfs")
    else:
        from pathlib import Path

        binary = Path(duckdb_extension_httpfs.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "httpfs.duckdb_extension"
        con.execute(f"LOAD {_sql_literal(str(binary))}")
    # httpfs waits 30 s per request and retries 3 times on its own (a query over a frozen store took 120 s): the S3
    # settings bound it as they bound boto3, one timeout in whole seconds for connect, read and write alike
    con.execute(f"SET http_timeout = {math.ceil(max(settings.s3_connect_timeout_s, settings.s3_read_timeout_s))}")
    con.execute(f"SET http_retries = {settings.s3_max_attempts - 1}")
    key_id, secret = settings.s3_readonly_access_key_id, settings.s3_readonly_secret_access_key
    if key_id is None or secret is None:
        raise RuntimeError("no read-only S3 credentials configured")
    endpoint = urlsplit(settings.s3_endpoint_url)
    con.execute(
        "CREATE SECRET dealwire_readonly (TYPE s3, "
        f"KEY_ID {_sql_literal(key_id)}, SECRET {_sql_literal(secret.get_secret_value())}, "
        f"REGION {_sql_literal(settings.s3_region)}, ENDPOINT {_sql_literal(endpoint.netloc)}, "
        f"URL_STYLE 'path', USE_SSL {'true' if endpoint.scheme == 'https' else 'false'})"
    )
    return con


def latest_deals_sql(bucket: str) -> str:
    """DuckDB SQL over the curated bucket: one row per mention of each article's latest extraction.

    Objects are written once per candidate message, but a replayed extract stage
    emits the same mentions again, an edited article is extracted again with a
    later ``extracted_at``, and an extract reset after an upgrade extracts the
    same message (same ``extracted_at``) with a newer extractor; readers want
    each article's latest extraction, once.
    """
    return latest_rows_sql(f"s3://{bucket}/{PREFIX}/*/*.parquet")


_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


def version_key(version: str) -> tuple[int, int, int]:
    """``deals-0.10.0`` as (0, 10, 0): versions order by number ("0.10" after "0.9"); no number is (0, 0, 0)."""
    match = _VERSION.search(version)
    if match is None:
        return (0, 0, 0)
    return (int(match[1]), int(match[2]), int(match[3]))


def _version_key_sql(column: str) -> str:
    """``version_key`` as a string that sorts the same way (regexp_extract, lpad, ||: DuckDB, Athena, Spark)."""
    pattern = _sql_literal(_VERSION.pattern)
    parts = [f"lpad(regexp_extract({column}, {pattern}, {group}), 9, '0')" for group in (1, 2, 3)]
    return " || '.' || ".join(parts)


def latest_rows_sql(parquet_glob: str) -> str:
    """``latest_deals_sql`` over any Parquet glob (the same windows work in Athena and Spark).

    An article's latest extraction is its newest ``extracted_at`` and, among
    those rows, its newest extractor version: a message extracted again after an
    upgrade keeps its ``extracted_at``, and the mentions only the older version
    found must go with it. Then one row per mention.
    """
    return (
        "SELECT * EXCLUDE (version_key, newest_of_item, newest_version_of_item, rank_of_mention) FROM (\n"
        "  SELECT *,\n"
        "    max(CASE WHEN extracted_at = newest_of_item THEN version_key END)"
        " OVER (PARTITION BY source.item_id) AS newest_version_of_item,\n"
        "    row_number() OVER (PARTITION BY mention_id ORDER BY extracted_at DESC, version_key DESC,"
        " extractor_version DESC) AS rank_of_mention\n"
        "  FROM (\n"
        f"    SELECT *, {_version_key_sql('extractor_version')} AS version_key,\n"
        "      max(extracted_at) OVER (PARTITION BY source.item_id) AS newest_of_item\n"
        f"    FROM read_parquet({_sql_literal(parquet_glob)}, hive_partitioning = true)\n"
        "  )\n"
        ") WHERE extracted_at = newest_of_item AND version_key = newest_version_of_item AND rank_of_mention = 1"
    )


def latest(records: Iterable[DealRecord]) -> list[DealRecord]:
    """The Python twin of ``latest_deals_sql``, in first-seen order."""
    records = list(records)

    def extraction(record: DealRecord) -> tuple[datetime, tuple[int, int, int]]:
        return record.extracted_at, version_key(record.extractor_version)

    newest: dict[str, tuple[datetime, tuple[int, int, int]]] = {}
    for record in records:
        item = record.source.item_id
        newest[item] = max(newest.get(item, extraction(record)), extraction(record))
    chosen: dict[str, DealRecord] = {}
    for record in records:
        if extraction(record) != newest[record.source.item_id]:
            continue
        kept = chosen.get(record.mention_id)
        if kept is None or record.extractor_version > kept.extractor_version:
            chosen[record.mention_id] = record
    return list(chosen.values())


DEAL_COLUMNS = ("dt", "deal_type", "status", "parties", "amount", "currency", "value_usd", "country", "title",
                "mention_id")


def deal_row(record: DealRecord) -> dict[str, str]:
    """One flat, human-readable row per record (amounts exact, as written in the contract)."""
    amount = record.amount
    return {
        "dt": record_date(record).isoformat(),
        "deal_type": record.deal_type.value,
        "status": record.status.value,
        "parties": "; ".join(f"{p.role.value}: {p.name}" for p in record.parties),
        "amount": format(amount.value, "f") if amount is not None and amount.value is not None else "",
        "currency": (amount.currency or "") if amount is not None else "",
        "value_usd": format(amount.value_usd, "f") if amount is not None and amount.value_usd is not None else "",
        "country": record.country or "",
        "title": record.source.title,
        "mention_id": record.mention_id,
    }


def iter_curated_rows(settings: Settings, *, since: date | None = None) -> Iterator[tuple[str, DealRecord]]:
    """Every curated row with the object it is in, read with the downstream (read-only) identity."""
    client = s3_client(settings, readonly=True)
    with store_answering(settings, "listing the curated objects"):
        keys = curated_keys(client, settings.bucket_curated, since=since)
    for key in keys:
        with store_answering(settings, f"reading {key}"):
            body = client.get_object(Bucket=settings.bucket_curated, Key=key)["Body"].read().decode("utf-8")
        for line in body.splitlines():
            if line.strip():
                yield key, DealRecord.model_validate_json(line)


def iter_curated(settings: Settings, *, since: date | None = None) -> Iterator[DealRecord]:
    """Every curated row (history included); ``latest`` picks the current ones."""
    for _, record in iter_curated_rows(settings, since=since):
        yield record
