"""French deals told in passing: which words, sum and status of a sentence are which deal's.

A French sentence often tells an earlier deal inside the news one ("Velkor, qui avait racheté Norvia en 2015, va
acquérir Dastrel", "depuis le rachat de Norvia par Velkor", "Velkor avait pris 20 % de Norvia") or several deals
side by side ("Velkor a investi 20 millions dans Norvia et racheté Dastrel"). ``deals`` keeps the flow: it asks
``fr_apart`` whether two tellings are two deals before merging them, marks each merged deal's clause with
``fr_mark_clauses``, and has ``fr_deal_amount`` and ``fr_status_without_cue`` read each record's sum and status
from the deal's own words. The rules live apart from ``roles.fr``, which assigns roles within one trigger's sentence.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from typing import Any

from pipeline.extract import money
from pipeline.extract.candidates import Candidate, role_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan
from pipeline.extract.roles.fr.patterns import FR_RECENT_OWNER
from pipeline.extract.triggers import Trigger
from pipeline.models import DealStatus, DealType, Money, PartyRole

T = DealType


# --- background deals told inside another sentence -----------------------------------------------------------------

# what opens a clause that tells an earlier deal, right before its trigger (no comma between):
# "Velkor, qui avait racheté Norvia", "après avoir acquis Norvia", "depuis le rachat de Norvia par Velkor",
# "un an après son rachat par", "né en 2001 de la fusion de", and a participle set off by a comma ("Norvia, rachetée en 2012 par")
_FR_BACKGROUND_OPENER = re.compile(
    r"(?:,\s+(?:qui|qu['’]\w*|que|dont)\s+[^,;:()]*"
    r"|\b(?:après|sans)\s+(?:avoir|d['’]avoir)\s+(?:\S+\s+)?"
    r"|\b(?i:depuis|après|avant|lors|suite à)\s+(?:de\s+)?(?:le |la |l['’]|son |sa |leur )?"
    r"|\bnée?s?\s+(?:en \d{4}\s+)?(?:de|d['’])\s+(?:la |le |l['’])"
    r"|,\s+)$"
)
_FR_BACKGROUND_NOUN = re.compile(r"(?:(?:son|sa|leur) )?(?:rachat|acquisition|reprise|absorption|fusion|cession|vente|prise de contrôle)\b")
_FR_PAST_PARTICIPLE = re.compile(r"(?:rachetée?s?|achetée?s?|acquise?s?|reprise?s?|absorbée?s?|cédée?s?|vendue?s?|entrée?s?|passée?s?)\b")
_FR_CLAUSE_CLOSE = re.compile(r",\s|;|:|\(|\)|\s[–—-]\s")


def fr_background_clause(text: str, sentence: tuple[int, int], trigger: Trigger) -> tuple[int, int] | None:
    """fr: the span of the clause that tells a deal in passing inside another sentence, when the trigger opens one:
    a relative ("Velkor, qui avait racheté Norvia en 2015,"), a past infinitive ("après avoir acquis Norvia"), a deal
    noun after "depuis"/"après" ("depuis le rachat de Norvia par Velkor"), a merger something was born of, a participle
    in apposition ("Norvia, rachetée en 2012 par Velkor,"). None when the trigger is the sentence's own verb."""
    s_start, s_end = sentence
    opener = _FR_BACKGROUND_OPENER.search(text, max(s_start, trigger.start - 60), trigger.start)
    if opener is None:
        return None
    words = opener.group()
    if words.startswith(",") and not words.lstrip(", ").split():
        # only a comma before: a participle in apposition ("Norvia, rachetée en 2012 par Velkor")
        if not _FR_PAST_PARTICIPLE.match(text, trigger.start):
            return None
    elif not words.startswith(",") and "avoir" not in words and not _FR_BACKGROUND_NOUN.match(text, trigger.start):
        return None  # "après le ..." opens a background clause only for a deal noun
    closing = _FR_CLAUSE_CLOSE.search(text, trigger.end, s_end)
    return (opener.start(), closing.start() if closing is not None else s_end)


def fr_roles_clash(a: Candidate, b: Candidate) -> bool:
    """fr: one company buys in one telling and sells in the other ("Velkor va racheter Norvia à Dastrel", then
    "Dastrel, qui avait racheté Norvia en 2012"): the seller's own earlier purchase is another deal."""
    # (a name the article keeps repeating, added as an actor with a guessed role, is no evidence)
    sides = [{normalize(p.name): p.role for p in c.parties if all(p.start != q.start for q in c.actors)} for c in (a, b)]
    if not all(PartyRole.TARGET in side.values() for side in sides):
        return False  # "va céder sa participation": a lone seller of what the sentence names is the same story
    swapped = {(PartyRole.BUYER, PartyRole.SELLER), (PartyRole.SELLER, PartyRole.BUYER)}
    return any((role, sides[1].get(name)) in swapped for name, role in sides[0].items())


_FR_PLUPERFECT = re.compile(r"\b(?:avait|avaient|était|étaient)\b")
_FR_FEW_WORDS = re.compile(r"\s+(?:[^\s,;]+\s+){0,3}")
_FR_YEAR = re.compile(r"\b(?:en|depuis|dès) ((?:19|20)\d\d)\b")


def _fr_pluperfect_year(cand: Candidate) -> set[str]:
    """The years a deal sentence told in the pluperfect dates its deal by ("avait pris 20 % de Norvia en 2015"), else none."""
    return set(_FR_YEAR.findall(cand.text_window)) if fr_pluperfect(cand) else set()


def fr_pluperfect(cand: Candidate) -> bool:
    """fr: the deal is told in the pluperfect ("Velkor avait pris 20 % de Norvia"): an earlier deal, done."""
    window, at = cand.text_window, cand.trigger.start - cand.sentence[0]
    last = None
    for last in _FR_PLUPERFECT.finditer(window, max(0, at - 40), min(len(window), at + 12)):
        pass  # the auxiliary nearest the trigger, before it or opening it ("avait été rachetée par")
    return last is not None and (last.start() >= at or _FR_FEW_WORDS.fullmatch(window, last.end(), at) is not None)


def fr_told_earlier(a: Candidate, b: Candidate) -> bool:
    """fr: a deal told in the pluperfect with its own year in another sentence ("Velkor va racheter Norvia." then "Velkor
    était entré au capital de Norvia en 2015.") is an earlier deal of the same companies, not the news told again; so is
    a deal told in the perfect with its own year next to one only planned ("a pris 10 % en 2019", "veut racheter")."""
    if a.sentence == b.sentence or not a.text_window or not b.text_window:
        return False
    if not all(any(p.role is PartyRole.TARGET for p in c.parties) or len(c.parties) >= 2 for c in (a, b)):
        return False  # a lone party is no deal of its own
    for old, new in ((a, b), (b, a)):
        years = _fr_pluperfect_year(old)
        if years and not _fr_pluperfect_year(new) and not years & set(_FR_YEAR.findall(new.text_window)):
            return True
        # "Velkor a pris 10 % de Norvia en 2019. Il veut désormais racheter Norvia.": a dated deal done and one only
        # planned are two deals
        years = set(_FR_YEAR.findall(old.text_window)) if _fr_told(old, _FR_PERFECT) else set()
        if years and _fr_told(new, _FR_PLANNED) and not years & set(_FR_YEAR.findall(new.text_window)):
            return True
    return False


_FR_PERFECT = re.compile(r"\b(?:a|ont|avait|avaient|était|étaient|est|sont)\b")
# the verb that plans the deal, a few words before its trigger ("veut désormais racheter", "va prendre le contrôle")
_FR_PLANNED = re.compile(r"\b(?:va|vont|veut|veulent|compte|comptent|envisage|envisagent|souhaite|souhaitent|projette|projettent|entend|entendent|pourrait|pourraient|devrait|devraient)\b")


def _fr_told(cand: Candidate, form: re.Pattern[str]) -> bool:
    """The deal's trigger follows the auxiliary or modal verb ``form`` within a few words."""
    window, at = cand.text_window, cand.trigger.start - cand.sentence[0]
    last = None
    for last in form.finditer(window, max(0, at - 40), at):
        pass
    return last is not None and _FR_FEW_WORDS.fullmatch(window, last.end(), at) is not None


def fr_deals_apart(a: Candidate, b: Candidate) -> bool:
    """fr: two triggers of one sentence, each naming its own company bought, are two deals when both are verbs ("Velkor a
    racheté Norvia et cédé Dastrel") or one of them tells an earlier deal in passing ("Velkor, qui avait racheté Norvia
    en 2015, va acquérir Dastrel"): they share the buyer but not the target, and must not be merged into one deal with
    two targets."""
    if a.sentence != b.sentence or a.trigger.start == b.trigger.start or not a.text_window:
        return False
    targets = [{normalize(p.name) for p in c.parties if p.role is PartyRole.TARGET} for c in (a, b)]
    if not targets[0] or not targets[1] or targets[0] & targets[1]:
        return False
    if not a.trigger.noun and not b.trigger.noun:
        return True  # "Velkor a racheté Norvia et cédé Dastrel au fonds Korlim": two verbs, two companies, two deals
    text = a.text_window
    offset = a.sentence[0]
    # text_window holds the sentence only: read the clauses in it with the sentence's own offsets
    shifted = (0, len(text))
    return any(
        fr_background_clause(text, shifted, dataclasses.replace(c.trigger, start=c.trigger.start - offset, end=c.trigger.end - offset)) is not None
        for c in (a, b)
    )


def fr_round_and_stake(a: Candidate, b: Candidate) -> bool:
    """fr: "Velkor et Norvia sont entrés au capital de Dastrel, qui vient de lever 20 millions": the stake taken and the
    round raised in one sentence by the same company are one deal (its backers and its sum). Public: ``deals._merge``."""
    if a.sentence != b.sentence or {a.trigger.deal_type, b.trigger.deal_type} != {T.INVESTMENT, T.FUNDING_ROUND}:
        return False
    targets = [{normalize(p.name) for p in c.parties if p.role is PartyRole.TARGET} for c in (a, b)]
    return bool(targets[0] & targets[1])


def fr_co_investors(a: Candidate, b: Candidate) -> bool:
    """fr: "L'Etat entrerait au capital de Velkor. La banque publique Norvia doit prendre 15 % du fabricant pour 120
    millions d'euros.": a stake announced without a sum and, in the very next sentence, a stake in the same company
    priced by another investor are one deal with two investors. Public: ``deals._co_investors_joined``."""
    if a.trigger.deal_type is not T.INVESTMENT or b.trigger.deal_type is not T.INVESTMENT or a.sentence == b.sentence:
        return False
    first, second = (a, b) if a.sentence[0] < b.sentence[0] else (b, a)
    if not 0 <= second.sentence[0] - first.sentence[1] <= 2 or _FR_SUM.search(first.text_window):
        return False  # (a sum in both: two priced stakes, two deals)
    targets = [{normalize(p.name) for p in c.parties if p.role is PartyRole.TARGET} for c in (a, b)]
    return bool(targets[0] & targets[1])


_FR_SUM = re.compile(r"\d[\d\s.,]*\s*(?:euros?|dollars?|francs|livres|millions?|milliards?|€|\$)")


# the sides a deal has one of: two different names on one of them are two deals
_ONE_SIDED = (PartyRole.SELLER, PartyRole.BUYER)


def fr_clause_other_side(a: Candidate, b: Candidate) -> bool:
    """fr: "Velkor a cédé Norvia à Dastrel, qui l'avait acquise auprès de Korlim": a deal told in a background clause of the
    sentence ("qui l'avait acquise") that names another seller (or buyer) than the sentence's own deal is the earlier deal
    of the clause, not a second seller of the news (a clause that only adds a side, "qui l'a acquise auprès de Korlim"
    after "Norvia a été rachetée par Velkor", tells the same deal)."""
    if a.sentence != b.sentence or a.trigger.start == b.trigger.start or not a.text_window:
        return False
    offset, text = a.sentence[0], a.text_window
    for inner, outer in ((a, b), (b, a)):
        clause = fr_background_clause(text, (0, len(text)), dataclasses.replace(inner.trigger, start=inner.trigger.start - offset, end=inner.trigger.end - offset))
        if clause is None or clause[0] <= outer.trigger.start - offset < clause[1]:
            continue
        for role in _ONE_SIDED:
            sides = [{normalize(p.name) for p in c.parties if p.role is role} for c in (inner, outer)]
            if sides[0] and sides[1] and not sides[0] & sides[1]:
                return True
    return False


def fr_apart(kept: Candidate, cand: Candidate) -> bool:
    """fr: two tellings that are two deals though they share parties: a background clause with its own target or its own
    seller, a seller's own earlier purchase, an earlier deal dated in the pluperfect. Public: ``deals._merge`` asks it
    before joining two tellings."""
    return fr_deals_apart(kept, cand) or fr_roles_clash(kept, cand) or fr_told_earlier(kept, cand) or fr_clause_other_side(kept, cand)


# the modal or auxiliary that leads a deal verb, a few words before it ("devrait racheter", "va s'allier", "a
# finalement racheté", "veut désormais prendre le contrôle")
_FR_LEAD = re.compile(
    r"\b(?:va|vont|veut|veulent|doit|doivent|devrait|devraient|pourrait|pourraient|peut|peuvent|compte|comptent|"
    r"envisage|envisagent|souhaite|souhaitent|entend|entendent|a|ont|avait|avaient|aurait|auraient|est|sont|était|étaient)\b"
)
_FR_LEAD_GAP = re.compile(r"\s+(?:(?:ne|n['’]|pas|plus|déjà|bientôt|finalement|désormais|également|aussi|enfin|donc)\s+)*(?:s['’]|se\s+)?")


def _fr_lead_start(text: str, floor: int, at: int) -> int:
    """Where a trigger's part of its sentence opens: at the modal or auxiliary right before it, else at the trigger."""
    last = None
    for last in _FR_LEAD.finditer(text, max(floor, at - 40), at):
        pass
    if last is not None and _FR_LEAD_GAP.fullmatch(text, last.end(), at):
        return last.start()
    return at


def fr_mark_clauses(text: str, merged: list[Candidate]) -> None:
    """fr: mark the deals told in passing inside another sentence ("Velkor, qui avait racheté Norvia en 2015, va
    acquérir Dastrel") with their clause, and the sentence's other deals with the clauses that are not theirs.
    Public: ``deals.extract`` runs it on the merged deals, before their records read sums and statuses."""
    for cand in merged:
        cand.clause = fr_background_clause(text, cand.sentence, cand.trigger)
        cand.shared = any(c is not cand and c.sentence == cand.sentence for c in merged)
    for cand in merged:
        cand.foreign += tuple(
            c.clause for c in merged
            if c is not cand and c.clause is not None and c.sentence == cand.sentence and c.clause != cand.clause
            and not c.clause[0] <= cand.trigger.start < c.clause[1]
        )
    # "Velkor a investi 20 millions dans Norvia et racheté Dastrel": each deal of a sentence owns the words from its
    # trigger to the next deal's, the first one from the sentence's start
    for sentence in {c.sentence for c in merged}:
        starts = sorted({c.trigger.start for c in merged if c.sentence == sentence})
        if len(starts) < 2:
            continue
        # a trigger's part opens at the modal or auxiliary that leads it ("devrait racheter", "a racheté")
        bounds = [sentence[0], *(_fr_lead_start(text, sentence[0], at) for at in starts[1:]), sentence[1]]
        parts = {at: (bounds[k], bounds[k + 1]) for k, at in enumerate(starts)}
        for cand in merged:
            if cand.sentence == sentence:
                cand.foreign += tuple(part for at, part in parts.items() if at != cand.trigger.start)


# fr: a clause that tells a deal as done: a past tense, a past year, "depuis", "né de"
_FR_PAST_CLAUSE = re.compile(
    r"\b(?:a|ont|avait|avaient|avoir|été)\s+(?:\S+\s+)?(?:rachet|acqu|achet|repris|absorb|cédé|vendu|fusionn|pris)"
    r"|\ben (?:19|20)\d\d\b|\b(?:l['’]an dernier|l['’]année dernière|depuis|née?s?)\b"
)


def _fr_own_amount(cand: Candidate, cache: dict[str, Any], published: datetime | None) -> Money | None:
    """fr: the first sum of money in the candidate's own part of its sentence, or None."""
    s_start, s_end = cand.clause or cand.sentence
    for mention in cache.get("money:article", []):
        if s_start <= mention.start < s_end and mention.currency is not None and mention.disclosed and not mention.per_unit and not any(
            start <= mention.start < end for start, end in cand.foreign
        ):
            return money.to_money_or_none(mention, on=published.date() if published is not None else None)
    return None


def _fr_own_sum(cand: Candidate, evidence: Any) -> bool:
    """fr: is the sum in the candidate's own part of its sentence: inside its clause when it is told in passing,
    outside the other deals' clauses otherwise?"""
    if evidence is None:
        return True
    at = evidence.start
    if cand.clause is not None:
        return cand.clause[0] <= at < cand.clause[1]
    return not any(start <= at < end for start, end in cand.foreign)


# the time phrases that tell a deal beside the sentence's own act ("après le rachat de", "depuis son rachat par",
# "après avoir racheté"), and the verbs of paying that make the main clause's sum the deal's price after all
_FR_TIME_OPENER = re.compile(r"(?i:après|depuis|avant|suite à)\b")
_FR_PAID = re.compile(r"\b(?:pay|paie|déboursé|débourse|versé|verse|dépensé|mis sur la table|coûté|coûte)\w*\s+(?:\S+\s+){0,3}?$")
# "Après le rachat de Norvia, annoncé mardi pour 2 milliards, ...": a participle after the clause still tells the deal
_FR_DEAL_PARTICIPLE = re.compile(r",\s+[a-zà-ÿ]+(?:é|ée|és|ées|u|ue|us|ues|is|ise|it|ite)\b")
_FR_REPAID = re.compile(r"\brembours\w*\s+(?:\S+\s+){0,3}?$")


def fr_deal_amount(text: str, cand: Candidate, amount: Money | None, cache: dict[str, Any], published: datetime | None) -> Money | None:
    """fr: the sum the figures layer read for the deal, kept only when it is this deal's: no debt repaid, the deal's own
    part of a sentence that tells several, no later sentence's sum for an earlier deal. Public: ``deals._record`` calls it."""
    if amount is not None and FR_RECENT_OWNER.match(text, cand.trigger.start):
        return None  # "la lettre de Norvia, récent acquéreur de Velkor, évoquait 8 millions": the apposition names no price
    if cand.trigger.deal_type is not T.OTHER and amount is not None and amount.evidence is not None and _FR_REPAID.search(
        text, max(0, amount.evidence.start - 40), amount.evidence.start
    ):
        amount = None  # "céder des actifs pour rembourser les 85 milliards": a debt repaid is no sale's price (a loan's, though)
    if (cand.clause is not None and cand.shared or cand.foreign) and amount is not None and not _fr_own_sum(cand, amount.evidence):
        # "Velkor, qui avait racheté Norvia pour 300 millions, va acquérir Dastrel": each deal's sum is in its own clause
        # (a sentence telling one deal keeps its sum wherever it stands: "Norvia, que Velkor rachète, est valorisée à 2 milliards")
        amount = _fr_own_amount(cand, cache, published)
    elif (
        cand.clause is not None and amount is not None and amount.evidence is not None
        and cand.sentence[0] <= amount.evidence.start < cand.sentence[1] and not _fr_own_sum(cand, amount.evidence)
        and _FR_TIME_OPENER.match(text, cand.clause[0]) and not _FR_PAID.search(text, max(cand.sentence[0], amount.evidence.start - 40), amount.evidence.start)
        and not _FR_DEAL_PARTICIPLE.match(text, cand.clause[1])
    ):
        # "Après le rachat de Norvia, Velkor a vendu des actions pour 2 milliards": the main clause's sum is another
        # act's, the deal named in a time phrase has its sum inside it (or none); a sum paid is the deal's price
        amount = _fr_own_amount(cand, cache, published)
    elif (
        amount is not None and amount.evidence is not None
        and not cand.sentence[0] <= amount.evidence.start < cand.sentence[1] and fr_pluperfect(cand)
    ):
        amount = None  # "Velkor avait racheté Norvia en 2015.": an earlier deal takes no later sentence's sum
    if (amount is None or amount.value is None and amount.lower is None and amount.upper is None) and not fr_pluperfect(cand):
        amount = _fr_sum_told_before(text, cand, cache, published) or amount
    return amount


# fr: "Le rachat, d'un montant de 420 millions d'euros, permettra ... Velkor a racheté Norvia.", "Une opération à 300
# millions d'euros. Velkor rachète Norvia.": a sentence opening with the deal noun and its sum, before the deal is told
_FR_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
_FR_DEAL_NOUN_SUM = re.compile(
    r"(?m:^|[.!?»]\s+)(?:Le|La|L['’]|Cette|Cet|Ce|Une?)\s*(?:rachat|acquisition|opération|transaction|reprise|deal)\s*,?\s*"
    r"(?:d['’]un montant (?:total )?de|d['’]une valeur de|estimée? à|évaluée? à|chiffrée? à|à)\s+(?:(?:près de|plus de|environ|quelque)\s+)?$"
)


def _fr_sum_told_before(text: str, cand: Candidate, cache: dict[str, Any], published: datetime | None) -> Money | None:
    """fr: the sum a deal noun opening one of the two sentences before gives the deal the candidate tells, or None."""
    s_start = cand.sentence[0]
    window = max(0, s_start - 300)
    stops = [m.end() for m in _FR_SENTENCE_STOP.finditer(text, window, s_start)]
    if len(stops) > 2:
        window = stops[-3]  # two sentences back at most
    for mention in cache.get("money:article", []):
        if not window <= mention.start < s_start or mention.currency is None or not mention.disclosed or mention.per_unit:
            continue
        if _FR_DEAL_NOUN_SUM.search(text, max(0, mention.start - 60), mention.start):
            return money.to_money_or_none(mention, on=published.date() if published is not None else None)
    return None


_FR_PURPOSE = re.compile(r"\b(?:pour|afin de|en vue de|visant à|prêts? à|candidate?s? (?:à|au|pour))\s+(?:\w+\s+)?$")
# "le projet de fusion de Velkor et Norvia": a deal named as a project is still to come
_FR_PROJECT = re.compile(r"\bprojets?\s+(?:\w+\s+)?(?:de\s+|d['’])$", re.IGNORECASE)


def fr_status_without_cue(text: str, cand: Candidate) -> DealStatus:
    """fr: the status of a deal whose sentence has no status cue, from the words around its trigger (UNKNOWN when they
    say nothing: ``status_for_type`` fills it in). Public: ``deals._record`` calls it."""
    status_value = DealStatus.UNKNOWN
    if cand.clause is not None and _FR_PAST_CLAUSE.search(text, *cand.clause):
        status_value = DealStatus.COMPLETED  # "qui avait racheté Norvia en 2015", "depuis le rachat de Norvia": done
    if _FR_PURPOSE.search(text, max(cand.sentence[0], cand.trigger.start - 30), cand.trigger.start):
        status_value = DealStatus.EXPECTED  # "négocie avec X pour racheter Y": the purchase is still to come
    if _FR_PROJECT.search(text, max(cand.sentence[0], cand.trigger.start - 30), cand.trigger.start):
        status_value = DealStatus.EXPECTED  # "le projet de rachat de Norvia": not made yet
    if cand.trigger.voice == "passive" and _FR_BID_RECEIVED.match(text, cand.trigger.start):
        status_value = DealStatus.ANNOUNCED  # "Norvia a reçu une offre de Velkor": a bid made, no deal struck yet
    if status_value is DealStatus.UNKNOWN and cand.trigger.voice in ("buy", "passive") and _FR_BID_WORD.search(text, cand.trigger.start, cand.trigger.end):
        status_value = DealStatus.ANNOUNCED  # "Velkor maintient son offre sur Norvia": a bid stands, nothing bought yet
    if text.startswith("prépar", cand.trigger.start):
        status_value = DealStatus.EXPECTED  # "Velkor prépare une offre sur Norvia": the bid itself is still to come
    return status_value


_FR_BID_WORD = re.compile(r"\b(?:offres?|contre-offres?|OPA|contre-OPA)\b")
_FR_BID_RECEIVED = re.compile(r"(?:reçu|reçoit|reçoivent|recevait|recevaient|recevra|recevront)\s")


# "Velkor, partenaire de Norvia, a signé ...": an apposition that names a partner tells a partnership of its own
_FR_PARTNER_APPOSITION = re.compile(
    r",\s+(?:(?:le|son|leur)\s+)?(?:partenaire|alliée?)s?\s+(?:historique\s+)?(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)"
)


def fr_partner_apposition(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "Velkor, partenaire de Norvia, a signé un contrat avec Dastrel": the apposition's partnership is Velkor's and
    Norvia's alone, and Norvia, named inside it, takes no part in the main verb's deal (the name before the comma
    does). Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    if not cand.text_window:
        return
    s0 = cand.sentence[0]
    for found in _FR_PARTNER_APPOSITION.finditer(cand.text_window):
        start = s0 + found.start()
        stop = re.search(r"[,;()]", cand.text_window[found.end() :])
        end = s0 + found.end() + (stop.start() if stop else len(cand.text_window) - found.end())
        head = next((n for n in names if n.end <= start and not text[n.end : start].strip()), None)
        # the partner is the name right after "partenaire de" (not one further in the apposition)
        partner = next((n for n in names if s0 + found.end() <= n.start < end), None)
        if head is None or partner is None or text[s0 + found.end() : partner.start].strip():
            continue
        named = {p.start for p in cand.parties}
        if start <= cand.trigger.start < end:
            if cand.trigger.voice == "partner" and partner.start in named:
                cand.parties = [role_of(head, PartyRole.PARTNER, text), role_of(partner, PartyRole.PARTNER, text)]
                cand.actors = []
                # (a contract the main verb signs does not make the apposition's partnership a contract)
                cand.trigger = dataclasses.replace(cand.trigger, deal_type=DealType.PARTNERSHIP)
            continue
        # the main verb's deal: the apposition's partner stood for the head the verb belongs to
        if partner.start not in named:
            continue
        role = next(p.role for p in cand.parties if p.start == partner.start)
        cand.parties = [p for p in cand.parties if p.start != partner.start]
        if head.start not in named:
            cand.parties.append(role_of(head, role, text))
        cand.actors = [p for p in cand.actors if p.start != partner.start]
