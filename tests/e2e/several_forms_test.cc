// The Kassel case end to end: one site asks its questions on three forms —
// transcribed paper forms in school grades with headers of their own, a
// LimeSurvey CSV with code headers (EMPF, G1[SQ001]) and a Microsoft Forms
// workbook with the full question text and agreement and satisfaction
// wordings. The figures of the built binary must equal what is worked out
// here by hand: the recommendation rate pools every form and every item of
// the role; means are given per scale, never across grades and agreement.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "e2e/e2e_util.h"
#include "test_util.h"
#include "xlsx_workbook.h"

namespace ankerbericht::testing {
namespace {

namespace fs = std::filesystem;
using Poco::JSON::Object;

const char kConfig[] = R"json({
  "sites": [ {
    "id": "kassel", "name": "Ankerort Kassel", "opened": "01.01.2026",
    "questionnaire": [
      { "id": "empfehlen", "text": "Würden Sie uns weiterempfehlen?", "scale": "agree5", "role": "recommend" },
      { "id": "zufriedenheit", "text": "Wie zufrieden sind Sie insgesamt?", "scale": "agree5" },
      { "id": "empfehlen_ms", "text": "Ich würde das Angebot weiterempfehlen.", "scale": "agree5", "role": "recommend" }
    ]
  } ],
  "sources": [
    { "path": "daten/papier.csv", "kind": "feedback", "channel": "paper",
      "items": { "empfehlen": { "column": "Weiterempfehlung (Note)", "scale": "grade6" },
                 "zufriedenheit": { "column": "Zufriedenheit (Note)", "scale": "grade6" } } },
    { "path": "daten/limesurvey.csv", "kind": "feedback", "format": "limesurvey",
      "items": { "empfehlen": "EMPF", "zufriedenheit": "G1[SQ001]" } },
    { "path": "daten/msforms.xlsx", "kind": "feedback", "format": "msforms" }
  ]
})json";

// Paper forms typed into a spreadsheet: school grades, 1 = best.
//   recommendation 1 2 3 1 4 2: positive (1–2) 4 of 6, mean 13/6
//   satisfaction   2 1 3 2 5 –: positive 3 of 5, mean 13/5
const char kPaper[] =
    "Bogen-Nr;Datum;Weiterempfehlung (Note);Zufriedenheit (Note);Anmerkungen\n"
    "P1;12.03.2026;1;2;\n"
    "P2;13.03.2026;2;1;Sehr nett\n"
    "P3;14.03.2026;3;3;\n"
    "P4;15.03.2026;1;2;\n"
    "P5;16.03.2026;4;5;\n"
    "P6;17.03.2026;2;k. A.;\n";

// LimeSurvey, answer codes: EMPF A5 A4 A2 A5 A3 A4 -> 5 4 2 5 3 4: positive
// (4–5) 4 of 6, mean 23/6; G1[SQ001] 4 5 3 4 2 5: positive 4 of 6, mean 23/6.
const char kLimeSurvey[] =
    "\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"EMPF\",\"G1[SQ001]\"\r\n"
    "\"1\",\"2026-04-02 10:00:00\",\"2\",\"de\",\"123\",\"A5\",\"4\"\r\n"
    "\"2\",\"2026-04-03 11:00:00\",\"2\",\"de\",\"124\",\"A4\",\"5\"\r\n"
    "\"3\",\"2026-04-04 12:00:00\",\"2\",\"de\",\"125\",\"A2\",\"3\"\r\n"
    "\"4\",\"2026-04-05 13:00:00\",\"2\",\"de\",\"126\",\"A5\",\"4\"\r\n"
    "\"5\",\"2026-04-06 14:00:00\",\"2\",\"de\",\"127\",\"A3\",\"2\"\r\n"
    "\"6\",\"2026-04-07 15:00:00\",\"2\",\"de\",\"128\",\"A4\",\"5\"\r\n";

// Microsoft Forms: the question text as header, wordings as answers.
//   recommendation 5 4 1 4 3 1: positive 3 of 6 ("Trifft überhaupt nicht zu"
//   is 1 and rejects nothing); satisfaction 5 2 4 5 3 1: positive 3 of 6.
std::string MsForms() {
  const char* recommend[] = {"Stimme voll und ganz zu", "Stimme zu", "Trifft überhaupt nicht zu",
                             "Stimme eher zu",          "Neutral",   "Stimme überhaupt nicht zu"};
  const char* satisfied[] = {"Sehr zufrieden",
                             "Eher unzufrieden",
                             "Zufrieden",
                             "Sehr zufrieden",
                             "Weder zufrieden noch unzufrieden",
                             "Sehr unzufrieden"};
  std::string sheet = "<row r=\"1\">" + TextCell("A1", "ID") + TextCell("B1", "Startzeit") +
                      TextCell("C1", "Fertigstellungszeit") + TextCell("D1", "E-Mail") +
                      TextCell("E1", "Name") +
                      TextCell("F1", "Ich würde das Angebot weiterempfehlen.") +
                      TextCell("G1", "Wie zufrieden sind Sie insgesamt?") + "</row>";
  for (int i = 0; i < 6; ++i) {
    std::string r = std::to_string(i + 2);
    std::string day = std::to_string(46146 + i);  // 4 May 2026 onwards
    sheet += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + std::to_string(i + 1) +
             "</v></c><c r=\"B" + r + "\" s=\"1\"><v>" + day + ".4</v></c><c r=\"C" + r +
             "\" s=\"1\"><v>" + day + ".41</v></c>" + TextCell("D" + r, "anonymous") +
             TextCell("F" + r, recommend[i]) + TextCell("G" + r, satisfied[i]) + "</row>";
  }
  return Workbook({{"Form1", sheet}}, {});
}

void Write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

class SeveralForms : public ::testing::Test {
 protected:
  void SetUp() override {
    Write(ws() / "ankerbericht.json", kConfig);
    Write(ws() / "daten" / "papier.csv", kPaper);
    Write(ws() / "daten" / "limesurvey.csv", kLimeSurvey);
    Write(ws() / "daten" / "msforms.xlsx", MsForms());
  }
  fs::path ws() const { return tmp_.path() / "kassel"; }

  Object::Ptr Figures() {
    CommandResult run = Anker(ws(), "run");
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err.find("not an answer"), std::string::npos) << run.err;
    CommandResult figures = Anker(ws(), "figures --period 2026-H1 --json");
    EXPECT_EQ(figures.exit_code, 0) << figures.err;
    return ParseJson(figures.out);
  }

  ScopedTempDir tmp_;
};

TEST_F(SeveralForms, RecommendationRatePoolsEveryFormAndEveryItemOfTheRole) {
  Object::Ptr figures = Figures();
  // By hand: paper 4 of 6 (grades 1–2), LimeSurvey 4 of 6 (4–5), MS Forms 3
  // of 6 (a second item of the role). The paper forms alone would give 66.7 %,
  // the last item of the role alone 50 %.
  const double pooled = 100.0 * (4 + 4 + 3) / (6 + 6 + 6);
  // --json prints four decimals.
  EXPECT_NEAR(Indicator(figures, "feedback.recommend_rate"), pooled, 1e-4);
  EXPECT_DOUBLE_EQ(Indicator(figures, "feedback.responses"), 18);
}

TEST_F(SeveralForms, MeansPerScaleAndThePositiveSharePooled) {
  Object::Ptr figures = Figures();
  Object::Ptr items = figures->getObject("feedback_items")->getObject("items");
  ASSERT_TRUE(items->has("zufriedenheit")) << "item ids name the figures, not the survey's codes";
  EXPECT_FALSE(items->has("G1[SQ001]"));
  Object::Ptr satisfaction = items->getObject("zufriedenheit");
  // Grades and agreement steps are never averaged together.
  EXPECT_TRUE(satisfaction->isNull("mean"));
  EXPECT_NEAR(satisfaction->getValue<double>("positive_share"), 100.0 * (3 + 4 + 3) / (5 + 6 + 6),
              1e-4);
  Object::Ptr by_scale = satisfaction->getObject("by_scale");
  ASSERT_TRUE(by_scale) << "no means per scale";
  // Means as printed (one decimal): grades 13/5 = 2.6; LimeSurvey and MS
  // Forms on five steps (4+5+3+4+2+5 + 5+2+4+5+3+1) / 12 = 43/12.
  EXPECT_DOUBLE_EQ(by_scale->getObject("grade6")->getValue<double>("mean"), 2.6);
  EXPECT_DOUBLE_EQ(by_scale->getObject("grade6")->getValue<double>("n"), 5);
  EXPECT_DOUBLE_EQ(by_scale->getObject("agree5")->getValue<double>("mean"),
                   std::round(430.0 / 12) / 10);
  EXPECT_DOUBLE_EQ(by_scale->getObject("agree5")->getValue<double>("n"), 12);

  Object::Ptr recommend = items->getObject("empfehlen")->getObject("by_scale");
  EXPECT_DOUBLE_EQ(recommend->getObject("grade6")->getValue<double>("mean"),
                   std::round(130.0 / 6) / 10);
  EXPECT_DOUBLE_EQ(recommend->getObject("agree5")->getValue<double>("mean"),
                   std::round(230.0 / 6) / 10);
  // An item asked on its own scale only keeps its one mean: 18 / 6.
  Object::Ptr ms = items->getObject("empfehlen_ms");
  EXPECT_DOUBLE_EQ(ms->getValue<double>("mean"), 18.0 / 6);
  EXPECT_FALSE(ms->getObject("by_scale")->has("grade6"));
  // The item figures carry the configured id.
  EXPECT_TRUE(figures->getObject("indicators")->has("feedback.item.zufriedenheit.positive_share"));
}

TEST_F(SeveralForms, CheckExplainsHowTheColumnsBecameItems) {
  Figures();
  CommandResult check = Anker(ws(), "check");
  ASSERT_EQ(check.exit_code, 0) << check.err;
  const std::string& out = check.out;
  EXPECT_NE(out.find("daten/papier.csv: Frage empfehlen <- Weiterempfehlung (Note) (grade6, der "
                     "Fragebogen fragt agree5; in der Konfiguration zugeordnet)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("daten/limesurvey.csv: Frage zufriedenheit <- G1[SQ001] (agree5; in der "
                     "Konfiguration zugeordnet)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("daten/msforms.xlsx: Frage zufriedenheit <- Wie zufrieden sind Sie insgesamt? "
                     "(agree5; erkannt am Fragetext)"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("daten/papier.csv: nicht verwendete Spalten: Anmerkungen"), std::string::npos)
      << out;
}

TEST_F(SeveralForms, AnItemMappedToAnUnknownItemIsAConfigurationError) {
  std::string config = kConfig;
  const std::string mapped = "\"zufriedenheit\": \"G1[SQ001]\"";
  config.replace(config.find(mapped), mapped.size(), "\"zufrieden\": \"G1[SQ001]\"");
  Write(ws() / "ankerbericht.json", config);
  CommandResult check = Anker(ws(), "check");
  EXPECT_NE(check.exit_code, 0);
  EXPECT_NE(check.err.find("$.sources[1].items.zufrieden: keine Frage \"zufrieden\""),
            std::string::npos)
      << check.err;
}

}  // namespace
}  // namespace ankerbericht::testing
