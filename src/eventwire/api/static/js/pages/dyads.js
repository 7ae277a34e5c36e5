// Dyad timeline: per period, cooperation (up) and conflict (down) counts by quad class, and the Goldstein sum.
import { api, el, emptyStore, fmt, legend, loading, quadColor, setUrlParams, urlParams } from '../util.js';

const W = 960;
const H = 420;
const M = { top: 20, right: 20, bottom: 40, left: 50 };

function chart(series) {
  const svg = d3.create('svg').attr('viewBox', `0 0 ${W} ${H}`).attr('id', 'dyad-chart');
  const x = d3.scaleBand(series.map((d) => d.period), [M.left, W - M.right]).padding(0.2);
  const up = (d) => (d.by_quad['1'] ?? 0) + (d.by_quad['2'] ?? 0);
  const down = (d) => (d.by_quad['3'] ?? 0) + (d.by_quad['4'] ?? 0);
  const top = 250;
  const max = Math.max(1, ...series.map(up), ...series.map(down));
  const y = d3.scaleLinear([-max, max], [top, M.top]).nice();
  const bars = svg.append('g');
  for (const d of series) {
    let pos = 0; let neg = 0;
    for (const q of ['2', '1', '3', '4']) {
      const n = d.by_quad[q] ?? 0;
      if (!n) continue;
      const [a, b] = q <= '2' ? [pos, pos += n] : [-neg, -(neg += n)];
      bars.append('rect').attr('class', `bar q${q}`).attr('x', x(d.period)).attr('width', x.bandwidth())
        .attr('y', y(Math.max(a, b))).attr('height', Math.abs(y(a) - y(b))).attr('fill', quadColor(+q))
        .append('title').text(`${d.period}: ${n} ${q <= '2' ? 'cooperation' : 'conflict'} (quad ${q})`);
    }
  }
  const ticks = x.domain().filter((_, i, all) => i % Math.ceil(all.length / 12) === 0);
  svg.append('g').attr('transform', `translate(${M.left},0)`).call(d3.axisLeft(y).ticks(Math.min(6, max * 2))
    .tickFormat((v) => (Number.isInteger(v) ? Math.abs(v) : '')));
  svg.append('line').attr('class', 'zero').attr('x1', M.left).attr('x2', W - M.right).attr('y1', y(0)).attr('y2', y(0));
  svg.append('text').attr('class', 'axis-label').attr('x', M.left + 4).attr('y', M.top + 10).text('cooperation ↑');
  svg.append('text').attr('class', 'axis-label').attr('x', M.left + 4).attr('y', top - 4).attr('dx', 10).text('conflict ↓');
  const scaleMax = Math.max(1, ...series.map((d) => Math.abs(d.event_scale)));
  const ys = d3.scaleLinear([-scaleMax, scaleMax], [H - M.bottom, top + 30]).nice();
  svg.append('g').attr('transform', `translate(${M.left},0)`).call(d3.axisLeft(ys).ticks(4));
  svg.append('line').attr('class', 'zero').attr('x1', M.left).attr('x2', W - M.right).attr('y1', ys(0)).attr('y2', ys(0));
  svg.append('path').attr('class', 'scale-line').attr('d', d3.line()
    .x((d) => x(d.period) + x.bandwidth() / 2).y((d) => ys(d.event_scale))(series));
  svg.append('g').selectAll('circle').data(series).join('circle').attr('class', 'scale-dot').attr('r', 3)
    .attr('cx', (d) => x(d.period) + x.bandwidth() / 2).attr('cy', (d) => ys(d.event_scale))
    .append('title').text((d) => `${d.period}: Goldstein sum ${d.event_scale}`);
  svg.append('text').attr('class', 'axis-label').attr('x', M.left + 4).attr('y', top + 26).text('Goldstein sum');
  svg.append('g').attr('transform', `translate(0,${H - M.bottom})`).call(d3.axisBottom(x).tickValues(ticks));
  return svg.node();
}

function periodTable(series) {
  return el('table', { class: 'grid compact' }, el('thead', {}, el('tr', {},
    ['period', 'events', 'Goldstein sum', 'types'].map((h) => el('th', {}, h)))),
  el('tbody', {}, series.map((d) => el('tr', {}, el('td', {}, d.period), el('td', { class: 'num' }, fmt(d.events)),
    el('td', { class: `num ${d.event_scale < 0 ? 'neg' : 'pos'}` }, d.event_scale.toFixed(1)),
    el('td', {}, Object.entries(d.by_type).map(([t, n]) => `${t} ${n}`).join(', '))))));
}

export async function render(root, stats) {
  root.replaceChildren(el('h1', {}, 'Dyad timeline'));
  if (!stats.counts.events) { root.append(emptyStore(stats)); return; }
  const params = urlParams();
  const top = await api('/api/actors', { limit: 30 });
  const first = top.dyads[0] ?? { actor: 'USA', recipient: 'RUS' };
  const pick = { actor: params.actor ?? first.actor, recipient: params.recipient ?? first.recipient, by: params.by ?? 'month' };
  const codes = [...new Set(top.dyads.flatMap((d) => [d.actor, d.recipient]))].sort();
  const list = el('datalist', { id: 'actor-codes' }, codes.map((c) => el('option', { value: c })));
  const actor = el('input', { name: 'actor', value: pick.actor, list: 'actor-codes', size: 8, required: true });
  const recipient = el('input', { name: 'recipient', value: pick.recipient, list: 'actor-codes', size: 8, required: true });
  const by = el('select', { name: 'by' }, ['day', 'week', 'month', 'year'].map((p) =>
    el('option', { value: p, selected: p === pick.by }, p)));
  const form = el('form', { class: 'filters' }, list, el('label', {}, 'Actor', actor),
    el('label', {}, 'Recipient', recipient), el('label', {}, 'Per', by),
    el('div', { class: 'buttons' }, el('button', { type: 'submit' }, 'Show'),
      el('button', { type: 'button', class: 'secondary', onclick: () => {
        [actor.value, recipient.value] = [recipient.value, actor.value]; form.requestSubmit(); } }, 'Swap ⇄')));
  const out = el('div', { id: 'dyad-result' });
  const busiest = el('p', { class: 'muted small' }, 'Busiest pairs: ', top.dyads.slice(0, 8).map((d) =>
    el('a', { class: 'chip', href: `/dyads?actor=${d.actor}&recipient=${d.recipient}` }, `${d.actor}→${d.recipient}`)));
  root.append(form, busiest, legend(), out);
  form.addEventListener('submit', (e) => { e.preventDefault(); show(); });

  async function show() {
    const args = { actor: actor.value.trim(), recipient: recipient.value.trim(), by: by.value };
    setUrlParams(args);
    loading(out, 'the series');
    try {
      const data = await api('/api/dyads', args);
      out.replaceChildren(data.series.length
        ? el('div', {}, el('h2', {}, `${data.actor} → ${data.recipient}, per ${data.by}`), chart(data.series),
          periodTable(data.series))
        : el('p', { class: 'empty-note' }, `No dated events from ${data.actor} to ${data.recipient}. Pick one of the busiest pairs above.`));
    } catch (err) {
      out.replaceChildren(el('div', { class: 'error', role: 'alert' }, err.message));
    }
  }
  await show();
}
