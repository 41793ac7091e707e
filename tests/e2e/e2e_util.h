// Helpers shared by the end-to-end tests: run the binary as a user would,
// read its JSON, check PDFs with poppler and qpdf.
#ifndef ANKERBERICHT_TESTS_E2E_E2E_UTIL_H_
#define ANKERBERICHT_TESTS_E2E_E2E_UTIL_H_

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "test_util.h"

namespace ankerbericht::testing {

// Runs the binary with |args| inside |dir| and a fixed "today".
inline CommandResult Anker(const std::filesystem::path& dir, const std::string& args) {
  return RunCommand("cd '" + dir.string() + "' && ANKERBERICHT_TODAY=2026-11-21 '" + BinaryPath() +
                    "' " + args);
}

inline Poco::JSON::Object::Ptr ParseJson(const std::string& text) {
  Poco::JSON::Parser parser;
  return parser.parse(text).extract<Poco::JSON::Object::Ptr>();
}

inline double Indicator(const Poco::JSON::Object::Ptr& figures, const std::string& id,
                        const std::string& field = "value") {
  return figures->getObject("indicators")->getObject(id)->getValue<double>(field);
}

// Every font that pdffonts lists for |pdf| is embedded (and at least one is).
inline void ExpectFontsEmbedded(const std::filesystem::path& pdf) {
  CommandResult fonts = RunCommand("pdffonts '" + pdf.string() + "'");
  ASSERT_EQ(fonts.exit_code, 0);
  std::istringstream lines(fonts.out);
  std::string line;
  int n = 0, font_lines = 0;
  while (std::getline(lines, line)) {
    if (++n <= 2 || line.empty()) continue;  // two header lines
    ++font_lines;
    EXPECT_NE(line.find(" yes yes yes "), std::string::npos) << "not embedded: " << line;
  }
  EXPECT_GE(font_lines, 1);
}

inline bool HavePdfTools() {
  return HaveTool("pdftotext") && HaveTool("pdffonts") && HaveTool("qpdf") && HaveTool("pdfinfo");
}

}  // namespace ankerbericht::testing

#endif  // ANKERBERICHT_TESTS_E2E_E2E_UTIL_H_
