"""English deal shapes, second probe round (invented sentences): wordings that gave a wrong or lost record."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.extract.support import records_of


def _roles(text: str) -> list[list[tuple[str, str]]]:
    return [sorted((p.name, p.role.value) for p in r.parties) for r in records_of(text, "en")]


def _status(text: str) -> list[str]:
    return [r.status.value for r in records_of(text, "en")]


def test_a_passive_told_as_to_come_is_not_completed() -> None:
    assert _status("Norvia will be sold to Velkor for $200 million.") == ["announced"]
    assert _status("Norvia is to be acquired by Velkor.") == ["announced"]
    assert _status("Norvia is expected to be acquired by Velkor by June.") == ["expected"]
    assert _status("Norvia could soon be bought by Velkor.") == ["expected"]
    # the passive of a deal done stays completed
    assert _status("Norvia was acquired by Velkor for $90 million.") == ["completed"]
    assert _status("Norvia has been sold to Velkor.") == ["completed"]


def test_a_name_sold_by_a_seller_is_the_target_and_the_name_after_by_sells() -> None:
    assert _roles("Norvia was sold by Velkor to Tessmar for $90 million.") == [[("Norvia", "target"), ("Tessmar", "buyer"), ("Velkor", "seller")]]
    assert _roles("Norvia has been sold by Velkor.") == [[("Norvia", "target"), ("Velkor", "seller")]]
    # "could be sold to": the name before the modal is still what is sold
    assert _roles("Norvia could be sold to Velkor.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    # no name right before: shares or a pronoun sold by holders make no sale of a company
    assert records_of("The offering of shares being sold by certain holders closed.", "en") == []


def test_a_legal_form_word_in_lower_case_after_a_name_is_a_verb() -> None:
    assert _roles("Velkor partners with Norvia to build electric buses.") == [[("Norvia", "partner"), ("Velkor", "partner")]]
    assert _roles("Velkor Partners partners with Norvia on cloud services.") == [[("Norvia", "partner"), ("Velkor Partners", "partner")]]
    # capitalised, it is the name's own word
    assert _roles("Velkor Partners agreed to buy Norvia.") == [[("Norvia", "target"), ("Velkor Partners", "buyer")]]


def test_a_deal_told_by_the_press_is_rumoured() -> None:
    assert _status("Velkor is considering a bid for Norvia, Reuters reported.") == ["rumored"]
    assert _status("Velkor plans to buy Norvia, according to a report in the Daily Ledger.") == ["rumored"]
    assert _status("Velkor is weighing an offer for Norvia, the Ledger Times reported on Monday.") == ["rumored"]
    # a party's own report of its results is no press report
    assert _status("Velkor reported a net profit of $20 million after it bought Norvia.") == ["completed"]
    assert _status("Velkor agreed to buy Norvia for $1 billion, Velkor said.") == ["agreed"]


def test_an_old_wire_ticker_in_angle_brackets_is_no_party() -> None:
    assert _roles("Velkor Bank Ltd <VELK.T> has agreed to buy Norvia Corp.") == [[("Norvia Corp", "target"), ("Velkor Bank Ltd", "buyer")]]
    assert _roles("Velkor AG\n<VELK.F> said it sold its Norvia unit to Dastrel Corp <DAS>.")[0][0] == ("Dastrel Corp", "buyer")
    # after a possessive the ticker stands between the owner and its bid
    assert _roles("Velkor Ltd's <VELK.T> plan to buy 80 pct of <Norvia Corp> was dropped.") == [[("Norvia Corp", "target"), ("Velkor Ltd", "buyer")]]
    # a company the wire brackets as unlisted stays a name
    assert _roles("Velkor Inc agreed to buy <Norvia Corp>.") == [[("Norvia Corp", "target"), ("Velkor Inc", "buyer")]]


def test_which_after_a_name_takes_it_up_as_the_buyer() -> None:
    quoted = '"We welcome Norvia," said Anna Holt, chief executive of Velkor, which agreed to buy the firm for $80 million.'
    assert ("Velkor", "buyer") in _roles(quoted)[0]
    assert ("Norvia", "buyer") not in _roles(quoted)[0]
    assert _roles("Dastrel said it formed a venture, Velkor Co, which has acquired Norvia.") == [[("Norvia", "target"), ("Velkor Co", "buyer")]]
    # a passive after "which": the name is what was bought
    assert _roles("Norvia, which was acquired by Velkor last year, makes pumps.") == [[("Norvia", "target"), ("Velkor", "buyer")]]


def test_the_merger_of_two_named_companies_names_both() -> None:
    assert _roles("The merger of Velkor and Norvia was completed on Friday.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    assert _roles("Shareholders approved the merger of Velkor with Norvia.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    # one company after the noun: no second side is made up
    assert all(("Norvia", "buyer") not in r for r in _roles("The merger of Norvia's two units was completed."))


def test_a_loan_record_carries_the_loans_sum() -> None:
    (loan,) = records_of("Velkor secured a $300 million loan from Norvia Capital to fund its expansion.", "en")
    assert loan.deal_type.value == "other"
    assert loan.amount is not None and loan.amount.value == Decimal(300_000_000)
    # a purchase keeps the loan out of its price
    (deal,) = records_of("Velkor agreed to buy Norvia, funded by a $300 million bank loan.", "en")
    assert deal.amount is None or deal.amount.value != Decimal(300_000_000)


def test_a_bid_turned_down_names_its_bidder_and_is_off() -> None:
    records = records_of("Norvia's board rejected Velkor's offer as too low.", "en")
    assert [sorted((p.name, p.role.value) for p in r.parties) for r in records] == [[("Norvia", "target"), ("Velkor", "buyer")]]
    assert records[0].status.value == "cancelled"
    assert _status("Norvia turned down Velkor's $5 billion bid.") == ["cancelled"]
    # a proposal to do something else, or no bidder named: no takeover
    assert records_of("Norvia's board rejected the proposal to move its headquarters.", "en") == []
    assert records_of("Holders rejected Velkor's proposal to redeem the preferred shares.", "en") == []


def test_a_rounds_backers_named_in_the_next_sentence_invest() -> None:
    assert _roles("Norvia raised $12 million in a Series A round. The round was led by Velkor Capital.") == [
        [("Norvia", "target"), ("Velkor Capital", "investor")]
    ]
    assert _roles("Norvia raised $12 million in a Series A round. Investors in the round included Velkor Capital, Dastrel Ventures and Tessmar Fund.") == [
        [("Dastrel Ventures", "investor"), ("Norvia", "target"), ("Tessmar Fund", "investor"), ("Velkor Capital", "investor")]
    ]
    # a next sentence that names no backers adds none
    assert _roles("Norvia raised $12 million in a Series A round. Velkor Capital said demand was strong.") == [[("Norvia", "target")]]


def test_a_deal_noun_that_closed_is_completed() -> None:
    assert _status("The $4 billion merger of Velkor with Norvia closed on Monday.") == ["completed"]
    # a share price that closed says nothing of the deal
    assert _status("Velkor agreed to buy Norvia. Norvia shares closed at $18.40 on Friday, after the deal news.") == ["agreed"]


def test_a_loan_granted_to_a_named_borrower() -> None:
    (loan,) = records_of("Norvia Bank granted Velkor a loan of $500 million.", "en")
    assert loan.deal_type.value == "other"
    assert sorted((p.name, p.role.value) for p in loan.parties) == [("Norvia Bank", "investor"), ("Velkor", "target")]
    assert loan.amount is not None and loan.amount.value == Decimal(500_000_000)
    # something else given is no loan
    assert records_of("Velkor gave Norvia a chance to bid.", "en") == []


def test_a_unit_divested_is_a_sale_done() -> None:
    assert _status("Tessmar divested Norvia to Velkor for $75 million.") == ["completed"]
    assert _status("Norvia will be divested to Velkor.") == ["announced"]


def test_the_agent_of_a_sale_noun_sells() -> None:
    assert _roles("The sale of Norvia to Velkor by Tessmar is expected to close next year.") == [
        [("Norvia", "target"), ("Tessmar", "seller"), ("Velkor", "buyer")]
    ]
    # who approves or leads is no seller
    assert _roles("The sale of Norvia was approved by Dastrel shareholders.") == [[("Norvia", "target")]]


def test_a_maker_chosen_to_supply_supplies_the_chooser() -> None:
    assert _roles("Norvia selected Velkor to supply 12 trains worth $240 million.") == [[("Norvia", "customer"), ("Velkor", "supplier")]]
    # a person picked for a post is no supplier
    assert records_of("Velkor picked Anna Holt to lead the unit.", "en") == []


def test_a_sum_pledged_to_a_named_party_is_aid_from_the_pledger() -> None:
    (aid,) = records_of("Velkor pledged $300 million to Norvia to fund its recovery.", "en")
    assert aid.deal_type.value == "other"
    assert sorted((p.name, p.role.value) for p in aid.parties) == [("Norvia", "target"), ("Velkor", "investor")]
    # no named receiver: no deal
    assert records_of("Velkor pledged $300 million to charity.", "en") == []
