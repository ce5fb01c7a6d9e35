import OfficePackage

/// Writes `word/styles.xml`: the document defaults (font and size for every run), then each
/// style with name, basedOn, next, qFormat, pPr and rPr in the schema's order (§17.7.4.17).
enum StylesXML {
    static func bytes(_ styles: [WordStyle], defaults: WordRunFormat, language: String) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("w:styles", WordNamespace.attributes)
        xml.open("w:docDefaults")
        xml.open("w:rPrDefault")
        FormatXML.runProperties(style: nil, defaults, language: language, into: &xml)
        xml.close("w:rPrDefault")
        xml.open("w:pPrDefault")
        xml.open("w:pPr")
        xml.empty("w:spacing", [("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")])
        xml.close("w:pPr")
        xml.close("w:pPrDefault")
        xml.close("w:docDefaults")
        for style in styles { write(style, into: &xml) }
        xml.close("w:styles")
        return xml.bytes
    }

    private static func write(_ style: WordStyle, into xml: inout XMLWriter) {
        var attributes = [("w:type", style.kind.rawValue)]
        if style.isDefault { attributes.append(("w:default", "1")) }
        attributes.append(("w:styleId", style.id))
        xml.open("w:style", attributes)
        xml.empty("w:name", [("w:val", style.name)])
        if let basedOn = style.basedOn { xml.empty("w:basedOn", [("w:val", basedOn)]) }
        if let next = style.next { xml.empty("w:next", [("w:val", next)]) }
        xml.empty("w:qFormat")
        if style.kind == .paragraph { FormatXML.paragraphProperties(style: nil, style.paragraph, into: &xml) }
        FormatXML.runProperties(style: nil, style.run, into: &xml)
        xml.close("w:style")
    }
}
