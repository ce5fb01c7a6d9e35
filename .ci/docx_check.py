#!/usr/bin/env python3
"""Test-only check of the Office files a build wrote, read by python-docx as a third party
would (never a dependency of the tool).

Every plans/<id>/<id>.docx and reports/<id>/<id>.docx of OUTPUT is checked against its project
INPUT and the CSV files beside it: the document's kind, subject and signer (from the plan or
report JSON, or its decision), each table's number line, title and attachment line (the title
lines of its CSV), every figure of the table's CSV present, written the Vietnamese way, in the
document's tables of that section, the first section portrait A4 with margins 20/20/30/15 mm,
and one landscape A4 section per table.

Usage: docx_check.py OUTPUT INPUT  (or import it and call check(output, project, report))
"""
import csv
import glob
import json
import os
import sys

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

failures = []


def fail(path, message):
    failures.append(f"{path}: {message}")


def vietnamese(figure):
    """21.511 → 21,511; 1234567 → 1.234.567; "-" stays: the CSV's plain number as printed."""
    if figure in ("", "-"):
        return figure
    sign = "-" if figure.startswith("-") else ""
    whole, _, decimals = figure.lstrip("-").partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + decimals if decimals else "")


def close(length, millimetres):
    return abs(length - Mm(millimetres)) <= Mm(0.5)


def blocks(document):
    """The body's paragraphs and tables in order, as ("p", text) and ("t", [cell texts])."""
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield "p", docx.text.paragraph.Paragraph(child, document).text
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            yield "t", [cell.text for row in table.rows for cell in row.cells]


def check_docx(path, particulars, tables):
    """`particulars`: texts the document must hold; `tables`: (CSV title lines, CSV figures)."""
    document = docx.Document(path)
    body = list(blocks(document))
    # Every paragraph, those of the header's and the signature's tables too.
    texts = [docx.text.paragraph.Paragraph(p, document).text for p in document.element.body.iter(qn("w:p"))]
    for text in particulars:
        if text and text not in texts:
            fail(path, f"no paragraph {text!r}")
    for title_lines, figures in tables:
        number = title_lines[0].upper()
        starts = [index for index, (kind, text) in enumerate(body) if kind == "p" and text == number]
        if len(starts) != 1:
            fail(path, f"{number!r} found {len(starts)} times")
            continue
        following = [text for kind, text in body[starts[0]:starts[0] + 3] if kind == "p"]
        if following != [number] + title_lines[1:3] and following[:2] != [number, title_lines[1]]:
            fail(path, f"{number}: title lines {following} instead of {title_lines}")
        cells = set()
        for kind, content in body[starts[0] + 1:]:
            if kind == "p" and content.upper().startswith(("PHỤ LỤC ", "BẢNG ")) and content.upper() != number:
                break
            if kind == "t":
                cells.update(content)
        missing = [figure for figure in figures if vietnamese(figure) not in cells]
        if missing:
            fail(path, f"{number}: {len(missing)} figures of its CSV not in its table, e.g. {missing[:5]}")
    sections = document.sections
    first = sections[0]
    if first.orientation != WD_ORIENT.PORTRAIT or not (close(first.page_width, 210) and close(first.page_height, 297)):
        fail(path, "the first section is not portrait A4")
    if not all(close(a, b) for a, b in [(first.top_margin, 20), (first.bottom_margin, 20), (first.left_margin, 30),
                                        (first.right_margin, 15)]):
        fail(path, "the first section's margins are not 20/20/30/15 mm")
    landscape = [s for s in sections if s.orientation == WD_ORIENT.LANDSCAPE]
    if len(landscape) != len(tables):
        fail(path, f"{len(landscape)} landscape sections for {len(tables)} tables")
    for section in landscape:
        if not (close(section.page_width, 297) and close(section.page_height, 210)):
            fail(path, "a landscape section is not A4")


def csv_table(path):
    """The title lines (first cell of each row before the headings) and the figures of a CSV."""
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    heading = next(index for index, row in enumerate(rows) if row and row[0] == "TT")
    titles = [row[0] for row in rows[:heading]]
    figures = [cell for row in rows[heading + 2:] for cell in row[2:]]
    return titles, figures


def document_particulars(document):
    """The kind, subject and signer's name of a document, and its decision's."""
    texts = [document.get("kind", ""), document.get("subject", ""), document.get("signer", {}).get("name", "")]
    decision = document.get("decision")
    if decision:
        texts += ["QUYẾT ĐỊNH", decision.get("subject", ""), decision.get("signer", {}).get("name", "")]
        texts[1] = texts[1].upper()
    return texts


def check(output, project, report):
    """Checks every document of `output` built from `project`, calling report(where, message)
    for each problem; returns how many documents were checked."""
    failures.clear()
    checked = 0
    for kind, prefix in [("plans", "phu-luc-"), ("reports", "bang-")]:
        for folder in sorted(glob.glob(os.path.join(output, kind, "*"))):
            name = os.path.basename(folder)
            path = os.path.join(folder, name + ".docx")
            if not os.path.exists(path):
                fail(path, "missing")
                continue
            with open(os.path.join(project, kind, name + ".json"), encoding="utf-8") as file:
                definition = json.load(file)
            numbered = glob.glob(os.path.join(folder, prefix + "*.csv"))
            tables = [csv_table(os.path.join(folder, f"{prefix}{n}.csv")) for n in range(1, len(numbered) + 1)]
            check_docx(path, document_particulars(definition.get("document", {})), tables)
            checked += 1
    for failure in failures:
        where, _, message = failure.partition(": ")
        report(where, message)
    return checked


def main(output, project):
    problems = []
    checked = check(output, project, lambda where, message: problems.append(f"{where}: {message}"))
    for problem in problems:
        print(problem)
    print(f"{checked} Word documents checked, {len(problems)} problems")
    return 1 if problems or checked == 0 else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
