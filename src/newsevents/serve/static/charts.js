// The map, the actor network and the dyad timeline, drawn as plain SVG.
import { clear, number, svg } from './dom.js';

const MAP_BOX = { west: -180, north: 84, width: 360, height: 142 }; // no Antarctica

function note(node, x, y, text) {
  node.append(svg('text', { x, y, 'text-anchor': 'middle', class: 'note' }, text));
}

function mainQuadClass(counts) {
  let best = null;
  for (const [quad, count] of Object.entries(counts || {})) {
    if (best === null || count > counts[best]) best = quad;
  }
  return best;
}

// Country outlines and one circle per place (area ~ events, colour = quad class).
// The part of the world the places are in (the whole map when they are spread out).
function mapView(places) {
  if (!places.length) return MAP_BOX;
  const lons = places.map(place => place.lon), lats = places.map(place => place.lat);
  const aspect = MAP_BOX.width / MAP_BOX.height;
  let width = Math.max(100, Math.max(...lons) - Math.min(...lons) + 30);
  let height = Math.max(width / aspect, Math.max(...lats) - Math.min(...lats) + 20);
  width = Math.min(MAP_BOX.width, height * aspect);
  height = width / aspect;
  const centreLon = (Math.max(...lons) + Math.min(...lons)) / 2, centreLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const west = Math.min(Math.max(centreLon - width / 2, MAP_BOX.west), MAP_BOX.west + MAP_BOX.width - width);
  const north = Math.max(Math.min(centreLat + height / 2, 90), height - 90);
  return { west, north, width, height };
}

export function drawMap(node, geography, places, onPick) {
  clear(node);
  const view = mapView(places);
  const scale = view.width / MAP_BOX.width;
  node.setAttribute('viewBox', [view.west, -view.north, view.width, view.height].map(v => v.toFixed(1)).join(' '));
  if (geography && geography.land) {
    node.append(svg('path', { class: 'land', d: geography.land, 'vector-effect': 'non-scaling-stroke' }));
    node.append(svg('path', { class: 'borders', d: geography.borders, 'vector-effect': 'non-scaling-stroke' }));
  }
  if (!places.length) {
    node.append(svg('text', { x: 0, y: -20, 'text-anchor': 'middle', 'font-size': 9 }, 'No located events for this filter'));
    return;
  }
  const most = Math.max(...places.map(place => place.events));
  const byArea = [...places].sort((a, b) => b.events - a.events); // small circles on top
  for (const place of byArea) {
    const quad = mainQuadClass(place.by_quad_class);
    const types = Object.entries(place.by_type).sort((a, b) => b[1] - a[1])
      .map(([type, count]) => `${type} ${count}`).join(', ');
    const label = `${place.name || '?'} (${place.country || '?'}): ${number(place.events)} events — ${types}`;
    node.append(svg('circle', {
      cx: place.lon, cy: -place.lat, r: ((1.2 + 6 * Math.sqrt(place.events / most)) * scale).toFixed(2),
      'stroke-width': (0.3 * scale).toFixed(2),
      class: `q${quad}`, tabindex: 0, 'data-country': place.country,
      on: { click: () => onPick(place.country) },
    }, svg('title', {}, label)));
  }
}

export function mapLegend(node, quadNames) {
  clear(node);
  for (const [quad, name] of Object.entries(quadNames)) {
    const dot = document.createElement('i');
    dot.className = `q${quad}`;
    const item = document.createElement('span');
    item.append(dot, name);
    node.append(item);
  }
  node.append('· circle area: events; click a place to filter by its country');
}

// Countries on a circle, arrows from actor to recipient, width = events,
// colour = mean Goldstein (red conflictual, blue cooperative).
export function drawNetwork(node, edges, onPickActor, onPickPair) {
  clear(node);
  const width = 400, height = 300, cx = width / 2, cy = height / 2, radius = 115;
  const between = edges.filter(edge => edge.actor !== edge.recipient).slice(0, 40);
  if (!between.length) {
    note(node, cx, cy, 'No events between two countries for this filter');
    return between;
  }
  const weight = new Map();
  for (const edge of between) {
    weight.set(edge.actor, (weight.get(edge.actor) || 0) + edge.events);
    weight.set(edge.recipient, (weight.get(edge.recipient) || 0) + edge.events);
  }
  const countries = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a) || a.localeCompare(b));
  const position = new Map(countries.map((code, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / countries.length;
    return [code, { x: cx + radius * Math.cos(angle), y: cy + radius * Math.sin(angle), angle }];
  }));
  node.append(svg('defs', {}, svg('marker', {
    id: 'arrow', viewBox: '0 0 8 8', refX: 7, refY: 4, markerWidth: 7, markerHeight: 7, orient: 'auto',
    markerUnits: 'userSpaceOnUse',
  }, svg('path', { d: 'M0,0 L8,4 L0,8 z', fill: '#59636e' }))));
  const most = Math.max(...between.map(edge => edge.events));
  const heaviest = Math.max(...weight.values());
  const nodeRadius = code => 4 + 7 * Math.sqrt(weight.get(code) / heaviest);
  for (const edge of [...between].reverse()) {
    const from = position.get(edge.actor), to = position.get(edge.recipient);
    const dx = to.x - from.x, dy = to.y - from.y;
    // Bend each arrow to its left so that A→B and B→A stay apart; stop at the node's rim.
    const bend = 0.18, mx = (from.x + to.x) / 2 - dy * bend, my = (from.y + to.y) / 2 + dx * bend;
    const back = nodeRadius(edge.recipient) + 2;
    const ex = to.x - (to.x - mx) / Math.hypot(to.x - mx, to.y - my) * back;
    const ey = to.y - (to.y - my) / Math.hypot(to.x - mx, to.y - my) * back;
    const goldstein = edge.mean_goldstein ?? 0;
    const colour = goldstein < -1 ? '#c0392b' : goldstein > 1 ? '#2a7ab9' : '#8c959f';
    const mean = edge.mean_goldstein === null ? 'no Goldstein score' : `mean Goldstein ${edge.mean_goldstein.toFixed(1)}`;
    node.append(svg('path', {
      class: 'edge', d: `M${from.x.toFixed(1)},${from.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: colour, 'stroke-opacity': 0.75, 'stroke-width': (0.8 + 4 * edge.events / most).toFixed(2),
      'marker-end': 'url(#arrow)', 'data-pair': `${edge.actor}-${edge.recipient}`,
      on: { click: () => onPickPair(edge.actor, edge.recipient) },
    }, svg('title', {}, `${edge.actor} → ${edge.recipient}: ${number(edge.events)} events, ${mean} (click for the timeline)`)));
  }
  for (const code of countries) {
    const { x, y, angle } = position.get(code);
    const r = nodeRadius(code);
    const lx = x + Math.cos(angle) * (r + 4), ly = y + Math.sin(angle) * (r + 8) + 3;
    const anchor = Math.cos(angle) > 0.3 ? 'start' : Math.cos(angle) < -0.3 ? 'end' : 'middle';
    node.append(svg('g', { on: { click: () => onPickActor(code) } },
      svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
      svg('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': anchor, class: 'code' }, code),
      svg('title', {}, `${code}: ${number(weight.get(code))} events with the countries shown (click to filter by actor)`)));
  }
  return between;
}

// Stacked bars of events per period by quad class, the mean Goldstein as a line.
export function drawDyad(node, data, quadNames) {
  clear(node);
  const width = 400, height = 200, left = 30, right = 30, top = 14, bottom = 28;
  const plotWidth = width - left - right, plotHeight = height - top - bottom;
  const periods = data.periods;
  if (!periods.length) {
    note(node, width / 2, height / 2, `No dated events from ${data.actor} to ${data.recipient}`);
    return;
  }
  const most = Math.max(1, ...periods.map(period => period.total));
  const step = plotWidth / periods.length;
  const barWidth = Math.max(1, step * 0.8);
  const y = count => top + plotHeight - (count / most) * plotHeight;
  const yGoldstein = score => top + plotHeight / 2 - (score / 10) * (plotHeight / 2);
  node.append(svg('line', { class: 'axis', x1: left, x2: left + plotWidth, y1: top + plotHeight, y2: top + plotHeight }));
  node.append(svg('line', { class: 'axis', x1: left, x2: left + plotWidth, y1: yGoldstein(0), y2: yGoldstein(0), 'stroke-dasharray': '2 3' }));
  node.append(svg('text', { x: left - 4, y: top + 4, 'text-anchor': 'end' }, String(most)));
  node.append(svg('text', { x: left - 4, y: top + plotHeight, 'text-anchor': 'end' }, '0'));
  for (const [score, label] of [[10, '+10'], [0, '0'], [-10, '−10']]) {
    node.append(svg('text', { x: left + plotWidth + 4, y: yGoldstein(score) + 3 }, label));
  }
  const labelEvery = Math.ceil(periods.length / 8);
  periods.forEach((period, index) => {
    const x = left + index * step + (step - barWidth) / 2;
    const parts = period.counts.map((count, quad) => count ? `${quadNames[quad + 1]} ${count}` : null).filter(Boolean);
    const mean = period.mean_goldstein === null ? '' : `; mean Goldstein ${period.mean_goldstein.toFixed(1)}`;
    const group = svg('g', { 'data-period': period.period },
      svg('title', {}, `${period.period}: ${period.total} events${parts.length ? ' — ' + parts.join(', ') : ''}${mean}`));
    let base = 0;
    period.counts.forEach((count, quad) => {
      if (!count) return;
      group.append(svg('rect', { class: `q${quad + 1}`, x: x.toFixed(2), width: barWidth.toFixed(2),
        y: y(base + count).toFixed(2), height: (y(base) - y(base + count)).toFixed(2) }));
      base += count;
    });
    if (period.total && step >= 12) {
      group.append(svg('text', { x: (x + barWidth / 2).toFixed(1), y: (y(period.total) - 2).toFixed(1), 'text-anchor': 'middle', class: 'count' }, String(period.total)));
    }
    node.append(group);
    if (index % labelEvery === 0) {
      node.append(svg('text', { x: (x + barWidth / 2).toFixed(1), y: height - bottom + 14, 'text-anchor': 'middle' }, period.period));
    }
  });
  let line = '', broken = true; // the line breaks over periods without events
  periods.forEach((period, index) => {
    if (period.mean_goldstein === null) { broken = true; return; }
    const x = left + index * step + step / 2;
    line += `${broken ? 'M' : 'L'}${x.toFixed(1)},${yGoldstein(period.mean_goldstein).toFixed(1)}`;
    broken = false;
  });
  if (line) node.append(svg('path', { class: 'goldstein', d: line }, svg('title', {}, 'mean Goldstein score (right axis)')));
}
