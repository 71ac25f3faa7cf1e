"""The sources file: which feeds to poll and how politely.

Relative feed locations (``feeds/en.xml``) are resolved against the sources
file's own directory and become ``file://`` URLs, so bundled samples work offline
from any working directory, including inside an Airflow task.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

_SCHEMES = {"http", "https", "file"}


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    url: str = Field(min_length=1)
    lang: str | None = Field(None, description="ISO 639-1 hint, used when the feed does not say")
    enabled: bool = True
    full_text: bool = Field(False, description="fetch each article page and extract its text")
    rate_limit: float = Field(1.0, gt=0, description="requests per second to this source's hosts")

    @field_validator("lang")
    @classmethod
    def _two_letters(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().lower()[:2]
        if len(code) != 2 or not code.isalpha():
            raise ValueError(f"{value!r} is not an ISO 639-1 language code")
        return code

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, value: str) -> str:
        scheme = urlsplit(value).scheme.lower()
        if scheme not in _SCHEMES:
            raise ValueError(f"unsupported URL scheme {scheme!r} in {value!r} (http, https, file)")
        return value


class SourcesFileError(ValueError):
    """The sources file is missing or invalid: a configuration error, not a feed error."""


def _resolve(url: str, base_dir: Path) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() in _SCHEMES:
        return url
    if parts.scheme and len(parts.scheme) > 1:  # a real scheme we do not support; a drive letter is 1 char
        return url  # the validator names it
    return (base_dir / url).resolve().as_uri()


def load_sources(path: Path | str) -> list[Source]:
    """All sources in the file (enabled or not), with relative locations resolved."""
    path = Path(path)
    try:
        raw: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SourcesFileError(f"cannot read sources file {path}: {error}") from error
    except yaml.YAMLError as error:
        raise SourcesFileError(f"sources file {path} is not valid YAML: {error}") from error
    if not isinstance(raw, dict) or not isinstance(raw.get("sources"), list):
        raise SourcesFileError(f"{path}: expected a mapping with a 'sources' list")
    defaults = raw.get("defaults") or {}
    if not isinstance(defaults, dict):
        raise SourcesFileError(f"{path}: 'defaults' must be a mapping")
    base_dir = path.resolve().parent
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw["sources"]):
        if not isinstance(entry, dict) or "url" not in entry:
            raise SourcesFileError(f"{path}: source #{index + 1} needs at least an id and a url")
        merged = {**defaults, **entry, "url": _resolve(str(entry["url"]), base_dir)}
        try:
            source = Source.model_validate(merged)
        except ValidationError as error:
            raise SourcesFileError(f"{path}: source #{index + 1} ({entry.get('id')}): {error}") from error
        if source.id in seen:
            raise SourcesFileError(f"{path}: duplicate source id {source.id!r}")
        seen.add(source.id)
        sources.append(source)
    return sources
