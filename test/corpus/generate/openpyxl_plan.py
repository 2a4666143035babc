#!/usr/bin/python3
"""The original plan (plan.<lang>.json) written with openpyxl, as Python tools write workbooks.

Usage: /usr/bin/python3 openpyxl_plan.py <plan.json> <out.xlsx> [plain]

Without "plain", the file has what openpyxl files have and the reader must get right (issue 11):
- dates as ISO 8601 date-time cells (t="d", wb.iso_dates) with a time of day: 07:00, 16:00 or 17:30;
- formulas without cached values (openpyxl never calculates): every computed column (PLAN functions), the Products
  Unit cost as a reference to another sheet (=Costs!B7), the Promotions Coupon as arithmetic (=5*1);
- Products as an Excel table with a total row (totalsRowCount, "Total" and SUBTOTAL formulas);
- the SKU merged over consecutive Promotions rows of one SKU.
With "plain": values as openpyxl writes them by default (dates as serials, at the same times of day), the
computed columns as formulas without cached values.
"""
import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

EPOCH = datetime.datetime(1899, 12, 30)
HOURS = [(7, 0), (16, 0), (17, 30)]


def date_of(serial, row):
    hour, minute = HOURS[row % len(HOURS)]
    return EPOCH + datetime.timedelta(days=serial, hours=hour, minutes=minute)


def main():
    src, out = sys.argv[1], sys.argv[2]
    plain = len(sys.argv) > 3 and sys.argv[3] == "plain"
    plan = json.load(open(src, encoding="utf-8"))
    wb = Workbook()
    wb.remove(wb.active)
    wb.iso_dates = not plain
    costs = None
    if not plain:
        costs = wb.create_sheet("Costs")
        costs.append(["SKU", "Unit cost"])
    for sheet in plan["sheets"]:
        ws = wb.create_sheet(sheet["name"])
        cols = sheet["columns"]
        ws.append([c["header"] for c in cols])
        for i, row in enumerate(sheet["rows"]):
            r = i + 2
            for j, v in enumerate(row):
                col = cols[j]
                cell = ws.cell(row=r, column=j + 1)
                if isinstance(v, dict) and "formula" in v:
                    cell.value = "=" + v["formula"]
                elif v is None:
                    continue
                elif col["type"] == "date" and isinstance(v, (int, float)):
                    cell.value = date_of(v, i)
                    cell.number_format = "yyyy-mm-dd hh:mm"
                elif (
                    not plain
                    and sheet["id"] == "products"
                    and col["header"] == "Unit cost"
                    and isinstance(v, (int, float))
                ):
                    costs.append([row[0], v])
                    cell.value = "=Costs!B%d" % costs.max_row
                elif (
                    not plain
                    and sheet["id"] == "promotions"
                    and col["header"] == "Coupon"
                    and isinstance(v, (int, float))
                ):
                    cell.value = "=%s*1" % v
                else:
                    cell.value = v
        if plain:
            continue
        last = len(sheet["rows"]) + 1
        width = len(cols)
        letter = cols[-1]["letter"]
        if sheet["id"] == "products":
            total = last + 1
            ws.cell(row=total, column=1, value="Total")
            for j, col in enumerate(cols):
                if col["type"] in ("money", "integer"):
                    ws.cell(
                        row=total,
                        column=j + 1,
                        value="=SUBTOTAL(109,tblProducts[%s])" % col["header"],
                    )
            table = Table(displayName="tblProducts", ref="A1:%s%d" % (letter, total))
            table.totalsRowCount = 1
            table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
            ws.add_table(table)
        if sheet["id"] == "promotions":
            start = 2
            for r in range(3, last + 2):
                same = r <= last and ws.cell(row=r, column=1).value == ws.cell(row=start, column=1).value
                if not same:
                    if r - 1 > start:
                        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                    start = r
        del width
    wb.save(out)
    print("wrote", out)


main()
