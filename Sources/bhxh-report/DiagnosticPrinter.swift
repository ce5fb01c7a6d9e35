import BHXHCore

/// Prints problems as `path:line:column: error: message`, then how many there were.
struct DiagnosticPrinter {
    let console: Console

    /// Prints every diagnostic in order and, when there are any, a count; under `strict`
    /// warnings are printed as errors.
    func print(_ diagnostics: [Diagnostic], strict: Bool) {
        var errors = 0
        var warnings = 0
        for var diagnostic in diagnostics {
            if strict { diagnostic.severity = .error }
            if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
            console.message(diagnostic.description)
        }
        guard errors + warnings > 0 else { return }
        var parts: [String] = []
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        console.message(parts.joined(separator: " and ") + " found.")
    }
}
