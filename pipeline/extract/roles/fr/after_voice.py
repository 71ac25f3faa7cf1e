"""What the French voices leave half read: what an investment goes into, a seller named by an apposition or
"sa filiale", relative and participle clauses, bids, stakes. Runs once per trigger after the voice, hence apart."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Role, role_of
from pipeline.extract.geo import PLACES, country_of
from pipeline.extract.kinds import normalize, party_kind
from pipeline.extract.names import NameSpan, find_names, is_place, label, mentions
from pipeline.extract.roles.common import RoleState, T, after_prep, first_after
from pipeline.extract.roles.fr.funding import fr_joined_backers
from pipeline.extract.roles.fr.patterns import FR_APPOSED_PARTICIPLE, FR_GIVES, JUST_COMMA
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole


def fr_after_voice(st: RoleState) -> None:
    """fr: the sentence shapes the voices leave half read: what an investment goes into, a seller named by an
    apposition or by "sa filiale", relative and participle clauses, "racheté à X", offers "pour X", "auprès de X";
    and no company the deal gave birth to."""
    st.parties[:] = [p for p in st.parties if not fr_born_of_deal(st.text, p.end, st.trigger)]
    _fr_invested(st)
    _fr_investor_of_noun(st)
    _fr_bid_of(st)
    _fr_unit_seller(st)
    _fr_bought_clauses(st)
    _fr_relative_invested(st)
    _fr_stake_of_in(st)
    _fr_stake_bought_from_holder(st)
    _fr_round_led_in(st)
    if st.voice == "invest":
        _fr_co_investor(st)
    if st.voice in ("buy", "passive", "sell"):
        _fr_co_buyer(st)
    if st.voice in ("buy", "sell"):
        _fr_apposed_object(st)
    if st.voice in ("buy",):
        _fr_holder_stake_bought(st)
        _fr_buy_seller(st)
    if st.voice == "sold_by":
        _fr_sold_to_before_agent(st)
    if st.voice == "sell":
        _fr_sold_to_then_own(st)
        _fr_sale_noun_by(st)
        _fr_taker_found(st)
    if st.voice in ("buy", "sell"):
        _fr_fronted_infinitive_subject(st)


# fr: "a investi, aux côtés du fonds Norvia, dans Velkor", "a investi, avec la région Norlande, dans Velkor": who puts
# money in alongside the subject (an "avec" only inside the aside between the verb and "dans", where it cannot be the
# target's partner or rival)
_FR_ALONGSIDE = re.compile(r"\b(?:aux côtés (?:de la |de l['’]|du |des |de |d['’])|conjointement avec (?:la |le |l['’]|les )?)(?:(?:fonds|groupe|société|banque|région|ville|Etat|État) )?$")
_FR_WITH_IN_ASIDE = re.compile(r",\s+(?:avec|en partenariat avec) (?:la |le |l['’]|les )?(?:(?:fonds|groupe|société|banque|région|ville) )?$")


def _fr_co_investor(st: RoleState) -> None:
    """fr: "Velkor a investi, aux côtés de Norvia, dans Dastrel": the name alongside the investor invests too."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if not parties:
        return  # a name alongside completes an investment, it does not make one
    for name in st.in_sentence:
        if any(p.start == name.start for p in parties) or is_place(name):
            continue
        window = text[max(st.s_start, name.start - 60) : name.start]
        inside = trigger.start < name.start < trigger.end
        if _FR_ALONGSIDE.search(window) or (inside and _FR_WITH_IN_ASIDE.search(text, trigger.start, name.start)):
            parties.append(role_of(name, PartyRole.INVESTOR, text))


# fr: "va racheter une start-up, Norvia, pour", "a cédé sa filiale de logistique, Norvia,": the verb's object is a noun
# phrase without a name, the name follows in an apposition
_FR_NOUN_THEN_APPOSED = re.compile(
    r"\s+(?:un|une|le|la|l['’]|son|sa|ses|leur|cette|ce|cet)\s*(?:(?!(?:que|qui|dont|pour|par|à|au|aux|et|ou)\b)[a-zà-ÿ][\w'’-]*\s+){0,5}?"
    r"(?!(?:que|qui|dont|pour|par|à|au|aux|et|ou)\b)[a-zà-ÿ][\w'’-]*\s*,\s+$"
)
_FR_APPOSITION_ENDS = re.compile(r"\s*(?:,|\.|;|$|\s(?:pour|à|au|auprès)\b)")


def _fr_apposed_object(st: RoleState) -> None:
    """fr: "Velkor va racheter une start-up, Norvia, pour 20 millions": the name apposed to the verb's object is bought."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if any(p.role is PartyRole.TARGET for p in parties) or trigger.noun:
        return
    named = next((n for n in st.in_sentence if n.start > trigger.end), None)
    if (
        named is not None and not is_place(named) and named.text not in PLACES and all(p.start != named.start for p in parties)
        and _FR_NOUN_THEN_APPOSED.fullmatch(text, trigger.end, named.start) and _FR_APPOSITION_ENDS.match(text, named.end)
    ):
        parties.append(role_of(named, PartyRole.TARGET, text))


# fr: "Velkor a racheté Norvia aux côtés du fonds Dastrel", "racheté par Velkor, aux côtés de Dastrel": who buys alongside
_FR_ALONGSIDE_BUYER = re.compile(
    r"\b(?:aux côtés (?:de la |de l['’]|du |des |de |d['’])|(?:associée?s?|alliée?s?) (?:à la |à l['’]|au |aux |à ))"
    r"(?:(?:fonds|groupe|société|banque|investisseur|holding|famille)\s+)?(?:[a-zà-ÿ]+\s+)?$"
)
# "Velkor, associé au fonds Dastrel, a racheté": the apposition closes right before the verb
_FR_APPOSITION_CLOSES = re.compile(r"\s*,\s+(?:[a-zà-ÿ'’]+\s+){0,3}$")


# another clause opens between the verb and the name: "a racheté X, et Y a inauguré l'usine aux côtés de Z"
_FR_NEXT_CLAUSE = re.compile(r"[;:()]|,\s*(?:et|mais|puis|alors que|tandis que|qui|dont|où)\b|\.\s")


def _fr_co_buyer(st: RoleState) -> None:
    """fr: "Velkor a racheté Norvia aux côtés du fonds Dastrel": the name alongside the buyer buys too."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if not any(p.role is PartyRole.BUYER for p in parties):
        return
    buyers = [p for p in parties if p.role is PartyRole.BUYER]
    for name in st.in_sentence:
        if any(p.start == name.start for p in parties) or is_place(name):
            continue
        if name.start < trigger.start:
            # "Velkor, associé au fonds Dastrel, a racheté Norvia": in an apposition to the buyer, before the verb
            apposed = any(
                b.end < name.start and _FR_ALONGSIDE_BUYER.search(text, max(b.end, name.start - 50), name.start) and text.startswith(",", b.end)
                for b in buyers
            )
            if apposed and _FR_APPOSITION_CLOSES.fullmatch(text, name.end, trigger.start):
                parties.append(role_of(name, PartyRole.BUYER, text))
            continue
        if _FR_ALONGSIDE_BUYER.search(text, max(trigger.end, name.start - 50), name.start) and not _FR_NEXT_CLAUSE.search(text, trigger.end, name.start):
            parties.append(role_of(name, PartyRole.BUYER, text))


# fr: "le groupe VKN, né en 2004 d'une fusion entre Velkor et Norvia", "issu du rachat de X par Y": the company the
# deal made, named before the clause telling it
_FR_BORN_OF_DEAL = re.compile(
    r"\s*,?\s+(?:née?s?|issue?s?)\s+(?:en\s+\d{4}\s+|il\s+y\s+a\s+\S+\s+ans\s+)?(?:de\s+la|du|d['’]une?|de\s+l['’]|des)\s*"
    r"(?:[a-zà-ÿ-]+\s+)?(?=fusion|rachat|rapprochement|union|mariage|acquisition|absorption)"
)


def fr_born_of_deal(text: str, name_end: int, trigger: Trigger) -> bool:
    """fr: the name ending at ``name_end`` is what the trigger's deal made ("VKN, né du rachat de X par Y"): no side
    of that deal (it may well be a side of another deal of the sentence: "VKN, né du rachat de X, veut s'allier")."""
    born = _FR_BORN_OF_DEAL.match(text, name_end)
    return born is not None and born.end() == trigger.start


# "Après avoir racheté Norvia, Velkor ...", "En rachetant Norvia, Velkor ...", "Pour racheter Norvia, Velkor ..."
_FR_FRONTED_INFINITIVE = re.compile(r"[\s«\"“]*(?:[Aa]près (?:avoir|l['’]avoir)|[Ee]n|[Pp]our|[Aa]fin de)\s+$")
_FR_FRONTED_CLAUSE_THEN = re.compile(r"[^,;:.()]{0,80}?,\s+(?:l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]*\s+){0,3}")


_FR_SALE_NOUN = re.compile(r"(?:vente|cession)\b")
_FR_VERB_BETWEEN = re.compile(r"\b(?:été|a|ont|est|sont|sera|seront|était|avait)\b")


def _fr_sale_noun_by(st: RoleState) -> None:
    """fr: "la vente de Norvia à Dastrel par Velkor": the noun's agent after "par" sells."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if any(p.role is PartyRole.SELLER for p in parties) or not _FR_SALE_NOUN.match(text, trigger.start):
        return
    clause = _CLAUSE_END.search(text, trigger.end, st.s_end)
    seller = after_prep(text, st.in_sentence, "par", trigger.end, clause.start() if clause else st.s_end)
    if seller is not None and _FR_VERB_BETWEEN.search(text, trigger.end, seller.start):
        seller = None  # "la vente de Norvia a été validée par Bruxelles": the agent of another verb
    if seller is not None and all(p.start != seller.start for p in parties):
        parties.append(role_of(seller, PartyRole.SELLER, text))


# "a cédé à Dastrel sa filiale Norvia": the buyer after "à", then the seller's own unit named after its possessive
_FR_TO_BUYER_THEN_OWN = re.compile(r"\s+(?:\S+\s+){0,2}?(?:à|au|aux)\s+[^,;.()]{1,60}?\s(?:sa|son|ses|leur|leurs)\s+(?:[a-zà-ÿ-]+\s+){0,3}")


def _fr_sold_to_then_own(st: RoleState) -> None:
    """fr: "Velkor a cédé à Dastrel sa filiale Norvia": the object comes after the buyer, out of the object window."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if any(p.role is PartyRole.TARGET for p in parties):
        return
    own = _FR_TO_BUYER_THEN_OWN.match(text, trigger.end, st.s_end)
    target = next((n for n in st.in_sentence if own is not None and n.start == own.end() and not is_place(n)), None)
    if target is not None and all(p.start != target.start for p in parties):
        parties.append(role_of(target, PartyRole.TARGET, text))


_FR_TAKER_FOUND = re.compile(r"trouvé (?:un |une |son |sa |le |la |l['’]|de |d['’])?(?:nouvel? |nouvelle )?(?:repreneur|acquéreur|acheteur)")
# "... pour le site : la société Norvia", "pour son usine de Lyon, le groupe Norvia": the taker named after the object
_FR_TAKER_NAMED = re.compile(r"[^:;.,()]{0,80}?\s*(?:,|:|\s[–—-])\s+(?:la |le |l['’])?(?:(?:société|groupe|fonds|entreprise|industriel|constructeur|start-up|holding|repreneur|sous-traitant|équipementier)(?: [a-zà-ÿ-]+)? )?")


def _fr_taker_found(st: RoleState) -> None:
    """fr: "Velkor a trouvé un repreneur pour le site : la société Norvia": the name set off after the object buys; a
    city the site is in is not what is sold ("pour son usine de Lyon")."""
    text, trigger = st.text, st.trigger
    if not _FR_TAKER_FOUND.match(text, trigger.start, trigger.end):
        return
    st.parties[:] = [p for p in st.parties if not (p.role is PartyRole.TARGET and p.name in PLACES)]
    if any(p.role is PartyRole.BUYER for p in st.parties):
        return
    taken = {p.start for p in st.parties}
    taker = next((n for n in st.in_sentence if n.start > trigger.end and _FR_TAKER_NAMED.fullmatch(text, trigger.end, n.start)), None)
    if taker is not None and taker.start not in taken and not is_place(taker) and taker.text not in PLACES:
        st.parties.append(role_of(taker, PartyRole.BUYER, text))


def _fr_fronted_infinitive_subject(st: RoleState) -> None:
    """fr: a deal verb in a clause opening the sentence ("Après avoir racheté Norvia, Velkor vise l'Asie") has its
    subject after the clause's comma: that name buys (or sells)."""
    text, trigger = st.text, st.trigger
    role = PartyRole.BUYER if st.voice == "buy" else PartyRole.SELLER
    if any(p.role is role for p in st.parties) or not _FR_FRONTED_INFINITIVE.fullmatch(text, st.s_start, trigger.start):
        return
    taken = {p.start for p in st.parties}
    subject = next((n for n in st.in_sentence if n.start > trigger.end and _FR_FRONTED_CLAUSE_THEN.fullmatch(text, trigger.end, n.start)), None)
    if subject is not None and subject.start not in taken and not is_place(subject):
        st.parties.insert(0, role_of(subject, role, text))


def _fr_sold_to_before_agent(st: RoleState) -> None:
    """fr: "Norvia a été cédée à Velkor par Dastrel": the buyer after "à" stands before the seller's "par", inside
    the trigger (the voice only looks after the seller)."""
    text, trigger = st.text, st.trigger
    if any(p.role is PartyRole.BUYER for p in st.parties):
        return
    inside = find_names(text, "fr", trigger.start, trigger.end)  # the readers leave out names inside a trigger
    buyer = after_prep(text, inside, r"(?:à|au|aux)", trigger.start, trigger.end)
    if buyer is not None and buyer.end <= trigger.end and buyer.text not in PLACES and all(p.start != buyer.start for p in st.parties):
        st.parties.append(role_of(buyer, PartyRole.BUYER, text))


# "la prise de participation de Velkor dans Norvia"
_FR_STAKE_NOUN = re.compile(r"(?:prise de participation|participation)$")
_FR_STAKE_TAKER = re.compile(r"\s+(?:de |du |d['’])\s*(?:la |l['’])?(?:(?:groupe|société|fonds|banque|Etat|État) )?")
_FR_STAKE_IN = re.compile(r"\s+(?:\S+\s+){0,3}?(?:dans|au capital de|au capital du|au capital d['’])\s*(?:la |le |l['’])?(?:(?:groupe|société|start-up|startup|entreprise) )?")


def _named_after(st: RoleState, pattern: re.Pattern[str], position: int) -> NameSpan | None:
    """fr: the first name of the sentence after ``position`` that ``pattern`` leads to (the stake and round readers
    below each find their two sides this way)."""
    return next((n for n in st.in_sentence if n.start > position and pattern.fullmatch(st.text, position, n.start)), None)


def _recast(st: RoleState, roles: list[Role], *, first: bool = True) -> None:
    """fr: these names take the given roles instead of what the voice gave them, ahead of the other parties or after."""
    starts = {role.start for role in roles}
    kept = [p for p in st.parties if p.start not in starts]
    st.parties[:] = roles + kept if first else kept + roles


def _fr_stake_of_in(st: RoleState) -> None:
    """fr: "la prise de participation de Velkor dans Norvia": the name after "de" takes the stake, the one after
    "dans" (or "au capital de") is invested in (the voices read the first name after the noun as the target)."""
    text, trigger = st.text, st.trigger
    if trigger.deal_type is not T.INVESTMENT or not _FR_STAKE_NOUN.search(text, trigger.start, trigger.end):
        return
    taker = _named_after(st, _FR_STAKE_TAKER, trigger.end)
    held = _named_after(st, _FR_STAKE_IN, taker.end) if taker is not None else None
    if taker is None or held is None or is_place(held):
        return
    _recast(st, [role_of(taker, PartyRole.BUYER, text), role_of(held, PartyRole.TARGET, text)])


# "rachète la participation de", "a acquis les parts de": a buying verb right before the stake noun
_FR_BUYS_STAKE_BEFORE = re.compile(
    r"\b(?:rach[eè]t\w*|acqu(?:is|iert|ièrent|érir|erra|erront)|achet\w*|achète\w*|repren\w*|reprend|repris|récupér\w*)\s+"
    r"(?:la|les|sa|ses|leur|leurs|l['’])\s*(?:\S+\s+){0,2}?$"
)
_FR_HOLDER_IN_STAKE = re.compile(r"participations?\s+(?:de |du |d['’])\s*(?:la |l['’])?(?:(?:groupe|société|fonds|banque|famille) )?$")


def _fr_stake_bought_from_holder(st: RoleState) -> None:
    """fr: "Velkor rachète la participation de Tessmar dans Norvia": the stake noun holds the holder's name, which
    the readers leave out; a buying verb before it makes the holder sell (the company after "dans" stays the target)."""
    text, trigger = st.text, st.trigger
    if trigger.deal_type is not T.INVESTMENT or not text.startswith("participation", trigger.start):
        return
    if not _FR_BUYS_STAKE_BEFORE.search(text, max(st.s_start, trigger.start - 50), trigger.start):
        return
    inside = find_names(text, "fr", trigger.start, trigger.end)
    holder = next((n for n in inside if _FR_HOLDER_IN_STAKE.search(text, trigger.start, n.start) and not is_place(n)), None)
    if holder is None or any(normalize(p.name) == normalize(holder.text) for p in st.parties):
        return
    st.parties.append(role_of(holder, PartyRole.SELLER, text))


# "mène un tour de table de 20 millions d'euros dans Norvia": the company raising follows "dans" after the round's sum
_FR_ROUND_IN = re.compile(
    r"\s+(?:(?:de |d['’])(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?\s)?(?:dans|au capital de|au capital d['’])\s*(?:la |le |l['’])?"
    r"(?:(?:start-up|startup|société|jeune pousse|entreprise|pépite) )?"
)


def _fr_round_led_in(st: RoleState) -> None:
    """fr: "Velkor mène un tour de table de 20 millions d'euros dans Norvia": the subject invests, the company after
    "dans" raises (the round's voice read the subject as the company raising)."""
    text, trigger, subject = st.text, st.trigger, st.subject
    if trigger.deal_type is not T.FUNDING_ROUND or subject is None or subject.end > trigger.start:
        return
    raised = _named_after(st, _FR_ROUND_IN, trigger.end)
    if raised is None or is_place(raised) or normalize(raised.text) == normalize(subject.text):
        return
    _recast(st, [role_of(raised, PartyRole.TARGET, text), role_of(subject, PartyRole.INVESTOR, text)])
    fr_joined_backers(st)  # "..., aux côtés de Dastrel": who joins the lead invests too
    joined = _named_after(st, _FR_WITH_LEAD, raised.end)  # "... dans Norvia, avec Dastrel": Dastrel invests with the lead
    if joined is not None and not is_place(joined) and all(p.start != joined.start for p in st.parties):
        st.parties.append(role_of(joined, PartyRole.INVESTOR, text))


# right after the company a led round goes into: ", avec Dastrel", ", avec le fonds Dastrel"
_FR_WITH_LEAD = re.compile(r"\s*,\s+(?:avec|conjointement avec) (?:(?:la |le |l['’]|les )?(?:fonds|groupe|société|banque|holding)\s+)?")


# "rachète les parts de Dastrel dans Norvia", "la participation de 20 % de Dastrel au capital de Norvia"
_FR_HOLDER_STAKE = re.compile(
    r"\s+(?:les |la |l['’]|sa |ses |une |des )?(?:\S+\s+){0,3}?(?:parts?|participations?|actions|titres)\s+(?:\S+\s+){0,3}?(?:de |du |d['’])\s*"
    r"(?:la |l['’])?(?:(?:groupe|société|fonds|banque|Etat|État) )?"
)


# "détient désormais 30 % de Quenzo après avoir racheté les parts de Tessmar": the stake held, told before the purchase
_FR_PCT_OF_BEFORE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|pour cent)\s+(?:du capital\s+|des parts\s+|des actions\s+)?(?:de |du |d['’])\s*(?:la |l['’])?$")
_FR_AFTER_BUYING = re.compile(r",?\s+(?:après avoir|en)\s+$")


def _fr_stake_held_before(st: RoleState) -> NameSpan | None:
    """fr: the company a stake is held in, named as "N % de Y" right before "après avoir racheté les parts de X"."""
    text, trigger = st.text, st.trigger
    return next(
        (
            n for n in st.in_sentence
            if n.end <= trigger.start and _FR_AFTER_BUYING.fullmatch(text, n.end, trigger.start)
            and _FR_PCT_OF_BEFORE.search(text, max(st.s_start, n.start - 40), n.start)
        ),
        None,
    )


# "a repris les 40 % que détenait Tessmar dans Quenzo": the stake told by the holder's relative clause
_FR_STAKE_THAT_HOLDER_HELD = re.compile(
    r"\s+(?:les |la |sa |ses |leur |leurs )?(?:\S+\s+){0,2}?(?:\d+(?:[.,]\d+)?\s*(?:%|pour cent)|parts?|participations?|actions|titres)\s+"
    r"(?:que |qu['’]y )(?:détenai(?:t|ent)|possédai(?:t|ent)|avai(?:t|ent)|détien(?:t|nent)|possèden?t?)\s+(?:encore |jusque-là |alors |jusqu['’]ici )?"
    r"(?:la |l['’]|le )?(?:(?:groupe|société|fonds|banque|famille) )?"
)


def _fr_holder_stake_bought(st: RoleState) -> None:
    """fr: "Velkor rachète les parts de Dastrel dans Norvia": the holder after "de" sells, the company after "dans"
    (or "au capital de") is bought into (the voice read the holder as the target)."""
    text, trigger = st.text, st.trigger
    holder = _named_after(st, _FR_HOLDER_STAKE, trigger.end) or _named_after(st, _FR_STAKE_THAT_HOLDER_HELD, trigger.end)
    held = _named_after(st, _FR_STAKE_IN, holder.end) if holder is not None else None
    if holder is not None and held is None:
        held = _fr_stake_held_before(st)
    if holder is None or held is None or is_place(held) or is_place(holder):
        return
    _recast(st, [role_of(holder, PartyRole.SELLER, text), role_of(held, PartyRole.TARGET, text)], first=False)


_FR_SITE_AFTER = re.compile(r"\s+(?:un|une|le|la|l'|les|de nouveaux|de nouvelles|des|deux|trois|\d+)\s*(?:\S+\s+)?(?:centres? de données|data centers?|usines?|gigafactory|sites? de production|centres? logistiques?|entrepôts?|infrastructures? de recharge|bornes? de recharge|points? de recharge)\b")

# "dans son usine de Lille", "dans ses sites de production à Lyon": the place of the subject's own site
_FR_OWN_SITE_OF = re.compile(
    r"\b(?:son|sa|ses|leurs?)\s+(?:(?:nouvel(?:le)?s?|nouveaux?|futur(?:e|s|es)?|principal|principale|grand(?:e)?)\s+)?"
    r"(?:usines?|sites?(?: de production)?|centres? de données|centres? logistiques?|entrepôts?|data centers?|siège)\s+(?:de|d['’]|à|près de)\s*$"
)

_FR_POSSESSIVE_AFTER = re.compile(r"\s+(?:son|sa|ses|leurs?)\s")

_FR_PROJECT_OF = re.compile(
    r"\s+(?:le|la|les|l['’]|un|une|des|ses|son|sa)\s*(?:projets?|programmes?|activités?|développement|recherches?|production|usines?|capacités?)\b[^,;:.()\"«»]{0,70}?"
    r"\s(?:de la|de l['’]|du|des|de|d['’])\s*(?:(?:société|groupe|compagnie|laboratoire|constructeur|start-up|startup|biotech|entreprise|fabricant)(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+)?"
)


def _fr_invested(st: RoleState) -> None:
    """fr: what an investment goes into: a project's owner ("dans le projet de vaccin de la société Norvia"), a
    site in a country (infrastructure there), or the other company that "ses" refers to."""
    text, trigger, in_sentence, subject, lead, parties = st.text, st.trigger, st.in_sentence, st.subject, st.lead, st.parties
    if st.voice != "invest" or subject is None:
        return
    if st.target is None and text.endswith("dans", trigger.start, trigger.end):
        # "un investissement d'un milliard dans le projet de vaccin de la société Norvia": the project's owner is invested in
        owner_of = next(
            (n for n in in_sentence if trigger.end < n.start < trigger.end + 120 and not is_place(n) and _FR_PROJECT_OF.fullmatch(text, trigger.end, n.start)),
            None,
        )
        if owner_of is not None and owner_of.start != subject.start:
            st.target = role_of(owner_of, PartyRole.TARGET, text)
            parties.append(st.target)
    if st.target is not None and country_of(st.target.name) is None and _FR_OWN_SITE_OF.search(text, max(st.s_start, st.target.start - 70), st.target.start):
        # "Velkor investira 30 millions d'euros dans son usine de Lille": the town of the investor's own site is not
        # invested in; the money goes into the investor's own site (infrastructure, kept when priced)
        target = st.target
        parties[:] = [p for p in parties if p is not target and p.start != target.start]
        st.target = None
        if party_kind(subject.text, "") is not PartyKind.GOVERNMENT:
            st.cand.trigger = dataclasses.replace(trigger, deal_type=T.INFRASTRUCTURE, voice="supply")
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text)]
        return
    if st.target is None and _FR_SITE_AFTER.match(text, trigger.end):
        # "Velkor investira 300 millions dans une usine neuve au Portugal": a site paid for is infrastructure there
        places = [n for n in in_sentence if is_place(n) and n.start >= trigger.end]
        if places:
            st.cand.trigger = dataclasses.replace(trigger, deal_type=T.INFRASTRUCTURE)
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), Role(places[0].text, places[0].start, places[0].end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT)]
        elif party_kind(subject.text, "") is not PartyKind.GOVERNMENT:
            # "Velkor va investir 50 millions dans un nouveau centre logistique": a company's own site, no country named
            # (a lone builder, kept as a priced contract won is: deals._is_deal wants the sum in the sentence)
            st.cand.trigger = dataclasses.replace(trigger, deal_type=T.INFRASTRUCTURE, voice="supply")
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text)]
    if st.target is None and _FR_POSSESSIVE_AFTER.match(text, trigger.end):
        # "Norvia a confirmé que Velkor y avait investi près de 80 millions de dollars dans ses ateliers": "ses" is the other company's
        invested = next((n for n in reversed(in_sentence) if n.end <= subject.start and not is_place(n) and normalize(n.text) != normalize(subject.text)), None)
        if invested is None and lead is not None and normalize(lead.text) != normalize(subject.text) and not is_place(lead):
            invested = lead
        if invested is not None:
            parties.append(role_of(invested, PartyRole.TARGET, text))


def _fr_bid_of(st: RoleState) -> None:
    """fr: "l'OPA de Velkor sur Norvia", "l'offre de Velkor pour Norvia": the bidder after "de" buys, the company
    after "sur" or "pour" is bid for."""
    text, trigger = st.text, st.trigger
    if st.voice == "buy" and _FR_OWN_OFFER.match(text, trigger.start, trigger.end):
        tabled = _FR_BID_TABLED.search(text, max(st.s_start, trigger.start - 30), trigger.start) is not None and _FR_PLAIN_OWN_OFFER.fullmatch(text, trigger.start, trigger.end) is not None
        if not (tabled or _FR_BID_CONTEXT.search(text, st.s_start, st.s_end)) or any(p.name in PLACES or country_of(p.name) or _FR_NO_BID_FOR.fullmatch(p.name) for p in st.parties if p.role is PartyRole.TARGET):
            st.parties.clear()  # "sa nouvelle offre sur Paris": a product offered somewhere, no bid
        return
    accepted = st.voice == "passive" and _FR_OFFER_OF_END.search(text, trigger.start, trigger.end) is not None
    if not accepted and (st.voice != "buy" or not trigger.noun or not _FR_BID_NOUN.match(text, trigger.start, trigger.end)):
        return
    after = [n for n in st.in_sentence if n.start >= trigger.end]
    bid = len(after) >= 2 and _FR_BID_FOR.fullmatch(text, after[0].end, after[1].start) is not None
    bid = bid and not any(is_place(n) or n.text in PLACES or _FR_NO_BID_FOR.fullmatch(n.text) for n in after[:2])
    if bid and _FR_BARE_OFFER.fullmatch(text, trigger.start, trigger.end) and not _FR_BID_CONTEXT.search(text, st.s_start, st.s_end):
        bid = False  # "l'offre de Velkor sur la Norvibox à 30 euros par mois": a bare offer with nothing of a bid is a product
    if accepted:
        # "les actionnaires ont accepté l'offre de Velkor pour Norvia": no named subject to be bought, what the bid
        # is "pour" is
        if bid and not any(p.role is PartyRole.TARGET for p in st.parties):
            st.parties[:] = [p for p in st.parties if p.start != after[1].start] + [role_of(after[1], PartyRole.TARGET, text)]
        elif bid and _FR_BID_FOR_OWN_UNIT.search(text, after[0].end, after[1].start):
            # "Velkor a reçu (accepté) une offre de Dastrel pour sa filiale Norvia": the unit is bid for, its owner sells
            st.parties[:] = [
                dataclasses.replace(p, role=PartyRole.SELLER) if p.role is PartyRole.TARGET else p for p in st.parties if p.start != after[1].start
            ] + [role_of(after[1], PartyRole.TARGET, text)]
    elif bid:
        st.parties[:] = [role_of(after[0], PartyRole.BUYER, text), role_of(after[1], PartyRole.TARGET, text)]
    elif _FR_BARE_OFFER.fullmatch(text, trigger.start, trigger.end):
        st.parties.clear()  # "l'offre d'Orvane pour Paris", "l'offre de Velkor sur Internet": a product or a place, no bid


_FR_INVESTMENT_NOUN = re.compile(r"(?:entrée|arrivée|montée|investissement|injection)$")
_FR_INVESTED_IN = re.compile(r"\s+(?:au capital (?:de la |de l['’]|du |des |de |d['’])|dans (?:la |le |l['’])?)(?:(?:groupe|société|start-up|startup|compagnie|banque|constructeur) )?")


def _fr_investor_of_noun(st: RoleState) -> None:
    """fr: "l'entrée de Velkor au capital de Norvia", "l'investissement de 20 millions d'euros de Velkor dans Norvia": the
    noun's own "de" names the investor, the name after "au capital de" or "dans" is invested in."""
    text, trigger = st.text, st.trigger
    if st.voice != "invest" or not trigger.noun or not _FR_INVESTMENT_NOUN.search(text, trigger.start, trigger.end):
        return
    after = [n for n in st.in_sentence if n.start >= trigger.end and not is_place(n)]
    for k, investor in enumerate(after[:-1]):
        target = after[k + 1]
        if _FR_INVESTED_IN.fullmatch(text, investor.end, target.start):
            st.parties[:] = [role_of(investor, PartyRole.INVESTOR, text), role_of(target, PartyRole.TARGET, text)]
            return


_FR_UNIT_OF = re.compile(r",\s+(?:une |la |l['’]ancienne |l['’]ex-)?(?:filiale|division|branche|pôle|marque|unité)\s+(?:\S+\s+){0,2}?(?:de la |de l['’]|du |des |de |d['’])(?:(?:groupe|société|compagnie|constructeur|laboratoire|fonds) )?")

# "Velkor a racheté Norvia, qui appartenait au groupe Dastrel", ", jusqu'alors propriété de Dastrel", ", détenue par le fonds
# Dastrel": the owner an apposition or a relative clause names after what is bought (the owner of a buyer is no side:
# ``fr_owner_of_side``)
_FR_OWNED_OF = re.compile(
    r",\s+(?:qui\s+)?(?:(?:jusqu['’](?:ici|alors|à présent)|jusque-là|auparavant|précédemment|alors|encore)\s+)?(?:"
    r"(?:appartenai(?:en)?t|appartenant)\s+(?:(?:depuis|en)\s+\S+\s+|(?:jusqu['’](?:ici|alors)|jusque-là|auparavant|encore)\s+)?(?:à la |à l['’]|au |aux |à )"
    r"|(?:propriété|dans le giron)\s+(?:de la |de l['’]|du |des |de |d['’])"
    r"|(?:détenue?s?|contrôlée?s?|possédée?s?)\s+(?:(?:jusqu['’](?:ici|alors)|jusque-là|auparavant)\s+)?(?:(?:à|aux?)\s+(?:plus de\s+)?\d+(?:[.,]\d+)?\s*(?:%|pour cent)\s+)?par\s+(?:la |le |les |l['’])?"
    r")(?:(?:groupe|société|compagnie|constructeur|laboratoire|fonds|holding|banque|famille|géant|milliardaire|homme d['’]affaires) )?"
)

_FR_OWN_UNIT = re.compile(r"\s*(?:sa|son|ses|leurs?)\s+(?:filiales?|division|branche|pôle|activités?|participation|usines?|marques?)\b")


def _fr_unit_seller(st: RoleState) -> None:
    """fr: the seller of a unit: the parent an apposition names ("Norvia, filiale du groupe Dastrel"), or the
    article's company that owns "sa branche Norvia"."""
    text, trigger, voice, subject, parties = st.text, st.trigger, st.voice, st.subject, st.parties
    if voice in ("buy", "passive", "sell") and not any(p.role is PartyRole.SELLER for p in parties):
        # "Velkor a racheté Norvia, filiale du groupe Dastrel": the parent named in the apposition sells its unit
        bought = next((p for p in parties if p.role is PartyRole.TARGET and p.kind is not PartyKind.OTHER), None)
        unit_of = (_FR_UNIT_OF.match(text, bought.end) or _FR_OWNED_OF.match(text, bought.end)) if bought is not None else None
        parent = next((n for n in st.in_sentence if unit_of is not None and n.start == unit_of.end() and not is_place(n)), None)
        if parent is not None and all(p.start != parent.start for p in parties):
            if voice == "sell":
                parties[:] = [p for p in parties if p.role is not PartyRole.SELLER]
            parties.append(role_of(parent, PartyRole.SELLER, text))
    unit_owner = st.company or st.lead
    if (
        voice in ("sell", "buy") and unit_owner is not None and not any(p.role is PartyRole.SELLER for p in parties)
        and _FR_OWN_UNIT.match(text, trigger.end) and not is_place(unit_owner) and all(normalize(p.name) != normalize(unit_owner.text) for p in parties)
        and (voice == "sell" and subject is None or voice == "buy" and trigger.noun)
    ):
        # "la vente de sa branche Norvia", "le rachat de sa filiale X par Y": the unit's owner, the article's company, sells
        parties.append(role_of(unit_owner, PartyRole.SELLER, text))


_FR_BOUGHT_FROM = re.compile(r"(?:acquisition|rachat|achat) auprès")

_FR_BID_NOUN = re.compile(r"(?:contre-)?offres?|(?:contre-)?OPA|une OPA")  # ("la contre-offre de Velkor sur Norvia": a rival bid)
_FR_OWN_OFFER = re.compile(r"(?:son|sa|leur) (?:\S+ )?offre")
_FR_BARE_OFFER = re.compile(r"offres?\s+(?:de|du|d['’])")
# ("a retiré (maintient) son offre sur Norvia": a bid withdrawn or upheld)
_FR_BID_CONTEXT = re.compile(r"\b(?:accept\w*|valid\w*|rejet\w*|refus\w*|repouss\w*|relev\w*|relèv\w*|amélior\w*|retir\w*|maint\w*|valoris\w*|actions?|actionnaires?|rachat|reprise|prime|OPA|milliards?|millions?|hostile|amicale|conseil d'administration)\b")
# "a présenté (déposé, remis) son offre pour Norvia": a bid tabled, no product offered (a shop "présente sa nouvelle
# offre" in the present: left to the bid words, and so is "sa nouvelle offre sur Norvibox", a product's words)
_FR_BID_TABLED = re.compile(r"\b(?:présentée?|déposée?|dépose|déposent|soumise?|soumet|soumettent|remise?|remet|remettent|formulée?)\s+$")
_FR_PLAIN_OWN_OFFER = re.compile(r"(?:son|sa|leur) offre pour")
_FR_OFFER_OF_END = re.compile(r"\boffre\s+(?:\S+\s+){0,3}?(?:de|du|d['’]|des)$")
# what a product offer is "pour" or "sur": a season, a platform, the web (no company is bid for)
_FR_NO_BID_FOR = re.compile(r"Internet|Noël|Pâques|(?:le )?Web|Android|iOS|Windows|Mac|PC|Black Friday")

_FR_BID_FOR = re.compile(
    r"\s+(?:pour|sur)\s+(?:l['’]|la\s+|le\s+|son\s+|sa\s+|leur\s+)?(?:(?:société|groupe|entreprise|compagnie|concurrente?|rivale?|compatriote|voisine?|homologue"
    r"|filiale|division|branche|activité|pôle|marque|enseigne)\s+)?"
)
# fr: a bid for the receiver's own unit: "a reçu une offre de Velkor pour sa filiale Norvia" (the receiver sells it)
_FR_BID_FOR_OWN_UNIT = re.compile(r"\s+(?:pour|sur)\s+(?:sa|son|ses|leur|leurs)\s+(?:filiale|division|branche|activité|pôle|marque|enseigne)s?\s+$")

_FR_PARTICIPLE = re.compile(r"(?:acquis|acquise|acquises|rachetée?s?|achetée?s?|reprise?s?)")

_FR_FROM_FIRST = re.compile(r"\s+(?:\S+\s+)?(?:à|au|aux|auprès de|auprès du|auprès des)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}")

_FR_THEN_BOUGHT = re.compile(r"\s*,?\s+(?:(?:sa|son|ses|leur|leurs|la|le|les|l['’]|une?)\s*)(?:[a-zà-ÿ][\w-]*\s+){0,3}")


def _fr_bought_clauses(st: RoleState) -> None:
    """fr: purchases told in a relative or participle clause ("X, qu'il a acquis", "X, acheté en 2012 à Y"), with the
    seller first ("a racheté à Dastrel la société Norvia"), by "dont", by an offer "pour X", or "auprès de X"."""
    if st.voice != "buy":
        return
    text, trigger, in_sentence, subject, parties = st.text, st.trigger, st.in_sentence, st.subject, st.parties
    if not trigger.noun and _FR_PARTICIPLE.fullmatch(text, trigger.start, trigger.end):
        _fr_bought_participle(st)
    if not trigger.noun and subject is not None and not any(p.role is PartyRole.TARGET for p in parties):
        # "a racheté à Dastrel la société Norvia": the seller comes first after "à", what is bought after it
        after = [n for n in in_sentence if trigger.end < n.start < trigger.end + 90 and n.start != subject.start]
        from_whom = next((n for n in after if _FR_FROM_FIRST.fullmatch(text, trigger.end, n.start)), None)
        purchased = next((n for n in after if from_whom is not None and n.start > from_whom.end and _FR_THEN_BOUGHT.fullmatch(text, from_whom.end, n.start)), None)
        if purchased is not None and from_whom is not None and not is_place(purchased):
            parties[:] = [p for p in parties if p.start != from_whom.start]
            parties.extend([role_of(purchased, PartyRole.TARGET, text), role_of(from_whom, PartyRole.SELLER, text)])
    if text.startswith("dont", trigger.start):
        # "Norvia, dont le fonds Velkor a pris le contrôle": the name before ", dont" is bought, the one after it buys
        controlled = next((n for n in reversed(in_sentence) if n.end <= trigger.start and JUST_COMMA.fullmatch(text, n.end, trigger.start) and not is_place(n)), None)
        controller = next((n for n in in_sentence if trigger.end < n.start < trigger.end + 40 and not is_place(n)), None)
        parties[:] = [role_of(controller, PartyRole.BUYER, text), role_of(controlled, PartyRole.TARGET, text)] if controlled is not None and controller is not None else []
    if not any(p.role is PartyRole.TARGET for p in parties) and _FR_BID_NOUN.match(text, trigger.start):
        # "a déposé une offre de reprise pour Norvia", "une OPA sur Norvia": what the offer is for is bought
        bid_target = next((n for n in in_sentence if trigger.end <= n.start <= trigger.end + 40 and not is_place(n) and _FR_BID_FOR.fullmatch(text, trigger.end, n.start)), None)
        if bid_target is not None and (subject is None or bid_target.start != subject.start):
            parties.append(role_of(bid_target, PartyRole.TARGET, text))
    if _FR_BOUGHT_FROM.match(text, trigger.start):
        # "l'acquisition auprès du groupe Velkor de son logiciel": the name after "auprès de" sells, what follows is bought
        seller = first_after(in_sentence, trigger.end, window=40)
        if seller is not None and seller.start - trigger.end <= 30:
            parties[:] = [p for p in parties if p.start != seller.start]
            parties.append(role_of(seller, PartyRole.SELLER, text))


# "X, qu'il a acquis", "X, que le groupe a rachetée": the relative's antecedent is what was bought
# ("Norvia, que le groupe Velkor avait rachetée": a named subject inside the relative buys)
_FR_RELATIVE_OBJECT = re.compile(
    r",\s*(?:qu['’]|que\s+)(?:(il|elle|ils|elles)\s+|(?:le|la|l['’])\s*\w+\s+(?:[A-ZÉ][\w&'’-]*\s+){0,3}|(?:[A-ZÉ][\w&'’-]*\s+){1,3})?(?:l['’])?(?:a|ont|avait|avaient)\s+(?:\S+\s+)?$"
)


def _fr_bought_participle(st: RoleState) -> None:
    """fr: "le Courrier d'Orlan, qu'il a acquis en 2009" (the antecedent is bought, "il" buys), "l'Orlan Matin, acheté
    en 2012 à Velmont Presse" (the name before the participle is bought, "à" sells, "par" buys)."""
    text, trigger, in_sentence, parties, s_start, s_end = st.text, st.trigger, st.in_sentence, st.parties, st.s_start, st.s_end
    relative = _FR_RELATIVE_OBJECT.search(text, max(s_start, trigger.start - 40), trigger.start)
    apposed = None if relative is not None else FR_APPOSED_PARTICIPLE.search(text, max(s_start, trigger.start - 4), trigger.start)
    cut = relative.start() if relative is not None else apposed.start() if apposed is not None else -1
    antecedent = next((n for n in reversed(in_sentence) if cut >= 0 and n.end <= cut and JUST_COMMA.fullmatch(text, n.end, cut) and not is_place(n)), None)
    if antecedent is not None and relative is not None:
        # "le Courrier d'Orlan, qu'il a acquis en 2009": the antecedent is bought, "il" (the article's company) buys
        pronoun = relative.group(1) is not None
        acquirer = (st.company or st.lead) if pronoun else st.subject
        if acquirer is not None and normalize(label(acquirer)) != normalize(label(antecedent)) and not is_place(acquirer):
            parties[:] = [role_of(acquirer, PartyRole.BUYER, text), role_of(antecedent, PartyRole.TARGET, text)]
    elif antecedent is not None:
        # "l'Orlan Matin, acheté en 2012 à Velmont Presse": the name before the participle is bought, "à" names the seller
        seller = after_prep(text, in_sentence, r"(?:à|au|aux|auprès de|auprès du|auprès des)", trigger.end, min(s_end, trigger.end + 40))
        agent = after_prep(text, in_sentence, "par", trigger.end, min(s_end, trigger.end + 40))
        parties[:] = [role_of(antecedent, PartyRole.TARGET, text)] + [role_of(n, role, text) for n, role in ((seller, PartyRole.SELLER), (agent, PartyRole.BUYER)) if n is not None and n.start != antecedent.start]


_FR_RELATIVE_INVESTED = re.compile(r"(?:dans|au capital de) (?:laquelle|lequel|lesquelles|lesquels)")


def _fr_relative_invested(st: RoleState) -> None:
    """fr: "Norvia, dans laquelle Velkor a investi": the name before the relative is invested in, the one inside invests."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if st.voice == "invest" and _FR_RELATIVE_INVESTED.match(text, trigger.start):
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in parties]
        # ... only when that name stands right before it ("Le programme, dans lequel X a investi": no name is invested in)
        parties[:] = [p for p in parties if p.role is not PartyRole.TARGET or JUST_COMMA.fullmatch(text, p.end, trigger.start)]



_CLAUSE_END = re.compile(r"[,;:\"»”()]")


_FR_LOAN_BEFORE = re.compile(r"\b(?:prêts?|emprunts?|crédits?|financements?)\s+(?:\S+\s+){0,4}?(?:de la |de l['’]|du |des |de |d['’]|auprès (?:de la |de l['’]|du |des |de |d['’]))(?:(?:banque|fonds|établissement|groupe)\s+(?:\S+\s+)?)?$")


# "qui l'avait rachetée", "qui les a acquis": the object told by a clitic pronoun before the auxiliary
_FR_CLITIC_OBJECT = re.compile(r"\b(?:qui|qu['’]\w+|et)\s+(?:l['’]|la\s+|le\s+|les\s+)(?:a|ont|avait|avaient|aurait|auraient)\s+(?:\S+\s+)?$")


def _fr_buy_seller(st: RoleState) -> None:
    """fr: "l'acquisition auprès du Courrier d'Orlan de son logiciel", "acheté en 2011 à Velmont Presse": who sells
    (not a one-off place after "à", nor who gains from the deal)."""
    text, trigger, parties = st.text, st.trigger, st.parties
    clause = _CLAUSE_END.search(text, trigger.end, st.s_end)
    # ("au fonds Dastrel", "aux groupes X et Y": "au" before an organisation noun names the seller too)
    seller = after_prep(text, st.in_sentence, r"(?:auprès de|auprès du|auprès des|à|au(?= (?:fonds|groupe|constructeur|laboratoire|géant|conglomérat|holding|milliardaire|financier|investisseur)\b)|aux(?= (?:fonds|groupes)\b))", trigger.end, clause.start() if clause else st.s_end)
    if (
        seller is not None and (text[max(0, seller.start - 8) : seller.start].strip().endswith("à") and mentions(text, seller.text) < 2)
        and not _fr_name_from_name(text, parties, trigger.end, seller)
        and not (_FR_CLITIC_OBJECT.search(text, max(st.s_start, trigger.start - 30), trigger.start) and not is_place(seller) and seller.text not in PLACES and country_of(seller.text) is None)
    ):
        seller = None  # "une usine à Lyon": a one-off name after "à" is a place (but "qui l'avait rachetée à Korlim": the
        # object is the clitic, so "à" names whom it was bought from)
    if seller is not None and FR_GIVES.search(text, trigger.end, seller.start):
        seller = None  # "le rachat de X permet à Y de ...": Y gains from the deal, it does not sell
    if seller is not None and _FR_LOAN_BEFORE.search(text, max(trigger.end, seller.start - 40), seller.start):
        seller = None  # "a racheté X grâce à un prêt de la banque Y": Y lends the price, it does not sell
    if seller is not None and all(p.start != seller.start for p in parties):
        parties.append(role_of(seller, PartyRole.SELLER, text))


# "a racheté Dastrel à Norvia": a bare name bought, then "à" and the name it is bought from (no "l'usine X à Lyon")
# ("20 % de Norvia à Dastrel", "la majorité du capital de Norvia à Dastrel": a stake of the bought name, then its seller)
_FR_BARE_TARGET_THEN_A = re.compile(
    r"\s+(?:(?:\d+(?:[.,]\d+)?\s*(?:%|pour cent)|la majorité|la totalité|le solde)\s+(?:du capital\s+|des parts\s+|des actions\s+)?(?:de |d['’]|du ))?"
    r"(?:(?:la société|le groupe|la start-up|la filiale|sa filiale|son activité|le laboratoire) )?$"
)


def _fr_name_from_name(text: str, parties: list[Role], trigger_end: int, seller: NameSpan) -> bool:
    """fr: is the one-off name after "à" the seller because a bought name stands right between it and the verb?"""
    return seller.text not in PLACES and any(
        trigger_end <= p.start and text[p.end : seller.start].strip() == "à" and _FR_BARE_TARGET_THEN_A.match(text[trigger_end : p.start]) is not None
        for p in parties
        if p.role is PartyRole.TARGET
    )
