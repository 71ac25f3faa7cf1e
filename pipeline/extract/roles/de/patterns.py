"""German patterns several modules share: the clause shapes ``clause``, ``roles`` and ``followups`` read (a
company named by description, what may stand between a cue and a name, a genitive, "über seine Tochter"), and the
passive, stake, "an"/"von" and list patterns of more than one rule module."""

from __future__ import annotations

import re


# "Das Geldhaus hatte ...", "Der Autobauer will ...": a German article names its company again by what it is
DE_GENERIC_ORG = re.compile(
    r"\b(?:[Dd]as|[Dd]er|[Dd]ie) (?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]onzern|[Hh]aus|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]auer|"
    r"[Hh]ersteller|[Ii]nstitut|[Bb]ank|[Vv]ersicherer|[Rr]iese|[Ss]ender|[Vv]erlag|[Kk]ette|[Ff]onds)\b"
)

DE_COUNTRY_AUX = re.compile(r"\s+(?:hat|hatte|will|wollte|soll|plant|muss)\s")

DE_SOUGHT = re.compile(r"\s+(?:die|den|das|seine[nms]?|ihre[nms]?|sein|ihr)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\wäöüß-]+)")

# "Norvia, im Besitz der Velkor AG,", "Norvia (im Mehrheitsbesitz des Investors Velkor)": the name after it owns the one before
DE_OWNED_BY_BEFORE = re.compile(
    r"\s*(?:[,(]\s*)?(?:(?:im|in)\s+)?(?:[a-zäöüß]+\s+)?(?:Besitz|Mehrheitsbesitz|Eigentum|Mehrheitseigentum|Staatsbesitz|Familienbesitz)\s+"
    r"(?:des|der|von|vom)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w-]*(?:s|en|er)\s+)?$"
)
DE_GENITIVE_BEFORE = re.compile(r"\b(?:des|eines)\s+(?:[A-ZÄÖÜ][\w-]*(?:s|en)\s+)?$")

DE_RECEIVED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:einen|eine|ein|weitere|neue)\s+(?:\S+\s+)?")

DE_RECEIVES = re.compile(r"\s+(?:erhält|erhielt|bekommt|bekam)\s+(?:\S+\s+){0,2}?(?:einen|eine|ein|weitere|neue)\s+(?:\S+\s+)?")

DE_SALE_TO = re.compile(r"Verkaufs?\s+an")

DE_PASSIVE_AUX = re.compile(r"\b(?:wird|werden|wurde|wurden|ist|sind|war|waren)\b")

# ("beliefert den Autobauer Norvia", "übernimmt von der Dastrel AG deren Tochter Norvia": the object named by what it is)
DE_OBJECT_NEXT = re.compile(
    r"\s+(?:(?:auch|nun|künftig|bereits|seit \S+)\s+)?(?:(?:die|den|das|deren|dessen)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?)?"
)

DE_STAKE_IN = re.compile(r"\b\w*(?:[Aa]nteile?n?|[Bb]eteiligung(?:en)?|[Aa]ktienpaket|Aktien|Prozent|Mehrheit|Stimmrechte)\s+(?:an|am)\s+(?:der\s+|dem\s+|den\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")

DE_TO_BEFORE = re.compile(r"\ban\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+)?(?:[a-zäöüß][\w-]*\s+)?$")

DE_AID_FOR = re.compile(r"\s+(?:für|an)\s+(?:die\s+|den\s+|das\s+|dem\s+)?")

DE_PRICE_FIRST = re.compile(r"\s+(?:rund |knapp |etwa |mehr als |bis zu )?[\d.,]+ (?:Millionen|Milliarden|Mio\.|Mrd\.) (?:Euro|Dollar|US-Dollar|Franken|Pfund)")

DE_NAMED_GAP = re.compile(r"\s+(?:(?:der|die|das|den|dem|laut\s+\S+|nun|jetzt|offenbar|demnach|wohl|schließlich|letztlich|erneut)\s+)*(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")

# (an interview's "unsere Akquisition von Norvia": the company interviewed, which the article keeps naming)
DE_POSSESSIVE_DEAL = re.compile(
    r"\b(?:[Ss]eine|[Ii]hre|[Uu]nsere)r?\s+(?:\S+\s+)?(?:Investition|Investment|Übernahme|Beteiligung|Einstieg|Akquisition)\b"
    r"|\b(?:[Ss]einen|[Ii]hren|[Uu]nseren|[Ss]einem|[Ii]hrem|[Uu]nserem)\s+(?:\S+\s+)?(?:Kauf|Zukauf|Erwerb|Einstieg)\b"
)

# "erhält von der Stadt Norvia", "bekam vom Land": the name after it gives what the subject receives
# ("hat von Norvia einen Auftrag erhalten": the perfect's auxiliary stands where the verb would; what is had from
# someone is received from them, whatever the participle)
DE_RECEIVED_FROM = re.compile(
    r"\b(?:erhält|erhielt|erhalten|bekommt|bekam|bekommen|hat|haben|hatte|hatten)\s+(?:\S+\s+){0,3}?(?:von|vom)\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß]+\s+)?$"
)

# "Die Investoren hatten", "Der Konzern hat": an article and a common noun open the sentence, the perfect's auxiliary follows
# ("Der 81-Jährige hatte", "Der 60-jährige Gründer hatte": an age opens the noun; "habe"/"hätten" in reported speech)
DE_DESCRIBED_SUBJECT_AUX = re.compile(
    r"\s*(?:Die|Der|Das)\s+(?:[a-zäöüß0-9][\w-]*\s+)?(?:\d+-)?[A-ZÄÖÜ][a-zäöüß-]+\s+(?:hatte|hatten|hat|haben|habe|hätte|hätten)\s"
)
# what stands between the auxiliary and an accusative name: "die britische Plattform ", "2018 den Konkurrenten "
DE_ACCUSATIVE_BEFORE = re.compile(r"(?:[^\s,;]+\s+){0,3}?(?:den|die|das|einen|eine|ein)\s+(?:[^\s,;A-ZÄÖÜ][^\s,;]*\s+){0,2}(?:[A-ZÄÖÜ][^\s,;]*\s+)?")

DE_BUYER_NOUN = re.compile(r"-(?:Käufer|Käuferin|Erwerber|Erwerberin)$")

DE_THROUGH_BEFORE = re.compile(r"\büber\s+(?:die|den|das|seine[nm]?|ihre[nm]?)\s+(?:[^\s,;.]+\s+){0,5}$")
# "Mit der Übernahme der Norvia stärkt Velkor ...", "Durch den Zukauf der Norvia wird Velkor ...": a deal noun opening the
# sentence is the means of its main clause's subject, who buys ("Durch die Übernahme", "Nach der Übernahme der Norvia
# meldet Velkor ...", "Seit dem Kauf": the time since, the same subject)
DE_DEAL_NOUN_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Mit|Durch|Dank|Nach|Seit)\s+(?:der|dem|den|die|das)\s+$")

DE_DATIVE_BEFORE = re.compile(r"\b(?:dem|der)\s+(?:[^\s,;:.]+\s+){0,2}?$")

DE_AND = re.compile(r"\s*(?:,|und|sowie)\s+(?:auch\s+)?(?:die |der |das |den |dem )?")

# de: "Velkor und der Finanzinvestor Norvia übernehmen": a list's next name may come with its article and role noun
DE_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*und|,?\s*sowie)\s+(?:(?:der|die|das|dem|den)\s+(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?)?")
