//! The supervisory authorities of the EEA (the members of the European Data Protection Board, and those of
//! Iceland, Liechtenstein and Norway): which one a controller answers to, by the country it is established in
//! (GDPR Art. 51, 55-56), named in the notice's complaint sentence (Art. 13(2)(d), 77).

/// A supervisory authority: its name, in its own language, and its website.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Authority {
    /// Its name, as it calls itself.
    pub name: &'static str,
    /// Its website, without the scheme.
    pub site: &'static str,
}

/// The one authority of each EEA country, by ISO 3166-1 alpha-2 code. Germany has one per Land for private
/// bodies, and is not listed: a German controller names its own (`authority = ".."`).
const AUTHORITIES: &[(&str, Authority)] = &[
    ("AT", Authority { name: "Österreichische Datenschutzbehörde", site: "dsb.gv.at" }),
    (
        "BE",
        Authority {
            name: "Autorité de protection des données / Gegevensbeschermingsautoriteit",
            site: "autoriteprotectiondonnees.be",
        },
    ),
    ("BG", Authority { name: "Комисия за защита на личните данни", site: "cpdp.bg" }),
    (
        "CY",
        Authority {
            name: "Γραφείο Επιτρόπου Προστασίας Δεδομένων Προσωπικού Χαρακτήρα",
            site: "dataprotection.gov.cy",
        },
    ),
    ("CZ", Authority { name: "Úřad pro ochranu osobních údajů", site: "uoou.gov.cz" }),
    ("DK", Authority { name: "Datatilsynet", site: "datatilsynet.dk" }),
    ("EE", Authority { name: "Andmekaitse Inspektsioon", site: "aki.ee" }),
    ("ES", Authority { name: "Agencia Española de Protección de Datos", site: "aepd.es" }),
    ("FI", Authority { name: "Tietosuojavaltuutetun toimisto", site: "tietosuoja.fi" }),
    ("FR", Authority { name: "CNIL", site: "cnil.fr" }),
    (
        "GR",
        Authority {
            name: "Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα", site: "dpa.gr"
        },
    ),
    ("HR", Authority { name: "Agencija za zaštitu osobnih podataka", site: "azop.hr" }),
    ("HU", Authority { name: "Nemzeti Adatvédelmi és Információszabadság Hatóság", site: "naih.hu" }),
    ("IE", Authority { name: "Data Protection Commission", site: "dataprotection.ie" }),
    ("IS", Authority { name: "Persónuvernd", site: "personuvernd.is" }),
    ("IT", Authority { name: "Garante per la protezione dei dati personali", site: "garanteprivacy.it" }),
    ("LI", Authority { name: "Datenschutzstelle", site: "datenschutzstelle.li" }),
    ("LT", Authority { name: "Valstybinė duomenų apsaugos inspekcija", site: "vdai.lrv.lt" }),
    ("LU", Authority { name: "Commission nationale pour la protection des données", site: "cnpd.public.lu" }),
    ("LV", Authority { name: "Datu valsts inspekcija", site: "dvi.gov.lv" }),
    ("MT", Authority { name: "Information and Data Protection Commissioner", site: "idpc.org.mt" }),
    ("NL", Authority { name: "Autoriteit Persoonsgegevens", site: "autoriteitpersoonsgegevens.nl" }),
    ("NO", Authority { name: "Datatilsynet", site: "datatilsynet.no" }),
    ("PL", Authority { name: "Urząd Ochrony Danych Osobowych", site: "uodo.gov.pl" }),
    ("PT", Authority { name: "Comissão Nacional de Proteção de Dados", site: "cnpd.pt" }),
    (
        "RO",
        Authority {
            name: "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
            site: "dataprotection.ro",
        },
    ),
    ("SE", Authority { name: "Integritetsskyddsmyndigheten", site: "imy.se" }),
    ("SI", Authority { name: "Informacijski pooblaščenec", site: "ip-rs.si" }),
    ("SK", Authority { name: "Úrad na ochranu osobných údajov Slovenskej republiky", site: "dataprotection.gov.sk" }),
];

/// The countries with several authorities for private bodies, where the controller names its own.
pub const SEVERAL: &[&str] = &["DE"];

/// The authority a controller established in `country` answers to, when the country has one only.
pub fn of(country: &str) -> Option<Authority> {
    AUTHORITIES.iter().find(|(code, _)| *code == country).map(|(_, authority)| *authority)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every EEA country has its authority, or is one whose controllers name theirs.
    #[test]
    fn every_eea_country_has_an_authority() {
        for code in crate::countries::EEA {
            assert!(of(code).is_some() || SEVERAL.contains(&code), "{code}");
        }
        assert_eq!(of("FR").map(|a| a.site), Some("cnil.fr"));
        assert_eq!(of("US"), None);
    }
}
