/**
 * SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers). Findings are `results`;
 * rule metadata goes to `tool.driver.rules`; evidence and sources go to each result's
 * `properties`. A rule's `meta.messages` become its `messageStrings` (SARIF §3.49.11, with
 * `{{name}}` as `{0}` and literal braces doubled, §3.11.5), and a result from such a rule names
 * its message by `id` with the values as `arguments` (§3.11.10–11), beside the filled `text`
 * that viewers show first (§3.11.7). A file that could not be linted is a tool execution notification (it is not
 * a finding about the article) and makes `executionSuccessful` false.
 */
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Finding, RelatedLocation, Rule } from '../rule-api/types.js';
import { placeholdersOf, splitTemplate } from '../rule-api/messages.js';
import { fatalMessagesOf } from './types.js';
import type { Formatter, ReportContext } from './types.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type Json = Record<string, unknown>;

function level(severity: 'warn' | 'error'): 'warning' | 'error' {
  return severity === 'error' ? 'error' : 'warning';
}

/** A relative URI with forward slashes (SARIF `uri-reference`), relative to `%SRCROOT%` = cwd. */
function artifactUri(filePath: string, cwd: string): string {
  const rel = relative(cwd, resolve(cwd, filePath));
  return encodeURI(rel.split(sep).join('/')).replace(/[?#]/g, encodeURIComponent);
}

function region(location: { line?: number; column?: number; endLine?: number; endColumn?: number }): Json | undefined {
  if (!location.line) return undefined;
  return {
    startLine: location.line,
    ...(location.column ? { startColumn: location.column } : {}),
    ...(location.endLine ? { endLine: location.endLine } : {}),
    ...(location.endColumn ? { endColumn: location.endColumn } : {}),
  };
}

function physicalLocation(filePath: string, location: Parameters<typeof region>[0], cwd: string): Json {
  const r = region(location);
  return { artifactLocation: { uri: artifactUri(filePath, cwd), uriBaseId: '%SRCROOT%' }, ...(r ? { region: r } : {}) };
}

function ruleDescriptor(rule: Rule): Json {
  const { meta } = rule;
  return {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.docs?.description ?? meta.description },
    defaultConfiguration: { level: level(meta.defaultSeverity) },
    ...(meta.messages ? { messageStrings: Object.fromEntries(Object.entries(meta.messages).map(([id, template]) => [id, { text: sarifTemplate(template) }])) } : {}),
    properties: { category: meta.category, recommended: meta.recommended, ...(meta.docs?.url ? { docs: meta.docs.url } : {}) },
  };
}

/** `{{name}}` → `{n}` (n: the placeholder's first position), literal `{` `}` doubled (SARIF §3.11.5). */
function sarifTemplate(template: string): string {
  const order = placeholdersOf(template);
  return splitTemplate(template)
    .map((part) => ('literal' in part ? part.literal.replace(/[{}]/g, (brace) => brace + brace) : `{${order.indexOf(part.placeholder)}}`))
    .join('');
}

/** The result's message: its text, and the id and arguments of the rule's message string when it has one. */
function resultMessage(finding: Finding, rule: Rule | undefined): Json {
  const template = finding.messageId !== undefined ? rule?.meta.messages?.[finding.messageId] : undefined;
  if (template === undefined) return { text: finding.message };
  const args = placeholdersOf(template).map((name) => finding.data?.[name] ?? '');
  return { text: finding.message, id: finding.messageId, ...(args.length > 0 ? { arguments: args } : {}) };
}

function relatedLocations(related: RelatedLocation[] | undefined, cwd: string): Json[] | undefined {
  if (!related?.length) return undefined;
  return related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.filePath, r, cwd), message: { text: r.message } }));
}

function result(filePath: string, finding: Finding, rules: Rule[], ruleIndex: Map<string, number>, cwd: string): Json {
  const index = ruleIndex.get(finding.ruleId);
  const related = relatedLocations(finding.related, cwd);
  const properties: Json = {
    ...(finding.evidence ? { evidence: finding.evidence } : {}),
    ...(finding.sources?.length ? { sources: finding.sources } : {}),
    ...(finding.suggestions?.length ? { suggestions: finding.suggestions.map((s) => ({ message: s.message, ...(s.replacement !== undefined ? { replacement: s.replacement } : {}) })) } : {}),
  };
  return {
    ruleId: finding.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: level(finding.severity),
    message: resultMessage(finding, index !== undefined ? rules[index] : undefined),
    locations: [{ physicalLocation: physicalLocation(filePath, finding, cwd) }],
    ...(related ? { relatedLocations: related } : {}),
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

export function toSarif(results: FileResult[], context: ReportContext): Json {
  const usedRuleIds = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  // Every known rule is described, so viewers can show help for rules with no results too.
  const rules = [...context.rules];
  for (const id of usedRuleIds) if (!rules.some((r) => r.meta.id === id)) rules.push(unknownRule(id));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const fatal = results.flatMap((r) => fatalMessagesOf(r).map((m) => ({ filePath: r.filePath, message: m.message })));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'factlint', version: context.version, rules: rules.map(ruleDescriptor) } },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: fatal.length === 0,
            toolExecutionNotifications: fatal.map((r) => ({
              level: 'error',
              message: { text: `${r.filePath}: ${r.message}` },
              locations: [{ physicalLocation: physicalLocation(r.filePath, {}, context.cwd) }],
            })),
          },
        ],
        results: results.flatMap((r) => r.findings.map((f) => result(r.filePath, f, rules, ruleIndex, context.cwd))),
      },
    ],
  };
}

// A finding from a rule outside the run's list (e.g. a test rule) still needs a descriptor.
function unknownRule(id: string): Rule {
  return {
    meta: { id, description: id, category: 'general', defaultSeverity: 'warn', recommended: false, fixable: false, schema: {}, defaultOptions: {}, docs: { description: id, examples: { valid: [], invalid: [] }, url: '' } },
    check: () => undefined,
  };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export const formatSarif: Formatter = (results, context) => `${JSON.stringify(toSarif(results, context), null, 2)}\n`;
