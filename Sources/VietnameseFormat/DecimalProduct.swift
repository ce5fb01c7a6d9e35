import Foundation

extension Decimal {
    /// self × `other`, exactly: in integers (`FixedDecimal`) when both and the product fit, else
    /// by `Decimal` multiplication (a target's growth factor, a rate times a labour force).
    public func multipliedExactly(by other: Decimal) -> Decimal {
        if let left = FixedDecimal(exactly: self), let right = FixedDecimal(exactly: other),
           let product = left.multiplied(by: right) {
            return product.decimal
        }
        return self * other
    }
}
