import Foundation
import OfficePackage
import Testing
import ZipReading
@testable import WordDocument

/// Reads the package back with the test-only ZIP reader and checks its parts, their
/// relationships and content types, and the XML each writer makes, element order included.
@Suite struct WordDocumentTests {
    static let margins = WordSection.Margins(top: 1134, bottom: 1134, left: 1701, right: 850)

    private func sample() -> WordDocument {
        var document = WordDocument(properties: DocumentProperties(title: "Kế hoạch", creator: "UBND", created: "2019-01-05T00:00:00Z",
                                                                   application: "test"))
        document.styles = [
            WordStyle(id: "Normal", name: "Normal", isDefault: true,
                      paragraph: WordParagraphFormat(spaceAfter: 120, firstLine: 720, alignment: .both)),
            WordStyle(id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal",
                      paragraph: WordParagraphFormat(keepWithNext: true), run: WordRunFormat(bold: true)),
        ]
        document.lists = [WordList(marker: .bullet("•"))]
        let heading = WordParagraph(style: "Heading1", text: "I. MỤC TIÊU")
        let item = WordParagraph(list: WordListItem(list: 0), runs: [WordRun("a  b"), WordRun("đậm", format: WordRunFormat(bold: true))])
        let table = WordTable(columnWidths: [1000, 2000, 2000], rows: [
            WordTableRow(isHeader: true, cells: [
                WordTableCell(verticalMerge: .restart, paragraphs: [WordParagraph(style: nil, text: "TT")]),
                WordTableCell(columnSpan: 2, paragraphs: [WordParagraph(style: nil, text: "Năm 2019")]),
            ]),
            WordTableRow(isHeader: true, cells: [
                WordTableCell(verticalMerge: .continue, paragraphs: []),
                WordTableCell(paragraphs: [WordParagraph(style: nil, text: "Số người")]),
                WordTableCell(verticalAlignment: .center, paragraphs: [WordParagraph(style: nil, text: "Tỷ lệ")]),
            ]),
        ])
        document.sections = [
            WordSection(margins: Self.margins, blocks: [.paragraph(heading), .paragraph(item)]),
            WordSection(orientation: .landscape, margins: Self.margins, restartsPageNumbers: true, blocks: [.table(table)]),
        ]
        return document
    }

    private func files(_ document: WordDocument) throws -> [String: String] {
        let files = try ZipReader(try document.archive()).files()
        return Dictionary(uniqueKeysWithValues: files.map { ($0.name, String(decoding: $0.contents, as: UTF8.self)) })
    }

    /// True when each of `pieces` occurs in `text` after the one before.
    private func inOrder(_ text: String, _ pieces: [String]) -> Bool {
        var rest = text[...]
        for piece in pieces {
            guard let range = rest.range(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return true
    }

    @Test func packageIsCompleteWithEveryPartTypedAndRelated() throws {
        let package = sample().package()
        #expect(package.problems.isEmpty)
        let files = try files(sample())
        #expect(Set(files.keys) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                                    "docProps/core.xml", "docProps/app.xml", "word/styles.xml", "word/settings.xml",
                                    "word/numbering.xml", "word/header1.xml", "word/header2.xml"])
        let types = try #require(files["[Content_Types].xml"])
        for (part, type) in [("word/document.xml", ContentType.wordDocument), ("word/styles.xml", ContentType.wordStyles),
                             ("word/settings.xml", ContentType.wordSettings), ("word/numbering.xml", ContentType.wordNumbering),
                             ("word/header1.xml", ContentType.wordHeader), ("word/header2.xml", ContentType.wordHeader)] {
            #expect(types.contains(#"<Override PartName="/\#(part)" ContentType="\#(type)"/>"#))
        }
        let relationships = try #require(files["word/_rels/document.xml.rels"])
        for target in ["styles.xml", "settings.xml", "numbering.xml", "header1.xml", "header2.xml"] {
            #expect(relationships.contains(#"Target="\#(target)""#))
        }
    }

    @Test func documentWithoutListsHasNoNumberingPart() throws {
        var document = sample()
        document.lists = []
        document.sections[0].blocks = [.paragraph(WordParagraph(style: nil, text: "x"))]
        let files = try files(document)
        #expect(files["word/numbering.xml"] == nil)
        #expect(!(files["word/_rels/document.xml.rels"] ?? "").contains("numbering"))
    }

    @Test func sectionsCarryPageSizeOrientationMarginsAndNumbering() throws {
        let body = try #require(try files(sample())["word/document.xml"])
        // The first section ends with its last paragraph; the landscape one closes the body.
        #expect(body.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(body.contains(#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#))
        #expect(body.contains(#"<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>"#))
        #expect(inOrder(body, ["<w:p><w:pPr><w:numPr>", "<w:sectPr>", "</w:sectPr></w:pPr>", "đậm", "</w:p><w:tbl>",
                               "</w:tbl><w:sectPr>", "</w:sectPr></w:body>"]))
        // headerReference, …, pgSz, pgMar, pgNumType, cols, titlePg.
        #expect(body.contains(#"<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="first" r:id="rId5"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/><w:pgNumType w:start="1"/><w:cols w:space="720"/><w:titlePg/></w:sectPr>"#))
        let relationships = try #require(try files(sample())["word/_rels/document.xml.rels"])
        #expect(relationships.contains(#"Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml""#))
        #expect(relationships.contains(#"Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml""#))
    }

    @Test func pageNumberHeaderIsACentredPageFieldAndTheFirstPageHeaderIsEmpty() throws {
        let files = try files(sample())
        #expect((files["word/header1.xml"] ?? "").contains(#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>"#))
        #expect((files["word/header2.xml"] ?? "").hasSuffix("<w:p/></w:hdr>"))
    }

    @Test func sectionWithoutPageNumbersHasNoTitlePage() throws {
        var document = sample()
        document.sections[1].pageNumbers = .none
        document.sections[0].pageNumbers = .everyPage
        let body = try #require(try files(document)["word/document.xml"])
        #expect(!body.contains("<w:titlePg/>"))
        #expect(!body.contains(#"w:type="first""#))
        #expect(body.contains(#"<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:pgSz w:w="16838""#))
    }

    @Test func paragraphAndRunPropertiesFollowTheSchemaOrder() {
        var xml = XMLWriter()
        let paragraph = WordParagraph(style: "Rule", format: WordParagraphFormat(
            keepWithNext: true, pageBreakBefore: false, rule: .top, spaceBefore: 0, spaceAfter: 120, lineSpacing: 312,
            leftIndent: 100, rightIndent: 200, firstLine: -360, alignment: .right, outlineLevel: 1), runs: [
            WordRun(style: "Strong", format: WordRunFormat(font: "Arial", bold: true, italic: false, capitals: true, halfPoints: 22,
                                                           underline: true), pieces: [.text(" a "), .tab, .lineBreak, .text("b")]),
        ])
        FormatXML.paragraph(paragraph, numberIDs: [], into: &xml)
        let text = String(decoding: xml.bytes, as: UTF8.self)
        #expect(text.hasSuffix(#"<w:p><w:pPr><w:pStyle w:val="Rule"/><w:keepNext/><w:pageBreakBefore w:val="0"/><w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr><w:spacing w:before="0" w:after="120" w:line="312" w:lineRule="auto"/><w:ind w:left="100" w:right="200" w:hanging="360"/><w:jc w:val="right"/><w:outlineLvl w:val="1"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:b/><w:bCs/><w:i w:val="0"/><w:iCs w:val="0"/><w:caps/><w:sz w:val="22"/><w:szCs w:val="22"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> a </w:t><w:tab/><w:br/><w:t>b</w:t></w:r></w:p>"#))
    }

    @Test func runTextKeepsInnerDoubleSpacesAndSplitsTabsAndLineFeeds() {
        #expect(WordRun("a\tb\nc").pieces == [.text("a"), .tab, .text("b"), .lineBreak, .text("c")])
        var xml = XMLWriter()
        FormatXML.run(WordRun("a  b"), into: &xml)
        #expect(String(decoding: xml.bytes, as: UTF8.self).hasSuffix(#"<w:r><w:t xml:space="preserve">a  b</w:t></w:r>"#))
    }

    @Test func tableHasGridHeaderRowsSpansAndMerges() throws {
        let body = try #require(try files(sample())["word/document.xml"])
        #expect(body.contains(#"<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>"#))
        #expect(inOrder(body, ["</w:tblBorders>", #"<w:tblLayout w:type="fixed"/>"#, "<w:tblCellMar>", "<w:tblLook", "</w:tblPr>",
                               #"<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>"#]))
        #expect(body.contains(#"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:vMerge w:val="restart"/></w:tcPr>"#))
        #expect(body.contains(#"<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Năm 2019</w:t>"#))
        // A covered cell still holds a paragraph, as the schema requires.
        #expect(body.contains(#"<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:vMerge w:val="continue"/></w:tcPr><w:p></w:p></w:tc>"#))
        #expect(body.contains(#"<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>"#))
    }

    @Test func borderlessTableSaysNilOnEveryEdge() {
        var xml = XMLWriter()
        TableXML.table(WordTable(columnWidths: [100], hasBorders: false, rows: []), numberIDs: [], into: &xml)
        let text = String(decoding: xml.bytes, as: UTF8.self)
        #expect(text.contains(#"<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>"#))
    }

    @Test func stylesHaveTimesNewRoman14AsDefaultsAndEachStyleInOrder() throws {
        let styles = try #require(try files(sample())["word/styles.xml"])
        #expect(styles.contains(#"<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN""#))
        #expect(styles.contains(#"<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/><w:ind w:firstLine="720"/><w:jc w:val="both"/></w:pPr></w:style>"#))
        #expect(styles.contains(#"<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"#))
    }

    @Test func numberingHasOneAbstractDefinitionAndOneNumberPerList() throws {
        var document = sample()
        document.lists.append(WordList(marker: .decimal, leftIndent: 1080, hanging: 360))
        let numbering = try #require(try files(document)["word/numbering.xml"])
        #expect(numbering.contains(#"<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"#))
        #expect(numbering.contains(#"<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>"#))
        #expect(inOrder(numbering, [#"w:abstractNumId="1">"#, #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#,
                                    #"<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>"#]))
        #expect((try files(document)["word/document.xml"] ?? "").contains(#"<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>"#))
    }

    @Test func settingsFollowTheSchemaOrder() throws {
        let settings = try #require(try files(sample())["word/settings.xml"])
        #expect(inOrder(settings, ["<w:zoom", "<w:defaultTabStop", "<w:characterSpacingControl", "<w:compat>",
                                   "<w:themeFontLang", "<w:decimalSymbol", "<w:listSeparator"]))
    }

    @Test func sameDocumentSameBytes() throws {
        #expect(try sample().archive() == (try sample().archive()))
    }

    @Test func emptyDocumentStillHasOneSection() throws {
        let document = WordDocument(properties: DocumentProperties(title: "", creator: "", created: "2019-01-05T00:00:00Z", application: "t"))
        let body = try #require(try files(document)["word/document.xml"])
        #expect(body.hasSuffix(#"<w:body><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:space="720"/></w:sectPr></w:body></w:document>"#))
    }

    @Test func onlyTheFirstRowAndHeadingRowsCarryCellWidths() {
        let cell = WordTableCell(paragraphs: [WordParagraph(style: nil, text: "x")])
        var xml = XMLWriter()
        TableXML.table(WordTable(columnWidths: [100, 200], rows: [WordTableRow(cells: [cell, cell]), WordTableRow(cells: [cell, cell])]),
                       numberIDs: [], into: &xml)
        let text = String(decoding: xml.bytes, as: UTF8.self)
        #expect(text.contains(#"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="100" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="200" w:type="dxa"/></w:tcPr>"#))
        #expect(text.hasSuffix(#"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#))
    }

    @Test func spacesArePreservedOnlyWhereAReaderWouldFoldThem() {
        #expect(!FormatXML.needsPreservedSpaces("a b c"))
        #expect(FormatXML.needsPreservedSpaces(" a") && FormatXML.needsPreservedSpaces("a ") && FormatXML.needsPreservedSpaces("a  b"))
        #expect(FormatXML.needsPreservedSpaces(" ") && !FormatXML.needsPreservedSpaces(""))
    }

    @Test func aStyleIdThatIsNotPlainIsEscaped() {
        var xml = XMLWriter()
        FormatXML.paragraph(WordParagraph(style: "A\"&B", text: ""), numberIDs: [], into: &xml)
        #expect(String(decoding: xml.bytes, as: UTF8.self).hasSuffix(#"<w:p><w:pPr><w:pStyle w:val="A&quot;&amp;B"/></w:pPr></w:p>"#))
        #expect(FormatXML.isPlainName("TableNumber95") && !FormatXML.isPlainName("Table number"))
    }

    @Test func aPlainCellParagraphIsWrittenAsTheGeneralPathWouldWriteIt() {
        var xml = XMLWriter()
        FormatXML.paragraph(WordParagraph(style: "TableNumber", text: "1.234"), numberIDs: [], into: &xml)
        FormatXML.paragraph(WordParagraph(style: "TableText", text: " a"), numberIDs: [], into: &xml)
        FormatXML.paragraph(WordParagraph(style: "TableText", text: "<&>"), numberIDs: [], into: &xml)
        #expect(String(decoding: xml.bytes, as: UTF8.self).hasSuffix(
            #"<w:p><w:pPr><w:pStyle w:val="TableNumber"/></w:pPr><w:r><w:t>1.234</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t xml:space="preserve"> a</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr><w:r><w:t>&lt;&amp;&gt;</w:t></w:r></w:p>"#))
    }
}
