// SPDX-License-Identifier: Apache-2.0
// The indicators CSV: columns per target kind and RFC 4180 quoting.
#include <string>

#include <gtest/gtest.h>

#include "jixiao/csv.hpp"

using namespace jixiao;

namespace {

Decimal dec(std::int64_t mantissa, int scale) { return Decimal::from_parts(mantissa, scale); }

Indicator row(std::string level1, std::string level2, std::string name, Target target,
              std::optional<std::uint32_t> line = std::nullopt) {
  return Indicator{std::move(level1), std::move(level2), std::move(name), std::move(target), line, std::nullopt};
}

}  // namespace

TEST(IndicatorsCsv, OneRowPerIndicatorWithKindColumns) {
  Document doc;
  Declaration a;
  a.project.name = "审判执行业务费";
  a.indicators.push_back(row("产出指标", "数量指标", "全年收案数",
                             Target{"≥26000.00(件)", CompareTarget{CompareOp::ge, dec(2600000, 2), "件", ""}}, 110));
  a.indicators.push_back(row("效益指标", "社会效益指标", "区间", Target{"45%-60%", RangeTarget{dec(45, 0), dec(60, 0), "%", ""}}));
  a.indicators.push_back(row("效益指标", "社会效益指标", "增长",
                             Target{"同比增长5%", TrendTarget{TrendDirection::up, TrendBasis::yoy, TrendBy{dec(5, 0), "%"}}}));
  a.indicators.push_back(row("产出指标", "时效指标", "截止", Target{"2024年12月31日前完成", DeadlineTarget{Date{2024, 12, 31}}}));
  a.indicators.push_back(row("产出指标", "时效指标", "期间", Target{"2023.07-2024.01", PeriodTarget{"2023-07", "2024-01"}}));
  Declaration b;  // no project name
  b.indicators.push_back(row("成本指标", "经济成本指标", "合规性", Target{"合规", QualitativeTarget{"合规"}}, 36));
  b.indicators.push_back(row("满意度指标", "服务对象满意度指标", "坏, \"值\"",
                             Target{"≥", InvalidTarget{3, "number", "expected a number, at byte 3"}}));
  doc.declarations = {a, b};
  EXPECT_EQ(indicators_csv(doc),
            "declaration,project,level1,level2,name,raw,kind,op_or_term,value_or_low,high,unit,basis,note,error,line\r\n"
            "0,审判执行业务费,产出指标,数量指标,全年收案数,≥26000.00(件),compare,ge,26000.00,,件,,,,110\r\n"
            "0,审判执行业务费,效益指标,社会效益指标,区间,45%-60%,range,,45,60,%,,,,\r\n"
            "0,审判执行业务费,效益指标,社会效益指标,增长,同比增长5%,trend,up,5,,%,yoy,,,\r\n"
            "0,审判执行业务费,产出指标,时效指标,截止,2024年12月31日前完成,deadline,,2024-12-31,,,,,,\r\n"
            "0,审判执行业务费,产出指标,时效指标,期间,2023.07-2024.01,period,,2023-07,2024-01,,,,,\r\n"
            "1,,成本指标,经济成本指标,合规性,合规,qualitative,合规,,,,,,,36\r\n"
            "1,,满意度指标,服务对象满意度指标,\"坏, \"\"值\"\"\",≥,invalid,,,,,,,\"expected a number, at byte 3\",\r\n");
}

TEST(IndicatorsCsv, EmptyDocumentHasTheHeaderOnly) {
  EXPECT_EQ(indicators_csv(Document{}),
            "declaration,project,level1,level2,name,raw,kind,op_or_term,value_or_low,high,unit,basis,note,error,line\r\n");
}

TEST(IndicatorsCsv, TableHasFifteenColumnsPerRow) {
  Document doc;
  Declaration d;
  d.indicators.push_back(row("a", "b", "c", Target{"100%（1.0）", CompareTarget{CompareOp::eq, dec(100, 0), "%", "1.0"}}));
  doc.declarations = {d};
  const Table t = indicators_table(doc);
  ASSERT_EQ(t.header.size(), 15u);
  ASSERT_EQ(t.rows.size(), 1u);
  EXPECT_EQ(t.rows[0].size(), 15u);
  EXPECT_EQ(t.rows[0][12], "1.0");  // note
  EXPECT_EQ(t.rows[0][7], "eq");
}
