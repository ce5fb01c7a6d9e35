/// Made-up but plausible Vietnamese place and person names for the national sample.
struct SampleNames {
    private static let syllables = [
        "An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Long", "Mỹ", "Phước", "Thuận", "Hưng", "Đông",
        "Tây", "Nam", "Bắc", "Trung", "Sơn", "Hà", "Lộc", "Thịnh", "Quang", "Minh", "Xuân", "Đức",
        "Vĩnh", "Hải", "Kim", "Ngọc", "Thanh", "Yên", "Hợp", "Đồng", "Lạc", "Hiệp", "Tiến", "Phong",
        "Định", "Lâm", "Khánh", "Cường", "Thái", "Gia", "Hồng", "Châu", "Lợi", "Điền", "Thắng", "Quý",
        "Nghĩa", "Trường", "Liên", "Tường", "Hội", "Cát", "Vân", "Hoàng", "Tú", "Mai", "Tràng", "Đạo",
    ]
    private static let surnames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
    private static let middleNames = ["Văn", "Thị", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc"]
    private static let givenNames = ["Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Hà", "Sơn", "Thảo", "Long", "Mai", "Khải", "Nga"]

    private var used: Set<String> = []

    /// A two-syllable place name not handed out before by this generator ("Tân Phú").
    mutating func placeName(_ random: inout SampleRandom) -> String {
        while true {
            let first = random.pick(Self.syllables)
            let second = random.pick(Self.syllables)
            let name = "\(first) \(second)"
            guard first != second, !used.contains(name) else { continue }
            used.insert(name)
            return name
        }
    }

    /// Forgets the names handed out, so the next province may reuse them.
    mutating func reset() { used.removeAll(keepingCapacity: true) }

    /// A full name for a signer ("Nguyễn Văn Hùng").
    static func personName(_ random: inout SampleRandom) -> String {
        "\(random.pick(surnames)) \(random.pick(middleNames)) \(random.pick(givenNames))"
    }
}
