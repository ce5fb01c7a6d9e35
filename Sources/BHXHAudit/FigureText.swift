import Foundation
import VietnameseFormat

/// Figures in the words of findings, as officers read them: 23.310, 21,511%, 1,49%.
enum FigureText {
    /// A count: "23.310" (with its decimals, if it shows any).
    static func count(_ figure: ShownNumber) -> String {
        format(figure)
    }

    /// A computed count with `places` decimals: "23.309".
    static func count(_ value: Decimal, places: Int = 0) -> String {
        NumberStyle.vietnamese.format(value, decimals: places)
    }

    /// A stated percentage as shown, with a % sign: "21,511%", "15%".
    static func percent(_ figure: ShownNumber) -> String {
        format(figure) + "%"
    }

    /// A figure as shown, from its integers when it has them.
    private static func format(_ figure: ShownNumber) -> String {
        if let fixed = figure.fixed { return NumberStyle.vietnamese.format(fixed, decimals: figure.places) }
        return NumberStyle.vietnamese.format(figure.value, decimals: figure.places)
    }

    /// A computed percentage with `places` decimals and a % sign: "1,49%".
    static func percent(_ value: Decimal, places: Int) -> String {
        NumberStyle.vietnamese.format(value, decimals: places) + "%"
    }

    /// What a table's numbers give, as a count with `places` decimals: "23.309".
    static func count(_ range: FigureRange, places: Int) -> String {
        format(range, places: places)
    }

    /// What a table's numbers give, as a percentage with `places` decimals: "12,13106%".
    static func percent(_ range: FigureRange, places: Int) -> String {
        format(range, places: places) + "%"
    }

    /// The range's value with `places` decimals, from its integers when it has them.
    private static func format(_ range: FigureRange, places: Int) -> String {
        if let fixed = range.fixed { return NumberStyle.vietnamese.format(fixed, decimals: places) }
        return NumberStyle.vietnamese.format(range.value, decimals: places)
    }

    /// Decimals worth showing for a value computed to compare with `stated`: two more than it shows.
    static func places(comparedWith stated: ShownNumber) -> Int {
        stated.places + 2
    }

    /// How far a stated figure is from a computed one, with `places` decimals (more when that
    /// would show 0): "1", "0,00094".
    static func difference(_ stated: ShownNumber, _ computed: FigureRange, places: Int) -> String {
        if let value = computed.fixed, let figure = stated.fixed, let gap = ExactSteps.gap(figure, value) {
            let shown = placesShowing(places, isZero: gap.units == 0) { gap.roundedHalfUp(places: $0).units == 0 }
            return NumberStyle.vietnamese.format(gap, decimals: shown)
        }
        let gap = ExactSteps.gap(stated.value, computed.value)
        let shown = placesShowing(places, isZero: gap.isZero) { gap.roundedHalfUp(places: $0).isZero }
        return NumberStyle.vietnamese.format(gap, decimals: shown)
    }

    /// `places`, or more (up to six more) while a gap that is not zero would show as 0.
    private static func placesShowing(_ places: Int, isZero: Bool, roundsToZero: (Int) -> Bool) -> Int {
        var shown = places
        while shown < places + 6 && !isZero && roundsToZero(shown) { shown += 1 }
        return shown
    }
}
