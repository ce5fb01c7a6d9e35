// swift-tools-version:6.0
import PackageDescription

// Data flows one way: load (BHXHInput) → validate → compute (BHXHCore) → render → publish (BHXHOutput);
// BHXHBuild runs those steps in one call for the command line and the benchmarks.
// The generic modules (DelimitedText, LocatedJSON, TemplateEngine, MarkdownRenderer, VietnameseFormat,
// ZipArchive, OfficePackage, WordDocument, Spreadsheet, AdministrativeRegister) know nothing of social insurance.
let package = Package(
    name: "bhxh-report",
    products: [
        .executable(name: "bhxh-report", targets: ["bhxh-report"]),
    ],
    targets: [
        // Generic building blocks.
        .target(name: "VietnameseFormat"),
        .target(name: "LocatedJSON"),
        .target(name: "DelimitedText"),
        .target(name: "TemplateEngine", dependencies: ["VietnameseFormat", "LocatedJSON"]),
        .target(name: "MarkdownRenderer"),
        // ZIP archives with our own DEFLATE and CRC-32: the container of .docx and .xlsx.
        .target(name: "ZipArchive"),
        // Open Packaging Conventions: parts, content types, relationships, XML; zipped by ZipArchive.
        .target(name: "OfficePackage", dependencies: ["ZipArchive"]),
        // Vietnam's official registers of units (before and since July 2025) and the old→new
        // conversion tables, shipped as data files and read at run time.
        .target(name: "AdministrativeRegister", dependencies: ["DelimitedText", "VietnameseFormat"],
                resources: [.copy("register")]),
        // Word documents (WordprocessingML): sections, styles, paragraphs, tables, lists.
        .target(name: "WordDocument", dependencies: ["OfficePackage"]),
        // Excel workbooks (SpreadsheetML): sheets, cells, styles, merges, print setup; on OfficePackage.
        .target(name: "Spreadsheet", dependencies: ["OfficePackage"]),

        // The domain: units, datasets, plans, target methods, computed tables. Pure, no I/O.
        .target(name: "BHXHCore", dependencies: ["VietnameseFormat"]),
        // Reading and validating a project folder.
        .target(name: "BHXHInput", dependencies: ["BHXHCore", "DelimitedText", "LocatedJSON", "VietnameseFormat"]),
        // CSV, Markdown, HTML documents, charts, the site, atomic publishing.
        .target(name: "BHXHOutput", dependencies: [
            "BHXHCore", "DelimitedText", "TemplateEngine", "MarkdownRenderer", "VietnameseFormat",
            "OfficePackage", "WordDocument", "Spreadsheet", "ZipArchive",
        ]),
        // The pipeline in one call: load → validate → compute → render → publish.
        .target(name: "BHXHBuild", dependencies: ["BHXHCore", "BHXHInput", "BHXHOutput"]),
        // A made-up national project folder for trying the tool, and the benchmarks, at full size.
        .target(name: "BHXHSample", dependencies: [
            "AdministrativeRegister", "BHXHCore", "BHXHOutput", "DelimitedText", "LocatedJSON", "VietnameseFormat",
        ]),
        // `bhxh-report init`: a province's project folder from the official register.
        .target(name: "BHXHInit", dependencies: [
            "AdministrativeRegister", "BHXHInput", "BHXHSample", "DelimitedText", "LocatedJSON", "VietnameseFormat",
        ]),
        // Re-checking published appendix tables.
        .target(name: "BHXHAudit", dependencies: ["BHXHCore", "DelimitedText", "VietnameseFormat"]),

        // The command line: arguments, progress, exit codes.
        .executableTarget(name: "bhxh-report", dependencies: [
            "BHXHCore", "BHXHInput", "BHXHOutput", "BHXHBuild", "BHXHAudit", "BHXHSample", "TemplateEngine", "LocatedJSON",
            "BHXHInit", "AdministrativeRegister",
        ]),

        // Benchmarks (release build, medians); not part of `swift test`.
        .executableTarget(name: "bhxh-bench", dependencies: [
            "BHXHCore", "BHXHInput", "BHXHOutput", "BHXHBuild", "BHXHSample", "TemplateEngine", "DelimitedText", "LocatedJSON",
            "ZipArchive", "BHXHAudit", "AdministrativeRegister", "VietnameseFormat",
        ]),

        .testTarget(name: "VietnameseFormatTests", dependencies: ["VietnameseFormat"]),
        .testTarget(name: "LocatedJSONTests", dependencies: ["LocatedJSON"]),
        .testTarget(name: "DelimitedTextTests", dependencies: ["DelimitedText"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine", "LocatedJSON"],
                    exclude: ["mustache-spec"]),
        .testTarget(name: "MarkdownRendererTests", dependencies: ["MarkdownRenderer"]),
        // Test-only readers of what the writers make (an independent INFLATE and a strict ZIP reader).
        .target(name: "ZipReading", path: "Tests/Support/ZipReading"),
        // A value made once per test process for the tests that share it, awaited without holding a thread.
        .target(name: "SharedFixture", path: "Tests/Support/SharedFixture"),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive", "ZipReading"]),
        .testTarget(name: "OfficePackageTests", dependencies: ["OfficePackage", "ZipReading"]),
        .testTarget(name: "AdministrativeRegisterTests", dependencies: ["AdministrativeRegister"]),
        .testTarget(name: "WordDocumentTests", dependencies: ["WordDocument", "OfficePackage", "ZipReading"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "OfficePackage", "ZipReading"]),
        .testTarget(name: "BHXHCoreTests", dependencies: ["BHXHCore", "VietnameseFormat"]),
        .testTarget(name: "BHXHInputTests", dependencies: ["BHXHInput", "BHXHCore"]),
        .testTarget(name: "BHXHOutputTests", dependencies: ["BHXHOutput", "BHXHCore", "BHXHInput", "MarkdownRenderer", "WordDocument"]),
        .testTarget(name: "BHXHBuildTests", dependencies: [
            "BHXHBuild", "BHXHCore", "BHXHOutput", "DelimitedText", "VietnameseFormat", "ZipReading", "SharedFixture",
        ]),
        .testTarget(name: "BHXHAuditTests", dependencies: ["BHXHAudit", "BHXHCore", "BHXHBuild", "BHXHOutput", "VietnameseFormat"]),
        .testTarget(name: "BHXHSampleTests", dependencies: [
            "BHXHSample", "BHXHBuild", "BHXHInput", "BHXHCore", "BHXHOutput", "DelimitedText", "SharedFixture",
        ]),
        .testTarget(name: "BHXHInitTests", dependencies: ["BHXHInit", "AdministrativeRegister", "BHXHBuild", "BHXHInput"]),
        .testTarget(name: "CommandLineTests", dependencies: ["bhxh-report", "SharedFixture"]),
    ]
)
