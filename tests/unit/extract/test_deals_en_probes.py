"""English deal shapes of modern business news (invented sentences): who buys, sells and is bought, what is paid."""

from __future__ import annotations

from decimal import Decimal

from tests.unit.extract.support import records_of


def _roles(text: str) -> list[list[tuple[str, str]]]:
    return [sorted((p.name, p.role.value) for p in r.parties) for r in records_of(text, "en")]


def test_a_company_sold_to_a_buyer_in_the_passive_is_the_target() -> None:
    (record,) = records_of("Norvia has been sold to Velkor for €80 million.", "en")
    assert sorted((p.name, p.role.value) for p in record.parties) == [("Norvia", "target"), ("Velkor", "buyer")]
    assert record.amount is not None and record.amount.value == Decimal(80_000_000)
    # no name sold (a common noun, a country): the sentence's company sells, as in the plain sale
    assert _roles("Velkor said its stores in Peru and Chile were sold to Dastrel.") == [[("Dastrel", "buyer"), ("Velkor", "seller")]]
    # the active sale keeps its seller
    assert _roles("Tessmar sold Norvia to Velkor.") == [[("Norvia", "target"), ("Tessmar", "seller"), ("Velkor", "buyer")]]


def test_the_name_right_before_the_reported_verb_acts_not_the_speaker() -> None:
    assert _roles("Velkor said Norvia acquired Dastrel last year.") == [[("Dastrel", "target"), ("Norvia", "buyer")]]
    assert _roles("Velkor said Norvia was acquired by Dastrel.") == [[("Dastrel", "buyer"), ("Norvia", "target")]]
    # with no name of its own before the verb, the speaker still acts
    assert _roles("Velkor said it acquired Dastrel.") == [[("Dastrel", "target"), ("Velkor", "buyer")]]


def test_a_ticker_in_brackets_is_no_party() -> None:
    assert _roles("Velkor Inc (VLK.N) agreed to buy Norvia Corp (NRV.O) for $1.3 billion.") == [[("Norvia Corp", "target"), ("Velkor Inc", "buyer")]]
    assert _roles("Velkor Inc (NYSE: VLK) agreed to buy Norvia Corp.") == [[("Norvia Corp", "target"), ("Velkor Inc", "buyer")]]
    # a bare acronym in brackets may be how the article names the company later: it stays a name
    assert _roles("Harlow Benton Valve Inc (HBV) agreed to buy Norvia.\n    HBV said it would pay cash.")[0] == [("Harlow Benton Valve Inc", "buyer"), ("Norvia", "target")]


def test_an_officer_acronym_splits_company_and_person() -> None:
    assert _roles("Velkor CEO Anna Holt said the company agreed to buy Norvia for $40 million.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    # a company whose name holds a title word is one name
    assert _roles("Velkor President Holdings agreed to buy Norvia.") == [[("Norvia", "target"), ("Velkor President Holdings", "buyer")]]


def test_a_backer_before_backed_describes_the_company() -> None:
    assert _roles("Velkor Capital-backed Norvia agreed to acquire Dastrel.") == [[("Dastrel", "target"), ("Norvia", "buyer")]]
    # a "-based" place and a "-backed" backer alike: the name after the modifier acts
    assert _roles("Boston-based Norvia agreed to acquire Dastrel.") == [[("Dastrel", "target"), ("Norvia", "buyer")]]


def test_a_stake_bought_is_one_deal() -> None:
    (record,) = records_of("Velkor bought a 20% stake in Norvia for $300 million.", "en")
    assert sorted((p.name, p.role.value) for p in record.parties) == [("Norvia", "target"), ("Velkor", "buyer")]
    assert record.amount is not None and record.amount.value == Decimal(300_000_000)
    # a stake in another company than the one bought is a deal of its own
    records = records_of("Velkor bought Norvia, which has a stake in Dastrel.", "en")
    assert any({p.name for p in r.parties} == {"Velkor", "Norvia"} for r in records)


def test_the_possessor_of_a_purchase_noun_buys() -> None:
    assert _roles("Velkor's acquisition of Norvia is expected to close in the third quarter.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    # a regulator acting on the deal is no side of it
    assert _roles("The Competition and Markets Authority blocked Velkor's $8 billion takeover of Norvia.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    assert _roles("Regulators in Washington approved Velkor's purchase of Norvia.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    # the agent after "by" still buys when the noun has another possessor
    assert _roles("Norvia's acquisition of Dastrel by Velkor was completed.") == [[("Dastrel", "target"), ("Velkor", "buyer")]]


def test_trade_and_buybacks_are_no_deal() -> None:
    for text in (
        "Velkor will buy back up to $5 billion of its own shares.",
        "Velkor sells its products in more than 100 countries.",
        "Norvia buys most of its chips from Velkor.",
        "The government sold $20 billion of Treasury bills on Monday.",
    ):
        assert records_of(text, "en") == [], text
    # a unit named by its trade is a company sold; shares bought back from a named holder are a deal with it
    assert _roles("Velkor sold its insurance business to Norvia.") == [[("Norvia", "buyer"), ("Velkor", "seller"), ("insurance business", "target")]]
    assert records_of("Velkor bought back Norvia's stock for $620 million.", "en") != []


def test_partnerships_told_in_modern_words() -> None:
    for text, names in (
        ("Velkor and Norvia announced a strategic partnership on cloud computing.", {"Velkor", "Norvia"}),
        ("Velkor has partnered with Norvia to develop self-driving trucks.", {"Velkor", "Norvia"}),
        ("Velkor, Norvia and Dastrel formed an alliance to develop hydrogen engines.", {"Velkor", "Norvia", "Dastrel"}),
        ("Velkor signed a partnership agreement with Norvia.", {"Velkor", "Norvia"}),
        ("Velkor is teaming up with Norvia to sell insurance in Brazil.", {"Velkor", "Norvia"}),
    ):
        (record,) = records_of(text, "en")
        assert record.deal_type.value == "partnership", text
        assert {p.name for p in record.parties} == names and {p.role.value for p in record.parties} == {"partner"}, text
    # a partner already, a partnership as a form of company, a partnership named as a party: no new partnership
    assert records_of("Velkor is already a partner with Norvia in a pipeline.", "en") == []
    assert all(r.deal_type.value != "partnership" for r in records_of("Velkor bought Norvia, a limited partnership.", "en"))
    assert all(r.deal_type.value != "partnership" for r in records_of("The partnership, Dastrel Associates, bought 5 pct of Norvia.", "en"))


def test_what_a_company_is_worth_is_not_the_deals_sum() -> None:
    (merger,) = records_of("Velkor will merge with Norvia to create a company worth $20 billion.", "en")
    assert merger.amount is None or merger.amount.value is None
    (talks,) = records_of("Norvia is in talks to raise new funding at a valuation of about $5 billion, people familiar with the matter said.", "en")
    assert talks.amount is None or talks.amount.value is None
    # the sum raised or paid stays, told before the company's worth
    (raised,) = records_of("Norvia raised $60 million from Dastrel at a valuation of $1 billion.", "en")
    assert raised.amount is not None and raised.amount.value == Decimal(60_000_000)
    (bought,) = records_of("Velkor agreed to buy Norvia for $2 billion, creating a company worth $9 billion.", "en")
    assert bought.amount is not None and bought.amount.value == Decimal(2_000_000_000)


def _status(text: str) -> str:
    (record,) = records_of(text, "en")
    return record.status.value


def test_bids_withdrawn_or_ruled_out_and_deals_that_collapsed_are_off() -> None:
    assert _status("Velkor withdrew its $2 billion bid for Norvia.") == "cancelled"
    assert _status("Velkor said it would not make an offer for Norvia.") == "cancelled"
    assert _status("Velkor's deal to buy Norvia collapsed after financing fell through.") == "cancelled"
    # a deal that almost fell through went on
    assert _status("Velkor agreed to buy Norvia in March, a deal that almost fell through in May.") == "agreed"


def test_unnamed_sources_make_a_done_sounding_deal_a_rumour() -> None:
    assert _status("Velkor agreed to buy Norvia for $1bn, the Journal reported, citing people familiar with the matter.") == "rumored"
    assert _status("Velkor could buy Norvia as early as next month, people familiar with the matter said.") == "rumored"
    # named speakers of the deal do not
    assert _status("Velkor agreed to buy Norvia for $1bn, the companies said on Tuesday.") == "agreed"


def test_an_aside_between_subject_and_verb_names_no_subject() -> None:
    assert _roles("Norvia, owned by Velkor Partners, is buying Dastrel for $500 million.") == [[("Dastrel", "target"), ("Norvia", "buyer")]]
    assert _roles("Velkor, whose chief executive John Marsh founded the company in 1998, agreed to buy Norvia.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    assert _roles("Velkor, through its subsidiary Dastrel, acquired Norvia.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    # with no aside, the name right before the verb acts
    assert _roles("Velkor unit Dastrel acquired Norvia.")[0][0] == ("Dastrel", "buyer")


def test_devices_counted_out_are_an_order_with_their_count() -> None:
    (record,) = records_of("Norvia bought 10,000 laptops from Velkor at $30,000 each.", "en")
    assert record.deal_type.value == "supply_contract"
    assert sorted((p.name, p.role.value) for p in record.parties) == [("Norvia", "customer"), ("Velkor", "supplier")]
    assert record.quantity is not None and record.quantity.value == Decimal(10_000) and record.quantity.unit == "laptop"
    assert record.unit_price is not None and record.unit_price.value == Decimal(30_000)
    # a capitalised word after a count opens a company's name: no goods
    (stake,) = records_of("Velkor bought 365,375 Computer Memories shares from Norvia.", "en")
    assert stake.quantity is None or stake.quantity.unit != "computer"


def test_sums_written_with_their_symbol_inside_deal_wordings() -> None:
    (paid,) = records_of("Velkor agreed to pay $1.8 billion for Norvia.", "en")
    assert sorted((p.name, p.role.value) for p in paid.parties) == [("Norvia", "target"), ("Velkor", "buyer")]
    assert paid.amount is not None and paid.amount.value == Decimal(1_800_000_000)
    (won,) = records_of("Velkor won a $500 million contract from Norvia to supply turbines.", "en")
    assert won.deal_type.value == "supply_contract" and won.status.value == "agreed"
    assert sorted((p.name, p.role.value) for p in won.parties) == [("Norvia", "customer"), ("Velkor", "supplier")]
    (led,) = records_of("Velkor Ventures led a $15 million seed round in Norvia.", "en")
    assert sorted((p.name, p.role.value) for p in led.parties) == [("Norvia", "target"), ("Velkor Ventures", "investor")]
    (closed,) = records_of("Norvia closed a $200 million Series C, valuing the startup at $2.5 billion.", "en")
    assert closed.deal_type.value == "funding_round" and closed.status.value == "completed"
    assert closed.amount is not None and closed.amount.value == Decimal(200_000_000)
    # paying a sum for something that is no company names no target
    assert all(r.deal_type.value != "acquisition" for r in records_of("Velkor paid $300 million in taxes in Ireland last year.", "en"))


def test_orders_received_or_placed_with_a_maker() -> None:
    (received,) = records_of("Velkor received an order from Norvia worth €120 million.", "en")
    assert sorted((p.name, p.role.value) for p in received.parties) == [("Norvia", "customer"), ("Velkor", "supplier")]
    (placed,) = records_of("Norvia placed an order for 50 locomotives with Velkor.", "en")
    assert sorted((p.name, p.role.value) for p in placed.parties) == [("Norvia", "customer"), ("Velkor", "supplier")]
    assert placed.quantity is not None and placed.quantity.value == Decimal(50)


def test_the_possessor_of_a_plan_or_deal_to_buy_or_sell_acts() -> None:
    assert _roles("Velkor's deal to buy Norvia collapsed after financing fell through.") == [[("Norvia", "target"), ("Velkor", "buyer")]]
    assert _roles("The board rejected Dastrel's offer to acquire Norvia for $52 a share.")[0] == [("Dastrel", "buyer"), ("Norvia", "target")]
    assert ("Norvia", "seller") in _roles("Norvia's plan to sell its Brakes unit to Velkor was approved.")[0]
    # a possessive that owns something else than the plan is no actor: "Norvia's shareholders' plan" names the holders
    assert ("Norvia", "buyer") not in _roles("Velkor said Norvia's board approved the plan to buy Dastrel.")[0]


def test_deal_nouns_and_a_price_per_share_paid_for_a_company() -> None:
    (per_share,) = records_of("Velkor would pay $40 per share in cash for Norvia, valuing the company at $2.4 billion.", "en")
    assert sorted((p.name, p.role.value) for p in per_share.parties) == [("Norvia", "target"), ("Velkor", "buyer")]
    assert per_share.amount is not None and per_share.amount.value == Decimal(2_400_000_000)
    (take_private,) = records_of("Velkor agreed to a take-private deal for Norvia worth $3.2 billion.", "en")
    assert sorted((p.name, p.role.value) for p in take_private.parties) == [("Norvia", "target"), ("Velkor", "buyer")]
    (pursuit,) = records_of("Velkor walked away from its pursuit of Norvia.", "en")
    assert pursuit.status.value == "cancelled"
    assert sorted((p.name, p.role.value) for p in pursuit.parties) == [("Norvia", "target"), ("Velkor", "buyer")]


def test_a_second_backers_preposition_adds_its_backer() -> None:
    (record,) = records_of(
        "Norvia, a London-based fintech, has raised £25m in Series A funding led by Velkor Capital, with participation from Dastrel.", "en"
    )
    assert sorted((p.name, p.role.value) for p in record.parties) == [("Dastrel", "investor"), ("Norvia", "target"), ("Velkor Capital", "investor")]
    # a name after another preposition is no backer
    (other,) = records_of("Norvia raised $40 million in a Series B round led by Velkor Capital to expand in Ohio.", "en")
    assert sorted((p.name, p.role.value) for p in other.parties) == [("Norvia", "target"), ("Velkor Capital", "investor")]


def test_second_round_of_probes() -> None:
    # a passive sale whose subject has a relative clause after it
    assert _roles("Sarvik Foods, which makes frozen pizza, has been sold to Brondel Holdings for an undisclosed amount.") == [
        [("Brondel Holdings", "buyer"), ("Sarvik Foods", "target")]
    ]
    assert _status("Quorvex dropped its $4.1 billion bid for Harvane on Monday.") == "cancelled"
    assert _status("Quorvex will buy Harvane for a large sum, a person familiar with the deal said.") == "rumored"
    (led,) = records_of("Lumetra Ventures co-led a $22 million Series A in Sarvik.", "en")
    assert sorted((p.name, p.role.value) for p in led.parties) == [("Lumetra Ventures", "investor"), ("Sarvik", "target")]
    assert records_of("Quorvex sells its software to more than 5,000 customers, including Harvane.", "en") == []
    # a software business sold is a deal
    assert records_of("Quorvex sold its software business to Harvane.", "en") != []


def test_a_loan_or_grant_received_from_a_named_lender_is_a_deal_of_type_other() -> None:
    (loan,) = records_of("Velkor received a $2 billion loan from the U.S. Department of Energy to build a battery plant.", "en")
    assert loan.deal_type.value == "other"
    assert sorted((p.name, p.role.value) for p in loan.parties) == [("U.S. Department of Energy", "investor"), ("Velkor", "target")]
    # a loan's sum spoken of with no lender named is no deal
    assert records_of("Velkor said the loan of $2 billion would be repaid in 2030.", "en") == []


def test_co_ltd_is_one_name() -> None:
    assert _roles("Velkor Technologies Co., Ltd. agreed to acquire Norvia Systems GmbH.") == [
        [("Norvia Systems GmbH", "target"), ("Velkor Technologies Co., Ltd", "buyer")]
    ]
    # a name after the comma that is no legal suffix is a name of its own
    assert ("Norvia Ltd", "target") in _roles("Velkor Co agreed to buy Norvia Ltd.")[0]
