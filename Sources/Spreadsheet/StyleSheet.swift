import OfficePackage

/// The workbook's style sheet (`xl/styles.xml`): every distinct font, border, number format and
/// cell format once, in the order first used; cells refer to a cell format by index (0 is the
/// workbook's default).
struct StyleSheet {
    private var fonts: [Font]
    private var borders: [Border] = [.none]
    /// Custom number formats, from id 164; the built-in ones are referred to by their ids.
    private var customFormats: [String] = []
    private var formats: [CellStyle]
    private var formatIndexes: [CellStyle: Int] = [:]

    /// Excel's built-in number formats that need no `<numFmt>`.
    private static let builtIn: [String: Int] = ["General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49]

    /// A style sheet whose default cell format has `defaultFont`.
    init(defaultFont: Font) {
        fonts = [defaultFont]
        let base = CellStyle(font: defaultFont)
        formats = [base]
        formatIndexes[base] = 0
    }

    /// The index of the cell format of `style`, added when new.
    mutating func index(of style: CellStyle) -> Int {
        if let index = formatIndexes[style] { return index }
        if !fonts.contains(style.font) { fonts.append(style.font) }
        if !borders.contains(style.border) { borders.append(style.border) }
        if Self.builtIn[style.numberFormat] == nil, !customFormats.contains(style.numberFormat) {
            customFormats.append(style.numberFormat)
        }
        formatIndexes[style] = formats.count
        formats.append(style)
        return formats.count - 1
    }

    private func numberFormatID(_ code: String) -> Int {
        Self.builtIn[code] ?? 164 + (customFormats.firstIndex(of: code) ?? 0)
    }

    /// The part's XML, its elements in the schema's order: numFmts, fonts, fills (the two every
    /// workbook must have), borders, cellStyleXfs, cellXfs, cellStyles.
    var xml: [UInt8] {
        var xml = XMLWriter()
        xml.open("styleSheet", [("xmlns", SpreadsheetNamespace.main)])
        if !customFormats.isEmpty {
            xml.open("numFmts", [("count", String(customFormats.count))])
            for (offset, code) in customFormats.enumerated() {
                xml.empty("numFmt", [("numFmtId", String(164 + offset)), ("formatCode", code)])
            }
            xml.close("numFmts")
        }
        xml.open("fonts", [("count", String(fonts.count))])
        for font in fonts {
            xml.open("font")
            if font.bold { xml.empty("b") }
            if font.italic { xml.empty("i") }
            xml.empty("sz", [("val", String(font.size))])
            xml.empty("name", [("val", font.name)])
            xml.close("font")
        }
        xml.close("fonts")
        xml.raw(#"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#)
        xml.open("borders", [("count", String(borders.count))])
        for border in borders {
            switch border {
            case .none:
                xml.raw("<border><left/><right/><top/><bottom/><diagonal/></border>")
            case .thin:
                xml.raw("<border>")
                for side in ["left", "right", "top", "bottom"] {
                    xml.raw(#"<\#(side) style="thin"><color auto="1"/></\#(side)>"#)
                }
                xml.raw("<diagonal/></border>")
            }
        }
        xml.close("borders")
        xml.raw(#"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#)
        xml.open("cellXfs", [("count", String(formats.count))])
        for style in formats {
            writeFormat(style, to: &xml)
        }
        xml.close("cellXfs")
        xml.raw(#"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#)
        xml.close("styleSheet")
        return xml.bytes
    }

    private func writeFormat(_ style: CellStyle, to xml: inout XMLWriter) {
        let fontID = fonts.firstIndex(of: style.font) ?? 0
        let borderID = borders.firstIndex(of: style.border) ?? 0
        let formatID = numberFormatID(style.numberFormat)
        var attributes = [("numFmtId", String(formatID)), ("fontId", String(fontID)), ("fillId", "0"),
                          ("borderId", String(borderID)), ("xfId", "0")]
        if formatID != 0 { attributes.append(("applyNumberFormat", "1")) }
        if fontID != 0 { attributes.append(("applyFont", "1")) }
        if borderID != 0 { attributes.append(("applyBorder", "1")) }
        guard style.hasAlignment else { return xml.empty("xf", attributes) }
        attributes.append(("applyAlignment", "1"))
        xml.open("xf", attributes)
        var alignment: [(String, String)] = []
        if let horizontal = style.horizontal { alignment.append(("horizontal", horizontal.rawValue)) }
        if let vertical = style.vertical { alignment.append(("vertical", vertical.rawValue)) }
        if style.wraps { alignment.append(("wrapText", "1")) }
        xml.empty("alignment", alignment)
        xml.close("xf")
    }
}
