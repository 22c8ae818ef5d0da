//! A pack's own images: screenshots and diagrams that lessons and instructions show with
//! Markdown's `![what it shows](images/file.png)`. Each is named by its content, so a site can
//! cache it forever and a changed picture gets a new address.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// An image larger than this is refused: learners open lessons on phones over slow connections.
pub const MAX_IMAGE_BYTES: usize = 512 * 1024;

/// The kinds of image a pack may carry, by extension. SVG is left out on purpose: a pack comes
/// from strangers, and an SVG opened on its own runs its scripts with the site's rights.
pub const IMAGE_EXTENSIONS: [&str; 5] = ["png", "jpg", "jpeg", "gif", "webp"];

/// One image of a pack: where it is in the pack, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Asset {
    /// The file's path in the pack, `/` between folders, for messages.
    pub path: String,
    /// Base64 in JSON, so a pack with pictures stays a compact document.
    #[serde(with = "base64_bytes")]
    pub bytes: Vec<u8>,
}

/// The extension of an image file the pack may carry, lowercased; `None` for any other file.
pub fn image_extension(name: &str) -> Option<String> {
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    IMAGE_EXTENSIONS.contains(&ext.as_str()).then_some(ext)
}

/// The MIME type of an image with extension `ext`.
pub fn media_type(ext: &str) -> &'static str {
    match ext {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    }
}

/// Whether `bytes` start the way files of extension `ext` do, so a renamed or damaged file is
/// caught by the author's check rather than shown as a broken picture.
pub fn looks_like(ext: &str, bytes: &[u8]) -> bool {
    match ext {
        "png" => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "jpg" | "jpeg" => bytes.starts_with(&[0xff, 0xd8, 0xff]),
        "gif" => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
        "webp" => bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
        _ => false,
    }
}

/// The address an image is shown from, relative to the app's page: `assets/` and the first 16
/// hex digits of the SHA-256 of its bytes.
pub fn url_for(bytes: &[u8], ext: &str) -> String {
    let digest = Sha256::digest(bytes);
    let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    format!("assets/{hex}.{ext}")
}

mod base64_bytes {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let text = String::deserialize(d)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_image_is_named_by_its_content() {
        let png = b"\x89PNG\r\n\x1a\nrest";
        let url = url_for(png, "png");
        assert!(url.starts_with("assets/") && url.ends_with(".png"), "{url}");
        assert_eq!(url.len(), "assets/".len() + 16 + ".png".len());
        assert_eq!(url, url_for(png, "png"));
        assert_ne!(url, url_for(b"\x89PNG\r\n\x1a\nother", "png"));
    }

    #[test]
    fn only_raster_images_with_matching_bytes_are_taken() {
        assert_eq!(image_extension("shots/Paused.PNG").as_deref(), Some("png"));
        assert_eq!(image_extension("diagram.svg"), None);
        assert_eq!(image_extension("notes.md"), None);
        assert!(looks_like("png", b"\x89PNG\r\n\x1a\n...."));
        assert!(!looks_like("png", b"<svg onload=alert(1)>"));
        assert!(looks_like("webp", b"RIFF\0\0\0\0WEBPVP8 "));
        assert!(looks_like("jpg", &[0xff, 0xd8, 0xff, 0xe0]));
    }

    #[test]
    fn bytes_travel_as_base64() {
        let asset = Asset {
            path: "errors/images/a.png".into(),
            bytes: vec![0, 1, 2, 250, 255],
        };
        let json = serde_json::to_string(&asset).unwrap();
        assert_eq!(json, r#"{"path":"errors/images/a.png","bytes":"AAEC+v8="}"#);
        assert_eq!(serde_json::from_str::<Asset>(&json).unwrap(), asset);
    }
}
