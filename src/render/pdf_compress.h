// Compression of a PDF's large streams on a second core while the document
// is still being drawn. libharu deflates every stream one after another
// while it writes the file; for a report of 17 pages that was about 700 KB
// of page content and font data and a sixth of the time the whole report
// took. Only the PDF writer (pdf_writer.cc) uses this.
#ifndef ANKERBERICHT_RENDER_PDF_COMPRESS_H_
#define ANKERBERICHT_RENDER_PDF_COMPRESS_H_

#include <hpdf.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

namespace ankerbericht {

// Deflates streams of one document with the settings libharu uses (zlib's
// default level): a stream gets the bytes libharu would have written. The
// bytes are taken when a stream is added and deflated on a second thread
// (where the machine has a second core) while the caller goes on drawing;
// Finish puts them into the streams before the document is saved.
// Only libharu's calls on the caller's thread touch the document.
class StreamDeflater {
 public:
  StreamDeflater() = default;
  StreamDeflater(const StreamDeflater&) = delete;
  StreamDeflater& operator=(const StreamDeflater&) = delete;
  // Waits for the second thread; what was not finished is dropped.
  ~StreamDeflater();

  // Takes the bytes of |dict|'s stream now to deflate them, when libharu
  // would deflate it (FlateDecode, no write function of its own), keeps it
  // in memory and it is large enough to be worth it; else does nothing.
  void Add(HPDF_Dict dict);
  // Adds the content stream of |page|, unless libharu would still write to
  // it while saving (a page left inside a text or path object or a saved
  // graphics state): call it when the page is drawn.
  void AddPage(HPDF_Page page);

  // Deflates what is left (on this thread too), waits for the rest and puts
  // the deflated bytes into their streams, which libharu then writes as they
  // are. A stream changed since it was added, and one zlib could not
  // deflate, is left to libharu. Call it right before saving. Returns
  // HPDF_OK, or libharu's error code when a stream could not be rewritten
  // (the save then fails with it).
  HPDF_STATUS Finish();

 private:
  struct Job {
    HPDF_Dict dict = nullptr;
    std::string input;
    std::string output;
    int rc = 0;
  };
  // The next job nobody deflates yet, or nullptr.
  Job* Take();
  void Work();

  std::mutex mu_;
  std::condition_variable wake_;
  std::deque<Job> jobs_;  // a deque: a job stays where it is while more are added
  size_t next_ = 0;       // jobs_[next_] is the first not taken yet
  bool closing_ = false;
  std::thread worker_;
};

// The bytes of the memory stream |stream| (empty for any other stream),
// read without moving its reading position.
std::string MemoryStreamBytes(HPDF_Stream stream);

}  // namespace ankerbericht

#endif  // ANKERBERICHT_RENDER_PDF_COMPRESS_H_
