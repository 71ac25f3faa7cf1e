from __future__ import annotations

import json
import time
from datetime import timezone
from pathlib import Path

import pytest

from pipeline.feeds.errors import FeedError
from pipeline.feeds.parse import html_to_text, parse_feed

RSS = """<?xml version="1.0" encoding="{enc}"?>
<rss version="2.0"><channel><title>T</title><language>{lang}</language>
<item><title>{title}</title><link>{link}</link>
<description>&lt;p&gt;Première phrase.&lt;/p&gt;&lt;p&gt;Deuxième &amp;amp; dernière.&lt;/p&gt;</description>
<pubDate>Tue, 03 Jun 2025 08:30:00 +0200</pubDate><author>ana@example.org (Ana Ruiz)</author></item>
</channel></rss>"""


def rss(*, enc: str = "utf-8", lang: str = "fr", title: str = "Fusion annoncée", link: str = "https://ex.org/a") -> str:
    return RSS.format(enc=enc, lang=lang, title=title, link=link)


def kind_of(body: bytes, **kwargs: str) -> str:
    with pytest.raises(FeedError) as caught:
        parse_feed(body, url="https://feeds.test/x", **kwargs)
    assert caught.value.message  # every rejection says why
    return caught.value.kind


def test_rss_item_fields_dates_in_utc_and_html_flattened() -> None:
    feed = parse_feed(rss().encode(), url="https://feeds.test/fr")
    (entry,) = feed.entries
    assert entry.title == "Fusion annoncée"
    assert entry.url == "https://ex.org/a"
    assert entry.published_at is not None and entry.published_at.tzinfo == timezone.utc
    assert (entry.published_at.hour, entry.published_at.minute) == (6, 30)
    assert entry.summary == "Première phrase.\nDeuxième & dernière."
    assert entry.lang == "fr"


def test_relative_links_resolve_against_the_feed_url() -> None:
    feed = parse_feed(rss(link="../articles/a.html").encode(), url="file:///srv/samples/feeds/fr.xml")
    assert feed.entries[0].url == "file:///srv/samples/articles/a.html"


def test_latin1_declared_in_prolog_decodes_accents() -> None:
    body = rss(enc="ISO-8859-1", title="Übernahme für 3 Mrd. €uro? Né").replace("€", "E").encode("latin-1")
    feed = parse_feed(body, url="https://feeds.test/de")
    assert feed.entries[0].title == "Übernahme für 3 Mrd. Euro? Né"
    assert feed.encoding == "iso8859-1"


def test_http_charset_decodes_an_undeclared_latin1_feed() -> None:
    body = rss(title="Déjà vu").replace(' encoding="utf-8"', "").encode("latin-1")
    feed = parse_feed(body, url="https://feeds.test/x", content_type="application/rss+xml; charset=ISO-8859-1")
    assert feed.entries[0].title == "Déjà vu"


def test_wrong_declared_encoding_is_an_encoding_error() -> None:
    assert kind_of(rss(title="Déjà vu").encode("latin-1")) == "encoding"  # says utf-8, is latin-1


def test_unknown_encoding_name_is_an_encoding_error() -> None:
    assert kind_of(rss(enc="x-klingon", title="Déjà vu").encode("latin-1")) == "encoding"


def test_billion_laughs_is_refused_before_expansion() -> None:
    body = b"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>
<rss version="2.0"><channel><title>&d;</title><item><title>x</title><link>https://e.x/1</link></item></channel></rss>"""
    assert kind_of(body) == "hostile_xml"


def test_external_entity_is_refused_and_the_file_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    body = f"""<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<rss version="2.0"><channel><title>t</title><item><title>&xxe;</title><link>https://e.x/1</link></item></channel></rss>"""
    with pytest.raises(FeedError) as caught:
        parse_feed(body.encode(), url="https://feeds.test/x")
    assert caught.value.kind == "hostile_xml"
    assert "TOP-SECRET-VALUE" not in str(caught.value)


def test_doctype_without_entities_is_still_accepted() -> None:
    body = rss().replace("<rss", '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss', 1)
    assert len(parse_feed(body.encode(), url="https://feeds.test/x").entries) == 1


@pytest.mark.parametrize(
    ("body", "content_type", "kind"),
    [
        (b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi<br></body></html>", "text/html", "not_a_feed"),
        (b"<html><body>moved</body></html>", "", "not_a_feed"),
        (b"<?xml version='1.0'?><svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml", "not_a_feed"),
        (b"", "application/rss+xml", "empty_feed"),
        (b"   \n ", "application/rss+xml", "empty_feed"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>", "", "empty_feed"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>x", "", "malformed_feed"),
        (b"<rss><channel><item><title>a &#1; b</title></item></channel></rss>", "", "malformed_feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "application/feed+json", "malformed_feed"),
        (b'{"hello": "world"}', "application/json", "not_a_feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": []}', "", "empty_feed"),
    ],
)
def test_bad_input_gets_a_named_reason(body: bytes, content_type: str, kind: str) -> None:
    assert kind_of(body, content_type=content_type) == kind


def test_whitespace_before_declaration_is_repaired_and_recorded() -> None:
    feed = parse_feed(b"\n\n" + rss().encode(), url="https://feeds.test/x")
    assert len(feed.entries) == 1
    assert feed.repairs and "whitespace" in feed.repairs[0]


def test_atom_with_xml_lang_and_offsets() -> None:
    body = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de"><title>t</title><id>urn:t</id><updated>2025-01-01T00:00:00Z</updated>
<entry><title>Übernahme vereinbart</title><link rel="alternate" href="https://ex.de/a"/><id>urn:1</id>
<updated>2025-06-04T09:15:00+02:00</updated><author><name>Eva</name></author><summary>kurz</summary>
<content type="html">&lt;p&gt;Lang und ausführlich.&lt;/p&gt;</content></entry></feed>"""
    (entry,) = parse_feed(body.encode(), url="https://feeds.test/a").entries
    assert (entry.lang, entry.authors, entry.content) == ("de", ["Eva"], "Lang und ausführlich.")
    assert entry.published_at is not None and entry.published_at.isoformat() == "2025-06-04T07:15:00+00:00"


def test_rss1_rdf() -> None:
    body = """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://ex.de/"><title>t</title><link>https://ex.de/</link>
<description>d</description></channel><item rdf:about="https://ex.de/1"><title>Eins</title><link>https://ex.de/1</link>
<dc:date>2025-06-04T09:15:00+02:00</dc:date><dc:language>de</dc:language></item></rdf:RDF>"""
    (entry,) = parse_feed(body.encode(), url="https://feeds.test/r").entries
    assert entry.url == "https://ex.de/1" and entry.title == "Eins"
    assert entry.published_at is not None and entry.published_at.hour == 7


def test_json_feed() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "language": "en-GB",
            "authors": [{"name": "Desk"}],
            "items": [
                {"id": "1", "url": "/a?utm_source=x", "title": "Deal <b>done</b>", "content_html": "<p>Body</p>",
                 "date_published": "2025-06-02T13:00:00-04:00"},
                {"id": "no-url-item", "title": "skipped"},
            ],
        }
    ).encode()
    feed = parse_feed(body, url="https://feeds.test/j.json", content_type="application/feed+json")
    (entry,) = feed.entries
    assert (entry.url, entry.title, entry.content, entry.authors, entry.lang) == (
        "https://feeds.test/a?utm_source=x", "Deal done", "Body", ["Desk"], "en")
    assert entry.published_at is not None and entry.published_at.hour == 17 and entry.published_at.tzinfo == timezone.utc
    assert feed.skipped == 1


def test_html_to_text_keeps_paragraphs_and_decodes_entities() -> None:
    assert html_to_text("<p>a&nbsp;b</p><p>c &lt;d&gt;</p>") == "a b\nc <d>"


JSON_FEED = "https://jsonfeed.org/version/1.1"


def test_json_feed_fields_of_the_wrong_type_count_as_absent() -> None:
    feed = parse_feed(
        json.dumps(
            {
                "version": JSON_FEED,
                "title": ["not", "a", "string"],
                "authors": 5,
                "items": [
                    {"id": 1, "url": "https://ex.org/1", "title": {"x": 1}, "content_html": ["<p>a</p>"], "summary": 3,
                     "authors": [{"name": ["Ana"]}], "date_published": 12},
                    {"url": "https://ex.org/2", "title": "Fine", "content_text": "Body text.", "author": {"name": "Bo"}},
                    {"url": ["https://ex.org/3"]},
                ],
            }
        ).encode(),
        url="https://feeds.test/x.json",
    )
    first, second = feed.entries
    assert (first.url, first.title, first.content, first.summary, first.authors) == ("https://ex.org/1", "", "", "", [])
    assert first.published_at is None and feed.title == ""
    assert (second.title, second.content, second.authors) == ("Fine", "Body text.", ["Bo"])
    assert feed.skipped == 1 and feed.repairs == ["skipped 1 item without a link (nor a URL as id or guid)"]


def test_json_nested_beyond_the_parser_is_malformed_not_a_crash() -> None:
    body = b'{"version": "' + JSON_FEED.encode() + b'", "items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    assert kind_of(body) == "malformed_feed"


@pytest.mark.parametrize("date", ["0000-00-00T00:00:00Z", "Mon, 00 Jan 0000 00:00:00 GMT"])
def test_a_date_that_is_no_date_leaves_the_item_undated(date: str) -> None:
    body = (
        "<rss version='2.0'><channel><title>t</title><item><title>a</title><link>https://ex.org/a</link>"
        f"<pubDate>{date}</pubDate></item></channel></rss>"
    ).encode()
    (entry,) = parse_feed(body, url="https://feeds.test/x").entries
    assert entry.published_at is None


def test_items_without_a_link_are_named_in_the_repairs() -> None:
    body = (
        b"<rss version='2.0'><channel><title>t</title><item><title>no link</title></item>"
        b"<item><title>a</title><link>https://ex.org/a</link></item></channel></rss>"
    )
    feed = parse_feed(body, url="https://feeds.test/x")
    assert feed.skipped == 1 and "without a link" in feed.repairs[0]


def test_an_external_dtd_or_xinclude_is_never_fetched() -> None:
    from tests.unit.feeds.server import serving, static

    with serving() as server:
        server.routes["/rss.dtd"] = static(b"<!ENTITY nbsp '&#160;'>", "application/xml-dtd")
        dtd = server.url("/rss.dtd")
        declared = (
            f"<?xml version='1.0'?><!DOCTYPE rss PUBLIC '-//Netscape Communications//DTD RSS 0.91//EN' '{dtd}'>"
            "<rss version='0.91' xmlns:xi='http://www.w3.org/2001/XInclude'><channel><title>t</title><item><title>a</title>"
            f"<link>https://ex.org/a</link><description><xi:include href='{dtd}' parse='text'/></description></item></channel></rss>"
        )
        assert [e.url for e in parse_feed(declared.encode(), url="https://feeds.test/x").entries] == ["https://ex.org/a"]
        using = declared.replace("<title>a</title>", "<title>a&nbsp;b</title>")
        assert kind_of(using.encode()) == "malformed_feed"  # its entities stay undefined: nothing was loaded
        assert server.requests == []


@pytest.mark.parametrize("content_type", ["application/rss+xml; charset=iso-8859-1", "text/xml; charset=windows-1252"])
def test_a_utf8_feed_served_with_a_latin1_label_is_read_as_utf8_and_said(content_type: str) -> None:
    # a server's default charset on a UTF-8 document: read as labelled, "Société" became "SociÃ©tÃ©" silently
    feed = parse_feed(rss(title="Société Générale übernimmt").encode("utf-8"), url="https://feeds.test/x", content_type=content_type)
    assert feed.entries[0].title == "Société Générale übernimmt"
    assert feed.encoding == "utf-8" and "valid UTF-8" in feed.repairs[0]


def test_real_latin1_under_a_latin1_label_is_untouched() -> None:
    body = rss(enc="iso-8859-1", title="Société Générale").encode("latin-1")
    feed = parse_feed(body, url="https://feeds.test/x", content_type="application/rss+xml; charset=iso-8859-1")
    assert feed.entries[0].title == "Société Générale" and feed.repairs == []


@pytest.mark.parametrize("unit", ["<", "<br", "\u2003", "< p"], ids=["lt", "br", "em-space", "lt-space"])
def test_html_to_text_is_linear_on_text_without_tag_ends(unit: str) -> None:
    # a well-formed feed can carry this as "&lt;br&lt;br…": the tag and newline patterns rescanned the rest of the
    # text from each "<" (or each space), so 100 000 of them took 47 s and a 5 MB description hours
    started = time.perf_counter()
    text = html_to_text("a" + unit * 1_000_000 + "b")
    assert time.perf_counter() - started < 10
    assert text.startswith("a") and text.endswith("b")


def test_html_to_text_counts_every_kind_of_space_as_one() -> None:
    assert html_to_text("a\u2003\u2003b\r\n \r\nc<br/>d") == "a b\nc\nd"
