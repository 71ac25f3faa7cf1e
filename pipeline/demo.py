"""``dealwire demo``: the bundled samples through the real Airflow DAGs, end to end.

Airflow runs for real (``airflow dags test``: every task executes, in order, against
the running stack) with its SQLite metadata in the local AIRFLOW_HOME. The result
is read back from the curated bucket, the same way a downstream team would.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from pipeline.models import DealRecord, Money, Quantity
from pipeline.orchestration import INGEST_DAG, PIPELINE_DAG, DagTestRun, airflow_env, dags_test, init_airflow
from pipeline.settings import Settings
from pipeline.store.curated import PREFIX, iter_curated_rows, latest
from pipeline.store.s3 import s3_client
from pipeline.terminal import cell

@dataclass(frozen=True)
class CuratedRecord:
    key: str
    record: DealRecord


def curated_records(settings: Settings) -> list[CuratedRecord]:
    """Each article's latest records, with their object key, as a downstream reader sees them."""
    rows = [CuratedRecord(key, record) for key, record in iter_curated_rows(settings)]
    current = {id(record) for record in latest(row.record for row in rows)}
    return sorted((r for r in rows if id(r.record) in current), key=lambda r: (r.key, r.record.mention_id))


def latest_data_docs(settings: Settings) -> str | None:
    """The newest Data Docs index the validate stage uploaded, as an s3:// URI."""
    client = s3_client(settings)
    newest: tuple[object, str] | None = None
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=settings.bucket_reports, Prefix="data-docs/"):
        for obj in page.get("Contents", []):
            if obj["Key"].endswith("index.html") and (newest is None or obj["LastModified"] > newest[0]):
                newest = (obj["LastModified"], obj["Key"])
    return f"s3://{settings.bucket_reports}/{newest[1]}" if newest else None


def _number(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if value == value.to_integral_value() else f"{value:,}"


def money_text(money: Money | None) -> str:
    """"~3,000,000,000 USD", "1,200,000–1,400,000 EUR", "≥2,000,000,000 USD" ("plusieurs milliards"), "undisclosed"."""
    if money is None:
        return ""
    if not money.disclosed:
        return "undisclosed"
    if money.value is not None:
        figure = _number(money.value)
    elif money.lower is not None and money.upper is not None:
        figure = f"{_number(money.lower)}–{_number(money.upper)}"
    elif money.lower is not None:
        figure = f"≥{_number(money.lower)}"
    else:
        figure = f"≤{_number(money.upper)}"
    text = f"{'~' if money.approximate and money.value is not None else ''}{figure} {money.currency or ''}".strip()
    if money.value_usd is not None and money.currency != "USD":
        text += f" (≈{_number(money.value_usd)} USD)"
    return text


def _quantity(quantity: Quantity | None) -> str:
    if quantity is None:
        return ""
    return f"{'~' if quantity.approximate else ''}{_number(quantity.value)} {quantity.unit}"


def deals_table(rows: list[CuratedRecord]) -> Table:
    table = Table("parties", "type", "status", "country", "quantity", "unit price", "amount", "lang", "s3 key",
                  title=f"{len(rows)} curated deal record(s)")
    for row in rows:
        r = row.record
        parties = ", ".join(f"{p.name} ({p.role.value})" for p in r.parties)
        table.add_row(cell(parties), r.deal_type.value, r.status.value, cell(r.country or ""), cell(_quantity(r.quantity)),
                      cell(money_text(r.unit_price)), cell(money_text(r.amount)), cell(r.source.lang), cell(row.key))
    return table


def run_demo(console: Console, settings: Settings | None = None) -> list[DagTestRun]:
    """Initialise Airflow, run both DAGs with ``airflow dags test``, print what landed."""
    settings = settings or Settings()
    env = airflow_env(settings)
    console.print(f"[bold]Airflow[/bold] home {env['AIRFLOW_HOME']} (SQLite), DAGs from {env['AIRFLOW__CORE__DAGS_FOLDER']}")
    with console.status("airflow db migrate + pool"):
        init_airflow(env, settings)
    runs: list[DagTestRun] = []
    for dag_id in (INGEST_DAG, PIPELINE_DAG):
        with console.status(f"airflow dags test {dag_id}"):
            run = dags_test(dag_id, env)
        console.print(f"[green]✓[/green] airflow dags test {dag_id}: success in {run.seconds:.1f} s")
        runs.append(run)
    wide = Console(width=max(console.width, 200))  # nine columns and S3 keys: wrapping at 80 makes it unreadable
    wide.print(deals_table(curated_records(settings)))
    console.print(f"curated bucket: s3://{settings.bucket_curated}/{PREFIX}/ (JSONL + Parquet)")
    docs = latest_data_docs(settings)
    console.print(f"data docs: {docs or 'not found (see the validate task log)'}")
    console.print("Airflow UI: `dealwire airflow standalone` (then http://127.0.0.1:8080)")
    return runs
