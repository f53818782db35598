// SPDX-License-Identifier: Apache-2.0
#pragma once
// The opaque handles of jixiao.h, defined here (C++ only). Borrowed handles
// (declarations, indicators, their targets) live inside their document and are
// built once, so that every `const char *` the C ABI returns has storage that
// lasts as long as the document.

#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "jixiao.h"
#include "jixiao/config.hpp"
#include "jixiao/declaration.hpp"
#include "jixiao/diagnostic.hpp"
#include "jixiao/read.hpp"
#include "jixiao/target.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace capi {

// The handles' C++ types. The opaque C structs (jx_target, …) are never defined:
// handles are these types behind reinterpret_cast, so the library's debug
// information (and the abidw baseline) holds no C++ internals behind jixiao.h.

// A target with its decimals rendered once (the C ABI hands out const char *).
struct TargetView {
  const Target* target = nullptr;  // an indicator's target, or OwnedTarget::storage
  // The decimals as text, rendered on first request (once: readers may be concurrent).
  mutable std::once_flag rendered;
  mutable std::string first;       // value, low, by.value, date or start
  mutable std::string second;      // high
};

// A jx_target_parse result: the view and its target in one allocation.
struct OwnedTarget : TargetView {
  explicit OwnedTarget(Target parsed) : storage(std::move(parsed)) { target = &storage; }
  Target storage;
};

struct IndicatorView {
  const Indicator* indicator = nullptr;
  TargetView target;
};

// A list of diagnostics: a view of a document's or a report's, or owned.
struct DiagnosticList {
  const std::vector<Diagnostic>* list = nullptr;
  std::vector<Diagnostic> owned;
};

struct DeclarationView {
  const Declaration* declaration = nullptr;
  std::optional<std::string> start_date;  // ISO
  std::optional<std::string> end_date;
  // Indicator views, built on first access (once, so concurrent readers are safe).
  mutable std::once_flag indicators_built;
  mutable std::unique_ptr<IndicatorView[]> indicators;
};

struct DocumentHandle {
  Document document;
  std::unique_ptr<DeclarationView[]> declarations;
  DiagnosticList diagnostics;
};

// Opaque pointer ↔ C++ type.
#define JIXIAO_CAPI_HANDLE(Opaque, Internal)                                                        \
  inline const Internal* in(const Opaque* p) noexcept { return reinterpret_cast<const Internal*>(p); } \
  inline Internal* in(Opaque* p) noexcept { return reinterpret_cast<Internal*>(p); }                 \
  inline const Opaque* out(const Internal* p) noexcept { return reinterpret_cast<const Opaque*>(p); } \
  inline Opaque* out(Internal* p) noexcept { return reinterpret_cast<Opaque*>(p); }
JIXIAO_CAPI_HANDLE(jx_target, TargetView)
JIXIAO_CAPI_HANDLE(jx_indicator, IndicatorView)
JIXIAO_CAPI_HANDLE(jx_diagnostics, DiagnosticList)
JIXIAO_CAPI_HANDLE(jx_declaration, DeclarationView)
JIXIAO_CAPI_HANDLE(jx_document, DocumentHandle)
JIXIAO_CAPI_HANDLE(jx_diagnostic, Diagnostic)

// Renders view's decimals unless done already.
void render_decimals(const TargetView& view);

// jx_read_options → ReadOptions (source name, limits); default_source when none is named.
ReadOptions read_options_of(const jx_read_options& options, std::string default_source);

// Builds the declaration views of a freshly read document.
std::unique_ptr<DocumentHandle> make_document(Document&& document);

// The C enum of a diagnostic severity and back.
jx_severity to_c(Severity severity) noexcept;


}  // namespace capi
JIXIAO_END_NAMESPACE
