/// Which link destinations are written as links: relative URLs and http, https and mailto.
/// Anything else (`javascript:`, `data:`, `file:` …) keeps its Markdown source as plain text.
public enum LinkPolicy {
    /// True when `destination` is relative (no scheme before the first `/`, `?` or `#`) or its scheme
    /// is http, https or mailto (any case), and it contains no control characters.
    public static func allows(_ destination: String) -> Bool {
        guard !destination.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return false
        }
        let head = destination.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" })
        guard let colon = head.firstIndex(of: ":") else { return true }
        return ["http", "https", "mailto"].contains(head[..<colon].lowercased())
    }
}
