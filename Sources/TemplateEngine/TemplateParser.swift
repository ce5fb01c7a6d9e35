/// Builds the node tree of a template from its pieces: matches sections, parents and blocks,
/// reads names and formatter expressions, and records where template lines start so that
/// partials can be indented.
struct TemplateParser {
    /// How deeply sections, parents and blocks may nest in one template.
    static let maximumNesting = 100

    /// Where the next output is on its line, as far as indentation is concerned.
    private enum LineStart {
        /// At the start of a body's first line (indented only when the body stands alone).
        case firstLine
        /// At the start of a later line.
        case line
    }

    /// A part being built: the template itself, or an open section, parent or block.
    private struct Frame {
        var piece: TemplatePiece?
        var nodes: [TemplateNode] = []
        var text: [UInt8] = []
        var indentOffsets: [Int] = []
        var overrides: [String: TemplateBody] = [:]
        /// For parents and blocks: the line position outside, restored when they close.
        var outerLineStart: LineStart?

        var kind: TagKind? { piece?.tagKind }
    }

    private let source: SourceFile
    private var bytes: [UInt8] { source.bytes }
    private var frames = [Frame()]
    private var lineStart: LineStart? = .firstLine

    /// Parses a whole template.
    static func parse(_ source: SourceFile) throws(TemplateError) -> TemplateBody {
        var pieces = try TemplateLexer.pieces(of: source)
        let partners = StandaloneLines.partners(of: pieces, bytes: source.bytes)
        StandaloneLines.mark(&pieces, bytes: source.bytes, partners: partners)
        BlockIndentation.dedent(&pieces, bytes: source.bytes, partners: partners)
        var parser = TemplateParser(source: source)
        for piece in pieces where !piece.omitted {
            try parser.add(piece)
        }
        return try parser.finish()
    }

    private init(source: SourceFile) {
        self.source = source
    }

    private var insideParent: Bool { frames[frames.count - 1].kind == .parent }

    private mutating func add(_ piece: TemplatePiece) throws(TemplateError) {
        switch piece.kind {
        case .text:
            guard !insideParent else { return }
            markLineStart()
            frames[frames.count - 1].text.append(contentsOf: bytes[piece.range])
        case .lineBreak:
            guard !insideParent else { return }
            frames[frames.count - 1].text.append(contentsOf: bytes[piece.range])
            lineStart = .line
        case .tag(let kind):
            try addTag(kind, piece)
        }
    }

    private mutating func addTag(_ kind: TagKind, _ piece: TemplatePiece) throws(TemplateError) {
        if insideParent {
            guard kind == .block || kind == .close || kind == .comment || kind == .delimiters else {
                throw source.error("only {{$block}} tags can be inside a parent tag {{<…}}; this tag would be ignored", at: piece.range.lowerBound)
            }
        } else if !piece.standalone {
            markLineStart()
        }
        let content = bytes[piece.content]
        switch kind {
        case .comment, .delimiters:
            break
        case .value, .unescaped:
            let expression = try TemplateExpression.parse(content, in: source)
            append(.value(ValueTag(expression: expression, escaped: kind == .value)))
        case .section, .inverted:
            _ = try sectionName(piece)
            try open(piece)
        case .partial:
            let name = try partialName(piece)
            append(.partial(PartialTag(name: name, indentation: indentation(of: piece), offset: piece.range.lowerBound)))
        case .parent, .block:
            if kind == .parent { _ = try partialName(piece) } else { _ = try blockName(piece) }
            try open(piece)
            frames[frames.count - 1].outerLineStart = lineStart
            lineStart = kind == .block ? .firstLine : nil
        case .close:
            try close(piece)
        }
    }

    /// Records that the next output begins a line, if it does.
    private mutating func markLineStart() {
        switch lineStart {
        case .line?:
            frames[frames.count - 1].indentOffsets.append(frames[frames.count - 1].text.count)
        case .firstLine?:
            append(.firstLineIndent)
        case nil:
            break
        }
        lineStart = nil
    }

    private mutating func append(_ node: TemplateNode) {
        flushText()
        frames[frames.count - 1].nodes.append(node)
    }

    private mutating func flushText() {
        var frame = frames[frames.count - 1]
        guard !frame.text.isEmpty || !frame.indentOffsets.isEmpty else { return }
        frame.nodes.append(.text(TextChunk(bytes: frame.text, indentOffsets: frame.indentOffsets)))
        frame.text = []
        frame.indentOffsets = []
        frames[frames.count - 1] = frame
    }

    private mutating func open(_ piece: TemplatePiece) throws(TemplateError) {
        guard frames.count <= Self.maximumNesting else {
            throw source.error("sections are nested more than \(Self.maximumNesting) deep", at: piece.range.lowerBound)
        }
        flushText()
        frames.append(Frame(piece: piece))
    }

    private mutating func close(_ piece: TemplatePiece) throws(TemplateError) {
        let name = String(decoding: bytes[piece.content], as: UTF8.self)
        guard frames.count > 1, let opener = frames[frames.count - 1].piece else {
            throw source.error("closing tag \"\(name)\" has no opening tag", at: piece.range.lowerBound)
        }
        guard bytes[opener.content].elementsEqual(bytes[piece.content]) else {
            let openName = String(decoding: bytes[opener.content], as: UTF8.self)
            let line = source.location(of: opener.range.lowerBound).line
            throw source.error("closing tag \"\(name)\" does not match \(Self.word(for: opener)) \"\(openName)\" opened on line \(line)",
                               at: piece.range.lowerBound)
        }
        flushText()
        let frame = frames.removeLast()
        switch opener.tagKind {
        case .section?, .inverted?:
            let section = SectionTag(name: try sectionName(opener), inverted: opener.tagKind == .inverted, nodes: frame.nodes)
            append(.section(section))
        case .parent?:
            lineStart = frame.outerLineStart
            let parent = ParentTag(name: try partialName(opener), indentation: indentation(of: opener),
                                   overrides: frame.overrides, offset: opener.range.lowerBound)
            append(.parent(parent))
        default:
            try closeBlock(frame, opener: opener, name: name)
        }
    }

    private mutating func closeBlock(_ frame: Frame, opener: TemplatePiece, name: String) throws(TemplateError) {
        let content = TemplateBody(nodes: frame.nodes, source: source)
        if lineStart == .firstLine || insideParent { lineStart = frame.outerLineStart }
        guard !insideParent else {
            guard frames[frames.count - 1].overrides.updateValue(content, forKey: name) == nil else {
                throw source.error("block \"\(name)\" is given twice in this parent tag", at: opener.range.lowerBound)
            }
            return
        }
        var blockIndentation = indentation(of: opener)
        if let own = opener.blockIndentation, !own.isEmpty, opener.standalone {
            blockIndentation = Array(bytes[own])
        }
        append(.block(BlockTag(name: name, defaultContent: content, indentation: blockIndentation)))
    }

    private mutating func finish() throws(TemplateError) -> TemplateBody {
        if frames.count > 1, let opener = frames[frames.count - 1].piece {
            let name = String(decoding: bytes[opener.content], as: UTF8.self)
            throw source.error("\(Self.word(for: opener)) \"\(name)\" opened here is never closed", at: opener.range.lowerBound)
        }
        flushText()
        return TemplateBody(nodes: frames[0].nodes, source: source)
    }

    private func indentation(of piece: TemplatePiece) -> [UInt8]? {
        piece.standalone ? Array(bytes[piece.indentation]) : nil
    }

    private func sectionName(_ piece: TemplatePiece) throws(TemplateError) -> TemplateName {
        guard let name = TemplateName(bytes[piece.content]) else {
            throw source.error("a section needs a name (formatters only work in value tags like {{ number(x) }})",
                               at: piece.content.lowerBound)
        }
        return name
    }

    private func blockName(_ piece: TemplatePiece) throws(TemplateError) -> String {
        let content = bytes[piece.content]
        guard !content.isEmpty, !content.contains(where: TemplateLexer.isWhitespace) else {
            throw source.error("a block needs a name without spaces", at: piece.content.lowerBound)
        }
        return String(decoding: content, as: UTF8.self)
    }

    private func partialName(_ piece: TemplatePiece) throws(TemplateError) -> PartialName {
        var content = bytes[piece.content]
        guard content.first == UInt8(ascii: "*") else {
            guard !content.isEmpty, !content.contains(where: TemplateLexer.isWhitespace) else {
                throw source.error("a partial needs a name without spaces", at: piece.content.lowerBound)
            }
            return .fixed(String(decoding: content, as: UTF8.self))
        }
        content = content.dropFirst().drop(while: TemplateLexer.isWhitespace)
        guard let name = TemplateName(content) else {
            throw source.error("a dynamic name needs a name after \"*\"", at: piece.content.lowerBound)
        }
        return .dynamic(name)
    }

    private static func word(for opener: TemplatePiece) -> String {
        switch opener.tagKind {
        case .inverted?: return "inverted section"
        case .parent?: return "parent"
        case .block?: return "block"
        default: return "section"
        }
    }
}
