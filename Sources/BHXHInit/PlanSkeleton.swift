import AdministrativeRegister
import LocatedJSON

/// A plan for 2026–2030 to be completed: a draft (DỰ THẢO) with blanks for its number, day and
/// signer, bracketed texts to replace, and one appendix per scheme whose growth rates are all 0
/// until someone sets them.
struct PlanSkeleton {
    let province: RegisterUnit
    /// The plan's file name without `.json`: "lang-son-2026-2030".
    let id: String

    private var first: Int { ProjectYears.planYears[0] }
    private var last: Int { ProjectYears.planYears[ProjectYears.planYears.count - 1] }
    /// "giai đoạn 2026 - 2030".
    private var period: String { "giai đoạn \(first) - \(last)" }

    /// plans/<id>.json.
    var definition: JSONValue {
        .object([
            .init("document", .object([
                .init("draft", .bool(true)),
                .init("authority", .string("ỦY BAN NHÂN DÂN \(province.printedName.uppercased())")),
                .init("kind", .string("KẾ HOẠCH")),
                .init("number", .string("/KH-UBND")),
                .init("place", .string(NameMatch.printedBareName(province.printedName))),
                .init("date", .string(String(ProjectYears.baseYear))),
                .init("subject", .string("Phát triển đối tượng tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế \(period)")),
                .init("bases", .array([
                    .string("[BẢN KHUNG: thay bằng các căn cứ pháp lý, mỗi dòng một căn cứ, ví dụ \"Căn cứ Luật Bảo hiểm xã hội ngày 29 tháng 6 năm 2024;\"]"),
                ])),
                .init("signer", .object([
                    .init("authority", .string("TM. ỦY BAN NHÂN DÂN")), .init("title", .string("CHỦ TỊCH")), .init("name", .string("")),
                ])),
                .init("recipients", .array([.string("[BẢN KHUNG: nơi nhận]"), .string("Lưu: VT.")])),
            ])),
            .init("area", .string(province.code)),
            .init("base", .object([.init("year", .integer(ProjectYears.baseYear))])),
            .init("years", .array(ProjectYears.planYears.map(JSONValue.integer))),
            .init("labourForce", .object([.init("method", .string("carry"))])),
            .init("percentDecimals", .integer(2)),
            .init("appendices", .array([
                appendix(1, "bhxh_bb", "BẢO HIỂM XÃ HỘI BẮT BUỘC"),
                appendix(2, "bhxh_tn", "BẢO HIỂM XÃ HỘI TỰ NGUYỆN"),
                appendix(3, "bhtn", "BẢO HIỂM THẤT NGHIỆP"),
                appendix(4, "bhyt", "BẢO HIỂM Y TẾ"),
            ])),
            .init("narrative", .string("\(id).md")),
        ])
    }

    private func appendix(_ number: Int, _ scheme: String, _ name: String) -> JSONValue {
        .object([
            .init("number", .integer(number)),
            .init("scheme", .string(scheme)),
            .init("title", .string("KẾ HOẠCH PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA \(name) \(period.uppercased())")),
            .init("target", .object([
                .init("method", .string("growth")),
                .init("rates", .object(ProjectYears.planYears.map { .init(String($0), .number("0")) })),
            ])),
        ])
    }

    /// plans/<id>.md.
    var narrative: String {
        """
        **BẢN KHUNG.** Kế hoạch này do lệnh `bhxh-report init` tạo ra: thay mọi đoạn trong ngoặc vuông, \
        đặt tỷ lệ tăng trưởng của từng phụ lục trong `\(id).json`, rồi xóa đoạn này.

        I. MỤC ĐÍCH, YÊU CẦU

        [BẢN KHUNG: mục đích, yêu cầu của Kế hoạch.]

        II. CHỈ TIÊU

        Chỉ tiêu số người tham gia của từng đơn vị theo từng năm được giao tại các Phụ lục kèm theo Kế hoạch này.

        III. NHIỆM VỤ, GIẢI PHÁP

        [BẢN KHUNG: các nhiệm vụ, giải pháp.]

        IV. TỔ CHỨC THỰC HIỆN

        [BẢN KHUNG: trách nhiệm của các sở, ngành, Bảo hiểm xã hội và Ủy ban nhân dân các xã, phường.]

        """
    }
}
