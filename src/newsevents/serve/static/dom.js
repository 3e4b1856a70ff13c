// Building the page from data without ever parsing it as markup: every value from
// the store (article text above all) goes in through textContent or setAttribute.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

// An HTML element: props.text sets textContent, props.on = {event: handler},
// props.href only if it is an http(s) address; anything else is an attribute.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'on') for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    else if (key === 'href') { const url = safeUrl(value); if (url) node.setAttribute('href', url); }
    else node.setAttribute(key, String(value));
  }
  return append(node, children);
}

// An SVG element with attributes; strings among children become text.
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'on') for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
    else if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  return append(node, children);
}

// An article's address, only when it is a web address (never javascript: or data:).
export function safeUrl(text) {
  if (typeof text !== 'string') return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// The sentence as text nodes, with the actor, trigger and recipient in <mark>s.
// Offsets count Unicode code points (as Python does), not UTF-16 units.
export function highlighted(sentence, parts) {
  const characters = Array.from(sentence || '');
  const spans = parts
    .filter(part => part.span && Number.isInteger(part.span.start) && Number.isInteger(part.span.end)
      && part.span.start >= 0 && part.span.end <= characters.length && part.span.start < part.span.end)
    .sort((a, b) => a.span.start - b.span.start);
  const nodes = [];
  let at = 0;
  for (const { role, span } of spans) {
    if (span.start < at) continue; // overlaps the previous part: leave it plain
    nodes.push(characters.slice(at, span.start).join(''));
    nodes.push(el('mark', { class: role, title: role, text: characters.slice(span.start, span.end).join('') }));
    at = span.end;
  }
  nodes.push(characters.slice(at).join(''));
  return nodes;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function number(value) {
  return new Intl.NumberFormat('en').format(value);
}

// GET an API path; rejects with the server's one-line message.
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const address = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(address, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}
