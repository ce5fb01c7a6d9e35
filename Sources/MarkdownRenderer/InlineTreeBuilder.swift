/// Builds the inline tree from the scanner's tokens once emphasis is resolved.
/// Emphasis and strong spans nest at most `maximumDepth` deep; deeper ones keep their delimiters as
/// literal text, so that hostile input cannot make the writers recurse without bound.
struct InlineTreeBuilder {
    /// The deepest nesting of spans (links included) kept as structure.
    static let maximumDepth = 32

    private enum FrameKind {
        case root
        case span(DelimiterStack.Span)
        case link(destination: String, title: String?)
    }

    private struct Frame {
        let kind: FrameKind
        var children: [MarkdownInline] = []
        var pendingText = ""

        mutating func flushText() {
            guard !pendingText.isEmpty else { return }
            children.append(.text(pendingText))
            pendingText = ""
        }
    }

    private var frames = [Frame(kind: .root)]
    /// How many spans, opened too deep, are written as literal delimiters and still wait for their close.
    private var literalSpans = 0

    /// The tree of `tokens`, whose delimiter tokens index `runs`.
    static func build(tokens: [InlineToken], runs: [DelimiterStack.Run]) -> [MarkdownInline] {
        var builder = InlineTreeBuilder()
        for token in tokens {
            switch token {
            case .text(let text): builder.appendText(text)
            case .code(let code): builder.append(.code(code))
            case .lineBreak: builder.append(.lineBreak)
            case .bracket: builder.appendText("[")
            case .linkStart(let destination, let title):
                builder.frames.append(Frame(kind: .link(destination: destination, title: title)))
            case .linkEnd: builder.closeFrame()
            case .delimiters(let index):
                let run = runs[index]
                for span in run.closes { builder.closeSpan(literal: Self.delimiters(span, run.character)) }
                builder.appendText(String(repeating: run.character, count: run.remaining))
                for span in run.opens.reversed() { builder.openSpan(span, literal: Self.delimiters(span, run.character)) }
            }
        }
        while builder.frames.count > 1 { builder.closeFrame() }
        builder.frames[0].flushText()
        return builder.frames[0].children
    }

    private static func delimiters(_ span: DelimiterStack.Span, _ character: Character) -> String {
        String(repeating: character, count: span == .strong ? 2 : 1)
    }

    private mutating func appendText(_ text: String) {
        frames[frames.count - 1].pendingText += text
    }

    private mutating func append(_ inline: MarkdownInline) {
        frames[frames.count - 1].flushText()
        frames[frames.count - 1].children.append(inline)
    }

    private mutating func openSpan(_ span: DelimiterStack.Span, literal: String) {
        if literalSpans > 0 || frames.count > Self.maximumDepth {
            literalSpans += 1
            appendText(literal)
        } else {
            frames.append(Frame(kind: .span(span)))
        }
    }

    private mutating func closeSpan(literal: String) {
        if literalSpans > 0 {
            literalSpans -= 1
            appendText(literal)
        } else {
            closeFrame()
        }
    }

    private mutating func closeFrame() {
        guard frames.count > 1, var frame = frames.popLast() else { return }
        frame.flushText()
        switch frame.kind {
        case .root: break
        case .span(.emphasis): append(.emphasis(frame.children))
        case .span(.strong): append(.strong(frame.children))
        case .link(let destination, let title):
            append(.link(destination: destination, title: title, content: frame.children))
        }
    }
}
