"""The word tables of name finding: legal suffixes, organisation heads, connectors, the words that never
start a name, German common nouns and noun endings, given names. Apart because every language's rules read them."""

from __future__ import annotations

from functools import lru_cache


LEGAL_SUFFIXES = frozenset(
    s.lower()
    for s in (
        "Inc Inc. Corp Corp. Co Co. Cos Ltd Ltd. Plc PLC LP L.P. NV N.V. SA S.A. AG GmbH KGaA SpA S.p.A. AB "
        "Pty Bhd BV B.V. Corporation Incorporated Company Limited Holdings Holding Bancorp Bancshares "
        "SAS S.A.S. SE SARL Sarl KG Oyj ASA A/S Group Groupe Gruppe Trust Partners LLC Llc Partnership"
    ).split()
)
# Words that end a name without being legal suffixes but that mark organisations.
ORG_HEADS = frozenset(
    "bank bancorp association corporation companies enterprises commission foundation fund fonds partners capital industries systems "
    "technologies electronics airlines motors energy financial securities investments".split()
)
CONNECTORS = {
    "en": frozenset({"of", "and", "&", "de", "du", "des", "la", "le", "van", "von", "der", "und", "y", "e"}),
    "fr": frozenset({"de", "du", "des", "d'", "d’", "et", "&", "la", "le", "l'", "l’", "of", "and"}),
    "de": frozenset({"für", "und", "&", "der", "des", "von", "de", "of", "and"}),
}
# the French words of NOT_NAMES: written in capitals they are still no name ("LES", "PDG")
FR_NOT_NAMES = frozenset(
    """
    les une des aux cet cette ces ils elles dans pour par sur avec selon mais donc car lors depuis après avant entre
    chez son ses leur leurs notre nos lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril
    mai juin juillet août septembre octobre novembre décembre mme pdg directeur président ministre ainsi cependant
    toutefois pourtant désormais enfin aussi alors puis ensuite néanmoins outre nous vous pourquoi comment quand quel
    quelle quels quelles voici voilà reste
    """.split()
)
# Capitalised words that never start a name (sentence openers, titles, months).
# Public: a target's description (targets.py) stops at them too.
NOT_NAMES = frozenset(
    """
    the a an it its he she they we i this that these those in on at for from by with to of and but or as
    if when while after before under over about into than then there here what which who whose how why
    mr mrs ms dr sir chairman president chief executive officer director analysts analyst sources
    investor investors financier industrialist businessman
    shares share stock common preferred dlrs dlr mln billion pct cts company companies unit units
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
    le la les l l' un une des du de d au aux ce cet cette ces il elle ils elles on en dans pour par sur avec
    selon mais ou et donc car ni si lors depuis après avant entre chez son sa ses leur leurs notre nos
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre m mme pdg directeur président ministre
    der die das den dem des ein eine einer eines einem einen er sie es wir ihr im am vom zum zur beim
    für mit nach bei aus auf an in über unter vor bis seit durch gegen ohne um wie laut und oder aber
    doch auch noch nur schon so da dann wenn als ob dass weil montag dienstag mittwoch donnerstag freitag
    samstag sonntag januar februar märz april mai juni juli august september oktober november dezember
    herr frau chef vorstand vorstandschef konzernchef ich mich mir du
    gemäß dank mittels infolge seitens zwecks anhand
    """.split()
) | frozenset(
    # sentence adverbs and conjunctions that open fr/de sentences (and headings run into them)
    """
    denn zudem allerdings damit dabei jedoch trotzdem deshalb daher inzwischen bereits zuletzt zwar dennoch
    außerdem ebenfalls hingegen demnach somit nun jetzt heute gestern morgen zunächst später
    wer was wo wann warum wieso man niemand jemand jeder keiner
    rund etwa knapp mehr weniger neben trotz wegen während zwischen innerhalb außerhalb statt dank gegenüber mittels
    ainsi cependant toutefois pourtant désormais enfin aussi alors puis ensuite néanmoins outre
    je nous vous tu pourquoi comment quand où quel quelle quels quelles voici voilà reste
    dieses diese dieser diesem diesen jener jene jenes
    ihre ihren ihrem ihrer ihres ihnen unser unsere unseren unserem unserer seine seinen seinem seiner
    davon dafür dazu darauf daran darüber dadurch danach davor
    zuvor bisher bislang damals künftig erstmals seither anschließend vorher derzeit aktuell mittlerweile schließlich
    letztlich immerhin offenbar vermutlich wahrscheinlich möglicherweise angeblich tatsächlich insgesamt gleichzeitig
    zugleich ferner deswegen darum dort hier dies erst kürzlich jüngst unlängst ebenso womöglich voraussichtlich
    überdies hierzu hierfür stattdessen vielmehr nämlich ursprünglich eigentlich sogar lediglich einst erneut
    also weltweit konzernweit bundesweit landesweit europaweit branchenweit
    """.split()
)
# English sentence openers that wire copy capitalises ("Together with ...", "Several analysts ...").
EN_OPENERS = frozenset(
    """
    together several following also however separately meanwhile earlier later last yesterday today both each all
    some most many such other another under terms according no any since until because although once during despite
    """.split()
)
# German nouns that are capitalised but not names, and common-noun endings.
DE_COMMON = frozenset(
    """
    jahr jahre jahren prozent euro dollar franken pfund millionen milliarden mio mrd aktie aktien anteil anteile
    anteilen unternehmen konzern konzerns firma gruppe bank banken regierung staat land länder stadt
    mitarbeiter kunden kunde übernahme kauf verkauf preis preise umsatz gewinn verlust markt märkte
    geschäft geschäfts vertrag auftrag aufträge deal investor investoren käufer verkäufer tochter
    tochterfirma tochtergesellschaft mutter sprecher sprecherin angaben ende anfang mitte woche monat monate
    montag zeit teil teile summe höhe wert milliarde million ziel zukunft branche industrie
    bericht berichte berichten informationen schritt wachstum geld kapital kasse mittel kredit kredite rivale rivalen konkurrent konkurrenten wettbewerber partner
    hause strom uhr erlös erlöse erlösen
    """.split()
)
FR_NAME_ADJECTIVES = frozenset(
    "fédéral fédérale centrale central européenne européen mondiale monétaire international internationale "
    "nationale national générale populaire".split()
)

DE_ORG_TAILS = frozenset({"bank", "versicherung", "holding", "group"})

# English words of company names ("Velkor Education Network", "Norvia Digital Solutions"): in German text they
# continue a name the German noun tests ("-tion", "-ment", "Kapital") would cut
DE_ENGLISH_NAME_WORDS = frozenset(
    """
    bank banking capital partners group holdings investment investments management asset assets equity ventures fund funds
    trust securities financial finance markets exchange stock insurance savings commercial construction development education
    network networks solutions systems services technologies technology digital media entertainment communications telecom
    mobile software games studios labs pharmaceuticals pharma therapeutics health healthcare sciences research energy power
    resources industries industrial logistics shipping airlines airways motors automotive aerospace electronics foods brands
    retail stores publishing books records music pictures international global national general united royal estate
    properties consulting advisors innovations infrastructure enterprises
    """.split()
)
DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "nis", "ismus", "ment", "ungen", "ionen", "chen", "lich")


@lru_cache(maxsize=8192)  # pure, and asked for the same words thousands of times per pass
def is_legal_suffix(word: str) -> bool:
    return word.lower() in LEGAL_SUFFIXES or word.lower().rstrip(".") in LEGAL_SUFFIXES


DE_NOUN_TAILS = (*DE_NOUN_ENDINGS, "e", "en", "er", "ern", "ik", "ur", "ie")  # the noun endings, and plural/agent ones

# common given names: one inside a run of capitalised words, after a word that is no given name, starts a person's
# name ("Velkor France Paul Marnier", "Wirtschaft Anne Berk", "Lobbyist Jan Tessmer")
GIVEN_NAMES = frozenset(
    """
    jean pierre michel philippe alain patrick nicolas christophe christian daniel david éric eric frédéric laurent stéphane
    pascal olivier thierry bruno jacques françois sébastien vincent julien thomas emmanuel bernard didier gilles marc
    dominique denis guillaume xavier antoine arnaud benoît yves claude gérard paul louis henri andré rené georges serge
    fabrice franck hervé jérôme matthieu mathieu maxime romain alexandre anne marie catherine sophie isabelle nathalie
    christine sylvie valérie sandrine céline véronique martine françoise hélène florence caroline virginie élisabeth agnès
    brigitte chantal patricia cécile claire julie laure emmanuelle delphine aurélie édouard gabriel hans peter klaus
    wolfgang jürgen michael stefan andreas frank markus uwe helmut werner dieter karl josef heinz günter gerhard horst
    manfred rolf ralf bernd jörg matthias sebastian florian tobias alexander oliver christoph johannes philipp jan lars
    sven tim maximilian angela ursula sabine petra monika andrea susanne claudia birgit katrin julia anna barbara christa
    renate heike karin gabriele kerstin silke nicole herbert walter otto kurt fritz friedrich wilhelm heinrich hermann
    ernst erich franz john james robert william richard joseph charles george steve steven mark kevin brian jeff jeffrey
    warren bill larry mary elizabeth susan margaret donald joe vladimir carlos laurence olivia camille pauline charlotte
    andrej andrei sergej sergei dmitri dmitrij alexej alexei igor oleg juri boris nikolai ivan
    georg bernhard reinhard rudolf roland hubert norbert volker detlef rainer reiner gerd harald joachim ulrich
    eva ingrid elke doris ute jutta hannelore marianne brigitte gisela sigrid
    juliette lucie léa manon emma chloé marine mathilde bertrand jean-pierre jean-claude jean-louis jean-marc
    jean-michel jean-luc jean-paul jean-yves jean-françois marie-christine anne-marie
    jens lukas felix jonas niklas moritz fabian marcel dennis sascha torsten thorsten carsten dirk holger olaf
    marco mario hannes gregor konrad anton ludwig leopold emil erik henrik bastian timo nils malte arne björn achim armin
    axel burkhard eckhard egon erwin gottfried hartmut heiko helge henning ingo jochen lothar lutz mathias rüdiger
    siegfried steffen thilo winfried wilfried kaspar oswald alois reinhold hubertus ferdinand johann jakob valentin
    günther elon angelika anja annette antje bettina carola christiane cornelia dagmar daniela franziska friederike
    gudrun helga johanna katharina kathrin katja magdalena manuela martina melanie nadine regina simone sonja stefanie
    svenja tanja theresa ulrike verena yvonne henrike
    """.split()
)
