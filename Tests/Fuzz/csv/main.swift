import DelimitedText

/// libFuzzer entry point for the CSV reader: any bytes either read or give an error with a place;
/// what was read, written back with the same separator, reads back to the same cells.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDelimitedText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let document = try? DelimitedTextReader.read(bytes) else { return 0 }
    var writer = DelimitedTextWriter(separator: document.separator, byteOrderMark: true)
    for record in document.records { writer.write(record.fields.map(DelimitedCell.number)) }
    guard let again = try? DelimitedTextReader.read(writer.bytes, separator: document.separator) else {
        fatalError("written CSV cannot be read back: \(document.records.map(\.fields))")
    }
    guard again.records.map(\.fields) == document.records.map(\.fields) else {
        fatalError("CSV does not read back the same: \(document.records.map(\.fields)) → \(again.records.map(\.fields))")
    }
    return 0
}
