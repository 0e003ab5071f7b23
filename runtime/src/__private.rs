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

/// A form's notice as the derive writes it: its declarations in one literal (`privacy_notice_core::codec`),
/// read into a [`Notice`] on the first call to the form's `notice()`, once per process.
pub struct LazyNotice {
    data: &'static str,
    module: &'static str,
    notice: std::sync::OnceLock<Notice>,
}

impl LazyNotice {
    /// The notice whose declarations `data` holds, of a form declared in `module` (its id, unless it declares
    /// one, is `module::Form`).
    pub const fn new(data: &'static str, module: &'static str) -> LazyNotice {
        LazyNotice { data, module, notice: std::sync::OnceLock::new() }
    }

    /// The notice, read from the literal the first time.
    pub fn get(&'static self) -> &'static Notice {
        self.notice.get_or_init(|| Notice::__new(privacy_notice_core::codec::decode(self.data, self.module)))
    }
}
