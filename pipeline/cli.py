"""The ``dealwire`` command: the same stage functions the DAGs call, for people."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.settings import ENV_PREFIX, Settings
from pipeline.stages.report import StageReport
from pipeline.terminal import cell, plain, shown

app = typer.Typer(help="Dealwire: news feeds to curated deal records.", no_args_is_help=True)
stack_app = typer.Typer(help="The local stack: Kafka (KRaft) and SeaweedFS S3 on loopback.", no_args_is_help=True)
schemas_app = typer.Typer(help="The data contract's JSON Schemas.", no_args_is_help=True)
dlq_app = typer.Typer(help="Dead letters of the extract stage: look at them, send them through again.", no_args_is_help=True)
app.add_typer(stack_app, name="stack")
app.add_typer(schemas_app, name="schemas")
app.add_typer(dlq_app, name="dlq")

console = Console()


def main() -> None:
    """The console script. A failure the commands do not handle themselves (a broker or object store that does not
    answer, a refused commit) is one line on stderr and exit status 1, not a few hundred lines of traceback; with
    DEALWIRE_LOG_LEVEL=DEBUG the traceback is shown as well."""
    try:
        app()
    except Exception as error:  # noqa: BLE001 - the one place that turns any failure into an exit status
        if _debugging():
            raise
        from pipeline.bus.broker import describe

        Console(stderr=True).print(
            f"[red]dealwire failed:[/red] {plain(describe(error).rstrip())}\n"
            "(DEALWIRE_LOG_LEVEL=DEBUG shows the traceback)", highlight=False,
        )
        raise SystemExit(1) from None


def _debugging() -> bool:
    try:
        return Settings().log_level.upper() == "DEBUG"
    except Exception:  # noqa: BLE001 - settings that do not load are the error being reported
        return False


@app.callback()
def _logs() -> None:
    """Stage logs go to stderr, as DEALWIRE_LOG_FORMAT (console or json) and DEALWIRE_LOG_LEVEL say."""
    from pipeline.logs import configure_logging

    settings = Settings()
    configure_logging(settings.log_level, settings.log_format)


@stack_app.command("up")
def stack_up() -> None:
    """Start the broker and the object store, create topics and buckets (idempotent)."""
    from pipeline import stack

    try:
        settings = stack.up(Settings())
    except stack.StackError as error:
        console.print(f"[red]stack up failed:[/red] {plain(error)}")
        raise typer.Exit(1) from error
    _print_status(settings)


@stack_app.command("down")
def stack_down() -> None:
    """Stop what `stack up` started (and nothing else)."""
    from pipeline import stack

    stopped = stack.down(Settings())
    console.print(f"stopped: {', '.join(stopped) if stopped else 'nothing was running'}")


@stack_app.command("status")
def stack_status() -> None:
    """Show each service, its PID, its port and its log file; exit 1 if one is down."""
    if not _print_status(Settings()):
        raise typer.Exit(1)


def _print_status(settings: Settings) -> bool:
    from pipeline import stack

    table = Table("service", "pid", "port", "state", "log")
    rows = stack.status(settings)
    for row in rows:
        state = "[green]up[/green]" if row.healthy else "[red]down[/red]"
        table.add_row(row.name, str(row.pid or "-"), str(row.port), state, cell(row.log_file))
    console.print(table)
    return all(row.healthy for row in rows)


@schemas_app.command("export")
def schemas_export(directory: Path = typer.Option(Path("schemas"), help="where to write the JSON Schemas")) -> None:
    """Write the JSON Schemas of RawItem and DealRecord and the expectation suite, all from the models."""
    from pipeline.contract import export_schemas
    from pipeline.validate.suite import SUITE_PATH, write_suite

    for path in export_schemas(directory):
        console.print(f"wrote {path}")
    console.print(f"wrote {write_suite(directory / SUITE_PATH.parent.name / SUITE_PATH.name)}")


@app.command("eval")
def eval_command(
    set_file: Path = typer.Option(..., "--set", exists=True, dir_okay=False, help="eval JSONL (template or deal labels)"),
    as_json: bool = typer.Option(False, "--json", help="print one JSON object instead of a table"),
    predictions: Path | None = typer.Option(None, "--predictions", help="write the records per article as JSONL"),
    all_records: bool = typer.Option(False, "--all-records", help="template sets: score every record, not the main one"),
) -> None:
    """Score the extractor on a labelled eval set (see ../shared/eval/FORMAT.md)."""
    import json

    from pipeline.evaluation import evaluate
    from pipeline.evaluation.dataset import EvalFileError

    try:
        if predictions is not None:
            predictions.parent.mkdir(parents=True, exist_ok=True)
            with predictions.open("w", encoding="utf-8") as out:
                report = evaluate(set_file, predictions_out=out, all_records=all_records)
        else:
            report = evaluate(set_file, all_records=all_records)
    except ImportError as error:
        console.print(f"[red]no extractor to score:[/red] {plain(error)}")
        raise typer.Exit(2) from error
    except EvalFileError as error:
        Console(stderr=True).print(f"[red]cannot score this file:[/red] {plain(error)}", highlight=False)
        raise typer.Exit(2) from error
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False))
        return
    label = "slot" if report.kind == "template" else "field"
    table = Table(label, "precision", "recall", "F1", "tp", "fp", "fn", title=f"{report.set_name} ({report.articles} articles)")
    for name, counts in [*report.parts.items(), ("TOTAL", report.total)]:
        table.add_row(
            name, f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}",
            str(counts.tp), str(counts.fp), str(counts.fn),
        )
    console.print(table)
    if report.problems:
        console.print(f"[yellow]{len(report.problems)} line(s) with a problem:[/yellow]")
        for problem in report.problems:
            console.print(f"  {plain(str(problem))}")


@app.command("extract")
def extract_command(
    max_batches: int | None = typer.Option(None, help="stop after this many batches (default: until caught up)"),
    worker: int = typer.Option(0, help="worker number: picks the stable transactional id"),
) -> None:
    """Consume news.raw.v1, extract deals, publish deals.candidates.v1 (one transaction per batch)."""
    from pipeline.stages import extract

    _print_stage_report(extract.run(Settings(), max_batches=max_batches, worker=worker))


@app.command("ingest")
def ingest_command(
    source: list[str] = typer.Option(None, "--source", help="source id to poll (repeatable; default: all enabled)"),
    sources: Path | None = typer.Option(None, "--sources", help="sources file (default: settings.sources_file)"),
) -> None:
    """One poll cycle: fetch the feeds, publish new and updated items to news.raw.v1; exit 1 if a source failed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from pipeline.feeds.sources import SourcesFileError, load_sources
    from pipeline.stages import ingest

    settings = Settings()
    try:
        chosen = load_sources(sources or settings.sources_file)
    except SourcesFileError as error:
        console.print(f"[red]{plain(error)}[/red]")
        raise typer.Exit(2) from error
    total = len(source) if source else sum(1 for s in chosen if s.enabled)
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as progress:
        task = progress.add_task("polling sources", total=total)

        def done(source_id: str, row: dict[str, object]) -> None:
            progress.update(task, advance=1, description=f"{source_id}: {row['status']}")

        report = ingest.run(settings, sources=chosen, source_ids=source or None, progress=done)
    table = Table("source", "status", "fetched", "new", "updated", "unchanged", "errors", title="ingest")
    for row in report.details:
        unchanged = "304" if row["status"] == "not_modified" else str(row["unchanged"])
        colour = {"ok": "green", "not_modified": "cyan"}.get(str(row["status"]), "red")
        table.add_row(
            cell(row["source_id"]), Text(shown(row["status"]), style=colour), str(row["fetched"]), str(row["new"]),
            str(row["updated"]), unchanged, str(row["errors"] + len(row["article_errors"])),
        )
    console.print(table)
    console.print(f"published {report.counts['published']} item(s) to {settings.topic_raw}")
    _print_item_notes(report)
    if report.problems:
        problems = Table("source", "kind", "message", title=f"{len(report.problems)} failed source(s)")
        for problem in report.problems:
            problems.add_row(cell(problem.where), cell(problem.kind), cell(problem.message[:200]))
        console.print(problems)
        raise typer.Exit(1)


def _print_item_notes(report: StageReport, *, limit: int = 30) -> None:
    """What happened to single items of sources that did not fail: pages that fell back to the feed
    text, items skipped by name, repairs: each is named, not only counted."""
    notes: list[tuple[str, str, str]] = []
    for row in report.details:
        for error in row.get("article_errors") or []:
            notes.append((str(row["source_id"]), str(error["kind"]), f"{error['url']}: {error['message']}"))
        for repair in row.get("repairs") or []:
            notes.append((str(row["source_id"]), "repair", str(repair)))
    if not notes:
        return
    table = Table("source", "kind", "item", title=f"{len(notes)} item note(s)")
    for source_id, kind, message in notes[:limit]:
        table.add_row(cell(source_id), cell(kind), cell(message[:200]))  # URLs and messages come from feeds
    console.print(table)
    if len(notes) > limit:
        console.print(f"… and {len(notes) - limit} more")


def _print_stage_report(report: StageReport) -> None:
    """Counts, then every problem; problems are reported, not fatal (they went to a DLQ)."""
    table = Table("count", "value", title=f"stage {report.stage}")
    for name, value in sorted(report.counts.items()):
        table.add_row(name, str(value))
    console.print(table)
    if report.problems:
        problems = Table("where", "kind", "message", title=f"{len(report.problems)} problem(s)")
        for problem in report.problems:
            problems.add_row(cell(problem.where), cell(problem.kind), cell(problem.message[:160]))
        console.print(problems)


@app.command("validate")
def validate_command(
    max_batches: int | None = typer.Option(None, help="stop after this many batches (default: until caught up)"),
) -> None:
    """Validate deals.candidates.v1 into the curated and quarantine buckets; publish Data Docs and a run summary."""
    from pipeline.stages import validate

    _print_stage_report(validate.run(Settings(), max_batches=max_batches))


@app.command("lag")
def lag_command() -> None:
    """How far each stage's consumer group is behind its topic, per partition (read, never joined)."""
    from pipeline.bus.consumer import consumer_lag

    settings = Settings()
    watched = [
        (settings.group_extract, settings.topic_raw),
        (settings.group_validate, settings.topic_candidates),
        (settings.group_replay, settings.dlq_topic(settings.topic_raw)),
    ]
    table = Table("group", "topic", "partition", "committed", "end", "behind", title="consumer lag")
    for group, topic in watched:
        for lag in consumer_lag(settings, group, topic):
            committed = "-" if lag.committed is None else str(lag.committed)
            table.add_row(group, topic, str(lag.partition), committed, str(lag.end), str(lag.behind))
    console.print(table)


@dlq_app.command("show")
def dlq_show(
    pending: bool = typer.Option(False, "--pending", help="only the letters no replay has sent yet"),
) -> None:
    """List the raw topic's dead letters: where each came from, the error, whether it was replayed."""
    from pipeline.stages.replay import dead_letters

    settings = Settings()
    letters = [letter for letter in dead_letters(settings) if not (pending and letter.replayed)]
    table = Table("dlq", "source", "key", "bytes", "stage", "error", "failed at", "replays before", "replayed",
                  title=f"{len(letters)} dead letter(s) on {settings.dlq_topic(settings.topic_raw)}")
    for letter in letters:
        table.add_row(
            f"{letter.partition}/{letter.offset}", cell(letter.source), cell(letter.key[:40]), str(letter.size),
            cell(letter.stage), cell(f"{letter.error_class}: {letter.error_message[:120]}"), cell(letter.failed_at[:19]),
            str(letter.replays),
            "yes" if letter.replayed else "no",
        )
    console.print(table)


@dlq_app.command("replay")
def dlq_replay(
    max_batches: int | None = typer.Option(None, help="stop after this many batches (default: the whole DLQ)"),
) -> None:
    """Send the dead letters no replay has sent yet back to news.raw.v1, each once (run extract after)."""
    from pipeline.stages import replay

    _print_stage_report(replay.run(Settings(), max_batches=max_batches))


@app.command("deals")
def deals_command(
    since: str | None = typer.Option(None, help="first partition date to list, YYYY-MM-DD"),
    output: str = typer.Option("table", "--format", help="table, json or csv"),
    every_row: bool = typer.Option(False, "--all", help="every stored row, including superseded versions and replays"),
) -> None:
    """List curated deal records (each article's latest version), read with the read-only identity."""
    import csv
    import json
    import sys
    from datetime import date

    from pipeline.store.curated import DEAL_COLUMNS, deal_row, iter_curated, latest

    if output not in {"table", "json", "csv"}:
        console.print(f"[red]unknown format {plain(repr(output))}: use table, json or csv[/red]")
        raise typer.Exit(2)
    try:
        first_day = date.fromisoformat(since) if since else None
    except ValueError as error:
        console.print(f"[red]--since must be YYYY-MM-DD: {plain(error)}[/red]")
        raise typer.Exit(2) from error
    stored = iter_curated(Settings(), since=first_day)
    records = list(stored) if every_row else latest(stored)
    if output == "json":
        sys.stdout.write(json.dumps([json.loads(r.model_dump_json()) for r in records], indent=2, ensure_ascii=False))
        sys.stdout.write("\n")
        return
    rows = [deal_row(r) for r in records]
    if output == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(DEAL_COLUMNS))
        writer.writeheader()
        writer.writerows({column: spreadsheet_safe(value) for column, value in row.items()} for row in rows)
        return
    console.print(deals_table(rows))


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: names and phrases come from articles, and a cell starting with "=",
    "+", "-", "@", tab or CR is run as a formula by Excel/LibreOffice (CSV injection). A leading apostrophe is
    OWASP's guard; amounts are never negative, so no number is touched."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def deals_table(rows: list[dict[str, str]]) -> Table:
    """``dealwire deals`` as a table: every cell is text from the articles, printed as it is."""
    from pipeline.store.curated import DEAL_COLUMNS

    table = Table(*DEAL_COLUMNS, title=f"{len(rows)} curated deal record(s)")
    for row in rows:
        table.add_row(*(cell(row[c]) for c in DEAL_COLUMNS))
    return table


@app.command("demo")
def demo_command() -> None:
    """Run news_ingest then deal_pipeline with `airflow dags test` over the samples; print the curated deals."""
    from pipeline.demo import run_demo

    try:
        run_demo(console)
    except RuntimeError as error:
        console.print(f"[red]demo failed:[/red] {plain(error)}")
        raise typer.Exit(1) from error


@app.command(
    "airflow",
    context_settings={"allow_extra_args": True, "ignore_unknown_options": True},
    add_help_option=False,
)
def airflow_command(ctx: typer.Context) -> None:
    """Run `airflow ARGS…` with Dealwire's Airflow environment (e.g. `dealwire airflow standalone`)."""
    import os

    from pipeline.orchestration import airflow_bin, airflow_env, prepare_airflow_home

    env = airflow_env()
    prepare_airflow_home(env)
    if ctx.args[:2] == ["dags", "test"]:
        # Airflow 3.3.2's `dags test` fails after a successful run that has deadline alerts (Settings.deadline_alerts):
        # off for a run by hand, as for the demo, unless the caller set them
        env.setdefault(f"{ENV_PREFIX}DEADLINE_ALERTS", "false")
    os.execvpe(airflow_bin(), [airflow_bin(), *ctx.args], env)


if __name__ == "__main__":
    app()
