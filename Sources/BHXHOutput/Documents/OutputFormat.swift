import Foundation

/// A kind of file a build can write for each plan and report (`--formats`).
public enum OutputFormat: String, Sendable, CaseIterable, Hashable {
    /// The document as a web page (`index.html`), and the summary site.
    case html
    /// The document and each table in Markdown.
    case md
    /// Each table and the tidy figures as CSV.
    case csv
    /// The document as a Word file (`<id>.docx`).
    case docx
    /// Every table and the tidy figures as an Excel workbook (`<id>.xlsx`).
    case xlsx

    /// The formats named in `list` ("html,md,csv"), or nil with a sentence naming the known ones.
    public static func parse(_ list: String) -> Result<Set<OutputFormat>, FormatListError> {
        var chosen: Set<OutputFormat> = []
        for name in list.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let format = OutputFormat(rawValue: trimmed.lowercased()) else { return .failure(FormatListError(name: trimmed)) }
            chosen.insert(format)
        }
        return .success(chosen)
    }
}

/// A name in `--formats` that is no format.
public struct FormatListError: Error, Sendable, CustomStringConvertible {
    /// The name as given.
    public let name: String

    /// "unknown format "pdf"; the formats are html, md, csv, docx and xlsx, separated by commas".
    public var description: String {
        let known = OutputFormat.allCases.map(\.rawValue)
        let what = name.isEmpty ? "an empty format name" : "unknown format \"\(name)\""
        return "\(what) in --formats; the formats are \(known.dropLast().joined(separator: ", ")) and \(known.last ?? ""), separated by commas"
    }
}
