import BHXHCore

/// The pages of the summary site: `index.html`, `style.css`, a page per scheme and per unit, and
/// the list of all units (`units/index.html`) with its search script (`search.js`).
enum SiteFiles {
    /// Units rendered by one job: enough to keep the cores busy without a job per page.
    static let unitsPerJob = 64

    /// The home page and the style sheet.
    static func writeHome(_ model: SiteModel, to sink: OutputSink, with renderer: PageRenderer) throws(OutputError) {
        try sink.put(renderer.file("style.css"), "style.css")
        try sink.put(renderer.render("index.html", IndexPageView(model: model), root: ""), "index.html")
    }

    /// The list of every unit and the script of its search box.
    static func writeUnitIndex(_ model: SiteModel, to sink: OutputSink, with renderer: PageRenderer) throws(OutputError) {
        try sink.put(renderer.file("search.js"), "search.js")
        try sink.put(renderer.render("units.html", UnitIndexView(tree: model.tree), root: "../"), "units/index.html")
    }

    /// The page of one scheme.
    static func writeScheme(_ scheme: Scheme, _ model: SiteModel, to sink: OutputSink, with renderer: PageRenderer) throws(OutputError) {
        try sink.put(renderer.render("scheme.html", SchemePageView(scheme, model: model), root: "../"), "schemes/\(scheme.rawValue).html")
    }

    /// The pages of the units at `positions` of the tree.
    static func writeUnits(_ positions: Range<Int>, _ model: SiteModel, to sink: OutputSink, with renderer: PageRenderer) throws(OutputError) {
        for index in positions {
            let page = UnitPageView(index, model: model)
            try sink.put(renderer.render("unit.html", page, root: "../"), "units/\(page.code).html")
        }
    }
}
