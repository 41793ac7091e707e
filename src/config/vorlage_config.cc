#include "config/vorlage_config.h"

#include <algorithm>

#include "config/config_reader.h"
#include "config/workspace_config.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

Status OptionalBool(const ConfigReader& r, const Object& o, const std::string& path,
                    const std::string& key, std::optional<bool>* out) {
  if (!o.has(key) || o.isNull(key)) return Status::Ok();
  Var v = o.get(key);
  if (!v.isBoolean())
    return r.Fail(path + "." + key, ConfigWords("config.bool", {{"found", ConfigReader::Show(v)}}));
  *out = v.convert<bool>();
  return Status::Ok();
}

// A euro amount: a number of at least 0.
Status Amount(const ConfigReader& r, const Object& o, const std::string& path, double* out) {
  std::optional<double> v;
  ANKER_RETURN_IF_ERROR(r.Number(o, path, "betrag", &v));
  if (!v) return r.Fail(path + ".betrag", ConfigWords("config.euros_missing"));
  if (*v < 0) return r.Fail(path + ".betrag", ConfigWords("config.not_negative"));
  *out = *v;
  return Status::Ok();
}

Status GoalList(const ConfigReader& r, const Object& o, const std::string& path,
                const std::string& key, std::vector<std::string>* out) {
  // A single goal area may be given as a text instead of a list.
  if (o.has(key) && o.get(key).isString()) {
    out->push_back(o.get(key).toString());
  } else {
    ANKER_RETURN_IF_ERROR(r.StringList(o, path, key, out));
  }
  for (size_t i = 0; i < out->size(); ++i) {
    bool known = false;
    std::vector<std::string> ids;
    for (const GoalArea& g : GoalAreas()) {
      known = known || (*out)[i] == g.id;
      ids.push_back(g.id);
    }
    if (!known) {
      return r.Fail(
          path + "." + key + (o.get(key).isString() ? "" : "[" + std::to_string(i) + "]"),
          ConfigWords("config.unknown_goal_area", {{"id", (*out)[i]}, {"known", Join(ids, ", ")}}));
    }
  }
  return Status::Ok();
}

Status ReadBeratung(const ConfigReader& r, const Object& o, const std::string& p, Beratung* b) {
  ANKER_RETURN_IF_ERROR(r.String(o, p, "gremium", true, &b->gremium));
  ANKER_RETURN_IF_ERROR(r.OptionalDate(o, p, "datum", &b->datum));
  ANKER_RETURN_IF_ERROR(OptionalBool(r, o, p, "oeffentlich", &b->oeffentlich));
  ANKER_RETURN_IF_ERROR(r.String(o, p, "zustaendigkeit", false, &b->zustaendigkeit));
  ANKER_RETURN_IF_ERROR(r.OptionalDate(o, p, "erledigt_am", &b->erledigt_am));
  static const char* const kRoles[] = {"Vorberatung", "Entscheidung", "Kenntnisnahme"};
  if (!b->zustaendigkeit.empty()) {
    for (const char* role : kRoles)
      if (FoldKey(b->zustaendigkeit) == FoldKey(role)) b->zustaendigkeit = role;
    if (std::none_of(std::begin(kRoles), std::end(kRoles),
                     [&](const char* k) { return b->zustaendigkeit == k; })) {
      return r.Fail(p + ".zustaendigkeit",
                    ConfigWords("config.vorlage.role", {{"found", Excerpt(b->zustaendigkeit)}}));
    }
  }
  return Status::Ok();
}

Status ReadStep(const ConfigReader& r, const Object& o, const std::string& p, RecordedStep* step) {
  ANKER_RETURN_IF_ERROR(r.String(o, p, "was", true, &step->was));
  std::string art = "sonstiges";
  ANKER_RETURN_IF_ERROR(r.String(o, p, "art", false, &art));
  static const StepKind kKinds[] = {StepKind::kLease, StepKind::kStaff, StepKind::kReview,
                                    StepKind::kPlanning, StepKind::kOther};
  bool found = false;
  for (StepKind k : kKinds) {
    if (FoldKey(art) == StepKindName(k)) {
      step->art = k;
      found = true;
    }
  }
  if (!found) {
    return r.Fail(p + ".art", ConfigWords("config.vorlage.step_kind", {{"kind", art}}));
  }
  if (!o.has("bis")) return r.Fail(p + ".bis", ConfigWords("config.vorlage.bis_missing"));
  ANKER_RETURN_IF_ERROR(r.DateValue(o.get("bis"), p + ".bis", &step->bis));
  return r.OptionalDate(o, p, "erledigt_am", &step->erledigt_am);
}

Status ReadVorlage(const ConfigReader& r, const Object& o, const std::string& p, Vorlage* v) {
  ANKER_RETURN_IF_ERROR(r.String(o, p, "nummer", false, &v->nummer));
  ANKER_RETURN_IF_ERROR(r.String(o, p, "federfuehrung", false, &v->federfuehrung));
  ANKER_RETURN_IF_ERROR(r.String(o, p, "betreff", false, &v->betreff));
  ANKER_RETURN_IF_ERROR(r.Int(o, p, "vorlauf_wochen", 0, 26, false, &v->vorlauf_wochen));
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, p, "beratungsfolge", false, [&](const Object& b, const std::string& bp) {
        Beratung beratung;
        ANKER_RETURN_IF_ERROR(ReadBeratung(r, b, bp, &beratung));
        v->beratungsfolge.push_back(std::move(beratung));
        return Status::Ok();
      }));
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, p, "termine", false, [&](const Object& t, const std::string& tp) {
        RecordedStep step;
        ANKER_RETURN_IF_ERROR(ReadStep(r, t, tp, &step));
        v->termine.push_back(std::move(step));
        return Status::Ok();
      }));
  std::stable_sort(v->termine.begin(), v->termine.end(),
                   [](const RecordedStep& a, const RecordedStep& b) { return a.bis < b.bis; });
  return Status::Ok();
}

Status ReadKosten(const ConfigReader& r, const Object& o, const std::string& p, Kosten* k) {
  ANKER_RETURN_IF_ERROR(r.String(o, p, "ab", false, &k->ab));
  ANKER_RETURN_IF_ERROR(r.String(o, p, "haushaltsstelle", false, &k->haushaltsstelle));
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, p, "posten", true, [&](const Object& i, const std::string& ip) {
        KostenPosten posten;
        ANKER_RETURN_IF_ERROR(r.String(i, ip, "art", true, &posten.art));
        ANKER_RETURN_IF_ERROR(Amount(r, i, ip, &posten.betrag));
        k->posten.push_back(std::move(posten));
        return Status::Ok();
      }));
  if (k->posten.empty()) return r.Fail(p + ".posten", ConfigWords("config.vorlage.no_cost_item"));
  return r.EachObject(o, p, "finanzierung", false, [&](const Object& i, const std::string& ip) {
    Finanzierungsanteil f;
    ANKER_RETURN_IF_ERROR(r.String(i, ip, "quelle", true, &f.quelle));
    ANKER_RETURN_IF_ERROR(Amount(r, i, ip, &f.betrag));
    std::optional<bool> stadt;
    ANKER_RETURN_IF_ERROR(OptionalBool(r, i, ip, "stadt", &stadt));
    f.stadt = stadt.value_or(false);
    k->finanzierung.push_back(std::move(f));
    return Status::Ok();
  });
}

Status ReadCustom(const ConfigReader& r, const Object& o, const std::string& p,
                  CustomIndicator* c) {
  std::string name;
  ANKER_RETURN_IF_ERROR(r.String(o, p, "id", true, &name));
  if (name.empty() ||
      name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos) {
    return r.Fail(p + ".id", ConfigWords("config.custom.id", {{"found", Excerpt(name)}}));
  }
  c->id = "custom." + name;
  ANKER_RETURN_IF_ERROR(r.String(o, p, "label", true, &c->label_de));
  c->label_en = c->label_de;
  ANKER_RETURN_IF_ERROR(r.String(o, p, "label_en", false, &c->label_en));
  ANKER_RETURN_IF_ERROR(r.String(o, p, "definition", false, &c->definition_de));
  c->definition_en = c->definition_de;
  ANKER_RETURN_IF_ERROR(r.String(o, p, "definition_en", false, &c->definition_en));
  std::string kind = "events";
  ANKER_RETURN_IF_ERROR(r.String(o, p, "kind", false, &kind));
  static const CustomKind kKinds[] = {CustomKind::kEvents, CustomKind::kParticipants,
                                      CustomKind::kParticipantsShare};
  bool found = false;
  for (CustomKind k : kKinds) {
    if (kind == CustomKindName(k)) {
      c->kind = k;
      found = true;
    }
  }
  if (!found) return r.Fail(p + ".kind", ConfigWords("config.custom.kind", {{"kind", kind}}));
  ANKER_RETURN_IF_ERROR(r.StringList(o, p, "formats", &c->formats));
  ANKER_RETURN_IF_ERROR(r.StringList(o, p, "topics", &c->topics));
  ANKER_RETURN_IF_ERROR(r.StringList(o, p, "locations", &c->locations));
  ANKER_RETURN_IF_ERROR(r.StringList(o, p, "partners", &c->partners));
  ANKER_RETURN_IF_ERROR(r.StringList(o, p, "target_groups", &c->target_groups));
  if (c->formats.empty() && c->topics.empty() && c->locations.empty() && c->partners.empty() &&
      c->target_groups.empty()) {
    return r.Fail(p, ConfigWords("config.custom.filter"));
  }
  return GoalList(r, o, p, "goals", &c->goals);
}

// "goal_evidence": {"indicators": {id: [areas]}, "themes": {theme: [areas]}}.
Status ReadEvidenceMap(const ConfigReader& r, const Object& o, const std::string& p,
                       const std::string& key,
                       std::map<std::string, std::vector<std::string>>* out) {
  Object::Ptr map = o.getObject(key);
  if (!map) {
    if (o.has(key)) return r.Fail(p + "." + key, ConfigWords("config.evidence_object"));
    return Status::Ok();
  }
  for (const std::string& id : map->getNames()) {
    std::vector<std::string> goals;
    ANKER_RETURN_IF_ERROR(GoalList(r, *map, p + "." + key, id, &goals));
    (*out)[id] = goals;
  }
  return Status::Ok();
}

}  // namespace

Status ReadVorlageBlocks(const ConfigReader& r, const Object& o, const std::string& path,
                         Site* site) {
  ANKER_RETURN_IF_ERROR(r.OptionalDate(o, path, "funding_start", &site->funding_start));
  if (o.has("vorlage")) {
    Object::Ptr v = o.getObject("vorlage");
    if (!v) return r.Fail(path + ".vorlage", ConfigWords("config.object"));
    ANKER_RETURN_IF_ERROR(ReadVorlage(r, *v, path + ".vorlage", &site->vorlage));
  }
  if (o.has("kosten")) {
    Object::Ptr k = o.getObject("kosten");
    if (!k) return r.Fail(path + ".kosten", ConfigWords("config.object"));
    ANKER_RETURN_IF_ERROR(ReadKosten(r, *k, path + ".kosten", &site->kosten));
  }
  ANKER_RETURN_IF_ERROR(
      r.EachObject(o, path, "custom_indicators", false, [&](const Object& c, const std::string& p) {
        CustomIndicator custom;
        ANKER_RETURN_IF_ERROR(ReadCustom(r, c, p, &custom));
        if (site->FindCustom(custom.id))
          return r.Fail(p + ".id",
                        ConfigWords("config.used_twice", {{"id", Excerpt(custom.id.substr(7))}}));
        site->custom_indicators.push_back(std::move(custom));
        return Status::Ok();
      }));
  if (o.has("goal_evidence")) {
    Object::Ptr e = o.getObject("goal_evidence");
    if (!e) return r.Fail(path + ".goal_evidence", ConfigWords("config.object"));
    ANKER_RETURN_IF_ERROR(
        ReadEvidenceMap(r, *e, path + ".goal_evidence", "indicators", &site->evidence_indicators));
    ANKER_RETURN_IF_ERROR(
        ReadEvidenceMap(r, *e, path + ".goal_evidence", "themes", &site->evidence_themes));
  }
  return Status::Ok();
}

}  // namespace ankerbericht
