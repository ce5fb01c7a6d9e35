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
}
