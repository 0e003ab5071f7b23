//! German.

use super::*;

/// Every word the library writes in German.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "Deutsch",
    grammar: Grammar {
        and: " und ",
        colon: ": ",
        semicolon: "; ",
        open_quote: "„",
        close_quote: "“",
        contract: no_contraction,
    },
    notice: NoticeWords {
        title: "Datenschutzhinweise",
        why: "Wofür wir Ihre Daten verwenden",
        your_rights: "Ihre Rechte",
        marketing: "Werbung",
        agreement_legend: "Ihre Einwilligung",
        choices_legend: "Ihre Auswahl",
        objection_legend: "Widerspruch gegen unsere Werbung",
        controller: "Verantwortlich für die Verarbeitung der hier eingegebenen Daten ist {name} ({address}); Kontakt: \
                     {contact}.",
        joint_controller: "Über diese Verarbeitungen entscheiden wir gemeinsam mit einem weiteren Verantwortlichen \
                           (gemeinsam Verantwortliche, Art. 26 DSGVO): {name} (Kontakt: {contact}). Das Wesentliche \
                           unserer Vereinbarung: {arrangement}. Sie können Ihre Rechte bei und gegenüber jedem von uns \
                           geltend machen.",
        representative: "Unser Vertreter in der Europäischen Union ist {name}, erreichbar unter {contact}.",
        dpo: "Bei Fragen zu Ihren Daten wenden Sie sich bitte an unseren Datenschutzbeauftragten: {dpo}.",
        data_source: "Folgende Daten haben wir nicht bei Ihnen erhoben: {categories}. Diese Daten stammen aus \
                      folgender Quelle: {source}.",
        data_source_public: "Folgende Daten haben wir nicht bei Ihnen erhoben: {categories}. Diese Daten stammen aus \
                             einer öffentlich zugänglichen Quelle: {source}.",
        purpose_basis: " – Rechtsgrundlage: {basis}{law}.",
        purpose_interest: " Unser berechtigtes Interesse: {interest}.",
        purpose_retention: " Speicherdauer: {retention}; danach werden die Daten gelöscht oder anonymisiert.",
        recipients: "Ihre Daten erhalten ausschließlich die folgenden Empfänger: {recipients}.",
        transfer: "Einige Daten werden in ein Drittland übermittelt, also in ein Land außerhalb des Europäischen \
                   Wirtschaftsraums (Zielland: {country}). Grundlage der Übermittlung: {ground}.",
        ground_safeguard: "{safeguard}; eine Kopie können Sie hier anfordern: {copy}",
        ground_adequacy: "ein Angemessenheitsbeschluss der Europäischen Kommission, {decision}",
        ground_adequacy_uncited: "ein Angemessenheitsbeschluss der Europäischen Kommission",
        all_optional: "Alle Angaben sind freiwillig.",
        one_required: "Folgendes Feld ist ein Pflichtfeld: {list}. Wir benötigen diese Angabe für: {reason}. Folge, \
                       wenn sie fehlt: {consequence}. Alle übrigen Angaben sind freiwillig.",
        many_required: "Folgende Felder sind Pflichtfelder: {list}. Wir benötigen diese Angaben für: {reason}. Folge, \
                        wenn sie fehlen: {consequence}. Alle übrigen Angaben sind freiwillig.",
        default_reason: "die Bearbeitung Ihrer Anfrage",
        default_consequence: "Wir können Ihre Anfrage nicht bearbeiten",
        automated_decision: "Über Folgendes entscheiden wir automatisiert: {decision}. Die Entscheidung beruht auf: \
                             {logic}. Mögliche Auswirkungen: {consequences}. Sie haben das Recht, das Eingreifen einer \
                             Person zu verlangen, Ihren Standpunkt darzulegen und die Entscheidung anzufechten.",
        our_partners: "unsere Partner",
        partners_named: "{partners} ({names})",
        use_partner_optout: "Weitergabe Ihrer Adressdaten an {partners} für deren Werbeangebote per Post",
        interest_partner_optout: "Information unserer Kunden per Post über Angebote unserer Partner",
        use_partner_email_optin: "Weitergabe Ihrer E-Mail-Adresse an die aufgeführten Partner{listed} für deren \
                                  Werbeangebote per E-Mail",
        use_similar_offers: "Zusendung unserer Angebote per E-Mail für Produkte, die den von Ihnen bestellten ähnlich \
                             sind",
        interest_similar_offers: "Werbung für ähnliche eigene Produkte bei unseren Kunden ({law})",
        similar_offers_law_fr: "Art. L34-5 des französischen Code des postes et des communications électroniques",
        similar_offers_law_eu: "Art. 13 Abs. 2 der Richtlinie 2002/58/EG",
        use_phone_optin: "Werbeanrufe von {caller}",
        recipient_partner_optout: "unsere Partner{partners}, für deren Werbeangebote per Post",
        recipient_partner_email_optin: "die hier aufgeführten Partner{partners}, für deren Werbeangebote per E-Mail",
        located_recipient: "{name} ({country})",
        box_agree: "Ich willige ein, dass meine Daten für folgenden Zweck verwendet werden: {purpose}.",
        box_object: "Ich widerspreche der Verwendung meiner Kontaktdaten für folgenden Zweck: {purpose}.",
        question_agree: "Sind Sie damit einverstanden, dass Ihre Daten für folgenden Zweck verwendet werden: \
                         {purpose}?",
        question_object: "Widersprechen Sie der Verwendung Ihrer Kontaktdaten für folgenden Zweck: {purpose}?",
        child_intro_named: "Das Wichtigste in Kürze: {name} verwendet diese Angaben nur für folgende Zwecke: \
                            {purposes}.",
        child_intro: "Das Wichtigste in Kürze: Wir verwenden diese Angaben nur für folgende Zwecke: {purposes}.",
        child_rights: " Sie können verlangen, dass wir Ihnen diese Angaben zeigen, sie berichtigen oder löschen. \
                       Schreiben Sie dazu an: {contact}.",
        child_boxes_fr: " Kreuzen Sie ein Kästchen nur an, wenn Sie einverstanden sind; wenn Sie jünger als 15 Jahre \
                         sind, muss auch ein Elternteil einverstanden sein. Sie können Ihre Meinung jederzeit ändern.",
        child_boxes_eu: " Kreuzen Sie ein Kästchen nur an, wenn Sie einverstanden sind; wenn Sie das Alter, das Ihr \
                         Land dafür festlegt (höchstens 16 Jahre), noch nicht erreicht haben, muss auch ein Elternteil \
                         einverstanden sein. Sie können Ihre Meinung jederzeit ändern.",
        child_complaint: " Wenn etwas nicht stimmt, sprechen Sie mit Ihren Eltern. Gemeinsam können Sie sich an diese \
                          Stelle wenden: {authority}. Im Folgenden wird all das ausführlich erklärt, für Sie und für \
                          Ihre Eltern.",
        child_own_authority: "die Datenschutzaufsichtsbehörde Ihres Landes",
    },
    rights: RightsWords {
        access_erase: "Sie können Auskunft über Ihre Daten verlangen, sie berichtigen oder löschen lassen oder ihre \
                       Verarbeitung einschränken lassen. Wenden Sie sich dazu an: {contact}.",
        access: "Sie können Auskunft über Ihre Daten verlangen, sie berichtigen lassen oder ihre Verarbeitung \
                 einschränken lassen. Wenden Sie sich dazu an: {contact}.",
        erase_some: "Außerdem können Sie die Löschung der Daten verlangen, die für folgende Zwecke verwendet werden: \
                     {list}.",
        portability_all: "Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen \
                          und maschinenlesbaren Format erhalten oder verlangen, dass wir sie direkt an eine andere \
                          Stelle übermitteln.",
        portability_some: "Sie können die Daten, die Sie uns bereitgestellt haben, in einem strukturierten, gängigen \
                           und maschinenlesbaren Format erhalten, soweit sie folgenden Zwecken dienen: {list}. Sie \
                           können auch verlangen, dass wir sie direkt an eine andere Stelle übermitteln.",
        objection: "Sie können aus Gründen, die sich aus Ihrer besonderen Situation ergeben, der Verwendung Ihrer \
                    Daten für folgende Zwecke widersprechen: {list}.",
        withdrawal: "Sie können Ihre Einwilligung jederzeit widerrufen, und zwar {route}. Der Widerruf ist so einfach \
                     wie die Erteilung der Einwilligung; die Rechtmäßigkeit der bis zum Widerruf erfolgten \
                     Verarbeitung bleibt davon unberührt.",
        withdraw_by_contact: "durch eine Nachricht an {contact}",
        route_page: "auf der Seite {route}",
        route_mail: "per E-Mail an {route}",
        route_other: "auf folgendem Weg: {route}",
        post_mortem: "Sie können Anweisungen dazu festlegen, wie Ihre Daten nach Ihrem Tod gespeichert, gelöscht und \
                      weitergegeben werden, und eine Person benennen, die diese Anweisungen ausführen soll (Art. 85 \
                      des französischen Datenschutzgesetzes, Loi Informatique et Libertés).",
        more: "Weitere Informationen zu Ihren Rechten finden Sie auf {site}.",
        complaint: "Sind Sie mit dem Umgang mit Ihren Daten nicht einverstanden, können Sie sich bei der für uns \
                    zuständigen Aufsichtsbehörde oder bei der Datenschutzaufsichtsbehörde Ihres Landes beschweren. Für \
                    uns zuständig ist {authority}.",
        complaint_own: "Sind Sie mit dem Umgang mit Ihren Daten nicht einverstanden, können Sie sich bei der \
                        Datenschutzaufsichtsbehörde Ihres Landes beschweren (Art. 77 DSGVO).",
        cnil: "die französische Datenschutzaufsichtsbehörde CNIL (cnil.fr)",
        names: [
            "Auskunft",
            "Berichtigung",
            "Löschung",
            "Einschränkung der Verarbeitung",
            "Datenübertragbarkeit",
            "Widerspruch",
        ],
        summary: "Ihre Rechte: {rights}; um sie auszuüben, wenden Sie sich an: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Weitergabe Ihrer Adressdaten an unsere Partner",
        legend_partner_email_optin: "Angebote unserer Partner auf elektronischem Weg",
        legend_similar_offers: "Angebote für ähnliche Produkte",
        legend_phone_optin: "Werbeanrufe",
        mention_partner_email_optin: "Mit Ihrer Einwilligung geben wir Ihre E-Mail-Adresse an die hier aufgeführten \
                                      Partner ({partners}) weiter, damit diese Ihnen ihre Angebote per E-Mail senden \
                                      können. Ihre Einwilligung gilt nur für diese Partner: Ein neuer Partner erhält \
                                      Ihre Adresse nur mit Ihrer erneuten Einwilligung.",
        mention_partner_optout: "Ihre Adressdaten können an {partners} für deren Werbeangebote per Post weitergegeben \
                                 werden. Dem können Sie unten widersprechen, bevor Daten weitergegeben werden.",
        mention_similar_offers: "Sie können von {controller} per E-Mail Angebote für Produkte erhalten, die den von \
                                 Ihnen bestellten ähnlich sind; jede Nachricht enthält einen Link, über den Sie sich \
                                 davon abmelden können.",
        our_company: "unserem Unternehmen",
        label_partner_email_optin: "Ich willige ein, dass meine E-Mail-Adresse an die hier aufgeführten Partner \
                                    ({partners}) weitergegeben wird, damit diese mir ihre Angebote per E-Mail senden \
                                    können.",
        label_partner_optout: "Ich widerspreche der Weitergabe meiner Adressdaten an {partners} für deren \
                               Werbeangebote per Post.",
        some_partners: "Partner",
        label_similar_offers: "Ich möchte von Ihnen keine Angebote per E-Mail für Produkte erhalten, die den von mir \
                               bestellten ähnlich sind.",
        label_phone_optin: "Ich willige ein, dass {caller} mich zu Werbezwecken anruft.",
        question_partner_email_optin: "Sind Sie damit einverstanden, dass Ihre E-Mail-Adresse an die aufgeführten \
                                       Partner ({partners}) weitergegeben wird, damit diese Ihnen ihre Angebote per \
                                       E-Mail senden können?",
        question_partner_optout: "Widersprechen Sie der Weitergabe Ihrer Adressdaten an {partners} für deren \
                                  Werbeangebote per Post?",
        question_similar_offers: "Wir können Ihnen per E-Mail Angebote für Produkte senden, die den von Ihnen \
                                  bestellten ähnlich sind: Widersprechen Sie dem?",
        question_phone_optin: "Sind Sie damit einverstanden, dass {caller} Sie zu Werbezwecken anruft?",
        phone_notice: "Wir rufen Sie zu Werbezwecken nur an, wenn Sie vorher eingewilligt haben – außer während eines \
                       laufenden Vertrags, um Ihnen Produkte oder Dienstleistungen anzubieten, die mit dessen \
                       Gegenstand zusammenhängen (Art. L223-1 des französischen Verbraucherschutzgesetzbuchs, Code de \
                       la consommation).",
        phone_notice_short: "Keine Werbeanrufe ohne Ihre vorherige Einwilligung, außer zu einem laufenden Vertrag.",
        objection: "Werbung: Sie können der Verwendung Ihrer Daten für Direktwerbung{profiling}{partners} jederzeit \
                    kostenlos und ohne Angabe von Gründen widersprechen. Wenden Sie sich dazu an: {contact}.",
        objection_profiling: " (einschließlich des damit verbundenen Profilings)",
        objection_partners: " sowie der Weitergabe Ihrer Kontaktdaten an unsere Partner",
        objection_short: "Sie können der Direktwerbung jederzeit kostenlos und ohne Angabe von Gründen widersprechen.",
    },
    facts: FactsWords {
        special_field: "Das Feld {field} enthält {category}. Diese gehören zu den besonderen Kategorien \
                        personenbezogener Daten (Art. 9 DSGVO); wir verarbeiten sie nur {condition}.",
        special_law: " Diese Verarbeitung beruht auf: {law}.",
        special_secrecy: " Wer diese Daten verarbeitet, unterliegt dem Berufsgeheimnis: {secrecy}.",
        phone_purposes: "Das Feld {field} wird nur für folgende Zwecke verwendet: {purposes}.",
        parental_consent_fr: "Wenn Sie jünger als 15 Jahre sind, genügt Ihre Einwilligung allein nicht: Auch ein \
                              Inhaber der elterlichen Sorge muss einwilligen (Art. 45 des französischen \
                              Datenschutzgesetzes, Loi Informatique et Libertés). Diese Einwilligung holen wir auf \
                              folgendem Weg ein: {how}.",
        parental_consent_eu: "Wenn Sie das Alter, ab dem Sie nach dem Recht Ihres Landes allein einwilligen können \
                              (höchstens 16 Jahre), noch nicht erreicht haben, genügt Ihre Einwilligung allein nicht: \
                              Auch ein Träger der elterlichen Verantwortung muss einwilligen (Art. 8 DSGVO). Diese \
                              Einwilligung holen wir auf folgendem Weg ein: {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} verwendet Ihre Daten für folgende Zwecke: {purposes}.",
        purposes: "Wir verwenden Ihre Daten für folgende Zwecke: {purposes}.",
        joint_controller: "Gemeinsam Verantwortlicher: {names}.",
        joint_controllers: "Gemeinsam Verantwortliche: {names}.",
        data_source: "Einige Daten stammen aus folgender Quelle: {source}.",
        transfers: "Einige Daten werden in Länder außerhalb des Europäischen Wirtschaftsraums übermittelt: \
                    {countries}.",
        automated_decision: "Über Folgendes entscheiden wir automatisiert: {decision}; Sie können verlangen, dass eine \
                             Person die Entscheidung überprüft.",
        withdrawal: "Sie können Ihre Einwilligung jederzeit widerrufen, und zwar {route}.",
        learn_more: "Weitere Informationen finden Sie in unserer Datenschutzerklärung",
    },
    script: ScriptWords {
        title: "Gesprächsleitfaden – der angerufenen Person vorzulesen",
        checklist: [
            "Anweisungen für das Callcenter (nicht vorlesen):",
            "- Vor dem Anruf prüfen, ob die Person vorher eingewilligt hat, zu Werbezwecken angerufen zu werden, oder \
             ob ein laufender Vertrag mit ihr besteht und der Anruf dessen Gegenstand betrifft (damit zusammenhängende \
             oder ergänzende Produkte oder Dienstleistungen; Art. L223-1 des französischen \
             Verbraucherschutzgesetzbuchs, Code de la consommation). Liegt keines von beiden vor, nicht anrufen. Ruft \
             die Person selbst an, entfällt diese Prüfung.",
            "- Niemals telefonisch Arbeiten zur energetischen Sanierung oder zur Anpassung der Wohnung anbieten, auch \
             nicht mit dem Einverständnis der Person (Art. L223-1 Code de la consommation).",
            "- Nur montags bis freitags von 10 bis 13 Uhr und von 14 bis 20 Uhr anrufen, jeweils nach der Ortszeit der \
             Person; nie an Samstagen, Sonntagen oder Feiertagen (Art. D223-9 Code de la consommation).",
            "- Höchstens 4 Anrufe oder Anrufversuche innerhalb von 30 Tagen bei derselben Person; nach der Ablehnung \
             eines Angebots 60 Tage lang kein neuer Anruf (Art. D223-9).",
            "- Bittet die Person darum, nicht mehr angerufen zu werden, ist ihre Einwilligung widerrufen: sie nie \
             wieder zu Werbezwecken anrufen (Art. L223-1 Code de la consommation).",
            "- Jeder Widerspruch gegen Werbung wird vor dem Ende des Gesprächs erfasst (Art. 21 DSGVO).",
        ],
        hello_commercial: "Guten Tag, hier ist [Ihr Vorname] von [Name Ihres Unternehmens]. Ich rufe im Auftrag von \
                           {controller} an, um Ihnen ein Angebot vorzustellen.",
        hello: "Guten Tag, hier ist [Ihr Vorname] von [Name Ihres Unternehmens]; ich rufe im Auftrag von {controller} \
                an.",
        client_company: "[Name des Auftraggebers]",
        recorded: "Dieses Gespräch wird zu folgendem Zweck aufgezeichnet: {reason}. Wenn Sie das nicht möchten, sagen \
                   Sie es mir bitte; dann beende ich die Aufzeichnung.",
        purposes: "Die Angaben, die Sie uns in diesem Gespräch machen, verwenden wir für folgende Zwecke: {purposes}.",
        basis: " (Rechtsgrundlage: {basis})",
        basis_interest: " (Rechtsgrundlage: {basis}, nämlich {interest})",
        retention_item: "{purpose} – {retention}",
        retention: "Wir speichern die Angaben wie folgt: {list}.",
        recipients: "Die Angaben erhalten ausschließlich folgende Empfänger: {recipients}.",
        policy_url: "Die Einzelheiten finden Sie unter {url}; ich kann Ihnen diesen Link per SMS oder per E-Mail \
                     schicken.",
        policy_site: "Die Einzelheiten finden Sie in unserer Datenschutzerklärung auf unserer Website; ich kann sie \
                      Ihnen per E-Mail oder per Post schicken.",
        policy_sent: "Ich kann Ihnen die Einzelheiten zu diesen Informationen per E-Mail oder per Post schicken.",
        questions: "Fragen an die Person – „Ja“ nur erfassen, wenn die Person es eindeutig sagt:",
        question: "{number}. „{question}“ (ja / nein)",
        last_commercial: "Vor dem Ende des Gesprächs: „Widersprechen Sie jeder Werbung von uns, ob per Telefon, E-Mail \
                          oder Post?“ – falls ja, den Widerspruch vor dem Auflegen erfassen.",
        last: "Vor dem Ende des Gesprächs: „Möchten Sie, dass wir Sie nicht mehr anrufen?“ – falls ja, den Widerspruch \
               erfassen.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "Ihre Einwilligung",
            "Erfüllung Ihres Vertrags oder vorvertragliche Maßnahmen auf Ihre Anfrage",
            "Erfüllung einer rechtlichen Verpflichtung",
            "Schutz lebenswichtiger Interessen",
            "Wahrnehmung einer Aufgabe im öffentlichen Interesse",
            "Wahrung unserer berechtigten Interessen",
        ],
        basis_names: [
            "Einwilligung",
            "Vertrag",
            "rechtliche Verpflichtung",
            "lebenswichtige Interessen",
            "Aufgabe im öffentlichen Interesse",
            "berechtigte Interessen",
        ],
        special_categories: [
            "Gesundheitsdaten",
            "genetische Daten",
            "biometrische Daten",
            "Daten, aus denen Ihre rassische oder ethnische Herkunft hervorgeht",
            "Daten, aus denen Ihre politischen Meinungen hervorgehen",
            "Daten, aus denen Ihre religiösen oder weltanschaulichen Überzeugungen hervorgehen",
            "Daten, aus denen Ihre Gewerkschaftszugehörigkeit hervorgeht",
            "Daten zu Ihrem Sexualleben",
            "Daten zu Ihrer sexuellen Orientierung",
        ],
        art9_conditions: [
            "mit Ihrer ausdrücklichen Einwilligung, die Sie jederzeit widerrufen können (Art. 9 Abs. 2 lit. a DSGVO)",
            "zur Erfüllung unserer Pflichten aus dem Arbeitsrecht und dem Recht der sozialen Sicherheit und des \
             Sozialschutzes (Art. 9 Abs. 2 lit. b DSGVO)",
            "zum Schutz Ihrer lebenswichtigen Interessen oder derjenigen einer anderen Person (Art. 9 Abs. 2 lit. c \
             DSGVO)",
            "im Rahmen der rechtmäßigen Tätigkeiten unserer Organisation ohne Gewinnerzielungsabsicht und nur für ihre \
             Mitglieder (Art. 9 Abs. 2 lit. d DSGVO)",
            "als Daten, die Sie offensichtlich öffentlich gemacht haben (Art. 9 Abs. 2 lit. e DSGVO)",
            "zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen (Art. 9 Abs. 2 lit. f DSGVO)",
            "aus Gründen eines erheblichen öffentlichen Interesses auf gesetzlicher Grundlage (Art. 9 Abs. 2 lit. g \
             DSGVO)",
            "für Zwecke der Gesundheitsvorsorge, der Arbeitsmedizin, der medizinischen Diagnostik oder der Versorgung \
             und Behandlung, unter der Verantwortung von Fachpersonal, das dem Berufsgeheimnis unterliegt (Art. 9 Abs. \
             2 lit. h DSGVO)",
            "aus Gründen des öffentlichen Interesses im Bereich der öffentlichen Gesundheit (Art. 9 Abs. 2 lit. i \
             DSGVO)",
            "für im öffentlichen Interesse liegende Archivzwecke, für wissenschaftliche oder historische \
             Forschungszwecke oder für statistische Zwecke (Art. 9 Abs. 2 lit. j DSGVO)",
        ],
        safeguards: [
            "ein rechtlich bindendes und durchsetzbares Dokument zwischen Behörden oder öffentlichen Stellen (Art. 46 \
             Abs. 2 lit. a DSGVO)",
            "verbindliche interne Datenschutzvorschriften (Art. 46 Abs. 2 lit. b, Art. 47 DSGVO)",
            "die Standarddatenschutzklauseln der Europäischen Kommission (Art. 46 Abs. 2 lit. c DSGVO)",
            "von einer Aufsichtsbehörde angenommene Standarddatenschutzklauseln (Art. 46 Abs. 2 lit. d DSGVO)",
            "genehmigte Verhaltensregeln zusammen mit rechtsverbindlichen und durchsetzbaren Verpflichtungen des \
             Empfängers (Art. 46 Abs. 2 lit. e DSGVO)",
            "ein genehmigter Zertifizierungsmechanismus zusammen mit rechtsverbindlichen und durchsetzbaren \
             Verpflichtungen des Empfängers (Art. 46 Abs. 2 lit. f DSGVO)",
        ],
        subjects: [
            ("anonymous_user", "anonyme Nutzer"),
            ("child", "Kinder (unter 15 Jahren)"),
            ("citizen_voter", "Wähler"),
            ("commuter", "Pendler"),
            ("consultant", "Berater"),
            ("customer", "Kunden"),
            ("donor", "Spender"),
            ("employee", "Beschäftigte"),
            ("job_applicant", "Bewerber"),
            ("member", "Mitglieder"),
            ("next_of_kin", "Angehörige"),
            ("passenger", "Fahrgäste"),
            ("patient", "Patienten"),
            ("professional", "Gewerbetreibende und Freiberufler (Geschäftskontakte)"),
            ("prospect", "Interessenten"),
            ("shareholder", "Anteilseigner"),
            ("supplier_vendor", "Lieferanten"),
            ("trainee", "Praktikanten und Auszubildende"),
            ("visitor", "Besucher"),
        ],
        audiences: ["Verbraucher", "Unternehmer", "Minderjährige"],
    },
    register: RegisterWords {
        title: "Verzeichnis von Verarbeitungstätigkeiten",
        intro: "Erstellt aus den Angaben der Formulare (Art. 30 DSGVO). Alle Datenschutzhinweise sind so \
                wiedergegeben, wie die betroffenen Personen sie sehen.",
        contents: "Inhalt",
        id: "Kennung",
        law: "Rechtsrahmen",
        version: "Version der Datenschutzhinweise",
        controller: "Verantwortlicher",
        none: "nicht angegeben",
        purposes: "Zwecke",
        basis: "Rechtsgrundlage",
        retention: "Speicherdauer",
        data: "Erhobene personenbezogene Daten",
        required: "Pflichtangabe",
        optional: "freiwillig",
        recipients: "Empfänger",
        transfers: "Übermittlungen in Länder außerhalb des EWR",
        adequacy: "Angemessenheitsbeschluss",
        boxes: "Ankreuzfelder",
        opt_in: "Einwilligung (Opt-in)",
        opt_out: "Widerspruch (Opt-out)",
        notice: "Datenschutzhinweise auf Deutsch",
        historical: "Text von 2004, als historisches Dokument aufbewahrt: Er genügt der DSGVO nicht mehr",
        marketing: "Werbung",
        special: "besondere Kategorie",
        audience: "Betroffene Personen",
        wording: "Vom Verantwortlichen als unbedenklich erklärte Wörter (Textprüfung)",
        data_use: "Datenverwendung",
        category: "Kategorie",
        rules: "Angewandte nationale Vorschriften",
        french_rules: "französisches Recht (CNIL; Code de la consommation, Code des postes et des communications \
                       électroniques, Loi Informatique et Libertés)",
        eu_rules: "DSGVO und Richtlinie 2002/58/EG (Datenschutzrichtlinie für elektronische Kommunikation); im Übrigen \
                   die strengste Auslegung, die die Bibliothek kennt (Telefonwerbung nur mit Einwilligung); das \
                   nationale Recht des Verantwortlichen wird nicht geprüft",
    },
    policy: PolicyWords {
        title: "Datenschutzerklärung",
        intro: "Auf dieser Seite erfahren Sie für jedes unserer Formulare, wer Ihre Daten verarbeitet, zu welchen \
                Zwecken und auf welcher Rechtsgrundlage, wer sie erhält, wie lange sie gespeichert werden und wie Sie \
                Ihre Rechte ausüben können.",
        version: "Version",
        updated: "aktualisiert am",
        controllers: "Verantwortliche",
        dpo: "Datenschutzbeauftragter",
        representative: "Vertreter in der Europäischen Union",
        contents: "Inhalt",
        months: [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
        date: "{day}. {month} {year}",
    },
    lil2004: None,
};
