import VietnameseFormat

/// A decision (Quyết định) that issues a plan attached to it (seed 003): its own number, date,
/// subject, legal bases, articles ("Điều 1. …"), signature and recipients. The issuing body and
/// the place are the plan's.
public struct Decision: Sendable, Hashable {
    /// The number and symbol ("317/QĐ-UBND").
    public var number: String
    /// The date of the decision.
    public var date: DocumentDate
    /// What the decision is about ("Về việc ban hành Kế hoạch …").
    public var subject: String
    /// The legal bases, each a "Căn cứ …" or "Xét đề nghị …" sentence.
    public var bases: [String]
    /// The articles, in order; each is printed after "Điều n.".
    public var articles: [String]
    /// Who signs it.
    public var signer: Signer
    /// "Nơi nhận:" — who receives it.
    public var recipients: [String]

    /// Creates a decision.
    public init(number: String, date: DocumentDate, subject: String, bases: [String], articles: [String],
                signer: Signer, recipients: [String]) {
        self.number = number
        self.date = date
        self.subject = subject
        self.bases = bases
        self.articles = articles
        self.signer = signer
        self.recipients = recipients
    }
}

extension Decision {
    /// The number as printed, a blank before a draft's bare symbol.
    public var printedNumber: String { DocumentInfo.printed(number) }
}
