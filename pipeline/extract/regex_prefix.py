"""Regex helpers shared by the trigger and status scans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

__all__ = ["WordStartScan", "bucketed", "dispatched", "dispatched_alternation", "dispatched_scan", "first_chars", "one_scan", "spaced"]


def first_chars(pattern: str, flags: int) -> set[str] | None:
    """Every character a match of ``pattern`` can start with, or None when that is not plain literals."""
    from re import _constants as c, _parser  # type: ignore[attr-defined]

    def first(items: Any) -> tuple[set[str], bool] | None:  # (first characters, may match empty); None: could be anything
        found: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # \b, lookarounds: zero-width, a later item consumes the first character
            if op is c.LITERAL:
                return found | {chr(av)}, False
            if op is c.IN:
                for item_op, item_av in av:
                    if item_op is c.LITERAL:
                        found.add(chr(item_av))
                    elif item_op is c.RANGE:
                        found.update(chr(x) for x in range(item_av[0], item_av[1] + 1))
                    else:
                        return None
                return found, False
            if op is c.SUBPATTERN:
                if av[1] or av[2]:
                    return None  # "(?i:...)": letters of another case could start it
                inner = first(av[-1])
                if inner is None:
                    return None
                found |= inner[0]
                if not inner[1]:
                    return found, False
                continue  # may match empty: the next item may start the match too
            if op is c.BRANCH:
                empty = False
                for branch in av[1]:
                    inner = first(branch)
                    if inner is None:
                        return None
                    found |= inner[0]
                    empty = empty or inner[1]
                if not empty:
                    return found, False
                continue  # a branch may match empty ("(?<=is )"): the next item may start it
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = first(av[2])
                if inner is None:
                    return None
                found |= inner[0]
                if av[0] > 0 and not inner[1]:
                    return found, False
                continue  # optional: the next item may start the match too
            return None
        return found, True  # the whole sequence may match empty

    try:
        result = first(_parser.parse(pattern, flags))
    except Exception:  # pragma: no cover - no lookahead is always correct, only slower
        return None
    return None if result is None or result[1] else result[0]  # a possibly empty match could start anywhere


def bucketed(patterns: list[str], prefix: str, flags: int) -> str | None:
    """``(?P<{prefix}i>p0)|(?P<{prefix}j>p1)|...`` bucketed by first character, order kept inside each bucket.

    At a position only one bucket's lookahead fits, so the engine tries the few
    alternatives that can start there instead of all of them; the first one that
    matches is the same as in the flat alternation. Group ``<prefix><i>_<n>``
    stands for pattern ``i``. None when some pattern's first characters are
    unknown or two buckets could fit the same character (case folding).
    """
    fold = bool(flags & re.IGNORECASE)
    buckets: dict[str, list[str]] = {}
    for i, pattern in enumerate(patterns):
        firsts = first_chars(pattern, flags)
        if not firsts:
            return None
        for key in sorted({c.lower() if fold else c for c in firsts}):
            buckets.setdefault(key, []).append(f"(?P<{prefix}{i}_{ord(key)}>{pattern})")
    keys = list(buckets)
    if fold and any(re.fullmatch(re.escape(a), b, flags) for a in keys for b in keys if a != b):
        return None  # buckets must be disjoint for the first-match order to hold
    return "|".join(f"(?={re.escape(key)})(?:{'|'.join(alts)})" for key, alts in buckets.items())


def group_index(name: str) -> int:
    """``g3`` or ``g3_97`` (a bucketed copy of group ``g3``) → 3."""
    return int(name[1:].partition("_")[0])


# --- first-character dispatch ----------------------------------------------------------------
#
# ``(?<!\w)(?=[abc])(?:(?=a)(?:...)|(?=b)(?:...)|...)`` (what ``bucketed`` builds) costs sre two
# nested lookaround matches at every position of the text, and at each word start one more per
# bucket tried: a branch whose alternatives open with a lookahead (or with an IGNORECASE letter)
# is tried alternative by alternative. ``dispatched`` builds the same matcher as
# ``\b(?:a(?i:rest of a's alternatives)|A(?i:...)|b...)``: ``\b`` is a plain test (no nested
# match) that fails at once inside words, and a branch whose alternatives open with a
# case-sensitive literal picks the one alternative for the character by a comparison each; inside
# it a branch of case-sensitive classes does the same for the second character.

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
}
_ATS = {
    "AT_BEGINNING": "^", "AT_BEGINNING_STRING": r"\A", "AT_BOUNDARY": r"\b",
    "AT_NON_BOUNDARY": r"\B", "AT_END": "$", "AT_END_STRING": r"\Z",
}
_FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


class _Unsupported(Exception):
    """A construct the rewrite does not handle: the caller keeps the bucketed pattern."""


def _class_char(code: int) -> str:
    char = chr(code)
    return "\\" + char if char in "\\]^-[" else char


def _unparse(items: Any) -> str:
    """Regex source for a parsed sequence (the constructs of the trigger and status tables)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: list[str] = []
    for op, av in items:
        if op == "RAW":  # pseudo-ops of _heads: source as is, and alternatives
            out.append(av)
        elif op == "ALTS":
            out.append("(?:" + "|".join(_unparse(alternative) for alternative in av) + ")")
        elif op is c.LITERAL:
            out.append(re.escape(chr(av)))
        elif op is c.NOT_LITERAL:
            out.append(f"[^{_class_char(av)}]")
        elif op is c.ANY:
            out.append(".")
        elif op is c.IN:
            parts: list[str] = []
            for item_op, item_av in av:
                if item_op is c.NEGATE:
                    parts.append("^")
                elif item_op is c.LITERAL:
                    parts.append(_class_char(item_av))
                elif item_op is c.RANGE:
                    parts.append(f"{_class_char(item_av[0])}-{_class_char(item_av[1])}")
                elif item_op is c.CATEGORY:
                    parts.append(_CATEGORIES[str(item_av)])
                else:
                    raise _Unsupported(str(item_op))
            out.append(parts[0] if len(av) == 1 and av[0][0] is c.CATEGORY else "[" + "".join(parts) + "]")
        elif op is c.BRANCH:
            out.append("(?:" + "|".join(_unparse(branch) for branch in av[1]) + ")")
        elif op is c.SUBPATTERN:
            group, add, remove, inner = av
            if group is not None:
                raise _Unsupported("capturing group")  # numbering and lastgroup would change
            on = "".join(letter for flag, letter in _FLAG_LETTERS if add & flag)
            off = "".join(letter for flag, letter in _FLAG_LETTERS if remove & flag)
            if (add | remove) & ~sum(flag for flag, _ in _FLAG_LETTERS):
                raise _Unsupported("flag")
            out.append(f"(?{on}{'-' + off if off else ''}:{_unparse(inner)})")
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, inner = av
            body = _unparse(inner)
            if not (len(inner) == 1 and inner[0][0] in (c.LITERAL, c.NOT_LITERAL, c.ANY, c.IN)):
                body = f"(?:{body})"
            count = {(0, 1): "?", (1, c.MAXREPEAT): "+", (0, c.MAXREPEAT): "*"}.get((low, high)) or f"{{{low},{'' if high == c.MAXREPEAT else high}}}"
            out.append(body + count + ("?" if op is c.MIN_REPEAT else ""))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, inner = av
            kind = ("<" if direction < 0 else "") + ("=" if op is c.ASSERT else "!")
            out.append(f"(?{kind}{_unparse(inner)})")
        elif op is c.AT:
            out.append(_ATS[str(av)])
        else:
            raise _Unsupported(str(op))
    return "".join(out)


def _heads(items: list[Any], flags: int) -> list[tuple[str, list[Any]]]:
    """(first character, what follows it) for each way a match of ``items`` can start, in the
    order sre tries them; raises _Unsupported when the first character is not a plain literal.
    Under IGNORECASE the character is the lower-case one (the key of its dispatch)."""
    from re import _constants as c  # type: ignore[attr-defined]

    if not items:
        raise _Unsupported("may match empty")
    (op, av), rest = items[0], list(items[1:])
    if op is c.LITERAL:
        return [(_key(chr(av), flags), rest)]
    if op is c.IN:
        chars: list[str] = []
        for item_op, item_av in av:
            if item_op is c.LITERAL:
                chars.append(chr(item_av))
            elif item_op is c.RANGE and item_av[1] - item_av[0] < 256:
                chars.extend(chr(x) for x in range(item_av[0], item_av[1] + 1))
            else:
                raise _Unsupported("class")
        return [(key, rest) for key in dict.fromkeys(_key(char, flags) for char in chars)]
    if op == "ALTS":  # alternatives split off by an earlier call: each with the rest, in order
        return [head for alternative in av for head in _heads(list(alternative) + rest, flags)]
    if op is c.BRANCH:
        try:
            ways = [_heads(list(branch), flags) for branch in av[1]]
        except _Unsupported:  # an alternative may match empty: each carries the rest
            return [head for branch in av[1] for head in _heads(list(branch) + rest, flags)]
        # "(?:acquire|buy|bought) by": per first character the alternatives that start with it,
        # in their order, then the rest once ("(?:uy|ought) by"), not a copy of it per alternative
        keys = dict.fromkeys(key for way in ways for key, _ in way)
        return [(key, [("ALTS", [after for way in ways for k, after in way if k == key])] + rest) for key in keys]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, high, inner = av
        if high != c.MAXREPEAT and high < 1:
            return _heads(rest, flags)
        more = [] if high == 1 else [(op, (max(0, low - 1), high if high == c.MAXREPEAT else high - 1, inner))]
        taken = _heads(list(inner) + more + rest, flags)  # one more repetition
        if low > 0:
            return taken
        skipped = _heads(rest, flags)  # none: greedy tries it after, lazy before
        return taken + skipped if op is c.MAX_REPEAT else skipped + taken
    if op in (c.ASSERT, c.ASSERT_NOT) and av[0] < 0:
        # "(?<=to\s)reject": once the first character is taken the lookbehind reaches over it too
        kind = "=" if op is c.ASSERT else "!"
        behind = ("RAW", f"(?<{kind}{_unparse(av[1])}[\\s\\S])")
        return [(key, [behind] + after) for key, after in _heads(rest, flags)]
    raise _Unsupported(str(op))


def _key(char: str, flags: int) -> str:
    if not flags & re.IGNORECASE:
        return char
    key = char.lower()
    if not re.fullmatch(re.escape(key), char, flags):
        raise _Unsupported("case")  # "İ".lower() is two characters
    return key


@lru_cache(maxsize=1)
def _cased() -> str:
    """Every BMP character with a case mapping: only these can fold to another character (sre's
    case folding brings none outside the BMP to a letter inside it). Built once, ~3,000 characters."""
    return "".join(c for c in map(chr, range(0x10000)) if c.lower() != c or c.upper() != c)


def _same_letters(keys: list[str], flags: int) -> dict[str, list[str]]:
    """Per one-character key, every character it matches under ``flags``, the key first."""
    found: dict[str, list[str]] = {key: [key] for key in keys}
    if flags & re.IGNORECASE:
        for char in dict.fromkeys(re.findall("[" + "".join(_class_char(ord(k)) for k in keys) + "]", _cased(), flags)):
            for key in keys:
                if char != key and re.fullmatch(re.escape(key), char, flags):
                    found[key].append(char)
    return found


def dispatched(patterns: list[str], prefix: str, flags: int, after: str, hyphen: bool = False) -> tuple[str, int] | None:
    r"""``(?<![\w{'-' if hyphen}])(?:(?P<{prefix}0>p0)|(?P<{prefix}1>p1)|...){after}`` as a
    first-character dispatch (see above), with the flags to compile it with; None when a pattern
    opens with something other than word characters given as literals, or two first characters
    fold together.

    Same matches, same order of attempts: at a position only the alternative for its character
    fits, and in it the patterns, and the ways each can start, come in the order sre tries them.
    Group ``<prefix><i>_<n>`` (or ``<prefix><i>_<n>_<m>`` when dispatched on the second
    character too, see _second_letter) stands for pattern ``i`` (``n``, ``m`` the codes of the
    characters); no groups when ``prefix`` is empty.
    ``after`` is a zero-width tail.
    """
    parts = _dispatched_parts(patterns, prefix, flags, after, hyphen)
    return (parts[0] + parts[1], parts[2]) if parts is not None else None


def dispatched_scan(patterns: list[str], prefix: str, flags: int, after: str, hyphen: bool = False) -> WordStartScan | None:
    """``dispatched`` compiled as a WordStartScan (see there), or None when it cannot rewrite ``patterns``."""
    parts = _dispatched_parts(patterns, prefix, flags, after, hyphen)
    if parts is None:
        return None
    head, body, compile_flags = parts
    separator = r"[^0-9A-Za-z_\-]" if hyphen else r"[^0-9A-Za-z_]"  # "(?<![\w-])", "(?<!\w)" of ASCII text, taken
    return WordStartScan(re.compile(head + body, compile_flags), separator + body)


def _dispatched_parts(patterns: list[str], prefix: str, flags: int, after: str, hyphen: bool) -> tuple[str, str, int] | None:
    """(head, alternatives, flags) of ``dispatched``: the head ("\\b", "\\b(?<!-)") apart for ``dispatched_scan``."""
    from re import _parser  # type: ignore[attr-defined]

    inner_flags = flags & re.IGNORECASE
    keys: dict[str, list[tuple[int, list[Any]]]] = {}
    try:
        for i, pattern in enumerate(patterns):
            for key, rest in _heads(list(_parser.parse(pattern, flags)), flags):
                per_key = keys.setdefault(key, [])
                if not per_key or per_key[-1][0] != i:
                    per_key.append((i, []))
                per_key[-1][1].append(rest)
    except _Unsupported:
        return None
    letters = _same_letters(list(keys), flags)
    seen: set[str] = set()
    for chars in letters.values():
        if seen & set(chars) or not all(re.fullmatch(r"\w", char) for char in chars):
            return None  # a character with two alternatives, or one "\b" does not hold before
        seen |= set(chars)
    alternatives: list[tuple[str, str]] = []
    for key, groups in keys.items():
        chars = letters[key]
        bodies = _second_letter(groups, [f"{prefix}{{}}_{ord(char)}" if prefix else "" for char in chars], flags)
        for char, body in zip(chars, bodies):
            alternatives.append((char, f"{re.escape(char)}(?{'i' if inner_flags else ''}:{body}{after})"))
    # sre tries a branch's alternatives in turn (a comparison each) until the one for the character: with the
    # letters most words start with first, a word start passes over a few instead of ~20 on average. The first
    # characters are distinct, so at most one alternative fits a position and the order changes no match.
    alternatives.sort(key=lambda alternative: _initial_rank(alternative[0]))
    # before a word character "\b" says no word character precedes
    return rf"\b{'(?<!-)' if hyphen else ''}", f"(?:{'|'.join(body for _, body in alternatives)})", flags & ~re.IGNORECASE


# word-initial letters of en/fr/de news copy, most frequent first (counted over the corpora)
_INITIALS_BY_FREQUENCY = "tdaespcoimbwfvlrhugnkzjqyxàéCSDAPBMTIFGELNRHWKUVOJZQYX"


def _initial_rank(char: str) -> int:
    rank = _INITIALS_BY_FREQUENCY.find(char)
    return rank if rank >= 0 else len(_INITIALS_BY_FREQUENCY)


def _ways(groups: list[tuple[int, list[Any]]]) -> list[tuple[int, list[str]]]:
    """Each pattern's ways as source, a repeat of an earlier way dropped (it fails the same way)."""
    out: list[tuple[int, list[str]]] = []
    for i, rests in groups:
        sources: list[str] = []
        for rest in rests:
            source = _unparse(rest)
            if source not in sources:
                sources.append(source)
        out.append((i, sources))
    return out


def _second_letter(groups: list[tuple[int, list[Any]]], names: list[str], flags: int) -> list[str]:
    """The alternatives after a first letter, dispatched again on the second one: at a word start
    ("the", "to", "that") the letter's ~10 triggers are ruled out by a few class tests, one per
    second letter, instead of being tried one by one. One body per group-name pattern of
    ``names`` (``{}`` the pattern's index; empty for no groups): the case variants of the first
    letter share the split. Falls back to the plain alternatives when a way
    after the first letter does not open with a literal (or may be empty)."""
    def named(name: str, i: int, sources: list[str], suffix: str) -> str:
        return f"(?{'P<' + name.format(i) + suffix + '>' if name else ':'}{'|'.join(sources)})"

    try:
        split: dict[str, list[tuple[int, list[Any]]]] = {}
        for i, rests in groups:
            for rest in rests:
                for key, after in _heads(rest, flags):
                    per_key = split.setdefault(key, [])
                    if not per_key or per_key[-1][0] != i:
                        per_key.append((i, []))
                    per_key[-1][1].append(after)
        letters = _same_letters(list(split), flags)
        seen: set[str] = set()
        for chars in letters.values():
            if seen & set(chars):
                raise _Unsupported("fold")
            seen |= set(chars)
    except _Unsupported:
        ways = _ways(groups)
        return ["(?:" + "|".join(named(name, i, sources, "") for i, sources in ways) + ")" for name in names]
    inner = "i" if flags & re.IGNORECASE else ""
    classes = {key: "(?-i:[" + "".join(_class_char(ord(char)) for char in letters[key]) + "])" for key in split}
    seconds = {key: _ways(second) for key, second in split.items()}
    return [
        "(?:" + "|".join(
            f"{classes[key]}(?{inner}:" + "|".join(named(name, i, sources, f"_{ord(key)}") for i, sources in ways) + ")"
            for key, ways in seconds.items()
        ) + ")"
        for name in names
    ]


def dispatched_alternation(patterns: list[str], flags: int) -> str | None:
    """``(?:p0|p1|...)`` for use inside a pattern compiled with ``flags``, dispatched on the first
    character: ``(?:(?-i:[aA])(?:rests of a)|(?-i:[bB])(?:...)|...)``. A branch whose alternatives
    open with a case-sensitive class is fast-checked, so a position tries only the alternatives
    its character can start, in their order (same matches); None as for ``dispatched``."""
    from re import _parser  # type: ignore[attr-defined]

    keys: dict[str, list[str]] = {}
    try:
        for pattern in patterns:
            for key, rest in _heads(list(_parser.parse(pattern, flags)), flags):
                source = _unparse(rest)
                if source not in keys.setdefault(key, []):
                    keys[key].append(source)  # a repeat of an earlier way fails the same way
    except _Unsupported:
        return None
    letters = _same_letters(list(keys), flags)
    seen: set[str] = set()
    for chars in letters.values():
        if seen & set(chars):
            return None  # a character with two alternatives
        seen |= set(chars)
    inner = "i" if flags & re.IGNORECASE else ""
    return "(?:" + "|".join(
        f"(?-i:[{''.join(_class_char(ord(char)) for char in letters[key])}])(?{inner}:{'|'.join(rests)})" for key, rests in keys.items()
    ) + ")"


# --- one scan over a table of alternatives ---------------------------------------------------


def spaced(pattern: str) -> str:
    """Wire copy wraps lines anywhere: a space in a table pattern is any run of whitespace."""
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")  # " ?" in a table means an optional space


class WordStartScan:
    r"""A dispatched scan, whose matches all start at a word start: ``search`` and ``finditer`` as the
    compiled ``pattern`` has them, with the same Match objects, found faster in ASCII text.

    ``pattern`` opens with "\b" (and "(?<!-)"), which sre tries at every position of the text. In
    ASCII text the same word starts are where ``after_separator`` (a separator character, taken, then
    the same alternatives) fits one character earlier: a pattern that opens with a class lets the
    search skip in C to the next blank or punctuation mark. The match found there is read again with
    ``pattern`` at the word start it found, so callers get the very match the plain search returns;
    a word start at the text's start, which no character precedes, is tried first.
    ``after_separator`` is compiled at the first ASCII text: the tables are large, and the French and
    German ones seldom see one.
    """

    def __init__(self, pattern: re.Pattern[str], after_separator: str | None = None) -> None:
        self.pattern = pattern
        self._separated_source = after_separator
        self._after_separator: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        if self._separated_source is None or not text.isascii():
            return self.pattern.search(text, pos, end)
        if self._after_separator is None:
            self._after_separator = re.compile(self._separated_source, self.pattern.flags)
        if pos <= 0:
            at_start = self.pattern.match(text, 0, end)
            if at_start is not None:
                return at_start
        # a separator right before ``pos`` makes ``pos`` itself a word start
        separator = self._after_separator.search(text, max(pos - 1, 0), end)
        return self.pattern.match(text, separator.start() + 1, end) if separator is not None else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """Like ``re.Pattern.finditer``: each search goes on where the last match ended (no match is empty)."""
        while (match := self.search(text, pos, endpos)) is not None:
            yield match
            pos = match.end()


def one_scan(patterns: list[str], prefix: str, flags: int, after: str, hyphen: bool = False) -> WordStartScan:
    """``(?<![\\w-])(?:(?P<{prefix}0>p0)|(?P<{prefix}1>p1)|...){after}``: the trigger and status tables
    as one scan, earlier patterns winning at a position (``hyphen``: no match right after a hyphen either).

    Dispatched on the first characters when ``dispatched`` can rewrite the table; otherwise
    bucketed by first character behind a lookahead on the characters a match can start with,
    which rules out most positions before any alternative is tried. Same matches either way.
    """
    dispatch = dispatched_scan(patterns, prefix, flags, after, hyphen=hyphen)
    if dispatch is not None:
        return dispatch
    alternation = "|".join(f"(?P<{prefix}{i}>{pattern})" for i, pattern in enumerate(patterns))
    firsts = first_chars(alternation, flags)
    ahead = f"(?=[{''.join(re.escape(c) for c in sorted(firsts))}])" if firsts else ""
    grouped = bucketed(patterns, prefix, flags)
    before = r"(?<![\w-])" if hyphen else r"(?<!\w)"
    return WordStartScan(re.compile(rf"{before}{ahead}(?:{grouped or alternation}){after}", flags))
