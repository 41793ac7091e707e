// Keeps what the configuration and the templates name inside the workspace:
// a site id becomes part of a file name, a template's Markdown file is read
// into a public report, a configured output path is written to. None of them
// may reach outside the workspace folder (docs/templates.md, "Files and
// paths stay inside the workspace").
// Only a path the user types on the command line may point anywhere.
#ifndef ANKERBERICHT_UTIL_WORKSPACE_PATH_H_
#define ANKERBERICHT_UTIL_WORKSPACE_PATH_H_

#include <filesystem>
#include <string>
#include <string_view>

#include "util/status.h"

namespace ankerbericht {

// Whether |id| may name a site or a template: 1 to 64 ASCII letters, digits,
// '-' and '_'. Such an id is safe inside a file name ("{site}" in an output
// path): no '/', no "..", no spaces.
bool IsPlainId(std::string_view id);

// Whether |path| is a relative path that stays below the folder it is taken
// from: not empty, not absolute, no ".." part. A lexical check for values in
// the configuration, before any workspace folder is known.
bool IsPlainRelativePath(std::string_view path);

// |relative| taken inside |root|: returns root/relative. Fails with kConfig
// ("\"../x\" lies outside the workspace folder") when |relative| is absolute
// or, once ".." parts and existing symbolic links are resolved, does not lie
// inside |root|. Callers add the file and JSON path to the message.
Result<std::filesystem::path> ResolveInside(const std::string& root, const std::string& relative);

// What a document may show of a stored file name: a workspace-relative path
// as it is; of an absolute path, or one leading outside with "..", only the
// last part ("/home/anna/Downloads/zaehler.csv" -> "zaehler.csv"), so that no
// user name or folder layout ever reaches a report.
std::string PathForDocument(const std::string& stored);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_UTIL_WORKSPACE_PATH_H_
