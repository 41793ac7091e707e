#!/usr/bin/env python3
"""Writes the hostile seeds for the fuzz targets: inputs of up to several MB
that are too big to commit (long words, wide sheets, amplified shared strings,
zip bombs, deep nesting). scripts/fuzz runs each of them once, whole, before
fuzzing. Usage: make_seeds.py OUT_DIR  (writes OUT_DIR/<target>/<name>)."""
import io
import os
import sys
import zipfile

MB = 1 << 20
NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
# The CSV target's first byte chooses the kind of input.
VISITS, TALLIES, EVENTS, FEEDBACK, VOTES = (bytes([i]) for i in range(5))


def workbook(sheet_xml, shared=b"", deflate=True):
    """An .xlsx zip around one worksheet (its sheetData) and shared strings."""
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", method) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", f'<workbook {NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/>'
                                      '</sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f"<worksheet {NS}><sheetData>".encode() + sheet_xml +
                   b"</sheetData></worksheet>")
        z.writestr("xl/sharedStrings.xml", f"<sst {NS}>".encode() + shared + b"</sst>")
        z.writestr("xl/styles.xml", f'<styleSheet {NS}><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/>'
                                    '</cellXfs></styleSheet>')
    return out.getvalue()


def inline(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def sheets():
    """Worksheets (sheetData, shared strings) that are small packed and huge unpacked."""
    header = b'<row r="1">' + inline("A1", "Datum") + inline("B1", "Besucher") + b"</row>"
    yield "xfd-wide", header + b'<row r="2">' + inline("A2", "2026-01-05") + inline("XFD2", "1") + b"</row>", b""
    yield "last-row", header + b'<row r="1048576">' + inline("A1048576", "x") + b"</row>", b""
    yield "row-overflow", header + b'<row r="4294967297"><c r="A4294967297"><v>1</v></c></row>' \
        + b'<row r="99999999999999999999"><c r="B99999999999999999999"><v>2</v></c></row>', b""
    # One 1 MB shared string referenced 4000 times: 4 GB of cell text.
    refs = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="B%d" t="s"><v>0</v></c></row>' % (i, i, i)
                    for i in range(2, 2002))
    yield "shared-amplified", header + refs, b"<si><t>" + b"W" * MB + b"</t></si>"
    # 3000 columns in every one of 100 rows, all cells present.
    wide = b"".join(b'<row r="%d">' % r + b"".join(b"<c><v>%d</v></c>" % c for c in range(3000)) + b"</row>"
                    for r in range(2, 102))
    yield "wide-dense", header + wide, b""
    yield "long-word", header + b'<row r="2">' + inline("A2", "2026-01-05") + inline("B2", "L" * (4 * MB)) + b"</row>", b""


def csv_seeds():
    yield "long-line", VISITS + b"Datum;Besucher\n01.02.2026;" + b"1" * (8 * MB)
    yield "long-word-feedback", FEEDBACK + b"Datum;zufrieden;wunsch\n01.02.2026;4;" + b"Wort" * (MB) + b"\n"
    yield "wide-header", EVENTS + b";".join(b"Spalte%d" % i for i in range(300000)) + b"\n1;2;3\n"
    yield "unclosed-quote", VOTES + b'Datum;Wunsch;Punkte\n01.02.2026;"' + b"offen " * MB
    yield "many-lines", TALLIES + b"Datum;Angebot;Anzahl\n" + b"01.02.2026;Werkstatt;1\n" * 250000
    yield "quotes-only", FEEDBACK + b'"' * (4 * MB)
    yield "crlf-storm", VISITS + b"\r" * (4 * MB)


def json_seeds():
    yield "deep-arrays", b'{"sites": ' + b"[" * 200000 + b"]" * 200000 + b"}"
    yield "deep-objects", b'{"a":' * 100000 + b"1" + b"}" * 100000
    yield "long-string", b'{"sites": [ { "id": "s", "name": "' + b"N" * (5 * MB) + b'" } ] }'
    yield "many-sites", b'{"sites": [' + b",".join(b'{"id": "s%d", "name": "S"}' % i for i in range(100000)) + b"]}"
    yield "long-comment", b"{ /*" + b"*" * (4 * MB) + b"*/ }"


def notes_seeds():
    head = b"---\ndatum: 12.03.2026\nart: reflexion\n---\n# Titel\n\n"
    yield "long-word", head + b"W" * (5 * MB) + b"\n"
    yield "long-header-line", b"---\ndatum: " + b"1" * (2 * MB) + b"\n---\n"
    yield "many-tags", head + b" ".join(b"#t%d" % i for i in range(300000)) + b"\n"
    yield "long-action", head + b"## Ma\xc3\x9fnahmen\n- [ ] " + b"tun " * MB + b"(@Anna, bis 30.04.2026)\n"
    yield "many-sections", head + b"".join(b"## Abschnitt %d\ntext\n" % i for i in range(200000))


def template_seeds():
    yield "many-sections", b'{"id": "fuzz", "sections": [' + b",".join([b'{"type": "title"}'] * 20000) + b"]}"
    yield "long-heading", b'{"id": "fuzz", "sections": [ { "type": "markdown", "file": "texte/vorwort.md", "heading": "' \
        + b"{period_label}" * 200000 + b'" } ] }'
    yield "deep", b'{"id": "fuzz", "sections": ' + b"[" * 100000 + b"]" * 100000 + b"}"


def main():
    out = sys.argv[1]
    seeds = {
        "csv_reader": csv_seeds(),
        "xlsx_zip": ((name, workbook(sheet, shared)) for name, sheet, shared in sheets()),
        "xlsx_xml": ((name, sheet + b"\0" + (f"<sst {NS}>".encode() + shared + b"</sst>" if shared else b""))
                     for name, sheet, shared in sheets()),
        "json_files": json_seeds(),
        "notes_reader": notes_seeds(),
        "template_builder": template_seeds(),
    }
    # A zip bomb: 300 MB of one byte, deflated to about 300 KB.
    bomb = workbook(b'<row r="1">' + inline("A1", "x" * (300 * MB)) + b"</row>")
    for target, items in seeds.items():
        os.makedirs(os.path.join(out, target), exist_ok=True)
        items = list(items)
        if target == "xlsx_zip":
            items.append(("zip-bomb", bomb))
        for name, data in items:
            with open(os.path.join(out, target, name), "wb") as f:
                f.write(data)
            print(target, name, len(data))


if __name__ == "__main__":
    main()
