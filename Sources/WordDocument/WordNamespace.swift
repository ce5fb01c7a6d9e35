/// The namespaces of WordprocessingML parts (ECMA-376 transitional, which every Word reads).
enum WordNamespace {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// The attributes declaring both on a part's root element.
    static let attributes = [("xmlns:w", main), ("xmlns:r", relationships)]
}
