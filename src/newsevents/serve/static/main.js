// The dashboard: filters -> events table with evidence, map, network and dyad timeline.
import { api, clear, el, highlighted, number } from './dom.js';
import { drawDyad, drawMap, drawNetwork, mapLegend } from './charts.js';

const PAGE_SIZE = 50;
const FILTERS = ['actor', 'recipient', 'event', 'modality', 'since', 'until', 'country', 'source', 'q'];
const $ = id => document.getElementById(id);
const state = { filters: {}, offset: 0, total: 0, summary: null, geography: null, selectedRow: null };

function showError(error) {
  $('status').textContent = error ? String(error.message || error) : '';
}

function readFilters() {
  const form = $('filters');
  const filters = {};
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function writeFilters(filters) {
  const form = $('filters');
  for (const name of FILTERS) form.elements[name].value = filters[name] || '';
  if (!filters.modality) form.elements.modality.value = 'asserted';
}

function filtersFromAddress() {
  const params = new URLSearchParams(location.hash.slice(1));
  return Object.fromEntries(FILTERS.filter(name => params.get(name)).map(name => [name, params.get(name)]));
}

function fillChoices(summary, actors, sources) {
  const form = $('filters');
  for (const type of summary.event_types) form.elements.event.append(el('option', { value: type, text: type }));
  for (const modality of summary.modalities) {
    const label = modality === 'asserted' ? 'asserted: events' : `${modality}: not events`;
    form.elements.modality.append(el('option', { value: modality, text: label }));
  }
  for (const { source, articles } of sources) {
    form.elements.source.append(el('option', { value: source, text: `${source} (${number(articles)})` }));
  }
  $('countries').replaceChildren(...actors.map(actor => el('option', { value: actor.code, text: actor.name })));
  const { counts } = summary;
  const span = summary.first_date ? `, ${summary.first_date} to ${summary.last_date}` : '';
  $('summary').textContent = `${summary.store}: ${number(counts.events)} events from ${number(counts.mentions)}`
    + ` mentions in ${number(counts.articles)} articles${span}`;
}

function plural(count, noun) {
  return `${number(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function who(code, name) {
  return el('span', { class: 'code', title: name || null, text: code || '—' });
}

function place(event) {
  const name = event.location_resolved_name || event.location_name;
  if (!name) return '—';
  const inCountry = event.location_feature !== 'country' && event.location_country;
  return inCountry ? `${name}, ${event.location_country}` : name;
}

function eventRow(event) {
  const evidence = event.evidence || {};
  const row = el('tr', { tabindex: 0, 'data-event-id': event.event_id ?? '' },
    el('td', { text: event.date || '—' }),
    el('td', {}, who(event.actor_code, event.actor_name), ' → ', who(event.recipient_code, event.recipient_name)),
    el('td', {}, el('span', { class: `tag q${event.quad_class}`, text: event.event }), ' ',
      el('span', { class: 'code muted', text: event.cameo || '' })),
    el('td', { title: place(event) }, el('div', { class: 'clamp', text: place(event) })),
    el('td', { class: 'code', title: 'mentions / articles / sources',
      text: `${event.num_mentions}/${event.num_articles}/${event.num_sources}` }),
    el('td', {}, el('div', { class: 'clamp sentence', text: evidence.sentence || '' })));
  const open = () => {
    const again = state.selectedRow === row;
    closeEvent();
    if (again) return; // a second click folds the evidence away
    row.classList.add('selected');
    state.selectedRow = row;
    openEvent(event, row).catch(showError);
  };
  row.addEventListener('click', open);
  row.addEventListener('keydown', key => { if (key.key === 'Enter') open(); });
  return row;
}

function mentionBlock(mention) {
  const parts = [
    { role: 'actor', span: mention.actor }, { role: 'trigger', span: mention.trigger },
    { role: 'recipient', span: mention.recipient },
  ];
  const link = mention.url
    ? el('a', { href: mention.url, target: '_blank', rel: 'noopener noreferrer', text: mention.title || mention.url })
    : mention.title && el('span', { text: `“${mention.title}”` });
  const said = mention.reported_by ? ` · said by ${mention.reported_by.text}` : '';
  return el('div', { class: 'mention' },
    el('blockquote', {}, ...highlighted(mention.sentence, parts)),
    el('div', { class: 'muted small' },
      `${mention.source || 'unknown outlet'} · ${mention.published || 'no date'} · `, link, link && ' · ',
      `article ${mention.article_id}, sentence ${mention.sentence_index + 1} · ${mention.modality}${said}`));
}

function closeEvent() {
  if (state.selectedRow) state.selectedRow.classList.remove('selected');
  state.selectedRow = null;
  const open = $('evidence');
  if (open) open.closest('tr').remove();
}

// The evidence opens in a row under the event: every mention, highlighted, with its article.
async function openEvent(event, row) {
  const panel = el('article', { id: 'evidence', 'aria-live': 'polite' }, el('p', { class: 'muted', text: 'Loading…' }));
  row.after(el('tr', { class: 'detail' }, el('td', { colspan: 6 }, panel)));
  const detail = event.event_id === null ? { ...event, mentions: [event.evidence] }
    : await api(`/api/events/${event.event_id}`);
  const goldstein = detail.goldstein === null ? '' : ` · Goldstein ${detail.goldstein}`;
  const reports = `${plural(detail.num_mentions, 'mention')} in ${plural(detail.num_articles, 'article')}`
    + ` from ${plural(detail.num_sources, 'source')}`;
  clear(panel).append(
    el('h3', {}, el('span', { class: `tag q${detail.quad_class}`, text: detail.event }),
      ` ${detail.cameo || ''} · ${detail.actor_code || '—'} → ${detail.recipient_code || '—'} · ${detail.date || 'no date'}`),
    el('p', { class: 'muted small', text: `${detail.modality}${goldstein} · ${place(detail)} · ${reports}` }),
    el('p', { class: 'legend' }, el('mark', { class: 'actor', text: 'actor' }),
      el('mark', { class: 'trigger', text: 'trigger' }), el('mark', { class: 'recipient', text: 'recipient' })),
    ...detail.mentions.map(mentionBlock));
}

function showEvents(answer) {
  state.total = answer.total;
  const body = $('events').tBodies[0];
  const modality = state.filters.modality || 'asserted';
  $('events-heading').textContent = modality === 'asserted' ? 'Events' : `Statements (${modality}): not events`;
  closeEvent();
  if (!answer.events.length) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 6, class: 'empty', text: 'No events match these filters.' })));
  } else {
    body.replaceChildren(...answer.events.map(eventRow));
  }
  const first = state.offset + 1;
  const last = state.offset + answer.events.length;
  $('page-info').textContent = answer.total ? `${number(first)}–${number(last)} of ${number(answer.total)}`
    : 'no events';
  $('previous').disabled = state.offset === 0;
  $('next').disabled = last >= answer.total;
  const csv = new URLSearchParams({ ...state.filters, format: 'csv', limit: 1000, offset: state.offset });
  $('csv-link').setAttribute('href', `/api/events?${csv}`);
}

async function loadEvents() {
  const answer = await api('/api/events', { ...state.filters, limit: PAGE_SIZE, offset: state.offset });
  showEvents(answer);
}

async function showDyad(actor, recipient, by) {
  const form = $('dyad-form');
  form.elements.actor.value = actor;
  form.elements.recipient.value = recipient;
  const data = await api('/api/dyad', { actor, recipient, by: by || form.elements.by.value });
  drawDyad($('dyad'), data, state.summary.quad_classes);
  const total = data.periods.reduce((sum, period) => sum + period.total, 0);
  $('dyad-note').textContent = `${data.actor} → ${data.recipient}: ${number(total)} dated events by ${data.by};`
    + ' bars by quad class, line: mean Goldstein (right axis, −10 to +10). Whole store, not the filter.';
}

function setFilter(name, value) {
  writeFilters({ ...state.filters, [name]: value });
  apply().catch(showError);
}

async function apply() {
  state.filters = readFilters();
  state.offset = 0;
  history.replaceState(null, '', `#${new URLSearchParams(state.filters)}`);
  await refresh();
}

// The table, map and network of the current filter: asked for together, drawn as they come.
function fetchView() {
  return Promise.all([api('/api/places', state.filters), api('/api/network', state.filters), loadEvents()]);
}

async function refresh(view = fetchView()) {
  showError(null);
  const [places, network] = await view;
  drawMap($('map'), state.geography, places.places, country => setFilter('country', country));
  const shown = drawNetwork($('network'), network.edges, code => setFilter('actor', code),
    (actor, recipient) => showDyad(actor, recipient).catch(showError));
  const domestic = network.edges.filter(edge => edge.actor === edge.recipient).length;
  $('network-note').textContent = shown.length
    ? `${shown.length} busiest country pairs for this filter; arrow = actor → recipient, width = events, red = conflict, blue = cooperation.`
      + (domestic ? ` Not drawn: ${plural(domestic, 'pair')} within one country.` : '') : '';
  const dyad = $('dyad-form').elements;
  if (!dyad.actor.value && shown.length) await showDyad(shown[0].actor, shown[0].recipient);
  else if (!shown.length && !dyad.actor.value) {
    clear($('dyad'));
    $('dyad-note').textContent = 'Pick two countries to see their events over time.';
  }
}

async function start() {
  state.filters = filtersFromAddress();
  const view = fetchView(); // at once, beside what the page needs to draw it
  const [summary, actors, sources, geography] = await Promise.all([
    api('/api/summary'), api('/api/actors', { limit: 300 }), api('/api/sources'), api('/api/geography'),
  ]);
  state.summary = summary;
  state.geography = geography;
  fillChoices(summary, actors.actors, sources.sources);
  mapLegend($('map-legend'), summary.quad_classes);
  writeFilters(state.filters);
  $('filters').addEventListener('submit', submit => { submit.preventDefault(); apply().catch(showError); });
  $('clear').addEventListener('click', () => { writeFilters({}); apply().catch(showError); });
  $('previous').addEventListener('click', () => {
    state.offset = Math.max(0, state.offset - PAGE_SIZE); loadEvents().catch(showError);
  });
  $('next').addEventListener('click', () => { state.offset += PAGE_SIZE; loadEvents().catch(showError); });
  $('dyad-form').addEventListener('submit', submit => {
    submit.preventDefault();
    const form = submit.target.elements;
    showDyad(form.actor.value.trim(), form.recipient.value.trim(), form.by.value).catch(showError);
  });
  await refresh(view);
  document.body.dataset.ready = 'true'; // for the browser tests
}

start().catch(showError);
