from __future__ import annotations

from pipeline.extract.parties import describe, find_names, normalize, party_kind
from pipeline.models import PartyKind


def _names(text: str, lang: str = "en") -> list[str]:
    spans = find_names(text, lang)
    for span in spans:
        assert text[span.start : span.end] == span.text
    return [" ".join(s.text.split()) for s in spans]


def test_names_end_at_legal_suffix_and_split_at_and() -> None:
    text = "Orchard Valley Inc and Brisk\nMotor Corp said Orchard would buy Brisk."
    assert _names(text)[:2] == ["Orchard Valley Inc", "Brisk Motor Corp"]


def test_connectors_inside_a_name() -> None:
    assert "Kessel and Marsh Inc" in _names("Kessel and Marsh Inc said it sold a plant.")
    assert "Compagnie des Tissus Vallon" in _names("It sold the unit to Compagnie des Tissus Vallon last week.")


def test_possessive_closes_a_name_but_not_a_surname() -> None:
    names = _names("Tavor Corp said it bought Lenning Inc's Brookside Tools Co for cash.")
    assert names == ["Tavor Corp", "Lenning Inc", "Brookside Tools Co"]
    assert find_names("Lenning Inc's unit", "en")[0].possessive
    assert _names("Dunmore's Bakeries Inc said it sold a mill.")[0] == "Dunmore's Bakeries Inc"


def test_place_before_based_is_not_part_of_the_name() -> None:
    assert _names("It agreed to buy the Salt Lake-based Ember Foods Inc.") == ["Ember Foods Inc"]


def test_german_nouns_are_not_names() -> None:
    names = _names("Der Versicherer Korvex AG musste einen Gewinneinbruch melden. Lumen hat die Firma Orvia übernommen.", "de")
    assert "Korvex AG" in " ".join(names)
    assert "Gewinneinbruch" not in names
    assert "Orvia" in names


def test_german_plural_nouns_and_particles_are_not_names() -> None:
    # a common noun opens a name only when capitals run on to a suffix; the particle "ab" is no Swedish AB
    assert _names("Die Notenbank nahm Velmo für etliche Millionen alte Kredite ab, sagt Orvia.", "de") == ["Velmo", "Orvia"]
    # "Beobachtern zufolge", "in Hochrisiko-Anlagen": plural nouns without article, written once
    names = _names("Nun befindet sich Korvex Beobachtern zufolge in Gesprächen, und Korvex investierte in Hochrisiko-Anlagen.", "de")
    assert names == ["Korvex", "Korvex"]
    # a long "-e" noun written once is no name either, but a short one may be
    assert _names("Nun wurden Firmenanteile an Korvex abgegeben, und Korvex zahlt.", "de") == ["Korvex", "Korvex"]
    # "Western" is part of the name, not a German noun in "-ern" describing it
    assert _names("Der Hersteller Western Talvan kauft Orvia.", "de")[0] == "Western Talvan"


def test_german_sentence_opening_verb_is_not_part_of_a_name() -> None:
    names = _names("Gelten Velkor-Anleihen als sicher, so gilt das nicht für Orvia.", "de")
    assert names[0] == "Velkor-Anleihen"


def test_german_role_compounds_are_not_names() -> None:
    assert _names("Velmo-Aktionär Korvex will die Sparte kaufen.", "de") == ["Korvex"]
    assert _names("Der Medien-Milliardär hatte Orvia gekauft.", "de") == ["Orvia"]
    assert "Orvia-Übernahme" not in _names("Korvex finanziert seine Orvia-Übernahme mit Krediten.", "de")


def test_french_sentence_openers_are_not_names() -> None:
    names = _names("Ainsi, le groupe Lumen a racheté Orvia. Lumen est basé à Lyon.", "fr")
    assert "Ainsi" not in names
    assert "Orvia" in names


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


def test_target_description_from_apposition() -> None:
    text = "Tavor Corp agreed to buy Pine Ridge Bancorp, a Vermont-based bank, for cash."
    span = next(s for s in find_names(text, "en") if s.text == "Pine Ridge Bancorp")
    assert describe(text, span, "en") == ("bank", "Vermont")


def test_target_location_after_of() -> None:
    text = "Tavor Corp acquired Kettle Works Ltd of Halifax, Nova Scotia, last week."
    span = next(s for s in find_names(text, "en") if s.text == "Kettle Works Ltd")
    assert describe(text, span, "en")[1] == "Halifax, Nova Scotia"


def test_place_keeps_abbreviation_inside_a_sentence_but_not_its_final_stop() -> None:
    from pipeline.extract.parties import clean_place

    assert clean_place("Dover, Del.", ", will stay") == "Dover, Del."
    assert clean_place("Dover, Del.", " The") == "Dover, Del"
    assert clean_place("Lyonsdale. Terms") == "Lyonsdale"
    assert clean_place("W. Hampton. Terms") == "W. Hampton"


def test_place_before_based_is_the_target_location() -> None:
    text = "Tavor Corp agreed to buy the Salt Lake-based Ember Foods Inc for cash."
    span = next(s for s in find_names(text, "en") if s.text == "Ember Foods Inc")
    assert describe(text, span, "en")[1] == "Salt Lake"


def test_a_bracket_in_a_name_across_a_line_break() -> None:
    text = "Harlow Corp said it sold its stake to Benton Holdings\n(Canada) Ltd for cash."
    assert "Benton Holdings\n(Canada) Ltd" in [n.text for n in find_names(text, "en")]
    text = "Trell Petroleum\n(U.K.) Ltd said it sold two blocks."
    assert "Trell Petroleum\n(U.K.) Ltd" in [n.text for n in find_names(text, "en")]


def test_german_compound_common_nouns_are_not_brands() -> None:
    names = _names("Man lädt die Listen in das neue Online-Kundenportal von Velkor.", "de")
    assert "Online-Kundenportal" not in names
    # ... but "die Velkor-Gruppe" names a company, and "eine US-Firma" stays an unnamed party
    assert _names("Der Konzern kauft die Velkor-Gruppe.", "de") == ["Velkor-Gruppe"]
