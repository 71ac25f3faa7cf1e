"""Text from feeds and messages reaches the terminal as text: no rich markup, no escape sequences."""

from __future__ import annotations

import pytest
from rich.console import Console

from pipeline import cli
from pipeline.stages.report import StageReport
from pipeline.store.curated import DEAL_COLUMNS
from pipeline.terminal import cell, plain

HOSTILE = "Orvane [/b] buys [red]Pellucid[/red] \x1b[2J\x1b]0;owned\x07 \x9b31m"


def _render(*renderables: object) -> str:
    console = Console(record=True, width=400, force_terminal=True, color_system="truecolor")
    for renderable in renderables:
        console.print(renderable)
    return console.export_text()


def test_a_cell_is_printed_as_it_is() -> None:
    out = _render(cell(HOSTILE))
    assert "Orvane [/b] buys [red]Pellucid[/red]" in out
    assert "\\x1b[2J" in out and "\\x1b]0;owned\\x07" in out and "\\x9b31m" in out
    assert "\x1b[2J" not in out and "\x07" not in out and "\x9b" not in out


def test_plain_survives_markup_around_it() -> None:
    out = _render(f"[red]failed:[/red] {plain(HOSTILE)}")
    assert "failed: Orvane [/b] buys [red]Pellucid[/red]" in out
    assert "\x1b[2J" not in out


def test_the_deals_table_shows_titles_as_they_are() -> None:
    row = {column: "" for column in DEAL_COLUMNS} | {"title": HOSTILE, "parties": "buyer: [i]Orvane[/i]"}
    out = _render(cli.deals_table([row]))
    assert "[/b] buys [red]Pellucid[/red]" in out and "buyer: [i]Orvane[/i]" in out
    assert "\x1b[2J" not in out and "\x1b]0;" not in out


def test_a_problem_message_with_markup_does_not_crash_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    report = StageReport(stage="extract")
    report.problem("news.raw.v1/0/7 [/x]", "undecodable", f"bad item titled {HOSTILE}")
    cli._print_stage_report(report)
    out = capsys.readouterr().out
    assert "[/x]" in out and "[red]Pellucid[/red]" in out
    assert "\x1b[2J" not in out
