#include "evaluate/themes.h"

namespace ankerbericht {

std::string FreeText(const FeedbackResponse& response, const Site& site) {
  std::string text;
  for (const QuestionItem& item : site.questionnaire) {
    if (item.scale != ScaleType::kText) continue;
    auto it = response.answers.find(item.id);
    if (it == response.answers.end() || it->second.empty()) continue;
    if (!text.empty()) text += "\n";
    text += it->second;
  }
  return text;
}

ThemeSummary CountThemes(const Codebook& codebook, const Site& site,
                         const std::vector<FeedbackResponse>& feedback,
                         const std::vector<Note>& notes,
                         const std::map<std::string, std::string>& event_formats) {
  ThemeSummary summary;
  std::map<std::string, size_t> index;
  for (const CodebookTheme& t : codebook.themes()) {
    index[t.id] = summary.themes.size();
    summary.themes.push_back({t.id, t.label, 0, 0, {}});
  }
  for (const FeedbackResponse& r : feedback) {
    std::string text = FreeText(r, site);
    if (text.empty()) continue;
    ++summary.responses_with_text;
    auto format = event_formats.find(r.event_id);
    std::string format_name = format == event_formats.end() ? "" : format->second;
    for (const std::string& id : codebook.Match(text)) {
      ThemeCount& count = summary.themes[index[id]];
      ++count.responses;
      ++count.by_format[format_name];
    }
  }
  for (const Note& note : notes) {
    // A note mentions a theme once, whether through keywords, tags or both.
    std::set<std::string> found = codebook.MatchTags(note.tags);
    std::string body = note.title;
    for (const NoteSection& s : note.sections) body += "\n" + s.title + "\n" + s.text;
    for (const std::string& id : codebook.Match(body)) found.insert(id);
    for (const std::string& id : found) ++summary.themes[index[id]].notes;
  }
  return summary;
}

}  // namespace ankerbericht
