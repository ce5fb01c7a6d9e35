import WordDocument

/// The bytes of a .docx the tool writes.
enum WordFile {
    /// `document` archived; a package the writer made incomplete (a bug, never the user's input)
    /// is an error rather than a file Word would refuse.
    static func bytes(_ document: WordDocument) throws(OutputError) -> [UInt8] {
        do {
            return try document.archive()
        } catch {
            throw .office(error)
        }
    }
}
