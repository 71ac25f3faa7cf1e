"""The French checks ``deals._is_deal`` asks about a candidate with one party left: aid received, a reservation, an
own unit sold, goods or one product bought, an alliance of no companies, a lone partner."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Candidate, Role, trigger_text
from pipeline.extract.names import GIVEN_NAMES
from pipeline.extract.numbers import find_quantities
from pipeline.extract.roles.common import T
from pipeline.extract.roles.fr.patterns import FR_OWN_BUILD, FR_SITE_AT
from pipeline.models import PartyKind, PartyRole


_FR_OWN_ASSET = re.compile(
    r"\s+(?:(?:jusqu'à |plus de |près de |environ )?[\d,.]+\s?(?:%|pour cent) (?:de |du |des |d')?)?(?:sa|ses|son|leurs?) (?:\S+ )?"
    r"(?:filiales?|activités|actifs|participations?|parts|division|pôle|branche|usines?|murs|magasins|titres|radios|chaînes|journaux|marques?)\b"
)
_FR_AID_RECEIVED = re.compile(r"\s+(?:\S+\s+){0,3}?(?:a|ont|avait|avaient|va|vont)\s+(?:\S+\s+)?(?:reçu|touché|obtenu|bénéficié|perçu|recevoir|toucher|obtenir|bénéficier|percevoir)\b")
# "une aide de 300 millions d'euros en faveur de Velkor": the aid named before whom it is for
_FR_AID_FOR = re.compile(r"[^.;]{0,80}?\b(?:en faveur d[eu']|destinée? à|au profit d[eu'])\s*(?:la |le |l['’]|les )?(?:[a-zà-ÿ-]+\s+){0,2}$")
_FR_GOODS_AFTER = re.compile(r"\s+(?:ces|des|les|de|d['’])\s*[a-zà-ÿ]")
_FR_ONE_ITEM = re.compile(r"(?:\b[Uu]ne?|\bd['’]une?|\b(?:la|sa|leur) nouvelle|\b(?:le|son|leur) nouveau)\s+$")


def fr_aid_received(cand: Candidate) -> bool:
    """fr: a lone party said to have received money ("Velkor a reçu 300 millions d'euros d'aides publiques"), the giver
    left unnamed. Public: ``deals._is_deal`` counts it as a deal when the sentence states a sum."""
    return bool(
        len(cand.parties) == 1 and cand.trigger.voice == "other" and cand.parties[0].role is PartyRole.TARGET and cand.text_window
        and _FR_AID_RECEIVED.match(cand.text_window, max(0, cand.parties[0].end - cand.sentence[0]), max(0, cand.trigger.start - cand.sentence[0]))
    )


# "a réservé 800 millions de doses", "a précommandé 40 avions": a reservation verb, its count a few words on
_FR_RESERVED = re.compile(r"(?:réserv|pré-?achet|précommand|ach[eè]t)", re.IGNORECASE)


def fr_aid_for(cand: Candidate) -> bool:
    """fr: a lone party an aid is said to be for ("a autorisé une aide de 300 millions d'euros en faveur de Velkor"),
    the giver left unnamed. Public: ``deals._is_deal`` counts it as a deal when the sentence states a sum."""
    if len(cand.parties) != 1 or cand.trigger.voice != "other" or cand.parties[0].role is not PartyRole.TARGET or not cand.text_window:
        return False
    offset = cand.sentence[0]
    start, end = cand.trigger.end - offset, cand.parties[0].start - offset
    return 0 <= start <= end and _FR_AID_FOR.fullmatch(cand.text_window, start, end) is not None


def fr_public_spending(cand: Candidate) -> bool:
    """fr: "l'Etat investira 3 milliards d'euros en France": a government's sum spent in a country is a budget, not a
    site a company builds there (as in "Velkor investira 200 millions d'euros en Espagne"). Public: ``deals._is_deal``."""
    if cand.trigger.deal_type is not T.INFRASTRUCTURE or not cand.text_window or not trigger_text(cand).lower().startswith("investi"):
        return False
    return any(p.role is PartyRole.SUPPLIER and p.kind is PartyKind.GOVERNMENT for p in cand.parties)


def counted_after(cand: Candidate) -> bool:
    """A count of things a few words after the trigger ("800 millions de doses", "40 avions"), no sum or share."""
    after = cand.trigger.end - cand.sentence[0]
    return bool(cand.text_window) and any(
        q.start <= 30 and q.unit != "share" for q in find_quantities(cand.text_window[after : after + 80], "fr")
    )  # "a acheté 50 actions": shares are a stake, no goods


def fr_counted_reservation(cand: Candidate) -> bool:
    """fr: a lone customer that reserved or pre-bought a counted quantity of goods ("la Lorvanie a réservé 5 millions
    de vaccins chez trois laboratoires"): the makers left unnamed, the count says it is a purchase of goods, not
    seats or money ("a réservé 30 % de ses places" has no count of things). Public: ``deals._is_deal`` counts it."""
    return bool(cand.text_window) and _FR_RESERVED.match(trigger_text(cand)) is not None and counted_after(cand)


def fr_sells_own_asset(cand: Candidate) -> bool:
    """fr: a lone seller selling its own unit ("Velkor envisage de céder sa filiale de leasing"), the buyer untold.
    Public: ``deals._is_deal`` counts it as a deal."""
    return bool(
        cand.trigger.voice == "sell" and cand.parties[0].role is PartyRole.SELLER and cand.text_window
        and _FR_OWN_ASSET.match(cand.text_window, cand.trigger.end - cand.sentence[0])
    )


def fr_buys_things(cand: Candidate) -> bool:
    """fr: a lone buyer's verb that buys things, no company. Public: ``deals._is_deal`` counts no deal then."""
    if cand.trigger.deal_type is T.PURCHASE:
        return False  # "a décroché les droits TV": rights bought are the deal, though no company changes hands
    if cand.text_window and trigger_text(cand).startswith("ach"):
        return True  # "l'Ostrie achète un tiers de la récolte": buying goods names no company bought
    if cand.text_window and _FR_GOODS_AFTER.match(cand.text_window, cand.trigger.end - cand.sentence[0]):
        return True  # "veut racheter des stocks de pièces": things in the plural, no company bought
    return False


def fr_one_item_bought(cand: Candidate, only: Role) -> bool:
    """fr: a lone target that is one product ("acheter une Velkor One", "l'acquisition de la nouvelle Norvia GT"), no
    company. Public: ``deals._is_deal`` counts no deal then."""
    return bool(
        cand.text_window and only.role is PartyRole.TARGET
        and _FR_ONE_ITEM.search(cand.text_window, max(0, only.start - cand.sentence[0] - 16), only.start - cand.sentence[0])
    )


# political parties as the press names them: allies in an election, not in business
_FR_POLITICAL_PARTY = re.compile(
    r"(?:Parti|PS|LR|RN|EELV|LFI|PCF|UDI|MoDem|Modem|Verts|Républicains|France insoumise|Rassemblement national|Front national|Reconquête)\b"
)


def fr_alliance_of_no_companies(cand: Candidate) -> bool:
    """fr: "Jean Dupont et Marie Martin s'allient", "le PS et les Verts s'allient": only companies ally in a deal; an
    alliance whose every side is a person (a given name first) or a political party is none. Public: ``deals._is_deal``."""
    if cand.trigger.deal_type is not T.PARTNERSHIP or "alli" not in trigger_text(cand).lower() or not cand.parties:
        return False
    return all(
        (len(p.name.split()) >= 2 and p.name.split()[0].lower() in GIVEN_NAMES) or _FR_POLITICAL_PARTY.match(p.name) is not None
        for p in cand.parties
    )


# "une coopération entre X et Y", "un accord entre X et Y": the trigger itself asks for both sides
_FR_BETWEEN = re.compile(r"\bentre\b")
# how far after the trigger a lone partner may stand: "un partenariat avec Norvia", "en partenariat avec ...", "une
# entreprise commune, nommée Norvia" (a name farther off belongs to another clause of the sentence)
_FR_LONE_PARTNER_REACH = 40
# "en partenariat avec des banques": the other side is told but left unnamed, no deal between named parties
_FR_UNNAMED_SIDE = re.compile(r"\s+avec (?:des|de|d['’]|les|plusieurs|d'autres|certain\w*) [a-zà-ÿ]")


def fr_lone_partner(cand: Candidate) -> bool:
    """fr: a partnership or joint venture with one side named right after its trigger ("« Ce partenariat avec Norvia nous
    ouvre l'Asie », a dit le patron", "Il détient à 50/50 avec Norvia le journal X", "ont créé une entreprise commune,
    nommée Norvia"): the other side is the article's subject or the sentence's, the deal is told. Not a
    state (a partnership with a country is diplomacy), nor a trigger that names both sides itself ("coopération entre"),
    nor a side told but unnamed ("en partenariat avec des banques").
    Public: ``deals._is_deal`` counts it."""
    if len(cand.parties) != 1 or cand.trigger.voice != "partner" or not cand.text_window:
        return False
    only = cand.parties[0]
    if only.kind is not PartyKind.COMPANY or _FR_BETWEEN.search(trigger_text(cand)):
        return False
    if _FR_UNNAMED_SIDE.match(cand.text_window, cand.trigger.end - cand.sentence[0]):
        return False
    # the side named after the trigger: a lone subject ("Velkor s'associe à la France") may have found no partner at all
    if 0 <= only.start - cand.trigger.end <= _FR_LONE_PARTNER_REACH:
        return True
    # the party found at another mention of its name (the article's company): its mention after the trigger counts
    after = cand.trigger.end - cand.sentence[0]
    return only.name in cand.text_window[after : after + _FR_LONE_PARTNER_REACH + len(only.name)]


_FR_CONTRACT_BEFORE = re.compile(r"\b(?:contrats?|commandes?|marchés?|appels? d['’]offres)\b")
# a capitalised word: the place named after the locative
_CAPITAL = re.compile(r"[A-ZÀ-Ý]")


def fr_own_site_placed(cand: Candidate) -> bool:
    """fr: "Velkor va construire une usine à Dunkerque": a company building a site of its own in a named place, the
    builder its one side (the place is where, no customer). Public: ``deals._is_deal`` counts it as a deal."""
    if len(cand.parties) != 1 or cand.trigger.voice != "build" or cand.parties[0].role is not PartyRole.SUPPLIER or not cand.text_window:
        return False
    if FR_OWN_BUILD.match(trigger_text(cand)) is None:
        return False
    window, offset = cand.text_window, cand.sentence[0]
    if _FR_CONTRACT_BEFORE.search(window, 0, cand.trigger.start - offset):
        return False  # "a remporté un contrat pour construire des usines en Afrique": sites built for another, told by the contract
    return any(FR_SITE_AT.search(window, max(0, m.start() - 30), m.start()) for m in _CAPITAL.finditer(window, cand.trigger.end - offset))
