/// Why a typed date was not understood; each case carries its French message.
public enum DateParseError: Error, Equatable, Sendable {
    case empty
    case unrecognizedFormat(String)
    case notARealDate(String)

    public var message: String {
        switch self {
        case .empty:
            "Indiquez une date."
        case .unrecognizedFormat(let text):
            "« \(text) » n'est pas une date : écrivez-la sous la forme jj/mm/aaaa, par exemple 03/03/2026."
        case .notARealDate(let text):
            "« \(text) » n'existe pas dans le calendrier : vérifiez le jour et le mois."
        }
    }
}

/// Reads dates typed as jj/mm/aaaa (also j/m/aaaa, j.m.aaaa, j-m-aaaa) or aaaa-mm-jj.
public enum DateParser {
    public static func parse(_ input: String) -> Result<CalendarDate, DateParseError> {
        let text = input.trimmed
        guard !text.isEmpty else { return .failure(.empty) }
        let separators: Set<Character> = ["/", ".", "-"]
        var parts: [Substring] = []
        var separatorsSeen: [Character] = []
        var current = Substring()
        for ch in text {
            if separators.contains(ch) {
                parts.append(current)
                separatorsSeen.append(ch)
                current = Substring()
            } else if ch.isASCII, ch.isNumber {
                current.append(ch)
            } else {
                return .failure(.unrecognizedFormat(text))
            }
        }
        parts.append(current)
        guard parts.count == 3, Set(separatorsSeen).count == 1, parts.allSatisfy({ !$0.isEmpty }),
            let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2])
        else { return .failure(.unrecognizedFormat(text)) }

        let (year, month, day): (Int, Int, Int)
        if parts[0].count == 4, separatorsSeen[0] == "-", parts[1].count <= 2, parts[2].count <= 2 {
            (year, month, day) = (a, b, c)  // aaaa-mm-jj
        } else if parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 {
            (year, month, day) = (c, b, a)  // jj/mm/aaaa
        } else {
            return .failure(.unrecognizedFormat(text))
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            return .failure(.notARealDate(text))
        }
        return .success(date)
    }

    /// The date, or nil when the text is empty or not a date.
    public static func date(_ input: String) -> CalendarDate? {
        if case .success(let date) = parse(input) { return date }
        return nil
    }
}
