"""Every real feed in ../shared/feeds is either parsed or rejected with a named reason.

Expectations come from properties of the files themselves (well-formedness by a
strict parser, the declared encoding, the number of item elements, the language
column of SOURCES.md), never from a hard-coded list of outcomes.
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections import Counter
from pathlib import Path

import pytest

from pipeline.feeds.errors import FeedError
from pipeline.feeds.parse import ParsedFeed, parse_feed
from pipeline.feeds.sources import Source
from pipeline.stages.ingest import _language

FEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "feeds"
FILES = sorted(p for p in FEEDS.glob("*") if p.is_file() and p.suffix != ".md") if FEEDS.is_dir() else []
_ITEM = re.compile(rb"<(?:item|entry)[\s>]")
_LATIN1 = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']iso-8859-1[\"']", re.IGNORECASE)


def strictly_well_formed(body: bytes) -> bool:
    parser = xml.parsers.expat.ParserCreate()
    try:
        parser.Parse(body, True)
    except xml.parsers.expat.ExpatError:
        return False
    return True


def languages_from_sources_md() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in (FEEDS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) > 2 and re.fullmatch(r"[a-z]{2}", cells[1]):
            table[cells[0].split(" ")[0]] = cells[1]
    return table


def outcome(path: Path) -> ParsedFeed | FeedError:
    try:
        # as if fetched from a web host, so relative links (tpm.atom) resolve to http URLs
        return parse_feed(path.read_bytes(), url=f"https://feeds.test/{path.name}")
    except FeedError as error:
        return error


def test_the_research_feeds_are_there(shared_dir: Path) -> None:
    assert len(FILES) >= 16, f"expected the 16 captured feeds in {FEEDS}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_feed_is_parsed_or_rejected_with_a_reason(path: Path) -> None:
    body = path.read_bytes()
    result = outcome(path)
    if isinstance(result, FeedError):
        assert result.kind in {"malformed_feed", "encoding", "hostile_xml", "not_a_feed", "empty_feed"}
        assert path.name in result.message and result.message
        if result.kind == "malformed_feed":
            assert not strictly_well_formed(body)
            assert re.search(r"line \d+, column \d+", result.message), "the reason points at the spot"
        return
    if not strictly_well_formed(body):
        assert result.repairs, "a document a strict parser rejects may only pass with a recorded repair"
    assert result.entries
    assert len(result.entries) + result.skipped == len(_ITEM.findall(body))
    for entry in result.entries:
        assert entry.title.strip()
        assert entry.url.startswith(("http://", "https://"))
        if entry.published_at is not None:
            assert entry.published_at.utcoffset() is not None and entry.published_at.utcoffset().total_seconds() == 0
    assert "\ufffd" not in " ".join(e.title + e.summary for e in result.entries)


@pytest.mark.parametrize("path", [p for p in FILES if _LATIN1.match(p.read_bytes())], ids=lambda p: p.name)
def test_latin1_feeds_decode_accented_words(path: Path) -> None:
    result = outcome(path)
    assert isinstance(result, ParsedFeed), result
    text = " ".join(e.title + " " + e.summary for e in result.entries)
    accented = re.findall(r"\b\w*[àâäçéèêëîïôöùûüßÀÂÄÇÉÈÊÖÜ]\w*\b", text)
    assert len(accented) >= 5
    assert not re.search(r"Ã[\x80-\xbf©¨§¼¶¤]", text), "UTF-8 read as latin-1 (mojibake)"


def test_the_strictly_malformed_ones_are_named(shared_dir: Path) -> None:
    broken = [p for p in FILES if not strictly_well_formed(p.read_bytes())]
    assert len(broken) >= 2
    for path in broken:
        result = outcome(path)
        named = isinstance(result, FeedError) and result.kind == "malformed_feed"
        repaired = isinstance(result, ParsedFeed) and bool(result.repairs)
        assert named or repaired, path.name


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_item_language_matches_the_catalogue(path: Path) -> None:
    expected = languages_from_sources_md().get(path.name)
    result = outcome(path)
    if expected is None or isinstance(result, FeedError):
        pytest.skip("no catalogue language or feed rejected")
    no_hint = Source(id="t", url=path.as_uri())
    langs = Counter(_language(e, no_hint, e.content or e.summary or e.title) for e in result.entries)
    top, count = langs.most_common(1)[0]
    assert top == expected, langs
    assert count >= 0.7 * len(result.entries), langs
