// RunImport: a file read, checked and written chunk by chunk into one
// transaction. Small chunks make every file here span several of them.
#include "import/import_run.h"

#include <gtest/gtest.h>

#include "import/presets.h"
#include "store/store.h"
#include "test_util.h"

namespace ankerbericht {
namespace {

class ImportRunTest : public ::testing::Test {
 protected:
  void SetUp() override {
    site_.id = "stadtlabor";
    site_.name = "Stadtlabor";
    Result<std::unique_ptr<Store>> store = Store::Open(":memory:");
    ASSERT_OK(store.status());
    store_ = std::move(*store);
  }

  // Imports |content| as file |name| of kind_ (visits unless a test says otherwise) (written to
  // disk and streamed), three records a chunk.
  Result<ImportAction> Run(const std::string& name, const std::string& content, bool strict = false,
                           bool dry_run = false) {
    outcome_ = ImportOutcome();
    ImportContext ctx;
    ctx.file = name;
    ctx.kind = kind_;
    ctx.site = &site_;
    ctx.today = Date(2026, 6, 30);
    SourceFile file;
    file.site = site_.id;
    file.kind = kind_;
    file.path = name;
    file.hash = std::to_string(std::hash<std::string>()(content));
    RunOptions options;
    options.strict = strict;
    options.dry_run = dry_run;
    options.chunk_records = chunk_records_;
    Result<const ImporterInfo*> importer = FindImporter("", kind_);
    if (!importer.ok()) return importer.status();
    return RunImport(store_.get(), **importer, InputSource::File(dir_.Write(name, content)), ctx,
                     file, options, &outcome_, &refused_);
  }

  std::vector<std::string> Rejections() const {
    std::vector<std::string> out;
    for (const Rejection& r : outcome_.rejected) out.push_back(r.message);
    return out;
  }

  int64_t Total() {
    Result<std::vector<DayCount>> days =
        store_->CounterDays(site_.id, Date(2026, 1, 1), Date(2026, 12, 31));
    int64_t sum = 0;
    for (const DayCount& d : *days) sum += d.count;
    return sum;
  }

  testing::ScopedTempDir dir_;
  InputKind kind_ = InputKind::kVisits;
  size_t chunk_records_ = 3;
  Site site_;
  std::unique_ptr<Store> store_;
  ImportOutcome outcome_;
  bool refused_ = false;
};

// Two sensors, sorted by sensor as bench files are: 4 readings each.
const char kTwoSensors[] =
    "Sensor;Zeitstempel;Ein\n"
    "A;2026-03-02 10:00;1\nA;2026-03-02 11:00;2\nA;2026-03-03 10:00;3\nA;2026-03-04 10:00;4\n"
    "B;2026-03-02 10:00;10\nB;2026-03-02 11:00;20\nB;2026-03-03 10:00;30\nB;2026-03-04 10:00;40\n";

TEST_F(ImportRunTest, ChunksAddUpToTheWholeFile) {
  ASSERT_EQ(ImportAction::kAdded, *Run("z.csv", kTwoSensors));
  EXPECT_EQ(outcome_.accepted(), 8);
  EXPECT_EQ(outcome_.rows_read, 8);
  EXPECT_EQ(Total(), 110);
  EXPECT_EQ(outcome_.sample.visits.size(), 8u);
  Result<std::vector<SourceFile>> files = store_->Files();
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ((*files)[0].rows_imported, 8);
  EXPECT_EQ((*files)[0].encoding, "UTF-8");
  // The same bytes again: nothing to do.
  EXPECT_EQ(ImportAction::kUnchanged, *Run("z.csv", kTwoSensors));
}

TEST_F(ImportRunTest, RepeatsAndConflictsAcrossChunksOfOneFile) {
  ASSERT_OK(
      Run("z.csv",
          "Sensor;Zeitstempel;Ein\n"
          "A;2026-03-02 10:00;1\nA;2026-03-03 10:00;2\nA;2026-03-04 10:00;3\nA;2026-03-05 10:00;4\n"
          "A;2026-03-02 10:00;1\nA;2026-03-03 10:00;9\n")
          .status());
  EXPECT_EQ(Total(), 10);
  ASSERT_EQ(outcome_.rejected.size(), 1u);
  EXPECT_EQ(outcome_.rejected[0].ToString("z.csv"),
            "z.csv:7: in: widerspricht Zeile 3 dieser Datei, dort steht 2 für denselben Zähler und "
            "Zeitabschnitt (9)");
  ASSERT_EQ(outcome_.notices.size(), 2u);
  EXPECT_EQ(outcome_.notices[0],
            "1 Zählwert(e) stehen mit denselben Zahlen zweimal in dieser Datei: einmal gezählt");
  EXPECT_EQ(outcome_.notices[1],
            "Zähler A: keine Spalte für den Zeitabschnitt; Stundenwerte, wie der Abstand der "
            "Zeitpunkte zeigt");
}

TEST_F(ImportRunTest, OverlapWithAnotherFileCountsOnce) {
  ASSERT_OK(Run("alt.csv", kTwoSensors).status());
  ASSERT_OK(Run("neu.csv",
                "Sensor;Zeitstempel;Ein\nB;2026-03-04 10:00;40\nB;2026-03-05 "
                "10:00;50\nA;2026-03-04 10:00;5\n")
                .status());
  EXPECT_EQ(Total(), 160);
  ASSERT_EQ(outcome_.rejected.size(), 1u);
  EXPECT_EQ(outcome_.rejected[0].ToString("neu.csv"),
            "neu.csv:4: in: widerspricht alt.csv:5, dort steht 4 für denselben Zähler und "
            "Zeitabschnitt (5)");
  EXPECT_EQ(
      outcome_.notices[0],
      "1 Zählwert(e) wurden schon mit denselben Zahlen aus alt.csv eingelesen: einmal gezählt");
}

TEST_F(ImportRunTest, StrictWithABadRowInALaterChunkWritesNothing) {
  std::string bad = std::string(kTwoSensors) + "B;2026-03-05 10:00;-1\n";
  ASSERT_EQ(ImportAction::kAdded, *Run("z.csv", bad, /*strict=*/true));
  EXPECT_TRUE(refused_);
  EXPECT_EQ(Total(), 0);
  EXPECT_TRUE(store_->Files()->empty());
}

TEST_F(ImportRunTest, DryRunWritesNothing) {
  ASSERT_EQ(ImportAction::kAdded, *Run("z.csv", kTwoSensors, false, /*dry_run=*/true));
  EXPECT_EQ(outcome_.accepted(), 8);
  EXPECT_EQ(Total(), 0);
  EXPECT_TRUE(store_->Files()->empty());
}

TEST_F(ImportRunTest, ACorrectedVersionReplacesTheOldOne) {
  ASSERT_OK(Run("z.csv", kTwoSensors).status());
  ASSERT_EQ(ImportAction::kReplaced,
            *Run("z.csv", "Sensor;Zeitstempel;Ein\nA;2026-03-02 10:00;7\n"));
  EXPECT_TRUE(outcome_.rejected.empty());  // its own old version is gone, not an overlap
  EXPECT_EQ(Total(), 7);
}

TEST_F(ImportRunTest, FailureInAChunkLeavesTheDatabaseAsItWas) {
  ASSERT_OK(Run("z.csv", kTwoSensors).status());
  // An unclosed quote at the end fails the file after chunks were written.
  Result<ImportAction> r =
      Run("z.csv", std::string(kTwoSensors) + "C;2026-03-09 10:00;1\nC;\"2026\n");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(Total(), 110);
  EXPECT_EQ((*store_->Files())[0].rows_imported, 8);
}

TEST_F(ImportRunTest, DailyFileAgainstAnHourlyFileOfTheSameSensor) {
  ASSERT_OK(
      Run("stunden.csv", "Sensor;Zeitstempel;Ein\nA;2026-03-02 10:00;40\nA;2026-03-02 11:00;60\n")
          .status());
  ASSERT_OK(Run("tage.csv", "Sensor;Datum;Ein\nA;02.03.2026;100\nA;03.03.2026;80\n").status());
  EXPECT_EQ(Total(), 180);  // 2 March counted once (hourly), 3 March from the daily file
  ASSERT_EQ(outcome_.rejected.size(), 1u);
  EXPECT_EQ(outcome_.rejected[0].ToString("tage.csv"),
            "tage.csv:2: in: überschneidet sich mit dem Stundenwert in stunden.csv:2 für denselben "
            "Zähler und Tag (ein Tag wird entweder als Ganzes oder in Zeitabschnitten gezählt, "
            "nicht beides; der zuerst eingelesene Wert bleibt) (100)");
}

// Without an interval column the spacing tells the interval: every
// 15-minute reading is stored (before, three in four were refused as
// overlapping "the hourly reading in line 2").
TEST_F(ImportRunTest, FifteenMinuteReadingsWithoutAnIntervalColumnAreAllStored) {
  std::string csv = "Zeitstempel;Ein\n";
  for (int i = 0; i < 10; ++i)
    csv += "2026-03-02 " + FormatTimeOfDay(9 * 60 + 15 * i) + ";" + std::to_string(i) + "\n";
  ASSERT_EQ(ImportAction::kAdded, *Run("viertel.csv", csv));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(outcome_.accepted(), 10);
  EXPECT_EQ(Total(), 45);
}

// Two light barriers logging single crossings in turn: every crossing counts
// once, although the file is written in chunks of twenty readings: the first
// chunk ends in the middle of hour 11, whose crossings wait for the next one.
TEST_F(ImportRunTest, InterleavedCrossingsAreSummedOnceAcrossChunks) {
  chunk_records_ = 20;
  std::string csv = "Sensor;Zeitstempel;Ein;Aus\n";
  int rows = 0;
  for (int m : {1, 4, 5, 11, 23, 37, 38, 59, 62, 67, 93, 118}) {
    for (const char* sensor : {"Nord", "Süd"}) {
      csv += std::string(sensor) + ";2026-03-02 " + FormatTimeOfDay(10 * 60 + m) + ";1;0\n";
      ++rows;
    }
  }
  ASSERT_EQ(ImportAction::kAdded, *Run("schranke.csv", csv));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(Total(), rows);
  EXPECT_EQ(outcome_.accepted(), 4);  // two sensors, hours 10 and 11
  ASSERT_FALSE(outcome_.notices.empty());
  EXPECT_EQ(outcome_.notices.back(),
            "Zähler Nord und Süd: 24 Zeile(n) zu unregelmäßigen Zeiten als einzelne Durchgänge "
            "gelesen und zu 4 Stundenwert(en) zusammengezählt");
}

// A gap over midnight, written in two chunks, is still one stretch.
TEST_F(ImportRunTest, AGapAcrossChunksIsOneNotice) {
  std::string csv =
      "Zeitstempel;Ein\n2026-03-02 20:00;5\n2026-03-02 21:00;na\n2026-03-02 22:00;n/a\n"
      "2026-03-02 23:00;-\n";
  for (int h = 0; h < 5; ++h) csv += "2026-03-03 " + FormatTimeOfDay(h * 60) + ";na\n";
  csv += "2026-03-03 05:00;6\n";
  ASSERT_EQ(ImportAction::kAdded, *Run("luecke.csv", csv));
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  EXPECT_EQ(Total(), 11);
  EXPECT_EQ(
      outcome_.notices,
      (std::vector<std::string>{
          "der Zähler: keine Spalte für den Zeitabschnitt; Stundenwerte, wie der Abstand der "
          "Zeitpunkte zeigt",
          "der Zähler: keine Zählwerte 02.03.2026 21:00–03.03.2026 04:00 (8 Zeitabschnitte)"}));
}

// An ODK export of the responses |from|..|to| (KEY is ODK's response id).
std::string OdkExport(int from, int to) {
  std::string csv = "SubmissionDate,KEY,empfehlen\n";
  for (int i = from; i <= to; ++i)
    csv +=
        "2026-05-0" + std::to_string(i % 9 + 1) + " 10:00:00,uuid:" + std::to_string(i) + ",Ja\n";
  return csv;
}

TEST_F(ImportRunTest, ResponsesOfAnotherExportOfTheSameToolCountOnce) {
  kind_ = InputKind::kFeedback;
  site_.questionnaire = {
      {"empfehlen", "Würden Sie uns empfehlen?", ScaleType::kYesNo, "recommend", {}}};
  ASSERT_EQ(ImportAction::kAdded, *Run("april.csv", OdkExport(1, 5)));
  EXPECT_EQ(outcome_.format, "odk");
  EXPECT_EQ(outcome_.accepted(), 5)
      << ::testing::PrintToString(Rejections());  // chunks of one file never clash
  ASSERT_EQ(ImportAction::kAdded, *Run("mai.csv", OdkExport(3, 8)));
  EXPECT_EQ(outcome_.rows_read, 6);
  EXPECT_EQ(outcome_.accepted(), 3);
  EXPECT_TRUE(outcome_.rejected.empty()) << ::testing::PrintToString(Rejections());
  ASSERT_EQ(outcome_.notices.size(), 1u) << ::testing::PrintToString(outcome_.notices);
  EXPECT_EQ(outcome_.notices[0],
            "3 Antwort(en) wurden schon aus april.csv eingelesen (gleiche Antwortnummern des "
            "Umfragewerkzeugs): einmal gezählt");
  Result<std::vector<FeedbackResponse>> all =
      store_->Feedback(site_.id, Date(2026, 1, 1), Date(2026, 12, 31));
  ASSERT_OK(all.status());
  EXPECT_EQ(all->size(), 8u);
}

}  // namespace
}  // namespace ankerbericht
