/// The yearly figures the sample invents for one unit, from `firstYear` to `lastYear`, in whole
/// people. Everything is integer arithmetic (per mille), so a seed gives the same figures on any
/// machine. Participants stay below the labour force (population for health insurance), and no
/// figure moves by more than the plausibility limits from one year to the next.
struct SampleSeries: Sendable {
    /// Labour force per year; nil for an agency.
    var labourForce: [Int]?
    /// Population per year; nil for an agency.
    var population: [Int]?
    /// Compulsory social insurance participants.
    var compulsory: [Int]
    /// People required to join compulsory social insurance.
    var compulsoryEligible: [Int]
    /// Voluntary social insurance participants; nil where the unit collects none.
    var voluntary: [Int]?
    /// Unemployment insurance participants.
    var unemployment: [Int]
    /// People required to join unemployment insurance.
    var unemploymentEligible: [Int]
    /// Health insurance participants; nil where the unit collects none.
    var health: [Int]?

    /// The kind of place a series is made for, which sets its size and its mix of schemes. The
    /// old wards and communes (before July 2025) are half the size of the new ones, so that the
    /// country they add up to has about its real labour force (52 million) and population.
    enum Place {
        case ward, commune, specialZone, agency, oldWard, oldCommune
    }

    /// Invents `years` years of figures for a place.
    static func make(for place: Place, years: Int, random: inout SampleRandom) -> SampleSeries {
        if place == .agency {
            let compulsory = grow(from: random.number(in: 1_500...9_000), years: years, permille: 10...45, random: &random)
            let unemployment = compulsory.map { scaled($0, by: 900) }
            return SampleSeries(
                labourForce: nil, population: nil, compulsory: compulsory,
                compulsoryEligible: compulsory.map { scaled($0, by: 1_040) }, voluntary: nil,
                unemployment: unemployment, unemploymentEligible: unemployment.map { scaled($0, by: 1_040) }, health: nil)
        }
        let labourRange: ClosedRange<Int>, compulsoryShare: ClosedRange<Int>
        switch place {
        case .ward: (labourRange, compulsoryShare) = (8_000...30_000, 150...420)
        case .commune: (labourRange, compulsoryShare) = (3_000...14_000, 30...170)
        case .oldWard: (labourRange, compulsoryShare) = (4_000...15_000, 150...420)
        case .oldCommune: (labourRange, compulsoryShare) = (1_500...7_000, 30...170)
        default: (labourRange, compulsoryShare) = (2_000...8_000, 40...120)
        }
        let labourForce = grow(from: random.number(in: labourRange), years: years, permille: 3...15, random: &random)
        let populationRatio = random.number(in: 1_450...1_750)
        let population = labourForce.map { scaled($0, by: populationRatio) }

        var compulsory = [scaled(labourForce[0], by: random.number(in: compulsoryShare))]
        var voluntary = [max(5, scaled(labourForce[0], by: random.number(in: 5...25)))]
        var healthShare = random.number(in: 700...850)
        var health = [scaled(population[0], by: healthShare)]
        let compulsoryTrend = random.number(in: 20...80)
        let voluntaryTrend = random.number(in: 80...200)
        for year in 1..<years {
            // Participants of both social insurance schemes together stay under 90% of the labour force.
            let room = scaled(labourForce[year], by: 900)
            var nextCompulsory = scaled(compulsory[year - 1], by: 1_000 + compulsoryTrend + random.number(in: -15...15))
            var nextVoluntary = scaled(voluntary[year - 1], by: 1_000 + voluntaryTrend + random.number(in: -30...30))
            if nextCompulsory + nextVoluntary > room {
                nextCompulsory = min(nextCompulsory, room * 9 / 10)
                nextVoluntary = max(0, min(nextVoluntary, room - nextCompulsory))
            }
            compulsory.append(nextCompulsory)
            voluntary.append(nextVoluntary)
            healthShare = min(960, healthShare + random.number(in: 5...20))
            health.append(scaled(population[year], by: healthShare))
        }
        let unemployment = compulsory.map { scaled($0, by: 850) }
        let eligibleRatio = random.number(in: 1_080...1_300)
        return SampleSeries(
            labourForce: labourForce, population: population, compulsory: compulsory,
            compulsoryEligible: compulsory.map { scaled($0, by: eligibleRatio) }, voluntary: voluntary,
            unemployment: unemployment, unemploymentEligible: unemployment.map { scaled($0, by: eligibleRatio) },
            health: health)
    }

    /// `start`, then each year the previous one grown by a rate drawn from `permille`.
    private static func grow(from start: Int, years: Int, permille: ClosedRange<Int>, random: inout SampleRandom) -> [Int] {
        var values = [start]
        for _ in 1..<years {
            values.append(scaled(values[values.count - 1], by: 1_000 + random.number(in: permille)))
        }
        return values
    }
}

/// `value × permille / 1000`, rounded half up.
func scaled(_ value: Int, by permille: Int) -> Int {
    (value * permille + 500) / 1_000
}

extension SampleSeries {
    /// Every figure of every year changed by `transform`.
    func mapFigures(_ transform: (Int) -> Int) -> SampleSeries {
        SampleSeries(
            labourForce: labourForce?.map(transform), population: population?.map(transform),
            compulsory: compulsory.map(transform), compulsoryEligible: compulsoryEligible.map(transform),
            voluntary: voluntary?.map(transform), unemployment: unemployment.map(transform),
            unemploymentEligible: unemploymentEligible.map(transform), health: health?.map(transform))
    }

    /// The figures of both series added year by year; a figure one of them lacks is the other's.
    func adding(_ other: SampleSeries) -> SampleSeries {
        func sum(_ a: [Int], _ b: [Int]) -> [Int] { zip(a, b).map { $0 + $1 } }
        func sum(_ a: [Int]?, _ b: [Int]?) -> [Int]? {
            guard let a else { return b }
            guard let b else { return a }
            return sum(a, b)
        }
        return SampleSeries(
            labourForce: sum(labourForce, other.labourForce), population: sum(population, other.population),
            compulsory: sum(compulsory, other.compulsory), compulsoryEligible: sum(compulsoryEligible, other.compulsoryEligible),
            voluntary: sum(voluntary, other.voluntary), unemployment: sum(unemployment, other.unemployment),
            unemploymentEligible: sum(unemploymentEligible, other.unemploymentEligible), health: sum(health, other.health))
    }
}
