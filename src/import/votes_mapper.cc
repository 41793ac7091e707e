// Votes: sticker dots (Klebepunkte) on a board of wishes.
#include "import/table_mapper.h"

namespace ankerbericht {

namespace {

void MapVoteRow(RowReader* row, const ColumnMap&, const ImportContext& ctx, std::set<std::string>*,
                ImportBatch* batch) {
  Vote v;
  v.line = row->line();
  std::optional<Date> d = row->RequiredDate("date");
  if (!d) return;
  v.date = *d;
  row->CheckDateInLifetime("date", *d, ctx, false);
  v.wish = row->RequiredText("wish");
  std::optional<int64_t> dots = row->Count("dots", true, 10000);
  if (row->failed()) return;
  v.dots = *dots;
  batch->votes.push_back(std::move(v));
}

}  // namespace

const TableKind& VotesTable() {
  // input vocabulary: the header names each field is recognised by
  static const TableKind kKind = {
      {
          {"date", {"Datum", "Date"}, true},
          {"wish", {"Wunsch", "Wünsche", "Idee", "Gerät", "Vorschlag", "Wish", "Item"}, true},
          {"dots", {"Punkte", "Klebepunkte", "Stimmen", "Anzahl Punkte", "Dots", "Votes"}, true},
      },
      nullptr,
      MapVoteRow,
  };
  // end of input vocabulary
  return kKind;
}

}  // namespace ankerbericht
