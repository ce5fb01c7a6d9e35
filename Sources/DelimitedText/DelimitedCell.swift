/// One cell to write: text (guarded against formula injection) or a number (written as given).
public enum DelimitedCell: Sendable, Hashable {
    /// Text from people or input files; one starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`.
    case text(String)
    /// An already formatted number ("4466", "-5", "21,51"), never altered, only quoted when needed.
    case number(String)
}
