// The public and the internal edition, and how a report speaks about an
// unfinished period: tags out of free text, no names in public, the
// data-protection paragraph from what the document holds, the sources in
// words, comparisons labelled with the span they cover.
#include "document/edition.h"

#include <gtest/gtest.h>

#include "document/document_test_helpers.h"

namespace ankerbericht::testing {
namespace {

std::string AllText(const Document& doc) {
  std::string out;
  for (const Block& b : doc.blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) out += p->text + "\n";
    if (auto* r = std::get_if<Remark>(&b)) out += r->text + "\n";
    if (auto* t = std::get_if<Table>(&b)) {
      for (const TableColumn& col : t->columns) out += col.title + " | ";
      for (const auto& row : t->rows)
        for (const std::string& cell : row) out += cell + " | ";
      out += t->caption + "\n";
    }
  }
  return out;
}

TEST(StripTagsTest, TagsAfterTheSentenceGoTagsInsideKeepTheirWord) {
  EXPECT_EQ(StripTags("Das Schild am Hof ist zu klein. #werbung"),
            "Das Schild am Hof ist zu klein.");
  EXPECT_EQ(StripTags("Gut besucht, vor allem von #senioren aus dem Viertel."),
            "Gut besucht, vor allem von senioren aus dem Viertel.");
  EXPECT_EQ(StripTags("Der Raum wird eng. #raum #öffnungszeiten Danach mehr."),
            "Der Raum wird eng. Danach mehr.");
  EXPECT_EQ(StripTags("#werbung Plakate aufhängen"), "Plakate aufhängen");
  // After a sentence end, a tag followed by a lower-case word is the next
  // sentence's subject: it keeps its word, capitalised.
  EXPECT_EQ(StripTags("Angebote am Samstag. #werbung über das Familienzentrum wirkt."),
            "Angebote am Samstag. Werbung über das Familienzentrum wirkt.");
  EXPECT_EQ(StripTags("Gut. #öffnungszeiten sind zu kurz."), "Gut. Öffnungszeiten sind zu kurz.");
  // A tag after a quoted sentence labels the quote: it goes.
  EXPECT_EQ(StripTags("„Seit es drei Termine gibt, kann ich mir mehr Zeit nehmen.“ #senioren"),
            "„Seit es drei Termine gibt, kann ich mir mehr Zeit nehmen.“");
  EXPECT_EQ(StripTags("\"Zu laut!\" #raum Sonst gut."), "\"Zu laut!\" Sonst gut.");
  // Not tags: a number sign before a digit-less gap, inside a word, or alone.
  EXPECT_EQ(StripTags("Raum 3 # frei, C#-Kurs"), "Raum 3 # frei, C#-Kurs");
}

class EditionTest : public ::testing::Test {
 protected:
  EditionTest() {
    Event talk = HeldEvent(Date(2026, 3, 3), {});
    talk.speakers = {"Greta Müller-Haas"};
    e.ev.data.events = {talk};
    e.ev.qualitative.staff_names = {"Anna M.", "Jonas", "Anna"};
  }
  TestEvaluation e;
};

TEST_F(EditionTest, PublicTextNamesNoOneInternalKeepsNames) {
  std::string note =
      "Jonas fragt bei Greta Müller-Haas nach, Anna M. schreibt an info@example.org. #werbung";
  std::string pub = ReaderText(e.Context(), note);
  for (const char* name : {"Jonas", "Greta", "Anna", "info@example.org", "#werbung"}) {
    EXPECT_EQ(pub.find(name), std::string::npos) << name << " in: " << pub;
  }
  e.input.internal = true;
  std::string internal = ReaderText(e.Context(), note);
  EXPECT_NE(internal.find("Jonas fragt bei Greta Müller-Haas nach"), std::string::npos) << internal;
  // Contact data and tags stay out of every edition.
  EXPECT_EQ(internal.find("info@example.org"), std::string::npos);
  EXPECT_EQ(internal.find('#'), std::string::npos);
}

TEST_F(EditionTest, PrivacyNoteSaysWhatTheEditionHolds) {
  Document pub;
  AddPrivacyNote(e.Context(), &pub);
  std::string text = AllText(pub);
  EXPECT_NE(text.find("nennt keine Einzelpersonen"), std::string::npos) << text;

  e.input.internal = true;
  const BuildContext& c = e.Context();
  c.log.named_speakers = 10;
  c.log.named_owners = 4;
  Document internal;
  AddPrivacyNote(c, &internal);
  text = AllText(internal);
  EXPECT_NE(text.find("nur für den internen Gebrauch"), std::string::npos) << text;
  EXPECT_NE(text.find("10 namentlich genannten Referierenden"), std::string::npos) << text;
  EXPECT_NE(text.find("für 4 Maßnahmen"), std::string::npos) << text;
  EXPECT_EQ(text.find("keine personenbezogenen"), std::string::npos) << text;
}

TEST_F(EditionTest, SpeakerSummaryHasNoNames) {
  ItemResult item;
  item.id = "zufrieden";
  item.text = "Ich bin zufrieden.";
  const char* speakers[] = {"Greta Müller-Haas", "Lukas Pfeiffer", "Ida Brandt", "Omar Celik",
                            "Vera Lang"};
  const double shares[] = {80, 62.5, 70, 75, 90};
  for (int i = 0; i < 5; ++i) item.by_speaker[speakers[i]].positive_share = shares[i];
  e.ev.items = {item};
  Document doc;
  AddSpeakerSummary(e.Context(), &doc);
  std::string text = AllText(doc);
  EXPECT_EQ(text.find("Greta"), std::string::npos) << text;
  EXPECT_EQ(text.find("Lukas"), std::string::npos) << text;
  EXPECT_NE(text.find("Ich bin zufrieden. | 5 | 62,5 % – 90,0 %"), std::string::npos) << text;
}

// Fewer than k speakers: the lowest and the highest share would each be the
// rating of one person the reader can tell from the programme, and "1" or
// "2" speakers is a small count of people. One sentence instead of a table.
TEST_F(EditionTest, SpeakerSummaryNeedsAtLeastKSpeakers) {
  for (int n : {1, 2, 4}) {
    ItemResult item;
    item.id = "zufrieden";
    item.text = "Ich bin zufrieden.";
    for (int i = 0; i < n; ++i)
      item.by_speaker["Referent " + std::to_string(i)].positive_share = 60 + i;
    e.ev.items = {item};
    Document doc;
    AddSpeakerSummary(e.Context(), &doc);
    ASSERT_EQ(doc.blocks.size(), 1u) << n;
    const Paragraph* p = BlockAs<Paragraph>(doc, 0);
    ASSERT_TRUE(p) << n;
    EXPECT_EQ(p->text,
              "Ergebnisse je Referent*in werden erst ab 5 Referierenden mit je mindestens 5 "
              "Bögen gezeigt, da sie sonst auf einzelne Personen schließen ließen.")
        << n;
    Document en;
    AddSpeakerSummary(e.Context("en"), &en);
    EXPECT_EQ(AllText(en),
              "Results per speaker are shown only for 5 or more speakers with at least 5 forms "
              "each, as they would otherwise point to individual people.\n");
  }
  // No speaker with enough forms at all: the sentence it always said.
  e.ev.items = {};
  Document none;
  AddSpeakerSummary(e.Context(), &none);
  EXPECT_EQ(AllText(none),
            "Keine Referentin und kein Referent erreicht die Mindestzahl an Bögen.\n");
}

TEST_F(EditionTest, SourcesInWordsForThePublicFilesForTheTeam) {
  SourceFile counter;
  counter.site = "lindenau";
  counter.kind = InputKind::kVisits;
  counter.path = "daten/zaehler/zaehler-2026-01.csv";
  counter.hash = "0123456789abcdef";
  counter.rows_imported = 4344;
  counter.rows_rejected = 2;
  counter.first_date = Date(2026, 1, 1);
  counter.last_date = Date(2026, 6, 30);
  e.input.sources = {counter};
  Document pub;
  AddSourcesTable(e.Context(), &pub);
  std::string text = AllText(pub);
  EXPECT_NE(text.find("Zählanlage (Besuchszählung) | 01.01.2026–30.06.2026 | 4.344 Zählwerte; 2 "
                      "Zeilen verworfen"),
            std::string::npos)
      << text;
  for (const char* tech : {".csv", "0123456", "SHA", "visits", "ankerbericht"}) {
    EXPECT_EQ(text.find(tech), std::string::npos) << tech << " in: " << text;
  }
  e.input.internal = true;
  const BuildContext& c = e.Context();
  Document internal;
  AddSourcesTable(c, &internal);
  text = AllText(internal);
  EXPECT_NE(text.find("daten/zaehler/zaehler-2026-01.csv"), std::string::npos) << text;
  EXPECT_NE(text.find("01234567"), std::string::npos) << text;
  EXPECT_TRUE(c.log.file_names);
}

TEST_F(EditionTest, AnUnfinishedPeriodSaysSoAndLabelsItsComparisons) {
  EXPECT_EQ(CoverageNotice(e.Context()), "");
  EXPECT_EQ(ComparisonLabel(e.Context(), e.ev.previous), "2. Halbjahr 2025");

  e.ev.period = P("2026-H2");
  e.ev.coverage.state = CoverageState::kRunning;
  e.ev.coverage.data_end = Date(2026, 10, 31);
  e.ev.coverage.covered_to = Date(2026, 10, 31);
  e.ev.previous = SameSpan(P("2026-H1"), e.ev.period, Date(2026, 10, 31));
  e.ev.year_before = SameSpan(P("2025-H2"), e.ev.period, Date(2026, 10, 31));
  EXPECT_EQ(CoverageNotice(e.Context()), "Daten bis 31.10.2026, Halbjahr noch nicht abgeschlossen");
  EXPECT_EQ(ComparisonLabel(e.Context(), e.ev.previous), "01.01.–30.04.2026");
  EXPECT_EQ(ComparisonLabel(e.Context(), e.ev.year_before), "01.07.–31.10.2025");
  EXPECT_EQ(CurrentLabel(e.Context()), "2. Halbjahr 2026 (bis 31.10.2026)");
  EXPECT_EQ(CoverageNotice(e.Context("en")), "Data up to 2026-10-31, half-year not yet finished");

  TargetResult t;
  t.provisional = true;
  EXPECT_EQ(ProvisionalText(e.Context(), t), "vorläufig");
  t.provisional = false;
  EXPECT_EQ(ProvisionalText(e.Context(), t), "");
}

}  // namespace
}  // namespace ankerbericht::testing
