"""English-only role rules: a possessor's bid, a stake in named assets, the parent of a unit sold, a round's backers.

Wire copy is the extractor's first language, so most English reading is the default in ``clause`` and
``voices``; what is here applies to English sentences only and is kept apart so those steps stay short.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Role, role_of
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import NP_BARE, NP_OBJECT, RoleState, after_prep, listed_after
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole


_STAKE_LEAD = re.compile(
    r"\s+(?:(?:a|an|its|their|the|all|part)\s+)?(?:(?:of\s+)?(?:its|their)\s+)?(?:[\d.,]+\s+(?:pct|percent)\s+(?:of\s+(?:its|their)\s+)?)?(?:[a-z-]+\s+)?"
    r"(?:interest|interests|stake|holding|holdings)\s+in\s+"
)

BID_NOUN = re.compile(r"(?:tender |takeover |merger |acquisition |buyout )?(?:offer|bid|proposal)s?\b", re.I)

# (an old wire ticker may stand after the possessive: "Velkor Ltd's <VELK.T> plan to buy")
_BID_GAP = re.compile(r"['’]?s?\s+(?:<[A-Za-z0-9]{1,6}(?:\.[A-Za-z]{1,2})?>\s+)?(?:(?:[$€£]?[\d.,/-]+(?:bn|m)?|mln|million|bn|bln|billion|dlrs?|a|per|share|cash|new|revised|sweetened|hostile|unsolicited|rival|earlier|previous|proposed|latest|planned|pending|takeover|tender|merger|acquisition|buyout)\s+){0,8}", re.I)

_PLAN_TO = re.compile(r"\b(?:deal|agreement|plan|attempt|move|proposal|effort|bid|offer)s?\s+to\s+$", re.I)

_PART_OF = re.compile(r"(?:\s+(?:division|unit|subsidiary|operations|business|businesses|assets))?\s+of\s+(?:(?:privately|publicly)[- ]held\s+)?")

_UNIT_OF = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|division|affiliate)\s+of\s+(?:the\s+)?")

EN_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")


# "Velkor's acquisition of Norvia", "Velkor's $8 billion takeover of": the possessor of a purchase noun buys
_PURCHASE_NOUN = re.compile(r"(?:acquisition|purchase|takeover|buyout)s?\s+of\b", re.I)


def en_bid_possessor(text: str, in_sentence: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """en: "in reply to Corvane Partners' 2.1 billion dlr offer for Harlow", "Velkor's acquisition of Norvia": the
    possessor bids, or buys."""
    if trigger.voice in ("buy", "merge") and (BID_NOUN.match(text, trigger.start) or trigger.noun and _PURCHASE_NOUN.match(text, trigger.start)):
        bidder = next((n for n in reversed(in_sentence) if n.end <= trigger.start), None)
        if bidder is not None and bidder.possessive and _BID_GAP.fullmatch(text, bidder.end, trigger.start) and not is_place(bidder):
            return dataclasses.replace(bidder, possessive=False)
    # "Velkor's deal to buy Norvia collapsed", "Velkor's \$2 billion plan to acquire": the possessor of the plan buys
    plan = _PLAN_TO.search(text, max(0, trigger.start - 30), trigger.start) if trigger.voice in ("buy", "sell") and not trigger.noun else None
    if plan is not None:
        bidder = next((n for n in reversed(in_sentence) if n.end <= plan.start()), None)
        if bidder is not None and bidder.possessive and _BID_GAP.fullmatch(text, bidder.end, plan.start()) and not is_place(bidder):
            return dataclasses.replace(bidder, possessive=False)
    return None


def en_stake_target(st: RoleState) -> None:
    """en: "sell a 40 pct interest in two gas storage facilities": what the interest is in is the target."""
    text, trigger = st.text, st.trigger
    if st.target is None and st.obj is None and trigger.voice in ("buy", "sell"):
        stake_lead = _STAKE_LEAD.match(text, trigger.end, st.window_end + 1)
        if stake_lead is not None:
            inner = NP_OBJECT.match(text[stake_lead.end() : st.window_end + 1]) or NP_BARE.match(text[stake_lead.end() : st.window_end + 1])
            if inner is not None:
                start, end = stake_lead.end() + inner.start(1), stake_lead.end() + inner.end(1)
                st.target = Role(" ".join(text[start:end].split()), start, end, PartyRole.TARGET, PartyKind.OTHER)


def en_parent_of_target(text: str, names: list[NameSpan], parties: list[Role]) -> NameSpan | None:
    """en: "Benton Valve Co, a wholly owned subsidiary of Harlow Corp", "the frozen foods business of Harlow Inc",
    "the Benton Pumps division of Trell Corp": the parent of the (first) target sells its unit."""
    for party in parties:
        if party.role is PartyRole.TARGET:
            unit_of = _UNIT_OF.match(text, party.end) if party.kind is not PartyKind.OTHER else None
            part_of = _PART_OF.match(text, party.end)
            return next(
                (
                    n for n in names  # the cheap test on where the name starts first: is_place is asked of one name, not all
                    if (unit_of and n.start == unit_of.end() or part_of and n.start == part_of.end() and n.suffixed) and not is_place(n)
                ),
                None,
            )
    return None


# "raised $40 million from Velkor", "a round led by Velkor", "with participation from Velkor": who puts the money in
_EN_BACKER_PREP = r"(?:from|(?:co-)?led by|backed by|participation (?:from|of|by)|investors (?:including|such as|like))"
# "Velkor Capital, Norvia Ventures and Dastrel": more backers listed after the first
_EN_BACKER_LIST = re.compile(r",\s+|,?\s+and\s+|,?\s+as\s+well\s+as\s+")


def en_round_backers(st: RoleState, subject: NameSpan) -> None:
    """en: "Norvia raised $40 million from Velkor Capital and Dastrel", "a Series B round led by Velkor": the
    backers invest (the first after a backer's preposition, and the names listed with it)."""
    text, in_sentence = st.text, st.in_sentence
    backer = after_prep(text, in_sentence, _EN_BACKER_PREP, st.trigger.start, st.s_end)
    if backer is None or backer.start == subject.start:
        return
    st.parties.append(role_of(backer, PartyRole.INVESTOR, text))
    listed = listed_after(text, in_sentence, backer, _EN_BACKER_LIST, reach=20)
    st.parties.extend(role_of(name, PartyRole.INVESTOR, text) for name in listed)
    # "led by Velkor Capital, with participation from Dastrel": a second backer's preposition after the first's names
    last = listed[-1] if listed else backer
    more = after_prep(text, in_sentence, _EN_BACKER_PREP, last.end, st.s_end)
    if more is not None and more.start != subject.start and all(more.start != p.start for p in st.parties):
        st.parties.append(role_of(more, PartyRole.INVESTOR, text))
        st.parties.extend(role_of(name, PartyRole.INVESTOR, text) for name in listed_after(text, in_sentence, more, _EN_BACKER_LIST, reach=20))


# "the merger of Velkor and Norvia", "the merger of Velkor with Norvia", "a merger between Velkor and Norvia": the two
# companies the noun lists merge, the first named absorbing (as the German "die Fusion von X und Y" reads)
_MERGER_OF = re.compile(r"merger\s+(?:of|between)", re.I)
_MERGED_LEAD = re.compile(r"\s+(?:the\s+)?")
_MERGED_GLUE = re.compile(r"\s+(?:and|with)\s+(?:the\s+)?")


def en_merger_of(text: str, in_sentence: list[NameSpan], trigger: Trigger) -> tuple[NameSpan, NameSpan] | None:
    """en: the two names a merger noun lists right after it, the absorbing one first, or None."""
    if not _MERGER_OF.fullmatch(text, trigger.start, trigger.end):
        return None
    after = [n for n in in_sentence if n.start >= trigger.end and not is_place(n)]
    if len(after) < 2 or after[0].possessive or not _MERGED_LEAD.fullmatch(text, trigger.end, after[0].start):
        return None
    if not _MERGED_GLUE.fullmatch(text, after[0].end, after[1].start):
        return None
    # (after "with" too: "approved the merger of Velkor with Norvia" is told from the first, absorbing one)
    return after[0], after[1]

