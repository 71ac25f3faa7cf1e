"""German rules of name finding other than the noun test: adjectives opening a name ("der Nordländischen
Post") and its nominative, organisation tails and compounds, English words inside a name, bodies "für X", a word
opening a sentence before a deal verb or an auxiliary, and an interview's speaker labels."""

from __future__ import annotations

import re

from pipeline.extract.names.common import Token, bare_word, brand_like, capitalised, recurs, sentence_start
from pipeline.extract.names.german_nouns import de_common
from pipeline.extract.names.words import DE_COMMON, DE_ENGLISH_NAME_WORDS, DE_NOUN_TAILS, DE_ORG_TAILS, GIVEN_NAMES, NOT_NAMES
from pipeline.extract.text_index import word_starts


# compounds that end a name the way those words do: "Velkor Privatstiftung", "Norvia Landesbank", "Tarvis Sparkasse"
_DE_ORG_COMPOUND_TAILS = ("stiftung", "bank", "versicherung", "sparkasse", "holding")


def de_org_compound_tail(text: str, tokens: list[Token], last: int, k: int) -> bool:
    """de: an organisation compound right after an acronym or a brand ("VKB Privatstiftung") ends the name with it;
    after a plain word it may be the noun the name owns ("Velkors Hausbank"), so only acronyms and brands count."""
    word = tokens[k][2]
    return (
        word.lower().endswith(_DE_ORG_COMPOUND_TAILS) and word[1:].islower() and "-" not in word
        and brand_like(tokens[last][2]) and text[tokens[last][1] : tokens[k][0]] == " "
    )


def de_elided_compound(text: str, tokens: list[Token], last: int, k: int) -> bool:
    """de: "Fleisch- und Wurstwaren": the name's word ends in an open hyphen, the connector and a capitalised
    noun complete it (one name, not two)."""
    return (
        text.startswith("- ", tokens[last][1])
        and tokens[k][0] == tokens[last][1] + 2
        and k + 1 < len(tokens)
        and tokens[k + 1][2][:1].isupper()
        and text[tokens[k][1] : tokens[k + 1][0]] == " "
    )


# "Solar- und Windparks", "Fleisch-, Wurst- und Käsewaren": a stem with an open hyphen that a later closed compound
# completes; "Velkor- und Norvia-Aktien" joins names (the last part keeps its hyphen), so it is no such stem
_DE_OPEN_STEM_AFTER = re.compile(r"-(?:,\s*[A-ZÄÖÜ][\w]*-)*\s+(?:und|oder|bis)\s+[A-ZÄÖÜ][a-zäöüß]+(?![\w-])")
_DE_OPEN_STEM_BEFORE = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]+-(?:,\s*[A-ZÄÖÜ][a-zäöüß]+-)*\s+(?:und|oder|bis)\s+$")


def de_elided_noun(text: str, start: int, end: int) -> bool:
    """de: is the lone word at ``start:end`` a half of an elided compound noun ("Solar- und Windparks": "Solar" and
    "Windparks")? The closed last part says the words are nouns, not names."""
    if _DE_OPEN_STEM_AFTER.match(text, end):
        return True
    return text[end : end + 1] != "-" and _DE_OPEN_STEM_BEFORE.search(text, max(0, start - 60), start) is not None


_DE_INFLECTED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+e(?:n|r|s|m)")
# an article or preposition before a name's capitalised adjective: mid-sentence, only a name capitalises one
_DE_ADJECTIVE_LEAD = re.compile(
    r"(?<![\w-])(?:der|den|dem|des|die|das|von|bei|mit|zur|zum|vom|beim|im|am|an|für|gegen|durch|laut|über|unter|aus)\s+$"
)
# "der Nordländischen Staatsbank", "dem Deutschen Velkorbund": after a definite article (or one merged into a
# preposition) the adjective takes the weak "-en" of the oblique cases; its nominative ends in "-e"
# "Nordländischen", "Nationalen", "Deutschen", "Norddeutsche": not the adjectives a writer makes of a brand ("Velkorsche")
_DE_OBLIQUE_NAME_ADJECTIVE = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:isch|al)|(?:[A-ZÄÖÜ][a-zäöüß]*d|D)eutsch)e[nrsm]?$")
_DE_WEAK_OBLIQUE_LEAD = re.compile(r"(?<![\w-])(?:der|den|dem|des|zur|zum|vom|beim|im|am)\s+$")


def de_adjective_opens(text: str, tokens: list[Token], i: int) -> bool:
    """de: a capitalised "-isch"/"-al" adjective after an article or preposition, followed on the same line by a
    capitalised word, opens a name ("bei der Nordländischen Post"); "Deutsche Firmen" opening a sentence does not."""
    word = tokens[i][2]
    return (
        i + 1 < len(tokens)
        and _DE_OBLIQUE_NAME_ADJECTIVE.match(word) is not None
        and word.lower() not in DE_COMMON
        and capitalised(tokens[i + 1][2])
        and tokens[i + 1][2].lower() not in NOT_NAMES
        and text[tokens[i][1] : tokens[i + 1][0]] == " "
        and _DE_ADJECTIVE_LEAD.search(text, max(0, tokens[i][0] - 12), tokens[i][0]) is not None
    )


def de_base_form(text: str, tokens: list[Token], a: int, b: int) -> str | None:
    """de: "der Nordischen Bank" is the "Nordische Bank" the article names elsewhere: the adjective's case ending
    is no part of the name, and the deal should carry the name as written in the nominative."""
    first = tokens[a][2]
    if not _DE_INFLECTED.fullmatch(first):
        return None
    base = first[:-1] + text[tokens[a][1] : tokens[b][1]]
    if text.find(base) >= 0:
        return base
    if first.endswith("en") and _DE_OBLIQUE_NAME_ADJECTIVE.match(first) and _DE_WEAK_OBLIQUE_LEAD.search(text, max(0, tokens[a][0] - 8), tokens[a][0]):
        return base  # "der Nordländischen Post" is the "Nordländische Post" even when the article never says so
    return None


# "Velkor HandelsgmbH", "Norvia Vertriebs-GmbH": a legal form written into a compound still only ends the name
DE_SUFFIX_COMPOUND = re.compile(r"[a-zäöüß](?:gmbH|-GmbH|-AG|-KG|-SE)$")


# de: the head nouns of bodies named "... für X" ("Bundesanstalt für ...", "Verein für ...", "Zentrum für ...")
_DE_BODY_HEADS = (
    "institut", "anstalt", "amt", "verein", "verband", "gesellschaft", "ministerium", "zentrum", "stiftung", "agentur",
    "rat", "kommission", "akademie", "kammer", "behörde", "bund", "fonds", "büro", "komitee", "ausschuss", "forum",
    "hochschule", "universität", "vereinigung", "allianz", "initiative", "netzwerk", "konferenz", "gericht",
)
DE_BODY_HEADS_ANY_CASE = _DE_BODY_HEADS + tuple(head + "s" for head in _DE_BODY_HEADS) + tuple(head + "es" for head in _DE_BODY_HEADS)  # "des Instituts für ..."


# "Seine Holding Velkor", "Diese Tochter Norvia": a capitalised determiner opening the sentence is no part of the name
DE_OPENING_DETERMINERS = frozenset({"Seine", "Sein", "Ihre", "Ihr", "Unsere", "Unser", "Diese", "Dieser", "Dieses", "Jene", "Jener"})
# "Nachdem Velkor 2021 bei Norvia eingestiegen war": a subordinating conjunction opening the sentence is no part of the name
_DE_SUBORDINATORS = ("nachdem", "als", "weil", "obwohl", "obgleich", "seit", "seitdem", "bevor", "ehe", "wenn", "falls", "sofern", "sobald", "während", "da", "dass", "ob", "indem", "solange")
DE_OPENING_CONJUNCTIONS = frozenset(word.capitalize() for word in _DE_SUBORDINATORS)


def de_speaker_label(text: str, start: int, end: int) -> bool:
    """de: "REDAKTION: Wie ...": an interview's speaker label, opening a sentence with a colon at least twice, a heading
    word in capitals before a colon ("ANALYSE: ..."), or a paper's title in capitals ("DER VELKORBOTE") is no party."""
    label = text[start:end]
    if label.isupper() and len(label) >= 4 and start >= 4 and text[start - 4 : start] in ("DER ", "DIE ", "DAS ", "DEN ", "DEM ", "DES "):
        return True  # "gegenüber DER VELKORBOTE": a paper's title in capitals
    if not text.startswith(":", end) or not sentence_start(text, start):
        return False
    labels = sum(1 for at in word_starts(text, label) if text.startswith(":", at + len(label)) and sentence_start(text, at))  # indexed
    if labels >= 2:
        return True
    # "ANALYSE: ...": a heading word in capitals, named nowhere else in the article (a company would be)
    # (six letters at least: "VKTR: Zahlen über Plan" is a company's heading, acronyms are short)
    return label.isupper() and len(label) >= 6 and labels == len(bare_word(label).findall(text)) and not bare_word(label.title()).search(text)


def de_own_name_before_person(tokens: list[Token], b: int) -> bool:
    """de: "des Versorgers Tarvion Jan Brenn": a word that is no German noun or title, and that the article writes
    on its own elsewhere, is the company the person works for."""
    word = tokens[b][2]
    if len(word) < 4 or "-" in word or not word[1:].islower() or de_common(word) or word.lower().endswith(DE_NOUN_TAILS):
        return False
    if word.lower().endswith(("ist", "ent", "ant", "eur", "tor", "at")):
        return False  # "Lobbyist", "Präsident", "Direktor": titles
    return sum(1 for t in tokens if t[2] == word) >= 2


def de_own_word(tokens: list[Token], i: int, j: int) -> bool:
    """de: "Velkorhausen Bank International": when only generic English or bank words follow, the long word
    before them is the name's own, not a description to cut."""
    word = tokens[i][2]
    return (
        not de_common(word)
        and not word.lower().endswith(("er", "ern", "erin", "konzern", "gruppe", "firma", "unternehmen", "gesellschaft", "bank"))
        and all(tokens[t][2].lower() in DE_ENGLISH_NAME_WORDS or tokens[t][2].lower() in DE_ORG_TAILS for t in range(i + 1, j + 1))
    )


def de_english_next(text: str, tokens: list[Token], k: int) -> bool:
    """de: is the token after ``k`` an English word of a company name, on the same line of the name?"""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1][2].lower() in DE_ENGLISH_NAME_WORDS
        and tokens[k + 1][2][:1].isupper()
        and text[tokens[k][1] : tokens[k + 1][0]] == " "
    )


# "Velkor übernimmt ...": a capitalised word that opens a sentence and is followed by a deal verb is its subject
DE_DEAL_VERB_NEXT = re.compile(
    r" (?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|verkauft|verkaufte|schluckt|fusioniert|beteiligt sich|steigt|"
    r"trennt sich|trennte sich|veräußert|veräußerte|investiert|investierte|bestellt|bestellte|liefert|lieferte|"
    r"stockt|gliedert|spaltet|bündelt|"
    # the other deal verbs: "Velkor vergibt einen Auftrag an Norvia", "Velkor leiht Norvia 20 Millionen", "Velkor bietet 2 Milliarden"
    r"vergibt|vergab|beauftragt|beauftragte|leiht|lieh|gewährt|gewährte|finanziert|finanzierte|pumpt|pumpte|"
    r"sichert sich|sicherte sich|bietet|bot|greift|griff|verleibt|kooperiert|kooperierte|ordert|orderte|bezieht|bezog|"
    r"rettet|rettete|beteiligte sich|stieg|unterzeichnet|unterzeichnete|einigt sich|einigte sich|verhandelt|verhandelte|"
    # "Velkor schloss einen Vertrag mit Norvia", "Velkor vereinbarte mit Norvia ...": a contract closed
    r"schließt|schloss|vereinbart|vereinbarte|unterschreibt|unterschrieb|"
    # what a company does in business news beyond the deal itself: "Velkor legt ein Angebot vor", "Velkor macht ein
    # Angebot", "Velkor gibt den Kauf bekannt", "Velkor baut seine Beteiligung aus", "Velkor zahlt 20 Millionen"
    r"legt|legte|macht|machte|unterbreitet|unterbreitete|reicht|reichte|baut|baute|errichtet|errichtete|kündigt|kündigte|gibt(?! es\\b)|gab(?! es\\b)|"
    r"meldet|meldete|teilt|teilte|bestätigt|bestätigte|erhöht|erhöhte|stockte|startet|startete|eröffnet|eröffnete|"
    r"gründet|gründete|holt|holte|sammelt|sammelte|akquiriert|akquirierte|platziert|platzierte|verkündet|verkündete|"
    r"strebt|strebte|lagert|lagerte|nimmt|nahm|erweitert|erweiterte|bekommt|bekam|zahlt|zahlte|bezahlt|bezahlte|"
    r"sucht|suchte|verlagert|verlagerte|expandiert|expandierte|betreibt|betrieb|besitzt|besaß|hält|hielt|"
    r"kontrolliert|kontrollierte|verstärkt|verstärkte|stemmt|stemmte|wirbt|warb|lotet|lotete|bündelte|spaltete|"
    # a deal called off or a bid turned down: "Velkor verzichtet auf ...", "zieht sein Angebot zurück", "bläst ... ab"
    r"verzichtet|verzichtete|zieht|zog|bläst|blies|lehnt|lehnte|stoppt|stoppte)\b"
)
# "Velkor hat die Sparte ... verkauft", "Velkor will Norvia kaufen", "Velkor erhält einen Auftrag": an auxiliary, a
# modal or a verb of receiving or winning after the opening word, unless that word is a fronted participle
# ("Verkauft hat ...", "Übernommen wird ...")
# (reported speech puts the auxiliary in the subjunctive: "Velkor habe sich an Norvia beteiligt", "Velkor wolle ...")
# ("Velkor prüft den Kauf von Norvia", "Velkor erwägt einen Verkauf": a deal weighed, like "plant")
DE_AUXILIARY_NEXT = re.compile(r" (?:hat|hatte|will|wollte|soll|sollte|wird|wurde|plant|erhält|erhielt|gewinnt|gewann|habe|hätte|wolle|solle|werde|prüft|prüfte|prüfe|erwägt|erwog|erwäge)\b")
# "Velkor könnte Norvia übernehmen": a conditional modal marks the first word as the subject only when a deal verb
# closes the clause ("Ärger könnte drohen" stays a noun)
DE_CONDITIONAL_DEAL_NEXT = re.compile(
    r" (?:könnte|könnten|dürfte|dürften|würde|würden|möchte|möchten)(?: [^\s.,;:!?]+){1,5}? "
    r"(?:übernehmen|kaufen|erwerben|verkaufen|veräußern|schlucken|abgeben)(?=\s*[.,;:!?]|$)"
)
# "Norvia gehört künftig zu Velkor", "Norvia ist von Velkor übernommen worden": an owner change told of the first word,
# which is then the subject ("Ärger ist groß" tells none)
DE_OWNER_CHANGE_NEXT = re.compile(
    r" (?:gehört|gehören|gehörte) (?:\S+ )?(?:künftig|bald|nun|jetzt|fortan|demnächst|mehrheitlich) (?:\S+ )?(?:zur|zum|zu) [A-ZÄÖÜ]"
    r"| (?:ist|sind|war|waren) (?:\S+ ){0,3}?(?:von|vom|durch) (?:\S+ ){1,4}?(?:übernommen|gekauft|erworben|geschluckt) worden\b"
)
DE_FRONTED_PARTICIPLE = re.compile(r"(?:\w*ge|ver|über|er|be|ent|zer)\w+(?:t|en)")


# "Velkor, eine Tochter von Norvia, kauft ...": an apposition between commas after the sentence's first word
# (", Partner von Norvia seit 2015,", ", seit 2015 Tochter von Norvia,": a noun of a tie needs no article)
_DE_APPOSITION_AFTER = re.compile(
    r",\s+(?:(?:ein|eine|der|die|das)\s|(?:(?:seit|bereits|schon)\s+\S+\s+)?(?:langjährige[rn]?\s+|frühere[rn]?\s+|ehemalige[rn]?\s+)?"
    r"(?:Partner(?:in)?|Tochter|Tochterfirma|Tochtergesellschaft|Mutter(?:konzern|gesellschaft)?|Großaktionär|Aktionär|Eigentümer(?:in)?|Lieferant|Zulieferer|Kunde|Konkurrent|Rivale)"
    r"\s+(?:von|vom|des|der)\s)[^,;:.()„“\"\n]{3,80},(?=\s)"
)


def de_subject_before_apposition(text: str, end: int) -> bool:
    """de: is the word ending at ``end`` a subject described between commas, right before its (deal or auxiliary) verb?"""
    apposition = _DE_APPOSITION_AFTER.match(text, end)
    return apposition is not None and (
        DE_DEAL_VERB_NEXT.match(text, apposition.end()) is not None or DE_AUXILIARY_NEXT.match(text, apposition.end()) is not None
    )


# "Velkor aus Italien kauft", "Velkor und Norvia schwiegen": a name opening a sentence, then where it is from or its partner
# "Velkor aus Wien", "Velkor und Norvia", "Velkor und der Finanzinvestor Norvia": what follows a sentence-opening name
DE_SUBJECT_NEXT = re.compile(r" (?:aus|und) [A-ZÄÖÜ]| und (?:der|die|das) [A-ZÄÖÜ][a-zäöüß-]+ [A-ZÄÖÜ]")


# "Velkor bereitet die Übernahme von Norvia vor": the separable "vorbereiten" closes its clause with "vor", and the
# word before it is the subject ("Sorgen bereitet die Übernahme den Anlegern": the idiom has no "vor", no name)
DE_PREPARES_NEXT = re.compile(r" (?:bereitet|bereitete) (?:sich )?[^.;:!?\n]{1,80}? vor(?=\s*[.,;:!?]|\s+und\b|$)")

# "Velkor, Norvia und Dastrel wollen Tessmar kaufen": names listed at a sentence's start, then their (plural) verb
_DE_LIST_MEMBER = r"[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)?"
_DE_PLURAL_VERB = (
    r"wollen|wollten|sollen|sollten|werden|wurden|haben|hatten|planen|planten|prüfen|erwägen|"
    r"übernehmen|übernahmen|kaufen|kauften|erwerben|erwarben|verkaufen|verkauften|investieren|investierten|gründen|"
    r"gründeten|beteiligen|beteiligten|steigen|stiegen|schließen|schlossen|unterzeichnen|unterzeichneten|vereinbaren|"
    r"vereinbarten|bieten|boten|fusionieren|fusionierten|kooperieren|kooperierten|einigen|einigten|verhandeln|verhandelten|"
    r"finanzieren|finanzierten|liefern|lieferten|bündeln|bündelten|halten|hielten|legen|legten"
)
_DE_NAME_LIST_NEXT = re.compile(rf"((?:, {_DE_LIST_MEMBER})+ (?:und|sowie) {_DE_LIST_MEMBER}) (?:{_DE_PLURAL_VERB})\b")


def de_name_list_next(text: str, end: int) -> bool:
    """de: is the word ending at ``end`` the first of names listed before their verb ("Velkor, Norvia und Dastrel
    wollen ...")? The other members must not be German nouns ("Umsatz, Gewinn und Marge haben ...": no names)."""
    listed = _DE_NAME_LIST_NEXT.match(text, end)
    return listed is not None and not any(de_common(word) for word in re.findall(r"[A-ZÄÖÜ][\w&-]*", listed.group(1)))


def genitive_recurs(text: str, word: str, lang: str) -> bool:
    """de: "Velkors Übernahme ..." opens a sentence; the bare "Velkor" elsewhere shows it is a name."""
    return lang == "de" and len(word) > 4 and word.endswith("s") and recurs(text, word[:-1], -1)


# "will Velkor Norvia übernehmen": a modal or auxiliary, then the subject and the object side by side, then the
# infinitive or participle closing the clause
_DE_MODAL_BEFORE = re.compile(
    r"(?<![\w-])(?:will|wollen|wollte|wollten|wolle|soll|sollen|sollte|sollten|solle|möchte|möchten|kann|können|könnte|könnten|"
    r"dürfte|dürften|wird|werden|würde|würden|hat|haben|hatte|hatten|habe)\s$"
)
_DE_SUBORDINATOR_BEFORE = re.compile(rf"(?<![\w-])(?i:{'|'.join(_DE_SUBORDINATORS)})\s$")
# a finite deal verb that a fronted phrase puts before the subject ("Am Montag übernahm Velkor Norvia")
_DE_DEAL_VERB_BEFORE = re.compile(r"(?<![\w-])(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|verkauft|verkaufte|schluckt|schluckte)\s$")
_DE_VERB_CLOSES = re.compile(r"(?:\s+[^\s,;:!?]+){0,6}?\s+[a-zäöüß]{3,}(?:en|t)(?=\s*(?:[.,;:!?]|$))")
# ... in a subordinate clause any finite verb closes it before its comma ("weil Velkor Norvia kaufte,", "... gekauft hat,")
_DE_CLAUSE_VERB_CLOSES = re.compile(r"(?:\s+[^\s,;:!?]+){0,6}?\s+[a-zäöüß]{2,}(?=\s*[,.;:!?])")


def _alone_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """Does ``word`` stand as a name of its own outside ``start:end``, no capitalised word beside it?"""
    for match in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
        if start <= match.start() < end:
            continue
        before = text[max(0, match.start() - 40) : match.start()].rstrip().rsplit(None, 1)[-1:] or [""]
        after = re.match(r"\s+(\S+)", text[match.end() :])
        if after is not None and after.group(1)[:1].isupper() or before[0][:1].isupper() and not sentence_start(text, match.start()):
            continue
        return True
    return False


def de_subject_object_pair(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """de: "Jetzt will Velkor Norvia übernehmen": two capitalised words between a modal and the verb closing the clause
    are the subject and the object, not one name, when the article names each on its own elsewhere ("Deutsche Bank",
    "Björn Brenn" are never both alone)."""
    if j != i + 1 or text[tokens[i][1] : tokens[j][0]] != " ":
        return False
    # "Am Montag übernahm Velkor Norvia": a fronted phrase puts the finite deal verb before its subject and object
    inverted = _DE_DEAL_VERB_BEFORE.search(text, max(0, tokens[i][0] - 12), tokens[i][0]) is not None
    # "weil Velkor Norvia übernommen hat": a subordinate clause closes with its verb, its subject and object before it
    subordinate = _DE_SUBORDINATOR_BEFORE.search(text, max(0, tokens[i][0] - 10), tokens[i][0]) is not None
    if not inverted and not subordinate and _DE_MODAL_BEFORE.search(text, max(0, tokens[i][0] - 10), tokens[i][0]) is None:
        return False  # (the modal first: most two-word names have none before them)
    first, second = tokens[i][2], tokens[j][2]
    if not (brand_like(first) or first[1:].islower()) or not (brand_like(second) or second[1:].islower()):
        return False
    if de_common(first) or de_common(second) or first.lower() in GIVEN_NAMES or second.lower().endswith(DE_NOUN_TAILS):
        return False  # "Björn Brenn" is one person; "Velkor Energie" may be one company with a noun for its tail
    if text.count(text[tokens[i][0] : tokens[j][1]]) > 1:
        return False  # "die Velkor Tarvo ... will Velkor Tarvo verkaufen": the pair written together elsewhere is one name
    return (
        (inverted or _DE_VERB_CLOSES.match(text, tokens[j][1]) is not None or subordinate and _DE_CLAUSE_VERB_CLOSES.match(text, tokens[j][1]) is not None)
        and _alone_elsewhere(text, first, tokens[i][0], tokens[j][1])
        and _alone_elsewhere(text, second, tokens[i][0], tokens[j][1])
    )


# "bestellt bei Velkor Züge", "hat bei Velkor Triebwagen geordert": the supplier after "bei", the goods after it
_DE_SUPPLIER_BEI = re.compile(r"(?<![\w-])bei\s+$")
_DE_ORDER_VERB = re.compile(
    r"(?<![\w-])(?:bestell|order|kauf|bezieh|bezog|bezogen|beschaff|erwirb|erwarb|erworben|mietet|least|leas)\w*(?![\w-])", re.IGNORECASE
)
_DE_CLAUSE_STOP = re.compile(r"[.,;:!?\n]")


def de_goods_after_supplier(text: str, tokens: list[Token], i: int, k: int) -> bool:
    """de: "Die Bahn bestellt bei Velkor Züge": the one-word name after "bei" in a clause of ordering or buying is the
    supplier, and the plain noun after it (German capitalises it) is the goods ordered, not the name's second word. An
    organisation tail, an English word or a legal suffix after it still belongs to the name ("bei Velkor Rail")."""
    word = tokens[k][2]
    if k != i + 1 or text[tokens[i][1] : tokens[k][0]] != " " or not word[1:].islower() or "-" in word or len(word) < 3:
        return False
    if word.lower() in DE_ORG_TAILS or word.lower() in DE_ENGLISH_NAME_WORDS or word.lower().endswith(_DE_ORG_COMPOUND_TAILS):
        return False
    if k + 1 < len(tokens) and tokens[k + 1][2][:1].isupper() and text[tokens[k][1] : tokens[k + 1][0]] == " ":
        return False  # "bei Velkor Schienen Technik": more capitalised words go on, a longer name
    if _DE_SUPPLIER_BEI.search(text, max(0, tokens[i][0] - 5), tokens[i][0]) is None:
        return False
    stop_before = max((m.end() for m in _DE_CLAUSE_STOP.finditer(text, max(0, tokens[i][0] - 80), tokens[i][0])), default=max(0, tokens[i][0] - 80))
    stop_after = _DE_CLAUSE_STOP.search(text, tokens[k][1], tokens[k][1] + 80)
    stop = stop_after.start() if stop_after else min(len(text), tokens[k][1] + 80)
    for verb in _DE_ORDER_VERB.finditer(text, stop_before, stop):
        # the goods are still to name: no capitalised object between the verb and "bei" ("bezieht Strom bei Velkor
        # Energie") nor between the name and a participle closing the clause ("hat bei Velkor Energie Strom bezogen")
        between = text[verb.end() : tokens[i][0]] if verb.end() <= tokens[i][0] else text[tokens[k][1] : verb.start()]
        if verb.start() >= tokens[k][1] or verb.end() <= tokens[i][0]:
            if _DE_CAPITALISED.search(between) is None:
                return True
    return False


_DE_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")
