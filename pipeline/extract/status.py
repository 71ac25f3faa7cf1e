"""Where a deal stands, read from modality and attribution.

A report that something "devrait" happen, or that happened "laut Insidern",
is not an announcement: the cue phrase decides the status and is kept as
``status_evidence``. Cues are ordered from the most to the least specific, so
"agreed in principle" wins over "agreed" and "terminated the letter of
intent" over "letter of intent". Each cue also says how far it reaches: an
attribution ("selon le quotidien", "laut Insidern") tells who reports the whole
sentence, any other cue (a tense, a modal, a verb) governs its own clause
(``status_scope`` reads it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from pipeline.extract.regex_prefix import WordStartScan, group_index, one_scan, spaced
from pipeline.models import DealStatus, DealType

__all__ = ["Cue", "StatusMention", "best_status", "find_status", "find_statuses", "status_for_type"]


@dataclass(frozen=True)
class StatusMention:
    status: DealStatus
    start: int
    end: int
    text: str
    rank: int = 0  # index of the cue: lower is more specific
    attribution: bool = False  # the cue's ``Cue.attribution``: it governs the whole sentence, not its clause


class Cue(NamedTuple):
    pattern: str
    status: DealStatus
    attribution: bool = False  # who reports the sentence ("selon X", "laut Insidern"), not a tense or verb of its clause


S = DealStatus
ATTRIBUTION = True
# de: the nouns of state aid and rescue loans (a bailout's talks and applications are read apart from a takeover's)
_DE_AID = r"(?:\w*[Hh]ilfspaket\w*|\w*[Hh]ilfsprogramm\w*|\w*[Rr]ettungs(?:paket|kredit|programm|schirm)\w*|[Ss]taatshilfen?|\w*[Kk]redit(?:e|en|s)?|[Ff]inanzhilfen?|Hilfsgelder?n?)"

# A row is a cue, or a tuple of cues of one rank (equally specific: the nearest to the deal wins among them).
_CUES: dict[str, list[Cue | tuple[Cue, ...]]] = {
    "en": [
        Cue(r"terminated? (?:the|its|an?) (?:letter of intent|agreement|merger agreement)", S.CANCELLED),
        Cue(r"(?:agreed|decided) to (?:withdraw|terminate|end|call off)", S.CANCELLED),
        Cue(r"(?:ended|broke off|terminated|called off|abandoned|suspended) (?:talks|negotiations|discussions)", S.CANCELLED),
        Cue(r"ended without agreement|unable to complete negotiations|(?:withdr[ae]wn?|dropped|drops) (?:his|its|their|the) (?:[\w$€£.,-]+ ){0,3}?(?:offer|bid|proposal)", S.CANCELLED),
        # "the deal collapsed", "walked away from", "said it would not make an offer": off
        # ("fell through" is left out: "almost fell through" is said of deals that went on)
        Cue(r"collapsed|walked away from|(?:would|will) not (?:make|pursue|proceed with) (?:an? |its |the )?(?:[\w-]+ )?(?:offer|bid|deal)", S.CANCELLED),
        Cue(r"terminated|cancell?ed|called off|scrapped|abandoned|rejected|overturned|blocked|turned down|rebuffed|spurned", S.CANCELLED),
        # "urged holders to reject the offer", "its earlier rejection of the merger"
        Cue(r"(?<=to\s)reject|rejection", S.CANCELLED),
        # "..., people familiar with the matter said", "the Journal reported, citing sources": unnamed sources tell the whole
        # sentence, whatever its verb says ("agreed to buy ..., people familiar with the matter said" is not yet announced)
        Cue(r"(?:people|(?:a |one )?person) (?:familiar|close|briefed|with (?:direct )?knowledge)|sources (?:familiar|with knowledge)|citing (?:people|sources|unnamed|a person|persons)"
            r"|according to (?:people|sources|a person|persons|unnamed)", S.RUMORED, ATTRIBUTION),
        # "..., Reuters reported", "the Daily Ledger newspaper reported", "according to a report in X": the press tells the
        # whole sentence, not the parties (a party's own "reported" results are no cue: only a news outlet's word counts)
        Cue(r"(?:Reuters|Bloomberg)(?: News)?(?: (?-i:[A-Z])\w+)? (?:reported|reports)(?! (?:a |an |its |net |that it))"
            r"|(?:newspaper|Journal|Times|News|Post|Herald|Telegraph|gazette|news agency|magazine|daily|broadcaster|television|radio|press)(?: (?-i:[A-Z])\w+)? (?:reported|reports)(?! (?:a |an |its |net |that it))"
            r"|according to (?:a |an |the |one )?(?:\w+ ){0,2}?(?:reports?|newspaper|news agency|magazine|press reports?|media reports?)\b|(?:newspaper|press|media) reports? (?:said|say)", S.RUMORED, ATTRIBUTION),
        Cue(r"agreement reached in principle|non-binding agreement in principle|agreement in princip(?:le|al)", S.AGREED),
        Cue(r"agreed in principle|tentatively agreed|tentati?ve agreement", S.AGREED),
        Cue(r"letter of intent", S.AGREED),
        Cue(r"definitive (?:merger |purchase |)agreement", S.AGREED),
        Cue(r"(?:entered into|signed|reached|executed) an? (?:formal |)(?:merger |purchase |)agreement(?! in princip)", S.AGREED),
        Cue(r"reached agreement(?! in princip)|finali[sz]ed (?:an? |the |its )?agreement|agreed to terms", S.AGREED),
        Cue(r"agreed to (?:acquire|buy|purchase|sell|merge|be acquired|take over)", S.AGREED),
        Cue(r"agreement to (?:acquire|buy|purchase|sell|merge)", S.AGREED),
        Cue(r"agreed|agrees|(?:strikes|struck|clinches|clinched|inks|inked|seals|sealed) (?:a |an )?(?:[\w$.-]+ ){0,2}?deal", S.AGREED),
        # "Norvia will be sold to Velkor", "could be acquired", "is expected to be completed": a passive told as to come or as
        # possible is no deal done (its participle alone would read as completed)
        Cue(r"(?:could|may|might|(?:expected|likely|set|due|poised) to) (?:(?!not\b|never\b)\w+ )?be (?:sold|acquired|bought|purchased|taken over|merged|divested|spun off|completed|closed|finali[sz]ed)\b", S.EXPECTED),
        Cue(r"(?:will|would|shall|(?:is|are|was|were) to) (?:(?!not\b|never\b)\w+ )?be (?:sold|acquired|bought|purchased|taken over|merged|divested|spun off)\b", S.ANNOUNCED),
        Cue(r"completed|(?<=to\s)complete|(?:completes|closes|closed) (?:the |its |a )?(?:[\w$£€.-]+ ){0,2}?(?:acquisition|purchase|sale|takeover|merger|deal|buyout|series [a-e]|(?:seed|funding|financing) round)", S.COMPLETED),
        # "the $4 billion merger of Velkor with Norvia closed on Monday": the deal noun's own verb says it is done
        Cue(r"(?:deal|merger|acquisition|takeover|purchase|sale|transaction)(?: [^.;,]{0,60}?)? (?:has |was |had )?closed(?! at| (?:up|down|higher|lower|unchanged))\b", S.COMPLETED),
        Cue(r"acquired|purchased|bought|sold|divested|took over|raised (?:its|his|their) (?:stake|holding)", S.COMPLETED),
        # "invested $500 million in", "raised $40 million": money put in or taken in is done
        Cue(r"invested|raised(?= [^.;]{0,40}?(?:\bfrom (?-i:[A-Z])|\bround\b|\bfunding\b|\bseries [a-e]\b))", S.COMPLETED),
        # supply deals: an order placed or a contract won is agreed, goods handed over are delivered
        Cue(r"(?:won|landed|received|signed|secured|booked|bagged) (?:a|an|the) (?:[\w$€£.,-]+ ){0,3}(?:contract|order)|placed an order|ordered(?= (?:\S+ ){0,3}?\d)", S.AGREED),
        Cue(r"delivered(?= (?:\S+ ){0,3}?\d)", S.COMPLETED),
        Cue(r"received (?:regulatory |shareholder )?approval|approved", S.AGREED),
        Cue(r"started a tender offer|begin a (?:cash )?tender offer|tender offer", S.ANNOUNCED),
        Cue(r"plans? to (?:acquire|buy|purchase|sell|merge)|intends to (?:acquire|buy|sell)|intends? to pursue|expects to (?:sell|acquire|complete)|decided to sell", S.EXPECTED),
        Cue(r"(?<=is\s)expected to (?:equip|supply|build|invest)", S.EXPECTED),  # "X is expected to equip a data centre"
        Cue(r"(?<=is\s)set to (?:equip|supply|deliver|provide|build|invest|acquire|buy|sell)", S.EXPECTED),
        Cue(r"(?:will|would) (?:acquire|buy|purchase|sell|merge|offer|supply|deliver|equip|build)|(?:will|would) provide(?= (?-i:[A-Z])\S* (?:\S+ ){0,3}?with)", S.ANNOUNCED),
        Cue(r"offered to (?:buy|acquire)|offering to sell|proposed|(?:(?<=is\s)|(?<=are\s))selling", S.ANNOUNCED),
        # "has extended its cash offer": the offer stands, for longer
        Cue(r"extend(?:ed|ing|s)? (?:his|its|their|the) (?:cash |tender |takeover )?(?:offer|bid)", S.ANNOUNCED),
        Cue(r"preliminary (?:merger|buyout) proposal|(?<=been\s)approached|(?<=is\s)considering", S.ANNOUNCED),
        Cue(r"offer|bid", S.ANNOUNCED),
        Cue(r"(?:talks|negotiations|discussions) (?:are|were) continuing|(?:holding|started|began|opened) (?:talks|negotiations|discussions)", S.RUMORED),
        Cue(r"in talks|(?:preliminary |exclusive )?(?:talks|negotiations|discussions)", S.RUMORED),
        Cue(r"sources|people familiar|reportedly|is said to|rumou?red", S.RUMORED),
    ],
    "fr": [
        Cue(r"(?:a|ont) (?:\w+ ){0,2}?(?:renoncé|abandonné|annulé)|(?:rupture|abandon|échec) (?:des négociations|du rachat|de la fusion|de l['’]opération)|a été annulée?", S.CANCELLED),
        # "Bruxelles a bloqué la fusion", "l'autorité a interdit le rachat": a deal stopped by who must approve it
        Cue(r"(?:a|ont|avait|avaient) (?:finalement )?(?:bloqué|interdit|empêché|mis son veto (?:à|au|aux)|opposé son veto (?:à|au|aux)|retoqué) (?:l['’]|la |le |les |leur |son |sa |ce |cette )?(?:\w+ )?"
            r"(?:rachat|fusion|acquisition|opération|reprise|cession|vente|rapprochement|OPA|offre|projet)\b"
            r"|(?:abandonn|enterr)(?:e|ent)\b (?:(?:son|sa|ses|leur|leurs|le|la|les|l['’]|ce|cette) )?(?:\w+ )?(?:projets?|offres?|OPA|idée)\b", S.CANCELLED),
        # "le rachat n'a pas abouti", "Velkor n'a finalement pas racheté Norvia", "l'offre n'a pas été acceptée": a deal
        # that did not happen (a bare "n'a pas racheté" says no more than that, and is left alone)
        Cue(r"n['’](?:a|ont|avait|avaient) (?:finalement |jamais |toujours )?(?:pas |jamais )?abouti|n['’]about(?:it|issent|ira|iront) pas"
            r"|n['’](?:a|ont|avait|avaient) finalement (?:pas|jamais) (?:\w+ )?(?:racheté|acquis|acheté|repris|cédé|vendu|conclu|finalisé|bouclé|signé|investi|fusionné)"
            # "Velkor ne rachètera finalement pas Norvia", "ne reprendra plus": a deal called off, told in the future
            r"|ne (?:rachèter|acquer|reprendr|cèder|céder|vendr|fusionner|investir)(?:a|ont) (?:finalement |donc )?(?:pas|plus|jamais)\b"
            r"|(?:offres?|OPA|proposition|candidature)\b[^.;]{0,60}? n['’](?:a|ont|avait|avaient) (?:pas|jamais) été (?:\w+ )?(?:acceptée?s?|retenue?s?)", S.CANCELLED),
        # "avait tenté sans succès de racheter Norvia", "candidat en vain à sa reprise": an attempt that failed
        Cue(r"(?:tenté|essayé|cherché|candidate?s?|offre) (?:\S+ ){0,3}?(?:en vain|sans succès)|(?:en vain|sans succès),? (?:de |d['’]|à )", S.CANCELLED),
        # "l'offre de Velkor a été rejetée": a bid turned down is off (the offer itself, not a court appeal)
        Cue(r"(?:offres?|OPA|proposition|candidature)\b(?:[^.;]{0,60}?) (?:a|ont|avait|avaient) été (?:\w+ )?(?:rejetée?s?|refusée?s?|repoussée?s?|écartée?s?)", S.CANCELLED),
        # "Velkor a dû renoncer à acquérir Norvia", "a préféré renoncer au rachat": given up (not "pourrait renoncer")
        Cue(r"(?:a|ont|avait|avaient) (?:finalement )?(?:dû|décidé de|préféré|choisi de) renoncer (?:à|au|aux)\b", S.CANCELLED),
        # "l'offre de Velkor ... par le conseil, qui l'a rejetée": the bid taken up by a pronoun and turned down
        Cue(r"(?:offres?|OPA|proposition)\b[^.;]{0,120}?\bl['’](?:a|ont|avait|avaient) (?:finalement |unanimement )?(?:rejetée|refusée|repoussée|déclinée|écartée)\b", S.CANCELLED),
        # "Velkor a retiré son offre sur Norvia": a bid withdrawn is off
        Cue(r"(?:a|ont|avait|avaient) (?:finalement )?retiré (?:son|sa|leur|l['’]|cette) (?:\S+ )?(?:offre|OPA|proposition)\b", S.CANCELLED),
        Cue(r"(?:son |leur |le )refus d['’]une (?:\S+ ){0,2}?offre|(?:a|ont|avait) (?:rejeté|refusé|repoussé|décliné|écarté) (?:l['’]|une |la |le )?(?:\S+ )?offre", S.CANCELLED),
        Cue(r"selon (?:des informations (?:du|de la|de l'|des) |les informations (?:du|de la|des) |des sources|plusieurs sources|nos informations)[^,.;]{0,40}", S.RUMORED, ATTRIBUTION),
        # "est tombé à l'eau", "a capoté", "a jeté l'éponge", "a mis fin aux négociations": a deal that failed
        Cue(r"renon(?:ce|cent|çait|çaient|cera|ceront) (?:à|au|aux)\b|tomb(?:é|ée|és|ées|e|ent) à l['’]eau|(?:a|ont|avait|avaient) (?:finalement )?(?:capoté|avorté|échoué)|(?:a|ont|avait) (?:\w+ )?jeté l['’]éponge|s['’](?:est|sont) retirée?s? de la (?:course|bataille|compétition)|(?:a|ont) mis fin (?:aux|à ses|à leurs) (?:négociations|discussions|pourparlers)", S.CANCELLED),
        # "selon le quotidien X", "selon l'édition dominicale de X", "d'après nos informations", "serait sur le point de": the
        # press reports what is not confirmed
        # ("serait sur le point" is told in the same breath: one rank, but a tense of its own clause, not an attribution)
        (
            Cue(r"(?:selon|d['’]après) (?:le |la |les |l['’])(?:quotidien|journal|hebdomadaire|magazine|site|agence|presse|médias?|(?:\w+ )?édition|chaîne|radio|lettre)\b[^,.;]{0,40}|d['’]après (?:nos informations|des sources|plusieurs sources)"
                r"|selon (?:une|deux|plusieurs) (?:sources?|personnes?)|de sources? (?:proches?|concordantes|bien informées)|sources? proches? (?:du dossier|des négociations|de l['’]opération)", S.RUMORED, ATTRIBUTION),
            Cue(r"serai(?:t|ent) sur le point", S.RUMORED),
        ),
        # the conditional past tells a deal done as hearsay: "Velkor aurait racheté Norvia", "aurait négocié un contrat"
        Cue(r"aurai(?:t|ent) (?:(?:déjà|également|aussi|secrètement|discrètement) )?(?:remporté|décroché|acheté|racheté|acquis|cédé|vendu|signé|conclu"
         r"|repris|investi|levé|négocié|obtenu|absorbé|injecté|déboursé|payé|proposé|offert|fait (?:l['’]acquisition|une offre))", S.RUMORED),
        Cue(r"serai(?:t|ent) (?:annoncée?s?|en (?:négociations?|discussions?|passe))|envisagerai(?:t|ent)", S.RUMORED),
        # "est en négociations avec Norvia pour racheter Dastrel": talks to buy, told as fact, are a purchase to come, as
        # "négocie avec Norvia pour racheter Dastrel" is (``fr_status_without_cue``); hearsay outranks it
        # ("pour la cession de Dastrel", "en vue de lui céder Dastrel", "négocie avec Norvia la vente de Dastrel": the deal by its noun)
        Cue(r"en (?:\w+ )?(?:négociations?|discussions?|pourparlers)(?: exclusives?| avancées?)? (?:[^\s,.;]+ ){0,8}?(?:pour|en vue de|afin de) "
         r"(?:(?:lui |leur |en )?(?:racheter|acquérir|reprendre|céder|vendre|investir|fusionner|prendre|entrer)|(?:la |le |l['’]|un |une )(?:cession|vente|rachat|reprise|acquisition)\b)"
         r"|négoci(?:e|ent|ait|aient) avec (?:[^\s,.;]+ ){1,5}?(?:la |le |l['’])(?:cession|vente|rachat|reprise|acquisition)\b", S.EXPECTED),
        # "a approché Norvia en vue d'un rachat": an approach is talk of a deal, not one done
        Cue(r"approchée?s? (?:[^\s,.;]+ ){1,6}?en vue (?:de son|de sa|de leur|d['’]un|d['’]une) (?:éventuel(?:le)? |possible )?(?:rachat|acquisition|reprise)\b", S.RUMORED),
        Cue(r"en (?:négociations?|discussions?) exclusives?|en (?:négociations?|discussions?)"
            r"|(?:discussions|négociations|pourparlers|tractations) (?:sont |seraient |étaient )?(?:en cours|avancées|engagées)", S.RUMORED),
        # "Velkor a décroché les droits TV jusqu'en 2030": rights won are a contract for seasons to come
        Cue(r"(?:raflé|remporté|décroché|obtenu) (?:\S+ ){0,3}?droits (?:de (?:diffusion|retransmission)|TV|télé(?:visés)?|audiovisuels)", S.AGREED),
        # "Velkor détient désormais 95 % de Norvia", "Norvia appartient désormais à Velkor": the change of hands is done
        Cue(r"(?:détien(?:t|nent)|contrôlen?t?|possèden?t?|appartien(?:t|nent)|fait partie|font partie) (?:désormais|dorénavant)", S.COMPLETED),
        # "Velkor n'exclut pas de racheter Norvia", "n'a pas exclu une fusion": a deal left open is only talked about
        Cue(r"n['’](?:exclu(?:t|ent|ait|aient|rait|raient)|(?:a|ont|avait|avaient) (?:\w+ )?exclu) pas|n['’](?:a|ont|avait|avaient) pas (?:\w+ )?exclu|sans exclure", S.RUMORED),
        # "Velkor convoite Norvia": a coveted company is not bought yet
        Cue(r"convoit(?:e|ent|ait|aient)|lorgn(?:e|ent|ait|aient) sur", S.RUMORED),
        # "Velkor et Norvia discutent d'une fusion", "sont en pourparlers": talks are not a deal yet
        Cue(r"(?:discut(?:e|ent|aient|ait)|négoci(?:e|ent|aient|ait)) (?:d'une|une|d'un|un|de leur|leur)|pourparlers", S.RUMORED),
        Cue(r"devrai(?:t|ent)|pourrai(?:t|ent)|va (?:racheter|acquérir|céder|vendre|investir|reprendre|signer)|(?:va|vont) (?:construire|bâtir|implanter|installer|ouvrir|équiper|fournir|livrer|créer|acheter|injecter|fusionner|prendre|lever|financer|monter|entrer)|compte (?:racheter|acquérir|céder)", S.EXPECTED),
        # a quoted chief in the first person: "« Nous allons céder Norvia »", "« nous comptons racheter »": a deal to come
        Cue(r"(?:allons|allez|comptons|prévoyons|envisageons|voulons|souhaitons|entendons) (?:\w+ )?(?:racheter|acquérir|céder|vendre|investir|reprendre|fusionner|signer|lever|construire|ouvrir|nous séparer|nous allier)", S.EXPECTED),
        # "Norvia rejoindra le groupe Velkor", "fera désormais partie de Velkor": a change of hands to come
        Cue(r"rejoindr(?:a|ont)|intégrer(?:a|ont)|appartiendr(?:a|ont)|fer(?:a|ont) (?:\w+ )?partie|(?:va|vont|doit|doivent|devrait|devraient) (?:rejoindre|intégrer)", S.EXPECTED),
        # "Velkor va s'allier avec Norvia", "vont nouer un partenariat": an alliance to come, like "va racheter"
        Cue(r"(?:va|vont) (?:s['’](?:allier|associer|unir)|nouer|conclure|sceller)\b", S.EXPECTED),
        # "Velkor va absorber Norvia", "est sur le point de racheter": a deal to come
        # "Norvia sera rachetée par Velkor", "va être cédée": the passive future
        Cue(r"(?:sera|seront|va être|vont être|devra être) (?:\w+ )?(?:rachetée?s?|acquise?s?|reprise?s?|cédée?s?|vendue?s?|absorbée?s?)", S.EXPECTED),
        # ... and of money to be put in: "les fonds seront apportés par l'État", "Velkor sera associé au capital"
        Cue(r"apporter(?:a|ont)\b|(?:sera|seront|va être|vont être|devra être) (?:\w+ )?(?:apportée?s?|versée?s?|injectée?s?|investie?s?|mobilisée?s?|associée?s?|financée?s?|accordée?s?|octroyée?s?)", S.EXPECTED),
        # "le contrat sera signé en mai", "le prêt ne serait pas signé avant": a signature still to come
        Cue(r"(?:ne )?(?:sera|seront|serait|seraient|va être|vont être|devra être|doit être|doivent être) (?:pas )?(?:\w+ )?(?:signée?s?|conclue?s?|finalisée?s?|bouclée?s?)", S.EXPECTED),
        # "Velkor prépare le rachat de Norvia", "se prépare à céder Dastrel": a deal being prepared is still to come
        Cue(r"(?:se )?prépar(?:e|ent|ait|aient) (?:activement |discrètement |déjà |aussi |également )?(?:à (?:racheter|acquérir|reprendre|céder|vendre|investir|fusionner|lancer|déposer)"
            r"|(?:le |la |l['’]|un |une |son |sa |leur |ses |les )(?:\S+ )?(?:rachat|acquisition|reprise|cession|vente|fusion|rapprochement|offre|OPA|contre-offre|entrée|prise de participation|augmentation de capital|levée))", S.EXPECTED),
        Cue(r"(?:va|vont|allait|allaient) (?:absorber|s['’]offrir|s['’]emparer|acquérir|racheter|céder|vendre|reprendre|investir|commander|prêter|accorder)|(?:est|sont) (?:sur le point|en passe) d['’e]|s['’]apprêt(?:e|ent) à|(?:étudie|étudient|étudier|examine|examinent|examiner) (?:le |la |l['’]|un |une )(?:rachat|acquisition|reprise|cession|vente|possibilité|projet)", S.EXPECTED),
        # "étudie une éventuelle OPA", "envisage un possible rapprochement": a deal only weighed is not made
        Cue(r"(?:étudi|examin|envisag|évoqu)(?:e|ent|ait|aient) (?:un |une |l['’]|le |la )?(?:éventuel(?:le)?|possible) (?:rachat|acquisition|reprise|cession|vente|OPA|offre|fusion|rapprochement|alliance|partenariat|entrée|prise de participation)", S.RUMORED),
        # "deviendra propriétaire de Norvia", "deviendront actionnaires": the ownership still to come
        Cue(r"deviendr(?:a|ont) (?:\w+ )?(?:l['’]unique |le seul |le premier |l['’]|le |les )?(?:propriétaires?|actionnaires?|(?:co-?)?détenteurs?)\b", S.EXPECTED),
        # "prévoit d'investir": the elided "de" before a vowel
        Cue(r"(?:prévoi(?:t|ent)|projette|envisage) (?:de|d['’]\w+)|souhaite (?:racheter|céder|vendre|investir|acquérir)", S.EXPECTED),
        # "Velkor veut racheter Norvia", "voulaient céder leur part": a will to buy is an intention, as "souhaite" is
        # (a word may come between, "veut aussi racheter"; "ne veut pas vendre" is no intention and is left alone)
        Cue(r"(?:veu(?:t|lent)|voul(?:ait|aient|oir)) (?:(?!pas |plus |jamais |point )\w+ )?(?:racheter|acquérir|acheter|céder|vendre|investir"
            r"|reprendre|s['’]emparer|s['’]offrir|fusionner|absorber|se séparer|prendre (?:le contrôle|une participation|une part|pied)|entrer (?:au|dans le) capital)", S.EXPECTED),
        # "Velkor cherche à racheter Norvia", "se dit intéressé par le rachat de": a wish, not a deal yet
        Cue(r"(?:cherch|tent|essai|essay)(?:e|ent|ait|aient) (?:à|de|d['’]) ?(?:racheter|acquérir|acheter|vendre|céder|reprendre|investir|fusionner|s['’]emparer|se séparer)"
         r"|(?:est|sont|était|étaient|serait|seraient|reste|restent|se dit|se disent|se montre|se montrent) (?:toujours |très |particulièrement |aussi |également |déjà )?intéressée?s? par", S.EXPECTED),
        # the subjunctive of a wish or a demand: "veut que Norvia vende Dastrel", "pour qu'il cède sa filiale"
        Cue(r"(?:veu(?:t|lent)|voulai(?:t|ent)|exige(?:nt)?|exigeai(?:t|ent)|souhait(?:e|ent|ait|aient)|demand(?:e|ent|ait|aient)|pour|afin) qu(?:e |['’])(?:\S+ ){0,3}?(?:vende|vendent|cède|cèdent|rachète|rachètent|acquière|acquièrent|reprenne|reprennent|fusionne|fusionnent)", S.EXPECTED),
        Cue(r"(?:(?:son|leur) |l['’])intention de|entend (?:racheter|céder|vendre|investir|reprendre|se séparer)", S.EXPECTED),
        # "Velkor s'est engagé à financer Norvia", "s'engage à apporter 20 millions": a commitment given is agreed
        Cue(r"s['’](?:est|sont|était|étaient) (?:\w+ )?engagée?s? à|s['’]engag(?:e|ent|eait|eaient) à|se sont (?:\w+ )?engagée?s à", S.AGREED),
        # "a conclu un accord de rachat": an agreement to buy is agreed, the purchase itself is still to close
        Cue(r"(?:a|ont) (?:\w+ ){0,2}?(?:conclu|signé|trouvé) (?:un|une) (?:\S+ )?accord", S.AGREED),
        Cue(r"(?:a|ont|avoir) (?:\w+ ){0,2}?(?:finalisé|bouclé|conclu|officialisé|réalisé)", S.COMPLETED),
        # "la start-up a récolté 7 millions d'euros": money gathered is raised
        Cue(r"(?:a|ont|avait|avaient) (?:\w+ )?récolté", S.COMPLETED),
        # "la reprise de Norvia a été finalisée": the passive of a deal closed
        Cue(r"(?:a|ont|avait|avaient) été (?:\w+ )?(?:finalisée?s?|bouclée?s?)", S.COMPLETED),
        # "Norvia vient de lever 20 millions", "Velkor vient de racheter Norvia": just done
        Cue(r"(?:vient|viennent|venait|venaient) (?:par ailleurs |également |aussi |justement |tout juste |juste )?(?:de (?:lever|racheter|signer|conclure|boucler|finaliser|céder|vendre|remporter|décrocher|investir|prendre|réaliser|créer|fonder)|d['’](?:acquérir|obtenir|injecter|absorber))", S.COMPLETED),
        # "Norvia, récent propriétaire de Velkor": the owner since lately has bought
        Cue(r"récents? (?:propriétaire|repreneur|acquéreur)s?", S.COMPLETED),
        # "Velkor inaugure une usine au Maroc": a site opened is built
        Cue(r"inaugur(?:e|ent)", S.COMPLETED),
        # "Norvia boucle une levée de fonds", "Velkor a participé au tour de table": the money is raised
        Cue(r"(?:boucle|bouclent|clôture|clôturent) (?:\S+ ){0,2}?(?:levée|tour|augmentation|financement)|(?:a|ont) participé (?:au|à l['’]|à la) (?:tour|levée|augmentation|financement)", S.COMPLETED),
        # "ont créé une coentreprise", "a souscrit à l'augmentation de capital": the venture exists, the money is in
        Cue(r"(?:a|ont) (?:\w+ )?(?:créé|fondé|constitué|lancé) (?:une |leur |la |un )?(?:coentreprise|co-entreprise|joint-venture|société commune|filiale commune|entreprise commune)|(?:a|ont) souscrit (?:à )?(?:l['’]|une |la )?augmentation de capital", S.COMPLETED),
        # loans: granted is done, approved is agreed ("le prêt que lui a consenti la Fed", "a validé un prêt")
        Cue(r"(?:a|ont|avait|avaient) (?:accordé|consenti|octroyé|versé|prêté|injecté|débloqué|alloué|emprunté|renfloué)", S.COMPLETED),
        # "Velkor a obtenu un prêt de la banque Norvia": the borrower's side of a loan granted
        Cue(r"(?:a|ont|avait|avaient) (?:(?:obtenu|reçu) (?:un |une |le |la )?|bénéficié d['’](?:un |une )?)(?:\S+ )?(?:prêt|crédit|aide|subvention)s?\b", S.COMPLETED),
        # "l'État accorde un prêt de 1 milliard à Velkor", "Velkor obtient une aide": a loan or aid granted in the news
        Cue(r"(?:accorde|accordent|octroie|octroient|consent|consentent|débloque|débloquent|obtient|obtiennent|bénéficie d['’]|bénéficient d['’]|reçoit|reçoivent) ?(?:un |une |le |la )?(?:\S+ )?(?:prêt|crédit|aide|subvention|garantie)s?\b|prêt(?:e|ent) (?:\S+ ){0,3}?(?:millions?|milliards?)\b", S.AGREED),
        # "le tribunal de commerce a retenu l'offre de Velkor": a court's ruling on a bid in receivership hands the
        # company over, the takeover is done (an approval elsewhere only clears a deal still to close)
        Cue(r"(?:tribunal|tribunaux|juges?)\b[^.;]{0,40}? (?:a|ont) (?:\w+ )?(?:validé|retenu|choisi|accepté|arrêté) (?:\w+ )?(?:l['’]offre|les offres|la reprise|le plan de (?:cession|reprise)|la candidature|le projet de reprise)", S.COMPLETED),
        Cue(r"(?:a|ont) (?:validé|approuvé|autorisé)", S.AGREED),
        # "la fusion a été approuvée par Bruxelles", "Velkor a reçu le feu vert", "l'offre a été acceptée": the deal is
        # cleared or agreed, not yet closed
        Cue(r"(?:a|ont|avait|avaient) été (?:\w+ )?(?:approuvée?s?|autorisée?s?|validée?s?|avalisée?s?|acceptée?s?)|(?:a|ont) (?:obtenu|reçu) (?:le |son |leur )?feu vert", S.AGREED),
        # "un prêt de 2 milliards, validé mardi par le gouvernement": the bare participle of an approval, its approver after "par"
        Cue(r"(?:approuvée?s?|autorisée?s?|validée?s?|avalisée?s?) (?:\S+ ){0,3}?par (?:le |la |les |l['’])?(?:(?-i:[A-ZÉ])\w*|gouvernement|conseil|parlement|commission|autorités)", S.AGREED),
        # "sitôt que le rachat sera effectif": the deal takes effect later
        Cue(r"(?:sera|seront|deviendra|deviendront) effecti(?:f|fs|ve|ves)", S.EXPECTED),
        # ("Velkor avait déjà acquis Norvia", "avaient fusionné en 2010": a deal told in the pluperfect is done)
        Cue(r"(?:a|ont|avoir|avait|avaient) (?:(?:déjà|également|aussi|notamment|lui-même|elle-même) )?(?:racheté|acquis|acheté|repris|cédé|vendu|investi|levé|absorbé|remporté|décroché|inauguré|fusionné)", S.COMPLETED),
        Cue(r"(?:a|ont) été (?:racheté|acquis|cédé|vendu|repris)e?s?|rachetée?s? (?:en|le|par)|reprise? (?:en|le|par)", S.COMPLETED),
        Cue(r"(?:contrats?|accords?|commandes?) (?:[^.;]{0,60}?)sign(?:é|ée|és|ées) (?:par|avec)", S.AGREED),
        # "Velkor a passé une commande de 40 rames à Norvia": an order placed is agreed, as "placed an order" is in en
        Cue(r"(?:a|ont|avait|avaient) (?:\w+ )?passé (?:une |un |des |sa |son |leur |ses )?(?:\S+ )?(?:commandes?|contrats?)\b", S.AGREED),
        Cue(r"(?:a|ont) (?:\w+ ){0,2}?(?:signé|conclu|noué) (?:un|une|des)|(?:a|ont) accepté|se sont mis d'accord|accord (?:définitif|de principe)|protocole d'accord", S.AGREED),
        Cue(r"(?:racheté|repris|acquis|cédé|vendu)e?s? (?:\S+ ){1,3}?(?:le \d+|en \d{4}|par)", S.COMPLETED),
        # a conditional reports what is planned: "la commande atteindrait", "ne débloqueraient pas"
        Cue(r"\w{3,}(?:erait|eraient|irait|iraient|rait|raient)", S.EXPECTED),
        # "Velkor aurait besoin d'un nouvel investissement": money still needed is a deal to come
        Cue(r"aurai(?:t|ent) (?:\S+ )?besoin", S.EXPECTED),
        # "l'OPA de Velkor sur Norvia a été lancée lundi": the passive of a bid made is announced, not done
        Cue(r"(?:offres?|OPA|surenchère|contre-offre|proposition de rachat)\b[^.;]{0,60}? (?:a|ont|avait|avaient) été (?:\w+ )?(?:lancée?s?|déposée?s?|présentée?s?|soumise?s?|formulée?s?|remise?s?|faite?s?|relevée?s?)", S.ANNOUNCED),
        # "le rachat de Norvia par Velkor a été lancé": a takeover launched has only begun, as a bid launched
        Cue(r"(?:rachat|reprise|acquisition|fusion|cession|rapprochement)\b[^.;]{0,60}? (?:a|ont|avait|avaient) été (?:\w+ )?lancée?s?", S.ANNOUNCED),
        # "a déposé une offre de reprise", "a lancé une OPA": an offer made is announced, not done
        Cue(r"(?:déposé|dépose|déposent|lancé|lance|lancent|présenté|présente|soumis|formulé|remis|fait|relevé|relève|relèvent|amélioré|améliore|améliorent) (?:une |son |sa |leur |des )?(?:nouvelle |première )?(?:contre-offres?|contre-OPA|offres?|OPA)\b|propose(?:nt)? de (?:racheter|reprendre|acquérir|fusionner)", S.ANNOUNCED),
        # "une bataille pour le contrôle de Tessmar", "la course au rachat de Norvia": bids are out, none has won
        Cue(r"(?:bataille|course|lutte|duel) (?:pour le contrôle|pour le rachat|pour la reprise|au rachat|à la reprise)\b", S.ANNOUNCED),
        # "met 80 millions d'euros sur la table pour Norvia": a sum offered is a bid made
        Cue(r"(?:met|mettent|a mis|ont mis) (?:\S+ ){1,6}?sur la table pour", S.ANNOUNCED),
        # "a mis en vente sa filiale", "la filiale est à vendre", "a jeté son dévolu sur X", "cherche un repreneur": a sale or purchase to come;
        # "n'a pas (encore) trouvé de repreneur": the asset is still for sale, no buyer found
        Cue(r"(?:n['’](?:a|ont|avait|avaient)|ne l['’](?:a|ont)) (?:toujours |encore |jamais )?(?:pas |jamais |toujours pas |pas encore |pas pu )?(?:\w+ )?trouvé (?:de |d['’]|un |une |le |la )?(?:nouvel? |nouvelle )?(?:repreneurs?|acquéreurs?|acheteurs?)|(?:mis|met|mettre|mettent|mettra) en vente|(?:est|sont|serait|seraient|reste|restent|était|étaient|sera|seront) (?:désormais |toujours |officiellement |de nouveau )?à vendre|(?:jeté|jette|jettent) son dévolu|(?:re)?cherch(?:e|ent) (?:un |des )?(?:repreneurs?|acquéreurs?|acheteurs?)", S.EXPECTED),
        # the future tells a deal to come: "Velkor investira 20 millions", "cédera sa filiale", "fourniront 30 rames"
        Cue(r"(?:rachèter|achèter|cèder|céder|vendr|investir|reprendr|fournir|livrer|injecter|acquerr|fusionner|signer|construir|équiper)(?:a|ont)", S.EXPECTED),
        # "Velkor et Norvia créent une coentreprise": a venture set up in the news present
        Cue(r"(?:créent|crée|fondent|fonde|constituent|constitue|lancent|lance) (?:une |leur |la |un )?(?:coentreprise|co-entreprise|joint-venture|société commune|filiale commune|entreprise commune)", S.ANNOUNCED),
        # "une alliance entre X et Y a été annoncée": the passive of an announcement; "scellent leur rapprochement": sealed
        Cue(r"scell(?:e|ent|é|ée|és|ées)", S.AGREED),
        Cue(r"(?:a|ont) été (?:annoncée?s?|dévoilée?s?|officialisée?s?)", S.ANNOUNCED),
        Cue(r"(?:a|ont|avait|avaient) (?:(?:aussi|également|déjà|enfin|officiellement|finalement|notamment|par ailleurs|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier) )?(?:annoncé|dévoilé|présenté|proposé)|(?:vient|viennent) d['’](?:annoncer|officialiser)(?! (?:un|une|la signature d['’]un) (?:accord|contrat|commande|partenariat))|annonce|annoncent|lance une (?:offre|OPA)|offre (?:publique|de rachat)", S.ANNOUNCED),
        Cue(r"rachète|acquiert|cède|vend|investit|s'offre|reprend|lève", S.ANNOUNCED),
        # the other verbs of a deal told in the news present, singular or plural, read as "rachète" is: "Velkor avale
        # Norvia", "s'empare de", "prend le contrôle de", "entre au capital de", "Velkor et Norvia cèdent Dastrel"
        Cue(r"rachètent|acquièrent|cèdent|vendent|investissent|reprennent|absorbe|absorbent|avale|avalent|s['’]empare(?:nt)?(?= d)"
            r"|(?:prend|prennent) le contrôle|(?:met|mettent) la main sur|(?:entre|entrent) (?:au|dans le) capital", S.ANNOUNCED),
        # "Velkor se sépare de sa filiale Norvia": the present of a sale told as news, like "cède"
        Cue(r"se sépar(?:e|ent) (?:de|du|des|d['’]\w+)", S.ANNOUNCED),
        # "offre 15 euros par action Norvia": a bid priced per share is announced, not done
        Cue(r"(?:offre|offrent|propose|proposent|paiera|paieront|offrira|proposera) (?:\S+ ){0,2}?\d[\d,.]* ?(?:euros?|€|dollars?|francs? suisses) (?:par|pour chaque) action", S.ANNOUNCED),
    ],
    "de": [
        Cue(r"(?:abgesagt|gescheitert\w*|abgebrochen|geplatzt\w*|zurückgezogen|untersagt|gestoppt\w*|Scheitern)", S.CANCELLED),
        # "sagte die Übernahme ab", "bläst den Kauf ab", "zog das Angebot zurück", "gab den Plan auf": separable verbs of calling
        # off, their particle closing the clause (no comma between: "sagte am Montag, die Nachfrage nehme ab" says nothing)
        Cue(r"(?:sagt|sagte|sagten|sagen|bläst|blies|bliesen|blasen) (?:[^\s,;:]+ ){1,12}?ab(?=[.;:!?]|$)|abgeblasen"
         r"|(?:zieht|zog|zogen|ziehen) (?:[^\s,;:]+ ){1,12}?zurück(?=[.;:!?]|$)"
         r"|(?:gibt|gab|gaben|geben) (?:(?!Bestellung|Auftrag|Order)[^\s,;:]+ ){1,12}?auf(?=[.;:!?]|$)", S.CANCELLED),
        # "Norvia hat das Angebot von Velkor abgelehnt", "lehnt das Übernahmeangebot ab": a bid turned down is off
        Cue(r"\w*(?:[Aa]ngebot|[Oo]fferte|[Gg]ebot)\w* (?:[^.;:]{0,60}?)(?:abgelehnt|zurückgewiesen|ausgeschlagen)\b"
            r"|(?:lehnt|lehnte|lehnten|weist|wies|wiesen) (?:\S+ ){0,3}?\w*(?:[Aa]ngebot|[Oo]fferte|[Gg]ebot)\w* (?:[^\s,;:]+ ){0,8}?(?:ab|zurück)(?=[.;:!?,]|$)", S.CANCELLED),
        # "teilte mit, dass die Anteile an Norvia nicht verkauft werden": a sale said not to happen is off
        Cue(r"nicht (?:mehr )?(?:verkauft|veräußert|übernommen|abgegeben) (?:werden|wird)", S.CANCELLED),
        # "Velkor verzichtet auf die Übernahme von Norvia", "hat auf ein Angebot verzichtet": a deal given up
        Cue(r"(?:verzichtet|verzichtete|verzichteten|verzichten|Verzicht) auf (?:\S+ ){0,3}?\w*(?:Übernahme|Kauf|Verkauf|Angebot|Offerte|Gebot|Fusion|Einstieg|Beteiligung|Deal)\w*"
            r"|(?:hat|haben|hatte|hatten) (?:[^\s,;:]+ ){0,3}?auf (?:\S+ ){0,3}?\w*(?:Übernahme|Kauf|Verkauf|Angebot|Offerte|Gebot|Fusion|Einstieg|Beteiligung|Deal)\w* (?:[^\s,;:]+ ){0,4}?verzichtet", S.CANCELLED),
        # "der Plan ist vom Tisch": an idiom for a deal given up; "war mit seinem Angebot abgeblitzt": a bid rebuffed
        Cue(r"(?:ist|sind|war|waren) (?:\S+ ){0,2}?vom Tisch|abgeblitzt", S.CANCELLED),
        Cue(r"(?:beende|kündig)\w* (?:\S+ ){0,5}?(?:Zusammenarbeit|Kooperation|Partnerschaft|Vertrag|Liefervertrag)|(?:Zusammenarbeit|Kooperation|Partnerschaft) (?:\S+ ){0,3}?beendet", S.CANCELLED),
        # "nach dem Ende der Kooperation", "infolge des Endes der Partnerschaft", "das Aus für die Kooperation": a partnership over
        Cue(r"(?:Ende|Endes|Aus) (?:der|des|dieser|dieses|für die|für den) (?:\S+ )?(?:Zusammenarbeit|Kooperation|Partnerschaft|Vertrags|Liefervertrags|Werbevertrags)", S.CANCELLED),
        Cue(r"(?:laut|nach Angaben von|nach Informationen (?:der|des|von)|wie (?:die|der|das) \S+ (?:berichtet|meldet)) (?:Insidern?|Kreisen|Finanzkreisen|informierten Kreisen)", S.RUMORED, ATTRIBUTION),
        Cue(r"berichtet(?:e|en)? (?:die|der|das)|(?:Insider|Kreise) (?:sagten|berichteten)|Medienberichten zufolge|soll(?:en)? (?:bereits|angeblich)", S.RUMORED, ATTRIBUTION),
        # "Velkor soll Norvia übernommen haben": "sollen" with a perfect infinitive reports hearsay about a deal done
        Cue(r"soll(?:en|te|ten)? (?:[^\s,;:]+ ){0,10}?(?:übernommen|gekauft|erworben|verkauft|veräußert|investiert|unterzeichnet|vereinbart|abgeschlossen) haben", S.RUMORED),
        # "unter Berufung auf Insider", "... auf mit den Gesprächen vertraute Personen": hearsay from unnamed sources
        Cue(r"unter Berufung auf (?:\S+ ){0,6}?(?:vertraute Personen|vertraute Kreise|Insider|Kreise|Quellen|informierte Personen)", S.RUMORED, ATTRIBUTION),
        # "Velkor will sich offenbar von Norvia trennen": a plan the press infers, not one the company told
        Cue(r"offenbar|offensichtlich|mutmaßlich", S.RUMORED, ATTRIBUTION),
        # "Verhandlungen über ein Hilfspaket für Lorvanien", "hat einen Rettungskredit beantragt": aid talked over or
        # applied for is public policy to come, not a rumour of a deal
        Cue(r"(?:\w*verhandlungen|\w*gespräche[n]?) (?:(?:mit|von) (?:\S+ ){1,3}?)?über (?:\S+ ){1,3}?" + _DE_AID
            + r"|" + _DE_AID + r" (?:[^\s.;:]+ ){0,6}?beantragt|beantragt(?:e|en)? (?:\S+ ){0,6}?" + _DE_AID + r"|Hilfsantr(?:ag|ags|äge)", S.EXPECTED),
        # talks govern their clause, "Insidern zufolge" the sentence: one rank, as written together
        (Cue(r"in (?:\S+ )?(?:Gesprächen|Verhandlungen)|verhandel(?:t|n)", S.RUMORED), Cue(r"(?:Insidern|Kreisen) zufolge", S.RUMORED, ATTRIBUTION)),
        # "bestätigte Gespräche über eine Übernahme", "führt Übernahmegespräche mit": talks, nothing agreed yet
        Cue(r"Gespräche über|(?:Übernahme|Kauf|Verkaufs|Fusions)(?:gespräche|gesprächen|verhandlungen)", S.RUMORED),
        # "Velkor will angeblich Norvia kaufen", "Gerüchten zufolge", "einem Zeitungsbericht zufolge": hearsay, not an announcement
        Cue(r"angeblich|Gerüchten zufolge|(?:Medien)?[Bb]erichten zufolge|(?:einem|einen) (?:\S+ )?(?:Bericht|Medienbericht|Zeitungsbericht) (?:\S+ ){0,4}?zufolge"
         # "plant nach einem Bericht des Senders X": the same hearsay told with "nach"
         r"|(?:nach|laut) (?:einem|einer) (?:\S+ )?(?:Bericht|Medienbericht|Zeitungsbericht|Meldung) (?:des|der|von) [^\s,.;]+(?: (?-i:[A-ZÄÖÜ])[^\s,.;]*)?", S.RUMORED, ATTRIBUTION),
        # "muss noch vom Kartellamt genehmigt werden", "unter dem Vorbehalt der Zustimmung": signed, the approval pending
        Cue(r"(?:muss|müssen) (?:\S+ ){0,5}?noch (?:\S+ ){0,3}?(?:zustimmen|genehmigen|genehmigt werden|absegnen|abgesegnet werden|grünes Licht geben)"
         r"|(?:unter (?:dem )?Vorbehalt|vorbehaltlich) (?:der|einer) (?:\S+ )?(?:Zustimmung|Genehmigung|Freigabe)", S.AGREED),
        # "seit der Übernahme durch Velkor", "nach dem Verkauf an Norvia": a deal named as the start of what followed is done
        Cue(r"(?:seit|nach) (?:der|dem) (?:(?!gescheitert|geplatzt|abgesagt|gestoppt|geplant|möglich|angestrebt|anstehend|bevorstehend)\S+ )?(?:Übernahme|Kauf|Verkauf|Erwerb|Fusion|Zusammenschluss|Einstieg|Komplettübernahme|Zukauf)", S.COMPLETED),
        Cue(r"soll(?:en|te|ten|e)?|will|wollen|wolle|wollte(?:n)?|möchte(?:n)?|plan(?:t|en)|beabsichtig(?:t|en)|erwäg(?:t|en)|dürfte(?:n)?|könnte(?:n)?", S.EXPECTED),
        # "Velkor wird Norvia übernehmen", "würde Norvia kaufen": the future and conditional of a deal verb tell it still to
        # come (with no cue a German transfer reads as done)
        Cue(r"(?:wird|werden|werde|würde|würden) (?:[^\s,;:]+ ){0,8}?(?:übernehmen|kaufen|erwerben|verkaufen|veräußern|abgeben|investieren|fusionieren|schlucken)(?=[\s.,;:!?]|$)", S.EXPECTED),
        # "steht kurz vor der Übernahme", "ist an einer Übernahme interessiert", "prüft einen Verkauf": a deal considered
        Cue(r"(?:die|seine|ihre) Absicht|Pläne|(?:Übernahme|Kauf|Verkaufs)(?:pläne|plänen|absichten)|(?:sucht|suchen|sucht\w*) (?:\S+ ){0,2}?Käufer|zum Verkauf (?:gestellt|stellen|stellt|steht|stehen)|(?:steht|stehen|stand|standen) (?:\S+ ){0,2}?vor (?:der|dem) (?:\S+ )?(?:Übernahme|Kauf|Verkauf|Abschluss|Einstieg|Fusion)|interessiert|prüft|prüfen|prüfte", S.EXPECTED),
        # "haben ihr Kaufinteresse bekundet", "Übernahmeinteresse angemeldet": a suitor's interest, no deal yet
        Cue(r"(?:Kauf|Übernahme|Erwerbs)interesse\w*", S.EXPECTED),
        # reported speech and the past of weighing a deal: "Velkor prüfe den Kauf", "erwog einen Verkauf"
        Cue(r"prüfe|erwäge|erwog|erwogen", S.EXPECTED),
        # "Velkor hatte Norvia 2019 gekauft": the pluperfect of a background deal tells it done, like the perfect
        # ("Velkor hat seit der Gründung gemeinsam mit zwei Partnern rund 30 Millionen Euro in Norvia investiert": a long
        # frame of one clause)
        Cue(r"(?:hat|haben|hatte|hatten) (?:(?!(?:und|oder|aber|dass|weil|sowie)\s)[^\s;:]+(?<!,) ){0,16}?(?:übernommen|gekauft|erworben|verkauft|abgeschlossen|investiert|übergeben|veräußert)", S.COMPLETED),
        # the subordinate clause puts the auxiliary last: "..., nachdem Dastrel Norvia übernommen hatte", "..., die an Dastrel
        # verkauft worden war", "..., die 2019 verkauft wurde"
        Cue(r"(?:übernommen|gekauft|erworben|verkauft|veräußert) (?:hat|haben|hatte|hatten|wurde|wurden|worden (?:ist|sind|war|waren))", S.COMPLETED),
        # ... also across the date, object and price of "hatte 2018 den Konkurrenten Norvia für 200 Millionen Euro übernommen"
        # or the object and buyer of "hat die Norvia GmbH an die Dastrel GmbH verkauft"
        Cue(r"(?:hat|haben|hatte|hatten) (?:[^\s,;:]+ ){7,12}?(?:übernommen|gekauft|erworben|verkauft|veräußert)", S.COMPLETED),
        # ("ist im Mai an die Velkor AG verkauft worden": the perfect passive, its buyer inside)
        # ("wurde für 450 Millionen Dollar an Velkor verkauft": a price and a buyer inside the frame, no clause break)
        Cue(r"(?:wurde|wurden|ist|war|waren) (?:\S+ ){0,4}?(?:übernommen|verkauft|gekauft|erworben|abgeschlossen)|(?:wurde|wurden) (?:[^\s,;:]+ ){5,8}?(?:übernommen|verkauft|gekauft|erworben)(?! werden)|(?:ist|war|sind|waren) (?:\S+ ){0,8}?(?:übernommen|verkauft|gekauft|erworben) worden", S.COMPLETED),
        Cue(r"(?:hat|haben|hatte|hatten) (?:\S+ ){0,24}?(?:zurückgezahlt|erhalten|bekommen|gewährt|ausgezahlt|zugekauft|eingesammelt|eingeworben|gegründet)", S.COMPLETED),
        # "hat sich von seiner Beteiligung an Norvia getrennt", "hatte seinen Anteil an Norvia reduziert": a stake let go
        Cue(r"(?:hat|haben|hatte|hatten) sich (?:\S+ ){0,10}?getrennt|(?:hat|haben|hatte|hatten) (?:\S+ ){0,3}?(?:seine[nm]?|ihre[nm]?) (?:Beteiligung|Anteile?|Aktienpaket|Paket) (?:\S+ ){0,8}?(?:reduziert|verringert|abgebaut)", S.COMPLETED),
        # "eine Kapitalerhöhung wurde gestemmt", "hat 5 Millionen neue Aktien platziert": money raised is in
        Cue(r"gestemmt|stemmte|stemmten|(?:hat|haben|hatte|hatten|wurde|wurden) (?:\S+ ){0,8}?platziert", S.COMPLETED),
        Cue(r"übernahm|kaufte|erwarb|verkaufte|schloss (?:\S+ )?ab|vollzogen|abgeschlossen|gründete|gründeten|fusionierte|fusionierten|beteiligte sich|beteiligten sich|schluckte|lieferte|lieferten", S.COMPLETED),
        # "haben ein Hilfspaket für Lorvanien geschnürt": an aid package put together is agreed
        Cue(r"(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind) (?:\S+ ){0,8}?geschnürt|schnürte|schnürten", S.AGREED),
        # "haben das Übernahmeangebot angenommen", "Offerten, die angenommen wurden": an offer accepted is agreed
        Cue(r"(?:Übernahme|Kauf)?(?:angebot|angebote|offerte|gebot)\w* (?:(?!nicht )[^\s.;:!?]+ ){0,8}?angenommen|(?:angebot|angebote|offerte|gebot)\w*, (?:die|das|der) (?:\S+ ){0,3}?angenommen"
         # ... with the stake described and a bracket between: "ein Angebot zur Übernahme ihrer Anteile an Norvia (entspricht 11 Prozent) angenommen"
         r"|(?:Übernahme|Kauf)?(?:angebot|angebote|offerte|gebot)\w* (?:(?!nicht )[^\s.;:!?()]+ ){0,12}?\([^()]{1,160}\) angenommen", S.AGREED),
        Cue(r"(?:einigten|geeinigt)|unterzeichne(?:t|ten)|unterschrieb(?:en)?|vereinbart(?:en)?|Vertrag geschlossen|erhält|erhielt", S.AGREED),
        # "Den Zuschlag bekommt Velkor", "bekam den Zuschlag": the winning bid is accepted, the sale still to close
        Cue(r"(?:bekommt|bekommen|bekam|bekamen) (?:\S+ ){0,3}?Zuschlag|Zuschlag (?:\S+ ){0,3}?(?:bekommt|bekommen|bekam|bekamen|ging|gingen|geht|gehen)", S.AGREED),
        # "Die Kommission hat die Übernahme genehmigt", "gab grünes Licht für": approved, not yet closed
        Cue(r"genehmigt|grünes Licht|freigegeben|gebilligt", S.AGREED),
        # "kündigte am Montag die Übernahme der Norvia an": the separable verb's particle closes the clause
        Cue(r"(?:kündigt|kündigte|kündigten|kündigen) (?:\S+ ){1,16}?an(?=[.,;:!?]|$)", S.ANNOUNCED),
        # "versilberte seine Anteile" is done like "verkaufte", "versilbert" news like "verkauft"
        Cue(r"versilberte|versilberten|(?:hat|haben|hatte|hatten) (?:\S+ ){0,8}?versilbert", S.COMPLETED),
        Cue(r"versilbert|versilbern", S.ANNOUNCED),
        Cue(r"kündigt(?:e)? an|angekündigt|bekanntgegeben|teilte (?:\S+ ){0,3}mit|gab (?:\S+ ){0,3}bekannt|übernimmt|kauft|erwirbt|verkauft|investiert|fusioniert|zahlt|gründen|gründet|veräußert|trennt sich|bietet"
            # "Velkor baut (errichtet) ein Werk in Polen": its own site being built is announced ("baut Stellen ab" builds
            # nothing; "baut für Norvia ein Werk" is a contract, agreed)
            r"|(?:baut|errichtet)(?! (?:[^\s.,;:!?]+ ){0,8}?(?:ab|aus|um|auf)(?=[.,;:!?]|$))"
            r"(?! (?:\S+ ){0,3}?für (?!(?:rund |etwa |knapp |mehr als |über |bis zu )?\d|(?:mehrere |einige )?(?:Millionen|Milliarden)))", S.ANNOUNCED),
        # the present plural: "Velkor und Dastrel übernehmen Norvia" is news like "übernimmt" (a modal, future or
        # perfect around the infinitive ranks higher)
        # ("um Norvia zu übernehmen": the "zu" infinitive is a purpose or plan, not the present)
        Cue(r"(?<!\szu\s)(?:übernehmen|kaufen|erwerben|verkaufen|veräußern|investieren|fusionieren)", S.ANNOUNCED),
        # "Velkor schluckt Norvia", "steigt bei Norvia ein", "beteiligt sich an Norvia": a deal in the news present, as "übernimmt"
        Cue(r"schluckt|(?:steigt|steigen) (?:[^\s,;:]+ ){1,8}?ein(?=[.,;:!?]|$)|(?:beteiligt|beteiligen) sich", S.ANNOUNCED),
        # "Norvia wird von Velkor übernommen": the present passive tells the deal as news, like "übernimmt"
        Cue(r"(?:wird|werden) (?:\S+ ){0,6}?(?:übernommen|gekauft|erworben|verkauft)(?! werden| worden)"
            # "Übernommen wird Norvia von Velkor": the participle fronted before the present passive's auxiliary
            r"|(?<![\w-])(?:Übernommen|Gekauft|Erworben|Verkauft) (?:wird|werden)\b", S.ANNOUNCED),
        # "legt ein Übernahmeangebot für Norvia vor", "greift nach Norvia": a bid made, the deal not done
        Cue(r"(?:Übernahme|Kauf|Gegen|Konkurrenz)(?:angebot|offerte)|(?:greift|greifen) (?:\S+ ){0,2}?nach", S.ANNOUNCED),
        # "Velkor legt ein Angebot für Norvia vor", "macht ein Angebot", "hat ein Gebot abgegeben": a bid made, the deal not done
        Cue(r"(?:legt|legte|legten|legen|macht|machte|machten|machen|unterbreitet|unterbreitete|unterbreiteten|unterbreiten|reicht|reichte|reichten|gibt|gab|gaben)"
            r" (?:\S+ ){0,4}?(?:ein|eine|einen|sein|seine|ihr|ihre|das|die|neues|neue|erstes|verbindliches)? ?\w*(?:[Aa]ngebot|[Oo]fferte|[Gg]ebot)(?:e|s|en)?\b"
            r"|\w*(?:[Aa]ngebot|[Oo]fferte|[Gg]ebot)(?:e|s|en)? (?:[^\s.;:]+ ){0,8}?(?:vorgelegt|unterbreitet|abgegeben|eingereicht|gelegt|gemacht)\b", S.ANNOUNCED),
        # "Velkor bereitet die Übernahme von Norvia vor": a deal being prepared is still to come
        Cue(r"(?:bereitet|bereiten|bereitete|bereiteten) (?:[^\s,;:]+ ){1,10}?vor(?=[.,;:!?]|$)", S.EXPECTED),
        # "nach der Ankündigung einer Kapitalerhöhung": the deal told as announced by the noun
        Cue(r"Ankündigung (?:einer|eines|der|des|seiner|ihrer)", S.ANNOUNCED),
    ],
}

def _ranked(rows: list[Cue | tuple[Cue, ...]]) -> list[tuple[int, Cue]]:
    """Every cue of a table in order, with its row's index as its rank."""
    return [(rank, cue) for rank, row in enumerate(rows) for cue in ((row,) if isinstance(row, Cue) else row)]


def _combined(cues: list[tuple[int, Cue]]) -> WordStartScan:
    """One scan per sentence: cues are alternatives in rank order (earlier wins at a position)."""
    return one_scan([spaced(cue.pattern) for _, cue in cues], "g", re.IGNORECASE, r"(?!\w)")


_RANKED: dict[str, list[tuple[int, Cue]]] = {lang: _ranked(rows) for lang, rows in _CUES.items()}
_COMPILED: dict[str, tuple[WordStartScan, list[tuple[int, Cue]]]] = {lang: (_combined(cues), cues) for lang, cues in _RANKED.items()}


_SPACE = re.compile(r"\s")


def find_statuses(text: str, lang: str, start: int = 0, end: int | None = None) -> list[StatusMention]:
    """Every status cue in ``text[start:end]``, in text order, each with its rank."""
    end = len(text) if end is None else end
    pattern, cues = _COMPILED.get(lang, _COMPILED["en"])
    found: list[StatusMention] = []
    position = start
    outer: StatusMention | None = None
    while (match := pattern.search(text, position, end)) is not None:
        rank, cue = cues[group_index(match.lastgroup) if match.lastgroup else len(cues)]  # g<i> or its bucketed copy
        mention = StatusMention(cue.status, match.start(), match.end(), match.group(), rank, cue.attribution)
        # en cues may overlap: "decided to terminate the letter of intent" holds a more specific cue
        # inside a longer one, so the scan goes on from the next word; a cue inside another counts
        # only when it is the more specific ("started a tender offer" does not yield "tender offer")
        if outer is None or mention.start >= outer.end:
            outer = mention
            found.append(mention)
        elif rank < outer.rank:
            found.append(mention)
        space = _SPACE.search(text, match.start() + 1, match.end()) if lang == "en" else None
        position = space.end() if space is not None else match.end()
    return found


def find_status(text: str, lang: str, start: int = 0, end: int | None = None, *, near: int | None = None) -> StatusMention | None:
    """The status cue that best describes the deal in ``text[start:end]``.

    The most specific cue wins; among cues of the same rank, the one nearest
    to ``near`` (the deal's trigger) does.
    """
    return best_status(find_statuses(text, lang, start, end), start if near is None else near)


def best_status(found: list[StatusMention], near: int) -> StatusMention | None:
    """The cue among ``found`` that best describes the deal: the most specific, then the one nearest to ``near``. Public:
    the readers that first leave out other deals' cues (``deals``, ``de_background``) rank what is left the same way."""
    return min(found, key=lambda m: (m.rank, abs(m.start - near)), default=None)


# fr/de: with no cue, news reports a contract or partnership as agreed and a transfer as done
_SIGNED_TYPES = (DealType.SUPPLY_CONTRACT, DealType.PARTNERSHIP)
_DONE_TYPES = (DealType.ACQUISITION, DealType.DIVESTITURE, DealType.INVESTMENT)


def _default_status(deal_type: DealType, status: DealStatus) -> DealStatus:
    if deal_type in _SIGNED_TYPES and status in (DealStatus.UNKNOWN, DealStatus.COMPLETED):
        return DealStatus.AGREED  # a partnership or contract in place is agreed, not completed
    if deal_type in _DONE_TYPES and status is DealStatus.UNKNOWN:
        return DealStatus.COMPLETED
    return status


def status_for_type(deal_type: DealType, status: DealStatus, cue: StatusMention | None, lang: str) -> DealStatus:
    """The status a deal of this type is reported with, from the one its cue (or no cue) gives: the records and the
    German background checks both map it here, so that a supply deal is read the same way everywhere."""
    if deal_type is DealType.SUPPLY_CONTRACT and status is DealStatus.COMPLETED and not (cue is not None and cue.text.startswith("delivered")):
        status = DealStatus.AGREED  # a contract won is agreed; delivery is what completes it
    if lang == "fr" and deal_type is DealType.JOINT_VENTURE and status is DealStatus.UNKNOWN:
        return DealStatus.COMPLETED  # "une filiale commune de Velkor et Norvia", "détient à 50/50": a venture named exists
    return _default_status(deal_type, status) if lang != "en" else status
