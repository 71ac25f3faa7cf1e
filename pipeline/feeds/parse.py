"""Bytes → feed entries, safely.

XML is checked with defusedxml (no entity declarations, no external references)
before feedparser sees a byte, because feedparser's SAX path is not built to
resist hostile documents. The text encoding is settled here too (BOM, HTTP
charset, XML declaration, UTF-8), so feedparser always gets clean UTF-8 and a
wrong or undeclared encoding becomes a named error instead of mojibake.
JSON Feed, which feedparser does not know, is read with ``json``.

A document the strict parser rejects only for well-formedness (a bare "&", an HTML
entity, a control character, an unclosed tag, a cut-off end) is read leniently
instead of costing the whole feed: named, unambiguous repairs and the strict parse
again, else feedparser's loose parser. Every repair is named in ``ParsedFeed.repairs``
(hence in the run report). A malformed document that declares entities is refused
as hostile, and one with any DOCTYPE is not repaired: the lenient path only ever
sees documents that have nothing to expand.
"""

from __future__ import annotations

import calendar
import codecs
import html
import html.entities
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urljoin
from xml.etree.ElementTree import ParseError

import dateparser
import defusedxml
import defusedxml.ElementTree as SafeET
import feedparser

from pipeline.feeds.errors import FeedError, ProblemKind

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
        # The classic WordPress bug: whitespace before the XML declaration. Harmless to remove.
        if text.lstrip().startswith("<?xml"):
            repairs.append("removed whitespace before the XML declaration")
        text = text.lstrip()
    if _HTML_START.match(text):
        raise FeedError("not_a_feed", f"{url} served an HTML page, not a feed")
    try:
        root = _strict(text, url=url)
    except ParseError as error:
        return _parse_leniently(text, error, url=url, content_type=content_type, encoding=encoding, repairs=repairs)
    if root.tag not in _FEED_ROOTS:
        raise FeedError("not_a_feed", f"{url}: root element <{root.tag}> is not RSS, RDF or Atom")
    parsed = _feedparser_strict(text)
    return _parsed(parsed, url=url, encoding=encoding, repairs=repairs,
                   none_usable=FeedError("empty_feed", f"{url} is a {parsed.version or 'feed'} with no usable items"))


@dataclass(frozen=True)
class _Read:
    """What feedparser read, whichever of its parsers did."""

    feed: Any
    entries: list[Any]
    version: str


def _strict(text: str, *, url: str) -> Any:
    """The root element, parsed by defusedxml: entity declarations and external references are refused unread."""
    try:
        return SafeET.fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as error:
        raise FeedError("hostile_xml", f"{url}: refused {type(error).__name__} ({error})") from error


def _feedparser_strict(text: str) -> _Read:
    """feedparser on a document defusedxml accepted: clean UTF-8 without a declaration to second-guess."""
    parsed = feedparser.parse(
        _XML_DECL_TEXT.sub("", text, count=1).encode("utf-8"),
        response_headers={"content-type": "application/xml; charset=utf-8"},
        sanitize_html=True,
        resolve_relative_uris=False,
    )
    return _Read(feed=parsed.feed, entries=list(parsed.entries), version=parsed.version or "")


def _feedparser_loose(text: str) -> _Read:
    """feedparser's loose (sgmllib) parser alone: ``feedparser.parse`` would first run its strict SAX parser over a
    document already known not to be well-formed, which doubles the time on a large broken one."""
    parser = feedparser.api.LooseFeedParser("", None, "utf-8", {})
    parser.resolve_relative_uris = False
    parser.sanitize_html = True
    parser.feed(_XML_DECL_TEXT.sub("", text, count=1))
    return _Read(feed=parser.feeddata, entries=list(parser.entries), version=parser.version or "")


def _entries(raws: list[Any], *, base: str, feed_lang: str | None) -> tuple[list[Entry], int]:
    entries: list[Entry] = []
    skipped = 0
    for raw in raws:
        entry = _entry(raw, base=base, feed_lang=feed_lang)
        if entry is None:
            skipped += 1
        else:
            entries.append(entry)
    return entries, skipped


def _parsed(parsed: _Read, *, url: str, encoding: str, repairs: list[str], none_usable: FeedError) -> ParsedFeed:
    """The feed with its entries that have a link (the others counted in the repairs); ``none_usable`` when none has:
    the one end of the strict and the lenient readers, so the feed's language is read once, for it and its entries."""
    lang = lang_code(parsed.feed.get("language"))
    entries, skipped = _entries(parsed.entries, base=url, feed_lang=lang)
    if not entries:
        raise none_usable
    if skipped:
        repairs.append(_no_link(skipped))
    return ParsedFeed(
        format=parsed.version or "xml",
        title=html_to_text(parsed.feed.get("title", "")),
        lang=lang,
        entries=entries,
        encoding=encoding,
        repairs=repairs,
        skipped=skipped,
    )


# --- lenient reading -------------------------------------------------------

_ENTITY_DECL = re.compile(r"<!\s*ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(r"<!\s*DOCTYPE", re.IGNORECASE)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_SPACING_CONTROL = re.compile("[\x0b\x0c]")  # vertical tab, form feed: they separate words
_PROTECTED = re.compile(r"<!\[CDATA\[|<!--|<\?")
_PROTECTED_END = {"<![CDATA[": "]]>", "<!--": "-->", "<?": "?>"}
_NAME = r"[A-Za-z_][\w.-]{0,63}"  # bounded, so no match attempt scans far
_CHAR_REF = re.compile(r"&#(?:([0-9]{1,10})|[xX]([0-9A-Fa-f]{1,8}));")
_NAMED_REF = re.compile(rf"&(?!(?:amp|lt|gt|quot|apos);)({_NAME});")
_BARE_AMP = re.compile(rf"&(?!(?:#[0-9]{{1,10}}|#[xX][0-9A-Fa-f]{{1,8}}|{_NAME});)")
_BARE_LT = re.compile(r"<(?![^\W\d]|[:/!?])")  # "<" starts a tag only before a name, "/", "!" or "?": "a < b", "<5"
_ITEM_OPEN = re.compile(r"<(?:[\w.-]+:)?(?:item|entry)[\s>]")
_ITEM_CLOSE = re.compile(r"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_ROOT_END = re.compile(r"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>$")


def _parse_leniently(
    text: str, error: ParseError, *, url: str, content_type: str, encoding: str, repairs: list[str]
) -> ParsedFeed:
    """A document defusedxml rejected for well-formedness alone: repaired and parsed strictly again, else read by
    feedparser's loose parser; only entries with a link count, and no usable entry is still ``malformed_feed``."""
    broken = f"{url} is not well-formed XML: {error}"
    is_html = "html" in content_type.lower()
    if _ENTITY_DECL.search(text):
        # expat stopped before defusedxml saw the declaration: nothing proves it harmless, so nothing reads it
        raise FeedError("hostile_xml", f"{broken}; and it declares entities: refused unread")
    if _DOCTYPE.search(text):
        kind: ProblemKind = "not_a_feed" if is_html else "malformed_feed"
        raise FeedError(kind, f"{broken} (not repaired: a document with a DOCTYPE is only read strictly)")
    fixed, named = _repair(text)
    repairs.append(f"not well-formed XML ({error}): read leniently")
    repairs.extend(named)
    try:
        root = _strict(fixed, url=url)
    except ParseError as still:
        parsed = _feedparser_loose(fixed)
        if not parsed.version:
            raise FeedError("not_a_feed", f"{broken}; read loosely, it is not RSS, RDF or Atom") from still
        repairs.append(f"still not well-formed after repairs ({still}): read with feedparser's loose parser")
        if parsed.entries and _ends_inside_an_item(fixed):
            parsed.entries.pop()  # cut off mid-item: its link or text may be cut too; the next poll has it whole
            repairs.append("dropped the last item: the document ends inside it")
    else:
        if root.tag not in _FEED_ROOTS:
            raise FeedError("not_a_feed", f"{url}: root element <{root.tag}> is not RSS, RDF or Atom")
        parsed = _feedparser_strict(fixed)
    no_link = FeedError("not_a_feed" if is_html else "malformed_feed",
                        f"{broken}; read leniently, it has no item with a link")
    return _parsed(parsed, url=url, encoding=encoding, repairs=repairs, none_usable=no_link)


@dataclass
class _Tally:
    """How many of one repair were made, with a few examples to name them by."""

    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, example: str) -> None:
        self.count += 1
        if len(self.examples) < 3 and example not in self.examples:
            self.examples.append(example)

    def named(self) -> str:
        return " ".join(self.examples) + (" …" if self.count > len(self.examples) else "")


def _repair(text: str) -> tuple[str, list[str]]:
    """The unambiguous repairs, each named when made. Entity and character references are repaired outside CDATA
    sections, comments and processing instructions only, where an "&" is no reference; every pass is linear."""
    text, spacing = _SPACING_CONTROL.subn(" ", text)
    text, controls = _CONTROL.subn("", text)
    refs, entities, unknown = _Tally(), _Tally(), _Tally()
    bare = less = 0

    def char_ref(match: re.Match[str]) -> str:
        decimal, hexadecimal = match.groups()
        if _xml_char(int(decimal) if decimal else int(hexadecimal, 16)):
            return match.group()
        refs.add(match.group())
        return ""

    def named_ref(match: re.Match[str]) -> str:
        chars = html.entities.html5.get(match.group(1) + ";")
        if chars is None:
            unknown.add(match.group())
            return "&amp;" + match.group()[1:]
        entities.add(match.group())
        return "".join(f"&#{ord(c)};" for c in chars)  # a reference, so no character can start markup

    parts: list[str] = []
    for chunk, protected in _segments(text):
        if not protected and "&" in chunk:
            chunk = _NAMED_REF.sub(named_ref, _CHAR_REF.sub(char_ref, chunk))
            chunk, count = _BARE_AMP.subn("&amp;", chunk)
            bare += count
        if not protected and "<" in chunk:
            chunk, count = _BARE_LT.subn("&lt;", chunk)
            less += count
        parts.append(chunk)
    named: list[str] = []
    if controls or spacing:
        named.append(
            f"removed {_count(controls + spacing, 'control character')} XML does not allow"
            + (" (vertical tabs and form feeds as spaces)" if spacing else "")
        )
    if refs.count:
        named.append(f"dropped {_count(refs.count, 'reference')} to characters XML does not allow ({refs.named()})")
    if entities.count:
        named.append(f"replaced {_count(entities.count, 'HTML entity reference')} XML does not define by the characters ({entities.named()})")
    if unknown.count:
        named.append(f"kept {_count(unknown.count, 'unknown entity reference')} as text ({unknown.named()})")
    if bare:
        named.append(f"escaped {bare} bare '&' as '&amp;'")
    if less:
        named.append(f"escaped {less} '<' that start no tag as '&lt;'")
    return "".join(parts), named


def _segments(text: str) -> Iterator[tuple[str, bool]]:
    """The text in order, as (chunk, protected): CDATA sections, comments and processing instructions are protected;
    one left open runs to the end. Each search starts where the last ended, so this is linear."""
    pos = 0
    while (start := _PROTECTED.search(text, pos)) is not None:
        yield text[pos : start.start()], False
        end = text.find(_PROTECTED_END[start.group()], start.end())
        end = len(text) if end < 0 else end + len(_PROTECTED_END[start.group()])
        yield text[start.start() : end], True
        pos = end
    yield text[pos:], False


def _xml_char(code: int) -> bool:
    return code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def _ends_inside_an_item(text: str) -> bool:
    """Whether the document stops after an item's start and before its end (a truncated download or file); a document
    that ends with its root's end tag is whole, even if its generator never closed its items."""
    if _ROOT_END.search(text[-256:].rstrip()):
        return False
    last_open = max((m.start() for m in _ITEM_OPEN.finditer(text)), default=-1)
    last_close = max((m.start() for m in _ITEM_CLOSE.finditer(text)), default=-1)
    return last_open > last_close


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'s' * (n > 1)}"


# --- encoding ---------------------------------------------------------------


_SINGLE_BYTE = ("iso8859", "cp125", "latin", "koi8", "mac-")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _decode(body: bytes, *, content_type: str, url: str) -> tuple[str, str, str | None]:
    """Text of the document, trying BOM, HTTP charset, XML declaration, then UTF-8; and a note when a label was
    overruled or a few bytes could not be decoded.

    A single-byte label (a server's default ISO-8859-1, say) on a body that is valid UTF-8 with
    non-ASCII bytes is wrong: Latin-1 text practically never forms valid multi-byte UTF-8
    sequences, and reading it as labelled turns "Société" into "SociÃ©tÃ©" without an error.
    When no candidate decodes, the one with the fewest undecodable bytes is used with each such
    byte as U+FFFD, if they are few (see ``_few``); many mean a wrong label, an ``encoding`` error.
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
    salvaged: list[tuple[int, int, str, str, str]] = []  # (bad bytes, rank, text, codec, why it failed)
    for rank, (name, origin) in enumerate(candidates):
        try:
            text, codec = body.decode(name), codecs.lookup(name).name
        except LookupError:
            failures.append(f"unknown encoding {name!r} ({origin})")
            continue
        except UnicodeDecodeError as error:
            failures.append(f"not {name} ({origin}): byte {body[error.start]:#04x} at offset {error.start}")
            rescued = _with_replacements(body, name)
            if rescued is not None:
                salvaged.append((rescued[1], rank, rescued[0], codecs.lookup(name).name, failures[-1]))
            continue
        if codec.startswith(_SINGLE_BYTE) and not body.isascii():
            try:
                return body.decode("utf-8"), "utf-8", f"read as UTF-8: the body is valid UTF-8, not the {name} its {origin} says"
            except UnicodeDecodeError:
                pass
        return text, codec, None
    if salvaged:
        bad, _, text, codec, why = min(salvaged)
        if _few(bad, text, len(body)):
            return text, codec, f"replaced {_count(bad, 'undecodable byte')} by U+FFFD ({why})"
    raise FeedError("encoding", f"{url}: cannot decode: " + "; ".join(dict.fromkeys(failures)))


def _with_replacements(body: bytes, name: str) -> tuple[str, int] | None:
    """The body decoded with each undecodable byte as U+FFFD, and how many there were; None when the codec cannot
    hand bad bytes back (UTF-16 with an odd byte, say)."""
    try:
        escaped = body.decode(name, "surrogateescape")
    except UnicodeDecodeError:
        return None
    return _ESCAPED_BYTE.subn("\ufffd", escaped)


def _few(bad: int, text: str, size: int) -> bool:
    """Stray bytes (a pasted Windows quote, one corrupted character), not a document in another encoding than its
    label: at most one per kilobyte, or at most one per ten characters that did decode beyond ASCII."""
    decoded_beyond_ascii = len(text) - len(text.encode("ascii", "ignore")) - bad
    return bad <= max(1, size // 1000) or bad * 10 <= decoded_beyond_ascii


# --- entries ---------------------------------------------------------------


def lang_code(value: Any) -> str | None:
    """The primary subtag of a language tag ("fr-FR", "de_CH" → "fr", "de"), or None when it is no two-letter code."""
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
        lang = lang or lang_code((detail or {}).get("language"))
    return Entry(
        url=urljoin(base, link.strip()),
        title=html_to_text(raw.get("title", "")),
        summary=html_to_text(raw.get("summary", "")),
        content=content,
        published_at=published,
        authors=authors,
        lang=lang or lang_code(raw.get("language")) or feed_lang,
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
    feed_lang = lang_code(data.get("language"))
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
                lang=lang_code(item.get("language")) or feed_lang,
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
