//! Italian.

use super::*;

/// « di », « a », « da », « in » and « su » before a phrase, as Italian writes them: joined with a lower-case
/// definite article (« del punteggio », « alla concessione », « dal registro », « sulle clausole », « dell’esito »),
/// « ad » before « a » (« ad Alfa S.p.A. »). A name that begins with its own capitalised article keeps it as written.
fn contract(prep: &str, phrase: &str) -> String {
    let stem = match prep {
        "di" => "de",
        "a" => "a",
        "da" => "da",
        "in" => "ne",
        "su" => "su",
        _ => return no_contraction(prep, phrase),
    };
    for apostrophe in ['’', '\''] {
        if let Some(rest) = phrase.strip_prefix('l').and_then(|p| p.strip_prefix(apostrophe)) {
            return format!("{stem}ll{apostrophe}{rest}");
        }
    }
    let articles = [("il ", "l "), ("lo ", "llo "), ("la ", "lla "), ("i ", "i "), ("gli ", "gli "), ("le ", "lle ")];
    for (article, joined) in articles {
        if let Some(rest) = phrase.strip_prefix(article) {
            return format!("{stem}{joined}{rest}");
        }
    }
    if prep == "a" && phrase.starts_with(['a', 'A']) {
        return format!("ad {phrase}");
    }
    no_contraction(prep, phrase)
}

/// Every word the library writes in Italian.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "italiano",
    grammar: Grammar { and: " e ", colon: ": ", semicolon: "; ", open_quote: "«", close_quote: "»", contract },
    notice: NoticeWords {
        title: "Informativa sul trattamento dei dati personali",
        why: "Perché utilizziamo i Suoi dati",
        your_rights: "I Suoi diritti",
        marketing: "Marketing",
        agreement_legend: "Il Suo consenso",
        choices_legend: "Le Sue scelte",
        objection_legend: "Opposizione alle nostre offerte",
        controller: "Il titolare del trattamento dei dati che inserisce qui è {name} ({address}); contatti: {contact}.",
        joint_controller: "Le finalità e i mezzi di questi trattamenti sono determinati congiuntamente con {name} \
                           (contatti: {contact}), contitolare del trattamento (art. 26 del GDPR). Contenuto \
                           essenziale del nostro accordo: {arrangement}. Può esercitare i Suoi diritti nei confronti \
                           di ciascuno di noi.",
        representative: "Il nostro rappresentante nell’Unione europea è {name}, raggiungibile all’indirizzo {contact}.",
        dpo: "Per qualsiasi domanda sui Suoi dati può scrivere al nostro responsabile della protezione dei dati: \
              {dpo}.",
        data_source: "Abbiamo ottenuto i seguenti dati {da:source}: {categories}.",
        data_source_public: "Abbiamo ottenuto i seguenti dati {da:source}, una fonte accessibile al pubblico: \
                             {categories}.",
        purpose_basis: " — base giuridica: {basis}{law}.",
        purpose_interest: " Il nostro legittimo interesse: {interest}.",
        purpose_retention: " Conservazione: {retention}; successivamente i dati sono cancellati o resi anonimi.",
        recipients: "I Suoi dati sono comunicati esclusivamente ai seguenti destinatari: {recipients}.",
        transfer: "Alcuni dati sono trasferiti al di fuori dello Spazio economico europeo (paese di destinazione: \
                   {country}); il trasferimento si basa {su:ground}.",
        ground_safeguard: "{safeguard}, di cui può ottenere copia presso {copy}",
        ground_adequacy: "una decisione di adeguatezza della Commissione europea, la {decision}",
        ground_adequacy_uncited: "una decisione di adeguatezza della Commissione europea",
        all_optional: "Tutti i campi sono facoltativi.",
        one_required: "Il campo seguente è necessario per {reason}: {list}; in sua mancanza, {consequence}. Tutti gli \
                       altri campi sono facoltativi.",
        many_required: "I campi seguenti sono necessari per {reason}: {list}; in loro mancanza, {consequence}. Tutti \
                        gli altri campi sono facoltativi.",
        default_reason: "gestire la Sua richiesta",
        default_consequence: "non potremo darle seguito",
        automated_decision: "La decisione relativa {a:decision} è adottata in modo automatizzato sulla base \
                             {di:logic}; possibili conseguenze: {consequences}. Può chiedere che la decisione sia \
                             riesaminata da una persona, esprimere la Sua opinione e contestarla.",
        our_partners: "i nostri partner",
        partners_named: "{partners} ({names})",
        use_partner_optout: "la comunicazione dei Suoi recapiti postali {a:partners} per le loro offerte per posta",
        interest_partner_optout: "far conoscere ai nostri clienti, per posta, le offerte dei nostri partner",
        use_partner_email_optin: "la comunicazione del Suo indirizzo e-mail ai partner elencati{listed} per le loro \
                                  offerte via e-mail",
        use_similar_offers: "l’invio via e-mail delle nostre offerte relative a prodotti analoghi a quelli che ha \
                             ordinato",
        interest_similar_offers: "proporre ai nostri clienti prodotti analoghi ({law})",
        similar_offers_law_fr: "art. L34-5 del Code des postes et des communications électroniques, il codice \
                                francese delle poste e delle comunicazioni elettroniche",
        similar_offers_law_eu: "art. 13, par. 2, della direttiva 2002/58/CE",
        use_phone_optin: "le chiamate commerciali da parte {di:caller}",
        recipient_partner_optout: "i nostri partner{partners}, per le loro offerte per posta",
        recipient_partner_email_optin: "i partner qui elencati{partners}, per le loro offerte via e-mail",
        located_recipient: "{name} ({country})",
        box_agree: "Acconsento all’utilizzo dei miei dati per: {purpose}.",
        box_object: "Mi oppongo all’utilizzo dei miei recapiti per: {purpose}.",
        question_agree: "Acconsente all’utilizzo dei Suoi dati per: {purpose}?",
        question_object: "Si oppone all’utilizzo dei Suoi recapiti per: {purpose}?",
        child_intro_named: "In poche parole: {name} usa queste informazioni solo per: {purposes}.",
        child_intro: "In poche parole: usiamo queste informazioni solo per: {purposes}.",
        child_rights: " Puoi chiedere di vederle, correggerle o cancellarle, scrivendo a: {contact}.",
        child_boxes_fr: " Spunta una casella solo se sei d’accordo; se hai meno di 15 anni, deve essere d’accordo \
                         anche uno dei tuoi genitori. Puoi cambiare idea quando vuoi.",
        child_boxes_eu: " Spunta una casella solo se sei d’accordo; se non hai ancora l’età fissata dalla legge del \
                         tuo paese (al massimo 16 anni), deve essere d’accordo anche uno dei tuoi genitori. Puoi \
                         cambiare idea quando vuoi.",
        child_complaint: " Se qualcosa non va, parlane con i tuoi genitori. Insieme potete scrivere all’autorità che \
                          protegge i dati personali: {authority}. Quello che segue spiega tutto questo in dettaglio, \
                          per te e per i tuoi genitori.",
        child_own_authority: "quella del tuo paese",
    },
    rights: RightsWords {
        access_erase: "Può accedere ai Suoi dati, rettificarli o chiederne la cancellazione, oppure chiedere di \
                       limitarne il trattamento, scrivendo a {contact}.",
        access: "Può accedere ai Suoi dati e rettificarli, oppure chiedere di limitarne il trattamento, scrivendo a \
                 {contact}.",
        erase_some: "Può inoltre chiedere la cancellazione dei dati trattati per: {list}.",
        portability_all: "Può ricevere, in un formato strutturato e di uso comune, i dati che ci ha fornito, oppure \
                          chiederci di trasmetterli direttamente a un altro titolare del trattamento.",
        portability_some: "Può ricevere, in un formato strutturato e di uso comune, i dati che ci ha fornito per: \
                           {list}; può anche chiederci di trasmetterli direttamente a un altro titolare del \
                           trattamento.",
        objection: "Può opporsi, per motivi connessi alla Sua situazione particolare, al trattamento dei Suoi dati \
                    per: {list}.",
        withdrawal: "Può revocare il Suo consenso in qualsiasi momento, con la stessa facilità con cui lo ha prestato, \
                     {route}; la revoca non pregiudica la liceità del trattamento effettuato in precedenza.",
        withdraw_by_contact: "scrivendo a {contact}",
        route_page: "alla pagina {route}",
        route_mail: "scrivendo a {route}",
        route_other: "tramite {route}",
        post_mortem: "Può impartire direttive sulla conservazione, sulla cancellazione e sulla comunicazione dei Suoi \
                      dati dopo il Suo decesso e designare la persona incaricata di eseguirle (art. 85 della loi \
                      Informatique et Libertés, la legge francese sulla protezione dei dati).",
        more: "Per maggiori informazioni sui Suoi diritti può consultare il sito {site}.",
        complaint: "Se non è d’accordo con il modo in cui trattiamo i Suoi dati, può proporre reclamo all’autorità di \
                    controllo competente, {authority}, oppure all’autorità di controllo del Suo paese.",
        complaint_own: "Se non è d’accordo con il modo in cui trattiamo i Suoi dati, può proporre reclamo \
                        all’autorità di controllo del Suo paese (art. 77 del GDPR).",
        cnil: "la CNIL (cnil.fr)",
        names: ["accesso", "rettifica", "cancellazione", "limitazione del trattamento", "portabilità", "opposizione"],
        summary: "I Suoi diritti: {rights}; per esercitarli: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Comunicazione dei Suoi dati ai nostri partner",
        legend_partner_email_optin: "Offerte dei nostri partner per via elettronica",
        legend_similar_offers: "Offerte di prodotti analoghi",
        legend_phone_optin: "Chiamate commerciali",
        mention_partner_email_optin: "Con il Suo consenso, comunichiamo il Suo indirizzo e-mail ai partner qui \
                                      elencati ({partners}) affinché possano inviarLe le loro offerte via e-mail. Il \
                                      Suo consenso vale solo per questi partner: un nuovo partner riceverà il Suo \
                                      indirizzo solo con un Suo nuovo consenso.",
        mention_partner_optout: "I Suoi recapiti postali possono essere comunicati {a:partners} per le loro offerte \
                                 per posta. Può opporsi qui sotto, prima di qualsiasi comunicazione.",
        mention_similar_offers: "Potrà ricevere via e-mail offerte {di:controller} relative a prodotti analoghi a \
                                 quelli che ha ordinato; ogni messaggio conterrà un link per non riceverne più.",
        our_company: "la nostra società",
        label_partner_email_optin: "Acconsento alla comunicazione del mio indirizzo e-mail ai partner qui elencati \
                                    ({partners}) affinché mi inviino le loro offerte via e-mail.",
        label_partner_optout: "Mi oppongo alla comunicazione dei miei recapiti postali {a:partners} per le loro \
                               offerte per posta.",
        some_partners: "partner commerciali",
        label_similar_offers: "Non desidero ricevere via e-mail le vostre offerte relative a prodotti analoghi a \
                               quelli che ho ordinato.",
        label_phone_optin: "Acconsento a ricevere da {caller} chiamate telefoniche con offerte commerciali.",
        question_partner_email_optin: "Acconsente alla comunicazione del Suo indirizzo e-mail ai partner elencati \
                                       ({partners}) affinché Le inviino le loro offerte via e-mail?",
        question_partner_optout: "Si oppone alla comunicazione dei Suoi recapiti postali {a:partners} per le loro \
                                  offerte per posta?",
        question_similar_offers: "Potremmo inviarLe via e-mail offerte relative a prodotti analoghi a quelli che ha \
                                  ordinato: si oppone?",
        question_phone_optin: "Acconsente a ricevere da {caller} chiamate telefoniche con offerte commerciali?",
        phone_notice: "La chiameremo a fini commerciali solo con il Suo consenso preventivo, salvo che, nel corso di \
                       un contratto in essere, si tratti di proporLe prodotti o servizi connessi al suo oggetto \
                       (art. L223-1 del Code de la consommation, il codice del consumo francese).",
        phone_notice_short: "Nessuna chiamata commerciale senza il Suo consenso preventivo, salvo in relazione a un \
                             contratto in essere.",
        objection: "Marketing: può opporsi in qualsiasi momento, gratuitamente e senza doverne indicare il motivo, al \
                    trattamento dei Suoi dati per finalità di marketing diretto{profiling}{partners}, scrivendo a \
                    {contact}.",
        objection_profiling: ", compresa la profilazione a esso connessa",
        objection_partners: ", nonché alla comunicazione dei Suoi recapiti ai nostri partner",
        objection_short: "Può opporsi al marketing diretto in qualsiasi momento, gratuitamente e senza doverne \
                          indicare il motivo.",
    },
    facts: FactsWords {
        special_field: "Il campo {field} contiene {category}, che rientrano nelle categorie particolari di dati \
                        personali (art. 9 del GDPR): li trattiamo soltanto {condition}.",
        special_law: " Questo trattamento è previsto da: {law}.",
        special_secrecy: " Le persone che li trattano sono tenute al segreto professionale: {secrecy}.",
        phone_purposes: "Il campo {field} è utilizzato soltanto per: {purposes}.",
        parental_consent_fr: "Se ha meno di 15 anni, il Suo consenso non basta: occorre anche quello di un titolare \
                              dell’autorità parentale (art. 45 della loi Informatique et Libertés, la legge francese \
                              sulla protezione dei dati), che raccogliamo tramite: {how}.",
        parental_consent_eu: "Se non ha ancora l’età fissata dalla legge del Suo paese per prestare autonomamente il \
                              consenso (al massimo 16 anni), il Suo consenso non basta: occorre anche quello del \
                              titolare della responsabilità genitoriale (art. 8 del GDPR), che raccogliamo tramite: \
                              {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} utilizza i Suoi dati per: {purposes}.",
        purposes: "Utilizziamo i Suoi dati per: {purposes}.",
        joint_controller: "Contitolare del trattamento: {names}.",
        joint_controllers: "Contitolari del trattamento: {names}.",
        data_source: "Alcuni dati provengono dalla seguente fonte: {source}.",
        transfers: "Alcuni dati sono trasferiti verso paesi al di fuori dello Spazio economico europeo: {countries}.",
        automated_decision: "La decisione relativa {a:decision} è adottata in modo automatizzato; può chiedere che \
                             sia riesaminata da una persona.",
        withdrawal: "Può revocare il Suo consenso in qualsiasi momento, {route}.",
        learn_more: "Per saperne di più, consulti la nostra informativa sulla privacy",
    },
    script: ScriptWords {
        title: "Script della chiamata — da leggere alla persona chiamata",
        checklist: [
            "Istruzioni per l’operatore (da non leggere):",
            "- Prima di chiamare: verificare che la persona abbia dato il consenso preventivo a essere chiamata a \
             fini commerciali, oppure che sia in corso un contratto con lei e che la chiamata riguardi il suo oggetto \
             (prodotti o servizi connessi o complementari) (art. L223-1 del Code de la consommation, il codice del \
             consumo francese). In mancanza dell’una e dell’altra condizione, non chiamare. Se è la persona a \
             chiamare, questa verifica non si applica.",
            "- Non proporre mai per telefono lavori di riqualificazione energetica o di adattamento dell’abitazione, \
             neppure con il consenso della persona (art. L223-1 del Code de la consommation).",
            "- Chiamare solo dal lunedì al venerdì, dalle 10 alle 13 e dalle 14 alle 20, secondo il fuso orario \
             della persona; mai il sabato, la domenica o nei giorni festivi (art. D223-9 del Code de la \
             consommation).",
            "- Non più di 4 chiamate o tentativi di chiamata in 30 giorni alla stessa persona; dopo il rifiuto di \
             un’offerta, nessuna nuova chiamata per 60 giorni (art. D223-9).",
            "- Se la persona chiede di non essere più chiamata, il suo consenso è revocato: non chiamarla mai più a \
             fini commerciali (art. L223-1 del Code de la consommation).",
            "- Ogni opposizione al marketing va registrata prima della fine della chiamata (art. 21 del GDPR).",
        ],
        hello_commercial: "Buongiorno, sono [nome dell’operatore] di [società dell’operatore]; La chiamo per conto \
                           {di:controller} per proporLe un’offerta commerciale.",
        hello: "Buongiorno, sono [nome dell’operatore] di [società dell’operatore]; La chiamo per conto \
                {di:controller}.",
        client_company: "[società cliente]",
        recorded: "Questa chiamata è registrata per {reason}. Se non desidera che sia registrata, me lo dica e la \
                   registrazione sarà interrotta.",
        purposes: "Le informazioni che ci fornisce nel corso di questa chiamata sono utilizzate per: {purposes}.",
        basis: " (base giuridica: {basis})",
        basis_interest: " (base giuridica: {basis}, ossia {interest})",
        retention_item: "per {purpose}, {retention}",
        retention: "Conserviamo queste informazioni: {list}.",
        recipients: "Sono comunicate esclusivamente ai seguenti destinatari: {recipients}.",
        policy_url: "Trova tutti i dettagli su {url}; posso inviarLe questo link via SMS o e-mail.",
        policy_site: "Trova tutti i dettagli nella nostra informativa sulla privacy, sul nostro sito; posso inviarLe \
                      l’informativa via e-mail o per posta.",
        policy_sent: "Posso inviarLe il dettaglio di queste informazioni via e-mail o per posta.",
        questions: "Domande da porre — registrare «sì» solo se la persona lo dice chiaramente:",
        question: "{number}. «{question}» (sì / no)",
        last_commercial: "Prima della fine della chiamata: «Desidera opporsi a qualsiasi nostra comunicazione di \
                          marketing, per telefono, e-mail o posta?» — in caso affermativo, registrare l’opposizione \
                          prima di riagganciare.",
        last: "Prima della fine della chiamata: «Desidera che non La chiamiamo più?» — in caso affermativo, \
               registrare l’opposizione.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "il Suo consenso",
            "l’esecuzione del contratto di cui Lei è parte o di misure precontrattuali adottate su Sua richiesta",
            "l’adempimento di un obbligo legale",
            "la salvaguardia di interessi vitali",
            "l’esecuzione di un compito di interesse pubblico",
            "il nostro legittimo interesse",
        ],
        basis_names: [
            "consenso",
            "contratto",
            "obbligo legale",
            "interessi vitali",
            "compito di interesse pubblico",
            "legittimo interesse",
        ],
        special_categories: [
            "dati relativi alla salute",
            "dati genetici",
            "dati biometrici",
            "dati che rivelano la Sua origine razziale o etnica",
            "dati che rivelano le Sue opinioni politiche",
            "dati che rivelano le Sue convinzioni religiose o filosofiche",
            "dati che rivelano la Sua appartenenza sindacale",
            "dati relativi alla Sua vita sessuale",
            "dati relativi al Suo orientamento sessuale",
        ],
        art9_conditions: [
            "con il Suo consenso esplicito, che può revocare in qualsiasi momento (art. 9, par. 2, lett. a), del \
             GDPR)",
            "per adempiere i nostri obblighi in materia di diritto del lavoro e della sicurezza sociale e protezione \
             sociale (art. 9, par. 2, lett. b), del GDPR)",
            "per tutelare i Suoi interessi vitali o quelli di un’altra persona (art. 9, par. 2, lett. c), del GDPR)",
            "nell’ambito delle legittime attività del nostro organismo senza scopo di lucro, per i suoi membri \
             (art. 9, par. 2, lett. d), del GDPR)",
            "perché Lei li ha resi manifestamente pubblici (art. 9, par. 2, lett. e), del GDPR)",
            "per accertare, esercitare o difendere un diritto in sede giudiziaria (art. 9, par. 2, lett. f), del \
             GDPR)",
            "per motivi di interesse pubblico rilevante previsti dalla legge (art. 9, par. 2, lett. g), del GDPR)",
            "per finalità di diagnosi, assistenza o terapia sanitaria, medicina preventiva o medicina del lavoro, \
             sotto la responsabilità di un professionista soggetto al segreto professionale (art. 9, par. 2, \
             lett. h), del GDPR)",
            "per motivi di interesse pubblico nel settore della sanità pubblica (art. 9, par. 2, lett. i), del GDPR)",
            "a fini di archiviazione nel pubblico interesse, di ricerca scientifica o storica o a fini statistici \
             (art. 9, par. 2, lett. j), del GDPR)",
        ],
        safeguards: [
            "uno strumento giuridicamente vincolante e avente efficacia esecutiva tra autorità pubbliche o organismi \
             pubblici (art. 46, par. 2, lett. a), del GDPR)",
            "norme vincolanti d’impresa (art. 46, par. 2, lett. b), e art. 47 del GDPR)",
            "le clausole tipo di protezione dei dati adottate dalla Commissione europea (art. 46, par. 2, lett. c), \
             del GDPR)",
            "clausole tipo di protezione dei dati adottate da un’autorità di controllo e approvate dalla Commissione \
             (art. 46, par. 2, lett. d), del GDPR)",
            "un codice di condotta approvato, unitamente all’impegno vincolante ed esecutivo del destinatario \
             (art. 46, par. 2, lett. e), del GDPR)",
            "un meccanismo di certificazione approvato, unitamente all’impegno vincolante ed esigibile del \
             destinatario (art. 46, par. 2, lett. f), del GDPR)",
        ],
        subjects: [
            ("anonymous_user", "utenti anonimi"),
            ("child", "minori (di età inferiore a 15 anni)"),
            ("citizen_voter", "elettori"),
            ("commuter", "pendolari"),
            ("consultant", "consulenti"),
            ("customer", "clienti"),
            ("donor", "donatori"),
            ("employee", "dipendenti"),
            ("job_applicant", "candidati a un impiego"),
            ("member", "soci"),
            ("next_of_kin", "familiari"),
            ("passenger", "passeggeri"),
            ("patient", "pazienti"),
            ("professional", "professionisti (contatti d’affari)"),
            ("prospect", "potenziali clienti"),
            ("shareholder", "azionisti"),
            ("supplier_vendor", "fornitori"),
            ("trainee", "tirocinanti"),
            ("visitor", "visitatori"),
        ],
        audiences: ["consumatori", "professionisti", "minori"],
    },
    register: RegisterWords {
        title: "Registro delle attività di trattamento",
        intro: "Redatto sulla base delle dichiarazioni dei moduli (art. 30 del GDPR). Ogni informativa è riprodotta \
                così come la vedono gli interessati.",
        contents: "Indice",
        id: "Identificativo",
        law: "Regime",
        version: "Versione dell’informativa",
        controller: "Titolare del trattamento",
        none: "non dichiarato",
        purposes: "Finalità",
        basis: "base giuridica",
        retention: "conservazione",
        data: "Dati personali raccolti",
        required: "obbligatorio",
        optional: "facoltativo",
        recipients: "Destinatari",
        transfers: "Trasferimenti al di fuori del SEE",
        adequacy: "decisione di adeguatezza",
        boxes: "Caselle di consenso",
        opt_in: "consenso (opt-in)",
        opt_out: "opposizione (opt-out)",
        notice: "Informativa in italiano",
        historical: "testo del 2004, conservato a titolo storico: non è più conforme al GDPR",
        marketing: "marketing",
        special: "categoria particolare",
        audience: "Interessati",
        wording: "Parole dichiarate innocue dal titolare (controllo dei testi)",
        data_use: "utilizzo dei dati",
        category: "categoria",
        rules: "Norme nazionali applicate",
        french_rules: "diritto francese (CNIL; Code de la consommation, Code des postes et des communications \
                       électroniques, loi Informatique et Libertés)",
        eu_rules: "il GDPR e la direttiva 2002/58/CE (direttiva relativa alla vita privata e alle comunicazioni \
                   elettroniche, «ePrivacy»); per il resto, l’interpretazione più rigorosa nota alla libreria \
                   (marketing telefonico solo previo consenso); la legge nazionale del titolare non è verificata",
    },
    policy: PolicyWords {
        title: "Informativa sulla privacy",
        intro: "Questa pagina descrive, per ciascuno dei nostri moduli, chi tratta i Suoi dati, per quali finalità e \
                su quale base giuridica, chi li riceve, per quanto tempo sono conservati e come esercitare i Suoi \
                diritti.",
        version: "Versione",
        updated: "aggiornata il",
        controllers: "Titolari del trattamento",
        dpo: "responsabile della protezione dei dati",
        representative: "rappresentante nell’Unione europea",
        contents: "Indice",
        months: [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
        date: "{day} {month} {year}",
    },
    lil2004: None,
};
