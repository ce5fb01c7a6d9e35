import TemplateEngine

// How each page view is handed to the templates. The keys are documented, per template, in
// docs/TEMPLATES.md; renaming one is a breaking change for users' own templates.

extension TableView: TemplateRenderable {
    /// The keys of every cell, shared by all cells (tables have thousands).
    private static let cellKeys = TemplateKeys(["text", "kind", "isRowHeading"])
    /// The keys of every row, heading cell and column, shared the same way.
    private static let rowKeys = TemplateKeys(["kind", "isTotal", "unitCode", "cells"])
    private static let headingKeys = TemplateKeys(["text", "colspan", "rowspan", "scope"])
    private static let columnKeys = TemplateKeys(["title", "numeric", "rule"])
    private static let headingRowKeys = TemplateKeys(["cells"])
    /// The keys of a table without its parts (each print part), and of the whole table.
    private static let partKeys = ["caption", "printSize", "note", "headingRows", "columns", "rows"]
    private static let printPartKeys = TemplateKeys(partKeys)
    private static let tableKeys = TemplateKeys(partKeys + ["printParts", "isSplit"])

    /// The whole table's values and its parts'; a part's cells are the whole table's cell objects
    /// (the national plans' tables print in two or three parts each, so this builds and frees each
    /// cell once, not twice).
    var templateValue: TemplateValue {
        let cells = rows.map { $0.cells.map(Self.cellValue) }
        let values = partValues(cells: cells)
        let parts: [TemplateValue] = parts.isEmpty ? [.object(TemplateObject(keys: Self.printPartKeys, values: values))]
            : parts.map { .object(TemplateObject(keys: Self.printPartKeys, values: $0.partValues(cells: $0.cells(sharing: cells)))) }
        return .object(TemplateObject(keys: Self.tableKeys, values: values + [.array(parts), .bool(!self.parts.isEmpty)]))
    }

    /// One body cell's object.
    private static func cellValue(_ cell: CellView) -> TemplateValue {
        .object(TemplateObject(keys: cellKeys, values: [.string(cell.text), .string(cell.kind), .bool(cell.isRowHeading)]))
    }

    /// The cell objects of this part's rows: those of the whole table (`whole`, row by row) where
    /// the part shows the same cell (`isSameCell`), built anew only where its position may change
    /// what it is.
    private func cells(sharing whole: [[TemplateValue]]) -> [[TemplateValue]] {
        zip(rows, whole).map { row, wholeCells in
            Self.partRow(wholeCells, columns: wholeColumns) { Self.cellValue(row.cells[$0]) }
        }
    }

    /// The table's values without its parts, in the order of `partKeys`, its rows with `cells`
    /// (each row's cell objects).
    private func partValues(cells: [[TemplateValue]]) -> [TemplateValue] {
        [
            .string(caption), .string(printSize), .string(note),
            .array(headingRows.map { row in
                .object(TemplateObject(keys: Self.headingRowKeys, values: [.array(row.map { heading in
                    .object(TemplateObject(keys: Self.headingKeys, values: [.string(heading.text), heading.colspan.templateValue,
                                                                          heading.rowspan.templateValue, .string(heading.scope)]))
                })]))
            }),
            .array(zip(columnTitles, numericColumns).map { title, numeric in
                .object(TemplateObject(keys: Self.columnKeys, values: [.string(title), .bool(numeric), .string(numeric ? "---:" : "---")]))
            }),
            .array(zip(rows, cells).map { row, cells in
                .object(TemplateObject(keys: Self.rowKeys, values: [
                    .string(row.kind), .bool(row.kind == "total"), .string(row.unitCode), .array(cells),
                ]))
            }),
        ]
    }
}

extension DocumentView: TemplateRenderable {
    private static let keys = TemplateKeys([
        "parentAuthority", "authority", "number", "placeAndDate", "kind", "subject", "bases", "hasBases",
        "signerAuthority", "signerDeputy", "signerTitle", "signerName", "recipients", "hasRecipients",
        "date", "attachment", "draft", "enactingAuthority", "articles", "issuedWith", "decision",
    ])
    private static let articleKeys = TemplateKeys(["heading", "text"])

    var templateValue: TemplateValue {
        .object(TemplateObject(keys: Self.keys, values: [
            .string(parentAuthority), .string(authority), .string(number),
            .string(placeAndDate), .string(kind), .string(subject),
            bases.templateValue, .bool(!bases.isEmpty),
            .string(signerAuthority), .string(signerDeputy),
            .string(signerTitle), .string(signerName),
            recipients.templateValue, .bool(!recipients.isEmpty),
            .string(isoDate), .string(attachment),
            .bool(isDraft), .string(enactingAuthority),
            .array(articles.map { .object(TemplateObject(keys: Self.articleKeys, values: [.string($0.heading), .string($0.text)])) }),
            .string(issuedWith), .array(decision.map(\.templateValue)),
        ]))
    }
}

extension PlanPageView: TemplateRenderable {
    var templateValue: TemplateValue { templateValue(appendices: appendices.map(\.templateValue)) }

    /// The document's values around its appendices' values, already built (they also render alone).
    func templateValue(appendices: [TemplateValue]) -> TemplateValue {
        .object(TemplateObject(keys: Self.keys, values: [
            .string(id), document.templateValue, .string(narrative.html),
            .string(narrative.markdown), .string(areaName),
            .integer(baseYear), .string(yearsText),
            .array(appendices),
        ]))
    }

    private static let keys = TemplateKeys([
        "id", "document", "narrativeHTML", "narrativeMarkdown", "areaName", "baseYear", "yearsText", "appendices",
    ])
}

extension PlanPageView.AppendixView: TemplateRenderable {
    private static let keys = TemplateKeys(["number", "schemeName", "title", "attachment", "table", "csvFile", "markdownFile"])

    var templateValue: TemplateValue {
        .object(TemplateObject(keys: Self.keys, values: [
            .integer(number), .string(schemeName), .string(title),
            .string(attachment), table.templateValue, .string(csvFile),
            .string(markdownFile),
        ]))
    }
}

extension ReportPageView: TemplateRenderable {
    var templateValue: TemplateValue { templateValue(schemes: schemes.map(\.templateValue)) }

    /// The document's values around its tables' values, already built (they also render alone).
    func templateValue(schemes: [TemplateValue]) -> TemplateValue {
        .object(TemplateObject(keys: Self.keys, values: [
            .string(id), .string(planID), .integer(year), document.templateValue,
            .string(narrative.html), .string(narrative.markdown),
            .string(areaName),
            .array(schemes),
        ]))
    }

    private static let keys = TemplateKeys([
        "id", "planID", "year", "document", "narrativeHTML", "narrativeMarkdown", "areaName", "schemes",
    ])
}

extension ReportPageView.SchemeResults: TemplateRenderable {
    private static let keys = TemplateKeys([
        "number", "schemeName", "title", "sentence", "statusNote", "belowTarget", "belowTargetText",
        "hasBelowTarget", "reachedText", "table", "csvFile", "markdownFile",
    ])

    var templateValue: TemplateValue {
        .object(TemplateObject(keys: Self.keys, values: [
            .integer(number), .string(schemeName), .string(title),
            .string(sentence), .string(statusNote),
            belowTarget.templateValue, .string(belowTarget.joined(separator: "; ")),
            .bool(!belowTarget.isEmpty),
            .string(reachedText), table.templateValue,
            .string(csvFile), .string(markdownFile),
        ]))
    }
}

extension ChildrenTable {
    /// The keys of every line of the table.
    private static let rowKeys = TemplateKeys(["position", "name", "href", "cells"])
    private static let schemeKeys = TemplateKeys(["key", "href", "shortName", "period", "coverageHeading"])

    /// `childSchemes` of the `children-table` partial.
    var schemesValue: TemplateValue {
        .array(schemes.map { scheme in
            .object(TemplateObject(keys: Self.schemeKeys, values: [
                .string(scheme.key), .string(scheme.href), .string(scheme.shortName),
                .string(scheme.period), .string(scheme.coverageHeading),
            ]))
        })
    }

    /// `childRows` of the `children-table` partial.
    var rowsValue: TemplateValue {
        .array(rows.map { row in
            .object(TemplateObject(keys: Self.rowKeys, values: [.integer(row.position), .string(row.link.name),
                                                                 .string(row.link.href), .array(row.cells.map { .string($0) })]))
        })
    }
}

extension UnitPageView: TemplateRenderable {
    private static let yearKey = FiguresLine.keys(after: ["year"])
    private static let keys = TemplateKeys([
        "code", "name", "kindName", "ancestors", "children", "hasChildren", "documents", "hasDocuments",
        "hasSchemes", "hasChildSchemes", "childSchemes", "childRows", "childrenOf", "schemes",
    ])
    private static let schemeKeys = TemplateKeys([
        "key", "shortName", "fullName", "coverageHeading", "denominatorName", "chart", "childrenChart",
        "latestYear", "boundaryNote", "years",
    ])

    var templateValue: TemplateValue {
        .object(TemplateObject(keys: Self.keys, values: [
            .string(code), .string(name), .string(kindName),
            ancestors.templateValue, children.templateValue,
            .bool(!children.isEmpty), documents.templateValue,
            .bool(!documents.isEmpty),
            .bool(!schemes.isEmpty), .bool(!childrenTable.schemes.isEmpty),
            childrenTable.schemesValue, childrenTable.rowsValue, .string(name),
            .array(schemes.map { scheme in
                .object(TemplateObject(keys: Self.schemeKeys, values: [
                    .string(scheme.key), .string(scheme.shortName), .string(scheme.fullName),
                    .string(scheme.coverageHeading), .string(scheme.denominatorName),
                    .utf8(scheme.chart), .utf8(scheme.childrenChart),
                    .integer(scheme.latestYear), .string(scheme.boundaryNote),
                    .array(scheme.years.map { line in line.figures.object(with: Self.yearKey, [.integer(line.year)]) }),
                ]))
            }),
        ]))
    }
}

extension SchemePageView: TemplateRenderable {
    var templateValue: TemplateValue {
        [
            "key": .string(key), "shortName": .string(shortName), "fullName": .string(fullName),
            "coverageHeading": .string(coverageHeading), "denominatorName": .string(denominatorName),
            "year": .integer(year), "chart": .utf8(chart), "boundaryNote": .string(boundaryNote),
            "lines": lines.templateValue, "total": total.templateValue,
        ]
    }
}

extension SchemePageView.Line: TemplateRenderable {
    private static let keys = FiguresLine.keys(after: ["position", "name", "href"])

    var templateValue: TemplateValue {
        figures.object(with: Self.keys, [.integer(position), .string(link.name), .string(link.href)])
    }
}

extension FiguresLine {
    /// `first` followed by the keys of the figures, for `object(with:_:)`; made once per caller.
    static func keys(after first: [String]) -> TemplateKeys {
        TemplateKeys(first + ["status", "participants", "denominator", "coverage", "target", "targetCoverage", "completion"])
    }

    /// The figures as an object, after the values `first` (their keys lead `keys`).
    func object(with keys: TemplateKeys, _ first: [TemplateValue]) -> TemplateValue {
        // Appended one by one into an array of the final size: joining two arrays here cost a
        // unit page more than all its other values.
        var values: [TemplateValue] = []
        values.reserveCapacity(first.count + 7)
        for value in first { values.append(value) }
        values.append(.string(status))
        values.append(.string(participants))
        values.append(.string(denominator))
        values.append(.string(coverage))
        values.append(.string(target))
        values.append(.string(targetCoverage))
        values.append(.string(completion))
        return .object(TemplateObject(keys: keys, values: values))
    }
}

extension PageLink: TemplateRenderable {
    /// The keys of every link, shared by all links.
    private static let keys = TemplateKeys(["name", "href"])

    var templateValue: TemplateValue { .object(TemplateObject(keys: Self.keys, values: [.string(name), .string(href)])) }
}

extension IndexPageView: TemplateRenderable {
    var templateValue: TemplateValue {
        let document = { (line: DocumentLine) -> TemplateValue in
            ["title": .string(line.title), "number": .string(line.number), "date": .string(line.date),
             "areaName": .string(line.areaName), "years": .string(line.years), "period": .string(line.period),
             "href": .string(line.href)]
        }
        return [
            "plans": .array(plans.map(document)), "reports": .array(reports.map(document)),
            "hasReports": .bool(!reports.isEmpty), "dataYears": .string(dataYears), "planYears": .string(planYears),
            "dataYearsPhrase": .string(dataYearsPhrase), "planYearsPhrase": .string(planYearsPhrase), "areaName": .string(areaName),
            "boundaryNote": .string(boundaryNote),
            "cards": .array(cards.map { card in
                ["key": .string(card.key), "shortName": .string(card.shortName), "year": .integer(card.year),
                 "status": .string(card.status), "participants": .string(card.participants), "coverage": .string(card.coverage),
                 "coverageOf": .string(card.coverageOf), "growth": .string(card.growth), "summary": .string(card.summary),
                 "sparkline": .utf8(card.sparkline)]
            }),
            "units": units.templateValue, "unitCount": .string(unitCount),
            "hasChildSchemes": .bool(childrenTable.map { !$0.schemes.isEmpty && !$0.rows.isEmpty } ?? false),
            "childSchemes": childrenTable?.schemesValue ?? .array([]), "childRows": childrenTable?.rowsValue ?? .array([]),
            "childrenOf": .string(areaName),
            "sparklineScale": .string(sparklineScale),
        ]
    }
}

extension UnitIndexView: TemplateRenderable {
    /// The keys of every entry, shared by all entries (the national list has thousands).
    private static let entryKeys = TemplateKeys(["code", "name", "province"])

    var templateValue: TemplateValue {
        [
            "count": .string(count), "hasProvinces": .bool(groups.contains { !$0.code.isEmpty }),
            "groups": .array(groups.map { group in
                ["code": .string(group.code), "name": .string(group.name), "hasUnits": .bool(!group.entries.isEmpty),
                 "units": .array(group.entries.map { entry in
                     .object(TemplateObject(keys: Self.entryKeys, values: [.string(entry.code), .string(entry.name), .string(entry.province)]))
                 })]
            }),
        ]
    }
}
