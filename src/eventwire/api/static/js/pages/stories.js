// Stories: the list, and one story with its articles side by side, corroboration counts and flags.
import { api, el, fmt } from '../util.js';

export async function renderList(root) {
  root.replaceChildren(el('h1', {}, 'Stories'));
  const data = await api('/api/stories', { limit: 100 });
  if (!data.stories.length) {
    root.append(el('div', { class: 'empty' }, el('h2', {}, 'No stories yet'),
      el('p', {}, data.available ? 'No article has been grouped into a story yet.'
        : 'Stories appear once ingest groups articles about the same happening (reprints, follow-ups) and '
          + 'counts how many outlets report each event.')));
    return;
  }
  root.append(el('table', { class: 'grid', id: 'stories-table' }, el('thead', {}, el('tr', {},
    ['story', 'articles', 'outlets', 'from', 'to', 'events'].map((h) => el('th', {}, h)))),
  el('tbody', {}, data.stories.map((s) => el('tr', {},
    el('td', {}, el('a', { href: `/stories/${encodeURIComponent(s.story_id)}` }, s.title || s.story_id)),
    el('td', { class: 'num' }, fmt(s.articles)), el('td', {}, (s.outlets || []).join(', ')),
    el('td', { class: 'nowrap' }, s.start ?? ''), el('td', { class: 'nowrap' }, s.end ?? ''),
    el('td', {}, Object.entries(s.events || {}).map(([t, n]) => `${t} ${n}`).join(', ')))))));
}

function flagList(flags) {
  if (!flags?.length) return null;
  return el('ul', { class: 'flags' }, flags.map((f) => el('li', {}, el('span', { class: 'flag-kind' }, f.kind),
    ` “${f.text}”: ${f.explanation ?? ''}`)));
}

function articleColumn(a, flags) {
  return el('article', { class: 'card story-article' },
    el('div', { class: 'muted small' }, `${a.outlet ?? ''} · ${a.published ?? ''}`),
    el('h3', {}, el('a', { href: `/articles/${encodeURIComponent(a.id)}` }, a.title || a.id)),
    a.duplicate_of ? el('span', { class: 'badge' }, `copy of ${a.duplicate_of}`) : null,
    flagList(flags));
}

export async function renderStory(root, _stats, storyId) {
  const s = await api(`/api/stories/${encodeURIComponent(storyId)}`);
  root.replaceChildren(el('h1', {}, s.title || s.story_id),
    el('p', { class: 'muted' }, `${s.articles.length} articles`),
    el('div', { class: 'side-by-side' }, s.articles.map((a) => articleColumn(a, s.flags?.[a.id]))),
    el('h2', {}, 'Events and their corroboration'),
    el('table', { class: 'grid', id: 'story-events' }, el('thead', {}, el('tr', {},
      ['date', 'type', 'status', 'articles', 'outlets', 'independent origins', 'mentions', 'reported in']
        .map((h) => el('th', {}, h)))),
    el('tbody', {}, s.events.map((e) => el('tr', {},
      el('td', { class: 'nowrap' }, e.date ?? ''), el('td', {}, el('b', {}, e.event)), el('td', {}, e.status ?? ''),
      el('td', { class: 'num' }, e.num_articles ?? '—'), el('td', { class: 'num' }, e.num_sources ?? '—'),
      el('td', { class: 'num' }, e.num_origins ?? '—'), el('td', { class: 'num' }, e.num_mentions ?? '—'),
      el('td', {}, (e.article_ids || []).map((id, i) => el('a', { class: 'chip',
        href: `/articles/${encodeURIComponent(id)}${e.event_ids?.[i] ? `#ev-${e.event_ids[i]}` : ''}` }, id))))))));
}
