// SPDX-License-Identifier: Apache-2.0
// xml_stream.hpp: expat with local names, no DTDs, errors with positions.
#include "sheets/xml_stream.hpp"

#include <expat.h>

#include <exception>
#include <limits>

#include <fmt/format.h>

#include "jixiao/error.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

namespace {
std::string_view local_name(const char* name) noexcept {
  std::string_view s(name);
  const auto colon = s.rfind(':');
  return colon == std::string_view::npos ? s : s.substr(colon + 1);
}
}  // namespace

const char* attribute(const char** attributes, std::string_view name) noexcept {
  for (const char** a = attributes; a[0] != nullptr; a += 2)
    if (local_name(a[0]) == name) return a[1];
  return nullptr;
}

struct XmlCallbacks {
  static XmlStream& self(void* data) { return *static_cast<XmlStream*>(data); }
  template <class F>
  static void guarded(void* data, F&& f) {
    XmlStream& s = self(data);
    if (s.failure_) return;
    try {
      f(s.handler_);
    } catch (...) {
      s.failure_ = std::current_exception();
      XML_StopParser(s.parser_, XML_FALSE);
    }
  }
  static void start(void* data, const XML_Char* name, const XML_Char** attributes) {
    guarded(data, [&](XmlHandler& h) { h.start(local_name(name), attributes); });
  }
  static void end(void* data, const XML_Char* name) {
    guarded(data, [&](XmlHandler& h) { h.end(local_name(name)); });
  }
  static void text(void* data, const XML_Char* chars, int length) {
    guarded(data, [&](XmlHandler& h) { h.text(std::string_view(chars, static_cast<std::size_t>(length))); });
  }
  static void doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    XmlStream& s = self(data);
    s.failure_ = std::make_exception_ptr(
        Error(ErrorKind::format, fmt::format("{}: {}: a document type declaration (<!DOCTYPE>), which OOXML never has",
                                             s.where_, s.position())));
    XML_StopParser(s.parser_, XML_FALSE);
  }
};

XmlStream::XmlStream(XmlHandler& handler, std::string where)
    : parser_(XML_ParserCreate("UTF-8")), handler_(handler), where_(std::move(where)) {
  if (parser_ == nullptr) throw std::bad_alloc();
  XML_SetUserData(parser_, this);
  XML_SetElementHandler(parser_, &XmlCallbacks::start, &XmlCallbacks::end);
  XML_SetCharacterDataHandler(parser_, &XmlCallbacks::text);
  XML_SetStartDoctypeDeclHandler(parser_, &XmlCallbacks::doctype);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

std::string XmlStream::position() const {
  return fmt::format("line {}, column {}", XML_GetCurrentLineNumber(parser_),
                     XML_GetCurrentColumnNumber(parser_) + 1);
}

void XmlStream::check(int status) {
  if (failure_) std::rethrow_exception(failure_);
  if (status == XML_STATUS_ERROR)
    throw Error(ErrorKind::format,
                fmt::format("{}: malformed XML at {}: {}", where_, position(), XML_ErrorString(XML_GetErrorCode(parser_))),
                static_cast<std::size_t>(XML_GetCurrentByteIndex(parser_)),
                static_cast<std::uint32_t>(XML_GetCurrentLineNumber(parser_)), "well-formed XML");
}

void XmlStream::feed(std::string_view chunk) {
  while (!chunk.empty()) {
    const std::size_t n = std::min<std::size_t>(chunk.size(), std::numeric_limits<int>::max());
    check(XML_Parse(parser_, chunk.data(), static_cast<int>(n), XML_FALSE));
    chunk.remove_prefix(n);
  }
}

void XmlStream::finish() { check(XML_Parse(parser_, nullptr, 0, XML_TRUE)); }

}  // namespace sheets
JIXIAO_END_NAMESPACE
