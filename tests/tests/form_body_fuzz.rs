//! A form body, however hostile, is an error or a form: never a panic, and never unbounded memory.
//! The allocator of this test binary counts the bytes each thread allocates, so memory is measured, not guessed,
//! and tests running in parallel do not count each other's allocations.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use privacy_notice::PrivacyNotice;
use privacy_notice_examples::forms::ShopOrder;
use proptest::prelude::*;

struct Counting;

thread_local! {
    // Const-initialized and without destructor: reading them never allocates, so the allocator may use them.
    static CURRENT: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let size = isize::try_from(layout.size()).unwrap_or(isize::MAX);
        CURRENT.with(|current| {
            current.set(current.get().saturating_add(size));
            PEAK.with(|peak| peak.set(peak.get().max(current.get())));
        });
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let size = isize::try_from(layout.size()).unwrap_or(isize::MAX);
        CURRENT.with(|current| current.set(current.get().saturating_sub(size)));
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Parses `body` both ways and returns the peak of memory this thread allocated while doing so, above what it
/// had in use.
fn peak_while_parsing(body: &[u8]) -> usize {
    let base = CURRENT.with(Cell::get);
    PEAK.with(|peak| peak.set(base));
    if let Ok(form) = serde_urlencoded::from_bytes::<ShopOrder>(body) {
        let _ = form.consents().iter().count();
    }
    if let Ok(form) = serde_json::from_slice::<ShopOrder>(body) {
        let _ = form.consents().iter().count();
    }
    usize::try_from(PEAK.with(Cell::get).saturating_sub(base)).unwrap_or(0)
}

/// Bodies that look like forms, JSON, or nothing at all.
fn body() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2048),
        "(email|address|phone|no_partner_use|partner_offers|no_similar_offers|%[0-9A-F]{2}|[=&+;%]|on|off|true|\\u{0}){0,40}"
            .prop_map(String::into_bytes),
        "[{}\\[\\]\":,a-z0-9 \\\\]{0,200}".prop_map(String::into_bytes),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bodies_never_panic_and_stay_small(body in body()) {
        let peak = peak_while_parsing(&body);
        prop_assert!(peak <= 64 * 1024 + 8 * body.len(), "{peak} bytes for a {}-byte body", body.len());
    }
}

#[test]
fn a_two_megabyte_body_is_refused_in_linear_memory() {
    let mut body = b"email=a%40b.fr&address=x&no_partner_use=".to_vec();
    body.extend(std::iter::repeat_n(b'a', 2 * 1024 * 1024));
    let error = serde_urlencoded::from_bytes::<ShopOrder>(&body).err().expect("a 2 MB checkbox value is refused");
    assert!(error.to_string().contains("checkbox value"), "{error}");
    let peak = peak_while_parsing(&body);
    assert!(peak <= 8 * body.len(), "{peak} bytes to refuse a {}-byte body", body.len());
    // The error message quotes the value, so the measure must at least see that copy: the counter counts.
    assert!(peak >= body.len() / 2, "only {peak} bytes measured: the allocator is not counting");
}

/// serde_urlencoded replaces invalid UTF-8 with U+FFFD instead of failing, so a text would be stored altered:
/// the shop checks bodies first (`shop::check_body`), and refuses them.
#[test]
fn invalid_utf8_is_decoded_lossily_so_the_shop_checks_first() {
    let mut body = b"email=\xff\xfe&address=x&".to_vec();
    body.extend(privacy_notice_examples::shop::version_param().bytes());
    let lossy = serde_urlencoded::from_bytes::<ShopOrder>(&body).unwrap();
    assert_eq!(lossy.email, "\u{fffd}\u{fffd}");
    assert_eq!(privacy_notice_examples::shop::check_body(b"email=\xff\xfe&address=x").unwrap_err().status, 400);
    assert_eq!(privacy_notice_examples::shop::check_body(b"email=%FF&address=x").unwrap_err().status, 400);
}

#[test]
fn duplicate_boxes_are_errors() {
    let duplicate =
        serde_urlencoded::from_bytes::<ShopOrder>(b"email=a&address=x&partner_offers=on&partner_offers=off");
    assert!(duplicate.is_err(), "two values for one box are refused, not silently resolved");
}
