"""fr/de status cues added for the multilingual set, on invented sentences."""

from __future__ import annotations

from pipeline.extract.status import find_status
from pipeline.models import DealStatus


def _status(text: str, lang: str) -> DealStatus | None:
    found = find_status(text, lang)
    return found.status if found else None


def test_french_conditional_is_expected() -> None:
    assert _status("La vente rapporterait quelque 40 millions d'euros au groupe Varnel.", "fr") is DealStatus.EXPECTED


def test_refused_offer_is_cancelled() -> None:
    assert _status("Le groupe Sorvil avait confirmé son refus d'une dernière offre de reprise.", "fr") is DealStatus.CANCELLED


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
