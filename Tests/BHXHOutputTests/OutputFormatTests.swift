import BHXHOutput
import Testing

/// Reading the list of `--formats`.
@Suite struct OutputFormatTests {
    @Test func aListNamesFormatsInAnyOrderAndCase() throws {
        #expect(try OutputFormat.parse("xlsx, HTML,csv,csv").get() == [.xlsx, .html, .csv])
    }

    @Test func anUnknownOrEmptyNameIsRefusedWithTheKnownOnes() {
        for (list, start) in [("html,pdf", "unknown format \"pdf\""), ("html,", "an empty format name")] {
            guard case .failure(let error) = OutputFormat.parse(list) else {
                Issue.record("\(list) was accepted")
                continue
            }
            #expect(error.description == "\(start) in --formats; the formats are html, md, csv, docx and xlsx, separated by commas")
        }
    }
}
