#!/usr/bin/env python3
"""Generates sample-data/: a fictitious site workspace ("Stadtlabor Lindenau").

Every file in sample-data/ is written by this script; the generated files
are committed so that a new user can run ankerbericht on them
right after cloning. Re-running the script reproduces the files byte for byte
(fixed random seed, no clock, Python 3 standard library only):

    python3 scripts/make-sample-data.py            # writes ./sample-data
    python3 scripts/make-sample-data.py --out DIR  # writes DIR instead

The site, its people and its partner organisations are invented. The data
cover 01.01.2025 .. 31.10.2026 and deliberately contain what real exports
contain: UTF-8 with and without BOM, Windows-1252, CRLF and LF, `;` and `,`
separators, title rows above the header, a trailing empty row, quoted fields
with embedded separators and line breaks, `k. A.` answers, a three-week gap in
the counter data (covered by manual tally sheets), tally days that overlap
counter days, cancelled events and overbooked events.
"""

import argparse
import csv
import datetime as dt
import io
import json
import math
import os
import random
import re

import sample_sites

SEED = 20250101
START = dt.date(2025, 1, 1)
END = dt.date(2026, 10, 31)
SITE = "stadtlabor"

WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]

# ---------------------------------------------------------------------------
# Opening hours and closures (must match ankerbericht.json below)
# ---------------------------------------------------------------------------

PLAN_A = {  # from 01.01.2025
    "Di": "14:00-18:00",
    "Mi": "10:00-13:00, 14:00-18:00",
    "Do": "14:00-19:00",
    "Fr": "14:00-18:00",
    "Sa": "10:00-14:00",
}
PLAN_B = {  # from 01.09.2025: Thursday until 21:00, Friday from 13:00
    "Di": "14:00-18:00",
    "Mi": "10:00-13:00, 14:00-18:00",
    "Do": "14:00-21:00",
    "Fr": "13:00-18:00",
    "Sa": "10:00-14:00",
}
PLAN_B_FROM = dt.date(2025, 9, 1)

CLOSURES = [
    ("01.01.2025", "01.01.2025", "Neujahr"),
    ("18.04.2025", "18.04.2025", "Karfreitag"),
    ("01.05.2025", "01.05.2025", "Tag der Arbeit"),
    ("29.05.2025", "29.05.2025", "Christi Himmelfahrt"),
    ("19.06.2025", "19.06.2025", "Fronleichnam"),
    ("04.08.2025", "16.08.2025", "Sommerpause"),
    ("03.10.2025", "03.10.2025", "Tag der Deutschen Einheit"),
    ("22.12.2025", "06.01.2026", "Weihnachtspause"),
    ("11.03.2026", "11.03.2026", "Teamklausur"),
    ("03.04.2026", "03.04.2026", "Karfreitag"),
    ("01.05.2026", "01.05.2026", "Tag der Arbeit"),
    ("14.05.2026", "14.05.2026", "Christi Himmelfahrt"),
    ("04.06.2026", "04.06.2026", "Fronleichnam"),
    ("27.07.2026", "08.08.2026", "Sommerpause"),
    ("03.10.2026", "03.10.2026", "Tag der Deutschen Einheit"),
]

# Light barrier broken: no counter rows at all in this range.
COUNTER_GAP = (dt.date(2025, 11, 3), dt.date(2025, 11, 23))

# Days on which the team also kept a tally sheet (with age groups) although
# the counter worked: the report must count these days once ("counter wins").
OVERLAP_TALLY_DAYS = [
    dt.date(2025, 3, 15), dt.date(2025, 5, 15), dt.date(2025, 7, 12),
    dt.date(2025, 9, 18), dt.date(2025, 10, 11),
    dt.date(2026, 1, 24), dt.date(2026, 3, 19), dt.date(2026, 5, 21),
    dt.date(2026, 7, 11), dt.date(2026, 9, 17), dt.date(2026, 10, 10),
]


def de(d):
    return d.strftime("%d.%m.%Y")


def parse_de(s):
    return dt.datetime.strptime(s, "%d.%m.%Y").date()


CLOSED_DAYS = set()
for _f, _t, _r in CLOSURES:
    _d = parse_de(_f)
    while _d <= parse_de(_t):
        CLOSED_DAYS.add(_d)
        _d += dt.timedelta(days=1)


def parse_ranges(spec):
    out = []
    for part in spec.split(","):
        a, b = part.strip().split("-")
        out.append((int(a[:2]), int(b[:2])))
    return out


def open_hours(d):
    """List of opening hours (start hour of each hourly interval), [] if closed."""
    if d in CLOSED_DAYS or d < START or d > END:
        return []
    plan = PLAN_B if d >= PLAN_B_FROM else PLAN_A
    spec = plan.get(WD[d.weekday()])
    if not spec:
        return []
    hours = []
    for a, b in parse_ranges(spec):
        hours.extend(range(a, b))
    return hours


def is_open(d):
    return bool(open_hours(d))


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def month_iter():
    y, m = START.year, START.month
    while (y, m) <= (END.year, END.month):
        yield y, m
        m += 1
        if m == 13:
            y, m = y + 1, 1


def months_since_start(d):
    return (d.year - START.year) * 12 + d.month - START.month + (d.day - 1) / 31.0


def growth(d):
    # 0.70 in January 2025 rising to about 1.25 in October 2026
    return 0.70 + 0.55 * months_since_start(d) / 21.5


SEASON = {1: 1.0, 2: 1.05, 3: 1.05, 4: 0.95, 5: 0.9, 6: 0.85, 7: 0.72,
          8: 0.65, 9: 0.95, 10: 1.05, 11: 1.1, 12: 0.95}


def nth_weekday(y, m, weekday, n):
    """n-th (1-based) weekday (0 = Monday) of a month, or None."""
    d = dt.date(y, m, 1)
    while d.weekday() != weekday:
        d += dt.timedelta(days=1)
    d += dt.timedelta(days=7 * (n - 1))
    return d if d.month == m else None


# ---------------------------------------------------------------------------
# People, partners, target groups (all invented)
# ---------------------------------------------------------------------------

TG_SEN = "Seniorinnen und Senioren"
TG_KJ = "Kinder und Jugendliche"
TG_FAM = "Familien"
TG_BER = "Berufstätige"
TG_VER = "Vereine und Ehrenamt"
TG_MIG = "Menschen mit Zuwanderungsgeschichte"
TARGET_GROUPS = [TG_SEN, TG_KJ, TG_FAM, TG_BER, TG_VER, TG_MIG]

# speaker -> (satisfaction effect, clarity effect)
SPEAKERS = {
    "Sabine Wolters": (0.25, 0.3),
    "Jörg Hänel": (0.15, 0.2),
    "Konstantin Weber": (0.0, 0.1),
    "Greta Müller-Haas": (0.2, 0.2),
    "Lukas Pfeiffer": (0.1, 0.0),
    "Aylin Demir": (0.3, 0.2),
    "Henrik Solberg": (-0.35, -0.7),
    "Tobias Brandt": (0.05, 0.1),
    "Dr. Miriam Kessler": (0.2, -0.1),
    "Fatma Yıldız": (0.15, 0.15),
}

# partner -> first month in which it appears (new partners over time)
PARTNERS = {
    "VHS Lindenau": (2025, 1),
    "Seniorenbeirat Lindenau": (2025, 1),
    "Stadtbibliothek Lindenau": (2025, 1),
    "Gymnasium am Park": (2025, 1),
    "Mehrgenerationenhaus Lindenau": (2025, 1),
    "Repair-Café Lindenau e. V.": (2025, 2),
    "Verbraucherberatung Lindenau e. V.": (2025, 2),
    "Präventionsrat Lindenau": (2025, 3),
    "Jugendzentrum Nordstadt": (2025, 4),
    "Bürgerverein Altstadt": (2025, 6),
    "Familienzentrum Sonnenhof": (2025, 9),
    "Integrationsbeirat Lindenau": (2025, 10),
    "Grundschule Lindenau-Süd": (2025, 10),
    "Hochschule Lindenau": (2026, 2),
    "CoderDojo Lindenau": (2026, 3),
    "Freiwilligenagentur Lindenau": (2026, 5),
}


def partners_available(names, d):
    return [p for p in names if (d.year, d.month) >= PARTNERS[p]]


# ---------------------------------------------------------------------------
# Event programme
# ---------------------------------------------------------------------------

# title, topics, target groups, speakers, partners
DIGITALCAFE = [
    ("Digitalcafé: Fragen rund ums Smartphone", ["Smartphone"]),
    ("Digitalcafé: Videotelefonie mit der Familie", ["Smartphone", "Kommunikation"]),
    ("Digitalcafé: Online-Banking sicher nutzen", ["Online-Banking", "Sicherheit im Netz"]),
    ("Digitalcafé: Fotos ordnen und teilen", ["Fotografie", "Smartphone"]),
    ("Digitalcafé: WhatsApp & Co.", ["Kommunikation", "Smartphone"]),
    ("Digitalcafé: Termine online buchen", ["Online-Verwaltung"]),
    ("Digitalcafé: Das Deutschlandticket auf dem Handy", ["Smartphone", "Mobilität"]),
]
SPRECHSTUNDE = [
    ("Handy-Sprechstunde", ["Smartphone"], ["Greta Müller-Haas"], ["Stadtbibliothek Lindenau"]),
    ("Sprechstunde Online-Ausweis", ["Online-Verwaltung", "Datenschutz"], ["Konstantin Weber"], []),
    ("Sprechstunde: Fragen; Antworten; Tipps", ["Smartphone", "Computer"], ["Greta Müller-Haas"], []),
    ("Sprechstunde Bürgerportal Lindenau", ["Online-Verwaltung", "Smart City"], ["Konstantin Weber"], []),
    ("Sprechstunde Verbraucherschutz im Netz", ["Sicherheit im Netz", "Online-Banking"], ["Tobias Brandt"],
     ["Verbraucherberatung Lindenau e. V."]),
]
WERKSTATT = [
    ("Offene Werkstatt: 3D-Druck", ["3D-Druck"], ["Lukas Pfeiffer"], []),
    ("Offene Werkstatt: Reparieren statt wegwerfen", ["Reparieren", "Nachhaltigkeit"], ["Lukas Pfeiffer"],
     ["Repair-Café Lindenau e. V."]),
    ("Offene Werkstatt: Elektronik und Löten", ["Elektronik"], ["Lukas Pfeiffer"], ["Jugendzentrum Nordstadt"]),
]
WORKSHOPS = [
    ("3D-Druck für Einsteiger", ["3D-Druck"], [TG_FAM, TG_BER], ["Lukas Pfeiffer"], []),
    ("Scratch-Programmierung für Kinder", ["Programmieren"], [TG_KJ], ["Aylin Demir"], ["Stadtbibliothek Lindenau"]),
    ("Calliope mini: Wir bauen einen Schrittzähler", ["Programmieren", "Elektronik"], [TG_KJ], ["Aylin Demir"],
     ["CoderDojo Lindenau", "Jugendzentrum Nordstadt"]),
    ("KI-Bilder selbst erstellen", ["Künstliche Intelligenz"], [TG_KJ, TG_BER], ["Henrik Solberg"],
     ["Hochschule Lindenau"]),
    ("Fotobuch am Computer gestalten", ["Fotografie"], [TG_SEN], ["Greta Müller-Haas"], ["VHS Lindenau"]),
    ("Löten lernen: Blinkende Anstecker", ["Elektronik"], [TG_FAM, TG_KJ], ["Lukas Pfeiffer"],
     ["Repair-Café Lindenau e. V."]),
    ("Excel für Vereinskassen", ["Vereinsarbeit", "Büroanwendungen"], [TG_VER], ["Konstantin Weber"],
     ["Bürgerverein Altstadt", "Freiwilligenagentur Lindenau"]),
    ("Passwörter und Zwei-Faktor-Anmeldung", ["Sicherheit im Netz", "Datenschutz"], [TG_SEN, TG_BER],
     ["Tobias Brandt"], ["Verbraucherberatung Lindenau e. V."]),
    ("Social Media für Vereine", ["Social Media", "Vereinsarbeit"], [TG_VER], ["Fatma Yıldız"],
     ["Bürgerverein Altstadt"]),
    ("Programmieren mit Python – Einstieg", ["Programmieren"], [TG_BER, TG_KJ], ["Henrik Solberg"],
     ["Hochschule Lindenau"]),
    ("Familien-Workshop: Roboter basteln", ["Robotik", "Elektronik"], [TG_FAM], ["Aylin Demir"],
     ["Familienzentrum Sonnenhof"]),
    ("Behörden-Apps verstehen", ["Online-Verwaltung", "Smartphone"], [TG_MIG], ["Fatma Yıldız"],
     ["Integrationsbeirat Lindenau", "VHS Lindenau"]),
    ("Tablet-Grundkurs für Ältere", ["Tablet", "Smartphone"], [TG_SEN], ["Sabine Wolters", "Jörg Hänel"],
     ["Seniorenbeirat Lindenau", "VHS Lindenau"]),
]
VORTRAEGE = [
    ("Sicher im Netz: Betrugsmaschen erkennen", ["Sicherheit im Netz"], [TG_SEN], ["Tobias Brandt"],
     ["Präventionsrat Lindenau", "Seniorenbeirat Lindenau"]),
    ("Künstliche Intelligenz im Alltag", ["Künstliche Intelligenz"], [TG_BER, TG_SEN, TG_FAM],
     ["Dr. Miriam Kessler"], ["VHS Lindenau"]),
    ("Die digitale Verwaltung in Lindenau", ["Online-Verwaltung", "Smart City"], [TG_BER, TG_SEN],
     ["Konstantin Weber"], []),
    ("Smart City Lindenau – wo stehen wir?", ["Smart City"], [TG_BER, TG_SEN, TG_VER], ["Dr. Miriam Kessler"],
     ["Bürgerverein Altstadt"]),
    ("Datenschutz für Vereine", ["Datenschutz", "Vereinsarbeit"], [TG_VER], ["Tobias Brandt"],
     ["Freiwilligenagentur Lindenau", "Bürgerverein Altstadt"]),
    ("Kinder und Medien: Was Eltern wissen sollten", ["Medienkompetenz"], [TG_FAM], ["Fatma Yıldız"],
     ["Familienzentrum Sonnenhof", "Gymnasium am Park"]),
    ("Open Data: Was die Stadt über sich verrät", ["Open Data", "Smart City"], [TG_BER], ["Henrik Solberg"],
     ["Hochschule Lindenau"]),
    ("Wie funktioniert ChatGPT? Chancen und Grenzen", ["Künstliche Intelligenz"], [TG_BER, TG_SEN],
     ["Dr. Miriam Kessler"], ["Stadtbibliothek Lindenau"]),
]
AUSSTELLUNGEN = {
    (2025, 2): ("Ausstellung „Digitale Heimat Lindenau“", ["Fotografie", "Smart City"],
                ["Stadtbibliothek Lindenau"]),
    (2025, 5): ("Ausstellung: Pixelkunst aus Lindenauer Schulen", ["Medienkompetenz"],
                ["Gymnasium am Park"]),
    (2025, 10): ("Ausstellung: 100 Jahre Rundfunk – vom Radio zum Podcast", ["Medienkompetenz"],
                 ["Stadtbibliothek Lindenau", "VHS Lindenau"]),
    (2026, 2): ("Ausstellung: Lindenau in 3D", ["3D-Druck", "Smart City"],
                ["Hochschule Lindenau"]),
    (2026, 6): ("Ausstellung: Pixelkunst aus Lindenauer Schulen 2026", ["Medienkompetenz"],
                ["Gymnasium am Park", "Grundschule Lindenau-Süd"]),
    (2026, 9): ("Ausstellung: Reparieren, Tüfteln, Weitergeben", ["Reparieren", "Nachhaltigkeit"],
                ["Repair-Café Lindenau e. V."]),
}
NETZWERK_MONTHS = {(2025, 3), (2025, 6), (2025, 9), (2025, 11), (2026, 3), (2026, 6), (2026, 9)}
SCHOOL_FREE = {7, 8}  # no school workshops in the summer holidays

FORMAT_BASE = {"Digitalcafé": 4.35, "Sprechstunde": 4.5, "Workshop": 4.15, "Offene Werkstatt": 4.1,
               "Vortrag": 3.85, "Netzwerktreffen": 3.6, "Ausstellung": 3.9}


class Event:
    pass


def age_split(rng, n, tgs):
    weights = {
        TG_SEN: [0.0, 0.02, 0.2, 0.78],
        TG_KJ: [0.85, 0.05, 0.1, 0.0],
        TG_FAM: [0.45, 0.05, 0.45, 0.05],
        TG_BER: [0.02, 0.3, 0.63, 0.05],
        TG_VER: [0.02, 0.13, 0.5, 0.35],
        TG_MIG: [0.1, 0.35, 0.5, 0.05],
    }
    w = [0.0] * 4
    for t in tgs:
        for i, x in enumerate(weights[t]):
            w[i] += x
    counts = [0] * 4
    for _ in range(n):
        r = rng.random() * sum(w)
        acc = 0.0
        for i, x in enumerate(w):
            acc += x
            if r < acc:
                counts[i] += 1
                break
        else:
            counts[3] += 1
    return counts


def make_events(rng):
    plans = []  # (date, start, end, title, format, topics, tgs, speakers, partners, cap, reg?, base, loc)

    def add(d, start, end, title, fmt, topics, tgs, speakers, partners, cap, reg, base, loc="vor Ort"):
        if d is None or d < START or d > END:
            return
        if d in CLOSED_DAYS:
            return
        if loc == "vor Ort" and fmt not in ("Ausstellung", "Netzwerktreffen") and not is_open(d):
            return
        plans.append((d, start, end, title, fmt, topics, tgs, speakers,
                      partners_available(partners, d), cap, reg, base, loc))

    dc_i = sp_i = ws_i = vt_i = ow_i = 0
    for y, m in month_iter():
        # Digitalcafé: 1st and 3rd Tuesday (from 2026 also the 4th)
        for n in ([1, 3] if y == 2025 else [1, 3, 4]):
            t, topics = DIGITALCAFE[dc_i % len(DIGITALCAFE)]
            dc_i += 1
            sp = ["Sabine Wolters"] if dc_i % 3 else ["Sabine Wolters", "Jörg Hänel"]
            partners = ["Seniorenbeirat Lindenau"]
            if "Banking" in t:
                partners.append("Verbraucherberatung Lindenau e. V.")
            add(nth_weekday(y, m, 1, n), "14:30", "16:30", t, "Digitalcafé", topics, [TG_SEN], sp,
                partners, 20, False, 12)
        # mobile Digitalcafé: 2nd Friday morning in the Mehrgenerationenhaus
        partners = ["Mehrgenerationenhaus Lindenau", "Freiwilligenagentur Lindenau"]
        add(nth_weekday(y, m, 4, 2), "10:00", "12:00", "Digitalcafé unterwegs im Mehrgenerationenhaus",
            "Digitalcafé", ["Smartphone", "Tablet"], [TG_SEN], ["Jörg Hänel"], partners, 15, False, 9, "mobil")
        # Sprechstunde: 2nd Wednesday (from 04/2025 also the 4th)
        for n in ([2] if (y, m) < (2025, 4) else [2, 4]):
            t, topics, sp, partners = SPRECHSTUNDE[sp_i % len(SPRECHSTUNDE)]
            sp_i += 1
            add(nth_weekday(y, m, 2, n), "10:00", "12:00", t, "Sprechstunde", topics, [TG_SEN, TG_BER], sp,
                partners, 8, True, 6)
        # Offene Werkstatt: 2nd and 4th Saturday
        for n in [2, 4]:
            t, topics, sp, partners = WERKSTATT[ow_i % len(WERKSTATT)]
            ow_i += 1
            add(nth_weekday(y, m, 5, n), "10:00", "14:00", t, "Offene Werkstatt", topics, [TG_FAM, TG_KJ], sp,
                partners, 15, False, 10)
        # Workshops: 1st and 3rd Thursday evening, 1st or 3rd Saturday morning
        for wd, n, s, e in [(3, 1, "17:00", "19:30"), (3, 3, "17:00", "19:30"),
                            (5, 1 if m % 2 else 3, "10:00", "13:00")]:
            for _ in range(len(WORKSHOPS)):
                t, topics, tgs, sp, partners = WORKSHOPS[ws_i % len(WORKSHOPS)]
                ws_i += 1
                d = nth_weekday(y, m, wd, n)
                # workshops whose partners are not yet on board are not yet offered
                if d and partners and not partners_available(partners, d):
                    continue
                break
            add(d, s, e, t, "Workshop", topics, tgs, sp, partners, 14 if "Kinder" not in t else 12, True, 11)
        # Vortrag: 2nd Thursday, 4th Thursday every other month
        for n in ([2, 4] if m % 2 == 0 else [2]):
            for _ in range(len(VORTRAEGE)):
                t, topics, tgs, sp, partners = VORTRAEGE[vt_i % len(VORTRAEGE)]
                vt_i += 1
                d = nth_weekday(y, m, 3, n)
                if d and partners and not partners_available(partners, d):
                    continue
                break
            add(d, "18:30", "20:00", t, "Vortrag", topics, tgs, sp, partners, 50, rng.random() < 0.6, 28)
        # school workshop (external), 3rd Wednesday morning
        if m not in SCHOOL_FREE:
            d = nth_weekday(y, m, 2, 3)
            if (y, m) >= (2025, 10) and m % 2 == 0:
                add(d, "08:30", "11:45", "Internet-Führerschein für Grundschulkinder", "Workshop",
                    ["Medienkompetenz", "Sicherheit im Netz"], [TG_KJ], ["Fatma Yıldız"],
                    ["Grundschule Lindenau-Süd"], 26, True, 23, "extern")
            else:
                add(d, "08:00", "11:15", "Schulworkshop: Sicher unterwegs in Social Media", "Workshop",
                    ["Social Media", "Medienkompetenz"], [TG_KJ], ["Fatma Yıldız"], ["Gymnasium am Park"],
                    28, True, 25, "extern")
        # Netzwerktreffen: 1st Wednesday of some months
        if (y, m) in NETZWERK_MONTHS:
            title = "Netzwerktreffen Digitale Bildung" if m in (3, 9) else "Runder Tisch Digitale Teilhabe"
            pool = partners_available(list(PARTNERS), dt.date(y, m, 1))
            partners = sorted(rng.sample(pool, min(len(pool), rng.randint(4, 7))), key=list(PARTNERS).index)
            add(nth_weekday(y, m, 2, 1), "16:00", "18:00", title, "Netzwerktreffen",
                ["Digitale Bildung", "Vernetzung"] if m in (3, 9) else ["Digitale Teilhabe", "Vernetzung"],
                [TG_VER], [], partners, 30, True, 15)
        # Ausstellung: vernissage on the 1st Friday evening
        if (y, m) in AUSSTELLUNGEN:
            t, topics, partners = AUSSTELLUNGEN[(y, m)]
            d = nth_weekday(y, m, 4, 1)
            if d in CLOSED_DAYS:  # e.g. 03.10.: one week later
                d = nth_weekday(y, m, 4, 2)
            add(d, "18:00", "20:00", t, "Ausstellung", topics,
                [TG_FAM, TG_SEN, TG_BER], [], partners, None, False, 55)

    plans.sort(key=lambda p: (p[0], p[1], p[3]))
    events = []
    seq = {}
    overbook_budget = 3
    for (d, start, end, title, fmt, topics, tgs, speakers, partners, cap, reg, base, loc) in plans:
        e = Event()
        seq[d.year] = seq.get(d.year, 0) + 1
        e.id = "V-%d-%03d" % (d.year, seq[d.year])
        e.date, e.start, e.end, e.title, e.format = d, start, end, title, fmt
        e.topics, e.tgs, e.speakers, e.partners = topics, tgs, speakers, partners
        e.capacity, e.location = cap, loc
        mult = growth(d) * (0.85 if d.month in (7, 8) else 1.0)
        if loc == "extern":
            mult = 1.0
        demand = max(2, round(rng.gauss(base * mult, base * mult * 0.18)))
        e.registrations = None
        if reg:
            e.registrations = demand if cap is None else min(demand, cap + rng.randint(0, 3))
        cancel_p = {"Vortrag": 0.13, "Workshop": 0.13, "Sprechstunde": 0.09, "Netzwerktreffen": 0.1}.get(fmt, 0.05)
        if fmt == "Ausstellung" or loc == "extern":
            cancel_p = 0.0 if fmt == "Ausstellung" else 0.05
        e.cancelled = rng.random() < cancel_p
        e.age = None
        if e.cancelled:
            e.participants = None
            if e.registrations is not None:
                e.registrations = max(0, min(e.registrations, rng.randint(1, 5)))
        else:
            if e.registrations is not None:
                p = round(e.registrations * rng.uniform(0.72, 0.95)) + rng.choice([0, 0, 0, 1, 2])
            else:
                p = demand
            if cap is not None and p > cap:
                p = cap
            # now and then a full workshop lets a few people without registration in
            if (cap is not None and overbook_budget > 0 and fmt == "Workshop" and loc == "vor Ort"
                    and e.registrations is not None and e.registrations >= cap and rng.random() < 0.4):
                overbook_budget -= 1
                p = cap + rng.randint(1, 3)
            e.participants = max(1, p)
            if rng.random() < 0.45 or loc == "extern":
                e.age = age_split(rng, e.participants, tgs)
        events.append(e)
    return events


# ---------------------------------------------------------------------------
# Visitor counter (hourly) and tally sheets
# ---------------------------------------------------------------------------

HOUR_BASE = {
    "Di": {14: 12, 15: 16, 16: 18, 17: 14},
    "Mi": {10: 9, 11: 11, 12: 8, 14: 12, 15: 15, 16: 17, 17: 13},
    "Do": {14: 12, 15: 16, 16: 20, 17: 24, 18: 26, 19: 24, 20: 17},
    "Fr": {13: 9, 14: 12, 15: 15, 16: 16, 17: 12},
    "Sa": {10: 16, 11: 22, 12: 22, 13: 16},
}


def simulate_counts(rng, events):
    """date -> {hour: (in, out)} for every opening day (gap days included)."""
    ev_by_day = {}
    for e in events:
        if e.location == "vor Ort" and not e.cancelled:
            ev_by_day.setdefault(e.date, []).append(e)
    counts = {}
    for d in days(START, END):
        hours = open_hours(d)
        if not hours:
            continue
        wd = WD[d.weekday()]
        level = growth(d) * SEASON[d.month] * rng.uniform(0.85, 1.15)  # day-to-day weather etc.
        ins = {}
        for h in hours:
            mean = HOUR_BASE[wd][h] * level
            ins[h] = max(1, round(rng.gauss(mean, 1.0 + 0.22 * mean)))
        for e in ev_by_day.get(d, []):
            sh = int(e.start[:2])
            arriving = round(e.participants * 0.75)
            # most participants come through the door in the start hour, some an hour earlier
            early = round(arriving * 0.3) if (sh - 1) in ins else 0
            if sh in ins:  # events outside the opening hours are not in the counter data
                ins[sh] += arriving - early
                if early:
                    ins[sh - 1] += early
        total_in = sum(ins.values())
        outs = {}
        prev = 0
        for h in hours:
            outs[h] = round(0.35 * ins[h] + 0.6 * prev)
            prev = ins[h]
        missing = total_in - sum(outs.values()) - rng.choice([0, 0, 1, 2, 3])  # barrier misses a few
        outs[hours[-1]] = max(0, outs[hours[-1]] + missing)
        counts[d] = {h: (ins[h], outs[h]) for h in hours}
    return counts


def counter_rows(rng, counts, a, b):
    rows = []
    for d in days(a, b):
        if COUNTER_GAP[0] <= d <= COUNTER_GAP[1]:
            continue
        c = counts.get(d)
        if not c:
            continue
        hours = sorted(c)
        extra = {}
        # the device logs an empty interval now and then outside the opening hours
        if 13 not in hours and WD[d.weekday()] == "Mi" and rng.random() < 0.3:
            extra[13] = (0, 0)
        if rng.random() < 0.12:
            extra[hours[-1] + 1] = (0, 0)
        if rng.random() < 0.05:
            extra[hours[0] - 1] = (0, 0)
        merged = dict(c)
        merged.update(extra)
        for h in sorted(merged):
            i, o = merged[h]
            rows.append([de(d), "%02d:00" % h, str(i), str(o)])
    return rows


def tally_slots(d):
    wd = WD[d.weekday()]
    if wd == "Di":
        return [(14, 16), (16, 18)]
    if wd == "Mi":
        return [(10, 13), (14, 16), (16, 18)]
    if wd == "Do":
        return [(14, 16), (16, 18), (18, 21)] if d >= PLAN_B_FROM else [(14, 16), (16, 19)]
    if wd == "Fr":
        return [(13, 15), (15, 18)] if d >= PLAN_B_FROM else [(14, 16), (16, 18)]
    if wd == "Sa":
        return [(10, 12), (12, 14)]
    return []


def tally_rows(rng, counts, day_list):
    rows = []
    for d in day_list:
        c = counts[d]
        for a, b in tally_slots(d):
            true = sum(c[h][0] for h in range(a, b) if h in c)
            n = round(true * rng.uniform(0.86, 0.97))  # a tally misses some people
            ages = age_split(rng, n, [TG_SEN, TG_FAM, TG_BER])
            age_cells = [str(x) for x in ages]
            if rng.random() < 0.04:
                age_cells = ["", "", "", ""]  # age groups not filled in
            rows.append([de(d), "%d-%d" % (a, b), str(n)] + age_cells)
    return rows


# ---------------------------------------------------------------------------
# Feedback
# ---------------------------------------------------------------------------

QUESTIONNAIRE = [
    ("zufrieden", "Ich bin mit der Veranstaltung insgesamt zufrieden.", "agree5"),
    ("verstaendlich", "Die Inhalte waren verständlich.", "agree5"),
    ("note", "Welche Schulnote geben Sie der Veranstaltung?", "grade6"),
    ("empfehlen", "Würden Sie die Veranstaltung weiterempfehlen?", "yesno"),
    ("kommentar", "Was möchten Sie uns noch mitteilen?", "text"),
]

# Choice questions of the online form only (the paper form has none): how
# people heard of the place (several answers, as Kobo's select_multiple
# exports them joined by "; ") and their age group (one answer). Drawn from
# a random generator of their own, so the other files stay byte for byte as
# they were before these questions existed.
HEARD_OPTIONS = [("Plakat oder Aushang", 0.30), ("Zeitung", 0.18), ("Soziale Medien", 0.16),
                 ("Freunde und Bekannte", 0.45), ("Website der Stadt", 0.20), ("Seniorenbeirat", 0.08)]
AGE_OPTIONS = [("unter 18", 0.05), ("18–29", 0.14), ("30–64", 0.46), ("65 und älter", 0.35)]
CHOICE_ITEMS = [
    ("erfahren", "Wie haben Sie von uns erfahren?", "multi", [o for o, _ in HEARD_OPTIONS]),
    ("altersgruppe", "Wie alt sind Sie?", "single", [o for o, _ in AGE_OPTIONS]),
]


def choice_answers(rng):
    """The answers to CHOICE_ITEMS of one online response (some left empty)."""
    heard = [o for o, p in HEARD_OPTIONS if rng.random() < p]
    if not heard and rng.random() < 0.8:
        heard = [rng.choice(HEARD_OPTIONS)[0]]
    x, acc, age = rng.random(), 0.0, ""
    for o, p in AGE_OPTIONS:
        acc += p
        if x < acc:
            age = o
            break
    if rng.random() < 0.06:
        age = ""
    return ["; ".join(heard), age]

C_POS = [
    "Sehr geduldige Erklärungen, vielen Dank!",
    "Tolle Atmosphäre, gerne wieder.",
    "Man traut sich hier, auch einfache Fragen zu stellen.",
    "Sehr praxisnah, ich konnte direkt am eigenen Gerät üben.",
    "Gut organisiert, freundliches Team.",
    "Hat richtig Spaß gemacht!",
    "Kurzweilig und informativ.",
    "Endlich hat mir jemand in Ruhe erklärt, wie das geht.",
    "Prima Angebot, das gab es in Lindenau bisher nicht.",
    "Sehr gut!\nBitte mehr davon.",
]
C_POS_FMT = {
    "Digitalcafé": ["Kaffee und Kuchen – sehr gemütlich, und ich habe viel gelernt.",
                    "Die Ehrenamtlichen sind sehr geduldig mit uns Älteren.",
                    "Endlich kann ich mit meinen Enkeln per Video telefonieren.",
                    "Sehr gut!\nBitte mehr davon für Senioren."],
    "Sprechstunde": ["Mein Problem mit dem Handy wurde in zehn Minuten gelöst.",
                     "Schnelle und kompetente Hilfe, danke!"],
    "Workshop": ["Die kleine Gruppe war ideal.", "Mein Sohn war begeistert und will wiederkommen.",
                 "Gute Mischung aus Erklärung und Ausprobieren."],
    "Offene Werkstatt": ["Der 3D-Drucker ist faszinierend!", "Toll, dass man einfach vorbeikommen kann.",
                         "Mein Toaster läuft wieder – danke an das Werkstatt-Team."],
    "Vortrag": ["Spannendes Thema, verständlich aufbereitet.", "Gute Beispiele aus dem Alltag."],
    "Netzwerktreffen": ["Guter Austausch mit anderen Vereinen.", "Hilfreich, die anderen Angebote kennenzulernen."],
    "Ausstellung": ["Schöne Ausstellung, die Kinder waren stolz.", "Sehr liebevoll gestaltet."],
}
C_NEG = [
    "Zu schnell erklärt, ich bin nicht mitgekommen.",
    "Es war zu voll, zu wenige Plätze.",
    "Das WLAN ist ausgefallen, das hat viel Zeit gekostet.",
    "Der Beamer war sehr blass, man konnte wenig erkennen.",
    "Akustik im Raum schlecht, hinten hat man wenig verstanden.",
    "Inhalt prima.\nAber der Raum war zu warm und die Fenster ließen sich nicht öffnen.",
    "Die Schrift auf den Folien war zu klein.",
    "Etwas zu lang, 90 Minuten hätten gereicht.",
    "Zu viele Fachbegriffe, für Anfänger schwer zu folgen.",
    "Was gut war: die kleine Gruppe.\nWas besser sein könnte: die Laptops waren sehr langsam.",
]
C_SUGG = [
    "Bitte mehr Termine am Vormittag.",
    "Gerne einen Aufbaukurs!",
    "Mehr Angebote für Berufstätige am Abend wären schön.",
    "Leider keine Parkplätze in der Nähe.",
    "Der Eingang ist für Rollatoren schwer zu finden.",
    "Ein Handout zum Mitnehmen wäre hilfreich.",
    "Bitte auch Angebote am Wochenende für Familien.",
]
C_WERBUNG = [
    "Ich habe nur zufällig von der Veranstaltung erfahren – mehr Werbung in der Zeitung wäre gut.",
    "Bitte die Termine auch im Amtsblatt veröffentlichen.",
    "Wusste gar nicht, dass es das Stadtlabor gibt. Mehr Plakate!",
]


def pick_comment(rng, q, e, d):
    if e is None:
        return rng.choice(["Schön, dass es so einen Ort in Lindenau gibt.",
                           "Bitte länger geöffnet haben, auch montags.",
                           "Die Offene Werkstatt ist super, ich komme jede Woche.",
                           "Der Lasercutter fehlt noch!"])
    # advertising complaints fade after the poster campaign in spring 2025
    if rng.random() < (0.18 if d < dt.date(2025, 4, 1) else 0.04):
        return rng.choice(C_WERBUNG)
    if q >= 4.2:
        pool = C_POS + C_POS_FMT.get(e.format, [])
    elif q >= 3.3:
        pool = C_SUGG + C_POS
    else:
        pool = C_NEG + C_SUGG
    if e.speakers and "Henrik Solberg" in e.speakers and rng.random() < 0.4:
        pool = ["Zu viele Fachbegriffe, für Anfänger schwer zu folgen.",
                "Inhaltlich stark, aber sehr schnell vorgetragen.",
                "Ich hätte mir mehr Zeit zum Ausprobieren gewünscht."]
    if TG_SEN in e.tgs and rng.random() < 0.15:
        pool = ["Die Schrift auf den Folien war zu klein.", "Der Eingang ist für Rollatoren schwer zu finden.",
                "Bitte etwas lauter sprechen, ich höre nicht mehr so gut.",
                "Große Schrift auf dem Handout – danke, das hilft sehr."]
    return rng.choice(pool)


def clamp(x, a, b):
    return max(a, min(b, x))


def make_feedback(rng, events):
    """Returns (paper rows by year, online rows by year)."""
    paper = {2025: [], 2026: []}
    online = {2025: [], 2026: []}
    qr_from = dt.date(2025, 9, 1)  # QR code to the online form from September 2025
    for e in events:
        if e.cancelled:
            continue
        if e.format == "Ausstellung":
            rate = rng.uniform(0.05, 0.12)
        elif e.location == "extern":
            rate = rng.uniform(0.1, 0.2)
        else:
            rate = rng.uniform(0.2, 0.4)
        n = min(e.participants, round(e.participants * rate + rng.random() - 0.3))
        if n <= 0:
            continue
        if e.date < qr_from:
            p_dig = 0.08
        else:
            p_dig = 0.3 + 0.2 * (e.date - qr_from).days / 425
        if TG_SEN in e.tgs and len(e.tgs) == 1:
            p_dig *= 0.4
        if e.format == "Netzwerktreffen":
            p_dig = 0.75
        sat_eff = sum(SPEAKERS[s][0] for s in e.speakers) / max(1, len(e.speakers))
        cla_eff = sum(SPEAKERS[s][1] for s in e.speakers) / max(1, len(e.speakers))
        ev_noise = rng.gauss(0, 0.25)
        for _ in range(n):
            q = FORMAT_BASE[e.format] + sat_eff + ev_noise + rng.gauss(0, 0.65)
            digital = rng.random() < p_dig
            paper_or_online(rng, e, e.date, q, cla_eff, digital, paper, online)
    # a few forms without an event (left at the counter during open hours)
    open_days = [d for d in days(START, END) if is_open(d)]
    for _ in range(14):
        d = rng.choice(open_days)
        q = 4.2 + rng.gauss(0, 0.6)
        paper_or_online(rng, None, d, q, 0.0, rng.random() < 0.3, paper, online)
    for y in paper:
        paper[y].sort(key=lambda r: r["date"])
        online[y].sort(key=lambda r: (r["date"], r["time"]))
    return paper, online


def paper_or_online(rng, e, d, q, cla_eff, digital, paper, online):
    zuf = clamp(round(q), 1, 5)
    ver = clamp(round(q + cla_eff + rng.gauss(0, 0.5)), 1, 5)
    note = clamp(round(6.2 - q + rng.gauss(0, 0.45)), 1, 6)
    rec = rng.random() < 1 / (1 + math.exp(-(q - 3.2) * 2.6))
    comment = pick_comment(rng, q, e, d) if rng.random() < (0.45 if q < 3.3 else 0.3) else ""
    first_hour = 7
    if digital:
        d = min(END, d + dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2, 3, 5])))
        if e is not None and d == e.date:  # filled in on the way home, after the event
            first_hour = min(22, int(e.end[:2]) + 1)
    r = {"date": d, "event": e.id if e else "", "zufrieden": str(zuf), "verstaendlich": str(ver),
         "note": str(note), "empfehlen": "ja" if rec else "nein", "kommentar": comment,
         "time": "%02d:%02d:%02d" % (rng.randint(first_hour, 22), rng.randint(0, 59), rng.randint(0, 59))}
    for k in ("zufrieden", "verstaendlich", "note", "empfehlen"):
        x = rng.random()
        if x < 0.035:
            r[k] = "" if digital else rng.choice(["k. A.", "", "-"])
        elif x < 0.05 and not digital:
            r[k] = ""
    if not digital and r["empfehlen"] == "ja" and rng.random() < 0.15:
        r["empfehlen"] = "Ja"
    (online if digital else paper)[d.year].append(r)


# ---------------------------------------------------------------------------
# Sticker-dot votes
# ---------------------------------------------------------------------------

VOTE_SESSIONS = [
    (dt.date(2025, 3, 15), {"3D-Drucker": 14, "Lasercutter": 9, "VR-Brille": 11, "Nähmaschine": 4,
                            "Löt-Station": 6, "Längere Öffnungszeit am Donnerstag": 12}),
    (dt.date(2025, 6, 14), {"3D-Drucker": 8, "Lasercutter": 15, "VR-Brille": 10, "Nähmaschine": 7,
                            "Löt-Station": 9, "Längere Öffnungszeit am Donnerstag": 18, "Plotter": 3}),
    (dt.date(2025, 9, 20), {"Lasercutter": 21, "VR-Brille": 12, "Nähmaschine": 9, "Löt-Station": 5,
                            "Plotter": 6, "Stickmaschine": 4, "Tablet-Kurse am Vormittag": 11}),
    (dt.date(2025, 12, 6), {"Lasercutter": 19, "VR-Brille": 16, "Nähmaschine": 11, "Löt-Station": 4,
                            "Plotter": 5, "Stickmaschine": 8, "Tablet-Kurse am Vormittag": 9}),
    (dt.date(2026, 3, 21), {"Lasercutter": 26, "VR-Brille": 13, "Nähmaschine": 12, "Löt-Station": 3,
                            "Stickmaschine": 10, "Podcast-Studio": 7}),
    (dt.date(2026, 6, 27), {"Lasercutter": 23, "VR-Brille": 9, "Nähmaschine": 15, "Stickmaschine": 11,
                            "Podcast-Studio": 14, "Schneideplotter": 0}),
    (dt.date(2026, 9, 26), {"Lasercutter": 28, "VR-Brille": 8, "Nähmaschine": 13, "Stickmaschine": 9,
                            "Podcast-Studio": 17, "Löt-Station": 2}),
]


# ---------------------------------------------------------------------------
# Notes (Markdown). {E:...} placeholders are resolved to event ids.
# ---------------------------------------------------------------------------

NOTES = [
    ("2025-01-30-reflexion-erster-monat.md", "30.01.2025", "reflexion",
     [("Digitalcafé", None, (2025, 1), 0), ("Digitalcafé", None, (2025, 1), 1)],
     "Anna M., Jonas K.", "ja",
     """# Reflexion: der erste Monat

## Was lief gut
Die beiden Digitalcafés waren gut besucht, vor allem von #senioren aus dem
Viertel. Die Ehrenamtlichen haben sich schnell eingefunden.

## Was lief nicht gut
Viele Gäste haben den Eingang nicht gefunden, das Schild am Hof ist zu klein.
Die meisten haben nur über Mundpropaganda vom Stadtlabor erfahren. #werbung

## Erkenntnisse
Wir müssen dort werben, wo unsere Zielgruppen ohnehin sind: Arztpraxen,
Apotheken, Bibliothek. Der Raum wird nachmittags schnell eng. #raum

## Maßnahmen
- [ ] Plakate in Arztpraxen und Apotheken aushängen (@Jonas, bis 28.02.2025)
- [ ] Beschilderung zum Eingang verbessern (@Leonie, bis 15.02.2025)
- [x] Stühle für das Digitalcafé nachbestellen
"""),
    ("2025-03-27-reflexion-3d-druck.md", "27.03.2025", "reflexion",
     [("Workshop", "3D-Druck", (2025, 3), 0), ("Offene Werkstatt", None, (2025, 3), 1)],
     "Marek P., Leonie S.", "ja",
     """# Reflexion: 3D-Druck im März

## Was lief gut
Der Workshop kam gut an, die Offene Werkstatt zwei Tage später wurde von
mehreren Teilnehmenden genutzt. Plakate und Beschilderung wirken: neue
Gesichter, einige sagten, sie hätten das Plakat beim Arzt gesehen. #werbung

## Was lief nicht gut
Ein Drucker fiel zweimal aus, Druckaufträge mussten warten. #technik

## Erkenntnisse
Mit nur einem funktionierenden Drucker ist die Werkstatt ein Engpass.

## Maßnahmen
- [x] Plakate in Arztpraxen und Apotheken aushängen (@Jonas, bis 28.02.2025)
- [x] Beschilderung zum Eingang verbessern (@Leonie, bis 15.02.2025)
- [ ] Zweiten 3D-Drucker warten lassen (@Marek, bis 30.04.2025)
- [ ] Wartezeiten an der Werkstatt-Tafel anzeigen (@Marek)
"""),
    ("2025-04-10-interview-referentin-ki.md", "10.04.2025", "interview-referent",
     [("Vortrag", "Künstliche Intelligenz", (2025, 2), 0), ("Vortrag", "Künstliche Intelligenz", (2025, 4), 0)],
     "Leonie S.", "ja",
     """# Interview mit der Referentin der KI-Vorträge

## Was lief gut
„Das Publikum war wunderbar gemischt, vom Schüler bis zur Rentnerin. So etwas
erlebe ich selten.“ Die Fragerunde war lebhaft.

## Was lief nicht gut
„Der Beamer ist zu lichtschwach, bei Tageslicht sieht man hinten kaum etwas.“
Das Mikrofon hat zweimal ausgesetzt. #technik

## Erkenntnisse
Die Referentin würde gern eine Reihe mit Praxisteil anbieten, damit die Leute
selbst ausprobieren können. Für ältere Gäste braucht es große Schrift auf den
Folien. #barrierefreiheit

## Maßnahmen
- [ ] Neuen Beamer beim Hauptamt beantragen (@Anna, bis 30.06.2025)
- [ ] Folienvorlage mit großer Schrift an alle Referent*innen schicken (@Leonie, bis 30.04.2025)
"""),
    ("2025-05-22-reflexion-digitalcafe.md", "22.05.2025", "reflexion",
     [("Digitalcafé", None, (2025, 5), 0), ("Sprechstunde", None, (2025, 5), 0)],
     "Anna M., Leonie S.", "ja",
     """# Reflexion: Digitalcafé und Sprechstunden

## Was lief gut
Das Digitalcafé hat eine Stammgruppe. Die Sprechstunde am Mittwochvormittag
wird gut angenommen, seit April gibt es zwei Termine im Monat. #senioren

## Was lief nicht gut
Der Seiteneingang mit Rampe ist verschlossen, wenn niemand daran denkt. Zwei
Gäste mit Rollator mussten warten. #barrierefreiheit
Im Digitalcafé wird es bei mehr als 15 Gästen laut. #raum

## Erkenntnisse
Handouts in großer Schrift werden immer wieder nachgefragt.

## Maßnahmen
- [x] Folienvorlage mit großer Schrift an alle Referent*innen schicken (@Leonie, bis 30.04.2025)
- [ ] Große-Schrift-Handouts erstellen (@Anna, bis 30.06.2025)
- [ ] Hörschleife für den Vortragsraum prüfen (@Leonie, bis 31.07.2025)
- [ ] Seiteneingang zu Beginn jeder Öffnungszeit aufschließen (@Jonas)
"""),
    ("2025-06-05-kurzinterview-digitalcafe.md", "05.06.2025", "kurzinterview",
     [("Digitalcafé", None, (2025, 6), 0)],
     "Jonas K.", "ja",
     """# Kurzinterviews nach dem Digitalcafé

## Was lief gut
„Hier wird man nicht ausgelacht, wenn man etwas zum dritten Mal fragt.“
„Ich komme seit Februar, jetzt kann ich meine Rezepte online bestellen.“
#senioren

## Was lief nicht gut
„Donnerstags arbeite ich bis fünf, da schaffe ich es kaum noch her.“

## Erkenntnisse
Mehrere Gäste wünschen sich längere Öffnungszeiten am Donnerstag; das deckt
sich mit der Klebepunkte-Wand.

## Maßnahmen
- [ ] Längere Öffnungszeit am Donnerstag im Team besprechen (@Anna, bis 30.06.2025)
"""),
    ("2025-07-10-reflexion-halbjahr.md", "10.07.2025", "reflexion",
     [], "Anna M., Jonas K., Leonie S., Marek P.", "ja",
     """# Halbjahresrückblick des Teams

## Was lief gut
Im Monat kommen rund 1.200 bis 1.300 Besuche zusammen, im Mai und Juni
etwas weniger. Zehn Partner haben schon Veranstaltungen mit uns gemacht,
zuletzt kam der Bürgerverein Altstadt dazu. #werbung

## Was lief nicht gut
Feedback kommt fast nur auf Papier; das Abtippen kostet Zeit.
Der Beamer ist noch nicht ersetzt. #technik

## Erkenntnisse
Ab September verlängern wir donnerstags bis 21 Uhr und öffnen freitags schon
um 13 Uhr. Für Berufstätige brauchen wir Abendangebote.

## Maßnahmen
- [x] Zweiten 3D-Drucker warten lassen (@Marek, bis 30.04.2025)
- [x] Große-Schrift-Handouts erstellen (@Anna, bis 30.06.2025)
- [x] Längere Öffnungszeit am Donnerstag im Team besprechen (@Anna, bis 30.06.2025)
- [ ] Öffnungszeit donnerstags bis 21 Uhr verlängern (@Anna, bis 01.09.2025)
- [ ] Online-Feedbackbogen per QR-Code anbieten (@Jonas, bis 31.08.2025)
"""),
    ("2025-09-18-interview-referent-werkstatt.md", "18.09.2025", "interview-referent",
     [("Offene Werkstatt", None, (2025, 9), 0)],
     "Marek P.", "nein",
     """# Gespräch mit dem Referenten der Offenen Werkstatt

## Was lief gut
Die Kooperation mit dem Repair-Café bringt Publikum, das sonst nicht käme.
Jugendliche aus dem Jugendzentrum helfen inzwischen selbst mit.

## Was lief nicht gut
Die Lötplätze reichen nicht, die Absaugung ist zu laut. #technik #raum

## Erkenntnisse
Eine feste Werkbank mit zwei weiteren Lötstationen würde reichen.

## Maßnahmen
- [ ] Angebot für zwei Lötstationen einholen (@Marek, bis 31.10.2025)
"""),
    ("2025-10-16-reflexion-donnerstagabend.md", "16.10.2025", "reflexion",
     [("Vortrag", None, (2025, 10), 0), ("Workshop", None, (2025, 10), 0)],
     "Anna M., Marek P.", "ja",
     """# Reflexion: Donnerstagabend nach der Umstellung

## Was lief gut
Der lange Donnerstag wird angenommen, zwischen 18 und 20 Uhr ist das Stadtlabor
so voll wie am Samstagvormittag. Seit dem QR-Code kommen deutlich mehr
Rückmeldungen online.

## Was lief nicht gut
Die Beleuchtung im Hof ist abends zu dunkel. #barrierefreiheit

## Erkenntnisse
Berufstätige kommen, wenn die Termine nach 18 Uhr liegen.

## Maßnahmen
- [x] Öffnungszeit donnerstags bis 21 Uhr verlängern (@Anna, bis 01.09.2025)
- [x] Online-Feedbackbogen per QR-Code anbieten (@Jonas, bis 31.08.2025)
- [x] Angebot für zwei Lötstationen einholen (@Marek, bis 31.10.2025)
- [ ] Abendveranstaltungen für Berufstätige ausbauen (@Marek, bis 31.01.2026)
- [ ] Hofbeleuchtung beim Gebäudemanagement melden (@Jonas, bis 31.10.2025)
"""),
    ("2025-11-27-reflexion-zaehlerausfall.md", "27.11.2025", "reflexion",
     [], "Jonas K., Marek P.", "ja",
     """# Reflexion: Ausfall der Lichtschranke

## Was lief gut
Vom 03.11. bis 23.11.2025 war die Lichtschranke defekt. Das Team hat an allen
Öffnungstagen Strichlisten geführt, inklusive Altersgruppen. #technik

## Was lief nicht gut
Der Ausfall wurde erst nach drei Tagen bemerkt, weil niemand die Zahlen
täglich ansieht.

## Erkenntnisse
Die Strichlisten zeigen ähnliche Werte wie die Lichtschranke an den
Vergleichstagen, etwas niedriger.

## Maßnahmen
- [x] Strichlisten für die Ausfallzeit führen
- [ ] Wartungsvertrag für die Lichtschranke klären (@Marek, bis 31.12.2025)
- [ ] Wöchentlichen Blick auf die Zählerdaten einführen (@Jonas)
"""),
    ("2026-02-12-reflexion-rueckblick-2025.md", "12.02.2026", "reflexion",
     [], "Anna M., Jonas K., Leonie S., Marek P.", "ja",
     """# Rückblick 2025 und Planung 2026

## Was lief gut
Das erste Jahr ist geschafft: stabile Stammgruppen, neue Partner, die
Hochschule Lindenau steigt ein. Der neue Beamer ist da. #technik

## Was lief nicht gut
Einzelne Abendvorträge waren schwer verständlich, zu viele Fachbegriffe.
Die Werbung erreicht Familien noch zu wenig. #werbung

## Erkenntnisse
Auf der Klebepunkte-Wand liegt der Lasercutter weit vorn.

## Maßnahmen
- [x] Neuen Beamer beim Hauptamt beantragen (@Anna, bis 30.06.2025)
- [x] Wartungsvertrag für die Lichtschranke klären (@Marek, bis 31.12.2025)
- [x] Hörschleife für den Vortragsraum prüfen (@Leonie, bis 31.07.2025)
- [x] Hofbeleuchtung beim Gebäudemanagement melden (@Jonas, bis 31.10.2025)
- [ ] Kooperation mit der Hochschule für Programmierworkshops ausbauen (@Leonie, bis 30.04.2026)
- [ ] Lasercutter-Angebot prüfen (@Marek, bis 30.06.2026)
- [ ] Referent*innen um ein Glossar für Einsteiger bitten (@Leonie, bis 31.03.2026)
"""),
    ("2026-04-23-interview-digitalbotschafterin.md", "23.04.2026", "interview-referent",
     [("Digitalcafé", None, (2026, 4), 0)],
     "Anna M.", "ja",
     """# Interview mit einer Digitalbotschafterin (Digitalcafé)

## Was lief gut
„Seit es drei Termine im Monat gibt, sind die Gruppen kleiner und ich kann mir
mehr Zeit nehmen.“ #senioren

## Was lief nicht gut
„Die Leihtablets sind langsam und die Akkus halten nicht mehr.“ #technik

## Erkenntnisse
Das mobile Digitalcafé im Mehrgenerationenhaus erreicht Menschen, die den Weg
ins Stadtlabor nicht schaffen.

## Maßnahmen
- [ ] Fünf Leihtablets ersetzen (@Anna, bis 31.07.2026)
- [ ] Mobiles Digitalcafé auf einen zweiten Standort ausweiten (@Jonas, bis 30.09.2026)
"""),
    ("2026-04-16-kurzinterview-familien-workshop.md", "16.04.2026", "kurzinterview",
     [("Workshop", "Familien-Workshop", None, 0)],
     "Leonie S.", "ja",
     """# Kurzinterviews beim Familien-Workshop

## Was lief gut
„Wir basteln zu Hause nie zusammen, hier hat es einfach geklappt.“
„Die Kinder durften alles selbst machen.“

## Was lief nicht gut
„Samstags um zehn ist für Familien mit kleinen Kindern sehr früh.“
Mit acht Familien ist der Raum voll. #raum

## Erkenntnisse
Familien wünschen sich Angebote am Samstagnachmittag. #werbung über das
Familienzentrum wirkt.

## Maßnahmen
- [ ] Familienangebot am Samstagnachmittag testen (@Leonie, bis 30.09.2026)
"""),
    ("2026-09-24-reflexion-verstetigung.md", "24.09.2026", "reflexion",
     [("Vortrag", None, (2026, 9), 0), ("Netzwerktreffen", None, (2026, 9), 0)],
     "Anna M., Jonas K., Leonie S., Marek P.", "ja",
     """# Reflexion: Herbstprogramm und Verstetigung

## Was lief gut
Die Programmierworkshops mit der Hochschule sind ausgebucht. Die neuen
Leihtablets sind im Einsatz. #technik

## Was lief nicht gut
Der Lasercutter ist weiterhin nicht finanziert, obwohl er auf der
Klebepunkte-Wand seit einem Jahr vorn liegt. #senioren kommen seltener zu
den Abendterminen.

## Erkenntnisse
Für die Verstetigung brauchen wir die Zahlen aus beiden Jahren und die
Rückmeldungen der Partner.

## Maßnahmen
- [x] Kooperation mit der Hochschule für Programmierworkshops ausbauen (@Leonie, bis 30.04.2026)
- [x] Abendveranstaltungen für Berufstätige ausbauen (@Marek, bis 31.01.2026)
- [x] Fünf Leihtablets ersetzen (@Anna, bis 31.07.2026)
- [x] Referent*innen um ein Glossar für Einsteiger bitten (@Leonie, bis 31.03.2026)
- [ ] Verstetigungsvorlage mit dem Smart-City-Büro abstimmen (@Anna, bis 30.11.2026)
- [ ] Partnerstimmen für die Verstetigungsvorlage sammeln (@Jonas, bis 31.10.2026)
"""),
]


def find_event(events, note_date, fmt, title_part, ym, nth):
    """A held event the note refers to: in month ym (if given), on or before the note."""
    def match(e, need_title):
        return (not e.cancelled and e.format == fmt and e.date <= note_date
                and (ym is None or (e.date.year, e.date.month) == ym)
                and (not need_title or title_part is None or title_part in e.title or title_part in e.topics))
    hits = [e for e in events if match(e, True)]
    if not hits:
        raise SystemExit("no event for note: %s %s %s" % (fmt, title_part, ym))
    if ym is None:
        return hits[-1].id  # the latest one before the note
    return hits[min(nth, len(hits) - 1)].id


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------

def csv_text(rows, delimiter, eol):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write(path, text, encoding="utf-8", bom=False):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode(encoding)  # raises if a character does not fit cp1252
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)


def check_config(text):
    """Fails when the Stadtlabor's block of the config (kept once, in
    sample_sites.STADTLABOR_HEAD) no longer says what the data here were
    generated from: opening hours, closures, target groups, questionnaire."""
    plain = json.loads(re.sub(r"(?m)^\s*//.*$", "", text))
    site = next(s for s in plain["sites"] if s["id"] == "stadtlabor")
    weeks = [h["week"] for h in site["opening_hours"]]
    assert weeks == [PLAN_A, PLAN_B], "opening hours differ from PLAN_A/PLAN_B"
    assert site["opening_hours"][1]["valid_from"] == de(PLAN_B_FROM), "PLAN_B_FROM differs"
    closures = [(c["from"], c["to"], c["reason"]) for c in site["closures"]]
    assert closures == CLOSURES, "closures differ from CLOSURES"
    assert site["target_groups"] == TARGET_GROUPS, "target groups differ from TARGET_GROUPS"
    items = [(q["id"], q["text"], q["scale"]) for q in site["questionnaire"]]
    want = [(i, t, sc) for i, t, sc in QUESTIONNAIRE] + [(i, t, sc) for i, t, sc, _ in CHOICE_ITEMS]
    assert items == want, "questionnaire differs from QUESTIONNAIRE/CHOICE_ITEMS"


README = """# Beispieldaten: Stadtlabor Lindenau

Dieser Ordner ist ein vollständiger, **erfundener** Arbeitsbereich. Ort, Stadt,
Personen und Partnerorganisationen gibt es nicht; Ähnlichkeiten sind zufällig.
Das „Stadtlabor Lindenau“ ist ein Ankerort vom Typ 2 (digitale Bildung), geöffnet
seit 01.01.2025, gefördert bis 31.12.2027. Die Daten reichen vom 01.01.2025 bis
31.10.2026.

Ausprobieren (nach dem Bauen): im Ordner `sample-data` den Befehl
`ankerbericht run` ausführen. Er liest alle Dateien ein und legt den
Halbjahresbericht, die Verstetigungsvorlage und die Folien für den Ausschuss
in `berichte/` ab.

| Datei | Inhalt |
|---|---|
| `ankerbericht.json` | Konfiguration: Ort, Öffnungszeiten (neuer Plan ab 01.09.2025), Schließtage, Zielgruppen, Altersgruppen, Fragebogen, Ausschusstermine, Quellen, Berichte |
| `daten/zaehler/zaehler-2025-Q*.csv` | Lichtschranke, stündlich, Quartalsexporte 2025 (UTF-8 mit BOM, CRLF). **Lücke 03.11.–23.11.2025** (Gerät defekt) |
| `daten/zaehler/zaehler-2026-*.csv` | Lichtschranke, stündlich, Monatsexporte 2026 (UTF-8 ohne BOM, zwei Titelzeilen über der Kopfzeile) |
| `daten/strichlisten/strichliste-2025.csv` | Strichlisten für die Zählerlücke und einige Vergleichstage, mit Altersgruppen (Windows-1252, CRLF, Titelzeile, leere Schlusszeile) |
| `daten/strichlisten/strichliste-2026.csv` | Vergleichstage 2026 mit Altersgruppen (Windows-1252, CRLF). An Vergleichstagen zählt die Lichtschranke |
| `daten/veranstaltungen.csv` | Alle Veranstaltungen mit Format, Themen, Zielgruppen, Referent*innen, Partnern, Anmeldungen, Teilnehmenden, Kapazität, Ort, Status und teils Altersgruppen (UTF-8 mit BOM, `;`) |
| `daten/feedback/papier-2025.csv` | Abgetippte Papierbögen 2025 (Windows-1252, `;`) |
| `daten/feedback/papier-2026.csv` | Abgetippte Papierbögen 2026 (UTF-8 mit BOM, `;`) |
| `daten/feedback/online-2025.csv`, `online-2026.csv` | Export des Online-Fragebogens (UTF-8, `,`; Spalten teils mit dem Fragetext als Überschrift). Online-Feedback per QR-Code gibt es ab September 2025 häufiger |
| `daten/notizen/*.md` | Team-Reflexionen, Interviews mit Referent*innen, Kurzinterviews; Maßnahmen als `- [ ]`/`- [x]`, Themen als `#tags` |
| `daten/klebepunkte.csv` | Klebepunkte-Wand: Gerätewünsche je Termin |
| `codebook.json` | Themen mit Stichwörtern für Freitexte und Notizen (von Hand geschrieben) |
| `erfolgsfaktoren.json` | Selbsteinschätzung des Teams zu den 24 Erfolgsfaktoren der Difu-Studie (von Hand geschrieben) |
| `texte/*.md` | Eigene Texte des Teams: Vorwort und Ausblick (Halbjahresbericht), Zusammenfassung, Kosten und Finanzierung, Beschlussvorschlag (Verstetigungsvorlage), nächste Schritte (Ausschussfolien) — von Hand geschrieben |

## Zwei weitere Orte derselben Stadt

| Datei | Inhalt |
|---|---|
| `daten/makerspace/*.csv` | **Makerspace in der Stadtbibliothek** (Typ 3, seit 01.09.2025, mittwochs und samstags): Strichliste je Öffnungstag, Veranstaltungen (jeden zweiten Samstag, Partner Stadtbibliothek wie beim Stadtlabor), abgetippte Papierbögen |
| `daten/digitalbus/*.csv` | **Digitalbus Lindenau** (mobil, Typ 1, seit 01.04.2025): vier Haltestellen mit Fahrplan statt Öffnungszeiten (drei mit Wochenmuster, der Wochenmarkt an einzelnen Samstagen); Strichliste und Veranstaltungen mit der Spalte `Haltestelle` |
| `texte/makerspace/`, `texte/digitalbus/` | Vorworte der beiden Orte (ein Ort mit eigenem Ordner nimmt seine Texte nur von dort) |

Die Dateien erzeugt `scripts/make-sample-data.py` (fester Zufallsstartwert,
nur Python-Standardbibliothek). Nicht von Hand ändern, sondern das Skript
anpassen und neu ausführen.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "sample-data"))
    args = ap.parse_args()
    out = os.path.normpath(args.out)
    rng = random.Random(SEED)

    events = make_events(rng)
    counts = simulate_counts(rng, events)

    # --- counter exports
    zdir = os.path.join(out, "daten", "zaehler")
    header = ["Datum", "Uhrzeit", "Eingang", "Ausgang"]
    for q in range(4):
        a = dt.date(2025, 3 * q + 1, 1)
        b = (dt.date(2025, 3 * q + 4, 1) if q < 3 else dt.date(2026, 1, 1)) - dt.timedelta(days=1)
        rows = [header] + counter_rows(rng, counts, a, b)
        write(os.path.join(zdir, "zaehler-2025-Q%d.csv" % (q + 1)), csv_text(rows, ";", "\r\n"), bom=True)
    for m in range(1, 11):
        a = dt.date(2026, m, 1)
        b = (dt.date(2026, m + 1, 1) if m < 12 else dt.date(2027, 1, 1)) - dt.timedelta(days=1)
        rows = [["Export Besucherzählung Stadtlabor Lindenau", "", "", ""],
                ["Zeitraum: %s - %s" % (de(a), de(b)), "", "", ""],
                header] + counter_rows(rng, counts, a, b)
        write(os.path.join(zdir, "zaehler-2026-%02d.csv" % m), csv_text(rows, ";", "\n"))

    # --- tally sheets (Windows-1252, as German Excel saves "CSV (Trennzeichen-getrennt)")
    tdir = os.path.join(out, "daten", "strichlisten")
    th = ["Datum", "Zeitfenster", "Besucher", "unter 18", "18–29", "30–64", "65 und älter"]
    gap_days = [d for d in days(*COUNTER_GAP) if is_open(d)]
    d25 = sorted(gap_days + [d for d in OVERLAP_TALLY_DAYS if d.year == 2025])
    d26 = [d for d in OVERLAP_TALLY_DAYS if d.year == 2026]
    for d in d25 + d26:
        assert is_open(d), d
    rows = [["Strichliste Stadtlabor Lindenau 2025", "", "", "", "", "", ""], th] + tally_rows(rng, counts, d25)
    rows.append([""] * 7)
    write(os.path.join(tdir, "strichliste-2025.csv"), csv_text(rows, ";", "\r\n"), encoding="cp1252")
    rows = [th] + tally_rows(rng, counts, d26)
    write(os.path.join(tdir, "strichliste-2026.csv"), csv_text(rows, ";", "\r\n"), encoding="cp1252")

    # --- events
    eh = ["Nr", "Datum", "Beginn", "Ende", "Titel", "Format", "Themen", "Zielgruppen", "Referent*innen",
          "Partner", "Anmeldungen", "Teilnehmende", "Kapazität", "Ort", "Status", "u18", "18-29", "30-64", "65+"]
    rows = [eh]
    for e in events:
        s = lambda x: "" if x is None else str(x)
        ages = e.age if e.age else [None] * 4
        rows.append([e.id, de(e.date), e.start, e.end, e.title, e.format, ", ".join(e.topics), ", ".join(e.tgs),
                     ", ".join(e.speakers), ", ".join(e.partners), s(e.registrations), s(e.participants),
                     s(e.capacity), e.location, "abgesagt" if e.cancelled else "durchgeführt"]
                    + [s(x) for x in ages])
    write(os.path.join(out, "daten", "veranstaltungen.csv"), csv_text(rows, ";", "\r\n"), bom=True)

    # --- feedback
    paper, online = make_feedback(rng, events)
    fdir = os.path.join(out, "daten", "feedback")
    ph = ["Bogen-Nr", "Datum", "Veranstaltung", "zufrieden", "verstaendlich", "note", "empfehlen", "kommentar"]
    for y, enc, bom in [(2025, "cp1252", False), (2026, "utf-8", True)]:
        rows = [ph]
        for i, r in enumerate(paper[y], 1):
            rows.append(["P%02d-%04d" % (y % 100, i), de(r["date"]), r["event"], r["zufrieden"],
                         r["verstaendlich"], r["note"], r["empfehlen"], r["kommentar"]])
        write(os.path.join(fdir, "papier-%d.csv" % y), csv_text(rows, ";", "\r\n"), encoding=enc, bom=bom)
    oh = ["Response ID", "Submitted at", "Date", "Event ID", QUESTIONNAIRE[0][1], QUESTIONNAIRE[1][1],
          QUESTIONNAIRE[2][1], "empfehlen", QUESTIONNAIRE[4][1]] + [t for _, t, _, _ in CHOICE_ITEMS]
    rid = 1000
    choice_rng = random.Random(SEED + 15)
    for y in (2025, 2026):
        rows = [oh]
        for r in online[y]:
            rid += 1
            yn = {"ja": "Ja", "nein": "Nein"}.get(r["empfehlen"], r["empfehlen"])
            rows.append([str(rid), "%sT%s" % (r["date"].isoformat(), r["time"]), r["date"].isoformat(),
                         r["event"], r["zufrieden"], r["verstaendlich"], r["note"], yn, r["kommentar"]]
                        + choice_answers(choice_rng))
        write(os.path.join(fdir, "online-%d.csv" % y), csv_text(rows, ",", "\n"))

    # --- votes
    rows = [["Datum", "Wunsch", "Punkte"]]
    for d, wishes in VOTE_SESSIONS:
        for w, n in wishes.items():
            rows.append([de(d), w, str(n)])
    write(os.path.join(out, "daten", "klebepunkte.csv"), csv_text(rows, ";", "\r\n"), bom=True)

    # --- notes
    ndir = os.path.join(out, "daten", "notizen")
    for fname, datum, art, refs, authors, consent, body in NOTES:
        ids = [find_event(events, parse_de(datum), *ref) for ref in refs]
        head = "---\ndatum: %s\nart: %s\n" % (datum, art)
        if ids:
            head += "veranstaltungen: %s\n" % ", ".join(sorted(ids))
        head += "autorinnen: %s\nzitate: %s\n---\n" % (authors, consent)
        write(os.path.join(ndir, fname), head + body)

    # The makerspace and the Digitalbus (scripts/sample_sites.py), each with
    # its own random generator. The config is kept once, in sample_sites.py
    # (all three sites); check_config() holds its Stadtlabor block to the
    # plans above, so that config and data cannot drift apart.
    sample_sites.write_sites(out, write, csv_text)
    config = sample_sites.config_text()
    check_config(config)
    write(os.path.join(out, "ankerbericht.json"), config)
    write(os.path.join(out, "README.md"), README)


if __name__ == "__main__":
    main()
