// Letter wording: stays with the letters' language (see the Dutch issue).
extension Delay {
    /// The delay as a letter writes it: months and years in words ("deux mois", "un an"), days in figures
    /// ("30 jours calendaires"), as French administrative letters usually do.
    public var letterPhrase: String {
        switch unit {
        case .months:
            return "\(Self.words(amount) ?? String(amount)) mois"
        case .years:
            let number = Self.words(amount) ?? String(amount)
            return amount > 1 ? "\(number) ans" : "\(number) an"
        case .calendarDays, .workingDaysMonSat, .workingDaysMonFri:
            return phrase
        }
    }

    static func words(_ n: Int) -> String? {
        let names = [
            "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
        ]
        return names.indices.contains(n) ? names[n] : nil
    }
}
