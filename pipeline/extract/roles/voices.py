"""The parties each voice of trigger names: buy, sell, merge, supply, partner, order, fund, build, loan.

A voice is what the trigger says the subject does ("agreed to acquire" buys, "was sold to" is sold, "a signé un
contrat avec" partners). Once subject and object are known, each voice reads the prepositions it cares about
("to X" buys after "sell", "by X" buys after a passive, "auprès de X" invests in a round); one function per
voice, so a voice's rules can be read and changed in one place.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Role, role_of
from pipeline.extract.country import sentence_countries
from pipeline.extract.geo import PLACES, country_name, country_of, find_countries
from pipeline.extract.kinds import normalize, party_kind
from pipeline.extract.names import NameSpan, is_place, label
from pipeline.extract.roles.common import (
    CLAUSE_PUNCT,
    JUST_SPACE,
    T,
    RoleState,
    after_prep,
    company_of_person,
    coordinated,
    first_after,
    listed_before,
)
from pipeline.extract.roles.de.assets import de_noun_unit
from pipeline.extract.roles.de.contracts import (
    de_award_parties,
    de_dative_customer,
    de_giving_customer,
    de_maker_supplies,
    de_order_sides,
    de_supplied_object,
    de_supply_contract,
)
from pipeline.extract.roles.de.funding import de_lender_and_borrower, de_rescue, de_round_backers, de_round_parties
from pipeline.extract.roles.de.subject import DE_AID_PARTICIPLE
from pipeline.extract.roles.de.sales import (
    de_genitive_owner,
    de_merger_parties,
    de_new_owner_or_nationalised,
    de_noun_passive_target,
    de_passes_to,
    de_sale_buyer,
    de_sold_subject,
)
from pipeline.extract.roles.en import BID_NOUN, en_merger_of, en_round_backers
from pipeline.extract.roles.fr.bystanders import bystander
from pipeline.extract.roles.fr.contracts import (
    fr_agreeing_customer,
    fr_awarded_parties,
    fr_contract_with_states,
    fr_customer,
    fr_joined_partner,
    fr_maker_prep,
    fr_order_sides,
    fr_partners_listed,
    fr_supply_agreed,
)
from pipeline.extract.roles.fr.funding import (
    fr_bail_out,
    fr_beneficiary,
    fr_cleared_aid_parties,
    fr_grant_parties,
    fr_round_backers,
    fr_round_parties,
)
from pipeline.extract.roles.fr.lists import fr_makers_listed
from pipeline.extract.roles.fr.sales import (
    fr_before_apposition,
    fr_fronted_participle,
    fr_merger_parties,
    fr_sold_subject,
)
from pipeline.extract.roles.fr.patterns import FR_GIVES, FR_OWN_BUILD, FR_SITE_AT
from pipeline.extract.roles.fr.subject import fr_owner_named
from pipeline.extract.targets import describe
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole

R = PartyRole

# The two sides each voice names, as its reader below fills them: the subject's role (who acts) and the other side's.
# The voice -> role tables of ``coref``, ``article_names`` and ``extra_role`` are derived from this one.
VOICE_SIDES: dict[str, tuple[PartyRole, PartyRole]] = {
    "buy": (R.BUYER, R.TARGET), "invest": (R.INVESTOR, R.TARGET), "sell": (R.SELLER, R.TARGET),
    "supply": (R.SUPPLIER, R.CUSTOMER), "order": (R.CUSTOMER, R.SUPPLIER), "fund": (R.TARGET, R.INVESTOR),
    "passive": (R.TARGET, R.BUYER), "sold_by": (R.TARGET, R.SELLER), "partner": (R.PARTNER, R.PARTNER),
}
_TRANSFER_SIDES = frozenset({R.BUYER, R.SELLER, R.TARGET})


def _extra(sides: tuple[PartyRole, PartyRole]) -> PartyRole:
    if set(sides) <= _TRANSFER_SIDES:
        return next(r for r in (R.SELLER, R.BUYER) if r not in sides)  # the side of the transfer the voice leaves unnamed
    return next(r for r in sides if r not in (R.TARGET, R.SUPPLIER))  # one more backer, customer or partner


# the role of a further company a deal sentence names beside the voice's sides (the seller of what is bought, the buyer
# of what is sold, another backer, customer or partner); "other" (a stake, a round) takes in backers; a customer otherwise
EXTRA_ROLE: dict[str, PartyRole] = {voice: _extra(sides) for voice, sides in VOICE_SIDES.items()} | {"other": R.INVESTOR}


_GENERIC_PARTY = re.compile(
    r"entreprises? publiques|sociétés? publiques|state-owned (?:companies|firms|enterprises)|Staatskonzern\w*|"
    r"Staatsunternehmen|Staatsfonds|sovereign wealth fund|fonds souverain"
)

_BUYER_PREP_SELL = {"en": r"to", "fr": r"(?:à|au|aux)", "de": r"an"}

_BUYER_PREP_NOUN = {"en": r"by", "fr": r"par", "de": r"durch"}

_PROPOSAL_BEFORE = re.compile(r"\b(?:proposal|proposed|offer|offered|bid)\b", re.I)  # "X's proposal to merge with Y": X bids

_AGENT_OF_OTHER = re.compile(r"\b(?:owned|held|operated|controlled|approved|led|managed|run|filed)\s+by\s+(?:the\s+)?$")

_WITH_END = re.compile(r"with$")

_AND_BETWEEN = re.compile(r"\s+and\s+")
_DE_AND_ONLY = re.compile(r"\s+(?:und|sowie)\s+(?:(?:der|die|das|dem|den)\s+)?")


def parties_by_voice(st: RoleState) -> None:
    """The parties each voice reads around its trigger: a passive's agent buys, "to X" buys after "sell", "with X"
    is a partner, "from X" supplies an order, a fund's backer invests, a loan's lender lends ..."""
    voice = st.voice
    if voice == "named":
        pass
    elif voice == "passive":
        _passive_parties(st)
    elif voice == "sold_by":
        _sold_by_parties(st)
    elif st.trigger.noun:
        _noun_parties(st)
    elif voice in ("buy", "invest"):
        _buy_parties(st)
    elif voice == "sell":
        _sell_parties(st)
    elif voice == "merge":
        _merge_parties(st)
    elif voice == "supply":
        _supply_parties(st)
    elif voice in ("partner",):
        _partner_parties(st)
    elif voice == "order":
        _order_parties(st)
    elif voice == "fund":
        _fund_parties(st)
    elif voice == "build":
        _build_parties(st)
    else:
        _loan_parties(st)


def _passive_parties(st: RoleState) -> None:
    """A passive ("X was acquired by Y", "racheté par Y", "von Y übernommen"): the subject is bought, the agent buys."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start = st.s_start
    if lang == "de" and text.startswith(("geht", "ging"), trigger.start):
        de_passes_to(st)  # "Die Norvia GmbH geht an die Velkor AG"
        return
    buyer = first_after(in_sentence, trigger.end, window=60, text=text if lang == "en" else "")
    if lang == "de" and not text.startswith(("von", "durch"), trigger.end - 5):
        buyer = after_prep(text, in_sentence, r"(?:von|vom|durch)", trigger.start, trigger.end) or buyer
    if lang == "fr" and subject is not None:
        subject = fr_before_apposition(text, in_sentence, subject, trigger, s_start) or subject
    elif lang == "fr" and buyer is not None:
        subject = fr_fronted_participle(text, in_sentence, trigger, buyer, s_start)  # "Racheté en 2014 par Velkor, Norvia ..."
    if lang == "de" and subject is None and buyer is not None and text[trigger.start].isupper():
        subject = de_noun_passive_target(text, in_sentence, buyer, st.lead)
    if lang == "de" and subject is not None and buyer is not None and subject.start == buyer.start:
        # "Die Firma wurde von Velkor übernommen": the agent inside the verb's frame is no subject; what was bought is
        # the company the description stands for (the article's lead), else left unnamed
        subject = st.lead if st.lead is not None and normalize(st.lead.text) != normalize(buyer.text) and not is_place(st.lead) else None
    st.subject = subject
    if subject is not None:
        business, location = describe(text, subject, lang)
        parties.append(Role(label(subject), subject.start, subject.end, PartyRole.TARGET, business=business, location=location))
    if buyer is not None:
        parties.append(role_of(buyer, PartyRole.BUYER, text))


def _sold_by_parties(st: RoleState) -> None:
    """"Le Quotidien d'Orlan est passé de son propriétaire Corlane à une fondation": the subject is sold, the first
    name after the verb sells, the one after "à" buys."""
    text, in_sentence, subject, parties = st.text, st.in_sentence, st.subject, st.parties
    seller = first_after(in_sentence, st.trigger.end, window=60)
    if subject is not None:
        business, location = describe(text, subject, st.lang)
        parties.append(Role(label(subject), subject.start, subject.end, PartyRole.TARGET, business=business, location=location))
    if seller is not None:
        parties.append(role_of(seller, PartyRole.SELLER, text))
        buyer = after_prep(text, in_sentence, r"to" if st.lang == "en" else r"(?:à|au|aux|dans)", seller.end, st.s_end)
        if buyer is not None and (subject is None or buyer.start != subject.start):
            parties.append(role_of(buyer, PartyRole.BUYER, text))


_EN_SALE_BY_GAP = re.compile(r"[,;\n(]|\b(?:and|was|were|is|are|be|been|led|approved|announced|opposed|blocked|reviewed|owned|held|buyout|merger|acquisition)\b")


def _noun_parties(st: RoleState) -> None:
    """A deal noun: "the acquisition of Y by X" / "le rachat de Y par X" / "die Übernahme von Y durch X" / "Velkors
    Übernahme": the agent buys, else the subject."""
    text, trigger, lang, in_sentence, subject, target, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.target, st.parties
    buyer = after_prep(text, in_sentence, _BUYER_PREP_NOUN.get(lang, "by"), trigger.end, st.s_end, lang)
    if buyer is None and lang == "de":
        buyer = de_genitive_owner(text, in_sentence, trigger)
    if buyer is not None and lang == "en" and _AGENT_OF_OTHER.search(text, max(0, buyer.start - 30), buyer.start):
        buyer = None  # "the acquisition of 120 stores previously owned by X": X owned them, it does not buy
    while buyer is not None and lang == "fr" and fr_owner_named(text, buyer):
        # "la reprise de Norvia, le groupe détenu par la famille Marnier ...": Marnier owns, it does not buy; the next
        # "par" may name the buyer
        buyer = after_prep(text, in_sentence, "par", buyer.end, st.s_end, lang)
    if buyer is not None and lang == "en" and target is not None and normalize(label(buyer)) == normalize(target.name):
        buyer = None  # "completed the acquisition of X, following approval by X shareholders": X does not buy itself
    site_owner = subject if buyer is not None and lang != "en" and text.startswith("offre", trigger.start) else None
    if buyer is None and subject is None and lang == "de" and target is not None:
        buyer = _de_subject_after_fronted_noun(text, in_sentence, trigger, target, st.s_start)
    if buyer is None and subject is not None:
        buyer = subject
    if buyer is not None:
        parties.append(role_of(buyer, PartyRole.BUYER, text))
    if lang == "de" and target is None and buyer is not None and (unit := de_noun_unit(text, in_sentence, trigger.end, buyer.start)) is not None:
        parties.extend(p for p in unit if p is not None)  # "die Übernahme der Chemiesparte von Tessmar durch Velkor"
    if target is not None and (buyer is None or target.start != buyer.start):
        parties.append(target)
    if site_owner is not None and buyer is not None and site_owner.start != buyer.start:
        parties.append(role_of(site_owner, PartyRole.SELLER, text))


# de: "Mit der Übernahme von", "Nach dem Kauf der": a deal noun in a prepositional phrase that opens the sentence
_DE_FRONTED_NOUN_PHRASE = re.compile(r"[\s\"„“'(]*(?:Mit|Nach|Durch|Seit|Dank|Trotz|Wegen|Bei|Vor)\s+(?:der|dem|des)\s+(?:[a-zäöüß]+\s+)?$")
# what stands between the fronted phrase's last name and the subject: a few words ending with the finite verb
_DE_FINITE_VERB_THEN = re.compile(r"(?:\s+(?![Vv]on\b|[Dd]urch\b|an\b)[^\s,;:.!?]+){0,4}?\s+[a-zäöüß]{2,}\s+$")


def _de_subject_after_fronted_noun(text: str, names: list[NameSpan], trigger: Trigger, target: Role, s_start: int) -> NameSpan | None:
    """de: "Mit der Übernahme von Norvia will Velkor in Asien wachsen", "Nach dem Kauf von Norvia im Jahr 2019 baut Velkor
    Stellen ab": the deal noun opens the sentence in a prepositional phrase, so the verb comes next and the clause's
    subject, the buyer, right after it."""
    if not _DE_FRONTED_NOUN_PHRASE.fullmatch(text, s_start, trigger.start) or target.end <= trigger.end:
        return None
    after = next((n for n in names if n.start >= target.end), None)
    if after is None or is_place(after) or not _DE_FINITE_VERB_THEN.fullmatch(text, target.end, after.start):
        return None
    return after


# "Für die Norvia AG zahlt ...": only an article and an adjective between "Für" and the company paid for
_DE_FOR_GAP = re.compile(r"\s+(?:(?:die|den|das|der)\s+)?(?:[a-zäöüß]+\s+)?")
_DE_PAYS_GAP = re.compile(
    r"\s+(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|erhielt|erhält|bekam|bekommt|hat|hatte)\s+(?:(?:die|der|das|den)\s+)?(?:[a-zäöüß]+\s+)?"
)


def _de_paid_for_fronted(st: RoleState) -> None:
    """de: "Für Norvia zahlt Velkor 300 Millionen Euro", "Den Zuschlag für Norvia erhielt Velkor": the company paid for
    (awarded) right after the fronted "für", the buyer right after the verb; both must be names ("Für die Miete zahlt
    Velkor ..." buys nothing)."""
    text, names = st.text, st.in_sentence
    bought = next((n for n in names if n.start >= st.trigger.end), None)
    if bought is None or is_place(bought) or bought.text in PLACES or not _DE_FOR_GAP.fullmatch(text, st.trigger.end, bought.start):
        return
    payer = next((n for n in names if n.start >= bought.end), None)
    if payer is None or is_place(payer) or not _DE_PAYS_GAP.fullmatch(text, bought.end, payer.start):
        return
    st.parties.extend([role_of(payer, PartyRole.BUYER, text), role_of(bought, PartyRole.TARGET, text)])


def _buy_parties(st: RoleState) -> None:
    """A purchase or an investment: the subject buys (invests), the target is bought; (de) a nationalised subject
    and "neuer Eigentümer" are read first, (en) a bid's "by X" names the bidder."""
    text, trigger, lang, in_sentence, voice = st.text, st.trigger, st.lang, st.in_sentence, st.voice
    if lang == "de" and trigger.end - trigger.start == 3 and text.startswith(("Für", "für"), trigger.start):
        _de_paid_for_fronted(st)
        return
    if lang == "de":
        de_new_owner_or_nationalised(st)
    subject, target = st.subject, st.target
    if lang == "en" and BID_NOUN.match(text, trigger.start):
        # "the 120 mln dlr bid for Harlow Freight Corp by Corvane Buyout Inc": the bidder follows "by"
        bidder = after_prep(text, in_sentence, "by", trigger.end, st.s_end, lang)
        if (
            bidder is not None
            and (target is None or bidder.start >= target.end)
            and not CLAUSE_PUNCT.search(text, trigger.end, bidder.start)
            and not _AGENT_OF_OTHER.search(text, max(0, bidder.start - 30), bidder.start)
        ):
            subject = bidder
    st.subject = subject
    if subject is not None:
        st.parties.append(role_of(subject, PartyRole.INVESTOR if voice == "invest" else PartyRole.BUYER, text))
    if target is not None:
        st.parties.append(target)


_FR_TO_SUPPLY_IT = re.compile(r"[^.;:]{0,40}?\bpour (?:lui|leur) (?:livrer|fournir|vendre|construire)\b")
_FR_SALE_NOUN = re.compile(r"(?:cessions?|ventes?)\b")


def _sell_parties(st: RoleState) -> None:
    """A sale: the subject sells, the target is sold, "to X" / "à X" / "an X" buys; (de, fr) a passive or an apposed
    participle makes the subject what is sold."""
    text, trigger, lang, in_sentence, parties = st.text, st.trigger, st.lang, st.in_sentence, st.parties
    s_end = st.s_end
    if lang == "de":
        de_sold_subject(st)
    if lang == "fr":
        fr_sold_subject(st)
    subject, target = st.subject, st.target
    if subject is not None:
        parties.append(role_of(subject, PartyRole.SELLER, text))
    if target is not None:
        parties.append(target)
    if lang == "en" and subject is None and text.startswith("sale of", trigger.start):
        # "the sale of Norvia to Velkor by Tessmar": the agent of the sale noun sells
        seller = after_prep(text, in_sentence, "by", trigger.end, s_end, lang)
        # (only "by" in the noun's own phrase: not "approved by", "led by", nor after a comma or another clause)
        if seller is not None and seller.start - trigger.end <= 80 and _EN_SALE_BY_GAP.search(text, trigger.end, seller.start) is None and not is_place(seller) and all(p.start != seller.start for p in parties):
            parties.append(role_of(seller, PartyRole.SELLER, text))
    buyer = after_prep(text, in_sentence, _BUYER_PREP_SELL.get(lang, "to"), trigger.end, s_end, lang)
    if lang == "de":
        buyer = de_sale_buyer(st, buyer)
    if lang == "fr" and buyer is not None and (trigger.noun or _FR_SALE_NOUN.match(text, trigger.start)) and FR_GIVES.search(text, trigger.end, buyer.start):
        # "la cession de Norvia permettra à Velkor de réduire sa dette": who gains from a sale sells, it does not buy
        if subject is None and not is_place(buyer) and all(p.start != buyer.start for p in parties):
            parties.append(role_of(buyer, PartyRole.SELLER, text))
        buyer = None
    if buyer is not None:
        parties.append(role_of(buyer, PartyRole.BUYER, text))


def _merge_parties(st: RoleState) -> None:
    """A merger: the subject absorbs, the target (else the other name) is absorbed; "X agreed to merge with Y": Y,
    usually the surviving company, buys; (fr) the companies "la fusion de X et de Y" lists merge."""
    text, trigger, lang, in_sentence, subject, target, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.target, st.parties
    if lang == "fr" and fr_merger_parties(st):
        pass  # "la fusion de Velkor et de Norvia": the companies the noun lists merge
    elif lang == "de" and de_merger_parties(st):
        pass  # "die Fusion von Velkor und Norvia": likewise
    elif lang == "en" and (pair := en_merger_of(text, in_sentence, trigger)) is not None:
        parties.extend([role_of(pair[0], PartyRole.BUYER, text), role_of(pair[1], PartyRole.TARGET, text)])  # "the merger of X and Y"
    elif (
        _WITH_END.search(text[trigger.start : trigger.end])
        and target is not None
        and subject is not None
        and not (lang == "en" and _PROPOSAL_BEFORE.search(text, subject.end, trigger.start))
    ):
        # "X agreed to merge with Y": in wire copy Y is usually the surviving company
        parties.append(Role(target.name, target.start, target.end, PartyRole.BUYER))
        business, location = describe(text, subject, lang)
        parties.append(Role(label(subject), subject.start, subject.end, PartyRole.TARGET, business=business, location=location))
    else:
        others = [n for n in in_sentence if not is_place(n) and n is not subject]
        if lang == "en" and target is None and subject is not None and others and text[trigger.start : trigger.end].lower() == "merger":
            # "Trell said its board studied a Harlow Corp merger proposal": the name on the noun proposes it;
            # "Benton Audit and Corvane Partners said their merger ...": the first named absorbs the second
            bidder = next((n for n in others if subject.end <= n.start and JUST_SPACE.fullmatch(text, n.end, trigger.start)), None)
            if bidder is None and _AND_BETWEEN.fullmatch(text, others[0].end, subject.start):
                bidder = others[0]
            if bidder is not None:
                others = [n for n in others if n is not bidder]
                subject, others = bidder, [subject, *others]
                st.subject = subject
        if lang == "de" and target is None and subject is not None and others and others[0].end <= subject.start and _DE_AND_ONLY.fullmatch(text, others[0].end, subject.start):
            # "Velkor und Norvia fusionieren": the first named absorbs the second, as "die Fusion von Velkor und Norvia" reads
            subject, others = others[0], [subject, *others[1:]]
            st.subject = subject
        if subject is not None:
            parties.append(role_of(subject, PartyRole.BUYER, text))
        if target is not None:
            parties.append(target)
        elif len([n for n in in_sentence if not is_place(n)]) >= 2:
            if others:
                parties.append(role_of(others[0], PartyRole.TARGET, text))


def _supply_parties(st: RoleState) -> None:
    """A supply: the subject supplies, the customer is who is supplied ("to X", "à X", "an X", a dative, a country,
    who orders or awards the contract)."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_end = st.s_end
    if lang == "de" and de_award_parties(st):
        return
    if subject is not None:
        parties.append(role_of(subject, PartyRole.SUPPLIER, text))
    customer = None
    if lang == "de" and subject is not None:
        customer = de_supplied_object(st, subject)
    if lang == "fr":
        customer = fr_agreeing_customer(st)
    if lang == "en":
        customer = _provided(st)
    if customer is None and not (lang == "de" and text.startswith("beliefer", trigger.start)):
        customer = _customer(text, in_sentence, trigger, s_end, lang, subject)  # "beliefert X mit Strom": "mit" names goods
    if customer is None and lang == "de" and subject is not None and trigger.end <= s_end:
        customer = de_dative_customer(st, subject)
    if customer is None and lang == "de" and subject is not None:
        customer = de_giving_customer(st, subject)
    if customer is None and lang == "fr":
        customer = fr_customer(st)
    if customer is not None:
        parties.append(customer)
    if lang == "fr":
        fr_awarded_parties(st)
    if lang == "de":
        de_maker_supplies(st)  # "Der Autobauer X hat mit dem Zulieferer Y einen Liefervertrag": the maker supplies


def _provided(st: RoleState) -> Role | None:
    """en: "will provide Norvia with 40 trains": the name right after "provide" is supplied."""
    text, trigger = st.text, st.trigger
    if "provid" not in text[trigger.start : trigger.end]:
        return None
    return next((role_of(n, PartyRole.CUSTOMER, text) for n in st.in_sentence if trigger.end <= n.start <= trigger.end + 6 and not is_place(n)), None)


# fr: a distributor or a sponsor: the partner is the maker of the goods or the club named in the object
FR_GOODS_OF_PARTNER = re.compile(r"(?:distribu|commercialis|sponsoris|parrain)")
# fr: "une filiale commune de Velkor et Norvia": the owners follow "de", as partners follow "avec"
FR_SHARED_OF = re.compile(r"communes? (?:de|à)$")
# ... and the subject is one only when it is the shared company itself: "Dastrel, (la) filiale commune de", "Dastrel est la"
_FR_SHARED_NAMED = re.compile(r"(?:,\s+|\s+(?:est|était|sera|devient|reste)\s+)(?:(?:la|une|leur|sa)\s+(?:\S+\s+)?)?")


def _partner_parties(st: RoleState) -> None:
    """A partnership: the subject and the name after "with"/"avec"/"mit" (and the names listed with it) are partners;
    a contract about goods makes them supplier and customer instead."""
    text, trigger, lang, in_sentence, subject, parties, cand = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties, st.cand
    s_start, s_end = st.s_start, st.s_end
    with_prep = {"en": r"(?:with|between)", "fr": r"(?:avec|entre)", "de": r"(?:mit|zwischen)"}.get(lang, "with")
    partner = after_prep(text, in_sentence, with_prep, trigger.start, s_end)
    if lang == "fr" and partner is None and FR_SHARED_OF.search(text, trigger.start, trigger.end):
        partner = after_prep(text, in_sentence, r"(?:de|du|à|au)", trigger.start, s_end)  # "une filiale commune de Velkor et Norvia"
        if partner is not None and subject is not None and not _FR_SHARED_NAMED.fullmatch(text, subject.end, trigger.start):
            subject = st.subject = None  # "le rapport de X porte sur une filiale commune de ...": the subject is no owner
    if lang == "fr" and partner is None:
        partner = fr_joined_partner(text, in_sentence, trigger)  # "s'associe à Norvia"
    if lang == "fr" and partner is None and FR_GOODS_OF_PARTNER.match(text, trigger.start):
        partner = st.in_window[0] if st.in_window else None  # "distribuera les produits de Norvia", "sponsorise le club Norvia"
    sides = [n for n in (subject, partner) if n is not None]
    listed = fr_partners_listed(text, in_sentence, partner, s_end) if lang == "fr" and partner is not None else []
    sides += [n for n in listed if n not in sides]
    sides += [
        n for n in in_sentence
        if not is_place(n) and n not in sides and not _of_place(text, in_sentence, n, lang) and not bystander(text, n, lang)
    ][: max(0, (2 if lang in ("de", "fr") and partner is not None else 3) - len(sides))]
    supplies = False
    if lang == "fr" and partner is not None:
        supplies = fr_supply_agreed(text, trigger, partner, s_start, s_end)
    # "hat mit Norvia einen Liefervertrag geschlossen", "einen Vertrag über die Lieferung von Turbinen": a supply contract
    supplies = supplies or (lang == "de" and partner is not None and de_supply_contract(text, trigger.start, s_end))
    if supplies:
        # "ont conclu un accord avec Astrel pour garantir la fourniture de 5 millions de masques": a supply contract
        # (the supply word may come first: "pour garantir ses livraisons, Norland a noué un accord avec Astrel")
        cand.trigger = dataclasses.replace(trigger, deal_type=T.SUPPLY_CONTRACT)
    # fr: "a signé un contrat avec Norvia pour lui livrer 40 trains": the signer delivers, the one signed with is supplied
    delivers_to_partner = supplies and lang == "fr" and partner is not None and _FR_TO_SUPPLY_IT.match(text, partner.end, s_end) is not None
    for name in sides:
        role = (PartyRole.SUPPLIER if name is partner or name in listed else PartyRole.CUSTOMER) if supplies else PartyRole.PARTNER
        if delivers_to_partner:
            role = PartyRole.CUSTOMER if role is PartyRole.SUPPLIER else PartyRole.SUPPLIER
        parties.append(role_of(name, role, text))
    if partner is not None:
        parties.extend(role_of(extra, PartyRole.PARTNER, text) for extra in coordinated(text, in_sentence, partner.end))
    if lang == "fr" and subject is not None:
        fr_contract_with_states(text, in_sentence, cand, subject, partner, s_end, parties)


def _order_parties(st: RoleState) -> None:
    """An order: "la Ferlis a commandé 28 rames à Tramor": the subject buys, the named maker supplies; an award's
    "par" orders and its "à" supplies."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_end = st.s_end
    if subject is not None:
        parties.append(role_of(subject, PartyRole.CUSTOMER, text))
    # "X hat bei Y 50 Züge bestellt": in German the maker may sit inside the verb's frame
    if lang == "fr":
        maker_prep = fr_maker_prep(text, trigger)
    else:
        # en: "placed an order for 50 locomotives with Velkor": the maker after "with" too
        maker_prep = {"en": r"(?:from|with)", "de": r"(?:bei|beim|von|vom)"}.get(lang, "from")
    maker = after_prep(text, in_sentence, maker_prep, trigger.start if lang == "de" else trigger.end, s_end)
    maker = maker or (st.in_window[0] if st.in_window else None)
    if lang == "fr":
        maker = fr_order_sides(st, maker)
    if lang == "de":
        maker = de_order_sides(st, maker)
    if maker is not None and (subject is None or maker.start != subject.start):
        parties.append(role_of(maker, PartyRole.SUPPLIER, text))
        if lang == "fr":
            # "a commandé 30 avions à Velkor, 20 à Norvia et 10 à Dastrel": each maker listed after the first supplies too
            parties.extend(role_of(n, PartyRole.SUPPLIER, text) for n in fr_makers_listed(text, in_sentence, maker, s_end) if subject is None or n.start != subject.start)


def _fund_parties(st: RoleState) -> None:
    """A funding round: the subject raises it (the target), who puts the money in invests ("auprès de X", "von X",
    "menée par X"); a round "bei X" or "de X" makes the subject the investor instead."""
    text, lang, subject, parties = st.text, st.lang, st.subject, st.parties
    if lang == "de" and de_round_parties(st):
        return
    if lang == "fr" and fr_round_parties(st):
        return
    if subject is not None:
        parties.append(role_of(subject, PartyRole.TARGET, text))
    if lang == "de" and subject is not None:
        de_round_backers(st, subject)
    if lang == "fr" and subject is not None:
        fr_round_backers(st, subject)
    if lang == "en" and subject is not None:
        en_round_backers(st, subject)


def _build_parties(st: RoleState) -> None:
    """A site built: the subject (or the company of a person named, or the last company) supplies, whose site it is
    (the name after it, else the place or country after the trigger) takes it as the customer."""
    text, trigger, in_sentence, subject, parties = st.text, st.trigger, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    supplier = subject if subject is not None and subject.start >= s_start else None
    companies = [n for n in in_sentence if not is_place(n)]
    supplier = company_of_person(text, supplier) or supplier or (companies[-1] if companies else None)
    if supplier is not None:
        parties.append(role_of(supplier, PartyRole.SUPPLIER, text))
    # "le futur centre de données de Norvia", "a data centre for Norvia", "ein Rechenzentrum für Norvia": whose site it is
    owner = after_prep(text, in_sentence, r"(?:de|du|des|of|for|pour|für|von|der)", trigger.end, min(s_end, trigger.end + 6))
    customer = role_of(owner, PartyRole.CUSTOMER, text) if owner is not None else _provided(st) if st.lang == "en" else None
    places = [n for n in in_sentence if is_place(n) and n.start >= trigger.start]
    if st.lang == "fr" and FR_OWN_BUILD.match(text, trigger.start) is not None:
        # "Velkor va construire une usine de batteries à Dunkerque": the town or region where a company builds its own
        # site is no customer of it (whose site it is, "pour Norvia", still is; a country that takes a site, "un centre
        # de données en Norlande", stays its customer)
        if customer is not None and FR_SITE_AT.search(text, max(0, customer.start - 30), customer.start) and country_of(customer.name) is None:
            customer = None
        places = [n for n in places if not (FR_SITE_AT.search(text, max(0, n.start - 30), n.start) and country_of(n.text) is None)]
    if customer is not None and (supplier is None or customer.start != supplier.start):
        parties.append(customer)
    elif places and st.lang == "de" and _de_own_site_in(text, trigger.start, places[0].start):
        pass  # "Velkor baut ein Werk in Polen": where a company builds its own site is the deal's country, no side of it
    elif places:
        place = places[0]
        adjective = next((m for m in find_countries(place.text) if m.adjective and len(m.text) == len(place.text)), None)
        named = country_name(adjective.code, st.lang) if adjective is not None else None  # "a German data centre": Germany
        parties.append(Role(named or place.text, place.start, place.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT))
    else:
        # "ein Rechenzentrum in Norland": a country the name finder left out (after "in") still takes the site
        mentioned = sentence_countries(text, s_start, s_end)
        countries = [m for m in mentioned if not m.adjective and s_start + m.start >= trigger.start]
        if countries and st.lang == "de" and _de_own_site_in(text, trigger.start, s_start + countries[0].start):
            pass  # the country named after "in" is where the builder's own site stands
        elif countries:
            at = s_start + countries[0].start
            parties.append(Role(countries[0].text, at, at + len(countries[0].text), PartyRole.CUSTOMER, PartyKind.GOVERNMENT))
        else:
            # "un centre de données allemand", "a German data centre", "ein deutsches Rechenzentrum": the site's own
            # adjective names the country that takes it (by its name, so every language gives the same party)
            own = [m for m in mentioned if m.adjective and trigger.start <= s_start + m.start <= trigger.end + 2]
            named = country_name(own[0].code, st.lang) if own else None
            if named is not None:
                at = s_start + own[0].start
                parties.append(Role(named, at, at + len(own[0].text), PartyRole.CUSTOMER, PartyKind.GOVERNMENT))


# de: "baut ein Werk", "errichtet eine Fabrik": a company building a site (equipping one for another is a supply)
_DE_BUILDS = re.compile(r"(?:baut|bauen|baute|bauten|errichtet|errichten|errichtete|errichteten)\s")
_DE_SITE_IN = re.compile(r"\b(?:in|im|nach)\s+(?:der\s+|dem\s+|den\s+|die\s+)?$")


def _de_own_site_in(text: str, trigger_start: int, place_start: int) -> bool:
    """de: the trigger builds a site and the place is named after a locative preposition ("baut ein Werk in Polen")."""
    return _DE_BUILDS.match(text, trigger_start) is not None and _DE_SITE_IN.search(text, max(0, place_start - 12), place_start) is not None


_EN_GRANTS = re.compile(r"granted|grants|extended|extends|gave|gives")
_EN_AID_SUM = re.compile(r" (?:(?:about|some|nearly|up to|over|an extra|a further) )?[$€£]?\d")


def _loan_parties(st: RoleState) -> None:
    """Loans and aid: who receives the money is the target, who lends or grants it invests; (fr) a subject that
    grants ("a accordé un prêt") lends; a rescue verb ("rettet", "renfloue") reads the other way."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    if lang == "fr" and (fr_cleared_aid_parties(st) or fr_grant_parties(st)):
        return
    if lang == "de" and st.obj is not None and subject is not None and st.obj.start != subject.start and DE_AID_PARTICIPLE.fullmatch(text, trigger.start, trigger.end):
        # "der Bund hatte Velkor mit 2 Milliarden gestützt": the subject helps, the name before the participle is helped
        parties.extend([role_of(subject, PartyRole.INVESTOR, text), role_of(st.obj, PartyRole.TARGET, text)])
        return
    lender = None
    aided = None
    if lang == "de":
        lender, subject, aided = de_lender_and_borrower(st)
    if lender is not None and subject is not None and subject.start == lender.start:
        subject = next((n for n in in_sentence if n.end <= lender.start and n.start >= s_start and not is_place(n)), None)
    if lang == "en" and _EN_AID_SUM.match(text, trigger.end):
        # "pledged $300 million to Norvia": the granter lends, the name after "for"/"to"/"into" receives
        lender = subject
        subject = after_prep(text, in_sentence, r"(?:for|to|into)", trigger.end, s_end, lang)
    elif lang == "en" and subject is not None and _EN_GRANTS.fullmatch(text, trigger.start, trigger.end):
        # "Norvia Bank granted Velkor a loan": the subject lends, the name after the verb receives
        lender, subject = subject, first_after(in_sentence, trigger.end, window=4)
    if subject is None and lang == "fr":
        # "Le prêt garanti par l'Etat promis au groupe", "un prêt de l'Etat à Velkor": the loan goes to whom it is given
        subject = fr_beneficiary(text, in_sentence, trigger.end, s_end)
    st.subject = subject
    if subject is not None:
        parties.append(role_of(subject, PartyRole.TARGET, text))
    lender = lender or first_after(in_sentence, trigger.end, window=120)
    if lender is not None and lender is not subject:
        parties.append(role_of(lender, PartyRole.INVESTOR, text))
        if lang == "de" and aided is not None:
            parties.extend(listed_before(text, in_sentence, lender, parties))  # "X und Y haben ein Paket für Z geschnürt"
    if lang == "de":
        de_rescue(st)
    if lang == "fr":
        fr_bail_out(st)


def _of_place(text: str, names: list[NameSpan], name: NameSpan, lang: str) -> bool:
    """fr: "Kalvor de Rennes": a name right after another and "de" is where that one is, not a party."""
    return lang == "fr" and any(text[n.end : name.start] in (" de ", " d'", " d’") for n in names if n.end < name.start)


_EN_SUPPLY_VERB = re.compile(r"suppl(?:y|ies|ied|ying)|deliver")


def _customer(text: str, names: list[NameSpan], trigger: Trigger, end: int, lang: str, subject: NameSpan | None) -> Role | None:
    """Who is supplied: a public buyer named generically ("entreprises publiques", "state-owned companies"), else
    the name after the customer's preposition ("from/with/for/by", "à" after "fournir", "an" after "liefern")."""
    generic = _GENERIC_PARTY.search(text, trigger.start, end)
    if generic is not None:
        return Role(generic.group(), generic.start(), generic.end(), PartyRole.CUSTOMER, party_kind(generic.group()))
    # German takes its preposition from the verb below
    prep = r"(?:auprès de|auprès d'|avec|pour|de la part de)" if lang == "fr" else r"(?:from|with|for|by)"
    if lang == "en" and _EN_SUPPLY_VERB.search(text, trigger.start, trigger.end):
        prep = r"(?:to|for)"  # "will supply 300 buses to Norvia": who is supplied follows "to"
    if lang == "fr" and text.startswith(("fourn", "livr", "a fourni", "a livré", "ont fourni", "ont livré", "vend"), trigger.start):
        prep = r"(?:à|au|aux)"  # "fournira 200 rames à Norvia": the verb's indirect object is the customer
    if lang == "fr" and text.startswith(("fournisseur", "sous-traitant", "le fournisseur", "son fournisseur", "un fournisseur", "le sous", "son sous", "un sous"), trigger.start):
        prep = r"(?:du|de la|de l'|des|de|d')"  # "fournisseur de la société Norvia": who is supplied follows "de"
    # ("verkauft 40 Züge an X": goods sold, read as delivered)
    delivered = lang == "de" and (text.startswith(("liefer", "verkauf"), trigger.start) or text.endswith("geliefert", trigger.start, trigger.end))
    if delivered:
        prep = r"an"  # "liefert Server an X", "hat Server an X geliefert"; "liefert eine Ansicht von Y" names no customer
    if lang == "de" and not delivered:
        prep = r"(?:von|mit|für|der|des)"  # "einen Auftrag der Deutschen Bahn": the genitive orders
    customer = after_prep(text, names, prep, trigger.start, end)
    if customer is not None and (subject is None or customer.start != subject.start):
        return role_of(customer, PartyRole.CUSTOMER, text)
    return None
