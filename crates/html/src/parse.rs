//! HTML text to nodes, with the parsing rules browsers follow (html5ever): implied end tags,
//! `<p>` closed by a block, a table's rows moved where they belong. The result is a flat list in
//! document order, so neither side needs recursion to walk it however deeply the markup nests.

use std::borrow::Cow;
use std::cell::RefCell;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{local_name, ns, parse_document, parse_fragment, Attribute, QualName};
use html5ever::{LocalName, Namespace};
use serde::Serialize;

/// One node of parsed HTML. `parent` indexes an earlier node, or is `None` at the top.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Parsed {
    pub parent: Option<usize>,
    #[serde(flatten)]
    pub node: Node,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Node {
    /// Tag names are lowercase; attributes keep their order.
    Element {
        tag: String,
        attrs: Vec<(String, String)>,
    },
    Text {
        text: String,
    },
    Comment {
        text: String,
    },
    /// `<!DOCTYPE html>`: only its name is kept.
    Doctype {
        name: String,
    },
}

/// A whole document: `<html>` with its `<head>` and `<body>`, created when the text leaves them
/// out, as a browser does.
pub fn parse_page(html: &str) -> Vec<Parsed> {
    let sink = Arena::default();
    let arena = parse_document(sink, Default::default()).one(StrTendril::from(html));
    arena.flatten(DOCUMENT)
}

/// Markup assigned to `innerHTML` of an element named `context` (like `ul` or `body`).
pub fn parse_fragment_in(html: &str, context: &str) -> Vec<Parsed> {
    let sink = Arena::default();
    let name = QualName::new(None, ns!(html), LocalName::from(context));
    let arena = parse_fragment(sink, Default::default(), name, Vec::new(), false)
        .one(StrTendril::from(html));
    // The fragment parser puts the nodes under an `<html>` element it makes for the context.
    let root = arena
        .children(DOCUMENT)
        .first()
        .copied()
        .unwrap_or(DOCUMENT);
    arena.flatten(root)
}

const DOCUMENT: usize = 0;

#[derive(Debug)]
enum Kind {
    Document,
    Element(QualName, Vec<(String, String)>),
    Text(String),
    Comment(String),
    Doctype(String),
    Other,
}

#[derive(Debug)]
struct ArenaNode {
    kind: Kind,
    parent: Option<usize>,
    children: Vec<usize>,
}

struct Arena {
    nodes: RefCell<Vec<ArenaNode>>,
}

impl Default for Arena {
    fn default() -> Self {
        Arena {
            nodes: RefCell::new(vec![ArenaNode {
                kind: Kind::Document,
                parent: None,
                children: Vec::new(),
            }]),
        }
    }
}

impl Arena {
    fn add(&self, kind: Kind) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(ArenaNode {
            kind,
            parent: None,
            children: Vec::new(),
        });
        nodes.len() - 1
    }

    fn children(&self, node: usize) -> Vec<usize> {
        self.nodes.borrow()[node].children.clone()
    }

    fn detach(&self, node: usize) {
        let mut nodes = self.nodes.borrow_mut();
        if let Some(parent) = nodes[node].parent.take() {
            nodes[parent].children.retain(|&c| c != node);
        }
    }

    /// Inserts `child` (a node or text) under `parent`, before `before` or at the end. Text next
    /// to text joins it, as the parser expects.
    fn insert(&self, parent: usize, child: NodeOrText<usize>, before: Option<usize>) {
        let id = match child {
            NodeOrText::AppendNode(id) => {
                self.detach(id);
                id
            }
            NodeOrText::AppendText(text) => {
                let mut nodes = self.nodes.borrow_mut();
                let siblings = &nodes[parent].children;
                let neighbour = match before {
                    Some(b) => siblings
                        .iter()
                        .position(|&c| c == b)
                        .and_then(|i| i.checked_sub(1))
                        .map(|i| siblings[i]),
                    None => siblings.last().copied(),
                };
                if let Some(n) = neighbour {
                    if let Kind::Text(existing) = &mut nodes[n].kind {
                        existing.push_str(&text);
                        return;
                    }
                }
                drop(nodes);
                self.add(Kind::Text(text.to_string()))
            }
        };
        let mut nodes = self.nodes.borrow_mut();
        nodes[id].parent = Some(parent);
        let siblings = &mut nodes[parent].children;
        match before.and_then(|b| siblings.iter().position(|&c| c == b)) {
            Some(i) => siblings.insert(i, id),
            None => siblings.push(id),
        }
    }

    /// Everything under `root`, in document order, without recursion.
    fn flatten(&self, root: usize) -> Vec<Parsed> {
        let nodes = self.nodes.borrow();
        let mut out = Vec::new();
        let mut stack: Vec<(usize, Option<usize>)> = nodes[root]
            .children
            .iter()
            .rev()
            .map(|&c| (c, None))
            .collect();
        while let Some((id, parent)) = stack.pop() {
            let node = match &nodes[id].kind {
                Kind::Element(name, attrs) => Node::Element {
                    tag: name.local.to_string(),
                    attrs: attrs.clone(),
                },
                Kind::Text(text) => Node::Text { text: text.clone() },
                Kind::Comment(text) => Node::Comment { text: text.clone() },
                Kind::Doctype(name) => Node::Doctype { name: name.clone() },
                Kind::Document | Kind::Other => continue,
            };
            let index = out.len();
            out.push(Parsed { parent, node });
            stack.extend(nodes[id].children.iter().rev().map(|&c| (c, Some(index))));
        }
        out
    }
}

/// An element's name, owned so it can be handed out from behind the arena's `RefCell`.
#[derive(Debug)]
struct Name(QualName);

impl html5ever::tree_builder::ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }
    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl TreeSink for Arena {
    type Handle = usize;
    type Output = Self;
    type ElemName<'a> = Name;

    fn finish(self) -> Self {
        self
    }

    // Browsers recover from every error the same way and so does the parser; a page exercise
    // is graded on the tree that results, as the learner's browser shows it.
    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        DOCUMENT
    }

    fn elem_name(&self, target: &usize) -> Name {
        match &self.nodes.borrow()[*target].kind {
            Kind::Element(name, _) => Name(name.clone()),
            _ => Name(QualName::new(None, ns!(html), local_name!(""))),
        }
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> usize {
        let attrs = attrs
            .into_iter()
            .map(|a| (a.name.local.to_string(), a.value.to_string()))
            .collect();
        self.add(Kind::Element(name, attrs))
    }

    fn create_comment(&self, text: StrTendril) -> usize {
        self.add(Kind::Comment(text.to_string()))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.add(Kind::Other)
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        self.insert(*parent, child, None);
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, name: StrTendril, _: StrTendril, _: StrTendril) {
        let id = self.add(Kind::Doctype(name.to_string()));
        self.insert(DOCUMENT, NodeOrText::AppendNode(id), None);
    }

    // A template's contents are kept as its children: pages in exercises do not clone them.
    fn get_template_contents(&self, target: &usize) -> usize {
        *target
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let parent = self.nodes.borrow()[*sibling].parent;
        if let Some(parent) = parent {
            self.insert(parent, new_node, Some(*sibling));
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        if let Kind::Element(_, existing) = &mut self.nodes.borrow_mut()[*target].kind {
            for a in attrs {
                let name = a.name.local.to_string();
                if !existing.iter().any(|(n, _)| *n == name) {
                    existing.push((name, a.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        self.detach(*target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let children = std::mem::take(&mut self.nodes.borrow_mut()[*node].children);
        let mut nodes = self.nodes.borrow_mut();
        for &c in &children {
            nodes[c].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(parsed: &[Parsed]) -> Vec<String> {
        parsed
            .iter()
            .map(|p| match &p.node {
                Node::Element { tag, .. } => tag.clone(),
                Node::Text { text } => format!("'{text}'"),
                Node::Comment { .. } => "#comment".into(),
                Node::Doctype { name } => format!("!{name}"),
            })
            .collect()
    }

    #[test]
    fn a_page_gets_html_head_and_body_and_implied_end_tags() {
        let parsed = parse_page("<title>Hi</title><ul><li>one<li>two</ul><p>a<div>b</div>");
        assert_eq!(
            tags(&parsed),
            [
                "html", "head", "title", "'Hi'", "body", "ul", "li", "'one'", "li", "'two'", "p",
                "'a'", "div", "'b'"
            ]
        );
        let with_doctype = parse_page("<!DOCTYPE html><title>Hi</title>");
        assert_eq!(tags(&with_doctype)[..2], ["!html", "html"]);
        assert_eq!(with_doctype[0].parent, None);
        // The second <li> is the list's child, not the first item's.
        assert_eq!(parsed[8].parent, Some(5));
        // <p> closes when a <div> starts.
        assert_eq!(parsed[12].parent, Some(4));
    }

    #[test]
    fn a_fragment_keeps_attributes_in_order_and_entities_decoded() {
        let parsed = parse_fragment_in(
            r#"<a href="/x?a=1&amp;b=2" class="btn main">Tom &amp; Jerry</a><!-- note -->"#,
            "div",
        );
        assert_eq!(
            parsed[0].node,
            Node::Element {
                tag: "a".into(),
                attrs: vec![
                    ("href".into(), "/x?a=1&b=2".into()),
                    ("class".into(), "btn main".into())
                ]
            }
        );
        assert_eq!(tags(&parsed), ["a", "'Tom & Jerry'", "#comment"]);
        assert_eq!(parsed[0].parent, None);
    }

    #[test]
    fn table_rows_land_in_a_tbody_and_deep_nesting_needs_no_recursion() {
        let parsed = parse_fragment_in("<table><tr><td>1</td></tr></table>", "div");
        assert_eq!(tags(&parsed), ["table", "tbody", "tr", "td", "'1'"]);
        let deep = "<div>".repeat(3_000);
        assert_eq!(parse_fragment_in(&deep, "body").len(), 3_000);
    }
}
