// SPDX-License-Identifier: Apache-2.0
// Round trips through the reader: published text → model → JSON → model → JSON,
// and model → published text → model; the JSON of the Hongkou document checked
// field by field against the golden TSVs.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include "jixiao/csv.hpp"
#include "jixiao/ingest.hpp"
#include "jixiao/json.hpp"
#include "jixiao/read.hpp"
#include "jixiao/render.hpp"
#include "jixiao/summary.hpp"

using namespace jixiao;

namespace {

std::string data_path(const std::string& relative) { return std::string(JIXIAO_TEST_DATA) + "/" + relative; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string& hongkou_text() {
  static const std::string text = slurp(data_path("corpus/hongkou-court-2024.txt"));
  return text;
}

std::vector<std::vector<std::string>> read_tsv(const std::string& name) {
  std::istringstream in(slurp(data_path("golden/" + name)));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
      const auto tab = line.find('\t', start);
      cells.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(cells);
  }
  return rows;
}

// Declarations without what only a source file has: line numbers and spans.
std::vector<Declaration> without_lines(std::vector<Declaration> declarations) {
  for (auto& d : declarations) {
    d.source.reset();
    for (auto& i : d.indicators) i.line.reset();
  }
  return declarations;
}

std::string str(const boost::json::value& v) {
  if (v.is_null()) return "";
  return std::string(v.as_string().c_str(), v.as_string().size());
}

Indicator indicator(std::string level1, std::string level2, std::string name, std::string raw) {
  Target t = parse_target(raw);
  return Indicator{std::move(level1), std::move(level2), std::move(name), std::move(t), std::nullopt, std::nullopt};
}

}  // namespace

TEST(WritersRoundTrip, HongkouTextToJsonAndBackIsIdentical) {
  const Document doc = read_published_text(hongkou_text());
  ASSERT_EQ(doc.declarations.size(), 7u);
  const std::string json = to_json(doc);
  const Document back = document_from_json(json);
  EXPECT_EQ(back, doc);
  EXPECT_EQ(to_json(back), json);
  EXPECT_EQ(document_from_json(to_json(doc, JsonWriteOptions{true})), doc);
}

TEST(WritersRoundTrip, HongkouJsonMatchesGoldenFieldByField) {
  const boost::json::value v = boost::json::parse(to_json(read_published_text(hongkou_text())));
  EXPECT_EQ(v.at("format"), "jixiao.document/1");
  EXPECT_EQ(v.at("title"), "上海市虹口区人民法院 2024 年度项目绩效目标汇总表");
  const auto& declarations = v.at("declarations").as_array();
  const auto golden = read_tsv("hongkou-court-2024.declarations.tsv");
  ASSERT_EQ(declarations.size(), golden.size());
  for (std::size_t i = 0; i < golden.size(); ++i) {
    const auto& g = golden[i];
    const auto& d = declarations[i];
    SCOPED_TRACE("declaration " + g[0]);
    EXPECT_EQ(str(d.at("project").at("name")), g[1]);
    EXPECT_EQ(str(d.at("project").at("nature")), g[2]);
    EXPECT_EQ(str(d.at("project").at("category")), g[3]);
    EXPECT_EQ(str(d.at("project").at("supervisor")), g[4]);
    EXPECT_EQ(str(d.at("project").at("implementer")), g[5]);
    EXPECT_EQ(str(d.at("project").at("start_date")), g[6]);
    EXPECT_EQ(str(d.at("project").at("end_date")), g[7]);
    EXPECT_EQ(std::to_string(d.at("year").as_int64()), g[8]);
    const char* funds[] = {"total", "total_fiscal", "total_other", "annual", "annual_appropriation",
                           "annual_carryover", "annual_other"};
    for (std::size_t k = 0; k < 7; ++k) EXPECT_EQ(str(d.at("funds").at(funds[k])), g[9 + k]) << funds[k];
    EXPECT_EQ(str(d.at("funds").at("unit")), "元");
    EXPECT_EQ(std::to_string(d.at("indicators").as_array().size()), g[16]);
  }
  // Indicators, in order, per declaration.
  std::vector<std::size_t> next(declarations.size(), 0);
  for (const auto& g : read_tsv("hongkou-court-2024.indicators.tsv")) {
    const auto di = static_cast<std::size_t>(std::stoi(g[0]) - 1);
    const auto& ind = declarations.at(di).at("indicators").as_array().at(next[di]++);
    SCOPED_TRACE(g[4]);
    EXPECT_EQ(str(ind.at("level1")), g[2]);
    EXPECT_EQ(str(ind.at("level2")), g[3]);
    EXPECT_EQ(str(ind.at("name")), g[4]);
    const auto& t = ind.at("target");
    EXPECT_EQ(str(t.at("raw")), g[5]);
    EXPECT_EQ(str(t.at("kind")), g[6]);
    if (g[6] == "compare") {
      EXPECT_EQ(str(t.at("op")), g[7]);
      EXPECT_EQ(str(t.at("value")), g[8]);
      EXPECT_EQ(str(t.at("unit")), g[9]);
    } else if (g[6] == "trend") {
      EXPECT_EQ(str(t.at("direction")), g[7]);
      EXPECT_EQ(str(t.at("basis")), g[8]);
    } else if (g[6] == "qualitative") {
      EXPECT_EQ(str(t.at("term")), g[7]);
    }
  }
}

TEST(WritersRoundTrip, HongkouRenderedAndReadBackGivesTheSameDeclarations) {
  const Document doc = read_published_text(hongkou_text());
  const std::string text = render_published_text(doc);
  const Document back = read_published_text(text);
  EXPECT_EQ(back.title, doc.title);
  ASSERT_EQ(back.declarations.size(), doc.declarations.size());
  const auto expected = without_lines(doc.declarations);
  const auto actual = without_lines(back.declarations);
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(actual[i], expected[i]) << "declaration " << i;
  // Rendering what was read back gives the same text again.
  EXPECT_EQ(render_published_text(back), text);
}

TEST(WritersRoundTrip, RenderedHongkouLooksLikeThePublishedForm) {
  const std::string text = render_published_text(read_published_text(hongkou_text()));
  for (const char* line : {"上海市虹口区人民法院 2024 年度项目绩效目标汇总表\n", "财政项目支出绩效目标申报表\n", "(2024 年度)\n",
                           "项目名称\t专业设备购置及更新\t项目性质\t其他一次性项目\t项目类别\t特定目标类\n",
                           "项目资金 (元)\t项目资金总额\t12,780,000.00\t年度资金申请总额\t12,780,000.00\t\n",
                           "\t一级指标\t二级指标\t三级指标\t年度(/项目)指标值\n",
                           "\t成本指标\t经济成本指标\t设备单价合规性\t合规\n",
                           "\t产出指标\t数量指标\t水泵更完成率\t=100.00(%)\n", "\t\t\t法警设备采购完成率\t=100.00(%)\n"}) {
    EXPECT_NE(text.find(line), std::string::npos) << line;
  }
}

TEST(WritersRoundTrip, HandBuiltDocumentsRenderAndReadBack) {
  Document doc;
  doc.title = "某单位 2025 年度项目绩效目标汇总表";
  Declaration a;
  a.year = 2025;
  a.project = Project{"测试项目", "阶段性项目", "特定目标类", "某局", "某中心", Date{2025, 1, 1}, Date{2026, 12, 31}};
  a.funds = Funds{"元",
                  Money::from_fen(77132580000),
                  Money::from_fen(77132580000),
                  Money::from_fen(0),
                  Money::from_fen(22614510000),
                  Money::from_fen(22000000000),
                  Money::from_fen(614510000),
                  Money::from_fen(0)};
  a.goals = Goals{"总目标：完成建设。", "年度目标：完成一期。"};
  a.indicators = {indicator("产出指标", "数量指标", "完成数", "≥2次"),
                  indicator("产出指标", "数量指标", "覆盖率", "100%"),
                  indicator("产出指标", "质量指标", "合格率", "≥98.70%"),
                  indicator("产出指标", "时效指标", "完成时间", "2025年12月31日前完成"),
                  indicator("成本指标", "经济成本指标", "单价", "≤90万元"),
                  indicator("效益指标", "社会效益指标", "效率", "同比上升"),
                  indicator("效益指标", "可持续影响指标", "机制", "健全"),
                  indicator("满意度指标", "服务对象满意度指标", "群众满意率", "≥90.00 (%)")};
  Declaration b;  // 万元, some fields absent
  b.year = 2025;
  b.project.name = "第二个项目";
  b.project.nature = "经常性项目";
  b.funds.unit = "万元";
  b.funds.total = Money::from_fen(1234567);  // 1.234567 万元
  b.funds.annual = Money::from_fen(1234567);
  b.goals.overall = "目标";
  b.indicators = {indicator("产出指标", "数量指标", "次数", "=3(次)"), indicator("满意度指标", "服务对象满意度指标", "满意", ">92%")};
  doc.declarations = {a, b};

  const Document back = read_published_text(render_published_text(doc));
  EXPECT_EQ(back.title, doc.title);
  ASSERT_EQ(back.declarations.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    // JSON first, for a readable difference; then the model itself.
    EXPECT_EQ(to_json(without_lines(back.declarations)[i]), to_json(doc.declarations[i]));
    EXPECT_EQ(without_lines(back.declarations)[i], doc.declarations[i]);
  }
  // The reader guessed nothing; it only notes what the second form lacks.
  ASSERT_EQ(back.diagnostics.size(), 1u) << to_json(back);
  EXPECT_EQ(back.diagnostics[0].code, "INGEST_FIELDS_MISSING");
  EXPECT_EQ(back.diagnostics[0].declaration, 1u);
}

TEST(WritersRoundTrip, ReadDocumentDetectsTheFormat) {
  EXPECT_EQ(detect_input_format(hongkou_text()), InputFormat::published_text);
  const Document doc = read_published_text(hongkou_text());
  const std::string json = to_json(doc, JsonWriteOptions{true});
  EXPECT_EQ(detect_input_format(json), InputFormat::json);
  EXPECT_EQ(detect_input_format("\xEF\xBB\xBF\n  {}"), InputFormat::json);
  EXPECT_EQ(detect_input_format(" [ {"), InputFormat::json);
  EXPECT_EQ(detect_input_format("[]"), InputFormat::json);
  EXPECT_EQ(detect_input_format("[附件1] 某单位汇总表"), InputFormat::published_text);
  EXPECT_EQ(detect_input_format(""), InputFormat::published_text);
  EXPECT_THROW(read_document("[[1]]"), Error);
  EXPECT_EQ(read_document(json), doc);
  EXPECT_EQ(read_document(hongkou_text()), doc);
}

TEST(WritersRoundTrip, ReadDocumentFileNamesTheFileInErrors) {
  const std::string path = data_path("corpus/hongkou-court-2024.txt");
  EXPECT_EQ(read_document_file(path).declarations.size(), 7u);
  try {
    read_document_file(data_path("corpus/no-such-file.txt"));
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::io);
    EXPECT_NE(std::string(e.what()).find("no-such-file.txt"), std::string::npos) << e.what();
  }
  ReadOptions options;
  options.source_name = "broken.json";
  try {
    read_document("{\"format\": 1,", options);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::parse);
    EXPECT_EQ(e.source(), "broken.json");
    EXPECT_EQ(e.line(), 1u);
  }
  options.limits.max_input_bytes = 10;
  try {
    read_document(hongkou_text(), options);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.kind(), ErrorKind::limit);
  }
}

TEST(WritersRoundTrip, HongkouSummaryTotals) {
  const Summary s = summarize(read_published_text(hongkou_text()));
  // 300,000 + 12,780,000 + 3,442,618 + 13,719,464 + 30,000 + 2,746,533 + 360,000
  EXPECT_EQ(s.total.to_thousands(), "33,378,615.00");
  EXPECT_EQ(s.annual.to_thousands(), "33,378,615.00");
  EXPECT_EQ(s.indicators.total(), 100u);
  EXPECT_EQ(s.indicators.by_level1[0], 45u);  // 产出
  EXPECT_EQ(s.indicators.by_level1[1], 8u);   // 成本
  EXPECT_EQ(s.indicators.by_level1[2], 39u);  // 效益
  EXPECT_EQ(s.indicators.by_level1[3], 8u);   // 满意度
}

TEST(WritersRoundTrip, HongkouCsvHasOneRowPerGoldenIndicator) {
  const std::string csv = indicators_csv(read_published_text(hongkou_text()));
  std::size_t lines = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++lines;
  EXPECT_EQ(lines, 1u + read_tsv("hongkou-court-2024.indicators.tsv").size());
  EXPECT_NE(csv.find("3,审判执行业务费,产出指标,数量指标,全年收案数,≥26000.00(件),compare,ge,26000.00,,件,,,,"),
            std::string::npos);
}

TEST(WritersRoundTrip, TargetJsonAgreesWithTheTargetModule) {
  // `jixiao parse` (json.hpp) and `jixiao target` (target.hpp) print one target JSON.
  const Document doc = read_published_text(hongkou_text());
  std::vector<Target> targets;
  for (const auto& d : doc.declarations)
    for (const auto& i : d.indicators) targets.push_back(i.target);
  for (const char* raw : {"45%-60%", "同比增长5%", "2024年12月31日前完成", "2023.07-2024.01", "≥", "100%（1.0）", "a\"b\\c"})
    targets.push_back(parse_target(raw));
  for (const auto& t : targets) EXPECT_EQ(to_json(t), target_to_json(t)) << t.raw;
}
