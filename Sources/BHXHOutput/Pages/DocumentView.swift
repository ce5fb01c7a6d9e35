import BHXHCore

/// An official document's header and signature as templates receive them (Decree 30/2020).
struct DocumentView: Sendable {
    /// The body above the issuer, or empty.
    var parentAuthority: String
    /// The issuing body, in capitals.
    var authority: String
    /// The number and symbol.
    var number: String
    /// "Bắc Kạn, ngày 26 tháng 9 năm 2018".
    var placeAndDate: String
    /// "KẾ HOẠCH", "BÁO CÁO".
    var kind: String
    /// What the document is about.
    var subject: String
    /// The "Căn cứ …" lines.
    var bases: [String]
    /// "TM. …", or empty.
    var signerAuthority: String
    /// "KT. …", or empty.
    var signerDeputy: String
    /// The signer's title.
    var signerTitle: String
    /// The signer's name.
    var signerName: String
    /// "Nơi nhận:" lines.
    var recipients: [String]
    /// The date in ISO form, for machines.
    var isoDate: String
    /// "(Kèm theo Kế hoạch số … ngày … của …)", under the title of each attached table.
    var attachment: String

    /// The view of `document`.
    init(_ document: DocumentInfo) {
        parentAuthority = document.parentAuthority ?? ""
        authority = document.authority
        number = document.number
        placeAndDate = "\(document.place), \(document.date.vietnameseLong)"
        kind = document.kind
        subject = document.subject
        bases = document.bases
        signerAuthority = document.signer.authority ?? ""
        signerDeputy = document.signer.deputy ?? ""
        signerTitle = document.signer.title
        signerName = document.signer.name
        recipients = document.recipients
        isoDate = document.date.iso
        attachment = document.attachmentLine
    }
}
