from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pytest

from pipeline.feeds.sources import SourcesFileError, load_sources

REPO = Path(__file__).resolve().parents[3]


def test_bundled_samples_resolve_to_existing_files_in_three_languages() -> None:
    sources = load_sources(REPO / "samples" / "sources.yaml")
    assert {s.lang for s in sources} == {"en", "fr", "de"}
    for source in sources:
        parts = urlsplit(source.url)
        assert parts.scheme == "file"
        assert Path(url2pathname(parts.path)).is_file(), source.url


def test_default_internet_sources_are_http_and_cover_three_languages() -> None:
    sources = load_sources(REPO / "sources.yaml")
    assert len(sources) >= 6
    assert {s.lang for s in sources} >= {"en", "fr", "de"}
    assert all(urlsplit(s.url).scheme in {"http", "https"} for s in sources)
    assert len({s.id for s in sources}) == len(sources)


def test_relative_urls_resolve_against_the_file_not_the_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conf = tmp_path / "conf"
    conf.mkdir()
    (conf / "sources.yaml").write_text(
        "defaults: {rate_limit: 2}\nsources:\n"
        "  - {id: a, url: feeds/a.xml, lang: fr-FR}\n"
        "  - {id: b, url: 'https://example.org/rss', enabled: false, full_text: true, rate_limit: 0.5}\n"
    )
    monkeypatch.chdir(tmp_path)
    a, b = load_sources(conf / "sources.yaml")
    assert a.url == (conf / "feeds" / "a.xml").as_uri()
    assert (a.lang, a.rate_limit, a.enabled, a.full_text) == ("fr", 2.0, True, False)
    assert (b.url, b.rate_limit, b.enabled, b.full_text) == ("https://example.org/rss", 0.5, False, True)


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ("sources:\n  - {id: a, url: 'ftp://x/y'}\n", "unsupported URL scheme"),
        ("sources:\n  - {id: a, url: a.xml}\n  - {id: a, url: b.xml}\n", "duplicate source id"),
        ("sources:\n  - {id: a, url: a.xml, rate_limit: 0}\n", "rate_limit"),
        ("sources:\n  - {id: a, url: a.xml, colour: blue}\n", "colour"),
        ("feeds: []\n", "'sources' list"),
        ("sources: [\n", "not valid YAML"),
    ],
)
def test_invalid_sources_files_are_refused_with_the_reason(tmp_path: Path, body: str, fragment: str) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(body)
    with pytest.raises(SourcesFileError, match=fragment):
        load_sources(path)
