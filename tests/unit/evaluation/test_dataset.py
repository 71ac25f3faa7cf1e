"""Reading eval files of the same format as the dev sets but written differently: each oddity is either read one
documented way or named with its line number; only a file with nothing to score (or two kinds) is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.evaluation import load, raw_item
from pipeline.evaluation.dataset import EvalFileError, article_lang, published_at
from pipeline.evaluation.scores import READ_AS, SKIPPED

EMPTY_SLOTS: dict[str, list[list[str]]] = {
    s: [] for s in ("PURCHASER", "ACQUIRED", "SELLER", "DLRAMT", "STATUS", "ACQLOC", "ACQBUS")
}


def deal_line(article_id: Any = "a1", **extra: Any) -> dict[str, Any]:
    line: dict[str, Any] = {"id": article_id, "lang": "en", "title": "Heron buys Egret",
                            "text": "Heron Corp agreed to buy Egret Inc.", "published": "2021-04-05", "deals": []}
    line.update(extra)
    return line


def template_line(article_id: Any = "101", **slots: Any) -> dict[str, Any]:
    return {"id": article_id, "text": "Heron Corp agreed to buy Egret Inc.", "template": {**EMPTY_SLOTS, **slots}}


def write_raw(tmp_path: Path, data: bytes, name: str = "dev.jsonl") -> Path:
    path = tmp_path / "tiny" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def jsonl(*lines: dict[str, Any], end: str = "\n") -> bytes:
    return end.join(json.dumps(line, ensure_ascii=False) for line in lines).encode("utf-8") + end.encode()


def test_bom_crlf_blank_lines_and_no_final_newline_are_read(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + jsonl(deal_line("a"), end="\r\n") + b"\r\n  \r\n" + json.dumps(deal_line("b")).encode()
    eval_set = load(write_raw(tmp_path, data))
    assert [line["id"] for line in eval_set.lines] == ["a", "b"]
    assert eval_set.line_numbers == [1, 4]
    assert eval_set.problems == []


def test_malformed_line_is_named_with_its_line_number_and_the_rest_is_read(tmp_path: Path) -> None:
    data = jsonl(deal_line("a")) + b"\n" + b'{"id": "b", "text": "cut off\n' + jsonl(deal_line("c"))
    eval_set = load(write_raw(tmp_path, data))
    assert [line["id"] for line in eval_set.lines] == ["a", "c"]
    assert [(p.line, p.effect) for p in eval_set.problems] == [(3, SKIPPED)]
    assert "not JSON" in eval_set.problems[0].message


def test_invalid_utf8_and_non_object_lines_are_named(tmp_path: Path) -> None:
    data = jsonl(deal_line("a")) + b'{"id": "b\xff"}\n' + b"[1, 2]\n"
    problems = load(write_raw(tmp_path, data)).problems
    assert [(p.line, p.effect) for p in problems] == [(2, SKIPPED), (3, SKIPPED)]
    assert "UTF-8" in problems[0].message and "list" in problems[1].message


def test_line_without_id_or_text_is_named_not_fatal(tmp_path: Path) -> None:
    no_id = deal_line()
    del no_id["id"]
    eval_set = load(write_raw(tmp_path, jsonl(no_id, deal_line("b", text=None), deal_line("c"))))
    assert [line["id"] for line in eval_set.lines] == ["c"]
    assert [p.line for p in eval_set.problems] == [1, 2]
    assert "'id'" in eval_set.problems[0].message and "'text'" in eval_set.problems[1].message


def test_empty_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvalFileError, match="no articles"):
        load(write_raw(tmp_path, b"\n \n"))


def test_file_of_only_bad_lines_is_refused_naming_the_first(tmp_path: Path) -> None:
    with pytest.raises(EvalFileError, match="line 1"):
        load(write_raw(tmp_path, b"not json\n{}\n"))


def test_file_mixing_both_kinds_is_refused(tmp_path: Path) -> None:
    with pytest.raises(EvalFileError, match="first at line 2"):
        load(write_raw(tmp_path, jsonl(deal_line("a"), template_line("101"))))


def test_numeric_ids_are_accepted(tmp_path: Path) -> None:
    eval_set = load(write_raw(tmp_path, jsonl(template_line(101), template_line(102))))
    assert [line["id"] for line in eval_set.lines] == [101, 102]
    assert raw_item(eval_set.lines[0], "tiny").url == "eval://tiny/101"


def test_duplicate_id_is_scored_and_noted(tmp_path: Path) -> None:
    eval_set = load(write_raw(tmp_path, jsonl(deal_line("a"), deal_line("a"))))
    assert len(eval_set.lines) == 2
    assert [(p.line, p.effect) for p in eval_set.problems] == [(2, READ_AS)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2021-04-05", "2021-04-05T00:00:00+00:00"), ("2021-04-05T23:30:00+02:00", "2021-04-05T21:30:00+00:00"),
     ("2021-04-05T10:00:00Z", "2021-04-05T10:00:00+00:00"), (None, None), ("", None), ("April 2021", None),
     ("0001-01-01T00:30:00+01:00", None)],
)
def test_published_forms(value: Any, expected: str | None) -> None:
    parsed = published_at(value)
    assert (parsed.isoformat() if parsed else None) == expected


def test_absent_published_and_title_are_fine(tmp_path: Path) -> None:
    line = deal_line()
    del line["published"], line["title"]
    eval_set = load(write_raw(tmp_path, jsonl(line)))
    item = raw_item(eval_set.lines[0], "tiny")
    assert (item.title, item.published_at, eval_set.problems) == ("", None, [])


def test_unreadable_published_is_noted(tmp_path: Path) -> None:
    problems = load(write_raw(tmp_path, jsonl(deal_line(published="sometime in May")))).problems
    assert [(p.line, p.effect) for p in problems] == [(1, READ_AS)]


@pytest.mark.parametrize(("tag", "code"), [("fr", "fr"), ("DE", "de"), ("fr-FR", "fr"), ("de_CH", "de"), ("es", "es")])
def test_language_tags_are_read_as_codes(tag: str, code: str) -> None:
    assert article_lang(deal_line(lang=tag), "deals") == (code, None)


def test_unusable_language_tag_is_detected_from_the_text_and_noted() -> None:
    text = ("Die Norvia Werke übernehmen den Zulieferer Velkor für rund zwanzig Millionen Euro, "
            "teilte das Unternehmen am Montag in Hamburg mit.")
    lang, note = article_lang(deal_line(lang="xx", text=text), "deals")
    assert lang == "de" and note is not None and "'xx'" in note


def test_template_line_without_lang_is_english() -> None:
    assert article_lang(template_line(), "template") == ("en", None)


def test_deals_null_is_no_deal_and_noted(tmp_path: Path) -> None:
    eval_set = load(write_raw(tmp_path, jsonl(deal_line(deals=None))))
    assert eval_set.lines[0]["deals"] == []
    assert [p.effect for p in eval_set.problems] == [READ_AS]


@pytest.mark.parametrize(
    ("deal", "says"),
    [
        ("acquisition", "deal 1 is not an object"),
        ({"parties": [{"role": "buyer"}]}, "party 1 has no name"),
        ({"parties": ["Heron"]}, "party 1 is not an object"),
        ({"parties": [{"name": "Heron", "aliases": "Heron Corp"}]}, "aliases"),
        ({"parties": [], "amount": {"value": "3 billion", "currency": "EUR"}}, "not a decimal"),
        ({"parties": [], "amount": "3000000000"}, "'amount' is not an object"),
        ({"parties": [], "quantity": {"value": "NaN", "unit": "chip"}}, "not a decimal"),
    ],
)
def test_malformed_deal_labels_name_the_line(tmp_path: Path, deal: Any, says: str) -> None:
    eval_set_lines = jsonl(deal_line("ok"), deal_line("bad", deals=[deal]))
    problems = load(write_raw(tmp_path, eval_set_lines)).problems
    assert [(p.line, p.id, p.effect) for p in problems] == [(2, "bad", SKIPPED)]
    assert says in problems[0].message


def test_valid_variants_of_deal_labels_are_not_problems(tmp_path: Path) -> None:
    deal = {"deal_type": "loan", "status": "pending", "country": None,
            "parties": [{"name": "Heron"}, {"name": "", "aliases": ["Egret"], "role": "lender"}],
            "amount": {"lower": "2e9", "currency": "eur"}, "unit_price": {"value": 3000, "currency": "EUR"},
            "quantity": {"value": "100000"}}
    eval_set = load(write_raw(tmp_path, jsonl(deal_line(deals=[deal]))))
    assert eval_set.problems == [] and len(eval_set.lines) == 1


@pytest.mark.parametrize(
    ("slots", "says"),
    [({"PURCHASER": "Heron Corp"}, "not a list of fillers"), ({"PURCHASER": ["Heron Corp"]}, "a filler is a list"),
     ({"PURCHASER": [[1]]}, "a filler is a list")],
)
def test_malformed_template_names_the_line(tmp_path: Path, slots: dict[str, Any], says: str) -> None:
    problems = load(write_raw(tmp_path, jsonl(template_line("1"), template_line("2", **slots)))).problems
    assert [(p.line, p.effect) for p in problems] == [(2, SKIPPED)]
    assert says in problems[0].message


def test_empty_fillers_are_dropped_and_noted(tmp_path: Path) -> None:
    eval_set = load(write_raw(tmp_path, jsonl(template_line(SELLER=[[], ["  "]], PURCHASER=[["Heron Corp"]]))))
    assert eval_set.lines[0]["template"]["SELLER"] == []
    assert eval_set.lines[0]["template"]["PURCHASER"] == [["Heron Corp"]]
    assert [p.effect for p in eval_set.problems] == [READ_AS]


def test_slots_are_formats_seven_then_the_files_extra_ones(tmp_path: Path) -> None:
    first = {"id": "1", "text": "t", "template": {"ACQUIRED": [["Egret Inc"]], "purchabr": [["Heron"]]}}
    second = {"id": "2", "text": "t", "template": {"PURCHASER": [], "ACQUIRED": []}}
    eval_set = load(write_raw(tmp_path, jsonl(first, second)))
    assert eval_set.slots == ("PURCHASER", "ACQUIRED", "SELLER", "DLRAMT", "STATUS", "ACQLOC", "ACQBUS", "PURCHABR")


def test_non_ascii_text_and_keys_are_read(tmp_path: Path) -> None:
    line = template_line(ACQUIRED=[["Société Égrette"]])
    line["text"] = "Héron SA rachète Société Égrette – 𝔛 100 %"
    eval_set = load(write_raw(tmp_path, jsonl(line)))
    assert eval_set.lines[0]["template"]["ACQUIRED"] == [["Société Égrette"]]
    assert raw_item(eval_set.lines[0], "tiny").text.endswith("100 %")


def test_lone_surrogate_escape_in_text_is_replaced_in_place_and_noted(tmp_path: Path) -> None:
    data = b'{"id": "s", "lang": "en", "text": "Heron \\ud800 Corp", "deals": []}\n'
    eval_set = load(write_raw(tmp_path, data))
    assert eval_set.lines[0]["text"] == "Heron \ufffd Corp"
    assert [p.effect for p in eval_set.problems] == [READ_AS]
    assert raw_item(eval_set.lines[0], "tiny").content_hash


def test_json_python_cannot_hold_is_named_not_fatal(tmp_path: Path) -> None:
    data = jsonl(deal_line("a")) + b'{"id": ' + b"1" * 5000 + b"}\n" + b"[" * 100_000 + b"\n"
    eval_set = load(write_raw(tmp_path, data))
    assert len(eval_set.lines) == 1
    assert [(p.line, p.effect) for p in eval_set.problems] == [(2, SKIPPED), (3, SKIPPED)]
