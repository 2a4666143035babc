#!/usr/bin/python3
"""Times LibreOffice Calc's recalculation of one workbook, headless, through python3-uno (bench/lo/README.md).

Usage: recalc.py <file.xlsx> <sheet> <cell> <value> [<edits>] [<check sheet> <check cell>]

Starts its own soffice with a private user profile (a fresh directory, removed at the end), loads the file hidden,
then:
  load      the time loadComponentFromURL takes (LibreOffice's default for .xlsx is never to recalculate on load,
            but it computes every formula cell whose cached value is empty);
  edit      `<edits>` times: cell.setValue(value) (alternately value + 1 and value: every edit is a change),
            then XCalculatable.calculate() — the dirty recalculation an edit triggers, of every cell depending on
            the edited one (a planner with automatic calculation sees the visible ones at once, the rest as they
            scroll; calculate() computes them all, the upper bound);
  full      XCalculatable.calculateAll(): every formula cell, as a load with "always recalculate" does.
loadCpu and fullCpu are the CPU seconds the run's processes (soffice, its threads) spent meanwhile: on a machine
other work shares, the wall times grow with its load and these far less.
The check cell's value after the first edit is reported, to show the edit reached the sheets that depend on it.
Prints one JSON object a line on stdout as each figure is measured (a run cut short by the caller's time limit,
which kills this process's group, still leaves the figures it had).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, proc):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
        except NoConnectException:
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("soffice did not start (exit %s)" % proc.poll())
            time.sleep(0.2)


class Report(dict):
    """Each figure printed as soon as it is known."""

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        print(json.dumps({key: value}), flush=True)


def group_cpu():
    """CPU seconds (user + system) of every live process of this process group: soffice and this script."""
    group = os.getpgid(0)
    total = 0
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command: state, ppid, pgrp, …; utime and stime are fields 14 and 15 of stat(5).
        if int(fields[2]) == group:
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def cell_value(sheet, name):
    c = sheet.getCellRangeByName(name)
    err = c.getError()
    if err:
        return {"error": err}
    return c.getString()


def main():
    path, sheet_name, cell_name, value = sys.argv[1:5]
    edits = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    check = sys.argv[6:8] if len(sys.argv) > 7 else None
    value = float(value)
    profile = tempfile.mkdtemp(prefix="ops-planner-lo-")
    pipe = "opsplanner%d" % os.getpid()
    proc = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            "-env:UserInstallation=file://" + profile,
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    doc = None
    out = Report()
    # Reported first: a run killed at the time limit leaves the profile for the caller to remove.
    out["profile"] = profile
    try:
        ctx = connect(pipe, proc)
        desktop = ctx.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", ctx
        )
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        t, cpu = time.perf_counter(), group_cpu()
        doc = desktop.loadComponentFromURL(
            url, "_blank", 0, (prop("Hidden", True), prop("ReadOnly", False))
        )
        out["load"] = time.perf_counter() - t
        out["loadCpu"] = group_cpu() - cpu
        if doc is None:
            raise RuntimeError("LibreOffice could not open " + path)
        doc.enableAutomaticCalculation(True)
        sheets = doc.getSheets()
        sheet = sheets.getByName(sheet_name)
        cell = sheet.getCellRangeByName(cell_name)
        out["before"] = cell.getValue()
        for i in range(edits):
            v = value + 1 if i % 2 == 0 else value
            t = time.perf_counter()
            cell.setValue(v)
            doc.calculate()
            out["edit"] = time.perf_counter() - t
            if i == 0 and check:
                out["check"] = cell_value(sheets.getByName(check[0]), check[1])
        t, cpu = time.perf_counter(), group_cpu()
        doc.calculateAll()
        out["full"] = time.perf_counter() - t
        out["fullCpu"] = group_cpu() - cpu
    except Exception as e:  # reported, not raised: the caller prints it as a MISS
        out["failure"] = "%s: %s" % (type(e).__name__, e)
    finally:
        try:
            if doc is not None:
                doc.close(True)
        except Exception:
            pass
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=20)
        except Exception:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
