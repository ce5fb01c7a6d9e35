import Testing
@testable import bhxh_report

@Suite struct UsageTests {
    @Test func versionAndHelp() {
        let version = run(["--version"])
        #expect(version.status == 0)
        #expect(version.console.standardOutput == "bhxh-report \(CommandLineTool.version)\n")
        let help = run(["--help"])
        #expect(help.status == 0)
        #expect(help.console.standardOutput.contains("bhxh-report validate --input tinh-x"))
        let buildHelp = run(["build", "--help"])
        #expect(buildHelp.console.standardOutput.contains("--csv-dialect NAME"))
        #expect(run(["help", "validate"]).console.standardOutput.hasPrefix("Check a project"))
    }

    @Test func usageMistakesExitWithTwoAndASuggestion() {
        let unknownCommand = run(["biuld"])
        #expect(unknownCommand.status == 2)
        #expect(unknownCommand.console.messages.first == "bhxh-report: error: unknown command \"biuld\"; did you mean \"build\"?")
        let unknownOption = run(["build", "--ouput", "x"])
        #expect(unknownOption.status == 2)
        #expect(unknownOption.console.messages.first == "bhxh-report: error: unknown option --ouput; did you mean --output?")
        let missingValue = run(["--input"])
        #expect(missingValue.status == 2)
        #expect(missingValue.console.messages.first == "bhxh-report: error: --input needs a value (--input DIR)")
        let dialect = run(["build", "--csv-dialect", "excel"])
        #expect(dialect.status == 2)
        #expect(dialect.console.messages.first == "bhxh-report: error: unknown CSV dialect \"excel\"; use rfc4180 or vi")
        #expect(run(["validate", "extra"]).status == 2)
    }
}
