import Foundation

/// Every user-visible text of the interface, looked up by an identifier in the table of the interface language
/// (French for now: `FrenchTexts.table`). A language is one table with the same keys; the tests check that every
/// key the program asks for is in it.
public enum Texts {
    /// Which text of a field.
    public enum FieldText: String, Sendable {
        /// Where the field stands alone: the review list, `recours check`.
        case label
        /// Beside the field on its screen (falls back to `label`).
        case screenLabel = "screen"
        /// One line of help at the bottom of the screen while the field has the focus (may be missing).
        case hint
    }

    /// The text of `key`, its `%1$@`, `%2$@`… replaced by `arguments`. A missing key shows itself in brackets
    /// (never a crash, and easy to spot); `TextsTests` makes sure none is missing.
    public static func text(_ key: String, _ arguments: String...) -> String {
        format(FrenchTexts.table[key] ?? "[\(key)]", arguments)
    }

    /// Whether the table has `key` (for optional texts: hints).
    public static func has(_ key: String) -> Bool { FrenchTexts.table[key] != nil }

    /// A text of a field: the label falls back to nothing, the screen label to the label, the hint to "".
    public static func field(_ field: Field, _ which: FieldText) -> String {
        let base = field.labelKey
        let number = field.attachmentIndex.map { String($0 + 1) } ?? ""
        switch which {
        case .label:
            return text(base, number)
        case .screenLabel:
            return has(base + ".screen") ? text(base + ".screen", number) : text(base, number)
        case .hint:
            return has(base + ".hint") ? text(base + ".hint", number) : ""
        }
    }

    /// Replaces `%1$@`… `%9$@` by the arguments (Foundation's `String(format:)` would also read `%d`, `%s` in a
    /// translated text as C formats; these tables only ever need positional strings). One pass over the template:
    /// an argument is never read again, so a value the user typed that contains `%2$@` stays as typed.
    static func format(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty, template.contains("%") else { return template }
        let characters = Array(template)
        var result = ""
        var i = 0
        while i < characters.count {
            if characters[i] == "%", i + 3 < characters.count, characters[i + 2] == "$", characters[i + 3] == "@",
                characters[i + 1].isASCII, let digit = characters[i + 1].wholeNumberValue, (1...9).contains(digit),
                digit <= arguments.count
            {
                result += arguments[digit - 1]
                i += 4
            } else {
                result.append(characters[i])
                i += 1
            }
        }
        return result
    }

    /// Every key of the table (for the tests).
    public static var allKeys: Set<String> { Set(FrenchTexts.table.keys) }
}
