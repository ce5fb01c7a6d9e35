/// Why `ZipWriter` refused an entry.
public enum ZipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The entry name is empty.
    case emptyName
    /// The name starts with "/" or a drive letter ("C:"): unzipping it would write outside the folder.
    case absoluteName(String)
    /// The name has a ".." component: unzipping it would write outside the folder.
    case parentFolderInName(String)
    /// The name contains a backslash, which some readers take as a folder separator and others not.
    case backslashInName(String)
    /// The name contains a NUL character.
    case nulInName(String)
    /// An entry of this name is already in the archive.
    case duplicateName(String)
    /// The name is longer than the 65,535 bytes of UTF-8 a ZIP header can hold.
    case nameTooLong(String)
    /// The entry, or the archive with it, would pass the 4 GB (2³² − 1 bytes) of a ZIP without ZIP64.
    case tooLarge(String)
    /// The archive would have more than the 65,535 entries of a ZIP without ZIP64.
    case tooManyEntries

    /// The reason in one sentence.
    public var description: String {
        switch self {
        case .emptyName: "an archive entry needs a name"
        case .absoluteName(let name): "the entry name \"\(name)\" is absolute; names must be relative to the archive"
        case .parentFolderInName(let name): "the entry name \"\(name)\" contains \"..\", which would leave the archive's folder"
        case .backslashInName(let name): "the entry name \"\(name)\" contains a backslash; use \"/\" between folders"
        case .nulInName(let name): "the entry name \"\(name)\" contains a NUL character"
        case .duplicateName(let name): "the archive already has an entry named \"\(name)\""
        case .nameTooLong(let name): "the entry name \"\(name.prefix(60))…\" is longer than 65,535 bytes"
        case .tooLarge(let name): "adding \"\(name)\" would make the archive larger than 4 GB, which needs ZIP64 (not supported)"
        case .tooManyEntries: "an archive holds at most 65,535 entries without ZIP64 (not supported)"
        }
    }
}
