/**
 * The name forms news uses for a person, added to the record's own aliases at build time:
 * German umlauts written out ("Schroeder" for Schröder), the Spanish paternal surname with
 * the first name ("Cristina Fernández" for Cristina Fernández de Kirchner), and the short
 * forms in `NAME_FORMS` (each one the press's, e.g. "Lula"). Diacritics, "ł"/"ø" and the
 * like need no alias: the name normaliser folds them ("Szydlo" = "Szydło").
 */
import { NAME_FORMS } from './kb-tables.js';

interface Named {
  person: string;
  country: string;
  aliases: string[];
}

/** Countries whose press writes ä/ö/ü as ae/oe/ue when it drops the dots. */
const GERMAN_SPELLING = new Set(['Germany', 'Austria', 'Switzerland', 'Liechtenstein', 'Luxembourg', 'West Germany', 'East Germany']);

function umlautsWrittenOut(name: string): string {
  return name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue');
}

/** "Cristina Fernández de Kirchner" → "Cristina Fernández"; "Javier Pérez de Cuéllar" → "Javier Pérez". */
function paternalForm(name: string): string | undefined {
  const words = name.split(/\s+/);
  const de = words.findIndex((w, i) => i >= 2 && /^(?:de|del)$/i.test(w));
  return de > 0 && de < words.length - 1 ? words.slice(0, de).join(' ') : undefined;
}

export function nameForms(term: Named): string[] {
  const forms = new Set(term.aliases);
  for (const name of [term.person, ...term.aliases]) {
    if (GERMAN_SPELLING.has(term.country) && /[äöüÄÖÜ]/.test(name)) forms.add(umlautsWrittenOut(name));
  }
  const paternal = paternalForm(term.person);
  if (paternal) forms.add(paternal);
  for (const form of NAME_FORMS[term.person] ?? []) forms.add(form);
  forms.delete(term.person);
  return [...forms];
}
