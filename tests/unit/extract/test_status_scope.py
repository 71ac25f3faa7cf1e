"""fr/de: each status cue governs the deal of its own clause; attributions govern the whole sentence. Invented
sentences, each behaviour next to a case where it must not apply."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.status import find_statuses
from pipeline.extract.status_scope import _split_coordinated, clauses, scoped_status
from pipeline.models import DealStatus
from tests.unit.extract.support import item as _item


def _status(sentence: str, lang: str, trigger: str) -> tuple[DealStatus, str] | None:
    found = scoped_status(sentence, lang, find_statuses(sentence, lang), (0, len(sentence)), sentence.index(trigger))
    return (found.status, found.text) if found is not None else None


@pytest.mark.parametrize(
    ("sentence", "lang", "trigger", "status", "cue"),
    [
        # another clause's cue is not the deal's: the talks are with someone else, the purchase is done
        ("Velkor, en négociations avec Dastrel depuis mars, a racheté Norvia.", "fr", "racheté", DealStatus.COMPLETED, "a racheté"),
        # ... but talks in the deal's own clause are its status
        ("Velkor est en négociations avec Dastrel sur le rachat de Norvia.", "fr", "rachat", DealStatus.RUMORED, "en négociations"),
        # a conjunction before a cue opens a clause: the contract is signed, the purchase only possible
        ("Velkor a signé un contrat avec Norvia et pourrait acquérir Dastrel.", "fr", "contrat", DealStatus.AGREED, "a signé un"),
        ("Velkor a signé un contrat avec Norvia et pourrait acquérir Dastrel.", "fr", "acquérir", DealStatus.EXPECTED, "pourrait"),
        # ... a conjunction between names opens none
        ("Velkor et Norvia pourraient signer un contrat.", "fr", "contrat", DealStatus.EXPECTED, "pourraient"),
        # de: "und" before a modal opens the clause of the next deal: the first is done, the second planned
        ("Die Velkor AG übernahm 2019 die Norvia GmbH und will nun die Dastrel AG kaufen.", "de", "übernahm", DealStatus.COMPLETED, "übernahm"),
        ("Die Velkor AG übernahm 2019 die Norvia GmbH und will nun die Dastrel AG kaufen.", "de", "kaufen", DealStatus.EXPECTED, "will"),
        # ... "und" between names opens none
        ("Die Velkor AG und die Norvia GmbH wollen die Dastrel AG kaufen.", "de", "kaufen", DealStatus.EXPECTED, "wollen"),
        # an infinitive clause of the past before the comma is done, the main clause's sale to come
        ("Après avoir racheté Norvia en 2019, Velkor va céder sa filiale Dastrel.", "fr", "racheté", DealStatus.COMPLETED, "avoir racheté"),
        ("Après avoir racheté Norvia en 2019, Velkor va céder sa filiale Dastrel.", "fr", "céder", DealStatus.EXPECTED, "va céder"),
        # a relative clause tells its own deal
        ("Velkor devrait racheter Norvia, qui a cédé Dastrel en 2019.", "fr", "racheter", DealStatus.EXPECTED, "devrait"),
        ("Velkor devrait racheter Norvia, qui a cédé Dastrel en 2019.", "fr", "cédé", DealStatus.COMPLETED, "a cédé"),
        # de: the modal of the main clause is not the background deal's
        ("Velkor will Norvia kaufen, nachdem Dastrel die Tessmar AG übernommen hatte.", "de", "kaufen", DealStatus.EXPECTED, "will"),
        ("Velkor will Norvia kaufen, nachdem Dastrel die Tessmar AG übernommen hatte.", "de", "übernommen", DealStatus.COMPLETED, "übernommen hatte"),
        # de: the separable verb's particle after its object, the relative clause after it telling another deal
        ("Velkor kündigte am Montag die Übernahme der Norvia an, die 2019 an Dastrel verkauft worden war.", "de", "Übernahme", DealStatus.ANNOUNCED, None),
        ("Velkor kündigte am Montag die Übernahme der Norvia an, die 2019 an Dastrel verkauft worden war.", "de", "verkauft", DealStatus.COMPLETED, None),
        # a background deal's tense in the relative clause is not the news of the main clause ...
        ("Velkor, qui a racheté Dastrel en 2019, annonce le rachat de Norvia.", "fr", "rachat de", DealStatus.ANNOUNCED, "annonce"),
        # ... and stays the background deal's own
        ("Velkor, qui a racheté Dastrel en 2019, annonce le rachat de Norvia.", "fr", "racheté", DealStatus.COMPLETED, "a racheté"),
        # de: another deal called off in the next clause does not call this one off ...
        ("Velkor übernimmt Norvia, der Verkauf von Dastrel an Tessmar ist dagegen geplatzt.", "de", "übernimmt", DealStatus.ANNOUNCED, "übernimmt"),
        # ... it calls off its own
        ("Velkor übernimmt Norvia, der Verkauf von Dastrel an Tessmar ist dagegen geplatzt.", "de", "Verkauf", DealStatus.CANCELLED, "geplatzt"),
        # de: a clause with no cue of its own reads the sentence's ("kündigte an, ... zu übernehmen")
        ("Velkor kündigte am Montag an, die Norvia AG zu übernehmen.", "de", "übernehmen", DealStatus.ANNOUNCED, None),
    ],
)
def test_cue_governs_its_own_clause(sentence: str, lang: str, trigger: str, status: DealStatus, cue: str | None) -> None:
    found = _status(sentence, lang, trigger)
    assert found is not None and found[0] is status
    if cue is not None:
        assert found[1] == cue


@pytest.mark.parametrize(
    ("sentence", "lang", "trigger", "status"),
    [
        # an attribution at the head of the sentence covers both of its deals
        ("Selon le quotidien Le Matin, Velkor a racheté Norvia et Dastrel va céder Tessmar.", "fr", "racheté", DealStatus.RUMORED),
        ("Selon le quotidien Le Matin, Velkor a racheté Norvia et Dastrel va céder Tessmar.", "fr", "céder", DealStatus.RUMORED),
        # ... and without it each deal keeps its own tense
        ("Velkor a racheté Norvia et Dastrel va céder Tessmar.", "fr", "racheté", DealStatus.COMPLETED),
        ("Velkor a racheté Norvia et Dastrel va céder Tessmar.", "fr", "céder", DealStatus.EXPECTED),
        # de: an attribution covers the main clause ...
        ("Einem Medienbericht zufolge will Velkor Norvia kaufen, nachdem Dastrel die Tessmar AG übernommen hatte.", "de", "kaufen", DealStatus.RUMORED),
        # ... not the subordinate clause's deal told as done
        ("Einem Medienbericht zufolge will Velkor Norvia kaufen, nachdem Dastrel die Tessmar AG übernommen hatte.", "de", "übernommen", DealStatus.COMPLETED),
        # ... while a subordinate clause's plan stays the report's
        ("Laut Insidern prüft Velkor ein Angebot, nachdem Dastrel die Tessmar AG kaufen will.", "de", "kaufen", DealStatus.RUMORED),
    ],
)
def test_attribution_covers_the_sentence(sentence: str, lang: str, trigger: str, status: DealStatus) -> None:
    found = _status(sentence, lang, trigger)
    assert found is not None and found[0] is status


def test_clauses_split_at_commas_but_not_decimal_commas() -> None:
    sentence = "Velkor zahlt 2,5 Milliarden Euro, die Norvia gehört zu Dastrel."
    parts = clauses(sentence, 0, len(sentence), "de")
    assert [sentence[c.start : c.end].strip() for c in parts] == ["Velkor zahlt 2,5 Milliarden Euro,", "die Norvia gehört zu Dastrel."]
    assert [c.subordinate for c in parts] == [False, True]


def test_french_relative_pronoun_opens_a_subordinate_clause() -> None:
    sentence = "Velkor rachète Norvia qui avait cédé Dastrel."
    parts = clauses(sentence, 0, len(sentence), "fr")
    assert [c.subordinate for c in parts] == [False, True]


def test_record_takes_its_own_clause_status() -> None:
    text = "Le groupe Velkor, en négociations avec Dastrel depuis mars, a racheté la société Norvia."
    records = extract(_item(text, lang="fr"))
    assert records and records[0].status is DealStatus.COMPLETED
    assert records[0].status_evidence is not None and records[0].status_evidence.text == "a racheté"
    # the same talks in the deal's own clause
    text = "Le groupe Velkor est en négociations exclusives sur le rachat de la société Norvia."
    records = extract(_item(text, lang="fr"))
    assert records and records[0].status is DealStatus.RUMORED


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # the pluperfect of an announcement, its deal in the "que" clause with no cue of its own
        ("Le ministère avait annoncé que l'État allait devenir actionnaire de Norvia.", "actionnaire", DealStatus.ANNOUNCED),
        # ... not a deal whose own clause tells it done
        ("Velkor avait annoncé des résultats en hausse, puis a racheté Norvia.", "racheté", DealStatus.COMPLETED),
    ],
)
def test_pluperfect_announcement(sentence: str, trigger: str, status: DealStatus) -> None:
    found = _status(sentence, "fr", trigger)
    assert found is not None and found[0] is status


def test_a_newspaper_edition_reports_a_rumour() -> None:
    sentence = "Velkor envisage de céder Norvia, selon l'édition dominicale du journal Le Matin."
    assert _status(sentence, "fr", "céder") == (DealStatus.RUMORED, "selon l'édition dominicale du journal Le Matin")
    # ... with no one reporting it, the plan is the company's
    assert _status("Velkor envisage de céder Norvia, son unité de presse.", "fr", "céder") == (DealStatus.EXPECTED, "envisage de")


def test_after_a_report_is_hearsay() -> None:
    sentence = "Auch Velkor plant nach einem Bericht des Senders NTV, die Norvia AG zu verkaufen."
    assert _status(sentence, "de", "verkaufen") == (DealStatus.RUMORED, "nach einem Bericht des Senders NTV")
    # ... "nach" of time or of a deal is not a report
    assert _status("Auch Velkor plant nach einem Jahr, die Norvia AG zu verkaufen.", "de", "verkaufen") == (DealStatus.EXPECTED, "plant")


def test_money_still_needed_is_to_come() -> None:
    sentence = "Norvia aurait besoin d'un nouvel investissement de 20 millions d'euros."
    assert _status(sentence, "fr", "investissement") == (DealStatus.EXPECTED, "aurait besoin")
    # ... the conditional past of a deal done is still hearsay
    assert _status("Norvia aurait racheté Dastrel pour 20 millions d'euros.", "fr", "racheté") == (DealStatus.RUMORED, "aurait racheté")


def test_sollen_with_a_perfect_infinitive_is_hearsay() -> None:
    assert _status("Velkor soll die Norvia AG im Mai übernommen haben.", "de", "übernommen") == (
        DealStatus.RUMORED, "soll die Norvia AG im Mai übernommen haben"
    )
    # ... "sollen" with a plain infinitive is a plan
    assert _status("Velkor soll die Norvia AG im Mai übernehmen.", "de", "übernehmen") == (DealStatus.EXPECTED, "soll")


@pytest.mark.parametrize(
    ("sentence", "trigger", "status"),
    [
        # the conditional past of more deal verbs is hearsay ...
        ("Velkor aurait investi 7 millions d'euros chez Norvia.", "investi", DealStatus.RUMORED),
        ("Velkor aurait discrètement repris Norvia.", "repris", DealStatus.RUMORED),
        # ... the plain past is done
        ("Velkor a investi 5 millions d'euros dans Norvia.", "investi", DealStatus.COMPLETED),
    ],
)
def test_conditional_past_is_hearsay(sentence: str, trigger: str, status: DealStatus) -> None:
    found = _status(sentence, "fr", trigger)
    assert found is not None and found[0] is status


def test_no_cue_of_its_own_skips_a_background_deal_told_done() -> None:
    sentence = "Velkor est entré au capital de Norvia, qui vient aussi de lever 14 millions d'euros."
    # the entry says nothing of its status: the relative clause's fundraising is another deal, done
    assert _status(sentence, "fr", "capital") is None
    assert _status(sentence, "fr", "lever") == (DealStatus.COMPLETED, "vient aussi de lever")
    # ... a relative clause that tells the deal still to come speaks for it
    sentence = "Le rachat de Norvia par Velkor, qui devrait être finalisé en mars, ravit les syndicats."
    assert _status(sentence, "fr", "rachat") == (DealStatus.EXPECTED, "devrait")


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        # talks to buy, told as fact, are a purchase to come ...
        ("Velkor est en négociations exclusives avec Dastrel pour racheter Norvia.", DealStatus.EXPECTED),
        # ... reported by a newspaper they are a rumour ...
        ("Selon le quotidien Le Matin, Velkor est en négociations avec Dastrel pour racheter Norvia.", DealStatus.RUMORED),
        # ... and in the conditional too
        ("Velkor serait en négociations avec Dastrel pour racheter Norvia.", DealStatus.RUMORED),
    ],
)
def test_talks_to_buy(sentence: str, status: DealStatus) -> None:
    found = _status(sentence, "fr", "racheter")
    assert found is not None and found[0] is status


def test_a_report_named_with_nach_covers_the_sentence() -> None:
    sentence = "Nach einem Bericht des Senders NTV übernimmt Velkor die Norvia AG und verkauft die Dastrel AG."
    assert _status(sentence, "de", "verkauft") == (DealStatus.RUMORED, "Nach einem Bericht des Senders NTV")
    # ... without it the second verb is news
    assert _status("Velkor übernimmt die Norvia AG und verkauft die Dastrel AG.", "de", "verkauft") == (DealStatus.ANNOUNCED, "verkauft")


def test_a_colon_keeps_the_deal_with_its_own_side() -> None:
    # de: the deal's clause says nothing; the announcement before the colon is its status, not the modal after it
    sentence = ("So gilt die Ankündigung der Velkor Bank, die Norvia AG zu verkaufen, als Schachzug: "
                "Hinter der Bank soll in Wahrheit der Dastrel-Fonds stehen.")
    assert _status(sentence, "de", "verkaufen") == (DealStatus.ANNOUNCED, "Ankündigung der")
    # ... with no colon the sentence's best cue still speaks
    plain = "So gilt die Ankündigung der Velkor Bank, die Norvia AG zu verkaufen, als Schachzug, hinter dem der Dastrel-Fonds stehen soll."
    assert _status(plain, "de", "verkaufen") == (DealStatus.EXPECTED, "soll")


@pytest.mark.parametrize(
    ("sentence", "lang", "joined"),
    [
        # two names joined as one plural subject, or as one complement after a preposition: no clause boundary
        ("Velkor et Norvia ont renoncé à leur fusion.", "fr", True),
        ("Le projet de fusion de Velkor et Norvia a capoté.", "fr", True),
        ("La fusion d'Orvane et Norvia a capoté.", "fr", True),
        # negatives: a singular verb after the second name opens a clause of its own
        ("Velkor a racheté Norvia et Dastrel va céder Tessmar.", "fr", False),
        ("Velkor a signé un contrat avec Norvia et pourrait acquérir Dastrel.", "fr", False),
    ],
)
def test_a_conjunction_between_two_names_is_no_clause_boundary(sentence: str, lang: str, joined: bool) -> None:
    parts = _split_coordinated(sentence, clauses(sentence, 0, len(sentence), lang), find_statuses(sentence, lang), lang)
    assert (len(parts) == 1) is joined


def test_fr_an_apposition_naming_a_partner_takes_no_tense_of_the_main_verb() -> None:
    # "partenaire de Norvia depuis 2015" is a tie in place: the main verb's "va racheter" is the purchase's alone
    sentence = "Velkor, partenaire de Norvia depuis 2015, va racheter Dastrel."
    assert _status(sentence, "fr", "partenaire") is None
    assert _status(sentence, "fr", "racheter") == (DealStatus.EXPECTED, "va racheter")
    records = {r.deal_type.value: r.status for r in extract(_item(sentence, "fr"))}
    assert records == {"partnership": DealStatus.AGREED, "acquisition": DealStatus.EXPECTED}


def test_fr_an_apposition_before_a_contract_of_the_main_verb_keeps_its_tense() -> None:
    # the main verb tells a contract "avec" another party: the deal read at the apposition's trigger is that contract
    sentence = "Velkor, partenaire de Norvia depuis 2015, va signer un contrat avec Dastrel."
    assert _status(sentence, "fr", "partenaire") == (DealStatus.EXPECTED, "va signer")


def test_a_bids_fate_told_later_in_the_sentence_is_the_bids() -> None:
    # the bid is made, then rebuffed in the next main clause: called off
    sentence = "Velkor machte ein Angebot für Norvia, war damit aber abgeblitzt."
    assert _status(sentence, "de", "Angebot") == (DealStatus.CANCELLED, "abgeblitzt")
    # a deal that is no bid keeps its own clause's cue (another deal's failure is not its fate)
    sentence = "Velkor kündigte den Kauf von Norvia in Europa an, die Fusion mit Dastrel ist gescheitert."
    found = _status(sentence, "de", "Kauf")
    assert found is not None and found[0] is DealStatus.ANNOUNCED
