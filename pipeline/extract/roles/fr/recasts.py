"""What ``deals.extract`` rereads on a French candidate once its roles are assigned: goods bought are a supply
contract, money from the state is no round, an aside's own deal keeps its names, a leader's country is the party."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role, role_of, trigger_text
from pipeline.extract.kinds import party_kind
from pipeline.extract.names import GIVEN_NAMES, NameSpan, is_place
from pipeline.extract.roles.common import T
from pipeline.extract.roles.fr.gates import counted_after
from pipeline.extract.roles.fr.lists import fr_makers_listed
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole


# fr: what follows "a acheté" when goods are bought, not a company: "des masques", "ses avions", "40 rames", "jusqu'à 80 millions de flacons"
_FR_GOODS_OBJECT = re.compile(
    r"\s+(?:(?:\S+\s+){0,2}?(?:jusqu'à|jusqu’à|plus de|près de|environ|au moins|quelque|encore)\s+)?(?:des|ses|leurs|les|de|d['’]|du|\d)"
)
# ... but shares, stakes, units, sites and walls bought are a change of owner ("a acheté les murs de 30 magasins à Velkor")
_FR_NOT_GOODS = re.compile(
    r"\b(?:actions?|titres?|parts?|participations?|capital|filiales?|activités?|actifs|marques?|sociétés?|entreprises?|brevets|concessions?|catalogues?|portefeuilles?|"
    r"magasins?|usines?|sites?|murs|immeubles?|terrains?|bâtiments?|hôtels?|droits|licences?|journa(?:l|ux)|chaînes?|radios?|titres?)\b|%|pour cent"
)


_FR_SELLER_PREP = re.compile(r"\b(?:à|au|aux|auprès)\b(?=[^,;]*$)")


def fr_goods_bought(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "la Lorvanie a acheté des masques au groupe Velkor", "compte acquérir encore 80 millions de doses auprès de
    Velkor": goods bought from a named maker, no company changing hands, are a supply contract (who buys is the customer).
    Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    trigger = cand.trigger
    if trigger.deal_type is T.PURCHASE and any(p.role is PartyRole.BUYER for p in cand.parties):
        # "a décroché les droits TV du tournoi de Zeligue": the rights are what is bought, the competition no party
        cand.parties = [p for p in cand.parties if p.role is not PartyRole.TARGET]
        return
    if trigger.deal_type is not T.ACQUISITION or trigger.voice != "buy" or trigger.noun:
        return
    roles = {p.role for p in cand.parties}
    if len(cand.parties) == 1 and roles == {PartyRole.BUYER} and trigger_text(cand).startswith(("achet", "achèt")) and counted_after(cand):
        # "l'Ostrie a déjà acheté 2 milliards de doses": counted goods bought, the makers unnamed
        cand.trigger = dataclasses.replace(trigger, deal_type=T.SUPPLY_CONTRACT, voice="order")
        cand.parties = [dataclasses.replace(cand.parties[0], role=PartyRole.CUSTOMER)]
        return
    if roles != {PartyRole.BUYER, PartyRole.SELLER}:
        return
    seller = min((p.start for p in cand.parties if p.role is PartyRole.SELLER), default=trigger.end)
    if seller <= trigger.end:
        return
    # what is bought stops at the preposition before the seller ("des avions à la société Velkor": not "société")
    prep = _FR_SELLER_PREP.search(text, trigger.end, seller)
    bought_end = prep.start() if prep is not None else seller
    if not _FR_GOODS_OBJECT.match(text, trigger.end, seller) or _FR_NOT_GOODS.search(text, trigger.end, bought_end):
        return
    cand.trigger = dataclasses.replace(trigger, deal_type=T.SUPPLY_CONTRACT, voice="order")
    cand.parties = [
        dataclasses.replace(p, role=PartyRole.CUSTOMER if p.role is PartyRole.BUYER else PartyRole.SUPPLIER) for p in cand.parties
    ]
    # "a acheté des doses auprès de Velkor, Norvia et Dastrel": the makers listed after the first supply too
    first = next((n for n in names if n.start == seller), None)
    if first is not None:
        in_sentence = [n for n in names if cand.sentence[0] <= n.start < cand.sentence[1]]
        known = {p.start for p in cand.parties}
        cand.parties += [role_of(n, PartyRole.SUPPLIER, text) for n in fr_makers_listed(text, in_sentence, first, cand.sentence[1]) if n.start not in known]


# fr: a site or a business of a company right after the buying verb: "rachète l'usine de Velkor", "reprend les magasins du
# groupe Velkor", "a acquis deux sites de Velkor" (not its shares or capital: "les parts de Velkor" may be Velkor's own)
_FR_ASSET_OF = re.compile(
    r"\s+(?:(?:l['’]|la|le|les|une?|des|deux|trois|quatre|cinq|\d+)\s*)(?:usines?|sites?|magasins?|hôtels?|entrepôts?|activités?|division|branche|pôle|"
    r"actifs|marques?|enseignes?|murs|immeubles?|terrains?|bâtiments?|catalogues?|portefeuilles?)\b(?:\s+[a-zà-ÿ][\w-]*){0,2}?\s+(?:de|du|des|d['’])\s*"
    r"(?:(?:la|l['’])\s*)?(?:(?:groupe|société|constructeur|fabricant|chimiste|laboratoire|distributeur|compagnie|géant|enseigne)\s+)?$"
)


# fr: a holder's shares bought in another company: "rachète les parts de son associé Dastrel dans Norvia"
_FR_STAKE_OF = re.compile(
    r"\s+(?:(?:les|ses|leurs|la|sa|leur)\s+)(?:parts?|participations?|actions|titres)\s+(?:de|du|des|d['’])\s*"
    r"(?:(?:la|l['’])\s*)?(?:(?:son|sa|ses|leur|leurs)\s+)?(?:(?:associée?s?|partenaires?|actionnaires?|groupe|fonds|société|famille)\s+)?$"
)
_FR_HELD_IN = re.compile(r"\s+(?:dans|au capital d[eu']|au capital de l['’])\s*(?:(?:la|le|l['’]|leur|sa|son)\s*)?(?:[a-zà-ÿ-]+\s+){0,2}$")


def _from_capital(name: NameSpan) -> NameSpan | None:
    """The part of a name span from its first capitalised word ("commune Norvia" -> "Norvia"), None without one."""
    found = re.search(r"(?<![\w'’])[A-ZÀ-Ý]", name.text)
    if found is None:
        return None
    return dataclasses.replace(name, start=name.start + found.start(), text=name.text[found.start() :], full=None)


def fr_asset_owner_sells(text: str, cand: Candidate, names: list[NameSpan] | None = None) -> None:
    """fr: "Velkor rachète l'usine de Dastrel à Lille": the company whose site or business is bought sells it; it is
    not bought itself. Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    trigger = cand.trigger
    if trigger.deal_type is not T.ACQUISITION or trigger.voice != "buy" or trigger.noun:
        return
    if not any(p.role is PartyRole.BUYER for p in cand.parties) or any(p.role is PartyRole.SELLER for p in cand.parties):
        return
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET and p.start >= trigger.end]
    if len(targets) != 1:
        return
    owner = targets[0]
    if _FR_STAKE_OF.fullmatch(text, trigger.end, owner.start) and names is not None:
        # "rachète les parts de son associé Dastrel dans Norvia": the holder sells, the company held in is the target
        # (a described name, "filiale commune Norvia", is read from its first capital)
        spans = [n if n.text[:1].isupper() else _from_capital(n) for n in names if owner.end < n.start < cand.sentence[1]]
        held = next((n for n in spans if n is not None and _FR_HELD_IN.fullmatch(text, owner.end, n.start)), None)
        if held is not None:
            cand.parties = [dataclasses.replace(p, role=PartyRole.SELLER) if p is owner else p for p in cand.parties]
            cand.parties.append(Role(held.text, held.start, held.end, PartyRole.TARGET, party_kind(held.text, "")))
        return
    if not _FR_ASSET_OF.fullmatch(text, trigger.end, owner.start):
        return
    cand.parties = [dataclasses.replace(p, role=PartyRole.SELLER) if p is owner else p for p in cand.parties]


# fr: ", qui a décroché ... ," a relative clause between commas
_FR_RELATIVE_ASIDE = re.compile(r",\s+qui\s[^,;:]*?(?:,(?=\s)|(?=[;:]))")


def fr_aside_names_apart(text: str, cand: Candidate, triggers: list[Trigger]) -> None:
    """fr: "Velkor, qui a décroché les droits TV du tournoi, s'allie avec Norvia": the names inside a relative clause that
    tells a deal of its own are that deal's, no side of the main verb's (the clause's own subject stays).
    Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    if not cand.text_window:
        return
    s0 = cand.sentence[0]
    for aside in _FR_RELATIVE_ASIDE.finditer(cand.text_window):
        start, end = s0 + aside.start(), s0 + aside.end()
        if start <= cand.trigger.start < end or not any(start <= t.start < end for t in triggers):
            continue
        kept = [p for p in cand.parties if not start < p.start < end]
        if kept and len(kept) < len(cand.parties):
            cand.parties = kept
        cand.actors = [p for p in cand.actors if not start < p.start < end]


# "a levé 300 millions auprès des pouvoirs publics": money raised from the state
_FR_FROM_THE_STATE = re.compile(r"[^.;]{0,60}?\bauprès (?:des |de l['’]|du |de la )(?P<state>pouvoirs publics|[ÉE]tat|gouvernement|puissance publique)\b")


def fr_raised_from_the_state(cand: Candidate) -> None:
    """fr: "Velkor a levé 300 millions d'euros auprès des pouvoirs publics": money raised from the state is a loan or aid
    (type other), not a funding round. Public: ``deals.extract`` calls it on each French candidate."""
    found = _FR_FROM_THE_STATE.match(cand.text_window, cand.trigger.end - cand.sentence[0]) if cand.text_window else None
    if cand.trigger.deal_type is T.FUNDING_ROUND and found is not None:
        cand.trigger = dataclasses.replace(cand.trigger, deal_type=T.OTHER)
        # the state lends or aids: a party though the name finder reads no name in "des pouvoirs publics"
        start, end = cand.sentence[0] + found.start("state"), cand.sentence[0] + found.end("state")
        if not any(p.start < end and start < p.end for p in cand.parties):
            cand.parties.append(Role(found["state"], start, end, PartyRole.INVESTOR, PartyKind.GOVERNMENT))


_FR_LEADER_OF = re.compile(r"\s+(?:de|d['’])\s*")
# "France de Jean Dupont" read as one name: the country and its leader
_FR_COUNTRY_OF_LEADER = re.compile(r"(?P<country>\S+(?: \S+)?) (?:de |d['’])(?P<given>[A-ZÉ][a-zé-]+) [A-ZÉ]")


def fr_country_of_leader(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "la Norvège de Pierre Morel a commandé ...", "la France de Jean Dupont achète ...": the country its
    leader qualifies is the party, not the leader. Public: ``deals.extract`` calls it on each French candidate."""
    for k, party in enumerate(cand.parties):
        joined = _FR_COUNTRY_OF_LEADER.match(party.name)
        if joined and joined["given"].lower() in GIVEN_NAMES and is_place(NameSpan(0, 0, joined["country"])):
            cand.parties[k] = dataclasses.replace(
                party, name=joined["country"], end=party.start + len(joined["country"]), kind=party_kind(joined["country"], "")
            )
            continue
        if party.kind is not PartyKind.PERSON and not (len(party.name.split()) >= 2 and party.name.split()[0].lower() in GIVEN_NAMES):
            continue
        country = next((n for n in names if n.end < party.start and _FR_LEADER_OF.fullmatch(text, n.end, party.start)), None)
        if country is None or not is_place(country) or any(p.start == country.start for p in cand.parties):
            continue
        cand.parties[k] = role_of(country, party.role, text)


# fr: a noun for what a company owns and may sell, before the brands it names in brackets: "son pôle jeunesse (Velkor, Norvia)"
_FR_ASSET_NOUN = (
    r"(?:filiales?|activités?|actifs|marques?|enseignes?|titres|journaux|quotidiens?|hebdomadaires?|magazines?|chaînes?|radios?|"
    r"stations?|pôles?|divisions?|branches?|magasins?|usines?|hôtels?|studios?|labels?|sociétés)"
)
# ... that noun, then at most a few words without a comma, then the bracket: "ses radios musicales (", "son pôle TV Jeunesse ("
# (not past a preposition: "ses activités au fonds Tessmar (...)" brackets the buyer's own brands)
_FR_ASSETS_BRACKETED = re.compile(
    r"[^.;:()]{0,90}?\b(?:son|sa|ses|leur|leurs|les|des|du|de|d['’]|la|le|l['’])\s*" + _FR_ASSET_NOUN
    + r"\b(?:(?!\s(?:à|au|aux|par|auprès|chez)\s)[^,;:.()]){0,40}?\s\(\s*"
)
# ... or the noun before a relative clause whose verb is the trigger: "les radios que le groupe cherche à vendre ("
_FR_ASSETS_BEFORE_THAT = re.compile(r"\b" + _FR_ASSET_NOUN + r"\b[^,;:.()]{0,30}?\bqu(?:e\s|['’])[^,;:.()]{0,60}$")
_FR_BRACKET_GLUE = re.compile(r"\s*(?:,|\bet\b|\bou\b)\s*")


def fr_brands_in_brackets(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "Lagardère a cédé son pôle jeunesse (Velkor, Norvia) à Dastrel", "les radios que Lagardère cherche à vendre
    (Velkor, Norvia)": the brands named in brackets after what a company sells are what changes hands, the targets
    (a bracket after a company's own name lists what it owns, no deal: "le groupe Dastrel (Velkor, Norvia)").
    Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    trigger = cand.trigger
    if trigger.deal_type not in (T.ACQUISITION, T.DIVESTITURE) or not cand.parties:
        return
    if any(p.role is PartyRole.TARGET for p in cand.parties):
        return
    s_start, s_end = cand.sentence
    right_after = re.compile(r"\s*\(\s*").match(text, trigger.end, s_end)
    if right_after is not None and _FR_ASSETS_BEFORE_THAT.search(text, max(s_start, trigger.start - 120), trigger.start):
        opening = right_after.end()
    else:
        found = _FR_ASSETS_BRACKETED.match(text, trigger.end, s_end)
        if found is None:
            return
        opening = found.end()
    closing = text.find(")", opening, s_end)
    if closing < 0:
        return
    inside = [n for n in names if opening <= n.start and n.end <= closing]
    if not inside or any(is_place(n) for n in inside):
        return
    # the bracket holds names and the glue between them only: no figure, no description
    at = opening
    for name in inside:
        if not _FR_BRACKET_GLUE.fullmatch(text, at, name.start) and at != name.start:
            return
        at = name.end
    if text[at:closing].strip():
        return
    known = {p.start for p in cand.parties}
    cand.parties += [role_of(n, PartyRole.TARGET, text) for n in inside if n.start not in known]


_FR_SUBJECT_ROLE = {
    T.ACQUISITION: PartyRole.BUYER, T.PURCHASE: PartyRole.BUYER, T.INVESTMENT: PartyRole.INVESTOR,
    T.PARTNERSHIP: PartyRole.PARTNER, T.JOINT_VENTURE: PartyRole.PARTNER,
}

# fr: a second deal noun the same verb governs: "a signé des accords avec X et Y, ainsi qu'un partenariat avec Z"
_FR_SECOND_OBJECT = re.compile(r"(?:,\s*|\s)(?:ainsi qu['’]\s*|et )(?:un|une|le|la|l['’]|des|sa|son|ses|leur)\s*(?:[a-zà-ÿ][\w-]*\s+)?$")


def fr_second_object_apart(text: str, names: list[NameSpan], cand: Candidate, triggers: list[Trigger]) -> None:
    """fr: "Velkor a signé des accords avec Norvia et Dastrel, ainsi qu'un partenariat avec Tessmar": the second deal
    noun's sides are the verb's subject and the names after it; those listed with the first deal are that deal's.
    Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    trigger = cand.trigger
    s_start = cand.sentence[0]
    if not _FR_SECOND_OBJECT.search(text, max(s_start, trigger.start - 20), trigger.start):
        return
    first = next((t for t in triggers if s_start <= t.start and t.end <= trigger.start), None)
    if first is None:
        return
    after = [p for p in cand.parties if p.start >= trigger.end]
    if not after or len(after) == len(cand.parties):
        return
    # the first verb's subject: the last name before it in the sentence
    subject = next((n for n in reversed(names) if s_start <= n.start and n.end <= first.start and not is_place(n)), None)
    cand.parties = after
    role = _FR_SUBJECT_ROLE.get(trigger.deal_type, PartyRole.PARTNER if trigger.voice == "partner" else None)
    if subject is not None and role is not None and all(p.start != subject.start for p in after):
        cand.parties.insert(0, role_of(subject, role, text))
    cand.actors = [p for p in cand.actors if p.start >= trigger.end]


# fr: the maker an order placed by someone was placed with: "... passée par Velkor auprès de Norvia", "... à Norvia"
_FR_PLACED_WITH = re.compile(r"\s*(?:auprès (?:de la |de l['’]|du |des |de |d['’])|à la |à l['’]|au |aux |à |chez )(?:(?:groupe|constructeur|fabricant|société|laboratoire|chantier|avionneur)\s+)?")


def fr_order_placed_by(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "une commande de 40 rames passée par Velkor auprès de Norvia": the noun's order was placed by the name after
    "par", the customer, with the maker after "auprès de" or "à", the supplier.
    Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    trigger = cand.trigger
    if trigger.voice != "order" or not trigger.noun or not text.endswith(" par", trigger.start, trigger.end):
        return
    s_end = cand.sentence[1]
    customer = next((n for n in names if trigger.end <= n.start < min(s_end, trigger.end + 30) and not is_place(n)), None)
    if customer is None or text[trigger.end : customer.start].strip(" ") not in ("", "la", "le", "les", "l'", "l’") and not re.fullmatch(
        r"\s*(?:la |le |les |l['’])?(?:(?:région|ville|compagnie|société|groupe|ministère|armée|marine|gouvernement|opérateur)\s+(?:de |d['’]|du )?)?", text[trigger.end : customer.start]
    ):
        return
    parties = [role_of(customer, PartyRole.CUSTOMER, text)]
    supplier = next((n for n in names if n.start > customer.end and n.start < s_end and _FR_PLACED_WITH.fullmatch(text, customer.end, n.start)), None)
    if supplier is not None and not is_place(supplier):
        parties.append(role_of(supplier, PartyRole.SUPPLIER, text))
    cand.parties = parties
