import OfficePackage

/// Writes `word/settings.xml` with its children in the schema's order (§17.15.1.78): zoom,
/// defaultTabStop, characterSpacingControl, compat (Word 2013 layout), themeFontLang,
/// decimalSymbol and listSeparator.
enum SettingsXML {
    static func bytes(language: String) -> [UInt8] {
        var xml = XMLWriter()
        xml.open("w:settings", WordNamespace.attributes)
        xml.empty("w:zoom", [("w:percent", "100")])
        xml.empty("w:defaultTabStop", [("w:val", "720")])
        xml.empty("w:characterSpacingControl", [("w:val", "doNotCompress")])
        xml.open("w:compat")
        xml.empty("w:compatSetting", [("w:name", "compatibilityMode"), ("w:uri", "http://schemas.microsoft.com/office/word"),
                                      ("w:val", "15")])
        xml.close("w:compat")
        xml.empty("w:themeFontLang", [("w:val", language)])
        xml.empty("w:decimalSymbol", [("w:val", ",")])
        xml.empty("w:listSeparator", [("w:val", ";")])
        xml.close("w:settings")
        return xml.bytes
    }
}
