"""What makes two fetches the same item (canonical URL) and the same version
(hash of the normalised text), and which language an item is in."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import courlan
import py3langid

from pipeline.models import content_hash_for

_WS = re.compile(r"\s+")


def canonical_url(url: str) -> str:
    """Tracking parameters and fragments dropped, host lower-cased, path normalised.

    ``https://Example.com/a/../b/?utm_source=x&id=3#top`` → ``https://example.com/b/?id=3``.
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    path = _normal_path(parts.path)
    if scheme == "file":
        return urlunsplit(("file", "", quote(unquote(path)), "", ""))
    rebuilt = urlunsplit((scheme, parts.netloc, path, parts.query, ""))
    cleaned = courlan.normalize_url(rebuilt, strict=True)
    return cleaned or rebuilt


def _normal_path(path: str) -> str:
    if not path:
        return "/"
    normal = posixpath.normpath(path)
    if normal.startswith("//"):
        normal = "/" + normal.lstrip("/")
    if path.endswith("/") and normal != "/":
        normal += "/"
    return normal


def normalize_text(text: str) -> str:
    """NFC, one space between words: cosmetic whitespace changes are not new versions."""
    return _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    return content_hash_for(normalize_text(text))


def detect_lang(text: str) -> str | None:
    """ISO 639-1 code by py3langid, or None when there is too little text to tell."""
    sample = normalize_text(text)[:4000]
    if len(sample) < 12:
        return None
    code, _score = py3langid.classify(sample)
    return code if len(code) == 2 else None
