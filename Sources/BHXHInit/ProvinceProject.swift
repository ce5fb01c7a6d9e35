import AdministrativeRegister
import BHXHSample
import LocatedJSON

/// The project folder `bhxh-report init` writes for one province from the official register:
/// `units.csv` with its communes and an agency row, a data template for the base year, a plan
/// skeleton, a README saying what to fill in, and with `history` the old register and the
/// conversion rows of the communes that went into it.
public struct ProvinceProject: Sendable {
    /// The province (a root of `register.current`).
    public let province: RegisterUnit
    /// The shipped register.
    public let register: ShippedRegister
    /// Whether to write `history/`.
    public let withHistory: Bool

    /// A project for `province`.
    public init(province: RegisterUnit, register: ShippedRegister, withHistory: Bool) {
        self.province = province
        self.register = register
        self.withHistory = withHistory
    }

    /// The plan's id: "lang-son-2026-2030".
    var planID: String {
        let years = ProjectYears.planYears
        return "\(foldedSlug(NameMatch.printedBareName(province.printedName)))-\(years[0])-\(years[years.count - 1])"
    }

    /// The communes, wards and special zones of the province.
    var communes: [RegisterUnit] { register.current.children(of: province.code) }

    /// Every file of the folder.
    public func generate() -> SampleFolder {
        let units = ProvinceUnits(province: province, communes: communes)
        let plan = PlanSkeleton(province: province, id: planID)
        var folder = SampleFolder()
        folder.add("units.csv", units.unitsFile)
        folder.add("data/\(ProjectYears.baseYear).csv", units.dataTemplate)
        folder.add("plans/\(planID).json", Array(plan.definition.text.utf8))
        folder.add("plans/\(planID).md", Array(plan.narrative.utf8))
        var history: ProvinceHistory?
        if withHistory {
            let made = ProvinceHistory(predecessors: register.predecessors(of: Set(communes.map(\.code))))
            folder.add("history/units.csv", made.unitsFile)
            folder.add("history/crosswalk.csv", made.crosswalkFile)
            history = made
        }
        let readme = ProjectReadme(province: province, units: units, planID: planID, history: history)
        folder.add("README.md", Array(readme.text.utf8))
        return folder
    }
}
