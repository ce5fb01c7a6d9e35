extension OutputSink {
    /// Writes a file, reporting a failure as an output error.
    func put(_ bytes: [UInt8], _ relativePath: String) throws(OutputError) {
        do {
            try write(bytes, to: relativePath)
        } catch {
            throw .publish(error)
        }
    }
}
