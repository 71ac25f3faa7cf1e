"""Reading eval sets and turning their lines into the RawItems the extractor sees.

The extractor is scored on exactly what it gets in production, a RawItem, so
an eval line becomes one with a synthetic ``eval://<set>/<id>`` URL (stable
item ids, nothing that looks like a real fetch).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.models import RawItem, content_hash_for, item_id_for

TEMPLATE = "template"
DEALS = "deals"

# Reuters-21578 stories carry no language tag; they are all English.
DEFAULT_LANG = "en"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class EvalSet:
    name: str
    kind: str
    lines: list[dict[str, Any]]


def detect_kind(line: dict[str, Any]) -> str:
    if "template" in line:
        return TEMPLATE
    if "deals" in line:
        return DEALS
    raise ValueError("an eval line needs a 'template' or a 'deals' key")


def load(path: Path) -> EvalSet:
    """Read a JSONL eval file; its kind comes from the first line's keys."""
    lines: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                lines.append(json.loads(raw))
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not JSON ({error})") from error
    if not lines:
        raise ValueError(f"{path}: no articles")
    kind = detect_kind(lines[0])
    for number, line in enumerate(lines, start=1):
        if detect_kind(line) != kind or "id" not in line or "text" not in line:
            raise ValueError(f"{path}: article {number} is not a {kind} line with id and text")
    return EvalSet(name=set_name(path), kind=kind, lines=lines)


def set_name(path: Path) -> str:
    """``.../utah-acq/dev.jsonl`` → ``utah-acq``: the folder names the set."""
    parent = path.resolve().parent.name
    return parent if parent and parent not in (".", "eval") else path.stem


def published_at(value: Any) -> datetime | None:
    """Dates as written in eval lines ("2019-05-02" or full ISO) → aware UTC."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def raw_item(line: dict[str, Any], set_name: str) -> RawItem:
    """The RawItem an eval article would have been on ``news.raw.v1``."""
    url = f"eval://{set_name}/{line['id']}"
    text = str(line.get("text") or "")
    published = published_at(line.get("published"))
    return RawItem(
        item_id=item_id_for(url),
        source_id=f"eval-{set_name}",
        feed_url=f"eval://{set_name}",
        url=url,
        canonical_url=url,
        title=str(line.get("title") or ""),
        text=text,
        lang=str(line.get("lang") or DEFAULT_LANG),
        published_at=published,
        fetched_at=published or _EPOCH,
        content_hash=content_hash_for(text),
    )


def iter_items(eval_set: EvalSet) -> Iterator[tuple[dict[str, Any], RawItem]]:
    for line in eval_set.lines:
        yield line, raw_item(line, eval_set.name)
