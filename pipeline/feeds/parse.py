"""Bytes → feed entries, safely.

XML is checked with defusedxml (no entity declarations, no external references)
before feedparser sees a byte, because feedparser's SAX path is not built to
resist hostile documents. The text encoding is settled here too (BOM, HTTP
charset, XML declaration, UTF-8), so feedparser always gets clean UTF-8 and a
wrong or undeclared encoding becomes a named error instead of mojibake.
JSON Feed, which feedparser does not know, is read with ``json``.
"""

from __future__ import annotations

import calendar
import codecs
import html
import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin
from xml.etree.ElementTree import ParseError

import dateparser
import defusedxml
import defusedxml.ElementTree as SafeET
import feedparser

from pipeline.feeds.errors import FeedError

_ATOM = "{http://www.w3.org/2005/Atom}feed"
_ATOM03 = "{http://purl.org/atom/ns#}feed"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"
_FEED_ROOTS = {"rss", "channel", _ATOM, _ATOM03, _RDF}

_XML_DECL = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^<\?xml[^>]*\?>", re.IGNORECASE)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
_HTML_START = re.compile(r"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
# Linear on any input: a tag stops at the next "<" (``<[^>]+>`` rescanned the rest of the text from each "<" of a
# text without ">", and ``\s*\n`` each run of spaces from each of its characters: minutes for a 5 MB description).
_TAG = re.compile(r"<[^<>]+>")
_BLOCK = re.compile(r"<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr)\b[^<>]*>", re.IGNORECASE)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class Entry:
    url: str
    title: str
    summary: str
    content: str
    published_at: datetime | None
    authors: list[str]
    lang: str | None


@dataclass
class ParsedFeed:
    format: str
    title: str
    lang: str | None
    entries: list[Entry]
    encoding: str = "utf-8"
    repairs: list[str] = field(default_factory=list)
    skipped: int = 0


def html_to_text(fragment: str) -> str:
    """Readable text from an HTML fragment: block ends become newlines, entities decoded."""
    if not fragment:
        return ""
    text = _BLOCK.sub("\n", fragment)
    text = html.unescape(_TAG.sub(" ", text))
    text = _SPACES.sub(" ", text)
    return _NEWLINES.sub("\n", text).strip()


def parse_feed(body: bytes, *, url: str, content_type: str = "") -> ParsedFeed:
    """Entries of an RSS 0.9x/1.0/2.0, Atom or JSON feed; raises ``FeedError`` with a reason."""
    if not body.strip():
        raise FeedError("empty_feed", f"{url} returned an empty body")
    stripped = body.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:1] in {b"{", b"["} or "json" in content_type.lower():
        return _parse_json_feed(body, url=url)
    text, encoding, note = _decode(body, content_type=content_type, url=url)
    repairs: list[str] = [note] if note else []
    text = text.lstrip("\ufeff")
    if text[:1].isspace():
        # The classic WordPress bug: whitespace before the XML declaration. Harmless
        # to remove, and the only repair we make to a document.
        if text.lstrip().startswith("<?xml"):
            repairs.append("removed whitespace before the XML declaration")
        text = text.lstrip()
    if _HTML_START.match(text):
        raise FeedError("not_a_feed", f"{url} served an HTML page, not a feed")
    try:
        root = SafeET.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as error:
        raise FeedError("hostile_xml", f"{url}: refused {type(error).__name__} ({error})") from error
    except ParseError as error:
        if "html" in content_type.lower():
            raise FeedError("not_a_feed", f"{url} served {content_type} that is not XML") from error
        raise FeedError("malformed_feed", f"{url} is not well-formed XML: {error}") from error
    if root.tag not in _FEED_ROOTS:
        raise FeedError("not_a_feed", f"{url}: root element <{root.tag}> is not RSS, RDF or Atom")
    utf8 = _XML_DECL_TEXT.sub("", text, count=1).encode("utf-8")
    parsed = feedparser.parse(
        utf8,
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=True,
        resolve_relative_uris=False,
    )
    feed_lang = _lang(parsed.feed.get("language"))
    entries: list[Entry] = []
    skipped = 0
    for raw in parsed.entries:
        entry = _entry(raw, base=url, feed_lang=feed_lang)
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    if not entries:
        raise FeedError("empty_feed", f"{url} is a {parsed.version or 'feed'} with no usable items")
    if skipped:
        repairs.append(_no_link(skipped))
    return ParsedFeed(
        format=parsed.version or "xml",
        title=html_to_text(parsed.feed.get("title", "")),
        lang=feed_lang,
        entries=entries,
        encoding=encoding,
        repairs=repairs,
        skipped=skipped,
    )


# --- encoding ---------------------------------------------------------------


_SINGLE_BYTE = ("iso8859", "cp125", "latin", "koi8", "mac-")


def _decode(body: bytes, *, content_type: str, url: str) -> tuple[str, str, str | None]:
    """Text of the document, trying BOM, HTTP charset, XML declaration, then UTF-8; and a note when a label was overruled.

    A single-byte label (a server's default ISO-8859-1, say) on a body that is valid UTF-8 with
    non-ASCII bytes is wrong: Latin-1 text practically never forms valid multi-byte UTF-8
    sequences, and reading it as labelled turns "Société" into "SociÃ©tÃ©" without an error.
    """
    candidates: list[tuple[str, str]] = []
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            candidates.append((name, "byte order mark"))
    header = _CHARSET.search(content_type)
    if header:
        candidates.append((header.group(1), "HTTP charset"))
    declared = _XML_DECL.match(body.lstrip())
    if declared:
        candidates.append((declared.group(1).decode("ascii"), "XML declaration"))
    candidates.append(("utf-8", "default"))
    failures: list[str] = []
    for name, origin in candidates:
        try:
            text, codec = body.decode(name), codecs.lookup(name).name
        except LookupError:
            failures.append(f"unknown encoding {name!r} ({origin})")
            continue
        except UnicodeDecodeError as error:
            failures.append(f"not {name} ({origin}): byte {body[error.start]:#04x} at offset {error.start}")
            continue
        if codec.startswith(_SINGLE_BYTE) and not body.isascii():
            try:
                return body.decode("utf-8"), "utf-8", f"read as UTF-8: the body is valid UTF-8, not the {name} its {origin} says"
            except UnicodeDecodeError:
                pass
        return text, codec, None
    raise FeedError("encoding", f"{url}: cannot decode: " + "; ".join(dict.fromkeys(failures)))


# --- entries ---------------------------------------------------------------


def _lang(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("_", "-").split("-")[0]
    return code if len(code) == 2 and code.isalpha() else None


def _utc(parsed: Any, raw: Any) -> datetime | None:
    """The date in UTC, or None when there is none or it is no date at all ("0000-00-00" gives year -1)."""
    try:
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
        if isinstance(raw, str) and raw.strip():
            found = dateparser.parse(raw, settings={"TO_TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True})
            if found is not None:
                return found.astimezone(timezone.utc)
    except (ValueError, OverflowError, OSError):
        return None
    return None


def _entry(raw: Any, *, base: str, feed_lang: str | None) -> Entry | None:
    link = raw.get("link") or ""
    if not link:
        guid = raw.get("id") or ""
        if raw.get("guidislink") or guid.startswith(("http://", "https://")):
            link = guid
    if not link:
        return None
    content = ""
    for block in raw.get("content") or []:
        value = html_to_text(block.get("value", ""))
        if len(value) > len(content):
            content = value
    published = None
    for key in ("published", "updated", "created"):
        if key not in raw:  # raw["updated"] would be feedparser's deprecated alias of "published", with a warning
            continue
        published = _utc(raw.get(f"{key}_parsed"), raw.get(key))
        if published is not None:
            break
    authors = [a.get("name", "").strip() for a in raw.get("authors") or [] if a.get("name", "").strip()]
    if not authors and raw.get("author"):
        authors = [html_to_text(raw["author"])]
    lang = None
    for detail in (raw.get("title_detail"), raw.get("summary_detail")):
        lang = lang or _lang((detail or {}).get("language"))
    return Entry(
        url=urljoin(base, link.strip()),
        title=html_to_text(raw.get("title", "")),
        summary=html_to_text(raw.get("summary", "")),
        content=content,
        published_at=published,
        authors=authors,
        lang=lang or _lang(raw.get("language")) or feed_lang,
    )


# --- JSON Feed -----------------------------------------------------------


def _no_link(count: int) -> str:
    return f"skipped {count} item{'s' * (count > 1)} without a link (nor a URL as id or guid)"


def _text_of(value: Any) -> str:
    """A JSON Feed string field; a value of another type counts as absent instead of failing the feed."""
    return value if isinstance(value, str) else ""


def _parse_json_feed(body: bytes, *, url: str) -> ParsedFeed:
    try:
        data = json.loads(body.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise FeedError("encoding", f"{url}: JSON Feed is not UTF-8 ({error.reason} at {error.start})") from error
    except json.JSONDecodeError as error:
        raise FeedError("malformed_feed", f"{url}: invalid JSON: {error}") from error
    except RecursionError as error:
        raise FeedError("malformed_feed", f"{url}: JSON nested too deeply to read") from error
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise FeedError("not_a_feed", f"{url}: JSON without a jsonfeed.org version")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError("malformed_feed", f"{url}: JSON Feed without an items list")
    feed_lang = _lang(data.get("language"))
    feed_authors = _json_authors(data)
    entries: list[Entry] = []
    skipped = 0
    for item in items:
        if not isinstance(item, dict):
            skipped += 1
            continue
        link = item.get("url") or item.get("external_url")
        if not link and _text_of(item.get("id")).startswith(("http://", "https://")):
            link = item["id"]
        if not isinstance(link, str) or not link.strip():
            skipped += 1
            continue
        content = _text_of(item.get("content_text")) or html_to_text(_text_of(item.get("content_html")))
        published = _utc(None, item.get("date_published")) or _utc(None, item.get("date_modified"))
        entries.append(
            Entry(
                url=urljoin(url, link.strip()),
                title=html_to_text(_text_of(item.get("title"))),
                summary=html_to_text(_text_of(item.get("summary"))),
                content=content.strip(),
                published_at=published,
                authors=_json_authors(item) or feed_authors,
                lang=_lang(item.get("language")) or feed_lang,
            )
        )
    if not entries:
        raise FeedError("empty_feed", f"{url} is a JSON Feed with no usable items")
    return ParsedFeed(
        format="json" + str(data["version"]).rsplit("/", 1)[-1],
        title=_text_of(data.get("title")),
        lang=feed_lang,
        entries=entries,
        repairs=[_no_link(skipped)] if skipped else [],
        skipped=skipped,
    )


def _json_authors(node: dict[str, Any]) -> list[str]:
    authors = node.get("authors") if isinstance(node.get("authors"), list) else None
    if not authors:
        authors = [node["author"]] if isinstance(node.get("author"), dict) else []
    return [a["name"].strip() for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str) and a["name"].strip()]
