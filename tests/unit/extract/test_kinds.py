"""Matching keys and kinds of party (``pipeline.extract.kinds``)."""

from __future__ import annotations

from pipeline.extract.kinds import deal_key, full_name, normalize, party_kind
from pipeline.models import PartyKind


def test_normalize_strips_suffix_and_maps_countries() -> None:
    assert normalize("Tavor  Corp") == "tavor"
    assert normalize("Korvex AG") == "korvex"
    assert normalize("Allemagne") == normalize("Germany") == "country:de"


def test_kinds() -> None:
    assert party_kind("Allemagne") is PartyKind.GOVERNMENT
    assert party_kind("entreprises publiques") is PartyKind.STATE_OWNED
    assert party_kind("Staatskonzern") is PartyKind.STATE_OWNED
    assert party_kind("Norland Staatsfonds") is PartyKind.FUND
    assert party_kind("Nordic Growth Fund") is PartyKind.FUND
    assert party_kind("Jane Holloway", before="the investor ") is PartyKind.PERSON
    assert party_kind("Tavor Corp") is PartyKind.COMPANY


def test_a_title_with_its_full_stop_or_in_the_accusative_marks_a_person() -> None:
    assert party_kind("Paul Dastrel", "was bought by Mr. ") is PartyKind.PERSON
    assert party_kind("Paul Dastrel", "wurde von Herrn ") is PartyKind.PERSON
    assert party_kind("Dastrel Holding", "was bought by ") is PartyKind.COMPANY


def test_a_government_keys_a_deal_by_its_country() -> None:
    france = deal_key("France", PartyKind.GOVERNMENT)
    assert france == "country:fr"
    assert deal_key("Etat français", PartyKind.GOVERNMENT) == france
    assert deal_key("französische Regierung", PartyKind.GOVERNMENT) == france
    # a bare "the government" is the deal's country's; without a country it stays a name
    assert deal_key("le gouvernement", PartyKind.GOVERNMENT, deal_country="FR") == france
    assert deal_key("Bundesregierung", PartyKind.GOVERNMENT) == "bundesregierung"
    # a government named after its country word only when the word is the country's: a company keeps its name
    assert deal_key("Norvia France", PartyKind.COMPANY) == "norvia france"
    assert deal_key("Norland Land Holding", PartyKind.GOVERNMENT, deal_country="FR") == "norland land holding"
    assert deal_key("gouvernement britannique", PartyKind.GOVERNMENT) == "country:gb"
    eu = {deal_key(n, PartyKind.GOVERNMENT) for n in ("Union européenne", "l'UE", "Europäische Union", "EU-Kommission", "the European Union")}
    assert eu == {"country:eu"}


def test_a_surname_alone_keys_a_deal_by_the_full_name_the_article_gives() -> None:
    text = "Die Gründerin Anna Velmar hat Norvia gekauft. Velmar zahlte 300 Millionen Euro."
    assert full_name("Velmar", text, "de") == "Anna Velmar"
    assert deal_key("Velmar", PartyKind.COMPANY, text, "de") == deal_key("Anna Velmar", PartyKind.PERSON) == "anna velmar"
    assert full_name("Velmar", "Velkor-Chef Jonas Velmar kauft Norvia. Velmar zahlt bar.", "de") == "Jonas Velmar"
    assert full_name("Velmar", "Le financier Pierre Velmar rachète Norvia.", "fr") == "Pierre Velmar"


def test_no_full_name_when_the_article_gives_none_or_two() -> None:
    assert full_name("Velmar", "Velmar kauft Norvia. Investor Velmar zahlt bar.", "de") is None  # a title, no given name
    assert full_name("Velmar", "Laut Velmar ist der Kauf von Norvia perfekt.", "de") is None  # a sentence opener
    assert full_name("Velmar", "Der Unternehmer Velmar kauft Norvia.", "de") is None
    two = "Anna Velmar und ihr Bruder Jonas Velmar kaufen Norvia. Velmar zahlt bar."
    assert full_name("Velmar", two, "de") is None and deal_key("Velmar", PartyKind.COMPANY, two, "de") == "velmar"
    assert full_name("Norvia Holding", "Anna Norvia Holding", "en") is None  # a name of two words is no surname
    assert full_name("IBX", "Big IBX said ...", "en") is None  # an acronym neither
    # a family's company: the surname names the firm, not its founder
    assert full_name("Velmar", "Le groupe Velmar rachète Norvia. Pierre Velmar a signé.", "fr") is None
    assert full_name("Velmar", "Velmar Telecom kauft Norvia. Jonas Velmar unterschrieb.", "de") is None
    assert full_name("Velmar", "Der Velmar-Deal: Jonas Velmar kauft Norvia.", "de") == "Jonas Velmar"
    # a word the article also uses alone is a common word, no given name
    assert full_name("Velmar", "The joint venture Joint Velmar ...", "en") is None


def test_en_firms_named_like_governments_are_companies() -> None:
    assert party_kind("Velmar Federal Savings and Loan Association") is PartyKind.COMPANY
    assert party_kind("Republic Velkor Corp") is PartyKind.COMPANY
    assert party_kind("Velkor County Cablevision Associates Ltd") is PartyKind.COMPANY
    assert party_kind("Norvia Land Co Ltd") is PartyKind.COMPANY
    # ... but the agencies named like firms, and governments, stay governments
    assert party_kind("Federal Savings and Loan Insurance Corp") is PartyKind.GOVERNMENT
    assert party_kind("State of Minnesota") is PartyKind.GOVERNMENT
    assert party_kind("Norland Government") is PartyKind.GOVERNMENT
