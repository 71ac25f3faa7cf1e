"""French patterns several modules share: the clause shapes ``clause`` and the roles step read (an indirect object,
"qui", a country that acts, "via sa filiale"), and the participle, list and ellipsis patterns of more than one rule module."""

from __future__ import annotations

import re



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

# fr: "racheté par Velkor, la holding de l'entrepreneur Paul Dastrel": the owner whose vehicle deals acts on its side
FR_VEHICLE_OF = re.compile(
    r",\s+(?:la|sa|une)\s+(?:holding|société d['’]investissement|société personnelle|structure d['’]investissement)(?:\s+personnelle|\s+familiale)?\s+"
    r"(?:de|du|d['’])\s*(?:l['’](?:homme|femme) d['’]affaires\s+|l['’]entrepreneur\s+|l['’]industriel\s+|la famille\s+|(?:du|le) (?:milliardaire|financier)\s+)?"
)

# fr: "Norvia, récent propriétaire de Velkor": a purchase told by describing its buyer in an apposition
FR_RECENT_OWNER = re.compile(r"récents? (?:propriétaire|repreneur|acquéreur)")

FR_PASSIVE_BEFORE = re.compile(r"\bété\s+$")

FR_WITH_ONE = re.compile(r".*?\bavec\s")

JUST_COMMA = re.compile(r",?\s*")


FR_APPOSED_PARTICIPLE = re.compile(r",\s*$")

FR_MADE_BY = r"(?:(?:mis au point|développée?s?|conçue?s?|fabriquée?s?|produite?s?) par)"

# fr: "Velkor et le géant de l'aéronautique Norvia sont entrés": a describing noun phrase may stand before the next name
# ("les élus du Conseil Velkor": a name after "du" complements the noun, it is not the one listed)
FR_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|ou encore|ou|ainsi que))\s+(?:(?:l['’]|la |le |les )(?:(?!(?:qui|que|dont|a|ont|est|sont)\b)[a-zà-ÿ][\w'’-]*\s+){0,4})?(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!d['’])")

FR_CONTRACT_ELLIPSIS = re.compile(
    r"(?:\s+(?:pour|de|d'un montant de)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?)?,?\s+(?:et|puis|ainsi qu['’])\s+(?:un|une)\s+(?:autre|second|seconde|deuxième|nouvel|nouveau|nouvelle)?\s*"
    r"(?:contrat|accord|commande|marché)?(?:[^,;:.()]|(?<=\d)[,.](?=\d)){0,50}?\s+(?:avec|auprès de|auprès du|auprès d['’])\s+(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|société)\s+)?"
)

# fr: a sitting chief's title in an apposition after a person's name: ", PDG de ", ", la directrice générale d'"
FR_CHIEF_OF_BEFORE = re.compile(
    r",\s+(?:le\s+|la\s+|l['’])?(?:PDG|patron|patronne|président(?:e)?(?:-directeur général| du directoire| du conseil d['’]administration)?|directeur général|directrice générale"
    r"|directeur financier|directrice financière|dirigeant|dirigeante|porte-parole)\s+(?:de|du|d['’])\s*(?:la\s+|l['’])?(?:(?:groupe|société)\s+)?$"
)

# fr: a company building, opening or putting money in a site of its own (equipping or supplying one is for another)
FR_OWN_BUILD = re.compile(r"(?:implant|constru|bâti|install|ouvr|inaugur|investi)", re.IGNORECASE)
# ... and where the site stands: "à Dunkerque", "en Pologne", "dans la région de Valmont", "près de Lille"
FR_SITE_AT = re.compile(
    r"\b(?:à|en|au|aux|dans|près de|sur)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:(?:ville|région|commune|département|agglomération|zone|port|site)\s+(?:de\s+|d['’]|du\s+)?)?$"
)

# fr: a verb by which a deal gives its gain to someone: "le rachat de X permet à Y de ...", "la cession ... rapportera à Y"
FR_GIVES = re.compile(r"\b(?:permet\w*|permis|donne\w*|offre\w*|offert|apporte\w*|rapporte\w*|coûte\w*|ouvre\w*|assure\w*|confère\w*)\b")
