#include "import/text_decoding.h"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "util/sha256.h"
#include "util/strings.h"
#include "util/text.h"

namespace ankerbericht {

namespace {

constexpr size_t kChunkBytes = 256 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";

void ConvertCp1252(std::string_view bytes, std::string* out) {
  // Not UTF-8: German Excel's "CSV (Trennzeichen-getrennt)" writes
  // Windows-1252, a superset of Latin-1 for the printable range. One byte is
  // one character, so chunks convert independently.
  Poco::Windows1252Encoding cp1252;
  Poco::UTF8Encoding utf8;
  Poco::TextConverter converter(cp1252, utf8);
  converter.convert(bytes.data(), static_cast<int>(bytes.size()), *out);
}

// The bytes at the end of |s| that begin a UTF-8 sequence the chunk cuts off
// (0 when the chunk ends on a character boundary).
size_t CutOffSequence(std::string_view s) {
  for (size_t back = 1; back <= 3 && back <= s.size(); ++back) {
    unsigned char c = static_cast<unsigned char>(s[s.size() - back]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    size_t len = c < 0x80             ? 1
                 : (c & 0xE0) == 0xC0 ? 2
                 : (c & 0xF0) == 0xE0 ? 3
                 : (c & 0xF8) == 0xF0 ? 4
                                      : 1;
    return len > back ? back : 0;
  }
  return 0;
}

// The length of the valid UTF-8 character at s[i] (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or 0 if there is none.
size_t CharLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = at(i);
  if (c < 0x80) return 1;
  size_t len = c >= 0xC2 && c <= 0xDF   ? 2
               : c >= 0xE0 && c <= 0xEF ? 3
               : c >= 0xF0 && c <= 0xF4 ? 4
                                        : 0;
  if (len == 0 || i + len > s.size()) return 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
  if (c == 0xE0) lo = 0xA0;
  if (c == 0xED) hi = 0x9F;
  if (c == 0xF0) lo = 0x90;
  if (c == 0xF4) hi = 0x8F;
  if (at(i + 1) < lo || at(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k)
    if ((at(i + k) & 0xC0) != 0x80) return 0;
  return len;
}

// What the bytes of a file say about their encoding, gathered piece by piece.
struct Utf8Evidence {
  int64_t multibyte = 0;  // valid characters beyond ASCII
  int line = 1;
  bool replacement = false;  // an U+FFFD among them
  std::vector<InvalidByte> invalid_bytes;
  int64_t invalid_count = 0;

  // Reads |s|, which ends on a character boundary (or at the end of the file).
  //
  // A counter export is almost all ASCII: runs of it are skipped eight bytes
  // at a time, and lines are counted only up to a byte that needs naming.
  void Add(std::string_view s) {
    size_t counted = 0;  // s[0, counted) is in |line|
    for (size_t i = 0; i < s.size();) {
      i = SkipAscii(s, i);
      if (i >= s.size()) break;
      unsigned char c = static_cast<unsigned char>(s[i]);
      size_t len = CharLength(s, i);
      if (len == 0) {
        if (invalid_bytes.size() < kNamedInvalidBytes) {
          line += static_cast<int>(std::count(s.begin() + static_cast<std::ptrdiff_t>(counted),
                                              s.begin() + static_cast<std::ptrdiff_t>(i), '\n'));
          counted = i;
          invalid_bytes.push_back({line, c});
        }
        ++invalid_count;
        ++i;
        continue;
      }
      ++multibyte;
      replacement = replacement || s.compare(i, len, kReplacementChar) == 0;
      i += len;
    }
    line += static_cast<int>(
        std::count(s.begin() + static_cast<std::ptrdiff_t>(counted), s.end(), '\n'));
  }

  // The first byte at or after |i| that is not ASCII (or s.size()).
  static size_t SkipAscii(std::string_view s, size_t i) {
    constexpr uint64_t kHighBits = 0x8080808080808080ULL;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (word & kHighBits) break;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
  }

  // UTF-8 with stray bytes, or Windows-1252? A valid multi-byte character is
  // strong evidence: German Windows-1252 text almost never forms one ("Ã¶"),
  // while a stray byte in a UTF-8 file is a common accident. So at least as
  // many valid characters as bad bytes make a UTF-8 file: "Kapazität" with one
  // stray byte stays UTF-8, and so does "Gr\xC3\xB6\xC3" (a tie).
  bool IsUtf8() const { return invalid_count == 0 || multibyte >= invalid_count; }
};

// Appends |s| to |out| with every byte that begins no valid character
// replaced by U+FFFD.
void AppendRepaired(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  size_t from = 0;
  for (size_t i = 0; i < s.size();) {
    size_t len = CharLength(s, i);
    if (len > 0) {
      i += len;
      continue;
    }
    out->append(s.substr(from, i - from));
    out->append(kReplacementChar);
    from = ++i;
  }
  out->append(s.substr(from));
}

Status ReadError(const std::string& path) {
  return Status::IOError(
      path + ": " +
      CliWords().Format("import.file.read_failed", {{"reason", std::strerror(errno)}}));
}

}  // namespace

DecodedText DecodeText(std::string bytes) {
  DecodedText out;
  bool bom = bytes.size() >= 3 && bytes.compare(0, 3, kBom) == 0;
  if (bom) bytes.erase(0, 3);
  Utf8Evidence evidence;
  evidence.Add(bytes);
  if (bom || evidence.IsUtf8()) {
    out.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
    out.has_replacement_chars = evidence.replacement;
    out.invalid_bytes = std::move(evidence.invalid_bytes);
    out.invalid_count = evidence.invalid_count;
    if (evidence.invalid_count == 0) {
      out.text = std::move(bytes);
    } else {
      AppendRepaired(bytes, &out.text);
    }
  } else {
    ConvertCp1252(bytes, &out.text);
    out.encoding = "Windows-1252";
  }
  return out;
}

Result<FileEncoding> SniffFileEncoding(const std::string& path) {
  return SniffFileEncoding(path, nullptr);
}

Result<ScannedFile> ScanFile(const std::string& path) {
  Sha256 sha;
  Result<FileEncoding> enc = SniffFileEncoding(path, &sha);
  if (!enc.ok()) return enc.status();
  return ScannedFile{sha.HexDigest(), std::move(*enc)};
}

Result<FileEncoding> SniffFileEncoding(const std::string& path, Sha256* sha) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f)
    return Status::IOError(
        path + ": " +
        CliWords().Format("import.file.cannot_open", {{"reason", std::strerror(errno)}}));
  std::string buf(kChunkBytes, '\0');
  // |carry| holds a character cut at a chunk boundary (up to 3 bytes): it is
  // checked whole with the next chunk, so a U+FFFD is never split either.
  std::string carry;
  bool first = true, bom = false;
  Utf8Evidence evidence;
  for (;;) {
    size_t n = std::fread(buf.data(), 1, buf.size(), f);
    if (n == 0) break;
    if (sha) sha->Update(std::string_view(buf.data(), n));
    std::string text = carry;
    text.append(buf.data(), n);
    size_t skip = 0;
    if (first && text.size() >= 3 && text.compare(0, 3, kBom) == 0) {
      bom = true;
      skip = 3;
    }
    first = false;
    std::string_view view(text);
    view.remove_prefix(skip);
    size_t cut = CutOffSequence(view);
    evidence.Add(view.substr(0, view.size() - cut));
    carry.assign(view.substr(view.size() - cut));
  }
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return ReadError(path);
  evidence.Add(carry);  // the file ends inside a character: those bytes are no UTF-8
  FileEncoding enc;
  if (bom || evidence.IsUtf8()) {
    enc.encoding = bom ? "UTF-8 (BOM)" : "UTF-8";
    // Windows-1252 never yields U+FFFD: the byte sequence EF BF BD reads as
    // three letters in that encoding.
    enc.has_replacement_chars = evidence.replacement;
    enc.invalid_bytes = std::move(evidence.invalid_bytes);
    enc.invalid_count = evidence.invalid_count;
  } else {
    enc.encoding = "Windows-1252";
  }
  return enc;
}

Result<std::unique_ptr<DecodingFileReader>> DecodingFileReader::Open(const std::string& path,
                                                                     const FileEncoding& encoding) {
  std::unique_ptr<DecodingFileReader> reader(new DecodingFileReader());
  reader->file_ = std::fopen(path.c_str(), "rb");
  if (!reader->file_)
    return Status::IOError(
        path + ": " +
        CliWords().Format("import.file.cannot_open", {{"reason", std::strerror(errno)}}));
  reader->cp1252_ = encoding.encoding == "Windows-1252";
  reader->repair_ = !reader->cp1252_ && encoding.invalid_count > 0;
  return reader;
}

DecodingFileReader::~DecodingFileReader() {
  if (file_) std::fclose(file_);
}

bool DecodingFileReader::Read(std::string* chunk) {
  chunk->clear();
  if (!file_) return false;
  std::string& target = cp1252_ || repair_ ? raw_ : *chunk;
  target.resize(kChunkBytes);
  size_t n = std::fread(target.data(), 1, target.size(), file_);
  target.resize(n);
  if (n == 0) {
    if (std::ferror(file_))
      error_ = CliWords().Format("import.file.read_failed", {{"reason", std::strerror(errno)}});
    std::fclose(file_);
    file_ = nullptr;
    if (carry_.empty()) return false;
    AppendRepaired(carry_, chunk);  // the file ended inside a character
    carry_.clear();
    return true;
  }
  if (first_) {
    first_ = false;
    // A BOM is only ever there in a UTF-8 file (SniffFileEncoding said so).
    if (!cp1252_ && target.size() >= 3 && target.compare(0, 3, kBom) == 0) target.erase(0, 3);
  }
  if (cp1252_) {
    ConvertCp1252(raw_, chunk);
  } else if (repair_) {
    // A character cut at the end of the chunk is judged with the next one.
    std::string text = carry_ + raw_;
    size_t cut = CutOffSequence(text);
    AppendRepaired(std::string_view(text).substr(0, text.size() - cut), chunk);
    carry_.assign(text, text.size() - cut, cut);
  }
  return true;
}

}  // namespace ankerbericht
