import Foundation

extension Decimal {
    /// The value × 10^`places`, rounded half up (ties away from zero, as `roundedHalfUp`), as a
    /// magnitude and a sign, worked out on the integer inside the `Decimal` without any `Decimal`
    /// arithmetic; nil for NaN or when the result has more than 18 digits.
    func scaledMagnitude(places: Int) -> (magnitude: UInt64, negative: Bool)? {
        guard !isNaN, let parts = DecimalLayout.parts(of: self) else { return nil }
        var (high, low) = parts.mantissa128
        var shift = parts.exponent + places
        var lastDropped: UInt64 = 0
        // Drop up to 19 digits a pass (128 bits by 64), keeping the most significant digit the
        // last pass dropped: the rounding only depends on it.
        while shift < 0 && (high != 0 || low != 0) {
            let digits = min(19, -shift)
            let divisor = Self.powersOfTen[digits]
            let quotientHigh = high / divisor
            let (quotientLow, remainder) = divisor.dividingFullWidth((high % divisor, low))
            (high, low) = (quotientHigh, quotientLow)
            lastDropped = remainder / Self.powersOfTen[digits - 1]
            shift += digits
        }
        guard high == 0 else { return nil }
        var magnitude = low
        if shift < 0 {
            // Every digit is gone and the next one dropped would be a zero: far below half a unit.
            magnitude = 0
            lastDropped = 0
        } else {
            for _ in 0..<shift {
                let (product, overflow) = magnitude.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                magnitude = product
            }
        }
        if lastDropped >= 5 { magnitude += 1 }
        guard magnitude < Self.powersOfTen[18] else { return nil }
        return (magnitude, parts.negative && magnitude != 0)
    }

    /// 10⁰ … 10¹⁹, every power of ten a `UInt64` holds.
    private static let powersOfTen: [UInt64] = (0...19).map { power in
        (0..<power).reduce(UInt64(1)) { value, _ in value * 10 }
    }

    /// A `Double` close to the value, for drawing (never for figures): the value rounded to the
    /// most decimals (15, 12, … 0) that keep it under 10¹⁸, divided by that power of ten. Plain
    /// integer work and one correctly rounded division, so the same bits on every machine.
    public var approximateDouble: Double {
        guard !isNaN else { return .nan }
        if let (whole, _) = scaledMagnitude(places: 0) {
            let places = DrawingDouble.places(forWhole: whole)
            if let (magnitude, negative) = scaledMagnitude(places: places) {
                return DrawingDouble.value(magnitude, negative: negative, places: places)
            }
        }
        return NSDecimalNumber(decimal: self).doubleValue
    }
}

extension Decimal {
    /// The value as an `Int` when it is a whole number below 10¹⁸ in magnitude, read from its
    /// memory without any `Decimal` arithmetic (counts of people always are); nil otherwise.
    public var wholeNumber: Int? {
        DecimalLayout.wholeNumber(of: self)
    }
}

extension Decimal {
    /// ± `magnitude` × 10^−`scale`, built from its parts without `Decimal` arithmetic.
    init(magnitude: UInt64, negative: Bool, scale: Int) {
        let whole = Decimal(magnitude)
        self = scale == 0 && !negative ? whole : Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: whole)
    }

    /// The value × 10ⁿ, exactly: the decimal point moved, without `Decimal` arithmetic (dividing
    /// by 100 this way is hundreds of times faster than `/ 100`, and gives the same value).
    public func timesPowerOfTen(_ n: Int) -> Decimal {
        Decimal(sign: .plus, exponent: n, significand: self)
    }
}

/// Adds up `Decimal`s quickly: whole numbers (counts of people) in an `Int`, anything else in a
/// `Decimal`, so that the usual sums of counts take no `Decimal` arithmetic at all.
public struct DecimalSum: Sendable {
    private var whole = 0
    private var other: Decimal?

    /// An empty sum (zero).
    public init() {}

    /// Adds one value.
    public mutating func add(_ value: Decimal) {
        if let number = value.wholeNumber {
            let (sum, overflow) = whole.addingReportingOverflow(number)
            if !overflow {
                whole = sum
                return
            }
        }
        other = (other ?? 0) + value
    }

    /// Adds one whole number.
    public mutating func add(whole number: Int) {
        let (sum, overflow) = whole.addingReportingOverflow(number)
        if overflow {
            other = (other ?? 0) + Decimal(number)
        } else {
            whole = sum
        }
    }

    /// The sum so far, exact.
    public var value: Decimal {
        other.map { $0 + Decimal(whole) } ?? Decimal(whole)
    }
}

/// Reads the parts of a `Decimal` — exponent, sign and the 128-bit integer mantissa — from its
/// 20 bytes of memory (the fields themselves are not public on Linux): the exponent in the first
/// byte, the length and sign in the second, the mantissa words from the fifth byte on. Apple's
/// `NSDecimal` packs the second byte low nibble first, swift-foundation high nibble first; which
/// one this Foundation uses is found once by reading known values. If neither reads them right,
/// `parts(of:)` says nil and callers take the slower `Decimal` arithmetic.
enum DecimalLayout {
    /// The parts of one value; the mantissa words are little-endian, `length` of them in use.
    struct Parts {
        var exponent: Int
        var length: Int
        var negative: Bool
        var mantissa: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16)

        /// The mantissa as a 128-bit integer, in two halves (words past `length` count as zero).
        var mantissa128: (high: UInt64, low: UInt64) {
            withUnsafeBytes(of: mantissa) { raw in
                var words = (high: UInt64(0), low: UInt64(0))
                for index in stride(from: min(length, 8) - 1, through: 0, by: -1) {
                    let word = UInt64(raw.load(fromByteOffset: index * 2, as: UInt16.self))
                    if index >= 4 {
                        words.high = words.high << 16 | word
                    } else {
                        words.low = words.low << 16 | word
                    }
                }
                return words
            }
        }
    }

    /// Where the length and sign sit in the second byte.
    private enum Packing: CaseIterable {
        /// Length in bits 0–3, sign in bit 4 (Apple's C bit fields).
        case lowNibble
        /// Length in bits 4–7, sign in bit 3 (swift-foundation).
        case highNibble
    }

    /// The parts of `value`, or nil when the layout is not a known one.
    static func parts(of value: Decimal) -> Parts? {
        packing.map { read(value, $0) }
    }

    /// `value` as an `Int` when its exponent is 0 … 17, its mantissa fits 64 bits and the value
    /// is below 10¹⁸ in magnitude (how counts of people are built); nil otherwise and for NaN.
    /// Read straight from the bytes, without building `Parts`: sums and checks of counts take it
    /// for every figure.
    static func wholeNumber(of value: Decimal) -> Int? {
        guard let packing else { return nil }
        // The bytes taken out first; the rest is plain integer work on them.
        let (exponentByte, flags, words) = withUnsafeBytes(of: value) { raw in
            (raw[0], raw[1], raw.loadUnaligned(fromByteOffset: 4, as: UInt64.self))
        }
        let exponent = Int(Int8(bitPattern: exponentByte))
        let (length, negative) = switch packing {
        case .lowNibble: (Int(flags & 0xF), flags >> 4 & 1 == 1)
        case .highNibble: (Int(flags >> 4), flags >> 3 & 1 == 1)
        }
        // Length 0 with the sign set is NaN.
        guard exponent >= 0, exponent < 18, length <= 4, length > 0 || !negative else { return nil }
        // The first four little-endian words as one integer, the words past `length` masked off.
        var magnitude = length == 4 ? words : words & (UInt64(1) << UInt64(16 * length) &- 1)
        for _ in 0..<exponent {
            let (product, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            magnitude = product
        }
        guard magnitude < 1_000_000_000_000_000_000 else { return nil }
        return negative ? -Int(magnitude) : Int(magnitude)
    }

    private static func read(_ value: Decimal, _ packing: Packing) -> Parts {
        withUnsafeBytes(of: value) { raw in
            let flags = raw[1]
            var mantissa: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &mantissa) { words in
                words.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[4..<20]))
            }
            let (length, negative) = switch packing {
            case .lowNibble: (Int(flags & 0xF), flags >> 4 & 1 == 1)
            case .highNibble: (Int(flags >> 4), flags >> 3 & 1 == 1)
            }
            return Parts(exponent: Int(Int8(bitPattern: raw[0])), length: length, negative: negative, mantissa: mantissa)
        }
    }

    /// The packing under which a few known values read back as expected, if any.
    private static let packing: Packing? = {
        guard MemoryLayout<Decimal>.size == 20, UInt16(1).littleEndian == 1 else { return nil }
        return Packing.allCases.first { packing in
            // -1234.5 = -12345 × 10⁻¹; 2⁶⁴ + 5 needs five words.
            let small = read(Decimal(sign: .minus, exponent: -1, significand: 12_345), packing)
            let large = read(Decimal(UInt64.max) + 6, packing)
            return small.exponent == -1 && small.length == 1 && small.negative && small.mantissa.0 == 12_345
                && large.exponent == 0 && large.length == 5 && !large.negative
                && large.mantissa.0 == 5 && large.mantissa.1 == 0 && large.mantissa.4 == 1
        }
    }()
}

extension FixedDecimal {
    /// The same value as `decimal`, when it has at most 18 decimals and fits; nil otherwise (and
    /// when the `Decimal` parts cannot be read), so that callers keep the exact `Decimal` path.
    public init?(exactly decimal: Decimal) {
        guard !decimal.isNaN, let parts = DecimalLayout.parts(of: decimal) else { return nil }
        let (high, low) = parts.mantissa128
        guard high == 0, low <= UInt64(Int64.max), parts.exponent >= -FixedDecimal.maximumScale else { return nil }
        var units = Int64(low)
        if parts.exponent > 0 {
            guard parts.exponent <= FixedDecimal.maximumScale else { return nil }
            let (product, overflow) = units.multipliedReportingOverflow(by: FixedDecimal.powerOfTen(parts.exponent))
            guard !overflow else { return nil }
            units = product
        }
        self.init(units: parts.negative ? -units : units, scale: max(0, -parts.exponent))
    }
}
