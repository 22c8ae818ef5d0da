//! Precompressed copies of the site's large files (`NAME.br`, `NAME.gz` next to `NAME`), so a
//! server can send them as they are instead of compressing on every request, or not at all.
//! `cargo xtask serve` and `puente serve` pick them by the browser's `Accept-Encoding`; the
//! hosting guide shows the nginx and Apache settings that do the same.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// Kinds of file worth compressing; images are compressed already.
const COMPRESSIBLE: [&str; 6] = ["wasm", "js", "css", "json", "html", "webmanifest"];

/// Smaller files gain too little to be worth a second copy.
const MIN_BYTES: usize = 1024;

/// Writes `.br` and `.gz` next to every compressible file of `files` (paths relative to `dist`).
pub fn precompress(dist: &Path, files: &[String]) -> anyhow::Result<()> {
    for file in files {
        let ext = file.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
        // The service worker's script is what browsers check for a new build: a copy of it
        // could be left stale by anyone who edits or replaces it, and it is small.
        if !COMPRESSIBLE.contains(&ext) || file == "sw.js" {
            continue;
        }
        let path = dist.join(file);
        let bytes = fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
        if bytes.len() < MIN_BYTES {
            continue;
        }
        fs::write(dist.join(format!("{file}.br")), brotli_bytes(&bytes)?)?;
        fs::write(dist.join(format!("{file}.gz")), gzip_bytes(&bytes)?)?;
    }
    Ok(())
}

fn brotli_bytes(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

fn gzip_bytes(bytes: &[u8]) -> anyhow::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

/// The encoding to send for a request whose `Accept-Encoding` is `accept`, among those a file
/// has copies in: brotli first, then gzip. Returns the `Content-Encoding` and the suffix.
pub fn pick(accept: &str, has: impl Fn(&str) -> bool) -> Option<(&'static str, &'static str)> {
    let accepts = |coding: &str| {
        accept.split(',').any(|part| {
            let mut bits = part.split(';');
            let name = bits.next().unwrap_or("").trim();
            let refused = bits.any(|b| {
                b.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    == Some(0.0)
            });
            name.eq_ignore_ascii_case(coding) && !refused
        })
    };
    [("br", ".br"), ("gzip", ".gz")]
        .into_iter()
        .find(|(coding, suffix)| accepts(coding) && has(suffix))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brotli_is_preferred_and_a_refused_or_missing_coding_is_skipped() {
        let both = |_: &str| true;
        assert_eq!(pick("gzip, deflate, br", both), Some(("br", ".br")));
        assert_eq!(pick("gzip, br;q=0", both), Some(("gzip", ".gz")));
        assert_eq!(pick("identity", both), None);
        assert_eq!(pick("br", |s: &str| s == ".gz"), None);
        assert_eq!(
            pick("br, gzip", |s: &str| s == ".gz"),
            Some(("gzip", ".gz"))
        );
    }

    #[test]
    fn the_copies_decompress_to_the_original() {
        let text = "puente ".repeat(1000);
        let br = brotli_bytes(text.as_bytes()).unwrap();
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        let gz = gzip_bytes(text.as_bytes()).unwrap();
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back)
            .unwrap();
        assert_eq!(back, text);
    }
}
