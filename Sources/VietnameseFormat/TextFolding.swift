import Foundation

/// `text` reduced for matching words typed in any way: accents, case and width dropped ("đ" → "d"),
/// every run of characters that are not letters or digits turned into one space, no space at
/// either end: "Lực lượng  lao động" and "LUC LUONG LAO DONG" → "luc luong lao dong";
/// "% so với lực lượng" → "so voi luc luong"; "8/2018" → "8 2018".
///
/// Text made only of the characters `FoldingTable` knows (ASCII and the precomposed Latin letters
/// Vietnamese is typed with) is folded from the table, character by character; anything else
/// through Foundation's `folding`, which the table was made from.
public func foldedForMatching(_ text: String) -> String {
    FoldingTable.shared.fold(text) ?? foldedThroughFoundation(text)
}

/// `foldedForMatching` worked out by Foundation: `foundationFolding`, then the letters and digits
/// kept, runs of anything else one space.
func foldedThroughFoundation(_ text: String) -> String {
    let folded = foundationFolding(text)
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

/// "đ" made "d", then Foundation's `folding` without diacritics, case and width.
func foundationFolding(_ text: String) -> String {
    var plain = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        plain.append(scalar == "đ" ? "d" : scalar == "Đ" ? "D" : scalar)
    }
    return String(plain).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
}
