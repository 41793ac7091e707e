#include "render/pdf_compress.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <zlib.h>

namespace ankerbericht {
namespace {

// Smaller streams cost less to deflate than to copy and hand over.
constexpr size_t kSmallStream = 8 * 1024;

// libharu writes no /Filter for a stream it does not compress itself
// (HPDF_Dict_Write removes it): the entry comes from here, at the place
// libharu would have put it, the end of the dictionary.
HPDF_STATUS WriteFlateFilter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

// zlib's one-call compression with libharu's settings (deflateInit with the
// default level, window and memory): the same bytes libharu would write.
int Deflate(const std::string& input, std::string* output) {
  uLongf size = compressBound(static_cast<uLong>(input.size()));
  output->resize(size);
  const int rc = compress2(reinterpret_cast<Bytef*>(output->data()), &size,
                           reinterpret_cast<const Bytef*>(input.data()),
                           static_cast<uLong>(input.size()), Z_DEFAULT_COMPRESSION);
  output->resize(rc == Z_OK ? size : 0);
  return rc;
}

}  // namespace

StreamDeflater::~StreamDeflater() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
    next_ = jobs_.size();  // nothing more to start
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void StreamDeflater::Add(HPDF_Dict dict) {
  if (dict == nullptr || dict->stream == nullptr || dict->stream->type != HPDF_STREAM_MEMORY ||
      dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->write_fn != nullptr ||
      dict->stream->size < kSmallStream) {
    return;
  }
  Job job;
  job.dict = dict;
  job.input = MemoryStreamBytes(dict->stream);
  if (job.input.size() != dict->stream->size) return;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (closing_) return;
    jobs_.push_back(std::move(job));
    // One core: the caller deflates everything in Finish.
    if (!worker_.joinable() && std::thread::hardware_concurrency() > 1)
      worker_ = std::thread(&StreamDeflater::Work, this);
  }
  wake_.notify_one();
}

void StreamDeflater::AddPage(HPDF_Page page) {
  if (page == nullptr) return;
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  // Page_BeforeWrite ends an open text or path object and restores saved
  // graphics states while libharu writes: such a page is not finished.
  if (attr == nullptr || attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION) return;
  if (attr->gstate != nullptr && attr->gstate->prev != nullptr) return;
  Add(attr->contents);
}

StreamDeflater::Job* StreamDeflater::Take() {
  std::lock_guard<std::mutex> lock(mu_);
  return next_ < jobs_.size() ? &jobs_[next_++] : nullptr;
}

void StreamDeflater::Work() {
  for (;;) {
    Job* job = nullptr;
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock, [this] { return closing_ || next_ < jobs_.size(); });
      if (next_ < jobs_.size()) {
        job = &jobs_[next_++];
      } else {
        return;  // closing, nothing left
      }
    }
    job->rc = Deflate(job->input, &job->output);
  }
}

HPDF_STATUS StreamDeflater::Finish() {
  while (Job* job = Take()) job->rc = Deflate(job->input, &job->output);
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
  for (Job& job : jobs_) {
    // zlib out of memory, or drawn into after it was added: libharu's turn.
    if (job.rc != Z_OK || job.dict->stream->size != job.input.size()) continue;
    HPDF_MemStream_FreeData(job.dict->stream);
    HPDF_STATUS rc =
        HPDF_Stream_Write(job.dict->stream, reinterpret_cast<const HPDF_BYTE*>(job.output.data()),
                          static_cast<HPDF_UINT>(job.output.size()));
    if (rc != HPDF_OK) return rc;  // the stream is broken: libharu's error stops the save
    job.dict->filter = HPDF_STREAM_FILTER_NONE;
    job.dict->write_fn = WriteFlateFilter;
  }
  jobs_.clear();
  next_ = 0;
  return HPDF_OK;
}

std::string MemoryStreamBytes(HPDF_Stream stream) {
  std::string bytes;
  if (stream == nullptr || stream->type != HPDF_STREAM_MEMORY) return bytes;
  bytes.reserve(stream->size);
  const HPDF_UINT count = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < count; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* buf = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (buf != nullptr) bytes.append(reinterpret_cast<const char*>(buf), length);
  }
  return bytes;
}

}  // namespace ankerbericht
