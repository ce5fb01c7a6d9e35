import BHXHCore
import Foundation
import VietnameseFormat

/// Reads `history/crosswalk.csv` (`old_code,new_code,share`: which new unit each old unit went
/// into) and checks it against both registers: old codes in `history/units.csv`, new codes in
/// `units.csv`; an old unit listed once moves whole (share empty or 1); an old unit listed on
/// several rows is split and gives a share on each, adding up to exactly 1; no code listed
/// together with a unit above it.
public enum CrosswalkReader {
    /// The crosswalk, or nil when an error makes it unusable (or a register is missing); every
    /// problem found either way.
    public static func read(bytes: [UInt8], path: String, oldTree: UnitTree?, tree: UnitTree?) -> (Crosswalk?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let table = InputTable.read(bytes: bytes, path: path,
                                          required: [(.oldCode, "old_code"), (.newCode, "new_code"), (.share, "share")],
                                          accepted: [.oldCode, .newCode, .share, .rowNumber, .name], diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var rows: [Row] = []
        var oldHint = oldTree.map(CodeHint.init), newHint = tree.map(CodeHint.init)
        var lineOfPair: [String: Int] = [:]
        for record in table.records {
            let oldCode = table.text(record, .oldCode), newCode = table.text(record, .newCode)
            let oldAt = table.location(record, .oldCode), newAt = table.location(record, .newCode)
            let old = unit(oldCode, side: "old", column: "old_code", in: oldTree,
                           register: "history/units.csv, the register the history was counted in", hint: &oldHint, at: oldAt, into: &diagnostics)
            let new = unit(newCode, side: "new", column: "new_code", in: tree, register: "units.csv", hint: &newHint, at: newAt, into: &diagnostics)
            let pair = "\(oldCode)\u{0}\(newCode)"
            if !oldCode.isEmpty && !newCode.isEmpty, let first = lineOfPair[pair] {
                diagnostics.append(Diagnostic(.error, "\(oldCode) → \(newCode) is already listed on line \(first); give each pair one row", at: oldAt))
                continue
            }
            lineOfPair[pair] = table.line(record)
            let shareText = table.text(record, .share), shareAt = table.location(record, .share)
            rows.append(Row(oldCode: oldCode, newCode: newCode, old: old, new: new, line: table.line(record),
                            oldAt: oldAt, newAt: newAt, shareAt: shareAt, shareText: shareText,
                            share: share(shareText, at: shareAt, into: &diagnostics)))
        }
        diagnostics += shareProblems(rows, oldTree: oldTree, tree: tree)
        if let oldTree { diagnostics += nestingProblems(rows, tree: oldTree, side: .old) }
        if let tree { diagnostics += nestingProblems(rows, tree: tree, side: .new) }
        guard oldTree != nil, tree != nil, !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let moves = rows.compactMap { row in
            row.old.flatMap { old in row.new.map { Crosswalk.Move(old: old, new: $0, share: row.share ?? 1) } }
        }
        return (Crosswalk(moves: moves), diagnostics)
    }

    /// The unit `code` names in `tree` (the register read from the file `register` names); an
    /// error when the cell is empty or the code unknown, nil then and when the register is unreadable.
    private static func unit(_ code: String, side: String, column: String, in tree: UnitTree?, register: String,
                             hint: inout CodeHint?, at location: SourceRef, into diagnostics: inout [Diagnostic]) -> UnitTree.Index? {
        guard !code.isEmpty else {
            diagnostics.append(Diagnostic(.error, "the row has no \(side) unit code (\(column))", at: location))
            return nil
        }
        guard let tree else { return nil }
        guard let index = tree.index(of: code) else {
            diagnostics.append(Diagnostic(.error, "\(side) unit \"\(UnitText.shown(code))\" is not in \(register)\(hint?.hint(for: code) ?? "")", at: location))
            return nil
        }
        return index
    }

    /// One row as read.
    struct Row {
        var oldCode, newCode: String
        var old, new: UnitTree.Index?
        var line: Int
        var oldAt, newAt, shareAt: SourceRef
        var shareText: String
        /// The share; nil when the cell is empty or not a share.
        var share: Decimal?
    }

    /// A share: empty (nil), or a number above 0 and at most 1 — `0,4`, `0.4` or `40%` — exactly.
    private static func share(_ text: String, at location: SourceRef, into diagnostics: inout [Diagnostic]) -> Decimal? {
        guard !text.isEmpty else { return nil }
        guard let read = try? NumberReading.decimal(text) else {
            diagnostics.append(Diagnostic(.error, "\"\(text)\" is not a share; write the part of the old unit that went into the new one as a number like 0,4 (or 40%), or leave it empty when the whole unit went there", at: location))
            return nil
        }
        let value = text.contains("%") ? read.timesPowerOfTen(-2) : read
        guard value > 0, value <= 1 else {
            diagnostics.append(Diagnostic(.error, "the share \"\(text)\" must be more than 0 and at most 1 (like 0,4 or 40%)", at: location))
            return nil
        }
        return value
    }

    /// An old unit listed once moves whole (share empty or 1); one listed on several rows must
    /// give a share on each, adding up to exactly 1.
    private static func shareProblems(_ rows: [Row], oldTree: UnitTree?, tree: UnitTree?) -> [Diagnostic] {
        // "O2 (Xã Cũ Hai)": the code with the unit's name, when the register knows it.
        func named(_ code: String, _ index: UnitTree.Index?, in tree: UnitTree?) -> String {
            guard let index, let unit = tree?.units[index] else { return code }
            return "\(code) (\(unit.name))"
        }
        var diagnostics: [Diagnostic] = []
        var order: [String] = []
        var rowsOf: [String: [Row]] = [:]
        for row in rows where !row.oldCode.isEmpty {
            if rowsOf[row.oldCode] == nil { order.append(row.oldCode) }
            rowsOf[row.oldCode, default: []].append(row)
        }
        for code in order {
            let group = rowsOf[code] ?? []
            // Named only for a message: most old units have none.
            var old: String { named(code, group.first?.old, in: oldTree) }
            if group.count == 1, let row = group.first {
                if let share = row.share, share != 1 {
                    diagnostics.append(Diagnostic(.error, "old unit \(old) is listed only once, so it moves whole into \(named(row.newCode, row.new, in: tree)): leave the share empty or write 1, not \(row.shareText) (if part of it went elsewhere, add a row for each part)", at: row.shareAt))
                }
                continue
            }
            let lines = group.map { String($0.line) }.joined(separator: ", ")
            var sum = Decimal(0)
            var complete = true
            for row in group {
                if let share = row.share {
                    sum += share
                } else {
                    complete = false
                    if row.shareText.isEmpty {
                        diagnostics.append(Diagnostic(.error, "old unit \(old) is split over \(group.count) new units (lines \(lines)): fill in the share of \(code) that went into \(named(row.newCode, row.new, in: tree))", at: row.shareAt))
                    }
                }
            }
            if complete && sum != 1, let last = group.last {
                let shown = "\(sum)".replacingOccurrences(of: ".", with: ",")
                diagnostics.append(Diagnostic(.error, "the shares of old unit \(old) on lines \(lines) add up to \(shown), not 1; correct them so that the whole unit is counted once", at: last.shareAt))
            }
        }
        return diagnostics
    }

    /// Which column of the crosswalk a nesting check looks at.
    private enum Side { case old, new }

    /// A code listed together with a unit above it (a commune and its district): its figures
    /// would be counted twice. Reported once per unit, at its first row.
    private static func nestingProblems(_ rows: [Row], tree: UnitTree, side: Side) -> [Diagnostic] {
        // By unit: the first line listing it (0: none), and whether it was looked at.
        var firstLine = Array(repeating: 0, count: tree.units.count)
        for row in rows {
            guard let index = side == .old ? row.old : row.new, firstLine[index] == 0 else { continue }
            firstLine[index] = row.line
        }
        var diagnostics: [Diagnostic] = []
        var reported = Array(repeating: false, count: tree.units.count)
        for row in rows {
            guard let index = side == .old ? row.old : row.new, !reported[index] else { continue }
            reported[index] = true
            // The nearest unit above it that is listed too, if any.
            var above = tree.parents[index]
            while let unit = above, firstLine[unit] == 0 { above = tree.parents[unit] }
            guard let above else { continue }
            let line = firstLine[above]
            let code = side == .old ? row.oldCode : row.newCode
            let word = side == .old ? "old" : "new"
            diagnostics.append(Diagnostic(.error, "\(word) unit \(code) lies inside \(tree.units[above].code) (\(tree.units[above].name)), which is listed too (line \(line)), so its figures would be counted twice; list either \(tree.units[above].code) or the units inside it, not both", at: side == .old ? row.oldAt : row.newAt))
        }
        return diagnostics
    }
}
