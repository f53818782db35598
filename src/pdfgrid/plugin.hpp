// SPDX-License-Identifier: Apache-2.0
#pragma once
// Finding and loading the PDF plugin (include/jixiao/pdf_plugin.h) with dlopen,
// once per path; the loaded table is never unloaded.
#include <memory>
#include <string>

#include "jixiao/pdf.hpp"
#include "jixiao/pdf_plugin.h"

JIXIAO_BEGIN_NAMESPACE
namespace pdf {

struct LoadedPlugin {
  const jx_pdf_plugin_v1_table* table = nullptr;  // null when not available
  PdfSupport support;
};

// The plugin at `path`, or found by the search of PdfOptions::plugin_path.
const LoadedPlugin& load_plugin(const std::string& path);

// The plugin's content, freed by the plugin.
struct ContentDeleter {
  const jx_pdf_plugin_v1_table* table;
  void operator()(jx_pdf_content* content) const { table->free_content(content); }
};
using ContentPtr = std::unique_ptr<jx_pdf_content, ContentDeleter>;

}  // namespace pdf
JIXIAO_END_NAMESPACE
