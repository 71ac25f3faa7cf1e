from __future__ import annotations

import pytest

from pipeline.feeds.identity import canonical_url, content_hash, detect_lang, normalize_text
from pipeline.models import item_id_for


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/a/../b/?utm_source=rss&utm_medium=x&id=3#comments", "https://example.com/b/?id=3"),
        ("https://example.com:443/news/x.html?fbclid=abc", "https://example.com/news/x.html"),
        ("http://www.heise.de/meldung/x.html?wt_mc=rss.ho.beitrag.rdf", "http://www.heise.de/meldung/x.html"),
        ("https://example.com", "https://example.com/"),
        ("file:///srv/a/../articles/x.html?utm_source=rss#top", "file:///srv/articles/x.html"),
    ],
)
def test_canonical_url_drops_tracking_and_normalises(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_tracking_variants_share_one_item_id() -> None:
    a = item_id_for(canonical_url("https://news.example/deal.html?utm_campaign=a"))
    b = item_id_for(canonical_url("https://NEWS.example/deal.html#section-2"))
    c = item_id_for(canonical_url("https://news.example/other.html"))
    assert a == b == item_id_for("https://news.example/deal.html")
    assert a != c


def test_content_hash_ignores_cosmetic_whitespace_but_not_words() -> None:
    base = content_hash("Rheinwerk übernimmt Nordhafen\nfür 420 Millionen Euro.")
    assert content_hash("  Rheinwerk  übernimmt Nordhafen für 420 Millionen Euro. ") == base
    # NFC: a decomposed ü is the same text
    assert content_hash("Rheinwerk u\u0308bernimmt Nordhafen für 420 Millionen Euro.") == base
    assert content_hash("Rheinwerk übernimmt Nordhafen für 430 Millionen Euro.") != base
    assert normalize_text("a\u00a0 b\n\tc") == "a b c"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le groupe devrait racheter son concurrent pour environ trois milliards d'euros.", "fr"),
        ("Der Konzern hat die Übernahme des Herstellers für rund 420 Millionen Euro vereinbart.", "de"),
        ("The company agreed to acquire its rival for about $1.2 billion in cash.", "en"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


def test_detect_lang_refuses_to_guess_on_too_little_text() -> None:
    assert detect_lang("OK") is None
