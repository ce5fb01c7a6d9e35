import LocatedJSON

/// libFuzzer entry point for the JSON parser: any bytes either parse or give an error with a place.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLocatedJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        _ = try JSONParser.parse(bytes: bytes)
    } catch {
        if error.location.line < 1 { fatalError("an error without a line: \(error)") }
    }
    return 0
}
