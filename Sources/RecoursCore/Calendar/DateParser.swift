/// Why a typed date was not understood; each case has its message (`validation.date.*`).
public enum DateParseError: Error, Equatable, Sendable {
    case empty
    case unrecognizedFormat(String)
    case notARealDate(String)

    public var message: String {
        switch self {
        case .empty:
            Texts.text("validation.date.empty")
        case .unrecognizedFormat(let text):
            Texts.text("validation.date.unrecognizedFormat", text)
        case .notARealDate(let text):
            Texts.text("validation.date.notARealDate", text)
        }
    }
}

/// Reads dates typed as jj/mm/aaaa (also j/m/aaaa, j.m.aaaa, j-m-aaaa) or aaaa-mm-jj.
public enum DateParser {
    public static func parse(_ input: String) -> Result<CalendarDate, DateParseError> {
        let text = input.trimmed
        guard !text.isEmpty else { return .failure(.empty) }
        // One pass over the bytes, without allocating (the validator reads every date at every key): three runs of
        // ASCII digits between two identical separators, nothing else (any other character, a combining accent
        // included, makes it not a date).
        struct Part {
            var value = 0
            var digits = 0
            var overflow = false
            mutating func append(_ digit: Int) {
                digits += 1
                let (times10, o1) = value.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(digit)
                overflow = overflow || o1 || o2
                value = sum
            }
        }
        var parts = (Part(), Part(), Part())
        var index = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let digit = Int(byte &- UInt8(ascii: "0"))
                switch index {
                case 0: parts.0.append(digit)
                case 1: parts.1.append(digit)
                default: parts.2.append(digit)
                }
            case UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"):
                guard index < 2, separator == 0 || separator == byte else { return .failure(.unrecognizedFormat(text)) }
                separator = byte
                index += 1
            default:
                return .failure(.unrecognizedFormat(text))
            }
        }
        let (p0, p1, p2) = parts
        guard index == 2, p0.digits > 0, p1.digits > 0, p2.digits > 0, !p0.overflow, !p1.overflow, !p2.overflow
        else { return .failure(.unrecognizedFormat(text)) }

        let (year, month, day): (Int, Int, Int)
        if p0.digits == 4, separator == UInt8(ascii: "-"), p1.digits <= 2, p2.digits <= 2 {
            (year, month, day) = (p0.value, p1.value, p2.value)  // aaaa-mm-jj
        } else if p0.digits <= 2, p1.digits <= 2, p2.digits == 4 {
            (year, month, day) = (p2.value, p1.value, p0.value)  // jj/mm/aaaa
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
