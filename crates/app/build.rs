//! Embeds the default pack: it is loaded and validated at build time with the same loader as
//! `puente check`, so a broken pack fails the build with the list of its problems.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let pack_dir = std::env::var("PUENTE_PACK")
        .map(PathBuf::from)
        .unwrap_or_else(|_| manifest.join("../../packs/fundamentals"));
    println!("cargo:rerun-if-changed={}", pack_dir.display());
    println!("cargo:rerun-if-env-changed=PUENTE_PACK");
    let pack = match course::load_pack(&pack_dir) {
        Ok(pack) => pack,
        Err(e) => panic!(
            "the embedded pack at {} does not load:\n{e}",
            pack_dir.display()
        ),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("pack.json");
    std::fs::write(out, serde_json::to_string(&pack).unwrap()).unwrap();
}
