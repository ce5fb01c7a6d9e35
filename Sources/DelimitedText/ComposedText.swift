import Foundation

/// Text composed to Unicode NFC, the form every cell is read in, for readers of other files that
/// must give their texts in the same form.
public enum ComposedText {
    /// `text` composed to NFC (`precomposedStringWithCanonicalMapping`), without Foundation's work
    /// when composing cannot change it (ASCII, and the precomposed Vietnamese letters).
    public static func composed(_ text: String) -> String {
        var text = text
        let mayChange = text.withUTF8 { FieldText.mayChangeUnderNFC($0) }
        return mayChange ? text.precomposedStringWithCanonicalMapping : text
    }
}
