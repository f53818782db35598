// SPDX-License-Identifier: Apache-2.0
// SPDX-License-Identifier: GPL-2.0-only OR GPL-3.0-only
// libjixiao_pdf.so: jixiao's PDF reader plugin over poppler (include/jixiao/pdf_plugin.h).
// GPL because poppler is; jixiao's core never links it, it loads it with dlopen.
//
// One pass per page: a TextOutputDev collects the glyphs (its word list gives the
// reading order, word ends and spaces), and the same device, subclassed, records
// the thin rectangles that fills and strokes paint (Chromium prints table
// borders as filled 0.75 pt rectangles; other producers stroke lines).
#include <poppler-config.h>

#include <Error.h>
#include <GfxState.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <TextOutputDev.h>
#include <XRef.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <vector>

#include "jixiao/pdf_plugin.h"

namespace {

constexpr double kMaxRuleThickness = 3.0;  // points: thicker fills are shading, not borders

struct Content {
  jx_pdf_content c{};
  std::vector<jx_pdf_page_size> pages;
  std::vector<jx_pdf_glyph> glyphs;
  std::vector<jx_pdf_rule> rules;
  std::string text;
};

// Poppler reports problems through one global callback; the reading on this
// thread keeps the first serious one.
struct ErrorSink {
  bool failed = false;
  std::string message;
};
thread_local ErrorSink* current_sink = nullptr;

void on_poppler_error(ErrorCategory category, Goffset /*pos*/, const char* message) {
  if (current_sink == nullptr) return;
  if (category != errSyntaxError && category != errIO && category != errInternal) return;
  if (!current_sink->failed) {
    current_sink->failed = true;
    current_sink->message = message != nullptr ? message : "";
  }
}

void init_poppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    globalParams = std::make_unique<GlobalParams>();
    globalParams->setErrQuiet(true);
    setErrorCallback(on_poppler_error);
  });
}

struct Budget {
  const jx_pdf_limits* limits;
  std::chrono::steady_clock::time_point start;
  bool out_of_time() const {
    if (limits->max_seconds <= 0) return false;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > limits->max_seconds;
  }
};

bool abort_check(void* data) { return static_cast<const Budget*>(data)->out_of_time(); }

// A TextOutputDev that also keeps the thin painted rectangles and counts images.
class RuleTextDev : public TextOutputDev {
 public:
  RuleTextDev(Content& out, const jx_pdf_limits& limits)
      : TextOutputDev(nullptr, nullptr, true, 0, false, false), out_(out), limits_(limits) {}

  void set_page(std::uint32_t page) {
    page_ = page;
    images_ = 0;
  }
  std::uint32_t images() const { return images_; }
  bool too_many_rules() const { return too_many_; }

  void fill(GfxState* state) override {
    paint(state, false);
    TextOutputDev::fill(state);
  }
  void eoFill(GfxState* state) override {
    paint(state, false);
    TextOutputDev::eoFill(state);
  }
  void stroke(GfxState* state) override {
    paint(state, true);
    TextOutputDev::stroke(state);
  }
  // Counted, then handed to the base, which skips an inline image's data.
  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert, bool interpolate,
                     bool inline_image) override {
    ++images_;
    TextOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
  }
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* color_map,
                 bool interpolate, const int* mask_colors, bool inline_image) override {
    ++images_;
    TextOutputDev::drawImage(state, ref, str, width, height, color_map, interpolate, mask_colors, inline_image);
  }
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height, GfxImageColorMap* color_map,
                       bool interpolate, Stream* mask, int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override {
    ++images_;
    TextOutputDev::drawMaskedImage(state, ref, str, width, height, color_map, interpolate, mask, mask_width,
                                   mask_height, mask_invert, mask_interpolate);
  }
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* color_map, bool interpolate, Stream* mask, int mask_width,
                           int mask_height, GfxImageColorMap* mask_color_map, bool mask_interpolate) override {
    ++images_;
    TextOutputDev::drawSoftMaskedImage(state, ref, str, width, height, color_map, interpolate, mask, mask_width,
                                       mask_height, mask_color_map, mask_interpolate);
  }
  bool needNonText() override { return true; }

 private:
  void add(double x0, double y0, double x1, double y1) {
    if (!(std::isfinite(x0) && std::isfinite(y0) && std::isfinite(x1) && std::isfinite(y1))) return;
    if (x0 > x1) std::swap(x0, x1);
    if (y0 > y1) std::swap(y0, y1);
    if (std::min(x1 - x0, y1 - y0) > kMaxRuleThickness) return;
    if (std::max(x1 - x0, y1 - y0) < 1.0) return;  // a dot
    if (out_.rules.size() >= limits_.max_rules) {
      too_many_ = true;
      return;
    }
    out_.rules.push_back(jx_pdf_rule{page_, 0, x0, y0, x1, y1});
  }

  void paint(GfxState* state, bool stroked) {
    if (too_many_) return;
    const GfxPath* path = state->getPath();
    if (path == nullptr) return;
    GfxRGB rgb;
    if (stroked)
      state->getStrokeRGB(&rgb);
    else
      state->getFillRGB(&rgb);
    // Borders are dark; white or pale fills paint backgrounds, not lines.
    if (colToDbl(rgb.r) > 0.85 && colToDbl(rgb.g) > 0.85 && colToDbl(rgb.b) > 0.85) return;
    const double half = stroked ? std::max(state->getTransformedLineWidth(), 0.5) / 2 : 0;
    for (int s = 0; s < path->getNumSubpaths(); ++s) {
      const GfxSubpath* sub = path->getSubpath(s);
      const int n = sub->getNumPoints();
      if (n < 2) continue;
      if (!stroked) {
        double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (int i = 0; i < n; ++i) {
          double dx = 0, dy = 0;
          state->transform(sub->getX(i), sub->getY(i), &dx, &dy);
          x0 = std::min(x0, dx);
          y0 = std::min(y0, dy);
          x1 = std::max(x1, dx);
          y1 = std::max(y1, dy);
        }
        add(x0, y0, x1, y1);
        continue;
      }
      // A stroke: each axis-aligned segment is a rule as thick as the pen.
      const int segments = sub->isClosed() ? n : n - 1;
      for (int i = 0; i < segments; ++i) {
        double ax = 0, ay = 0, bx = 0, by = 0;
        state->transform(sub->getX(i), sub->getY(i), &ax, &ay);
        state->transform(sub->getX((i + 1) % n), sub->getY((i + 1) % n), &bx, &by);
        if (std::fabs(ax - bx) < 0.5)
          add(ax - half, std::min(ay, by), ax + half, std::max(ay, by));
        else if (std::fabs(ay - by) < 0.5)
          add(std::min(ax, bx), ay - half, std::max(ax, bx), ay + half);
      }
    }
  }

  Content& out_;
  const jx_pdf_limits& limits_;
  std::uint32_t page_ = 0;
  std::uint32_t images_ = 0;
  bool too_many_ = false;
};

void set_failure(jx_pdf_failure* failure, std::uint32_t page, const std::string& message) {
  if (failure == nullptr) return;
  failure->page = page;
  std::snprintf(failure->message, sizeof failure->message, "%s", message.c_str());
}

// One code point as UTF-8; surrogates and values past U+10FFFF as U+FFFD.
void append_utf8(std::string& out, Unicode u) {
  if ((u >= 0xD800 && u <= 0xDFFF) || u > 0x10FFFF) u = 0xFFFD;
  if (u < 0x80) {
    out += static_cast<char>(u);
  } else if (u < 0x800) {
    out += static_cast<char>(0xC0 | (u >> 6));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else if (u < 0x10000) {
    out += static_cast<char>(0xE0 | (u >> 12));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (u >> 18));
    out += static_cast<char>(0x80 | ((u >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (u & 0x3F));
  }
}

jx_pdf_status read_words(RuleTextDev& dev, std::uint32_t page, Content& out, const jx_pdf_limits& limits,
                         jx_pdf_failure* failure) {
  const std::unique_ptr<TextWordList> words = dev.makeWordList();
  if (!words) return JX_PDF_OK;
  for (int w = 0; w < words->getLength(); ++w) {
    const TextWord* word = words->get(w);
    const int length = word->getLength();
    for (int i = 0; i < length; ++i) {
      if (out.glyphs.size() >= limits.max_glyphs) {
        set_failure(failure, page, "more than " + std::to_string(limits.max_glyphs) + " characters");
        return JX_PDF_LIMIT;
      }
      jx_pdf_glyph g{};
      g.page = page;
      g.text_offset = static_cast<std::uint32_t>(out.text.size());
      append_utf8(out.text, *word->getChar(i));
      g.text_length = static_cast<std::uint32_t>(out.text.size() - g.text_offset);
      g.word_end = i + 1 == length ? 1 : 0;
      g.space_after = i + 1 == length && word->getSpaceAfter() ? 1 : 0;
      g.rotation = static_cast<std::uint8_t>(word->getRotation() & 3);
      word->getCharBBox(i, &g.x0, &g.y0, &g.x1, &g.y1);
      g.font_size = word->getFontSize();
      out.glyphs.push_back(g);
    }
    if (out.text.size() > 0xFFFF0000u) {
      set_failure(failure, page, "more text than the plugin's 4 GiB of glyph text");
      return JX_PDF_LIMIT;
    }
  }
  return JX_PDF_OK;
}

jx_pdf_status read_pdf(const void* bytes, std::size_t length, const jx_pdf_limits* limits, jx_pdf_content** out,
                       jx_pdf_failure* failure) {
  if (bytes == nullptr || out == nullptr || limits == nullptr ||
      limits->struct_size < offsetof(jx_pdf_limits, max_objects)) {
    set_failure(failure, 0, "bad arguments");
    return JX_PDF_INTERNAL;
  }
  *out = nullptr;
  init_poppler();
  ErrorSink sink;
  current_sink = &sink;
  struct Reset {
    ~Reset() { current_sink = nullptr; }
  } reset;

  auto content = std::make_unique<Content>();
  // The stream does not own the bytes; PDFDoc owns (and deletes) the stream.
  auto* stream = new MemStream(static_cast<const char*>(bytes), 0, static_cast<Goffset>(length), Object(objNull));
  PDFDoc doc(stream);
  if (!doc.isOk()) {
    const int code = doc.getErrorCode();
    if (code == errEncrypted) {
      set_failure(failure, 0, "the PDF is encrypted and needs a password");
      return JX_PDF_ENCRYPTED;
    }
    set_failure(failure, 0,
                "damaged PDF, not readable" + (sink.message.empty() ? std::string() : ": " + sink.message));
    return JX_PDF_DAMAGED;
  }
  // A crafted cross-reference table can claim millions of objects; refuse it
  // before any page is read (struct_size tells whether the core passed the limit).
  const bool has_object_limit = limits->struct_size >= offsetof(jx_pdf_limits, max_objects) + sizeof limits->max_objects;
  if (has_object_limit && limits->max_objects != 0 && doc.getXRef() != nullptr &&
      static_cast<std::uint64_t>(doc.getXRef()->getNumObjects()) > limits->max_objects) {
    set_failure(failure, 0,
                "the PDF has " + std::to_string(doc.getXRef()->getNumObjects()) +
                    " objects, more than the limit of " + std::to_string(limits->max_objects));
    return JX_PDF_LIMIT;
  }
  const int pages = doc.getNumPages();
  if (pages < 0 || static_cast<std::uint64_t>(pages) > limits->max_pages) {
    set_failure(failure, 0,
                "the PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                    std::to_string(limits->max_pages));
    return JX_PDF_LIMIT;
  }
  sink = ErrorSink{};  // what poppler repaired while opening is not a page's fault
  Budget budget{limits, std::chrono::steady_clock::now()};
  RuleTextDev dev(*content, *limits);
  if (!dev.isOk()) {
    set_failure(failure, 0, "poppler's text device failed");
    return JX_PDF_INTERNAL;
  }
  content->pages.resize(static_cast<std::size_t>(pages));
  for (int p = 1; p <= pages; ++p) {
    const auto page = static_cast<std::uint32_t>(p);
    dev.set_page(page);
    doc.displayPage(&dev, p, 72, 72, 0, false, true, false, abort_check, &budget);
    if (budget.out_of_time()) {
      set_failure(failure, page, "reading took longer than " + std::to_string(limits->max_seconds) + " s");
      return JX_PDF_LIMIT;
    }
    if (sink.failed) {
      set_failure(failure, page, "damaged page: " + sink.message);
      return JX_PDF_DAMAGED;
    }
    if (dev.too_many_rules()) {
      set_failure(failure, page, "more than " + std::to_string(limits->max_rules) + " lines and rectangles");
      return JX_PDF_LIMIT;
    }
    const bool turned = doc.getPageRotate(p) % 180 != 0;
    jx_pdf_page_size& size = content->pages[static_cast<std::size_t>(p - 1)];
    size.width = turned ? doc.getPageCropHeight(p) : doc.getPageCropWidth(p);
    size.height = turned ? doc.getPageCropWidth(p) : doc.getPageCropHeight(p);
    size.images = dev.images();
    const jx_pdf_status status = read_words(dev, page, *content, *limits, failure);
    if (status != JX_PDF_OK) return status;
  }
  Content& c = *content;
  c.c.page_count = static_cast<std::uint32_t>(c.pages.size());
  c.c.pages = c.pages.data();
  c.c.glyph_count = c.glyphs.size();
  c.c.glyphs = c.glyphs.data();
  c.c.rule_count = c.rules.size();
  c.c.rules = c.rules.data();
  c.c.text = c.text.data();
  c.c.text_length = c.text.size();
  c.c.plugin_private = &c;
  *out = &content.release()->c;
  return JX_PDF_OK;
}

jx_pdf_status read_guarded(const void* bytes, std::size_t length, const jx_pdf_limits* limits, jx_pdf_content** out,
                           jx_pdf_failure* failure) {
  try {
    return read_pdf(bytes, length, limits, out, failure);
  } catch (const std::bad_alloc&) {
    set_failure(failure, 0, "out of memory");
    return JX_PDF_NOMEM;
  } catch (const std::exception& e) {
    set_failure(failure, 0, std::string("poppler failed: ") + e.what());
    return JX_PDF_INTERNAL;
  } catch (...) {
    set_failure(failure, 0, "poppler failed");
    return JX_PDF_INTERNAL;
  }
}

void free_content(jx_pdf_content* content) {
  if (content != nullptr) delete static_cast<Content*>(content->plugin_private);
}

const jx_pdf_plugin_v1_table table{
    sizeof(jx_pdf_plugin_v1_table), JX_PDF_PLUGIN_ABI, "poppler " POPPLER_VERSION, "GPL-2.0-only OR GPL-3.0-only",
    read_guarded, free_content,
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const jx_pdf_plugin_v1_table* jx_pdf_plugin_v1(void) {
  return &table;
}
