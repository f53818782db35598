// SPDX-License-Identifier: Apache-2.0
#pragma once
// Which interpreter reads tab-separated text: the seed's streaming reader
// (PublishedTextReader, the Shanghai 申报表 at ≥ 200 MB/s in constant memory) or
// the form interpreter (read_rows: every other layout, the 自评表s).

#include <string_view>

#include "jixiao/config.hpp"

JIXIAO_BEGIN_NAMESPACE
namespace ingest {

// False when the first lines of the text (256 lines or 256 KiB, as detection
// looks) hold a form label only other layouts print (主管部门及代码, 项目属性,
// 资金情况(万元), 分值, 实际完成值, 项目完成指标, 产出指标(50分) …) or a 自评表
// heading; true otherwise, the seed's reader being the one that reads the
// Shanghai form and reports what it cannot.
bool is_seed_tab_text(std::string_view tab_text);

// Is the cell a label only other layouts print (the test above, cell by cell),
// so that the seed's reader would not know it?
bool only_other_layouts_print(std::string_view cell);

}  // namespace ingest
JIXIAO_END_NAMESPACE
