#include "render/pdf_compress.h"

#include <hpdf_conf.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <string>
#include <thread>

namespace ankerbericht {
namespace {

// Smaller streams cost less to deflate than to hand to a thread.
constexpr size_t kSmallStream = 8 * 1024;

struct Job {
  HPDF_Dict dict = nullptr;
  std::string input;
  std::string output;
  int rc = Z_OK;
};

// libharu writes no /Filter for a stream it does not compress itself
// (HPDF_Dict_Write removes it): the entry comes from here, at the place
// libharu would have put it, the end of the dictionary.
HPDF_STATUS WriteFlateFilter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter [ /FlateDecode ]\012");
}

// Adds |dict| when it is a stream libharu would deflate and large enough to
// be worth a thread.
void AddJob(HPDF_Dict dict, std::vector<Job>* jobs) {
  if (dict == nullptr || dict->stream == nullptr || dict->stream->type != HPDF_STREAM_MEMORY ||
      dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->write_fn != nullptr ||
      dict->stream->size < kSmallStream) {
    return;
  }
  Job job;
  job.dict = dict;
  job.input = MemoryStreamBytes(dict->stream);
  if (job.input.size() == dict->stream->size) jobs->push_back(std::move(job));
}

// The page's content stream, unless libharu would still write to it while
// saving (Page_BeforeWrite ends an open text or path object and restores
// saved graphics states).
HPDF_Dict FinishedContents(HPDF_Page page) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  if (attr == nullptr || attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION) return nullptr;
  if (attr->gstate != nullptr && attr->gstate->prev != nullptr) return nullptr;
  return attr->contents;
}

// zlib's one-call compression with libharu's settings (deflateInit with the
// default level, window and memory): the same bytes libharu would write.
void Deflate(Job* job) {
  uLongf size = compressBound(static_cast<uLong>(job->input.size()));
  job->output.resize(size);
  job->rc = compress2(reinterpret_cast<Bytef*>(job->output.data()), &size,
                      reinterpret_cast<const Bytef*>(job->input.data()),
                      static_cast<uLong>(job->input.size()), Z_DEFAULT_COMPRESSION);
  job->output.resize(job->rc == Z_OK ? size : 0);
}

void DeflateAll(std::vector<Job>* jobs) {
  // Largest first, so that no thread is left with a big one at the end.
  std::sort(jobs->begin(), jobs->end(),
            [](const Job& a, const Job& b) { return a.input.size() > b.input.size(); });
  std::atomic<size_t> next{0};
  auto work = [&]() {
    for (size_t i = next++; i < jobs->size(); i = next++) Deflate(&(*jobs)[i]);
  };
  const size_t threads =
      std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), jobs->size());
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& h : helpers) h.join();
}

}  // namespace

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

HPDF_STATUS CompressLargeStreams(HPDF_Doc pdf, const std::vector<HPDF_Dict>& more) {
  if (pdf == nullptr || pdf->compression_mode == HPDF_COMP_NONE) return HPDF_OK;
  std::vector<Job> jobs;
  for (HPDF_UINT i = 0; pdf->page_list != nullptr && i < pdf->page_list->count; ++i) {
    AddJob(FinishedContents(static_cast<HPDF_Page>(HPDF_List_ItemAt(pdf->page_list, i))), &jobs);
  }
  for (HPDF_Dict dict : more) AddJob(dict, &jobs);
  if (jobs.empty()) return HPDF_OK;
  DeflateAll(&jobs);
  for (Job& job : jobs) {
    if (job.rc != Z_OK) continue;  // out of memory in zlib: libharu tries again while saving
    HPDF_MemStream_FreeData(job.dict->stream);
    HPDF_STATUS rc =
        HPDF_Stream_Write(job.dict->stream, reinterpret_cast<const HPDF_BYTE*>(job.output.data()),
                          static_cast<HPDF_UINT>(job.output.size()));
    if (rc != HPDF_OK) return rc;  // the stream is broken: libharu's error stops the save
    job.dict->filter = HPDF_STREAM_FILTER_NONE;
    job.dict->write_fn = WriteFlateFilter;
  }
  return HPDF_OK;
}

}  // namespace ankerbericht
