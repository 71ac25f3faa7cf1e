"""French rules of name finding: a capital article that belongs to a title ("racheté La Gazelle"), a
government named after its leader, public bodies named in lower case ("Caisse des dépôts"), and a bare capitalised
word opening a sentence that is a subject's name."""

from __future__ import annotations

import re

from pipeline.extract.names.common import Token, gap_breaks
from pipeline.extract.names.words import FR_NAME_ADJECTIVES, FR_NOT_NAMES, GIVEN_NAMES


# fr: a word of the sentence just before ("racheté L'Ordival", "de L'Ordival"), not a sentence's or a quote's opening
FR_MID_SENTENCE = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*|,) $")


def fr_title_inside(text: str, rest: str) -> bool:
    """fr: "L'Ordival a ..." opening a sentence keeps its "L'" when the article writes "L'Ordival" with the capital
    inside a sentence too ("racheté L'Ordival"): the article is then part of the name, not an elided "le"."""
    pattern = re.compile(r"L['’]" + re.escape(rest) + r"(?![\w'’-])")
    return any(FR_MID_SENTENCE.search(text, max(0, m.start() - 24), m.start()) for m in pattern.finditer(text))


def fr_capital_article(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """fr: the name ``tokens[a..b]`` follows "La"/"Le"/"Les" written with a capital inside a sentence ("racheté La
    Gazelle"), or opening one when the article writes it so inside a sentence too: the article belongs to the name."""
    s, e, word, _ = tokens[a - 1]
    if word not in ("La", "Le", "Les") or text[e : tokens[a][0]] != " ":
        return False
    if FR_MID_SENTENCE.search(text, max(0, s - 24), s):
        return True
    rest = re.escape(text[tokens[a][0] : tokens[b][1]])
    return any(FR_MID_SENTENCE.search(text, max(0, m.start() - 24), m.start()) for m in re.finditer(rf"{word} {rest}(?![\w'’-])", text))


_FR_GOVERNMENT_NOUNS = frozenset({"gouvernement", "administration"})


def fr_government_of(text: str, tokens: list[Token], a: int, b: int) -> int:
    """fr: "le gouvernement de Paul Marnier": a government named after its leader is the party, not the leader
    (only a person's name, given name first: "le gouvernement de Norland" is Norland). Returns the index of
    the name's first token."""
    if b == a or tokens[a][2].lower() not in GIVEN_NAMES or a < 2 or tokens[a - 1][2] != "de":
        return a
    head = a - 2
    if tokens[head][2] not in _FR_GOVERNMENT_NOUNS or any(text[tokens[t][1] : tokens[t + 1][0]] != " " for t in range(head, a)):
        return a
    return head


# fr: capitalised head nouns of public bodies and institutions whose names go on in lower case
FR_INSTITUTIONS = frozenset(
    """
    banque caisse cour conseil agence autorité comité commission fonds office institut haut haute fédération union assemblée
    chambre centre compagnie crédit mutuelle régie établissement organisation secrétariat tribunal parlement conférence société
    confédération fondation direction inspection observatoire
    """.split()
)
# adjectives of bodies' names: a list, since verbs after a name share their endings ("indique", "arrive")
_FR_BODY_ADJECTIVES = FR_NAME_ADJECTIVES | frozenset(
    """
    publique public nationaux régional régionale régionaux européens européennes mondial internationaux fédéraux
    supérieur supérieure olympique agricole postale suprême constitutionnel constitutionnelle économique économiques
    social sociale sociaux financier financière financiers financières hospitalier hospitalière départemental
    départementale municipal municipale communautaire interministériel interministérielle arbitrale scientifique
    technique nucléaire spatial spatiale militaire sanitaire sanitaires bancaire immobilier immobilière industriel
    industrielle commercial commerciale territorial territoriale maritime portuaire mutuel mutuelle coopératif coopérative
    fiscal fiscale administratif administrative judiciaire électoral électorale indépendant indépendante permanent
    permanente consultatif consultative exécutif exécutive hospitalo-universitaire universitaire régionales
    français française allemand allemande américain américaine britannique canadien canadienne québécois québécoise
    belge suisse africaine africain asiatique arabe islamique publiques publics canadiennes
    """.split()
)
# lower-case words that follow a body's name without being part of it
_FR_NOT_IN_BODY = frozenset(
    """
    le la les un une des du de ce cet cette ces son sa ses leur leurs notre nos votre vos plus moins tout tous toute toutes
    quelque quelques plusieurs certains chaque autre autres même près environ jamais désormais ailleurs abord ici euros
    dollars millions milliards actions parts janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre
    """.split()
)


def _fr_body_word(word: str) -> bool:
    """A lower-case noun of a body's name after "de": no determiner, figure or infinitive ("de racheter")."""
    return (
        len(word) >= 3 and word.isalpha() and word.islower() and word not in _FR_NOT_IN_BODY
        and not word.endswith(("er", "ir", "re", "oir"))
    )


def fr_institution_tail(text: str, tokens: list[Token], i: int, last: int) -> int:
    """fr: the lower-case rest of a public body's name after its capitalised head ("Banque publique
    d'investissement", "Caisse des dépôts", "Autorité de la concurrence"): adjectives and up to two
    "de" complements. Returns the index of the name's last token (``last`` when nothing follows)."""
    if any(tokens[t][2][:1].isupper() for t in range(i + 1, last + 1)):
        return last  # the head already took capitalised words: "Banque de Norland" ends as it is
    k = last + 1
    end = last
    groups = 0
    while k < len(tokens) and k - i <= 7 and not gap_breaks(text, tokens[k - 1][1], tokens[k][0]):
        word = tokens[k][2]
        low = word.lower()
        if low in _FR_BODY_ADJECTIVES and word.islower():
            end, k = k, k + 1  # "publique", "nationale", "supérieur"
            continue
        if groups >= 3:
            break
        if low in ("et", "&") and groups and k + 1 < len(tokens) and tokens[k + 1][2].lower()[:2] in ("de", "d'", "d’"):
            tail = fr_institution_tail(text, tokens, i, k)
            if tail > k + 1:
                return tail  # "Office des ports et des voies navigables"
            break
        if low[:2] in ("d'", "d’") and _fr_body_word(low[2:]):
            end, k, groups = k, k + 1, groups + 1  # "d'investissement", "d'épargne"
            continue
        if low in ("de", "des", "du") and k + 1 < len(tokens) and not gap_breaks(text, tokens[k][1], tokens[k + 1][0]):
            n = k + 1
            if low == "de" and tokens[n][2] in ("la",) and n + 1 < len(tokens):
                n += 1  # "de la concurrence"
            noun = tokens[n][2]
            if noun[:2] in ("l'", "l’") and low == "de":
                noun = noun[2:]  # "de l'énergie"
            if _fr_body_word(noun):
                end, k, groups = n, n + 1, groups + 1
                continue
        break
    return end


# fr: a French noun opens its sentence with an article ("Le groupe a racheté"); a bare capitalised word right before
# a finite verb ("Velkor a racheté", "Norvia cède") or "et" and a name ("Velkor et Norvia signent") is the subject's name
_FR_VERB_NEXT = re.compile(
    r" (?:a|avait|aura|aurait|est|était|sera|va|allait|vient|venait|doit|devrait|compte|veut|voulait|souhaite|prévoit|envisage|annonce|"
    r"rachète|achète|acquiert|cède|vend|vendra|reprend|signe|investit|lève|prend|conclut|entre|détient|possède|fusionne|"
    r"s['’](?:offre|associe|allie|adosse|empare|installe|engage|apprête|invite)|finance|commande|livre|fournit|obtient|remporte|"
    r"rejoint|ouvre|lance|emploie|contrôle|négocie|propose|mise|cherche|confirme|publie|passe|tombe|"
    # the future of the deal verbs: "Velkor fournira 200 rames", "Norvia rachètera ..."
    r"rachètera|achètera|acquerra|cédera|reprendra|signera|investira|financera|commandera|livrera|fournira|construira|"
    # more deal verbs in the present ("Velkor finalise le rachat") and the passé simple ("Velkor racheta Norvia")
    r"appartient|appartiendra|intègre|rejoindra|exclut|dément|démentit|refuse|écarte|finalise|boucle|officialise|réalise|serait|pourrait|renonce|abandonne|enterre|reporte|met|porte|renforce|fut|devient|deviendra|étudie|avale|sort|grimpe|noue|scelle|inaugure|construit|implante|installe|bâtit|choisit|retient|attribue|confie|se (?:désengage|sépare|retire|renforce)|absorbe|décroche|accorde|octroie|injecte|débloque|nationalise|équipe|équipera|monte|"
    r"revend|gagne|recapitalise|approvisionne|approvisionnera|alimente|alimentera|s['’]approvisionne|"
    r"sponsorise|parraine|distribue|commercialise|motorise|opte|sélectionne|bénéficie|bénéficiait|reçoit|recevait|touche|"
    # what a company does in business news beyond the deal itself: "Velkor prépare une offre", "Velkor dépose une
    # offre", "Velkor lorgne Norvia", "Velkor précise que", "Velkor table sur", "Velkor annonçait"
    r"prépare|dépose|fait|précise|dévoile|présente|lorgne|convoite|vise|table|espère|entend|recherche|poursuit|"
    # "Velkor offre 12 euros par action": the verb of a priced bid (a bare "offre" may be the noun of a title)
    r"offre(?= (?:\S+ ){0,2}?\d)|offrent|proposent|paiera|"
    r"paie|paye|verse|débourse|valide|accepte|refuse|rejette|dément|assure|affirme|indique|explique|déclare|estime|"
    r"souligne|affiche|enregistre|réalise|dégage|perd|voit|maintient|relève|abaisse|annule|suspend|ferme|supprime|"
    r"licencie|recrute|embauche|développe|étend|accélère|discute|examine|explore|réclame|demande|dispose|exploite|"
    r"produit|fabrique|retire|conserve|garde|attend|tente|mène|soutient|rafle|dépasse|augmente|réduit|double|"
    r"s['’](?:attend|apprête|lance|prépare|intéresse|renforce|implante|étend|retire)|se (?:dit|félicite|lance|prépare)|"
    r"annonçait|prévoyait|négociait|préparait|rachetait|possédait|détenait|contrôlait|"
    # the conditional of rumours ("Velkor rachèterait Norvia", "Norvia s'allierait avec") and "acquit"
    r"[a-zà-ÿ]{3,}(?:erait|eraient|irait|iraient|rrait|rraient|drait|draient)|s['’][a-zà-ÿ]{3,}(?:erait|eraient|irait|iraient)|acquit|"
    # ... and the future ("Velkor cèdera Norvia", "prendra une participation")
    r"[a-zà-ÿ]{3,}(?:era|eront|ira|iront|rra|rront|dra|dront)|s['’][a-zà-ÿ]{3,}(?:era|eront|ira|iront)|"
    r"racheta|acheta|acquit|céda|vendit|reprit|signa|fonda|créa|prit|fusionna|absorba|obtint|remporta|décrocha|commanda|livra|"
    r"s['’]est)\b"
)
# "Velkor, qui a racheté Norvia, ...": a relative clause about the opening word tells it is a name
# ... and so does a participle clause about its owner ("Norvia, rachetée par Velkor en 2015, ...")
_FR_WHO_NEXT = re.compile(
    r", (?:qui (?:a|avait|est|était|vient|venait|détient|possède|contrôle|emploie|appartient|appartenait)|"
    # "Norvia, dont Velkor a pris le contrôle", "Norvia, dans laquelle Velkor a investi": a relative about a company
    r"(?:dont|que|dans laquelle|dans lequel|au capital de laquelle|au capital duquel) (?=(?:le |la |l['’])?(?:groupe |société |fonds )?[A-ZÀ-Ý])|"
    # "Varnel, dont le titre a bondi, sera rachetée": a relative about the opening word's share, head office or chief
    r"dont (?:le|la|les|l['’]) ?(?:titre|action|cours|capital|siège|chiffre|PDG|patron|patronne|président|présidente|directeur|directrice|fondateur|fondatrice|dirigeants?|actionnaires?|salariés|usines?|activités?|ventes|résultats?|valorisation|dette)s?\b|"
    r"(?:rachetée?|acquise?|reprise?|cédée?|vendue?|détenue?|contrôlée?|absorbée?|fondée?) (?:par|en|à|au)|filiale (?:du|de|d['’]))\b"
)
# "Velkor, une filiale de Norvia, a racheté ...", "Velkor, via sa filiale Dastrel, rachète ...": an apposition (or the
# vehicle the subject acts through) set off by commas before the verb
_FR_APPOSITION_AFTER = re.compile(r",\s+(?:(?:déjà|aussi|également|lui-même|elle-même) )?(?:un|une|le|la|l['’]|filiale|propriétaire|actionnaire|ancien|ancienne|ex-|via|par l['’]intermédiaire|par le biais|"
                                  r"aux côtés|(?:associée?|alliée?|soutenue?|épaulée?|accompagnée?|détenue?|contrôlée?|dirigée?|fondée?|basée?|spécialisée?)(?= (?:à|au|aux|par|en|dans|sur)\b))\b[^,;:.()«»\"\n]{3,80},(?=\s)")
# "Velkor, partenaire de Norvia depuis 2015, va racheter ...", "Velkor, numéro un du secteur, a cédé ...": an apposition
# without an article, a bare noun and its complement
_FR_BARE_APPOSITION_AFTER = re.compile(r",\s+[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|du|des|d['’]|chez|pour)(?:\s+|(?<=['’]))[^,;:.()«»\"\n]{2,80},(?=\s)")
# "Velkor et Norvia", "Velkor et le fonds Norvia": a name listed with another, maybe described by an article and a noun
_FR_AND_NAME_NEXT = re.compile(r" et (?:(?:l['’]|le |la )(?:[a-zà-ÿ][\w-]*\s+){0,2})?[A-ZÀ-Ý]")
_FR_SUBJECT_GAP = re.compile(
    r"(?:,\s+(?:de son côté|pour sa part|quant à (?:lui|elle)|(?:lui|elle) aussi|(?:lui|elle)-même|également|aussi|de même|"
    r"en revanche|par ailleurs|pour rappel|déjà|notamment|selon [^,;:.()«»\"\n]{3,40}),)?"
    r"(?: (?:aussi|également|lui-même|elle-même|déjà|ensuite|enfin|finalement|désormais|notamment|pourtant|toutefois|ne|n['’]|y|en|lui|leur))*"
    r"(?:(?<=['’])| )"
)
# "Velkor, Norvia et Dastrel ont racheté Korlim": the first name of a list of names that is the subject of a plural verb
_FR_NAME_WORD = r"(?:l['’]|le |la )?[A-ZÀ-Ý][\w&.-]*(?: [A-ZÀ-Ý][\w&.-]*){0,2}"
_FR_LIST_NEXT = re.compile(
    r"(?:, " + _FR_NAME_WORD + r")+ et " + _FR_NAME_WORD
    + r" (?:ne |n['’]|y |en |se |s['’]|l['’]|aussi |également |déjà )*(?:ont|avaient|auront|auraient|sont|étaient|vont|viennent|[a-zà-ÿ]{3,}ent)\b"
)
# pronouns and quantifiers that open a sentence without an article
_FR_BARE_OPENERS = frozenset(
    "tout tous toute toutes cela ceci ça lui eux rien personne chacun chacune aucun aucune nul certains certaines "
    "plusieurs beaucoup peu reste voilà voici mieux pire seul seule hier demain jadis autrefois bientôt déjà encore "
    "toujours jamais souvent parfois ici là ailleurs puis enfin surtout aussi même ca combien".split()
)


def fr_bare_subject(text: str, word: str, end: int) -> bool:
    """fr: is the sentence-opening capitalised ``word`` a name by what follows it?"""
    low = word.lower()
    if low in _FR_BARE_OPENERS or low.endswith(("-ci", "-là", "-même", "ment")) or "'" in word or "’" in word:
        return False
    if _FR_VERB_NEXT.match(text, end) is not None or _FR_AND_NAME_NEXT.match(text, end) is not None or _FR_WHO_NEXT.match(text, end) is not None:
        return True
    if low not in FR_NOT_NAMES and _FR_LIST_NEXT.match(text, end) is not None:
        return True
    # "Velkor n'a pas racheté", "Velkor en détient 20 %", "Velkor aussi a racheté", "Velkor, de son côté, a cédé":
    # a negation, a clitic, an adverb or a linking phrase between the subject and its verb
    gap = _FR_SUBJECT_GAP.match(text, end)
    if gap is not None and gap.end() > end and _FR_VERB_NEXT.match(" " + text[gap.end() : gap.end() + 60]) is not None:
        return True
    # "Velkor, une société détenue par Norvia, a racheté ...": the subject, described between commas before its verb
    apposition = _FR_APPOSITION_AFTER.match(text, end) or _FR_BARE_APPOSITION_AFTER.match(text, end)
    return apposition is not None and _FR_VERB_NEXT.match(text, apposition.end()) is not None


# holidays and feast days, capitalised in French: "une offre pour Noël", "avant Pâques", "à la Toussaint" say when
_FR_HOLIDAYS = frozenset(
    """
    noël pâques toussaint pentecôte ascension assomption épiphanie chandeleur saint-valentin saint-sylvestre ramadan
    aïd halloween réveillon carême mi-carême
    """.split()
)


def fr_holiday(text: str, tokens: list[Token], i: int) -> bool:
    """fr: is the word at ``i`` a holiday ("Noël", "Pâques", "le Nouvel An") rather than a name? A capitalised word
    right after it on the line makes it a given name or part of a longer name ("Noël Marvin"), left alone."""
    word = tokens[i][2].lower()
    nxt = tokens[i + 1] if i + 1 < len(tokens) and text[tokens[i][1] : tokens[i + 1][0]] == " " else None
    if word == "nouvel":
        return nxt is not None and nxt[2] == "An"  # "le Nouvel An"
    return word in _FR_HOLIDAYS and (nxt is None or not nxt[2][:1].isupper())
