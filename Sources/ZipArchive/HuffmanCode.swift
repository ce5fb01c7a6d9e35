/// A canonical prefix code as DEFLATE uses it (RFC 1951 §3.2.2): a length per symbol, and codes
/// assigned in symbol order within each length, stored bit-reversed so `BitWriter` can write them
/// least significant bit first.
struct HuffmanCode {
    /// The code length of each symbol, 0 for a symbol that is not used.
    let lengths: [UInt8]
    /// The code of each symbol, bit-reversed, in the low `lengths[symbol]` bits.
    let codes: [UInt16]

    /// The code given by its lengths (e.g. the fixed code of RFC 1951 §3.2.6).
    init(lengths: [UInt8]) {
        self.lengths = lengths
        var countOfLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countOfLength[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + countOfLength[length - 1]) << 1
            nextCode[length] = code
        }
        var codes = [UInt16](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            codes[symbol] = Self.reversed(nextCode[Int(length)], bits: Int(length))
            nextCode[Int(length)] += 1
        }
        self.codes = codes
    }

    /// An optimal code for `frequencies` whose codes are at most `limit` bits long. At least two
    /// symbols get a code, even when fewer are used, so that every decoder accepts the code.
    init(frequencies: [Int], limit: Int) {
        self.init(lengths: Self.lengths(for: frequencies, limit: limit))
    }

    /// The number of bits `frequencies` take in this code, extra bits not counted.
    func cost(of frequencies: [Int]) -> Int {
        var bits = 0
        for (symbol, frequency) in frequencies.enumerated() { bits += frequency * Int(lengths[symbol]) }
        return bits
    }

    /// Code lengths of a Huffman code for `frequencies`, made no longer than `limit` bits by moving
    /// the deepest leaves up and splitting shallower ones until the Kraft sum is exactly 1.
    ///
    /// The used symbols are sorted by frequency, then symbol, as one number each (`frequency << 9
    /// | symbol`, the alphabets having fewer than 512 symbols); the tree is built in one array
    /// of weights and parents, leaves first, and read back as depths. A block's two codes are made
    /// thousands of times per build, for parts of a few hundred bytes as well as for whole sheets.
    private static func lengths(for frequencies: [Int], limit: Int) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var keys: [Int] = []
        keys.reserveCapacity(frequencies.count)
        for (symbol, frequency) in frequencies.enumerated() where frequency > 0 { keys.append(frequency << 9 | symbol) }
        if keys.count < 2 {
            // One code of one bit is not a complete code; give a second symbol the other bit.
            let used = keys.first.map { $0 & 511 }
            let symbols = used.map { [$0, $0 == 0 ? 1 : 0] } ?? [0, 1]
            for symbol in symbols where symbol < lengths.count { lengths[symbol] = 1 }
            return lengths
        }
        keys.sort()
        let leaves = keys.count, nodes = 2 * leaves - 1
        // Two queues: the sorted leaves, and the internal nodes, which are made in increasing weight;
        // each node's weight and parent in scratch storage, the weights then overwritten by depths.
        var countOfLength = [Int](repeating: 0, count: limit + 1)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * nodes) { scratch in
            let weight = scratch.baseAddress!, parent = weight + nodes
            for leaf in 0..<leaves { weight[leaf] = keys[leaf] >> 9 }
            var nextLeaf = 0, nextInternal = leaves
            for node in leaves..<nodes {
                var sum = 0
                for _ in 0..<2 {
                    let child: Int
                    if nextLeaf < leaves && (nextInternal >= node || weight[nextLeaf] <= weight[nextInternal]) {
                        child = nextLeaf
                        nextLeaf += 1
                    } else {
                        child = nextInternal
                        nextInternal += 1
                    }
                    sum += weight[child]
                    parent[child] = node
                }
                weight[node] = sum
            }
            // Depths from the root down, into the weights' place.
            let depth = weight
            depth[nodes - 1] = 0
            for node in stride(from: nodes - 2, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
            for leaf in 0..<leaves { countOfLength[min(depth[leaf], limit)] += 1 }
        }
        var kraft = 0
        for length in 1...limit { kraft += countOfLength[length] << (limit - length) }
        while kraft > 1 << limit {
            countOfLength[limit] -= 1
            for length in stride(from: limit - 1, through: 1, by: -1) where countOfLength[length] > 0 {
                countOfLength[length] -= 1
                countOfLength[length + 1] += 2
                break
            }
            kraft -= 1
        }
        // The rarest symbols get the longest codes.
        var leaf = 0
        for length in stride(from: limit, through: 1, by: -1) {
            for _ in 0..<countOfLength[length] {
                lengths[keys[leaf] & 511] = UInt8(length)
                leaf += 1
            }
        }
        return lengths
    }

    /// The low `bits` bits of `code` in reverse order (16 bits reversed by swapping halves of
    /// ever smaller pieces, then shifted down).
    private static func reversed(_ code: Int, bits: Int) -> UInt16 {
        var value = UInt16(truncatingIfNeeded: code)
        value = (value & 0x5555) << 1 | (value >> 1) & 0x5555
        value = (value & 0x3333) << 2 | (value >> 2) & 0x3333
        value = (value & 0x0F0F) << 4 | (value >> 4) & 0x0F0F
        value = value << 8 | value >> 8
        return value >> (16 - bits)
    }
}
