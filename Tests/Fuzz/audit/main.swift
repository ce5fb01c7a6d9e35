import BHXHAudit

/// libFuzzer entry point for audit: any bytes are read as an appendix table, checked, and the
/// findings written as text and as CSV, without a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAudit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let report = Audit.run([Audit.Input(path: "phu-luc.csv", bytes: bytes)])
    let text = FindingsText.render(report)
    if text.unicodeScalars.contains(where: { $0 == "\u{1B}" }) { fatalError("an escape sequence reaches the terminal") }
    _ = FindingsCSV.bytes(report.findings, byteOrderMark: true)
    return 0
}
