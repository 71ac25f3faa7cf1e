"""Status cues and their evidence phrases in en/fr/de, on invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import status as status_module
from pipeline.extract.status import StatusMention, best_status, find_status, find_statuses, status_for_type
from pipeline.models import DealStatus, DealType
from tests.unit.extract.support import records_of


@pytest.mark.parametrize(
    ("sentence", "lang", "status", "cue"),
    [
        ("Brightwater Inc said it agreed to acquire Tallow Corp for cash.", "en", DealStatus.AGREED, "agreed to acquire"),
        ("Brightwater Inc said it has completed the purchase of Tallow Corp.", "en", DealStatus.COMPLETED, "completed"),
        ("Brightwater and Tallow terminated the merger agreement on Monday.", "en", DealStatus.CANCELLED, "terminated the merger agreement"),
        ("Brightwater said it signed a letter of intent to buy Tallow.", "en", DealStatus.AGREED, "letter of intent"),
        ("Brightwater is in talks to buy Tallow.", "en", DealStatus.RUMORED, "in talks"),
        ("Brightwater agreed in principle to buy Tallow.", "en", DealStatus.AGREED, "agreed in principle"),
        ("Le groupe Lumen devrait racheter la société Orvia.", "fr", DealStatus.EXPECTED, "devrait"),
        ("Lumen a racheté Orvia en mars.", "fr", DealStatus.COMPLETED, "a racheté"),
        ("Selon les informations du journal local, Lumen négocie.", "fr", DealStatus.RUMORED, None),
        ("Der Konzern Lumen soll den Hersteller Orvia kaufen.", "de", DealStatus.EXPECTED, "soll"),
        ("Laut Insidern will Lumen den Hersteller kaufen.", "de", DealStatus.RUMORED, None),
        ("Lumen hat den Hersteller Orvia übernommen.", "de", DealStatus.COMPLETED, None),
    ],
)
def test_cues(sentence: str, lang: str, status: DealStatus, cue: str | None) -> None:
    found = find_status(sentence, lang)
    assert found is not None
    assert found.status is status
    assert sentence[found.start : found.end] == found.text
    if cue is not None:
        assert found.text == cue


def test_specific_cue_beats_generic_one() -> None:
    sentence = "Brightwater reached an agreement in principle and agreed to buy Tallow."
    assert find_status(sentence, "en").text == "agreement in principle"


def test_no_cue_no_status() -> None:
    assert find_statuses("Sales rose five pct in the quarter.", "en") == []


def _status(text: str, lang: str) -> DealStatus | None:
    found = find_status(text, lang)
    return found.status if found else None


def test_french_conditional_is_expected() -> None:
    assert _status("La vente rapporterait quelque 40 millions d'euros au groupe Varnel.", "fr") is DealStatus.EXPECTED


def test_refused_offer_is_cancelled() -> None:
    assert _status("Le groupe Sorvil avait confirmé son refus d'une dernière offre de reprise.", "fr") is DealStatus.CANCELLED


def test_a_bid_turned_down_is_cancelled() -> None:
    assert _status("La dernière offre de Dastrel pour la marque Kelvane a été rejetée mardi.", "fr") is DealStatus.CANCELLED
    # a court appeal rejected says nothing of a bid
    assert _status("Le recours de Dastrel contre Kelvane a été rejeté mardi.", "fr") is not DealStatus.CANCELLED


def test_a_bid_accepted_is_agreed_and_a_bid_launched_is_announced() -> None:
    assert _status("La dernière offre de Dastrel pour la marque Kelvane a été acceptée mardi.", "fr") is DealStatus.AGREED
    assert _status("L'OPA de Dastrel sur son concurrent Kelvane a été lancée lundi.", "fr") is DealStatus.ANNOUNCED
    assert _status("Une contre-offre de Dastrel sur Kelvane a été déposée mardi.", "fr") is DealStatus.ANNOUNCED
    # a deal closed in the passive stays done, and a launch of anything but a bid says nothing
    assert _status("La reprise de Kelvane par Dastrel a été finalisée mardi.", "fr") is DealStatus.COMPLETED
    assert _status("La nouvelle gamme de Dastrel a été lancée lundi.", "fr") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Le rachat de Kelvane par Dastrel n'a pas abouti.",
        "Le groupe Dastrel n'a finalement pas racheté Kelvane, faute d'accord sur le prix.",
        "L'offre de Dastrel sur Kelvane n'a pas été acceptée.",
    ],
)
def test_a_deal_that_did_not_happen_is_cancelled(sentence: str) -> None:
    assert _status(sentence, "fr") is DealStatus.CANCELLED


def test_a_negation_that_does_not_undo_a_deal_is_not_cancelled() -> None:
    # the negatives of the case above: a deal that went through, an offer not turned down
    assert _status("Le rachat de Kelvane par Dastrel a abouti.", "fr") is not DealStatus.CANCELLED
    assert _status("L'offre de Dastrel sur Kelvane n'a pas été rejetée.", "fr") is not DealStatus.CANCELLED
    # a failed deal told in a relative clause stays with that clause
    records = records_of("Le groupe Dastrel a racheté Kelvane, dont la fusion avec le groupe Velkor n'a jamais abouti.", "fr")
    assert [r.status for r in records if r.deal_type is DealType.ACQUISITION] == [DealStatus.COMPLETED]


def test_a_takeover_launched_in_the_passive_is_announced() -> None:
    assert _status("Le rachat de Kelvane par Dastrel a été lancé lundi.", "fr") is DealStatus.ANNOUNCED
    (launched,) = records_of("La reprise de la société Kelvane par le groupe Dastrel a été lancée mardi.", "fr")
    assert launched.status is DealStatus.ANNOUNCED
    # negatives: a product launched is no deal, and a company launched long ago leaves a purchase done
    assert _status("La nouvelle gamme de Dastrel a été lancée lundi.", "fr") is None
    (bought,) = records_of("Le groupe Dastrel a racheté Kelvane, une marque qui a été lancée en 1990.", "fr")
    assert bought.status is DealStatus.COMPLETED


def test_bids_in_the_passive_read_in_a_record() -> None:
    (accepted,) = records_of("L'offre du groupe Dastrel sur la société Kelvane a été acceptée.", "fr")
    assert accepted.status is DealStatus.AGREED
    (launched,) = records_of("L'OPA du groupe Dastrel sur son rival Kelvane a été lancée lundi.", "fr")
    assert launched.status is DealStatus.ANNOUNCED
    (done,) = records_of("Le groupe Dastrel a annoncé que la reprise de la société Kelvane a été finalisée.", "fr")
    assert done.status is DealStatus.COMPLETED


def test_a_deal_weighed_as_possible_is_rumored() -> None:
    assert _status("Le groupe Sorvil étudie une éventuelle OPA sur Kelvane.", "fr") is DealStatus.RUMORED
    assert _status("Le groupe Sorvil étudie les comptes de Kelvane.", "fr") is None


def test_a_project_to_be_studied_is_expected() -> None:
    assert _status("Le conseil de Sorvil se réunit pour étudier un projet de fusion avec Kelvane.", "fr") is DealStatus.EXPECTED
    assert _status("Le conseil de Sorvil se réunit pour étudier les comptes de Kelvane.", "fr") is None


def test_a_french_joint_venture_with_no_cue_exists() -> None:
    assert status_for_type(DealType.JOINT_VENTURE, DealStatus.UNKNOWN, None, "fr") is DealStatus.COMPLETED
    # a cue still decides, and other types keep their own default
    assert status_for_type(DealType.JOINT_VENTURE, DealStatus.EXPECTED, None, "fr") is DealStatus.EXPECTED
    assert status_for_type(DealType.MERGER, DealStatus.UNKNOWN, None, "fr") is DealStatus.UNKNOWN


def test_an_announcement_past_an_adverb_is_announced() -> None:
    assert _status("Le groupe Sorvil a aussi annoncé le rachat de Kelvane.", "fr") is DealStatus.ANNOUNCED
    # a deal announced as done is done
    assert _status("Le groupe Sorvil a aussi annoncé avoir finalisé le rachat de Kelvane.", "fr") is DealStatus.COMPLETED


def test_an_owner_to_be_is_expected() -> None:
    assert _status("A l'issue de l'opération, Sorvil deviendra propriétaire de Kelvane.", "fr") is DealStatus.EXPECTED
    assert _status("Sorvil deviendra le leader du marché.", "fr") is not DealStatus.EXPECTED


def test_participle_with_date_is_completed() -> None:
    assert _status("Le journal, repris in extremis le 3 mai par Kelvane, reparaît.", "fr") is DealStatus.COMPLETED


def test_german_repaid_aid_is_completed() -> None:
    text = "Die Nordbank hat am Montag die Hilfen des Staates in Höhe von zwei Milliarden Euro vollständig zurückgezahlt."
    assert _status(text, "de") is DealStatus.COMPLETED


def test_stated_intention_is_expected() -> None:
    assert _status("Le groupe Sorvil a fait part de son intention de céder sa filiale Krel.", "fr") is DealStatus.EXPECTED
    assert _status("Die Velmar AG bekräftigte ihre Absicht, die Sparte zu verkaufen.", "de") is DealStatus.EXPECTED


def test_reported_past_infinitive_is_completed() -> None:
    assert _status("La start-up Nalvor affirme avoir levé 15 millions d'euros.", "fr") is DealStatus.COMPLETED


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Harlow Corp said it reached agreement with Benton Valve Co to buy its pump unit.", "reached agreement"),
        ("Trell Industries urged holders to reject the offer from Corvane Partners.", "reject"),
        ("Corvane Partners said it has extended its cash offer for Trell Industries shares.", "extended its cash offer"),
        ("Harlow Corp issued shares to Benton Valve Co to complete the purchase of its unit.", "complete"),
        ("Trell said negotiations are continuing on the sale of its valve unit.", "negotiations are continuing"),
        ("Harlow and Trell said they suspended negotiations on a proposed merger.", "suspended negotiations"),
    ],
)
def test_more_en_cues(sentence: str, cue: str) -> None:
    found = find_status(sentence, "en")
    assert found is not None and found.text == cue


def test_specific_cue_inside_a_longer_one() -> None:
    # "decided to terminate" is a match of its own, yet the letter of intent it ends is more specific
    sentence = "Harlow Corp and Trell Industries decided to terminate the letter of intent for Harlow to buy Trell."
    assert find_status(sentence, "en").text == "terminate the letter of intent"
    # a generic cue inside a specific one does not replace it
    assert find_status("Corvane Partners said it started a tender offer for Trell.", "en").text == "started a tender offer"


def test_status_for_type() -> None:
    # a supply deal reported done is agreed, unless the goods were delivered
    done = StatusMention(DealStatus.COMPLETED, 0, 6, "signed")
    delivered = StatusMention(DealStatus.COMPLETED, 0, 9, "delivered")
    assert status_for_type(DealType.SUPPLY_CONTRACT, DealStatus.COMPLETED, done, "en") is DealStatus.AGREED
    assert status_for_type(DealType.SUPPLY_CONTRACT, DealStatus.COMPLETED, delivered, "en") is DealStatus.COMPLETED
    # fr/de with no cue: a contract or partnership is agreed, a transfer done; en keeps the unknown
    assert status_for_type(DealType.PARTNERSHIP, DealStatus.UNKNOWN, None, "fr") is DealStatus.AGREED
    assert status_for_type(DealType.ACQUISITION, DealStatus.UNKNOWN, None, "de") is DealStatus.COMPLETED
    assert status_for_type(DealType.ACQUISITION, DealStatus.UNKNOWN, None, "en") is DealStatus.UNKNOWN
    assert status_for_type(DealType.ACQUISITION, DealStatus.EXPECTED, None, "fr") is DealStatus.EXPECTED


def test_best_status_prefers_specific_then_near() -> None:
    agreed = StatusMention(DealStatus.AGREED, 0, 6, "agreed", rank=3)
    rumour_far = StatusMention(DealStatus.RUMORED, 50, 57, "sources", rank=9)
    rumour_near = StatusMention(DealStatus.RUMORED, 10, 17, "sources", rank=9)
    assert best_status([rumour_far, agreed], near=50) is agreed
    assert best_status([rumour_far, rumour_near], near=12) is rumour_near
    assert best_status([], near=0) is None


@pytest.mark.parametrize(
    ("sentence", "lang", "cue", "attribution"),
    [
        ("Selon le quotidien La Gazette de Brenmark, Velkor rachète Norvia.", "fr", "Selon le quotidien La Gazette de Brenmark", True),
        ("D'après nos informations, Velkor rachète Norvia.", "fr", "D'après nos informations", True),
        ("Velkor serait sur le point de racheter Norvia.", "fr", "serait sur le point", False),
        ("Velkor est en négociations avec Norvia.", "fr", "en négociations", False),
        ("Laut Insidern will Velkor Norvia kaufen.", "de", "Laut Insidern", True),
        ("Insidern zufolge kauft Velkor die Norvia AG.", "de", "Insidern zufolge", True),
        ("Velkor verhandelt mit der Norvia AG.", "de", "verhandelt", False),
        ("Velkor soll Norvia übernommen haben.", "de", "soll Norvia übernommen haben", False),
        ("Velkor will offenbar Norvia kaufen.", "de", "offenbar", True),
    ],
)
def test_a_cue_says_whether_it_is_an_attribution(sentence: str, lang: str, cue: str, attribution: bool) -> None:
    found = next(m for m in find_statuses(sentence, lang) if m.text == cue)
    assert found.attribution is attribution


def test_cues_written_as_one_row_share_a_rank() -> None:
    # an attribution and a tense of one row are equally specific: the one nearer to the deal is its evidence
    sentence = "Selon le quotidien La Gazette de Brenmark, Velkor serait sur le point de racheter Norvia."
    by_text = {m.text: m for m in find_statuses(sentence, "fr")}
    report, tense = by_text["Selon le quotidien La Gazette de Brenmark"], by_text["serait sur le point"]
    assert report.rank == tense.rank and report.attribution and not tense.attribution
    found = best_status(list(by_text.values()), sentence.index("racheter"))
    assert found is not None and found.text == "serait sur le point"


def test_only_rumour_cues_are_attributions() -> None:
    for lang, cues in status_module._RANKED.items():
        for _, cue in cues:
            assert not cue.attribution or cue.status is DealStatus.RUMORED, (lang, cue.pattern)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("In Tarvok laufen seit Montag Gespräche über ein drittes Hilfspaket für Lorvanien.", "Gespräche über ein drittes Hilfspaket"),
        ("Der Premier lässt über Verhandlungen mit der Velkor-Union über einen neuen Rettungskredit abstimmen.", "Verhandlungen mit der Velkor-Union über einen neuen Rettungskredit"),
        ("Lorvanien hat am Abend ein neues, dreijähriges Hilfsprogramm beim Norvia-Fonds beantragt.", "Hilfsprogramm beim Norvia-Fonds beantragt"),
    ],
)
def test_german_aid_talked_over_or_applied_for_is_expected(sentence: str, cue: str) -> None:
    # a bailout under negotiation or applied for is policy to come, not a rumoured takeover
    found = find_status(sentence, "de")
    assert found is not None and found.status is DealStatus.EXPECTED and found.text == cue


def test_german_takeover_talks_stay_rumored() -> None:
    found = find_status("Velkor ist in Verhandlungen über eine Übernahme von Norvia.", "de")
    assert found is not None and found.status is DealStatus.RUMORED


@pytest.mark.parametrize(
    "sentence",
    ["Den Zuschlag bekommt die Velkor Holding.", "Die Velkor Holding bekam den Zuschlag für die Norvia-Zeitung.", "Der Zuschlag ging an Velkor."],
)
def test_german_winning_bid_is_agreed(sentence: str) -> None:
    # an award in a sale by tender: the bid is accepted, the sale not closed yet
    found = find_status(sentence, "de")
    assert found is not None and found.status is DealStatus.AGREED and "Zuschlag" in found.text


def test_german_offer_accepted_across_a_bracket_is_agreed() -> None:
    # the stake is described, with a bracket, between the offer and its acceptance
    sentence = ("Die Dastrel Holding habe ein bindendes Angebot der Velkor AG zur Übernahme ihrer 30 Prozent an der Norvia GmbH "
                "(entspricht 12 Prozent an der Tessmar AG) angenommen.")
    found = find_status(sentence, "de")
    assert found is not None and found.status is DealStatus.AGREED and found.text.endswith("angenommen")
    # ... an offer not accepted is not
    refused = "Die Dastrel Holding habe das Angebot der Velkor AG (12 Euro je Aktie) nicht angenommen."
    found = find_status(refused, "de")
    assert found is None or found.status is not DealStatus.AGREED


def test_german_contract_signed_with_unterschreiben_is_agreed() -> None:
    found = find_status("Ein entsprechender Vertrag wurde am Freitag von der Velkor AG unterschrieben.", "de")
    assert found is not None and found.status is DealStatus.AGREED and found.text == "unterschrieben"


def test_german_sale_said_not_to_happen_is_cancelled() -> None:
    sentence = "Der Velkor-Konzern gab bekannt, dass die Anteile an der Norvia AG nicht verkauft werden."
    found = find_status(sentence, "de")
    assert found is not None and found.status is DealStatus.CANCELLED and found.text == "nicht verkauft werden"
    # ... a sale told without the negation stays news
    found = find_status("Der Velkor-Konzern gab bekannt, dass die Anteile an der Norvia AG verkauft werden.", "de")
    assert found is not None and found.status is not DealStatus.CANCELLED


def test_a_sale_told_in_the_present_with_se_separer_is_announced() -> None:
    # the present of a sale is news, like "cède"; the perfect keeps its default (done)
    assert _status("Le groupe Velkor se sépare de sa filiale Norvia pour la transférer à une fondation.", "fr") is DealStatus.ANNOUNCED
    assert _status("Le groupe Velkor se sépare d'une partie de ses usines.", "fr") is DealStatus.ANNOUNCED
    (sale,) = records_of("Le groupe Velkor se sépare de sa filiale Norvia, cédée au groupe Dastrel.", "fr")
    assert sale.status is not DealStatus.COMPLETED


def test_a_rescue_paid_in_is_done() -> None:
    # "a renfloué" tells money put in, like "a injecté"
    found = find_status("C'est l'homme d'affaires Dastrel qui a renfloué le journal Norvia en 2014.", "fr")
    assert found is not None and found.status is DealStatus.COMPLETED and found.text == "a renfloué"


def test_money_to_be_put_in_told_in_the_future_passive_is_expected() -> None:
    # the future is never done: "seront apportés", "sera associé au capital"
    assert _status("Les 3 milliards d'euros seront apportés par l'État à la société Norvia.", "fr") is DealStatus.EXPECTED
    assert _status("Le groupe Velkor sera associé au capital de la société Norvia.", "fr") is DealStatus.EXPECTED
    (record,) = records_of("Une dotation en capital de 3 milliards d'euros sera apportée par l'État à la société Norvia.", "fr")
    assert record.status is DealStatus.EXPECTED


def test_a_court_choosing_a_bid_in_receivership_completes_the_takeover() -> None:
    # the court's ruling hands the company over; a government's approval only clears a deal still to close
    sentence = "Le tribunal de commerce a validé mardi l'offre du groupe Velkor pour la reprise de Norvia, en redressement judiciaire."
    assert _status(sentence, "fr") is DealStatus.COMPLETED
    assert _status("Le tribunal a retenu l'offre de reprise de Dastrel.", "fr") is DealStatus.COMPLETED
    assert _status("Le gouvernement a validé un prêt de 2 milliards pour Velkor.", "fr") is DealStatus.AGREED


def test_an_order_placed_is_agreed() -> None:
    found = find_status("La région Lorvanie a passé une commande ferme de 40 rames au groupe Velkor.", "fr")
    assert found is not None and found.status is DealStatus.AGREED and found.text.startswith("a passé une commande")
    # its own clause speaks for the order, not the modal of the option that follows
    (order, *_) = records_of("La région Lorvanie a passé une commande de 40 rames au groupe Velkor et pourrait en acquérir 20 de plus.", "fr")
    assert order.status is DealStatus.AGREED


@pytest.mark.parametrize(
    "text",
    [
        "Velkor veut racheter Norvia.",
        "Velkor voulait aussi racheter Norvia.",
        "Velkor et Dastrel veulent racheter Norvia.",
        "Velkor a confirmé vouloir racheter Norvia.",
    ],
)
def test_fr_a_will_to_buy_is_an_intention(text: str) -> None:
    # "veut racheter" is a plan, as "souhaite racheter" is: expected, not a purchase done
    records = records_of(text, "fr")
    assert records and records[0].status is DealStatus.EXPECTED


def test_fr_a_will_not_to_sell_is_no_intention() -> None:
    # "ne veut pas vendre" is no plan to sell: the intention cue stays away from the negation
    found = find_statuses("Velkor ne veut pas vendre Norvia.", "fr")
    assert all(mention.status is not DealStatus.EXPECTED for mention in found)
    # ... and a background wish told after a deal done leaves that deal done
    records = records_of("Velkor a racheté Norvia en 2020.", "fr")
    assert records and records[0].status is DealStatus.COMPLETED


@pytest.mark.parametrize(
    ("text", "lang", "status"),
    [
        ("Velkor legt ein Angebot für Norvia vor.", "de", DealStatus.ANNOUNCED),
        ("Velkor macht ein Angebot für Norvia.", "de", DealStatus.ANNOUNCED),
        ("Velkor unterbreitet ein Angebot für Norvia.", "de", DealStatus.ANNOUNCED),
        ("Velkor hat für Norvia ein Angebot vorgelegt.", "de", DealStatus.ANNOUNCED),
        ("Velkor bereitet die Übernahme von Norvia vor.", "de", DealStatus.EXPECTED),
        ("Velkor prépare le rachat de Norvia.", "fr", DealStatus.EXPECTED),
        ("Velkor se prépare à racheter Norvia.", "fr", DealStatus.EXPECTED),
        ("Velkor prépare une offre sur Norvia.", "fr", DealStatus.EXPECTED),
    ],
)
def test_a_bid_made_is_announced_and_a_deal_prepared_is_expected(text: str, lang: str, status: DealStatus) -> None:
    # no completion cue: a bid or a preparation must not fall to the acquisition's default, completed
    records = records_of(text, lang)
    assert records and records[0].status is status


def test_a_bid_cue_leaves_a_deal_done_or_planned_alone() -> None:
    # a modal outranks the bid made, and a takeover told in the perfect stays done
    assert records_of("Velkor will ein Angebot für Norvia vorlegen.", "de")[0].status is DealStatus.EXPECTED
    assert records_of("Velkor hat Norvia übernommen.", "de")[0].status is DealStatus.COMPLETED
    assert records_of("Velkor a racheté Norvia.", "fr")[0].status is DealStatus.COMPLETED
    # "prépare" with no deal after it is no cue
    assert all(m.status is not DealStatus.EXPECTED for m in find_statuses("Velkor prépare ses résultats.", "fr"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Velkor avale Norvia.", "fr"),
        ("Velkor s'empare de Norvia.", "fr"),
        ("Velkor prend le contrôle de Norvia.", "fr"),
        ("Velkor entre au capital de Norvia.", "fr"),
        ("Velkor et Norvia cèdent Dastrel.", "fr"),
        ("Velkor schluckt Norvia.", "de"),
        ("Velkor steigt bei Norvia ein.", "de"),
        ("Velkor beteiligt sich an Norvia.", "de"),
    ],
)
def test_a_deal_told_in_the_news_present_is_announced_not_done(text: str, lang: str) -> None:
    # the present of any deal verb reads as "rachète"/"übernimmt" does, not the acquisition's no-cue default (completed)
    records = records_of(text, lang)
    assert records and records[0].status is DealStatus.ANNOUNCED


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Velkor a pris le contrôle de Norvia.", "fr"), ("Velkor hat sich an Norvia beteiligt.", "de"), ("Velkor beteiligte sich an Norvia.", "de")],
)
def test_the_same_deals_told_in_a_past_tense_stay_done(text: str, lang: str) -> None:
    records = records_of(text, lang)
    assert records and records[0].status is DealStatus.COMPLETED


def test_french_alliance_to_come_is_expected() -> None:
    (record,) = records_of("La société Velkor, partenaire de Norvia, va s'allier avec Dastrel.", "fr")
    assert record.status is DealStatus.EXPECTED and {p.name for p in record.parties} == {"Velkor", "Dastrel"}
    (record,) = records_of("Les groupes Velkor et Dastrel vont nouer un partenariat dans l'aviation.", "fr")
    assert record.status is DealStatus.EXPECTED
    # negative: an alliance told in the present is made
    (record,) = records_of("La société Velkor s'allie avec Dastrel dans l'aviation.", "fr")
    assert record.status is not DealStatus.EXPECTED


@pytest.mark.parametrize(
    "sentence",
    [
        "Le groupe Velkor renonce au rachat de la société Norvia.",
        "La Commission européenne a bloqué la fusion entre Velkor et Norvia.",
        "L'autorité de la concurrence a interdit le rachat de Norvia par Velkor.",
        "Le groupe Velkor abandonne son projet de rachat de la société Norvia.",
    ],
)
def test_fr_a_deal_given_up_or_stopped_by_its_regulator_is_cancelled(sentence: str) -> None:
    assert [r.status for r in records_of(sentence, "fr")] == [DealStatus.CANCELLED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le groupe Velkor a bloqué ses prix et racheté la société Norvia en mars.",
        "Le groupe Velkor renonce aux dividendes mais a racheté la société Norvia en mars.",
    ],
)
def test_fr_blocking_or_giving_up_something_else_than_the_deal_is_no_cancellation(sentence: str) -> None:
    assert DealStatus.CANCELLED not in [r.status for r in records_of(sentence, "fr")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # a long perfect frame within one clause is still the perfect: the deal is done
        ("Velkor hat seit der Gründung gemeinsam mit zwei Partnern aus Tessin rund 30 Millionen Euro in Norvia investiert.", DealStatus.COMPLETED),
        ("Velkor hatte die Norvia AG im Herbst 2016 nach langem Ringen für 140 Millionen Euro vom Gründer gekauft.", DealStatus.COMPLETED),
    ],
)
def test_de_long_perfect_frame_is_completed(sentence: str, status: DealStatus) -> None:
    assert _status(sentence, "de") is status


def test_de_perfect_frame_stops_at_a_clause_boundary() -> None:
    # "hat bestätigt, dass ... übernommen werden soll": the auxiliary of one clause is no perfect of the next one's deal
    assert _status("Velkor hat bestätigt, dass Norvia 2025 übernommen werden soll.", "de") is not DealStatus.COMPLETED
