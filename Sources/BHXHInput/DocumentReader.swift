import BHXHCore
import Foundation
import LocatedJSON
import VietnameseFormat

extension JSONFieldReader {
    /// Reads the "document" object shared by plans and reports; a plan's may hold the "decision"
    /// that issues it (`allowsDecision`).
    mutating func document(_ node: JSONNode?, at parent: JSONNode, allowsDecision: Bool = true) -> DocumentInfo? {
        guard let node else {
            error("the definition needs \"document\": the issuing body, number, place, date, subject and signer", at: parent.location)
            return nil
        }
        var keys = ["parentAuthority", "authority", "kind", "number", "place", "date", "subject", "bases", "signer", "recipients", "draft"]
        if allowsDecision { keys.append("decision") }
        let decisionNode = allowsDecision ? node.members?.first { $0.key == "decision" }?.node : nil
        // A plan issued by a decision takes the decision's number, date and signature.
        let ownKeys = ["number", "date", "signer"]
        guard let object = object(node, "\"document\"", known: keys,
                                  required: ["authority", "kind", "place", "subject"] + (decisionNode == nil ? ownKeys : [])) else {
            return nil
        }
        let isDraft = draftFlag(object["draft"])
        let parentAuthority = string(object["parentAuthority"], "\"parentAuthority\"")
        let authority = nonEmptyString(object["authority"], "\"authority\"")
        let kind = nonEmptyString(object["kind"], "\"kind\"")
        let place = nonEmptyString(object["place"], "\"place\"")
        let subject = nonEmptyString(object["subject"], "\"subject\"")
        let bases = strings(object["bases"], "\"bases\"") ?? []
        var recipients = strings(object["recipients"], "\"recipients\"") ?? []
        var number: String?
        var date: DocumentDate?
        var signature: Signer?
        var decision: Decision?
        if let decisionNode {
            for key in ownKeys + ["recipients"] {
                if let member = node.members?.first(where: { $0.key == key }) {
                    error("a plan issued by a decision takes its number, date, signer and recipients from \"decision\": move \"\(key)\" there", at: member.keyLocation)
                }
            }
            decision = self.decision(decisionNode, draft: isDraft)
            number = decision?.number
            date = decision?.date
            signature = decision?.signer
            recipients = []
        } else {
            if let node = object["number"] { number = documentNumber(node, "\"number\"", draft: isDraft) }
            if let node = object["date"] { date = documentDate(node, "\"date\"", draft: isDraft) }
            if let node = object["signer"] { signature = signer(node, draft: isDraft) }
        }
        guard let authority, let kind, let number, let place, let subject, let date, let signature else { return nil }
        return DocumentInfo(
            parentAuthority: parentAuthority?.isEmpty == false ? parentAuthority : nil, authority: authority, kind: kind,
            number: number, place: place, date: date, subject: subject, bases: bases, signer: signature, recipients: recipients,
            isDraft: isDraft, decision: decision)
    }

    /// The "decision" that issues a plan.
    private mutating func decision(_ node: JSONNode, draft: Bool) -> Decision? {
        guard let object = object(node, "\"decision\"", known: ["number", "date", "subject", "bases", "articles", "signer", "recipients"],
                                  required: ["number", "date", "subject", "articles", "signer"]) else { return nil }
        var number: String?
        if let node = object["number"] { number = documentNumber(node, "the decision's \"number\"", draft: draft) }
        var date: DocumentDate?
        if let node = object["date"] { date = documentDate(node, "the decision's \"date\"", draft: draft) }
        let subject = nonEmptyString(object["subject"], "the decision's \"subject\"")
        let bases = strings(object["bases"], "the decision's \"bases\"") ?? []
        let articles = self.articles(object["articles"])
        var signature: Signer?
        if let node = object["signer"] { signature = signer(node, draft: draft) }
        let recipients = strings(object["recipients"], "the decision's \"recipients\"") ?? []
        guard let number, let date, let subject, let articles, let signature else { return nil }
        return Decision(number: number, date: date, subject: subject, bases: bases, articles: articles,
                        signer: signature, recipients: recipients)
    }

    /// The decision's articles: at least one, none empty.
    private mutating func articles(_ node: JSONNode?) -> [String]? {
        guard let node, let articles = strings(node, "the decision's \"articles\"") else { return nil }
        guard !articles.isEmpty else {
            error("the decision's \"articles\" lists no article; a decision needs at least \"Điều 1\" (like \"Ban hành kèm theo Quyết định này Kế hoạch …\")", at: node.location)
            return nil
        }
        for (article, element) in zip(articles, node.elements ?? []) where article.trimmingCharacters(in: .whitespaces).isEmpty {
            error("an article of the decision is empty; write its text or remove it", at: element.location)
            return nil
        }
        return articles
    }

    /// `"draft": true` or `false`.
    private mutating func draftFlag(_ node: JSONNode?) -> Bool {
        guard let node else { return false }
        guard let flag = node.bool else {
            error("\"draft\" must be true or false (without quotes), not \(node.kindDescription)", at: node.location)
            return false
        }
        return flag
    }

    /// A document number "1617/QĐ-UBND"; a draft may give only its symbol "/KH-UBND".
    private mutating func documentNumber(_ node: JSONNode, _ what: String, draft: Bool) -> String? {
        guard let number = string(node, what) else { return nil }
        if number.hasPrefix("/") && !draft {
            error("\(what) \"\(number)\" has no number before the \"/\": write the number the document was given (like \"1617/QĐ-UBND\"), or mark the document \"draft\": true to leave it blank", at: node.location)
            return nil
        }
        return number
    }

    /// A document date "2018-09-26"; a draft may give only "2022" or "2022-10".
    private mutating func documentDate(_ node: JSONNode, _ what: String, draft: Bool) -> DocumentDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = DocumentDate(iso: text) else {
            let forms = draft ? "YYYY-MM-DD (like \"2018-09-26\"), or for a draft YYYY-MM or YYYY" : "YYYY-MM-DD (like \"2018-09-26\")"
            error("\(what) must be a real date written \(forms), not \"\(text)\"", at: node.location)
            return nil
        }
        if date.officialDate == nil && !draft {
            error("\(what) \"\(text)\" gives no day: a document that is issued needs its whole date written YYYY-MM-DD (like \"2018-09-26\"), or mark the document \"draft\": true to leave the day blank", at: node.location)
            return nil
        }
        return date
    }

    /// The signature block; a draft's signer may have an empty name.
    private mutating func signer(_ node: JSONNode, draft: Bool) -> Signer? {
        guard let object = object(node, "\"signer\"", known: ["authority", "deputy", "title", "name"], required: ["title", "name"]) else {
            return nil
        }
        let authority = string(object["authority"], "the signer's \"authority\"")
        let deputy = string(object["deputy"], "the signer's \"deputy\"")
        let title = nonEmptyString(object["title"], "the signer's \"title\"")
        let name = draft ? string(object["name"], "the signer's \"name\"")
            : nonEmptyString(object["name"], "the signer's \"name\"")
        guard let title, let name else { return nil }
        return Signer(authority: authority?.isEmpty == false ? authority : nil,
                      deputy: deputy?.isEmpty == false ? deputy : nil, title: title, name: name)
    }
}
