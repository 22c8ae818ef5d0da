//! The static file server behind `serve` and `preview`: files from memory, the content types
//! browsers insist on (a wasm module compiles only as application/wasm, a module script runs
//! only with a JavaScript type), and the page's Content-Security-Policy as a header.

use std::sync::Arc;

use anyhow::Context;
use tiny_http::{Header, Method, Request, Response, Server};

/// Prints a line for the person running a server. A server outlives whoever reads its output
/// (a closed terminal, a pipe), and must keep serving then, so failed writes are ignored.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, $($arg)*);
        let _ = out.flush();
    }};
}

/// [`say!`] without the line break.
macro_rules! say_raw {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let mut out = std::io::stdout().lock();
        let _ = write!(out, $($arg)*);
        let _ = out.flush();
    }};
}

pub(crate) use {say, say_raw};

pub fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json" | "webmanifest") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("gif") => "image/gif",
        Some("ico") => "image/x-icon",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The Content-Security-Policy of the page's `<meta http-equiv>` tag. Sent as a header too: a
/// worker's script gets no policy from the page's tag, only from its own response. The same
/// reading as `cargo xtask serve`, so both servers send what the page declares.
pub fn policy(index_html: &str) -> Option<String> {
    let tag = index_html.find("http-equiv=\"Content-Security-Policy\"")?;
    let rest = &index_html[tag..];
    let start = rest.find("content=\"")? + "content=\"".len();
    let end = rest[start..].find('"')?;
    Some(rest[start..start + end].to_string())
}

/// Listens on `host:port` (port 0 picks a free one) and returns the server and its port.
pub fn bind(host: &str, port: u16) -> anyhow::Result<(Arc<Server>, u16)> {
    let server = Server::http((host, port)).map_err(|e| {
        anyhow::anyhow!(
            "cannot listen on {host}:{port}: {e}; pick another port with --port, \
             or stop the program using this one"
        )
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .context("the server has an IP address")?
        .port();
    Ok((Arc::new(server), port))
}

/// The path a request asks for, without the query, relative to the site's root; `None` for a
/// path that tries to leave it.
pub fn site_path(request: &Request) -> Option<String> {
    let url = request.url().split(['?', '#']).next().unwrap_or("/");
    let rel = url.trim_start_matches('/');
    if rel.split('/').any(|part| part == ".." || part == ".") || rel.contains('\\') {
        return None;
    }
    Some(if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel.to_string()
    })
}

/// A response, before the headers every response gets.
pub struct Reply {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// Files that can change while the server runs must not be reused from the HTTP cache.
    pub no_store: bool,
    /// The body is a precompressed copy (`br` or `gzip`).
    pub encoding: Option<&'static str>,
}

impl Reply {
    pub fn file(path: &str, body: Vec<u8>) -> Reply {
        Reply {
            status: 200,
            content_type: content_type(path),
            body,
            no_store: false,
            encoding: None,
        }
    }

    pub fn text(status: u16, text: impl Into<String>) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: text.into().into_bytes(),
            no_store: true,
            encoding: None,
        }
    }

    pub fn not_found() -> Reply {
        Reply::text(404, "not found")
    }
}

/// Answers requests on `workers` threads with `answer`, forever. Only GET and HEAD are served:
/// the site is read-only and nothing a browser sends is kept.
pub fn run(
    server: Arc<Server>,
    workers: usize,
    csp: Option<String>,
    answer: impl Fn(&str) -> Reply + Send + Sync + 'static,
) {
    let answer = Arc::new(answer);
    let csp = csp.and_then(|p| Header::from_bytes("Content-Security-Policy", p).ok());
    let threads: Vec<_> = (0..workers.max(1))
        .map(|_| {
            let (server, answer, csp) = (server.clone(), answer.clone(), csp.clone());
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    let reply = match (request.method(), site_path(&request)) {
                        (Method::Get | Method::Head, Some(path)) => {
                            precompressed(&*answer, &path, &accept_encoding(&request))
                                .unwrap_or_else(|| answer(&path))
                        }
                        (Method::Get | Method::Head, None) => Reply::not_found(),
                        _ => Reply::text(405, "only GET and HEAD are served"),
                    };
                    let _ = request.respond(response(reply, csp.as_ref()));
                }
            })
        })
        .collect();
    for thread in threads {
        let _ = thread.join();
    }
}

fn accept_encoding(request: &Request) -> String {
    request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Accept-Encoding"))
        .map(|h| h.value.as_str().to_string())
        .unwrap_or_default()
}

/// The site's precompressed copy of `path` (`PATH.br`, else `PATH.gz`, which `cargo xtask dist`
/// writes) when the browser accepts that encoding.
fn precompressed(answer: &dyn Fn(&str) -> Reply, path: &str, accept: &str) -> Option<Reply> {
    let accepts = |coding: &str| {
        accept.split(',').any(|part| {
            let mut bits = part.split(';');
            let named = bits
                .next()
                .unwrap_or("")
                .trim()
                .eq_ignore_ascii_case(coding);
            named && !bits.any(|b| b.trim().replace(' ', "") == "q=0")
        })
    };
    [("br", ".br"), ("gzip", ".gz")]
        .into_iter()
        .filter(|(coding, _)| accepts(coding))
        .find_map(|(coding, suffix)| {
            let reply = answer(&format!("{path}{suffix}"));
            (reply.status == 200).then(|| Reply {
                content_type: content_type(path),
                encoding: Some(coding),
                ..reply
            })
        })
}

fn response(reply: Reply, csp: Option<&Header>) -> Response<std::io::Cursor<Vec<u8>>> {
    let header = |name: &str, value: &str| Header::from_bytes(name, value).expect("valid header");
    let cache = if reply.no_store {
        "no-store"
    } else {
        "no-cache"
    };
    let mut response = Response::from_data(reply.body)
        .with_status_code(reply.status)
        .with_header(header("Content-Type", reply.content_type))
        .with_header(header("Cache-Control", cache))
        .with_header(header("X-Content-Type-Options", "nosniff"))
        .with_header(header("Vary", "Accept-Encoding"));
    if let Some(coding) = reply.encoding {
        response.add_header(header("Content-Encoding", coding));
    }
    if let Some(csp) = csp {
        response.add_header(csp.clone());
    }
    response
}
