/// The tokens of one DEFLATE block as the match search finds them, and how often each symbol of
/// the block's two Huffman codes occurs among them, counted as the tokens come.
///
/// A token is `index << 20 | distanceSymbol << 15 | (distance − 1)`, where `index` is the byte
/// of a literal (the rest zero) or 256 + the length of a match: one lookup in a table of 515 codes
/// gives what to write for a literal or a match length, and the distance symbol is found once.
/// The storage is allocated once per stream and freed by `deallocate()`; copies share it. A search
/// works on a copy of its own, so that the count and the pointers stay in registers while it
/// stores tokens.
struct BlockTokens {
    /// The tokens gathered before a block is written (the storage holds two more: a lazy search
    /// can add a literal and a match after asking `isFull`).
    static let blockSize = 16_384
    /// The index of a match of length 0 (`matchIndex + length` for a match).
    static let matchIndex = 256
    /// The tokens from this one on are matches.
    static let firstMatch = UInt32(matchIndex) << 20

    /// The tokens, `count` of them.
    let tokens: UnsafeMutablePointer<UInt32>
    private(set) var count = 0
    /// How often each literal/length symbol 0…285 occurs (256, the end of block, not counted).
    let literalFrequencies: UnsafeMutablePointer<Int>
    /// How often each distance symbol 0…29 occurs.
    let distanceFrequencies: UnsafeMutablePointer<Int>
    /// `DeflateTables.lengthSymbol` then `DeflateTables.distanceSymbol`, out of reach of the
    /// arrays' bounds and uniqueness checks.
    private let symbols: UnsafeMutablePointer<UInt8>

    /// How many tokens make a full block.
    let capacity: Int

    /// No tokens yet, room for `capacity` of them (and two more).
    init(capacity: Int = Self.blockSize) {
        self.capacity = capacity
        tokens = .allocate(capacity: capacity + 2)
        literalFrequencies = .allocate(capacity: 286)
        literalFrequencies.initialize(repeating: 0, count: 286)
        distanceFrequencies = .allocate(capacity: 30)
        distanceFrequencies.initialize(repeating: 0, count: 30)
        let lengths = DeflateTables.lengthSymbol, distances = DeflateTables.distanceSymbol
        symbols = .allocate(capacity: lengths.count + distances.count)
        symbols.initialize(from: lengths + distances, count: lengths.count + distances.count)
    }

    /// Frees the storage.
    func deallocate() {
        tokens.deallocate()
        literalFrequencies.deallocate()
        distanceFrequencies.deallocate()
        symbols.deallocate()
    }

    /// True when the block holds as many tokens as it may.
    var isFull: Bool { count >= capacity }

    /// The tokens as a buffer.
    var buffer: UnsafeBufferPointer<UInt32> { UnsafeBufferPointer(start: tokens, count: count) }

    /// Adds a literal byte.
    @inline(__always)
    mutating func literal(_ byte: UInt8) {
        tokens[count] = UInt32(byte) << 20
        count &+= 1
        literalFrequencies[Int(byte)] &+= 1
    }

    /// Adds a match of `length` (4…258) bytes `distance` (1…32,768) back.
    @inline(__always)
    mutating func match(length: Int, distance: Int) {
        let distanceMinusOne = distance &- 1
        let symbol = Int(symbols[259 &+ (distanceMinusOne < 256 ? distanceMinusOne : 256 &+ distanceMinusOne &>> 7)])
        tokens[count] = UInt32(truncatingIfNeeded: (Self.matchIndex &+ length) &<< 20 | symbol &<< 15 | distanceMinusOne)
        count &+= 1
        literalFrequencies[257 &+ Int(symbols[length])] &+= 1
        distanceFrequencies[symbol] &+= 1
    }

    /// Forgets the tokens and their counts, for the next block.
    mutating func removeAll() {
        count = 0
        literalFrequencies.update(repeating: 0, count: 286)
        distanceFrequencies.update(repeating: 0, count: 30)
    }
}
