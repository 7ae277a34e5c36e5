// Map: located events on a world map (world-atlas country shapes, d3-geo), coloured by quad class, by time.
import { api, el, emptyStore, fmt, legend, loading, quadColor, QUADS, setUrlParams, urlParams } from '../util.js';

const WIDTH = 960;
const HEIGHT = 500;
const MAX_POINTS = 20000;
let world = null;

async function countries() {
  if (!world) {
    const res = await fetch('/vendor/countries-110m.json');
    world = await res.json();
  }
  return topojson.feature(world, world.objects.countries);
}

function drawBase(svg, land) {
  const projection = d3.geoNaturalEarth1().fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: 'Sphere' });
  const path = d3.geoPath(projection);
  svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
  svg.append('path').attr('class', 'graticule').attr('d', path(d3.geoGraticule10()));
  svg.append('g').attr('class', 'countries').selectAll('path').data(land.features).join('path')
    .attr('class', 'country').attr('d', path)
    .append('title').text((d) => d.properties?.name ?? '');
  return projection;
}

function tooltip(p) {
  const who = `${(p.actor_codes || []).join(', ') || '?'} → ${(p.recipient_codes || []).join(', ') || '?'}`;
  return `${p.date ?? ''} ${p.event} (${QUADS[p.quad_code]?.label ?? 'quad ?'})\n${who}\n${p.place ?? ''} ${p.country ?? ''}`;
}

function drawPoints(svg, projection, features) {
  svg.append('g').attr('class', 'points').selectAll('circle').data(features).join('circle')
    .attr('class', (f) => `point q${f.properties.quad_code}`)
    .attr('r', 4.5)
    .attr('transform', (f) => `translate(${projection(f.geometry.coordinates)})`)
    .attr('fill', (f) => quadColor(f.properties.quad_code))
    .append('title').text((f) => tooltip(f.properties));
}

function controls(params, onApply) {
  const since = el('input', { type: 'date', name: 'since', value: params.since ?? '' });
  const until = el('input', { type: 'date', name: 'until', value: params.until ?? '' });
  const form = el('form', { class: 'filters', id: 'map-filters' },
    el('label', {}, 'From', since), el('label', {}, 'To', until),
    el('div', { class: 'buttons' }, el('button', { type: 'submit' }, 'Show'),
      el('button', { type: 'button', class: 'secondary',
        onclick: () => { since.value = ''; until.value = ''; onApply({}); } }, 'All time')));
  form.addEventListener('submit', (e) => { e.preventDefault(); onApply({ since: since.value, until: until.value }); });
  return form;
}

export async function render(root, stats) {
  root.replaceChildren(el('h1', {}, 'Map'));
  if (!stats.counts.events) { root.append(emptyStore(stats)); return; }
  const params = urlParams();
  const note = el('p', { id: 'map-note', class: 'muted' });
  const holder = el('div', { class: 'map' });
  root.append(controls(params, (f) => draw(f)), legend(), note, holder);

  async function draw(filters) {
    setUrlParams(filters);
    loading(note, 'located events');
    const [land, located] = await Promise.all([
      countries(), api('/api/exports/geojson', { ...filters, limit: MAX_POINTS })]);
    const svg = d3.create('svg').attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`).attr('id', 'world-map')
      .attr('role', 'img').attr('aria-label', 'World map of located events');
    drawPoints(svg, drawBase(svg, land), located.features);
    holder.replaceChildren(svg.node());
    const skipped = located.eventwire?.skipped_unlocated ?? 0;
    note.textContent = located.features.length
      ? `${fmt(located.features.length)} located events${skipped ? ` (${fmt(skipped)} without a place are not shown)` : ''}.`
      : `No located events in this period${skipped ? ` (${fmt(skipped)} events have no place yet)` : ''}. `
        + 'Events get a location when their sentence names a place the gazetteer resolves.';
    note.classList.toggle('empty-note', !located.features.length);
  }
  await draw({ since: params.since, until: params.until });
}
