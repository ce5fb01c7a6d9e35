/// One unit of an official register: a province, a district, a commune…
public struct RegisterUnit: Sendable, Hashable {
    /// The official code ("20", "06850").
    public var code: String
    /// The official name with its kind ("Tỉnh Lạng Sơn", "Xã Bắc Sơn"), in NFC.
    public var name: String
    /// The kind as the register writes it ("province", "ward", "township"…).
    public var kind: String
    /// The code of the unit it belongs to; nil for a province.
    public var parentCode: String?

    /// The name as a document prints it: with a capital first letter ("xã Bắc Sơn", as one
    /// row of the 2025 register has it, → "Xã Bắc Sơn").
    public var printedName: String {
        guard let first = name.first, first.isLowercase else { return name }
        return first.uppercased() + name.dropFirst()
    }

    /// Creates a unit.
    public init(code: String, name: String, kind: String, parentCode: String?) {
        self.code = code
        self.name = name
        self.kind = kind
        self.parentCode = parentCode
    }
}
