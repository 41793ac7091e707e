#include "util/workspace_path.h"

#include <algorithm>

#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace fs = std::filesystem;

bool IsPlainId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '-' || ch == '_';
  });
}

bool IsPlainRelativePath(std::string_view path) {
  if (path.empty()) return false;
  // Both separators count: a Windows-made configuration may say "..\x".
  if (path[0] == '/' || path[0] == '\\') return false;
  if (path.size() > 1 && path[1] == ':') return false;  // "C:\..."
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = path.size();
    if (path.substr(start, end - start) == "..") return false;
    start = end + 1;
  }
  return true;
}

Result<fs::path> ResolveInside(const std::string& root, const std::string& relative) {
  auto outside = [&] {
    return Status::Config(
        CliWords().Format("cli.file.outside_workspace", {{"path", Excerpt(relative)}}));
  };
  if (relative.empty() || fs::path(relative).is_absolute()) return outside();
  std::error_code ec;
  // weakly_canonical resolves the symbolic links that exist and the ".."
  // parts of the rest, so "texte/../../x" and a link to /etc are both caught.
  fs::path base = fs::weakly_canonical(fs::absolute(root.empty() ? "." : root, ec), ec);
  if (ec) {
    return Status::IOError(CliWords().Format("cli.file.cannot_resolve_workspace",
                                             {{"path", root}, {"reason", ec.message()}}));
  }
  fs::path target = fs::weakly_canonical(base / relative, ec);
  if (ec) return outside();
  auto [b, t] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
  // "base/" ends in an empty part; everything before it must match.
  bool inside = b == base.end() || (b->empty() && std::next(b) == base.end());
  if (!inside || target == base) return outside();
  return (root.empty() ? fs::path(relative) : fs::path(root) / relative);
}

std::string PathForDocument(const std::string& stored) {
  if (IsPlainRelativePath(stored)) return stored;
  std::string name = fs::path(stored).filename().string();
  // "C:\Users\anna\x.csv" has no '/' for fs::path on Linux.
  size_t slash = name.find_last_of('\\');
  if (slash != std::string::npos) name = name.substr(slash + 1);
  return name;
}

}  // namespace ankerbericht
