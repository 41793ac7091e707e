// Horizontal bars: option texts ("über Freunde und Bekannte") are long and
// wrap; a vertical axis would cut them. Hidden cells keep their row with the
// reason in the label, so the chart never looks as if an option was not
// offered.
#include "document/choice_sections.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "document/figure_sections.h"
#include "evaluate/choice_answers.h"
#include "evaluate/wishes.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

bool HasShares(const Breakdown& b) {
  return b.total && std::any_of(b.cells.begin(), b.cells.end(),
                                [](const Cell& x) { return x.share.has_value(); });
}

// The bar chart of |b|'s first |top| cells (0: all).
BarChart BreakdownChart(const BuildContext& c, const Breakdown& b, const std::string& title,
                        size_t top) {
  BarChart chart;
  chart.title = title;
  chart.horizontal = true;
  // Dots are counted as they stand on the board; people as shares.
  bool shares = HasShares(b) && b.id != kWishesBreakdown;
  chart.unit = shares ? (b.overlapping ? c.S("choices.breakdown_chart.respondents")
                                       : c.S("choices.breakdown_chart.share"))
                      : (b.id == kWishesBreakdown ? c.S("choices.breakdown_chart.sticker_dots")
                                                  : c.S("choices.breakdown_chart.count"));
  if (b.id == kWishesBreakdown) {
    chart.empty_message = c.S("choices.breakdown_chart.there_no_sticker_dots");
  } else if (b.id.starts_with(ChoiceBreakdownId(""))) {
    chart.empty_message = c.S("choices.breakdown_chart.there_no_answers_period");
  } else {
    chart.empty_message = c.S("choices.breakdown_chart.no_data_period");
  }
  bool marked = b.marks == "target_group";
  ChartSeries main{marked ? c.S("choices.breakdown_chart.target_group") : "", {}};
  ChartSeries others{c.S("choices.breakdown_chart.other_groups"), {}};
  int k = c.ev.privacy_threshold;
  size_t n = top == 0 ? b.cells.size() : std::min(top, b.cells.size());
  for (size_t i = 0; i < n; ++i) {
    const Cell& cell = b.cells[i];
    std::string label = cell.label;
    if (cell.suppression != Suppression::kNone)
      label += " (" + SuppressedText(cell.suppression, k) + ")";
    chart.categories.push_back(label);
    std::optional<double> v = shares ? cell.share : cell.value;
    if (cell.suppression != Suppression::kNone) v.reset();
    bool target = !marked || cell.marked;
    main.values.push_back(target ? v : std::nullopt);
    others.values.push_back(target ? std::nullopt : v);
  }
  bool any =
      std::any_of(main.values.begin(), main.values.end(), [](auto v) { return v.has_value(); }) ||
      std::any_of(others.values.begin(), others.values.end(), [](auto v) { return v.has_value(); });
  if (!any || !b.total) {
    chart.categories.clear();
    return chart;
  }
  chart.series.push_back(main);
  if (marked) {
    // Two series, each bar in one of them: stacked, so a bar keeps its width.
    chart.series.push_back(others);
    chart.stacked = true;
  }
  return chart;
}

// The question a choice breakdown belongs to, or nullptr.
const QuestionItem* ItemOf(const BuildContext& c, const Breakdown& b) {
  for (const QuestionItem& item : c.ev.site->questionnaire) {
    if (ChoiceBreakdownId(item.id) == b.id) return &item;
  }
  return nullptr;
}

}  // namespace

Status AddBreakdownChart(const BuildContext& c, const Poco::JSON::Object& section,
                         const std::string& path, Document* doc) {
  std::string id = section.has("breakdown") ? section.getValue<std::string>("breakdown") : "";
  const Breakdown* b = FindBreakdown(c.ev.breakdowns, id);
  if (!b)
    return Status::Config(CliWords().Format("cli.template.unknown_breakdown",
                                            {{"where", c.file + ": " + path}, {"id", id}}));
  int top = section.has("top") ? section.getValue<int>("top") : 0;
  if (top < 0) {
    return Status::Config(
        CliWords().Format("cli.template.top_positive", {{"where", c.file + ": " + path}}));
  }
  doc->blocks.push_back(BreakdownChart(c, *b, Substitute(Localized(section, "title", c.lang), c),
                                       static_cast<size_t>(top)));
  if (b->marks == "target_group" && b->total) {
    doc->blocks.push_back(Remark{c.S("choices.breakdown_chart.target_group_groups_place")});
  }
  return Status::Ok();
}

void AddChoiceItems(const BuildContext& c, Document* doc) {
  for (const Breakdown& b : c.ev.breakdowns) {
    const QuestionItem* item = ItemOf(c, b);
    if (item == nullptr) continue;
    // The chart is titled by the question; without answers its empty
    // message says so and a table of zeros would add nothing.
    doc->blocks.push_back(BreakdownChart(c, b, item->text, 0));
    if (!b.total && b.total_suppression == Suppression::kNone) continue;
    if (b.overlapping) {
      doc->blocks.push_back(Remark{c.S("choices.choice_items.several_answers_possible_shares")});
    }
    AddBreakdownTableOf(c, b, c.S("choices.choice_items.answer"), doc);
  }
}

void AddWishesSlide(const BuildContext& c, const Poco::JSON::Object& section, Document* doc) {
  const Breakdown* b = FindBreakdown(c.ev.breakdowns, kWishesBreakdown);
  if (!b || b->cells.empty() || !b->total || *b->total <= 0) return;
  size_t top =
      section.has("top") ? static_cast<size_t>(std::max(1, section.getValue<int>("top"))) : 5;
  Slide s;
  std::string title = Localized(section, "title", c.lang);
  if (title.empty()) title = c.S("choices.wishes_slide.what_visitors_wish");
  size_t at = title.find("{wish}");
  if (at != std::string::npos) title.replace(at, 6, b->cells.front().label);
  s.title = Substitute(title, c);
  // The three leading wishes in words; the chart shows the rest of the top.
  for (size_t i = 0; i < b->cells.size() && i < std::min<size_t>(top, 3); ++i) {
    const Cell& cell = b->cells[i];
    double dots = cell.value.value_or(0);
    s.bullets.push_back(cell.label + ": " + c.locale().FormatNumber(dots, 0) +
                        (dots == 1 ? c.S("choices.wishes_slide.sticker_dot")
                                   : c.S("choices.wishes_slide.sticker_dots")));
  }
  s.chart = BreakdownChart(c, *b, c.S("choices.wishes_slide.sticker_dots_per_wish"), top);
  std::string source = Substitute(Localized(section, "source", c.lang), c);
  if (source.empty()) source = c.S("choices.wishes_slide.wish_board_sticker_dots");
  s.source = c.S("choices.wishes_slide.source") + source + " · " + c.ev.period.Label(c.lang);
  doc->blocks.push_back(std::move(s));
}

}  // namespace ankerbericht
