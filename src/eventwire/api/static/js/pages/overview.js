// Overview: counts, events by type, latest stories and articles, the most active dyads.
import { api, card, el, emptyStore, fmt } from '../util.js';

const COUNTS = [['events', 'events'], ['articles', 'articles'], ['stories', 'stories'], ['duplicates', 'duplicates'],
  ['places', 'places'], ['quarantine', 'quarantined']];

function counts(stats) {
  return el('div', { class: 'counts' }, COUNTS.map(([key, label]) =>
    el('div', { class: 'count' }, el('b', {}, fmt(stats.counts[key] ?? 0)), el('span', {}, label))));
}

function byType(stats) {
  const entries = Object.entries(stats.events_by_type);
  const max = Math.max(1, ...entries.map(([, n]) => n));
  return card('Events by type', el('ul', { class: 'bars' }, entries.map(([type, n]) =>
    el('li', {}, el('a', { href: `/events?type=${type}` }, type),
      el('span', { class: 'bar', style: `width:${(100 * n) / max}%` }), el('span', { class: 'n' }, fmt(n))))));
}

function storyList(data) {
  if (!data.stories.length) {
    return el('p', { class: 'muted' }, data.available
      ? 'No stories yet.' : 'Stories appear here once ingest groups articles about the same happening.');
  }
  return el('ul', { class: 'plain' }, data.stories.map((s) => el('li', {},
    el('a', { href: `/stories/${encodeURIComponent(s.story_id)}` }, s.title || s.story_id),
    el('span', { class: 'muted' }, ` · ${s.articles} articles · ${(s.outlets || []).length} outlets · ${s.end ?? ''}`))));
}

function articleList(rows) {
  return el('ul', { class: 'plain' }, rows.map((a) => el('li', {},
    el('a', { href: `/articles/${encodeURIComponent(a.id)}` }, a.title || a.id),
    el('span', { class: 'muted' }, ` · ${a.outlet || ''} · ${a.published ?? ''}`))));
}

function dyadTable(dyads) {
  return el('table', { class: 'grid' },
    el('thead', {}, el('tr', {}, el('th', {}, 'actor → recipient'), el('th', { class: 'num' }, 'events'),
      el('th', { class: 'num' }, 'Goldstein sum'))),
    el('tbody', {}, dyads.map((d) => el('tr', {},
      el('td', {}, el('a', { href: `/dyads?actor=${d.actor}&recipient=${d.recipient}` }, `${d.actor} → ${d.recipient}`)),
      el('td', { class: 'num' }, fmt(d.events)),
      el('td', { class: `num ${d.event_scale < 0 ? 'neg' : 'pos'}` }, d.event_scale?.toFixed(1))))));
}

export async function render(root, stats) {
  if (!stats.counts.events) {
    root.replaceChildren(el('h1', {}, 'Overview'), counts(stats), emptyStore(stats));
    return;
  }
  const [stories, actors, recent] = await Promise.all([
    api('/api/stories', { limit: 6 }), api('/api/actors', { limit: 10 }), api('/api/articles', { limit: 6 })]);
  root.replaceChildren(
    el('h1', {}, 'Overview'), counts(stats),
    el('div', { class: 'columns' },
      byType(stats),
      el('div', {}, card('Latest stories', storyList(stories)), card('Latest articles', articleList(recent.articles))),
      card('Most active dyads', dyadTable(actors.dyads))));
}
