/// How a sheet prints: paper, orientation, scaling to the page, margins and running heads.
public struct PageSetup: Hashable, Sendable {
    /// Excel's paper size code: 9 is A4.
    public var paperSize: Int
    /// Landscape rather than portrait.
    public var landscape: Bool
    /// Pages across and down the printout is shrunk to (0: as many as needed); nil to print at
    /// 100 %. `FitToPage(width: 1, height: 0)` is "one page wide".
    public var fitToPage: FitToPage?
    /// The margins.
    public var margins: PageMargins
    /// Centre the printout between the left and right margins.
    public var centredHorizontally: Bool
    /// The running head and foot in Excel's codes ("&CTrang &P/&N": centred, page of pages);
    /// empty for none.
    public var header: String
    public var footer: String

    /// A page setup: A4 portrait at 100 % by default.
    public init(paperSize: Int = 9, landscape: Bool = false, fitToPage: FitToPage? = nil, margins: PageMargins = PageMargins(),
                centredHorizontally: Bool = false, header: String = "", footer: String = "") {
        self.paperSize = paperSize
        self.landscape = landscape
        self.fitToPage = fitToPage
        self.margins = margins
        self.centredHorizontally = centredHorizontally
        self.header = header
        self.footer = footer
    }
}

/// Scaling a printout to a number of pages.
public struct FitToPage: Hashable, Sendable {
    /// Pages across; 0 for as many as needed.
    public var width: Int
    /// Pages down; 0 for as many as needed.
    public var height: Int

    /// `width` pages across and `height` down (0: as many as needed).
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Page margins in hundredths of an inch (Excel's unit), so they are written exactly.
public struct PageMargins: Hashable, Sendable {
    public var left: Int
    public var right: Int
    public var top: Int
    public var bottom: Int
    /// From the paper's edge to the running head and foot.
    public var header: Int
    public var footer: Int

    /// Margins; Excel's "Normal" ones by default (0.7", 0.75", header and footer 0.3").
    public init(left: Int = 70, right: Int = 70, top: Int = 75, bottom: Int = 75, header: Int = 30, footer: Int = 30) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.header = header
        self.footer = footer
    }

    /// "0.7" for 70, "1" for 100, "0.05" for 5.
    static func inches(_ hundredths: Int) -> String {
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return String(whole) }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
