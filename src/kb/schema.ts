/**
 * JSON Schema (draft-07) of a knowledge-base file. A file is either `{ "records": [...] }`
 * (optionally with a `description`) or a bare array of records. Each record names its
 * `kind`; the shape per kind mirrors `src/kb/types.ts`.
 */

const partialDate = {
  type: 'string',
  pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$',
  description: 'YYYY-MM-DD, or YYYY-MM / YYYY when only that is known',
};
const nullablePartialDate = { anyOf: [partialDate, { type: 'null' }], description: 'a date YYYY-MM-DD (or YYYY-MM / YYYY), or null' };
const url = { type: 'string', pattern: '^https?://\\S+$', description: 'an http(s) URL' };
const id = { type: 'string', pattern: '^[a-z0-9][a-z0-9:._-]*$', description: 'a lowercase id (letters, digits, - _ . :)' };
const strings = { type: 'array', items: { type: 'string', minLength: 1 } };
const nullableString = { type: ['string', 'null'] };

const base = {
  id,
  source: url,
  sourceNote: { type: 'string' },
  otherSources: { type: 'array', items: url },
  note: { type: 'string' },
};

const eventRecord = {
  type: 'object',
  required: ['kind', 'id', 'source', 'series', 'name', 'year', 'start', 'end', 'city', 'country', 'placeIds', 'status'],
  properties: {
    ...base,
    kind: { const: 'event' },
    series: { type: 'string', minLength: 1 },
    name: { type: 'string', minLength: 1 },
    edition: { type: ['integer', 'null'], minimum: 1 },
    editionDerived: { type: 'boolean' },
    year: { type: 'integer', minimum: 1900, maximum: 2100 },
    start: nullablePartialDate,
    end: nullablePartialDate,
    datePrecision: { type: 'string' },
    city: nullableString,
    country: nullableString,
    hostAsGiven: { type: 'string' },
    venue: { type: 'string' },
    placeIds: { type: 'array', items: id },
    status: { enum: ['held', 'planned', 'cancelled', 'disrupted'] },
    format: { enum: ['virtual', 'hybrid'] },
    type: { type: 'string' },
    aliases: strings,
    verification: { type: 'string' },
  },
  additionalProperties: false,
};

const agreementRecord = {
  type: 'object',
  required: ['kind', 'id', 'source', 'name', 'parties', 'signed'],
  properties: {
    ...base,
    kind: { const: 'agreement' },
    name: { type: 'string', minLength: 1 },
    aliases: strings,
    phrases: strings,
    parties: strings,
    partyIds: { type: 'array', items: id },
    signed: nullablePartialDate,
    adopted: nullablePartialDate,
    openedForSignature: nullablePartialDate,
    initialed: nullablePartialDate,
    terminated: nullablePartialDate,
    place: nullableString,
    placeIds: { type: 'array', items: id },
    inForce: nullablePartialDate,
    fixedNames: { type: 'boolean' },
    capitalisedAliases: strings,
  },
  additionalProperties: false,
};

const officeTermRecord = {
  type: 'object',
  required: ['kind', 'id', 'source', 'office', 'officeKey', 'country', 'person', 'personId', 'start', 'end'],
  properties: {
    ...base,
    kind: { const: 'office-term' },
    office: { type: 'string', minLength: 1 },
    officeKey: { type: 'string', pattern: '^[a-z0-9-]+:[a-z0-9-]+$', description: 'role:country, e.g. prime-minister:japan' },
    role: { type: 'string' },
    country: { type: 'string', minLength: 1 },
    person: { type: 'string', minLength: 1 },
    personId: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'a slug of the person, e.g. shinzo-abe' },
    aliases: strings,
    start: partialDate,
    end: nullablePartialDate,
    acting: { type: ['boolean', 'null'] },
    disputed: { type: 'boolean' },
    datePrecision: { type: 'string' },
    wikidata: { type: 'string', pattern: '^Q\\d+$', description: 'a Wikidata item id, e.g. Q1397687' },
    titles: strings,
  },
  additionalProperties: false,
};

const placeRecord = {
  type: 'object',
  required: ['kind', 'id', 'source', 'name', 'type'],
  properties: {
    ...base,
    kind: { const: 'place' },
    name: { type: 'string', minLength: 1 },
    type: { enum: ['city', 'country', 'region', 'organization'] },
    countryId: id,
    aliases: strings,
    demonyms: strings,
  },
  additionalProperties: false,
};

/** Dispatch on `kind` first so an error names the right record shape (not four failed alternatives). */
const record = {
  type: 'object',
  required: ['kind'],
  properties: { kind: { enum: ['event', 'agreement', 'office-term', 'place'] } },
  allOf: [
    { if: { properties: { kind: { const: 'event' } } }, then: eventRecord },
    { if: { properties: { kind: { const: 'agreement' } } }, then: agreementRecord },
    { if: { properties: { kind: { const: 'office-term' } } }, then: officeTermRecord },
    { if: { properties: { kind: { const: 'place' } } }, then: placeRecord },
  ],
};

/** One record of any kind (the loader validates records one by one). */
export const kbRecordSchema = { $schema: 'http://json-schema.org/draft-07/schema#', ...record };

const definitions = { record };
const objectFile = {
  type: 'object',
  required: ['records'],
  properties: { $schema: { type: 'string' }, description: { type: 'string' }, records: { type: 'array', items: { $ref: '#/definitions/record' } } },
  additionalProperties: false,
};
const arrayFile = { type: 'array', items: { $ref: '#/definitions/record' } };

/** A file written as `{ "description"?: "...", "records": [...] }`. */
export const kbObjectFileSchema = { $schema: 'http://json-schema.org/draft-07/schema#', definitions, ...objectFile };
/** A file written as a bare array of records. */
export const kbArrayFileSchema = { $schema: 'http://json-schema.org/draft-07/schema#', definitions, ...arrayFile };

/** Either form (for editors and documentation; the loader picks one by the file's shape for clearer errors). */
export const kbFileSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/factlint/factlint/schemas/kb-file.json',
  title: 'factlint knowledge-base file',
  definitions,
  anyOf: [objectFile, arrayFile],
};
