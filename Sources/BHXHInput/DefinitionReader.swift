import BHXHCore
import Foundation
import LocatedJSON

/// A plan or report read from its definition file, with the narrative file it names (read by
/// the loader, which knows the folder).
public struct Definition<Value: Sendable>: Sendable {
    /// The plan or report.
    public var value: Value
    /// The narrative file named by "narrative", and where it is named.
    public var narrativeFile: (name: String, source: SourceRef)?
}

/// Reads plan and report definitions (`plans/<id>.json`, `reports/<id>.json`).
public enum DefinitionReader {
    /// Reads a plan definition. AdminUnit codes are checked against `tree` when it is given.
    public static func plan(bytes: [UInt8], path: String, id: String, tree: UnitTree?) -> (Definition<Plan>?, [Diagnostic]) {
        var reader = JSONFieldReader(path: path)
        guard let root = parse(bytes, &reader) else { return (nil, reader.diagnostics) }
        let plan = reader.plan(root, id: id, tree: tree)
        return (plan, reader.diagnostics)
    }

    /// Reads a report definition.
    public static func report(bytes: [UInt8], path: String, id: String) -> (Definition<Report>?, [Diagnostic]) {
        var reader = JSONFieldReader(path: path)
        guard let root = parse(bytes, &reader) else { return (nil, reader.diagnostics) }
        let report = reader.report(root, id: id)
        return (report, reader.diagnostics)
    }

    private static func parse(_ bytes: [UInt8], _ reader: inout JSONFieldReader) -> JSONNode? {
        do {
            return try JSONParser.parse(bytes: bytes)
        } catch {
            reader.error(error.message, at: error.location)
            return nil
        }
    }
}

extension JSONFieldReader {
    mutating func report(_ root: JSONNode, id: String) -> Definition<Report>? {
        guard let object = object(root, "a report definition", known: ["plan", "year", "document", "narrative"],
                                  required: ["plan", "year"]) else { return nil }
        let planID = nonEmptyString(object["plan"], "\"plan\"")
        let year = year(object["year"], "\"year\"")
        let document = document(object["document"], at: root, allowsDecision: false)
        let narrative = narrativeFile(object["narrative"])
        guard let planID, let year, let document else { return nil }
        let report = Report(id: id, planID: planID, year: year, document: document, source: ref(root.location))
        return Definition(value: report, narrativeFile: narrative)
    }

    mutating func narrativeFile(_ node: JSONNode?) -> (name: String, source: SourceRef)? {
        guard let node, let name = nonEmptyString(node, "\"narrative\"") else { return nil }
        if name.contains("/") || name.contains("\\") || name.hasPrefix(".") {
            error("\"narrative\" must be a file name in the same folder (like \"bac-kan.md\"), not a path", at: node.location)
            return nil
        }
        return (name, ref(node.location))
    }
}
