import Foundation
import VietnameseFormat

/// How a chart writes a value: Vietnamese digits ("1.234", "21,51"), a fixed number of decimals and a
/// unit suffix ("%"); an unknown value is "-".
struct ChartValueFormat {
    /// Decimals shown, rounded half up.
    let decimals: Int
    /// Written right after the number, e.g. "%".
    let suffix: String

    /// `value` written for a label, or "-" when it is nil.
    func text(_ value: ExactNumber?) -> String {
        guard let value else { return "-" }
        return NumberStyle.vietnamese.format(value, decimals: decimals) + suffix
    }

    /// A gridline value, with as many decimals as the tick step needs.
    func tick(_ value: ExactNumber, decimals tickDecimals: Int) -> String {
        NumberStyle.vietnamese.format(value, decimals: tickDecimals) + suffix
    }
}
