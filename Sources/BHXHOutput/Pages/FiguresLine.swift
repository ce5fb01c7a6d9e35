import BHXHCore
import Foundation
import MarkdownRenderer
import VietnameseFormat

/// A unit's figures of one scheme and year as site tables show them: what was achieved (and
/// whether actual or estimate), the denominator, coverage, the target, its coverage and the
/// completion, each written the Vietnamese way ("-" when unknown).
struct FiguresLine: Sendable {
    var status: String
    var participants: String
    var denominator: String
    var coverage: String
    var target: String
    var targetCoverage: String
    var completion: String

    /// The line of an observed figure and a target, either of which may be missing.
    init(_ seen: UnitHistory.Observation?, target: UnitHistory.Target?) {
        let format = NumberStyle.vietnamese
        let count = { (value: ExactNumber?) in value.map { format.format($0) } ?? "-" }
        let percent = { (value: ExactNumber?) in value.map { format.format($0, decimals: 2) } ?? "-" }
        status = seen.map { SiteWords.status($0.status) } ?? "-"
        participants = count(seen?.participants)
        denominator = count(seen?.denominator)
        coverage = percent(seen?.coverage)
        self.target = count(target?.participants)
        targetCoverage = percent(target?.coverage)
        completion = percent(Ratios.percent(seen?.participants, of: target?.participants))
    }
}

/// A link to another page of the site.
struct PageLink: Sendable {
    /// The text of the link.
    var name: String
    /// The relative path.
    var href: String
}

/// A document's narrative, rendered for HTML pages and normalised for Markdown documents.
struct NarrativeView: Sendable {
    /// The narrative as HTML (raw HTML in it shown as text); empty without one.
    var html: String
    /// The narrative as normalised Markdown; empty without one.
    var markdown: String
    /// The parsed narrative, for the Word document; nil without one.
    var document: MarkdownDocument?

    /// The view of a narrative in Markdown, if any.
    init(_ source: String?) {
        let document = source.map { MarkdownDocument(parsing: $0) }
        self.document = document
        html = document?.html() ?? ""
        markdown = document?.markdown() ?? ""
    }
}
