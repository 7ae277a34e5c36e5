// The dashboard's router: one HTML shell, a view module per page, chosen by the path.
import { api, el, errorBox, fmt } from './util.js';
import * as overview from './pages/overview.js';
import * as events from './pages/events.js';
import * as map from './pages/map.js';
import * as dyads from './pages/dyads.js';
import * as network from './pages/network.js';
import * as stories from './pages/stories.js';
import * as articles from './pages/articles.js';

const ROUTES = [
  [/^\/$/, 'overview', overview.render],
  [/^\/events\/?$/, 'events', events.render],
  [/^\/map\/?$/, 'map', map.render],
  [/^\/dyads\/?$/, 'dyads', dyads.render],
  [/^\/network\/?$/, 'network', network.render],
  [/^\/stories\/?$/, 'stories', stories.renderList],
  [/^\/stories\/([^/]+)$/, 'stories', stories.renderStory],
  [/^\/articles\/?$/, 'articles', articles.renderList],
  [/^\/articles\/([^/]+)$/, 'articles', articles.renderArticle],
];

async function start() {
  const view = document.getElementById('view');
  const route = ROUTES.find(([re]) => re.test(location.pathname));
  if (!route) {
    view.replaceChildren(el('p', {}, 'No such page.'));
    return;
  }
  const [re, name, render] = route;
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === name));
  try {
    const stats = await api('/api/stats');
    document.getElementById('store-info').textContent =
      `${fmt(stats.counts.events)} events · ${fmt(stats.counts.articles)} articles`;
    const args = location.pathname.match(re).slice(1).map(decodeURIComponent);
    await render(view, stats, ...args);
  } catch (err) {
    console.warn(err);
    view.replaceChildren(errorBox(err));
  } finally {
    document.body.dataset.ready = '1';
  }
}

start();
