// The words for evaluate/'s values and codes come from the strings tables,
// in German and in English, with the figures filled in.
#include "document/rule_words.h"

#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace ankerbericht {
namespace {

class RuleWordsTest : public ::testing::Test {
 protected:
  RuleWordsTest() {
    const std::string tables = testing::SourceDir() + "/templates/strings";
    Result<Strings> de = Strings::Load(tables, "de");
    Result<Strings> en = Strings::Load(tables, "en");
    EXPECT_TRUE(de.ok()) << de.status().message();
    EXPECT_TRUE(en.ok()) << en.status().message();
    if (de.ok()) de_ = std::move(*de);
    if (en.ok()) en_ = std::move(*en);
  }
  static bool Has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }
  // No placeholder left unfilled and no key missing from the table.
  static bool Complete(const std::string& text) { return !Has(text, "{") && !Has(text, "⟦"); }

  Strings de_, en_;
};

TEST_F(RuleWordsTest, PrivacyRuleNamesTheThreshold) {
  std::string de = PrivacyRuleText(de_, 5), en = PrivacyRuleText(en_, 7);
  EXPECT_TRUE(Has(de, "von 1 bis 4 erscheinen als \"< 5\"")) << de;
  EXPECT_TRUE(Has(en, "from 1 to 6 are shown as \"< 7\"")) << en;
  EXPECT_TRUE(Complete(de) && Complete(en)) << de << "\n" << en;
}

TEST_F(RuleWordsTest, SignalRuleStatesTheThresholds) {
  SignalRule rule;
  rule.min_responses = 12;
  std::string de = SignalRuleText(de_, rule), en = SignalRuleText(en_, rule);
  EXPECT_TRUE(Has(de, "mindestens 60 %")) << de;
  EXPECT_TRUE(Has(de, "3 durchgeführten Veranstaltungen (mit Platzangabe) und 12 Feedbackbögen"))
      << de;
  EXPECT_TRUE(Has(en, "below 40%")) << en;
  EXPECT_TRUE(Complete(de) && Complete(en)) << de << "\n" << en;
}

TEST_F(RuleWordsTest, QuoteRuleNamesOnePersonsWordsOnlyInThePublicEdition) {
  QuoteRules rules;
  std::string de = QuoteRuleText(de_, rules), en = QuoteRuleText(en_, rules);
  EXPECT_TRUE(Has(de, "mindestens 5 Rückmeldungen")) << de;
  EXPECT_TRUE(Has(de, "ersetzt. Aussagen aus Gesprächen mit einer einzelnen Person")) << de;
  EXPECT_TRUE(Has(en, "from groups of at least 5 respondents")) << en;
  EXPECT_TRUE(Complete(de) && Complete(en)) << de << "\n" << en;
  rules.internal = true;
  EXPECT_FALSE(Has(QuoteRuleText(de_, rules), "einzelnen Person"));
  EXPECT_FALSE(Has(QuoteRuleText(en_, rules), "single person"));
}

// Words a council member reads, with no formula whose "0,975" a reader (or a
// checker of number formats) stumbles over.
TEST_F(RuleWordsTest, IntervalMethodIsSaidInWords) {
  std::string de = IntervalMethodText(de_), en = IntervalMethodText(en_);
  EXPECT_TRUE(Has(de, "95-%-Konfidenzintervalle")) << de;
  EXPECT_TRUE(Has(de, "nach der t-Verteilung")) << de;
  EXPECT_TRUE(Has(en, "from the t-distribution")) << en;
  for (const std::string& text : {de, en}) {
    EXPECT_FALSE(Has(text, "t(")) << text;
    EXPECT_FALSE(Has(text, "975")) << text;
    EXPECT_FALSE(Has(text, "√")) << text;
  }
}

TEST_F(RuleWordsTest, QuoteSourcesAreWordedInTheReportsLanguage) {
  EXPECT_EQ(QuoteSourceText(de_, "feedback", "Workshop"), "Feedbackbogen, Workshop");
  EXPECT_EQ(QuoteSourceText(en_, "feedback", "Workshop"), "feedback form, Workshop");
  EXPECT_EQ(QuoteSourceText(de_, "feedback", ""), "Feedbackbogen");
  EXPECT_EQ(QuoteSourceText(de_, "kurzinterview", ""), "Kurzinterview");
  EXPECT_EQ(QuoteSourceText(en_, "interview-referent", ""), "interview with a speaker");
  // A note's title, where it may be shown, says more than its kind.
  EXPECT_EQ(QuoteSourceText(en_, "reflexion", "Teamsitzung Mai"), "Teamsitzung Mai");
  EXPECT_EQ(QuoteSourceText(en_, "note", ""), "note");
  EXPECT_EQ(QuoteSourceText(en_, "", "as given"), "as given");
}

TEST_F(RuleWordsTest, EverySignalAndTargetStateHasAWordInBothLanguages) {
  EXPECT_EQ(SignalText(de_, Signal::kTooFewData), "zu wenige Daten");
  EXPECT_EQ(SignalText(en_, Signal::kTooFewData), "not enough data");
  EXPECT_EQ(SignalText(de_, Signal::kRepeat), "wiederholen");
  EXPECT_EQ(SignalText(en_, Signal::kAdapt), "adapt");
  EXPECT_EQ(TargetStateText(de_, TargetState::kNear), "knapp verfehlt");
  EXPECT_EQ(TargetStateText(en_, TargetState::kNear), "narrowly missed");
  for (Signal s : {Signal::kRepeat, Signal::kAdapt, Signal::kDrop, Signal::kTooFewData}) {
    EXPECT_TRUE(Complete(SignalText(de_, s))) << SignalName(s);
    EXPECT_TRUE(Complete(SignalText(en_, s))) << SignalName(s);
    EXPECT_NE(SignalText(de_, s), SignalName(s));
  }
  for (TargetState t :
       {TargetState::kMet, TargetState::kNear, TargetState::kMissed, TargetState::kNoData}) {
    EXPECT_TRUE(Complete(TargetStateText(de_, t))) << TargetStateName(t);
    EXPECT_TRUE(Complete(TargetStateText(en_, t))) << TargetStateName(t);
  }
}

TEST_F(RuleWordsTest, EveryTypeOfPlaceHasANameAndNoTypeNone) {
  for (int type = 1; type <= 5; ++type) {
    EXPECT_TRUE(Complete(SiteTypeText(de_, type)) && !SiteTypeText(de_, type).empty()) << type;
    EXPECT_TRUE(Complete(SiteTypeText(en_, type)) && !SiteTypeText(en_, type).empty()) << type;
  }
  EXPECT_EQ(SiteTypeText(de_, 3), "Technikwerkstatt und Makerspace");
  EXPECT_EQ(SiteTypeText(en_, 3), "Technology workshop and makerspace");
  EXPECT_EQ(SiteTypeText(de_, 0), "");
  EXPECT_EQ(SiteTypeText(en_, 6), "");
}

TEST_F(RuleWordsTest, SuccessFactorPhasesAndRatings) {
  EXPECT_EQ(PhaseText(de_, SuccessFactorPhase::kOperation), "Betreiben und bespielen (Betrieb)");
  EXPECT_EQ(PhaseText(en_, SuccessFactorPhase::kOperation), "Run and programme (operation)");
  EXPECT_EQ(RatingText(de_, FactorRating::kPartly), "teilweise erfüllt");
  EXPECT_EQ(RatingText(en_, FactorRating::kUnrated), "not rated");
  for (FactorRating r : {FactorRating::kUnrated, FactorRating::kMet, FactorRating::kPartly,
                         FactorRating::kOpen, FactorRating::kNotRelevant}) {
    EXPECT_TRUE(Complete(RatingText(de_, r)) && Complete(RatingText(en_, r)));
  }
}

TEST_F(RuleWordsTest, EveryIndicatorHasANameAndADefinitionInBothLanguages) {
  for (const IndicatorDef& def : Indicators()) {
    for (const Strings* s : {&de_, &en_}) {
      EXPECT_TRUE(Complete(CatalogueLabel(*s, def))) << s->lang() << " " << def.id;
      EXPECT_TRUE(Complete(CatalogueDefinition(*s, def))) << s->lang() << " " << def.id;
    }
  }
  const IndicatorDef* visits = FindIndicator("visitors.per_open_hour");
  ASSERT_NE(visits, nullptr);
  EXPECT_EQ(CatalogueLabel(de_, *visits), "Besuche je Öffnungsstunde");
  EXPECT_EQ(CatalogueLabel(en_, *visits), "Visits per opening hour");
}

TEST_F(RuleWordsTest, FigureWordsCarryBothLanguagesAndNotAppliedWhenInternal) {
  Site site;
  Evaluation ev;
  ev.site = &site;
  ev.privacy_threshold = 5;
  FigureWords words = FigureWordsFor(de_, en_, ev);
  EXPECT_EQ(words.de.privacy_rule, PrivacyRuleText(de_, 5));
  EXPECT_EQ(words.en.privacy_rule, PrivacyRuleText(en_, 5));
  EXPECT_EQ(words.de.columns.at("site"), "Ort");
  EXPECT_EQ(words.de.units.at("per_hour"), "je Stunde");
  EXPECT_EQ(words.BothNotices(),
            "INTERN – nicht zur Veröffentlichung: Rohwerte ohne Datenschutzregel / INTERNAL – not "
            "for publication: raw values without the privacy rule");
  ev.internal = true;
  words = FigureWordsFor(de_, en_, ev);
  EXPECT_EQ(words.de.privacy_rule, "nicht angewandt");
  EXPECT_EQ(words.en.privacy_rule, "not applied");
}

}  // namespace
}  // namespace ankerbericht
