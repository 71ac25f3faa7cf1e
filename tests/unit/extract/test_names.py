from __future__ import annotations

import pytest

from pipeline.extract.names import find_names
from tests.unit.extract.support import records_of


def _names(text: str, lang: str = "en") -> list[str]:
    spans = find_names(text, lang)
    for span in spans:
        assert text[span.start : span.end] == span.text
    return [" ".join(s.text.split()) for s in spans]


def test_names_end_at_legal_suffix_and_split_at_and() -> None:
    text = "Orchard Valley Inc and Brisk\nMotor Corp said Orchard would buy Brisk."
    assert _names(text)[:2] == ["Orchard Valley Inc", "Brisk Motor Corp"]


def test_connectors_inside_a_name() -> None:
    assert "Kessel and Marsh Inc" in _names("Kessel and Marsh Inc said it sold a plant.")
    assert "Compagnie des Tissus Vallon" in _names("It sold the unit to Compagnie des Tissus Vallon last week.")


def test_possessive_closes_a_name_but_not_a_surname() -> None:
    names = _names("Tavor Corp said it bought Lenning Inc's Brookside Tools Co for cash.")
    assert names == ["Tavor Corp", "Lenning Inc", "Brookside Tools Co"]
    assert find_names("Lenning Inc's unit", "en")[0].possessive
    assert _names("Dunmore's Bakeries Inc said it sold a mill.")[0] == "Dunmore's Bakeries Inc"


def test_place_before_based_is_not_part_of_the_name() -> None:
    assert _names("It agreed to buy the Salt Lake-based Ember Foods Inc.") == ["Ember Foods Inc"]


def test_german_nouns_are_not_names() -> None:
    names = _names("Der Versicherer Korvex AG musste einen Gewinneinbruch melden. Lumen hat die Firma Orvia übernommen.", "de")
    assert "Korvex AG" in " ".join(names)
    assert "Gewinneinbruch" not in names
    assert "Orvia" in names


def test_german_plural_nouns_and_particles_are_not_names() -> None:
    # a common noun opens a name only when capitals run on to a suffix; the particle "ab" is no Swedish AB
    assert _names("Die Notenbank nahm Velmo für etliche Millionen alte Kredite ab, sagt Orvia.", "de") == ["Velmo", "Orvia"]
    # "Beobachtern zufolge", "in Hochrisiko-Anlagen": plural nouns without article, written once
    names = _names("Nun befindet sich Korvex Beobachtern zufolge in Gesprächen, und Korvex investierte in Hochrisiko-Anlagen.", "de")
    assert names == ["Korvex", "Korvex"]
    # a long "-e" noun written once is no name either, but a short one may be
    assert _names("Nun wurden Firmenanteile an Korvex abgegeben, und Korvex zahlt.", "de") == ["Korvex", "Korvex"]
    # "Western" is part of the name, not a German noun in "-ern" describing it
    assert _names("Der Hersteller Western Talvan kauft Orvia.", "de")[0] == "Western Talvan"


def test_german_sentence_opening_verb_is_not_part_of_a_name() -> None:
    names = _names("Gelten Velkor-Anleihen als sicher, so gilt das nicht für Orvia.", "de")
    assert names[0] == "Velkor-Anleihen"


def test_german_role_compounds_are_not_names() -> None:
    assert _names("Velmo-Aktionär Korvex will die Sparte kaufen.", "de") == ["Korvex"]
    assert _names("Der Medien-Milliardär hatte Orvia gekauft.", "de") == ["Orvia"]
    assert "Orvia-Übernahme" not in _names("Korvex finanziert seine Orvia-Übernahme mit Krediten.", "de")


def test_french_sentence_openers_are_not_names() -> None:
    names = _names("Ainsi, le groupe Lumen a racheté Orvia. Lumen est basé à Lyon.", "fr")
    assert "Ainsi" not in names
    assert "Orvia" in names








def test_a_bracket_in_a_name_across_a_line_break() -> None:
    text = "Harlow Corp said it sold its stake to Benton Holdings\n(Canada) Ltd for cash."
    assert "Benton Holdings\n(Canada) Ltd" in [n.text for n in find_names(text, "en")]
    text = "Trell Petroleum\n(U.K.) Ltd said it sold two blocks."
    assert "Trell Petroleum\n(U.K.) Ltd" in [n.text for n in find_names(text, "en")]


def test_german_compound_common_nouns_are_not_brands() -> None:
    names = _names("Man lädt die Listen in das neue Online-Kundenportal von Velkor.", "de")
    assert "Online-Kundenportal" not in names
    # ... but "die Velkor-Gruppe" names a company, and "eine US-Firma" stays an unnamed party
    assert _names("Der Konzern kauft die Velkor-Gruppe.", "de") == ["Velkor-Gruppe"]


def test_german_text_keeps_english_words_of_a_company_name() -> None:
    # "-tion", "-ment" and "Kapital" look like German nouns; inside an English-worded name they are not
    names = _names("Der Investor Norvia Education Network kauft die Dastrel Digital Solutions GmbH.", "de")
    assert names == ["Norvia Education Network", "Dastrel Digital Solutions GmbH"]
    assert _names("Die Titel der Velkorhausen Bank International stiegen.", "de") == ["Velkorhausen Bank International"]
    # ... and a describing noun before the name still goes
    assert _names("Der Maschinenbauer Velkor Bank kauft.", "de") == ["Velkor Bank"]
    assert _names("Nun kauft das Management.", "de") == []


def test_german_case_ending_of_an_adjective_in_a_name() -> None:
    text = "Die Nordische Bank verkauft. Ein Sprecher der Nordischen Bank sagte das."
    spans = find_names(text, "de")
    assert [s.full or s.text for s in spans] == ["Nordische Bank", "Nordische Bank"]


def test_german_name_opening_with_an_adjective_in_an_oblique_case() -> None:
    # "-ischen" looks like the noun ending "-chen"; after an article the capitalised adjective opens a name, and the
    # name carries its nominative even when the article never writes it
    spans = find_names("Velkor kauft Anteile der Nordländischen Staatsbahn.", "de")
    assert [s.full or s.text for s in spans] == ["Velkor", "Nordländische Staatsbahn"]
    spans = find_names("Velkor erhält einen Kredit von der Nordländischen Kommission.", "de")
    assert [s.full or s.text for s in spans] == ["Velkor", "Nordländische Kommission"]
    # ... but not an adjective opening the sentence, a nominalised one before a verb, or a noun in "-alen"
    assert _names("Deutschen Firmen fehlt das Geld für Velkor.", "de") == ["Velkor"]
    assert "Nordländischen" not in " ".join(_names("Die Nordländischen kaufen bei Velkor.", "de"))
    assert _names("Die Zahlen von Velkor sinken gegen den Rivalen Norvia.", "de") == ["Velkor", "Norvia"]


def test_french_public_bodies_keep_their_lower_case_words() -> None:
    assert _names("Hier, la Banque publique d'investissement a investi dans Dastrel.", "fr") == ["Banque publique d'investissement", "Dastrel"]
    assert _names("La Caisse des dépôts entre au capital de Velkor.", "fr") == ["Caisse des dépôts", "Velkor"]
    assert _names("L'Autorité de la concurrence a autorisé le rachat de Norvia.", "fr")[0] == "Autorité de la concurrence"
    assert _names("Le Comité international olympique a signé avec Velkor.", "fr")[0] == "Comité international olympique"
    # a verb, an infinitive or a figure after the head is no part of the name
    assert _names("Il demande à la Commission de racheter des titres.", "fr") == ["Commission"]
    assert _names("Hier, la Banque a racheté des parts de Velkor.", "fr") == ["Banque", "Velkor"]


def test_a_name_written_once_at_a_sentence_start() -> None:
    # French nouns open a sentence with their article, so a bare capital before a finite verb is a name ...
    assert _names("Norvia a racheté la société Dastrel.", "fr") == ["Norvia", "Dastrel"]
    assert _names("Velkor et Norvia signent un accord.", "fr") == ["Velkor", "Norvia"]
    # ... but not a pronoun or an adverb
    assert _names("Cela a permis la vente de Dastrel.", "fr") == ["Dastrel"]
    assert _names("Récemment, la société Dastrel a vendu une usine.", "fr") == ["Dastrel"]
    # German: a deal verb right after the opening word
    assert _names("Velkor trennt sich von seiner Sparte Dastrel.", "de") == ["Velkor", "Dastrel"]
    assert _names("Derzeit gibt es keine Käufer für Dastrel.", "de") == ["Dastrel"]


def test_a_person_after_a_company_or_title_is_a_name_of_its_own() -> None:
    assert _names("Le patron de Velkor France Paul Marnier a confirmé.", "fr") == ["Velkor France", "Paul Marnier"]
    assert _names("Le ministre de l'Economie Anne Berk a signé avec Norvia.", "fr") == ["Anne Berk", "Norvia"]
    assert _names("Das sagte Lobbyist Paul Tessmer am Montag.", "de") == ["Paul Tessmer"]
    assert _names("Das sagte Velkor-Chef Paul Tessmer am Montag.", "de") == ["Paul Tessmer"]
    # two given names in a row are one person's, and a company's legal form keeps a given name inside it
    assert _names("Das sagte Hans Peter Kessel am Montag.", "de") == ["Hans Peter Kessel"]
    assert _names("Velkor a racheté Dastrel Martin Holdings SA.", "fr")[-1] == "Dastrel Martin Holdings SA"


def test_a_capital_elided_article_inside_a_run_opens_a_new_sentence() -> None:
    # a heading run into its text: "... à Velkor L'État, actionnaire ..."
    assert _names("L'État a prêté 7 milliards à Velkor L'État, actionnaire de Norvia, a aidé.", "fr") == ["État", "Velkor", "État", "Norvia"]


def test_french_acronym_in_brackets_is_the_same_party() -> None:
    text = "Le Comité olympique de Norland (CON) et Velkor ont annoncé un partenariat. Le CON et Velkor signeront lundi."
    records = records_of(text, "fr")
    assert records
    names = [p.name for p in records[0].parties]
    assert "Comité olympique de Norland" in names and "Velkor" in names
    assert "CON" not in names


def test_german_long_word_ending_in_a_vowel_is_no_compound_noun() -> None:
    # "Glasfasernetz Velkor" loses its description, "Velkorantia Packaging" is one name
    assert _names("Man sagt, dass das Glasfasernetz Velkor gehört.", "de")[-1] == "Velkor"
    assert "Velkorantia Flexibles" in _names("Trügt der Eindruck oder wächst Velkorantia Flexibles schnell?", "de")
    # "-ei" is a German noun ending: "Steuerkanzlei Norvia" loses it
    assert "Norvia" in _names("Der Bericht der Steuerberatungskanzlei Norvia liegt vor.", "de")


def test_german_noun_after_statt_is_no_name() -> None:
    assert "Masse" not in _names("Klasse statt Masse, sagt Velkor.", "de")


def test_french_civility_is_no_part_of_a_name() -> None:
    assert _names("Selon M. Marnier, Velkor a racheté Dastrel.", "fr") == ["Marnier", "Velkor", "Dastrel"]
    assert _names("Me Anne Berk, avocate de Norvia, conteste.", "fr")[0] == "Anne Berk"
    assert "M." not in _names("M. de Velkor a parlé.", "fr")


def test_german_spaced_dash_separates_and_a_bank_named_after_a_country() -> None:
    names = _names("Der Handel schloss um 12:30 Uhr - Velkor legte zu.", "de")
    assert names == ["Velkor"]
    # "Bank" is a common noun, but before a country's name it opens the bank's name (not the country)
    assert _names("Die Gewinne der Bank Kanada stiegen.", "de") == ["Bank Kanada"]
    assert _names("Nun kauft die Bank Anteile von Velkor.", "de") == ["Velkor"]


def test_german_text_keeps_of_after_a_bank() -> None:
    assert "Velmar Savings Bank of Norland" in _names("Die Velmar Savings Bank of Norland verkauft.", "de")


def test_german_plural_noun_before_a_person_is_no_part_of_the_name() -> None:
    assert _names("Laut dem Ökonomen Bernhard Kessel steigt der Umsatz.", "de") == ["Bernhard Kessel"]


def test_french_adverb_opening_a_sentence_before_a_verb_is_no_name() -> None:
    assert _names("Hier a été signé un accord entre Velkor et Norvia.", "fr") == ["Velkor", "Norvia"]



def test_a_french_name_opening_its_sentence_before_a_future_verb() -> None:
    # named once, at a sentence start: only the verb after it says it is a name
    assert _names("Velkor fournira 200 rames à Norvia.", "fr") == ["Velkor", "Norvia"]
    assert _names("Brondel s'est offert la société Norvia.", "fr") == ["Brondel", "Norvia"]
    # a pronoun before the same verbs stays a word
    assert _names("Il fournira 200 rames à Norvia. Elle s'est offert Velkor.", "fr") == ["Norvia", "Velkor"]


def test_a_german_name_opening_its_sentence_before_an_auxiliary() -> None:
    # named once, at a sentence start: the auxiliary or modal after it says it is a subject
    assert _names("Velkor hat die Sparte Norvia an Dastrel verkauft.", "de") == ["Velkor", "Norvia", "Dastrel"]
    assert _names("Quarnet will die Norvia GmbH kaufen.", "de")[0] == "Quarnet"
    # a fronted participle, a pronoun or a sentence adverb before the same verbs stays a word
    assert _names("Verkauft hat Velkor die Sparte. Übernommen wird sie von Norvia.", "de") == ["Velkor", "Norvia"]
    assert _names("Dies soll helfen. Man will verkaufen. Er hat verkauft.", "de") == []
    assert _names("Zuvor hatte sich die Velkor AG beteiligt. Bisher kaufte Norvia wenig.", "de") == ["Velkor AG", "Norvia"]


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Velkor prépare une offre sur Norvia.", "fr", ["Velkor", "Norvia"]),
        ("Velkor lorgne Norvia depuis un an.", "fr", ["Velkor", "Norvia"]),
        ("Velkor précise que Norvia restera cotée.", "fr", ["Velkor", "Norvia"]),
        ("Velkor s'apprête à céder Norvia.", "fr", ["Velkor", "Norvia"]),
        ("Velkor legt ein Angebot für Norvia vor.", "de", ["Velkor", "Norvia"]),
        ("Velkor unterbreitet Norvia ein Angebot.", "de", ["Velkor", "Norvia"]),
        ("Velkor baut die Beteiligung an Norvia aus.", "de", ["Velkor", "Norvia"]),
        ("Velkor zahlt für Norvia 20 Millionen Euro.", "de", ["Velkor", "Norvia"]),
    ],
)
def test_a_name_written_only_at_a_sentence_start_before_a_business_verb(text: str, lang: str, names: list[str]) -> None:
    # a company named once, opening its sentence: the verb after it ("prépare", "legt ... vor") says it is a subject
    assert _names(text, lang) == names


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Combien peut valoir Norvia ?", "fr"),
        ("Cela fait longtemps que Norvia attend.", "fr"),
        ("Ca fait longtemps que Norvia attend.", "fr"),
        ("Also gibt es nun zwei Angebote für Norvia.", "de"),
        ("Konzernweit legte der Umsatz von Norvia zu.", "de"),
        ("Damit macht der Konzern Norvia ein Angebot.", "de"),
    ],
)
def test_an_adverb_or_pronoun_before_a_business_verb_stays_a_word(text: str, lang: str) -> None:
    assert _names(text, lang) == ["Norvia"]



def test_french_and_german_names_joined_by_and() -> None:
    # the pronoun "se" is no "SE" suffix ahead, so two names stay two
    assert _names("Les sociétés Velkor et Norvia se rejettent la faute.", "fr") == ["Velkor", "Norvia"]
    # a name that already ends in an organisation word is complete
    assert _names("Nun kauften Velkor Capital und Norvia Bank die Firma.", "de") == ["Velkor Capital", "Norvia Bank"]
    # ... but a legal suffix after the second word still makes one name
    assert _names("Il a cité Hartwin et Dorsel SA hier.", "fr") == ["Hartwin et Dorsel SA"]
    assert _names("Die Firma Hartwin und Dorsel AG kauft.", "de") == ["Hartwin und Dorsel AG"]


def test_french_societe_keeps_its_lower_case_words() -> None:
    # "Société" heads a name that goes on in lower case and may end on a capitalised word
    assert _names("Hier, la Société de développement Velkor a racheté Norvia.", "fr") == ["Société de développement Velkor", "Norvia"]
    # ... but an infinitive after it is no part of the name, and a lower-case "société" is a common noun
    assert "Société de racheter" not in _names("Dastrel a demandé à la Société de racheter Norvia.", "fr")
    assert _names("La société de développement Velkor a racheté Norvia.", "fr") == ["Velkor", "Norvia"]


def test_english_two_companies_joined_by_and() -> None:
    # a name ending in an organisation word, then a name with a head of its own: two companies
    assert _names("Velkor Ventures and Norvia Partners agreed to buy Dastrel Inc.") == ["Velkor Ventures", "Norvia Partners", "Dastrel Inc"]
    # ... but generic words after "and" go on the same name
    assert _names("Harrow Bank and Trust Co said it sold a branch.")[0] == "Harrow Bank and Trust Co"
    assert _names("Talvan Systems and Software Inc said it sold a plant.")[0] == "Talvan Systems and Software Inc"


def test_german_legal_form_inside_a_compound_ends_the_name() -> None:
    # "-er" names look like describing nouns ("Maschinenbauer"); before a compound legal form they are the name
    assert _names("Nun hat der Richter über die Velkmeier HandelsgmbH eine Buße verhängt.", "de") == ["Velkmeier HandelsgmbH"]
    # ... while a describing noun before a name and such a form still goes
    assert _names("Der Maschinenbauer Velkor HandelsgmbH kauft.", "de") == ["Velkor HandelsgmbH"]


def test_german_fuer_joins_only_the_name_of_a_body() -> None:
    # "Verein für ...", "Instituts für ...": a body's name runs on over "für", even to a common noun
    assert _names("Nun hat der Verein für Norvia-Beratung geklagt.", "de") == ["Verein für Norvia-Beratung"]
    assert _names("Die Forscher des Velkor-Instituts für Plasmatechnik kaufen.", "de") == ["Velkor-Instituts für Plasmatechnik"]
    # ... while costs, bonds or a company "für" something are no name with it
    assert _names("Die Kosten für Norvia steigen.", "de") == ["Norvia"]
    assert "Velkor für Aufsehen" not in _names("Zuletzt hat die Velkor für Aufsehen gesorgt.", "de")


def test_a_line_break_ends_a_french_or_german_name() -> None:
    assert _names("Der Konzern Velkor\nNorvia Bank übernimmt Dastrel.", "de") == ["Velkor", "Norvia Bank", "Dastrel"]
    assert _names("Il cite Velkor Télécom\nAutre chose.", "fr")[0] == "Velkor Télécom"


def test_french_english_title_keeps_its_article() -> None:
    assert _names("Velkor a cédé le quotidien The Norvian à Dastrel.", "fr") == ["Velkor", "The Norvian", "Dastrel"]
    assert _names("Il a investi dans la société Save The Velkor Fund.", "fr") == ["Save The Velkor Fund"]
    # ... but a lone "The" before a lower-case word is no name
    assert _names("Velkor a lu the best of Norvia.", "fr") == ["Velkor", "Norvia"]


def test_french_and_german_brand_keeps_its_apostrophe_s() -> None:
    # no English possessive in French or German copy: "'s" is the brand's own spelling
    spans = find_names("Le groupe Velkor's a racheté Norvia.", "fr")
    assert [(s.text, s.possessive) for s in spans] == [("Velkor's", False), ("Norvia", False)]
    assert _names("Die Kette Velkor's Media kauft Norvia.", "de")[0] == "Velkor's Media"
    # ... while English keeps reading it as a possessive, and an elided article still goes
    assert find_names("Velkor's unit", "en")[0].possessive
    assert _names("L'Etat a cédé Norvia.", "fr") == ["Etat", "Norvia"]


def test_french_bare_subject_before_an_apposition() -> None:
    # a name opening its sentence, described between commas before its verb, is the subject's name
    assert _names("Velkor, une société détenue par Norvia, a racheté Dastrel.", "fr") == ["Velkor", "Norvia", "Dastrel"]
    # ... not an opening word before a plain comma, nor one whose apposition runs on without a verb
    assert _names("Résultat, le groupe Velkor a racheté Dastrel.", "fr") == ["Velkor", "Dastrel"]
    assert "Bilan" not in _names("Bilan, une année difficile, selon Velkor.", "fr")


def test_german_bare_subject_before_an_apposition() -> None:
    assert _names("Velkor, eine Tochter von Norvia, kauft Dastrel.", "de") == ["Velkor", "Norvia", "Dastrel"]
    # ... not a sentence's opening word before a comma and a clause without a verb after it
    assert "Insgesamt" not in _names("Insgesamt, die Zahlen sind gut, meint Velkor.", "de")


def test_german_name_after_a_generic_company_noun() -> None:
    # "das Unternehmen", "die Firma" introduce the name right after them
    assert _names("Am Montag hat das Unternehmen Tarvelo den Mitbewerber Velkor geschluckt.", "de") == ["Tarvelo", "Velkor"]
    assert "Quendrix" in _names("Im Frühjahr meldete die Firma Quendrix einen Rekord.", "de")
    # ... but a noun after the generic noun is the object of a verb, not a name
    assert _names("Weil das Unternehmen Insolvenz anmeldete, griff Velkor zu.", "de") == ["Velkor"]


def test_german_word_the_article_uses_as_a_noun_is_no_name() -> None:
    # "Zuschläge" opens the sentence, and the article writes "weitere Zuschläge" later: a common noun
    text = "Zuschläge gibt es kaum noch. Die Velkor AG übernimmt Norvia. Weitere Zuschläge seien nicht geplant."
    assert _names(text, "de") == ["Velkor AG", "Norvia"]
    text = "Volksentscheid abgesagt. Velkor kauft Norvia. Ein Volksentscheid hätte den Deal gebremst."
    assert "Volksentscheid" not in _names(text, "de")
    # a company named with a bare "die" elsewhere stays a name
    text = "Tarvelo wächst weiter. Im Mai hat die Tarvelo den Rivalen Velkor gekauft."
    assert _names(text, "de")[0] == "Tarvelo"


def test_german_interview_speaker_label_is_no_name() -> None:
    text = "INTERVIEWER: Wie geht es weiter?\nVelkor übernimmt Norvia.\nINTERVIEWER: Und danach?\nNorvia bleibt eigenständig."
    assert "INTERVIEWER" not in _names(text, "de")
    text = "Velkor wächst. INTERVIEWER: Wie weiter? Brenn: Zukäufe. INTERVIEWER: Welche? Brenn: Norvia vielleicht."
    assert "INTERVIEWER" not in _names(text, "de")
    # an acronym that opens one line with a colon is still a name
    assert "NRVX" in _names("NRVX: Quartalszahlen über Plan\nDer Konzern wächst.", "de")


def test_german_name_after_a_company_compound_noun() -> None:
    # "Unternehmensgruppe" names what follows, even a name that ends like a plural noun
    assert "Lagoranse" in _names("Interesse zeigte auch die Unternehmensgruppe Lagoranse aus Paris.", "de")
    # ... while a plural noun after a plain noun stays none
    assert "Firmenanteile" not in _names("Die Bank hält Firmenanteile an Velkor.", "de")


def test_german_company_before_a_person_it_employs() -> None:
    # a word the article also writes alone, no German noun, before a given name: the employer, then the person
    text = "Zuversichtlich zeigte sich der Chef des Versorgers Tarvion Jan Brenn. Tarvion liefert Gas an Norvia."
    assert _names(text, "de")[0] == "Tarvion"
    # a title before the person is none
    assert "Lobbyist" not in _names("Der Lobbyist Jan Brenn kritisierte Velkor.", "de")


def test_german_world_region_is_no_name() -> None:
    # CLDR's continents and regions: where, never who
    assert _names("Die Aufseher aus Kanada und Ozeanien wollen enger zusammenarbeiten.", "de") == ["Kanada"]
    assert "Europa" not in _names("Aufseher aus Europa prüfen den Kauf von Norvia durch Velkor.", "de")
    # a union named by letters stays a name
    assert "EU" in _names("Die EU beteiligt sich mit 40 Millionen Euro an Velkor.", "de")


def test_german_name_with_its_number() -> None:
    # the name and its number, written together twice: one name
    text = "Die Initiative Velkor 3000 kritisiert den Deal. Velkor 3000 fordert mehr Transparenz."
    assert _names(text, "de")[:2] == ["Velkor 3000", "Velkor 3000"]
    # a year after a name, written once, is no part of it
    assert _names("Velkor hatte Norvia 2015 übernommen. Im Jahr 2015 war das neu.", "de") == ["Velkor", "Norvia"]


def test_german_word_joined_to_a_name_is_a_name() -> None:
    # "Velkor oder Tarmo": the second one is written after "oder" without an article and is a name too
    assert _names("Eher dürfte es Velkor oder Tarmo reizen, die Filialen zu übernehmen.", "de") == ["Velkor", "Tarmo"]
    # a German noun joined to a name stays none
    assert _names("Velkor und Partner kaufen Norvia.", "de")[0] == "Velkor"
    assert "Tochterfirmen" not in _names("Damit wollen Velkor und Tochterfirmen wachsen.", "de")


def test_german_short_word_used_as_a_noun_is_no_name() -> None:
    # "Ja" opens a heading and the article writes "ein Ja": a noun, however short
    text = "Ja zum Verkauf: Die Aktionäre stimmten mit Ja. Velkor übernimmt Norvia. Ein Ja war erwartet worden."
    assert _names(text, "de") == ["Velkor", "Norvia"]
    # a short brand written bare stays a name
    assert "Vo" in _names("Vo übernimmt Norvia. Der Preis, den Vo zahlt, ist hoch.", "de")


def test_german_brand_with_a_feminine_noun_ending() -> None:
    # "Velsung" ends like "Regierung", but "Velsung-Geräte" (no joining "s") shows a name
    text = "Das Display wurde von Velsung zugekauft. Andere Velsung-Geräte sind teurer."
    assert _names(text, "de")[0] == "Velsung"
    # a feminine noun keeps its joining "s": no name
    assert "Regierung" not in _names("Das Geld kam von Regierung und Land. Der Regierungschef lobt Velkor.", "de")


def test_german_town_adjective_before_a_noun_is_no_name() -> None:
    # "dem Hamburger Netzbetreiber": a description of a company named elsewhere, not its name
    text = "Zuvor hatte die Norvia Bank ihre Beteiligung an dem Hamburger Netzbetreiber um fünf Prozent erhöht."
    assert _names(text, "de") == ["Norvia Bank"]
    # a name after the town's adjective and a descriptive noun stays
    text = "Der Hamburger Zulieferer Velkorer übernimmt Norvia. Velkorer zahlt bar."
    assert _names(text, "de")[0] == "Velkorer"


def test_german_area_after_a_place_preposition_is_no_name() -> None:
    # "im Bezirk Nordheide": where the wind farm stands
    text = "Auf einer Alm im Bezirk Nordheide sollen ab 2027 zwölf Windräder Strom an die Velkor AG liefern."
    assert _names(text, "de") == ["Velkor AG"]
    # the area acting as a customer keeps its name
    assert "Landkreis Velmtal" in _names("Den Auftrag vergab der Landkreis Velmtal an die Velkor AG.", "de")


def test_german_counted_noun_is_no_name() -> None:
    # what a number counts is a noun: "40 Loks", "sechs Hallen"
    assert _names("Norvia liefert 40 Loks an Velkor und verkauft sechs Hallen.", "de") == ["Norvia", "Velkor"]
    # a year before a name is no count
    assert _names("Velkor hatte 2015 Norvia gekauft.", "de") == ["Velkor", "Norvia"]


def test_german_acronym_with_an_organisation_compound() -> None:
    # "VKB Privatstiftung": the compound ends the acronym's name
    assert _names("Auch die VKB Privatstiftung will ihre Anteile an Velkor verkaufen.", "de")[0] == "VKB Privatstiftung"
    # after a plain word the compound is a noun of its own
    assert _names("Seither zahlt Velkor Familienstiftung und Fonds.", "de")[0] == "Velkor"


def test_german_heading_words_in_capitals_are_no_names() -> None:
    # a heading word before a colon, named nowhere else, and a paper's title after a capital article
    assert _names("ANALYSE: Velkor kauft Norvia für 20 Millionen Euro.", "de") == ["Velkor", "Norvia"]
    assert _names("Das sagte ein Sprecher gegenüber DER KURIER: Seit Jahren kauft Velkor zu.", "de") == ["Velkor"]
    # a company written in capitals that the article names again stays
    assert _names("VELKOR: Rekordumsatz. Zugleich kauft VELKOR die Norvia AG.", "de")[0] == "VELKOR"


def test_german_word_with_a_neuter_or_merged_article_is_no_name() -> None:
    # "im Gutachten", "das Gutachten": the article writes a noun
    text = "Gutachten belastet Velkor. Im Gutachten steht, dass Velkor Norvia zu teuer kaufte."
    assert "Gutachten" not in _names(text, "de")
    # "das" as a relative pronoun before a name is no article
    text = "Tarvelo wächst. Es geht um ein Modell, das Tarvelo seit Mai verkauft."
    assert _names(text, "de")[0] == "Tarvelo"


def test_german_company_between_a_description_and_its_chief() -> None:
    # the description goes, the company and the person are two names
    text = "Der Chef des Energieversorgers Norvia Peter Brenn äußerte sich."
    assert [n.text for n in find_names(text, "de")] == ["Norvia", "Peter Brenn"]
    # a record label is described, like a channel or a brand
    assert [n.text for n in find_names("Die Band unterschrieb beim Label Velkor Recordings.", "de")] == ["Velkor Recordings"]


def test_a_german_state_named_like_a_plural_is_a_name() -> None:
    # "Sachsen" ends like a plural noun written once, but names a state
    assert [n.text for n in find_names("Die früheren Eigentümer Velkor, Sachsen und Norvia zahlen nach.", "de")] == ["Velkor", "Sachsen", "Norvia"]


def test_a_german_preposition_opening_a_sentence_starts_no_name() -> None:
    assert [n.text for n in find_names("Gemäß Velkor wird Norvia wachsen.", "de")] == ["Velkor", "Norvia"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a sentence-opening name listed with a described one, or described in an apposition before its verb
        ("Velkor et le fonds Dastrel ont racheté Norvia.", "Velkor"),
        ("Velkor, associé au fonds Dastrel, a racheté Norvia.", "Velkor"),
        ("Velkor, aux côtés de Dastrel, a racheté Norvia.", "Velkor"),
        # negatives: a capital only the sentence start gives
        ("Ensuite et la Bourse a baissé.", "Bourse"),
        ("Fondé en 1990, le groupe Dastrel a racheté Norvia.", "Dastrel"),
    ],
)
def test_a_sentence_opening_name_read_by_its_list_or_apposition(text: str, first: str) -> None:
    assert find_names(text, "fr")[0].text == first


@pytest.mark.parametrize(
    "text",
    [
        "Außerdem gründen Velkor und Norvia ein Gemeinschaftsunternehmen.",
        "Zudem vereinbarten Velkor und Norvia eine Partnerschaft.",
        "Gemeinsam gründen Velkor und Norvia ein Gemeinschaftsunternehmen.",
        "Im Mai gründeten Velkor und Norvia ein Gemeinschaftsunternehmen.",
        "Vor zwei Jahren vereinbarten Velkor und Norvia eine Partnerschaft.",
        "2019 gründeten Velkor und Norvia ein Gemeinschaftsunternehmen.",
    ],
)
def test_de_subject_after_an_opening_adverb_and_its_verb(text: str) -> None:
    # the finite verb after "Zudem" ends like an adjective, but the word after it is the subject, not a noun it describes
    assert [n.text for n in find_names(text, "de")] == ["Velkor", "Norvia"]
    records = records_of(text, "de")
    assert records and {p.name for p in records[0].parties} == {"Velkor", "Norvia"}


def test_de_nouns_after_an_opening_adverb_and_its_verb_stay_nouns() -> None:
    # ... the same place holds common nouns: they stay no names
    assert find_names("Zudem gründen neue Anbieter eigene Firmen.", "de") == []
    assert find_names("Außerdem gründen Unternehmen und Banken ein Netzwerk.", "de") == []
    assert find_names("Im Mai gründeten neue Anbieter eigene Firmen.", "de") == []


def test_de_subject_and_object_between_a_modal_and_the_verb_are_two_names() -> None:
    # "will Velkor Norvia übernehmen": verb-second puts the subject and the object side by side; the article names each alone
    text = "Velkor meldet Rekordzahlen. Norvia schwächelt. Jetzt will Velkor Norvia übernehmen."
    assert _names(text, "de")[-2:] == ["Velkor", "Norvia"]
    records = records_of(text, "de")
    assert records and {(p.name, p.role.value) for p in records[0].parties} == {("Velkor", "buyer"), ("Norvia", "target")}


def test_de_subject_and_object_after_an_inverted_deal_verb_are_two_names() -> None:
    # "Am Montag übernahm Velkor Norvia": a fronted phrase puts the finite deal verb first, then subject and object
    text = "Am Montag übernahm Velkor Norvia. Norvia beschäftigt 200 Mitarbeiter. Velkor wächst damit."
    records = records_of(text, "de")
    assert records and {(p.name, p.role.value) for p in records[0].parties} == {("Velkor", "buyer"), ("Norvia", "target")}
    # a two-word name the article never writes apart stays whole
    assert "Velkor Systems" in _names("Am Montag übernahm Velkor Systems die Firma Norvia. Norvia wächst.", "de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a two-word name the article also writes whole stays whole
        ("Die Velkor Tarvo ist ein Versicherer. Velkor gehört Norvia. Tarvo ist stark. Norvia will Velkor Tarvo verkaufen.", "Velkor Tarvo"),
        # a person after a modal is one name
        ("Ab Januar wird Björn Brenn übernehmen. Brenn kommt von Velkor. Björn ist beliebt.", "Björn Brenn"),
        # a pair never written apart is one name
        ("Jetzt will Velkor Norvia übernehmen.", "Velkor Norvia"),
    ],
)
def test_de_two_word_names_between_a_modal_and_the_verb_stay_whole(text: str, name: str) -> None:
    assert name in _names(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Velkor, partenaire de Norvia depuis 2015, va racheter Dastrel.",
        "Velkor, numéro un du secteur, a cédé Dastrel à Norvia.",
    ],
)
def test_fr_bare_name_before_an_apposition_without_article(text: str) -> None:
    # the subject described by a bare noun and its complement, then its verb, is a name
    assert _names(text, "fr")[0] == "Velkor"
    records = records_of(text, "fr")
    assert any(p.name == "Velkor" and p.role.value in ("buyer", "seller") for r in records for p in r.parties)


def test_fr_opening_adverb_before_an_incidental_phrase_is_no_name() -> None:
    # "Désormais, faute de moyens, Norvia ...": the opening word is an adverb, the subject comes after the phrase
    assert _names("Désormais, faute de moyens, Norvia va céder Dastrel.", "fr") == ["Norvia", "Dastrel"]


def test_en_places_named_alone_are_no_names() -> None:
    names = _names("Velkor Corp, of Minnesota, said it sold Norvia Inc to Dastrel Co of New York.\nThe plant is in Quebec.")
    assert names == ["Velkor Corp", "Norvia Inc", "Dastrel Co"]
    # a company named after its place stays, and so does a place before a noun the sentence names no better
    assert _names("Minnesota Velkor Co said it bought Texas Norvia Inc.") == ["Minnesota Velkor Co", "Texas Norvia Inc"]
    assert "Boston" in _names("A group of Boston investors said it sold its stake in Velkor Corp.")


def test_en_place_before_a_persons_trade_is_no_name() -> None:
    assert _names("Dallas investor Irwin Brask said he bought 9.9 pct of Velkor Corp.") == ["Irwin Brask", "Velkor Corp"]


def test_en_sentence_openers_are_no_names() -> None:
    text = (
        "Velkor Corp said it bought Norvia Inc. Two analysts said the price was high. Reaffirming its offer, Velkor said "
        "the traders agreed. Traders said Dastrel Co may bid. Specifically, Norvia will keep its plant. "
        "Privately-held Korlim Co also bid."
    )
    names = _names(text)
    assert not {"Two", "Reaffirming", "Traders", "Specifically", "Privately-held"} & set(names)
    assert {"Velkor Corp", "Norvia Inc", "Dastrel Co", "Korlim Co"} <= set(names)


def test_en_a_name_that_opens_sentences_only_stays() -> None:
    # capitalised again elsewhere (at another sentence start), it is a name, however it ends
    assert _names("Selling Velkor Co is hard. Selling said it bought Norvia Inc.").count("Selling") == 1
    assert "Corvaning" in _names("Corvaning said it bought Norvia Inc. Corvaning paid cash.")


def test_en_share_class_is_no_name() -> None:
    assert _names("Velkor Corp bought Class A shares of Norvia Inc.") == ["Velkor Corp", "Norvia Inc"]


def test_en_regulator_cut_off_a_name_it_runs_into() -> None:
    text = "Under its rules the Securities and Exchange Commission Brask said he bought 9.9 pct of Velkor Corp."
    assert _names(text) == ["Securities and Exchange Commission", "Brask", "Velkor Corp"]
    assert _names("The Federal Reserve Board approved it.") == ["Federal Reserve Board"]
    assert _names("Last week the U.S. Department of Transportation gave its nod.") == ["U.S. Department of Transportation"]


def test_en_name_goes_on_after_its_suffix() -> None:
    assert _names("Velkor Corp International said it sold Norvia's International unit.") == [
        "Velkor Corp International",
        "Norvia's International",
    ]


@pytest.mark.parametrize(
    "name",
    ["Secruties and Exchange Commission", "Exchange Commisssion", "U.S. Interstate Commerce Commission", "Fed", "Amex",
     "Velmar Stock Exchange", "Delaware Chancery Court", "U.S. District Court Judge Anna K. Brask", "Senate Banking Committee",
     "Securities and Exchange\nCommission"],
)
def test_en_regulators(name: str) -> None:
    from pipeline.extract.names import REGULATOR

    assert REGULATOR.match(name)


@pytest.mark.parametrize("name", ["Courtvale Plc", "Federal Velkor Ltd", "Velkor Corp", "Minnesota Velkor Co"])
def test_en_companies_are_no_regulators(name: str) -> None:
    from pipeline.extract.names import REGULATOR

    assert not REGULATOR.match(name)


def test_en_opening_nouns_are_no_names_even_when_repeated() -> None:
    text = "Traders said Velkor Corp may bid. Traders also said Norvia Inc may sell. Proceeds from the sale go to Dastrel Co."
    assert _names(text) == ["Velkor Corp", "Norvia Inc", "Dastrel Co"]


def test_en_misspelt_regulator_cut_short_is_no_name() -> None:
    from pipeline.extract.names import REGULATOR

    names = _names("In a letter to the Securities and Exchange Comission, Velkor Corp said it holds 5 pct.")
    assert "Securities" not in names and "Velkor Corp" in names
    assert all(REGULATOR.match(n) for n in names if n != "Velkor Corp")


def test_en_town_named_by_its_state_is_no_name() -> None:
    names = _names("Velkor Corp said it filed suit in Brantham, Ohio, to block the sale of Norvia Inc.")
    assert names == ["Velkor Corp", "Norvia Inc"]
    # ... but a company with an apposition stays
    assert "Dastrel" in _names("Velkor Corp bought Dastrel, a maker of valves.")


def test_en_place_before_who_speaks_or_trades_there_is_no_name() -> None:
    assert _names("Wall Street analysts said Velkor Corp may bid for Norvia Inc.") == ["Velkor Corp", "Norvia Inc"]
    assert _names("Velkor Corp shares rose on the London stock market.") == ["Velkor Corp"]


def test_en_lone_opener_before_speakers_is_no_name() -> None:
    assert _names("Industry sources said Velkor Corp would buy Norvia Inc.") == ["Velkor Corp", "Norvia Inc"]
    # a company the text names again keeps its name before its own analysts
    assert "Dastrel" in _names("Dastrel analysts said Velkor Corp would buy Norvia Inc. Dastrel rated it.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Velkor, Norvia Capital Corp said it started a tender offer for Dastrel Inc.", "Velkor, Norvia Capital Corp"),
        ("Dastrel retained Velkor, Norvia and Co as its adviser.", "Velkor, Norvia and Co"),
    ],
)
def test_two_surnames_with_a_comma_name_one_firm(text: str, name: str) -> None:
    assert name in [n.text for n in find_names(text, "en")]


@pytest.mark.parametrize("text", ["Die Bahn bestellt bei Velkor Züge.", "Die Bahn hat bei Velkor Züge bestellt."])
def test_de_goods_ordered_after_the_supplier_are_no_part_of_its_name(text: str) -> None:
    # German capitalises the goods: "bei Velkor Züge" is the supplier, then what is ordered from it
    assert "Velkor" in _names(text, "de") and "Velkor Züge" not in _names(text, "de")
    records = records_of(text.replace("Die Bahn", "Norvia"), "de")
    assert records and [(p.name, p.role.value) for p in records[0].parties] == [("Norvia", "customer"), ("Velkor", "supplier")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the object named before "bei": the word after the name is its own ("Energie")
        ("Die Bahn bezieht Strom bei Velkor Energie.", "Velkor Energie"),
        ("Die Bahn hat bei Velkor Energie Strom bezogen.", "Velkor Energie"),
        # no ordering or buying: "bei" says where, the two words stay one name
        ("Norvia arbeitet eng mit Dastrel und bei Velkor Energie zusammen.", "Velkor Energie"),
    ],
)
def test_de_a_name_after_bei_keeps_its_word_when_no_goods_are_missing(text: str, name: str) -> None:
    assert name in _names(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Jan Velkor, Norvia Corp's finance director, said so.",  # a person, then his company
        "In Dallas, Norvia Corp said it bought Dastrel.",  # a place
        "Velkor Inc said Velkor, Norvia Corp and Dastrel Ltd bid.",  # a list: Velkor is a company of its own
    ],
)
def test_a_comma_between_a_word_and_a_firm_keeps_two_names(text: str) -> None:
    assert "Norvia Corp" in [n.text for n in find_names(text, "en")]


@pytest.mark.parametrize(
    "text",
    [
        "Commerce Secretary Anna Brask said Velkor Inc would buy Norvia Corp.",
        "Anna Brask, Secretary of the Velmar Commission on\nTrade (VCT), said Velkor Inc would buy Norvia Corp.\n    Brask said so.",
        "Anna Brask, the Velmar Finance Minister, said Velkor Inc would buy Norvia Corp.",
    ],
)
def test_an_official_and_the_body_of_her_title_are_no_names(text: str) -> None:
    assert [n.text for n in find_names(text, "en")] == ["Velkor Inc", "Norvia Corp"]


@pytest.mark.parametrize(
    "text",
    ["Velkor prépare une offre pour Noël.", "Velkor lancera une offre avant Pâques.", "Velkor rachète Norvia avant le Nouvel An."],
)
def test_fr_a_holiday_is_no_name(text: str) -> None:
    # "Noël", "Pâques", "le Nouvel An" say when: no party, and a shop's offer for a holiday is no bid
    assert not {"Noël", "Pâques", "Nouvel", "Nouvel An"} & set(_names(text, "fr"))
    assert all(p.name not in ("Noël", "Pâques") for r in records_of(text, "fr") for p in r.parties)


def test_fr_a_holiday_word_before_a_name_is_a_given_name() -> None:
    # "Noël Marvin" is a person; a bid for a company stays a bid
    assert "Noël Marvin" in _names("Noël Marvin a racheté Norvia.", "fr")
    records = records_of("Velkor lance une offre pour Norvia.", "fr")
    assert records and [(p.name, p.role.value) for p in records[0].parties] == [("Velkor", "buyer"), ("Norvia", "target")]


def test_german_country_adjective_before_a_company_name() -> None:
    # German names a foreign company with its article and nationality: "die österreichische Norvia"
    assert _names("Velkor kauft die österreichische Norvia.", "de") == ["Velkor", "Norvia"]
    assert _names("Die deutsche Velkor übernimmt die italienische Norvia für 20 Millionen Euro.", "de") == ["Velkor", "Norvia"]
    # ... but a country adjective before a common noun makes no name of it
    assert _names("Velkor übernimmt die britische Konkurrenz.", "de") == ["Velkor"]
    assert _names("Die italienische Notenbank und die deutsche Industrie warnen.", "de") == []
    assert _names("Das amerikanische Militär bestellt bei Velkor.", "de") == ["Velkor"]
