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
    private static func lengths(for frequencies: [Int], limit: Int) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        var used = frequencies.indices.filter { frequencies[$0] > 0 }
        if used.count < 2 {
            // One code of one bit is not a complete code; give a second symbol the other bit.
            let symbols = used.isEmpty ? [0, 1] : [used[0], used[0] == 0 ? 1 : 0]
            for symbol in symbols where symbol < lengths.count { lengths[symbol] = 1 }
            return lengths
        }
        used.sort { frequencies[$0] != frequencies[$1] ? frequencies[$0] < frequencies[$1] : $0 < $1 }
        let leaves = used.count
        // Two queues: the sorted leaves, and the internal nodes, which are made in increasing weight.
        var weight = used.map { frequencies[$0] } + [Int](repeating: 0, count: leaves - 1)
        var parent = [Int](repeating: 0, count: 2 * leaves - 1)
        var nextLeaf = 0, nextInternal = leaves
        for node in leaves..<(2 * leaves - 1) {
            var children = [0, 0]
            for child in 0..<2 {
                if nextLeaf < leaves && (nextInternal >= node || weight[nextLeaf] <= weight[nextInternal]) {
                    children[child] = nextLeaf
                    nextLeaf += 1
                } else {
                    children[child] = nextInternal
                    nextInternal += 1
                }
            }
            weight[node] = weight[children[0]] + weight[children[1]]
            parent[children[0]] = node
            parent[children[1]] = node
        }
        var depth = [Int](repeating: 0, count: 2 * leaves - 1)
        for node in stride(from: 2 * leaves - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }

        var countOfLength = [Int](repeating: 0, count: limit + 1)
        for leaf in 0..<leaves { countOfLength[min(depth[leaf], limit)] += 1 }
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
                lengths[used[leaf]] = UInt8(length)
                leaf += 1
            }
        }
        return lengths
    }

    private static func reversed(_ code: Int, bits: Int) -> UInt16 {
        var result = 0, code = code
        for _ in 0..<bits {
            result = (result << 1) | (code & 1)
            code >>= 1
        }
        return UInt16(result)
    }
}
