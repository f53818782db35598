// SPDX-License-Identifier: Apache-2.0
// The new 指标值 forms inside a declaration: ingest gives a yearless target the
// declaration's budget year (resolve_year), and reads the other forms as alone.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "jixiao/ingest.hpp"
#include "jixiao/target.hpp"

namespace {

using namespace jixiao;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const Indicator& named(const Declaration& d, std::string_view name) {
  for (const Indicator& i : d.indicators)
    if (i.name == name) return i;
  throw std::runtime_error("no indicator " + std::string(name));
}

TEST(IngestRealForms, YearlessTargetsTakeTheBudgetYear) {
  const Document doc = read_published_text(slurp(std::string(JIXIAO_TEST_DATA) + "/validate/real_forms.txt"));
  ASSERT_EQ(doc.declarations.size(), 1u);
  const Declaration& d = doc.declarations[0];
  ASSERT_EQ(d.year, 2024);
  EXPECT_EQ(target_to_json(named(d, "设备采购及时性").target),
            R"j({"raw":"11月底前","kind":"deadline","date":"2024-11-30"})j");
  EXPECT_EQ(target_to_json(named(d, "设备报修响应及时性").target),
            R"j({"raw":"每年12月底前","kind":"deadline","date":null,"month_day":"12-31","recurring":true})j");
  EXPECT_EQ(target_to_json(named(d, "入库登记完成率").target),
            R"j({"raw":"1-12月","kind":"period","start":"2024-01","end":"2024-12"})j");
  EXPECT_EQ(target_to_json(named(d, "法院办案效率").target),
            R"j({"raw":"持续改善","kind":"trend","direction":"up","basis":"none"})j");
  EXPECT_EQ(target_to_json(named(d, "办案场所安全性").target),
            R"j({"raw":"提高5个百分点","kind":"trend","direction":"up","basis":"none","by":{"value":"5","unit":"百分点"}})j");
  EXPECT_EQ(target_to_json(named(d, "法治宣传开展情况").target),
            R"j({"raw":"至少全年完成2次宣传","kind":"compare","op":"ge","value":"2","unit":"次"})j");
  EXPECT_EQ(named(d, "法治宣传开展情况").level2, "社会效益指标");
  EXPECT_EQ(named(d, "设备单价合规性").target.kind(), TargetKind::placeholder);
}

}  // namespace
