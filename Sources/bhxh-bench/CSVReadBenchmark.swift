import DelimitedText

/// `csv-read`: reads about 20 MB of a typical data file (3,400 rows × 12 columns of integers and
/// short Vietnamese names, UTF-8 with BOM, CRLF, repeated) with `DelimitedTextReader`.
func csvReadBenchmark() throws {
    let bytes = typicalDataFile(targetSize: 20_000_000)
    var records = 0
    try measure("csv-read (\(bytes.count / 1_000_000) MB, 12 columns)", bytes: bytes.count) {
        records &+= try DelimitedTextReader.read(bytes).records.count
    }
    precondition(records > 0)
}

/// A header and 3,400 deterministic rows of unit code, name, kind, parent and nine counts,
/// repeated until the file reaches `targetSize` bytes.
private func typicalDataFile(targetSize: Int) -> [UInt8] {
    let header = "unit,name,kind,parent,labour_force,population,bhxh_bb,bhxh_tn,bhtn,bhyt,"
        + "bhxh_bb_eligible,bhyt_eligible\r\n"
    let names = ["Xã Hợp Châu", "Thị trấn Tam Đảo", "Phường Ngô Quyền", "Xã Đại Đình", "Huyện Bình Xuyên",
                 "Xã Bắc Bình", "Thành phố Vĩnh Yên", "Xã Yên Dương", "Phường Khai Quang", "Xã Sơn Lôi"]
    let kinds = ["commune", "town", "ward", "district", "city"]
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: UInt64) -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (state >> 33) % bound
    }
    var rows = ""
    for row in 0..<3_400 {
        var cells = ["\(27_000 + row)", names[Int(next(UInt64(names.count)))], kinds[Int(next(UInt64(kinds.count)))],
                     "\(270 + row / 100)"]
        for _ in 0..<8 { cells.append("\(next(60_000))") }
        rows += cells.joined(separator: ",") + "\r\n"
    }
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(header.utf8)
    let body = Array(rows.utf8)
    while bytes.count < targetSize { bytes += body }
    return bytes
}
