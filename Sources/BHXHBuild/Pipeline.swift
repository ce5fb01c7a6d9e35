import BHXHCore
import BHXHInput
import BHXHOutput
import Foundation

/// The whole build in one call: load → validate → compute → render → publish. Nothing is
/// published unless every step succeeded; the previous output then stays exactly as it was.
public enum Pipeline {
    /// Loads, checks and computes a project without writing anything (`bhxh-report validate`).
    /// The figures are nil when an error (or, with `strict`, a warning) was found.
    public static func check(input: URL, displayPath: String, strict: Bool) -> (ProjectFigures?, [Diagnostic]) {
        let loaded = ProjectLoader(folder: input, displayPath: displayPath).load()
        var diagnostics = loaded.diagnostics
        guard let project = loaded.project, !stops(diagnostics, strict: strict) else { return (nil, diagnostics) }
        let (figures, problems) = ProjectFigures.compute(project)
        diagnostics += problems
        return (stops(diagnostics, strict: strict) ? nil : figures, diagnostics)
    }

    /// Builds the output folder; `progress` hears a line per plan and report as they are done.
    /// An output folder that must not be replaced is refused before anything is read or written.
    public static func build(_ request: BuildRequest, progress: (String) -> Void = { _ in }) -> BuildOutcome {
        let placement = OutputPlacement(request.output, shown: request.outputDisplayPath)
        if let refusal = placement.refusal(guarding: guardedFolders(request), replaceable: request.force ? .any : .buildOutput) {
            return BuildOutcome(diagnostics: [], failure: .refused(refusal))
        }
        let (checked, diagnostics) = check(input: request.input, displayPath: request.inputDisplayPath, strict: request.strict)
        guard let figures = checked else { return BuildOutcome(diagnostics: diagnostics, failure: .input) }
        do throws(OutputError) {
            let staging: OutputStaging
            do {
                staging = try OutputStaging(destination: placement.destination, shown: request.outputDisplayPath)
            } catch {
                if error.kind == .busy { return BuildOutcome(diagnostics: diagnostics, failure: .busy(error.description)) }
                throw .publish(error)
            }
            let sink = CountingSink(wrapping: staging)
            do throws(OutputError) {
                try OutputBuilder(figures: figures, options: request.options).write(to: sink)
                do {
                    try staging.commit()
                } catch {
                    throw .publish(error)
                }
            } catch {
                staging.discard()
                throw error
            }
            for plan in figures.plans {
                progress("plan \(plan.plan.id): \(plan.appendices.count + plan.sideBySide.count) appendices, \(plan.appendices.first?.rows.count ?? 0) units")
            }
            for report in figures.reports {
                progress("report \(report.report.id): \(report.tables.count) tables for \(report.report.year)")
            }
            return BuildOutcome(diagnostics: diagnostics, plans: figures.plans.count, reports: figures.reports.count,
                                files: sink.count, bytes: sink.bytes)
        } catch {
            return BuildOutcome(diagnostics: diagnostics, failure: .output(error.description))
        }
    }

    /// The folders the output must keep clear of: the project and every templates folder.
    static func guardedFolders(_ request: BuildRequest) -> [GuardedFolder] {
        var project = request.inputDisplayPath
        while project.count > 1, project.hasSuffix("/") { project.removeLast() }
        let suggestion = [".", "..", "/"].contains(project) || project.hasSuffix("/..") ? nil : "\(project)-output"
        return [GuardedFolder(request.input, shown: "the project folder \(request.inputDisplayPath)", suggestion: suggestion)]
            + request.options.templateFolders.map { GuardedFolder($0, shown: "the templates folder \($0.path)") }
    }

    /// True when the diagnostics stop a build: any error, or any warning under `strict`.
    static func stops(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || strict }
    }
}
