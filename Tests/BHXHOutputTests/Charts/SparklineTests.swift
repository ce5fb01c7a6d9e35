import Foundation
import Testing
import VietnameseFormat
@testable import BHXHOutput

@Suite struct SparklineTests {
    /// `units` tenths: 61 → 6,1.
    private func tenths(_ units: Int) -> ExactNumber { ExactNumber(FixedDecimal(units: Int64(units), scale: 1)!) }

    @Test func brokenAtGapsWithTheLastValueMarked() throws {
        let svg = SVGInspection(Sparkline(title: "Tỷ lệ tham gia", description: "Tăng từ 6,1% lên 9,1%",
                                          values: [61, 68, nil, 82, 98, 91, nil].map { $0.map { tenths($0) } }).svg())
        #expect(svg.error == nil && svg.numbersAreTidy)
        let root = try #require(svg.root)
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["width"] == "120" && root.attributes["height"] == "28")
        #expect(root.attributes["viewBox"] == "0 0 120 28")
        let lines = svg.all("polyline")
        #expect(lines.map { $0.attributes["points"]?.split(separator: " ").count } == [2, 3])
        let last = try #require(svg.all("circle").last)
        #expect(last.attributes["cx"] == "98")
    }

    @Test func lowestAtTheBottomHighestAtTheTop() throws {
        let svg = SVGInspection(Sparkline(title: "t", description: "d", values: [1, 3, 2]).svg())
        let points = try #require(svg.all("polyline").first?.attributes["points"])
        #expect(points == "3,25 60,3 117,14")
    }

    @Test func flatSingleAndEmptySeries() {
        for values: [ExactNumber?] in [[5, 5, 5], [5], [], [nil, nil], [nil, 1]] {
            let svg = SVGInspection(Sparkline(title: "t", description: "d", values: values).svg())
            #expect(svg.error == nil && svg.numbersAreTidy)
        }
        let flat = SVGInspection(Sparkline(title: "t", description: "d", values: [5, 5]).svg())
        #expect(flat.all("polyline").first?.attributes["points"] == "3,14 117,14")
    }
}
