# SPDX-License-Identifier: Apache-2.0
"""End-to-end tests of `jixiao score` (scoring.md, cli.md).

usage: test_score_cli.py JIXIAO TEST_DATA_DIR [unittest args]

The Hongkou document against tests/data/score/hongkou-court-2024.actuals.json. The
expected totals are worked out by hand below from the actuals file and the rules
of scoring.md (budget 10, 产出+成本 50, 效益 30, 满意度 10, equal shares inside a part).
"""

import json
import os
import unittest

import cli_support
from cli_support import data, run


def corpus():
    return data("corpus", "hongkou-court-2024.txt")


def actuals():
    return data("score", "hongkou-court-2024.actuals.json")


# (project, total, grade), by hand:
# 1 专业设备购置及更新: budget 291000/300000 = 97% → 9.70; 产出+成本 7 rows of 50/7, six met
#   and 95/100 → 50/7 × 6.95 = 49.642857…; 效益 4 rows of 7.5: 98/100 → 7.35, two trends
#   met 15, partial 70% → 5.25 = 27.60; 满意度 93.5 ≥ 90 → 10.  Exactly 96.942857…, but the
#   自评表 adds up its printed rows: 9.70 + 6 × 7.14 + 6.79 + 27.60 + 10 = 96.93 优.
# 3 信息化建设项目: budget 80% → 8.00; 产出+成本 6 rows of 50/6: 4 met, 80/100, not
#   achieved 30% → 50/6 × 5.1 = 42.5; 效益 5 rows of 6: 4 met + 90/100 → 29.4; 满意度 10.
#   Exactly 89.90; printed rows 8.00 + 4 × 8.33 + 6.67 + 2.50 + 29.40 + 10 = 89.89 良.
# 7 交通工具购置及更新: budget 298800/360000 = 83% → 8.30; 产出+成本 8 rows of 6.25: six
#   met, one partial 70%, one trend missed → 6.25 × 6.7 = 41.875; 效益 5 rows of 6: 92/100
#   → 5.52 + 24 = 29.52; 满意度 10.  89.695 → 89.70 (half-up) 良.
HAND_CHECKED = {
    "专业设备购置及更新": ("96.93", "优"),
    "信息化建设项目": ("89.89", "良"),
    "交通工具购置及更新": ("89.70", "良"),
}


class ScoreHongkou(unittest.TestCase):
    def test_json_totals_and_grades(self):
        status, out, err = run("score", corpus(), actuals(), "--format", "json")
        self.assertEqual(status, 0, err)  # warnings only (low budget execution, an overshoot)
        report = json.loads(out)
        self.assertEqual(report["format"], "jixiao.score/1")
        self.assertEqual(len(report["declarations"]), 7)
        self.assertEqual(report["diagnostics"], [])
        by_project = {d["project"]: d for d in report["declarations"]}
        for project, (total, grade) in HAND_CHECKED.items():
            with self.subTest(project=project):
                self.assertEqual(by_project[project]["total"], total)
                self.assertEqual(by_project[project]["grade"], grade)
        first = by_project["专业设备购置及更新"]
        self.assertEqual(first["budget"]["rate"], "0.9700")
        self.assertEqual(first["budget"]["score"], "9.70")
        self.assertEqual(len(first["indicators"]), 12)
        # 法警设备采购完成率: 95% against =100.00(%): 50/7 × 0.95 = 6.785714… → 6.79.
        row = next(r for r in first["indicators"] if r["name"] == "法警设备采购完成率")
        self.assertEqual(row["level1"], "产出指标")
        self.assertEqual(row["target"], "=100.00(%)")
        self.assertEqual(row["actual"], "95%")
        self.assertEqual(row["weight"], "7.14")
        self.assertEqual(row["score"], "6.79")
        self.assertFalse(row["met"])
        self.assertEqual(row["reason"], "实际值 95% 未达到目标 =100.00(%)")
        self.assertEqual(row["exact_score"], "6.7857142857142858")
        # 效益 30 in four equal rows.
        self.assertEqual(first["level1"]["效益指标"], {"weight": "30.00", "score": "27.60"})
        # 信息化建设项目 executed 80% of its budget: a reason is owed.
        codes = [d["code"] for d in by_project["信息化建设项目"]["diagnostics"]]
        self.assertEqual(codes[-1], "SCORE_BUDGET_LOW")
        # and each of its three rows below full marks owes a 偏差原因 (none given).
        self.assertEqual(codes[:-1], ["SCORE_REASON_MISSING"] * 3)

    def test_text_is_the_table_with_headings(self):
        status, out, err = run("score", corpus(), actuals())
        self.assertEqual(status, 0, err)
        self.assertIn("专业设备购置及更新（总分 96.93，优）", out)
        self.assertIn("交通工具购置及更新（总分 89.70，良）", out)
        self.assertIn("法警设备采购完成率", out)
        self.assertIn("等级：优", out)
        # The summary of warnings goes to standard error, not into the table.
        self.assertIn("warning", err)
        self.assertNotIn("warning(s)", out)

    def test_markdown_and_csv(self):
        status, out, err = run("score", corpus(), actuals(), "--format", "markdown", "--quiet")
        self.assertEqual(status, 0, err)
        self.assertIn("## 信息化建设项目（总分 89.89，良）", out)
        self.assertEqual(err, "")
        status, out, err = run("score", corpus(), actuals(), "--format", "csv", "--quiet")
        self.assertEqual(status, 0, err)
        lines = out.splitlines()
        self.assertEqual(lines[0], "项目名称,专业设备购置及更新")
        # Per declaration: 项目名称, funds block (header + 4), goals (header + 1), indicator
        # block (header + rows + 总分), blank lines between (100 indicators, 7 declarations).
        self.assertEqual(len(lines), 100 + 7 * (1 + 5 + 2 + 2 + 3) + 6)
        self.assertIn("总分,,,,,100.00,96.93,等级：优,", lines)

    def test_reverse_formula_linear(self):
        # 信息化运维项目: 故障响应时间 ≤6 小时, actual 7.5.  ratio 6/7.5 = 0.8; linear
        # (12 − 7.5)/6 = 0.75: the row prints 50/9 × 0.75 = 4.17 instead of 4.44, so 总分
        # 92.86 (the printed rows' sum) becomes 92.59.
        # Its 信息安全事故 (=0, actual 1) scores 0 either way.
        status, out, err = run("score", corpus(), actuals(), "--format", "json")
        self.assertEqual(status, 0, err)
        ratio = {d["project"]: d["total"] for d in json.loads(out)["declarations"]}
        self.assertEqual(ratio["信息化运维项目"], "92.86")
        status, out, err = run("score", corpus(), actuals(), "--format", "json", "--reverse-formula", "linear")
        self.assertEqual(status, 0, err)
        linear = {d["project"]: d["total"] for d in json.loads(out)["declarations"]}
        self.assertEqual(linear["信息化运维项目"], "92.59")
        # A declaration without a missed ≤ target does not move.
        self.assertEqual(linear["专业设备购置及更新"], "96.93")

    def test_actuals_from_standard_input(self):
        with open(actuals(), "rb") as f:
            text = f.read()
        status, out, err = run("score", corpus(), "-", "--format", "json", stdin=text)
        self.assertEqual(status, 0, err)
        totals = {d["project"]: d["total"] for d in json.loads(out)["declarations"]}
        self.assertEqual(totals["专业设备购置及更新"], "96.93")

    def test_shanghai_grades(self):
        # 信息化建设项目 is 良 under both schemes; the words of the lower two differ.
        status, out, err = run("score", corpus(), actuals(), "--grades", "shanghai", "--format", "json", "--quiet")
        self.assertEqual(status, 0, err)
        report = json.loads(out)
        self.assertEqual({d["grade_scheme"] for d in report["declarations"]}, {"shanghai"})
        status, out, err = run("score", corpus(), actuals(), "--grades", "provincial")
        self.assertEqual(status, 2)
        self.assertIn("national or shanghai", err)

    def test_check_and_summary_of_a_document_without_published_scores(self):
        # The Hongkou declarations publish no 得分: nothing to check, and the summary
        # scores them with no actuals (all 0, 差) over Σ 年度资金申请总额 in 万元.
        status, out, err = run("score", "--check", corpus())
        self.assertEqual(status, 0, err)
        self.assertIn("未发现偏差", out)
        status, out, err = run("score", "--summary", "--format", "json", corpus())
        self.assertEqual(status, 0, err)
        summary = json.loads(out)
        self.assertEqual(summary["projects"], 7)
        self.assertEqual(summary["budget_wan"], "3337.861500")
        self.assertEqual(summary["grades"]["差"], 7)
        status, out, err = run("score", "--check")
        self.assertEqual(status, 2)

    def test_output_file(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "report.json")
            status, out, err = run("score", corpus(), actuals(), "--format", "json", "--output", path)
            self.assertEqual(status, 0, err)
            self.assertEqual(out, "")
            with open(path, encoding="utf-8") as f:
                self.assertEqual(len(json.load(f)["declarations"]), 7)

    def test_profile_overshoot(self):
        # 庭审直播率: 3.1% against ≥2.00(%) is 155% of the target: an overshoot at the
        # default 1.20 and at a profile's 1.5, none at 1.6.
        import tempfile

        def overshoots(*extra):
            status, out, err = run("score", corpus(), actuals(), "--format", "json", *extra)
            self.assertEqual(status, 0, err)
            return [(r["name"], r["reason"]) for d in json.loads(out)["declarations"]
                    for r in d["indicators"] if r["overshoot"]]

        self.assertEqual([name for name, _ in overshoots()], ["庭审直播率"])
        with tempfile.TemporaryDirectory() as tmp:
            def profile(text):
                path = os.path.join(tmp, "profile.json")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                return path
            found = overshoots("--profile", profile('{"base": "shanghai", "overshoot": "1.5"}'))
            self.assertEqual(len(found), 1)
            self.assertIn("达到目标的 150% 以上", found[0][1])
            self.assertEqual(overshoots("--profile", profile('{"overshoot": "1.6"}')), [])
            self.assertEqual([name for name, _ in overshoots("--profile", "shanghai")], ["庭审直播率"])
            path = profile('{"overshoot": "0.5"}')
            status, out, err = run("score", corpus(), actuals(), "--profile", path)
            self.assertEqual(status, 2)
            self.assertIn(f'{path}: "overshoot": expected', err)


class ScoreErrors(unittest.TestCase):
    def test_missing_actuals_file(self):
        missing = data("score", "no-such-file.actuals.json")
        status, out, err = run("score", corpus(), missing)
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("no-such-file.actuals.json", err)

    def test_missing_declarations_file(self):
        missing = data("corpus", "no-such-file.txt")
        status, out, err = run("score", missing, actuals())
        self.assertEqual(status, 2)
        self.assertEqual(out, "")
        self.assertIn("no-such-file.txt", err)

    def test_usage_errors(self):
        # (one FILE is a 自评表 with its own actuals now: cli.md additions)
        for args in (["score", corpus(), actuals(), actuals()],
                     ["score", corpus(), actuals(), "--format", "xml"],
                     ["score", corpus(), actuals(), "--reverse-formula", "square"],
                     ["score", "-", "-"]):
            with self.subTest(args=args):
                status, out, err = run(*args)
                self.assertEqual(status, 2, err)
                self.assertEqual(out, "")
                self.assertNotEqual(err, "")

    def test_bad_actuals_name_the_path(self):
        bad = b'{"format": "jixiao.actuals/1", "declarations": [{"project": "x", "indicators": [{"name": 5}]}]}'
        status, out, err = run("score", corpus(), "-", stdin=bad)
        self.assertEqual(status, 2)
        self.assertIn("declarations[0].indicators[0].name", err)

    def test_unscorable_actual_exits_1(self):
        # A unit that contradicts the target's (件 against %) is an error of that row:
        # the report is written, and the exit status says it is incomplete.
        with open(actuals(), encoding="utf-8") as f:
            doc = json.load(f)
        row = doc["declarations"][0]["indicators"][2]
        self.assertEqual(row["name"], "法警设备采购完成率")
        row["unit"] = "件"
        status, out, err = run("score", corpus(), "-", "--format", "json",
                               stdin=json.dumps(doc, ensure_ascii=False).encode("utf-8"))
        self.assertEqual(status, 1, err)
        report = json.loads(out)
        first = report["declarations"][0]
        bad = next(r for r in first["indicators"] if r["name"] == "法警设备采购完成率")
        self.assertEqual(bad["status"], "error")
        self.assertEqual(bad["score"], "0.00")
        self.assertIn("SCORE_UNIT_MISMATCH", [d["code"] for d in first["diagnostics"]])


if __name__ == "__main__":
    unittest.main(argv=cli_support.configure())
