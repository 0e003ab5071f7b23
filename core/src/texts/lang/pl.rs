//! Polish.
//!
//! Form of address: the notice, the policy and the first level speak impersonally ("można", "swoich"), as
//! Polish legal and business texts do, so that a sentence reads the same on screen and when an operator reads it
//! aloud; the call script's own lines address the person as "Pan/Pani" (the operator says the one that fits);
//! the child's first paragraph says "ty"; the boxes speak in the person's voice ("Wyrażam zgodę…").

use super::*;

/// Every word the library writes in Polish.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "polski",
    grammar: Grammar {
        and: " i ",
        colon: ": ",
        semicolon: "; ",
        open_quote: "„",
        close_quote: "”",
        contract: no_contraction,
    },
    notice: NoticeWords {
        title: "Ochrona danych osobowych",
        why: "W jakich celach wykorzystujemy dane",
        your_rights: "Prawa osoby, której dane dotyczą",
        marketing: "Marketing bezpośredni",
        agreement_legend: "Zgoda",
        choices_legend: "Zgody i sprzeciwy",
        objection_legend: "Sprzeciw wobec naszych ofert",
        controller: "Administratorem danych wpisanych w tym formularzu jest {name} ({address}); kontakt: {contact}.",
        joint_controller: "Współadministratorem tych danych (art. 26 RODO), który wspólnie z nami ustala cele i \
                           sposoby ich przetwarzania, jest {name} (kontakt: {contact}). Zasadnicza treść naszych \
                           uzgodnień: {arrangement}. Swoje prawa można wykonywać wobec każdego z nas.",
        representative: "Naszym przedstawicielem w Unii Europejskiej jest {name}; kontakt: {contact}.",
        dpo: "We wszystkich sprawach dotyczących danych osobowych można kontaktować się z naszym inspektorem ochrony \
              danych: {dpo}.",
        data_source: "Źródło pochodzenia danych: {source}; pochodzą z niego następujące dane: {categories}.",
        data_source_public: "Źródło pochodzenia danych: {source} (źródło publicznie dostępne); pochodzą z niego \
                             następujące dane: {categories}.",
        purpose_basis: " – podstawa prawna: {basis}{law}.",
        purpose_interest: " Nasz prawnie uzasadniony interes: {interest}.",
        purpose_retention: " Okres przechowywania: {retention}; po jego upływie dane są usuwane lub anonimizowane.",
        recipients: "Odbiorcami danych są wyłącznie: {recipients}.",
        transfer: "Część danych jest przekazywana do państwa trzeciego, poza Europejski Obszar Gospodarczy (państwo \
                   docelowe: {country}); podstawa przekazania: {ground}.",
        ground_safeguard: "{safeguard}; sposób uzyskania kopii: {copy}",
        ground_adequacy: "decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony, tj. {decision}",
        ground_adequacy_uncited: "decyzja Komisji Europejskiej stwierdzająca odpowiedni stopień ochrony",
        all_optional: "Wypełnienie wszystkich pól jest dobrowolne.",
        one_required: "Wypełnienie następującego pola jest obowiązkowe: {list}. Dane te są niezbędne w następującym \
                       celu: {reason}; bez nich {consequence}. Wypełnienie pozostałych pól jest dobrowolne.",
        many_required: "Wypełnienie następujących pól jest obowiązkowe: {list}. Dane te są niezbędne w następującym \
                        celu: {reason}; bez nich {consequence}. Wypełnienie pozostałych pól jest dobrowolne.",
        default_reason: "rozpatrzenie zgłoszenia",
        default_consequence: "nie będziemy mogli go rozpatrzyć",
        automated_decision: "Następująca decyzja jest podejmowana w sposób zautomatyzowany: {decision}. Zasady jej \
                             podejmowania: {logic}; możliwe skutki: {consequences}. Można zażądać interwencji \
                             człowieka, wyrazić własne stanowisko i zakwestionować tę decyzję.",
        our_partners: "naszym partnerom",
        partners_named: "{partners} ({names})",
        use_partner_optout: "przekazywanie danych adresowych {partners}, aby mogli przesyłać pocztą swoje oferty",
        interest_partner_optout: "informowanie naszych klientów pocztą o ofertach naszych partnerów",
        use_partner_email_optin: "przekazywanie adresu e-mail wskazanym partnerom{listed}, aby mogli przesyłać na \
                                  niego swoje oferty",
        use_similar_offers: "przesyłanie e-mailem naszych ofert produktów podobnych do zamówionych",
        interest_similar_offers: "proponowanie naszym klientom podobnych produktów ({law})",
        similar_offers_law_fr: "art. L34-5 francuskiego kodeksu poczty i łączności elektronicznej – Code des postes \
                                et des communications électroniques",
        similar_offers_law_eu: "art. 13 ust. 2 dyrektywy 2002/58/WE",
        use_phone_optin: "połączenia telefoniczne, które {caller} może wykonywać w celach handlowych",
        recipient_partner_optout: "nasi partnerzy{partners}, w celu przesyłania własnych ofert pocztą",
        recipient_partner_email_optin: "wskazani tu partnerzy{partners}, w celu przesyłania własnych ofert e-mailem",
        located_recipient: "{name} ({country})",
        box_agree: "Wyrażam zgodę na wykorzystywanie moich danych w następującym celu: {purpose}.",
        box_object: "Sprzeciwiam się wykorzystywaniu moich danych kontaktowych w następującym celu: {purpose}.",
        question_agree: "Czy wyraża Pan/Pani zgodę na wykorzystywanie swoich danych w następującym celu: {purpose}?",
        question_object: "Czy sprzeciwia się Pan/Pani wykorzystywaniu swoich danych kontaktowych w następującym \
                          celu: {purpose}?",
        child_intro_named: "W skrócie: {name} używa tych informacji tylko w tych celach: {purposes}.",
        child_intro: "W skrócie: używamy tych informacji tylko w tych celach: {purposes}.",
        child_rights: " Możesz poprosić o pokazanie ci tych informacji, ich poprawienie albo usunięcie – wystarczy \
                       napisać na adres {contact}.",
        child_boxes_fr: " Zaznacz pole tylko wtedy, gdy się zgadzasz; jeśli masz mniej niż 15 lat, zgodzić się musi \
                         też jedno z twoich rodziców. W każdej chwili możesz zmienić zdanie.",
        child_boxes_eu: " Zaznacz pole tylko wtedy, gdy się zgadzasz; jeśli nie masz jeszcze tylu lat, ile wymaga \
                         prawo twojego kraju (najwyżej 16), zgodzić się musi też jedno z twoich rodziców. W każdej \
                         chwili możesz zmienić zdanie.",
        child_complaint: " Jeśli coś jest nie tak, porozmawiaj z rodzicami: razem możecie złożyć skargę – przyjmuje \
                          ją {authority}. Dalej wszystko to jest opisane dokładnie – dla ciebie i dla twoich \
                          rodziców.",
        child_own_authority: "urząd ochrony danych w twoim kraju",
    },
    rights: RightsWords {
        access_erase: "Można uzyskać dostęp do swoich danych, zażądać ich sprostowania, usunięcia lub ograniczenia \
                       ich przetwarzania, pisząc na adres {contact}.",
        access: "Można uzyskać dostęp do swoich danych, zażądać ich sprostowania lub ograniczenia ich przetwarzania, \
                 pisząc na adres {contact}.",
        erase_some: "Można również zażądać usunięcia danych wykorzystywanych w następujących celach: {list}.",
        portability_all: "Można otrzymać dostarczone nam dane w powszechnie używanym formacie nadającym się do \
                          odczytu maszynowego albo zażądać, abyśmy przesłali je bezpośrednio innemu podmiotowi.",
        portability_some: "Można otrzymać, w powszechnie używanym formacie nadającym się do odczytu maszynowego, dane \
                           dostarczone nam w następujących celach: {list}; można również zażądać, abyśmy przesłali \
                           je bezpośrednio innemu podmiotowi.",
        objection: "Można wnieść sprzeciw – z przyczyn związanych ze swoją szczególną sytuacją – wobec \
                    wykorzystywania danych w następujących celach: {list}.",
        withdrawal: "Zgodę można wycofać w dowolnym momencie, równie łatwo, jak została wyrażona, {route}; wycofanie \
                     zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano przed jej wycofaniem.",
        withdraw_by_contact: "pisząc na adres {contact}",
        route_page: "na stronie {route}",
        route_mail: "pisząc na adres {route}",
        route_other: "w następujący sposób: {route}",
        post_mortem: "Można określić dyspozycje dotyczące przechowywania, usunięcia i ujawniania swoich danych po \
                      śmierci oraz wskazać osobę, która ma je wykonać (art. 85 francuskiej ustawy o ochronie danych – \
                      loi Informatique et Libertés).",
        more: "Więcej informacji o przysługujących prawach: {site}.",
        complaint: "W razie zastrzeżeń co do sposobu, w jaki przetwarzamy dane, można wnieść skargę do organu \
                    nadzorczego, którym jest {authority}, lub do organu nadzorczego w państwie swojego zwykłego \
                    pobytu.",
        complaint_own: "W razie zastrzeżeń co do sposobu, w jaki przetwarzamy dane, można wnieść skargę do organu \
                        nadzorczego w państwie swojego zwykłego pobytu (art. 77 RODO).",
        cnil: "francuska CNIL (cnil.fr)",
        names: [
            "dostęp do danych",
            "sprostowanie",
            "usunięcie",
            "ograniczenie przetwarzania",
            "przenoszenie danych",
            "sprzeciw",
        ],
        summary: "Prawa osoby, której dane dotyczą: {rights}; kontakt w celu ich wykonania: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Przekazywanie danych naszym partnerom",
        legend_partner_email_optin: "Oferty naszych partnerów przesyłane drogą elektroniczną",
        legend_similar_offers: "Oferty podobnych produktów",
        legend_phone_optin: "Połączenia telefoniczne w celach handlowych",
        mention_partner_email_optin: "Po wyrażeniu zgody przekazujemy podany adres e-mail wskazanym tu partnerom \
                                      ({partners}), aby mogli przesyłać na niego swoje oferty. Zgoda obejmuje \
                                      wyłącznie tych partnerów: nowy partner otrzyma adres tylko po wyrażeniu nowej \
                                      zgody.",
        mention_partner_optout: "Podane dane adresowe mogą zostać przekazane {partners}, aby mogli przesyłać pocztą \
                                 swoje oferty. Poniżej można wyrazić sprzeciw, zanim dane zostaną komukolwiek \
                                 przekazane.",
        mention_similar_offers: "Na podany adres e-mail mogą być przesyłane oferty produktów podobnych do \
                                 zamówionych; przesyła je {controller}, a każda wiadomość zawiera link umożliwiający \
                                 rezygnację z ich otrzymywania.",
        our_company: "nasza firma",
        label_partner_email_optin: "Wyrażam zgodę na przekazanie mojego adresu e-mail wskazanym tu partnerom \
                                    ({partners}), aby mogli przesyłać mi e-mailem swoje oferty.",
        label_partner_optout: "Nie zgadzam się na przekazanie moich danych adresowych {partners}, aby mogli \
                               przesyłać mi pocztą swoje oferty.",
        some_partners: "partnerom",
        label_similar_offers: "Nie chcę otrzymywać e-mailem ofert produktów podobnych do zamówionych przeze mnie.",
        label_phone_optin: "Wyrażam zgodę na połączenia telefoniczne, które {caller} może wykonywać do mnie w celach \
                            handlowych.",
        question_partner_email_optin: "Czy wyraża Pan/Pani zgodę na przekazanie swojego adresu e-mail wskazanym \
                                       partnerom ({partners}), aby mogli przesyłać Panu/Pani e-mailem swoje oferty?",
        question_partner_optout: "Czy sprzeciwia się Pan/Pani przekazaniu swoich danych adresowych {partners}, aby \
                                  mogli przesyłać Panu/Pani pocztą swoje oferty?",
        question_similar_offers: "Możemy przesyłać Panu/Pani e-mailem oferty produktów podobnych do zamówionych: czy \
                                  sprzeciwia się Pan/Pani temu?",
        question_phone_optin: "Czy wyraża Pan/Pani zgodę na połączenia telefoniczne, które {caller} może wykonywać do \
                               Pana/Pani w celach handlowych?",
        phone_notice: "Połączenia telefoniczne w celach handlowych wykonujemy wyłącznie za uprzednią zgodą, z \
                       wyjątkiem połączeń w trakcie obowiązywania umowy, mających na celu zaproponowanie produktów \
                       lub usług związanych z jej przedmiotem (art. L223-1 francuskiego kodeksu konsumenckiego – Code \
                       de la consommation).",
        phone_notice_short: "Żadnych połączeń w celach handlowych bez uprzedniej zgody, z wyjątkiem spraw dotyczących \
                             obowiązującej umowy.",
        objection: "Marketing bezpośredni: w dowolnym momencie można nieodpłatnie i bez podawania przyczyny wnieść \
                    sprzeciw wobec przetwarzania swoich danych na potrzeby marketingu bezpośredniego{profiling}\
                    {partners}, pisząc na adres {contact}.",
        objection_profiling: ", w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem",
        objection_partners: ", a także wobec przekazywania swoich danych kontaktowych naszym partnerom",
        objection_short: "W dowolnym momencie można nieodpłatnie i bez podawania przyczyny wnieść sprzeciw wobec \
                          marketingu bezpośredniego.",
    },
    facts: FactsWords {
        special_field: "Pole {field} zawiera {category}, czyli szczególną kategorię danych osobowych (art. 9 RODO): \
                        przetwarzamy je wyłącznie {condition}.",
        special_law: " Przetwarzanie to przewidują następujące przepisy: {law}.",
        special_secrecy: " Osoby, które przetwarzają te dane, są zobowiązane do zachowania tajemnicy zawodowej: \
                          {secrecy}.",
        phone_purposes: "Pole {field} jest wykorzystywane wyłącznie w następujących celach: {purposes}.",
        parental_consent_fr: "Jeżeli osoba, której dane dotyczą, nie ukończyła 15 lat, jej własna zgoda nie \
                              wystarcza: zgodę musi wyrazić również osoba sprawująca władzę rodzicielską (art. 45 \
                              francuskiej ustawy o ochronie danych – loi Informatique et Libertés); uzyskujemy ją w \
                              następujący sposób: {how}.",
        parental_consent_eu: "Jeżeli osoba, której dane dotyczą, nie osiągnęła wieku, od którego prawo jej państwa \
                              pozwala samodzielnie wyrazić zgodę (najwyżej 16 lat), jej własna zgoda nie wystarcza: \
                              zgodę musi wyrazić lub zaaprobować również osoba sprawująca władzę rodzicielską lub \
                              opiekę nad dzieckiem (art. 8 RODO); uzyskujemy ją w następujący sposób: {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} wykorzystuje dane w następujących celach: {purposes}.",
        purposes: "Wykorzystujemy dane w następujących celach: {purposes}.",
        joint_controller: "Współadministrator: {names}.",
        joint_controllers: "Współadministratorzy: {names}.",
        data_source: "Część danych pochodzi z następującego źródła: {source}.",
        transfers: "Część danych jest przekazywana do państw spoza Europejskiego Obszaru Gospodarczego: {countries}.",
        automated_decision: "Następująca decyzja jest podejmowana w sposób zautomatyzowany: {decision}; można \
                             zażądać interwencji człowieka.",
        withdrawal: "Zgodę można wycofać w dowolnym momencie, {route}.",
        learn_more: "Więcej informacji w naszej polityce prywatności",
    },
    script: ScriptWords {
        title: "Skrypt rozmowy – do odczytania osobie, do której się dzwoni",
        checklist: [
            "Instrukcje dla konsultanta (nie odczytywać):",
            "- Przed połączeniem: sprawdzić, czy osoba wyraziła uprzednią zgodę na połączenia w celach handlowych \
             albo czy obowiązuje zawarta z nią umowa, a rozmowa dotyczy jej przedmiotu (produktów lub usług z nią \
             związanych lub ją uzupełniających) (art. L223-1 francuskiego kodeksu konsumenckiego – Code de la \
             consommation). Jeżeli żaden z tych warunków nie jest spełniony, nie dzwonić. Jeżeli to ta osoba \
             dzwoni, tego sprawdzenia się nie przeprowadza.",
            "- Nigdy nie proponować przez telefon prac z zakresu renowacji energetycznej (termomodernizacji) ani \
             przystosowania mieszkania, nawet za zgodą tej osoby (art. L223-1 kodeksu konsumenckiego).",
            "- Dzwonić wyłącznie od poniedziałku do piątku, w godzinach 10:00–13:00 i 14:00–20:00 czasu \
             obowiązującego w miejscu pobytu tej osoby; nigdy w soboty, niedziele ani dni ustawowo wolne od pracy \
             (art. D223-9 kodeksu konsumenckiego).",
            "- Nie więcej niż 4 połączenia lub próby połączenia w ciągu 30 dni do tej samej osoby; po odrzuceniu \
             oferty – żadnego nowego połączenia przez 60 dni (art. D223-9).",
            "- Jeżeli osoba prosi, aby więcej do niej nie dzwonić, jej zgoda zostaje wycofana: nigdy więcej nie \
             dzwonić do niej w celach handlowych (art. L223-1 kodeksu konsumenckiego).",
            "- Każdy sprzeciw wobec marketingu bezpośredniego odnotować przed zakończeniem rozmowy (art. 21 RODO).",
        ],
        hello_commercial: "Dzień dobry, mówi [imię konsultanta] z firmy [nazwa firmy konsultanta]. Dzwonię w \
                           imieniu firmy {controller} w sprawie oferty handlowej.",
        hello: "Dzień dobry, mówi [imię konsultanta] z firmy [nazwa firmy konsultanta]. Dzwonię w imieniu firmy \
                {controller}.",
        client_company: "[nazwa klienta]",
        recorded: "Ta rozmowa jest nagrywana w następującym celu: {reason}. Jeżeli nie życzy Pan/Pani sobie \
                   nagrywania, proszę mi o tym powiedzieć, a nagrywanie zostanie przerwane.",
        purposes: "Informacje, które przekazuje nam Pan/Pani podczas tej rozmowy, wykorzystujemy w następujących \
                   celach: {purposes}.",
        basis: " (podstawa prawna: {basis})",
        basis_interest: " (podstawa prawna: {basis}, tj. {interest})",
        retention_item: "{purpose} – {retention}",
        retention: "Okresy przechowywania tych informacji: {list}.",
        recipients: "Odbiorcami tych informacji są wyłącznie: {recipients}.",
        policy_url: "Szczegółowe informacje znajdują się na stronie {url}; mogę przesłać Panu/Pani ten link SMS-em \
                     lub e-mailem.",
        policy_site: "Szczegółowe informacje znajdują się w naszej polityce prywatności, na naszej stronie \
                      internetowej; mogę przesłać ją Panu/Pani e-mailem lub pocztą.",
        policy_sent: "Mogę przesłać Panu/Pani szczegółowe informacje na ten temat e-mailem lub pocztą.",
        questions: "Pytania – odnotować „tak” tylko wtedy, gdy rozmówca wyraźnie to potwierdzi:",
        question: "{number}. „{question}” (tak / nie)",
        last_commercial: "Przed zakończeniem rozmowy: „Czy sprzeciwia się Pan/Pani wszelkiemu marketingowi z naszej \
                          strony – telefonicznemu, e-mailowemu lub pocztowemu?” – jeżeli tak, odnotować sprzeciw \
                          przed rozłączeniem się.",
        last: "Przed zakończeniem rozmowy: „Czy życzy Pan/Pani sobie, abyśmy więcej do Pana/Pani nie dzwonili?” – \
               jeżeli tak, odnotować sprzeciw.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "zgoda",
            "wykonanie umowy lub działania podejmowane na żądanie przed jej zawarciem",
            "ciążący na nas obowiązek prawny",
            "ochrona żywotnych interesów",
            "wykonanie zadania realizowanego w interesie publicznym",
            "nasz prawnie uzasadniony interes",
        ],
        basis_names: [
            "zgoda",
            "wykonanie umowy",
            "obowiązek prawny",
            "żywotne interesy",
            "zadanie realizowane w interesie publicznym",
            "prawnie uzasadnione interesy",
        ],
        special_categories: [
            "dane dotyczące zdrowia",
            "dane genetyczne",
            "dane biometryczne",
            "dane ujawniające pochodzenie rasowe lub etniczne",
            "dane ujawniające poglądy polityczne",
            "dane ujawniające przekonania religijne lub światopoglądowe",
            "dane ujawniające przynależność do związków zawodowych",
            "dane dotyczące seksualności",
            "dane dotyczące orientacji seksualnej",
        ],
        art9_conditions: [
            "na podstawie wyraźnej zgody, którą można w każdej chwili wycofać (art. 9 ust. 2 lit. a RODO)",
            "w celu wypełnienia naszych obowiązków w dziedzinie prawa pracy i zabezpieczenia społecznego (art. 9 \
             ust. 2 lit. b RODO)",
            "w celu ochrony żywotnych interesów osoby, której dane dotyczą, lub innej osoby (art. 9 ust. 2 lit. c \
             RODO)",
            "w ramach uprawnionej działalności naszej organizacji o charakterze niezarobkowym, w odniesieniu do jej \
             członków (art. 9 ust. 2 lit. d RODO)",
            "dlatego, że osoba, której dane dotyczą, w sposób oczywisty je upubliczniła (art. 9 ust. 2 lit. e RODO)",
            "w celu ustalenia, dochodzenia lub obrony roszczeń (art. 9 ust. 2 lit. f RODO)",
            "ze względów związanych z ważnym interesem publicznym, na podstawie przepisów prawa (art. 9 ust. 2 lit. g \
             RODO)",
            "do celów diagnozy medycznej, zapewnienia opieki zdrowotnej lub leczenia albo do celów profilaktyki \
             zdrowotnej lub medycyny pracy, pod odpowiedzialnością osoby zobowiązanej do zachowania tajemnicy \
             zawodowej (art. 9 ust. 2 lit. h RODO)",
            "ze względów związanych z interesem publicznym w dziedzinie zdrowia publicznego (art. 9 ust. 2 lit. i \
             RODO)",
            "do celów archiwalnych w interesie publicznym, do celów badań naukowych lub historycznych albo do celów \
             statystycznych (art. 9 ust. 2 lit. j RODO)",
        ],
        safeguards: [
            "prawnie wiążący i egzekwowalny instrument między organami lub podmiotami publicznymi (art. 46 ust. 2 \
             lit. a RODO)",
            "wiążące reguły korporacyjne (art. 46 ust. 2 lit. b i art. 47 RODO)",
            "standardowe klauzule umowne przyjęte przez Komisję Europejską (art. 46 ust. 2 lit. c RODO)",
            "standardowe klauzule ochrony danych przyjęte przez organ nadzorczy (art. 46 ust. 2 lit. d RODO)",
            "zatwierdzony kodeks postępowania wraz z wiążącym i egzekwowalnym zobowiązaniem odbiorcy (art. 46 ust. 2 \
             lit. e RODO)",
            "zatwierdzony mechanizm certyfikacji wraz z wiążącym i egzekwowalnym zobowiązaniem odbiorcy (art. 46 \
             ust. 2 lit. f RODO)",
        ],
        subjects: [
            ("anonymous_user", "użytkownicy anonimowi"),
            ("child", "dzieci (poniżej 15 lat)"),
            ("citizen_voter", "wyborcy"),
            ("commuter", "osoby dojeżdżające do pracy lub szkoły"),
            ("consultant", "konsultanci"),
            ("customer", "klienci"),
            ("donor", "darczyńcy"),
            ("employee", "pracownicy"),
            ("job_applicant", "kandydaci do pracy"),
            ("member", "członkowie"),
            ("next_of_kin", "osoby najbliższe"),
            ("passenger", "pasażerowie"),
            ("patient", "pacjenci"),
            ("professional", "przedsiębiorcy (kontakty biznesowe)"),
            ("prospect", "potencjalni klienci"),
            ("shareholder", "akcjonariusze i udziałowcy"),
            ("supplier_vendor", "dostawcy"),
            ("trainee", "stażyści i praktykanci"),
            ("visitor", "odwiedzający"),
        ],
        audiences: ["konsumenci", "przedsiębiorcy", "małoletni"],
    },
    register: RegisterWords {
        title: "Rejestr czynności przetwarzania",
        intro: "Sporządzony na podstawie deklaracji zawartych w formularzach (art. 30 RODO). Każda klauzula \
                informacyjna jest odtworzona w takiej postaci, w jakiej widzą ją osoby, których dane dotyczą.",
        contents: "Spis treści",
        id: "Identyfikator",
        law: "Reżim prawny",
        version: "Wersja klauzuli informacyjnej",
        controller: "Administrator",
        none: "nie zadeklarowano",
        purposes: "Cele przetwarzania",
        basis: "podstawa prawna",
        retention: "okres przechowywania",
        data: "Zbierane dane osobowe",
        required: "obowiązkowe",
        optional: "dobrowolne",
        recipients: "Odbiorcy",
        transfers: "Przekazywanie danych poza EOG",
        adequacy: "decyzja stwierdzająca odpowiedni stopień ochrony",
        boxes: "Pola wyboru",
        opt_in: "zgoda (opt-in)",
        opt_out: "sprzeciw (opt-out)",
        notice: "Klauzula informacyjna w języku polskim",
        historical: "tekst z 2004 r., zachowany jako dokument historyczny: nie spełnia już wymogów RODO",
        marketing: "marketing",
        special: "szczególna kategoria danych",
        audience: "Osoby, których dane dotyczą",
        wording: "Wyrazy uznane przez administratora za dopuszczalne (kontrola tekstów)",
        data_use: "sposób wykorzystania danych",
        category: "kategoria",
        rules: "Zastosowane przepisy krajowe",
        french_rules: "prawo francuskie (CNIL; kodeks konsumencki, kodeks poczty i łączności elektronicznej, ustawa \
                       o ochronie danych – loi Informatique et Libertés)",
        eu_rules: "RODO i dyrektywa 2002/58/WE (o prywatności i łączności elektronicznej); w pozostałym zakresie – \
                   najbardziej rygorystyczna wykładnia znana bibliotece (marketing telefoniczny wyłącznie za zgodą); \
                   prawo krajowe administratora nie jest weryfikowane",
    },
    policy: PolicyWords {
        title: "Polityka prywatności",
        intro: "Na tej stronie opisujemy, w odniesieniu do każdego z naszych formularzy, kto przetwarza dane osobowe, \
                w jakim celu i na jakiej podstawie prawnej, komu są one przekazywane, jak długo są przechowywane oraz \
                jak można wykonywać przysługujące prawa.",
        version: "Wersja",
        updated: "zaktualizowano",
        controllers: "Administratorzy",
        dpo: "inspektor ochrony danych",
        representative: "przedstawiciel w Unii Europejskiej",
        contents: "Spis treści",
        months: [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
        date: "{day} {month} {year}",
    },
    lil2004: None,
};
