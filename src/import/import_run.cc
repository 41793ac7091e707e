#include "import/import_run.h"

#include <algorithm>
#include <map>
#include <memory>

#include "import/contact_scrub.h"
#include "import/presets.h"
#include "import/visit_overlaps.h"
#include "import/visit_series.h"
#include "store/import_session.h"
#include "util/contact_data.h"
#include "util/strings.h"

namespace ankerbericht {

namespace {

// Records kept for import --dry-run to show.
constexpr size_t kSampleRecords = 10;

template <typename T>
void AppendSome(const std::vector<T>& from, std::vector<T>* to, size_t* room) {
  for (size_t i = 0; i < from.size() && *room > 0; ++i, --*room) to->push_back(from[i]);
}

void KeepSample(const ImportBatch& chunk, ImportBatch* sample) {
  size_t room = kSampleRecords - std::min(kSampleRecords, sample->size());
  AppendSome(chunk.visits, &sample->visits, &room);
  AppendSome(chunk.tallies, &sample->tallies, &room);
  AppendSome(chunk.events, &sample->events, &room);
  AppendSome(chunk.feedback, &sample->feedback, &room);
  AppendSome(chunk.notes, &sample->notes, &room);
  AppendSome(chunk.votes, &sample->votes, &room);
}

// May a chunk end between readings |a| and |b|? Not inside one sensor's day
// (its readings are compared with each other in memory) nor inside the hour
// repeated when daylight saving time ends (its two passes are added up).
bool MayCutBetween(const VisitCount& a, const VisitCount& b) {
  if (a.sensor == b.sensor && a.start.date == b.start.date) return false;
  return !(InRepeatedDstHour(a.start) && InRepeatedDstHour(b.start));
}

class ChunkWriter : public RecordSink {
 public:
  ChunkWriter(ImportSession* session, const std::string& file, size_t chunk_records,
              std::function<void(int64_t)> progress)
      : session_(session),
        file_(file),
        chunk_records_(chunk_records),
        progress_(std::move(progress)) {}

  size_t chunk_records() const override { return chunk_records_; }

  Status Take(ImportOutcome* outcome) override {
    std::vector<VisitCount>& visits = outcome->batch.visits;
    // Intervals are inferred from the whole batch, the tail included: the
    // more readings of a sensor, the surer its spacing.
    DecideVisitIntervals(&series_, visits, /*final=*/false);
    size_t cut = visits.size();
    while (cut > 1 && !MayCutBetween(visits[cut - 2], visits[cut - 1])) --cut;
    if (cut <= 1)
      cut = visits.size();  // no place to cut: one sensor-day this long is written whole
    else
      --cut;
    std::vector<VisitCount> tail(
        std::make_move_iterator(visits.begin() + static_cast<std::ptrdiff_t>(cut)),
        std::make_move_iterator(visits.end()));
    // Readings of a sensor seen at one time only (no spacing yet) and the
    // crossings of an hour that may go on wait for the next chunk, unless so
    // many wait that the file would be held in memory.
    std::vector<char> hold = ReadingsToHold(series_, visits, cut);
    visits.resize(cut);
    if (static_cast<size_t>(std::count(hold.begin(), hold.end(), 1)) <= chunk_records_ / 2) {
      std::vector<VisitCount> waiting;
      size_t w = 0;
      for (size_t i = 0; i < visits.size(); ++i) {
        if (hold[i]) {
          waiting.push_back(std::move(visits[i]));
        } else {
          if (w != i) visits[w] = std::move(visits[i]);
          ++w;
        }
      }
      visits.resize(w);
      tail.insert(tail.begin(), std::make_move_iterator(waiting.begin()),
                  std::make_move_iterator(waiting.end()));
    }
    Status s = Flush(outcome);
    for (VisitCount& v : tail) visits.push_back(std::move(v));
    return s;
  }

  // Writes whatever the batch still holds.
  Status Flush(ImportOutcome* outcome) {
    ImportBatch& batch = outcome->batch;
    if (!batch.visits.empty()) SettleVisitSeries(&series_, outcome);
    if (!batch.visits.empty()) {
      Result<std::vector<std::pair<size_t, StoredVisit>>> stored =
          session_->OverlappingVisits(batch.visits);
      if (!stored.ok()) return stored.status();
      std::vector<EarlierReading> earlier;
      earlier.reserve(stored->size());
      for (const auto& [index, s] : *stored) {
        earlier.push_back(
            {index, s.this_file ? "" : s.path, s.line, s.in, s.out, s.minute, s.interval_minutes});
      }
      ResolveVisitChunk(earlier, &tally_, outcome);
    }
    if (!batch.feedback.empty()) ANKER_RETURN_IF_ERROR(DropKnownResponses(outcome));
    if (batch.size() == 0) return Status::Ok();
    outcome->contacts_removed += ScrubContactData(&batch);
    KeepSample(batch, &outcome->sample);
    Status written = session_->Write(batch);
    if (!written.ok()) return written.WithContext(file_);
    outcome->records_passed_on += static_cast<int64_t>(batch.size());
    batch = ImportBatch();
    if (progress_) progress_(outcome->records_passed_on);
    return Status::Ok();
  }

  const OverlapTally& tally() const { return tally_; }
  const SeriesTally& series() const { return series_; }

  // "12 Antwort(en) wurden schon aus a.csv eingelesen ...", one per file.
  void AddResponseNotices(ImportOutcome* outcome) const {
    const Preset* preset = FindPreset(outcome->format);
    const char* key = preset && preset->fingerprint_ids ? "import.notice.responses_known_by_answers"
                                                        : "import.notice.responses_known_by_id";
    for (const auto& [file, n] : responses_from_) {
      outcome->notices.push_back(
          CliWords().Format(key, {{"n", std::to_string(n)}, {"file", file}}));
    }
  }

 private:
  // A survey tool gives every response an id of its own; the same export
  // saved twice, or "all responses" exported again next month, holds
  // responses that are already stored. They count once, like repeated
  // counter readings. A tool without ids (Google Forms) gets one made of
  // the submission time and the answers. Transcribed paper forms are
  // numbered per stack, so their numbers say nothing across files.
  Status DropKnownResponses(ImportOutcome* outcome) {
    const Preset* preset = FindPreset(outcome->format);
    if (!preset || !preset->digital) return Status::Ok();
    std::vector<FeedbackResponse>& responses = outcome->batch.feedback;
    std::vector<std::string> ids;
    ids.reserve(responses.size());
    for (const FeedbackResponse& r : responses) ids.push_back(r.response_id);
    Result<std::map<std::string, StoredResponse>> known =
        session_->KnownResponses(outcome->format, ids);
    if (!known.ok()) return known.status();
    if (known->empty()) return Status::Ok();
    size_t w = 0;
    for (size_t i = 0; i < responses.size(); ++i) {
      auto it = known->find(responses[i].response_id);
      if (it != known->end()) {
        ++responses_from_[it->second.path];
        continue;
      }
      if (w != i) responses[w] = std::move(responses[i]);
      ++w;
    }
    responses.resize(w);
    return Status::Ok();
  }

  ImportSession* session_;
  std::string file_;
  size_t chunk_records_;
  std::function<void(int64_t)> progress_;
  OverlapTally tally_;
  SeriesTally series_;
  std::map<std::string, int> responses_from_;  // file -> responses counted once
};

}  // namespace

Result<ImportAction> RunImport(Store* store, const ImporterInfo& importer, const InputSource& input,
                               const ImportContext& given, SourceFile file,
                               const RunOptions& options, ImportOutcome* outcome, bool* refused) {
  *refused = false;
  Result<std::unique_ptr<ImportSession>> session = store->BeginImport(file, options.reread);
  if (!session.ok()) return session.status();
  if ((*session)->action() == ImportAction::kUnchanged) return ImportAction::kUnchanged;

  ChunkWriter writer(session->get(), given.file, options.chunk_records, options.progress);
  ImportContext ctx = given;
  ctx.sink = &writer;
  ANKER_RETURN_IF_ERROR(importer.import(input, ctx, outcome));
  ANKER_RETURN_IF_ERROR(writer.Flush(outcome));
  AddOverlapNotices(writer.tally(), outcome);
  AddSeriesNotices(writer.series(), outcome);
  writer.AddResponseNotices(outcome);
  // Chunks add their conflicts as they go; the user reads them in file order.
  std::stable_sort(outcome->rejected.begin(), outcome->rejected.end(),
                   [](const Rejection& a, const Rejection& b) { return a.line < b.line; });
  // Refused rows are stored with the file: what they quote is minimised too.
  outcome->contacts_removed += ScrubContactData(&outcome->rejected);
  if (outcome->contacts_removed > 0) {
    outcome->notices.push_back(CliWords().Format(
        "import.notice.contacts_removed",
        {{"n", std::to_string(outcome->contacts_removed)}, {"mark", kRedaction}}));
  }

  if (options.strict && !outcome->rejected.empty()) {
    *refused = true;  // the session rolls back: nothing of the file is kept
    return (*session)->action();
  }
  if (options.dry_run) return (*session)->action();

  file.format = outcome->format;
  file.encoding = outcome->encoding;
  file.rows_read = outcome->rows_read;
  file.rows_imported = outcome->accepted();
  file.rows_rejected = static_cast<int64_t>(outcome->rejected.size());
  file.rejected_text.clear();
  for (const Rejection& r : outcome->rejected) file.rejected_text += r.ToString(given.file) + "\n";
  Result<ImportAction> action = (*session)->Commit(file);
  if (!action.ok()) return action.status().WithContext(given.file);
  return action;
}

}  // namespace ankerbericht
