"""The article index answers as the whole-text scans it replaces: the same places, in the same order, and a memo
kept per article (a long text is indexed, a short one scanned)."""

from __future__ import annotations

import re

import pytest

from pipeline.extract.names.german_nouns import _brand_prefix, de_common, de_feminine_ending_brand
from pipeline.extract.text_index import compound_starts, indexed, memo, run_starts, word_starts

# invented words, repeated past the length from which the text is indexed
_PIECE = (
    "Velkor übernimmt Norvia. Die Velkor-Gruppe und Velkors Werk; Velkor_2 Velkor-, -Velkor Velkorx A&B Velkor "
    "Norvia & Co, A&B-Chef Velsungs Werk, Velsung-Werk, Velsung--Werk Velsungs-Werk l'Orvane d'Orvane. AA AAA AA. "
)
_LONG = _PIECE * 80


def _scanned(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


@pytest.mark.parametrize(
    "word",
    ["Velkor", "Norvia", "Velkors", "Velkor-Gruppe", "A&B", "A&B-Chef", "Norvia & Co", "AA", "l'Orvane", "Orvane", "Velkor_2", "&", "-Velkor", "x"],
)
def test_word_starts_are_the_scan(word: str) -> None:
    assert indexed(_LONG, "Velkor")
    assert list(word_starts(_LONG, word)) == _scanned(_LONG, word)
    assert list(word_starts(_PIECE, word)) == _scanned(_PIECE, word)  # short: scanned


def test_runs_and_compounds() -> None:
    assert run_starts(_LONG, "Velsungs") == [m.start() for m in re.finditer(r"(?<![\w-])Velsungs(?![\w-])", _LONG)]
    assert compound_starts(_LONG, "Velkor") == [m.start() for m in re.finditer(r"(?<![\w-])Velkor-", _LONG)]
    assert not indexed(_LONG, "Velkor-Gruppe") and not indexed(_LONG, "A&B") and not indexed(_PIECE, "Velkor")


@pytest.mark.parametrize("text", [_LONG, _PIECE, _LONG.replace("Velsungs Werk", "Velsungs werk").replace("Velsung-Werk", "Velsung-werk")])
def test_german_rules_read_the_index_as_the_text(text: str) -> None:
    for word in ("Velsung", "Velkor", "Norvia", "Werk"):
        scanned = re.search(rf"(?<![\w-]){re.escape(word)}(?:s\s+|-)[A-ZÄÖÜ]", text) is not None
        assert de_feminine_ending_brand(text, word) == (scanned and word == "Velsung")
        compound = re.search(rf"(?<![\w-]){re.escape(word)}-[A-ZÄÖÜ]", text) is not None
        assert _brand_prefix(text, word) == (not de_common(word) and not word.endswith(("s", "t", "ik")) and compound)


def test_memo_is_per_article() -> None:
    calls: list[str] = []
    other = _LONG + " "
    for text in (_LONG, _LONG, other, _PIECE, _PIECE):
        memo(text, "key", lambda: calls.append(text[-2:]))
    assert len(calls) == 4  # the long text answered once, the other long text once, the short one each time


def test_ordered_lookups_are_the_passes() -> None:
    from pipeline.extract.names import NameSpan
    from pipeline.extract.ordered import first_at, first_ending_at, starting_within

    # in order, two names at each third start (the first counts), a name ending where the next starts
    spans = [NameSpan(i * 3, i * 3 + 2 + k, "Xy" + "z" * k) for i in range(100) for k in range(1 + (i % 3 == 0))]
    shuffled = spans[::-1]  # out of order: read through
    for names in (spans, shuffled, spans[:10]):
        for a, b in ((0, 0), (0, 30), (7, 8), (100, 400), (299, 300), (-5, 5)):
            assert starting_within(names, a, b) == [n for n in names if a <= n.start < b]
        for at in range(-1, 305):
            assert first_at(names, at) == next((n for n in names if n.start == at), None)
            assert first_ending_at(names, at) == next((n for n in names if n.end == at), None)
