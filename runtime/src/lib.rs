//! Turn a web form's type into a legally complete privacy notice.
//!
//! Derive [`PrivacyNotice`] on the struct your web framework deserializes a form into, declare next to it
//! why the data is collected and who receives it, and get:
//!
//! - the information text the law requires on the form, in French and English, as text, HTML, Markdown or
//!   JSON ([`Notice`]);
//! - the consent checkboxes the form must show, never pre-ticked, one per purpose ([`ConsentField`]);
//! - what the person chose, with opt-out boxes already inverted ([`Consents`]);
//! - the script a call-centre operator reads ([`Notice::call_script`]).
//!
//! When a required mention or box is missing, the form does not compile, and the error says what to add.
//!
//! ```
//! use privacy_notice::{Checkbox, Decision, Lang, NoticeVersion, PrivacyNotice};
//! use serde::Deserialize;
//!
//! #[derive(Deserialize, PrivacyNotice)]
//! #[notice(subjects = "customer")]
//! #[controller(name = "Boutique SAS", address = "12 rue de la Paix, 75002 Paris", contact = "dpo@boutique.fr", country = "FR")]
//! #[purpose(
//!     "la gestion de vos commandes",
//!     data_use = "essential.service",
//!     basis = "contract",
//!     retention = "3 ans après votre dernière commande",
//!     sale
//! )]
//! #[recipients("notre service commercial", "nos transporteurs")]
//! #[rights_contact("dpo@boutique.fr")]
//! #[partner_optout(partners = "des éditeurs de presse", retention = "3 ans après votre dernière commande")]
//! struct OrderForm {
//!     #[personal_data(category = "user.contact.email")]
//!     email: String,
//!     #[consent(partner_optout)]
//!     no_partner_use: Checkbox,
//!     notice_version: NoticeVersion,
//! }
//!
//! let notice = OrderForm::notice();
//! assert!(notice.text(Lang::Fr).contains("La gestion de vos commandes — fondement : l’exécution de votre contrat"));
//!
//! // The page sends the notice's version back in a hidden input; the "I object" box was left unticked.
//! let body = format!(r#"{{"email": "a@example.com", "notice_version": "{}"}}"#, notice.version());
//! let form: OrderForm = serde_json::from_str(&body).unwrap();
//! assert_eq!(form.consents().get("partner_optout"), Some(Decision::Granted));
//! ```
//!
//! Every `gdpr` form states its facts from closed lists ([`taxonomy`], after fideslang): whose data it is
//! (`subjects`), what each purpose does (`data_use`), what each field holds (`category`). The derive checks the
//! law on them (`RULES.md` lists every rule with its article), and [`Register::fideslang_yaml`] exports them.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod checkbox;
mod consents;
mod digest;
mod fides;
mod kantara;
mod notice;
mod options;
#[cfg(feature = "page-check")]
mod page_check;
mod policy;
mod record;
mod register;
#[cfg(feature = "rocket")]
mod rocket_fields;
#[cfg(feature = "store")]
pub mod store;
mod timestamp;
mod version_field;

// The model, texts and renderers live in `privacy-notice-core`, which the derive shares.
/// The closed lists a form's facts come from: data subjects, data uses and data categories, after fideslang.
pub use privacy_notice_core::taxonomy;
use privacy_notice_core::{field, lang, model, render, texts, vocabulary};

#[doc(hidden)]
pub mod __private;

pub use checkbox::Checkbox;
pub use consents::Consents;
pub use field::{ConsentField, ConsentKind, Decision};
pub use kantara::{KantaraController, KantaraPurpose, KantaraReceipt, KantaraService};
pub use lang::Lang;
pub use model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, JointController, Law, LegalBasis,
    NoticeSpec, Prospecting, ProspectingKind, Purpose, Representative, Text, Transfer,
};
pub use notice::Notice;
pub use options::HtmlOptions;
#[cfg(feature = "page-check")]
pub use page_check::{PageProblem, PageProblems};
/// Derives [`PrivacyNotice`](trait@PrivacyNotice) for a form struct; see the crate documentation and the
/// README for every attribute.
pub use privacy_notice_macros::PrivacyNotice;
pub use record::{CollectionMethod, ConsentEvent, ConsentRecord, RECORD_SCHEMA, random_id};
pub use register::{REGISTER_SCHEMA, Register};
#[cfg(feature = "store")]
pub use store::{ArchivedNotice, ConsentStore, Purge, Records, StoreError, UnreadableRow};
pub use timestamp::Timestamp;
pub use version_field::NoticeVersion;
pub use vocabulary::{Art9Condition, Audience, DataKind, MarketingChannel, Recipient, SpecialCategory, SpecialData};

/// A form whose privacy notice and consent boxes are known at compile time.
///
/// Implemented by `#[derive(PrivacyNotice)]`; do not implement it by hand.
pub trait PrivacyNotice {
    /// The form's notice, checked and written at compile time, read once per process on the first call.
    fn notice() -> &'static Notice;

    /// What this submission decided for each consent box.
    fn consents(&self) -> Consents;
}
