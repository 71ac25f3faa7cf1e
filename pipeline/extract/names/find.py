"""``find_names``: the walk over a text's word tokens that finds where a name starts, what joins its words
(connectors, suffixes, brackets) and where it ends, calling the word tables and each language's rules."""

from __future__ import annotations

import re

from pipeline.extract.geo import PLACES, country_of
from pipeline.extract.names.common import (
    Token,
    brand_like,
    capitalised,
    gap_breaks,
    recurs,
    sentence_start,
    suffix_ahead,
    suffix_in_name_ahead,
)
from pipeline.extract.names.english import EN_MODIFIER_WORD, en_comma_partnership, en_no_one, en_second_company, english_article_opens, wrapped_bracket
from pipeline.extract.names.french import (
    FR_INSTITUTIONS,
    FR_MID_SENTENCE,
    fr_bare_subject,
    fr_capital_article,
    fr_government_of,
    fr_holiday,
    fr_institution_tail,
    fr_title_inside,
)
from pipeline.extract.names.german import (
    DE_AUXILIARY_NEXT,
    DE_CONDITIONAL_DEAL_NEXT,
    DE_OWNER_CHANGE_NEXT,
    DE_BODY_HEADS_ANY_CASE,
    DE_DEAL_VERB_NEXT,
    DE_FRONTED_PARTICIPLE,
    DE_OPENING_CONJUNCTIONS,
    DE_OPENING_DETERMINERS,
    DE_PREPARES_NEXT,
    DE_SUBJECT_NEXT,
    DE_SUFFIX_COMPOUND,
    de_adjective_opens,
    de_base_form,
    de_elided_compound,
    de_elided_noun,
    de_english_next,
    de_goods_after_supplier,
    de_name_list_next,
    de_org_compound_tail,
    de_own_name_before_person,
    de_own_word,
    de_speaker_label,
    de_subject_before_apposition,
    de_subject_object_pair,
    genitive_recurs,
)
from pipeline.extract.names.german_nouns import (
    de_common,
    de_common_noun,
    de_coordinated_name,
    de_counted,
    de_described_noun,
    de_feminine_ending_brand,
    de_lone_plural,
    de_role_noun,
    german_name_alone,
)
from pipeline.extract.names.parties import REGULATOR
from pipeline.extract.names.places import DE_IN_PLACE, de_area_where, de_place_adjective, world_region
from pipeline.extract.names.span import NameSpan, mentions
from pipeline.extract.names.words import (
    CONNECTORS,
    DE_ORG_TAILS,
    EN_OPENERS,
    FR_NAME_ADJECTIVES,
    FR_NOT_NAMES,
    GIVEN_NAMES,
    LEGAL_SUFFIXES,
    NOT_NAMES,
    ORG_HEADS,
    is_legal_suffix,
)


_ELISION = re.compile(r"(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[A-ZÀ-ÖØ-Þ0-9])")

_ELIDED_COMMON = re.compile(r"[LDJNSCMT]['’][a-zà-ÿ]")
# a word, or "&" alone: r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w.&’'/-]*|&" written so that sre can skip to a token's first
# character in C (a pattern opening with a class gets that fast scan, an alternation of classes does not) and
# test ASCII word characters by table before the Unicode \w category; in a group for split(), which then
# hands over gaps and tokens in turn. Same tokens.
_TOKEN_SPLIT = re.compile(r"([A-Za-zÀ-ÖØ-öø-ÿ0-9&](?:(?<=&)|[A-Za-z0-9_\w.&’'/-]*))")
_MODIFIER = re.compile(r"-(?:based|quoted|listed|owned|controlled|headquartered|registered)$")
# en: "Velkor Capital-backed Norvia": the backer describes the company, as a place does in "Boston-based"
_EN_BACKED = re.compile(r"-(?:backed|funded)$")
# en: an officer's title written as an acronym inside a run of capitals ("Velkor CEO Anna Holt") is never part of a name
_EN_OFFICER_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CTO"})
_ABBREV_END = re.compile(r"^(?:[A-Z]\.)+$|^(?:Co|Corp|Inc|Ltd|Chas|Bros|St|Mt|Jr)\.$")


def _strip_token(word: str) -> tuple[str, bool]:
    """Token text without trailing punctuation, and whether it was possessive."""
    if word.isalpha():
        return word, False  # most tokens: plain words, nothing to strip
    for possessive in ("'s", "’s"):
        if word.endswith(possessive) and len(word) > 2:
            return word[: -len(possessive)], True
    if word.endswith(("s'", "s’", "S'", "S’")) and len(word) > 2:
        return word[:-1], True  # "Varnholt Industries' common stock": a plural possessive
    if word.endswith(".") and word.count(".") == 1 and word.rstrip(".").lower() in LEGAL_SUFFIXES:
        return word.rstrip("."), False
    if word.endswith(".") and not _ABBREV_END.match(word) and not is_legal_suffix(word):
        word = word.rstrip(".")
    return word.rstrip("/-"), False


def find_names(text: str, lang: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    """Capitalised-name spans in ``text[start:end]``, in order: the text's word tokens; at each token that can open a
    name, where the name ends; a lone capital that only the sentence start (or German spelling) gives is dropped;
    descriptions, civilities and persons come off the span, and what is left is a name."""
    tokens = _tokens(text, lang, start, len(text) if end is None else end)
    names: list[NameSpan] = []
    i = 0
    count = len(tokens)
    english = lang == "en"
    while i < count:
        word = tokens[i][2]
        if word[:1].islower():
            # what _starts_name says for a lower-case word not followed by a capital, without the call; most
            # tokens are such words, so capitalised of the next one is written out here
            if not english or i + 1 >= count:
                i += 1
                continue
            following = tokens[i + 1][2]
            first = following[:1]
            if not (first.isupper() or (first.isdigit() and any(c.isupper() for c in following))):
                i += 1
                continue
        if not _starts_name(text, tokens, i, lang):
            i += 1
            continue
        j = _name_end(text, tokens, i, lang)
        # ("weil Velkor Norvia übernommen hat": after a conjunction opening the sentence, the pair follows it)
        pair_at = i + 1 if lang == "de" and j > i and tokens[i][2] in DE_OPENING_CONJUNCTIONS and sentence_start(text, tokens[i][0]) else i
        if lang == "de" and de_subject_object_pair(text, tokens, pair_at, j):
            j = pair_at  # "will Velkor Norvia übernehmen": the subject, then the object, two names
        if j == i and not english and not _lone_capital_is_name(text, tokens, i, lang, names):
            i += 1
            continue
        opening = i
        if lang == "de":
            starts = _de_name_start(text, tokens, i, j)
            if starts is None:
                i = j + 1  # "dem Hamburger Netzbetreiber": a description, no name
                continue
            opening, i = starts
        span = _trimmed_span(text, tokens, i, j, opening, lang, names)
        if english and span is not None and en_no_one(text, tokens, *span):
            span = None  # "Minnesota", "Two analysts", "Reaffirming its offer": no one
        if english and span is not None and span[1] > span[0]:
            cut = _regulator_before(text, tokens, *span)
            if cut is not None:
                # "told the Securities and Exchange Commission Brask said": the regulator, then a name of its own
                names.append(_name_span(text, tokens, span[0], cut, lang))
                span = (cut + 1, span[1])
        if span is not None:
            found = _name_span(text, tokens, span[0], span[1], lang)
            tail = _EN_SUFFIX_TAIL.match(text, found.end) if english and found.suffixed and tokens[span[1]][2] == "Co" else None
            if tail is not None:
                # "Velkor Technologies Co., Ltd.": the second legal suffix after a comma is part of the name
                found = NameSpan(found.start, tail.end(), text[found.start : tail.end()], found.possessive, True, found.full)
            if not (lang in ("fr", "de") and _bracketed_seat(text, names, found)):
                names.append(found)
        i = j + 1
    if english and len(names) > 1:
        names = _en_partnerships_joined(text, names)
    return names


_EN_SUFFIX_TAIL = re.compile(r"\.?,\s*Ltd\b")
_BRACKET_AFTER_NAME = re.compile(r"\s*\(\s*")
_CLOSING_BRACKET = re.compile(r"\s*\)")
# a short insert in brackets after a word: "Velkor (Frankfurt)", "Norvia (Wien)"
_BRACKET_INSERT = re.compile(r" \([^()\n]{1,40}\)(?= )")


def _bracketed_seat(text: str, names: list[NameSpan], name: NameSpan) -> bool:
    """fr/de: "Velkor (Frankfurt) übernimmt Norvia (Wien)": a city or country alone in brackets right after a name says
    where that company sits; it names no one (an abbreviation in brackets, "(KfW)", is kept)."""
    if not names or _CLOSING_BRACKET.match(text, name.end) is None:
        return False
    if not _BRACKET_AFTER_NAME.fullmatch(text, names[-1].end, name.start):
        return False
    words = " ".join(name.text.split())
    return words in PLACES or country_of(words) is not None


# en: legal-form words that, written in lower case, are verbs after a name
_EN_LOWER_VERB_SUFFIX = frozenset({"partners", "holding", "trust"})


def _en_partnerships_joined(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """en: "Velkor, Norvia Capital Corp" is one firm: the two names the comma cut are joined."""
    out: list[NameSpan] = []
    for name in names:
        if out and en_comma_partnership(text, out[-1], name):
            first = out.pop()
            name = NameSpan(first.start, name.end, text[first.start : name.end], name.possessive, name.suffixed)
        out.append(name)
    return out


def _tokens(text: str, lang: str, start: int, end: int) -> list[Token]:
    """``text[start:end]``'s words as (start, end, word, possessive), cut so that a name's words stand alone: trailing
    marks and possessives come off, a French elided article is a word of its own ("d'Orvane", but a capital "L'" inside
    a sentence opens a title's name, and "L'ensemble" is lower-cased: a common noun), and "Los Angeles-based" becomes
    one "-" token, a place that names no one. Plain words take a fast path: they are most tokens."""
    tokens: list[Token] = []
    # split() hands over the gaps and the tokens as strings, [gap, token, gap, token, ..., gap]: a token's
    # offset is the running sum of their lengths, with no match object built per token (the pattern has no
    # lookaround past its own first character, so splitting the slice finds what a scan of text[start:end] finds)
    parts = _TOKEN_SPLIT.split(text[start:end])
    at = start
    for n in range(1, len(parts), 2):
        at += len(parts[n - 1])
        word = parts[n]
        here = at
        at += len(word)
        if word.isalpha():  # most tokens: a plain word, with no elision, hyphen or trailing mark to look at
            tokens.append((here, at, word, False))
            continue
        if lang != "en" and word[:1].isupper() and word.endswith(("'s", "’s")) and len(word) > 3:
            tokens.append((here, at, word, False))  # fr/de: "Velkor's" is a brand's own spelling, no English possessive
            continue
        word, possessive = _strip_token(word)
        if not word:
            continue
        elided = _ELISION.match(word) if lang == "fr" else None
        if lang == "fr" and elided is None and _ELIDED_COMMON.match(word):
            word = word.lower()  # "L'ensemble des salariés": an elided article before a common noun
        if elided is not None and word[0] == "L" and (
            FR_MID_SENTENCE.search(text, max(0, here - 24), here) or fr_title_inside(text, word[elided.end():])
        ):
            # "racheté L'Ordival": a capital "L'" inside a sentence is the start of the title's own name, as in gold names
            tokens.append((here, here + len(word), word, possessive))
            continue
        if elided is not None:
            # "l'Italie", "d'Orvane": the elided article is a word of its own, the name follows it
            cut = elided.end()
            tokens.append((here, here + cut, word[:cut].lower(), False))
            tokens.append((here + cut, here + len(word), word[cut:], possessive))
            continue
        if "-" in word and (_MODIFIER.search(word) or lang == "en" and _EN_BACKED.search(word)):  # the cue needs a hyphen: skip the search for most tokens
            while tokens and capitalised(tokens[-1][2]) and text[tokens[-1][1] : here] in (" ", "\n"):
                tokens.pop()  # "Los Angeles-based": the whole place goes
            tokens.append((here, here + len(word), "-", False))  # "Los Angeles-based": a place, not a name
            continue
        tokens.append((here, here + len(word), word, possessive))
    return tokens


def _name_end(text: str, tokens: list[Token], i: int, lang: str) -> int:
    """The index of the last token of the name that opens at ``i``: legal suffixes, brackets after a suffix, capitalised
    words, connectors inside a name ("Bank of Boston") and each language's continuations (French institutions' lower-case
    words, German organisation tails, English words in a German name) extend it; a gap, a possessive or a suffix ends it."""
    connectors = CONNECTORS.get(lang, CONNECTORS["en"])
    last = i
    suffixed = is_legal_suffix(tokens[i][2]) and i > 0
    while not _possessive_ends(tokens, last):  # "Tamrod Inc's" ends, "Dunn's Hospitality" does not
        k = last + 1
        if k >= len(tokens) or gap_breaks(text, tokens[last][1], tokens[k][0]) and not (lang == "en" and wrapped_bracket(text, tokens[last][1], tokens[k][0])):
            break
        if lang != "en" and (text[tokens[last][1] : tokens[k][0]] in (" - ", " – ") or "\n" in text[tokens[last][1] : tokens[k][0]]):
            break  # "12:30 Uhr - Velkor legt zu": a spaced dash separates, only a bare hyphen joins; fr/de copy is not
            # wrapped, a line break ends a heading or a paragraph
        nxt = tokens[k][2]
        if lang == "en" and nxt in _EN_LOWER_VERB_SUFFIX:
            break  # "Velkor partners with Norvia", "Velkor holding talks": a verb in lower case, not the name's legal form
        if is_legal_suffix(nxt) and not (lang != "en" and nxt.islower() and len(nxt) <= 2):  # "Bitcoin se distingue": a pronoun, not "SE"
            last = k
            suffixed = True
            continue
        if suffixed and (text[tokens[last][1] : tokens[k][0]] == " (" or lang == "en" and wrapped_bracket(text, tokens[last][1], tokens[k][0])):
            last = k  # "Harlow Holdings (Canada) Pty Ltd": the gap test let the bracket through
            continue
        if suffixed and lang == "en" and nxt in _EN_AFTER_SUFFIX and text[tokens[last][1] : tokens[k][0]].isspace():
            last = k  # "Renouf Corp International", "Velkor Bottling Co Consolidated": the word after the suffix is the name's
            continue
        if (
            suffixed and lang == "de" and nxt == "&" and tokens[last][2] == "GmbH" and k + 2 < len(tokens)
            and text[tokens[last][1] : tokens[k][0]] == " " and (co := _DE_CO_KG.match(text, tokens[k + 1][0])) is not None
            and co.end() == tokens[k + 2][1]
        ):
            last = k + 2  # "Norvia GmbH & Co. KG": the limited partnership's full legal form is one name
            continue
        if suffixed and not (lang == "en" and nxt == "of" and k + 1 < len(tokens) and _SUFFIX_OF.match(text, tokens[k + 1][0])):
            if tokens[last][2] == "AB" and _INITIALS.fullmatch(nxt) and k + 1 < len(tokens) and capitalised(tokens[k + 1][2]):
                last = k + 1  # "Kalmar Telefon AB H.J. Lindqvist": the Swedish form puts the suffix first
                continue
            break
        if lang == "fr" and nxt == "The" and english_article_opens(text, tokens, k):
            last = k  # "Save The Velkor Fund": an English article inside an English name (German nouns before one describe it)
            continue
        if lang == "de" and last == i and de_adjective_opens(text, tokens, i):
            last = k  # "der Nordländischen Kommission": a name's adjective takes the noun after it, common or not
            continue
        if (
            lang == "de" and nxt[:1].isdigit() and text[tokens[last][1] : tokens[k][0]] == " " and capitalised(tokens[last][2])
            and mentions(text, text[tokens[last][0] : tokens[k][1]]) >= 2
        ):
            last = k  # "Velkor 2030", written so twice: the number belongs to the name (a year or a sum after a name recurs not)
            continue
        if lang == "de" and de_goods_after_supplier(text, tokens, i, k):
            break  # "bestellt bei Velkor Züge": the goods ordered, not the supplier's second word
        if _continues(nxt, lang) and not (lang == "de" and de_lone_plural(text, nxt)):
            last = k  # ... but "Korvex Beobachtern zufolge": a plural noun after the name ends it
            continue
        if (
            lang == "fr" and len(nxt) == 1 and nxt.isdigit() and k + 1 < len(tokens) and capitalised(tokens[k + 1][2])
            and capitalised(tokens[last][2]) and text[tokens[last][1] : tokens[k][0]] == " " == text[tokens[k][1] : tokens[k + 1][0]]
            and tokens[k + 1][2].lower() not in NOT_NAMES
        ):
            last = k  # fr: "Norvia 1 Network": a lone digit between capitalised words belongs to the name
            continue
        if lang == "fr" and nxt.lower() in FR_NAME_ADJECTIVES and tokens[last][2][1:].islower():
            last = k  # "Réserve fédérale", "Banque centrale européenne": institutions take lower-case adjectives
            continue
        if lang == "fr" and tokens[i][2].lower() in FR_INSTITUTIONS and not nxt[:1].isupper():
            tail = fr_institution_tail(text, tokens, i, last)
            if tail > last:
                last = tail  # "Caisse des dépôts", "Agence nationale de la recherche": a body's name in lower case
                continue
        if lang == "de" and (nxt.lower() in DE_ORG_TAILS or de_org_compound_tail(text, tokens, last, k)) and not de_common(tokens[last][2]):
            last = k  # "Norlander Bank", "Velmar Bank": a common noun that ends a name
            if de_english_next(text, tokens, k) or k + 2 < len(tokens) and tokens[k + 1][2] == "of" and tokens[k + 2][2][:1].isupper():
                continue  # ... unless English words go on: "Velmar Bank International", "Velmar Bank of Norland"
            break
        if lang == "de" and de_english_next(text, tokens, last) and capitalised(tokens[last][2]):
            last = k  # "Velkor Education Network": English words of the name, not German nouns
            continue
        if (
            (nxt[:1].isupper() or nxt.isdigit())
            and k + 1 < len(tokens)
            and is_legal_suffix(tokens[k + 1][2])
            and not gap_breaks(text, tokens[k][1], tokens[k + 1][0])
        ):
            last = k  # "Harrow Bank Shares Inc", "Stad Delvoort Anno 1690 N.V."
            continue
        if lang == "de" and last > i and nxt in ("und", "oder") and de_elided_compound(text, tokens, last, k):
            last = k + 1  # "Velkor Fleisch- und Wurstwaren": a hyphen left open shares the next word's tail
            continue
        if nxt.lower() in connectors and k + 1 < len(tokens):
            if _connector_joins(text, tokens, last, k, lang):
                last = k + 1
                suffixed = is_legal_suffix(tokens[k + 1][2])
                continue
        break
    return last


def _lone_capital_is_name(
    text: str, tokens: list[Token], i: int, lang: str, names: list[NameSpan]
) -> bool:
    """fr/de: is a capitalised word that stands alone a name? A capital that only the sentence start gives ("Ainsi",
    "Désireux") is none unless the word recurs or a verb follows it as its subject; in German every noun has a capital,
    so a lone word must also look like a name (not counted, not used as a common noun, not a speaker label)."""
    s, e, word, _ = tokens[i]
    if lang == "de" and (insert := _BRACKET_INSERT.match(text, e)) is not None:
        e = insert.end()  # "Velkor (Frankfurt) übernimmt": the verb after the bracketed seat shows the subject
    if (
        sentence_start(text, s) and not recurs(text, word, s) and not genitive_recurs(text, word, lang)
        and not (lang == "de" and (
            DE_DEAL_VERB_NEXT.match(text, e) or DE_SUBJECT_NEXT.match(text, e)
            or (DE_AUXILIARY_NEXT.match(text, e) and not DE_FRONTED_PARTICIPLE.fullmatch(word.lower()))
            or DE_CONDITIONAL_DEAL_NEXT.match(text, e) or DE_OWNER_CHANGE_NEXT.match(text, e)
            or de_subject_before_apposition(text, e) or DE_PREPARES_NEXT.match(text, e) or de_name_list_next(text, e)
        ))
        and not (lang == "fr" and fr_bare_subject(text, word, e))
    ):
        return False  # "Ainsi", "Désireux", "Einfluss": a capital that only the sentence start gives
    if lang != "de":
        return True
    if de_elided_noun(text, s, e):
        return False  # "Solar- und Windparks": the halves of an elided compound noun
    if not german_name_alone(text, tokens, i) and not de_coordinated_name(text, tokens, i, names):
        return False
    if i > 0 and de_counted(text, tokens, i):
        return False  # "13 Windräder", "zwölf Busse": what a number counts is a noun (a year before a name is no count)
    # "Gewinne sind rar" ... "keine Gewinne": the article uses the word as a noun; "REDAKTION:" a speaker
    return not (de_common_noun(text, word) or de_speaker_label(text, s, e))


def _de_body_of(tokens: list[Token], i: int) -> bool:
    """de: "Kreditanstalt für Wiederaufbau", "Bundesagentur für Arbeit": a body's head noun before "für" opens its name,
    it is no description to strip (what follows "für" alone names no one)."""
    return i + 1 < len(tokens) and tokens[i + 1][2] == "für" and tokens[i][2].lower().endswith(DE_BODY_HEADS_ANY_CASE)


def _de_town_adjective(tokens: list[Token], i: int, j: int) -> bool:
    """de: "des Bremer Hafenbetreibers Norvia": a short town adjective ("Bremer", "Kieler") before a role noun describes
    the company too (the long ones, "Münchner", pass as role nouns by their length)."""
    word = tokens[i][2]
    return i + 1 < j and len(word) >= 5 and word.endswith("er") and word[1:].islower() and de_role_noun(tokens[i + 1][2])


def _de_name_start(text: str, tokens: list[Token], i: int, j: int) -> tuple[int, int] | None:
    """de: where the name in tokens ``i..j`` starts, as (opening, first): a verb that opens the sentence is no part of it
    (``opening`` is the first word after it), and role nouns and determiners before the name describe it (``first`` is
    the name's own first word); None when a town's adjective and a noun only describe a company they do not name."""
    s, _, word, _ = tokens[i]
    if j > i and word.endswith("en") and word[1:].islower() and sentence_start(text, s) and not recurs(text, word, s):
        i += 1  # "Gelten Velkor-Anleihen als sicher": a verb opening the sentence, not the name's first word
    elif j > i and word in DE_OPENING_CONJUNCTIONS and sentence_start(text, s):
        i += 1  # "Nachdem Velkor ... eingestiegen war": the clause's conjunction, not the name's first word
    opening = i
    while i < j and not _de_body_of(tokens, i) and (de_role_noun(tokens[i][2]) or tokens[i][2] in DE_OPENING_DETERMINERS or _de_town_adjective(tokens, i, j)) and any(
        not is_legal_suffix(tokens[t][2]) and not DE_SUFFIX_COMPOUND.search(tokens[t][2]) for t in range(i + 1, j + 1)
    ) and not de_own_word(tokens, i, j):
        i += 1  # "Maschinenbauer Kordt AG": the description goes, the name stays
    if i == j and i > opening and all(de_place_adjective(tokens[t][2]) for t in range(opening, i)) and de_described_noun(text, tokens, i):
        return None  # "dem Hamburger Netzbetreiber": a town's adjective before a noun describes a company it does not name
    return opening, i


def _trimmed_span(
    text: str, tokens: list[Token], i: int, j: int, opening: int, lang: str, names: list[NameSpan]
) -> tuple[int, int] | None:
    """The tokens of ``i..j`` that name someone, or None: leading title words and trailing connectors go (``_trim``);
    fr/de: a person's name at the end is a name of its own, and the words before it are one too when they name
    something (appended to ``names`` here, so that they come first); de: an area or a world region names no one."""
    span = _trim(tokens, i, j, lang)
    if span is not None and lang == "en" and span[1] > span[0] + 1:
        title = next((t for t in range(span[0] + 1, span[1]) if tokens[t][2] in _EN_OFFICER_ACRONYMS), None)
        if title is not None:
            # "Velkor CEO Anna Holt": the company, then its officer, two names (the title is neither)
            names.append(NameSpan(tokens[span[0]][0], tokens[title - 1][1], text[tokens[span[0]][0] : tokens[title - 1][1]]))
            span = (title + 1, span[1])
    if span is not None and lang != "en" and span[1] > span[0]:
        person = _person_inside(tokens, *span)
        if person is not None:
            # "le patron de Velkor France Paul Marnier": the company (or nothing, for a title such as
            # "Economie" or "Lobbyist") and then the person are two names
            # (de: "des Gasversorgers Norvia Peter Brenn": a description went, so the word before the person is a name)
            if _names_before_person(tokens, span[0], person - 1, lang) or lang == "de" and span[0] > opening and person - 1 == span[0] and not de_role_noun(tokens[span[0]][2]):
                names.append(NameSpan(tokens[span[0]][0], tokens[person - 1][1], text[tokens[span[0]][0] : tokens[person - 1][1]]))
            span = (person, span[1])
    if span is not None and lang == "de" and de_area_where(text, tokens, span[0]):
        span = None  # "im Bezirk Nordheide": where something is, an area, not the authority acting for it
    if (
        span is not None and lang == "de" and world_region(text[tokens[span[0]][0] : tokens[span[1]][1]], lang)
        and not DE_IN_PLACE.search(text, max(0, tokens[span[0]][0] - 8), tokens[span[0]][0])
    ):
        span = None  # "Aufseher aus Europa": a continent or world region is no one ("in Europa" is read with the deal's place)
    return span


def _regulator_before(text: str, tokens: list[Token], a: int, b: int) -> int | None:
    """en: the last token of a regulator's name that opens the span and leaves a name after it, or None."""
    if any(is_legal_suffix(tokens[t][2]) for t in range(a + 1, b + 1)) or REGULATOR.match(text[tokens[a][0] : tokens[b][1]]):
        return None  # "Federal Reserve Bank Holdings Inc": a company; "Federal Reserve Board": one regulator
    for k in range(b - 1, a, -1):  # a regulator of two words or more: "Fed Velkor" may be a company's name
        if capitalised(tokens[k + 1][2]) and REGULATOR.match(text[tokens[a][0] : tokens[k][1]]):
            return k
    return None


def _name_span(text: str, tokens: list[Token], a: int, b: int, lang: str) -> NameSpan:
    """The NameSpan for tokens ``a..b``. fr: the span may open earlier, at "gouvernement" before "de Paul Marnier" (the
    government named after its leader is the party) or at a capital article inside a sentence ("racheté La Gazelle")."""
    if lang == "fr" and a > 0:
        a = fr_government_of(text, tokens, a, b)
    if lang == "fr" and a > 0 and fr_capital_article(text, tokens, a, b):
        a -= 1  # "racheté La Gazelle": a capital article inside a sentence opens a title's name
    return NameSpan(
        tokens[a][0],
        tokens[b][1],
        text[tokens[a][0] : tokens[b][1]],
        possessive=_possessive_ends(tokens, b),
        suffixed=any(is_legal_suffix(tokens[t][2]) for t in range(a + 1, b + 1)),
        full=de_base_form(text, tokens, a, b) if lang == "de" and b > a else None,
    )


def _possessive_ends(tokens: list[Token], k: int) -> bool:
    if not tokens[k][3]:
        return False
    if is_legal_suffix(tokens[k][2]) or k + 1 >= len(tokens):
        return True
    if country_of(tokens[k][2]) is not None:
        return True  # "Norway's Trellbanken banking group": the country is no part of the name
    nxt = tokens[k + 1][2]
    if nxt in _EN_AFTER_SUFFIX and nxt != "Consolidated":
        return False  # "Velkor's International": a name that keeps its owner's possessive
    return not (capitalised(nxt) and (is_legal_suffix(nxt) or suffix_ahead(tokens, k + 1, 3)))


# en: the words a name goes on with after its legal suffix or a possessive
_EN_AFTER_SUFFIX = frozenset({"International", "Consolidated", "Worldwide"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_SUFFIX_OF = re.compile(r"America\b(?!\s*,)|(?:[A-Z][\w.-]*\s+){1,3}(?:Inc|Corp|Co|Ltd|Plc|Bancorp)\b")
_MONTH_FIRM = frozenset("january february march april may june july august september october november december".split())
_DATE_PREP = re.compile(r"\b(?:in|on|since|until|till|by|last|next|early|late|mid|of|from|to|through|during|before|after)\s+$", re.I)

_PLACE_AFTER_OF = re.compile(r"(?:[A-Z][\w.-]*\s){0,3}?[A-Z][\w.-]*,\s+[A-Z]")


def _names_before_person(tokens: list[Token], a: int, b: int, lang: str) -> bool:
    """Do the words before a person's name name something ("Velkor France", "AFP"), or are they a title
    ("Economie", "Lobbyist", "Velkor-Chef") or a nationality ("le Français Paul Marnier")?"""
    last = tokens[b][2]
    if lang == "de" and (de_role_noun(last) or "-" in last and last.rsplit("-", 1)[-1][1:].islower()):
        return False
    if b > a:
        return True
    if brand_like(last) and not (lang == "de" and "-" in last):
        return True
    if lang == "de" and de_own_name_before_person(tokens, b):
        return True
    return country_of(last) is not None and not last.lower().endswith(("ais", "ois", "and", "ien", "ain", "er"))


def _person_inside(tokens: list[Token], a: int, b: int) -> int | None:
    """fr/de: the index of a given name that starts a person's name inside the span, after other words."""
    if any(is_legal_suffix(tokens[t][2]) for t in range(a + 1, b + 1)):
        return None  # "Velkor Martin Holdings SA": a company's name
    for t in range(a + 1, b):
        if (
            tokens[t][2].lower() in GIVEN_NAMES
            and tokens[t - 1][2].lower() not in GIVEN_NAMES
            and tokens[t + 1][2][:1].isupper()
            and not tokens[t - 1][2].islower()
        ):
            return t
    return None


def _continues(word: str, lang: str) -> bool:
    if not capitalised(word):
        return False
    low = word.lower()
    if low in NOT_NAMES and low not in ("de", "la", "le", "der", "des"):
        return False
    if lang == "de" and de_common(word):
        return False
    return True


_FR_CURRENCY_MARKS = frozenset({"US", "CA", "CAN", "AU"})
_FR_MONEY_SCALES = frozenset({"million", "millions", "milliard", "milliards", "md", "mds", "mrd", "mrds"})


def _starts_name(text: str, tokens: list[Token], i: int, lang: str) -> bool:
    word = tokens[i][2]
    low = word.lower()
    if (
        lang == "en"
        and low in _MONTH_FIRM
        and i + 1 < len(tokens)
        and tokens[i + 1][2][:1].isupper()
        and suffix_ahead(tokens, i + 1, 3)
        and not _DATE_PREP.search(text, max(0, tokens[i][0] - 12), tokens[i][0])
    ):
        return True  # "June Hardware Stores Co": a month word that opens a company name
    if lang == "fr" and word == "The" and english_article_opens(text, tokens, i):
        return True  # fr: "The Velkor Times", an English title, keeps its article
    if lang == "fr" and low in NOT_NAMES and len(word) >= 3 and word.isupper() and low not in FR_NOT_NAMES:
        return True  # fr: "la BEI", "l'AUF": an acronym spelled like a German or English function word is a name
    if not capitalised(word) or low in NOT_NAMES or is_legal_suffix(word):
        # "amber Poultry Co Inc": a lower-case first word still starts a suffixed name
        return (
            lang == "en"
            and word.islower()
            and low not in NOT_NAMES
            and low not in CONNECTORS["en"]
            and i + 1 < len(tokens)
            and capitalised(tokens[i + 1][2])
            and sentence_start(text, tokens[i][0])
            and suffix_ahead(tokens, i + 1)
        )
    if word[:1].isdigit() and not any(c.isalpha() for c in word[1:2]):
        return False
    if lang == "fr" and fr_holiday(text, tokens, i):
        return False  # fr: "une offre pour Noël", "avant Pâques": a holiday says when, it is no party
    if lang == "fr" and word in _FR_CURRENCY_MARKS and i > 0 and tokens[i - 1][2].lower() in _FR_MONEY_SCALES:
        return False  # fr: "16 milliards US", "3 millions CA": a currency mark after a sum, no party
    if lang == "en" and low in EN_OPENERS and sentence_start(text, tokens[i][0]):
        return False
    if lang == "de" and de_adjective_opens(text, tokens, i):
        return True  # "der Deutschen Velkorbahn": "-schen" looks like a noun ending, the adjective opens a name
    if lang == "de" and de_common(word) and not de_feminine_ending_brand(text, word) and not suffix_in_name_ahead(text, tokens, i + 1) and not (
        i + 2 < len(tokens) and tokens[i + 1][2] == "of" and capitalised(tokens[i + 2][2])
    ) and not (low == "bank" and i + 1 < len(tokens) and text[tokens[i][1] : tokens[i + 1][0]] == " " and country_of(tokens[i + 1][2]) is not None):
        return False  # ... but "Bank of Norland" and "Bank Norlandia" (a bank named after its country) start a name
    if lang == "de" and de_common(word) and i > 0 and tokens[i - 1][2][-1:].isdigit():
        return False  # "2,5 Millionen Aktien der Foo AG": a counted noun, not a name
    return True


def _connector_joins(text: str, tokens: list[Token], last: int, k: int, lang: str) -> bool:
    """Does the connector at ``k`` sit inside one name ("Bank of Boston") rather than between two?"""
    after = tokens[k + 1][2]
    if gap_breaks(text, tokens[last][1], tokens[k][0]) or gap_breaks(text, tokens[k][1], tokens[k + 1][0]):
        return False
    if lang != "en" and "\n" in text[tokens[last][1] : tokens[k + 1][0]]:
        return False  # fr/de: a line break ends a heading or a paragraph
    if not capitalised(after) or after.lower() in NOT_NAMES:
        return False
    if tokens[k][2] == "für":
        # "Institut für Velkorforschung", "Verein für Norvia-Beratung": a body's name; "Kosten für Gas", "Velkor für Aufsehen" are
        # none; "Hilfspaket für Lorvanien" joins for its description to go later, leaving the name
        head = tokens[last][2]
        return lang == "de" and (head.lower().endswith(DE_BODY_HEADS_ANY_CASE) or de_role_noun(head) and not de_common(after))
    if lang == "de" and de_common(after) and not suffix_ahead(tokens, k + 1, 3):
        return False
    connector = tokens[k][2].lower()
    if lang == "fr" and connector in ("l'", "l’") and text[tokens[k][0]] == "L":
        return False  # "... à Velkor L'État, actionnaire": a capital "L'" opens a sentence run into a heading
    if connector in ("of", "de", "du", "des", "d'", "d’", "von", "van"):
        # "Bank of Boston", but "Tidewell Bancorp of Portland" and "Verlac of France" end at "of"
        if lang == "en" and connector == "of" and is_legal_suffix(tokens[last][2]) and _SUFFIX_OF.match(text, tokens[k + 1][0]):
            return True  # "Harwood Corp of America", "Valley Bancorp of North Dakota Inc": the place is part of the name
        if is_legal_suffix(tokens[last][2]) or country_of(after) and not (
            (lang != "en" or tokens[last][2] == "Bank") and connector == "of" and tokens[last][2].lower() in ORG_HEADS
        ):
            return False  # ... but "Bank of Norland" in a German text is one name
        if lang == "de" and connector in ("des", "von", "der"):
            # "Einspruch des Anbieters" is no name, "Bank von Foo AG" is; "die Aktionäre von Norvia Systems", "Partner von
            # Foo AG": people and roles of a company are no part of its name
            head = tokens[last][2]
            return suffix_ahead(tokens, k + 1, 3) and not (de_role_noun(head) and head.lower() not in ORG_HEADS) and not head.lower().endswith(("äre", "ären", "eure"))
        if lang == "fr" and connector in ("de", "d'", "d’") and brand_like(tokens[last][2]):
            return False  # "Kalvor de Rennes", "la régie Transvelle de Lyon": what follows is where, not who
        if connector in ("de", "du", "des"):
            return True
        if connector == "of" and _PLACE_AFTER_OF.match(text, tokens[k + 1][0]):
            return False  # "... Association of Pellston, Oklahoma": a place
        if lang == "en" and connector == "of" and tokens[last][2] in ("Division", "Unit", "Subsidiary") and suffix_ahead(tokens, k + 1, 4):
            return False  # "Fluid Controls Division of Foo Corp": the division, then its owner
        if lang == "en" and connector == "of" and tokens[last][2] in _EN_OFFICES:
            return True  # "Department of Transportation", "Ministry of Finance": one body
        return tokens[last][2].lower() in ORG_HEADS or suffix_ahead(tokens, k + 1, 3) or lang != "en"
    if connector in ("and", "&", "et", "und", "y", "e"):
        # "Hartley and Bond Inc" is one name, "Ravel Energy Inc and Brisco Corp" two
        if lang != "en":
            # fr/de: a suffix ahead counts only at the end of a run of capitals ("Velkor et Norvia se ...": the pronoun
            # "se" is no "SE"), and a name that already ends in an organisation word is complete ("Velkor Capital und
            # Norvia Bank": two names, though "Securities and Exchange" stays one)
            if is_legal_suffix(tokens[last][2]) or connector in ("et", "und") and tokens[last][2].lower() in ORG_HEADS:
                return False
            if connector != "&" and not suffix_in_name_ahead(text, tokens, k + 1, 3):
                return False
            if lang == "fr" and connector == "et" and _fr_second_org_name(tokens, k + 1):
                return False  # "Bpifrance et Orvane Capital injectent": a list of two, the second a whole name of its own
        elif is_legal_suffix(tokens[last][2]) or connector != "&" and not suffix_ahead(tokens, k + 1, 3):
            return False
        elif connector == "and" and en_second_company(text, tokens, last, k):
            return False
        if country_of(tokens[last][2]) or country_of(after):
            return False
        return True
    if connector in ("der", "la", "le", "l'", "l’"):
        return lang in ("de", "fr") and connector != "der"
    return False


def _fr_second_org_name(tokens: list[Token], i: int) -> bool:
    """fr: the capitals after "et" make a name of their own that ends in an organisation word ("Orvane Capital",
    "Brelix Partners"), no legal suffix closing one joint name ("Velkor et Norvia SA" stays one)."""
    for k in range(i + 1, min(i + 3, len(tokens))):
        word = tokens[k][2]
        if is_legal_suffix(word):
            return False
        if word.lower() in ORG_HEADS:
            return True
    return False


# de: "& Co. KG", "& Co KGaA", "& Co. OHG" after "GmbH": the rest of a limited partnership's legal form
_DE_CO_KG = re.compile(r"Co\.?\s+(?:KGaA|KG|OHG)\b")

# en: the public bodies named "X of Y" (a country after them is theirs: "Bank of Norland" reads the same way)
_EN_OFFICES = frozenset(
    {"Department", "Ministry", "Bureau", "Office", "Secretary", "Minister", "Court", "Board", "State", "Commonwealth", "City", "County",
     "Province", "Government", "Republic", "Kingdom"}
)  # "State of Minnesota", "City of Velmar": a government that may buy


_FR_CIVILITIES = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr"})


def _trim(tokens: list[Token], i: int, j: int, lang: str) -> tuple[int, int] | None:
    """Drop leading title words and trailing connectors; reject lone noise."""
    while j > i and tokens[j][2].lower() in CONNECTORS.get(lang, CONNECTORS["en"]):
        j -= 1
    while lang == "de" and i < j and tokens[i][2] in CONNECTORS["de"]:
        i += 1  # "Hilfspaket für Griechenland" less its description: "für" does not start a name
    while lang == "en" and i < j and EN_MODIFIER_WORD.fullmatch(tokens[i][2]):  # "Privately-held Korlim Co": a description
        i += 1
    while lang == "fr" and i <= j and tokens[i][2] in _FR_CIVILITIES:
        i += 1  # "M. Marnier", "Me Anne Berk": the civility is no part of the name (and "M." alone is none)
    if i > j:
        return None
    words = [tokens[t][2] for t in range(i, j + 1)]
    if len(words) == 1:
        word = words[0]
        if len(word) < 2 or word.isdigit():
            return None
    return i, j
