// SPDX-License-Identifier: Apache-2.0
// PublishedTextReader: the same reading as read_published_text, handed over one
// declaration at a time. What a streaming caller relies on is asserted here:
// the title is final after the first next(), every diagnostic about a declaration
// is there when it is handed over, and the end is reported once.

#include <gtest/gtest.h>

#include <string>

#include "ingest_support.hpp"
#include "jixiao/error.hpp"
#include "jixiao/ingest.hpp"

namespace {

using jixiao::Declaration;
using jixiao::PublishedTextReader;

TEST(PublishedTextReader, HandsOverTheHongkouDeclarationsInOrder) {
  const std::string text = ingest_test::hongkou();
  PublishedTextReader reader(text);
  std::vector<std::string> names;
  std::vector<std::size_t> indicator_counts;
  while (auto d = reader.next()) {
    EXPECT_EQ(reader.title(), "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
    ASSERT_TRUE(d->project.name);
    names.push_back(*d->project.name);
    indicator_counts.push_back(d->indicators.size());
    EXPECT_EQ(reader.count(), names.size());
  }
  // ../golden/hongkou-court-2024.declarations.tsv: 7 declarations, 100 indicators.
  ASSERT_EQ(names.size(), 7u);
  EXPECT_EQ(names.front(), "专业设备购置及更新");
  std::size_t total = 0;
  for (auto n : indicator_counts) total += n;
  EXPECT_EQ(total, 100u);
  EXPECT_FALSE(reader.next()) << "the end is reported again, not a new declaration";
}

TEST(PublishedTextReader, DiagnosticsOfADeclarationArriveWithIt) {
  // Two copies of the document: the duplicated indicator and the other findings
  // of each copy must be there when its declaration is handed over.
  const std::string text = ingest_test::hongkou() + "\n" + ingest_test::hongkou();
  const jixiao::Document whole = jixiao::read_published_text(text);
  ASSERT_FALSE(whole.diagnostics.empty());

  PublishedTextReader reader(text);
  std::size_t index = 0;
  while (auto d = reader.next()) {
    ASSERT_LT(index, whole.declarations.size());
    EXPECT_EQ(*d, whole.declarations[index]);
    std::size_t expected = 0, present = 0;
    for (const auto& diagnostic : whole.diagnostics)
      if (diagnostic.declaration == index) ++expected;
    for (const auto& diagnostic : reader.diagnostics())
      if (diagnostic.declaration == index) ++present;
    EXPECT_EQ(present, expected) << "declaration " << index;
    ++index;
  }
  EXPECT_EQ(index, 14u);
  EXPECT_EQ(reader.diagnostics(), whole.diagnostics);
  EXPECT_EQ(reader.title(), whole.title);
}

TEST(PublishedTextReader, NoDeclarationIsReportedOnce) {
  PublishedTextReader reader("只有一行标题\n");
  EXPECT_FALSE(reader.next());
  EXPECT_FALSE(reader.next());
  ASSERT_EQ(reader.diagnostics().size(), 1u);
  EXPECT_EQ(reader.diagnostics()[0].code, "INGEST_NO_DECLARATION");
  EXPECT_EQ(reader.count(), 0u);
}

TEST(PublishedTextReader, LimitOnDeclarationsThrowsFromNext) {
  const std::string text = ingest_test::hongkou();
  jixiao::IngestOptions options;
  options.limits.max_declarations = 2;
  PublishedTextReader reader(text, options);
  EXPECT_TRUE(reader.next());
  // The third heading is where the input exceeds the limit: it ends the second
  // declaration, and the error comes instead of it (as read_published_text throws).
  try {
    (void)reader.next();
    FAIL() << "the third heading was read past max_declarations = 2";
  } catch (const jixiao::Error& e) {
    EXPECT_EQ(e.kind(), jixiao::ErrorKind::limit);
    EXPECT_EQ(e.expected(), "max_declarations");
  }
}

TEST(PublishedTextReader, MovedReaderKeepsReading) {
  const std::string text = ingest_test::hongkou();
  PublishedTextReader first(text);
  ASSERT_TRUE(first.next());
  PublishedTextReader second = std::move(first);
  std::size_t rest = 0;
  while (second.next()) ++rest;
  EXPECT_EQ(rest, 6u);
  EXPECT_EQ(second.count(), 7u);
}

}  // namespace
