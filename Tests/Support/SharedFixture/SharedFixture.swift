import Foundation

/// A value several tests read, made once per test process by the first test that asks for it,
/// in that test's own task, and never changed after. Tests that ask while it is being made wait
/// without holding a thread: a `static let` would block theirs (this machine has two), and a
/// task of its own would queue behind every test already waiting to run.
public final class SharedFixture<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case notMade
        case making(waiting: [CheckedContinuation<Value, Never>])
        case made(Value)
    }

    private let make: @Sendable () async -> Value
    private let lock = NSLock()
    private var state = State.notMade  // guarded by `lock`

    /// A fixture made by `make` when first asked for.
    public init(_ make: @escaping @Sendable () async -> Value) {
        self.make = make
    }

    /// The value: made now by the first caller, awaited by those who ask meanwhile.
    public func value() async -> Value {
        let first: Bool? = lock.withLock {
            switch state {
            case .notMade: state = .making(waiting: []); return true
            case .making: return false
            case .made: return nil
            }
        }
        if first == true {
            let value = await make()
            let waiting = lock.withLock {
                defer { state = .made(value) }
                if case .making(let waiting) = state { return waiting }
                return []
            }
            waiting.forEach { $0.resume(returning: value) }
            return value
        }
        return await withCheckedContinuation { continuation in
            let made: Value? = lock.withLock {
                switch state {
                case .made(let value): return value
                case .making(let waiting): state = .making(waiting: waiting + [continuation]); return nil
                case .notMade: preconditionFailure("a fixture is made before anyone waits for it")
                }
            }
            if let made { continuation.resume(returning: made) }
        }
    }
}
