import Foundation

/// `text` reduced for matching words typed in any way: accents, case and width dropped ("đ" → "d"),
/// every run of characters that are not letters or digits turned into one space, no space at
/// either end: "Lực lượng  lao động" and "LUC LUONG LAO DONG" → "luc luong lao dong";
/// "% so với lực lượng" → "so voi luc luong"; "8/2018" → "8 2018".
public func foldedForMatching(_ text: String) -> String {
    var plain = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        plain.append(scalar == "đ" ? "d" : scalar == "Đ" ? "D" : scalar)
    }
    let folded = String(plain)
        .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var out = ""
    var pendingSpace = false
    for character in folded {
        if character.isLetter || character.isNumber {
            if pendingSpace && !out.isEmpty { out.append(" ") }
            out.append(character)
            pendingSpace = false
        } else {
            pendingSpace = true
        }
    }
    return out
}
