// SPDX-License-Identifier: Apache-2.0
#pragma once
// A streaming XML reader over expat for the parts of a workbook: element starts
// and ends by local name (namespace prefixes dropped: writers differ in them),
// attributes by local name, and character data. A document type declaration is
// refused (OOXML has none; refusing it shuts out entity expansion attacks).
// Malformed XML is Error(format) naming the member, line and column.

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>

#include "jixiao/config.hpp"

struct XML_ParserStruct;

JIXIAO_BEGIN_NAMESPACE
namespace sheets {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes` is expat's null-terminated name, value, name, value... array.
  virtual void start(std::string_view name, const char** attributes) = 0;
  virtual void end(std::string_view name) = 0;
  virtual void text(std::string_view chars) = 0;
};

// The value of the attribute whose local name is `name`, or nullptr.
const char* attribute(const char** attributes, std::string_view name) noexcept;

class XmlStream {
 public:
  // `where` names the member in errors: "book.xlsx: xl/worksheets/sheet1.xml".
  XmlStream(XmlHandler& handler, std::string where);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  void feed(std::string_view chunk);
  void finish();
  // Where the parser is now, for errors a handler raises: "line 3, column 14".
  std::string position() const;
  // An exception thrown by the handler stops the parser; feed() rethrows it.

 private:
  void check(int status);
  XML_ParserStruct* parser_;
  XmlHandler& handler_;
  std::string where_;
  std::exception_ptr failure_;
  friend struct XmlCallbacks;
};

}  // namespace sheets
JIXIAO_END_NAMESPACE
