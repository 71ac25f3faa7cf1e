"""From a RawItem to the deals it reports, each field backed by a text span.

How it reads an article, in its own language (en, fr, de), without a model:

1. Trigger phrases (``triggers``: "agreed to acquire", "a racheté", "übernimmt", "contrat",
   "joint venture") say that a deal is reported and of which type. Articles
   about prices, results, budgets or fines carry none of them with a named
   party around, so they yield nothing: detection precision comes from
   requiring both a trigger and a party.
2. Roles come from the trigger's sentence (``roles``): who stands before the verb (the
   sentence's speaker in "X said it ..."), what follows it, and the
   prepositions around ("from X" sells, "to X" buys after "sell", "by X"
   buys after a passive, "par"/"durch"/"an"/"à" likewise); in German also
   from the sentence before or after (``followups``). Before that, the names
   found are cleaned and the company the article is about is picked
   (``article_names``), the stand-in for "it", "le groupe" or "das Geldhaus".
3. Amount, quantity and unit price come from the numbers/money layer: the
   trigger sentence's first total, or the next sentence's when the trigger
   sentence only prices one unit ("30 000 dollars chacune").
4. Status comes from the nearest, most specific cue (``status``), then one
   status per deal type (``status_for_type``); in French and German from the
   cues of the deal's own clause and the sentence's attributions
   (``status_scope``); the deal's country from the target's or the
   sentence's place names (``country``).
5. A deal told in passing inside another's sentence ("X, qui avait racheté Y
   en 2015, va ...", "die von X übernommene Y") keeps its own words, sum and
   status: the per-language hooks in ``fr_background`` and ``de_background``.

``deal_id`` (``deal_id_for``) hashes the deal's kind, its principal sides and
the calendar quarter of publication, so the same deal reported by two articles,
in French, German or English, within a quarter gets one id:
- the principal sides only: the target and whoever buys or invests in it, else
  supplier and customer, else the partners; a seller, adviser or co-party that
  one article names and another leaves out does not change the id. Two or more
  principal names count as a set (one article's buyer read as another's target
  still agrees); a lone one keeps its side ("X buys" is not "X is bought").
- each party by ``kinds.deal_key``: the normalised name, a government by its
  ISO code ("Allemagne", "Germany", "l'État" of a German deal), a person named
  by surname alone by the full name the article gives.
- a sale, a purchase and a merger of one into the other are one transfer
  (told from either side); a stake stays apart from a takeover.
A quarter rather than a month keeps follow-up reports together; a rumour and a
closing a year apart are distinct. The boundary is hard: a deal reported on
31 March and again on 1 April gets two ids. A deal read twice in one article
is one record (``_merge``; in English ``_en_same_deal``: the same principal
sides, kinds of one id, no two sellers, sums or stake sizes, no stake bought
now and a takeover to come); one that still is read twice keeps one mention per
record: the second record's id is the first's with its ordinal
(``_distinct_mentions``), else downstream would keep only one of them.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import re
from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pipeline.extract import money
from pipeline.extract.article_names import (
    GOVERNMENT_NP,
    NEWS_SOURCE_BEFORE,
    UNIT_AFTER_NUMBER,
    VERB_WITH_PRONOUN,
    YEAR_BEFORE,
    article_company,
    de_antecedent,
    de_most_mentioned,
    de_previous_subject,
    fr_acronyms,
    fr_actor,
    fr_org_nouns,
    fr_pronoun_lead,
    inverted_speaker,
    issuer,
    most_mentioned,
    news_source,
    outside_triggers,
    with_governments,
    with_groups,
    without_aliases,
    without_nationality,
)
from pipeline.extract.candidates import Candidate, Role, dedupe, trigger_text
from pipeline.extract.coref import fill_from_references, fill_from_we, speaking_company
from pipeline.extract.country import deal_country
from pipeline.extract.de_background import de_background_checked, de_with_attributive
from pipeline.extract.figures import deal_figures
from pipeline.extract.fr_background import (
    fr_apart,
    fr_co_investors,
    fr_deal_amount,
    fr_mark_clauses,
    fr_partner_apposition,
    fr_pluperfect,
    fr_round_and_stake,
    fr_status_without_cue,
)
from pipeline.extract.followups import (
    en_backers_named_next,
    DE_ATTRIBUTIVE_DEAL,
    DE_DEAL_NOUN_ANYWHERE,
    DE_INTEREST,
    DE_PREP_RELATIVE,
    de_attributive_deals,
    de_backers_named_next,
    fr_backers_named_next,
    de_buyer_for_last_sale,
    de_buyer_named_next,
    de_indefinite_told_again,
    de_lender_repaid_before,
    de_noun_counterpart_next,
    de_new_shares_taken,
    de_noun_follow_ups,
    de_offer_accepted,
    de_made_shareholders,
    de_owner_named,
    de_relative_asides,
    de_relative_deals,
    de_seller_named_next,
    de_shares_of_before,
    de_stake_relatives,
    de_status_told_next,
    de_suitors,
    de_supply_relatives,
    de_supplier_before,
    de_contract_half_nearby,
    de_talks_held_by,
    de_talks_with_next,
    de_target_named_next,
    de_tendered_before,
    de_won_sale,
)
from pipeline.extract.geo import country_of, find_countries
from pipeline.extract.kinds import deal_key, normalize
from pipeline.extract.names import NOT_A_PARTY, REGULATOR, NameSpan, find_names, is_place, mentions, namelike
from pipeline.extract.roles import assign_roles
from pipeline.extract.roles.de.assets import de_asset_target, de_site_target, de_unit_passed
from pipeline.extract.roles.de.bystanders import de_act_noun, de_home_towns, de_no_side, de_person
from pipeline.extract.roles.de.gates import (
    de_aid_to,
    de_infinitive_buy,
    de_indefinite_only,
    de_infinitive_sale,
    de_partners_elsewhere,
    de_persons_only,
    de_planned_purchase,
    de_sells_own_asset,
)
from pipeline.extract.roles.de.lists import de_one_per_target
from pipeline.extract.roles.de.recasts import de_award_of_company, de_country_customer, de_site_invested, de_supplier_compound
from pipeline.extract.roles.fr.bystanders import fr_home_towns, fr_no_side
from pipeline.extract.roles.fr.gates import (
    fr_aid_for,
    fr_aid_received,
    fr_alliance_of_no_companies,
    fr_buys_things,
    fr_counted_reservation,
    fr_lone_partner,
    fr_one_item_bought,
    fr_own_site_placed,
    fr_public_spending,
    fr_sells_own_asset,
)
from pipeline.extract.roles.fr.lists import fr_one_per_party
from pipeline.extract.roles.fr.sales import fr_buyer_in_talks
from pipeline.extract.roles.fr.recasts import (
    fr_aside_names_apart,
    fr_brands_in_brackets,
    fr_country_of_leader,
    fr_asset_owner_sells,
    fr_goods_bought,
    fr_order_placed_by,
    fr_raised_from_the_state,
    fr_second_object_apart,
)
from pipeline.extract.sentences import fr_headings_apart, split_sentences
from pipeline.extract.status import StatusMention, best_status, find_status, find_statuses, status_for_type
from pipeline.extract.status_scope import scoped_status
from pipeline.extract.targets import describe_targets
from pipeline.extract.triggers import TRIGGER_LANGS, Trigger, find_triggers
from pipeline.models import (
    DealRecord,
    DealStatus,
    DealType,
    PartyKind,
    PartyRole,
    RawItem,
    mention_id_for,
)

# Bumped whenever the records for the same article change, so readers of the curated bucket can tell extractions
# apart; ``store.curated.latest`` orders it as a string, so every part stays one digit (0.2.0 ... 0.9.9, then 1.0.0)
EXTRACTOR_VERSION = "deals-0.7.0"

__all__ = ["EXTRACTOR_VERSION", "deal_id_for", "extract"]

_MAX_DEALS = 5
# fr: roundups list one order per maker ("40 avions à Velkor, 20 à Norvia, 10 à Dastrel, 8 à Quarvel et 6 à Brelmont");
# de: market roundups tell a deal per company ("Velkor kauft Norvia ... Dastrel verkauft Tessmar ...")
_FR_DE_MAX_DEALS = 9
T = DealType

_MONEY_WORD = re.compile(r"\d[\d\s.,]*\s*(?:euros?|dollars?|Euro|Dollar|Franken|francs|millions?|milliards?|Millionen|Milliarden|Mio\.|Mrd\.|€|\$)")


# --- assembling records -----------------------------------------------------------------------


def _period(published: datetime | None) -> str:
    if published is None:
        return "undated"
    return f"{published.year}-Q{(published.month - 1) // 3 + 1}"


# a sale told by the seller, the purchase told by the buyer and "X merges Y into itself" are one transfer; an
# investment (a stake) is not: a stake and a later takeover by the same buyer are two deals
_ID_TYPE = {T.DIVESTITURE: T.ACQUISITION, T.MERGER: T.ACQUISITION}


def _id_type(deal_type: DealType) -> DealType:
    """The kind a deal id (and the English twin check) takes a deal by."""
    return _ID_TYPE.get(deal_type, deal_type)

# the sides that make a deal what it is, by kind of deal; the first that names anyone wins
_PRINCIPAL_SIDES: tuple[dict[PartyRole, str], ...] = (
    {PartyRole.TARGET: "target", PartyRole.BUYER: "acquirer", PartyRole.INVESTOR: "acquirer"},
    {PartyRole.SUPPLIER: "supplier", PartyRole.CUSTOMER: "customer"},
    {PartyRole.PARTNER: "partner"},
)


def _principal(sides: list[tuple[PartyRole, str]]) -> list[str]:
    """The deal's principal parties: two or more as a plain set (roles read differently by two articles agree),
    a lone one with its side; without any, every party with its role (a seller alone is still someone)."""
    for roles in _PRINCIPAL_SIDES:
        named = {(roles[role], key) for role, key in sides if role in roles}
        keys = {key for _, key in named}
        if len(keys) > 1:
            return sorted(keys)
        if keys:
            return sorted(f"{side}:{key}" for side, key in named)
    return sorted({f"{role.value}:{key}" for role, key in sides})


def deal_id_for(deal_type: DealType, sides: list[tuple[PartyRole, str]], published: datetime | None) -> str:
    """Stable id of a deal: its kind, its principal sides ((role, ``kinds.deal_key``) pairs; others are ignored)
    and its publication quarter. Pure: the same inputs give the same id in any article or language."""
    key = "|".join([_id_type(deal_type).value, *_principal(sides), _period(published)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _distinct_mentions(records: list[DealRecord]) -> list[DealRecord]:
    """One mention per record: a deal the extractor read twice in one article would give two records one
    ``mention_id`` and downstream keeps one per mention, so a later one takes the deal's id with its ordinal."""
    seen: dict[str, int] = {}
    distinct = []
    for record in records:
        told = seen.get(record.deal_id, 0)
        seen[record.deal_id] = told + 1
        if told:
            deal_id = hashlib.sha256(f"{record.deal_id}:{told + 1}".encode()).hexdigest()[:32]
            record = record.model_copy(update={"deal_id": deal_id, "mention_id": mention_id_for(deal_id, record.source.item_id)})
        distinct.append(record)
    return distinct


def _status(text: str, lang: str, cand: Candidate) -> StatusMention | None:
    if cand.clause is not None:
        # fr: a deal told in passing takes its status from its own clause only
        return find_status(text, lang, *cand.clause, near=cand.trigger.start)
    s_start, s_end = cand.sentence
    cues = find_statuses(text, lang, s_start, s_end)
    if lang in ("fr", "de"):
        # fr/de: a tense or modal governs its own clause's deal; another clause's cue only when the deal's says nothing
        found = scoped_status(text, lang, cues, cand.sentence, cand.trigger.start)
    else:
        found = best_status(cues, cand.trigger.start)
    if found is not None and cand.foreign and any(start <= found.start and found.end <= end for start, end in cand.foreign):
        # fr: "Velkor rachète Norvia, qui avait tenté en vain de racheter Dastrel": another deal's cue is not this one's
        own = [m for m in cues if not any(start <= m.start and m.end <= end for start, end in cand.foreign)]
        found = best_status(own, cand.trigger.start)
    if found is None and lang != "en" and s_start > 0 and not (lang == "fr" and fr_pluperfect(cand)):
        # "Selon le Handelsblatt, ... . Le groupe rachète": an attribution may sit one sentence earlier; other
        # cues there belong to what that sentence tells ("Velkor serait intéressé par X. Velkor a vendu ...")
        earlier = find_statuses(text, lang, max(0, s_start - 200), s_start)
        found = best_status([m for m in earlier if m.status is DealStatus.RUMORED], s_start)
    if lang == "de":
        found = de_status_told_next(text, cand, found)  # "Velkor übernimmt Norvia. Der Deal ist geplatzt."
        if cand.tellings and (found is None or found.status is not DealStatus.CANCELLED):
            # "Der Kauf von Norvia ist endgültig vom Tisch. ... hatte Norvia für 2 Milliarden kaufen wollen": a telling of
            # the same deal that calls it off outranks the one that gave the price
            given_up = [m for start, end, at in cand.tellings if (m := find_status(text, lang, start, end, near=at)) is not None and m.status is DealStatus.CANCELLED]
            found = given_up[0] if given_up else found
        found = _de_done_next(text, cand, found)
    return found


def _de_done_next(text: str, cand: Candidate, found: StatusMention | None) -> StatusMention | None:
    """de: "Velkor verkauft Norvia-Paket" (headline) then "Velkor hat sich von Norvia getrennt.": the present tense only
    announces, the telling of the same deal in the very next sentence, in the perfect, says it is done."""
    if found is None or found.status is not DealStatus.ANNOUNCED:
        return found
    s_end = cand.sentence[1]
    for start, end, at in cand.tellings + cand.retold:
        if start >= s_end and not text[s_end:start].strip():
            told = find_status(text, "de", start, end, near=at)
            if told is not None and told.status is DealStatus.COMPLETED:
                return told
    return found


_BARE_DEAL_NOUN = re.compile(r"(?:tender )?offer|bid|talks|discussions|negotiations|bought", re.I)


def _states(status: StatusMention, lang: str) -> bool:
    """Is the cue a phrase that says where the deal stands? A bare "offer", "bid" or "talks" names
    the deal itself (the status still counts, as announced or rumoured), and answer keys quote the
    formal "acquired"/"purchased" rather than the informal "bought"."""
    return lang != "en" or not _BARE_DEAL_NOUN.fullmatch(" ".join(status.text.split()))


_STATE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.")
_STATE_NAME = re.compile(r"(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.)+[A-Z]?)\.?")


def extract(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
    """Every deal the article reports, main deal first, each field with its evidence."""
    text = item.text
    if not text.strip():
        return []
    lang = item.lang if item.lang in TRIGGER_LANGS else "en"
    triggers = find_triggers(text, lang)
    if not triggers and not (lang == "de" and (DE_DEAL_NOUN_ANYWHERE.search(text) or DE_ATTRIBUTIVE_DEAL.search(text) or DE_PREP_RELATIVE.search(text))):
        return []
    sentences = split_sentences(text)
    if lang == "fr":
        sentences = fr_headings_apart(text, sentences)
    if lang == "de":
        triggers = _de_built_for_one(triggers, sentences, len(text))
    wanted = sorted({sentences[0], *(_sentence_of(sentences, t.start, len(text)) for t in triggers)}) if sentences else [(0, len(text))]
    names = [n for a, b in wanted for n in find_names(text, lang, a, b)]
    if lang in GOVERNMENT_NP:
        names = with_governments(text, lang, wanted, names)
        names = [
            n for n in names
            if not NOT_A_PARTY.match(n.text)
            and not (
                UNIT_AFTER_NUMBER.search(text, max(0, n.start - 4), n.start + 1)
                # (a name the article uses elsewhere too: "seit 2003 Notenbankchef" is a noun after a year)
                and not (YEAR_BEFORE.search(text, max(0, n.start - 6), n.start) and mentions(text, n.text) >= 2)
            )
        ]
        names = [issuer(n) for n in names if not VERB_WITH_PRONOUN.search(n.text)]
    if lang in NEWS_SOURCE_BEFORE:
        names = [n for n in names if not news_source(text, n, lang) and not inverted_speaker(text, n, lang)]
    if lang == "fr":
        names = outside_triggers(text, lang, [without_nationality(n) for n in names], triggers)
        names = fr_acronyms(text, names)  # "le Comité olympique de Norland (CON)": one party
        names = fr_home_towns(text, names)  # "le constructeur d'Ingolstadt": the town is no party
    if lang == "en":
        # "Bozeman, Mont., saddle maker X": the town and its state are places
        names = [
            n for n in names
            if n.suffixed or not (_STATE_AFTER.match(text, n.end) or _STATE_NAME.fullmatch(n.text) and text[max(0, n.start - 2) : n.start] == ", ")
        ]
    if lang == "de":
        names = without_aliases(text, with_groups(text, wanted, names))
        names = de_home_towns(text, names)  # "Die Velkor AG aus Hamburg": the town is no party
    lead = next((n for n in names if not n.possessive and not is_place(n) and not REGULATOR.match(n.text)), None)
    if lang == "de":
        lead = de_most_mentioned(text, [n for n in names if not de_person(text, n)]) or lead
    elif lang != "en":
        lead = most_mentioned(text, names) or lead
    # de: who a later "das Geldhaus" or "sie" is, read from the whole article
    context = [issuer(n) for n in with_governments(text, lang, [(0, len(text))], find_names(text, lang))] if lang == "de" else []
    company = article_company(text, lang, names, item.title) if lang == "fr" else None
    attributive = de_attributive_deals(text, sentences, context) if lang == "de" else []
    if attributive:
        # "Velkor verkauft die von Dastrel übernommene Norvia": the participle's agent takes no part in the verb's deal
        agents = {c.parties[0].start for c in attributive}
        names = [n for n in names if n.start not in agents]
    relative = de_relative_deals(text, sentences, context) + de_stake_relatives(text, context) + de_supply_relatives(text, context) if lang == "de" else []
    clauses = [span for _, span in relative]
    # "Velkor, das 2012 Norvia gekauft hatte (gegründet hatte), übernimmt Dastrel": the clause's names take no part in
    # the main verb's deal (a clause holding a trigger of its own that is not read apart keeps them, and so does one
    # after the verb: "übernimmt Norvia, die bislang zu Dastrel gehörte" names the seller)
    asides = clauses + [
        (start, end) for start, end in (de_relative_asides(text, context) if lang == "de" else [])
        if not any(_sentence_of(sentences, start, len(text))[0] <= t.start < end for t in triggers)
    ]
    if asides:
        names = [n for n in names if not any(start <= n.start < end for start, end in asides)]
    if lang == "fr":
        generic = fr_org_nouns(text, wanted, names, company or lead, item.title)
        if generic:
            names = sorted(names + [g for g in generic if not any(n.start < g.end and g.start < n.end for n in names)], key=lambda n: n.start)
    speaker = speaking_company(text, lang) if lang in ("fr", "de") else None
    candidates: list[Candidate] = []
    fallback: list[Candidate] = []  # a lone buyer or seller, reported when nothing better is
    carried: tuple[NameSpan, int] | None = None  # fr: the last deal sentence's acting party and that sentence's index
    for trigger in triggers:
        if clauses and any(start <= trigger.start < end for start, end in clauses):
            continue  # de: the relative clause's deal is read apart (de_relative_deals)
        sentence = _sentence_of(sentences, trigger.start, len(text))
        cand = Candidate(trigger, sentence, text_window=text[sentence[0] : sentence[1]] if lang != "en" else "")
        here = (de_previous_subject(text, context, sentences, sentence) or de_antecedent(text, context, sentences, sentence) or lead) if lang == "de" else lead
        if lang == "fr":
            here, carried = fr_pronoun_lead(text, sentences, sentence, trigger, carried, lead)
        assign_roles(text, names, cand, lang, here, company)
        if lang == "fr":
            fr_goods_bought(text, names, cand)
            fr_asset_owner_sells(text, cand, names)  # "rachète l'usine de Dastrel": Dastrel sells its site
            fr_brands_in_brackets(text, names, cand)  # "a cédé son pôle jeunesse (Velkor, Norvia)": the brands sold
            fr_country_of_leader(text, names, cand)
            fr_aside_names_apart(text, cand, triggers)
            fr_second_object_apart(text, names, cand, triggers)  # "des accords avec X et Y, ainsi qu'un partenariat avec Z"
            fr_buyer_in_talks(text, names, cand)  # "en négociations avec X pour la cession de Y": X buys
            fr_order_placed_by(text, names, cand)  # "une commande passée par X auprès de Y": X orders from Y
            fr_partner_apposition(text, names, cand)  # "Velkor, partenaire de Norvia, a signé ..."
            fr_raised_from_the_state(cand)
            carried = fr_actor(names, sentences, cand) or carried
        if lang == "de" and DE_INTEREST.fullmatch(trigger_text(cand)):
            candidates.extend(de_suitors(text, names, sentences, cand, candidates))  # one bid per suitor, none without a target
            continue
        if lang in ("fr", "de"):
            fill_from_references(text, lang, names, sentences, cand, item.title)  # "Le groupe a cédé Norvia": the description's company sells
        if lang == "de" and trigger.deal_type is T.SUPPLY_CONTRACT:
            de_country_customer(text, names, cand)  # "Polen bestellt 250 Panzer bei Velkor": the country orders
            de_supplier_compound(text, names, cand)  # "der Velkor-Zulieferer Norvia"
            de_award_of_company(text, cand)  # "Velkor erhielt den Zuschlag für Norvia": the company is sold to the bidder
        if lang == "de" and trigger.voice == "invest":
            de_site_invested(text, cand)  # "Velkor investiert 58 Mio. Euro in den Windpark": a site paid for
        if lang == "de" and trigger.deal_type is T.SUPPLY_CONTRACT and cand.parties:
            de_supplier_before(text, sentences, context, cand)
            de_tendered_before(text, sentences, context, cand)
            de_contract_half_nearby(text, sentences, context, cand)  # "Norvia hat 40 Züge bestellt. Velkor liefert sie."
        if lang == "de" and trigger.voice == "buy" and cand.parties:
            de_shares_of_before(text, sentences, context, cand)
        if lang == "de" and cand.parties:
            de_target_named_next(text, sentences, context, cand)
        if lang == "de" and candidates and cand.parties and de_buyer_for_last_sale(text, cand, candidates[-1]):
            continue  # "Velkor verkauft Tessmar. Käufer ist Norvia.": the buyer of the sale just reported
        if lang != "en" and cand.parties:
            cand = _without_bystanders(text, cand, lang)
            fill_from_we(text, lang, cand, speaker)  # "haben wir Norvia übernommen", said by Velkor's chief: Velkor buys
        if not _is_deal(cand, lang):
            if not fallback and _lone_party(cand, lang):
                fallback.append(cand)
            continue
        if lang == "de" and cand.trigger.deal_type is T.SUPPLY_CONTRACT:
            cand = de_won_sale(text, sentences, cand)
        if lang == "de":
            de_site_target(text, cand)  # "investiert 40 Mio. Euro in einen Solarpark": the site is the target
        if cand.actors:
            cand.parties = dedupe(cand.parties + cand.actors)
        candidates.extend(de_one_per_target(cand) if lang == "de" else fr_one_per_party(text, names, cand) if lang == "fr" else [cand])
    if lang == "en":
        en_backers_named_next(text, sentences, candidates)  # "... raised $12 million. The round was led by X."
    if lang == "de":
        candidates = de_noun_follow_ups(text, sentences, context, candidates)
        candidates = de_buyer_named_next(text, sentences, context, candidates)
        candidates = de_noun_counterpart_next(text, sentences, context, candidates)  # "Der Verkauf an X ...": the side the deal lacks
        de_seller_named_next(text, sentences, context, candidates)
        candidates = de_backers_named_next(text, sentences, context, candidates)  # "Angeführt wurde die Runde von X"
        de_talks_held_by(text, sentences, context, candidates)  # "Die Gespräche führen X und Y": the other side of the talks
        de_talks_with_next(text, sentences, context, candidates)  # "Verhandelt wird mit X": the side a sale or purchase lacks
        candidates = de_new_shares_taken(text, sentences, context, candidates)  # "X hat die neuen Aktien gezeichnet": X backs the increase
        candidates = de_offer_accepted(text, sentences, context, candidates)  # "Y will das Angebot von X annehmen": Y sells to X
        de_made_shareholders(text, context, candidates)  # "eine Kapitalerhöhung, die X zum Großaktionär machte": X backs it
        de_owner_named(text, context, candidates)  # "..., der Eigentümer von Norvia ist": the target's owner sells
        candidates = de_with_attributive(candidates + [c for c, _ in relative], attributive)
        de_lender_repaid_before(text, candidates)
    if lang == "fr":
        candidates = fr_backers_named_next(text, sentences, candidates)  # "L'opération a été menée par X et Y"
    merged = _merge(candidates or fallback, lang, text)
    if lang == "fr":
        merged = _co_investors_joined(merged)
        fr_mark_clauses(text, merged)
    if lang == "de":
        merged = de_indefinite_told_again(text, _merge_described(merged))
        for cand in merged:
            de_asset_target(text, cand, names)  # "Velkor verkauft ihren Betriebshof": the unit or site sold is the target
    if lang in ("fr", "de"):
        merged = [_backed_round_invests(cand) for cand in merged]
    extracted_at = extracted_at or datetime.now(timezone.utc)
    cache: dict[str, Any] = {}
    records: list[DealRecord] = []
    limit = _FR_DE_MAX_DEALS if lang in ("fr", "de") else _MAX_DEALS
    slots = [(rank, cand) for rank, cand in enumerate(merged[:limit])]
    if any(cand.absorbed for cand in merged):
        # en: a telling merged into another still holds the place (and rank) its own record had, so the cap lets no
        # further deal in and the other records stay as they were
        kept_ids = {id(cand) for cand in merged}
        told = {id(t) for cand in merged for t in cand.absorbed}
        told_in_order = [c for c in candidates or fallback if id(c) in kept_ids or id(c) in told][:limit]
        slots = [(rank, c) for rank, c in enumerate(told_in_order) if id(c) in kept_ids]
    for rank, cand in slots:
        record = _record(item, lang, cand, sentences, extracted_at, cache, rank)
        if record is not None and lang == "de":
            record = de_background_checked(text, cand, record, merged, attributive, relative)
        if record is not None:
            records.append(record)
    return _distinct_mentions(records)


def _de_built_for_one(triggers: list[Trigger], sentences: list[tuple[int, int]], length: int) -> list[Trigger]:
    """de: "Velkor soll für Norvia ein Werk bauen": the site built for a named customer is read at "für"; the bare
    building of the same sentence ("ein Werk ... bauen") is that contract, not a site of the builder's own."""
    for_whom = {_sentence_of(sentences, t.start, length) for t in triggers if t.deal_type is T.INFRASTRUCTURE and t.voice == "supply"}
    if not for_whom:
        return triggers
    return [t for t in triggers if not (t.voice == "build" and _sentence_of(sentences, t.start, length) in for_whom)]


def _backed_round_invests(cand: Candidate) -> Candidate:
    """fr/de: a funding round that names who puts the money in is labelled an investment by those backers ("Velkor et
    Norvia ont investi 20 millions dans Dastrel", "eine Kapitalerhöhung, die X zum Großaktionär machte"); a round is a
    funding round only while the raiser stands alone."""
    if cand.trigger.deal_type is not T.FUNDING_ROUND or not any(p.role is PartyRole.INVESTOR for p in cand.parties):
        return cand
    return dataclasses.replace(cand, trigger=dataclasses.replace(cand.trigger, deal_type=T.INVESTMENT))


def _sentence_of(sentences: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    starts = _sentence_starts(sentences) if len(sentences) >= 64 else None
    if starts is None:
        return next((s for s in sentences if s[0] <= position < s[1]), (0, length))
    # asked per trigger and per clause of a long article: the one sentence that can hold the position, by bisection
    i = bisect.bisect_right(starts, position) - 1
    return sentences[i] if i >= 0 and position < sentences[i][1] else (0, length)


_last_sentences: tuple[list[tuple[int, int]], int, list[int] | None] | None = None


def _sentence_starts(sentences: list[tuple[int, int]]) -> list[int] | None:
    """The sentences' starts, when they are in order and apart (as split_sentences gives them; then one at most holds
    a position, the last to start at or before it), else None; kept for the article's list, which every trigger asks."""
    global _last_sentences
    last = _last_sentences
    if last is None or last[0] is not sentences or last[1] != len(sentences):
        ordered = all(a[0] <= a[1] <= b[0] for a, b in zip(sentences, sentences[1:]))
        last = (sentences, len(sentences), [s[0] for s in sentences] if ordered else None)
        _last_sentences = last
    return last[2]


def _states_a_sum(cand: Candidate, lang: str) -> bool:
    """fr/de: the trigger sentence states a sum of money as the money layer reads it ("330 Millionen Einwohner"
    and "2 millions d'habitants" are none)."""
    return bool(cand.text_window) and any(
        m.currency is not None and m.disclosed and not m.per_unit for m in money.find_money(cand.text_window, lang)
    )


_DE_SITE_IN = re.compile(r"\b(?:in|im|nach)\s+(?:der\s+|dem\s+|den\s+|die\s+)?$")


def _de_site_country(cand: Candidate) -> bool:
    """de: the trigger's sentence names a country after a locative preposition ("ein Werk in Polen"), where the site stands."""
    window = cand.text_window
    return any(not m.adjective and _DE_SITE_IN.search(window, max(0, m.start - 12), m.start) for m in find_countries(window))


def _is_deal(cand: Candidate, lang: str) -> bool:
    """A trigger counts when it names who deals with whom (or who raises money)."""
    roles = {p.role for p in cand.parties}
    if not cand.parties:
        return False
    if cand.trigger.voice == "fund":
        return PartyRole.TARGET in roles
    if cand.trigger.voice in ("partner",):
        # fr: "Jean Dupont et Marie Martin s'allient": persons or political parties ally, no deal
        if lang == "fr" and fr_lone_partner(cand):
            return True  # "« Ce partenariat avec Norvia ... », a dit le patron": one side named at the trigger
        if lang == "de" and de_partners_elsewhere(cand):
            return False  # "ein Ausschuss, in dem die Behörden kooperieren sollen": the verb's clause names no side
        if lang == "de" and de_persons_only(cand):
            return False  # "die Zusammenarbeit mit Jens Brand und Ansgar Tremmel": colleagues, no deal
        return len(cand.parties) >= 2 and not (lang == "fr" and cand.text_window and fr_alliance_of_no_companies(cand))
    if lang != "en" and len(cand.parties) == 1 and cand.trigger.voice == "order" and cand.parties[0].role is PartyRole.CUSTOMER:
        # "Velkor bestellte 40 Züge" with a sum in the sentence: a priced order needs no named maker
        # (fr: "a commandé 40 rames pour 300 millions d'euros"; "330 millions d'habitants" is no sum)
        return _states_a_sum(cand, lang) or (lang == "fr" and fr_counted_reservation(cand))
    if lang == "de" and len(cand.parties) == 1 and cand.text_window and trigger_text(cand).startswith("beliefer"):
        return False  # "beliefert 4.500 Anlagen mit Strom": a utility's customers, no contract with a named party
    if lang == "de" and len(cand.parties) == 1 and cand.parties[0].role is PartyRole.SUPPLIER and cand.text_window and trigger_text(cand).startswith("Aufträge"):
        return False  # "hat im ersten Halbjahr Aufträge über 4 Milliarden Euro erhalten": order intake, no one contract
    if lang != "en" and len(cand.parties) == 1 and cand.trigger.voice == "supply" and cand.parties[0].role is PartyRole.SUPPLIER:
        # "X a décroché un contrat de 2 millions d'euros": a priced contract won needs no named customer
        return _states_a_sum(cand, lang)
    if lang == "de" and len(cand.parties) == 1 and cand.trigger.voice == "build" and cand.parties[0].role is PartyRole.SUPPLIER and _de_site_country(cand):
        return True  # "Velkor baut ein Werk in Polen": a site built in a named country, the builder its one side
    if lang == "de" and de_unit_passed(cand):
        return True  # "Die Ostsparte ging per Zuschlag an Velkor": a unit passed to a named buyer
    if lang == "fr" and fr_own_site_placed(cand):
        return True  # "Velkor va construire une usine à Dunkerque": its own site built in a named place
    if lang == "de" and de_sells_own_asset(cand):
        return True  # "Velkor will seine Tochter verkaufen": a company selling its own unit or stake, the buyer untold
    if lang == "de" and cand.text_window and trigger_text(cand).endswith("verkaufen") and not de_infinitive_sale(cand):
        return False
    if lang == "fr" and fr_public_spending(cand):
        return False
    if lang == "fr" and (fr_aid_received(cand) or fr_aid_for(cand)) and _states_a_sum(cand, lang):
        return True  # "Velkor a reçu 300 millions d'euros d'aides publiques": a sum received, the giver left unnamed
    if lang == "fr" and len(cand.parties) >= 2 and roles == {PartyRole.BUYER}:
        return False  # "laisser la voie libre à Velkor et Norvia pour s'emparer du marché": buyers of nothing named
    if len(cand.parties) >= 2:
        return True
    if lang == "fr" and fr_sells_own_asset(cand):
        return True  # "Velkor envisage de céder sa filiale de leasing": a company selling its own unit, the buyer untold
    if lang == "de" and cand.trigger.voice == "other" and cand.parties[0].role is PartyRole.TARGET and cand.text_window:
        # "Hilfspaket für Lorvanien": aid to a named party is a deal though the lenders are named elsewhere
        return de_aid_to(cand)
    # a lone target ("the sale of its cable business") must at least look like a name or a business
    only = cand.parties[0]
    if only.role is PartyRole.BUYER and lang != "en" and not cand.trigger.noun:
        # "Trebnew kaufte die Zeitung": a named buyer and a finite deal verb; the object is a common noun
        # (a lone seller is mostly a shop selling products, so it does not count)
        # "wenn diese mehr Leistungen übernehmen": an infinitive or plural verb with a lone name is no purchase
        if lang == "de" and de_infinitive_buy(cand):
            # ... but "Velkor will das Filialnetz übernehmen": a named company plans the purchase
            return de_planned_purchase(cand, only)
        if lang == "de" and cand.text_window and trigger_text(cand).startswith("sich"):
            return False  # "wer sich an dem Verfahren beteiligt": a stake needs the company it is taken in
        if lang == "de" and cand.text_window and de_indefinite_only(cand.text_window, dataclasses.replace(only, start=only.start - cand.sentence[0])):
            return False  # "hatte einen Velkor-Fonds gekauft": one of many things bought, no company buys
        if lang == "fr" and fr_buys_things(cand):
            return False  # "l'Ostrie achète un tiers de la récolte", "veut racheter des stocks de pièces": no company bought
        return cand.trigger.voice == "buy" and namelike(only.name, lang)
    if lang == "fr" and fr_one_item_bought(cand, only):
        return False  # "acheter une Velkor One", "l'acquisition de la nouvelle Norvia GT": one product bought, no company
    return cand.trigger.voice in ("buy", "sell", "passive", "sold_by") and only.role is PartyRole.TARGET and namelike(only.name, lang)


def _without_bystanders(text: str, cand: Candidate, lang: str) -> Candidate:
    """fr/de: names the deal's sentence holds that are no side of it: a world region ("en Afrique de l'Ouest"), a
    person the article introduces by an office, a quoted project, what a rival is compared to. They go when the
    deal stands without them (or when no side is left); a deal that only they make one keeps them.
    (de) "durch Zukäufe wachsen": a plural noun of deals or goods always goes; a deal it alone made is none."""
    if lang == "de":
        parties = [p for p in cand.parties if not de_act_noun(text, p)]
        acting = [p for p in cand.actors if not de_act_noun(text, p)]
        if len(parties) != len(cand.parties) or len(acting) != len(cand.actors):
            cand = dataclasses.replace(cand, parties=parties, actors=acting)
    no_side = fr_no_side if lang == "fr" else de_no_side
    kept = [p for p in cand.parties if not no_side(text, p)]
    actors = [p for p in cand.actors if not no_side(text, p)]
    if len(kept) == len(cand.parties) and len(actors) == len(cand.actors):
        return cand
    trimmed = dataclasses.replace(cand, parties=kept, actors=actors)
    # ... and a candidate that was no deal does not become one by losing a name ("aux concurrents de Velkor et X")
    return trimmed if not kept or _is_deal(trimmed, lang) and _is_deal(cand, lang) else cand


def _lone_party(cand: Candidate, lang: str) -> bool:
    """"X agreed to buy 82 pct of two privately held retailers": wire leads name the buyer (or
    seller) without a named target; worth a record only when the article has no fuller one."""
    if lang != "en" or cand.trigger.noun or cand.trigger.voice not in ("buy", "sell") or len(cand.parties) != 1:
        return False
    only = cand.parties[0]
    return only.role in (PartyRole.BUYER, PartyRole.SELLER) and only.kind is not PartyKind.OTHER


_SUPPLY_SIDES = frozenset({PartyRole.SUPPLIER, PartyRole.CUSTOMER})


def _fr_sides_told(first: Candidate, other: Candidate) -> bool:
    """fr: a supply contract told without its direction (its sides one role, or partners) and a later telling of it
    with a supplier and a customer among the same names."""
    if first.trigger.deal_type is not T.SUPPLY_CONTRACT or other.trigger.deal_type is not T.SUPPLY_CONTRACT:
        return False
    if len({p.role for p in first.parties}) != 1 or {p.role for p in other.parties} != _SUPPLY_SIDES:
        return False
    return {normalize(p.name) for p in first.parties} <= {normalize(p.name) for p in other.parties}


def _merge(candidates: list[Candidate], lang: str = "en", text: str = "") -> list[Candidate]:
    """One candidate per deal: same type and an overlapping target or party set; in English also two tellings of one
    deal with the same principal sides (``_en_same_deal``: "agreed to acquire Y in a merger", a lead and its body)."""
    kept: list[Candidate] = []
    sides: dict[int, list[str]] = {}  # en: each candidate's principal sides, read once
    for cand in candidates:
        keys = {normalize(p.name) for p in cand.parties}
        # (en: a telling that repeats one merged into another deal is a twin of that deal, as it was of the telling)
        twin = next(
            (
                k for k in kept
                if any(t.trigger.deal_type is cand.trigger.deal_type and keys <= {normalize(p.name) for p in t.parties} for t in (k, *k.absorbed))
                and not (lang != "en" and _priced_apart(k, cand)) and not (lang == "fr" and fr_apart(k, cand))
            ),
            None,
        )
        if twin is None and lang == "fr" and len(keys) >= 2:
            # "Velkor et Norvia ont conclu un accord de coentreprise", "ont signé un accord pour créer une coentreprise":
            # the agreement and the venture of one sentence, between the same sides, are one joint venture
            pair = next(
                (
                    i for i, k in enumerate(kept)
                    if k.sentence == cand.sentence and {k.trigger.deal_type, cand.trigger.deal_type} == {T.PARTNERSHIP, T.JOINT_VENTURE}
                    and {normalize(p.name) for p in k.parties} == keys
                ),
                None,
            )
            if pair is not None:
                kept[pair].trigger = dataclasses.replace(kept[pair].trigger, deal_type=T.JOINT_VENTURE)
                continue
        if twin is None and lang == "fr" and cand.trigger.deal_type is T.JOINT_VENTURE:
            # "Velkor et Norvia ont une coentreprise" ... "Dastrel, filiale commune de Velkor et Norvia": the same owners
            # naming their venture add it to the venture told already
            grown = next(
                (
                    i for i, k in enumerate(kept)
                    if k.trigger.deal_type is T.JOINT_VENTURE and len(keys - {normalize(p.name) for p in k.parties}) == 1
                    and len({normalize(p.name) for p in k.parties}) >= 2 and {normalize(p.name) for p in k.parties} < keys
                ),
                None,
            )
            if grown is not None:
                kept[grown].parties = dedupe(kept[grown].parties + cand.parties)
                continue
        if twin is None and lang != "en":
            same = next(
                (
                    i for i, k in enumerate(kept)
                    if (_same_deal(k, cand) or (lang == "fr" and fr_round_and_stake(k, cand))) and not (lang == "fr" and fr_apart(k, cand))
                ),
                None,
            )
            if same is not None:
                kept[same] = _joined(kept[same], cand)
                continue
        if twin is None and lang == "en" and cand.trigger.deal_type is T.INVESTMENT and any(
            k.sentence == cand.sentence and k.trigger.deal_type is T.ACQUISITION and k.trigger.end <= cand.trigger.start
            and {normalize(p.name) for p in k.parties} == keys for k in kept
        ):
            continue  # "Velkor bought a 20% stake in Norvia": the stake is what the verb buys, one deal between the same names
        if twin is None and lang == "en" and text and len(kept) + sum(len(k.absorbed) for k in kept) < _MAX_DEALS:
            # (a telling past the cap gave no record of its own: it has nothing to unite)
            same = next((i for i, k in enumerate(kept) if _en_same_deal(text, k, cand, sides)), None)
            if same is not None:
                kept[same] = _en_united(text, kept[same], cand)
                continue
        if twin is None:
            kept.append(cand)
            continue
        if lang == "fr" and _fr_sides_told(twin, cand):
            # "Velkor et Norvia ont signé un contrat d'approvisionnement. Norvia livrera 10 000 tonnes à Velkor": the
            # signed contract names no direction, the delivery does: who supplies and who is supplied come from it
            told = {normalize(p.name): p.role for p in cand.parties}
            twin.parties = [dataclasses.replace(p, role=told.get(normalize(p.name), p.role)) for p in twin.parties]
        if lang == "de":
            twin.retold += ((*cand.sentence, cand.trigger.start),)  # the status may come from the next telling
        if lang == "de" and _money_text(twin) is None and _money_text(cand) is not None:
            # de: "Velkor investiert in Norvia. ... habe Norvia-Aktien für 2 Milliarden Euro gekauft": the priced telling leads
            # (the first telling names every party already: its roles stay)
            priced = _joined(twin, cand)
            priced.parties = list(twin.parties)
            kept[kept.index(twin)] = priced
    return kept


def _en_principal(text: str, cand: Candidate, memo: dict[int, list[str]]) -> list[str]:
    """The candidate's principal sides as ``deal_id_for`` keys them (the same ``kinds.deal_key`` per party)."""
    if id(cand) not in memo:
        memo[id(cand)] = _principal([(p.role, deal_key(p.name, p.kind, text, "en")) for p in cand.parties])
    return memo[id(cand)]


_GENERIC_WORDS = frozenset({"group", "the", "and", "of", "co", "company", "corp", "inc", "ltd", "plc", "investor", "investors"})


def _same_party(a: str, b: str) -> bool:
    """"Asher Edelman" and "the Edelman group", "Liang" and "David Liang": one side named twice, its telling words
    within the other's."""
    words = [set(normalize(n).split()) - _GENERIC_WORDS for n in (a, b)]
    return bool(words[0] and words[1]) and (words[0] <= words[1] or words[1] <= words[0])


def _own_sums(text: str, cand: Candidate) -> set[Decimal]:
    """en: the totals its own sentence states ("for 161.9 mln dlrs"; a price per share is none)."""
    found = money.find_money(text[cand.sentence[0] : cand.sentence[1]], "en")
    return {m.value for m in found if m.value is not None and m.currency is not None and m.disclosed and not m.per_unit}


_STAKE_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:pct|percent|per cent|%)")
_PART_BOUGHT = re.compile(r"\b(?:pct|percent|per cent|shares|stake|interest in)\b|%")


def _en_step_apart(text: str, a: Candidate, b: Candidate) -> bool:
    """en: shares or a stake bought already and a takeover still to come ("has acquired 21 pct of Norvia" ... "may
    acquire the rest through a merger") are two deals of one pair; a seller cutting its stake step by step is not."""
    if T.DIVESTITURE in (a.trigger.deal_type, b.trigger.deal_type):
        return False
    done = [(st := _status(text, "en", c)) is not None and st.status is DealStatus.COMPLETED for c in (a, b)]
    part = [_PART_BOUGHT.search(text, *c.sentence) is not None for c in (a, b)]
    return (done[0] and part[0] and not done[1]) or (done[1] and part[1] and not done[0])


def _en_same_deal(text: str, a: Candidate, b: Candidate, memo: dict[int, list[str]]) -> bool:
    """en: two tellings of one deal: the same principal sides (as the deal id keys them) in kinds of one id (a merger
    and a purchase, a sale and a purchase), no two different sellers, sums, stake sizes, nor a stake bought then a
    takeover to come. Two triggers of one sentence with the same sides are one deal."""
    if _id_type(a.trigger.deal_type) is not _id_type(b.trigger.deal_type):
        return False
    if _en_principal(text, a, memo) != _en_principal(text, b, memo):
        return False
    sellers = [[p.name for p in c.parties if p.role is PartyRole.SELLER] for c in (a, b)]
    if sellers[0] and sellers[1] and not any(_same_party(x, y) for x in sellers[0] for y in sellers[1]):
        return False  # "X sold its stake in Norvia" ... "Y sold its own": two sellers, two deals
    if a.sentence == b.sentence:
        return True
    sums = _own_sums(text, a), _own_sums(text, b)
    if sums[0] and sums[1] and not sums[0] & sums[1]:
        return False  # each telling priced its own deal
    sizes = [set(_STAKE_SIZE.findall(text, *c.sentence)) for c in (a, b)]
    if sizes[0] and sizes[1] and not sizes[0] & sizes[1]:
        return False  # "21.2 pct" now, "35.9 pct" after an option: two stakes
    return not _en_step_apart(text, a, b)


def _tells_the_deal(text: str, cand: Candidate) -> bool:
    """en: does the telling say where the deal stands ("agreed to be acquired by", "sold")? One that names the deal in
    passing ("before the merger, Norvia would pay its directors ...", "warrants to buy Norvia shares") may price or
    direct something else."""
    return _status(text, "en", cand) is not None


def _en_united(text: str, lead: Candidate, other: Candidate) -> Candidate:
    """en: one candidate for a deal told twice: the first telling keeps its trigger, sentence, status and roles (a merger
    takes who buys whom from a purchase or sale); the other adds a side the first does not name (a seller) and is kept
    for the sum the first lacks (``_record``)."""
    sides = (PartyRole.BUYER, PartyRole.TARGET)
    told = {normalize(p.name): p.role for p in other.parties if p.role in sides}
    if (
        lead.trigger.deal_type is T.MERGER and other.trigger.deal_type in (T.ACQUISITION, T.DIVESTITURE)
        and all(normalize(p.name) in told for p in lead.parties if p.role in sides) and _tells_the_deal(text, other)
    ):
        # "X and Y agreed to merge" names no direction; "on an offer from Y", "X agreed to be acquired by Y" does: who
        # buys and who is bought come from the purchase or sale
        lead.parties = [
            dataclasses.replace(p, role=told[normalize(p.name)]) if p.role in (PartyRole.BUYER, PartyRole.TARGET) and normalize(p.name) in told else p
            for p in lead.parties
        ]
    have = {p.role for p in lead.parties}
    named = {normalize(p.name) for p in lead.parties}
    # in place: the article's list of candidates still holds the lead, and the cap counts places in that list
    lead.parties = lead.parties + [p for p in other.parties if p.role not in have and normalize(p.name) not in named]
    lead.absorbed = lead.absorbed + (other,) + other.absorbed
    return lead


def _co_investors_joined(merged: list[Candidate]) -> list[Candidate]:
    """fr: a stake announced without a sum and the same company's stake priced in the next sentence by another investor
    are one deal with two investors (``fr_co_investors``); read on the merged deals, once each telling is whole."""
    kept: list[Candidate] = []
    for cand in merged:
        same = next((i for i, k in enumerate(kept) if fr_co_investors(k, cand) and not fr_apart(k, cand)), None)
        if same is None:
            kept.append(cand)
        else:
            # the announcement leads (its status; the money layer finds the sum in the next sentence), the priced
            # telling adds its investor
            first, second = sorted((kept[same], cand), key=lambda c: c.sentence)
            kept[same] = dataclasses.replace(
                first, parties=dedupe(first.parties + second.parties), tellings=first.tellings + second.tellings + ((*second.sentence, second.trigger.start),)
            )
    return kept


def _merge_described(candidates: list[Candidate]) -> list[Candidate]:
    """de: "die drei Lagerhallen" then "die drei Hallen": a thing described again by the same
    seller or buyer in the same kind of deal is the same deal."""
    kept: list[Candidate] = []
    for cand in candidates:
        described = [p for p in cand.parties if p.role is PartyRole.TARGET and p.kind is PartyKind.OTHER]
        named = {normalize(p.name) for p in cand.parties if p not in described}
        twin = described and named and next(
            (
                k for k in kept
                if k.trigger.deal_type is cand.trigger.deal_type
                and any(p.role is PartyRole.TARGET and p.kind is PartyKind.OTHER for p in k.parties)
                and named == {normalize(p.name) for p in k.parties if not (p.role is PartyRole.TARGET and p.kind is PartyKind.OTHER)}
            ),
            None,
        )
        if not twin:
            kept.append(cand)
    return kept


# fr/de: one change of hands, told as a sale, a purchase or a stake taken
_TRANSFER_TYPES = (T.ACQUISITION, T.DIVESTITURE, T.INVESTMENT)
_STAKE_TRIGGER = re.compile(r"participation|capital|actionnaire|Beteiligung|beteiligt|Anteil|eingestiegen|steigt", re.I)


def _money_text(cand: Candidate) -> str | None:
    return _money_in(cand.text_window) if cand.text_window else None


@lru_cache(maxsize=1024)  # _merge asks it of each pair of candidates: once per sentence
def _money_in(window: str) -> str | None:
    found = _MONEY_WORD.search(window)
    return " ".join(found.group().split()) if found else None


def _priced_apart(a: Candidate, b: Candidate) -> bool:
    """Two sentences that each price their own deal ("un contrat de 792 702 euros", "un nouvel appel
    d'offres de 882 648 euros") report two deals, whatever parties they share."""
    if a.sentence == b.sentence:
        return False
    first, second = _money_text(a), _money_text(b)
    return first is not None and second is not None and first != second


def _bought_and_sold_apart(a: Candidate, b: Candidate) -> bool:
    """"Velkor kauft Norvia und verkauft Dastrel an Korlim": a purchase and a sale of one sentence that name two
    different things changed hands twice, whatever party they share."""
    if {a.trigger.deal_type, b.trigger.deal_type} != {T.ACQUISITION, T.DIVESTITURE}:
        return False
    targets = [{normalize(p.name) for p in c.parties if p.role is PartyRole.TARGET} for c in (a, b)]
    if not (targets[0] and targets[1]) or targets[0] & targets[1]:
        return False
    # the shared party buys in the one and sells in the other: two directions, two deals
    buyers = {normalize(p.name) for c in (a, b) for p in c.parties if p.role is PartyRole.BUYER}
    sellers = {normalize(p.name) for c in (a, b) for p in c.parties if p.role is PartyRole.SELLER}
    return bool(buyers & sellers)


def _same_deal(a: Candidate, b: Candidate) -> bool:
    """fr/de: the sale of X by Y, its purchase by Z and a stake taken in X are one transfer when they share
    the target; two triggers of one sentence that share a party are one deal too."""
    if _priced_apart(a, b) or (a.trigger.start == b.trigger.start and a.sentence == b.sentence):
        return False  # de: "übernahm A und B" was split into one deal per company on purpose
    types = (a.trigger.deal_type, b.trigger.deal_type)
    if not all(t in _TRANSFER_TYPES for t in types) and types[0] is not types[1]:
        return False
    if a.trigger.voice == "partner" or b.trigger.voice == "partner":
        return False
    if a.sentence == b.sentence:
        if a.text_window and any(DE_ATTRIBUTIVE_DEAL.fullmatch(trigger_text(c)) for c in (a, b)):
            return False  # de: "die von Velkor übernommene Norvia kauft Dastrel": the participle's deal is another one
        if _bought_and_sold_apart(a, b):
            return False
        return bool({normalize(p.name) for p in a.parties} & {normalize(p.name) for p in b.parties})
    targets = {normalize(p.name) for p in a.parties if p.role is PartyRole.TARGET}
    if not targets & {normalize(p.name) for p in b.parties if p.role is PartyRole.TARGET}:
        return False
    # bought by one and later by another: two deals of one target
    buyers = [{normalize(p.name) for p in c.parties if p.role in (PartyRole.BUYER, PartyRole.INVESTOR)} for c in (a, b)]
    return not (buyers[0] and buyers[1] and not buyers[0] & buyers[1])


def _joined(first: Candidate, other: Candidate) -> Candidate:
    """One candidate for a deal told twice: the priced (else fuller) telling leads, the other adds its parties;
    a stake taken makes it an investment, a named buyer a purchase rather than a sale."""
    def weight(c: Candidate) -> tuple[bool, int]:
        return (_money_text(c) is not None, len({normalize(p.name) for p in c.parties}))

    lead, extra = (other, first) if weight(other) > weight(first) else (first, other)
    types = {first.trigger.deal_type, other.trigger.deal_type}
    deal_type = lead.trigger.deal_type
    stakes = [c for c in (first, other) if c.trigger.deal_type is T.INVESTMENT and _STAKE_TRIGGER.search(trigger_text(c))]
    takeovers = [c for c in (first, other) if c.trigger.deal_type is T.ACQUISITION]
    # "Velkor will Norvia übernehmen. ... hält bereits einen Anteil von zehn Prozent an Norvia": a takeover told in a
    # sentence of its own is the deal, the stake its step; "acquérir une participation de 23%" (one sentence) stays a stake
    told_apart = bool(takeovers) and all(t.sentence != s.sentence for t in takeovers for s in stakes)
    if T.INVESTMENT in types and stakes and not told_apart:
        deal_type = T.INVESTMENT
    elif stakes:
        deal_type = T.ACQUISITION
    elif T.ACQUISITION in types and T.DIVESTITURE in types:
        buyers = any(p.role is PartyRole.BUYER for c in (first, other) for p in c.parties)
        deal_type = T.ACQUISITION if buyers else T.DIVESTITURE
    joined = dataclasses.replace(lead, trigger=dataclasses.replace(lead.trigger, deal_type=deal_type))
    joined.parties = dedupe(list(lead.parties) + list(extra.parties))
    joined.tellings = lead.tellings + extra.tellings + ((*extra.sentence, extra.trigger.start),)
    return joined


def _fold_short_names(parties: list[Role]) -> list[Role]:
    """fr/de: a side named once in full and once short ("Velkor Capital" and "Velkor", "Anna Berg" and "Berg") is one
    party: the short name goes when a longer name of the same role begins or ends with its words."""
    words = [tuple(normalize(p.name).split()) for p in parties]

    def within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
        return 0 < len(short) < len(long) and (long[: len(short)] == short or long[-len(short) :] == short)

    return [
        p
        for i, p in enumerate(parties)
        if not any(q.role is p.role and within(words[i], words[j]) for j, q in enumerate(parties) if j != i)
    ]


# fr: "la famille Martel vend Norvia": the name after "famille" is the family's, which is the party
_FR_FAMILY_BEFORE = re.compile(r"\b[Ff]amille\s+$")
_FR_FAMILY_WORD = re.compile(r"^famille\s+")
_FR_AGREEMENT_WORD = re.compile(r"\b(?:contrat|accord)\b")


def _fr_family(text: str, party: Role) -> Role:
    """fr: a party named as a family ("à la famille Martel") is that family, a group of persons, not a firm "Martel"
    (its normalised name stays the bare surname, so "Martel" still matches it)."""
    before = _FR_FAMILY_BEFORE.search(text, max(0, party.start - 12), party.start)
    if before is None or party.kind not in (PartyKind.COMPANY, PartyKind.PERSON):
        return party
    return dataclasses.replace(party, name=f"famille {party.name}", start=before.start(), kind=PartyKind.PERSON)


def _record(
    item: RawItem,
    lang: str,
    cand: Candidate,
    sentences: list[tuple[int, int]],
    extracted_at: datetime,
    cache: dict[str, Any],
    rank: int,
) -> DealRecord | None:
    text = item.text
    if lang == "en":
        describe_targets(text, cand)
    figures = deal_figures(text, lang, cand, sentences, item.published_at, cache)
    if cand.absorbed and (figures.amount is None or figures.amount.value is None and figures.amount.lower is None and figures.amount.upper is None):
        # en: a deal told twice takes its sum from the telling that prices it, when the kept telling finds none at all
        priced = next((c for c in cand.absorbed if _own_sums(text, c) and _tells_the_deal(text, c)), None)
        if priced is not None:
            figures.amount = deal_figures(text, lang, priced, sentences, item.published_at, cache).amount or figures.amount
    if lang == "fr":
        figures.amount = fr_deal_amount(text, cand, figures.amount, cache, item.published_at)
    status = _status(text, lang, cand)
    deal_type = cand.trigger.deal_type
    status_value = status.status if status is not None else DealStatus.UNKNOWN
    if lang == "fr" and status is None:
        status_value = fr_status_without_cue(text, cand)
    status_value = status_for_type(deal_type, status_value, status, lang)
    if lang == "de" and deal_type is T.INFRASTRUCTURE and any(p.role is PartyRole.CUSTOMER for p in cand.parties):
        # "Velkor baut für Norvia ein Werk": a structure built for a named customer is a contract, read as one
        status_value = status_for_type(T.SUPPLY_CONTRACT, status_value, status, lang)
    country, location = deal_country(text, cand, cand.parties, lang)
    if lang in ("fr", "de"):
        cand.parties = _fold_short_names(cand.parties)
    if lang == "fr":
        cand.parties = [_fr_family(text, p) for p in cand.parties]
        if deal_type is T.SUPPLY_CONTRACT and _FR_AGREEMENT_WORD.search(text, cand.trigger.start, cand.trigger.end) and len(cand.parties) >= 2 and {p.role for p in cand.parties} == {PartyRole.SUPPLIER}:
            # "Velkor et Norvia ont signé un contrat de livraison": the two signers are the contract's two sides, which
            # supplies is not told; both read as suppliers would be one wrong
            cand.parties = [dataclasses.replace(p, role=PartyRole.PARTNER) for p in cand.parties]
    # a stake's taker invests (the contract's role for an investment), whichever voice read it as a buyer
    investing = deal_type is T.INVESTMENT
    # plain dicts, validated once with the record: one pass through pydantic instead of one per part
    parties: list[dict[str, Any]] = [
        {
            "name": " ".join(p.name.split()),
            "normalized_name": normalize(_FR_FAMILY_WORD.sub("", p.name) if lang == "fr" else p.name) or p.name.casefold(),
            "role": PartyRole.INVESTOR if investing and p.role is PartyRole.BUYER else p.role,
            "kind": p.kind,
            "country": country_of(p.name) if p.kind is PartyKind.GOVERNMENT else None,
            "location_text": p.location,
            "business": p.business,
            "evidence": {"text": text[p.start : p.end], "start": p.start, "end": p.end},
        }
        for p in cand.parties
    ]
    sides = [(p["role"], deal_key(p["name"], p["kind"], text, lang, country)) for p in parties]
    deal_id = deal_id_for(deal_type, sides, item.published_at)
    s_start, s_end = cand.sentence
    while s_end > s_start and text[s_end - 1].isspace():
        s_end -= 1
    roles = {p["role"] for p in parties}
    cues = (
        (PartyRole.TARGET in roles)
        + bool(roles & {PartyRole.BUYER, PartyRole.SELLER, PartyRole.INVESTOR, PartyRole.SUPPLIER, PartyRole.PARTNER})
        + (figures.amount is not None)
        + (status is not None)
    )
    index = sentences.index(cand.sentence) if cand.sentence in sentences else len(sentences)
    confidence = round(min(1.0, 0.3 + 0.1 * cues + max(0.0, 0.3 - 0.1 * index) - 0.02 * rank), 3)
    return DealRecord.model_validate(
        {
            "deal_id": deal_id,
            "mention_id": mention_id_for(deal_id, item.item_id),
            "deal_type": deal_type,
            "status": status_value,
            "status_evidence": {"text": status.text, "start": status.start, "end": status.end} if status and _states(status, lang) else None,
            "parties": parties,
            "amount": figures.amount,
            "unit_price": figures.unit_price,
            "quantity": figures.quantity,
            "country": country,
            "location_text": location,
            "consistency": figures.consistency,
            "source": {
                "item_id": item.item_id,
                "url": item.url,
                "title": item.title,
                "lang": item.lang,
                "published_at": item.published_at,
                "text_length": len(text),
            },
            "evidence": {"text": text[s_start:s_end], "start": s_start, "end": s_end},
            "confidence": max(0.0, confidence),
            "extractor_version": EXTRACTOR_VERSION,
            "extracted_at": extracted_at,
        },
        context={"text": text},
    )
