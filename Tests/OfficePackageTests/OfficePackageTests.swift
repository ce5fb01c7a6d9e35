import Testing
import ZipReading
@testable import OfficePackage

@Suite struct OfficePackageTests {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private func samplePackage() -> OfficePackage {
        var package = OfficePackage()
        package.add("word/document.xml", contentType: ContentType.wordDocument, contents: Array("<w:document/>".utf8))
        package.add("word/styles.xml", contentType: ContentType.wordStyles, contents: Array("<w:styles/>".utf8))
        package.relate(type: RelationshipType.officeDocument, target: "word/document.xml")
        package.relate(from: "word/document.xml", type: RelationshipType.styles, target: "styles.xml")
        return package
    }

    @Test func archiveHoldsContentTypesRelationshipsAndPartsInOrder() throws {
        let files = try ZipReader(try samplePackage().archive()).files()
        #expect(files.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                      "word/_rels/document.xml.rels", "word/styles.xml"])
        let types = text(files[0].contents)
        #expect(types.contains(#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#))
        #expect(types.contains(#"<Override PartName="/word/styles.xml""#))
        #expect(types.contains(#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#))
        #expect(text(files[1].contents).contains(#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#))
        #expect(text(files[3].contents).contains(#"Id="rId1""#) && text(files[3].contents).contains(#"Target="styles.xml""#))
    }

    @Test func relationshipToAMissingPartIsAProblemAndIsNotArchived() {
        var package = samplePackage()
        package.relate(from: "word/document.xml", type: RelationshipType.header, target: "header1.xml")
        #expect(package.problems == ["word/document.xml: rId2 points at header1.xml, which is not in the package"])
        #expect(throws: OfficePackageError.self) { try package.archive() }
    }

    @Test func partAddedTwiceIsAProblem() {
        var package = samplePackage()
        package.add("word/styles.xml", contentType: ContentType.wordStyles, contents: [])
        #expect(package.problems == ["word/styles.xml: added twice"])
    }

    @Test func targetsResolveRelativeToTheSourceFolder() {
        #expect(PartName.resolve("worksheets/sheet1.xml", in: "xl/") == "xl/worksheets/sheet1.xml")
        #expect(PartName.resolve("../docProps/core.xml", in: "xl/") == "docProps/core.xml")
        #expect(PartName.resolve("/xl/styles.xml", in: "word/") == "xl/styles.xml")
        #expect(PartName.relationshipsPart(of: "xl/workbook.xml") == "xl/_rels/workbook.xml.rels")
        #expect(PartName.relationshipsPart(of: "top.xml") == "_rels/top.xml.rels")
    }

    @Test func sameInputSameBytes() throws {
        #expect(try samplePackage().archive() == (try samplePackage().archive()))
    }

    @Test func propertiesAddCoreAndAppPartsWithTheirRelationships() throws {
        var package = samplePackage()
        DocumentProperties(title: "Kế hoạch <2019>", creator: "UBND tỉnh Bắc Kạn", created: "2019-01-05T00:00:00Z",
                           application: "bhxh-report").add(to: &package)
        #expect(package.problems.isEmpty)
        let files = try ZipReader(try package.archive()).files()
        let core = try #require(files.first { $0.name == "docProps/core.xml" })
        #expect(text(core.contents).contains("<dc:title>Kế hoạch &lt;2019&gt;</dc:title>"))
        #expect(text(core.contents).contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2019-01-05T00:00:00Z</dcterms:created>"#))
        #expect(text(files[1].contents).contains("core-properties"))
    }
}

@Suite struct XMLWriterTests {
    @Test func escapesTextAndAttributes() {
        var xml = XMLWriter()
        xml.open("a", [("title", "\"x\" & <y>\nz")])
        xml.text("1 < 2 & 3 > 2 \"q\"")
        xml.close("a")
        let body = String(decoding: xml.bytes, as: UTF8.self).split(separator: "\r\n").last.map(String.init)
        #expect(body == #"<a title="&quot;x&quot; &amp; &lt;y&gt;&#10;z">1 &lt; 2 &amp; 3 &gt; 2 "q"</a>"#)
    }

    @Test func charactersXMLCannotHoldBecomeReplacementCharacters() {
        #expect(XMLEscaping.text("a\u{1}b\u{1B}c\u{FFFE}d\u{FFFF}e\u{FFFD}f") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f")
        #expect(XMLEscaping.text("tab\tline\nret\r") == "tab\tline\nret&#13;")
        #expect(XMLEscaping.text("Lạng Sơn 𝔸") == "Lạng Sơn 𝔸")
    }

    @Test func numbersAreWrittenAsTheirDigits() {
        var xml = XMLWriter()
        for value in [0, 7, 10, 99, 100, -5, 1_234_567, 9_999_999_999, Int.max, Int.min] {
            xml.digits(value)
            xml.raw(UInt8(ascii: " "))
        }
        let body = String(decoding: xml.bytes, as: UTF8.self).split(separator: "\r\n").last.map(String.init)
        #expect(body == "0 7 10 99 100 -5 1234567 9999999999 9223372036854775807 -9223372036854775808 ")
    }

    /// A part far larger than the room a writer starts with keeps every byte, in order.
    @Test func aLargePartKeepsEveryPiece() {
        var xml = XMLWriter()
        for row in 1...20_000 {
            xml.raw("<row r=\"" as StaticString)
            xml.digits(row)
            xml.raw("\"/>" as StaticString)
        }
        let text = String(decoding: xml.bytes, as: UTF8.self)
        #expect(text.hasSuffix(#"<row r="19999"/><row r="20000"/>"#))
        #expect(text.components(separatedBy: "<row ").count == 20_001)
        #expect(text.contains(#"standalone="yes"?>\#r\#n<row r="1"/><row r="2"/>"#))
    }

    @Test func documentStartsWithTheDeclaration() {
        #expect(String(decoding: XMLWriter().bytes, as: UTF8.self) == "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n")
    }
}
