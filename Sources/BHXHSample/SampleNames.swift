/// Made-up but plausible Vietnamese person names for the national sample's signers.
enum SampleNames {
    private static let surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    private static let middleNames = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc"]
    private static let givenNames = ["Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Hà", "Sơn", "Thảo", "Long", "Mai", "Khải", "Nga"]

    /// A full name for a signer ("Nguyễn Văn Hùng").
    static func personName(_ random: inout SampleRandom) -> String {
        "\(random.pick(surnames)) \(random.pick(middleNames)) \(random.pick(givenNames))"
    }
}
