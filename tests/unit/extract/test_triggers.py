"""Trigger phrases: which words say a deal is reported, of which type and voice, and which
readings are turned away (share prices, volumes, retail sales, duties taken on, treaties)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.triggers import TRIGGER_LANGS, Trigger, find_triggers
from pipeline.models import DealType
from tests.unit.extract.support import records_of

T = DealType


def _read(sentence: str, lang: str) -> list[tuple[str, int, DealType, str, bool]]:
    """Each trigger as (its text, start, type, voice, noun)."""
    return [(sentence[t.start : t.end], t.start, t.deal_type, t.voice, t.noun) for t in find_triggers(sentence, lang)]


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # English: the verb, the passive with its agent, the noun before "of"
        ("Velkor agreed to acquire Norvia Corp for cash.", "en", [("acquire", 17, T.ACQUISITION, "buy", False)]),
        ("Norvia Corp was acquired by Velkor Inc last year.", "en", [("was acquired by", 12, T.ACQUISITION, "passive", False)]),
        ("The takeover of Norvia by Velkor was approved.", "en", [("takeover of", 4, T.ACQUISITION, "buy", True)]),
        ("Velkor Inc sold its Dastrel unit to Brondel.", "en", [("sold", 11, T.DIVESTITURE, "sell", False)]),
        ("Velkor plans to spin off Norvia.", "en", [("spin off", 16, T.DIVESTITURE, "sell", False)]),
        ("Velkor cut its stake in Norvia Ltd.", "en", [("cut its stake in", 7, T.DIVESTITURE, "sell", False)]),
        ("Velkor and Brondel formed a joint venture.", "en", [("joint venture", 28, T.JOINT_VENTURE, "partner", False)]),
        ("Velkor won a 20 mln dlr contract from Brondel.", "en", [("won a 20 mln dlr contract", 7, T.SUPPLY_CONTRACT, "supply", False)]),
        ("Velkor ordered 30 aircraft from Brondel.", "en", [("ordered", 7, T.SUPPLY_CONTRACT, "order", False)]),
        ("Velkor will pay 30 mln dlrs for the Norvia mill.", "en", [("pay 30 mln dlrs for", 12, T.ACQUISITION, "buy", False)]),
        ("Velkor Corp will take Norvia Holdings private.", "en", [("take", 17, T.ACQUISITION, "buy", False)]),
        ("Velkor raised 20 mln dlrs in series B funding.", "en", [("raised 20 mln dlrs in series B", 7, T.FUNDING_ROUND, "fund", False)]),
        # French: a sentence's capitalised first word is read like any other ("Rachat de")
        ("Velkor a racheté Norvia.", "fr", [("racheté", 9, T.ACQUISITION, "buy", False)]),
        ("Rachat de Norvia par Velkor.", "fr", [("Rachat de", 0, T.ACQUISITION, "buy", True)]),
        ("Velkor reprend le site de Norvia.", "fr", [("reprend", 7, T.ACQUISITION, "buy", False)]),
        ("Velkor a cédé sa filiale Norvia au groupe Dastrel.", "fr", [("cédé", 9, T.DIVESTITURE, "sell", False)]),
        ("Velkor vend sa filiale Norvia au groupe Dastrel.", "fr", [("vend", 7, T.DIVESTITURE, "sell", False)]),
        ("Velkor a signé un partenariat avec Norvia.", "fr", [("partenariat", 18, T.PARTNERSHIP, "partner", False)]),
        ("Velkor va fusionner avec Norvia.", "fr", [("fusionner avec", 10, T.MERGER, "merge", False)]),
        ("Velkor a investi 5 millions d'euros dans Norvia.", "fr", [("investi 5 millions d'euros dans", 9, T.INVESTMENT, "invest", False)]),
        ("Velkor a remporté un contrat auprès de Norvia.", "fr", [("remporté un contrat", 9, T.SUPPLY_CONTRACT, "supply", False)]),
        # German: the verb, the present passive with its agent, the verb-final investment and fund raising
        ("Velkor übernimmt den Hersteller Norvia.", "de", [("übernimmt", 7, T.ACQUISITION, "buy", False)]),
        ("Norvia wird von Velkor übernommen.", "de", [("wird von Velkor übernommen", 7, T.ACQUISITION, "passive", False)]),
        ("Velkor verkauft Norvia an Dastrel.", "de", [("verkauft", 7, T.DIVESTITURE, "sell", False)]),
        ("Velkor fusioniert mit Norvia.", "de", [("fusioniert", 7, T.MERGER, "merge", False)]),
        ("Velkor hat mit Norvia eine Partnerschaft vereinbart.", "de", [("Partnerschaft", 27, T.PARTNERSHIP, "partner", False)]),
        ("Velkor erhielt einen Auftrag von Norvia.", "de", [("Auftrag", 21, T.SUPPLY_CONTRACT, "supply", False)]),
        ("Velkor sammelte 20 Millionen Euro ein.", "de", [("sammelte 20 Millionen Euro ein", 7, T.FUNDING_ROUND, "fund", False)]),
        ("Velkor steckt 50 Millionen in Norvia.", "de", [("steckt 50 Millionen in", 7, T.INVESTMENT, "invest", False)]),
    ],
)
def test_trigger_kind_voice_and_span(sentence: str, lang: str, expected: list[tuple[str, int, DealType, str, bool]]) -> None:
    assert _read(sentence, lang) == expected


# Each filter next to the plain deal it must leave alone: the first sentence reports no deal,
# the second does with the same verb.
@pytest.mark.parametrize(
    ("no_deal", "deal", "lang"),
    [
        # a share price moving, not a sale (the percentage right after the verb)
        ("L'action Velkor cédait 1,1 % à la Bourse de Paris.", "Velkor a cédé sa filiale Norvia au groupe Dastrel.", "fr"),
        ("Velkor verkaufte zuletzt 3,5 Prozent weniger.", "Velkor verkauft Norvia an Dastrel.", "de"),
        # a sales volume, not a sale
        ("Der Verkauf von Heizöl stieg um 2 %.", "Velkor verkauft Norvia an Dastrel.", "de"),
        # work or production resumes, nothing is taken over
        ("Les ouvriers de Velkor ont repris le travail lundi.", "Velkor reprend le site de Norvia.", "fr"),
        ("Velkor reprend la production lundi.", "Velkor reprend le site de Norvia.", "fr"),
        # goods at retail
        ("Velkor vend sa lampe à un tarif de 40 euros.", "Velkor vend sa filiale Norvia au groupe Dastrel.", "fr"),
        ("Velkor vend ses voitures à perte.", "Velkor vend sa filiale Norvia au groupe Dastrel.", "fr"),
        ("Velkor verkauft die Uhr in vier Farben.", "Velkor verkauft Norvia an Dastrel.", "de"),
        ("Velkor verkauft die Uhr zum Preis von 200 Euro.", "Velkor verkauft Norvia an Dastrel.", "de"),
        # a buyback of own shares
        ("Velkor rachète ses propres actions.", "Velkor a racheté Norvia.", "fr"),
        # a donation pot, not a purchase between parties
        ("Velkor a lancé une cagnotte pour racheter le moulin.", "Velkor a racheté Norvia.", "fr"),
        # a duty or a cost taken on, not a company
        ("Ab Montag übernimmt Weber die Verantwortung für das Werk.", "Velkor übernimmt den Hersteller Norvia.", "de"),
        ("Velkor hat das Amt übernommen.", "Velkor übernimmt den Hersteller Norvia.", "de"),
        ("Die Kosten will Velkor übernehmen.", "Velkor übernimmt den Hersteller Norvia.", "de"),
        # goods bought without an agent
        ("Mehr Produkte werden gekauft.", "Norvia wird von Velkor übernommen.", "de"),
        # a treaty between states, not a partnership
        ("La France et la Lorvanie ont signé un accord de libre-échange.", "Velkor a signé un partenariat avec Norvia.", "fr"),
        ("Velkor a signé un accord de paix avec Norvia.", "Velkor a signé un partenariat avec Norvia.", "fr"),
        ("Lorvanien und Norland schließen ein Freihandelsabkommen.", "Velkor hat ein Abkommen mit Norvia geschlossen.", "de"),
        # on behalf of, not a contract
        ("Velkor handelt im Auftrag der Landesregierung.", "Velkor erhielt einen Auftrag von Norvia.", "de"),
    ],
)
def test_filter_drops_no_deal_keeps_deal(no_deal: str, deal: str, lang: str) -> None:
    assert find_triggers(no_deal, lang) == []
    assert find_triggers(deal, lang) != []


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [
        # a stake percentage followed by "de"/"an" is a stake sold, not a share price
        ("Velkor a cédé 5 % du capital de Norvia.", "fr", ("cédé", T.DIVESTITURE, "sell")),
        ("Velkor verkauft 5 Prozent an Norvia.", "de", ("verkauft", T.DIVESTITURE, "sell")),
        # a stake raised to a percentage is a stake, in both languages
        ("Velkor a porté sa participation dans Norvia à 30 %.", "fr", ("porté sa participation dans", T.INVESTMENT, "buy")),
        ("Velkor stockt seine Beteiligung an Norvia auf 30 Prozent auf.", "de", ("stockt seine Beteiligung an", T.INVESTMENT, "buy")),
    ],
)
def test_stake_percentage_is_no_market_move(sentence: str, lang: str, expected: tuple[str, DealType, str]) -> None:
    assert [(sentence[t.start : t.end], t.deal_type, t.voice) for t in find_triggers(sentence, lang)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "lang", "voice"),
    [
        # counted goods bought from or sold to a named party are a supply contract, not a takeover
        ("Velkor kauft 30 Flugzeuge von Norvia.", "de", "order"),
        ("Velkor kauft ihren Strom bei Norvia.", "de", "order"),  # a commodity bought from its supplier
        ("Velkor übernimmt die Stromlieferung für die Stadt.", "de", "supply"),  # a delivery taken on
        ("Velkor hat mit Norvia einen Stromliefervertrag geschlossen.", "de", "supply"),  # a supply agreement, no partnership
        ("Velkor a acheté 40 avions au groupe Dastrel.", "fr", "order"),
        ("Velkor a vendu 24 avions à la Lorvanie.", "fr", "supply"),
    ],
)
def test_goods_counted_out_are_a_supply_contract(sentence: str, lang: str, voice: str) -> None:
    found = find_triggers(sentence, lang)
    assert [(t.deal_type, t.voice) for t in found] == [(T.SUPPLY_CONTRACT, voice)]


@pytest.mark.parametrize(
    ("sentence", "lang", "kept"),
    [
        # the stake is what is sold: one divestiture, not a sale plus an investment
        ("Velkor said it agreed to sell a 40 pct interest in Quarnet.", "en", "sell"),
        ("Velkor will seine Beteiligung an Norvia abstoßen.", "de", "abstoßen"),
    ],
)
def test_stake_sold_is_one_deal(sentence: str, lang: str, kept: str) -> None:
    found = find_triggers(sentence, lang)
    assert [(sentence[t.start : t.end], t.deal_type) for t in found] == [(kept, T.DIVESTITURE)]


def test_english_share_price_does_not_hide_a_later_deal() -> None:
    # the market-move filter is for French and German: an English price move earlier in the sentence leaves the deal
    sentence = "Velkor Inc's shares fell 2 pct after it said it would buy Norvia."
    assert _read(sentence, "en") == [("buy", 54, T.ACQUISITION, "buy", False)]


def test_unknown_language_reads_the_english_table() -> None:
    assert "it" not in TRIGGER_LANGS
    sentence = "Velkor agreed to acquire Norvia Corp for cash."
    assert find_triggers(sentence, "it") == find_triggers(sentence, "en")


_WORDS = st.sampled_from(
    ["Velkor", "Norvia", "acquired", "by", "sold", "a racheté", "übernimmt", "verkauft", "cédé", "1,1 %", "30 Prozent",
     "joint venture", "Auftrag", "im", "die", "Verantwortung", "de", "an", "la", "merger", "stake in", ".", ",", "\n"]
)


@given(words=st.lists(_WORDS, max_size=25), lang=st.sampled_from(["en", "fr", "de"]))
def test_triggers_are_ordered_spans_inside_the_text(words: list[str], lang: str) -> None:
    text = " ".join(words)
    found: list[Trigger] = find_triggers(text, lang)
    previous_end = 0
    for trigger in found:
        assert previous_end <= trigger.start < trigger.end <= len(text)
        assert text[trigger.start : trigger.end].strip() == text[trigger.start : trigger.end]
        previous_end = trigger.end


@pytest.mark.parametrize(
    ("text", "lang", "parties", "status"),
    [
        ("Velkor a lancé une contre-offre sur Norvia.", "fr", {("Velkor", "buyer"), ("Norvia", "target")}, "announced"),
        ("Velkor a déposé une contre-OPA sur Norvia.", "fr", {("Velkor", "buyer"), ("Norvia", "target")}, "announced"),
        ("L'offre concurrente de Velkor sur Norvia a été rejetée.", "fr", {("Velkor", "buyer"), ("Norvia", "target")}, "cancelled"),
        ("Die Velkor AG legt ein Gegenangebot für die Norvia AG vor.", "de", {("Velkor AG", "buyer"), ("Norvia AG", "target")}, "announced"),
        ("Die Velkor AG hat ein Konkurrenzangebot für die Norvia AG abgegeben.", "de", {("Velkor AG", "buyer"), ("Norvia AG", "target")}, "announced"),
        ("Der Ankauf von Norvia durch Velkor ist abgeschlossen.", "de", {("Velkor", "buyer"), ("Norvia", "target")}, "completed"),
    ],
)
def test_rival_bids_and_ankauf_are_bids_and_purchases(text: str, lang: str, parties: set[tuple[str, str]], status: str) -> None:
    records = records_of(text, lang)
    assert records and {(p.name, p.role.value) for p in records[0].parties} == parties
    assert records[0].status.value == status


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a rival product, a union's counter-offer, bonds bought: no bid, no company bought
        ("Velkor startet ein Konkurrenzangebot zu Norvia.", "de"),
        ("Die Gewerkschaft legt ein Gegenangebot für die Beschäftigten vor.", "de"),
        ("Die Zentralbank setzt den Ankauf von Staatsanleihen fort.", "de"),
        ("Velkor propose une offre concurrente à prix cassé.", "fr"),
    ],
)
def test_rival_products_and_counter_offers_of_no_company_are_no_deal(text: str, lang: str) -> None:
    assert records_of(text, lang) == []


@pytest.mark.parametrize(
    "text",
    ["Velkor schloss einen Vertrag mit Norvia über die Lieferung von 30 Zügen.", "Velkor schließt einen Vertrag mit Norvia über 20 Millionen Euro."],
)
def test_a_contract_with_its_sum_or_its_goods_is_a_supply_deal(text: str) -> None:
    records = records_of(text, "de")
    assert records and records[0].deal_type is T.SUPPLY_CONTRACT
    assert {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


@pytest.mark.parametrize(
    "text",
    ["Velkor hat den Vertrag mit Norvia über drei Jahre verlängert.", "Der Vertrag mit Norvia läuft aus.", "Velkor verlängerte den Vertrag mit Trainer Jan Brenn bis 2026."],
)
def test_a_contract_without_sum_or_goods_is_no_deal(text: str) -> None:
    assert records_of(text, "de") == []
