/// Reads an amount in euros typed the French or Belgian way: "1 234,56", "1.234,56 €", "1234.56", "80 EUR".
public enum AmountParser {
    /// The amount in cents, or nil when the text is not an amount.
    public static func cents(_ input: String) -> Int? {
        var text = input.trimmed.lowercased()
        for suffix in ["euros", "euro", "eur", "€"] {
            if text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
            if text.hasPrefix(suffix) { text = String(text.dropFirst(suffix.count)) }
        }
        text = String(text.filter { !" \u{00A0}\u{202F}'".contains($0) })
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }) else {
            return nil
        }
        // The last separator followed by one or two digits is the decimal one; the others group thousands.
        var integerPart = text
        var fractionPart = ""
        if let last = text.lastIndex(where: { $0 == "," || $0 == "." }) {
            let after = text[text.index(after: last)...]
            if after.count == 1 || after.count == 2 {
                integerPart = String(text[..<last])
                fractionPart = String(after)
                // "12,345,6": the decimal separator cannot also group thousands.
                if integerPart.contains(text[last]) { return nil }
            } else if after.count != 3 {
                return nil
            }
        }
        let groups = integerPart.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : 12),
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        guard let units = Int(groups.joined()) else { return nil }
        let fraction = fractionPart.isEmpty ? 0 : Int(fractionPart.count == 1 ? fractionPart + "0" : fractionPart)!
        let (hundreds, overflow) = units.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        let (total, overflow2) = hundreds.addingReportingOverflow(fraction)
        return overflow2 ? nil : total
    }

    /// An amount of the interface, in its language: "1 234,56 €" and "5 000 €" in French, "€ 1.234,56" and
    /// "€ 5.000" in Dutch (the letters write theirs with cents, from their language's phrases).
    public static func format(cents: Int, language: DisplayLanguage = Texts.language) -> String {
        let units = cents / 100
        let fraction = cents % 100
        let separator = language == .dutch ? "." : " "
        var digits = String(units)
        var grouped = ""
        while digits.count > 3 {
            grouped = separator + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        let number = fraction == 0 ? grouped : "\(grouped),\(fraction < 10 ? "0" : "")\(fraction)"
        return language == .dutch ? "€ \(number)" : "\(number) €"
    }
}
