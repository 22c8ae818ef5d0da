//! The embedded default pack, compiled to JSON by build.rs.

use std::rc::Rc;

use course::Pack;

const PACK_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/pack.json"));

/// Decodes the embedded pack. It was validated at build time, so decoding cannot fail.
pub fn embedded() -> Rc<Pack> {
    Rc::new(serde_json::from_str(PACK_JSON).expect("the embedded pack was validated at build time"))
}
