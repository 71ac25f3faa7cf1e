"""Trigger phrases: the words that say a deal is reported, and of which type.

One table per language ("agreed to acquire", "a racheté", "übernimmt", "contrat",
"joint venture"), each entry a pattern with its deal type, its voice (who acts:
the buyer of "acquires", the seller of "sells", the agent after a passive) and
whether it is a noun ("the acquisition of X by Y"). A table is compiled into one
scan per article (see ``_combined`` and ``regex_prefix``); ``find_triggers`` then
turns away the readings that are no deal (share prices, retail sales, duties
taken on, treaties between states).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.geo import country_of
from pipeline.extract.regex_prefix import group_index as _group_index
from pipeline.extract.regex_prefix import WordStartScan, one_scan, spaced
from pipeline.extract.names.words import GIVEN_NAMES, ORG_HEADS, is_legal_suffix
from pipeline.extract.sentences import DE_ABBREVIATIONS
from pipeline.extract.text_index import memo
from pipeline.models import DealType

__all__ = ["COMPOUND_DEAL", "TRIGGER_LANGS", "Trigger", "find_triggers"]

T = DealType


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    deal_type: DealType
    voice: str  # "buy", "sell", "passive", "sold_by", "merge", "invest", "fund", "supply", "partner", "build", "other"
    noun: bool = False  # "acquisition of X by Y" rather than "X acquires Y"


_EN_TRIGGERS: list[tuple[str, DealType, str, bool]] = [
    (r"(?:be|been|being|was|were|is|are) (?:acquired|bought|purchased|taken over) by", T.ACQUISITION, "passive", False),
    # "Norvia has been sold to Velkor": what is sold is the subject, the one it is sold to buys (the subject sells nothing)
    (r"(?:be|been|being|was|were|is|are) (?:sold|divested) to", T.ACQUISITION, "passive", False),
    # "Norvia was sold by Velkor to Tessmar": the subject is sold, the name after "by" sells, the one after "to" buys
    (r"(?:be|been|being|was|were|is|are) (?:sold|divested) by", T.DIVESTITURE, "sold_by", False),
    (r"(?:acquisition|buyout|takeover|purchase) by", T.ACQUISITION, "passive", False),
    (r"(?:takeover|tender|merger|acquisition|buyout) (?:offer|bid|proposal)s? (?:by|from)", T.ACQUISITION, "passive", False),
    (r"(?:received|rejected|has received) (?:an?|the|two) (?:[\w-]+ ){0,3}?(?:offer|bid|proposal)s?", T.ACQUISITION, "passive", False),
    # "Norvia's board rejected Velkor's offer", "Norvia turned down Velkor's $5 billion bid": the bidder is the possessor
    # (not a proposal to do something else: "rejected Velkor's proposal to redeem the shares")
    (r"(?:rejected|rejects|rebuffed|spurned|turned down|turns down)(?= (?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,3}['’]s? (?:[\w$.-]+ ){0,3}?(?:offer|bid|proposal|approach)(?!\w| to (?!acquire|buy|purchase|merge|take)))", T.ACQUISITION, "passive", False),
    # "not to accept the pending proposal of Foo Corp": the proposer bids
    (r"(?:offer|bid|proposal)s? (?:of|from)(?= (?-i:[A-Z]))", T.ACQUISITION, "passive", False),
    (r"merg(?:e|ed|er) into", T.MERGER, "passive", False),
    (r"joint venture", T.JOINT_VENTURE, "partner", False),
    (r"(?:to |agreed to )?merg(?:e|ed|es|ing) with|merger (?:agreement )?(?:with|of)|to merge|agreed to merge|merger agreement", T.MERGER, "merge", False),
    # "X and Y said their merger will be completed": the two named companies merge
    (r"merger", T.MERGER, "merge", False),
    (r"(?:acquisitions?|purchase|takeover|buyout) of", T.ACQUISITION, "buy", True),
    (r"(?:tender offer|offer|bid) for", T.ACQUISITION, "buy", False),
    (r"(?:acquisition offer|takeover (?:offer|bid))(?: for)?", T.ACQUISITION, "buy", False),
    # "agreed to pay 3 mln dlrs for the Foo mill": what is paid for is bought
    (r"(?:pay|pays|paid|paying) (?:an? (?:[\w-]+ )?(?:consideration|price|sum|total) of )?(?:about |approximately |some |around )?[\d.,]+ (?:mln |million |billion |bln )?(?:dlrs|dollars|stg|pounds)(?: in cash| cash)? for", T.ACQUISITION, "buy", False),
    # "agreed to pay $1.8 billion for Norvia", "will pay about €2bn in cash and stock for": a sum written with its symbol
    (r"(?:pay|pays|paid|paying) (?:about |approximately |some |around |nearly |more than |up to )?[$€£][\d.,]+ ?(?:bn|m|mln|million|billion|bln)?(?: a share| per share)?(?: in (?:cash|stock|shares)(?: and (?:cash|stock|shares))?| cash)? for", T.ACQUISITION, "buy", False),
    # "agreed to a take-private deal for Norvia", "walked away from its pursuit of Norvia"
    (r"(?:take-private|buyout|takeover|acquisition|purchase) (?:deal|agreement) for|pursuit of", T.ACQUISITION, "buy", False),
    # "will offer 3.10 dlrs a share cash for all the issued capital of Trell Mills Ltd": the bidder buys what the price is for
    (r"(?:offer|offers|offered|offering|bid|bids|bidding) (?:of )?(?:about |approximately |some )?[\d.,]+ (?:mln |million |billion |bln )?(?:Canadian |U\.S\. |Australian )?(?:dlrs?|dollars|stg|pence)(?: a share| per share| each)?(?: in cash| cash)?(?: a share| per share| each)? for", T.ACQUISITION, "buy", False),
    (r"acquir(?:e|ed|es|ing)|buy(?:s|ing)?|bought|purchas(?:e|ed|es|ing)|take over|took over|takes over|taking over|taken over|snap(?:s|ped)? up", T.ACQUISITION, "buy", False),
    # "Corvane Partners will take Harlow Corp private"
    (r"(?:take|takes|taking|took|taken)(?= (?:[A-Z][\w.&'-]*,? ){1,6}private\b)", T.ACQUISITION, "buy", False),
    (r"(?:stake|interest|holding) in", T.INVESTMENT, "buy", False),
    (r"(?:equity )?investment in", T.INVESTMENT, "buy", True),  # "an investment in X by Y"
    (r"(?:holds?|owns?|has|had|will own) (?:(?!sold |bought |acquired |purchased |issued )[\w.,]+ ){1,4}?(?:pct|shares) (?:of|in)", T.INVESTMENT, "buy", False),
    # "Corvane Inc told the SEC it cut its stake in Benton Valve Ltd": a holder sells down
    (r"(?:reduced|reduces|reducing|lowered|lowers|cut|cuts|trimmed|reduction of) (?:its|their|his|her) (?:[\w-]+ )?(?:stake|holding|holdings|interest|share|shareholding|ownership) in", T.DIVESTITURE, "sell", False),
    (r"sale of|disposition of|sell(?:s|ing)?|sold|divest(?:s|ed|ing)?|dispos(?:e|ed|es|ing) of|spin(?:s|ning)? off", T.DIVESTITURE, "sell", False),
    (r"invest(?:s|ed|ing)? (?:[^.]{0,40}?)in", T.INVESTMENT, "invest", False),
    (r"(?:raised?|raising|secured?) (?:[^.]{0,40}?)(?:funding|financing|venture capital|series [a-e])", T.FUNDING_ROUND, "fund", False),
    # "Norvia closed a $200 million Series C", "completed its seed round": a round closed is raised
    (r"(?:closed|closes|completed|completes) (?:an? |its |the )(?:[$€£]?[\d.,]+ ?(?:bn|m|mln|million|billion)? )?(?:series [a-e]|(?:seed|pre-seed|growth|funding|financing|venture) round)", T.FUNDING_ROUND, "fund", False),
    # "Velkor leads a $50m funding round in Norvia": the leader invests in the company named after "in"
    (r"(?:leads|led|co-led|leading|joins|joined|participates|participated) (?:an? |the )?(?:\S+ ){0,2}?(?:(?:funding|financing|investment|seed|pre-seed|growth|venture) round|series [a-e](?: round)?) in", T.INVESTMENT, "buy", False),
    # "Norvia raised $40 million from Velkor Capital": a sum raised from named backers is a round
    (r"(?:raise[sd]?|raising|secure[sd]?|securing)(?= (?:about |some |nearly |more than |over )?(?:US)?[$€£]?[\d.,]+ ?(?:mln |million |billion |bln |bn |m )?(?:dlrs |dollars |euros |stg )?(?:in (?:new )?(?:capital |equity |funding )?)?(?:from|led by) (?:investors (?:including |such as )?|the )?(?-i:[A-Z]))", T.FUNDING_ROUND, "fund", False),
    # "is set to supply 100,000 GPUs to a data center in Norland": equipping a site is building it (as "equip" below)
    (r"(?:to |will |would )?(?:supply|deliver|provide)(?= [^.;]{0,90}?\b(?:to|for) (?:a|an|the|its|their|one|two|new) (?:\S+ )?(?:data cent(?:re|er)s?|gigafactory))", T.INFRASTRUCTURE, "build", False),
    # "won a $500 million contract", "received an order from Norvia", "secured a 10-year supply agreement"
    (r"(?:won|wins|awarded|signed|landed|lands|received|receives|secured|secures|booked|bagged) (?:a|an|the) (?:[\w$€£.,-]+ ){0,3}(?:contract|order|supply agreement)|to supply", T.SUPPLY_CONTRACT, "supply", False),
    # "Norvia selected Velkor to supply 12 trains", "chose Velkor to build its plant": the chooser buys, the chosen supplies
    (r"(?:selected|selects|chose|chooses|picked|picks|tapped|taps)(?= (?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,3} to (?:supply|build|deliver|provide|equip|manufacture)\b)", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor will provide Norvia with 40 trains": the object is supplied
    (r"(?:will |would |to )?(?:provide|provides|provided|providing)(?= (?:the )?(?-i:[A-Z])[^.;]{0,60}? with (?:\S+ ){0,2}?\d)", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor will supply 300 buses to Norvia", "delivered 40 trains to": who supplies counted goods, or will, is the supplier
    (r"(?:will|would|shall) (?:supply|deliver)|(?:supplies|supplied|supplying|delivers|delivered|delivering)(?= (?:\S+ ){0,3}?\d)", T.SUPPLY_CONTRACT, "supply", False),
    # loans and state aid to a named party are deals of type other: "received a $2 billion loan from the Department of
    # Energy", "approved €1.2 billion in state aid for Norvia" (who receives is the subject or follows "for"/"to")
    (r"(?:received|receives|secured|secures|obtained|obtains|won|wins|landed|lands) (?:an? )?(?:[\w$€£.,-]+ ){0,4}?(?:loan|bailout|rescue package|state aid|government aid|grant) from", T.OTHER, "other", False),
    # "pledged $300 million to Norvia", "granted €1.2 billion in state aid to Norvia": a sum of aid for a named party
    # (aid a regulator "approved" names no payer: it makes no record of two sides, and is left out)
    (r"(?:granted|grants|pledged|pledges|inject|injects|injected|will inject)(?= (?:(?:about|some|nearly|up to|over|an extra|a further) )?[$€£]?[\d.,]+ ?(?:bn|billion|million|mln|m)?(?: (?:euros|dollars|pounds|dlrs))?(?: (?:in|of) (?:state aid|government aid|aid|subsidies|loans|new capital|capital|fresh capital))? (?:for|to|into) (?-i:[A-Z]))", T.OTHER, "other", False),
    # "Norvia Bank granted Velkor a loan of $500 million": the lender grants, the name right after the verb receives
    (r"(?:granted|grants|extended|extends|gave|gives)(?= (?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,3} (?:an? |the )?(?:[\w$€£.,-]+ ){0,4}?(?:loan|bailout|credit line|grant)\b)", T.OTHER, "other", False),
    (r"partnership with|alliance with|cooperation agreement", T.PARTNERSHIP, "partner", False),
    # "Velkor has partnered with Norvia", "is teaming up with", "joined forces with"
    # (the verb, not the noun: "is already a partner with X" tells of no new deal)
    (r"(?:(?:to|will|would) )?partner with|partner(?:s|ed|ing) with|team(?:s|ed|ing)? up with|join(?:s|ed|ing)? forces with", T.PARTNERSHIP, "partner", False),
    # "Velkor and Norvia announced a strategic partnership": the two named before it are its partners (a limited
    # or general partnership is a form of company, no deal)
    (r"(?:strategic |technology |commercial |global |long-term )?(?:partnership|alliance)(?: agreement)?(?= (?:on|to|for|in|that|with)\b|[.,;])", T.PARTNERSHIP, "partner", False),
    (r"ordered|placed an order", T.SUPPLY_CONTRACT, "order", False),
    # "is to equip a data centre in Norland with 50,000 chips": as "équiper un centre de données" in French
    (r"(?:equip|equips|equipped|equipping|outfit|outfits|outfitted) (?:[^.;]{0,90}?)(?:a|an|the|its|their|one|two|new) (?:\S+ )?(?:data cent(?:re|er)s?|gigafactory)", T.INFRASTRUCTURE, "build", False),
]
# what is resumed ("reprendre le travail") or sold to customers ("vendre son modèle"), not a company
_FR_NOT_TAKEN_OVER = (
    r"(?:le |la |les |l['’]|du |des |ses |son |sa |leurs? )?(?:travail|production|activité|activités|service|main|chemin|parole|dessus|"
    r"couleurs|négociations|discussions|contact|espoir|confiance|cours|souffle|marche|progression|hausse|baisse|droits|route|livraisons|ventes|vols)"
)
_FR_GOODS_SOLD = (
    r"(?:(?:son|sa|ses|leurs?|des|les|la|le|l['’]|un|une) )?(?:\S+ ){0,2}?(?:modèles?|produits?|voitures?|véhicules?|billets?|appartements?|logements?|"
    r"maisons?|smartphones?|exemplaires|bouteilles|masques|vaccins|doses|titres|actions)|à (?:\d|plus|près|environ|perte)|sans\b|"
    r"(?:autour de|plus de|moins de|près de|environ|quelque|\d)"
)
# fr: holidays are capitalised: "une offre pour Noël" names no company bid for
_FR_NOT_A_HOLIDAY = r"(?!(?:Noël|Pâques|Toussaint|Pentecôte|Saint-Valentin|Saint-Sylvestre|Nouvel An|Halloween|Ramadan)(?![\w-]))"

_FR_TRIGGERS: list[tuple[str, DealType, str, bool]] = [
    (r"(?:a|ont|avait|avaient) été (?:rachetée?s?|acquise?s?|reprise?s?|absorbée?s?) par|(?:rachetée?s?|acquise?s?|reprise?s?|absorbée?s?) (?:[^.,]{0,40})par", T.ACQUISITION, "passive", False),
    # "Norvia a été rachetée pour 20 millions": a passive with no agent still makes its subject what is bought
    (r"(?:a|ont|avait|avaient|aurait|auraient) été (?:rachetée?s?|acquise?s?|absorbée?s?)(?! (?:[^.,]{0,40})par)", T.ACQUISITION, "passive", False),
    # "Norvia a doublé ses ventes depuis son rachat par Velkor": the possessor (the subject) is what was bought
    (r"(?:son|sa|leur) (?:rachat|acquisition|absorption) (?:[^.,]{0,30})?par", T.ACQUISITION, "passive", False),
    # "la reprise de l'activité": work resumes ("de l'" is followed by "activité", "de la" by a word of its own)
    (r"(?:rachat|acquisition|reprise|absorption) d[eu'](?! travail| l'activité| activité)|(?:rachat|acquisition|reprise|absorption) de l[a'](?!activité|ctivité)", T.ACQUISITION, "buy", True),
    # "grâce à l'intégration du brasseur Norvia", "l'intégration de Norvia coûtera cher": a company taken into the group is
    # bought (not a product built into another, "l'intégration de X dans Y", nor an index's, "au CAC 40")
    (r"intégration (?:du|de la|de l'|de|d')(?= ?(?:(?!(?:ses|son|sa|leurs?|ces|ce|cette|nos|notre|nouveaux?|nouvelles?)\b)[a-zàâçéèêëîïôûù-]+ (?:et [a-zàâçéèêëîïôûù-]+ )?)?"
     r"[A-ZÉ][\w'’&-]*(?![\w'’&-])(?: [A-ZÉ][\w'’&-]*(?![\w'’&-])){0,3}(?! (?:au|aux|à|dans|sur|en)\b| [A-ZÉ]))", T.ACQUISITION, "buy", True),
    # "l'OPA de Velkor sur Norvia", "l'offre de Velkor pour Norvia", "sur son rival Norvia": the bidder after "de", the
    # company bid for after "sur" (read in roles.fr; a bare "offre" that reads no bid there is dropped)
    (r"(?:OPA|offres? publiques? d'achat|offres? (?:hostiles?|amicales?|de rachat|de reprise|concurrentes?)|offres?|contre-offres?|contre-OPA|offensive) (?:(?:hostile|amicale) )?(?:de|du|d')(?= (?:la |l'|le )?(?:(?:groupe|fonds|société|constructeur|compagnie|banque) )?[A-ZÉ][\w'’&-]*(?: [A-ZÉ][\w'’&-]*){0,3} (?:sur|pour) "
     r"(?:la |le |l'|son |sa |leur )?(?:(?:groupe|société|constructeur|compagnie|banque|concurrente?|rivale?|compatriote|voisin|homologue) )?[A-ZÉ])", T.ACQUISITION, "buy", True),
    # "son refus d'une offre de reprise de l'usine par Brantec": the bidder follows "par", the owner is the subject
    (r"offres? (?:\S+ )?de (?:rachat|reprise) (?:d[eu']|de l[a']|des)(?=[^.;]{0,80}\bpar\b)", T.ACQUISITION, "buy", True),
    (r"offres? (?:concurrentes? )?de (?:rachat|reprise)|OPA (?:sur|de)|(?:lance\w*|lancé|une|d'une) (?:(?:éventuelle|possible|nouvelle|future|hostile) )?OPA|offre publique d'achat", T.ACQUISITION, "buy", False),
    # "Norvia a accepté (rejeté) l'offre de Velkor", "... l'offre de rachat de Velkor": who accepts is bought, the bidder follows
    # ("Norvia a reçu une offre concurrente de 2 milliards d'euros de Velkor": who receives a bid is bid for, likewise)
    (r"(?:accept\w+|approuv\w+|recommand(?:e|ent|é|ait|aient)|rejet\w+|rejeté|refus\w+|repouss\w+|déclin(?:e|ent|é|ait|aient)|écart(?:e|ent|é|ait|aient)|reçu|reçoit|reçoivent|recevait|recevaient|recevra|recevront) "
     r"(?:l['’]|une |la )(?:nouvelle )?(?:offre|contre-offre) (?:(?:de rachat|de reprise|d'achat|publique d'achat|améliorée|ferme|amicale|hostile|non sollicitée|concurrente|rivale) )?"
     r"(?:de [^.;]{0,40}?(?:euros?|dollars?|francs?|livres?|€) )?(?:de|du|d'|des)(?= (?:l'|la |le |les |son |sa )?(?:(?:groupe|société|fonds|constructeur|compagnie|banque|concurrente?|rivale?) )?[A-ZÉ])", T.ACQUISITION, "passive", False),
    # "Norvia a reçu de Velkor une offre de rachat": the bidder named before the bid
    (r"(?:reçu|reçoit|reçoivent|recevait|recevaient|recevra|recevront) (?:de|du|d')(?= (?:la |l'|le )?(?:(?:groupe|société|fonds|constructeur|compagnie|banque|concurrente?|rivale?) )?"
     r"[A-ZÉ][\w'’&-]*(?: [A-ZÉ][\w'’&-]*){0,3} (?:une|la|l['’]) ?(?:nouvelle )?(?:offre|contre-offre)\b)", T.ACQUISITION, "passive", False),
    # "Velkor offre 15 euros par action Norvia", "paiera 15 euros pour chaque action de Norvia": a bid priced per share
    (r"(?:offre|offrent|propose|proposent|paiera|paieront|paie|paient|offrira|proposera|(?:a|ont) (?:proposé|offert)) (?:\S+ ){0,2}?\d[\d,.]* ?(?:euros?|€|dollars?|francs? suisses) "
     r"(?:par|pour chaque) action(?= (?:pour |sur )?(?:de |du |d['’])?(?:la |l['’]|le )?[A-ZÉ])", T.ACQUISITION, "buy", False),
    # "Velkor lance une offre sur Norvia", "a fait une offre de 2 milliards pour Norvia": a bid for a named company
    # (an offer "pour Noël" is a shop's, for a holiday: no company)
    (r"(?:lance|lancent|lancé|fait|font|faire|dépose|déposent|déposé|formulé|présenté|soumis|prépare|préparent|préparé|préparait|préparaient|préparerait|prépareraient) une (?:nouvelle )?offre (?:[^.;]{0,40}?)(?:sur|pour)(?= (?:le |la |l'|son |sa )?(?:(?:groupe|société|constructeur|compagnie|banque|laboratoire|concurrente?|rivale?) )?" + _FR_NOT_A_HOLIDAY + r"[A-ZÉ])", T.ACQUISITION, "buy", False),
    # "Velkor a lancé une contre-offre sur Norvia", "une offre concurrente pour Norvia", "la contre-OPA de Velkor sur Norvia": a
    # rival bid for a named company is a bid as any other (the bidder before it or after "de", the company after "sur"/"pour")
    (r"(?:contre-offres?|contre-OPA|offres? concurrentes?|OPA concurrentes?)(?= (?:[^.;]{0,60}?)(?:sur|pour|de rachat d[eu']|de reprise d[eu']) (?:le |la |l'|son |sa )?"
     r"(?:(?:groupe|société|constructeur|compagnie|banque|laboratoire|concurrente?|rivale?|quotidien|journal) )?[A-ZÉ])", T.ACQUISITION, "buy", False),
    # "Velkor a annoncé que son offre sur Norvia a été acceptée": the possessor's bid, the company after "sur"/"pour"
    (r"(?:son|sa|leur) (?:nouvelle |propre |dernière )?offre (?:(?:de rachat|de reprise|d'achat|publique d'achat|améliorée|amicale|hostile) )?(?:sur|pour)(?= (?:le |la |l'|son |sa )?(?:(?:groupe|société|constructeur|compagnie|banque|laboratoire|concurrente?|rivale?) )?" + _FR_NOT_A_HOLIDAY + r"[A-ZÉ])", T.ACQUISITION, "buy", False),
    # "Velkor a décroché les droits TV du tournoi", "a obtenu les droits de retransmission": broadcasting rights bought
    # (asides may stand between: "a remporté, contre toute attente, au printemps, les droits de retransmission")
    (r"(?:rafl|remport|décroch|acqu[iéè]|obten|obtien|obtenu|rachet|achet)\w*(?: (?:\S+ ){0,3}?|,[^.;:()]{0,60}?, (?:\S+ ){0,3}?)droits (?:de (?:diffusion|retransmission)|TV|télé(?:visés)?|audiovisuels)", T.PURCHASE, "buy", False),
    # "Velkor convoite Norvia", "le groupe Velkor lorgne sur la société Norvia": a company coveted is a purchase talked of
    (r"(?:convoit(?:e|ent|ait|aient)|lorgn(?:e|ent|ait|aient) sur)(?= (?:le |la |l['’]|les |son |sa )?(?:(?:groupe|société|constructeur|compagnie|banque|concurrente?|rivale?|fabricant|enseigne) )?(?-i:[A-ZÉ]))", T.ACQUISITION, "buy", False),
    # "Velkor avale son concurrent Norvia": swallowing a named company is buying it
    (r"aval(?:e|ent|é|era|eront|ait)(?= (?:son |sa |le |la |l')?(?:concurrente? |rivale? |groupe |constructeur |compatriote )?[A-ZÉ])", T.ACQUISITION, "buy", False),
    # "racheter ses propres actions", "racheter leurs pneus": a buyback or goods, no company changes hands
    (r"rach[eè]t\w*(?! (?:[\d,.]+ ?(?:%|pour cent) (?:de |d['’]))?(?:ses|leurs?|son|sa|des|les) (?:propres )?(?:actions|titres|pneus|produits|billets|véhicules|voitures)\b)|acquiert|acquise?s?|acqu[ée]rir|acquièrent|acquerr(?:a|ont|ait|aient)|acquérant|acquit|acquirent|s'offre|s'offrira|s'offrirait|s'offriraient|s'est offert|(?:s'offrir|s'(?:est|était) payée?|se (?:paie|paye|sont payé))(?! (?:le|un) luxe| la tête)(?= (?:le |la |l'|son |sa )?(?:\S+ )?[A-ZÉ])|s'(?:était|étaient|sont) offerte?s?|absorb\w+", T.ACQUISITION, "buy", False),
    # "reprendre le travail", "reprend la production": work resumes, nothing is taken over
    (rf"(?:reprend|a repris|reprendre|reprennent|ont repris|reprendrait|reprendraient|reprendra|reprendront|reprenne|reprenait|avait repris|avaient repris|aurait repris|auraient repris|avoir repris|ayant repris|reprit|reprirent)(?! (?:{_FR_NOT_TAKEN_OVER})\b)", T.ACQUISITION, "buy", False),
    # "a acheté 40 avions au groupe Velkor": counted goods bought from a named maker are a supply contract
    (r"(?:ach[eè]t(?:e|ent|er|é|ée|és|ées|ait|aient|era|erait|eront))(?= (?:\S+ ){0,3}?\d(?![^.;]{0,14}?(?:actions|titres|parts|obligations|%|pour cent))[\d\s.,]*(?:millions? |milliards? )?(?:de |d')?[a-zà-ÿ][^.;%]{0,50}? (?:à|au|aux|auprès d[eu']|auprès de l[a']) (?:(?:groupe|constructeur|société|fabricant|laboratoire|compagnie) )?[A-ZÉ])", T.SUPPLY_CONTRACT, "order", False),
    (r"(?:ach[eè]t(?:e|es|ent|er|é|ée|és|ées|ait|aient|era|erait|eront|erai)|achat d[eu']|achat de l[a'])(?! (?:(?:ses|leurs?|son|sa|des|les|de|du|d['’]) )?(?:propres )?(?:actions|titres|pneus|produits|billets|masques|médicaments|matériels?|équipements|maisons?|appartements?|logements?|biens|vêtements)\b)", T.ACQUISITION, "buy", False),
    # "Velkor est devenu l'unique actionnaire de Norvia": who comes to hold all of a company has bought it
    (r"(?:devenir|devient|deviendra|est devenue?|deviendrait) (?:le |l['’])?(?:unique|seul) actionnaire (?:d[eu']|de l[a'])", T.ACQUISITION, "buy", False),
    (r"(?:devenir|devient|deviendra|est devenue?|deviendrait) (?:le |l['’])?(?:premier |principal |nouvel |nouveau )?actionnaire (?:\S+ )?d[eu']", T.INVESTMENT, "buy", False),
    # "Velkor est le repreneur de Norvia", "devient le nouveau propriétaire de Norvia": who takes the company over
    # (a plain "est propriétaire de" says who owns, not that it changed hands)
    (r"(?:devenir|devient|deviendra|deviendrait|est devenue?|sera|serait|est|était|a été désignée?|désignée?) (?:le |l['’]|comme )?(?:(?:nouveau|nouvel|futur|seul) )?(?:repreneur|acquéreur)(?= (?:d[eu']|de l[a'])\b)"
     r"|(?:devenir|devient|deviendra|deviendrait|est devenue?|sera|serait|est|était) (?:le |l['’])?(?:nouveau|nouvel|futur) propriétaire(?= (?:d[eu']|de l[a'])\b)"
     # "Norvia, récent propriétaire de Velkor,": the same told in an apposition
     r"|récents? (?:propriétaire|repreneur|acquéreur)s?(?= (?:d[eu']|de l[a'])\b)", T.ACQUISITION, "buy", False),
    # ("la participation dans les entreprises": profit sharing across firms, no stake in a named one)
    (r"prise de participation|pr(?:endre|end|ennent|is|ise) une participation|participation (?:de \S+ )?dans(?! (?:les|des) [a-zà-ÿ])|(?:entr|mont|grimp)\w+ au capital|s'invit\w+ au capital|(?:se renforc\w+|s'(?:est|était) renforcée?) au capital", T.INVESTMENT, "buy", False),
    (r"prise de contrôle d[eu']|prise de contrôle de l[a']", T.ACQUISITION, "buy", True),
    (r"pr(?:end|endre|is|ennent|endra|endront|endrait|endraient) le contrôle d[eu']|pr(?:end|endre|is|ennent|endra|endront|endrait|endraient) le contrôle de l[a']|m(?:et|ettre|is) la main sur|(?:s'(?:est |était )?|se sont )empar\w+ d[eu']", T.ACQUISITION, "buy", False),
    # "l'Etat a nationalisé la société Norvia", "la nationalisation de Norvia": the state buys the company
    (r"nationalisation (?:du|de la|de l'|des|de|d')", T.ACQUISITION, "buy", True),
    # "la nationalisation partielle de Norvia", "la renationalisation de Velkor": a stake taken, or the company bought back
    (r"(?:re)?nationalisation partielle (?:du|de la|de l'|des|de|d')", T.INVESTMENT, "buy", True),
    (r"renationalisation (?:du|de la|de l'|des|de|d')", T.ACQUISITION, "buy", True),
    (r"nationalis(?:é|ée|és|ées|e|ent|era|eront|er|ait|aient|erait)(?! (?:de |d')?(?:\d|les pertes|la dette))", T.ACQUISITION, "buy", False),
    # "a fait main basse sur Norvia", "a jeté son dévolu sur Norvia": the company named after "sur" is bought
    (r"(?:fait|fera|faire|font) main basse sur|(?:jeté|jette|jettent|jeter) son dévolu sur", T.ACQUISITION, "buy", False),
    # "Norvia tombe dans l'escarcelle de Velkor", "passe sous pavillon de Velkor", "rejoint le giron de Velkor": the subject is bought
    (r"(?:tomb\w+|entr\w+|pass\w+) dans l'escarcelle (?:du|de la|de l'|des|de|d')|(?:pass\w+) sous (?:le )?(?:pavillon|contrôle) (?:du|de la|de l'|des|de|d')|(?:rejoint|rejoindre|rejoindra|rentr\w+|entr\w+|tomb\w+) (?:dans )?le giron (?:du|de la|de l'|des|de|d')|pass\w+ dans le giron (?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|fonds|constructeur|compagnie|banque|holding) )?[A-ZÉ])", T.ACQUISITION, "passive", False),
    # "Norvia fait partie depuis 2013 du groupe Velkor", "appartient depuis mars 2015 à Velkor": dated membership of a
    # group is a past takeover, the subject bought (undated "fait partie de", "appartient à" is mere ownership)
    (r"(?:(?:fait|font|faisait|faisaient) partie,? depuis (?:(?:le )?\d{1,2} )?(?:[a-zéû]+ )?(?:19|20)\d\d,? (?:du|de la|de l'|des|de|d')"
     r"|(?:appartient|appartiennent|appartenait|appartenaient),? depuis (?:(?:le )?\d{1,2} )?(?:[a-zéû]+ )?(?:19|20)\d\d,? (?:à|au|aux))"
     r"(?= ?(?:l'|la |le )?(?:(?:groupe|société|fonds|constructeur|compagnie|banque|holding|géant|coopérative|famille)(?: [a-zéèêç-]+)? )?[A-ZÉ])", T.ACQUISITION, "passive", False),
    # "Norvia rejoint le groupe Velkor", "appartient désormais à Velkor", "fait désormais partie du groupe Velkor", "est
    # passée sous pavillon Velkor": the subject has changed hands, its new owner follows (a person who joins a group is
    # hired, not bought: the roles leave no target then)
    (r"(?:(?:rejoint|rejoignent|rejoindra|rejoindront|rejoindre|rejoindrait|rejoindraient|intègre|intègrent|intégré|intégrera|intégreront|intégrer) (?:le groupe|le portefeuille (?:du|de la|de l'|des|de|d')(?: ?groupe)?)"
     r"|(?:appartient|appartiennent|appartiendra|appartiendront|appartenait) (?:désormais|dorénavant|maintenant) (?:à|au|aux)"
     r"|(?:fait|font|fera|feront) (?:désormais|dorénavant|maintenant) partie (?:du|de la|de l'|des|de|d')"
     r"|pass\w+ sous pavillon)"
     r"(?= ?(?:l'|la |le )?(?:(?:groupe|société|fonds|constructeur|compagnie|banque|holding|géant|coopérative|famille)(?: [a-zéèêç-]+)? )?[A-ZÉ])", T.ACQUISITION, "passive", False),
    # "Velkor détient désormais 95 % du capital de Norvia", "contrôle désormais la totalité de Norvia": a holding that
    # has just changed is a stake taken (the undated "détient 30 % de Norvia" is mere ownership)
    (r"(?:détient|détiennent|contrôle|contrôlent|possède|possèdent) (?:désormais|dorénavant|maintenant) (?:la totalité|l'intégralité|100 ?(?:%|pour cent)) (?:du capital |des parts |des actions )?(?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|constructeur|compagnie|banque|start-up) )?[A-ZÉ])", T.ACQUISITION, "buy", False),
    (r"(?:détient|détiennent|contrôle|contrôlent|possède|possèdent) (?:désormais|dorénavant|maintenant) (?:plus de |près de |environ )?(?:\d+(?:[,.]\d+)? ?(?:%|pour cent)|la majorité) (?:du capital |des parts |des actions |des droits de vote )?(?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|constructeur|compagnie|banque|start-up) )?[A-ZÉ])", T.INVESTMENT, "buy", False),
    # "Norvia s'adosse au groupe Velkor": a company that leans on a group takes it in as its owner or shareholder
    (r"(?:s['’]adoss(?:e|ent|era|eront|ait|aient)|s['’](?:est|sont) adossée?s?|(?:s['’]|se )adosser)(?= (?:à|au|aux) (?:l'|la |le )?(?:(?:groupe|société|fonds|constructeur|compagnie|banque|géant) )?[A-ZÉ])", T.INVESTMENT, "passive", False),
    # "la filiale Norvia est à vendre": what is for sale is the subject; its owner, named after the verb, sells
    # (not goods at a price: "les voitures Velkor sont à vendre à partir de 20 000 euros")
    (r"(?:est|sont|serait|seraient|reste|restent|était|étaient|sera|seront) (?:désormais |toujours |officiellement |de nouveau )?à vendre(?![^.;!?]{0,40}?(?:à partir de|au prix de|pour \d|à \d|dès \d|en ligne|sur (?:le site|internet)))", T.DIVESTITURE, "sold_by", False),
    # "a mis en vente sa filiale Norvia", "cherche un repreneur pour Norvia": a company put up for sale
    (r"(?:mis|met|mettre|mettent|mettra) en vente|(?:mis|met|mettre|mettent|mettra|mettront)(?= (?:sa filiale |son |sa |ses |la |le |l')?(?:[A-ZÉ]\S*)(?: [A-ZÉ]\S*){0,2} en vente\b)|(?:trouvé|cherche|cherchent|recherche) (?:un |des |de |d['’])?(?:repreneurs?|acquéreurs?|acheteurs?) (?:pour|à)", T.DIVESTITURE, "sell", False),
    # "est entré en négociations exclusives avec Norvia en vue de son acquisition", "a approché Norvia en vue d'un
    # rachat": who is talked with or approached is bought (the deal noun after "en vue de" names it only by a pronoun)
    (r"(?:(?:négociations?(?: exclusives?)?|discussions?(?: exclusives?)?|pourparlers) avec|(?:a|ont|avait|aurait|auraient) approché)"
     r"(?=[^.;]{1,80}? en vue (?:de son|de sa|de leur|d['’]un|d['’]une) (?:éventuel(?:le)? |possible )?(?:acquisition|rachat|reprise)\b)", T.ACQUISITION, "buy", False),
    # "Velkor met 80 millions d'euros sur la table pour Norvia": a sum offered for a named company is a bid for it
    (r"(?:met|mettent|mettra|mettront|a mis|ont mis|avait mis|aurait mis) (?:\S+ ){0,2}?\d[\d.,]*(?: \S+){1,4}? sur la table pour"
     r"(?= (?:le |la |l['’])?(?:(?:groupe|société|constructeur|fabricant|laboratoire|rachat de|reprise de) )?[A-ZÉ])", T.ACQUISITION, "buy", False),
    # "a jeté l'éponge dans la bataille pour le contrôle de Tessmar", "la course au rachat de Norvia": a contest to buy
    (r"(?:bataille|course|lutte|duel) (?:pour le contrôle|pour le rachat|pour la reprise|au rachat|à la reprise) (?:de la|de l['’]|du|de|d['’])", T.ACQUISITION, "buy", False),
    (r"rapprochement (?:avec|entre)|leur (?:projet de )?rapprochement\b", T.MERGER, "merge", False),
    # "Velkor et Norvia discutent d'une fusion", "négocient un rapprochement": a merger talked about
    (r"(?:discut(?:e|ent|aient|ait|eraient)|négoci(?:e|ent|aient|ait)|étudi(?:e|ent)|envisag(?:e|ent)) (?:d'une |une |d'un |un |de leur |leur )?(?:éventuel |éventuelle |possible )?(?:fusion|rapprochement)\b|en vue d'(?:une|un) (?:éventuelle |éventuel )?(?:fusion|rapprochement)\b", T.MERGER, "merge", False),
    # "Velkor a vendu 24 avions à la Lorvanie": counted goods sold to a named party are supplied to it
    (r"(?:vend(?:u|us|ra|ront|rait|raient|re|ent|ait|aient)?)(?= (?:\S+ ){0,3}?\d(?![^.;]{0,14}?(?:actions|titres|parts|obligations|%|pour cent|euros|dollars|francs|livres))[\d\s.,]*(?:millions? |milliards? )?(?:de |d')?[a-zà-ÿ][^.;%]{0,50}? (?:à|au|aux) (?:l'|la |le |les )?(?:(?:société|groupe|compagnie|constructeur|gouvernement|ministère|armée|marine) )?[A-ZÉ])", T.SUPPLY_CONTRACT, "supply", False),
    (rf"cession (?:d[eu']|des)|c[èée]d\w*|(?:re)?vend(?:re|u|ue|us|ent|ait|ra|rait|raient|ront|e)?\b(?! (?:de|des) | (?:{_FR_GOODS_SOLD})\b)|se (?:séparer|sépare) de", T.DIVESTITURE, "sell", False),
    # "Velkor sort du capital de Norvia": a holder that leaves a named company sells its stake
    (r"(?:sort|sortent|est sortie?|sont sortie?s|sortira|sortiront|sortir) (?:totalement |complètement |entièrement )?du capital (?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|constructeur|compagnie|banque) )?[A-ZÉ])", T.DIVESTITURE, "sell", False),
    # "Velkor se désengage de Norvia", "s'est désengagé du capital de Norvia": a holder leaves a named company
    (r"(?:se désengag(?:e|ent|era|eront|eait|erait)|s'(?:est|était) désengagée?|se sont désengagée?s|désengagement) (?:totalement |complètement )?(?:du capital )?(?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|constructeur|compagnie|banque) )?[A-ZÉ])", T.DIVESTITURE, "sell", False),
    # "se sépare du journal", "s'est séparé de L'Hebdo l'an dernier": the other tenses and the article joined to "de"
    (r"(?:se (?:sépare|séparent|séparera|sépareront|séparait)|s'(?:est|était) séparée?|se sont séparée?s) (?:du|de la|de l'|des)|(?:se (?:séparent|séparera|sépareront|séparait)|s'(?:est|était) séparée?|se sont séparée?s) de", T.DIVESTITURE, "sell", False),
    # "l'hebdomadaire est devenu la propriété de Velkor": the subject changed hands, the new owner follows
    (r"(?:devenue?s?|deviendra|deviendront|devient|deviennent) (?:la |sa )?propriété (?:\S+ ){0,2}?(?:du|de la|de l'|des|de|d')|passée?s? sous le contrôle (?:du|de la|de l'|des|de|d')", T.ACQUISITION, "passive", False),
    # "la vente de sa filiale X à Y", like "der Verkauf von": the singular noun is one sale, the plural is sales figures
    (r"vente (?:d[eu']|de l[a'])", T.DIVESTITURE, "sell", False),
    (r"fusion(?:ner)? (?:avec|entre)|fusionn\w+|leur (?:projet de )?fusion\b|accord de (?:fusion|rapprochement)\b|fusion (?:d[eu']|des)(?= (?:l['’]|la |le )?[A-ZÉ]|[A-ZÉ])", T.MERGER, "merge", False),
    # "ont créé une société commune", "leur filiale commune": a company owned together is a joint venture
    (r"coentreprise|joint-venture|co-entreprise", T.JOINT_VENTURE, "partner", False),
    # "Velkor et Norvia ont créé une société commune": a company founded together ("leur filiale commune" alone may be old news)
    (r"(?:cré|fond|constitu)(?:é|er|ent|eront|era|ait|aient|e) (?:\S+ )?(?:une |la |leur )?(?:nouvelle )?(?:entreprise|société|filiale|structure) commune", T.JOINT_VENTURE, "partner", False),
    # "une filiale commune de Velkor et Norvia", "détient à 50/50 avec Norvia le quotidien X": a company two named
    # owners hold together is a joint venture, though founded long ago (background deals count)
    (r"(?:filiale|société|entreprise|structure)s? (?:communes? |(?:détenue?s? )?(?:à 50[-/]50|à parts égales) )(?:de|à|entre)(?= (?:l['’]|la |le |les )?(?:(?:groupe|société|constructeur|compagnie) )?[A-ZÉ])"
     r"|(?:détien\w+|détenu\w*|contrôl\w+|possèd\w+) (?:\S+ ){0,2}?(?:à 50/50|à parts égales|conjointement) (?:avec|par)(?= (?:l['’]|la |le |les )?(?:(?:groupe|société|constructeur|compagnie) )?[A-ZÉ])", T.JOINT_VENTURE, "partner", False),
    # ("un partenariat public-privé" is a kind of financing, not a named partner)
    (r"partenariat(?!s? public)|alliance (?:stratégique|industrielle|commerciale|technologique) (?:avec|entre)(?= (?:l['’]|la |le |les )?[A-ZÉ])|alliance avec|s'allie\w* avec|s'alliant avec|accord de (?:licence|coopération)|s'allient|se sont alliée?s|s'(?:est|était|étaient) alliée?s? (?:à|avec|aux)(?= )|(?:vont|veulent|décident de|ont décidé de) s'allier", T.PARTNERSHIP, "partner", False),
    # "fait équipe avec Norvia", "Velkor et Norvia unissent leurs forces", "vont développer ensemble", "a choisi Norvia comme partenaire"
    (r"(?:fait|font|faire|fera|feront|faisant) équipe avec|(?:unissent|unir|uniront|unissant|ont uni) leurs forces|(?:développer|concevoir|produire|fabriquer|construire|exploiter|commercialiser|développeront|concevront|produiront) (?:\S+ )?(?:ensemble|conjointement)|comme (?:nouveau )?partenaire", T.PARTNERSHIP, "partner", False),
    # "Velkor distribuera les produits de Norvia en Europe", "va commercialiser les vaccins de Norvia": a distribution deal
    (r"(?:distribu|commercialis)(?:e|ent|era|eront|erait|eraient|er|ait|aient)(?= (?:les |des |la |le |l')(?:\S+ ){0,2}?(?:de |du |des |d')(?:l'|la |le )?(?:(?:groupe|laboratoire|société|constructeur|marque|firme|fabricant|start-up|éditeur|studio) )?[A-ZÉ])", T.PARTNERSHIP, "partner", False),
    # "Velkor sponsorise le club Norvia": sponsoring is a partnership
    (r"(?:sponsoris|parrain)(?:e|ent|era|eront|ait|aient|é|er)(?= (?:le |la |l'|les )?(?:(?:club|équipe|festival|tournoi|championnat|course|compétition|salon|musée|écurie) (?:de |du |d')?)?[A-ZÉ])", T.PARTNERSHIP, "partner", False),
    # "Velkor s'est rapproché de Norvia": two companies coming together
    (r"(?:s'est|se sont|se) rapproch(?:é|ée|és|ées|e|ent|er|era|eront) (?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|constructeur|compagnie|banque|opérateur) )?[A-ZÉ])", T.MERGER, "merge", False),
    # "Velkor, partenaire de l'université de Norvia": a partner named in an apposition ("partenaire commercial de l'Inde" is trade)
    (r"(?:le |son |un )?(?:partenaire|associé) (?:industriel |technologique |stratégique |historique )?(?:du|de la|de l'|des|de|d')", T.PARTNERSHIP, "partner", False),
    # "Velkor, sponsor / partenaire officiel de Norvia": sponsoring is a partnership between the two
    (r"(?:nouveau |le |son |un )?(?:sponsor|parrain|mécène|partenaire officiel) (?:principal |officiel |titre )?(?:du|de la|de l'|des|de|d')(?= ?(?:(?:club|groupe|société|équipe|festival|comité) )?[A-ZÉ])", T.PARTNERSHIP, "partner", False),
    # "Velkor, fournisseur de la société Norvia": a supplier named in an apposition
    (r"(?:le |son |un )?(?:fournisseur|sous-traitant) (?:exclusif |principal |officiel |historique )?(?:du|de la|de l'|des|de|d')(?= ?(?:(?:groupe|société|constructeur|compagnie) )?[A-ZÉ])", T.SUPPLY_CONTRACT, "supply", False),
    # "a négocié un contrat de 410 000 euros avec X", "a signé jeudi un accord de long terme avec X"
    # ("en lien avec X" only before a name, and not "plus en lien avec": "related to", "closer to" link no partners)
    (r"(?:sign\w+|conclu\w*|noué|négoci\w+) (?:\S+ ){0,3}?(?:un |une |des |(?:une série|une dizaine|une poignée|(?:de )?plusieurs|de nombreux|deux|trois|quatre) (?:d['’])?)?(?:accord|contrat|protocole d'accord)s? (?:[^.;]{0,50}?)avec|en association avec|(?<!plus\s)(?<!moins\s)(?<!très\s)en lien avec(?= (?:l'|la |le )?(?:(?:laboratoire|société|groupe|entreprise|firme|constructeur|fonds|banque|start-up|géant) (?:[a-zà-ÿ-]+ )?)?[A-ZÉ])", T.PARTNERSHIP, "partner", False),
    # "une convention signée entre X et Y": an agreement between two named parties
    (r"(?:accord|convention|contrat|protocole d'accord)s? (?:\S+ ){0,3}?entre(?= (?:l['’]|la |le |les )?(?:(?:société|groupe|compagnie|firme|banque|constructeur|laboratoire|fonds|ville|région) )?[A-ZÉ])", T.PARTNERSHIP, "partner", False),
    (r"cherche (?:\S+ ){0,2}?(?:investisseurs|financements?|repreneurs?)", T.FUNDING_ROUND, "fund", False),
    # "Orlane recherche près de 12 millions d'euros", "aurait besoin d'un apport frais de 40 millions"
    (r"(?:re)?cherch(?:e|ent) (?:actuellement |encore )?(?:l'équivalent de |près de |environ |quelque )?\d|besoin d'(?:un )?(?:nouvel |nouveau )?(?:investissement|financement|apport)s? (?:de|d')", T.FUNDING_ROUND, "fund", False),
    # "un accord avec le gouvernement de Bretagne": an agreement with a named party
    (r"(?:un|l'|cet|nouvel) accord (?:\S+ ){0,2}?avec(?= (?:l'|la |le |les )?(?:[A-ZÉ]|gouvernement|État|Etat))", T.PARTNERSHIP, "partner", False),
    # "a été cédée par Corlane à un fonds", "transféré par son propriétaire X dans un fonds": the seller follows "par"
    (r"(?:a|ont|avait|avaient) été (?:cédée?s?|vendue?s?|transférée?s?) (?:[^.,]{0,40}?)par", T.DIVESTITURE, "sold_by", False),
    # "Velkor s'est vu attribuer un contrat par Norvia": the subject is awarded, who awards follows "par"
    (r"(?:s['’](?:est|était)|se (?:sont|voit|voient|verra|verront)) vue?s? (?:attribuer|confier|octroyer|accorder|notifier|décerner) (?:un |le |des |les |deux |trois |plusieurs |de nouveaux )?(?:\S+ )?(?:contrats?|marchés?|commandes?|chantiers?)\b", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor va construire 40 trains pour Norvia": counted goods made for a named customer
    (r"(?:construire|fabriquer|produire|construira|fabriquera|produira|construiront|fabriqueront|produiront)(?= (?:\S+ ){0,2}?\d[\d\s.,]*(?:millions? |milliards? )?(?:de |d')?(?!(?:de |d')?(?:euros|dollars|francs|livres|millions|milliards|%))[a-zà-ÿ][^.;%]{0,40}? pour (?:l'|la |le |les )?(?:(?:compagnie|société|groupe|armée|ville|région|marine|gouvernement|opérateur) (?:de |d'|du )?)?[A-ZÉ])", T.SUPPLY_CONTRACT, "supply", False),
    # "la commande de 40 rames passée par Velkor auprès de Norvia": the order noun, who placed it after "par"
    (r"commandes? (?:[^.;]{0,50}?)(?:passée?s?|effectuée?s?|placée?s?) par", T.SUPPLY_CONTRACT, "order", True),
    # "Velkor maintient ses commandes actuelles portant sur 60 rames auprès de Norvia": the noun, its maker after "auprès de"
    (r"commandes?(?= (?:(?!auprès)[^\s.;]+ ){0,8}?auprès (?:de |du |des |d['’])(?:l['’]|la |le |les )?(?:(?:groupe|constructeur|fabricant|laboratoire|société|avionneur|chantier) )?[A-ZÉ])", T.SUPPLY_CONTRACT, "order", False),
    # (not across "avec X": "a signé avec Norvia un contrat" names the counterparty, read by the partner voice)
    (r"(?:décroch\w+|remport\w+|rafl\w+|sign\w+|obten\w+|obtien\w+|reçu|reçoit|recevra|enregistré|engrangé) (?:(?!avec )\S+ ){0,4}?(?:l['’])?(?:contrats?|commandes?|marchés?|appels? d'offres)|(?:décroch\w+|remport\w+) (?:la |le |l['’])(?:construction|chantier|réalisation|gestion|exploitation|maintenance|conception|rénovation)\b|(?:contrat|accord) d['’]approvisionnement|accord de (?:fourniture|livraison)\b|contrat de (?:fourniture|livraison|maintenance|gardiennage|surveillance|nettoyage|sous-traitance|prestations?|services?)|command\w+ (?:de|d')\s?\d(?:[\d.,]*\d)?", T.SUPPLY_CONTRACT, "supply", False),
    (r"(?:a|ont|avait|va|vont) (?:\S+ ){0,2}?command(?:é|er)|passé commande", T.SUPPLY_CONTRACT, "order", False),
    # "Norvia s'équipe de 50 rames Velkor": equipping with a counted lot of goods is an order
    (r"s['’](?:équip|dot)(?:e|ent|era|eront|ait|aient|er)(?= (?:de|d['’]|en) (?:\S+ ){0,2}?\d[\d\s.,]*(?:millions? |milliards? )?(?:de |d')?(?!euros|dollars|francs|livres|millions|milliards|%)[^\W\d_])"
     r"|s['’]est (?:équipée?|dotée?)(?= (?:de|d['’]|en) (?:\S+ ){0,2}?\d)", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor commande 40 rames à Norvia": the verb in the present or future, with its count (not the noun "la commande")
    (r"command(?:e|ent|era|eront|ait|aient|erait|eraient)(?= (?:(?!pour )\S+ ){0,2}?\d[\d\s.,]*(?:millions? |milliards? )?(?:de |d')?(?!euros|dollars|francs|livres|millions|milliards|%)[^\W\d_])", T.SUPPLY_CONTRACT, "order", False),
    # "X a choisi le constructeur Y pour fournir 28 trains", "a fait appel à la société Y pour construire son usine":
    # the chooser buys, the chosen supplies
    (r"(?:choisi\w*|retenu\w*|sélectionn\w+|(?:fait|fera|feront|faire|font|faisait) appel (?:à|au|aux))(?= (?:[^.;]{0,80}?)pour (?:fournir|livrer|construire|équiper|produire|fabriquer|gérer|exploiter|réaliser|rénover|entretenir|concevoir|la fourniture|la livraison|la construction|la maintenance|l'entretien)\b"
     r"|(?:[^.;]{0,80}?)comme (?:nouveau |unique |principal |seul )?(?:fournisseur|sous-traitant|prestataire|motoriste|équipementier|constructeur)\b(?! (?:de|du|des|d')))", T.SUPPLY_CONTRACT, "order", False),
    # "Norvia a choisi (a opté pour) les moteurs de Velkor": the goods chosen name their maker after "de"
    (r"(?:choisi\w*|opt(?:é|e|ent|era) pour|retenu\w*|sélectionn\w+)(?= (?:les |le |la |l'|des )(?:\S+ ){0,2}?(?:moteurs?|avions?|appareils?|trains?|rames?|tramways?|métros?|systèmes?|logiciels?|équipements?|turbines?|réacteurs?|hélicoptères?|sous-marins?|frégates?|navires?|vaccins?|radars?|satellites?|lanceurs?|avions de combat|chasseurs?|serveurs?|puces?) (?:de |du |d')(?:l'|la |le )?(?:(?:groupe|constructeur|fabricant|motoriste|laboratoire|société|avionneur|chantier) )?[A-ZÉ])", T.SUPPLY_CONTRACT, "order", False),
    # "a levé 20 millions", not "a levé une partie des doutes"
    (r"(?:(?:lever|lève|levé|lèvent|ont levé|a levé|lèvera|lèveront|lèverait|lèveraient) (?:\S+ ){0,3}?(?:\d\S*|fonds|capitaux|plusieurs|quelque|près|environ|un milliard|un million)|"
     r"(?:récolte|récoltent|récolté|récoltera) (?:(?:près de|plus de|environ|quelque) )?\d[\d.,]* (?:millions?|milliards?) (?:d'euros|de dollars|de francs)(?! (?:de |d')?(?:dons|chiffre|ventes|recettes|bénéfices?|pertes?))|levée de fonds|levée (?:\S+ )?de (?:près de |plus de |environ )?\d(?:[\d.,]*\d)?|tour de (?:table|financement)|augmentation de capital|(?:tour|levée|financement) (?:de (?:financement |table )?)?(?:de |en )?série [A-F]\b)", T.FUNDING_ROUND, "fund", False),
    # "l'entrée de Velkor au capital de Norvia", "l'investissement de 20 millions de Velkor dans Norvia": the noun,
    # its investor after "de", the company invested in after "au capital de" or "dans" (read in roles.fr)
    (r"(?:entrée|arrivée|montée|investissement|injection)(?= (?:(?:de |d')(?:près de |plus de |environ )?\d[^.;,]{0,40}? )?(?:de |du |d')(?:la |l')?(?:(?:groupe|fonds|société|banque|Etat|État) )?[A-ZÉ][^.;,]{0,40}? (?:au capital (?:de|du|d')|dans) ?(?:la |le |l')?(?:(?:groupe|société|start-up|startup|compagnie|banque|constructeur) )?[A-ZÉ])", T.INVESTMENT, "invest", True),
    # ("a investi, aux côtés de Norvia, dans Velkor": an aside may stand between the verb and "dans")
    (r"invest\w+ (?:[^.]{0,40}?)dans|invest\w+, [^.,;]{0,50}, dans\b", T.INVESTMENT, "invest", False),
    # "a pris 20% du capital de Norvia", "est monté à 15% de Norvia": a stake taken in the company named after "de"
    (r"(?:pris|prend|prendre|prennent|prendra|prendrait|monté|monte|montent|montera|monter|grimpé|grimpe) (?:\S+ ){0,2}?\d+(?:[.,]\d+)?\s?(?:%|pour cent) (?:du capital |des parts |des actions |des droits de vote )?(?:de la|de l'|du|des|de|d'|dans)(?= ?(?:(?:groupe|société|constructeur|compagnie|banque|start-up|laboratoire) )?[A-ZÉ])", T.INVESTMENT, "buy", False),
    # "a porté sa participation dans Norvia à 30%", "a renforcé sa participation au capital de Norvia": a stake raised
    (r"(?:porté|renforcé|augmenté|relevé|accru|doublé|porte|renforce|augmente|relève|accroît|double|porter|renforcer|augmenter|relever) (?:sa|leur|ses) (?:participations?|parts?) (?:dans|au capital de|au capital d'|au capital du|de|du|d')", T.INVESTMENT, "buy", False),
    # "a réduit sa participation dans Norvia": a holder sells down
    # ... or sold it all: "a soldé sa participation dans Norvia"
    (r"(?:réduit|abaissé|allégé|ramené|diminué|réduire|alléger|ramener|réduira|allège|ramène|soldé|solde|solder|soldera) (?:sa|leur|ses) (?:participations?|parts?)", T.DIVESTITURE, "sell", False),
    # "a misé 20 millions d'euros sur la start-up Norvia": money staked on a company is invested in it
    (r"mis(?:é|e|ent|era|eront|ait|aient|er) (?:\S+ ){0,4}?(?:millions?|milliards?|\d[\d\s.,]*(?:euros|dollars|€|\$))[^.;]{0,30}? sur", T.INVESTMENT, "invest", False),
    # "a financé la start-up Norvia à hauteur de 20 millions": a named company financed
    (r"financ(?:é|ée|e|ent|er|era|eront|erait|ait|aient)(?= (?:la |le |l')?(?:(?:start-up|startup|société|jeune pousse|entreprise|biotech) )?[A-ZÉ][^.;]{0,60}?(?:hauteur de|\d))", T.INVESTMENT, "invest", False),
    # ... in the future too, and for the other names of a computing site: "installera un centre informatique en Irlande"
    (r"(?:implanter|construire|bâtir|installer|ouvrir|installera|installeront|ouvrira|ouvriront) (?:\S+ ){0,3}?(?:centres? (?:de données|informatiques?|de calcul)|usines?|site|data centers?|gigafactory)", T.INFRASTRUCTURE, "build", False),
    # "Velkor a annoncé un investissement de 300 millions d'euros en Espagne", "investira 200 millions d'euros au
    # Maroc": a sum a company puts into its operations in a named country is a site built there
    (r"(?:investi(?:r|t|ra|ront|rait|ssent|ssait)?|investissements?)(?= (?:(?:de |d')?(?:près |plus |environ |quelque |jusqu'à )?)?(?:de |d')?(?:\d[\d\s.,]*|un |une |deux |trois |plusieurs )(?:millions?|milliards?)? ?(?:d'euros|de dollars|de livres|euros|dollars|€|\$) (?:en|au|aux) (?-i:[A-ZÉ]))", T.INFRASTRUCTURE, "build", False),
    # "a inauguré une usine en Hongrie", "la construction d'une usine en Espagne": the other forms of a site built
    (r"(?:inaugur\w+ |construit |construira |construiront |bâtira |implantera |(?:construction|implantation|ouverture) d')(?:\S+ ){0,3}?(?:centres? de données|usines?|data centers?|gigafactory)", T.INFRASTRUCTURE, "build", False),
    # "livrer 10 000 serveurs à un centre de données en Suède": equipping a site is building it
    # ... in every tense: "Velkor équipera le centre de données de Norvia de 10 000 puces"
    (r"(?:équiper|équipera|équiperont|équiperait|équipe|équipent|a équipé|ont équipé|livrer|fournir) (?:[^.;]{0,90}?)(?:un|une|le|la|au|ce|cette|son|sa|leur) (?:\S+ )?(?:centres? de données|data centers?|usine|gigafactory)", T.INFRASTRUCTURE, "build", False),
    # "Velkor a obtenu l'accord de la Norvège pour fournir 3 millions de doses": who agrees to be supplied is the customer
    (r"(?:obten\w+|obtient|reçu|reçoit|décroch\w+) l'accord(?= (?:du |de la |de l'|des |de |d')[^.;]{0,60}?\bpour (?:en )?(?:fournir|livrer|vendre|écouler|approvisionner)\b)", T.SUPPLY_CONTRACT, "supply", False),
    # "des contrats de plusieurs millions signés avec X": the contract comes before its verb
    (r"contrats? (?:[^.;]{0,60}?)sign(?:é|ée|és|ées) (?:par|avec)", T.SUPPLY_CONTRACT, "supply", False),
    # "serait-il prêt à céder": the adjective is no loan
    (r"(?:(?<!fin\s)prêt(?!e?s? (?:à|pour) )|aides? publiques?|aides? d'[ÉE]tat|plan de sauvetage|renflouement)", T.OTHER, "other", False),
    (r"renflou\w+", T.OTHER, "other", False),
    # "le FMI a débloqué une tranche de 2 milliards pour l'Ukraine": an instalment of a loan or aid
    (r"(?:nouvelle |première |deuxième |dernière )?tranches? (?:d'aide |de prêt |de crédit |du prêt |de l'aide )?(?:de|d'un montant de) (?:près de |plus de |environ )?\d(?:[\d.,]*\d)?", T.OTHER, "other", False),
    # "un crédit de 2 milliards", "une ligne de crédit": a loan; "un crédit d'impôt" is a tax break (no sum right after)
    (r"(?:un|le|ce|d'un|nouveau|premier) crédit (?!d'impôts? )(?:\S+ )?(?:de|d'un montant de) (?:près de |plus de |environ |quelque )?\d(?:[\d.,]*\d)?|lignes? de crédit", T.OTHER, "other", False),
    # "la banque Velkor a prêté 4 millions à Norvia": the verb, not only the noun, is a loan
    # ("prêter sa voix à X" lends no money: a sum comes before the borrower)
    (r"prêt(?:é|ée|és|ées|er|era|eront|erait|eraient|ait|aient|ent|e)(?= (?:[^.;]{0,40}?)(?:\d|millions?|milliards?)(?:[^.;]{0,40}?)(?:à|au|aux) )", T.OTHER, "other", False),
    # "une subvention de 5 millions", "une aide de 5 millions d'euros à Norvia": public money given to a named party
    (r"subventions?|aides? (?:financières? |publiques? |d'urgence |exceptionnelles? )?(?:de|d'un montant de) (?:près de |plus de |environ )?\d(?:[\d.,]*\d)?", T.OTHER, "other", False),
    # "l'Etat offre au groupe un soutien financier de 3 milliards": money given to a named party, like an aid
    (r"soutiens? financiers? (?:de|d'un montant de) (?:près de |plus de |environ )?\d(?:[\d.,]*\d)?", T.OTHER, "other", False),
    # "Velkor fournira 200 rames à la société Norvia": the verb of a supply names its customer after "à"
    (r"(?:fournira|fourniront|fournirait|fourniraient|fournit|fournissent|fournir|a fourni|ont fourni|livrera|livreront|livrerait|livreraient|livrer|a livré|ont livré)(?= (?:[^.;]{0,60}?)\b(?:à|au|aux) (?:l'|la |le |les )?(?:société |groupe |compagnie |constructeur |gouvernement |ministère |(?:région|ville|commune|métropole|département|collectivité|hôpital|armée|marine|université|aéroport|agglomération|opérateur|réseau) (?:de |d'|du )?)?[A-ZÉ])", T.SUPPLY_CONTRACT, "supply", False),
    # "le contrat a été attribué au groupe Velkor par la ville de Norvia": the awarder follows "par", the awardee "à"
    (r"(?:contrats?|marchés?|commandes?|chantiers?)(?: \S+){0,4}? (?:a|ont|avait|avaient) été (?:attribu|octroy|accord|confi)(?:é|ée|és|ées)", T.SUPPLY_CONTRACT, "order", False),
    # "Norvia a attribué au groupe Velkor un contrat": who awards orders, who is awarded supplies
    (r"(?:attribu|octroy|confi)(?:é|ée|és|ées|e|ent|era|eront|er|ait|aient)(?=(?: \S+){0,8}? (?:un |le |des |les |son |ses |la |l')?(?:contrats?|marchés?|commandes?|construction|chantier|gestion|exploitation|maintenance|entretien|fabrication|fourniture|livraison|réalisation|conception)\b)", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor équipera (motorisera) les avions de Norvia": the owner of the fleet equipped is the customer
    (r"(?:équip|motoris)(?:e|ent|era|eront|erait|eraient|ait|aient|er)(?= (?:les |la |le |l'|des |toute la |toute sa )(?:\S+ ){0,2}?(?:avions?|appareils?|trains?|rames?|navires?|véhicules?|voitures?|flottes?|hélicoptères?|bus|autobus|camions?|frégates?|sous-marins?) (?:de |du |d')(?:la |l'|le )?(?:(?:compagnie|groupe|société|constructeur|armée|marine|avionneur) )?[A-ZÉ])", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor va équiper la compagnie Norvia de 40 rames": who is equipped with counted goods is the customer
    (r"(?:équip(?:e|ent|era|eront|erait|er|é|ée|ait|aient))(?= (?:l'|la |le |les )?(?:(?:compagnie|société|groupe|armée|ville|région|flotte de) )?[A-ZÉ][^.;]{0,40}? (?:de|d'|en) (?:\S+ ){0,2}?\d)", T.SUPPLY_CONTRACT, "supply", False),
    # "Norvia ouvre son capital au groupe Velkor": the subject is invested in, the name after "à" invests
    (r"ouvr(?:e|ent|ir|ira|iront|ait|aient)(?: \S+)? (?:son|leur|leurs) capital(?= (?:à|au|aux) )|a ouvert (?:son|leur) capital(?= (?:à|au|aux) )", T.INVESTMENT, "fund", False),
    # "Norvia et Velkor ont conclu un accord de distribution": a plural subject names both parties
    (r"(?:ont|avaient|vont|devraient|viennent de) (?:\S+ )?(?:signé|signer|conclu|conclure|noué|nouer|scellé|sceller) (?:\S+ )?(?:un |une )(?:accord|contrat|partenariat|alliance|protocole)(?! (?:\S+ )?avec| de (?:fusion|rapprochement)\b| (?:\S+ )?(?:de |d['’])(?:fourniture|livraison|approvisionnement|sous-traitance|maintenance)\b)", T.PARTNERSHIP, "partner", False),
    # "La société Norvia a signé avec le groupe Velkor un contrat": the partner before the agreement
    (r"(?:sign\w+|conclu\w*|noué) avec(?= (?:[^.;]{0,60}?)\b(?:un |une |des |l')(?:accord|contrat|partenariat|protocole))", T.PARTNERSHIP, "partner", False),
    (r"s'alli(?:e|ent|er|era|eront|ait|aient) (?:à|au|aux)|s'associ(?:e|ent|er|era|eront|erait|eraient|ait|aient)? (?:avec|à|au|aux)|s'est associée? (?:avec|à|au|aux)|se sont associés (?:avec|à|au|aux)", T.PARTNERSHIP, "partner", False),
    # "La BEI accorde 50 millions d'euros à Norvia": a sum granted to a named party is a loan or aid
    # (not "verser", which is how fines and settlements are paid)
    (r"(?:accord|octroi|octroy|allou|débloqu)(?:e|ent|é|era|eront|ait|aient)(?= (?:[^.;]{0,30}?)\d(?:[^.;]{0,30}?)(?:millions?|milliards?)(?:[^.;]{0,30}?) (?:(?:à|au|aux|pour sauver|pour aider|pour soutenir|pour renflouer) (?:l'|la |le |les )?(?:société |groupe |compagnie |constructeur |start-up |startup |jeune pousse |entreprise |biotech )?|pour (?:l'|la |le )(?:société |groupe |compagnie |constructeur |start-up |startup |jeune pousse |entreprise |biotech ))[A-ZÉ])", T.OTHER, "other", False),
    # "a emprunté 2 milliards auprès de la banque Norvia", "une garantie de l'Etat sur un emprunt": borrowing from a named lender
    (r"emprunt(?:é|e|ent|era|eront|ait|aient|er)(?= (?:\S+ ){0,4}?\d[^.;]{0,40}? auprès d)|garanties?(?: publiques?)?(?= (?:de l'|d')[ÉE]tat)", T.OTHER, "other", False),
    # "Velkor a gagné un contrat de la ville de Lorvanie", "a gagné l'appel d'offres de Norvia": as "remporter"
    # ("gagner le marché chinois", "gagner des parts de marché" are sales, no contract)
    (r"gagn(?:e|ent|é|era|eront|ait|aient|er) (?:un |le |l['’]|ce |son |deux |trois |plusieurs )(?:(?:nouveau|nouvel|premier|gros|important) )?(?:contrats?|appels? d'offres|marchés? publics?)\b"
     r"|(?:remport\w+|gagn\w+|décroch\w+) (?:l['’]|un |le )appel d'offres", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor a passé une commande de 40 avions auprès de Norvia": who places the order buys
    (r"pass(?:é|e|ent|era|eront|ait|aient) (?:une |des |de nouvelles |une nouvelle |une première )?(?:pré-?)?commandes?", T.SUPPLY_CONTRACT, "order", False),
    # "Norvia s'approvisionne auprès de Velkor": who buys its supplies from a named maker orders from it
    (r"s['’](?:approvisionn|fourni)\w*(?= (?:\S+ ){0,5}?auprès d)|se (?:sont |est )?(?:approvisionn|fourni)\w*(?= (?:\S+ ){0,5}?auprès d)", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor approvisionne Norvia en gaz", "alimentera la ville de Lorvanie en électricité": a named party supplied
    (r"(?:approvisionn|aliment)(?:e|ent|era|eront|ait|aient|er|é|ée)(?= (?:l'|la |le |les )?(?:(?:groupe|société|ville|région|compagnie|usine|site) (?:de |d')?)?[A-ZÉ][\w'’-]*(?: [A-ZÉ][\w'’-]*)* en (?:gaz|électricité|pétrole|charbon|uranium|eau|carburant|kérosène|hydrogène|énergie|puces|composants|pièces|batteries|vaccins|masques)\b)", T.SUPPLY_CONTRACT, "supply", False),
    # "l'Etat va recapitaliser Velkor", "la recapitalisation de Velkor par l'Etat": new capital from a named holder
    (r"recapitalis(?:e|ent|er|era|eront|erait|é|ée|és|ait|aient)(?= (?:l'|la |le )?(?:(?:groupe|société|banque|compagnie|constructeur) )?[A-ZÉ])", T.INVESTMENT, "buy", False),
    (r"recapitalisation (?:d[eu']|de l[a'])", T.INVESTMENT, "buy", True),
    # "la Lorvanie s'est procuré 30 millions de doses auprès de Velkor", "a obtenu 12 avions de Norvia":
    # counted goods secured from a named maker are bought from it (money obtained is a loan, not this)
    (r"(?:s'(?:est|sont|était|étaient) (?:procuré|assuré|garanti)e?s?|se (?:procure|procurent|procurera|procureront|procurer)|(?:obten\w+|obtient|obtenu))(?= (?:\S+ ){0,3}?\d(?![^.;]{0,14}?(?:actions|titres|parts|obligations|%|pour cent|euros|dollars|francs|livres))[^.;]{0,60}?(?: auprès d| (?:de|du|des) (?:[a-zà-ÿ]\S* ){0,2}?[(A-ZÉ]| d['’][A-ZÉ]))", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor a réservé 100 millions de doses auprès de Norvia": a purchase of a counted quantity
    (r"(?:réserv|pré-?achet|précommand)(?:é|ée|és|ées|e|ent|era|eront|er|ait|aient)(?= (?:[^.;]{0,30}?)\d)", T.SUPPLY_CONTRACT, "order", False),
    # ("leur collaboration avec X" is mostly a person's work for a company: only the verb, or the noun between two names)
    (r"(?:collaboration|coopération) entre|(?:collabor|coopér)(?:er|era|eront|ait|aient) avec|(?:collabore|collaborent|coopère|coopèrent) avec|(?:vont|va|doivent) (?:collaborer|coopérer)", T.PARTNERSHIP, "partner", False),
    # "Norvia a fait l'objet d'un investissement de 70 millions de la part de Dastrel", "financée par Dastrel":
    # the subject receives the money
    (r"(?:fait l'objet|bénéfici\w+|reçu|reçoit|obtenu|obtient|obtiendra|recevra) (?:\S+ ){0,2}?d'(?:un|une) (?:nouvel |nouveau |nouvelle |premier |première )?(?:investissement|financement|apport|injection|augmentation de capital)|financée?s? (?:\S+ ){0,2}?par", T.INVESTMENT, "fund", False),
    # "Norvia a reçu un financement de 40 millions", "a reçu 40 millions d'euros du fonds Velkor": the subject receives the money
    # (money received from a named kind of giver only: not sales, fines or damages)
    (r"(?:reçu|reçoit|recevra|obtenu|obtient|obtiendra|décroché) (?:un|une) (?:nouvel |nouveau |nouvelle |premier |première )?(?:investissement|financement|apport|injection)"
     r"|(?:reçu|reçoit|recevra|obtenu|obtient)(?! (?:un |une |le |la |son |sa )?(?:prêt|crédit|emprunt|avance)s?\b)(?= (?:\S+ ){0,3}?\d[\d\s.,]*(?: millions?| milliards?)? (?:d'euros|de dollars|euros|dollars)(?: \S+){0,3}? (?:du|de la|de l'|des) (?:fonds|banque|investisseurs?|Etat|État|gouvernement)\b)", T.INVESTMENT, "fund", False),
    # "Norvia, dans laquelle Velkor a investi 40 millions": the relative's antecedent is invested in
    (r"(?:dans|au capital de) (?:laquelle|lequel|lesquelles|lesquels)(?=(?: \S+){1,5}? (?:a|ont|avait|avaient|va|vont|aurait) (?:\S+ )?(?:investi|injecté|pris une participation))", T.INVESTMENT, "invest", False),
    # "Norvia, dont le fonds Velkor a pris le contrôle en 2019": the relative's antecedent is bought by the name inside it
    (r"dont(?=(?: \S+){1,5}? (?:a|ont|avait|avaient|vient de|viennent de|va|vont) (?:pris|prendre) (?:le contrôle|la majorité))", T.ACQUISITION, "buy", False),
    # "l'acquisition auprès du groupe Velkor de son logiciel": the seller comes before what is bought
    (r"(?:acquisition|rachat|achat) auprès d(?:u|e|es|e la|e l')", T.ACQUISITION, "buy", False),
    # "l'Etat verse à Norvia une dotation en capital": equity a shareholder puts in, given like an aid
    (r"(?:dotations?|apports?) (?:en capital|en fonds propres)", T.INVESTMENT, "other", False),
    # "Velkor injecte 300 millions d'euros dans Norvia": money put into a company is an investment
    (r"inject\w+ (?:[^.]{0,40}?)(?:dans|au capital d[eu']|au capital de l[a'])", T.INVESTMENT, "invest", False),
    # "l'Etat apportera 3 milliards d'euros à Norvia", "a apporté 20 millions au capital de Norvia": a sum brought to a
    # named company is put into it (not "apporter son soutien à Norvia": a sum is needed)
    (r"apport(?:e|ent|era|eront|erait|eraient|é|er|ait|aient) (?:\S+ ){0,3}?\d[\d\s.,]*(?: millions?| milliards?)? (?:d'euros|de dollars|euros|dollars|€|\$)"
     r"(?: (?:supplémentaires|en capital|en fonds propres|au total|frais))? (?:au capital (?:de|du|d')|dans|à|au)(?= ?(?:la |le |l')?(?:(?:groupe|société|start-up|compagnie|banque|constructeur) )?[A-ZÉ])", T.INVESTMENT, "invest", False),
]
# de: a bid for a company ("Angebot", "Übernahmeangebot", "Gegenangebot", "Offerte") and a bidder named after it
_DE_BID = r"(?:Übernahme|Kauf|Gegen|Konkurrenz)?(?:[Aa]ngebot|[Oo]fferte|[Gg]ebot)(?:e|s|en)?"
_DE_BIDDER = r"(?:der |dem |den )?(?:[a-zäöüß]+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*){0,2}"

# a site or structure that is built: "ein Werk", "eine Brücke", "ein Rechenzentrum", "eine Batteriefabrik"
_DE_STRUCTURE = (
    r"(?:Werk|Fabrik|Rechenzentrum|Brücke|Tunnel|Kraftwerk|Bahnhof|Hafen|Flughafen|Terminal|Krankenhaus|Klinik|Stadion|"
    r"(?!Netz|Regel|Hand|Feuer|Bau|Bündnis)[A-ZÄÖÜ][a-zäöüß]+(?:werk|fabrik|zentrum|brücke|tunnel|bahnhof|hafen|terminal))"
)

_DE_TRIGGERS: list[tuple[str, DealType, str, bool]] = [
    (r"(?:wurde|wurden|ist|sind|war) (?:[^.,]{0,40}?)(?:übernommen|gekauft|erworben) (?:worden )?(?:von|vom|durch)", T.ACQUISITION, "passive", False),
    # "X wird von Y übernommen": in German the agent stands before the participle
    # ("X ist von Y übernommen worden": the perfect passive)
    # ("wird vom Konkurrenten Velkor übernommen": "vom" is "von dem")
    (r"(?:wird|werden|wurde|wurden|soll|sollen|ist|sind|war|waren) (?:\S+ ){0,3}?(?:von|vom|durch) (?:\S+ ){1,4}?(?:übernommen|gekauft|erworben)", T.ACQUISITION, "passive", False),
    # "Übernommen wird Norvia von Velkor": the participle fronted, the company bought after the auxiliary, the agent after "von"
    (r"(?<![\w-])(?:Übernommen|Gekauft|Erworben|Geschluckt) (?:wird|werden|wurde|wurden) (?:\S+ ){1,4}?(?:von|vom|durch)", T.ACQUISITION, "passive", False),
    # "Für Norvia zahlt Velkor 300 Millionen Euro": the company paid for fronted after "Für", the payer after the verb
    (r"Für(?= (?:die |den |das |der )?(?:[a-zäöüß]+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*){0,2} (?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte) "
     r"(?:die |den |das |der )?(?:[a-zäöüß]+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*){0,2} (?:(?:rund|knapp|etwa|über|mehr als|bis zu) )?\d[\d.,]* (?:Millionen|Milliarden|Mio\.|Mrd\.))", T.ACQUISITION, "buy", False),
    # "Den Zuschlag für Norvia erhielt Velkor": a company awarded to the bidder named after the verb (read as "Für ...")
    (r"(?<=[Dd]en\sZuschlag\s)für(?= (?:die |den |das |der )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*){0,2} (?:erhielt|erhält|bekam|bekommt|hat|hatte) )", T.ACQUISITION, "buy", False),
    # "Norvia soll an die Velkor AG verkauft werden", "ist an Velkor verkauft worden": the subject is sold to the name after "an"
    (r"(?:wird|werden|wurde|wurden|soll|sollen|ist|sind|war|waren) (?:\S+ ){0,5}?an(?= (?:die |den |das |der )?(?:\S+ ){1,4}?(?:verkauft|veräußert) (?:werden|worden)(?= |[.,;]|$))", T.DIVESTITURE, "passive", False),
    (r"biete[nt]? (?:\S+ ){0,2}?für(?= (?:den |die |das )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", False),
    # "Velkor bietet 40 Euro je Aktie für Norvia", "bot 2 Milliarden Euro für": a price offered for a company
    (r"(?:biete[nt]?|bot|boten|geboten) (?:(?:rund|knapp|etwa|über|bis zu|mehr als) )?\d[\d.,]* (?:(?:Millionen|Milliarden|Mio\.|Mrd\.) )?(?:Euro|Dollar|Franken|Pfund)(?: (?:je|pro) Aktie)? für(?= (?:den |die |das )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", False),
    # "Velkor zahlt 300 Millionen Euro für Norvia", "zahlt für die Norvia GmbH einen dreistelligen Millionenbetrag": a price paid
    # (not "für die Rechte an ...", "für die Lizenz": rights or a licence bought are no company bought)
    (r"(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|gezahlt) (?:(?:rund|knapp|etwa|über|mehr als|bis zu) )?(?:\d[\d.,]* (?:(?:Millionen|Milliarden|Mio\.|Mrd\.) )?(?:Euro|Dollar|Franken|Pfund)|(?:einen|eine) (?:\S+ ){0,2}?(?:Millionen|Milliarden)\w+) für(?= (?:die |den |das |der )?(?!(?:je|jede[nmrs]?|pro)\b)(?!(?:[a-zäöüß]+ )?[\w-]*(?:[Rr]echte|[Ll]izenz))(?:[a-zäöüß]+ )?[A-ZÄÖÜ])"
     r"|(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|gezahlt) für(?= (?:die |den |das |der )?(?:\S+ ){1,4}?(?:(?:rund|knapp|etwa|über|mehr als|bis zu) )?(?:\d[\d.,]* (?:Millionen|Milliarden|Mio\.|Mrd\.)|(?:einen|eine) (?:\S+ ){0,2}?(?:Millionen|Milliarden)\w+))", T.ACQUISITION, "buy", False),
    # "Velkor bietet den Aktionären der Norvia SE 30 Euro je Aktie": a tender to a company's shareholders
    (r"(?:biete[nt]?|bot|boten) den (?:\S+ )?Aktionären(?= (?:der|des|von) )", T.ACQUISITION, "buy", False),
    # "Velkor greift nach Norvia", "der Griff nach der Norvia AG": a bid for a company
    (r"(?:greift|griff|greifen|griffen|gegriffen|Griff) (?:\S+ ){0,2}?nach(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ][\w&-]*)", T.ACQUISITION, "buy", False),
    # "die Übernahme durch Velkor": the agent of the deal noun buys, the company the sentence is about is bought
    (r"(?:Übernahme|Kauf|Erwerb|Akquisition|Komplettübernahme) durch", T.ACQUISITION, "passive", False),
    # ("die Übernahme der Norvia Bank unter die Aufsicht der Notenbank": a bank put under supervision is not bought)
    (r"(?:Übernahme (?:von|der|des|eines|einer)|Kauf (?:von|der|des|eines|einer)|Erwerb (?:von|der|des|eines|einer)|Akquisition (?:von|der|des|eines|einer))"
     r"(?! (?:\S+ ){0,3}?unter (?:die |der |den |eine |staatliche |\S+ )?(?:\S+ )?(?:Aufsicht|Staatsaufsicht|Zwangsverwaltung|Verwaltung|Kuratel)\b)", T.ACQUISITION, "buy", True),
    # "Norvia erhielt ein Kaufangebot von Velkor", "Norvia hat ein Angebot von Velkor erhalten": who receives a bid is bid
    # for, the bidder follows "von" (the words between name no other deal: "ein Angebot zur Übernahme von Dastrel")
    (r"(?:erhält|erhielt|erhielten|bekommt|bekam|bekamen) (?:\S+ ){0,3}?" + _DE_BID + r" (?:(?!Übernahme|Kauf|Erwerb|Beteiligung)\S+ ){0,6}?(?:von|vom)(?= " + _DE_BIDDER + r")"
     r"|" + _DE_BID + r" (?:(?!Übernahme|Kauf|Erwerb|Beteiligung)\S+ ){0,6}?(?:von|vom)(?= " + _DE_BIDDER + r"[^.;:,]{0,60}?\b(?:erhalten|bekommen)\b)", T.ACQUISITION, "passive", False),
    # "Norvia hat von Velkor ein Angebot erhalten", "Norvia erhielt von Velkor ein Kaufangebot": the bidder before the bid
    (r"(?:erhält|erhielt|erhielten|bekommt|bekam|bekamen) (?:von|vom)(?= " + _DE_BIDDER + r" (?:ein|eine|das|ein neues|ein verbessertes|ein erstes) " + _DE_BID + r"\b)"
     r"|(?:von|vom)(?= " + _DE_BIDDER + r" (?:ein|eine|das|ein neues|ein verbessertes|ein erstes) " + _DE_BID + r"\b[^.;:,]{0,60}?\b(?:erhalten|bekommen)\b)", T.ACQUISITION, "passive", False),
    # "Norvia hat das Angebot von Velkor abgelehnt", "lehnt das Übernahmeangebot der Velkor AG ab": who turns a bid down
    # is bid for, the bidder follows (a bid with no bidder named, "das Angebot, nach Berlin umzuziehen", reads none)
    (r"(?:lehnt|lehnte|lehnten|weist|wies|wiesen) (?:\S+ ){0,3}?" + _DE_BID + r" (?:(?!Übernahme|Kauf|Erwerb|Beteiligung)\S+ ){0,4}?(?:von|vom|der|des)(?= " + _DE_BIDDER + r"[^.;:]{0,40}? (?:ab|zurück)(?=[ .,;:]|$))"
     r"|" + _DE_BID + r" (?:(?!Übernahme|Kauf|Erwerb|Beteiligung)\S+ ){0,4}?(?:von|vom|der|des)(?= " + _DE_BIDDER + r"[^.;:,]{0,40}?\b(?:abgelehnt|zurückgewiesen|ausgeschlagen)\b)", T.ACQUISITION, "passive", False),
    (r"Übernahmeangebot|Kaufangebot|Übernahmeofferte", T.ACQUISITION, "buy", False),
    # "legt ein Gegenangebot für Norvia vor", "ein Konkurrenzangebot für die Norvia AG": a rival bid for a named company (a
    # "Konkurrenzangebot zu X" is a rival product, no bid: only "für"/"auf" and a name make it one)
    (r"(?:Gegenangebot|Konkurrenzangebot|Gegengebot|Gegenofferte|Konkurrenzofferte)(?:e|s|en)?(?= (?:\S+ ){0,4}?(?:für|auf) (?:die |den |das |der )?(?:[a-zäöüß]+ )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", False),
    # "der Ankauf von Norvia", "nach dem Ankauf der Norvia GmbH durch Velkor": "Ankauf" is "Kauf" (read as such, noun and agent)
    (r"Ankauf durch", T.ACQUISITION, "passive", False),
    (r"Ankauf (?:von|der|des|eines|einer)(?= (?:\S+ ){0,3}?[A-ZÄÖÜ])", T.ACQUISITION, "buy", True),
    # "hat Übernahmepläne für die Norvia GmbH", "führt Übernahmegespräche mit Norvia": a takeover planned or negotiated
    (r"(?:Übernahme|Kauf)(?:pläne|plänen|gespräche|gesprächen|verhandlungen|absichten|interesse)(?= (?:für|mit|um) (?:die |den |das |der |dem )?(?:[a-zäöüß]+ )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", False),
    # "Velkor und Dastrel haben ihr Kaufinteresse bekundet": suitors of the company just named (followups.de_suitors)
    (r"(?:Kauf|Übernahme)interesse (?:\S+ ){0,3}?(?:bekundet|angemeldet|signalisiert|geäußert|bekunden|anmelden|signalisieren)(?= |[.,;]|$)"
     r"|(?:bekundet|bekundete|bekundeten|meldete|meldeten|signalisierte|signalisierten) (?:\S+ ){0,4}?(?:ihr|sein|ihre|seine)? ?(?:Kauf|Übernahme)interesse", T.ACQUISITION, "buy", False),
    # "hat die Norvia GmbH ersteigert": bought at auction
    (r"ersteigert\w*|ersteigern", T.ACQUISITION, "buy", False),
    # "hat ihr Angebot für die Norvia GmbH zurückgezogen": a bid for a named company (roles in roles.de.sellers._de_bid_for)
    (r"(?:Angebot|Gebot|Offerte)(?= für (?:die |den |das )?(?:[a-zäöüß]+ )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", False),
    # "Norvia wird Teil der Velkor-Gruppe": the subject joins the group that buys it
    # (the group named as one: "Teil der Lösung" is none)
    (r"(?:wird|werden|wurde|wurden|soll|sollen|ist|war) (?:\S+ ){0,2}?Teil (?:der|des|von)(?= [A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w]*| (?:AG|GmbH|SE|Holding|Gruppe|Group)\b))", T.ACQUISITION, "passive", False),
    # "Velkor verleibt sich den Konkurrenten Norvia ein", "hat sich Norvia einverleibt": a company swallowed
    (r"(?:verleibt|verleibte|verleiben) sich(?= (?:\S+ ){1,5}?ein(?= |[.,;]|$))|einverleibt|einverleiben|einzuverleiben", T.ACQUISITION, "buy", False),
    # "die Verstaatlichung der Velkor Bank", "Velkor wurde notverstaatlicht": the state takes the company over
    (r"(?:Not)?[Vv]erstaatlichung (?:der|des|von)|(?:not)?verstaatlicht\w*|(?:not)?verstaatlichen", T.ACQUISITION, "buy", False),
    # "die Privatisierung der Velkor", "Norvia wird privatisiert": the state sells the company
    (r"(?:Teil)?[Pp]rivatisierung (?:der|des|von)|(?:teil)?privatisiert\w*|(?:teil)?privatisieren", T.DIVESTITURE, "sell", False),
    # "Verkauft wird die Tochter Norvia": the participle first, what is sold after the auxiliary
    (r"Verkauft (?:werden soll|werden sollen|wird|werden|wurde|wurden)(?= )", T.DIVESTITURE, "sold_by", False),
    # "Käufer ist der Finanzinvestor Velkor": the buyer named after the copula, the article's company sold (roles in _de_named_after)
    (r"(?:Käufer|Käuferin|Erwerber|Erwerberin) (?:ist|sind|war|waren|wird|werden|sei|wäre|soll)(?= )", T.DIVESTITURE, "sell", False),
    # "Norvias neuer Eigentümer Velkor", "Velkor ist neuer Eigentümer der Norvia": a change of owner (roles in _de_new_owner)
    (r"neue[rn]? (?:Eigentümer|Eigentümerin|Besitzer|Besitzerin|Eigner|Mehrheitseigner|Haupteigner|Hauptaktionär|Mehrheitsaktionär)", T.ACQUISITION, "buy", False),
    (r"[A-Z][\w&]*(?:-[A-Z][\w&]*)?-(?:Übernahme|Zukauf)", T.ACQUISITION, "buy", True),
    # "der Norvia-Zulieferer Velkor": a maker named by whom it supplies (roles in roles.de)
    (r"[A-Z][\w&]*-Zulieferer(?= (?:[a-zäöüß]+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "supply", True),
    # "der Norvia-Käufer Velkor": a buyer named by what it bought, the compound's head names the company bought
    (r"[A-Z][\w&]*(?:-[A-Z][\w&]*)?-(?:Käufer|Käuferin|Erwerber|Erwerberin)(?= (?:[a-zäöüß]+ )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", True),
    # ("an der Mehrheit der Abgeordneten scheitern": a majority of people, not of a company)
    (r"Zukauf (?:von|der|des)|zugekauft|zukaufen|Mehrheit (?:an|bei|von|der|des)(?! (?:\S+ )?(?:Republikaner|Demokraten|Abgeordneten|Parlamentarier|Wähler|Bürger|Befragten|Mitglieder|Stimmen|Deutschen|Österreicher|Schweizer|Parteien|Länder|Staaten|Menschen|Experten|Ökonomen|Analysten|Mitarbeiter|Beschäftigten)\b)", T.ACQUISITION, "buy", False),
    (r"Finanzspritze|Kapitalspritze|Staatsbeteiligung", T.OTHER, "other", False),
    # "der Staat rettet Velkor mit 2 Milliarden": a bail-out; the rescuer pays (roles swapped in roles.de.funding.de_rescue)
    (r"rettet|rettete|retteten", T.OTHER, "other", False),
    # "die Velkor AG leiht der Norvia 50 Millionen": a loan from the subject
    (r"(?:leiht|lieh|liehen|verleiht)(?= (?:[^.;]{0,40}?)(?:Millionen|Milliarden|Mio\.|Mrd\.|Euro|Dollar|Franken))", T.OTHER, "other", False),
    (r"(?:Überbrückungs|Rettungs|Staats|Sonder|Konsortial|Not|Förder)kredit(?:e|en)?|(?:Staats|Bundes|Landes)?[Gg]arantien?(?= (?:für|über|des|der|von) )|Staatsgarantien?", T.OTHER, "other", False),
    # "der Bund stützt Velkor mit zwei Milliarden", "das Land fördert Norvia mit 10 Millionen": aid paid by the subject
    (r"(?:stützt|stützte|stützen|unterstützt|unterstützte|fördert|förderte|fördern)(?= (?:die |den |das |der )?(?:\S+ ){1,3}?mit (?:\S+ ){0,3}?(?:Millionen|Milliarden|Million|Milliarde|Mio\.|Mrd\.))", T.OTHER, "other", False),
    # "der Bund hatte Velkor 2020 mit zwei Milliarden gestützt": the same aid told in the perfect, the participle last
    # right after the sum (a passive, "... gerettet worden", and "wären die Jobs gerettet" are none)
    (r"(?:(?<=Euro\s)|(?<=Dollar\s)|(?<=Franken\s)|(?<=Millionen\s)|(?<=Milliarden\s))(?:gestützt|unterstützt|gefördert|gerettet)(?=\s*[.,;:]|\s+und\b)", T.OTHER, "other", False),
    # "Velkor kauft bei Norvia 30 Flugzeuge": goods bought from a maker, no company changes hands
    # "Velkor kauft sich bei Norvia ein", "muss sich in Norvia einkaufen": buying into a company is a stake
    (r"(?:kauft|kaufte|kaufen|kauften) sich (?:\S+ ){0,4}?(?:bei|beim|in) (?:\S+ ){1,4}?ein(?= |[.,;]|$)|sich (?:\S+ ){0,4}?(?:bei|in) (?:\S+ ){1,4}?(?:einkaufen|eingekauft)", T.INVESTMENT, "buy", False),
    # "Velkor verkauft 40 Züge an Norvia": goods counted and sold to a named buyer are a supply contract (a count of
    # shares or a sum is a stake or a price), as French "vend 40 avions à"
    (r"(?:verkauft|verkaufte|verkaufen|verkauften)(?= (?:\S+ ){0,3}?\d[\d.,]* (?!(?:Prozent|Aktien|Anteile|Millionen|Milliarden|Mio\.|Mrd\.|Euro|Dollar|Franken)\b)[A-ZÄÖÜ][\w-]*(?: \S+){0,4}? an (?:die |den |das |der )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "supply", False),
    # "Norvia erhält 40 Züge von Velkor": goods counted and received from a named maker
    (r"(?:erhält|erhielt|bekommt|bekam|erhalten|bekommen)(?= (?:\S+ ){0,2}?\d[\d.,]* (?:neue |weitere )?(?!(?:Prozent|Aktien|Anteile|Millionen|Milliarden|Mio\.|Mrd\.|Euro|Dollar|Franken|Stimmen|Punkte)\b)[A-ZÄÖÜ][\w-]*(?: \S+){0,3}? (?:von|vom) (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "order", False),
    (r"(?:kauft|kaufte|kaufen|kauften|gekauft) (?!sich )(?:\S+ )?bei(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "order", False),
    # "Die Bundeswehr kauft 100 Panzer beim Rüstungskonzern Velkor": counted goods bought from a maker
    (r"(?:kauft|kaufte|kaufen|kauften|gekauft) (?:\d[\d.,]* (?:(?:Millionen|Milliarden|neue|weitere) )?[A-ZÄÖÜ]\S* )beim?(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor will Norvia kaufen", "dass Velkor Norvia kaufen wolle": the bare infinitive with a modal of its clause
    # (kept in find_triggers only then: "Aktien zu kaufen", "die Kunden kaufen" are no deal)
    (r"übernimmt|übernahm|übernommen|übernehmen|kauft|kaufte|gekauft|kaufen|erwirbt|erwarb|erworben|erwerben|schluckt\w*|geschluckt|abgekauft", T.ACQUISITION, "buy", False),
    # "Velkor hat Norvia aufgekauft", "kauft die Norvia GmbH auf": buying up (the particle closes the clause)
    (r"aufgekauft|aufkaufen|aufzukaufen|(?:kauft|kaufte|kauften) (?:\S+ ){1,6}?auf(?=[.,;:]|$| (?:und|oder|sowie|–) )", T.ACQUISITION, "buy", False),
    # "will Norvia schlucken", "legt ein Angebot für Norvia vor"
    (r"schlucken|(?:legt|legte|legen|unterbreitet\w*|macht|machte) (?:\S+ ){0,4}?(?:Angebot|Gebot|Offerte) (?:\S+ ){0,3}?für(?= (?:die |den |das )?[A-ZÄÖÜ])", T.ACQUISITION, "buy", False),
    # "ist zum größten Aktionär von Norvia aufgestiegen", "wurde Mehrheitseigner der Norvia": a holder who bought in
    # ("Die Aktionäre von Norvia haben zugestimmt": the shareholders at large, with their article, hold no named stake)
    (r"(?:Groß|Haupt|Mehrheits)?[Aa]ktionär (?:von|bei)|(?<![Dd]ie\s)(?<![Dd]en\s)(?:Groß|Haupt|Mehrheits)?[Aa]ktionär(?:e|en) (?:von|bei)|(?:Groß|Haupt|Mehrheits)[Aa]ktionär (?:der|des)|Mehrheitseigner (?:von|bei|der|des)", T.INVESTMENT, "buy", False),
    # "hat seine Beteiligung an Norvia auf unter ein Prozent reduziert": the verb at the end sells the stake down
    (r"(?:Anteil|Anteile|Beteiligung|Aktienpaket) (?:an|am|bei) (?:[^.;]{0,90}?)(?:reduziert|verringert|gesenkt|verkleinert)", T.DIVESTITURE, "sell", False),
    # "hat ihren Anteil an Norvia auf 30 Prozent aufgestockt": the stake raised, the verb at the end
    (r"(?:Anteil|Anteile|Beteiligung|Aktienpaket) (?:an|am|bei) (?:[^.;]{0,90}?)(?:aufgestockt|erhöht|ausgebaut)(?= |[.,;]|$)", T.INVESTMENT, "buy", False),
    # ("beteiligt sich an der Finanzierungsrunde von Norvia": the round is read by its own noun)
    (r"(?:beteiligt|beteiligte|beteiligten|beteiligen) sich(?! (?:\S+ ){0,3}?(?:an|bei) (?:der|einer) (?:\S+ )?(?:Finanzierungsrunde|Kapitalerhöhung))|Beteiligung (?:an|von)|steigt (?:\S+ ){0,5}?ein|eingestiegen", T.INVESTMENT, "buy", False),
    # "Velkor zahlt 300 Millionen Euro für 20 Prozent an Norvia": a price paid for a stake in a company
    (r"(?:zahlt|zahlte|zahlen|zahlten|bezahlt|bezahlte|gezahlt) (?:\S+ ){0,6}?für (?:\S+ ){0,3}?(?:Prozent|Anteile?|Aktien) (?:an|am|der|des|von)(?= (?:der |dem |den )?[A-ZÄÖÜ])", T.INVESTMENT, "buy", False),
    # "Der Bund steigt mit 20 Prozent bei der Velkor AG ein", "Velkor stieg 2019 bei Norvia ein": the stake's size and
    # the Präteritum push the particle past the short frame above ("stieg in die Branche ein" is a market, not a company);
    # an inverted subject comes on top ("Im Mai steigt die Velkor AG mit 20 Prozent bei Norvia ein")
    (r"(?:steigt|stieg|steigen|stiegen) (?:\S+ ){0,7}?(?:bei|beim) (?:der |dem |den |die |das )?(?:\S+ ){1,3}?ein(?=[.,;:]|$| (?:und|sowie|als|–) )", T.INVESTMENT, "buy", False),
    # "Velkor hat sich mit 12 Prozent an der Norvia AG beteiligt": the participle closes the frame, the stake's company sits inside
    # (an inverted subject and the stake's size fill it: "hatte sich Velkor Online schon mit knapp 10 Prozent am ...")
    (r"sich (?:\S+ ){0,9}?(?:an|am|bei|beim) (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)? (?:beteiligt|beteiligen|zu beteiligen)", T.INVESTMENT, "buy", False),
    # "erhöht ihren Anteil an Norvia", "stockt bei Norvia auf": a stake raised
    (r"(?:erhöht\w*|stockt\w*|baut\w*) (?:\S+ ){0,2}?(?:Anteil|Anteile|Beteiligung|Aktienpaket|Stimmrechtsanteil) (?:an|am|bei|beim)|stockt\w* (?:\S+ ){0,3}?(?:bei|beim|an|am) (?:\S+ ){1,4}?auf(?= |[.,;]|$)", T.INVESTMENT, "buy", False),
    # "reduziert ihre Beteiligung an Norvia": a holder sells down
    (r"(?:reduziert\w*|verringert\w*|senkt\w*|verkleinert\w*) (?:\S+ ){0,2}?(?:Anteil|Anteile|Beteiligung|Aktienpaket|Stimmrechtsanteil) (?:an|am|bei|beim)", T.DIVESTITURE, "sell", False),
    # "sicherte sich einen Anteil von 20 Prozent an Norvia", "der Einstieg bei Norvia": a stake taken in a named company
    (r"(?:Anteil|Anteile|Aktienpaket) von (?:\S+ ){1,3}?Prozent (?:an|am)|(?:Anteil|Anteile|Aktienpaket) (?:an|am) (?:\S+ ){1,5}?(?:gesichert|erworben|gekauft|übernommen|aufgestockt)|Einstieg (?:bei|beim|in|ins)", T.INVESTMENT, "buy", False),
    # "hat sich 28 Prozent an Norvia gesichert": the share counted in per cent
    (r"Prozent (?:an|am) (?:\S+ ){1,5}?(?:gesichert|erworben|gekauft|übernommen)", T.INVESTMENT, "buy", False),
    # "Velkor hält 30 Prozent an Norvia", "besitzt Anteile an der Norvia AG": a stake held is a stake once taken (a share of
    # votes or of a market is held "der Stimmen", "des Marktes", never "an" a company)
    (r"(?:hält|hielt|halten|hielten|besitzt|besaß|besitzen|besaßen) (?:\S+ ){0,4}?(?:Prozent|Anteile|einen Anteil|eine Beteiligung|die Mehrheit|ein Aktienpaket) (?:an|am)(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.INVESTMENT, "buy", False),
    # "hat für die Anteile der Norvia ein Angebot gelegt": the bid with its verb last
    (r"für (?:\S+ ){1,10}?(?:ein |verbindliche |ein verbindliches )?(?:Angebote?|Gebote?|Kaufangebote?|Übernahmeangebote?) (?:gelegt|abgegeben|vorgelegt|unterbreitet|eingereicht)", T.ACQUISITION, "buy", False),
    # "Velkor steigt bei Norvia aus", "ist bei Norvia ausgestiegen": a holder's exit sells its stake
    (r"(?:steigt|stieg|steigen|stiegen) (?:\S+ ){0,4}?(?:bei|beim) (?:\S+ ){1,4}?aus(?= |[.,;]|$)|(?:bei|beim) (?:\S+ ){1,4}?ausgestiegen|Ausstieg (?:bei|beim)(?= )", T.DIVESTITURE, "sell", False),
    # "hat einen Käufer für Norvia gefunden", "Velkor stellt Norvia zum Verkauf": a sale agreed or offered
    (r"Käufer (?:für (?:\S+ ){1,4}?)?gefunden|(?:findet|fand|fanden) (?:\S+ ){0,3}?Käufer|(?:stellt|stellte|stellen) (?:\S+ ){1,5}?zum Verkauf|zum Verkauf gestellt", T.DIVESTITURE, "sell", False),
    # "Die Norvia GmbH geht an die Velkor AG": a company passing to a named buyer (not "an die Börse", "an den Start")
    (r"(?:geht|ging|gehen|gingen) (?:\S+ )?(?:für (?:\S+ ){1,5}?)?an(?= (?:die |den |das )?(?:\S+ )?(?!(?:Börse|Start|Arbeit|Grenze|Substanz|Öffentlichkeit|Kunden|Aktionäre|Mitarbeiter|Gläubiger)\b)[A-ZÄÖÜ])", T.ACQUISITION, "passive", False),
    # "Die Norvia GmbH geht in den Besitz der Velkor AG über": the subject passes to the owner named after
    (r"(?:geht|ging|gehen|gingen) (?:\S+ )?in (?:den )?(?:Besitz|Eigentum|Mehrheitsbesitz) (?:der|des|von)(?= (?:\S+ ){1,5}?über(?= |[.,;]|$))", T.ACQUISITION, "passive", False),
    # "Norvia steht zum Verkauf", "Norvia wechselt den Besitzer": the subject is what is sold
    (r"(?:steht|stehen|stand|standen) (?:\S+ ){0,2}?zum Verkauf", T.DIVESTITURE, "sold_by", False),
    (r"(?:wechselt|wechselte|wechseln|wechselten) (?:\S+ )?(?:den|die) (?:Besitzer|Eigentümer|Eigner|Hände)", T.ACQUISITION, "passive", False),
    # "Norvia gehört künftig zur Velkor AG": a change of owner (not "gehört zur Velkor", which only says who owns it)
    (r"(?:gehört|gehören|gehörte|gehörten) (?:\S+ )?(?:künftig|bald|nun|jetzt|ab sofort|fortan|demnächst|mehrheitlich) (?:\S+ )?(?:zur|zum|zu)(?= )", T.ACQUISITION, "passive", False),
    # ("trennte sich im Mai von seiner Tochter": the Präteritum and a date between)
    (r"verkauft\w*|veräußer\w+|abgestoßen|abstoßen|(?:trennt|trennte|trennten) sich (?:(?!von )\S+ ){0,4}?von|Verkauf (?:von|der|des)", T.DIVESTITURE, "sell", False),
    # "Velkor versilbert ihre Anteile an Norvia": cashing in a holding is selling it
    (r"versilbert|versilberte|versilberten|versilbern", T.DIVESTITURE, "sell", False),
    # "der Verkauf seiner Tochter Norvia", "der Verkauf an die Velkor AG": the sale names what is sold or the buyer
    (r"Verkauf (?:seiner|ihrer|eines|einer|an)|Verkaufs (?:von|der|des|seiner|ihrer|an)", T.DIVESTITURE, "sell", False),
    # "hat die Tochter Norvia an Dastrel abgegeben", "stößt Norvia ab", "spaltet die Sparte Norvia ab": sales and spin-offs
    # "Velkor gibt die Sparte Tessmar an Norvia ab": the separable verb names what is sold, then the buyer after "an"
    (r"(?:gibt|gab|geben|gaben)(?= (?:\S+ ){1,6}?an (?:die |den |das |der |dem )?(?:\S+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)? ab(?= |[.,;]|$))", T.DIVESTITURE, "sell", False),
    (r"abgegeben|abzugeben|(?:stößt|stieß|stoßen) (?:\S+ ){1,6}?ab(?= |[.,;]|$)|(?:spaltet|spaltete|spalten) (?:\S+ ){1,6}?ab(?= |[.,;]|$)|abgespalten|Abspaltung (?:der|des|von)"
     # "Velkor gliedert seine Sparte Norvia aus": a spin-off
     r"|(?:gliedert|gliederte|gliedern|gliederten) (?:\S+ ){1,6}?aus(?= |[.,;]|$)|Ausgliederung (?:der|des|von)", T.DIVESTITURE, "sell", False),
    # "will die Sparte an Norvia verkaufen", "Velkor zu verkaufen": the infinitive with a named buyer or company sold
    (r"(?:zu )?verkaufen", T.DIVESTITURE, "sell", False),
    # "Velkor will ihre Sparte Norvia abgeben": a unit given up, its frame closed by the infinitive
    (r"(?:Sparte|Tochter|Tochtergesellschaft|Geschäftsbereich)(?= (?:\S+ ){1,4}?(?:an (?:\S+ ){1,4}?)?abgeben(?= |[.,;]|$))", T.DIVESTITURE, "sell", False),
    (r"(?:sucht|suchen) (?:\S+ ){0,2}?Käufer(?: für)?|sich (?:\S+ ){0,2}?von (?:\S+ ){0,8}?(?:trennen|getrennt)", T.DIVESTITURE, "sell", False),
    # "haben sich auf eine Fusion geeinigt": agreeing on a merger
    (r"fusion\w*|Fusion (?:mit|von|der|des|zwischen)|(?:auf|über) (?:eine|die|ihre) Fusion\b|Zusammenschluss", T.MERGER, "merge", False),
    # "Velkor verschmilzt mit Norvia", "Norvia wird auf die Velkor AG verschmolzen": the legal word for a merger, with its
    # partner after "mit"/"auf" (not "Atomkerne verschmelzen", "zu Helium verschmolzen": physics)
    (r"(?:verschmilzt|verschmelzen|verschmolz|verschmolzen) (?:\S+ ){0,2}?mit(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])|Verschmelzung (?:mit|von|der|des|zwischen|auf)"
     r"|(?:auf|mit) (?:die |den |das |der |dem )?(?:\S+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)? (?:verschmolzen|verschmelzen)(?= |[.,;:]|$)", T.MERGER, "merge", False),
    # "Velkor und Norvia legen ihre Geschäfte zusammen", "die Zusammenlegung der Sparten von Velkor und Norvia"
    (r"(?:legen|legten|legt|legte) (?:\S+ ){0,3}?(?:Geschäfte|Geschäft|Sparten|Sparte|Aktivitäten|Geschäftsbereiche|Geschäftsbereich|Unternehmen|Töchter) (?:\S+ ){0,3}?zusammen(?= |[.,;]|$)|zusammenlegen|zusammengelegt|Zusammenlegung (?:der|von|ihrer)", T.MERGER, "merge", False),
    # "Velkor und Norvia schließen sich zu einem Konzern zusammen"
    (r"(?:schlossen|schließen|schließt|schloss) sich (?:\S+ ){0,6}?zusammen|zusammengeschlossen", T.MERGER, "merge", False),
    # "Velkor geht mit Norvia zusammen", "Velkor und Norvia wollen zusammengehen": two companies become one
    (r"(?:geht|gehen|ging|gingen) (?:\S+ ){0,4}?mit (?:der |dem |den )?(?:\S+ ){1,4}?zusammen(?=[.,;:]|$| (?:und|sowie|–) )|zusammengehen|zusammenzugehen|zusammengegangen", T.MERGER, "merge", False),
    (r"Gemeinschaftsunternehmen|Joint Venture|Joint-Venture", T.JOINT_VENTURE, "partner", False),
    # "gründen ein gemeinsames Unternehmen", "eine gemeinsame Tochter"
    (r"gemeinsame[ns]? (?:Tochter|Tochterfirma|Tochtergesellschaft|Unternehmen|Firma|Gesellschaft)", T.JOINT_VENTURE, "partner", False),
    # "spannt mit Norvia zusammen", "verbündet sich mit Norvia", "auf eine Zusammenarbeit geeinigt" (two named parties needed)
    (r"spann\w* (?:\S+ ){0,8}?zusammen|verbünde\w*|(?:tun|tut|taten|tat) sich (?:\S+ ){0,8}?zusammen|auf eine (?:\S+ )?(?:Zusammenarbeit|Kooperation|Partnerschaft)", T.PARTNERSHIP, "partner", False),
    # "Velkor und Norvia haben ihre Zusammenarbeit beendet": the partnership of the plural subject ends
    (r"(?:ihre|seine) (?:\S+ )?(?:Zusammenarbeit|Kooperation)(?= (?:\S+ ){0,3}?(?:beendet|aufgekündigt|gekündigt)(?= |[.,;]|$))", T.PARTNERSHIP, "partner", False),
    (r"Partnerschaft|Kooperation mit|kooperier\w+|Allianz mit", T.PARTNERSHIP, "partner", False),
    # "Velkor ist Exklusivpartner von Norvia": a company's standing partner (a bare "Partner der Kanzlei" is a person's firm)
    (r"(?:ist|war|sind|waren|wird|bleibt) (?:\S+ ){0,2}?(?:Exklusiv|Vertriebs|Technologie|Kooperations|Entwicklungs)partner (?:von|der|des)(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.PARTNERSHIP, "partner", False),
    (r"arbeite[nt]? (?:\S+ ){0,4}?mit (?:\S+ ){1,4}?zusammen", T.PARTNERSHIP, "partner", False),
    # "Velkor und Norvia arbeiten künftig zusammen": a plural subject names both partners
    (r"(?:arbeiten|arbeiteten) (?:(?:künftig|eng|enger|bereits|schon|nun|jetzt|seit \S+) )*zusammen(?= |[.,;]|$)", T.PARTNERSHIP, "partner", False),
    (r"Zusammenarbeit mit|(?:schlossen|schließen|unterzeichne\w*) (?:\S+ ){0,3}?(?:Abkommen|Vereinbarung|Vertrag) mit", T.PARTNERSHIP, "partner", False),
    # "Velkor schließt mit Norvia einen Vertrag über 20 Millionen Euro": the partner named before the contract (V2; the
    # perfect "hat mit Norvia einen Vertrag ... unterzeichnet" is read below)
    (r"(?:schließt|schloss|schlossen|schließen|unterzeichnet|unterzeichnete|unterzeichneten|unterzeichnen|unterschreibt|unterschrieb|unterschrieben) mit(?= (?:der |dem |den )?(?:\S+ ){1,4}?"
     r"(?:einen|eine|ein) (?:\S+ )?(?:Abkommen|Vereinbarung|Vertrag|Absichtserklärung|(?:Rahmen|Kooperations|Partnerschafts|Liefer|Lizenz|Vertriebs|Abnahme)(?:vertrag|abkommen|vereinbarung))\b)", T.PARTNERSHIP, "partner", False),
    # "schließt einen Rahmenvertrag mit Norvia", "eine Absichtserklärung mit Norvia": the common agreement nouns with a named
    # party (a list, not any "...vertrag": pay deals and leases are none, and a capital-letter pattern runs at every noun)
    (r"(?:Absichtserklärung|(?:Rahmen|Kooperations|Partnerschafts|Liefer|Lizenz|Vertriebs|Abnahme|Exklusiv|Service|Wartungs|Dienstleistungs|Sponsoring|Werbe|Platten|Versorgungs)(?:vertrag|abkommen|vereinbarung)) mit(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.PARTNERSHIP, "partner", False),
    # "Velkor und Norvia wollen zusammenarbeiten", "vereinbaren eine Kooperation": two named parties agree to work together
    (r"(?:wollen|werden|sollen|wollten|möchten) (?:\S+ ){0,6}?zusammenarbeiten|zusammenzuarbeiten|(?:vereinbar\w*|besiegel\w*|eingegangen) (?:\S+ ){0,3}?(?:Kooperation|Zusammenarbeit|Allianz)", T.PARTNERSHIP, "partner", False),
    # "hat einen Plattenvertrag mit Norvia unterzeichnet": the contract and its partner come before the participle
    (r"(?:Abkommen|Vereinbarung|Vertrag|(?!Tarif|Arbeits|Miet)[A-ZÄÖÜ][a-zäöüß]+vertrag) (?:\S+ ){0,6}?mit (?:\S+ ){1,6}?(?:unterzeichnet|unterschrieben|geschlossen|abgeschlossen)|mit (?:\S+ ){1,4}?(?:einen|eine|ein) (?:\S+ )?(?:Abkommen|Vereinbarung|Vertrag|(?!Tarif|Arbeits|Miet)[A-ZÄÖÜ][a-zäöüß]+vertrag) (?:\S+ ){0,8}?(?:unterzeichnet|unterschrieben|geschlossen|abgeschlossen)", T.PARTNERSHIP, "partner", False),
    (r"(?:Abkommen|Vereinbarung|Vertrag|Kooperation|Zusammenarbeit) (?:\S+ ){0,3}?zwischen(?= (?:der |dem |den |die )?[A-ZÄÖÜ])", T.PARTNERSHIP, "partner", False),
    (r"sucht (?:\S+ ){0,2}?(?:Investoren|Geldgeber)", T.FUNDING_ROUND, "fund", False),
    # "hat beim Hersteller Velkor 30 Straßenbahnen bestellt": the maker sits inside the perfect's frame
    (r"bestellt\w*|(?:hat|haben|hatte|hatten) (?:\S*[^\s.!?;:] ){0,9}?(?:bestellt|geordert)(?= |[.,;:]|$)", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor hat 40 Züge an die Norvia GmbH geliefert": the customer after "an" sits inside the perfect's frame
    (r"(?:hat|haben|hatte|hatten) (?:\S*[^\s.!?;:] ){0,9}?geliefert(?= |[.,;:]|$)", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor hat bei Norvia 40 Züge in Auftrag gegeben": who places the order buys (not "im Auftrag der X", on behalf of)
    (r"(?:hat|haben|hatte|hatten) (?:\S+ ){0,7}?in Auftrag gegeben|in Auftrag (?:geben|gibt|gab|gaben|zu geben)", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor soll für Norvia ein Werk in Polen bauen": the verb last, who it is built for named after "für"
    (r"für(?= (?!(?:rund |etwa |knapp |mehr als |über |bis zu )?\d|(?:mehrere |einige |zwei |drei )?(?:Millionen|Milliarden))(?:die |den |das |der )?(?:\S+ ){1,3}?"
     r"(?:ein|eine|einen|ein neues|eine neue|einen neuen) (?:\S+ )?" + _DE_STRUCTURE + r" (?:\S+ ){0,4}?(?:bauen|errichten)(?= |[.,;]|$))", T.INFRASTRUCTURE, "supply", False),
    # "Norvia beauftragt Velkor mit dem Bau eines Rechenzentrums": who commissions a structure's building orders it
    (r"beauftragt\w*(?= (?:\S+ ){1,5}?mit dem Bau (?:eines|einer|des|der|von) (?:\S+ )?" + _DE_STRUCTURE + r"(?:e?s)?(?![\w-]))", T.INFRASTRUCTURE, "order", False),
    (r"beauftragt\w*", T.SUPPLY_CONTRACT, "order", False),
    # "Velkor und Norvia haben einen Kooperationsvertrag unterzeichnet": the plural subject names both sides
    (r"(?:haben|hatten|wollen|werden) (?:\S+ ){0,3}?(?:einen|eine|ein) (?:\S+ )?(?:Vertrag|Abkommen|Vereinbarung|Absichtserklärung|(?:Rahmen|Kooperations|Partnerschafts|Liefer|Lizenz|Vertriebs)(?:vertrag|abkommen|vereinbarung)) (?:\S+ ){0,3}?(?:unterzeichnet|unterschrieben|geschlossen|abgeschlossen|unterzeichnen|schließen)(?= |[.,;]|$)", T.PARTNERSHIP, "partner", False),
    # "Kunde ist die Stadt Velkor", "Abnehmer sind die Stadtwerke Velkor": who buys from the article's company
    (r"(?:Kunde|Kundin|Abnehmer) (?:ist|sind|war|waren|sei|wird|werden)(?= )", T.SUPPLY_CONTRACT, "supply", False),
    # "Norvia hat 40 Züge bestellt. Hersteller ist Velkor.": the maker named after the copula
    (r"(?:Hersteller|Lieferant|Auftragnehmer) (?:ist|sind|war|waren|sei|wird|werden)(?= )", T.SUPPLY_CONTRACT, "supply", False),
    # "Partner ist die Velkor AG", "neuer Partner wird Velkor": the article's company and the one named are partners
    (r"(?:(?:neue[rn]? )?(?:Kooperations)?[Pp]artner) (?:ist|sind|wird|werden|heißt|heißen|sei|war|waren)(?= )", T.PARTNERSHIP, "partner", False),
    # "Auftraggeber ist die Stadt Velkor", the winning bid inverted (verb before Norvia): the named party after the verb (roles in _de_named_after)
    (r"(?:Auftraggeber|Bauherr|Bauherrin) (?:ist|sind|war|waren|sei)(?= )|[Dd]en Zuschlag (?:erhielt|erhält|bekam|bekommt|erhielten|erhalten|bekamen|bekommen)(?= )", T.SUPPLY_CONTRACT, "supply", False),
    # "Den Auftrag für die Stromlieferung erhielt Norvia" (the winner after the verb, as with the bid won); "Norvia gewann die
    # Ausschreibung", "hat die Ausschreibung der Dastrel AG gewonnen", "setzte sich bei der Ausschreibung durch": a tender won
    (r"[Dd]en (?:Groß)?[Aa]uftrag (?:(?:für|über|zur|zum) (?:\S+ ){1,4}?)?(?:erhielt|erhält|bekam|bekommt|erhielten|erhalten|bekamen|bekommen)(?= )"
     r"|(?:gewann|gewinnt|gewannen|gewonnen) (?:\S+ ){0,2}?Ausschreibung|Ausschreibung (?:\S+ ){0,6}?gewonnen(?= |[.,;]|$)|(?:setzte|setzt|setzten) sich (?:\S+ ){0,5}?Ausschreibung (?:\S+ ){0,3}?durch(?= |[.,;]|$)", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor stattet die Norvia Bahn mit Zügen aus", "soll Norvia mit Gas versorgen": the object is supplied
    # "Velkor rüstet das Rechenzentrum von Norvia mit 10.000 Chips aus": equipping a data centre is building it (as below)
    (r"(?:stattet|stattete|statten|rüstet|rüstete|rüsten) (?:\S+ ){0,3}?Rechenzentr\w*(?= (?:[^.;]|(?<=\d)\.(?=\d)){0,80}? aus(?= |[.,;]|$))", T.INFRASTRUCTURE, "build", False),
    (r"(?:stattet|stattete|statten|rüstet|rüstete|rüsten)(?= (?:\S+ ){1,6}?mit (?:[^.;]|(?<=\d)\.(?=\d)){0,80}? aus(?= |[.,;]|$))|(?:versorgt|versorgte|versorgen)(?= (?:\S+ ){1,5}?mit )|mit (?:[^.;]{0,60}?)\b(?:versorgen|ausstatten|ausrüsten)(?= |[.,;]|$)", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor baut für Norvia ein Werk": who builds for a named party supplies it
    # "Velkor baut für Norvia ein Werk", "errichtet für die Stadt Linz eine Brücke": a site or structure built for a named
    # party is an infrastructure project that party pays for (the builder supplies it)
    (r"(?:baut|bauen|baute|bauten|errichtet|errichten)(?= für (?!(?:rund |etwa |knapp |mehr als |über |bis zu )?\d|(?:mehrere |einige |zwei |drei )?(?:Millionen|Milliarden))"
     r"(?:die |den |das |der )?(?:\S+ ){1,3}?(?:ein|eine|einen|zwei|drei|\d+) (?:\S+ )?" + _DE_STRUCTURE + r"(?![\w-]))", T.INFRASTRUCTURE, "supply", False),
    # ("baut für 300 Millionen Euro ein Werk": "für" with a sum says what the site costs, no one it is built for)
    (r"(?:baut|bauen|baute|bauten|errichtet|errichten)(?= für (?!(?:rund |etwa |knapp |mehr als |über |bis zu )?\d|(?:mehrere |einige |zwei |drei )?(?:Millionen|Milliarden))(?:die |den |das |der )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor ordert 30 Flugzeuge bei Norvia": who orders buys, the maker follows "bei"
    (r"ordert\w*|geordert", T.SUPPLY_CONTRACT, "order", False),
    # "Norvia bezieht Chips von Velkor": who it is drawn from supplies
    (r"(?:bezieht|bezog|beziehen) (?:\S+ ){0,4}?(?:von|bei)", T.SUPPLY_CONTRACT, "order", False),
    # "Die Stadt Velkor vergab den Auftrag an Norvia", "vergibt die Stromlieferung an": who awards a contract buys, "an" names its supplier
    (r"(?:vergab|vergibt|vergaben|vergeben)(?= (?:\S+ ){0,5}?(?:Auftrag|Aufträge|Großauftrag|Zuschlag|[A-ZÄÖÜ][a-zäöüß]*[Ll]ieferung|Lieferung|Bauauftrag|[A-ZÄÖÜ][a-zäöüß]*vertrag) (?:\S+ ){0,6}?an (?:die |den |das )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor schließt mit Norvia einen Stromabnahmevertrag", "ein Power Purchase Agreement": energy supply and offtake deals
    (r"(?:Strom|Gas|Wärme|Energie|Ökostrom|Wasserstoff|Flüssiggas|LNG-)(?:liefer|abnahme|bezugs|versorgungs)(?:vertrag|vereinbarung|abkommen)(?!e)|Power Purchase Agreement", T.SUPPLY_CONTRACT, "supply", False),
    # "Velkor erhielt den Zuschlag", "beliefert Norvia mit Chips", "wird Lieferant der Norvia"
    (r"(?:erhielt|erhält|bekam|bekommt|erhalten|bekommen) (?:\S+ ){0,5}?(?:den|einen) Zuschlag|beliefer\w*|Lieferant (?:der|des|von)|Zulieferer (?:der|des|von)(?= (?:der |dem |den )?(?:\S+ )?[A-ZÄÖÜ])", T.SUPPLY_CONTRACT, "supply", False),
    (r"(?:liefert|liefern|ausstatten|ausrüsten|bestücken) (?:[^.;]|(?<=\d)\.(?=\d)){0,90}?(?:ein|einen|das|dem|ein neues|ein neuen) (?:\S+ )?Rechenzentrum", T.INFRASTRUCTURE, "build", False),
    # "Velkor soll ein Rechenzentrum in Norland mit 50.000 Chips ausstatten": the verb comes last
    (r"(?:ein|einen|das|dem|ein neues|ein neuen) (?:\S+ )?Rechenzentrum(?= (?:[^.;]|(?<=\d)\.(?=\d)){0,90}?(?:ausstatten|ausrüsten|bestücken|ausgestattet|ausgerüstet|bestückt|liefern|geliefert)\b)", T.INFRASTRUCTURE, "build", False),
    # "Die Stadt Norvia hat den Auftrag für die Brücke an die Velkor AG vergeben": who awards it buys (roles.de.contracts.de_award_parties)
    (r"(?:Auftrag|Aufträge|Großauftrag|Zuschlag)(?= (?:[^.;]{0,80}?)an (?:die |den |das |der )?(?:\S+ )?[A-ZÄÖÜ][^.;]{0,40}? vergeben(?= |[.,;]|$))", T.SUPPLY_CONTRACT, "supply", False),
    # "einen Vertrag mit Norvia über 20 Millionen Euro", "Vertrag mit der Norvia AG zur Lieferung von 30 Zügen": a contract
    # with a named party is a deal when its sum or the goods supplied are named (a bare "Vertrag mit" may be a player's,
    # a lease, a pay deal: none)
    (r"(?:Vertrag|Verträge|Vertrags|Vertrages|Kontrakt)(?: mit)(?= (?:der |dem |den |die )?(?:\S+ ){0,4}?(?:über|im Wert von|in Höhe von|zur|für die|für) (?:\S+ ){0,4}?"
     r"(?:\d[\d.,]* (?:Millionen|Milliarden|Mio\.|Mrd\.) (?:Euro|Dollar|US-Dollar|Franken|Pfund)|(?:\S+ )?Lieferung(?:en)?\b))", T.SUPPLY_CONTRACT, "supply", False),
    # ("Velkor und Norvia liefern sich einen Preiskampf": the reflexive "sich liefern" is a fight, no delivery)
    (r"Auftrag|Aufträge|(?:Groß|Milliarden|Millionen|Rüstungs|Liefer)auftr(?:a|ä)ge?s?|Liefervertrag|(?:liefert|liefern|lieferte|lieferten)(?! sich\b)|geliefert|Bestellung", T.SUPPLY_CONTRACT, "supply", False),
    # "sammelte 20 Millionen Euro ein", not "sammelten sie ein Künstlerensemble": the collecting is of money
    (r"Finanzierungsrunde|sammelt\w* (?:[^\s,;]+ ){0,12}?(?:Euro|Dollar|Franken|Mio\.|Mrd\.|Millionen|Milliarden|Kapital|Geld) (?:\S+ ){0,2}?ein|Kapitalerhöhung"
     # "sammelt 20 Millionen Euro bei der Norvia Capital ein": the backer named between the sum and the particle
     r"|sammelt\w* (?:[^\s,;]+ ){0,12}?(?:Euro|Dollar|Franken|Mio\.|Mrd\.|Millionen|Milliarden|Kapital|Geld) (?:bei|von) (?:\S+ ){1,5}?ein(?= |[.,;:]|$)"
     # "hat 20 Millionen Euro eingesammelt": the participle closes the frame
     r"|(?:Euro|Dollar|Franken|Mio\.|Mrd\.|Millionen|Milliarden|Kapital|Geld) (?:\S+ ){0,3}?eingesammelt", T.FUNDING_ROUND, "fund", False),
    # "das Start-up Velkor erhält 20 Mio. von Investoren": money from investors is funding
    (r"(?:erhält|erhielt|bekommt|bekam|holt\w*|sicher\w*) (?:sich )?(?:\S+ ){0,3}?(?:Millionen|Milliarden|Mio\.|Mrd\.) (?:Euro|Dollar|Franken|Pfund) (?:\S+ ){0,3}?(?:von|bei) (?:\S+ ){0,2}?(?:Investoren|Geldgebern|Kapitalgebern|Risikokapitalgebern|Wagniskapitalgebern)", T.FUNDING_ROUND, "fund", False),
    # "Norvia ist (im Mai) der Velkor AG zugeschlagen worden": awarded to a bidder, who is named before the participle
    (r"(?:wurde|wurden|ist|sind|war|waren|wird|werden)(?= (?:\S+ ){1,6}?zugeschlagen(?= |[.,;]|$))", T.ACQUISITION, "passive", False),
    (r"investier\w+ (?:[^.]{0,40}?)(?:in|ins)", T.INVESTMENT, "invest", False),
    # "Velkor steckt 50 Millionen in Norvia", "pumpt frisches Geld in Norvia"
    (r"(?:steckt|steckte|stecken|pumpt|pumpte|pumpen) (?:[^.]{0,40}?)(?:in|ins)(?= (?:die |den |das |der |dem )?(?:\S+ )?[A-ZÄÖÜ])", T.INVESTMENT, "invest", False),
    # "Velkor hat seit 2019 zwölf Millionen in Norvia investiert": the verb comes last, the company invested in follows "in"
    (r"(?:in|ins)(?= (?:die |den |das |der |dem )?(?:[\w-]+ )?[A-ZÄÖÜ][\w&-]*(?: [A-ZÄÖÜ][\w&-]*)? (?:\S+ ){0,2}?investiert(?= |[.,;]|$))", T.INVESTMENT, "invest", False),
    # "die Investition über zwei Milliarden in Norvia": the noun names the company invested in after "in"
    (r"(?:Investition|Investment|Einstieg) (?:[^.;]{0,40}?)(?:in|ins|bei|beim)(?= (?:die |den |das |der |dem )?(?:[\w-]+ )?[A-ZÄÖÜ])", T.INVESTMENT, "invest", False),
    # "baut ein Batteriewerk", "will eine Chipfabrik errichten" (the verb last); "baut sein Netzwerk aus" builds no site
    # ("baut im Werk in Polen 500 Stellen ab": a site after "im" is where something else happens)
    (r"(?:baut|bauen|errichtet|errichten) (?:(?!(?:im|am|beim|vom|zum) )\S+ ){0,6}?(?:Rechenzentrum|Werk|Fabrik|(?!Netz|Regel|Hand|Feuer|Bau|Bündnis)[A-ZÄÖÜ][a-zäöüß]+(?:werk|fabrik))"
     r"|(?:ein|eine|ein neues|eine neue) (?:Werk|Fabrik|(?!Netz|Regel|Hand|Feuer|Bau|Bündnis)[A-ZÄÖÜ][a-zäöüß]+(?:werk|fabrik))(?= (?:\S+ ){0,4}?(?:bauen|errichten)(?= |[.,;]|$))", T.INFRASTRUCTURE, "build", False),
    (r"Milliardenkredit|Kredit(?:hilfe)?n?\b|(?:[A-Za-zÀ-ÖØ-öø-ÿ0-9_]+-)+Kredite?n?\b|Darlehen|Hilfspaket|Staatshilfen?|Rettungspaket|Rettungsaktion|Stützungsaktion|Hilfsprogramm|Rettungsprogramm|(?:Milliarden|Millionen|Finanz|Not)hilfen?", T.OTHER, "other", False),
    (r"(?:Staats)?[Hh]ilfen (?:aus|von|des|der|in Höhe)", T.OTHER, "other", False),
    # state aid, guarantees and grants: "Beihilfen für Velkor", "eine Bürgschaft des Landes", "Subventionen vom Bund"
    (r"(?:Staats|Landes|Bundes)?[Bb]eihilfen?|(?:Staats|Landes|Bundes|Ausfall)?[Bb]ürgschaft(?:en)?|Subventionen|Zuschuss|Zuschüsse|Fördergeld(?:er)?|Fördermittel", T.OTHER, "other", False),
    # "ein neues Winterpaket für Lorvanien": a package of aid for a named party (the party is required, see _is_deal)
    (r"[A-ZÄÖÜ][a-zäöüß]+paket(?= für)", T.OTHER, "other", False),
    # "X, Y und Z haben ihre Hilfen zurückgezahlt": each repaid the aid it had received
    (r"Hilfen (?:\S+ ){0,3}?zurück(?:gezahlt|zahlen|zuzahlen|gegeben|erstattet)", T.OTHER, "other", False),
]

def _combined(table: list[tuple[str, DealType, str, bool]], flags: int) -> tuple[WordStartScan, list[tuple[DealType, str, bool]]]:
    """One scan per language, earlier entries winning ties; a trigger ending in an elided article
    ("rachat d'", "cession de l'") ends before the name it joins."""
    scan = one_scan([spaced(pattern) for pattern, *_ in table], "t", flags, r"(?:(?<=['’])|(?![\w-]))", hyphen=True)
    return scan, [(t, v, n) for _, t, v, n in table]


# de: "investiert 58 Mio. Euro in Norvia", "3 Mrd. Dollar": the period of an abbreviated sum (or inside a number) ends no
# clause, so a pattern's "no period" gap lets it through
_DE_SUM_DOT = "|".join(rf"(?<=\b{word})\." for word in DE_ABBREVIATIONS) + r"|(?<=\d)\.(?=\d)|(?<=\bu)\.(?=a\.)|(?<=\bu\.a)\.|(?<=\bz)\.(?=B\.)|(?<=\bz\.B)\."


def _de_sums_inside(table: list[tuple[str, DealType, str, bool]]) -> list[tuple[str, DealType, str, bool]]:
    return [
        (pattern.replace("[^.;]", rf"(?:[^.;]|{_DE_SUM_DOT})").replace("[^.]", rf"(?:[^.]|{_DE_SUM_DOT})"), deal_type, voice, noun)
        for pattern, deal_type, voice, noun in table
    ]


_TRIGGERS: dict[str, tuple[WordStartScan, list[tuple[DealType, str, bool]]]] = {
    "en": _combined(_EN_TRIGGERS, re.IGNORECASE),
    "fr": _combined(_FR_TRIGGERS, 0),
    "de": _combined(_de_sums_inside(_DE_TRIGGERS), 0),
}


_MARKET_MOVE = re.compile(r"\s+(?:\S+\s+){0,2}?[-+]?\d+(?:[.,]\d+)?\s*(?:%|pct|Prozent|points?|Punkte)")


COMPOUND_DEAL = re.compile(r"([A-Z][\w&]*(?:-[A-Z][\w&]*)?)-(?:Übernahme|Kauf|Zukauf|Deal|Käufer|Erwerber)")
_DE_AGENTLESS_PASSIVE = re.compile(r"\b(?:werden|wird)\s+$")
# the sentence opens with the company, its legal form last: "Die Tochter Norvia GmbH wird verkauft"
_DE_SUFFIXED_SUBJECT = re.compile(r"(?:^|[.!?]\s+)(?:Die|Der|Das)\s+(?:[\w&-]+\s+){1,4}?(?:AG|GmbH|SE|KG|KGaA|Holding)\s+(?:werden|wird)\s+$")
_VOLUME_MOVE = re.compile(
    r"[^.;:]{0,60}?\b(?:stieg|stiegen|steigt|sank|sanken|sinkt|fiel|fielen|fällt|wuchs|legte\w* (?:\S+ )?zu|ging\w* (?:\S+ )?zurück|"
    r"(?:a|ont) (?:progressé|augmenté|baissé|reculé|chuté|bondi)|progresse\w*|recule\w*|augmente\w*|baisse\w*|chute\w*)\b"
)
# fr: "Velkor reprendrait Norvia à 60 %": a company named, then the share of it taken
_FR_SHARE_TAKEN = re.compile(r"[A-ZÉ][\w'’-]*\s+à\s+[-+]?\d")
_FR_STAKE_HELD_AFTER = re.compile(r"\s+(?:les\s+)?\d+(?:[.,]\d+)?\s*(?:%|pour cent)\s+(?:que|qu['’]y)\s+(?:détenai|possédai|avai|détien|possèd)")
_STAKE_AFTER = re.compile(r"\s+(?:\S+\s+){0,2}?[-+]?\d+(?:[.,]\d+)?\s*(?:%|Prozent)\s+(?:de|du|des|d'|dans|der|an|von|am)\b")


_DE_DUTY = r"(?:Betrieb|Verantwortung|Führung|Leitung|Vorsitz|Kosten|Aufgaben?|Rolle|Amt|Haftung|Garantie|Erhebung|Regie|Mandat|Posten|Ermittlungen|Schirmherrschaft)"
# compounds of a duty ("Beiratsvorsitz", "Amtsgeschäfte", "Ausfallrisiko") are duties too
_DE_DUTY_TAIL = r"(?:verantwortung|führung|leitung|vorsitz|kosten|aufgaben?|haftung|garantie|geschäfte|risiko|risiken|präsidentschaft|kommando)"
_DE_DUTY_COMPOUND = rf"[A-ZÄÖÜ][a-zäöüß]+{_DE_DUTY_TAIL}"
# what is adopted or copied over ("die Dateien von X übernehmen", "Grafiktreiber übernehmen"), not a company taken over
_DE_ADOPTED_WORDS = ("daten", "inhalte", "treiber", "bilder", "videos", "lieder", "dateien", "einstellungen", "funktionen", "regeln", "ideen", "konzept", "konzepte", "standards", "vorschläge", "texte")
_DE_ADOPTED = "(?:" + "|".join([rf"[A-ZÄÖÜ][a-zäöüß]*{w}" for w in _DE_ADOPTED_WORDS] + [w.capitalize() for w in _DE_ADOPTED_WORDS]) + ")"
_DE_TAKE_ON_DUTY = re.compile(rf"{_DE_DUTY}|{_DE_DUTY_TAIL}|Risik|Geschäfte|{_DE_ADOPTED}")
# the duty noun right after the verb ("übernimmt er dann die Verantwortung") or right before the infinitive ("die Kosten zu übernehmen")
_DE_TAKE_ON_DUTY_NEAR = re.compile(
    rf"(?:übernimmt|übernahm|übernehmen|übernommen)\s+(?:\S+\s+){{0,3}}?(?:die|den|das|eine|einen|ein)\s+(?:\S+\s+)?"
    rf"(?:{_DE_DUTY}|{_DE_DUTY_COMPOUND}|Risiko|Risiken|Geschäfte)\b|"
    rf"\b{_DE_DUTY}\s+(?:\S+\s+){{0,4}}?(?:zu\s+)?(?:übernehmen|übernommen|übernimmt|übernahm)|"
    rf"\b(?:{_DE_DUTY_COMPOUND}|Risiko|Risiken|Geschäfte)\s+(?:\S+\s+)?(?:zu\s+)?(?:übernehmen|übernommen|übernimmt|übernahm)|"
    rf"\b{_DE_ADOPTED}\s+(?:\S+\s+){{0,4}}?(?:zu\s+)?(?:übernehmen|übernommen|übernimmt|übernahm)\b|"
    rf"(?:übernimmt|übernahm|übernehmen|übernommen)\s+(?:\S+\s+){{0,3}}?(?:die|den|das|ihre|seine|alle)\s+(?:\S+\s+)?{_DE_ADOPTED}\b"
)
_RETAIL = {
    # a tariff, not any price: a price per share is what shares in a deal cost, a price in millions is a deal's
    "fr": re.compile(r"[^.;]{0,80}?(?:à un tarif|au tarif de|à partir de \d|pour \d[\d\s.,]* (?:euros|€|dollars|\$)\s+(?:pièce|l'unité|chacun))"),
    "de": re.compile(r"[^.;]{0,80}?(?:in (?:\S+ ){0,2}(?:Varianten|Versionen|Farben|Ausführungen|Speichergrößen)|zum (?:Stück)?[Pp]reis von(?! (?:rund |etwa |knapp |über )?\d[\d.,]* (?:Millionen|Milliarden|Mio\.|Mrd\.))|ab \d[\d.,]* (?:Euro|Dollar|€))"),
}
# en: what a company buys or sells in its trade, or its own shares bought back: no company changes hands
_EN_TRADE_OBJECT = re.compile(
    # (bought back from a named holder, "bought back Goldsmith's stock", is a deal with that holder and stays)
    r"\s+(?:back\s+(?:(?:up\s+to|as\s+much\s+as|about|some)\s+)?(?:[$€£]?[\d.,]+\s*(?:bn|m|billion|million|mln|bln)?\s+(?:dlrs\s+|dollars\s+)?(?:worth\s+)?of\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?:common\s+)?(?:shares|stock)\b|(?:(?:its|their|the|most|much|all|some|more|of|own)\s+){0,4}"
    r"(?:products|goods|wares|services|insurance|policies|chips|components|parts|tickets|software|hardware|equipment|solutions)\b"
    r"(?!\s+(?:and|business|businesses|unit|units|division|divisions|arm|operations|subsidiary|maker|company|companies)\b)"
    r"|(?:(?:about|some|nearly|around|more than|over)\s+)?[$€£]?[\d.,]+\s*(?:bn|m|billion|million|mln|bln)?\s+(?:dlrs\s+|dollars\s+|euros\s+)?(?:worth\s+)?of\s+"
    r"(?:(?:new|its|their|the|own|\w+-year|senior|convertible|government|corporate|Treasury)\s+){0,3}(?:bonds|notes|debt|bills|debentures|securities|paper|shares\s+of\s+its\s+own)\b)",
)
_EN_PARTNERSHIP_NOUN = re.compile(r"(?:\S+ )?(?:partnership|alliance)(?: agreement)?", re.I)
_EN_NEW_BEFORE = re.compile(r"\b(?:a|an|new)\s+$", re.I)
_EN_PARTNER_WITH = re.compile(r"partners?\s+with", re.I)
_EN_PARTNER_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|are|were|be|been|its|their|long-time|longtime)\s+$", re.I)
_EN_PARTNERSHIP_FORM = re.compile(r"\b(?:limited|general|master)\s+$", re.I)
_FR_AUX_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|avoir|été|aurait|auraient)\s+(?:\S+\s+)?$")
_FR_DONATION_POT = re.compile(r"\bcagnottes?\b|financement participatif|crowdfunding")
_TREATY = {
    "fr": re.compile(r"libre[- ]échange|accords? d['’]association|accords? de paix|cessez-le-feu|accords? climatiques?"),
    "de": re.compile(r"Freihandels|Assoziierungs|Friedens|Klima(?:schutz)?abkommen|Handelsabkommen"),
}
_DE_ON_BEHALF = re.compile(r"\b(?:im|in)\s+$")
_VON_DURCH = re.compile(r"\s+(?:von|durch)\b")


# fr: a sentence's first word ("Rachat de X par Y", "En association avec Canal 9"), a heading's too
_FR_OPENING_WORD = re.compile(r"(?:\A|(?<=[.!?:»\"\n]))[\s\"«“(]*[A-ZÀ-ÖØ-Þ](?=[a-zà-öø-ÿ'’])")


def _opening_words_lowered(text: str) -> str:
    """fr: the text with each sentence's first letter in lower case, same length and offsets,
    so that the case-sensitive French triggers also match where a sentence opens."""
    lowered = _FR_OPENING_WORD.sub(_lower_last, text)
    return lowered.replace("’", "'")  # the tables spell the apostrophe straight


def _lower_last(match: re.Match[str]) -> str:
    found = match.group()
    last = found[-1].lower()
    return found[:-1] + last if len(last) == 1 else found


# de: supply and offtake agreements, also as compounds ("Stromliefervertrag", "Gasbezugsvertrag", "Abnahmevereinbarung")
_DE_SUPPLY_AGREEMENT = re.compile(r"(?:[Ll]iefer|[Aa]bnahme|[Vv]ersorgungs|[Bb]ezugs)(?:vertrag|verträge|vereinbarung|abkommen)|Power Purchase Agreement|\bPPA\b")


# de: "Wir kaufen Norvia", "Deshalb kaufen wir Norvia": a speaker's own purchase in the first person plural, the present
# tense of "kaufen" that no modal needs (the speaker's company is put in by ``coref.fill_from_we``)
_DE_WE_BEFORE = re.compile(r"(?<![\w-])[Ww]ir\s+$")
_DE_WE_AFTER = re.compile(r"\s+wir\b")
# (with the future and conditional auxiliaries: "Velkor wird (würde) Norvia kaufen")
_DE_MODAL = re.compile(r"\b(?:will|wollen|wolle|wollte|wollten|möchte|möchten|soll|sollen|solle|sollte|sollten|plant|planen|könnte|könnten|dürfte|dürften|wird|werden|werde|würde|würden)\b")
_DE_CLAUSE_START = re.compile(r"[,.;:!?]")
# "Velkor und Dastrel kaufen Norvia": two names opening the sentence, then the present plural
_DE_LISTED_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?:]\s+)(?:(?:Die|Der|Das)\s+)?(?P<a>[A-ZÄÖÜ][\w&.-]*)(?:\s+[A-ZÄÖÜ][\w&.-]*)?\s+(?:und|sowie)\s+(?:(?:die|der|das)\s+)?"
    r"(?P<b>[A-ZÄÖÜ][\w&.-]*)(?:\s+[A-ZÄÖÜ][\w&.-]*)?\s+(?:gemeinsam\s+)?$"
)


def _de_listed_subject(text: str, start: int) -> bool:
    """de: "Velkor und Dastrel kaufen Norvia": the present plural after two listed names; the heads must look like
    names, not plural nouns ("Kunden und Händler kaufen mehr Autos" is shopping)."""
    from pipeline.extract.names.words import DE_COMMON, DE_NOUN_ENDINGS

    listed = _DE_LISTED_SUBJECT_BEFORE.search(text, max(0, start - 90), start)
    if listed is None:
        return False
    heads = (listed.group("a"), listed.group("b"))
    return not any(w.lower() in DE_COMMON or w.lower().endswith((*DE_NOUN_ENDINGS, "e", "en", "er", "ern")) and not w.isupper() for w in heads)


def _de_modal_infinitive(text: str, start: int, end: int) -> bool:
    """de: "Velkor will Norvia kaufen", "..., dass Velkor Norvia kaufen wolle": a modal in the infinitive's own clause."""
    clause_start = max((m.end() for m in _DE_CLAUSE_START.finditer(text, max(0, start - 160), start)), default=max(0, start - 160))
    if _DE_MODAL.search(text, clause_start, start):
        return True
    return _DE_MODAL.match(text, end + 1) is not None and text.startswith(" ", end)


# de: "Der Plan von Velkor, Norvia zu kaufen": a noun or verb of intent in the clause the "zu" infinitive completes
_DE_ZU_BEFORE = re.compile(r"\bzu\s+$")
_DE_INTENT = re.compile(
    r"\b(?:Plan|Pläne|Plänen|Absicht|Vorhaben|Angebot|plant|planen|plante|planten|beabsichtigt|beabsichtigen|erwägt|erwägen|"
    r"bereit|entschlossen|angekündigt|kündigt|kündigte|beschlossen|beschließt|vereinbart|Vereinbarung)\b"
)
_DE_CLAUSE_COMMA = re.compile(r",[^,.;:!?]*$")


def _de_planned_zu(text: str, start: int) -> bool:
    """de: "Der Plan von Velkor, Norvia zu kaufen", "Velkor plant, Norvia zu kaufen": the infinitive after "zu" whose
    clause opens at a comma, the clause before it naming an intent."""
    if not _DE_ZU_BEFORE.search(text, max(0, start - 4), start):
        return False
    comma = _DE_CLAUSE_COMMA.search(text, max(0, start - 100), start)
    if comma is None:
        return False
    opening = max((m.end() for m in _DE_CLAUSE_START.finditer(text, max(0, comma.start() - 120), comma.start())), default=max(0, comma.start() - 120))
    return _DE_INTENT.search(text, opening, comma.start()) is not None


def find_triggers(text: str, lang: str) -> list[Trigger]:
    pattern, kinds = _TRIGGERS.get(lang, _TRIGGERS["en"])
    found: list[Trigger] = []
    scanned = _opening_words_lowered(text) if lang == "fr" else text
    for match in pattern.finditer(scanned):
        index = _group_index(match.lastgroup) if match.lastgroup else 0  # group t<i> or its bucketed copy t<i>_<n>
        deal_type, voice, noun = kinds[index]
        stake = lang == "de" and (match.group().startswith("Beteiligung") or _DE_STAKE_WORD.search(match.group()) is not None)  # "stockt seine Beteiligung an X auf 30 Prozent auf"
        move = _MARKET_MOVE.match(text, match.end()) if lang != "en" and not stake else None
        if move is not None and lang == "fr" and _FR_SHARE_TAKEN.search(move.group()):
            move = None  # "reprendrait Norvia à 60 %": the share of the company taken, not a price move
        if move is not None and lang == "fr" and _FR_STAKE_HELD_AFTER.match(text, match.end()):
            move = None  # "a racheté les 40 % que détenait Tessmar": a stake someone held, not a price move
        if move is not None and not _STAKE_AFTER.match(text, match.end()):
            if not (lang == "fr" and "particip" in match.group()):  # "a porté sa participation dans X à 30 %": a stake
                continue  # "l'action cédait 1,1 %": a share price, not a sale
        if lang != "en" and noun is False and voice == "sell" and _VOLUME_MOVE.match(text, match.end()):
            continue  # "Der Verkauf von Heizöl stieg um 2 %", "les ventes ont progressé": a volume, not a sale
        if lang == "de" and voice == "buy" and _DE_TAKE_ON_DUTY.search(text, max(0, match.start() - 60), min(len(text), match.end() + 50)):
            if _DE_TAKE_ON_DUTY_NEAR.search(text[max(0, match.start() - 60) : match.end() + 50]):
                continue  # "übernimmt die Verantwortung", "die Kosten übernehmen": a duty taken on, not a company
        if lang == "en" and voice == "partner" and _EN_PARTNERSHIP_FORM.search(text, max(0, match.start() - 9), match.start()):
            continue  # "a limited partnership": a form of company, no deal
        if lang == "en" and voice == "partner" and _EN_PARTNER_WITH.match(match.group()) and _EN_PARTNER_NOUN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "is already a partner with", "are partners with": who is a partner, no new deal
        if lang == "en" and voice == "partner" and _EN_PARTNERSHIP_NOUN.fullmatch(match.group()) and not _EN_NEW_BEFORE.search(text, max(0, match.start() - 9), match.start()):
            continue  # "The partnership, Dastrel Associates, bought": a partnership named before is a party; "formed a partnership" is a deal
        if lang == "en" and voice in ("sell", "buy") and not noun and _EN_TRADE_OBJECT.match(text, match.end()):
            continue  # "will buy back its shares", "sells its products in 100 countries", "sold $20 billion of bonds": trade, no deal
        if voice in ("sell", "buy") and lang in _RETAIL and _RETAIL[lang].match(text, match.end()):
            continue  # "vend sa lampe à un tarif de 40 euros", "verkauft die Uhr in vier Farben": goods at retail
        if (
            lang == "fr" and voice == "order" and not noun and _FR_ORDER_NOUN.search(text, max(0, match.start() - 12), match.start()) and text.startswith("commande", match.start())
            and not _FR_ORDER_PLACED.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "la commande porte sur 40 rames": the noun, whose maker and buyer the verb would not name
        if lang == "fr" and _FR_DONATION_POT.search(text, max(0, match.start() - 150), min(len(text), match.end() + 150)):
            continue  # a donation pot or crowdfunding for a cause: donations, no deal between parties
        if lang == "fr" and voice == "supply" and "command" in match.group() and _FR_ORDERED_FROM.match(text, match.end()) and not _FR_ORDER_WON.match(match.group()):
            voice = "order"  # "Norvia a signé une commande ferme de 40 avions auprès de Velkor": the signer orders
        if lang == "fr" and voice == "passive" and match.group().startswith("reprise") and _FR_ORDER_NOUN.search(text, max(0, match.start() - 12), match.start()):
            # "la reprise de Norvia par Velkor": the noun, not the participle; what follows "de" is bought
            noun_of = _FR_TAKEOVER_OF.match(text, match.start())
            if noun_of is None:
                continue
            found.append(Trigger(match.start(), noun_of.end(), T.ACQUISITION, "buy", True))
            continue
        if lang == "fr" and voice == "buy" and match.group().startswith("acquise") and not _FR_AUX_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "l'expérience acquise chez Velkor": an adjective ("qu'il avait acquise", "a été acquise" are verbs)
        if voice == "partner" and lang in _TREATY and _TREATY[lang].search(text, match.start(), min(len(text), match.end() + 30)):
            continue  # "accord de libre-échange", "Freihandelsabkommen": a treaty between states, not a deal between parties
        if lang == "de" and voice == "supply" and _DE_ON_BEHALF.search(text, max(0, match.start() - 4), match.start()):
            continue  # "im Auftrag der Landesregierung": on behalf of, not a contract
        if lang == "en" and voice == "sold_by" and not _en_named_subject(text, match.start()):
            continue  # "when it was sold by X", "shares being sold by holders": only a name right before is what is sold
        if lang == "en" and voice == "passive" and deal_type is T.ACQUISITION and _EN_SOLD_TO.search(match.group()) and not _en_named_subject(text, match.start()):
            # "said its stores were sold to Velkor": no name is what is sold, the sentence's company sells (the plain sale)
            sold = _EN_SOLD_TO.search(match.group())
            assert sold is not None
            found.append(Trigger(match.start() + sold.start(), match.start() + sold.end(), T.DIVESTITURE, "sell", False))
            continue
        if lang == "en" and voice == "buy" and not noun and _EN_GOODS_AFTER.match(text, match.end()):
            deal_type, voice = T.SUPPLY_CONTRACT, "order"  # "bought 40 trucks from Norvia": counted goods are an order from their maker
        if (
            lang == "de" and match.group() == "kaufen" and not _de_modal_infinitive(text, match.start(), match.end()) and not _de_planned_zu(text, match.start())
            and not _DE_WE_BEFORE.search(text, max(0, match.start() - 6), match.start()) and not _DE_WE_AFTER.match(text, match.end())
            and not _de_listed_subject(text, match.start())
        ):
            continue
        if lang == "de" and voice == "buy" and not noun and _DE_GOODS_AFTER.match(text, match.end()):
            # "Velkor kauft 30 Flugzeuge von Norvia": goods counted out are an order from their maker
            deal_type, voice = T.SUPPLY_CONTRACT, "order"
        if lang == "de" and deal_type is T.ACQUISITION and voice == "buy" and not noun and _DE_SHARES_BOUGHT.search(text, max(0, match.start() - 80), min(len(text), match.end() + 40)):
            deal_type = T.INVESTMENT  # "hat Norvia-Aktien im Wert von 2 Milliarden Euro gekauft": shares bought are a stake
        if lang == "de" and voice == "buy" and not noun and match.group().startswith(("kauf", "gekauft")) and (
            _DE_BONDS_AFTER.match(text, match.end()) or _DE_BONDS_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "die Notenbank kauft Anleihen für 20 Milliarden Euro": securities bought on the market, no party sells
        if lang == "de" and voice == "buy" and not noun and match.group().startswith(("kauf", "bezieh")) and _DE_COMMODITY_AFTER.match(text, match.end()):
            deal_type, voice = T.SUPPLY_CONTRACT, "order"  # "kauft ihren Strom bei Norvia": a commodity bought from its supplier
        if lang == "de" and voice == "buy" and not noun and match.group().startswith("übern") and (
            _DE_DELIVERY_TAKEN.match(text, match.end()) or _DE_DELIVERY_BEFORE.search(text, max(0, match.start() - 80), match.start())
        ):
            deal_type, voice = T.SUPPLY_CONTRACT, "supply"  # "übernimmt die Stromlieferung": who takes on a delivery supplies
        if lang == "de" and voice in ("buy", "sell") and match.group()[:1].islower() and _DE_AGENTLESS_PASSIVE.search(text, max(0, match.start() - 8), match.start()):
            # (a noun after "wird" is no passive: "Velkor wird Großaktionär bei Norvia")
            if not _VON_DURCH.match(text[match.end() : match.end() + 8]) and not _DE_SUFFIXED_SUBJECT.search(text, max(0, match.start() - 80), match.start()):
                continue  # "mehr Produkte werden gekauft": goods sold, no deal between parties ("Die Norvia GmbH wird verkauft" is a company)
        if deal_type is T.INVESTMENT and found and found[-1].voice == "sell" and _SAME_CLAUSE.fullmatch(text, found[-1].end, match.start()):
            continue  # "agreed to sell a 40 pct interest in X", "verkauft ihre Beteiligung an X", "a cédé sa participation dans X": the stake is what is sold, not a second deal
        if lang in _DENIAL and _denied(text, lang, match.start(), match.end()):
            continue  # "dementierte eine Kapitalerhöhung", "a démenti tout projet de rachat de Norvia": a deal denied is none
        if lang == "fr" and _FR_INTENT_DENIED.search(text, max(0, match.start() - 70), match.start()):
            continue  # "Velkor ne compte pas racheter Norvia", "exclut de céder Dastrel": an intention denied is no deal
        if lang == "fr" and voice == "passive" and match.group().startswith(("rejoi", "intè", "intég")) and _fr_person_joins(text, match.start(), match.end()):
            continue  # "Marie Lenoir rejoint le groupe Velkor comme directrice": a person hired, no company bought
        if lang == "de" and voice == "partner" and _DE_SUPPLY_AGREEMENT.search(match.group()):
            deal_type, voice = T.SUPPLY_CONTRACT, "supply"  # "hat mit Norvia einen Stromliefervertrag geschlossen": a supply deal
        found.append(Trigger(match.start(), match.end(), deal_type, voice, noun))
    if lang == "de":
        # "will seine Beteiligung an Norvia abstoßen": the stake is what the later verb sells, not a second deal
        found = [t for k, t in enumerate(found) if not (
            t.deal_type is T.INVESTMENT and k + 1 < len(found) and found[k + 1].voice == "sell" and not found[k + 1].noun
            and _DE_STAKE_WORD.match(text, t.start) and _DE_SAME_FRAME.fullmatch(text, t.end, found[k + 1].start)
        )]
    return found


# the clause denies the deal; the verb of denial stands before the deal word or closes its clause (de), or comes
# after it with its denier ("un projet de rachat démenti par Velkor")
_DENIAL: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "de": (
        re.compile(r"\b(?:dementiert|dementierte|dementierten|dementieren|dementiere)\s+[^,.;:!?]{0,60}$"),
        re.compile(r"[^,.;:!?]{0,80}?\b(?:dementiert|dementierte|dementierten|dementieren|dementiere)\b"),
    ),
    "fr": (
        re.compile(r"\b(?:démenti|démentait|démentaient|dément|démentent|démentir|démentira)\s+[^,.;:!?]{0,60}$"),
        re.compile(r"[^,.;:!?]{0,60}?\b(?:démentie?s? par)\b"),
    ),
}


# fr: the subject denies wanting the deal ("ne veut pas racheter", "n'envisage pas une fusion", "exclut de céder",
# "n'a pas l'intention de vendre"); "n'exclut pas de racheter" keeps the deal open and is a status cue instead
_FR_INTENT_DENIED = re.compile(
    r"(?:\b(?:ne|n['’])\s*(?:veu(?:t|lent)|voulai(?:t|ent)|compt(?:e|ent|ait|aient)|souhait(?:e|ent|ait|aient)|envisag(?:e|ent|eait|eaient)"
    r"|prévoi(?:t|ent)|projett?(?:e|ent)|entend(?:ent)?|cherch(?:e|ent))\s+(?:pas|plus|nullement|aucunement)"
    r"|\b(?:ne|n['’])\s*(?:a|ont|avait|avaient)\s+(?:pas|plus|nullement|aucunement)\s+l['’]intention"
    r"|(?<!n['’])\bexclu(?:t|ent|ait|aient)|\b(?:a|ont|avait|avaient)\s+exclu)"
    r"\s+(?:de\s+|d['’]|à\s+)?(?:(?:un|une|le|la|l['’]|les|tout|toute)\s*)?(?:(?:éventuel(?:le)?|possible|nouvelle?)\s+)?$"
    r"|\brefus(?:e|ent|ait|aient)\s+(?:de\s+|d['’])$"
)


# fr: who joins a group as a post holder, or a person named by a given name before "rejoint"
_FR_JOINS_AS = re.compile(r"[^.;]{0,80}?\b(?:comme|en tant que|en qualité de|au poste de|à la tête de|pour (?:y )?(?:diriger|prendre la tête|occuper|présider))\b")
_FR_FIRST_NAME_BEFORE = re.compile(r"\b([A-ZÀ-Ý][\w-]+)\s+([A-ZÀ-Ý][\w'’-]+)(?:,[^,.;]{1,60},)?\s+(?:(?:a|ont|avait|va|vient d['’]\w+)\s+)?$")


# ... or named by an office or a trade before "rejoint" ("l'ancien ministre Dupont", "l'ex-patron de Norvia")
_FR_PERSON_TITLE_BEFORE = re.compile(
    r"\b(?:ministre|patron(?:ne)?|PDG|directeur|directrice|président(?:e)?|dirigeant(?:e)?|ancien(?:ne)?|ex-\w+|footballeur|joueur|joueuse|"
    r"entraîneur|cadre|ingénieur|chercheur|chercheuse|M\.|Mme|économiste|avocat|avocate|chef|fondateur|fondatrice|salariée?|banquier|banquière|"
    r"journaliste|animateur|animatrice|consultant|consultante|député|députée|sénateur|sénatrice)\b[^.;:!?]*$"
)


def _fr_person_joins(text: str, start: int, end: int) -> bool:
    if _FR_JOINS_AS.match(text, end) is not None:
        return True
    if _FR_PERSON_TITLE_BEFORE.search(text, max(0, start - 90), start) is not None:
        return True
    before = _FR_FIRST_NAME_BEFORE.search(text, max(0, start - 90), start)
    return before is not None and (before.group(1).lower() in GIVEN_NAMES or _fr_given_like(text, before.group(1), before.group(2)))


def _fr_given_like(text: str, first: str, second: str) -> bool:
    """fr: "Kévin Marnier": a first word the article only ever writes before another capitalised word, neither of the
    two an organisation word, reads as a given name ("Orvane Capital", "Groupe Velkor" do not)."""
    words = (first.lower(), second.lower())
    if any(w in ORG_HEADS or is_legal_suffix(w) for w in words):
        return False
    alone = len(re.findall(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text))
    return alone == len(re.findall(rf"(?<![\w-]){re.escape(first)}\s+[A-ZÀ-Ý]", text))


def _denied(text: str, lang: str, start: int, end: int) -> bool:
    if not memo(text, "ment", lambda: "ment" in text):  # asked per trigger: of a long article, looked for once
        return False
    before, after = _DENIAL[lang]
    return before.search(text, max(0, start - 80), start) is not None or after.match(text, end) is not None


_FR_ORDERED_FROM = re.compile(r"[^.;]{0,80}?\bauprès d")
# ... but who wins, lands or receives an order ("a décroché une commande auprès de Norvia") makes the goods: it supplies
_FR_ORDER_WON = re.compile(r"(?:décroch|remport|rafl|obten|obtien|reçu|reçoi|recev|enregistr|engrang)")
_FR_TAKEOVER_OF = re.compile(r"reprises? (?:de l['’]|de la |d['’]|du |de )")
# ... but a verb that places the order names its buyer: "Norvia Air a confirmé (signé, finalisé) une commande ... auprès de Velkor"
_FR_ORDER_PLACED = re.compile(r"\b(?:a|ont|avait|avaient|va|vont)\s+(?:\w+\s+)?(?:confirmé|signé|finalisé|officialisé|conclu|annoncé|confirmer|signer|finaliser|conclure)\s+(?:une|sa|leur|cette)\s+(?:\w+\s+)?$")
_FR_ORDER_NOUN = re.compile(r"\b(?:[Ll]a|[Uu]ne|[Cc]ette|[Ss]a|[Ll]eur|[Nn]ouvelle|[Gg]rosse|[Pp]remière|[Dd]ernière)\s+$")
_SAME_CLAUSE = re.compile(r"[^,.;:]{0,50}")
# de: the verb's object is a company's shares ("kaufte Norvia-Aktien", "kaufte Aktien der Norvia", "hat ... Aktien ... gekauft"),
# not its majority (the verb is one of buying, the shares stand right after it or before its participle)
_DE_SHARES_BOUGHT = re.compile(
    r"\b(?:kauft|kaufte|kauften|erwirbt|erwarb|erwarben)\s+(?:(?!Mehrheit)\S+\s+){0,2}?(?:[A-ZÄÖÜ][\w&]*-)?Aktien\b"
    r"|(?<!Mehrheit der )(?<!Mehrheit seiner )(?<!Mehrheit ihrer )\b(?:[A-ZÄÖÜ][\w&]*-)?Aktien\b(?:[^.;,]|(?<=\d)[.,](?=\d)){0,70}?\b(?:gekauft|erworben)\b"
)
# "kauft ihren Strom bei", "kaufte Gas von": energy and raw materials are bought from a supplier, no company is
# "kauft Staatsanleihen", "kaufte Anleihen im Wert von ...", "Anleihen für 20 Milliarden Euro kauft": bonds bought on the
# market; a bank named as the dative seller ("kauft der Norvia Bank Anleihen ab") is read before, in the sellers
_DE_BONDS = r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Aa]nleihen|[Ww]ertpapiere|[Ss]chuldverschreibungen|[Bb]onds)\b"
_DE_BONDS_AFTER = re.compile(r"\s+(?:(?:weitere|zusätzliche|neue|mehr|massiv|verstärkt)\s+)*" + _DE_BONDS + r"(?![^.;:]*\sab\b)")
_DE_BONDS_BEFORE = re.compile(r"(?<![\w-])" + _DE_BONDS + r"(?:\s+[^\s.;:,]+){0,6}?\s+$")
_DE_COMMODITY_AFTER = re.compile(
    r"\s+(?:\S+\s+){0,2}?(?:Strom|Ökostrom|Gas|Erdgas|Flüssiggas|LNG|Öl|Rohöl|Heizöl|Kohle|Wasserstoff|Energie|Fernwärme|Wärme)\s+(?:\S+\s+){0,3}?(?:bei|von|aus)\s"
)
# "übernimmt die Stromlieferung", "übernahm die Belieferung der Stadtwerke": a delivery taken on
_DE_DELIVERY_TAKEN = re.compile(r"\s+(?:\S+\s+){0,3}?(?:die|eine)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Ll]ieferung|[Bb]elieferung|[Vv]ersorgung)\b")
_DE_DELIVERY_BEFORE = re.compile(r"\b(?:[Dd]ie|[Dd]eren|[Ii]hre|[Ss]eine)\s+(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Ll]ieferung|[Bb]elieferung|[Vv]ersorgung)\b[^.;:]*$")
_DE_GOODS_AFTER = re.compile(
    r"\s+(?:(?:weitere|rund|etwa|insgesamt|zusätzlich|zusätzliche|neue|bis zu)\s+)*\d[\d.,]*\s+"
    r"(?!(?:Prozent|Millionen|Milliarden|Million|Milliarde|Mio|Mrd|Euro|Dollar|Franken|Pfund|Aktien|Anteile|Stimmrechte|Papiere|Stück Aktien)\b)[A-ZÄÖÜ][a-zäöüß-]+"
)
_EN_GOODS_AFTER = re.compile(
    r"\s+(?:(?:another|an additional|up to|about|some|nearly|around)\s+)?\d[\d.,]*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:aircraft|airplanes?|planes|jets|jetliners|helicopters|trains|locomotives|ships|vessels|frigates|tanks|turbines|satellites|"
    r"servers|trucks|buses|vehicles|cars|chips|gpus|doses|robots|"
    # modern orders: devices and defence or rail goods counted out
    r"laptops|computers|tablets|smartphones|phones|engines|drones|missiles|submarines|railcars|wagons|ambulances|cranes)\b",
    re.IGNORECASE,
)
# en: the passive sale's subject is a name right before its auxiliaries ("Norvia Inc has been sold to")
_EN_SOLD_TO = re.compile(r"sold|divested")
_EN_NAME_BEFORE = re.compile(r"((?-i:[A-Z])[\w.&'’-]*)(?:,\s+(?:which|who)\s[^,;]{1,80},)?\s+(?:(?:has|have|had|will|would|could|may|might|shall|should|expected|likely|set|due|to|soon|also|already|recently|now|since|not)\s+)*$")


def _en_named_subject(text: str, start: int) -> bool:
    """Does a company's name (no country: "its plants in Peru and Chile will be sold to") end right before ``start``,
    maybe with a relative clause after it ("Sarvik Foods, which makes frozen pizza, has been sold to")?"""
    named = _EN_NAME_BEFORE.search(text, max(0, start - 150), start)
    return named is not None and country_of(named.group(1)) is None


_DE_SAME_FRAME = re.compile(r"(?:(?!\b(?:und|sowie|oder|aber)\b)[^,.;:]){0,50}")
_DE_STAKE_WORD = re.compile(r"\b(?:Anteile?|Beteiligung|Aktienpaket|Stimmrechtsanteil)\b")


# the languages with a trigger table; others are read with the English one
TRIGGER_LANGS = frozenset(_TRIGGERS)
