// Turns the bytes of an input file into UTF-8 text: BOM first, then UTF-8 if
// the file reads as UTF-8, then Windows-1252 (what German Excel writes).
//
// The decision is made for the whole file on evidence: a file is UTF-8 when
// every byte is, or when it holds more valid UTF-8 characters beyond ASCII
// than bytes that are not UTF-8 (one stray byte in an otherwise UTF-8 export
// must not turn every "ä" into "Ã¤"). The stray bytes are then read as U+FFFD
// and named with their line, so the user can repair them.
//
// Two ways in: bytes already in memory (DecodeText), or a file on disk read in
// chunks (SniffFileEncoding decides with one pass, DecodingFileReader converts
// on a second), so a large counter export is never held whole.
#ifndef ANKERBERICHT_IMPORT_TEXT_DECODING_H_
#define ANKERBERICHT_IMPORT_TEXT_DECODING_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "util/sha256.h"
#include "util/status.h"

namespace ankerbericht {

// A byte of a UTF-8 file that is not UTF-8.
struct InvalidByte {
  int line = 0;  // 1-based
  unsigned char byte = 0;
};

// How many undecodable bytes are named one by one; the rest are counted.
inline constexpr size_t kNamedInvalidBytes = 10;

struct DecodedText {
  std::string text;      // UTF-8, without BOM
  std::string encoding;  // UTF-8 (BOM), UTF-8 or Windows-1252
  // True if the file holds U+FFFD: characters were already lost before the
  // file reached us (seen in real open-data exports). Worth a warning.
  bool has_replacement_chars = false;
  // A UTF-8 file's bytes that are not UTF-8 (each is U+FFFD in |text|): the
  // first kNamedInvalidBytes of them, and how many there are in all.
  std::vector<InvalidByte> invalid_bytes;
  int64_t invalid_count = 0;
};

// Takes the bytes by value so a caller that moves them in holds the file only
// once: UTF-8 input is adopted as it is, without a copy.
DecodedText DecodeText(std::string bytes);

// The encoding of a file on disk, decided exactly as DecodeText decides it.
struct FileEncoding {
  std::string encoding;  // as DecodedText::encoding
  bool has_replacement_chars = false;
  std::vector<InvalidByte> invalid_bytes;  // as in DecodedText
  int64_t invalid_count = 0;
};

// Reads |path| once in fixed-size chunks. Fails with kIOError.
Result<FileEncoding> SniffFileEncoding(const std::string& path);
// The same, also giving every byte read to |sha| (may be null).
Result<FileEncoding> SniffFileEncoding(const std::string& path, Sha256* sha);

struct ScannedFile {
  std::string sha256;  // of the file's bytes, hex (as store/store.h HashFile)
  FileEncoding encoding;
};

// The checksum and the encoding of |path| from one reading of it: an import
// needs the checksum first (is the file new?) and the encoding before it
// parses, and a 1 M-row export is not read twice for them. Fails with kIOError.
Result<ScannedFile> ScanFile(const std::string& path);

// A source of text in pieces (the CSV reader's input when streaming).
class TextChunks {
 public:
  virtual ~TextChunks() = default;
  // Replaces |chunk| with the next piece of text; false at the end (or after
  // a read error, which error() then names).
  virtual bool Read(std::string* chunk) = 0;
  virtual std::string error() const { return ""; }
};

// The text of a file as UTF-8, in chunks of at most a few hundred KB: the BOM
// is skipped, Windows-1252 converted and stray bytes in UTF-8 replaced by
// U+FFFD on the way. Memory does not depend on
// the size of the file.
class DecodingFileReader : public TextChunks {
 public:
  // Fails with kIOError when |path| cannot be opened.
  static Result<std::unique_ptr<DecodingFileReader>> Open(const std::string& path,
                                                          const FileEncoding& encoding);
  ~DecodingFileReader() override;

  bool Read(std::string* chunk) override;
  std::string error() const override { return error_; }

 private:
  DecodingFileReader() = default;
  std::FILE* file_ = nullptr;
  bool cp1252_ = false;
  bool repair_ = false;  // UTF-8 with stray bytes
  bool first_ = true;
  std::string raw_;
  std::string carry_;  // the start of a character cut off at the end of a chunk
  std::string error_;
};

}  // namespace ankerbericht

#endif  // ANKERBERICHT_IMPORT_TEXT_DECODING_H_
