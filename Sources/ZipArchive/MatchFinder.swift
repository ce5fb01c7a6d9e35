/// The LZ77 half of DEFLATE: finds, for a position of the input, the longest earlier occurrence of
/// the bytes there within the 32 KB window, following hash chains of 4-byte prefixes
/// (`head` holds the last position of each hash, `previous` the one before each position).
struct MatchFinder {
    /// The longest match DEFLATE can express.
    static let maximumLength = 258
    /// The shortest match worth a token; with 4-byte hashes, matches shorter than 4 are not sought.
    static let minimumLength = 4
    /// The farthest back a match may start.
    static let window = 32_768
    /// The most hash bits: 32K chains for inputs of 32 KB and more (`hashBits(count:most:)`).
    private static let mostHashBits = 15

    private let input: UnsafePointer<UInt8>
    private let count: Int
    private let head: UnsafeMutablePointer<Int32>
    private let previous: UnsafeMutablePointer<Int32>
    /// How many hash bits this finder uses (see `mostHashBits`).
    private let bits: Int
    /// The first position not yet in the chains.
    private var nextToInsert = 0
    /// A match this long ends the search.
    private let niceLength: Int

    /// A finder over the `count` bytes at `input` (which must outlive it); call `deallocate()` when done.
    init(input: UnsafePointer<UInt8>, count: Int, niceLength: Int) {
        self.input = input
        self.count = count
        bits = Self.hashBits(count: count, most: Self.mostHashBits)
        head = .allocate(capacity: 1 << bits)
        head.initialize(repeating: -1, count: 1 << bits)
        // A position's link is written when the position goes into its chain, before anything
        // can follow the chain to it, so the links need no clearing.
        previous = .allocate(capacity: Self.window)
        self.niceLength = niceLength
    }

    /// Frees the chains.
    func deallocate() {
        head.deallocate()
        previous.deallocate()
    }

    @inline(__always)
    private func hash(at position: Int) -> Int {
        Self.hash(Self.word(input + position), bits: bits)
    }

    /// The four bytes at `bytes` as one number.
    @inline(__always)
    static func word(_ bytes: UnsafePointer<UInt8>) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt32.self))
    }

    /// The hash of four bytes (`word(_:)`) in `bits` bits (Knuth's multiplicative hash).
    @inline(__always)
    static func hash(_ word: UInt32, bits: Int) -> Int {
        Int((word &* 2_654_435_761) &>> UInt32(32 - bits))
    }

    /// The hash bits for an input of `count` bytes: up to `most`, fewer for small inputs, whose
    /// table is then cleared in less time than it is used.
    static func hashBits(count: Int, most: Int) -> Int {
        min(most, max(8, Int.bitWidth - max(count, 1).leadingZeroBitCount))
    }

    /// Puts every position before `end` that is not in the chains yet into them.
    @inline(__always)
    mutating func insert(upTo end: Int) {
        let last = min(end, count - 3)
        while nextToInsert < last {
            let bucket = hash(at: nextToInsert)
            previous[nextToInsert & (Self.window - 1)] = head[bucket]
            head[bucket] = Int32(truncatingIfNeeded: nextToInsert)
            nextToInsert += 1
        }
        nextToInsert = max(nextToInsert, end)
    }

    /// Leaves the positions before `end` that are not in the chains yet out of them, but for the
    /// last two: the next match may then start just behind (a run of one byte stays a run of
    /// matches at distance 1).
    @inline(__always)
    mutating func skip(to end: Int) {
        nextToInsert = max(nextToInsert, end - 2)
    }

    /// The longest match for the bytes at `position` (0 when none of at least `minimumLength`),
    /// among the `chainLimit` nearest candidates, and its distance; `position` and all before it
    /// are in the chains afterwards.
    @inline(__always)
    mutating func longestMatch(at position: Int, chainLimit: Int) -> (length: Int, distance: Int) {
        insert(upTo: position)
        let available = min(Self.maximumLength, count - position)
        guard available >= Self.minimumLength else {
            nextToInsert = max(nextToInsert, position + 1)
            return (0, 0)
        }
        let bucket = hash(at: position)
        var candidate = Int(head[bucket])
        previous[position & (Self.window - 1)] = head[bucket]
        head[bucket] = Int32(truncatingIfNeeded: position)
        nextToInsert = position + 1

        var bestLength = Self.minimumLength - 1
        var bestDistance = 0
        var chain = chainLimit
        while candidate >= 0 && position - candidate <= Self.window && chain > 0 {
            chain -= 1
            if input[candidate + bestLength] == input[position + bestLength] {
                let length = Self.commonLength(input + candidate, input + position, limit: available)
                if length > bestLength {
                    bestLength = length
                    bestDistance = position - candidate
                    if length >= niceLength || length == available { break }
                }
            }
            let next = Int(previous[candidate & (Self.window - 1)])
            guard next < candidate else { break }
            candidate = next
        }
        return bestLength >= Self.minimumLength ? (bestLength, bestDistance) : (0, 0)
    }

    /// How many bytes from `a` and from `b` are equal, at most `limit`, eight at a time.
    @inline(__always)
    static func commonLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, limit: Int) -> Int {
        var length = 0
        while length &+ 8 <= limit {
            let left = UnsafeRawPointer(a + length).loadUnaligned(as: UInt64.self)
            let right = UnsafeRawPointer(b + length).loadUnaligned(as: UInt64.self)
            let difference = UInt64(littleEndian: left ^ right)
            if difference != 0 { return length &+ difference.trailingZeroBitCount &>> 3 }
            length &+= 8
        }
        while length < limit && a[length] == b[length] { length &+= 1 }
        return length
    }
}
