/// The inheritance spec's block indentation: when a block's opening tag stands alone, the
/// indentation common to the lines of its content is removed where the block is written, and the
/// indentation of the block it fills is added where it is expanded. Outer blocks are handled
/// before the blocks inside them, so inner blocks see their lines already dedented.
enum BlockIndentation {
    /// Removes the common indentation from the lines of each standalone block and records it in
    /// the block tag's `blockIndentation`.
    static func dedent(_ pieces: inout [TemplatePiece], bytes: [UInt8], partners: [Int?]) {
        for opener in pieces.indices where pieces[opener].tagKind == .block && pieces[opener].standalone {
            guard let closer = partners[opener] else { continue }
            let lines = leadingWhitespace(ofLinesIn: opener + 1..<closer, pieces: pieces, bytes: bytes)
            guard let first = lines.first else { continue }
            var common = first.whitespace.count
            for line in lines.dropFirst() {
                let shared = zip(bytes[first.whitespace], bytes[line.whitespace]).prefix(while: { $0 == $1 }).count
                common = min(common, shared)
            }
            pieces[opener].blockIndentation = first.whitespace.lowerBound..<first.whitespace.lowerBound + common
            guard common > 0 else { continue }
            for line in lines {
                if line.isTagIndentation {
                    pieces[line.piece].indentation = pieces[line.piece].indentation.dropFirst(common)
                } else {
                    pieces[line.piece].range = pieces[line.piece].range.dropFirst(common)
                }
            }
        }
    }

    /// Where a content line's leading whitespace is: in a text piece or in a standalone tag's
    /// indentation.
    private struct LineIndentation {
        var piece: Int
        var isTagIndentation: Bool
        var whitespace: Range<Int>
    }

    /// The leading whitespace of each non-blank content line, from the line after the opening tag
    /// up to the closing tag (whose own line counts only if the closing tag is not standalone).
    private static func leadingWhitespace(ofLinesIn content: Range<Int>, pieces: [TemplatePiece], bytes: [UInt8]) -> [LineIndentation] {
        guard let openerLineEnd = content.first(where: { pieces[$0].kind == .lineBreak }) else { return [] }
        var lines: [LineIndentation] = []
        var index = openerLineEnd + 1
        while index < content.upperBound {
            var lineEnd = index
            while lineEnd < content.upperBound, pieces[lineEnd].kind != .lineBreak { lineEnd += 1 }
            if let line = indentation(ofLine: index..<lineEnd, pieces: pieces, bytes: bytes) { lines.append(line) }
            index = lineEnd + 1
        }
        return lines
    }

    private static func indentation(ofLine line: Range<Int>, pieces: [TemplatePiece], bytes: [UInt8]) -> LineIndentation? {
        guard let first = line.first(where: { !pieces[$0].omitted }) else { return nil }
        let piece = pieces[first]
        if piece.standalone {
            return LineIndentation(piece: first, isTagIndentation: true, whitespace: piece.indentation)
        }
        guard piece.kind == .text else {
            return LineIndentation(piece: first, isTagIndentation: false, whitespace: piece.range.lowerBound..<piece.range.lowerBound)
        }
        let spaces = bytes[piece.range].prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
        if spaces == piece.range.count && first + 1 == line.upperBound { return nil }
        return LineIndentation(piece: first, isTagIndentation: false,
                               whitespace: piece.range.lowerBound..<piece.range.lowerBound + spaces)
    }
}
