// The records of one site for the several periods one evaluation looks at
// (the period, its comparison periods, every half-year of the history, the
// time since the first data), read from the store once. A half-yearly
// report read its feedback seven times and the same half-year three times;
// cutting the periods from one read of the whole span gives the same records
// in the same order (SlicePeriodData) at a fraction of the cost.
#ifndef ANKERBERICHT_EVALUATE_PERIOD_READER_H_
#define ANKERBERICHT_EVALUATE_PERIOD_READER_H_

#include <optional>
#include <vector>

#include "evaluate/period_data.h"
#include "model/period.h"
#include "model/records.h"
#include "model/site.h"
#include "util/status.h"

namespace ankerbericht {

class Store;  // store/store.h

class PeriodReader {
 public:
  // Reads nothing yet; |store| and |site| must outlive the reader.
  PeriodReader(Store* store, const Site& site) : store_(store), site_(&site) {}

  // Reads every record of |window| at once: later reads of periods inside it
  // are cut from these. Fails with kDatabase (the reader then reads each
  // period from the store, as without this call).
  Status ReadAhead(const Period& window);

  // The records read ahead, when their window holds all of |period|; else
  // nullptr.
  const PeriodData* Covering(const Period& period) const;

  // The records of |period|, as LoadPeriodData(store, site, period) gives
  // them. Fails with kDatabase.
  Result<PeriodData> Read(const Period& period) const;

  // Only the feedback, events or notes of |period| (dated from |period|.from
  // to |period|.to, in the store's order). Fail with kDatabase.
  Result<std::vector<FeedbackResponse>> Feedback(const Period& period) const;
  Result<std::vector<Event>> Events(const Period& period) const;
  Result<std::vector<Note>> Notes(Date from, Date to) const;

 private:
  Store* store_;
  const Site* site_;
  std::optional<PeriodData> ahead_;
  std::optional<std::vector<Note>> ahead_notes_;  // every note up to ahead_'s end
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_EVALUATE_PERIOD_READER_H_
