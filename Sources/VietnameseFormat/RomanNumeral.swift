/// The Roman numeral for 1...3999 (section numbers I., II., III.); nil outside that range.
public func romanNumeral(_ value: Int) -> String? {
    guard (1...3999).contains(value) else { return nil }
    let table: [(Int, String)] = [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var out = ""
    for (amount, letters) in table {
        while rest >= amount {
            out += letters
            rest -= amount
        }
    }
    return out
}
