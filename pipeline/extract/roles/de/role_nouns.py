"""German role nouns: "Käufer ist X", "Auftraggeber ist X": the name after the noun and the article's
company are the two sides, whatever the deal, so no voice reads the sentence further."""

from __future__ import annotations

import re

from pipeline.extract.candidates import role_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import RoleState
from pipeline.extract.roles.de.patterns import DE_NAMED_GAP
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyRole


# the role of the party named after the trigger, and of the article's company on the other side
_DE_NAMED_ROLES = (
    ("Käufer", (PartyRole.BUYER, PartyRole.SELLER)), ("Erwerber", (PartyRole.BUYER, PartyRole.SELLER)),
    ("Auftraggeber", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Bauherr", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Kunde", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)),
    ("Abnehmer", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Verkauft", (PartyRole.TARGET, PartyRole.SELLER)),
    ("neue", (PartyRole.PARTNER, PartyRole.PARTNER)), ("Partner", (PartyRole.PARTNER, PartyRole.PARTNER)),
    ("Kooperationspartner", (PartyRole.PARTNER, PartyRole.PARTNER)), ("Hersteller", (PartyRole.SUPPLIER, PartyRole.CUSTOMER)),
    ("Lieferant", (PartyRole.SUPPLIER, PartyRole.CUSTOMER)), ("Auftragnehmer", (PartyRole.SUPPLIER, PartyRole.CUSTOMER)),
)

_DE_NAMED_AFTER_TRIGGER = re.compile(r"Käufer|Erwerber|Auftraggeber|Bauherr|Kunde|Abnehmer|Hersteller (?!der|des|von)|Lieferant (?!der|des|von)|Auftragnehmer|[Dd]en Zuschlag|[Dd]en (?:Groß)?[Aa]uftrag|Verkauft|neue[rn]? (?:Kooperations)?[Pp]artner|Partner|Kooperationspartner")


def de_named_parties(st: RoleState) -> None:
    """de: "Käufer ist X", "Auftraggeber ist X", the inverted winning bid: X and the article's company are the two
    sides, and no voice reads the sentence further."""
    text, trigger = st.text, st.trigger
    named_after = _de_named_after(text, st.in_sentence, trigger, st.lead) if _DE_NAMED_AFTER_TRIGGER.match(text, trigger.start) else None
    if named_after is not None:
        named, other = named_after
        named_role, other_role = next(
            (roles for prefix, roles in _DE_NAMED_ROLES if text.startswith(prefix, trigger.start)), (PartyRole.SUPPLIER, PartyRole.CUSTOMER)
        )
        st.parties.append(role_of(named, named_role, text))
        if other is not None:
            st.parties.append(role_of(other, other_role, text))
        st.voice = "named"


def _de_named_after(text: str, names: list[NameSpan], trigger: Trigger, lead: NameSpan | None) -> tuple[NameSpan, NameSpan | None] | None:
    """de: the party a role noun or an inverted verb names right after it, and the article's company as the other side."""
    # (a name after "laut" is the source quoted, no party)
    named = next((n for n in names if n.start >= trigger.end and not is_place(n) and not text.endswith("laut ", 0, n.start)), None)
    if named is None or not DE_NAMED_GAP.fullmatch(text, trigger.end, named.start):
        return None
    other = lead if lead is not None and normalize(lead.text) != normalize(named.text) and not is_place(lead) else None
    return named, other
