#include "import/record_text.h"

#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

std::string Line(int line, const std::vector<std::string>& parts) {
  return CliWords().Format("import.record.line",
                           {{"line", std::to_string(line)}, {"fields", Join(parts, ", ")}});
}

std::string Opt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; }

std::string Ages(const std::map<std::string, int64_t>& ages) {
  std::vector<std::string> parts;
  for (const auto& [id, n] : ages) parts.push_back(id + "=" + std::to_string(n));
  return parts.empty() ? "" : " (" + Join(parts, ", ") + ")";
}

}  // namespace

std::vector<std::string> DescribeRecords(const ImportBatch& b, size_t limit) {
  std::vector<std::string> out;
  for (size_t i = 0; i < b.visits.size() && out.size() < limit; ++i) {
    const VisitCount& v = b.visits[i];
    out.push_back(
        Line(v.line, {"sensor=" + (v.sensor.empty() ? std::string("-") : v.sensor),
                      "start=" + v.start.date.ToIso() + " " + FormatTimeOfDay(v.start.minute),
                      "interval=" + CliWords().Format("import.record.minutes",
                                                      {{"n", std::to_string(v.interval_minutes)}}),
                      "in=" + std::to_string(v.in), "out=" + Opt(v.out)}));
  }
  for (size_t i = 0; i < b.tallies.size() && out.size() < limit; ++i) {
    const Tally& t = b.tallies[i];
    std::string slot = t.slot_start
                           ? FormatTimeOfDay(*t.slot_start) + "-" +
                                 (t.slot_end ? FormatTimeOfDay(*t.slot_end) : std::string("?"))
                           : "-";
    out.push_back(Line(t.line, {"date=" + t.date.ToIso(), "slot=" + slot,
                                "count=" + std::to_string(t.count) + Ages(t.age_counts)}));
  }
  for (size_t i = 0; i < b.events.size() && out.size() < limit; ++i) {
    const Event& e = b.events[i];
    out.push_back(Line(
        e.line,
        {"id=" + Excerpt(e.id), "date=" + e.date.ToIso(), "title=" + Excerpt(e.title),
         "format=" + e.format, "participants=" + Opt(e.participants),
         "status=" + CliWords().Get(e.status == EventStatus::kHeld ? "import.record.held"
                                                                   : "import.record.cancelled")}));
  }
  for (size_t i = 0; i < b.feedback.size() && out.size() < limit; ++i) {
    const FeedbackResponse& r = b.feedback[i];
    std::vector<std::string> parts = {
        "id=" + (r.response_id.empty() ? std::string("-") : r.response_id),
        "date=" + r.date.ToIso(), std::string("channel=") + ChannelName(r.channel)};
    if (!r.event_id.empty()) parts.push_back("event=" + r.event_id);
    for (const auto& [item, answer] : r.answers) parts.push_back(item + "=" + Excerpt(answer));
    out.push_back(Line(r.line, parts));
  }
  for (size_t i = 0; i < b.votes.size() && out.size() < limit; ++i) {
    const Vote& v = b.votes[i];
    out.push_back(Line(v.line, {"date=" + v.date.ToIso(), "wish=" + Excerpt(v.wish),
                                "dots=" + std::to_string(v.dots)}));
  }
  for (size_t i = 0; i < b.notes.size() && out.size() < limit; ++i) {
    const Note& n = b.notes[i];
    out.push_back(CliWords().Format(
        "import.record.note",
        {{"fields", "date=" + n.date.ToIso() + ", kind=" + n.kind + ", title=" + Excerpt(n.title)},
         {"actions", std::to_string(n.actions.size())}}));
  }
  return out;
}

}  // namespace ankerbericht
