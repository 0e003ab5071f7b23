//! Spanish (as written in Spain), in the terms of the Spanish text of the GDPR (RGPD) and of Directive 2002/58/CE.
//! The person is addressed as « usted », as Spanish business notices do.

use super::*;

/// « de », « a » and « ante » before a phrase, as Spanish writes them: « de » and « a » contract with the article
/// « el » (« del historial », « al importe »; a capitalised « El » of a proper name stays: « de El Sol »); « ante »
/// gives a Spanish institution's name its article (« ante la Agencia Española de Protección de Datos »), a name
/// that already has one (« la CNIL ») or that is not Spanish (« Datatilsynet ») staying as written.
fn contract(prep: &str, phrase: &str) -> String {
    match prep {
        "de" | "a" => match phrase.strip_prefix("el ") {
            Some(rest) => format!("{prep}l {rest}"),
            None => no_contraction(prep, phrase),
        },
        "ante" => format!("ante {}", with_article(phrase)),
        _ => no_contraction(prep, phrase),
    }
}

/// A Spanish institution's name with its article: « la Agencia … », « el Consejo … ».
fn with_article(name: &str) -> String {
    let first = name.split(' ').next().unwrap_or_default();
    match first {
        "Agencia" | "Autoridad" | "Comisión" | "Oficina" | "Inspección" | "Delegación" | "Dirección" => {
            format!("la {name}")
        }
        "Consejo" | "Comisionado" | "Defensor" | "Garante" => format!("el {name}"),
        _ => name.to_string(),
    }
}

/// Every word the library writes in Spanish.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "español",
    grammar: Grammar { and: " y ", colon: ": ", semicolon: "; ", open_quote: "«", close_quote: "»", contract },
    notice: NoticeWords {
        title: "Protección de sus datos personales",
        why: "Para qué utilizamos sus datos",
        your_rights: "Sus derechos",
        marketing: "Comunicaciones comerciales",
        agreement_legend: "Su consentimiento",
        choices_legend: "Sus opciones",
        objection_legend: "Oponerse a nuestras ofertas",
        controller: "El responsable del tratamiento de los datos que facilite en este formulario es {name} \
                     ({address}); contacto: {contact}.",
        joint_controller: "Estos tratamientos se deciden conjuntamente con {name} (contacto: {contact}), \
                           corresponsable del tratamiento (art. 26 del RGPD). Aspectos esenciales de nuestro acuerdo: \
                           {arrangement}. Puede ejercer sus derechos frente a cada uno de nosotros.",
        representative: "Nuestro representante en la Unión Europea es {name}, con quien puede contactar en {contact}.",
        dpo: "Para cualquier cuestión sobre sus datos, puede dirigirse a nuestro delegado de protección de datos: \
              {dpo}.",
        data_source: "Hemos obtenido los siguientes datos {de:source}: {categories}.",
        data_source_public: "Hemos obtenido los siguientes datos {de:source}, una fuente de acceso público: \
                             {categories}.",
        purpose_basis: " — base jurídica: {basis}{law}.",
        purpose_interest: " Nuestro interés legítimo: {interest}.",
        purpose_retention: " Plazo de conservación: {retention}; transcurrido este, los datos se suprimen o se \
                            anonimizan.",
        recipients: "Sus datos solo se comunican a los siguientes destinatarios: {recipients}.",
        transfer: "Algunos datos se transfieren fuera del Espacio Económico Europeo (país de destino: {country}); esta \
                   transferencia se basa en {ground}.",
        ground_safeguard: "{safeguard}; puede obtener una copia de estas garantías a través de {copy}",
        ground_adequacy: "una decisión de adecuación de la Comisión Europea ({decision})",
        ground_adequacy_uncited: "una decisión de adecuación de la Comisión Europea",
        all_optional: "Todos los campos son opcionales.",
        one_required: "El siguiente campo es necesario para {reason}: {list}; sin él, {consequence}. Los demás campos \
                       son opcionales.",
        many_required: "Los siguientes campos son necesarios para {reason}: {list}; sin ellos, {consequence}. Los \
                        demás campos son opcionales.",
        default_reason: "tramitar su solicitud",
        default_consequence: "no podremos atenderla",
        automated_decision: "La decisión relativa {a:decision} se adopta de forma automatizada, sobre la base \
                             {de:logic}; consecuencia posible: {consequences}. Puede solicitar que una persona la \
                             revise, expresar su punto de vista e impugnarla.",
        our_partners: "nuestras empresas colaboradoras",
        partners_named: "{partners} ({names})",
        use_partner_optout: "la comunicación de sus datos postales a {partners} para que le envíen sus ofertas por \
                             correo postal",
        interest_partner_optout: "dar a conocer a nuestros clientes, por correo postal, ofertas de nuestras empresas \
                                  colaboradoras",
        use_partner_email_optin: "la comunicación de su dirección de correo electrónico a las empresas colaboradoras \
                                  indicadas{listed} para que le envíen sus ofertas por correo electrónico",
        use_similar_offers: "el envío por correo electrónico de nuestras ofertas de productos similares a los que ha \
                             adquirido",
        interest_similar_offers: "ofrecer a nuestros clientes productos similares ({law})",
        similar_offers_law_fr: "Código de Correos y Comunicaciones Electrónicas francés [Code des postes et des \
                                communications électroniques], art. L34-5",
        similar_offers_law_eu: "Directiva 2002/58/CE, art. 13, apartado 2",
        use_phone_optin: "las llamadas comerciales de {caller}",
        recipient_partner_optout: "nuestras empresas colaboradoras{partners}, para sus ofertas por correo postal",
        recipient_partner_email_optin: "las empresas colaboradoras indicadas aquí{partners}, para sus ofertas por \
                                        correo electrónico",
        located_recipient: "{name} ({country})",
        box_agree: "Acepto que mis datos se utilicen para: {purpose}.",
        box_object: "Me opongo a que mis datos se utilicen para: {purpose}.",
        question_agree: "¿Acepta que sus datos se utilicen para: {purpose}?",
        question_object: "¿Se opone a que sus datos se utilicen para: {purpose}?",
        child_intro_named: "En pocas palabras: {name} utiliza esta información solo para: {purposes}.",
        child_intro: "En pocas palabras: utilizamos esta información solo para: {purposes}.",
        child_rights: " Puede pedir verla, corregirla o borrarla escribiendo a: {contact}.",
        child_boxes_fr: " Marque una casilla solo si está de acuerdo; si tiene menos de 15 años, uno de sus padres \
                         también tiene que estar de acuerdo. Puede cambiar de opinión cuando quiera.",
        child_boxes_eu: " Marque una casilla solo si está de acuerdo; si no tiene la edad que fija la ley de su país \
                         (16 años como máximo), uno de sus padres también tiene que estar de acuerdo. Puede cambiar de \
                         opinión cuando quiera.",
        child_complaint: " Si algo no va bien, hable con sus padres: juntos pueden presentar una reclamación \
                          {ante:authority}. Lo que sigue lo explica todo en detalle, para usted y para sus padres.",
        child_own_authority: "la autoridad de protección de datos de su país",
    },
    rights: RightsWords {
        access_erase: "Puede consultar, rectificar o suprimir sus datos, o limitar su uso, dirigiéndose a {contact}.",
        access: "Puede consultar y rectificar sus datos, o limitar su uso, dirigiéndose a {contact}.",
        erase_some: "También puede solicitar la supresión de los datos utilizados para: {list}.",
        portability_all: "Puede recibir, en un formato reutilizable, los datos que nos ha facilitado, o solicitar que \
                          los transmitamos directamente a otra entidad.",
        portability_some: "Puede recibir, en un formato reutilizable, los datos que nos ha facilitado para: {list}; \
                           también puede solicitar que los transmitamos directamente a otra entidad.",
        objection: "Puede oponerse, por motivos relacionados con su situación particular, al uso de sus datos para: \
                    {list}.",
        withdrawal: "Puede retirar su consentimiento en cualquier momento, con la misma facilidad con que lo otorgó, \
                     {route}; la retirada no afecta a la licitud del tratamiento anterior.",
        withdraw_by_contact: "escribiendo a {contact}",
        route_page: "en la página {route}",
        route_mail: "escribiendo a {route}",
        route_other: "a través {de:route}",
        post_mortem: "Puede establecer directrices sobre la conservación, la supresión y la comunicación de sus datos \
                      después de su fallecimiento, y designar a la persona encargada de ejecutarlas (Ley francesa de \
                      Protección de Datos [loi Informatique et Libertés], art. 85).",
        more: "Para más información sobre sus derechos, consulte {site}.",
        complaint: "Si no está de acuerdo con el modo en que tratamos sus datos, puede presentar una reclamación \
                    {ante:authority} o ante la autoridad de protección de datos de su país.",
        complaint_own: "Si no está de acuerdo con el modo en que tratamos sus datos, puede presentar una reclamación \
                        ante la autoridad de protección de datos de su país (art. 77 del RGPD).",
        cnil: "la CNIL (cnil.fr)",
        names: ["acceso", "rectificación", "supresión", "limitación del tratamiento", "portabilidad", "oposición"],
        summary: "Sus derechos: {rights}; para ejercerlos: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Comunicación de sus datos a nuestras empresas colaboradoras",
        legend_partner_email_optin: "Ofertas de nuestras empresas colaboradoras por medios electrónicos",
        legend_similar_offers: "Ofertas de productos similares",
        legend_phone_optin: "Llamadas comerciales",
        mention_partner_email_optin: "Con su consentimiento, comunicamos su dirección de correo electrónico a las \
                                      empresas colaboradoras indicadas aquí ({partners}) para que le envíen sus \
                                      ofertas por correo electrónico. Su consentimiento solo abarca a estas empresas: \
                                      una nueva empresa colaboradora solo recibirá su dirección si usted da un nuevo \
                                      consentimiento.",
        mention_partner_optout: "Sus datos postales pueden comunicarse a {partners} para que le envíen sus ofertas por \
                                 correo postal. Puede oponerse a continuación, antes de que se produzca cualquier \
                                 comunicación.",
        mention_similar_offers: "Puede recibir por correo electrónico ofertas de {controller} de productos similares \
                                 a los que ha adquirido; cada mensaje incluirá un enlace para dejar de recibirlas.",
        our_company: "nuestra empresa",
        label_partner_email_optin: "Acepto que mi dirección de correo electrónico se comunique a las empresas \
                                    colaboradoras indicadas aquí ({partners}) para que me envíen sus ofertas por \
                                    correo electrónico.",
        label_partner_optout: "Me opongo a que mis datos postales se comuniquen a {partners} para que me envíen sus \
                               ofertas por correo postal.",
        some_partners: "empresas colaboradoras",
        label_similar_offers: "No deseo recibir por correo electrónico sus ofertas de productos similares a los que he \
                               adquirido.",
        label_phone_optin: "Acepto recibir llamadas de {caller} con ofertas comerciales.",
        question_partner_email_optin: "¿Acepta que su dirección de correo electrónico se comunique a las empresas \
                                       colaboradoras indicadas ({partners}) para que le envíen sus ofertas por correo \
                                       electrónico?",
        question_partner_optout: "¿Se opone a que sus datos postales se comuniquen a {partners} para que le envíen sus \
                                  ofertas por correo postal?",
        question_similar_offers: "Podemos enviarle por correo electrónico ofertas de productos similares a los que ha \
                                  adquirido: ¿se opone a ello?",
        question_phone_optin: "¿Acepta recibir llamadas de {caller} con ofertas comerciales?",
        phone_notice: "Solo le llamaremos con fines comerciales si nos ha dado su consentimiento previo, salvo que, \
                       durante la vigencia de un contrato, sea para ofrecerle productos o servicios relacionados con \
                       su objeto (Código de Consumo francés [Code de la consommation], art. L223-1).",
        phone_notice_short: "Ninguna llamada comercial sin su consentimiento previo, salvo en relación con un contrato \
                             en vigor.",
        objection: "Mercadotecnia directa: puede oponerse en cualquier momento, de forma gratuita y sin necesidad de \
                    justificarlo, al uso de sus datos con fines de mercadotecnia directa{profiling}{partners}, \
                    escribiendo a {contact}.",
        objection_profiling: ", incluida la elaboración de perfiles relacionada con ella",
        objection_partners: ", así como a la comunicación de sus datos a nuestras empresas colaboradoras",
        objection_short: "Puede oponerse a la mercadotecnia directa en cualquier momento, de forma gratuita y sin \
                          necesidad de justificarlo.",
    },
    facts: FactsWords {
        special_field: "El campo {field} contiene {category}, que pertenecen a una categoría especial de datos \
                        personales (art. 9 del RGPD): solo los tratamos {condition}.",
        special_law: " Este tratamiento está previsto en: {law}.",
        special_secrecy: " Las personas que los tratan están sujetas al secreto profesional: {secrecy}.",
        phone_purposes: "El campo {field} se utiliza únicamente para: {purposes}.",
        parental_consent_fr: "Si tiene menos de 15 años, su consentimiento no basta: también debe darlo un titular de \
                              la patria potestad (Ley francesa de Protección de Datos [loi Informatique et Libertés], \
                              art. 45), cuyo consentimiento recabamos mediante: {how}.",
        parental_consent_eu: "Si no tiene la edad que fija la ley de su país para consentir sin intervención de sus \
                              padres o tutores (16 años como máximo), su consentimiento no basta: también debe darlo \
                              el titular de la patria potestad o tutela (art. 8 del RGPD), cuyo consentimiento \
                              recabamos mediante: {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} utiliza sus datos para: {purposes}.",
        purposes: "Utilizamos sus datos para: {purposes}.",
        joint_controller: "Corresponsable del tratamiento: {names}.",
        joint_controllers: "Corresponsables del tratamiento: {names}.",
        data_source: "Algunos datos proceden de: {source}.",
        transfers: "Algunos datos se transfieren fuera del Espacio Económico Europeo: {countries}.",
        automated_decision: "La decisión relativa {a:decision} se adopta de forma automatizada; puede solicitar que \
                             una persona la revise.",
        withdrawal: "Puede retirar su consentimiento en cualquier momento, {route}.",
        learn_more: "Más información en nuestra política de privacidad",
    },
    script: ScriptWords {
        title: "Guion de llamada — para leer a la persona llamada",
        checklist: [
            "Instrucciones para el operador (no leer en voz alta):",
            "- Antes de llamar: comprobar que la persona ha dado su consentimiento previo para recibir llamadas con \
             fines comerciales, o que hay un contrato en vigor con ella y la llamada se refiere a su objeto \
             (productos o servicios relacionados o complementarios) (Código de Consumo francés, art. L223-1). Si no \
             se da ninguno de los dos supuestos, no llamar. Si es la persona quien llama, esta comprobación no se \
             aplica.",
            "- No ofrecer nunca por teléfono obras de renovación energética o de adaptación de la vivienda, ni \
             siquiera con el consentimiento de la persona (Código de Consumo francés, art. L223-1).",
            "- Llamar únicamente, según el huso horario de la persona, de lunes a viernes, de 10:00 a 13:00 y de 14:00 \
             a 20:00; nunca en sábado, domingo ni festivo (Código de Consumo francés, art. D223-9).",
            "- No más de 4 llamadas o intentos de llamada en 30 días a la misma persona; tras el rechazo de una \
             oferta, ninguna nueva llamada durante 60 días (art. D223-9).",
            "- Si la persona pide que no se la vuelva a llamar, su consentimiento queda retirado: no volver a llamarla \
             nunca con fines comerciales (Código de Consumo francés, art. L223-1).",
            "- Toda oposición a la mercadotecnia directa se registra antes de terminar la llamada (art. 21 del RGPD).",
        ],
        hello_commercial: "Buenos días, soy [su nombre], de [su empresa]. Le llamo en nombre de {controller} en \
                           relación con una oferta.",
        hello: "Buenos días, soy [su nombre], de [su empresa]. Le llamo en nombre de {controller}.",
        client_company: "[empresa cliente]",
        recorded: "Esta llamada se graba para {reason}. Si no desea que se grabe, dígamelo y detendré la grabación.",
        purposes: "La información que nos facilite durante esta llamada se utiliza para: {purposes}.",
        basis: " (base jurídica: {basis})",
        basis_interest: " (base jurídica: {basis}, en concreto: {interest})",
        retention_item: "para {purpose}, {retention}",
        retention: "La conservamos: {list}.",
        recipients: "Solo se comunica a los siguientes destinatarios: {recipients}.",
        policy_url: "Encontrará toda la información en {url}; puedo enviarle este enlace por SMS o por correo \
                     electrónico.",
        policy_site: "Encontrará toda la información en nuestra política de privacidad, en nuestro sitio web; puedo \
                      enviársela por correo electrónico o por correo postal.",
        policy_sent: "Puedo enviarle toda esta información por correo electrónico o por correo postal.",
        questions: "Preguntas — anotar «sí» solo si la persona lo dice claramente:",
        question: "{number}. «{question}» (sí / no)",
        last_commercial: "Antes de terminar la llamada: «¿Se opone a recibir cualquier comunicación comercial de \
                          nuestra parte, por teléfono, correo electrónico o correo postal?» — en caso afirmativo, \
                          registrar la oposición antes de colgar.",
        last: "Antes de terminar la llamada: «¿Desea que dejemos de llamarle?» — en caso afirmativo, registrar la \
               oposición.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "su consentimiento",
            "la ejecución de su contrato o la atención de su solicitud",
            "el cumplimiento de una obligación legal",
            "la protección de intereses vitales",
            "el cumplimiento de una misión realizada en interés público",
            "nuestro interés legítimo",
        ],
        basis_names: [
            "consentimiento",
            "ejecución de un contrato",
            "obligación legal",
            "intereses vitales",
            "misión realizada en interés público",
            "interés legítimo",
        ],
        special_categories: [
            "datos relativos a la salud",
            "datos genéticos",
            "datos biométricos",
            "datos que revelan su origen étnico o racial",
            "datos que revelan sus opiniones políticas",
            "datos que revelan sus convicciones religiosas o filosóficas",
            "datos que revelan su afiliación sindical",
            "datos relativos a su vida sexual",
            "datos relativos a su orientación sexual",
        ],
        art9_conditions: [
            "con su consentimiento explícito, que puede retirar en cualquier momento (art. 9, apartado 2, letra a), \
             del RGPD)",
            "para cumplir nuestras obligaciones en el ámbito del Derecho laboral y de la seguridad y protección social \
             (art. 9, apartado 2, letra b), del RGPD)",
            "para proteger sus intereses vitales o los de otra persona (art. 9, apartado 2, letra c), del RGPD)",
            "en el ámbito de las actividades legítimas de nuestra entidad sin ánimo de lucro, respecto de sus miembros \
             (art. 9, apartado 2, letra d), del RGPD)",
            "porque usted los ha hecho manifiestamente públicos (art. 9, apartado 2, letra e), del RGPD)",
            "para la formulación, el ejercicio o la defensa de reclamaciones (art. 9, apartado 2, letra f), del RGPD)",
            "por razones de un interés público esencial establecidas por la ley (art. 9, apartado 2, letra g), del \
             RGPD)",
            "con fines de diagnóstico médico, asistencia sanitaria o medicina preventiva o laboral, bajo la \
             responsabilidad de un profesional sujeto al secreto profesional (art. 9, apartado 2, letra h), del RGPD)",
            "por razones de interés público en el ámbito de la salud pública (art. 9, apartado 2, letra i), del RGPD)",
            "con fines de archivo en interés público, de investigación científica o histórica o estadísticos (art. 9, \
             apartado 2, letra j), del RGPD)",
        ],
        safeguards: [
            "un instrumento jurídicamente vinculante y exigible entre autoridades u organismos públicos (art. 46, \
             apartado 2, letra a), del RGPD)",
            "normas corporativas vinculantes (art. 46, apartado 2, letra b), y art. 47 del RGPD)",
            "las cláusulas contractuales tipo adoptadas por la Comisión Europea (art. 46, apartado 2, letra c), del \
             RGPD)",
            "cláusulas tipo de protección de datos adoptadas por una autoridad de control y aprobadas por la Comisión \
             (art. 46, apartado 2, letra d), del RGPD)",
            "un código de conducta aprobado, junto con compromisos vinculantes y exigibles del destinatario (art. 46, \
             apartado 2, letra e), del RGPD)",
            "un mecanismo de certificación aprobado, junto con compromisos vinculantes y exigibles del destinatario \
             (art. 46, apartado 2, letra f), del RGPD)",
        ],
        subjects: [
            ("anonymous_user", "usuarios anónimos"),
            ("child", "niños (menores de 15 años)"),
            ("citizen_voter", "electores"),
            ("commuter", "usuarios del transporte público"),
            ("consultant", "consultores"),
            ("customer", "clientes"),
            ("donor", "donantes"),
            ("employee", "empleados"),
            ("job_applicant", "candidatos a un empleo"),
            ("member", "socios o miembros"),
            ("next_of_kin", "familiares y allegados"),
            ("passenger", "pasajeros"),
            ("patient", "pacientes"),
            ("professional", "profesionales (contactos comerciales)"),
            ("prospect", "clientes potenciales"),
            ("shareholder", "accionistas"),
            ("supplier_vendor", "proveedores"),
            ("trainee", "personas en prácticas"),
            ("visitor", "visitantes"),
        ],
        audiences: ["consumidores", "profesionales", "menores"],
    },
    register: RegisterWords {
        title: "Registro de las actividades de tratamiento",
        intro: "Elaborado a partir de las declaraciones de los formularios (art. 30 del RGPD). Cada cláusula \
                informativa se reproduce tal como la ven los interesados.",
        contents: "Índice",
        id: "Identificador",
        law: "Régimen",
        version: "Versión de la cláusula informativa",
        controller: "Responsable del tratamiento",
        none: "no declarado",
        purposes: "Fines del tratamiento",
        basis: "base jurídica",
        retention: "conservación",
        data: "Datos personales recogidos",
        required: "obligatorio",
        optional: "opcional",
        recipients: "Destinatarios",
        transfers: "Transferencias fuera del EEE",
        adequacy: "decisión de adecuación",
        boxes: "Casillas de consentimiento",
        opt_in: "consentimiento (opt-in)",
        opt_out: "oposición (opt-out)",
        notice: "Cláusula informativa en español",
        historical: "texto de 2004, conservado a título histórico: ya no cumple el RGPD",
        marketing: "mercadotecnia directa",
        special: "categoría especial",
        audience: "Interesados",
        wording: "Términos que el responsable ha declarado admisibles (control de los textos)",
        data_use: "uso de los datos",
        category: "categoría",
        rules: "Normas nacionales aplicadas",
        french_rules: "Derecho francés (CNIL; Código de Consumo [Code de la consommation], Código de Correos y \
                       Comunicaciones Electrónicas [Code des postes et des communications électroniques], Ley de \
                       Protección de Datos [loi Informatique et Libertés])",
        eu_rules: "el RGPD y la Directiva 2002/58/CE (sobre la privacidad y las comunicaciones electrónicas); en lo \
                   demás, la interpretación más estricta que conoce la biblioteca (llamadas comerciales solo con \
                   consentimiento); no se comprueba el Derecho nacional del responsable",
    },
    policy: PolicyWords {
        title: "Política de privacidad",
        intro: "Esta página describe, para cada uno de nuestros formularios, quién trata sus datos, para qué y con qué \
                base jurídica, quién los recibe, durante cuánto tiempo se conservan y cómo puede ejercer sus derechos.",
        version: "Versión",
        updated: "actualizada el",
        controllers: "Responsables del tratamiento",
        dpo: "delegado de protección de datos",
        representative: "representante en la Unión Europea",
        contents: "Índice",
        months: [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
        date: "{day} de {month} de {year}",
    },
    lil2004: None,
};
