import VietnameseFormat

/// The words of a finding's explanation, written with string interpolation straight into UTF-8
/// bytes, which the finding keeps (`AuditFinding.explanationBytes`). Appending to a `String` piece
/// by piece checks every join for characters that could combine across it (explanations hold "÷",
/// "×", "→" and Vietnamese names), a cost per piece that a table of hundreds of thousands of
/// findings pays millions of times; the bytes are the same either way.
struct ExplanationText: ExpressibleByStringInterpolation {
    /// The text so far, as UTF-8.
    private(set) var bytes: [UInt8]

    /// Text without interpolations. Literals are `StaticString`s: their UTF-8 is copied as it
    /// is, without going through a `String`'s views.
    init(stringLiteral value: StaticString) {
        bytes = value.withUTF8Buffer(Array.init)
    }

    /// Text with interpolations.
    init(stringInterpolation: StringInterpolation) {
        bytes = stringInterpolation.bytes
    }

    /// `left` followed by `right`.
    static func + (left: ExplanationText, right: ExplanationText) -> ExplanationText {
        var joined = left
        joined.bytes += right.bytes
        return joined
    }

    /// The pieces of an interpolated explanation, appended as bytes.
    struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 12 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
        }

        mutating func appendInterpolation(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func appendInterpolation(_ text: ExplanationText) {
            bytes += text.bytes
        }

        mutating func appendInterpolation(_ number: Int) {
            NumberStyle.plain.append(FixedDecimal(Int64(number)), to: &bytes)
        }

        /// A figure as shown: "23.310" (`FigureText.count`).
        mutating func appendInterpolation(count figure: ShownNumber) {
            FigureText.write(figure, to: &bytes)
        }

        /// A stated percentage: "21,511%" (`FigureText.writePercent`).
        mutating func appendInterpolation(percent figure: ShownNumber) {
            FigureText.writePercent(figure, to: &bytes)
        }

        /// What the numbers give, as a count with `places` decimals: "23.309".
        mutating func appendInterpolation(count range: FigureRange, places: Int) {
            FigureText.write(range, places: places, to: &bytes)
        }

        /// What the numbers give, as a percentage with `places` decimals: "12,13106%".
        mutating func appendInterpolation(percent range: FigureRange, places: Int) {
            FigureText.writePercent(range, places: places, to: &bytes)
        }

        /// How far `stated` is from `computed`: "0,00094" (`FigureText.writeDifference`).
        mutating func appendInterpolation(difference stated: ShownNumber, from computed: FigureRange, places: Int) {
            FigureText.writeDifference(stated, computed, places: places, to: &bytes)
        }
    }
}
