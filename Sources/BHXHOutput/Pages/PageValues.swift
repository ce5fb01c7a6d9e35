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

    var templateValue: TemplateValue {
        let whole = partValue
        guard case .object(let object) = whole else { return whole }
        let parts = parts.isEmpty ? [whole] : parts.map(\.partValue)
        return .object(TemplateObject(keys: object.keys + ["printParts", "isSplit"],
                                      values: object.values + [.array(parts), .bool(!self.parts.isEmpty)]))
    }

    /// The table's values without its parts.
    private var partValue: TemplateValue {
        [
            "caption": .string(caption), "printSize": .string(printSize), "note": .string(note),
            "headingRows": .array(headingRows.map { row in
                ["cells": .array(row.map { heading in
                    .object(TemplateObject(keys: Self.headingKeys, values: [.string(heading.text), heading.colspan.templateValue,
                                                                          heading.rowspan.templateValue, .string(heading.scope)]))
                })]
            }),
            "columns": .array(zip(columnTitles, numericColumns).map { title, numeric in
                .object(TemplateObject(keys: Self.columnKeys, values: [.string(title), .bool(numeric), .string(numeric ? "---:" : "---")]))
            }),
            "rows": .array(rows.map { row in
                .object(TemplateObject(keys: Self.rowKeys, values: [
                    .string(row.kind), .bool(row.kind == "total"), .string(row.unitCode),
                    .array(row.cells.map { cell in
                        .object(TemplateObject(keys: Self.cellKeys,
                                               values: [.string(cell.text), .string(cell.kind), .bool(cell.isRowHeading)]))
                    }),
                ]))
            }),
        ]
    }
}

extension DocumentView: TemplateRenderable {
    var templateValue: TemplateValue {
        [
            "parentAuthority": .string(parentAuthority), "authority": .string(authority), "number": .string(number),
            "placeAndDate": .string(placeAndDate), "kind": .string(kind), "subject": .string(subject),
            "bases": bases.templateValue, "hasBases": .bool(!bases.isEmpty),
            "signerAuthority": .string(signerAuthority), "signerDeputy": .string(signerDeputy),
            "signerTitle": .string(signerTitle), "signerName": .string(signerName),
            "recipients": recipients.templateValue, "hasRecipients": .bool(!recipients.isEmpty),
            "date": .string(isoDate), "attachment": .string(attachment),
            "draft": .bool(isDraft), "enactingAuthority": .string(enactingAuthority),
            "articles": .array(articles.map { ["heading": .string($0.heading), "text": .string($0.text)] }),
            "issuedWith": .string(issuedWith), "decision": .array(decision.map(\.templateValue)),
        ]
    }
}

extension PlanPageView: TemplateRenderable {
    var templateValue: TemplateValue { templateValue(appendices: appendices.map(\.templateValue)) }

    /// The document's values around its appendices' values, already built (they also render alone).
    func templateValue(appendices: [TemplateValue]) -> TemplateValue {
        [
            "id": .string(id), "document": document.templateValue, "narrativeHTML": .string(narrative.html),
            "narrativeMarkdown": .string(narrative.markdown), "areaName": .string(areaName),
            "baseYear": .integer(baseYear), "yearsText": .string(yearsText),
            "appendices": .array(appendices),
        ]
    }
}

extension PlanPageView.AppendixView: TemplateRenderable {
    var templateValue: TemplateValue {
        ["number": .integer(number), "schemeName": .string(schemeName), "title": .string(title),
         "attachment": .string(attachment), "table": table.templateValue, "csvFile": .string(csvFile),
         "markdownFile": .string(markdownFile)]
    }
}

extension ReportPageView: TemplateRenderable {
    var templateValue: TemplateValue { templateValue(schemes: schemes.map(\.templateValue)) }

    /// The document's values around its tables' values, already built (they also render alone).
    func templateValue(schemes: [TemplateValue]) -> TemplateValue {
        [
            "id": .string(id), "planID": .string(planID), "year": .integer(year), "document": document.templateValue,
            "narrativeHTML": .string(narrative.html), "narrativeMarkdown": .string(narrative.markdown),
            "areaName": .string(areaName),
            "schemes": .array(schemes),
        ]
    }
}

extension ReportPageView.SchemeResults: TemplateRenderable {
    var templateValue: TemplateValue {
        ["number": .integer(number), "schemeName": .string(schemeName), "title": .string(title),
         "sentence": .string(sentence), "statusNote": .string(statusNote),
         "belowTarget": belowTarget.templateValue, "belowTargetText": .string(belowTarget.joined(separator: "; ")),
         "hasBelowTarget": .bool(!belowTarget.isEmpty),
         "reachedText": .string(reachedText), "table": table.templateValue,
         "csvFile": .string(csvFile), "markdownFile": .string(markdownFile)]
    }
}

extension UnitPageView: TemplateRenderable {
    private static let yearKey = FiguresLine.keys(after: ["year"])
    /// The keys of every line of the children's table.
    private static let childKeys = TemplateKeys(["position", "name", "href", "cells"])

    var templateValue: TemplateValue {
        [
            "code": .string(code), "name": .string(name), "kindName": .string(kindName),
            "ancestors": ancestors.templateValue, "children": children.templateValue,
            "hasChildren": .bool(!children.isEmpty), "documents": documents.templateValue,
            "hasDocuments": .bool(!documents.isEmpty),
            "hasSchemes": .bool(!schemes.isEmpty), "hasChildSchemes": .bool(!childrenTable.schemes.isEmpty),
            "childSchemes": .array(childrenTable.schemes.map { scheme in
                ["key": .string(scheme.key), "shortName": .string(scheme.shortName), "period": .string(scheme.period),
                 "coverageHeading": .string(scheme.coverageHeading)]
            }),
            "childRows": .array(childrenTable.rows.map { row in
                .object(TemplateObject(keys: Self.childKeys, values: [.integer(row.position), .string(row.link.name),
                                                                      .string(row.link.href), .array(row.cells.map { .string($0) })]))
            }),
            "schemes": .array(schemes.map { scheme in
                ["key": .string(scheme.key), "shortName": .string(scheme.shortName), "fullName": .string(scheme.fullName),
                 "coverageHeading": .string(scheme.coverageHeading), "denominatorName": .string(scheme.denominatorName),
                 "chart": .string(scheme.chart), "childrenChart": .string(scheme.childrenChart),
                 "latestYear": .integer(scheme.latestYear), "boundaryNote": .string(scheme.boundaryNote),
                 "years": .array(scheme.years.map { line in line.figures.object(with: Self.yearKey, [.integer(line.year)]) })]
            }),
        ]
    }
}

extension SchemePageView: TemplateRenderable {
    var templateValue: TemplateValue {
        [
            "key": .string(key), "shortName": .string(shortName), "fullName": .string(fullName),
            "coverageHeading": .string(coverageHeading), "denominatorName": .string(denominatorName),
            "year": .integer(year), "chart": .string(chart), "boundaryNote": .string(boundaryNote),
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
        .object(TemplateObject(keys: keys, values: first + [
            .string(status), .string(participants), .string(denominator), .string(coverage), .string(target),
            .string(targetCoverage), .string(completion),
        ]))
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
                 "sparkline": .string(card.sparkline)]
            }),
            "units": units.templateValue, "unitCount": .string(unitCount),
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
