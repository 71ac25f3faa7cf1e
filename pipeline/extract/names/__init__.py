"""Company and person names in a text, and small questions about a name span.

Names are capitalised-word spans: connectors ("of", "and", "de", "und") may
sit inside a name, a legal suffix ("Inc", "SA", "GmbH") ends one, and a
possessive ("Tamrod Inc's") closes it. German capitalises every noun, so there
a capitalised word only starts a name when it is not a common noun in
disguise: after an article it needs a legal suffix, an acronym or a second
capitalised word to count.

One module per concern: ``find`` walks the tokens (``find_names``: where a name starts, what joins it, where it ends);
``words`` holds the word tables (legal suffixes, words that are no names, given names, ...); ``common`` the token
tests every language shares; ``english``, ``french``, ``german`` and ``german_nouns`` (is a capitalised German word a
noun or a name?) the rules of one language; ``places`` the places and areas that are no one; ``span`` the NameSpan
type; ``parties`` whether a name found may be a party (regulators, news sources, a person's title). The public names
are re-exported here, so importers keep ``from pipeline.extract.names import ...``.
"""

from __future__ import annotations

from pipeline.extract.names.find import find_names
from pipeline.extract.names.parties import (
    DE_PERSON_BEFORE,
    NOT_A_PARTY,
    REGULATOR,
    de_may_be_company,
    may_be_antecedent,
    namelike,
)
from pipeline.extract.names.places import is_place
from pipeline.extract.names.span import NameSpan, label, mentions
from pipeline.extract.names.words import GIVEN_NAMES, NOT_NAMES, is_legal_suffix

__all__ = [
    "DE_PERSON_BEFORE",
    "GIVEN_NAMES",
    "NOT_A_PARTY",
    "NOT_NAMES",
    "NameSpan",
    "REGULATOR",
    "de_may_be_company",
    "find_names",
    "is_legal_suffix",
    "is_place",
    "label",
    "may_be_antecedent",
    "mentions",
    "namelike",
]
