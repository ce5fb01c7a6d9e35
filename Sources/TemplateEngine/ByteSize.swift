/// Sizes in bytes as people write them: "256 MB", "64 KB", "1000 bytes" (binary units, 1 KB = 1024
/// bytes), read back from "256MB", "256m", "64 KB", "1g" or a plain number of bytes.
public enum ByteSize {
    /// `bytes` in the largest unit that divides it exactly.
    public static func text(_ bytes: Int) -> String {
        for (unit, size) in units.reversed() where bytes >= size && bytes % size == 0 {
            return "\(bytes / size) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }

    /// The number of bytes `text` gives, or nil when it is not a positive whole number with an
    /// optional unit (K, KB, M, MB, G, GB, any case, spaces allowed).
    public static func parse(_ text: String) -> Int? {
        let trimmed = text.filter { $0 != " " }.uppercased()
        let digits = trimmed.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 12, let number = Int(digits), number > 0 else { return nil }
        let suffix = trimmed.dropFirst(digits.count)
        if suffix.isEmpty || suffix == "B" { return number }
        guard let size = units.first(where: { suffix == $0.unit || suffix == $0.unit.prefix(1) })?.size else { return nil }
        return number * size
    }

    private static let units: [(unit: String, size: Int)] = [("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30)]
}
