import BHXHCore
import Foundation
import VietnameseFormat

/// A results report as its page and its Markdown document receive it: the official header, the
/// narrative, a sentence and a table per scheme, and the units below target.
struct ReportPageView: Sendable {
    /// One scheme's results.
    struct SchemeResults: Sendable {
        /// "Bảng n".
        var number: Int
        /// The scheme's short name.
        var schemeName: String
        /// The table's title.
        var title: String
        /// The province's result in one sentence.
        var sentence: String
        /// What the actual figures are ("Số ước thực hiện năm 2019"), when not whole-year actuals.
        var statusNote: String
        /// The units whose actual falls short of their target, with their completion.
        var belowTarget: [String]
        /// How many units reached their target, of those with both figures: "7/9".
        var reachedText: String
        /// The table.
        var table: TableView
        /// The table's CSV and Markdown files.
        var csvFile: String
        var markdownFile: String
    }

    /// The report's id.
    var id: String
    /// The plan reported on.
    var planID: String
    /// The year.
    var year: Int
    /// The document header and signature.
    var document: DocumentView
    /// The narrative.
    var narrative: NarrativeView
    /// The area's name.
    var areaName: String
    /// One entry per scheme table.
    var schemes: [SchemeResults]

    /// The view of a computed report.
    init(_ figures: ReportFigures) {
        let report = figures.report
        id = report.id
        planID = figures.plan.id
        year = report.year
        document = DocumentView(report.document)
        narrative = NarrativeView(report.narrative)
        areaName = figures.area.name
        schemes = figures.tables.map { table in
            let percent = { (value: ExactNumber) in NumberStyle.vietnamese.format(value, decimals: table.percentDecimals) + "%" }
            let compared = table.rows.filter { $0.actual != nil && $0.target != nil }
            let below = table.belowTarget
            return SchemeResults(
                number: table.number, schemeName: table.scheme.shortName, title: table.title,
                sentence: Self.sentence(table, percent: percent),
                statusNote: table.actualStatus.map { $0 == .actual ? "" : "Số liệu thực hiện: \($0.heading(year: table.year).lowercased())." } ?? "",
                belowTarget: below.map { row in "\(row.unit.name) (\(row.completion.map(percent) ?? "-"))" },
                reachedText: "\(compared.count - below.count)/\(compared.count)",
                table: TableView(table.table()),
                csvFile: "bang-\(table.number).csv", markdownFile: "bang-\(table.number).md")
        }
    }

    /// "Toàn tỉnh đạt 99,53% kế hoạch BHXH bắt buộc, tăng 10,01% so với năm 2018." — "ước đạt"
    /// for an estimate, "đến hết tháng 6 đạt" for a to-month actual, "giảm" for a fall.
    static func sentence(_ table: ReportTable, percent: (ExactNumber) -> String) -> String {
        let whole = table.total.unit.kind.wholeAreaName
        var verb = "đạt"
        switch table.actualStatus {
        case .estimate?: verb = "ước đạt"
        case .actualThrough(let month)?: verb = "đến hết tháng \(month) đạt"
        default: break
        }
        guard let completion = table.total.completion else {
            return "\(whole) chưa có đủ số liệu để so sánh với kế hoạch \(table.scheme.shortName) năm \(table.year)."
        }
        var text = "\(whole) \(verb) \(percent(completion)) kế hoạch \(table.scheme.shortName)"
        if let growth = table.total.growth {
            let direction = growth < 0 ? "giảm" : "tăng"
            text += ", \(direction) \(percent(growth < 0 ? 0 - growth : growth)) so với năm \(table.year - 1)"
        }
        return text + "."
    }
}
