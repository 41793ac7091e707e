// Free text from the public, end to end: contact data never reaches the
// database, and one endless word cannot take down the figures or a report.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;

class FreeTextWorkspace : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::copy(fs::path(TestDir()) / "fixtures/mini/ankerbericht.json",
             tmp_.path() / "ankerbericht.json");
    fs::create_directories(tmp_.path() / "daten");
  }
  CommandResult Run(const std::string& args) { return Anker(tmp_.path(), args); }
  // Everything SQLite keeps on disk for the workspace.
  std::string DatabaseBytes() {
    std::string bytes;
    for (const char* suffix : {"", "-wal", "-journal"}) {
      fs::path p = tmp_.path() / (std::string("ankerbericht.db") + suffix);
      if (fs::exists(p)) bytes += ReadFileToString(p.string());
    }
    return bytes;
  }
  ScopedTempDir tmp_;
};

// Data minimisation: e-mail addresses and phone numbers typed into feedback
// comments and notes are removed at import, so the store never holds them;
// dates, times and counts in the same text are kept.
TEST_F(FreeTextWorkspace, TheStoreHoldsNoContactDataFromFreeText) {
  tmp_.Write("daten/feedback.csv",
             "Bogen-Nr;Datum;zufrieden;empfehlen;kommentar\n"
             "1;10.03.2026;5;ja;Schreiben Sie an max.muster@example.org oder info (at) stadt.de\n"
             "2;10.03.2026;4;ja;Tel. +49 421 123456, Büro 0421/123 456, Fax (0421) 12 34 56\n"
             "3;11.03.2026;5;ja;Der Kurs am 31.01.2026 um 14:00 Uhr mit 35 Leuten war super\n"
             "4;12.03.2026;max.muster@example.org;ja;falsche Spalte\n");
  tmp_.Write("daten/notiz.md",
             "---\n"
             "datum: 12.03.2026\n"
             "art: reflexion\n"
             "titel: Rückruf unter 0421/123 456\n"
             "---\n"
             "## Kontakt\n"
             "Frau M. erreicht man unter max.muster@example.org oder (0421) 12 34 56.\n"
             "- [ ] Zurückrufen: +49 421 123456 (@Jonas, bis 30.04.2026)\n");
  CommandResult feedback = Run("import --kind feedback daten/feedback.csv");
  ASSERT_EQ(feedback.exit_code, 0) << feedback.err;
  EXPECT_NE(
      feedback.err.find("daten/feedback.csv:5: zufrieden: keine Antwort, die diese Frage zulässt"),
      std::string::npos)
      << feedback.err;
  EXPECT_NE(feedback.err.find("6 E-Mail-Adresse(n) oder Telefonnummer(n) in Freitext vor dem "
                              "Speichern durch […] ersetzt"),
            std::string::npos)
      << feedback.err;
  CommandResult note = Run("import --kind notes daten/notiz.md");
  ASSERT_EQ(note.exit_code, 0) << note.err;
  EXPECT_NE(note.err.find("5 E-Mail-Adresse(n) oder Telefonnummer(n)"), std::string::npos)
      << note.err;

  const std::string db = DatabaseBytes();
  for (const char* contact :
       {"max.muster@example.org", "max.muster", "info (at) stadt.de", "stadt.de", "+49 421 123456",
        "421 123456", "0421/123 456", "(0421) 12 34 56", "12 34 56"}) {
    EXPECT_EQ(db.find(contact), std::string::npos) << contact;
  }
  // The rest of the text is there: the check above is not vacuous.
  for (const char* kept :
       {"Der Kurs am 31.01.2026 um 14:00 Uhr mit 35 Leuten war super", "Schreiben Sie an […]",
        "Fax […]", "Zurückrufen: […]", "Rückruf unter […]"}) {
    EXPECT_NE(db.find(kept), std::string::npos) << kept;
  }
}

// What costs no row is still named with its line: a byte that is not UTF-8
// (the file stays UTF-8) and an Fälligkeitsdatum der Aufgabe that does not exist.
TEST_F(FreeTextWorkspace, WarningsNameTheirLine) {
  tmp_.Write("daten/liste.csv",
             "Nr;Datum;Titel;Format;Kapazität\n"
             "V-1;10.03.2026;Löten für Anfänger;Workshop;12\n"
             "V-2;11.03.2026;Gro\xDF"
             "e Runde;Vortrag;30\n");
  CommandResult events = Run("import --kind events daten/liste.csv");
  ASSERT_EQ(events.exit_code, 0) << events.err;
  EXPECT_NE(events.err.find("daten/liste.csv:3: kein gültiges UTF-8 (Byte 0xDF)\n"),
            std::string::npos)
      << events.err;
  EXPECT_NE(events.err.find("2 von 2 Zeilen angenommen, 0 abgelehnt [csv, UTF-8]"),
            std::string::npos)
      << events.err;
  tmp_.Write("daten/notiz.md",
             "---\ndatum: 12.03.2026\n---\n- [ ] Flyer drucken (bis 31.02.2026)\n");
  CommandResult note = Run("import --kind notes daten/notiz.md");
  ASSERT_EQ(note.exit_code, 0) << note.err;
  EXPECT_NE(
      note.err.find(
          "daten/notiz.md:4: Fälligkeitsdatum der Aufgabe: kein gültiges Datum (31.02.2026)\n"),
      std::string::npos)
      << note.err;
}

// One feedback comment holding an endless word (a pasted image as a data URI)
// imports, and afterwards the figures and the report for its period still
// work (the quote scrubber used to crash on it with a stack overflow). Six
// forms with text: enough for their comments to be quote candidates.
TEST_F(FreeTextWorkspace, AnEndlessWordDoesNotTakeDownFiguresOrTheReport) {
  std::string uri = "data:image/png;base64,";
  while (uri.size() < 300 * 1024)
    uri += "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw==";
  tmp_.Write(
      "daten/feedback.csv",
      "Bogen-Nr;Datum;zufrieden;empfehlen;kommentar\n"
      "1;10.03.2026;5;ja;" +
          std::string(30000, 'a') +
          "\n"
          "2;10.03.2026;4;ja;Foto vom Workshop: " +
          uri +
          "\n"
          "3;11.03.2026;5;ja;Sehr geduldig erklärt, mein Laptop und ich sind jetzt Freunde.\n"
          "4;11.03.2026;5;ja;Der Kurs war gut, bitte mehr davon im Herbst.\n"
          "5;12.03.2026;4;ja;Die Werkstatt ist ein schöner Ort zum Lernen.\n"
          "6;12.03.2026;5;ja;Danke für die Geduld beim Löten.\n");
  CommandResult imp = Run("import --kind feedback daten/feedback.csv");
  ASSERT_EQ(imp.exit_code, 0) << imp.err;
  CommandResult figures = Run("figures --period 2026-H1 --json");
  ASSERT_EQ(figures.exit_code, 0) << figures.err;
  EXPECT_NO_THROW(ParseJson(figures.out));
  fs::path pdf = tmp_.path() / "bericht.pdf";
  CommandResult report = Run("report halbjahresbericht --period 2026-H1 -o '" + pdf.string() + "'");
  EXPECT_EQ(report.exit_code, 0) << report.err;
}

}  // namespace
}  // namespace ankerbericht::testing
