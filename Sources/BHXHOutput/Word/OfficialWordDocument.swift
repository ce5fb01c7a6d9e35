import OfficePackage
import WordDocument

/// A plan or a report as a Word document, from the same views the HTML renders: the official
/// header, the narrative, the signature on portrait pages numbered from page 2, then each table
/// in its own landscape section ("PHỤ LỤC n" or "BẢNG n", its title, "(Kèm theo …)"), numbered
/// on its own as Decree 30 asks of appendices. A plan issued by a decision starts with the
/// decision, the plan following on pages numbered from 1.
enum OfficialWordDocument {
    /// One attached table: its number line, title, the line under it, a note, and the table.
    struct Attachment {
        var numberLine: String
        var title: String
        var attachment: String
        var note: String
        var table: TableView
    }

    /// The .docx of a plan.
    static func plan(_ view: PlanPageView, properties: DocumentProperties) -> WordDocument {
        let portrait = WordSection(margins: OfficialStyles.portraitMargins)
        let parts = DocumentWordBlocks(document: view.document, textWidth: portrait.textWidth)
        let narrative = narrativeBlocks(view.narrative, width: portrait.textWidth)
        var sections: [WordSection] = []
        if let decision = view.document.decision.first {
            let blocks = DocumentWordBlocks(document: decision, textWidth: portrait.textWidth)
            sections.append(section(blocks.header() + blocks.articles() + blocks.footer()))
            sections.append(section(parts.issuedPlanTitle() + narrative, restarts: true))
        } else {
            sections.append(section(parts.header() + narrative + parts.footer()))
        }
        sections += view.appendices.map { appendix in
            attachmentSection(Attachment(numberLine: "PHỤ LỤC \(appendix.number)", title: appendix.title,
                                         attachment: appendix.attachment, note: "", table: appendix.table))
        }
        return document(properties, sections, tables: view.appendices.map(\.table))
    }

    /// The .docx of a results report: its narrative, then "Kết quả thực hiện các chỉ tiêu năm …"
    /// with one sentence per scheme, the signature, and each scheme's table.
    static func report(_ view: ReportPageView, properties: DocumentProperties) -> WordDocument {
        let portrait = WordSection(margins: OfficialStyles.portraitMargins)
        let parts = DocumentWordBlocks(document: view.document, textWidth: portrait.textWidth)
        var summary: [WordBlock] = [.paragraph(WordParagraph(style: "Heading2", text: "Kết quả thực hiện các chỉ tiêu năm \(view.year)"))]
        summary += view.schemes.map { scheme in
            var text = " \(scheme.sentence) Số đơn vị đạt kế hoạch: \(scheme.reachedText)."
            if !scheme.belowTarget.isEmpty { text += " Các đơn vị chưa đạt kế hoạch: \(scheme.belowTarget.joined(separator: "; "))." }
            text += " (Bảng \(scheme.number))"
            return .paragraph(WordParagraph(runs: [WordRun("\(scheme.schemeName):", format: WordRunFormat(bold: true)), WordRun(text)]))
        }
        let body = parts.header() + narrativeBlocks(view.narrative, width: portrait.textWidth) + summary + parts.footer()
        let tables = view.schemes.map { scheme in
            attachmentSection(Attachment(numberLine: "BẢNG \(scheme.number)", title: scheme.title, attachment: view.document.attachment,
                                         note: scheme.statusNote, table: scheme.table))
        }
        return document(properties, [section(body)] + tables, tables: view.schemes.map(\.table))
    }

    private static func narrativeBlocks(_ narrative: NarrativeView, width: Int) -> [WordBlock] {
        narrative.document.map { MarkdownWordConverter(textWidth: width).blocks($0) } ?? []
    }

    private static func section(_ blocks: [WordBlock], restarts: Bool = false) -> WordSection {
        WordSection(margins: OfficialStyles.portraitMargins, restartsPageNumbers: restarts, blocks: blocks)
    }

    /// A landscape section holding one attached table, its pages numbered from 1.
    private static func attachmentSection(_ attachment: Attachment) -> WordSection {
        var section = WordSection(orientation: .landscape, margins: OfficialStyles.landscapeMargins, restartsPageNumbers: true)
        section.blocks = [
            .paragraph(WordParagraph(style: "AppendixNumber", text: attachment.numberLine)),
            .paragraph(WordParagraph(style: "AppendixTitle", text: attachment.title)),
            .paragraph(WordParagraph(style: "AppendixAttachment", text: attachment.attachment)),
        ]
        if !attachment.note.isEmpty { section.blocks.append(.paragraph(WordParagraph(style: "Note", text: attachment.note))) }
        section.blocks += TableWordBlocks(textWidth: section.textWidth).blocks(attachment.table)
        return section
    }

    /// The document around its sections: the official styles (with the variants its `tables`
    /// need), the bullet list, its properties.
    private static func document(_ properties: DocumentProperties, _ sections: [WordSection], tables: [TableView]) -> WordDocument {
        var document = WordDocument(properties: properties)
        // The table styles' variants for each smaller size the tables print at, smallest first.
        let sizes = Set(tables.flatMap { table in (table.parts.isEmpty ? [table] : table.parts).map(\.printTenths) })
        document.styles = OfficialStyles.all + sizes.sorted().flatMap(OfficialStyles.variants)
        document.lists = OfficialStyles.lists
        document.pageNumberStyle = "Header"
        document.sections = sections
        return document
    }
}
