// Feedback: one row per filled-in form, paper (transcribed) or digital.
#include "import/presets.h"
#include "import/table_mapper.h"
#include "model/entry_layout.h"
#include "model/scale.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

// The header a source names for |item_id| under "items" or "columns"; null
// when the source leaves the item to be matched by its id or text.
const std::string* MappedHeader(const std::string& item_id, const ImportContext& ctx) {
  if (!ctx.source) return nullptr;
  auto it = ctx.source->items.find(item_id);
  if (it != ctx.source->items.end() && !it->second.column.empty()) return &it->second.column;
  auto col = ctx.source->columns.find(item_id);
  return col != ctx.source->columns.end() ? &col->second : nullptr;
}

const QuestionItem* MatchItem(std::string_view header, const ImportContext& ctx) {
  for (const QuestionItem& item : ctx.site->questionnaire) {
    // An item the source maps to a header of its own is not also matched by
    // its id or text: the user's mapping decides.
    if (MappedHeader(item.id, ctx)) continue;
    if (HeaderMatches(header, item.id) ||
        (!item.text.empty() && FoldKey(header) == FoldKey(item.text))) {
      return &item;
    }
  }
  return nullptr;
}

std::string QuestionColumn(const std::string& header, const ImportContext& ctx) {
  for (const QuestionItem& item : ctx.site->questionnaire) {
    const std::string* mapped = MappedHeader(item.id, ctx);
    if (mapped && (header == *mapped || FoldKey(header) == FoldKey(*mapped))) return item.id;
  }
  if (const QuestionItem* item = MatchItem(header, ctx)) return item->id;
  // LimeSurvey's "code. text" headings ("G1Q1. Wie zufrieden ...").
  size_t dot = header.find(". ");
  if (dot != std::string::npos && dot > 0 && header.find(' ') > dot) {
    if (const QuestionItem* item = MatchItem(header.substr(0, dot), ctx)) return item->id;
    if (const QuestionItem* item = MatchItem(header.substr(dot + 2), ctx)) return item->id;
  }
  // Kobo ("group/question") and ODK ("group-question") put group paths in
  // front; the question is the last part. Only for those tools, since a plain
  // "-" in a German header is no path.
  if (ctx.preset && ctx.preset->path_headers) {
    size_t cut = header.find_last_of(ctx.preset->name == std::string_view("odk") ? "-" : "/");
    if (cut != std::string::npos) {
      if (const QuestionItem* item = MatchItem(header.substr(cut + 1), ctx)) return item->id;
    }
  }
  return "";
}

// A "columns" entry of a feedback source may name a questionnaire item, like
// "items" does (the first place a user looks for a header mapping).
bool IsItemField(const std::string& field, const ImportContext& ctx) {
  return ctx.site->FindItem(field) != nullptr;
}

// The scale |ctx|'s source asks |item| on: its "items" entry, else the item's own.
ScaleType AskedScale(const QuestionItem& item, const ImportContext& ctx) {
  if (ctx.source) {
    auto it = ctx.source->items.find(item.id);
    if (it != ctx.source->items.end() && it->second.scale) return *it->second.scale;
  }
  return item.scale;
}

// The mapping line `import --dry-run` and `check` show for a question column:
// which item, on which scale, and how the header was matched.
std::string DescribeQuestion(const std::string& item_id, const std::string& header,
                             const ImportContext& ctx) {
  const QuestionItem* item = ctx.site->FindItem(item_id);
  if (!item) return item_id + " <- " + Excerpt(header);
  const ScaleType scale = AskedScale(*item, ctx);
  const Strings& words = CliWords();
  const char* how = MappedHeader(item_id, ctx)             ? "import.mapping.item_configured"
                    : FoldKey(header) == FoldKey(item->id) ? "import.mapping.item_by_id"
                    : !item->text.empty() && FoldKey(header) == FoldKey(item->text)
                        ? "import.mapping.item_by_text"
                        : "import.mapping.item_by_part";
  std::string on = ScaleTypeName(scale);
  if (scale != item->scale)
    on = words.Format("import.mapping.item_scale_differs",
                      {{"scale", on}, {"asked", ScaleTypeName(item->scale)}});
  return words.Format(
      "import.mapping.item",
      {{"item", item_id}, {"header", Excerpt(header)}, {"scale", on}, {"how", words.Get(how)}});
}

std::optional<Channel> ParseChannel(const std::string& text) {
  std::string key = FoldKey(text);
  // input vocabulary: how teams name the two channels
  for (const char* paper : {"papier", "paper", "analog", "bogen", "papierbogen"})
    if (key == paper) return Channel::kPaper;
  for (const char* digital : {"digital", "online", "web", "tablet", "qrcode", "qr"})
    if (key == digital) return Channel::kDigital;
  // end of input vocabulary
  return std::nullopt;
}

// The answers an item accepts, for the message that refuses another one.
std::string AnswerHint(const QuestionItem& item) {
  const Strings& words = CliWords();
  switch (item.scale) {
    case ScaleType::kAgree5:
      return words.Get("import.reject.answer_agree5");
    case ScaleType::kGrade6:
      return words.Get("import.reject.answer_grade6");
    case ScaleType::kYesNo:
      return words.Get("import.reject.answer_yesno");
    case ScaleType::kScale10:
      return words.Get("import.reject.answer_scale10");
    case ScaleType::kSingle:
      return words.Format("import.reject.answer_single", {{"labels", Join(item.labels, ", ")}});
    default:
      return "";
  }
}

// LimeSurvey writes 1980-01-01 00:00:00 where it has no date to give (a survey
// that stores no dates); it is no real date (see docs/input-formats.md).
bool IsLimeSurveyNoDate(const ImportContext& ctx, std::string_view text) {
  return ctx.preset && ctx.preset->name == std::string_view("limesurvey") &&
         Trim(text).starts_with("1980-01-01");
}

// A KoboToolbox select_multiple answer from its per-option columns: the
// options marked 1, joined by "; " (option names may hold spaces, so the
// space-separated question column is only the fallback when every option
// cell is empty).
std::string ChosenOptions(const RowReader& row,
                          const std::vector<std::pair<size_t, std::string>>& options,
                          const std::string& summary) {
  std::vector<std::string> chosen;
  bool any_cell = false;
  for (const auto& [column, name] : options) {
    std::string cell = row.Cell(column);
    if (cell.empty()) continue;
    any_cell = true;
    // input vocabulary: how Kobo marks a chosen option
    if (cell == "1" || cell == "1.0" || cell == "True" || cell == "true") chosen.push_back(name);
    // end of input vocabulary
  }
  return any_cell ? Join(chosen, "; ") : summary;
}

// The date a response was given: the form's timestamp (kept in |submitted|
// for the fingerprint) or a plain date. False when the row is refused.
bool ReadResponseDate(RowReader* row, const ImportContext& ctx, FeedbackResponse* r,
                      std::optional<FormTimestamp>* submitted) {
  if (IsLimeSurveyNoDate(ctx, row->Text("date"))) {
    row->Reject(row->ColumnName("date"), CliWords().Get("import.reject.limesurvey_no_date"),
                row->Text("date"));
    return false;
  }
  if (ctx.preset && (ctx.preset->us_dates || ctx.preset->fingerprint_ids) &&
      !row->Text("date").empty()) {
    *submitted = ParseFormTimestamp(row->DateText("date"), ctx.preset->us_dates);
    if (!*submitted) {
      row->Reject(row->ColumnName("date"),
                  ctx.preset->us_dates ? CliWords().Get("import.reject.timestamp_invalid_us")
                                       : CliWords().Get("import.reject.timestamp_invalid"),
                  row->Text("date"));
      return false;
    }
    r->date = (*submitted)->date;
  } else {
    std::optional<Date> d = row->RequiredDate("date");
    if (!d) return false;
    r->date = *d;
  }
  return true;
}

// Paper or digital: the row's own column, else the source's setting. False
// when the row is refused.
bool ReadChannel(RowReader* row, const ImportContext& ctx, FeedbackResponse* r) {
  std::string channel = row->Text("channel");
  if (channel.empty()) {
    // input vocabulary: the source's "channel" setting
    bool digital = ctx.source && !ctx.source->channel.empty() ? ctx.source->channel == "digital"
                                                              : ctx.preset && ctx.preset->digital;
    // end of input vocabulary
    r->channel = digital ? Channel::kDigital : Channel::kPaper;
  } else if (std::optional<Channel> c = ParseChannel(channel)) {
    r->channel = *c;
  } else {
    row->Reject(row->ColumnName("channel"), CliWords().Get("import.reject.channel_unknown"),
                channel);
    return false;
  }
  return true;
}

// The answers to the questionnaire's items, each checked on its scale. False
// when the row is refused.
bool ReadAnswers(RowReader* row, const ColumnMap& map, const ImportContext& ctx,
                 FeedbackResponse* r) {
  for (const auto& [item_id, column] : map.extra()) {
    std::string answer = row->Cell(column);
    auto options = map.options().find(column);
    if (options != map.options().end()) answer = ChosenOptions(*row, options->second, answer);
    // The answer is checked on the scale this source asks the item on and
    // stored with it; the evaluation normalises it to positive or not.
    const QuestionItem* own = ctx.site->FindItem(item_id);
    const QuestionItem item = AskedOn(*own, AskedScale(*own, ctx));
    if (ctx.preset && ctx.preset->answer_codes) answer = TranslateAnswerCode(item, answer);
    if (IsNoAnswer(answer)) continue;
    if (!IsValidAnswer(item, answer)) {
      row->Reject(
          map.Header(column),
          CliWords().Format("import.reject.answer_not_on_scale", {{"hint", AnswerHint(item)}}),
          answer);
      return false;
    }
    r->answers[item_id] = answer;
    if (item.scale != own->scale) r->answer_scales[item_id] = ScaleTypeName(item.scale);
  }
  return true;
}

// For a form that writes no response ids (the preset's fingerprint_ids): the
// id made from the row's cells; a response given twice is refused (false).
bool FingerprintResponse(RowReader* row, const ColumnMap& map,
                         const std::optional<FormTimestamp>& submitted,
                         std::set<std::string>* seen_ids, FeedbackResponse* r) {
  // Every cell but the timestamp and personal data, whether or not the
  // questionnaire knows its question: the id stays the same when the
  // questionnaire grows, and nothing is derived from an e-mail address.
  std::vector<std::pair<std::string, std::string>> cells;
  std::optional<size_t> date_column = map.Find("date");
  for (size_t c = 0; c < map.headers_.size(); ++c)
    if (c != date_column && !IsPersonalDataHeader(map.Header(c)))
      cells.emplace_back(map.Header(c), row->Cell(c));
  r->response_id = ResponseFingerprint(*submitted, std::move(cells));
  if (!seen_ids->insert(r->response_id).second) {
    row->Reject(row->ColumnName("date"), CliWords().Get("import.reject.response_repeated"),
                row->Text("date"));
    return false;
  }
  return true;
}

void MapFeedbackRow(RowReader* row, const ColumnMap& map, const ImportContext& ctx,
                    std::set<std::string>* seen_ids, ImportBatch* batch) {
  FeedbackResponse r;
  r.line = row->line();
  r.response_id = row->Text("id");
  if (!r.response_id.empty() && !seen_ids->insert(r.response_id).second) {
    row->Reject(row->ColumnName("id"), CliWords().Get("import.reject.response_id_twice"),
                r.response_id);
    return;
  }
  std::optional<FormTimestamp> submitted;
  if (!ReadResponseDate(row, ctx, &r, &submitted)) return;
  row->CheckDateInLifetime("date", r.date, ctx, false);
  r.event_id = row->Text("event");
  if (!r.event_id.empty() && !ctx.known_event_ids.count(r.event_id)) {
    row->Reject(row->ColumnName("event"), CliWords().Get("import.reject.event_unknown"),
                r.event_id);
    return;
  }
  if (!ReadChannel(row, ctx, &r)) return;
  if (!ReadAnswers(row, map, ctx, &r)) return;
  if (row->failed()) return;
  if (ctx.preset && ctx.preset->fingerprint_ids) {
    if (!FingerprintResponse(row, map, submitted, seen_ids, &r)) return;
  }
  batch->feedback.push_back(std::move(r));
}

}  // namespace

const TableKind& FeedbackTable() {
  // input vocabulary: the header names each field is recognised by
  static const TableKind kKind = {
      {
          // The headers of the entry file `ankerbericht forms` writes come
          // from entry_layout.h, so a filled entry file needs no mapping.
          {"id",
           {"ID", "Bogen", entry_header::kFormNumber, "Bogennummer", "Nr", "Response ID",
            "Antwort-ID", entry_header::kFormNumberEn}},
          {"date",
           {entry_header::kDate, entry_header::kDateEn, "Ausgefüllt am", "Submitted", "Submitdate"},
           true},
          {"event",
           {entry_header::kEvent, "Veranstaltungs-ID", "Veranstaltungsnummer",
            entry_header::kEventEn, "Event ID", "Event-ID"}},
          {"channel", {"Kanal", "Channel", "Quelle", "Erfassung"}},
      },
      QuestionColumn,
      MapFeedbackRow,
      DescribeQuestion,
      IsItemField,
  };
  // end of input vocabulary
  return kKind;
}

}  // namespace ankerbericht
