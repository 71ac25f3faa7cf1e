"""A feed that is not well-formed for one character keeps its good items, and says what was repaired.

Every feed here is invented. Hostile documents stay refused whether or not they are
also broken, and a page that is no feed stays ``not_a_feed``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.feeds.errors import FeedError
from pipeline.feeds.parse import ParsedFeed, parse_feed

Item = tuple[str, str, str]  # title, link, description (inserted as written: the defects are in them)
GOOD: list[Item] = [
    ("Orvane buys Pellix", "https://wire.test/1", "Orvane agreed to buy Pellix."),
    ("Tamsel raises funds", "https://wire.test/2", "Tamsel raised 5 million euros."),
]


def rss(items: list[Item]) -> str:
    body = "".join(f"<item><title>{t}</title><link>{u}</link><description>{d}</description></item>" for t, u, d in items)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title><language>en</language>{body}</channel></rss>'


def atom(items: list[Item]) -> str:
    body = "".join(
        f'<entry><title>{t}</title><link href="{u}"/><id>{u}</id><updated>2025-06-01T10:00:00Z</updated>'
        f'<summary type="html">{d}</summary></entry>'
        for t, u, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Wire</title>'
        f"<id>urn:wire</id><updated>2025-06-01T10:00:00Z</updated>{body}</feed>"
    )


def rdf(items: list[Item]) -> str:
    body = "".join(
        f'<item rdf:about="{u}"><title>{t}</title><link>{u}</link><description>{d}</description></item>' for t, u, d in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://wire.test/"><title>Wire</title>'
        f"<link>https://wire.test/</link><description>d</description></channel>{body}</rdf:RDF>"
    )


FORMATS: dict[str, Callable[[list[Item]], str]] = {"rss": rss, "atom": atom, "rdf": rdf}


def parsed(body: bytes, **kwargs: str) -> ParsedFeed:
    return parse_feed(body, url="https://wire.test/feed", **kwargs)


def refused(body: bytes, **kwargs: str) -> FeedError:
    with pytest.raises(FeedError) as caught:
        parsed(body, **kwargs)
    return caught.value


# (first item as written, its title once read, its description once read, words the repair is named by)
DEFECTS: dict[str, tuple[Item, str, str, str]] = {
    "bare ampersand": (
        ("Smith & Sons buy Kerrow", "https://wire.test/0", "Smith & Sons agreed, R&D included."),
        "Smith & Sons buy Kerrow", "Smith & Sons agreed, R&D included.", "escaped 3 bare '&' as '&amp;'",
    ),
    "html entities": (
        ("Caf&eacute; Lumen&rsquo;s deal", "https://wire.test/0", "Paid&nbsp;3&nbsp;million &euro;."),
        "Café Lumen’s deal", "Paid 3 million €.", "replaced 5 HTML entity references XML does not define",
    ),
    "control characters": (
        ("Brisk\x0bline merges", "https://wire.test/0", "Page\x0cbreak\x01 here."),
        "Brisk line merges", "Page break here.", "removed 3 control characters XML does not allow",
    ),
    "reference to a control character": (
        ("Odd &#x1F;char", "https://wire.test/0", "Fine &#1;text"),
        "Odd char", "Fine text", "dropped 2 references to characters XML does not allow (&#x1F; &#1;)",
    ),
    "bare less-than": (
        ("Revenue < 5M, deal <10M", "https://wire.test/0", "Margins rose, 3<4."),
        "Revenue < 5M, deal <10M", "Margins rose, 3<4.", "escaped 3 '<' that start no tag as '&lt;'",
    ),
    "unclosed br": (
        ("Kerrow sells unit", "https://wire.test/0", "First line<br>second line."),
        "Kerrow sells unit", "First line\nsecond line.", "read with feedparser's loose parser",
    ),
}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("defect", DEFECTS)
def test_each_defect_keeps_every_item_and_names_the_repair(defect: str, fmt: str) -> None:
    item, title, summary, repair = DEFECTS[defect]
    body = FORMATS[fmt]([item, *GOOD]).encode()
    assert refused_before_lenient(body)  # the strict parser alone loses the whole feed
    feed = parsed(body)
    assert [e.url for e in feed.entries] == ["https://wire.test/0", "https://wire.test/1", "https://wire.test/2"]
    assert (feed.entries[0].title, feed.entries[0].summary) == (title, summary)
    assert feed.entries[1].summary == "Orvane agreed to buy Pellix."
    assert feed.repairs[0].startswith("not well-formed XML (") and "line 1, column" in feed.repairs[0]
    assert any(repair in r for r in feed.repairs), feed.repairs
    assert feed.skipped == 0


def refused_before_lenient(body: bytes) -> bool:
    import xml.parsers.expat

    try:
        xml.parsers.expat.ParserCreate().Parse(body, True)
    except xml.parsers.expat.ExpatError:
        return True
    return False


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_truncated_document_keeps_its_whole_items_and_drops_the_cut_one(fmt: str) -> None:
    whole = FORMATS[fmt]([*GOOD, ("Last one", "https://wire.test/9", "Cut here in the middle of it")])
    feed = parsed(whole[: whole.index("in the middle")].encode())
    assert [e.title for e in feed.entries] == ["Orvane buys Pellix", "Tamsel raises funds"]
    assert "dropped the last item: the document ends inside it" in feed.repairs


def test_items_never_closed_in_a_whole_document_are_all_kept() -> None:
    # no </item> at all, but the document ends with its root's end tag: nothing was cut off
    body = (
        "<rss version='2.0'><channel><title>t</title><item><title>A</title><link>https://wire.test/a</link>"
        "<item><title>B</title><link>https://wire.test/b</link></channel></rss>\n"
    ).encode()
    feed = parsed(body)
    assert [e.title for e in feed.entries] == ["A", "B"]
    assert not any("dropped the last item" in r for r in feed.repairs)


def test_a_truncated_document_whose_only_item_is_cut_is_still_malformed_and_says_where() -> None:
    whole = rss([("Only one", "https://wire.test/9", "Cut here in the middle of it")])
    error = refused(whole[: whole.index("in the middle")].encode())
    assert error.kind == "malformed_feed"
    assert "line 1, column" in error.message and "no item with a link" in error.message


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_mis_encoded_byte_becomes_a_replacement_character_and_is_counted(fmt: str) -> None:
    body = FORMATS[fmt]([("Déjà vu for Orvane", "https://wire.test/0", "It@s done."), *GOOD]).encode().replace(b"@", b"\x92")
    feed = parsed(body)
    assert len(feed.entries) == 3 and feed.entries[0].title == "Déjà vu for Orvane"
    assert feed.entries[0].summary == "It\ufffds done."
    assert feed.encoding == "utf-8"
    assert feed.repairs[0].startswith("replaced 1 undecodable byte by U+FFFD (not utf-8 (XML declaration): byte 0x92 at")


def test_a_whole_feed_in_another_encoding_than_its_label_is_still_an_encoding_error() -> None:
    # many undecodable bytes and no valid multi-byte character: a wrong label, not stray bytes
    items = [(f"Société Générale rachète {n}", f"https://wire.test/{n}", "Une opération décidée à Paris.") for n in range(5)]
    error = refused(rss(items).encode("latin-1"))
    assert error.kind == "encoding" and "byte 0xe9" in error.message


def test_a_few_stray_bytes_among_many_good_accents_are_replaced() -> None:
    items = [(f"Übernahme für Ölmühle {n}", f"https://wire.test/{n}", "Größer, schöner, über alles.") for n in range(20)]
    body = rss(items).encode().replace("schöner".encode(), b"sch\xf6ner", 2)  # two Latin-1 bytes in a UTF-8 feed
    feed = parsed(body)
    assert len(feed.entries) == 20 and "replaced 2 undecodable bytes by U+FFFD" in feed.repairs[0]


def test_an_unknown_entity_is_kept_as_text_and_named() -> None:
    feed = parsed(rss([("Deal &zorg; done", "https://wire.test/0", "x"), *GOOD]).encode())
    assert feed.entries[0].title == "Deal &zorg; done"
    assert any(r.startswith("kept 1 unknown entity reference as text (&zorg;)") for r in feed.repairs)


def test_cdata_sections_and_comments_are_not_repaired() -> None:
    # "&" in CDATA or a comment is no reference: rewriting it would change the text
    body = (
        "<rss version='2.0'><channel><title>A & B</title><!-- R&D & co -->"
        "<item><title><![CDATA[Smith &amp; Sons <b>]]></title><link>https://wire.test/0</link></item></channel></rss>"
    ).encode()
    feed = parsed(body)
    assert "escaped 1 bare '&' as '&amp;'" in feed.repairs
    assert feed.entries[0].title == "Smith & Sons"  # as strictly read: the CDATA text is HTML, "&amp;" and all


def test_entries_without_a_link_are_skipped_by_name_in_the_loose_reading() -> None:
    feed = parsed(rss([("No link", "", "Line<br>two."), *GOOD]).encode())
    assert [e.title for e in feed.entries] == ["Orvane buys Pellix", "Tamsel raises funds"]
    assert feed.skipped == 1 and any("without a link" in r for r in feed.repairs)


def test_a_malformed_feed_served_as_html_is_still_read() -> None:
    feed = parsed(rss([("Smith & Sons", "https://wire.test/0", "x")]).encode(), content_type="text/html; charset=utf-8")
    assert [e.title for e in feed.entries] == ["Smith & Sons"]


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"<head><meta charset='utf-8'><title>Shop & more</title></head><body><p>Hi<br>there</p></body>", ""),
        (b"<div class='x'><p>Deals & offers<br></div>", "text/html"),
        (b"<!DOCTYPE html><html><body><p>Hi & bye<br></body></html>", "text/html"),
    ],
    ids=["head-first page", "fragment served as html", "doctype page"],
)
def test_a_page_that_is_no_feed_stays_not_a_feed(body: bytes, content_type: str) -> None:
    assert refused(body, content_type=content_type).kind == "not_a_feed"


ITEM = "<item><title>x</title><link>https://wire.test/1</link></item>"


@pytest.mark.parametrize(
    "body",
    [
        # billion laughs, also broken after the declarations: defusedxml meets the declarations first
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<rss version="2.0"><channel><title>&b; & co</title>{ITEM}</channel></rss>',
        # broken before its declarations: expat stops before defusedxml sees them (was malformed_feed)
        '<?xml version="1.0"?><!DOCTYPE rss [<!ELEMENT rss ANY & ><!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
        f'<rss version="2.0"><channel><title>&b;</title>{ITEM}</channel></rss>',
        '<?xml version="1.0"?><!DOCTYPE rss & [<!ENTITY a "ha">]>'
        f'<rss version="2.0"><channel><title>&a;</title>{ITEM}</channel></rss>',
        # a declaration where none may be, in a document broken anyway
        f'<rss version="2.0"><channel><!ENTITY a "ha"><title>A & B &a;</title>{ITEM}</channel></rss>',
        f'<rss version="2.0"><channel><title>A & B</title>{ITEM}</channel></rss><!DOCTYPE x [<!entity a "ha">]>',
    ],
    ids=["laughs-then-broken", "broken-dtd-then-laughs", "broken-doctype", "entity-in-body", "entity-after-root"],
)
def test_a_hostile_document_is_refused_even_when_it_is_also_malformed(body: str) -> None:
    error = refused(body.encode())
    assert error.kind == "hostile_xml", error


def test_a_malformed_external_entity_document_is_refused_and_the_file_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = (
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f"<rss version='2.0'><channel><title>A & B</title><item><title>&xxe;</title><link>https://wire.test/1</link></item>"
    )
    error = refused(body.encode())
    assert error.kind == "hostile_xml" and "TOP-SECRET-VALUE" not in str(error)


def test_a_malformed_document_with_a_doctype_is_not_repaired() -> None:
    # the DTD it names may define &nbsp;; it is never loaded, so the document is read strictly or not at all
    body = (
        '<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://127.0.0.1:9/rss.dtd">'
        f'<rss version="2.0"><channel><title>a&nbsp;b</title>{ITEM}</channel></rss>'
    )
    error = refused(body.encode())
    assert error.kind == "malformed_feed" and "not repaired" in error.message and "DOCTYPE" in error.message


def finishes(body: bytes, limit_s: float = 180.0) -> tuple[float, ParsedFeed | FeedError]:
    """Parse in a thread and give up waiting after ``limit_s``: a hang fails the test instead of the suite."""
    result: list[ParsedFeed | FeedError] = []

    def work() -> None:
        try:
            result.append(parsed(body))
        except FeedError as error:
            result.append(error)

    started = time.perf_counter()
    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(limit_s)
    took = time.perf_counter() - started
    assert not worker.is_alive(), f"still parsing after {took:.0f} s"
    return took, result[0]


FIVE_MB = 5 * 1024 * 1024  # DEALWIRE_HTTP_MAX_BYTES: no larger body reaches the parser
HEAD = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>https://wire.test/1</link><description>'
TAIL = b"</description></item></channel></rss>"


@pytest.mark.slow
@pytest.mark.parametrize("unit", [b"&", b"<b>"], ids=["ampersands", "unclosed tags"])
def test_five_megabytes_of_one_defect_finish_and_keep_the_item(unit: bytes) -> None:
    # measured on 2 busy cores: 10-30 s for the ampersands (strict after the repair), 20-75 s for 1.7 million unclosed
    # tags (feedparser's loose parser, linear); the same inputs at 1, 2 and 5 MB grow in proportion
    body = HEAD + unit * ((FIVE_MB - len(HEAD) - len(TAIL)) // len(unit)) + TAIL
    took, result = finishes(body)
    assert isinstance(result, ParsedFeed), f"{result} after {took:.0f} s"
    assert [e.url for e in result.entries] == ["https://wire.test/1"]
    assert result.repairs[0].startswith("not well-formed XML")
