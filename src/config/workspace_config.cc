#include "config/workspace_config.h"

#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "config/config_reader.h"
#include "config/vorlage_config.h"
#include "model/period.h"
#include "util/file.h"
#include "util/json_file.h"
#include "util/text.h"
#include "util/workspace_path.h"

namespace ankerbericht {

const Site* WorkspaceConfig::FindSite(const std::string& id) const {
  for (const Site& s : sites)
    if (s.id == id) return &s;
  return nullptr;
}

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

std::optional<int> ParseWeekday(const std::string& name) {
  static const char* const kNames[7][4] = {
      {"mo", "montag", "mon", "monday"},      {"di", "dienstag", "tue", "tuesday"},
      {"mi", "mittwoch", "wed", "wednesday"}, {"do", "donnerstag", "thu", "thursday"},
      {"fr", "freitag", "fri", "friday"},     {"sa", "samstag", "sat", "saturday"},
      {"so", "sonntag", "sun", "sunday"},
  };
  std::string key = FoldKey(name);
  for (int d = 0; d < 7; ++d)
    for (const char* n : kNames[d])
      if (key == n) return d;
  return std::nullopt;
}

// "10:00-13:00, 14:00-18:00" -> slots.
bool ParseOpeningRanges(const std::string& text, int weekday, std::vector<OpeningSlot>* out) {
  for (const std::string& range : SplitList(text, ',')) {
    size_t dash = range.find('-');
    if (dash == std::string::npos) return false;
    std::optional<int> from = ParseTimeOfDay(range.substr(0, dash));
    std::optional<int> to = ParseTimeOfDay(range.substr(dash + 1));
    if (!from || !to || *to <= *from) return false;
    out->push_back({weekday, *from, *to});
  }
  return true;
}

Status ReadSchedule(const ConfigReader& r, const Object& o, const std::string& path,
                    OpeningSchedule* out) {
  Var from = o.has("valid_from") ? o.get("valid_from") : Var("01.01.1900");
  ANKER_RETURN_IF_ERROR(r.DateValue(from, path + ".valid_from", &out->valid_from));
  Object::Ptr week = o.getObject("week");
  if (!week) return r.Fail(path + ".week", ConfigWords("config.week_missing"));
  for (const std::string& day : week->getNames()) {
    std::string day_path = path + ".week." + day;
    std::optional<int> wd = ParseWeekday(day);
    if (!wd) return r.Fail(day_path, ConfigWords("config.unknown_weekday"));
    Var v = week->get(day);
    if (!v.isString() || !ParseOpeningRanges(v.toString(), *wd, &out->slots)) {
      return r.Fail(day_path, ConfigWords("config.times", {{"found", ConfigReader::Show(v)}}));
    }
  }
  return Status::Ok();
}

// "stops": [{ "id", "name", "week", "from", "to", "dates": [{ "date", "hours" }] }].
Status ReadStops(const ConfigReader& r, const Object& o, const std::string& path, Site* site) {
  std::set<std::string> ids;
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, path, "stops", false, [&](const Object& s, const std::string& p) {
        Stop stop;
        ANKER_RETURN_IF_ERROR(r.String(s, p, "id", true, &stop.id));
        if (!IsPlainId(stop.id)) {
          return r.Fail(p + ".id", ConfigWords("config.stop.id", {{"found", Excerpt(stop.id)}}));
        }
        if (!ids.insert(FoldKey(stop.id)).second)
          return r.Fail(p + ".id", ConfigWords("config.stop.id_twice", {{"id", Excerpt(stop.id)}}));
        stop.name = stop.id;
        ANKER_RETURN_IF_ERROR(r.String(s, p, "name", false, &stop.name));
        ANKER_RETURN_IF_ERROR(r.OptionalDate(s, p, "from", &stop.from));
        ANKER_RETURN_IF_ERROR(r.OptionalDate(s, p, "to", &stop.to));
        if (stop.from && stop.to && *stop.to < *stop.from)
          return r.Fail(p + ".to", ConfigWords("config.before_from"));
        if (s.has("week")) {
          OpeningSchedule pattern;
          ANKER_RETURN_IF_ERROR(ReadSchedule(r, s, p, &pattern));
          stop.week = pattern.slots;
        }
        ANKER_RETURN_IF_ERROR(
            r.EachObject(s, p, "dates", false, [&](const Object& d, const std::string& dp) {
              StopDate when;
              ANKER_RETURN_IF_ERROR(
                  r.DateValue(d.has("date") ? d.get("date") : Var(), dp + ".date", &when.date));
              std::string hours;
              ANKER_RETURN_IF_ERROR(r.String(d, dp, "hours", true, &hours));
              std::vector<OpeningSlot> slots;
              if (!ParseOpeningRanges(hours, when.date.weekday(), &slots) || slots.size() != 1) {
                return r.Fail(dp + ".hours",
                              ConfigWords("config.stop.hours", {{"found", Excerpt(hours)}}));
              }
              when.start = slots[0].start;
              when.end = slots[0].end;
              stop.dates.push_back(when);
              return Status::Ok();
            }));
        if (stop.week.empty() && stop.dates.empty()) {
          return r.Fail(p, ConfigWords("config.stop.week_or_dates"));
        }
        site->stops.push_back(std::move(stop));
        return Status::Ok();
      }));
  if (site->mobile() && !site->opening_hours.empty()) {
    return r.Fail(path + ".stops", ConfigWords("config.stop.not_both"));
  }
  // The bus is at one stop at a time: overlapping hours would count twice.
  // Checked on weekly patterns against each other and on single dates
  // against everything else on that day.
  const std::vector<Stop>& stops = site->stops;
  auto overlap = [](const OpeningSlot& a, const OpeningSlot& b) {
    return a.weekday == b.weekday && a.start < b.end && b.start < a.end;
  };
  for (size_t i = 0; i < stops.size(); ++i) {
    for (size_t j = i + 1; j < stops.size(); ++j) {
      bool periods_meet = (!stops[i].to || !stops[j].from || *stops[j].from <= *stops[i].to) &&
                          (!stops[j].to || !stops[i].from || *stops[i].from <= *stops[j].to);
      for (const OpeningSlot& a : stops[i].week)
        for (const OpeningSlot& b : stops[j].week)
          if (periods_meet && overlap(a, b)) {
            return r.Fail(path + ".stops[" + std::to_string(j) + "].week",
                          ConfigWords("config.stop.overlaps_stop", {{"stop", stops[i].id}}));
          }
    }
  }
  for (size_t j = 0; j < stops.size(); ++j) {
    for (size_t k = 0; k < stops[j].dates.size(); ++k) {
      const StopDate& d = stops[j].dates[k];
      const OpeningSlot mine{d.date.weekday(), d.start, d.end};
      int hits = 0;
      for (const Stop& other : stops)
        for (const OpeningSlot& slot : other.SlotsOn(d.date))
          if (overlap(mine, slot)) ++hits;
      if (hits > 1) {
        return r.Fail(path + ".stops[" + std::to_string(j) + "].dates[" + std::to_string(k) + "]",
                      ConfigWords("config.stop.overlaps_date", {{"date", d.date.ToGerman()}}));
      }
    }
  }
  return Status::Ok();
}

}  // namespace

namespace {

Status ReadItem(const ConfigReader& r, const Object& o, const std::string& path,
                QuestionItem* item) {
  ANKER_RETURN_IF_ERROR(r.String(o, path, "id", true, &item->id));
  // The id names the item's figures (feedback.item.<id>.mean): a survey
  // tool's column code such as "G1[SQ001]" belongs under a source's "items".
  if (!IsPlainId(item->id)) {
    return r.Fail(path + ".id", ConfigWords("config.item.id", {{"found", Excerpt(item->id)}}));
  }
  ANKER_RETURN_IF_ERROR(r.String(o, path, "text", false, &item->text));
  std::string scale = "agree5";
  ANKER_RETURN_IF_ERROR(r.String(o, path, "scale", false, &scale));
  std::optional<ScaleType> type = ParseScaleType(scale);
  if (!type) {
    return r.Fail(path + ".scale", ConfigWords("config.item.scale", {{"scale", Excerpt(scale)}}));
  }
  item->scale = *type;
  ANKER_RETURN_IF_ERROR(r.String(o, path, "role", false, &item->role));
  if (!item->role.empty() && item->role != "recommend") {
    return r.Fail(path + ".role", ConfigWords("config.item.role", {{"role", Excerpt(item->role)}}));
  }
  return r.StringList(o, path, "labels", &item->labels);
}

Status ReadSite(const ConfigReader& r, const Object& o, const std::string& path, Site* site) {
  ANKER_RETURN_IF_ERROR(r.String(o, path, "id", true, &site->id));
  // The id becomes part of file names ("{site}" in an output path).
  if (!IsPlainId(site->id)) {
    return r.Fail(path + ".id", ConfigWords("config.site.id", {{"found", Excerpt(site->id)}}));
  }
  ANKER_RETURN_IF_ERROR(r.String(o, path, "name", true, &site->name));
  ANKER_RETURN_IF_ERROR(r.String(o, path, "municipality", false, &site->municipality));
  ANKER_RETURN_IF_ERROR(r.Int(o, path, "type", 1, 5, false, &site->type));
  if (Object::Ptr b = o.getObject("branding")) {
    std::string bp = path + ".branding";
    ANKER_RETURN_IF_ERROR(r.String(*b, bp, "primary_color", false, &site->branding.primary_color));
    const std::string& color = site->branding.primary_color;
    bool hex = color.size() == 7 && color[0] == '#' &&
               color.find_first_not_of("0123456789abcdefABCDEF", 1) == std::string::npos;
    if (!color.empty() && !hex)
      return r.Fail(bp + ".primary_color",
                    ConfigWords("config.branding.color", {{"found", Excerpt(color)}}));
    ANKER_RETURN_IF_ERROR(r.String(*b, bp, "logo", false, &site->branding.logo));
    ANKER_RETURN_IF_ERROR(r.String(*b, bp, "font_regular", false, &site->branding.font_regular));
    ANKER_RETURN_IF_ERROR(r.String(*b, bp, "font_bold", false, &site->branding.font_bold));
    // The logo and the fonts are embedded in the PDF: only files of the workspace.
    const std::pair<const char*, const std::string*> files[] = {
        {"logo", &site->branding.logo},
        {"font_regular", &site->branding.font_regular},
        {"font_bold", &site->branding.font_bold}};
    for (const auto& [key, value] : files) {
      if (!value->empty() && !IsPlainRelativePath(*value)) {
        return r.Fail(bp + "." + key,
                      ConfigWords("config.branding.file", {{"found", Excerpt(*value)}}));
      }
    }
    if (site->branding.font_regular.empty() != site->branding.font_bold.empty()) {
      return r.Fail(bp, ConfigWords("config.branding.fonts"));
    }
  }
  ANKER_RETURN_IF_ERROR(r.OptionalDate(o, path, "opened", &site->opened));
  ANKER_RETURN_IF_ERROR(r.OptionalDate(o, path, "funding_end", &site->funding_end));
  ANKER_RETURN_IF_ERROR(r.OptionalDate(o, path, "budget_deadline", &site->budget_deadline));
  if (Object::Ptr goals = o.getObject("goal_priorities")) {
    for (const std::string& key : goals->getNames()) {
      bool known = std::any_of(GoalAreas().begin(), GoalAreas().end(),
                               [&](const GoalArea& g) { return key == g.id; });
      if (!known) {
        std::string ids;
        for (const GoalArea& g : GoalAreas()) ids += std::string(ids.empty() ? "" : ", ") + g.id;
        return r.Fail(path + ".goal_priorities." + key,
                      ConfigWords("config.unknown_goal_area_short", {{"known", ids}}));
      }
      int prio = 0;
      ANKER_RETURN_IF_ERROR(r.Int(*goals, path + ".goal_priorities", key, 1, 7, true, &prio));
      site->goal_priorities[key] = prio;
    }
  }
  // A place that ranks no goals gets the ranking the study gives its type.
  if (site->goal_priorities.empty() && site->type > 0) {
    site->goal_priorities = DefaultGoalPriorities(site->type);
    site->goal_priorities_from_type = true;
  }
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, path, "opening_hours", false, [&](const Object& s, const std::string& p) {
        site->opening_hours.emplace_back();
        return ReadSchedule(r, s, p, &site->opening_hours.back());
      }));
  std::sort(site->opening_hours.begin(), site->opening_hours.end(),
            [](const OpeningSchedule& a, const OpeningSchedule& b) {
              return a.valid_from < b.valid_from;
            });
  ANKER_RETURN_IF_ERROR(ReadStops(r, o, path, site));
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, path, "closures", false, [&](const Object& c, const std::string& p) {
        Closure closure;
        ANKER_RETURN_IF_ERROR(r.DateValue(c.get("from"), p + ".from", &closure.from));
        closure.to = closure.from;
        if (c.has("to")) {
          ANKER_RETURN_IF_ERROR(r.DateValue(c.get("to"), p + ".to", &closure.to));
        }
        if (closure.to < closure.from) return r.Fail(p + ".to", ConfigWords("config.before_from"));
        ANKER_RETURN_IF_ERROR(r.String(c, p, "reason", false, &closure.reason));
        site->closures.push_back(closure);
        return Status::Ok();
      }));
  ANKER_RETURN_IF_ERROR(r.StringList(o, path, "target_groups", &site->target_groups));
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, path, "age_groups", false, [&](const Object& a, const std::string& p) {
        AgeGroup g;
        ANKER_RETURN_IF_ERROR(r.String(a, p, "id", true, &g.id));
        g.label = g.id;
        ANKER_RETURN_IF_ERROR(r.String(a, p, "label", false, &g.label));
        if (a.has("target") && !a.isNull("target")) {
          Var t = a.get("target");
          if (!t.isBoolean()) {
            return r.Fail(p + ".target",
                          ConfigWords("config.bool", {{"found", ConfigReader::Show(t)}}));
          }
          g.target = t.convert<bool>();
        }
        site->age_groups.push_back(g);
        return Status::Ok();
      }));
  std::vector<std::string> dates;
  ANKER_RETURN_IF_ERROR(r.StringList(o, path, "committee_dates", &dates));
  for (size_t i = 0; i < dates.size(); ++i) {
    Date d;
    ANKER_RETURN_IF_ERROR(
        r.DateValue(Var(dates[i]), path + ".committee_dates[" + std::to_string(i) + "]", &d));
    site->committee_dates.push_back(d);
  }
  std::sort(site->committee_dates.begin(), site->committee_dates.end());
  // Duplicates are found through a set: a list search per item would make a
  // long (or hostile) questionnaire take quadratic time.
  std::set<std::string> item_ids;
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, path, "questionnaire", false, [&](const Object& q, const std::string& p) {
        QuestionItem item;
        ANKER_RETURN_IF_ERROR(ReadItem(r, q, p, &item));
        if (!item_ids.insert(item.id).second)
          return r.Fail(p + ".id", ConfigWords("config.item.id_twice", {{"id", Excerpt(item.id)}}));
        site->questionnaire.push_back(item);
        return Status::Ok();
      }));
  ANKER_RETURN_IF_ERROR(ReadVorlageBlocks(r, o, path, site));
  for (const char* key : {"questionnaire", "age_groups", "opened"})
    site->import_settings[key] = CanonicalJson(o.get(key));
  // Whether the indicator id exists is checked by the evaluation (the
  // catalogue lives there); here only the shape of each entry.
  return r.EachObject(o, path, "targets", false, [&](const Object& t, const std::string& p) {
    Target target;
    target.path = p;
    ANKER_RETURN_IF_ERROR(r.String(t, p, "indicator", true, &target.indicator));
    ANKER_RETURN_IF_ERROR(r.Number(t, p, "min", &target.min));
    ANKER_RETURN_IF_ERROR(r.Number(t, p, "max", &target.max));
    if (!target.min && !target.max) return r.Fail(p, ConfigWords("config.target.min_or_max"));
    if (target.min && target.max && *target.min > *target.max) {
      return r.Fail(p + ".max", ConfigWords("config.target.max_below_min"));
    }
    ANKER_RETURN_IF_ERROR(r.String(t, p, "period", false, &target.period));
    if (!target.period.empty()) {
      Result<Period> period = ParsePeriod(target.period);
      if (!period.ok()) return r.Fail(p + ".period", period.status().message());
      target.period = period->id;  // "2026-h1" and "2026-H1" name the same period
    }
    std::optional<double> near;
    ANKER_RETURN_IF_ERROR(r.Number(t, p, "near_percent", &near));
    if (near) {
      if (*near < 0 || *near > 100)
        return r.Fail(p + ".near_percent", ConfigWords("config.target.near"));
      target.near_percent = *near;
    }
    site->targets.push_back(target);
    return Status::Ok();
  });
}

// "items" of a feedback source: item id -> the header of the file, or an
// object with "column" and/or "scale" (the scale this source asks it on).
Status ReadSourceItems(const ConfigReader& r, const Object& o, const std::string& path,
                       const Site& site, SourceSpec* src) {
  if (!o.has("items") || o.isNull("items")) return Status::Ok();
  const std::string items_path = path + ".items";
  Object::Ptr items = o.getObject("items");
  if (!items) {
    return r.Fail(items_path, ConfigWords("config.items.object",
                                          {{"found", ConfigReader::Show(o.get("items"))}}));
  }
  if (src->kind != InputKind::kFeedback)
    return r.Fail(items_path, ConfigWords("config.items.feedback_only"));
  for (const std::string& id : items->getNames()) {
    const std::string p = items_path + "." + id;
    const QuestionItem* item = site.FindItem(id);
    if (!item) {
      std::vector<std::string> ids;
      for (const QuestionItem& q : site.questionnaire) ids.push_back(q.id);
      return r.Fail(p, ConfigWords("config.items.unknown",
                                   {{"id", Excerpt(id)},
                                    {"site", site.id},
                                    {"known", ids.empty() ? ConfigWords("config.items.none")
                                                          : Join(ids, ", ")}}));
    }
    SourceSpec::ItemSource how;
    if (Object::Ptr spec = items->getObject(id)) {
      ANKER_RETURN_IF_ERROR(r.String(*spec, p, "column", false, &how.column));
      std::string scale;
      ANKER_RETURN_IF_ERROR(r.String(*spec, p, "scale", false, &scale));
      if (!scale.empty()) {
        how.scale = ParseScaleType(scale);
        bool has_steps = how.scale && *how.scale != ScaleType::kText &&
                         *how.scale != ScaleType::kMulti && *how.scale != ScaleType::kSingle;
        if (!has_steps) {
          return r.Fail(p + ".scale",
                        ConfigWords("config.items.scale", {{"scale", Excerpt(scale)}}));
        }
        bool item_has_steps = item->scale != ScaleType::kText && item->scale != ScaleType::kMulti &&
                              item->scale != ScaleType::kSingle;
        if (!item_has_steps) {
          return r.Fail(p + ".scale", ConfigWords("config.items.not_scale",
                                                  {{"scale", ScaleTypeName(item->scale)}}));
        }
      }
      if (how.column.empty() && !how.scale)
        return r.Fail(p, ConfigWords("config.items.column_or_scale"));
    } else {
      ANKER_RETURN_IF_ERROR(r.String(*items, items_path, id, true, &how.column));
    }
    src->items[id] = how;
  }
  return Status::Ok();
}

Status ReadSource(const ConfigReader& r, const Object& o, const std::string& path,
                  const WorkspaceConfig& config, const std::set<std::string>& site_ids,
                  SourceSpec* src) {
  ANKER_RETURN_IF_ERROR(r.String(o, path, "path", true, &src->path));
  std::string kind;
  ANKER_RETURN_IF_ERROR(r.String(o, path, "kind", true, &kind));
  std::optional<InputKind> k = ParseInputKind(kind);
  if (!k) {
    return r.Fail(path + ".kind", ConfigWords("config.source.kind", {{"kind", Excerpt(kind)}}));
  }
  src->kind = *k;
  ANKER_RETURN_IF_ERROR(r.String(o, path, "format", false, &src->format));
  ANKER_RETURN_IF_ERROR(r.String(o, path, "site", config.sites.size() != 1, &src->site));
  if (src->site.empty()) src->site = config.sites[0].id;
  if (!site_ids.count(src->site)) {
    return r.Fail(path + ".site", ConfigWords("config.no_site", {{"id", Excerpt(src->site)}}));
  }
  ANKER_RETURN_IF_ERROR(r.String(o, path, "channel", false, &src->channel));
  if (!src->channel.empty() && src->channel != "paper" && src->channel != "digital") {
    return r.Fail(path + ".channel", ConfigWords("config.source.channel"));
  }
  if (Object::Ptr cols = o.getObject("columns")) {
    for (const std::string& field : cols->getNames()) {
      std::string header;
      ANKER_RETURN_IF_ERROR(r.String(*cols, path + ".columns", field, true, &header));
      src->columns[field] = header;
    }
  }
  Object::Ptr entry = new Object(o);
  entry->remove("path");  // which files, not how they are read
  src->settings = CanonicalJson(entry);
  return ReadSourceItems(r, o, path, *config.FindSite(src->site), src);
}

Status ReadReport(const ConfigReader& r, const Object& o, const std::string& path,
                  const WorkspaceConfig& config, const std::set<std::string>& site_ids,
                  ReportSpec* rep) {
  ANKER_RETURN_IF_ERROR(r.String(o, path, "template", true, &rep->template_id));
  if (!IsPlainId(rep->template_id)) {
    return r.Fail(path + ".template",
                  ConfigWords("config.report.template", {{"found", Excerpt(rep->template_id)}}));
  }
  // The overview sets several sites side by side: "sites" names them (all
  // when it is missing), and there is no single "site".
  const bool several = rep->template_id == "uebersicht" || o.has("sites");
  if (several) {
    Poco::JSON::Array::Ptr ids = o.getArray("sites");
    if (o.has("sites") && !ids) return r.Fail(path + ".sites", ConfigWords("config.report.sites"));
    for (size_t i = 0; ids && i < ids->size(); ++i) {
      std::string id = ids->get(static_cast<unsigned>(i)).toString();
      std::string p = path + ".sites[" + std::to_string(i) + "]";
      if (!site_ids.count(id))
        return r.Fail(p, ConfigWords("config.no_site", {{"id", Excerpt(id)}}));
      rep->sites.push_back(id);
    }
  } else {
    ANKER_RETURN_IF_ERROR(r.String(o, path, "site", config.sites.size() != 1, &rep->site));
    if (rep->site.empty()) rep->site = config.sites[0].id;
    if (!site_ids.count(rep->site)) {
      return r.Fail(path + ".site", ConfigWords("config.no_site", {{"id", Excerpt(rep->site)}}));
    }
  }
  rep->period = "latest-half";
  ANKER_RETURN_IF_ERROR(r.String(o, path, "period", false, &rep->period));
  ANKER_RETURN_IF_ERROR(r.String(o, path, "format", false, &rep->format));
  if (rep->format != "pdf" && rep->format != "html")
    return r.Fail(path + ".format", ConfigWords("config.report.format"));
  rep->output = several ? "berichte/" + rep->template_id + "-{period}." + rep->format
                        : "berichte/" + rep->template_id + "-{site}-{period}." + rep->format;
  ANKER_RETURN_IF_ERROR(r.String(o, path, "output", false, &rep->output));
  // Reports from the configuration land inside the workspace; writing
  // elsewhere takes an explicit `ankerbericht report -o PATH`.
  if (!IsPlainRelativePath(rep->output)) {
    return r.Fail(path + ".output",
                  ConfigWords("config.report.output", {{"found", Excerpt(rep->output)}}));
  }
  ANKER_RETURN_IF_ERROR(r.String(o, path, "lang", false, &rep->lang));
  if (rep->lang != "de" && rep->lang != "en")
    return r.Fail(path + ".lang", ConfigWords("config.report.lang"));
  return r.OptionalDate(o, path, "meeting", &rep->meeting);
}

}  // namespace

Result<WorkspaceConfig> ParseWorkspaceConfig(const std::string& json_text,
                                             const std::string& file) {
  ConfigReader r(file);
  Result<Object::Ptr> parsed = ParseJsonObject(json_text, file);
  if (!parsed.ok()) return parsed.status();
  Object::Ptr root = *parsed;

  WorkspaceConfig config;
  Status s = r.Int(*root, "$", "privacy_threshold", 1, 100, false, &config.privacy_threshold);
  if (!s.ok()) return s;
  std::set<std::string> site_ids;  // not FindSite: thousands of sites must not take quadratic time
  s = r.EachObject(*root, "$", "sites", true, [&](const Object& o, const std::string& p) {
    Site site;
    ANKER_RETURN_IF_ERROR(ReadSite(r, o, p, &site));
    if (!site_ids.insert(site.id).second)
      return r.Fail(p + ".id", ConfigWords("config.site.id_twice", {{"id", Excerpt(site.id)}}));
    config.sites.push_back(std::move(site));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (config.sites.empty()) return r.Fail("$.sites", ConfigWords("config.no_sites"));
  s = r.EachObject(*root, "$", "sources", false, [&](const Object& o, const std::string& p) {
    SourceSpec src;
    ANKER_RETURN_IF_ERROR(ReadSource(r, o, p, config, site_ids, &src));
    config.sources.push_back(std::move(src));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  s = r.EachObject(*root, "$", "reports", false, [&](const Object& o, const std::string& p) {
    ReportSpec rep;
    ANKER_RETURN_IF_ERROR(ReadReport(r, o, p, config, site_ids, &rep));
    config.reports.push_back(std::move(rep));
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return config;
}

Result<WorkspaceConfig> LoadWorkspaceConfig(const std::string& workspace_dir) {
  std::filesystem::path path = std::filesystem::path(workspace_dir) / kConfigFileName;
  if (!std::filesystem::exists(path)) {
    return Status::NotFound(
        ConfigWords("config.no_workspace", {{"path", path.string()}, {"dir", workspace_dir}}));
  }
  Result<std::string> text = ReadFile(path.string());
  if (!text.ok()) return text.status();
  Result<WorkspaceConfig> config = ParseWorkspaceConfig(*text, path.string());
  if (config.ok()) config->root = workspace_dir;
  return config;
}

}  // namespace ankerbericht
