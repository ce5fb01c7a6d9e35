import AdministrativeRegister
import BHXHOutput

/// Says why a generated folder (`sample`, `init`) was not written and gives the exit status:
/// 2 refused (not empty, a file, the current or the home folder), 3 another run is writing it,
/// 1 it could not be written.
func exitStatus(for error: PublishError, console: Console) -> Int32 {
    console.message("bhxh-report: error: \(error.description)")
    switch error.kind {
    case .refused: return 2
    case .busy: return 3
    case .unwritable: return 1
    }
}

/// The official register shipped with the program; nil, having said why, when it cannot be read
/// (the command then exits with status 1).
func loadRegister(console: Console) -> ShippedRegister? {
    do {
        return try ShippedRegister.load()
    } catch {
        console.message("bhxh-report: \(error.description)")
        return nil
    }
}
