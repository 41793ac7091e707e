// The Markdown notes importer on inline notes: header, sections, #tags and
// actions, and the file:line errors for malformed headers.
#include <gtest/gtest.h>

#include "import/import_test_fixture.h"

namespace ankerbericht {
namespace {

const char kNote[] =
    "---\n"
    "datum: 12.03.2026\n"
    "art: reflexion            # reflexion | interview-referent | kurzinterview | sonstiges\n"
    "veranstaltungen: V-2026-014, V-2026-015\n"
    "autorinnen: Anna M., Jonas K.\n"
    "zitate: ja                # consent to quote from this note\n"
    "---\n"
    "# Reflexion Workshopreihe März\n"
    "\n"
    "## Was lief gut\n"
    "Die Gruppe war gemischt, #senioren kamen zahlreich.\n"
    "\n"
    "## Maßnahmen\n"
    "- [ ] Anmeldeformular vereinfachen (@Jonas, bis 30.04.2026)\n"
    "- [x] Plakate im Rathaus aushängen\n";

class NotesImportTest : public ImportTest {
 protected:
  NotesImportTest() { file_ = "x.md"; }
  const Note& note() const { return outcome_.batch.notes.at(0); }
};

TEST_F(NotesImportTest, Header) {
  known_event_ids_ = {"V-2026-014", "V-2026-015"};
  ASSERT_OK(Import(InputKind::kNotes, kNote));
  ASSERT_EQ(outcome_.batch.notes.size(), 1u);
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(note().date, Date(2026, 3, 12));
  EXPECT_EQ(note().kind, "reflexion");
  EXPECT_EQ(note().event_ids, (Lines{"V-2026-014", "V-2026-015"}));
  EXPECT_EQ(note().authors, (Lines{"Anna M.", "Jonas K."}));
  EXPECT_TRUE(note().quote_consent);
  EXPECT_EQ(note().title, "Reflexion Workshopreihe März");
}

TEST_F(NotesImportTest, Sections) {
  ASSERT_OK(Import(InputKind::kNotes, kNote));
  ASSERT_EQ(note().sections.size(), 2u);
  EXPECT_EQ(note().sections[0].title, "Was lief gut");
  EXPECT_EQ(note().sections[0].text, "Die Gruppe war gemischt, #senioren kamen zahlreich.");
  EXPECT_EQ(note().sections[0].line, 10);
  EXPECT_EQ(note().sections[1].title, "Maßnahmen");
  EXPECT_EQ(note().sections[1].line, 13);
  EXPECT_EQ(note().sections[1].text,
            "- [ ] Anmeldeformular vereinfachen (@Jonas, bis 30.04.2026)\n"
            "- [x] Plakate im Rathaus aushängen");
}

TEST_F(NotesImportTest, Tags) {
  ASSERT_OK(Import(InputKind::kNotes,
                   std::string(kNote) + "#Familien und #senioren, Raum #3, (#digital-cafe)\n"));
  EXPECT_EQ(note().tags, (Lines{"senioren", "familien", "digital-cafe"}));
}

TEST_F(NotesImportTest, Actions) {
  ASSERT_OK(Import(InputKind::kNotes, kNote));
  ASSERT_EQ(note().actions.size(), 2u);
  const NoteAction& open = note().actions[0];
  EXPECT_EQ(open.text, "Anmeldeformular vereinfachen");
  EXPECT_FALSE(open.done);
  EXPECT_EQ(open.owner, "Jonas");
  EXPECT_EQ(open.due, Date(2026, 4, 30));
  EXPECT_EQ(open.line, 14);
  const NoteAction& done = note().actions[1];
  EXPECT_EQ(done.text, "Plakate im Rathaus aushängen");
  EXPECT_TRUE(done.done);
  EXPECT_EQ(done.owner, "");
  EXPECT_EQ(done.due, std::nullopt);
  EXPECT_EQ(done.line, 15);
}

TEST_F(NotesImportTest, EnglishKeysAndDueDate) {
  ASSERT_OK(Import(InputKind::kNotes,
                   "---\n"
                   "date: 2026-03-12\n"
                   "kind: interview-referent\n"
                   "authors: Anna M.\n"
                   "consent: no\n"
                   "title: Gespräch mit der Referentin\n"
                   "---\n"
                   "Kurz notiert.\n"
                   "* [X] Folien schicken @Anna due 2026-03-20\n"));
  EXPECT_EQ(note().kind, "interview-referent");
  EXPECT_FALSE(note().quote_consent);
  EXPECT_EQ(note().title, "Gespräch mit der Referentin");
  ASSERT_EQ(note().sections.size(), 1u);
  EXPECT_EQ(note().sections[0].title, "");  // text before any heading
  ASSERT_EQ(note().actions.size(), 1u);
  EXPECT_TRUE(note().actions[0].done);
  EXPECT_EQ(note().actions[0].owner, "Anna");
  EXPECT_EQ(note().actions[0].due, Date(2026, 3, 20));
}

// An action with a due date that does not exist keeps its place; the user is
// told which line to correct instead of losing the date silently.
TEST_F(NotesImportTest, ActionDueDateThatDoesNotExistIsAWarning) {
  ASSERT_OK(Import(InputKind::kNotes,
                   "---\ndatum: 12.03.2026\n---\n- [ ] Flyer drucken (@Jonas, bis 31.02.2026)\n"));
  ASSERT_EQ(note().actions.size(), 1u);
  EXPECT_EQ(note().actions[0].text, "Flyer drucken");
  EXPECT_EQ(note().actions[0].owner, "Jonas");
  EXPECT_EQ(note().actions[0].due, std::nullopt);
  EXPECT_TRUE(outcome_.rejected.empty());
  ASSERT_EQ(outcome_.warnings.size(), 1u);
  EXPECT_EQ(outcome_.warnings[0].ToString(file_),
            "x.md:4: Fälligkeitsdatum der Aufgabe: kein gültiges Datum (31.02.2026)");
}

// A pasted block of 50,000 characters on an action line is read in one pass
// (a regular expression here used to run out of stack and crash the import).
TEST_F(NotesImportTest, EndlessActionLineIsRead) {
  const std::string block(50000, 'x');
  ASSERT_OK(Import(InputKind::kNotes,
                   "---\ndatum: 12.03.2026\n---\n- [ ] " + block + " (@Jonas, bis 30.04.2026)\n"));
  ASSERT_EQ(note().actions.size(), 1u);
  EXPECT_EQ(note().actions[0].text, block);
  EXPECT_EQ(note().actions[0].due, Date(2026, 4, 30));
  std::string spaces(50000, ' ');
  ASSERT_OK(Import(InputKind::kNotes, "---\ndatum: 12.03.2026\n---\n-" + spaces + "[x]" + spaces +
                                          "bis:" + spaces + "\n"));
  ASSERT_EQ(note().actions.size(), 1u);
  EXPECT_TRUE(note().actions[0].done);
  EXPECT_EQ(note().actions[0].text, "bis:");
}

// 300,000 different tags (a hostile note) are all collected, each once; the
// duplicate check used to compare every tag with every earlier one.
TEST_F(NotesImportTest, ManyTagsAreCollectedOnce) {
  std::string body;
  for (int i = 0; i < 300000; ++i) body += "#t" + std::to_string(i) + " ";
  ASSERT_OK(Import(InputKind::kNotes, "---\ndatum: 12.03.2026\n---\n" + body + "\n#t7 #t7\n"));
  ASSERT_EQ(note().tags.size(), 300000u);
  EXPECT_EQ(note().tags[7], "t7");
}

// A file of many megabytes is no note: refused before it is read.
TEST_F(NotesImportTest, NoteLargerThanTheLimitIsRefused) {
  Status s = Import(InputKind::kNotes,
                    "---\ndatum: 12.03.2026\n---\n" + std::string(17 * 1024 * 1024, 'x'));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "x.md: größer, als eine Notiz sein kann (höchstens 16 MiB)");
  // From disk the size is checked before anything is read.
  testing::ScopedTempDir dir;
  std::string path =
      dir.Write("gross.md", "---\ndatum: 12.03.2026\n---\n" + std::string(17 * 1024 * 1024, 'x'));
  ImportContext ctx;
  ctx.file = "gross.md";
  ctx.kind = InputKind::kNotes;
  ctx.site = &site_;
  ctx.today = Date(2026, 6, 30);
  ImportOutcome outcome;
  s = (*FindImporter("", InputKind::kNotes))->import(InputSource::File(path), ctx, &outcome);
  EXPECT_EQ(s.message(), "gross.md: größer, als eine Notiz sein kann (höchstens 16 MiB)");
}

// Invisible control characters (a NUL byte, an escape) do not reach titles.
TEST_F(NotesImportTest, ControlCharactersAreDropped) {
  ASSERT_OK(Import(
      InputKind::kNotes,
      std::string("---\ndatum: 12.03.2026\ntitel: Re\0fle\x1Bxion\n---\nText\tmit Tab\n", 58)));
  EXPECT_EQ(note().title, "Reflexion");
  EXPECT_EQ(note().sections.at(0).text, "Text\tmit Tab");
}

TEST_F(NotesImportTest, KindDefaultsToSonstiges) {
  ASSERT_OK(Import(InputKind::kNotes, "---\ndatum: 12.03.2026\n---\nText\n"));
  EXPECT_EQ(note().kind, "sonstiges");
  EXPECT_FALSE(note().quote_consent);
}

TEST_F(NotesImportTest, UnknownEventIdsAreReportedNotFatal) {
  known_event_ids_ = {"V-2026-014"};
  ASSERT_OK(Import(InputKind::kNotes, kNote));
  EXPECT_EQ(Rejections(), (Lines{"x.md:4: veranstaltungen: unbekannte Veranstaltungsnummer (nicht "
                                 "verknüpft) (V-2026-015)"}));
  EXPECT_EQ(note().event_ids.size(), 2u);
}

TEST_F(NotesImportTest, MalformedHeaders) {
  struct Case {
    const char* text;
    const char* message;
  } cases[] = {
      {"# Ohne Kopf\n",
       "x.md:1: eine Notiz muss mit einem Kopf zwischen zwei Zeilen mit --- beginnen (datum, art, "
       "veranstaltungen, autorinnen)"},
      {"---\nart: reflexion\n---\nText\n", "x.md:1: im Kopf fehlt datum"},
      {"\n---\ndatum: 12.03.2026\nart: reflexion\n",
       "x.md:2: der hier geöffnete Kopf wird nie mit --- geschlossen"},
      {"---\ndatum: 12.03.2026\nort: Rathaus\n---\n",
       "x.md:3: unbekannter Schlüssel \"ort\" im Kopf (bekannt: datum, art, veranstaltungen, "
       "autorinnen, zitate, titel)"},
      {"---\ndatum: 31.02.2026\n---\n", "x.md:2: datum: kein gültiges Datum (31.02.2026)"},
      {"---\ndatum: 12.03.2026\nart: protokoll\n---\n",
       "x.md:3: art: unbekannte Art (bitte reflexion, interview-referent, kurzinterview oder "
       "sonstiges eintragen) (protokoll)"},
      {"---\ndatum: 12.03.2026\nzitate: vielleicht\n---\n",
       "x.md:3: zitate: bitte ja oder nein eintragen (vielleicht)"},
      {"---\ndatum 12.03.2026\n---\n",
       "x.md:2: eine Kopfzeile muss \"Schlüssel: Wert\" lauten (datum 12.03.2026)"},
  };
  for (const Case& c : cases) {
    Status s = Import(InputKind::kNotes, c.text);
    ASSERT_FALSE(s.ok()) << c.text;
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << c.text;
    EXPECT_EQ(s.message(), c.message) << c.text;
    EXPECT_TRUE(outcome_.batch.notes.empty());
  }
}

TEST_F(NotesImportTest, NoteBeforeTheSiteOpenedFails) {
  Status s = Import(InputKind::kNotes, "---\ndatum: 31.12.2025\n---\nText\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("datum liegt vor der Eröffnung des Ortes (01.01.2026)"),
            std::string::npos)
      << s.message();
}

TEST_F(NotesImportTest, NoteDatedAfterTodayFails) {
  Status s = Import(InputKind::kNotes, "---\ndatum: 12.03.2030\n---\nText\n");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_TRUE(outcome_.batch.notes.empty());
}

TEST_F(NotesImportTest, CrLfAndWindows1252) {
  ASSERT_OK(Import(InputKind::kNotes,
                   "---\r\ndatum: 12.03.2026\r\n---\r\n## Ma\xDFnahmen\r\nT\xFCren streichen\r\n"));
  EXPECT_EQ(outcome_.encoding, "Windows-1252");
  ASSERT_EQ(note().sections.size(), 1u);
  EXPECT_EQ(note().sections[0].title, "Maßnahmen");
  EXPECT_EQ(note().sections[0].text, "Türen streichen");
}

}  // namespace
}  // namespace ankerbericht
