import Foundation

/// Upper case that keeps Vietnamese diacritics and stays in NFC: "Toàn tỉnh" → "TOÀN TỈNH".
public func vietnameseUppercased(_ text: String) -> String {
    text.uppercased().precomposedStringWithCanonicalMapping
}
