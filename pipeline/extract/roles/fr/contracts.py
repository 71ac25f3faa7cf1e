"""The supply, order and partner voices' French cases: who is supplied, who awards, a partner joined by "à", a
contract with states, an order's maker. Apart because only contracts name makers and customers."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role, role_of
from pipeline.extract.kinds import normalize, party_kind
from pipeline.extract.names import NameSpan, is_place, label
from pipeline.extract.roles.common import RoleState, T, after_prep
from pipeline.extract.roles.fr.lists import fr_listed_after, fr_makers_listed
from pipeline.extract.roles.fr.patterns import FR_CONTRACT_ELLIPSIS, FR_LIST_GLUE, FR_MADE_BY, FR_PASSIVE_BEFORE
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole


_FR_AGREEMENT_OF = re.compile(r"\bl'accord$")

_FR_AGREEING = re.compile(r"\s+(?:du|de la|de l['’]|des|de|d['’])\s*(?:(?:société|groupe|compagnie|laboratoire|ville|région) )?")


def fr_agreeing_customer(st: RoleState) -> Role | None:
    """fr: "a obtenu l'accord de la Norvège pour fournir 3 millions de doses": who agrees (a country too) buys, and
    with no subject the article's company supplies. None when the trigger is no "accord de"."""
    text, trigger, subject, lead = st.text, st.trigger, st.subject, st.lead
    if not _FR_AGREEMENT_OF.search(text, trigger.start, trigger.end):
        return None
    customer = None
    agreed = _FR_AGREEING.match(text, trigger.end)
    buyer = next((n for n in st.in_sentence if agreed is not None and n.start == agreed.end()), None)
    if buyer is not None and (subject is None or buyer.start != subject.start):
        customer = Role(buyer.text, buyer.start, buyer.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT) if is_place(buyer) else role_of(buyer, PartyRole.CUSTOMER, text)
    maker = st.company or lead
    if customer is not None and subject is None and maker is not None and not is_place(maker) and normalize(label(maker)) != normalize(customer.name):
        st.parties.append(role_of(maker, PartyRole.SUPPLIER, text))  # "les deux laboratoires viennent d'obtenir l'accord de X": the article's company supplies
    return customer


# ("un contrat de surveillance": the trigger may end on the service the contract is for)
_FR_CONTRACT_WORD = re.compile(
    r"\b(?:contrats?|commandes?|marchés?|construction|chantier|réalisation|gestion|exploitation|maintenance|conception|rénovation)(?: de [a-zà-ÿ-]+)?$"
)


_FR_AWARDED_TO_SUBJECT = re.compile(r"(?:s['’](?:est|était)|se (?:sont|voit|voient|verra|verront)) vue?s? ")
_FR_MADE_FOR = re.compile(r"(?:constru|fabriqu|produi)")
_FR_TENDER_WORD = re.compile(r"\b(?:l['’]|un |le )appel d'offres$")


def fr_customer(st: RoleState) -> Role | None:
    """fr: who is supplied when no preposition said it: the object equipped, who a contract or an order is from,
    a country supplied."""
    text, trigger, in_sentence, subject, s_end = st.text, st.trigger, st.in_sentence, st.subject, st.s_end
    customer = None
    if text.startswith(("équip", "motoris", "approvisionn", "aliment"), trigger.start) and st.in_window:
        # "équiper la compagnie Norvia de 40 rames", "approvisionner Norvia en gaz": the object is supplied
        customer = role_of(st.in_window[0], PartyRole.CUSTOMER, text)
    if customer is None and _FR_CONTRACT_WORD.search(text, trigger.start, trigger.end):
        # "a remporté un contrat de la compagnie Norvia", "une commande de 30 avions de la compagnie Norvia": who orders
        of = after_prep(text, in_sentence, r"(?:du|de la|de l'|des)", trigger.start, s_end)
        customer = role_of(of, PartyRole.CUSTOMER, text) if of is not None and (subject is None or of.start != subject.start) else None
    if customer is None and _FR_AWARDED_TO_SUBJECT.match(text, trigger.start):
        # "Velkor s'est vu attribuer un contrat par Norvia": who awards follows "par"
        of = after_prep(text, in_sentence, "par", trigger.end, min(s_end, trigger.end + 60))
        customer = role_of(of, PartyRole.CUSTOMER, text) if of is not None and (subject is None or of.start != subject.start) else None
    if customer is None and _FR_MADE_FOR.match(text, trigger.start):
        # "Velkor va construire 40 trains pour Norvia": who the goods are made for buys them
        of = after_prep(text, in_sentence, "pour", trigger.end, min(s_end, trigger.end + 80))
        customer = role_of(of, PartyRole.CUSTOMER, text) if of is not None and (subject is None or of.start != subject.start) else None
    if customer is None and _FR_TENDER_WORD.search(text, trigger.start, trigger.end):
        # "a remporté l'appel d'offres de Norvia", "... lancé par Norvia": who called for tenders buys
        of = after_prep(text, in_sentence, r"(?:de|d'|du|de la|de l'|lancé par|lancée par)", trigger.end, min(s_end, trigger.end + 30))
        customer = role_of(of, PartyRole.CUSTOMER, text) if of is not None and (subject is None or of.start != subject.start) else None
    if customer is None:
        # "livrera 100 millions de doses au Japon", "un contrat avec la Lorvanie": a country supplied is the customer
        customer = _fr_country_supplied(text, in_sentence, trigger, s_end, subject)
    return customer


_FR_TO_COUNTRY = re.compile(r"(?:\b(?:à|au|aux|avec)\s+(?:l['’]|la |le |les )?)$")

_FR_SUPPLY_VERB = re.compile(r"(?:(?:a|ont|va|vont|doit|devrait|pourrait)\s+)?(?:fourn|livr|vend|approvisionn)|\w+\s+(?:\S+\s+){0,3}?(?:contrats?|commandes?|marchés?)\b")


def _fr_country_supplied(text: str, names: list[NameSpan], trigger: Trigger, end: int, subject: NameSpan | None) -> Role | None:
    """fr: the country a supply verb or contract delivers to ("fournir 40 rames aux Pays-Bas", "un contrat avec la Lorvanie"),
    which the party search passes over as a mere place."""
    if not _FR_SUPPLY_VERB.match(text, trigger.start):
        return None
    for name in names:
        if name.start < trigger.end or not is_place(name) or (subject is not None and name.start == subject.start):
            continue
        if _FR_TO_COUNTRY.search(text, max(trigger.start, name.start - 12), name.start) and not re.search(r"[;:]", text[trigger.end : name.start]):
            return Role(name.text, name.start, name.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT)
        if name.start > end:
            break
    return None


_FR_AWARDED_AFTER = re.compile(r"(?:\s+\S+){0,4}?\s+(?:a|ont|avait|avaient)\s+été\s+(?:attribu|octroy|accord|confi)")


def fr_awarded_parties(st: RoleState) -> None:
    """fr: "le contrat de maintenance a été attribué au groupe Velkor par la ville": "par" awards (the customer),
    "à" is awarded (the supplier); they replace the parties found."""
    text, trigger, in_sentence, s_end = st.text, st.trigger, st.in_sentence, st.s_end
    if _FR_AWARDED_AFTER.match(text, trigger.end):
        awardee = after_prep(text, in_sentence, r"(?:à|au|aux)", trigger.end, s_end)
        awarder = after_prep(text, in_sentence, "par", trigger.end, s_end)
        if awardee is not None or awarder is not None:
            st.parties[:] = [role_of(n, role, text) for n, role in ((awarder, PartyRole.CUSTOMER), (awardee, PartyRole.SUPPLIER)) if n is not None]


_FR_JOINED_TO = re.compile(r"(?:à|au|aux)$")
_FR_BARE_ARTICLE = re.compile(r"\s+(?:(?:la |le |l['’]|les )?(?:(?:groupe|société|constructeur|compagnie|laboratoire|start-up|banque) )?)?")


def fr_joined_partner(text: str, names: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """fr: "Velkor s'associe à Norvia", "s'allie au groupe Norvia": the name right after the trigger's "à" is the partner
    (read as a place after "à" otherwise)."""
    if not _FR_JOINED_TO.search(text, trigger.start, trigger.end):
        return None
    return next((n for n in names if n.start > trigger.end and not is_place(n) and _FR_BARE_ARTICLE.fullmatch(text, trigger.end, n.start)), None)


def fr_partners_listed(text: str, in_sentence: list[NameSpan], partner: NameSpan, s_end: int) -> list[NameSpan]:
    """fr: "des contrats avec Velkor, Norvia et Dastrel": every name listed after the partner is a partner too, and
    "un contrat de 2 milliards avec Velkor et un autre de 500 millions avec Norvia": a second contract by ellipsis."""
    listed = fr_listed_after(text, in_sentence, partner) or fr_makers_listed(text, in_sentence, partner, s_end)
    if not listed:
        listed = [n for n in in_sentence if n.start > partner.end and not is_place(n) and FR_CONTRACT_ELLIPSIS.fullmatch(text, partner.end, n.start)][:1]
    if not listed:
        # "un contrat entre Velkor, une société dirigée par Paul Dastrel, et Norvia": the other side after an apposition
        listed = [n for n in in_sentence if n.start > partner.end and not is_place(n) and _FR_APPOSITION_THEN_AND.fullmatch(text, partner.end, n.start)][:1]
    return listed


_FR_APPOSITION_THEN_AND = re.compile(
    r",\s+(?:un|une|le|la|l['’])\s*[^,;:()«»\"]{1,80},\s+et\s+(?:(?:l['’]|la |le |les )(?:[a-zà-ÿ][\w'’-]*\s+){0,3})?"
)


_FR_CONTRACT_SIGNED = re.compile(r"\bcontrats?\b(?! (?:de |d')(?:licence|partenariat|coopération|distribution|travail|sponsoring|parrainage|image|prêt))")

# fr: an agreement about counted goods or an advance purchase is a supply contract
_FR_GOODS_AGREED = re.compile(
    r"\b(?:achats? anticipés?|accords? d'achat|précommandes?|pré-commandes?|\d[\d\s.,]*(?: (?:millions?|milliards?))? (?:de |d')?(?:doses|vaccins|masques|"
    r"avions|appareils|hélicoptères|rames|trains|tramways|navires|frégates|sous-marins|chars|blindés|véhicules|camions|bus|autobus|satellites|"
    r"serveurs|puces|tests|respirateurs|seringues|éoliennes|turbines|missiles|réacteurs|locomotives))\b"
)

_FR_SUPPLY_AFTER = re.compile(r"\b(?:fourniture|fournir|livraisons?|livrer|approvisionnement|approvisionner|commandes?|commander)\b")


def fr_supply_agreed(text: str, trigger: Trigger, partner: NameSpan, s_start: int, s_end: int) -> bool:
    """fr: an agreement with a partner is a supply contract when the sentence speaks of supplies, of goods bought
    or of a contract (not an accord)."""
    supplies = _FR_SUPPLY_AFTER.search(text, s_start, s_end) is not None and not text.startswith("s'associ", trigger.start)
    if not supplies and not text.startswith("s'associ", trigger.start):
        # "un accord avec Velkor pour 30 millions de doses", "des accords d'achat anticipé avec Velkor": goods bought
        supplies = _FR_GOODS_AGREED.search(text, trigger.start, s_end) is not None
    if not supplies and _FR_CONTRACT_SIGNED.search(text, trigger.start, max(trigger.end, min(s_end, partner.end + 40))):
        supplies = True  # "a signé un contrat de 2 milliards avec Velkor": a contract (not an accord) buys or sells something
    return supplies


def fr_contract_with_states(
    text: str, names: list[NameSpan], cand: Candidate, subject: NameSpan, partner: NameSpan | None, end: int, parties: list[Role]
) -> None:
    """fr: "Velkor a signé un contrat avec le Japon", "... de fourniture avec le gouvernement japonais": a company's contract
    with a state supplies the state (the party search passes the country over as a place, or reads the state as the supplier)."""
    if is_place(subject) or party_kind(subject.text, "") is PartyKind.GOVERNMENT:
        return
    if partner is None:
        state = _fr_country_supplied(text, names, cand.trigger, end, subject)
        if state is None:
            return
        # "avec le Japon, le Canada et le Brésil": every country listed is a customer
        states = [state] + [
            Role(n.text, n.start, n.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT)
            for n in _fr_places_listed(text, names, state.end, end)
        ]
        parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), *states]
    elif cand.trigger.deal_type is T.SUPPLY_CONTRACT and party_kind(partner.text, "") is PartyKind.GOVERNMENT:
        swap = {PartyRole.SUPPLIER: PartyRole.CUSTOMER, PartyRole.CUSTOMER: PartyRole.SUPPLIER}
        parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in parties]
    else:
        return
    cand.trigger = dataclasses.replace(cand.trigger, deal_type=T.SUPPLY_CONTRACT)


def _fr_places_listed(text: str, names: list[NameSpan], after: int, end: int) -> list[NameSpan]:
    """fr: the countries listed after one: ", le Canada et le Brésil"."""
    listed: list[NameSpan] = []
    for name in names:
        if name.start < after or name.start >= end:
            continue
        if not is_place(name) or not FR_LIST_GLUE.fullmatch(text, after, name.start):
            break
        listed.append(name)
        after = name.end
    return listed


_FR_GOODS_CHOSEN = re.compile(r"(?:choisi|opt|retenu|sélectionn)")
_FR_AWARD_VERB = re.compile(r"(?:attribu|octroy|confi)\w*")


def fr_maker_prep(text: str, trigger: Trigger) -> str:
    """fr: the preposition that names an order's maker ("à", "auprès de", "au groupe"), after a purchase, an award
    or "obtenir" another one."""
    maker_prep = r"(?:à|auprès de|auprès du|auprès des|auprès d'|au(?= (?:groupe|constructeur|fabricant|laboratoire|chantier|géant|motoriste|avionneur|équipementier)\b)|aux(?= (?:groupes|constructeurs|fabricants|laboratoires|chantiers)\b))"
    if text.startswith("ach", trigger.start):
        maker_prep = r"(?:à|au|aux|auprès de|auprès du|auprès des|auprès d')"  # "a acheté 40 avions au groupe Velkor"
    if _FR_AWARD_VERB.match(text, trigger.start):
        maker_prep = r"(?:à|au|aux)"  # "a attribué au groupe Velkor un contrat": who is awarded supplies
    if _FR_GOODS_CHOSEN.match(text, trigger.start):
        maker_prep = r"(?:de|du|d'|à|auprès de|auprès du|auprès des|auprès d')"  # "a choisi les moteurs de Velkor"
    if text.startswith(("obten", "obtien"), trigger.start):
        maker_prep = r"(?:auprès de|auprès du|auprès des|auprès d'|de|du|des|d')"  # "obtenir 30 millions de doses de Velkor"
    return maker_prep


_FR_AWARDED = re.compile(r"\sété\s+(?:attribu|octroy|accord|confi)")


def fr_order_sides(st: RoleState, maker: NameSpan | None) -> NameSpan | None:
    """fr: an order told as an award ("attribué à X par Y"), as a choice ("Velkor a été choisi par Norvia") or with
    its maker named by "mis au point par X": the sides they name replace the parties found. Returns the maker
    still to add as the supplier (None once the sides are settled)."""
    text, trigger, in_sentence, subject, parties, s_start, s_end = st.text, st.trigger, st.in_sentence, st.subject, st.parties, st.s_start, st.s_end
    if _FR_AWARDED.search(text, trigger.start, trigger.end):
        awardee = after_prep(text, in_sentence, r"(?:à|au|aux)", trigger.end, s_end)
        awarder = after_prep(text, in_sentence, "par", trigger.end, s_end)
        parties[:] = [role_of(n, role, text) for n, role in ((awarder, PartyRole.CUSTOMER), (awardee, PartyRole.SUPPLIER)) if n is not None]
        maker = None
    if subject is not None and FR_PASSIVE_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start):
        # "Velkor a été choisi par Norvia pour fournir 30 trains": the chooser after "par" orders, the subject supplies
        chooser = after_prep(text, in_sentence, "par", trigger.end, min(s_end, trigger.end + 60))
        if chooser is not None and chooser.start != subject.start:
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), role_of(chooser, PartyRole.CUSTOMER, text)]
            maker = None
    if maker is None and subject is not None:
        # "a passé une commande de 10 000 doses du vaccin mis au point par Velkor et Norvia": who made it supplies
        maker = after_prep(text, in_sentence, FR_MADE_BY, trigger.end, s_end)
        if maker is not None:
            parties.extend(role_of(extra, PartyRole.SUPPLIER, text) for extra in fr_listed_after(text, in_sentence, maker) if extra.start != subject.start)
    return maker
