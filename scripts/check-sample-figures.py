#!/usr/bin/env python3
"""Independent computation of a few sample-data figures (Python stdlib only).

The end-to-end test (tests/e2e/cli_test.cc) compares `figures --json` with the
numbers this script prints. It shares no code with ankerbericht, so a bug in
the importers or indicators shows up as a mismatch.

Usage: scripts/check-sample-figures.py [sample-data] [from] [to]
"""
import csv, datetime, glob, io, os, sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "sample-data")
start = datetime.date.fromisoformat(sys.argv[2] if len(sys.argv) > 2 else "2026-01-01")
end = datetime.date.fromisoformat(sys.argv[3] if len(sys.argv) > 3 else "2026-06-30")

def read(path):
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252")

def rows(path, first_col):
    text = read(path)
    delim = ";" if text.count(";") >= text.count(",") else ","
    lines = list(csv.reader(io.StringIO(text), delimiter=delim))
    for i, r in enumerate(lines):
        if r and r[0].strip() == first_col:
            header = [h.strip() for h in r]
            return [dict(zip(header, x)) for x in lines[i + 1:] if any(c.strip() for c in x)]
    raise SystemExit(f"{path}: no header starting with {first_col}")

def day(s):
    s = s.strip()
    if "." in s:
        d, m, y = s.split(".")
        return datetime.date(int(y), int(m), int(d))
    return datetime.date.fromisoformat(s[:10])

counter = {}
for f in glob.glob(os.path.join(root, "daten/zaehler/*.csv")):
    for r in rows(f, "Datum"):
        d = day(r["Datum"])
        counter[d] = counter.get(d, 0) + int(r["Eingang"])
tally = {}
for f in glob.glob(os.path.join(root, "daten/strichlisten/*.csv")):
    for r in rows(f, "Datum"):
        d = day(r["Datum"])
        tally[d] = tally.get(d, 0) + int(r["Besucher"])
visits = {**tally, **counter}  # a day with counter data counts the counter
in_period = lambda d: start <= d <= end

events = [r for r in rows(os.path.join(root, "daten/veranstaltungen.csv"), "Nr") if in_period(day(r["Datum"]))]
held = [e for e in events if e["Status"].strip() != "abgesagt"]
paper = digital = 0
for f in glob.glob(os.path.join(root, "daten/feedback/*.csv")):
    first = "Bogen-Nr" if "papier" in f else "Response ID"
    date_col = "Datum" if "papier" in f else "Date"
    n = sum(1 for r in rows(f, first) if in_period(day(r[date_col])))
    if "papier" in f:
        paper += n
    else:
        digital += n
votes = sum(int(r["Punkte"]) for r in rows(os.path.join(root, "daten/klebepunkte.csv"), "Datum") if in_period(day(r["Datum"])))

print(f"visitors.total={sum(v for d, v in visits.items() if in_period(d))}")
print(f"events.held={len(held)}")
print(f"events.cancelled={len(events) - len(held)}")
print(f"events.participants={sum(int(e['Teilnehmende'] or 0) for e in held)}")
print(f"feedback.responses.paper={paper}")
print(f"feedback.responses.digital={digital}")
print(f"votes.total={votes}")
