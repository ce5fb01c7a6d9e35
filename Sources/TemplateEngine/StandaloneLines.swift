/// The spec's standalone-line rule: a line holding only whitespace and one tag that outputs
/// nothing (section, inverted, closing, comment, partial, parent, block, delimiter change)
/// disappears — its whitespace and line break are omitted; a partial, parent or block keeps the
/// whitespace as its indentation. Two adjacent tags also stand alone together when they are
/// `{{<parent}}{{/parent}}`, `{{<parent}}{{$block}}`, `{{/block}}{{/parent}}`, or an empty
/// `{{$block}}{{/block}}` (which keeps its line break, so an empty block leaves an empty line).
enum StandaloneLines {
    /// Marks standalone tags, their indentation and the pieces to omit.
    /// `partners[i]` is the index of the tag closing the part tag `i` opens, and back.
    static func mark(_ pieces: inout [TemplatePiece], bytes: [UInt8], partners: [Int?]) {
        var lineStart = 0
        while lineStart < pieces.count {
            var lineEnd = lineStart
            while lineEnd < pieces.count, pieces[lineEnd].kind != .lineBreak { lineEnd += 1 }
            markLine(lineStart..<lineEnd, in: &pieces, bytes: bytes, partners: partners)
            lineStart = lineEnd + 1
        }
    }

    /// The index of the tag that closes each part-opening tag, and of the opener for each closing
    /// tag, when names match; nil elsewhere. Mismatches are left for the parser to report.
    static func partners(of pieces: [TemplatePiece], bytes: [UInt8]) -> [Int?] {
        var partners = [Int?](repeating: nil, count: pieces.count)
        var open: [Int] = []
        for (index, piece) in pieces.enumerated() {
            guard let kind = piece.tagKind else { continue }
            if kind.opensPart {
                open.append(index)
            } else if kind == .close, let opener = open.last,
                      bytes[pieces[opener].content].elementsEqual(bytes[piece.content]) {
                open.removeLast()
                partners[opener] = index
                partners[index] = opener
            }
        }
        return partners
    }

    private static func markLine(_ line: Range<Int>, in pieces: inout [TemplatePiece], bytes: [UInt8], partners: [Int?]) {
        var tags: [Int] = []
        for index in line {
            if pieces[index].tagKind != nil {
                tags.append(index)
            } else if !bytes[pieces[index].range].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                return
            }
        }
        let keepsLineBreak: Bool
        switch tags.count {
        case 1 where pieces[tags[0]].tagKind?.canStandAlone == true:
            keepsLineBreak = false
        case 2 where pieces[tags[0]].range.upperBound == pieces[tags[1]].range.lowerBound:
            guard let pair = pairKind(tags[0], tags[1], pieces: pieces, partners: partners) else { return }
            keepsLineBreak = pair == .emptyBlock
        default:
            return
        }
        for index in line where pieces[index].tagKind == nil { pieces[index].omitted = true }
        for tag in tags { pieces[tag].standalone = true }
        if pieces[line.lowerBound].kind == .text {
            pieces[tags[0]].indentation = pieces[line.lowerBound].range
        }
        if !keepsLineBreak, line.upperBound < pieces.count { pieces[line.upperBound].omitted = true }
    }

    private enum Pair { case emptyParent, parentAndBlock, blockEndAndParentEnd, emptyBlock }

    private static func pairKind(_ first: Int, _ second: Int, pieces: [TemplatePiece], partners: [Int?]) -> Pair? {
        switch (pieces[first].tagKind, pieces[second].tagKind) {
        case (.parent?, .close?) where partners[second] == first: return .emptyParent
        case (.parent?, .block?): return .parentAndBlock
        case (.block?, .close?) where partners[second] == first: return .emptyBlock
        case (.close?, .close?):
            guard let innerOpener = partners[first], let outerOpener = partners[second],
                  pieces[innerOpener].tagKind == .block, pieces[outerOpener].tagKind == .parent else { return nil }
            return .blockEndAndParentEnd
        default: return nil
        }
    }
}
