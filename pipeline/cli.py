"""The ``dealwire`` command: the same stage functions the DAGs call, for people."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.settings import Settings

app = typer.Typer(help="Dealwire: news feeds to curated deal records.", no_args_is_help=True)
stack_app = typer.Typer(help="The local stack: Kafka (KRaft) and SeaweedFS S3 on loopback.", no_args_is_help=True)
schemas_app = typer.Typer(help="The data contract's JSON Schemas.", no_args_is_help=True)
app.add_typer(stack_app, name="stack")
app.add_typer(schemas_app, name="schemas")

console = Console()


@stack_app.command("up")
def stack_up() -> None:
    """Start the broker and the object store, create topics and buckets (idempotent)."""
    from pipeline import stack

    try:
        settings = stack.up(Settings())
    except stack.StackError as error:
        console.print(f"[red]stack up failed:[/red] {error}")
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
        table.add_row(row.name, str(row.pid or "-"), str(row.port), state, row.log_file)
    console.print(table)
    return all(row.healthy for row in rows)


@schemas_app.command("export")
def schemas_export(directory: Path = typer.Option(Path("schemas"), help="where to write the JSON Schemas")) -> None:
    """Write the JSON Schemas of RawItem and DealRecord from the pydantic models."""
    from pipeline.contract import export_schemas

    for path in export_schemas(directory):
        console.print(f"wrote {path}")


if __name__ == "__main__":
    app()
