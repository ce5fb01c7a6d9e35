import BHXHBuild
import Foundation
import Testing

/// The same project saved the ways Excel and other tools save it builds byte-identical output.
@Suite struct SavedFormsTests {
    /// One way of saving a CSV file.
    struct Form: Sendable, CustomStringConvertible {
        let description: String
        let save: @Sendable (_ rows: [[String]]) -> Data
    }

    static let forms: [Form] = [
        Form(description: "UTF-8 with BOM, semicolons, CRLF, numbers grouped 4.466") { rows in
            let text = rows.map { $0.map(groupedWithDots).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
            return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        },
        Form(description: "UTF-16 LE with BOM, tabs (Excel's Unicode text)") { rows in
            let text = rows.map { $0.joined(separator: "\t") }.joined(separator: "\r\n") + "\r\n"
            return Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        },
        Form(description: "UTF-16 BE with BOM, tabs") { rows in
            let text = rows.map { $0.joined(separator: "\t") }.joined(separator: "\n")
            return Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        },
        Form(description: "commas, every cell quoted, spaces around, names decomposed (NFD), CR line ends, blank lines at the end") { rows in
            let text = rows.map { $0.map { " \"\($0.decomposedStringWithCanonicalMapping)\" " }.joined(separator: ",") }
                .joined(separator: "\r") + "\r\r\r"
            return Data(text.utf8)
        },
        Form(description: "commas, numbers grouped with spaces and commas (4 466, 4,466), Vietnamese headers") { rows in
            var rows = rows
            rows[0] = rows[0].map { vietnameseHeaders[$0] ?? $0 }
            let text = rows.enumerated().map { index, row in
                row.map { index % 2 == 0 ? grouped($0, with: " ") : grouped($0, with: ",") }
                    .map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
            }.joined(separator: "\n")
            return Data(text.utf8)
        },
    ]

    static let vietnameseHeaders = [
        "code": "Mã", "name": "Tên đơn vị", "kind": "Loại", "parent": "Cấp trên", "unit": "Mã đơn vị",
        "labour_force": "Lực lượng lao động", "bhxh_bb": "BHXH bắt buộc", "bhxh_tn": "BHXH tự nguyện",
        "bhtn": "Bảo hiểm thất nghiệp", "bhxh_bb_eligible": "Số người thuộc diện tham gia BHXH bắt buộc",
        "bhtn_eligible": "Số người thuộc diện tham gia BHTN",
    ]

    /// "4466" → "4.466" (other cells unchanged).
    static func groupedWithDots(_ cell: String) -> String { grouped(cell, with: ".") }

    static func grouped(_ cell: String, with separator: String) -> String {
        guard cell.count > 3, cell.allSatisfy(\.isNumber) else { return cell }
        var digits = Array(cell)
        var out = ""
        while digits.count > 3 {
            out = separator + String(digits.suffix(3)) + out
            digits.removeLast(3)
        }
        return String(digits) + out
    }

    /// Every CSV file of the shipped example, as rows of cells.
    static func csvFiles(in folder: ProjectFolder) throws -> [String: [[String]]] {
        var files: [String: [[String]]] = [:]
        let names = ["units.csv"] + (try FileManager.default.contentsOfDirectory(atPath: folder.input.appendingPathComponent("data").path))
            .filter { $0.hasSuffix(".csv") }.map { "data/\($0)" }
        for name in names {
            let text = try String(contentsOf: folder.input.appendingPathComponent(name), encoding: .utf8)
            files[name] = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        return files
    }

    /// Against the shipped example's output as built from its own files (the shared build).
    @Test(arguments: forms)
    func everyFormBuildsTheSameBytes(form: Form) async throws {
        let expected = try await ExampleBuild.files()
        #expect(expected.count > 5)

        let resaved = try ProjectFolder()
        defer { resaved.remove() }
        for (name, rows) in try Self.csvFiles(in: resaved) {
            try form.save(rows).write(to: resaved.input.appendingPathComponent(name))
        }
        let outcome = Pipeline.build(BuildRequest(input: resaved.input, inputDisplayPath: "input", output: resaved.output))
        #expect(outcome.failure == nil, "\(outcome.diagnostics)")
        #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
        let actual = try resaved.outputFiles()
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for (path, bytes) in expected {
            #expect(actual[path] == bytes, "\(path) differs")
        }
    }
}
