// The staff names a public report leaves out: taken from the notes' authors
// and the owners of their actions, full and by first name.
#include "evaluate/qualitative.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace ankerbericht {
namespace {

TEST(StaffNamesTest, AuthorsAndOwnersFullAndByFirstName) {
  Note reflection;
  reflection.authors = {"Anna M.", " Jonas K. "};
  NoteAction poster;
  poster.owner = "Leonie";
  NoteAction chairs;  // no owner
  reflection.actions = {poster, chairs};
  Note interview;
  interview.authors = {"Jo", "@Marek"};  // "Jo" is too short to replace safely
  std::vector<std::string> names = StaffNames({reflection, interview});
  for (const char* name : {"Anna M.", "Anna", "Jonas K.", "Jonas", "Leonie", "Marek"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
  EXPECT_EQ(std::find(names.begin(), names.end(), "Jo"), names.end());
  // Longest first, so "Anna M." is replaced whole before "Anna".
  auto full = std::find(names.begin(), names.end(), "Anna M.");
  auto first = std::find(names.begin(), names.end(), "Anna");
  EXPECT_LT(full, first);
}

}  // namespace
}  // namespace ankerbericht
