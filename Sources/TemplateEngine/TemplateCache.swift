import Foundation

/// Compiled templates by lookup key — including the lookups that found nothing — shared by all
/// threads rendering with one library.
final class TemplateCache: @unchecked Sendable {
    // Every access to `entries` holds `lock`.
    private let lock = NSLock()
    private var entries: [String: Template?] = [:]

    /// The cached result for `key`: `.some(nil)` means "looked up, not found"; nil means "not cached".
    func entry(_ key: String) -> Template?? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    /// Remembers the result for `key`.
    func store(_ template: Template?, for key: String) {
        lock.lock()
        defer { lock.unlock() }
        entries[key] = .some(template)
    }
}
