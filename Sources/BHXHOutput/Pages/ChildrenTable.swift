import BHXHCore
import Foundation
import VietnameseFormat

/// The table that opens the page of a unit with units under it (a province's communes): for each
/// scheme, in its latest year, every child's coverage, its completion of the target and its growth
/// over the year before; the children in Vietnamese alphabetical order (`NameOrder`), units without
/// a population of their own (the BHXH agency) last.
struct ChildrenTable: Sendable {
    /// The three columns of one scheme.
    struct Scheme: Sendable {
        /// The id of the scheme's section on the page ("bhxh_bb").
        var key: String
        var shortName: String
        /// "Ước thực hiện năm 2026".
        var period: String
        /// "% so với lực lượng lao động".
        var coverageHeading: String
    }

    /// One child's line.
    struct Row: Sendable {
        var position: Int
        var link: PageLink
        /// Per scheme, in `schemes` order: coverage, completion, growth ("-" when unknown).
        var cells: [String]
    }

    var schemes: [Scheme]
    var rows: [Row]

    /// The table of the children of unit `index`; no rows when it has none.
    init(_ index: UnitTree.Index, model: SiteModel) {
        let tree = model.tree
        let shown = model.schemes.compactMap { scheme in
            model.latestYear[scheme].flatMap { year in model.history(index, scheme) == nil ? nil : (scheme, year) }
        }
        schemes = shown.map { scheme, year in
            Scheme(key: scheme.rawValue, shortName: scheme.shortName,
                   period: (model.observation(index, scheme, year: year).map { SiteWords.status($0.status) + " năm" } ?? "Năm") + " \(year)",
                   coverageHeading: SiteWords.coverageHeading(scheme))
        }
        let children = tree.children[index].map { (child: $0, key: NameOrder(tree.units[$0].name)) }
            .sorted { left, right in
                let (l, r) = (tree.units[left.child].kind.hasPopulation, tree.units[right.child].kind.hasPopulation)
                return l != r ? l : left.key < right.key
            }
        rows = children.enumerated().map { position, child in
            let unit = tree.units[child.child]
            var cells: [String] = []
            for (scheme, year) in shown {
                let seen = model.observation(child.child, scheme, year: year)
                let line = FiguresLine(seen, target: model.target(child.child, scheme, year: year))
                let growth = Ratios.growth(seen?.participants, over: model.observation(child.child, scheme, year: year - 1)?.participants)
                cells += [line.coverage, line.completion, SiteWords.signedPercent(growth) ?? "-"]
            }
            return Row(position: position + 1, link: PageLink(name: unit.name, href: "\(unit.code).html"), cells: cells)
        }
    }
}
