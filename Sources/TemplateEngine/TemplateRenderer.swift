/// Renders compiled templates into one growing byte buffer: resolves names against a stack of
/// values, expands sections, partials, parents and blocks, and tracks the indentation of
/// standalone partials. One renderer per render call; nothing in it is shared.
struct TemplateRenderer {
    /// The rendered bytes.
    private(set) var output: [UInt8] = []

    private let library: TemplateLibrary
    private let document: Template
    private let escaping: OutputEscaping
    private let strict: Bool
    /// The library's `maximumOutput` and `maximumVisits`, checked after every node.
    private let maximumOutput: Int
    private let maximumVisits: Int
    /// The values of the enclosing sections, innermost last.
    private var context: [Frame]
    /// Written at each template line start: the indentation of the enclosing standalone partials.
    private var indentation: [UInt8] = []
    /// The blocks given by the enclosing parent tags, outermost first (the outermost wins).
    private var overrides: [[String: TemplateBody]] = []
    /// The file of the body being rendered, for messages.
    private var source: SourceFile
    /// True while rendering a body expanded on a standalone line, whose first line is indented.
    private var bodyStandsAlone = false
    private var depth = 0
    /// Nodes rendered and contexts looked through so far, against `TemplateLibrary.maximumVisits`.
    private var visits = 0
    /// Partials already looked up during this render, by name.
    private var partials: [String: Template?] = [:]

    /// A renderer for `document` with `context` as the values around it, outermost first. The
    /// caller keeps `context` alive until rendering ends: every object the renderer looks into is
    /// held by it (values are immutable), so the context holds none of them itself.
    init(library: TemplateLibrary, document: Template, context: [TemplateValue]) {
        self.library = library
        self.document = document
        escaping = document.escaping
        strict = library.strict
        maximumOutput = library.maximumOutput
        maximumVisits = library.maximumVisits
        self.context = context.map(Frame.init)
        source = document.body.source
        output.reserveCapacity(max(4096, document.body.source.bytes.count * 2))
    }

    /// Renders the whole document.
    mutating func renderDocument() throws(TemplateError) {
        try render(document.body, standalone: false)
    }

    private mutating func render(_ body: TemplateBody, standalone: Bool) throws(TemplateError) {
        let outerSource = source
        let outerStandsAlone = bodyStandsAlone
        source = body.source
        bodyStandsAlone = standalone
        try render(body.nodes)
        source = outerSource
        bodyStandsAlone = outerStandsAlone
    }

    private mutating func render(_ nodes: [TemplateNode]) throws(TemplateError) {
        // By position, so that each node is read where it is rather than copied out.
        for position in nodes.indices {
            switch nodes[position] {
            case .text(let chunk): write(chunk)
            case .firstLineIndent: if bodyStandsAlone { output.append(contentsOf: indentation) }
            case .value(let tag): try write(tag)
            case .section(let tag): try render(tag)
            case .partial(let tag): try render(tag)
            case .parent(let tag): try render(tag)
            case .block(let tag): try render(tag)
            }
            if output.count > maximumOutput { throw outputLimitError() }
            visits += 1
            if visits > maximumVisits { throw workLimitError() }
        }
    }

    /// Rendering stopped because it visited more nodes than `TemplateLibrary.maximumVisits`
    /// (sections nested over lists that multiply without writing much).
    private func workLimitError() -> TemplateError {
        TemplateError(template: document.path, message: "rendering stopped after \(library.maximumVisits) tags and pieces of text "
            + "without reaching the end (the work allowed for an output limit of \(ByteSize.text(library.maximumOutput))); "
            + "do sections nest over lists more deeply than intended (each level multiplies the work)? "
            + "If the template really needs this much, raise the limit with --max-output")
    }

    /// Rendering stopped because the output passed `TemplateLibrary.maximumOutput`; names the
    /// template rendered and, when it differs, the partial being expanded.
    private func outputLimitError() -> TemplateError {
        let limit = ByteSize.text(library.maximumOutput)
        let inside = source.path == document.path ? "" : " (while expanding \(source.path))"
        return TemplateError(template: document.path, message: "the output passed the limit of \(limit)\(inside) and rendering "
            + "stopped; does a section or partial repeat far more than intended (a partial included twice at every "
            + "level doubles the output each level)? If the output really is this large, raise the limit with --max-output")
    }

    // MARK: - Text and values

    private mutating func write(_ chunk: TextChunk) {
        guard !chunk.indentOffsets.isEmpty, !indentation.isEmpty else {
            output.append(contentsOf: chunk.bytes)
            return
        }
        var start = 0
        for offset in chunk.indentOffsets {
            output.append(contentsOf: chunk.bytes[start..<offset])
            output.append(contentsOf: indentation)
            start = offset
        }
        output.append(contentsOf: chunk.bytes[start...])
    }

    private mutating func write(_ tag: ValueTag) throws(TemplateError) {
        if let name = tag.name {
            guard let place = try place(of: name) else { return }
            switch context.value(at: place) {
            case .string(let text):
                write(text, escaped: tag.escaped)
            case .utf8(let bytes):
                if tag.escaped {
                    escaping.append(bytes, to: &output)
                } else {
                    output.append(contentsOf: bytes)
                }
            case let value:
                guard let plain = value.plainText else {
                    guard !strict else {
                        throw source.error("\"\(name.text)\" is \(value.kindDescription), which has no text to write; use a section {{#\(name.text)}}",
                                           at: name.offset)
                    }
                    return
                }
                write(plain, escaped: tag.escaped)
            }
        } else {
            write(try formatted(tag.expression) ?? "-", escaped: tag.escaped)
        }
    }

    private mutating func write(_ text: String, escaped: Bool) {
        if escaped {
            escaping.append(text, to: &output)
        } else {
            output.append(contentsOf: text.utf8)
        }
    }

    /// The text of a formatter expression; nil when the value is missing or null (written "-").
    private mutating func formatted(_ expression: TemplateExpression) throws(TemplateError) -> String? {
        switch expression {
        case .name(let name):
            return try resolve(name)?.plainText
        case .call(let formatter, let argument, let decimals, let offset):
            let value: TemplateValue?
            switch argument {
            case .name(let name): value = try resolve(name)
            case .call: value = try formatted(argument).map(TemplateValue.string)
            }
            guard let value, !value.isNull else { return nil }
            do {
                return try formatter.format(value, decimals: decimals)
            } catch {
                throw source.error(error.message, at: offset)
            }
        }
    }

    // MARK: - Names

    /// The value of `name`, or nil when it resolves to nothing (an error in strict mode). Looking
    /// through the enclosing sections counts as work: one visit for each.
    private mutating func resolve(_ name: TemplateName) throws(TemplateError) -> TemplateValue? {
        guard let place = try place(of: name) else { return nil }
        return context.value(at: place)
    }

    /// Where the value of `name` is held, or nil when it resolves to nothing (an error in strict
    /// mode). Looking through the enclosing sections counts as work: one visit for each.
    private mutating func place(of name: TemplateName) throws(TemplateError) -> Place? {
        visits += context.count
        if let place = context.place(of: name) { return place }
        guard !strict else {
            throw source.error("\"\(name.text)\" is not in the data here", at: name.offset)
        }
        return nil
    }

    // MARK: - Sections, partials, parents, blocks

    private mutating func render(_ tag: SectionTag) throws(TemplateError) {
        let value = try resolve(tag.name) ?? .null
        guard value.isTruthy != tag.inverted else { return }
        try enter(at: tag.name.offset)
        if tag.inverted {
            try render(tag.nodes)
        } else if case .array(let elements) = value {
            for index in elements.indices {
                context.append(Frame(elements[index]))
                try render(tag.nodes)
                context.removeLast()
            }
        } else {
            context.append(Frame(value))
            try render(tag.nodes)
            context.removeLast()
        }
        depth -= 1
    }

    private mutating func render(_ tag: PartialTag) throws(TemplateError) {
        guard let template = try partial(tag.name, at: tag.offset) else { return }
        try enter(at: tag.offset)
        try expand(template.body, indentation: tag.indentation)
        depth -= 1
    }

    private mutating func render(_ tag: ParentTag) throws(TemplateError) {
        guard let template = try partial(tag.name, at: tag.offset) else { return }
        try enter(at: tag.offset)
        overrides.append(tag.overrides)
        try expand(template.body, indentation: tag.indentation)
        overrides.removeLast()
        depth -= 1
    }

    private mutating func render(_ tag: BlockTag) throws(TemplateError) {
        let content = overrides.lazy.compactMap { $0[tag.name] }.first ?? tag.defaultContent
        try expand(content, indentation: tag.indentation)
    }

    /// Renders a body; on a standalone line (`indentation` not nil) every line of it is indented.
    private mutating func expand(_ body: TemplateBody, indentation extra: [UInt8]?) throws(TemplateError) {
        guard let extra else {
            try render(body, standalone: false)
            return
        }
        let outer = indentation
        indentation.append(contentsOf: extra)
        try render(body, standalone: true)
        indentation = outer
    }

    private mutating func enter(at offset: Int) throws(TemplateError) {
        depth += 1
        guard depth <= library.maximumDepth else {
            throw source.error("sections and partials are nested more than \(library.maximumDepth) deep here; "
                + "does a partial include itself without end?", at: offset)
        }
    }

    /// The template a partial or parent tag names, or nil when there is none (an error in strict mode).
    private mutating func partial(_ name: PartialName, at offset: Int) throws(TemplateError) -> Template? {
        let fixedName: String
        switch name {
        case .fixed(let text):
            fixedName = text
        case .dynamic(let dynamicName):
            guard let value = try resolve(dynamicName) else { return nil }
            guard let text = value.text else {
                guard !strict else {
                    throw source.error("the dynamic name \"\(dynamicName.text)\" is \(value.kindDescription), not a template name", at: offset)
                }
                return nil
            }
            fixedName = text
        }
        if let known = partials[fixedName] { return known }
        switch library.lookUp(fixedName, typeExtension: document.typeExtension) {
        case .success(let template):
            if template == nil, strict {
                let tried = TemplateLibrary.fileNames(for: fixedName, typeExtension: document.typeExtension)
                throw source.error("partial \"\(fixedName)\" was not found (looked for \(tried.joined(separator: " and ")))", at: offset)
            }
            partials[fixedName] = template
            return template
        case .failure(.refused(let message)):
            throw source.error(message, at: offset)
        case .failure(.invalid(let error)):
            throw error
        }
    }
}

/// A value on the renderer's context. An object, what almost every section pushes, is held
/// without counting references: it is inside the values the render was given, which are
/// immutable and kept alive by the caller until rendering ends.
private enum Frame {
    case object(Unmanaged<TemplateObject>)
    case other(TemplateValue)

    init(_ value: TemplateValue) {
        if case .object(let object) = value {
            self = .object(.passUnretained(object))
        } else {
            self = .other(value)
        }
    }

    /// The value, copied.
    var value: TemplateValue {
        switch self {
        case .object(let object): return .object(object.takeUnretainedValue())
        case .other(let value): return value
        }
    }
}

/// Where a name's value is held: a key's slot in an object of the context (or inside one), or a
/// frame of the context itself (`.`).
private enum Place {
    case member(Unmanaged<TemplateObject>, Int)
    case frame(Int)
}

/// What a dotted name can look inside: an object, or a null (past which a name stays null).
private enum Container {
    case object(Unmanaged<TemplateObject>)
    case null
}

extension TemplateValue {
    /// The object this is (not retained: its holder keeps it), `.null`, or nil for any other value.
    fileprivate var objectOrNull: Container? {
        switch self {
        case .object(let object): return .object(.passUnretained(object))
        case .null: return .null
        default: return nil
        }
    }
}

// The context's lookups, apart from the renderer so that a lookup reads the context without
// copying the renderer.
fileprivate extension Array where Element == Frame {
    /// Finds the first part of `name` from the innermost context outwards, then the other parts
    /// inside it. Past a null, the value stays null. Nothing is copied: the answer is where the
    /// value is.
    @inline(__always)
    func place(of name: TemplateName) -> Place? {
        guard !name.parts.isEmpty else { return isEmpty ? nil : .frame(count - 1) }
        var found: Place?
        var frame = count
        while frame > 0 {
            frame -= 1
            if case .object(let object) = self[frame],
               let position = object._withUnsafeGuaranteedRef({ $0.shape.position(of: name, part: 0) }) {
                found = .member(object, position)
                break
            }
        }
        guard var place = found else { return nil }
        for part in name.parts.indices.dropFirst() {
            guard case .member(let holder, let position) = place else { return nil }
            switch holder._withUnsafeGuaranteedRef({ $0.values[position].objectOrNull }) {
            case .object(let object)?:
                guard let inner = object._withUnsafeGuaranteedRef({ $0.shape.position(of: name, part: part) }) else { return nil }
                place = .member(object, inner)
            case .null?:
                return place
            case nil:
                return nil
            }
        }
        return place
    }

    /// The value held at `place`, copied.
    @inline(__always)
    func value(at place: Place) -> TemplateValue {
        switch place {
        case .member(let object, let position):
            return object._withUnsafeGuaranteedRef { $0.values[position] }
        case .frame(let frame):
            return self[frame].value
        }
    }
}
