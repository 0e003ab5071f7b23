//! How [`Notice::html_with`](crate::Notice::html_with) places a notice in a page of its own design.

/// Where a notice sits in your page: the level of its heading, and whether it renders its boxes.
///
/// ```
/// use privacy_notice::HtmlOptions;
///
/// let options = HtmlOptions::new().heading_level(3).without_boxes();
/// assert_eq!(options.level(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct HtmlOptions {
    level: u8,
    boxes: bool,
}

impl HtmlOptions {
    /// The notice as [`Notice::html`](crate::Notice::html) renders it: an `<h2>` title, `<h3>` headings, the
    /// boxes as unticked inputs.
    pub const fn new() -> HtmlOptions {
        HtmlOptions { level: 2, boxes: true }
    }

    /// The title at `<h{level}>`, its headings one level below; `level` is kept between 1 and 5.
    pub const fn heading_level(mut self, level: u8) -> HtmlOptions {
        self.level = if level < 1 {
            1
        } else if level > 5 {
            5
        } else {
            level
        };
        self
    }

    /// Without the boxes, nor the hidden version input: the page places them itself, with
    /// [`Notice::field`](crate::Notice::field)`(id).html(..)` or [`Notice::boxes_html`](crate::Notice::boxes_html),
    /// and [`Notice::version_html`](crate::Notice::version_html). A choice that says nothing but its boxes is
    /// left out; a prospecting mention stays, without its box.
    pub const fn without_boxes(mut self) -> HtmlOptions {
        self.boxes = false;
        self
    }

    /// The title's heading level.
    pub const fn level(self) -> u8 {
        self.level
    }

    /// Whether the boxes are rendered.
    pub const fn boxes(self) -> bool {
        self.boxes
    }
}

impl Default for HtmlOptions {
    fn default() -> HtmlOptions {
        HtmlOptions::new()
    }
}
