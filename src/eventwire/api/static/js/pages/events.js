// Events: the filter form (the CLI's filters), a sortable table, pagination, export links.
import { actorList, api, el, emptyStore, fmt, formValues, loading, QUADS, setUrlParams, urlParams } from '../util.js';

const PAGE = 50;
const STATUSES = ['occurred', 'planned', 'hypothetical', 'negated'];
const COLUMNS = [
  ['date', 'Date', (e) => e.date ?? ''],
  ['event', 'Type', (e) => e.event],
  ['actor', 'Actor', (e) => actorList(e.actor)],
  ['recipient', 'Recipient', (e) => actorList(e.recipient)],
  ['status', 'Status', (e) => e.status],
  ['quad', 'Quad', (e) => e.quad_code ?? 0],
  ['scale', 'Scale', (e) => e.event_scale ?? 0],
  ['evidence', 'Evidence', (e) => e.text_info?.sentence ?? ''],
];

function input(name, label, value, attrs = {}) {
  return el('label', {}, label, el('input', { name, value: value ?? '', ...attrs }));
}

function select(name, label, options, value) {
  return el('label', {}, label, el('select', { name },
    el('option', { value: '' }, 'any'), options.map((o) => el('option', { value: o, selected: o === value }, o))));
}

function filterForm(stats, params, onApply) {
  const form = el('form', { class: 'filters', id: 'event-filters' },
    input('actor', 'Actor', params.actor, { placeholder: 'RUS or RUS:MIL', size: 10 }),
    input('recipient', 'Recipient', params.recipient, { placeholder: 'UKR', size: 10 }),
    select('type', 'Type', Object.keys(stats.events_by_type).sort(), params.type),
    select('status', 'Status', STATUSES, params.status),
    input('since', 'Since', params.since, { type: 'date' }),
    input('until', 'Until', params.until, { type: 'date' }),
    input('place', 'Place', params.place, { placeholder: 'ISO-3', size: 5 }),
    input('text', 'Words', params.text, { placeholder: 'in the sentence', size: 14 }),
    input('min_sources', 'Min. sources', params.min_sources, { type: 'number', min: 1, style: 'width:5em' }),
    el('div', { class: 'buttons' }, el('button', { type: 'submit' }, 'Apply'),
      el('button', { type: 'button', class: 'secondary', onclick: () => { form.reset();
        form.querySelectorAll('input').forEach((i) => { i.value = ''; });
        form.querySelectorAll('select').forEach((s) => { s.value = ''; }); onApply({}); } }, 'Reset')));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); onApply(formValues(form)); });
  return form;
}

function sortRows(rows, key, dir) {
  const get = COLUMNS.find((c) => c[0] === key)[2];
  return [...rows].sort((a, b) => {
    const x = get(a); const y = get(b);
    return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y))) * dir;
  });
}

function row(e) {
  const href = `/articles/${encodeURIComponent(e.article_id)}#ev-${e.id}`;
  const open = () => { location.href = href; };
  return el('tr', { class: 'clickable', tabindex: 0, 'data-id': e.id, onclick: open,
    onkeydown: (k) => { if (k.key === 'Enter') open(); } },
  el('td', { class: 'nowrap' }, e.date ?? ''),
  el('td', {}, el('a', { href }, e.event), e.mode ? el('div', { class: 'muted small' }, e.mode) : null),
  el('td', {}, actorList(e.actor)), el('td', {}, actorList(e.recipient)),
  el('td', {}, el('span', { class: `status s-${e.status}` }, e.status)),
  el('td', { title: QUADS[e.quad_code]?.label }, el('i', { class: `swatch q${e.quad_code}` }), e.quad_code),
  el('td', { class: 'num' }, e.event_scale?.toFixed(1)),
  el('td', { class: 'evidence' }, e.text_info?.sentence ?? ''));
}

function table(events, state, redraw) {
  const head = el('tr', {}, COLUMNS.map(([key, label]) => {
    const sorted = state.sort === key;
    return el('th', { 'aria-sort': sorted ? (state.dir > 0 ? 'ascending' : 'descending') : 'none',
      class: `sortable ${sorted ? 'sorted' : ''}`, 'data-key': key,
      onclick: () => { state.dir = sorted ? -state.dir : 1; state.sort = key; redraw(); } },
    label, sorted ? (state.dir > 0 ? ' ▲' : ' ▼') : '');
  }));
  const rows = state.sort ? sortRows(events, state.sort, state.dir) : events;
  return el('table', { class: 'grid events', id: 'events-table' }, el('thead', {}, head),
    el('tbody', {}, rows.map(row)));
}

function exportLinks(filters) {
  const qs = new URLSearchParams(filters).toString();
  return el('div', { class: 'exports' }, 'Download all matching: ',
    ['plover', 'csv', 'gdelt', 'icews', 'geojson', 'parquet'].map((f) =>
      el('a', { href: `/api/exports/${f}${qs ? `?${qs}` : ''}`, download: '' }, f)));
}

export async function render(root, stats) {
  root.replaceChildren(el('h1', {}, 'Events'));
  if (!stats.counts.events) { root.append(emptyStore(stats)); return; }
  const params = urlParams();
  const state = { filters: { ...params }, offset: Number(params.offset || 0), sort: null, dir: 1 };
  delete state.filters.offset;
  const results = el('div', { id: 'event-results' });
  root.append(filterForm(stats, params, (f) => { state.filters = f; state.offset = 0; load(); }), results);

  async function load() {
    setUrlParams({ ...state.filters, offset: state.offset || '' });
    loading(results, 'events');
    let page;
    try {
      page = await api('/api/events', { ...state.filters, limit: PAGE, offset: state.offset });
    } catch (err) {
      results.replaceChildren(el('div', { class: 'error', role: 'alert' }, err.message)); return;
    }
    const draw = () => {
      const end = state.offset + page.events.length;
      const summary = el('p', { id: 'events-total' }, page.total
        ? `Showing ${fmt(state.offset + 1)}–${fmt(end)} of ${fmt(page.total)} events` : 'No events match these filters.');
      const pager = el('div', { class: 'pager' },
        el('button', { class: 'secondary', disabled: state.offset === 0,
          onclick: () => { state.offset = Math.max(0, state.offset - PAGE); load(); } }, '← Newer'),
        el('button', { class: 'secondary', disabled: end >= page.total,
          onclick: () => { state.offset += PAGE; load(); } }, 'Older →'),
        el('a', { href: `/api/events?${new URLSearchParams({ ...state.filters, limit: PAGE, offset: state.offset, format: 'csv' })}` },
          'this page as CSV'));
      results.replaceChildren(el('div', { class: 'toolbar' }, summary, pager),
        page.events.length ? table(page.events, state, draw) : null, exportLinks(state.filters));
    };
    draw();
  }
  await load();
}
