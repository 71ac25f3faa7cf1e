"""Article-level names: which names found are no party (a news source, a speaker closing a quote),
what a name stands for (an issuer's shares, a nationality before it, an acronym, an alias, a
government named by a common noun), and which company the article is about or a later
"Das Geldinstitut", "Sie" or "Elle" takes up."""

from __future__ import annotations

import pytest

from pipeline.extract.article_names import (
    article_company,
    de_antecedent,
    de_most_mentioned,
    de_previous_subject,
    fr_acronyms,
    fr_pronoun_lead,
    inverted_speaker,
    issuer,
    most_mentioned,
    news_source,
    with_governments,
    with_groups,
    without_aliases,
    without_nationality,
)
from pipeline.extract.names import NameSpan, find_names
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import find_triggers


def _span(text: str, name: str) -> NameSpan:
    """A plain name span at the first place ``name`` is written."""
    at = text.index(name)
    return NameSpan(at, at + len(name), name)


def _texts(names: list[NameSpan]) -> list[str]:
    return [n.text for n in names]


def _found(text: str, lang: str, name: str) -> NameSpan:
    """The span the name finder gives for ``name``."""
    return next(n for n in find_names(text, lang) if n.text == name)


# --- news sources and speakers are no parties ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Selon le quotidien Velkor, le groupe Norvia a racheté Dastrel.", "fr"),
        ("Norvia a racheté Dastrel, a déclaré au Velkor son patron.", "fr"),
        ("Le Velkor révèle que Norvia a racheté Dastrel.", "fr"),  # a paper that reveals
        ("Der Zeitung Velkor zufolge übernimmt Norvia den Hersteller Dastrel.", "de"),
        ("Laut dem Wirtschaftsmagazin Velkor kauft Norvia die Dastrel.", "de"),
        ("Norvia hat Dastrel gekauft, berichtet die Zeitung Velkor.", "de"),  # after a reporting verb
    ],
)
def test_news_source(text: str, lang: str) -> None:
    assert news_source(text, _found(text, lang, "Velkor"), lang)
    # the companies of the deal are no source
    assert not news_source(text, _found(text, lang, "Dastrel"), lang)


def test_a_paper_bought_is_no_news_source() -> None:
    text = "Norvia kauft die Zeitung Velkor."
    assert not news_source(text, _found(text, "de", "Velkor"), "de")


def test_suffixed_name_is_never_a_news_source() -> None:
    # a legal suffix makes the name an organisation that can be a party, whatever precedes it
    text = "Selon le quotidien Velkor SA, Norvia a racheté Dastrel."
    name = NameSpan(text.index("Velkor"), text.index("Velkor") + len("Velkor SA"), "Velkor SA", suffixed=True)
    assert not news_source(text, name, "fr")


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("« C'est une belle affaire », a ajouté Karl Velkor.", "fr", True),
        ("Norvia kauft Dastrel, sagte Velkor.", "de", True),
        ("Norvia kauft Dastrel, wie Velkor betonte.", "de", True),
        ("Norvia kauft Dastrel, sagte Analyst Velkor.", "de", True),  # a bare title before the speaker
        # after "que" the name is the subject of what is reported, no speaker
        ("Il a expliqué que Velkor allait racheter Norvia.", "fr", False),
        ("Norvia a racheté Velkor.", "fr", False),
    ],
)
def test_inverted_speaker(text: str, lang: str, speaker: bool) -> None:
    name = "Karl Velkor" if "Karl" in text else "Velkor"
    assert inverted_speaker(text, _span(text, name), lang) is speaker


# --- what a name stands for -----------------------------------------------------------------


def test_shares_name_their_issuer() -> None:
    text = "Velkor kauft Norvia-Aktien."
    shares = _span(text, "Norvia-Aktien")
    assert issuer(shares) == NameSpan(shares.start, shares.start + len("Norvia"), "Norvia")
    plain = _span(text, "Velkor")
    assert issuer(plain) is plain


def test_separable_particle_is_no_swedish_suffix() -> None:
    # "lehnte Nick Harlan ab": the verb's particle, not "AB"
    text = "Das lehnte Nick Harlan ab."
    read = NameSpan(text.index("Nick"), text.index("ab.") + 2, "Nick Harlan ab", suffixed=True)
    assert issuer(read) == NameSpan(read.start, read.start + len("Nick Harlan"), "Nick Harlan")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Le rachat du Danois Astrel par Velkor.", "Danois Astrel", "Astrel"),
        ("Le Danois Astrel a vendu Norvia.", "Danois Astrel", "Astrel"),
        # a word after the name is no nationality before it
        ("Norvia Danois a vendu Velkor.", "Norvia Danois", "Norvia Danois"),
    ],
)
def test_without_nationality(text: str, name: str, expected: str) -> None:
    cut = without_nationality(_span(text, name))
    assert cut.text == expected
    assert text[cut.start : cut.start + len(cut.text)] == expected


def test_french_acronym_is_the_full_name() -> None:
    text = "Le Comité olympique de Norland (CON) a signé avec Velkor. Le CON paiera."
    names = find_names(text, "fr")
    kept = fr_acronyms(text, names)
    # the acronym in brackets is dropped, the later one stands for the full name
    assert [(n.text, n.full) for n in kept] == [("Comité olympique de Norland", None), ("Velkor", None), ("CON", "Comité olympique de Norland")]
    assert kept[-1].start == text.rindex("CON")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velkor kauft die Velmar Holding (VH) von Norvia.", ["Velkor", "Velmar Holding", "Norvia"]),
        ("Velkor kauft Norvia, auch bekannt als Norvo.", ["Velkor", "Norvia"]),
        ("Velkor kauft Norvia und Dastrel.", ["Velkor", "Norvia", "Dastrel"]),  # two parties, no alias
    ],
)
def test_german_alias_is_no_second_party(text: str, expected: list[str]) -> None:
    assert _texts(without_aliases(text, find_names(text, "de"))) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Die Bundesregierung steigt bei Velkor ein.", "de", ["Bundesregierung", "Velkor"]),
        ("Die Stadt Brondelheim kauft Velkor.", "de", ["Stadt Brondelheim", "Velkor"]),  # replaces the bare town name
        ("Le gouvernement allemand a racheté Velkor.", "fr", ["gouvernement allemand", "Velkor"]),
        ("Velkor a racheté Norvia.", "fr", ["Velkor", "Norvia"]),
    ],
)
def test_governments_named_by_a_common_noun(text: str, lang: str, expected: list[str]) -> None:
    assert _texts(with_governments(text, lang, [(0, len(text))], find_names(text, lang))) == expected


def test_german_unnamed_group_of_buyers() -> None:
    text = "Velkor wird von einem Konsortium deutscher Banken übernommen."
    assert _texts(with_groups(text, [(0, len(text))], find_names(text, "de"))) == ["Velkor", "Konsortium deutscher Banken"]


# --- the company the article is about ---------------------------------------------------------


def test_most_mentioned_is_the_most_repeated_name() -> None:
    text = "Dastrel a vendu Norvia à Velkor. Velkor paiera 3 millions. Velkor gardera les salariés."
    found = most_mentioned(text, find_names(text, "fr"))
    assert found is not None and (found.text, found.start) == ("Velkor", text.index("Velkor"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dastrel a vendu Norvia à Velkor.", None),  # each named once: none stands out
        ("Norvia et Velkor. Velkor et Norvia.", "Norvia"),  # a tie goes to the first seen
        ("La France a vendu Norvia. La France a vendu Velkor. La France aussi.", None),  # a place is no company
    ],
)
def test_most_mentioned_needs_a_repeated_company(text: str, expected: str | None) -> None:
    found = most_mentioned(text, find_names(text, "fr"))
    assert (found.text if found else None) == expected


def test_german_most_mentioned_skips_common_nouns() -> None:
    # "Gutachten" is written with a noun's article ("im Gutachten", "das Gutachten"): no company, however often named
    text = (
        "Gutachten belastet Velkor. Im Gutachten steht, dass Velkor die Norvia GmbH zu teuer kaufte. "
        "Das Gutachten liegt vor. Velkor schweigt dazu."
    )
    found = de_most_mentioned(text, [NameSpan(0, 9, "Gutachten"), *find_names(text, "de")])
    assert found is not None and found.text == "Velkor"
    # a long compound at a heading's start, written with its article later, is no company either
    text = "Schuhfabrikant meldet Verlust. Der Schuhfabrikant aus Norvia prüft einen Verkauf."
    assert de_most_mentioned(text, [NameSpan(0, 14, "Schuhfabrikant")]) is None
    # ... while a long one-word name that stands bare mid-sentence is one ("der Plan von Velkorsmann")
    text = "Velkorsmann kauft Norvia. Der Plan von Velkorsmann überrascht. Velkorsmann zahlt bar."
    found = de_most_mentioned(text, find_names(text, "de"))
    assert found is not None and found.text == "Velkorsmann"


def test_german_most_mentioned_counts_whole_words() -> None:
    # "Pro" inside "Prozent" and "Projekt" is no mention; "Velkor-Chef" and "Velkors" are
    text = "Das Modell Pro kam gut an. Velkor übernimmt Norvia, der Kurs steigt um ein Prozent. Das Projekt läuft, der Velkor-Chef lobt Velkors Plan."
    names = [NameSpan(text.index("Pro"), text.index("Pro") + 3, "Pro"), *find_names(text, "de")]
    found = de_most_mentioned(text, names)
    assert found is not None and found.text == "Velkor"


def test_article_company_counts_the_title() -> None:
    text = "Norvia a racheté Dastrel. Norvia paiera 3 millions."
    names = find_names(text, "fr")
    found = article_company(text, "fr", names)
    assert found is not None and found.text == "Norvia"
    # a name of the title counts as two more mentions: Dastrel (1 + 2) beats Norvia (2)
    titled = article_company(text, "fr", names, "Dastrel change de mains")
    assert titled is not None and titled.text == "Dastrel"
    assert article_company("Norvia a racheté Dastrel.", "fr", find_names("Norvia a racheté Dastrel.", "fr")) is None


# --- who a later description or pronoun stands for ---------------------------------------------


def _de_context(text: str) -> list[NameSpan]:
    """The article's names as ``extract`` reads them for German antecedents."""
    return [issuer(n) for n in with_governments(text, "de", [(0, len(text))], find_names(text, "de"))]


@pytest.mark.parametrize(
    "opening",
    ["Das Geldinstitut verkauft seine Sparte an Velkor.", "Sie verkauft ihre Sparte an Velkor."],
)
def test_german_description_takes_up_the_previous_subject(opening: str) -> None:
    text = "Die Aktien der Norvia Bank gaben nach. " + opening
    sentences = split_sentences(text)
    found = de_previous_subject(text, _de_context(text), sentences, sentences[-1])
    assert found is not None and found.text == "Norvia Bank"
    antecedent = de_antecedent(text, _de_context(text), sentences, sentences[-1])
    assert antecedent is not None and antecedent.text == "Norvia Bank"


def test_german_named_subject_needs_no_antecedent() -> None:
    text = "Die Aktien der Norvia Bank gaben nach. Dastrel verkauft seine Sparte an Velkor."
    sentences = split_sentences(text)
    assert de_previous_subject(text, _de_context(text), sentences, sentences[-1]) is None


def test_german_first_sentence_has_no_antecedent() -> None:
    text = "Das Geldinstitut verkauft seine Sparte an Velkor."
    sentences = split_sentences(text)
    assert de_previous_subject(text, _de_context(text), sentences, sentences[0]) is None
    assert de_antecedent(text, _de_context(text), sentences, sentences[0]) is None


_LEAD = NameSpan(0, 0, "lead")  # the article's company, as extract would pass it


def _pronoun_lead(text: str, carried: tuple[NameSpan, int] | None = None) -> tuple[NameSpan | None, tuple[NameSpan, int] | None]:
    sentences = split_sentences(text)
    trigger = find_triggers(text, "fr")[-1]
    sentence = next(s for s in sentences if s[0] <= trigger.start < s[1])
    return fr_pronoun_lead(text, sentences, sentence, trigger, carried, _LEAD)


def test_french_pronoun_takes_up_the_subject_before() -> None:
    text = "Norvia a commandé 40 avions à Velkor. Elle a aussi commandé 12 hélicoptères à Dastrel."
    lead, carried = _pronoun_lead(text)
    assert lead is not None and (lead.text, lead.start) == ("Norvia", 0)
    assert carried == (lead, 1)


def test_french_pronoun_goes_on_with_the_carried_party() -> None:
    text = "La Lorvanie veut moderniser sa flotte. Elle a signé un accord avec Velkor."
    carrier = NameSpan(0, 0, "Dastrel")
    lead, carried = _pronoun_lead(text, (carrier, 0))
    assert lead is carrier and carried == (carrier, 1)
    # nothing carried: the subject of the sentence before
    lead, _ = _pronoun_lead(text)
    assert lead is not None and lead.text == "Lorvanie"


@pytest.mark.parametrize(
    "text",
    [
        "Velkor a racheté Norvia. Il est possible que Dastrel rachète Quarnet.",  # an impersonal "il"
        "Norvia a commandé 40 avions à Velkor. Dastrel a commandé 12 hélicoptères.",  # a named subject
    ],
)
def test_french_no_pronoun_keeps_the_lead(text: str) -> None:
    carrier = (NameSpan(0, 6, text[:6]), 0)
    assert _pronoun_lead(text, carrier) == (_LEAD, carrier)
