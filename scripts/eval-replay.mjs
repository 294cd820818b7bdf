#!/usr/bin/env node
/**
 * `npm run eval` hands the devset scorers this command instead of factlint: it prints a
 * saved factlint JSON run (the first argument) and ignores the arguments the scorer adds, so
 * each folder is linted once and scored from that run. Exit 1 like factlint with findings.
 */
import { readFileSync } from 'node:fs';

process.stdout.write(readFileSync(process.argv[2], 'utf8'));
process.exitCode = 1;
