#include "evaluate/period_reader.h"

#include "store/store.h"

namespace ankerbericht {

Status PeriodReader::ReadAhead(const Period& window) {
  ahead_.reset();
  ahead_notes_.reset();
  Result<PeriodData> data = LoadPeriodData(store_, *site_, window);
  if (!data.ok()) return data.status();
  // Notes count from the very first one (an action decided years ago and
  // ticked now), so they are read from the beginning.
  Result<std::vector<Note>> notes = store_->Notes(site_->id, Date(1900, 1, 1), window.to);
  if (!notes.ok()) return notes.status();
  ahead_ = std::move(*data);
  ahead_notes_ = std::move(*notes);
  return Status::Ok();
}

const PeriodData* PeriodReader::Covering(const Period& period) const {
  if (!ahead_ || period.from < ahead_->period.from || ahead_->period.to < period.to) return nullptr;
  return &*ahead_;
}

Result<PeriodData> PeriodReader::Read(const Period& period) const {
  if (const PeriodData* all = Covering(period)) return SlicePeriodData(*all, period);
  return LoadPeriodData(store_, *site_, period);
}

Result<std::vector<FeedbackResponse>> PeriodReader::Feedback(const Period& period) const {
  if (const PeriodData* all = Covering(period)) return RecordsIn(all->feedback, period);
  return store_->Feedback(site_->id, period.from, period.to);
}

Result<std::vector<Event>> PeriodReader::Events(const Period& period) const {
  if (const PeriodData* all = Covering(period)) return RecordsIn(all->events, period);
  return store_->Events(site_->id, period.from, period.to);
}

Result<std::vector<Note>> PeriodReader::Notes(Date from, Date to) const {
  if (ahead_notes_ && to <= ahead_->period.to) return RecordsIn(*ahead_notes_, from, to);
  return store_->Notes(site_->id, from, to);
}

}  // namespace ankerbericht
