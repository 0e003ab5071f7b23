//! Portuguese (European), as a Portuguese notice writes it: the terms of the authentic Portuguese text of the
//! GDPR (RGPD) and of Directive 2002/58/CE, the reader addressed in the polite third person without a pronoun
//! ("Pode retirar o seu consentimento…"), as business notices in Portugal do.

use super::*;

/// « de », « a », « em » and « por » before a phrase, as Portuguese writes them: contracted with the definite
/// article (« do registo », « à CNIL », « aos nossos parceiros », « no seu histórico », « pela Loja »), and « em »
/// with the indefinite one (« num », « numa »). A name that opens with a common noun of an institution takes its
/// article (« da Comissão Nacional de Proteção de Dados »); any other name is left as it is (« de Datatilsynet »).
fn contract(prep: &str, phrase: &str) -> String {
    let (first, rest) = phrase.split_at(phrase.find(' ').unwrap_or(phrase.len()));
    let article = match first {
        "o" | "a" | "os" | "as" => Some((first, rest)),
        "um" | "uma" | "uns" | "umas" if prep == "em" => Some((first, rest)),
        _ => None,
    };
    if let Some((article, rest)) = article {
        if let Some(joined) = joined(prep, article) {
            return format!("{joined}{rest}");
        }
        return format!("{prep} {phrase}");
    }
    let institution = match first {
        "Comissão" | "Autoridade" | "Agência" => Some("a"),
        "Gabinete" | "Instituto" => Some("o"),
        _ => None,
    };
    match institution.and_then(|article| joined(prep, article)) {
        Some(joined) if !rest.is_empty() => format!("{joined} {phrase}"),
        _ => no_contraction(prep, phrase),
    }
}

/// The preposition and the article as one word: « de » + « os » is « dos », « em » + « uma » is « numa ».
fn joined(prep: &str, article: &str) -> Option<&'static str> {
    Some(match (prep, article) {
        ("de", "o") => "do",
        ("de", "a") => "da",
        ("de", "os") => "dos",
        ("de", "as") => "das",
        ("a", "o") => "ao",
        ("a", "a") => "à",
        ("a", "os") => "aos",
        ("a", "as") => "às",
        ("em", "o") => "no",
        ("em", "a") => "na",
        ("em", "os") => "nos",
        ("em", "as") => "nas",
        ("em", "um") => "num",
        ("em", "uma") => "numa",
        ("em", "uns") => "nuns",
        ("em", "umas") => "numas",
        ("por", "o") => "pelo",
        ("por", "a") => "pela",
        ("por", "os") => "pelos",
        ("por", "as") => "pelas",
        _ => return None,
    })
}

/// Every word the library writes in Portuguese.
pub(crate) const CATALOG: Catalog = Catalog {
    name: "português",
    grammar: Grammar { and: " e ", colon: ": ", semicolon: "; ", open_quote: "«", close_quote: "»", contract },
    notice: NoticeWords {
        title: "Proteção dos seus dados pessoais",
        why: "Para que utilizamos os seus dados",
        your_rights: "Os seus direitos",
        marketing: "Marketing direto",
        agreement_legend: "O seu consentimento",
        choices_legend: "As suas opções",
        objection_legend: "Oposição às nossas ofertas",
        controller: "Responsável pelo tratamento dos dados que introduzir aqui: {name} ({address}); contacto: \
                     {contact}.",
        joint_controller: "Estes tratamentos são decididos em conjunto com {name} (contacto: {contact}), responsável \
                           conjunto pelo tratamento (artigo 26.º do RGPD). A essência do nosso acordo: \
                           {arrangement}. Pode exercer os seus direitos junto de cada um de nós.",
        representative: "O nosso representante na União Europeia é {name}, que pode ser contactado através de \
                         {contact}.",
        dpo: "Para qualquer questão sobre os seus dados, contacte o nosso encarregado da proteção de dados: {dpo}.",
        data_source: "Obtivemos os seguintes dados junto {de:source}: {categories}.",
        data_source_public: "Obtivemos os seguintes dados junto {de:source}, uma fonte acessível ao público: \
                             {categories}.",
        purpose_basis: " — fundamento jurídico: {basis}{law}.",
        purpose_interest: " O nosso interesse legítimo: {interest}.",
        purpose_retention: " Prazo de conservação: {retention}; findo esse prazo, os dados são apagados ou \
                            anonimizados.",
        recipients: "Os seus dados são comunicados apenas aos seguintes destinatários: {recipients}.",
        transfer: "Alguns dados são transferidos para fora do Espaço Económico Europeu (país de destino: {country}); \
                   esta transferência tem por base {ground}.",
        ground_safeguard: "{safeguard}, cuja cópia pode obter junto {de:copy}",
        ground_adequacy: "uma decisão de adequação da Comissão Europeia, a {decision}",
        ground_adequacy_uncited: "uma decisão de adequação da Comissão Europeia",
        all_optional: "Todos os campos são facultativos.",
        one_required: "O seguinte campo é necessário para {reason}: {list}; sem ele, {consequence}. Os restantes \
                       campos são facultativos.",
        many_required: "Os seguintes campos são necessários para {reason}: {list}; sem eles, {consequence}. Os \
                        restantes campos são facultativos.",
        default_reason: "processar o seu pedido",
        default_consequence: "não poderemos dar-lhe seguimento",
        automated_decision: "A decisão sobre {decision} é tomada de forma automatizada, com base {em:logic}; \
                             consequência possível: {consequences}. Pode pedir que uma pessoa reaprecie a decisão, \
                             manifestar o seu ponto de vista e contestá-la.",
        our_partners: "os nossos parceiros",
        partners_named: "{partners} ({names})",
        use_partner_optout: "a transmissão dos seus dados de contacto postal {a:partners}, para que estes lhe enviem \
                             as respetivas ofertas por correio postal",
        interest_partner_optout: "dar a conhecer aos nossos clientes, por correio postal, ofertas dos nossos \
                                  parceiros",
        use_partner_email_optin: "a transmissão do seu endereço de correio eletrónico aos parceiros indicados{listed}, \
                                  para que estes lhe enviem as respetivas ofertas por correio eletrónico",
        use_similar_offers: "o envio, por correio eletrónico, das nossas ofertas de produtos semelhantes aos que \
                             encomendou",
        interest_similar_offers: "propor aos nossos clientes produtos análogos ({law})",
        similar_offers_law_fr: "Código dos Correios e das Comunicações Eletrónicas francês (Code des postes et des \
                                communications électroniques), artigo L34-5",
        similar_offers_law_eu: "Diretiva 2002/58/CE, artigo 13.º, n.º 2",
        use_phone_optin: "as chamadas comerciais {de:caller}",
        recipient_partner_optout: "os nossos parceiros{partners}, para as respetivas ofertas por correio postal",
        recipient_partner_email_optin: "os parceiros aqui indicados{partners}, para as respetivas ofertas por \
                                        correio eletrónico",
        located_recipient: "{name} ({country})",
        box_agree: "Aceito que os meus dados sejam utilizados para: {purpose}.",
        box_object: "Oponho-me à utilização dos meus dados de contacto para: {purpose}.",
        question_agree: "Aceita que os seus dados sejam utilizados para: {purpose}?",
        question_object: "Opõe-se à utilização dos seus dados de contacto para: {purpose}?",
        child_intro_named: "Em poucas palavras: {name} só utiliza estas informações para: {purposes}.",
        child_intro: "Em poucas palavras: só utilizamos estas informações para: {purposes}.",
        child_rights: " Pode pedir para as ver, corrigir ou apagar, escrevendo para: {contact}.",
        child_boxes_fr: " Só assinale uma caixa se concordar; se tiver menos de 15 anos, um dos seus pais também tem \
                         de concordar. Pode mudar de ideias sempre que quiser.",
        child_boxes_eu: " Só assinale uma caixa se concordar; se tiver menos do que a idade fixada pela lei do seu \
                         país (16 anos, no máximo), um dos seus pais também tem de concordar. Pode mudar de ideias \
                         sempre que quiser.",
        child_complaint: " Se alguma coisa não estiver bem, fale com os seus pais: juntos, podem escrever \
                          {a:authority}. O texto que se segue explica tudo isto em pormenor, para si e para os seus \
                          pais.",
        child_own_authority: "a autoridade de proteção de dados do seu país",
    },
    rights: RightsWords {
        access_erase: "Pode aceder aos seus dados, retificá-los ou apagá-los, ou limitar o respetivo tratamento, \
                       escrevendo para {contact}.",
        access: "Pode aceder aos seus dados e retificá-los, ou limitar o respetivo tratamento, escrevendo para \
                 {contact}.",
        erase_some: "Pode também pedir-nos que apaguemos os dados utilizados para: {list}.",
        portability_all: "Pode receber, num formato reutilizável, os dados que nos forneceu, ou pedir-nos que os \
                          transmitamos diretamente a outra entidade.",
        portability_some: "Pode receber, num formato reutilizável, os dados que nos forneceu para: {list}; pode \
                           também pedir-nos que os transmitamos diretamente a outra entidade.",
        objection: "Pode opor-se, por motivos relacionados com a sua situação particular, ao tratamento dos seus \
                    dados para: {list}.",
        withdrawal: "Pode retirar o seu consentimento a qualquer momento, tão facilmente como o deu, {route}; a \
                     retirada não compromete a licitude do tratamento efetuado anteriormente.",
        withdraw_by_contact: "escrevendo para {contact}",
        route_page: "na página {route}",
        route_mail: "escrevendo para {route}",
        route_other: "através {de:route}",
        post_mortem: "Pode definir diretivas sobre a conservação, o apagamento e a comunicação dos seus dados após a \
                      sua morte, e designar a pessoa encarregada de as executar (lei francesa de proteção de dados, \
                      loi Informatique et Libertés, artigo 85.º).",
        more: "Consulte o sítio {site} para mais informações sobre os seus direitos.",
        complaint: "Se não concordar com a forma como tratamos os seus dados, pode apresentar reclamação junto \
                    {de:authority} ou da autoridade de controlo do seu país.",
        complaint_own: "Se não concordar com a forma como tratamos os seus dados, pode apresentar reclamação junto da \
                        autoridade de controlo do seu país (artigo 77.º do RGPD).",
        cnil: "a CNIL (cnil.fr)",
        names: ["acesso", "retificação", "apagamento", "limitação do tratamento", "portabilidade", "oposição"],
        summary: "Os seus direitos: {rights}; para os exercer: {contact}.",
    },
    marketing: MarketingWords {
        legend_partner_optout: "Transmissão dos seus dados aos nossos parceiros",
        legend_partner_email_optin: "Ofertas dos nossos parceiros por via eletrónica",
        legend_similar_offers: "Ofertas de produtos semelhantes",
        legend_phone_optin: "Chamadas comerciais",
        mention_partner_email_optin: "Com o seu consentimento, transmitimos o seu endereço de correio eletrónico aos \
                                      parceiros aqui indicados ({partners}), para que estes lhe enviem as respetivas \
                                      ofertas por correio eletrónico. O seu consentimento abrange apenas estes \
                                      parceiros: um novo parceiro só receberá o seu endereço se nos der um novo \
                                      consentimento.",
        mention_partner_optout: "Os seus dados de contacto postal podem ser transmitidos {a:partners}, para que estes \
                                 lhe enviem as respetivas ofertas por correio postal. Pode opor-se abaixo, antes de \
                                 qualquer transmissão.",
        mention_similar_offers: "Poderá receber, por correio eletrónico, ofertas {de:controller} relativas a \
                                 produtos semelhantes aos que encomendou; cada mensagem incluirá uma ligação para \
                                 deixar de as receber.",
        our_company: "a nossa empresa",
        label_partner_email_optin: "Aceito que o meu endereço de correio eletrónico seja transmitido aos parceiros \
                                    aqui indicados ({partners}), para que estes me enviem ofertas por correio \
                                    eletrónico.",
        label_partner_optout: "Não autorizo a transmissão dos meus dados de contacto postal {a:partners}, para que \
                               estes me enviem as respetivas ofertas por correio postal.",
        some_partners: "parceiros",
        label_similar_offers: "Não pretendo receber, por correio eletrónico, as vossas ofertas de produtos \
                               semelhantes aos que encomendei.",
        label_phone_optin: "Aceito receber chamadas telefónicas {de:caller} com ofertas comerciais.",
        question_partner_email_optin: "Aceita que o seu endereço de correio eletrónico seja transmitido aos parceiros \
                                       indicados ({partners}), para que estes lhe enviem ofertas por correio \
                                       eletrónico?",
        question_partner_optout: "Opõe-se a que os seus dados de contacto postal sejam transmitidos {a:partners}, \
                                  para que estes lhe enviem as respetivas ofertas por correio postal?",
        question_similar_offers: "Podemos enviar-lhe, por correio eletrónico, ofertas de produtos semelhantes aos que \
                                  encomendou: opõe-se a isso?",
        question_phone_optin: "Aceita receber chamadas telefónicas {de:caller} com ofertas comerciais?",
        phone_notice: "Só lhe telefonaremos com ofertas comerciais se tiver dado previamente o seu consentimento, \
                       exceto, durante a vigência de um contrato, para lhe propor produtos ou serviços relacionados \
                       com o objeto desse contrato (artigo L223-1 do Código do Consumo francês, Code de la \
                       consommation).",
        phone_notice_short: "Nenhuma chamada comercial sem o seu consentimento prévio, exceto a propósito de um \
                             contrato em vigor.",
        objection: "Marketing direto: pode opor-se a qualquer momento, gratuitamente e sem ter de apresentar \
                    justificação, ao tratamento dos seus dados para efeitos de comercialização \
                    direta{profiling}{partners}, escrevendo para {contact}.",
        objection_profiling: ", incluindo a definição de perfis que lhe esteja associada",
        objection_partners: ", bem como à transmissão dos seus dados de contacto aos nossos parceiros",
        objection_short: "Pode opor-se a qualquer momento, gratuitamente e sem ter de apresentar justificação, ao \
                          tratamento dos seus dados para efeitos de comercialização direta.",
    },
    facts: FactsWords {
        special_field: "O campo {field} contém {category}, uma categoria especial de dados pessoais (artigo 9.º do \
                        RGPD): só os tratamos {condition}.",
        special_law: " Este tratamento está previsto em: {law}.",
        special_secrecy: " As pessoas que os tratam estão sujeitas a sigilo profissional: {secrecy}.",
        phone_purposes: "O campo {field} é utilizado apenas para: {purposes}.",
        parental_consent_fr: "Se tiver menos de 15 anos, o seu consentimento não basta: é também necessário o de um \
                              titular da autoridade parental (lei francesa de proteção de dados, loi Informatique et \
                              Libertés, artigo 45.º), que recolhemos através de: {how}.",
        parental_consent_eu: "Se tiver menos do que a idade fixada pela lei do seu país para consentir por si só (16 \
                              anos, no máximo), o seu consentimento não basta: é também necessário o de um titular \
                              das responsabilidades parentais (artigo 8.º do RGPD), que recolhemos através de: \
                              {how}.",
    },
    summary: SummaryWords {
        purposes_named: "{name} utiliza os seus dados para: {purposes}.",
        purposes: "Utilizamos os seus dados para: {purposes}.",
        joint_controller: "Responsável conjunto pelo tratamento: {names}.",
        joint_controllers: "Responsáveis conjuntos pelo tratamento: {names}.",
        data_source: "Alguns dados provêm de: {source}.",
        transfers: "Alguns dados são transferidos para fora do Espaço Económico Europeu: {countries}.",
        automated_decision: "A decisão sobre {decision} é tomada de forma automatizada; pode pedir que uma pessoa a \
                             reaprecie.",
        withdrawal: "Pode retirar o seu consentimento a qualquer momento, {route}.",
        learn_more: "Saiba mais na nossa política de privacidade",
    },
    script: ScriptWords {
        title: "Guião de chamada — a ler à pessoa contactada",
        checklist: [
            "Instruções para o operador (não ler):",
            "- Antes de ligar: verificar que a pessoa deu previamente o seu consentimento para ser contactada para \
             fins comerciais, ou que está em vigor um contrato com ela e que a chamada diz respeito ao objeto desse \
             contrato (produtos ou serviços conexos ou complementares) (Código do Consumo francês, Code de la \
             consommation, artigo L223-1). Se nenhuma das duas condições se verificar, não ligar. Se for a pessoa a \
             ligar, esta verificação não se aplica.",
            "- Nunca propor por telefone obras de renovação energética ou de adaptação da habitação, mesmo com o \
             consentimento da pessoa (Código do Consumo francês, artigo L223-1).",
            "- Ligar apenas, no fuso horário da pessoa, de segunda a sexta-feira, das 10h00 às 13h00 e das 14h00 às \
             20h00; nunca aos sábados, domingos ou feriados (Código do Consumo francês, artigo D223-9).",
            "- No máximo 4 chamadas ou tentativas de chamada em 30 dias para a mesma pessoa; após a recusa de uma \
             oferta, nenhuma nova chamada durante 60 dias (artigo D223-9).",
            "- Se a pessoa pedir para não voltar a ser contactada, o seu consentimento fica retirado: nunca mais a \
             contactar para fins comerciais (Código do Consumo francês, artigo L223-1).",
            "- Qualquer oposição ao marketing direto é registada antes do fim da chamada (artigo 21.º do RGPD).",
        ],
        hello_commercial: "Bom dia/Boa tarde, fala [o seu nome próprio], da empresa [a sua empresa]. Estou a ligar em \
                           nome {de:controller}, a propósito de uma oferta comercial.",
        hello: "Bom dia/Boa tarde, fala [o seu nome próprio], da empresa [a sua empresa], em nome {de:controller}.",
        client_company: "[empresa cliente]",
        recorded: "Esta chamada é gravada para {reason}. Se não pretender que seja gravada, diga-me e a gravação será \
                   interrompida.",
        purposes: "As informações que nos fornecer durante esta chamada são utilizadas para: {purposes}.",
        basis: " (fundamento jurídico: {basis})",
        basis_interest: " (fundamento jurídico: {basis}, a saber, {interest})",
        retention_item: "para {purpose}, {retention}",
        retention: "Conservamos estas informações: {list}.",
        recipients: "Apenas são comunicadas aos seguintes destinatários: {recipients}.",
        policy_url: "Os pormenores estão disponíveis em {url}; posso enviar-lhe esta ligação por SMS ou por e-mail.",
        policy_site: "Os pormenores constam da nossa política de privacidade, no nosso sítio na Internet; posso \
                      enviar-lha por e-mail ou por correio postal.",
        policy_sent: "Posso enviar-lhe os pormenores destas informações por e-mail ou por correio postal.",
        questions: "Perguntas a fazer — registar «sim» apenas se a pessoa o disser claramente:",
        question: "{number}. «{question}» (sim / não)",
        last_commercial: "Antes de terminar a chamada: «Pretende opor-se a qualquer contacto de marketing direto da \
                          nossa parte, por telefone, e-mail ou correio postal?» — em caso afirmativo, registar a \
                          oposição antes de desligar.",
        last: "Antes de terminar a chamada: «Pretende que deixemos de lhe telefonar?» — em caso afirmativo, registar a \
               oposição.",
    },
    vocabulary: VocabularyWords {
        bases: [
            "o seu consentimento",
            "a execução do seu contrato ou de diligências pré-contratuais a seu pedido",
            "o cumprimento de uma obrigação jurídica",
            "a defesa de interesses vitais",
            "o exercício de funções de interesse público",
            "o nosso interesse legítimo",
        ],
        basis_names: [
            "consentimento",
            "contrato",
            "obrigação jurídica",
            "interesses vitais",
            "funções de interesse público",
            "interesses legítimos",
        ],
        special_categories: [
            "dados relativos à saúde",
            "dados genéticos",
            "dados biométricos",
            "dados que revelam a sua origem racial ou étnica",
            "dados que revelam as suas opiniões políticas",
            "dados que revelam as suas convicções religiosas ou filosóficas",
            "dados que revelam a sua filiação sindical",
            "dados relativos à sua vida sexual",
            "dados relativos à sua orientação sexual",
        ],
        art9_conditions: [
            "com o seu consentimento explícito, que pode retirar a qualquer momento (artigo 9.º, n.º 2, alínea a), \
             do RGPD)",
            "para cumprir as nossas obrigações em matéria de legislação laboral, de segurança social e de proteção \
             social (artigo 9.º, n.º 2, alínea b), do RGPD)",
            "para proteger os seus interesses vitais ou os de outra pessoa singular (artigo 9.º, n.º 2, alínea c), do \
             RGPD)",
            "no âmbito das atividades legítimas do nosso organismo sem fins lucrativos, e apenas quanto aos seus \
             membros (artigo 9.º, n.º 2, alínea d), do RGPD)",
            "porque os tornou manifestamente públicos (artigo 9.º, n.º 2, alínea e), do RGPD)",
            "para efeitos de declaração, exercício ou defesa de um direito num processo judicial (artigo 9.º, n.º 2, \
             alínea f), do RGPD)",
            "por motivos de interesse público importante previstos na lei (artigo 9.º, n.º 2, alínea g), do RGPD)",
            "para efeitos de diagnóstico médico, prestação de cuidados de saúde ou medicina preventiva ou do \
             trabalho, sob a responsabilidade de um profissional sujeito à obrigação de sigilo profissional \
             (artigo 9.º, n.º 2, alínea h), do RGPD)",
            "por motivos de interesse público no domínio da saúde pública (artigo 9.º, n.º 2, alínea i), do RGPD)",
            "para fins de arquivo de interesse público, de investigação científica ou histórica ou para fins \
             estatísticos (artigo 9.º, n.º 2, alínea j), do RGPD)",
        ],
        safeguards: [
            "um instrumento juridicamente vinculativo e com força executiva entre autoridades ou organismos públicos \
             (artigo 46.º, n.º 2, alínea a), do RGPD)",
            "regras vinculativas aplicáveis às empresas (artigo 46.º, n.º 2, alínea b), e artigo 47.º do RGPD)",
            "as cláusulas contratuais-tipo da Comissão Europeia (artigo 46.º, n.º 2, alínea c), do RGPD)",
            "cláusulas-tipo de proteção de dados adotadas por uma autoridade de controlo (artigo 46.º, n.º 2, alínea \
             d), do RGPD)",
            "um código de conduta aprovado, acompanhado de compromissos vinculativos e com força executiva assumidos \
             pelo destinatário (artigo 46.º, n.º 2, alínea e), do RGPD)",
            "um procedimento de certificação aprovado, acompanhado de compromissos vinculativos e com força \
             executiva assumidos pelo destinatário (artigo 46.º, n.º 2, alínea f), do RGPD)",
        ],
        subjects: [
            ("anonymous_user", "utilizadores anónimos"),
            ("child", "crianças (menores de 15 anos)"),
            ("citizen_voter", "eleitores"),
            ("commuter", "utentes de transportes"),
            ("consultant", "consultores"),
            ("customer", "clientes"),
            ("donor", "doadores"),
            ("employee", "trabalhadores"),
            ("job_applicant", "candidatos a emprego"),
            ("member", "membros"),
            ("next_of_kin", "familiares próximos"),
            ("passenger", "passageiros"),
            ("patient", "doentes"),
            ("professional", "profissionais (contactos comerciais)"),
            ("prospect", "potenciais clientes"),
            ("shareholder", "acionistas"),
            ("supplier_vendor", "fornecedores"),
            ("trainee", "estagiários"),
            ("visitor", "visitantes"),
        ],
        audiences: ["consumidores", "profissionais", "menores"],
    },
    register: RegisterWords {
        title: "Registo das atividades de tratamento",
        intro: "Elaborado a partir das declarações dos formulários (artigo 30.º do RGPD). Cada aviso é reproduzido tal \
                como é apresentado às pessoas.",
        contents: "Índice",
        id: "Identificador",
        law: "Regime",
        version: "Versão do aviso",
        controller: "Responsável pelo tratamento",
        none: "não declarado",
        purposes: "Finalidades",
        basis: "fundamento jurídico",
        retention: "conservação",
        data: "Dados pessoais recolhidos",
        required: "obrigatório",
        optional: "facultativo",
        recipients: "Destinatários",
        transfers: "Transferências para fora do EEE",
        adequacy: "decisão de adequação",
        boxes: "Caixas de consentimento",
        opt_in: "consentimento (opt-in)",
        opt_out: "oposição (opt-out)",
        notice: "Aviso em português",
        historical: "texto de 2004, conservado a título histórico: já não cumpre o RGPD",
        marketing: "marketing direto",
        special: "categoria especial",
        audience: "Titulares dos dados",
        wording: "Palavras declaradas inofensivas pelo responsável pelo tratamento (verificação dos textos)",
        data_use: "utilização dos dados",
        category: "categoria",
        rules: "Regras nacionais aplicadas",
        french_rules: "direito francês (CNIL; Código do Consumo, Código dos Correios e das Comunicações Eletrónicas, \
                       lei Informatique et Libertés)",
        eu_rules: "o RGPD e a Diretiva 2002/58/CE (privacidade e comunicações eletrónicas); quanto ao resto, a leitura \
                   mais estrita que a biblioteca conhece (marketing por telefone apenas com consentimento); o direito \
                   nacional do responsável pelo tratamento não é verificado",
    },
    policy: PolicyWords {
        title: "Política de privacidade",
        intro: "Esta página descreve, para cada um dos nossos formulários, quem trata os seus dados, para que fins e \
                com que fundamento jurídico, quem os recebe, durante quanto tempo são conservados e como pode \
                exercer os seus direitos.",
        version: "Versão",
        updated: "atualizada em",
        controllers: "Responsáveis pelo tratamento",
        dpo: "encarregado da proteção de dados",
        representative: "representante na União Europeia",
        contents: "Índice",
        months: [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
        date: "{day} de {month} de {year}",
    },
    lil2004: None,
};
