import LocatedJSON

/// The plan and the results report of one province of the national sample, with their
/// narratives. Each province gets all four schemes, with target methods that vary from one
/// province to the next so every method is exercised at national scale.
struct SampleDefinitions {
    let data: SampleProvinceData
    let calendar: SampleCalendar
    let seed: UInt64
    /// The signer's name.
    let signer: String

    /// "ha-noi-2026-2030".
    var planID: String { "\(data.province.slug)-\(calendar.planYears.first!)-\(calendar.planYears.last!)" }
    /// "ha-noi-2026".
    var reportID: String { "\(data.province.slug)-\(calendar.reportYear)" }

    private var period: String { "\(calendar.planYears.first!) - \(calendar.planYears.last!)" }
    private var planNumber: String { "\(150 + data.index * 3)/KH-UBND" }
    private var planDate: String { "\(calendar.baseYear)-12-\(10 + data.index % 15)" }
    private var reportDate: String { "\(calendar.reportYear)-12-\(10 + data.index % 15)" }

    // MARK: Plan

    /// plans/<id>.json.
    var plan: JSONValue {
        let index = data.index
        let labourForce: JSONValue = index % 2 == 0
            ? .object([.init("method", .string("carry"))])
            : .object([.init("method", .string("growth")), .init("rates", rates { _ in 10 })])
        return .object([
            .init("document", document(
                kind: "KẾ HOẠCH", number: planNumber, date: planDate,
                subject: "Phát triển đối tượng tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế giai đoạn \(period) (số liệu minh họa)",
                bases: [
                    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                    "Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;",
                    "Xét đề nghị của Sở Nội vụ tại Tờ trình số \(40 + index)/TTr-SNV ngày 05 tháng 12 năm \(calendar.baseYear),",
                ])),
            .init("area", .string(data.province.code)),
            .init("base", .object([.init("year", .integer(calendar.baseYear)),
                                   .init("through", .string("\(calendar.baseYear)-\(calendar.baseMonthText)"))])),
            .init("years", .array(calendar.planYears.map(JSONValue.integer))),
            .init("labourForce", labourForce),
            .init("carry", .string(index % 5 == 0 ? "exact" : "rounded")),
            .init("percentDecimals", .integer(2)),
            .init("appendices", .array([compulsory, voluntary, unemployment, health])),
            .init("narrative", .string("\(planID).md")),
        ])
    }

    private var compulsory: JSONValue {
        let step = 50 + data.index % 5 * 5
        let growth: (Int) -> Int = { year in step + year * 2 }
        // Compulsory insurance follows the employers, so a province total is split by each
        // commune's share of today's participants (splitting by labour force is for unemployment).
        let target: JSONValue = data.index % 2 == 1
            ? total(\.compulsory, growth: growth, allocate: "share")
            : method("growth", rates(growth))
        return appendix(1, "bhxh_bb", "BẢO HIỂM XÃ HỘI BẮT BUỘC", target, overrides: agencyGrowth)
    }

    private var voluntary: JSONValue {
        let base = data.total(\.voluntary, at: calendar.baseOffset) * 1_000 / data.total(\.labourForce, at: calendar.baseOffset)
        // One coverage rate for the whole province, its people split by each commune's share
        // (the same rate for every commune would multiply the people of the lowest ones).
        let target = data.index % 2 == 0
            ? areaRate("coverage", rates { year in base + 5 * (year + 1) }, allocate: "share")
            : method("growth", rates { year in 120 + 5 * (year % 3) })
        return appendix(2, "bhxh_tn", "BẢO HIỂM XÃ HỘI TỰ NGUYỆN", target, overrides: nil)
    }

    private var unemployment: JSONValue {
        let growth: (Int) -> Int = { year in 40 + year * 3 }
        switch data.index % 3 {
        case 1:
            let values = data.rows.map { unit in
                var value = unit.series.unemployment[calendar.baseOffset]
                return JSONValue.Member(unit.code, .object(calendar.planYears.enumerated().map { year, name in
                    value = scaled(value, by: 1_000 + growth(year))
                    return .init(String(name), .integer(value))
                }))
            }
            return appendix(3, "bhtn", "BẢO HIỂM THẤT NGHIỆP",
                            .object([.init("method", .string("values")), .init("values", .object(values))]), overrides: nil)
        case 2:
            return appendix(3, "bhtn", "BẢO HIỂM THẤT NGHIỆP", total(\.unemployment, growth: growth, allocate: "eligible"),
                            overrides: agencyGrowth)
        default:
            return appendix(3, "bhtn", "BẢO HIỂM THẤT NGHIỆP", method("growth", rates(growth)), overrides: agencyGrowth)
        }
    }

    private var health: JSONValue {
        let base = data.total(\.health, at: calendar.baseOffset) * 1_000 / data.total(\.population, at: calendar.baseOffset)
        let coverage = rates { year in min(990, base + 4 * (year + 1)) }
        let target = data.index % 2 == 0 ? method("coverage", coverage) : areaRate("coverage", coverage, allocate: "labour_force")
        return appendix(4, "bhyt", "BẢO HIỂM Y TẾ", target, overrides: nil)
    }

    /// The agency grows its own participants 3% a year whatever the method of the other rows.
    private var agencyGrowth: JSONValue {
        .object([.init(data.agency.code, method("growth", rates { _ in 30 }))])
    }

    private func appendix(_ number: Int, _ scheme: String, _ schemeName: String, _ target: JSONValue, overrides: JSONValue?) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("number", .integer(number)),
            .init("scheme", .string(scheme)),
            .init("title", .string("KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA \(schemeName) GIAI ĐOẠN \(period)")),
            .init("target", target),
        ]
        if let overrides { members.append(.init("overrides", overrides)) }
        return .object(members)
    }

    private func method(_ name: String, _ rates: JSONValue) -> JSONValue {
        .object([.init("method", .string(name)), .init("rates", rates)])
    }

    /// A `total` target: the province's base-year figure grown year by year by `growth` (per mille).
    private func total(_ figure: (SampleSeries) -> [Int]?, growth: (Int) -> Int, allocate: String) -> JSONValue {
        var value = data.total(figure, at: calendar.baseOffset)
        let totals = calendar.planYears.enumerated().map { year, name in
            value = scaled(value, by: 1_000 + growth(year))
            return JSONValue.Member(String(name), .integer(value))
        }
        return .object([.init("method", .string("total")), .init("totals", .object(totals)), .init("allocate", .string(allocate))])
    }

    /// A `total` target set as a rate for the whole province (`"coverage"` or `"participation"`).
    private func areaRate(_ key: String, _ rates: JSONValue, allocate: String) -> JSONValue {
        .object([.init("method", .string("total")), .init(key, rates), .init("allocate", .string(allocate))])
    }

    /// `{"2026": 5.5, …}` from a rate in tenths of a percent for each plan year (0 for the first).
    private func rates(_ tenths: (Int) -> Int) -> JSONValue {
        .object(calendar.planYears.enumerated().map { year, name in
            let value = tenths(year)
            return .init(String(name), .number("\(value / 10).\(value % 10)"))
        })
    }

    // MARK: Report

    /// reports/<id>.json.
    var report: JSONValue {
        .object([
            .init("plan", .string(planID)),
            .init("year", .integer(calendar.reportYear)),
            .init("document", document(
                kind: "BÁO CÁO", number: "\(300 + data.index * 5)/BC-UBND", date: reportDate,
                subject: "Kết quả thực hiện chỉ tiêu phát triển đối tượng tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế năm \(calendar.reportYear) (số liệu minh họa)",
                bases: ["Căn cứ Kế hoạch số \(planNumber) ngày \(10 + data.index % 15) tháng 12 năm \(calendar.baseYear) của Ủy ban nhân dân \(data.province.fullName.lowercasedKind);"])),
            .init("narrative", .string("\(reportID).md")),
        ])
    }

    private func document(kind: String, number: String, date: String, subject: String, bases: [String]) -> JSONValue {
        .object([
            .init("authority", .string("ỦY BAN NHÂN DÂN \(data.province.upperName)")),
            .init("kind", .string(kind)),
            .init("number", .string(number)),
            .init("place", .string(data.province.name)),
            .init("date", .string(date)),
            .init("subject", .string(subject)),
            .init("bases", .array(bases.map(JSONValue.string))),
            .init("signer", .object([
                .init("authority", .string("TM. ỦY BAN NHÂN DÂN")), .init("deputy", .string("KT. CHỦ TỊCH")),
                .init("title", .string("PHÓ CHỦ TỊCH")), .init("name", .string(signer)),
            ])),
            .init("recipients", .array([
                "Bộ Nội vụ (b/c);", "Bảo hiểm xã hội Việt Nam (b/c);", "Các sở, ban, ngành;",
                "UBND các xã, phường, đặc khu;", "Lưu: VT.",
            ].map(JSONValue.string))),
        ])
    }

    // MARK: Narratives

    private var notice: String {
        "**Số liệu minh họa.** Văn bản này thuộc bộ dữ liệu mẫu toàn quốc do công cụ bhxh-report tạo ra (hạt giống \(seed)); "
            + "tên và mã các xã, phường, đặc khu theo danh mục đơn vị hành chính chính thức, còn mọi số liệu đều là minh họa, "
            + "không phải số liệu chính thức của \(data.province.fullName)."
    }

    /// plans/<id>.md.
    var planNarrative: String {
        """
        \(notice)

        I. MỤC ĐÍCH, YÊU CẦU

        1. Mở rộng diện bao phủ bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế giai đoạn \(period), hướng tới bảo hiểm xã hội toàn dân.

        2. Giao chỉ tiêu cụ thể cho từng xã, phường, đặc khu làm căn cứ tổ chức thực hiện, kiểm tra, đánh giá hằng năm.

        II. CHỈ TIÊU

        Chỉ tiêu số người tham gia của từng đơn vị theo từng năm được giao tại các Phụ lục kèm theo Kế hoạch này.

        III. NHIỆM VỤ, GIẢI PHÁP

        1. Đẩy mạnh tuyên truyền, phổ biến chính sách, pháp luật về bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế.

        2. Tăng cường thanh tra, kiểm tra việc chấp hành pháp luật về đóng bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế.

        3. Hỗ trợ người tham gia bảo hiểm xã hội tự nguyện và bảo hiểm y tế theo hộ gia đình.

        IV. TỔ CHỨC THỰC HIỆN

        - Sở Nội vụ chủ trì, theo dõi, tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân.
        - Bảo hiểm xã hội \(data.province.isCity ? "thành phố" : "tỉnh") phối hợp giao chỉ tiêu và cung cấp số liệu hằng tháng.
        - Ủy ban nhân dân các xã, phường, đặc khu tổ chức thực hiện chỉ tiêu được giao.

        """
    }

    /// reports/<id>.md.
    var reportNarrative: String {
        """
        \(notice)

        I. KẾT QUẢ THỰC HIỆN

        Số liệu năm \(calendar.reportYear) là số ước thực hiện cả năm; kết quả theo từng chỉ tiêu được nêu tại các bảng kèm theo.

        II. TỒN TẠI, HẠN CHẾ

        - Một số xã, phường chưa hoàn thành chỉ tiêu được giao (chi tiết tại các bảng kèm theo).

        III. NHIỆM VỤ, GIẢI PHÁP NĂM \(calendar.reportYear + 1)

        1. Các đơn vị chưa đạt chỉ tiêu xây dựng giải pháp cụ thể để hoàn thành kế hoạch năm \(calendar.reportYear + 1).

        """
    }
}

private extension String {
    /// "Thành phố Hà Nội" → "thành phố Hà Nội", "Tỉnh Lai Châu" → "tỉnh Lai Châu", as in "Ủy ban nhân dân tỉnh …".
    var lowercasedKind: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
