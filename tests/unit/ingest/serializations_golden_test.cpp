// The Hongkou document in every text serialization (tests/data/serializations/)
// reads field for field like the seed's golden: names, levels, targets, funds,
// dates, goals of all 7 declarations and 100 indicators (golden_compare.hpp).
// Detection chooses the front end; read_rows the reader.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "golden_compare.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/text_rows.hpp"

namespace {

using ingest_test::golden_differences;
using ingest_test::read_file;

jixiao::Document read_text(const std::string& file) {
  const std::string bytes = read_file(file);
  auto rows = jixiao::open_text_rows(bytes);
  return jixiao::read_rows(*rows, {file, {}});
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

class Lossless : public testing::TestWithParam<const char*> {};

TEST_P(Lossless, ReadsLikeTheGolden) {
  const auto doc = read_text(GetParam());
  EXPECT_EQ(joined(golden_differences(doc)), "");
  ASSERT_TRUE(doc.title.has_value());
  EXPECT_EQ(*doc.title, "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
}

INSTANTIATE_TEST_SUITE_P(Serializations, Lossless,
                         testing::Values("corpus/hongkou-court-2024.txt", "serializations/hongkou.aligned.txt",
                                         "serializations/hongkou.pipes.txt", "serializations/hongkou.md"));

}  // namespace
