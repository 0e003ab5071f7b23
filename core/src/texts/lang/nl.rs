//! Dutch.

use super::*;

/// Every word the library writes in Dutch.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "Nederlands",
    grammar: Grammar {
        and: " en ",
        colon: ": ",
        semicolon: "; ",
        open_quote: "“",
        close_quote: "”",
        contract: no_contraction,
    },
    notice: NoticeWords {
        title: "Uw persoonsgegevens",
        why: "Waarom wij uw gegevens gebruiken",
        your_rights: "Uw rechten",
        marketing: "Direct marketing",
        agreement_legend: "Uw toestemming",
        choices_legend: "Uw keuzes",
        objection_legend: "Bezwaar tegen onze aanbiedingen",
        controller: "De gegevens die u hier invult, worden verwerkt door {name} ({address}); contact: {contact}.",
        joint_controller: "Over deze verwerkingen beslissen wij samen met {name} (contact: {contact}); wij zijn \
                           gezamenlijke verwerkingsverantwoordelijken (art. 26 AVG). De wezenlijke inhoud van onze \
                           regeling: {arrangement}. U kunt uw rechten bij ieder van ons uitoefenen.",
        representative: "Onze vertegenwoordiger in de Europese Unie is {name}, bereikbaar via {contact}.",
        dpo: "Met vragen over uw gegevens kunt u zich wenden tot onze functionaris voor gegevensbescherming: {dpo}.",
        data_source: "De volgende gegevens hebben wij verkregen van {source}: {categories}.",
        data_source_public: "De volgende gegevens hebben wij verkregen van {source}, een openbaar toegankelijke \
                             bron: {categories}.",
        purpose_basis: " – rechtsgrond: {basis}{law}.",
        purpose_interest: " Ons gerechtvaardigd belang: {interest}.",
        purpose_retention: " Bewaartermijn: {retention}; daarna worden de gegevens gewist of geanonimiseerd.",
        recipients: "Uw gegevens worden uitsluitend verstrekt aan de volgende ontvangers: {recipients}.",
        transfer: "Sommige gegevens worden doorgegeven naar een land buiten de Europese Economische Ruimte \
                   (bestemming: {country}); deze doorgifte is gebaseerd op {ground}.",
        ground_safeguard: "{safeguard}, waarvan u een kopie kunt opvragen bij {copy}",
        ground_adequacy: "een adequaatheidsbesluit van de Europese Commissie, {decision}",
        ground_adequacy_uncited: "een adequaatheidsbesluit van de Europese Commissie",
        all_optional: "Alle velden zijn optioneel.",
        one_required: "Het volgende veld is verplicht: {list}. Wij hebben het nodig voor: {reason}. Gevolg als u het \
                       niet invult: {consequence}. Alle andere velden zijn optioneel.",
        many_required: "De volgende velden zijn verplicht: {list}. Wij hebben ze nodig voor: {reason}. Gevolg als u \
                        ze niet invult: {consequence}. Alle andere velden zijn optioneel.",
        default_reason: "de behandeling van uw verzoek",
        default_consequence: "wij kunnen uw verzoek niet in behandeling nemen",
        automated_decision: "Het besluit over {decision} wordt automatisch genomen op basis van {logic}; mogelijk \
                             gevolg: {consequences}. U kunt vragen dat een medewerker het besluit opnieuw beoordeelt, \
                             en u kunt uw standpunt kenbaar maken en het besluit aanvechten.",
        our_partners: "onze partners",
        partners_named: "{partners} ({names})",
        use_partner_optout: "het verstrekken van uw adresgegevens aan {partners} voor hun aanbiedingen per post",
        interest_partner_optout: "onze klanten per post op de hoogte brengen van aanbiedingen van onze partners",
        use_partner_email_optin: "het verstrekken van uw e-mailadres aan de vermelde partners{listed} voor hun \
                                  aanbiedingen per e-mail",
        use_similar_offers: "het per e-mail toesturen van onze aanbiedingen voor producten die soortgelijk zijn aan \
                             wat u hebt besteld",
        interest_similar_offers: "onze klanten soortgelijke producten aanbieden ({law})",
        similar_offers_law_fr: "art. L34-5 van het Franse wetboek van post en elektronische communicatie, de Code des \
                                postes et des communications électroniques",
        similar_offers_law_eu: "art. 13 lid 2 van Richtlijn 2002/58/EG",
        use_phone_optin: "commerciële telefoongesprekken van {caller}",
        recipient_partner_optout: "onze partners{partners}, voor hun aanbiedingen per post",
        recipient_partner_email_optin: "de hier vermelde partners{partners}, voor hun aanbiedingen per e-mail",
        located_recipient: "{name} ({country})",
        box_agree: "Ik geef toestemming om mijn gegevens te gebruiken voor: {purpose}.",
        box_object: "Ik maak bezwaar tegen het gebruik van mijn gegevens voor: {purpose}.",
        question_agree: "Geeft u toestemming om uw gegevens te gebruiken voor: {purpose}?",
        question_object: "Maakt u bezwaar tegen het gebruik van uw gegevens voor: {purpose}?",
        child_intro_named: "In het kort: {name} gebruikt deze informatie alleen voor: {purposes}.",
        child_intro: "In het kort: wij gebruiken deze informatie alleen voor: {purposes}.",
        child_rights: " Je kunt vragen om deze informatie te bekijken, te verbeteren of te wissen, door te schrijven \
                       naar: {contact}.",
        child_boxes_fr: " Zet alleen een vinkje als je het ermee eens bent; ben je jonger dan 15 jaar, dan moet een \
                         van je ouders het er ook mee eens zijn. Je kunt je keuze altijd veranderen.",
        child_boxes_eu: " Zet alleen een vinkje als je het ermee eens bent; ben je jonger dan de leeftijd die de wet \
                         van jouw land bepaalt (hoogstens 16 jaar), dan moet een van je ouders het er ook mee eens \
                         zijn. Je kunt je keuze altijd veranderen.",
        child_complaint: " Klopt er iets niet? Praat erover met je ouders: samen kunnen jullie schrijven naar \
                          {authority}. Hieronder wordt dit allemaal uitgebreid uitgelegd, voor jou en voor je ouders.",
        child_own_authority: "de privacytoezichthouder van jouw land",
    },
    rights: RightsWords {
        access_erase: "U kunt uw gegevens inzien, laten corrigeren of laten wissen, of het gebruik ervan laten \
                       beperken, door te schrijven naar {contact}.",
        access: "U kunt uw gegevens inzien en laten corrigeren, of het gebruik ervan laten beperken, door te \
                 schrijven naar {contact}.",
        erase_some: "U kunt ons ook vragen de gegevens te wissen die worden gebruikt voor: {list}.",
        portability_all: "U kunt de gegevens die u ons hebt verstrekt, in een herbruikbaar formaat terugkrijgen, of \
                          ons vragen ze rechtstreeks over te dragen aan een andere organisatie.",
        portability_some: "U kunt de gegevens die u ons hebt verstrekt, in een herbruikbaar formaat terugkrijgen voor \
                           zover wij ze gebruiken voor: {list}; u kunt ons ook vragen ze rechtstreeks over te dragen \
                           aan een andere organisatie.",
        objection: "U kunt, om redenen die verband houden met uw specifieke situatie, bezwaar maken tegen het gebruik \
                    van uw gegevens voor: {list}.",
        withdrawal: "U kunt uw toestemming op elk moment intrekken, even gemakkelijk als u die hebt gegeven, {route}; \
                     het gebruik van uw gegevens vóór de intrekking blijft rechtmatig.",
        withdraw_by_contact: "door te schrijven naar {contact}",
        route_page: "op de pagina {route}",
        route_mail: "door een e-mail te sturen naar {route}",
        route_other: "via {route}",
        post_mortem: "U kunt instructies geven over het bewaren, wissen en verstrekken van uw gegevens na uw \
                      overlijden, en de persoon aanwijzen die deze instructies moet uitvoeren (art. 85 van de Franse \
                      gegevensbeschermingswet, de loi Informatique et Libertés).",
        more: "Meer informatie over uw rechten vindt u op {site}.",
        complaint: "Bent u het niet eens met de manier waarop wij met uw gegevens omgaan, dan kunt u een klacht \
                    indienen bij {authority} of bij de toezichthoudende autoriteit voor gegevensbescherming van uw \
                    eigen land.",
        complaint_own: "Bent u het niet eens met de manier waarop wij met uw gegevens omgaan, dan kunt u een klacht \
                        indienen bij de toezichthoudende autoriteit voor gegevensbescherming van uw eigen land \
                        (art. 77 AVG).",
        cnil: "de CNIL (cnil.fr)",
        names: [
            "inzage",
            "rectificatie",
            "gegevenswissing",
            "beperking van de verwerking",
            "overdraagbaarheid van gegevens",
            "bezwaar",
        ],
        summary: "Uw rechten: {rights}; om ze uit te oefenen: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Verstrekking van uw gegevens aan onze partners",
        legend_partner_email_optin: "Elektronische aanbiedingen van onze partners",
        legend_similar_offers: "Aanbiedingen voor soortgelijke producten",
        legend_phone_optin: "Commerciële telefoongesprekken",
        mention_partner_email_optin: "Met uw toestemming verstrekken wij uw e-mailadres aan de hier vermelde \
                                      partners ({partners}), zodat zij u hun aanbiedingen per e-mail kunnen sturen. \
                                      Uw toestemming geldt alleen voor deze partners: een nieuwe partner krijgt uw \
                                      adres alleen als u daarvoor opnieuw toestemming geeft.",
        mention_partner_optout: "Uw adresgegevens kunnen worden verstrekt aan {partners} voor hun aanbiedingen per \
                                 post. U kunt daartegen hieronder bezwaar maken, voordat er iets wordt verstrekt.",
        mention_similar_offers: "U kunt van {controller} per e-mail aanbiedingen ontvangen voor producten die \
                                 soortgelijk zijn aan wat u hebt besteld; elk bericht bevat een link waarmee u zich \
                                 daarvoor kunt afmelden.",
        our_company: "ons bedrijf",
        label_partner_email_optin: "Ik geef toestemming om mijn e-mailadres te verstrekken aan de hier vermelde \
                                    partners ({partners}), zodat zij mij hun aanbiedingen per e-mail kunnen sturen.",
        label_partner_optout: "Ik wil niet dat mijn adresgegevens worden verstrekt aan {partners} voor hun \
                               aanbiedingen per post.",
        some_partners: "partners",
        label_similar_offers: "Ik wil geen aanbiedingen per e-mail van u ontvangen voor producten die soortgelijk zijn \
                               aan wat ik heb besteld.",
        label_phone_optin: "Ik geef toestemming om door {caller} te worden gebeld met commerciële aanbiedingen.",
        question_partner_email_optin: "Geeft u toestemming om uw e-mailadres te verstrekken aan de vermelde partners \
                                       ({partners}), zodat zij u hun aanbiedingen per e-mail kunnen sturen?",
        question_partner_optout: "Maakt u bezwaar tegen het verstrekken van uw adresgegevens aan {partners} voor hun \
                                  aanbiedingen per post?",
        question_similar_offers: "Wij kunnen u per e-mail aanbiedingen sturen voor producten die soortgelijk zijn aan \
                                  wat u hebt besteld: maakt u daartegen bezwaar?",
        question_phone_optin: "Geeft u toestemming om door {caller} te worden gebeld met commerciële aanbiedingen?",
        phone_notice: "Wij bellen u alleen met commerciële aanbiedingen als u daarvoor vooraf toestemming hebt \
                       gegeven, behalve om u tijdens een lopende overeenkomst producten of diensten aan te bieden die \
                       verband houden met het onderwerp van die overeenkomst (art. L223-1 van het Franse \
                       consumentenwetboek, de Code de la consommation).",
        phone_notice_short: "Geen commerciële telefoongesprekken zonder uw voorafgaande toestemming, behalve over een \
                             lopende overeenkomst.",
        objection: "Direct marketing: u kunt op elk moment, kosteloos en zonder opgave van redenen, bezwaar maken \
                    tegen het gebruik van uw gegevens voor direct marketing{profiling}{partners}, door te schrijven \
                    naar {contact}.",
        objection_profiling: ", met inbegrip van profilering die daarmee verband houdt",
        objection_partners: ", en tegen het verstrekken van uw gegevens aan onze partners",
        objection_short: "U kunt op elk moment, kosteloos en zonder opgave van redenen, bezwaar maken tegen direct \
                          marketing.",
    },
    facts: FactsWords {
        special_field: "Het veld {field} bevat {category}, een bijzondere categorie van persoonsgegevens (art. 9 \
                        AVG): wij verwerken deze gegevens alleen {condition}.",
        special_law: " Deze verwerking is geregeld in: {law}.",
        special_secrecy: " Wie deze gegevens verwerkt, is gebonden aan het beroepsgeheim: {secrecy}.",
        phone_purposes: "Het veld {field} wordt alleen gebruikt voor: {purposes}.",
        parental_consent_fr: "Bent u jonger dan 15 jaar, dan is uw toestemming niet voldoende: ook een houder van \
                              het ouderlijk gezag moet toestemming geven (art. 45 van de Franse \
                              gegevensbeschermingswet, de loi Informatique et Libertés); wij vragen die toestemming \
                              via: {how}.",
        parental_consent_eu: "Bent u jonger dan de leeftijd die de wet van uw land stelt om zelf toestemming te geven \
                              (hoogstens 16 jaar), dan is uw toestemming niet voldoende: ook de persoon die de \
                              ouderlijke verantwoordelijkheid voor u draagt, moet toestemming geven (art. 8 AVG); wij \
                              vragen die toestemming via: {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} gebruikt uw gegevens voor: {purposes}.",
        purposes: "Wij gebruiken uw gegevens voor: {purposes}.",
        joint_controller: "Gezamenlijke verwerkingsverantwoordelijke: {names}.",
        joint_controllers: "Gezamenlijke verwerkingsverantwoordelijken: {names}.",
        data_source: "Sommige gegevens zijn afkomstig van: {source}.",
        transfers: "Sommige gegevens worden doorgegeven naar landen buiten de Europese Economische Ruimte: \
                    {countries}.",
        automated_decision: "Het besluit over {decision} wordt automatisch genomen; u kunt vragen dat een medewerker \
                             het opnieuw beoordeelt.",
        withdrawal: "U kunt uw toestemming op elk moment intrekken, {route}.",
        learn_more: "Meer informatie vindt u in onze privacyverklaring",
    },
    script: ScriptWords {
        title: "Belscript – voor te lezen aan de persoon die wordt gebeld",
        checklist: [
            "Instructies voor de medewerker (niet voorlezen):",
            "- Vóór het bellen: controleer of de persoon vooraf toestemming heeft gegeven om voor commerciële \
             doeleinden te worden gebeld, of dat er een lopende overeenkomst met hem of haar is en het gesprek over \
             het onderwerp daarvan gaat (verwante of aanvullende producten of diensten) (art. L223-1 van het Franse \
             consumentenwetboek, de Code de la consommation). Is geen van beide het geval, bel dan niet. Belt de \
             persoon zelf, dan geldt deze controle niet.",
            "- Bied nooit telefonisch werkzaamheden voor energierenovatie of woningaanpassing aan, ook niet met \
             toestemming van de persoon (art. L223-1 Code de la consommation).",
            "- Bel alleen, in de tijdzone van de persoon, van maandag tot en met vrijdag tussen 10.00 en 13.00 uur en \
             tussen 14.00 en 20.00 uur; nooit op zaterdag, zondag of een feestdag (art. D223-9 Code de la \
             consommation).",
            "- Niet meer dan 4 oproepen of belpogingen binnen 30 dagen naar dezelfde persoon; na een geweigerd aanbod \
             60 dagen lang niet opnieuw bellen (art. D223-9).",
            "- Vraagt de persoon om niet meer te worden gebeld, dan is de toestemming ingetrokken: bel deze persoon \
             nooit meer voor commerciële doeleinden (art. L223-1 Code de la consommation).",
            "- Elk bezwaar tegen direct marketing wordt vastgelegd voordat het gesprek eindigt (art. 21 AVG).",
        ],
        hello_commercial: "Goedendag, u spreekt met [uw voornaam] van [uw bedrijf]. Ik bel u namens {controller} over \
                           een aanbod.",
        hello: "Goedendag, u spreekt met [uw voornaam] van [uw bedrijf]. Ik bel u namens {controller}.",
        client_company: "[naam opdrachtgever]",
        recorded: "Dit gesprek wordt opgenomen voor {reason}. Wilt u dat niet, laat het mij dan weten; dan wordt de \
                   opname gestopt.",
        purposes: "De informatie die u ons tijdens dit gesprek geeft, wordt gebruikt voor: {purposes}.",
        basis: " (rechtsgrond: {basis})",
        basis_interest: " (rechtsgrond: {basis}, namelijk {interest})",
        retention_item: "voor {purpose}, {retention}",
        retention: "Wij bewaren deze informatie: {list}.",
        recipients: "De informatie wordt alleen gedeeld met de volgende ontvangers: {recipients}.",
        policy_url: "Alle details vindt u op {url}; ik kan u deze link per sms of per e-mail sturen.",
        policy_site: "Alle details staan in onze privacyverklaring op onze website; ik kan u die per e-mail of per \
                      post sturen.",
        policy_sent: "Ik kan u de details van deze informatie per e-mail of per post sturen.",
        questions: "Te stellen vragen – noteer alleen “ja” als de persoon dat duidelijk zegt:",
        question: "{number}. “{question}” (ja / nee)",
        last_commercial: "Voordat het gesprek eindigt: “Maakt u bezwaar tegen elke vorm van direct marketing van onze \
                          kant, per telefoon, e-mail of post?” – zo ja, leg het bezwaar vast voordat u ophangt.",
        last: "Voordat het gesprek eindigt: “Wilt u dat wij u niet meer bellen?” – zo ja, leg het bezwaar vast.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "uw toestemming",
            "de uitvoering van de overeenkomst met u of van uw verzoek",
            "een wettelijke verplichting",
            "de bescherming van vitale belangen",
            "een taak van algemeen belang",
            "ons gerechtvaardigd belang",
        ],
        basis_names: [
            "toestemming",
            "overeenkomst",
            "wettelijke verplichting",
            "vitale belangen",
            "taak van algemeen belang",
            "gerechtvaardigd belang",
        ],
        special_categories: [
            "gegevens over uw gezondheid",
            "genetische gegevens",
            "biometrische gegevens",
            "gegevens waaruit uw ras of etnische afkomst blijkt",
            "gegevens waaruit uw politieke opvattingen blijken",
            "gegevens waaruit uw religieuze of levensbeschouwelijke overtuigingen blijken",
            "gegevens waaruit uw lidmaatschap van een vakbond blijkt",
            "gegevens over uw seksueel gedrag",
            "gegevens over uw seksuele gerichtheid",
        ],
        art9_conditions: [
            "met uw uitdrukkelijke toestemming, die u op elk moment kunt intrekken (art. 9 lid 2 onder a AVG)",
            "voor onze verplichtingen op het gebied van het arbeidsrecht en het socialezekerheids- en \
             socialebeschermingsrecht (art. 9 lid 2 onder b AVG)",
            "ter bescherming van uw vitale belangen of die van een andere persoon (art. 9 lid 2 onder c AVG)",
            "in het kader van de gerechtvaardigde activiteiten van onze instantie zonder winstoogmerk, voor haar leden \
             (art. 9 lid 2 onder d AVG)",
            "omdat u ze zelf openbaar hebt gemaakt (art. 9 lid 2 onder e AVG)",
            "voor de instelling, uitoefening of onderbouwing van een rechtsvordering (art. 9 lid 2 onder f AVG)",
            "om redenen van zwaarwegend algemeen belang die bij wet zijn vastgelegd (art. 9 lid 2 onder g AVG)",
            "voor medische diagnosen, zorg of preventieve of arbeidsgeneeskunde, onder de verantwoordelijkheid van \
             een beroepsbeoefenaar met een geheimhoudingsplicht (art. 9 lid 2 onder h AVG)",
            "om redenen van algemeen belang op het gebied van de volksgezondheid (art. 9 lid 2 onder i AVG)",
            "met het oog op archivering, wetenschappelijk of historisch onderzoek of statistische doeleinden (art. 9 \
             lid 2 onder j AVG)",
        ],
        safeguards: [
            "een juridisch bindend en afdwingbaar instrument tussen overheidsinstanties (art. 46 lid 2 onder a AVG)",
            "bindende bedrijfsvoorschriften (art. 46 lid 2 onder b en art. 47 AVG)",
            "de standaardcontractbepalingen van de Europese Commissie (art. 46 lid 2 onder c AVG)",
            "standaardbepalingen inzake gegevensbescherming die door een toezichthoudende autoriteit zijn vastgesteld \
             (art. 46 lid 2 onder d AVG)",
            "een goedgekeurde gedragscode, met een bindende en afdwingbare toezegging van de ontvanger (art. 46 lid 2 \
             onder e AVG)",
            "een goedgekeurd certificeringsmechanisme, met een bindende en afdwingbare toezegging van de ontvanger \
             (art. 46 lid 2 onder f AVG)",
        ],
        subjects: [
            ("anonymous_user", "anonieme gebruikers"),
            ("child", "kinderen (jonger dan 15 jaar)"),
            ("citizen_voter", "kiezers"),
            ("commuter", "forenzen"),
            ("consultant", "consultants"),
            ("customer", "klanten"),
            ("donor", "donateurs"),
            ("employee", "werknemers"),
            ("job_applicant", "sollicitanten"),
            ("member", "leden"),
            ("next_of_kin", "naasten"),
            ("passenger", "passagiers"),
            ("patient", "patiënten"),
            ("professional", "professionals (zakelijke contactpersonen)"),
            ("prospect", "potentiële klanten"),
            ("shareholder", "aandeelhouders"),
            ("supplier_vendor", "leveranciers"),
            ("trainee", "stagiairs"),
            ("visitor", "bezoekers"),
        ],
        audiences: ["consumenten", "professionals", "minderjarigen"],
    },
    register: RegisterWords {
        title: "Register van de verwerkingsactiviteiten",
        intro: "Opgesteld op basis van de verklaringen in de formulieren (art. 30 AVG). Elke privacymededeling is \
                weergegeven zoals betrokkenen die te zien krijgen.",
        contents: "Inhoud",
        id: "ID",
        law: "Rechtskader",
        version: "Versie van de privacymededeling",
        controller: "Verwerkingsverantwoordelijke",
        none: "niet opgegeven",
        purposes: "Verwerkingsdoeleinden",
        basis: "rechtsgrond",
        retention: "bewaartermijn",
        data: "Verzamelde persoonsgegevens",
        required: "verplicht",
        optional: "optioneel",
        recipients: "Ontvangers",
        transfers: "Doorgiften buiten de EER",
        adequacy: "adequaatheidsbesluit",
        boxes: "Keuzevakjes",
        opt_in: "toestemming (opt-in)",
        opt_out: "bezwaar (opt-out)",
        notice: "Privacymededeling in het Nederlands",
        historical: "de tekst van 2004, bewaard als historisch document: deze voldoet niet meer aan de AVG",
        marketing: "direct marketing",
        special: "bijzondere categorie",
        audience: "Betrokkenen",
        wording: "Woorden die de verwerkingsverantwoordelijke onschadelijk heeft verklaard (tekstcontrole)",
        data_use: "gegevensgebruik",
        category: "categorie",
        rules: "Toegepaste nationale regels",
        french_rules: "Frans recht (CNIL; Code de la consommation, Code des postes et des communications \
                       électroniques, loi Informatique et Libertés)",
        eu_rules: "de AVG en Richtlijn 2002/58/EG (e-privacyrichtlijn); voor het overige de strengste uitleg die de \
                   bibliotheek kent (telefonische marketing alleen met toestemming); het nationale recht van de \
                   verwerkingsverantwoordelijke wordt niet gecontroleerd",
    },
    policy: PolicyWords {
        title: "Privacyverklaring",
        intro: "Op deze pagina leest u per formulier wie uw gegevens verwerkt, waarom en op welke rechtsgrond, wie ze \
                ontvangt, hoe lang ze worden bewaard en hoe u uw rechten kunt uitoefenen.",
        version: "Versie",
        updated: "bijgewerkt op",
        controllers: "Verwerkingsverantwoordelijken",
        dpo: "functionaris voor gegevensbescherming",
        representative: "vertegenwoordiger in de Europese Unie",
        contents: "Inhoud",
        months: [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
        date: "{day} {month} {year}",
    },
    lil2004: None,
};
