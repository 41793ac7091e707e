#include "render/file_kinds.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace ankerbericht {

namespace fs = std::filesystem;

std::string FontProblem(const std::string& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return "font file not found: " + path;
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  if (!in.read(magic, 4)) return "not a TrueType font (file too short): " + path;
  std::string m(magic, 4);
  if (m == std::string("\0\1\0\0", 4) || m == "true") return "";
  if (m == "OTTO") return "not a TrueType font (OpenType with CFF outlines): " + path;
  if (m == "ttcf") return "not a TrueType font (a font collection): " + path;
  return "not a TrueType font: " + path;
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
