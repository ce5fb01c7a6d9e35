import Testing
@testable import BHXHInput

@Suite struct SuggestionTests {
    @Test(arguments: [("build", "build", 0), ("biuld", "build", 1), ("buld", "build", 1), ("bild", "build", 1),
                      ("validate", "build", 6), ("", "abc", 3), ("abc", "", 3), ("ca", "abc", 3)])
    func editDistanceCountsSwapsAsOneEdit(a: String, b: String, distance: Int) {
        #expect(Suggestion.editDistance(a, b) == distance)
    }

    @Test func closestOnlyWhenCloseEnough() {
        #expect(Suggestion.closest(to: "parnet", among: ["parent", "name"]) == "parent")
        #expect(Suggestion.closest(to: "BHXH", among: ["parent", "name"]) == nil)
        #expect(Suggestion.list(["a", "b", "c"]) == "a, b or c")
    }

    @Test func theNearestCandidateWinsAndTheFirstOfEquals() {
        // XHNI-001 is 2 edits from HNI-002 (drop X, 2 → 1) and 1 from HNI-001.
        #expect(Suggestion.closest(to: "XHNI-001", among: ["HNI-002", "HNI-001", "HNI-011"]) == "HNI-001")
        #expect(Suggestion.closest(to: "HNI-00", among: ["HNI-002", "HNI-001"]) == "HNI-002")
        #expect(Suggestion.closest(to: "HNI-0O1", among: ["HNI-002", "hni-0o1", "HNI-001"]) == "hni-0o1")
        #expect(Suggestion.closest(to: "ratse", among: ["method", "rates", "totals"]) == "rates")
    }

    @Test func wordsLongerThan64CharactersAreNotCompared() {
        // Bounded work: a 65-character word is a typo of nothing, however close a candidate is.
        let long = String(repeating: "a", count: 65)
        #expect(Suggestion.closest(to: long + "b", among: [long]) == nil)
        #expect(Suggestion.closest(to: long, among: [long + "b"]) == nil)
        let fits = String(repeating: "a", count: 63)
        #expect(Suggestion.closest(to: fits + "b", among: [fits + "c"]) == fits + "c")
        #expect(Suggestion.closest(to: String(repeating: "Q", count: 10_000_000), among: ["HNI"]) == nil)
    }

    @Test func onlyTheFirst10000CandidatesAreCompared() {
        let others = (0..<10_000).map { "unit-\($0)-xxxxxxxxxx" }
        #expect(Suggestion.closest(to: "BK-TPP", among: others + ["BK-TP"]) == nil)
        #expect(Suggestion.closest(to: "BK-TPP", among: Array(others.dropLast()) + ["BK-TP"]) == "BK-TP")
    }
}
