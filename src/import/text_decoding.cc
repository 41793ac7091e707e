#include "import/text_decoding.h"

#include <Poco/TextConverter.h>
#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

#include <cerrno>
#include <cstring>
#include <string_view>

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
    size_t len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    return len > back ? back : 0;
  }
  return 0;
}

Status ReadError(const std::string& path) {
  return Status::IOError(path + ": reading failed: " + std::strerror(errno));
}

}  // namespace

DecodedText DecodeText(std::string bytes) {
  DecodedText out;
  if (bytes.size() >= 3 && bytes.compare(0, 3, kBom) == 0) {
    bytes.erase(0, 3);
    out.text = std::move(bytes);
    out.encoding = "UTF-8 (BOM)";
  } else if (IsValidUtf8(bytes)) {
    out.text = std::move(bytes);
    out.encoding = "UTF-8";
  } else {
    ConvertCp1252(bytes, &out.text);
    out.encoding = "Windows-1252";
  }
  out.has_replacement_chars = out.text.find(kReplacementChar) != std::string::npos;
  return out;
}

Result<FileEncoding> SniffFileEncoding(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IOError(path + ": cannot open the file: " + std::strerror(errno));
  std::string buf(kChunkBytes, '\0');
  // |carry| holds a character cut at a chunk boundary (up to 3 bytes): it is
  // checked whole with the next chunk, so a U+FFFD is never split either.
  std::string carry;
  bool first = true, bom = false, valid = true, replacement = false;
  for (;;) {
    size_t n = std::fread(buf.data(), 1, buf.size(), f);
    if (n == 0) break;
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
    std::string_view whole = view.substr(0, view.size() - cut);
    if (valid && !IsValidUtf8(whole)) valid = false;
    if (!replacement && whole.find(kReplacementChar) != std::string_view::npos) replacement = true;
    carry.assign(view.substr(view.size() - cut));
  }
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return ReadError(path);
  if (!carry.empty()) valid = false;  // the file ends inside a character
  FileEncoding enc;
  if (bom) {
    enc.encoding = "UTF-8 (BOM)";
  } else if (valid) {
    enc.encoding = "UTF-8";
  } else {
    enc.encoding = "Windows-1252";
  }
  // Windows-1252 never yields U+FFFD here: the byte sequence EF BF BD reads as
  // three letters in that encoding.
  enc.has_replacement_chars = replacement && enc.encoding != "Windows-1252";
  return enc;
}

Result<std::unique_ptr<DecodingFileReader>> DecodingFileReader::Open(const std::string& path,
                                                                      const FileEncoding& encoding) {
  std::unique_ptr<DecodingFileReader> reader(new DecodingFileReader());
  reader->file_ = std::fopen(path.c_str(), "rb");
  if (!reader->file_) return Status::IOError(path + ": cannot open the file: " + std::strerror(errno));
  reader->cp1252_ = encoding.encoding == "Windows-1252";
  return reader;
}

DecodingFileReader::~DecodingFileReader() {
  if (file_) std::fclose(file_);
}

bool DecodingFileReader::Read(std::string* chunk) {
  chunk->clear();
  if (!file_) return false;
  std::string& target = cp1252_ ? raw_ : *chunk;
  target.resize(kChunkBytes);
  size_t n = std::fread(target.data(), 1, target.size(), file_);
  target.resize(n);
  if (n == 0) {
    if (std::ferror(file_)) error_ = std::string("reading failed: ") + std::strerror(errno);
    std::fclose(file_);
    file_ = nullptr;
    return false;
  }
  if (first_) {
    first_ = false;
    // A BOM is only ever there in a UTF-8 file (SniffFileEncoding said so).
    if (!cp1252_ && target.size() >= 3 && target.compare(0, 3, kBom) == 0) target.erase(0, 3);
  }
  if (cp1252_) ConvertCp1252(raw_, chunk);
  return true;
}

}  // namespace ankerbericht
