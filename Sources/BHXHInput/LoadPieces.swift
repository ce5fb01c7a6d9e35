import BHXHCore

extension ProjectLoader {
    /// A piece of the project that can be parsed once the registers are read, independently of
    /// every other: all of them are parsed together on all cores, the largest first.
    enum Piece: Sendable {
        /// A data file, against the register its folder is counted in (`units.csv` or `history/units.csv`).
        case dataFile(DataSource, tree: UnitTree?, register: String)
        /// `history/crosswalk.csv`, between the two registers.
        case crosswalk([UInt8], oldTree: UnitTree?, tree: UnitTree?)
        /// A plan definition, with the file name it came from.
        case plan(PlanSource, tree: UnitTree?)
        /// A report definition.
        case report(name: String, id: String, bytes: [UInt8])
    }

    /// A plan definition read from disk.
    struct PlanSource: Sendable {
        /// The file name in `plans/`.
        let name: String
        /// The plan's id (the name without ".json").
        let id: String
        /// Its contents.
        let bytes: [UInt8]
    }

    /// A piece as parsed, with its problems.
    enum ParsedPiece: Sendable {
        case dataFile(Dataset?, [Diagnostic])
        case crosswalk(Crosswalk?, [Diagnostic])
        case plan(Definition<Plan>?, [Diagnostic])
        case report(Definition<Report>?, [Diagnostic])

        /// The problems found, whatever the piece.
        var problems: [Diagnostic] {
            switch self {
            case let .dataFile(_, problems), let .crosswalk(_, problems), let .plan(_, problems), let .report(_, problems): problems
            }
        }
        var dataset: Dataset? { if case let .dataFile(dataset, _) = self { dataset } else { nil } }
        var crosswalk: Crosswalk? { if case let .crosswalk(crosswalk, _) = self { crosswalk } else { nil } }
        var plan: Definition<Plan>? { if case let .plan(plan, _) = self { plan } else { nil } }
        var report: Definition<Report>? { if case let .report(report, _) = self { report } else { nil } }
    }

    /// `pieces` parsed on all cores, in their order.
    func parse(_ pieces: [Piece]) -> [ParsedPiece] {
        pieces.concurrentMap { piece in
            switch piece {
            case let .dataFile(source, tree, register):
                let (dataset, problems) = parse(source, tree: tree, register: register)
                return .dataFile(dataset, problems)
            case let .crosswalk(bytes, oldTree, tree):
                let (crosswalk, problems) = CrosswalkReader.read(bytes: bytes, path: path("history/crosswalk.csv"), oldTree: oldTree, tree: tree)
                return .crosswalk(crosswalk, problems)
            case let .plan(source, tree):
                let (plan, problems) = DefinitionReader.plan(bytes: source.bytes, path: path("plans/\(source.name)"), id: source.id, tree: tree)
                return .plan(plan, problems)
            case let .report(name, id, bytes):
                let (report, problems) = DefinitionReader.report(bytes: bytes, path: path("reports/\(name)"), id: id)
                return .report(report, problems)
            }
        }
    }
}
