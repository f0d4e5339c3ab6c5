/// Belgian NISS and French NIR check keys (mod 97), as described in the domain notes.
public enum NationalNumber {
    public enum Problem: Error, Equatable, Sendable {
        case wrongLength(expected: Int, got: Int)
        case invalidCharacters
        case wrongKey
        case impossibleDate

        public func message(for country: Country) -> String {
            let belgium = country == .belgium
            let name =
                belgium
                ? Texts.text("validation.nationalNumber.name.belgium")
                : Texts.text("validation.nationalNumber.name.france")
            switch self {
            case .wrongLength(let expected, let got):
                return Texts.text("validation.nationalNumber.wrongLength", name, String(expected), String(got))
            case .invalidCharacters:
                return belgium
                    ? Texts.text("validation.nationalNumber.invalidCharacters.belgium", name)
                    : Texts.text("validation.nationalNumber.invalidCharacters.france", name)
            case .wrongKey:
                return Texts.text("validation.nationalNumber.wrongKey", name)
            case .impossibleDate:
                return Texts.text("validation.nationalNumber.impossibleDate", name)
            }
        }
    }

    /// Keeps digits (and letters for Corsica) and drops the usual separators.
    static func compact(_ text: String) -> String {
        String(text.filter { !separators.contains($0) }).uppercased()
    }

    private static let separators: Set<Character> = [" ", ".", "-", "/", "\u{00A0}"]

    /// NISS: `YYMMDD SSS CC`, CC = 97 − (first 9 digits mod 97); for births from 2000, 2 is put before the 9 digits.
    public static func checkNISS(_ text: String) -> Problem? {
        let digits = compact(text)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .invalidCharacters }
        guard digits.count == 11 else { return .wrongLength(expected: 11, got: digits.count) }
        let base = Int(digits.prefix(9))!
        let key = Int(digits.suffix(2))!
        let month = Int(digits.dropFirst(2).prefix(2))!
        // Month 00 (unknown date) and the bis-number offsets (+20, +40) are legal.
        guard month <= 12 || (20...32).contains(month) || (40...52).contains(month) else { return .impossibleDate }
        if 97 - base % 97 == key { return nil }
        if 97 - (2_000_000_000 + base) % 97 == key { return nil }
        return .wrongKey
    }

    /// NIR: 13 characters + 2-digit key, key = 97 − (13 digits mod 97); Corsica 2A → 19, 2B → 18.
    public static func checkNIR(_ text: String) -> Problem? {
        let compacted = compact(text)
        guard compacted.count == 15 else {
            return compacted.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "A" || $0 == "B") })
                ? .wrongLength(expected: 15, got: compacted.count) : .invalidCharacters
        }
        let chars = Array(compacted)
        var body = String(chars[0..<13])
        let department = String(chars[5..<7])
        if department == "2A" {
            body.replaceSubrange(
                body.index(body.startIndex, offsetBy: 5)..<body.index(body.startIndex, offsetBy: 7), with: "19")
        } else if department == "2B" {
            body.replaceSubrange(
                body.index(body.startIndex, offsetBy: 5)..<body.index(body.startIndex, offsetBy: 7), with: "18")
        }
        let keyText = String(chars[13..<15])
        guard body.allSatisfy({ $0.isASCII && $0.isNumber }), keyText.allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(body), let key = Int(keyText)
        else { return .invalidCharacters }
        guard
            chars[0] == "1" || chars[0] == "2" || chars[0] == "3" || chars[0] == "4" || chars[0] == "7"
                || chars[0] == "8"
        else { return .invalidCharacters }
        let month = Int(String(chars[3..<5]))!
        guard (1...12).contains(month) || (20...42).contains(month) || (50...99).contains(month) else {
            return .impossibleDate
        }
        return 97 - number % 97 == key ? nil : .wrongKey
    }

    public static func check(_ text: String, country: Country) -> Problem? {
        country == .belgium ? checkNISS(text) : checkNIR(text)
    }
}
