// How the store packs lists and maps into single TEXT columns.
//
// Lists become JSON arrays of strings, maps JSON objects of integers. The
// encoder escapes only what JSON requires ('"', '\\' and control bytes) and
// copies every other byte as it is, so any byte string round-trips exactly --
// even text that is not valid UTF-8, which a strict JSON library would reject
// or mangle. For valid UTF-8 the result is plain JSON that SQLite's json_*()
// functions can read when someone inspects the database by hand.
#ifndef ANKERBERICHT_STORE_CODEC_H_
#define ANKERBERICHT_STORE_CODEC_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ankerbericht::store_internal {

std::string EncodeStringList(const std::vector<std::string>& items);
// nullopt if |text| is not a JSON array of strings.
std::optional<std::vector<std::string>> DecodeStringList(std::string_view text);

std::string EncodeCountMap(const std::map<std::string, int64_t>& counts);
// nullopt if |text| is not a JSON object of integers.
std::optional<std::map<std::string, int64_t>> DecodeCountMap(std::string_view text);

}  // namespace ankerbericht::store_internal

#endif  // ANKERBERICHT_STORE_CODEC_H_
