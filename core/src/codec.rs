//! A form's [`NoticeSpec`] as one compact string: the derive writes it ([`encode`]) as a single string literal,
//! and the runtime reads it back ([`decode`]) once per process, on the first call to the form's `notice()`.
//!
//! One literal costs the compiler far less than the tree of `const` constructor calls the same data takes as
//! Rust expressions (every token crosses the proc-macro bridge, is parsed, resolved, type-checked and
//! const-evaluated). Both sides live in this crate, which the derive and the runtime share in lockstep, so
//! the format is private to one version and may change in any release.
//!
//! The format: a string is its length in bytes, `"`, then its bytes, or, when the same string was written
//! before, its index among the strings written so far and `'`; a [`Text`] is its French string then, for each
//! other language in the order of `Lang::ALL`, `=` when it is the same, else its string; `_` is an absent `Option`, else the value follows;
//! `t` and `f` are booleans; a fieldless enum is one letter, `a` for its first variant; a list is its length,
//! `*`, then its items. Every slice the decoded spec holds is allocated once and kept for the process (a
//! form's notice is a `static`); its strings borrow from the literal.

use crate::field::{ConsentField, Topic};
use crate::lang::Lang;
use crate::model::{
    AutomatedDecision, Controller, DataField, DataRequirement, DataSource, JointController, Law, LegalBasis,
    NoticeSpec, Prospecting, ProspectingKind, Purpose, Representative, Text, Transfer,
};
use crate::vocabulary::{Art9Condition, Audience, DataKind, MarketingChannel, Recipient, SpecialCategory, SpecialData};

/// A fieldless enum written as its position in a list of every value.
trait Variant: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
}

macro_rules! variants {
    ($($name:ident => $all:expr),* $(,)?) => {$(
        impl Variant for $name {
            const ALL: &'static [$name] = $all;
        }
    )*};
}

variants!(
    Law => &[Law::Gdpr, Law::Lil2004],
    Lang => &Lang::ALL,
    LegalBasis => &LegalBasis::ALL,
    ProspectingKind => &ProspectingKind::ALL,
    Audience => Audience::ALL,
    MarketingChannel => MarketingChannel::ALL,
    DataKind => DataKind::ALL,
    SpecialCategory => SpecialCategory::ALL,
    Art9Condition => Art9Condition::ALL,
);

/// The spec as the string [`decode`] reads back. Its `id` is written as given: the derive gives the declared
/// id, or `""` for the module path and the type's name, which `decode` then joins.
pub fn encode(spec: &NoticeSpec<'_>) -> String {
    let mut out = Writer { out: String::with_capacity(1024), seen: Vec::new() };
    out.spec(spec);
    out.out
}

struct Writer<'s> {
    out: String,
    /// Each string written so far, by index: a form has a few dozen, which a scan compares faster than a hash
    /// map hashes them (the derive runs unoptimized in a debug build).
    seen: Vec<&'s str>,
}

impl<'s> Writer<'s> {
    fn number(&mut self, n: usize) {
        use std::fmt::Write;
        let _ = write!(self.out, "{n}");
    }

    fn str(&mut self, s: &'s str) {
        match self.seen.iter().position(|seen| *seen == s) {
            Some(index) => {
                self.number(index);
                self.out.push('\'');
            }
            None => {
                self.seen.push(s);
                self.number(s.len());
                self.out.push('"');
                self.out.push_str(s);
            }
        }
    }

    fn text(&mut self, text: Text<'s>) {
        let [first, others @ ..] = text.by_lang;
        self.str(first);
        for other in others {
            if other == first {
                self.out.push('=');
            } else {
                self.str(other);
            }
        }
    }

    fn bool(&mut self, value: bool) {
        self.out.push(if value { 't' } else { 'f' });
    }

    fn variant<T: Variant>(&mut self, value: T) {
        let index = T::ALL.iter().position(|v| *v == value).expect("every value is in its list");
        self.out.push(char::from(b'a' + u8::try_from(index).expect("fewer than 26 values")));
    }

    fn option<T>(&mut self, value: Option<T>, write: impl FnOnce(&mut Self, T)) {
        match value {
            Some(value) => write(self, value),
            None => self.out.push('_'),
        }
    }

    fn list<T: Copy>(&mut self, items: &[T], mut write: impl FnMut(&mut Self, T)) {
        self.number(items.len());
        self.out.push('*');
        for item in items {
            write(self, *item);
        }
    }

    fn spec(&mut self, spec: &NoticeSpec<'s>) {
        self.str(spec.id);
        self.str(spec.form);
        self.variant(spec.law);
        self.variant(spec.lang);
        self.list(spec.langs, Self::variant);
        self.option(spec.policy, Self::text);
        self.list(spec.purposes, Self::purpose);
        self.list(spec.recipients, Self::text);
        self.list(spec.located_recipients, |out, r: Recipient<'s>| {
            out.text(r.name);
            out.str(r.country);
        });
        self.variant(spec.audience);
        self.list(spec.subjects, Self::str);
        self.list(spec.joint_controllers, |out, j: JointController<'s>| {
            out.str(j.name);
            out.str(j.contact);
            out.text(j.arrangement);
        });
        self.list(spec.wording, |out, (word, reason): (&'s str, &'s str)| {
            out.str(word);
            out.str(reason);
        });
        self.option(spec.parental_consent, Self::text);
        self.text(spec.rights_contact);
        self.option(spec.controller, |out, c: Controller<'s>| {
            out.str(c.name);
            out.str(c.address);
            out.str(c.contact);
            out.option(c.country, Self::str);
            out.option(c.authority, Self::str);
        });
        self.option(spec.dpo, Self::str);
        self.option(spec.representative, |out, r: Representative<'s>| {
            out.str(r.name);
            out.str(r.contact);
        });
        self.list(spec.transfers, |out, t: Transfer<'s>| {
            out.text(t.country);
            out.option(t.safeguard, Self::text);
            out.option(t.copy, Self::str);
            out.option(t.adequacy, Self::text);
        });
        self.option(spec.automated_decision, |out, d: AutomatedDecision<'s>| {
            out.text(d.decision);
            out.text(d.logic);
            out.text(d.consequences);
        });
        self.option(spec.data_source, |out, d: DataSource<'s>| {
            out.str(d.source);
            out.text(d.categories);
            out.bool(d.public);
        });
        self.option(spec.data_requirement, |out, r: DataRequirement<'s>| {
            out.text(r.reason);
            out.text(r.consequence);
        });
        self.option(spec.withdrawal, Self::text);
        self.option(spec.retention, Self::text);
        self.option(spec.call_recording, Self::text);
        self.list(spec.prospecting, Self::prospecting);
        self.list(spec.fields, Self::field);
        self.list(spec.consent_fields, |out, c: ConsentField<'s>| {
            out.str(c.name());
            out.str(c.purpose());
            out.variant(c.law());
            match c.topic() {
                Topic::Prospecting(p) => {
                    out.out.push('p');
                    out.prospecting(p);
                }
                Topic::Purpose { text, label, objection } => {
                    out.out.push('q');
                    out.text(text);
                    out.option(label, Self::text);
                    out.bool(objection);
                }
            }
            // A box's languages are the form's, almost always.
            if c.langs() == spec.langs {
                out.out.push('=');
            } else {
                out.list(c.langs(), Self::variant);
            }
        });
        self.option(spec.version_field, Self::str);
    }

    fn purpose(&mut self, p: Purpose<'s>) {
        self.text(p.text);
        self.option(p.id, Self::str);
        self.option(p.basis, Self::variant);
        self.option(p.interest, Self::text);
        self.option(p.retention, Self::text);
        self.option(p.marketing, Self::variant);
        self.bool(p.sale);
        self.option(p.data_use, Self::str);
        self.option(p.law, Self::text);
    }

    fn prospecting(&mut self, p: Prospecting<'s>) {
        self.variant(p.kind);
        self.option(p.partners, Self::text);
        self.option(p.caller, Self::str);
        self.option(p.retention, Self::text);
    }

    fn field(&mut self, f: DataField<'s>) {
        self.str(f.name);
        self.option(f.label, Self::text);
        self.bool(f.required);
        self.option(f.kind, Self::variant);
        self.option(f.special, |out, s: SpecialData| {
            out.variant(s.category);
            out.variant(s.condition);
        });
        self.list(f.purposes, Self::str);
        self.option(f.category, Self::str);
        self.option(f.art9_law, Self::text);
        self.option(f.art9_secrecy, Self::text);
    }
}

/// The spec [`encode`] wrote into `data`. An empty `id` becomes `module::Form`, the module path where the form
/// is declared (`module`) and the type's name. The slices of the spec are allocated here and kept for the
/// process: call it once per form, to fill a `static`.
///
/// # Panics
///
/// If `data` is not what `encode` writes (the derive writes nothing else).
pub fn decode(data: &'static str, module: &'static str) -> NoticeSpec<'static> {
    let mut reader = Reader { data, at: 0, seen: Vec::new() };
    let mut spec = reader.spec();
    if spec.id.is_empty() {
        spec.id = leak_str(format!("{module}::{}", spec.form));
    }
    assert!(reader.at == data.len(), "privacy-notice: trailing data in a notice's literal");
    spec
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    if items.is_empty() { &[] } else { Box::leak(items.into_boxed_slice()) }
}

fn leak_str(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

struct Reader {
    data: &'static str,
    at: usize,
    /// The strings read so far, for the back references.
    seen: Vec<&'static str>,
}

impl Reader {
    fn peek(&self) -> u8 {
        *self.data.as_bytes().get(self.at).expect("privacy-notice: a notice's literal ends early")
    }

    fn byte(&mut self) -> u8 {
        let byte = self.peek();
        self.at += 1;
        byte
    }

    /// Whether the next byte is `marker`, consumed if it is.
    fn eat(&mut self, marker: u8) -> bool {
        let found = self.peek() == marker;
        if found {
            self.at += 1;
        }
        found
    }

    fn number(&mut self) -> usize {
        let mut n = 0usize;
        while self.peek().is_ascii_digit() {
            n = n * 10 + usize::from(self.byte() - b'0');
        }
        n
    }

    fn str(&mut self) -> &'static str {
        let n = self.number();
        match self.byte() {
            b'"' => {
                let s = &self.data[self.at..self.at + n];
                self.at += n;
                self.seen.push(s);
                s
            }
            b'\'' => self.seen[n],
            other => panic!("privacy-notice: unexpected {:?} in a notice's literal", char::from(other)),
        }
    }

    fn text(&mut self) -> Text<'static> {
        let first = self.str();
        let mut by_lang = [first; Lang::ALL.len()];
        for other in &mut by_lang[1..] {
            if !self.eat(b'=') {
                *other = self.str();
            }
        }
        Text::by_lang(by_lang)
    }

    fn bool(&mut self) -> bool {
        self.byte() == b't'
    }

    fn variant<T: Variant>(&mut self) -> T {
        T::ALL[usize::from(self.byte() - b'a')]
    }

    fn option<T>(&mut self, read: impl FnOnce(&mut Self) -> T) -> Option<T> {
        if self.eat(b'_') { None } else { Some(read(self)) }
    }

    fn list<T>(&mut self, mut read: impl FnMut(&mut Self) -> T) -> &'static [T] {
        let n = self.number();
        assert_eq!(self.byte(), b'*', "privacy-notice: a list in a notice's literal");
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(read(self));
        }
        leak(items)
    }

    fn spec(&mut self) -> NoticeSpec<'static> {
        let id = self.str();
        let form = self.str();
        let law = self.variant();
        let lang = self.variant();
        let langs = self.list(Self::variant);
        let mut spec = NoticeSpec::new(id, form, law, lang, langs, Text::same(""));
        spec.policy = self.option(Self::text);
        spec.purposes = self.list(Self::purpose);
        spec.recipients = self.list(Self::text);
        spec.located_recipients = self.list(|r| {
            let name = r.text();
            Recipient::new(name, r.str())
        });
        spec.audience = self.variant();
        spec.subjects = self.list(Self::str);
        spec.joint_controllers = self.list(|r| {
            let (name, contact) = (r.str(), r.str());
            JointController::new(name, contact, r.text())
        });
        spec.wording = self.list(|r| (r.str(), r.str()));
        spec.parental_consent = self.option(Self::text);
        spec.rights_contact = self.text();
        spec.controller = self.option(|r| {
            let (name, address, contact) = (r.str(), r.str(), r.str());
            let mut controller = Controller::new(name, address, contact);
            controller.country = r.option(Self::str);
            controller.authority = r.option(Self::str);
            controller
        });
        spec.dpo = self.option(Self::str);
        spec.representative = self.option(|r| {
            let name = r.str();
            Representative::new(name, r.str())
        });
        spec.transfers = self.list(|r| {
            let mut transfer = Transfer::new(r.text());
            transfer.safeguard = r.option(Self::text);
            transfer.copy = r.option(Self::str);
            transfer.adequacy = r.option(Self::text);
            transfer
        });
        spec.automated_decision = self.option(|r| {
            let (decision, logic) = (r.text(), r.text());
            AutomatedDecision::new(decision, logic, r.text())
        });
        spec.data_source = self.option(|r| {
            let (source, categories) = (r.str(), r.text());
            DataSource::new(source, categories, r.bool())
        });
        spec.data_requirement = self.option(|r| {
            let reason = r.text();
            DataRequirement::new(reason, r.text())
        });
        spec.withdrawal = self.option(Self::text);
        spec.retention = self.option(Self::text);
        spec.call_recording = self.option(Self::text);
        spec.prospecting = self.list(Self::prospecting);
        spec.fields = self.list(Self::field);
        spec.consent_fields = self.list(|r| {
            let (name, purpose, law) = (r.str(), r.str(), r.variant());
            let topic = match r.byte() {
                b'p' => Topic::Prospecting(r.prospecting()),
                _ => {
                    let text = r.text();
                    let label = r.option(Self::text);
                    Topic::Purpose { text, label, objection: r.bool() }
                }
            };
            let box_langs = if r.eat(b'=') { langs } else { r.list(Self::variant) };
            ConsentField::decoded(name, purpose, law, topic, box_langs)
        });
        spec.version_field = self.option(Self::str);
        spec
    }

    fn purpose(&mut self) -> Purpose<'static> {
        let mut purpose = Purpose::new(self.text());
        purpose.id = self.option(Self::str);
        purpose.basis = self.option(Self::variant);
        purpose.interest = self.option(Self::text);
        purpose.retention = self.option(Self::text);
        purpose.marketing = self.option(Self::variant);
        purpose.sale = self.bool();
        purpose.data_use = self.option(Self::str);
        purpose.law = self.option(Self::text);
        purpose
    }

    fn prospecting(&mut self) -> Prospecting<'static> {
        let mut prospecting = Prospecting::new(self.variant());
        prospecting.partners = self.option(Self::text);
        prospecting.caller = self.option(Self::str);
        prospecting.retention = self.option(Self::text);
        prospecting
    }

    fn field(&mut self) -> DataField<'static> {
        let mut field = DataField::new(self.str());
        field.label = self.option(Self::text);
        field.required = self.bool();
        field.kind = self.option(Self::variant);
        field.special = self.option(|r| {
            let category = r.variant();
            SpecialData::new(category, r.variant())
        });
        field.purposes = self.list(Self::str);
        field.category = self.option(Self::str);
        field.art9_law = self.option(Self::text);
        field.art9_secrecy = self.option(Self::text);
        field
    }
}
