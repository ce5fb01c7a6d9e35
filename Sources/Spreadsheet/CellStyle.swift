/// How a cell looks: its font, border, alignment and number format. Equal styles share one
/// entry of the workbook's style sheet.
public struct CellStyle: Hashable, Sendable {
    /// The font.
    public var font: Font
    /// The border around the cell.
    public var border: Border
    /// Horizontal alignment; nil for Excel's default (text left, numbers right).
    public var horizontal: HorizontalAlignment?
    /// Vertical alignment; nil for the bottom.
    public var vertical: VerticalAlignment?
    /// True to wrap text onto several lines within the cell's width.
    public var wraps: Bool
    /// The number format code: "General", "#,##0", "#,##0.00", "0.000".
    public var numberFormat: String

    /// A style; every part may be left out.
    public init(font: Font = Font(), border: Border = .none, horizontal: HorizontalAlignment? = nil,
                vertical: VerticalAlignment? = nil, wraps: Bool = false, numberFormat: String = "General") {
        self.font = font
        self.border = border
        self.horizontal = horizontal
        self.vertical = vertical
        self.wraps = wraps
        self.numberFormat = numberFormat
    }

    /// True when it needs an `<alignment>` element.
    var hasAlignment: Bool { horizontal != nil || vertical != nil || wraps }
}

/// A font.
public struct Font: Hashable, Sendable {
    /// The family ("Times New Roman").
    public var name: String
    /// The size in points.
    public var size: Int
    /// Bold.
    public var bold: Bool
    /// Italic.
    public var italic: Bool

    /// A font; Times New Roman 12 pt upright by default.
    public init(name: String = "Times New Roman", size: Int = 12, bold: Bool = false, italic: Bool = false) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
    }
}

/// The line around a cell.
public enum Border: Hashable, Sendable {
    /// None.
    case none
    /// A thin line on all four sides.
    case thin
}

/// Where text sits across a cell.
public enum HorizontalAlignment: String, Hashable, Sendable {
    case left, center, right
}

/// Where text sits up and down a cell.
public enum VerticalAlignment: String, Hashable, Sendable {
    case top, center, bottom
}
