#include "import/contact_scrub.h"

#include "util/contact_data.h"

namespace ankerbericht {

namespace {

int Scrub(std::string* text) { return text->empty() ? 0 : RemoveContactData(text); }

int Scrub(std::vector<std::string>* texts) {
  int n = 0;
  for (std::string& t : *texts) n += Scrub(&t);
  return n;
}

}  // namespace

int ScrubContactData(ImportBatch* batch) {
  int n = 0;
  for (FeedbackResponse& r : batch->feedback) {
    // Scale answers ("4", "stimme zu") hold no contact data; only free text
    // ever changes.
    for (auto& [item, answer] : r.answers) n += Scrub(&answer);
  }
  for (Event& e : batch->events) {
    n += Scrub(&e.title) + Scrub(&e.format) + Scrub(&e.location) + Scrub(&e.topics) +
         Scrub(&e.target_groups) + Scrub(&e.speakers) + Scrub(&e.partners);
  }
  for (Note& note : batch->notes) {
    n += Scrub(&note.title) + Scrub(&note.authors);
    for (NoteSection& s : note.sections) n += Scrub(&s.title) + Scrub(&s.text);
    for (NoteAction& a : note.actions) n += Scrub(&a.text) + Scrub(&a.owner);
  }
  for (Vote& v : batch->votes) n += Scrub(&v.wish);
  return n;
}

int ScrubContactData(std::vector<Rejection>* rejections) {
  int n = 0;
  for (Rejection& r : *rejections) n += Scrub(&r.value) + Scrub(&r.message);
  return n;
}

}  // namespace ankerbericht
