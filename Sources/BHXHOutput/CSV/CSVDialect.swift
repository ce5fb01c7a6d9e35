import DelimitedText
import VietnameseFormat

/// How the official tables are written as CSV: the separator and the number style.
public enum CSVDialect: String, Sendable, CaseIterable {
    /// RFC 4180: "," between fields, numbers without grouping and "." decimals (21.51).
    case rfc4180
    /// Excel set to Vietnamese: ";" between fields and "," decimals (21,51).
    case vi

    /// The field separator.
    var separator: DelimitedSeparator { self == .vi ? .semicolon : .comma }

    /// How numbers are written.
    var numberStyle: NumberStyle { self == .vi ? .plainDecimalComma : .plain }
}
