"""assign_roles on one sentence: who acts, what is bought, who sells or is supplied, by voice and language."""

from __future__ import annotations

import pytest

from pipeline.extract.candidates import Candidate
from pipeline.extract.names import find_names
from pipeline.extract.roles import assign_roles
from pipeline.extract.triggers import find_triggers


def _roles(text: str, lang: str) -> list[tuple[str, str]]:
    """The parties assign_roles gives the sentence's first trigger, with no article context (no lead)."""
    trigger = find_triggers(text, lang)[0]
    cand = Candidate(trigger, (0, len(text)), text_window=text if lang != "en" else "")
    assign_roles(text, find_names(text, lang), cand, lang, None)
    return [(party.name, party.role.value) for party in cand.parties]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # active buy: subject buys the object, "from" names the seller
        (
            "Velkor Corp plans to acquire Norvia Inc from Dastrel Holdings for 40 mln dlrs.",
            "en",
            [("Velkor Corp", "buyer"), ("Norvia Inc", "target"), ("Dastrel Holdings", "seller")],
        ),
        # passive: the agent after "by" buys
        ("Norvia Inc was acquired by Velkor Corp.", "en", [("Norvia Inc", "target"), ("Velkor Corp", "buyer")]),
        # sell: the subject sells its unit to the name after "to"
        (
            "Velkor Corp sold its Norvia unit to Dastrel Inc.",
            "en",
            [("Velkor Corp", "seller"), ("Norvia", "target"), ("Dastrel Inc", "buyer")],
        ),
        # German verb-second: the subject stands after the verb
        ("Im Vorjahr übernahm die Velkor AG die Norvia GmbH.", "de", [("Velkor AG", "buyer"), ("Norvia GmbH", "target")]),
        (
            "Die Velkor AG verkauft ihre Tochter Norvia an die Dastrel Holding.",
            "de",
            [("Velkor AG", "seller"), ("Norvia", "target"), ("Dastrel Holding", "buyer")],
        ),
        ("Le groupe Velkor a racheté la société Norvia.", "fr", [("Velkor", "buyer"), ("Norvia", "target")]),
        # French supply: "à" names who is supplied
        ("Velkor fournira 200 rames à Norvia.", "fr", [("Velkor", "supplier"), ("Norvia", "customer")]),
    ],
)
def test_roles_of_one_sentence(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _roles(text, lang) == expected


def test_the_article_company_acts_for_a_pronoun_subject() -> None:
    text = "Le groupe Velkor change de cap. Il a racheté la société Norvia."
    names = find_names(text, "fr")
    lead = names[0]
    trigger = find_triggers(text, "fr")[0]
    sentence = (text.index("Il a"), len(text))
    cand = Candidate(trigger, sentence, text_window=text[sentence[0] :])
    assign_roles(text, names, cand, "fr", lead)
    assert lead.text == "Velkor"
    assert [(p.name, p.role.value) for p in cand.parties] == [("Velkor", "buyer"), ("Norvia", "target")]
