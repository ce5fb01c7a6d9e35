import OfficePackage
import TemplateEngine

/// The whole document as one Word file `<id>.docx`, laid out per Decree 30/2020 from the page's
/// view (see `OfficialWordDocument`).
struct DOCXDocumentWriter: FormatWriter {
    var format: OutputFormat { .docx }

    func downloads(of document: DocumentFiles) -> [PageLink] {
        [PageLink(name: "văn bản (Word)", href: "\(document.id).docx")]
    }

    func write(_ document: DocumentFiles, value: TemplateValue, to sink: OutputSink, context: WriterContext) throws(OutputError) {
        let word = switch document.page {
        case .plan(let view): OfficialWordDocument.plan(view, properties: document.properties)
        case .report(let view): OfficialWordDocument.report(view, properties: document.properties)
        }
        let path = document.path("\(document.id).docx")
        let bytes: [UInt8]
        do throws(OfficePackageError) {
            bytes = try word.archive()
        } catch {
            // An incomplete package is a bug of the writer, never of the input.
            throw .office("\(path): \(error)")
        }
        try sink.put(bytes, path)
    }
}
