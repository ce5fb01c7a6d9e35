import Foundation
import VietnameseFormat

/// Figures in the words of findings, as officers read them: 23.310, 21,511%, 1,49%. Each is
/// written into UTF-8 bytes (`ExplanationText` interpolates them so) or given as a `String`.
enum FigureText {
    /// A count: "23.310" (with its decimals, if it shows any).
    static func count(_ figure: ShownNumber) -> String {
        text { write(figure, to: &$0) }
    }

    /// A computed count with `places` decimals: "23.309".
    static func count(_ value: Decimal, places: Int = 0) -> String {
        NumberStyle.vietnamese.format(value, decimals: places)
    }

    /// A computed percentage with `places` decimals and a % sign: "1,49%".
    static func percent(_ value: Decimal, places: Int) -> String {
        NumberStyle.vietnamese.format(value, decimals: places) + "%"
    }

    /// Decimals worth showing for a value computed to compare with `stated`: two more than it shows.
    static func places(comparedWith stated: ShownNumber) -> Int {
        stated.places + 2
    }

    /// Appends `count(figure)`, from the figure's integers when it has them.
    static func write(_ figure: ShownNumber, to bytes: inout [UInt8]) {
        if let fixed = figure.fixed {
            NumberStyle.vietnamese.append(fixed, decimals: figure.places, to: &bytes)
        } else {
            bytes.append(contentsOf: NumberStyle.vietnamese.format(figure.value, decimals: figure.places).utf8)
        }
    }

    /// Appends a stated percentage as shown, with a % sign: "21,511%", "15%".
    static func writePercent(_ figure: ShownNumber, to bytes: inout [UInt8]) {
        write(figure, to: &bytes)
        bytes.append(UInt8(ascii: "%"))
    }

    /// Appends the range's value with `places` decimals ("23.309"), from its integers when it has them.
    static func write(_ range: FigureRange, places: Int, to bytes: inout [UInt8]) {
        if let fixed = range.fixed {
            NumberStyle.vietnamese.append(fixed, decimals: places, to: &bytes)
        } else {
            bytes.append(contentsOf: NumberStyle.vietnamese.format(range.value, decimals: places).utf8)
        }
    }

    /// Appends what a table's numbers give as a percentage with `places` decimals: "12,13106%".
    static func writePercent(_ range: FigureRange, places: Int, to bytes: inout [UInt8]) {
        write(range, places: places, to: &bytes)
        bytes.append(UInt8(ascii: "%"))
    }

    /// Appends how far a stated figure is from a computed one, with `places` decimals (more when
    /// that would show 0): "1", "0,00094".
    static func writeDifference(_ stated: ShownNumber, _ computed: FigureRange, places: Int, to bytes: inout [UInt8]) {
        if let value = computed.fixed, let figure = stated.fixed, let gap = ExactSteps.gap(figure, value) {
            let shown = placesShowing(places, isZero: gap.units == 0) { gap.roundedHalfUp(places: $0).units == 0 }
            NumberStyle.vietnamese.append(gap, decimals: shown, to: &bytes)
            return
        }
        let gap = ExactSteps.gap(stated.value, computed.value)
        let shown = placesShowing(places, isZero: gap.isZero) { gap.roundedHalfUp(places: $0).isZero }
        bytes.append(contentsOf: NumberStyle.vietnamese.format(gap, decimals: shown).utf8)
    }

    /// `places`, or more (up to six more) while a gap that is not zero would show as 0.
    private static func placesShowing(_ places: Int, isZero: Bool, roundsToZero: (Int) -> Bool) -> Int {
        var shown = places
        while shown < places + 6 && !isZero && roundsToZero(shown) { shown += 1 }
        return shown
    }

    /// The text `write` appends.
    private static func text(_ write: (inout [UInt8]) -> Void) -> String {
        var bytes: [UInt8] = []
        write(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
