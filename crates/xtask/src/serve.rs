//! A small static file server for dist/, on loopback only.

use std::path::{Path, PathBuf};
use std::thread;

use anyhow::Context;
use tiny_http::{Header, Response, Server};

use crate::compress;

/// A server running on a background thread.
pub struct Running {
    pub port: u16,
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") | Some("webmanifest") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        _ => "application/octet-stream",
    }
}

/// The Content-Security-Policy of the site's `<meta http-equiv>` tag. Sent as a header too: a
/// worker's script gets no policy from the page's tag, only from its own response.
fn policy(index_html: &str) -> Option<String> {
    let tag = index_html.find("http-equiv=\"Content-Security-Policy\"")?;
    let rest = &index_html[tag..];
    let start = rest.find("content=\"")? + "content=\"".len();
    let end = rest[start..].find('"')?;
    Some(rest[start..start + end].to_string())
}

/// Serves the files under `root`; with `compressed`, a file's precompressed copy when the
/// browser accepts it.
fn handle(server: &Server, root: &Path, compressed: bool) {
    let csp = std::fs::read_to_string(root.join("index.html"))
        .ok()
        .and_then(|html| policy(&html))
        .and_then(|p| Header::from_bytes("Content-Security-Policy", p).ok());
    for request in server.incoming_requests() {
        let url = request
            .url()
            .split(['?', '#'])
            .next()
            .unwrap_or("/")
            .to_string();
        let relative = url.trim_start_matches('/');
        let path: PathBuf = if relative.is_empty() {
            root.join("index.html")
        } else {
            root.join(relative)
        };
        let safe = !relative.split('/').any(|part| part == "..");
        let accept = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("Accept-Encoding"))
            .map(|h| h.value.as_str().to_string())
            .filter(|_| compressed)
            .unwrap_or_default();
        let with_suffix = |suffix: &str| {
            let mut name = path.clone().into_os_string();
            name.push(suffix);
            PathBuf::from(name)
        };
        let encoding = compress::pick(&accept, |suffix| with_suffix(suffix).is_file());
        let file = encoding.map_or(path.clone(), |(_, suffix)| with_suffix(suffix));
        let mut response = match std::fs::read(&file) {
            Ok(bytes) if safe => Response::from_data(bytes)
                .with_header(
                    Header::from_bytes("Content-Type", content_type(&path)).expect("valid header"),
                )
                .with_header(Header::from_bytes("Cache-Control", "no-cache").expect("valid header"))
                .with_header(Header::from_bytes("Vary", "Accept-Encoding").expect("valid header")),
            _ => Response::from_string("not found").with_status_code(404),
        };
        if let Some((coding, _)) = encoding {
            response
                .add_header(Header::from_bytes("Content-Encoding", coding).expect("valid header"));
        }
        // Another page of the site (the preview frame) carries its own policy.
        let own = (relative.ends_with(".html") && safe)
            .then(|| std::fs::read_to_string(&path).ok())
            .flatten()
            .and_then(|html| policy(&html))
            .and_then(|p| Header::from_bytes("Content-Security-Policy", p).ok());
        if let Some(csp) = own.as_ref().or(csp.as_ref()) {
            response.add_header(csp.clone());
        }
        let _ = request.respond(response);
    }
}

fn bind(port: u16) -> anyhow::Result<Server> {
    Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow::anyhow!("cannot listen on 127.0.0.1:{port}: {e}"))
}

/// Serves `root` on a background thread; port 0 picks a free port. Without `compressed`, every
/// file goes out as it is, like a plain static server's.
pub fn spawn(root: &Path, port: u16, compressed: bool) -> anyhow::Result<Running> {
    let server = bind(port)?;
    let port = server
        .server_addr()
        .to_ip()
        .context("server has an IP address")?
        .port();
    let root = root.to_path_buf();
    thread::spawn(move || handle(&server, &root, compressed));
    Ok(Running { port })
}

/// Serves `root` until interrupted.
pub fn serve_forever(root: &Path, port: u16) -> anyhow::Result<()> {
    let server = bind(port)?;
    println!("Puente is running at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
    handle(&server, root, true);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_the_policy_of_the_page() {
        let html = std::fs::read_to_string(crate::tools::root().join("www/index.html")).unwrap();
        let csp = policy(&html).expect("www/index.html has a Content-Security-Policy");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval';"),
            "{csp}"
        );
        assert!(!csp.contains("unsafe-inline"), "{csp}");
        assert!(Header::from_bytes("Content-Security-Policy", csp).is_ok());
    }
}
