#!/usr/bin/python3
"""Makes the published-file test inputs from the Hongkou golden readings
(tests/data/golden/hongkou-court-2024.*.tsv; the title from the corpus text):

  hongkou-form.xlsx    the form laid out with merged cells, one sheet per
                       declaration (openpyxl); amounts as numbers shown #,##0.00,
                       dates as date cells, everything else as shared strings
  hongkou-split.xlsx   the split-column export: 计算符号 | 指标值 | 计量单位, made
                       with xlsxwriter (shared strings, merges by merge_range)
  hongkou-form.xls     the form as legacy BIFF8 (xlwt), merges and all
  hongkou-form.html    the form as <table>s with rowspan/colspan, entities,
                       &nbsp;, nested markup and <br> inside names

Run: /usr/bin/python3 tests/data/published/make_files.py (rewrites the files;
the output is deterministic)."""

import csv
import datetime
import html
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)


def tsv(name):
    with open(os.path.join(DATA, "golden", name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def title():
    with open(os.path.join(DATA, "corpus", "hongkou-court-2024.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                return line.strip()


DECLARATIONS = tsv("hongkou-court-2024.declarations.tsv")
GOALS = {g["doc"]: g for g in tsv("hongkou-court-2024.goals.tsv")}
INDICATORS = tsv("hongkou-court-2024.indicators.tsv")
TITLE = title()
OPS = {"eq": "=", "ge": "≥", "le": "≤", "gt": ">", "lt": "<"}


def money(text):
    """The golden amount "300000.00" as the number a sheet stores: int if whole."""
    whole, _, cents = text.partition(".")
    return int(whole) if cents.strip("0") == "" else float(text)


class Form:
    """One declaration as rows of cells: (row, column, value, rows, columns),
    0-based, value None for an empty cell; like the printed 申报表."""

    def __init__(self, decl, split=False):
        self.cells = []
        self.row = 0
        d = decl
        g = GOALS[d["doc"]]
        self.put(0, "财政项目支出绩效目标申报表", 1, 6)
        self.next()
        self.put(0, "(2024 年度)", 1, 6)
        self.next()
        self.put_row(["项目名称", d["name"], "项目性质", d["nature"], "项目类别", d["category"]])
        self.put_row(["主管部门", d["supervisor"], "实施单位"])
        self.put(3, d["implementer"], 1, 3)
        self.row -= 0
        self.next()
        self.put_row(["计划开始日期", ("date", d["start_date"]), "计划完成日期"])
        self.put(3, ("date", d["end_date"]), 1, 3)
        self.next()
        self.put(0, "项目资金 (元)", 4, 1)
        self.put_row([None, "项目资金总额", ("money", d["funds.total"]), "年度资金申请总额", ("money", d["funds.annual"])])
        self.put_row([None, "其中：财政资金", ("money", d["funds.total_fiscal"]), "其中：当年财政拨款",
                      ("money", d["funds.annual_appropriation"])])
        self.put_row([None, None, None, "上年结转资金", ("money", d["funds.annual_carryover"])])
        self.put_row([None, "其他资金", ("money", d["funds.total_other"]), "其他资金", ("money", d["funds.annual_other"])])
        self.put(0, "项目绩效目标", 2, 1)
        self.put(1, "项目总目标", 1, 2)
        self.put(3, "年度总体目标", 1, 3)
        self.next()
        self.put(1, g["overall"], 1, 2, goal=True)
        self.put(3, g["annual"], 1, 3, goal=True)
        self.next()
        rows = [i for i in INDICATORS if i["doc"] == d["doc"]]
        self.put(0, "绩效指标", len(rows) + 1, 1)
        header = ["一级指标", "二级指标", "三级指标"]
        header += ["计算符号", "指标值", "计量单位"] if split else ["年度(/项目)指标值"]
        self.put_row([None] + header)
        first = self.row
        for k, ind in enumerate(rows):
            for col, key in ((1, "level1"), (2, "level2")):
                before = rows[k - 1] if k else None
                if before is None or any(before[x] != ind[x] for x in ("level1", "level2")[: col]):
                    span = 1
                    while k + span < len(rows) and all(rows[k + span][x] == ind[x] for x in ("level1", "level2")[: col]):
                        span += 1
                    self.put(col, ind[key], span, 1, at=first + k)
            self.put(3, ind["name"], 1, 1, at=first + k, name=True)
            if split:
                if ind["kind"] == "compare":
                    self.put(4, OPS[ind["op_or_term"]], 1, 1, at=first + k)
                    self.put(5, ind["value_or_basis"], 1, 1, at=first + k)
                    self.put(6, ind["unit"], 1, 1, at=first + k)
                else:
                    self.put(4, "定性", 1, 1, at=first + k)
                    self.put(5, ind["raw"], 1, 1, at=first + k)
            else:
                self.put(4, ind["raw"], 1, 2, at=first + k)
        self.row = first + len(rows)

    def put(self, col, value, rows=1, cols=1, at=None, **flags):
        self.cells.append(dict(row=self.row if at is None else at, col=col, value=value, rows=rows, cols=cols, **flags))

    def put_row(self, values):
        for col, v in enumerate(values):
            if v is not None:
                self.put(col, v)
        self.next()

    def next(self):
        self.row += 1


def forms(split=False):
    return [Form(d, split) for d in DECLARATIONS]


def cell_value(v):
    if isinstance(v, tuple) and v[0] == "date":
        return datetime.datetime.strptime(v[1], "%Y-%m-%d")
    if isinstance(v, tuple) and v[0] == "money":
        return money(v[1])
    return v


def write_xlsx(path, split=False):
    import openpyxl
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    book.remove(book.active)
    for n, form in enumerate(forms(split), start=1):
        sheet = book.create_sheet(f"表{n}")
        top = 0
        if n == 1:  # the document's title heads the first sheet
            sheet.cell(row=1, column=1, value=TITLE)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7 if split else 6)
            top = 1
        for c in form.cells:
            r, k = c["row"] + 1 + top, c["col"] + 1
            cell = sheet.cell(row=r, column=k, value=cell_value(c["value"]))
            if isinstance(c["value"], str):
                cell.data_type = "s"  # "=100.00(%)" is text, not a formula
            if isinstance(c["value"], tuple) and c["value"][0] == "money":
                cell.number_format = "#,##0.00"
            if isinstance(c["value"], tuple) and c["value"][0] == "date":
                cell.number_format = "yyyy-mm-dd"
            if c.get("goal"):
                cell.alignment = Alignment(wrap_text=True)
            if c["rows"] > 1 or c["cols"] > 1:
                sheet.merge_cells(start_row=r, start_column=k, end_row=r + c["rows"] - 1, end_column=k + c["cols"] - 1)
    book.save(path)
    normalize_zip(path)


def write_split_xlsx(path):
    import xlsxwriter

    book = xlsxwriter.Workbook(path)
    book.set_properties({"created": datetime.datetime(2024, 1, 1)})
    money_format = book.add_format({"num_format": "#,##0.00"})
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    plain = book.add_format({})
    for n, form in enumerate(forms(split=True), start=1):
        sheet = book.add_worksheet(f"表{n}")
        top = 0
        if n == 1:
            sheet.merge_range(0, 0, 0, 6, TITLE, plain)
            top = 1
        for c in form.cells:
            r, k, v = c["row"] + top, c["col"], c["value"]
            if isinstance(v, tuple) and v[0] == "money":
                write = lambda r, k, f=money_format, x=cell_value(v): sheet.write_number(r, k, x, f)
                fmt = money_format
            elif isinstance(v, tuple) and v[0] == "date":
                write = lambda r, k, f=date_format, x=cell_value(v): sheet.write_datetime(r, k, x, f)
                fmt = date_format
            else:
                write = lambda r, k, f=plain, x=v: sheet.write_string(r, k, x, f)
                fmt = plain
            if c["rows"] > 1 or c["cols"] > 1:
                sheet.merge_range(r, k, r + c["rows"] - 1, k + c["cols"] - 1, "", fmt)
            write(r, k)
    book.close()


def normalize_zip(path):
    """Fixed member dates and docProps times, so that the file is the same on every run."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"<dcterms:(created|modified)([^>]*)>[^<]*<", rb"<dcterms:\1\2>2024-01-01T00:00:00Z<", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_xls(path):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    money_style = xlwt.easyxf(num_format_str="#,##0.00")
    date_style = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    for n, form in enumerate(forms(), start=1):
        sheet = book.add_sheet(f"表{n}")
        top = 0
        if n == 1:
            sheet.write_merge(0, 0, 0, 5, TITLE)
            top = 1
        for c in form.cells:
            r, k = c["row"] + top, c["col"]
            v = c["value"]
            style = xlwt.Style.default_style
            if isinstance(v, tuple) and v[0] == "money":
                style = money_style
            if isinstance(v, tuple) and v[0] == "date":
                style = date_style
            sheet.write_merge(r, r + c["rows"] - 1, k, k + c["cols"] - 1, cell_value(v), style)
    book.save(path)


def write_html(path):
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           f"<title>{html.escape(TITLE)}</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #000}</style></head><body>"]
    for n, form in enumerate(forms(), start=1):
        out.append('<table class="form">')
        if n == 1:
            out.append(f'  <tr><td colspan="6"><h1>{html.escape(TITLE)}</h1></td></tr>')
        rows = {}
        for c in form.cells:
            rows.setdefault(c["row"], []).append(c)
        for r in range(form.row):
            cells = []
            for c in sorted(rows.get(r, []), key=lambda c: c["col"]):
                v = c["value"]
                text = v[1] if isinstance(v, tuple) else v
                if isinstance(v, tuple) and v[0] == "money":
                    whole, _, cents = text.partition(".")
                    text = f"{int(whole):,}.{cents}"
                body = html.escape(text)
                if c.get("goal"):
                    body = f"<p>{body}</p>"
                elif c.get("name") and len(text) > 6:  # wrapped as a narrow column wraps it
                    body = f"<span>{html.escape(text[:4])}</span><br>\n      {html.escape(text[4:])}"
                elif text.startswith("≥"):
                    body = "&ge;" + html.escape(text[1:])
                elif text.startswith("="):
                    body = "&#61;" + html.escape(text[1:])
                span = (f' rowspan="{c["rows"]}"' if c["rows"] > 1 else "") + (f' colspan="{c["cols"]}"' if c["cols"] > 1 else "")
                tag = "th" if text in ("一级指标", "二级指标", "三级指标", "年度(/项目)指标值") else "td"
                cells.append(f"<{tag}{span}>{body}</{tag}>")
            if r == 7:  # 上年结转资金's row: two empty cells, as sites print them
                cells.insert(0, "<td>&nbsp;</td><td> </td>")
            out.append("  <tr>" + "".join(cells) + "</tr>")
        out.append("</table>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    write_xlsx(os.path.join(HERE, "hongkou-form.xlsx"))
    write_split_xlsx(os.path.join(HERE, "hongkou-split.xlsx"))
    write_xls(os.path.join(HERE, "hongkou-form.xls"))
    write_html(os.path.join(HERE, "hongkou-form.html"))


if __name__ == "__main__":
    sys.exit(main())
