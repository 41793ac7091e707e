#include "render/file_kinds.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "util/strings.h"

namespace ankerbericht {

namespace fs = std::filesystem;

std::string FontProblem(const std::string& path) {
  std::error_code ec;
  const Strings& words = CliWords();
  auto problem = [&](const char* key) { return words.Format(key, {{"path", path}}); };
  if (!fs::is_regular_file(path, ec)) return problem("cli.render.font.missing");
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  if (!in.read(magic, 4)) return problem("cli.render.font.too_short");
  std::string m(magic, 4);
  if (m == std::string("\0\1\0\0", 4) || m == "true") return "";
  if (m == "OTTO") return problem("cli.render.font.cff");
  if (m == "ttcf") return problem("cli.render.font.collection");
  return problem("cli.render.font.not_truetype");
}

std::string ImageKind(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  unsigned char b[8] = {};
  if (!in.read(reinterpret_cast<char*>(b), 8)) return "";
  if (b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
  if (b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "jpeg";
  return "";
}

}  // namespace ankerbericht
