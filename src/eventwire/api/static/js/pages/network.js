// Actor network: who acts on whom, links weighted by events and coloured by the mean Goldstein score.
import { api, el, emptyStore, fmt } from '../util.js';

const W = 960;
const H = 620;

function graph(dyads) {
  const nodes = new Map();
  for (const d of dyads) {
    for (const code of [d.actor, d.recipient]) {
      if (!nodes.has(code)) nodes.set(code, { id: code, events: 0 });
    }
    nodes.get(d.actor).events += d.events;
    nodes.get(d.recipient).events += d.events;
  }
  const links = dyads.map((d) => ({ source: d.actor, target: d.recipient, events: d.events,
    mean: d.events ? (d.event_scale ?? 0) / d.events : 0 }));
  return { nodes: [...nodes.values()], links };
}

function layout({ nodes, links }) {
  const radius = d3.scaleSqrt([0, d3.max(nodes, (n) => n.events) || 1], [5, 24]);
  nodes.forEach((n) => { n.r = radius(n.events); });
  d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((n) => n.id).distance(110).strength(0.4))
    .force('charge', d3.forceManyBody().strength(-380))
    .force('collide', d3.forceCollide((n) => n.r + 14))
    .force('x', d3.forceX(W / 2).strength(0.07)).force('y', d3.forceY(H / 2).strength(0.1))
    .stop().tick(400);
  nodes.forEach((n) => { n.x = Math.max(n.r + 30, Math.min(W - n.r - 30, n.x)); n.y = Math.max(n.r + 12, Math.min(H - n.r - 12, n.y)); });
}

function draw({ nodes, links }) {
  const svg = d3.create('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('id', 'network');
  const color = d3.scaleLinear([-10, 0, 10], ['#c0262d', '#bbbbbb', '#15516f']).clamp(true);
  const width = d3.scaleSqrt([1, d3.max(links, (l) => l.events) || 1], [1, 9]);
  svg.append('defs').selectAll('marker').data(['arrow']).join('marker').attr('id', 'arrow')
    .attr('viewBox', '0 -5 10 10').attr('refX', 10).attr('markerUnits', 'userSpaceOnUse')
    .attr('markerWidth', 9).attr('markerHeight', 9)
    .attr('orient', 'auto').append('path').attr('d', 'M0,-5L10,0L0,5').attr('fill', '#666');
  svg.append('g').attr('class', 'links').selectAll('path').data(links).join('path')
    .attr('class', 'link').attr('stroke', (l) => color(l.mean)).attr('stroke-width', (l) => width(l.events))
    .attr('marker-end', 'url(#arrow)').attr('d', (l) => arc(l))
    .append('title').text((l) => `${l.source.id} → ${l.target.id}: ${l.events} events, mean Goldstein ${l.mean.toFixed(1)}`);
  const node = svg.append('g').attr('class', 'nodes').selectAll('g').data(nodes).join('a')
    .attr('href', (n) => `/events?actor=${n.id}`).attr('class', 'node')
    .attr('transform', (n) => `translate(${n.x},${n.y})`);
  node.append('circle').attr('r', (n) => n.r);
  node.append('text').attr('dy', (n) => n.r + 12).attr('text-anchor', 'middle').text((n) => n.id);
  node.append('title').text((n) => `${n.id}: ${n.events} events in these dyads (click for its events)`);
  return svg.node();
}

function arc(l) {
  const dx = l.target.x - l.source.x; const dy = l.target.y - l.source.y;
  const dist = Math.hypot(dx, dy) || 1;
  const ex = l.target.x - (dx / dist) * (l.target.r + 3); const ey = l.target.y - (dy / dist) * (l.target.r + 3);
  return `M${l.source.x},${l.source.y}A${dist * 1.4},${dist * 1.4} 0 0,1 ${ex},${ey}`;
}

export async function render(root, stats) {
  root.replaceChildren(el('h1', {}, 'Actor network'));
  if (!stats.counts.events) { root.append(emptyStore(stats)); return; }
  const data = await api('/api/actors', { limit: 60 });
  if (!data.dyads.length) {
    root.append(el('p', { class: 'empty-note' }, 'No events with both an actor and a recipient yet.'));
    return;
  }
  const g = graph(data.dyads);
  layout(g);
  root.append(el('p', { class: 'muted' }, `The ${fmt(data.dyads.length)} most active directed dyads: arrows point from actor `
    + 'to recipient, width by number of events, colour from conflict (red) to cooperation (blue) by the mean Goldstein '
    + 'score. Click a country for its events.'), el('div', { class: 'network' }, draw(g)));
}
