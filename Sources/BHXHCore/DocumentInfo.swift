import VietnameseFormat

/// The metadata of an official document (Decree 30/2020 layout): who issues it, its number,
/// place and date, subject, legal bases, signature and recipients; whether it is a draft, and the
/// decision (Quyết định) that issues it, when it is attached to one.
public struct DocumentInfo: Sendable, Hashable {
    /// The body above the issuer, if any ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI").
    public var parentAuthority: String?
    /// The issuing body ("ỦY BAN NHÂN DÂN TỈNH BẮC KẠN").
    public var authority: String
    /// The document kind ("KẾ HOẠCH", "BÁO CÁO").
    public var kind: String
    /// The number and symbol ("1617/QĐ-UBND"); a draft may give only the symbol ("/KH-UBND").
    public var number: String
    /// The place of issue ("Bắc Kạn").
    public var place: String
    /// The date of issue; a draft may give only the year, or the year and month.
    public var date: DocumentDate
    /// What the document is about.
    public var subject: String
    /// The legal bases, each a "Căn cứ …" sentence.
    public var bases: [String]
    /// Who signs it.
    public var signer: Signer
    /// "Nơi nhận:" — who receives it.
    public var recipients: [String]
    /// True for a draft ("DỰ THẢO" in the header).
    public var isDraft: Bool
    /// The decision that issues this document (it then takes the decision's number, date and
    /// signer), or nil for a document issued on its own.
    public var decision: Decision?

    /// Creates document metadata.
    public init(parentAuthority: String?, authority: String, kind: String, number: String, place: String,
                date: DocumentDate, subject: String, bases: [String], signer: Signer, recipients: [String],
                isDraft: Bool = false, decision: Decision? = nil) {
        self.parentAuthority = parentAuthority
        self.authority = authority
        self.kind = kind
        self.number = number
        self.place = place
        self.date = date
        self.subject = subject
        self.bases = bases
        self.signer = signer
        self.recipients = recipients
        self.isDraft = isDraft
        self.decision = decision
    }
}

/// The signature block of a document.
public struct Signer: Sendable, Hashable {
    /// On whose behalf ("TM. ỦY BAN NHÂN DÂN"), if any.
    public var authority: String?
    /// For whom a deputy signs ("KT. CHỦ TỊCH"), if any.
    public var deputy: String?
    /// The signer's title ("PHÓ CHỦ TỊCH").
    public var title: String
    /// The signer's name (empty in a draft).
    public var name: String

    /// Creates a signature block.
    public init(authority: String?, deputy: String?, title: String, name: String) {
        self.authority = authority
        self.deputy = deputy
        self.title = title
        self.name = name
    }
}
