"""The second and third place of the sample workspace (used by make-sample-data.py).

A makerspace in the city library (opening hours, tally sheets, events,
paper feedback) and a mobile "Digitalbus" with four stops (a stop schedule
instead of opening hours; tally sheets and events name the stop). Both are
small on purpose: they show several places and a mobile one without making
`ankerbericht run` on the sample much slower. Each uses its own random
generator, so the Stadtlabor's files stay byte for byte what they were.

The Stadtlabor's part of ankerbericht.json is kept here as written by hand
(STADTLABOR_*); the two new sites are appended to it.
"""

import datetime as dt
import random

SEED_MAKERSPACE = 20250301
SEED_BUS = 20250401
END = dt.date(2026, 10, 31)
WD = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]

STADTLABOR_HEAD = r"""// ankerbericht — Beispiel-Arbeitsbereich (erfundener Ort, erfundene Daten)
//
// "Stadtlabor Lindenau" gibt es nicht. Die Daten in daten/ wurden mit
// scripts/make-sample-data.py erzeugt (fester Zufallsstartwert) und decken
// 01.01.2025 bis 31.10.2026 ab. Zeilen mit // sind Kommentare.
{
  // Kleinste Fallzahl, die in Berichten gezeigt wird (Datenschutz).
  "privacy_threshold": 5,

  "sites": [
    {
      "id": "stadtlabor",
      "name": "Stadtlabor Lindenau",
      "municipality": "Stadt Lindenau",
      // Typ nach Difu-Studie: 2 = digitale Bildung
      "type": 2,
      "branding": { "primary_color": "#1B6E4B" },
      "opened": "01.01.2025",
      "funding_end": "31.12.2027",
      // 1 = am wichtigsten ... 7 = am wenigsten wichtig
      "goal_priorities": {
        "smart_city_information": 4,
        "digital_education": 1,
        "craft_education": 6,
        "social_aspects": 2,
        "citizen_proximity": 3,
        "networking": 5,
        "economic_development": 7
      },
      // Ab 01.09.2025 donnerstags bis 21 Uhr und freitags ab 13 Uhr
      // (Wunsch von der Klebepunkte-Wand und aus den Kurzinterviews).
      "opening_hours": [
        {
          "valid_from": "01.01.2025",
          "week": {
            "Di": "14:00-18:00",
            "Mi": "10:00-13:00, 14:00-18:00",
            "Do": "14:00-19:00",
            "Fr": "14:00-18:00",
            "Sa": "10:00-14:00"
          }
        },
        {
          "valid_from": "01.09.2025",
          "week": {
            "Di": "14:00-18:00",
            "Mi": "10:00-13:00, 14:00-18:00",
            "Do": "14:00-21:00",
            "Fr": "13:00-18:00",
            "Sa": "10:00-14:00"
          }
        }
      ],
      "closures": [
        { "from": "01.01.2025", "to": "01.01.2025", "reason": "Neujahr" },
        { "from": "18.04.2025", "to": "18.04.2025", "reason": "Karfreitag" },
        { "from": "01.05.2025", "to": "01.05.2025", "reason": "Tag der Arbeit" },
        { "from": "29.05.2025", "to": "29.05.2025", "reason": "Christi Himmelfahrt" },
        { "from": "19.06.2025", "to": "19.06.2025", "reason": "Fronleichnam" },
        { "from": "04.08.2025", "to": "16.08.2025", "reason": "Sommerpause" },
        { "from": "03.10.2025", "to": "03.10.2025", "reason": "Tag der Deutschen Einheit" },
        { "from": "22.12.2025", "to": "06.01.2026", "reason": "Weihnachtspause" },
        { "from": "11.03.2026", "to": "11.03.2026", "reason": "Teamklausur" },
        { "from": "03.04.2026", "to": "03.04.2026", "reason": "Karfreitag" },
        { "from": "01.05.2026", "to": "01.05.2026", "reason": "Tag der Arbeit" },
        { "from": "14.05.2026", "to": "14.05.2026", "reason": "Christi Himmelfahrt" },
        { "from": "04.06.2026", "to": "04.06.2026", "reason": "Fronleichnam" },
        { "from": "27.07.2026", "to": "08.08.2026", "reason": "Sommerpause" },
        { "from": "03.10.2026", "to": "03.10.2026", "reason": "Tag der Deutschen Einheit" }
      ],
      "target_groups": ["Seniorinnen und Senioren", "Kinder und Jugendliche", "Familien", "Berufstätige", "Vereine und Ehrenamt", "Menschen mit Zuwanderungsgeschichte"],
      "age_groups": [
        { "id": "u18", "label": "unter 18", "target": true },
        { "id": "18-29", "label": "18–29" },
        { "id": "30-64", "label": "30–64" },
        { "id": "65+", "label": "65 und älter", "target": true }
      ],
      "committee_dates": ["10.03.2026", "16.06.2026", "22.09.2026", "24.11.2026", "16.03.2027", "15.06.2027"],
      "budget_deadline": "31.03.2027",
      // Förderbeginn laut Bescheid (der Ort öffnete am selben Tag).
      "funding_start": "01.01.2025",
      // Kopf der Sitzungsvorlage. Fehlende Angaben bleiben in der Vorlage als
      // sichtbare Lücke stehen.
      "vorlage": {
        "nummer": "V/2027/014",
        "federfuehrung": "Fachbereich Bildung, Abteilung Digitale Teilhabe",
        "betreff": "Weiterführung des Stadtlabors Lindenau nach dem Ende der Förderung",
        // Die Vorlage muss so viele Wochen vor der Sitzung eingereicht sein.
        "vorlauf_wochen": 4,
        "beratungsfolge": [
          { "gremium": "Ausschuss für Bildung und Digitales", "datum": "16.03.2027", "oeffentlich": true, "zustaendigkeit": "Vorberatung" },
          { "gremium": "Haupt- und Finanzausschuss", "datum": "23.03.2027", "oeffentlich": true, "zustaendigkeit": "Vorberatung" },
          { "gremium": "Rat der Stadt Lindenau", "datum": "30.03.2027", "oeffentlich": true, "zustaendigkeit": "Entscheidung" }
        ],
        // Vom Team erfasster Stand: "erledigt_am" fehlt = geplant.
        "termine": [
          { "was": "Verstetigungsplanung beginnen (Auftakt mit Fachbereich und Kämmerei)", "art": "planung", "bis": "30.06.2026", "erledigt_am": "12.05.2026" },
          { "was": "Erste Überprüfung im zweiten Förderjahr (Zwischenbilanz im Ausschuss)", "art": "pruefung", "bis": "22.09.2026", "erledigt_am": "22.09.2026" },
          { "was": "Mietvertrag Marktplatz 3: Verlängerung erklären (sechs Monate Kündigungsfrist)", "art": "mietvertrag", "bis": "30.06.2027" },
          { "was": "Befristete Arbeitsverträge des Kernteams: Entfristung oder Verlängerung", "art": "personal", "bis": "30.09.2027" }
        ]
      },
      // Laufende Kosten je Jahr ab dem Ende der Förderung (Kostenaufstellung
      // des Fachbereichs, siehe texte/kosten.md).
      "kosten": {
        "ab": "2028",
        "posten": [
          { "art": "Personal (Kernteam)", "betrag": 152000 },
          { "art": "Miete und Nebenkosten Marktplatz 3", "betrag": 31000 },
          { "art": "Ausstattung und Verbrauchsmaterial", "betrag": 15000 },
          { "art": "Honorare für Referierende", "betrag": 12000 }
        ],
        "finanzierung": [
          { "quelle": "Haushalt Fachbereich Bildung", "betrag": 140000, "stadt": true },
          { "quelle": "Wirtschaftsförderung", "betrag": 40000, "stadt": true },
          { "quelle": "Kooperationen (Stadtwerke, Sparkasse, Volkshochschule)", "betrag": 30000 }
        ],
        "haushaltsstelle": ""
      },
      // Eigene Kennzahlen des Teams aus der Veranstaltungsliste.
      "custom_indicators": [
        { "id": "werkstatt", "label": "Termine der Offenen Werkstatt", "label_en": "Open workshop sessions",
          "definition": "Durchgeführte Veranstaltungen im Format Offene Werkstatt.",
          "kind": "events", "formats": ["Offene Werkstatt"], "goals": ["craft_education"] },
        { "id": "smart_city", "label": "Teilnahmen an Angeboten zu Online-Verwaltung und Smart City",
          "label_en": "Participations in events on e-government and smart city",
          "definition": "Teilnehmende durchgeführter Veranstaltungen mit dem Thema Online-Verwaltung, Smart City oder Open Data.",
          "kind": "participants", "topics": ["Online-Verwaltung", "Smart City", "Open Data"], "goals": ["smart_city_information"] }
      ],
      // Welche Kennzahlen und Themen welchen Zielbereich belegen. Ohne Eintrag
      // zählt eine Kennzahl nur für ihren ersten Zielbereich.
      "goal_evidence": {
        "indicators": { "events.participants": ["digital_education", "social_aspects"] },
        "themes": { "senioren": ["social_aspects"], "familien": ["social_aspects"], "technik": ["craft_education"], "betreuung": ["digital_education"], "zugang": ["citizen_proximity"], "termine": ["citizen_proximity"] }
      },
      // Papier- und Online-Bogen haben dieselben Fragen.
      "questionnaire": [
        { "id": "zufrieden", "text": "Ich bin mit der Veranstaltung insgesamt zufrieden.", "scale": "agree5" },
        { "id": "verstaendlich", "text": "Die Inhalte waren verständlich.", "scale": "agree5" },
        { "id": "note", "text": "Welche Schulnote geben Sie der Veranstaltung?", "scale": "grade6" },
        { "id": "empfehlen", "text": "Würden Sie die Veranstaltung weiterempfehlen?", "scale": "yesno", "role": "recommend" },
        { "id": "kommentar", "text": "Was möchten Sie uns noch mitteilen?", "scale": "text" },
        { "id": "erfahren", "text": "Wie haben Sie von uns erfahren?", "scale": "multi", "labels": ["Plakat oder Aushang", "Zeitung", "Soziale Medien", "Freunde und Bekannte", "Website der Stadt", "Seniorenbeirat"] },
        { "id": "altersgruppe", "text": "Wie alt sind Sie?", "scale": "single", "labels": ["unter 18", "18–29", "30–64", "65 und älter"] }
      ],
      // Zielwerte aus dem Förderantrag und der Zielvereinbarung mit dem Ausschuss.
      "targets": [
        { "indicator": "visitors.per_open_hour", "min": 4 },
        { "indicator": "events.held", "min": 60, "period": "2026-H1" },
        { "indicator": "events.fill_rate", "min": 70 },
        { "indicator": "events.cancel_rate", "max": 10 },
        { "indicator": "feedback.recommend_rate", "min": 85 },
        { "indicator": "feedback.item.zufrieden.positive_share", "min": 80 },
        { "indicator": "partners.distinct", "min": 8 },
        { "indicator": "events.for_target_groups", "min": 75 },
        { "indicator": "custom.werkstatt", "min": 10 }
      ]
    }"""

STADTLABOR_SOURCES = r"""    // Lichtschranke am Haupteingang: 2025 Quartalsexporte, ab 2026 Monatsexporte
    { "path": "daten/zaehler/*.csv", "kind": "visits", "site": "stadtlabor" },
    // Strichlisten (Zählerausfall November 2025 und Vergleichstage mit Altersgruppen)
    { "path": "daten/strichlisten/*.csv", "kind": "tallies", "site": "stadtlabor" },
    { "path": "daten/veranstaltungen.csv", "kind": "events", "site": "stadtlabor" },
    // Abgetippte Papierbögen und der Export des Online-Fragebogens
    { "path": "daten/feedback/papier-*.csv", "kind": "feedback", "site": "stadtlabor", "channel": "paper" },
    { "path": "daten/feedback/online-*.csv", "kind": "feedback", "site": "stadtlabor", "channel": "digital" },
    { "path": "daten/notizen/*.md", "kind": "notes", "site": "stadtlabor" },
    { "path": "daten/klebepunkte.csv", "kind": "votes", "site": "stadtlabor" }"""

STADTLABOR_REPORTS = r"""    { "template": "halbjahresbericht", "site": "stadtlabor", "period": "latest-half",
      "output": "berichte/halbjahresbericht-{site}-{period}.pdf" },
    // Begründung der Weiterführung nach der Förderung und Folien für die Ausschusssitzung
    { "template": "verstetigung", "site": "stadtlabor", "period": "latest-half",
      "output": "berichte/verstetigung-{site}-{period}.pdf" },
    { "template": "ausschuss", "site": "stadtlabor", "period": "latest-half",
      "output": "berichte/ausschuss-{site}-{period}.pdf" }"""


def de(d):
    return d.strftime("%d.%m.%Y")


def days(a, b):
    d = a
    while d <= b:
        yield d
        d += dt.timedelta(days=1)


def in_closure(d, closures):
    return any(a <= d <= b for a, b, _ in closures)


# --- the makerspace --------------------------------------------------------

MS_OPENED = dt.date(2025, 9, 1)
MS_WEEK = {"Mi": "15:00-19:00", "Sa": "10:00-14:00"}
MS_CLOSURES = [
    (dt.date(2025, 10, 3), dt.date(2025, 10, 3), "Tag der Deutschen Einheit"),
    (dt.date(2025, 12, 22), dt.date(2026, 1, 6), "Weihnachtspause der Bibliothek"),
    (dt.date(2026, 4, 3), dt.date(2026, 4, 4), "Ostern"),
    (dt.date(2026, 7, 27), dt.date(2026, 8, 8), "Sommerpause"),
    (dt.date(2026, 10, 3), dt.date(2026, 10, 3), "Tag der Deutschen Einheit"),
]
MS_FORMATS = [
    ("Repair-Café", ["Reparieren", "Nachhaltigkeit"], ["Familien", "Seniorinnen und Senioren"], 16),
    ("Einführung Lasercutter", ["Lasercutter"], ["Berufstätige", "Kinder und Jugendliche"], 8),
    ("3D-Druck-Sprechstunde", ["3D-Druck"], ["Kinder und Jugendliche", "Familien"], 10),
]


def makerspace(rng):
    """Tally rows (one per open day), events and paper feedback."""
    tallies, events, feedback = [], [], []
    n = 0
    for d in days(MS_OPENED, END):
        wd = WD[d.weekday()]
        if wd not in MS_WEEK or in_closure(d, MS_CLOSURES):
            continue
        base = 14 if wd == "Mi" else 22
        count = max(3, int(rng.gauss(base, 4)))
        young = int(count * rng.uniform(0.25, 0.45))
        old = int(count * rng.uniform(0.1, 0.2))
        mid = int((count - young - old) * rng.uniform(0.2, 0.4))
        rest = count - young - old - mid
        tallies.append([de(d), MS_WEEK[wd].replace(":00", ""), str(count), str(young), str(mid), str(rest), str(old)])
        # Every other Saturday an event in the workshop.
        if wd == "Sa" and d.isocalendar()[1] % 2 == 0:
            n += 1
            title, topics, groups, cap = MS_FORMATS[n % len(MS_FORMATS)]
            cancelled = rng.random() < 0.06
            partners = ["Stadtbibliothek Lindenau"] + (["Repair-Initiative Lindenau"] if title == "Repair-Café" else [])
            participants = None if cancelled or d > END else min(cap + 2, max(2, int(rng.gauss(cap * 0.8, 2))))
            events.append([f"MS-{d.year}-{n:03d}", de(d), "10:30", "13:30", title, "Offene Werkstatt" if n % 3 else "Workshop",
                           ", ".join(topics), ", ".join(groups), "Jonas Albrecht", ", ".join(partners),
                           "" if participants is None else str(participants), str(cap),
                           "vor Ort", "abgesagt" if cancelled else "durchgeführt"])
            if participants:
                for _ in range(int(participants * rng.uniform(0.4, 0.7))):
                    good = rng.random() < 0.85
                    feedback.append([de(d), events[-1][0], str(rng.choice([4, 5]) if good else rng.choice([2, 3])),
                                     str(rng.choice([4, 5]) if good else 3), str(rng.choice([1, 2]) if good else 3),
                                     "ja" if good or rng.random() < 0.5 else "nein", ""])
    return tallies, events, feedback


# --- the Digitalbus and its stops -----------------------------------------

BUS_OPENED = dt.date(2025, 4, 1)
# id, name, weekly pattern (or None), valid from
BUS_STOPS = [
    ("nordstadt", "Marktplatz Nordstadt", {"Di": "10:00-13:00"}, None),
    ("schulzentrum", "Schulzentrum Ost", {"Di": "14:00-17:00"}, None),
    ("auenhain", "Dorfplatz Auenhain", {"Do": "10:00-14:00"}, None),
]
# The fourth stop is served on single dates: the first Saturday of the month
# at the weekly market in Lindenau-Süd.
BUS_MARKET = ("wochenmarkt", "Wochenmarkt Lindenau-Süd", "08:00-12:00")
BUS_CLOSURES = [
    (dt.date(2025, 5, 1), dt.date(2025, 5, 1), "Tag der Arbeit"),
    (dt.date(2025, 8, 4), dt.date(2025, 8, 16), "Sommerpause"),
    (dt.date(2025, 12, 15), dt.date(2026, 1, 16), "Winterpause (Bus in der Werkstatt)"),
    (dt.date(2026, 5, 14), dt.date(2026, 5, 14), "Christi Himmelfahrt"),
    (dt.date(2026, 7, 27), dt.date(2026, 8, 8), "Sommerpause"),
]
# Mean visitors per hour at each stop.
BUS_RATE = {"nordstadt": 7.0, "schulzentrum": 9.5, "auenhain": 3.5, "wochenmarkt": 12.0}


def market_dates():
    out = []
    y, m = BUS_OPENED.year, BUS_OPENED.month
    while dt.date(y, m, 1) <= END:
        d = dt.date(y, m, 1)
        while d.weekday() != 5:
            d += dt.timedelta(days=1)
        if d <= END and not in_closure(d, BUS_CLOSURES):
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def hours_of(spec):
    a, b = spec.split("-")
    ha, ma = map(int, a.split(":"))
    hb, mb = map(int, b.split(":"))
    return (hb * 60 + mb - ha * 60 - ma) / 60.0


def bus(rng):
    """Tally rows with the stop (one per stop day) and events at the stops."""
    visits = []  # (date, stop id, stop name, slot, hours)
    for d in days(BUS_OPENED, END):
        if in_closure(d, BUS_CLOSURES):
            continue
        for sid, name, week, _ in BUS_STOPS:
            spec = week.get(WD[d.weekday()])
            if spec:
                visits.append((d, sid, name, spec, hours_of(spec)))
    for d in market_dates():
        visits.append((d, BUS_MARKET[0], BUS_MARKET[1], BUS_MARKET[2], hours_of(BUS_MARKET[2])))
    visits.sort(key=lambda v: (v[0], v[3]))
    tallies, events = [], []
    n = 0
    for d, sid, name, spec, hours in visits:
        count = max(0, int(round(rng.gauss(BUS_RATE[sid] * hours, 3))))
        young = int(count * (0.6 if sid == "schulzentrum" else 0.1))
        old = int(count * (0.15 if sid == "schulzentrum" else 0.45))
        mid = int((count - young - old) * 0.3)
        rest = count - young - old - mid
        # The team writes the stop's name as it is painted on the sign; the
        # market days use the short id, as the schedule does.
        stop = sid if sid == "wochenmarkt" else name
        tallies.append([de(d), stop, spec.replace(":00", ""), str(count), str(young), str(mid), str(rest), str(old)])
        # A short workshop at the stop every fourth stop day.
        if len(tallies) % 4 == 0:
            n += 1
            start = spec.split("-")[0]
            title = rng.choice(["Handy-Sprechstunde am Bus", "Online-Termine buchen", "Bürgerportal ausprobieren",
                                "Sicher im Netz unterwegs"])
            cap = 8
            cancelled = rng.random() < 0.08
            participants = None if cancelled else max(2, min(cap, int(rng.gauss(6, 1.5))))
            events.append([f"BUS-{d.year}-{n:03d}", de(d), start, "", title, "Sprechstunde", "Smartphone, Online-Verwaltung",
                           "Seniorinnen und Senioren", "Mira Sander", "", "" if participants is None else str(participants),
                           str(cap), "mobil", "abgesagt" if cancelled else "durchgeführt", stop])
    return tallies, events


def stops_json():
    parts = []
    for sid, name, week, _ in BUS_STOPS:
        wk = ", ".join('"%s": "%s"' % (k, v) for k, v in week.items())
        parts.append('        { "id": "%s", "name": "%s", "week": { %s } }' % (sid, name, wk))
    dates = ",\n".join('            { "date": "%s", "hours": "%s" }' % (de(d), BUS_MARKET[2]) for d in market_dates())
    parts.append('        { "id": "%s", "name": "%s",\n          // erster Samstag im Monat\n          "dates": [\n%s\n          ] }'
                 % (BUS_MARKET[0], BUS_MARKET[1], dates))
    return ",\n".join(parts)


def closures_json(closures):
    return ",\n".join('        { "from": "%s", "to": "%s", "reason": "%s" }' % (de(a), de(b), r) for a, b, r in closures)


QUESTIONNAIRE_JSON = """      "questionnaire": [
        { "id": "zufrieden", "text": "Ich bin mit der Veranstaltung insgesamt zufrieden.", "scale": "agree5" },
        { "id": "verstaendlich", "text": "Die Inhalte waren verständlich.", "scale": "agree5" },
        { "id": "note", "text": "Welche Schulnote geben Sie der Veranstaltung?", "scale": "grade6" },
        { "id": "empfehlen", "text": "Würden Sie die Veranstaltung weiterempfehlen?", "scale": "yesno", "role": "recommend" },
        { "id": "kommentar", "text": "Was möchten Sie uns noch mitteilen?", "scale": "text" }
      ]"""

AGE_GROUPS_JSON = """      "age_groups": [
        { "id": "u18", "label": "unter 18" },
        { "id": "18-29", "label": "18–29" },
        { "id": "30-64", "label": "30–64" },
        { "id": "65+", "label": "65 und älter", "target": true }
      ]"""


def config_text():
    ms_week = ", ".join('"%s": "%s"' % (k, v) for k, v in MS_WEEK.items())
    makerspace_site = """    {
      "id": "makerspace",
      "name": "Makerspace in der Stadtbibliothek",
      "municipality": "Stadt Lindenau",
      // Typ nach Difu-Studie: 3 = Technikwerkstatt und Makerspace
      "type": 3,
      "opened": "%s",
      "opening_hours": [ { "valid_from": "%s", "week": { %s } } ],
      "closures": [
%s
      ],
      "target_groups": ["Kinder und Jugendliche", "Familien", "Berufstätige", "Seniorinnen und Senioren"],
%s,
%s,
      "targets": [
        { "indicator": "visitors.per_open_hour", "min": 3 },
        { "indicator": "events.fill_rate", "min": 70 }
      ]
    }""" % (de(MS_OPENED), de(MS_OPENED), ms_week, closures_json(MS_CLOSURES), AGE_GROUPS_JSON, QUESTIONNAIRE_JSON)
    bus_site = """    {
      "id": "digitalbus",
      "name": "Digitalbus Lindenau",
      "municipality": "Stadt Lindenau",
      // Typ nach Difu-Studie: 1 = Informations- und Beteiligungsort (mobil)
      "type": 1,
      "opened": "%s",
      // Ein mobiler Ort hat Haltestellen mit Fahrplan statt Öffnungszeiten
      // (docs/mobile.md): ein Wochenmuster oder einzelne Termine je Haltestelle.
      "stops": [
%s
      ],
      "closures": [
%s
      ],
      "target_groups": ["Seniorinnen und Senioren", "Kinder und Jugendliche", "Menschen mit Zuwanderungsgeschichte"],
%s,
%s,
      "targets": [
        { "indicator": "visitors.per_open_hour", "min": 6 }
      ]
    }""" % (de(BUS_OPENED), stops_json(), closures_json(BUS_CLOSURES), AGE_GROUPS_JSON, QUESTIONNAIRE_JSON)
    sources = """    // Makerspace: nur Strichlisten, dazu Veranstaltungen und Papierbögen
    { "path": "daten/makerspace/strichliste.csv", "kind": "tallies", "site": "makerspace" },
    { "path": "daten/makerspace/veranstaltungen.csv", "kind": "events", "site": "makerspace" },
    { "path": "daten/makerspace/feedback.csv", "kind": "feedback", "site": "makerspace", "channel": "paper" },
    // Digitalbus: Strichlisten und Veranstaltungen mit der Haltestelle
    { "path": "daten/digitalbus/strichliste.csv", "kind": "tallies", "site": "digitalbus" },
    { "path": "daten/digitalbus/veranstaltungen.csv", "kind": "events", "site": "digitalbus" }"""
    reports = """    { "template": "halbjahresbericht", "site": "makerspace", "period": "latest-half",
      "output": "berichte/halbjahresbericht-{site}-{period}.pdf" },
    { "template": "halbjahresbericht", "site": "digitalbus", "period": "latest-half",
      "output": "berichte/halbjahresbericht-{site}-{period}.pdf" },
    // Übersicht aller drei Orte für das Smart-City-Büro
    { "template": "uebersicht", "period": "latest-half",
      "output": "berichte/uebersicht-{period}.pdf" }"""
    return (STADTLABOR_HEAD + ",\n" + makerspace_site + ",\n" + bus_site + "\n  ],\n\n  \"sources\": [\n" +
            STADTLABOR_SOURCES + ",\n" + sources + "\n  ],\n\n  \"reports\": [\n" + STADTLABOR_REPORTS + ",\n" +
            reports + "\n  ]\n}\n")


MS_VORWORT = """Der Makerspace in der Stadtbibliothek ist seit September 2025 mittwochs
und samstags geöffnet. Jeden zweiten Samstag lädt das Team zu einem Angebot
in die Werkstatt ein: Repair-Café, Einführung in den Lasercutter oder die
3D-Druck-Sprechstunde.
"""

BUS_VORWORT = """Der Digitalbus fährt seit April 2025 feste Haltestellen in den Stadtteilen
an, die kein eigenes Angebot haben: dienstags die Nordstadt und das
Schulzentrum Ost, donnerstags Auenhain und am ersten Samstag im Monat den
Wochenmarkt in Lindenau-Süd. An jedem vierten Halt bietet das Team eine
kurze Sprechstunde an.
"""


def write_sites(out, write, csv_text):
    """Writes the two sites' files below |out| with the caller's writers."""
    import os
    tallies, events, feedback = makerspace(random.Random(SEED_MAKERSPACE))
    mdir = os.path.join(out, "daten", "makerspace")
    write(os.path.join(mdir, "strichliste.csv"),
          csv_text([["Datum", "Zeitfenster", "Besucher", "unter 18", "18–29", "30–64", "65 und älter"]] + tallies,
                   ";", "\r\n"))
    write(os.path.join(mdir, "veranstaltungen.csv"),
          csv_text([["Nr", "Datum", "Beginn", "Ende", "Titel", "Format", "Themen", "Zielgruppen", "Leitung", "Partner",
                     "Teilnehmende", "Kapazität", "Ort", "Status"]] + events, ";", "\r\n"))
    write(os.path.join(mdir, "feedback.csv"),
          csv_text([["Datum", "Veranstaltung", "zufrieden", "verstaendlich", "note", "empfehlen", "kommentar"]] + feedback,
                   ";", "\r\n"))
    tallies, events = bus(random.Random(SEED_BUS))
    bdir = os.path.join(out, "daten", "digitalbus")
    write(os.path.join(bdir, "strichliste.csv"),
          csv_text([["Datum", "Haltestelle", "Zeitfenster", "Besucher", "unter 18", "18–29", "30–64", "65 und älter"]]
                   + tallies, ";", "\r\n"))
    write(os.path.join(bdir, "veranstaltungen.csv"),
          csv_text([["Nr", "Datum", "Beginn", "Ende", "Titel", "Format", "Themen", "Zielgruppen", "Leitung", "Partner",
                     "Teilnehmende", "Kapazität", "Ort", "Status", "Haltestelle"]] + events, ";", "\r\n"))
    write(os.path.join(out, "texte", "makerspace", "vorwort.md"), MS_VORWORT)
    write(os.path.join(out, "texte", "digitalbus", "vorwort.md"), BUS_VORWORT)
