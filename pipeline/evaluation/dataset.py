"""Reading eval sets and turning their lines into the RawItems the extractor sees.

The extractor is scored on exactly what it gets in production, a RawItem, so
an eval line becomes one with a synthetic ``eval://<set>/<id>`` URL (stable
item ids, nothing that looks like a real fetch).

Kept-back sets of the same format are scored once, by someone else, so reading
is forgiving about how a file is written (a BOM, CRLF, blank lines, a last line
without newline, ids as numbers, values as JSON numbers) and loud about what it
cannot read: a line that is not a valid article of the file's kind is left out
*by name* (its line number and why, in the report), never silently and never by
stopping the run. Only a file with nothing to score, or with both kinds of
labels, is refused as a whole.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pycountry

from pipeline.evaluation.scores import READ_AS, SKIPPED, Problem
from pipeline.evaluation.template import SLOTS
from pipeline.feeds.parse import lang_code
from pipeline.models import RawItem, content_hash_for, item_id_for

TEMPLATE = "template"
DEALS = "deals"

# Reuters-21578 stories carry no language tag; they are all English.
DEFAULT_LANG = "en"
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class EvalFileError(ValueError):
    """The file as a whole cannot be scored (empty, unreadable, or both kinds of labels)."""


@dataclass(frozen=True)
class EvalSet:
    name: str
    kind: str
    lines: list[dict[str, Any]]
    line_numbers: list[int] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    slots: tuple[str, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    def line_number(self, index: int) -> int:
        return self.line_numbers[index] if index < len(self.line_numbers) else index + 1


def detect_kind(line: dict[str, Any]) -> str:
    if "template" in line:
        return TEMPLATE
    if "deals" in line:
        return DEALS
    raise ValueError("an eval line needs a 'template' or a 'deals' key")


def _physical_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Lines split on LF only (a CR before it is dropped), so numbers match any editor's."""
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for number, raw in enumerate(data.split(b"\n"), start=1):
        yield number, raw[:-1] if raw.endswith(b"\r") else raw


def load(path: Path) -> EvalSet:
    """Read a JSONL eval file; its kind is the one every readable line shares."""
    problems: list[Problem] = []
    parsed: list[tuple[int, dict[str, Any], str]] = []
    try:
        physical = list(_physical_lines(path))
    except OSError as error:
        raise EvalFileError(f"{path}: cannot read ({error})") from error
    for number, raw in physical:
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            problems.append(Problem(number, None, f"not UTF-8 ({error.reason} at byte {error.start})", SKIPPED))
            continue
        try:
            line = json.loads(text)
        except json.JSONDecodeError as error:
            problems.append(Problem(number, None, f"not JSON ({error.msg} at column {error.colno})", SKIPPED))
            continue
        except (ValueError, RecursionError) as error:  # an integer of 5000 digits, arrays nested 100000 deep
            problems.append(Problem(number, None, f"not readable JSON ({type(error).__name__}: {error})"[:300], SKIPPED))
            continue
        if not isinstance(line, dict):
            problems.append(Problem(number, None, f"a JSON {type(line).__name__}, not an object", SKIPPED))
            continue
        if "template" in line and "deals" in line:
            problems.append(Problem(number, line.get("id"), "has both 'template' and 'deals'", SKIPPED))
            continue
        try:
            parsed.append((number, line, detect_kind(line)))
        except ValueError as error:
            problems.append(Problem(number, line.get("id"), str(error), SKIPPED))
    kinds = {kind: number for number, _, kind in reversed(parsed)}
    if len(kinds) > 1:
        count = {kind: sum(1 for _, _, k in parsed if k == kind) for kind in kinds}
        raise EvalFileError(
            f"{path}: mixes {count[TEMPLATE]} template line(s) (first at line {kinds[TEMPLATE]}) and "
            f"{count[DEALS]} deal line(s) (first at line {kinds[DEALS]}); score each kind from its own file"
        )
    if not parsed:
        why = f"; {len(problems)} unreadable line(s), the first: {problems[0]}" if problems else ""
        raise EvalFileError(f"{path}: no articles{why}")
    kind = parsed[0][2]
    check = _check_template if kind == TEMPLATE else _check_deals
    lines: list[dict[str, Any]] = []
    numbers: list[int] = []
    langs: list[str] = []
    seen_ids: dict[str, int] = {}
    for number, line, _ in parsed:
        article_id = line.get("id")
        try:
            notes = _check_common(line) + check(line)
        except ValueError as error:
            problems.append(Problem(number, article_id, str(error), SKIPPED))
            continue
        lang, lang_note = article_lang(line, kind)
        if lang_note:
            notes.append(lang_note)
        key = str(article_id)
        if key in seen_ids:
            notes.append(f"id also used on line {seen_ids[key]} (scored as a separate article)")
        seen_ids.setdefault(key, number)
        problems.extend(Problem(number, article_id, note, READ_AS) for note in notes)
        lines.append(line)
        numbers.append(number)
        langs.append(lang)
    if not lines:
        raise EvalFileError(f"{path}: no scorable articles; {len(problems)} line(s) left out, the first: {problems[0]}")
    problems.sort(key=lambda p: p.line)
    slots = file_slots(lines) if kind == TEMPLATE else ()
    return EvalSet(set_name(path), kind, lines, numbers, langs, slots, problems)


# --- checking one line ----------------------------------------------------------------


def _check_common(line: dict[str, Any]) -> list[str]:
    article_id = line.get("id")
    if article_id is None or isinstance(article_id, bool) or not isinstance(article_id, (str, int)):
        raise ValueError("needs an 'id' (a string or an integer)")
    if isinstance(article_id, str) and (not article_id.strip() or not _encodable(article_id)):
        raise ValueError("'id' is empty or not text (a lone surrogate escape)")
    if not isinstance(line.get("text"), str):
        raise ValueError("needs a 'text' string")
    notes = []
    title = line.get("title")
    if title is not None and not isinstance(title, str):
        notes.append("'title' is not a string: read as no title")
    for key in ("text", "title"):
        value = line.get(key)
        if isinstance(value, str) and not _encodable(value):
            # "\ud800" is valid JSON but no character: U+FFFD keeps every offset where it was
            line[key] = _SURROGATE.sub("\ufffd", value)
            notes.append(f"'{key}' has lone surrogate escapes: read as U+FFFD")
    raw_date = line.get("published")
    if raw_date not in (None, "") and published_at(raw_date) is None:
        notes.append(f"'published' {raw_date!r} is not an ISO date: read as unknown")
    return notes


def _check_template(line: dict[str, Any]) -> list[str]:
    """A template is a map slot → list of fillers, a filler a list of acceptable strings."""
    raw = line["template"]
    if raw is None:
        line["template"] = {}
        return ["'template' is null: read as no fillers in any slot"]
    if not isinstance(raw, dict):
        raise ValueError("'template' is not an object")
    notes: list[str] = []
    template: dict[str, list[list[str]]] = {}
    for slot, fillers in raw.items():
        name = slot.strip().upper()
        if fillers is None:
            fillers = []
        if not isinstance(fillers, list):
            raise ValueError(f"slot {slot!r} is not a list of fillers")
        for filler in fillers:
            if not isinstance(filler, list) or not all(isinstance(alt, str) for alt in filler):
                raise ValueError(f"slot {slot!r}: a filler is a list of acceptable strings, got {filler!r}")
        kept = [filler for filler in fillers if any(alt.strip() for alt in filler)]
        if len(kept) < len(fillers):
            notes.append(f"slot {slot!r}: {len(fillers) - len(kept)} filler(s) without any string dropped")
        if name in template:
            raise ValueError(f"slot {name!r} is given twice")
        template[name] = kept
    line["template"] = template
    return notes


def _check_deals(line: dict[str, Any]) -> list[str]:
    deals = line["deals"]
    if deals is None:
        line["deals"] = []
        return ["'deals' is null: read as no deal"]
    if not isinstance(deals, list):
        raise ValueError("'deals' is not a list")
    for number, deal in enumerate(deals, start=1):
        if not isinstance(deal, dict):
            raise ValueError(f"deal {number} is not an object")
        try:
            _check_deal(deal)
        except ValueError as error:
            raise ValueError(f"deal {number}: {error}") from error
    return []


def _check_deal(deal: dict[str, Any]) -> None:
    for key in ("deal_type", "status", "country"):
        if deal.get(key) is not None and not isinstance(deal[key], str):
            raise ValueError(f"'{key}' is not a string")
    parties = deal.get("parties")
    if parties is not None and not isinstance(parties, list):
        raise ValueError("'parties' is not a list")
    for number, party in enumerate(parties or [], start=1):
        if not isinstance(party, dict):
            raise ValueError(f"party {number} is not an object")
        aliases = party.get("aliases")
        if aliases is not None and (not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases)):
            raise ValueError(f"party {number}: 'aliases' is not a list of strings")
        name = party.get("name")
        if name is not None and not isinstance(name, str):
            raise ValueError(f"party {number}: 'name' is not a string")
        if not any(n.strip() for n in [name or "", *(aliases or [])]):
            raise ValueError(f"party {number} has no name")
    for key in ("amount", "unit_price", "quantity"):
        value = deal.get(key)
        if value is None:
            continue
        if not isinstance(value, dict):
            raise ValueError(f"'{key}' is not an object")
        for part in ("value", "lower", "upper"):
            if decimal_of(value.get(part)) is None and value.get(part) not in (None, ""):
                raise ValueError(f"{key} {part} {value[part]!r} is not a decimal number")
        for part in ("currency", "unit"):
            if value.get(part) is not None and not isinstance(value[part], str):
                raise ValueError(f"{key} {part} is not a string")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def decimal_of(value: Any) -> Decimal | None:
    """A gold number: a decimal string ("3000000000", "3e9", "3000000000.0") or a JSON number, finite."""
    if value is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def file_slots(lines: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """The slots to score: FORMAT's seven (a line without one has no fillers there, so whatever we predict in it
    is a false positive), then any other slot the file labels, in first-seen order.

    The course's TOTAL pools every slot of the key, so a slot we never fill still
    counts its fillers as misses.
    """
    present: dict[str, None] = {}
    for line in lines:
        present.update(dict.fromkeys(line["template"]))
    return SLOTS + tuple(s for s in present if s not in SLOTS)


# --- one article as a RawItem ------------------------------------------------------------


def set_name(path: Path) -> str:
    """``.../utah-acq/dev.jsonl`` → ``utah-acq``: the folder names the set."""
    parent = path.resolve().parent.name
    return parent if parent and parent not in (".", "eval") else path.stem


def published_at(value: Any) -> datetime | None:
    """Dates as written in eval lines ("2019-05-02" or full ISO) → aware UTC."""
    if not value or not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            day = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
        parsed = datetime(day.year, day.month, day.day)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:
        return None


def _lang_code(value: Any) -> str | None:
    """An ISO 639-1 code from a tag as feeds write it ("fr", "FR", "fr-FR", "de_CH"), else None."""
    code = lang_code(value)
    return code if code is not None and pycountry.languages.get(alpha_2=code) is not None else None


def article_lang(line: dict[str, Any], kind: str) -> tuple[str, str | None]:
    """The article's language and, when it is not the line's own tag, a note saying how it was read.

    A deal line names its language; one without a usable code is read in the language
    detected from its text (as ingest does for a feed without one), so a German
    article is not read as English. Template lines carry no tag: English.
    """
    raw = line.get("lang")
    code = _lang_code(raw)
    if code is not None:
        return code, None
    if raw in (None, "") and kind == TEMPLATE:
        return DEFAULT_LANG, None
    from pipeline.feeds.identity import detect_lang

    detected = _lang_code(detect_lang(f"{line.get('title') or ''}\n{line['text']}"))
    said = "no 'lang'" if raw in (None, "") else f"'lang' {raw!r} is no ISO 639-1 code"
    if detected is not None:
        return detected, f"{said}: read as {detected!r} (detected from the text)"
    return DEFAULT_LANG, f"{said} and the text is too short to tell: read as {DEFAULT_LANG!r}"


def raw_item(line: dict[str, Any], set_name: str, lang: str | None = None) -> RawItem:
    """The RawItem an eval article would have been on ``news.raw.v1``."""
    url = f"eval://{set_name}/{line['id']}"
    text = str(line.get("text") or "")
    published = published_at(line.get("published"))
    title = line.get("title")
    return RawItem(
        item_id=item_id_for(url),
        source_id=f"eval-{set_name}",
        feed_url=f"eval://{set_name}",
        url=url,
        canonical_url=url,
        title=title if isinstance(title, str) else "",
        text=text,
        lang=lang or _lang_code(line.get("lang")) or DEFAULT_LANG,
        published_at=published,
        fetched_at=published or _EPOCH,
        content_hash=content_hash_for(text),
    )


def iter_articles(eval_set: EvalSet) -> Iterator[tuple[int, dict[str, Any], str | None]]:
    """(line number, line, language as read) per article, in file order."""
    for index, line in enumerate(eval_set.lines):
        yield eval_set.line_number(index), line, eval_set.langs[index] if index < len(eval_set.langs) else None
