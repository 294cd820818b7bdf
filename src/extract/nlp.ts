/**
 * compromise, loaded on first use. Importing it costs close to a second (its ESM build is
 * hundreds of modules), and most runs never need it: only the sentences that cheap patterns
 * leave open reach it. The bundled CommonJS build loads several times faster.
 */
import { createRequire } from 'node:module';
import type nlpModule from 'compromise';

type Nlp = typeof nlpModule;

let loaded: Nlp | undefined;

export function nlp(text: string): ReturnType<Nlp> {
  loaded ??= createRequire(import.meta.url)('compromise') as Nlp;
  return loaded(text);
}
