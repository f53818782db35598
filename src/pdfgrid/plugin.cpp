// SPDX-License-Identifier: Apache-2.0
// plugin.hpp: dlopen of libjixiao_pdf.so, searched where jixiao itself lives.
#include "pdfgrid/plugin.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

#include <fmt/format.h>

#ifndef JIXIAO_INSTALL_LIBDIR
#define JIXIAO_INSTALL_LIBDIR ""
#endif

JIXIAO_BEGIN_NAMESPACE
namespace pdf {
namespace {

constexpr const char* kPluginFile = "libjixiao_pdf.so";

// The directory of the executable or shared library this code was linked into.
std::filesystem::path own_directory() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&own_directory), &info) == 0 || info.dli_fname == nullptr) return {};
  std::error_code ec;
  const auto path = std::filesystem::canonical(info.dli_fname, ec);
  return ec ? std::filesystem::path(info.dli_fname).parent_path() : path.parent_path();
}

std::vector<std::string> candidates() {
  std::vector<std::string> out;
  if (const char* env = std::getenv("JIXIAO_PDF_PLUGIN"); env != nullptr && *env != '\0') out.emplace_back(env);
  const auto own = own_directory();
  if (!own.empty()) {
    out.push_back((own / kPluginFile).string());
    out.push_back((own.parent_path() / "lib" / kPluginFile).string());
  }
  if (std::string(JIXIAO_INSTALL_LIBDIR).size() > 0)
    out.push_back((std::filesystem::path(JIXIAO_INSTALL_LIBDIR) / kPluginFile).string());
  out.emplace_back(kPluginFile);  // the dynamic linker's search path
  return out;
}

LoadedPlugin try_load(const std::string& path, std::string& problems) {
  LoadedPlugin loaded;
  // A bare name goes to the dynamic linker's search; a path that does not exist
  // is skipped quietly (most candidates do not).
  if (path.find('/') != std::string::npos) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) return loaded;
  }
  void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) {
    const char* why = dlerror();
    if (path.find('/') != std::string::npos) problems += fmt::format("; {}: {}", path, why ? why : "dlopen failed");
    return loaded;
  }
  auto entry = reinterpret_cast<jx_pdf_plugin_v1_fn>(dlsym(handle, JX_PDF_PLUGIN_SYMBOL));
  const jx_pdf_plugin_v1_table* table = entry != nullptr ? entry() : nullptr;
  if (table == nullptr || table->struct_size < sizeof(jx_pdf_plugin_v1_table) || table->abi != JX_PDF_PLUGIN_ABI ||
      table->read == nullptr || table->free_content == nullptr) {
    problems += fmt::format("; {}: not a jixiao PDF plugin of ABI {}", path, JX_PDF_PLUGIN_ABI);
    dlclose(handle);
    return loaded;
  }
  loaded.table = table;  // the handle stays open for the life of the process
  loaded.support.available = true;
  loaded.support.path = path;
  loaded.support.backend = table->backend != nullptr ? table->backend : "";
  loaded.support.licence = table->licence != nullptr ? table->licence : "";
  return loaded;
}

LoadedPlugin search(const std::string& path) {
  std::string problems;
  const std::vector<std::string> paths = path.empty() ? candidates() : std::vector<std::string>{path};
  for (const auto& candidate : paths) {
    LoadedPlugin loaded = try_load(candidate, problems);
    if (loaded.table != nullptr) return loaded;
  }
  LoadedPlugin missing;
  std::string looked;
  for (const auto& candidate : paths) looked += (looked.empty() ? "" : ", ") + candidate;
  missing.support.problem = fmt::format(
      "PDF support is not installed: {} (GPL, optional; built when poppler is found, see README) was not found "
      "(looked for {}){}",
      kPluginFile, looked, problems);
  return missing;
}

}  // namespace

const LoadedPlugin& load_plugin(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, LoadedPlugin> loaded;  // never erased: references stay valid
  const std::lock_guard lock(mutex);
  auto it = loaded.find(path);
  if (it == loaded.end()) it = loaded.emplace(path, search(path)).first;
  return it->second;
}

}  // namespace pdf

PdfSupport pdf_support(const std::string& plugin_path) { return pdf::load_plugin(plugin_path).support; }

JIXIAO_END_NAMESPACE
