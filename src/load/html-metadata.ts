/**
 * Article metadata from an HTML page: publication date, canonical URL and title, from the
 * tags publishers actually use (Open Graph, `<meta name="date">`, schema.org microdata and
 * JSON-LD), each with a priority so the most specific one wins whatever the tag order.
 */
import type { Element } from 'hast';
import type { DocumentMetadata } from './document.js';
import { normaliseDate } from './metadata.js';

/** Lower number wins. */
const DATE_META: Record<string, number> = {
  'article:published_time': 1,
  date: 2,
  pubdate: 4,
  publishdate: 4,
  'publish-date': 4,
  publish_date: 4,
  'dc.date': 5,
  'dc.date.issued': 5,
  'dcterms.date': 5,
  'dcterms.issued': 5,
  'dcterms.created': 5,
  'parsely-pub-date': 6,
  'sailthru.date': 6,
};
const DATE_MICRODATA = 3;
const DATE_JSON_LD = 7;

const URL_CANONICAL = 1;
const URL_OG = 2;
const URL_JSON_LD = 3;

const TITLE_ELEMENT = 1;
const TITLE_OG = 2;
const TITLE_JSON_LD = 3;

interface Candidate {
  value: string;
  priority: number;
}

export class HtmlMetadataCollector {
  private date?: Candidate;
  private url?: Candidate;
  private title?: Candidate;

  /** Look at one element; called for every element of the page, head included. */
  visit(element: Element): void {
    switch (element.tagName) {
      case 'title':
        this.offerTitle(collapse(textOf(element)), TITLE_ELEMENT);
        return;
      case 'meta':
        this.meta(element);
        return;
      case 'link':
        if (hasToken(prop(element, 'rel'), 'canonical')) this.offerUrl(prop(element, 'href'), URL_CANONICAL);
        return;
      case 'script':
        if (prop(element, 'type')?.toLowerCase().trim() === 'application/ld+json') this.jsonLd(textOf(element));
        return;
      default:
        if (hasToken(prop(element, 'itemProp'), 'datePublished')) {
          this.offerDate(prop(element, 'content') ?? prop(element, 'dateTime') ?? collapse(textOf(element)), DATE_MICRODATA);
        }
    }
  }

  result(): DocumentMetadata {
    const metadata: DocumentMetadata = {};
    if (this.title) metadata.title = this.title.value;
    if (this.date) {
      metadata.date = this.date.value;
      metadata.dateSource = 'html-meta';
    }
    if (this.url) {
      metadata.url = this.url.value;
      metadata.urlSource = 'html-meta';
    }
    return metadata;
  }

  private meta(element: Element): void {
    const content = prop(element, 'content');
    if (content === undefined) return;
    const key = (prop(element, 'property') ?? prop(element, 'name') ?? '').trim().toLowerCase();
    if (key in DATE_META) this.offerDate(content, DATE_META[key]);
    else if (key === 'og:url') this.offerUrl(content, URL_OG);
    else if (key === 'og:title') this.offerTitle(collapse(content), TITLE_OG);
    if (hasToken(prop(element, 'itemProp'), 'datePublished')) this.offerDate(content, DATE_MICRODATA);
  }

  /** schema.org JSON-LD: the first object (or `@graph` member) that states each field. */
  private jsonLd(json: string): void {
    let data: unknown;
    try {
      data = JSON.parse(json);
    } catch {
      return; // a publisher's broken JSON-LD is not the article's problem
    }
    for (const item of flattenJsonLd(data)) {
      if (typeof item.datePublished === 'string') this.offerDate(item.datePublished, DATE_JSON_LD);
      if (typeof item.headline === 'string') this.offerTitle(collapse(item.headline), TITLE_JSON_LD);
      if (typeof item.url === 'string' && typeof item.datePublished === 'string') this.offerUrl(item.url, URL_JSON_LD);
    }
  }

  private offerDate(value: string | undefined, priority: number): void {
    const date = normaliseDate(value);
    if (date && (!this.date || priority < this.date.priority)) this.date = { value: date, priority };
  }

  private offerUrl(value: string | undefined, priority: number): void {
    const url = value?.trim();
    if (url && (!this.url || priority < this.url.priority)) this.url = { value: url, priority };
  }

  private offerTitle(value: string, priority: number): void {
    if (value && (!this.title || priority < this.title.priority)) this.title = { value, priority };
  }
}

function flattenJsonLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenJsonLd);
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return [record, ...(Array.isArray(record['@graph']) ? flattenJsonLd(record['@graph']) : [])];
}

function prop(element: Element, name: string): string | undefined {
  const value = element.properties?.[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function hasToken(value: string | undefined, token: string): boolean {
  return value !== undefined && value.toLowerCase().split(/\s+/).includes(token.toLowerCase());
}

function textOf(element: Element): string {
  let text = '';
  for (const child of element.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') text += textOf(child);
  }
  return text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
