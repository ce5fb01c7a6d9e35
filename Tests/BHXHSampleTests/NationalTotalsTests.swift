import BHXHBuild
import BHXHCore
import BHXHSample
import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

/// Every total of the national build is the sum of the rows shown: appendix tables, report
/// tables, scheme pages, unit pages and the home page's cards. Four provinces of the national
/// sample (every target method, allocation and carry) keep the test short.
@Suite struct NationalTotalsTests {
    /// Four provinces of the sample, written out and computed as a build would.
    static let sample: ProjectFigures? = {
        guard let sample = try? NationalSample(provinces: 4).generate() else { return nil }
        return SharedSamples.check(sample, as: "sample").figures
    }()

    /// A figure as a page writes it ("25.002", "-") read back; nil for "-".
    func count(_ text: String) -> Decimal? {
        text == "-" ? nil : Decimal(string: text.replacingOccurrences(of: ".", with: ""))
    }

    /// The problems of one table: each count column of the total row against the sum of the others.
    func mismatches(in table: Table, of document: String) -> [String] {
        guard let total = table.rows.last, total.kind == .total else { return [] }
        var found: [String] = []
        for (column, heading) in table.columns.enumerated() where heading.kind == .count {
            let parts = table.rows.dropLast().map { row -> ExactNumber? in
                if case .number(let value, _) = row.cells[column] { return value?.roundedHalfUp() }
                return nil
            }
            guard case .number(let shown, _) = total.cells[column] else { continue }
            let sum = Ratios.sumOfKnown(parts)
            if shown?.roundedHalfUp() != sum {
                found.append("\(document), \(table.title), column \(column + 1) \"\(heading.title)\": total \(shown.map { "\($0)" } ?? "-"), rows add to \(sum.map { "\($0)" } ?? "-")")
            }
        }
        return found
    }

    @Test func everyTotalOfTheNationalBuildIsTheSumOfItsRows() throws {
        let figures = try #require(Self.sample)
        var found: [String] = []
        var tables = 0
        for plan in figures.plans {
            for appendix in plan.appendices {
                found += mismatches(in: appendix.table(), of: plan.plan.id)
                tables += 1
            }
        }
        for report in figures.reports {
            for table in report.tables {
                found += mismatches(in: table.table(), of: report.report.id)
                tables += 1
            }
        }
        #expect(tables == 4 * 4 * 2)

        let model = SiteModel(figures: figures)
        let cards = IndexPageView(model: model).cards
        for scheme in model.schemes {
            let page = SchemePageView(scheme, model: model)
            let shown: [(String, (FiguresLine) -> String)] = [
                ("participants", \.participants), ("denominator", \.denominator), ("target", \.target),
            ]
            for (name, figure) in shown {
                let sum = Ratios.sumOfKnown(page.lines.map { count(figure($0.figures)) })
                if count(figure(page.total.figures)) != sum {
                    found.append("scheme page \(scheme.rawValue), \(name): total \(figure(page.total.figures)), rows add to \(sum.map { "\($0)" } ?? "-")")
                }
            }
            if let card = cards.first(where: { $0.key == scheme.rawValue }), card.participants != page.total.figures.participants {
                found.append("home page card \(scheme.rawValue): \(card.participants), scheme page total \(page.total.figures.participants)")
            }
        }
        // A unit's page against its children's pages, year by year.
        for index in model.tree.units.indices where !model.tree.children[index].isEmpty {
            let unit = UnitPageView(index, model: model)
            let children = model.tree.children[index].map { UnitPageView($0, model: model) }
            for section in unit.schemes {
                for line in section.years where line.figures.status != "Kế hoạch" && line.figures.status != "-" {
                    let parts = children.map { child in
                        child.schemes.first { $0.key == section.key }?.years.first { $0.year == line.year }.flatMap { count($0.figures.participants) }
                    }
                    let sum = Ratios.sumOfKnown(parts)
                    if count(line.figures.participants) != sum {
                        found.append("unit page \(unit.code), \(section.key) \(line.year): \(line.figures.participants), children add to \(sum.map { "\($0)" } ?? "-")")
                    }
                }
            }
        }
        #expect(found.isEmpty, "\(found.count) totals are not the sum of their rows:\n\(found.prefix(20).joined(separator: "\n"))")
    }
}
