// Run from the repo root: `node tests/screenshots/debugger.mjs [path/to/chromium]` (playwright-core from `npm install` or NODE_PATH, Chromium at /usr/bin/chromium by default, pngquant); writes packs/fundamentals/errors/images/debugger-*.png
//
// Takes the screenshots for packs/fundamentals/errors/stack-traces-and-the-debugger.md.
// Chromium A runs headless with the lesson's index.html + order.js and a remote-debugging port;
// Chromium B (driven by Playwright) opens the DevTools front end that A serves, sets the
// breakpoints the lesson describes, and takes the pictures.
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { mkdtempSync, rmSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const CHROMIUM = process.argv[2] ?? "/usr/bin/chromium";
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = join(ROOT, "packs/fundamentals/errors/images");
const DEBUG_PORT = 9333;

// The lesson's program, unchanged (line 13 is the line inside the loop).
const ORDER_JS = `const prices = { "tamal verde": 28, "tamal de rajas": 28, champurrado: 32 };

function priceOf(item) {
  if (!Object.hasOwn(prices, item)) {
    throw new Error(\`Unknown item: "\${item}"\`);
  }
  return prices[item];
}

function orderTotal(lines) {
  let total = 0;
  for (const line of lines) {
    total += priceOf(line.item) * line.quantity;
  }
  return total;
}

const order = [
  { item: "tamal verde", quantity: 4 },
  { item: "champurado", quantity: 2 },
];
console.log(\`Total: $\${orderTotal(order)} MXN\`);
`;

const INDEX_HTML = `<!DOCTYPE html>
<html lang="es-MX">
  <head>
    <meta charset="utf-8">
    <title>Tamalería</title>
  </head>
  <body>
    <h1>Tamalería</h1>
    <script src="order.js"></script>
  </body>
</html>
`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// A tiny static server for the two files.
const server = createServer((req, res) => {
  const files = {
    "/": ["text/html; charset=utf-8", INDEX_HTML],
    "/index.html": ["text/html; charset=utf-8", INDEX_HTML],
    "/order.js": ["text/javascript; charset=utf-8", ORDER_JS],
  };
  const file = files[req.url];
  if (!file) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
});
// Port 8000 when free, so the address in the file list is the same from run to run.
await new Promise((resolve) => {
  server.once("error", () => server.listen(0, "127.0.0.1", resolve));
  server.listen(8000, "127.0.0.1", resolve);
});
const pageUrl = `http://127.0.0.1:${server.address().port}/index.html`;

// Chromium A: the browser being debugged.
const profileA = mkdtempSync(join(tmpdir(), "puente-shots-a-"));
const chromeA = spawn(CHROMIUM, [
  "--headless=new", `--remote-debugging-port=${DEBUG_PORT}`, "--remote-debugging-address=127.0.0.1",
  `--user-data-dir=${profileA}`, "--no-first-run", "--no-default-browser-check", "--no-sandbox",
  "--window-size=800,600", pageUrl,
], { stdio: "ignore" });

let target;
for (let i = 0; i < 50 && !target; i++) {
  await sleep(200);
  try {
    const list = await (await fetch(`http://127.0.0.1:${DEBUG_PORT}/json`)).json();
    target = list.find((t) => t.type === "page" && t.url === pageUrl);
  } catch { /* not up yet */ }
}
if (!target) throw new Error("Chromium A did not start");

// Chromium B: shows the DevTools front end for A's page. Light theme; drawn at 2x, scaled down later.
const NAVIGATOR = 190, SIDEBAR = 360, WIDTH = 1040;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
const context = await browser.newContext({
  viewport: { width: WIDTH, height: 620 }, deviceScaleFactor: 2, colorScheme: "light",
});
await context.addInitScript(({ NAVIGATOR, SIDEBAR }) => {
  if (localStorage.getItem("puente-shots")) return;
  localStorage.setItem("puente-shots", "1");
  localStorage.setItem("sources-panel-navigator-split-view-state", JSON.stringify({ vertical: { size: NAVIGATOR, showMode: "Both" } }));
  localStorage.setItem("sources-panel-split-view-state", JSON.stringify({ vertical: { size: SIDEBAR, showMode: "Both" }, horizontal: { size: 0, showMode: "Both" } }));
}, { NAVIGATOR, SIDEBAR });
const dt = await context.newPage();
await dt.goto(`http://127.0.0.1:${DEBUG_PORT}/devtools/inspector.html?ws=127.0.0.1:${DEBUG_PORT}/devtools/page/${target.id}`);
await dt.getByRole("button", { name: "Toggle screencast" }).click({ timeout: 15000 });
await dt.getByRole("tab", { name: "Sources" }).click();
await dt.getByRole("treeitem", { name: /^order\.js/ }).click();
await sleep(1000);

const gutterLine = (n) => dt.locator(".cm-lineNumbers .cm-gutterElement").filter({ hasText: new RegExp(`^${n}$`) });
const blur = () => dt.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  el?.blur();
});
const raw = mkdtempSync(join(tmpdir(), "puente-shots-raw-"));
const shot = async (name, clip) => {
  await dt.mouse.move(5, 600); // no hover effects
  await sleep(400);
  const path = join(raw, `${name}.png`);
  await dt.screenshot({ path, clip });
  return path;
};
const editorLeft = NAVIGATOR, sidebarLeft = WIDTH - SIDEBAR;
const lineTop = async (n) => (await gutterLine(n).boundingBox()).y;

// 1. The Sources panel with order.js open and a breakpoint on line 13.
await gutterLine(13).click();
await blur();
await sleep(800);
const bottom1 = (await lineTop(23)) + 30;
const raw1 = await shot("1", { x: 0, y: 0, width: WIDTH, height: bottom1 });

// 2. Reload page A: it pauses on line 13 (first turn); Resume once (second turn, the bad line).
await dt.keyboard.press("F5");
await dt.getByText("Paused on breakpoint").waitFor();
await dt.keyboard.press("F8");
await sleep(1500);
await dt.getByRole("treeitem", { name: "Script" }).click();
await blur();
await sleep(500);
const stackBox = await dt.getByRole("option", { name: /^\(anonymous\)/ }).boundingBox();
const tabsTop = (await dt.getByRole("button", { name: "Hide navigator" }).boundingBox()).y - 4;
const raw2 = await shot("2", { x: editorLeft, y: tabsTop, width: WIDTH - editorLeft, height: stackBox.y + stackBox.height + 1 - tabsTop });

// 3. The stepping buttons and the "Paused on breakpoint" message.
const banner = await dt.getByText("Paused on breakpoint").boundingBox();
const clip3 = { x: sidebarLeft, y: tabsTop, width: 300, height: banner.y + banner.height + 8 - tabsTop };
const raw3 = await shot("3", clip3);
const buttons3 = [];
for (const [label, name] of [
  ["Resume", /^Resume script execution/], ["Step over", /^Step over next function call/],
  ["Step into", /^Step into next function call/], ["Step out", /^Step out of current function/],
  ["Step", /^Step - F9/], ["Deactivate breakpoints", /^Deactivate breakpoints/],
]) {
  const b = await dt.getByRole("button", { name }).boundingBox();
  buttons3.push({ label, x: Math.round((b.x + b.width / 2 - clip3.x) * 2), top: (b.y + 4 - clip3.y) * 2 });
}
buttons3.at(-1).start = true; // "Deactivate breakpoints" is long: start it at its button

// 4. Resume (the program throws and stops), remove the breakpoint and add a conditional one.
await dt.keyboard.press("F8");
await sleep(1000);
await gutterLine(13).click();
await sleep(500);
await gutterLine(13).click({ button: "right" });
await dt.getByText(/^Add conditional breakpoint/).click();
await sleep(800);
await dt.keyboard.type("!Object.hasOwn(prices, line.item)");
await sleep(800);
const top4 = await lineTop(9), bottom4 = (await lineTop(17)) - 1;
const raw4 = await shot("4", { x: editorLeft, y: top4, width: sidebarLeft - editorLeft, height: bottom4 - top4 });

// Scale each picture to its published width in a plain page, label the toolbar, then compress.
async function publish(rawPath, name, width, labels = []) {
  const page = await browser.newPage({ viewport: { width: width + 40, height: 200 }, deviceScaleFactor: 1 });
  const src = `data:image/png;base64,${readFileSync(rawPath).toString("base64")}`;
  const ROW = 30, labelTop = labels.length ? 3 * ROW + 12 : 0;
  await page.setContent(`<!DOCTYPE html><style>
    body { margin: 0; background: #fff; font: 17px "DejaVu Sans", sans-serif; color: #1f1f1f; }
    #f { display: inline-block; position: relative; padding-top: ${labelTop}px; background: #fff; }
    img { display: block; width: ${width}px; }
    .line { position: absolute; width: 0; border-left: 1.5px solid #5f6368; }
    .label { position: absolute; white-space: nowrap; line-height: 22px; }
  </style><div id="f"><img src="${src}"></div>`);
  await page.waitForFunction(() => document.querySelector("img").complete);
  // Labels in three rows (row = index % 3), each centered over its button, kept inside the picture.
  await page.evaluate(({ labels, width, labelTop, ROW }) => {
    const f = document.getElementById("f");
    labels.forEach(({ label, x, top, start }, i) => {
      const row = 6 + (i % 3) * ROW;
      const span = Object.assign(document.createElement("div"), { className: "label", textContent: label });
      f.append(span);
      const w = span.offsetWidth;
      const left = start ? x - 8 : Math.max(4, Math.min(x - w / 2, width - w - 4));
      Object.assign(span.style, { left: `${left}px`, top: `${row}px` });
      const line = Object.assign(document.createElement("div"), { className: "line" });
      Object.assign(line.style, { left: `${x}px`, top: `${row + 23}px`, height: `${labelTop + top - row - 23}px` });
      f.append(line);
    });
  }, { labels, width, labelTop, ROW });
  const out = join(OUT, name);
  await page.locator("#f").screenshot({ path: out });
  await page.close();
  try {
    execFileSync("pngquant", ["--force", "--skip-if-larger", "--quality=70-95", "--strip", "--output", out, out]);
  } catch (e) {
    if (e.code === "ENOENT") console.warn("pngquant not found; leaving", name, "uncompressed");
    else if (e.status !== 98 && e.status !== 99) throw e; // 98/99: already small enough
  }
  console.log(name);
}
await publish(raw1, "debugger-breakpoint-set.png", 1100);
await publish(raw2, "debugger-paused.png", 1100);
await publish(raw3, "debugger-step-buttons.png", clip3.width * 2, buttons3);
await publish(raw4, "debugger-conditional-breakpoint.png", 900);
rmSync(raw, { recursive: true, force: true });

await browser.close();
chromeA.kill();
server.close();
await sleep(500);
rmSync(profileA, { recursive: true, force: true });
