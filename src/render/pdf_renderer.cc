// Renders a Document (or pages laid out elsewhere) into a PDF file: layout
// happens first and completely (so "Seite x von y" knows y), then the
// PdfWriter (pdf_writer.h) paints the pages and the file is written next to
// the target and renamed.
#include "render/pdf_renderer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "render/pdf_layout.h"
#include "render/pdf_writer.h"
#include "render/struct_tree.h"
#include "util/strings.h"

namespace ankerbericht {
namespace {

namespace fs = std::filesystem;

// Removes the temporary file unless the rename to the target succeeded.
class TempFile {
 public:
  explicit TempFile(std::string path) : path_(std::move(path)) {}
  ~TempFile() {
    std::error_code ec;
    if (!committed_) fs::remove(path_, ec);
  }
  const std::string& path() const { return path_; }
  Status MoveTo(const std::string& target) {
    std::error_code ec;
    fs::rename(path_, target, ec);
    if (ec)
      return Status::IOError(
          CliWords().Format("cli.render.write", {{"path", target}, {"why", ec.message()}}));
    committed_ = true;
    return Status::Ok();
  }

 private:
  std::string path_;
  bool committed_ = false;
};

// PDF/UA wants a title in every file (viewers show it instead of the file
// name): the cover's or first slide's title, else the first heading, else
// the document's word for a report.
std::string FallbackTitle(const Document& doc) {
  for (const Block& block : doc.blocks) {
    if (auto* t = std::get_if<TitleBlock>(&block); t && !t->title.empty()) return t->title;
    if (auto* s = std::get_if<Slide>(&block); s && !s->title.empty()) return s->title;
    if (auto* h = std::get_if<Heading>(&block); h && !h->text.empty()) return h->text;
  }
  return doc.info.untitled;
}

Status RenderToFile(const DocumentInfo& doc_info, const PdfOptions& options,
                    const std::string& path, const PageLayoutFn& layout,
                    std::vector<Status>* warnings) {
  const BoundWords words = BoundWordsOf(doc_info);
  BoundWordsScope bound(words);
  fs::path target(path);
  std::error_code ec;
  fs::path folder = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(folder, ec)) {
    std::string why = CliWords().Format("cli.render.no_folder", {{"folder", folder.string()}});
    return Status::IOError(CliWords().Format("cli.render.write", {{"path", path}, {"why", why}}));
  }
  PdfWriter writer;
  ANKER_RETURN_IF_ERROR(writer.Setup(options, doc_info, warnings));
  ANKER_RETURN_IF_ERROR(writer.SetInfo(doc_info, options.creation_date));
  StructTree structure;
  std::vector<PageLayout> pages =
      layout([&](std::string_view t, FontStyle f, double s) { return writer.Measure(t, f, s); },
             &structure);
  writer.StartTagging(structure);
  for (size_t i = 0; i < pages.size(); ++i) {
    ANKER_RETURN_IF_ERROR(writer.Paint(pages[i]).WithContext(
        CliWords().Format("cli.render.page", {{"page", std::to_string(i + 1)}})));
  }
  ANKER_RETURN_IF_ERROR(writer.AddOutlines(pages));
  ANKER_RETURN_IF_ERROR(writer.AddLinks(pages));
  ANKER_RETURN_IF_ERROR(writer.FinishArchival(options.icc_profile, warnings));
  if (warnings) {
    if (std::optional<std::string> w = BrandingColourWarning(doc_info)) {
      warnings->push_back(Status::Render(*w));
    }
    for (Status& w : writer.TakeImageWarnings()) warnings->push_back(std::move(w));
    for (size_t i = 0; i < pages.size(); ++i) {
      for (const std::string& note : pages[i].fit_notes) {
        warnings->push_back(Status::Render(CliWords().Format(
            "cli.render.page_note", {{"page", std::to_string(i + 1)}, {"note", note}})));
      }
    }
  }
  // Written next to the target and renamed, so readers never see half a file.
  TempFile temp(path + ".tmp" + std::to_string(::getpid()));
  ANKER_RETURN_IF_ERROR(writer.Save(temp.path(), path));
  return temp.MoveTo(path);
}

}  // namespace

Status WritePdfBytes(const std::string& file, std::string_view bytes, const std::string& target) {
  auto failed = [&](int err) {
    const Strings& words = CliWords();
    std::string why = err == ENOSPC                   ? words("cli.render.disk_full")
                      : err == EDQUOT                 ? words("cli.render.quota")
                      : err == EACCES || err == EPERM ? words("cli.render.permission")
                      : err == EROFS                  ? words("cli.render.read_only")
                                                      : std::strerror(err);
    return Status::IOError(words.Format("cli.render.write", {{"path", target}, {"why", why}}));
  };
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return failed(errno);
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int err = n < 0 ? errno : ENOSPC;
      ::close(fd);
      return failed(err);
    }
    done += static_cast<size_t>(n);
  }
  // A full disk may show only now (delayed allocation, network folders).
  if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS) {
    int err = errno;
    ::close(fd);
    return failed(err);
  }
  if (::close(fd) != 0) return failed(errno);
  return Status::Ok();
}

Status RenderPdf(const Document& doc, const PdfOptions& options, const std::string& path) {
  return RenderPdf(doc, options, path, nullptr);
}

Result<MeasureFn> FontMeasure(const PdfOptions& options) {
  auto writer = std::make_shared<PdfWriter>();
  ANKER_RETURN_IF_ERROR(writer->Setup(options, DocumentInfo{}, nullptr));
  return MeasureFn(
      [writer](std::string_view t, FontStyle f, double s) { return writer->Measure(t, f, s); });
}

Status RenderPdf(const Document& doc, const PdfOptions& options, const std::string& path,
                 std::vector<Status>* warnings) {
  // Nothing may escape: a bad_alloc deep in the layout becomes a Status.
  try {
    DocumentInfo info = doc.info;
    if (info.title.empty()) info.title = FallbackTitle(doc);
    return RenderToFile(
        info, options, path,
        [&doc](const MeasureFn& measure, StructTree* structure) {
          return LayoutDocument(doc, measure, structure);
        },
        warnings);
  } catch (const std::exception& e) {
    return Status::Render(CliWords().Format("cli.render.failed", {{"what", e.what()}}));
  } catch (...) {
    return Status::Render(CliWords()("cli.render.failed_unknown"));
  }
}

Status RenderLaidOutPdf(const DocumentInfo& info, const PdfOptions& options,
                        const std::string& path, const PageLayoutFn& layout,
                        std::vector<Status>* warnings) {
  try {
    return RenderToFile(info, options, path, layout, warnings);
  } catch (const std::exception& e) {
    return Status::Render(CliWords().Format("cli.render.failed", {{"what", e.what()}}));
  } catch (...) {
    return Status::Render(CliWords()("cli.render.failed_unknown"));
  }
}

}  // namespace ankerbericht
