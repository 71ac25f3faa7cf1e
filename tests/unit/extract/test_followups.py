"""German follow-ups across sentences: a side of a deal named in the next sentence (the new owner,
the one who pays, the former owner, what is bought), a deal noun taking up the two sides that
agreed in the sentence before, and a bid won in a sale."""

from __future__ import annotations

import pytest

from pipeline.extract.article_names import issuer, with_governments
from pipeline.extract.candidates import Candidate, role_of
from pipeline.extract.followups import (
    DE_DEAL_NOUN_ANYWHERE,
    de_buyer_named_next,
    de_noun_follow_ups,
    de_seller_named_next,
    de_target_named_next,
    de_tendered_before,
    de_won_sale,
)
from pipeline.extract.names import NameSpan, find_names
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import Trigger, find_triggers
from pipeline.models import DealType, PartyRole

R = PartyRole
T = DealType


def _context(text: str) -> list[NameSpan]:
    """The article's names as ``extract`` reads them for German follow-ups."""
    return [issuer(n) for n in with_governments(text, "de", [(0, len(text))], find_names(text, "de"))]


def _candidate(text: str, sides: list[tuple[str, PartyRole]], which: int = 0) -> tuple[list[tuple[int, int]], Candidate]:
    """The text's sentences and the candidate of its ``which``-th trigger, with the given sides as the roles step would set them."""
    sentences = split_sentences(text)
    trigger = find_triggers(text, "de")[which]
    sentence = next(s for s in sentences if s[0] <= trigger.start < s[1])
    cand = Candidate(trigger, sentence, text_window=text[sentence[0] : sentence[1]])
    names = _context(text)
    for name, role in sides:
        cand.parties.append(role_of(next(n for n in names if n.text == name), role, text))
    return sentences, cand


def _sides(cand: Candidate) -> list[tuple[str, PartyRole]]:
    return [(p.name, p.role) for p in cand.parties]


_SOLD = [("Velkor AG", R.SELLER), ("Norvia", R.TARGET)]


@pytest.mark.parametrize(
    ("second", "buyer"),
    [
        ("Neuer Eigentümer ist die Dastrel AG.", "Dastrel AG"),
        ("Der Konzern Dastrel zahlt dafür 300 Millionen Euro.", "Dastrel"),  # who pays for it buys it
        ("Dastrel Holding zahlt dafür 300 Millionen Euro.", "Dastrel Holding"),
    ],
)
def test_buyer_named_in_the_next_sentence(second: str, buyer: str) -> None:
    text = "Die Velkor AG verkauft ihre Tochter Norvia. " + second
    sentences, cand = _candidate(text, _SOLD)
    out = de_buyer_named_next(text, sentences, _context(text), [cand])
    assert [_sides(c) for c in out] == [_SOLD + [(buyer, R.BUYER)]]
    # the evidence span of the added side is where it is written
    added = out[0].parties[-1]
    assert text[added.start : added.end] == buyer


@pytest.mark.parametrize(
    "second",
    [
        "Es handelt sich um die Dastrel AG.",  # no buyer was sought: what is named is what is sold
        "Neuer Chef ist Karl Dastrel.",  # a new head, no new owner
        "Die Velkor AG kassiert dafür 300 Millionen Euro.",  # the seller is paid
    ],
)
def test_no_buyer_in_the_next_sentence(second: str) -> None:
    text = "Die Velkor AG verkauft ihre Tochter Norvia. " + second
    sentences, cand = _candidate(text, _SOLD)
    out = de_buyer_named_next(text, sentences, _context(text), [cand])
    assert [_sides(c) for c in out] == [_SOLD]


def test_next_sentence_reading_the_same_sides_is_no_second_deal() -> None:
    text = "Die Velkor AG verkauft ihre Tochter Norvia. Neuer Eigentümer ist die Dastrel AG."
    sentences, sale = _candidate(text, _SOLD)
    owner = next(n for n in _context(text) if n.text == "Dastrel AG")
    second = Candidate(Trigger(sentences[1][0], sentences[1][0] + 5, T.ACQUISITION, "buy"), sentences[1], parties=[role_of(owner, R.BUYER, text)])
    out = de_buyer_named_next(text, sentences, _context(text), [sale, second])
    assert out == [sale]


_BOUGHT = [("Velkor AG", R.BUYER), ("Norvia GmbH", R.TARGET)]


@pytest.mark.parametrize(
    ("second", "seller"),
    [
        ("Verkäufer ist der Finanzinvestor Dastrel.", "Dastrel"),
        ("Bisher gehörte die Firma der Dastrel AG.", "Dastrel AG"),
    ],
)
def test_seller_named_in_the_next_sentence(second: str, seller: str) -> None:
    text = "Die Velkor AG übernimmt die Norvia GmbH. " + second
    sentences, cand = _candidate(text, _BOUGHT)
    de_seller_named_next(text, sentences, _context(text), [cand])
    assert _sides(cand) == _BOUGHT + [(seller, R.SELLER)]


def test_no_seller_cue_no_seller() -> None:
    text = "Die Velkor AG übernimmt die Norvia GmbH. Die Dastrel AG meldet Gewinne."
    sentences, cand = _candidate(text, _BOUGHT)
    de_seller_named_next(text, sentences, _context(text), [cand])
    assert _sides(cand) == _BOUGHT


def test_target_named_in_the_next_sentence() -> None:
    text = "Die Velkor AG will einen Rivalen übernehmen. Es geht um die Norvia GmbH."
    sentences, cand = _candidate(text, [("Velkor AG", R.BUYER)])
    de_target_named_next(text, sentences, _context(text), cand)
    assert _sides(cand) == [("Velkor AG", R.BUYER), ("Norvia GmbH", R.TARGET)]


def test_target_already_named_stays_alone() -> None:
    text = "Die Velkor AG übernimmt die Norvia GmbH. Es geht um die Dastrel AG."
    sentences, cand = _candidate(text, _BOUGHT)
    de_target_named_next(text, sentences, _context(text), cand)
    assert _sides(cand) == _BOUGHT


def test_deal_noun_takes_up_the_sides_that_agreed() -> None:
    text = "Die Velkor AG hat sich mit der Norvia GmbH geeinigt. Die Übernahme soll im Herbst abgeschlossen sein."
    assert find_triggers(text, "de") == []  # the article has no trigger: extract reads it for the noun alone
    assert DE_DEAL_NOUN_ANYWHERE.search(text) is not None
    out = de_noun_follow_ups(text, split_sentences(text), _context(text), [])
    assert len(out) == 1
    noun = out[0]
    assert (text[noun.trigger.start : noun.trigger.end], noun.trigger.deal_type, noun.trigger.voice, noun.trigger.noun) == ("Übernahme", T.ACQUISITION, "buy", True)
    # the one "mit" joins is bought
    assert _sides(noun) == [("Velkor AG", R.BUYER), ("Norvia GmbH", R.TARGET)]


def test_merger_of_two_sides_joined_by_und() -> None:
    text = "Die Velkor AG und die Norvia GmbH haben sich geeinigt. Die Fusion soll im Herbst abgeschlossen sein."
    out = de_noun_follow_ups(text, split_sentences(text), _context(text), [])
    assert [(c.trigger.deal_type, c.trigger.voice) for c in out] == [(T.MERGER, "merge")]


@pytest.mark.parametrize(
    "text",
    [
        # "X und Y" agreed: who buys whom is not said
        "Die Velkor AG und die Norvia GmbH haben sich geeinigt. Die Übernahme soll im Herbst abgeschlossen sein.",
        # the sentence before reports no agreement between the two
        "Die Velkor AG und die Norvia GmbH melden Gewinne. Die Fusion soll im Herbst abgeschlossen sein.",
    ],
)
def test_deal_noun_without_agreed_sides_adds_nothing(text: str) -> None:
    assert de_noun_follow_ups(text, split_sentences(text), _context(text), []) == []


def test_bid_won_in_a_sale_buys() -> None:
    text = "Verkauft wird die Sparte Tessmar. Den Zuschlag bekommt Norvia."
    sentences, cand = _candidate(text, [("Norvia", R.SUPPLIER)], which=1)
    assert cand.trigger.deal_type is T.SUPPLY_CONTRACT  # as the trigger table reads "Zuschlag"
    won = de_won_sale(text, sentences, cand)
    assert (won.trigger.deal_type, won.trigger.voice) == (T.DIVESTITURE, "sell")
    assert _sides(won) == [("Norvia", R.BUYER)]
    assert cand.trigger.deal_type is T.SUPPLY_CONTRACT  # a new candidate, the old one untouched


def test_tender_won_is_a_contract_with_the_tendering_customer() -> None:
    text = "Die Stadt Brondelheim hat die Stromlieferung ausgeschrieben. Norvia erhielt den Zuschlag."
    sentences, cand = _candidate(text, [("Norvia", R.SUPPLIER)])
    assert de_won_sale(text, sentences, cand) is cand  # no sale: the winner supplies
    de_tendered_before(text, sentences, _context(text), cand)
    assert _sides(cand) == [("Norvia", R.SUPPLIER), ("Stadt Brondelheim", R.CUSTOMER)]
