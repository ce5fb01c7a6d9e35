import BHXHCore
import VietnameseFormat

/// An official document's header and signature as templates receive them (Decree 30/2020); for a
/// plan issued by a decision, the decision's own view is `decision`.
struct DocumentView: Sendable {
    /// One article of a decision.
    struct Article: Sendable {
        /// "Điều 1.".
        var heading: String
        /// The article's text.
        var text: String
    }

    /// The body above the issuer, or empty.
    var parentAuthority: String
    /// The issuing body, in capitals.
    var authority: String
    /// The number and symbol, a blank before a draft's bare symbol.
    var number: String
    /// "Bắc Kạn, ngày 26 tháng 9 năm 2018".
    var placeAndDate: String
    /// "KẾ HOẠCH", "BÁO CÁO", "QUYẾT ĐỊNH".
    var kind: String
    /// What the document is about.
    var subject: String
    /// The "Căn cứ …" lines.
    var bases: [String]
    /// A decision's issuing body above its bases ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"), or empty.
    var enactingAuthority: String
    /// A decision's articles, or none.
    var articles: [Article]
    /// "TM. …", or empty.
    var signerAuthority: String
    /// "KT. …", or empty.
    var signerDeputy: String
    /// The signer's title.
    var signerTitle: String
    /// The signer's name (empty in a draft).
    var signerName: String
    /// "Nơi nhận:" lines.
    var recipients: [String]
    /// The date in ISO form, for machines ("2018-09-26", a draft's "2022").
    var isoDate: String
    /// "(Kèm theo Kế hoạch số … ngày … của …)", under the title of each attached table.
    var attachment: String
    /// True for a draft ("DỰ THẢO").
    var isDraft: Bool
    /// "(Ban hành kèm theo Quyết định số … ngày … của …)" under the title of a plan issued by a
    /// decision, or empty.
    var issuedWith: String
    /// The decision that issues the document (none or one).
    var decision: [DocumentView]

    /// The view of `document`.
    init(_ document: DocumentInfo) {
        self.init(document, number: document.printedNumber, date: document.date, kind: document.kind, subject: document.subject,
                  bases: document.bases, signer: document.signer, recipients: document.recipients)
        attachment = document.attachmentLine
        issuedWith = document.issuedWithLine ?? ""
        decision = document.decision.map { [DocumentView(decision: $0, issuing: document)] } ?? []
    }

    /// The view of `decision`, which issues `document`.
    private init(decision: Decision, issuing document: DocumentInfo) {
        self.init(document, number: decision.printedNumber, date: decision.date, kind: "QUYẾT ĐỊNH", subject: decision.subject,
                  bases: decision.bases, signer: decision.signer, recipients: decision.recipients)
        enactingAuthority = document.authority
        articles = decision.articles.enumerated().map { Article(heading: "Điều \($0.offset + 1).", text: $0.element) }
    }

    /// The header and signature of a document of `document`'s issuer, with these particulars.
    private init(_ document: DocumentInfo, number: String, date: DocumentDate, kind: String, subject: String,
                 bases: [String], signer: Signer, recipients: [String]) {
        parentAuthority = document.parentAuthority ?? ""
        authority = document.authority
        self.number = number
        placeAndDate = "\(document.place), \(date.vietnameseLong)"
        self.kind = kind
        self.subject = subject
        self.bases = bases
        enactingAuthority = ""
        articles = []
        signerAuthority = signer.authority ?? ""
        signerDeputy = signer.deputy ?? ""
        signerTitle = signer.title
        signerName = signer.name
        self.recipients = recipients
        isoDate = date.iso
        attachment = ""
        isDraft = document.isDraft
        issuedWith = ""
        decision = []
    }
}
