import OfficePackage
import Spreadsheet
import TemplateEngine

/// Every table of the document as a sheet of `<id>.xlsx` ("Phụ lục 1", … or "Bảng 1", …, in
/// the document's order), then "Số liệu" with the tidy figures.
struct XLSXDocumentWriter: FormatWriter {
    var format: OutputFormat { .xlsx }

    func downloads(of document: DocumentFiles) -> [PageLink] {
        [PageLink(name: "bảng tính (Excel)", href: "\(document.id).xlsx")]
    }

    func write(_ document: DocumentFiles, value: TemplateValue, to sink: OutputSink, context: WriterContext) throws(OutputError) {
        let sheets = document.tables.map { TableSheet(table: $0).worksheet } + [FiguresSheet(figures: document.tidy).worksheet]
        let workbook = Workbook(sheets: sheets, defaultFont: SheetStyles.font, properties: document.properties)
        let path = document.path("\(document.id).xlsx")
        let bytes: [UInt8]
        do throws(SpreadsheetError) {
            bytes = try workbook.archive()
        } catch {
            throw .office("\(path): \(error)")
        }
        try sink.put(bytes, path)
    }
}
