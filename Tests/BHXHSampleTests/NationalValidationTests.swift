import BHXHBuild
import BHXHCore
import BHXHSample
import Foundation
import Testing

extension NationalSampleTests {
    /// The whole national sample, written to disk, read back and computed as `bhxh-report validate` would.
    @Suite struct NationalValidationTests {
        @Test func theNationalSampleHasNoErrorsAndNoWarnings() async throws {
            let (figures, diagnostics) = await SharedSamples.nationalCheck.value()
            #expect(diagnostics.isEmpty, "\(diagnostics.prefix(10).map(\.description).joined(separator: "\n"))")
            let computed = try #require(figures)
            #expect(computed.plans.count == 34)
            #expect(computed.reports.count == 34)
            #expect(computed.plans.allSatisfy { $0.appendices.count == 4 })
            let schemes = Set(computed.project.plans.flatMap { $0.appendices.map(\.scheme) })
            #expect(schemes.count == 4)
        }

        @Test func thePlansUseAllFourTargetMethodsAndBothAllocations() async throws {
            let plans = try #require(await SharedSamples.nationalCheck.value().figures).project.plans
            let rules = plans.flatMap { plan in plan.appendices.flatMap { [$0.target] + $0.overrides.map(\.rule) } }
            #expect(Set(rules.map(\.method.name)) == ["growth", "coverage", "total", "values"])
            let allocations = Set(rules.compactMap { rule -> TargetMethod.Allocation? in
                if case .total(_, let allocation) = rule.method { allocation } else { nil }
            })
            #expect(allocations == Set(TargetMethod.Allocation.allCases))
            #expect(Set(plans.map(\.carry)) == Set(CarryMode.allCases))
        }
    }
}
