// Shared helpers: API calls with coded errors, a tiny DOM builder, quad classes, empty and loading states.

export class ApiError extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

export function query(params) {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') out.set(k, v);
  }
  return out.toString();
}

export async function api(path, params) {
  const qs = query(params);
  const res = await fetch(qs ? `${path}?${qs}` : path, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(body?.error?.code ?? `HTTP ${res.status}`, body?.error?.message ?? res.statusText);
  }
  return body;
}

// el('a', {href: '/x', class: 'y'}, 'text', child) -- text is always set as text, never as HTML.
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const QUADS = {
  1: { label: 'verbal cooperation', color: '#3a86c8' },
  2: { label: 'material cooperation', color: '#15516f' },
  3: { label: 'verbal conflict', color: '#f08a24' },
  4: { label: 'material conflict', color: '#c0262d' },
};

export function quadColor(q) { return QUADS[q]?.color ?? '#888'; }

export function legend() {
  return el('div', { class: 'legend' }, Object.entries(QUADS).map(([q, d]) =>
    el('span', { class: 'legend-item' }, el('i', { class: `swatch q${q}` }), d.label)));
}

export function actorList(list) {
  return (list || []).map((a) => (a.sector ? `${a.code} ${a.sector}` : a.code)).join(', ') || '—';
}

export function loading(root, what) {
  root.replaceChildren(el('p', { class: 'loading' }, `Loading ${what}…`));
}

export function emptyStore(stats) {
  const db = stats?.store ?? 'eventwire.duckdb';
  return el('div', { class: 'empty' },
    el('h2', {}, 'No events yet'),
    el('p', {}, 'Analyse some articles into this store, then reload this page:'),
    el('pre', {}, `eventwire ingest FILES_OR_FOLDERS --db ${db}`),
    el('p', { class: 'muted' }, 'Text, HTML, JSONL, RSS/Atom and WARC inputs are read; try examples/demo.'));
}

export function errorBox(err) {
  return el('div', { class: 'error', role: 'alert' },
    el('strong', {}, err.code ? `${err.code} ` : 'Error '), err.message?.replace(/^EW\d+: /, '') ?? String(err));
}

export function formValues(form) {
  const out = {};
  for (const [k, v] of new FormData(form).entries()) if (String(v).trim() !== '') out[k] = String(v).trim();
  return out;
}

export function setUrlParams(params) {
  const qs = query(params);
  history.replaceState(null, '', qs ? `${location.pathname}?${qs}` : location.pathname);
}

export function urlParams() { return Object.fromEntries(new URLSearchParams(location.search)); }

export function card(title, ...body) {
  return el('section', { class: 'card' }, title ? el('h2', {}, title) : null, ...body);
}

export function fmt(n) { return typeof n === 'number' ? n.toLocaleString('en-US') : (n ?? '—'); }
