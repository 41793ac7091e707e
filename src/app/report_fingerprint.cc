#include "app/report_fingerprint.h"

#include <filesystem>
#include <set>
#include <sstream>

#include "config/qualitative_files.h"
#include "config/success_factors.h"
#include "util/sha256.h"

namespace ankerbericht {

namespace fs = std::filesystem;

namespace {

// "<name> <sha-256>", or "<name> -" for a file that is not there (or not
// readable: the rendering would not use it either).
std::string FileLine(const std::string& name, const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return name + " -";
  Result<std::string> hash = HashFile(path.string());
  return name + " " + (hash.ok() ? *hash : std::string("-"));
}

// A rebuilt binary may lay out or word a report differently under the same
// version number, so its size and time count too; reading its 2-5 MB for a
// checksum would cost more than the rendering it saves.
std::string ProgramLine() {
  std::string line = "program " ANKERBERICHT_VERSION;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return line;
  const auto size = fs::file_size(self, ec);
  if (!ec) line.append(" ").append(std::to_string(size));
  const auto time = fs::last_write_time(self, ec);
  if (!ec) line.append(" ").append(std::to_string(time.time_since_epoch().count()));
  return line;
}

}  // namespace

Result<std::string> ReportFingerprintText(Workspace* ws, const ReportInputs& in) {
  const ReportSpec& spec = *in.spec;
  const fs::path dir = ws->dir;
  std::ostringstream out;
  out << ProgramLine() << "\n";
  out << "report " << spec.template_id << " " << spec.lang << " " << spec.format << " "
      << (spec.internal ? "internal" : "public") << " " << spec.period << " "
      << (spec.meeting ? spec.meeting->ToIso() : std::string("-")) << "\n";
  out << "period " << in.period.id << " today " << in.today.ToIso() << "\n";
  out << FileLine("template", in.template_file) << "\n";
  for (const char* name :
       {kConfigFileName, kCodebookFileName, kQuoteChoicesFileName, kSuccessFactorsFileName})
    out << FileLine(name, dir / name) << "\n";
  std::set<std::string> site_ids;
  for (const Site* site : in.sites) site_ids.insert(site->id);
  for (const std::string& text : in.team_texts) {
    out << FileLine("text " + text, dir / text) << "\n";
    // A site's own folder of texts replaces the shared one (document/build_context.cc,
    // ReadTeamText).
    const fs::path shared(text);
    for (const std::string& id : site_ids) {
      const fs::path own = shared.parent_path() / id / shared.filename();
      out << FileLine("text " + own.string(), dir / own) << "\n";
    }
  }
  for (const Site* site : in.sites) {
    const Branding& brand = site->branding;
    for (const std::string& file : {brand.logo, brand.font_regular, brand.font_bold})
      if (!file.empty()) out << FileLine("branding " + file, dir / file) << "\n";
  }
  Result<std::vector<SourceFile>> files = ws->store->Files();
  if (!files.ok()) return files.status();
  for (const SourceFile& f : *files) {
    if (!site_ids.count(f.site)) continue;
    out << "data " << InputKindName(f.kind) << " " << f.path << " " << f.hash << " " << f.format
        << " " << f.encoding << " " << f.rows_read << " " << f.rows_imported << " "
        << f.rows_rejected << " " << f.imported_at << "\n";
  }
  return out.str();
}

Result<std::string> ReportFingerprint(Workspace* ws, const ReportInputs& inputs) {
  Result<std::string> text = ReportFingerprintText(ws, inputs);
  if (!text.ok()) return text.status();
  Sha256 sha;
  sha.Update(*text);
  return sha.HexDigest();
}

}  // namespace ankerbericht
