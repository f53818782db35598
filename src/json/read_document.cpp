// read.hpp: one entry point for both input formats, detected from content.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <memory>
#include <string>

#include <fmt/core.h>

#include "jixiao/read.hpp"

JIXIAO_BEGIN_NAMESPACE

InputFormat detect_input_format(std::string_view bytes) noexcept {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  if (i >= bytes.size()) return InputFormat::published_text;
  if (bytes[i] == '{') return InputFormat::json;
  if (bytes[i] != '[') return InputFormat::published_text;
  // A JSON array ("[{", "[[", "[]") is JSON, if not a document; "[附件1]" is text.
  ++i;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) ++i;
  return i < bytes.size() && (bytes[i] == '{' || bytes[i] == '[' || bytes[i] == ']') ? InputFormat::json
                                                                                  : InputFormat::published_text;
}

Document read_document(std::string_view bytes, const ReadOptions& options) {
  const std::string source = options.source_name.empty() ? std::string("<input>") : options.source_name;
  if (bytes.size() > options.limits.max_input_bytes)
    throw Error(ErrorKind::limit,
                fmt::format("{}: input of {} bytes exceeds the limit of {} bytes", source, bytes.size(),
                            options.limits.max_input_bytes),
                options.limits.max_input_bytes, 0, "at most " + std::to_string(options.limits.max_input_bytes) + " bytes",
                source);
  if (detect_input_format(bytes) == InputFormat::json) {
    JsonReadOptions json;
    json.max_depth = options.max_json_depth;
    json.source_name = source;
    json.check_targets = options.check_targets;
    return document_from_json(bytes, json);
  }
  IngestOptions ingest;
  ingest.source_name = source;
  ingest.limits = options.limits;
  return read_published_text(bytes, ingest);
}

Document read_document_file(const std::string& path, const ReadOptions& options) {
  const bool is_stdin = path == "-";
  const std::string name = is_stdin ? std::string("<stdin>") : path;
  struct Closer {
    bool close;
    void operator()(std::FILE* f) const {
      if (close) std::fclose(f);
    }
  };
  std::unique_ptr<std::FILE, Closer> file(is_stdin ? stdin : std::fopen(path.c_str(), "rb"), Closer{!is_stdin});
  if (!file)
    throw Error(ErrorKind::io, fmt::format("{}: cannot open: {}", name, std::strerror(errno)), Error::no_offset, 0,
                "a readable file", name);
  std::string bytes;
  if (!is_stdin) {  // one allocation for a regular file
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size <= options.limits.max_input_bytes) bytes.reserve(static_cast<std::size_t>(size));
  }
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) {
    if (bytes.size() + n > options.limits.max_input_bytes)
      throw Error(ErrorKind::limit,
                  fmt::format("{}: input exceeds the limit of {} bytes", name, options.limits.max_input_bytes),
                  options.limits.max_input_bytes, 0, "at most " + std::to_string(options.limits.max_input_bytes) + " bytes",
                  name);
    bytes.append(buffer, n);
  }
  if (std::ferror(file.get()))
    throw Error(ErrorKind::io, fmt::format("{}: read error: {}", name, std::strerror(errno)), Error::no_offset, 0,
                "a readable file", name);
  ReadOptions named = options;
  named.source_name = name;
  return read_document(bytes, named);
}

JIXIAO_END_NAMESPACE
