//! What the derive's generated code reaches. Not a public API: it may change in any release.

pub use crate::consents::Consents;
pub use crate::model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, JointController, Law, LegalBasis,
    NoticeSpec, Prospecting, ProspectingKind, Purpose, Representative, Text, Transfer,
};
pub use crate::register::Registered;
pub use crate::vocabulary::{
    Art9Condition, Audience, DataKind, MarketingChannel, Recipient, SpecialCategory, SpecialData,
};
pub use crate::{Checkbox, ConsentField, Lang, Notice, NoticeVersion};
pub use ::core::option::Option::{None, Some};
#[cfg(feature = "inventory")]
pub use inventory;

/// The field types a `#[consent(..)]` box may have.
#[diagnostic::on_unimplemented(
    message = "`#[consent(..)]` needs a field of type `privacy_notice::Checkbox` or `bool`, not `{Self}`",
    label = "this consent box is not a `Checkbox` or `bool`",
    note = "a consent box is a checkbox: declare the field as `privacy_notice::Checkbox`"
)]
pub trait ConsentBox {
    /// Whether the person ticked the box.
    fn is_ticked(&self) -> bool;
}

impl ConsentBox for Checkbox {
    fn is_ticked(&self) -> bool {
        self.is_checked()
    }
}

impl ConsentBox for bool {
    fn is_ticked(&self) -> bool {
        *self
    }
}
