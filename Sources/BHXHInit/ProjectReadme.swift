import AdministrativeRegister

/// The README of a new province project: what `init` wrote and what is left to fill in.
struct ProjectReadme {
    let province: RegisterUnit
    let units: ProvinceUnits
    let planID: String
    let history: ProvinceHistory?

    var text: String {
        let base = ProjectYears.baseYear
        var text = """
        # \(province.printedName): project folder for bhxh-report

        Written by `bhxh-report init` from the official register of administrative units (since
        1 July 2025): \(units.communes.count) communes, wards and special zones under their official codes, and the
        agency row "\(units.agencyName)" (\(units.agencyCode)) for the participants the provincial Social Security
        collects directly. Check it with `bhxh-report validate --input DIR`; build it with
        `bhxh-report build --input DIR --output SITE`. docs/INPUT.md describes every file.

        ## What to fill in

        1. `data/\(base).csv`: one row per unit, every figure empty. Type or paste the figures of \(base)
           (labour force, population, participants of each scheme); leave a cell empty when it is not
           known. Add a file per year (`data/2024.csv`, `data/\(base).estimate.csv` for an estimate,
           `data/\(base)-09.csv` for an actual to the end of September).
        2. `plans/\(planID).json`: a **skeleton** of the 2026–2030 plan, marked as a draft (DỰ THẢO).
           Replace every text in [square brackets], set each appendix's growth rates (all 0 now) or
           choose another target method, and fill in the number, date and signer when it is issued.
        3. `plans/\(planID).md`: the plan's text; replace the paragraphs in [square brackets].
        4. `units.csv`: the official units; change nothing but the order of rows if your tables list
           them in another order, and add a row for any other agency that collects directly.

        """
        if let history {
            let split = history.predecessors.splitCodes.count
            text += """
            ## History before 1 July 2025

            `history/units.csv` is the old register of the \(history.predecessors.units.count) old provinces, districts and communes
            whose communes went into the province, and `history/crosswalk.csv` the official conversion
            rows (old code → new code) for them: \(history.predecessors.rows.count) rows. An old commune listed once moved whole.
            \(split) old communes were split and are listed on several rows: give each of their rows
            its `share` (a fraction such as 0.4; the shares of one old commune add up to exactly 1) —
            `bhxh-report validate` points at every share still to fill in. Put the yearly figures
            counted in the old units in `history/data/`, named as in `data/`.

            """
        }
        return text
    }
}
