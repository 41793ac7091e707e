// Data minimisation at the door: e-mail addresses and phone numbers that
// people typed into free text (a feedback comment, a wish, a note) are removed
// before a record is stored, so the database never holds them. Names are not
// touched here; the evaluation scrubs configured names from quotes
// (evaluate/scrub.h). See docs/input-formats.md, "Contact data in free text".
#ifndef ANKERBERICHT_IMPORT_CONTACT_SCRUB_H_
#define ANKERBERICHT_IMPORT_CONTACT_SCRUB_H_

#include <vector>

#include "import/importer.h"
#include "model/records.h"

namespace ankerbericht {

// Replaces e-mail addresses and phone numbers (util/contact_data.h) with "[…]"
// in every free-text field of |batch|: feedback answers, event titles, formats,
// topics, target groups, speakers, partners and locations, note titles,
// authors, sections and actions, and wishes. Ids, dates, counts and sensor
// names stay as they are. Returns how many were replaced.
int ScrubContactData(ImportBatch* batch);

// The same for the values and messages of refused rows, which are stored with
// the file and repeat what the row held.
int ScrubContactData(std::vector<Rejection>* rejections);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_CONTACT_SCRUB_H_
