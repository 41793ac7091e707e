// The catalogue of recognised headers, presets and answers
// (docs/input-formats.md is made from it) lists everything the importer's
// tables hold.
#include "import/format_catalogue.h"

#include <gtest/gtest.h>

#include <string>

#include "import/presets.h"
#include "import/table_mapper.h"
#include "model/scale.h"

namespace ankerbericht {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(FormatCatalogueTest, ListsEveryHeaderNameOfEveryKind) {
  const std::string doc = FormatCatalogueMarkdown();
  EXPECT_EQ(doc.rfind(kFormatCatalogueMarker, 0), 0u);
  for (const TableKind* kind :
       {&VisitsTable(), &TalliesTable(), &EventsTable(), &FeedbackTable(), &VotesTable()}) {
    for (const FieldSpec& spec : kind->fields) {
      EXPECT_TRUE(Has(doc, "| `" + std::string(spec.field) + "` | ")) << spec.field;
      for (const char* alias : spec.aliases)
        EXPECT_TRUE(Has(doc, "`" + std::string(alias) + "`")) << alias;
    }
  }
  EXPECT_TRUE(Has(doc, "| `timestamp` | `Zeitstempel`, `Zeitpunkt`, `Timestamp`")) << doc;
  EXPECT_TRUE(Has(doc, "| `in` | `Eingang`, `Eingänge`, `Ein`,")) << doc;
  EXPECT_TRUE(Has(doc, "| `date` | `Datum`, `Date`, `Tag` | `timestamp` or `date` (one of them) |"))
      << doc;
}

TEST(FormatCatalogueTest, ListsEveryPresetWithItsSignatureAndColumns) {
  const std::string doc = FormatCatalogueMarkdown();
  for (const Preset& p : Presets()) {
    EXPECT_TRUE(Has(doc, "| `" + std::string(p.name) + "` | " + InputKindName(p.kind) + " | "))
        << p.name;
    for (const auto& group : p.signature)
      for (const char* name : group)
        EXPECT_TRUE(Has(doc, "`" + std::string(name) + "`")) << p.name << " " << name;
  }
  EXPECT_TRUE(Has(doc, "| `hystreet` | visits | ")) << doc;
  EXPECT_TRUE(
      Has(doc,
          "`Zeitpunkt der Messung`; `Fußgänger insgesamt` | `timestamp` ← `Zeitpunkt der Messung`; "
          "`in` ← `Fußgänger insgesamt`; `sensor` ← `Lage` |"))
      << doc;
  EXPECT_TRUE(Has(doc, "| `ecovisio` | visits | ")) << doc;
  EXPECT_TRUE(Has(doc, "`timestamp` ← `Time`, `Zeit`, `Datum`")) << doc;
}

TEST(FormatCatalogueTest, ListsEveryAnswerWording) {
  const std::string doc = FormatCatalogueMarkdown();
  for (const ScaleWording& w : ScaleWordings())
    EXPECT_TRUE(Has(doc, "`" + std::string(w.text) + "`")) << w.text;
  // One row per scale and value, lowest first as ScaleValue reads them.
  EXPECT_TRUE(Has(doc, "| agree5: agreement | 1 | `stimme gar nicht zu`")) << doc;
  EXPECT_LT(doc.find("| agree5: agreement | 1 |"), doc.find("| agree5: agreement | 5 |"));
  EXPECT_TRUE(Has(doc, "| grade6 | 1 | `sehr gut`")) << doc;
  EXPECT_TRUE(Has(doc, "| yesno | 0 | `nein`")) << doc;
}

}  // namespace
}  // namespace ankerbericht
