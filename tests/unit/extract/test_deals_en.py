"""English rules of the deal extractor: amount attachment, parties, status (invented sentences)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extract import extract
from tests.unit.extract.support import check as _check
from tests.unit.extract.support import item as _item
from tests.unit.extract.support import records_of


def test_undisclosed_terms_in_the_last_sentence() -> None:
    item = _item(
        "Harlow Widget Corp said it acquired Benton Valve Co of Dayton, Ohio.\n"
        "    Benton makes industrial valves and had sales of about six mln dlrs last year.\n"
        "    Harlow said it plans to keep Benton's management.\n"
        "    Terms were not disclosed.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    amount = records[0].amount
    assert amount is not None and not amount.disclosed
    assert amount.evidence is not None and amount.evidence.text == "not disclosed"


def test_withholding_something_else_is_not_an_undisclosed_price() -> None:
    item = _item(
        "Harlow Widget Corp said it acquired Benton Valve Co.\n"
        "    A spokesman did not disclose which banks advised Harlow.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert records[0].amount is None


def test_a_spokesman_withholding_a_price_is_no_undisclosed_term() -> None:
    item = _item(
        "Corvane Partners said it raised its stake in Trell Industries to 12 pct.\n"
        "    A Corvane spokesman would not disclose the price it paid for the shares.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert all(r.amount is None for r in records)


def test_a_gain_on_the_sale_is_not_its_price() -> None:
    item = _item(
        "Harlow Savings Bank said it sold its Dayton branch to Benton Federal Savings.\n"
        "    Harlow said it realized a gain of about 1.4 mln dlrs on the sale.\n"
        "    The price was not disclosed.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    amount = records[0].amount
    assert amount is not None and not amount.disclosed


def test_sizes_and_results_are_not_the_price() -> None:
    for second in (
        "Benton's principal asset is about 12 mln dlrs in cash.",
        "Benton had sales for 1986 of around 40 mln dlrs.",
        "Benton's sales rose 12 pct to 40 mln dlrs last year.",
        "Harlow took a writeoff of 3.5 mln dlrs on the unit.",
    ):
        item = _item(f"Harlow Widget Corp said it agreed to acquire Benton Valve Co.\n    {second}", "en")
        records = extract(item)
        _check(item, records)
        assert records[0].amount is None, second


def test_withholding_the_topic_of_talks_is_no_undisclosed_price() -> None:
    item = _item(
        "Corvane Partners said it acquired a 9 pct stake in Trell Industries.\n"
        "    Corvane said it has held talks with Trell but did not disclose the topic of the talks.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert all(r.amount is None for r in records)


def test_price_in_the_next_sentence() -> None:
    item = _item(
        "Harlow Widget Corp said it agreed to acquire Benton Valve Co.\n"
        "    Harlow will pay about 22 mln dlrs in cash and notes.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    amount = records[0].amount
    assert amount is not None and amount.value == Decimal("22000000")
    assert amount.evidence is not None and amount.evidence.text == "22 mln dlrs"


def test_sales_in_the_next_sentence_are_not_the_price() -> None:
    item = _item(
        "Harlow Widget Corp said it agreed to acquire Benton Valve Co.\n"
        "    Benton has about 40 mln dlrs in assets.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert records[0].amount is None


def test_a_name_further_on_is_not_the_object() -> None:
    item = _item(
        "Marlow Financial Corp said it agreed to acquire Tidewater Savings Bank of Greenport, N.Y., "
        "in an exchange of 1.2 Marlow shares for each Tidewater share.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    names = {p.role.value: p.name for p in records[0].parties}
    assert names == {"buyer": "Marlow Financial Corp", "target": "Tidewater Savings Bank"}


def test_lone_buyer_when_nothing_better() -> None:
    item = _item("Harlow Widget Corp said it agreed to buy 60 pct of two privately held toolmakers.", "en")
    records = extract(item)
    _check(item, records)
    assert [(p.role.value, p.name) for p in records[0].parties] == [("buyer", "Harlow Widget Corp")]


def test_takeover_offer_by_names_the_buyer() -> None:
    item = _item("Pellham Hotels Inc said its board rejected a takeover offer by investor Carl B. Rennick.", "en")
    records = extract(item)
    _check(item, records)
    names = {p.role.value: p.name for p in records[0].parties}
    assert names == {"target": "Pellham Hotels Inc", "buyer": "Carl B. Rennick"}


def test_a_bare_offer_is_not_status_evidence() -> None:
    item = _item("Dorrance Mills Inc said it made an offer for Kestrel Fabrics Corp.", "en")
    records = extract(item)
    _check(item, records)
    assert records[0].status.value == "announced"
    assert records[0].status_evidence is None


def test_sentence_openers_are_not_names() -> None:
    item = _item(
        "Dorrance Mills Inc said it bought 30 pct of Kestrel Fabrics Corp.\n"
        "    Together with shares it already owns, Dorrance now holds 45 pct of Kestrel.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert all(p.name != "Together" for r in records for p in r.parties)


def _target(records: list) -> str | None:
    return next((p.name for p in records[0].parties if p.role.value == "target"), None)


def test_counted_assets_keep_their_count() -> None:
    item = _item("Orrin Health Corp said it agreed to sell four suburban hospitals to Vale Care Inc for 9 mln dlrs.", "en")
    records = extract(item)
    _check(item, records)
    assert _target(records) == "four suburban hospitals"


def test_what_remains_is_not_counted() -> None:
    item = _item("Orrin Retail Corp said it agreed to sell 40 remaining Fenwick discount stores to Vale Corp.", "en")
    records = extract(item)
    _check(item, records)
    assert _target(records) == "Fenwick discount stores"


def test_bare_plural_object() -> None:
    item = _item("Orrin Materials Inc said it agreed to acquire crushed stone and asphalt businesses from Vale Corp.", "en")
    records = extract(item)
    _check(item, records)
    assert _target(records) == "crushed stone and asphalt businesses"
    assert {p.role.value: p.name for p in records[0].parties}["seller"] == "Vale Corp"


def test_a_stake_is_not_a_counted_asset() -> None:
    item = _item("Orrin Mining Ltd said it agreed to buy a 40 pct interest in Kettle Gold Mines Ltd.", "en")
    records = extract(item)
    _check(item, records)
    assert _target(records) == "Kettle Gold Mines Ltd"


def test_received_an_offer_from() -> None:
    item = _item("Pellham Hotels Inc said it received an unsolicited offer of 21 dlrs a share from Corvex Group Inc.", "en")
    records = extract(item)
    _check(item, records)
    names = {p.role.value: p.name for p in records[0].parties}
    assert names == {"target": "Pellham Hotels Inc", "buyer": "Corvex Group Inc"}


def test_a_share_price_is_not_the_deal_amount() -> None:
    item = _item("Pellham Hotels Inc said it agreed to acquire Corvex Lodging Corp for 14.25 dlrs cash per share.", "en")
    records = extract(item)
    _check(item, records)
    assert records[0].amount is None


def _slots(text: str) -> tuple[dict[str, list[str]], object]:
    records = records_of(text, "en")
    best = max(records, key=lambda r: r.confidence)
    roles: dict[str, list[str]] = {}
    for party in best.parties:
        roles.setdefault(party.role.value, []).append(party.name)
    return roles, best


def test_the_size_of_the_target_is_not_its_price() -> None:
    roles, record = _slots("Granite Bancshares Inc said it completed the acquisition of three rural banks with combined assets of about 95 mln dlrs.")
    assert record.amount is None


def test_a_price_per_share_with_each_is_not_the_price() -> None:
    _, record = _slots("Orchard Holdings Ltd said it agreed to acquire Milbrook Paper Ltd and will pay 3.40 dlrs cash each for its shares.")
    assert record.amount is None


def test_assets_sold_for_a_price_keep_the_price() -> None:
    _, record = _slots("Tellmark Systems Inc said it has agreed to sell substantially all of its assets for about 31 mln dlrs cash.")
    assert record.amount is not None and record.amount.evidence is not None and record.amount.evidence.text == "31 mln dlrs"


def test_approval_by_the_target_holders_does_not_make_it_the_buyer() -> None:
    roles, _ = _slots("Britain's Brantley Plc said it has completed the acquisition of Corvel Inc, following approval by Corvel shareholders.")
    assert roles.get("buyer") == ["Brantley Plc"]
    assert roles.get("target") == ["Corvel Inc"]


def test_corp_of_america_is_one_name() -> None:
    roles, _ = _slots("Harwood Corp of America said it agreed to acquire Lintel Co for 12 mln dlrs.")
    assert roles.get("buyer") == ["Harwood Corp of America"]


def test_a_month_word_can_open_a_company_name() -> None:
    roles, _ = _slots("June Hardware Stores Co said it agreed to buy Pell Lumber Inc.")
    assert roles.get("buyer") == ["June Hardware Stores Co"]


def test_shares_of_a_plural_possessive_name_buy_that_company() -> None:
    roles, _ = _slots("Quenby Inc said it will buy 51 pct of Varnholt Industries' common stock.")
    assert roles.get("target") == ["Varnholt Industries"]
    assert "seller" not in roles


def _business(text: str) -> str | None:
    _, record = _slots(text)
    return next((p.business for p in record.parties if p.role.value == "target"), None)


def test_business_list_closed_by_and_is_kept_whole() -> None:
    assert _business(
        "Corlan Inc said it agreed to acquire Westway Pipeline Corp.\n"
        "    Westway is engaged in gas storage, compression and pipeline transport in Kansas."
    ) == "gas storage, compression and pipeline transport"


def test_business_from_is_a_company() -> None:
    assert _business(
        "Corlan Inc said it agreed to acquire Pardee Ltd.\n"
        "    Pardee is the largest industrial cleaning company in Ontario."
    ) == "industrial cleaning"


def test_business_of_a_maker_apposition_with_and() -> None:
    assert _business("Corlan Inc said it acquired Hesby Corp, a maker of steel and aluminum ladders, for 4 mln dlrs.") == "steel and aluminum ladders"


def test_business_after_develops_and_markets() -> None:
    assert _business(
        "Corlan Inc said it acquired Vantrix Corp.\n"
        "    Vantrix develops and markets accounting software throughout Europe."
    ) == "accounting software"


def test_who_agrees_to_merge_with_a_company_is_merged_into_it() -> None:
    roles, _ = _slots("Palco Industries Inc said it agreed to merge with Dunmore Holdings Inc.")
    assert roles.get("buyer") == ["Dunmore Holdings Inc"]
    assert roles.get("target") == ["Palco Industries Inc"]


def test_a_merger_agreement_with_a_company_is_read_as_merging_with_it() -> None:
    # the noun follows the verb's convention ("agreed to merge with Y"): the company the agreement is with survives
    roles, _ = _slots("Palco Industries Inc shareholders voted for a merger agreement with Dunmore Holdings Inc.")
    assert roles.get("buyer") == ["Dunmore Holdings Inc"]
    assert roles.get("target") == ["Palco Industries Inc"]


def test_who_proposes_to_merge_with_a_company_bids_for_it() -> None:
    roles, _ = _slots("Palco Industries Inc said its proposal to merge with Dunmore Holdings Inc is still under review.")
    assert roles.get("buyer") == ["Palco Industries Inc"]
    assert roles.get("target") == ["Dunmore Holdings Inc"]


def test_an_executive_speaks_for_his_company() -> None:
    roles, _ = _slots("Palco Industries Inc chairman R.T. Amsel said the company agreed to acquire Dunmore Holdings Inc.")
    assert roles.get("buyer") == ["Palco Industries Inc"]


def test_the_name_reported_before_the_verb_buys() -> None:
    roles, _ = _slots("Halvard Mining Corp said Brisco Resources Ltd agreed to purchase 2.5 mln Halvard common shares.")
    assert roles.get("buyer") == ["Brisco Resources Ltd"]


def test_an_agreement_for_a_company_to_acquire() -> None:
    roles, _ = _slots("Ferrin Inc and Dolan Corp announced an agreement for Ferrin to acquire a 40 pct interest in Dolan Corp.")
    assert roles.get("buyer") == ["Ferrin Inc"]


def test_an_agreement_with_a_company_to_buy_keeps_the_speaker() -> None:
    roles, _ = _slots("Ferrin Inc said it reached agreement with Dolan Corp to buy the Lakeside Mill Co for 3 mln dlrs.")
    assert roles.get("buyer") == ["Ferrin Inc"]


def test_paying_for_a_mill_buys_it() -> None:
    roles, record = _slots("Carver Lumber Corp has agreed to pay 2,150,000 dlrs for the idle Bexley Sawmill in Bend, Ore.")
    assert roles.get("buyer") == ["Carver Lumber Corp"]
    assert roles.get("target") == ["Bexley Sawmill"]
    assert record.amount is not None and record.amount.evidence is not None and record.amount.evidence.text == "2,150,000 dlrs"


def test_an_equity_investment_in_a_company() -> None:
    roles, _ = _slots("Dunmore Capital Inc said it made a 1.5 mln dlr equity investment in Quillon Software Inc.")
    assert roles.get("investor") == ["Dunmore Capital Inc"]
    assert roles.get("target") == ["Quillon Software Inc"]


def test_an_investment_in_a_company_by_another() -> None:
    roles, _ = _slots("Harcourt Finance Co said it held talks on an investment in its Belden Securities Inc unit by Osaka Mutual Life Co.")
    assert roles.get("investor") == ["Osaka Mutual Life Co"]


def test_rejecting_the_proposal_of_a_bidder() -> None:
    roles, _ = _slots("Wexford Broadcasting Co said its board decided not to accept the proposal of Linden Corp, an investor group.")
    assert roles.get("buyer") == ["Linden Corp"]
    assert roles.get("target") == ["Wexford Broadcasting Co"]


def test_the_disposition_of_a_division() -> None:
    roles, _ = _slots("Marlow Inc said it completed the disposition of its plastics division to Pender Group Ltd.")
    assert roles.get("seller") == ["Marlow Inc"]
    assert roles.get("buyer") == ["Pender Group Ltd"]


def test_the_size_of_the_combined_company_is_not_the_price() -> None:
    _, record = _slots("Palco Industries Inc said it agreed to acquire Dunmore Holdings Inc, creating a 1.4 billion dlr oil service company.")
    assert record.amount is None


def test_price_in_cash_and_company_stock_is_a_price() -> None:
    _, record = _slots(
        "Palco Industries Inc said it agreed to buy six bakeries in western Ohio from Renner Foods Inc.\n"
        "    The purchase price includes 2.5 mln dlrs in cash and company stock, it said."
    )
    assert record.amount is not None and record.amount.evidence is not None and record.amount.evidence.text == "2.5 mln dlrs"


def test_undisclosed_liabilities_are_not_an_undisclosed_price() -> None:
    _, record = _slots(
        "Palco Industries Inc said it acquired Dunmore Savings Bank.\n"
        "    Regulators will indemnify Palco against undisclosed liabilities."
    )
    assert record.amount is None


def test_a_town_and_state_before_the_target_are_its_location() -> None:
    roles, record = _slots("Corlan Inc said it agreed to acquire Bozeman, Mont., saddle maker Tarrow Inc for 4 mln dlrs.")
    assert roles.get("target") == ["Tarrow Inc"]
    target = next(p for p in record.parties if p.role.value == "target")
    assert target.location_text == "Bozeman, Mont."


def test_a_based_premodifier_later_in_the_article_gives_the_location() -> None:
    _, record = _slots(
        "Corlan Inc said it agreed to acquire Tarrow Industries Inc.\n"
        "    Corlan said it will pay Akron-based Tarrow 4 mln dlrs in cash."
    )
    target = next(p for p in record.parties if p.role.value == "target")
    assert target.location_text == "Akron"


def test_a_division_of_a_company_is_sold_by_that_company() -> None:
    roles, _ = _slots("Harlow Widget Corp said it acquired the Fluid Controls Division of Benton Valve Corp for 3 mln dlrs.")
    assert roles.get("target") == ["Fluid Controls Division"]
    assert roles.get("seller") == ["Benton Valve Corp"]


def test_a_named_unit_is_named_without_unit() -> None:
    roles, _ = _slots("Tarrow Corp said it completed the sale of its Redline Freight unit to Corvel Holdings Inc.")
    assert roles.get("target") == ["Redline Freight"]


def test_the_proposed_acquisition_of_the_company_by_a_bidder() -> None:
    roles, _ = _slots("Hollis Tool Inc said holders will meet on the proposed acquisition of the company by Renner Group Inc.")
    assert roles.get("buyer") == ["Renner Group Inc"]
    assert roles.get("target") == ["Hollis Tool Inc"]


def test_the_former_owner_after_owned_by_does_not_buy() -> None:
    roles, _ = _slots("Dalton Corp said it completed its acquisition of 120 video centers previously owned by Harker Retail Inc.")
    assert roles.get("buyer") == ["Dalton Corp"]
    assert roles.get("target") == ["120 video centers"]


def test_the_counterpart_after_with_is_not_the_buyer() -> None:
    roles, _ = _slots("Banco Ferraz signed a letter of intent with Bank of Canada Holdings to purchase its Lisbon affiliate Ferrol Credit SA.")
    assert roles.get("buyer") == ["Banco Ferraz"]


def test_business_drops_a_trailing_firm() -> None:
    assert _business("Corlan Inc said it acquired Hesby Corp, a private payroll software firm, for 4 mln dlrs.") == "payroll software"


def test_a_count_or_a_direction_is_no_business() -> None:
    from pipeline.extract.targets import tidy_business

    assert tidy_business("four suburban") is None
    assert tidy_business("southwestern") is None
    assert tidy_business("pct partner") is None


def test_a_short_name_expands_past_leading_initials() -> None:
    roles, _ = _slots(
        "Investor group Hale Partners said it holds 9.1 pct of R.T. Lorimer Co Group.\n"
        "    Hale Partners said it may acquire Lorimer in a merger."
    )
    assert "R.T. Lorimer Co Group" in (roles.get("target") or [])


def test_english_name_boundaries() -> None:
    from pipeline.extract.names import find_names

    def first(text: str) -> str:
        return find_names(text, "en")[0].text

    assert first("Kalmar Telefon AB H.J. Lindqvist said it agreed to buy Rexel Inc.") == "Kalmar Telefon AB H.J. Lindqvist"
    assert first("Dig 'N Save Stores Inc said it agreed to buy Rexel Inc.") == "Dig 'N Save Stores Inc"
    assert first("Bowman Energy Limited Partnership said it agreed to buy Rexel Inc.") == "Bowman Energy Limited Partnership"


def test_an_executive_without_said_speaks_for_his_company() -> None:
    roles, _ = _slots("Harwick Foods chairman Dan Merrow would be interested in buying Tolland Plc's bakery division.")
    assert roles.get("buyer") == ["Harwick Foods"]


def test_a_bidder_that_doubled_its_offer() -> None:
    roles, _ = _slots("Corvel Services Inc said Brantley Group Inc has doubled its offer for Corvel stock.")
    assert roles.get("buyer") == ["Brantley Group Inc"]


def _main(text: str) -> dict[str, list[str]]:
    """Slot view of the most confident record, as the template scorer reads it."""
    from pipeline.evaluation.template import main_records, slot_fillers

    records = records_of(text, "en")
    return slot_fillers(main_records(records))


def test_a_priced_offer_for_shares_names_bidder_and_target() -> None:
    slots = _main("Corvane Holdings Ltd said it will offer 4.10 dlrs a share cash for all the issued capital of Trell Mills Ltd.")
    assert slots["PURCHASER"] == ["Corvane Holdings Ltd"] and slots["ACQUIRED"] == ["Trell Mills Ltd"]


def test_the_possessor_of_an_offer_bids() -> None:
    slots = _main("Harlow Corp said it is studying Brisco Partners' 1.2 billion dlr offer for Benton Valve Co.")
    assert slots["PURCHASER"] == ["Brisco Partners"] and slots["ACQUIRED"] == ["Benton Valve Co"]


def test_a_bid_for_x_by_y() -> None:
    slots = _main("Analysts said no rival will top the 90 mln dlr bid for Benton Valve Co by Harlow Widget Corp.")
    assert slots["PURCHASER"] == ["Harlow Widget Corp"] and slots["ACQUIRED"] == ["Benton Valve Co"]


def test_a_name_that_describes_the_next_one() -> None:
    slots = _main("Benton Valve Co said it rejected a takeover offer by Chicago investor Marla J. Quent.")
    assert slots["PURCHASER"] == ["Marla J. Quent"]


def test_the_parent_of_a_unit_sells_it() -> None:
    slots = _main("Harlow Corp said it agreed to acquire Benton Valve Co, a wholly owned subsidiary of Trell Industries Inc, for 20 mln dlrs.")
    assert slots["ACQUIRED"] == ["Benton Valve Co"] and slots["SELLER"] == ["Trell Industries Inc"]


def test_reducing_a_stake_is_a_sale() -> None:
    slots = _main("Harlow Corp said in a regulatory filing it reduced its stake in Benton Valve Co to 4.1 pct.")
    assert slots["SELLER"] == ["Harlow Corp"] and slots["ACQUIRED"] == ["Benton Valve Co"] and slots["PURCHASER"] == []


def test_a_place_after_in_is_not_the_target() -> None:
    slots = _main("Harlow Corp said it bought three weekly newspapers in Dayton for undisclosed terms.")
    assert "Dayton" not in slots["ACQUIRED"]


def test_an_interest_in_properties_names_the_properties() -> None:
    slots = _main("Harlow Resources Ltd said it agreed to sell a 40 pct interest in two gas storage facilities to a buyer it did not name.")
    assert slots["SELLER"] == ["Harlow Resources Ltd"] and slots["ACQUIRED"] == ["two gas storage facilities"]


def test_debt_and_equity_are_not_the_price() -> None:
    slots = _main(
        "Harlow Corp said it agreed to acquire Benton Valve Co.\n"
        "    Benton's stockholders equity at year end was 40.72 mln dlrs.\n"
        "    Harlow also said it will sell 140 mln dlrs of senior subordinated debentures."
    )
    assert slots["DLRAMT"] == []


def test_a_value_stated_later_in_the_story() -> None:
    slots = _main(
        "Harlow Corp said it raised its offer for Benton Valve Co.\n"
        "    Harlow said its shareholders back the plan.\n"
        "    Analysts said the company is in good shape.\n"
        "    Benton directors will meet next week.\n"
        "    The new offer values Benton's 27.2 mln ordinary shares at 202.2 mln dlrs."
    )
    assert slots["DLRAMT"] == ["202.2 mln dlrs"]


def test_two_named_companies_and_their_merger() -> None:
    slots = _main("Harlow Corp and Benton Valve Co said their merger will be completed tomorrow.")
    assert slots["PURCHASER"] == ["Harlow Corp"] and slots["ACQUIRED"] == ["Benton Valve Co"]


def test_business_and_place_of_a_target() -> None:
    slots = _main("Harlow Corp said it completed the acquisition of Benton and Co, a foodservice distributor based\nin Dayton, Ohio.")
    assert slots["ACQLOC"] == ["Dayton, Ohio"] and slots["ACQBUS"] == ["foodservice distributor"]


def test_place_after_a_described_target() -> None:
    slots = _main("Harlow Corp said it acquired the Benton Clinic medical complex in Dayton from Trell Industries Inc for 20 mln dlrs.")
    assert slots["ACQLOC"] == ["Dayton"]
    slots = _main("Harlow Corp said it agreed to buy six steak restaurants in southwestern Kansas from Trell Industries Inc.")
    assert slots["ACQLOC"] == ["southwestern Kansas"]


def test_a_service_verb_stays_in_the_business() -> None:
    slots = _main("Harlow Corp said it acquired Benton Aero Ltd from Trell Industries Inc.\n    Benton Aero repairs and rebuilds jet engines.")
    assert slots["ACQBUS"] == ["repairs and rebuilds jet engines"]
    slots = _main("Harlow Corp said it acquired Benton Oil Recovery Inc.\n    Benton, based in Dayton, collects used motor oils from garages.")
    assert slots["ACQBUS"] == ["collects used motor oils"]


def test_business_ends_at_the_company_noun() -> None:
    slots = _main("Harlow Corp said it acquired a 20 pct interest in Benton Labs Inc, a biotechnology company specializing in enzymes.")
    assert slots["ACQBUS"] == ["biotechnology"]


def test_a_negated_ceiling_is_not_the_price() -> None:
    item = _item(
        "Harlow Financial Corp said it agreed to acquire Benton Savings Bank.\n"
        "    Harlow said it does not expect its total outlay to exceed 12 mln dlrs.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert records[0].amount is None


def test_a_sum_in_a_relative_clause_before_the_verb_is_another_deal() -> None:
    item = _item(
        "Corvane Ltd, which backs Harlow Plc in its 90 mln stg bid for Trell Plc, has purchased 200,000 Trell shares.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    assert all(r.amount is None or r.amount.evidence.text != "90 mln stg" for r in records)


def test_coordinated_places_are_one_location() -> None:
    slots = _main(
        "Harlow Corp said it agreed to buy Benton Marts Inc.\n"
        "    Benton Marts owns and operates 90 convenience stores in the Dayton and Toledo areas."
    )
    assert slots["ACQLOC"] == ["Dayton and Toledo"]


def test_where_the_target_has_its_sites() -> None:
    slots = _main(
        "Harlow Financial Corp said it agreed to acquire Benton Savings Bank.\n"
        "    Benton Savings has 12 branches in northern Ohio and about 300 mln dlrs in assets."
    )
    assert slots["ACQLOC"] == ["northern Ohio"]


def test_debt_claims_and_share_price_ranges_are_not_the_price() -> None:
    for second in (
        "Harlow also retired a 40 mln dlr debenture early.",
        "Benton faces damages claims totalling about 2.5 mln dlrs.",
        "An adviser valued Benton shares at between 4.10 dlrs and 4.80.",
    ):
        item = _item(f"Harlow Widget Corp said it agreed to acquire Benton Valve Co.\n    {second}", "en")
        records = extract(item)
        _check(item, records)
        assert records[0].amount is None, second


def test_business_of_a_named_unit() -> None:
    slots = _main("Trell Industries Inc said it agreed to sell its industrial valve business, Benton Valve Co, to Harlow Corp.")
    assert slots["ACQUIRED"] == ["Benton Valve Co"] and slots["ACQBUS"] == ["industrial valve"]


def test_an_acronym_takes_the_full_name_spelled_out_before() -> None:
    slots = _main(
        "Harlow Benton Valve Inc said it is studying options.\n"
        "    Corvane Partners said it wants to acquire HBV for cash."
    )
    assert slots["ACQUIRED"] == ["Harlow Benton Valve Inc"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Norvia Corp will supply 300 buses to Brondel Transit Inc.", "announced"),
        ("Norvia Corp delivered 40 trains to Brondel Transit Inc.", "completed"),
        ("Brondel Transit Inc ordered 40 trains from Norvia Corp.", "agreed"),
    ],
)
def test_supply_verbs_name_supplier_and_customer(sentence: str, status: str) -> None:
    (record,) = records_of(sentence, "en")
    assert record.deal_type.value == "supply_contract" and record.status is not None and record.status.value == status
    assert sorted((p.name, p.role.value) for p in record.parties) == [("Brondel Transit Inc", "customer"), ("Norvia Corp", "supplier")]


def test_information_supplied_is_no_supply_deal() -> None:
    assert records_of("Norvia Corp supplied information to Brondel Transit Inc.", "en") == []


def test_counted_goods_bought_from_a_maker_are_an_order_with_its_unit_price() -> None:
    (record,) = records_of("Velkor Corp agreed to buy 5,000 trucks from Norvia Inc for 1.5 billion dlrs, or 300,000 dlrs per truck.", "en")
    assert record.deal_type.value == "supply_contract"
    assert sorted((p.name, p.role.value) for p in record.parties) == [("Norvia Inc", "supplier"), ("Velkor Corp", "customer")]
    assert record.quantity is not None and record.quantity.value == Decimal(5000)
    assert record.unit_price is not None and record.unit_price.value == Decimal(300000)
    assert record.amount is not None and record.amount.value == Decimal(1500000000)
    # shares bought are a stake in the company, not goods
    (stake,) = records_of("Velkor Corp agreed to buy 500,000 shares of Norvia Inc.", "en")
    assert stake.deal_type.value != "supply_contract"


def test_a_round_raised_from_named_backers() -> None:
    (record,) = records_of("Norvia Inc raised $40 million from Dastrel Capital and Brondel Ventures.", "en")
    assert record.deal_type.value == "funding_round" and record.status is not None and record.status.value == "completed"
    assert sorted((p.name, p.role.value) for p in record.parties) == [
        ("Brondel Ventures", "investor"), ("Dastrel Capital", "investor"), ("Norvia Inc", "target"),
    ]
    assert record.amount is not None and record.amount.value == Decimal(40000000)
    (led,) = records_of("Norvia Inc raised $40 million in a Series B round led by Dastrel Capital.", "en")
    assert sorted((p.name, p.role.value) for p in led.parties) == [("Dastrel Capital", "investor"), ("Norvia Inc", "target")]


def test_money_raised_from_a_sale_is_no_round() -> None:
    records = records_of("Norvia Inc raised 40 mln dlrs from the sale of its Benton unit.", "en")
    assert all(r.deal_type.value != "funding_round" for r in records)


def test_a_name_inside_a_relative_clause_is_not_the_main_verbs_subject() -> None:
    records = records_of("Velkor Corp, which bought Norvia Inc in 2015 for 300 mln dlrs, agreed to acquire Dastrel Inc for one billion dlrs.", "en")
    main = next(r for r in records if any(p.name == "Dastrel Inc" for p in r.parties))
    assert sorted((p.name, p.role.value) for p in main.parties) == [("Dastrel Inc", "target"), ("Velkor Corp", "buyer")]
    # a name before the relative clause's end is still the subject when no relative clause stands between
    (plain,) = records_of("Velkor Corp and Norvia Inc agreed to acquire Dastrel Inc.", "en")
    assert {p.name for p in plain.parties} >= {"Dastrel Inc"}


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Norvia Inc agrees $2bn takeover by Velkor Corp.", "agreed"),
        ("Velkor Corp strikes deal to acquire Norvia Inc.", "agreed"),
        ("Velkor Corp completes £300m purchase of Norvia Inc.", "completed"),
        ("Velkor Corp said it closed the acquisition of Norvia Inc.", "completed"),
    ],
)
def test_headline_statuses(sentence: str, status: str) -> None:
    (record,) = records_of(sentence, "en")
    assert record.status is not None and record.status.value == status


def test_completing_something_else_says_nothing_of_the_deal() -> None:
    (record,) = records_of("Velkor Corp agreed to acquire Norvia Inc after it completes a reorganization.", "en")
    assert record.status is not None and record.status.value == "agreed"


def test_snapping_up_and_leading_a_round() -> None:
    (snapped,) = records_of("Velkor Corp snaps up Norvia Inc in $2bn deal.", "en")
    assert snapped.deal_type.value == "acquisition" and {p.name for p in snapped.parties} == {"Velkor Corp", "Norvia Inc"}
    (led,) = records_of("Dastrel Capital led a $50 million Series B round in Norvia Inc.", "en")
    assert led.deal_type.value == "investment"
    assert sorted((p.name, p.role.value) for p in led.parties) == [("Dastrel Capital", "investor"), ("Norvia Inc", "target")]
    assert led.amount is not None and led.amount.value == Decimal(50_000_000)


@pytest.mark.parametrize(
    "second",
    [
        # the target's size, told with more words between the noun and the sum
        "At year-end Benton had assets of about 47 mln dlrs.",
        "Its total assets at the close of 1985 were roughly 18 mln dlrs.",
        "Harlow expects revenues of the two merged firms to be over 75 mln dlrs.",
        "Harlow said turnover of Benton was about 100 mln francs.",
        "Benton's turnover has grown over the past decade to 45 mln guilders.",
        "The purchase would increase Harlow's deposits by about 40 mln dlrs.",
        # what the company earns or owes
        "Benton earned 11 mln dlrs in 1986.",
        "Benton owes more than 100 mln dlrs to its banks.",
    ],
)
def test_a_size_told_at_length_is_not_the_price(second: str) -> None:
    item = _item(f"Harlow Widget Corp said it agreed to acquire Benton Valve Co.\n    {second}", "en")
    records = extract(item)
    _check(item, records)
    assert records[0].amount is None, second


@pytest.mark.parametrize(
    "second",
    [
        "Harlow has lined up a seven-year secured loan of about 210 mln dlrs from two banks.",
        "A bank group will supply up to 420 mln dlrs of the financing, Harlow said.",
        "Dorrance Bank lent Harlow 275 mln dlrs under a credit agreement.",
        "Harlow wants a three billion dlr syndicated credit facility over six years.",
        "Harlow will reimburse Benton about 2.2 mln dlrs in expenses.",
        "Harlow is raising 62 mln dlrs through placements with investors.",
        "Harlow also plans a 64 mln dlrs issue of preferred stock.",
        "Benton's owners pocketed at least 80 mln dlrs in profits.",
        "Benton is a small bank with an estimated 1.3 billion dlrs in unrecoverable loans.",
        "Dorrance Medical has sued Benton for over 5 mln dlrs for breach of contract.",
        "The rights offering should raise in excess of 270 mln dlrs, Harlow said.",
        "Benton's holders could gain about 430 mln dlrs, analysts said.",
        "The new Benton unit is to be capitalized at about 140 mln dlrs.",
        "Harlow will book about 7.5 mln dlrs of the gain in its third quarter.",
        "Holders get 2,000 dlrs principal amount of Harlow notes for every 150 Benton shares.",
    ],
)
def test_a_loan_or_a_financing_is_not_the_price(second: str) -> None:
    item = _item(f"Harlow Widget Corp said it agreed to acquire Benton Valve Co.\n    {second}", "en")
    records = extract(item)
    _check(item, records)
    assert records[0].amount is None, second


def test_a_price_told_after_the_size_keeps_the_price() -> None:
    item = _item(
        "Harlow Widget Corp said it agreed to acquire Benton Valve Co, which had sales of 40 mln dlrs, "
        "for about 22 mln dlrs in cash.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    amount = records[0].amount
    assert amount is not None and amount.evidence is not None and amount.evidence.text == "22 mln dlrs"


def test_a_price_paid_in_stock_is_the_price() -> None:
    item = _item("Harlow Bancorp has bought Benton Savings Bank for 47 mln dlrs worth of Harlow stock.", "en")
    records = extract(item)
    _check(item, records)
    amount = records[0].amount
    assert amount is not None and amount.evidence is not None and amount.evidence.text == "47 mln dlrs"


def test_a_stakes_worth_without_for_is_not_a_price() -> None:
    item = _item("Corvane Partners plans to purchase up to 12 mln dlrs worth of Trell Industries stock.", "en")
    records = extract(item)
    _check(item, records)
    assert all(r.amount is None or r.amount.evidence is None or r.amount.evidence.text != "12 mln dlrs" for r in records)


def test_a_loan_note_taken_over_is_not_the_price() -> None:
    item = _item(
        "Harlow Widget Corp bought Benton Valve Co and a 9.7 mln stg loan note owed by Benton for 28.1 mln stg.",
        "en",
    )
    records = extract(item)
    _check(item, records)
    amount = records[0].amount
    assert amount is not None and amount.evidence is not None and amount.evidence.text == "28.1 mln stg"


def test_a_maker_of_large_things_keeps_large() -> None:
    # past "maker of" the words are the business: "large" is no filler there
    assert _business("Corlan Inc said it acquired Hesby Corp, a maker of large marine engines, for 4 mln dlrs.") == "large marine engines"


def test_an_apposition_at_a_later_mention_describes_the_target() -> None:
    text = (
        "Corlan Inc said it agreed to acquire Trell Industries Inc for 12 mln dlrs.\n"
        "Corlan said Trell, the biggest gravel producer in the region, had sales of 30 mln dlrs."
    )
    assert _business(text) == "gravel"


def test_a_later_apposition_naming_no_business_is_left_out() -> None:
    text = (
        "Corlan Inc said it agreed to acquire Trell Industries Inc for 12 mln dlrs.\n"
        "Trell, a firm with no operations yet, was set up in March."
    )
    assert _business(text) is None


def test_initials_in_an_apposition_do_not_end_it() -> None:
    # "U.S." is no sentence end: the place and the business after it are read
    text = "Corlan Inc said it bought 9 pct of Benton Corp, a U.S. Timber and paper mill operator, in a share swap."
    assert _business(text) == "Timber and paper mill operator"
    _, record = _slots(text)
    assert next(p.location_text for p in record.parties if p.role.value == "target") == "U.S."


def test_an_apposition_listing_products_runs_over_its_commas() -> None:
    text = "Corlan Inc said it agreed to acquire Benton Corp, a corn, wheat and barley seed supplier to farmers, for 6 mln dlrs."
    assert _business(text) == "corn, wheat and barley seed"


def test_a_person_in_apposition_is_no_business() -> None:
    from pipeline.extract.targets import tidy_business

    assert tidy_business("official close to the bidder") is None


def test_based_with_an_adverb_and_a_direction_places_the_target() -> None:
    text = "Corlan Inc said it acquired Trell Mills Inc for 8 mln dlrs.\nTrell, with mills located largely in eastern Ontario, makes twine."
    _, record = _slots(text)
    assert next(p.location_text for p in record.parties if p.role.value == "target") == "eastern Ontario"


# --- one deal read twice in one article: one record (``deals._en_same_deal``) -----------------------


def test_a_purchase_also_read_as_a_merger_in_one_sentence_is_one_record() -> None:
    records = records_of("Velkor Corp said on Monday it has completed its acquisition of Norvia Inc in a merger transaction valued at 45 dlrs per share.", "en")
    assert [(r.deal_type.value, r.status.value) for r in records] == [("acquisition", "completed")]
    assert {(p.name, p.role.value) for p in records[0].parties} == {("Velkor Corp", "buyer"), ("Norvia Inc", "target")}


def test_a_merger_takes_its_direction_from_the_purchase_told_next() -> None:
    records = records_of(
        "Norvia Inc and Velkor Corp said they agreed to merge.\n"
        "    Under the agreement, Velkor agreed to be acquired by Norvia for about 90 mln dlrs.",
        "en",
    )
    assert len(records) == 1
    (merger,) = records
    assert {(p.name, p.role.value) for p in merger.parties} == {("Norvia Inc", "buyer"), ("Velkor Corp", "target")}
    assert merger.amount is not None and merger.amount.value == Decimal("90000000")
    assert merger.evidence.text.startswith("Norvia Inc and Velkor Corp said they agreed to merge")  # the first telling's


def test_the_sellers_telling_adds_its_side_and_its_price() -> None:
    records = records_of(
        "Velkor Corp signed a letter of intent on Friday under which it would buy Norvia Corp.\n"
        "    Terms were not disclosed.\n"
        "    Dastrel Holdings said it agreed to sell Norvia to Velkor for seven mln dlrs.",
        "en",
    )
    assert len(records) == 1
    (deal,) = records
    assert deal.deal_type.value == "acquisition" and deal.status_evidence is not None and deal.status_evidence.text == "letter of intent"
    assert {(p.name, p.role.value) for p in deal.parties} == {("Velkor Corp", "buyer"), ("Norvia Corp", "target"), ("Dastrel Holdings", "seller")}
    assert deal.amount is not None and deal.amount.value == Decimal("7000000")


def test_shares_bought_now_and_a_takeover_to_come_stay_two_records() -> None:
    records = records_of(
        "Velkor Corp said it has acquired 400,000 shares of Norvia Inc, or 12.5 pct of the total.\n"
        "    Velkor said it may seek to acquire the rest of Norvia through a merger.",
        "en",
    )
    assert [r.status.value for r in records] == ["completed", "unknown"]
    assert len({r.deal_id for r in records}) == 2  # the safety net still gives the second its own id


def test_two_purchases_of_one_pair_priced_apart_stay_two_records() -> None:
    records = records_of(
        "Velkor Corp said it agreed to acquire Norvia Inc for 80 mln dlrs.\n"
        "    Velkor also said it bought 100,000 Norvia shares from Dastrel Corp for two mln dlrs last week.",
        "en",
    )
    assert [r.amount.value if r.amount else None for r in records] == [Decimal("80000000"), Decimal("2000000")]


def test_a_deal_named_in_passing_neither_directs_nor_prices_the_merger() -> None:
    (alone,) = records_of("Velkor Corp and Norvia Inc said they agreed to merge.", "en")
    records = records_of(
        "Velkor Corp and Norvia Inc said they agreed to merge.\n"
        "    Under the merger's terms, Velkor holders will get warrants to buy Norvia common for 1.5 mln dlrs.",
        "en",
    )
    assert len(records) == 1  # the warrants' purchase names the same two companies: one deal
    assert {(p.name, p.role) for p in records[0].parties} == {(p.name, p.role) for p in alone.parties}


def test_a_place_is_no_seller() -> None:
    records = records_of("Velkor Corp said it agreed to buy Norvia Inc from Dastrel Co, of Minnesota, for 12 mln dlrs.", "en")
    sides = {(p.role.value, p.name) for p in records[0].parties}
    assert sides == {("buyer", "Velkor Corp"), ("target", "Norvia Inc"), ("seller", "Dastrel Co")}


def test_the_investor_after_a_place_buys() -> None:
    records = records_of("An investor group led by Dallas investor Irwin Brask said it acquired 9.9 pct of Velkor Corp.", "en")
    assert ("buyer", "Irwin Brask") in {(p.role.value, p.name) for p in records[0].parties}
    assert all(p.name != "Dallas" for r in records for p in r.parties)


def test_a_regulator_approving_is_no_side() -> None:
    records = records_of("The U.S. Interstate Commerce Commission approved the acquisition of Norvia Railroad Co by Velkor Corp.", "en")
    assert all("Commission" not in p.name for r in records for p in r.parties)


def test_a_state_that_buys_is_a_government_party() -> None:
    records = records_of("The State of Minnesota agreed to buy the Norvia Dam from Velkor Power Co for 30 mln dlrs.", "en")
    buyers = [p for p in records[0].parties if p.role.value == "buyer"]
    assert [(p.name, p.kind.value) for p in buyers] == [("State of Minnesota", "government")]


def test_an_official_who_reports_a_bid_is_no_buyer() -> None:
    roles, _ = _slots("Anna Brask, Secretary of the Velmar Commission, said Palco Industries Inc was interested in buying Dunmore Holdings Inc.")
    assert roles.get("buyer") == ["Palco Industries Inc"]
