// A committee deck and a consolidation timeline as the report builder would
// produce them, shared by the slide, timeline and dump tests.
#ifndef ANKERBERICHT_TESTS_RENDER_SLIDE_FIXTURES_H_
#define ANKERBERICHT_TESTS_RENDER_SLIDE_FIXTURES_H_

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "document/document.h"

namespace ankerbericht::render_test {

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
inline int DayNumber(int y, int m, int d) {
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// From 1 November 2026 to 31 January 2029: today, committee meetings one to
// three months apart, two deadlines, the planning start and the funding end,
// and the 18 months before the funding end shaded.
inline TimelineChart ConsolidationTimeline() {
  const int start = DayNumber(2026, 11, 1);
  auto day = [&](int y, int m, int d) { return DayNumber(y, m, d) - start; };
  auto text = [](int y, int m, int d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d, m, y);
    return std::string(buf);
  };
  TimelineChart t;
  t.title = "Zeitplan bis zum Förderende";
  t.span_days = day(2029, 1, 31);
  t.ticks = {{day(2027, 1, 1), "2027"}, {day(2028, 1, 1), "2028"}, {day(2029, 1, 1), "2029"}};
  t.range_from = day(2027, 7, 1);
  t.range_to = day(2028, 12, 31);
  t.range_label = "18 Monate vor dem Förderende: Verstetigung vorbereiten";
  auto mark = [&](int y, int m, int d, std::string label, TimelineMarkKind kind,
                  bool emphasis = false) {
    t.marks.push_back(TimelineMark{day(y, m, d), text(y, m, d), std::move(label), kind, emphasis});
  };
  using K = TimelineMarkKind;
  mark(2026, 11, 21, "Heute", K::kToday);
  mark(2026, 12, 10, "Ausschuss", K::kMeeting);
  mark(2027, 2, 4, "Ausschuss", K::kMeeting);
  mark(2027, 3, 18, "Ausschuss", K::kMeeting);
  mark(2027, 3, 31, "Planungsfrist Haushalt 2028", K::kDeadline);
  mark(2027, 5, 6, "Ausschuss", K::kMeeting);
  mark(2027, 6, 24, "Letzter Ausschuss vor der Haushaltsfrist", K::kMeeting, true);
  mark(2027, 6, 30, "Haushaltsfrist", K::kDeadline, true);
  mark(2027, 7, 1, "Planungsbeginn Verstetigung", K::kMilestone);
  mark(2027, 9, 16, "", K::kMeeting);
  mark(2027, 11, 4, "Ausschuss", K::kMeeting);
  mark(2028, 12, 31, "Förderende", K::kMilestone, true);
  return t;
}

inline BarChart VisitsByHalfYear() {
  return BarChart{"Besuche je Halbjahr",
                  "Besuche",
                  {"1. Hj. 2024", "2. Hj. 2024", "1. Hj. 2025", "2. Hj. 2025", "1. Hj. 2026"},
                  {{"Besuche", {6120, 7035, 8470, 9210, 11011}}},
                  "Keine Besuchsdaten"};
}

inline LineChart VisitsByMonth() {
  return LineChart{"Besuche je Monat",
                   "Besuche",
                   {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun"},
                   {{"1. Halbjahr 2026", {1650, 1720, 1905, 1810, 1930, 1996}},
                    {"1. Halbjahr 2025", {1280, 1350, 1470, 1390, 1455, 1525}}},
                   "Keine Besuchsdaten"};
}

inline RadarChart GoalProfile() {
  return RadarChart{"Zielprofil (1 = trifft nicht zu, 7 = trifft voll zu)",
                    {"Teilhabe", "Kompetenzen", "Vernetzung im Quartier", "Innovation",
                     "Nachhaltigkeit", "Sichtbarkeit", "Ehrenamtliches Engagement"},
                    {{"1. Halbjahr 2026", {5.8, 5.2, 4.9, 4.1, 3.8, 5.5, 4.4}},
                     {"1. Halbjahr 2025", {5.1, 4.8, 4.2, 3.9, 3.5, 4.6, 4.0}}},
                    1,
                    7,
                    "Keine Bewertungen"};
}

// The seven kinds of slide: title, figure + bars, figure + line, radar,
// quotes, bullets, timeline.
inline Document DemoDeck() {
  Document doc;
  doc.info.format = PageFormat::kSlides;
  doc.info.title = "Stadtlabor Lindenau – Ausschussvorlage";
  doc.info.slide_label = "Folie";
  Slide title;
  title.title_slide = true;
  title.kicker = "Ausschussvorlage";
  title.title = "Stadtlabor Lindenau: Bilanz des 1. Halbjahres 2026";
  title.subtitle = "Ausschuss für Digitales · Stadt Lindenau";
  title.bullets = {"Stand der Daten: 21. November 2026",
                   "Berichtszeitraum: 1. Januar – 30. Juni 2026"};
  title.source = "Quelle: ankerbericht · Daten des Stadtlabors · 1. Halbjahr 2026";
  doc.blocks.push_back(title);

  Slide visits;
  visits.title = "Mehr Besuche als je zuvor: ein Drittel mehr als vor einem Jahr";
  visits.figure = "11.011";
  visits.figure_label = "Besuche im 1. Halbjahr 2026";
  visits.figure_note = "1. Halbjahr 2025: 8.470 (+30,0 %)";
  visits.indicator = "visitors.total";
  visits.chart = VisitsByHalfYear();
  visits.source = "Quelle: Zählanlage und Strichlisten · 1. Halbjahr 2024 – 1. Halbjahr 2026";
  doc.blocks.push_back(visits);

  Slide months;
  months.title = "Jeden Monat über dem Vorjahr";
  months.figure = "+30 %";
  months.figure_label = "Besuche gegenüber dem 1. Halbjahr 2025";
  months.figure_note = "Stärkster Monat: Juni mit 1.996 Besuchen";
  months.indicator = "visitors.total";
  months.chart = VisitsByMonth();
  months.source = "Quelle: Zählanlage · 1. Halbjahr 2026";
  doc.blocks.push_back(months);

  Slide goals;
  goals.title = "Stark bei Teilhabe und Sichtbarkeit, Nachholbedarf bei Nachhaltigkeit";
  goals.chart = GoalProfile();
  goals.source = "Quelle: Selbsteinschätzung des Teams · 1. Halbjahr 2026";
  doc.blocks.push_back(goals);

  Slide voices;
  voices.title = "Was Besucherinnen und Besucher sagen";
  voices.quotes = {
      {"Hier habe ich zum ersten Mal selbst etwas am 3D-Drucker gebaut – und die Leute haben "
       "sich richtig Zeit genommen, mir alles zu erklären.",
       "Teilnehmerin, Feedbackbogen März 2026"},
      {"Das Repair-Café ist für unser Viertel ein echter Treffpunkt geworden.",
       "Teilnehmer, Online-Befragung Mai 2026"},
      {"Mehr Termine am Abend wären toll.", "Feedbackbogen Juni 2026"}};
  voices.source = "Quelle: 214 Rückmeldungen (Papier und online) · 1. Halbjahr 2026";
  doc.blocks.push_back(voices);

  Slide next;
  next.title = "Was wir für das 2. Halbjahr vorschlagen";
  next.bullets = {"Abendöffnung am Donnerstag bis 21 Uhr erproben",
                  "Repair-Café monatlich statt alle zwei Monate",
                  "Zwei Kooperationen mit Schulen im Quartier verstetigen",
                  "Nachhaltigkeitsangebote sichtbarer machen: Reparieren, Leihen, Teilen"};
  next.source = "Quelle: Reflexionstreffen des Teams · Juni 2026";
  doc.blocks.push_back(next);

  Slide plan;
  plan.title = "Bis zur Haushaltsfrist bleiben vier Ausschusssitzungen";
  plan.chart = ConsolidationTimeline();
  plan.source = "Quelle: Sitzungskalender der Stadt · Förderbescheid vom 12.03.2024";
  doc.blocks.push_back(plan);
  return doc;
}

}  // namespace ankerbericht::render_test

#endif  // ANKERBERICHT_TESTS_RENDER_SLIDE_FIXTURES_H_
