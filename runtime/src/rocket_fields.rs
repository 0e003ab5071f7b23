//! Rocket form fields (feature `rocket`): [`Checkbox`] and [`NoticeVersion`] implement Rocket's `FromFormField`,
//! so a form that derives Rocket's `FromForm` reads its boxes as a browser sends them, and fails without the
//! version the page showed.

use rocket::form::{self, FromFormField, ValueField};

use crate::checkbox::{EXPECTING, parse_checkbox_value};
use crate::{Checkbox, NoticeVersion};

/// `on`, `true`, `1`, `yes` are ticked; `off`, `false`, `0`, `no`, an empty value and an absent box are unticked;
/// anything else is an error that Rocket reports as a 422.
impl<'v> FromFormField<'v> for Checkbox {
    fn from_value(field: ValueField<'v>) -> form::Result<'v, Self> {
        match parse_checkbox_value(field.value) {
            Some(ticked) => Ok(Checkbox::from(ticked)),
            None => Err(form::Error::validation(format!("`{}` is not {EXPECTING}", field.value)).into()),
        }
    }

    /// An unticked box is not submitted at all: absent is unticked.
    fn default() -> Option<Self> {
        Some(<Checkbox as Default>::default())
    }
}

/// The version the page showed; no default, so a submission without it is refused.
impl<'v> FromFormField<'v> for NoticeVersion {
    fn from_value(field: ValueField<'v>) -> form::Result<'v, Self> {
        NoticeVersion::parse(field.value).map_err(|message| form::Error::validation(message).into())
    }
}
