import BHXHCore
import DelimitedText
import VietnameseFormat

/// Writes tidy figures as `unit,name,scheme,year,status,measure,value`: counts as whole
/// numbers, percentages with 4 decimals, "." as the decimal mark, whatever the table dialect.
enum TidyCSV {
    /// The header row.
    static let header = ["unit", "name", "scheme", "year", "status", "measure", "value"]

    /// The CSV bytes (UTF-8 with BOM, CRLF) of `figures`, in their order.
    static func bytes(_ figures: [TidyFigure]) -> [UInt8] {
        var writer = DelimitedTextWriter(separator: .comma)
        writer.write(header.map { .text($0) })
        for figure in figures {
            writer.write([
                .text(figure.unitCode), .text(figure.unitName), .text(figure.scheme.rawValue),
                .number(String(figure.year)), .text(figure.status.key), .text(figure.measure.rawValue),
                .number(NumberStyle.plain.format(figure.value, decimals: figure.measure.isPercent ? 4 : 0)),
            ])
        }
        return writer.bytes
    }
}
