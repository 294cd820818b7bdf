/**
 * The `rules` of a configuration: presets, severities (words or 0/1/2) and each rule's options
 * checked against its `meta.schema` and merged over its defaults. Errors name the file and the
 * JSON Pointer of the setting.
 */
import type { ValidateFunction } from 'ajv';
import type { Rule, Severity } from '../rule-api/types.js';
import { ConfigError, ajv, describeAjvError, isSeverity, pickMostSpecificError } from './config-file.js';
import type { RuleSetting, SeverityValue } from './config-file.js';

export interface ResolvedRuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

const optionValidators = new WeakMap<Rule, ValidateFunction>();

/** JSON Pointer escaping (RFC 6901) for a key such as a rule id. */
export function pointerKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function normaliseSeverity(value: SeverityValue): Severity {
  if (value === 0) return 'off';
  if (value === 1) return 'warn';
  if (value === 2) return 'error';
  return value;
}

/** Rules of a preset, at their default severity. */
export function presetRules(preset: string, rules: readonly Rule[]): Map<string, ResolvedRuleSetting> {
  const chosen = preset === 'factlint:all' ? rules : rules.filter((r) => r.meta.recommended);
  return new Map(chosen.map((r) => [r.meta.id, { severity: r.meta.defaultSeverity, options: { ...defaultOptionsOf(r) } }]));
}

function defaultOptionsOf(rule: Rule): Record<string, unknown> {
  return (rule.meta.defaultOptions ?? {}) as Record<string, unknown>;
}

function validateRuleOptions(file: string, pointer: string, rule: Rule, options: Record<string, unknown>): void {
  let validate = optionValidators.get(rule);
  if (!validate) {
    validate = ajv.compile(rule.meta.schema ?? {});
    optionValidators.set(rule, validate);
  }
  if (validate(options)) return;
  const error = pickMostSpecificError(validate.errors ?? []);
  throw new ConfigError(file, `${pointer}${error.instancePath}`, `${describeAjvError(error)} (options of rule "${rule.meta.id}")`);
}

/** Apply one config object's `rules` over `base`. Options merge over the rule's defaults. */
export function applyRuleSettings(
  file: string,
  settings: Record<string, RuleSetting>,
  base: Map<string, ResolvedRuleSetting>,
  rules: readonly Rule[],
): void {
  for (const [id, setting] of Object.entries(settings)) {
    const pointer = `/rules/${pointerKey(id)}`;
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) throw new ConfigError(file, pointer, `unknown rule "${id}" (see factlint --list-rules)`);
    const [severityValue, userOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!isSeverity(severityValue)) {
      throw new ConfigError(file, Array.isArray(setting) ? `${pointer}/0` : pointer, `expected "off", "warn", "error", 0, 1 or 2, got ${JSON.stringify(severityValue)}`);
    }
    if (userOptions !== undefined) validateRuleOptions(file, `${pointer}/1`, rule, userOptions);
    const previous = base.get(id)?.options ?? defaultOptionsOf(rule);
    base.set(id, { severity: normaliseSeverity(severityValue), options: { ...previous, ...(userOptions ?? {}) } });
  }
}
