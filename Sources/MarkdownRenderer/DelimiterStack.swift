/// Emphasis and strong emphasis, resolved with CommonMark's delimiter-run algorithm
/// (flanking rules, the rule of three, and the "openers bottom" bound that keeps it linear).
struct DelimiterStack {
    /// Which span a matched pair of delimiters makes.
    enum Span { case emphasis, strong }

    /// A run of `*` or `_` characters and what became of them.
    struct Run {
        /// `*` or `_`.
        let character: Character
        /// The run's length in the source.
        let length: Int
        /// Whether the run may open, and close, a span.
        let canOpen: Bool, canClose: Bool
        /// Characters not used by any span, written as literal text.
        var remaining: Int
        /// Spans this run closes, innermost first, then spans it opens, innermost first.
        var closes: [Span] = [], opens: [Span] = []
        /// Neighbours while the run is still on the stack.
        var previous: Int?, next: Int?
    }

    /// Every run met so far, in source order; tokens refer to them by index.
    private(set) var runs: [Run] = []
    private var top: Int?

    /// Adds the run of `length` `character`s found between `before` and `after` (nil: start or end of
    /// the text); returns its index.
    mutating func push(_ character: Character, length: Int, before: Character?, after: Character?) -> Int {
        let whitespaceBefore = before?.isWhitespace ?? true, whitespaceAfter = after?.isWhitespace ?? true
        let punctuationBefore = before?.isPunctuationOrSymbol ?? false
        let punctuationAfter = after?.isPunctuationOrSymbol ?? false
        let leftFlanking = !whitespaceAfter && (!punctuationAfter || whitespaceBefore || punctuationBefore)
        let rightFlanking = !whitespaceBefore && (!punctuationBefore || whitespaceAfter || punctuationAfter)
        let canOpen: Bool, canClose: Bool
        if character == "_" {
            canOpen = leftFlanking && (!rightFlanking || punctuationBefore)
            canClose = rightFlanking && (!leftFlanking || punctuationAfter)
        } else {
            canOpen = leftFlanking
            canClose = rightFlanking
        }
        let index = runs.count
        runs.append(Run(character: character, length: length, canOpen: canOpen, canClose: canClose,
                        remaining: length, previous: top))
        if let top { runs[top].next = index }
        top = index
        return index
    }

    /// The index of the last run pushed so far, or -1: the bottom to pass to `resolve(above:)` later.
    var mark: Int { runs.count - 1 }

    /// Matches openers with closers among the runs after `bottom` still on the stack, then takes
    /// them all off the stack (unmatched characters stay literal).
    mutating func resolve(above bottom: Int) {
        var openersBottom = [Int](repeating: bottom, count: 12)
        var current = firstRun(above: bottom)
        while let closerIndex = current {
            let closer = runs[closerIndex]
            guard closer.canClose else {
                current = closer.next
                continue
            }
            let key = (closer.character == "*" ? 0 : 6) + (closer.length % 3) * 2 + (closer.canOpen ? 1 : 0)
            if let openerIndex = opener(for: closer, above: openersBottom[key]) {
                current = match(opener: openerIndex, closer: closerIndex)
            } else {
                openersBottom[key] = closer.previous ?? bottom
                if !closer.canOpen { remove(closerIndex) }
                current = closer.next
            }
        }
        while let last = top, last > bottom { remove(last) }
    }

    private func firstRun(above bottom: Int) -> Int? {
        var first: Int?
        var candidate = top
        while let index = candidate, index > bottom {
            first = index
            candidate = runs[index].previous
        }
        return first
    }

    private func opener(for closer: Run, above floor: Int) -> Int? {
        var candidate = closer.previous
        while let index = candidate, index > floor {
            let opener = runs[index]
            if opener.character == closer.character, opener.canOpen {
                let bothCanBeEither = opener.canClose || closer.canOpen
                let ruleOfThree = bothCanBeEither && (opener.length + closer.length) % 3 == 0
                    && !(opener.length % 3 == 0 && closer.length % 3 == 0)
                if !ruleOfThree { return index }
            }
            candidate = opener.previous
        }
        return nil
    }

    /// Records a span between the two runs, drops the runs between them; returns the run to look at next.
    private mutating func match(opener: Int, closer: Int) -> Int? {
        let span: Span = runs[opener].remaining >= 2 && runs[closer].remaining >= 2 ? .strong : .emphasis
        let used = span == .strong ? 2 : 1
        runs[opener].remaining -= used
        runs[opener].opens.append(span)
        runs[closer].remaining -= used
        runs[closer].closes.append(span)
        runs[opener].next = closer
        runs[closer].previous = opener
        if runs[opener].remaining == 0 { remove(opener) }
        guard runs[closer].remaining == 0 else { return closer }
        let next = runs[closer].next
        remove(closer)
        return next
    }

    private mutating func remove(_ index: Int) {
        let previous = runs[index].previous, next = runs[index].next
        if let previous { runs[previous].next = next }
        if let next { runs[next].previous = previous }
        if top == index { top = previous }
    }
}
