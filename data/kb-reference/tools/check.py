#!/usr/bin/env python3
"""Self-check for summits-more.json and treaties-more.json.

Fails (exit 1) on: impossible dates, start > end, year != start year,
duplicate ids (also against the shared reference), duplicate aliases across
treaties (also against the reference), missing sources, bad enum values,
records outside 1990-2026 for the summit file.
Usage: python3 tools/check.py [--ref /work/shared/reference]
"""
import json, os, re, sys, datetime, collections

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.normpath(os.path.join(HERE, ".."))
REF = "/work/shared/reference"
if "--ref" in sys.argv:
    REF = sys.argv[sys.argv.index("--ref") + 1]

errors = []
def err(msg): errors.append(msg)

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
def parse(d, where):
    """Return (datetime.date of start-of-period, precision) or None."""
    if d is None:
        return None
    if not isinstance(d, str) or not DATE_RE.match(d):
        err(f"{where}: bad date format {d!r}"); return None
    parts = d.split("-")
    try:
        y = int(parts[0]); m = int(parts[1]) if len(parts) > 1 else 1; dd = int(parts[2]) if len(parts) > 2 else 1
        return datetime.date(y, m, dd)
    except ValueError:
        err(f"{where}: impossible date {d!r}"); return None

# document-sharing / aggregator hosts that must not be cited (project rule); copies read
# there are logged in logs/reading-notes.md instead
BANNED_HOSTS = ("docslib.org", "scribd.com", "lawsdocbox.com", "pdfslide.us", "documents.pub", "docplayer.net",
                "vdocument.in", "issuu.com", "businessdocbox.com", "paperzz.com", "studyres.com", "slideshare.net",
                "dokumen.tips", "fdocuments.in", "allthe.news", "qeeebo.com", "alea-quiz.com", "jagranjosh.com")

def is_url(s):
    if not (isinstance(s, str) and s.startswith(("http://", "https://"))):
        return False
    host = re.sub(r"^https?://", "", s).split("/")[0].lower()
    if any(host == b or host.endswith("." + b) for b in BANNED_HOSTS):
        err(f"banned (aggregator/document-sharing) source: {s}")
    return True

# ---------- summits ----------
SERIES = {"G20", "G7/G8", "ASEAN", "EAS", "APEC", "BRICS", "SCO", "NATO", "Japan-Russia bilateral",
          "European Council", "WEF", "UNGA", "CHOGM", "COP", "ASEM", "African Union",
          "UN Climate Action Summit", "UN Climate Summit 2014"}
STATUS = {"held", "planned", "cancelled", "disrupted", "postponed"}
PREC = {"day", "month", "partial", "range_of_parent_event", "none", "year"}
FORMAT = {"virtual", "hybrid"}
TYPE = {"extraordinary", "special_meeting", "leaders_meeting", "informal", "bilateral", "special", "emergency"}
VERIF = {"corroborated", "single_source", "conflicting_sources"}
REQ = ["id", "series", "name", "edition", "year", "start_date", "end_date", "date_precision",
       "host_city", "host_country", "status", "source", "other_sources", "verification"]

summ_path = os.path.join(BASE, "summits-more.json")
summits = json.load(open(summ_path, encoding="utf-8")) if os.path.exists(summ_path) else []
ref_summits = json.load(open(os.path.join(REF, "summits.json"), encoding="utf-8")) if os.path.exists(os.path.join(REF, "summits.json")) else []
ref_ids = {s["id"] for s in ref_summits}
ids = collections.Counter(s.get("id") for s in summits)
for i, c in ids.items():
    if c > 1: err(f"summit id duplicated: {i}")
    if i in ref_ids: err(f"summit id already in reference: {i}")
ref_keys = {(s["series"], s.get("start_date")) for s in ref_summits if s.get("start_date")}
for s in summits:
    w = f"summit {s.get('id')}"
    for k in REQ:
        if k not in s: err(f"{w}: missing field {k}")
    if s.get("series") not in SERIES: err(f"{w}: unknown series {s.get('series')!r}")
    if s.get("status") not in STATUS: err(f"{w}: bad status {s.get('status')!r}")
    if s.get("date_precision") not in PREC: err(f"{w}: bad date_precision {s.get('date_precision')!r}")
    if "format" in s and s["format"] not in FORMAT: err(f"{w}: bad format {s['format']!r}")
    if "type" in s and s["type"] not in TYPE: err(f"{w}: bad type {s['type']!r}")
    if s.get("verification") not in VERIF: err(f"{w}: bad verification {s.get('verification')!r}")
    if not is_url(s.get("source")): err(f"{w}: source is not a URL")
    if not isinstance(s.get("other_sources"), list): err(f"{w}: other_sources not a list")
    else:
        for u in s["other_sources"]:
            if not is_url(u): err(f"{w}: other_source not a URL: {u!r}")
    a = parse(s.get("start_date"), w); b = parse(s.get("end_date"), w)
    if a and b and a > b: err(f"{w}: start_date > end_date")
    y = s.get("year")
    if not isinstance(y, int) or not (1990 <= y <= 2026): err(f"{w}: year {y!r} outside 1990-2026")
    if a and y != a.year: err(f"{w}: year {y} != start year {a.year}")
    if not a and b and y != b.year: err(f"{w}: year {y} != end year {b.year}")
    p = s.get("date_precision")
    if p == "day" and not (s.get("start_date") and s.get("end_date") and len(s["start_date"]) == 10 and len(s["end_date"]) == 10):
        err(f"{w}: precision 'day' but dates incomplete")
    if p == "none" and (s.get("start_date") or s.get("end_date")):
        err(f"{w}: precision 'none' but dates given")
    if s.get("status") == "held" and a and a > datetime.date.today():
        err(f"{w}: status held but starts in the future")
    if s.get("conflicting") is not None: pass
    if s.get("verification") == "conflicting_sources" and not s.get("note"):
        err(f"{w}: conflicting_sources without note")
    if (s.get("series"), s.get("start_date")) in ref_keys:
        err(f"{w}: same series and start_date as a reference record")

# ---------- treaties ----------
tr_path = os.path.join(BASE, "treaties-more.json")
treaties = json.load(open(tr_path, encoding="utf-8")) if os.path.exists(tr_path) else []
ref_tr = json.load(open(os.path.join(REF, "treaties.json"), encoding="utf-8")) if os.path.exists(os.path.join(REF, "treaties.json")) else []
TREQ = ["name", "aliases", "parties", "signed", "place", "in_force", "source", "sources", "note"]
alias_owner = {}
for t in ref_tr:
    for a in t.get("aliases", []):
        alias_owner.setdefault(a.strip().lower(), "REF:" + t["name"])
names = collections.Counter(t.get("name", "").lower() for t in treaties)
for n, c in names.items():
    if c > 1: err(f"treaty name duplicated: {n}")
ref_names = {t["name"].lower() for t in ref_tr}
for t in treaties:
    w = f"treaty {t.get('name','?')[:60]}"
    for k in TREQ:
        if k not in t: err(f"{w}: missing field {k}")
    if t.get("name", "").lower() in ref_names: err(f"{w}: already in reference")
    if not is_url(t.get("source")): err(f"{w}: source is not a URL")
    if not t.get("sources") or t.get("source") not in t.get("sources", []): err(f"{w}: sources must include source")
    for u in t.get("sources", []):
        if not is_url(u): err(f"{w}: source entry not a URL: {u!r}")
    if not t.get("aliases"): err(f"{w}: no aliases")
    for a in t.get("aliases", []):
        k = a.strip().lower()
        if k in alias_owner and alias_owner[k] != t["name"]:
            err(f"{w}: alias {a!r} also used by {alias_owner[k][:60]}")
        alias_owner[k] = t["name"]
    dates = {}
    for k in ("signed", "in_force", "adopted", "opened_for_signature", "initialed", "terminated"):
        if k in t and t[k] is not None:
            dates[k] = parse(t[k], f"{w}.{k}")
    if not any(dates.get(k) for k in ("signed", "adopted", "opened_for_signature")):
        err(f"{w}: no signed/adopted/opened date")
    first = min([d for k, d in dates.items() if d and k in ("signed", "adopted", "opened_for_signature", "initialed")], default=None)
    if first and dates.get("in_force") and dates["in_force"] < first:
        err(f"{w}: in_force before signature/adoption")
    if dates.get("terminated") and dates.get("in_force") and dates["terminated"] < dates["in_force"]:
        err(f"{w}: terminated before in_force")
    for k, d in dates.items():
        if d and d > datetime.date(2026, 12, 31): err(f"{w}: {k} in the far future")

total_treaties = len(ref_tr) + len(treaties)
print(f"summits-more: {len(summits)} records; treaties-more: {len(treaties)} (+{len(ref_tr)} reference = {total_treaties})")
if total_treaties < 150:
    err(f"treaty total {total_treaties} < 150")
if errors:
    print(f"{len(errors)} problem(s):")
    for e in errors: print("  -", e)
    sys.exit(1)
print("OK: no problems found")
