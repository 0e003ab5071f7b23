//! HTML pages read back with html5ever, as a browser would.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// `html` parsed as a document; its parse errors are in `errors`.
pub fn parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}

/// Every `id` and every `href` below `node`, in document order.
pub fn ids_and_links(node: &Handle, ids: &mut Vec<String>, links: &mut Vec<String>) {
    if let NodeData::Element { attrs, .. } = &node.data {
        for attr in attrs.borrow().iter() {
            match &*attr.name.local {
                "id" => ids.push(attr.value.to_string()),
                "href" => links.push(attr.value.to_string()),
                _ => {}
            }
        }
    }
    for child in node.children.borrow().iter() {
        ids_and_links(child, ids, links);
    }
}
