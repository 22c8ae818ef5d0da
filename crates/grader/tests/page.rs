//! Page exercises: the document model, events, forms, `fetch`, URLs and the Testing Library
//! helpers, graded the same way in the CLI and the browser's worker.

use grader::page::{Page, Route};
use grader::{grade, GradeReport, GradeRequest, Limits, TestStatus, Verdict};

const HTML: &str = r#"<!doctype html>
<html lang="en"><head><title>Shopping list</title></head>
<body>
  <h1>Shopping list</h1>
  <form id="add-form">
    <label for="item">Item</label>
    <input id="item" name="item" required>
    <label><input type="checkbox" name="urgent"> Urgent</label>
    <select name="store"><option value="oxxo">OXXO</option><option value="walmart" selected>Walmart</option></select>
    <button>Add</button>
  </form>
  <p id="message" hidden></p>
  <ul id="list" class="items"></ul>
</body></html>"#;

fn page(html: &str, routes: Vec<Route>) -> Option<Page> {
    Some(Page {
        html: html.into(),
        url: "https://lista.example/app/index.html?user=ana".into(),
        routes,
        ..Page::default()
    })
}

fn run(html: &str, script: &str, tests: &str, routes: Vec<Route>) -> GradeReport {
    grade(&GradeRequest {
        page: page(html, routes),
        solution: script.into(),
        tests: tests.into(),
        limits: Limits::default(),
        solution_name: None,
        files: Default::default(),
    })
}

fn assert_passes(report: &GradeReport) {
    assert_eq!(report.verdict, Verdict::Passed, "{report:#?}");
}

fn failures(report: &GradeReport) -> Vec<String> {
    report
        .tests
        .iter()
        .filter(|t| t.status == TestStatus::Failed)
        .map(|t| {
            let f = t.failure.as_ref().unwrap();
            format!("{}: {}", t.name, f.message)
        })
        .collect()
}

const LIST_SCRIPT: &str = r#"
const form = document.querySelector('#add-form');
const list = document.getElementById('list');
const message = document.querySelector('#message');
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const li = document.createElement('li');
  li.textContent = data.get('item');
  li.dataset.store = data.get('store');
  if (data.get('urgent')) li.classList.add('urgent');
  list.append(li);
  message.hidden = false;
  message.textContent = `${list.children.length} item(s)`;
  form.reset();
});
"#;

#[test]
fn a_form_adds_items_through_events_formdata_and_the_testing_library() {
    let tests = r#"
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';

test('the page starts empty', () => {
  expect(document.title).toBe('Shopping list');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Shopping list');
  expect(screen.getByRole('list')).toBeEmptyDOMElement();
  expect(screen.getByText('', { selector: '#message' })).not.toBeVisible();
});

test('typing and submitting adds an item', async () => {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Item'), 'Tortillas');
  await user.click(screen.getByLabelText('Urgent'));
  await user.selectOptions(screen.getByRole('combobox'), 'OXXO');
  await user.click(screen.getByRole('button', { name: 'Add' }));
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items).toHaveLength(1);
  expect(items[0]).toHaveTextContent('Tortillas');
  expect(items[0]).toHaveClass('urgent');
  expect(items[0].dataset.store).toBe('oxxo');
  expect(screen.getByText('1 item(s)')).toBeVisible();
  expect(screen.getByLabelText('Item')).toHaveValue('');
  expect(screen.getByLabelText('Urgent')).not.toBeChecked();
});

test('an empty item is not submitted: the browser asks for it', async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Add' }));
  expect(screen.getAllByRole('listitem')).toHaveLength(1);
  expect(screen.getByLabelText('Item')).toHaveFocus();
  expect(screen.getByLabelText('Item').validationMessage).toBe('Please fill out this field.');
});

test('Enter in the field submits the form', async () => {
  await userEvent.type(screen.getByLabelText('Item'), 'Frijoles{Enter}');
  expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Tortillas', 'Frijoles']);
});
"#;
    let report = run(HTML, LIST_SCRIPT, tests, vec![]);
    assert_passes(&report);
}

#[test]
fn a_submit_without_prevent_default_fails_the_test_that_caused_it() {
    let script = "document.querySelector('form').addEventListener('submit', () => {});";
    let tests = r#"
import { screen, fireEvent } from '@testing-library/dom';
test('submitting keeps the page', () => {
  fireEvent.input(screen.getByLabelText('Item'), { target: { value: 'Leche' } });
  screen.getByRole('button', { name: 'Add' }).click();
});
test('the next test is unaffected', () => { expect(1).toBe(1); });
"#;
    let report = run(HTML, script, tests, vec![]);
    assert_eq!(report.verdict, Verdict::Failed);
    let failed = failures(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    assert!(failed[0].contains("preventDefault"), "{failed:?}");
}

#[test]
fn selectors_traversal_and_html_round_trip() {
    let html = r#"<ul id="menu"><li class="dish veg" data-price="85">Enfrijoladas</li><li class="dish">Tacos <b>al pastor</b></li><li class="dish veg" hidden>Quesadilla</li></ul>
<input type="radio" name="size" value="s" checked><input type="radio" name="size" value="l">"#;
    let tests = r#"
test('selectors', () => {
  expect(document.querySelectorAll('li.dish').length).toBe(3);
  expect(document.querySelectorAll('#menu > .veg').length).toBe(2);
  expect(document.querySelector('li:nth-child(2) b').textContent).toBe('al pastor');
  expect(document.querySelector('[data-price="85"]').textContent).toBe('Enfrijoladas');
  expect(document.querySelector('li:not(.veg)').textContent).toBe('Tacos al pastor');
  expect(document.querySelector('li + li').textContent).toBe('Tacos al pastor');
  expect(document.querySelector('input:checked').value).toBe('s');
  expect(document.querySelector('li:last-child').hidden).toBe(true);
  expect(() => document.querySelector('li:hover')).toThrow(/not a valid selector/);
  expect(() => document.querySelector('li[')).toThrow(/not a valid selector/);
});
test('radios uncheck each other', () => {
  document.querySelectorAll('input')[1].click();
  expect(document.querySelector('input:checked').value).toBe('l');
});
test('innerHTML is parsed, never run, and serialized back', () => {
  const menu = document.getElementById('menu');
  menu.innerHTML = '<li onclick="boom()">Pozole<script>globalThis.ran = true</script></li><li>Mole &amp; arroz</li>';
  expect(globalThis.ran).toBeUndefined();
  expect(menu.children.length).toBe(2);
  expect(menu.lastElementChild.textContent).toBe('Mole & arroz');
  expect(menu.innerHTML).toBe('<li onclick="boom()">Pozole<script>globalThis.ran = true</script></li><li>Mole &amp; arroz</li>');
  menu.firstElementChild.remove();
  expect(menu.outerHTML).toBe('<ul id="menu"><li>Mole &amp; arroz</li></ul>');
});
test('style, classList and attributes', () => {
  const li = document.createElement('li');
  li.style.backgroundColor = 'yellow';
  li.style.fontSize = '2rem';
  li.classList.toggle('done');
  li.setAttribute('aria-label', 'Pozole');
  expect(li.getAttribute('style')).toBe('background-color: yellow; font-size: 2rem;');
  expect(li.className).toBe('done');
  expect(li.outerHTML).toBe('<li style="background-color: yellow; font-size: 2rem;" class="done" aria-label="Pozole"></li>');
  expect(li).toMatchObject({ tagName: 'LI' });
});
test('a failing check prints the element as HTML', () => {
  expect(document.querySelector('li')).toBe(null);
});
"#;
    let report = run(html, "", tests, vec![]);
    let failed = failures(&report);
    assert_eq!(failed.len(), 1, "{failed:?}");
    let last = report.tests.last().unwrap().failure.as_ref().unwrap();
    assert_eq!(last.received.as_deref(), Some("<li>Mole &amp; arroz</li>"));
}

#[test]
fn lists_are_browser_lists_and_print_as_the_console_shows_them() {
    let html = r#"<ul id="l" class="a b"><li data-user-id="7">uno</li></ul><img src="img/logo.png"><form></form>"#;
    let tests = r#"
test('NodeList and HTMLCollection', () => {
  const found = document.querySelectorAll('li');
  expect(found instanceof NodeList).toBe(true);
  expect(Array.isArray(found)).toBe(false);
  expect(found.map).toBeUndefined();
  expect(typeof found.forEach).toBe('function');
  expect([...found].map((li) => li.textContent)).toEqual(['uno']);
  const ul = document.getElementById('l');
  const kids = ul.children;
  ul.append(document.createElement('li'));
  expect(kids.length).toBe(2);
  expect(kids[1].tagName).toBe('LI');
  expect(kids.forEach).toBeUndefined();
  expect(found.length).toBe(1);
});
test('addresses are absolute and objects print like a browser', () => {
  expect(document.querySelector('img').src).toBe('https://lista.example/app/img/logo.png');
  expect(document.querySelector('form').action).toBe('https://lista.example/app/index.html?user=ana');
  const li = document.querySelector('li');
  expect(String(li)).toBe('[object HTMLLIElement]');
  console.log(document.getElementById('l').classList, li.dataset, document.querySelectorAll('li'));
});
"#;
    let report = run(html, "", tests, vec![]);
    assert_passes(&report);
    assert_eq!(
        report.tests[1].console[0].text,
        r#"DOMTokenList(2) ["a", "b"] DOMStringMap {userId: "7"} NodeList(2) [<li data-user-id="7">uno</li>, <li></li>]"#
    );
}

#[test]
fn events_capture_bubble_stop_and_delegate() {
    let html =
        r#"<div id="outer"><ul id="list"><li><button data-id="7">Borrar</button></li></ul></div>"#;
    let script = r#"
export const log = [];
const outer = document.getElementById('outer');
outer.addEventListener('click', (e) => log.push('capture ' + e.target.tagName), true);
document.getElementById('list').addEventListener('click', (e) => {
  const button = e.target.closest('button');
  if (button) log.push('delete ' + button.dataset.id);
});
outer.addEventListener('click', () => log.push('outer bubble'));
document.addEventListener('DOMContentLoaded', () => log.push('ready'));
window.addEventListener('load', () => log.push('load'));
"#;
    let tests = r#"
import { log } from './solution';
test('order of listeners', () => {
  expect(log).toEqual(['ready', 'load']);
  document.querySelector('button').click();
  expect(log.slice(2)).toEqual(['capture BUTTON', 'delete 7', 'outer bubble']);
});
test('stopPropagation and once', () => {
  log.length = 0;
  const li = document.querySelector('li');
  li.addEventListener('click', (e) => e.stopPropagation(), { once: true });
  document.querySelector('button').click();
  document.querySelector('button').click();
  expect(log).toEqual(['capture BUTTON', 'capture BUTTON', 'delete 7', 'outer bubble']);
});
test('custom events carry detail', () => {
  let got;
  document.addEventListener('cart:add', (e) => { got = e.detail; });
  document.querySelector('li').dispatchEvent(new CustomEvent('cart:add', { bubbles: true, detail: { id: 7 } }));
  expect(got).toEqual({ id: 7 });
});
test('an error in a listener is reported and the others still run', () => {
  let ran = false;
  const b = document.querySelector('button');
  b.addEventListener('click', () => { throw new TypeError('oops'); });
  b.addEventListener('click', () => { ran = true; });
  b.click();
  expect(ran).toBe(true);
});
"#;
    let report = run(html, script, tests, vec![]);
    assert_passes(&report);
    let last = report.tests.last().unwrap();
    assert!(
        last.console.iter().any(|l| l.text.contains("oops")),
        "{last:#?}"
    );
}

fn route(url: &str, status: u16, json: &str, delay_ms: u32) -> Route {
    Route {
        method: "GET".into(),
        url: url.into(),
        status,
        json: Some(json.into()),
        body: String::new(),
        delay_ms,
        network_error: false,
        once: false,
    }
}

#[test]
fn fetch_answers_from_routes_on_the_grading_clock() {
    let html = r#"<button id="load">Load</button><p id="status"></p><ul id="people"></ul>"#;
    let script = r#"
const status = document.querySelector('#status');
document.querySelector('#load').addEventListener('click', async () => {
  status.textContent = 'Loading…';
  try {
    const response = await fetch('/api/people?team=' + new URLSearchParams(location.search).get('user'));
    if (!response.ok) throw new Error('HTTP ' + response.status);
    const people = await response.json();
    document.querySelector('#people').replaceChildren(...people.map((p) => {
      const li = document.createElement('li');
      li.textContent = p.name;
      return li;
    }));
    status.textContent = '';
  } catch (error) {
    status.textContent = 'Could not load: ' + error.message;
  }
});
"#;
    let tests = r#"
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { requests } from 'puente/page';
test('loading, then the list', async () => {
  await userEvent.click(screen.getByRole('button', { name: 'Load' }));
  expect(screen.getByText('Loading…')).toBeInTheDocument();
  const items = await screen.findAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual(['Ana', 'Beto']);
  expect(document.querySelector('#status')).toHaveTextContent('');
  expect(requests()).toEqual([expect.objectContaining({ method: 'GET', url: 'https://lista.example/api/people?team=ana' })]);
});
test('URL and URLSearchParams', () => {
  const url = new URL('../img/logo.png?v=2#top', location.href);
  expect(url.href).toBe('https://lista.example/img/logo.png?v=2#top');
  const params = new URLSearchParams({ q: 'café con leche', page: 2 });
  expect(params.toString()).toBe('q=caf%C3%A9+con+leche&page=2');
  expect(location.pathname).toBe('/app/index.html');
});
"#;
    let routes = vec![route(
        "/api/people?team=ana",
        200,
        r#"[{"name":"Ana"},{"name":"Beto"}]"#,
        300,
    )];
    let report = run(html, script, tests, routes);
    assert_passes(&report);

    let down = Route {
        network_error: true,
        ..route("/api/people", 200, "[]", 0)
    };
    let tests = r#"
import { screen } from '@testing-library/dom';
test('a network error shows a message', async () => {
  screen.getByRole('button').click();
  expect(await screen.findByText('Could not load: Failed to fetch')).toBeInTheDocument();
});
"#;
    assert_passes(&run(html, script, tests, vec![down]));
    let tests = r#"
import { screen } from '@testing-library/dom';
test('a 500 shows a message', async () => {
  screen.getByRole('button').click();
  expect(await screen.findByText('Could not load: HTTP 500')).toBeInTheDocument();
});
"#;
    assert_passes(&run(
        html,
        script,
        tests,
        vec![route("/api/people", 500, "{}", 10)],
    ));
}

#[test]
fn a_route_can_answer_once_queries_match_however_spelled_and_timers_carry_over() {
    let busy = Route {
        once: true,
        ..route("/api/menu?q=pan dulce&day=1", 503, "{}", 0)
    };
    let ok = route("/api/menu?day=1&q=pan+dulce", 200, r#"["concha"]"#, 500);
    let script = r#"
export async function load() {
  const url = '/api/menu?q=' + encodeURIComponent('pan dulce') + '&day=1';
  let response = await fetch(url);
  if (response.status === 503) response = await fetch(url);
  document.body.textContent = (await response.json()).join(', ');
}
"#;
    let tests = r#"
import { load } from './solution';
import { screen } from '@testing-library/dom';
import { requests } from 'puente/page';
test('starts loading', () => { load(); });
test('the answer arrives in a later test', async () => {
  expect(await screen.findByText('concha')).toBeInTheDocument();
  expect(requests()).toHaveLength(2);
});
"#;
    assert_passes(&run("", script, tests, vec![busy, ok]));
}

#[test]
fn focus_moves_like_a_browser_and_names_leave_hidden_parts_out() {
    let html = r#"<section><label>Nombre <input id="a" minlength="8"></label><input id="b"></section>
<p id="plain">texto</p><button><span aria-hidden="true">＋</span> Agregar</button>"#;
    let script = "export const changes = [];\ndocument.querySelector('#a').addEventListener('change', (e) => changes.push(e.target.value));";
    let tests = r#"
import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { changes } from './solution';
test('tab order and change on blur', async () => {
  expect(document.querySelector('#a').tabIndex).toBe(0);
  expect(document.querySelector('#plain').tabIndex).toBe(-1);
  await userEvent.click(screen.getByText('Nombre'));
  expect(screen.getByLabelText('Nombre')).toHaveFocus();
  await userEvent.keyboard('abc');
  await userEvent.tab();
  expect(document.querySelector('#b')).toHaveFocus();
  expect(changes).toEqual(['abc']);
  expect(document.querySelector('#a').validity.tooShort).toBe(true);
  document.querySelector('#a').value = 'xy';
  expect(document.querySelector('#a').validity.tooShort).toBe(false);
});
test('clicking plain text blurs the field', async () => {
  await userEvent.type(screen.getByLabelText('Nombre'), 'z');
  await userEvent.click(screen.getByText('texto'));
  expect(document.activeElement).toBe(document.body);
  expect(changes).toEqual(['abc', 'xyz']);
});
test('an unnamed section is no region, and hidden parts are not in a name', () => {
  expect(screen.getByRole('button', { name: 'Agregar' })).toBeInTheDocument();
  expect(screen.queryByRole('region')).toBeNull();
});
"#;
    assert_passes(&run(html, script, tests, vec![]));
}

#[test]
fn disabled_fields_are_barred_from_validation_and_values_are_sanitized() {
    let html = r#"<form><fieldset disabled><input id="code" required></fieldset>
<input id="note" disabled><input id="mail" type="email"><input id="name"></form>"#;
    let tests = r#"
test('a custom error on a disabled field does not stop its form', () => {
  const note = document.querySelector('#note');
  note.setCustomValidity('Escribe una nota');
  expect(note.validity.customError).toBe(true);
  expect(note.willValidate).toBe(false);
  expect(note.checkValidity()).toBe(true);
  expect(document.querySelector('form').checkValidity()).toBe(true);
  document.querySelector('#mail').setCustomValidity('Otro correo');
  expect(document.querySelector('form').checkValidity()).toBe(false);
});
test('email fields drop surrounding spaces and one-line fields drop line breaks', () => {
  const mail = document.querySelector('#mail');
  mail.value = '  ana@correo.mx \n';
  expect(mail.value).toBe('ana@correo.mx');
  const name = document.querySelector('#name');
  name.value = ' Ana\nLópez ';
  expect(name.value).toBe(' AnaLópez ');
});
"#;
    assert_passes(&run(html, "", tests, vec![]));
}

#[test]
fn a_missing_element_is_reported_with_the_page_and_roles() {
    let tests = r#"
import { screen } from '@testing-library/dom';
test('find the save button', () => { screen.getByRole('button', { name: 'Save' }); });
test('find by text', () => { screen.getByText('Nope'); });
"#;
    let report = run(HTML, "", tests, vec![]);
    let failed = failures(&report);
    assert!(
        failed[0].contains(
            r#"Unable to find an accessible element with the role "button" and name "Save""#
        ),
        "{failed:?}"
    );
    assert!(failed[0].contains(r#"button "Add""#), "{failed:?}");
    assert!(
        failed[1].contains("Unable to find an element with the text: Nope"),
        "{failed:?}"
    );
    assert!(failed[1].contains("<h1>Shopping list</h1>"), "{failed:?}");
}

#[test]
fn hostile_page_code_stays_bounded() {
    let script = r#"
document.body.innerHTML = '<div>'.repeat(2000);
const deep = document.body.firstElementChild;
let n = 0; for (let el = deep; el; el = el.firstElementChild) n++;
export const depth = n;
"#;
    let tests = r#"
import { depth } from './solution';
test('deep markup parses and serializes', () => {
  expect(depth).toBe(2000);
  expect(document.body.innerHTML.length).toBe(2000 * 11);
});
test('an endless listener loop is stopped', () => {
  document.body.addEventListener('ping', () => { while (true) {} });
  document.body.dispatchEvent(new Event('ping'));
});
"#;
    let report = run("", script, tests, vec![]);
    assert_eq!(report.tests[0].status, TestStatus::Passed, "{report:#?}");
    assert_eq!(report.verdict, Verdict::Failed);
}

#[test]
fn without_a_page_there_is_no_document_but_url_is_there_and_replaceable() {
    let report = grade(&GradeRequest {
        page: None,
        solution: "export const kind = typeof document;\nexport const q = new URL('https://a.example/?q=taco').searchParams.get('q');\nURLSearchParams = 5;".into(),
        tests: "import { kind, q } from './solution';\ntest('node-like', () => { expect(kind).toBe('undefined'); expect(q).toBe('taco'); expect(URLSearchParams).toBe(5); });".into(),
        limits: Limits::default(),
        solution_name: None,
        files: Default::default(),
    });
    assert_passes(&report);
}

/// A page whose learner writes the style sheet: the cascade `getComputedStyle` reads, the sheet
/// as `document.styleSheets`, and the helpers that see what the sheet hides.
#[test]
fn the_learner_s_style_sheet_is_cascaded_for_get_computed_style() {
    let html = r#"<!doctype html><html><head><style>.price { color: #555; }</style></head><body>
      <nav class="menu" id="top"><a href="/">Inicio</a><a href="/menu">Menú</a></nav>
      <main style="text-align: center">
        <p class="price sale">$45 MXN</p>
        <p class="badge" id="sold">Agotado</p>
        <span class="note">Incluye IVA</span>
      </main></body></html>"#;
    let tests = r#"
      import { test, expect } from '@jest/globals';
      import { screen } from '@testing-library/dom';
      import '@testing-library/jest-dom';
      const nav = () => document.querySelector('nav');
      test('the menu is a row', () => {
        expect(getComputedStyle(nav()).display).toBe('flex');
        expect(getComputedStyle(nav()).justifyContent).toBe('space-between');
        expect(getComputedStyle(nav()).getPropertyValue('gap')).toBe('1rem');
        expect(nav()).toHaveStyle({ display: 'flex' });
      });
      test('specificity, order and !important decide', () => {
        const price = document.querySelector('.price');
        expect(getComputedStyle(price).color).toBe('#0b6e4f');
        expect(getComputedStyle(price).fontWeight).toBe('bold');
        expect(getComputedStyle(document.getElementById('sold')).color).toBe('crimson');
      });
      test('inherited properties come from the parent, others do not', () => {
        const note = document.querySelector('.note');
        expect(getComputedStyle(note).textAlign).toBe('center');
        expect(getComputedStyle(note).fontFamily).toBe('system-ui, sans-serif');
        expect(getComputedStyle(note).padding).toBe('');
        expect(getComputedStyle(note).display).toBe('inline');
      });
      test('what the sheet hides is hidden to the helpers', () => {
        expect(screen.queryByText('Incluye IVA')).toBeInTheDocument();
        expect(document.querySelector('.note')).not.toBeVisible();
        expect(screen.queryByRole('link', { name: 'Menú' })).not.toBeNull();
      });
      test('the sheets are readable', () => {
        const rules = Array.from(document.styleSheets[0].cssRules);
        expect(rules.map((r) => r.selectorText)).toContain('nav.menu');
        expect(document.styleSheets.length).toBe(2);
        expect(rules.find((r) => r.selectorText === 'nav.menu').style.getPropertyValue('display')).toBe('flex');
        expect(rules.find((r) => r.selectorText === '#sold').style.getPropertyPriority('color')).toBe('important');
        expect(getComputedStyle(nav()).boxSizing).toBe('border-box');
      });
    "#;
    let css = r#"
      /* the page's sheet */
      body { font-family: system-ui, sans-serif; }
      nav.menu { display: flex; justify-content: space-between; gap: 1rem; }
      nav a:hover { color: red; }
      *, *::before, .x:hover { box-sizing: border-box; }
      a::after { content: "→"; }
      .price.sale { color: #0b6e4f; font-weight: bold; }
      .price { color: black; }
      #sold { color: crimson !important; }
      main .badge { color: gray; }
      .note { visibility: hidden; }
      @media (max-width: 600px) { nav.menu { display: block; } }
    "#;
    let request = |css: &str| GradeRequest {
        page: Some(Page {
            html: html.into(),
            css: "".into(),
            edit: grader::page::Edit::Css,
            ..Page::default()
        }),
        solution: css.into(),
        tests: tests.into(),
        limits: Limits::default(),
        solution_name: None,
        files: Default::default(),
    };
    assert_passes(&grade(&request(css)));
    let starter = grade(&request("body { font-family: serif; }"));
    assert_eq!(starter.verdict, Verdict::Failed, "{starter:#?}");
    assert!(
        failures(&starter)
            .iter()
            .any(|f| f.starts_with("the menu is a row")),
        "{:#?}",
        failures(&starter)
    );
}

/// A page whose learner writes the HTML: their markup is the document, and there is no script.
#[test]
fn the_learner_s_html_is_the_page() {
    let tests = r#"
      import { test, expect } from '@jest/globals';
      import { screen } from '@testing-library/dom';
      import '@testing-library/jest-dom';
      test('the email field has a label', () => {
        expect(screen.getByLabelText('Correo electrónico')).toHaveAttribute('type', 'email');
      });
      test('the page has one main region', () => {
        expect(screen.getAllByRole('main')).toHaveLength(1);
      });
      test('the page starts with a doctype', () => {
        expect(document.doctype?.name).toBe('html');
        expect(document.childNodes[0]).toBe(document.doctype);
        expect(document.documentElement.tagName).toBe('HTML');
      });
    "#;
    let request = |html: &str| GradeRequest {
        page: Some(Page {
            edit: grader::page::Edit::Html,
            css: "label { display: block; }".into(),
            ..Page::default()
        }),
        solution: html.into(),
        tests: tests.into(),
        limits: Limits::default(),
        solution_name: None,
        files: Default::default(),
    };
    assert_passes(&grade(&request(
        r#"<!DOCTYPE html><main><form><label for="e">Correo electrónico</label><input id="e" type="email"></form></main>"#,
    )));
    let starter = grade(&request(
        r#"<div><form>Correo electrónico <input type="text"></form></div>"#,
    ));
    assert_eq!(failures(&starter).len(), 3, "{starter:#?}");
}
