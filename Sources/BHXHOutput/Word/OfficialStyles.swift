import WordDocument

/// The named styles of every .docx the tool writes, laid out per Decree 30/2020 (Times New Roman,
/// 14 pt text, 13 pt issuer and national title). An office restyles its documents by changing
/// these styles in Word (docs/OUTPUT.md lists them); the tool sets nothing else directly but the
/// bold of a table's total row and the italics of an agency's name.
enum OfficialStyles {
    /// Page margins: top and bottom 20 mm, left 30 mm, right 15 mm (portrait); 20 mm all round
    /// on the landscape pages of the appendices, as the HTML prints them.
    static let portraitMargins = WordSection.Margins(top: 1134, bottom: 1134, left: 1701, right: 850)
    static let landscapeMargins = WordSection.Margins(top: 1134, bottom: 1134, left: 1134, right: 1134)

    /// The first-line indent of running text, 1,27 cm.
    static let indent = 720
    /// The one list definition: "•" bullets for `*` lists of the narrative.
    static let bulletList = 0
    static let lists = [WordList(marker: .bullet("•"), leftIndent: 1080, hanging: 360)]

    /// Centred, no indent, no space: the base of the header's and signature's lines.
    private static let centred = WordParagraphFormat(spaceAfter: 0, firstLine: 0, alignment: .center)

    /// The four styles of a table's cells, which have a variant for each smaller print size.
    static let tableStyles = ["TableText", "TableHeading", "TableNumber", "TableOrder"]

    /// The id of `style` at a print size of `tenths` of a point: `style` itself at 11 pt, else
    /// its variant ("TableNumber95").
    static func sized(_ style: String, _ tenths: Int) -> String {
        tenths >= 110 ? style : "\(style)\(tenths)"
    }

    /// The variants of the table styles at `tenths` of a point (below 11 pt): based on each, so
    /// that they change with it, differing only in size (in half-points, rounded down).
    static func variants(_ tenths: Int) -> [WordStyle] {
        guard tenths < 110 else { return [] }
        let points = tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10),\(tenths % 10)"
        return tableStyles.compactMap { id in
            all.first { $0.id == id }.map { base in
                WordStyle(id: sized(id, tenths), name: "\(base.name) \(points) pt", basedOn: id, run: WordRunFormat(halfPoints: tenths / 5))
            }
        }
    }

    static let all: [WordStyle] = [
        WordStyle(id: "Normal", name: "Normal", isDefault: true,
                  paragraph: WordParagraphFormat(spaceAfter: 120, lineSpacing: 312, firstLine: indent, alignment: .both)),
        WordStyle(id: "Heading1", name: "heading 1", basedOn: "Normal", next: "Normal",
                  paragraph: WordParagraphFormat(keepWithNext: true, spaceBefore: 200, firstLine: 0, outlineLevel: 0),
                  run: WordRunFormat(bold: true)),
        WordStyle(id: "Heading2", name: "heading 2", basedOn: "Heading1", next: "Normal",
                  paragraph: WordParagraphFormat(outlineLevel: 1)),
        WordStyle(id: "Heading3", name: "heading 3", basedOn: "Heading1", next: "Normal",
                  paragraph: WordParagraphFormat(outlineLevel: 2), run: WordRunFormat(bold: true, italic: true)),
        WordStyle(id: "Item", name: "Item", basedOn: "Normal"),
        // "I." sections show in Word's navigation pane, as headings do.
        WordStyle(id: "ItemRoman", name: "Item roman", basedOn: "Item", paragraph: WordParagraphFormat(keepWithNext: true, outlineLevel: 0),
                  run: WordRunFormat(bold: true)),
        WordStyle(id: "ListBullet", name: "List Bullet", basedOn: "Normal", paragraph: WordParagraphFormat(firstLine: 0)),
        WordStyle(id: "Header", name: "header", basedOn: "Normal", paragraph: centred, run: WordRunFormat(halfPoints: 26)),
        WordStyle(id: "IssuerParent", name: "Issuer parent", basedOn: "Normal", paragraph: centred,
                  run: WordRunFormat(capitals: true, halfPoints: 26)),
        WordStyle(id: "Issuer", name: "Issuer", basedOn: "IssuerParent", run: WordRunFormat(bold: true)),
        WordStyle(id: "DocumentNumber", name: "Document number", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceBefore: 60, spaceAfter: 0, firstLine: 0, alignment: .center)),
        WordStyle(id: "DraftMark", name: "Draft mark", basedOn: "DocumentNumber", paragraph: WordParagraphFormat(spaceBefore: 120),
                  run: WordRunFormat(bold: true)),
        WordStyle(id: "Nation", name: "National title", basedOn: "Normal", paragraph: centred,
                  run: WordRunFormat(bold: true, capitals: true, halfPoints: 24)),
        WordStyle(id: "Motto", name: "Motto", basedOn: "Normal", paragraph: centred, run: WordRunFormat(bold: true)),
        WordStyle(id: "PlaceDate", name: "Place and date", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceBefore: 60, spaceAfter: 0, firstLine: 0, alignment: .center),
                  run: WordRunFormat(italic: true)),
        WordStyle(id: "Rule", name: "Rule", basedOn: "Normal",
                  paragraph: WordParagraphFormat(rule: .top, spaceBefore: 20, spaceAfter: 0, lineSpacing: 240, firstLine: 0),
                  run: WordRunFormat(halfPoints: 4)),
        WordStyle(id: "DocumentKind", name: "Document kind", basedOn: "Normal", next: "DocumentSubject",
                  paragraph: WordParagraphFormat(keepWithNext: true, spaceBefore: 240, spaceAfter: 0, firstLine: 0, alignment: .center),
                  run: WordRunFormat(bold: true, capitals: true)),
        WordStyle(id: "DocumentSubject", name: "Document subject", basedOn: "DocumentKind",
                  paragraph: WordParagraphFormat(spaceBefore: 0), run: WordRunFormat(capitals: false)),
        WordStyle(id: "IssuedWith", name: "Issued with", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceBefore: 40, spaceAfter: 240, firstLine: 0, alignment: .center),
                  run: WordRunFormat(italic: true)),
        WordStyle(id: "EnactingAuthority", name: "Enacting authority", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceBefore: 120, firstLine: 0, alignment: .center),
                  run: WordRunFormat(bold: true, capitals: true)),
        WordStyle(id: "Basis", name: "Basis", basedOn: "Normal", run: WordRunFormat(italic: true)),
        WordStyle(id: "DecisionHeading", name: "Decision heading", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceBefore: 120, firstLine: 0, alignment: .center), run: WordRunFormat(bold: true)),
        WordStyle(id: "RecipientsTitle", name: "Recipients title", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceAfter: 0, lineSpacing: 240, firstLine: 0, alignment: .left),
                  run: WordRunFormat(bold: true, italic: true, halfPoints: 24)),
        WordStyle(id: "Recipients", name: "Recipients", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceAfter: 0, lineSpacing: 240, firstLine: 0, alignment: .left),
                  run: WordRunFormat(halfPoints: 22)),
        WordStyle(id: "Signature", name: "Signature", basedOn: "Normal", paragraph: centred,
                  run: WordRunFormat(bold: true, capitals: true)),
        WordStyle(id: "SignerName", name: "Signer name", basedOn: "Signature", paragraph: WordParagraphFormat(spaceBefore: 1200),
                  run: WordRunFormat(capitals: false)),
        WordStyle(id: "AppendixNumber", name: "Appendix number", basedOn: "Normal", paragraph: centred, run: WordRunFormat(bold: true)),
        WordStyle(id: "AppendixTitle", name: "Appendix title", basedOn: "AppendixNumber", run: WordRunFormat(capitals: true)),
        WordStyle(id: "AppendixAttachment", name: "Appendix attachment", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceAfter: 160, firstLine: 0, alignment: .center), run: WordRunFormat(italic: true)),
        WordStyle(id: "Note", name: "Note", basedOn: "Normal", paragraph: WordParagraphFormat(firstLine: 0)),
        WordStyle(id: "TableText", name: "Table text", basedOn: "Normal",
                  paragraph: WordParagraphFormat(spaceAfter: 0, lineSpacing: 240, firstLine: 0, alignment: .left),
                  run: WordRunFormat(halfPoints: 22)),
        WordStyle(id: "TableHeading", name: "Table heading", basedOn: "TableText", paragraph: WordParagraphFormat(alignment: .center),
                  run: WordRunFormat(bold: true)),
        WordStyle(id: "TableNumber", name: "Table number", basedOn: "TableText", paragraph: WordParagraphFormat(alignment: .right)),
        WordStyle(id: "TableOrder", name: "Table order", basedOn: "TableText", paragraph: WordParagraphFormat(alignment: .center)),
    ]
}
