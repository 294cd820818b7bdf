#!/usr/bin/env python3
"""Self-check for officeholders JSON files.  Usage: selfcheck.py FILE.json [FILE.json ...]
Fails (exit 1) on: missing fields, bad role, impossible dates, start > end, end null outside 'in office',
overlapping terms of one single-holder office without an acting/disputed/collegial note, and a `source`
that is not an English Wikipedia article, a Wikidata item page or an official (.gov/.int/europa.eu/un.org) page."""
import json, re, sys, datetime, collections
ROLES = {'head_of_state','head_of_government','head_of_state_and_government','foreign_minister','finance_minister','chair','secretary_general','spokesperson'}
FIELDS = ['office','role','country','person','aliases','start','end','acting','source','sources','cross_checks','wikidata','note']
SRC = re.compile(r'^https://(en\.wikipedia\.org/wiki/.+|www\.wikidata\.org/wiki/Q\d+|[^/]*(\.gov|\.int|europa\.eu|un\.org)(/.*)?)$')
def parse(d, end=False):
    if d is None: return None
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', d): return datetime.date.fromisoformat(d)
    if re.fullmatch(r'\d{4}-\d{2}', d):
        y, m = map(int, d.split('-')); datetime.date(y, m, 1)
        return datetime.date(y, m, 28 if end else 1)
    if re.fullmatch(r'\d{4}', d): return datetime.date(int(d), 12 if end else 1, 31 if end else 1)
    raise ValueError(d)
errs = []
for path in sys.argv[1:]:
    recs = json.load(open(path, encoding='utf-8'))
    by = collections.defaultdict(list)
    for i, r in enumerate(recs):
        tag = '%s[%d] %s / %s' % (path, i, r.get('office'), r.get('person'))
        for f in FIELDS:
            if f not in r: errs.append(tag + ': missing field ' + f)
        if r.get('role') not in ROLES: errs.append(tag + ': bad role %r' % r.get('role'))
        if not r.get('person') or not r.get('office') or not r.get('country'): errs.append(tag + ': empty person/office/country')
        if not r.get('source') or not SRC.match(r['source']): errs.append(tag + ': source not a Wikipedia/Wikidata/official page: %r' % r.get('source'))
        if not r.get('sources'): errs.append(tag + ': no sources')
        try:
            s = parse(r.get('start')); e = parse(r.get('end'), end=True)
        except Exception as ex:
            errs.append(tag + ': impossible date %s' % ex); continue
        if s is None: errs.append(tag + ': no start'); continue
        if s.year < 1800 or s > datetime.date(2026, 12, 31): errs.append(tag + ': start out of range')
        if e and e < s and not (len(r['start']) > len(r['end'] or '') and e.year == s.year): errs.append(tag + ': start > end')
        if e and e.year < 1990: errs.append(tag + ': ends before 1990')
        if r.get('wikidata') and not re.fullmatch(r'Q\d+', r['wikidata']): errs.append(tag + ': bad QID')
        # for overlaps use the narrowest interval an imprecise date allows (year/month: latest start, earliest end)
        s_n = parse(r['start'], end=True); e_n = parse(r['end']) if r.get('end') else None
        by[(r['country'], r['office'])].append((s_n, e_n or datetime.date(2099, 1, 1), r, tag))
    for k, g in by.items():
        g.sort(key=lambda x: x[0])
        for i, (s1, e1, r1, t1) in enumerate(g):
            for s2, e2, r2, t2 in g[i+1:]:
                if s2 >= e1: continue
                if (min(e1, e2) - s2).days <= 3: continue
                ok = lambda r: r.get('acting') in (True, None) or re.search(r'acting|disputed|collegial', (r.get('note') or ''), re.I)
                if r1.get('wikidata') and r1.get('wikidata') == r2.get('wikidata') and r1['person'] == r2['person']:
                    errs.append('%s overlaps another term of the same person %s' % (t1, t2)); continue
                if not (ok(r1) or ok(r2)): errs.append('%s overlaps %s without acting/disputed note' % (t1, t2))
for e in errs: print('FAIL', e)
print('%d problems' % len(errs))
sys.exit(1 if errs else 0)
