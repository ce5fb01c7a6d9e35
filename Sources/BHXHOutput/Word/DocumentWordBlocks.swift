import VietnameseFormat
import WordDocument

/// The official parts of a document as Word blocks (Decree 30/2020, as the HTML's
/// document-header, document-footer and decision templates show them): the two-column header
/// as a borderless table, the kind and subject, the bases, a decision's articles, and the
/// "Nơi nhận:" list beside the signature.
struct DocumentWordBlocks {
    let document: DocumentView
    /// The width between the page's margins, in twips.
    let textWidth: Int

    /// The issuer with "Số: …" on the left, the national title, motto and date on the right
    /// (38% and 62% of the width, so that the national title fits one line), then the kind,
    /// subject, enacting body and bases.
    func header() -> [WordBlock] {
        let left = textWidth * 38 / 100
        let right = textWidth - left
        var issuer: [WordParagraph] = []
        if !document.parentAuthority.isEmpty { issuer.append(WordParagraph(style: "IssuerParent", text: document.parentAuthority)) }
        issuer.append(WordParagraph(style: "Issuer", text: document.authority))
        issuer.append(Self.rule(percent: 35, of: left))
        issuer.append(WordParagraph(style: "DocumentNumber", text: "Số: \(document.number)"))
        if document.isDraft { issuer.append(WordParagraph(style: "DraftMark", text: "DỰ THẢO")) }
        let nation = [
            WordParagraph(style: "Nation", text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            WordParagraph(style: "Motto", text: "Độc lập - Tự do - Hạnh phúc"),
            Self.rule(percent: 50, of: right),
            WordParagraph(style: "PlaceDate", text: document.placeAndDate),
        ]
        let table = WordTable(columnWidths: [left, right], hasBorders: false, cellPadding: 0, rows: [
            WordTableRow(cells: [WordTableCell(paragraphs: issuer), WordTableCell(paragraphs: nation)]),
        ])
        return [.table(table)] + title(subject: document.subject)
            + (document.enactingAuthority.isEmpty ? [] : [paragraph("EnactingAuthority", document.enactingAuthority)])
            + bases()
    }

    /// The kind, the subject and its short rule.
    func title(subject: String) -> [WordBlock] {
        var rule = Self.rule(percent: 30, of: textWidth)
        rule.format.spaceAfter = 240
        return [paragraph("DocumentKind", document.kind), paragraph("DocumentSubject", subject), .paragraph(rule)]
    }

    /// The "Căn cứ …" lines, in italics.
    func bases() -> [WordBlock] {
        document.bases.map { paragraph("Basis", $0) }
    }

    /// The plan issued by a decision, on its own pages: kind, subject in capitals, "(Ban hành
    /// kèm theo Quyết định …)" and its bases, as the HTML's issued-plan block.
    func issuedPlanTitle() -> [WordBlock] {
        [paragraph("DocumentKind", document.kind), paragraph("DocumentSubject", vietnameseUppercased(document.subject)),
         paragraph("IssuedWith", document.issuedWith)] + bases()
    }

    /// A decision's "QUYẾT ĐỊNH:" and its articles, each heading bold.
    func articles() -> [WordBlock] {
        [paragraph("DecisionHeading", "QUYẾT ĐỊNH:")] + document.articles.map { article in
            .paragraph(WordParagraph(runs: [WordRun(article.heading, format: WordRunFormat(bold: true)), WordRun(" " + article.text)]))
        }
    }

    /// "Nơi nhận:" and its lines on the left half, the signature on the right, in a borderless
    /// table whose one row never splits across pages.
    func footer() -> [WordBlock] {
        var recipients: [WordParagraph] = []
        if !document.recipients.isEmpty {
            recipients.append(WordParagraph(style: "RecipientsTitle", text: "Nơi nhận:"))
            recipients += document.recipients.map { WordParagraph(style: "Recipients", text: "- \($0)") }
        }
        let signature = [document.signerAuthority, document.signerDeputy, document.signerTitle]
            .filter { !$0.isEmpty }.map { WordParagraph(style: "Signature", text: $0) }
            + [WordParagraph(style: "SignerName", text: document.signerName)]
        let half = textWidth / 2
        return [.paragraph(WordParagraph()), .table(WordTable(columnWidths: [half, textWidth - half], hasBorders: false, cellPadding: 0, rows: [
            WordTableRow(cells: [WordTableCell(paragraphs: recipients), WordTableCell(paragraphs: signature)]),
        ]))]
    }

    private func paragraph(_ style: String, _ text: String) -> WordBlock {
        .paragraph(WordParagraph(style: style, text: text))
    }

    /// An empty "Rule" paragraph whose line is `percent`% of `width`, centred by its indents.
    static func rule(percent: Int, of width: Int) -> WordParagraph {
        let indent = width * (100 - percent) / 200
        return WordParagraph(style: "Rule", format: WordParagraphFormat(leftIndent: indent, rightIndent: indent))
    }
}
