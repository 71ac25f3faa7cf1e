"""A deal's figures: its amount, quantity and unit price, read from the numbers/money layer.

The trigger sentence's first total, or the next sentence's when the trigger sentence
only prices one unit ("30 000 dollars chacune"); a stated price, not the target's
size or a share price; the consistency of quantity × unit price with the amount.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pipeline.extract import money, numbers
from pipeline.extract.candidates import Candidate
from pipeline.extract.names import find_names, is_place
from pipeline.extract.triggers import find_triggers
from pipeline.models import DealType, Evidence, Money, Quantity

__all__ = ["Figures", "deal_figures"]


@dataclass
class Figures:
    amount: Money | None = None
    unit_price: Money | None = None
    quantity: Quantity | None = None
    consistency: Any = None


# "X, which is acting with Y in its 150 mln dlr bid for Z, has bought shares": the sum inside the
# relative clause before the verb belongs to that other deal
_IN_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+[^,;]*$")


def deal_figures(text: str, lang: str, cand: Candidate, sentences: list[tuple[int, int]], published: datetime | None, cache: dict[str, Any]) -> Figures:
    figures = Figures()
    s_start, s_end = cand.sentence
    nxt = _next_sentence(sentences, cand.sentence)
    mentions = _in_range(cache, "money", money.find_money, text, lang, s_start, s_end)
    totals = [m for m in mentions if not m.per_unit]
    if lang != "en" and _named_in_passing(text, lang, cand, s_start, s_end):
        # "hat nach der Norvia-Übernahme Aktien für 2 Milliarden verkauft": the sum is the sale's, not the takeover's
        # (fr: but not the price the noun's own clause gives it, "un an après le rachat de Norvia pour 300 millions")
        totals = [m for m in totals if lang == "fr" and _FR_OWN_PRICE_AFTER_NOUN.fullmatch(text, cand.trigger.end, m.start)]
    if lang != "en" and "(" in cand.text_window:
        totals = _without_conversions(text, totals)
    if lang != "en" and "," in cand.text_window:
        totals = [m for m in totals if not _earlier_deal_clause(text, lang, s_start, m, cand.trigger.start)]
    after = [m for m in totals if m.start >= cand.trigger.start] or (
        totals[::-1] if lang != "en" else [m for m in totals if not _IN_RELATIVE_CLAUSE.search(text, s_start, m.start)]
    )
    units = [m for m in mentions if m.per_unit]
    on = published.date() if published is not None else None
    if not after and (units or cand.trigger.voice == "build"):
        if nxt is not None and not (lang != "en" and _other_deal(text, lang, *nxt, [p.name for p in cand.parties])):
            after = [m for m in _in_range(cache, "money", money.find_money, text, lang, *nxt) if not m.per_unit]
    # de: "für einen zweistelligen Millionenbetrag" in an article that names no currency: German press means euros
    currency = cache.get("currency") or ("EUR" if lang == "de" and "money:article" in cache else None)
    priced = [m for m in after if _priceish(text, m, lang)]
    if lang != "en" and cand.trigger.deal_type in _CHANGE_OF_HANDS:
        # "espéraient un don de 7 millions pour racheter Norvia", "mit einem Kredit über 5 Millionen kauft Velkor ...": the
        # grant or the loan that pays for the purchase is another deal's sum, not the price
        priced = [m for m in priced if not _FINANCING_BEFORE.search(text, max(s_start, m.start - 40), m.start)]
    if lang != "en" and len(priced) > 1 and _WORTH_BEFORE.search(text, max(s_start, priced[0].start - 30), priced[0].start):
        # "rachète Norvia, valorisée 2 milliards, pour 800 millions": what is paid, not what the company is worth
        paid = [m for m in priced[1:] if _PAID_WITH.search(text, max(s_start, m.start - 25), m.start)]
        priced = paid[:1] + priced if paid else priced
    figures.amount = _first_money(priced, on, currency)
    if lang == "en" and figures.amount is None and cand.trigger.deal_type is DealType.OTHER:
        # "received a $2 billion loan from Norvia Bank": a loan's sum, no price, is the loan record's amount
        lent = [m for m in after if m.disclosed and _SCALED.search(m.text)]
        figures.amount = _first_money(lent[:1], on, currency)
    if lang == "fr" and cand.trigger.voice == "order":
        # "30 avions à Velkor pour 3 milliards et 20 hélicoptères à Norvia pour 800 millions": each maker's own price follows it
        makers = [p for p in cand.parties if p.role.value == "supplier" and p.start > cand.trigger.end]
        own = [m for m in after if len(makers) == 1 and m.start >= makers[0].end and _priceish(text, m, lang)]
        if makers and cand.siblings:
            # one maker of a list: its price comes before the next maker is named, else the order has none of its own
            following = min((at for at in cand.siblings if at > makers[0].start), default=s_end)
            figures.amount = _first_money([m for m in own if m.end <= following], on, currency)
        else:
            figures.amount = _first_money(own, on, currency) or figures.amount
    if lang == "fr" and cand.trigger.voice == "invest":
        # "20 millions dans Velkor et 10 millions dans Norvia": each stake's own sum comes right before the company
        targets = [p for p in cand.parties if p.role.value == "target" and p.start > cand.trigger.start]
        own = [m for m in after if len(targets) == 1 and m.end <= targets[0].start and _priceish(text, m, lang)]
        figures.amount = _first_money(own[-1:], on, currency) or figures.amount
    # "Velkor kauft Norvia. 2015 hatte Velkor Dastrel übernommen. Der Kaufpreis ...": a deal dated before the article (or
    # told in the pluperfect) is background; the later sentences price the news
    background = lang != "en" and figures.amount is None and _dated_earlier(text, lang, cand, published)
    if figures.amount is None and not background:
        deal_names = [p.name for p in cand.parties] if lang != "en" else None  # fr/de: a later sentence about another deal is skipped
        figures.amount = _later_value(text, lang, sentences, cand.sentence, cache, on, deal_names, cand.trigger.deal_type)
    if figures.amount is None and lang != "en" and not background:
        stake = cand.trigger.deal_type in (DealType.INVESTMENT, DealType.FUNDING_ROUND)
        figures.amount = _later_total(text, lang, sentences, cand.sentence, cache, on, [p.name for p in cand.parties], stake, cand.trigger.deal_type)
        if figures.amount is None:
            figures.amount = _demonstrative_total(text, lang, sentences, cand.sentence, cache, on, [p.name for p in cand.parties], cand.trigger.deal_type)
    elif lang == "de" and figures.amount is not None and figures.amount.value is None and figures.amount.upper is None:
        # "ein milliardenschwerer Deal. Der Kaufpreis liegt bei 1,2 Milliarden Euro": the later figure is the price
        figures.amount = _later_total(text, lang, sentences, cand.sentence, cache, on) or figures.amount
    if figures.amount is None and lang == "en":
        figures.amount = _stated_value(text, cache, on)
    figures.quantity = _deal_quantity(text, lang, cand, cache, figures.amount, sentences)
    figures.unit_price = _deal_unit_price(text, lang, cand, sentences, cache, on, units, figures.quantity)
    if figures.quantity is not None and figures.unit_price is not None and figures.amount is not None:
        try:
            figures.consistency = money.consistency(figures.quantity, figures.unit_price, figures.amount)
        except (ValueError, ArithmeticError):
            figures.consistency = None
    if figures.amount is None:
        figures.amount = _undisclosed(text, cache)
    return figures


_CHANGE_OF_HANDS = (DealType.ACQUISITION, DealType.DIVESTITURE, DealType.MERGER, DealType.PURCHASE)
# fr/de: a grant, an aid or a loan named right before the sum: "un don de", "une subvention de", "un prêt de", "einen Kredit
# über", "ein Zuschuss von", "Fördermittel in Höhe von"
_FINANCING_BEFORE = re.compile(
    r"\b(?:don|dons|subventions?|aides?|prêts?|crédits?|emprunts?|financements?|Kredite?s?|Darlehens?|Zuschuss|Zuschüsse|Zuschüssen|"
    r"Fördermittel\w*|Förderung|Beihilfen?|Hilfen?)\s+(?:[\w'’-]+\s+){0,2}?(?:de|d['’]|von|über|in\s+Höhe\s+von|à\s+hauteur\s+de)\s*"
    r"(?:(?:plus\s+de|près\s+de|environ|quelque|rund|etwa|knapp|gut|mehr\s+als|über|fast)\s+)?$"
)


# fr/de: a deal noun in a phrase that dates something else by it ("seit der Norvia-Übernahme", "depuis le rachat
# de Norvia"), the noun's word read from its start (a compound's first part too)
_IN_PASSING_BEFORE = re.compile(
    r"(?<![\w])(?i:nach|seit|vor|während|après|depuis|avant)\s+(?i:der|dem|den|des|einer|einem|ihrer|seiner|dieser|la|le|l['’]|les|"
    r"du|sa|son|ses|leur|cette|ce|cet)\s*(?:[\w-]+\s+)?$"
)
_WORD_START = re.compile(r"[\w-]*$")


# fr: the deal noun's complement, then its price, in one clause: "le rachat de Norvia pour 300 millions"
_FR_OWN_PRICE_AFTER_NOUN = re.compile(r"[^,;:()]{0,60}?\s(?:pour|contre|moyennant|d['’]un montant de)\s+(?:(?:près de|plus de|environ|quelque)\s+)?")


def _in_passing(text: str, s_start: int, start: int) -> bool:
    """Does the deal noun at ``start`` stand in a phrase that dates something else by it?"""
    word = _WORD_START.search(text, s_start, start)
    at = word.start() if word is not None else start
    return _IN_PASSING_BEFORE.search(text, max(s_start, at - 40), at) is not None


def _named_in_passing(text: str, lang: str, cand: Candidate, s_start: int, s_end: int) -> bool:
    """fr/de: is the deal's noun only a time reference in a sentence that tells another deal by a trigger of its own ("Velkor
    hat nach der Norvia-Übernahme Dastrel-Aktien für 2 Milliarden verkauft")? The sentence's sums are that deal's."""
    if not cand.trigger.noun or not _in_passing(text, s_start, cand.trigger.start):
        return False
    own = (cand.trigger.start - s_start, cand.trigger.end - s_start)
    return any(t.end <= own[0] or t.start >= own[1] for t in find_triggers(text[s_start:s_end], lang))


def _tells_another_by_the_way(text: str, lang: str, start: int, end: int) -> bool:
    """fr/de: does a later sentence name a deal only in passing ("nach der Norvia-Übernahme") and tell another one by a
    trigger of its own? Its sums are that other deal's, even when it names this deal's companies."""
    if lang == "en":
        return False
    triggers = find_triggers(text[start:end], lang)
    passing = [t for t in triggers if t.noun and _in_passing(text, start, start + t.start)]
    return bool(passing) and len(passing) < len(triggers)


_NOT_ABOUT_PRICE = re.compile(
    r"\s+(?:which|who|whom|whether|where|when|how|(?:the|its|his|their)\s+(?:identity|indentity|identities|names?|topic|subject|nature|reasons?|purpose|source|timing)\b)\b", re.I
)


_SYMBOLIC_AFTER = re.compile(r"\s+symboliques?\b", re.I)


# fr/de: what a company is worth ("valorisée 2 milliards", "mit 2 Milliarden Euro bewertet") and what is paid for it
# ("pour 800 millions", "für 800 Millionen Euro")
_WORTH_BEFORE = re.compile(r"\b(?:valoris\w*|évalué\w*|estimé\w*|bewertet\w*|Bewertung)\s+(?:à\s+|mit\s+|von\s+)?(?:\w+\s+)?$")
_PAID_WITH = re.compile(r"\b(?:pour|contre|moyennant|für|zahlt\w*|paie|paye|payé|débours\w*)\s+(?:\w+\s+){0,2}?$")


# de: the sum of bonds or securities bought or issued ("Anleihen für 20 Milliarden Euro", "Staatsanleihen im Wert von ...")
_DE_BONDS_SUM_BEFORE = re.compile(
    r"(?<![\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Aa]nleihen|[Ww]ertpapiere|[Ss]chuldverschreibungen|[Bb]onds)\s+"
    r"(?:(?:im Wert|in Höhe|im Volumen|mit einem Volumen)\s+)?(?:von|für|über)\s+(?:(?:rund|etwa|knapp|mehr als|über|bis zu|insgesamt)\s+)?$"
)


def _priceish(text: str, mention: Any, lang: str = "en") -> bool:
    """Could this mention be the deal's price? Not "40 mln dlrs in assets", not "did not disclose which"."""
    if not mention.disclosed:
        if mention.text.lower().startswith("undisclosed") and _UNDISCLOSED_OTHER.match(text, mention.end):
            return False  # "protected against undisclosed claims": not the price withheld
        if _PERSON_WITHHOLDS.search(text, max(0, mention.start - 40), mention.start):
            return False  # "a spokesman would not disclose the price he paid": a remark, not the deal's terms
        return not _NOT_ABOUT_PRICE.match(text, mention.end)
    if lang == "de" and _DE_BONDS_SUM_BEFORE.search(text, max(0, mention.start - 60), mention.start):
        return False  # "die Notenbank kauft Anleihen für 20 Milliarden Euro": securities bought on the market, no deal's price
    if not _SCALED.search(mention.text) and _PER_SHARE_AFTER.match(text, mention.end):
        return False  # "110 dlrs cash per share", "6.50 dlrs plus a payment for each share": a share price
    if mention.value == 1 and mention.currency == "EUR" and _SYMBOLIC_AFTER.match(text, mention.end):
        return True  # fr: "pour un euro symbolique": a rescue's whole price, not the price of one share
    if not _SCALED.search(mention.text) and mention.value is not None and mention.value < 1000:
        return False  # "holders get 17 dlrs cash for their stock": an unscaled small sum prices one share
    if not _SCALED.search(mention.text) and mention.value is None and mention.upper is not None and mention.upper < 1000:
        return False  # "valued at between 4.08 dlrs and 4.72": a range of share prices
    if _SIZE_BEFORE[lang if lang in _SIZE_BEFORE else "en"].search(text, max(0, mention.start - _SIZE_WINDOW), mention.start):
        return False  # "three banks with assets of about 95 mln dlrs": the target's size, not its price
    if _NEGATED_CAP_BEFORE.search(text, max(0, mention.start - 80), mention.start):
        return False  # "does not expect the cost to exceed 15 mln dlrs": a ceiling, not the price
    if _FIGURE_BEFORE.search(text, max(0, mention.start - 90), mention.start) or _FINE_AFTER.match(text, mention.end):
        return False  # fr/de: "die Umsätze kletterten auf 3 Mrd. Euro", "500.000 euros d'amende": a figure, not a price
    if lang != "en" and (
        _FRDE_FIGURE_BEFORE.search(text, max(0, mention.start - 90), mention.start)
        or _FRDE_FIGURE_AFTER.match(text, mention.end)
        or _FIGURE_OF_BEFORE.search(text, max(0, mention.start - 70), mention.start)
        or lang == "fr" and _FR_RESULT_VERB_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    ):
        return False  # fr/de: "(Umsatz: 3 Mrd. Euro)", "300 millions d'euros de chiffre d'affaires": a company's size
    if lang == "en" and _EN_LOAN_BEFORE.search(text, max(0, mention.start - 80), mention.start):
        return False  # "a seven-year secured loan of about", "Norvia owes more than": a loan or a debt, not a price
    if lang == "en" and _EN_FOR_BEFORE.search(text, max(0, mention.start - 40), mention.start) and _EN_PAID_IN_STOCK.match(text, mention.end):
        return True  # "acquired Norvia for 59 mln dlrs worth of Velkor stock": the price, paid in shares
    return not _not_a_price_after(text, mention.end, lang)


# en: a sum right after "for" and before the stock it is paid in is the price, not a stake's worth ("buy more than 15
# mln dlrs worth of Norvia stock" has no "for" and stays out)
_EN_FOR_BEFORE = re.compile(r"\bfor\s+(?:about\s+|approximately\s+|some\s+|over\s+|more\s+than\s+|up\s+to\s+)?$", re.I)
_EN_PAID_IN_STOCK = re.compile(
    r"\s+(?:worth\s+)?of\s+(?:(?:its|their|[A-Z][\w.&-]*)\s+){0,2}(?:(?:common|preferred|convertible)\s+)*(?:stock|shares)\b"
)


# en: the words a size or a loan may have between its noun and its sum; none that tells a price ("sales of its unit for",
# "assets to Norvia at a price of" keep the price)
_EN_GAP = r"(?:(?!(?:for|price|prices|priced|paid|pay|pays|paying|cost|value|valued|values|worth|consideration|purchase|sale|sell|sold|buy|bought|acquire\w*|offer\w*|bid)\b)[\w'’.-]+\s+)"
_EN_ABOUT = r"(?:(?:about|approximately|some|nearly|over|more\s+than|around|roughly|almost|an\s+estimated|just\s+over|just\s+under|less\s+than|in\s+excess\s+of)\s+)?"
# en: a company's size told with more words than the shared size pattern reads ("its total assets at the close of 1985
# were roughly", "revenues of the two merged firms will be over", "turnover of Norvia was about", "would increase its
# deposits by about", "turnover had grown in recent years to"): not what is paid; joined to it in ``_SIZE_BEFORE["en"]``
_EN_SIZE_BEFORE = (
    r"\b(?:assets?|deposits|sales|revenues?|turnover|earnings|income|net\s+worth|book\s+value|loans|premiums|profits?|losses|debt)\s+"
    + _EN_GAP + r"{0,8}?"
    r"(?:of|is|are|were|was|(?:will|would|should|could|to)\s+be|be|by|(?:rose|fell|increased|decreased|declined|climbed|dropped|grew|grown|"
    r"risen|fallen|increase|rise|grow|jumped)\s+(?:[\w-]+\s+){0,4}?to)\s+" + _EN_ABOUT + r"$"
)
# en: a loan or a financing, not the price it pays for: "a seven-year secured loan of about", "a public financing of more
# than"; and what a company earns or owes: "Norvia earned", "Norvia owes more than"
_EN_LOAN_BEFORE = re.compile(
    r"\b(?:loans?|financing|refinancing|credit\s+(?:line|facility|agreement)|line\s+of\s+credit|borrowings?|debentures|notes|bonds|offerings?)\s+"
    + _EN_GAP + r"{0,3}?(?:of|(?:for\s+)?a\s+total\s+of|totaling|totalling|totaled|totalled)\s+" + _EN_ABOUT + r"$"
    r"|\b(?:earned|earns|netted|owes|owed|lost)\s+" + _EN_ABOUT + r"$"
    # "the rights offering should raise in excess of", "could gain about", "capitalized at": money an offering raises (a
    # round's "raised $40 million" stays the round's amount), a gain, a company's capital
    r"|\b(?:offering|placement|issue|rights)\b[^.;]{0,60}\b(?:raise|raises|raised|raising)\s+" + _EN_ABOUT + r"$"
    r"|\b(?:gain|gains|gained)\s+" + _EN_ABOUT + r"$"
    r"|\bcapitali[sz]ed\s+at\s+" + _EN_ABOUT + r"$"
    # "raised $60 million at a valuation of $1 billion", "to create a company worth $20 billion": what a company is
    # worth, before or after the deal, is not what the deal pays
    r"|\b(?:pre-money\s+|post-money\s+)?valuation\s+of\s+" + _EN_ABOUT + r"$"
    r"|\b(?:create|creates|creating|form|forms|forming)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|group|giant|business|firm)\s+"
    r"(?:worth|valued\s+at|with\s+(?:a\s+)?(?:combined\s+)?(?:market\s+)?(?:value|capitali[sz]ation)\s+of)\s+" + _EN_ABOUT + r"$"
    # "Norvia has sued Velkor for over 5 mln dlrs": a claim
    r"|\b(?:sued|sues|suing)\s+(?:[\w.'’&-]+\s+){0,6}?for\s+" + _EN_ABOUT + r"$",
    re.I,
)
# en: after the sum: "500 mln dlrs of the financing", "310 mln dlrs under a credit agreement", "2.2 mln dlrs in expenses",
# "100 mln dlrs in profits", "1.3 billion dlrs in unrecoverable loans", "an 11.9 mln stg loan note", "a five billion dlr,
# four year syndicated credit facility"; joined to the shared after-pattern in ``_NOT_A_PRICE_AFTER["en"]``
_EN_LOAN_AFTER = (
    r"\s+of\s+(?:the\s+|its\s+|new\s+)?(?:[\w-]+\s+)?(?:financing|borrowings?|credit)\b"
    r"|\s+under\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:credit|loan|financing)\b"
    r"|\s+in\s+(?:[\w-]+\s+)?(?:expenses|fees|profits?|gains|losses|loans|borrowings)\b"
    r"|\s+loan\b"
    r"|\s+(?:[\w-]+\s+)?issue\b|\s+principal\s+amount\b|\s+of\s+the\s+(?:[\w-]+\s+)?(?:gain|profit|loss)\b"
    r"|\s+from\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:offerings?|borrowings?|loans?|financing)\b"
    r"|\s+through\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:placements?|offerings?|issues?|borrowings?|loans?)\b"
    r"|\s+(?:[\w-]+\s+)?(?:issue|offering)\s+of\b"
    r"|(?<=dlr)\s+(?:[\w-]+\s+)?organi[sz]ation\b"
    r"|(?<=dlr),?\s+(?:[\w-]+\s+){0,3}?(?:credit|loan|facility|financing)\b"
)


# fr/de: a relative clause that tells an earlier moment: its auxiliary in the pluperfect or a year ("Norvia, que Dastrel
# avait achetée 300 millions en 2015", "Norvia, die 2015 für 300 Millionen Euro verkauft worden war")
_RELATIVE_OPENER = {
    "fr": re.compile(r",\s+(?:qui|que|qu['’]|dont|lequel|laquelle|lesquel(?:le)?s)(?![\w])[^,;()]*$"),
    "de": re.compile(r",\s+(?:die|der|das|den|dem|deren|dessen|denen|welche[rsnm]?)\s[^,;()]*$"),
}
_EARLIER = {
    # ... or that sets its own deal apart from the sentence's: "Norvia, qui a déjà levé 20 millions", "Norvia, qui vient par
    # ailleurs de lever 20 millions", "Norvia, die bereits 20 Millionen eingesammelt hat"
    "fr": re.compile(r"\b(?:avait|avaient|avoir|eut|eurent|(?:19|20)\d\d|déjà|par\s+ailleurs|en\s+outre)\b"),
    "de": re.compile(r"\b(?:hatte|hatten|worden\s+war|worden\s+waren|(?:19|20)\d\d|bereits|schon|außerdem|zudem)\b"),
}


_CLAUSE_CLOSE = re.compile(r"[,;()]|\.(?!\d)")


def _earlier_deal_clause(text: str, lang: str, s_start: int, mention: Any, trigger: int) -> bool:
    """fr/de: is the sum inside a relative clause told in the pluperfect or dated by a year, and the deal's trigger
    (at ``trigger``) outside it? It prices an earlier deal than this one."""
    if lang not in _RELATIVE_OPENER:
        return False
    opener = _RELATIVE_OPENER[lang].search(text, max(s_start, mention.start - 120), mention.start)
    if opener is None:
        return False
    close = _CLAUSE_CLOSE.search(text, mention.end)
    clause_end = close.start() if close else mention.end
    if opener.start() <= trigger < clause_end:
        return False  # the clause tells this very deal
    return _EARLIER[lang].search(text, opener.start(), clause_end) is not None


# fr/de: "40 Mio. Pfund (46 Mio. Euro)", "4 milliards de dollars (environ 3,6 milliards d'euros)": the bracket converts
# the sum before it, the article's own figure leads
_CONVERSION_GAP = re.compile(
    r"\s*\(\s*(?:(?:umgerechnet|rund|etwa|knapp|gut|ca\.|circa|fast|mehr als|über|zirka|"
    r"environ|soit|près de|quelque|plus de|presque)\s+)*"
)


def _without_conversions(text: str, totals: list[Any]) -> list[Any]:
    """fr/de: the sums that are not the bracketed conversion of the sum right before them."""
    return [m for k, m in enumerate(totals) if not (k > 0 and _CONVERSION_GAP.fullmatch(text, totals[k - 1].end, m.start))]


_NEGATED_CAP_BEFORE = re.compile(r"\b(?:not|n't)\s+(?:[\w-]+\s+){0,8}?(?:exceed|spend\s+more\s+than|be\s+more\s+than|top)\s+$")
_PERSON_WITHHOLDS = re.compile(r"\b(?:[Hh]e|[Ss]he|spokesman|spokeswoman|official|officials|executive)\s+(?:would|did|could|will)\s+$")
_SHARED_SIZE_BEFORE = (
    r"\b(?:assets?|deposits|sales|revenues?|earnings|income|debt|loans|book value|market value|equity|net worth|gains?|loss|profit|charge|claims|damages|"
    r"write-?(?:down|off)|writeoff|provision|reserve)\s+(?:\w+\s+){0,4}?"
    # "sales for 1986 of around 76 mln dlrs", "its principal asset is about 29 mln dlrs", "sales rose 61 pct to 370 mln dlrs"
    r"(?:of|is|are|were|was|totaling|totalling|totaled|totalled|(?:rose|fell|increased|decreased|declined|climbed|dropped|grew)\s+(?:[\d.]+\s+pct\s+)?to)\s+"
    r"(?:about\s+|approximately\s+|some\s+|nearly\s+|over\s+|more than\s+|around\s+|roughly\s+|almost\s+|an estimated\s+)?$"
)
# a company's size before the sum, one pattern per language: English also reads the wider wordings of ``_EN_SIZE_BEFORE``
_SIZE_BEFORE = {lang: re.compile(_SHARED_SIZE_BEFORE + ("|" + _EN_SIZE_BEFORE if lang == "en" else ""), re.I) for lang in ("en", "fr", "de")}
_SIZE_WINDOW = 120
_UNDISCLOSED_OTHER = re.compile(
    r"\s+(?!(?:terms|amount|sum|price|cash|fee|consideration|figure|value|payment|financial|number|stock|shares|cost)\b)[a-z]"
)
_PER_SHARE_AFTER = re.compile(r"[^.;]{0,50}?\b(?:per|a|each)[\s-]+(?:[\w-]+\s+){0,2}?share\b|(?:\s+cash)?\s+each\b", re.I)


_FIGURE_BEFORE = re.compile(
    # a noun right after its own sum ("mit 2 Milliarden Euro Umsatz zahlt 300 Millionen", "2 milliards d'euros de chiffre
    # d'affaires, paie 300 millions") leaves the later sum alone
    r"(?<!Euro\s)(?<!Dollar\s)(?<!Franken\s)(?<!Pfund\s)(?<!euros\sde\s)(?<!dollars\sde\s)(?<!euros\sd')(?<!euros\sd’)"
    r"\b(?:Umsatz|Umsätze|Umsätzen|Gewinn|Verlust|Ergebnis|Schulden|Geldstrafe|Strafe|Jahresumsatz|"
    r"chiffre d['’]affaires|bénéfices?|pertes?|dettes?|amendes?)\b"
    # the figure's own sum closes it: "Der Konzern mit 2 Milliarden Euro Umsatz zahlt 300 Millionen Euro" prices the deal
    r"(?:(?!Euro|Dollar|Franken|Pfund|euros?|dollars?|livres|francs)[^.;:,€$£]){0,80}$"
)
# fr/de (English keeps the patterns above): "(Umsatz: 300 Millionen Euro)", a colon between the figure's noun and the
# sum; a company's worth on the stock market ("an der Börse rund 3 Milliarden Euro wert", "une capitalisation de 2
# milliards") is no price either
_FRDE_FIGURE_BEFORE = re.compile(
    r"\b(?:Umsatz|Umsätze|Umsätzen|Gewinn|Verlust|Ergebnis|Schulden|Jahresumsatz|chiffre d['’]affaires|bénéfices?|pertes?|dettes?)"
    # "(Umsatz 2019: 4 Mrd. Euro)", "(chiffre d'affaires en 2019 : 2 milliards)": a year or a few words before the colon
    r"(?:\s+[^.;:,()€$£]{1,30}?)?\s*:\s*$"
    r"|\b(?:Börsenwert|Marktwert|Marktkapitalisierung|Börsenkapitalisierung|an der Börse|capitalisation)\b[^.;:,]{0,80}$"
)
# fr/de: more figures of a company, tied to the sum by a preposition or a verb ("dont les ventes atteignent 3 milliards",
# "des revenus de 2 milliards", "sa fortune est estimée à", "einen Konzernumsatz von 3 Milliarden", "der Nettogewinn
# lag bei", "verwaltet ein Vermögen von", "eine Bilanzsumme von"): a size, not a price
_FIGURE_OF_BEFORE = re.compile(
    r"(?:\b(?:ventes|revenus|recettes|résultats?(?:\s+(?:net|opérationnel|d['’]exploitation))?|excédent\s+brut|(?:sa|la|leur)\s+fortune|"
    r"actifs\s+sous\s+gestion|encours|(?:des|les|en)\s+synergies|économies)"
    r"|\b[A-ZÄÖÜ]\w*(?:umsatz|umsätze|gewinn|ergebnis|überschuss|verlust|schulden|vermögen|einsparungen)"
    r"|\b(?:Vermögen|Bilanzsumme|Einnahmen|Erlöse|Synergien|Einsparungen))\b"
    r"\s+(?:[\w'’]+\s+){0,3}?(?:de|d['’]|à|atteint|atteignent|atteignait|von|auf|bei|über|:)\s*"
    r"(?:(?:plus\s+de|près\s+de|environ|quelque|rund|etwa|knapp|gut|mehr\s+als|über|fast)\s+)?$"
)
# fr: a result told by its verb ("Norvia, qui a perdu 20 millions d'euros l'an dernier", "a dégagé un excédent de"): a
# figure of the company, no price
_FR_RESULT_VERB_BEFORE = re.compile(
    r"\b(?:a|ont|avait|avaient|aurait)\s+(?:(?:encore|déjà|aussi|également)\s+)?(?:perdu|dégagé|accusé)\s+"
    r"(?:(?:un|une)\s+(?:\S+\s+){1,2}?(?:de|d['’])\s+)?(?:(?:plus\s+de|près\s+de|environ|quelque)\s+)?$"
    r"|\b(?:perd|perdent|perdait|perdaient|dégage|dégagent)\s+(?:(?:plus\s+de|près\s+de|environ|quelque)\s+)?$"
    # "ses résultats, en hausse de 12 % à 3 milliards d'euros": a figure that moved, no price
    r"|\ben\s+(?:hausse|baisse|progression|recul|repli|croissance|augmentation)\s+de\s+[\d,.]+\s*(?:%|pour\s+cent)\s+(?:à|,\s+à)\s+(?:(?:plus\s+de|près\s+de|environ)\s+)?$"
)
_FINE_AFTER = re.compile(r"\s*(?:d['’]amende|de pénalité|Strafe|Geldstrafe|Bußgeld)\b")
# fr/de: the figure's noun after the sum: "300 millions d'euros de chiffre d'affaires", "300 Millionen Euro Umsatz",
# "pèse 3 milliards d'euros en Bourse", "500 millions d'euros de synergies" (the sum of a sale, "Erlös", is the price and
# stays)
_FRDE_FIGURE_AFTER = re.compile(
    r"\s+(?:de\s+|d['’])(?:chiffre\s+d['’]affaires|CA|revenus|ventes|bénéfices?|pertes?|dettes?|endettement|"
    r"capitalisation(?:\s+boursière)?|résultat\s+net|excédent|déficit|synergies|économies)\b"
    # "11 millions d'euros de « dépenses suspectes »", "2 millions de frais": money spent, not a deal's price
    r"|\s+(?:de\s+|d['’])[\"«“]?\s*(?:dépenses|frais)\b"
    r"|\s+(?:an\s+)?(?:Synergien|Einsparungen|Kosteneinsparungen)\b"
    r"|\s+(?:(?:Jahres)?(?:Umsatz|Umsätze)|Gewinn|Verlust|Schulden|Börsenwert|umsetzt|umsetzte|umsetzten|umgesetzt|"
    r"erwirtschaftet|erwirtschaftete|erwirtschafteten|verdient|verdiente|verdienten)\b"
    r"|\s+(?:en\s+Bourse|an\s+der\s+Börse)\b"
)


def _undisclosed(text: str, cache: dict[str, Any]) -> Money | None:
    """"Terms were not disclosed" anywhere in the article (often its last sentence), in the
    money layer's short form; "did not disclose which dealers" withholds something else."""
    for mention in cache.get("money:article", []):
        if not mention.disclosed and _priceish(text, mention):
            return money.to_money_or_none(mention, on=None)
    return None


def _in_range(cache: dict[str, Any], kind: str, finder: Any, text: str, lang: str, start: int, end: int) -> list[Any]:
    """Mentions in one sentence, found once: the finders read sentences, not whole articles."""
    key = f"{kind}:{start}:{end}"
    if key in cache:
        cached: list[Any] = cache[key]
        return cached
    if finder is money.find_money:
        if "money:article" not in cache:
            # read the whole article once: its dollar and usual currency are what ``money_defaults``
            # would compute, and a sentence alone does not know them
            found_all = money.find_money(text, lang)
            cache["money:article"] = found_all
            counts: dict[str, int] = {}
            for m in found_all:
                if m.currency and not m.currency_implied:
                    counts[m.currency] = counts.get(m.currency, 0) + 1
            cache["currency"] = max(counts, key=lambda c: counts[c]) if counts else None
        found = [m for m in cache["money:article"] if start <= m.start and m.end <= end]
    else:
        found = [dataclasses.replace(m, start=m.start + start, end=m.end + start) for m in finder(text[start:end], lang)]
    if kind == "money" and _EACH.match(text, start, end):
        # "Chaque puce coûterait 30 000 dollars": a sentence about each unit prices one unit
        found = [dataclasses.replace(m, per_unit=True) if m.value is not None else m for m in found]
    cache[key] = found
    return found


_EACH = re.compile(r"\s*[\"«“]?(?:Chaque|Chacune?|Each|Every|Jede[rsn]?|Pro)\s+(?:\w+\s+){0,2}?\w+\s+(?:co[uû]t\w*|vaut|valai\w*|kost\w*|cost\w*|sells?|se vend\w*)\b")
_DEAL_NOUN_LEAD = re.compile(
    # fr: plural too ("Des contrats à 3,4 millions d'euros", "Les commandes atteignent ...")
    r"\s*(?i:La|Le|Les|Des|Ces|L['’]|Cette|Ce|Cet|Une|Un|Der|Die|Das|Dieser|Diese|Dieses|Eine|Ein)\s*(?:\w+\s+)?"
    r"(?:(?:commande|contrat|transaction|opération|montant|accord|rachat|acquisition|cession|investissement|offre)s?|prix|"
    r"Auftrag|Vertrag|Transaktion|Kaufpreis|Deal|Geschäft|Übernahme|Investition|Verkauf|Bestellung|Angebot|Gebot|Preis|Volumen|"
    # de compounds headed by the price or the volume: "Das Auftragsvolumen", "Der Gesamtwert" (not a stock-market worth)
    r"(?!Börsen|Markt|Aktien)[A-ZÄÖÜ]\w*(?:volumen|preis|wert|summe)|"
    # the worth of the deal itself: "Der Wert der Transaktion", "La valeur de l'opération" (not "Der Wert des Unternehmens")
    r"(?:Wert|Gesamtwert|Summe)\s+(?:der|des)\s+(?:Transaktion|Übernahme|Deals?|Geschäfts|Auftrags|Vertrags|Kaufs|Verkaufs|Pakets|Kredits)|"
    r"valeur\s+(?:de\s+la|du|de\s+l['’])\s*(?:transaction|opération|contrat|commande|accord|rachat|acquisition|cession|deal)|"
    # a loan told again by its noun ("Der Kredit hat ein Volumen von ...", "Le prêt s'élève à ..."): a loan's amount only
    # (``_LOAN_NOUN``)
    r"Kredit|Darlehen|Hilfspaket|Rettungspaket|prêt)\b"
)


_VALUATION = re.compile(r"\b(?:belief\w* sich|beläuft sich|belaufen sich|évalué\w*|estimé\w*|valoris\w*|rapporterai\w*|einbringen|bewertet|schätz\w+ den (?:Wert|Preis)|Kaufpreis)\b")


# de: "der Mischkonzern zahlt dafür rund 40 Mio.", "für die Anteile legt Velkor 2 Milliarden hin",
# "Norvia kassiert dafür 300 Millionen": paid or received for the deal of the sentence before
_DE_PAID_FOR = re.compile(
    r"\b(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|bezahlen|gezahlt|legt|legte|legen|blättert|blätterte|kassiert|kassierte|erlöst|erlöste|"
    r"streicht|strich|erhält|erhielt|bekommt|bekam|kostet|kostete)\b[^.;]{0,40}?\b(?:dafür|für (?:die|den|das|diese[nsr]?) (?:\w+ )?"
    r"(?:Übernahme|Kauf|Erwerb|Anteile?|Anteils|Beteiligung|Aktien|Aktienpaket|Paket|Mehrheit|Firma|Unternehmen|Sparte|Geschäft|Tochter|Verkauf))\b"
    r"|\b(?:[Dd]afür|[Ff]ür (?:die|den|das|diese[nsr]?) (?:\w+ )?(?:Übernahme|Kauf|Erwerb|Anteile?|Beteiligung|Aktien|Aktienpaket|Paket|Mehrheit|Sparte|Tochter))\s+"
    r"(?:zahlt|zahlte|bezahlt|bezahlte|legt|legte|blättert|blätterte|kassiert|kassierte|erlöst|erlöste|erhält|erhielt|bekommt|bekam)\b"
)


# fr/de: who said it, before the deal's noun: "Selon un quotidien, le prix ...", "Laut Velkor liegt der Kaufpreis ...",
# "Insidern zufolge ..."; and the noun alone before a colon: "Montant de la transaction : 1,5 milliard"
_ATTRIBUTION = re.compile(
    r"\s*(?:(?:Selon|D['’]après|Laut|Nach\s+Angaben\s+(?:von|des|der))\s+[^,.;:]{1,60},\s*|"
    r"(?:Insidern|Medienberichten|Berichten|Kreisen|Angaben)\s+zufolge,?\s+|Au\s+total,?\s+|Insgesamt\s+)"
)
_DEAL_NOUN_COLON = re.compile(
    r"\s*(?:Montant|Prix|Coût|Valeur|Kaufpreis|Preis|Volumen|Wert|Transaktionsvolumen)\b[^.:;]{0,40}:\s*(?=\S)"
)
# fr/de: the deal's party pays, in the next sentence: "Velkor va débourser 1,5 milliard", "Insidern zufolge zahlt Velkor
# rund 1,2 Milliarden Euro", "Velkor lässt sich den Kauf 1,2 Milliarden Euro kosten"
_PAYS = {
    "fr": re.compile(
        r"\b(?:débours\w*|payer|paiera\w*|paie|paient|payé|payée?s|verser|versera\w*|verse|versé|allonger\w*|"
        r"(?:mettre|met|mettent|mettra\w*|mis)\s+sur\s+la\s+table|offre|offrent|offrira\w*|propose|proposent|proposera\w*)\b"
    ),
    "de": re.compile(
        r"\b(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|bezahlen|blättert|blätterte|hinblättern|"
        r"(?:lässt|ließ|lassen)\s+sich\s+(?:\S+\s+){0,6}?kosten|kostet|kostete|bietet|bot|bieten)\b"
    ),
}
# ... and for a stake or a round, the sum invested: "Velkor investiert 200 Millionen Euro und erhält 20 Prozent"
_INVESTS = {
    "fr": re.compile(r"\b(?:investi[rt]?|investie?s|investissent|investira\w*|injecte\w*|injecté|apporte\w*|apporté)\b"),
    "de": re.compile(r"\b(?:investiert|investierte|investieren|investierten|steckt|steckte|stecken|schießt|schoss)\b"),
}
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


# fr/de: the deal nouns that name one kind of deal (the others, "transaction", "opération", "montant", "accord", "prix",
# "Deal", "Volumen", name any): an order or a contract is a supply, a purchase or a sale a change of hands
_SUPPLY_NOUN = re.compile(r"(?i:commandes?|contrats?|marchés?|Auftrag|Vertrag|Bestellung|\w*auftrag|\w*vertrag)\b")
_TRANSFER_NOUN = re.compile(r"(?i:rachats?|acquisitions?|cessions?|Übernahme|Verkauf|Kaufpreis)\b")
_SUPPLY_KINDS = (DealType.SUPPLY_CONTRACT, DealType.INFRASTRUCTURE, DealType.OTHER, DealType.PARTNERSHIP, DealType.JOINT_VENTURE)
_TRANSFER_KINDS = (DealType.ACQUISITION, DealType.DIVESTITURE, DealType.INVESTMENT, DealType.FUNDING_ROUND, DealType.MERGER)


# fr: a sum's noun ("montant", "prix") whose complement names something else than a deal or a company ("Le montant des
# indemnités", "Le prix du baril"; a capital starts a name: "Le prix de Norvia")
_SUM_NOUN = re.compile(r"(?:montants?|prix)$")
_AMOUNT_OF_SOMETHING_ELSE = re.compile(
    r"\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*"
    r"(?!(?:la\s+|l['’]|le\s+|les\s+)?(?:transaction|opération|achat|rachat|reprise|acquisition|cession|vente|contrat|commande|accord|"
    r"investissement|offre|deal|marché|levée|tour|prise|participation|fusion)\w*)(?-i:[a-zà-ÿ])"
)


_LOAN_NOUN = re.compile(r"(?i:Kredit|Darlehen|Hilfspaket|Rettungspaket|prêt)")


def _noun_of_another_kind(lead: str, deal_type: DealType) -> bool:
    """Does the later sentence's deal noun name a kind of deal this one is not (a contract after a takeover, a purchase
    after a supply contract, a loan after anything but a loan)?"""
    noun = lead.split()[-1] if lead.split() else ""
    if _LOAN_NOUN.fullmatch(noun):
        return deal_type is not DealType.OTHER
    if _SUPPLY_NOUN.fullmatch(noun):
        return deal_type in _TRANSFER_KINDS
    if _TRANSFER_NOUN.fullmatch(noun):
        return deal_type in _SUPPLY_KINDS
    return False


# fr/de: a name right after "selon", "d'après", "laut" is who tells the news ("Selon Les Echos, Velkor déboursera ...",
# "Laut Handelsblatt zahlt Velkor ..."), not another company in the deal
_SOURCE_BEFORE = re.compile(
    r"(?<![\w])(?:[Ss]elon|[Dd]['’]après|[Ll]aut)\s+(?:(?i:le|la|les|l['’]|der|die|das|dem|den|des|quotidien|journal|"
    r"magazine|agence|site|Zeitung|Blatt|Magazin|Agentur|Nachrichtenagentur)\s*){0,3}$"
)


def _paid_next(text: str, lang: str, start: int, end: int, parties: list[str], at: int, stake: bool) -> bool:
    """fr/de: a paying (for a stake: investing) verb before the sum ``at`` (or around it: "lässt sich ... kosten") in a
    sentence that names no company but the deal's and dates nothing (a year told marks another, earlier payment)."""
    if lang not in _PAYS:
        return False
    verbs = [_PAYS[lang]] + ([_INVESTS[lang]] if stake else [])
    if not any((verb := pattern.search(text, start, end)) is not None and verb.start() < at for pattern in verbs):
        return False
    if _YEAR_IN.search(text, start, end) and not (lang == "fr" and _fr_years_only_described(text, start, end)):
        return False
    named = [n for n in find_names(text, lang, start, end) if not is_place(n) and not _SOURCE_BEFORE.search(text, max(start, n.start - 40), n.start)]
    if all(any(name and (name in n.text or n.text in name) for name in parties) for n in named):
        return True
    # a stake: invested in the company the deal is about, told by a description right after the stake was told ("La
    # banque d'Etat Korlim investira 250 millions dans l'entreprise"); "... dans Dastrel" is another company's stake
    return stake and _INVESTED_IN_IT[lang].match(text, _sum_end(text, at, end)) is not None


# fr: ", qui a réalisé 4 milliards d'euros de ventes en 2023,": a relative clause that describes the payer
_FR_WHO_CLAUSE = re.compile(r",\s+qui\s[^,;:()]*,")


def _fr_years_only_described(text: str, start: int, end: int) -> bool:
    """fr: every year the sentence names stands in a relative clause describing its subject ("Velkor, qui a réalisé 4
    milliards de ventes en 2023, paiera 210 millions"): the year dates the description, not the payment."""
    clauses = [m.span() for m in _FR_WHO_CLAUSE.finditer(text, start, end)]
    return bool(clauses) and all(any(a <= y.start() < b for a, b in clauses) for y in _YEAR_IN.finditer(text, start, end))


def _sum_end(text: str, at: int, end: int) -> int:
    """The end of the sum that starts at ``at`` (the scaled figure and its currency words)."""
    found = _SUM_SPAN.match(text, at, end)
    return found.end() if found is not None else at


_SUM_SPAN = re.compile(r"[^\s]+(?:\s+(?:millions?|milliards?|Millionen|Milliarden|Mio\.|Mrd\.))?(?:\s+(?:d['’]\s*|de\s+)?[\w€$£]+)?")
_INVESTED_IN_IT = {
    "fr": re.compile(
        r"\s+(?:\S+\s+){0,6}?dans\s+(?:la|le|l['’]|cette|ce|cet)\s*(?:jeune\s+)?(?:firme|société|entreprise|groupe|start-?up|"
        r"laboratoire|pousse|biotech|fabricant|constructeur|compagnie|banque)\b"
    ),
    "de": re.compile(r"\s+(?:\S+\s+){0,6}?in\s+(?:die|das|den|dieses?|diese[nm]?)\s+(?:Firma|Unternehmen|Konzern|Start-?up|Gesellschaft|Bank|Hersteller)\b"),
}


def _later_total(
    text: str, lang: str, sentences: list[tuple[int, int]], sentence: tuple[int, int], cache: dict[str, Any], on: Any,
    parties: list[str] | None = None, stake: bool = False, deal_type: DealType | None = None,
) -> Money | None:
    """fr/de: "La commande atteindrait 3 milliards": a later sentence about the deal itself states its total."""
    told_before = sentence
    for offset, (start, end) in enumerate(_following(sentences, sentence, 3)):
        if offset > 0 and parties is not None and _tells_another_deal(text, lang, *told_before, parties, on.year if on else None):
            break  # "L'opération ..." after another deal was told refers to that one
        told_before = (start, end)
        if parties is not None and _fr_earlier_deal_of_another(text, lang, start, end, parties, on.year if on else None):
            continue  # "Velkor avait racheté Norvia pour 15 millions": that earlier deal's sum
        totals = [m for m in _in_range(cache, "money", money.find_money, text, lang, start, end) if not m.per_unit and m.disclosed]
        # a price, not a fine or a turnover ("La transaction intervient alors que Velkor a perdu 2 milliards")
        priced = [m for m in totals if _priceish(text, m, lang)]
        if not priced:
            continue
        lead_noun = _DEAL_NOUN_LEAD.match(text, start, end)
        if lead_noun is not None and deal_type is not None and _noun_of_another_kind(lead_noun.group(), deal_type):
            continue  # "Velkor rachète Norvia. ... Le contrat de maintenance s'élève à ...": a contract is no takeover
        if lead_noun is not None and _SUM_NOUN.search(lead_noun.group()) and _AMOUNT_OF_SOMETHING_ELSE.match(text, lead_noun.end(), end):
            continue  # "Le montant des indemnités ...", "Le prix du baril ...": the sum of something else than the deal
        if lead_noun is not None or _VALUATION.search(text, start, end):
            return _first_money(priced, on)
        if lang == "de" and offset < 2 and _DE_PAID_FOR.search(text, start, end):
            return _first_money(priced, on)
        # the deal's noun after who said it or before a colon, or the deal's party paying
        lead = _ATTRIBUTION.match(text, start, end)
        told = (lead is not None and _DEAL_NOUN_LEAD.match(text, lead.end(), end)) or _DEAL_NOUN_COLON.match(text, start, end)
        paid = offset < 2 and parties is not None and _paid_next(text, lang, start, end, parties, priced[0].start, stake)
        if told or paid:
            return _first_money(priced, on)
    return None


# fr/de: the deal pointed back to by a demonstrative as the sentence's subject: "Ce contrat, évalué à 500 millions",
# "Dieser Deal hat einen Wert von 2 Milliarden Euro" (the plural "Ces", "Diese Aufträge" may gather several deals)
_DEMONSTRATIVE_DEAL_LEAD = re.compile(
    r"\s*(?:(?:Ce|Cet|Cette)\s+(?:\w+\s+)?(?:contrat|commande|transaction|opération|accord|rachat|acquisition|cession|"
    r"investissement|offre|partenariat|marché|prêt|fusion|deal)|"
    r"(?:Dieser|Diese|Dieses)\s+(?:\w+\s+)?(?:Auftrag|Vertrag|Transaktion|Deal|Geschäft|Übernahme|Investition|Verkauf|Kauf|"
    r"Bestellung|Angebot|Kredit|Fusion|Partnerschaft|Zusammenschluss))\b"
)
# ... whose sum is its worth, told by a verb of value right before it: "évalué par la presse à", "s'élève à", "beläuft sich
# auf", "im Wert von" (not "Ce contrat permettra de dégager 2 milliards de ventes")
_WORTH_VERB_BEFORE = re.compile(
    r"(?:\b(?:évaluée?s?|estimée?s?|chiffrée?s?|valorisée?s?)\b[^.;]{0,50}?\sà|\b(?:s['’]élève|s['’]élèverait|se monte|se monterait|atteint|"
    r"atteindrait|porte sur|d['’]un montant de|d['’]une valeur de)|\b(?:beläuft|belief|belaufe)\s+sich\s+auf|\bim\s+Wert\s+von|"
    r"\bin\s+Höhe\s+von|\bhat\s+einen\s+Wert\s+von|\bist\s+[^.;]{0,20}?wert|\bkostet|\bkostete)\s+(?:\S+\s+){0,2}?$"
)


def _demonstrative_total(
    text: str, lang: str, sentences: list[tuple[int, int]], sentence: tuple[int, int], cache: dict[str, Any], on: Any,
    parties: list[str], deal_type: DealType,
) -> Money | None:
    """fr/de: past the three sentences ``_later_total`` reads, "Ce contrat, évalué à 500 millions de dollars, ..." still
    prices the deal told last: a demonstrative points back to it however far on, unless a deal of other companies was
    told in between (the demonstrative then points to that one)."""
    told_before = sentence
    year = on.year if on else None
    for offset, (start, end) in enumerate(_following(sentences, sentence, len(sentences))):
        if offset > 0 and _tells_another_deal(text, lang, *told_before, parties, year):
            return None
        told_before = (start, end)
        if offset < 3:
            continue
        lead = _ATTRIBUTION.match(text, start, end)
        noun = _DEMONSTRATIVE_DEAL_LEAD.match(text, lead.end() if lead is not None else start, end)
        if noun is None or _noun_of_another_kind(noun.group(), deal_type):
            continue
        priced = [
            m for m in _in_range(cache, "money", money.find_money, text, lang, start, end)
            if not m.per_unit and m.disclosed and _priceish(text, m, lang) and _WORTH_VERB_BEFORE.search(text, noun.end(), m.start)
        ]
        if priced:
            return _first_money(priced, on, cache.get("currency"))
    return None


_CLAUSE_BOUND = re.compile(r"[,;:()]|\s[–—-]\s")
_PAST_YEAR = re.compile(r"(?<!\d)(?<!\d[.,])((?:19|20)\d\d)(?!\d|[.,]\d)")
_DE_PLUPERFECT = re.compile(r"\b(?:hatte|hatten|war|waren)\b")


def _dated_earlier(text: str, lang: str, cand: Candidate, published: datetime | None) -> bool:
    """fr/de: is the deal told in its own clause (between commas) with a year before the article's, or in the pluperfect
    ("Velkor avait racheté Dastrel", "2015 hatte Velkor Dastrel übernommen")? Then it is an earlier deal."""
    s_start, s_end = cand.sentence
    at = cand.trigger.start
    bounds = [m for m in _CLAUSE_BOUND.finditer(text, s_start, s_end)]
    c_start = max([m.end() for m in bounds if m.end() <= at], default=s_start)
    c_end = min([m.start() for m in bounds if m.start() >= cand.trigger.end], default=s_end)
    clause = text[c_start:c_end]
    if published is not None and any(int(y) < published.year for y in _PAST_YEAR.findall(clause)):
        return True
    if lang == "de":
        # "hatte ... übernommen", "war ... verkauft worden": the auxiliary and, at the clause's end, the participle
        return _DE_PLUPERFECT.search(clause) is not None and re.search(r"\b(?:\w+t|\w+en)\s*$", clause.rstrip(".!? ")) is not None
    return False


_EARLIER_TOLD = {
    "fr": re.compile(r"\b(?:avait|avaient|était|étaient)\b"),
    "de": re.compile(r"\b(?:hatte|hatten|war|waren)\b"),
}


def _tells_another_deal(text: str, lang: str, start: int, end: int, parties: list[str], year: int | None) -> bool:
    """fr/de: does the sentence tell a deal of other companies (a trigger, companies named, none of ``parties``), as news
    (not in the pluperfect, not dated before the article's ``year``)? A deal noun in a later sentence then refers to
    that nearer deal."""
    if not find_triggers(text[start:end], lang):
        return False
    if lang in _EARLIER_TOLD and _EARLIER_TOLD[lang].search(text, start, end):
        return False
    if year is not None and any(int(y) < year for y in _PAST_YEAR.findall(text, start, end)):
        return False
    if any(name and name in text[start:end] for name in parties):
        return False  # it names this deal's side: this deal retold ("selon un journal, Velkor devrait livrer ...")
    return any(not is_place(n) for n in find_names(text, lang, start, end))


# fr/de: a sentence that goes on about the contract just told: "Il porte sur ...", "Der Auftrag umfasst ..."
_CONTRACT_TOLD_NEXT = {
    "fr": re.compile(
        r"\s*(?:Il|Elle|Celui-ci|Celle-ci|Le contrat|La commande|Le marché|L['’]accord|La tranche)\s+(?:\S+\s+){0,2}?"
        r"(?:porte|portent|prévoit|prévoient|concerne|concernent|comprend|comprennent|inclut|vise)\b"
    ),
    "de": re.compile(
        r"\s*(?:Er|Sie|Der Auftrag|Der Vertrag|Die Bestellung|Das Geschäft)\s+(?:\S+\s+){0,2}?(?:umfasst|umfasste|beinhaltet|betrifft|sieht)\b"
    ),
}


def _deal_quantity(
    text: str, lang: str, cand: Candidate, cache: dict[str, Any], amount: Money | None, sentences: list[tuple[int, int]]
) -> Quantity | None:
    """The counted thing of the trigger sentence nearest its amount (or its trigger): doses, trains, shares, loans."""
    s_start, s_end = cand.sentence
    found = [
        q for q in _in_range(cache, "quantities", numbers.find_quantities, text, lang, s_start, s_end)
        if q.unit not in ("percent", "pct")
    ]
    if not found and lang in _CONTRACT_TOLD_NEXT and cand.trigger.voice in ("supply", "order"):
        # "Velkor a remporté un contrat auprès de Norvia. Il porte sur la livraison de 40 trains.": the next sentence counts
        for start, end in _following(sentences, cand.sentence, 1):
            if _CONTRACT_TOLD_NEXT[lang].match(text, start, end):
                found = [q for q in _in_range(cache, "quantities", numbers.find_quantities, text, lang, start, end) if q.unit not in ("percent", "pct")]
    if not found:
        return None
    anchor = cand.trigger.start
    if amount is not None and amount.evidence is not None and s_start <= amount.evidence.start < s_end:
        anchor = amount.evidence.start
    q = min(found, key=lambda m: abs(m.start - anchor))
    if lang == "fr" and cand.trigger.voice == "order":
        # "30 millions de doses à Velkor, 20 millions de doses à Norvia": each maker's own count is the one just before it
        makers = [p for p in cand.parties if p.role.value == "supplier" and p.start > cand.trigger.end]
        own = [m for m in found if len(makers) == 1 and cand.trigger.end <= m.start and m.end <= makers[0].start]
        q = own[-1] if own else q
    if lang != "en" and not q.approximate and s_start == 0:
        # a headline rounds what the text qualifies: "100 000 puces" above "environ 100 000 puces" is the text's count
        for start, end in _following(sentences, cand.sentence, 2):
            told = next((m for m in _in_range(cache, "quantities", numbers.find_quantities, text, lang, start, end)
                         if m.approximate and (m.value, m.unit) == (q.value, q.unit)), None)
            if told is not None:
                q = told
                break
    return Quantity(
        value=q.value, unit=q.unit, item=q.item, approximate=q.approximate,
        evidence=Evidence(text=q.text, start=q.start, end=q.end),
    )


def _deal_unit_price(
    text: str, lang: str, cand: Candidate, sentences: list[tuple[int, int]], cache: dict[str, Any], on: Any,
    units: list[Any], quantity: Quantity | None,
) -> Money | None:
    """A price per unit from the trigger sentence, or from the next two when the deal counts units."""
    found = _first_money([u for u in units if u.disclosed], on)
    if lang == "de":
        return _de_with_unit(text, found) if found is not None else _de_later_unit_price(text, cand, sentences, cache, on)
    if found is not None or quantity is None:
        return found
    for start, end in _following(sentences, cand.sentence, 2):
        per_unit = [m for m in _in_range(cache, "money", money.find_money, text, lang, start, end) if m.per_unit and m.disclosed]
        if per_unit:
            return _first_money(per_unit, on)
    return None


_DE_PER_AFTER = re.compile(r"\s+(?:je|pro)\s+[\w-]+")
# a per-unit price a later sentence states for the deal: "Der Strom kostet 4,25 Cent je Kilowattstunde"
_DE_UNIT_PRICE_CUE = re.compile(
    r"\b(?:[Pp]reis\w*|\w+preis\w*|kostet|kostete|kosten|zahlt\w*|bezahlt\w*|gezahlt|[Vv]ergütung|vergütet|garantiert\w*|vereinbart\w*|[Tt]arif\w*|zu je)\b"
)
# "der Preis stieg um 2 Prozent auf 93 Dollar je Barrel", "das Papier schloss bei 187 Dollar": a market price, no deal's
_DE_MARKET_PRICE = re.compile(
    r"\bum\s+[\d,.]+\s+Prozent\b|\b(?:stieg|stiegen|sank|sanken|fiel|fielen|kletter\w*|verteuer\w*|verbillig\w*|drückte|notiert\w*|schloss|Umlage|Steuer\w*|Kurs\w*|Börse\w*)\b"
)


def _de_with_unit(text: str, found: Money) -> Money:
    """de: the unit price's evidence spans its unit too ("4,25 Cent je Kilowattstunde", "je Aktie 25 Euro")."""
    if found.evidence is None:
        return found
    start, end = found.evidence.start, found.evidence.end
    after = _DE_PER_AFTER.match(text, end)
    before = money.DE_PER_BEFORE.search(text, max(0, start - 60), start)
    if after is not None:
        end = after.end()
    elif before is not None:
        start = before.start()
    else:
        return found
    return found.model_copy(update={"evidence": Evidence(text=text[start:end], start=start, end=end)})


def _de_later_unit_price(text: str, cand: Candidate, sentences: list[tuple[int, int]], cache: dict[str, Any], on: Any) -> Money | None:
    """de: a price per unit stated in one of the next two sentences, with a price cue before it and no market move
    ("Velkor hat im Schnitt 42 Euro je Aktie bezahlt"); the deal's, as its own sentence prices no unit."""
    for start, end in _following(sentences, cand.sentence, 2):
        if _DE_MARKET_PRICE.search(text, start, end):
            continue
        found = _in_range(cache, "money", money.find_money, text, "de", start, end)
        per_unit = [m for m in found if m.per_unit and m.disclosed and m.per and _DE_UNIT_PRICE_CUE.search(text, start, min(end, m.end + 30))]
        if per_unit:
            price = _first_money(per_unit, on)
            return _de_with_unit(text, price) if price is not None else None
    return None


_VALUE_CUE = re.compile(
    r"(?:\bfor|valu(?:e|es|ed) (?:\w+ ){0,6}?at|\bworth|\bpa(?:y|ys|id|ying)|price of|\bcost of|\btotal(?:l?ing)?|realized|"
    r"\bpour|\bmontant (?:record |total |global )?de|\bvaleur (?:totale )?de|\bfür|\bWert von|\bKaufpreis von)\s+(?:a total of\s+|about\s+|approximately\s+|more than\s+|over\s+)?$",
    re.IGNORECASE,
)
_NOT_A_PRICE = re.compile(r"(?:sales|revenues?|earnings|profits?|loss|turnover|income|assets|debt|offering|Umsatz|chiffre d'affaires)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


_SCALED = re.compile(r"\b(?:mln|billion|million|bln|mn|bn)\b", re.I)
_SHARED_NOT_A_PRICE_AFTER = (
    r"\s+(?:worth|of\s+(?:its\s+)?(?:common\s+)?(?:stock|shares|debt)|in\s+(?:assets|sales|revenues?|deposits|(?:bank\s+)?(?:debt|loans|financing|borrowings))"
    # "90 mln dlrs of senior subordinated debentures", "three mln dlrs of subsidiary indebtedness": debt, not a price
    r"|of\s+(?:[a-z][\w-]*\s+){0,3}(?:debentures|notes|indebtedness|debt|loans|bonds)"
    # "a 40 mln dlr savings association", "a 1.4 billion dlr oil service company": a size
    r"|(?:(?!in\b|and\b|of\b|for\b|cash\b|to\b|from\b|plus\b|or\b)[a-z][\w-]*\s+){0,3}(?:company|concern|firm|association|institution|bank|group|chain|retailer|producer|maker))\b"
    # "a 5 mln dlr cap on spending", "a 40 mln dlr credit line": a limit or a loan, not a price
    # "a 200 mln dlr debenture", "a 75 mln dlr 9.25 pct Eurobond issue", "a one billion dlr lawsuit": debt or a claim
    r"|(?<=dlr)\s+(?:[a-z-]+\s+|[\d.]+\s+(?:pct\s+)?)?(?:cap|ceiling|limit|credit|loan|facility|financing|fee|gain|loss|profit|charge|write-?down|"
    r"debentures?|notes?|bonds?|[Ee]urobonds?|issue|lawsuit|suit|claims?|judgment|settlement)\b"
)
# what follows a sum that is no price, one pattern per language: English also reads the loans of ``_EN_LOAN_AFTER``
_NOT_A_PRICE_AFTER = {lang: re.compile(_SHARED_NOT_A_PRICE_AFTER + ("|" + _EN_LOAN_AFTER if lang == "en" else ""), re.I) for lang in ("en", "fr", "de")}


def _not_a_price_after(text: str, end: int, lang: str) -> bool:
    """Do the words after the sum ending at ``end`` make it a stake, a size, a debt or a loan rather than a price?"""
    return _NOT_A_PRICE_AFTER[lang if lang in _NOT_A_PRICE_AFTER else "en"].match(text, end) is not None
# "bought the plant in 1981 for 300,000 dlrs", "last year made a 90 mln dlr bid", "bids ranging from 500 mln dlrs":
# a past deal or a span of figures, not this deal's price (read for prices found after the lead only)
_PAST_OR_SPAN_BEFORE = re.compile(r"\b(?:in\s+19\d\d\b[^.;]{0,40}|last\s+year\b[^.;]{0,40}|ranging\s+from\s+(?:[^.;]{0,40}?\bto\s+(?:more\s+than\s+|over\s+)?)?)$", re.I)


def _other_deal(text: str, lang: str, start: int, end: int, parties: list[str]) -> bool:
    """fr/de: "Bei ihrer Kapitalerhöhung platzierte Norvia Aktien für 100 Millionen Euro", "Dastrel a aussi misé 45 millions
    sur la jeune pousse": a later sentence that tells a deal of its own and names none of this deal's parties
    prices that other deal. (fr: only when it names a company of its own, else "les deux groupes repoussent leur
    rapprochement, d'une valeur de 12 milliards" retells this deal.)"""
    if not find_triggers(text[start:end], lang) or any(name and name in text[start:end] for name in parties):
        return False
    return lang != "fr" or any(not is_place(n) for n in find_names(text, lang, start, end))


# fr: the kinds of deal one deal may be retold as: a purchase, a sale and a stake are one change of hands, a takeover is
# told as a "rapprochement" and a merger as a takeover; selling assets is no merger, and a contract is no takeover
_KINDS_TOLD_AS: dict[DealType, frozenset[DealType]] = {
    DealType.ACQUISITION: frozenset({DealType.ACQUISITION, DealType.DIVESTITURE, DealType.INVESTMENT, DealType.FUNDING_ROUND, DealType.MERGER}),
    DealType.DIVESTITURE: frozenset({DealType.ACQUISITION, DealType.DIVESTITURE, DealType.INVESTMENT}),
    DealType.INVESTMENT: frozenset({DealType.ACQUISITION, DealType.DIVESTITURE, DealType.INVESTMENT, DealType.FUNDING_ROUND}),
    DealType.FUNDING_ROUND: frozenset({DealType.ACQUISITION, DealType.INVESTMENT, DealType.FUNDING_ROUND}),
    DealType.MERGER: frozenset({DealType.MERGER, DealType.ACQUISITION}),
    DealType.JOINT_VENTURE: frozenset({DealType.JOINT_VENTURE, DealType.PARTNERSHIP}),
    DealType.PARTNERSHIP: frozenset({DealType.JOINT_VENTURE, DealType.PARTNERSHIP}),
    DealType.SUPPLY_CONTRACT: frozenset({DealType.SUPPLY_CONTRACT, DealType.INFRASTRUCTURE}),
    DealType.INFRASTRUCTURE: frozenset({DealType.SUPPLY_CONTRACT, DealType.INFRASTRUCTURE}),
}


def _fr_sum_of_another_kind(text: str, start: int, at: int, deal_type: DealType) -> bool:
    """fr: the deal verb nearest before the sum at ``at`` (in its sentence from ``start``) is of a kind this deal is never
    told as: "Velkor et Norvia veulent fusionner" then "céder ses entrepôts à Norvia pour 900 millions" prices a sale."""
    told = [t for t in find_triggers(text[start:at], "fr")]
    return bool(told) and told[-1].deal_type not in _KINDS_TOLD_AS.get(deal_type, frozenset({deal_type}))


# fr: a deal verb in the pluperfect, "avait racheté", "avaient déjà cédé", "était entré au capital"
# (or an attempt: "avait tenté sans succès de s'offrir")
_FR_PLUPERFECT_BEFORE = re.compile(r"\b(?:avait|avaient|était|étaient)\s+(?:[\w'’-]+\s+){0,2}?$|\b(?:avait|avaient)\s+(?:déjà\s+)?(?:tenté|essayé|cherché)\s+(?:[\w'’-]+\s+){0,2}?(?:de|d['’])\s*$")


def _fr_earlier_deal_of_another(text: str, lang: str, start: int, end: int, parties: list[str], year: int | None = None) -> bool:
    """fr: "Velkor s'offre Dastrel. Velkor avait racheté Norvia l'an dernier pour 15 millions.": a later sentence that
    tells an earlier deal by a verb in the pluperfect and names a company of its own prices that earlier deal, even
    when it names this deal's buyer too (a company of its own: else "Velkor avait proposé 3 milliards" retells this one)."""
    if lang != "fr":
        return False
    told = [t for t in find_triggers(text[start:end], lang) if not t.noun]
    if not any(_FR_PLUPERFECT_BEFORE.search(text, max(start, start + t.start - 40), start + t.start) for t in told):
        return False
    if year is not None and any(int(y) < year for y in _PAST_YEAR.findall(text, start, end)):
        return True  # "Dastrel avait acheté Quenzo en 2015 pour 10 millions": dated before the article, that deal's sum
    return any(not is_place(n) and not any(n.text in p or p in n.text for p in parties if p) for n in find_names(text, lang, start, end))


def _later_value(
    text: str, lang: str, sentences: list[tuple[int, int]], sentence: tuple[int, int], cache: dict[str, Any], on: Any,
    parties: list[str] | None = None, deal_type: DealType | None = None,
) -> Money | None:
    """A price stated after the lead: "The purchase was valued at 14.8 mln dlrs."."""
    for offset, (start, end) in enumerate(_following(sentences, sentence, 3)):
        if parties is not None and (_other_deal(text, lang, start, end, parties) or _tells_another_by_the_way(text, lang, start, end)):
            continue
        if parties is not None and _fr_earlier_deal_of_another(text, lang, start, end, parties, on.year if on else None):
            continue
        for mention in _in_range(cache, "money", money.find_money, text, lang, start, end):
            if mention.per_unit or not mention.disclosed or not _priceish(text, mention, lang):
                continue
            if lang == "fr" and deal_type is not None and _fr_sum_of_another_kind(text, start, mention.start, deal_type):
                continue
            if _PAST_OR_SPAN_BEFORE.search(text, max(start, mention.start - 60), mention.start):
                continue
            before = text[max(start, mention.start - 60) : mention.start]
            # the next two sentences usually carry the price when the lead does not ("It will pay
            # about 20 mln dlrs in cash"); further on only a price-like cue is trusted
            loose = offset < 2 and _SCALED.search(mention.text) and not _not_a_price_after(text, mention.end, lang)
            # de: "Käufer ist Velkor, die dafür 75 Mio. Euro zahlt": the verb of paying follows the sum
            paid = lang == "de" and (_DE_FOR_IT_BEFORE.search(before) is not None or _DE_PAYS_AFTER.match(text, mention.end) is not None)
            if (loose or paid or _VALUE_CUE.search(before)) and not _NOT_A_PRICE.search(before):
                return _first_money([mention], on, cache.get("currency"))
    return None


# de: "dafür 75 Mio. Euro", "75 Mio. Euro zahlt": a sum paid for the deal told in a later sentence
_DE_FOR_IT_BEFORE = re.compile(r"\bdafür\s+(?:(?:rund|etwa|knapp|gut|fast|mehr als|über|insgesamt)\s+)?$")
_DE_PAYS_AFTER = re.compile(r"\s+(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|bezahlen|bezahlten|gezahlt|hinlegt|hinlegte|überweist)\b")


_VALUED_AT = re.compile(
    r"(?:\bvalu(?:e|es|ed|ing)\b(?:[^.;]|\.(?=\d)){0,140}?\bat|\bprice\s+(?:is|was|of)|\bcost\b[^.;]{0,40}?\bat|\bequivalent\s+to)\s+"
    r"(?:about\s+|approximately\s+|some\s+|around\s+)?$",
    re.IGNORECASE,
)
_DEAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:transaction|offer|bid|deal|takeover|acquisition|merger|buyout)\b")


def _stated_value(text: str, cache: dict[str, Any], on: Any) -> Money | None:
    """en: a deal's value stated anywhere in the story: "the new offer values X at 202.2 mln dlrs",
    "in a 4.23 billion dlr transaction", "a sum equivalent to 1.2 billion francs"."""
    for mention in cache.get("money:article", []):
        if mention.per_unit or not mention.disclosed or not _SCALED.search(mention.text) or not _priceish(text, mention):
            continue
        before = text[max(0, mention.start - 160) : mention.start]
        if _PAST_OR_SPAN_BEFORE.search(text, max(0, mention.start - 60), mention.start):
            continue
        adjective = mention.text.lower().endswith(" dlr") and _DEAL_AFTER.match(text, mention.end)
        if (adjective or _VALUED_AT.search(before)) and not _NOT_A_PRICE.search(before):
            found = _first_money([mention], on, cache.get("currency"))
            if found is not None:
                return found
    return None


def _first_money(mentions: list[Any], on: Any, currency: str | None = None) -> Money | None:
    """The first mention the money layer can turn into contract Money (known currency);
    ``currency`` is the article's usual one, for amounts that name none ("several billion")."""
    for mention in mentions:
        found = money.to_money_or_none(mention, on=on, currency=currency)
        if found is None:
            continue
        if found.value is None and found.lower is not None and found.upper is None and not found.approximate:
            found = found.model_copy(update={"approximate": True})  # "several billion" is a guess by nature
        return found
    return None


def _following(sentences: list[tuple[int, int]], sentence: tuple[int, int], count: int) -> list[tuple[int, int]]:
    """The ``count`` sentences after ``sentence`` (none when it is not one of them): where a deal's later figures are."""
    try:
        index = sentences.index(sentence)
    except ValueError:
        return []
    return sentences[index + 1 : index + 1 + count]


def _next_sentence(sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> tuple[int, int] | None:
    following = _following(sentences, sentence, 1)
    return following[0] if following else None
