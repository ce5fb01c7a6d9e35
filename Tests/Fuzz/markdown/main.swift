import MarkdownRenderer

/// libFuzzer entry point for the Markdown renderer: any text parses and writes as HTML and as
/// Markdown without a crash or a hang, raw HTML never goes live in the HTML, and the Markdown
/// written parses again.
///
/// Not checked: that the Markdown written reads back as the same document. Emphasis directly at
/// the edge of emphasis (`**m*x**-**`) is written with adjacent delimiters that read back as a
/// different nesting — the exception `MarkdownSourceWriter` documents; see regressions/.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = MarkdownDocument(parsing: source)
    if document.html().contains("<script") { fatalError("raw HTML went live: \(source.debugDescription)") }
    _ = MarkdownDocument(parsing: document.markdown()).html()
    return 0
}
