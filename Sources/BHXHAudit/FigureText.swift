import Foundation
import VietnameseFormat

/// Figures in the words of findings, as officers read them: 23.310, 21,511%, 1,49%.
enum FigureText {
    /// A count: "23.310" (with its decimals, if it shows any).
    static func count(_ figure: ShownNumber) -> String {
        NumberStyle.vietnamese.format(figure.value, decimals: figure.places)
    }

    /// A computed count with `places` decimals: "23.309".
    static func count(_ value: Decimal, places: Int = 0) -> String {
        NumberStyle.vietnamese.format(value, decimals: places)
    }

    /// A stated percentage as shown, with a % sign: "21,511%", "15%".
    static func percent(_ figure: ShownNumber) -> String {
        NumberStyle.vietnamese.format(figure.value, decimals: figure.places) + "%"
    }

    /// A computed percentage with `places` decimals and a % sign: "1,49%".
    static func percent(_ value: Decimal, places: Int) -> String {
        NumberStyle.vietnamese.format(value, decimals: places) + "%"
    }

    /// Decimals worth showing for a value computed to compare with `stated`: two more than it shows.
    static func places(comparedWith stated: ShownNumber) -> Int {
        stated.places + 2
    }

    /// How far a stated figure is from a computed one, with `places` decimals (more when that
    /// would show 0): "1", "0,00094".
    static func difference(_ stated: ShownNumber, _ computed: Decimal, places: Int) -> String {
        let gap = ExactSteps.gap(stated.value, computed)
        var shown = places
        while shown < places + 6 && !gap.isZero && gap.roundedHalfUp(places: shown).isZero { shown += 1 }
        return NumberStyle.vietnamese.format(gap, decimals: shown)
    }
}
