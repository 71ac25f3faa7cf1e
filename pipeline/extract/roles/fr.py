"""French role rules: the sentence shapes only French articles use, and the lists and bystanders they name.

Relative and participle clauses ("X, qu'il a acquis", "X, cédée en 2019 au fonds Y"), "racheté à X la société
Y", a unit's parent in apposition ("filiale du groupe X"), orders split among makers ("30 à X, 20 à Y"),
contracts with states, funding rounds and loans "à X". The steps in ``clause`` and ``voices`` call these when
the article is French. ``fr_one_per_party`` splits a French candidate into one deal per company listed or per
supplier; it lives here, not in ``deals``, because it reads the same lists and ellipses as the role rules.
``deals`` also calls ``fr_goods_bought`` (goods bought from a maker are a supply contract), ``fr_no_side``
(bystanders) and the lone-party checks at the end, and reuses ``bystander``. Background deals told in passing
("X, qui avait racheté Y en 2015, va ...") are read in ``fr_background``.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role, role_of, trigger_text
from pipeline.extract.geo import PLACES
from pipeline.extract.kinds import normalize, party_kind
from pipeline.extract.names import GIVEN_NAMES, NameSpan, find_names, is_place, label, mentions
from pipeline.extract.numbers import find_quantities
from pipeline.extract.roles.common import T, RoleState, after_prep, coordinated, first_after, introduced_by_office, listed_after, prep_pattern
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole


# --- patterns several rules or modules share -----------------------------------------------------------------------

FR_OBLIQUE = re.compile(
    r"(?:\b(?:avec|dans|sur|chez|contre|vers)|(?<![\w'’])(?:à|au|aux))\s+(?:(?:l['’]|la |le |les |un |une |son |sa |ses |leurs? )"
    r"(?:(?!(?:que|qu|qui|et|ou|mais|dont|où|quand|lorsque|si|car|puis|alors)\b)[a-zà-ÿ0-9][\w'’-]*\s+){0,3})?$"
)

# fr: "les Pays-Bas pourraient obtenir", "la Norvège veut acheter": a country with a modal verb acts too
FR_COUNTRY_MEANS = re.compile(
    r"\s+(?:pourrait|pourraient|devrait|devraient|veut|veulent|doit|doivent|compte|comptent|souhaite|souhaitent|entend|entendent|prévoit|prévoient|vient de|viennent de)\s+(?:\S+\s+){0,3}?$"
)

FR_WHO = re.compile(r"\s*,\s+qui\s+(?:[\w'’-]+\s+){0,5}?")

FR_AUX_FIRST = re.compile(r"(?:ont|a|avait|avaient|va|vont)\s")

FR_PRICE_FIRST = re.compile(r"\s+(?:environ |près de |plus de |quelque )?[\d.,]+ (?:millions?|milliards?) (?:d['’]euros|de dollars|de livres|de francs)")

# fr: "X aurait décroché, via sa société Y,", "X, par l'intermédiaire de son fonds Y,": X acts through Y
# ("Velkor Motors (VKM), via son fonds Y": the acronym in brackets goes with X)
FR_THROUGH = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:[a-zà-ÿ]+,?\s+){0,3}?(?:via|par l['’]intermédiaire d[eu]|par le biais d[eu]|à travers)\s+(?:sa|son|ses|leurs?)\s+(?:[a-zà-ÿ'’-]+\s+){1,4}?"
)

_FR_PASSIVE_BEFORE = re.compile(r"\bété\s+$")

FR_WITH_ONE = re.compile(r".*?\bavec\s")

_JUST_COMMA = re.compile(r",?\s*")

_FR_BENEFICIARY_PREP = r"(?:à|au|aux|pour|pour aider|pour sauver|pour soutenir|en faveur de|en faveur du|destiné à|destinée à)"

_FR_APPOSED_PARTICIPLE = re.compile(r",\s*$")

_FR_MADE_BY = r"(?:(?:mis au point|développée?s?|conçue?s?|fabriquée?s?|produite?s?) par)"

# fr: "Velkor et le géant de l'aéronautique Norvia sont entrés": a describing noun phrase may stand before the next name
# ("les élus du Conseil Velkor": a name after "du" complements the noun, it is not the one listed)
FR_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|ou encore|ou|ainsi que))\s+(?:(?:l['’]|la |le |les )(?:(?!(?:qui|que|dont|a|ont|est|sont)\b)[a-zà-ÿ][\w'’-]*\s+){0,4})?(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!d['’])")

_FR_CONTRACT_ELLIPSIS = re.compile(
    r"(?:\s+(?:pour|de|d'un montant de)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?)?,?\s+(?:et|puis|ainsi qu['’])\s+(?:un|une)\s+(?:autre|second|seconde|deuxième|nouvel|nouveau|nouvelle)?\s*"
    r"(?:contrat|accord|commande|marché)?(?:[^,;:.()]|(?<=\d)[,.](?=\d)){0,50}?\s+(?:avec|auprès de|auprès du|auprès d['’])\s+(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|société)\s+)?"
)


# --- who acts: the subject -----------------------------------------------------------------------------------------

_FR_COMPLEMENT_BEFORE = re.compile(r"\b[a-zà-ÿ]+\s+(?:de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+|les\s+)?$")

_FR_AND = re.compile(r",?\s+(?:et|ou)\s+|,\s+")

_FR_SECOND_VERB = re.compile(
    r"\s*,?\s+(?:(?:et|puis)\s+(?:(?:a|ont)\s+)?(?:(?:aussi|également|ensuite|enfin|déjà)\s+)?|(?:pour|afin d['e]|avant d['e])\s*(?:(?:aussi|également|ensuite|enfin)\s+)?)"
)

_FR_PAST_INFINITIVE = re.compile(r",\s+(?:après|sans)\s+(?:avoir|d['’]avoir)\s+(?:\S+\s+)?$")

# fr: "Velkor, qui emploie 300 personnes à Lyon, a racheté X", "Velkor, un groupe fondé par Paul Dastrel, va racheter X":
# from a name to the verb, a relative clause (commas allowed in it) or an "un/une" apposition (none) closed by a comma
# with at most a few verb words after it; the names inside describe the subject, the name before it acts
_FR_CLAUSE_THEN_VERB = re.compile(
    r"\s*,\s+(?:(?:qui|dont)\s[^;:()«»\"]*?|(?:un|une)\s[^,;:()«»\"]*?),\s+[a-zà-ÿ'’\s-]{0,40}"
)


# fr: "une holding détenue par la ville de Brenmark", "détenue à 51 % par les héritiers Dastrel": the owner of the noun before
_FR_OWNED_BY = re.compile(
    r"\b(?:détenue?s?|contrôlée?s?|possédée?s?)\s+(?:(?:à|aux?)\s+(?:plus de\s+)?\d+(?:[.,]\d+)?\s*(?:%|pour cent)\s+)?par\s+"
    r"(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,3}?(?:(?:de|du|des|d['’])\s*(?:la\s+|l['’])?)?$"
)


def fr_owner_named(text: str, name: NameSpan) -> bool:
    """fr: the name is the owner of the noun just before it ("Velkor, une holding détenue par les héritiers Dastrel")."""
    return _FR_OWNED_BY.search(text, max(0, name.start - 70), name.start) is not None


def fr_owner_of_side(text: str, name: NameSpan, parties: list[Role]) -> bool:
    """fr: the owner of a buyer, seller or investor is no side of its deal ("racheté par Velkor, une holding détenue
    par la ville de Brenmark"); the owner of what is bought sells it, and is kept."""
    if not fr_owner_named(text, name):
        return False
    before = [p for p in parties if p.end <= name.start]
    return bool(before) and max(before, key=lambda p: p.end).role is not PartyRole.TARGET


def fr_subject_candidates(text: str, candidates: list[NameSpan], sentence: tuple[int, int], trigger: Trigger) -> list[NameSpan]:
    """fr: the names before the verb that may be its subject: no place after its preposition, no complement of
    another deal noun, no indirect object, no owner of the noun before it."""
    candidates = [n for n in candidates if not _after_place_preposition(text, n)]  # "depuis Londres"
    candidates = [n for n in candidates if not fr_owner_named(text, n)]  # "la holding détenue par Dastrel a ..."
    if trigger.noun and candidates:
        # "après les faillites de Velkor et Norvia et le rachat de X": a noun's complement does not buy
        last = candidates[-1]
        head = last
        for other in reversed(candidates[:-1]):
            if _FR_AND.fullmatch(text, other.end, head.start):
                head = other
        if _FR_COMPLEMENT_BEFORE.search(text, max(sentence[0], head.start - 40), head.start):
            # ("Velkor, propriétaire de Orvane, annonce le rachat de X": past an apposition the name before it acts)
            candidates = [n for n in candidates if n.start < head.start] if "," in text[last.end : trigger.start] else []
    if trigger.voice != "other":
        # "Velkor a écrit à son associé Norvia avant de racheter X", "avec une foire Y": an indirect object is no subject
        # (a loan's borrower is often one: "on compte sur X pour ... un prêt")
        candidates = [n for n in candidates if not FR_OBLIQUE.search(text, max(sentence[0], n.start - 50), n.start)]
    described = next((i for i, n in enumerate(candidates[:-1]) if _FR_CLAUSE_THEN_VERB.fullmatch(text, n.end, trigger.start)), None)
    if described is not None:
        candidates = candidates[: described + 1]  # "Velkor, qui a son siège à Zurich, a racheté X": Velkor, not Zurich
    if not trigger.noun and candidates and _FR_PAST_INFINITIVE.search(text, max(sentence[0], trigger.start - 30), trigger.start):
        return candidates[:1]  # "Velkor va racheter Dastrel, après avoir acquis Norvia": the main clause's subject acts
    if (
        not trigger.noun and trigger.voice != "partner" and len(candidates) >= 2 and _FR_SECOND_VERB.fullmatch(text, candidates[-1].end, trigger.start)
        and not _FR_AND.fullmatch(text, candidates[-2].end, candidates[-1].start)  # "aux groupes Velkor et Norvia pour ...": both act
    ):
        # "Velkor a racheté Norvia et cédé Dastrel", "a vendu Norvia pour racheter Dastrel": the name before the second
        # verb is the first one's object; the first verb's subject acts again
        return candidates[:1]
    return candidates


# --- the voices' French cases --------------------------------------------------------------------------------------


def fr_before_apposition(text: str, names: list[NameSpan], subject: NameSpan, trigger: Trigger, s_start: int) -> NameSpan | None:
    """fr: "Ouest-Lorvane, le seul quotidien de la Lorvane, racheté par X": the participle's noun precedes the apposition."""
    head = text[s_start : trigger.start].rstrip()
    if not head.endswith(","):
        return None
    opening = head[:-1].rfind(",")
    if opening < 0 or not re.match(r",\s+(?:le|la|les|l['’]|un|une|qui|dont)\b", head[opening:]):
        return None
    at = s_start + opening
    before = [n for n in names if n.end <= at and not text[n.end : at].strip()]
    return before[-1] if before and before[-1].start != subject.start else None


_FR_SOLD_PARTICIPLE = re.compile(r"(?:cédée?s?|vendue?s?)")

# ... or a possessive deal noun after a preposition: "Depuis son rachat par Velkor en 2015, Norvia a doublé ses ventes"
_FR_OPENING = re.compile(r"[\s«\"“]*")
_FR_OPENING_PREP = re.compile(r"[\s«\"“]*(?:[Dd]epuis|[Aa]près|[Dd]ès|[Aa]vant|[Ll]ors de|[Aa]vec|[Ss]uite à)\s+")
_FR_FRONTED_THEN = re.compile(r"[^,;:.()]{0,60}?,\s+(?:l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]*\s+){0,3}")


def fr_fronted_participle(text: str, names: list[NameSpan], trigger: Trigger, buyer: NameSpan, s_start: int) -> NameSpan | None:
    """fr: "Racheté en 2014 par Velkor, le groupe Norvia emploie 3 000 salariés": a participle opening the sentence
    describes the subject that follows its clause, which is what was bought."""
    possessive = text.startswith(("son ", "sa ", "leur "), trigger.start) and _FR_OPENING_PREP.fullmatch(text, s_start, trigger.start)
    if not _FR_OPENING.fullmatch(text, s_start, trigger.start) and not possessive:
        return None
    return next((n for n in names if n.start > buyer.end and not is_place(n) and _FR_FRONTED_THEN.fullmatch(text, buyer.end, n.start)), None)

_FR_SOLD_RELATIVE = re.compile(r",\s*(?:qu['’]|que\s+)(?:[^,;]{0,40}?\s)?(?:l['’])?(?:a|ont|avait|avaient)\s+(?:\S+\s+)?$")


def fr_sold_subject(st: RoleState) -> None:
    """fr: "la filiale Norvia a été cédée au fonds Velkor", "la radio Norvia, cédée en 2019 au fonds Velkor": the
    name before the participle is what is sold."""
    text, trigger, s_start = st.text, st.trigger, st.s_start
    if st.subject is not None and st.target is None and _FR_PASSIVE_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start):
        st.target, st.subject = role_of(st.subject, PartyRole.TARGET, text), None  # "la filiale Norvia a été cédée au fonds Velkor": what is sold
    if st.target is None and _FR_SOLD_PARTICIPLE.fullmatch(text, trigger.start, trigger.end) and _FR_APPOSED_PARTICIPLE.search(text, max(s_start, trigger.start - 4), trigger.start):
        # "la radio Norvia, cédée en 2019 au fonds Velkor": the name before the participle is sold
        sold = next((n for n in reversed(st.in_sentence) if n.end <= trigger.start and _JUST_COMMA.fullmatch(text, n.end, trigger.start) and not is_place(n)), None)
        if sold is not None:
            st.target = role_of(sold, PartyRole.TARGET, text)
            st.subject = None if st.subject is not None and st.subject.start == sold.start else st.subject
            if st.subject is None:
                # "la société Norvia, cédée par Velkor à Dastrel": the agent after "par" is the seller
                st.subject = after_prep(text, st.in_sentence, "par", trigger.end, min(st.s_end, trigger.end + 30))
    if st.target is None and st.subject is not None and _FR_SOLD_PARTICIPLE.match(text, trigger.start):
        # "la société Norvia, que Velkor a cédée l'an dernier à Dastrel": the relative's antecedent is what is sold
        relative = _FR_SOLD_RELATIVE.search(text, max(s_start, trigger.start - 50), trigger.start)
        cut = relative.start() if relative is not None and relative.start() < st.subject.start else -1
        sold = next((n for n in reversed(st.in_sentence) if cut >= 0 and n.end <= cut and _JUST_COMMA.fullmatch(text, n.end, cut) and not is_place(n)), None)
        if sold is not None:
            st.target = role_of(sold, PartyRole.TARGET, text)


_FR_BORN_OF = re.compile(r"\b(?:née?s?|issue?s?)\b")


def fr_merger_parties(st: RoleState) -> bool:
    """fr: "la fusion de Velkor et de Norvia", "une fusion entre Velkor et Norvia": the two named merge (the first
    absorbs); "Dastrel, né de la fusion de ...": the subject is what the merger made, it is kept as its result.
    False when the merger noun lists no two companies."""
    text, trigger, subject, parties = st.text, st.trigger, st.subject, st.parties
    merging = _fr_merging(text, st.in_sentence, trigger)
    if not merging:
        return False
    parties.extend([role_of(merging[0], PartyRole.BUYER, text), *(role_of(n, PartyRole.TARGET, text) for n in merging[1:])])
    if subject is not None and all(n.start != subject.start for n in merging) and not _FR_BORN_OF.search(text, subject.end, trigger.start):
        parties.insert(0, role_of(subject, PartyRole.BUYER, text))
    return True


_FR_MERGER_OF = re.compile(r"fusion (?:entre|d[eu']|des)")

_FR_MERGED_LEAD = re.compile(r"\s*(?:l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]* ){0,2}?(?:[A-ZÀ-Ý][a-zà-ÿ]+ )?")

_FR_MERGED_GLUE = re.compile(r"\s*,?\s*(?:et|,)\s+(?:de l['’]|de la |du |des |de |d['’]|l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]* ){0,2}?(?:[A-ZÀ-Ý][a-zà-ÿ]+ )?")


def _fr_merging(text: str, names: list[NameSpan], trigger: Trigger) -> list[NameSpan]:
    """fr: the companies a merger noun lists ("la fusion du suédois Velkor et du britannique Norvia"), when two or more."""
    if not _FR_MERGER_OF.match(text, trigger.start):
        return []
    after = [n for n in names if n.start >= trigger.end and not is_place(n)]
    if not after or not _FR_MERGED_LEAD.fullmatch(text, trigger.end, after[0].start):
        return []
    merging = [after[0]]
    for name in after[1:]:
        if not _FR_MERGED_GLUE.fullmatch(text, merging[-1].end, name.start):
            break
        merging.append(name)
    return merging if len(merging) >= 2 else []


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


_FR_CONTRACT_WORD = re.compile(r"\b(?:contrats?|commandes?|marchés?|construction|chantier|réalisation|gestion|exploitation|maintenance|conception|rénovation)$")


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
    listed = _fr_listed_after(text, in_sentence, partner) or fr_makers_listed(text, in_sentence, partner, s_end)
    if not listed:
        listed = [n for n in in_sentence if n.start > partner.end and not is_place(n) and _FR_CONTRACT_ELLIPSIS.fullmatch(text, partner.end, n.start)][:1]
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
    if subject is not None and _FR_PASSIVE_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start):
        # "Velkor a été choisi par Norvia pour fournir 30 trains": the chooser after "par" orders, the subject supplies
        chooser = after_prep(text, in_sentence, "par", trigger.end, min(s_end, trigger.end + 60))
        if chooser is not None and chooser.start != subject.start:
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), role_of(chooser, PartyRole.CUSTOMER, text)]
            maker = None
    if maker is None and subject is not None:
        # "a passé une commande de 10 000 doses du vaccin mis au point par Velkor et Norvia": who made it supplies
        maker = after_prep(text, in_sentence, _FR_MADE_BY, trigger.end, s_end)
        if maker is not None:
            parties.extend(role_of(extra, PartyRole.SUPPLIER, text) for extra in _fr_listed_after(text, in_sentence, maker) if extra.start != subject.start)
    return maker


def fr_round_parties(st: RoleState) -> bool:
    """fr: "a souscrit à l'augmentation de capital de Norvia", "a participé au tour de table de Norvia": the company
    whose round it is raises, the subject invests. False when the round is no other company's."""
    subject = st.subject
    if subject is None:
        return False
    raised = _fr_round_of(st.text, st.in_sentence, st.trigger, st.s_end)
    if raised is None or raised.start == subject.start:
        return False
    st.parties.extend([role_of(raised, PartyRole.TARGET, st.text), role_of(subject, PartyRole.INVESTOR, st.text)])
    return True


_FR_ROUND_NOUN = re.compile(r"(?:augmentation de capital|tour de (?:table|financement)|levée de fonds)$")

_FR_OWN_ROUND = re.compile(r"\b(?:son|sa|leur|ses)\s+$")

_FR_ROUND_OF = re.compile(r"\s+(?:(?:\S+\s+){0,6}?(?:pour|de|d['’]|du|de la|de l['’]))\s*(?:(?:la |le |l['’])?(?:start-up|startup|jeune pousse|société|entreprise|biotech|groupe)\s+)?")


def _fr_round_of(text: str, names: list[NameSpan], trigger: Trigger, end: int) -> NameSpan | None:
    """fr: the company whose round the trigger noun names ("l'augmentation de capital de Norvia", "une levée de fonds pour Norvia")."""
    if not _FR_ROUND_NOUN.search(text, trigger.start, trigger.end) or _FR_OWN_ROUND.search(text, max(0, trigger.start - 8), trigger.start):
        return None  # "Norvia ouvre sa levée de fonds au fonds Velkor": the round is the subject's own
    return next(
        (
            n for n in names
            if trigger.end < n.start < min(end, trigger.end + 80) and not is_place(n) and _FR_ROUND_OF.fullmatch(text, trigger.end, n.start)
            and not _FR_BACKER_BEFORE.search(text, max(trigger.end, n.start - 40), n.start)  # "un tour de table auprès de Velkor": Velkor backs it
        ),
        None,
    )


_FR_BACKER_BEFORE = re.compile(r"\b(?:auprès|menée?s?|emmenée?s?|conduite?s?|part)\s+(?:\S+\s+){0,3}?$")

# the word a list needs: "Velkor, Norvia" without an "et" is no list
_FR_LIST_AND = re.compile(r"\b(?:et|ainsi que)\b")
_FR_LIST_AND_OR = re.compile(r"\b(?:et|ou|ainsi que)\b")
# "auprès du fonds Velkor et de Dastrel": the backers listed after the first one
_FR_BACKER_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|ainsi que))\s+(?:de |d['’]|du |des |de la |de l['’])?(?:(?:la |le |l['’])?(?:fonds|groupe|société|banque|holding|investisseurs?)\s+(?:\S+\s+)?)?")


# fr: who the money received comes from: "du fonds Velkor", "de la banque publique Norvia", "du gouvernement lorvanien"
_FR_FUNDS_RECEIVED = re.compile(r"(?:reçu|reçoit|recevra|obten|obtien|décroch)")

_FR_GIVER_PREP = r"(?:du|de la|de l'|des)(?=\s+(?:fonds|banque|groupe|société|investisseur|investisseurs|Etat|État|gouvernement|ministère|holding)\b)"

_FR_BACKER_PREP = r"(?:capital à|capital au|capital aux|auprès de|auprès d'|auprès du|auprès des|(?:menée?s?|emmenée?s?|conduite?s?|apportée?s?|financée?s?|souscrite?s?) par|de la part de|de la part d')"


def fr_round_backers(st: RoleState, subject: NameSpan) -> None:
    """fr: "Norvia a levé 20 millions auprès de Velkor et Dastrel", "une levée menée par Velkor", "a reçu 40 millions
    du fonds Velkor": who puts the money in (and the names joined to it) invests."""
    text, trigger, in_sentence, parties, s_end = st.text, st.trigger, st.in_sentence, st.parties, st.s_end
    backer = after_prep(text, in_sentence, _FR_BACKER_PREP, trigger.start, s_end)
    if backer is None and _FR_FUNDS_RECEIVED.match(text, trigger.start):
        backer = after_prep(text, in_sentence, _FR_GIVER_PREP, trigger.end, s_end)  # "a reçu 40 millions du fonds Velkor"
    if backer is not None and backer.start != subject.start:
        parties.append(role_of(backer, PartyRole.INVESTOR, text))
        joined = coordinated(text, in_sentence, backer.end) or _fr_backers_listed(text, in_sentence, backer)  # "auprès de Velkor et de Dastrel"
        parties.extend(role_of(extra, PartyRole.INVESTOR, text) for extra in joined)


def _fr_backers_listed(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """fr: "auprès du fonds Velkor et de Dastrel", "menée par Velkor, Dastrel et Korlim": the other backers of a round."""
    return listed_after(text, names, first, _FR_BACKER_GLUE, conjunction=_FR_LIST_AND)


# fr: the verb between a lender and its loan ("a accordé un prêt", "ne débloqueraient pas le prêt")
_FR_GRANTS = re.compile(
    r"\b(?:accord\w*|octroi\w*|octroy\w*|consent\w*|débloqu\w*|valid\w*|vers\w*|apport\w*|propos\w*|offr\w*|prêt\w*|"
    r"garanti\w*|financ\w*|inject\w*|approuv\w*|avanc\w*|allou\w*|attribu\w*|dégag\w*)\b"
)

# fr: "a prêté", "prêtera": the lending verb itself, its subject lends (the noun "prêt" is what a borrower gets)
_FR_LEND_VERB = re.compile(r"(?:prêt|accord|octroi|octroy|allou|débloqu)(?:é|ée|és|ées|er|era|eront|erait|eraient|ait|aient|ent|e)\b")


def fr_grant_parties(st: RoleState) -> bool:
    """fr: "le gouvernement a validé un prêt de 2 milliards pour aider le constructeur": who grants lends, whom it is
    for receives. False when the subject grants nothing."""
    text, trigger, subject = st.text, st.trigger, st.subject
    if subject is None or not (_FR_GRANTS.search(text, subject.end, trigger.start) or _FR_LEND_VERB.match(text, trigger.start)):
        return False
    st.parties.append(role_of(subject, PartyRole.INVESTOR, text))
    beneficiary = fr_beneficiary(text, st.in_sentence, trigger.end, st.s_end)
    if beneficiary is not None and beneficiary.start != subject.start:
        st.parties.append(role_of(beneficiary, PartyRole.TARGET, text))
    return True


def fr_beneficiary(text: str, names: list[NameSpan], start: int, end: int) -> NameSpan | None:
    """fr: whom a loan is for: "pour aider le constructeur", "promis au groupe", "un prêt de 8 milliards à la Grèce"."""
    return after_prep(text, names, _FR_BENEFICIARY_PREP, start, end) or _fr_state_after(text, names, start, end)


def _fr_state_after(text: str, names: list[NameSpan], start: int, end: int) -> NameSpan | None:
    """fr: "un prêt de 8 milliards à la Grèce": a country right after the loan's preposition borrows (a state is a party)."""
    for match in prep_pattern(_FR_BENEFICIARY_PREP).finditer(text, start, end):
        placed = next((n for n in names if n.start == match.end()), None)
        if placed is not None and is_place(placed):
            return placed
    return None


_FR_BAIL_OUT_VERB = re.compile(r"renflou(?!ement)\w*")


# "Velkor sera renfloué par l'Etat": the passive reads like the loan nouns, the subject is bailed out
_FR_PASSIVE_AUX = re.compile(r"\b(?:été|sera|seront|serait|seraient|est|sont|être|était|étaient)\s+$")


def fr_bail_out(st: RoleState) -> None:
    """fr: "X renfloue Y": the subject pays, the object is bailed out (the loan nouns read the other way)."""
    if _FR_BAIL_OUT_VERB.match(st.text, st.trigger.start) and not _FR_PASSIVE_AUX.search(st.text, max(0, st.trigger.start - 12), st.trigger.start):
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        st.parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in st.parties]


# --- after the voice: investments, sellers, relative and participle clauses ----------------------------------------


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
    _fr_round_led_in(st)
    if st.voice in ("buy",):
        _fr_holder_stake_bought(st)
        _fr_buy_seller(st)
    if st.voice == "sold_by":
        _fr_sold_to_before_agent(st)
    if st.voice == "sell":
        _fr_sold_to_then_own(st)
        _fr_sale_noun_by(st)
    if st.voice in ("buy", "sell"):
        _fr_fronted_infinitive_subject(st)


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


# "rachète les parts de Dastrel dans Norvia", "la participation de 20 % de Dastrel au capital de Norvia"
_FR_HOLDER_STAKE = re.compile(
    r"\s+(?:les |la |l['’]|sa |ses |une |des )?(?:\S+\s+){0,3}?(?:parts|participations?|actions|titres)\s+(?:\S+\s+){0,3}?(?:de |du |d['’])\s*"
    r"(?:la |l['’])?(?:(?:groupe|société|fonds|banque|Etat|État) )?"
)


def _fr_holder_stake_bought(st: RoleState) -> None:
    """fr: "Velkor rachète les parts de Dastrel dans Norvia": the holder after "de" sells, the company after "dans"
    (or "au capital de") is bought into (the voice read the holder as the target)."""
    text, trigger = st.text, st.trigger
    holder = _named_after(st, _FR_HOLDER_STAKE, trigger.end)
    held = _named_after(st, _FR_STAKE_IN, holder.end) if holder is not None else None
    if holder is None or held is None or is_place(held) or is_place(holder):
        return
    _recast(st, [role_of(holder, PartyRole.SELLER, text), role_of(held, PartyRole.TARGET, text)], first=False)


_FR_SITE_AFTER = re.compile(r"\s+(?:un|une|le|la|l'|les|de nouveaux|de nouvelles|des|deux|trois|\d+)\s*(?:\S+\s+)?(?:centres? de données|data centers?|usines?|gigafactory|sites? de production|centres? logistiques?|entrepôts?|infrastructures? de recharge|bornes? de recharge|points? de recharge)\b")

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


_FR_BID_NOUN = re.compile(r"(?:OPA|offres?|offensive)\b[^.;]*(?:de|du|d['’])$")
_FR_BID_FOR = re.compile(r"\s+(?:sur|pour)\s+(?:la |le |l['’])?(?:(?:groupe|société|constructeur|compagnie|banque|concurrent|rival) )?")


def _fr_bid_of(st: RoleState) -> None:
    """fr: "l'OPA de Velkor sur Norvia", "l'offre de Velkor pour Norvia": the bidder after "de" buys, the company
    after "sur" or "pour" is bid for."""
    text, trigger = st.text, st.trigger
    if st.voice != "buy" or not trigger.noun or not _FR_BID_NOUN.match(text, trigger.start, trigger.end):
        return
    after = [n for n in st.in_sentence if n.start >= trigger.end and not is_place(n)]
    if len(after) >= 2 and _FR_BID_FOR.fullmatch(text, after[0].end, after[1].start):
        st.parties[:] = [role_of(after[0], PartyRole.BUYER, text), role_of(after[1], PartyRole.TARGET, text)]


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

_FR_OWN_UNIT = re.compile(r"\s*(?:sa|son|ses|leurs?)\s+(?:filiales?|division|branche|pôle|activités?|participation|usines?|marques?)\b")


def _fr_unit_seller(st: RoleState) -> None:
    """fr: the seller of a unit: the parent an apposition names ("Norvia, filiale du groupe Dastrel"), or the
    article's company that owns "sa branche Norvia"."""
    text, trigger, voice, subject, parties = st.text, st.trigger, st.voice, st.subject, st.parties
    if voice in ("buy", "passive", "sell") and not any(p.role is PartyRole.SELLER for p in parties):
        # "Velkor a racheté Norvia, filiale du groupe Dastrel": the parent named in the apposition sells its unit
        bought = next((p for p in parties if p.role is PartyRole.TARGET and p.kind is not PartyKind.OTHER), None)
        unit_of = _FR_UNIT_OF.match(text, bought.end) if bought is not None else None
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

_FR_BID_NOUN = re.compile(r"offres?|OPA|une OPA")

_FR_BID_FOR = re.compile(r"\s+(?:pour|sur)\s+(?:l['’]|la\s+|le\s+)?(?:(?:société|groupe|entreprise|compagnie)\s+)?")

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
        controlled = next((n for n in reversed(in_sentence) if n.end <= trigger.start and _JUST_COMMA.fullmatch(text, n.end, trigger.start) and not is_place(n)), None)
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
    apposed = None if relative is not None else _FR_APPOSED_PARTICIPLE.search(text, max(s_start, trigger.start - 4), trigger.start)
    cut = relative.start() if relative is not None else apposed.start() if apposed is not None else -1
    antecedent = next((n for n in reversed(in_sentence) if cut >= 0 and n.end <= cut and _JUST_COMMA.fullmatch(text, n.end, cut) and not is_place(n)), None)
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
        parties[:] = [p for p in parties if p.role is not PartyRole.TARGET or _JUST_COMMA.fullmatch(text, p.end, trigger.start)]


_FR_GIVES = re.compile(r"\b(?:permet\w*|permis|donne\w*|offre\w*|offert|apporte\w*|rapporte\w*|coûte\w*|ouvre\w*|assure\w*|confère\w*)\b")

_CLAUSE_END = re.compile(r"[,;:\"»”()]")


def _fr_buy_seller(st: RoleState) -> None:
    """fr: "l'acquisition auprès du Courrier d'Orlan de son logiciel", "acheté en 2011 à Velmont Presse": who sells
    (not a one-off place after "à", nor who gains from the deal)."""
    text, trigger, parties = st.text, st.trigger, st.parties
    clause = _CLAUSE_END.search(text, trigger.end, st.s_end)
    # ("au fonds Dastrel", "aux groupes X et Y": "au" before an organisation noun names the seller too)
    seller = after_prep(text, st.in_sentence, r"(?:auprès de|auprès du|auprès des|à|au(?= (?:fonds|groupe|constructeur|laboratoire|géant|conglomérat|holding|milliardaire|financier|investisseur)\b)|aux(?= (?:fonds|groupes)\b))", trigger.end, clause.start() if clause else st.s_end)
    if seller is not None and (text[max(0, seller.start - 8) : seller.start].strip().endswith("à") and mentions(text, seller.text) < 2) and not _fr_name_from_name(text, parties, trigger.end, seller):
        seller = None  # "une usine à Lyon": a one-off name after "à" is a place
    if seller is not None and _FR_GIVES.search(text, trigger.end, seller.start):
        seller = None  # "le rachat de X permet à Y de ...": Y gains from the deal, it does not sell
    if seller is not None and all(p.start != seller.start for p in parties):
        parties.append(role_of(seller, PartyRole.SELLER, text))


# "a racheté Dastrel à Norvia": a bare name bought, then "à" and the name it is bought from (no "l'usine X à Lyon")
_FR_BARE_TARGET_THEN_A = re.compile(r"\s+(?:(?:la société|le groupe|la start-up|la filiale|sa filiale|son activité|le laboratoire) )?$")


def _fr_name_from_name(text: str, parties: list[Role], trigger_end: int, seller: NameSpan) -> bool:
    """fr: is the one-off name after "à" the seller because a bought name stands right between it and the verb?"""
    return seller.text not in PLACES and any(
        trigger_end <= p.start and text[p.end : seller.start].strip() == "à" and _FR_BARE_TARGET_THEN_A.match(text[trigger_end : p.start]) is not None
        for p in parties
        if p.role is PartyRole.TARGET
    )


# --- lists and bystanders ------------------------------------------------------------------------------------------


def _fr_listed_after(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """fr: "par Velkor, Norvia et le laboratoire suédois Dastrel": the names listed after a party share its role."""
    return listed_after(text, names, first, FR_LIST_GLUE, through_places=True, conjunction=_FR_LIST_AND_OR)


# fr: between two makers of one order: ", 20 à", " et 10 millions de doses auprès de", " et 30 millions de doses d'", ", le laboratoire"
_FR_MAKER_GLUE = re.compile(
    r"(?:\s*\([^()]{0,60}\))?\)?\s*(?:,|,?\s*(?:et|ainsi que|puis))\s+(?:(?:encore|aussi|enfin)\s+)?"
    r"(?:(?:(?:près de |plus de |environ |jusqu'à |au moins )?\d[\d\s.,]*(?:\s(?:millions?|milliards?))?\s+(?:(?:de |d['’])?[a-zà-ÿ][\w'’-]*\s+){0,2}?"
    r"(?:(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez|de|du|des|d['’])\s*)?)|(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez|de|d['’])\s*)?"
    r"(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|fabricant|société|chantier|biotech|alliance|américain|britannique|allemand|chinois|russe|français|suédois|suisse|japonais)\s+){0,2}"
)

# fr: a second order told by ellipsis: "à Velkor pour 3 milliards d'euros et 20 hélicoptères à Norvia"
_FR_MAKER_ELLIPSIS = re.compile(
    r"\s+(?:pour|d'un montant de|de)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?\s+et\s+(?:(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,50}?\s)?"
    r"(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez)\s+(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|fabricant|société|chantier|biotech)\s+)?"
)


def fr_makers_listed(text: str, names: list[NameSpan], first: NameSpan, end: int) -> list[NameSpan]:
    """fr: the makers listed after an order's first one, each maybe with its own count ("30 à Velkor, 20 à Norvia et 10 à Dastrel")."""
    listed: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or name.start >= end or is_place(name):
            continue
        if not _FR_MAKER_GLUE.fullmatch(text, left.end, name.start) and not _FR_MAKER_ELLIPSIS.fullmatch(text, left.end, name.start):
            break
        listed.append(name)
        left = name
    if listed and not re.search(r"\b(?:et|ainsi que|puis)\b|\d", text[first.end : listed[-1].start]):
        # "Velkor, Norvia" without an "et" or a count is no list, unless in brackets: "de quatre groupes (Velkor, Norvia, Dastrel)"
        if not (text.endswith("(", 0, first.start) and text.startswith(")", listed[-1].end)):
            return []
    return listed


_FR_TITLE_BEFORE = re.compile(
    r"\b(?:ministres?|président\w*|PDG|directeur\w*|directrice\w*|patron\w*|porte-parole|secrétaire\w*|maire|commissaire\w*|"
    r"député\w*|sénat\w*|analyste\w*|chef\w*|dirigeant\w*|responsable\w*|avocat\w*|économiste\w*|fondat\w+|CEO)"
    r"(?:\s+(?:[a-zé][\w'’-]*|de|du|des|d['’]|l['’]|la|le))*\s*,?\s*$"
    # "l'étude, dirigée par Ana Velkor", "présentée par": who leads or hosts it is a person, no party
    # (a company's head may own it: "une société dirigée par X" keeps X)
    r"|(?<!société )(?<!entreprise )(?<!firme )(?<!holding )\b(?:dirigée?s?|présentée?s?|animée?s?|coordonnée?s?)\s+par\s+$"
)

_FR_TITLE_AFTER = re.compile(r",\s+(?:le |la |l['’]|un |une )?(?:\w+\s+){0,2}?(?:ministre|président|PDG|directeur|directrice|patron|porte-parole|secrétaire|maire|commissaire|député|analyste|chef|fondateur|CEO)\b")


def bystander(text: str, name: NameSpan, lang: str) -> bool:
    """fr: a place after its preposition or a person by their title is named near a deal, not part of it."""
    if lang != "fr" or name.suffixed or name.full is not None:
        return False
    if _after_place_preposition(text, name):
        return True
    before = text[max(0, name.start - 60) : name.start]
    return bool(_FR_TITLE_BEFORE.search(before) or _FR_TITLE_AFTER.match(text, name.end))


# fr: "à Londres", "depuis Paris": a place; "le ministre Paul Verlaine", "Anne Berk, la présidente du comité": a voice
_FR_PLACE_BEFORE = re.compile(r"(?:\b(?:à|depuis|dans|vers|près de|en|au|aux)\s+)$")


def _after_place_preposition(text: str, name: NameSpan) -> bool:
    """fr: "à Londres", "depuis Paris": a one-word, not all-capitals name after a place preposition."""
    if name.suffixed or name.full is not None or name.text.isupper():
        return False
    return _FR_PLACE_BEFORE.search(text, max(0, name.start - 12), name.start) is not None


# fr: "des usines en Afrique de l'Ouest", "ses activités en Amérique du Nord", "au Moyen-Orient", "un journal des
# Caraïbes": a world region after a place preposition or "de" says where, it is no side (a country can be
# one; "la société Ouest Médias" is a company)
_FR_REGIONS = (
    "afrique asie europe amérique amériques océanie orient moyen-orient proche-orient extrême-orient maghreb balkans "
    "scandinavie caraïbes antilles guyane polynésie outre-mer golfe sahel pacifique atlantique méditerranée "
    "nord sud est ouest nord-est nord-ouest sud-est sud-ouest latine centrale subsaharienne "
    "du de l'ouest l'est"
)
_FR_REGION_WORDS = frozenset(_FR_REGIONS.split())
# "en Afrique", "au Moyen-Orient", "de Guyane", and a compass word after its region: "en Afrique de l'Ouest"
_FR_REGION_BEFORE = re.compile(
    r"\b(?:[Ee]n|[Aa]u|[Aa]ux|[Dd]ans|[Vv]ers|[Dd]epuis|de|des|du|d['’])\s*(?:le |la |les |l['’])?"
    r"(?:[A-ZÀ-Ý][\w-]*\s+(?:du |de l['’]|de la |de |des ))?$"
)
_FR_COMPASS = frozenset({"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"})
# "... Afrique de l'": the region a compass word belongs to, named just before it
_FR_REGION_NAMED = re.compile(r"[A-ZÀ-Ý][\w-]*\s+(?:du |de l['’]|de la |de |des )$")


def fr_region(text: str, party: Role) -> bool:
    """fr: a party that is a world region ("Afrique", "Moyen-Orient", "Amérique du Nord") after "en", "au", "dans",
    "de"; a lone compass word ("Ouest") only after its region ("en Afrique de l'Ouest")."""
    words = normalize(party.name).split()
    if not words or words[0] in ("du", "de") or not all(w in _FR_REGION_WORDS for w in words):
        return False
    before = _FR_REGION_BEFORE.search(text, max(0, party.start - 40), party.start)
    if before is None:
        return False
    if len(words) == 1 and words[0] in _FR_COMPASS:
        # "l'Ouest" alone may open a company's name ("Ouest Médias"): only "en Afrique de l'Ouest" says a region
        return before.group().split()[0].lower() not in ("de", "des", "du") and "\n" not in before.group() and bool(
            _FR_REGION_NAMED.search(before.group())
        )
    return True


# fr: "le ministre de l'Économie Paul Dastrel", "Anne Berk, la maire de ...": a person the article introduces by an
# office speaks or decides around the deal, no side of it (a founder or a businessman may deal: no office word here)
_FR_OFFICE_BEFORE = re.compile(
    r"\b(?:ministres?|maire|porte-parole|député\w*|sénat\w*|commissaire\w*|analyste\w*|économiste\w*|avocat\w*|"
    r"présidente?|PDG|patron\w*|directeur\w*|directrice\w*|secrétaire\w*)"
    r"(?:\s+(?:[a-zà-ÿ][\w'’-]*|d['’]\w+))*\s*,?\s*$"
)
_FR_OFFICE_AFTER = re.compile(
    r"\s*,\s+(?:le |la |l['’]|un |une )?(?:[\w'’-]+\s+){0,2}?(?:ministre|présidente?|PDG|directeur|directrice|patron|patronne|"
    r"porte-parole|secrétaire|maire|commissaire|députée?)\b"
)


def fr_office_holder(text: str, party: Role) -> bool:
    """fr: a party named like a person whom the article introduces by an office."""
    return introduced_by_office(text, party, _FR_OFFICE_BEFORE, _FR_OFFICE_AFTER, 70)


# fr: "le projet « Velkor »", "la série "Norvia"": a name quoted after a project or work noun is the project or the
# product, no side ("la marque « X »", "l'application X" may be bought: not here)
_FR_WORK_BEFORE = re.compile(
    r"\b(?:projets?|plans?|programmes?|opérations?|séries?|films?|émissions?|vaccins?|logiciels?|jeux|jeu|modèles?|"
    r"nom de code|baptisée?s?)\s+(?:[a-zà-ÿ]+\s+)?[\"«“]\s*$"
)


def fr_quoted_work(text: str, party: Role) -> bool:
    """fr: a party whose name is quoted right after "projet", "série", "vaccin", ... ("le projet « Velkor »")."""
    return _FR_WORK_BEFORE.search(text, max(0, party.start - 40), party.start) is not None


# fr: "Norvia, rival européen du Suédois Velkor", "le concurrent de Dastrel": the name a rival is measured against
# is a comparison, no side ("son concurrent Velkor", with no "de", may well be bought: not here)
_FR_RIVAL_OF = re.compile(
    r"\b(?:rival|rivale|rivaux|rivales|concurrent|concurrente|concurrents|concurrentes|homologue|homologues)"
    r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|du|des|d['’])\s*(?:l['’]|la |le |les )?(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?$"
)


def fr_compared(text: str, party: Role) -> bool:
    """fr: a party named after "rival de", "concurrent européen du Suédois", "homologue de"."""
    return _FR_RIVAL_OF.search(text, max(0, party.start - 60), party.start) is not None


def fr_no_side(text: str, party: Role) -> bool:
    """fr: a world region ("en Afrique de l'Ouest"), a person introduced by an office ("le ministre Paul Dastrel"),
    a quoted project or work ("le projet « Velkor »") or what a rival is compared to ("rival de Velkor").
    Public: ``deals`` drops these bystanders from a French candidate's sides."""
    return fr_region(text, party) or fr_office_holder(text, party) or fr_quoted_work(text, party) or fr_compared(text, party)


# --- one deal per party --------------------------------------------------------------------------------------------

_FR_OWN_SHARE = re.compile(r"\d|\b(?:à|au|aux|auprès|chez)\b")

_FR_PLURAL_CONTRACTS = re.compile(r"\b(?:des|de|les|ces|plusieurs|multiples|deux|trois|quatre|cinq|six) (?:\S+ )?(?:contrats|accords|commandes|précommandes|marchés)\b")


def _fr_one_per_supplier(cand: Candidate) -> list[Candidate]:
    """fr: "a signé des contrats avec Velkor, Norvia et Dastrel": contracts in the plural with several suppliers
    are one contract per supplier, each with the same customers ("un contrat avec Velkor et Norvia" stays one)."""
    if cand.trigger.deal_type is not T.SUPPLY_CONTRACT or not cand.text_window:
        return [cand]
    suppliers = [p for p in cand.parties if p.role is PartyRole.SUPPLIER]
    customers = [p for p in cand.parties if p.role is PartyRole.CUSTOMER]
    if len(suppliers) == 1 and len(customers) >= 2 and _FR_PLURAL_CONTRACTS.search(trigger_text(cand)) and all(p.kind is PartyKind.GOVERNMENT for p in customers):
        # "Velkor a signé des contrats avec le Japon, le Canada et le Brésil": one contract per state
        return [dataclasses.replace(cand, parties=[suppliers[0], customer]) for customer in customers]
    if len(suppliers) < 2:
        return [cand]
    # an order placed with makers listed one by one ("30 à Velkor, 20 à Norvia") is one order each, but not
    # a product made by several ("des doses du vaccin mis au point par Velkor et Norvia")
    ordered = cand.trigger.voice == "order" and not re.search(_FR_MADE_BY, cand.text_window) and (
        len(suppliers) >= 3 or _FR_OWN_SHARE.search(cand.text_window, suppliers[0].end - cand.sentence[0], suppliers[1].start - cand.sentence[0]) is not None
    )  # ("à Velkor et Norvia" alone may be two makers of one product: one order)
    elided = _FR_CONTRACT_ELLIPSIS.fullmatch(cand.text_window, suppliers[0].end - cand.sentence[0], suppliers[1].start - cand.sentence[0]) is not None
    if not ordered and not elided and not _FR_PLURAL_CONTRACTS.search(trigger_text(cand)):
        return [cand]
    others = [p for p in cand.parties if p.role is not PartyRole.SUPPLIER]
    starts = tuple(s.start for s in suppliers)
    return [
        dataclasses.replace(cand, parties=[*others, supplier], siblings=tuple(at for at in starts if at != supplier.start)) for supplier in suppliers
    ]


_FR_INVEST_ELLIPSIS = re.compile(
    r"\s+et\s+(?:(?:près de |plus de |environ )?\d[\d\s.,]*(?:\s(?:millions?|milliards?))?(?:\s(?:d['’]euros|de dollars|d['’]euros?|€|\$))?\s+)"
    r"(?:dans|au capital d[eu']|au capital de l['’])\s*(?:l['’]|la |le |les )?(?:(?:groupe|société|start-up|startup|jeune pousse|entreprise|biotech)\s+)?"
)


def fr_one_per_party(text: str, names: list[NameSpan], cand: Candidate) -> list[Candidate]:
    """fr: "a investi dans Velkor, Norvia et Dastrel", "a racheté Velkor et Norvia": the companies listed after
    the one bought or invested in are one deal each with the same buyer; contracts, one per supplier."""
    if cand.trigger.deal_type is T.SUPPLY_CONTRACT:
        return _fr_one_per_supplier(cand)
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if cand.trigger.voice not in ("buy", "invest") or len(targets) != 1:
        return [cand]
    first = next((n for n in names if n.start == targets[0].start), None)
    if first is None:
        return [cand]
    in_sentence = [n for n in names if cand.sentence[0] <= n.start < cand.sentence[1]]
    known = {p.start for p in cand.parties}
    listed = [n for n in _fr_listed_after(text, in_sentence, first) if n.start not in known]
    if not listed and cand.trigger.voice == "invest":
        # "20 millions d'euros dans Velkor et 10 millions dans Norvia": a second stake told by ellipsis
        listed = [n for n in in_sentence if n.start > first.end and not is_place(n) and _FR_INVEST_ELLIPSIS.fullmatch(text, first.end, n.start)][:1]
    others = [p for p in cand.parties if p.role is not PartyRole.TARGET]
    if not listed and cand.trigger.voice == "buy" and not cand.trigger.noun:
        dated = _fr_dated_after(text, in_sentence, first, known)
        if dated:
            # "a racheté Norvia en 2014 pour 100 millions, puis Dastrel en 2016": each purchase keeps its own part of the sentence
            starts = [first.start, *(n.start for n in dated), cand.sentence[1]]
            parts = [(starts[k], starts[k + 1]) for k in range(len(starts) - 1)]
            bought = [first, *dated]
            return [
                dataclasses.replace(
                    cand, parties=[*others, role_of(n, PartyRole.TARGET, text)] if k else cand.parties,
                    foreign=tuple(part for j, part in enumerate(parts) if j != k),
                )
                for k, n in enumerate(bought)
            ]
    return [cand] + [dataclasses.replace(cand, parties=[*others, role_of(n, PartyRole.TARGET, text)]) for n in listed]


# "Norvia en 2014 pour 100 millions d'euros, puis Dastrel": a date (and price) told after each company bought
_FR_DATED_THEN = re.compile(
    r"(?:\s+(?:en \d{4}|l['’]an dernier|l['’]année dernière|il y a \S+ ans?|pour (?:environ |près de |plus de )?[\d.,]+ (?:millions?|milliards?) (?:d['’]euros|de dollars|de livres|de francs)))+"
    r"\s*,?\s+(?:et|puis|ainsi que|avant|après)\s+(?:(?:l['’]|la |le |les |son |sa )(?:[a-zà-ÿ][\w-]*\s+){0,3})?"
)
_FR_DATED = re.compile(r"\s+(?:en \d{4}|l['’]an dernier|l['’]année dernière|il y a \S+ ans?|pour (?:environ |près de |plus de )?[\d.,]+ (?:millions?|milliards?))")


def _fr_dated_after(text: str, names: list[NameSpan], first: NameSpan, known: set[int]) -> list[NameSpan]:
    """fr: "a racheté Norvia en 2014, puis Dastrel en 2016": the companies bought one after the other, each told
    with its own date or price, after the first one."""
    found: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or name.start in known:
            continue
        if is_place(name) or not _FR_DATED_THEN.fullmatch(text, left.end, name.start) or not _FR_DATED.match(text, name.end):
            break
        found.append(name)
        left = name
    return found


# --- goods bought, and lone parties that make no deal -------------------------------------------------------------

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
    if len(cand.parties) == 1 and roles == {PartyRole.BUYER} and trigger_text(cand).startswith(("achet", "achèt")) and _counted_after(cand):
        # "l'Ostrie a au moins acheté 1,5 milliard de doses": counted goods bought, the makers unnamed
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
_FR_FROM_THE_STATE = re.compile(r"[^.;]{0,60}?\bauprès (?:des pouvoirs publics|de l['’][ÉE]tat|du gouvernement|de la puissance publique)\b")


def fr_raised_from_the_state(cand: Candidate) -> None:
    """fr: "Velkor a levé 300 millions d'euros auprès des pouvoirs publics": money raised from the state is a loan or aid
    (type other), not a funding round. Public: ``deals.extract`` calls it on each French candidate."""
    if cand.trigger.deal_type is T.FUNDING_ROUND and cand.text_window and _FR_FROM_THE_STATE.match(cand.text_window, cand.trigger.end - cand.sentence[0]):
        cand.trigger = dataclasses.replace(cand.trigger, deal_type=T.OTHER)


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


_FR_OWN_ASSET = re.compile(
    r"\s+(?:(?:jusqu'à |plus de |près de |environ )?[\d,.]+\s?(?:%|pour cent) (?:de |du |des |d')?)?(?:sa|ses|son|leurs?) (?:\S+ )?"
    r"(?:filiales?|activités|actifs|participations?|parts|division|pôle|branche|usines?|murs|magasins|titres|radios|chaînes|journaux|marques?)\b"
)
_FR_AID_RECEIVED = re.compile(r"\s+(?:\S+\s+){0,3}?(?:a|ont|avait|avaient|va|vont)\s+(?:\S+\s+)?(?:reçu|touché|obtenu|bénéficié|perçu|recevoir|toucher|obtenir|bénéficier|percevoir)\b")
_FR_GOODS_AFTER = re.compile(r"\s+(?:ces|des|les|de|d['’])\s*[a-zà-ÿ]")
_FR_ONE_ITEM = re.compile(r"(?:\b[Uu]ne?|\bd['’]une?|\b(?:la|sa|leur) nouvelle|\b(?:le|son|leur) nouveau)\s+$")


def fr_aid_received(cand: Candidate) -> bool:
    """fr: a lone party said to have received money ("Velkor a reçu 300 millions d'euros d'aides publiques"), the giver
    left unnamed. Public: ``deals._is_deal`` counts it as a deal when the sentence states a sum."""
    return bool(
        len(cand.parties) == 1 and cand.trigger.voice == "other" and cand.parties[0].role is PartyRole.TARGET and cand.text_window
        and _FR_AID_RECEIVED.match(cand.text_window, max(0, cand.parties[0].end - cand.sentence[0]), max(0, cand.trigger.start - cand.sentence[0]))
    )


# "le constructeur d'Ingolstadt", "le géant de Redmond": a company named after its home town
_FR_TOWN_OF = re.compile(
    r"(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)\s*(?:constructeur|géant|groupe|firme|fabricant|laboratoire|équipementier|motoriste|avionneur|sidérurgiste|chimiste)"
    r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de\s+|d['’])$"
)


def fr_home_towns(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """fr: "le constructeur d'Ingolstadt prévoit d'investir ...": the one-word name after such a periphrasis is the company's
    town, no party (the company itself is the one the noun takes up). Public: ``deals`` drops these names before roles."""
    towns = [
        n for n in names
        if " " not in n.text and not n.suffixed and n.text.lower() not in GIVEN_NAMES
        and _FR_TOWN_OF.search(text[max(0, n.start - 60) : n.start])
    ]
    return [n for n in names if n not in towns] if towns else names


# "a réservé 800 millions de doses", "a précommandé 40 avions": a reservation verb, its count a few words on
_FR_RESERVED = re.compile(r"(?:réserv|pré-?achet|précommand|ach[eè]t)", re.IGNORECASE)


def fr_public_spending(cand: Candidate) -> bool:
    """fr: "l'Etat investira 3 milliards d'euros en France": a government's sum spent in a country is a budget, not a
    site a company builds there (as in "Velkor investira 200 millions d'euros en Espagne"). Public: ``deals._is_deal``."""
    if cand.trigger.deal_type is not T.INFRASTRUCTURE or not cand.text_window or not trigger_text(cand).lower().startswith("investi"):
        return False
    return any(p.role is PartyRole.SUPPLIER and p.kind is PartyKind.GOVERNMENT for p in cand.parties)


def _counted_after(cand: Candidate) -> bool:
    """A count of things a few words after the trigger ("800 millions de doses", "40 avions"), no sum or share."""
    after = cand.trigger.end - cand.sentence[0]
    return bool(cand.text_window) and any(
        q.start <= 30 and q.unit != "share" for q in find_quantities(cand.text_window[after : after + 80], "fr")
    )  # "a acheté 50 actions": shares are a stake, no goods


def fr_counted_reservation(cand: Candidate) -> bool:
    """fr: a lone customer that reserved or pre-bought a counted quantity of goods ("la Lorvanie a réservé 5 millions
    de vaccins chez trois laboratoires"): the makers left unnamed, the count says it is a purchase of goods, not
    seats or money ("a réservé 30 % de ses places" has no count of things). Public: ``deals._is_deal`` counts it."""
    return bool(cand.text_window) and _FR_RESERVED.match(trigger_text(cand)) is not None and _counted_after(cand)


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

