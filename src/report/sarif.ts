/**
 * SARIF 2.1.0 (for GitHub code scanning and other SARIF viewers). Findings are `results`;
 * rule metadata goes to `tool.driver.rules`; evidence and sources go to each result's
 * `properties`. A file that could not be linted is a tool execution notification (it is not
 * a finding about the article) and makes `executionSuccessful` false.
 */
import { relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileResult, Finding, RelatedLocation, Rule } from '../rule-api/types.js';
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
    properties: { category: meta.category, recommended: meta.recommended, ...(meta.docs?.url ? { docs: meta.docs.url } : {}) },
  };
}

function relatedLocations(related: RelatedLocation[] | undefined, cwd: string): Json[] | undefined {
  if (!related?.length) return undefined;
  return related.map((r, i) => ({ id: i + 1, physicalLocation: physicalLocation(r.filePath, r, cwd), message: { text: r.message } }));
}

function result(filePath: string, finding: Finding, ruleIndex: Map<string, number>, cwd: string): Json {
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
    message: { text: finding.message },
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
        results: results.flatMap((r) => r.findings.map((f) => result(r.filePath, f, ruleIndex, context.cwd))),
      },
    ],
  };
}

// A finding from a rule outside the run's list (e.g. a test rule) still needs a descriptor.
function unknownRule(id: string): Rule {
  return {
    meta: { id, description: id, category: 'general', defaultSeverity: 'warn', recommended: false, fixable: false, schema: {}, defaultOptions: {}, docs: { description: id, incorrect: [], correct: [], url: '' } },
    check: () => undefined,
  };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(resolve(dir)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export const formatSarif: Formatter = (results, context) => `${JSON.stringify(toSarif(results, context), null, 2)}\n`;
