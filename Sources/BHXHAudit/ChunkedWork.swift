import BHXHCore

/// Work over many items — rows read, findings written — split into chunks of consecutive items
/// done on all cores (`concurrentMap`), the chunks' results in their order, so that nothing that
/// follows depends on timing.
enum ChunkedWork {
    /// `transform` of each chunk of `0 ..< count` (`size` items, the last one fewer), in order.
    static func map<Result: Sendable>(_ count: Int, size: Int = 2_048,
                                      _ transform: @Sendable (Range<Int>) -> Result) -> [Result] {
        stride(from: 0, to: count, by: size).map { $0..<min($0 + size, count) }.concurrentMap(transform)
    }
}
