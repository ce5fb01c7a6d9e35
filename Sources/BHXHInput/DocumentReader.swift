import BHXHCore
import LocatedJSON
import VietnameseFormat

extension JSONFieldReader {
    /// Reads the "document" object shared by plans and reports.
    mutating func document(_ node: JSONNode?, at parent: JSONNode) -> DocumentInfo? {
        guard let node else {
            error("the definition needs \"document\": the issuing body, number, place, date, subject and signer", at: parent.location)
            return nil
        }
        let keys = ["parentAuthority", "authority", "kind", "number", "place", "date", "subject", "bases", "signer", "recipients"]
        guard let object = object(node, "\"document\"", known: keys,
                                  required: ["authority", "kind", "number", "place", "date", "subject", "signer"]) else { return nil }
        let parentAuthority = string(object["parentAuthority"], "\"parentAuthority\"")
        let authority = nonEmptyString(object["authority"], "\"authority\"")
        let kind = nonEmptyString(object["kind"], "\"kind\"")
        let number = string(object["number"], "\"number\"")
        let place = nonEmptyString(object["place"], "\"place\"")
        let subject = nonEmptyString(object["subject"], "\"subject\"")
        let bases = strings(object["bases"], "\"bases\"") ?? []
        let recipients = strings(object["recipients"], "\"recipients\"") ?? []
        var date: OfficialDate?
        if let dateNode = object["date"], let text = string(dateNode, "\"date\"") {
            date = OfficialDate(iso: text)
            if date == nil {
                error("\"date\" must be a real date written YYYY-MM-DD (like \"2018-09-26\"), not \"\(text)\"", at: dateNode.location)
            }
        }
        let signature = object["signer"].flatMap { signer($0) }
        guard let authority, let kind, let number, let place, let subject, let date, let signature else { return nil }
        return DocumentInfo(
            parentAuthority: parentAuthority?.isEmpty == false ? parentAuthority : nil, authority: authority, kind: kind,
            number: number, place: place, date: date, subject: subject, bases: bases, signer: signature, recipients: recipients)
    }

    private mutating func signer(_ node: JSONNode) -> Signer? {
        guard let object = object(node, "\"signer\"", known: ["authority", "deputy", "title", "name"], required: ["title", "name"]) else {
            return nil
        }
        let authority = string(object["authority"], "the signer's \"authority\"")
        let deputy = string(object["deputy"], "the signer's \"deputy\"")
        guard let title = nonEmptyString(object["title"], "the signer's \"title\""),
              let name = nonEmptyString(object["name"], "the signer's \"name\"") else { return nil }
        return Signer(authority: authority?.isEmpty == false ? authority : nil,
                      deputy: deputy?.isEmpty == false ? deputy : nil, title: title, name: name)
    }
}
