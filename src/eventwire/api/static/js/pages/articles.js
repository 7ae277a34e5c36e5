// Articles: the list, and one article with its events, actors, places, dates and flags highlighted in the text.
import { actorList, api, el, fmt, QUADS, setUrlParams, urlParams } from '../util.js';

const PAGE = 50;
const LAYERS = [['event', 'events'], ['actor', 'actors'], ['place', 'places'], ['timex', 'dates'], ['flag', 'flags']];

export async function renderList(root) {
  const offset = Number(urlParams().offset || 0);
  const data = await api('/api/articles', { limit: PAGE, offset });
  setUrlParams({ offset: offset || '' });
  root.replaceChildren(el('h1', {}, 'Articles'),
    data.articles.length ? el('table', { class: 'grid', id: 'articles-table' }, el('thead', {}, el('tr', {},
      ['published', 'title', 'outlet', 'events', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, data.articles.map((a) => el('tr', {},
      el('td', { class: 'nowrap' }, a.published ?? ''),
      el('td', {}, el('a', { href: `/articles/${encodeURIComponent(a.id)}` }, a.title || a.id)),
      el('td', {}, a.outlet ?? ''), el('td', { class: 'num' }, fmt(a.n_events)),
      el('td', {}, a.duplicate_of ? el('span', { class: 'badge' }, 'copy') : ''))))) : el('p', { class: 'muted' }, 'No articles.'),
    el('div', { class: 'pager' },
      offset > 0 ? el('a', { href: `/articles?offset=${Math.max(0, offset - PAGE)}` }, '← Newer') : null,
      data.articles.length === PAGE ? el('a', { href: `/articles?offset=${offset + PAGE}` }, 'Older →') : null));
}

function spans(a) {
  const out = [];
  for (const e of a.events) {
    const t = e.text_info;
    if (!t) continue;
    out.push({ start: t.start, end: t.end, kind: 'sentence', id: e.id });
    if (t.trigger_start != null) {
      out.push({ start: t.trigger_start, end: t.trigger_end, kind: 'event', id: e.id, cls: `q${e.quad_code}`,
        title: `${e.event} (${e.status}): ${actorList(e.actor)} → ${actorList(e.recipient)}` });
    }
  }
  for (const m of a.entities || []) {
    out.push({ start: m.start, end: m.end, kind: 'actor', title: `${m.code}${m.sector ? ` ${m.sector}` : ''} (${m.kind ?? 'actor'})` });
  }
  for (const p of a.places || []) {
    out.push({ start: p.start, end: p.end, kind: 'place', title: `${p.name ?? p.text} ${p.country_code ?? p.country ?? ''}` });
  }
  for (const t of a.timexes || []) {
    out.push({ start: t.start, end: t.end, kind: 'timex', title: `${t.type ?? 'date'} ${t.value ?? ''}` });
  }
  for (const f of a.flags || []) {
    out.push({ start: f.start, end: f.end, kind: 'flag', title: `${f.kind}: ${f.explanation ?? ''}` });
  }
  return out.filter((s) => Number.isInteger(s.start) && s.end > s.start);
}

function highlighted(text, all) {
  const cuts = [...new Set([0, text.length, ...all.flatMap((s) => [s.start, s.end])])]
    .filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);
  const anchored = new Set();
  const out = el('div', { class: 'article-text', id: 'article-text' });
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const over = all.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { out.append(piece); continue; }
    const sentences = over.filter((s) => s.kind === 'sentence').map((s) => s.id);
    const marks = over.filter((s) => s.kind !== 'sentence');
    const node = el(marks.length ? 'mark' : 'span', {
      class: marks.map((s) => `hl-${s.kind} ${s.cls ?? ''}`).join(' ').trim() || null,
      'data-sent': sentences.join(' ') || null, title: marks.map((s) => s.title).join('\n') || null }, piece);
    const trigger = marks.find((s) => s.kind === 'event' && !anchored.has(s.id));
    if (trigger) { anchored.add(trigger.id); node.id = `ev-${trigger.id}`; node.dataset.ev = trigger.id; }
    out.append(node);
  }
  return out;
}

function select(id, scroll) {
  document.querySelectorAll('.selected').forEach((n) => n.classList.remove('selected'));
  document.querySelectorAll(`[data-sent~="${CSS.escape(id)}"], #ev-${CSS.escape(id)}, li[data-event="${CSS.escape(id)}"]`)
    .forEach((n) => n.classList.add('selected'));
  const mark = document.getElementById(`ev-${id}`);
  if (scroll && mark) mark.scrollIntoView({ block: 'center' });
}

function eventList(events) {
  return el('ol', { class: 'event-list' }, events.map((e) => el('li', { 'data-event': e.id, tabindex: 0,
    onclick: () => { history.replaceState(null, '', `#ev-${e.id}`); select(e.id, true); } },
  el('i', { class: `swatch q${e.quad_code}`, title: QUADS[e.quad_code]?.label }),
  el('b', {}, e.event), ` ${e.status} · ${actorList(e.actor)} → ${actorList(e.recipient)} · “${e.event_text ?? ''}”`)));
}

function toggles(text) {
  return el('div', { class: 'toggles' }, 'Show: ', LAYERS.map(([kind, label]) => el('label', { class: `toggle t-${kind}` },
    el('input', { type: 'checkbox', checked: true, onchange: (ev) => text.classList.toggle(`hide-${kind}`, !ev.target.checked) }),
    label)));
}

function flagPanel(flags) {
  if (!flags?.length) return null;
  return el('section', { class: 'card' }, el('h2', {}, 'Verification flags'), el('ul', { class: 'flags' }, flags.map((f) =>
    el('li', {}, el('span', { class: 'flag-kind' }, f.kind), ` “${f.text}”: ${f.explanation ?? ''}`,
      (f.evidence || []).length ? el('ul', {}, f.evidence.map((x) => el('li', {},
        el('a', { href: `/articles/${encodeURIComponent(x.article_id)}` }, x.article_id), `: ${x.text}`))) : null))));
}

export async function renderArticle(root, _stats, articleId) {
  const a = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  const text = highlighted(a.text, spans(a));
  const meta = [a.outlet, a.published].filter(Boolean).join(' · ');
  root.replaceChildren(
    el('h1', {}, a.title || a.id),
    el('p', { class: 'muted' }, meta, a.url ? [' · ', el('a', { href: a.url, rel: 'noreferrer noopener', target: '_blank' }, 'original')] : null,
      a.story_id ? [' · ', el('a', { href: `/stories/${encodeURIComponent(a.story_id)}` }, 'its story')] : null,
      a.duplicate_of ? [' · copy of ', el('a', { href: `/articles/${encodeURIComponent(a.duplicate_of)}` }, a.duplicate_of)] : null),
    el('div', { class: 'article-layout' },
      el('div', {}, toggles(text), text),
      el('aside', {}, el('section', { class: 'card' }, el('h2', {}, `${a.events.length} events`),
        a.events.length ? eventList(a.events) : el('p', { class: 'muted' }, 'No events coded in this article.')),
      flagPanel(a.flags))));
  const wanted = location.hash.startsWith('#ev-') ? location.hash.slice(4) : null;
  if (wanted) select(wanted, true);
}
