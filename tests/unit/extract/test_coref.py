"""Light coreference (fr, de): a side named by a description or a pronoun, on invented sentences, each with a negative case."""

from __future__ import annotations

from pipeline.extract.candidates import Candidate, Role
from pipeline.extract.coref import Reference, antecedents, fill_from_references, references
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import Trigger
from pipeline.models import DealType, PartyKind, PartyRole
from tests.unit.extract.support import records_of


def _resolve(text: str, lang: str, phrase: str) -> list[str]:
    """What the first reference at ``phrase`` stands for."""
    at = text.index(phrase)
    sentences = split_sentences(text)
    index = next(k for k, (a, b) in enumerate(sentences) if a <= at < b)
    ref = next(r for r in references(text, lang, *sentences[index]) if r.start == at)
    return [n.text for n in antecedents(text, lang, sentences, index, ref, set())]


def _parties(text: str, lang: str) -> list[set[tuple[str, PartyRole]]]:
    return [{(p.name, p.role) for p in r.parties} for r in records_of(text, lang)]


# --- which name a reference takes up ---------------------------------------------------------------------------------


def test_description_takes_up_the_subject_not_the_object() -> None:
    text = "Velkor a racheté Norvia en mars. Le groupe emploie 300 personnes."
    assert _resolve(text, "fr", "Le groupe") == ["Velkor"]


def test_description_between_two_equally_likely_companies_is_left_alone() -> None:
    text = "Velkor et Norvia ont publié leurs comptes. Le groupe emploie 300 personnes."
    assert _resolve(text, "fr", "Le groupe") == []


def test_description_never_takes_up_a_person() -> None:
    text = "Jean Marnier dirige la maison depuis 2019. Le groupe emploie 300 personnes."
    assert _resolve(text, "fr", "Le groupe") == []


def test_pronoun_takes_up_the_previous_subject() -> None:
    text = "Velkor a publié ses comptes lundi. Elle a aussi annoncé un plan."
    assert _resolve(text, "fr", "Elle") == ["Velkor"]


def test_pronoun_after_a_person_named_later_is_left_alone() -> None:
    text = "Velkor a publié ses comptes lundi, selon son patron Jean Marnier. Il a aussi annoncé un plan."
    assert _resolve(text, "fr", "Il") == []


def test_impersonal_pronoun_is_no_reference() -> None:
    text = "Velkor a publié ses comptes. Il faut dire que le marché recule."
    assert all(r.want != "pronoun" for r in references(text, "fr", 0, len(text)))


def test_description_followed_by_its_name_is_no_reference() -> None:
    text = "Le groupe pharmaceutique Velkor a racheté Norvia. Der Konzern Dastrel kauft Tessmar."
    assert [r.want for r in references(text, "fr", 0, 50)] == []
    assert [r.want for r in references(text, "de", 51, len(text))] == []


def test_country_description_takes_up_the_country_named_before() -> None:
    text = "Portugal steckt tief in der Krise. Das Land hat ein neues Programm beantragt."
    assert _resolve(text, "de", "Das Land") == ["Portugal"]


def test_country_description_does_not_reach_across_paragraphs() -> None:
    text = "Portugal steckt tief in der Krise.\nDie Börsen schlossen fester.\nDie Anleger blieben ruhig.\nDas Land hat ein neues Programm beantragt."
    assert _resolve(text, "de", "Das Land") == []


def test_pair_takes_up_the_two_companies_of_one_sentence() -> None:
    text = "Velkor und Norvia verhandeln seit Monaten. Nun wollen die beiden Unternehmen fusionieren."
    assert sorted(_resolve(text, "de", "die beiden Unternehmen")) == ["Norvia", "Velkor"]


def test_pair_after_three_companies_is_left_alone() -> None:
    text = "Velkor, Norvia und Dastrel verhandeln seit Monaten. Nun wollen die beiden Unternehmen fusionieren."
    assert _resolve(text, "de", "die beiden Unternehmen") == []


# --- the deal's empty slot filled ----------------------------------------------------------------------------------


def test_merger_of_the_two_companies_named_before() -> None:
    text = "Velkor und Norvia verhandeln seit Monaten. Nun wollen die beiden Unternehmen fusionieren."
    found = _parties(text, "de")
    assert found and {("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)} <= found[0]


def test_no_merger_when_the_pair_is_unclear() -> None:
    text = "Velkor, Norvia und Dastrel verhandeln seit Monaten. Nun wollen die beiden Unternehmen fusionieren."
    assert not any(("Velkor", PartyRole.PARTNER) in parties for parties in _parties(text, "de"))


def test_aid_requested_by_the_country_named_before() -> None:
    text = "Portugal steckt tief in der Krise. Das Land hat am Montag ein Hilfsprogramm beim Rettungsfonds Norvia beantragt."
    found = _parties(text, "de")
    assert found and ("Portugal", PartyRole.TARGET) in found[0]


def test_aid_requested_by_an_unnamed_country_stays_unresolved() -> None:
    text = "Die Börsen schlossen fester. Das Land hat am Montag ein Hilfsprogramm beim Rettungsfonds Norvia beantragt."
    assert not any(p[1] is PartyRole.TARGET and p[0] != "Norvia" for parties in _parties(text, "de") for p in parties)


def test_genitive_description_is_no_subject() -> None:
    text = "Velkor meldet Verluste bei der Tochter Norvia. Der Bedarf der Gruppe ist mit dem Kredit des Rettungsfonds Dastrel gedeckt."
    assert not any(("Norvia", PartyRole.INVESTOR) in parties or ("Velkor", PartyRole.INVESTOR) in parties for parties in _parties(text, "de"))


def test_bare_state_takes_up_the_government_named_before() -> None:
    text = "Le gouvernement allemand a présenté son plan lundi. L'État va investir 300 millions d'euros dans Velkor."
    found = _parties(text, "fr")
    assert found and ("gouvernement allemand", PartyRole.INVESTOR) in found[0]


def test_bare_state_without_a_government_named_stays() -> None:
    text = "Velkor a présenté son plan lundi. L'État va investir 300 millions d'euros dans Velkor."
    found = _parties(text, "fr")
    assert found and not any(name == "gouvernement allemand" for name, _ in found[0])


def test_reference_is_a_span_of_the_text() -> None:
    text = "Velkor und Norvia verhandeln seit Monaten. Nun wollen die beiden Unternehmen fusionieren."
    ref = references(text, "de", 43, len(text))[0]
    assert ref == Reference(text.index("die beiden"), text.index(" fusionieren"), "pair")


def test_description_takes_up_the_title_company_over_a_name_in_passing() -> None:
    text = (
        "Velkor veut doubler ses ventes. Son nouveau directeur a dirigé la rédaction au sein du quotidien Norvia. "
        "Le quotidien a été cédé par Dastrel à une fondation."
    )
    found = [{name for name, _ in parties} for parties in (
        {(p.name, p.role) for p in r.parties} for r in records_of(text, "fr", title="Velkor veut doubler ses ventes")
    )]
    assert found and "Velkor" in found[0] and "Norvia" not in found[0]


def test_description_keeps_the_name_it_introduced_when_the_title_names_no_other() -> None:
    text = (
        "Velkor veut doubler ses ventes. Son nouveau directeur a dirigé la rédaction au sein du quotidien Norvia. "
        "Le quotidien a été cédé par Dastrel à une fondation."
    )
    found = [{p.name for p in r.parties} for r in records_of(text, "fr", title="Les ventes doublent")]
    assert found and "Norvia" in found[0]


def test_description_apposed_to_a_name_is_that_name() -> None:
    text = "Norvia a levé 300 millions d'euros, en partie auprès de Dastrel, le groupe de Jean Marnier."
    found = [{p.name for p in r.parties} for r in records_of(text, "fr")]
    assert found and found[0] == {"Norvia", "Dastrel"}


def test_description_after_a_place_and_a_comma_is_no_apposition() -> None:
    text = "Le groupe Velkor Industries grandit. Velkor Industries recrute. En Bretagne, le groupe a racheté Norvia."
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "fr")]
    assert found and ("Velkor Industries", PartyRole.BUYER) in found[0] and not any(name == "Bretagne" for name, _ in found[0])


def test_a_sentence_opened_by_a_description_has_no_named_subject() -> None:
    text = "Velkor a publié ses comptes lundi. L'entreprise, dont l'action montait à 17H00 Norvia, prévoit des pertes. Elle a annoncé un plan."
    assert _resolve(text, "fr", "Elle") == []


def test_description_takes_up_the_company_the_article_keeps_naming_over_a_passing_name() -> None:
    text = "Velkor grandit. Velkor recrute. Au salon, Velkor a rencontré des clients de Norvia. Le groupe emploie 300 personnes."
    assert _resolve(text, "fr", "Le groupe") == ["Velkor"]


def test_description_after_a_name_in_passing_only_is_left_alone() -> None:
    text = "Déjà candidat au rachat de Norvia en 2012, le groupe revendique des redressements réussis."
    assert _resolve(text, "fr", "le groupe") == []


def test_pair_takes_up_a_subject_and_its_partner() -> None:
    text = "Velkor s'associe avec son concurrent Norvia pour un vaccin. Les deux laboratoires emploient 300 personnes."
    assert sorted(_resolve(text, "fr", "Les deux laboratoires")) == ["Norvia", "Velkor"]


def test_pair_of_a_subject_and_an_object_is_left_alone() -> None:
    text = "Velkor a racheté Norvia pour un vaccin. Les deux laboratoires emploient 300 personnes."
    assert _resolve(text, "fr", "Les deux laboratoires") == []


def test_pair_fills_the_supplier_side() -> None:
    text = "Velkor Pharma s'associe avec son concurrent Norvia Labs pour un vaccin. Les deux laboratoires vont livrer 40 millions de doses à l'Espagne."
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "fr")]
    supply = [f for f in found if ("Espagne", PartyRole.CUSTOMER) in f]
    assert supply and {("Velkor Pharma", PartyRole.SUPPLIER), ("Norvia Labs", PartyRole.SUPPLIER)} <= supply[0]


def _supply_candidate(text: str, holder: str) -> Candidate:
    """A supply deal read in the last sentence, its supplier side held by ``holder`` named earlier."""
    sentences = split_sentences(text)
    at = text.index("livrer")
    trigger = Trigger(at, at + len("livrer"), DealType.SUPPLY_CONTRACT, "supply", False)
    cand = Candidate(trigger, sentences[-1])
    spain = text.index("Espagne")
    first = text.index(holder)
    cand.parties = [
        Role(holder, first, first + len(holder), PartyRole.SUPPLIER),
        Role("Espagne", spain, spain + len("Espagne"), PartyRole.CUSTOMER, PartyKind.GOVERNMENT),
    ]
    return cand


def test_pair_completes_a_side_one_of_the_two_holds() -> None:
    text = "Velkor Pharma s'associe avec son concurrent Norvia Labs pour un vaccin. Les deux laboratoires vont livrer des doses à l'Espagne."
    cand = _supply_candidate(text, "Velkor Pharma")
    fill_from_references(text, "fr", [], split_sentences(text), cand)
    assert {(p.name, p.role) for p in cand.parties} >= {("Velkor Pharma", PartyRole.SUPPLIER), ("Norvia Labs", PartyRole.SUPPLIER)}


def test_pair_does_not_complete_a_side_a_third_company_holds() -> None:
    text = "Velkor Pharma s'associe avec son concurrent Norvia Labs. Dastrel Bio grandit. Les deux laboratoires vont livrer des doses à l'Espagne."
    cand = _supply_candidate(text, "Dastrel Bio")
    fill_from_references(text, "fr", [], split_sentences(text), cand)
    assert {p.name for p in cand.parties} == {"Dastrel Bio", "Espagne"}


def test_pair_makes_no_lenders() -> None:
    text = "Velkor Pharma s'associe avec son concurrent Norvia Labs pour un vaccin.\nLes deux laboratoires disent que le vaccin est prêt et vont livrer des doses à l'Espagne."
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "fr")]
    assert not any(role is PartyRole.INVESTOR for parties in found for _, role in parties)


def test_pair_does_not_join_a_side_held_by_a_third_company() -> None:
    text = (
        "Velkor Pharma s'associe avec son concurrent Norvia Labs pour un vaccin.\n"
        "Dastrel Bio fournira 60 millions de doses au Royaume-Uni, comme les deux laboratoires."
    )
    found = [{p.name for p in r.parties} for r in records_of(text, "fr")]
    assert all(not ({"Dastrel Bio", "Velkor Pharma"} <= f or {"Dastrel Bio", "Norvia Labs"} <= f) for f in found)


def test_the_article_company_is_no_person_introduced_by_a_title() -> None:
    from pipeline.extract.article_names import article_company, fr_person
    from pipeline.extract.names import find_names

    text = (
        "Le directeur général de Velkor a nommé le journaliste lorvanien Paul Marnier à la tête de la rédaction. "
        "Paul Marnier a dirigé Norvia. Paul Marnier veut doubler les ventes. Paul Marnier arrive lundi. Paul Marnier sourit. "
        "Selon M. Marnier, Velkor attend."
    )
    assert fr_person(text, "Paul Marnier") and not fr_person(text, "Velkor")
    company = article_company(text, "fr", find_names(text, "fr"), "Velkor veut doubler ses ventes")
    assert company is not None and company.text == "Velkor"


# --- "wir", "nous": the company whose chief speaks -------------------------------------------------------------------


def test_we_is_the_company_whose_chief_speaks() -> None:
    text = (
        "Klasse statt Masse: So will Velkor-Chef Ivo Brenn den Konzern umbauen. REDAKTION: Wächst Velkor weiter? Brenn: Ja. "
        "REDAKTION: Und in Asien? Brenn: In Asien haben wir durch unsere Übernahme von Norvia einen Schritt gemacht."
    )
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "de")]
    assert any({("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)} <= f for f in found)


def test_we_is_nobody_when_two_companies_chiefs_speak() -> None:
    text = (
        "Klasse statt Masse: So will Velkor-Chef Ivo Brenn den Konzern umbauen. Dastrel-Chef Uwe Tarn widerspricht. "
        "REDAKTION: Wächst Velkor weiter? Brenn: Ja. REDAKTION: Und in Asien? Brenn: In Asien haben wir durch unsere "
        "Übernahme von Norvia einen Schritt gemacht."
    )
    found = [{p.name for p in r.parties} for r in records_of(text, "de")]
    assert not any("Velkor" in f or "Dastrel" in f for f in found)


def test_we_is_nobody_when_no_chief_speaks() -> None:
    text = (
        "Klasse statt Masse: So will Ivo Brenn den Konzern umbauen. REDAKTION: Wächst Velkor weiter? Brenn: Ja. "
        "REDAKTION: Und in Asien? Brenn: In Asien haben wir durch unsere Übernahme von Norvia einen Schritt gemacht."
    )
    found = [{p.name for p in r.parties} for r in records_of(text, "de")]
    assert not any("Velkor" in f for f in found)


def test_country_description_far_from_any_country_takes_up_the_title_country() -> None:
    text = (
        "La note du Portugal baisse.\nL'agence cite la dette.\nLes réserves chutent.\nLa monnaie recule.\n"
        "Le pays, endetté, sollicite le Fonds Norvia, qui lui avait prêté en 2012 un crédit de 9 milliards de dollars."
    )
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "fr", title="Le Portugal s'approche de la faillite")]
    assert any(("Portugal", PartyRole.TARGET) in f for f in found)


def test_country_description_with_two_title_countries_stays_unresolved() -> None:
    text = (
        "La note du Portugal baisse.\nL'agence cite la dette.\nLes réserves chutent.\nLa monnaie recule.\n"
        "Le pays, endetté, sollicite le Fonds Norvia, qui lui avait prêté en 2012 un crédit de 9 milliards de dollars."
    )
    found = [{p.name for p in r.parties} for r in records_of(text, "fr", title="Le Portugal et l'Espagne s'approchent de la faillite")]
    assert not any("Portugal" in f or "Espagne" in f for f in found)


def test_german_object_description_takes_up_the_name_its_noun_introduced() -> None:
    text = "Die Zeitung Norvia Post wird eingestellt. Ivo Brenn kaufte die 1974 gegründete Zeitung im Jahr 2012."
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "de")]
    assert any(("Norvia Post", PartyRole.TARGET) in f for f in found)


def _buy_candidate(text: str, buyer: str) -> Candidate:
    """A purchase read in the last sentence, with only its buyer found."""
    sentences = split_sentences(text)
    at = text.index("kaufte")
    cand = Candidate(Trigger(at, at + len("kaufte"), DealType.ACQUISITION, "buy", False), sentences[-1])
    first = text.index(buyer)
    cand.parties = [Role(buyer, first, first + len(buyer), PartyRole.BUYER, PartyKind.PERSON)]
    return cand


def test_german_object_description_fills_the_target() -> None:
    text = "Die Zeitung Norvia Post wird eingestellt. Ivo Brenn kaufte die 1974 gegründete Zeitung im Jahr 2012."
    cand = _buy_candidate(text, "Ivo Brenn")
    fill_from_references(text, "de", [], split_sentences(text), cand)
    assert ("Norvia Post", PartyRole.TARGET) in {(p.name, p.role) for p in cand.parties}


def test_german_object_description_after_two_names_of_its_noun_stays_unresolved() -> None:
    text = "Die Zeitung Norvia Post und die Zeitung Dastrel Blatt schließen. Ivo Brenn kaufte die 1974 gegründete Zeitung im Jahr 2012."
    cand = _buy_candidate(text, "Ivo Brenn")
    fill_from_references(text, "de", [], split_sentences(text), cand)
    assert [p.name for p in cand.parties] == ["Ivo Brenn"]


def test_german_trade_compounds_are_company_references() -> None:
    text = "Der Flugzeugbauer legte zu. Das Geldhaus verkauft. Die Supermarktkette wächst. Der Flugzeugbauer Velkor AG legte zu."
    assert [(text[r.start : r.end], r.want) for r in references(text, "de", 0, len(text))] == [
        ("Der Flugzeugbauer", "company"), ("Das Geldhaus", "company"), ("Die Supermarktkette", "company")
    ]


def test_pronoun_subject_fills_the_buyer() -> None:
    text = "Velkor Industries a publié ses comptes lundi. Elle rachète Norvia pour 30 millions d'euros."
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "fr")]
    assert found and ("Velkor Industries", PartyRole.BUYER) in found[0]


def test_pronoun_after_an_opening_phrase_fills_the_seller() -> None:
    text = "Velkor Industries a publié ses comptes lundi. Selon la presse, elle cède Norvia à Dastrel."
    found = [{(p.name, p.role) for p in r.parties} for r in records_of(text, "fr")]
    assert found and ("Velkor Industries", PartyRole.SELLER) in found[0]


def test_pronoun_after_a_person_fills_nothing() -> None:
    text = "Velkor Industries a publié ses comptes lundi. Le patron Jean Marnier a dit qu'il achète Norvia pour 30 millions d'euros."
    found = [{p.name for p in r.parties} for r in records_of(text, "fr")]
    assert not any("Velkor Industries" in f for f in found)


def test_a_description_followed_by_its_name_leaves_the_name_the_subject() -> None:
    text = "Le groupe Velkor publie ses comptes annuels. Il rachète le fabricant Norvia pour 20 millions d'euros."
    assert _parties(text, "fr") == [{("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}]
    # a bare description opening the sentence is the subject itself: the name after a preposition is no antecedent
    assert _resolve("Le groupe publie ses comptes chez Velkor. Il emploie 300 personnes.", "fr", "Il") == []


def test_a_pronoun_before_a_partner_verb_joins_the_partners_named_after_it() -> None:
    text = "Velkor publie ses comptes annuels. Il s'associe avec Norvia pour construire une usine."
    assert _parties(text, "fr") == [{("Velkor", PartyRole.PARTNER), ("Norvia", PartyRole.PARTNER)}]
    # a partner already named before the verb is the subject: the pronoun is not added
    other = "Velkor publie ses comptes annuels. Selon Dastrel, il s'associe avec Norvia."
    assert all(("Velkor", PartyRole.PARTNER) not in parties for parties in _parties(other, "fr"))


def test_a_pronoun_takes_up_what_the_previous_subject_description_stands_for() -> None:
    text = "Velkor publie ses comptes annuels. Le groupe, détenu par la famille Marnier, vise de nouveaux marchés. Il rachète Norvia pour 20 millions d'euros."
    assert _parties(text, "fr") == [{("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}]
    chained = "Velkor publie ses comptes annuels. Il emploie 300 personnes. Il rachète Norvia pour 20 millions d'euros."
    assert _parties(chained, "fr") == [{("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)}]
    # a person or another company named after the description may be who "il" is: left alone
    led = "Velkor publie ses comptes annuels. Le groupe, dirigé par Jean Marnier, vise de nouveaux marchés. Il rachète Norvia pour 20 millions d'euros."
    assert _parties(led, "fr") == [{("Norvia", PartyRole.TARGET)}]
    other = "Velkor publie ses comptes annuels. Le groupe recule et Dastrel progresse. Il rachète Norvia pour 20 millions d'euros."
    assert ("Velkor", PartyRole.BUYER) not in _parties(other, "fr")[0]
    # a company named after a preposition is an object, no rival subject
    sold = "Velkor publie ses comptes annuels. Le groupe vend ses usines à Dastrel. Il rachète Norvia pour 20 millions d'euros."
    assert ("Velkor", PartyRole.BUYER) in _parties(sold, "fr")[-1]


def test_a_description_after_a_decision_noun_is_the_subject_of_its_infinitive() -> None:
    text = "Velkor publie ses comptes. Son fondateur conteste le choix de la compagnie de maintenir ses commandes de 100 avions auprès de Norvia."
    assert _parties(text, "fr") == [{("Velkor", PartyRole.CUSTOMER), ("Norvia", PartyRole.SUPPLIER)}]
    # a description in a genitive before a finite verb is no subject
    other = "Velkor publie ses comptes. Le patron de la compagnie a passé des commandes de 100 avions auprès de Norvia."
    assert all(("Velkor", PartyRole.CUSTOMER) not in parties for parties in _parties(other, "fr"))
    # without a decision noun before it, a description after "de" stays an object
    near = "Velkor publie ses comptes. Son fondateur parle auprès de la compagnie de maintenir ses commandes de 100 avions auprès de Norvia."
    assert all(("Velkor", PartyRole.CUSTOMER) not in parties for parties in _parties(near, "fr"))


def test_the_voice_tables_are_derived_from_the_voices_sides() -> None:
    from pipeline.extract import article_names, coref
    from pipeline.extract.roles.voices import EXTRA_ROLE, VOICE_SIDES

    assert {voice: acting for voice, (acting, _) in VOICE_SIDES.items()} == coref._SUBJECT_ROLE
    # coref fills one empty side of two: no partnership; "est à vendre" names what is sold and its seller
    assert set(coref._SIDES) == set(VOICE_SIDES) - {"partner"}
    assert coref._SIDES["sold_by"] == (PartyRole.TARGET, PartyRole.SELLER)
    assert coref._SIDES["passive"] == (PartyRole.TARGET, PartyRole.BUYER)
    # the French actor carried to a later "elle": never what a passive says is sold
    assert "passive" not in article_names._FR_ACTING_ROLE and "sold_by" not in article_names._FR_ACTING_ROLE
    assert article_names._FR_ACTING_ROLE["fund"] is PartyRole.TARGET
    # a further company named: the transfer's unnamed side, or one more of the side that pays or joins
    assert [EXTRA_ROLE[v] for v in ("buy", "passive", "sell", "sold_by")] == [PartyRole.SELLER, PartyRole.SELLER, PartyRole.BUYER, PartyRole.BUYER]
    assert [EXTRA_ROLE[v] for v in ("invest", "fund", "other", "partner", "supply", "order")] == [
        PartyRole.INVESTOR, PartyRole.INVESTOR, PartyRole.INVESTOR, PartyRole.PARTNER, PartyRole.CUSTOMER, PartyRole.CUSTOMER,
    ]
    assert EXTRA_ROLE.get("merge", PartyRole.CUSTOMER) is PartyRole.CUSTOMER


# --- German descriptions with adjectives, and a description followed by its name -------------------------------------


def test_de_description_after_adjectives_is_a_reference() -> None:
    text = "Die Velkor AG meldete Rekordzahlen. Der Münchner Autobauer kauft nun die Norvia GmbH."
    assert _resolve(text, "de", "Der Münchner Autobauer") == ["Velkor AG"]
    text = "Die Velkor AG meldete Rekordzahlen. Der oberfränkische Spielwarenriese kauft nun die Norvia GmbH."
    assert _resolve(text, "de", "Der oberfränkische Spielwarenriese") == ["Velkor AG"]


def test_de_description_after_adjectives_followed_by_its_name_is_no_reference() -> None:
    text = "Der Münchner Autobauer Velkor AG kauft die Norvia GmbH."
    assert not [r for r in references(text, "de", 0, len(text)) if r.want == "company"]


def test_de_plural_adjective_is_no_company() -> None:
    text = "Die anderen Unternehmen kaufen Anteile an der Norvia GmbH."
    assert not [r for r in references(text, "de", 0, len(text)) if r.want == "company"]


def test_de_described_buyer_after_adjectives_is_completed() -> None:
    text = "Die Velkor AG meldete Rekordzahlen. Der oberfränkische Spielwarenriese kauft nun die Norvia GmbH."
    assert ("Velkor AG", PartyRole.BUYER) in set().union(*_parties(text, "de"))


def test_de_description_followed_by_its_name_leaves_that_name_the_subject() -> None:
    # "Der Flugzeugbauer Velkor ...": Velkor is the subject of the sentence before, so "der Konzern" takes it up
    text = "Der Flugzeugbauer Velkor legte an der Börse zu. Der Konzern übernimmt die Dastrel AG."
    assert _resolve(text, "de", "Der Konzern") == ["Velkor"]
    # a description that opens its sentence with no name after it keeps that sentence's names out of the subject
    text = "Der Flugzeugbauer hat mit Velkor geredet. Der Konzern übernimmt die Dastrel AG."
    assert _resolve(text, "de", "Der Konzern") == []


def test_de_town_adjective_and_trade_noun_read_as_a_name_is_the_company_before() -> None:
    text = "Die Velkor AG hat Zahlen vorgelegt. Der Münchner Autobauer kauft die Norvia GmbH."
    assert _parties(text, "de") == [{("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}]
    text = "Die Velkor AG hat Zahlen vorgelegt. Der Wiener Versicherer kauft die Norvia GmbH."
    assert _parties(text, "de") == [{("Velkor AG", PartyRole.BUYER), ("Norvia GmbH", PartyRole.TARGET)}]


def test_de_town_adjective_and_trade_noun_with_no_company_before_is_left_alone() -> None:
    text = "Der Münchner Autobauer kauft die Norvia GmbH."
    assert ("Velkor AG", PartyRole.BUYER) not in set().union(*_parties(text, "de"))
    # an institution's noun after a town's adjective is a name of its own
    text = "Die Velkor AG hat Zahlen vorgelegt. Die Berliner Sparkasse kauft die Norvia GmbH."
    assert ("Velkor AG", PartyRole.BUYER) not in set().union(*_parties(text, "de"))
