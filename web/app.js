// factlint's page: paste or drop an article, see every finding in place, or run an exercise.
// Plain ES module, no build step, nothing loaded from elsewhere. The article and every string
// from the server are put in the page with textContent and DOM nodes only, never as HTML.

const $ = (id) => document.getElementById(id);

const EXAMPLE = `# Baltic ministers agree to meet again

On March 17, the transport ministers of the three Baltic states met in Riga. Friday's talks ended without a timetable, although the ministers said progress had been made since the first memorandum was signed in 2009, more than twenty years ago.

"We are closer than we have ever been," one minister said after the meeting.

The rail link was first proposed at the 2017 G7 summit in Hamburg, and the treaty behind it was signed on Wednesday, 15 March 2005, after three years of negotiation.

Japan's Prime Minister Fumio Kishida, who visited Riga as foreign minister in 2016, sent a message of support.

Earlier coverage: https://www.example-news.com/2023/03/10/baltic-rail-talks-preview
`;

const FORMAT_BY_EXTENSION = { md: 'md', markdown: 'md', html: 'html', htm: 'html', txt: 'txt' };
const MAX_BYTES = 1024 * 1024;

const state = {
  text: '',
  format: 'txt',
  result: null,
  explain: null,
  findings: [],
  selected: -1,
  sentences: [],
  marked: new Set(),
  exerciseFocus: 0,
};

// ------------------------------------------------------------------ small helpers

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.firstChild.remove();
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function parseIso(value) {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) ? null : time;
}

function formatDay(value) {
  const time = parseIso(value);
  return time === null ? String(value ?? '') : dateFormat.format(time);
}

function formatWindow(earliest, latest) {
  if (!earliest || !latest || earliest === latest) return formatDay(earliest ?? latest);
  const [a, b] = [parseIso(earliest), parseIso(latest)];
  if (a === null || b === null) return `${earliest} – ${latest}`;
  const [da, db] = [new Date(a), new Date(b)];
  const month = (d) => d.toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  if (da.getUTCFullYear() === db.getUTCFullYear()) {
    if (da.getUTCMonth() === db.getUTCMonth()) return `${da.getUTCDate()}–${db.getUTCDate()} ${month(db)} ${db.getUTCFullYear()}`;
    return `${da.getUTCDate()} ${month(da)} – ${db.getUTCDate()} ${month(db)} ${db.getUTCFullYear()}`;
  }
  return `${formatDay(earliest)} – ${formatDay(latest)}`;
}

/** Offsets of 1-based line/column (UTF-16) in the text, as the server counts them. */
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function offsetOf(starts, line, column) {
  const start = starts[Math.max(0, Math.min(line - 1, starts.length - 1))];
  return start + Math.max(1, column) - 1;
}

/** CSS class of a severity ('error' or 'warn' in results). */
function severityClass(severity) {
  return severity === 'error' ? 'sev-error' : 'sev-warning';
}

function pluralise(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function ruleName(ruleId) {
  return ruleId ? ruleId.replace(/-/g, ' ') : 'problem';
}

function isWebLink(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

function setStatus(message) {
  $('status').textContent = message;
}

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

// ------------------------------------------------------------------ input: paste, drop, choose

function formatFromName(name) {
  const extension = name.toLowerCase().split('.').pop();
  return FORMAT_BY_EXTENSION[extension];
}

async function takeFile(file) {
  showError('');
  const format = formatFromName(file.name);
  if (!format) {
    showError(`${file.name}: factlint reads .md, .html and .txt files.`);
    return;
  }
  if (file.size > MAX_BYTES) {
    showError(`${file.name} is larger than 1 MB; the server checks articles up to 1 MB.`);
    return;
  }
  $('text').value = await file.text();
  $('format').value = format;
  state.filename = file.name;
  $('file-name').textContent = `Loaded ${file.name}.`;
  setStatus(`Loaded ${file.name}. Press “Check the article”.`);
}

function setUpInput() {
  const zone = $('drop-zone');
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  }
  for (const type of ['dragleave', 'drop']) zone.addEventListener(type, () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files?.[0];
    if (file) takeFile(file);
  });
  // Dropping on the text box takes the file too, rather than pasting its name.
  $('text').addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files?.[0];
    if (!file) return;
    event.preventDefault();
    takeFile(file);
  });
  $('file').addEventListener('change', (event) => {
    const file = event.target.files?.[0];
    if (file) takeFile(file);
  });
  $('text').addEventListener('input', () => {
    state.filename = undefined;
    $('file-name').textContent = '';
  });
  $('example-button').addEventListener('click', () => {
    $('text').value = EXAMPLE;
    $('format').value = 'md';
    $('date').value = '';
    $('url').value = '';
    state.filename = undefined;
    $('file-name').textContent = '';
    $('text').focus();
    setStatus('Example loaded. Press “Check the article”.');
  });
  $('article-form').addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });
}

// ------------------------------------------------------------------ talking to the server

async function post(path, body) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  let data = null;
  try {
    data = await response.json();
  } catch {
    // A proxy's HTML error page: the status line says enough.
  }
  if (!response.ok) {
    const retry = response.headers.get('retry-after');
    const message = data && typeof data.message === 'string' ? data.message : `the server answered ${response.status}`;
    throw new Error(`${message}${retry ? ` (try again in ${retry} s)` : ''}`);
  }
  return data;
}

function mode() {
  return document.querySelector('input[name="mode"]:checked')?.value ?? 'check';
}

async function check() {
  showError('');
  const text = $('text').value;
  if (text.trim() === '') {
    showError('Paste an article or drop a file first.');
    $('text').focus();
    return;
  }
  if (new Blob([text]).size > MAX_BYTES) {
    showError('The article is larger than 1 MB; the server checks articles up to 1 MB.');
    return;
  }
  const format = $('format').value;
  const body = { text, format };
  if (state.filename) body.filename = state.filename;
  if ($('date').value) body.date = $('date').value;
  if ($('url').value.trim()) body.url = $('url').value.trim();
  const button = $('check-button');
  button.disabled = true;
  setStatus('Checking…');
  try {
    const [result, explained] = await Promise.all([
      post('/api/lint', body),
      // The date panel's evidence; the findings do not depend on it.
      post('/api/explain', body).catch(() => null),
    ]);
    state.text = text;
    state.format = format;
    state.result = result;
    state.explain = explained;
    state.findings = [...result.findings].sort((a, b) => a.sourceSpan.start - b.sourceSpan.start || b.sourceSpan.end - a.sourceSpan.end);
    state.selected = -1;
    setStatus(`Checked: ${pluralise(state.findings.length, 'finding')}.`);
    if (mode() === 'exercise') startExercise();
    else showResults();
  } catch (error) {
    setStatus('');
    showError(`Could not check the article: ${error.message}`);
  } finally {
    button.disabled = false;
  }
}

// ------------------------------------------------------------------ the article with highlights

/** Ranges of markup (tags, comments) in HTML, shown dimmed so that the prose stands out. */
function markupRanges(text, format) {
  if (format === 'md') {
    // Front matter is metadata, not prose: shown dimmed and as written.
    const front = /^(?:\ufeff)?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
    return front ? [[0, front[0].length]] : [];
  }
  if (format !== 'html') return [];
  const ranges = [];
  const pattern = /<!--[\s\S]*?-->|<[a-zA-Z/!][^>]*>/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) ranges.push([match.index, match.index + match[0].length]);
  return ranges;
}

/**
 * Text of [from, to) for display: in Markdown and plain text a single line break inside a
 * paragraph is shown as a space, so hard-wrapped articles read as paragraphs. The length is
 * unchanged, so display offsets stay the text's offsets.
 */
function reflow(text, from, to, format) {
  const piece = text.slice(from, to);
  if (format === 'html' || !piece.includes('\n')) return piece;
  let out = '';
  for (let i = from; i < to; i++) {
    const ch = text[i];
    const softBreak = ch === '\n' && i > 0 && /\S/.test(text[i - 1]) && /^[\p{L}\p{N}"'“‘(—–]/u.test(text.slice(i + 1, i + 2));
    out += softBreak ? ' ' : ch;
  }
  return out;
}

/** Display range of a finding: an empty span still gets one character to click. */
function displayRange(finding, length) {
  const { start, end } = finding.sourceSpan;
  if (end > start) return [start, end];
  return start < length ? [start, start + 1] : [Math.max(0, start - 1), start];
}

/**
 * Splits the text at every finding and markup boundary and renders each piece once: plain text,
 * a <mark> for the findings covering it (overlaps keep every finding), dimmed markup inside.
 */
function renderHighlighted(container, text, format, findings, options = {}) {
  clear(container);
  const ranges = findings.map((f) => displayRange(f, text.length));
  const markup = markupRanges(text, format);
  const cuts = new Set([0, text.length]);
  for (const [a, b] of ranges) cuts.add(a).add(b);
  for (const [a, b] of markup) cuts.add(a).add(b);
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  let markupAt = 0;
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (to <= from) continue;
    while (markupAt < markup.length && markup[markupAt][1] <= from) markupAt++;
    const inMarkup = markupAt < markup.length && markup[markupAt][0] <= from && from < markup[markupAt][1];
    const piece = inMarkup ? text.slice(from, to) : reflow(text, from, to, format);
    const inner = inMarkup ? el('span', { class: 'markup' }, piece) : document.createTextNode(piece);
    const covering = [];
    ranges.forEach(([a, b], index) => {
      if (a <= from && to <= b) covering.push(index);
    });
    if (covering.length === 0) {
      fragment.append(inner);
      continue;
    }
    const severe = covering.some((index) => findings[index].severity === 'error');
    const mark = el('mark', {
      class: `finding ${severe ? 'sev-error' : 'sev-warning'}${covering.length > 1 ? ' overlap' : ''}`,
      'data-findings': covering.join(' '),
      title: covering.map((index) => findings[index].message).join('\n'),
    }, inner);
    if (options.onSelect) mark.addEventListener('click', () => options.onSelect(covering[covering.length - 1]));
    fragment.append(mark);
  }
  container.append(fragment);
}

function showResults() {
  $('exercise-section').hidden = true;
  const section = $('results-section');
  section.hidden = false;
  const { findings, result } = state;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  $('summary').textContent = findings.length === 0
    ? 'factlint found nothing to flag in this article.'
    : `${pluralise(findings.length, 'finding')}: ${pluralise(errors, 'error')}, ${pluralise(warnings, 'warning')}.${result.suppressed?.length ? ` ${result.suppressed.length} more silenced by comments in the text.` : ''}`;
  renderHighlighted($('article'), state.text, state.format, findings, { onSelect: (index) => select(index, { focusList: false }) });
  renderList();
  renderDetail();
  renderDate();
  $('results-heading').focus({ preventScroll: true });
  $('results-heading').scrollIntoView({ block: 'start' });
}

function renderList() {
  const list = $('finding-list');
  clear(list);
  state.findings.forEach((finding, index) => {
    const button = el('button', {
      type: 'button',
      class: `finding-item ${severityClass(finding.severity)}`,
      'data-index': index,
      tabindex: index === Math.max(0, state.selected) ? '0' : '-1',
      'aria-current': index === state.selected ? 'true' : undefined,
      onclick: () => select(index, { focusList: true }),
      onkeydown: (event) => onListKey(event, index),
    },
    el('span', { class: `badge ${severityClass(finding.severity)}`, text: finding.severity === 'error' ? 'Error' : 'Warning' }),
    el('span', { class: 'item-text' },
      el('span', { class: 'item-message', text: finding.message }),
      el('span', { class: 'item-meta', text: `${ruleName(finding.ruleId)} · line ${finding.line}` })));
    list.append(el('li', {}, button));
  });
  if (state.findings.length === 0) list.append(el('li', { class: 'hint', text: 'No findings.' }));
}

function onListKey(event, index) {
  const last = state.findings.length - 1;
  const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: last, j: index + 1, k: index - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  select(Math.max(0, Math.min(last, next)), { focusList: true });
}

function select(index, { focusList }) {
  state.selected = index;
  for (const button of $('finding-list').querySelectorAll('button.finding-item')) {
    const mine = Number(button.dataset.index) === index;
    button.tabIndex = mine ? 0 : -1;
    if (mine) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
    if (mine && focusList) button.focus();
  }
  let first = null;
  for (const mark of $('article').querySelectorAll('mark.finding')) {
    const mine = mark.dataset.findings.split(' ').map(Number).includes(index);
    mark.classList.toggle('active', mine);
    if (mine && !first) first = mark;
  }
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  first?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  renderDetail();
}

function findingDetail(finding) {
  const parts = [];
  parts.push(el('p', { class: 'detail-head' },
    el('span', { class: `badge ${severityClass(finding.severity)}`, text: finding.severity === 'error' ? 'Error' : 'Warning' }), ' ',
    el('code', { text: finding.ruleId }), ` · line ${finding.line}, column ${finding.column}`));
  parts.push(el('p', { class: 'detail-message', text: finding.message }));
  const evidence = finding.evidence;
  if (evidence && (evidence.claimed || evidence.actual)) {
    const table = el('dl', { class: 'versus' });
    if (evidence.claimed) table.append(el('dt', { text: 'The text says' }), el('dd', { text: evidence.claimed }));
    if (evidence.actual) table.append(el('dt', { text: 'The record says' }), el('dd', { text: evidence.actual }));
    parts.push(table);
  }
  if (evidence?.reasoning?.length) {
    parts.push(el('p', { class: 'sub', text: 'Why' }), el('ol', { class: 'reasoning' }, evidence.reasoning.map((step) => el('li', { text: step }))));
  }
  if (finding.sources?.length) {
    parts.push(el('p', { class: 'sub', text: finding.sources.length === 1 ? 'Source' : 'Sources' }),
      el('ul', { class: 'sources' }, finding.sources.map((source) => el('li', {},
        isWebLink(source.url)
          ? el('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer', text: source.title || source.url })
          : el('span', { text: source.title || source.url }),
        source.title && isWebLink(source.url) ? el('span', { class: 'url', text: ` ${new URL(source.url).hostname}` }) : null))));
  }
  if (finding.suggestions?.length) {
    parts.push(el('p', { class: 'sub', text: 'Suggested fix' }),
      el('ul', { class: 'suggestions' }, finding.suggestions.map((s) => el('li', {},
        s.message,
        s.replacement !== undefined ? el('span', { class: 'replacement' }, ' → ', el('ins', { text: s.replacement })) : null))));
  }
  if (finding.related?.length) {
    parts.push(el('p', { class: 'sub', text: 'Related' }),
      el('ul', { class: 'related' }, finding.related.map((r) => el('li', { text: `${r.filePath}${r.line ? `:${r.line}` : ''}: ${r.message}` }))));
  }
  return parts;
}

function renderDetail() {
  const body = $('detail-body');
  clear(body);
  const finding = state.findings[state.selected];
  if (!finding) {
    body.append(el('p', { class: 'hint', text: state.findings.length ? 'Select a highlighted passage or a finding in the list.' : 'Nothing to show.' }));
    return;
  }
  body.append(...findingDetail(finding));
}

// ------------------------------------------------------------------ the document date

const SOURCE_WORDS = {
  metadata: 'from the article’s metadata',
  'html-meta': 'from the article’s metadata',
  'front-matter': 'from the article’s front matter',
  cli: 'from the date you gave',
  inferred: 'inferred from the text',
  none: 'unknown',
};

/** Where a piece of date evidence stands, however the server gives it (`line`, or `position.line`). */
function evidenceLine(e) {
  const line = e.line ?? e.position?.line ?? e.location?.line;
  return typeof line === 'number' ? line : null;
}

function evidenceColumn(e) {
  const column = e.column ?? e.position?.column ?? e.location?.column;
  return typeof column === 'number' ? column : 1;
}

/** Renders whatever the server knows: a date alone, or a window with evidence and the dates in the text. */
function renderDate() {
  const body = $('date-body');
  clear(body);
  const fromLint = state.result?.documentDate ?? {};
  const fromExplain = state.explain?.documentDate ?? {};
  const date = { ...fromExplain, ...Object.fromEntries(Object.entries(fromLint).filter(([, v]) => v !== undefined && v !== null)) };
  for (const key of ['earliest', 'latest', 'evidence', 'alternatives']) if (date[key] === undefined && fromExplain[key] !== undefined) date[key] = fromExplain[key];
  if (!date.date && !date.earliest) {
    body.append(el('p', { text: 'factlint could not date this article: give its date above to check relative dates (“last year”, “on Tuesday”).' }));
    return;
  }
  const window = date.earliest && date.latest ? formatWindow(date.earliest, date.latest) : formatDay(date.date);
  const dl = el('dl', { class: 'date-facts' },
    el('dt', { text: 'Written' }), el('dd', { class: 'date-window', text: window }));
  if (date.date) dl.append(el('dt', { text: 'Best day' }), el('dd', { class: 'date-best', text: formatDay(date.date) }));
  const how = SOURCE_WORDS[date.source] ?? date.source;
  const confidence = typeof date.confidence === 'number' && date.source === 'inferred' ? `, confidence ${Math.round(date.confidence * 100)}%` : '';
  dl.append(el('dt', { text: 'How' }), el('dd', { text: `${how}${confidence}` }));
  const timeline = state.explain?.timeline ?? [];
  const svg = timelineSvg(date, timeline);
  body.append(el('div', { class: 'date-top' }, dl, svg));
  if (date.alternatives?.length) {
    body.append(el('p', { class: 'hint', text: `Also possible: ${date.alternatives.map((a) => formatWindow(a.start, a.end)).join('; ')}.` }));
  }
  const evidence = Array.isArray(date.evidence) ? date.evidence : [];
  if (evidence.length) {
    // Evidence without a polarity is a reason for the date.
    const supporting = evidence.filter((e) => e.supports !== false);
    const against = evidence.filter((e) => e.supports === false);
    const item = (e, supports) => el('li', {},
      el('span', { 'aria-hidden': 'true', class: 'sign', text: supports ? '+ ' : '− ' }),
      el('span', { class: 'visually-hidden', text: supports ? 'For: ' : 'Against: ' }),
      e.description ?? e.reason ?? e.kind,
      evidenceLine(e) ? el('button', { type: 'button', class: 'link', onclick: () => showPlace(evidenceLine(e), evidenceColumn(e)), text: ` line ${evidenceLine(e)}` }) : null);
    const details = el('details', { class: 'evidence' },
      el('summary', { text: `Evidence: ${supporting.length} for, ${against.length} against` }),
      el('div', { class: 'evidence-columns' },
        el('div', { class: 'evidence-column for' }, el('p', { class: 'sub', text: 'For' }),
          supporting.length ? el('ul', {}, supporting.map((e) => item(e, true))) : el('p', { class: 'hint', text: 'Nothing.' })),
        el('div', { class: 'evidence-column against' }, el('p', { class: 'sub', text: 'Against' }),
          against.length ? el('ul', {}, against.map((e) => item(e, false))) : el('p', { class: 'hint', text: 'Nothing disagrees.' }))));
    // Open when something disagrees: that is what an editor needs to see.
    if (against.length) details.open = true;
    body.append(details);
  }
}

/** Scroll the article to a line/column and flash it (for date evidence). */
function showPlace(line, column) {
  const offset = offsetOf(lineStarts(state.text), line, column ?? 1);
  const article = $('article');
  let seen = 0;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (seen + node.length > offset) {
      const range = document.createRange();
      range.setStart(node, offset - seen);
      range.setEnd(node, Math.min(node.length, offset - seen + 1));
      const target = node.parentElement;
      target?.scrollIntoView({ block: 'center' });
      target?.classList.add('flash');
      setTimeout(() => target?.classList.remove('flash'), 1600);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    seen += node.length;
  }
}

const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A small timeline: the window as a band, the best day as a marker, dates in the text as ticks. */
function timelineSvg(date, timeline) {
  const windowStart = parseIso(date.earliest ?? date.date);
  const windowEnd = parseIso(date.latest ?? date.date);
  if (windowStart === null || windowEnd === null) return null;
  const DAY = 86_400_000;
  const span = Math.max(windowEnd - windowStart, DAY);
  const margin = Math.max(span * 1.5, 14 * DAY);
  let from = windowStart - margin;
  let to = windowEnd + DAY + margin;
  const mentions = timeline
    .map((t) => ({ ...t, time: parseIso(t.start), endTime: parseIso(t.end) }))
    .filter((t) => t.time !== null && t.time > Date.UTC(1, 0, 2));
  // Dates within a year of the window widen the view; older ones are counted, not drawn.
  for (const m of mentions) {
    if (Math.abs(m.time - windowStart) < 366 * DAY) {
      from = Math.min(from, m.time - 3 * DAY);
      to = Math.max(to, (m.endTime ?? m.time) + 4 * DAY);
    }
  }
  const width = 320;
  const height = 78;
  const x = (time) => 10 + ((time - from) / (to - from)) * (width - 20);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img', 'aria-labelledby': 'timeline-title' });
  svg.append(svgEl('title', { id: 'timeline-title' }, `Timeline: the article was written ${formatWindow(date.earliest ?? date.date, date.latest ?? date.date)}${mentions.length ? `; ${pluralise(mentions.length, 'date')} in the text` : ''}.`));
  svg.append(svgEl('line', { x1: 10, x2: width - 10, y1: 40, y2: 40, class: 'axis' }));
  const bandStart = x(windowStart);
  svg.append(svgEl('rect', { x: bandStart, y: 28, width: Math.max(4, x(windowEnd + DAY) - bandStart), height: 24, rx: 3, class: 'window' }));
  if (parseIso(date.date) !== null) {
    const best = x(parseIso(date.date) + DAY / 2);
    svg.append(svgEl('path', { d: `M${best - 6},14 L${best + 6},14 L${best},24 Z`, class: 'best' }));
  }
  let outside = 0;
  for (const m of mentions) {
    if (m.time < from || m.time > to) {
      outside++;
      continue;
    }
    const tick = svgEl('line', { x1: x(m.time + DAY / 2), x2: x(m.time + DAY / 2), y1: 30, y2: 50, class: 'mention' });
    tick.append(svgEl('title', {}, `“${m.text}” → ${m.value ?? formatDay(m.start)}`));
    svg.append(tick);
  }
  svg.append(svgEl('text', { x: 10, y: 68, class: 'label' }, shortDateFormat.format(from)));
  svg.append(svgEl('text', { x: width - 10, y: 68, class: 'label', 'text-anchor': 'end' }, shortDateFormat.format(to)));
  const figure = el('figure', { class: 'timeline-figure' }, svg,
    el('figcaption', { class: 'hint', text: `Band: when it was written. ▼ best day. Ticks: dates in the text${outside ? ` (${outside} more, years away, not drawn)` : ''}.` }));
  return figure;
}

// ------------------------------------------------------------------ exercise mode

const ABBREVIATIONS = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|Jr|Sr|Co|Inc|Ltd|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

/** Sentences of the text as [start, end) offsets: ends at . ! ? before a capital, and at blank lines. */
function splitSentences(text, format) {
  const sentences = [];
  const markup = markupRanges(text, format);
  const inMarkup = (offset) => markup.some(([a, b]) => a <= offset && offset < b);
  let start = null;
  const close = (end) => {
    if (start === null) return;
    let e = end;
    while (e > start && /\s/.test(text[e - 1])) e--;
    if (e > start && /[\p{L}\p{N}]/u.test(text.slice(start, e).replace(/<[^>]*>/g, ''))) sentences.push([start, e]);
    start = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inMarkup(i)) {
      // Block-level tags end a sentence; inline ones do not.
      const tag = markup.find(([a]) => a === i);
      if (tag && /^<\/?(p|h[1-6]|li|ul|ol|div|section|article|header|footer|blockquote|br|title|head|body|html|table|tr|td|th)\b/i.test(text.slice(tag[0], tag[1]))) close(i);
      continue;
    }
    if (start === null) {
      if (/\s/.test(ch) || (format === 'md' && /[#>*\-+]/.test(ch) && (i === 0 || text[i - 1] === '\n'))) continue;
      start = i;
    }
    if (ch === '\n' && /^\s*\n/.test(text.slice(i + 1, i + 40))) {
      close(i);
      continue;
    }
    if (/[.!?]/.test(ch)) {
      let j = i + 1;
      while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
      const after = text.slice(j, j + 4);
      if (/^\s+["“‘(]?[\p{Lu}\p{N}]/u.test(after) || j >= text.length) {
        if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(start, i - 6), i + 1))) continue;
        close(j);
        i = j - 1;
      }
    }
  }
  close(text.length);
  return sentences;
}

function findingsIn([start, end], findings) {
  return findings.filter((f) => {
    const [a, b] = displayRange(f, state.text.length);
    return a < end && b > start;
  });
}

function startExercise() {
  $('results-section').hidden = true;
  const section = $('exercise-section');
  section.hidden = false;
  $('comparison').hidden = true;
  state.sentences = splitSentences(state.text, state.format);
  state.marked = new Set();
  state.exerciseFocus = 0;
  renderExerciseArticle(false);
  updateExerciseCount();
  $('exercise-heading').focus({ preventScroll: true });
  $('exercise-heading').scrollIntoView({ block: 'start' });
}

function updateExerciseCount() {
  $('exercise-count').textContent = `${pluralise(state.marked.size, 'sentence')} of ${state.sentences.length} marked.`;
}

/** The article as sentences to mark; after the comparison, each sentence shows how it went. */
function renderExerciseArticle(compared) {
  const container = $('exercise-article');
  clear(container);
  const markup = markupRanges(state.text, state.format);
  const piece = (from, to) => {
    const nodes = [];
    let at = from;
    for (const [a, b] of markup) {
      if (b <= at || a >= to) continue;
      if (a > at) nodes.push(document.createTextNode(reflow(state.text, at, a, state.format)));
      nodes.push(el('span', { class: 'markup' }, state.text.slice(Math.max(a, at), Math.min(b, to))));
      at = Math.min(b, to);
    }
    if (at < to) nodes.push(document.createTextNode(reflow(state.text, at, to, state.format)));
    return nodes;
  };
  let at = 0;
  state.sentences.forEach((range, index) => {
    const [start, end] = range;
    if (start > at) container.append(...piece(at, start));
    const marked = state.marked.has(index);
    const flagged = findingsIn(range, state.findings).length > 0;
    const outcome = !compared ? '' : marked && flagged ? 'found' : flagged ? 'missed' : marked ? 'fine' : '';
    const label = { found: 'found by you and factlint', missed: 'missed: factlint flags this', fine: 'you marked it; factlint found nothing' }[outcome];
    const sentence = el('span', {
      class: `sentence${marked ? ' marked' : ''}${outcome ? ` ${outcome}` : ''}`,
      role: 'checkbox',
      'aria-checked': marked ? 'true' : 'false',
      'aria-disabled': compared ? 'true' : undefined,
      'aria-description': label,
      tabindex: index === state.exerciseFocus ? '0' : '-1',
      'data-index': index,
      onclick: () => toggleSentence(index),
      onkeydown: (event) => onSentenceKey(event, index),
    }, ...piece(start, end));
    if (outcome) sentence.append(el('span', { class: `outcome-tag ${outcome}`, text: { found: ' ✓ found', missed: ' ✗ missed', fine: ' ? fine' }[outcome] }));
    container.append(sentence);
    at = end;
  });
  if (at < state.text.length) container.append(...piece(at, state.text.length));
  container.dataset.compared = compared ? 'true' : 'false';
}

function toggleSentence(index) {
  if ($('exercise-article').dataset.compared === 'true') return;
  if (state.marked.has(index)) state.marked.delete(index);
  else state.marked.add(index);
  state.exerciseFocus = index;
  const node = $('exercise-article').querySelector(`[data-index="${index}"]`);
  node.classList.toggle('marked', state.marked.has(index));
  node.setAttribute('aria-checked', state.marked.has(index) ? 'true' : 'false');
  updateExerciseCount();
}

function onSentenceKey(event, index) {
  const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  if (event.key === ' ' || event.key === 'Enter') {
    event.preventDefault();
    toggleSentence(index);
    return;
  }
  let next;
  if (event.key in moves) next = index + moves[event.key];
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = state.sentences.length - 1;
  else return;
  event.preventDefault();
  next = Math.max(0, Math.min(state.sentences.length - 1, next));
  const nodes = $('exercise-article').querySelectorAll('.sentence');
  nodes[index].tabIndex = -1;
  nodes[next].tabIndex = 0;
  nodes[next].focus();
  state.exerciseFocus = next;
}

function compare() {
  const found = [];
  const missed = [];
  const fine = [];
  state.sentences.forEach((range, index) => {
    const hits = findingsIn(range, state.findings);
    const marked = state.marked.has(index);
    if (marked && hits.length) found.push({ index, hits });
    else if (hits.length) missed.push({ index, hits });
    else if (marked) fine.push({ index, hits });
  });
  renderExerciseArticle(true);
  const flagged = found.length + missed.length;
  $('score').textContent = flagged === 0
    ? `factlint flags no sentence in this article. You marked ${pluralise(fine.length, 'sentence')}.`
    : `You found ${found.length} of the ${pluralise(flagged, 'sentence')} factlint flags; you missed ${missed.length}; ${pluralise(fine.length, 'sentence')} you marked had nothing factlint could check.`;
  const body = $('comparison-body');
  clear(body);
  const group = (key, title, explanation, items) => {
    const section = el('section', { class: `outcome ${key}`, 'aria-labelledby': `outcome-${key}` },
      el('h4', { id: `outcome-${key}`, text: `${title} (${items.length})` }),
      el('p', { class: 'hint', text: explanation }));
    const list = el('ol', {});
    for (const { index, hits } of items) {
      const [start, end] = state.sentences[index];
      const item = el('li', {}, el('blockquote', { text: state.text.slice(start, end).replace(/\s+/g, ' ') }));
      for (const finding of hits) item.append(el('div', { class: 'explained' }, ...findingDetail(finding)));
      list.append(item);
    }
    if (items.length) section.append(list);
    body.append(section);
  };
  group('found', 'Found by both', 'You doubted these sentences and factlint flags them too. Here is why.', found);
  group('missed', 'Missed', 'factlint flags these sentences; read what the record says.', missed);
  group('fine', 'Marked but fine', 'You doubted these, but factlint has no evidence against them. It checks dates, knowledge-base facts and quotations only, so a doubt may still be worth a question.', fine);
  $('comparison').hidden = false;
  $('comparison-heading').focus();
}

function setUpModeSwitch() {
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener('change', () => {
      if (!state.result) return;
      if (mode() === 'exercise') startExercise();
      else showResults();
    });
  }
}

function setUpExercise() {
  $('compare-button').addEventListener('click', compare);
  $('reset-button').addEventListener('click', () => {
    state.marked = new Set();
    $('comparison').hidden = true;
    renderExerciseArticle(false);
    updateExerciseCount();
  });
  $('reveal-button').addEventListener('click', () => {
    showResults();
  });
}

// ------------------------------------------------------------------ start

async function showVersion() {
  try {
    const response = await fetch('/healthz');
    const health = await response.json();
    if (health.version) $('version').textContent = `factlint ${health.version}.`;
  } catch {
    // The page works without it.
  }
}

setUpInput();
setUpModeSwitch();
setUpExercise();
showVersion();
document.documentElement.dataset.ready = 'true';
