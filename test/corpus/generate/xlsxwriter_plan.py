#!/usr/bin/python3
"""The original plan (plan.<lang>.json) written with XlsxWriter, as pandas and many reporting tools write workbooks.

Usage: /usr/bin/python3 xlsxwriter_plan.py <plan.json> <out.xlsx>

The file has what XlsxWriter files have and the reader must get right (issue 11):
- the workbook asks for a full recalculation on load (calcPr fullCalcOnLoad, XlsxWriter's default) and every
  formula's cached value is 0: the computed columns, and the Products Floor price as a reference to another sheet
  (=Floors!B7), which must not read as "sells at ¥0";
- the Days column of Promotions as Excel saves a PLAN formula without the add-in: =_xldudf_PLAN_PROMODAYS(D2,E2);
- headers typed on two lines after a paste from Windows ("List\\r\\nprice": XlsxWriter writes the CR as _x000D_),
  and the Prices SKUs pasted with a trailing carriage return ("KA-101\\r" → KA-101_x000D_);
- Promotions as an Excel table with a total row (total_row: "Total" and a SUBTOTAL of Promo price);
- dates as date-times at 16:00 (the next day's midnight in Shanghai).
"""
import datetime
import json
import re
import sys

import xlsxwriter

EPOCH = datetime.datetime(1899, 12, 30)
TWO_LINE_HEADERS = {"List price", "Floor price", "标价", "最低价"}


def main():
    src, out = sys.argv[1], sys.argv[2]
    plan = json.load(open(src, encoding="utf-8"))
    wb = xlsxwriter.Workbook(out)
    date_fmt = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    floors = wb.add_worksheet("Floors")
    floors.write_row(0, 0, ["SKU", "Floor price"])
    floor_row = 1
    for sheet in plan["sheets"]:
        ws = wb.add_worksheet(sheet["name"])
        cols = sheet["columns"]
        sid = sheet["id"]
        rows = sheet["rows"]
        for j, col in enumerate(cols):
            header = col["header"]
            if header in TWO_LINE_HEADERS and sid == "products":
                header = re.sub(r"\s+", "\r\n", header) if " " in header else header[:1] + "\r\n" + header[1:]
            if sid != "promotions":
                ws.write_string(0, j, header)
        for i, row in enumerate(rows):
            r = i + 1
            for j, v in enumerate(row):
                col = cols[j]
                header = col["header"]
                if isinstance(v, dict) and "formula" in v:
                    formula = v["formula"]
                    if sid == "promotions" and j == 5:
                        formula = "_xldudf_PLAN_PROMODAYS(D%d,E%d)" % (r + 1, r + 1)
                    ws.write_formula(r, j, "=" + formula, None, 0)
                elif v is None:
                    continue
                elif col["type"] == "date" and isinstance(v, (int, float)):
                    ws.write_datetime(r, j, EPOCH + datetime.timedelta(days=v, hours=16), date_fmt)
                elif sid == "products" and header in ("Floor price", "最低价") and isinstance(v, (int, float)):
                    floors.write_row(floor_row, 0, [row[0], v])
                    floor_row += 1
                    ws.write_formula(r, j, "=Floors!B%d" % floor_row, None, 0)
                elif sid == "prices" and j == 0 and isinstance(v, str):
                    ws.write_string(r, j, v + "\r")
                elif isinstance(v, str):
                    ws.write_string(r, j, v)
                else:
                    ws.write(r, j, v)
        if sid == "promotions":
            last = len(rows) + 1
            columns = [{"header": c["header"]} for c in cols]
            columns[0]["total_string"] = "Total"
            columns[6]["total_function"] = "sum"
            ws.add_table(
                0,
                0,
                last,
                len(cols) - 1,
                {"name": "tblPromotions", "columns": columns, "total_row": True, "autofilter": False},
            )
    wb.close()
    print("wrote", out)


main()
