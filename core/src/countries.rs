//! Countries, and where the GDPR lets personal data go without further safeguards.
//!
//! One place, dated, with its sources: the derive checks every `#[recipient(.., country = "..")]` against these
//! lists (R09), and the notices name countries from the table below.

/// Every ISO 3166-1 alpha-2 code with the country's short name in French and in English, sorted by code.
/// Source: ISO 3166-1 as published by the Debian iso-codes project (through the `pycountry` 26.2.16 data),
/// a few long official names shortened for a sentence (« Russie », "Russia").
pub const COUNTRIES: [(&str, &str, &str); 249] = [
    ("AD", "Andorre", "Andorra"),
    ("AE", "Émirats arabes unis", "United Arab Emirates"),
    ("AF", "Afghanistan", "Afghanistan"),
    ("AG", "Antigua-et-Barbuda", "Antigua and Barbuda"),
    ("AI", "Anguilla", "Anguilla"),
    ("AL", "Albanie", "Albania"),
    ("AM", "Arménie", "Armenia"),
    ("AO", "Angola", "Angola"),
    ("AQ", "Antarctique", "Antarctica"),
    ("AR", "Argentine", "Argentina"),
    ("AS", "Samoa américaines", "American Samoa"),
    ("AT", "Autriche", "Austria"),
    ("AU", "Australie", "Australia"),
    ("AW", "Aruba", "Aruba"),
    ("AX", "Åland, Îles", "Åland Islands"),
    ("AZ", "Azerbaïdjan", "Azerbaijan"),
    ("BA", "Bosnie-Herzégovine", "Bosnia and Herzegovina"),
    ("BB", "Barbade", "Barbados"),
    ("BD", "Bangladesh", "Bangladesh"),
    ("BE", "Belgique", "Belgium"),
    ("BF", "Burkina Faso", "Burkina Faso"),
    ("BG", "Bulgarie", "Bulgaria"),
    ("BH", "Bahreïn", "Bahrain"),
    ("BI", "Burundi", "Burundi"),
    ("BJ", "Bénin", "Benin"),
    ("BL", "Saint-Barthélemy", "Saint Barthélemy"),
    ("BM", "Bermudes", "Bermuda"),
    ("BN", "Brunéi Darussalam", "Brunei Darussalam"),
    ("BO", "Bolivie", "Bolivia"),
    ("BQ", "Bonaire, Saint-Eustache et Saba", "Bonaire, Sint Eustatius and Saba"),
    ("BR", "Brésil", "Brazil"),
    ("BS", "Bahamas", "Bahamas"),
    ("BT", "Bhoutan", "Bhutan"),
    ("BV", "Île Bouvet", "Bouvet Island"),
    ("BW", "Botswana", "Botswana"),
    ("BY", "Bélarus", "Belarus"),
    ("BZ", "Belize", "Belize"),
    ("CA", "Canada", "Canada"),
    ("CC", "Cocos (Keeling), Îles", "Cocos (Keeling) Islands"),
    ("CD", "République démocratique du Congo", "Congo, The Democratic Republic of the"),
    ("CF", "République centrafricaine", "Central African Republic"),
    ("CG", "République du Congo", "Congo"),
    ("CH", "Suisse", "Switzerland"),
    ("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
    ("CK", "Îles Cook", "Cook Islands"),
    ("CL", "Chili", "Chile"),
    ("CM", "Cameroun", "Cameroon"),
    ("CN", "Chine", "China"),
    ("CO", "Colombie", "Colombia"),
    ("CR", "Costa Rica", "Costa Rica"),
    ("CU", "Cuba", "Cuba"),
    ("CV", "Cap-Vert", "Cabo Verde"),
    ("CW", "Curaçao", "Curaçao"),
    ("CX", "Christmas, Île", "Christmas Island"),
    ("CY", "Chypre", "Cyprus"),
    ("CZ", "Tchéquie", "Czechia"),
    ("DE", "Allemagne", "Germany"),
    ("DJ", "Djibouti", "Djibouti"),
    ("DK", "Danemark", "Denmark"),
    ("DM", "Dominique", "Dominica"),
    ("DO", "République dominicaine", "Dominican Republic"),
    ("DZ", "Algérie", "Algeria"),
    ("EC", "Équateur", "Ecuador"),
    ("EE", "Estonie", "Estonia"),
    ("EG", "Égypte", "Egypt"),
    ("EH", "Sahara occidental", "Western Sahara"),
    ("ER", "Érythrée", "Eritrea"),
    ("ES", "Espagne", "Spain"),
    ("ET", "Éthiopie", "Ethiopia"),
    ("FI", "Finlande", "Finland"),
    ("FJ", "Fidji", "Fiji"),
    ("FK", "Malouines, Îles (Falkland)", "Falkland Islands (Malvinas)"),
    ("FM", "Micronésie", "Micronesia"),
    ("FO", "Îles Féroé", "Faroe Islands"),
    ("FR", "France", "France"),
    ("GA", "Gabon", "Gabon"),
    ("GB", "Royaume-Uni", "United Kingdom"),
    ("GD", "Grenade", "Grenada"),
    ("GE", "Géorgie", "Georgia"),
    ("GF", "Guyane française", "French Guiana"),
    ("GG", "Guernesey", "Guernsey"),
    ("GH", "Ghana", "Ghana"),
    ("GI", "Gibraltar", "Gibraltar"),
    ("GL", "Groënland", "Greenland"),
    ("GM", "Gambie", "Gambia"),
    ("GN", "Guinée", "Guinea"),
    ("GP", "Guadeloupe", "Guadeloupe"),
    ("GQ", "Guinée Équatoriale", "Equatorial Guinea"),
    ("GR", "Grèce", "Greece"),
    ("GS", "Géorgie du Sud et les îles Sandwich du Sud", "South Georgia and the South Sandwich Islands"),
    ("GT", "Guatemala", "Guatemala"),
    ("GU", "Guam", "Guam"),
    ("GW", "Guinée-Bissau", "Guinea-Bissau"),
    ("GY", "Guyana", "Guyana"),
    ("HK", "Hong Kong", "Hong Kong"),
    ("HM", "Îles Heard-et-MacDonald", "Heard Island and McDonald Islands"),
    ("HN", "Honduras", "Honduras"),
    ("HR", "Croatie", "Croatia"),
    ("HT", "Haïti", "Haiti"),
    ("HU", "Hongrie", "Hungary"),
    ("ID", "Indonésie", "Indonesia"),
    ("IE", "Irlande", "Ireland"),
    ("IL", "Israël", "Israel"),
    ("IM", "Île de Man", "Isle of Man"),
    ("IN", "Inde", "India"),
    ("IO", "Territoire britannique de l'océan Indien", "British Indian Ocean Territory"),
    ("IQ", "Irak", "Iraq"),
    ("IR", "Iran", "Iran"),
    ("IS", "Islande", "Iceland"),
    ("IT", "Italie", "Italy"),
    ("JE", "Jersey", "Jersey"),
    ("JM", "Jamaïque", "Jamaica"),
    ("JO", "Jordanie", "Jordan"),
    ("JP", "Japon", "Japan"),
    ("KE", "Kenya", "Kenya"),
    ("KG", "Kirghizistan", "Kyrgyzstan"),
    ("KH", "Cambodge", "Cambodia"),
    ("KI", "Kiribati", "Kiribati"),
    ("KM", "Comores", "Comoros"),
    ("KN", "Saint-Christophe-et-Niévès", "Saint Kitts and Nevis"),
    ("KP", "Corée du Nord", "North Korea"),
    ("KR", "Corée du Sud", "South Korea"),
    ("KW", "Koweït", "Kuwait"),
    ("KY", "Îles Caïmans", "Cayman Islands"),
    ("KZ", "Kazakhstan", "Kazakhstan"),
    ("LA", "Laos", "Laos"),
    ("LB", "Liban", "Lebanon"),
    ("LC", "Sainte-Lucie", "Saint Lucia"),
    ("LI", "Liechtenstein", "Liechtenstein"),
    ("LK", "Sri Lanka", "Sri Lanka"),
    ("LR", "Libéria", "Liberia"),
    ("LS", "Lesotho", "Lesotho"),
    ("LT", "Lituanie", "Lithuania"),
    ("LU", "Luxembourg", "Luxembourg"),
    ("LV", "Lettonie", "Latvia"),
    ("LY", "Libye", "Libya"),
    ("MA", "Maroc", "Morocco"),
    ("MC", "Monaco", "Monaco"),
    ("MD", "Moldavie", "Moldova"),
    ("ME", "Monténégro", "Montenegro"),
    ("MF", "Saint-Martin (partie française)", "Saint Martin (French part)"),
    ("MG", "Madagascar", "Madagascar"),
    ("MH", "Îles Marshall", "Marshall Islands"),
    ("MK", "Macédoine du Nord", "North Macedonia"),
    ("ML", "Mali", "Mali"),
    ("MM", "Birmanie", "Myanmar"),
    ("MN", "Mongolie", "Mongolia"),
    ("MO", "Macau", "Macao"),
    ("MP", "Îles Mariannes du Nord", "Northern Mariana Islands"),
    ("MQ", "Martinique", "Martinique"),
    ("MR", "Mauritanie", "Mauritania"),
    ("MS", "Montserrat", "Montserrat"),
    ("MT", "Malte", "Malta"),
    ("MU", "Maurice", "Mauritius"),
    ("MV", "Maldives", "Maldives"),
    ("MW", "Malawi", "Malawi"),
    ("MX", "Mexique", "Mexico"),
    ("MY", "Malaisie", "Malaysia"),
    ("MZ", "Mozambique", "Mozambique"),
    ("NA", "Namibie", "Namibia"),
    ("NC", "Nouvelle-Calédonie", "New Caledonia"),
    ("NE", "Niger", "Niger"),
    ("NF", "Île Norfolk", "Norfolk Island"),
    ("NG", "Nigeria", "Nigeria"),
    ("NI", "Nicaragua", "Nicaragua"),
    ("NL", "Pays-Bas", "Netherlands"),
    ("NO", "Norvège", "Norway"),
    ("NP", "Népal", "Nepal"),
    ("NR", "Nauru", "Nauru"),
    ("NU", "Nioue", "Niue"),
    ("NZ", "Nouvelle-Zélande", "New Zealand"),
    ("OM", "Oman", "Oman"),
    ("PA", "Panama", "Panama"),
    ("PE", "Pérou", "Peru"),
    ("PF", "Polynésie française", "French Polynesia"),
    ("PG", "Papouasie-Nouvelle-Guinée", "Papua New Guinea"),
    ("PH", "Philippines", "Philippines"),
    ("PK", "Pakistan", "Pakistan"),
    ("PL", "Pologne", "Poland"),
    ("PM", "Saint-Pierre-et-Miquelon", "Saint Pierre and Miquelon"),
    ("PN", "Îles Pitcairn", "Pitcairn"),
    ("PR", "Porto Rico", "Puerto Rico"),
    ("PS", "Palestine", "Palestine"),
    ("PT", "Portugal", "Portugal"),
    ("PW", "Palaos", "Palau"),
    ("PY", "Paraguay", "Paraguay"),
    ("QA", "Qatar", "Qatar"),
    ("RE", "Réunion, Île de la", "Réunion"),
    ("RO", "Roumanie", "Romania"),
    ("RS", "Serbie", "Serbia"),
    ("RU", "Russie", "Russia"),
    ("RW", "Rwanda", "Rwanda"),
    ("SA", "Arabie saoudite", "Saudi Arabia"),
    ("SB", "Salomon, Îles", "Solomon Islands"),
    ("SC", "Seychelles", "Seychelles"),
    ("SD", "Soudan", "Sudan"),
    ("SE", "Suède", "Sweden"),
    ("SG", "Singapour", "Singapore"),
    ("SH", "Sainte-Hélène, Ascension et Tristan da Cunha", "Saint Helena, Ascension and Tristan da Cunha"),
    ("SI", "Slovénie", "Slovenia"),
    ("SJ", "Svalbard et île Jan Mayen", "Svalbard and Jan Mayen"),
    ("SK", "Slovaquie", "Slovakia"),
    ("SL", "Sierra Leone", "Sierra Leone"),
    ("SM", "Saint-Marin", "San Marino"),
    ("SN", "Sénégal", "Senegal"),
    ("SO", "Somalie", "Somalia"),
    ("SR", "Surinam", "Suriname"),
    ("SS", "Soudan du Sud", "South Sudan"),
    ("ST", "Sao Tomé-et-Principe", "Sao Tome and Principe"),
    ("SV", "Salvador", "El Salvador"),
    ("SX", "Saint-Martin (partie néerlandaise)", "Sint Maarten (Dutch part)"),
    ("SY", "Syrie", "Syria"),
    ("SZ", "Eswatini", "Eswatini"),
    ("TC", "Îles Turques-et-Caïques", "Turks and Caicos Islands"),
    ("TD", "Tchad", "Chad"),
    ("TF", "Terres australes françaises", "French Southern Territories"),
    ("TG", "Togo", "Togo"),
    ("TH", "Thaïlande", "Thailand"),
    ("TJ", "Tadjikistan", "Tajikistan"),
    ("TK", "Tokelau", "Tokelau"),
    ("TL", "Timor oriental", "Timor-Leste"),
    ("TM", "Turkménistan", "Turkmenistan"),
    ("TN", "Tunisie", "Tunisia"),
    ("TO", "Tonga", "Tonga"),
    ("TR", "Turquie", "Türkiye"),
    ("TT", "Trinité-et-Tobago", "Trinidad and Tobago"),
    ("TV", "Tuvalu", "Tuvalu"),
    ("TW", "Taïwan", "Taiwan"),
    ("TZ", "Tanzanie", "Tanzania"),
    ("UA", "Ukraine", "Ukraine"),
    ("UG", "Ouganda", "Uganda"),
    ("UM", "Îles mineures éloignées des États-Unis", "United States Minor Outlying Islands"),
    ("US", "États-Unis", "United States"),
    ("UY", "Uruguay", "Uruguay"),
    ("UZ", "Ouzbékistan", "Uzbekistan"),
    ("VA", "Vatican", "Vatican City"),
    ("VC", "Saint-Vincent-et-les-Grenadines", "Saint Vincent and the Grenadines"),
    ("VE", "Vénézuela", "Venezuela"),
    ("VG", "Îles Vierges britanniques", "Virgin Islands, British"),
    ("VI", "Îles Vierges, États-Unis", "Virgin Islands, U.S."),
    ("VN", "Viêt Nam", "Vietnam"),
    ("VU", "Vanuatu", "Vanuatu"),
    ("WF", "Wallis et Futuna", "Wallis and Futuna"),
    ("WS", "Samoa", "Samoa"),
    ("YE", "Yémen", "Yemen"),
    ("YT", "Mayotte", "Mayotte"),
    ("ZA", "Afrique du Sud", "South Africa"),
    ("ZM", "Zambie", "Zambia"),
    ("ZW", "Zimbabwe", "Zimbabwe"),
];

/// The European Economic Area: the 27 Member States of the EU, Iceland, Liechtenstein and Norway. Data may flow
/// freely within it (GDPR Art. 1(3); EEA Agreement, Annex XI). As of 30 November 2026.
pub const EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT",
    "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Countries covered as a whole by an adequacy decision of the European Commission (GDPR Art. 45): Andorra,
/// Argentina, the Faroe Islands, Guernsey, Israel, the Isle of Man, Japan, Jersey, New Zealand, the Republic of
/// Korea, Switzerland, the United Kingdom and Uruguay. As of 30 November 2026; source: European Commission,
/// "Adequacy decisions" (commission.europa.eu, data protection, international dimension).
///
/// Canada (commercial organisations only) and the United States (organisations certified under the EU-US Data
/// Privacy Framework only) are left out on purpose: whether a transfer there is covered depends on the recipient,
/// so the form must say it with `#[transfer(country = "US", adequacy)]` or name its safeguard.
pub const ADEQUATE: [&str; 13] = ["AD", "AR", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "UY"];

/// The names of the country whose ISO 3166-1 alpha-2 code is `code` (upper case): (French, English).
pub fn country(code: &str) -> Option<(&'static str, &'static str)> {
    COUNTRIES.binary_search_by(|(c, ..)| (*c).cmp(code)).ok().map(|i| (COUNTRIES[i].1, COUNTRIES[i].2))
}

/// The code of the country `text` names: its code, or its French or English name, in any case, after an article
/// (« les États-Unis », "the United Kingdom"). One matcher for the derive (a `#[transfer]` for a
/// `#[recipient]`, a name written where a code was due) and the notice (a transfer already mentioned).
pub fn code_named(text: &str) -> Option<&'static str> {
    let text = text.trim();
    let text =
        ["the ", "les ", "le ", "la ", "l’", "l'"].iter().fold(text, |t, article| t.strip_prefix(article).unwrap_or(t));
    let lower = text.to_lowercase();
    COUNTRIES
        .iter()
        .find(|(code, fr, en)| {
            code.eq_ignore_ascii_case(text) || fr.to_lowercase() == lower || en.to_lowercase() == lower
        })
        .map(|(code, ..)| *code)
}

/// Whether data may go to `code` without a transfer mention of its own: it is in the EEA.
pub fn in_eea(code: &str) -> bool {
    EEA.contains(&code)
}

/// Whether `code` is covered as a whole by an adequacy decision.
pub fn adequate(code: &str) -> bool {
    ADEQUATE.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_complete() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0), "sorted, each code once");
        for code in EEA.iter().chain(&ADEQUATE).chain(&["US", "CA", "CN", "IN"]) {
            assert!(country(code).is_some(), "{code}");
        }
        assert_eq!(country("US"), Some(("États-Unis", "United States")));
        assert_eq!(country("FR"), Some(("France", "France")));
        assert_eq!(country("XX"), None);
        assert_eq!(code_named("les États-Unis"), Some("US"));
        assert_eq!(code_named("the united kingdom"), Some("GB"));
        assert_eq!(code_named(" de "), Some("DE"));
        assert_eq!(code_named("Atlantis"), None);
        assert!(EEA.windows(2).all(|w| w[0] < w[1]) && ADEQUATE.windows(2).all(|w| w[0] < w[1]));
        assert!(!EEA.iter().any(|c| ADEQUATE.contains(c)));
    }
}
